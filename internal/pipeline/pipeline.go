// Package pipeline runs crosscheck's stages in order — ingest, extract,
// analyse, de-duplicate, cluster, corroborate, brief — and keeps the results
// in the store. Data flows one way; the whole flow is in Ingest.
package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/brief"
	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/corroborate"
	"github.com/crosscheck-news/crosscheck/internal/dedup"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Result says what one ingest did.
type Result struct {
	Added      []string      // IDs of new articles
	Duplicates int           // inputs whose content was already stored
	Errors     []model.Error // inputs that could not be read
}

// Options tune an ingest.
type Options struct {
	MaxBytes int64     // per input file; ingest.DefaultMaxBytes when zero
	Stdin    io.Reader // for the path "-"
	Log      *slog.Logger
}

// state is what the pipeline keeps between runs.
type state struct {
	Cluster cluster.Clusterer `json:"cluster"`
	Dedup   dedup.Index       `json:"dedup"`
}

const stateKey = "pipeline"

// SummaryLength is how many sentences a story's summary has at most.
const SummaryLength = 5

// Ingest reads the inputs at paths and adds every new article to the store,
// placing it in a story and updating the stories it touched. Inputs that
// cannot be read are reported in the result and the rest go on; the store
// changes in one transaction, so a failure leaves it as it was.
func Ingest(ctx context.Context, s *store.SQLite, paths []string, opt Options) (Result, error) {
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var res Result
	fail := func(source string, err error) {
		res.Errors = append(res.Errors, model.Error{Source: source, Error: err.Error()})
		log.Warn("input not read", "source", source, "error", err)
	}
	err := s.Update(ctx, func(tx *store.Tx) error {
		var st state
		if err := tx.State(stateKey, &st); err != nil {
			return err
		}
		touched := map[string]bool{}
		var touchedOrder []string
		var txErr error
		r := ingest.Reader{MaxBytes: opt.MaxBytes, Stdin: opt.Stdin, Fail: fail}
		r.Doc = func(d extract.Doc) {
			if txErr != nil || ctx.Err() != nil {
				return
			}
			story, added, err := addOne(tx, &st, d)
			var bad inputError
			switch {
			case errors.Is(err, errDuplicate):
				res.Duplicates++
				log.Info("already stored", "source", d.Source, "id", story)
			case errors.As(err, &bad):
				fail(d.Source, bad.error)
			case err != nil:
				txErr = err
			default:
				res.Added = append(res.Added, added)
				if !touched[story] {
					touched[story] = true
					touchedOrder = append(touchedOrder, story)
				}
			}
		}
		r.Read(paths)
		if txErr != nil {
			return txErr
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, id := range touchedOrder {
			if err := rebuild(tx, id); err != nil {
				return err
			}
		}
		return tx.PutState(stateKey, &st)
	})
	return res, err
}

var errDuplicate = errors.New("duplicate")

// inputError marks an error as the input's fault, not the store's: it is
// reported and the batch goes on.
type inputError struct{ error }

func (e inputError) Unwrap() error { return e.error }

// addOne extracts, analyses, de-duplicates and clusters one document and
// stores it. It returns the story it joined and the article's ID.
func addOne(tx *store.Tx, st *state, d extract.Doc) (story, id string, err error) {
	a, err := extract.Article(d)
	if err != nil {
		return "", "", inputError{err}
	}
	// The same article again is skipped; the same text under another name
	// is an exact copy of the first.
	same, ok, err := tx.IDByHash(a.Hash)
	if err != nil {
		return "", "", err
	}
	if ok && same == a.ID {
		return same, "", errDuplicate
	}
	if taken, err := tx.HasID(a.ID); err != nil {
		return "", "", err
	} else if taken {
		return "", "", inputError{fmt.Errorf("an article with id %q is already stored with different content", a.ID)}
	}
	an := analyze.Article(a.Paragraphs)
	orig := same
	if orig == "" {
		orig = st.Dedup.Add(a.ID, dedup.Sign(strings.Join(a.Paragraphs, "\n")))
	}
	if orig != "" {
		a.CopyOf = orig
		if story, err = tx.StoryOf(orig); err != nil {
			return "", "", err
		}
		st.Cluster.Join(story, a.ID)
	} else {
		story = st.Cluster.Add(features(a, an))
	}
	raw, err := json.Marshal(an)
	if err != nil {
		return "", "", err
	}
	return story, a.ID, tx.PutArticle(store.Record{Article: a, Story: story, Analysis: raw})
}

// features are what the clusterer compares: content words (the title's
// count twice), the entities named, and the ordinals of events.
func features(a model.Article, an analyze.Analysis) cluster.Doc {
	terms := map[string]float64{}
	for _, p := range a.Paragraphs {
		for _, t := range text.Terms(p) {
			terms[t]++
		}
	}
	for _, t := range text.Terms(a.Title) {
		terms[t] += 2
	}
	for _, m := range an.Mentions {
		e := an.Entities[m.Entity]
		if e.Type != model.Other {
			terms["e:"+e.Key]++
		}
	}
	d := cluster.Doc{ID: a.ID, Terms: terms, Published: a.Published}
	for _, q := range an.Quantities {
		if q.Kind == analyze.Ordinal {
			if d.Ordinals == nil {
				d.Ordinals = map[string][]int{}
			}
			d.Ordinals[q.Subject] = append(d.Ordinals[q.Subject], int(q.Value))
		}
	}
	return d
}

// rebuild recomputes a story's findings, quotes, entities and brief from
// its articles.
func rebuild(tx *store.Tx, id string) error {
	recs, err := tx.StoryRecords(id)
	if err != nil {
		return err
	}
	items := make([]corroborate.Item, 0, len(recs))
	arts := make([]brief.Article, 0, len(recs))
	st := model.Story{ID: id}
	for _, r := range recs {
		var an analyze.Analysis
		if err := json.Unmarshal(r.Analysis, &an); err != nil {
			return fmt.Errorf("story %s: article %s: %w", id, r.Article.ID, err)
		}
		origin := r.Article.ID
		if r.Article.CopyOf != "" {
			origin = r.Article.CopyOf
		}
		items = append(items, corroborate.Item{ID: r.Article.ID, Origin: origin, Analysis: an})
		ba := brief.Article{ID: r.Article.ID, Title: r.Article.Title, Copy: r.Article.CopyOf != ""}
		for _, s := range an.Sentences {
			ba.Sentences = append(ba.Sentences, s.Text)
		}
		arts = append(arts, ba)
		st.Articles = append(st.Articles, r.Article.ID)
	}
	var canon map[string]map[string]string
	st.Entities, canon = corroborate.Entities(items)
	st.Quotes = corroborate.Quotes(items, canon)
	st.Findings = corroborate.Findings(items, st.Quotes)
	st.Summary = brief.Summary(arts, SummaryLength, corroborate.Contested(st.Findings))
	st.Summary = corroborate.Uncite(st.Summary, st.Findings)
	st.Title = brief.Title(arts, st.Summary)
	return tx.PutStory(st)
}

// Report is everything in the store, as `analyze --json` prints it.
func Report(ctx context.Context, s *store.SQLite) (model.Report, error) {
	r := model.Report{Articles: []model.Article{}, Stories: []model.Story{}, Errors: []model.Error{}}
	arts, err := s.Articles(ctx)
	if err != nil {
		return r, err
	}
	stories, err := s.Stories(ctx)
	if err != nil {
		return r, err
	}
	if arts != nil {
		r.Articles = arts
	}
	if stories != nil {
		r.Stories = stories
	}
	return r, nil
}
