package feed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		file  string
		title string
		items []Item // Published compared as RFC 3339, Content by prefix
		dates []string
		// updated are the items' dates of update apart from publication
		// (none in an Atom entry with only <updated>: that is its date).
		updated []string
	}{
		{"rss2.xml", "Harbour Wire – Top stories", []Item{
			{ID: "hw-1001", Link: "https://wire.example/news/ferry-strike-ends", Title: "Ferry strike ends after nine days", Source: "Coastal Times", Author: "Ann Lee", Content: "<p>Unions"},
			{ID: "https://wire.example/news/budget", Link: "https://wire.example/news/budget", Title: "Council approves harbour budget"},
			{ID: "hw-1003", Title: "A mail link is not a page"},
		}, []string{"2026-03-03T08:30:00Z", "2026-03-02T18:00:00Z", ""}, []string{"", "", ""}},
		{"atom.xml", "Valley Ledger", []Item{
			{ID: "tag:ledger.example,2026:dam", Link: "https://ledger.example/2026/03/dam", Title: "Dam inspection finds two cracks", Author: "Tom Berg and Jo Bell", Content: "<p>Engineers"},
		}, []string{"2026-03-03T11:00:00Z"}, []string{""}},
		{"feed.json", "Northern Post", []Item{
			{ID: "np-77", Link: "https://post.example/a/77", Title: "Rail line reopens", Content: "<p>Trains"},
		}, []string{"2026-03-04T05:15:00Z"}, []string{"2026-03-04T07:40:00Z"}},
		{"rss1.rdf", "Hill Gazette", []Item{
			{ID: "https://gazette.example/p/5", Link: "https://gazette.example/p/5", Title: "School roof repaired"},
		}, []string{"2026-03-01T08:00:00Z"}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(data, "https://wire.example/rss")
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.title {
				t.Errorf("title %q, want %q", f.Title, tt.title)
			}
			if len(f.Items) != len(tt.items) {
				t.Fatalf("%d items, want %d: %+v", len(f.Items), len(tt.items), f.Items)
			}
			for i, want := range tt.items {
				got := f.Items[i]
				if got.ID != want.ID || got.Link != want.Link || got.Title != want.Title || got.Source != want.Source || got.Author != want.Author ||
					!strings.HasPrefix(got.Content, want.Content) {
					t.Errorf("item %d = %+v, want %+v", i, got, want)
				}
				var d string
				if got.Published != nil {
					d = got.Published.Format(time.RFC3339)
				}
				if d != tt.dates[i] {
					t.Errorf("item %d published %q, want %q", i, d, tt.dates[i])
				}
				var u string
				if got.Updated != nil {
					u = got.Updated.Format(time.RFC3339)
				}
				if u != tt.updated[i] {
					t.Errorf("item %d updated %q, want %q", i, u, tt.updated[i])
				}
			}
		})
	}
}

// An item with content but no link or GUID is known by its content: the
// same ID each time it is read, another for other content.
func TestParseItemWithoutLink(t *testing.T) {
	id := func(desc string) string {
		t.Helper()
		f, err := Parse([]byte(`<rss version="2.0"><channel><title>Harbour Wire</title><item><title>Ferry strike ends</title><description>`+desc+`</description></item></channel></rss>`), "")
		if err != nil || len(f.Items) != 1 {
			t.Fatalf("%+v, %v", f, err)
		}
		return f.Items[0].ID
	}
	a, again, other := id("The strike ended."), id("The strike ended."), id("The strike ended at noon.")
	if !strings.HasPrefix(a, "item:") || a != again || a == other {
		t.Errorf("IDs %q, %q (the same content), %q (other content)", a, again, other)
	}
}

func TestParseRefuses(t *testing.T) {
	for _, file := range []string{"truncated.xml", "page.html", "subscriptions.opml"} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(data, ""); err == nil {
			t.Errorf("%s: no error", file)
		}
	}
	for _, data := range []string{"", "\x00\x01binary", "{}", "[1,2]", "<rss"} {
		if _, err := Parse([]byte(data), ""); err == nil {
			t.Errorf("%q: no error", data)
		}
	}
}

func TestIs(t *testing.T) {
	for _, tc := range []struct {
		data string
		want bool
	}{
		{`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, true},
		{`<feed xmlns="http://www.w3.org/2005/Atom"></feed>`, true},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>`, true},
		{`{"version": "https:\/\/jsonfeed.org\/version\/1.1", "items": []}`, true},
		{`<?xml version="1.0"?><urlset></urlset>`, false},
		{`<html><body><p>A page.</p></body></html>`, false},
		{`{"text": "The version of JSON Feed at https://jsonfeed.org/version/1.1 ..."}`, false}, // an article about it
		{`{"text": "a"}` + "\n" + `{"text": "b"}`, false},
	} {
		if got := Is([]byte(tc.data)); got != tc.want {
			t.Errorf("Is(%.50q) = %v, want %v", tc.data, got, tc.want)
		}
	}
}

func TestParseOPML(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "subscriptions.opml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	subs, err := ParseOPML(f)
	if err != nil {
		t.Fatal(err)
	}
	want := []Subscription{
		{"https://wire.example/rss", "Harbour Wire"},
		{"https://ledger.example/atom.xml", "Valley Ledger (Atom)"},
		{"https://chronik.example/feed", "Café Chronik"},
	}
	if len(subs) != len(want) {
		t.Fatalf("got %+v, want %+v", subs, want)
	}
	for i := range want {
		if subs[i] != want[i] {
			t.Errorf("%d: got %+v, want %+v", i, subs[i], want[i])
		}
	}
	for _, bad := range []string{"", "<opml><body></body></opml>", "not xml at all", "<rss version=\"2.0\"></rss>"} {
		if _, err := ParseOPML(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// FuzzParse feeds arbitrary bytes to the feed reader: it must return a
// feed or an error, never panic, and every link it returns must be http(s).
func FuzzParse(f *testing.F) {
	for _, file := range []string{"rss2.xml", "atom.xml", "feed.json", "rss1.rdf", "truncated.xml"} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := Parse(data, "https://wire.example/rss")
		if err != nil {
			return
		}
		for _, it := range feed.Items {
			if it.ID == "" {
				t.Errorf("item without ID: %+v", it)
			}
			if it.Link != "" && !strings.HasPrefix(it.Link, "http://") && !strings.HasPrefix(it.Link, "https://") {
				t.Errorf("link %q", it.Link)
			}
			if it.Updated != nil && (it.Published == nil || !it.Updated.After(*it.Published)) {
				t.Errorf("updated %v, published %v", it.Updated, it.Published)
			}
		}
	})
}

func FuzzParseOPML(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "subscriptions.opml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		subs, err := ParseOPML(strings.NewReader(string(data)))
		if err == nil && len(subs) == 0 {
			t.Error("no error and no feeds")
		}
	})
}

func TestDiscover(t *testing.T) {
	page := `<!doctype html><html><head><title>Wire</title>
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" title="Top" href="/rss">
<LINK REL="alternate" TYPE="application/atom+xml" HREF="https://other.example/atom.xml"/>
<link rel="alternate" hreflang="de" href="/de/">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
</head><body><link rel="alternate" type="application/rss+xml" href="/late"></body></html>`
	got := Discover([]byte(page), "https://wire.example/news/")
	want := []string{"https://wire.example/rss", "https://other.example/atom.xml"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %v, want %v", got, want)
	}
	if got := Discover([]byte("\x00\xff<link"), ""); len(got) != 0 {
		t.Errorf("garbage: %v", got)
	}
}
