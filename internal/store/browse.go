package store

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// StorySummary is a story as lists show it.
type StorySummary struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Storyline string    `json:"storyline"`
	Articles  int       `json:"articles"`
	Outlets   int       `json:"outlets"`
	Originals int       `json:"independent_articles"` // articles that are not copies
	Disputed  int       `json:"disputed"`
	Latest    time.Time `json:"latest"`  // the newest article's date; zero when none is dated
	Updated   time.Time `json:"updated"` // when its reports, findings or brief last changed
}

// StoryQuery selects stories; the zero value is the first page of all.
type StoryQuery struct {
	Search string // words that the story's articles contain
	Outlet string // an outlet that reported the story
	Entity string // a person, organisation or place in the story
	// Storyline selects the stories of one storyline, oldest first.
	Storyline string
	Disputed  bool // only stories with a disputed finding
	Limit     int  // 50 when zero
	Offset    int
}

// ListStories returns a page of stories, newest first and, among stories
// of the same moment, biggest first; more says whether pages follow.
// Stories with no dated article come last: they cannot be placed in time.
func (s *DB) ListStories(ctx context.Context, q StoryQuery) (page []StorySummary, more bool, err error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	var where []string
	var args []any
	if words := searchWords(q.Search); len(words) > 0 {
		where = append(where, s.d.search)
		args = append(args, s.d.match(words))
	} else if strings.TrimSpace(q.Search) != "" {
		return nil, false, nil // nothing searchable in it: punctuation only
	}
	if q.Outlet != "" {
		where = append(where, "id IN (SELECT story FROM articles WHERE outlet = ?)")
		args = append(args, q.Outlet)
	}
	if q.Entity != "" {
		where = append(where, "id IN (SELECT story FROM story_entities WHERE name = ?)")
		args = append(args, q.Entity)
	}
	if q.Disputed {
		where = append(where, "n_disputed > 0")
	}
	order := "latest DESC, n_articles DESC, id"
	if q.Storyline != "" {
		where = append(where, "storyline = ?")
		args = append(args, q.Storyline)
		order = "latest, id"
	}
	query := summaryQuery
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY " + order + " LIMIT ? OFFSET ?"
	args = append(args, q.Limit+1, q.Offset)
	page, err = s.scanSummaries(ctx, query, args...)
	if err != nil {
		return nil, false, fmt.Errorf("list stories: %w", err)
	}
	if len(page) > q.Limit {
		page, more = page[:q.Limit], true
	}
	return page, more, nil
}

const summaryQuery = "SELECT id, title, storyline, n_articles, n_outlets, n_originals, n_disputed, latest, updated FROM stories"

// Summaries returns every story's summary, in the order the stories
// began: a list of all that reads none of their findings or briefs,
// which at a million articles would not fit in memory.
func (s *DB) Summaries(ctx context.Context) ([]StorySummary, error) {
	list, err := s.scanSummaries(ctx, summaryQuery+" ORDER BY first_seq, id")
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	return list, nil
}

func (s *DB) scanSummaries(ctx context.Context, query string, args ...any) ([]StorySummary, error) {
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var page []StorySummary
	for rows.Next() {
		var st StorySummary
		var latest, updated string
		if err := rows.Scan(&st.ID, &st.Title, &st.Storyline, &st.Articles, &st.Outlets, &st.Originals, &st.Disputed, &latest, &updated); err != nil {
			return nil, err
		}
		st.Latest, _ = time.Parse(time.RFC3339, latest)
		st.Updated, _ = time.Parse(time.RFC3339, updated)
		page = append(page, st)
	}
	return page, rows.Err()
}

// summaries returns the summaries of the stories with the given IDs.
// StoryTitles returns the titles of those of the stories stored.
func (s *DB) StoryTitles(ctx context.Context, ids []string) (map[string]string, error) {
	sums, err := s.summaries(ctx, ids)
	titles := make(map[string]string, len(sums))
	for id, st := range sums {
		titles[id] = st.Title
	}
	return titles, err
}

