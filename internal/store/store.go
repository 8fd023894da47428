// Package store keeps articles, stories, feeds and the clustering state in
// a SQL database: SQLite (modernc.org/sqlite: pure Go, no cgo) on one
// machine, PostgreSQL (pgx) when several share it. Both run the same
// queries; what differs (schema, full-text search, locking) is in each
// one's dialect. The store keeps analysis results as opaque JSON and knows
// nothing of how they are made.
package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/model"
)

// ErrNotFound is returned for an unknown story or article.
var ErrNotFound = errors.New("not found")

// ErrCopy is returned for a copy of an article where its original is
// wanted: a copy goes where its original goes.
var ErrCopy = errors.New("a copy goes with its original")

// DB is a store. Writes go through db; reads through read, which is a pool
// of its own where the database allows one writer only (SQLite), so that
// pages are served side by side and while an ingest writes.
type DB struct {
	db   *sql.DB
	read *sql.DB
	d    *dialect
	memo memo
}

// dialect is what differs between the databases.
type dialect struct {
	name string
	// bind rewrites the ? and ?N placeholders the queries are written
	// with into the database's own.
	bind func(string) string
	// search is the condition on stories that selects those whose words
	// match the one parameter, given as match makes it.
	search string
	match  func(words []string) string
	// similar lists the IDs of the stories whose words best match ?1, as
	// matchAny makes it, the best first, leaving out story ?2 and the
	// stories of storyline ?3, at most ?4.
	similar  string
	matchAny func(words []string) string
	// indexStories are the statements that index stories' words anew (?1
	// is a JSON array of their IDs).
	indexStories []string
	// unindexStory removes one story's words from an index kept apart
	// from its row ("" where the row holds them).
	unindexStory string
	// relabel sets the storyline of stories to ?1, in their rows and
	// their JSON; a WHERE clause on ?2 follows it.
	relabel string
	// like is the operator that matches a pattern ignoring case.
	like string
	// lock, run first in a transaction, keeps other processes from
	// placing articles until it ends ("" where transactions already
	// exclude each other).
	lock string
	// skipLocked ends a query that claims rows, so that claimers running
	// at once take different rows without waiting on each other.
	skipLocked string
	// words, where not nil, makes an article's search words for a column
	// of its row; nil where the database indexes its stories' text itself.
	words *articleWords
}

// articleWords makes the value of an article's search column.
type articleWords struct {
	param string // the placeholder, with its cast
	of    func(title, body string) string
}

// Open opens the store at dsn — a postgres:// URL, or the path of a SQLite
// file, created if needed — and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*DB, error) {
	if IsFile(dsn) {
		return openSQLite(ctx, dsn)
	}
	return openPostgres(ctx, dsn)
}

// IsFile reports whether dsn names a SQLite file rather than a server.
func IsFile(dsn string) bool {
	return !strings.HasPrefix(dsn, "postgres://") && !strings.HasPrefix(dsn, "postgresql://")
}

// Close closes the database.
func (s *DB) Close() error {
	if s.read != s.db {
		return errors.Join(s.read.Close(), s.db.Close())
	}
	return s.db.Close()
}

// Dialect names the database: "sqlite" or "postgres".
func (s *DB) Dialect() string { return s.d.name }

func (s *DB) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return s.db.ExecContext(ctx, s.d.bind(q), args...)
}

func (s *DB) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return s.read.QueryContext(ctx, s.d.bind(q), args...)
}

func (s *DB) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return s.read.QueryRowContext(ctx, s.d.bind(q), args...)
}

// migrate brings a schema up to date: steps run in order from version, each
// in a transaction with the statement that records the version it makes.
// Steps are appended, never edited once shipped.
func migrate(ctx context.Context, db interface {
	BeginTx(context.Context, *sql.TxOptions) (*sql.Tx, error)
}, steps []string, version int, setVersion func(int) string) error {
	if version > len(steps) {
		return fmt.Errorf("database schema version %d is newer than this crosscheck (%d)", version, len(steps))
	}
	for i := version; i < len(steps); i++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		for _, q := range []string{steps[i], setVersion(i + 1)} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				tx.Rollback()
				return fmt.Errorf("migration %d: %w", i+1, err)
			}
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	return nil
}

