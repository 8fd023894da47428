package dedup_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/dedup"
)

const wire = `The town council of Port Elin approved the harbour plan on Tuesday after a four-hour debate.
The mayor said the vote was a good day for the harbour and for the fishing families who depend on it.
Opponents said the plan would cost more than the council had admitted and vowed to challenge it in court.
The plan includes a new breakwater, a ferry terminal and dredging of the old channel over three years.`

func TestIndex(t *testing.T) {
	tests := []struct {
		name, body, wantCopyOf string
	}{
		{"original", wire, ""},
		{"exact copy", wire, "wire"},
		{"copy with byline and new headline", "Harbour plan passes\nBy Staff Reporter\n" + wire, "wire"},
		{"copy missing last paragraph", wire[:strings.LastIndex(wire, "\n")], "wire"},
		{"rewrite of the same event", `Port Elin's councillors backed the harbour scheme on Tuesday following four hours of argument.
Mayor Ruth Alder called it a great day for fishermen, while critics warned of hidden costs and threatened legal action.`, ""},
		{"unrelated", "A new species of frog was found in the rainforest by a team of biologists from the university.", ""},
	}
	var ix dedup.Index
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := "wire"
			if i > 0 {
				id = tt.name
			}
			if got, _ := ix.Add(id, dedup.Sign(tt.body), 0); got != tt.wantCopyOf {
				t.Errorf("Add = %q, want %q", got, tt.wantCopyOf)
			}
		})
	}
}

func TestSimilarity(t *testing.T) {
	a, b := dedup.Sign(wire), dedup.Sign(wire)
	if got := dedup.Similarity(a, b); got != 1 {
		t.Errorf("identical texts: %v", got)
	}
	if got := dedup.Similarity(a, dedup.Sign("something else entirely, with no words in common at all here")); got > 0.1 {
		t.Errorf("different texts: %v", got)
	}
}

func TestEarliestIsOriginal(t *testing.T) {
	var ix dedup.Index
	sig := dedup.Sign(wire)
	if orig, _ := ix.Add("late", sig, 2000); orig != "" {
		t.Fatal("first article is an original")
	}
	// An earlier copy arrives: it becomes the original.
	if orig, replaced := ix.Add("early", sig, 1000); orig != "" || replaced != "late" {
		t.Fatalf("earlier copy: copyOf %q, replaced %q", orig, replaced)
	}
	// Later copies, and undated ones, point at the earliest.
	if orig, replaced := ix.Add("later", sig, 3000); orig != "early" || replaced != "" {
		t.Errorf("later copy: %q %q", orig, replaced)
	}
	if orig, _ := ix.Add("undated", sig, 0); orig != "early" {
		t.Errorf("undated copy: %q", orig)
	}
}

func TestOldOriginalsForgotten(t *testing.T) {
	var ix dedup.Index
	old := dedup.Sign(wire)
	ix.Add("old", old, 1000)
	// Fill the index with unrelated originals dated long after.
	for i := 0; i < 2048; i++ {
		body := strings.Repeat("filler text number "+strconv.Itoa(i)+" ", 10)
		ix.Add("f"+strconv.Itoa(i), dedup.Sign(body), 1000+int64(dedup.Window)+int64(i))
	}
	if got, _ := ix.Add("late-copy", old, 1000+2*int64(dedup.Window)); got != "" {
		t.Errorf("a copy published long after its original matched %q", got)
	}
}

// Signatures are stored with the pipeline's state: a change to how they
// are computed would hide every copy of the articles already stored.
func TestSignStable(t *testing.T) {
	tests := []struct {
		text        string
		first, last uint64
	}{
		{"", 0x2d430404174f80b8, 0x4d3d1d7ae05e02de},
		{"Short text.", 0xf3beb993bb714e57, 0xc83815fba109dde9},
		{"The talks in Lundgate lasted six hours, officials said on Wednesday.", 0x70df0ac1b545984e, 0x187041cf2c4a5070},
	}
	for _, tt := range tests {
		sig := dedup.Sign(tt.text)
		if sig[0] != tt.first || sig[len(sig)-1] != tt.last {
			t.Errorf("Sign(%q) = %#x…%#x, want %#x…%#x", tt.text, sig[0], sig[len(sig)-1], tt.first, tt.last)
		}
	}
}

// TestRemoveOriginal: when an original is removed, the copy put in its place
// is what later copies are copies of; a removed original with none is gone.
func TestRemoveOriginal(t *testing.T) {
	var ix dedup.Index
	sig := dedup.Sign(wire)
	ix.Add("wire", sig, 0)
	if got, _ := ix.Add("herald", sig, 0); got != "wire" {
		t.Fatalf("herald copies %q, want wire", got)
	}
	if !ix.Remove("wire") || ix.Remove("wire") || ix.Remove("herald") {
		t.Fatal("Remove should report the indexed original only, once")
	}
	ix.Insert("herald", sig, 0)
	if got, _ := ix.Add("courier", sig, 0); got != "herald" {
		t.Errorf("courier copies %q, want herald", got)
	}
	ix.Remove("herald")
	if got, _ := ix.Add("post", sig, 0); got != "" {
		t.Errorf("with no original left, post copies %q", got)
	}
}
