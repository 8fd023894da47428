package cluster

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestReset: a story that loses an article is matched by what is left of
// it, and one that loses all is forgotten.
func TestReset(t *testing.T) {
	a := doc("a", "river flood pellham storm rain evacuated residents toll")
	b := doc("b", "river flood pellham mayor okonjo shelter boats hall")
	c := doc("c", "mayor okonjo shelter boats hall funds")
	place := func(remove bool) (story, cStory string, cl *Clusterer) {
		cl = &Clusterer{}
		story = cl.Add(a)
		if cl.Add(b) != story {
			t.Fatal("a and b should be one story")
		}
		if remove {
			cl.Reset(story, []string{"a"}, []Doc{a})
		}
		return story, cl.Add(c), cl
	}
	if story, cStory, _ := place(false); cStory != story {
		t.Fatal("with b in the story, c should join it: the test shows nothing")
	}
	story, cStory, cl := place(true)
	if cStory == story {
		t.Error("with b removed, c joined the story of a alone")
	}
	if got := cl.Stories[cl.byID[story]].Articles; !slices.Equal(got, []string{"a"}) {
		t.Errorf("the story's articles = %v, want [a]", got)
	}
	cl.Reset(story, nil, nil)
	if _, ok := cl.StorylineOf(story); ok || len(cl.Stories) != 1 {
		t.Errorf("an emptied story is still known (%d open)", len(cl.Stories))
	}
	if got := cl.Add(doc("d", "mayor okonjo shelter boats funds")); got != cStory {
		t.Errorf("after the emptied story went, d joined %s, not c's %s", got, cStory)
	}
}

// The pairs of stories an editor keeps apart follow merges, and go with
// the stories.
func TestApart(t *testing.T) {
	cl := &Clusterer{}
	x := cl.Add(doc("x", "harbour ferry strike dockers union"))
	y := cl.Add(doc("y", "orchard frost apples growers"))
	z := cl.Add(doc("z", "comet telescope observatory astronomers"))
	if x == y || y == z || x == z {
		t.Fatal("the three documents should be three stories")
	}
	cl.KeepApart(x, y)
	cl.KeepApart(y, x)
	cl.KeepApart(y, z)
	if len(cl.Apart) != 2 || !cl.apart(y, x) || cl.apart(x, z) {
		t.Fatalf("apart: %v", cl.Apart)
	}
	// y merged into z: x is kept apart from z, and y's storyline is z's.
	cl.Merge(Merge{Story: y, Into: z, Storyline: y, IntoLine: z})
	if want := [][2]string{pair(x, z)}; !slices.Equal(cl.Apart, want) {
		t.Errorf("apart after the merge: %v, want %v", cl.Apart, want)
	}
	if _, ok := cl.StorylineOf(y); ok {
		t.Errorf("the merged story %s is still known", y)
	}
	// A story moved out starts open, in a line of its own.
	cl.Open("moved")
	if line, ok := cl.StorylineOf("moved"); !ok || line != "moved" {
		t.Errorf("the opened story's line: %q, %v", line, ok)
	}
	cl.Reset(z, nil, nil)
	if len(cl.Apart) != 0 {
		t.Errorf("apart after the story went: %v", cl.Apart)
	}
}

// Changes reports every story that changes, however it changes: stories
// saved from it, as a store keeps them, are the stories in memory. The
// clusterer is put through placements over four years (so stories close
// and are forgotten), merges of alike stories, copies, resets, editors'
// moves, merges and storylines, and checked every few steps.
func TestChanges(t *testing.T) {
	var c Clusterer
	saved := map[string]string{} // "open/ID" or "past/ID" → JSON
	encode := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	save := func() {
		open, past := c.Changes()
		for id, s := range open {
			if delete(saved, "open/"+id); s != nil {
				saved["open/"+id] = encode(s)
			}
		}
		for id, p := range past {
			if delete(saved, "past/"+id); p != nil {
				saved["past/"+id] = encode(p)
			}
		}
	}
	check := func(step int) {
		t.Helper()
		want := map[string]string{}
		for _, s := range c.Stories {
			want["open/"+s.ID] = encode(s)
		}
		for _, p := range c.Past {
			want["past/"+p.ID] = encode(p)
		}
		for k, v := range want {
			if saved[k] != v {
				t.Fatalf("step %d: %s saved as %.80s, is %.80s", step, k, saved[k], v)
			}
		}
		for k := range saved {
			if _, ok := want[k]; !ok {
				t.Fatalf("step %d: %s saved, no longer held", step, k)
			}
		}
	}
	rng := rand.New(rand.NewPCG(7, 47))
	docs := map[string]Doc{}
	start := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	merged := 0
	for i := range 4000 {
		// A topic's reports come over a few days and tell one half of it
		// or, bridging the two stories those make, both.
		topic, from, n, size := i/8+rng.IntN(4), 0, 8, 30
		if k := rng.IntN(8); k < 7 {
			from, n, size = 4*(k%2), 4, 12
		}
		var words []string
		for range size {
			words = append(words, fmt.Sprintf("t%dw%d", topic, from+rng.IntN(n)))
		}
		words = append(words, fmt.Sprintf("noise%d", rng.IntN(2000)))
		d := doc(fmt.Sprintf("a%d", i), strings.Join(words, " "))
		when := start.Add(time.Duration(i) * 9 * time.Hour)
		d.Published = &when
		if rng.IntN(20) == 0 {
			d.Ordinals = map[string][]int{"round": {1 + rng.IntN(3)}}
		}
		docs[d.ID] = d
		c.Observe(d.Terms)
		if _, _, merges := c.Place(d); len(merges) > 0 {
			merged++
		}
		// An edit to a story that may not have changed since the last save.
		s, k := c.Stories[rng.IntN(len(c.Stories))], rng.IntN(40)
		if s.Into != "" {
			k = -1 // merged: no edit
		}
		switch k {
		case 0: // a copy joins
			c.Join(s.ID, d.ID+"-copy")
		case 1: // its first article moved out to a story of its own
			first := s.Articles[0]
			if docs[first].ID == "" {
				break // a copy
			}
			c.Open("moved-" + first)
			c.Reset("moved-"+first, []string{first}, []Doc{docs[first]})
			var rest []Doc
			for _, a := range s.Articles[1:] {
				if docs[a].ID != "" {
					rest = append(rest, docs[a])
				}
			}
			c.Reset(s.ID, s.Articles[1:], rest)
			c.KeepApart(s.ID, "moved-"+first)
		case 2: // merged by an editor into the story placed last
			if into := c.Stories[len(c.Stories)-1]; into != s && into.Into == "" {
				c.Merge(Merge{Story: s.ID, Into: into.ID, Storyline: s.Storyline, IntoLine: into.Storyline})
			}
		case 3: // a remembered story's storyline joined to this one's
			if len(c.Past) > 0 {
				c.JoinLines(c.Past[rng.IntN(len(c.Past))].Storyline, s.Storyline)
			}
		case 4: // out of its storyline
			c.SetLine(s.ID, s.ID)
		case 5:
			if len(c.Past) > 0 {
				p := c.Past[rng.IntN(len(c.Past))]
				c.SetLine(p.ID, p.ID)
			}
		case 6: // removed
			c.Reset(s.ID, nil, nil)
		}
		if i%37 == 0 {
			save()
			check(i)
		}
	}
	save()
	check(4000)
	if len(c.Past) == 0 || merged == 0 {
		t.Fatalf("%d stories remembered and %d merged as placed: the steps tried too little", len(c.Past), merged)
	}
}
