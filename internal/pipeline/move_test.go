package pipeline_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/sample"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

// An editor merges two stories of one event, then moves a report out
// again: the report's story is kept apart from the other, so the report
// that tells both (which merges them when no editor has been at work,
// TestSplitEventMerges) no longer does.
func TestMoveAndMerge(t *testing.T) { storetest.Each(t, testMoveAndMerge) }

func testMoveAndMerge(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	first, bridge, _ := splitEvent(t)
	leakCopy := first[1]
	leakCopy.ID, leakCopy.Outlet = "leak-b-copy", "Copy Desk"
	first = append(first, leakCopy)
	if _, err := pipeline.IngestDocs(ctx, s, first, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		if err := s.Check(ctx); err != nil {
			t.Errorf("the store after %s: %v", when, err)
		}
	}
	before := storyOf(t, s)
	blast, leak, marathon := before["blast-a"], before["leak-b"], before["other-d"]
	if blast == leak || before["leak-b-copy"] != leak {
		t.Fatalf("stories as placed: %v", before)
	}

	// The two stories of the chemical leak made one.
	res, err := pipeline.Merge(ctx, s, []string{leak, blast, "no-such-story"}, blast)
	if err != nil {
		t.Fatal(err)
	}
	if res.Story != blast || !slices.Equal(res.Merged, []string{leak}) || !slices.Equal(res.Rebuilt, []string{blast}) ||
		len(res.Articles) != 2 || len(res.Errors) != 2 {
		t.Errorf("merge: %+v", res)
	}
	got := storyOf(t, s)
	if got["leak-b"] != blast || got["leak-b-copy"] != blast || got["other-d"] != marathon {
		t.Errorf("stories after the merge: %v", got)
	}
	if into, err := s.MergedInto(ctx, leak); into != blast || err != nil {
		t.Errorf("%s leads to %q, %v; want %s", leak, into, err, blast)
	}
	check("the merge")

	// The leak's report moved out again, with its copy, into a story of
	// its own; a copy is not moved apart from its original.
	res, err = pipeline.Move(ctx, s, []string{"leak-b", "leak-b-copy", "no-such-article"}, "")
	if err != nil {
		t.Fatal(err)
	}
	apart := res.Story
	if apart == "" || apart == blast || apart == leak || !slices.Equal(res.Articles, []string{"leak-b"}) ||
		!slices.Equal(res.Rebuilt, []string{apart, blast}) || len(res.Merged) != 0 || len(res.Errors) != 2 {
		t.Errorf("move to a new story: %+v", res)
	}
	if e := errorOf(res.Errors, "leak-b-copy"); !strings.Contains(e, "copy of leak-b") {
		t.Errorf("moving a copy: %q", e)
	}
	got = storyOf(t, s)
	if got["leak-b"] != apart || got["leak-b-copy"] != apart || got["blast-a"] != blast {
		t.Errorf("stories after the move: %v", got)
	}
	check("the move")

	// The report alike to both joins one; the other stays apart.
	if _, err := pipeline.IngestDocs(ctx, s, bridge, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	got = storyOf(t, s)
	if got["blast-a"] == got["leak-b"] {
		t.Errorf("stories an editor set apart were merged again: %v", got)
	}
	if got["both-c"] != got["blast-a"] && got["both-c"] != got["leak-b"] {
		t.Errorf("the bridging report is in neither story: %v", got)
	}

	// Moved back, the story left empty leads to the one it went to.
	res, err = pipeline.Move(ctx, s, []string{"leak-b", "blast-a"}, got["blast-a"])
	if err != nil {
		t.Fatal(err)
	}
	if got["both-c"] == apart {
		// It went with the leak; the leak's story is not empty then.
		if len(res.Merged) != 0 {
			t.Errorf("move back: %+v", res)
		}
	} else if !slices.Equal(res.Merged, []string{apart}) {
		t.Errorf("move back: %+v, want %s merged", res, apart)
	}
	if len(res.Errors) != 1 || res.Errors[0].Source != "blast-a" {
		t.Errorf("moving an article to its own story: errors %+v", res.Errors)
	}
	if got := storyOf(t, s); got["leak-b"] != got["blast-a"] || got["leak-b-copy"] != got["blast-a"] {
		t.Errorf("stories after moving back: %v", got)
	}
	check("moving back")

	// The stories say what editors did to them, in order.
	edits, err := s.Edits(ctx, blast)
	if err != nil {
		t.Fatal(err)
	}
	var did []string
	for _, e := range edits {
		did = append(did, e.Action+" "+e.Article+" "+e.From+">"+e.To)
	}
	want := []string{"merge  " + leak + ">" + blast, "move leak-b " + blast + ">" + apart}
	if len(did) < 2 || !slices.Equal(did[:2], want) {
		t.Errorf("edits of %s: %q, want first %q", blast, did, want)
	}
	if edits, err := s.Edits(ctx, apart); err != nil || len(edits) < 2 || edits[0].Action != "move" || edits[0].At.IsZero() {
		t.Errorf("edits of the story moved to: %+v %v", edits, err)
	}

	// An unknown story to go to fails the whole move, changing nothing.
	if _, err := pipeline.Move(ctx, s, []string{"other-d"}, "no-such-story"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("move to no story: %v, want not found", err)
	}
	if _, err := pipeline.Merge(ctx, s, []string{marathon}, "no-such-story"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("merge into no story: %v, want not found", err)
	}
	if got := storyOf(t, s); got["other-d"] != marathon {
		t.Errorf("a failed move changed the stories: %v", got)
	}
}

// errorOf returns the error reported for an ID.
func errorOf(errs []model.Error, id string) string {
	for _, e := range errs {
		if e.Source == id {
			return e.Error
		}
	}
	return ""
}

// Each report keeps how alike it was to its story when it joined it; a
// report an editor moves has no such figure in its new story.
func TestJoined(t *testing.T) { storetest.Each(t, testJoined) }

func testJoined(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	dir := t.TempDir()
	if err := sample.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := pipeline.Ingest(ctx, s, []string{dir}, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	stories, err := s.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var joined []string
	for _, st := range stories {
		arts, err := s.Articles(ctx, st.Articles...)
		if err != nil {
			t.Fatal(err)
		}
		began := 0
		for _, a := range arts {
			switch {
			case a.Joined == nil && a.CopyOf == "":
				began++
			case a.Joined != nil && (a.CopyOf != "" || *a.Joined <= cluster.Threshold || *a.Joined > 1):
				t.Errorf("%s joined %s at %v (a copy of %q)", a.ID, st.ID, *a.Joined, a.CopyOf)
			case a.Joined != nil:
				joined = append(joined, a.ID)
			}
		}
		if began != 1 {
			t.Errorf("story %s: %d reports began it", st.ID, began)
		}
	}
	if len(joined) < 5 {
		t.Fatalf("reports that joined a story: %v", joined)
	}
	if _, err := pipeline.Move(ctx, s, joined[:1], ""); err != nil {
		t.Fatal(err)
	}
	rec, err := s.Article(ctx, joined[0])
	if err != nil || rec.Article.Joined != nil {
		t.Errorf("moved: joined %v (%v)", rec.Article.Joined, err)
	}
	if rec, _ := s.Article(ctx, joined[1]); rec.Article.Joined == nil {
		t.Errorf("%s lost its figure", joined[1])
	}
}
