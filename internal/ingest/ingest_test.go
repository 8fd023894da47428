package ingest_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
)

func read(t *testing.T, r *ingest.Reader, paths ...string) (docs []extract.Doc, errs map[string]string) {
	t.Helper()
	errs = map[string]string{}
	r.Doc = func(d extract.Doc) { docs = append(docs, d) }
	r.Fail = func(src string, err error) { errs[filepath.Base(src)] = err.Error() }
	r.Read(paths)
	return docs, errs
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"good.txt":         "Harbour Plan Approved\nThe council approved the plan.",
		"page.html":        "<html><body><p>The council approved the plan.</p></body></html>",
		"empty.txt":        "",
		"blank.md":         " \n\n ",
		"binary.txt":       "\x00\x01\x02\x03PNG",
		"badutf8.txt":      "Valid caf\xc3\xa9 \xff\xfe broken",
		"huge.txt":         strings.Repeat("word ", 400),
		"photo.png":        "not really",
		"sub/nested.md":    "# Nested\nText.",
		".hidden/skip.txt": "never read",
		"recs.jsonl":       `{"id":"r1","text":"One.","published":"2026-01-02","updated":"2026-01-03T10:00:00Z"}` + "\n" + `{"broken` + "\n" + `{"id":"r2","title":"t"}` + "\n" + `{"id":"r3","text":"Three.","published":"last week"}` + "\n" + `{"id":"r4","text":"Four.","updated":"soon"}`,
		"arr.json":         `[{"url":"https://example.com/a","text":"A."},{"text":"B."}]`,
		"clip.md":          "---\ntitle: Harbour Plan Approved\npublisher: Lundgate Star\n---\nThe council approved the plan.",
		"baddate.md":       "---\npublished: last week\n---\nThe council approved the plan.",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, errs := read(t, &ingest.Reader{MaxBytes: 1000}, dir)

	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	// arr.json comes first: a record with a URL (its ID is made from the URL
	// at extraction) and one identified by a hash of its content.
	if got, want := strings.Join(ids, ","), ","+ids[1]+",clip,good,page,r1,nested"; got != want || len(ids[1]) != 16 {
		t.Errorf("ids = %s, want %s", got, want)
	}
	if r := docs[5]; r.ID != "r1" || r.Updated == nil || r.Updated.Format(time.RFC3339) != "2026-01-03T10:00:00Z" {
		t.Errorf("r1 read as %+v", r)
	}
	// A note's front matter is its metadata, not its text.
	if c := docs[2]; c.Title != "Harbour Plan Approved" || c.Outlet != "Lundgate Star" || c.Text != "The council approved the plan." {
		t.Errorf("clip.md read as %+v", c)
	}
	wantErrs := map[string]string{
		"empty.txt":    "empty file",
		"blank.md":     "empty file",
		"binary.txt":   "binary file",
		"badutf8.txt":  "invalid UTF-8 at byte 12",
		"huge.txt":     "file too large",
		"photo.png":    "unsupported file type",
		"recs.jsonl:2": "invalid JSON",
		"recs.jsonl:3": "neither text nor html",
		"recs.jsonl:4": "unreadable date",
		"recs.jsonl:5": "unreadable date",
		"baddate.md":   "front matter: unreadable date",
	}
	for src, want := range wantErrs {
		if !strings.Contains(errs[src], want) {
			t.Errorf("error for %s = %q, want it to mention %q", src, errs[src], want)
		}
	}
	if len(errs) != len(wantErrs) {
		t.Errorf("errors = %v", errs)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, in, wantErr string
		docs              int
	}{
		{"text", "The council approved the plan.", "", 1},
		{"html", "<p>The council approved the plan.</p>", "", 1},
		{"jsonl", `{"text":"a"}` + "\n" + `{"text":"b"}`, "", 2},
		{"pretty object", "{\n  \"text\": \"a\"\n}\n", "", 1},
		{"JSON with UTF-8's byte order mark", "\xef\xbb\xbf{\"text\":\"a\"}", "", 1},
		{"empty array", "[]", "no records", 0},
		{"too large", strings.Repeat("x", 2000), "too large", 0},
		{"empty", "", "empty", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := read(t, &ingest.Reader{MaxBytes: 1000, Stdin: strings.NewReader(tt.in)}, "-")
			if len(docs) != tt.docs || !strings.Contains(errs["-"], tt.wantErr) {
				t.Errorf("docs %d errs %v; want %d docs, error %q", len(docs), errs, tt.docs, tt.wantErr)
			}
			for _, d := range docs {
				if d.ID == "" {
					t.Errorf("doc without id: %+v", d)
				}
				if strings.Contains(d.Text, `"text"`) {
					t.Errorf("JSON read as text: %+v", d)
				}
			}
		})
	}
}

