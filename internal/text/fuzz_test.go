package text

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Mr. Smith met the U.S. envoy. He left.", `"Yes," he said. "No."`, "3.5 percent. Jan. 5", "...", "", "as well.39 But Emma", "on May 14.-- A rep", "港は再開した。「よし。」と話した！本当？", "항구가 열렸다. 시장은 기뻐했다."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = Normalize(s)
		for _, para := range Paragraphs(s) {
			got := Sentences(para)
			// Sentences cover the paragraph's text, in order, nothing lost
			// but spaces, footnote numbers and dashes between sentences (a
			// sentence run onto the next with no space is split there).
			if !coversBarDigits(strings.Join(strings.Fields(para), ""), strings.Join(strings.Fields(strings.Join(got, "")), "")) {
				t.Fatalf("Sentences(%q) = %q lost text", para, got)
			}
		}
	})
}

func FuzzTerms(f *testing.F) {
	for _, s := range []string{"The talks lasted five hours.", "Kindleの本を東京都で読む", "港", "U.S.-led 五時間 talks", "서울시는 港서울"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, term := range terms(s) {
			if term == "" || !utf8.ValidString(term) && utf8.ValidString(s) {
				t.Fatalf("terms(%q) gave the term %q", s, term)
			}
		}
		// A search index finds in the spaced text the pairs terms gives (a
		// lone character as a pair's start, where a Korean one follows).
		spaced := strings.Fields(Spaced(s))
		for _, term := range terms(s) {
			if unspacedAt(term) >= 0 && !slices.ContainsFunc(spaced, func(f string) bool { return strings.HasPrefix(f, term) }) {
				t.Fatalf("Spaced(%q) = %q, without the term %q", s, Spaced(s), term)
			}
		}
		// Every field counts at least one word, a run of Chinese or
		// Japanese one for every two characters.
		if n, f := Length(s), NumFields(s); n < f {
			t.Fatalf("Length(%q) = %d, fewer than its %d fields", s, n, f)
		}
	})
}

// coversBarDigits reports whether got is all of want but some digits and
// dashes (footnote numbers, dashes between sentences).
func coversBarDigits(want, got string) bool {
	w, g := []rune(want), []rune(got)
	j := 0
	for _, r := range w {
		switch {
		case j < len(g) && r == g[j]:
			j++
		case !unicode.IsDigit(r) && r != '-' && r != '—' && r != '–':
			return false
		}
	}
	return j == len(g)
}

// referenceWords is Words as first written, on strings.FieldsFunc: the
// faster scanner must split every input the same way.
func referenceWords(s string) []string {
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

func FuzzWords(f *testing.F) {
	for _, s := range []string{"Don't stop the five-hour U.S. talks.", "Putin's aide, Yury Ushakov, said 28 points", "a\u00a0b\u0130c\xffd", "'-.'s", "İstanbul's mayor"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Words(s), referenceWords(s); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzNumFields(f *testing.F) {
	for _, s := range []string{"", "  ", "one", " two  words ", "a\u00a0b\u2003c\td\ne", "bad\xffbyte \x85x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NumFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("NumFields(%q) = %d, want %d", s, got, want)
		}
	})
}

func FuzzFieldsBackward(f *testing.F) {
	for _, s := range []string{"", "  ", "one", " two  words ", "a\u00a0b\u2003c\td\ne", "bad\xffbyte \x85x", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Fields(s)
		slices.Reverse(want)
		if got := slices.Collect(FieldsBackward(s)); !slices.Equal(got, want) {
			t.Errorf("FieldsBackward(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzFigures(f *testing.F) {
	for _, s := range []string{"", "Twelve people, then twenty-five", "$40M-$45M", "1,200 and 1,200", "a 12-year-old", "İone \xff7"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Figures(s)
		for i, v := range got {
			if r, _ := utf8.DecodeRuneInString(v); !unicode.IsDigit(r) || strings.ToLower(v) != v || slices.Contains(got[:i], v) {
				t.Errorf("Figures(%q) = %q: %q is no figure written once, in digits and lower case", s, got, v)
			}
		}
	})
}
