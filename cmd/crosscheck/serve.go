package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/sample"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/web"
)

// runServe serves the store as web pages and a JSON API until interrupted.
func runServe(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on")
	useSample := fs.Bool("sample", false, "serve the built-in sample corpus (in a throw-away store unless --db is given)")
	in := newInputFlags(fs)
	if rest, err := parseArgs(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return fmt.Errorf("%w: serve takes no arguments", errUsage)
	}
	dbGiven := false
	fs.Visit(func(f *flag.Flag) { dbGiven = dbGiven || f.Name == "db" })
	path := *db
	if *useSample && !dbGiven && os.Getenv("CROSSCHECK_DB") == "" {
		tmp, err := os.MkdirTemp("", "crosscheck-serve-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		path = filepath.Join(tmp, "sample.db")
	}
	s, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	log := logger(stderr)
	if *useSample {
		if err := loadSample(ctx, s, log); err != nil {
			return err
		}
	}
	stale := warnStale(ctx, s, stderr)

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	loopback := isLoopback(ln.Addr())
	token := os.Getenv("CROSSCHECK_TOKEN")
	srv := &http.Server{
		Handler: web.New(web.Config{Store: s, Token: token, Loopback: loopback, Fetch: in.fetcher(ctx),
			MaxBody: *in.maxSize, Log: log, Stale: stale}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      2 * time.Minute, // an ingest of a feed fetches its pages
		IdleTimeout:       2 * time.Minute,
	}
	stories, _, err := s.ListStories(ctx, store.StoryQuery{Limit: 1})
	if err != nil {
		return err
	}
	writes := "writes need CROSSCHECK_TOKEN"
	switch {
	case token == "" && loopback:
		writes = "writes open to this machine"
	case token == "":
		writes = "writes off (set CROSSCHECK_TOKEN)"
	}
	fmt.Fprintf(stdout, "crosscheck: serving %s at http://%s/ (%s; Ctrl-C stops)\n", storeDesc(path, len(stories) > 0), ln.Addr(), writes)
	if token != "" || loopback {
		// The clustering state is read now, not at the first write, and
		// stories a stopped process left to compose are composed.
		go func() {
			if err := pipeline.Warm(ctx, s); err != nil && ctx.Err() == nil {
				log.Warn("read the clustering state", "error", err)
			}
			if err := pipeline.Settle(ctx, s, 0, log); err != nil && ctx.Err() == nil {
				log.Warn("compose stories left to compose", "error", err)
			}
		}()
	}

	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func storeDesc(path string, any bool) string {
	if !any {
		return path + " (no stories yet)"
	}
	return path
}

// loadSample ingests the built-in sample corpus; articles already there are skipped.
func loadSample(ctx context.Context, s *store.DB, log *slog.Logger) error {
	tmp, err := os.MkdirTemp("", "crosscheck-sample-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := sample.WriteTo(tmp); err != nil {
		return err
	}
	_, err = pipeline.Ingest(ctx, s, []string{tmp}, pipeline.Options{Log: log})
	return err
}

func isLoopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}
