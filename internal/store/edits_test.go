package store_test

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/store"
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
