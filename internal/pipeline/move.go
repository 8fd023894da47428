package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// Moved says what Move or Merge did.
type Moved struct {
	Story string `json:"story"` // the story the articles are in now
	// Articles are those moved: Move's as given (each takes its copies
	// with it), Merge's every one.
	Articles []string `json:"articles"`
	// Rebuilt are the stories composed again: Story, then those the
	// articles left.
	Rebuilt []string `json:"rebuilt"`
	// Merged are the stories left with no article: their IDs now lead to
	// Story, as a merged story's do.
	Merged []string      `json:"merged"`
	Errors []model.Error `json:"errors"` // IDs of nothing that could be moved, and why
}

func newMoved() Moved {
	return Moved{Articles: []string{}, Rebuilt: []string{}, Merged: []string{}, Errors: []model.Error{}}
}

// Move puts stored articles, each with its copies, in another story (to),
// or all together in a new story when to is "": an editor's correction of
// reports placed in the wrong story. The stories they leave are composed
// again and kept apart from the one they went to, so that a later report
// alike to both does not merge them back; a story left with no article
// leads to the other, as a merged story does. IDs of no stored article,
// copies (a copy goes with its original) and articles already in the story
// are reported in Errors, and the rest go on.
func Move(ctx context.Context, s *store.DB, ids []string, to string) (Moved, error) {
	var res Moved
	err := regroup(ctx, s, move(ids, to, editing{}, &res))
	return res, err
}

// An editing says how an edit is made: by an editor now, or replayed from
// an export.
type editing struct {
	at     time.Time // when it was first made; zero for now
	replay bool      // a move's story not stored is made under the ID given
}

// move is Move's change to the store and the pipeline's state.
func move(ids []string, to string, how editing, res *Moved) change {
	return func(tx *store.Tx, st *state) ([]string, bool, error) {
		*res = newMoved()
		var err error
		story, made := to, false
		switch {
		case to == "":
			story, err = newStoryID(tx, &st.Cluster, ids)
			made = true
		case how.replay:
			made, err = isNew(tx, &st.Cluster, to)
		default:
			err = isStory(tx, story)
		}
		if err != nil {
			return nil, false, err
		}
		var left []string // the stories the articles left, in order
		for _, id := range ids {
			from, err := tx.MoveArticle(id, story)
			switch {
			case errors.Is(err, store.ErrNotFound):
				res.Errors = append(res.Errors, model.Error{Source: id, Error: "no article with this ID is stored"})
				continue
			case errors.Is(err, store.ErrCopy):
				res.Errors = append(res.Errors, model.Error{Source: id, Error: err.Error()})
				continue
			case err != nil:
				return nil, false, err
			case from == story:
				res.Errors = append(res.Errors, model.Error{Source: id, Error: "is in story " + story + " already"})
				continue
			}
			if err := tx.PutEdit(store.Edit{At: how.at, Action: "move", Article: id, From: from, To: story}); err != nil {
				return nil, false, err
			}
			res.Articles = append(res.Articles, id)
			if !slices.Contains(left, from) {
				left = append(left, from)
			}
		}
		if len(res.Articles) == 0 {
			return nil, false, nil // nothing changed: not even a new story
		}
		res.Story = story
		if made {
			st.Cluster.Open(story)
		}
		for _, from := range left {
			n, err := tx.StorySize(from)
			if err != nil {
				return nil, false, err
			}
			if n == 0 {
				if err := tx.MergeStory(from, story); err != nil {
					return nil, false, err
				}
				st.Cluster.Reset(from, nil, nil)
				res.Merged = append(res.Merged, from)
				continue
			}
			if err := reset(tx, &st.Cluster, from); err != nil {
				return nil, false, err
			}
			st.Cluster.KeepApart(from, story)
			res.Rebuilt = append(res.Rebuilt, from)
		}
		if err := reset(tx, &st.Cluster, story); err != nil {
			return nil, false, err
		}
		res.Rebuilt = append([]string{story}, res.Rebuilt...)
		return res.Rebuilt, true, nil
	}
}

