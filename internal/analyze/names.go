package analyze

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// foldMarks strips diacritics. Transformers keep state, so each call
// makes its own: Key runs on many goroutines at once.
func foldMarks() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

// Key reduces a name to a spelling-neutral form, so the transliteration
// variants of one name compare equal: "Yury" and "Yuri" give "iuri",
// "Zelensky", "Zelenskyy" and "Zelenskiy" give "zelenski", "Dmitriy" and
// "Dmitry" give "dmitri". Words are keyed one by one and joined by spaces.
func Key(name string) string {
	k, ok := keyASCII(name)
	if !ok {
		k = keyAny(name)
	}
	return ofBodyKey(k)
}

// ofBodies are bodies named both ways: "Department of Justice" and
// "Justice Department" (as keyed: "ministri" is "ministry").
var ofBodies = wordSet("department ministri diocese archdiocese")

// ofBodyKey writes a body's key named with "of" as it is named without:
// "department of justice" is "justice department", "us department of the
// interior" "us interior department".
func ofBodyKey(k string) string {
	i := strings.Index(k, " of ")
	if i < 0 {
		return k
	}
	pre, body := "", k[:i]
	if j := strings.LastIndexByte(body, ' '); j >= 0 {
		pre, body = body[:j+1], body[j+1:]
	}
	rest := strings.TrimPrefix(k[i+len(" of "):], "the ")
	if !ofBodies[body] || rest == "" || strings.Count(rest, " ") > 3 {
		return k
	}
	return pre + rest + " " + body
}

// keyASCII is Key in one pass, with one copy made, for the names most
// articles hold: ASCII, with no possessive inside. It reports false for
// any other name.
func keyASCII(name string) (string, bool) {
	out := make([]byte, 0, 64)
	word := make([]byte, 0, 32)
	lastWord := 0 // where the last word written starts in out
	suffix := false
	for i := 0; i <= len(name); i++ {
		var c byte = ' '
		if i < len(name) {
			if c = name[i]; c >= 0x80 || c == '\'' && i+1 < len(name) && (name[i+1] == 's' || name[i+1] == 'S') {
				return "", false
			}
		}
		switch {
		case 'A' <= c && c <= 'Z':
			word = append(word, c+'a'-'A')
			continue
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			word = append(word, c)
			continue
		case c == '.' || c == '\'':
			continue // marks inside a word go: "O'Reilly", "U.S."
		}
		if len(word) == 0 {
			continue
		}
		// The word ends: its spelling folded, its doubled letters made one.
		suffix = corporateSuffixes[string(word)]
		if string(word) == "st" {
			word = append(word[:0], "saint"...) // "St.-Denis" is Saint-Denis
		}
		start := len(out)
		if start > 0 {
			out = append(out, ' ')
			start++
		}
		var prev byte
		put := func(b byte) {
			if b != prev {
				out = append(out, b)
			}
			prev = b
		}
		for k := 0; k < len(word); k++ {
			b := word[k]
			if k+1 < len(word) {
				if f := folded(b, word[k+1]); f != 0 {
					put(f)
					k++
					continue
				}
			}
			switch b {
			case 'w':
				put('v')
			case 'y', 'j':
				put('i')
			case 'x':
				put('k')
				put('s')
			default:
				put(b)
			}
		}
		lastWord = start
		word = word[:0]
	}
	if lastWord > 0 && suffix {
		out = out[:lastWord-1] // "Tokyo Electric Power Co." is Tokyo Electric Power
	}
	return string(out), true
}

// folded is the letter a pair of letters is spelled as in a key ("kh",
// "ph", "ck"), as spelling has it, or 0.
func folded(a, b byte) byte {
	switch {
	case a == 'k' && b == 'h':
		return 'h'
	case a == 'p' && b == 'h':
		return 'f'
	case a == 'c' && b == 'k':
		return 'k'
	}
	return 0
}

