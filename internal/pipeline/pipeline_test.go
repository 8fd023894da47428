package pipeline_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/brief"
	"github.com/crosscheck-news/crosscheck/internal/corroborate"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/sample"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

func open(t *testing.T) *store.DB {
	t.Helper()
	return storetest.Open(t, storetest.SQLite(t))
}

func sampleDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "sample")
	if err := sample.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestSampleCorpus(t *testing.T) { storetest.Each(t, testSampleCorpus) }

func testSampleCorpus(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	res, err := pipeline.Ingest(ctx, s, []string{sampleDir(t)}, pipeline.Options{})
	if err != nil || len(res.Errors) != 0 {
		t.Fatalf("ingest: %v %+v", err, res.Errors)
	}
	r, err := pipeline.Report(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	// Three events of several outlets, two unrelated articles.
	sizes := map[int]int{}
	for _, st := range r.Stories {
		sizes[len(st.Articles)]++
	}
	if len(r.Stories) != 5 || sizes[1] != 2 || sizes[5] != 1 || sizes[3] != 2 {
		t.Errorf("story sizes = %v", sizes)
	}
	// The planted disagreements are all found: a length, a day, a price and
	// a misattributed quote; the death toll that rose overnight is evolving.
	var disputes, evolving []string
	copies := 0
	for _, st := range r.Stories {
		for _, f := range st.Findings {
			if f.Status == model.Disputed {
				disputes = append(disputes, f.Text)
				if len(f.Values) < 2 {
					t.Errorf("disputed finding without values: %+v", f)
				}
			}
			if f.Status == model.Evolving {
				evolving = append(evolving, f.Text)
			}
			if f.Status == model.Corroborated && len(f.Articles) < 2 {
				t.Errorf("corroborated finding on one article: %+v", f)
			}
		}
	}
	for _, a := range r.Articles {
		if a.CopyOf != "" {
			copies++
		}
	}
	if len(disputes) != 5 || len(evolving) != 1 || copies != 1 {
		t.Errorf("disputes = %q (want 5), evolving = %q (want 1), copies = %d (want 1)", disputes, evolving, copies)
	}
}

// writer returns what writes a file in dir and gives its path.
func writer(t *testing.T, dir string) func(name, body string) string {
	return func(name, body string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
}

func TestIdempotentAndIncremental(t *testing.T) { storetest.Each(t, testIdempotentAndIncremental) }

func testIdempotentAndIncremental(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	write := writer(t, t.TempDir())
	a := write("a.txt", "Twelve people died when the River Wend flooded Pellham on Sunday night, officials said.\nThe mayor of Pellham said residents were evacuated from the lower town by boat.")
	b := write("b.txt", "The River Wend flood in Pellham killed 12 people on Sunday, and residents of the lower town were evacuated.")
	c := write("c.txt", "The death toll from the River Wend flood in Pellham rose to 14, police said, as residents returned to the lower town.")

	res, err := pipeline.Ingest(ctx, s, []string{a, b}, pipeline.Options{})
	if err != nil || len(res.Added) != 2 {
		t.Fatalf("first ingest: %+v %v", res, err)
	}
	before, _ := pipeline.Report(ctx, s)

	// Read again, they are known stored before they are analysed or
	// placed: no group is opened, and the clustering state is not written.
	version := func() int64 {
		var v int64
		if err := s.Update(ctx, func(tx *store.Tx) (err error) { v, err = tx.StateVersion("pipeline"); return }); err != nil {
			t.Fatal(err)
		}
		return v
	}
	v := version()
	res, err = pipeline.Ingest(ctx, s, []string{a, b}, pipeline.Options{})
	if err != nil || len(res.Added) != 0 || res.Duplicates != 2 {
		t.Fatalf("same files again: %+v %v", res, err)
	}
	if version() != v {
		t.Error("files read again wrote the clustering state")
	}
	res, err = pipeline.Ingest(ctx, s, []string{c}, pipeline.Options{CountOnly: true})
	if err != nil || res.New != 1 || len(res.Added) != 0 {
		t.Fatalf("third article, counted only: %+v %v", res, err)
	}
	after, _ := pipeline.Report(ctx, s)
	if len(before.Stories) != 1 || len(after.Stories) != 1 || after.Stories[0].ID != before.Stories[0].ID {
		t.Fatalf("stories before %+v after %+v", before.Stories, after.Stories)
	}
	if got := len(after.Stories[0].Articles); got != 3 {
		t.Errorf("story has %d articles, want 3", got)
	}
	disputed := false
	for _, f := range after.Stories[0].Findings {
		disputed = disputed || f.Status == model.Disputed
	}
	if !disputed {
		t.Errorf("the new toll should be disputed: %+v", after.Stories[0].Findings)
	}

	// A file under a stored name changed to another event is refused, and
	// nothing is lost (an update of the same event: TestUpdatedArticles).
	write("a.txt", "Entirely different text about a marathon in Tarvik, won in record time.")
	res, err = pipeline.Ingest(ctx, s, []string{a}, pipeline.Options{})
	if err != nil || len(res.Errors) != 1 {
		t.Fatalf("changed file: %+v %v", res, err)
	}
	final, _ := pipeline.Report(ctx, s)
	if len(final.Articles) != 3 {
		t.Errorf("articles = %d, want 3", len(final.Articles))
	}
}

func TestCancelledIngestStoresNothing(t *testing.T) {
	s := open(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := pipeline.Ingest(ctx, s, []string{sampleDir(t)}, pipeline.Options{}); err == nil {
		t.Fatal("want an error from a cancelled ingest")
	}
	r, err := pipeline.Report(context.Background(), s)
	if err != nil || len(r.Articles) != 0 {
		t.Errorf("articles after cancel = %d, %v", len(r.Articles), err)
	}
}

// TestRelatedEvents: events of the same actors weeks or months apart (two
// summits, a verdict and the sentencing, two launches) are separate stories
// linked in one storyline.
func TestRelatedEvents(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	path := filepath.Join("testdata", "related-events.jsonl")
	if _, err := pipeline.Ingest(ctx, s, []string{path}, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	r, err := pipeline.Report(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	// Gold labels: the event of each article, from the data file.
	data, _ := os.ReadFile(path)
	event := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var row struct{ ID, Event string }
		json.Unmarshal([]byte(line), &row)
		event[row.ID] = row.Event
	}
	storyOf, lineOf := map[string]string{}, map[string]string{}
	for _, st := range r.Stories {
		for _, id := range st.Articles {
			storyOf[id], lineOf[id] = st.ID, st.Storyline
		}
	}
	pairs := [][2]string{{"summit1-a", "summit2-a"}, {"verdict-a", "sentence-a"}, {"launch1-a", "launch2-a"}}
	for _, p := range pairs {
		if storyOf[p[0]] == storyOf[p[1]] {
			t.Errorf("%s and %s are different events but share story %s", p[0], p[1], storyOf[p[0]])
		}
		if lineOf[p[0]] == "" || lineOf[p[0]] != lineOf[p[1]] {
			t.Errorf("%s and %s should share a storyline: %q vs %q", p[0], p[1], lineOf[p[0]], lineOf[p[1]])
		}
	}
	for a, ea := range event {
		for b, eb := range event {
			if (ea == eb) != (storyOf[a] == storyOf[b]) {
				t.Errorf("%s (%s) and %s (%s): stories %s, %s", a, ea, b, eb, storyOf[a], storyOf[b])
			}
		}
	}
	lines := map[string]bool{}
	for _, l := range lineOf {
		lines[l] = true
	}
	if len(lines) != 3 {
		t.Errorf("%d storylines, want 3", len(lines))
	}
}

// TestUnspacedLanguage reads reports in Japanese, written without spaces
// between words: the two of one event are one story, summed up in their
// own sentences, each cited to both.
func TestUnspacedLanguage(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	if _, err := pipeline.Ingest(ctx, s, []string{filepath.Join("testdata", "unspaced.jsonl")}, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	r, err := pipeline.Report(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Stories) != 2 {
		t.Fatalf("%d stories, want 2 (the rain and the bakery)", len(r.Stories))
	}
	for _, st := range r.Stories {
		if len(st.Summary) == 0 {
			t.Errorf("story %v has no summary", st.Articles)
		}
		if slices.Contains(st.Articles, "rain-a") {
			if !slices.Contains(st.Articles, "rain-b") {
				t.Errorf("the two reports of the rain are apart: %v", st.Articles)
			}
			if len(st.Summary) > 0 && len(st.Summary[0].Articles) != 2 {
				t.Errorf("the rain's summary opens on %q, cited to %v, want both reports", st.Summary[0].Text, st.Summary[0].Articles)
			}
		}
	}
}

// relatedEvents are the reports of testdata/related-events.jsonl: pairs
// of related events months apart, a few reports each.
func relatedEvents(t *testing.T) []extract.Doc {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "related-events.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []extract.Doc
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var row struct{ ID, Outlet, Published, Title, Text string }
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatal(err)
		}
		p, err := time.Parse(time.RFC3339, row.Published)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, extract.Doc{ID: row.ID, Source: "related-events.jsonl", Outlet: row.Outlet, Title: row.Title, Text: row.Text, Published: &p})
	}
	return docs
}

// TestStorylinesAcrossMonths puts the related events among a stream of
// unrelated reports: stories close a month after their last report, long
// before the later event of the pair, yet the pairs share storylines, and
// keep them when the earlier stories are forgotten and read again.
func TestStorylinesAcrossMonths(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	docs := relatedEvents(t)
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	docs = append(docs, filler(from, 240, 6)...) // to the end of August
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Published.Before(*docs[j].Published) })
	if _, err := pipeline.IngestDocs(ctx, s, docs, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	pairs := [][2]string{{"summit1-a", "summit2-a"}, {"verdict-a", "sentence-a"}, {"launch1-a", "launch2-a"}}
	check := func(when string) {
		t.Helper()
		r, err := pipeline.Report(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		storyOf, lineOf := map[string]string{}, map[string]string{}
		for _, st := range r.Stories {
			for _, id := range st.Articles {
				storyOf[id], lineOf[id] = st.ID, st.Storyline
			}
		}
		for _, p := range pairs {
			if storyOf[p[0]] == storyOf[p[1]] {
				t.Errorf("%s: %s and %s are different events but share story %s", when, p[0], p[1], storyOf[p[0]])
			}
			if lineOf[p[0]] != lineOf[p[1]] {
				t.Errorf("%s: %s and %s should share a storyline: %q vs %q", when, p[0], p[1], lineOf[p[0]], lineOf[p[1]])
			}
		}
	}
	check("placed")
	// Reports from twenty months on: the clusterer forgets the events (it
	// closes stories every 1,024 placements), the store does not.
	if _, err := pipeline.IngestDocs(ctx, s, filler(from.AddDate(1, 8, 0), 300, 3), pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := pipeline.Reanalyze(ctx, s, nil); err != nil {
		t.Fatal(err)
	}
	check("forgotten and read again")
}

// filler makes perDay unrelated reports a day for days from start, each
// of its own made-up words.
func filler(start time.Time, days, perDay int) []extract.Doc {
	rng := rand.New(rand.NewPCG(uint64(start.Unix()), 2))
	syllables := []string{"ka", "lo", "mi", "ne", "ru", "ta", "vi", "so", "de", "pa", "gu", "zo", "fe", "bi"}
	word := func() string {
		var b strings.Builder
		for range 2 + rng.IntN(3) {
			b.WriteString(syllables[rng.IntN(len(syllables))])
		}
		return b.String()
	}
	var docs []extract.Doc
	for d := range days {
		for k := range perDay {
			p := start.AddDate(0, 0, d).Add(time.Duration(k) * time.Hour)
			name := strings.ToUpper(word()[:1]) + word()
			var sents []string
			for range 5 {
				var words []string
				for range 10 {
					words = append(words, word())
				}
				sents = append(sents, "The "+name+" council said the "+strings.Join(words, " ")+".")
			}
			docs = append(docs, extract.Doc{ID: fmt.Sprintf("filler-%s-%d", p.Format("20060102"), k), Source: "filler", Outlet: "Filler Daily",
				Title: name + " " + word(), Text: strings.Join(sents, " "), Published: &p})
		}
	}
	return docs
}

// An event whose first two reports share few words is two stories until a
// report that tells both arrives; the two are then one, under the older's
// ID, and the other's ID leads to it.
func TestSplitEventMerges(t *testing.T) { storetest.Each(t, testSplitEventMerges) }

func testSplitEventMerges(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	first, bridge, event := splitEvent(t)
	stories := func() map[string]string { return storyOf(t, s) }
	// Two runs: the merge is of stories placed by an earlier one.
	if _, err := pipeline.IngestDocs(ctx, s, first, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	before := stories()
	if before["blast-a"] == before["leak-b"] {
		t.Fatalf("the first two reports were grouped at once: the test shows no merge")
	}
	if _, err := pipeline.IngestDocs(ctx, s, bridge, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	after := stories()
	sameEvents(t, event, after)
	if kept, gone := before["blast-a"], before["leak-b"]; after["leak-b"] != kept {
		t.Errorf("the merged story is %s, want the older %s", after["leak-b"], kept)
	} else if into, err := s.MergedInto(ctx, gone); into != kept || err != nil {
		t.Errorf("%s leads to %q, %v; want %s", gone, into, err, kept)
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("the store after the merge: %v", err)
	}
}

// The same in one run: the merged story's articles are placed in the chunk
// that merges it.
func TestSplitEventMergesInOneRun(t *testing.T) {
	storetest.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := storetest.Open(t, dsn)
		first, bridge, event := splitEvent(t)
		if _, err := pipeline.IngestDocs(ctx, s, append(first, bridge...), pipeline.Options{}); err != nil {
			t.Fatal(err)
		}
		sameEvents(t, event, storyOf(t, s))
		if err := s.Check(ctx); err != nil {
			t.Errorf("the store after the merge: %v", err)
		}
	})
}

// sameEvents checks that reports are in one story when they are of one
// event, and only then.
func sameEvents(t *testing.T, event, story map[string]string) {
	t.Helper()
	for a, ea := range event {
		for b, eb := range event {
			if (ea == eb) != (story[a] == story[b]) {
				t.Errorf("%s (%s) and %s (%s): stories %s, %s", a, ea, b, eb, story[a], story[b])
			}
		}
	}
}

// splitEvent reads testdata/split-event.jsonl: the reports of two events,
// one of them first placed as two stories (first) until a report alike to
// both arrives (bridge), and each report's event.
func splitEvent(t *testing.T) (first, bridge []extract.Doc, event map[string]string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "split-event.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	event = map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var row struct {
			ID, Event, Title, Text string
		}
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatal(err)
		}
		event[row.ID] = row.Event
		d := extract.Doc{ID: row.ID, Source: "split-event.jsonl", Title: row.Title, Text: row.Text}
		if row.ID == "both-c" {
			bridge = append(bridge, d)
		} else {
			first = append(first, d)
		}
	}
	return first, bridge, event
}

