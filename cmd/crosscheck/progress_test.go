package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
)

func TestProgress(t *testing.T) {
	if newProgress(&bytes.Buffer{}) != nil {
		t.Error("a progress line on a buffer")
	}
	if f, err := os.CreateTemp(t.TempDir(), "log"); err == nil && newProgress(f) != nil {
		t.Error("a progress line on a file")
	}
	var buf bytes.Buffer
	p := &progress{w: &buf, start: time.Now().Add(-2 * time.Second)}
	p.update(pipeline.Result{New: 3, Duplicates: 1})
	logger(p).Warn("input not read", "source", "x.txt")
	p.update(pipeline.Result{New: 1}) // too soon: not drawn
	p.finish()
	want := "\r\033[K4 inputs: 3 added, 1 already stored, 0 not read · 2/s · 2s" +
		"\r\033[Ktime="
	if got := buf.String(); !strings.HasPrefix(got, want) || !strings.Contains(got, "source=x.txt\n4 inputs: 3 added") || !strings.HasSuffix(got, "\r\033[K") {
		t.Errorf("got %q", got)
	}
}
