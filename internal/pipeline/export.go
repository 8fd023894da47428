package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// Exported is one article line of an export: the fields of an input line,
// so that Ingest reads the file back, and where the article was.
type Exported struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Author    string `json:"author,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Updated   string `json:"updated,omitempty"` // when this text replaced an earlier one
	Text      string `json:"text"`
	Story     string `json:"story"`
	CopyOf    string `json:"copy_of,omitempty"`
	Revision  int    `json:"revision,omitempty"` // an earlier text of the article of the next line with its ID
}

// An exportedEdit is an edit line of an export.
type exportedEdit struct {
	Edit store.Edit `json:"edit"`
}

// Export writes every stored article as JSON Lines, in the order stored
// (an updated one's earlier texts just before it), and every editor's edit
// among them where it was made (after the last
// article stored by then): a backup in an open format, a corpus to share,
// or a store's move to another database. Ingest reads it back, making the
// edits again as it comes to them, so that the articles read after an
// edit are placed as they were, beside its moves and apart from what it
// kept apart. It reads the store a page at a time, so its memory does not
// grow with the store's articles.
func Export(ctx context.Context, s *store.DB, w io.Writer) error {
	edits, err := s.AllEdits(ctx)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(w)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	// editsUpTo writes the edits made when no article after seq was stored.
	editsUpTo := func(seq int64) error {
		for len(edits) > 0 && edits[0].Seq <= seq {
			if err := enc.Encode(exportedEdit{edits[0]}); err != nil {
				return err
			}
			edits = edits[1:]
		}
		return nil
	}
	revised, err := s.Revised(ctx)
	if err != nil {
		return err
	}
	line := func(a model.Article, story string, revision int, updated time.Time) error {
		e := Exported{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Author: a.Author, Title: a.Title,
			Text: strings.Join(a.Paragraphs, "\n\n"), Story: story, CopyOf: a.CopyOf, Revision: revision}
		if a.Published != nil {
			e.Published = a.Published.UTC().Format(time.RFC3339)
		}
		if !updated.IsZero() {
			e.Updated = updated.UTC().Format(time.RFC3339)
		}
		return enc.Encode(e)
	}
	for r, err := range s.EachArticle(ctx) {
		if err != nil {
			return err
		}
		if err := editsUpTo(r.Seq - 1); err != nil {
			return err
		}
		// An updated article's earlier texts come first, each a line of
		// the same ID: read back, each later one updates it again, when
		// it did here (what the story's findings date its changes by).
		var updated time.Time
		if revised[r.Article.ID] {
			revs, err := s.Revisions(ctx, r.Article.ID)
			if err != nil {
				return err
			}
			for _, v := range revs {
				v.Article.CopyOf = r.Article.CopyOf
				if err := line(v.Article, r.Story, v.N, updated); err != nil {
					return err
				}
				updated = v.Replaced
			}
		}
		if err := line(r.Article, r.Story, 0, updated); err != nil {
			return err
		}
	}
	for _, e := range edits {
		if err := enc.Encode(exportedEdit{e}); err != nil {
			return err
		}
	}
	return out.Flush()
}

// replay makes an edit read from an export again, dated when it was first
// made: a move to a story not stored makes that story, as the move that
// is replayed did. What it could not do (an article or a story not stored
// here, a move made already) is returned as errs; err is the store's.
func replay(tx *store.Tx, st *state, e store.Edit) (rebuilt []string, changed bool, errs []model.Error, err error) {
	if missing := missingField(e); missing != "" {
		return nil, false, []model.Error{{Error: "names no " + missing}}, nil
	}
	how := editing{at: e.At, replay: true}
	var (
		moved   Moved
		linked  Linked
		removed Removed
		c       change
	)
	switch e.Action {
	case "move":
		c = move([]string{e.Article}, e.To, how, &moved)
	case "merge":
		c = merge([]string{e.From}, e.To, how, &moved)
	case "link":
		c = link([]string{e.From}, e.To, how, &linked)
	case "unlink":
		c = unlink([]string{e.From}, how, &linked)
	case "remove":
		c = removal([]string{e.Article}, nil, how, &removed)
	}
	rebuilt, changed, err = c(tx, st)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil, false, []model.Error{{Error: err.Error()}}, nil
	case err != nil:
		return nil, false, nil, err
	case e.Action == "remove" && !changed:
		// An export holds no removed article: its removal is kept in the
		// history of the story it left.
		return nil, true, nil, tx.PutEdit(e)
	}
	return rebuilt, changed, slices.Concat(moved.Errors, linked.Errors, removed.Errors), nil
}

// missingField names what an edit lacks to be made: a known action, or
// the article or stories its action needs.
func missingField(e store.Edit) string {
	a := e.Action
	switch {
	case !slices.Contains([]string{"move", "merge", "link", "unlink", "remove"}, a):
		return "known action"
	case (a == "move" || a == "remove") && e.Article == "":
		return "article"
	case a != "move" && e.From == "": // a removal's is the story it left
		return "story"
	case (a == "move" || a == "merge" || a == "link") && e.To == "":
		return "story to go to"
	}
	return ""
}
