package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titles never end a sentence: a name always follows them.
var titles = Set("mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st rev hon pres supt insp fr sr jr mt ft no nos vs v ald det cpl pvt brig amb atty const cst")

// abbrevs end a sentence only when a word that usually opens one follows:
// "in the U.S. The talks" splits, "U.S. President" does not.
var abbrevs = Set("u.s u.k u.n e.u a.m p.m etc inc corp co ltd bros jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ assn e.g i.e lb lbs oz yd yds sq hr hrs")

// starters are words that often open a sentence after an ambiguous period.
var starters = Set("the a an he she it they we i you this that these those there but and so yet however in on at after before when while if as his her its their our my mr mrs ms dr")

// closers are the marks that close a quote or a bracket after a sentence
// of Chinese or Japanese has ended: 「…した。」
const closers = "」』）】〉》\")"

// Set is the set of the space-separated words of a list.
func Set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Sentences splits one paragraph into sentences. A period after a title
// ("Mr."), an initial ("J.") or an abbreviation ("U.S.", "Jan.") does not end
// a sentence unless the next word reads as a sentence opener.
func Sentences(para string) []string {
	if k := runOnThe(para); k > 0 {
		return append(Sentences(para[:k]), Sentences(para[k:])...)
	}
	var out []string
	if k := gluedHeadline(para); k > 0 {
		out, para = append(out, para[:k]), para[k:]
	}
	start := 0
	for i := 0; i < len(para); {
		r, size := utf8.DecodeRuneInString(para[i:])
		i += size
		if r == '。' || r == '！' || r == '？' {
			// Chinese and Japanese end a sentence on a mark of their own,
			// with no space after it and no abbreviation to mistake.
			end := i
			for {
				c, n := utf8.DecodeRuneInString(para[end:])
				if !strings.ContainsRune(closers, c) || n == 0 {
					break
				}
				end += n
			}
			if next, _ := utf8.DecodeRuneInString(para[end:]); end > i && next == 'と' {
				i = end
				continue // 「よかった。」と話した: the quote goes on the sentence
			}
			if s := strings.TrimSpace(para[start:end]); s != "" {
				out = append(out, s)
			}
			start, i = end, end
			continue
		}
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		// Take the whole run of terminal marks and closing quotes/brackets.
		end := i
		for end < len(para) && strings.IndexByte(`.!?"')]`, para[end]) >= 0 {
			end++
		}
		if end < len(para) && para[end] != ' ' && !glued(para[:i-size], para[end:]) {
			if k := dashAfter(para[end:]); k > 0 {
				// "…on December 14.-- A rep said …": a dash between
				// sentences ends the first.
				if s := strings.TrimSpace(para[start:end]); s != "" {
					out = append(out, s)
				}
				start, i = end+k, end+k
				continue
			}
			if k := footnote(para[:i-size], para[end:]); k > 0 {
				// The marker is no one's words: the sentence ends before it.
				if s := strings.TrimSpace(para[start:end]); s != "" {
					out = append(out, s)
				}
				start, i = end+k, end+k
				continue
			}
			i = end
			continue // "3.5", "U.S.-led", "example.com"
		}
		next := nextWord(para[end:])
		if next != "" && !opensSentence(next) {
			i = end
			continue
		}
		if r == '.' && !boundaryAfterPeriod(para[start:i-1], next) {
			i = end
			continue
		}
		if s := strings.TrimSpace(para[start:end]); s != "" {
			out = append(out, s)
		}
		start, i = end, end
	}
	if s := strings.TrimSpace(para[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// glued reports a sentence run onto the next with no space, as pages
// joined from separate lines often are ("in 2007 for $175 million.Diane
// Carter is…"): a word of lower-case letters or digits, the mark, then a
// capitalised word.
func glued(before, after string) bool {
	n := len(before)
	if n < 2 || !lowerOrDigit(before[n-1]) || !lowerOrDigit(before[n-2]) {
		return false
	}
	return len(after) >= 2 && after[0] >= 'A' && after[0] <= 'Z' && after[1] >= 'a' && after[1] <= 'z'
}

// gluedHeadline returns where a paragraph's first sentence begins when a
// headline in title case runs onto it with no mark or space, as a page's
// list of teasers often does ("The Sunshine Factory Burns Bright In
// PlymouthThe Sunshine Factory opened in 1976"), else 0. The sentence
// must open on a word that opens sentences ("The", "In", "We"), glued to
// a word in lower case, after three words or more and no comma, so that
// names like "DeRusha" and "McDonald" stay whole, and "In 2012, LinkedIn
// was …" reads on.
func gluedHeadline(para string) int {
	at, n := 0, 0
	for w := range strings.SplitSeq(para, " ") {
		if n == 20 {
			break
		}
		for p := 2; p < len(w); p++ {
			if isUpper(w[p]) && isLower(w[p-1]) && gluedOpeners[w[p:]] && n >= 3 && titleWord(w[:p]) && !strings.Contains(para[:at], ",") {
				return at + p
			}
		}
		if !titleWord(w) {
			break
		}
		at, n = at+len(w)+1, n+1
	}
	return 0
}

// runOnThe returns where a sentence opening on "The" runs on, with no
// mark, from a caption's or a heading's words ("View Photos The men and
// women …", "… from the White House The newly named director …"): "The"
// and a word in lower case, after a word of letters or digits that is no
// function word ("write from The hurt" reads on); else 0.
func runOnThe(para string) int {
	for at := 0; ; {
		i := strings.Index(para[at:], " The ")
		if i < 0 {
			return 0
		}
		i += at
		before := para[:i]
		prev := before[strings.LastIndexByte(before, ' ')+1:]
		if j := i + len(" The "); j < len(para) && isLower(para[j]) && prev != "" && (lowerOrDigit(prev[len(prev)-1]) || isUpper(prev[len(prev)-1])) && !stopWords[strings.ToLower(prev)] {
			return i + 1
		}
		at = i + 1
	}
}

// gluedOpeners are the words that open a sentence run onto a headline.
var gluedOpeners = Set("The A An In On At As After When We This It For")

// titleWord reports a word of a headline in title case: capitalised, a
// figure, or a short function word ("of", "a").
func titleWord(w string) bool {
	w = strings.TrimLeft(w, `"'“‘(`)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || headlineSmall[strings.TrimRight(w, ",:")]
}

var headlineSmall = Set("a an the of in on at to for and or by with from vs")

// dashAfter returns the length of a dash set after a sentence's mark
// ("--", "—") when a space and a capital follow it, else 0.
func dashAfter(after string) int {
	k := 0
	switch {
	case strings.HasPrefix(after, "--"):
		k = 2
	case strings.HasPrefix(after, "—"), strings.HasPrefix(after, "–"):
		k = len("—")
	default:
		return 0
	}
	if k+1 < len(after) && after[k] == ' ' && after[k+1] >= 'A' && after[k+1] <= 'Z' {
		return k
	}
	return 0
}

// footnote returns the length of a footnote's number run onto a sentence's
// end, as pages copied with their notes have them ("…as well.39 But
// Emma…"): a word of lower-case letters, the mark, one to three digits,
// a space and a capitalised word. It returns 0 for anything else ("2.5").
func footnote(before, after string) int {
	n := len(before)
	if n < 2 || !isLower(before[n-1]) || !isLower(before[n-2]) {
		return 0
	}
	k := 0
	for k < len(after) && k < 4 && after[k] >= '0' && after[k] <= '9' {
		k++
	}
	if k == 0 || k > 3 || k+2 >= len(after) || after[k] != ' ' || after[k+1] < 'A' || after[k+1] > 'Z' {
		return 0
	}
	return k
}

func isLower(b byte) bool { return b >= 'a' && b <= 'z' }

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

func lowerOrDigit(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }

func nextWord(s string) string {
	s = strings.TrimLeft(s, " ")
	if j := strings.IndexByte(s, ' '); j >= 0 {
		s = s[:j]
	}
	return s
}

// opensSentence reports whether w can start a sentence: an upper-case
// letter, a digit, or an opening quote or bracket.
func opensSentence(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if r == '"' || r == '\'' || r == '(' || r == '[' {
		// "16 lbs. "and two belt loops"": a quote that opens on a
		// lower-case word goes on the sentence.
		next, _ := utf8.DecodeRuneInString(w[size:])
		return !unicode.IsLower(next)
	}
	// A script without capitals (Korean, Arabic) may open one on any letter.
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r >= utf8.RuneSelf && unicode.IsLetter(r) && !unicode.IsLower(r)
}

// boundaryAfterPeriod decides whether the period closing before ends a
// sentence, given the word that follows.
func boundaryAfterPeriod(before, next string) bool {
	j := strings.LastIndexAny(before, " (\"'")
	word := before[j+1:]
	lw := strings.ToLower(word)
	if next == "" {
		return true
	}
	if lw == "no" || lw == "nos" {
		// "No. 10", "Nos. 3 and 4"; but "the answer was no. The council …"
		r, _ := utf8.DecodeRuneInString(next)
		return !unicode.IsDigit(r) && r != '#'
	}
	if titles[lw] {
		return false
	}
	// A lone capital is an initial: "J. Smith".
	if r, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsUpper(r) {
		return false
	}
	nw := strings.ToLower(strings.Trim(next, `"'([`))
	if isDotted(lw) && next[0] == '"' {
		return true // "…sold in the U.S. "Forget about Ford," he said."
	}
	if abbrevs[lw] || isDotted(lw) {
		return starters[nw]
	}
	return true
}

// isDotted reports forms such as "u.s" or "a.k.a": letters joined by dots.
func isDotted(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}
