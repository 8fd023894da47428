package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/internal/eval"
	"github.com/crosscheck-news/crosscheck/internal/rouge"
)

// runEval measures crosscheck against a labelled data set.
func runEval(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	const usage = "crosscheck eval cluster [--json] [--lang CODE] DATASET | eval quotes [--json] [--misses] DATASET | eval findings [--json] [--misses] [DIR] | eval brief [--json] DATASET | eval extract [--json] DIR"
	if len(args) == 0 {
		return fmt.Errorf("%w: %s", errUsage, usage)
	}
	switch args[0] {
	case "cluster":
		return evalCluster(ctx, args[1:], stdout, stderr)
	case "quotes":
		return evalQuotes(ctx, args[1:], stdout, stderr)
	case "findings":
		return evalFindings(ctx, args[1:], stdout, stderr)
	case "brief":
		return evalBrief(ctx, args[1:], stdout, stderr)
	case "extract":
		return evalExtract(ctx, args[1:], stdout, stderr)
	}
	return fmt.Errorf("%w: %s", errUsage, usage)
}

func evalCluster(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval cluster", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	lang := fs.String("lang", "", "only documents in this `language` (benchmark format)")
	path, err := dataset(fs, args)
	if err != nil {
		return err
	}
	docs, err := eval.LoadClusters(path, *lang)
	if err != nil {
		return err
	}
	res, err := eval.Cluster(ctx, docs)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(res)
	}
	fmt.Fprintf(stdout, "%s: %d documents, %d gold clusters, %d stories (%d documents unread)\n",
		path, res.Documents, res.GoldClusters, res.Stories, res.Unread)
	fmt.Fprintf(stdout, "B-cubed   P %.3f  R %.3f  F1 %.3f\n", res.BCubed.Precision, res.BCubed.Recall, res.BCubed.F1)
	fmt.Fprintf(stdout, "pairwise  P %.3f  R %.3f  F1 %.3f\n", res.Pairwise.Precision, res.Pairwise.Recall, res.Pairwise.F1)
	fmt.Fprintf(stdout, "%.1f s, %.0f articles/s\n", res.Seconds, res.ArticlesPerSec)
	fmt.Fprintf(stdout, "similar   %d stories of events split across storylines: another part first for %d, in the first five for %d\n",
		res.Similar.Split, res.Similar.InFirst, res.Similar.InFive)
	return nil
}

func evalQuotes(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval quotes", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	misses := fs.Bool("misses", false, "list the labelled quotes not found or credited to someone else, and the quotes found that are not labelled")
	path, err := dataset(fs, args)
	if err != nil {
		return err
	}
	arts, err := eval.LoadQuotes(path)
	if err != nil {
		return err
	}
	res, err := eval.Quotes(ctx, arts)
	if err != nil {
		return err
	}
	if !*misses {
		res.Misses = nil
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(res)
	}
	for _, m := range res.Misses {
		switch {
		case m.Extra != "":
			fmt.Fprintf(stdout, "%s: not labelled (%s): %q\n", m.Article, m.Found, m.Extra)
		case m.Found != "":
			fmt.Fprintf(stdout, "%s: credited to %s (%s): %q\n", m.Article, m.Found, m.Speaker, m.Gold)
		default:
			fmt.Fprintf(stdout, "%s: not found (%s): %q\n", m.Article, m.Speaker, m.Gold)
		}
	}
	fmt.Fprintf(stdout, "%s: %d articles, %d labelled quotes, %d found, %d matched\n", path, res.Articles, res.Gold, res.Predicted, res.Matched)
	fmt.Fprintf(stdout, "quotes  P %.3f  R %.3f  F1 %.3f  (word overlap >= %.1f)\n", res.Precision, res.Recall, res.F1, eval.MinOverlap)
	fmt.Fprintf(stdout, "speaker accuracy %.3f\n", res.SpeakerAccuracy)
	return nil
}

func evalFindings(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval findings", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	misses := fs.Bool("misses", false, "list the labelled findings missed and the findings made that are not labelled")
	dirs, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(dirs) > 1 {
		return fmt.Errorf("%w: give at most one directory (articles.jsonl, labels.json)", errUsage)
	}
	dir := ""
	if len(dirs) == 1 {
		dir = dirs[0]
	}
	set, err := eval.LoadFindings(dir)
	if err != nil {
		return err
	}
	res, err := eval.Findings(ctx, set)
	if err != nil {
		return err
	}
	if !*misses {
		res.Misses = nil
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(res)
	}
	for _, m := range res.Misses {
		fmt.Fprintf(stdout, "%s: %s: %s\n", m.Event, m.What, m.Text)
	}
	fmt.Fprintf(stdout, "%d events, %d articles; stories B-cubed P %.3f R %.3f F1 %.3f\n",
		res.Events, res.Articles, res.Stories.Precision, res.Stories.Recall, res.Stories.F1)
	for _, st := range eval.Statuses {
		sc := res.ByStatus[st]
		fmt.Fprintf(stdout, "%-13s P %.3f  R %.3f  (%d labelled, %d found, %d right)\n", st, sc.Precision, sc.Recall, sc.Gold, sc.Predicted, sc.Matched)
	}
	fmt.Fprintf(stdout, "attribution  %d of %d labelled (speaker and independent sources)\n", res.Attribution, res.AttributionLabels)
	q := res.Quotes
	fmt.Fprintf(stdout, "quotes       P %.3f  R %.3f  F1 %.3f  speaker accuracy %.3f\n", q.Precision, q.Recall, q.F1, q.SpeakerAccuracy)
	return nil
}

func evalBrief(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval brief", stderr)
	asJSON := fs.Bool("json", false, "print JSON, with every cluster's brief")
	path, err := dataset(fs, args)
	if err != nil {
		return err
	}
	clusters, err := eval.LoadSummaries(path)
	if err != nil {
		return err
	}
	res, err := eval.Brief(ctx, clusters)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(res)
	}
	fmt.Fprintf(stdout, "%s: %d clusters, each one story; briefs cut at the reference's length\n", path, res.Clusters)
	for _, r := range []struct {
		name string
		s    rouge.Score
	}{{"ROUGE-1", res.Rouge1}, {"ROUGE-2", res.Rouge2}, {"ROUGE-L", res.RougeL}} {
		fmt.Fprintf(stdout, "%s  F1 %.2f  P %.2f  R %.2f\n", r.name, r.s.F1, r.s.Precision, r.s.Recall)
	}
	fmt.Fprintf(stdout, "%.1f ms per story\n", res.MsPerStory)
	return nil
}

func evalExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval extract", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	dir, err := dataset(fs, args)
	if err != nil {
		return err
	}
	res, err := eval.Extract(ctx, dir)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(res)
	}
	fmt.Fprintf(stdout, "%s: %d pages\nP %.3f  R %.3f  F1 %.3f  accuracy %.3f\n%.0f pages/s on one core\n",
		dir, res.Pages, res.Precision, res.Recall, res.F1, res.Accuracy, res.DocsPerSec)
	return nil
}

// dataset parses an eval command's flags and its one data set path.
func dataset(fs *flag.FlagSet, args []string) (string, error) {
	paths, err := parseArgs(fs, args)
	if err != nil {
		return "", err
	}
	if len(paths) != 1 {
		return "", fmt.Errorf("%w: give one data set", errUsage)
	}
	return paths[0], nil
}
