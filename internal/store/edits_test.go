package store_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/store/storetest"
)

func TestEditDescribe(t *testing.T) {
	tests := []struct {
		e     store.Edit
		story string
		want  string
	}{
		{store.Edit{Action: "merge", From: "s2", To: "s1"}, "s1", "story s2 merged into this one"},
		{store.Edit{Action: "remove", Article: "a1", From: "s1"}, "s1", "report a1 removed"},
		{store.Edit{Action: "move", Article: "a1", From: "s1", To: "s2"}, "s1", "report a1 moved to story s2"},
		{store.Edit{Action: "move", Article: "a1", From: "s1", To: "s2"}, "s2", "report a1 moved here from story s1"},
		{store.Edit{Action: "link", From: "s1", To: "s2"}, "s1", "linked to the storyline of story s2"},
		{store.Edit{Action: "link", From: "s1", To: "s2"}, "s2", "story s1 linked to the storyline of this one"},
		{store.Edit{Action: "unlink", From: "s1", To: "s2"}, "s1", "taken out of the storyline of story s2"},
		{store.Edit{Action: "unlink", From: "s1", To: "s2"}, "s2", "story s1 taken out of the storyline of this one"},
		// Listed with every other edit.
		{store.Edit{Action: "merge", From: "s2", To: "s1"}, "", "story s2 merged into story s1"},
		{store.Edit{Action: "remove", Article: "a1", From: "s1"}, "", "report a1 removed from story s1"},
		{store.Edit{Action: "move", Article: "a1", From: "s1", To: "s2"}, "", "report a1 moved from story s1 to story s2"},
		{store.Edit{Action: "link", From: "s1", To: "s2"}, "", "story s1 linked to the storyline of story s2"},
		{store.Edit{Action: "unlink", From: "s1", To: "s2"}, "", "story s1 taken out of the storyline of story s2"},
	}
	for _, tt := range tests {
		var b strings.Builder
		for _, p := range tt.e.Describe(tt.story) {
			b.WriteString(p.String())
		}
		if b.String() != tt.want {
			t.Errorf("%+v on %s's page: %q, want %q", tt.e, tt.story, b.String(), tt.want)
		}
	}
}

// Edits are listed by story in the order made, and all of them a page at
// a time, the latest first, each with its time and the last article
// stored when it was made.
func TestEdits(t *testing.T) { storetest.Each(t, testEdits) }

func testEdits(t *testing.T, dsn string) {
	ctx := context.Background()
	s := storetest.Open(t, dsn)
	made := time.Date(2026, 3, 4, 5, 6, 7, 800, time.UTC)
	err := s.Update(ctx, func(tx *store.Tx) error {
		for i, e := range []store.Edit{
			{Action: "move", Article: "a1", From: "s1", To: "s2", At: made},
			{Action: "merge", From: "s3", To: "s1"},
			{Action: "link", From: "s2", To: "s4"},
		} {
			if i == 1 {
				a := model.Article{ID: "a1", Hash: "h1", Paragraphs: []string{"One."}}
				if err := tx.PutArticles(store.Record{Article: a, Story: "s1", Analysis: []byte("{}")}); err != nil {
					return err
				}
			}
			if err := tx.PutEdit(e); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	did := func(list []store.Edit) (out []string) {
		for _, e := range list {
			out = append(out, fmt.Sprintf("%s %s>%s %d", e.Action, e.From, e.To, e.Seq))
		}
		return out
	}
	if got, err := s.Edits(ctx, "s1"); err != nil || !slices.Equal(did(got), []string{"move s1>s2 0", "merge s3>s1 1"}) || !got[0].At.Equal(made) {
		t.Errorf("edits of s1: %q %v", did(got), err)
	}
	page, more, err := s.RecentEdits(ctx, 2, 0)
	if err != nil || !more || !slices.Equal(did(page), []string{"link s2>s4 1", "merge s3>s1 1"}) || time.Since(page[0].At) > time.Hour {
		t.Errorf("latest edits: %q %v %v", did(page), more, err)
	}
	page, more, err = s.RecentEdits(ctx, 2, 2)
	if err != nil || more || !slices.Equal(did(page), []string{"move s1>s2 0"}) {
		t.Errorf("the next page: %q %v %v", did(page), more, err)
	}
	done, err := func() (bool, error) {
		tx, err := s.Begin(ctx)
		if err != nil {
			return false, err
		}
		defer tx.Rollback()
		return tx.HasEdit(store.Edit{Action: "move", Article: "a1", From: "s1", To: "s2", At: made})
	}()
	if !done || err != nil {
		t.Errorf("the move made at %v is not found: %v", made, err)
	}
}
