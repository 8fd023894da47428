// Package store keeps articles, stories and the clustering state in SQLite
// (modernc.org/sqlite: pure Go, no cgo). It stores analysis results as
// opaque JSON and knows nothing of how they are made.
package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver

	"github.com/crosscheck-news/crosscheck/internal/model"
)

// ErrNotFound is returned for an unknown story or article.
var ErrNotFound = errors.New("not found")

// migrations are applied in order; the schema version is how many have run.
// Append new steps; never edit one that has shipped.
var migrations = []string{
	`CREATE TABLE articles (
		seq       INTEGER PRIMARY KEY AUTOINCREMENT,
		id        TEXT NOT NULL UNIQUE,
		hash      TEXT NOT NULL,
		source    TEXT NOT NULL,
		url       TEXT NOT NULL DEFAULT '',
		outlet    TEXT NOT NULL DEFAULT '',
		title     TEXT NOT NULL DEFAULT '',
		published TEXT,
		copy_of   TEXT NOT NULL DEFAULT '',
		story     TEXT NOT NULL,
		body      TEXT NOT NULL,
		analysis  TEXT NOT NULL,
		added     TEXT NOT NULL
	);
	CREATE INDEX articles_story ON articles(story);
	CREATE INDEX articles_hash ON articles(hash);
	CREATE TABLE stories (
		id        TEXT PRIMARY KEY,
		first_seq INTEGER NOT NULL,
		data      TEXT NOT NULL,
		updated   TEXT NOT NULL
	);
	CREATE TABLE state (
		key   TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);`,
	// Copies are looked up by their original when an earlier copy takes its
	// place: without an index that was a scan of every article.
	`CREATE INDEX articles_copy_of ON articles(copy_of);`,
	// Feeds to watch, and the items already taken from each.
	`CREATE TABLE feeds (
		url        TEXT PRIMARY KEY,
		title      TEXT NOT NULL DEFAULT '',
		interval_s INTEGER NOT NULL,
		added      TEXT NOT NULL,
		checked    TEXT,
		last_error TEXT NOT NULL DEFAULT ''
	);
	CREATE TABLE feed_items (
		feed  TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
		id    TEXT NOT NULL,
		link  TEXT NOT NULL,
		tries INTEGER NOT NULL,
		error TEXT NOT NULL DEFAULT '',
		seen  TEXT NOT NULL,
		PRIMARY KEY (feed, id)
	);`,
	// What the web UI and API list, filter and search by, kept beside each
	// story's JSON so that a page of 100k stories reads a few rows.
	`ALTER TABLE stories ADD COLUMN title TEXT NOT NULL DEFAULT '';
	ALTER TABLE stories ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE stories ADD COLUMN n_outlets INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE stories ADD COLUMN n_originals INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE stories ADD COLUMN n_disputed INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE stories ADD COLUMN latest TEXT NOT NULL DEFAULT '';
	ALTER TABLE stories ADD COLUMN storyline TEXT NOT NULL DEFAULT '';
	UPDATE stories SET title = json_extract(data, '$.title'), storyline = json_extract(data, '$.storyline'),
		n_articles = json_array_length(data, '$.articles'),
		n_outlets = (SELECT count(DISTINCT outlet) FROM articles WHERE story = stories.id),
		n_originals = (SELECT count(*) FROM articles WHERE story = stories.id AND copy_of = ''),
		n_disputed = (SELECT count(*) FROM json_each(stories.data, '$.findings') WHERE json_extract(value, '$.status') = 'disputed'),
		latest = (SELECT coalesce(max(published), '') FROM articles WHERE story = stories.id);
	CREATE INDEX stories_latest ON stories(latest DESC, n_articles DESC);
	CREATE INDEX stories_storyline ON stories(storyline);
	CREATE TABLE story_entities (
		story TEXT NOT NULL,
		name  TEXT NOT NULL,
		type  TEXT NOT NULL,
		PRIMARY KEY (story, name)
	) WITHOUT ROWID;
	CREATE INDEX story_entities_name ON story_entities(name);
	INSERT OR IGNORE INTO story_entities (story, name, type)
		SELECT stories.id, json_extract(value, '$.name'), json_extract(value, '$.type')
		FROM stories, json_each(stories.data, '$.entities');
	CREATE INDEX articles_outlet ON articles(outlet);
	CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='seq');
	CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
		INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
	END;
	INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');`,
	// A story's JSON moves to the end of its row: SQLite reads a row's
	// columns in order, and lists walked every story's JSON (tens of KB,
	// in overflow pages) to reach the columns added after it. Search moves
	// from articles to stories: a common word matches thousands of
	// articles, and finding each one's story cost more than the search.
	// Outlets are counted by story from an index alone.
	`CREATE TABLE stories_new (
		n           INTEGER PRIMARY KEY,
		id          TEXT NOT NULL UNIQUE,
		first_seq   INTEGER NOT NULL,
		title       TEXT NOT NULL DEFAULT '',
		storyline   TEXT NOT NULL DEFAULT '',
		n_articles  INTEGER NOT NULL DEFAULT 0,
		n_outlets   INTEGER NOT NULL DEFAULT 0,
		n_originals INTEGER NOT NULL DEFAULT 0,
		n_disputed  INTEGER NOT NULL DEFAULT 0,
		latest      TEXT NOT NULL DEFAULT '',
		updated     TEXT NOT NULL,
		data        TEXT NOT NULL
	);
	INSERT INTO stories_new (id, first_seq, title, storyline, n_articles, n_outlets, n_originals, n_disputed, latest, updated, data)
		SELECT id, first_seq, title, storyline, n_articles, n_outlets, n_originals, n_disputed, latest, updated, data
		FROM stories ORDER BY first_seq;
	DROP TABLE stories;
	ALTER TABLE stories_new RENAME TO stories;
	CREATE INDEX stories_latest ON stories(latest DESC, n_articles DESC, id);
	CREATE INDEX stories_storyline ON stories(storyline, latest, id);
	CREATE INDEX stories_first ON stories(first_seq, id);
	CREATE VIRTUAL TABLE stories_fts USING fts5(title, body, content='', contentless_delete=1);
	INSERT INTO stories_fts (rowid, title, body)
		SELECT n, title, (SELECT group_concat(title || char(10) || body, char(10)) FROM articles WHERE story = stories.id)
		FROM stories;
	DROP TRIGGER articles_fts_insert;
	DROP TABLE articles_fts;
	DROP INDEX articles_outlet;
	CREATE INDEX articles_outlet ON articles(outlet, story);`,
}

