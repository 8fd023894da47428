package analyze

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// reportVerbs introduce indirect speech: "X said (that) …", "…, X said".
// Verbs that more often take an object than a clause ("called", "asked",
// "urged", "described") are left out.
var reportVerbs = wordSet(`said says say told tells added adds noted notes explained explains argued argues
claimed claims warned warns wrote writes stated states insisted insists suggested suggests acknowledged
acknowledges admitted admits confirmed confirms maintained maintains believes believe thinks think
contended contends alleged alleges testified mentioned mentions stressed stresses cautioned cautions conceded concedes`)

// closingVerbs report speech in an attribution after its clause: there,
// "reported" and "promised" can report nothing else ("…, the newspaper
// reported", "Almost all revenues, they promise, will be returned"). ("The
// report" is a noun too often to be a verb even there.)
var closingVerbs = func() map[string]bool {
	m := maps.Clone(reportVerbs)
	maps.Copy(m, wordSet("reported promise promises promised announced announces tweeted tweets revealed predicted estimated"))
	return m
}()

// thatVerbs report speech only with "that" after them: "announced that
// he would resign", not "announced a plan".
var thatVerbs = wordSet(`announced announces revealed reveals disclosed discloses recalled recalls tweeted
reported predicted predicts complained complains countered counters lamented laments advised advises
bragged brags boasted boasts reiterated reiterates emphasized emphasizes emphasised emphasises asserted asserts`)

// clauseWords cannot be in a speaker's noun phrase: they belong to a clause
// ("When the Liberals first said", "He would not say").
var clauseWords = wordSet(`has had have would will can could might may must should not been being be is was were are
when as if while given contrary for so which who whom that because although after before since though
he she his her him it its you your we our they their them i me my this these those there what also won't
wouldn't didn't doesn't don't can't couldn't never declined refused`)

// dayWords may stand between a report verb and its clause: "said on
// Tuesday that", "told reporters in Ottawa that".
var dayWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
earlier later recently previously last this week month year morning afternoon evening night on in at`)

// nounVerbs are verbs of speech that are plural nouns too ("the
// states", "its claims").
var nounVerbs = wordSet("states claims reports notes answers replies tweets posts comments remarks")

// timeNouns are what "this" or "last" may date after a verb of speech:
// "said this week", "said last Tuesday".
var timeNouns = wordSet(`week month year morning afternoon evening night weekend past spring summer fall autumn winter
monday tuesday wednesday thursday friday saturday sunday`)

// subjectStarts may open a noun phrase that speaks: "the company said".
var subjectStarts = wordSet("the a an his her their its our police officials authorities")

// noClause words open no reported clause after a verb of speech ("writes
// about style"), unless a number follows ("said about 550 students
// attend").
var noClause = wordSet("about and exclusively regularly")

// clausePronouns open a reported clause: "told doctors he ate …".
var clausePronouns = wordSet("he she they it we i")

// objectPronouns are who was told: "told us about …".
var objectPronouns = wordSet("us him her them me")

// notSubjects end clauses that are not speakers: "it said" is resolved too
// rarely to be useful, and "who said" needs the clause before.
var notSubjects = wordSet("it they we i you who which that this there what")

// minReported is the fewest words an indirect quote has: shorter clauses
// ("he said so") carry no checkable content.
const minReported = 4

// reported finds indirect speech: "X said (that) CLAUSE", "CLAUSE, X
// said", "According to X, CLAUSE", and after any of them or a sentence
// about someone "…, adding that CLAUSE". A sentence whose
// reported clause holds quoted words is one mixed quote: the direct quotes
// inside it are dropped from direct.
func (f *quoteFinder) reported(direct []Quote) ([]Quote, []Quote) {
	var out []Quote
	drop := map[int]bool{}
	defer func() { f.prev.speaker = "" }()
	d := 0
	for si, s := range f.sents {
		// ""…," the official said. He added that …": the direct quote
		// just before speaks on, as in the direct pass.
		for ; d < len(direct) && direct[d].Sentence < si; d++ {
			ds := f.sents[direct[d].Sentence]
			f.prev.speaker, f.prev.at = direct[d].Speaker, pos{ds.Para, ds.Start + len(ds.Text)}
		}
		p := f.paras[s.Para]
		lo, hi := s.Start, s.Start+len(s.Text)
		body := strings.TrimSpace(s.Text)
		if body == "" || body[0] == '"' || !mayReport(body) {
			continue // a direct quote opens it, or nothing in it reports speech
		}
		if inner, ok := strings.CutPrefix(body, "("); ok && strings.HasSuffix(inner, ")") && !strings.Contains(inner[:len(inner)-1], ")") {
			// "(A spokesperson … said that …)": an aside, read as a sentence
			lo = lo + strings.Index(s.Text, "(") + 1
			hi = lo + len(inner) - 1
		}
		if c := f.relayed(s.Para, lo, hi); c > 0 {
			hi = c // "X said CLAUSE, the paper reported": X spoke, the paper relays
		}
		// "…, adding that CLAUSE" is a second clause from the same speaker,
		// or from the sentence's subject.
		part, partStart, joined := f.participle(s.Para, lo, hi)
		end := hi
		if partStart > 0 {
			end = partStart
		}
		// "While the Rockets said they would not speak to the lawsuit, the
		// team's manager defended …": the opening clause reports no more
		// than its own words, and the main one may report speech of its own.
		var second Quote
		main := mainClause(p, lo, end)
		if main > 0 {
			if q, ok := f.reportedIn(s.Para, main+1, end); ok {
				second = q
				second.Sentence = si
			}
			end = main
		}
		// "According to EHS, the target is met, but Chapman says it is not":
		// two sources, two clauses.
		if conj, b := contrasted(p, lo, end); b > 0 {
			if q, ok := f.reportedIn(s.Para, b, end); ok && !insideQuote(p, b) {
				second, end = q, conj
				second.Sentence = si
			}
		}
		if semi := strings.Index(p[lo:end], "; "); semi > 0 && !insideQuote(p, lo+semi) {
			// "CLAUSE, Foster writes; CLAUSE": the attribution closes the
			// first clause before the sentence goes on.
			if q, ok := f.closingAttribution(s.Para, lo, lo+semi); ok {
				q.Sentence = si
				out = append(out, q)
			}
		}
		// A reported clause that holds a direct quote is one mixed quote:
		// the direct one goes.
		absorb := func(q Quote) {
			for i, d := range direct {
				if d.Sentence == si && strings.Contains(q.Text, d.Text) {
					drop[i] = true
				}
			}
		}
		if colon := strings.Index(p[lo:end], `: "`); colon > 0 && !insideQuote(p, lo+colon) {
			// "Morgan said he expected it: "I knew …," he said.": a quote,
			// whoever the whole sentence says spoke, and a clause before
			// the colon.
			open := lo + colon + 2
			if close := strings.IndexByte(p[open+1:end], '"'); close > 0 && f.hasSpeechVerb(s.Para, open+close+2, end) {
				if q, ok := f.reportedIn(s.Para, lo, end); ok {
					quote := Quote{Speaker: q.Speaker, Text: strings.Trim(strings.TrimSpace(p[open+1:open+1+close]), ","), Sentence: si}
					absorb(quote)
					out = append(out, quote)
					end = lo + colon
				}
			}
		}
		if parts := f.parenthetical(s.Para, lo, end); len(parts) > 0 {
			for _, q := range parts {
				q.Sentence = si
				absorb(q)
				out = append(out, q)
			}
			continue
		}
		q, ok := f.reportedIn(s.Para, lo, end)
		if ok {
			q.Sentence = si
			if strings.Contains(q.Text, `"`) {
				// "Snyder told colleagues, "…," according to the Times": the
				// quote is hers, her name in the clause, and the paper's
				// clause says no more than that she said it.
				if !slices.ContainsFunc(direct, func(d Quote) bool {
					return d.Sentence == si && strings.Contains(p[lo:end], d.Text+`," according to `) && strings.Contains(q.Text, d.Speaker) &&
						f.typed(d.Speaker, model.Person) && f.typed(q.Speaker, model.Organization)
				}) {
					absorb(q)
					out = append(out, q)
				}
			} else if !insideQuote(p, lo) {
				out = append(out, q)
			}
		}
		if main > 0 && samePronoun(p[lo:main], p[main+1:hi]) {
			// "While he told Matt Lauer that …, he told CNN that …": one
			// man, whoever the opening clause's pronoun stands for.
			second.Speaker = q.Speaker
		}
		if second.Text != "" && second.Speaker != "" {
			absorb(second)
			out = append(out, second)
		}
		if part.Text != "" && !insideQuote(p, partStart) {
			if ok {
				part.Speaker = q.Speaker
			} else if part.Speaker = f.sentenceSubject(s.Para, lo, partStart); part.Speaker == "" && !joined {
				first, _, _ := strings.Cut(part.Text, " ")
				if !prepositions[strings.ToLower(first)] { // not "…, warning of the risk", "…, saying on his website: "…""
					part.Speaker = f.describedSubject(s.Para, lo, partStart)
				}
			}
			if part.Speaker != "" {
				part.Sentence = si
				absorb(part)
				out = append(out, part)
			} else if whole, ok := f.reportedIn(s.Para, lo, hi); joined && ok {
				// "The council rejected the plan and said …": no name
				// opens it, the clause's own subject speaks.
				whole.Sentence = si
				out = append(out, whole)
			}
		}
	}
	kept := direct[:0:0]
	for i, d := range direct {
		if !drop[i] {
			kept = append(kept, d)
		}
	}
	return kept, out
}

// relayed is the offset of the comma before a short closing attribution
// in p[lo:hi] when what comes before it reports speech of its own ("Quay
// Bank also said Lee has agreed …, the bank's directors announced
// Tuesday", "…, saying it would be unusual …, investigators said"), or -1:
// the clause is the first speaker's, and the attribution only relays it.
func (f *quoteFinder) relayed(para, lo, hi int) int {
	p := f.paras[para]
	c := strings.LastIndexByte(p[lo:hi], ',')
	if c <= 0 || thousands(p, lo+c) {
		return -1
	}
	c += lo
	cut := c
	if insideQuote(p, c) {
		if c+1 == hi || p[c+1] != '"' {
			return -1
		}
		c++ // "the president said citizens "could participate …," a spokesman said": the quote closes the clause
		cut = c + 1
	}
	tail := f.window(para, c+1, hi)
	if len(tail.words) < 2 || len(tail.words) > 8 || strings.Contains(p[c+1:hi], `"`) {
		return -1
	}
	for i, t := range tail.words[1:min(len(tail.words), 6)] {
		if !closingVerbs[strings.ToLower(t.text)] {
			continue
		}
		subject := tail.words[:i+1]
		if len(subject) > 1 && perfects[strings.ToLower(subject[len(subject)-1].text)] {
			subject = subject[:len(subject)-1] // "the Paris prosecutor has revealed"
		}
		last := subject[len(subject)-1].text
		for k := 1; k < len(subject); k++ {
			if subject[k].broken && !possessiveGap(p, subject[k-1], subject[k]) {
				return -1
			}
		}
		if slices.ContainsFunc(subject, func(t token) bool { return verbLike(t.text) || perfects[strings.ToLower(t.text)] }) ||
			!(capitalised(last) || speakerNoun(last) || speakerNoun(strings.TrimSuffix(last, "s"))) || !attributionRest(tail.words[i+2:]) {
			return -1
		}
		if prev := strings.LastIndexByte(p[lo:c], ','); prev > 0 {
			if name, _ := appositiveName(p[lo+prev+1:c] + ","); name != "" {
				return -1 // "…, François Molins, the Paris prosecutor, said": one attribution
			}
		}
		if q, _, _ := f.participle(para, lo, c); q.Text != "" {
			return cut
		}
		if _, ok := f.reportedIn(para, lo, c); ok && slices.ContainsFunc(f.window(para, lo, c).words, func(t token) bool { return relayVerbs[strings.ToLower(t.text)] }) {
			return cut
		}
		return -1
	}
	return -1
}

// relayVerbs report speech in a clause that another source relays; not
// "warned" nor "claims", which may be a listener's verb or a noun.
var relayVerbs = wordSet("said says say told tells wrote writes added adds stated states insisted insists testified")

// contrasted finds a second reported clause after "but", ", while" or,
// once a verb of speech has come before it, "and" in p[lo:hi] ("… but
// Chapman says …", "… and he said things are going to change", "…, while
// a spokesperson for the sheriff said …"): the offsets of the
// conjunction and of what follows it, or -1, -1. A few words of a
// subject (a name, a pronoun, a noun phrase) must come before the verb.
func contrasted(p string, lo, hi int) (int, int) {
	for at := lo; at < hi; {
		i, conjunction := -1, ""
		for _, c := range []string{" but ", " and ", " while ", " whereas "} {
			if j := strings.Index(p[at:hi], c); j >= 0 && (i < 0 || j < i) {
				i, conjunction = j, c
			}
		}
		if i < 0 {
			return -1, -1
		}
		conj := at + i
		b := conj + len(conjunction)
		at = b
		if conjunction == " and " && !reportsBefore(p[lo:conj]) {
			continue // "Ann Lee and Tom Berg said": one subject
		}
		if (conjunction == " while " || conjunction == " whereas ") && !strings.HasSuffix(strings.TrimRight(p[lo:conj], `"`), ",") {
			continue // "said while visiting", not a clause set off
		}
		words := strings.Fields(p[b:hi])
		subject := 5 // words
		if conjunction != " but " && conjunction != " and " {
			subject = 9 // ", while a spokesperson for the Essen Sheriff's Office said …"
		}
		for k, w := range words[:min(subject, len(words))] {
			l := strings.ToLower(w)
			if reportVerbs[l] && k > 0 {
				if k > 1 && k+1 < len(words) && (helpingVerbs[strings.ToLower(words[k+1])] || verbLike(words[k+1])) {
					break // "and the letter Mike wrote was kind": the verb of a relative clause
				}
				return conj, b
			}
			if strings.ContainsAny(w, `,"“”`) || !(capitalised(w) || k == 0 && clausePronouns[l] || determiners[l] || plainWord(l) || k > 0 && ofBody[l]) {
				break
			}
		}
	}
	return -1, -1
}

// ofBody are the prepositions inside a speaker's noun phrase: "a
// spokesperson for the sheriff", "a professor at Essen".
var ofBody = wordSet("of for at")

// reportsBefore reports words that hold a verb of speech outside quotes,
// not a passive's ("to be noted").
func reportsBefore(s string) bool {
	in := false
	prev := ""
	for w := range strings.FieldsSeq(s) {
		if strings.Count(w, `"`)%2 == 1 {
			in = !in
		}
		if !in && reportVerbs[strings.ToLower(strings.Trim(w, `,.`))] && !auxiliaries[prev] {
			return true
		}
		prev = strings.ToLower(w)
	}
	return false
}

// conjunctiveAdverbs join a clause to the one before: "…, however many
// historians say".
var conjunctiveAdverbs = wordSet("however meanwhile still instead nevertheless nonetheless otherwise therefore thus")

