package cluster

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

func doc(id, words string) Doc {
	d := Doc{ID: id, Terms: map[string]float64{}}
	for _, w := range strings.Fields(words) {
		d.Terms[w]++
	}
	return d
}

func at(d Doc, day int) Doc {
	t := time.Date(2026, 3, day, 12, 0, 0, 0, time.UTC)
	d.Published = &t
	return d
}

func TestAdd(t *testing.T) {
	flood := "river flood pellham storm rain evacuated residents toll"
	deal := "corvid tessellate acquisition robots vision shares regulators deal"
	tests := []struct {
		name string
		docs []Doc
		want string // story index per doc, e.g. "0 0 1"
	}{
		{"same event joins", []Doc{doc("a", flood), doc("b", flood+" mayor"), doc("c", "river flood pellham rain")}, "0 0 0"},
		{"different events split", []Doc{doc("a", flood), doc("b", deal), doc("c", flood), doc("d", deal+" price")}, "0 1 0 1"},
		{"unrelated article alone", []Doc{doc("a", flood), doc("b", "marathon runner record harbour")}, "0 1"},
		{"far apart in time splits", []Doc{at(doc("a", flood), 1), at(doc("b", flood), 2), at(doc("c", flood), 28)}, "0 0 1"},
		{"ordinal conflict splits", []Doc{
			{ID: "a", Terms: doc("", flood).Terms, Ordinals: map[string][]int{"meeting": {6}}},
			{ID: "b", Terms: doc("", flood).Terms},
			{ID: "c", Terms: doc("", flood).Terms, Ordinals: map[string][]int{"meeting": {3}}},
			{ID: "d", Terms: doc("", flood).Terms, Ordinals: map[string][]int{"meeting": {6, 5}}},
		}, "0 0 1 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Clusterer
			index := map[string]int{}
			var got []string
			for _, d := range tt.docs {
				id := c.Add(d)
				if _, ok := index[id]; !ok {
					index[id] = len(index)
				}
				got = append(got, string(rune('0'+index[id])))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("stories = %s, want %s", g, tt.want)
			}
		})
	}
}

func TestDeterministicAndResumable(t *testing.T) {
	docs := []Doc{doc("a", "river flood pellham"), doc("b", "corvid deal robots"), doc("c", "river flood rain")}
	var one Clusterer
	var ids []string
	for _, d := range docs {
		ids = append(ids, one.Add(d))
	}
	// A clusterer saved after two articles and reloaded places the third alike.
	var two Clusterer
	two.Add(docs[0])
	two.Add(docs[1])
	reloaded := Clusterer{DF: two.DF, N: two.N, Stories: two.Stories}
	if got := reloaded.Add(docs[2]); got != ids[2] {
		t.Errorf("after reload: %s, want %s", got, ids[2])
	}
	if ids[0] != ids[2] || ids[0] == ids[1] {
		t.Errorf("ids = %v", ids)
	}
}

func TestOldStoriesClose(t *testing.T) {
	var c Clusterer
	// One story a day for 1100 days: only the last Horizon of them stay open.
	for day := 0; day < 1100; day++ {
		d := doc(fmt.Sprintf("d%d", day), fmt.Sprintf("unique%d words of the day", day))
		tm := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, day)
		d.Published = &tm
		c.Add(d)
	}
	if n := len(c.Stories); n > 1024+int(Horizon/(24*time.Hour))+1 {
		t.Errorf("%d stories open, want them bounded by the horizon", n)
	}
	for _, s := range c.Stories {
		if c.Latest.Sub(*s.Last) > Horizon+1024*24*time.Hour {
			t.Errorf("story from %v still open at %v", s.Last, c.Latest)
		}
	}
	// Closed stories are remembered for storylines, for a bounded time.
	if len(c.Past) == 0 || len(c.Past) > 1024+int(StorylineHorizon/(24*time.Hour))+1 {
		t.Errorf("%d closed stories remembered, want some, bounded by the storyline horizon", len(c.Past))
	}
	for _, p := range c.Past {
		if c.Latest.Sub(*p.Last) > StorylineHorizon+1024*24*time.Hour {
			t.Errorf("story from %v still remembered at %v", p.Last, c.Latest)
		}
		if len(p.Terms) > pastTerms || len(p.Terms) != len(p.Weights) {
			t.Errorf("story %s remembered by %d terms and %d weights", p.ID, len(p.Terms), len(p.Weights))
		}
	}
}

