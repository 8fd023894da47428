package web

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// listing is a page of a list, under the list's name ("stories"), with
// the address of the next page when there is one.
func listing[T any](r *http.Request, name string, items []T, limit, offset int, more bool) map[string]any {
	if items == nil {
		items = []T{}
	}
	out := map[string]any{name: items, "limit": limit, "offset": offset}
	if next := nextPage(r, limit, offset, more); next != "" {
		out["next"] = next
	}
	return out
}

// nextPage is the address of the page after this one, or "" at the end.
func nextPage(r *http.Request, limit, offset int, more bool) string {
	if !more {
		return ""
	}
	q := r.URL.Query()
	q.Set("offset", fmt.Sprint(offset+limit))
	q.Set("limit", fmt.Sprint(limit))
	return r.URL.Path + "?" + q.Encode()
}

// storyQuery reads the list filters shared by the list page, the API and
// the Atom feed.
func storyQuery(r *http.Request) (store.StoryQuery, error) {
	limit, offset, err := paging(r)
	if err != nil {
		return store.StoryQuery{}, err
	}
	q := r.URL.Query()
	sq := store.StoryQuery{Search: q.Get("q"), Outlet: q.Get("outlet"), Entity: q.Get("entity"),
		Storyline: q.Get("storyline"), Limit: limit, Offset: offset}
	if v := q.Get("disputed"); v != "" {
		if sq.Disputed, err = strconv.ParseBool(v); err != nil {
			return sq, fmt.Errorf("disputed must be true or false, not %q", v)
		}
	}
	return sq, nil
}

// filters are a story query's filters as URL parameters, without its page.
func filters(q store.StoryQuery) url.Values {
	v := url.Values{}
	for name, val := range map[string]string{"q": q.Search, "outlet": q.Outlet, "entity": q.Entity, "storyline": q.Storyline} {
		if val != "" {
			v.Set(name, val)
		}
	}
	if q.Disputed {
		v.Set("disputed", "true")
	}
	return v
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	q, err := storyQuery(r)
	if err != nil {
		apiError(w, http.StatusBadRequest, err)
		return
	}
	page, more, err := s.cfg.Store.ListStories(r.Context(), q)
	if err != nil {
		apiError(w, statusOf(err), err)
		return
	}
	writeJSON(w, http.StatusOK, listing(r, "stories", page, q.Limit, q.Offset, more))
}

// articleInfo is an article without its text, with its story.
type articleInfo struct {
	model.Article
	Story string `json:"story"`
}

func info(rec store.Record) articleInfo {
	return articleInfo{rec.Article, rec.Story}
}

// storyDoc is a story as the API gives it: the JSON contract's story with
// its articles described.
type storyDoc struct {
	model.Story
	ArticleDetails []model.Article `json:"article_details"`
	Edits          []store.Edit    `json:"edits,omitempty"` // an editor's moves, merges, links and removals
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	st, arts, err := s.story(r, r.PathValue("id"))
	if err != nil {
		if !s.merged(w, r, err) {
			apiError(w, statusOf(err), err)
		}
		return
	}
	edits, err := s.cfg.Store.Edits(r.Context(), st.ID)
	if err != nil {
		apiError(w, statusOf(err), err)
		return
	}
	writeJSON(w, http.StatusOK, storyDoc{st, arts, edits})
}

// apiSimilar lists the stories most like one (limit, 5 unless given, at
// most 20).
func (s *Server) apiSimilar(w http.ResponseWriter, r *http.Request) {
	limit := 5
	if v := r.URL.Query().Get("limit"); v != "" {
		var err error
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > 20 {
			apiError(w, http.StatusBadRequest, fmt.Errorf("limit must be a number from 1 to 20, not %q", v))
			return
		}
	}
	list, err := s.cfg.Store.SimilarStories(r.Context(), r.PathValue("id"), limit)
	if err != nil {
		apiError(w, statusOf(err), err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"stories": list})
}

// merged redirects a request for a story that was merged into another,
// found missing with err, to that story; it reports whether it did.
func (s *Server) merged(w http.ResponseWriter, r *http.Request, err error) bool {
	if !errors.Is(err, store.ErrNotFound) {
		return false
	}
	id := r.PathValue("id")
	into, err := s.cfg.Store.MergedInto(r.Context(), id)
	if err != nil {
		return false
	}
	prefix := strings.TrimSuffix(r.URL.Path, id) // "/stories/" or "/api/v1/stories/"
	http.Redirect(w, r, prefix+url.PathEscape(into), http.StatusMovedPermanently)
	return true
}

// story loads a story and its articles (without text), copies annotated.
func (s *Server) story(r *http.Request, id string) (model.Story, []model.Article, error) {
	st, err := s.cfg.Store.Story(r.Context(), id)
	if err != nil {
		return st, nil, err
	}
	arts, err := s.cfg.Store.Articles(r.Context(), st.Articles...)
	if err != nil {
		return st, nil, err
	}
	index := map[string]int{}
	for i, a := range arts {
		index[a.ID] = i
	}
	for _, a := range arts {
		if i, ok := index[a.CopyOf]; ok {
			arts[i].Copies = append(arts[i].Copies, a.ID)
		}
	}
	return st, arts, nil
}

