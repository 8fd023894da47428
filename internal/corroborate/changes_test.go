package corroborate

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/model"
)

func TestChanges(t *testing.T) {
	read := func(s string) analyze.Analysis { return analyze.Article(strings.Split(s, "\n")) }
	const first = "Twelve people died when the river flooded the town on Sunday night, officials said.\nThe mayor met the water agency for five hours on Monday."
	tests := []struct {
		name    string
		earlier []string // the texts before the article's own, the first first
		now     string
		want    []string
	}{
		{"never updated", nil, first, nil},
		{"a toll raised", []string{first}, strings.Replace(first, "Twelve", "Fourteen", 1),
			[]string{"1: 12 people → 14 people: X changed the death toll from 12 people to 14 people in an update."}},
		{"a length corrected, then a toll raised", []string{first, strings.Replace(first, "five hours", "three hours", 1)},
			strings.Replace(strings.Replace(first, "five hours", "three hours", 1), "Twelve", "Fourteen", 1),
			[]string{"1: 5 hours → 3 hours: X changed the length from 5 hours to 3 hours in an update.", "2: 12 people → 14 people: X changed the death toll from 12 people to 14 people in an update."}},
		{"an ordinal corrected", []string{"The leaders held their third meeting in Lundgate on Monday."}, "The leaders held their fourth meeting in Lundgate on Monday.",
			[]string{"1: 3rd → 4th: X changed which meeting it was from 3rd to 4th in an update."}},
		{"a sentence added", []string{first}, first + "\nThe river fell overnight.", nil},
		// The later text gives both values: the toll of the morning and of
		// the evening, no change of either.
		{"a value added beside the other", []string{first}, first + "\nBy Monday evening 14 people had died.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := Item{ID: "a", Origin: "a", Outlet: "X", Analysis: read(tt.now)}
			for i, e := range tt.earlier {
				it.Revisions = append(it.Revisions, Revision{N: i + 1, Analysis: read(e), Replaced: time.Date(2026, 4, 6, 12+i, 0, 0, 0, time.UTC)})
			}
			var got []string
			for _, c := range Changes([]Item{it}) {
				got = append(got, fmt.Sprintf("%d: %s → %s: %s", c.Revision, c.From, c.To, c.Text))
				if c.Article != "a" || c.Before == "" || c.After == "" || !c.At.Equal(it.Revisions[c.Revision-1].Replaced) {
					t.Errorf("change %+v", c)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("changes = %q, want %q", got, tt.want)
			}
		})
	}
}

// A value is first given when the text that first gave it was published
// or stored: an update's value no earlier than the update.
func TestGivenAt(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2026, 4, 6, h, 0, 0, 0, time.UTC) }
	published := at(9)
	toll := func(n float64) analyze.Analysis {
		// The first text gives 16 injured, not 16 dead.
		return analyze.Analysis{Quantities: []analyze.Quantity{{Kind: analyze.Count, Base: n, Subject: "toll"}, {Kind: analyze.Count, Base: 16, Subject: "injured"}}}
	}
	it := Item{Published: &published, Analysis: toll(16), Revisions: []Revision{
		{N: 1, Analysis: toll(12), Replaced: at(11)},
		{N: 2, Analysis: toll(14), Replaced: at(15)},
	}}
	for _, tt := range []struct {
		n    float64
		want time.Time
	}{{12, at(9)}, {14, at(11)}, {16, at(15)}} {
		if got := it.givenAt(analyze.Quantity{Kind: analyze.Count, Base: tt.n, Subject: "toll"}); got == nil || !got.Equal(tt.want) {
			t.Errorf("%g given at %v, want %v", tt.n, got, tt.want)
		}
	}
	// Published after the update stored (an outlet's own later date), a
	// value is as old as the report says.
	late := at(18)
	it.Published = &late
	if got := it.givenAt(analyze.Quantity{Kind: analyze.Count, Base: 16, Subject: "toll"}); !got.Equal(late) {
		t.Errorf("given at %v, want %v", got, late)
	}
	it.Published = nil
	if got := it.givenAt(analyze.Quantity{Kind: analyze.Count, Base: 16, Subject: "toll"}); got != nil {
		t.Errorf("undated report: given at %v", got)
	}
}

// A value a report's update replaced was given when its earlier text gave
// it: raised in place, the toll rose as reports came in, since the
// morning; corrected down to another outlet's lower figure, the toll the
// other outlet still gives is in dispute, not a rise.
func TestEarlierTextsDateValues(t *testing.T) {
	read := func(s string) analyze.Analysis { return analyze.Article(strings.Split(s, "\n")) }
	at := func(h int) *time.Time { d := time.Date(2026, 4, 6, h, 0, 0, 0, time.UTC); return &d }
	toll := func(n string) string {
		return n + " people died when the river flooded the town on Sunday night, officials said."
	}
	tests := []struct {
		name            string
		earlier, now    string // the updated report's texts, published at 9 and replaced at 15
		other           string // another outlet's, published at 12
		status          string
		values, sinceHs []string
	}{
		{"raised in place", toll("Twelve"), toll("Fourteen"), toll("Twelve"), model.Evolving,
			[]string{"12 people", "14 people"}, []string{"09", "15"}},
		{"corrected down", toll("Fourteen"), toll("Twelve"), toll("Fourteen"), model.Disputed,
			[]string{"12 people", "14 people"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := []Item{
				{ID: "a", Origin: "a", Outlet: "Gazette", Published: at(9), Analysis: read(tt.now),
					Revisions: []Revision{{N: 1, Analysis: read(tt.earlier), Replaced: *at(15)}}},
				{ID: "b", Origin: "b", Outlet: "Valley News", Published: at(12), Analysis: read(tt.other)},
			}
			var f *model.Finding
			for _, g := range Findings(items, nil) {
				if g.Subject == "toll" {
					f = &g
				}
			}
			if f == nil {
				t.Fatal("no finding on the toll")
			}
			var values, since []string
			for _, v := range f.Values {
				values = append(values, v.Value)
				if v.Since != nil {
					since = append(since, v.Since.Format("15"))
				}
			}
			if f.Status != tt.status || !slices.Equal(values, tt.values) || !slices.Equal(since, tt.sinceHs) {
				t.Errorf("%s %q since %q, want %s %q since %q", f.Status, values, since, tt.status, tt.values, tt.sinceHs)
			}
		})
	}
}
