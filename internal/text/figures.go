package text

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
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), notPart) {
		// "twenty-five" is one number; "12-year-old" and "two-thirds"
		// give theirs.
		run := 0
		for p := range strings.SplitSeq(strings.Trim(w, ".,-"), "-") {
			if n, ok := numberWords[p]; ok {
				run += n
				continue
			}
			if run > 0 {
				add(strconv.Itoa(run))
				run = 0
			}
			if p = strings.ReplaceAll(strings.Trim(p, ".,"), ",", ""); p != "" && unicode.IsDigit(rune(p[0])) {
				add(p)
			}
		}
		if run > 0 {
			add(strconv.Itoa(run))
		}
	}
	return out
}

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}

// Denied are what the negations of s deny: for each "not", "never", "no"
// or verb ending in "n't", the first two content words (Terms) within a
// few words after it ("did not close the plant": close, plant; "are not
// going to raise taxes": go, rais). "We will not raise taxes" and "we
// will raise taxes" share every content word, and say the opposite.
func Denied(s string) [][]string {
	var out [][]string
	ws := Words(strings.ToLower(s))
	for i, w := range ws {
		if !negations[w] && !strings.HasSuffix(w, "n't") {
			continue
		}
		var denied []string
		for _, next := range ws[i+1 : min(i+7, len(ws))] {
			if t := Terms(next); len(t) > 0 {
				if denied = append(denied, t[0]); len(denied) == 2 {
					break
				}
			}
		}
		if len(denied) > 0 {
			out = append(out, denied)
		}
	}
	return out
}

var negations = map[string]bool{"not": true, "no": true, "never": true, "nobody": true, "nothing": true, "none": true, "neither": true, "nor": true, "cannot": true}

// Opposed reports two texts of which one denies what the other affirms:
// a negation's words (Denied) all in the other text (inA, inB say which
// words each has), which denies none of them. A negation in another
// clause ("no direct talks are planned, although …") denies words the
// other text does not all have.
func Opposed(a, b [][]string, inA, inB func(w string) bool) bool {
	return denies(a, b, inB) || denies(b, a, inA)
}

func denies(a, b [][]string, inB func(w string) bool) bool {
	for _, neg := range a {
		if !slices.ContainsFunc(neg, func(w string) bool { return !inB(w) }) &&
			!slices.ContainsFunc(b, func(o []string) bool {
				return slices.ContainsFunc(o, func(w string) bool { return slices.Contains(neg, w) })
			}) {
			return true
		}
	}
	return false
}
