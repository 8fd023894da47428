//go:build unix

package ingest_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
)

// A device or pipe named as an input has no size to check beforehand: it is
// read to the limit and refused past it, not read until memory runs out.
func TestReadStreamsNamedAsFiles(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer w.Close()
		for range 100 { // 10 KB, ten times the limit; the reader stops at it
			if _, err := w.Write([]byte(strings.Repeat("word ", 20))); err != nil {
				return
			}
		}
	}()
	good := filepath.Join(t.TempDir(), "good.txt")
	os.WriteFile(good, []byte("The council approved the plan."), 0o644)
	docs, errs := read(t, &ingest.Reader{MaxBytes: 1000}, fifo, good)
	if !strings.Contains(errs["pipe"], "too large") {
		t.Errorf("a pipe of 10 KB: error %q, want it too large", errs["pipe"])
	}
	if len(docs) != 1 || docs[0].ID != "good" {
		t.Errorf("docs = %+v, want the good file read after it", docs)
	}
}

// In a directory, a link to a file is read as the file, a link to nothing
// is an error, and a link to a directory is not followed (it may loop
// back); a link to a directory named as an input is read as the directory.
func TestReadDirectoryLinks(t *testing.T) {
	dir, elsewhere := t.TempDir(), t.TempDir()
	target := filepath.Join(elsewhere, "story.txt")
	os.WriteFile(target, []byte("The council approved the plan."), 0o644)
	for link, to := range map[string]string{"linked.txt": target, "back": dir, "gone.txt": filepath.Join(elsewhere, "missing.txt")} {
		if err := os.Symlink(to, filepath.Join(dir, link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	docs, errs := read(t, &ingest.Reader{}, dir)
	if len(docs) != 1 || docs[0].ID != "linked" {
		t.Errorf("docs %+v; want the linked file once", docs)
	}
	if len(errs) != 1 || !strings.Contains(errs["gone.txt"], "broken link") {
		t.Errorf("errors %v; want one, for the broken link", errs)
	}

	// A link to a directory named as an input is the directory.
	named := filepath.Join(t.TempDir(), "news")
	if err := os.Symlink(elsewhere, named); err != nil {
		t.Fatal(err)
	}
	if docs, errs := read(t, &ingest.Reader{}, named); len(docs) != 1 || docs[0].ID != "story" || len(errs) != 0 {
		t.Errorf("a link to a directory, named: docs %+v, errors %v; want its file", docs, errs)
	}
}

// A pipe met in a directory is not read (it may never end) but named.
func TestReadDirectoryPipe(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("The council approved the plan."), 0o644)
	docs, errs := read(t, &ingest.Reader{}, dir)
	if len(docs) != 1 || docs[0].ID != "good" {
		t.Errorf("docs %+v; want the good file", docs)
	}
	if len(errs) != 1 || !strings.Contains(errs["pipe"], "a named pipe, not read") {
		t.Errorf("errors %v; want one, naming the pipe", errs)
	}
}
