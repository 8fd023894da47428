package ingest

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/extract"
)

func FuzzReadStdin(f *testing.F) {
	for _, s := range []string{`{"text":"a"}`, `[{"html":"<p>x</p>"}]`, "<p>x</p>", "plain", "\x00\x01", `{"published":"x","text":"y"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		docs, fails := 0, 0
		r := Reader{MaxBytes: 1 << 16, Stdin: strings.NewReader(s),
			Doc:  func(d extract.Doc) { docs++ },
			Fail: func(src string, err error) { fails++ }}
		r.Read([]string{"-"})
		if docs+fails == 0 {
			t.Fatalf("input %q neither read nor reported", s)
		}
	})
}
