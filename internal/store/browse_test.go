package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

func TestListStories(t *testing.T) { storetest.Each(t, testListStories) }

func testListStories(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	day := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	// Story i has i+1 articles from i+1 outlets on day i; story 2 has a copy.
	err := s.Update(ctx, func(tx *store.Tx) error {
		for i := range 3 {
			story := fmt.Sprintf("s%d", i)
			var ids []string
			for j := range i + 1 {
				pub := day.AddDate(0, 0, i)
				a := model.Article{ID: fmt.Sprintf("a%d%d", i, j), Hash: fmt.Sprintf("h%d%d", i, j), Outlet: fmt.Sprintf("Outlet %d", j),
					Title: fmt.Sprintf("Title %d", i), Published: &pub, Paragraphs: []string{fmt.Sprintf("Harbour story number%d text.", i)}}
				if i == 2 && j == 2 {
					a.CopyOf, a.Outlet = "a20", "Outlet 0"
				}
				if err := tx.PutArticles(store.Record{Article: a, Story: story, Analysis: []byte(`{}`)}); err != nil {
					return err
				}
				ids = append(ids, a.ID)
			}
			st := model.Story{ID: story, Title: fmt.Sprintf("Title %d", i), Articles: ids, Storyline: "s" + fmt.Sprint(min(i, 1)),
				Entities: []model.Entity{{Name: "Ruth Alder", Type: model.Person}, {Name: fmt.Sprintf("Place %d", i), Type: model.Place}}}
			if i == 1 {
				st.Findings = []model.Finding{{Status: model.Disputed}, {Status: model.Corroborated}}
			}
			if err := tx.PutStories(st); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(page []store.StorySummary) string {
		var out []string
		for _, st := range page {
			out = append(out, st.ID)
		}
		return strings.Join(out, ",")
	}
	tests := []struct {
		q    store.StoryQuery
		want string
		more bool
	}{
		{store.StoryQuery{}, "s2,s1,s0", false},
		{store.StoryQuery{Limit: 2}, "s2,s1", true},
		{store.StoryQuery{Limit: 2, Offset: 2}, "s0", false},
		{store.StoryQuery{Search: "number1"}, "s1", false},
		{store.StoryQuery{Search: "harbour numb"}, "s2,s1,s0", false}, // the last word is a prefix
		{store.StoryQuery{Search: `"harbour* AND (`}, "", false},      // AND is a word here, not an operator
		{store.StoryQuery{Search: `harbour*"(`}, "s2,s1,s0", false},
		{store.StoryQuery{Search: `"(*`}, "", false},
		{store.StoryQuery{Outlet: "Outlet 1"}, "s2,s1", false},
		{store.StoryQuery{Entity: "Place 0"}, "s0", false},
		{store.StoryQuery{Storyline: "s1"}, "s1,s2", false}, // oldest first
		{store.StoryQuery{Entity: "Ruth Alder", Search: "number2"}, "s2", false},
		{store.StoryQuery{Disputed: true}, "s1", false},
		{store.StoryQuery{Disputed: true, Outlet: "Outlet 2"}, "", false},
	}
	for _, tt := range tests {
		page, more, err := s.ListStories(ctx, tt.q)
		if err != nil || ids(page) != tt.want || more != tt.more {
			t.Errorf("%+v: %s more=%v (%v), want %s more=%v", tt.q, ids(page), more, err, tt.want, tt.more)
		}
	}
	// A story is searched by its articles' words as it is now: once, with
	// the words of an article added since.
	err = s.Update(ctx, func(tx *store.Tx) error {
		a := model.Article{ID: "a01", Hash: "h01", Title: "Title 0", Paragraphs: []string{"A lighthouse keeper of Ærøskøbing spoke to the U.S. coast-guard.",
			"灯台守は東京都の港で話した。", "서울시는 항구를 다시 열었다.",
			strings.Repeat("x", 3000) + " 3.5%"}} // a word longer than a search word may be
		if err := tx.PutArticles(store.Record{Article: a, Story: "s0", Analysis: []byte(`{}`)}); err != nil {
			return err
		}
		return tx.PutStories(model.Story{ID: "s0", Title: "Title 0", Articles: []string{"a00", "a01"}, Storyline: "s0",
			Entities: []model.Entity{{Name: "Ruth Alder", Type: model.Person}, {Name: "Place 0", Type: model.Place}}})
	})
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{"lighthouse": "s0", "harbour": "s2,s1,s0", "number0": "s0",
		"ærøskøbing": "s0", "ÆRØSKØBING": "s0", "U.S. coast": "s0", "guard": "s0", "coast-guard": "s0", "3.5": "s0",
		// Chinese and Japanese are found inside a run, in order, the last
		// pair as a prefix.
		"京都": "s0", "東京都": "s0", "港で話": "s0", "都東京": "", "東京 港": "s0", "灯台守は東": "s0", "香港": "",
		// Korean inside a word that carries a particle, not only as its start.
		"서울시 항구": "s0", "울시": "s0", "항구 서울": "s0"} {
		if page, _, err := s.ListStories(ctx, store.StoryQuery{Search: q}); ids(page) != want {
			t.Errorf("search %q after an update: %s (%v), want %s", q, ids(page), err, want)
		}
	}
	page, _, _ := s.ListStories(ctx, store.StoryQuery{Limit: 1})
	if st := page[0]; st.Articles != 3 || st.Outlets != 2 || st.Originals != 2 || !st.Latest.Equal(day.AddDate(0, 0, 2)) ||
		time.Since(st.Updated) > time.Hour {
		t.Errorf("summary %+v", st)
	}
	if page, _, _ := s.ListStories(ctx, store.StoryQuery{Search: "number1"}); page[0].Disputed != 1 {
		t.Errorf("disputed %+v", page[0])
	}
	// Every story, in the order they began, with the counts of its story.
	all, err := s.Summaries(ctx)
	var counts []string
	for _, st := range all {
		counts = append(counts, fmt.Sprintf("%s:%d:%d:%s", st.ID, st.Articles, st.Disputed, st.Storyline))
	}
	if got, want := strings.Join(counts, ","), "s0:2:0:s0,s1:2:1:s1,s2:3:0:s1"; err != nil || got != want {
		t.Errorf("summaries %s (%v), want %s", got, err, want)
	}
	ents, _, err := s.Entities(ctx, "R", 10, 0)
	if err != nil || len(ents) != 1 || ents[0] != (store.Count{Name: "Ruth Alder", Type: model.Person, Stories: 3}) {
		t.Errorf("entities %+v, %v", ents, err)
	}
	outs, more, err := s.Outlets(ctx, "", 1, 0)
	if err != nil || !more || outs[0] != (store.Count{Name: "Outlet 0", Stories: 3}) {
		t.Errorf("outlets %+v, %v, %v", outs, more, err)
	}
	if _, _, err := s.Outlets(ctx, "50%_", 10, 0); err != nil {
		t.Error(err)
	}
}

// A store made before Chinese, Japanese and Korean were indexed in pairs
// of characters is indexed again when it is opened.
func TestSpacedIndexMigration(t *testing.T) { storetest.Each(t, testSpacedIndexMigration) }

func testSpacedIndexMigration(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	err := s.Update(ctx, func(tx *store.Tx) error {
		for i, text := range []string{"灯台守は東京都の港で話した。", "The harbour reopened.", "서울시는 항구를 다시 열었다. 서울洞"} {
			a := model.Article{ID: fmt.Sprint("a", i), Hash: fmt.Sprint("h", i), Title: "Title", Paragraphs: []string{text}}
			if err := tx.PutArticles(store.Record{Article: a, Story: fmt.Sprint("s", i), Analysis: []byte(`{}`)}); err != nil {
				return err
			}
			if err := tx.PutStories(model.Story{ID: fmt.Sprint("s", i), Title: "Title", Articles: []string{a.ID}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Index the stories as the version before this one did: each run of
	// Chinese, Japanese or Korean a word.
	undo := []string{`DELETE FROM stories_fts;
		INSERT INTO stories_fts (rowid, title, body) SELECT n, title,
			(SELECT group_concat(title || char(10) || body, char(10)) FROM articles WHERE story = stories.id) FROM stories`}
	driver, version := "sqlite", "PRAGMA user_version"
	setVersion := "PRAGMA user_version = %d"
	if !store.IsFile(dsn) {
		undo = []string{`UPDATE articles SET search = strip(to_tsvector('simple', title || ' ' || body))`,
			`UPDATE stories SET search = to_tsvector('simple', title) || (SELECT tsvector_agg(search) FROM articles WHERE story = stories.id)`}
		driver, version, setVersion = "pgx", "SELECT version FROM schema_version", "UPDATE schema_version SET version = %d"
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	var v int
	err = db.QueryRowContext(ctx, version).Scan(&v)
	for _, q := range append(undo, fmt.Sprintf(setVersion, v-1)) {
		if err == nil {
			_, err = db.ExecContext(ctx, q)
		}
	}
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	s = storetest.Open(t, dsn)
	for q, want := range map[string]string{"京都": "s0", "灯台守": "s0", "港で": "s0", "harbour": "s1", "울시": "s2", "항구": "s2", "洞": "s2"} {
		page, _, err := s.ListStories(ctx, store.StoryQuery{Search: q})
		if err != nil || len(page) != 1 || page[0].ID != want {
			t.Errorf("search %q: %v (%v), want %s", q, page, err, want)
		}
	}
}
