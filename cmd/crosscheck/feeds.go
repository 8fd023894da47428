package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/feed"
	"github.com/crosscheck-news/crosscheck/internal/fetch"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

const feedsUsage = `Usage:
  crosscheck feeds add [--interval D] URL...   watch feeds (a page's announced feed is found)
  crosscheck feeds import [--interval D] FILE  watch the feeds an OPML file lists
  crosscheck feeds list [--json]               list the watched feeds
  crosscheck feeds remove URL...               stop watching feeds
Each takes --db FILE. 'crosscheck watch' fetches the feeds.
`

// runFeeds manages the feeds that watch polls.
func runFeeds(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, feedsUsage)
		return fmt.Errorf("%w: name a feeds command", errUsage)
	}
	fs := newFlags("feeds "+args[0], stderr)
	db := dbFlag(fs)
	var run func(*store.DB, []string) error
	switch args[0] {
	case "add":
		interval := intervalFlag(fs)
		allowPrivate := fs.Bool("allow-private", false, "fetch feeds on private, loopback and link-local networks")
		run = func(s *store.DB, urls []string) error {
			f := fetch.New(fetch.Options{AllowPrivate: *allowPrivate})
			return addFeeds(ctx, s, f, urls, *interval, stdout, stderr)
		}
	case "import":
		interval := intervalFlag(fs)
		run = func(s *store.DB, files []string) error {
			return importFeeds(ctx, s, files, *interval, stdout)
		}
	case "list":
		asJSON := fs.Bool("json", false, "print JSON")
		run = func(s *store.DB, _ []string) error { return listFeeds(ctx, s, *asJSON, stdout) }
	case "remove":
		run = func(s *store.DB, urls []string) error {
			for _, u := range urls {
				if err := s.RemoveFeed(ctx, u); err != nil {
					return err
				}
				fmt.Fprintf(stdout, "removed %s\n", u)
			}
			return nil
		}
	default:
		fmt.Fprint(stderr, feedsUsage)
		return fmt.Errorf("%w: unknown feeds command %q", errUsage, args[0])
	}
	rest, err := parseArgs(fs, args[1:])
	if err != nil {
		return err
	}
	if args[0] == "list" {
		if len(rest) > 0 {
			return fmt.Errorf("%w: feeds list takes no arguments", errUsage)
		}
	} else if len(rest) == 0 {
		return fmt.Errorf("%w: feeds %s needs at least one argument", errUsage, args[0])
	}
	s, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	return run(s, rest)
}

func intervalFlag(fs *flag.FlagSet) *time.Duration {
	return fs.Duration("interval", 15*time.Minute, "how often to fetch each feed")
}

// addFeeds checks that each address is a feed, or a page announcing one,
// before adding it; an address that is neither is reported and the rest go on.
func addFeeds(ctx context.Context, s *store.DB, f *fetch.Fetcher, urls []string, interval time.Duration, stdout, stderr io.Writer) error {
	if interval < time.Second {
		return fmt.Errorf("%w: --interval must be at least 1s", errUsage)
	}
	// Fetched from several hosts at once, added in order.
	type found struct {
		url    string
		parsed feed.Feed
		err    error
	}
	finds := make([]found, len(urls))
	fetch.ByHost(len(urls), func(i int) string { return urls[i] }, func(i int) {
		finds[i].url, finds[i].parsed, finds[i].err = findFeed(ctx, f, urls[i])
	})
	failed := 0
	for i, u := range urls {
		feedURL, parsed, err := finds[i].url, finds[i].parsed, finds[i].err
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "crosscheck feeds add: %s: %v\n", u, err)
			continue
		}
		added, err := s.AddFeed(ctx, store.Feed{URL: feedURL, Title: parsed.Title, Interval: interval})
		if err != nil {
			return err
		}
		if !added {
			fmt.Fprintf(stdout, "already watched: %s\n", feedURL)
			continue
		}
		fmt.Fprintf(stdout, "added %s (%s, %d items)\n", feedURL, parsed.Title, len(parsed.Items))
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d addresses not added", failed, len(urls))
	}
	return nil
}

