package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// SimilarStory is a story whose articles use the words another's title,
// summary and names do: perhaps the same event split in two, or one that
// follows on from it. An editor decides which (merge, link or neither);
// the store only finds them.
type SimilarStory struct {
	StorySummary
	Shared []string `json:"shared"` // the people, organisations and places both name (at most maxShared)
}

// similarWords bounds the words a story is looked for by: its title's,
// then its summary's and its names'.
const similarWords = 60

// SimilarStories returns up to limit stories most alike to story id by
// the full-text index, those of its storyline left out (its page lists
// them already). BENCHMARKS.md measures how often another part of an
// event split in several stories is among them.
func (s *DB) SimilarStories(ctx context.Context, id string, limit int) ([]SimilarStory, error) {
	var raw, line string
	err := s.queryRow(ctx, "SELECT data, storyline FROM stories WHERE id = ?", id).Scan(&raw, &line)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	var st model.Story
	if err := json.Unmarshal([]byte(raw), &st); err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	words := storyWords(st)
	out := []SimilarStory{}
	if len(words) == 0 {
		return out, nil
	}
	rows, err := s.query(ctx, s.d.similar, s.d.matchAny(words), id, cmp.Or(line, id), limit)
	if err != nil {
		return nil, fmt.Errorf("stories like %s: %w", id, err)
	}
	var ids []string
	for rows.Next() {
		var other string
		if err := rows.Scan(&other); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, other)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stories like %s: %w", id, err)
	}
	sums, err := s.summaries(ctx, ids)
	if err != nil {
		return nil, err
	}
	shared, err := s.sharedNames(ctx, id, ids)
	if err != nil {
		return nil, err
	}
	for _, other := range ids {
		if sum, ok := sums[other]; ok {
			out = append(out, SimilarStory{StorySummary: sum, Shared: append([]string{}, shared[other]...)})
		}
	}
	return out, nil
}

// storyWords are the words a story is known by, lower-case, each once:
// its title's, its summary's and its names', less those that carry no
// topic.
func storyWords(st model.Story) []string {
	var words []string
	seen := map[string]bool{}
	add := func(s string) {
		for _, w := range strings.FieldsFunc(text.Spaced(s), notWord) {
			w = strings.ToLower(w)
			if len(w) > 2 && !text.StopWord(w) && !seen[w] && len(words) < similarWords {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	add(st.Title)
	for _, c := range st.Summary {
		add(c.Text)
	}
	for _, e := range st.Entities {
		add(e.Name)
	}
	return words
}

// maxShared bounds the names shown for a pair of stories: enough to tell
// why they are alike.
const maxShared = 12

// sharedNames returns, for each of the other stories, the names it and
// story id both give.
func (s *DB) sharedNames(ctx context.Context, id string, others []string) (map[string][]string, error) {
	if len(others) == 0 {
		return nil, nil
	}
	args := []any{id}
	for _, o := range others {
		args = append(args, o)
	}
	rows, err := s.query(ctx, `SELECT story, name FROM story_entities
		WHERE name IN (SELECT name FROM story_entities WHERE story = ?)
		AND story IN (?`+strings.Repeat(",?", len(others)-1)+`) ORDER BY story, name`, args...)
	if err != nil {
		return nil, fmt.Errorf("names shared with story %s: %w", id, err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var story, name string
		if err := rows.Scan(&story, &name); err != nil {
			return nil, err
		}
		if len(out[story]) < maxShared {
			out[story] = append(out[story], name)
		}
	}
	return out, rows.Err()
}
