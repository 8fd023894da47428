package main

import (
	"context"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// runRemove takes stored articles out of their stories (a retracted
// report, a file added by mistake), or whole stories.
func runRemove(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("remove", stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print what was removed and rebuilt as JSON")
	stories := fs.Bool("story", false, "the IDs are stories': remove every article of each")
	ids, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		return fmt.Errorf("%w: give the IDs of the articles to remove (see 'crosscheck show'), or of stories with --story", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	remove := pipeline.Remove
	if *stories {
		remove = pipeline.RemoveStories
	}
	res, err := remove(ctx, s, ids)
	if err != nil {
		return err
	}
	for _, e := range res.Errors {
		fmt.Fprintf(stderr, "crosscheck remove: %s: %s\n", e.Source, e.Error)
	}
	if *asJSON {
		if err := printJSON(stdout, res); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(stdout, "articles removed: %d; stories rebuilt: %d, removed with their last article: %d (%s)\n",
			len(res.Articles), len(res.Rebuilt), len(res.Deleted), store.Redact(*db))
	}
	if len(res.Errors) > 0 {
		return fmt.Errorf("%d of %d IDs name nothing stored", len(res.Errors), len(ids))
	}
	return nil
}
