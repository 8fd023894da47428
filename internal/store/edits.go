package store

import (
	"context"
	"fmt"
	"time"
)

// An Edit is an editor's change to the grouping — an article moved or
// removed, a story merged into another, a story linked to another's
// storyline or taken out of its own — kept so that a story can say how it
// came to be as it is.
type Edit struct {
	At      time.Time `json:"at"`
	Action  string    `json:"action"` // "move", "merge", "remove", "link" or "unlink"
	Article string    `json:"article,omitempty"`
	// From is the story an article left, or the story merged, linked or
	// taken out of its storyline.
	From string `json:"from,omitempty"`
	// To is the story an article or a merged story went to, the story
	// whose storyline a story was linked to, or one left in the storyline
	// a story was taken out of.
	To string `json:"to,omitempty"`
	// Seq is the last article stored when the edit was made.
	Seq int64 `json:"-"`
}

// PutEdit records an edit, dated At or, when it has none, now.
func (t *Tx) PutEdit(e Edit) error {
	at := now()
	if !e.At.IsZero() {
		at = e.At.UTC().Format(time.RFC3339Nano)
	}
	_, err := t.exec(`INSERT INTO edits (at, action, article, from_id, to_id, seq)
		VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) FROM articles))`,
		at, e.Action, e.Article, e.From, e.To)
	if err != nil {
		return fmt.Errorf("record the %s of %s: %w", e.Action, e.Article+e.From, err)
	}
	return nil
}

// HasEdit says whether an edit is recorded, made at the same time.
func (t *Tx) HasEdit(e Edit) (bool, error) {
	var n int
	err := t.queryRow(`SELECT COUNT(*) FROM edits WHERE at = ? AND action = ? AND article = ? AND from_id = ? AND to_id = ?`,
		e.At.UTC().Format(time.RFC3339Nano), e.Action, e.Article, e.From, e.To).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look up the %s of %s: %w", e.Action, e.Article+e.From, err)
	}
	return n > 0, nil
}

// Edits returns the edits that moved articles into or out of a story, or
// merged a story into it, in the order made.
func (s *DB) Edits(ctx context.Context, story string) ([]Edit, error) {
	return s.edits(ctx, "edits of story "+story, "WHERE from_id = ?1 OR to_id = ?1 ORDER BY n", story)
}

// AllEdits returns every edit, in the order made.
func (s *DB) AllEdits(ctx context.Context) ([]Edit, error) {
	return s.edits(ctx, "every edit", "ORDER BY n")
}

// RecentEdits returns a page of the edits, the latest first, and whether
// more follow.
func (s *DB) RecentEdits(ctx context.Context, limit, offset int) ([]Edit, bool, error) {
	list, err := s.edits(ctx, "recent edits", "ORDER BY n DESC LIMIT ? OFFSET ?", limit+1, offset)
	if len(list) > limit {
		return list[:limit], true, err
	}
	return list, false, err
}

// edits reads the edits that the rest of a query (clauses) selects.
func (s *DB) edits(ctx context.Context, what, clauses string, args ...any) ([]Edit, error) {
	rows, err := s.query(ctx, "SELECT at, action, article, from_id, to_id, seq FROM edits "+clauses, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []Edit
	for rows.Next() {
		var e Edit
		var at string
		if err := rows.Scan(&at, &e.Action, &e.Article, &e.From, &e.To, &e.Seq); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		e.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// A Part is a piece of what an edit did, in words: text, or the ID of a
// story or an article it names, which a page links to.
type Part struct {
	Text, Story, Article string
	Title                string // the story's, when a page has looked it up
}

// Describe says what an edit did, as the page of story tells it ("report
// A moved here from story B"), or with story "" as a list of every edit
// does ("report A moved from story B to story C"): one wording for every
// rendering.
func (e Edit) Describe(story string) []Part {
	if story == "" {
		return e.describeAll()
	}
	self := e.From == story
	switch {
	case e.Action == "merge":
		return []Part{{Text: "story "}, {Story: e.From}, {Text: " merged into this one"}}
	case e.Action == "remove":
		return []Part{{Text: "report " + e.Article + " removed"}}
	case e.Action == "link" && self:
		return []Part{{Text: "linked to the storyline of story "}, {Story: e.To}}
	case e.Action == "link":
		return []Part{{Text: "story "}, {Story: e.From}, {Text: " linked to the storyline of this one"}}
	case e.Action == "unlink" && self:
		return []Part{{Text: "taken out of the storyline of story "}, {Story: e.To}}
	case e.Action == "unlink":
		return []Part{{Text: "story "}, {Story: e.From}, {Text: " taken out of the storyline of this one"}}
	case e.To == story:
		return []Part{{Text: "report "}, {Article: e.Article}, {Text: " moved here from story "}, {Story: e.From}}
	default:
		return []Part{{Text: "report "}, {Article: e.Article}, {Text: " moved to story "}, {Story: e.To}}
	}
}

func (e Edit) describeAll() []Part {
	from, to := Part{Story: e.From}, Part{Story: e.To}
	switch e.Action {
	case "merge":
		return []Part{{Text: "story "}, from, {Text: " merged into story "}, to}
	case "remove":
		return []Part{{Text: "report " + e.Article + " removed from story "}, from}
	case "link":
		return []Part{{Text: "story "}, from, {Text: " linked to the storyline of story "}, to}
	case "unlink":
		return []Part{{Text: "story "}, from, {Text: " taken out of the storyline of story "}, to}
	default:
		return []Part{{Text: "report "}, {Article: e.Article}, {Text: " moved from story "}, from, {Text: " to story "}, to}
	}
}

// String gives the parts as plain text.
func (p Part) String() string { return p.Text + p.Story + p.Article }
