package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

func TestFeeds(t *testing.T) { storetest.Each(t, testFeeds) }

func testFeeds(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	const u = "https://wire.example/rss"
	for i, want := range []bool{true, false} {
		if added, err := s.AddFeed(ctx, store.Feed{URL: u, Interval: 10 * time.Minute}); err != nil || added != want {
			t.Fatalf("add %d: %v, %v; want %v", i, added, err, want)
		}
	}
	feeds, err := s.Feeds(ctx)
	if err != nil || len(feeds) != 1 || feeds[0].Interval != 10*time.Minute || feeds[0].Checked != nil || !feeds[0].Due(time.Now()) {
		t.Fatalf("feeds %+v, %v", feeds, err)
	}

	at := time.Now()
	if err := s.FeedChecked(ctx, store.FeedCheck{URL: u, Title: "Harbour Wire", At: at, ETag: `"v1"`}); err != nil {
		t.Fatal(err)
	}
	feeds, _ = s.Feeds(ctx)
	if f := feeds[0]; f.ETag != `"v1"` || f.LastModified != "" {
		t.Fatalf("validators not kept: %+v", f)
	}
	if err := s.FeedChecked(ctx, store.FeedCheck{URL: u, At: at, Err: errors.New("503"), LastModified: "Tue, 03 Mar 2026 09:30:00 GMT"}); err != nil {
		t.Fatal(err)
	}
	feeds, _ = s.Feeds(ctx)
	if f := feeds[0]; f.Title != "Harbour Wire" || f.LastError != "503" || f.Checked == nil || f.Due(at) || !f.Due(at.Add(10*time.Minute)) ||
		f.ETag != "" || f.LastModified != "Tue, 03 Mar 2026 09:30:00 GMT" {
		t.Fatalf("after check: %+v", f)
	}

	// An item that failed is tried again, up to store.ItemTries times.
	ids := map[string]string{"a": "", "b": "", "c": ""}
	boom := errors.New("404")
	for try := 1; try <= store.ItemTries; try++ {
		pending, _, err := s.PendingItems(ctx, u, ids)
		if err != nil {
			t.Fatal(err)
		}
		want := map[int]int{1: 3, 2: 1, 3: 1}[try]
		if len(pending) != want {
			t.Fatalf("try %d: pending %v, want %d", try, pending, want)
		}
		if err := s.MarkItems(ctx, u, []store.ItemResult{{ID: "a", Link: "x"}, {ID: "b", Link: "y"}, {ID: "c", Err: boom}}); err != nil {
			t.Fatal(err)
		}
	}
	if pending, _, _ := s.PendingItems(ctx, u, ids); len(pending) != 0 {
		t.Errorf("after %d tries still pending: %v", store.ItemTries, pending)
	}
	feeds, _ = s.Feeds(ctx)
	if feeds[0].Items != 2 {
		t.Errorf("items %d, want 2", feeds[0].Items)
	}

	// An item taken is taken again when the feed dates an update after
	// the one it had when taken, once.
	later := map[string]string{"a": "2026-03-03T12:00:00Z", "b": ""}
	if pending, updated, _ := s.PendingItems(ctx, u, later); len(pending) != 1 || !pending["a"] || len(updated) != 1 || !updated["a"] {
		t.Errorf("an updated item: pending %v, updated %v, want a", pending, updated)
	}
	if err := s.MarkItems(ctx, u, []store.ItemResult{{ID: "a", Link: "x", Updated: later["a"]}}); err != nil {
		t.Fatal(err)
	}
	for _, date := range []string{later["a"], "2026-03-03T11:00:00Z", ""} {
		if pending, _, _ := s.PendingItems(ctx, u, map[string]string{"a": date}); len(pending) != 0 {
			t.Errorf("an item taken at its update, dated %q: pending %v", date, pending)
		}
	}

	if err := s.RemoveFeed(ctx, u); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, u); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("second remove: %v", err)
	}
	// Its items go with it: added again, everything is new.
	s.AddFeed(ctx, store.Feed{URL: u, Interval: time.Minute})
	if pending, _, _ := s.PendingItems(ctx, u, ids); len(pending) != 3 {
		t.Errorf("after remove and add: pending %v", pending)
	}
}