func (s *DB) summaries(ctx context.Context, ids []string) (map[string]StorySummary, error) {
	where, args := inIDs(ids)
	if where == "" {
		return nil, nil
	}
	list, err := s.scanSummaries(ctx, summaryQuery+" "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("read stories: %w", err)
	}
	out := make(map[string]StorySummary, len(list))
	for _, st := range list {
		out[st.ID] = st
	}
	return out, nil
}

// searchWords are the words of what a person types in a search box: what
// is between them, operators of the database's search syntax included, is
// dropped. A run of Chinese, Japanese or Korean is a phrase of its pairs
// of characters, as it is indexed ("東京都" is "東京 京都").
func searchWords(s string) []string {
	words := strings.FieldsFunc(s, notWord)
	for i, w := range words {
		if sp := text.Spaced(w); sp != w {
			words[i] = strings.Join(strings.Fields(sp), " ")
		}
	}
	return words
}

// notWord is what separates search words: anything but letters and digits.
func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// Count is a name and how many stories it appears in.
type Count struct {
	Name    string `json:"name"`
	Type    string `json:"type,omitempty"`
	Stories int    `json:"stories"`
}

// Entities lists the people, organisations and places of the stories, the
// most widely reported first; prefix narrows them by name.
func (s *DB) Entities(ctx context.Context, prefix string, limit, offset int) ([]Count, bool, error) {
	return s.counts(ctx, `SELECT name, max(type), sum(stories) FROM entity_counts WHERE name %s ? ESCAPE '\'
		GROUP BY name ORDER BY sum(stories) DESC, name LIMIT ? OFFSET ?`, prefix, limit, offset)
}

// Outlets lists the outlets, those in the most stories first. Articles
// whose outlet is unknown (a text file's) are under none.
func (s *DB) Outlets(ctx context.Context, prefix string, limit, offset int) ([]Count, bool, error) {
	return s.counts(ctx, `SELECT outlet, '', count(DISTINCT story) FROM articles WHERE outlet %s ? ESCAPE '\' AND outlet <> ''
		GROUP BY outlet ORDER BY count(DISTINCT story) DESC, outlet LIMIT ? OFFSET ?`, prefix, limit, offset)
}

func (s *DB) counts(ctx context.Context, query, prefix string, limit, offset int) ([]Count, bool, error) {
	if limit <= 0 {
		limit = 50
	}
	like := strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(prefix) + "%"
	rows, err := s.query(ctx, fmt.Sprintf(query, s.d.like), like, limit+1, offset)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []Count
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Name, &c.Type, &c.Stories); err != nil {
			return nil, false, err
		}
		out = append(out, c)
	}
	more := len(out) > limit
	if more {
		out = out[:limit]
	}
	return out, more, rows.Err()
}

// Article returns one stored article with its body and analysis.
func (s *DB) Article(ctx context.Context, id string) (Record, error) {
	recs, err := scanRecords(s.query(ctx, recordColumns+"WHERE id = ?", id))
	if err != nil {
		return Record{}, err
	}
	if len(recs) == 0 {
		return Record{}, fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	return recs[0], nil
}

// Ping checks that the database answers.
func (s *DB) Ping(ctx context.Context) error { return s.read.PingContext(ctx) }

// OutletStories returns the newest stories an outlet reported, at most
// limit, with every article of them (without bodies): what its record
// (corroborate.Record) is read from.
func (s *DB) OutletStories(ctx context.Context, outlet string, limit int) ([]model.Story, []model.Article, error) {
	const newest = "SELECT id FROM stories WHERE id IN (SELECT story FROM articles WHERE outlet = ?) ORDER BY latest DESC, id LIMIT ?"
	stories, err := s.scanStories(ctx, "SELECT data FROM stories WHERE id IN ("+newest+") ORDER BY latest DESC, id", outlet, limit)
	if err != nil {
		return nil, nil, fmt.Errorf("stories of %s: %w", outlet, err)
	}
	arts, err := s.scanArticles(ctx, "WHERE story IN ("+newest+") ORDER BY seq", outlet, limit)
	if err != nil {
		return nil, nil, fmt.Errorf("stories of %s: %w", outlet, err)
	}
	return stories, arts, nil
}
