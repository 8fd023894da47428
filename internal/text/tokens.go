package text

import (
	"hash/maphash"
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// Words splits s into words: runs of letters and digits, with inner
// apostrophes, hyphens and periods kept ("don't", "five-hour", "U.S.").
// A trailing possessive "'s" is dropped.
func Words(s string) []string {
	var out []string
	for w := range AllWords(s) {
		out = append(out, w)
	}
	return out
}

// AllWords yields the words of s as Words returns them. It runs on every
// sentence several times over, so it scans bytes, not runes, where it
// can, and allocates nothing.
func AllWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		emit := func(end int) bool {
			// strings.Trim(w, "'-.") without building its cutset each time.
			for start < end && (s[start] == '\'' || s[start] == '-' || s[start] == '.') {
				start++
			}
			for end > start && (s[end-1] == '\'' || s[end-1] == '-' || s[end-1] == '.') {
				end--
			}
			w := strings.TrimSuffix(s[start:end], "'s")
			start = -1
			return w == "" || yield(w)
		}
		for i := 0; i < len(s); {
			c := s[i]
			var in bool
			size := 1
			if c < utf8.RuneSelf {
				in = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\'' || c == '-' || c == '.'
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				in = unicode.IsLetter(r) || unicode.IsDigit(r)
			}
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				if !emit(i) {
					return
				}
			}
			i += size
		}
		if start >= 0 {
			emit(len(s))
		}
	}
}

// Terms returns the stemmed, lower-case content words of s, stop words
// removed, for similarity and TF-IDF. Hyphenated words count as their parts.
// The slice is shared: callers must not change it.
func Terms(s string) []string {
	if len(s) > maxTermText {
		return terms(s)
	}
	sh := &termShards[maphash.String(termSeed, s)%uint64(len(termShards))]
	sh.mu.RLock()
	t, ok := sh.m[s]
	sh.mu.RUnlock()
	if ok {
		return t
	}
	t = terms(s)
	sh.mu.Lock()
	if sh.m == nil || len(sh.m) >= maxTermTexts/len(termShards) {
		sh.m = map[string][]string{}
	}
	sh.m[strings.Clone(s)] = t
	sh.mu.Unlock()
	return t
}

// A sentence is tokenised again and again: for the clustering features
// when its article arrives, and for the findings, quotes and brief each
// time its story is rebuilt. Terms remembers the terms of recent texts up
// to a long sentence's length, sharded like the stem cache; a shard is
// emptied when full, which bounds the memory to a few megabytes. (Most
// reuse is within one story's rebuild: 20,000 texts were as fast as
// 100,000 on the 10k scale corpus, and 90 MB smaller at peak.)
var (
	termSeed   = maphash.MakeSeed()
	termShards [64]struct {
		mu sync.RWMutex
		m  map[string][]string
	}
)

const (
	maxTermText  = 512 // bytes
	maxTermTexts = 20000
)

func terms(s string) []string {
	var out []string
	var buf []byte
	for w := range AllWords(strings.ToLower(s)) {
		if unspacedAt(w) >= 0 {
			out = unspacedTerms(out, w)
			continue
		}
		for p := range strings.SplitSeq(w, "-") {
			acronym := strings.Contains(p, ".") // "U.S." is not the pronoun "us"
			if acronym || strings.Contains(p, "'") {
				buf = buf[:0]
				for i := 0; i < len(p); i++ {
					if p[i] != '.' && p[i] != '\'' {
						buf = append(buf, p[i])
					}
				}
				p = string(buf)
			}
			if len(p) < 2 || (StopWord(p) && !acronym) {
				continue
			}
			out = append(out, Stem(p))
		}
	}
	return out[:len(out):len(out)] // an append by a caller copies
}

// The stem cache is read far more than written, from every core: it is
// sharded, each shard behind a read-write lock. Its keys are copies, so
// that a cached word does not keep the whole text it was cut from alive.
// A shard is emptied when it grows past its share of maxStems, to bound
// memory on huge vocabularies.
var stemShards [64]struct {
	mu sync.RWMutex
	m  map[string]string
}

const maxStems = 200000

// Stem returns the English Snowball stem of a lower-case word.
func Stem(w string) string {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	sh := &stemShards[h%uint32(len(stemShards))]
	sh.mu.RLock()
	s, ok := sh.m[w]
	sh.mu.RUnlock()
	if ok {
		return s
	}
	s = english.Stem(w, false)
	sh.mu.Lock()
	if sh.m == nil || len(sh.m) > maxStems/len(stemShards) {
		sh.m = map[string]string{}
	}
	sh.m[strings.Clone(w)] = s
	sh.mu.Unlock()
	return s
}

// StopWord reports whether the lower-case word w carries no topic.
func StopWord(w string) bool { return stopWords[w] }

