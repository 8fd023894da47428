package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

// exported is one line of an export: the fields of an input line (so
// that 'crosscheck ingest' reads the file back), and where the article was.
type exported struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Author    string `json:"author,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
	Story     string `json:"story"`
	CopyOf    string `json:"copy_of,omitempty"`
}

// runExport writes every stored article as JSON Lines: a backup in an
// open format, a corpus to share, or a store's move to another database.
func runExport(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("export", stderr)
	db := dbFlag(fs)
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: export takes no arguments; it writes the store's articles to standard output", errUsage)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	out := bufio.NewWriter(stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for r, err := range s.EachArticle(ctx) {
		if err != nil {
			return err
		}
		a := r.Article
		e := exported{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Author: a.Author, Title: a.Title,
			Text: strings.Join(a.Paragraphs, "\n\n"), Story: r.Story, CopyOf: a.CopyOf}
		if a.Published != nil {
			e.Published = a.Published.UTC().Format(time.RFC3339)
		}
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	return out.Flush()
}
