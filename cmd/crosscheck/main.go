// Command crosscheck reads many outlets' reports and says, story by story,
// what is corroborated, what is disputed and what only one source says.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/crosscheck-news/crosscheck/internal/fetch"
)

const usage = `crosscheck reads news reports from many outlets and tells, story by story,
what is corroborated, what is disputed and what only one source says.

Usage:
  crosscheck serve [--addr A] [--sample]           web pages and a JSON API over the store
  crosscheck analyze [--json] [--sample] PATH...   analyse files, directories, web pages, feeds or -
  crosscheck ingest [--db FILE] PATH...            add articles (from the same inputs) to the store
  crosscheck stories [--db FILE] [--json] [-n N]   list the stored stories (--search, --outlet,
                                                   --entity, --storyline: those they select)
  crosscheck show [--db FILE] [--json] ID          print one stored story
  crosscheck similar [--db FILE] [--json] ID       the stories most like one (to merge or link)
  crosscheck outlet [--db FILE] [--json] [NAME]    the outlets, or one's record beside the others
  crosscheck edits [--db FILE] [--json] [-n 50]    editors' changes to the grouping, the latest first
  crosscheck remove [--db FILE] [--story] ID...    take stored articles (or stories) out
  crosscheck move [--db FILE] --to S|--new ID...   put articles in another story (S) or a new one
  crosscheck merge [--db FILE] --into STORY ID...  make the stories one, under STORY's ID
  crosscheck link [--db FILE] --to STORY ID...     put the stories in STORY's storyline
  crosscheck unlink [--db FILE] ID...              take the stories out of their storylines
  crosscheck export [--db FILE] > FILE.jsonl       every stored article and edit, as input 'ingest' reads
  crosscheck reanalyze [--db FILE]                 bring a store made by another version up to this one
  crosscheck extract [--json] PATH...              print each page's article: metadata and text
  crosscheck feeds add|import|list|remove ...      manage the feeds that watch reads
  crosscheck watch [--db FILE] [--once]            fetch the feeds as they update, adding articles
  crosscheck enqueue [--db DB] PATH|URL...         queue inputs for workers
  crosscheck worker [--db DB] [--once]             run queued jobs: pages, documents, feed polls
  crosscheck jobs [--db DB] [--json]               the job queue: counts, and the jobs that failed
  crosscheck eval cluster [--json] DATASET         score story clustering on labelled data
  crosscheck eval quotes [--json] DATASET          score quotes and speakers (GGT format)
  crosscheck eval findings [--json] [DIR]          score findings on the built-in labelled set
  crosscheck eval brief [--json] DATASET           ROUGE of the briefs (Multi-News format)
  crosscheck eval extract [--json] DIR             score extraction on the ScrapingHub benchmark

The store is crosscheck.db unless --db or CROSSCHECK_DB says otherwise: a SQLite
file, or a PostgreSQL database given as postgres://user:password@host/name.
Run 'crosscheck COMMAND -h' for a command's options.
`

// command is one subcommand: it parses its own flags and runs.
type command func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error

var commands = map[string]command{
	"analyze": runAnalyze,
	"ingest":  runIngest,
	"stories": runStories,
	"show":    runShow,
	"similar": runSimilar,
	"outlet":  runOutlet,
	"edits":   runEdits,
	"eval":    runEval,
	"extract": runExtract,
	"feeds":   runFeeds,
	"watch":   runWatch,
	"serve":   runServe,
	"enqueue": runEnqueue,
	"worker":  runWorker,
	"jobs":    runJobs,

	"reanalyze": runReanalyze,
	"remove":    runRemove,
	"move":      runMove,
	"merge":     runMerge,
	"link":      runLink,
	"unlink":    runUnlink,
	"export":    runExport,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and turns its error into an exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "crosscheck: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	err := cmd(ctx, args[1:], stdin, stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "crosscheck %s: %v\n", args[0], err)
		return 2
	}
	fmt.Fprintf(stderr, "crosscheck %s: %v\n", args[0], err)
	return 1
}

var errUsage = errors.New("usage")

// printJSON writes v to w as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// logger writes warnings (inputs not read) and worse to stderr.
func logger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// dbFlag is the store: --db, else CROSSCHECK_DB, else crosscheck.db.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("CROSSCHECK_DB")
	if def == "" {
		def = "crosscheck.db"
	}
	return fs.String("db", def, "the store: a SQLite `file` or a postgres:// URL (env CROSSCHECK_DB)")
}

// maxSizeFlag caps one input file (JSON Lines data sets are capped per record).
func maxSizeFlag(fs *flag.FlagSet) *int64 {
	return fs.Int64("max-size", 0, "largest input file in `bytes` (default 16 MiB)")
}

// inputFlags are the flags of the commands that read inputs: the size cap
// and whether web addresses may be on the private network.
type inputFlags struct {
	maxSize      *int64
	allowPrivate *bool
}

func newInputFlags(fs *flag.FlagSet) inputFlags {
	return inputFlags{
		maxSize:      maxSizeFlag(fs),
		allowPrivate: fs.Bool("allow-private", false, "fetch web addresses on private, loopback and link-local networks"),
	}
}

// fetcher reads http(s) addresses given as inputs, politely (robots.txt, a
// pause between requests to one host) and safely (size cap, timeouts, no
// private addresses unless allowed).
func (in inputFlags) fetcher(ctx context.Context) func(string) ([]byte, string, string, error) {
	f := fetch.New(fetch.Options{MaxBytes: *in.maxSize, AllowPrivate: *in.allowPrivate})
	return func(u string) ([]byte, string, string, error) {
		p, err := f.Get(ctx, u)
		return p.Body, p.ContentType, p.URL, err
	}
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("crosscheck "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}