// plural reports a few plain words ending in a plural noun: "forecasters"
// in "… but forecasters say", "hereditary leaders".
func plural(fields []string) bool {
	last := strings.ToLower(fields[len(fields)-1])
	if (!strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || len(last) < 4) && last != "people" || capitalised(fields[len(fields)-1]) {
		return false
	}
	for _, w := range fields {
		if !plainWord(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// plainWord reports a lower-case word that may be part of a subject: no
// verb, no pronoun, no word that opens a clause.
func plainWord(l string) bool {
	return !verbLike(l) && !helpingVerbs[l] && !clauseWords[l] && !conjunctiveAdverbs[l] && !strings.HasSuffix(l, "ing") && strings.IndexFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0
}

// conceding words open a clause set against the sentence's main one;
// subordinating words one of time or cause before it.
var (
	conceding     = wordSet("although though while whereas")
	subordinating = wordSet("after before when once until because since")
)

// mainClause is the offset in p[lo:hi] of the end of an opening clause of
// concession in which speech is reported ("Although Garnett said he is not
// bound by the decision, it has lasting ramifications …"), or -1: the
// first comma after which a subject stands before its verb, not a
// relative clause ("…roughly handled Gray, who died a week after …"). A
// clause of time or cause ends at its first comma, and only when it
// reports speech itself ("Even after Toyota said that it would recall …,
// Mr. Takada dismissed …"; not "When he did, he said, she asked …", whose
// "he said" attributes the main clause).
func mainClause(p string, lo, hi int) int {
	first, rest, _ := strings.Cut(strings.TrimSpace(p[lo:hi]), " ")
	if strings.EqualFold(first, "even") {
		first, _, _ = strings.Cut(rest, " ") // "Even after", "Even though"
	}
	first = strings.ToLower(first)
	if subordinating[first] {
		c := strings.IndexByte(p[lo:hi], ',')
		if c < 0 {
			return -1
		}
		next := strings.TrimLeft(p[lo+c+1:hi], `"”`) // "When she said she had "stopped reading," Mr. Stewart put in"
		if strings.HasPrefix(next, " ") && subjectThenItsVerb(next) && reportsBefore(p[lo:lo+c]) {
			return hi - len(next)
		}
		return -1
	}
	if !conceding[first] {
		return -1
	}
	for at := lo; at < hi; {
		c := strings.IndexByte(p[at:hi], ',')
		if c < 0 {
			return -1
		}
		c += at
		next := strings.TrimLeft(p[c+1:hi], `"”`) // a comma inside a closing quote: "will be “comprehensive,” he has"
		if strings.HasPrefix(next, " ") && subjectThenItsVerb(next) && reportsBefore(p[lo:c]) {
			return hi - len(next)
		}
		at = c + 1
	}
	return -1
}

// samePronoun reports two clauses whose subjects are one pronoun, the
// first after its opening word.
func samePronoun(opening, main string) bool {
	o, m := strings.Fields(strings.ToLower(opening)), strings.Fields(strings.ToLower(main))
	return len(o) > 1 && len(m) > 0 && clausePronouns[m[0]] && o[1] == m[0]
}

// subjectThenItsVerb reports words that open a main clause: a pronoun, or
// a few words with no verb of their own and then a verb, before any comma.
func subjectThenItsVerb(s string) bool {
	s, _, _ = strings.Cut(s, ",")
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) < 2 || notGoingOn[ws[0]] || verbLike(ws[0]) || helpingVerbs[ws[0]] {
		return false
	}
	if clausePronouns[ws[0]] {
		return true
	}
	for _, w := range ws[1:min(len(ws), 5)] {
		if verbLike(w) || helpingVerbs[w] || speechVerbs[w] || reportVerbs[w] {
			return true
		}
	}
	return false
}

// participleVerbs open a reported clause after a comma: "…, saying it
// would".
var participleVerbs = wordSet("saying adding noting arguing insisting warning explaining claiming stressing")

// participle finds ", saying (that) CLAUSE" or "… but added (that)
// CLAUSE" in a sentence: the clause as a quote without its speaker, the
// offset of its comma or conjunction, and whether a conjunction joins it.
func (f *quoteFinder) participle(para, lo, hi int) (Quote, int, bool) {
	p := f.paras[para]
	w := f.window(para, lo, hi)
	for i, t := range w.words {
		if i == 0 {
			continue
		}
		var comma int
		joined := false
		l := strings.ToLower(t.text)
		told := -1 // "telling lawmakers that": where its "that" is
		if l == "telling" {
			told = thatAfterListener(w.words[i+1:])
		}
		if l == "saying" && !t.broken && media[strings.ToLower(w.words[i-1].text)] && issuedBy(w.words[:i-1]) && !insideQuote(p, t.start) {
			// "Chelsea issued a statement saying they were unable to …": no
			// comma, the statement's issuer speaks.
			comma = w.words[i-1].end - lo
		} else if participleVerbs[l] || told >= 0 {
			comma = strings.LastIndexByte(p[lo:t.start], ',')
			between := strings.TrimSpace(p[lo+comma+1 : t.start])
			if comma < 0 || between != "" && between != `"` {
				continue
			}
			if between != "" {
				comma += strings.IndexByte(p[lo+comma:], '"') + 1 // a quote closed after the comma: "…a decision," noting that …
			}
		} else if c := coordinated(w.words[:i]); c >= 0 && (coordinatedVerbs[l] || thatCoordinated[l] && i+1 < len(w.words) && strings.EqualFold(w.words[i+1].text, "that")) && !insideQuote(p, t.start) {
			// "…, but added that he hoped …", "… and said that …": the
			// first verb's speaker goes on.
			comma, joined = w.words[c].start-lo, true
		} else {
			continue
		}
		start, k := t.end, i+1
		if k < len(w.words) && told < 0 && mediumPreps[strings.ToLower(w.words[k].text)] {
			if j := mediumAt(p, w.words[k+1:]); j >= 0 {
				k += j + 2 // "saying in a statement that …": how it was said is no part of it
				start = w.words[k-1].end
			}
		}
		if k < len(w.words) && strings.EqualFold(w.words[k].text, "that") {
			start = w.words[k].end
		} else if told >= 0 {
			start = w.words[i+1+told].end
		}
		if q, ok := clause("?", p[start:hi]); ok {
			q.Speaker = "" // the caller's to find
			return q, lo + comma, joined
		}
	}
	return Quote{}, 0, false
}

// issuedBy reports words that end on "issued a statement" or the like, the
// sentence's first verb: "He has since released a statement"; not "…
// fell after somebody hacked an account and posted a bogus tweet".
func issuedBy(words []token) bool {
	for k := len(words) - 1; k >= max(len(words)-3, 1); k-- {
		if !issueVerbs[strings.ToLower(words[k].text)] {
			continue
		}
		return !slices.ContainsFunc(words[:k], func(t token) bool {
			l := strings.ToLower(t.text)
			return verbLike(l) && !perfects[l] && !gapWords[l]
		})
	}
	return false
}

// thatAfterListener is the index in rest of the "that" after a listener
// of a few words ("lawmakers", "the committee", "her staff"), or -1.
func thatAfterListener(rest []token) int {
	for k, t := range rest[:min(len(rest), 5)] {
		if strings.EqualFold(t.text, "that") {
			if k == 0 {
				return -1
			}
			return k
		}
		if verbLike(t.text) {
			return -1
		}
	}
	return -1
}

// coordinatedVerbs report a second clause after "and" or "but"; and
// thatCoordinated do before "that": "… but clarified that", "… and
// demanded that".
var coordinatedVerbs = wordSet("said added noted warned stressed insisted argued")
var thatCoordinated = wordSet("clarified demanded confirmed acknowledged admitted claimed explained conceded maintained announced revealed")

// coordinated is the index of the "and" or "but" (past an "also") that
// the words before a verb end on, or -1.
func coordinated(before []token) int {
	k := len(before) - 1
	if k > 0 && strings.EqualFold(before[k].text, "also") {
		k--
	}
	if k > 0 && (strings.EqualFold(before[k].text, "and") || strings.EqualFold(before[k].text, "but")) {
		return k
	}
	return -1
}

// sentenceSubject is the person a sentence opens with, by name or
// pronoun, past an opening phrase set off by a comma ("In an interview on
// Monday, Foreign Minister Tom Berg praised … and said").
func (f *quoteFinder) sentenceSubject(para, lo, hi int) string {
	w := f.window(para, lo, hi)
	if len(w.words) == 0 {
		return ""
	}
	first := 0
	for from := lo; first < len(w.words) && openingWords[strings.ToLower(w.words[first].text)]; {
		// Past "After the remark was reported on MSNBC, though,".
		c := strings.IndexByte(f.paras[para][from:hi], ',')
		if c < 0 {
			break
		}
		for first < len(w.words) && w.words[first].start < from+c {
			first++
		}
		from += c + 1
	}
	if first == len(w.words) {
		return ""
	}
	for _, m := range w.people {
		if m.Start < w.words[first].start {
			continue
		}
		if beforeRole(f.paras[para][m.End:hi]) {
			continue // "incoming Trump press secretary Sean Spicer": Trump's aide
		}
		// Only titles and capitalised words before the name: "U.S.
		// Foreign Minister Tom Berg", "Former premier Ruth Alder".
		n := 0
		for _, t := range w.words[first:] {
			if t.start >= m.Start {
				break
			}
			l := t.low
			if !capitalised(t.text) && !titleWords[l] && !roleNouns[l] && !roleWords[l] && l != "of" {
				return ""
			}
			n++
		}
		if n > 5 {
			return ""
		}
		name := f.ents[m.Entity].Name
		if rest, ok := possessed(f.paras[para][m.End:hi]); ok {
			// "Ann Lee's spokesman has issued this statement:": the
			// spokesman speaks, not Ann Lee.
			word, after, _ := strings.Cut(rest, " ")
			role := strings.Trim(word, ",:")
			if next, _, _ := strings.Cut(after, " "); role == word && capitalised(role) && capitalised(next) {
				return "" // "Trump's Justice Department has sued": a body
			}
			if roleNoun(role) || titleWords[lower(role)] {
				return name + "'s " + role // "Norman's lawyers"
			}
			return ""
		}
		return name
	}
	if l := strings.ToLower(w.words[first].text); pronouns[l] {
		return f.resolve(pos{para, w.words[first].start}, l)
	}
	return ""
}

// bodySubject is the body a sentence opens with, its verb after its name:
// "Civic Action also has a road map … and suggests companies …" goes on
// in the body's voice, as a person's sentence does.
func (f *quoteFinder) bodySubject(para, lo, hi int) string {
	w := f.window(para, lo, hi)
	if len(w.words) > 1 && strings.EqualFold(w.words[0].text, "the") {
		w.words = w.words[1:]
	}
	if len(w.words) == 0 {
		return ""
	}
	for _, m := range f.orgsIn(para) {
		if m.Start != w.words[0].start || !strings.HasPrefix(f.paras[para][m.End:hi], " ") {
			continue
		}
		rest := strings.Fields(f.paras[para][m.End:hi])
		if len(rest) > 1 && (adverb(rest[0]) || strings.EqualFold(rest[0], "also")) {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			continue
		}
		if l := strings.ToLower(rest[0]); clauseVerb(l) || strings.HasSuffix(l, "s") && !groupNouns[l] && !roleNoun(l) { // not "LinkedIn officials"
			return f.ents[m.Entity].Name
		}
	}
	return ""
}

// describedSubject is the subject of a sentence that opens on no person:
// the words before its first verb, a body or someone described ("BC
// Hydro reminded customers …, saying", "A Superior Court judge chastised
// the station …, saying"), not an opening phrase ("According to …").
func (f *quoteFinder) describedSubject(para, lo, hi int) string {
	p := f.paras[para]
	w := f.window(para, lo, hi)
	if len(w.words) == 0 || openingWords[strings.ToLower(w.words[0].text)] || adverbial[strings.ToLower(w.words[0].text)] {
		return ""
	}
	for v := 1; v < min(len(w.words), 8); v++ {
		t := w.words[v]
		if gap := strings.TrimSpace(p[w.words[v-1].end:t.start]); p[t.start-1] != ' ' || gap != "" && gap != "'s" && gap != "’s" && gap != "'" {
			break // "San Francisco-based", "(pictured)": no verb of the sentence's; but "Trump's Justice Department has sued"
		}
		if verbLike(t.text) || helpingVerbs[strings.ToLower(t.text)] {
			if possessedThing(p[lo:t.start]) {
				return "" // "Prince's death came two weeks after he canceled concerts, saying"
			}
			return subjectPhrase(p[lo:t.start])
		}
	}
	return ""
}

// possessedThing reports a phrase with a possessive whose last word names
// no one who could speak, nor what speaks for someone: "Prince's death",
// "Yahoo's convertible"; not "Cohen's attorney", "Trump's Justice
// Department", "the examiner's report".
func possessedThing(phrase string) bool {
	f := strings.Fields(phrase)
	if len(f) < 2 {
		return false
	}
	h := len(f) - 1
	if i := slices.IndexFunc(f[1:], func(w string) bool { return prepositions[w] }); i >= 0 {
		h = i // "a warning sign at the room's entrance": its head is before "at"
	}
	if h < 1 || !slices.ContainsFunc(f[:h], func(w string) bool { return strings.ContainsAny(w, "'’") }) {
		return false
	}
	head := strings.ToLower(f[h])
	return !capitalised(f[h]) && !speakerNoun(head) && !voiceNouns[head] &&
		!docNouns[head] && !ownNouns[head] && !writtenNouns[head] && !workNouns[head]
}

// voiceNouns speak for a body: "the sheriff's office said", "Canada's
// military said".
var voiceNouns = wordSet("office offices military army navy police")

// pluralNouns are verbs of speech that are plural nouns too: "Yahoo's
// convertible notes".
var pluralNouns = wordSet("notes states claims reports")

// roleNoun reports a role, singular or plural ("lawyer", "lawyers").
func roleNoun(w string) bool {
	l := lower(w)
	return roleNouns[l] || roleNouns[strings.TrimSuffix(l, "s")]
}

// possessed returns what follows a possessive "'s" opening s.
func possessed(s string) (string, bool) {
	for _, p := range []string{"'s ", "’s ", "' "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return "", false
}

// timeOpeners open a phrase of time or place before a subject with no
// comma: "In early November the company said".
var timeOpeners = wordSet("in on at during just last earlier later")

// openingWords open a phrase that comes before a sentence's subject.
var openingWords = wordSet(`in on at after before during following earlier later meanwhile still however speaking
asked when while since last this though`)

// beforeRole reports a name that only says whose a role is, the text
// after it going on with the role: "Trump press secretary Sean Spicer".
func beforeRole(after string) bool {
	next, _, _ := strings.Cut(strings.TrimSpace(after), " ")
	return roleWords[next] || roleNouns[next]
}

// roleWords go before a role's noun: "incoming press secretary", "former
// chief executive".
var roleWords = wordSet("former incoming outgoing acting interim deputy press senior")

// mayReport is a quick test for the words reported speech needs.
func mayReport(s string) bool {
	for w := range strings.FieldsSeq(s) {
		w = strings.ToLower(strings.Trim(w, ".,;:!?\"()"))
		if reportVerbs[w] || thatVerbs[w] || participleVerbs[w] || w == "according" || w == "report" {
			return true
		}
	}
	return false
}

// insideQuote reports an offset within quotation marks of its paragraph.
func insideQuote(p string, off int) bool {
	return strings.Count(p[:off], `"`)%2 == 1
}

// reportedIn finds the reported clause of one sentence, paragraph offsets
// lo to hi.
func (f *quoteFinder) reportedIn(para, lo, hi int) (Quote, bool) {
	p := f.paras[para]
	w := f.window(para, lo, hi)
	quoted := func(t token) bool { return insideQuote(p, t.start) }
	if len(w.words) >= 3 && strings.EqualFold(w.words[0].text, "according") && strings.EqualFold(w.words[1].text, "to") {
		from := w.words[1].end
		comma := clauseComma(p[from:hi])
		for comma >= 0 && (f.insideBody(para, from+comma) || namesGoOn(p[from:from+comma], p[from+comma+1:hi])) {
			// "According to the Bureau of Alcohol, Tobacco, Firearms and
			// Explosives, …", "According to Gregoire, Thomas and Nicolas, …"
			if next := clauseComma(p[from+comma+1 : hi]); next >= 0 {
				comma += next + 1
			} else {
				comma = -1
			}
		}
		if comma < 0 || strings.Contains(p[from:from+comma], "$") {
			return Quote{}, false // no comma ends the source: "According to filings he donated $29,600 to …"
		}
		src, rest := from+comma, from+comma+1
		rest += participlePhrase(p[rest:hi]) // "According to the study, published in BMJ Case Reports, the man …"
		rest += relativePhrase(p[rest:hi])   // "According to a report from Bode, a copy of which was obtained by …, the sample …"
		// "According to an executive with the Academy who did not wish to
		// be identified, …": the source is what comes before.
		if k := relativeAt(w.words, 5); k >= 0 && w.words[k].start < src {
			src = w.words[k].start
		}
		speaker := f.bodyNamed(para, from, src)
		if publicationNouns[strings.ToLower(lastWord(p[from:src]))] {
			// "According to the website of the Belgian magazine, La
			// Capitale, …": the name after the comma is the source's.
			if name, n := appositiveName(p[rest:hi]); name != "" {
				speaker, rest = name, rest+n+1
			}
		}
		if speaker == "" {
			speaker = f.personFrom(w, from, src, para)
		}
		if speaker == "" {
			speaker = f.publication(para, from, src)
		}
		if speaker == "" {
			speaker = phrase(p[from:src])
		}
		if speaker == "" {
			// "According to a new report by the non-partisan Commission on
			// Wartime Contracting in Iraq and Afghanistan, …": too long a
			// phrase, but a body named in it.
			speaker = f.orgBetween(para, from, src)
		}
		if hearsay(speaker) {
			return Quote{}, false // "According to reports, …": no one is speaking
		}
		return clause(speaker, p[rest:hi])
	}
	if q, ok := f.closingAttribution(para, lo, hi); ok {
		return q, true
	}
	// "X said (that) CLAUSE."
	for i, t := range w.words {
		l := strings.ToLower(t.text)
		// "X was quoted as saying CLAUSE": the passive's subject speaks.
		passive := l == "saying" && i >= 3 && strings.EqualFold(w.words[i-1].text, "as") && strings.EqualFold(w.words[i-2].text, "quoted") &&
			auxiliaries[strings.ToLower(w.words[i-3].text)]
		// "Shelter users report they prefer …": a plural's verb, before the
		// clause's pronoun; not "the report they published".
		plainReport := l == "report" && i+1 < len(w.words) && clausePronouns[strings.ToLower(w.words[i+1].text)] && strings.HasSuffix(strings.ToLower(w.words[i-1].text), "s")
		if i == 0 || !(passive || plainReport || reportVerbs[l] || thatVerbs[l] && thatNext(p, w.words[i+1:])) || quoted(t) || notSpeech(p, w.words, i) {
			continue
		}
		subject := t
		if passive {
			subject = w.words[i-3]
		}
		prev := strings.ToLower(w.words[i-1].text)
		// "is said to be", "Color is also maintained well": a passive.
		afterAux := auxiliaries[prev] || passiveAux(prev) || i >= 2 && (prev == "also" || strings.HasSuffix(prev, "ly")) && passiveAux(w.words[i-2].text)
		if !passive && afterAux || (i+1 < len(w.words) && strings.EqualFold(w.words[i+1].text, "to") && !toListener(w.words[i+2:])) {
			continue // "is said to be", "was told to leave"; not "alleged to CBC News that"
		}
		if isNumber(prev) && prev != "couple" && !t.broken && strings.HasSuffix(l, "s") {
			continue // "15 states", "two claims": nouns counted, no speech; not "Ann Lee, 60, says"
		}
		if m := lastWord(p[:t.start]); nounVerbs[l] && strings.Contains(m, "-") && strings.ContainsAny(m, "0123456789") {
			continue // "Benchmark 10-year notes US10YT=RR last rose": a noun a measure qualifies
		}
		if nounVerbs[l] && i+1 < len(w.words) && helping(w.words[i+1].text) &&
			(!capitalised(w.words[i-1].text) && !clausePronouns[prev] || possessiveGap(p, w.words[i-1], t) || strings.HasPrefix(p[w.words[i-1].end:], "' ")) {
			continue // "polling across the early voting states has created …", "ISIS' claims have": a noun, the sentence's subject
		}
		if prev == "who" || prev == "which" {
			if name := f.whoSaid(para, w.words[i-1].start, l); name != "" {
				if start := clauseStart(p, w.words[i+1:], t.end, l); start >= 0 && !quoteNext(strings.TrimLeft(p[t.end:hi], ",: ")) {
					return clause(name, p[start:hi]) // "its lawyer, Tommy Coleman, who said the department has …"
				}
			}
			continue // "Ann Lee, an expert who writes about the Kremlin, noted that …": the clause describes; its verb reports nothing
		}
		if notSubjects[prev] && prev != "they" && prev != "it" {
			return Quote{}, false
		}
		speaker := f.subjectBefore(w, para, lo, subject)
		if speaker == "" {
			speaker = subjectPhrase(p[lo:subject.start])
		}
		if speaker == "" {
			speaker = appositiveSubject(p[lo:subject.start])
		}
		if speaker == "" || pluralNouns[l] && possessedThing(speaker) {
			return Quote{}, false // "Yahoo's convertible notes, certain …": a noun
		}
		start := clauseStart(p, w.words[i+1:], t.end, l)
		if start < 0 || quoteNext(strings.TrimLeft(p[t.end:hi], ",: ")) {
			return Quote{}, false // "Grant said, "That was …"": a direct quote
		}
		first, rest, _ := strings.Cut(strings.TrimSpace(p[start:hi]), " ")
		next, _, _ := strings.Cut(rest, " ")
		if helpingVerbs[first] {
			// "Columbus Nova, which he said is controlled by …": the
			// clause's subject is what the relative stands for.
			if name := f.antecedent(para, w.words[max(0, i-4):i]); name != "" {
				return clause(speaker, name+" "+strings.TrimSpace(p[start:hi]))
			}
			if ante, who := contactAntecedent(p[lo:subject.start]); ante != "" {
				// "someone he suggested could serve on the court", "a year
				// Mickelson thinks could be one of his best": what the
				// clause is said of opens it.
				if r := relativeSubject(speaker); r != speaker {
					speaker, hi = r, relativeEnd(p, start, hi)
				} else if speaker == lastWord(ante)+" "+who {
					speaker = who // "year Mickelson": the words after the noun speak
				}
				return clause(speaker, ante+" "+strings.TrimSpace(p[start:hi]))
			}
			if who := relativeSubject(speaker); who != speaker {
				// The relative clause ends where the sentence's own verb
				// comes: "A woman authorities believe has robbed stores
				// may be working with …".
				speaker, hi = who, relativeEnd(p, start, hi)
			}
		}
		switch {
		case noClause[strings.ToLower(first)] && !(isNumber(strings.ToLower(next)) && !articles[strings.ToLower(next)]), first == "of" && !partOf(rest):
			return Quote{}, false // "writes about style", "warned of the dangers", "claimed of the complex, "…"": no clause reported
		case admitVerbs[l] && len(first) > 4 && strings.HasSuffix(first, "ing") && !gerundSubject(strings.Fields(rest)):
			return Quote{}, false // "has admitted hacking but maintains …": what he did, no clause
		case orderVerbs[l] && !strings.HasSuffix(strings.TrimSpace(p[t.end:start]), "that") && order(strings.Fields(p[start:hi])):
			return Quote{}, false // "cautioned both sides to tone down their rhetoric": advice, no claim
		case (first == "before" || first == "after" || first == "while") && strings.HasSuffix(next, "ing") && !clauseAfterComma(rest):
			return Quote{}, false // "told the House before slamming the offer"; not "said after looking at the law, the teens would …"
		case first == "as" && (clausePronouns[strings.ToLower(next)] || next == "to" || determiners[next] && next != "a" && next != "an" && !clauseAfterComma(rest)):
			return Quote{}, false // "said as he turned to Sessions", "testified as to how they beat tests", "warned as the country struggled …"
		case prepositions[strings.ToLower(first)] && !isNumber(strings.ToLower(next)) && !slices.ContainsFunc(strings.Fields(p[start:hi]), verbLike):
			return Quote{}, false // "cautioned against reading too much into the levels": a preposition's object, no clause
		case !subjectWord(first) && !slices.ContainsFunc(strings.Fields(p[start:hi]), verbLikeWord):
			return Quote{}, false // "confirmed the move to The Man Out Front", "reported from London and Steve Almasy in Atlanta": an object, no clause
		case first == "this" && (next == "" || prepositions[strings.ToLower(next)]):
			return Quote{}, false // "said this in a statement": the verb's object, no clause
		case strings.HasSuffix(first, ",") && prepositions[strings.TrimSuffix(first, ",")]:
			return Quote{}, false // "contended for, and ultimately won, the White House": a verb's preposition, no clause
		case first == "to" && !strings.HasSuffix(strings.TrimSpace(p[t.end:start]), "that"):
			return Quote{}, false // "told the man to remove"; not "said that to achieve …, he would"
		case strings.TrimSpace(p[t.end:start]) == "on" && monthNumbers[strings.ToLower(strings.TrimRight(first, "."))] == 0:
			return Quote{}, false // "insisted on marrying": no day after "on", no clause; not "said on March 18, 1990, two men …"
		case first == "," && participleOpening(next) && !slices.ContainsFunc(w.words[max(0, i-4):i], func(t token) bool { return strings.EqualFold(t.text, "as") }):
			return Quote{}, false // "testified, describing her daughter as …"; but "as Ann Lee notes, being able to …" reports
		}
		return clause(speaker, p[start:hi])
	}
	return Quote{}, false
}

// antecedent is the name a "which" among the words before a verb of
// speech stands for, where the name ends right before its comma: "from
// Columbus Nova, which he said is controlled by …", "its Public Investment
// Fund (PIF), which Prince Mohammed said would …"; or "".
func (f *quoteFinder) antecedent(para int, before []token) string {
	rel := -1
	for k := len(before) - 1; k >= 0; k-- {
		if before[k].low == "which" {
			rel = k
			break
		} else if k+1 < len(before) && before[k+1].broken {
			return "" // "which" opens the speaker's words: "which he said", "which Prince Mohammed said", "which analysts said"
		}
	}
	if rel < 0 || rel+1 == len(before) {
		return ""
	}
	p := f.paras[para]
	end := len(strings.TrimRight(p[:before[rel].start], " "))
	if end == 0 || p[end-1] != ',' {
		return ""
	}
	end = len(strings.TrimSuffix(p[:end-1], ")"))
	for _, m := range f.mentions {
		if st := f.sents[m.Sentence]; st.Para == para && st.Start+m.End == end {
			return p[st.Start+m.Start : end]
		}
	}
	return ""
}

// contactAntecedent is the noun a relative clause with no relative word
// stands for, where the clause reports speech: an indefinite pronoun, or
// an article and a noun, among the last words before the speaker's verb,
// then the speaker in a few words ("someone he suggested", "a year
// Mickelson thinks", "A woman authorities believe", "in a move the
// company said"), and the speaker's words after it; or "".
func contactAntecedent(s string) (string, string) {
	if c := strings.LastIndexByte(s, ','); c >= 0 {
		s = s[c+1:]
	}
	words := strings.Fields(s)
	for k := len(words) - 2; k >= 0 && k >= len(words)-5; k-- {
		n := 0
		switch l := strings.ToLower(words[k]); {
		case l == "someone" || l == "something":
			n = 1
		case (l == "a" || l == "an") && plainNoun(words[k+1]):
			n = 2
			if k+3 < len(words) && words[k+2] == "of" && plainNoun(words[k+3]) {
				n = 4 // "a lack of leadership he says has left …"
			}
		default:
			continue
		}
		rest := words[k+n:]
		if len(rest) == 0 || len(rest) > 3 || prepositions[strings.ToLower(rest[0])] || verbLike(rest[0]) {
			return "", "" // "a trip to Paris he says": no speaker right after the noun
		}
		return strings.Join(words[k:k+n], " "), strings.Join(rest, " ")
	}
	return "", ""
}

// plainNoun reports a word in lower case that may be a noun: no pronoun.
func plainNoun(w string) bool {
	return allLetters(w) && !capitalised(w) && !objectPronouns[w] && !clausePronouns[w]
}

// relativeSubject is who speaks in a relative clause with no relative
// word, whose verb's clause opens on its own verb: "a move the Chinese
// said would void …" is said by "the Chinese", "A woman authorities
// believe has robbed …" by "authorities".
func relativeSubject(speaker string) string {
	words := strings.Fields(speaker)
	for k := 1; k < len(words); k++ {
		if subjectStarts[words[k]] {
			return subjectPhrase(strings.Join(words[k:], " "))
		}
	}
	return speaker
}

// relativeEnd is where the relative clause from start ends: before the
// next helping verb that has no subject of its own before it.
func relativeEnd(p string, start, hi int) int {
	prev := ""
	for i, k := start, 0; i < hi; k++ {
		for i < hi && p[i] == ' ' {
			i++
		}
		j := i
		for j < hi && p[j] != ' ' {
			j++
		}
		w := p[i:j]
		if k > 1 && helpingVerbs[w] && !clausePronouns[prev] && !relatives[prev] && prev != "that" {
			return i
		}
		prev, i = strings.ToLower(w), j
	}
	return hi
}

// whoSaid is the person named just before ", who" at offset who of the
// paragraph, when verb, after it, says: "… referred comment to its lawyer,
// Tommy Coleman, who said the department has …" reports what Coleman said.
func (f *quoteFinder) whoSaid(para, who int, verb string) string {
	if !clauseVerbs[verb] {
		return ""
	}
	before := strings.TrimRight(f.paras[para][:who], " ")
	if !strings.HasSuffix(before, ",") {
		return ""
	}
	end := len(before) - 1
	for _, m := range f.peopleIn(para) {
		if m.End != end || insideQuote(f.paras[para], m.Start) {
			continue
		}
		// Not the sentence's subject, "(And) Ann Lee, who said …, left the
		// hall", whose clause goes on past a comma: a name after a comma
		// or a verb's object.
		prev := lastWord(f.paras[para][f.sents[m.Sentence].Start:m.Start])
		if strings.HasSuffix(prev, ",") || prev != "" && !capitalised(prev) && !conjunctions[prev] {
			return f.ents[m.Entity].Name
		}
	}
	return ""
}

// appositiveSubject is the subject of "X, APPOSITIVE, said" where the
// appositive opens on an article: "Somali group al-Shabaab, an al-Qaeda
// affiliate fighting …, said".
func appositiveSubject(before string) string {
	before = strings.TrimSpace(before)
	c := strings.IndexByte(before, ',')
	if !strings.HasSuffix(before, ",") || c == len(before)-1 {
		return ""
	}
	mid := strings.Fields(strings.ToLower(before[c+1:]))
	if len(mid) == 0 || !articles[mid[0]] || text.NumFields(before[:c]) > 6 {
		return ""
	}
	for _, w := range mid {
		if helpingVerbs[w] || finiteVerbs[w] && w != "to" && w != "not" {
			return "" // "A father of four, the owner of …, was among those killed, said …": no appositive
		}
	}
	return subjectPhrase(before[:c])
}

// participleOpening reports a word in "-ing" opening a participle's
// phrase after a verb of speech and a comma ("testified, describing her
// daughter as …"); "nothing" and "everything" may open a clause.
func participleOpening(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing") && !capitalised(w)
}

// describesSpeaker reports a long phrase, up to nine words, that a
// person's or a body's noun heads and no verb runs in: "The former
// sergeant-at-arms of the House of Commons said", not "the movie buffed
// and polished the story".
func describesSpeaker(fields []string) bool {
	return len(fields) <= 9 && slices.ContainsFunc(fields[:4], speakerNoun) && !slices.ContainsFunc(fields, verbLike)
}

// speakerNoun reports a noun that heads a description of someone who
// speaks: a role, a person's, a group's or a body's ("sergeant-at-arms").
func speakerNoun(w string) bool {
	l, _, _ := strings.Cut(strings.ToLower(w), "-")
	return roleNouns[l] || titleWords[l] || personNouns[l] || groupNouns[l] || orgNouns[l]
}

// closingAttribution finds "CLAUSE, X said." and "CLAUSE, said X, an
// aide." in p[lo:hi]: one of the last two commas opens a short
// attribution.
func (f *quoteFinder) closingAttribution(para, lo, hi int) (Quote, bool) {
	p := f.paras[para]
	end := hi
	for range 2 {
		c := strings.LastIndex(p[lo:end], ",")
		for c > 0 && (thousands(p, lo+c) || f.insideBody(para, lo+c)) {
			c = strings.LastIndex(p[lo:lo+c], ",") // "police said more than 452,000 people …", "the Bureau of Alcohol, Tobacco, Firearms and Explosives said"
		}
		if c <= 0 {
			break
		}
		if end < hi && strings.HasPrefix(strings.TrimSpace(p[lo+c+1:end]), "as ") {
			break // "…because, as Gosselin noted in a release, CouponCabin is …": it reports what follows
		}
		if end < hi && strings.HasPrefix(strings.TrimSpace(p[lo+c+1:end]), "according to ") {
			// "One of the officers, according to prison records, had
			// worked …": the source stands between subject and verb.
			rest := strings.TrimRight(strings.TrimSpace(p[end+1:hi]), ".")
			// So does one after a clause's opening word: "This could
			// explain why, according to Ann Lee, the board …".
			opener := complementizers[strings.ToLower(lastWord(p[lo:lo+c]))] && !insideQuote(p, lo+c)
			// And one after a phrase of time: "One day in mid-August,
			// according to her records, a senior crew member directed …".
			timed := timePhrase(p[lo : lo+c])
			if tail := f.window(para, lo+c+1, end); text.NumFields(rest) >= 2 && (opensOnVerb(rest) || pastTense(rest) || presentOpening(rest) || opener || timed) && len(tail.words) > 2 && len(tail.words) <= 12 {
				sep := " "
				if timed {
					sep = ", " // "In 2012, 93 percent of black voters …"
				}
				return clause(f.accordingTo(para, tail, end), p[lo:lo+c]+sep+rest)
			}
			if l := strings.ToLower(lastWord(p[lo : lo+c])); l == "and" || l == "but" {
				break // "Moore wrote of death … and, according to police, apparently left a note": the source is of what follows, not of what comes before
			}
		}
		if end < hi && leadIn(p[lo:lo+c]) {
			break // "Of the video, Ann Lee said in a statement, "There are …"": what was said follows
		}
		if q, ok := f.attributionAfter(para, lo, lo+c, end); ok {
			return q, true
		}
		end = lo + c
	}
	return Quote{}, false
}

// namesGoOn reports a list of names that goes on after a comma: before
// ends on a name, and after, up to its next comma, holds only names and
// "and" ("Gregoire" and " Thomas and Nicolas, about 50 people …").
func namesGoOn(before, after string) bool {
	seg, _, ok := strings.Cut(after, ",")
	words := strings.Fields(seg)
	if !ok || len(words) == 0 || len(words) > 4 || !capitalised(lastWord(before)) {
		return false
	}
	return !slices.ContainsFunc(words, func(w string) bool { return w != "and" && !capitalised(w) })
}

// timePhrase reports a phrase of time with no verb that opens a sentence:
// "One day in mid-August", "Last year", "On Monday night".
func timePhrase(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || slices.ContainsFunc(words, verbLike) {
		return false
	}
	first, second := strings.ToLower(words[0]), ""
	if len(words) > 1 {
		second = strings.ToLower(strings.TrimRight(words[1], ","))
	}
	switch {
	case weekdays[first] || relativeDays[first]:
		return true // "Yesterday", "Monday night"
	case first == "one" || first == "that" || first == "this" || first == "last" || first == "next" || first == "early" || first == "late":
		return timeSpans[second] // "One day in mid-August", "Last year"; not "This" alone
	case first == "on" || first == "in" || first == "by" || first == "since" || first == "during":
		return weekdays[second] || monthNumbers[second] > 0 || digits(second) // "In 2012", "On Monday"
	}
	return false
}

// timeSpans are the spans of time a phrase of time counts in.
var timeSpans = wordSet("day night morning afternoon evening week weekend month year season summer winter spring fall autumn")

// insideBody reports an offset of a paragraph inside a body's name: a
// comma of "Bureau of Alcohol, Tobacco, Firearms and Explosives".
func (f *quoteFinder) insideBody(para, off int) bool {
	return slices.ContainsFunc(f.orgsIn(para), func(m Mention) bool { return m.Start < off && off < m.End })
}

// clauseComma is the index of s's first comma that is no thousands
// separator ("$29,600"), or -1.
func clauseComma(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' && !thousands(s, i) && !dateComma(s, i) {
			return i
		}
	}
	return -1
}

// withoutDate drops a date that opens a phrase: "March 24, 2008, report
// from Bode" is the report from Bode.
func withoutDate(s string) string {
	f := strings.Fields(s)
	if len(f) < 3 || monthNumbers[strings.ToLower(strings.TrimSuffix(f[0], "."))] == 0 {
		return s
	}
	if day := strings.TrimSuffix(f[1], ","); len(day) > 2 || !digits(day) {
		return s
	}
	k := 2
	if y := strings.TrimSuffix(f[2], ","); len(y) == 4 && digits(y) {
		k = 3
	}
	if k == len(f) {
		return s
	}
	return strings.Join(f[k:], " ")
}

// relativePhrase is the length of a relative clause set off after a
// source, up to its comma: " a copy of which was obtained by the Camera,".
func relativePhrase(s string) int {
	comma := strings.IndexByte(s, ',')
	if comma < 0 || text.NumFields(s[:comma]) > 15 || strings.ContainsAny(s[:comma], `";:`) {
		return 0
	}
	n := 0
	for w := range strings.FieldsSeq(s[:comma]) {
		if w == "which" || w == "whom" {
			return comma + 1
		}
		if n++; n == 4 {
			break
		}
	}
	return 0
}

// dateComma reports a comma at s[i] inside a date ("March 24, 2008"), or
// closing one that stands between an article and its noun ("a March 24,
// 2008, report from the lab"; not "on March 24, 2008, the lab said").
func dateComma(s string, i int) bool {
	if i == 0 || !isDigit(s[i-1]) {
		return false
	}
	before := strings.Fields(s[:i])
	n := len(before)
	month := func(k int) bool {
		return k >= 0 && monthNumbers[strings.ToLower(strings.TrimSuffix(before[k], "."))] > 0
	}
	if n >= 2 && len(before[n-1]) <= 2 && month(n-2) {
		rest := strings.TrimPrefix(s[i+1:], " ")
		return len(rest) >= 4 && isDigit(rest[0]) && isDigit(rest[1]) && isDigit(rest[2]) && isDigit(rest[3])
	}
	return n >= 4 && len(before[n-1]) == 4 && strings.HasSuffix(before[n-2], ",") && month(n-3) && articles[strings.ToLower(before[n-4])]
}

// thousands reports the comma at s[i] as a number's thousands separator.
func thousands(s string, i int) bool {
	return i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1])
}

