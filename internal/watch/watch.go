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

// pollTogether is how many feeds are polled together: their pages fetched side
// by side and their articles added in one transaction, so that a story
// many feeds carry is rebuilt once a group, not once a feed. It bounds the
// pages held at once (two groups': one fetched, one stored).
var pollTogether = 16

// A poll is one feed's: the feed and its new items' pages read, then, once
// their articles are stored, the items marked as taken.
type poll struct {
	feed      store.Feed
	start     time.Time
	parsed    feed.Feed
	err       error // the feed could not be read
	storeErr  error // the store could not say which items are new
	unchanged bool
	// The feed's answer's validators.
	etag, lastModified string
	items              []feed.Item // the new ones, oldest first
	sources            []string    // each one's document source
	docs               [][]extract.Doc
	failed             []error
}

// Poll polls feeds, a group at a time, and gives for each the store's
// failure, if any. A feed that cannot be read is no failure here: that is
// recorded as the feed's error. A group's feeds and pages are fetched while
// the group before it is stored: the waits on hosts and the analysis
// overlap, and groups are stored in order.
func (w *Watcher) Poll(ctx context.Context, feeds []store.Feed) []error {
	errs := make([]error, len(feeds))
	var stored chan struct{} // closed when the group before is stored
	for start := 0; start < len(feeds) && ctx.Err() == nil; start += pollTogether {
		polls := w.fetchGroup(ctx, feeds[start:min(len(feeds), start+pollTogether)])
		if stored != nil {
			<-stored
		}
		stored = make(chan struct{})
		go func(done chan struct{}) {
			defer close(done)
			copy(errs[start:], w.storeGroup(ctx, polls))
		}(stored)
	}
	if stored != nil {
		<-stored
	}
	return errs
}

// fetchGroup reads a group's feeds, and the pages of their new items.
func (w *Watcher) fetchGroup(ctx context.Context, feeds []store.Feed) []poll {
	polls := make([]poll, len(feeds))
	fetch.ByHost(len(polls), func(i int) string { return feeds[i].URL }, func(i int) {
		polls[i].feed = feeds[i]
		w.readFeed(ctx, &polls[i])
	})
	type page struct{ poll, item int }
	var pages []page
	for pi := range polls {
		for i := range polls[pi].items {
			pages = append(pages, page{pi, i})
		}
	}
	fetch.ByHost(len(pages), func(k int) string { return polls[pages[k].poll].items[pages[k].item].Link }, func(k int) {
		p, i := &polls[pages[k].poll], pages[k].item
		r := ingest.Reader{
			MaxBytes: w.Ingest.MaxBytes,
			Fetch:    w.fetch(ctx),
			Doc:      func(d extract.Doc) { p.docs[i] = append(p.docs[i], d) },
			Fail:     func(_ string, err error) { p.failed[i] = err },
		}
		p.sources[i] = r.Item(p.items[i])
	})
	return polls
}

// storeGroup stores a group's articles in one ingest and then records each
// feed's poll.
func (w *Watcher) storeGroup(ctx context.Context, polls []poll) []error {
	errs := make([]error, len(polls))
	if ctx.Err() != nil {
		return errs // pages cut short by the interrupt are not failures: the polls are done again
	}
	var docs []extract.Doc
	for _, p := range polls {
		for _, d := range p.docs {
			docs = append(docs, d...)
		}
	}
	var res pipeline.Result
	var err error
	if len(docs) > 0 {
		res, err = pipeline.IngestDocs(ctx, w.Store, docs, w.Ingest)
		if ctx.Err() != nil {
			return errs
		}
		w.log().Info("feeds' articles stored", "feeds", len(polls), "articles", len(docs), "added", res.New, "updated", len(res.Updated), "already_stored", res.Duplicates, "failed", len(res.Errors))
	}
	failed := map[string]error{} // by the document's source
	for _, e := range res.Errors {
		failed[e.Source] = errors.New(e.Error)
	}
	// The articles are stored: record so even if interrupted now.
	ctx = context.WithoutCancel(ctx)
	for i := range polls {
		p := &polls[i]
		switch {
		case p.storeErr != nil:
			errs[i] = p.storeErr
		case err != nil && len(p.items) > 0:
			errs[i] = fmt.Errorf("feed %s: %w", p.feed.URL, err)
		default:
			errs[i] = w.record(ctx, p, failed)
		}
	}
	return errs
}

