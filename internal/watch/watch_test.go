package watch_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/fetch"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/sample"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
	"github.com/crosscheck-news/crosscheck/internal/watch"
)

// site serves a feed of the sample corpus's Lundgate talks, as pages, and
// lets a test grow the feed, count its fetches and hold a page back.
type site struct {
	*httptest.Server
	mu          sync.Mutex
	pages       map[string]string // path → HTML
	order       []string          // paths, oldest first
	listed      int               // how many the feed lists
	fetches     int               // of the feed
	pageFetches int
	hold        chan struct{} // when set, pages wait for it to close
	// With etags, the feed has one, and 304 answers (counted) a request
	// that sends it.
	etags       bool
	notModified int
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{pages: map[string]string{}}
	dir := "lundgate-talks"
	entries, err := fs.ReadDir(sample.FS(), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if path.Ext(e.Name()) != ".json" {
			continue
		}
		data, err := fs.ReadFile(sample.FS(), path.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		var rec struct{ Outlet, Title, Published, Text string }
		if err := json.Unmarshal(data, &rec); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		fmt.Fprintf(&b, `<html><head><title>%s</title><meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s"></head><body><article><h1>%[1]s</h1>`,
			html.EscapeString(rec.Title), html.EscapeString(rec.Outlet), rec.Published)
		for _, p := range strings.Split(rec.Text, "\n\n") {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
		}
		b.WriteString("</article></body></html>")
		p := "/news/" + strings.TrimSuffix(e.Name(), ".json")
		s.pages[p] = b.String()
		s.order = append(s.order, p)
	}
	if len(s.order) < 3 {
		t.Fatalf("the sample corpus has %d Lundgate records, want 3", len(s.order))
	}
	s.listed = 2
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.URL.Path == "/feed.xml":
		s.fetches++
		if etag := fmt.Sprintf(`"v%d"`, s.listed); s.etags {
			if r.Header.Get("If-None-Match") == etag {
				s.notModified++
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Lundgate news</title>`)
		for i := s.listed - 1; i >= 0; i-- { // newest first
			fmt.Fprintf(w, "<item><title>%d</title><link>%s%s</link><guid>%[2]s%[3]s</guid></item>", i, s.URL, s.order[i])
		}
		fmt.Fprint(w, "</channel></rss>")
	case s.pages[r.URL.Path] != "":
		s.pageFetches++
		if hold := s.hold; hold != nil {
			s.mu.Unlock()
			<-hold
			s.mu.Lock()
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, s.pages[r.URL.Path])
	default:
		http.NotFound(w, r)
	}
}

func (s *site) set(f func(*site)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(s)
}

// addFeeds adds each site's feed to the store, due every interval.
func addFeeds(t *testing.T, db *store.DB, interval time.Duration, sites ...*site) {
	t.Helper()
	for _, s := range sites {
		if _, err := db.AddFeed(context.Background(), store.Feed{URL: s.URL + "/feed.xml", Interval: interval}); err != nil {
			t.Fatal(err)
		}
	}
}

func newWatcher(t *testing.T, db *store.DB) *watch.Watcher {
	return &watch.Watcher{
		Store:   db,
		Fetcher: fetch.New(fetch.Options{AllowPrivate: true, Interval: -1, Timeout: 5 * time.Second}),
		Relist:  100 * time.Millisecond,
	}
}

// largest returns the number of articles in the largest story.
func largest(t *testing.T, db *store.DB) int {
	t.Helper()
	stories, err := db.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, st := range stories {
		n = max(n, len(st.Articles))
	}
	return n
}

// waitFor polls cond until it holds, failing the test after a generous
// deadline (the figure that matters is counted, not timed: see callers).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// A new item is taken at the first fetch of the feed after it appears, and
// the story it belongs to grows; stopping the watcher ends it cleanly.
func TestWatchGrowsStory(t *testing.T) { storetest.Each(t, testWatchGrowsStory) }

func testWatchGrowsStory(t *testing.T, dsn string) {
	srv := newSite(t)
	ctx := context.Background()
	db := storetest.Open(t, dsn)
	addFeeds(t, db, time.Second, srv)
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- newWatcher(t, db).Run(runCtx) }()

	waitFor(t, "the first two articles", func() bool { return largest(t, db) == 2 })
	var before int
	srv.set(func(s *site) { s.listed, before = 3, s.fetches })
	waitFor(t, "the third article", func() bool { return largest(t, db) == 3 })
	// Its item is marked taken once its story is stored, just after.
	waitFor(t, "the third item taken", func() bool {
		feeds, err := db.Feeds(ctx)
		return err == nil && len(feeds) == 1 && feeds[0].Items == 3
	})
	var after int
	srv.set(func(s *site) { after = s.fetches })
	if after-before != 1 {
		t.Errorf("the new item took %d fetches of the feed, want 1 (one interval)", after-before)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatalf("Run after interrupt: %v", err)
	}
	feeds, err := db.Feeds(ctx)
	if err != nil || len(feeds) != 1 || feeds[0].Items != 3 || feeds[0].Title != "Lundgate news" || feeds[0].LastError != "" {
		t.Errorf("feed after watching: %+v, %v", feeds, err)
	}
}

// An interrupt while pages are being fetched loses nothing: the next run
// takes every item, each stored once.
func TestWatchInterruptLosesNothing(t *testing.T) { storetest.Each(t, testWatchInterruptLosesNothing) }

func testWatchInterruptLosesNothing(t *testing.T, dsn string) {
	srv := newSite(t)
	ctx := context.Background()
	db := storetest.Open(t, dsn)
	feedURL := srv.URL + "/feed.xml"
	db.AddFeed(ctx, store.Feed{URL: feedURL, Interval: time.Hour})
	hold := make(chan struct{})
	srv.set(func(s *site) { s.hold, s.listed = hold, len(s.order) })

	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- newWatcher(t, db).Run(runCtx) }()
	waitFor(t, "the feed fetch", func() bool {
		var n int
		srv.set(func(s *site) { n = s.fetches })
		return n == 1
	})
	time.Sleep(50 * time.Millisecond) // let the watcher reach a held page
	stop()
	if err := <-done; err != nil {
		t.Fatalf("Run after interrupt: %v", err)
	}
	close(hold)
	srv.set(func(s *site) { s.hold = nil })
	if feeds, _ := db.Feeds(ctx); feeds[0].Items != 0 {
		t.Fatalf("%d items marked taken by an interrupted poll", feeds[0].Items)
	}

	// The next run (the feed is due: the interrupted poll did not count).
	if _, err := newWatcher(t, db).Once(ctx); err != nil {
		t.Fatal(err)
	}
	arts, err := db.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	feeds, _ := db.Feeds(ctx)
	if len(arts) != len(srv.order) || feeds[0].Items != len(srv.order) {
		t.Errorf("after the second run: %d articles, %d items taken; want %d", len(arts), feeds[0].Items, len(srv.order))
	}
	if _, err := newWatcher(t, db).Once(ctx); err != nil { // not due: nothing happens
		t.Fatal(err)
	}
	if arts2, _ := db.Articles(ctx); len(arts2) != len(arts) {
		t.Errorf("a third run changed the store: %d articles, then %d", len(arts), len(arts2))
	}
}

// A feed's validators are kept in the store, so that the next poll, by
// whichever process, asks for the feed only if it changed; a poll whose
// items failed keeps none, so that the next one reads the feed and tries
// them again.
func TestFeedValidatorsShared(t *testing.T) { storetest.Each(t, testFeedValidatorsShared) }

func testFeedValidatorsShared(t *testing.T, dsn string) {
	srv := newSite(t)
	ctx := context.Background()
	db := storetest.Open(t, dsn)
	addFeeds(t, db, time.Millisecond, srv)
	srv.set(func(s *site) { s.etags = true })
	// Each poll by a watcher of its own, as another process's would be.
	poll := func() (articles, notModified int) {
		t.Helper()
		time.Sleep(5 * time.Millisecond) // due again
		if _, err := newWatcher(t, db).Once(ctx); err != nil {
			t.Fatal(err)
		}
		arts, err := db.Articles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		srv.set(func(s *site) { notModified = s.notModified })
		return len(arts), notModified
	}
	if n, nm := poll(); n != 2 || nm != 0 {
		t.Fatalf("first poll: %d articles, %d answers 304; want 2, 0", n, nm)
	}
	if n, nm := poll(); n != 2 || nm != 1 {
		t.Errorf("second poll: %d articles, %d answers 304; want 2, 1", n, nm)
	}
	var third string
	srv.set(func(s *site) { s.listed, third, s.pages[s.order[2]] = 3, s.pages[s.order[2]], "" })
	if n, _ := poll(); n != 2 {
		t.Fatalf("a poll whose new item fails: %d articles, want 2", n)
	}
	srv.set(func(s *site) { s.pages[s.order[2]] = third })
	if n, nm := poll(); n != 3 || nm != 1 {
		t.Errorf("the poll after a failed item: %d articles, %d answers 304; want 3, 1", n, nm)
	}
}

// Feeds due together are polled together: one host's pages are fetched
// while another's wait, and their articles are stored in one transaction.
func TestPollFeedsTogether(t *testing.T) { storetest.Each(t, testPollFeedsTogether) }

func testPollFeedsTogether(t *testing.T, dsn string) {
	slow, quick := newSite(t), newSite(t) // two hosts
	ctx := context.Background()
	db := storetest.Open(t, dsn)
	for _, s := range []*site{slow, quick} {
		s.set(func(s *site) { s.listed = len(s.order) })
	}
	addFeeds(t, db, time.Hour, slow, quick)
	overlapped := overlap(slow, quick)
	logs := &messages{n: map[string]int{}}
	w := newWatcher(t, db)
	w.Ingest.Log = slog.New(logs)
	if _, err := w.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if !<-overlapped {
		t.Errorf("one host's pages waited for another's")
	}
	if n := logs.count("group committed"); n != 1 {
		t.Errorf("two feeds polled together were stored in %d transactions, want 1", n)
	}
	arts, err := db.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	feeds, _ := db.Feeds(ctx)
	if want := 2 * len(slow.order); len(arts) != want || feeds[0].Items+feeds[1].Items != want {
		t.Errorf("%d articles stored and %d items taken, want %d", len(arts), feeds[0].Items+feeds[1].Items, want)
	}
}

// An item whose page holds no article is reported once, by the ingest
// that found so, naming the item; one whose page could not be had, by the
// watcher.
func TestFailedItemReportedOnce(t *testing.T) {
	srv := newSite(t)
	ctx := context.Background()
	db := storetest.Open(t, storetest.SQLite(t))
	srv.set(func(s *site) {
		s.listed = 3
		s.pages[s.order[0]] = "<html><body><nav>Home</nav></body></html>" // read, but no article
		s.pages[s.order[1]] = ""                                          // an empty page: not read
	})
	addFeeds(t, db, time.Hour, srv)
	logs := &messages{n: map[string]int{}}
	w := newWatcher(t, db)
	w.Log, w.Ingest.Log = slog.New(logs), slog.New(logs)
	if _, err := w.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if in, item := logs.count("input not read"), logs.count("item not read"); in != 1 || item != 1 {
		t.Errorf("failures logged %d times by the ingest and %d by the watcher, want 1 and 1", in, item)
	}
	if feeds, _ := db.Feeds(ctx); len(feeds) != 1 || feeds[0].Items != 1 {
		t.Errorf("feeds %+v, want one item taken", feeds)
	}
}

// Pages queued to fetch are fetched from several hosts at once.
func TestPagesSideBySide(t *testing.T) {
	slow, quick := newSite(t), newSite(t)
	ctx := context.Background()
	db := storetest.Open(t, storetest.SQLite(t))
	jobs := []store.Job{{Kind: watch.KindURL, Key: slow.URL + slow.order[0]}, {Kind: watch.KindURL, Key: quick.URL + quick.order[0]}}
	if _, err := db.Enqueue(ctx, jobs); err != nil {
		t.Fatal(err)
	}
	overlapped := overlap(slow, quick)
	if n, err := newWatcher(t, db).Work(ctx); n != 2 || err != nil {
		t.Fatalf("Work = %d, %v; want 2 jobs run", n, err)
	}
	if !<-overlapped {
		t.Errorf("one host's page waited for another's")
	}
	if arts, err := db.Articles(ctx); len(arts) != 2 || err != nil {
		t.Errorf("%d articles stored (%v), want 2", len(arts), err)
	}
}

// overlap holds the slow site's pages until the quick site has served one,
// or for three seconds (less than the test fetcher's timeout), and then
// says which.
func overlap(slow, quick *site) <-chan bool {
	hold := make(chan struct{})
	slow.set(func(s *site) { s.hold = hold })
	overlapped := make(chan bool, 1)
	go func() {
		defer close(hold)
		for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			var n int
			quick.set(func(s *site) { n = s.pageFetches })
			if n > 0 {
				overlapped <- true
				return
			}
		}
		overlapped <- false
	}()
	return overlapped
}

// messages counts the messages logged.
type messages struct {
	mu sync.Mutex
	n  map[string]int
}

func (m *messages) Enabled(context.Context, slog.Level) bool { return true }
func (m *messages) WithAttrs([]slog.Attr) slog.Handler       { return m }
func (m *messages) WithGroup(string) slog.Handler            { return m }
func (m *messages) Handle(_ context.Context, r slog.Record) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.n[r.Message]++
	return nil
}

func (m *messages) count(msg string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.n[msg]
}

// A group's feeds are fetched while the group before it is stored.
func TestPollGroupsOverlap(t *testing.T) {
	defer watch.SetPollTogether(1)()
	sites := []*site{newSite(t), newSite(t)}
	ctx := context.Background()
	db := storetest.Open(t, storetest.SQLite(t))
	addFeeds(t, db, time.Hour, sites...)
	fetched := func() bool { // both feeds
		n := 0
		for _, s := range sites {
			s.set(func(s *site) {
				if s.fetches > 0 {
					n++
				}
			})
		}
		return n == len(sites)
	}
	w := newWatcher(t, db)
	var once sync.Once
	overlapped := false
	// The first group's ingest waits (three seconds at most) for the
	// second group's feed.
	w.Ingest.Progress = func(pipeline.Result) {
		once.Do(func() {
			for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline) && !overlapped; time.Sleep(10 * time.Millisecond) {
				overlapped = fetched()
			}
		})
	}
	if _, err := w.Once(ctx); err != nil {
		t.Fatal(err)
	}
	if !overlapped {
		t.Errorf("the second group was fetched only once the first was stored")
	}
	if arts, err := db.Articles(ctx); err != nil || len(arts) != 2*sites[0].listed {
		t.Errorf("%d articles stored (%v), want %d", len(arts), err, 2*sites[0].listed)
	}
}

// An item the feed lists again with a later date of update is taken again:
// its page's new text updates the stored article, whose earlier text is
// kept. Listed again with the same date, it is not fetched again.
func TestUpdatedItemTakenAgain(t *testing.T) {
	var (
		mu      sync.Mutex
		updated = "2026-03-03T10:00:00Z"
		hours   = "six"
		fetched int
	)
	db, w, poll := watchedSite(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/atom+xml")
			fmt.Fprintf(w, `<feed xmlns="http://www.w3.org/2005/Atom"><title>Lundgate news</title><id>urn:lundgate</id><updated>%s</updated>
<entry><id>urn:lundgate:talks</id><title>Water talks end</title><link href="http://%s/talks"/><published>2026-03-03T09:00:00Z</published><updated>%[1]s</updated></entry></feed>`, updated, r.Host)
		case "/talks":
			fetched++
			etag := `"` + hours + `"`
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>Water talks end</title></head><body><article><h1>Water talks end</h1>
<p>The water talks between Lundgate and Pellham ended on Tuesday after %s hours, officials of both towns said.</p>
<p>The mayors agreed to share the cost of a new pumping station on the River Wend and to meet again in the spring.</p>
<p>Farmers upstream had asked for a larger share of the river in dry summers, and the agreement gives them one.</p></article></body></html>`, hours)
		default:
			http.NotFound(w, r)
		}
	})
	ctx := context.Background()
	article := func() (store.Record, []store.Revision) {
		t.Helper()
		for r, err := range db.EachArticle(ctx) {
			if err != nil {
				t.Fatal(err)
			}
			revs, err := db.Revisions(ctx, r.Article.ID)
			if err != nil {
				t.Fatal(err)
			}
			return r, revs
		}
		t.Fatal("no article stored")
		return store.Record{}, nil
	}
	poll()
	if r, revs := article(); !strings.Contains(strings.Join(r.Article.Paragraphs, " "), "six hours") || len(revs) != 0 {
		t.Fatalf("first poll: %q, %d revisions", r.Article.Paragraphs, len(revs))
	}
	mu.Lock()
	updated, hours = "2026-03-03T12:30:00Z", "seven"
	mu.Unlock()
	poll()
	r, revs := article()
	if !strings.Contains(strings.Join(r.Article.Paragraphs, " "), "seven hours") || len(revs) != 1 ||
		!strings.Contains(strings.Join(revs[0].Article.Paragraphs, " "), "six hours") {
		t.Fatalf("after the item's update: %q, revisions %+v", r.Article.Paragraphs, revs)
	}
	// The earlier text was replaced when the feed says the item was
	// updated, which dates what the update changed.
	if want := time.Date(2026, 3, 3, 12, 30, 0, 0, time.UTC); !revs[0].Replaced.Equal(want) {
		t.Errorf("the earlier text replaced at %v, want the feed's <updated>, %v", revs[0].Replaced, want)
	}
	poll()
	mu.Lock()
	if fetched != 2 {
		t.Errorf("the page was fetched %d times, want 2 (once more for its update, not at every poll)", fetched)
	}
	// Dated as updated again, with the page as it was: the article is
	// already stored, and the item no failure.
	updated = "2026-03-03T13:00:00Z"
	mu.Unlock()
	logs := &messages{n: map[string]int{}}
	w.Log, w.Ingest.Log = slog.New(logs), slog.New(logs)
	poll()
	if _, revs := article(); len(revs) != 1 || logs.count("item not read")+logs.count("input not read") != 0 {
		t.Errorf("an update of the date alone: %d revisions, %d failures logged", len(revs), logs.count("item not read")+logs.count("input not read"))
	}
	if feeds, _ := db.Feeds(ctx); len(feeds) != 1 || feeds[0].Items != 1 {
		t.Errorf("feeds %+v, want its one item taken", feeds)
	}
}

