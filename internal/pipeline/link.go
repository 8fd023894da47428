package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// Linked says what Link or Unlink did.
type Linked struct {
	// Storyline is the storyline Link put the stories in ("" for Unlink,
	// which gives each story a storyline of its own, named after it).
	Storyline string        `json:"storyline,omitempty"`
	Stories   []string      `json:"stories"` // those whose storyline changed, as given
	Errors    []model.Error `json:"errors"`  // IDs of nothing that could be changed, and why
}

func newLinked() Linked {
	return Linked{Stories: []string{}, Errors: []model.Error{}}
}

// Link puts stories in the storyline of another (to), an editor's
// statement that their events follow on from one another: each story's
// storyline joins to's with every story in it, as when two stories merge.
// IDs of no stored story and stories already in that storyline are
// reported in Errors, and the rest go on.
func Link(ctx context.Context, s *store.DB, stories []string, to string) (Linked, error) {
	var res Linked
	err := regroup(ctx, s, link(stories, to, editing{}, &res))
	return res, err
}

// link is Link's change.
func link(stories []string, to string, how editing, res *Linked) change {
	return func(tx *store.Tx, st *state) ([]string, bool, error) {
		*res = newLinked()
		into, err := storylineOf(tx, to)
		if err == nil && into == "" {
			err = fmt.Errorf("story %s: %w", to, store.ErrNotFound)
		}
		if err != nil {
			return nil, false, err
		}
		for _, id := range stories {
			line, err := storylineOf(tx, id)
			switch {
			case err != nil:
				return nil, false, err
			case line == "":
				res.Errors = append(res.Errors, model.Error{Source: id, Error: "no story with this ID is stored"})
				continue
			case line == into:
				res.Errors = append(res.Errors, model.Error{Source: id, Error: "is in the storyline of " + to + " already"})
				continue
			}
			if err := tx.JoinStorylines(line, into); err != nil {
				return nil, false, err
			}
			st.Cluster.JoinLines(line, into)
			if err := tx.PutEdit(store.Edit{At: how.at, Action: "link", From: id, To: to}); err != nil {
				return nil, false, err
			}
			res.Stories = append(res.Stories, id)
		}
		if len(res.Stories) > 0 {
			res.Storyline = into
		}
		return nil, len(res.Stories) > 0, nil
	}
}

// Unlink takes stories out of their storylines, each into one of its own:
// an editor's statement that a story does not follow on from the others.
// It is also kept apart from each of them, so that a later report alike
// to both does not merge them. A storyline named after a story taken out
// of it is named after its earliest story left. IDs of no stored story and
// stories alone in their storyline are reported in Errors, and the rest
// go on.
func Unlink(ctx context.Context, s *store.DB, stories []string) (Linked, error) {
	var res Linked
	err := regroup(ctx, s, unlink(stories, editing{}, &res))
	return res, err
}

// unlink is Unlink's change.
func unlink(stories []string, how editing, res *Linked) change {
	return func(tx *store.Tx, st *state) ([]string, bool, error) {
		*res = newLinked()
		for _, id := range stories {
			line, err := storylineOf(tx, id)
			if err != nil {
				return nil, false, err
			}
			if line == "" {
				res.Errors = append(res.Errors, model.Error{Source: id, Error: "no story with this ID is stored"})
				continue
			}
			others, err := tx.Storyline(line)
			if err != nil {
				return nil, false, err
			}
			others = slices.DeleteFunc(others, func(o string) bool { return o == id })
			if len(others) == 0 {
				res.Errors = append(res.Errors, model.Error{Source: id, Error: "is the only story of its storyline"})
				continue
			}
			if line == id {
				// The others keep a storyline named after one of them.
				if err := tx.JoinStorylines(line, others[0]); err != nil {
					return nil, false, err
				}
				st.Cluster.JoinLines(line, others[0])
			}
			if err := tx.SetStoryline(id, id); err != nil {
				return nil, false, err
			}
			st.Cluster.SetLine(id, id)
			for _, o := range others {
				st.Cluster.KeepApart(id, o)
			}
			if err := tx.PutEdit(store.Edit{At: how.at, Action: "unlink", From: id, To: others[0]}); err != nil {
				return nil, false, err
			}
			res.Stories = append(res.Stories, id)
		}
		return nil, len(res.Stories) > 0, nil
	}
}

// storylineOf returns a stored story's storyline, or "" for no stored
// story. A story stored before storylines were has its own.
func storylineOf(tx *store.Tx, id string) (string, error) {
	n, err := tx.StorySize(id)
	if err != nil || n == 0 {
		return "", err
	}
	line, err := tx.StorylineOf(id)
	return cmp.Or(line, id), err
}