// Record is an article as stored: the article, its story and its analysis.
type Record struct {
	Article  model.Article
	Story    string
	Analysis json.RawMessage
	Seq      int64 // the order it was stored in
	// Revisions are the article's earlier texts, the first first: read
	// by StoryAnalyses alone, for composing its story.
	Revisions []Revision
}

// Tx is a unit of work: everything in it is stored, or nothing is.
type Tx struct {
	ctx context.Context
	tx  *sql.Tx
	d   *dialect
	db  *DB
	put map[string]kept // states stored, remembered once committed
}

func (t *Tx) exec(q string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(t.ctx, t.d.bind(q), args...)
}

func (t *Tx) query(q string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(t.ctx, t.d.bind(q), args...)
}

func (t *Tx) queryRow(q string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(t.ctx, t.d.bind(q), args...)
}

// Update runs fn in a transaction, committed only if fn returns nil.
func (s *DB) Update(ctx context.Context, fn func(*Tx) error) error {
	tx, err := s.Begin(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Begin starts a transaction; end it with Commit or Rollback.
func (s *DB) Begin(ctx context.Context) (*Tx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &Tx{ctx: ctx, tx: tx, d: s.d, db: s}, nil
}

// Commit stores the transaction's changes.
func (t *Tx) Commit() error {
	err := t.tx.Commit()
	if err == nil {
		for key, k := range t.put {
			t.db.memo.keep(key, k)
		}
	}
	return err
}

// Rollback drops the transaction's changes.
func (t *Tx) Rollback() error { return t.tx.Rollback() }

// Hashes returns the content hashes of the stored articles among ids, as
// the transaction sees them.
func (t *Tx) Hashes(ids []string) (map[string]string, error) {
	return columnOf(t.query, "hash", ids)
}

// StoryOf returns the story of a stored article.
func (t *Tx) StoryOf(id string) (string, error) {
	var story string
	err := t.queryRow("SELECT story FROM articles WHERE id = ?", id).Scan(&story)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	return story, err
}

// StorylineOf returns a stored story's storyline, or "" for a story not
// stored yet.
func (t *Tx) StorylineOf(id string) (string, error) {
	var line string
	err := t.queryRow("SELECT storyline FROM stories WHERE id = ?", id).Scan(&line)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("storyline of story %s: %w", id, err)
	}
	return line, nil
}

// Reoriginate makes the article to the original of old and of old's copies.
func (t *Tx) Reoriginate(old, to string) error {
	// Two statements, so that each uses its index.
	for _, q := range []string{"UPDATE articles SET copy_of = ? WHERE copy_of = ?", "UPDATE articles SET copy_of = ? WHERE id = ?"} {
		if _, err := t.exec(q, to, old); err != nil {
			return fmt.Errorf("make %s the original of %s: %w", to, old, err)
		}
	}
	return nil
}

// PutArticles stores new articles, in this order: many rows to a
// statement, since a round trip per article is what placing them cost on
// PostgreSQL.
func (t *Tx) PutArticles(rs ...Record) error {
	cols := "id, hash, source, url, outlet, author, title, published, copy_of, joined, story, body, analysis, added"
	row := "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
	if t.d.words != nil {
		cols += ", search"
		row += ", " + t.d.words.param
	}
	row += ")"
	added := time.Now().UTC().Format(time.RFC3339)
	for len(rs) > 0 {
		n := min(len(rs), articlesPerInsert)
		args := make([]any, 0, 15*n)
		for _, r := range rs[:n] {
			a := r.Article
			var pub any
			if a.Published != nil {
				pub = a.Published.UTC().Format(time.RFC3339)
			}
			body := strings.Join(a.Paragraphs, "\n")
			args = append(args, a.ID, a.Hash, a.Source, a.URL, a.Outlet, a.Author, a.Title, pub, a.CopyOf, a.Joined, r.Story,
				body, string(r.Analysis), added)
			if t.d.words != nil {
				args = append(args, t.d.words.of(a.Title, body))
			}
		}
		_, err := t.exec("INSERT INTO articles ("+cols+") VALUES "+row+strings.Repeat(", "+row, n-1), args...)
		if err != nil {
			if n == 1 {
				return fmt.Errorf("store article %s: %w", rs[0].Article.ID, err)
			}
			return fmt.Errorf("store articles %s to %s: %w", rs[0].Article.ID, rs[n-1].Article.ID, err)
		}
		rs = rs[n:]
	}
	return nil
}

// joinedColumn keeps how alike each article was to its story when it
// joined it (model.Article.Joined). Both databases make it alike.
const joinedColumn = `ALTER TABLE articles ADD COLUMN joined DOUBLE PRECISION;`

// articlesPerInsert keeps a statement's parameters (15 an article) well
// under both databases' limits.
const articlesPerInsert = 64

// PutAnalysis replaces an article's stored analysis.
func (t *Tx) PutAnalysis(id string, analysis json.RawMessage) error {
	if _, err := t.exec("UPDATE articles SET analysis = ? WHERE id = ?", string(analysis), id); err != nil {
		return fmt.Errorf("store the analysis of %s: %w", id, err)
	}
	return nil
}

// EachArticle yields every stored article with its text and story (not
// its analysis), in the order they were stored. It reads a page at a
// time, so a store of any size is read in little memory.
func (s *DB) EachArticle(ctx context.Context) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		const page = 256
		var after int64
		for {
			recs, err := scanRecords(s.query(ctx, textColumns+"WHERE seq > ? ORDER BY seq LIMIT ?", after, page))
			if err != nil {
				yield(Record{}, fmt.Errorf("read articles: %w", err))
				return
			}
			for _, r := range recs {
				if !yield(r, nil) {
					return
				}
			}
			if len(recs) < page {
				return
			}
			after = recs[len(recs)-1].Seq
		}
	}
}

