package pipeline

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

// An article prepared as stored already is not analysed; if it is no
// longer stored when placed (an editor removed it in between), it is
// analysed then, and stored whole.
func TestPreparedAsStoredThenRemoved(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t, storetest.SQLite(t))
	doc := extract.Doc{ID: "a", Source: "a.txt", Title: "Flood in Pellham",
		Text: "Twelve people died when the River Wend flooded Pellham on Sunday night, officials said."}
	art, err := extract.Article(doc)
	if err != nil {
		t.Fatal(err)
	}
	preps := prepare([]extract.Doc{doc}, func([]string) map[string]string { return map[string]string{"a": art.Hash} })
	if !preps[0].stored || len(preps[0].raw) != 0 {
		t.Fatalf("an article known stored was analysed: stored %v, %d bytes of analysis", preps[0].stored, len(preps[0].raw))
	}
	var res Result
	err = s.Update(ctx, func(tx *store.Tx) error {
		st, err := loadState(tx)
		if err != nil {
			return err
		}
		b := &batch{tx: tx, st: &st, res: &res, log: slog.New(slog.DiscardHandler), touched: map[string]bool{},
			fail: func(source string, err error) { t.Errorf("%s: %v", source, err) }}
		if err := b.add(preps); err != nil {
			return err
		}
		if _, err := rebuild(tx, b.order, &st.Cluster); err != nil {
			return err
		}
		return saveState(tx, &st)
	})
	if err != nil {
		t.Fatal(err)
	}
	an, err := s.Analyses(ctx, "a")
	if err != nil || len(an["a"]) < 10 || res.New != 1 {
		t.Fatalf("article stored with analysis %s, %d new, %v", an["a"], res.New, err)
	}
	r, err := Report(ctx, s)
	if err != nil || len(r.Stories) != 1 || !hasEntity(r.Stories[0], "River Wend") {
		t.Errorf("stories %+v, %v: want one naming the River Wend", r.Stories, err)
	}
}

func hasEntity(st model.Story, name string) bool {
	for _, e := range st.Entities {
		if e.Name == name {
			return true
		}
	}
	return false
}

func TestSurvive(t *testing.T) {
	read := func(f func() error) (err error) {
		defer survive(&err, "analysing")
		return f()
	}
	if err := read(func() error { return nil }); err != nil {
		t.Errorf("no panic: err = %v", err)
	}
	if err := read(func() error { var s []int; _ = s[3]; return nil }); err == nil || !strings.Contains(err.Error(), "failed analysing this input") || !strings.Contains(err.Error(), "index out of range") {
		t.Errorf("panic: err = %v", err)
	}
}
