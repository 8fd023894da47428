package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/crosscheck-news/crosscheck/internal/brief"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// openExisting opens a store that must already exist: reading commands
// should not create an empty database by accident.
func openExisting(ctx context.Context, path string) (*store.DB, error) {
	if store.IsFile(path) {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("no store at %s (run 'crosscheck ingest' first): %w", path, err)
		}
	}
	return store.Open(ctx, path)
}

// runStories lists the stored stories: all, in the order they began, or
// those a search or filter selects, as the pages list them.
func runStories(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("stories", stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	var q store.StoryQuery
	fs.StringVar(&q.Search, "search", "", "only stories whose articles contain these `words` (the last may be a word's start), newest first")
	fs.StringVar(&q.Outlet, "outlet", "", "only stories this `outlet` reported, newest first")
	fs.StringVar(&q.Entity, "entity", "", "only stories that name this person, organisation or place (`name` as listed), newest first")
	fs.StringVar(&q.Storyline, "storyline", "", "only the stories of this `storyline`, oldest first")
	fs.BoolVar(&q.Disputed, "disputed", false, "only stories with a disputed finding, newest first")
	n := fs.Int("n", 0, "list at most this many (0: all)")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if *n < 0 {
		return fmt.Errorf("%w: -n must be 0 (all) or more", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	var stories []store.StorySummary
	if q == (store.StoryQuery{}) {
		stories, err = s.Summaries(ctx)
	} else {
		stories, err = selected(ctx, s, q, *n)
	}
	if err != nil {
		return err
	}
	if *n > 0 && len(stories) > *n {
		stories = stories[:*n]
	}
	if *asJSON {
		type row struct {
			ID        string `json:"id"`
			Title     string `json:"title"`
			Storyline string `json:"storyline"`
			Articles  int    `json:"articles"`
			Disputed  int    `json:"disputed"`
		}
		rows := []row{}
		for _, st := range stories {
			rows = append(rows, row{st.ID, st.Title, st.Storyline, st.Articles, st.Disputed})
		}
		return json.NewEncoder(stdout).Encode(rows)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTORYLINE\tARTICLES\tDISPUTED\tTITLE")
	for _, st := range stories {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", st.ID, st.Storyline, st.Articles, st.Disputed, st.Title)
	}
	return tw.Flush()
}

// selected lists the stories a query selects, page by page, up to n (0:
// all).
func selected(ctx context.Context, s *store.DB, q store.StoryQuery, n int) ([]store.StorySummary, error) {
	var out []store.StorySummary
	q.Limit = 500
	for {
		page, more, err := s.ListStories(ctx, q)
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if !more || (n > 0 && len(out) >= n) {
			return out, nil
		}
		q.Offset += len(page)
	}
}

// runShow prints one stored story.
func runShow(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("show", stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	ids, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(ids) != 1 {
		return fmt.Errorf("%w: give one story ID (see 'crosscheck stories')", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Story(ctx, ids[0])
	if errors.Is(err, store.ErrNotFound) {
		into, merr := s.MergedInto(ctx, ids[0])
		if merr != nil {
			return fmt.Errorf("no story %q (see 'crosscheck stories')", ids[0])
		}
		// A story merged into another is shown as that one.
		fmt.Fprintf(stderr, "story %s was merged into %s\n", ids[0], into)
		st, err = s.Story(ctx, into)
	}
	if err != nil {
		return err
	}
	edits, err := s.Edits(ctx, st.ID)
	if err != nil {
		return err
	}
	if *asJSON {
		// As the API gives a story: with what editors did to it.
		return printJSON(stdout, struct {
			model.Story
			Edits []store.Edit `json:"edits,omitempty"`
		}{st, edits})
	}
	arts, err := s.Articles(ctx, st.Articles...)
	if err != nil {
		return err
	}
	byID := map[string]model.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	var b strings.Builder
	brief.Story(&b, st, byID)
	if len(edits) > 0 {
		b.WriteString("\n**Changed by hand:**\n\n")
		for _, e := range edits {
			fmt.Fprintf(&b, "- %s · ", e.At.UTC().Format("2 Jan 2006 15:04 UTC"))
			for _, p := range e.Describe(st.ID) {
				b.WriteString(p.String())
			}
			b.WriteString("\n")
		}
	}
	_, err = io.WriteString(stdout, b.String())
	return err
}

// runSimilar lists the stories most like one: where an editor looks for
// the other part of an event split in two.
func runSimilar(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("similar", stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	n := fs.Int("n", 10, "how many stories to list")
	ids, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(ids) != 1 || *n < 1 {
		return fmt.Errorf("%w: give one story ID (see 'crosscheck stories') and -n of 1 or more", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	list, err := s.SimilarStories(ctx, ids[0], *n)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(stdout, list)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTORYLINE\tARTICLES\tTITLE\tBOTH NAME")
	for _, st := range list {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", st.ID, st.Storyline, st.Articles, st.Title, strings.Join(st.Shared, ", "))
	}
	return tw.Flush()
}

// runEdits lists editors' changes to the grouping, the latest first.
func runEdits(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("edits", stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	n := fs.Int("n", 50, "how many edits to list")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 || *n < 1 {
		return fmt.Errorf("%w: edits takes no arguments, and -n of 1 or more", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	edits, _, err := s.RecentEdits(ctx, *n, 0)
	if err != nil {
		return err
	}
	if *asJSON {
		if edits == nil {
			edits = []store.Edit{} // [], not null
		}
		return printJSON(stdout, edits)
	}
	for _, e := range edits {
		fmt.Fprintf(stdout, "%s  ", e.At.UTC().Format("2006-01-02 15:04"))
		for _, p := range e.Describe("") {
			fmt.Fprint(stdout, p)
		}
		fmt.Fprintln(stdout)
	}
	return nil
}

// runOutlet prints an outlet's record: how its reports compare with other
// outlets' in the stories they reported together; without a name, the
// outlets, those in the most stories first.
func runOutlet(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("outlet", stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	names, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(names) > 1 {
		return fmt.Errorf("%w: give one outlet's name, or none to list them", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	if len(names) == 0 {
		return listOutlets(ctx, s, *asJSON, stdout)
	}
	rec, err := pipeline.OutletRecord(ctx, s, names[0])
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(stdout, rec)
	}
	fmt.Fprintf(stdout, "%s: %d stories read (the newest %d at most), %d of them reported by other outlets too.\n", rec.Outlet, rec.Stories, rec.Limit, rec.Shared)
	fmt.Fprintf(stdout, "  findings other outlets corroborate: %d\n", rec.Agreed)
	fmt.Fprintf(stdout, "  disputes where its value is the most reported: %d; outnumbered: %d; tied, or its own reports differ: %d\n", rec.Majority, len(rec.Minority), rec.Other)
	fmt.Fprintf(stdout, "  findings only it gives: %d\n", len(rec.Alone))
	fmt.Fprintf(stdout, "  values its own updates changed, in any of its stories: %d\n", len(rec.Changed))
	fmt.Fprintf(stdout, "  of its %d articles, copies of another outlet's report: %d; its reports others carried: %d\n", rec.Articles, rec.Copies, rec.Copied)
	if len(rec.Minority) > 0 {
		fmt.Fprintln(stdout, "\nWhere others outnumber it:")
		for _, m := range rec.Minority {
			fmt.Fprintf(stdout, "  %s  %s: %s It reports %s.\n", m.Story, m.Title, m.Finding, m.Value)
		}
	}
	for _, list := range []struct {
		heading string
		items   []model.RecordedItem
	}{{"What only it says", rec.Alone}, {"What its updates changed", rec.Changed}} {
		if len(list.items) > 0 {
			fmt.Fprintf(stdout, "\n%s:\n", list.heading)
			for _, m := range list.items {
				fmt.Fprintf(stdout, "  %s  %s: %s\n", m.Story, m.Title, m.Finding)
			}
		}
	}
	return nil
}

// listOutlets prints every outlet with its count of stories.
func listOutlets(ctx context.Context, s *store.DB, asJSON bool, stdout io.Writer) error {
	all := []store.Count{}
	for offset := 0; ; {
		page, more, err := s.Outlets(ctx, "", 500, offset)
		if err != nil {
			return err
		}
		all = append(all, page...)
		if !more {
			break
		}
		offset += len(page)
	}
	if asJSON {
		return printJSON(stdout, all)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STORIES\tOUTLET")
	for _, o := range all {
		fmt.Fprintf(tw, "%d\t%s\n", o.Stories, o.Name)
	}
	return tw.Flush()
}