// StoryIDs returns the IDs of every story, in the order they began.
func (s *DB) StoryIDs(ctx context.Context) ([]string, error) {
	rows, err := s.query(ctx, "SELECT id FROM stories ORDER BY first_seq, id")
	if err != nil {
		return nil, err
	}
	return scanIDs(rows)
}

// StoryRecords returns a story's articles in the order they arrived.
func (t *Tx) StoryRecords(story string) ([]Record, error) {
	return scanRecords(t.query(recordColumns+"WHERE story = ? ORDER BY seq", story))
}

// StoryArticles returns the IDs of a story's articles, copies first.
func (t *Tx) StoryArticles(story string) ([]string, error) {
	rows, err := t.query("SELECT id FROM articles WHERE story = ? ORDER BY copy_of = '', seq", story)
	if err != nil {
		return nil, fmt.Errorf("articles of story %s: %w", story, err)
	}
	ids, err := scanIDs(rows)
	if err != nil {
		return nil, fmt.Errorf("articles of story %s: %w", story, err)
	}
	return ids, nil
}

// StoryAnalyses returns a story's articles in the order they arrived, with
// their analyses but not their text, and their earlier texts: what
// composing a story reads.
func (t *Tx) StoryAnalyses(story string) ([]Record, error) {
	recs, err := scanRecords(t.query(storyAnalyses, story))
	if err != nil || len(recs) == 0 {
		return recs, err
	}
	revs, err := scanRevisions(t.query(storyRevisions, story))
	return withRevisions(recs, revs, err)
}

// MergeStory moves a story's articles into another and removes it; its ID
// then leads to the other (see MergedInto).
func (t *Tx) MergeStory(from, into string) error {
	stmts := []stmt{{"UPDATE articles SET story = ? WHERE story = ?", []any{into, from}}}
	stmts = append(stmts, t.dropStory(from)...)
	stmts = append(stmts,
		stmt{"UPDATE story_merges SET into_id = ? WHERE into_id = ?", []any{into, from}},
		stmt{"INSERT INTO story_merges (id, into_id) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET into_id = excluded.into_id", []any{from, into}})
	if err := t.execAll(stmts); err != nil {
		return fmt.Errorf("merge story %s into %s: %w", from, into, err)
	}
	return nil
}