// appositiveName is the name of a few capitalised words that s opens on
// before a comma (" La Capitale, Abdeslam was …"), and the comma's
// offset; or "".
func appositiveName(s string) (string, int) {
	comma := strings.IndexByte(s, ',')
	if comma < 0 {
		return "", 0
	}
	name := strings.TrimSpace(s[:comma])
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 || slices.ContainsFunc(words, func(w string) bool { return !capitalised(w) }) {
		return "", 0
	}
	return name, comma
}

// hearsay reports an "according to" that names no source: "reports",
// "media reports", "some accounts".
func hearsay(speaker string) bool {
	last := speaker[strings.LastIndexByte(speaker, ' ')+1:]
	return last == "reports" || last == "accounts" || last == "rumours" || last == "rumors"
}

// thatNext reports "that" opening a clause in rest, past a time:
// "announced on Monday that"; not "reiterated that sentiment in a
// statement: …", a determiner.
func thatNext(p string, rest []token) bool {
	for i, t := range rest[:min(len(rest), 4)] {
		l := strings.ToLower(t.text)
		if l == "that" {
			return clauseVerbAhead(p, rest[i+1:])
		}
		if !dayWords[l] {
			return false
		}
	}
	return false
}

// clauseVerbAhead reports a clause's verb in the first words of ts,
// before a colon or a semicolon.
func clauseVerbAhead(p string, ts []token) bool {
	for i, t := range ts[:min(len(ts), 14)] {
		if i > 0 && strings.ContainsAny(p[ts[i-1].end:t.start], ":;") {
			break
		}
		if finiteVerb(t.low) {
			return true
		}
	}
	return false
}

