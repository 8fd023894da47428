package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Feed is a feed crosscheck watches.
type Feed struct {
	URL       string        `json:"url"`
	Title     string        `json:"title"`
	Interval  time.Duration `json:"-"`
	Added     time.Time     `json:"added"`
	Checked   *time.Time    `json:"checked,omitempty"`
	LastError string        `json:"last_error,omitempty"`
	Items     int           `json:"items"` // items taken so far
	// The last answer's validators, for the next fetch to send.
	ETag         string `json:"-"`
	LastModified string `json:"-"`
}

// MarshalJSON writes the interval in seconds, as people and other
// languages read it, not in Go's nanoseconds.
func (f Feed) MarshalJSON() ([]byte, error) {
	type plain Feed
	return json.Marshal(struct {
		plain
		Interval float64 `json:"interval_seconds"`
	}{plain(f), f.Interval.Seconds()})
}

// Due reports whether the feed should be fetched at now.
func (f Feed) Due(now time.Time) bool {
	return f.Checked == nil || !now.Before(f.Checked.Add(f.Interval))
}

// AddFeed adds a feed; it reports false, changing nothing, when the feed
// is already there.
func (s *DB) AddFeed(ctx context.Context, f Feed) (bool, error) {
	res, err := s.exec(ctx, `INSERT INTO feeds (url, title, interval_s, added) VALUES (?, ?, ?, ?)
		ON CONFLICT(url) DO NOTHING`, f.URL, f.Title, int64(f.Interval/time.Second), now())
	if err != nil {
		return false, fmt.Errorf("add feed %s: %w", f.URL, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// RemoveFeed forgets a feed and its items; the articles stay.
func (s *DB) RemoveFeed(ctx context.Context, url string) error {
	res, err := s.exec(ctx, "DELETE FROM feeds WHERE url = ?", url)
	if err != nil {
		return fmt.Errorf("remove feed %s: %w", url, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("feed %s: %w", url, ErrNotFound)
	}
	return nil
}

// Feeds lists the watched feeds in the order they were added.
func (s *DB) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := s.query(ctx, `SELECT url, title, interval_s, added, checked, last_error,
		(SELECT count(*) FROM feed_items WHERE feed = url AND error = ''), etag, last_modified
		FROM feeds ORDER BY added, url`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		var f Feed
		var secs int64
		var added string
		var checked sql.NullString
		if err := rows.Scan(&f.URL, &f.Title, &secs, &added, &checked, &f.LastError, &f.Items, &f.ETag, &f.LastModified); err != nil {
			return nil, err
		}
		f.Interval = time.Duration(secs) * time.Second
		f.Added, _ = time.Parse(time.RFC3339Nano, added)
		if checked.Valid {
			if t, err := time.Parse(time.RFC3339Nano, checked.String); err == nil {
				f.Checked = &t
			}
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// FeedCheck is what one fetch of a feed found.
type FeedCheck struct {
	URL   string
	Title string // kept as it was when empty
	At    time.Time
	Err   error // what went wrong, if anything
	// The answer's validators, for the next fetch to send; empty ones make
	// it fetch the feed whole.
	ETag, LastModified string
}

// FeedChecked records a fetch of a feed.
func (s *DB) FeedChecked(ctx context.Context, c FeedCheck) error {
	var msg string
	if c.Err != nil {
		msg = c.Err.Error()
	}
	_, err := s.exec(ctx, `UPDATE feeds SET checked = ?, last_error = ?, etag = ?, last_modified = ?,
		title = CASE WHEN ? = '' THEN title ELSE ? END WHERE url = ?`,
		c.At.UTC().Format(time.RFC3339Nano), msg, c.ETag, c.LastModified, c.Title, c.Title, c.URL)
	if err != nil {
		return fmt.Errorf("feed %s: %w", c.URL, err)
	}
	return nil
}

// ItemTries is how often an item whose page cannot be read is tried
// before it is left alone.
const ItemTries = 3

// PendingItems returns which of a feed's items to take: those never seen,
// failed fewer than ItemTries times, or updated (by the date items gives
// each, RFC 3339 in UTC, "" for none) since they were taken; updated are
// the last of these.
func (s *DB) PendingItems(ctx context.Context, feed string, items map[string]string) (pending, updated map[string]bool, err error) {
	pending = make(map[string]bool, len(items))
	for id := range items {
		pending[id] = true
	}
	updated = map[string]bool{}
	rows, err := s.query(ctx, "SELECT id, updated FROM feed_items WHERE feed = ? AND (error = '' OR tries >= ?)", feed, ItemTries)
	if err != nil {
		return nil, nil, fmt.Errorf("feed %s: %w", feed, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, date string
		if err := rows.Scan(&id, &date); err != nil {
			return nil, nil, err
		}
		if when, listed := items[id]; listed && when > date {
			updated[id] = true
		} else {
			delete(pending, id)
		}
	}
	return pending, updated, rows.Err()
}

// ItemResult is what became of one feed item.
type ItemResult struct {
	ID, Link string
	Updated  string // when the feed said it was last updated, as PendingItems takes it
	Err      error  // nil when its article is stored
}

// MarkItems records what became of a feed's items, in one transaction.
func (s *DB) MarkItems(ctx context.Context, feed string, items []ItemResult) error {
	return s.Update(ctx, func(t *Tx) error {
		for _, it := range items {
			var msg string
			if it.Err != nil {
				msg = strings.TrimSpace(it.Err.Error())
			}
			_, err := t.exec(`INSERT INTO feed_items (feed, id, link, tries, error, seen, updated) VALUES (?, ?, ?, 1, ?, ?, ?)
				ON CONFLICT(feed, id) DO UPDATE SET tries = feed_items.tries + 1, error = excluded.error, seen = excluded.seen, updated = excluded.updated`,
				feed, it.ID, it.Link, msg, now(), it.Updated)
			if err != nil {
				return fmt.Errorf("feed %s: item %s: %w", feed, it.ID, err)
			}
		}
		return nil
	})
}

func now() string { return time.Now().UTC().Format(time.RFC3339Nano) }