// articleDoc is one article with its text.
type articleDoc struct {
	articleInfo
	Text      string         `json:"text"`
	Revisions []revisionInfo `json:"revisions,omitempty"` // the texts it had before its updates, the first first
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	rec, err := s.cfg.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		apiError(w, statusOf(err), err)
		return
	}
	revs, err := s.cfg.Store.Revisions(r.Context(), rec.Article.ID)
	if err != nil {
		apiError(w, statusOf(err), err)
		return
	}
	writeJSON(w, http.StatusOK, articleDoc{articleInfo: info(rec), Text: strings.Join(rec.Article.Paragraphs, "\n\n"), Revisions: revisionInfos(revs)})
}

// apiPostArticle adds an article given as a JSON object with the fields of
// a JSON Lines input line, or only a url to fetch.
func (s *Server) apiPostArticle(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		apiError(w, http.StatusUnsupportedMediaType, fmt.Errorf("send JSON (Content-Type: application/json), not %s", ct))
		return
	}
	var rec ingest.Record
	if status, err := decodeBody(r, &rec); err != nil {
		apiError(w, status, err)
		return
	}
	onlyURL := rec.Text == "" && rec.HTML == ""
	if onlyURL && rec.URL == "" {
		apiError(w, http.StatusBadRequest, errors.New("give text, html or a url to fetch"))
		return
	}
	if onlyURL {
		if u, err := url.Parse(rec.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			apiError(w, http.StatusBadRequest, fmt.Errorf("url %q is not an http(s) address", rec.URL))
			return
		}
	}
	res, err := s.ingest(r.Context(), func(in *ingest.Reader) {
		if onlyURL {
			in.Read([]string{rec.URL})
		} else {
			in.Record("request", rec)
		}
	})
	if err != nil {
		apiError(w, statusOf(err), err)
		return
	}
	status := http.StatusCreated
	switch {
	case len(res.Added) == 0 && len(res.Updated)+res.Duplicates+res.Edits > 0:
		status = http.StatusOK
	case len(res.Added) == 0:
		status = http.StatusUnprocessableEntity
	}
	writeJSON(w, status, res)
}

// remover takes articles or stories out of the store: pipeline.Remove or
// pipeline.RemoveStories.
type remover = func(context.Context, *store.DB, []string) (pipeline.Removed, error)

// apiDelete removes an article (its story is composed again from the
// articles left, or removed with its last) or a story with its articles.
func (s *Server) apiDelete(what string, remove remover) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		s.writeMu.Lock()
		res, err := remove(r.Context(), s.cfg.Store, []string{id})
		s.writeMu.Unlock()
		switch {
		case err != nil:
			apiError(w, statusOf(err), err)
		case len(res.Errors) > 0:
			apiError(w, http.StatusNotFound, fmt.Errorf("%s %s: %w", what, id, store.ErrNotFound))
		default:
			writeJSON(w, http.StatusOK, res)
		}
	}
}

// move puts an article (with its copies) in another story, or a new one
// when to is "", and gives the status of a request that asked for it.
func (s *Server) move(r *http.Request, id, to string) (pipeline.Moved, int, error) {
	if _, err := s.cfg.Store.Article(r.Context(), id); err != nil {
		return pipeline.Moved{}, statusOf(err), err
	}
	s.writeMu.Lock()
	res, err := pipeline.Move(r.Context(), s.cfg.Store, []string{id}, to)
	s.writeMu.Unlock()
	return movedStatus(res, err)
}

// merge makes stories one under into's ID, and gives the status of a
// request that asked for it: one with nothing merged fails.
func (s *Server) merge(r *http.Request, into string, stories []string) (pipeline.Moved, int, error) {
	s.writeMu.Lock()
	res, err := pipeline.Merge(r.Context(), s.cfg.Store, stories, into)
	s.writeMu.Unlock()
	return movedStatus(res, err)
}

func movedStatus(res pipeline.Moved, err error) (pipeline.Moved, int, error) {
	status, err := editStatus(res.Story != "", res.Errors, err)
	return res, status, err
}

// editStatus is the status of a request for an edit, and its error: one
// that changed nothing fails, saying why.
func editStatus(changed bool, errs []model.Error, err error) (int, error) {
	if err != nil {
		return statusOf(err), err
	}
	if !changed {
		msgs := make([]string, len(errs))
		for i, e := range errs {
			msgs[i] = e.Source + ": " + e.Error
		}
		return http.StatusUnprocessableEntity, errors.New(cmp.Or(strings.Join(msgs, "; "), "nothing to change"))
	}
	return http.StatusOK, nil
}