// finiteVerb reports a word in lower case that may be a clause's verb:
// a known one, a present tense in "-s", or a pronoun's contraction.
func finiteVerb(l string) bool { return clauseVerb(l) || presentVerb(l) || contractedVerb(l) }

// contractedVerb reports a pronoun with its verb run on: "he'll", "it's".
func contractedVerb(l string) bool {
	l = strings.ReplaceAll(l, "’", "'")
	w, v, ok := strings.Cut(l, "'")
	return ok && contracted[w] || ok && clausePronouns[w] && (v == "ll" || v == "re" || v == "ve" || v == "d" || v == "m")
}

// toListener reports a listener after "to" and then "that": "admitted to
// police that", "alleged to CBC News that", "confirmed to us that"; not
// "said to hit a target at that distance".
func toListener(rest []token) bool {
	for i, t := range rest[:min(len(rest), 5)] {
		l := strings.ToLower(t.text)
		if l == "that" {
			return i > 0
		}
		if t.broken || !(capitalised(t.text) || determiners[l] || objectPronouns[l] || groupNouns[l] || speakerNoun(l) || l == "reporters" || l == "journalists") {
			return false
		}
	}
	return false
}

// parenthetical reads "PART, X says, PART.": an attribution set off by
// commas inside the clause it reports ("The ferry was late that morning,
// she says, and nobody told the passengers why"). Each part long enough
// to report is a quote of its own, as the attribution splits them.
func (f *quoteFinder) parenthetical(para, lo, hi int) []Quote {
	p := f.paras[para]
	var commas []int
	for i := lo; i < hi; i++ {
		if p[i] == ',' && !thousands(p, i) {
			commas = append(commas, i)
		}
	}
	for k := 0; k+1 < len(commas); k++ {
		c1, c2 := commas[k], commas[k+1]
		seg := f.window(para, c1+1, c2)
		if len(seg.words) < 2 || len(seg.words) > 5 || insideQuote(p, c1) {
			continue
		}
		// "he says", "Alder said"; after "said Alder," comes an appositive.
		verb := false
		for _, t := range seg.words[1:] {
			verb = verb || closingVerbs[strings.ToLower(t.text)]
		}
		left, right := strings.TrimSpace(p[lo:c1]), strings.TrimSpace(p[c2+1:hi])
		first, _, _ := strings.Cut(left, " ")
		// "When they returned, Berg said, they found …", "Before officers
		// tackled him, witnesses said, Hutchinson told …": an opening
		// clause of time or concession, then the main one.
		opening := (subordinating[strings.ToLower(first)] || conceding[strings.ToLower(first)]) && !strings.Contains(left, ",")
		lead := leadIn(left)
		// "That, she said, is how …", "Mostefai, he added, had moved back
		// …", "Police, Sinclair says, have no policies …": a subject of one
		// word, then the attribution and the verb.
		alone := (strings.EqualFold(left, "that") || strings.EqualFold(left, "this") || text.NumFields(left) == 1 && capitalised(left) && (!common(left) || groupNouns[strings.ToLower(left)])) && opensOnVerb(right)
		if !verb || text.NumFields(left) < 2 && !alone || text.NumFields(right) < 2 || !(goesOn(right) || opening && subjectThenItsVerb(right) || lead) || opensQuote(right) {
			continue
		}
		speaker := f.speakerAfter(para, c1+1, c2)
		if speaker == "" || possessedThing(speaker) {
			continue // "…, Yahoo's convertible notes, certain minority investments and …": a list
		}
		if lead {
			if strings.HasPrefix(right, `"`) {
				return nil // "As for arson science, he said, "arson is …"": the quote is what was said
			}
			// "In contrast with other Founding Fathers, Chernow said,
			// Washington's will indicates …": the phrase opens the clause.
			if q, ok := clause(speaker, left+", "+right); ok {
				return []Quote{q}
			}
			return nil
		}
		// "… and that, she said, makes life exhausting": the pronoun
		// before the attribution is the subject of the verb after it.
		next, _, _ := strings.Cut(right, " ")
		pronoun := (lastWordIs(left, "that") || lastWordIs(left, "this")) && (verbLike(next) || presentVerb(next))
		if subjectThenVerb(left, right) || strings.HasPrefix(right, "that ") || pronoun {
			// "The tuft cell, Herbert said, is constantly sensing …", "It is
			// on Lee's watch, Berg said, that the port closed": one
			// clause around the attribution, which may quote some of its
			// words ("Finding water, he said, is the "next best thing"");
			// the subject alone says nothing.
			if q, ok := clause(speaker, left+" "+right); ok {
				return []Quote{q}
			}
			return nil
		}
		parts := []string{left, right}
		if lastWordIs(left, "and") || lastWordIs(left, "but") || opening {
			// "They had not cleared the plan – and, they said, they got
			// dirty looks", "When they returned with a warrant, Berg said,
			// they found …": what they said follows
			parts = parts[1:]
		}
		var out []Quote
		for _, part := range parts {
			if rest, ok := cutConjunction(part); ok {
				if speakersAct(rest) {
					continue // "…, she said, and then started to cry": what the speaker did
				}
				part = rest // "…, the official said, and there is no concrete evidence"
			}
			if q, ok := clause(speaker, part); ok && !strings.Contains(part, `"`) {
				out = append(out, q)
			}
		}
		return out
	}
	return nil
}

// cutConjunction is s past an opening "and" or "but", if it opens so.
func cutConjunction(s string) (string, bool) {
	for _, c := range [...]string{"and ", "but "} {
		if rest, ok := strings.CutPrefix(s, c); ok {
			return rest, true
		}
	}
	return s, false
}

// speakersAct reports a verb phrase after "X said, and" that tells what
// the speaker did then ("then started to cry", "declined to elaborate"),
// which no one is reported to have said; not one that goes on with what
// was said ("…, Strang said, and are mostly meant to be taken short term").
func speakersAct(s string) bool {
	w := strings.Fields(s)
	for len(w) > 1 && (adverb(w[0]) || w[0] == "then" || w[0] == "also" || w[0] == "later") {
		w = w[1:]
	}
	return len(w) > 0 && speakersActs[w[0]]
}

// speakersActs are what a speaker does on saying something.
var speakersActs = wordSet(`started began declined refused paused smiled laughed wept cried sighed shrugged nodded
walked hung broke choked fought stopped`)

// howOften are words of a phrase that says how often, or how much, what
// follows holds.
var howOften = wordSet("too so very often sometimes usually always never rarely seldom more most less least all")

// sameDay are the words besides dayWords of a phrase that only dates
// what follows.
var sameDay = wordSet("the same next following that day")

// leadIn reports a phrase with no verb nor comma that opens on a
// preposition or "as for": what a sentence goes on to speak of, set
// before its attribution ("In contrast with other Founding Fathers, Ann
// Lee said, …", "As for arson science, he said, "…""), no clause.
func leadIn(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) < 2 || strings.ContainsAny(s, `,"`) {
		return false
	}
	if conjunctions[ws[0]] {
		ws = ws[1:] // "And the same day, Wood tweeted, "…""
	}
	if !slices.ContainsFunc(ws, func(w string) bool { return !dayWords[w] && !sameDay[w] }) {
		return true // a time: "The next morning", "Later that day"
	}
	if len(ws) <= 3 && !slices.ContainsFunc(ws, func(w string) bool { return !howOften[w] && !(len(w) > 4 && strings.HasSuffix(w, "ly")) }) {
		return true // how often or how: "Too often", "More importantly"
	}
	if !(prepositions[ws[0]] && ws[0] != "to" || ws[0] == "as" && (ws[1] == "for" || ws[1] == "to")) {
		return false
	}
	for i, w := range ws {
		participle := i+1 < len(ws) && ws[i+1] == "by" // "the video recorded by the teens"
		if w != "to" && finiteVerbs[w] || clausePronouns[w] || strings.HasSuffix(w, "n't") || len(w) > 4 && strings.HasSuffix(w, "ed") && !participle {
			return false
		}
	}
	return true
}

// subjectThenVerb reports a clause's subject before a parenthetical
// attribution and its verb after: a few words with no verb of their own,
// then a finite verb.
func subjectThenVerb(left, right string) bool {
	ws := strings.Fields(strings.ToLower(left))
	if !opensOnVerb(right) || len(ws) > 12 {
		return false
	}
	for i, w := range ws {
		if i > 1 && relativeWords[w] {
			// "The hidden compartment where the boy was found, police
			// said, was …": a relative clause's verb is the subject's.
			return true
		}
		if i == 8 || finiteVerbs[w] || helpingVerbs[w] {
			return false
		}
	}
	return true
}

// relativeWords open a relative clause inside a noun phrase.
var relativeWords = wordSet("who whom whose which where")

// opensOnVerb reports words that open on a finite verb: a helping verb or
// a common past form ("had worked", "is constantly sensing").
func opensOnVerb(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	return helpingVerbs[first] || finiteVerbs[first] && first != "not" && first != "to"
}

// goesOn reports words after a parenthetical attribution that go on with
// the clause it reports ("and nobody told the passengers"), not an
// appositive ("a spokesman for …"), a source ("according to …") or the
// reporter's own clause ("though he did not name anyone", "raising …").
func goesOn(s string) bool {
	w := strings.Fields(s)
	first := strings.ToLower(w[0])
	if first == "and" || first == "but" {
		first = strings.ToLower(w[1])
	}
	return !capitalised(w[0]) && !determiners[first] && !notGoingOn[first] && !prepositions[first] && !strings.HasSuffix(first, "ing")
}

// relatives open a relative clause.
var relatives = wordSet("who whose which")

// relativeAt is the index of the first of words that opens a relative
// clause, when at least n words come before it; else -1.
func relativeAt(words []token, n int) int {
	if k := slices.IndexFunc(words, func(t token) bool { return relatives[t.text] }); k >= n {
		return k
	}
	return -1
}

var notGoingOn = wordSet("who which whose whom according though although as while when whereas before after since because until")

// attributionAfter reads "CLAUSE, X said" with the comma at c and the
// attribution ending at hi.
func (f *quoteFinder) attributionAfter(para, lo, c, hi int) (Quote, bool) {
	p := f.paras[para]
	body := p[lo:c]
	if strings.Count(body, `"`)%2 == 1 && strings.HasPrefix(p[c+1:], `"`) {
		body += `"` // "…hinder the inquiry," a spokeswoman said": the quote closes after the comma
	}
	tail := f.window(para, c+1, hi)
	if k := whileClause(tail.words); k > 0 {
		// "…, a prosecutor said Monday as the suspect appeared in court":
		// when it was said is no part of the attribution.
		hi = tail.words[k].start
		tail = f.window(para, c+1, hi)
	}
	if len(tail.words) > 12 && strings.EqualFold(tail.words[0].text, "according") {
		// "…, according to a senior aide who spoke on condition of
		// anonymity": the source is what comes before its relative clause.
		if k := relativeAt(tail.words, 3); k >= 0 {
			hi = tail.words[k].start
			tail = f.window(para, c+1, hi)
		}
	}
	if len(tail.words) == 0 || len(tail.words) > 12 && !longMedium(p, tail.words) || insideQuote(p, tail.words[0].start) {
		return Quote{}, false
	}
	if len(tail.words) > 2 && strings.EqualFold(tail.words[0].text, "according") && strings.EqualFold(tail.words[1].text, "to") {
		if q, ok := f.closingAttribution(para, lo, c); ok {
			return q, true // "…, he told 'News of the World,' according to Digital Spy": he spoke; it relays
		}
		if k := strings.LastIndexAny(body, `"”`); k >= 0 && slices.ContainsFunc(strings.Fields(body[k:]), func(w string) bool { return speechVerbs[strings.ToLower(w)] }) {
			return Quote{}, false // ""…," Chairman Mohamad Nor Yusof told the gathering, according to the airline": a quote found already, which it relays
		}
		return clause(f.accordingTo(para, tail, hi), body)
	}
	for i, t := range tail.words[:min(len(tail.words), 10)] {
		if !closingVerbs[strings.ToLower(t.text)] && !lastReport(tail.words, i) || notSpeech(p, tail.words, i) {
			continue
		}
		if i >= 5 && !longSubject(p[c+1:t.start]) {
			return Quote{}, false
		}
		if i >= 8 && strings.Contains(body, `"`) {
			// A long subject after a quote is an appositive's: "…," Pierre
			// Montfort, a resident living close to Le Petit Cambodge said".
			return Quote{}, false
		}
		if strings.HasPrefix(strings.TrimSpace(p[t.end:hi]), ":") {
			return Quote{}, false // "Asked what…, Brooks says: …": the quote follows
		}
		if opensQuote(pastDay(p[t.end:])) && !strings.HasSuffix(strings.TrimSpace(body), `"`) {
			return Quote{}, false // "Later, in remarks at …, Esper said, "We …"", "In a post, Mayer wrote on Monday, "I'm …"": what was said is the quote
		}
		if i > 0 && (auxiliaries[strings.ToLower(tail.words[i-1].text)] || i > 1 && strings.HasSuffix(tail.words[i-1].text, "ly") && auxiliaries[strings.ToLower(tail.words[i-2].text)]) {
			return Quote{}, false // "…, police were told", "…, hasn't been previously reported": no one's words
		}
		if i == 1 && perfects[strings.ToLower(tail.words[0].text)] {
			return f.beforeAppositive(para, lo, c, body)
		}
		if rest := tail.words[i+1:]; (len(rest) > 6 || !attributionRest(rest)) && !describedIn(p[t.end:hi]) && !mediumRest(p, rest) {
			return Quote{}, false // "…, and X said investigators believe CLAUSE": the clause follows
		}
		told := strings.EqualFold(t.text, "told") || strings.EqualFold(t.text, "tells")
		if i == 0 && told && !hearer(tail.words[1:]) {
			return Quote{}, false // "…, Latoya Francis-Williams, told a different story"
		}
		if i == 0 {
			// The name before the comma speaks: "…, his cousin, Patrick J.
			// Kennedy, told The Associated Press" (it heard), "…, Radley
			// Horton, a climate scientist with Columbia University, said".
			if q, ok := f.toldBy(para, lo, c, body); ok {
				return q, true
			}
			if q, ok := f.beforeAppositive(para, lo, c, body); ok || told {
				return q, ok
			}
		}
		if strings.EqualFold(t.text, "reported") {
			if i+1 < len(tail.words) && tail.words[i+1].text == "from" {
				return Quote{}, false // "…, Allen Breed reported from Raleigh": a byline
			}
			if q, ok := f.reportedIn(para, lo, c); ok {
				return q, true // "French officials said …, AFP reported": they spoke; it relays
			}
		}
		speaker := f.speakerAfter(para, c+1, hi)
		if speaker == "" && i > 0 {
			before := tail.words[i-1]
			if perfects[strings.ToLower(before.text)] {
				before = tail.words[max(i-2, 0)] // "state-run media has reported"
			}
			speaker = phrase(p[c+1 : before.end])
			if org := f.describedOrg(para, c+1, before.end); org != "" {
				speaker = org // "…, industry daily "Variety" reported": the paper
			}
		}
		if possessedThing(speaker) {
			return Quote{}, false // "…, Yahoo's convertible notes, …": a list
		}
		return clause(speaker, body)
	}
	return Quote{}, false
}