// findFeed fetches u; a page leads to the first feed it announces.
func findFeed(ctx context.Context, f *fetch.Fetcher, u string) (string, feed.Feed, error) {
	p, err := f.Get(ctx, u)
	if err != nil {
		return "", feed.Feed{}, err
	}
	parsed, err := feed.Parse(p.Body, p.URL)
	if errors.Is(err, feed.ErrNotFeed) && (p.ContentType == "text/html" || p.ContentType == "application/xhtml+xml") {
		found := feed.Discover(p.Body, p.URL)
		if len(found) == 0 {
			return "", feed.Feed{}, errors.New("a page that announces no feed")
		}
		if p, err = f.Get(ctx, found[0]); err != nil {
			return "", feed.Feed{}, err
		}
		u = found[0]
		parsed, err = feed.Parse(p.Body, p.URL)
	}
	return u, parsed, err
}

func importFeeds(ctx context.Context, s *store.DB, files []string, interval time.Duration, stdout io.Writer) error {
	if interval < time.Second {
		return fmt.Errorf("%w: --interval must be at least 1s", errUsage)
	}
	for _, name := range files {
		r, err := os.Open(name)
		if err != nil {
			return err
		}
		subs, err := feed.ParseOPML(io.LimitReader(r, 16<<20))
		r.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		added := 0
		for _, sub := range subs {
			ok, err := s.AddFeed(ctx, store.Feed{URL: sub.URL, Title: sub.Title, Interval: interval})
			if err != nil {
				return err
			}
			if ok {
				added++
			}
		}
		fmt.Fprintf(stdout, "%s: %d feeds added, %d already watched\n", name, added, len(subs)-added)
	}
	return nil
}

func listFeeds(ctx context.Context, s *store.DB, asJSON bool, stdout io.Writer) error {
	feeds, err := s.Feeds(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		if feeds == nil {
			feeds = []store.Feed{}
		}
		return printJSON(stdout, feeds)
	}
	if len(feeds) == 0 {
		fmt.Fprintln(stdout, "No feeds. Add one with: crosscheck feeds add URL")
		return nil
	}
	w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "FEED\tTITLE\tEVERY\tITEMS\tCHECKED\tLAST ERROR")
	for _, f := range feeds {
		checked := "never"
		if f.Checked != nil {
			checked = f.Checked.Local().Format("2006-01-02 15:04")
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\t%s\n", f.URL, f.Title, f.Interval, f.Items, checked, oneLine(f.LastError))
	}
	return w.Flush()
}

func oneLine(s string) string {
	if s = strings.Join(strings.Fields(s), " "); len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// runWatch polls the watched feeds until interrupted, adding their new
// articles to the store; with --once it polls those due and exits. With
// --schedule-only it queues the polls and leaves them to workers.
func runWatch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("watch", stderr)
	db := dbFlag(fs)
	in := newInputFlags(fs)
	once := fs.Bool("once", false, "fetch the feeds that are due once, then exit")
	scheduleOnly := fs.Bool("schedule-only", false, "only queue the feeds' polls, for 'crosscheck worker' processes to run")
	logJSON := fs.Bool("log-json", false, "log JSON lines instead of text")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: watch takes no arguments; add feeds with 'crosscheck feeds add URL'", errUsage)
	}
	s, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	if feeds, err := s.Feeds(ctx); err != nil {
		return err
	} else if len(feeds) == 0 {
		return errors.New("no feeds to watch: add some with 'crosscheck feeds add URL' or 'crosscheck feeds import FILE.opml'")
	}
	log := infoLogger(stderr, *logJSON)
	w := newWatcher(s, in, log)
	w.ScheduleOnly = *scheduleOnly
	if *once {
		_, err := w.Once(ctx)
		return err
	}
	log.Info("watching", "db", store.Redact(*db), "schedule_only", *scheduleOnly)
	err = w.Run(ctx)
	log.Info("stopped")
	return err
}