// fetch is what an ingest.Reader fetches pages with.
func (w *Watcher) fetch(ctx context.Context) func(string) ([]byte, string, string, error) {
	return func(u string) ([]byte, string, string, error) {
		// An item's page is fetched whole, even when fetched before: an
		// item is taken again because its feed dates an update, and a
		// page unchanged all the same reads as already stored, where an
		// answer of "not modified" would read as a page with nothing on it.
		w.Fetcher.Remember(u, "", "")
		p, err := w.Fetcher.Get(ctx, u)
		return p.Body, p.ContentType, p.URL, err
	}
}

// readFeed fetches a feed and finds its new items.
func (w *Watcher) readFeed(ctx context.Context, p *poll) {
	p.start = time.Now()
	// The store's validators: the last poll may have been another
	// process's.
	w.Fetcher.Remember(p.feed.URL, p.feed.ETag, p.feed.LastModified)
	page, err := w.Fetcher.Get(ctx, p.feed.URL)
	switch {
	case err != nil:
		p.err = err
		return
	case page.NotModified:
		p.unchanged = true
		return
	}
	if p.parsed, p.err = feed.Parse(page.Body, page.URL); p.err != nil {
		return
	}
	p.etag, p.lastModified = page.ETag, page.LastModified
	items := make(map[string]string, len(p.parsed.Items))
	for _, it := range p.parsed.Items {
		items[it.ID] = updated(it)
	}
	pending, updated, err := w.Store.PendingItems(ctx, p.feed.URL, items)
	if err != nil {
		p.storeErr = err
		return
	}
	// A feed that dates most of the items it listed before anew at each
	// poll (its own build time, not theirs) says nothing of their updates:
	// taking them again would fetch every page at every poll.
	if taken := len(items) - len(pending) + len(updated); len(updated) >= 5 && 2*len(updated) > taken {
		w.log().Info("feed dates its items anew: updates not taken", "feed", p.feed.URL, "items", taken)
		for id := range updated {
			delete(pending, id)
		}
	}
	for _, it := range p.parsed.Items {
		if pending[it.ID] {
			p.items = append(p.items, it)
			delete(pending, it.ID) // an ID listed twice is taken once
		}
	}
	slices.Reverse(p.items) // feeds list the newest first; stories read better grown in order
	p.sources = make([]string, len(p.items))
	p.docs = make([][]extract.Doc, len(p.items))
	p.failed = make([]error, len(p.items))
}

// updated is when the feed says an item last changed, as the store keeps
// it: an item taken and then listed with a later date is taken again, and
// its article, read again, updates the one stored.
func updated(it feed.Item) string {
	if it.Updated == nil {
		return ""
	}
	return it.Updated.UTC().Format(time.RFC3339)
}

// record marks a poll's items as taken, with the failures of those whose
// article could not be had, and the feed as checked.
func (w *Watcher) record(ctx context.Context, p *poll, failed map[string]error) error {
	log := w.log()
	check := store.FeedCheck{URL: p.feed.URL, At: p.start, ETag: p.feed.ETag, LastModified: p.feed.LastModified}
	if p.err != nil {
		log.Warn("feed not read", "feed", p.feed.URL, "error", p.err)
		check.Err = p.err
		return w.Store.FeedChecked(ctx, check)
	}
	if p.unchanged {
		log.Info("feed unchanged", "feed", p.feed.URL)
		return w.Store.FeedChecked(ctx, check)
	}
	marks := make([]store.ItemResult, len(p.items))
	nfailed := 0
	for i, it := range p.items {
		err := p.failed[i]
		if err != nil {
			log.Warn("item not read", "feed", p.feed.URL, "item", p.sources[i], "error", err)
		} else {
			err = failed[p.sources[i]] // the ingest has said why, naming the item
		}
		marks[i] = store.ItemResult{ID: it.ID, Link: it.Link, Updated: updated(it), Err: err}
		if err != nil {
			nfailed++
		}
	}
	if err := w.Store.MarkItems(ctx, p.feed.URL, marks); err != nil {
		return err
	}
	log.Info("feed read", "feed", p.feed.URL, "items", len(p.parsed.Items), "new", len(p.items), "failed", nfailed,
		"took", time.Since(p.start).Round(time.Millisecond))
	check.Title, check.ETag, check.LastModified = p.parsed.Title, p.etag, p.lastModified
	if nfailed > 0 {
		// The next poll reads the feed whole, to try them again.
		check.ETag, check.LastModified = "", ""
	}
	return w.Store.FeedChecked(ctx, check)
}
