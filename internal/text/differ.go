package text

// What tells two sentences alike in their words apart: a figure, a
// negation.

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Figures are the numbers a text gives, in digits or in words, each once
// and written in digits: "12", "3000", "twelve" (12), "twenty-five" (25).
// Two sentences alike in words but for a figure say different things.
func Figures(s string) []string {
	var out []string
	add := func(v string) {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	notPart := func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ',' && r != '-'
	}
	for w := range strings.FieldsFuncSeq(s, notPart) {
		// "twenty-five" is one number; "12-year-old" and "two-thirds"
		// give theirs.
		run, prev := 0, ""
		for p := range strings.SplitSeq(strings.Trim(w, ".,-"), "-") {
			if n, ok := numberWord(p); ok {
				switch dozen := strings.EqualFold(p, "dozen"); {
				case dozen && strings.EqualFold(prev, "half"):
					run = 6 // "a half-dozen"
				case dozen && run > 0:
					run *= 12 // "two-dozen"
				default:
					run += n
				}
				prev = p
				continue
			}
			prev = p
			if run > 0 {
				add(strconv.Itoa(run))
				run = 0
			}
			if p = strings.ReplaceAll(strings.Trim(p, ".,"), ",", ""); p != "" && unicode.IsDigit(rune(p[0])) {
				add(strings.ToLower(p)) // "$40M" is "40m", as "$40m"
			}
		}
		if run > 0 {
			add(strconv.Itoa(run))
		}
	}
	return out
}

// numberWord reads a number written as a word, in any case. Every
// sentence's words pass here, so most are turned away by their length or
// first letter before a lookup.
func numberWord(w string) (int, bool) {
	if len(w) < 3 || len(w) > 9 || !strings.ContainsRune("otfsenhdOTFSENHD", rune(w[0])) {
		return 0, false
	}
	n, ok := numberWords[strings.ToLower(w)]
	return n, ok
}

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}

// Negation is what a text's negations deny: Denied, the content words
// (Terms) a "not", "never" or verb ending in "n't" negates, after "to",
// "be" or "have" ("will not close", "not to close", "should not be
// extradited": close, close, extradit); and Any, whether it negates
// anything at all, a noun too ("no days off", "at no point"). "We will
// not raise taxes" and "we will raise taxes" share every content word,
// and say the opposite. Turns of phrase ("not least", "not only",
// "whether or not") and a negation of anything but a word right after it
// ("but not with blood from …") deny no word.
type Negation struct {
	Denied []string
	Any    bool
}

// Negations reads what s's negations deny.
func Negations(s string) Negation {
	var n Negation
	ws := Words(strings.ToLower(s))
	for i, w := range ws {
		if nouns[w] {
			n.Any = true
		}
		if !negations[w] && !strings.HasSuffix(w, "n't") {
			continue
		}
		n.Any = true
		if i > 0 && ws[i-1] == "or" {
			continue
		}
		for _, next := range ws[i+1 : min(i+4, len(ws))] {
			if auxiliaries[next] {
				continue
			}
			if t := Terms(next); len(t) > 0 && !phrases[next] {
				n.Denied = append(n.Denied, t[0])
			}
			break
		}
	}
	return n
}

var (
	negations   = map[string]bool{"not": true, "never": true, "cannot": true}
	nouns       = map[string]bool{"no": true, "none": true, "nothing": true, "nobody": true, "neither": true, "nor": true, "without": true}
	auxiliaries = map[string]bool{"to": true, "be": true, "been": true, "being": true, "have": true, "has": true, "had": true, "ever": true, "yet": true}
	phrases     = map[string]bool{"least": true, "only": true, "just": true, "even": true, "always": true, "quite": true, "necessarily": true, "exactly": true, "much": true, "very": true, "all": true, "sure": true}
)

// Reworded is how alike two sentences' words must be (the cosine of their
// terms) for a negation to set them against each other: the same words
// but for it. Paraphrases that negate ("would not carry the catalog",
// "planned to stop carrying the catalog") are less alike, and agree as
// often as not.
const Reworded = 0.8

// Opposed reports two texts of which one denies what the other affirms:
// a word one denies that the other has (inA, inB say which words each
// has), in a text with no negation at all. Two texts that both negate
// something ("did not mean it", "at no point did I mean that") are more
// often one thing said two ways.
func Opposed(a, b Negation, inA, inB func(w string) bool) bool {
	denies := func(a, b Negation, inB func(string) bool) bool {
		return !b.Any && slices.ContainsFunc(a.Denied, inB)
	}
	return denies(a, b, inB) || denies(b, a, inA)
}
