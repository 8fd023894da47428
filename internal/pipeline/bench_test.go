package pipeline_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/sample"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// BenchmarkAnalyzeSample measures what `crosscheck analyze --sample` does:
// ingest the sample corpus into a fresh store and build every story.
func BenchmarkAnalyzeSample(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "sample")
	if err := sample.WriteTo(dir); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	articles := 0
	for i := 0; b.Loop(); i++ {
		s, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		res, err := pipeline.Ingest(ctx, s, []string{dir}, pipeline.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := pipeline.Report(ctx, s); err != nil {
			b.Fatal(err)
		}
		s.Close()
		articles += len(res.Added)
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}
