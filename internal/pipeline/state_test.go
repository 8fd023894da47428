package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

// The state is saved as rows, each when it changes: after many commits,
// stories closed and forgotten, copies and earlier copies, and editors'
// edits, the state read from the store is the state this process kept in
// memory. A state stored whole, as older versions did, is read and saved
// as rows at the next write.
func TestStateSavedAsRows(t *testing.T) { storetest.Each(t, testStateSavedAsRows) }

func testStateSavedAsRows(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := filler(from, 180, 6) // over 1,024 placements: stories close
	n := len(docs)
	for i := 0; i < n; i += 97 {
		c := docs[i]
		c.ID, c.Outlet = c.ID+"-copy", "Copy Weekly"
		if i%2 == 0 { // published first: the original
			earlier := c.Published.Add(-time.Hour)
			c.Published = &earlier
		}
		docs = append(docs, c)
	}
	opt := pipeline.Options{ChunkSize: 64, CommitChunks: 2}
	if _, err := pipeline.IngestDocs(ctx, s, docs, opt); err != nil {
		t.Fatal(err)
	}
	stories := storyOf(t, s)
	edit := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	moved, err := pipeline.Move(ctx, s, []string{docs[n-1].ID}, "")
	edit(err)
	_, err = pipeline.Merge(ctx, s, []string{stories[docs[n-2].ID]}, stories[docs[n-3].ID])
	edit(err)
	_, err = pipeline.Link(ctx, s, []string{stories[docs[10].ID]}, moved.Story)
	edit(err)
	_, err = pipeline.Unlink(ctx, s, []string{moved.Story})
	edit(err)
	_, err = pipeline.Remove(ctx, s, []string{docs[0].ID}) // an original with a copy
	edit(err)
	if _, err := pipeline.IngestDocs(ctx, s, filler(from.AddDate(0, 6, 0), 3, 4), opt); err != nil {
		t.Fatal(err)
	}
	same := func(when string) {
		t.Helper()
		kept, err := pipeline.StateJSON(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		read, err := pipeline.StateJSON(ctx, storetest.Open(t, dsn))
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range []string{`"stories":[`, `"past":[`, `"sigs":{`} {
			if !strings.Contains(kept, part) {
				t.Fatalf("%s: the state holds no %s: the steps tried too little", when, part)
			}
		}
		if kept != read {
			t.Errorf("%s: the state read from the store differs from the state kept (%d and %d bytes)", when, len(read), len(kept))
		}
	}
	same("saved as rows")

	if err := pipeline.StoreStateWhole(ctx, s); err != nil {
		t.Fatal(err)
	}
	s = storetest.Open(t, dsn) // a process that has not read it
	more := filler(from.AddDate(0, 6, 5), 2, 3)
	more = append(more, extract.Doc{ID: "late-copy", Source: "filler", Outlet: "Copy Weekly", Text: more[0].Text, Published: more[0].Published})
	if _, err := pipeline.IngestDocs(ctx, s, more, opt); err != nil {
		t.Fatal(err)
	}
	same("stored whole, then saved as rows")

	// A state read ahead of a write (a server starting) is the one the
	// write goes on from.
	s = storetest.Open(t, dsn)
	if err := pipeline.Warm(ctx, s); err != nil {
		t.Fatal(err)
	}
	if _, err := pipeline.IngestDocs(ctx, s, filler(from.AddDate(0, 6, 8), 1, 3), opt); err != nil {
		t.Fatal(err)
	}
	same("read ahead, then written")
}
