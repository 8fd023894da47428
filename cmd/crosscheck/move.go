package main

import (
	"context"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// runMove puts stored articles in another story, or in a new one: an
// editor's correction of reports grouped with the wrong event.
func runMove(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("move", stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print what was moved and rebuilt as JSON")
	to := fs.String("to", "", "the `story` to move the articles to")
	isNew := fs.Bool("new", false, "move the articles together to a new story")
	ids, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(ids) == 0 || (*to == "") == !*isNew {
		return fmt.Errorf("%w: give the IDs of the articles to move (see 'crosscheck show'), and either --to STORY or --new", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := pipeline.Move(ctx, s, ids, *to)
	if err != nil {
		return err
	}
	return printMoved("move", res, len(ids), *asJSON, *db, stdout, stderr)
}

// runMerge makes several stories one: an editor's correction of one
// event's reports split in several stories.
func runMerge(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("merge", stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print what was merged and rebuilt as JSON")
	into := fs.String("into", "", "the `story` the others join")
	ids, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(ids) == 0 || *into == "" {
		return fmt.Errorf("%w: give the IDs of the stories to merge (see 'crosscheck stories'), and --into STORY", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := pipeline.Merge(ctx, s, ids, *into)
	if err != nil {
		return err
	}
	return printMoved("merge", res, len(ids), *asJSON, *db, stdout, stderr)
}

func printMoved(cmd string, res pipeline.Moved, n int, asJSON bool, db string, stdout, stderr io.Writer) error {
	for _, e := range res.Errors {
		fmt.Fprintf(stderr, "crosscheck %s: %s: %s\n", cmd, e.Source, e.Error)
	}
	if asJSON {
		if err := printJSON(stdout, res); err != nil {
			return err
		}
	} else if res.Story != "" {
		fmt.Fprintf(stdout, "articles moved to story %s: %d; stories rebuilt: %d, merged into it: %d (%s)\n",
			res.Story, len(res.Articles), len(res.Rebuilt), len(res.Merged), store.Redact(db))
	}
	if len(res.Errors) > 0 {
		return fmt.Errorf("%d of %d IDs could not be %sd", len(res.Errors), n, cmd)
	}
	return nil
}

// runLink puts stories in another's storyline: an editor's statement that
// their events follow on from one another.
func runLink(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("link", stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the stories linked as JSON")
	to := fs.String("to", "", "the `story` whose storyline the others join")
	ids, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(ids) == 0 || *to == "" {
		return fmt.Errorf("%w: give the IDs of the stories to link (see 'crosscheck stories'), and --to STORY", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := pipeline.Link(ctx, s, ids, *to)
	if err != nil {
		return err
	}
	return printLinked("link", res, len(ids), *asJSON, *db, stdout, stderr)
}

// runUnlink takes stories out of their storylines.
func runUnlink(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("unlink", stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the stories taken out as JSON")
	ids, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		return fmt.Errorf("%w: give the IDs of the stories to take out of their storylines (see 'crosscheck stories')", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := pipeline.Unlink(ctx, s, ids)
	if err != nil {
		return err
	}
	return printLinked("unlink", res, len(ids), *asJSON, *db, stdout, stderr)
}

func printLinked(cmd string, res pipeline.Linked, n int, asJSON bool, db string, stdout, stderr io.Writer) error {
	for _, e := range res.Errors {
		fmt.Fprintf(stderr, "crosscheck %s: %s: %s\n", cmd, e.Source, e.Error)
	}
	switch {
	case asJSON:
		if err := printJSON(stdout, res); err != nil {
			return err
		}
	case len(res.Stories) > 0 && cmd == "link":
		fmt.Fprintf(stdout, "stories linked to storyline %s: %d (%s)\n", res.Storyline, len(res.Stories), store.Redact(db))
	case len(res.Stories) > 0:
		fmt.Fprintf(stdout, "stories taken out of their storylines: %d (%s)\n", len(res.Stories), store.Redact(db))
	}
	if len(res.Errors) > 0 {
		return fmt.Errorf("%d of %d IDs could not be %sed", len(res.Errors), n, cmd)
	}
	return nil
}
