// Package web serves the store to people (server-rendered HTML that reads
// without JavaScript) and to programs (a JSON API under /api/v1).
//
// Article text is hostile input: it reaches pages only through
// html/template, which escapes it and neutralises unsafe URLs.
package web

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"mime/multipart"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// Config configures a Server.
type Config struct {
	Store *store.DB
	// Token, when set, is the bearer token every write must carry. When
	// empty, writes are accepted only if Loopback says the server is
	// reachable from this machine alone.
	Token    string
	Loopback bool
	// Fetch reads web addresses given to the ingest endpoints; without it
	// they are refused.
	Fetch   func(url string) (body []byte, contentType, finalURL string, err error)
	MaxBody int64 // largest request body; 16 MiB when zero
	Log     *slog.Logger
	// Stale says the store was made by another version of crosscheck
	// (pipeline.Stale) when the server started: the list says so.
	Stale bool
}

// Server answers HTTP requests. Make one with New.
type Server struct {
	cfg     Config
	log     *slog.Logger
	mux     *http.ServeMux
	writeMu sync.Mutex // one ingest at a time: the pipeline's state is the store's
	metrics *metrics
	routes  []string // the patterns served, for the OpenAPI test
}

// New returns a Server for cfg.
func New(cfg Config) *Server {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 16 << 20
	}
	s := &Server{cfg: cfg, log: cfg.Log, mux: http.NewServeMux(), metrics: newMetrics()}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.route()
	return s
}

