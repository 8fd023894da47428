package ingest

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/extract"
)

func FuzzReadStdin(f *testing.F) {
	for _, s := range []string{`{"text":"a"}`, `[{"html":"<p>x</p>"}]`, "<p>x</p>", "plain", "\x00\x01", `{"published":"x","text":"y"}`, `{"edit":{"action":"move"}}` + "\n" + `{"text":"a"}`, `{"id":"a","text":"x","revision":1}` + "\n" + `{"id":"a","text":"y"}`, "caf\xe9", "\xff\xfeT\x00h\x00", "\xef\xbb\xbfx", "caf\xc3\xa9 \xe9", "---\ntitle: a\npublished: x\n---\nb", "---\nauthor: [[a]]\n...\nb", "---\n- a\n---\n",
		`<rss version="2.0"><channel><title>W</title><item><title>a</title><description>b c</description></item></channel></rss>`,
		`{"version":"https://jsonfeed.org/version/1.1","title":"W","items":[{"id":"1","content_text":"a b"}]}`,
		"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.example/x\r\nContent-Type: text/html\r\nContent-Length: 10\r\n\r\n<p>a b</p>\r\n\r\n",
		"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/y\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 54\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>a b</p>\r\n\r\n",
		"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xabP\xc8,\x06\x00\xe7\xe1\xb1\xca\x04\x00\x00\x00"} { // gzip of "x is"
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		docs, fails := 0, 0
		r := Reader{MaxBytes: 1 << 16, Stdin: strings.NewReader(s),
			Doc: func(d extract.Doc) {
				docs++
				if !utf8.ValidString(d.Text) || !utf8.ValidString(d.HTML) {
					t.Fatalf("invalid UTF-8 out of %q", s)
				}
			},
			Fail: func(src string, err error) { fails++ },
			Edit: func(src string, e json.RawMessage) { docs++ }}
		r.Read([]string{"-"})
		if docs+fails == 0 {
			t.Fatalf("input %q neither read nor reported", s)
		}
	})
}
