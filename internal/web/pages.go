package web

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/brief"
	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

//go:embed templates
var templateFS embed.FS

// staticFS holds static/style.css, served as /static/style.css.
//
//go:embed static
var staticFS embed.FS

// pages holds one template set per page: the layout and the page's body.
var pages = func() map[string]*template.Template {
	funcs := template.FuncMap{
		"date": func(t *time.Time) string {
			if t == nil || t.IsZero() {
				return ""
			}
			u := t.UTC()
			if u.Hour() == 0 && u.Minute() == 0 && u.Second() == 0 {
				return u.Format("2 Jan 2006") // a day given without a time: no "00:00" it never said
			}
			return u.Format("2 Jan 2006 15:04")
		},
		"day": func(t time.Time) string {
			if t.IsZero() {
				return "undated"
			}
			return t.UTC().Format("2 Jan 2006")
		},
		"path":   url.PathEscape,
		"plural": plural,
		// How alike a report must be to join a story, and how little
		// above that leaves it doubtful: the wrong joins seen on real
		// pages came at 0.21–0.37, but so did right ones (BENCHMARKS.md).
		"threshold": func() string { return fmt.Sprintf("%.2f", cluster.Threshold) },
		"weak":      func(sim *float64) bool { return *sim < cluster.Threshold+0.05 },
		"cosine":    func(sim *float64) string { return fmt.Sprintf("%.2f", *sim) },
		"name":      articleName,
	}
	out := map[string]*template.Template{}
	names, _ := fs.Glob(templateFS, "templates/*.html")
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		out[name] = template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", n))
	}
	return out
}()

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	if strings.HasSuffix(word, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// page is what every template gets: a title for the head and the page's data.
type page struct {
	Title  string
	Search string // the search box's text
	Feed   string // the Atom feed of what the page lists; all stories' when empty
	Data   any
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var b strings.Builder
	if err := pages[name].Execute(&b, p); err != nil {
		s.log.Error("render", "page", name, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	w.WriteHeader(status)
	fmt.Fprint(w, b.String())
}

// listData is the story list page.
type listData struct {
	Heading   string
	Query     store.StoryQuery
	Selection string // what the filters select, in words; empty for all stories
	Stories   []store.StorySummary
	Next      string
	Prev      string
	Feed      string // the Atom feed of these stories
	Toggle    string // the same list with the disputed filter turned over
	Record    *model.OutletRecord
	Stale     bool // the store was made by another version
}

func (s *Server) listPage(w http.ResponseWriter, r *http.Request) {
	q, err := storyQuery(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	s.renderList(w, r, q, "Stories", nil)
}

func (s *Server) renderList(w http.ResponseWriter, r *http.Request, q store.StoryQuery, heading string, rec *model.OutletRecord) {
	stories, more, err := s.cfg.Store.ListStories(r.Context(), q)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	d := listData{Heading: heading, Query: q, Stories: stories, Next: nextPage(r, q.Limit, q.Offset, more), Feed: feedURL(q), Record: rec, Stale: s.cfg.Stale}
	if len(filters(q)) > 0 {
		d.Selection = describe(q)
	}
	if q.Offset > 0 {
		v := r.URL.Query()
		v.Set("offset", fmt.Sprint(max(0, q.Offset-q.Limit)))
		d.Prev = r.URL.Path + "?" + v.Encode()
	}
	// The other list starts at its first page.
	v := r.URL.Query()
	v.Del("offset")
	if v.Del("disputed"); !q.Disputed {
		v.Set("disputed", "true")
	}
	d.Toggle = r.URL.Path
	if len(v) > 0 {
		d.Toggle += "?" + v.Encode()
	}
	title := heading
	if q.Search != "" {
		title = "Search: " + q.Search
	}
	s.render(w, r, http.StatusOK, "list", page{Title: title, Search: q.Search, Feed: d.Feed, Data: d})
}

// storyData is the story page.
type storyData struct {
	Story     model.Story
	Articles  []articleView // in story order, numbered for citations
	Brief     []briefView
	Groups    []findingGroup
	Changes   []changeView
	Matrix    matrix
	Quotes    []speakerQuotes
	Entities  map[string][]model.Entity // by type
	Timeline  []store.StorySummary      // the storyline, oldest first
	Edits     []editLine                // an editor's, oldest first
	NeedToken bool
}

type articleView struct {
	model.Article
	N       int
	Copies  []articleView
	Updated bool // its text changed after it was first read
	sents   *sentences
}

// changeView is a value a report's update changed, with where to read
// the update sentence by sentence.
type changeView struct {
	model.Change
	When     *time.Time
	Cites    []cite
	Revision string // the earlier text's page
}

type cite struct {
	N      int
	Outlet string
	Href   string
}

type briefView struct {
	Kind, Label, Text string
	Cites             []cite
}

type findingGroup struct {
	Status, Heading string
	Findings        []findingView
}

type findingView struct {
	model.Finding
	Resting string
	Values  []valueView // the rival values of a dispute, or a count as it rose
	Said    string      // for one value, a sentence that gives it
	Cites   []cite
}

type valueView struct {
	Value string
	Since *time.Time
	Cites []cite
}

// matrix is findings × outlets: who reports what, who says otherwise, who
// is silent.
type matrix struct {
	Outlets []string
	Rows    []matrixRow
}

type matrixRow struct {
	Finding, Status string
	Cells           []matrixCell
}

type matrixCell struct {
	Class string // reports, differs, silent
	Text  string
}

type speakerQuotes struct {
	Speaker string
	Quotes  []quoteView
}

type quoteView struct {
	model.Quote
	Cites []cite
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	st, arts, err := s.story(r, r.PathValue("id"))
	if err != nil {
		if !s.merged(w, r, err) {
			s.fail(w, r, statusOf(err), err)
		}
		return
	}
	d := storyData{Story: st, Entities: map[string][]model.Entity{}, NeedToken: s.cfg.Token != ""}
	byID := map[string]*articleView{}
	for i, a := range arts {
		d.Articles = append(d.Articles, articleView{Article: a, N: i + 1})
	}
	revised, err := s.cfg.Store.Revised(r.Context(), st.Articles...)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	for i := range d.Articles {
		byID[d.Articles[i].ID] = &d.Articles[i]
		d.Articles[i].Updated = revised[d.Articles[i].ID]
	}
	// Sentences, to point each citation at the sentence that bears it.
	analyses, err := s.cfg.Store.Analyses(r.Context(), st.Articles...)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	for id, raw := range analyses {
		var an struct {
			Sentences []analyze.Sentence `json:"sentences"`
		}
		if err := json.Unmarshal(raw, &an); err == nil && byID[id] != nil {
			byID[id].sents = &sentences{list: an.Sentences, anchors: map[string]string{}}
		}
	}
	// cites links each article to the sentence that bears what is cited:
	// the finding's evidence in that article when there is some (the
	// sentence containing the cited words first), else the closest one.
	memo := map[string][]string{}
	termsOf := func(s string) []string {
		t, ok := memo[s]
		if !ok {
			t = text.Terms(s)
			memo[s] = t
		}
		return t
	}
	cites := func(ids []string, about string, ev []model.Evidence) []cite {
		var out []cite
		for _, id := range ids {
			a := byID[id]
			if a == nil {
				continue
			}
			at := ""
			for _, e := range ev {
				if e.Article == id && (at == "" || strings.Contains(e.Text, about)) {
					at = fmt.Sprintf("#s%d", e.Sentence)
				}
			}
			if at == "" {
				at = a.sents.anchor(about, termsOf)
			}
			out = append(out, cite{N: a.N, Outlet: a.Outlet, Href: "/articles/" + url.PathEscape(id) + at})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].N < out[j].N })
		return out
	}
	lines := st.Brief
	if len(lines) == 0 {
		originOf := map[string]string{}
		for _, a := range arts {
			if a.CopyOf != "" {
				originOf[a.ID] = a.CopyOf
			}
		}
		lines = brief.Compose(st, originOf)
	}
	for _, l := range lines {
		d.Brief = append(d.Brief, briefView{Kind: l.Kind, Label: l.Label(), Text: l.Display(), Cites: cites(l.Articles, l.Text, nil)})
	}

	groups := map[string]*findingGroup{}
	order := []findingGroup{
		{Status: model.Disputed, Heading: "Disputed"},
		{Status: model.Evolving, Heading: "Changing as reports came in"},
		{Status: model.Corroborated, Heading: "Corroborated"},
		{Status: model.SingleSource, Heading: "Single source"},
	}
	for i := range order {
		groups[order[i].Status] = &order[i]
	}
	for _, f := range st.Findings {
		g := groups[f.Status]
		if g == nil {
			continue
		}
		about := f.Text
		if len(f.Evidence) > 0 {
			about = f.Evidence[0].Text
		}
		fv := findingView{Finding: f, Resting: brief.Resting(f), Cites: cites(f.Articles, about, f.Evidence)}
		fv.Said = brief.Said(f)
		if len(f.Values) > 1 {
			for _, v := range f.Values {
				fv.Values = append(fv.Values, valueView{Value: v.Value, Since: v.Since, Cites: cites(v.Articles, v.Value, f.Evidence)})
			}
		}
		g.Findings = append(g.Findings, fv)
	}
	for _, g := range order {
		if len(g.Findings) > 0 {
			d.Groups = append(d.Groups, g)
		}
	}
	for _, c := range st.Changes {
		cv := changeView{Change: c, When: &c.At, Cites: cites([]string{c.Article}, c.After, nil),
			Revision: fmt.Sprintf("/articles/%s/revisions/%d", url.PathEscape(c.Article), c.Revision)}
		cv.Before, cv.After = brief.Quotable(c.Before), brief.Quotable(c.After)
		d.Changes = append(d.Changes, cv)
	}
	d.Matrix = sourceMatrix(st, arts)

	bySpeaker := map[string]int{}
	for _, q := range st.Quotes {
		label := brief.Speaker(q.Speaker)
		i, ok := bySpeaker[label]
		if !ok {
			i = len(d.Quotes)
			bySpeaker[label] = i
			d.Quotes = append(d.Quotes, speakerQuotes{Speaker: label})
		}
		qv := quoteView{Quote: q, Cites: cites(q.Articles, q.Text, nil)}
		qv.Text = brief.Quotable(q.Text)
		d.Quotes[i].Quotes = append(d.Quotes[i].Quotes, qv)
	}
	for _, e := range st.Entities {
		d.Entities[e.Type] = append(d.Entities[e.Type], e)
	}
	// Copies are shown under their original.
	var shown []articleView
	for _, a := range d.Articles {
		if orig := byID[a.CopyOf]; orig != nil {
			orig.Copies = append(orig.Copies, a)
		}
	}
	for _, a := range d.Articles {
		if byID[a.CopyOf] == nil {
			shown = append(shown, *byID[a.ID])
		}
	}
	d.Articles = shown
	if tl := s.storyline(r, st); len(tl) > 1 {
		d.Timeline = tl
	}
	edits, err := s.cfg.Store.Edits(r.Context(), st.ID)
	if err == nil {
		d.Edits, err = s.describe(r, edits, st.ID)
	}
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	s.render(w, r, http.StatusOK, "story", page{Title: st.Title, Data: d})
}

// storyline lists the stories of a story's storyline, the story too (at
// most 50; none when they cannot be read).
func (s *Server) storyline(r *http.Request, st model.Story) []store.StorySummary {
	if st.Storyline == "" {
		return nil
	}
	tl, _, err := s.cfg.Store.ListStories(r.Context(), store.StoryQuery{Storyline: st.Storyline, Limit: 50})
	if err != nil {
		return nil
	}
	return tl
}

// sentences are an article's sentences, for pointing citations at them.
// A story page cites the same articles many times over: each sentence's
// words are indexed once, and each anchor found once.
type sentences struct {
	list    []analyze.Sentence
	index   map[string][]int // term → the sentences it occurs in, once per occurrence
	anchors map[string]string
}

// anchor points at the sentence that contains what is cited or, failing
// that, shares the most words with it; at nothing when none shares any.
// terms gives the words of what is cited (a story page asks for the same
// ones for many articles).
func (s *sentences) anchor(about string, terms func(string) []string) string {
	if s == nil {
		return ""
	}
	if a, ok := s.anchors[about]; ok {
		return a
	}
	best := -1
	for i, sent := range s.list {
		if strings.Contains(sent.Text, about) {
			best = i
			break
		}
	}
	if best < 0 {
		if s.index == nil {
			s.index = map[string][]int{}
			for i, sent := range s.list {
				for _, w := range text.Terms(sent.Text) {
					s.index[w] = append(s.index[w], i)
				}
			}
		}
		shared := make([]int, len(s.list))
		seen := map[string]bool{}
		for _, w := range terms(about) {
			if !seen[w] {
				seen[w] = true
				for _, i := range s.index[w] {
					shared[i]++
				}
			}
		}
		bestN := 0
		for i, n := range shared {
			if n > bestN {
				best, bestN = i, n
			}
		}
	}
	a := ""
	if best >= 0 {
		a = fmt.Sprintf("#s%d", best)
	}
	s.anchors[about] = a
	return a
}

// sourceMatrix lays the story's value findings (and shared statements)
// out against its outlets.
func sourceMatrix(st model.Story, arts []model.Article) matrix {
	outletOf := map[string]string{}
	count := map[string]int{}
	for _, a := range arts {
		o := a.Outlet
		if o == "" {
			o = "unnamed (" + a.ID + ")"
		}
		outletOf[a.ID] = o
		count[o]++
	}
	var m matrix
	for o := range count {
		m.Outlets = append(m.Outlets, o)
	}
	sort.Slice(m.Outlets, func(i, j int) bool {
		a, b := m.Outlets[i], m.Outlets[j]
		return count[a] > count[b] || count[a] == count[b] && a < b
	})
	if len(m.Outlets) < 2 {
		return matrix{}
	}
	for _, f := range st.Findings {
		if f.Status == model.SingleSource && len(f.Values) == 0 {
			continue // a statement one outlet makes: the list says it
		}
		row := matrixRow{Finding: f.Text, Status: f.Status}
		byOutlet := map[string][]string{} // outlet → the values it gives
		top := ""
		if len(f.Values) > 0 {
			most := 0
			for _, v := range f.Values {
				if len(v.Articles) > most {
					most, top = len(v.Articles), v.Value
				}
				for _, id := range v.Articles {
					if o := outletOf[id]; !slices.Contains(byOutlet[o], v.Value) {
						byOutlet[o] = append(byOutlet[o], v.Value)
					}
				}
			}
		} else {
			for _, id := range f.Articles {
				byOutlet[outletOf[id]] = []string{"✓"}
			}
		}
		for _, o := range m.Outlets {
			vals := byOutlet[o]
			switch {
			case len(vals) == 0:
				row.Cells = append(row.Cells, matrixCell{Class: "silent", Text: "—"})
			case f.Status == model.Disputed && !slices.Contains(vals, top):
				row.Cells = append(row.Cells, matrixCell{Class: "differs", Text: strings.Join(vals, ", ")})
			default:
				row.Cells = append(row.Cells, matrixCell{Class: "reports", Text: strings.Join(vals, ", ")})
			}
		}
		m.Rows = append(m.Rows, row)
		if len(m.Rows) == 40 {
			break
		}
	}
	if len(m.Rows) == 0 {
		return matrix{}
	}
	return m
}

// articleData is the article page: its paragraphs as sentences, each with
// an anchor that citations point at.
type articleData struct {
	Article    model.Article
	Story      string
	StoryTitle string
	Paragraphs [][]sentenceView
	ReadKB     int // when only part of the text was read: how much
	NeedToken  bool
	// Storyline are the other stories of its story's storyline: where an
	// editor is likeliest to move it.
	Storyline []store.StorySummary
	Revisions []revisionInfo // the texts it had before its updates
}

type sentenceView struct {
	N    int
	Text string
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) {
	rec, err := s.cfg.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	d := articleData{Article: rec.Article, Story: rec.Story, NeedToken: s.cfg.Token != ""}
	if st, err := s.cfg.Store.Story(r.Context(), rec.Story); err == nil {
		d.StoryTitle = st.Title
		d.Storyline = s.storyline(r, st)
	}
	revs, err := s.cfg.Store.Revisions(r.Context(), rec.Article.ID)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	d.Revisions = revisionInfos(revs)
	var an struct {
		Sentences []analyze.Sentence `json:"sentences"`
		Cut       bool               `json:"cut"`
	}
	json.Unmarshal(rec.Analysis, &an)
	if an.Cut {
		d.ReadKB = analyze.MaxText >> 10
	}
	if len(an.Sentences) == 0 {
		for _, p := range rec.Article.Paragraphs {
			d.Paragraphs = append(d.Paragraphs, []sentenceView{{N: -1, Text: p}})
		}
	} else {
		para := -1
		for i, sn := range an.Sentences {
			if sn.Para != para || len(d.Paragraphs) == 0 {
				d.Paragraphs = append(d.Paragraphs, nil)
				para = sn.Para
			}
			last := len(d.Paragraphs) - 1
			d.Paragraphs[last] = append(d.Paragraphs[last], sentenceView{N: i, Text: sn.Text})
		}
	}
	s.render(w, r, http.StatusOK, "article", page{Title: articleName(rec.Article), Data: d})
}

// removeForm takes an article or a story out of the store, once the
// form's box is ticked, and shows the story left, if any.
func (s *Server) removeForm(what string, remove remover) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		if r.PostFormValue("confirm") == "" {
			s.fail(w, r, http.StatusBadRequest, errors.New("tick the box to confirm the removal"))
			return
		}
		s.writeMu.Lock()
		res, err := remove(r.Context(), s.cfg.Store, []string{id})
		s.writeMu.Unlock()
		switch {
		case err != nil:
			s.fail(w, r, statusOf(err), err)
		case len(res.Errors) > 0:
			s.fail(w, r, http.StatusNotFound, fmt.Errorf("%s %s: %w", what, id, store.ErrNotFound))
		case len(res.Rebuilt) > 0:
			http.Redirect(w, r, "/stories/"+url.PathEscape(res.Rebuilt[0]), http.StatusSeeOther)
		default:
			http.Redirect(w, r, "/", http.StatusSeeOther)
		}
	}
}

