package store_test

import (
	"context"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

// Marks rise with every placement, follow their stories' storylines, and
// go when the story is composed or leaves the store; the store is whole
// with its pending stories not yet composed.
func TestPending(t *testing.T) {
	storetest.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := storetest.Open(t, dsn)
		update := func(fn func(tx *store.Tx) error) {
			t.Helper()
			if err := s.Update(ctx, fn); err != nil {
				t.Fatal(err)
			}
		}
		marks := func(want map[string]store.Pending) {
			t.Helper()
			got, err := s.Pending(ctx, []string{"a", "b", "c", "d"})
			if err != nil {
				t.Fatal(err)
			}
			if !maps.Equal(got, want) {
				t.Errorf("marks %v, want %v", got, want)
			}
		}
		var recs []store.Record
		for _, a := range []struct{ id, story string }{{"1", "a"}, {"2", "a"}, {"3", "b"}, {"4", "c"}} {
			recs = append(recs, store.Record{Article: model.Article{ID: a.id, Hash: "h" + a.id}, Story: a.story, Analysis: []byte(`{}`)})
		}
		update(func(tx *store.Tx) error {
			if err := tx.PutArticles(recs...); err != nil {
				return err
			}
			return tx.MarkPending(store.Pending{Story: "a", Line: "a"}, store.Pending{Story: "b", Line: "a"}, store.Pending{Story: "c", Line: "c"})
		})
		marks(map[string]store.Pending{"a": {"a", "a", 1}, "b": {"b", "a", 1}, "c": {"c", "c", 1}})
		if err := s.Check(ctx); err != nil {
			t.Errorf("a store with stories not yet composed: %v", err)
		}
		// Marked again, linked and unlinked.
		update(func(tx *store.Tx) error {
			if err := tx.MarkPending(store.Pending{Story: "a", Line: "a"}); err != nil {
				return err
			}
			if err := tx.JoinStorylines("a", "c"); err != nil {
				return err
			}
			return tx.SetStoryline("b", "b")
		})
		marks(map[string]store.Pending{"a": {"a", "c", 2}, "b": {"b", "b", 1}, "c": {"c", "c", 1}})

		for _, tc := range []struct {
			before time.Time
			want   []string
		}{
			{time.Time{}, []string{"a", "b", "c"}},
			{time.Now().Add(-time.Hour), nil},
			{time.Now().Add(time.Hour), []string{"a", "b", "c"}},
		} {
			if got, err := s.PendingStories(ctx, tc.before); !slices.Equal(got, tc.want) || err != nil {
				t.Errorf("PendingStories(%v) = %v, %v; want %v", tc.before, got, err, tc.want)
			}
		}
		// Composed, and merged into another.
		update(func(tx *store.Tx) error {
			if err := tx.PutStories(model.Story{ID: "a", Storyline: "c", Articles: []string{"1", "2"}}); err != nil {
				return err
			}
			return tx.MergeStory("b", "c")
		})
		marks(map[string]store.Pending{"c": {"c", "c", 1}})
		if err := s.Check(ctx); err != nil {
			t.Errorf("a store with a story not yet composed: %v", err)
		}
		update(func(tx *store.Tx) error {
			return tx.PutStories(model.Story{ID: "c", Storyline: "c", Articles: []string{"3", "4"}})
		})
		marks(map[string]store.Pending{})
		if err := s.Check(ctx); err != nil {
			t.Errorf("a whole store: %v", err)
		}
		// Marked again once composed: a generation not seen before, so
		// that a composition from before is not taken for a new one.
		update(func(tx *store.Tx) error { return tx.MarkPending(store.Pending{Story: "c", Line: "c"}) })
		marks(map[string]store.Pending{"c": {"c", "c", 3}})
		update(func(tx *store.Tx) error {
			return tx.PutStories(model.Story{ID: "c", Storyline: "c", Articles: []string{"3", "4"}})
		})
		// A story neither composed nor marked is not whole.
		update(func(tx *store.Tx) error {
			return tx.PutArticles(store.Record{Article: model.Article{ID: "5", Hash: "h5"}, Story: "d", Analysis: []byte(`{}`)})
		})
		if err := s.Check(ctx); err == nil {
			t.Error("Check passes an article in no story")
		}
	})
}
