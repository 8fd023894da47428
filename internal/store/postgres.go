package store

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"strconv"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver

	"github.com/crosscheck-news/crosscheck/internal/text"
)

// postgresMigrations make the PostgreSQL schema: the SQLite one's tables,
// with a tsvector on each story for search. Its version is kept in
// schema_version.
var postgresMigrations = []string{
	`CREATE TABLE articles (
		seq       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		id        TEXT COLLATE "C" NOT NULL UNIQUE,
		hash      TEXT NOT NULL,
		source    TEXT NOT NULL,
		url       TEXT NOT NULL DEFAULT '',
		outlet    TEXT COLLATE "C" NOT NULL DEFAULT '',
		title     TEXT NOT NULL DEFAULT '',
		published TEXT,
		copy_of   TEXT COLLATE "C" NOT NULL DEFAULT '',
		story     TEXT COLLATE "C" NOT NULL,
		body      TEXT NOT NULL,
		analysis  TEXT NOT NULL,
		added     TEXT NOT NULL,
		search    tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', left(title || ' ' || body, 1000000)))) STORED
	);
	CREATE INDEX articles_story ON articles(story);
	CREATE INDEX articles_copy_of ON articles(copy_of);
	CREATE INDEX articles_outlet ON articles(outlet, story);
	CREATE TABLE stories (
		n           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		id          TEXT COLLATE "C" NOT NULL UNIQUE,
		first_seq   BIGINT NOT NULL,
		title       TEXT NOT NULL DEFAULT '',
		storyline   TEXT COLLATE "C" NOT NULL DEFAULT '',
		n_articles  INTEGER NOT NULL DEFAULT 0,
		n_outlets   INTEGER NOT NULL DEFAULT 0,
		n_originals INTEGER NOT NULL DEFAULT 0,
		n_disputed  INTEGER NOT NULL DEFAULT 0,
		latest      TEXT COLLATE "C" NOT NULL DEFAULT '',
		updated     TEXT NOT NULL,
		data        TEXT NOT NULL,
		search      tsvector
	);
	CREATE INDEX stories_latest ON stories(latest DESC, n_articles DESC, id);
	CREATE INDEX stories_storyline ON stories(storyline, latest, id);
	CREATE INDEX stories_first ON stories(first_seq, id);
	CREATE INDEX stories_search ON stories USING gin(search);
	CREATE TABLE story_entities (
		story TEXT COLLATE "C" NOT NULL,
		name  TEXT COLLATE "C" NOT NULL,
		type  TEXT NOT NULL,
		PRIMARY KEY (story, name)
	);
	CREATE INDEX story_entities_name ON story_entities(name);
	CREATE TABLE state (
		key     TEXT PRIMARY KEY,
		value   TEXT NOT NULL,
		version BIGINT NOT NULL DEFAULT 0
	);
	-- The state is megabytes, written at every commit: compressing it cost
	-- more than storing it whole.
	ALTER TABLE state ALTER COLUMN value SET STORAGE EXTERNAL;
	-- A story's words are its articles', each article's parsed once.
	CREATE AGGREGATE tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');
	CREATE TABLE feeds (
		url        TEXT COLLATE "C" PRIMARY KEY,
		title      TEXT NOT NULL DEFAULT '',
		interval_s BIGINT NOT NULL,
		added      TEXT NOT NULL,
		checked    TEXT,
		last_error TEXT NOT NULL DEFAULT ''
	);
	CREATE TABLE feed_items (
		feed  TEXT COLLATE "C" NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
		id    TEXT COLLATE "C" NOT NULL,
		link  TEXT NOT NULL,
		tries INTEGER NOT NULL,
		error TEXT NOT NULL DEFAULT '',
		seen  TEXT NOT NULL,
		PRIMARY KEY (feed, id)
	);` + strings.ReplaceAll(jobsTable, "INTEGER PRIMARY KEY AUTOINCREMENT", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"),
	`ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT '';`,
	// A feed's validators, sent on its next fetch by whichever process
	// polls it.
	`ALTER TABLE feeds ADD COLUMN etag TEXT NOT NULL DEFAULT '';
	ALTER TABLE feeds ADD COLUMN last_modified TEXT NOT NULL DEFAULT '';`,
	// Stories merged into others: a merged story's ID still leads to the
	// story that holds its articles.
	`CREATE TABLE story_merges (
		id      TEXT COLLATE "C" PRIMARY KEY,
		into_id TEXT COLLATE "C" NOT NULL
	);
	CREATE INDEX story_merges_into ON story_merges(into_id);`,
	// Editors' moves, merges and removals, for the stories they changed.
	`CREATE TABLE edits (
		n       BIGSERIAL PRIMARY KEY,
		at      TEXT NOT NULL,
		action  TEXT NOT NULL,
		article TEXT COLLATE "C" NOT NULL DEFAULT '',
		from_id TEXT COLLATE "C" NOT NULL DEFAULT '',
		to_id   TEXT COLLATE "C" NOT NULL DEFAULT ''
	);
	CREATE INDEX edits_from ON edits(from_id);
	CREATE INDEX edits_to ON edits(to_id);`,
	// The last article stored when an edit was made, so that an export
	// puts it among the articles where it was made. Edits made before are
	// put after every article stored by then.
	`ALTER TABLE edits ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
	UPDATE edits SET seq = (SELECT COALESCE(MAX(seq), 0) FROM articles);`,
	// A large state kept as rows, each saved as it changes (PutStateRows).
	`CREATE TABLE state_rows (
		key   TEXT COLLATE "C" NOT NULL,
		id    TEXT COLLATE "C" NOT NULL,
		value TEXT NOT NULL,
		PRIMARY KEY (key, id)
	);`,
	// An article's search words are given with it (searchVector): parsing
	// them with to_tsvector was a third of a millisecond an article, while
	// every other process waited to place theirs. Words stored before stay
	// as to_tsvector parsed them.
	`ALTER TABLE articles ALTER COLUMN search DROP EXPRESSION;`,
	// Stories whose articles changed, to compose after the placement that
	// changed them commits (MarkPending).
	`CREATE TABLE pending_stories (
		story  TEXT COLLATE "C" PRIMARY KEY,
		line   TEXT NOT NULL,
		gen    BIGINT NOT NULL,
		marked TEXT NOT NULL
	);`,
	// How many stories name each name, kept as stories are stored, so that
	// the names page reads one row a name, not one a story naming it. A
	// trigger a statement: a story names tens of names at once. (Stories
	// are stored under the placing lock, so no two transactions update the
	// counts at once, in whatever order.)
	`CREATE TABLE entity_counts (
		name    TEXT COLLATE "C" NOT NULL,
		type    TEXT NOT NULL,
		stories INTEGER NOT NULL,
		PRIMARY KEY (name, type)
	);
	CREATE FUNCTION entity_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		INSERT INTO entity_counts (name, type, stories)
			SELECT name, type, count(*) FROM added GROUP BY name, type
			ON CONFLICT (name, type) DO UPDATE SET stories = entity_counts.stories + excluded.stories;
		RETURN NULL;
	END $$;
	CREATE FUNCTION entity_counts_drop() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		UPDATE entity_counts c SET stories = c.stories - d.n
			FROM (SELECT name, type, count(*) AS n FROM dropped GROUP BY name, type) d
			WHERE c.name = d.name AND c.type = d.type;
		DELETE FROM entity_counts c USING dropped d
			WHERE c.name = d.name AND c.type = d.type AND c.stories <= 0;
		RETURN NULL;
	END $$;
	CREATE TRIGGER entity_counts_insert AFTER INSERT ON story_entities
		REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION entity_counts_add();
	CREATE TRIGGER entity_counts_delete AFTER DELETE ON story_entities
		REFERENCING OLD TABLE AS dropped FOR EACH STATEMENT EXECUTE FUNCTION entity_counts_drop();
	INSERT INTO entity_counts (name, type, stories)
		SELECT name, type, count(*) FROM story_entities GROUP BY name, type;`,
	revisionsTable,
	// When a feed said each item was last updated, as it was taken: an
	// item listed again with a later date is taken again.
	`ALTER TABLE feed_items ADD COLUMN updated TEXT NOT NULL DEFAULT '';`,
	joinedColumn,
	// Articles with Chinese, Japanese or Korean in them gain the pairs of
	// characters searchVector now gives (the pattern is those scripts' main
	// blocks, a run of Korean apart from one of the others, as text.Spaced
	// has them), and their stories are indexed again.
	`CREATE TEMP TABLE unspaced ON COMMIT DROP AS SELECT seq, story FROM articles
		WHERE title || body ~ '[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]';
	UPDATE articles a SET search = search || (
		SELECT array_to_tsvector(array_agg(DISTINCT substr(m[1], i, 2)))
		FROM regexp_matches(a.title || ' ' || a.body, '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[\uac00-\ud7a3]+)', 'g') AS m,
			generate_series(1, greatest(1, length(m[1]) - 1)) AS i)
		WHERE seq IN (SELECT seq FROM unspaced);
	UPDATE stories SET search = to_tsvector('simple', title) ||
		(SELECT tsvector_agg(search) FROM articles WHERE story = stories.id)
		WHERE id IN (SELECT story FROM unspaced);`,
}

// Keys of PostgreSQL advisory locks.
const (
	migrateLock = 0x63726f7373 // "cross"
	assignLock  = 0x636865636b // "check"
)

var postgres = &dialect{
	name:   "postgres",
	bind:   bindDollar,
	like:   "ILIKE",
	search: "search @@ to_tsquery('simple', ?)",
	// Every word must occur, the last as a prefix, and each of a phrase's
	// words: the stored words keep no positions to put them in order by.
	// The words are letters and digits only, so none is an operator of
	// tsquery's syntax; they are lower-cased as searchVector lower-cases
	// articles' words.
	match: func(words []string) string {
		return strings.ToLower(strings.ReplaceAll(strings.Join(words, " "), " ", " & ")) + ":*"
	},
	indexStories: []string{`UPDATE stories SET search = to_tsvector('simple', title) ||
		(SELECT tsvector_agg(search) FROM articles WHERE story = stories.id)
		WHERE id IN (SELECT json_array_elements_text(?1::json))`},
	similar: `SELECT id FROM stories, to_tsquery('simple', ?1) q
		WHERE search @@ q AND id <> ?2 AND storyline <> ?3 ORDER BY ts_rank(search, q) DESC, id LIMIT ?4`,
	matchAny:   func(words []string) string { return strings.ToLower(strings.Join(words, " | ")) },
	relabel:    `UPDATE stories SET storyline = ?1, data = jsonb_set(data::jsonb, '{storyline}', to_jsonb(?1::text))::text`,
	lock:       fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", assignLock),
	skipLocked: " FOR UPDATE SKIP LOCKED",
	words:      &articleWords{param: "?::text::tsvector", of: searchVector},
}

// searchVector is an article's search words as a tsvector's text: the
// distinct words of its title and body, lower-cased and split as
// searchWords splits a query (runs of letters and digits; runs of
// Chinese, Japanese or Korean in pairs of characters), which need no
// quoting. As to_tsvector does, it leaves out words longer than a
// tsvector's lexeme may be, and it stops short of a tsvector's size limit.
func searchVector(title, body string) string {
	const (
		maxWord = 2047    // bytes of one lexeme
		maxSize = 1 << 19 // bytes of them all, with their entries' headers; PostgreSQL takes 1 MB
	)
	seen := map[string]bool{}
	var b strings.Builder
	size := 0
	for _, t := range []string{title, body} {
		for w := range strings.FieldsFuncSeq(strings.ToLower(text.Spaced(t)), notWord) {
			if len(w) > maxWord || seen[w] {
				continue
			}
			if size += len(w) + 4; size > maxSize {
				return b.String()
			}
			seen[w] = true
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	return b.String()
}

func openPostgres(ctx context.Context, dsn string) (*DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", Redact(dsn), err)
	}
	db.SetMaxOpenConns(max(8, 2*runtime.NumCPU()))
	db.SetMaxIdleConns(max(8, 2*runtime.NumCPU()))
	if err := migratePostgres(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", Redact(dsn), err)
	}
	return &DB{db: db, read: db, d: postgres}, nil
}

// migratePostgres runs the migrations under a lock, so that processes
// starting together do not run them twice.
func migratePostgres(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", migrateLock); err != nil {
		return err
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrateLock)
	_, err = conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
		INSERT INTO schema_version SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)`)
	if err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	var version int
	if err := conn.QueryRowContext(ctx, "SELECT version FROM schema_version").Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	return migrate(ctx, conn, postgresMigrations, version, func(v int) string {
		return fmt.Sprintf("UPDATE schema_version SET version = %d", v)
	})
}

// bindDollar numbers the placeholders PostgreSQL's way: ?N becomes $N and
// each bare ? the next number. Quoted text is left alone.
func bindDollar(q string) string {
	var b strings.Builder
	n, quoted := 0, false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			quoted = !quoted
		case c == '?' && !quoted:
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			if j > i+1 {
				b.WriteString("$" + q[i+1:j])
			} else {
				n++
				b.WriteString("$" + strconv.Itoa(n))
			}
			i = j - 1
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Redact hides the password of a database URL, for messages.
func Redact(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		if at := strings.LastIndex(dsn, "@"); at > i {
			if colon := strings.Index(dsn[i+3:at], ":"); colon >= 0 {
				return dsn[:i+3+colon] + ":xxxxx" + dsn[at:]
			}
		}
	}
	return dsn
}
