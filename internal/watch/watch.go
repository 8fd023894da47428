// Package watch keeps the store fed. The scheduler queues a poll of each
// feed when it is due; workers, in this process or in others sharing the
// database, take the queued jobs — feed polls, pages to fetch, documents to
// add — and run them (worker.go).
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

// Watcher schedules feed polls and runs jobs. Store and Fetcher are
// required.
type Watcher struct {
	Store   *store.DB
	Fetcher *fetch.Fetcher
	Log     *slog.Logger     // discarded when nil
	Ingest  pipeline.Options // for the articles jobs add
	// Relist is the longest time between two readings of the feed list,
	// so that feeds added while watching are picked up; 30 s when zero.
	Relist time.Duration
	// ScheduleOnly leaves the jobs to worker processes.
	ScheduleOnly bool
	// Batch is how many jobs a worker claims at once (256 when zero), and
	// Lease how long it has to run them before another may (10 min).
	Batch int
	Lease time.Duration
}

// Run schedules each feed's poll when it is due and, unless ScheduleOnly,
// runs the queued jobs, until ctx is done; an interrupt is a normal end,
// not an error.
func (w *Watcher) Run(ctx context.Context) error {
	for {
		next, did, err := w.round(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return err
		}
		wait := time.Until(next)
		if did == 0 {
			// A feed still due was queued already and waits for a
			// worker, or for a retry: look again a little later.
			wait = max(wait, time.Second)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(max(wait, 10*time.Millisecond)):
		}
	}
}

// Once queues the polls of the feeds that are due and, unless
// ScheduleOnly, runs every job that is ready; it says when the next feed
// will be due.
func (w *Watcher) Once(ctx context.Context) (next time.Time, err error) {
	next, _, err = w.round(ctx)
	return next, err
}

func (w *Watcher) round(ctx context.Context) (next time.Time, did int, err error) {
	next, did, err = w.Schedule(ctx)
	if err != nil || w.ScheduleOnly {
		return next, did, err
	}
	n, err := w.Work(ctx)
	return next, did + n, err
}

// Schedule queues a poll of each feed that is due (unless one is queued
// already) and says how many it queued and when the next feed will be due.
func (w *Watcher) Schedule(ctx context.Context) (next time.Time, queued int, err error) {
	feeds, err := w.Store.Feeds(ctx)
	if err != nil {
		return time.Time{}, 0, err
	}
	relist := w.Relist
	if relist <= 0 {
		relist = 30 * time.Second
	}
	now := time.Now()
	next = now.Add(relist)
	var jobs []store.Job
	for _, f := range feeds {
		at := now.Add(f.Interval) // if polled now
		if f.Due(now) {
			jobs = append(jobs, store.Job{Kind: KindFeed, Key: f.URL})
		} else {
			at = f.Checked.Add(f.Interval)
		}
		if at.Before(next) {
			next = at
		}
	}
	if queued, err = w.Store.Enqueue(ctx, jobs); err != nil {
		return next, 0, err
	}
	if queued > 0 {
		w.log().Info("feed polls queued", "feeds", queued)
	}
	return next, queued, nil
}

func (w *Watcher) log() *slog.Logger {
	if w.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return w.Log
}

// Poll fetches one feed and adds the articles of its new items.
func (w *Watcher) Poll(ctx context.Context, f store.Feed) error {
	log := w.log()
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
		"added", res.New, "already_stored", res.Duplicates, "failed", nfailed,
		"took", time.Since(start).Round(time.Millisecond))
	return w.Store.FeedChecked(ctx, f.URL, parsed.Title, start, nil)
}
