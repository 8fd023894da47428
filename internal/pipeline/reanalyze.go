package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// reanalyzeGroup is how many stories are read again in one transaction.
var reanalyzeGroup = 256

// analysisKey holds the analysis version every stored article was read
// with: set when a store's first articles are placed and by Reanalyze,
// never by ingests into a store read by an older version.
const analysisKey = "analysis"

type analysisState struct {
	Version int `json:"version"`
}

// Stale reports a store holding articles read by another version of the
// analysis than this one (or by one from before versions were kept): its
// findings are those of that version until Reanalyze runs.
func Stale(ctx context.Context, s *store.DB) (bool, error) {
	stale := false
	err := s.Update(ctx, func(tx *store.Tx) error {
		v, err := tx.StateVersion(analysisKey)
		if err != nil {
			return err
		}
		if v == 0 {
			// No version kept: stale if anything was ever placed.
			placed, err := tx.StateVersion(stateKey)
			stale = placed > 0
			return err
		}
		var a analysisState
		if err := tx.State(analysisKey, &a); err != nil {
			return err
		}
		stale = a.Version != analyze.Version
		return nil
	})
	return stale, err
}

// Reanalyze reads every stored article again with this version's analysis
// (names, quotes, figures) and rebuilds the findings, quotes and brief of
// every story. A store kept across upgrades otherwise keeps, for each
// article, the analysis of the version that first read it. Stories stay as
// they were grouped. Each group of stories is committed whole, so an
// interrupted run leaves every story consistent and can be run again.
// progress, when set, is told the counts so far after each group.
func Reanalyze(ctx context.Context, s *store.DB, progress func(articles, stories int)) (articles, stories int, err error) {
	ids, err := s.StoryIDs(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("list stories: %w", err)
	}
	// Stories placed but not yet composed have no stored record yet.
	pending, err := s.PendingStories(ctx, time.Time{})
	if err != nil {
		return 0, 0, fmt.Errorf("list stories: %w", err)
	}
	listed := make(map[string]bool, len(ids))
	for _, id := range ids {
		listed[id] = true
	}
	for _, id := range pending {
		if !listed[id] {
			ids = append(ids, id)
		}
	}
	var (
		st     state
		loaded int64 = -1
	)
	for start := 0; start < len(ids); start += reanalyzeGroup {
		part := ids[start:min(len(ids), start+reanalyzeGroup)]
		n, m := 0, 0 // articles and stories read again
		err := s.Update(ctx, func(tx *store.Tx) error {
			// Ingests and workers place articles under the same lock.
			if err := tx.Lock(); err != nil {
				return err
			}
			// The state names each story's storyline; read it again only
			// when another process has changed it.
			v, err := tx.StateVersion(stateKey)
			if err != nil {
				return err
			}
			if v != loaded {
				if st, err = loadState(tx); err != nil {
					return err
				}
				loaded = v
			}
			var recs []store.Record
			m = 0
			for _, id := range part {
				r, err := tx.StoryRecords(id)
				if err != nil {
					return err
				}
				if len(r) > 0 {
					m++ // not merged or removed since listed
				}
				recs = append(recs, r...)
			}
			raw := make([][]byte, len(recs))
			errs := make([]error, len(recs))
			parallel(len(recs), func(i int) {
				an := analyze.Article(extract.Statements(recs[i].Article.Paragraphs))
				raw[i], errs[i] = json.Marshal(an)
			})
			for i, r := range recs {
				if errs[i] != nil {
					return fmt.Errorf("article %s: %w", r.Article.ID, errs[i])
				}
				if err := tx.PutAnalysis(r.Article.ID, raw[i]); err != nil {
					return err
				}
			}
			n = len(recs)
			if err := rebuild(tx, part, &st.Cluster); err != nil {
				return err
			}
			if start+reanalyzeGroup >= len(ids) {
				_, err = tx.PutState(analysisKey, analysisState{analyze.Version})
			}
			return err
		})
		if err != nil {
			return articles, stories, err
		}
		articles += n
		stories += m
		if progress != nil {
			progress(articles, stories)
		}
	}
	return articles, stories, nil
}
