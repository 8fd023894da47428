package eval

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
)

// ExtractResult scores article extraction as the ScrapingHub article
// extraction benchmark defines it: 4-word shingles of \w+ tokens,
// per-page true and false positives normalised by their sum, precision and
// recall averaged over pages.
type ExtractResult struct {
	Pages      int     `json:"pages"`
	Precision  float64 `json:"precision"`
	Recall     float64 `json:"recall"`
	F1         float64 `json:"f1"`
	Accuracy   float64 `json:"accuracy"` // pages whose tokens are exactly the truth's
	DocsPerSec float64 `json:"docs_per_second"`
}

// Extract runs the extractor on every page of the benchmark in dir
// (ground-truth.json and html/ID.html.gz), on one core, and scores it.
func Extract(ctx context.Context, dir string) (ExtractResult, error) {
	var res ExtractResult
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return res, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		return res, fmt.Errorf("ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pages := make([]string, len(ids))
	for i, id := range ids {
		if pages[i], err = readGzip(filepath.Join(dir, "html", id+".html.gz")); err != nil {
			return res, err
		}
	}
	got := make([]string, len(ids))
	// One core, the collector's work included: what a page costs.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	start := time.Now()
	for i := range ids {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		if a, err := extract.Article(extract.Doc{ID: ids[i], HTML: pages[i]}); err == nil {
			got[i] = strings.Join(a.Paragraphs, "\n")
		}
	}
	if secs := time.Since(start).Seconds(); secs > 0 {
		res.DocsPerSec = float64(len(ids)) / secs
	}
	var ps, rs []float64
	exact := 0
	for i, id := range ids {
		p, r, ok := shingleScores(truth[id].ArticleBody, got[i])
		if ok&1 != 0 {
			ps = append(ps, p)
		}
		if ok&2 != 0 {
			rs = append(rs, r)
		}
		if strings.Join(wordTokens(truth[id].ArticleBody), " ") == strings.Join(wordTokens(got[i]), " ") {
			exact++
		}
	}
	res.Pages = len(ids)
	res.Precision, res.Recall = mean(ps), mean(rs)
	if res.Precision+res.Recall > 0 {
		res.F1 = 2 * res.Precision * res.Recall / (res.Precision + res.Recall)
	}
	res.Accuracy = float64(exact) / float64(max(len(ids), 1))
	return res, nil
}

func readGzip(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(z)
	return string(b), err
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}_]+`)

func wordTokens(s string) []string {
	return wordRe.FindAllString(strings.ReplaceAll(s, "\u00ad", ""), -1)
}

// shingles are the 4-token shingles of s as a multiset; a text of fewer
// than four tokens is one shingle.
func shingles(s string) map[string]int {
	t := wordTokens(s)
	m := map[string]int{}
	if len(t) < 4 {
		if len(t) > 0 {
			m[strings.Join(t, " ")]++
		}
		return m
	}
	for i := 0; i+4 <= len(t); i++ {
		m[strings.Join(t[i:i+4], " ")]++
	}
	return m
}

// shingleScores returns one page's precision and recall and which of them
// are defined (bit 1: precision, bit 2: recall), as the benchmark does.
func shingleScores(truth, got string) (p, r float64, ok int) {
	g, q := shingles(truth), shingles(got)
	var tp, fp, fn int
	for k, n := range q {
		shared := min(n, g[k])
		tp += shared
		fp += n - shared
	}
	for k, n := range g {
		fn += max(0, n-q[k])
	}
	total := tp + fp + fn
	if total == 0 {
		return 1, 1, 3
	}
	if tp+fp > 0 {
		p, ok = float64(tp)/float64(tp+fp), ok|1
	}
	if tp+fn > 0 {
		r, ok = float64(tp)/float64(tp+fn), ok|2
		if fp == 0 && fn == 0 {
			r = 1
		}
	}
	return p, r, ok
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}
