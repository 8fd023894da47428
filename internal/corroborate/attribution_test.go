package corroborate

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/model"
)

func TestAttribute(t *testing.T) {
	tests := []struct {
		name        string
		lines       []string
		attributed  string // joined with "|"
		independent int
	}{
		{"outlets relaying one speaker are one source", []string{
			"a: Harbour official Ruth Alder met the press. Alder said the bridge talks lasted five hours.",
			"b: Ruth Alder spoke on Monday. The bridge talks lasted five hours, Alder said.",
			"c: Negotiator Ruth Alder was there. According to Alder, the bridge talks lasted five hours.",
		}, "Ruth Alder", 1},
		{"an outlet's own voice is a source of its own", []string{
			"a: Harbour official Ruth Alder met the press. Alder said the bridge talks lasted five hours.",
			"b: The bridge talks lasted five hours and ended without a deal.",
		}, "Ruth Alder", 2},
		{"a description opening a sentence is the same speaker", []string{
			"a: Officials said the bridge talks lasted five hours.",
			"b: The bridge talks lasted five hours, officials said.",
		}, "officials", 1},
		{"copies count once", []string{
			"a: The bridge talks lasted five hours and ended without a deal.",
			"b<a: The bridge talks lasted five hours and ended without a deal.",
		}, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := story(tt.lines...)
			_, canon := Entities(items)
			fs := Findings(items, nil)
			Attribute(fs, items, canon)
			var f *model.Finding
			for i := range fs {
				if fs[i].Kind == "duration" {
					f = &fs[i]
				}
			}
			if f == nil {
				t.Fatalf("no duration finding in %+v", fs)
			}
			if got := strings.Join(f.AttributedTo, "|"); got != tt.attributed || f.IndependentSources != tt.independent {
				t.Errorf("attributed to %q, %d independent; want %q, %d", got, f.IndependentSources, tt.attributed, tt.independent)
			}
		})
	}
}
