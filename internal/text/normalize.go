// Package text holds the language plumbing every stage shares: Unicode
// normalisation, sentence splitting, tokens, stems and stop words.
package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// replacer folds the typographic variants that make the same words compare
// unequal across outlets: hyphens, dashes, curly quotes and invisible marks.
var replacer = strings.NewReplacer(
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2043", "-", "\u2212", "-", "\u00ad", "",
	"\u2014", " — ", "\u2015", " — ",
	"\u2018\u2018", `"`, "\u2019\u2019", `"`, "''", `"`, // doubled single quotes close a quote: ’’
	"\u2018\u2019", `"`, // and open one: ‘’It's not a question …”
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'", "\u2033", `"`,
	"\u2026", "...", "\u2044", "/", // the fraction slash
	"\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "",
	"\r\n", "\n", "\r", "\n",
)

// Normalize returns s in NFKC form with dashes, quotes and spaces folded to
// their plain forms, control characters removed, runs of blanks collapsed
// and each line trimmed. Line breaks are kept: they mark paragraphs.
func Normalize(s string) string {
	s = norm.NFKC.String(vulgarFractions(s))
	s = replacer.Replace(s)
	var b strings.Builder
	b.Grow(len(s))
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		space := false
		written := false
		quotes := 0         // quotation marks so far in the line
		var last, prev rune // the last two runes written
		for _, r := range line {
			switch {
			case unicode.IsSpace(r):
				space = true
				continue
			case unicode.IsControl(r) || r == unicode.ReplacementChar:
				continue
			}
			// "…my love."She responded: a quote closed on a sentence's
			// end and the next sentence run onto it get their space.
			glued := last == '"' && quotes%2 == 0 && strings.ContainsRune(".!?", prev) && unicode.IsUpper(r)
			if space && written || glued {
				b.WriteByte(' ')
			}
			if r == '"' {
				quotes++
			}
			space = false
			written = true
			prev, last = last, r
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Paragraphs splits normalised text into non-empty lines.
func Paragraphs(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// vulgarFractions writes "3½" as "3 1/2": NFKC alone makes it "31⁄2", which
// reads as thirty-one halves.
func vulgarFractions(s string) string {
	if !strings.ContainsFunc(s, vulgar) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	var prev rune
	for _, r := range s {
		if vulgar(r) {
			if unicode.IsDigit(prev) {
				b.WriteByte(' ')
			}
			b.WriteString(norm.NFKC.String(string(r))) // "1⁄2": the replacer makes the slash plain
		} else {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// vulgar reports a fraction written as one character: "½", "¾", "⅓".
func vulgar(r rune) bool { return r >= '¼' && r <= '¾' || r >= '⅐' && r <= '⅞' }
