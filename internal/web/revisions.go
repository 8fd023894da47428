package web

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// revisionInfo is an earlier text of an article, without the text.
type revisionInfo struct {
	N         int        `json:"revision"`
	Title     string     `json:"title"`
	Published *time.Time `json:"published,omitempty"`
	Stored    time.Time  `json:"stored"`
	Replaced  time.Time  `json:"replaced"`
}

// revisionDoc is an earlier text of an article and what the text that
// replaced it changed, sentence by sentence.
type revisionDoc struct {
	revisionInfo
	Article string   `json:"article"`
	URL     string   `json:"url,omitempty"`
	Text    string   `json:"text"`
	Removed []string `json:"removed"` // its sentences the next text does not have
	Added   []string `json:"added"`   // the next text's sentences it did not have

	Paragraphs []string `json:"-"` // for the page
}

func revisionInfos(revs []store.Revision) []revisionInfo {
	out := make([]revisionInfo, len(revs))
	for i, r := range revs {
		out[i] = revisionInfo{N: r.N, Title: r.Article.Title, Published: r.Article.Published, Stored: r.Stored, Replaced: r.Replaced}
	}
	return out
}

// revision reads revision n of an article and compares it with the text
// that replaced it: the next revision, or the article as it is.
func (s *Server) revision(r *http.Request) (revisionDoc, error) {
	id := r.PathValue("id")
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil {
		return revisionDoc{}, fmt.Errorf("revision %q of article %s: %w", r.PathValue("n"), id, store.ErrNotFound)
	}
	revs, err := s.cfg.Store.Revisions(r.Context(), id)
	if err != nil {
		return revisionDoc{}, err
	}
	i := slices.IndexFunc(revs, func(v store.Revision) bool { return v.N == n })
	if i < 0 {
		if _, err := s.cfg.Store.Article(r.Context(), id); err != nil {
			return revisionDoc{}, err
		}
		return revisionDoc{}, fmt.Errorf("revision %d of article %s: %w", n, id, store.ErrNotFound)
	}
	var next model.Article
	if i+1 < len(revs) {
		next = revs[i+1].Article
	} else {
		rec, err := s.cfg.Store.Article(r.Context(), id)
		if err != nil {
			return revisionDoc{}, err
		}
		next = rec.Article
	}
	a := revs[i].Article
	removed, added := changed(a.Paragraphs, next.Paragraphs)
	return revisionDoc{
		revisionInfo: revisionInfos(revs[i : i+1])[0],
		Article:      id, URL: a.URL,
		Text:    strings.Join(a.Paragraphs, "\n\n"),
		Removed: removed, Added: added, Paragraphs: a.Paragraphs,
	}, nil
}

// changed compares two texts sentence by sentence: the sentences of the
// first the second does not have, and those of the second the first did
// not, each in its text's order. An outlet's update mostly adds or
// rewrites a few sentences, which this shows as they read.
func changed(before, after []string) (removed, added []string) {
	sentences := func(paras []string) ([]string, map[string]bool) {
		var list []string
		set := map[string]bool{}
		for _, p := range paras {
			for _, sn := range text.Sentences(p) {
				sn = strings.Join(strings.Fields(sn), " ")
				list = append(list, sn)
				set[sn] = true
			}
		}
		return list, set
	}
	b, inB := sentences(before)
	a, inA := sentences(after)
	removed, added = []string{}, []string{}
	for _, sn := range b {
		if !inA[sn] {
			removed = append(removed, sn)
		}
	}
	for _, sn := range a {
		if !inB[sn] {
			added = append(added, sn)
		}
	}
	return removed, added
}

func (s *Server) apiRevision(w http.ResponseWriter, r *http.Request) {
	d, err := s.revision(r)
	if err != nil {
		apiError(w, statusOf(err), err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) revisionPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.revision(r)
	if err != nil {
		s.fail(w, r, statusOf(err), err)
		return
	}
	s.render(w, r, http.StatusOK, "revision", page{Title: fmt.Sprintf("%s (revision %d)", d.Title, d.N), Data: d})
}