func TestDuplicateIDsAreMadeUnique(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"a", "b"} {
		os.MkdirAll(filepath.Join(dir, sub), 0o755)
		os.WriteFile(filepath.Join(dir, sub, "story.txt"), []byte("Text "+sub+"."), 0o644)
	}
	docs, _ := read(t, &ingest.Reader{}, dir)
	if len(docs) != 2 || docs[0].ID != "story" || docs[1].ID != "story-2" {
		t.Errorf("docs = %+v", docs)
	}
}

// An export's edit lines go to Edit, in their place among the articles;
// a reader that takes none reports them.
func TestEditLines(t *testing.T) {
	p := filepath.Join(t.TempDir(), "export.jsonl")
	os.WriteFile(p, []byte(`{"id":"a1","text":"One."}`+"\n"+`{"edit":{"action":"move","article":"a1","to":"s1"}}`+"\n"+`{"id":"a2","text":"Two."}`), 0o644)
	var got []string
	r := &ingest.Reader{Edit: func(src string, e json.RawMessage) { got = append(got, filepath.Base(src)+" "+string(e)) }}
	r.Doc = func(d extract.Doc) { got = append(got, d.ID) }
	r.Fail = func(src string, err error) { t.Errorf("%s: %v", src, err) }
	r.Read([]string{p})
	want := []string{"a1", `export.jsonl:2 {"action":"move","article":"a1","to":"s1"}`, "a2"}
	if !slices.Equal(got, want) {
		t.Errorf("read %q, want %q", got, want)
	}
	docs, errs := read(t, &ingest.Reader{}, p)
	if len(docs) != 2 || len(errs) != 1 || !strings.Contains(errs["export.jsonl:2"], "an editor's edit") {
		t.Errorf("without Edit: docs %d, errors %v", len(docs), errs)
	}
}

func TestLargeJSONLinesStreamed(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&b, `{"id":"r%d","text":"Record number %d of a data set larger than the file limit."}`+"\n", i, i)
	}
	b.WriteString(`{"broken` + "\n")
	p := filepath.Join(dir, "big.jsonl")
	os.WriteFile(p, []byte(b.String()), 0o644)
	docs, errs := read(t, &ingest.Reader{MaxBytes: 1000}, p)
	if len(docs) != 50 || len(errs) != 1 || !strings.Contains(errs["big.jsonl:51"], "invalid JSON") {
		t.Errorf("docs %d, errors %v", len(docs), errs)
	}
}

func gzipped(s string) string {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(s))
	z.Close()
	return b.String()
}

