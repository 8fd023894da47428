package rouge

import "strings"

// Stem is the Porter stemmer as NLTK runs it by default (its
// "NLTK_EXTENSIONS" mode), which Google's rouge-score uses: ROUGE figures
// are only comparable with the same stems. The word must be lower case.
func Stem(word string) string {
	if s, ok := irregular[word]; ok {
		return s
	}
	if len(word) <= 2 {
		return word
	}
	w := []byte(word)
	w = step1a(w)
	w = step1b(w)
	w = step1c(w)
	w = step2(w)
	w = step3(w)
	w = step4(w)
	w = step5a(w)
	w = step5b(w)
	return string(w)
}

var irregular = map[string]string{
	"skies": "sky", "sky": "sky", "dying": "die", "lying": "lie", "tying": "tie", "news": "news",
	"innings": "inning", "inning": "inning", "outings": "outing", "outing": "outing",
	"cannings": "canning", "canning": "canning", "howe": "howe", "proceed": "proceed",
	"exceed": "exceed", "succeed": "succeed",
}

func consonant(w []byte, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !consonant(w, i-1)
	}
	return true
}

// measure is m in [C](VC)^m[V]: how many vowel-consonant sequences.
func measure(w []byte) int {
	m := 0
	for i := 1; i < len(w); i++ {
		if consonant(w, i) && !consonant(w, i-1) {
			m++
		}
	}
	return m
}

func hasVowel(w []byte) bool {
	for i := range w {
		if !consonant(w, i) {
			return true
		}
	}
	return false
}

func doubleConsonant(w []byte) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && consonant(w, n-1)
}

// cvc: consonant-vowel-consonant ending, the last not w, x or y; NLTK also
// counts a two-letter vowel-consonant word.
func cvc(w []byte) bool {
	n := len(w)
	if n >= 3 && consonant(w, n-3) && !consonant(w, n-2) && consonant(w, n-1) {
		c := w[n-1]
		return c != 'w' && c != 'x' && c != 'y'
	}
	return n == 2 && !consonant(w, 0) && consonant(w, 1)
}

type rule struct {
	suffix, replacement string
	cond                func(stem []byte) bool
}

func positive(stem []byte) bool { return measure(stem) > 0 }
func above1(stem []byte) bool   { return measure(stem) > 1 }

func join(stem []byte, s string) []byte {
	return append(stem[:len(stem):len(stem)], s...)
}

// apply applies the first rule whose suffix matches: its replacement when
// its condition holds, else the word unchanged.
func apply(w []byte, rules []rule) []byte {
	for _, r := range rules {
		if r.suffix == "*d" {
			if doubleConsonant(w) {
				stem := w[:len(w)-2]
				if r.cond == nil || r.cond(stem) {
					return join(stem, r.replacement)
				}
				return w
			}
			continue
		}
		if strings.HasSuffix(string(w), r.suffix) {
			stem := w[:len(w)-len(r.suffix)]
			if r.cond == nil || r.cond(stem) {
				return join(stem, r.replacement)
			}
			return w
		}
	}
	return w
}

func ends(w []byte, s string) bool { return strings.HasSuffix(string(w), s) }

func step1a(w []byte) []byte {
	if ends(w, "ies") && len(w) == 4 {
		return join(w[:1], "ie")
	}
	return apply(w, []rule{{"sses", "ss", nil}, {"ies", "i", nil}, {"ss", "ss", nil}, {"s", "", nil}})
}

func step1b(w []byte) []byte {
	if ends(w, "ied") {
		if len(w) == 4 {
			return join(w[:1], "ie")
		}
		return join(w[:len(w)-3], "i")
	}
	if ends(w, "eed") {
		stem := w[:len(w)-3]
		if measure(stem) > 0 {
			return join(stem, "ee")
		}
		return w
	}
	var stem []byte
	found := false
	for _, suf := range []string{"ed", "ing"} {
		if ends(w, suf) {
			stem = w[:len(w)-len(suf)]
			if hasVowel(stem) {
				found = true
				break
			}
		}
	}
	if !found {
		return w
	}
	last := stem[len(stem)-1]
	return apply(stem, []rule{
		{"at", "ate", nil}, {"bl", "ble", nil}, {"iz", "ize", nil},
		{"*d", string(last), func([]byte) bool { return last != 'l' && last != 's' && last != 'z' }},
		{"", "e", func(s []byte) bool { return measure(s) == 1 && cvc(s) }},
	})
}

func step1c(w []byte) []byte {
	return apply(w, []rule{{"y", "i", func(s []byte) bool { return len(s) > 1 && consonant(s, len(s)-1) }}})
}

func step2(w []byte) []byte {
	if ends(w, "alli") && positive(w[:len(w)-4]) {
		return step2(join(w[:len(w)-4], "al"))
	}
	return apply(w, []rule{
		{"ational", "ate", positive}, {"tional", "tion", positive}, {"enci", "ence", positive},
		{"anci", "ance", positive}, {"izer", "ize", positive}, {"bli", "ble", positive},
		{"alli", "al", positive}, {"entli", "ent", positive}, {"eli", "e", positive},
		{"ousli", "ous", positive}, {"ization", "ize", positive}, {"ation", "ate", positive},
		{"ator", "ate", positive}, {"alism", "al", positive}, {"iveness", "ive", positive},
		{"fulness", "ful", positive}, {"ousness", "ous", positive}, {"aliti", "al", positive},
		{"iviti", "ive", positive}, {"biliti", "ble", positive}, {"fulli", "ful", positive},
		// The l of "logi" stays with the stem: "geo-logi", "theo-logi".
		{"logi", "log", func([]byte) bool { return positive(w[:len(w)-3]) }},
	})
}

func step3(w []byte) []byte {
	return apply(w, []rule{
		{"icate", "ic", positive}, {"ative", "", positive}, {"alize", "al", positive},
		{"iciti", "ic", positive}, {"ical", "ic", positive}, {"ful", "", positive}, {"ness", "", positive},
	})
}

func step4(w []byte) []byte {
	return apply(w, []rule{
		{"al", "", above1}, {"ance", "", above1}, {"ence", "", above1}, {"er", "", above1},
		{"ic", "", above1}, {"able", "", above1}, {"ible", "", above1}, {"ant", "", above1},
		{"ement", "", above1}, {"ment", "", above1}, {"ent", "", above1},
		{"ion", "", func(s []byte) bool { return above1(s) && (s[len(s)-1] == 's' || s[len(s)-1] == 't') }},
		{"ou", "", above1}, {"ism", "", above1}, {"ate", "", above1}, {"iti", "", above1},
		{"ous", "", above1}, {"ive", "", above1}, {"ize", "", above1},
	})
}

func step5a(w []byte) []byte {
	if ends(w, "e") {
		stem := w[:len(w)-1]
		if m := measure(stem); m > 1 || (m == 1 && !cvc(stem)) {
			return stem
		}
	}
	return w
}

func step5b(w []byte) []byte {
	return apply(w, []rule{{"ll", "l", func([]byte) bool { return measure(w[:len(w)-1]) > 1 }}})
}