var stopWords = Set(`a about above after again against all almost also although am among an and another any are
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

// List writes items as a reader would: "Ann Lee", "Ann Lee and Tom Berg",
// "Ann Lee, Tom Berg and Jo Bell"; "" for none.
func List(items []string) string {
	if n := len(items); n > 1 {
		return strings.Join(items[:n-1], ", ") + " and " + items[n-1]
	}
	return strings.Join(items, "")
}

// NumFields is len(strings.Fields(s)) without building the slice: lengths
// of sentences are asked for on every line of every article.
func NumFields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// FieldsBackward yields the fields of s as strings.Fields splits them, the
// last first: what precedes a name is read a few words back, not by
// splitting the whole paragraph before it.
func FieldsBackward(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		end := -1 // the end of the field being read, or -1 in spaces
		for i := len(s); i > 0; {
			var space bool
			size := 1
			if c := s[i-1]; c < utf8.RuneSelf {
				space = asciiSpace[c]
			} else {
				var r rune
				r, size = utf8.DecodeLastRuneInString(s[:i])
				space = unicode.IsSpace(r)
			}
			switch {
			case space && end >= 0:
				if !yield(s[i:end]) {
					return
				}
				end = -1
			case !space && end < 0:
				end = i
			}
			i -= size
		}
		if end >= 0 {
			yield(s[:end])
		}
	}
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// PointsBack reports a sentence opening on a word that points back to one
// before it ("He said…", "But…", "That tracking…", "Other items…", "For
// example, …"): it cannot open a brief or stand for a finding.
func PointsBack(s string) bool {
	for w := range strings.FieldsSeq(s) {
		w = strings.ToLower(strings.Trim(w, "'\""))
		if i := strings.IndexAny(w, "'’"); i > 0 && personalPronouns[w[:i]] {
			w = w[:i] // "She'll", "They're"; not "It's official", which points nowhere
		}
		if backWords[strings.TrimSuffix(w, ",")] || w == "instead," || w == "still," { // not "Instead of…", "Still photos…"
			return true
		}
		break
	}
	l := strings.ToLower(s[:min(len(s), 20)])
	for _, p := range backPhrases {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return pronounAfterOpening(s)
}

// pronounAfterOpening reports a main clause whose subject is a pronoun
// after an opening phrase that names no one ("Taken 30 years ago, it
// showed…", "After the vote, he said…"); "When Ann Lee arrived, she…"
// names whom the pronoun stands for.
func pronounAfterOpening(s string) bool {
	if pronounAfterPhrase(s) {
		return true
	}
	i := strings.IndexByte(s, ',')
	if i < 0 || strings.ContainsAny(s[:i], `"“”`) {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(s[:i]) {
		if n++; n > 15 || n > 1 && unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	next := strings.Fields(s[i+1:])
	if len(next) < 2 {
		return false
	}
	w := strings.ToLower(next[0])
	if w == "it" {
		return !itIs[strings.ToLower(next[1])]
	}
	return personalPronouns[w] || possessives[w]
}

// pronounAfterPhrase reports a subject pronoun after a short phrase of
// time or place with no comma, which names no one: "At 17:30 BST she had
// reigned …", "On Monday they said …".
func pronounAfterPhrase(s string) bool {
	first, rest, _ := strings.Cut(s, " ")
	if !openingPrepositions[strings.ToLower(first)] {
		return false // the cheap test first: this runs on every candidate sentence
	}
	i := 0
	for w := range strings.FieldsSeq(rest) {
		if i++; i > 5 {
			break
		}
		l := strings.ToLower(w)
		if personalPronouns[l] {
			return i > 1
		}
		if clauseNouns[l] {
			return false // "By the time she arrived, Ann Lee …": a clause, whose subject the pronoun is
		}
		if r := firstRune(w); unicode.IsUpper(r) && strings.ContainsFunc(w, unicode.IsLower) && !calendar[strings.TrimRight(l, ".,")] || r == '"' || r == '“' {
			return false // a name, which the pronoun may stand for, or a quotation
		}
	}
	return false
}

