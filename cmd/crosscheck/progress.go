package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/pipeline"
)

// progress draws a one-line progress report on a terminal. Log lines
// written through it clear the line first, and the report is drawn again
// at the next update.
type progress struct {
	w     io.Writer
	mu    sync.Mutex
	start time.Time
	drawn time.Time
	line  string
}

// newProgress returns a progress line on w, or nil when w is not a
// terminal (a file or pipe gets the logs alone).
func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	if info, err := f.Stat(); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return &progress{w: w, start: time.Now()}
}

// update redraws the line with an ingest's counts.
func (p *progress) update(r pipeline.Result) {
	done := r.New + len(r.Updated) + r.Duplicates + len(r.Errors)
	var updated string
	if len(r.Updated) > 0 {
		updated = fmt.Sprintf(", %d updated", len(r.Updated))
	}
	p.draw(done, func(rate string) string {
		return fmt.Sprintf("%d inputs: %d added%s, %d already stored, %d not read · %s", done, r.New, updated, r.Duplicates, len(r.Errors), rate)
	})
}

// reanalysed redraws the line with a reanalysis's counts.
func (p *progress) reanalysed(articles, stories int) {
	p.draw(articles, func(rate string) string {
		return fmt.Sprintf("%d articles read again, %d stories rebuilt · %s", articles, stories, rate)
	})
}

// draw redraws the line, at most ten times a second; line is given the
// rate of done items and the time so far.
func (p *progress) draw(done int, line func(rate string) string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.drawn) < 100*time.Millisecond {
		return
	}
	p.drawn = time.Now()
	elapsed := time.Since(p.start)
	p.line = line(fmt.Sprintf("%.0f/s · %s", float64(done)/elapsed.Seconds(), elapsed.Round(time.Second)))
	fmt.Fprintf(p.w, "\r\033[K%s", p.line)
}

// Write writes a log line above the progress line.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.w, "\r\033[K")
	n, err := p.w.Write(b)
	if p.line != "" {
		fmt.Fprint(p.w, p.line)
	}
	return n, err
}

// finish clears the progress line; a nil progress does nothing.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.line != "" {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