type stmt struct {
	q    string
	args []any
}

func (t *Tx) execAll(stmts []stmt) error {
	for _, s := range stmts {
		if _, err := t.exec(s.q, s.args...); err != nil {
			return err
		}
	}
	return nil
}

// dropStory are the statements that delete a story's row and what indexes it.
func (t *Tx) dropStory(id string) []stmt {
	var stmts []stmt
	if t.d.unindexStory != "" {
		stmts = append(stmts, stmt{t.d.unindexStory, []any{id}})
	}
	return append(stmts,
		stmt{"DELETE FROM story_entities WHERE story = ?", []any{id}},
		stmt{"DELETE FROM stories WHERE id = ?", []any{id}},
		stmt{"DELETE FROM pending_stories WHERE story = ?", []any{id}})
}

// Removal is what removing an article changed.
type Removal struct {
	Story    string  // the story it was in
	Copy     bool    // it was a copy of another article
	Original *Record // the copy that became the original in its place, if any
	Left     int     // the story's articles left: with none, the story is gone too
}

// RemoveArticle deletes a stored article. When it was an original, its
// earliest copy (by date, then as stored) becomes the original of the
// others. A story left with no articles is deleted, and the IDs of stories
// merged into it lead nowhere.
func (t *Tx) RemoveArticle(id string) (Removal, error) {
	var (
		r      Removal
		copyOf string
	)
	err := t.queryRow("SELECT story, copy_of FROM articles WHERE id = ?", id).Scan(&r.Story, &copyOf)
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("remove article %s: %w", id, err)
	}
	r.Copy = copyOf != ""
	stmts := []stmt{{"DELETE FROM articles WHERE id = ?", []any{id}}, {"DELETE FROM article_revisions WHERE article = ?", []any{id}}}
	if !r.Copy {
		first, err := scanRecords(t.query(recordColumns+"WHERE copy_of = ? ORDER BY published IS NULL, published, seq LIMIT 1", id))
		if err != nil {
			return r, fmt.Errorf("remove article %s: its copies: %w", id, err)
		}
		if len(first) > 0 {
			r.Original = &first[0]
			r.Original.Article.CopyOf = ""
			to := r.Original.Article.ID
			stmts = append(stmts,
				stmt{"UPDATE articles SET copy_of = ? WHERE copy_of = ?", []any{to, id}},
				stmt{"UPDATE articles SET copy_of = '' WHERE id = ?", []any{to}})
		}
	}
	if err := t.execAll(stmts); err != nil {
		return r, fmt.Errorf("remove article %s: %w", id, err)
	}
	if r.Left, err = t.StorySize(r.Story); err != nil {
		return r, fmt.Errorf("remove article %s: %w", id, err)
	}
	if r.Left > 0 {
		return r, nil
	}
	stmts = append(t.dropStory(r.Story), stmt{"DELETE FROM story_merges WHERE into_id = ?", []any{r.Story}})
	if err := t.execAll(stmts); err != nil {
		return r, fmt.Errorf("remove story %s, left empty: %w", r.Story, err)
	}
	return r, nil
}

// MoveArticle puts a stored article and its copies in another story, and
// returns the story they were in. A copy is not moved apart from its
// original (ErrCopy, naming the original).
func (t *Tx) MoveArticle(id, story string) (from string, err error) {
	var copyOf string
	err = t.queryRow("SELECT story, copy_of FROM articles WHERE id = ?", id).Scan(&from, &copyOf)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("move article %s: %w", id, err)
	}
	if copyOf != "" {
		return from, fmt.Errorf("article %s is a copy of %s: %w", id, copyOf, ErrCopy)
	}
	// Two statements, so that each uses its index.
	err = t.execAll([]stmt{
		// How alike it was to the story it left says nothing of this one.
		{"UPDATE articles SET story = ?, joined = NULL WHERE id = ?", []any{story, id}},
		{"UPDATE articles SET story = ? WHERE copy_of = ?", []any{story, id}},
	})
	if err != nil {
		return from, fmt.Errorf("move article %s to story %s: %w", id, story, err)
	}
	return from, nil
}

