package main

import (
	"context"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
)

// runExport writes every stored article, and every editor's edit among
// them, as JSON Lines that ingest reads back (see pipeline.Export).
func runExport(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("export", stderr)
	db := dbFlag(fs)
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: export takes no arguments; it writes the store's articles to standard output", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	return pipeline.Export(ctx, s, stdout)
}
