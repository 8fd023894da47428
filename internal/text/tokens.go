package text

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// Words splits s into words: runs of letters and digits, with inner
// apostrophes, hyphens and periods kept ("don't", "five-hour", "U.S.").
// A trailing possessive "'s" is dropped.
func Words(s string) []string {
	var out []string
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' || r == '.')
	})
	for _, w := range f {
		w = strings.Trim(w, "'-.")
		w = strings.TrimSuffix(w, "'s")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// Terms returns the stemmed, lower-case content words of s, stop words
// removed, for similarity and TF-IDF. Hyphenated words count as their parts.
func Terms(s string) []string {
	var out []string
	for _, w := range Words(strings.ToLower(s)) {
		for _, p := range strings.Split(w, "-") {
			acronym := strings.Contains(p, ".") // "U.S." is not the pronoun "us"
			p = strings.ReplaceAll(p, ".", "")
			p = strings.ReplaceAll(p, "'", "")
			if len(p) < 2 || (StopWord(p) && !acronym) {
				continue
			}
			out = append(out, Stem(p))
		}
	}
	return out
}

// The stem cache is read far more than written, from every core: a
// sync.Map reads without locking. It is emptied when it grows past
// maxStems, to bound memory on huge vocabularies.
var (
	stemCache sync.Map
	stems     atomic.Int64
)

const maxStems = 200000

// Stem returns the English Snowball stem of a lower-case word.
func Stem(w string) string {
	if s, ok := stemCache.Load(w); ok {
		return s.(string)
	}
	s := english.Stem(w, false)
	if stems.Add(1) > maxStems {
		stemCache.Clear()
		stems.Store(0)
	}
	stemCache.Store(w, s)
	return s
}

// StopWord reports whether the lower-case word w carries no topic.
func StopWord(w string) bool { return stopWords[w] }

var stopWords = set(`a about above after again against all almost also although am among an and another any are
around as at be because been before being below between both but by can could did do does doing done down
during each either else ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less like made make many may me might more
most much must my myself near neither never no nor not now of off often on once one only or other others
our ours ourselves out over own per perhaps quite rather really said same says see seen several she should
since so some still such than that the their theirs them themselves then there these they this those though
through thus to too toward towards under until up upon us very via was we well were what whatever when where
whether which while who whom whose why will with within without would yet you your yours yourself
yourselves told tell says say saying according also amid mr mrs ms dr new year years week weeks day days
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow time times`)