// A feed that dates all its items anew at every poll (the time it was
// built) has them taken once: their pages are not fetched at every poll.
func TestFeedDatingItemsAnew(t *testing.T) {
	var (
		mu      sync.Mutex
		polls   int
		fetched int
	)
	_, _, poll := watchedSite(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.URL.Path == "/feed.xml" {
			polls++
			built := time.Date(2026, 3, 3, 10, polls, 0, 0, time.UTC).Format(time.RFC3339)
			w.Header().Set("Content-Type", "application/atom+xml")
			fmt.Fprintf(w, `<feed xmlns="http://www.w3.org/2005/Atom"><title>Town notes</title><id>urn:notes</id><updated>%s</updated>`, built)
			for i := range 6 {
				fmt.Fprintf(w, `<entry><id>urn:notes:%d</id><title>Note %[1]d</title><link href="http://%s/notes/%[1]d"/><published>2026-03-01T0%[1]d:00:00Z</published><updated>%[3]s</updated></entry>`,
					i+1, r.Host, built)
			}
			fmt.Fprint(w, "</feed>")
			return
		}
		fetched++
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>Note %s</title></head><body><article><h1>Note %[1]s</h1>
<p>The council of Marrowby met on Monday to hear note %[1]s of the harbour survey, which found the quay walls sound.</p>
<p>Repairs to the slipway will begin in the spring, the harbour master said, and will take about six weeks.</p></article></body></html>`, path.Base(r.URL.Path))
	})
	for range 3 {
		poll()
	}
	mu.Lock()
	defer mu.Unlock()
	if polls != 3 || fetched != 7 {
		t.Errorf("%d polls fetched %d pages, want 3 and 7 (robots.txt and each page once)", polls, fetched)
	}
}

// watchedSite serves a site whose /feed.xml is watched in a new store, due
// at every poll, and returns the store, its watcher and what polls once
// more.
func watchedSite(t *testing.T, site http.HandlerFunc) (*store.DB, *watch.Watcher, func()) {
	srv := httptest.NewServer(site)
	t.Cleanup(srv.Close)
	ctx := context.Background()
	db := storetest.Open(t, storetest.SQLite(t))
	if _, err := db.AddFeed(ctx, store.Feed{URL: srv.URL + "/feed.xml", Interval: time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	w := newWatcher(t, db)
	return db, w, func() {
		t.Helper()
		time.Sleep(5 * time.Millisecond) // the feed is due again
		if _, err := w.Once(ctx); err != nil {
			t.Fatal(err)
		}
	}
}
