package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/sample"
)

// Queued inputs are run by a worker, and the queue shows what became of
// them: a page with no article is dead, with its error.
func TestEnqueueWorkerJobs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	src := filepath.Join(dir, "sample")
	if err := sample.WriteTo(src); err != nil {
		t.Fatal(err)
	}
	notice := filepath.Join(dir, "notice.html")
	os.WriteFile(notice, []byte(`<html><body><p>This video is not available in your region. Please enable JavaScript.</p></body></html>`), 0o644)

	code, out, stderr := crosscheck(t, "", "enqueue", "--db", db, src, notice)
	if code != 0 || !strings.HasPrefix(out, "14 jobs queued, 0 queued already") {
		t.Fatalf("enqueue: exit %d %s %s", code, out, stderr)
	}
	if _, out, _ = crosscheck(t, "", "enqueue", "--db", db, src); !strings.HasPrefix(out, "0 jobs queued, 13 queued already") {
		t.Errorf("enqueue again: %s", out)
	}
	if code, out, stderr = crosscheck(t, "", "worker", "--db", db, "--once"); code != 0 || !strings.HasPrefix(out, "14 jobs run") {
		t.Fatalf("worker: exit %d %s %s", code, out, stderr)
	}
	code, out, _ = crosscheck(t, "", "jobs", "--db", db, "--json")
	var q struct {
		Counts []struct {
			Kind, State string
			Jobs        int
		}
		Dead []struct{ Key, Error string }
	}
	if err := json.Unmarshal([]byte(out), &q); code != 0 || err != nil {
		t.Fatalf("jobs: exit %d %v %s", code, err, out)
	}
	if len(q.Counts) != 2 || q.Counts[0].State != "dead" || q.Counts[0].Jobs != 1 || q.Counts[1].State != "done" || q.Counts[1].Jobs != 13 {
		t.Errorf("job counts %+v", q.Counts)
	}
	if len(q.Dead) != 1 || q.Dead[0].Key != notice || !strings.Contains(q.Dead[0].Error, "no article") {
		t.Errorf("dead jobs %+v", q.Dead)
	}
	if _, out, _ = crosscheck(t, "", "stories", "--db", db); strings.Count(out, "\n") != 6 {
		t.Errorf("stories after the worker:\n%s", out)
	}
}
