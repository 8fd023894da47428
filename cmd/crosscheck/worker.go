package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/fetch"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/watch"
)

// runEnqueue queues inputs for workers: files are read now (a worker on
// another machine cannot read them), web addresses are fetched by the
// worker that takes them.
func runEnqueue(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("enqueue", stderr)
	db := dbFlag(fs)
	maxSize := maxSizeFlag(fs)
	paths, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: name files, directories, web addresses or - (stdin)", errUsage)
	}
	s, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	log := logger(stderr)
	var jobs []store.Job
	queued, seen, failed := 0, 0, 0
	flush := func() {
		if err != nil || len(jobs) == 0 {
			return
		}
		var n int
		n, err = s.Enqueue(ctx, jobs)
		queued, seen, jobs = queued+n, seen+len(jobs), jobs[:0]
	}
	add := func(j store.Job) {
		if jobs = append(jobs, j); len(jobs) == 1000 {
			flush()
		}
	}
	var files []string
	for _, p := range paths {
		if strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") {
			add(store.Job{Kind: watch.KindURL, Key: p})
		} else {
			files = append(files, p)
		}
	}
	r := ingest.Reader{MaxBytes: *maxSize, Stdin: stdin,
		Doc: func(d extract.Doc) {
			j, jerr := watch.DocJob(d)
			if jerr != nil {
				failed++
				log.Warn("input not read", "source", d.Source, "error", jerr)
				return
			}
			add(j)
		},
		Fail: func(source string, err error) {
			failed++
			log.Warn("input not read", "source", source, "error", err)
		},
	}
	r.Read(files)
	flush()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d jobs queued, %d queued already, %d inputs not read (%s)\n", queued, seen-queued, failed, store.Redact(*db))
	return nil
}

// runWorker runs queued jobs until interrupted; with --once, until none is
// ready.
func runWorker(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("worker", stderr)
	db := dbFlag(fs)
	in := newInputFlags(fs)
	once := fs.Bool("once", false, "exit when no job is ready")
	batch := fs.Int("batch", 256, "`jobs` to claim at once: more is faster through a backlog, fewer shares feed polls out")
	lease := fs.Duration("lease", 10*time.Minute, "how long a claimed batch is this worker's before another may take it")
	idle := fs.Duration("idle", time.Second, "pause when no job is ready")
	logJSON := fs.Bool("log-json", false, "log JSON lines instead of text")
	if rest, err := parseArgs(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return fmt.Errorf("%w: worker takes no arguments; queue work with 'crosscheck enqueue' or 'crosscheck watch'", errUsage)
	}
	s, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	log := infoLogger(stderr, *logJSON)
	w := newWatcher(s, in, log)
	w.Batch, w.Lease = *batch, *lease
	if *once {
		n, err := w.Work(ctx)
		if err == nil {
			// Stories left to compose by workers that stopped first, too.
			err = pipeline.Settle(ctx, s, 0, log)
		}
		fmt.Fprintf(stdout, "%d jobs run (%s)\n", n, store.Redact(*db))
		return err
	}
	log.Info("working", "db", store.Redact(*db))
	err = w.Serve(ctx, *idle)
	log.Info("stopped")
	return err
}

// runJobs shows the job queue: counts by kind and state, and the dead jobs.
func runJobs(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("jobs", stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("dead", 20, "how many dead jobs to list")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	counts, err := s.JobCounts(ctx)
	if err != nil {
		return err
	}
	dead, err := s.DeadJobs(ctx, *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		if counts == nil {
			counts = []store.JobCount{}
		}
		if dead == nil {
			dead = []store.DeadJob{}
		}
		return json.NewEncoder(stdout).Encode(map[string]any{"counts": counts, "dead": dead})
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tSTATE\tJOBS")
	for _, c := range counts {
		fmt.Fprintf(tw, "%s\t%s\t%d\n", c.Kind, c.State, c.Jobs)
	}
	tw.Flush()
	for _, d := range dead {
		fmt.Fprintf(stdout, "dead %s %s after %d tries: %s\n", d.Kind, d.Key, d.Tries, oneLine(d.Error))
	}
	return nil
}

// newWatcher is the scheduler and job runner of watch and worker.
func newWatcher(s *store.DB, in inputFlags, log *slog.Logger) *watch.Watcher {
	return &watch.Watcher{
		Store:   s,
		Fetcher: fetch.New(fetch.Options{MaxBytes: *in.maxSize, AllowPrivate: *in.allowPrivate}),
		Log:     log,
		Ingest:  pipeline.Options{MaxBytes: *in.maxSize, Log: log},
	}
}

// infoLogger logs at Info and above, as text or JSON lines: for the
// long-running commands.
func infoLogger(w io.Writer, asJSON bool) *slog.Logger {
	opts := &slog.HandlerOptions{Level: slog.LevelInfo}
	if asJSON {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
