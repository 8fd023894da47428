package main

import (
	"context"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// runReanalyze reads stored articles again with this version's analysis
// and composes the stories again: for a store kept across upgrades.
func runReanalyze(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("reanalyze", stderr)
	db := dbFlag(fs)
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: reanalyze takes no arguments", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	bar := newProgress(stderr)
	var progress func(articles, stories int)
	if bar != nil {
		progress = bar.reanalysed
	}
	articles, stories, err := pipeline.Reanalyze(ctx, s, progress)
	bar.finish()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d articles read again, %d stories rebuilt (%s)\n", articles, stories, store.Redact(*db))
	return nil
}

// warnStale tells the user when the store's articles were read, or its
// stories composed, by another version of crosscheck than this one, and
// reports whether they were.
func warnStale(ctx context.Context, s *store.DB, stderr io.Writer) bool {
	stale, err := pipeline.Stale(ctx, s)
	if err == nil && stale {
		fmt.Fprintln(stderr, "crosscheck: this store was made by another version of crosscheck; run 'crosscheck reanalyze' to bring its articles and stories up to this one")
	}
	return stale
}