// StorySize returns how many articles a story holds: none for a story
// not stored.
func (t *Tx) StorySize(story string) (int, error) {
	var n int
	if err := t.queryRow("SELECT count(*) FROM articles WHERE story = ?", story).Scan(&n); err != nil {
		return 0, fmt.Errorf("count the articles of story %s: %w", story, err)
	}
	return n, nil
}

// JoinStorylines moves the stories of one storyline into another.
func (t *Tx) JoinStorylines(from, into string) error {
	if _, err := t.exec(t.d.relabel+" WHERE storyline = ?2", into, from); err != nil {
		return fmt.Errorf("join storyline %s to %s: %w", from, into, err)
	}
	if _, err := t.exec("UPDATE pending_stories SET line = ? WHERE line = ?", into, from); err != nil {
		return fmt.Errorf("join storyline %s to %s: %w", from, into, err)
	}
	return nil
}

// SetStoryline puts one story in a storyline.
func (t *Tx) SetStoryline(story, line string) error {
	if _, err := t.exec(t.d.relabel+" WHERE id = ?2", line, story); err != nil {
		return fmt.Errorf("put story %s in storyline %s: %w", story, line, err)
	}
	if _, err := t.exec("UPDATE pending_stories SET line = ? WHERE story = ?", line, story); err != nil {
		return fmt.Errorf("put story %s in storyline %s: %w", story, line, err)
	}
	return nil
}

// Storyline returns the IDs of a storyline's stories, the earliest
// reported first.
func (t *Tx) Storyline(line string) ([]string, error) {
	rows, err := t.query("SELECT id FROM stories WHERE storyline = ? ORDER BY first_seq, id", line)
	if err != nil {
		return nil, fmt.Errorf("stories of storyline %s: %w", line, err)
	}
	ids, err := scanIDs(rows)
	if err != nil {
		return nil, fmt.Errorf("stories of storyline %s: %w", line, err)
	}
	return ids, nil
}

// MergedInto returns the story a merged story's articles are now in.
func (s *DB) MergedInto(ctx context.Context, id string) (string, error) {
	var into string
	err := s.queryRow(ctx, "SELECT into_id FROM story_merges WHERE id = ?", id).Scan(&into)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("story %s: %w", id, ErrNotFound)
	}
	return into, err
}

// PutStories stores (or replaces) stories' analyses.
func (t *Tx) PutStories(stories ...model.Story) error {
	ids := make([]string, 0, len(stories))
	for _, st := range stories {
		if err := t.putStory(st); err != nil {
			return fmt.Errorf("store story %s: %w", st.ID, err)
		}
		ids = append(ids, st.ID)
	}
	// The stories are searched by their articles' words: their entries
	// are made anew, all in one statement. SQLite's full-text index writes
	// what it holds to disk before each statement; one statement per story
	// would write each story apart, and then merge the pieces.
	list, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	for _, q := range t.d.indexStories {
		if _, err := t.exec(q, string(list)); err != nil {
			return fmt.Errorf("index stories: %w", err)
		}
	}
	if err := t.execAll(unpend(ids)); err != nil {
		return fmt.Errorf("unmark stories composed: %w", err)
	}
	return nil
}

