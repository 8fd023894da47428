package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
)

// extracted is what `extract --json` prints per page.
type extracted struct {
	Source    string     `json:"source"`
	URL       string     `json:"url,omitempty"`
	Outlet    string     `json:"outlet"`
	Title     string     `json:"title"`
	Author    string     `json:"author,omitempty"`
	Published *time.Time `json:"published"`
	Text      string     `json:"text"`
}

// runExtract prints each input's article: metadata and cleaned text, one
// JSON object per line with --json.
func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("extract", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per line")
	in := newInputFlags(fs)
	paths, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: name files, directories or - (stdin)", errUsage)
	}
	log := logger(stderr)
	var docs []extract.Doc
	failed := 0
	r := ingest.Reader{MaxBytes: *in.maxSize, Stdin: stdin, Fetch: in.fetcher(ctx), Doc: func(d extract.Doc) { docs = append(docs, d) },
		Fail: func(src string, err error) { failed++; log.Warn("input not read", "source", src, "error", err) }}
	r.Read(paths)

	// Pages are extracted on every core and printed in input order.
	out := make([]extracted, len(docs))
	errs := make([]error, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a, err := extract.Article(docs[i])
				out[i] = extracted{Source: docs[i].Source, URL: a.URL, Outlet: a.Outlet, Title: a.Title, Author: a.Author,
					Published: a.Published, Text: strings.Join(a.Paragraphs, "\n\n")}
				errs[i] = err
			}
		}()
	}
	for i := range docs {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	enc := json.NewEncoder(stdout)
	read := 0
	for i, e := range out {
		if errs[i] != nil {
			failed++
			log.Warn("no article", "source", e.Source, "error", errs[i])
			continue
		}
		read++
		if *asJSON {
			if err := enc.Encode(e); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(stdout, "# %s\n\nsource: %s\nurl: %s\noutlet: %s\nauthor: %s\npublished: %s\n\n%s\n\n", e.Title, e.Source, e.URL, e.Outlet, e.Author, when(e.Published), e.Text)
	}
	if read == 0 {
		return fmt.Errorf("no article could be read from %d input(s)", len(paths))
	}
	return ctx.Err()
}

func when(t *time.Time) string {
	if t == nil {
		return "unknown"
	}
	return t.Format(time.RFC3339)
}
