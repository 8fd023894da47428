package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/extract"
)

// BenchmarkCleanMultiNews cleans the 666 documents of the Multi-News
// sample: the line rules run on every line of every article.
func BenchmarkCleanMultiNews(b *testing.B) {
	dir := os.Getenv("CROSSCHECK_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	clusters, err := LoadSummaries(filepath.Join(dir, "data", "multinews", "test_sample250.jsonl"))
	if err != nil {
		b.Skipf("skipping: %v (set CROSSCHECK_SHARED to the shared folder)", err)
	}
	var texts []string
	for _, c := range clusters {
		for _, d := range c.Docs {
			texts = append(texts, d.Text)
		}
	}
	for b.Loop() {
		for _, t := range texts {
			extract.Clean(t)
		}
	}
}
