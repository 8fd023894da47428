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
	enc := json.NewEncoder(stdout)
	read, failed := 0, 0
	var (
		chunk []extract.Doc
		werr  error // writing to stdout failed: read no further
	)
	// flush extracts a chunk of pages on every core and prints them in
	// input order, so that a directory of any size is read in bounded
	// memory and printed as it goes.
	flush := func() {
		out, errs := extractAll(ctx, chunk)
		chunk = chunk[:0]
		for i, e := range out {
			if werr != nil {
				return
			}
			if errs[i] != nil {
				failed++
				log.Warn("no article", "source", e.Source, "error", errs[i])
				continue
			}
			read++
			if *asJSON {
				werr = enc.Encode(e)
				continue
			}
			_, werr = fmt.Fprintf(stdout, "# %s\n\nsource: %s\nurl: %s\noutlet: %s\nauthor: %s\npublished: %s\n\n%s\n\n", e.Title, e.Source, e.URL, e.Outlet, e.Author, when(e.Published), e.Text)
		}
	}
	r := ingest.Reader{MaxBytes: *in.maxSize, Stdin: stdin, Fetch: in.fetcher(ctx),
		Doc: func(d extract.Doc) {
			if werr != nil || ctx.Err() != nil {
				return
			}
			if chunk = append(chunk, d); len(chunk) == extractChunk {
				flush()
			}
		},
		Fail: func(src string, err error) { failed++; log.Warn("input not read", "source", src, "error", err) }}
	r.Read(paths)
	if werr == nil && ctx.Err() == nil {
		flush()
	}
	if werr != nil {
		return werr
	}
	if read == 0 && ctx.Err() == nil {
		return fmt.Errorf("no article could be read from %d input(s)", len(paths))
	}
	return ctx.Err()
}

// extractChunk is how many pages are extracted together.
const extractChunk = 256

// extractAll extracts the articles of docs on every core, those given out
// before ctx is done.
func extractAll(ctx context.Context, docs []extract.Doc) ([]extracted, []error) {
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
	n := 0 // pages given out: none after an interrupt
	for ; n < len(docs) && ctx.Err() == nil; n++ {
		next <- n
	}
	close(next)
	wg.Wait()
	return out[:n], errs[:n]
}

func when(t *time.Time) string {
	if t == nil {
		return "unknown"
	}
	return t.Format(time.RFC3339)
}