// storyOf maps each stored article to its story.
func storyOf(t *testing.T, s *store.DB) map[string]string {
	t.Helper()
	r, err := pipeline.Report(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	of := map[string]string{}
	for _, st := range r.Stories {
		for _, id := range st.Articles {
			of[id] = st.ID
		}
	}
	return of
}

func TestEarliestCopyIsOriginal(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	dir := t.TempDir()
	body := "The council of Port Elin approved the harbour plan on Tuesday after a four-hour debate.\nThe plan includes a breakwater and a ferry terminal over three years.\nOpponents said it would cost more than the council had admitted."
	write := func(name, id, published string) string {
		rec, _ := json.Marshal(map[string]string{"id": id, "published": published, "text": body})
		p := filepath.Join(dir, name)
		os.WriteFile(p, rec, 0o644)
		return p
	}
	late := write("late.json", "late", "2026-03-05T10:00:00Z")
	early := write("early.json", "early", "2026-03-04T10:00:00Z")
	later := write("later.json", "later", "2026-03-06T10:00:00Z")
	for _, p := range []string{late, early, later} { // separate ingests: provenance survives the store
		if _, err := pipeline.Ingest(ctx, s, []string{p}, pipeline.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	r, _ := pipeline.Report(ctx, s)
	copyOf, copies := map[string]string{}, map[string][]string{}
	for _, a := range r.Articles {
		copyOf[a.ID], copies[a.ID] = a.CopyOf, a.Copies
	}
	if copyOf["early"] != "" || copyOf["late"] != "early" || copyOf["later"] != "early" {
		t.Errorf("copy_of = %v, want early as the original", copyOf)
	}
	if strings.Join(copies["early"], ",") != "late,later" {
		t.Errorf("copies of early = %v", copies["early"])
	}
	if len(r.Stories) != 1 {
		t.Errorf("%d stories, want 1", len(r.Stories))
	}
}

// TestCommitGroups: committing in many small groups gives the same stories
// as one transaction.
func TestCommitGroups(t *testing.T) {
	ctx := context.Background()
	dir := sampleDir(t)
	var reports []string
	for _, opt := range []pipeline.Options{{}, {ChunkSize: 2, CommitChunks: 2}} {
		s := open(t)
		if _, err := pipeline.Ingest(ctx, s, []string{dir}, opt); err != nil {
			t.Fatal(err)
		}
		r, err := pipeline.Report(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		js, _ := json.Marshal(r.Stories)
		reports = append(reports, string(js))
	}
	if reports[0] != reports[1] {
		t.Errorf("stories differ between one transaction and groups of 4 articles")
	}
}

// TestComposedOnce: a story whose reports come in several commit groups
// in a row is composed once, after the first group that does not touch
// it or at the run's end, not at each group it grows in.
func TestComposedOnce(t *testing.T) {
	ctx := context.Background()
	docs := relatedEvents(t)
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Published.Before(*docs[j].Published) })
	var logged strings.Builder
	s := open(t)
	opt := pipeline.Options{ChunkSize: 1, CommitChunks: 1, Log: slog.New(slog.NewJSONHandler(&logged, nil))}
	if _, err := pipeline.IngestDocs(ctx, s, docs, opt); err != nil {
		t.Fatal(err)
	}
	composed := 0
	for line := range strings.Lines(logged.String()) {
		var rec struct {
			Msg    string
			Stored int
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Msg == "stories composed" {
			composed += rec.Stored
		}
	}
	stories, err := s.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) < 2 || composed != len(stories) {
		t.Errorf("%d stories of %d reports composed %d times, want once each", len(stories), len(docs), composed)
	}
}

// Several processes placing articles at once, each given most of the same
// documents in its own order, store each article once, in one story, and
// make the stories one process makes: no event is split because two
// processes each started a story for it.
func TestConcurrentWriters(t *testing.T) { storetest.Each(t, testConcurrentWriters) }

func testConcurrentWriters(t *testing.T, dsn string) {
	ctx := context.Background()
	related := filepath.Join("testdata", "related-events.jsonl")
	var docs []extract.Doc
	r := ingest.Reader{
		Doc:  func(d extract.Doc) { docs = append(docs, d) },
		Fail: func(source string, err error) { t.Fatalf("%s: %v", source, err) },
	}
	r.Read([]string{sampleDir(t), related})

	const workers = 4
	added := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		var mine []extract.Doc
		for i := range docs {
			if j := (i + w*len(docs)/workers) % len(docs); j%workers != w {
				mine = append(mine, docs[j])
			}
		}
		s := storetest.Open(t, dsn) // a connection pool of its own, as a process has
		wg.Go(func() {
			// One article per transaction: as many interleavings as can be.
			res, err := pipeline.IngestDocs(ctx, s, mine, pipeline.Options{ChunkSize: 1, CommitChunks: 1})
			if err != nil || len(res.Errors) > 0 {
				t.Errorf("worker %d: %v %+v", w, err, res.Errors)
			}
			added[w] = len(res.Added)
		})
	}
	wg.Wait()

	s := storetest.Open(t, dsn)
	// Each writer composes the stories it marked, or leaves one to the
	// writer that marked it again meanwhile: none is left.
	if ids, err := s.PendingStories(ctx, time.Time{}); len(ids) > 0 || err != nil {
		t.Errorf("stories left to compose: %v %v", ids, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
	rep, err := pipeline.Report(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if total := added[0] + added[1] + added[2] + added[3]; total != len(docs) || len(rep.Articles) != len(docs) {
		t.Fatalf("%d documents: %d added by the workers, %d stored", len(docs), total, len(rep.Articles))
	}
	// Gold events: the sample's directories (each of "other" alone), and
	// the related events' labels.
	gold := map[string]string{}
	data, _ := os.ReadFile(related)
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var row struct{ ID, Event string }
		json.Unmarshal([]byte(line), &row)
		gold[row.ID] = row.Event
	}
	for _, a := range rep.Articles {
		if _, ok := gold[a.ID]; !ok {
			if dir := filepath.Base(filepath.Dir(a.Source)); dir != "other" {
				gold[a.ID] = dir
			} else {
				gold[a.ID] = a.ID
			}
		}
	}
	storyOf := map[string]string{}
	for _, st := range rep.Stories {
		for _, id := range st.Articles {
			if storyOf[id] != "" {
				t.Errorf("article %s is in stories %s and %s", id, storyOf[id], st.ID)
			}
			storyOf[id] = st.ID
		}
	}
	for a, ea := range gold {
		if storyOf[a] == "" {
			t.Errorf("article %s is in no story", a)
		}
		for b, eb := range gold {
			if (ea == eb) != (storyOf[a] == storyOf[b]) {
				t.Errorf("%s (%s) and %s (%s): stories %s, %s", a, ea, b, eb, storyOf[a], storyOf[b])
			}
		}
	}
}

func TestReanalyze(t *testing.T) { storetest.Each(t, testReanalyze) }

// testReanalyze stores the sample as an older version might have left it
// (every story without findings; every analysis empty too, where that
// version read articles otherwise) and brings it up to this one: articles
// are read again only where the analysis differs.
func testReanalyze(t *testing.T, dsn string) {
	for _, tc := range []struct {
		name     string
		versions map[string]int
		read     bool // the articles were read by another analysis
	}{
		{"read by another analysis", map[string]int{"version": analyze.Version - 1}, true},
		{"composed before its versions were kept", map[string]int{"version": analyze.Version}, false},
		{"other findings", map[string]int{"version": analyze.Version, "findings": corroborate.Version - 1, "brief": brief.Version}, false},
		{"another brief", map[string]int{"version": analyze.Version, "findings": corroborate.Version, "brief": brief.Version + 1}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t, dsn)
			if _, err := pipeline.Ingest(ctx, s, []string{sampleDir(t)}, pipeline.Options{}); err != nil {
				t.Fatal(err)
			}
			want, err := pipeline.Report(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			fresh, err := s.Analyses(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if stale, err := pipeline.Stale(ctx, s); stale || err != nil {
				t.Errorf("a store just made is stale: %v %v", stale, err)
			}
			read := 0 // articles to read again
			if tc.read {
				read = len(want.Articles)
			}
			err = s.Update(ctx, func(tx *store.Tx) error {
				if _, err := tx.PutState("analysis", tc.versions); err != nil {
					return err
				}
				for _, a := range want.Articles[:read] {
					if err := tx.PutAnalysis(a.ID, json.RawMessage(`{}`)); err != nil {
						return err
					}
				}
				for _, st := range want.Stories {
					if err := tx.PutStories(model.Story{ID: st.ID, Storyline: st.Storyline, Articles: st.Articles, Title: "stale"}); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if stale, err := pipeline.Stale(ctx, s); !stale || err != nil {
				t.Errorf("a store made by another version is not stale: %v %v", stale, err)
			}
			articles, stories, err := pipeline.Reanalyze(ctx, s, nil)
			if err != nil || articles != read || stories != len(want.Stories) {
				t.Fatalf("Reanalyze = %d articles, %d stories, %v; want %d, %d", articles, stories, err, read, len(want.Stories))
			}
			if stale, err := pipeline.Stale(ctx, s); stale || err != nil {
				t.Errorf("a store brought up to date is stale: %v %v", stale, err)
			}
			got, err := pipeline.Report(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			g, _ := json.Marshal(got.Stories)
			w, _ := json.Marshal(want.Stories)
			if string(g) != string(w) {
				t.Errorf("stories after Reanalyze differ from a fresh ingest's:\n%s\nwant\n%s", g, w)
			}
			again, err := s.Analyses(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for id, a := range fresh {
				if string(again[id]) != string(a) {
					t.Errorf("analysis of %s after Reanalyze differs from a fresh ingest's", id)
				}
			}
		})
	}
}

func TestReanalyzeAfterMerge(t *testing.T) { storetest.Each(t, testReanalyzeAfterMerge) }

// testReanalyzeAfterMerge merges two stories while Reanalyze is between
// groups, after it has listed them: the merged story is not made again.
func testReanalyzeAfterMerge(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	first, bridge, _ := splitEvent(t)
	if _, err := pipeline.IngestDocs(ctx, s, first, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	before := storyOf(t, s)
	gone := before["leak-b"]
	defer pipeline.SetReanalyzeGroup(1)()
	merged := false
	_, stories, err := pipeline.Reanalyze(ctx, s, func(_, stories int) {
		if merged {
			return
		}
		merged = true
		if _, err := pipeline.IngestDocs(ctx, s, bridge, pipeline.Options{}); err != nil {
			t.Fatal(err)
		}
		if into, err := s.MergedInto(ctx, gone); err != nil {
			t.Fatalf("no merge while reanalysing (%v): the test shows nothing", err)
		} else if into != before["blast-a"] {
			t.Fatalf("%s merged into %s, want %s", gone, into, before["blast-a"])
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Story(ctx, gone); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("the merged story %s is stored again (%v)", gone, err)
	}
	if listed := len(slices.Compact(slices.Sorted(maps.Values(before)))); stories != listed-1 {
		t.Errorf("Reanalyze says %d stories, want %d: the merged one is not made again", stories, listed-1)
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("the store after Reanalyze: %v", err)
	}
}

func TestRemove(t *testing.T) { storetest.Each(t, testRemove) }

// testRemove takes articles out of the sample's stories: an original with a
// copy, the one report of a rival value, a story's only article, and an ID
// never stored; then adds them again.
func testRemove(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	dir := sampleDir(t)
	if _, err := pipeline.Ingest(ctx, s, []string{dir}, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	before, copies := storyOf(t, s), copyOf(t, s)
	flood, talks, marathon := before["river-valley-news"], before["meridian-wire"], before["tarvik-marathon"]
	disputedDay := func() bool {
		st, err := s.Story(ctx, flood)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range st.Findings {
			if f.Status == model.Disputed && strings.Contains(f.Text, "day of the flood") {
				return true
			}
		}
		return false
	}
	if !disputedDay() {
		t.Fatal("the sample's flood story should dispute the day")
	}

	res, err := pipeline.Remove(ctx, s, []string{"meridian-wire", "river-valley-news", "tarvik-marathon", "no-such-article"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 3 || len(res.Errors) != 1 || res.Errors[0].Source != "no-such-article" {
		t.Errorf("removed %v, errors %+v", res.Articles, res.Errors)
	}
	if !slices.Equal(res.Deleted, []string{marathon}) || len(res.Rebuilt) != 2 {
		t.Errorf("deleted %v (want %s), rebuilt %v", res.Deleted, marathon, res.Rebuilt)
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("the store after removing: %v", err)
	}
	after := storyOf(t, s)
	if len(after) != len(before)-3 || after["coastal-herald"] != talks {
		t.Errorf("stories after removing: %v", after)
	}
	if _, err := s.Story(ctx, marathon); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("the emptied story: %v, want not found", err)
	}
	if a, err := s.Article(ctx, "coastal-herald"); err != nil || a.Article.CopyOf != "" {
		t.Errorf("the copy left should be the original: %+v %v", a.Article.CopyOf, err)
	}
	if disputedDay() {
		t.Error("with its one rival report removed, the day is no longer disputed")
	}

	// Added again, each goes back where it was: the clustering state still
	// knows the stories left, and the copy index the text left.
	res2, err := pipeline.Ingest(ctx, s, []string{dir}, pipeline.Options{})
	if err != nil || res2.New != 3 {
		t.Fatalf("ingest again: %d new, %v", res2.New, err)
	}
	if again := storyOf(t, s); !maps.Equal(again, before) {
		t.Errorf("stories after adding back:\n got %v\nwant %v", again, before)
	}
	// Published first, the wire's text is the original again.
	if got := copyOf(t, s); !maps.Equal(got, copies) {
		t.Errorf("copies after adding back: %v, want %v", got, copies)
	}
	if !disputedDay() {
		t.Error("the rival report added back disputes the day again")
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("the store after adding back: %v", err)
	}

	// A whole story goes with its articles.
	res, err = pipeline.RemoveStories(ctx, s, []string{flood, "no-such-story"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 3 || !slices.Equal(res.Deleted, []string{flood}) || len(res.Rebuilt) != 0 || len(res.Errors) != 1 {
		t.Errorf("removing the flood story: %+v", res)
	}
	for id, st := range storyOf(t, s) {
		if st == flood {
			t.Errorf("%s is still in the removed story", id)
		}
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("the store after removing a story: %v", err)
	}
}

// copyOf maps each stored copy to its original.
func copyOf(t *testing.T, s *store.DB) map[string]string {
	t.Helper()
	r, err := pipeline.Report(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	of := map[string]string{}
	for _, a := range r.Articles {
		if a.CopyOf != "" {
			of[a.ID] = a.CopyOf
		}
	}
	return of
}