func (t *Tx) putStory(st model.Story) error {
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
	_, err = t.exec(`INSERT INTO stories (id, first_seq, data, updated,
			title, storyline, n_articles, n_outlets, n_originals, n_disputed, latest)
		SELECT CAST(?1 AS TEXT), min(seq), CAST(?2 AS TEXT), CAST(?3 AS TEXT), CAST(?4 AS TEXT), CAST(?5 AS TEXT),
			CAST(?6 AS INTEGER), count(DISTINCT NULLIF(outlet, '')), count(*) FILTER (WHERE copy_of = ''), CAST(?7 AS INTEGER),
			coalesce(max(published), '')
		FROM articles WHERE story = ?1
		ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated = excluded.updated, title = excluded.title,
			storyline = excluded.storyline, n_articles = excluded.n_articles, n_outlets = excluded.n_outlets,
			n_originals = excluded.n_originals, n_disputed = excluded.n_disputed, latest = excluded.latest`,
		st.ID, string(data), time.Now().UTC().Format(time.RFC3339), st.Title, st.Storyline, len(st.Articles), disputed)
	if err != nil {
		return err
	}
	if _, err := t.exec("DELETE FROM story_entities WHERE story = ?1", st.ID); err != nil {
		return err
	}
	// Many rows to a statement: a story names hundreds of entities.
	for rest := st.Entities; len(rest) > 0; {
		part := rest[:min(len(rest), 200)]
		rest = rest[len(part):]
		args := make([]any, 0, 3*len(part))
		for _, e := range part {
			args = append(args, st.ID, e.Name, e.Type)
		}
		q := "INSERT INTO story_entities (story, name, type) VALUES (?, ?, ?)" +
			strings.Repeat(", (?, ?, ?)", len(part)-1) + " ON CONFLICT DO NOTHING"
		if _, err := t.exec(q, args...); err != nil {
			return err
		}
	}
	return nil
}

// Lock keeps other processes from placing articles until the transaction
// ends: what it reads of the pipeline's state then stays true until it
// commits. (SQLite's transactions exclude each other already.)
func (t *Tx) Lock() error {
	if t.d.lock == "" {
		return nil
	}
	if _, err := t.exec(t.d.lock); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	return nil
}

