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
		speakers    string // each evidence's article and speaker
	}{
		{"outlets relaying one speaker are one source", []string{
			"a: Harbour official Ruth Alder met the press. Alder said the bridge talks lasted five hours.",
			"b: Ruth Alder spoke on Monday. The bridge talks lasted five hours, Alder said.",
			"c: Negotiator Ruth Alder was there. According to Alder, the bridge talks lasted five hours.",
		}, "Ruth Alder", 1, "a:Ruth Alder b:Ruth Alder c:Ruth Alder"},
		{"an outlet's own voice is a source of its own", []string{
			"a: Harbour official Ruth Alder met the press. Alder said the bridge talks lasted five hours.",
			"b: The bridge talks lasted five hours and ended without a deal.",
		}, "Ruth Alder", 2, "a:Ruth Alder b:"},
		{"a description opening a sentence is the same speaker", []string{
			"a: Officials said the bridge talks lasted five hours.",
			"b: The bridge talks lasted five hours, officials said.",
		}, "officials", 1, "a:officials b:officials"},
		{"copies count once", []string{
			"a: The bridge talks lasted five hours and ended without a deal.",
			"b<a: The bridge talks lasted five hours and ended without a deal.",
		}, "", 1, "a: b:"},
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
			var speakers []string
			for _, e := range f.Evidence {
				speakers = append(speakers, e.Article+":"+e.Speaker)
			}
			if got := strings.Join(speakers, " "); got != tt.speakers {
				t.Errorf("evidence speakers %q, want %q", got, tt.speakers)
			}
		})
	}
}

func TestName(t *testing.T) {
	items := story(
		"a: Harbour official Ruth Alder met the press.\nShe said the bridge talks had failed, and that no date was set.",
		"b: Ruth Alder and Tom Berg met the press.\nHe said the bridge would stay shut.",
		"c: The mayor spoke.\nShe said the ferry would run on Sunday.",
		"d: Harbour official Ruth Alder met the press.\nShe said Alder's deputy would resign.",
	)
	entities, canon := Entities(items)
	cited := []model.Cited{
		{Text: "She said the bridge talks had failed, and that no date was set.", Articles: []string{"a"}},
		{Text: "He said the bridge would stay shut.", Articles: []string{"b"}},     // Tom, so he
		{Text: "She said the ferry would run on Sunday.", Articles: []string{"c"}}, // no name to give
		{Text: "She said Alder's deputy would resign.", Articles: []string{"d"}},
	}
	got := Name(cited, items, canon, entities)
	want := []string{
		"[Alder] said the bridge talks had failed, and that no date was set.",
		"[Berg] said the bridge would stay shut.",
		"She said the ferry would run on Sunday.",
		"She said Alder's deputy would resign.", // whoever she is, she is not Alder
	}
	for i := range want {
		if got[i].Text != want[i] {
			t.Errorf("Name(%q) = %q, want %q", cited[i].Text, got[i].Text, want[i])
		}
	}
	if cited[0].Text != "She said the bridge talks had failed, and that no date was set." {
		t.Error("Name changed its input")
	}
}

func TestCanonical(t *testing.T) {
	canon := map[string]string{"Ruth Alder": "Ruth Alder", "Alder": "Ruth Alder", "Tom Berg": "Thomas Berg"}
	for in, want := range map[string]string{
		"Alder": "Ruth Alder",
		"Harbour Authority Executive Director Tom Berg": "Thomas Berg",
		"the harbour authority":                         "the harbour authority",
		"spokesman for Alder":                           "spokesman for Alder", // a one-word name at the end is no full name
		"Ruth Alder and Tom Berg":                       "Ruth Alder and Thomas Berg",
		"friend and neighbour of Tom Berg":              "friend and neighbour of Tom Berg",
		"Kestrel Harbour Authority and Tom Berg":        "Kestrel Harbour Authority and Thomas Berg",
	} {
		if got := canonical(in, canon); got != want {
			t.Errorf("canonical(%q) = %q, want %q", in, got, want)
		}
	}
}
