package pipeline

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

const (
	wireText  = "The council of Port Elin approved the harbour plan on Tuesday after a four-hour debate, the mayor said.\n\nOpponents said it would cost more than the council had admitted."
	otherText = "Storms closed the ferry to Holm Island for a third day on Friday, the port authority said.\n\nAbout 200 travellers were waiting in the harbour town."
)

// Copies of one text are analysed once, and each keeps what is its own.
func TestPrepareCopies(t *testing.T) {
	docs := []extract.Doc{
		{ID: "a", Title: "Harbour plan approved", Text: wireText},
		{ID: "b", Title: "Port Elin says yes to breakwater", Text: wireText},
		{ID: "c", Title: "Ferry cancelled again", Text: otherText},
		{ID: "d", Text: " "},
		{ID: "e", Title: "Harbour plan approved", Text: wireText},
	}
	out := prepare(docs, nil)
	for i, p := range out {
		if p.doc.ID != docs[i].ID {
			t.Fatalf("out[%d] is %q, want %q: order lost", i, p.doc.ID, docs[i].ID)
		}
	}
	if out[3].err == nil {
		t.Errorf("an empty document was prepared without an error")
	}
	for _, i := range []int{0, 1, 2, 4} {
		p := out[i]
		if p.err != nil {
			t.Fatalf("%s: %v", p.doc.ID, p.err)
		}
		want := analyze.Article(extract.Statements(p.art.Paragraphs))
		if !reflect.DeepEqual(p.an, want) {
			t.Errorf("%s: analysis differs from the text's own", p.doc.ID)
		}
		raw, _ := json.Marshal(want)
		if string(p.raw) != string(raw) {
			t.Errorf("%s: stored analysis differs from the text's own", p.doc.ID)
		}
		if !reflect.DeepEqual(p.feat, features(p.art, want)) {
			t.Errorf("%s: features differ from its own", p.doc.ID)
		}
		if len(p.sig) == 0 {
			t.Errorf("%s: no copy signature", p.doc.ID)
		}
	}
	// The titles differ, and the title weighs in placing an article.
	if reflect.DeepEqual(out[0].feat.Terms, out[1].feat.Terms) {
		t.Errorf("a copy under another title has its original's features")
	}
	if out[1].feat.ID != "b" {
		t.Errorf("a copy's features carry ID %q", out[1].feat.ID)
	}
}

// BenchmarkPrepareCopies prepares chunks in which every text is carried
// by eight outlets, as a wire story is.
func BenchmarkPrepareCopies(b *testing.B) {
	docs := make([]extract.Doc, 256)
	for i := range docs {
		text := fmt.Sprintf("%s\n\nThe vote was number %d of the year.", wireText, i/8)
		docs[i] = extract.Doc{ID: fmt.Sprint(i), Title: "Harbour plan approved", Text: text}
	}
	n := 0
	for b.Loop() {
		n += len(prepare(docs, nil))
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}

// A story's copies share one decoded analysis; records of one text whose
// stored analyses differ (read by two versions of the analysis) are each
// decoded.
func TestComposeCopies(t *testing.T) {
	record := func(id, copyOf, text string) store.Record {
		an := analyze.Article(extract.Statements([]string{text}))
		raw, err := json.Marshal(an)
		if err != nil {
			t.Fatal(err)
		}
		return store.Record{Article: model.Article{ID: id, Hash: "h", CopyOf: copyOf, Outlet: "Outlet " + id, Paragraphs: []string{text}}, Analysis: raw}
	}
	recs := []store.Record{record("a", "", wireText), record("b", "a", wireText), record("c", "a", wireText)}
	var arts []model.Article
	var ans []analyze.Analysis
	for _, r := range recs {
		var an analyze.Analysis
		json.Unmarshal(r.Analysis, &an)
		arts, ans = append(arts, r.Article), append(ans, an)
	}
	want := build("s", "s", arts, ans, nil, SummaryLength)
	got, err := compose("s", "s", recs)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("story of copies decoded once differs from the story of copies decoded apart")
	}

	// The same hash, another analysis: c's stored analysis says other things.
	recs = []store.Record{record("a", "", wireText), record("b", "a", wireText), record("c", "a", otherText)}
	got, err = compose("s", "s", recs)
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(got)
	if !strings.Contains(string(js), "Holm Island") {
		t.Errorf("an analysis stored under a copy's hash was taken for its original's: %s", js)
	}
}
