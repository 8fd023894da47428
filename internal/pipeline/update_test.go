package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

// TestUpdatedArticles: an article read again with other text (a page its
// outlet rewrote, a file edited) replaces what is stored, which is kept as
// a revision; the article stays in its story and its copies stay its
// copies. A new text about another event than its story's is refused.
func TestUpdatedArticles(t *testing.T) { storetest.Each(t, testUpdatedArticles) }

func testUpdatedArticles(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	dir := t.TempDir()
	write := writer(t, dir)
	ingest := func(paths ...string) pipeline.Result {
		t.Helper()
		res, err := pipeline.Ingest(ctx, s, paths, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Check(ctx); err != nil {
			t.Error(err)
		}
		return res
	}
	text := func(id string) string {
		t.Helper()
		r, err := s.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(r.Article.Paragraphs, "\n")
	}
	flood := "Twelve people died when the River Wend flooded Pellham on Sunday night, officials said.\nThe mayor of Pellham said residents were evacuated from the lower town by boat."
	risen := "Fourteen people died when the River Wend flooded Pellham on Sunday night, officials said on Monday.\nThe mayor of Pellham said residents were evacuated from the lower town by boat."
	wire := "The River Wend flood in Pellham killed 12 people on Sunday, and residents of the lower town were evacuated by boat."
	a := write("a.txt", flood)
	b := write("b.txt", wire)
	ingest(a, b, write("b-copy.txt", wire))
	first, err := pipeline.Report(ctx, s)
	if err != nil || len(first.Stories) != 1 {
		t.Fatalf("first ingest: %d stories, %v", len(first.Stories), err)
	}
	story := first.Stories[0].ID

	write("a.txt", risen)
	if res := ingest(a); len(res.Updated) != 1 || res.New != 0 || len(res.Errors) != 0 {
		t.Fatalf("updated file: %+v", res)
	}
	if got := text("a"); got != risen {
		t.Errorf("text after the update = %q", got)
	}
	revs, err := s.Revisions(ctx, "a")
	if err != nil || len(revs) != 1 || revs[0].N != 1 || strings.Join(revs[0].Article.Paragraphs, "\n") != flood {
		t.Fatalf("revisions = %+v, %v", revs, err)
	}
	r, err := pipeline.Report(ctx, s)
	if err != nil || len(r.Stories) != 1 || r.Stories[0].ID != story {
		t.Fatalf("stories after the update: %+v %v", r.Stories, err)
	}
	// Search reads the new text, not the old.
	for word, want := range map[string]int{"fourteen": 1, "twelve": 0} {
		if found, _, err := s.ListStories(ctx, store.StoryQuery{Search: word}); err != nil || len(found) != want {
			t.Errorf("stories found by %q after the update: %d, want %d (%v)", word, len(found), want, err)
		}
	}
	fourteen := false
	for _, f := range r.Stories[0].Findings {
		for _, v := range f.Values {
			fourteen = fourteen || strings.Contains(v.Value, "14")
		}
	}
	if !fourteen {
		t.Errorf("the story's findings do not read the new toll: %+v", r.Stories[0].Findings)
	}

	// The same text again is already stored; an original's update keeps
	// its copies.
	if res := ingest(a); res.Duplicates != 1 || len(res.Updated) != 0 {
		t.Errorf("the updated file again: %+v", res)
	}
	write("b.txt", wire+"\nThe river fell overnight.")
	if res := ingest(b); len(res.Updated) != 1 {
		t.Errorf("updated original: %+v", res)
	}
	if c, err := s.Article(ctx, "b-copy"); err != nil || c.Article.CopyOf != "b" || c.Story != story {
		t.Errorf("the copy after its original's update: %+v %v", c.Article, err)
	}

	// An export carries the earlier texts: read back, they are earlier
	// texts again, replaced when they were here (a second later at least,
	// to tell).
	time.Sleep(time.Until(time.Now().Truncate(time.Second).Add(time.Second)))
	var export bytes.Buffer
	if err := pipeline.Export(ctx, s, &export); err != nil {
		t.Fatal(err)
	}
	dump := filepath.Join(dir, "export.jsonl")
	if err := os.WriteFile(dump, export.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	s2 := another(t, dsn)
	if res, err := pipeline.Ingest(ctx, s2, []string{dump}, pipeline.Options{}); err != nil || res.New != 3 || len(res.Updated) != 2 || len(res.Errors) != 0 {
		t.Fatalf("export read back: %+v %v", res, err)
	}
	for _, id := range []string{"a", "b"} {
		want, _ := s.Revisions(ctx, id)
		got, err := s2.Revisions(ctx, id)
		if err != nil || len(got) != 1 || len(want) != 1 || !slices.Equal(got[0].Article.Paragraphs, want[0].Article.Paragraphs) ||
			!got[0].Replaced.Equal(want[0].Replaced) {
			t.Errorf("%s's revisions read back = %+v, want %+v (%v)", id, got, want, err)
		}
	}
	if r2, _ := pipeline.Report(ctx, s2); len(r2.Stories) != 1 || r2.Stories[0].ID != story {
		t.Errorf("stories read back: %+v", r2.Stories)
	}

	// A text about something else is refused, and nothing is lost.
	write("a.txt", "Entirely different text about a marathon in Tarvik, won in record time.")
	if res := ingest(a); len(res.Updated) != 0 || len(res.Errors) != 1 {
		t.Errorf("changed to another event: %+v", res)
	}
	if got := text("a"); got != risen {
		t.Errorf("text after a refused update = %q", got)
	}
	if revs, _ := s.Revisions(ctx, "a"); len(revs) != 1 {
		t.Errorf("revisions after a refused update = %d, want 1", len(revs))
	}

	// Alone in its story, an article may become anything.
	lone := write("lone.txt", "The Tarvik marathon was won in record time by a runner from Oskel, organisers said.")
	ingest(lone)
	write("lone.txt", "A new bridge over the Maren was opened in Oskel by the city's mayor on Friday.")
	if res := ingest(lone); len(res.Updated) != 1 {
		t.Errorf("a lone article's update: %+v", res)
	}
	// Put by an editor in a story it is not like, an article is updated
	// there as long as its new text is like its earlier one.
	if _, err := pipeline.Move(ctx, s, []string{"lone"}, story); err != nil {
		t.Fatal(err)
	}
	write("lone.txt", "A new bridge over the Maren was opened in Oskel by the city's mayor on Friday, a year late.")
	if res := ingest(lone); len(res.Updated) != 1 || len(res.Errors) != 0 {
		t.Errorf("an update of an article an editor moved: %+v", res)
	}
	if r, err := s.Article(ctx, "lone"); err != nil || r.Story != story {
		t.Errorf("the moved article after its update: in %q, want %q (%v)", r.Story, story, err)
	}

	// Removed, an article takes its earlier texts with it.
	if _, err := pipeline.Remove(ctx, s, []string{"a"}); err != nil {
		t.Fatal(err)
	}
	if revs, err := s.Revisions(ctx, "a"); err != nil || len(revs) != 0 {
		t.Errorf("revisions of a removed article = %+v, %v", revs, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}

// TestUpdateChanges: a toll an outlet raises by updating its report in
// place (keeping its first date) is said to have changed, and dated by the
// update: with another outlet's lower toll of the afternoon, the toll rose
// as reports came in; it is no dispute. A correction is a change too, and
// an update that only adds a sentence changes nothing.
func TestUpdateChanges(t *testing.T) { storetest.Each(t, testUpdateChanges) }

func testUpdateChanges(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	at := func(h int) *time.Time { d := time.Date(2026, 4, 6, h, 0, 0, 0, time.UTC); return &d }
	doc := func(id, outlet string, h int, text string) extract.Doc {
		return extract.Doc{ID: id, Source: id, Outlet: outlet, Published: at(h), Text: text}
	}
	first := "Twelve people died when the River Wend flooded Pellham on Sunday night, officials said.\n\nThe mayor said the talks with the water agency lasted five hours."
	ingest := func(docs ...extract.Doc) model.Story {
		t.Helper()
		if _, err := pipeline.IngestDocs(ctx, s, docs, pipeline.Options{}); err != nil {
			t.Fatal(err)
		}
		r, err := pipeline.Report(ctx, s)
		if err != nil || len(r.Stories) != 1 {
			t.Fatalf("%d stories, %v", len(r.Stories), err)
		}
		return r.Stories[0]
	}
	st := ingest(doc("gazette", "Pellham Gazette", 9, first),
		doc("valley", "River Valley News", 14, "The River Wend flood killed 12 people in Pellham on Sunday night, officials said, and the mayor spent five hours with the water agency."))
	if len(st.Changes) != 0 {
		t.Errorf("changes before any update: %+v", st.Changes)
	}

	st = ingest(doc("gazette", "Pellham Gazette", 9, strings.Replace(first, "Twelve", "Fourteen", 1)))
	var toll *model.Finding
	for i, f := range st.Findings {
		if f.Subject == "toll" && f.Kind == "count" {
			toll = &st.Findings[i]
		}
	}
	if toll == nil || toll.Status != model.Evolving || len(toll.Values) != 2 || !strings.HasPrefix(toll.Values[0].Value, "12 ") || !strings.HasPrefix(toll.Values[1].Value, "14 ") {
		t.Errorf("the toll after the Gazette's update = %+v, want 12 then 14, evolving", toll)
	} else if since := toll.Values[0].Since; since == nil || !since.Equal(*at(9)) {
		t.Errorf("12 dead reported since %v, want 09:00, when the Gazette's first text said it", since)
	}
	if len(st.Changes) != 1 {
		t.Fatalf("changes = %+v, want the toll's", st.Changes)
	}
	c := st.Changes[0]
	if c.Article != "gazette" || c.Revision != 1 || c.From != "12 people" || c.To != "14 people" || c.Kind != "count" ||
		!strings.HasPrefix(c.Before, "Twelve") || !strings.HasPrefix(c.After, "Fourteen") || c.At.IsZero() {
		t.Errorf("change = %+v", c)
	}
	if want := "Pellham Gazette changed the death toll from 12 people to 14 people in an update."; c.Text != want {
		t.Errorf("change text = %q, want %q", c.Text, want)
	}
	if !slices.ContainsFunc(st.Brief, func(l model.BriefLine) bool {
		return l.Kind == model.BriefChanged && l.Text == c.Text && slices.Equal(l.Articles, []string{"gazette"})
	}) {
		t.Errorf("the brief does not say what the update changed: %+v", st.Brief)
	}

	// A correction, and then a sentence added: each text is held against
	// the one it replaced.
	corrected := strings.Replace(strings.Replace(first, "Twelve", "Fourteen", 1), "five hours", "three hours", 1)
	ingest(doc("gazette", "Pellham Gazette", 9, corrected))
	st = ingest(doc("gazette", "Pellham Gazette", 9, corrected+"\n\nThe river fell overnight."))
	var got []string
	for _, c := range st.Changes {
		got = append(got, fmt.Sprintf("%d: %s → %s", c.Revision, c.From, c.To))
	}
	if want := []string{"1: 12 people → 14 people", "2: 5 hours → 3 hours"}; !slices.Equal(got, want) {
		t.Errorf("changes over three updates = %q, want %q", got, want)
	}
}

// A report updated all day is read back to its last MaxRevisions texts,
// so that composing its story does not grow with its updates.
func TestManyUpdates(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	words := []string{"Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Twenty-one", "Twenty-two", "Twenty-three"}
	for _, w := range words {
		doc := extract.Doc{ID: "live", Outlet: "Pellham Gazette", Text: w + " people died when the River Wend flooded Pellham on Sunday night, officials said."}
		if _, err := pipeline.IngestDocs(ctx, s, []extract.Doc{doc}, pipeline.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := pipeline.Report(ctx, s)
	if err != nil || len(r.Stories) != 1 {
		t.Fatalf("%d stories, %v", len(r.Stories), err)
	}
	st := r.Stories[0]
	if len(st.Changes) != pipeline.MaxRevisions {
		t.Fatalf("%d changes, want %d: %+v", len(st.Changes), pipeline.MaxRevisions, st.Changes)
	}
	first, last := st.Changes[0], st.Changes[len(st.Changes)-1]
	if n := len(words) - pipeline.MaxRevisions; first.Revision != n || !strings.HasPrefix(first.Before, words[n-1]) {
		t.Errorf("the first change read: %+v, want revision %d", first, n)
	}
	if !strings.HasPrefix(last.After, "Twenty-three") {
		t.Errorf("the last change: %+v", last)
	}
}