// moveForm moves an article to the story the form names, or to a new one
// when it names none, and shows the story it is in now.
func (s *Server) moveForm(w http.ResponseWriter, r *http.Request) {
	res, status, err := s.move(r, r.PathValue("id"), strings.TrimSpace(r.PostFormValue("story")))
	if err != nil {
		s.fail(w, r, status, err)
		return
	}
	http.Redirect(w, r, "/stories/"+url.PathEscape(res.Story), http.StatusSeeOther)
}

// mergeForm merges the story the form names into the page's story.
func (s *Server) mergeForm(w http.ResponseWriter, r *http.Request) {
	other := strings.TrimSpace(r.PostFormValue("story"))
	if other == "" {
		s.fail(w, r, http.StatusBadRequest, errors.New("give the ID of the story to merge into this one"))
		return
	}
	res, status, err := s.merge(r, r.PathValue("id"), []string{other})
	if err != nil {
		s.fail(w, r, status, err)
		return
	}
	http.Redirect(w, r, "/stories/"+url.PathEscape(res.Story), http.StatusSeeOther)
}

// linkForm puts the page's story in the storyline of the story the form
// names (link), or takes it out of its own, and shows it.
func (s *Server) linkForm(link bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var to string
		if link {
			if to = strings.TrimSpace(r.PostFormValue("story")); to == "" {
				s.fail(w, r, http.StatusBadRequest, errors.New("give the ID of the story whose storyline this one joins"))
				return
			}
		}
		id := r.PathValue("id")
		if _, status, err := s.link(r, id, to); err != nil {
			s.fail(w, r, status, err)
			return
		}
		http.Redirect(w, r, "/stories/"+url.PathEscape(id), http.StatusSeeOther)
	}
}

