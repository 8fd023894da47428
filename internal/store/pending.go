package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Stories whose articles a placement changed are marked pending and composed
// after it commits, outside the lock that placing takes: composing them is
// most of the work a placement would otherwise do while every other
// process waits. A mark's generation is new with every placement that
// touches the story, so a composition made from articles read before a
// later placement is known as out of date and not stored.

// A Pending story is marked to be composed again.
type Pending struct {
	Story string
	Line  string // its storyline, kept up to date by JoinStorylines and SetStoryline
	Gen   int64  // the mark's generation
}

// MarkPending marks stories to be composed again, each in a generation
// none had before: a story's generation is never seen twice, even when it
// was composed (and its mark dropped) and marked again since.
func (t *Tx) MarkPending(marks ...Pending) error {
	if len(marks) == 0 {
		return nil
	}
	var gen int64
	err := t.queryRow(`INSERT INTO state (key, value, version) VALUES ('pending', '', 1)
		ON CONFLICT(key) DO UPDATE SET version = state.version + 1 RETURNING version`).Scan(&gen)
	if err != nil {
		return fmt.Errorf("mark stories to compose: %w", err)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	for part := range slices.Chunk(marks, 200) {
		args := make([]any, 0, 4*len(part))
		for _, m := range part {
			args = append(args, m.Story, m.Line, gen, now)
		}
		q := "INSERT INTO pending_stories (story, line, gen, marked) VALUES (?, ?, ?, ?)" +
			strings.Repeat(", (?, ?, ?, ?)", len(part)-1) +
			" ON CONFLICT (story) DO UPDATE SET line = excluded.line, gen = excluded.gen, marked = excluded.marked"
		if _, err := t.exec(q, args...); err != nil {
			return fmt.Errorf("mark stories to compose: %w", err)
		}
	}
	return nil
}

// Pending returns the marks of those of the stories that are pending.
func (t *Tx) Pending(stories []string) (map[string]Pending, error) {
	return pendingOf(t.query, stories)
}

// Pending returns the marks of those of the stories that are pending, as
// last committed.
func (s *DB) Pending(ctx context.Context, stories []string) (map[string]Pending, error) {
	return pendingOf(func(q string, args ...any) (*sql.Rows, error) { return s.query(ctx, q, args...) }, stories)
}

func pendingOf(query func(q string, args ...any) (*sql.Rows, error), stories []string) (map[string]Pending, error) {
	out := map[string]Pending{}
	for part := range slices.Chunk(stories, 500) {
		where, args := inList("story", part)
		rows, err := query("SELECT story, line, gen FROM pending_stories "+where, args...)
		if err != nil {
			return nil, fmt.Errorf("stories to compose: %w", err)
		}
		for rows.Next() {
			var m Pending
			if err := rows.Scan(&m.Story, &m.Line, &m.Gen); err != nil {
				rows.Close()
				return nil, fmt.Errorf("stories to compose: %w", err)
			}
			out[m.Story] = m
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("stories to compose: %w", err)
		}
	}
	return out, nil
}

// PendingStories returns the stories marked pending before a time (every one
// for the zero time), in the order of their IDs.
func (s *DB) PendingStories(ctx context.Context, before time.Time) ([]string, error) {
	q, args := "SELECT story FROM pending_stories", []any{}
	if !before.IsZero() {
		q, args = q+" WHERE marked < ?", []any{before.UTC().Format(time.RFC3339)}
	}
	rows, err := s.query(ctx, q+" ORDER BY story", args...)
	if err != nil {
		return nil, fmt.Errorf("stories to compose: %w", err)
	}
	return scanIDs(rows)
}

// PendingStories returns every story marked pending, in the order of their IDs.
func (t *Tx) PendingStories() ([]string, error) {
	rows, err := t.query("SELECT story FROM pending_stories ORDER BY story")
	if err != nil {
		return nil, fmt.Errorf("stories to compose: %w", err)
	}
	return scanIDs(rows)
}

// StoryAnalyses returns a story's articles as last committed, in the
// order they arrived, with their analyses but not their text, and their
// earlier texts.
func (s *DB) StoryAnalyses(ctx context.Context, story string) ([]Record, error) {
	recs, err := scanRecords(s.query(ctx, storyAnalyses, story))
	if err != nil || len(recs) == 0 {
		return recs, err
	}
	revs, err := scanRevisions(s.query(ctx, storyRevisions, story))
	return withRevisions(recs, revs, err)
}

// unpend are the statements that drop the marks of stories composed or
// deleted.
func unpend(ids []string) []stmt {
	var stmts []stmt
	for part := range slices.Chunk(ids, 500) {
		where, args := inList("story", part)
		stmts = append(stmts, stmt{"DELETE FROM pending_stories " + where, args})
	}
	return stmts
}
