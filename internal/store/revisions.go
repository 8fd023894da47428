package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/model"
)

// revisionsTable keeps the texts an article had before it was updated
// (the same ID, a page's address or a file's name, read again with other
// text). Both databases make it alike.
const revisionsTable = `CREATE TABLE article_revisions (
	article   TEXT NOT NULL,
	n         INTEGER NOT NULL,
	hash      TEXT NOT NULL,
	url       TEXT NOT NULL,
	outlet    TEXT NOT NULL,
	author    TEXT NOT NULL,
	title     TEXT NOT NULL,
	published TEXT,
	body      TEXT NOT NULL,
	stored    TEXT NOT NULL,
	replaced  TEXT NOT NULL,
	PRIMARY KEY (article, n)
);`

// A Revision is a text a stored article had before an update replaced it:
// a report rewritten as the news came in, or corrected.
type Revision struct {
	N        int           // 1 for the text first stored
	Article  model.Article // as it was, with its text
	Stored   time.Time     // when this text was stored
	Replaced time.Time     // when the next text replaced it
}

// Updated is what UpdateArticle changed.
type Updated struct {
	Story    string // the story the article is in, and stays in
	CopyOf   string // the original it is a copy of, if it is one
	Revision int    // the number its replaced text was kept under
}

// UpdateArticle replaces a stored article's text, title, date and
// analysis with r's, keeping what it had as a revision replaced at at (when
// the source says it was updated, or now). The article stays in its story
// and keeps its place in the order stored.
func (t *Tx) UpdateArticle(r Record, at time.Time) (Updated, error) {
	a := r.Article
	var u Updated
	err := t.queryRow("SELECT story, copy_of FROM articles WHERE id = ?", a.ID).Scan(&u.Story, &u.CopyOf)
	if errors.Is(err, sql.ErrNoRows) {
		return u, fmt.Errorf("update article %s: %w", a.ID, ErrNotFound)
	}
	if err != nil {
		return u, fmt.Errorf("update article %s: %w", a.ID, err)
	}
	if err := t.queryRow("SELECT COALESCE(MAX(n), 0) + 1 FROM article_revisions WHERE article = ?", a.ID).Scan(&u.Revision); err != nil {
		return u, fmt.Errorf("update article %s: %w", a.ID, err)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	var pub any
	if a.Published != nil {
		pub = a.Published.UTC().Format(time.RFC3339)
	}
	body := strings.Join(a.Paragraphs, "\n")
	set := "hash = ?, source = ?, url = ?, outlet = ?, author = ?, title = ?, published = ?, body = ?, analysis = ?, added = ?"
	args := []any{a.Hash, a.Source, a.URL, a.Outlet, a.Author, a.Title, pub, body, string(r.Analysis), now}
	if t.d.words != nil {
		set += ", search = " + t.d.words.param
		args = append(args, t.d.words.of(a.Title, body))
	}
	err = t.execAll([]stmt{
		{`INSERT INTO article_revisions (article, n, hash, url, outlet, author, title, published, body, stored, replaced)
			SELECT id, ?, hash, url, outlet, author, title, published, body, added, ? FROM articles WHERE id = ?`, []any{u.Revision, at.UTC().Format(time.RFC3339), a.ID}},
		{"UPDATE articles SET " + set + " WHERE id = ?", append(args, a.ID)},
	})
	if err != nil {
		return u, fmt.Errorf("update article %s: %w", a.ID, err)
	}
	return u, nil
}

// Revisions returns the texts a stored article had before its updates,
// the first first; none for an article never updated.
func (s *DB) Revisions(ctx context.Context, id string) ([]Revision, error) {
	revs, err := scanRevisions(s.query(ctx, revisionColumns+"WHERE r.article = ? ORDER BY n", id))
	if err != nil {
		return nil, fmt.Errorf("revisions of %s: %w", id, err)
	}
	return revs, nil
}

// revisionColumns read article_revisions r, for scanRevisions.
const revisionColumns = `SELECT r.article, r.n, r.hash, r.url, r.outlet, r.author, r.title, r.published, r.body, r.stored, r.replaced
	FROM article_revisions r `

// storyRevisions are the earlier texts of a story's articles, each
// article's first first.
const storyRevisions = revisionColumns + "JOIN articles a ON a.id = r.article WHERE a.story = ? ORDER BY r.article, r.n"

func scanRevisions(rows *sql.Rows, err error) ([]Revision, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Revision
	for rows.Next() {
		var (
			r                     Revision
			pub                   sql.NullString
			body, stored, replacd string
		)
		a := &r.Article
		if err := rows.Scan(&a.ID, &r.N, &a.Hash, &a.URL, &a.Outlet, &a.Author, &a.Title, &pub, &body, &stored, &replacd); err != nil {
			return nil, err
		}
		a.Published = parseTime(pub)
		a.Paragraphs = strings.Split(body, "\n")
		r.Stored, _ = time.Parse(time.RFC3339, stored)
		r.Replaced, _ = time.Parse(time.RFC3339, replacd)
		out = append(out, r)
	}
	return out, rows.Err()
}

// withRevisions gives each record of a story its article's earlier texts.
func withRevisions(recs []Record, revs []Revision, err error) ([]Record, error) {
	if err != nil || len(revs) == 0 {
		return recs, err
	}
	of := map[string][]Revision{}
	for _, r := range revs {
		of[r.Article.ID] = append(of[r.Article.ID], r)
	}
	for i := range recs {
		recs[i].Revisions = of[recs[i].Article.ID]
	}
	return recs, nil
}

// Revised returns which of ids (all stored articles, when none are given)
// have earlier texts.
func (s *DB) Revised(ctx context.Context, ids ...string) (map[string]bool, error) {
	out := map[string]bool{}
	parts := slices.Collect(slices.Chunk(ids, 500))
	if len(ids) == 0 {
		parts = [][]string{nil}
	}
	for _, part := range parts {
		where, args := inList("article", part)
		rows, err := s.query(ctx, "SELECT DISTINCT article FROM article_revisions "+where, args...)
		if err != nil {
			return nil, fmt.Errorf("revised articles: %w", err)
		}
		revised, err := scanIDs(rows)
		if err != nil {
			return nil, fmt.Errorf("revised articles: %w", err)
		}
		for _, id := range revised {
			out[id] = true
		}
	}
	return out, nil
}