// similarLimit is how many stories a story's page of alike ones lists.
const similarLimit = 10

type similarData struct {
	Story     model.Story
	Similar   []store.SimilarStory
	NeedToken bool
}

// similarPage lists the stories most like one, with forms to merge each
// into it or link it to its storyline: where an editor looks for the
// other half of an event split in two.
func (s *Server) similarPage(w http.ResponseWriter, r *http.Request) {
	st, err := s.cfg.Store.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	list, err := s.cfg.Store.SimilarStories(r.Context(), st.ID, similarLimit)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	s.render(w, r, http.StatusOK, "similar", page{Title: "Stories like " + st.Title, Data: similarData{st, list, s.cfg.Token != ""}})
}

type editsData struct {
	Edits []editLine
	Next  string
}

// An editLine is what an edit did, as a page words it.
type editLine struct {
	At    time.Time
	Parts []store.Part
}

// describe words edits as the page of story does ("" for a list of every
// edit), naming the stories by their titles where they are stored.
func (s *Server) describe(r *http.Request, edits []store.Edit, story string) ([]editLine, error) {
	lines := make([]editLine, len(edits))
	var ids []string
	for i, e := range edits {
		lines[i] = editLine{e.At, e.Describe(story)}
		for _, p := range lines[i].Parts {
			if p.Story != "" {
				ids = append(ids, p.Story)
			}
		}
	}
	titles, err := s.cfg.Store.StoryTitles(r.Context(), ids)
	for _, l := range lines {
		for i := range l.Parts {
			l.Parts[i].Title = titles[l.Parts[i].Story]
		}
	}
	return lines, err
}