// describedOrg is the body named at the end of p[lo:hi] after words in
// lower case that describe it ("industry daily "Variety"", "the trade
// paper Variety"), or "": not "a reporter for Variety", who speaks.
func (f *quoteFinder) describedOrg(para, lo, hi int) string {
	p := f.paras[para]
	for _, m := range f.orgsIn(para) {
		if m.Start <= lo || m.End < hi-1 || m.End > hi {
			continue
		}
		words := strings.Fields(strings.Trim(p[lo:m.Start], ` "`))
		if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return capitalised(w) || prepositions[w] }) {
			return f.ents[m.Entity].Name
		}
	}
	return ""
}

// whileClause is the index of an "as" that opens a clause of time after
// the verb of a closing attribution ("…, Naoto Kan warned as the country
// struggled …"), or -1; not "said as many as …".
func whileClause(words []token) int {
	for i, t := range words[:min(len(words), 7)] {
		if !closingVerbs[strings.ToLower(t.text)] {
			continue
		}
		k := i + 1
		for k < len(words) && k <= i+2 && dayWords[strings.ToLower(words[k].text)] {
			k++
		}
		if k+1 < len(words) && strings.EqualFold(words[k].text, "as") && !words[k].broken && !words[k+1].broken {
			if next := strings.ToLower(words[k+1].text); determiners[next] && next != "a" && next != "an" || clausePronouns[next] || capitalised(words[k+1].text) {
				return k
			}
		}
		return -1
	}
	return -1
}

// presentOpening reports s opening on a verb in the present ("comes as
// the talks …"), not on a list's plural noun ("interviews and news
// accounts").
func presentOpening(s string) bool {
	ws := strings.Fields(s)
	return len(ws) > 1 && presentVerb(ws[0]) && !conjunctions[strings.ToLower(ws[1])]
}

// quantifierAfterAt are the words after which "at" bounds a number: "at
// least", "at most".
var quantifierAfterAt = wordSet("least most")

// pastDay is s past its opening marks and a day or time: "on Monday, ".
func pastDay(s string) string {
	for range 3 {
		s = strings.TrimLeft(s, ",: ")
		w, rest, _ := strings.Cut(s, " ")
		if !dayWords[strings.ToLower(strings.TrimRight(w, ",:"))] {
			break
		}
		s = rest
	}
	return strings.TrimLeft(s, ",: ")
}

// lastReport reports "report" ending an attribution after a plural
// subject: "…, researchers report", not "…, contributed to this report".
func lastReport(words []token, i int) bool {
	if i == 0 || i != len(words)-1 || !strings.EqualFold(words[i].text, "report") {
		return false
	}
	prev := words[i-1].text
	return len(prev) > 3 && strings.HasSuffix(prev, "s") && !capitalised(prev) && !strings.HasSuffix(prev, "'s") && prev != "this"
}

// accordingTo is the source tail names after its "according to", ending
// at hi.
func (f *quoteFinder) accordingTo(para int, tail window, hi int) string {
	for _, w := range tail.words[2:min(len(tail.words), 5)] {
		if manners[strings.ToLower(w.text)] {
			return "" // "according to protocols described elsewhere (12,13)": how, not who
		}
		if capitalised(w.text) {
			break
		}
	}
	from := tail.words[1].end
	if body := f.bodyNamed(para, from, hi); body != "" {
		return body
	}
	if speaker := f.personFrom(tail, from, hi, para); speaker != "" {
		return speaker
	}
	if journal := f.publication(para, from, hi); journal != "" {
		return journal
	}
	if ph := phrase(f.paras[para][from:hi]); ph == "" || text.NumFields(ph) > 8 || strings.Contains(ph, "website") {
		// "according to information on the National Highway Traffic
		// Safety Administration's website", "according to Bard College's
		// Center for the Study of the Drone": a website's or too long a
		// phrase, the last body named in it.
		body := ""
		for _, m := range f.orgsIn(para) {
			if m.Start >= from && m.End <= hi {
				body = f.ents[m.Entity].Name
			}
		}
		if body != "" {
			return body
		}
	}
	return phrase(firstWords(f.paras[para][from:hi], 8))
}

// bodyNamed is the body p[lo:hi] names and nothing else but "the" and
// its acronym in brackets: "the Bureau of Labor Statistics (BLS)", "the
// Meteorology, Climatology and Geophysics Agency".
func (f *quoteFinder) bodyNamed(para, lo, hi int) string {
	p := f.paras[para]
	for _, m := range f.orgsIn(para) {
		if m.Start < lo || m.End > hi {
			continue
		}
		if before := strings.TrimSpace(p[lo:m.Start]); before != "" && !strings.EqualFold(before, "the") {
			continue
		}
		after := strings.TrimSpace(strings.TrimRight(p[m.End:hi], ".,;: "))
		if after == "" || strings.HasPrefix(after, "(") && strings.HasSuffix(after, ")") && !strings.Contains(after, " ") {
			return f.ents[m.Entity].Name
		}
	}
	return ""
}

// manners are the ways of doing a thing that "according to" may name,
// which are no source of what is said: "tested according to protocols
// described elsewhere", "according to the maker's instructions".
var manners = wordSet("protocol protocols procedure procedures method methods instructions schedule tradition custom recipe")

// publication is the journal or paper named between lo and hi after its
// noun: "according to a paper published in the journal Nature Astronomy"
// cites the journal, and "according to a safety study published by Boeing
// in August" the body that published it.
func (f *quoteFinder) publication(para, lo, hi int) string {
	for _, m := range f.orgsIn(para) {
		if m.Start < lo || m.End > hi {
			continue
		}
		before := f.paras[para][:m.Start]
		if publicationNouns[strings.ToLower(lastWord(before))] {
			return f.ents[m.Entity].Name
		}
		if by := strings.TrimRight(before, " "); lastWord(by) == "by" {
			verb := strings.TrimRight(by[:len(by)-len("by")], " ")
			if w := lastWord(verb); weekdays[strings.ToLower(w)] || w == "today" || w == "yesterday" {
				verb = verb[:len(verb)-len(w)] // "being released Monday by Civic Action"
			}
			if publishedBy[lastWord(verb)] {
				return f.ents[m.Entity].Name
			}
		}
	}
	return ""
}

// publishedBy are the participles that name, after "by", who stands behind a
// document.
var publishedBy = wordSet("published released issued commissioned conducted compiled prepared produced")

// longSubject reports a speaker of five words or more before the verb that
// reads as a noun phrase ("North Korea's state-run KCNA news agency"), not
// as more of the clause ("which controls Gaza -- Hamas security sources",
// "if it cannot be supported and"): a figure, a colon or a dash, or a
// lower-case opening word that is no determiner, is the clause's.
func longSubject(s string) bool {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, ":$—–0123456789") || strings.Contains(s, "--") || s == "" {
		return false
	}
	first, _, _ := strings.Cut(s, " ")
	r, _ := utf8.DecodeRuneInString(first)
	return unicode.IsUpper(r) || determiners[strings.ToLower(first)] || numberWords[strings.ToLower(first)] != 0
}

// perfects open a verb's perfect tense: "has claimed".
var perfects = wordSet("has have had")

// beforeAppositive reads "CLAUSE, NAME, APPOSITIVE, has claimed", with the
// comma before "has" at c: the speaker is the person named two commas
// back ("…, Conner Dilbeck, John's brother, has claimed"), not "has".
func (f *quoteFinder) beforeAppositive(para, lo, c int, body string) (Quote, bool) {
	p := f.paras[para]
	c1 := strings.LastIndexByte(p[lo:c], ',')
	if c1 < 0 {
		return Quote{}, false
	}
	c0 := strings.LastIndexByte(p[lo:lo+c1], ',')
	if c0 < 0 {
		return Quote{}, false
	}
	for _, m := range f.peopleIn(para) {
		if m.End == lo+c1 && strings.TrimSpace(p[lo+c0+1:m.Start]) == "" {
			end := c0
			if d := strings.LastIndexByte(body[:c0], ','); d >= 0 && shortDescription(body[d+1:c0]) {
				end = d // "…, the broker, David N. Lebenstein, director of …, said"
			}
			return clause(f.ents[m.Entity].Name, body[:end])
		}
	}
	return Quote{}, false
}

// toldBy reads "CLAUSE, [DESCRIPTION,] NAME, told LISTENER" with the comma
// before the verb at c: "told"'s object heard the words, and the speaker
// is the person named, with titles only, right before the comma. A short
// description set off before the name ("his cousin") is no part of the
// clause.
func (f *quoteFinder) toldBy(para, lo, c int, body string) (Quote, bool) {
	p := f.paras[para]
	c1 := strings.LastIndexByte(p[lo:c], ',')
	if c1 < 0 {
		return Quote{}, false
	}
	for _, m := range f.peopleIn(para) {
		if m.End != c || !onlyTitles(p[lo+c1+1:m.Start]) {
			continue
		}
		end := c1
		if c0 := strings.LastIndexByte(body[:c1], ','); c0 >= 0 && shortDescription(body[c0+1:c1]) {
			end = c0
		}
		return clause(f.ents[m.Entity].Name, body[:end])
	}
	return Quote{}, false
}

// hearer reports words that open on who heard something told: a name,
// "reporters", "the newspaper"; not "a different story".
func hearer(words []token) bool {
	if len(words) > 1 && articles[strings.ToLower(words[0].text)] {
		words = words[1:]
	}
	return len(words) > 0 && (capitalised(words[0].text) || hearers[strings.ToLower(words[0].text)])
}

// hearers are the common nouns and pronouns for who is told something.
var hearers = wordSet(`reporters reporter journalists journalist me us him her them press media audience crowd police
investigators officials lawmakers jurors jury court judge interviewer supporters listeners viewers readers newspaper paper
broadcaster station magazine network agency website`)

// shortDescription reports a short description set off by commas before
// a name: "his cousin", "a spokesman", "the mayor's aide".
func shortDescription(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	return articles[strings.ToLower(words[0])] && !slices.ContainsFunc(words[1:], func(w string) bool { return capitalised(w) || verbLike(strings.ToLower(w)) })
}

// amounts say how much a verb of speech tells about something.
var amounts = wordSet("much little more less plenty nothing something lots")

// notSpeech reports a report verb used otherwise: "added 10 points",
// "co-wrote", "United States", "Avenatti's claims".
func notSpeech(p string, words []token, i int) bool {
	t := words[i]
	if t.start > 0 && p[t.start-1] == '-' {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(t.text); i > 0 && unicode.IsUpper(r) {
		return true // a name's word: "the United States eclipses China"
	}
	if l := strings.ToLower(t.text); i >= 2 && strings.HasSuffix(l, "s") && strings.EqualFold(words[i-2].text, "to") && !capitalised(words[i-1].text) {
		return true // a noun after a verb's infinitive: "likely to bolster claims from"
	}
	if i > 0 {
		prev := words[i-1]
		rest := p[prev.end:]
		if (strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")) && !contractions[strings.ToLower(prev.text)+"'s"] {
			return true // a noun after a possessive: "Avenatti's claims"
		}
	}
	if i+1 < len(words) {
		next := words[i+1].text
		if (next[0] >= '0' && next[0] <= '9' || strings.HasPrefix(p[t.end:], " $")) && !((strings.EqualFold(t.text, "said") || strings.EqualFold(t.text, "says")) && verbSoon(words[i+2:])) {
			return true // "added 3 goals"; not "said 290 homes were without power"
		}
		if particles[strings.ToLower(next)] {
			return true // "wrote down the words", "wrote off the debt"
		}
		if amounts[strings.ToLower(next)] && i+2 < len(words) && strings.EqualFold(words[i+2].text, "about") {
			return true // "says much about the vehicle": what it shows, no speech
		}
		if v := strings.ToLower(t.text); strings.EqualFold(next, "by") && strings.HasSuffix(v, "ed") && !clauseVerbs[v] && mediumAt(p, words[i+2:]) < 0 {
			return true // "the attacks claimed by IS have prompted": a passive; not "added by phone"
		}
		// "added three goals", "claimed responsibility", "wrote her first
		// book": an object, where "said a deal was close" is a clause.
		if v, n := strings.ToLower(t.text), strings.ToLower(next); !clauseVerbs[v] && objectStarts[n] && !thatSoon(words[i+2:]) &&
			!((n == "a" || n == "an") && helpingSoon(words[i+2:])) {
			return true
		}
		if objectAfter(p, words, i) {
			return true
		}
		if v := strings.ToLower(t.text); (v == "said" || v == "says" || v == "say") && riteSoon(words[i+1:]) {
			return true // "said a tough goodbye to her dog", "said a prayer": a rite, no speech
		}
	}
	return false
}

// riteSoon reports a rite's noun within the first words of rest, the
// clause ending or a preposition after it: "a tough goodbye to", "grace.";
// not "goodbye was hard", "the prayer meeting was cancelled".
func riteSoon(rest []token) bool {
	for j := 0; j < len(rest) && j < 4; j++ {
		l := strings.ToLower(rest[j].text)
		if rites[l] {
			return j+1 == len(rest) || prepositions[strings.ToLower(rest[j+1].text)] || rest[j+1].broken
		}
		if verbLike(l) || clauseOpenings[l] {
			return false
		}
	}
	return false
}

var rites = wordSet("goodbye goodbyes farewell farewells prayer prayers grace hello hellos")

// objectAfter reports a noun phrase after an objectVerb at words[i] with
// no verb after it, which is the verb's object: "added the signatures of
// two players", "NASA also added smaller landers to the CLPS contract";
// where "added the plan was late" is a clause. ("confirmed the presence of
// water" states a finding; "to" there is the object's way, "added the drug
// to its list".) Not an attribution after its words ("…, wrote Taylor"),
// where it was said ("explained from Lundgate"), a subject ("suggested he
// come out early") or what one did or should do ("acknowledged using the
// word", "suggests starting with an antacid").
func objectAfter(p string, words []token, i int) bool {
	t, next := words[i], words[i+1]
	v, n := strings.ToLower(t.text), strings.ToLower(next.text)
	if !objectVerbs[v] || p[t.end:next.start] != " " || strings.HasSuffix(strings.TrimRight(p[:t.start], " "), ",") || endsOnQuote(p[:t.start]) {
		return false
	}
	if clauseOpenings[n] || subjectPronouns[n] && n != "it" && n != "you" || isContraction(n) || prepositions[n] || weekdays[n] || relativeDays[n] || restWords[n] && !determiners[n] || strings.HasSuffix(n, "ing") {
		return false
	}
	for k := i + 1; k < len(words); k++ {
		if (words[k].text == "and" || words[k].text == "but") && !(k+1 < len(words) && determiners[strings.ToLower(words[k+1].text)]) {
			break // "acknowledged the scale of the defeat but refused to resign"; not "admits the club and the league cannot compete"
		}
		if gap := p[words[k-1].end:words[k].start]; k > i+1 && strings.ContainsAny(gap, ",;:()—–") {
			if gap != ", " || !relatives[words[k].text] {
				break // "wrote her first cookbook in 1991, then she became": another clause's verb
			}
			// "noted levels of THC, which can linger for days, can spike":
			// the relative clause's verb is not the clause's
			for k++; k < len(words) && p[words[k-1].end:words[k].start] != ", "; k++ {
			}
			if k == len(words) {
				break
			}
		}
		if l := strings.ToLower(words[k].text); l != "to" && (verbLike(l) || isContraction(l)) {
			return false
		}
	}
	return true
}

// pastVerb reports a verb's past form: "visited", "struck".
func pastVerb(w string) bool {
	l := strings.ToLower(w)
	return len(l) > 4 && strings.HasSuffix(l, "ed") || irregularPasts[l]
}

// relativeDays are the days and times a report dates its words by,
// after the verb: "claimed today", "added later".
var relativeDays = wordSet("today yesterday tonight earlier later recently")

// endsOnQuote reports text that ends on a closing quotation mark.
func endsOnQuote(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, `"`) || strings.HasSuffix(before, "”")
}

