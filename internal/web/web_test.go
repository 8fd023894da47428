package web

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"html"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/sample"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// sampleStore is a store holding the built-in sample corpus.
func sampleStore(t *testing.T) *store.DB {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	if err := sample.WriteTo(filepath.Join(dir, "corpus")); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(ctx, filepath.Join(dir, "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := pipeline.Ingest(ctx, s, []string{filepath.Join(dir, "corpus")}, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	return s
}

type client struct {
	t   *testing.T
	srv *httptest.Server
}

func newClient(t *testing.T, cfg Config) client {
	srv := httptest.NewServer(New(cfg))
	t.Cleanup(srv.Close)
	return client{t, srv}
}

func (c client) do(method, path, body string, header ...string) (int, string, http.Header) {
	c.t.Helper()
	req, err := http.NewRequest(method, c.srv.URL+path, strings.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(data), resp.Header
}

// storyID finds the sample story whose title contains word.
func storyID(t *testing.T, s *store.DB, word string) string {
	t.Helper()
	page, _, err := s.ListStories(context.Background(), store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range page {
		if strings.Contains(st.Title, word) {
			return st.ID
		}
	}
	t.Fatalf("no sample story about %q", word)
	return ""
}

func TestPagesAndAPI(t *testing.T) {
	s := sampleStore(t)
	c := newClient(t, Config{Store: s, Loopback: true})
	essen := storyID(t, s, "Essen")
	tests := []struct {
		name, path string
		status     int
		want       []string // in the body
		json       bool
	}{
		{"story list", "/", 200, []string{"met in Lundgate", "River Wend", "5 outlets", "disputed"}, false},
		{"search", "/?q=Essen+riv", 200, []string{"met in Lundgate"}, false},
		{"search, nothing", "/?q=zzzzqqq", 200, []string{"No stories match"}, false},
		{"a story", "/stories/" + essen, 200, []string{"Source matrix", `class="differs">4 hours`, "6 hours", "Disputed", "Quotes", `href="/articles/`, "Valdoria Today</a> · 12 Mar 2026 · <span", "Meridian Wire</a> · 11 Mar 2026 16:05", "<p class=\"meta\">“Valdoria and Merovia will set up a joint commission of 40 engineers"}, false},
		{"an article", "/api/v1/stories/" + essen, 200, []string{`"article_details"`, `"findings"`}, true},
		{"an article's page", "/articles/tech-ledger", 200, []string{"Tech Ledger</a> · by Mira Okafor · 19 May 2026 15:30", "</a>, which it joined at 0."}, false},
		{"an article's JSON", "/api/v1/articles/tech-ledger", 200, []string{`"author": "Mira Okafor"`}, true},
		{"entities", "/entities", 200, []string{"Anneke Sorel"}, false},
		{"an entity", "/entities/Anneke%20Sorel", 200, []string{"met in Lundgate"}, false},
		{"outlets", "/outlets", 200, []string{"Coastal Herald"}, false},
		{"an outlet", "/outlets/Coastal%20Herald", 200, []string{"met in Lundgate"}, false},
		{"ingest form", "/ingest", 200, []string{`name="text"`, `name="files"`}, false},
		{"unknown story page", "/stories/nope", 404, []string{"not found"}, false},
		{"unknown page", "/nope", 404, nil, false},
		{"stories API", "/api/v1/stories?limit=2", 200, []string{`"stories"`, `"next": "/api/v1/stories?limit=2\u0026offset=2"`}, true},
		{"stories API, search", "/api/v1/stories?q=Halvorsen", 200, []string{"Essen"}, true},
		{"unknown story", "/api/v1/stories/nope", 404, []string{`"status": 404`, `"message": "story nope: not found"`}, true},
		{"bad limit", "/api/v1/stories?limit=abc", 400, []string{`"status": 400`}, true},
		{"unknown endpoint", "/api/v1/nothing", 404, []string{`"status": 404`}, true},
		{"entities API", "/api/v1/entities?q=Anneke", 200, []string{`"name": "Anneke Sorel"`}, true},
		{"outlets API", "/api/v1/outlets", 200, []string{`"name": "Coastal Herald"`}, true},
		{"health", "/healthz", 200, []string{"ok"}, false},
		{"stylesheet", "/static/style.css", 200, []string{".matrix"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body, h := c.do("GET", tt.path, "")
			if status != tt.status {
				t.Errorf("status %d, want %d: %.300s", status, tt.status, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q: %.2000s", w, body)
				}
			}
			if tt.json {
				if ct := h.Get("Content-Type"); ct != "application/json" || !json.Valid([]byte(body)) {
					t.Errorf("not JSON (%s): %.300s", ct, body)
				}
			}
		})
	}

	// Metrics count what was served; the Atom feed lists the stories.
	if _, body, _ := c.do("GET", "/metrics", ""); !strings.Contains(body, `crosscheck_http_requests_total{route="/stories/{id}",code="200"} 1`) ||
		!strings.Contains(body, `crosscheck_http_request_duration_seconds_bucket{route="/",le="+Inf"}`) {
		t.Errorf("metrics:\n%s", body)
	}
	_, body, _ := c.do("GET", "/feed.atom", "")
	var feed struct {
		Entries []struct {
			Title string `xml:"title"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(body), &feed); err != nil || len(feed.Entries) < 4 {
		t.Errorf("atom feed: %v, %d entries", err, len(feed.Entries))
	}
}

func TestWrites(t *testing.T) {
	s := sampleStore(t)
	article := `{"outlet": "Bay Herald", "title": "Harbour plan approved", "published": "2026-05-02T10:00:00Z",
		"text": "The town council approved the harbour plan on Tuesday after a four-hour debate.\n\nMayor Ruth Alder said the vote was a good day for the town."}`
	auth := []string{"Authorization", "Bearer s3cret", "Content-Type", "application/json"}
	c := newClient(t, Config{Store: s, Token: "s3cret", MaxBody: 4096})
	tests := []struct {
		name   string
		body   string
		header []string
		status int
		want   string
	}{
		{"no token", article, []string{"Content-Type", "application/json"}, 401, "bearer token"},
		{"wrong token", article, []string{"Authorization", "Bearer guess", "Content-Type", "application/json"}, 401, "bearer token"},
		{"added", article, auth, 201, `"stories": [`},
		{"again", article, auth, 200, `"already_stored": 1`},
		{"too large", `{"text": "` + strings.Repeat("word ", 2000) + `"}`, auth, 413, `"status": 413`},
		{"not JSON", `{"text": `, auth, 400, "invalid JSON"},
		{"unknown field", `{"body": "x"}`, auth, 400, "unknown field"},
		{"nothing", `{}`, auth, 400, "give text"},
		{"not http", `{"url": "file:///etc/passwd"}`, auth, 400, "not an http"},
		{"no fetcher", `{"url": "https://example.com/a"}`, auth, 422, "not read here"},
		{"form type", "text=x", []string{"Authorization", "Bearer s3cret", "Content-Type", "application/x-www-form-urlencoded"}, 415, "send JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body, _ := c.do("POST", "/api/v1/articles", tt.body, tt.header...)
			if status != tt.status || !strings.Contains(body, tt.want) || !json.Valid([]byte(body)) {
				t.Errorf("status %d, want %d; body %.400s", status, tt.status, body)
			}
		})
	}
	// What a record says of its writer is kept.
	status, body, _ := c.do("POST", "/api/v1/articles", `{"author": "Ann Lee", "text": "The ferry board met on Friday and chose a new chair."}`, auth...)
	var res struct{ Added []string }
	if err := json.Unmarshal([]byte(body), &res); status != 201 || err != nil || len(res.Added) != 1 {
		t.Fatalf("post with an author: %d %s", status, body)
	}
	if _, body, _ := c.do("GET", "/api/v1/articles/"+res.Added[0], ""); !strings.Contains(body, `"author": "Ann Lee"`) {
		t.Errorf("article with an author: %.400s", body)
	}
	// Without a token, a server others can reach refuses writes.
	open := newClient(t, Config{Store: s})
	if status, body, _ := open.do("POST", "/api/v1/articles", article, "Content-Type", "application/json"); status != 403 {
		t.Errorf("no token, not loopback: %d %s", status, body)
	}
	// A browser's cross-site form post is refused even on loopback.
	local := newClient(t, Config{Store: s, Loopback: true})
	if status, _, _ := local.do("POST", "/ingest", "text=x", "Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "cross-site"); status != 403 {
		t.Errorf("cross-site form post: %d", status)
	}
	// The form adds pasted text and shows its story.
	status, body, _ = local.do("POST", "/ingest", "outlet=Quay+Post&text=Harbour+plan+approved%0A%0AThe+town+council+approved+the+harbour+plan+on+Tuesday+after+a+four-hour+debate.",
		"Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "same-origin")
	if status != 200 || !strings.Contains(body, "Harbour plan approved") {
		t.Errorf("form: %d %.500s", status, body)
	}
}

func TestRemoveArticlesAndStories(t *testing.T) {
	s := sampleStore(t)
	marathon, flood, deal := storyID(t, s, "marathon"), storyID(t, s, "River Wend"), storyID(t, s, "Corvid")
	auth := []string{"Authorization", "Bearer s3cret"}
	c := newClient(t, Config{Store: s, Token: "s3cret"})
	tests := []struct {
		name   string
		path   string
		header []string
		status int
		want   string
	}{
		{"no token", "articles/tarvik-marathon", nil, 401, "bearer token"},
		{"a story's one article", "articles/tarvik-marathon", auth, 200, `"deleted": [
    "` + marathon + `"`},
		{"again", "articles/tarvik-marathon", auth, 404, "not found"},
		{"one of three", "articles/river-valley-news", auth, 200, `"rebuilt": [`},
		{"a story", "stories/" + deal, auth, 200, `"deleted": [
    "` + deal + `"`},
		{"a story again", "stories/" + deal, auth, 404, "not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body, _ := c.do("DELETE", "/api/v1/"+tt.path, "", tt.header...)
			if status != tt.status || !strings.Contains(body, tt.want) || !json.Valid([]byte(body)) {
				t.Errorf("status %d, want %d; body %.400s", status, tt.status, body)
			}
		})
	}
	for _, path := range []string{"/api/v1/articles/tarvik-marathon", "/api/v1/stories/" + marathon, "/stories/" + marathon, "/stories/" + deal} {
		if status, _, _ := c.do("GET", path, ""); status != 404 {
			t.Errorf("GET %s after the delete: %d, want 404", path, status)
		}
	}
	if err := s.Check(context.Background()); err != nil {
		t.Errorf("the store after the deletes: %v", err)
	}
	// The article page's form: the box must be ticked, then the story shows.
	local := newClient(t, Config{Store: s, Loopback: true})
	form := []string{"Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "same-origin"}
	if status, body, _ := local.do("GET", "/articles/pellham-gazette", ""); status != 200 || !strings.Contains(body, `action="/articles/pellham-gazette/remove"`) {
		t.Errorf("the article page has no form to remove it: %d", status)
	}
	if status, body, _ := local.do("POST", "/articles/pellham-gazette/remove", "", form...); status != 400 || !strings.Contains(body, "tick the box") {
		t.Errorf("removal not confirmed: %d %.300s", status, body)
	}
	// Where writes need the token, the form asks for it.
	if _, body, _ := c.do("GET", "/articles/pellham-gazette", ""); !strings.Contains(body, `name="token"`) {
		t.Error("the form has no token field on a server that needs one")
	}
	if status, _, _ := c.do("POST", "/articles/pellham-gazette/remove", "confirm=on", form...); status != 401 {
		t.Errorf("removal without the token: %d", status)
	}
	if status, body, _ := c.do("POST", "/articles/pellham-gazette/remove", "token=s3cret&confirm=on", form...); status != 200 || !strings.Contains(body, "1 article") || !strings.Contains(body, `/api/v1/stories/`+flood) {
		t.Errorf("removal confirmed: %d, want the story %s of one article left; %.300s", status, flood, body)
	}
	// The story page's form removes the story with its last article.
	if _, body, _ := local.do("GET", "/stories/"+flood, ""); !strings.Contains(body, `action="/stories/`+flood+`/remove"`) || !strings.Contains(body, "its 1 article from") {
		t.Errorf("the story page has no form to remove it: %.300s", body)
	}
	if status, body, _ := local.do("POST", "/stories/"+flood+"/remove", "confirm=on", form...); status != 200 || !strings.Contains(body, "<h1>Stories</h1>") {
		t.Errorf("story removal confirmed: %d, want the list of stories; %.300s", status, body)
	}
	if status, _, _ := local.do("GET", "/stories/"+flood, ""); status != 404 {
		t.Errorf("the removed story: %d", status)
	}
	open := newClient(t, Config{Store: s})
	if status, _, _ := open.do("DELETE", "/api/v1/articles/pellham-gazette", ""); status != 403 {
		t.Errorf("no token, not loopback: %d", status)
	}
	if status, _, _ := local.do("DELETE", "/api/v1/articles/national-desk-pellham", "", "Sec-Fetch-Site", "cross-site"); status != 403 {
		t.Errorf("a cross-site delete from a browser: %d", status)
	}
}

// An editor moves a report out of its story and merges it back, through
// the API and through the pages' forms.
func TestMoveAndMergeStories(t *testing.T) {
	s := sampleStore(t)
	flood := storyID(t, s, "River Wend")
	auth := []string{"Authorization", "Bearer s3cret", "Content-Type", "application/json"}
	c := newClient(t, Config{Store: s, Token: "s3cret"})
	api := func(path, body string, header ...string) (int, string) {
		t.Helper()
		status, out, _ := c.do("POST", "/api/v1/"+path, body, header...)
		if !json.Valid([]byte(out)) {
			t.Errorf("POST %s: not JSON: %.300s", path, out)
		}
		return status, out
	}
	status, body := api("articles/river-valley-news/move", `{"new": true}`, auth...)
	var moved pipeline.Moved
	if err := json.Unmarshal([]byte(body), &moved); status != 200 || err != nil || moved.Story == "" || moved.Story == flood ||
		!slices.Equal(moved.Rebuilt, []string{moved.Story, flood}) {
		t.Fatalf("move to a new story: %d %v %.400s", status, err, body)
	}
	apart := moved.Story
	tests := []struct {
		name, path, body string
		header           []string
		status           int
		want             string
	}{
		{"no token", "articles/river-valley-news/move", `{"new": true}`, nil, 401, "bearer token"},
		{"both", "articles/river-valley-news/move", `{"story": "` + flood + `", "new": true}`, auth, 400, "give the story"},
		{"neither", "articles/river-valley-news/move", `{}`, auth, 400, "give the story"},
		{"not JSON", "articles/river-valley-news/move", `{"story": 5}`, auth, 400, "invalid JSON"},
		{"no article", "articles/no-such-article/move", `{"new": true}`, auth, 404, "not found"},
		{"no story", "articles/river-valley-news/move", `{"story": "no-such-story"}`, auth, 404, "not found"},
		{"there already", "articles/river-valley-news/move", `{"story": "` + apart + `"}`, auth, 422, "already"},
		{"a copy", "articles/coastal-herald/move", `{"new": true}`, auth, 422, "copy of meridian-wire"},
		{"merge nothing", "stories/" + flood + "/merge", `{"stories": []}`, auth, 400, "give the stories"},
		{"merge into no story", "stories/no-such-story/merge", `{"stories": ["` + apart + `"]}`, auth, 404, "not found"},
		{"merge", "stories/" + flood + "/merge", `{"stories": ["` + apart + `", "no-such-story"]}`, auth, 200, `"merged": [
    "` + apart + `"`},
		{"merge again", "stories/" + flood + "/merge", `{"stories": ["` + apart + `"]}`, auth, 422, "no story with this ID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if status, body := api(tt.path, tt.body, tt.header...); status != tt.status || !strings.Contains(body, tt.want) {
				t.Errorf("status %d, want %d; body %.400s", status, tt.status, body)
			}
		})
	}
	// The story says what was done to it, on its page and in the API.
	if _, body, _ := c.do("GET", "/stories/"+flood, ""); !strings.Contains(body, "Changed by hand") ||
		!strings.Contains(body, `report <a href="/articles/river-valley-news">river-valley-news</a> moved to story`) ||
		!strings.Contains(body, "merged into this one") {
		t.Errorf("the story page does not say what an editor did: %.3000s", body)
	}
	if _, body, _ := c.do("GET", "/api/v1/stories/"+flood, ""); !strings.Contains(body, `"action": "merge"`) {
		t.Errorf("the API's story has no edits: %.300s", body)
	}
	// Every edit, the latest first, on a page and in the API.
	if _, body, _ := c.do("GET", "/edits", ""); !strings.Contains(body, `story <a href="/stories/`+apart+`">`+apart+`</a> merged into story <a href="/stories/`+flood+`">`) ||
		!strings.Contains(body, `report <a href="/articles/river-valley-news">river-valley-news</a> moved from story`) ||
		strings.Index(body, "merged into") > strings.Index(body, "moved from") {
		t.Errorf("the page of edits: %.3000s", body)
	}
	status, body, _ = c.do("GET", "/api/v1/edits?limit=1", "")
	var edits struct {
		Edits []store.Edit
		Next  string
	}
	if err := json.Unmarshal([]byte(body), &edits); status != 200 || err != nil || len(edits.Edits) != 1 || edits.Edits[0].Action != "merge" ||
		edits.Next != "/api/v1/edits?limit=1&offset=1" {
		t.Errorf("the API's edits: %d %v %.500s", status, err, body)
	}
	if status, _, _ := c.do("GET", "/api/v1/edits?limit=x", ""); status != 400 {
		t.Errorf("edits with a bad limit: %d", status)
	}
	// The merged story's address leads to the one it joined.
	if status, body, _ := c.do("GET", "/api/v1/stories/"+apart, ""); status != 200 || !strings.Contains(body, `"id": "`+flood+`"`) {
		t.Errorf("the merged story: %d %.200s", status, body)
	}

	// The forms: the article page's moves the report to a story of its
	// own, and the story page's merges it back.
	local := newClient(t, Config{Store: s, Loopback: true})
	form := []string{"Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "same-origin"}
	if _, body, _ := local.do("GET", "/articles/river-valley-news", ""); !strings.Contains(body, `action="/articles/river-valley-news/move"`) {
		t.Error("the article page has no form to move it")
	}
	status, body, _ = local.do("POST", "/articles/river-valley-news/move", "story=", form...)
	if status != 200 || !strings.Contains(body, "river-valley-news") || strings.Contains(body, "/api/v1/stories/"+flood+`"`) {
		t.Fatalf("moved by the form: %d %.300s", status, body)
	}
	own := storyOfArticle(t, s, "river-valley-news")
	if own == flood {
		t.Fatal("the form did not move the article")
	}
	if _, body, _ := local.do("GET", "/stories/"+flood, ""); !strings.Contains(body, `action="/stories/`+flood+`/merge"`) {
		t.Error("the story page has no form to merge another into it")
	}
	if status, body, _ := local.do("POST", "/stories/"+flood+"/merge", "story=", form...); status != 400 || !strings.Contains(body, "give the ID") {
		t.Errorf("merge of no story: %d %.300s", status, body)
	}
	if status, _, _ := local.do("POST", "/stories/"+flood+"/merge", "story="+own, form...); status != 200 || storyOfArticle(t, s, "river-valley-news") != flood {
		t.Errorf("merged by the form: %d", status)
	}
	if err := s.Check(context.Background()); err != nil {
		t.Errorf("the store after the moves: %v", err)
	}
}

// Storylines by hand: the API links the library's story to the flood's
// storyline, the story page says so, and its form takes it out again.
func TestLinkStories(t *testing.T) {
	s := sampleStore(t)
	flood, library := storyID(t, s, "River Wend"), storyID(t, s, "library")
	auth := []string{"Authorization", "Bearer s3cret", "Content-Type", "application/json"}
	c := newClient(t, Config{Store: s, Token: "s3cret"})
	tests := []struct {
		name, path, body string
		header           []string
		status           int
		want             string
	}{
		{"no token", "stories/" + library + "/link", `{"story": "` + flood + `"}`, nil, 401, "bearer token"},
		{"no story named", "stories/" + library + "/link", `{}`, auth, 400, "give the story"},
		{"not JSON", "stories/" + library + "/link", `{"story": [1]}`, auth, 400, "invalid JSON"},
		{"no such story", "stories/no-such-story/link", `{"story": "` + flood + `"}`, auth, 404, "not found"},
		{"to no story", "stories/" + library + "/link", `{"story": "no-such-story"}`, auth, 404, "not found"},
		{"alone", "stories/" + library + "/unlink", ``, auth, 422, "only story of its storyline"},
		{"link", "stories/" + library + "/link", `{"story": "` + flood + `"}`, auth, 200, `"storyline": "` + flood + `"`},
		{"linked already", "stories/" + flood + "/link", `{"story": "` + library + `"}`, auth, 422, "already"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body, _ := c.do("POST", "/api/v1/"+tt.path, tt.body, tt.header...)
			if status != tt.status || !strings.Contains(body, tt.want) || !json.Valid([]byte(body)) {
				t.Errorf("status %d, want %d; body %.400s", status, tt.status, body)
			}
		})
	}
	if _, body, _ := c.do("GET", "/api/v1/stories?storyline="+flood, ""); !strings.Contains(body, library) {
		t.Errorf("the library's story is not in the flood's storyline: %.400s", body)
	}
	_, body, _ := c.do("GET", "/stories/"+library, "")
	for _, want := range []string{`<h2>Storyline</h2>`, `linked to the storyline of story <a href="/stories/` + flood, `action="/stories/` + library + `/unlink"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the linked story's page lacks %s", want)
		}
	}
	// By its title, where the story is stored.
	lib, err := s.Story(context.Background(), library)
	if err != nil {
		t.Fatal(err)
	}
	if _, body, _ := c.do("GET", "/stories/"+flood, ""); !strings.Contains(body, `story <a href="/stories/`+library+`">`+html.EscapeString(lib.Title)+`</a> linked to the storyline of this one`) {
		t.Error("the flood's page does not say what was linked to it")
	}

	local := newClient(t, Config{Store: s, Loopback: true})
	form := []string{"Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "same-origin"}
	if status, body, _ := local.do("POST", "/stories/"+flood+"/link", "story=", form...); status != 400 || !strings.Contains(body, "give the ID") {
		t.Errorf("link to no story: %d %.300s", status, body)
	}
	if status, body, _ := local.do("POST", "/stories/"+library+"/unlink", "", form...); status != 200 || strings.Contains(body, `<h2>Storyline</h2>`) {
		t.Errorf("taken out by the form: %d, storyline still shown: %v", status, strings.Contains(body, `<h2>Storyline</h2>`))
	}
	if _, body, _ := local.do("GET", "/stories/"+library, ""); !strings.Contains(body, "taken out of the storyline of story") {
		t.Error("the story's page does not say it was taken out of its storyline")
	}
	if err := s.Check(context.Background()); err != nil {
		t.Errorf("the store after the links: %v", err)
	}
}

// A story's page leads to the stories most like it, each with forms to
// merge it or link it; the API lists the same.
func TestSimilarStories(t *testing.T) {
	s := sampleStore(t)
	talks := storyID(t, s, "Essen")
	c := newClient(t, Config{Store: s, Loopback: true})
	status, body, _ := c.do("GET", "/api/v1/stories/"+talks+"/similar?limit=3", "")
	var got struct{ Stories []store.SimilarStory }
	if err := json.Unmarshal([]byte(body), &got); status != 200 || err != nil || len(got.Stories) == 0 || len(got.Stories) > 3 || strings.Contains(body, `"shared": null`) {
		t.Fatalf("similar stories: %d %v %.400s", status, err, body)
	}
	for _, st := range got.Stories {
		if st.ID == talks || st.Title == "" {
			t.Errorf("a similar story: %+v", st)
		}
	}
	if _, body, _ := c.do("GET", "/stories/"+talks, ""); !strings.Contains(body, `href="/stories/`+talks+`/similar"`) {
		t.Error("the story page does not lead to the stories like it")
	}
	_, body, _ = c.do("GET", "/stories/"+talks+"/similar", "")
	for _, want := range []string{"Stories like this one", `href="/stories/` + got.Stories[0].ID + `"`,
		`action="/stories/` + talks + `/merge"`, `<input type="hidden" name="story" value="` + got.Stories[0].ID + `">`} {
		if !strings.Contains(body, want) {
			t.Errorf("the page of stories like it lacks %s", want)
		}
	}
	for path, want := range map[string]int{
		"/api/v1/stories/" + talks + "/similar?limit=0":  400,
		"/api/v1/stories/" + talks + "/similar?limit=21": 400,
		"/api/v1/stories/no-such-story/similar":          404,
		"/stories/no-such-story/similar":                 404,
	} {
		if status, body, _ := c.do("GET", path, ""); status != want {
			t.Errorf("GET %s: %d, want %d: %.200s", path, status, want, body)
		}
	}
}

// storyOfArticle returns the story a stored article is in.
func storyOfArticle(t *testing.T, s *store.DB, id string) string {
	t.Helper()
	rec, err := s.Article(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return rec.Story
}

// An export uploaded on the ingest page brings its editors' edits: the
// report an editor moved is in its own story in the new store too.
func TestUploadExport(t *testing.T) {
	ctx := context.Background()
	src := sampleStore(t)
	moved, err := pipeline.Move(ctx, src, []string{"pellham-gazette"}, "")
	if err != nil {
		t.Fatal(err)
	}
	var export bytes.Buffer
	if err := pipeline.Export(ctx, src, &export); err != nil {
		t.Fatal(err)
	}
	var body bytes.Buffer
	form := multipart.NewWriter(&body)
	part, err := form.CreateFormFile("files", "all.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	part.Write(export.Bytes())
	form.Close()
	dst, err := store.Open(ctx, filepath.Join(t.TempDir(), "new.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dst.Close() })
	c := newClient(t, Config{Store: dst, Loopback: true})
	status, page, _ := c.do("POST", "/ingest", body.String(), "Content-Type", form.FormDataContentType(), "Sec-Fetch-Site", "same-origin")
	if status != 200 || !strings.Contains(page, "13 added, 0 already stored, 1 edit made again.") {
		t.Errorf("upload: %d %.2000s", status, page)
	}
	if got := storyOfArticle(t, dst, "pellham-gazette"); got != moved.Story {
		t.Errorf("the moved report is in %s, want %s", got, moved.Story)
	}
}

// Article text is hostile: it must reach pages inert.
func TestHostileTextInert(t *testing.T) {
	s := sampleStore(t)
	c := newClient(t, Config{Store: s, Loopback: true})
	hostile := `{"outlet": "<script>alert('o')</script>", "title": "Harbour <img src=x onerror=alert(1)> plan",
		"url": "javascript:alert(1)",
		"text": "Harbour <script>alert(2)</script> plan approved.\n\nThe council approved the harbour plan <a href=\"javascript:alert(3)\" onclick=\"alert(4)\">after</a> a long debate on Tuesday. \"It is a good day,\" Mayor Ruth Alder said."}`
	status, body, _ := c.do("POST", "/api/v1/articles", hostile, "Content-Type", "application/json")
	if status != 201 {
		t.Fatalf("post: %d %s", status, body)
	}
	var res ingestResult
	json.Unmarshal([]byte(body), &res)
	if len(res.Added) != 1 || len(res.Stories) != 1 {
		t.Fatalf("post result %+v", res)
	}
	live := regexp.MustCompile(`(?i)<script[\s>]|<img|<[a-z][^>]*\son\w+\s*=|href="javascript:`)
	for _, path := range []string{"/", "/stories/" + res.Stories[0], "/articles/" + res.Added[0], "/outlets", "/?q=harbour"} {
		status, body, h := c.do("GET", path, "")
		if status != 200 {
			t.Errorf("%s: %d", path, status)
		}
		if m := live.FindString(body); m != "" {
			t.Errorf("%s: live markup %q in the page", path, m)
		}
		if !strings.Contains(h.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("%s: no content security policy", path)
		}
	}
	// A feed reader shows an entry's content as HTML: what it holds is inert too.
	_, body, _ = c.do("GET", "/feed.atom", "")
	var feed struct {
		Titles  []string `xml:"entry>title"`
		Content []string `xml:"entry>content"`
	}
	if err := xml.Unmarshal([]byte(body), &feed); err != nil || !slices.Contains(feed.Titles, "Harbour <img src=x onerror=alert(1)> plan") {
		t.Errorf("feed: %v %q", err, feed.Titles)
	}
	for _, c := range feed.Content {
		if m := live.FindString(c); m != "" {
			t.Errorf("feed: live markup %q in %s", m, c)
		}
	}
	if _, body, _ := c.do("GET", "/articles/"+res.Added[0], ""); !strings.Contains(body, "&lt;script&gt;") && !strings.Contains(body, "alert(2)") {
		t.Errorf("the article's text is missing or dropped: %.1500s", body)
	}
}

// The OpenAPI document and the API routes describe the same endpoints.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Servers []struct{ URL string }                `json:"servers"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") || len(doc.Servers) != 1 {
		t.Fatalf("not an OpenAPI 3 document with one server: %+v", doc)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+doc.Servers[0].URL+path] = true
		}
	}
	served := map[string]bool{}
	for _, p := range New(Config{}).routes {
		if method, path, ok := strings.Cut(p, " "); ok && strings.HasPrefix(path, "/api/v1/") {
			served[method+" "+path] = true
		}
	}
	for r := range served {
		if !documented[r] {
			t.Errorf("%s is served but not documented", r)
		}
	}
	for r := range documented {
		if !served[r] {
			t.Errorf("%s is documented but not served", r)
		}
	}
	if len(served) < 7 {
		t.Errorf("only %d API routes found", len(served))
	}
}

func TestAnchor(t *testing.T) {
	s := &sentences{list: []analyze.Sentence{
		{Text: "The talks lasted five hours, officials said."},
		{Text: "Both leaders met in the capital on Monday."},
		{Text: "Nothing else was announced."},
	}, anchors: map[string]string{}}
	for _, tc := range []struct{ about, want string }{
		{"five hours", "#s0"},                                // contained
		{"The leaders had met in the capital", "#s1"},        // most shared words
		{"A meeting that lasted for five long hours", "#s0"}, // stems: lasted, hours
		{"weather", ""},                                      // nothing shared
	} {
		if got := s.anchor(tc.about, text.Terms); got != tc.want {
			t.Errorf("anchor(%q) = %q, want %q", tc.about, got, tc.want)
		}
	}
}

// storeOf is a fresh store holding docs.
func storeOf(t *testing.T, docs ...extract.Doc) *store.DB {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if res, err := pipeline.IngestDocs(ctx, s, docs, pipeline.Options{}); err != nil || res.New != len(docs) {
		t.Fatalf("ingest: %+v, %v", res, err)
	}
	return s
}

// An article longer than the analysis reads says so on its page, and where
// its whole text is.
func TestLongArticleReadInPart(t *testing.T) {
	s := storeOf(t,
		extract.Doc{ID: "long", Text: strings.Repeat("The council approved the harbour plan on Tuesday after a long debate. ", analyze.MaxText/50)},
		extract.Doc{ID: "short", Text: "The council approved the harbour plan on Tuesday after a long debate."})
	c := newClient(t, Config{Store: s, Loopback: true})
	const note = "This article is longer than crosscheck reads"
	if _, body, _ := c.do("GET", "/articles/long", ""); !strings.Contains(body, note) || !strings.Contains(body, `href="/api/v1/articles/long"`) {
		t.Errorf("the long article's page does not say it was read in part:\n%.500s", body[len(body)-1500:])
	}
	if _, body, _ := c.do("GET", "/articles/short", ""); strings.Contains(body, note) {
		t.Errorf("the short article's page says it was read in part")
	}
}

// An article with no title or outlet, as a plain text file is, is named by
// its file on the pages, not left an empty link.
func TestUntitledArticleNamed(t *testing.T) {
	s := storeOf(t, extract.Doc{ID: "harbour", Source: "notes/harbour-vote.txt", Text: "The council approved the harbour plan on Tuesday after a long debate.\n\n\"It is a good day,\" Mayor Ruth Alder said."})
	c := newClient(t, Config{Store: s, Loopback: true})
	for _, path := range []string{"/stories/" + storyID(t, s, "harbour"), "/articles/harbour"} {
		if _, body, _ := c.do("GET", path, ""); !strings.Contains(body, ">harbour-vote.txt<") || strings.Contains(body, `href="/outlets/"`) {
			t.Errorf("%s: the article is not named by its file, or links an empty outlet:\n%.2000s", path, body)
		}
	}
}

// The list says when the store was made by another version.
func TestStaleStoreSaid(t *testing.T) {
	s := sampleStore(t)
	for _, stale := range []bool{false, true} {
		c := newClient(t, Config{Store: s, Stale: stale})
		code, body, _ := c.do("GET", "/", "")
		if said := strings.Contains(body, "made by another version of crosscheck"); code != 200 || said != stale {
			t.Errorf("stale %v: status %d, the list says so: %v", stale, code, said)
		}
	}
}

// A story merged into another leads to it, on the pages and in the API.
func TestMergedStoryRedirects(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	err = s.Update(ctx, func(tx *store.Tx) error {
		for _, id := range []string{"s1", "s2"} {
			a := model.Article{ID: "a-" + id, Hash: id, Paragraphs: []string{"Text."}}
			if err := tx.PutArticles(store.Record{Article: a, Story: id, Analysis: []byte(`{}`)}); err != nil {
				return err
			}
		}
		if err := tx.MergeStory("s2", "s1"); err != nil {
			return err
		}
		return tx.PutStories(model.Story{ID: "s1", Title: "One", Articles: []string{"a-s1", "a-s2"}})
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(Config{Store: s, Loopback: true}))
	t.Cleanup(srv.Close)
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for path, want := range map[string]string{
		"/stories/s2":        "/stories/s1",
		"/api/v1/stories/s2": "/api/v1/stories/s1",
	} {
		resp, err := noFollow.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != want {
			t.Errorf("GET %s: %d to %q, want 301 to %s", path, resp.StatusCode, resp.Header.Get("Location"), want)
		}
	}
	if resp, err := noFollow.Get(srv.URL + "/api/v1/stories/s3"); err != nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("a story that never was: %v %v", resp.Status, err)
	}
}

// TestUpdatedArticle: an article posted again under its ID with other text
// replaces the stored one; the earlier text is listed, and its page and
// the API show what the update changed.
func TestUpdatedArticle(t *testing.T) {
	s := sampleStore(t)
	c := newClient(t, Config{Store: s, Loopback: true})
	post := func(text string) (int, string) {
		status, body, _ := c.do("POST", "/api/v1/articles", `{"id": "ferry", "outlet": "Bay Herald", "title": "Ferry board meets", "text": "`+text+`"}`,
			"Content-Type", "application/json")
		return status, body
	}
	first := "The ferry board met on Friday and chose a new chair. The vote was close."
	second := "The ferry board met on Friday and chose Ann Lee as its new chair. The vote was close."
	if status, body := post(first); status != 201 {
		t.Fatalf("first post: %d %.300s", status, body)
	}
	status, body := post(second)
	if status != 200 || !strings.Contains(body, `"updated": [`) || !strings.Contains(body, `"ferry"`) {
		t.Fatalf("update: %d %.400s", status, body)
	}
	_, body, _ = c.do("GET", "/api/v1/articles/ferry", "")
	var art struct {
		Text      string
		Revisions []struct{ Revision int }
	}
	if err := json.Unmarshal([]byte(body), &art); err != nil || !strings.Contains(art.Text, "Ann Lee") || len(art.Revisions) != 1 || art.Revisions[0].Revision != 1 {
		t.Fatalf("article after the update: %v %.500s", err, body)
	}
	status, body, _ = c.do("GET", "/api/v1/articles/ferry/revisions/1", "")
	var rev struct {
		Text           string
		Removed, Added []string
	}
	if err := json.Unmarshal([]byte(body), &rev); status != 200 || err != nil || rev.Text != first ||
		!slices.Equal(rev.Removed, []string{"The ferry board met on Friday and chose a new chair."}) ||
		!slices.Equal(rev.Added, []string{"The ferry board met on Friday and chose Ann Lee as its new chair."}) {
		t.Errorf("revision 1: %d %v %.600s", status, err, body)
	}
	for _, path := range []string{"/api/v1/articles/ferry/revisions/2", "/api/v1/articles/ferry/revisions/x", "/api/v1/articles/nothing/revisions/1", "/articles/ferry/revisions/2"} {
		if status, body, _ := c.do("GET", path, ""); status != 404 {
			t.Errorf("%s: %d %.200s", path, status, body)
		}
	}
	if _, body, _ := c.do("GET", "/articles/ferry", ""); !strings.Contains(body, `href="/articles/ferry/revisions/1"`) {
		t.Errorf("the article's page lists no earlier text: %.2000s", body)
	}
	if _, body, _ := c.do("GET", "/stories/"+storyOfArticle(t, s, "ferry"), ""); strings.Count(body, `#revisions">updated</a>`) != 1 {
		t.Errorf("the story's page does not mark the one article updated: %.3000s", body)
	}
	if status, body, _ := c.do("GET", "/articles/ferry/revisions/1", ""); status != 200 || !strings.Contains(body, "<del>The ferry board met on Friday and chose a new chair.</del>") ||
		!strings.Contains(body, "<ins>The ferry board met on Friday and chose Ann Lee as its new chair.</ins>") {
		t.Errorf("revision page: %d %.3000s", status, body)
	}
	// An article never updated has no earlier texts.
	var other string
	for r, err := range s.EachArticle(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		other = r.Article.ID
		break
	}
	if _, body, _ := c.do("GET", "/api/v1/articles/"+other, ""); !strings.Contains(body, `"text"`) || strings.Contains(body, `"revisions"`) {
		t.Errorf("an article never updated lists revisions: %.300s", body)
	}
}

// TestChangesShown: a toll an outlet's update raises is shown on the
// story's page and in its JSON as changed by the update, with the
// sentences before and after and a link to the update's page.
func TestChangesShown(t *testing.T) {
	s := sampleStore(t)
	c := newClient(t, Config{Store: s, Loopback: true})
	rec, err := s.Article(context.Background(), "pellham-gazette")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(rec.Article.Paragraphs, "\n\n")
	if !strings.HasPrefix(text, "Twelve people died") {
		t.Fatalf("the sample's Gazette report has changed: %.100s", text)
	}
	body, _ := json.Marshal(map[string]string{"id": "pellham-gazette", "outlet": rec.Article.Outlet, "title": rec.Article.Title,
		"published": rec.Article.Published.Format(time.RFC3339), "text": strings.Replace(text, "Twelve", "Fifteen", 1)})
	if status, resp, _ := c.do("POST", "/api/v1/articles", string(body), "Content-Type", "application/json"); status != 200 {
		t.Fatalf("update: %d %.300s", status, resp)
	}
	story := storyOfArticle(t, s, "pellham-gazette")
	want := "Pellham Gazette changed the death toll from 12 people to 15 people in an update."
	_, page, _ := c.do("GET", "/stories/"+story, "")
	for _, part := range []string{"<h2>Changed in updates</h2>", html.EscapeString(want), `href="/articles/pellham-gazette/revisions/1"`,
		`<span class="kind">Updated</span> ` + html.EscapeString(want)} {
		if !strings.Contains(page, part) {
			t.Errorf("the story's page lacks %q", part)
		}
	}
	_, doc, _ := c.do("GET", "/api/v1/stories/"+story, "")
	var got struct{ Changes []model.Change }
	if err := json.Unmarshal([]byte(doc), &got); err != nil || len(got.Changes) != 1 || got.Changes[0].Text != want ||
		!strings.HasPrefix(got.Changes[0].Before, "Twelve") || !strings.HasPrefix(got.Changes[0].After, "Fifteen") {
		t.Errorf("the story's changes in JSON: %+v %v", got.Changes, err)
	}
	// The outlet's record lists it, and no other outlet's does.
	_, page, _ = c.do("GET", "/outlets/Pellham%20Gazette", "")
	if !strings.Contains(page, "<h3>What its updates changed</h3>") || !strings.Contains(page, html.EscapeString(want)) {
		t.Errorf("the outlet's page does not list its update: %.3000s", page)
	}
	for name, n := range map[string]int{"Pellham%20Gazette": 1, "River%20Valley%20News": 0} {
		var rec model.OutletRecord
		_, doc, _ = c.do("GET", "/api/v1/outlets/"+name, "")
		if err := json.Unmarshal([]byte(doc), &rec); err != nil || len(rec.Changed) != n {
			t.Errorf("%s's record: %d changes, want %d (%v)", name, len(rec.Changed), n, err)
		}
	}
}

// Every list has an Atom feed of the same stories, whose entries carry
// their briefs and are dated when the story last changed.
func TestFeeds(t *testing.T) {
	c := newClient(t, Config{Store: sampleStore(t), Loopback: true})
	type entry struct {
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Content struct {
			Type string `xml:"type,attr"`
			Text string `xml:",chardata"`
		} `xml:"content"`
	}
	type feed struct {
		Title  string `xml:"title"`
		Author string `xml:"author>name"`
		Links  []struct {
			Href string `xml:"href,attr"`
			Rel  string `xml:"rel,attr"`
		} `xml:"link"`
		Entries []entry `xml:"entry"`
	}
	get := func(path string) feed {
		t.Helper()
		status, body, h := c.do("GET", path, "")
		var f feed
		if err := xml.Unmarshal([]byte(body), &f); status != 200 || err != nil || !strings.HasPrefix(h.Get("Content-Type"), "application/atom+xml") {
			t.Fatalf("%s: %d %s %v", path, status, h.Get("Content-Type"), err)
		}
		return f
	}
	all := get("/feed.atom")
	if len(all.Entries) != 5 || all.Author != "crosscheck" || all.Title != "crosscheck stories" {
		t.Errorf("all stories: %q by %q, %d entries", all.Title, all.Author, len(all.Entries))
	}
	for _, e := range all.Entries {
		updated, err := time.Parse(time.RFC3339, e.Updated)
		// When the story was composed, not when its newest report is dated (April 2026).
		if err != nil || time.Since(updated) > time.Hour {
			t.Errorf("%s: updated %s (%v)", e.Title, e.Updated, err)
		}
		if e.Content.Type != "html" || !strings.HasPrefix(e.Content.Text, "<p>") || !strings.Contains(e.Content.Text, `/articles/`) ||
			!strings.Contains(e.Content.Text, "Findings, quotes and sources") {
			t.Errorf("%s: content %s %q", e.Title, e.Content.Type, e.Content.Text)
		}
	}
	if f := get("/feed.atom?disputed=true"); len(f.Entries) != 3 || f.Title != "crosscheck: Disputed stories" {
		t.Errorf("disputed: %q, %d entries", f.Title, len(f.Entries))
	}
	f := get("/feed.atom?entity=Grace+Okonjo&disputed=1")
	if len(f.Entries) != 1 || f.Title != "crosscheck: Disputed stories naming Grace Okonjo" ||
		!regexp.MustCompile(`<b>Disputed</b> · Reports differ on the day of the flood[^<]*(<a [^>]*>\[1\]</a>) (<a [^>]*>\[2\]</a>) (<a [^>]*>\[3\]</a>)</p>`).MatchString(f.Entries[0].Content.Text) {
		t.Errorf("a name's disputed stories: %q, %+v", f.Title, f.Entries)
	}
	if len(f.Links) != 2 || !strings.HasSuffix(f.Links[1].Href, "/feed.atom?disputed=true&entity=Grace+Okonjo") || f.Links[1].Rel != "self" {
		t.Errorf("links %+v", f.Links)
	}
	if status, body, _ := c.do("GET", "/feed.atom?disputed=maybe", ""); status != 400 || !strings.Contains(body, "disputed must be true or false") {
		t.Errorf("a bad filter: %d %s", status, body)
	}
	// Each list links its own feed, and to itself with and without the disputes.
	_, body, _ := c.do("GET", "/entities/Grace%20Okonjo", "")
	for _, want := range []string{`type="application/atom+xml" title="crosscheck: the stories listed here" href="/feed.atom?entity=Grace&#43;Okonjo"`,
		`<a href="/entities/Grace%20Okonjo?disputed=true">Only those with disputes</a>`} {
		if !strings.Contains(body, want) {
			t.Errorf("name page lacks %s:\n%s", want, body)
		}
	}
	_, body, _ = c.do("GET", "/?disputed=true&offset=0", "")
	if strings.Count(body, `<a class="title"`) != 3 || !strings.Contains(body, `<a href="/">All of them</a>`) || !strings.Contains(body, "Disputed stories.") {
		t.Errorf("disputed list:\n%s", body)
	}
}

// An outlet's page and the API give its record beside other outlets.
func TestOutletRecord(t *testing.T) {
	c := newClient(t, Config{Store: sampleStore(t), Loopback: true})
	status, body, _ := c.do("GET", "/api/v1/outlets/River%20Valley%20News", "")
	var rec model.OutletRecord
	if err := json.Unmarshal([]byte(body), &rec); status != 200 || err != nil {
		t.Fatalf("record: %d %v %s", status, err, body)
	}
	// The sample's River Valley News alone dates the flood Monday.
	if rec.Stories != 1 || rec.Shared != 1 || rec.Agreed == 0 || len(rec.Minority) != 1 || rec.Minority[0].Value != "Monday" ||
		!slices.Equal(rec.Minority[0].Others, []string{"Sunday (2 reports)"}) {
		t.Errorf("record %+v", rec)
	}
	if status, body, _ := c.do("GET", "/api/v1/outlets/Nobody", ""); status != 404 {
		t.Errorf("an unknown outlet: %d %s", status, body)
	}
	_, body, _ = c.do("GET", "/outlets/River%20Valley%20News", "")
	if !strings.Contains(body, "Where others outnumber it") || !strings.Contains(body, "It reports Monday.") {
		t.Errorf("outlet page:\n%s", body)
	}
	// A name's page has no record, nor an outlet's later pages.
	for _, path := range []string{"/entities/Grace%20Okonjo", "/outlets/River%20Valley%20News?offset=1"} {
		if _, body, _ := c.do("GET", path, ""); strings.Contains(body, `class="record"`) {
			t.Errorf("%s has a record", path)
		}
	}
}

// A story's page says how alike each report was when it joined, and
// flags one that barely was.
func TestJoinedShown(t *testing.T) {
	sure, weak := 0.47, 0.21
	d := storyData{Story: model.Story{ID: "s1", Title: "T"}, Articles: []articleView{
		{Article: model.Article{ID: "a", Title: "First"}, N: 1},
		{Article: model.Article{ID: "b", Title: "Second", Joined: &sure}, N: 2},
		{Article: model.Article{ID: "c", Title: "Third", Joined: &weak}, N: 3},
	}}
	var b strings.Builder
	if err := pages["story"].Execute(&b, page{Title: "T", Data: d}); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{">joined at 0.47</span>", `class="weak">joined at 0.21: little in common, perhaps another event</span>`} {
		if !strings.Contains(got, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Count(got, "joined at") != 2 {
		t.Errorf("%d reports shown as joined, want 2", strings.Count(got, "joined at"))
	}
}
