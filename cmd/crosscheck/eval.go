package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/internal/eval"
)

// runEval measures crosscheck against a labelled data set.
func runEval(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "cluster" {
		return fmt.Errorf("%w: crosscheck eval cluster [--json] [--lang CODE] DATASET", errUsage)
	}
	fs := newFlags("eval cluster", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	lang := fs.String("lang", "", "only documents in this `language` (benchmark format)")
	paths, err := parseArgs(fs, args[1:])
	if err != nil {
		return err
	}
	if len(paths) != 1 {
		return fmt.Errorf("%w: give one data set", errUsage)
	}
	docs, err := eval.LoadClusters(paths[0], *lang)
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
		paths[0], res.Documents, res.GoldClusters, res.Stories, res.Unread)
	fmt.Fprintf(stdout, "B-cubed   P %.3f  R %.3f  F1 %.3f\n", res.BCubed.Precision, res.BCubed.Recall, res.BCubed.F1)
	fmt.Fprintf(stdout, "pairwise  P %.3f  R %.3f  F1 %.3f\n", res.Pairwise.Precision, res.Pairwise.Recall, res.Pairwise.F1)
	fmt.Fprintf(stdout, "%.1f s, %.0f articles/s\n", res.Seconds, res.ArticlesPerSec)
	return nil
}