// verbSoon reports a finite verb in the next few words, past figures:
// "290 homes were", "3 people died".
func verbSoon(rest []token) bool {
	for _, t := range rest[:min(len(rest), 5)] {
		l := strings.ToLower(t.text)
		if helpingVerbs[l] || len(l) > 3 && strings.HasSuffix(l, "ed") {
			return true
		}
	}
	return false
}

// thatSoon reports "that" in the next few words: "noted several times
// that".
func thatSoon(rest []token) bool {
	for _, t := range rest[:min(len(rest), 3)] {
		if strings.EqualFold(t.text, "that") {
			return true
		}
	}
	return false
}

// opensQuote reports s opening on a quoted sentence: "We strongly …", not
// a quote that goes on with the clause before it ("…, he said, "when you
// look at e-waste generated."").
func opensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(s, `"`))
	return strings.HasPrefix(s, `"`) && unicode.IsUpper(r)
}

// quoteNext reports s opening on a quote that is what was said, not a
// name before the clause ("told "Inside Edition" that they …").
func quoteNext(s string) bool {
	rest, ok := strings.CutPrefix(s, `"`)
	if !ok {
		return false
	}
	_, after, closed := strings.Cut(rest, `"`)
	return !closed || !strings.HasPrefix(after, " that ")
}

// helpingSoon reports a helping verb within the next few words, no
// relative clause's: "claimed a study had been done" reports a clause;
// "claimed a victory that was" and "claimed a victory" do not.
func helpingSoon(rest []token) bool {
	rest = upToBreak(rest)
	for i, t := range rest[:min(len(rest), 4)] {
		l := strings.ToLower(t.text)
		if l == "that" || l == "who" || l == "which" {
			return false
		}
		if helpingVerbs[l] {
			return i > 0
		}
	}
	return false
}

// clauseAfterComma reports a clause after s's first comma: "after
// looking at the law, the teens would face charges".
func clauseAfterComma(s string) bool {
	_, after, ok := strings.Cut(s, ", ")
	if !ok {
		return false
	}
	after, _, _ = strings.Cut(after, ",")
	for i, w := range strings.Fields(strings.ToLower(after)) {
		if w = strings.TrimRight(w, `.!?"”`); i > 0 && (helpingVerbs[w] || verbLike(w)) {
			return true
		}
	}
	return false
}

// upToBreak is ts up to the first token after punctuation: the verb after
// "wrote her first cookbook in 1991, then she became" is another clause's.
func upToBreak(ts []token) []token {
	for i, t := range ts {
		if t.broken {
			return ts[:i]
		}
	}
	return ts
}

// pastTense reports words that open on a past tense in "-ed" ("rebuffed
// the pressure"), not an adjective in "-ed" before a noun.
func pastTense(s string) bool {
	first, rest, _ := strings.Cut(s, " ")
	next, _, _ := strings.Cut(rest, " ")
	return len(first) > 4 && strings.HasSuffix(first, "ed") && !capitalised(first) && determiners[strings.ToLower(next)]
}

// verbLike reports a word that can be a clause's verb: an auxiliary or a
// modal, a negation, a past tense, or an infinitive's "to" ("urged the
// public not to approach him").
func verbLike(w string) bool {
	l := strings.ToLower(w)
	return finiteVerbs[l] || strings.HasSuffix(l, "n't") || len(l) > 4 && strings.HasSuffix(l, "ed")
}

var finiteVerbs = wordSet(`is was were are am has have had will would could can cannot should may might must did does do not to
took made came went got gave found left knew thought became began kept held brought felt lost paid met ran saw won sent
built spent fell led stood grew drew wrote spoke broke chose rose sold`)

// clauseVerbs are followed by a clause whatever its first word.
var clauseVerbs = wordSet("said says say told tells")

// objectVerbs report speech, but their object, unlike a clause, says
// nothing anyone claimed: "explained the rules", "wrote her first book".
var objectVerbs = wordSet("added adds explained explains wrote writes mentioned mentions noted notes suggested suggests stressed stresses acknowledged acknowledges admitted admits claimed claims maintained maintains")

// clauseOpenings open a reported clause or question whose verb the words
// after them may not show: "explained how the system works".
var clauseOpenings = wordSet("that how why what whether if when where who which")

// particles after a verb make another verb of it: "wrote down", "wrote off".
var particles = wordSet("down off up out back")

// objectStarts open the object of a verb that may also report speech.
var objectStarts = wordSet(`a an one two three four five six seven eight nine ten more another several
responsibility credit`)

// restWords may follow the verb of an attribution that ends a sentence:
// "…, Alder said in a statement on Tuesday", "…, said the mayor", "…,
// Garland explained from Winnipeg".
var restWords = wordSet(`a an the in on at to by during after before statement interview email release conference
news reporters journalists his her their its told adding noting earlier later last this week when contacted asked reached
phone telephone from via over home office of`)

// attributionRest reports words after an attribution's verb that close it
// rather than open a clause: names, roles, times and where it was said.
func attributionRest(rest []token) bool {
	for i := 0; i < len(rest); i++ {
		l := strings.ToLower(rest[i].text)
		if l == "in" || l == "on" {
			// "… in a tearful Instagram account": the medium, whatever
			// describes it.
			if j := slices.IndexFunc(rest[i+1:min(len(rest), i+6)], func(t token) bool { return media[strings.ToLower(t.text)] }); j >= 0 {
				i += j + 1
				continue
			}
		}
		if i == 0 && audiences[l] {
			continue // the listener: "…, Ann Lee told followers in a post"
		}
		if !capitalised(rest[i].text) && !restWords[l] && !media[l] && !dayWords[l] && !roleNouns[l] && !groupNouns[l] && !titleWords[l] && l != "with" && l != "text" {
			return false
		}
	}
	return true
}

// longMedium reports a closing attribution whose verb, among its first
// six words, is followed only by where it was said: "…, Ann Lee said in
// an interview with …", long as it is.
func longMedium(p string, words []token) bool {
	for i, t := range words[:min(len(words), 6)] {
		if closingVerbs[strings.ToLower(t.text)] && mediumRest(p, words[i+1:]) {
			return true
		}
	}
	return false
}

// mediumRest reports words after an attribution's verb that say where it
// was said and nothing more, however long: "…, Ann Lee said separately in
// an interview with the Saudi-owned Al Arabiya news channel".
func mediumRest(p string, rest []token) bool {
	if len(rest) > 0 && strings.HasSuffix(rest[0].text, "ly") {
		rest = rest[1:] // "separately", "publicly"
	}
	if len(rest) < 2 || !strings.EqualFold(rest[0].text, "in") && !strings.EqualFold(rest[0].text, "on") {
		return false
	}
	j := slices.IndexFunc(rest[1:min(len(rest), 6)], func(t token) bool { return media[strings.ToLower(t.text)] })
	return j >= 0 && !slices.ContainsFunc(rest[j+2:], func(t token) bool {
		if t.start > 0 && p[t.start-1] == '-' {
			return false // "Saudi-owned"
		}
		l := strings.ToLower(t.text)
		return t.broken || verbLike(l) || clausePronouns[l] || clauseOpenings[l]
	})
}

// audiences are whom someone may tell a thing.
var audiences = wordSet("followers fans viewers listeners readers")

// auxiliaries before a verb make it passive or part of another clause.
var auxiliaries = wordSet("is was were are be been being to")

// clauseStart skips what stands between a report verb and its clause: a
// time ("said Tuesday"), a listener ("told reporters") and "that"; -1
// where the verb's object is a noun a relative clause describes.
func clauseStart(p string, rest []token, after int, verb string) int {
	if (verb == "told" || verb == "tells") && len(rest) > 0 && rest[0].text != "to" && prepositions[rest[0].text] {
		return -1 // "Told" takes its listener first: "the story told in the book", "a life told in five blocks" are a participle's
	}
	// What a preposition or "according" opens may hold verbs of its own.
	free := len(rest) > 0 && !prepositions[strings.ToLower(rest[0].text)] && !adverbial[strings.ToLower(rest[0].text)]
	for i, t := range rest[:min(len(rest), 10)] {
		l := strings.ToLower(t.text)
		if l == "that" && strings.HasPrefix(p[t.end:], "'") {
			break // "says that's not so": "that" is the clause's subject
		}
		if free && begun(rest, i) {
			break // a "that" after it is the clause's own
		}
		if l == "that" && i > 0 && i+1 < len(rest) && (relativeVerb(rest[i+1].text) || relativeThenVerb(rest, i)) {
			// A relative clause: "said information that had emerged …
			// diminished the likelihood" reports a clause all the same;
			// "confirmed some details that have been reported" and
			// "noted reports that said" report none.
			if clauseVerbs[verb] {
				break
			}
			return -1
		}
		if l == "that" && (i == 0 || !prepositions[strings.ToLower(rest[i-1].text)]) {
			return t.end
		}
		if t.broken && i > 0 && !nameGap(p, rest[i-1], t) || auxiliaries[l] && l != "to" {
			// A comma or quote mark, or the clause's own verb ("says
			// the system is designed for that to happen"): no "that"
			// to come.
			break
		}
	}
	if verb == "told" || verb == "tells" {
		// "told the Senate Committee on Commerce, Science and
		// Transportation that …": a listener's name may hold a comma.
		for i, t := range rest[:min(len(rest), 12)] {
			l := strings.ToLower(t.text)
			if l == "that" && i > 0 {
				return t.end
			}
			if !capitalised(t.text) && !connectors[l] && l != "the" && l != "and" && l != "on" {
				break
			}
		}
		// "told a rare joint session of the French parliament on Monday
		// that …": a listener of many words, dated.
		for i, t := range rest[:min(len(rest), 14)] {
			if t.broken || verbLike(t.text) {
				break
			}
			if t.low == "that" && i > 1 && (weekdays[rest[i-1].low] || relativeDays[rest[i-1].low]) {
				return t.end
			}
		}
	}
	start, i := after, 0
	before := start // where the clause started before the last word read
	if len(rest) > 1 && objectPronouns[strings.ToLower(rest[0].text)] && warnings[verb] {
		start, i = rest[0].end, 1 // "warned them the police would not believe them"
	}
	for ; i < len(rest); i++ {
		t := rest[i]
		l := strings.ToLower(t.text)
		if mediumPreps[l] {
			if j := mediumAt(p, rest[i+1:]); j >= 0 {
				i += j + 1
				i += namedPlaces(rest[i+1:])
				i += issuedOn(rest[i+1:])
				start = rest[i].end
				continue
			}
		}
		// "told us …", "told doctors he ate …", "told WeWork executives he
		// wants …": a pronoun, or a plural before the clause's own pronoun.
		heard := strings.HasSuffix(l, "s") && i+1 < len(rest) && clausePronouns[strings.ToLower(rest[i+1].text)] || i == 0 && objectPronouns[l]
		listener := (verb == "told" || verb == "tells") && ((i == 0 && (capitalised(t.text) || subjectStarts[l] || l == "reporters" || l == "journalists" || heard)) ||
			(i > 0 && (capitalised(t.text) || station(rest[i-1].text, l) || heard)) || (i == 1 && subjectStarts[strings.ToLower(rest[0].text)] && !clausePronouns[l] && !determiners[l])) // "told the AP"; not "told police the family …"
		if listener && i > 0 && capitalised(t.text) && i+1 < len(rest) && !helpingVerbs[strings.ToLower(rest[i+1].text)] && pastVerb(rest[i+1].text) {
			// "told officials Piana struck his head", "told reporters Tom
			// Berg visited …": a name after a listener in lower case, then
			// a verb, is the clause's subject.
			j := i
			for j > 0 && capitalised(rest[j-1].text) {
				j--
			}
			if j > 0 {
				start = rest[j-1].end
				break
			}
		}
		if listener && i > 0 && capitalised(t.text) && i+1 < len(rest) && helpingVerbs[strings.ToLower(rest[i+1].text)] {
			// "told Reuters Greece is likely to …", "told ABC News Ruth
			// Alder was …": the clause's subject.
			for i > 1 && givenName(rest[i-1].text) != unknownSex {
				i--
			}
			start = rest[i-1].end
			break
		}
		dated := dayWords[l] || l == "past" && i > 0 && (strings.EqualFold(rest[i-1].text, "this") || strings.EqualFold(rest[i-1].text, "last"))
		if t.broken || (!dated && !listener) || l == "at" && i+1 < len(rest) && quantifierAfterAt[strings.ToLower(rest[i+1].text)] {
			break // not "said at least seven were released"
		}
		if (l == "this" || l == "last") && (i+1 == len(rest) || !timeNouns[strings.ToLower(rest[i+1].text)]) {
			break // "said this week"; not "said this was an example": the clause's subject
		}
		if _, owns := possessed(p[t.end:]); owns && dated {
			// "said Tuesday's remarks raise questions", "said this year's
			// rush": the clause's subject, with its "this".
			if l := strings.ToLower(rest[max(i-1, 0)].text); i > 0 && (l == "this" || l == "last") {
				start = before
			}
			break
		}
		before, start = start, t.end
	}
	if verb == "told" || verb == "tells" {
		if i < len(rest) && tales[rest[i].low] {
			return -1 // "has told the painful story of her conviction": a tale, no clause
		}
		if name, ok := strings.CutPrefix(p[start:], ", "); ok && start > after && capitalised(name) {
			// "told his lawyer, Ann Lee, that …": the listener's name
			if comma := strings.Index(name, ", that "); comma > 0 && comma < 40 && !strings.ContainsAny(name[:comma], ",.;:\"") {
				return len(p) - len(name) + comma + len(", that")
			}
		}
		if start == after && len(rest) > 0 {
			if toldNoClause[strings.ToLower(rest[0].text)] {
				return -1
			}
			return toldClause(rest)
		}
		if i > 0 && i+1 < len(rest) && (strings.EqualFold(rest[i].text, "of") || strings.EqualFold(rest[i].text, "from")) {
			return toldClause(rest[i+1:]) // "told a group of Minnesota supporters Wednesday he is hoping", "told journalists from The Washington Post last week that"
		}
	}
	if aside := strings.TrimLeft(p[start:], " "); strings.HasPrefix(aside, "—") || strings.HasPrefix(aside, "–") {
		// "told Ulbricht—whose persona was …—that he had …": past the aside
		dash := aside[:len("—")]
		end := strings.Index(aside[len(dash):], dash)
		if end < 0 {
			return -1
		}
		at := len(p) - len(aside) + len(dash) + end + len(dash)
		if next := strings.TrimLeft(p[at:], " "); strings.HasPrefix(next, "that ") {
			return len(p) - len(next) + len("that")
		}
		return -1
	}
	return start
}

// warnings are verbs of speech whose listener may come before their clause
// with no "that".
var warnings = wordSet("warned warns assured assures reminded reminds informed informs promised promises")

// toldClause is where the clause starts after "told" and a listener in
// lower case ("told parishioners over the weekend the diocese has hired
// …", "told employees in an email that …", "told lawmakers no evidence
// supports …", "told law enforcement leaders he is …"), or -1 where none
// follows: "told tales of …", "told agents to act". "Told" takes its
// listener first, so what follows it straight away is never the clause.
func toldClause(rest []token) int {
	plural := strings.HasSuffix(rest[0].text, "s")
	for i, t := range rest[:min(len(rest), 14)] {
		l := strings.ToLower(t.text)
		prev := strings.ToLower(rest[max(i-1, 0)].text)
		switch {
		case i == 0:
		case l == "that":
			if i+1 < len(rest) && relativeVerb(strings.ToLower(rest[i+1].text)) {
				return -1 // "told tales that were …"
			}
			return t.end
		case l == "to" && i+1 < len(rest) && !determiners[strings.ToLower(rest[i+1].text)] && !capitalised(rest[i+1].text):
			return -1 // "told crews to secure their boats": an order, as "told the man to remove" below
		case i == 1 && plural && !t.broken && (determiners[l] || l == "no"):
			return t.start
		case (clausePronouns[l] || l == "there") && (i == 1 || strings.HasSuffix(prev, "s") || dayWords[prev]):
			return t.start // "told court she is", "told law enforcement leaders he is"
		case helpingVerbs[l]:
			return subjectStart(rest, i)
		}
	}
	return -1
}

// partOf reports a count's whole after "of": "said of the 80 people
// admitted, 29 remained in intensive care".
func partOf(rest string) bool {
	f := strings.Fields(rest)
	return len(f) > 1 && (isNumber(strings.ToLower(f[0])) || f[0] == "the" && isNumber(strings.ToLower(f[1])))
}

// admitVerbs take what someone did as their object: "admitted hacking".
var admitVerbs = wordSet("admitted admits acknowledged acknowledges denied denies")

// gerundSubject reports a clause's verb in the words after a gerund,
// before any conjunction: "acknowledged [splitting] the pot five ways
// rather than four will be a burden"; not "admitted [hacking] but
// maintains he was".
func gerundSubject(words []string) bool {
	for _, w := range words[:min(len(words), 10)] {
		l := strings.ToLower(strings.TrimRight(w, ",;"))
		if helpingVerbs[l] {
			return true
		}
		if l == "and" || l == "but" || l == "or" || strings.HasSuffix(w, ",") {
			return false
		}
	}
	return false
}

// orderVerbs may take a listener and an infinitive: an order or advice.
var orderVerbs = wordSet("told tells warned warns cautioned cautions advised advises urged urges reminded reminds")

