package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

// Stories like one are found by the words of its title, summary and
// names, however hostile: the full-text syntax of neither database is
// open to them.
func TestSimilarStories(t *testing.T) { storetest.Each(t, testSimilarStories) }

func testSimilarStories(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	stories := []struct{ id, line, title, summary, body string }{
		{"h0", "h0", `"harbour* AND ( NEAR( -ferry ^terminal :z OR`, `O'Brien's "quoted" {braces} [x] 1,234.5% ½ ² naïve Ærø 北京 \ ' ;--`, "Harbour ferry terminal."},
		{"h1", "h1", "Harbour ferry terminal opens", "The harbour's new ferry terminal opened.", "The harbour ferry terminal opened on Monday."},
		{"h2", "h0", "Harbour ferry terminal delayed", "The terminal was delayed.", "The harbour ferry terminal was delayed."},
		{"h3", "h3", "The and of", "It was.", "Nothing here."},
	}
	err := s.Update(ctx, func(tx *store.Tx) error {
		for _, st := range stories {
			a := model.Article{ID: "a-" + st.id, Hash: st.id, Title: st.title, Paragraphs: []string{st.body}}
			if err := tx.PutArticles(store.Record{Article: a, Story: st.id, Analysis: []byte(`{}`)}); err != nil {
				return err
			}
			story := model.Story{ID: st.id, Title: st.title, Storyline: st.line, Articles: []string{a.ID}, Summary: []model.Cited{{Text: st.summary}}}
			if st.id != "h3" {
				story.Entities = []model.Entity{{Name: "Harbour Board", Type: model.Organization}}
			}
			if err := tx.PutStories(story); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ id, want string }{
		{"h0", "h1"}, // h2 is of its storyline
		{"h1", "h0"},
		{"h3", ""}, // no word that carries a topic
	} {
		list, err := s.SimilarStories(ctx, tt.id, 5)
		if err != nil {
			t.Errorf("stories like %s: %v", tt.id, err)
			continue
		}
		var got []string
		for _, st := range list {
			got = append(got, st.ID)
			if st.ID == tt.id || (tt.id == "h0" && st.ID == "h2") {
				t.Errorf("stories like %s list %s", tt.id, st.ID)
			}
		}
		if (tt.want == "") != (len(got) == 0) || (tt.want != "" && !slices.Contains(got, tt.want)) {
			t.Errorf("stories like %s: %v, want %q among them", tt.id, got, tt.want)
		}
		if tt.id == "h1" && len(list) > 0 && (len(list[0].Shared) != 1 || list[0].Shared[0] != "Harbour Board") {
			t.Errorf("names shared: %v", list[0].Shared)
		}
	}
	if _, err := s.SimilarStories(ctx, "no-such-story", 5); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("stories like no story: %v", err)
	}
}