func (s *Server) route() {
	handle := func(pattern string, h http.HandlerFunc) {
		route := pattern // metrics are by path pattern, without the method
		if _, path, ok := strings.Cut(pattern, " "); ok {
			route = strings.TrimSuffix(path, "{$}")
		}
		s.mux.Handle(pattern, s.metrics.wrap(route, h))
		s.routes = append(s.routes, pattern)
	}
	// Pages.
	handle("GET /{$}", s.listPage)
	handle("GET /stories/{id}", s.storyPage)
	handle("GET /stories/{id}/similar", s.similarPage)
	handle("GET /articles/{id}", s.articlePage)
	handle("GET /articles/{id}/revisions/{n}", s.revisionPage)
	handle("GET /entities", s.namesPage(entitiesKind))
	handle("GET /entities/{name}", s.namePage(entitiesKind))
	handle("GET /outlets", s.namesPage(outletsKind))
	handle("GET /outlets/{name}", s.namePage(outletsKind))
	handle("GET /edits", s.editsPage)
	handle("POST /articles/{id}/remove", s.write(s.removeForm("article", pipeline.Remove)))
	handle("POST /stories/{id}/remove", s.write(s.removeForm("story", pipeline.RemoveStories)))
	handle("POST /articles/{id}/move", s.write(s.moveForm))
	handle("POST /stories/{id}/merge", s.write(s.mergeForm))
	handle("POST /stories/{id}/link", s.write(s.linkForm(true)))
	handle("POST /stories/{id}/unlink", s.write(s.linkForm(false)))
	handle("GET /ingest", s.ingestPage)
	handle("POST /ingest", s.write(s.ingestForm))
	s.mux.Handle("GET /static/", http.FileServerFS(staticFS))
	handle("GET /feed.atom", s.atomFeed)
	// API.
	handle("GET /api/v1/stories", s.apiStories)
	handle("GET /api/v1/stories/{id}", s.apiStory)
	handle("GET /api/v1/stories/{id}/similar", s.apiSimilar)
	handle("GET /api/v1/articles/{id}", s.apiArticle)
	handle("GET /api/v1/articles/{id}/revisions/{n}", s.apiRevision)
	handle("POST /api/v1/articles", s.write(s.apiPostArticle))
	handle("DELETE /api/v1/articles/{id}", s.write(s.apiDelete("article", pipeline.Remove)))
	handle("DELETE /api/v1/stories/{id}", s.write(s.apiDelete("story", pipeline.RemoveStories)))
	handle("POST /api/v1/articles/{id}/move", s.write(s.apiMove))
	handle("POST /api/v1/stories/{id}/merge", s.write(s.apiMerge))
	handle("POST /api/v1/stories/{id}/link", s.write(s.apiLink))
	handle("POST /api/v1/stories/{id}/unlink", s.write(s.apiUnlink))
	handle("GET /api/v1/entities", s.apiNames(entitiesKind))
	handle("GET /api/v1/outlets", s.apiNames(outletsKind))
	handle("GET /api/v1/outlets/{name}", s.apiOutlet)
	handle("GET /api/v1/edits", s.apiEdits)
	handle("GET /api/v1/openapi.json", serveOpenAPI)
	handle("/api/", func(w http.ResponseWriter, r *http.Request) {
		apiError(w, http.StatusNotFound, fmt.Errorf("no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	// Operations.
	handle("GET /healthz", s.healthz)
	s.mux.Handle("GET /metrics", s.metrics)
}

// ServeHTTP serves r. Cross-origin form posts are refused, so that a page
// elsewhere cannot make a reader's browser write to a crosscheck on their
// own machine.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	defer func() {
		if v := recover(); v != nil {
			s.log.Error("panic serving request", "path", r.URL.Path, "panic", v)
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	crossOrigin.Handler(s.mux).ServeHTTP(w, r)
}

var crossOrigin = http.NewCrossOriginProtection()

// write guards a handler that changes the store: the request must carry
// the token when one is set, and without one the server must be on
// loopback; the body is capped.
func (s *Server) write(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
		if s.cfg.Token != "" {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if !ok && r.Header.Get("Content-Type") != "application/json" {
				// The ingest form, from a browser, carries it as a field.
				if err := r.ParseMultipartForm(1 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
					s.fail(w, r, statusOf(err), fmt.Errorf("reading the form: %w", err))
					return
				}
				got = r.PostFormValue("token")
			}
			if subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="crosscheck"`)
				s.fail(w, r, http.StatusUnauthorized, errors.New("writing needs the bearer token (CROSSCHECK_TOKEN)"))
				return
			}
		} else if !s.cfg.Loopback {
			s.fail(w, r, http.StatusForbidden, errors.New("writing is off: set CROSSCHECK_TOKEN, or listen on a loopback address"))
			return
		}
		h(w, r)
	}
}

// fail answers with an error: JSON for the API, a page otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	if status >= 500 {
		s.log.Error("request failed", "path", r.URL.Path, "error", err)
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		apiError(w, status, err)
		return
	}
	s.render(w, r, status, "error", page{Title: http.StatusText(status), Data: err.Error()})
}

// statusOf maps an error to an HTTP status.
func statusOf(err error) int {
	var tooBig *http.MaxBytesError
	switch {
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound
	case errors.As(err, &tooBig), errors.Is(err, multipart.ErrMessageTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.cfg.Store.Ping(ctx); err != nil {
		http.Error(w, "store: "+err.Error(), http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok")
}

// ingestResult is what an ingest request did.
type ingestResult struct {
	Added      []string      `json:"added"`
	Updated    []string      `json:"updated"` // stored articles whose text these replaced
	Duplicates int           `json:"already_stored"`
	Edits      int           `json:"edits_made,omitempty"` // an export's editors' edits made again
	Errors     []inputError  `json:"errors"`
	Stories    []string      `json:"stories"` // of the added and updated articles
	Articles   []articleInfo `json:"articles"`
}

type inputError struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

// ingest adds what read yields (through an ingest.Reader) to the store.
func (s *Server) ingest(ctx context.Context, read func(*ingest.Reader)) (ingestResult, error) {
	var (
		docs  []extract.Doc
		edits []pipeline.Edit // an export's
	)
	res := ingestResult{Added: []string{}, Updated: []string{}, Errors: []inputError{}, Stories: []string{}, Articles: []articleInfo{}}
	r := &ingest.Reader{
		MaxBytes: s.cfg.MaxBody,
		Fetch:    s.cfg.Fetch,
		Doc:      func(d extract.Doc) { docs = append(docs, d) },
		Fail:     func(src string, err error) { res.Errors = append(res.Errors, inputError{src, err.Error()}) },
		Edit: func(src string, line json.RawMessage) {
			edits = append(edits, pipeline.Edit{Before: len(docs), Source: src, Line: line})
		},
	}
	read(r)
	if len(docs) == 0 && len(edits) == 0 {
		return res, nil
	}
	s.writeMu.Lock()
	out, err := pipeline.IngestEdited(ctx, s.cfg.Store, docs, edits, pipeline.Options{MaxBytes: s.cfg.MaxBody, Log: s.log})
	s.writeMu.Unlock()
	if err != nil {
		return res, err
	}
	res.Added, res.Duplicates, res.Edits = append(res.Added, out.Added...), out.Duplicates, out.Edits
	res.Updated = append(res.Updated, out.Updated...)
	for _, e := range out.Errors {
		res.Errors = append(res.Errors, inputError{e.Source, e.Error})
	}
	seen := map[string]bool{}
	for _, id := range slices.Concat(out.Added, out.Updated) {
		rec, err := s.cfg.Store.Article(ctx, id)
		if err != nil {
			return res, err
		}
		res.Articles = append(res.Articles, info(rec))
		if !seen[rec.Story] {
			seen[rec.Story] = true
			res.Stories = append(res.Stories, rec.Story)
		}
	}
	return res, nil
}

// paging reads limit and offset: at most 200 a page.
func paging(r *http.Request) (limit, offset int, err error) {
	limit, offset = 50, 0
	if v := r.URL.Query().Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > 200 {
			return 0, 0, fmt.Errorf("limit must be a number from 1 to 200, not %q", v)
		}
	}
	if v := r.URL.Query().Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 || offset > 1_000_000 {
			return 0, 0, fmt.Errorf("offset must be a number from 0, not %q", v)
		}
	}
	return limit, offset, nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// apiError writes {"error": {"status": …, "message": …}}.
func apiError(w http.ResponseWriter, status int, err error) {
	type body struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	}
	writeJSON(w, status, map[string]body{"error": {status, err.Error()}})
}