// Compressed inputs are read as what they decompress to, the size limit
// applying to that; bad compressed data is reported, the rest go on.
func TestReadGzip(t *testing.T) {
	page := "<html><head><title>Harbour Plan Approved</title></head><body><p>The council approved the plan.</p></body></html>"
	var lines strings.Builder
	for i := range 40 { // 40 records, far over the limit once decompressed: streamed
		fmt.Fprintf(&lines, `{"id":"r%d","text":"Record number %d of a compressed data set."}`+"\n", i, i)
	}
	truncated := gzipped(strings.Repeat("The council approved the plan. ", 20))
	tests := []struct {
		name, body string
		docs       []string // IDs read
		err        string   // the file's error
	}{
		{"page.html.gz", gzipped(page), []string{"page"}, ""},
		{"story.TXT.GZ", gzipped("Harbour Plan Approved\nThe council approved the plan."), []string{"story"}, ""},
		{"recs.jsonl.gz", gzipped(lines.String()), []string{"r0", "r39"}, ""},
		{"saved.html", gzipped(page), []string{"saved"}, ""}, // compressed, but not named so
		{"bomb.txt.gz", gzipped(strings.Repeat("x", 5000)), nil, "too large"},
		{"cut.txt.gz", truncated[:len(truncated)-10], nil, "invalid gzip data"},
		{"notgzip.html.gz", page, []string{"notgzip"}, ""}, // named so, but not compressed
		{"badheader.jsonl.gz", "\x1f\x8b\x08garbage", nil, "invalid gzip data"},
		{"photo.png.gz", gzipped("not really"), nil, `unsupported file type ".png.gz"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), tt.name)
			if err := os.WriteFile(p, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			// Read as one of a directory's files, where a name's type counts.
			docs, errs := read(t, &ingest.Reader{MaxBytes: 1000}, filepath.Dir(p))
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			if len(ids) > 2 {
				ids = []string{ids[0], ids[len(ids)-1]}
			}
			if !slices.Equal(ids, tt.docs) || !strings.Contains(errs[tt.name], tt.err) || (tt.err == "") != (len(errs) == 0) {
				t.Errorf("read %v, errors %v; want %v and an error with %q", ids, errs, tt.docs, tt.err)
			}
		})
	}
	docs, errs := read(t, &ingest.Reader{Stdin: strings.NewReader(gzipped(page))}, "-")
	if len(docs) != 1 || !strings.Contains(docs[0].HTML, "council") || len(errs) > 0 {
		t.Errorf("compressed standard input: %+v, %v", docs, errs)
	}
}

func TestHTMLCharsets(t *testing.T) {
	pad := "<!-- " + strings.Repeat("x", 2000) + " -->" // the declaration past the first kilobyte
	tests := []struct {
		name, page, want string
	}{
		{"undeclared UTF-8", pad + "<meta charset=\"utf-8\"><p>The governor’s plan.</p>", "governor’s"},
		{"declared Latin-1", "<meta charset=\"iso-8859-1\"><p>Caf\xe9 owners.</p>", "Café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "page.html")
			os.WriteFile(p, []byte("<html><head>"+tt.page+"</body></html>"), 0o644)
			docs, errs := read(t, &ingest.Reader{}, p)
			if len(docs) != 1 || !strings.Contains(docs[0].HTML, tt.want) {
				t.Errorf("docs = %+v, errs = %v", docs, errs)
			}
		})
	}
}

func TestTextEncodings(t *testing.T) {
	utf16 := func(le bool, s string) string {
		var b []byte
		for _, r := range s { // the test's text is all in the BMP
			if le {
				b = append(b, byte(r), byte(r>>8))
			} else {
				b = append(b, byte(r>>8), byte(r))
			}
		}
		return string(b)
	}
	tests := []struct {
		name, file, want, wantErr string
	}{
		{"UTF-8", "The caf\xc3\xa9 closed.", "The café closed.", ""},
		{"UTF-8 with its mark", "\xef\xbb\xbfThe caf\xc3\xa9 closed.", "The café closed.", ""},
		{"Windows-1252", "The caf\xe9 owner said \x93no\x94.", "The café owner said “no”.", ""},
		{"UTF-16, little-endian", "\xff\xfe" + utf16(true, "The café closed."), "The café closed.", ""},
		{"UTF-16, big-endian", "\xfe\xff" + utf16(false, "The café closed."), "The café closed.", ""},
		{"UTF-16 without a mark", utf16(true, "The café closed."), "", "binary file"},
		{"UTF-8 with broken bytes", "The caf\xc3\xa9 \xe9 closed.", "", "invalid UTF-8 at byte 10"},
		{"a byte Windows-1252 leaves undefined", "The caf\x81 closed.", "", "invalid UTF-8 at byte 7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "story.txt")
			os.WriteFile(p, []byte(tt.file), 0o644)
			docs, errs := read(t, &ingest.Reader{}, p)
			if tt.wantErr != "" {
				if len(docs) != 0 || !strings.Contains(errs["story.txt"], tt.wantErr) {
					t.Errorf("docs %+v, errors %v; want the error %q", docs, errs, tt.wantErr)
				}
				return
			}
			if len(docs) != 1 || docs[0].Text != tt.want {
				t.Errorf("docs %+v, errors %v; want the text %q", docs, errs, tt.want)
			}
		})
	}
}

// A feed given as an input is read item by item: each item's page, with
// the feed's date and named publisher; the feed's own content stands in
// for a page that cannot be had only when it is a whole article.
func TestReadFeed(t *testing.T) {
	long := "<p>" + strings.Repeat("The ferry strike ended overnight. ", 40) + "</p>"
	feedXML := `<rss version="2.0"><channel><title>Harbour Wire</title>
<item><title>Page</title><link>https://wire.example/a</link><pubDate>Tue, 03 Mar 2026 09:30:00 GMT</pubDate><source url="https://c.example/rss">Coastal Times</source></item>
<item><title>Gone, full text</title><link>https://wire.example/gone-full</link><description>` + html.EscapeString(long) + `</description></item>
<item><title>Gone, summary</title><link>https://wire.example/gone</link><description>Short.</description></item>
<item><title>Data</title><link>https://wire.example/data.json</link></item>
</channel></rss>`
	fetch := func(u string) ([]byte, string, string, error) {
		switch u {
		case "https://wire.example/rss":
			return []byte(feedXML), "application/rss+xml", u, nil
		case "https://wire.example/a":
			return []byte("<html><body><p>Page text.</p></body></html>"), "text/html", u + "?final", nil
		case "https://wire.example/data.json":
			return []byte("{}"), "application/json", u, nil
		case "https://wire.example/empty":
			return []byte(`<rss version="2.0"><channel><title>Empty</title></channel></rss>`), "text/xml", u, nil
		case "https://wire.example/json":
			return []byte(`{"a": 1}`), "application/json", u, nil
		}
		return nil, "", "", fmt.Errorf("%s: 404 Not Found", u)
	}
	docs, errs := read(t, &ingest.Reader{Fetch: fetch}, "https://wire.example/rss", "https://wire.example/empty", "https://wire.example/json")
	if len(docs) != 2 {
		t.Fatalf("%d docs, want 2: %+v", len(docs), docs)
	}
	if d := docs[0]; d.Source != "https://wire.example/a" || d.URL != "https://wire.example/a?final" || d.Outlet != "Coastal Times" ||
		d.Published == nil || d.Published.Format(time.RFC3339) != "2026-03-03T09:30:00Z" || !strings.Contains(d.HTML, "Page text") {
		t.Errorf("page item: %+v", d)
	}
	if d := docs[1]; d.Source != "https://wire.example/gone-full" || d.Title != "Gone, full text" || !strings.Contains(d.HTML, "ferry strike") {
		t.Errorf("full-content item: %+v", d)
	}
	want := map[string]string{"gone": "404", "data.json": "not a page", "empty": "no items", "json": "not an RSS"}
	if len(errs) != len(want) {
		t.Errorf("errors %v, want %v", errs, want)
	}
	for src, msg := range want {
		if !strings.Contains(errs[src], msg) {
			t.Errorf("%s: error %q, want %q", src, errs[src], msg)
		}
	}
}

// A feed saved as a file, or given on standard input, is read item by
// item as a fetched one is; an XML file that is no feed says so.
func TestReadFeedFile(t *testing.T) {
	long := strings.Repeat("The ferry strike ended overnight. ", 40)
	rss := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Wire</title>
<item><title>Full text</title><link>https://wire.example/full</link><description>` + html.EscapeString("<p>"+long+"</p>") + `</description></item>
<item><title>Summary</title><link>https://wire.example/summary</link><description>Short.</description></item>
<item><title>No link</title><description>` + html.EscapeString("<p>"+long+"</p>") + `</description></item>
<item><title>No link, summary</title><description>Short.</description></item>
</channel></rss>`
	jsonFeed := `{"version": "https:\/\/jsonfeed.org\/version\/1.1", "title": "Harbour Wire", "items": [{"id": "1", "url": "https://wire.example/j", "title": "JSON item", "content_text": "` + long + `"}]}`
	dir := t.TempDir()
	files := map[string]string{
		"wire.xml":    rss,
		"wire.rss":    rss,
		"feed.json":   jsonFeed,
		"sitemap.xml": `<?xml version="1.0"?><urlset><url><loc>https://wire.example/a</loc></url></urlset>`,
		"page.xml":    `<?xml version="1.0"?><html><body><p>A page.</p></body></html>`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, errs := read(t, &ingest.Reader{}, dir)
	var titles []string
	for _, d := range docs {
		titles = append(titles, d.Title)
	}
	if got, want := strings.Join(titles, "|"), "JSON item|Full text|No link|Full text|No link"; got != want {
		t.Errorf("items read: %q, want %q", got, want)
	}
	for src, msg := range map[string]string{"summary": "web addresses are not read here", "sitemap.xml": "not an RSS", "page.xml": "not an RSS"} {
		if !strings.Contains(errs[src], msg) {
			t.Errorf("%s: error %q, want %q (all: %v)", src, errs[src], msg, errs)
		}
	}
	var linkless []string // a short item with no link is named by its content
	for src, e := range errs {
		if strings.HasPrefix(src, "item:") {
			linkless = append(linkless, e)
		}
	}
	if len(linkless) != 1 || !strings.Contains(linkless[0], "no link") { // the same item in wire.xml and wire.rss
		t.Errorf("short items with no link: %q", linkless)
	}
	docs, errs = read(t, &ingest.Reader{Stdin: strings.NewReader(rss)}, "-")
	if len(docs) != 2 || docs[0].Title != "Full text" {
		t.Errorf("a feed on standard input: %d docs, errors %v", len(docs), errs)
	}
}

// Pages, whether a feed's items or addresses given as inputs, are fetched
// from several hosts at once, each host's in turn, and read in order.
func TestReadHostsSideBySide(t *testing.T) {
	links := []string{"https://a.example/1", "https://b.example/1", "https://a.example/2", "https://b.example/2"}
	var items strings.Builder
	for _, l := range links {
		fmt.Fprintf(&items, "<item><link>%s</link></item>", l)
	}
	for _, tt := range []struct {
		name  string
		paths []string
	}{
		{"a feed's items", []string{"https://wire.example/rss"}},
		{"addresses", links},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var calls []string
			bStarted := make(chan struct{})
			overlapped := false
			fetch := func(u string) ([]byte, string, string, error) {
				if u == "https://wire.example/rss" {
					return []byte(`<rss version="2.0"><channel><title>Wire</title>` + items.String() + `</channel></rss>`), "application/rss+xml", u, nil
				}
				mu.Lock()
				calls = append(calls, u)
				mu.Unlock()
				switch u {
				case "https://b.example/1":
					close(bStarted)
				case "https://a.example/1": // waits for the other host, or three seconds
					select {
					case <-bStarted:
						overlapped = true
					case <-time.After(3 * time.Second):
					}
				}
				return []byte("<html><body><p>The ferry strike at " + u + " ended overnight.</p></body></html>"), "text/html", u, nil
			}
			docs, errs := read(t, &ingest.Reader{Fetch: fetch}, tt.paths...)
			if !overlapped {
				t.Errorf("one host's page waited for another's")
			}
			var got []string
			for _, d := range docs {
				got = append(got, d.Source)
			}
			if !slices.Equal(got, links) || len(errs) != 0 {
				t.Errorf("documents read from %v (errors %v), want %v", got, errs, links)
			}
			for _, host := range []string{"https://a.example/", "https://b.example/"} {
				var order []string
				for _, c := range calls {
					if strings.HasPrefix(c, host) {
						order = append(order, c)
					}
				}
				if !slices.IsSorted(order) {
					t.Errorf("%s fetched in the order %v", host, order)
				}
			}
		})
	}
}
