package text

import (
	"strings"
	"testing"
)

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Mr. Smith met the U.S. envoy. He left.", `"Yes," he said. "No."`, "3.5 percent. Jan. 5", "...", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = Normalize(s)
		for _, para := range Paragraphs(s) {
			got := Sentences(para)
			// Sentences cover the paragraph's words, in order, nothing lost.
			if strings.Join(strings.Fields(strings.Join(got, " ")), " ") != strings.Join(strings.Fields(para), " ") {
				t.Fatalf("Sentences(%q) = %q lost text", para, got)
			}
		}
	})
}