// keyAny is Key for any name.
func keyAny(name string) string {
	s := strings.ToLower(name)
	if !isASCII(s) { // most names need no folding; the transformer is costly
		if folded, _, err := transform.String(foldMarks(), s); err == nil {
			s = folded
		}
	}
	if strings.Contains(s, "'s") || strings.Contains(s, "’s") {
		s = possessive.Replace(s + " ") // "London's Metropolitan Police" is London Metropolitan Police
	}
	var words []string
	suffixAt := -1 // the last word that is a company's suffix
	// An apostrophe inside a name joins it: "O'Reilly" is one word, as
	// "Reilly" is, so that a lone "O'Reilly" is Bill O'Reilly's surname.
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '\'' && r != '’'
	}) {
		w = keyMarks.Replace(w)
		if corporateSuffixes[w] {
			suffixAt = len(words)
		}
		if w == "st" {
			w = "saint"
		}
		w = spelling.Replace(w)
		var b strings.Builder
		var prev rune
		for _, r := range w {
			if r != prev {
				b.WriteRune(r)
			}
			prev = r
		}
		if b.Len() > 0 {
			words = append(words, b.String())
		}
	}
	if n := len(words); n > 1 && suffixAt == n-1 {
		words = words[:n-1] // "Tokyo Electric Power Co." is Tokyo Electric Power
	}
	return strings.Join(words, " ")
}

// corporateSuffixes end a company's name without telling it apart. They
// are read as written, before a key folds them ("LLC" would be "lc", as
// a Lexus LC is).
var corporateSuffixes = wordSet("co inc corp ltd llc plc")

var keyMarks = strings.NewReplacer(".", "", "'", "", "’", "")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

var possessive = strings.NewReplacer("'s ", " ", "’s ", " ")

// spelling folds the letters transliterations disagree on (keyASCII and
// folded do the same for ASCII names).
var spelling = strings.NewReplacer("kh", "h", "ph", "f", "ck", "k", "w", "v", "y", "i", "j", "i", "x", "ks")

// SamePerson reports whether two person names, given as keys, can name the
// same person: the surnames agree and the given names agree, are missing,
// are an initial of each other or differ by one letter.
func SamePerson(a, b string) bool {
	if lastWord(a) != lastWord(b) {
		return bornAs(a, b) || bornAs(b, a) // most pairs: checked without reading every word
	}
	if suffixKeys[lastWord(a)] && strings.Contains(a, " ") && strings.Contains(b, " ") {
		// "Blackwell Sr." is "Eugene Blackwell Sr.": the names before one suffix
		a, b = strings.TrimSpace(a[:strings.LastIndexByte(a, ' ')]), strings.TrimSpace(b[:strings.LastIndexByte(b, ' ')])
		if lastWord(a) != lastWord(b) {
			return false
		}
	}
	x, la, na := firstLast(a)
	y, lb, nb := firstLast(b)
	if na == 0 || nb == 0 || la != lb {
		return false
	}
	if na != nb && min(na, nb) >= 2 && (titledAs(a, b) || titledAs(b, a)) {
		return true // "Rapper Vanilla Ice" is Vanilla Ice
	}
	if na == 1 || nb == 1 {
		return true
	}
	if na != nb && (surnameParticles[x] && strings.HasSuffix(b, " "+a) || surnameParticles[y] && strings.HasSuffix(a, " "+b)) {
		return true // "Al Hashish" is Fouzia Al Hashish, "Van Persie" Robin van Persie
	}
	if na != nb && min(na, nb) >= 2 && (particledTail(a, b) || particledTail(b, a)) {
		return true // "Diego Garcia" is Emilio de Diego Garcia: his surnames after the particle
	}
	if na == 3 && nb == 3 && swappedGiven(a, b) {
		return true // "Ismaël Omar Mostefaï" is "Omar Ismail Mostefai": his given names in the other order
	}
	if na == 2 && initialsOf(x, b) || nb == 2 && initialsOf(y, a) {
		return true // "A.J. Lambert" is Amy J. Lambert
	}
	if na == 2 && nb == 3 && knownByMiddle(b, x) || na == 3 && nb == 2 && knownByMiddle(a, y) {
		return true // "Omar Mostefai" is Ismaël Omar Mostefaï, "Woodrow Wilson" Thomas Woodrow Wilson
	}
	if na == nb && na >= 3 && !middlesAgree(a, b) {
		return false // "Jean-Pierre Roux" is not "Jean-Marc Roux", nor "Kim Jong-ho" "Kim Dae-ho"
	}
	switch {
	case x == y || formalNames[x] == y || formalNames[y] == x || formalNames[x] != "" && formalNames[x] == formalNames[y]:
		return true
	case len(x) == 1 || len(y) == 1:
		return x[0] == y[0]
	case len(x) >= 4 && len(y) >= 4 && editDistance(x, y) <= 1:
		return true
	case len(x) >= 3 && len(y) > len(x) && strings.HasPrefix(y, x) || len(y) >= 3 && len(x) > len(y) && strings.HasPrefix(x, y):
		// "Gord Davis" is Gordon Davis, "Vas Narasimhan" Vasant
		// Narasimhan: a given name cut short, not one of the other sex
		// ("Dan", "Dana").
		sx, sy := givenKeys[x], givenKeys[y]
		return sx == unknownSex || sy == unknownSex || sx == either || sy == either || sx == sy
	}
	return false
}

