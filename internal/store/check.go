package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
)

// Check verifies that the store is whole: every article is in a stored
// story whose record lists exactly its articles, or in one marked to be
// composed again, every copy's original is stored, and every merged story
// leads to a stored one. It returns the problems found, joined; nil when
// there are none.
func (s *DB) Check(ctx context.Context) error {
	var problems []error
	for _, q := range []struct{ what, query string }{
		{"articles in no stored story", "SELECT count(*) FROM articles WHERE story NOT IN (SELECT id FROM stories) AND story NOT IN (SELECT story FROM pending_stories)"},
		{"copies of articles not stored", "SELECT count(*) FROM articles WHERE copy_of <> '' AND copy_of NOT IN (SELECT id FROM articles)"},
		{"stories whose article count is wrong", "SELECT count(*) FROM stories WHERE n_articles <> (SELECT count(*) FROM articles WHERE story = stories.id) AND id NOT IN (SELECT story FROM pending_stories)"},
		{"merged stories leading to no stored story", "SELECT count(*) FROM story_merges WHERE into_id NOT IN (SELECT id FROM stories) AND into_id NOT IN (SELECT story FROM pending_stories)"},
		{"earlier texts of articles not stored", "SELECT count(*) FROM article_revisions WHERE article NOT IN (SELECT id FROM articles)"},
		{"stories to compose that have no articles", "SELECT count(*) FROM pending_stories WHERE story NOT IN (SELECT story FROM articles)"},
		{"names whose count of stories is wrong", `SELECT count(*) FROM (SELECT name, type, count(*) AS n FROM story_entities GROUP BY name, type) e
			FULL JOIN entity_counts c ON c.name = e.name AND c.type = e.type WHERE c.stories IS DISTINCT FROM e.n`},
	} {
		var n int
		if err := s.queryRow(ctx, q.query).Scan(&n); err != nil {
			return fmt.Errorf("check: %w", err)
		}
		if n > 0 {
			problems = append(problems, fmt.Errorf("%d %s", n, q.what))
		}
	}
	members := map[string][]string{}
	rows, err := s.query(ctx, "SELECT story, id FROM articles ORDER BY story, id")
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	for rows.Next() {
		var story, id string
		if err := rows.Scan(&story, &id); err != nil {
			rows.Close()
			return fmt.Errorf("check: %w", err)
		}
		members[story] = append(members[story], id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("check: %w", err)
	}
	stories, err := s.Stories(ctx)
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	marked, err := s.PendingStories(ctx, time.Time{})
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	pending := map[string]bool{}
	for _, id := range marked {
		pending[id] = true
	}
	for _, st := range stories {
		if pending[st.ID] {
			continue
		}
		listed := slices.Sorted(slices.Values(st.Articles))
		if !slices.Equal(listed, members[st.ID]) {
			problems = append(problems, fmt.Errorf("story %s lists %d articles, %d are stored in it", st.ID, len(listed), len(members[st.ID])))
		}
	}
	return errors.Join(problems...)
}
