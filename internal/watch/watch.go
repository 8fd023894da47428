// Package watch polls the stored feeds and adds their new items' articles
// to the store, so that stories grow as the news comes in.
//
// An item is marked as taken only after its article is stored, in a later
// transaction: an interrupt at any point leaves items untaken, and taking
// them again finds their articles already stored. Nothing is lost and
// nothing is stored twice.
package watch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/feed"
	"github.com/crosscheck-news/crosscheck/internal/fetch"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// Watcher polls feeds. Store and Fetcher are required.
type Watcher struct {
	Store   *store.DB
	Fetcher *fetch.Fetcher
	Log     *slog.Logger     // discarded when nil
	Ingest  pipeline.Options // for each feed's new articles
	// Relist is the longest time between two readings of the feed list,
	// so that feeds added while watching are picked up; 30 s when zero.
	Relist time.Duration
}

// Run polls each feed when it is due, until ctx is done; an interrupt is
// a normal end, not an error.
func (w *Watcher) Run(ctx context.Context) error {
	for {
		next, err := w.Once(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(max(time.Until(next), 10*time.Millisecond)):
		}
	}
}

// Once polls the feeds that are due and says when the next one will be.
// Only a store failure is an error: a feed that cannot be read is logged
// and recorded on the feed.
func (w *Watcher) Once(ctx context.Context) (next time.Time, err error) {
	feeds, err := w.Store.Feeds(ctx)
	if err != nil {
		return time.Time{}, err
	}
	relist := w.Relist
	if relist <= 0 {
		relist = 30 * time.Second
	}
	next = time.Now().Add(relist)
	for _, f := range feeds {
		if f.Due(time.Now()) {
			checked := time.Now()
			if err := w.Poll(ctx, f); err != nil {
				return next, err
			}
			f.Checked = &checked
		}
		if at := f.Checked.Add(f.Interval); at.Before(next) {
			next = at
		}
	}
	return next, nil
}

// Poll fetches one feed and adds the articles of its new items.
func (w *Watcher) Poll(ctx context.Context, f store.Feed) error {
	log := w.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	page, err := w.Fetcher.Get(ctx, f.URL)
	if err == nil && !page.NotModified {
		var parsed feed.Feed
		if parsed, err = feed.Parse(page.Body, page.URL); err == nil {
			return w.take(ctx, log, f, parsed, start)
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		log.Warn("feed not read", "feed", f.URL, "error", err)
	} else {
		log.Info("feed unchanged", "feed", f.URL)
	}
	return w.Store.FeedChecked(ctx, f.URL, "", start, err)
}

// take adds the articles of the feed's items not yet taken.
func (w *Watcher) take(ctx context.Context, log *slog.Logger, f store.Feed, parsed feed.Feed, start time.Time) error {
	ids := make([]string, len(parsed.Items))
	for i, it := range parsed.Items {
		ids[i] = it.ID
	}
	pending, err := w.Store.PendingItems(ctx, f.URL, ids)
	if err != nil {
		return err
	}
	var items []feed.Item
	for _, it := range parsed.Items {
		if pending[it.ID] {
			items = append(items, it)
			delete(pending, it.ID) // an ID listed twice is taken once
		}
	}
	slices.Reverse(items) // feeds list the newest first; stories read better grown in order

	var docs []extract.Doc
	failed := map[string]error{} // by the item's source
	r := ingest.Reader{
		MaxBytes: w.Ingest.MaxBytes,
		Fetch: func(u string) ([]byte, string, string, error) {
			p, err := w.Fetcher.Get(ctx, u)
			return p.Body, p.ContentType, p.URL, err
		},
		Doc:  func(d extract.Doc) { docs = append(docs, d) },
		Fail: func(source string, err error) { failed[source] = err },
	}
	sources := make([]string, len(items))
	for i, it := range items {
		sources[i] = r.Item(it)
	}
	if ctx.Err() != nil {
		return ctx.Err() // pages cut short by the interrupt are not failures
	}
	res, err := pipeline.IngestDocs(ctx, w.Store, docs, w.Ingest)
	if err != nil {
		return fmt.Errorf("feed %s: %w", f.URL, err)
	}
	// The articles are stored: record so even if interrupted now.
	ctx = context.WithoutCancel(ctx)
	for _, e := range res.Errors {
		failed[e.Source] = errors.New(e.Error)
	}
	marks := make([]store.ItemResult, len(items))
	nfailed := 0
	for i, it := range items {
		marks[i] = store.ItemResult{ID: it.ID, Link: it.Link, Err: failed[sources[i]]}
		if err := marks[i].Err; err != nil {
			nfailed++
			log.Warn("item not read", "feed", f.URL, "item", sources[i], "error", err)
		}
	}
	if err := w.Store.MarkItems(ctx, f.URL, marks); err != nil {
		return err
	}
	log.Info("feed read", "feed", f.URL, "items", len(parsed.Items), "new", len(items),
		"added", len(res.Added), "already_stored", res.Duplicates, "failed", nfailed,
		"took", time.Since(start).Round(time.Millisecond))
	return w.Store.FeedChecked(ctx, f.URL, parsed.Title, start, nil)
}