var (
	openingPrepositions = Set("at in on by during within") // not "after", "before": "Before he was 20, Ann Lee …"
	clauseNouns         = Set("time case order moment day")
	calendar            = Set(`monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)
)

var (
	possessives = Set("his her their its")
	itIs        = Set("is was has had")
)

var (
	backWords        = Set("he she they it this these those that his her their its but and also so yet or other another however meanwhile moreover furthermore additionally likewise similarly nevertheless nonetheless besides hence thus therefore consequently accordingly")
	personalPronouns = Set("he she they")
	backPhrases      = []string{"for example", "for instance", "in addition", "by contrast", "in contrast", "on the other hand", "as a result", "in turn", "even so"}
)

// English reports sentences that read as English, or too few words to
// tell, unless most are Chinese or Japanese: function words ("the", "of",
// "and") are some 40 % of English prose and a few percent of other
// languages'. The first 300 words decide.
func English(sentences []string) bool {
	words, function, cjk := 0, 0, 0
	for _, s := range sentences {
		for w := range AllWords(s) {
			if unspacedAt(w) >= 0 {
				n := Length(w) // Chinese, Japanese: many words, none English
				cjk, words = cjk+n, words+n
				continue
			}
			words++
			if stopWords[strings.ToLower(w)] {
				function++
			}
		}
		if words >= 300 {
			break
		}
	}
	return words < 30 && cjk*2 < words || function*10 >= words
}

// firstRune is s's first rune, or utf8.RuneError for "".
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// unspaced reports a rune of a script written without spaces between
// words: Chinese characters and Japanese kana.
func unspaced(r rune) bool {
	return r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r == 'ー')
}

// unspacedAt returns the offset of the first rune of w that is unspaced,
// or -1.
func unspacedAt(w string) int { return runeAt(w, unspaced) }

// paired reports a rune that search indexes in pairs: an unspaced one, or
// a Korean syllable, since Korean words carry their particles ("서울시는",
// "of Seoul City"), as search engines' bigram indexes of these scripts do.
func paired(r rune) bool { return unspaced(r) || hangul(r) }

func hangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// runeAt returns the offset of the first rune of w that is in, or -1; in
// holds no rune below U+3040.
func runeAt(w string, in func(rune) bool) int {
	for i := 0; i < len(w); i++ {
		if w[i] < 0xE3 {
			continue // every such rune is encoded from U+3040 on, in bytes from 0xE3
		}
		if r, _ := utf8.DecodeRuneInString(w[i:]); in(r) {
			return i
		}
		for i+1 < len(w) && !utf8.RuneStart(w[i+1]) {
			i++
		}
	}
	return -1
}

// unspacedTerms appends the terms of a word with runs of Chinese or
// Japanese in it: each run's overlapping pairs of characters, as search
// engines index those scripts ("東京都" gives "東京" and "京都"), and every
// other part's terms as usual ("kindle").
func unspacedTerms(out []string, w string) []string {
	for w != "" {
		i := unspacedAt(w)
		if i < 0 {
			return append(out, terms(w)...)
		}
		if i > 0 {
			out = append(out, terms(w[:i])...)
		}
		n := runLen(w[i:], unspaced)
		out = appendPairs(out, w[i:i+n])
		w = w[i+n:]
	}
	return out
}

// Spaced returns s with each run of Chinese, Japanese or Korean written
// out as its overlapping pairs of characters between spaces ("iPhone東京都"
// gives "iPhone 東京 京都 "), so that a search index splitting words at
// spaces finds a word inside a run. It returns s itself when s has no
// such run.
func Spaced(s string) string {
	i := runeAt(s, paired)
	if i < 0 {
		return s
	}
	var b strings.Builder
	var pairs []string
	for i >= 0 {
		// A run is of one script, so that a character after a Korean
		// word ("는港") opens a pair of its own, as terms gives it.
		in := unspaced
		if r, _ := utf8.DecodeRuneInString(s[i:]); hangul(r) {
			in = hangul
		}
		n := runLen(s[i:], in)
		b.WriteString(s[:i])
		pairs = appendPairs(pairs[:0], s[i:i+n])
		for _, p := range pairs {
			b.WriteByte(' ')
			b.WriteString(p)
		}
		b.WriteByte(' ')
		s = s[i+n:]
		i = runeAt(s, paired)
	}
	b.WriteString(s)
	return b.String()
}

// runLen is the length in bytes of the run of runes in that w opens.
func runLen(w string, in func(rune) bool) int {
	n := 0
	for n < len(w) {
		r, size := utf8.DecodeRuneInString(w[n:])
		if !in(r) {
			break
		}
		n += size
	}
	return n
}

// appendPairs appends a run's overlapping pairs of characters, or the run
// itself when it is one character.
func appendPairs(out []string, run string) []string {
	prev := -1
	for end, r := range run {
		if prev >= 0 {
			out = append(out, run[prev:end+utf8.RuneLen(r)])
		}
		prev = end
	}
	if prev == 0 {
		out = append(out, run) // a lone character
	}
	return out
}

// Length is the number of words in s, where a run of Chinese or Japanese,
// written without spaces, counts a word for every two characters.
func Length(s string) int {
	n := 0
	for f := range strings.FieldsSeq(s) {
		k := 0
		if unspacedAt(f) >= 0 {
			for _, r := range f {
				if unspaced(r) {
					k++
				}
			}
		}
		n += max(1, (k+1)/2)
	}
	return n
}
