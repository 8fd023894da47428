package pipeline

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/sample"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

var quiet = slog.New(slog.DiscardHandler)

// oneStory is a store of one article's story, and the story's ID.
func oneStory(t *testing.T, dsn string) (*store.DB, string) {
	t.Helper()
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	doc := extract.Doc{ID: "a", Source: "a.txt", Title: "Flood in Pellham",
		Text: "Twelve people died when the River Wend flooded Pellham on Sunday night, officials said."}
	if _, err := IngestDocs(ctx, s, []extract.Doc{doc}, Options{}); err != nil {
		t.Fatal(err)
	}
	ids, err := s.StoryIDs(ctx)
	if err != nil || len(ids) != 1 {
		t.Fatal(ids, err)
	}
	return s, ids[0]
}

// A story composed outside the lock is not stored when another placement
// marked it again meanwhile (its composition lacks that placement's
// articles), and is stored in the storyline it is in by then.
func TestRefreshMarkedAgain(t *testing.T) { storetest.Each(t, testRefreshMarkedAgain) }

func testRefreshMarkedAgain(t *testing.T, dsn string) {
	ctx := context.Background()
	s, id := oneStory(t, dsn)
	update := func(fn func(tx *store.Tx) error) {
		t.Helper()
		if err := s.Update(ctx, fn); err != nil {
			t.Fatal(err)
		}
	}
	mark := func(tx *store.Tx) error { return tx.MarkPending(store.Pending{Story: id, Line: id}) }
	update(mark)
	c, err := composeMarked(ctx, s, []string{id})
	if err != nil || len(c.stories) != 1 {
		t.Fatal(c.stories, err)
	}
	// Another process places an article in the story and marks it again.
	update(func(tx *store.Tx) error {
		b := store.Record{Article: model.Article{ID: "b", Hash: "hb", Source: "b.txt", Paragraphs: []string{"The Wend rose."}}, Story: id, Analysis: []byte(`{}`)}
		if err := tx.PutArticles(b); err != nil {
			return err
		}
		return mark(tx)
	})
	if err := c.store(ctx, s, quiet); err != nil {
		t.Fatal(err)
	}
	if m, err := s.Pending(ctx, []string{id}); m[id].Gen != c.marks[id].Gen+1 || err != nil {
		t.Fatalf("marks after a composition from before the last mark: %v %v; want the last kept", m, err)
	}
	if err := refresh(ctx, s, []string{id}, quiet); err != nil {
		t.Fatal(err)
	}
	st, err := s.Story(ctx, id)
	if err != nil || len(st.Articles) != 2 {
		t.Fatalf("story %v, %v: want articles a and b", st.Articles, err)
	}
	// Linked to another storyline while it was composed.
	update(mark)
	if c, err = composeMarked(ctx, s, []string{id}); err != nil {
		t.Fatal(err)
	}
	update(func(tx *store.Tx) error { return tx.SetStoryline(id, "elsewhere") })
	if err := c.store(ctx, s, quiet); err != nil {
		t.Fatal(err)
	}
	if st, err = s.Story(ctx, id); st.Storyline != "elsewhere" || err != nil {
		t.Errorf("storyline %q, %v; want elsewhere", st.Storyline, err)
	}
	if m, err := s.PendingStories(ctx, time.Time{}); len(m) != 0 || err != nil {
		t.Errorf("stories left marked: %v %v", m, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}

// Stories marked by a process that stopped before composing them are
// composed by the next that settles: after a while by any, at once by a
// command that must leave every story whole.
func TestSettle(t *testing.T) { storetest.Each(t, testSettle) }

func testSettle(t *testing.T, dsn string) {
	ctx := context.Background()
	s, id := oneStory(t, dsn)
	// A placement committed by a process killed before it composed.
	err := s.Update(ctx, func(tx *store.Tx) error {
		b := store.Record{Article: model.Article{ID: "b", Hash: "hb", Source: "b.txt", Paragraphs: []string{"The Wend rose."}}, Story: id, Analysis: []byte(`{}`)}
		if err := tx.PutArticles(b); err != nil {
			return err
		}
		return tx.MarkPending(store.Pending{Story: id, Line: id})
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		age  time.Duration
		want int // articles in the stored story
	}{
		{Abandoned, 1}, // marked just now: its process may be composing it
		{0, 2},
	} {
		if err := Settle(ctx, s, tc.age, quiet); err != nil {
			t.Fatal(err)
		}
		st, err := s.Story(ctx, id)
		if len(st.Articles) != tc.want || err != nil {
			t.Errorf("after Settle(%v): story of %v, %v; want %d articles", tc.age, st.Articles, err, tc.want)
		}
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}

// Writers placing articles, one to a transaction, while an editor links
// and unlinks stories, leave every story composed, listing its articles,
// in the storyline the clustering state gives it.
func TestConcurrentEdits(t *testing.T) { storetest.Each(t, testConcurrentEdits) }

func testConcurrentEdits(t *testing.T, dsn string) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "sample")
	if err := sample.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	var docs []extract.Doc
	r := ingest.Reader{
		Doc:  func(d extract.Doc) { docs = append(docs, d) },
		Fail: func(source string, err error) { t.Fatalf("%s: %v", source, err) },
	}
	r.Read([]string{dir, filepath.Join("testdata", "related-events.jsonl")})
	s := storetest.Open(t, dsn)
	half := len(docs) / 2
	if _, err := IngestDocs(ctx, s, docs[:half], Options{}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for w := range 2 {
		ws := storetest.Open(t, dsn) // a connection pool of its own, as a process has
		var mine []extract.Doc
		for i := half + w; i < len(docs); i += 2 {
			mine = append(mine, docs[i])
		}
		wg.Go(func() {
			if _, err := IngestDocs(ctx, ws, mine, Options{ChunkSize: 1, CommitChunks: 1}); err != nil {
				t.Errorf("writer %d: %v", w, err)
			}
		})
	}
	es := storetest.Open(t, dsn)
	wg.Go(func() {
		rng := rand.New(rand.NewPCG(1, 2))
		for range 30 {
			ids, err := es.StoryIDs(ctx)
			if err != nil {
				t.Error(err)
				return
			}
			a, b := ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))]
			if rng.IntN(2) == 0 {
				_, err = Link(ctx, es, []string{a}, b)
			} else {
				_, err = Unlink(ctx, es, []string{a})
			}
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				t.Errorf("edit: %v", err)
			}
		}
	})
	wg.Wait()

	if ids, err := s.PendingStories(ctx, time.Time{}); len(ids) > 0 || err != nil {
		t.Errorf("stories left to compose: %v %v", ids, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
	stories, err := s.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	err = withState(ctx, s, func(tx *store.Tx, st *state) error {
		for _, story := range stories {
			line, err := lineOf(tx, &st.Cluster, story.ID)
			if err != nil {
				return err
			}
			if story.Storyline != line {
				t.Errorf("story %s is stored in storyline %s; the clustering state puts it in %s", story.ID, story.Storyline, line)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
