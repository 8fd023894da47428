package cluster

import (
	"slices"
	"testing"
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