// SQLite is the embedded store. Writes go through one connection (SQLite
// has one writer at a time); reads have a pool of their own, so that pages
// are served side by side and while an ingest writes (WAL mode lets readers
// go on during a write).
type SQLite struct {
	db   *sql.DB // the writer
	read *sql.DB // readers
}

const pragmas = "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)"

// Open opens (creating if needed) the database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*SQLite, error) {
	// Transactions start as writers (BEGIN IMMEDIATE): one that read first
	// could not become a writer once another had written.
	db, err := sql.Open("sqlite", "file:"+path+"?"+pragmas+"&_pragma=cache_size(-65536)&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	s := &SQLite{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// Readers map the file (up to 16 GB): a page read is then a memory
	// access, not a system call.
	if s.read, err = sql.Open("sqlite", "file:"+path+"?"+pragmas+"&_pragma=cache_size(-16384)&_pragma=mmap_size(17179869184)&_pragma=query_only(1)"); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.read.SetMaxOpenConns(max(4, runtime.NumCPU()))
	s.read.SetMaxIdleConns(max(4, runtime.NumCPU()))
	return s, nil
}

// Close closes the database.
func (s *SQLite) Close() error { return errors.Join(s.read.Close(), s.db.Close()) }

func (s *SQLite) migrate(ctx context.Context) error {
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if version > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this crosscheck (%d)", version, len(migrations))
	}
	for i := version; i < len(migrations); i++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// Record is an article as stored: the article, its story and its analysis.
type Record struct {
	Article  model.Article
	Story    string
	Analysis json.RawMessage
}

// Tx is a unit of work: everything in it is stored, or nothing is.
type Tx struct {
	ctx context.Context
	tx  *sql.Tx
}