// order reports a listener of a few words, then "to" and a verb, and no
// clause's verb around them: "both sides to tone down their rhetoric",
// "Afghans not to participate"; not "the plan to cut taxes would hurt",
// "he had fled Syria to escape".
func order(fields []string) bool {
	clausal := func(w string) bool {
		l := strings.ToLower(w)
		return clausePronouns[l] || helpingVerbs[l] || verbLike(l) && l != "not" || strings.ContainsAny(l, "'’")
	}
	for i := 1; i < min(len(fields)-1, 5); i++ {
		if fields[i] != "to" {
			continue
		}
		next := strings.ToLower(fields[i+1])
		return !capitalised(fields[i+1]) && !determiners[next] && !slices.ContainsFunc(fields[:i], clausal) &&
			!slices.ContainsFunc(fields[i+2:min(len(fields), i+9)], func(w string) bool { return helpingVerbs[strings.ToLower(w)] })
	}
	return false
}

// toldNoClause open what "told" tells that is no clause: "told how …",
// "told of …".
var toldNoClause = wordSet("how why what when where whether of about")

// tales are what "told" tells that is no clause, whatever stands before
// them: "told the painful story of …", "told a tale".
var tales = wordSet("story stories tale tales truth joke jokes lie lies anecdote anecdotes")

// subjectStart is where the subject of the verb rest[i] starts, past a
// listener before it: a run of names, with its determiner ("the Dallas
// Diocese has"), or a noun phrase opening on a determiner ("the
// company's profits were"); -1 where neither stands there.
func subjectStart(rest []token, i int) int {
	j := i - 1
	if j < 1 {
		return -1
	}
	if capitalised(rest[j].text) && !dayWords[strings.ToLower(rest[j].text)] {
		for j > 1 && capitalised(rest[j-1].text) && !dayWords[strings.ToLower(rest[j-1].text)] {
			j--
		}
		if j > 1 && determiners[strings.ToLower(rest[j-1].text)] {
			j--
		}
		return rest[j].start
	}
	for k := j; k >= max(1, j-3); k-- {
		if determiners[strings.ToLower(rest[k].text)] {
			return rest[k].start
		}
	}
	return -1
}

// station reports a word of a station's name after prev, in lower case:
// its number ("told BBC Radio 2 she hoped", "NewsCenter 16") or "live"
// after it ("BBC Radio 5 live").
func station(prev, l string) bool {
	return isDigit(l[0]) && capitalised(prev) || l == "live" && isDigit(prev[0])
}

// relativeVerb reports a verb: right after "that", it makes "that" the
// subject of a relative clause ("details that have been reported",
// "reports that said").
func relativeVerb(w string) bool {
	return helpingVerbs[w] || reportVerbs[w] // lower case: "that IS was trying" is no relative clause
}

// verbLikeWord reports a word that may be a clause's verb: what
// clauseVerb reads, a past form it misses, or a word ending as verbs do
// ("-s", "-ing", "n't"). Generous, for it only tells an object from a
// clause.
func verbLikeWord(w string) bool {
	w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }))
	return clauseVerb(w) || irregularPasts[w] || strings.HasSuffix(w, "s") ||
		strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "'re")
}

// subjectWord reports a pronoun that opens a clause as its subject, maybe
// with its verb contracted ("he'd", "there's").
func subjectWord(w string) bool {
	w, _, _ = strings.Cut(strings.ReplaceAll(strings.ToLower(w), "’", "'"), "'")
	return clausePronouns[w] || w == "there"
}

// irregularPasts are past forms clauseVerb and the endings miss.
var irregularPasts = wordSet(`let put set cut hit ate shot hurt quit read beat bet bid fed fled fought
forgot hung hid lay lit meant shut slept sought spun struck swore taught threw tore understood woke wore wound`)

// relativeThenVerb reports a "that" at rest[i] after a noun that opens a
// relative clause on a past form, with a helping verb after it: "said on
// Saturday the attacks in Paris that killed 127 people were …"; not "said
// Monday that closed schools …", whose "that" comes after a day.
func relativeThenVerb(rest []token, i int) bool {
	prev, next := strings.ToLower(rest[i-1].text), rest[i+1].text
	if dayWords[prev] || timeNouns[prev] || prepositions[prev] || !clauseVerb(next) && !irregularPasts[next] || helpingVerbs[next] {
		return false
	}
	for _, t := range rest[i+2 : min(len(rest), i+14)] {
		if t.broken {
			return false
		}
		if helpingVerbs[t.text] {
			return true
		}
	}
	return false
}

// begun reports that the reported clause has begun by rest[i], a subject
// pronoun or a verb: "said he sent a new obit to the paper that will run
// next week", "said her office found that …"; not "told teachers who
// covered the lawn that", nor, by the caller, in what a preposition
// opens ("said in an affidavit made public Sunday that").
func begun(rest []token, i int) bool {
	if i == 0 {
		return false
	}
	if prev := strings.ToLower(rest[i-1].text); media[prev] || prev == "who" || prev == "which" {
		return clausePronouns[strings.ToLower(rest[i].text)]
	}
	if i == 1 && len(rest) > 2 && presentVerb(rest[1].low) && determiners[rest[2].low] && !strings.HasSuffix(rest[0].low, "s") {
		return true // "says parliament considers all petitions that get …": a subject, its verb and its object
	}
	return clausePronouns[strings.ToLower(rest[i].text)] || clauseVerb(rest[i].text)
}

// clauseVerb reports a word, in lower case, that is a clause's verb: a
// helping verb, a verb of speech, a common past form or one in "-ed"
// ("The Associated Press" has none).
func clauseVerb(w string) bool {
	return w != "to" && w != "not" && (finiteVerbs[w] || reportVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !capitalised(w))
}

// adverbial words, like prepositions, open what may stand between a verb
// of speech and its "that": "claimed, according to a report, that",
// "said during a ceremony that", "confirmed what reports revealed".
var adverbial = wordSet("according during what")

// helpingVerbs are the finite forms of "be", "have" and "do" and the
// modals; other verbs' past forms may be participles ("an affidavit made
// public Sunday that").
var helpingVerbs = wordSet("is was were are am has have had will would could can should may might must did does do")

// helping reports a helping verb, negated or not: "has", "haven't".
func helping(w string) bool {
	l := strings.ToLower(w)
	if n, ok := strings.CutSuffix(strings.ReplaceAll(l, "’", "'"), "n't"); ok {
		if n == "wo" || n == "ca" {
			return true // "won't", "can't"
		}
		l = n
	}
	return helpingVerbs[l]
}

// mediumAt is the index of the noun ending "a 2016 report", "a
// statement", "an interview with the Post" near the start of rest, or -1.
func mediumAt(p string, rest []token) int {
	for j, t := range rest[:min(len(rest), 5)] {
		if t.broken && !(j > 0 && possessiveGap(p, rest[j-1], t)) {
			return -1 // not past punctuation; past a possessive: "the company's blog post"
		}
		if media[strings.ToLower(t.text)] {
			return j
		}
	}
	return -1
}

// namedPlaces counts the words of the named places after a medium, so
// that they open no clause: "said at a Nov. 6 event at the Peterson
// Institute in Washington."
func namedPlaces(rest []token) int {
	n := 0
	for i := 0; i+1 < len(rest); {
		if l := strings.ToLower(rest[i].text); l != "in" && l != "at" && l != "of" || rest[i].broken {
			break
		}
		j := i + 1
		if strings.EqualFold(rest[j].text, "the") {
			j++
		}
		k := j
		for k < len(rest) && !rest[k].broken && (capitalised(rest[k].text) || k > j && rest[k].text == "of") {
			k++
		}
		if k == j || rest[k-1].text == "of" {
			break
		}
		i, n = k, k
	}
	return n
}

// participlePhrase is the length of a participle's phrase set off by
// commas at the start of s, with the comma after it ("published in BMJ
// Case Reports, the man …", "released Monday, …"), or 0.
func participlePhrase(s string) int {
	first, rest, _ := strings.Cut(strings.TrimLeft(s, " "), " ")
	second, _, _ := strings.Cut(rest, " ")
	second = strings.TrimRight(second, ",")
	if !issueVerbs[first] && !(len(first) > 4 && strings.HasSuffix(first, "ed") && !capitalised(first)) || !prepositions[second] && !dayWords[strings.ToLower(second)] {
		return 0 // not "injured passengers, including two children, were …"
	}
	comma := strings.IndexByte(s, ',')
	if comma < 0 || text.NumFields(s[:comma]) > 10 || strings.ContainsAny(s[:comma], `";:`) {
		return 0
	}
	for w := range strings.FieldsSeq(strings.ToLower(s[:comma])) {
		if helpingVerbs[w] {
			return 0
		}
	}
	return comma + 1
}

// mediumPreps open a phrase naming how something was said: "said in a
// statement", "said on a conference call", "said by text message", "said
// at a news conference".
var mediumPreps = wordSet("in on by at")

// issuedOn counts the words of a participle that dates a medium, so that
// they open no clause: "said in a statement released Sunday, "…"".
func issuedOn(rest []token) int {
	if len(rest) < 2 || rest[0].broken || !issueVerbs[strings.ToLower(rest[0].text)] {
		return 0
	}
	n := 1
	for n < len(rest) && !rest[n].broken && dayWords[strings.ToLower(rest[n].text)] {
		n++
	}
	if n == 1 {
		return 0 // "a statement released by his office": no day
	}
	return n
}

// possessiveGap reports a possessive's ending between two words: "the
// company's blog"; not a verb's ("it's", "he's", "there's").
func possessiveGap(p string, a, b token) bool {
	gap := p[a.end:b.start]
	return (gap == "'s " || gap == "’s ") && !contracted[strings.ToLower(a.text)]
}

// nameGap reports what between a and b goes on with a name: a possessive
// ("NBC's Today", the "s" of "Radio’s" a word of its own) or quotation
// marks around a capitalised title ("on MSNBC's “Morning Joe” that …").
func nameGap(p string, a, b token) bool {
	if possessiveGap(p, a, b) || b.text == "s" && strings.Trim(p[a.end:b.start], "'’") == "" {
		return true
	}
	gap := p[a.end:b.start]
	for _, s := range [...]string{"'s", "’s"} {
		gap = strings.TrimPrefix(gap, s) // "MSNBC's "Morning"
	}
	if opening := strings.HasPrefix(gap, " "); strings.Trim(gap, ` "“”`) == "" && strings.TrimSpace(gap) != "" {
		if opening {
			return capitalised(b.text) // the title opens: "MSNBC's “Morning"
		}
		return capitalised(a.text) // the title closes: "Joe” that"
	}
	return false
}

// contracted words take "'s" for "is" or "has".
var contracted = wordSet("it he she there that what who where here how let")

var media = wordSet(`statement announcement interview email e-mail release report letter post tweet call conference video broadcast speech message phone telephone blog website podcast column newsletter account response remarks diary journal notebook memoir
event briefing hearing meeting rally forum summit ceremony comment
statements interviews emails e-mails tweets posts letters messages videos comments calls`)

// clause makes a quote of a reported clause of enough words.
func clause(speaker, s string) (Quote, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, ",:; ")
	if strings.HasPrefix(s, "(") && !strings.Contains(s, ")") {
		s = s[1:] // "(Agents made …, according to the indictment.)"
	}
	if strings.HasPrefix(s, `"`) || namedBeforeQuote(s) {
		return Quote{}, false // "X said: "…"" is a direct quote
	}
	if strings.HasPrefix(s, "When asked ") || strings.HasPrefix(s, "Asked ") {
		return Quote{}, false // "When asked whether …, X said": the question, not the answer
	}
	if _, ok := possessed(s); ok {
		return Quote{}, false // "tells Mrs. Obama's story": what was told is a thing the listener owns, no clause
	}
	if first, _, _ := strings.Cut(s, " "); objectPronouns[first] && first != "her" {
		// "whether he believes them or merely uses them": the verb's
		// object, no clause.
		return Quote{}, false
	}
	// A direct quote introduced by a speech verb is a quote of its own:
	// one that runs past the sentence ("the need for concessions, stating,
	// "They're…"; its listener may come between, "Tawon Boyd told police,
	// "There is …""), or one a participle after a comma introduces ("…,
	// adding, "For the first time …"", "…, writing to the court, "I feel
	// …"").
	closed := strings.Count(s, `"`)%2 == 0
	q := strings.LastIndexByte(s, '"')
	if closed {
		q = strings.IndexByte(s, '"')
	}
	if q > 0 {
		before := strings.TrimRightFunc(s[:q], trailing)
		var after []string // the words between the verb and the quote
		for n := 0; n < 4; n++ {
			i := strings.LastIndexAny(before, " ,")
			if i <= 0 {
				break
			}
			v := strings.ToLower(before[i+1:])
			if speechVerbs[v] || v == "writing" {
				listener := len(after) == 0 || addressees[v] && after[0] != "about" || after[0] == "to" || after[0] == "in"
				introduced := len(after) == 0 || strings.HasSuffix(strings.TrimRight(s[:q], " "), ",") // not "telling about the "aftermath" of …"
				if listener && (!closed || introduced && strings.HasSuffix(v, "ing") && strings.HasSuffix(before[:i], ",")) {
					s = before[:i]
				}
				break
			}
			if before[i] == ',' || strings.EqualFold(before[i+1:], "that") {
				break // "told Trump that "if he wants …"": the quote is inside what was reported
			}
			after = append([]string{v}, after...)
			before = before[:i]
		}
	}
	whole := wholeStatement(s)
	if t, ok := strings.CutSuffix(s, `,"`); ok {
		s = t + `"` // "… the red flag," a spokesman said": the comma was the sentence's
	}
	trimmed := strings.TrimRightFunc(s, trailing)
	if last := trimmed[strings.LastIndexByte(trimmed, ' ')+1:]; strings.Contains(last, ".") && len(last)-strings.LastIndexByte(last, '.') <= 3 && strings.ContainsFunc(last, unicode.IsLetter) && strings.HasPrefix(s[len(trimmed):], ".") {
		trimmed += "." // "just before 6:30 p.m.", "in Washington, D.C.": the abbreviation's point; not "healthcare.gov"
	}
	s = trimmed
	if first, _, _ := strings.Cut(s, " "); placePhrase[strings.ToLower(first)] && !strings.Contains(s, ",") && !slices.ContainsFunc(strings.Fields(s), func(w string) bool {
		l := strings.ToLower(strings.Trim(w, `,.;:"'()`))
		return finiteVerb(l) || helping(l) || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed")
	}) {
		return Quote{}, false // "testified before the House Intelligence Committee in the inquiry …": where, no clause
	}
	if n := text.NumFields(s); n < minReported && !(n == 3 && whole) || speaker == "" || editorial[strings.ToLower(speaker)] {
		return Quote{}, false // "Correction added Nov. 18, 2019: …" is the page's note, no one's words
	}
	return Quote{Speaker: speaker, Text: s, Indirect: true}, true
}

// placePhrase are prepositions that open where or when something was
// done, and no clause's subject (not "about 550 students attend").
var placePhrase = wordSet("in on at before after during with into inside outside from through via amid within")

// wholeStatement reports a clause of three words that says something of
// its subject: a pronoun or a noun, a helping verb or a past tense, and a
// word with content ("it is self-funding", "he was heartbroken", "police
// fired back"); not "he would not", "But even internally", "When he did",
// nor one that opens a list ("he had uncovered:").
func wholeStatement(s string) bool {
	f := strings.Fields(s)
	if len(f) != 3 || strings.HasSuffix(f[2], ":") {
		return false
	}
	subject := subjectPronouns[f[0]] || !text.StopWord(strings.ToLower(f[0])) && !strings.HasSuffix(f[0], "ly")
	verb := helpingVerbs[f[1]] || len(f[1]) > 4 && strings.HasSuffix(f[1], "ed")
	return subject && verb && !text.StopWord(strings.ToLower(strings.TrimRightFunc(f[2], trailing)))
}

// complementizers open a clause.
var complementizers = wordSet("why how whether that when where which who whom because if")

// editorial are a page's labels for its own notes.
var editorial = wordSet("correction corrections clarification update note")

// namedBeforeQuote reports a clause that is only a name or a few words
// with no verb, set off by a comma, before a direct quote: "wrote on his
// blog Think, Save, Retire, "Sacrifice is necessary …"" and "told her
// squad leader, "I can't do this,"" report the quote, not what precedes it.
func namedBeforeQuote(s string) bool {
	q := strings.IndexByte(s, '"')
	if q < 0 || !strings.HasSuffix(strings.TrimSpace(s[:q]), ",") {
		return false
	}
	words := strings.Fields(s[:q])
	return len(words) <= 6 && !slices.ContainsFunc(words, func(w string) bool { return !capitalised(w) }) ||
		len(words) <= 3 && !slices.ContainsFunc(words, verbLike)
}

// trailing is what a reported clause is trimmed of at its end.
func trailing(r rune) bool {
	return r == '.' || r == ',' || r == ':' || r == ';' || r == '—' || r == '–' || unicode.IsSpace(r)
}