// link puts a story in the storyline of another (to), or in one of its
// own when to is "", and gives the status of a request that asked for it.
func (s *Server) link(r *http.Request, id, to string) (pipeline.Linked, int, error) {
	if _, err := s.cfg.Store.Story(r.Context(), id); err != nil {
		return pipeline.Linked{}, statusOf(err), err
	}
	s.writeMu.Lock()
	var res pipeline.Linked
	var err error
	if to == "" {
		res, err = pipeline.Unlink(r.Context(), s.cfg.Store, []string{id})
	} else {
		res, err = pipeline.Link(r.Context(), s.cfg.Store, []string{id}, to)
	}
	s.writeMu.Unlock()
	status, err := editStatus(len(res.Stories) > 0, res.Errors, err)
	return res, status, err
}

// decodeBody reads a request's JSON body into v, refusing unknown fields.
func decodeBody(r *http.Request, v any) (int, error) {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		status := statusOf(err)
		if status == http.StatusInternalServerError {
			status = http.StatusBadRequest
		}
		return status, fmt.Errorf("invalid JSON body: %w", err)
	}
	return http.StatusOK, nil
}

// apiMove moves an article to the story the body names, {"story": ID}, or
// to a new one, {"new": true}.
func (s *Server) apiMove(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Story string `json:"story"`
		New   bool   `json:"new"`
	}
	if status, err := decodeBody(r, &body); err != nil {
		apiError(w, status, err)
		return
	}
	if (body.Story == "") == !body.New {
		apiError(w, http.StatusBadRequest, errors.New(`give the story to move the article to, {"story": ID}, or {"new": true}`))
		return
	}
	res, status, err := s.move(r, r.PathValue("id"), body.Story)
	if err != nil {
		apiError(w, status, err)
		return
	}
	writeJSON(w, status, res)
}

// apiMerge merges the stories the body lists, {"stories": [ID...]}, into
// the one in the path.
func (s *Server) apiMerge(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Stories []string `json:"stories"`
	}
	if status, err := decodeBody(r, &body); err != nil {
		apiError(w, status, err)
		return
	}
	if len(body.Stories) == 0 {
		apiError(w, http.StatusBadRequest, errors.New(`give the stories to merge into this one, {"stories": [ID, ...]}`))
		return
	}
	res, status, err := s.merge(r, r.PathValue("id"), body.Stories)
	if err != nil {
		apiError(w, status, err)
		return
	}
	writeJSON(w, status, res)
}

// apiLink puts the story in the path in the storyline of the story the
// body names, {"story": ID}.
func (s *Server) apiLink(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Story string `json:"story"`
	}
	if status, err := decodeBody(r, &body); err != nil {
		apiError(w, status, err)
		return
	}
	if body.Story == "" {
		apiError(w, http.StatusBadRequest, errors.New(`give the story whose storyline this one joins, {"story": ID}`))
		return
	}
	s.writeLinked(w, r, body.Story)
}

// apiUnlink takes the story in the path out of its storyline.
func (s *Server) apiUnlink(w http.ResponseWriter, r *http.Request) {
	s.writeLinked(w, r, "")
}

func (s *Server) writeLinked(w http.ResponseWriter, r *http.Request, to string) {
	res, status, err := s.link(r, r.PathValue("id"), to)
	if err != nil {
		apiError(w, status, err)
		return
	}
	writeJSON(w, status, res)
}

// nameKind is a kind of name the stories can be browsed by.
type nameKind struct{ Path, Title string }

var (
	entitiesKind = nameKind{"entities", "People, organisations and places"}
	outletsKind  = nameKind{"outlets", "Outlets"}
)

// names lists the names of a kind, those in the most stories first.
func (s *Server) names(r *http.Request, k nameKind, prefix string, limit, offset int) ([]store.Count, bool, error) {
	if k == entitiesKind {
		return s.cfg.Store.Entities(r.Context(), prefix, limit, offset)
	}
	return s.cfg.Store.Outlets(r.Context(), prefix, limit, offset)
}

// filter narrows a story query to the stories with the name.
func (k nameKind) filter(q *store.StoryQuery, name string) {
	if k == entitiesKind {
		q.Entity = name
	} else {
		q.Outlet = name
	}
}

func (s *Server) apiNames(k nameKind) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		limit, offset, err := paging(r)
		if err != nil {
			apiError(w, http.StatusBadRequest, err)
			return
		}
		names, more, err := s.names(r, k, r.URL.Query().Get("q"), limit, offset)
		if err != nil {
			apiError(w, statusOf(err), err)
			return
		}
		writeJSON(w, http.StatusOK, listing(r, k.Path, names, limit, offset, more))
	}
}

// apiEdits lists editors' changes, the latest first.
func (s *Server) apiEdits(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := paging(r)
	if err != nil {
		apiError(w, http.StatusBadRequest, err)
		return
	}
	edits, more, err := s.cfg.Store.RecentEdits(r.Context(), limit, offset)
	if err != nil {
		apiError(w, statusOf(err), err)
		return
	}
	writeJSON(w, http.StatusOK, listing(r, "edits", edits, limit, offset, more))
}

func (s *Server) apiOutlet(w http.ResponseWriter, r *http.Request) {
	rec, err := pipeline.OutletRecord(r.Context(), s.cfg.Store, r.PathValue("name"))
	if err != nil {
		apiError(w, statusOf(err), err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}