// initialsOf reports a first word that is the initials of the given names
// of key, read as keys are ("A.J." is "ai" and so is "Amy J."), and no
// given name itself ("Al" is no initials of Adam Lee).
func initialsOf(x, key string) bool {
	w := strings.Fields(key)
	if len(x) < 2 || len(x) != len(w)-1 || givenKeys[x] != unknownSex {
		return false
	}
	for i := range x {
		if w[i][0] != x[i] {
			return false
		}
	}
	return true
}

// bornAs reports a given name and surname, short, that a name of four
// words or more, long, holds as its first and its second-last: a woman's
// name before marriage ("michele robinson" of "michele lavaughn robinson
// obama"), not a generation's suffix ("martin luther king ir").
// It runs for most pairs SamePerson reads, so it compares the given names
// first and builds no string.
func bornAs(short, long string) bool {
	first, last, ok := strings.Cut(short, " ")
	if !ok || strings.Contains(last, " ") || len(long) <= len(first) || long[len(first)] != ' ' || long[:len(first)] != first {
		return false
	}
	rest := long[len(first)+1:] // the words after the given name
	if strings.Count(rest, " ") < 2 {
		return false
	}
	i := strings.LastIndexByte(rest, ' ')
	mid := rest[:i] // all but the last word
	return !suffixKeys[lastWord(long)] && len(mid) > len(last) && mid[len(mid)-len(last)-1] == ' ' && strings.HasSuffix(mid, last)
}

// particledTail reports long ending on a particle and then all of short:
// "emilio de diego garcia" and "diego garcia".
func particledTail(short, long string) bool {
	rest, ok := strings.CutSuffix(long, " "+short)
	return ok && surnameParticles[lastWord(rest)]
}

// surnameParticles open a surname of more than one word: "Al Hashish", "van
// Persie", "del Castillo".
var surnameParticles = wordSet("al el van von de del della der di da du le la bin ibn abu ben dos das")

// knownByMiddle reports a key of three words whose middle word is given,
// the name its bearer goes by, after a first given name or an initial of
// the same sex ("Ruth Tom Berg" is two people run together, "Buy Pokemon
// Sword" no one's name).
func knownByMiddle(key, given string) bool {
	w := strings.Fields(key)
	a, b := givenKeys[w[0]], givenKeys[w[1]]
	return w[1] == given && (len(w[0]) == 1 || a != unknownSex && (b == unknownSex || a == either || b == either || a == b))
}

// swappedGiven reports two keys of three words whose two given names are
// each other's in the other order, spelled alike or a letter apart.
func swappedGiven(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	near := func(x, y string) bool { return x == y || len(x) >= 4 && len(y) >= 4 && editDistance(x, y) <= 1 }
	return wa[0] != wb[0] && near(wa[0], wb[1]) && near(wa[1], wb[0])
}

// middlesAgree reports two keys of as many words whose middle words are
// the same, an initial of each other ("john f. kenedi", "john fitzgerald
// kenedi") or spellings a letter apart ("ahmad", "ahmed").
func middlesAgree(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	for i := 1; i < len(wa)-1; i++ {
		x, y := strings.TrimSuffix(wa[i], "."), strings.TrimSuffix(wb[i], ".")
		initial := (len(x) == 1 || len(y) == 1) && x != "" && y != "" && x[0] == y[0]
		variant := len(x) >= 4 && len(y) >= 4 && editDistance(x, y) <= 1 // "Ahmad", "Ahmed"
		if x != y && !initial && !variant {
			return false
		}
	}
	return true
}

