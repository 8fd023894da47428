package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/sample"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

func open(t *testing.T) *store.SQLite {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func sampleDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "sample")
	if err := sample.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestSampleCorpus(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	res, err := pipeline.Ingest(ctx, s, []string{sampleDir(t)}, pipeline.Options{})
	if err != nil || len(res.Errors) != 0 {
		t.Fatalf("ingest: %v %+v", err, res.Errors)
	}
	r, err := pipeline.Report(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	// Three events of several outlets, two unrelated articles.
	sizes := map[int]int{}
	for _, st := range r.Stories {
		sizes[len(st.Articles)]++
	}
	if len(r.Stories) != 5 || sizes[1] != 2 || sizes[5] != 1 || sizes[3] != 2 {
		t.Errorf("story sizes = %v", sizes)
	}
	// The planted disagreements are all found: a length, a toll, a day, a
	// price and a misattributed quote.
	var disputes []string
	copies := 0
	for _, st := range r.Stories {
		for _, f := range st.Findings {
			if f.Status == model.Disputed {
				disputes = append(disputes, f.Text)
				if len(f.Values) < 2 {
					t.Errorf("disputed finding without values: %+v", f)
				}
			}
			if f.Status == model.Corroborated && len(f.Articles) < 2 {
				t.Errorf("corroborated finding on one article: %+v", f)
			}
		}
	}
	for _, a := range r.Articles {
		if a.CopyOf != "" {
			copies++
		}
	}
	if len(disputes) != 5 || copies != 1 {
		t.Errorf("disputes = %q (want 5), copies = %d (want 1)", disputes, copies)
	}
}

func TestIdempotentAndIncremental(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", "Twelve people died when the River Wend flooded Pellham on Sunday night, officials said.\nThe mayor of Pellham said residents were evacuated from the lower town by boat.")
	b := write("b.txt", "The River Wend flood in Pellham killed 12 people on Sunday, and residents of the lower town were evacuated.")
	c := write("c.txt", "The death toll from the River Wend flood in Pellham rose to 14, police said, as residents returned to the lower town.")

	res, err := pipeline.Ingest(ctx, s, []string{a, b}, pipeline.Options{})
	if err != nil || len(res.Added) != 2 {
		t.Fatalf("first ingest: %+v %v", res, err)
	}
	before, _ := pipeline.Report(ctx, s)

	res, err = pipeline.Ingest(ctx, s, []string{a, b}, pipeline.Options{})
	if err != nil || len(res.Added) != 0 || res.Duplicates != 2 {
		t.Fatalf("same files again: %+v %v", res, err)
	}
	res, err = pipeline.Ingest(ctx, s, []string{c}, pipeline.Options{})
	if err != nil || len(res.Added) != 1 {
		t.Fatalf("third article: %+v %v", res, err)
	}
	after, _ := pipeline.Report(ctx, s)
	if len(before.Stories) != 1 || len(after.Stories) != 1 || after.Stories[0].ID != before.Stories[0].ID {
		t.Fatalf("stories before %+v after %+v", before.Stories, after.Stories)
	}
	if got := len(after.Stories[0].Articles); got != 3 {
		t.Errorf("story has %d articles, want 3", got)
	}
	disputed := false
	for _, f := range after.Stories[0].Findings {
		disputed = disputed || f.Status == model.Disputed
	}
	if !disputed {
		t.Errorf("the new toll should be disputed: %+v", after.Stories[0].Findings)
	}

	// A changed file under a stored name is refused, and nothing is lost.
	write("a.txt", "Entirely different text about a marathon in Tarvik, won in record time.")
	res, err = pipeline.Ingest(ctx, s, []string{a}, pipeline.Options{})
	if err != nil || len(res.Errors) != 1 {
		t.Fatalf("changed file: %+v %v", res, err)
	}
	final, _ := pipeline.Report(ctx, s)
	if len(final.Articles) != 3 {
		t.Errorf("articles = %d, want 3", len(final.Articles))
	}
}

func TestCancelledIngestStoresNothing(t *testing.T) {
	s := open(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := pipeline.Ingest(ctx, s, []string{sampleDir(t)}, pipeline.Options{}); err == nil {
		t.Fatal("want an error from a cancelled ingest")
	}
	r, err := pipeline.Report(context.Background(), s)
	if err != nil || len(r.Articles) != 0 {
		t.Errorf("articles after cancel = %d, %v", len(r.Articles), err)
	}
}
