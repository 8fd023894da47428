package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/brief"
	"github.com/crosscheck-news/crosscheck/internal/corroborate"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// reanalyzeGroup is how many stories are read again in one transaction.
var reanalyzeGroup = 256

// analysisKey holds the versions every stored article was read with and
// every stored story composed with: set when a store's first articles are
// placed and by Reanalyze, never by ingests into a store made by an older
// version.
const analysisKey = "analysis"

type analysisState struct {
	Version  int `json:"version"`  // analyze.Version
	Findings int `json:"findings"` // corroborate.Version
	Brief    int `json:"brief"`    // brief.Version
}

// current is the versions of this build.
var current = analysisState{analyze.Version, corroborate.Version, brief.Version}

// versions is the versions a store was made with; zero for a store that
// kept none, or none of its stories' (those before they were kept).
func versions(tx *store.Tx) (analysisState, error) {
	var a analysisState
	v, err := tx.StateVersion(analysisKey)
	if err != nil || v == 0 {
		return a, err
	}
	return a, tx.State(analysisKey, &a)
}

// Stale reports a store holding articles read, or stories composed, by
// another version of crosscheck than this one (or by one from before
// versions were kept): its findings are that version's until Reanalyze
// runs.
func Stale(ctx context.Context, s *store.DB) (bool, error) {
	stale := false
	err := s.Update(ctx, func(tx *store.Tx) error {
		a, err := versions(tx)
		if err != nil {
			return err
		}
		// Versions differ, or none were kept; a store with nothing placed
		// has nothing to bring up to date.
		placed, err := tx.StateVersion(stateKey)
		stale = a != current && placed > 0
		return err
	})
	return stale, err
}

// Reanalyze reads every stored article again with this version's analysis
// (names, quotes, figures) and rebuilds the findings, quotes and brief of
// every story. A store kept across upgrades otherwise keeps, for each
// article, the analysis of the version that first read it, and for each
// story what the version that last composed it made. Articles already
// read by this version's analysis are not read again. Stories stay as
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
	var read bool // the stored analyses are another version's
	err = s.Update(ctx, func(tx *store.Tx) error {
		a, err := versions(tx)
		read = a.Version != analyze.Version
		return err
	})
	if err != nil {
		return 0, 0, err
	}
	var (
		st     state
		loaded int64 = -1
	)
	for start := 0; start < len(ids); start += reanalyzeGroup {
		part := ids[start:min(len(ids), start+reanalyzeGroup)]
		var n, m int // articles read again, stories composed
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
			n = 0
			if read {
				if n, err = readAgain(tx, part); err != nil {
					return err
				}
			}
			if m, err = rebuild(tx, part, &st.Cluster); err != nil {
				return err
			}
			if start+reanalyzeGroup >= len(ids) {
				_, err = tx.PutState(analysisKey, current)
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

// readAgain reads the articles of stories again with this version's
// analysis and stores what it finds; it returns how many it read.
func readAgain(tx *store.Tx, stories []string) (int, error) {
	var recs []store.Record
	for _, id := range stories {
		r, err := tx.StoryRecords(id)
		if err != nil {
			return 0, err
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
			return 0, fmt.Errorf("article %s: %w", r.Article.ID, errs[i])
		}
		if err := tx.PutAnalysis(r.Article.ID, raw[i]); err != nil {
			return 0, err
		}
	}
	return len(recs), nil
}
