package analyze

import (
	_ "embed"
	"strings"
)

// englishWords are the commonest English words (SCOWL's sizes 10 and 20,
// see data/README.md), lower-cased: a word in capitals that is one of
// them is shouted, no acronym ("HUGE", "DEBATE"), and one capitalised
// alone after "in" is no place the lists lack ("in Physics").
//
//go:embed data/english-words.txt
var englishWords string

var dictionary = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(englishWords) {
		m[w] = true
	}
	return m
}()