// editsPage lists editors' changes, the latest first: what colleagues
// changed, with links to the stories and reports.
func (s *Server) editsPage(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := paging(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	edits, more, err := s.cfg.Store.RecentEdits(r.Context(), limit, offset)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	lines, err := s.describe(r, edits, "")
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	s.render(w, r, http.StatusOK, "edits", page{Title: "Changes by hand", Data: editsData{lines, nextPage(r, limit, offset, more)}})
}

// articleName is what a page calls an article: its title, or for a file
// with none, the file's name.
func articleName(a model.Article) string {
	if a.Title != "" {
		return a.Title
	}
	if a.Source != "" {
		return path.Base(a.Source)
	}
	return a.ID
}

type namesData struct {
	Kind   nameKind
	Prefix string
	Names  []store.Count
	Next   string
}

func (s *Server) namesPage(k nameKind) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		limit, offset, err := paging(r)
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
		prefix := r.URL.Query().Get("q")
		names, more, err := s.names(r, k, prefix, limit, offset)
		if err != nil {
			s.fail(w, r, statusOf(err), err)
			return
		}
		d := namesData{Kind: k, Prefix: prefix, Names: names, Next: nextPage(r, limit, offset, more)}
		s.render(w, r, http.StatusOK, "names", page{Title: k.Title, Data: d})
	}
}