// suffixKeys are the keys (see Key) of the suffixes that end a name: "Jr.",
// "Sr.", "III".
var suffixKeys = map[string]bool{"ir": true, "sr": true, "i": true, "iv": true}

// Titled reports a name that is another with titles or an occupation
// before it: "Rapper Vanilla Ice" and "Vanilla Ice".
func Titled(long, short string) bool {
	return strings.Contains(short, " ") && titledAs(Key(long), Key(short))
}

// PersonRole reports a description of a person by their role or relation: its
// last word is a title, a role or an occupation ("Jay Leno's spokesman",
// "the Texas lawmaker"); not a source kept unnamed ("a source") nor a
// body ("LinkedIn").
func PersonRole(desc string) bool {
	last := desc[strings.LastIndexByte(desc, ' ')+1:]
	return Role(last) || personNouns[lower(last)] || occupations[lower(last)]
}

// PersonNoun reports a common noun only a person is: a role, an
// occupation or a kinship ("designer", "spokeswoman", "brother"); not a
// word that qualifies a title ("former") or may name a thing ("pilot",
// "model").
func PersonNoun(w string) bool {
	l := lower(w)
	return (roleNouns[l] || occupations[l] || personNouns[l] || kinNouns[l] || appositiveNouns[l]) && !looseTitles[l]
}

// titledAs is Titled for keys.
func titledAs(long, short string) bool {
	rest, ok := strings.CutSuffix(long, " "+short)
	if !ok {
		return false
	}
	for w := range strings.FieldsSeq(rest) {
		if !titleKeys[w] {
			return false
		}
	}
	return true
}

// titleKeys are the keys of titles and occupations, as names' words are
// keyed ("rapper" is "raper").
var titleKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{titleWords, occupations} {
		for w := range set {
			m[Key(w)] = true
		}
	}
	return m
}()

// formalNames maps the keys of common English short forms of given names
// to the key of the formal name: "Jim Tumblin" and "James Tumblin" are one
// man. A short form that stands for several names ("Al", "Jack") is left
// out.
var formalNames = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(`james: jim jimmy jamie
william: bill billy will willie
robert: bob bobby rob robbie
michael: mike mikey mick
thomas: tom tommy
joseph: joe joey
david: dave davey
daniel: dan danny
christopher: chris
matthew: matt
anthony: tony
steven: steve stevie stephen
richard: rick ricky rich richie dick
edward: ed eddie ted ned
elizabeth: liz lizzie beth betsy betty
katherine: kate katie kathy cathy catherine kathryn
susan: sue suzy susie
jennifer: jenny jen
patrick: pat paddy
alexander: alex
andrew: andy drew
benjamin: ben benny
samuel: sam sammy
nicholas: nick nicky
lawrence: larry
gerald: jerry gerry
gregory: greg
jeffrey: jeff
ronald: ron ronnie
donald: don donnie
kenneth: ken kenny
timothy: tim timmy
margaret: peggy maggie meg
frederick: fred freddie
henry: hank
philip: phil
vincent: vince
walter: walt
nathaniel: nate
zachary: zach zack
joshua: josh
jonathan: jon
abraham: abe
charles: charlie chuck
eugene: gene
douglas: doug
raymond: ray
leonard: len lenny
rebecca: becky
deborah: debbie deb
victoria: vicky vickie
amanda: mandy
abigail: abby
cynthia: cindy
barbara: barb
pamela: pam
bernard: bernie
mitchell: mitch
russell: russ
stanley: stan
terence: terry`, "\n") {
		formal, short, _ := strings.Cut(line, ": ")
		for _, w := range strings.Fields(short) {
			m[Key(w)] = Key(formal)
		}
	}
	return m
}()

// firstLast is the first and last of s's words and how many there are,
// without the allocation of strings.Fields: stories compare every pair of
// their people's names.
func firstLast(s string) (first, last string, n int) {
	for w := range strings.FieldsSeq(s) {
		if n == 0 {
			first = w
		}
		last = w
		n++
	}
	return first, last, n
}

func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
