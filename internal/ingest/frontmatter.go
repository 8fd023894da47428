package ingest

import (
	"bytes"
	"cmp"
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/crosscheck-news/crosscheck/internal/extract"
)

// frontMatter reads the YAML block that Markdown notes and clipped
// articles open with (Jekyll, Hugo, Obsidian's web clipper) into d, and
// returns the text after it:
//
//	---
//	title: "Corvid agrees Tessellate takeover"
//	source: "https://marketbrief.example/corvid"
//	published: 2026-05-19
//	---
//
// What d already holds wins. A block that is no mapping of plain keys, or
// names nothing an article has, is the text's own and stays: a text may
// open on a rule.
func frontMatter(d *extract.Doc, data []byte) ([]byte, error) {
	block, rest, ok := splitFrontMatter(data)
	if !ok {
		return data, nil
	}
	var doc yaml.Node
	if yaml.Unmarshal(block, &doc) != nil || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return data, nil
	}
	m := doc.Content[0].Content
	var meta extract.Doc
	var published string
	known := false
	for i := 0; i+1 < len(m); i += 2 {
		key := m[i].Value
		if !plainKey.MatchString(key) {
			return data, nil // "Note: the talks …" is a sentence, not a key
		}
		v := scalar(m[i+1])
		web := strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://")
		switch strings.ToLower(key) {
		case "title", "headline":
			meta.Title = cmp.Or(meta.Title, v)
		case "outlet", "publisher", "site", "site_name", "sitename":
			if !web {
				meta.Outlet = cmp.Or(meta.Outlet, v)
			}
		case "url", "link", "source", "canonical", "canonical_url", "original_url":
			if web {
				meta.URL = cmp.Or(meta.URL, v)
			} else if strings.EqualFold(key, "source") {
				meta.Outlet = cmp.Or(meta.Outlet, v) // "source: Reuters"
			}
		case "published", "date", "pubdate", "publish_date", "published_at", "datepublished":
			published = cmp.Or(published, v)
		case "author", "authors", "byline":
			meta.Author = cmp.Or(meta.Author, strings.Trim(v, "[]")) // "[[Ann Lee]]", a note's link
		default:
			continue
		}
		known = true
	}
	if !known {
		return data, nil
	}
	if published != "" && d.Published == nil {
		t, err := ParseTime(published)
		if err != nil {
			return nil, fmt.Errorf("front matter: %w", err)
		}
		d.Published = &t
	}
	d.Title = cmp.Or(d.Title, meta.Title)
	d.Outlet = cmp.Or(d.Outlet, meta.Outlet)
	d.URL = cmp.Or(d.URL, meta.URL)
	d.Author = cmp.Or(d.Author, meta.Author)
	return rest, nil
}

// plainKey is a key a front matter names a field with.
var plainKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)

// splitFrontMatter splits a block between a first line "---" and the next
// line "---" or "..." from the text after it.
func splitFrontMatter(data []byte) (block, rest []byte, ok bool) {
	line, after, found := bytes.Cut(data, []byte("\n"))
	if !found || string(bytes.TrimRight(line, " \t\r")) != "---" {
		return nil, nil, false
	}
	for off := 0; off < len(after); {
		line, next, found := bytes.Cut(after[off:], []byte("\n"))
		if l := string(bytes.TrimRight(line, " \t\r")); l == "---" || l == "..." {
			return after[:off], next, true
		}
		if !found {
			break
		}
		off += len(line) + 1
	}
	return nil, nil, false
}

// scalar is a value as written, or a list's first item ("author: [Ann Lee]").
func scalar(n *yaml.Node) string {
	if n.Kind == yaml.SequenceNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind != yaml.ScalarNode {
		return ""
	}
	return strings.TrimSpace(n.Value)
}