// TestStorylineAfterClose: an event months after a related one, whose
// story has closed, is a story of its own in the closed story's
// storyline, until the closed story is forgotten.
func TestStorylineAfterClose(t *testing.T) {
	summit := "summit kestria brelland talks border trade e:anna vale e:piet brel"
	day := func(d Doc, n int) Doc {
		tm := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
		d.Published = &tm
		return d
	}
	var c Clusterer
	first := c.Add(day(doc("a", summit+" february"), 0))
	c.Add(day(doc("b", summit+" february"), 1))
	line := func(id string) string {
		t.Helper()
		l, ok := c.StorylineOf(id)
		if !ok {
			t.Fatalf("story %s is not known", id)
		}
		return l
	}
	want := line(first)
	for n := 2; n < 120; n++ { // a story a day, and the first closes
		c.Add(day(doc(fmt.Sprintf("f%d", n), fmt.Sprintf("filler%d words%d", n, n)), n))
	}
	c.close()
	if slices.ContainsFunc(c.Stories, func(s *Story) bool { return s.ID == first }) {
		t.Fatalf("the first summit's story is still open")
	}
	if got := line(first); got != want {
		t.Errorf("closed story's storyline %q, want %q", got, want)
	}
	second := c.Add(day(doc("c", summit+" june"), 160))
	if second == first {
		t.Errorf("the June summit joined February's story")
	}
	if got := line(second); got != want {
		t.Errorf("the June summit's storyline %q, want February's %q", got, want)
	}
	if unrelated := c.Add(day(doc("d", "harbour ferry strike"), 161)); line(unrelated) != unrelated {
		t.Errorf("an unrelated story is in storyline %q", line(unrelated))
	}
	// Over a year on, February's story is forgotten: a summit then starts
	// a storyline of its own.
	c.Add(day(doc("e", "later words"), 560))
	c.close()
	if _, ok := c.StorylineOf(first); ok {
		t.Errorf("the February summit is still remembered 560 days on")
	}
	if third := c.Add(day(doc("g", summit+" next year"), 561)); line(third) == want {
		t.Errorf("a summit over a year on is in February's storyline")
	}
}