func (s *Server) namePage(k nameKind) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q, err := storyQuery(r)
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
		name := r.PathValue("name")
		k.filter(&q, name)
		var rec *model.OutletRecord
		if k == outletsKind && q.Offset == 0 {
			got, err := pipeline.OutletRecord(r.Context(), s.cfg.Store, name)
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				s.fail(w, r, statusOf(err), err)
				return
			}
			if err == nil {
				rec = &got
			}
		}
		s.renderList(w, r, q, name, rec)
	}
}

type ingestData struct {
	NeedToken bool
	Result    *ingestResult
	Error     string
}

func (s *Server) ingestPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "ingest", page{Title: "Add articles", Data: ingestData{NeedToken: s.cfg.Token != ""}})
}

// ingestForm adds pasted text, an address or uploaded files, then shows
// what became of them.
func (s *Server) ingestForm(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1 << 20); err != nil && err != http.ErrNotMultipart {
		s.fail(w, r, statusOf(err), fmt.Errorf("reading the form: %w", err))
		return
	}
	res, err := s.ingest(r.Context(), func(in *ingest.Reader) {
		if t := strings.TrimSpace(r.PostFormValue("text")); t != "" {
			in.Record("pasted text", ingest.Record{Title: r.PostFormValue("title"), Outlet: r.PostFormValue("outlet"), Text: t})
		}
		if u := strings.TrimSpace(r.PostFormValue("url")); u != "" {
			in.Read([]string{u})
		}
		if r.MultipartForm != nil {
			for _, fh := range r.MultipartForm.File["files"] {
				f, err := fh.Open()
				if err != nil {
					in.Fail(fh.Filename, err)
					continue
				}
				in.ReadNamed(fh.Filename, f)
				f.Close()
			}
		}
	})
	d := ingestData{NeedToken: s.cfg.Token != "", Result: &res}
	status := http.StatusOK
	if err != nil {
		d.Error, status = err.Error(), statusOf(err)
	} else if len(res.Added)+len(res.Updated)+res.Duplicates+res.Edits+len(res.Errors) == 0 {
		d.Error, status = "Nothing to add: paste text, give an address or choose files.", http.StatusBadRequest
	}
	if err == nil && len(res.Stories) == 1 && len(res.Errors) == 0 {
		http.Redirect(w, r, "/stories/"+url.PathEscape(res.Stories[0]), http.StatusSeeOther)
		return
	}
	s.render(w, r, status, "ingest", page{Title: "Add articles", Data: d})
}
