package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/crosscheck-news/crosscheck/internal/brief"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/rewrite"
	"github.com/crosscheck-news/crosscheck/internal/sample"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// runAnalyze ingests the inputs into a throw-away store and prints every
// story: a Markdown brief, or with --json the report of the JSON contract.
func runAnalyze(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("analyze", stderr)
	asJSON := fs.Bool("json", false, "print the JSON report instead of Markdown")
	useSample := fs.Bool("sample", false, "analyse the built-in sample corpus")
	in := newInputFlags(fs)
	llmURL := fs.String("llm-url", "", "rewrite each brief as prose through this OpenAI-compatible `endpoint` (off by default)")
	llmModel := fs.String("llm-model", "", "the `model` to ask at --llm-url")
	paths, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "crosscheck-analyze-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if *useSample {
		dir := filepath.Join(tmp, "sample")
		if err := sample.WriteTo(dir); err != nil {
			return err
		}
		paths = append(paths, dir)
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: name files, directories or - (stdin), or use --sample", errUsage)
	}
	s, err := store.Open(ctx, filepath.Join(tmp, "analyze.db"))
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := pipeline.Ingest(ctx, s, paths, pipeline.Options{MaxBytes: *in.maxSize, Stdin: stdin, Log: logger(stderr), Fetch: in.fetcher(ctx)})
	if err != nil {
		return err
	}
	report, err := pipeline.Report(ctx, s)
	if err != nil {
		return err
	}
	report.Errors = append(report.Errors, res.Errors...)
	if *useSample {
		for i := range report.Articles { // name sample files as they ship, not by temp path
			if rel, err := filepath.Rel(tmp, report.Articles[i].Source); err == nil {
				report.Articles[i].Source = rel
			}
		}
	}
	if *llmURL != "" {
		rewriteAll(ctx, rewrite.Client{URL: *llmURL, Model: *llmModel}, report.Stories, logger(stderr))
	}
	if err := writeReport(stdout, report, *asJSON); err != nil {
		return err
	}
	if len(report.Articles) == 0 {
		return fmt.Errorf("no article could be read from %d input(s)", len(paths))
	}
	return nil
}

// rewriteAll asks for a prose rewrite of every story's brief; a story whose
// rewrite fails or is refused keeps its extractive brief alone.
func rewriteAll(ctx context.Context, c rewrite.Client, stories []model.Story, log *slog.Logger) {
	for i := range stories {
		text, err := c.Story(ctx, stories[i])
		if err != nil {
			log.Warn("brief not rewritten", "story", stories[i].ID, "error", err)
			continue
		}
		stories[i].Rewrite = text
	}
}

func writeReport(w io.Writer, r model.Report, asJSON bool) error {
	if asJSON {
		return printJSON(w, r)
	}
	return brief.Markdown(w, r)
}

// parseArgs parses flags that may stand before or after the paths.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}
