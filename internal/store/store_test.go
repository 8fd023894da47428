package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

func TestRoundTrip(t *testing.T) { storetest.Each(t, testRoundTrip) }

func testRoundTrip(t *testing.T, dsn string) {
	ctx := context.Background()
	path := dsn
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	a := model.Article{ID: "a1", Hash: "h1", Source: "a1.txt", Outlet: "Courier", Author: "Ann Lee", Title: "T", Published: &pub, Paragraphs: []string{"One.", "Two."}}
	err = s.Update(ctx, func(tx *store.Tx) error {
		if err := tx.PutArticle(store.Record{Article: a, Story: "s1", Analysis: []byte(`{"x":1}`)}); err != nil {
			return err
		}
		if err := tx.PutStories(model.Story{ID: "s1", Title: "Story", Articles: []string{"a1"}}); err != nil {
			return err
		}
		_, err := tx.PutState("k", map[string]int{"n": 3})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// A failed update changes nothing.
	boom := errors.New("boom")
	err = s.Update(ctx, func(tx *store.Tx) error {
		tx.PutArticle(store.Record{Article: model.Article{ID: "a2", Hash: "h2"}, Story: "s1", Analysis: []byte(`{}`)})
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	s.Close()

	s, err = store.Open(ctx, path) // reopening runs no migration twice
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	arts, err := s.Articles(ctx)
	if err != nil || len(arts) != 1 || arts[0].Outlet != "Courier" || arts[0].Author != "Ann Lee" || !arts[0].Published.Equal(pub) {
		t.Fatalf("articles = %+v, %v", arts, err)
	}
	st, err := s.Story(ctx, "s1")
	if err != nil || st.Title != "Story" {
		t.Fatalf("story = %+v, %v", st, err)
	}
	if _, err := s.Story(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing story: %v", err)
	}
	err = s.Update(ctx, func(tx *store.Tx) error {
		var state map[string]int
		if err := tx.State("k", &state); err != nil || state["n"] != 3 {
			t.Errorf("state = %v, %v", state, err)
		}
		recs, err := tx.StoryRecords("s1")
		if err != nil || len(recs) != 1 || len(recs[0].Article.Paragraphs) != 2 || recs[0].Article.Author != "Ann Lee" || string(recs[0].Analysis) != `{"x":1}` {
			t.Errorf("records = %+v, %v", recs, err)
		}
		// Composing a story reads the analyses without the text.
		recs, err = tx.StoryAnalyses("s1")
		if err != nil || len(recs) != 1 || recs[0].Article.Paragraphs != nil || recs[0].Article.Title != "T" || string(recs[0].Analysis) != `{"x":1}` {
			t.Errorf("analyses = %+v, %v", recs, err)
		}
		hash, ok, err := tx.HashOf("a1")
		if hash != "h1" || !ok || err != nil {
			t.Errorf("HashOf = %q %v %v", hash, ok, err)
		}
		if _, ok, err := tx.HashOf("a9"); ok || err != nil {
			t.Errorf("HashOf a missing article = %v %v", ok, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