// StateVersion returns how often the value under key was stored: 0 when
// it never was. A process that has read that version need not read it again.
func (t *Tx) StateVersion(key string) (int64, error) {
	var v int64
	err := t.queryRow("SELECT version FROM state WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return v, err
}

// State reads the value stored under key into v, a pointer; it leaves v as
// it is when nothing is stored. When this process committed the value
// itself (PutState) and no other has stored one since, it is handed over
// rather than read and decoded again: a long-running process (serve,
// watch, a worker) then pays for reading a large state once, not at every
// write. The value handed over is forgotten, for the caller will change
// it: storing it again remembers it again.
func (t *Tx) State(key string, v any) error {
	version, err := t.StateVersion(key)
	if err != nil {
		return err
	}
	if t.db.memo.take(key, version, v) {
		return nil
	}
	var raw string
	err = t.queryRow("SELECT value FROM state WHERE key = ?", key).Scan(&raw)
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

// PutState stores v as JSON under key and returns its new version. A
// pointer v is kept once the transaction commits, for State to hand back:
// the caller must not change it after without taking it back with State.
func (t *Tx) PutState(key string, v any) (int64, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return 0, err
	}
	var version int64
	err = t.queryRow(`INSERT INTO state (key, value, version) VALUES (?, ?, 1)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = state.version + 1
		RETURNING version`, key, string(data)).Scan(&version)
	if err != nil {
		return 0, fmt.Errorf("store state %s: %w", key, err)
	}
	if reflect.ValueOf(v).Kind() == reflect.Pointer {
		t.keep(key, kept{version, v})
	}
	return version, nil
}

// KeepState keeps v, a pointer to the value stored under key as this
// transaction read it, for State to hand back once the transaction
// commits, as if this process had stored it: a long-running process reads
// a large state before its first write needs it.
func (t *Tx) KeepState(key string, v any) error {
	version, err := t.StateVersion(key)
	if err == nil {
		t.keep(key, kept{version, v})
	}
	return err
}

func (t *Tx) keep(key string, k kept) {
	if t.put == nil {
		t.put = map[string]kept{}
	}
	t.put[key] = k
}

// StateRows calls fn with each row stored under key (PutStateRows), in the
// order of their IDs.
func (t *Tx) StateRows(key string, fn func(id string, value []byte) error) error {
	rows, err := t.query("SELECT id, value FROM state_rows WHERE key = ? ORDER BY id", key)
	if err != nil {
		return fmt.Errorf("read state %s: %w", key, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var value []byte
		if err := rows.Scan(&id, &value); err != nil {
			return fmt.Errorf("read state %s: %w", key, err)
		}
		if err := fn(id, value); err != nil {
			return fmt.Errorf("read state %s, row %s: %w", key, id, err)
		}
	}
	return rows.Err()
}

// PutStateRows stores each value of rows as JSON in the row of its ID
// under key, and deletes the rows of the IDs mapped to nil. A state too
// large to write whole at every commit is kept as rows, each written
// when it changes.
func (t *Tx) PutStateRows(key string, rows map[string]any) error {
	ids := slices.Sorted(maps.Keys(rows))
	const batch = 100 // rows to a statement
	for len(ids) > 0 {
		part := ids[:min(len(ids), batch)]
		ids = ids[len(part):]
		var put []any
		del := []any{key}
		for _, id := range part {
			if rows[id] == nil {
				del = append(del, id)
				continue
			}
			data, err := json.Marshal(rows[id])
			if err != nil {
				return fmt.Errorf("store state %s, row %s: %w", key, id, err)
			}
			put = append(put, key, id, string(data))
		}
		if n := len(put) / 3; n > 0 {
			q := "INSERT INTO state_rows (key, id, value) VALUES (?, ?, ?)" + strings.Repeat(", (?, ?, ?)", n-1) +
				" ON CONFLICT (key, id) DO UPDATE SET value = excluded.value"
			if _, err := t.exec(q, put...); err != nil {
				return fmt.Errorf("store state %s: %w", key, err)
			}
		}
		if n := len(del) - 1; n > 0 {
			q := "DELETE FROM state_rows WHERE key = ? AND id IN (?" + strings.Repeat(", ?", n-1) + ")"
			if _, err := t.exec(q, del...); err != nil {
				return fmt.Errorf("store state %s: %w", key, err)
			}
		}
	}
	return nil
}

// memo keeps, for each key, the state value this process last stored.
type memo struct {
	mu   sync.Mutex
	kept map[string]kept
}

type kept struct {
	version int64
	value   any // a pointer
}

func (m *memo) keep(key string, k kept) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.kept == nil {
		m.kept = map[string]kept{}
	}
	m.kept[key] = k
}

// take sets *v to the value kept under key, and forgets it, when it is at
// version and of v's type; it reports whether it did.
func (m *memo) take(key string, version int64, v any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	k, ok := m.kept[key]
	delete(m.kept, key)
	if !ok || k.version != version || reflect.TypeOf(k.value) != reflect.TypeOf(v) {
		return false
	}
	reflect.ValueOf(v).Elem().Set(reflect.ValueOf(k.value).Elem())
	return true
}

// Stories returns every story, in the order their first articles arrived.
func (s *DB) Stories(ctx context.Context) ([]model.Story, error) {
	return s.scanStories(ctx, "SELECT data FROM stories ORDER BY first_seq, id")
}

// scanStories returns the stories a query of their data column selects.
func (s *DB) scanStories(ctx context.Context, query string, args ...any) ([]model.Story, error) {
	rows, err := s.query(ctx, query, args...)
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
func (s *DB) Story(ctx context.Context, id string) (model.Story, error) {
	var raw string
	var st model.Story
	err := s.queryRow(ctx, "SELECT data FROM stories WHERE id = ?", id).Scan(&raw)
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
func (s *DB) Articles(ctx context.Context, ids ...string) ([]model.Article, error) {
	where, args := inIDs(ids)
	return s.scanArticles(ctx, where+" ORDER BY seq", args...)
}

// scanArticles returns the articles (without bodies) a WHERE clause selects.
func (s *DB) scanArticles(ctx context.Context, where string, args ...any) ([]model.Article, error) {
	rows, err := s.query(ctx, `SELECT id, hash, source, url, outlet, author, title, published, copy_of, joined
		FROM articles `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Article
	for rows.Next() {
		var a model.Article
		var pub sql.NullString
		if err := rows.Scan(&a.ID, &a.Hash, &a.Source, &a.URL, &a.Outlet, &a.Author, &a.Title, &pub, &a.CopyOf, &a.Joined); err != nil {
			return nil, err
		}
		a.Published = parseTime(pub)
		out = append(out, a)
	}
	return out, rows.Err()
}

// Analyses returns the stored analyses of the articles with these IDs.
func (s *DB) Analyses(ctx context.Context, ids ...string) (map[string]json.RawMessage, error) {
	cols, err := s.articleColumn(ctx, "analysis", ids)
	out := make(map[string]json.RawMessage, len(cols))
	for id, an := range cols {
		out[id] = json.RawMessage(an)
	}
	return out, err
}

// Hashes returns the text hashes of the stored articles among ids.
func (s *DB) Hashes(ctx context.Context, ids []string) (map[string]string, error) {
	return s.articleColumn(ctx, "hash", ids)
}

// articleColumn returns a column of the stored articles among ids, by ID.
func (s *DB) articleColumn(ctx context.Context, column string, ids []string) (map[string]string, error) {
	return columnOf(func(q string, args ...any) (*sql.Rows, error) { return s.query(ctx, q, args...) }, column, ids)
}

// columnOf is articleColumn through a query function: the read pool's or
// a transaction's. IDs are looked up a few hundred at a time, well under
// both databases' limits on a statement's parameters.
func columnOf(query func(q string, args ...any) (*sql.Rows, error), column string, ids []string) (map[string]string, error) {
	out := map[string]string{}
	for part := range slices.Chunk(ids, 500) {
		where, args := inIDs(part)
		rows, err := query("SELECT id, "+column+" FROM articles "+where, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, v string
			if err := rows.Scan(&id, &v); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = v
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// inIDs is the WHERE clause that selects the rows with ids; every row
// when there are none.
func inIDs(ids []string) (string, []any) { return inList("id", ids) }

// inList is the WHERE clause that selects the rows whose column is one of
// values; every row when there are none.
func inList(column string, values []string) (string, []any) {
	if len(values) == 0 {
		return "", nil
	}
	args := make([]any, len(values))
	for i, v := range values {
		args[i] = v
	}
	return "WHERE " + column + " IN (?" + strings.Repeat(",?", len(values)-1) + ")", args
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

const (
	recordColumns   = "SELECT seq, id, hash, source, url, outlet, author, title, published, copy_of, joined, story, body, analysis FROM articles "
	analysisColumns = "SELECT seq, id, hash, source, url, outlet, author, title, published, copy_of, joined, story, NULL, analysis FROM articles "
	// storyAnalyses reads a story's articles to compose it.
	storyAnalyses = analysisColumns + "WHERE story = ? ORDER BY seq"
	// textColumns leave the analysis out.
	textColumns = "SELECT seq, id, hash, source, url, outlet, author, title, published, copy_of, joined, story, body, NULL FROM articles "
)

// scanIDs reads the rows of a query of one text column.
func scanIDs(rows *sql.Rows) ([]string, error) {
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// scanRecords reads the rows of a query of recordColumns, of
// analysisColumns, which leave the articles' paragraphs nil, or of
// textColumns, which leave their analyses nil.
func scanRecords(rows *sql.Rows, err error) ([]Record, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		var r Record
		var pub, body sql.NullString
		a := &r.Article
		if err := rows.Scan(&r.Seq, &a.ID, &a.Hash, &a.Source, &a.URL, &a.Outlet, &a.Author, &a.Title, &pub, &a.CopyOf,
			&a.Joined, &r.Story, &body, (*[]byte)(&r.Analysis)); err != nil {
			return nil, err
		}
		a.Published = parseTime(pub)
		if body.Valid {
			a.Paragraphs = strings.Split(body.String, "\n")
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