// subjectPhrase is a short noun phrase ending a clause, as a speaker: "the
// company", "Police", "a statement from the ministry".
func subjectPhrase(s string) string {
	s = withoutRelative(s)
	if c := strings.LastIndexAny(s, ",;:"); c >= 0 {
		s = s[c+1:]
	}
	fields := strings.Fields(s)
	for i := len(fields) - 1; i > 0; i-- {
		if l := strings.ToLower(fields[i-1]); (clauseBreaks[l] || l == "as" && asClause(fields, i)) && (l != "when" || i > 1 && !auxiliaries[strings.ToLower(fields[i-2])]) {
			// "… 59 seconds but the paramedics union says", "… ago when a
			// friend wondered"; not "When the council first said …" nor
			// "A renoviction is when a landlord tells a tenant …"
			fields = fields[i:]
			break
		}
	}
	if n := len(fields); n > 2 && media[strings.ToLower(fields[n-1])] {
		// "The club swiftly released another statement saying: "…"": who
		// issued it speaks.
		for k := n - 2; k > 0 && k >= n-4; k-- {
			if issueVerbs[strings.ToLower(fields[k])] {
				fields = fields[:k]
				break
			}
		}
	}
	for len(fields) > 0 && gapWords[strings.ToLower(fields[len(fields)-1])] {
		fields = fields[:len(fields)-1] // "Mahathir had said"
	}
	// "A senior official on Wednesday told", "the ministry today said".
	if n := len(fields); n > 1 && (weekdays[strings.ToLower(fields[n-1])] || speechDays[strings.ToLower(fields[n-1])]) {
		fields = fields[:n-1]
		if n := len(fields); n > 1 && (strings.EqualFold(fields[n-1], "on") || strings.EqualFold(fields[n-1], "last")) {
			fields = fields[:n-1]
		}
	}
	if len(fields) > 0 && conjunctions[strings.ToLower(fields[0])] {
		fields = fields[1:] // "but Mahathir said"
	}
	for k := 1; k < min(len(fields)-1, 5); k++ {
		if l := strings.ToLower(fields[k]); (l == "later" || l == "earlier") && units[strings.ToLower(fields[k-1])].kind == Duration {
			fields = fields[k+1:] // "A half hour later the aide told"
			break
		}
	}
	if len(fields) > 1 && strings.EqualFold(fields[0], "as") {
		fields = fields[1:] // "As one veteran of the projects commented: "…""
	}
	if len(fields) > 1 && strings.HasSuffix(fields[0], "ly") && !capitalised(fields[0]) && (quantifiers[strings.ToLower(fields[1])] || strings.EqualFold(fields[1], "some")) {
		fields = fields[1:] // "privately some officials say"; not "roughly the same number of people"
	}
	if len(fields) > 0 && timeOpeners[strings.ToLower(fields[0])] {
		// "In early November the company said"
		for len(fields) > 0 && !subjectStarts[strings.ToLower(fields[0])] {
			fields = fields[1:]
		}
	}
	if n := len(fields); n > 2 && n <= 12 && strings.EqualFold(fields[n-1], "and") {
		// "the President deferred to Cohen and said": the first verb's
		// subject speaks.
		k := 0
		for k < n-1 {
			l := strings.ToLower(fields[k])
			name := capitalised(fields[k]) || (l == "&" || l == "of") && k > 0 && capitalised(fields[k+1]) // "Newfoundland & Labrador YBC"
			if !(name || determiners[l] || strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "'") || roleNouns[l] || groupNouns[l] || personNouns[l] || orgNouns[l]) {
				break
			}
			k++
		}
		fields = fields[:k]
		if k > 0 && (strings.HasSuffix(strings.ToLower(fields[k-1]), "'s") || strings.HasSuffix(fields[k-1], "'")) {
			return "" // "the boy's birth mother called 911 and said": whose noun, unknown
		}
	}
	if speaker, ok := described(fields); ok {
		return speaker // "A man who lives near the bridge said"
	}
	for k := 1; k+1 < len(fields) && k <= 5; k++ {
		if prepositions[strings.ToLower(fields[k-1])] {
			break // "Our reviewers look to the person reporting …": no noun phrase
		}
		if participleAfterNoun(fields[k-1], fields[k], fields[k+1]) {
			fields = fields[:k] // "The parole board decision allowing his release said": the decision
			break
		}
	}
	if len(fields) == 0 || len(fields) > 7 && !describesSpeaker(fields) {
		return ""
	}
	if speaker := nounSubject(fields); speaker != "" {
		return speaker
	}
	// "people arrested at the camp alleged": the noun the participle
	// describes, when only where or how follows it.
	for k := 1; k+1 < len(fields) && k <= 3 && !prepositions[strings.ToLower(fields[0])]; k++ {
		if passiveAfterPlural(fields[k-1], fields[k], fields[k+1]) && !slices.ContainsFunc(fields[k+2:], func(w string) bool {
			l := strings.ToLower(w)
			return verbLike(l) || helpingVerbs[l] || clauseWords[l]
		}) {
			return nounSubject(fields[:k])
		}
	}
	return ""
}

// employerBefore reports a noun and a body's name after a preposition,
// before a relative clause: "An official with Animal Protection Services
// of Saskatchewan (who …)".
func employerBefore(fields []string) bool {
	if len(fields) < 4 || len(fields) > 9 || !employerPrepositions[strings.ToLower(fields[2])] {
		return false
	}
	for _, w := range fields[3:] {
		if !capitalised(w) && !connectors[w] && w != "the" && w != "and" {
			return false
		}
	}
	return true
}

var employerPrepositions = wordSet("with for at from of")

// issueVerbs put out a statement or a message.
var issueVerbs = wordSet("released issued posted published sent put")

// described reads someone a relative clause describes, "a man who lives
// near the river", "an official who spoke on condition of anonymity": the
// noun phrase with its clause, or without it when the whole runs long. ok
// is false unless fields are an article's noun phrase, "who" and a clause
// whose first word can be its verb; not "the man who police said", whose
// clause reports.
func described(fields []string) (string, bool) {
	dash := func(w string) bool { return strings.Trim(w, "-—–") == "" }
	if slices.ContainsFunc(fields, dash) {
		fields = slices.DeleteFunc(slices.Clone(fields), dash) // "The official - who spoke … - said"
	}
	k := slices.IndexFunc(fields, func(w string) bool { return strings.EqualFold(w, "who") })
	if k < 2 || k > 4 && !employerBefore(fields[:k]) || k+1 >= len(fields) {
		return "", false
	}
	first := strings.ToLower(fields[0])
	if !subjectStarts[first] && !indefinites[first] && !quantifiers[first] {
		return "", false
	}
	for _, w := range fields[1:k] {
		if l := strings.ToLower(w); clauseWords[l] || verbLike(l) || strings.ContainsAny(w, `,;:"`) {
			return "", false
		}
	}
	verb := strings.ToLower(fields[k+1])
	if !verbLike(verb) && !presentVerb(verb) {
		return "", false
	}
	for j := k + 2; j < len(fields); j++ {
		l := strings.ToLower(fields[j])
		if clauseBreaks[l] || l == "who" {
			fields = fields[:j] // "who asked not to be named because she feared reprisals", "who is helping him who is not …"
			break
		}
		if reportVerbs[l] || strings.ContainsAny(fields[j], `,;:"`) {
			return "", false
		}
		if capitalised(fields[j-1]) && l == fields[j] && presentVerb(l) {
			// "A blogger who supported Hillary Clinton circulates …": the
			// sentence's verb after the clause's object; not "involved in
			// Republican politics", a noun the name qualifies.
			i := j - 1
			for i > k && capitalised(fields[i]) {
				i--
			}
			if before := strings.ToLower(fields[i]); !prepositions[before] && !determiners[before] {
				return "", false
			}
		}
	}
	n := len(fields)
	helping := func(w string) bool { return auxiliaries[strings.ToLower(w)] || perfects[strings.ToLower(w)] }
	if n-k > 10 || helping(fields[n-1]) || strings.HasSuffix(fields[n-1], "ly") && helping(fields[n-2]) {
		return "", false // "people who were initially told …": the verb after is the clause's own
	}
	if len(fields) > 10 {
		fields = fields[:k]
	}
	return phrase(strings.Join(fields, " ")), true
}

// presentVerb reports a lower-case word that may be a verb in the present
// ("lives", "works"): an "-s" that names no one ("officials").
func presentVerb(l string) bool {
	return len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !speakerNoun(l)
}

// describedIn is described over the words of s up to its closing mark:
// "…, said a woman who asked not to be named."
func describedIn(s string) bool {
	_, ok := described(strings.Fields(strings.TrimRight(strings.TrimSpace(s), `.!?'"`)))
	return ok
}

// nounSubject is the speaker the words of a subject name, or "" when they
// read as more of a clause.
func nounSubject(fields []string) string {
	first, last := strings.ToLower(fields[0]), strings.ToLower(fields[len(fields)-1])
	if !subjectStarts[first] && !indefinites[first] && !(quantifiers[first] && len(fields) > 1) && !capitalised(fields[0]) && !(len(fields) <= 3 && (groupNouns[last] || roleNouns[last] || plural(fields))) {
		return ""
	}
	for i, w := range fields {
		l := strings.ToLower(w)
		if l == "for" && i > 0 && roleNoun(fields[i-1]) {
			continue // "a spokesman for the company" speaks
		}
		if l == "those" && i > 0 && (strings.EqualFold(fields[i-1], "all") || strings.EqualFold(fields[i-1], "of")) {
			continue // "All those involved say", "Many of those polled said"
		}
		if clauseWords[l] && !(i == 0 && subjectStarts[l]) {
			return "" // "her office" speaks; "When her office" is a clause
		}
	}
	return phrase(strings.Join(fields, " "))
}

// participleAfterNoun reports a verb's "-ing" form after a noun, opening
// a phrase that describes it ("officials overseeing the inquiry"), not an
// adjective after a determiner ("the striking workers"), a noun's modifier
// ("a gold mining expert") nor a noun in "-ing" ("a court filing").
func participleAfterNoun(prev, w, next string) bool {
	l, n := strings.ToLower(w), strings.ToLower(next)
	return len(l) > 5 && strings.HasSuffix(l, "ing") && !capitalised(w) && !notParticiples[l] && !determiners[strings.ToLower(prev)] &&
		(determiners[n] || prepositions[n])
}

// passiveAfterPlural reports a past participle after a plural noun and
// before a preposition: "people arrested at the camp", "officials involved
// in the talks".
func passiveAfterPlural(prev, w, next string) bool {
	l, p := strings.ToLower(w), strings.ToLower(prev)
	return len(l) > 4 && strings.HasSuffix(l, "ed") && !capitalised(w) && (p == "people" || strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !capitalised(prev)) &&
		prepositions[strings.ToLower(next)]
}

// notParticiples are words in "-ing" that open no phrase describing a
// speaker: nouns that may end its noun phrase, and "during".
var notParticiples = wordSet(`during polling building meeting briefing hearing ruling filing wedding morning evening string thing nothing
something anything everything sibling offspring ceiling painting recording writing reading warning funding listing
spending setting opening posting offering finding findings`)

var conjunctions = wordSet("and but yet so or")

// linkingAdverbs tie a sentence to the one before: "However, the
// authority said …".
var linkingAdverbs = wordSet("however meanwhile instead indeed moreover furthermore nonetheless nevertheless")

// speechDays date a statement between its speaker and verb: "the ministry
// today said".
var speechDays = wordSet("today yesterday tonight")

// clauseBreaks end the clause before a speaker's noun phrase.
var clauseBreaks = wordSet("but while because although though whereas yet when")

// asClause reports "as" before fields[i] opening a clause whose subject
// ends fields ("were stymied as city staff said"), not a preposition ("saw
// her deal as a betrayal", "identified him as Ann Lee and said") nor "such
// as", "as well as".
func asClause(fields []string, i int) bool {
	if i < 2 || asModifiers[strings.ToLower(fields[i-2])] || indefinites[strings.ToLower(fields[i])] {
		return false
	}
	return !slices.ContainsFunc(fields[i:], func(w string) bool { return strings.EqualFold(w, "and") })
}

// asModifiers make "as" no conjunction.
var asModifiers = wordSet("such well same so much just")

// firstWords is the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// groupNouns speak without a name or article: "city staff confirmed",
// "addiction experts say".
var groupNouns = wordSet(`staff officials authorities police experts critics researchers scientists analysts
investigators prosecutors witnesses protesters protestors organizers organisers residents sources members
students parents workers employees doctors economists lawyers leaders activists officers neighbours neighbors
supporters opponents executives observers advocates rescuers firefighters lawmakers voters demonstrators detectives
diplomats negotiators regulators inspectors shareholders investors traders villagers survivors relatives`)

// phrase is a speaker's noun phrase without its article.
var (
	subordinate     = wordSet("when while after before as because if though although whose unauthorized")
	trailingAdverbs = wordSet("still also too again then now later previously reportedly recently however just very always never often repeatedly already even")
)

// abbreviation reports a word whose stop is its own: "U.S", "Inc", "Jr".
func abbreviation(w string) bool {
	return strings.Contains(w, ".") || shortForms[strings.ToLower(w)]
}

// shortForms are the abbreviations that end names: "Tiffany & Co.".
var shortForms = wordSet("inc co corp ltd jr sr bros")

// openingRelatives open a clause about what came before, not a speaker.
var openingRelatives = wordSet("where which whereupon")

// clauseOwners are the possessives that may open a clause inside a
// speaker's phrase.
var clauseOwners = wordSet("his her their its our")

func phrase(s string) string {
	orig := strings.TrimSpace(s)
	s = strings.TrimSpace(strings.Trim(orig, `,."'“”‘’`))
	if end := strings.Index(orig, s) + len(s); end < len(orig) && orig[end] == '.' && abbreviation(lastWord(s)) {
		s += "." // "The U.S. alleges": the stop is the name's
	}
	for strings.HasSuffix(s, ")") && strings.Count(s, "(") < strings.Count(s, ")") {
		s = strings.TrimSpace(strings.Trim(s[:len(s)-1], `,."'“”‘’`)) // "(…, according to the indictment.)"
	}
	if first, rest, ok := strings.Cut(s, " "); ok && (conjunctions[strings.ToLower(first)] || linkingAdverbs[strings.ToLower(strings.TrimRight(first, ","))]) {
		s = rest // "But Gillette", "However the airport authority"
	}
	for _, a := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		s = strings.TrimPrefix(s, a)
	}
	s = withoutDate(s) // "a March 24, 2008, report from Bode": the report's date is no part of its name
	if t := strings.TrimLeft(s, `"“‘`); !strings.ContainsAny(t, `"”’`) {
		s = t // A "veteran party operative" told …; not a "Capitol Fourth" spokeswoman
	}
	if end := strings.Index(orig, s) + len(s); strings.Count(s, `"`)%2 == 1 && end < len(orig) && orig[end] == '"' {
		s += `"` // "A CDC "outbreak alert" noted": the mark closes a word of it
	}
	if at := inMedium(s); at > 0 && !strings.HasSuffix(strings.TrimSpace(s[:at]), "ed") {
		s = strings.TrimSpace(s[:at]) // "the IAEA in a statement"; not "an expert cited in the report"
	}
	// What follows the phrase is no part of it: "a WeWork spokesperson
	// when contacted by Reuters", "Nissan still".
	words := strings.Fields(s)
	if len(words) > 1 && openingRelatives[strings.ToLower(words[0])] {
		words = words[1:] // "… conventions, where audience members shouted …"
	}
	if len(words) == 2 && clauseOwners[strings.ToLower(words[0])] && strings.HasSuffix(words[1], "ed") {
		return "" // "His repeated claims of …": a noun, no one's words
	}
	for i, w := range words {
		// "a government report to be released Monday": what is to
		// become of the source is no part of it (but "a woman who asked
		// not to be named" is one).
		if i > 0 && (subordinate[strings.ToLower(w)] || w == "to" && i+1 < len(words) && words[i+1] == "be" &&
			!slices.ContainsFunc(words[:i], func(w string) bool { return w == "who" || w == "not" })) {
			words = words[:i]
			break
		}
	}
	for i := 1; i+1 < len(words); i++ {
		// "medical records his family provided to The Associated Press":
		// a possessive after a plural noun opens a clause about the
		// phrase (not "docs ... the boys say their dad left").
		if prev := words[i-1]; clauseOwners[words[i]] && strings.HasSuffix(prev, "s") && prev == strings.ToLower(prev) && !prepositions[prev] && !slices.ContainsFunc(words[:i], func(w string) bool { return speechVerbs[strings.ToLower(w)] }) {
			words = words[:i]
			break
		}
	}
	for i := 2; i+1 < len(words); i++ {
		// "a Heritage "blueprint" released last month": when the source
		// came out is no part of it (a lone noun keeps it: "people
		// arrested last week" are not any people).
		if w, next := words[i], strings.ToLower(words[i+1]); strings.HasSuffix(w, "ed") && w == strings.ToLower(w) &&
			(dayWords[next] && next != "on" && next != "in" && next != "at" || next == "throughout") {
			words = words[:i]
			break
		}
	}
	for len(words) > 1 && trailingAdverbs[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1] // "Gizmodo very recently"
	}
	s = strings.Join(words, " ")
	if notSubjects[strings.ToLower(s)] || text.NumFields(s) > 9 || strings.IndexFunc(s, unicode.IsLetter) < 0 {
		return "" // no speaker, or a number ("16 said")
	}
	if groupNouns[strings.ToLower(s)] {
		return strings.ToLower(s) // "Police said" opening a sentence: the police
	}
	return s
}

// withoutRelative drops a relative clause set off by commas just before the
// verb: "a citizen, whose name is redacted, wrote" is the citizen's; "an
// expert cited in the report, which looked at real estate trends, said"
// the expert's.
func withoutRelative(s string) string {
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, ",") {
		return s
	}
	k := strings.LastIndex(t, ", wh")
	if k < 0 || strings.ContainsAny(t[k+1:len(t)-1], ",;:") {
		return s
	}
	if w, _, _ := strings.Cut(t[k+2:], " "); w != "who" && w != "whose" && w != "which" {
		return s
	}
	return t[:k]
}
