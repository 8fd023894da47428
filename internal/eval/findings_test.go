package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/model"
)

func TestSameValue(t *testing.T) {
	tests := []struct {
		kind, got, want string
		same            bool
	}{
		{"duration", "about 4 hours", "4 hours", true},
		{"duration", "2 h 21 min", "2 hours 21 minutes", true},
		{"duration", "4 hours", "4 days", false},
		{"distance", "40 km", "40 km|25 miles", true},
		{"distance", "25 miles", "40 km|25 miles", true},
		{"money", "$2.1 billion", "$2.1 billion", true},
		{"money", "$1900000000", "$1.9 billion", true},
		{"count", "9 dead", "9 people", true},
		{"count", "1200000 customers", "1.2 million customers", true},
		{"count", "2000 residents", "3,500 residents", false},
		{"weekday", "Tuesday", "tuesday", true},
		{"speaker", "Marta Ilves", "Judge Marta Ilves", true},
	}
	for _, tt := range tests {
		if got := sameValue(tt.kind, tt.got, tt.want); got != tt.same {
			t.Errorf("sameValue(%s, %q, %q) = %v", tt.kind, tt.got, tt.want, got)
		}
	}
}

// The built-in set is this project's own acceptance data for findings:
// disputes found with precision of at least 0.9 and recall of 0.8.
func TestBuiltInFindingSet(t *testing.T) {
	set, err := LoadFindings("")
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Events) < 10 || len(set.Articles) < 30 {
		t.Fatalf("%d events, %d articles", len(set.Events), len(set.Articles))
	}
	events := map[string]bool{}
	for _, e := range set.Events {
		events[e.ID] = true
	}
	for _, a := range set.Articles {
		if !events[a.Event] {
			t.Errorf("article %s: event %q has no labels", a.Doc.ID, a.Event)
		}
	}
	res, err := Findings(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	// The set is written to hold one of each case the findings must get
	// right: a finding lost or added here is a regression to look at.
	for _, status := range []string{model.Disputed, model.Corroborated, model.Evolving} {
		if s := res.ByStatus[status]; s.Precision < 1 || s.Recall < 1 {
			t.Errorf("%s P %.3f R %.3f, want every labelled finding and no other; misses %+v", status, s.Precision, s.Recall, res.Misses)
		}
	}
	if res.Stories.F1 < 0.9 {
		t.Errorf("stories B-cubed F1 %.3f", res.Stories.F1)
	}
}

func TestLoadFindingsErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadFindings(dir); err == nil {
		t.Error("no error for a directory without articles.jsonl")
	}
	os.WriteFile(filepath.Join(dir, "articles.jsonl"), []byte(`{"id":"a","text":"x","event":"e"}`+"\n{broken\n"), 0o644)
	if _, err := LoadFindings(dir); err == nil {
		t.Error("no error for a broken line")
	}
}

func TestQuotesScoring(t *testing.T) {
	p := filepath.Join(t.TempDir(), "q.jsonl")
	os.WriteFile(p, []byte(`{"id":"a1","outlet":"X","url":"u","text":"Harbour vote\n .\nMayor Ruth Alder spoke on Monday.\n .\n\"We will rebuild the harbour wall this year,\" Alder said.\n .\nShe said the council had found the money.","quotes":[`+
		`{"quote":"\"We will rebuild the harbour wall this year,\"","speaker":"Alder","reference":"Ruth Alder"},`+
		`{"quote":"the council had found the money","speaker":"She","reference":"Ruth Alder"},`+
		`{"quote":"\"Nobody asked us,\"","speaker":"","reference":"Tom Berg"}]}`+"\n"), 0o644)
	arts, err := LoadQuotes(p)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Quotes(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Gold != 3 || res.Matched != 2 || res.Predicted != 2 || res.SpeakerAccuracy != 1 || len(res.Misses) != 1 {
		t.Errorf("result = %+v", res)
	}
}

func TestBriefScoring(t *testing.T) {
	p := filepath.Join(t.TempDir(), "mn.jsonl")
	os.WriteFile(p, []byte(`{"id":"c1","summary":"The harbour council approved a new sea wall on Tuesday after a four-hour debate.","documents":[`+
		`"The harbour council approved a new sea wall on Tuesday after a four-hour debate, the mayor said.\n\nWork will start in the spring and last two years.",`+
		`"After four hours of debate, the council backed the sea wall plan on Tuesday night.\n\nResidents had asked for the wall since the floods."]}`+"\n"), 0o644)
	clusters, err := LoadSummaries(p)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Brief(context.Background(), clusters)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Briefs) != 1 || res.Briefs[0].Brief == "" || res.Rouge1.F1 < 50 {
		t.Errorf("result = %+v", res)
	}
	if _, err := LoadSummaries(filepath.Join(t.TempDir(), "missing.jsonl")); err == nil {
		t.Error("no error for a missing file")
	}
}