// TestStorylineActors: a story less similar than the threshold is in an
// article's storyline when they share two actors few reports name, not
// when the actors they share are named everywhere.
func TestStorylineActors(t *testing.T) {
	c := &Clusterer{}
	c.init()
	c.N = 1000
	c.DF["e:ann lee"], c.DF["e:tom berg"] = 4, 6
	c.DF["e:white house"], c.DF["e:united states"] = 300, 500
	story := map[string]float64{"e:ann lee": 1, "e:tom berg": 1, "e:white house": 1, "e:united states": 1}
	tests := []struct {
		name    string
		content float64
		actors  []string
		want    bool
	}{
		{"similar enough alone", 0.25, nil, true},
		{"two rare actors", 0.16, []string{"e:ann lee", "e:tom berg"}, true},
		{"two common actors", 0.16, []string{"e:white house", "e:united states"}, false},
		{"one rare and one common", 0.16, []string{"e:ann lee", "e:united states"}, false},
		{"rare actors, too little else alike", 0.11, []string{"e:ann lee", "e:tom berg"}, false},
	}
	for _, tt := range tests {
		v := map[string]float64{"harbour": 1}
		for _, a := range tt.actors {
			v[a] = 1
		}
		if got := c.relatedness(tt.content, func(t string) bool { return story[t] > 0 }, v) > 0; got != tt.want {
			t.Errorf("%s: related = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMerge(t *testing.T) {
	// An event whose first two reports share no words, and a third that
	// tells both.
	blast := "blast warehouse dorvale fire crews smoke"
	leak := "evacuated residents kestrel chemicals leak officials"
	bridge := blast + " " + leak
	tests := []struct {
		name   string
		docs   []Doc
		merged bool
	}{
		{"a report telling both merges them", []Doc{doc("a", blast), doc("b", leak), doc("c", bridge)}, true},
		{"within a week", []Doc{at(doc("a", blast), 1), at(doc("b", leak), 5), at(doc("c", bridge), 3)}, true},
		{"not over more than a week", []Doc{at(doc("a", blast), 1), at(doc("b", leak), 9), at(doc("c", bridge), 5)}, false},
		{"not events of different numbers", []Doc{
			{ID: "a", Terms: doc("", blast).Terms, Ordinals: map[string][]int{"blast": {2}}},
			{ID: "b", Terms: doc("", leak).Terms, Ordinals: map[string][]int{"blast": {3}}},
			{ID: "c", Terms: doc("", bridge).Terms},
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Clusterer
			var ids []string
			var merged []string
			for _, d := range tt.docs {
				c.Observe(d.Terms)
			}
			for _, d := range tt.docs {
				id, _, ms := c.Place(d)
				ids = append(ids, id)
				for _, m := range ms {
					if m.Into != id {
						t.Errorf("%s merged into %s, not into the story placed in, %s", m.Story, m.Into, id)
					}
					merged = append(merged, m.Story)
				}
			}
			if ids[0] == ids[1] {
				t.Fatalf("the first two reports share no words but were placed together")
			}
			if !tt.merged {
				if len(merged) > 0 {
					t.Errorf("merged %v", merged)
				}
				return
			}
			// The older story keeps its ID and holds every report.
			if want := []string{ids[1]}; !slices.Equal(merged, want) || ids[2] != ids[0] {
				t.Fatalf("placed in %v, merged %v; want the third in %s and %v merged", ids, merged, ids[0], want)
			}
			var open []*Story
			for _, s := range c.Stories {
				if s.Into == "" {
					open = append(open, s)
				}
			}
			if len(open) != 1 || !slices.Equal(open[0].Articles, []string{"a", "c", "b"}) {
				t.Fatalf("open stories %+v, want one of a, c and b", open)
			}
			// A copy of the merged story's report joins the one it went into.
			c.Join(ids[1], "b-copy")
			if got := open[0].Articles; got[len(got)-1] != "b-copy" {
				t.Errorf("a copy of b went elsewhere: %v", got)
			}
			// The merged story is no candidate for later reports.
			if id, _, _ := c.Place(doc("d", leak)); id != ids[0] {
				t.Errorf("a later report went to %s, want %s", id, ids[0])
			}
		})
	}
}

// A story merged into another takes its storyline, and the stories that
// follow on from it, into the other's.
func TestMergeJoinsStorylines(t *testing.T) {
	blast := "blast warehouse dorvale fire crews smoke"
	leak := "evacuated residents kestrel chemicals leak officials"
	var c Clusterer
	docs := []Doc{
		at(doc("earlier", leak), 1), // an earlier leak, weeks before
		at(doc("a", blast), 21),
		at(doc("b", leak), 22), // follows on from the earlier leak
		at(doc("c", blast+" "+leak), 22),
	}
	for _, d := range docs {
		c.Observe(d.Terms)
	}
	var merges []Merge
	for _, d := range docs {
		_, _, ms := c.Place(d)
		merges = append(merges, ms...)
	}
	earlier, a, b := c.Stories[0], c.Stories[1], c.Stories[2]
	want := []Merge{{Story: b.ID, Into: a.ID, Storyline: earlier.ID, IntoLine: a.ID}}
	if !slices.Equal(merges, want) {
		t.Fatalf("merges %+v, want %+v", merges, want)
	}
	if earlier.Storyline != a.ID || a.Storyline != a.ID {
		t.Errorf("storylines %s and %s, want both %s", earlier.Storyline, a.Storyline, a.ID)
	}
}

// Whatever merges random placements make, every report is in exactly one
// open story, and a merged story's ID leads to an open one.
func TestMergeKeepsEveryReport(t *testing.T) {
	words := strings.Fields("blast warehouse fire smoke leak residents chemicals officials shelter school road crews")
	merged := 0
	for seed := range 50 {
		r := rand.New(rand.NewPCG(uint64(seed), 1))
		var c Clusterer
		var placed []string
		for n := range 300 {
			var ws []string
			for range 2 + r.IntN(5) {
				ws = append(ws, words[r.IntN(len(words))])
			}
			d := at(doc(fmt.Sprintf("d%d", n), strings.Join(ws, " ")), 1+r.IntN(20))
			if r.IntN(10) == 0 {
				d.Ordinals = map[string][]int{"blast": {1 + r.IntN(3)}}
			}
			c.Add(d)
			placed = append(placed, d.ID)
			if r.IntN(7) == 0 {
				c.Join(c.Stories[r.IntN(len(c.Stories))].ID, d.ID+"-copy")
				placed = append(placed, d.ID+"-copy")
			}
		}
		in := map[string]int{}
		for _, s := range c.Stories {
			if s.Into != "" {
				merged++
				if len(s.Articles) > 0 || s.Centroid != nil {
					t.Fatalf("seed %d: merged story %s keeps articles or terms", seed, s.ID)
				}
				seen := map[string]bool{}
				for id := s.ID; c.Stories[c.byID[id]].Into != ""; id = c.Stories[c.byID[id]].Into {
					if _, ok := c.byID[c.Stories[c.byID[id]].Into]; !ok || seen[id] {
						t.Fatalf("seed %d: %s leads nowhere", seed, s.ID)
					}
					seen[id] = true
				}
				continue
			}
			for _, a := range s.Articles {
				in[a]++
			}
		}
		for _, id := range placed {
			if in[id] != 1 {
				t.Fatalf("seed %d: %s is in %d open stories", seed, id, in[id])
			}
		}
	}
	if merged == 0 {
		t.Fatal("no placement merged stories: the test tests nothing")
	}
	t.Logf("%d stories merged", merged)
}

// Place says how alike a report was to the story it joined.
func TestPlaceSimilarity(t *testing.T) {
	var c Clusterer
	docs := []Doc{doc("a", "harbour plan council vote approved"), doc("b", "harbour plan council vote approved tuesday"), doc("c", "marathon record runner")}
	for _, d := range docs {
		c.Observe(d.Terms)
	}
	var sims []float64
	for _, d := range docs {
		_, sim, _ := c.Place(d)
		sims = append(sims, sim)
	}
	if sims[0] != 0 || sims[1] <= Threshold || sims[1] > 1 || sims[2] != 0 {
		t.Errorf("similarities %v: want 0 for a story's first report, its cosine for one that joins", sims)
	}
}