// Update runs fn in a transaction, committed only if fn returns nil.
func (s *SQLite) Update(ctx context.Context, fn func(*Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(&Tx{ctx, tx}); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Begin starts a transaction; end it with Commit or Rollback.
func (s *SQLite) Begin(ctx context.Context) (*Tx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &Tx{ctx, tx}, nil
}

// Commit stores the transaction's changes.
func (t *Tx) Commit() error { return t.tx.Commit() }

// Rollback drops the transaction's changes.
func (t *Tx) Rollback() error { return t.tx.Rollback() }

// IDByHash returns the ID of the stored article with this content hash.
func (t *Tx) IDByHash(hash string) (string, bool, error) {
	var id string
	err := t.tx.QueryRowContext(t.ctx, "SELECT id FROM articles WHERE hash = ? ORDER BY seq LIMIT 1", hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return id, err == nil, err
}

// HasID reports whether an article with this ID is stored.
func (t *Tx) HasID(id string) (bool, error) {
	var n int
	err := t.tx.QueryRowContext(t.ctx, "SELECT count(*) FROM articles WHERE id = ?", id).Scan(&n)
	return n > 0, err
}

// StoryOf returns the story of a stored article.
func (t *Tx) StoryOf(id string) (string, error) {
	var story string
	err := t.tx.QueryRowContext(t.ctx, "SELECT story FROM articles WHERE id = ?", id).Scan(&story)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	return story, err
}

// Reoriginate makes the article to the original of old and of old's copies.
func (t *Tx) Reoriginate(old, to string) error {
	// Two statements, so that each uses its index.
	for _, q := range []string{"UPDATE articles SET copy_of = ? WHERE copy_of = ?", "UPDATE articles SET copy_of = ? WHERE id = ?"} {
		if _, err := t.tx.ExecContext(t.ctx, q, to, old); err != nil {
			return fmt.Errorf("make %s the original of %s: %w", to, old, err)
		}
	}
	return nil
}

// PutArticle stores a new article.
func (t *Tx) PutArticle(r Record) error {
	a := r.Article
	var pub any
	if a.Published != nil {
		pub = a.Published.UTC().Format(time.RFC3339)
	}
	_, err := t.tx.ExecContext(t.ctx, `INSERT INTO articles
		(id, hash, source, url, outlet, title, published, copy_of, story, body, analysis, added)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.Hash, a.Source, a.URL, a.Outlet, a.Title, pub, a.CopyOf, r.Story,
		strings.Join(a.Paragraphs, "\n"), string(r.Analysis), time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("store article %s: %w", a.ID, err)
	}
	return nil
}

// StoryRecords returns a story's articles in the order they arrived.
func (t *Tx) StoryRecords(story string) ([]Record, error) {
	return queryRecords(t.ctx, t.tx, "WHERE story = ? ORDER BY seq", story)
}

// PutStory stores (or replaces) a story's analysis.
func (t *Tx) PutStory(st model.Story) error {
	data, err := json.Marshal(st)
	if err != nil {
		return err
	}
	disputed := 0
	for _, f := range st.Findings {
		if f.Status == model.Disputed {
			disputed++
		}
	}
	_, err = t.tx.ExecContext(t.ctx, `INSERT INTO stories (id, first_seq, data, updated,
			title, storyline, n_articles, n_outlets, n_originals, n_disputed, latest)
		SELECT ?1, min(seq), ?2, ?3, ?4, ?5, ?6, count(DISTINCT outlet), count(*) FILTER (WHERE copy_of = ''), ?7,
			coalesce(max(published), '')
		FROM articles WHERE story = ?1
		ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated = excluded.updated, title = excluded.title,
			storyline = excluded.storyline, n_articles = excluded.n_articles, n_outlets = excluded.n_outlets,
			n_originals = excluded.n_originals, n_disputed = excluded.n_disputed, latest = excluded.latest`,
		st.ID, string(data), time.Now().UTC().Format(time.RFC3339), st.Title, st.Storyline, len(st.Articles), disputed)
	if err != nil {
		return fmt.Errorf("store story %s: %w", st.ID, err)
	}
	// The story is searched by its articles' words: its entry is made anew.
	for _, q := range []string{
		"DELETE FROM stories_fts WHERE rowid = (SELECT n FROM stories WHERE id = ?1)",
		`INSERT INTO stories_fts (rowid, title, body) SELECT n, title,
			(SELECT group_concat(title || char(10) || body, char(10)) FROM articles WHERE story = ?1)
			FROM stories WHERE id = ?1`,
		"DELETE FROM story_entities WHERE story = ?1",
	} {
		if _, err := t.tx.ExecContext(t.ctx, q, st.ID); err != nil {
			return fmt.Errorf("store story %s: %w", st.ID, err)
		}
	}
	for _, e := range st.Entities {
		if _, err := t.tx.ExecContext(t.ctx, "INSERT OR IGNORE INTO story_entities (story, name, type) VALUES (?, ?, ?)", st.ID, e.Name, e.Type); err != nil {
			return fmt.Errorf("store story %s: %w", st.ID, err)
		}
	}
	return nil
}

// State reads the JSON value stored under key into v; it leaves v as it is
// when nothing is stored.
func (t *Tx) State(key string, v any) error {
	var raw string
	err := t.tx.QueryRowContext(t.ctx, "SELECT value FROM state WHERE key = ?", key).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(raw), v); err != nil {
		return fmt.Errorf("read state %s: %w", key, err)
	}
	return nil
}

// PutState stores v as JSON under key.
func (t *Tx) PutState(key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = t.tx.ExecContext(t.ctx, `INSERT INTO state (key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, string(data))
	return err
}

// Stories returns every story, in the order their first articles arrived.
func (s *SQLite) Stories(ctx context.Context) ([]model.Story, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT data FROM stories ORDER BY first_seq, id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Story
	for rows.Next() {
		var raw string
		var st model.Story
		if err := rows.Scan(&raw); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(raw), &st); err != nil {
			return nil, fmt.Errorf("read story: %w", err)
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// Story returns one story.
func (s *SQLite) Story(ctx context.Context, id string) (model.Story, error) {
	var raw string
	var st model.Story
	err := s.read.QueryRowContext(ctx, "SELECT data FROM stories WHERE id = ?", id).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return st, fmt.Errorf("story %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return st, err
	}
	return st, json.Unmarshal([]byte(raw), &st)
}

// Articles returns the stored articles (without bodies) in arrival order;
// with ids, only those.
func (s *SQLite) Articles(ctx context.Context, ids ...string) ([]model.Article, error) {
	where, args := inIDs(ids)
	rows, err := s.read.QueryContext(ctx, `SELECT id, hash, source, url, outlet, title, published, copy_of
		FROM articles `+where+" ORDER BY seq", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Article
	for rows.Next() {
		var a model.Article
		var pub sql.NullString
		if err := rows.Scan(&a.ID, &a.Hash, &a.Source, &a.URL, &a.Outlet, &a.Title, &pub, &a.CopyOf); err != nil {
			return nil, err
		}
		a.Published = parseTime(pub)
		out = append(out, a)
	}
	return out, rows.Err()
}

// Analyses returns the stored analyses of the articles with these IDs.
func (s *SQLite) Analyses(ctx context.Context, ids ...string) (map[string]json.RawMessage, error) {
	out := map[string]json.RawMessage{}
	if len(ids) == 0 {
		return out, nil
	}
	where, args := inIDs(ids)
	rows, err := s.read.QueryContext(ctx, "SELECT id, analysis FROM articles "+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, an string
		if err := rows.Scan(&id, &an); err != nil {
			return nil, err
		}
		out[id] = json.RawMessage(an)
	}
	return out, rows.Err()
}

// inIDs is the WHERE clause that selects the articles with ids; every
// article when there are none.
func inIDs(ids []string) (string, []any) {
	if len(ids) == 0 {
		return "", nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return "WHERE id IN (?" + strings.Repeat(",?", len(ids)-1) + ")", args
}

func parseTime(s sql.NullString) *time.Time {
	if !s.Valid {
		return nil
	}
	t, err := time.Parse(time.RFC3339, s.String)
	if err != nil {
		return nil
	}
	return &t
}

type querier interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}

func queryRecords(ctx context.Context, q querier, where string, args ...any) ([]Record, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, hash, source, url, outlet, title, published, copy_of,
		story, body, analysis FROM articles `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		var r Record
		var pub sql.NullString
		var body, analysis string
		a := &r.Article
		if err := rows.Scan(&a.ID, &a.Hash, &a.Source, &a.URL, &a.Outlet, &a.Title, &pub, &a.CopyOf,
			&r.Story, &body, &analysis); err != nil {
			return nil, err
		}
		a.Published = parseTime(pub)
		a.Paragraphs = strings.Split(body, "\n")
		r.Analysis = json.RawMessage(analysis)
		out = append(out, r)
	}
	return out, rows.Err()
}
