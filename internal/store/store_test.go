package store_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

func TestRoundTrip(t *testing.T) { storetest.Each(t, testRoundTrip) }

// Articles stored in one call, more than one statement takes, keep their
// order, and a failing one names itself and stores none of its call.
func TestPutArticles(t *testing.T) {
	storetest.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var recs []store.Record
		var ids []string
		for i := range 150 {
			id := fmt.Sprintf("a%03d", 149-i) // stored in the reverse of their IDs' order
			ids = append(ids, id)
			recs = append(recs, store.Record{Article: model.Article{ID: id, Hash: "h" + id, Source: id + ".txt", Paragraphs: []string{"P " + id}}, Story: "s1", Analysis: []byte(`{}`)})
		}
		if err := s.Update(ctx, func(tx *store.Tx) error { return tx.PutArticles(recs...) }); err != nil {
			t.Fatal(err)
		}
		arts, err := s.Articles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range arts {
			got = append(got, a.ID)
		}
		if !slices.Equal(got, ids) {
			t.Errorf("articles in the order %v, want %v", got, ids)
		}
		// Looked up a part at a time: more IDs than a statement takes.
		lookup := slices.Clone(ids)
		for i := range 1000 {
			lookup = append(lookup, fmt.Sprintf("b%d", i))
		}
		hashes, err := s.Hashes(ctx, lookup)
		if len(hashes) != len(ids) || hashes["a000"] != "ha000" || hashes["a149"] != "ha149" || err != nil {
			t.Errorf("Hashes = %d of them, %v", len(hashes), err)
		}
		// One article already stored among new ones.
		again := []store.Record{
			{Article: model.Article{ID: "b1", Hash: "hb1"}, Story: "s2", Analysis: []byte(`{}`)},
			{Article: model.Article{ID: "a007", Hash: "x"}, Story: "s2", Analysis: []byte(`{}`)},
		}
		err = s.Update(ctx, func(tx *store.Tx) error { return tx.PutArticles(again...) })
		if err == nil || !strings.Contains(err.Error(), "b1 to a007") {
			t.Errorf("storing a stored ID again: %v", err)
		}
		if n, _ := s.Hashes(ctx, []string{"b1"}); len(n) != 0 {
			t.Errorf("the failed call stored %v", n)
		}
	})
}

