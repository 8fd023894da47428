package main

import (
	"context"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// runIngest adds the inputs' articles to the store and updates its stories.
func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ingest", stderr)
	db := dbFlag(fs)
	in := newInputFlags(fs)
	commitEvery := fs.Int("commit-every", pipeline.ChunkSize*pipeline.CommitChunks,
		"articles per transaction: an interrupted ingest keeps what was committed, and a larger one is faster")
	paths, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: name files, directories or - (stdin)", errUsage)
	}
	s, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	opt := pipeline.Options{MaxBytes: *in.maxSize, Stdin: stdin, Log: logger(stderr), Fetch: in.fetcher(ctx),
		ChunkSize: min(pipeline.ChunkSize, max(1, *commitEvery)), CountOnly: true}
	opt.CommitChunks = max(1, *commitEvery/opt.ChunkSize)
	bar := newProgress(stderr)
	if bar != nil {
		opt.Log, opt.Progress = logger(bar), bar.update
	}
	res, err := pipeline.Ingest(ctx, s, paths, opt)
	bar.finish()
	if err != nil {
		return err
	}
	// Stories left to compose by processes that stopped first, too.
	if err := pipeline.Settle(ctx, s, 0, opt.Log); err != nil {
		return err
	}
	var edits string // an export's editors' edits
	switch {
	case res.Edits == 1:
		edits = ", 1 edit made again"
	case res.Edits > 1:
		edits = fmt.Sprintf(", %d edits made again", res.Edits)
	}
	var updated string // stored articles given again with other text
	if len(res.Updated) > 0 {
		updated = fmt.Sprintf(", %d updated", len(res.Updated))
	}
	fmt.Fprintf(stdout, "%d added%s, %d already stored, %d not read%s (%s)\n", res.New, updated, res.Duplicates, len(res.Errors), edits, store.Redact(*db))
	warnStale(ctx, s, stderr)
	if res.New == 0 && len(res.Updated) == 0 && res.Duplicates == 0 && len(res.Errors) > 0 {
		return fmt.Errorf("no article could be read")
	}
	return nil
}
