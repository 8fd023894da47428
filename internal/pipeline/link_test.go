package pipeline_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

// An editor takes the first summit out of the summits' storyline, links
// the second summit to the trial's, then the first to it: the storylines
// are as the editor left them, in the stored stories and the pipeline's
// state (which names them when the stories are read again).
func TestLinkAndUnlink(t *testing.T) { storetest.Each(t, testLinkAndUnlink) }

func testLinkAndUnlink(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	if _, err := pipeline.Ingest(ctx, s, []string{filepath.Join("testdata", "related-events.jsonl")}, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	lines := func() (story, line map[string]string) {
		t.Helper()
		r, err := pipeline.Report(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		story, line = map[string]string{}, map[string]string{}
		for _, st := range r.Stories {
			for _, id := range st.Articles {
				story[id], line[id] = st.ID, st.Storyline
			}
		}
		return story, line
	}
	story, line := lines()
	summit1, summit2, verdict := story["summit1-a"], story["summit2-a"], story["verdict-a"]
	if line["summit1-a"] != summit1 || line["summit2-a"] != summit1 || line["verdict-a"] == summit1 {
		t.Fatalf("storylines as placed: %v", line)
	}

	similar := func() []string {
		t.Helper()
		list, err := s.SimilarStories(ctx, summit1, 5)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, st := range list {
			ids = append(ids, st.ID)
		}
		return ids
	}
	if ids := similar(); slices.Contains(ids, summit2) || slices.Contains(ids, summit1) {
		t.Errorf("stories like the first summit: %v; its own storyline's are left out", ids)
	}

	// The first summit, which names the storyline, out of it: the second
	// keeps a storyline named after itself.
	res, err := pipeline.Unlink(ctx, s, []string{summit1, "no-such-story"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Stories, []string{summit1}) || len(res.Errors) != 1 {
		t.Errorf("unlink: %+v", res)
	}
	for _, when := range []string{"after the unlink", "read again"} {
		if when == "read again" {
			if _, _, err := pipeline.Reanalyze(ctx, s, nil); err != nil {
				t.Fatal(err)
			}
		}
		_, line = lines()
		if line["summit1-a"] != summit1 || line["summit1-b"] != summit1 || line["summit2-a"] != summit2 {
			t.Errorf("storylines %s: %v", when, line)
		}
	}
	if ids := similar(); len(ids) == 0 || ids[0] != summit2 {
		t.Errorf("stories like the first summit, out of its storyline: %v, want %s first", ids, summit2)
	}
	if _, err := s.SimilarStories(ctx, "no-such-story", 5); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("stories like no story: %v", err)
	}
	res, err = pipeline.Unlink(ctx, s, []string{summit2})
	if err != nil || len(res.Stories) != 0 || !strings.Contains(errorOf(res.Errors, summit2), "only story") {
		t.Errorf("unlinking a story alone in its storyline: %+v, %v", res, err)
	}

	// The second summit linked to the trial, then the first to it: the
	// three storylines are one, named after the trial's.
	res, err = pipeline.Link(ctx, s, []string{summit2}, verdict)
	if err != nil {
		t.Fatal(err)
	}
	trial := line["verdict-a"]
	if res.Storyline != trial || !slices.Equal(res.Stories, []string{summit2}) {
		t.Errorf("link: %+v, want storyline %s", res, trial)
	}
	res, err = pipeline.Link(ctx, s, []string{summit1, verdict, "no-such-story"}, summit2)
	if err != nil {
		t.Fatal(err)
	}
	if res.Storyline != trial || !slices.Equal(res.Stories, []string{summit1}) || len(res.Errors) != 2 ||
		!strings.Contains(errorOf(res.Errors, verdict), "already") {
		t.Errorf("second link: %+v", res)
	}
	want := map[string]string{"summit1-a": trial, "summit2-a": trial, "verdict-a": trial, "sentence-a": trial}
	check := func(when string) {
		t.Helper()
		_, line := lines()
		for id, l := range want {
			if line[id] != l {
				t.Errorf("%s: %s is in storyline %q, want %q", when, id, line[id], l)
			}
		}
		if line["launch1-a"] == trial {
			t.Errorf("%s: the launches joined the storyline", when)
		}
		if err := s.Check(ctx); err != nil {
			t.Errorf("the store %s: %v", when, err)
		}
	}
	check("after the links")
	if _, _, err := pipeline.Reanalyze(ctx, s, nil); err != nil {
		t.Fatal(err)
	}
	check("read again")

	// A story to link to that is not stored fails the whole link.
	if _, err := pipeline.Link(ctx, s, []string{summit1}, "no-such-story"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("link to no story: %v, want not found", err)
	}

	edits, err := s.Edits(ctx, summit1)
	if err != nil {
		t.Fatal(err)
	}
	var did []string
	for _, e := range edits {
		did = append(did, e.Action+" "+e.From+">"+e.To)
	}
	if w := []string{"unlink " + summit1 + ">" + summit2, "link " + summit1 + ">" + summit2}; !slices.Equal(did, w) {
		t.Errorf("edits of %s: %q, want %q", summit1, did, w)
	}
}