func testRoundTrip(t *testing.T, dsn string) {
	ctx := context.Background()
	path := dsn
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	a := model.Article{ID: "a1", Hash: "h1", Source: "a1.txt", Outlet: "Courier", Author: "Ann Lee", Title: "T", Published: &pub, Paragraphs: []string{"One.", "Two."}}
	err = s.Update(ctx, func(tx *store.Tx) error {
		if err := tx.PutArticles(store.Record{Article: a, Story: "s1", Analysis: []byte(`{"x":1}`)}); err != nil {
			return err
		}
		if err := tx.PutStories(model.Story{ID: "s1", Title: "Story", Articles: []string{"a1"}}); err != nil {
			return err
		}
		_, err := tx.PutState("k", map[string]int{"n": 3})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// A failed update changes nothing.
	boom := errors.New("boom")
	err = s.Update(ctx, func(tx *store.Tx) error {
		tx.PutArticles(store.Record{Article: model.Article{ID: "a2", Hash: "h2"}, Story: "s1", Analysis: []byte(`{}`)})
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	s.Close()

	s, err = store.Open(ctx, path) // reopening runs no migration twice
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	arts, err := s.Articles(ctx)
	if err != nil || len(arts) != 1 || arts[0].Outlet != "Courier" || arts[0].Author != "Ann Lee" || !arts[0].Published.Equal(pub) {
		t.Fatalf("articles = %+v, %v", arts, err)
	}
	st, err := s.Story(ctx, "s1")
	if err != nil || st.Title != "Story" {
		t.Fatalf("story = %+v, %v", st, err)
	}
	if _, err := s.Story(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing story: %v", err)
	}
	err = s.Update(ctx, func(tx *store.Tx) error {
		var state map[string]int
		if err := tx.State("k", &state); err != nil || state["n"] != 3 {
			t.Errorf("state = %v, %v", state, err)
		}
		recs, err := tx.StoryRecords("s1")
		if err != nil || len(recs) != 1 || len(recs[0].Article.Paragraphs) != 2 || recs[0].Article.Author != "Ann Lee" || string(recs[0].Analysis) != `{"x":1}` {
			t.Errorf("records = %+v, %v", recs, err)
		}
		// Composing a story reads the analyses without the text.
		recs, err = tx.StoryAnalyses("s1")
		if err != nil || len(recs) != 1 || recs[0].Article.Paragraphs != nil || recs[0].Article.Title != "T" || string(recs[0].Analysis) != `{"x":1}` {
			t.Errorf("analyses = %+v, %v", recs, err)
		}
		hashes, err := tx.Hashes([]string{"a1", "a9"})
		if !maps.Equal(hashes, map[string]string{"a1": "h1"}) || err != nil {
			t.Errorf("Hashes = %v %v", hashes, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestMergeStory(t *testing.T) { storetest.Each(t, testMergeStory) }

func testMergeStory(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	words := map[string]string{"s1": "harbour", "s2": "lighthouse", "s3": "ferry"}
	lines := map[string]string{"s1": "s1", "s2": "s2", "s3": "s2"} // s3 follows on from s2
	put := func(tx *store.Tx, ids ...string) error {
		var sts []model.Story
		for _, id := range ids {
			recs, err := tx.StoryAnalyses(id)
			if err != nil {
				return err
			}
			st := model.Story{ID: id, Title: "Story " + id, Storyline: lines[id], Entities: []model.Entity{{Name: "Name " + id, Type: model.Person}}}
			for _, r := range recs {
				st.Articles = append(st.Articles, r.Article.ID)
			}
			sts = append(sts, st)
		}
		return tx.PutStories(sts...)
	}
	err := s.Update(ctx, func(tx *store.Tx) error {
		for i, id := range []string{"s1", "s2", "s3"} {
			a := model.Article{ID: fmt.Sprintf("a%d", i+1), Hash: id, Paragraphs: []string{"The " + words[id] + " reopened."}}
			if err := tx.PutArticles(store.Record{Article: a, Story: id, Analysis: []byte(`{}`)}); err != nil {
				return err
			}
		}
		if err := put(tx, "s1", "s2", "s3"); err != nil {
			return err
		}
		// s2 goes into s1, which is composed again, as the pipeline does.
		if err := tx.MergeStory("s2", "s1"); err != nil {
			return err
		}
		if err := tx.JoinStorylines("s2", "s1"); err != nil {
			return err
		}
		lines["s2"], lines["s3"] = "s1", "s1"
		return put(tx, "s1")
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Story(ctx, "s2"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("the merged story is still there: %v", err)
	}
	if st, err := s.Story(ctx, "s1"); err != nil || !slices.Equal(st.Articles, []string{"a1", "a2"}) {
		t.Errorf("s1 = %+v, %v; want a1 and a2", st, err)
	}
	if into, err := s.MergedInto(ctx, "s2"); into != "s1" || err != nil {
		t.Errorf("s2 merged into %q, %v", into, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Errorf("the store after the merge: %v", err)
	}
	if _, err := s.MergedInto(ctx, "s3"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("s3 was not merged: %v", err)
	}
	// Searches, names and lists know only the stories that are.
	list := func(q store.StoryQuery) []string {
		page, _, err := s.ListStories(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, st := range page {
			ids = append(ids, st.ID)
		}
		slices.Sort(ids)
		return ids
	}
	if got := list(store.StoryQuery{}); !slices.Equal(got, []string{"s1", "s3"}) {
		t.Errorf("stories %v", got)
	}
	if got := list(store.StoryQuery{Storyline: "s1"}); !slices.Equal(got, []string{"s1", "s3"}) {
		t.Errorf("storyline s1: %v", got)
	}
	if st, err := s.Story(ctx, "s3"); err != nil || st.Storyline != "s1" || st.Title != "Story s3" {
		t.Errorf("s3 = %+v, %v; want it in storyline s1", st, err)
	}
	if got := list(store.StoryQuery{Search: "lighthouse"}); !slices.Equal(got, []string{"s1"}) {
		t.Errorf("a search for the merged story's words finds %v", got)
	}
	if got := list(store.StoryQuery{Entity: "Name s2"}); got != nil {
		t.Errorf("the merged story's names find %v", got)
	}
	// A merge of the story merged into leads both to the last.
	if err := s.Update(ctx, func(tx *store.Tx) error { return tx.MergeStory("s1", "s3") }); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"s1", "s2"} {
		if into, err := s.MergedInto(ctx, id); into != "s3" || err != nil {
			t.Errorf("%s merged into %q, %v; want s3", id, into, err)
		}
	}
}

// EachArticle reads a store of several pages in the order stored, and
// stops when asked to.
func TestEachArticle(t *testing.T) { storetest.Each(t, testEachArticle) }

func testEachArticle(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	const n = 600 // more than two pages
	var want []string
	err := s.Update(ctx, func(tx *store.Tx) error {
		for i := range n {
			a := model.Article{ID: fmt.Sprintf("a%03d", n-i), Hash: fmt.Sprint(i), Paragraphs: []string{"One.", fmt.Sprint(i)}}
			want = append(want, a.ID)
			if err := tx.PutArticles(store.Record{Article: a, Story: "s1", Analysis: []byte(`{}`)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for r, err := range s.EachArticle(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if r.Story != "s1" || len(r.Article.Paragraphs) != 2 || r.Analysis != nil {
			t.Fatalf("record %+v", r)
		}
		got = append(got, r.Article.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("read %d articles, want %d in the order stored", len(got), len(want))
	}
	got = got[:0]
	for r := range s.EachArticle(ctx) {
		if got = append(got, r.Article.ID); len(got) == 3 {
			break
		}
	}
	if !slices.Equal(got, want[:3]) {
		t.Errorf("stopped after three: %v", got)
	}
}

// A state this process stored is handed back, not read again, until
// another process (here another handle on the same store) stores one, or
// the transaction that stored it is rolled back.
func TestStateKept(t *testing.T) { storetest.Each(t, testStateKept) }

func testStateKept(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	type value struct{ M map[string]int }
	put := func(db *store.DB, v *value, commit bool) {
		t.Helper()
		tx, err := db.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.PutState("k", v); err != nil {
			t.Fatal(err)
		}
		if commit {
			err = tx.Commit()
		} else {
			err = tx.Rollback()
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	get := func(db *store.DB) *value {
		t.Helper()
		var v value
		if err := db.Update(ctx, func(tx *store.Tx) error { return tx.State("k", &v) }); err != nil {
			t.Fatal(err)
		}
		return &v
	}
	same := func(a, b *value) bool { return reflect.ValueOf(a.M).Pointer() == reflect.ValueOf(b.M).Pointer() }

	mine := &value{M: map[string]int{"n": 1}}
	put(s, mine, true)
	got := get(s)
	if !same(got, mine) || got.M["n"] != 1 {
		t.Errorf("the state stored was not handed back: %v", got.M)
	}
	if again := get(s); same(again, mine) || again.M["n"] != 1 {
		t.Errorf("a state handed over was handed over again, or read wrong: %v", again.M)
	}

	// Rolled back: the stored state is read.
	put(s, &value{M: map[string]int{"n": 2}}, false)
	if got := get(s); got.M["n"] != 1 {
		t.Errorf("after a rollback: %v, want n 1", got.M)
	}

	// Stored by another handle: read, not this process's older one.
	put(s, &value{M: map[string]int{"n": 3}}, true)
	other := storetest.Open(t, dsn)
	put(other, &value{M: map[string]int{"n": 4}}, true)
	if got := get(s); got.M["n"] != 4 {
		t.Errorf("after another's write: %v, want n 4", got.M)
	}

	// A state read and kept is handed back as if stored, until another
	// process stores one.
	read := &value{M: map[string]int{"n": 5}}
	if err := s.Update(ctx, func(tx *store.Tx) error { return tx.KeepState("k", read) }); err != nil {
		t.Fatal(err)
	}
	if got := get(s); !same(got, read) {
		t.Errorf("a state kept was not handed back: %v", got.M)
	}
	if err := s.Update(ctx, func(tx *store.Tx) error { return tx.KeepState("k", read) }); err != nil {
		t.Fatal(err)
	}
	put(other, &value{M: map[string]int{"n": 6}}, true)
	if got := get(s); got.M["n"] != 6 {
		t.Errorf("a state kept before another's write was handed back: %v, want n 6", got.M)
	}
}

// Rows are stored, replaced and deleted one by one, each key's apart, and
// a failed row leaves the transaction to be rolled back whole.
func TestStateRows(t *testing.T) { storetest.Each(t, testStateRows) }

func testStateRows(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	put := func(key string, rows map[string]any) error {
		return s.Update(ctx, func(tx *store.Tx) error { return tx.PutStateRows(key, rows) })
	}
	read := func(key string) map[string]string {
		t.Helper()
		got := map[string]string{}
		err := s.Update(ctx, func(tx *store.Tx) error {
			return tx.StateRows(key, func(id string, v []byte) error {
				got[id] = string(v)
				return nil
			})
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	many := map[string]any{}
	for i := range 250 { // more than one statement's rows
		many[fmt.Sprintf("r%03d", i)] = i
	}
	if err := put("a", many); err != nil {
		t.Fatal(err)
	}
	if err := put("b", map[string]any{"r001": "other key"}); err != nil {
		t.Fatal(err)
	}
	change := map[string]any{"r000": nil, "r001": []int{1, 2}, "new": true, "absent": nil}
	for i := 100; i < 200; i++ {
		change[fmt.Sprintf("r%03d", i)] = nil
	}
	if err := put("a", change); err != nil {
		t.Fatal(err)
	}
	got := read("a")
	if len(got) != 150 || got["r001"] != "[1,2]" || got["new"] != "true" || got["r002"] != "2" || got["r249"] != "249" {
		t.Errorf("rows after changes: %d, r001 %q, new %q, r002 %q, r249 %q", len(got), got["r001"], got["new"], got["r002"], got["r249"])
	}
	for _, gone := range []string{"r000", "r100", "r199", "absent"} {
		if _, ok := got[gone]; ok {
			t.Errorf("row %s not deleted", gone)
		}
	}
	if b := read("b"); len(b) != 1 || b["r001"] != `"other key"` {
		t.Errorf("another key's rows: %v", b)
	}
	// The first statements run before the value that fails.
	bad := map[string]any{"r002": nil, "zz": math.NaN()}
	for i := range 100 {
		bad[fmt.Sprintf("x%03d", i)] = i
	}
	if err := put("a", bad); err == nil {
		t.Error("a value JSON cannot hold was stored")
	}
	if got := read("a"); got["r002"] != "2" || got["x000"] != "" {
		t.Errorf("a failed change was kept in part: r002 %q, x000 %q", got["r002"], got["x000"])
	}
}
