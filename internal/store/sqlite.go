package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"runtime"
	"strings"

	sqlitedriver "modernc.org/sqlite"

	"github.com/crosscheck-news/crosscheck/internal/text"
)

// FTS5 splits words at spaces and punctuation, so a run of Chinese or
// Japanese, or a Korean word with its particle, would be one word, found
// only by its start. The stories' text is indexed through spaced(), which
// writes such runs as their pairs of characters (text.Spaced); searches
// are spaced alike (searchWords).
func init() {
	sqlitedriver.MustRegisterDeterministicScalarFunction("spaced", 1, func(_ *sqlitedriver.FunctionContext, args []driver.Value) (driver.Value, error) {
		if s, ok := args[0].(string); ok {
			return text.Spaced(s), nil
		}
		return args[0], nil
	})
}

// sqliteMigrations make the SQLite schema; its version (PRAGMA
// user_version) is how many have run.
var sqliteMigrations = []string{
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
	// Jobs for workers, and a version on the pipeline's state so that a
	// process sees when another has placed articles since it last read it.
	// Articles are no longer looked up by their hash.
	`ALTER TABLE state ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
	UPDATE state SET version = 1;
	DROP INDEX articles_hash;
	` + jobsTable,
	// Who wrote each article, as its page or front matter says.
	`ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT '';`,
	// A feed's validators, sent on its next fetch by whichever process
	// polls it.
	`ALTER TABLE feeds ADD COLUMN etag TEXT NOT NULL DEFAULT '';
	ALTER TABLE feeds ADD COLUMN last_modified TEXT NOT NULL DEFAULT '';`,
	// Stories merged into others: a merged story's ID still leads to the
	// story that holds its articles.
	`CREATE TABLE story_merges (
		id      TEXT PRIMARY KEY,
		into_id TEXT NOT NULL
	);
	CREATE INDEX story_merges_into ON story_merges(into_id);`,
	// Editors' moves, merges and removals, for the stories they changed.
	`CREATE TABLE edits (
		n       INTEGER PRIMARY KEY AUTOINCREMENT,
		at      TEXT NOT NULL,
		action  TEXT NOT NULL,
		article TEXT NOT NULL DEFAULT '',
		from_id TEXT NOT NULL DEFAULT '',
		to_id   TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX edits_from ON edits(from_id);
	CREATE INDEX edits_to ON edits(to_id);`,
	// The last article stored when an edit was made, so that an export
	// puts it among the articles where it was made. Edits made before are
	// put after every article stored by then.
	`ALTER TABLE edits ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
	UPDATE edits SET seq = (SELECT COALESCE(MAX(seq), 0) FROM articles);`,
	// A large state kept as rows, each saved as it changes (PutStateRows).
	`CREATE TABLE state_rows (
		key   TEXT NOT NULL,
		id    TEXT NOT NULL,
		value TEXT NOT NULL,
		PRIMARY KEY (key, id)
	);`,
	// Stories whose articles changed, to compose after the placement that
	// changed them commits (MarkPending).
	`CREATE TABLE pending_stories (
		story  TEXT PRIMARY KEY,
		line   TEXT NOT NULL,
		gen    INTEGER NOT NULL,
		marked TEXT NOT NULL
	);`,
	// How many stories name each name, kept as stories are stored, so that
	// the names page reads one row a name, not one a story naming it.
	`CREATE TABLE entity_counts (
		name    TEXT NOT NULL,
		type    TEXT NOT NULL,
		stories INTEGER NOT NULL,
		PRIMARY KEY (name, type)
	) WITHOUT ROWID;
	CREATE TRIGGER entity_counts_insert AFTER INSERT ON story_entities BEGIN
		INSERT INTO entity_counts (name, type, stories) VALUES (new.name, new.type, 1)
			ON CONFLICT (name, type) DO UPDATE SET stories = stories + 1;
	END;
	CREATE TRIGGER entity_counts_delete AFTER DELETE ON story_entities BEGIN
		UPDATE entity_counts SET stories = stories - 1 WHERE name = old.name AND type = old.type;
		DELETE FROM entity_counts WHERE name = old.name AND type = old.type AND stories <= 0;
	END;
	INSERT INTO entity_counts (name, type, stories)
		SELECT name, type, count(*) FROM story_entities GROUP BY name, type;`,
	revisionsTable,
	// When a feed said each item was last updated, as it was taken: an
	// item listed again with a later date is taken again.
	`ALTER TABLE feed_items ADD COLUMN updated TEXT NOT NULL DEFAULT '';`,
	joinedColumn,
	// Stories with Chinese, Japanese or Korean in them are indexed again, spaced.
	`CREATE TEMP TABLE unspaced AS SELECT DISTINCT s.n FROM articles a JOIN stories s ON s.id = a.story
		WHERE spaced(a.title || a.body) <> a.title || a.body;
	DELETE FROM stories_fts WHERE rowid IN (SELECT n FROM temp.unspaced);
	INSERT INTO stories_fts (rowid, title, body) SELECT n, spaced(title),
		spaced((SELECT group_concat(title || char(10) || body, char(10)) FROM articles WHERE story = stories.id))
		FROM stories WHERE n IN (SELECT n FROM temp.unspaced);
	DROP TABLE temp.unspaced;`,
}

