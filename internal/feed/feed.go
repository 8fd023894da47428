// Package feed reads news feeds (RSS 0.9x, 1.0 and 2.0, Atom and JSON Feed,
// through gofeed) and OPML subscription lists, and keeps of each item what
// crosscheck needs to fetch and date its article.
package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Feed is a parsed feed.
type Feed struct {
	Title string
	Items []Item
}

// Item is one entry of a feed.
type Item struct {
	ID        string // the GUID, else the link
	Link      string // absolute
	Title     string
	Published *time.Time
	// Updated is when the feed says the item last changed, where it says
	// so apart from its publication (Atom's <updated>, JSON Feed's
	// date_modified): an item seen again with a later one is read again.
	Updated *time.Time
	// Source is the publisher an aggregator names for the item (RSS
	// <source>): the outlet, where the feed's own title is the aggregator.
	Source  string
	Author  string // the writers the item names (<author>, <dc:creator>): "Tom Berg and Jo Bell"
	Content string // full content if the feed carries it, else the summary (HTML)
}

// ErrNotFeed says the data is not a feed crosscheck can read.
var ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")

// Is reports data that reads as a feed: XML whose root is an RSS, RDF or
// Atom feed, or a JSON Feed, whose version names jsonfeed.org.
func Is(data []byte) bool {
	switch gofeed.DetectFeedType(bytes.NewReader(data)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return true
	case gofeed.FeedTypeJSON:
		var f struct{ Version string }
		return json.Unmarshal(data, &f) == nil && strings.Contains(f.Version, "jsonfeed.org/version")
	}
	return false
}

// Parse reads a feed fetched from base, against which relative links are
// resolved.
func Parse(data []byte, base string) (Feed, error) {
	if gofeed.DetectFeedType(bytes.NewReader(data)) == gofeed.FeedTypeUnknown {
		return Feed{}, ErrNotFeed
	}
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true // for RSS <source>, which the universal item drops
	f, err := p.Parse(bytes.NewReader(data))
	if err != nil {
		return Feed{}, fmt.Errorf("malformed feed: %w", err)
	}
	if f.Title == "" && len(f.Items) == 0 {
		return Feed{}, ErrNotFeed // e.g. any JSON object, which gofeed takes for a JSON Feed
	}
	sources := map[int]string{}
	if rf, ok := f.OriginalFeed().(*rss.Feed); ok && len(rf.Items) == len(f.Items) {
		for i, it := range rf.Items {
			if it.Source != nil {
				sources[i] = strings.TrimSpace(it.Source.Title)
			}
		}
	}
	baseURL, _ := url.Parse(base)
	out := Feed{Title: strings.TrimSpace(f.Title)}
	for i, it := range f.Items {
		item := Item{
			ID:      strings.TrimSpace(it.GUID),
			Link:    resolve(baseURL, strings.TrimSpace(it.Link)),
			Title:   strings.TrimSpace(it.Title),
			Source:  sources[i],
			Content: it.Content,
		}
		if item.Content == "" {
			item.Content = it.Description
		}
		var names []string
		for _, a := range it.Authors {
			if n := strings.TrimSpace(a.Name); n != "" {
				names = append(names, n)
			}
		}
		item.Author = text.List(names)
		switch {
		case it.PublishedParsed != nil:
			t := it.PublishedParsed.UTC()
			item.Published = &t
		case it.UpdatedParsed != nil:
			t := it.UpdatedParsed.UTC()
			item.Published = &t
		}
		if u := it.UpdatedParsed; u != nil && item.Published != nil && u.After(*item.Published) {
			t := u.UTC()
			item.Updated = &t
		}
		if item.ID == "" {
			item.ID = item.Link
		}
		if item.ID == "" && item.Content != "" {
			// A full-text item may have no link or GUID: it is known by
			// what it says.
			sum := sha256.Sum256([]byte(item.Title + "\x00" + item.Content))
			item.ID = "item:" + hex.EncodeToString(sum[:8])
		}
		if item.ID == "" {
			continue // nothing to read and nothing to remember it by
		}
		out.Items = append(out.Items, item)
	}
	return out, nil
}

// resolve makes a link absolute; links that are not http(s), or name no
// host ("https:"), are dropped.
func resolve(base *url.URL, link string) string {
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

// Subscription is a feed listed in an OPML file.
type Subscription struct {
	URL   string
	Title string
}

// ParseOPML reads the feeds an OPML file lists, at any depth of outlines.
func ParseOPML(r io.Reader) ([]Subscription, error) {
	var doc struct {
		XMLName xml.Name  `xml:"opml"`
		Body    []outline `xml:"body>outline"`
	}
	dec := xml.NewDecoder(r)
	dec.Strict = false // OPML in the wild is often not well-formed XML
	dec.CharsetReader = charset.NewReaderLabel
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("not an OPML file: %w", err)
	}
	var subs []Subscription
	seen := map[string]bool{}
	var walk func([]outline)
	walk = func(os []outline) {
		for _, o := range os {
			if u := resolve(nil, strings.TrimSpace(o.XMLURL)); u != "" && !seen[u] {
				seen[u] = true
				title := strings.TrimSpace(o.Title)
				if title == "" {
					title = strings.TrimSpace(o.Text)
				}
				subs = append(subs, Subscription{URL: u, Title: title})
			}
			walk(o.Children)
		}
	}
	walk(doc.Body)
	if len(subs) == 0 {
		return nil, errors.New("the OPML file lists no feeds")
	}
	return subs, nil
}

type outline struct {
	Text     string    `xml:"text,attr"`
	Title    string    `xml:"title,attr"`
	XMLURL   string    `xml:"xmlUrl,attr"`
	Children []outline `xml:"outline"`
}

// Discover returns the feeds a page announces (<link rel="alternate"> of a
// feed type), resolved against the page's address.
func Discover(page []byte, base string) []string {
	baseURL, _ := url.Parse(base)
	var out []string
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return out // announcements are in the head
			}
			if string(name) != "link" || !hasAttr {
				continue
			}
			var rel, typ, href string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "rel":
					rel = strings.ToLower(string(v))
				case "type":
					typ = strings.ToLower(string(v))
				case "href":
					href = string(v)
				}
			}
			if rel == "alternate" && feedTypes[typ] {
				if u := resolve(baseURL, strings.TrimSpace(href)); u != "" {
					out = append(out, u)
				}
			}
		}
	}
}

var feedTypes = map[string]bool{
	"application/rss+xml": true, "application/atom+xml": true, "application/rdf+xml": true,
	"application/feed+json": true, "application/json": true,
}
