package pipeline

import (
	"reflect"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/model"
)

func TestOutlets(t *testing.T) {
	tests := []struct {
		name string
		arts []model.Article
		want map[string]string
	}{
		{"one site named two ways",
			[]model.Article{
				{ID: "a", URL: "https://www.harbourwire.example/a", Outlet: "Harbour Wire magazine"},
				{ID: "b", URL: "https://harbourwire.example/b", Outlet: "Harbour Wire"},
				{ID: "c", URL: "https://harbourwire.example/c", Outlet: "HARBOUR WIRE Online Edition"},
			},
			map[string]string{"a": "Harbour Wire", "b": "Harbour Wire", "c": "Harbour Wire"}},
		{"a wire report on a paper's site",
			[]model.Article{
				{ID: "a", URL: "https://gazette.example/a", Outlet: "Valley Gazette"},
				{ID: "b", URL: "https://gazette.example/b", Outlet: "Associated Press"},
			},
			map[string]string{"a": "Valley Gazette", "b": "Associated Press"}},
		{"one name on two sites",
			[]model.Article{
				{ID: "a", URL: "https://one.example/a", Outlet: "Harbour Wire"},
				{ID: "b", URL: "https://two.example/b", Outlet: "Harbour Wire magazine"},
			},
			map[string]string{"a": "Harbour Wire", "b": "Harbour Wire magazine"}},
		{"no address or no name",
			[]model.Article{
				{ID: "a", Outlet: "Harbour Wire"},
				{ID: "b", Outlet: "Harbour Wire magazine"},
				{ID: "c", URL: "https://harbourwire.example/c"},
			},
			map[string]string{"a": "Harbour Wire", "b": "Harbour Wire magazine", "c": ""}},
		{"a longer first word is no added word",
			[]model.Article{
				{ID: "a", URL: "https://x.example/a", Outlet: "Harbour"},
				{ID: "b", URL: "https://x.example/b", Outlet: "Harbourside News"},
			},
			map[string]string{"a": "Harbour", "b": "Harbourside News"}},
	}
	for _, tt := range tests {
		if got := outlets(tt.arts); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

// Two pages of one site that names itself two ways are one source: what
// both say rests on that outlet alone.
func TestOneSiteOneSource(t *testing.T) {
	const (
		first  = "The council of Port Elin approved the harbour plan on Tuesday after a four-hour debate.\n\nThe vote was close."
		second = "After a four-hour debate on Tuesday, Port Elin's council backed the new harbour plan.\n\nOpponents walked out."
	)
	for _, tt := range []struct {
		hostB string
		want  string
	}{
		{"harbourwire.example", model.SingleSource},
		{"valleygazette.example", model.Corroborated},
	} {
		docs := []extract.Doc{
			{ID: "a", Source: "a", URL: "https://harbourwire.example/a", Outlet: "Harbour Wire", Text: first},
			{ID: "b", Source: "b", URL: "https://" + tt.hostB + "/b", Outlet: "Harbour Wire magazine", Text: second},
		}
		st, errs := Story("s", docs, 5)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		var got []string
		for _, f := range st.Findings {
			if f.Kind == "duration" {
				got = append(got, f.Status)
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("second page on %s: the debate's length is %v, want %s", tt.hostB, got, tt.want)
		}
	}
}
