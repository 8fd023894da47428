package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

// An export read back into a new store gives the stories, storylines and
// edits of the store it came from: each edit is made again where it was
// made among the articles, so that the report read after an editor set two
// stories apart does not merge them in the new store either (made after
// every article, it would have merged them first).
func TestExportReplaysEdits(t *testing.T) { storetest.Each(t, testExportReplaysEdits) }

func testExportReplaysEdits(t *testing.T, dsn string) {
	ctx := context.Background()
	src := storetest.Open(t, dsn)
	first, bridge, _ := splitEvent(t)
	extra := first[len(first)-1]
	extra.ID, extra.Title = "other-e", "Retracted: "+extra.Title
	first = append(first, extra)
	if _, err := pipeline.IngestDocs(ctx, src, first, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	before := storyOf(t, src)
	blast, leak, marathon := before["blast-a"], before["leak-b"], before["other-d"]
	if blast == leak || before["other-e"] != marathon {
		t.Fatalf("stories as placed: %v", before)
	}
	edit := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	_, err := pipeline.Merge(ctx, src, []string{leak}, blast)
	edit(err)
	moved, err := pipeline.Move(ctx, src, []string{"leak-b"}, "")
	edit(err)
	_, err = pipeline.Link(ctx, src, []string{marathon}, moved.Story)
	edit(err)
	_, err = pipeline.Unlink(ctx, src, []string{moved.Story})
	edit(err)
	_, err = pipeline.Remove(ctx, src, []string{"other-e"})
	edit(err)
	if _, err := pipeline.IngestDocs(ctx, src, bridge, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	// Edited after the last article too.
	_, err = pipeline.Link(ctx, src, []string{marathon}, blast)
	edit(err)

	var out bytes.Buffer
	if err := pipeline.Export(ctx, src, &out); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), `{"edit":`); n != 6 {
		t.Errorf("%d edits exported, want 6:\n%s", n, out.String())
	}
	file := filepath.Join(t.TempDir(), "export.jsonl")
	if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	dst := another(t, dsn)
	res, err := pipeline.Ingest(ctx, dst, []string{file}, pipeline.Options{})
	if err != nil || res.New != 4 || res.Edits != 6 || len(res.Errors) != 0 {
		t.Fatalf("ingest of the export: %+v %v", res, err)
	}
	if err := dst.Check(ctx); err != nil {
		t.Error(err)
	}

	stories := func(s *store.DB) []string {
		t.Helper()
		r, err := pipeline.Report(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, st := range r.Stories {
			out = append(out, st.ID+" "+st.Storyline+" "+strings.Join(st.Articles, ","))
		}
		slices.Sort(out)
		return out
	}
	if got, want := stories(dst), stories(src); !slices.Equal(got, want) {
		t.Errorf("stories read back:\n%q\nwant\n%q", got, want)
	}
	if got := storyOf(t, dst); got["both-c"] == "" || got["blast-a"] == got["leak-b"] {
		t.Errorf("the bridging report merged what an editor set apart: %v", got)
	}
	edits := func(s *store.DB) []store.Edit {
		t.Helper()
		e, err := s.AllEdits(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i := range e {
			e[i].Seq = 0 // the new store numbers its articles anew
		}
		return e
	}
	if got, want := edits(dst), edits(src); !slices.EqualFunc(got, want, func(a, b store.Edit) bool {
		return a.At.Equal(b.At) && a.Action == b.Action && a.Article == b.Article && a.From == b.From && a.To == b.To
	}) {
		t.Errorf("edits read back:\n%+v\nwant\n%+v", got, want)
	}

	// The same, read first and then added, as the web's upload does.
	var (
		docs []extract.Doc
		read []pipeline.Edit
	)
	r := ingest.Reader{
		Doc:  func(d extract.Doc) { docs = append(docs, d) },
		Fail: func(src string, err error) { t.Errorf("%s: %v", src, err) },
		Edit: func(src string, line json.RawMessage) {
			read = append(read, pipeline.Edit{Before: len(docs), Source: src, Line: line})
		},
	}
	r.Read([]string{file})
	added := another(t, dsn)
	if res, err := pipeline.IngestEdited(ctx, added, docs, read, pipeline.Options{}); err != nil || res.Edits != 6 || len(res.Errors) != 0 {
		t.Fatalf("documents and edits added: %+v %v", res, err)
	}
	if got, want := stories(added), stories(src); !slices.Equal(got, want) {
		t.Errorf("stories of the documents and edits added:\n%q\nwant\n%q", got, want)
	}

	// Read again (an interrupted ingest run again), the articles are
	// stored and the edits made already: nothing changes.
	res, err = pipeline.Ingest(ctx, dst, []string{file}, pipeline.Options{})
	if err != nil || res.New != 0 || res.Duplicates != 4+6 || res.Edits != 0 || len(res.Errors) != 0 {
		t.Errorf("the export read again: %+v %v", res, err)
	}
	if got, want := stories(dst), stories(src); !slices.Equal(got, want) {
		t.Errorf("stories after the export read again:\n%q\nwant\n%q", got, want)
	}
}

// another opens a new store of the kind dsn names.
func another(t *testing.T, dsn string) *store.DB {
	if strings.HasPrefix(dsn, "postgres") {
		return storetest.Open(t, storetest.Postgres(t))
	}
	return storetest.Open(t, storetest.SQLite(t))
}

// Edit lines that make no sense here are reported, each by its line, and
// change nothing; the articles around them are read.
func TestBadEditLines(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	lines := []string{
		`{"id":"a1","text":"Fire crews fought a blaze at a warehouse on Quarry Road for two hours on Tuesday."}`,
		`{"edit":5}`,
		`{"edit":null}`,
		`{"edit":{"action":"rename","from":"x","to":"y"}}`,
		`{"edit":{"action":"move","article":"no-such-article","to":"s1"}}`,
		`{"edit":{"action":"move","article":"a1"}}`,
		`{"edit":{"action":"merge","from":"no-such-story","to":"also-none"}}`,
		`{"edit":{"action":"link","from":"no-such-story"}}`,
		`{"edit":{"action":"unlink","from":"no-such-story"}}`,
		`{"edit":{"action":"remove"}}`,
		`{"id":"a2","text":"About 400 residents left their homes after a chlorine leak at a chemical site on Tuesday."}`,
	}
	file := filepath.Join(t.TempDir(), "edits.jsonl")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Ingest(ctx, s, []string{file}, pipeline.Options{})
	if err != nil || res.New != 2 || res.Edits != 0 {
		t.Fatalf("ingest: %+v %v", res, err)
	}
	failed := map[string]bool{}
	for _, e := range res.Errors {
		failed[e.Source[strings.LastIndex(e.Source, ":")+1:]] = true
	}
	for n := 2; n <= 10; n++ {
		if !failed[strconv.Itoa(n)] {
			t.Errorf("line %d (%s) is not reported: %+v", n, lines[n-1], res.Errors)
		}
	}
	if edits, err := s.AllEdits(ctx); err != nil || len(edits) != 0 {
		t.Errorf("edits recorded: %+v %v", edits, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}