// isStory returns ErrNotFound for an ID of no stored story.
func isStory(tx *store.Tx, id string) error {
	n, err := tx.StorySize(id)
	if err == nil && n == 0 {
		err = fmt.Errorf("story %s: %w", id, store.ErrNotFound)
	}
	return err
}

// isNew says whether a story a replayed move goes to is to be made, as
// when the editor made it: no story is stored, or known to the clusterer,
// under its ID.
func isNew(tx *store.Tx, cl *cluster.Clusterer, id string) (bool, error) {
	n, err := tx.StorySize(id)
	if err != nil || n > 0 {
		return false, err
	}
	if _, known := cl.StorylineOf(id); known {
		return false, fmt.Errorf("story %s: %w", id, store.ErrNotFound)
	}
	return true, nil
}

// newStoryID names the new story a move makes, after the first article
// moved: the same moves give the same IDs.
func newStoryID(tx *store.Tx, cl *cluster.Clusterer, ids []string) (string, error) {
	if len(ids) == 0 {
		return "", nil
	}
	for n := 0; ; n++ {
		sum := sha256.Sum256([]byte(ids[0] + "\x00moved " + strconv.Itoa(n)))
		id := "s" + hex.EncodeToString(sum[:6])
		size, err := tx.StorySize(id)
		if err != nil {
			return "", err
		}
		if _, known := cl.StorylineOf(id); size == 0 && !known {
			return id, nil
		}
	}
}

// Merge moves every article of the given stories into another (into), an
// editor's correction of one event's reports split in several stories:
// their IDs then lead to it, their storylines join its own, and the
// stories kept apart from them are kept apart from it. IDs of no stored
// story are reported in Errors, and the rest go on.
func Merge(ctx context.Context, s *store.DB, stories []string, into string) (Moved, error) {
	var res Moved
	err := regroup(ctx, s, merge(stories, into, editing{}, &res))
	return res, err
}

// merge is Merge's change.
func merge(stories []string, into string, how editing, res *Moved) change {
	return func(tx *store.Tx, st *state) ([]string, bool, error) {
		*res = newMoved()
		if err := isStory(tx, into); err != nil {
			return nil, false, err
		}
		intoLine, err := tx.StorylineOf(into)
		if err != nil {
			return nil, false, err
		}
		for _, id := range stories {
			arts, err := tx.StoryArticles(id)
			if err != nil {
				return nil, false, err
			}
			switch {
			case id == into:
				res.Errors = append(res.Errors, model.Error{Source: id, Error: "is the story to merge into"})
				continue
			case len(arts) == 0:
				res.Errors = append(res.Errors, model.Error{Source: id, Error: "no story with this ID is stored"})
				continue
			}
			line, err := tx.StorylineOf(id)
			if err != nil {
				return nil, false, err
			}
			m := cluster.Merge{Story: id, Into: into, Storyline: line, IntoLine: intoLine}
			if err := mergeStored(tx, m); err != nil {
				return nil, false, err
			}
			if err := tx.PutEdit(store.Edit{At: how.at, Action: "merge", From: id, To: into}); err != nil {
				return nil, false, err
			}
			st.Cluster.Merge(m)
			res.Articles = append(res.Articles, arts...)
			res.Merged = append(res.Merged, id)
		}
		if len(res.Merged) == 0 {
			return nil, false, nil
		}
		if err := reset(tx, &st.Cluster, into); err != nil {
			return nil, false, err
		}
		res.Story = into
		res.Rebuilt = append(res.Rebuilt, into)
		return res.Rebuilt, true, nil
	}
}

// mergeStored makes a merge in the store: the merged story's articles go
// to the other, its ID leads there, and its storyline joins the other's.
func mergeStored(tx *store.Tx, m cluster.Merge) error {
	if err := tx.MergeStory(m.Story, m.Into); err != nil {
		return err
	}
	if m.Storyline != m.IntoLine {
		return tx.JoinStorylines(m.Storyline, m.IntoLine)
	}
	return nil
}