var sqlite = &dialect{
	name:   "sqlite",
	bind:   func(q string) string { return q },
	like:   "LIKE",
	search: "n IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?)",
	// Every word must occur, the last as a prefix (it may be half typed).
	// Each is quoted, so FTS5's own syntax is not exposed: a stray quote or
	// "NEAR(" in a search box is not an error.
	match: func(words []string) string {
		return `"` + strings.Join(words, `" "`) + `"*`
	},
	similar: `SELECT s.id FROM stories_fts JOIN stories s ON s.n = stories_fts.rowid
		WHERE stories_fts MATCH ?1 AND s.id <> ?2 AND s.storyline <> ?3 ORDER BY bm25(stories_fts), s.id LIMIT ?4`,
	matchAny:     func(words []string) string { return `"` + strings.Join(words, `" OR "`) + `"` },
	relabel:      "UPDATE stories SET storyline = ?1, data = json_set(data, '$.storyline', ?1)",
	unindexStory: "DELETE FROM stories_fts WHERE rowid IN (SELECT n FROM stories WHERE id = ?)",
	indexStories: []string{
		"DELETE FROM stories_fts WHERE rowid IN (SELECT n FROM stories WHERE id IN (SELECT value FROM json_each(?1)))",
		`INSERT INTO stories_fts (rowid, title, body) SELECT n, spaced(title),
			spaced((SELECT group_concat(title || char(10) || body, char(10)) FROM articles WHERE story = stories.id))
			FROM stories WHERE id IN (SELECT value FROM json_each(?1))`,
	},
}

const pragmas = "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)"

func openSQLite(ctx context.Context, path string) (*DB, error) {
	// One writer, whose transactions start as writers (BEGIN IMMEDIATE):
	// one that read first could not become a writer once another had
	// written.
	db, err := sql.Open("sqlite", "file:"+path+"?"+pragmas+"&_pragma=cache_size(-65536)&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: read schema version: %w", path, err)
	}
	err = migrate(ctx, db, sqliteMigrations, version, func(v int) string { return fmt.Sprintf("PRAGMA user_version = %d", v) })
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// Readers map the file (up to 16 GB): a page read is then a memory
	// access, not a system call. WAL mode lets them read during a write.
	read, err := sql.Open("sqlite", "file:"+path+"?"+pragmas+"&_pragma=cache_size(-16384)&_pragma=mmap_size(17179869184)&_pragma=query_only(1)")
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	read.SetMaxOpenConns(max(4, runtime.NumCPU()))
	read.SetMaxIdleConns(max(4, runtime.NumCPU()))
	return &DB{db: db, read: read, d: sqlite}, nil
}
