package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/dedup"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// Removed says what Remove did.
type Removed struct {
	Articles []string      `json:"articles"` // removed
	Rebuilt  []string      `json:"rebuilt"`  // stories composed again from the articles left
	Deleted  []string      `json:"deleted"`  // stories removed with their last article
	Errors   []model.Error `json:"errors"`   // IDs of no stored article
}

// Remove takes articles out of the store (a retracted report, a file added
// by mistake) in one transaction. A story they leave is composed again
// from the articles left, or removed with its last; a removed original's
// earliest copy takes its place. The clustering state forgets them, so
// later reports are matched against what is left. IDs of no stored article
// are reported in Errors, and the rest go on.
func Remove(ctx context.Context, s *store.DB, ids []string) (Removed, error) {
	return remove(ctx, s, ids, nil)
}

// RemoveStories takes every article of the given stories out of the store,
// as Remove does: a story of junk (a spam feed's items, pages that are
// only a site's notices). IDs of no stored story are reported in Errors; a
// merged story's ID is one, so as not to remove the story it went into.
func RemoveStories(ctx context.Context, s *store.DB, stories []string) (Removed, error) {
	return remove(ctx, s, nil, stories)
}

func remove(ctx context.Context, s *store.DB, ids, stories []string) (Removed, error) {
	var res Removed
	err := regroup(ctx, s, removal(ids, stories, editing{}, &res))
	return res, err
}

// removal is the change of Remove and RemoveStories.
func removal(ids, stories []string, how editing, res *Removed) change {
	return func(tx *store.Tx, st *state) ([]string, bool, error) {
		*res = Removed{Articles: []string{}, Rebuilt: []string{}, Deleted: []string{}, Errors: []model.Error{}}
		ids := slices.Clone(ids)
		for _, story := range stories {
			arts, err := tx.StoryArticles(story)
			if err != nil {
				return nil, false, err
			}
			if len(arts) == 0 {
				res.Errors = append(res.Errors, model.Error{Source: story, Error: "no story with this ID is stored"})
			}
			ids = append(ids, arts...)
		}
		left := map[string]int{} // story → its articles left
		var order []string
		for _, id := range ids {
			r, err := tx.RemoveArticle(id)
			if errors.Is(err, store.ErrNotFound) {
				res.Errors = append(res.Errors, model.Error{Source: id, Error: "no article with this ID is stored"})
				continue
			}
			if err != nil {
				return nil, false, err
			}
			if err := tx.PutEdit(store.Edit{At: how.at, Action: "remove", Article: id, From: r.Story}); err != nil {
				return nil, false, err
			}
			res.Articles = append(res.Articles, id)
			if _, ok := left[r.Story]; !ok {
				order = append(order, r.Story)
			}
			left[r.Story] = r.Left
			// Later copies of its text are copies of the one that takes its place.
			if !r.Copy && st.Dedup.Remove(id) && r.Original != nil {
				a := r.Original.Article
				var published int64
				if a.Published != nil {
					published = a.Published.Unix()
				}
				st.Dedup.Insert(a.ID, dedup.Sign(strings.Join(a.Paragraphs, "\n")), published)
			}
		}
		if len(res.Articles) == 0 {
			return nil, false, nil
		}
		for _, story := range order {
			if left[story] == 0 {
				st.Cluster.Reset(story, nil, nil)
				res.Deleted = append(res.Deleted, story)
				continue
			}
			if err := reset(tx, &st.Cluster, story); err != nil {
				return nil, false, err
			}
			res.Rebuilt = append(res.Rebuilt, story)
		}
		return res.Rebuilt, true, nil
	}
}

// A change is an editor's change to the store and the pipeline's state: it
// returns the stories to compose again and whether it changed anything.
type change func(tx *store.Tx, st *state) (rebuilt []string, changed bool, err error)

// regroup makes an editor's change in one transaction, under the lock
// ingests and workers place articles under: the stories it names are then
// composed again and the state saved.
func regroup(ctx context.Context, s *store.DB, change change) error {
	return withState(ctx, s, func(tx *store.Tx, st *state) error {
		// The change reads the stories as stored: any placed but not yet
		// composed are composed first.
		pending, err := tx.PendingStories()
		if err != nil {
			return err
		}
		if _, err := rebuild(tx, pending, &st.Cluster); err != nil {
			return err
		}
		rebuilt, changed, err := change(tx, st)
		if err != nil || !changed {
			return err
		}
		if _, err := rebuild(tx, rebuilt, &st.Cluster); err != nil {
			return err
		}
		return saveState(tx, st)
	})
}

// reset gives the clusterer a story's articles as they are now stored, and
// the features of those that are not copies.
func reset(tx *store.Tx, cl *cluster.Clusterer, story string) error {
	ids, docs, err := storyDocs(tx, story, "")
	if err != nil {
		return err
	}
	cl.Reset(story, ids, docs)
	return nil
}

// storyDocs reads a story's articles as stored: their IDs, and the
// features of those that are not copies (a copy says nothing new), and of
// the article with, copy or not.
func storyDocs(tx *store.Tx, story, with string) (ids []string, docs []cluster.Doc, err error) {
	recs, err := tx.StoryRecords(story)
	if err != nil {
		return nil, nil, err
	}
	ids = make([]string, len(recs))
	for i, r := range recs {
		ids[i] = r.Article.ID
		if r.Article.CopyOf != "" && r.Article.ID != with {
			continue
		}
		var an analyze.Analysis
		if err := json.Unmarshal(r.Analysis, &an); err != nil {
			return nil, nil, fmt.Errorf("story %s: article %s: %w", story, r.Article.ID, err)
		}
		docs = append(docs, features(r.Article, an))
	}
	return ids, docs, nil
}
