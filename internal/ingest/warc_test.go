package ingest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
)

// warcRecord is one WARC record of the type, for the address, holding block.
func warcRecord(typ, uri, contentType, block string) string {
	var h strings.Builder
	fmt.Fprintf(&h, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\nWARC-Date: 2026-04-07T09:00:00Z\r\n", typ, len(block))
	if uri != "" {
		fmt.Fprintf(&h, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&h, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	return h.String()
}

// httpResponse is an archived HTTP response.
func httpResponse(status, contentType, body string, header ...string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\n%sContent-Length: %d\r\n\r\n%s", status, contentType, strings.Join(header, ""), len(body), body)
}

func TestReadWARC(t *testing.T) {
	page := func(title string) string {
		return "<html><head><title>" + title + "</title></head><body><article><p>The council approved the harbour plan on Tuesday after a long debate.</p></article></body></html>"
	}
	const httpType = "application/http; msgtype=response"
	records := []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: a crawler\r\n"),
		warcRecord("request", "https://news.example/harbour", "application/http; msgtype=request", "GET /harbour HTTP/1.1\r\nHost: news.example\r\n\r\n"),
		warcRecord("response", "https://news.example/harbour", httpType, httpResponse("200 OK", "text/html; charset=utf-8", page("Harbour plan approved"))),
		warcRecord("response", "https://news.example/old", httpType, httpResponse("301 Moved Permanently", "text/html", "", "Location: /harbour\r\n")),
		warcRecord("response", "https://news.example/logo.png", httpType, httpResponse("200 OK", "image/png", "\x89PNG\r\n\x1a\n\x00\x00")),
		warcRecord("resource", "https://other.example/plan", "text/html", page("Plan passes")),
		warcRecord("response", "https://news.example/zipped", httpType, httpResponse("200 OK", "text/html", gzipped(page("Compressed page")), "Content-Encoding: gzip\r\n")),
		warcRecord("response", "https://news.example/huge", httpType, httpResponse("200 OK", "text/html", "<p>"+strings.Repeat("x", 5000)+"</p>")),
		warcRecord("metadata", "https://news.example/harbour", "application/warc-fields", "via: https://news.example/\r\n"),
	}
	archive := strings.Join(records, "")
	// Each record compressed apart, as crawlers write them.
	var perRecord strings.Builder
	for _, rec := range records {
		perRecord.WriteString(gzipped(rec))
	}
	images := warcRecord("response", "https://news.example/logo.png", httpType, httpResponse("200 OK", "image/png", "\x89PNG"))
	tests := []struct {
		name, body string
		urls       []string // pages read
		errs       []string // errors, each naming its input
	}{
		{"crawl.warc", archive, []string{"https://news.example/harbour", "https://other.example/plan", "https://news.example/zipped"},
			[]string{"crawl.warc: record 8 https://news.example/huge: input too large"}},
		{"crawl.warc.gz", perRecord.String(), []string{"https://news.example/harbour", "https://other.example/plan", "https://news.example/zipped"},
			[]string{"crawl.warc.gz: record 8 https://news.example/huge: input too large"}},
		{"whole.warc.gz", gzipped(archive), []string{"https://news.example/harbour", "https://other.example/plan", "https://news.example/zipped"},
			[]string{"whole.warc.gz: record 8 https://news.example/huge: input too large"}},
		{"images.warc", images, nil, []string{"images.warc: no HTML page in the web archive"}},
		// Cut inside its third record: the pages before it are read.
		{"cut.warc", archive[:strings.Index(archive, "Harbour plan approved")], nil,
			[]string{"cut.warc: record 3 https://news.example/harbour: web archive record cut short: 99 of its 250 bytes"}},
		// A record whose head is broken is passed over, and the rest read.
		{"broken.warc", records[2] + "WARC/1.0\r\nContent-Length: many\r\n\r\nx" + records[5], []string{"https://news.example/harbour", "https://other.example/plan"}, nil},
		{"junk.warc", "\x00\x01binary junk", nil, []string{"junk.warc: record 1: unreadable web archive record"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), tt.name)
			if err := os.WriteFile(p, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			var urls, errs []string
			r := &ingest.Reader{MaxBytes: 1000,
				Doc: func(d extract.Doc) {
					urls = append(urls, d.URL)
					if !strings.Contains(d.HTML, "council approved") || !strings.HasPrefix(d.Source, p+": record ") {
						t.Errorf("page %+v", d)
					}
				},
				Fail: func(src string, err error) {
					errs = append(errs, strings.TrimPrefix(src, filepath.Dir(p)+"/")+": "+err.Error())
				}}
			r.Read([]string{filepath.Dir(p)})
			if !slices.Equal(urls, tt.urls) || len(errs) != len(tt.errs) {
				t.Fatalf("read %q, errors %q; want %q and %q", urls, errs, tt.urls, tt.errs)
			}
			for i, e := range errs {
				if !strings.HasPrefix(e, tt.errs[i]) {
					t.Errorf("error %q, want %q…", e, tt.errs[i])
				}
			}
		})
	}
	// Piped in, an archive is known by its first bytes.
	var urls []string
	r := &ingest.Reader{Stdin: strings.NewReader(archive), Doc: func(d extract.Doc) { urls = append(urls, d.URL) }, Fail: func(string, error) {}}
	if r.Read([]string{"-"}); len(urls) != 4 { // the huge page too, under the default limit
		t.Errorf("standard input: %q", urls)
	}
}
