package watch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/fetch"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// Kinds of jobs.
const (
	KindFeed = "feed" // poll the feed whose URL is the key
	KindURL  = "url"  // fetch the page or feed at the key and add its articles
	KindDoc  = "doc"  // add the document that is the payload (an extract.Doc)
)

// DocJob is the job that adds a document read already.
func DocJob(d extract.Doc) (store.Job, error) {
	payload, err := json.Marshal(d)
	if err != nil {
		return store.Job{}, fmt.Errorf("%s: %w", d.Source, err)
	}
	return store.Job{Kind: KindDoc, Key: d.Source, Payload: payload}, nil
}

// Serve runs jobs as they are queued, waiting idle between them, until
// ctx is done: what `crosscheck worker` does.
func (w *Watcher) Serve(ctx context.Context, idle time.Duration) error {
	for {
		n, err := w.Work(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		// Idle: stories a stopped process left to compose are composed
		// by the workers left.
		if err := pipeline.Settle(ctx, w.Store, pipeline.Abandoned, w.log()); err != nil && ctx.Err() == nil {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(idle):
		}
	}
}

// Work runs the jobs that are ready, a batch at a time, until none is
// left, and says how many it ran. Only a store failure is an error; a job
// that fails is recorded as such, to be tried again or not.
func (w *Watcher) Work(ctx context.Context) (int, error) {
	batch, lease := w.Batch, w.Lease
	if batch <= 0 {
		batch = 256
	}
	if lease <= 0 {
		lease = 10 * time.Minute
	}
	total := 0
	for ctx.Err() == nil {
		jobs, err := w.Store.ClaimJobs(ctx, batch, lease)
		if err != nil || len(jobs) == 0 {
			return total, err
		}
		results := w.run(ctx, jobs)
		if ctx.Err() != nil {
			// Give back what was not finished: the next worker need not
			// wait for the lease to end.
			for i := range results {
				results[i].Release = !results[i].done
			}
		}
		out := make([]store.JobResult, len(results))
		for i, r := range results {
			out[i] = r.JobResult
		}
		if err := w.Store.FinishJobs(context.WithoutCancel(ctx), out); err != nil {
			return total, err
		}
		total += len(jobs)
	}
	return total, nil
}

type result struct {
	store.JobResult
	done bool // ended; not to be given back
}

// run runs a batch of claimed jobs: the feed polls in groups (see Poll),
// and the documents of the others, pages fetched from several hosts at
// once, added together.
func (w *Watcher) run(ctx context.Context, jobs []store.Job) []result {
	log := w.log()
	results := make([]result, len(jobs))
	read := make([][]extract.Doc, len(jobs)) // each job's documents
	var pages []int                          // the jobs that fetch a page
	var feeds map[string]store.Feed
	var polls []store.Feed // polled together, after the rest are read
	var pollJobs []int
	for i, j := range jobs {
		r := &results[i]
		r.ID = j.ID
		switch j.Kind {
		case KindFeed:
			if feeds == nil {
				list, err := w.Store.Feeds(ctx)
				if err != nil {
					r.Err, r.Retry = err, true
					continue
				}
				feeds = map[string]store.Feed{}
				for _, f := range list {
					feeds[f.URL] = f
				}
			}
			f, ok := feeds[j.Key]
			if !ok {
				r.done = true // removed since it was queued
				continue
			}
			polls = append(polls, f)
			pollJobs = append(pollJobs, i)
		case KindURL:
			pages = append(pages, i)
		case KindDoc:
			var d extract.Doc
			if err := json.Unmarshal(j.Payload, &d); err != nil {
				r.Err = fmt.Errorf("job %d: %w", j.ID, err)
				continue
			}
			read[i] = []extract.Doc{d}
		default:
			r.Err = fmt.Errorf("job %d: unknown kind %q", j.ID, j.Kind)
		}
	}
	fetch.ByHost(len(pages), func(k int) string { return jobs[pages[k]].Key }, func(k int) {
		i := pages[k]
		r := &results[i]
		reader := ingest.Reader{
			MaxBytes: w.Ingest.MaxBytes,
			Fetch:    w.fetch(ctx),
			Doc:      func(d extract.Doc) { read[i] = append(read[i], d) },
			// A page that does not answer now may later.
			Fail: func(_ string, err error) { r.Err, r.Retry = err, true },
		}
		reader.Read([]string{jobs[i].Key})
	})
	for k, err := range w.Poll(ctx, polls) {
		r := &results[pollJobs[k]]
		if err != nil {
			r.Err, r.Retry = err, true
		}
		r.done = ctx.Err() == nil
	}
	var docs []extract.Doc
	owners := map[string][]int{} // a document's source → its jobs
	for i, ds := range read {
		for _, d := range ds {
			docs = append(docs, d)
			owners[d.Source] = append(owners[d.Source], i)
		}
	}
	if len(docs) == 0 || ctx.Err() != nil {
		return results
	}
	opt := w.Ingest
	// One transaction per batch, prepared before it takes the lock.
	opt.CommitChunks, opt.PrepareFirst = 1<<30, true
	res, err := pipeline.IngestDocs(ctx, w.Store, docs, opt)
	if err != nil {
		if ctx.Err() == nil {
			for _, idx := range owners {
				for _, i := range idx {
					results[i].Err, results[i].Retry = err, true
				}
			}
		}
		return results
	}
	for _, e := range res.Errors { // a document with no article: for good
		for _, i := range owners[e.Source] {
			results[i].Err, results[i].Retry = errors.New(e.Error), false
		}
	}
	for _, idx := range owners {
		for _, i := range idx {
			results[i].done = true
		}
	}
	log.Info("jobs run", "jobs", len(jobs), "added", res.New, "updated", len(res.Updated), "already_stored", res.Duplicates, "failed", len(res.Errors))
	return results
}
