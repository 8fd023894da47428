package web

import (
	"encoding/xml"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/store"
)

// atomFeed serves the newest stories as an Atom feed, so that any feed
// reader can follow what crosscheck finds: all stories, or those the
// list's filters select (a search, a name, an outlet, a storyline, the
// disputed ones). A story is an entry updated whenever a report joins it
// or its findings change, with its brief as the entry's content.
func (s *Server) atomFeed(w http.ResponseWriter, r *http.Request) {
	q, err := storyQuery(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	stories, _, err := s.cfg.Store.ListStories(r.Context(), q)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	base := "http://" + r.Host
	if r.TLS != nil {
		base = "https://" + r.Host
	}
	type link struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr,omitempty"`
		Type string `xml:"type,attr,omitempty"`
	}
	type content struct {
		Type string `xml:"type,attr"`
		Text string `xml:",chardata"`
	}
	type entry struct {
		Title   string   `xml:"title"`
		ID      string   `xml:"id"`
		Link    link     `xml:"link"`
		Updated string   `xml:"updated"`
		Summary string   `xml:"summary"`
		Content *content `xml:"content"`
	}
	title, list := "crosscheck stories", "/"
	if v := filters(q); len(v) > 0 {
		title, list = "crosscheck: "+describe(q), "/?"+v.Encode()
	}
	feed := struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		Title   string   `xml:"title"`
		ID      string   `xml:"id"`
		Author  string   `xml:"author>name"`
		Links   []link   `xml:"link"`
		Updated string   `xml:"updated"`
		Entries []entry  `xml:"entry"`
	}{Title: title, ID: base + feedURL(q), Author: "crosscheck",
		Links: []link{{Href: base + list, Rel: "alternate", Type: "text/html"}, {Href: base + feedURL(q), Rel: "self"}}}
	latest := time.Unix(0, 0).UTC()
	for _, sum := range stories {
		u := base + "/stories/" + url.PathEscape(sum.ID)
		updated := sum.Updated
		if updated.IsZero() {
			updated = sum.Latest
		}
		if updated.IsZero() {
			updated = time.Unix(0, 0).UTC()
		}
		if updated.After(latest) {
			latest = updated
		}
		e := entry{Title: sum.Title, ID: u, Link: link{Href: u}, Updated: updated.UTC().Format(time.RFC3339), Summary: summaryLine(sum)}
		// A story removed since it was listed is listed without its brief.
		if html, err := s.briefHTML(r, base, sum.ID); err == nil {
			e.Content = &content{Type: "html", Text: html}
		} else {
			s.log.Warn("atom feed: story", "story", sum.ID, "error", err)
		}
		feed.Entries = append(feed.Entries, e)
	}
	feed.Updated = latest.Format(time.RFC3339)
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Write([]byte(xml.Header))
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(feed); err != nil {
		s.log.Error("atom feed", "error", err)
	}
}

// feedBrief is a story's brief as an entry's content: its lines, each
// citing its articles by their numbers on the story page.
var feedBrief = template.Must(template.New("brief").Parse(
	`{{range .Lines}}<p>{{with .Label}}<b>{{.}}</b> · {{end}}{{.Text}}{{range .Cites}} <a href="{{.Href}}" title="{{.Outlet}}">[{{.N}}]</a>{{end}}</p>
{{end}}<p><a href="{{.Story}}">Findings, quotes and sources</a></p>`))

func (s *Server) briefHTML(r *http.Request, base, id string) (string, error) {
	st, arts, err := s.story(r, id)
	if err != nil {
		return "", err
	}
	n := make(map[string]cite, len(arts))
	for i, a := range arts {
		n[a.ID] = cite{N: i + 1, Outlet: a.Outlet, Href: base + "/articles/" + url.PathEscape(a.ID)}
	}
	var d struct {
		Lines []briefView
		Story string
	}
	d.Story = base + "/stories/" + url.PathEscape(st.ID)
	for _, l := range st.Brief {
		v := briefView{Kind: l.Kind, Label: l.Label(), Text: l.Display()}
		for _, id := range l.Articles {
			if c, ok := n[id]; ok {
				v.Cites = append(v.Cites, c)
			}
		}
		slices.SortFunc(v.Cites, func(a, b cite) int { return a.N - b.N })
		d.Lines = append(d.Lines, v)
	}
	var b strings.Builder
	err = feedBrief.Execute(&b, d)
	return b.String(), err
}

// feedURL is the address of the Atom feed of the stories q selects.
func feedURL(q store.StoryQuery) string {
	if v := filters(q); len(v) > 0 {
		return "/feed.atom?" + v.Encode()
	}
	return "/feed.atom"
}

// describe says in words which stories q selects: "Disputed stories
// naming Grace Okonjo, containing “flood”".
func describe(q store.StoryQuery) string {
	var parts []string
	if q.Entity != "" {
		parts = append(parts, "naming "+q.Entity)
	}
	if q.Outlet != "" {
		parts = append(parts, "reported by "+q.Outlet)
	}
	if q.Search != "" {
		parts = append(parts, "with an article containing “"+q.Search+"”")
	}
	if q.Storyline != "" {
		parts = append(parts, "of storyline "+q.Storyline)
	}
	what := "Stories"
	if q.Disputed {
		what = "Disputed stories"
	}
	if len(parts) == 0 {
		return what
	}
	return what + " " + strings.Join(parts, ", ")
}

func summaryLine(st store.StorySummary) string {
	s := plural(st.Outlets, "outlet") + ", " + plural(st.Originals, "independent report")
	if st.Disputed > 0 {
		s += ", " + plural(st.Disputed, "disputed finding")
	}
	return s
}
