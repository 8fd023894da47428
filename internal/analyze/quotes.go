package analyze

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Quote is a quote in an article with the person it is credited to.
type Quote struct {
	Speaker  string `json:"speaker"` // the entity's name, or the noun phrase that speaks
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
	// Indirect quotes are reported speech ("she said the talks failed"):
	// the reporter's words, not the speaker's.
	Indirect bool `json:"indirect,omitempty"`
}

var pronouns = wordSet("he she")

// asSubject are the subjects of the object pronouns that stand for
// one speaker: "quoted him as saying", "recorded her saying".
var asSubject = map[string]string{"him": "he", "her": "she"}

// quoteFinder resolves speakers with the article's sentences and mentions.
type quoteFinder struct {
	paras    []string
	sents    []Sentence
	ents     []Entity
	mentions []Mention

	people [][]Mention // per paragraph: mentions of people, paragraph offsets
	orgs   [][]Mention // the same for organisations

	windows map[[3]int]window // spans already read: several rules read the same one

	sexes map[string]int // person's key → sex the article's own pronouns tell (inferSexes)

	// after is set while reading an attribution after what it reports
	// (""…," he said", "CLAUSE, he said"): the names before it in its
	// sentence are what is said, not who says it.
	after bool

	// according is set when speakerAfter read an "according to X".
	according bool

	// prev is the quote before the one being read: its speaker and where
	// it closes.
	prev struct {
		speaker string
		at      pos
	}
}

// peopleIn returns the mentions of people in a paragraph, in order, with
// paragraph offsets.
func (f *quoteFinder) peopleIn(para int) []Mention {
	f.index()
	return f.people[para]
}

// orgsIn is peopleIn for organisations.
func (f *quoteFinder) orgsIn(para int) []Mention {
	f.index()
	return f.orgs[para]
}

func (f *quoteFinder) index() {
	if f.people != nil {
		return
	}
	f.people = make([][]Mention, len(f.paras))
	f.orgs = make([][]Mention, len(f.paras))
	for _, m := range f.mentions {
		s := f.sents[m.Sentence]
		m.Start += s.Start
		m.End += s.Start
		switch f.ents[m.Entity].Type {
		case model.Person:
			f.people[s.Para] = append(f.people[s.Para], m)
		case model.Organization:
			f.orgs[s.Para] = append(f.orgs[s.Para], m)
		}
	}
}

// namedIn reports a mention of the person called name between two offsets
// of a paragraph, other than a signature that ends them ("… my disposal –
// Carnell Moore").
func (f *quoteFinder) namedIn(para, lo, hi int, name string) bool {
	p := f.paras[para]
	return slices.ContainsFunc(f.peopleIn(para), func(m Mention) bool {
		if m.Start < lo || m.End > hi || f.ents[m.Entity].Name != name {
			return false
		}
		before := strings.TrimRight(p[lo:m.Start], " ")
		signed := strings.TrimSpace(p[m.End:hi]) == "" && strings.TrimRight(before, "-–—") != before
		return !signed
	})
}

// pos is a place in the article: paragraph and byte offset in it.
type pos struct{ para, off int }

func (a pos) before(b pos) bool { return a.para < b.para || (a.para == b.para && a.off < b.off) }

// quotes finds quoted passages of three or more words (two for a line of
// talk that opens its sentence, ""You're short," he said") and credits each to
// its speaker: "X said" or "said X" beside it, "according to X", a speech
// verb earlier in the sentence with its subject ("X told reporters: …",
// "X described it as …"), a pronoun resolved to the nearest person named
// before, or the speaker of the quote just before in the same passage.
func (f *quoteFinder) quotes() []Quote {
	var out []Quote
	last := ""  // speaker of the latest quote, for continued quotes
	lost := -1  // the latest paragraph with a quote credited to someone we could not tell
	asked := -1 // the latest paragraph with the writer's words: a question, a prompt
	for pi, p := range f.paras {
		marks := quoteMarks(p)
		paraLast := ""
		for qi := 0; qi < len(marks); qi += 2 {
			open := marks[qi]
			end := len(p)
			if qi+1 < len(marks) {
				end = marks[qi+1]
			}
			inner := strings.Trim(strings.TrimSpace(p[open+1:end]), ",")
			if n := text.NumFields(inner); n < 2 || n < 3 && !f.lineOfTalk(pi, open, end) {
				if after := min(end+1, len(p)); n > 0 && strings.ContainsAny(p[max(open+1, end-1):end], ",?!") && f.hasSpeechVerb(pi, after, len(p)) {
					// ""One!" says the affable proprietor. "No, two …"": too
					// short to keep, but whoever said it speaks on.
					next := len(p)
					if qi+2 < len(marks) {
						next = marks[qi+2]
					}
					paraLast = f.speakerAfter(pi, after, next)
					last = paraLast
				}
				continue // a scare quote
			}
			so, sc := f.sentenceAt(pi, open), f.sentenceAt(pi, max(open, end-1))
			lo := f.sents[so].Start
			if qi > 0 {
				lo = max(lo, marks[qi-1]+1)
			}
			hi := f.sents[sc].Start + len(f.sents[sc].Text)
			if qi+2 < len(marks) {
				hi = min(hi, marks[qi+2])
			}
			hi = max(hi, min(end+1, len(p)))
			if next := sc + 1; hi <= end+1 && next < len(f.sents) && f.sents[next].Para == pi &&
				(strings.ContainsAny(inner[max(0, len(inner)-2):], "?!") || text.NumFields(f.sents[next].Text) <= 12) {
				// A quote that ends its sentence for the splitter may have
				// its attribution after it: "'Who cares?'" Moore said."
				next := f.sents[next]
				hi = next.Start + len(next.Text)
				if qi+2 < len(marks) {
					hi = min(hi, marks[qi+2])
				}
			}
			f.according = false
			speaker := f.speakerAfter(pi, min(end+1, len(p)), hi)
			if speaker == "" {
				speaker = f.speakerBefore(pi, lo, open)
			} else if lead := strings.TrimSpace(p[lo:open]); f.according && (strings.HasSuffix(lead, ",") || strings.HasSuffix(lead, ":")) {
				// "Snyder told colleagues, "…," according to The New York
				// Times": the paper reports who spoke, and the verb before
				// the quote names her.
				if before := f.speakerBefore(pi, lo, open); f.typed(before, model.Person) && f.typed(speaker, model.Organization) {
					speaker = before
				}
			}
			// The same voice goes on, unless an attribution we could not read
			// follows the quote or a crowd's voice opens it.
			crowd := crowdVoice(p[lo:open])
			// ""Unless," I offer, "you think …"": the writer's own words.
			mine := qi > 0 && firstPerson(p[marks[qi-1]+1:open], true) ||
				speaker == "" && end < len(p) && strings.ContainsAny(p[end-1:end], ",?!") && firstPerson(p[end+1:hi], false)
			if mine {
				speaker, asked = "", pi
			}
			attributed := f.hasSpeechVerb(pi, min(end+1, len(p)), hi) || crowd || mine
			alone := open == 0 && end+1 >= len(strings.TrimRight(p, " .")) // a paragraph that is only a quote
			if speaker == "" && !attributed && alone && asked == pi-1 && f.prev.speaker != "" {
				// An interview: the answer to the writer's question or
				// prompt is the words of whoever spoke before it.
				speaker = f.prev.speaker
			}
			if speaker == "" && !attributed && pi > 0 {
				speaker = f.label(pi - 1) // "Karl Rove:" on a line of its own, then what he said
			}
			if prev := pi - 1; speaker == "" && !attributed && alone && prev >= 0 && strings.HasSuffix(strings.TrimSpace(f.paras[prev]), ":") {
				// "… the department's priorities. As NPR reported:", then
				// what it reported.
				speaker = f.asReported(prev)
			}
			if speaker == "" && !attributed && so > 0 && f.sents[so-1].Para == pi && f.sents[so].Start == open &&
				!strings.Contains(f.sents[so-1].Text, `"`) {
				// "Mr. Berg said his group would press for a meeting.
				// "The purpose …"": who the sentence before is about.
				st := f.sents[so-1]
				speaker = f.sentenceSubject(pi, st.Start, st.Start+len(st.Text))
			}
			if speaker == "" && !attributed && (paraLast != "" || (open == 0 && last != "")) {
				speaker = paraLast // the same voice goes on
				if speaker == "" {
					speaker = last
				}
			}
			if speaker == "" && !attributed && alone && lost != pi-1 {
				// A paragraph that is only a quote: the person the passage is
				// about, unless the quote names them as someone else does
				// (""… it's shameful that Lauri and his family have been put
				// through this"" is not Lauri's).
				speaker = f.resolve(pos{pi, 0}, "")
				if f.namedIn(pi, open, end, speaker) {
					speaker = ""
				}
			}
			if speaker == "" {
				if attributed {
					lost = pi // whoever it was may go on in the next paragraph
				}
				if crowd || mine {
					paraLast, last = "", "" // and in this one: "… chant "Three more days" and "Two more days""
				}
				continue
			}
			// A work's title ("History of the Church") is no one's words,
			// though whoever is credited with it may speak next.
			if !titleCase(strings.TrimRight(inner, ".!")) { // "Face the Nation.", "Read All About It!"
				out = append(out, Quote{Speaker: speaker, Text: inner, Sentence: so})
			}
			paraLast, last = speaker, speaker
			f.prev.speaker, f.prev.at = speaker, pos{pi, end}
		}
		if len(marks) == 0 {
			last = ""
		}
	}
	f.prev.speaker = ""
	return out
}

// asReported is who a paragraph's closing "X reported:" names, for the
// quote below it: "As NPR reported:", "The Times reported:".
func (f *quoteFinder) asReported(para int) string {
	st := f.sents[f.sentenceAt(para, len(f.paras[para])-1)]
	words := strings.Fields(strings.TrimSuffix(strings.TrimSpace(st.Text), ":"))
	if len(words) < 2 || len(words) > 6 {
		return ""
	}
	if v := strings.ToLower(words[len(words)-1]); !reportVerbs[v] && !speechVerbs[v] && v != "reported" && v != "reports" {
		return ""
	}
	hi := st.Start + len(st.Text)
	if name := f.personFrom(f.window(para, st.Start, hi), st.Start, hi, para); name != "" {
		return name
	}
	return f.orgBetween(para, st.Start, hi)
}

// label is the person a paragraph names and nothing else but a
// description and a colon, "Fox News contributor Dick Morris:", as the
// speaker of the paragraph after it; or "".
func (f *quoteFinder) label(para int) string {
	p := f.paras[para]
	if !strings.HasSuffix(strings.TrimSpace(p), ":") || text.NumFields(p) > 8 {
		return ""
	}
	for _, m := range f.peopleIn(para) {
		if strings.TrimSpace(p[m.End:]) == ":" {
			return f.ents[m.Entity].Name
		}
	}
	return ""
}

// firstPerson reports an attribution to the writer just after a quote
// closes, ""Did you ever vote for him?" I ask", or wholly between two
// parts of one: ", I offer, ".
func firstPerson(s string, whole bool) bool {
	s = strings.TrimLeft(s, " ,")
	rest, ok := strings.CutPrefix(s, "I ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "we "); !ok {
			return false
		}
	}
	verb, tail, _ := strings.Cut(rest, " ")
	verb = strings.TrimRight(verb, ",.:")
	if verb == "" || !allLetters(verb) || strings.ToLower(verb) != verb || helpingVerbs[verb] {
		return false // "I was …", "I think …" is a sentence of the writer's, no attribution
	}
	if whole {
		return strings.TrimSpace(tail) == "" && strings.HasSuffix(strings.TrimSpace(rest), ",")
	}
	for _, object := range []string{"him", "her", "them"} {
		if o, ok := strings.CutPrefix(tail, object); ok && (o == "" || strings.ContainsAny(o[:1], ",.:")) {
			return true // "I ask him."
		}
	}
	return rest == verb || strings.ContainsAny(rest[len(verb):len(verb)+1], ",.:")
}

// crowdVoice reports a lead into a quote that ends on a verb of speech
// whose subject is many people, none named: "hearing them chant", "the
// protesters shouted:". What a crowd says is no one speaker's.
func crowdVoice(lead string) bool {
	words := strings.Fields(strings.TrimRight(lead, " ,:"))
	if len(words) < 2 || !speechVerbs[strings.ToLower(words[len(words)-1])] {
		return false
	}
	subject := strings.ToLower(words[len(words)-2])
	return subject == "them" || subject == "they" || subject == "crowd" || subject == "crowds" || groupNouns[subject]
}

// roleSubject is the role that opens sentence si and speaks in it: "The
// official, who spoke on condition of anonymity, said …" gives "official".
func (f *quoteFinder) roleSubject(si int, spoken bool) string {
	st := f.sents[si]
	words := strings.Fields(st.Text)
	if len(words) < 3 {
		return ""
	}
	first := strings.ToLower(words[0])
	kin := first == "his" || first == "her" || first == "their" // "His brother, 34, told AFP …"
	if first != "the" && first != "a" && first != "an" && !kin {
		return ""
	}
	owner := 0 // "The strip club's owner": the words up to a possessive describe the role
	for i := 1; i < min(len(words), 4) && !kin; i++ {
		if strings.HasSuffix(words[i], "'s") || strings.HasSuffix(words[i], "’s") {
			owner = i
			break
		}
	}
	for i := 1; i < min(len(words), 5); i++ {
		w := strings.TrimRight(words[i], ",")
		l := strings.ToLower(w)
		// "A top executive …" is someone new; "The actress" the woman named.
		if kin && !kinNouns[l] || !kin && !(roleNouns[l] || royals[l] || personNouns[l] && (first != "the" || owner > 0)) || groupNouns[l] {
			if kin {
				return ""
			}
			if !capitalised(w) && !titleWords[l] && !demonyms[l] && !roleModifiers[l] && i > owner {
				return ""
			}
			continue
		}
		if spoken && !f.hasSpeechVerb(st.Para, st.Start, st.Start+len(st.Text)) && !slices.ContainsFunc(words[i+1:], func(w string) bool {
			return speechVerbs[strings.ToLower(strings.Trim(w, ".,;:"))] // after a long appositive: "A top executive of …, a leading recruitment consultant, agrees."
		}) {
			return ""
		}
		if kin {
			return words[0] + " " + w
		}
		return phrase(strings.Join(append(words[1:i:i], w), " "))
	}
	return ""
}

// royals are roles a sentence's subject may be named by alone ("The Queen
// visited …"), which, capitalised, are no roleNouns: "Queens" and "Prince
// George's County" are places.
var royals = wordSet("king queen prince princess pope duke duchess")

// describedActor reports a sentence whose subject is a person described,
// not named ("… , the famed entertainer thanked fans, … Quincy Jones"),
// before any name in it: the names after its verb are whom it acted on.
func (f *quoteFinder) describedActor(si int) bool {
	st := f.sents[si]
	first := len(st.Text)
	for _, m := range f.mentions {
		if m.Sentence == si && m.Start < first {
			first = m.Start
		}
	}
	words := strings.Fields(st.Text[:first])
	for i, w := range words {
		if i > 0 && !strings.HasSuffix(words[i-1], ",") || !strings.EqualFold(w, "the") {
			continue // the subject opens the sentence or follows an opening phrase's comma
		}
		for k := i + 1; k < min(len(words)-1, i+4); k++ {
			n := strings.ToLower(words[k])
			if !roleNouns[n] && !personNouns[n] && !describedPeople[n] {
				if !allLetters(n) || capitalised(words[k]) {
					break
				}
				continue // "famed", "longtime"
			}
			v := words[k+1]
			return !capitalised(v) && allLetters(v) && (verbLike(v) || helpingVerbs[v])
		}
	}
	return false
}

// describedPeople are nouns a report describes a person it has named by.
var describedPeople = wordSet("entertainer comedian host icon legend athlete champion star")

// roleModifiers may stand before a role's noun: "a top executive".
var roleModifiers = wordSet("top local longtime veteran retired leading")

// continued reports the speaker of the quote just before p, in its
// paragraph or the one before, when no one else is named between and the
// pronoun fits: ""…Ann Lee …," said the official. / "…," he added" is
// the official's, not Ann Lee's.
func (f *quoteFinder) continued(p pos, pronoun string) string {
	prev := f.prev
	if prev.speaker == "" || p.para-prev.at.para > 1 || !prev.at.before(p) {
		return ""
	}
	for _, m := range f.mentions {
		st := f.sents[m.Sentence]
		at := pos{st.Para, st.Start + m.Start}
		if f.ents[m.Entity].Type == model.Person && prev.at.before(at) && at.before(p) && !insideQuote(f.paras[at.para], at.off) {
			return ""
		}
	}
	for si, st := range f.sents {
		if at := (pos{st.Para, st.Start}); prev.at.before(at) && at.before(p) && f.roleSubject(si, true) != "" {
			return "" // "A top executive …, agrees. "…," he points out": someone else speaks
		}
	}
	named := false // a name, but no person's
	for _, e := range f.ents {
		if e.Name != prev.speaker {
			continue
		}
		if e.Type != model.Person {
			named = true
			continue
		}
		if f.fits(e, pronoun) == 0 {
			return ""
		}
		return prev.speaker
	}
	if last := strings.ToLower(lastWord(prev.speaker)); named || groupNouns[last] || orgNouns[last] || !roleNoun(last) {
		return "" // "officials", "the company": no "he"
	}
	return prev.speaker
}

// lineOfTalk reports a quote that opens its sentence and closes on a
// comma or a mark, before who said it: ""You're short," Bardos blurted
// out."
func (f *quoteFinder) lineOfTalk(para, open, end int) bool {
	p := f.paras[para]
	return f.sents[f.sentenceAt(para, open)].Start == open && strings.ContainsAny(p[max(open+1, end-1):end], ",?!")
}

// titleCase reports a short quoted span whose every word but the small
// ones is capitalised: a book's, a show's or a page's title, no one's words.
func titleCase(s string) bool {
	most := 8
	if strings.Contains(s, ": ") {
		most = 25 // a paper's title and its subtitle: "To Email or Not to Email: The Impact of Media on …"
	}
	if text.NumFields(s) > most || strings.ContainsAny(s, ".!?") {
		return false
	}
	for w := range text.AllWords(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !smallTitleWords[w] {
			return false
		}
	}
	return true
}

var smallTitleWords = wordSet("a an the of in on at to for and or but with from by as vs")

// hasSpeechVerb reports a speech verb in the clause right after a quote
// (up to the sentence's end, at most ten words): an attribution.
func (f *quoteFinder) hasSpeechVerb(para, lo, hi int) bool {
	if lo >= hi {
		return false
	}
	s := f.paras[para][lo:hi]
	if i := strings.IndexAny(s, ".!?\""); i >= 0 {
		s = s[:i]
	}
	n := 0
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		if speechVerbs[strings.Trim(w, ",;:")] {
			return true
		}
		if n++; n == 10 {
			break
		}
	}
	return false
}

// quoteMarks returns the offsets of the double quotes of a paragraph.
func quoteMarks(p string) []int {
	var m []int
	for i := 0; i < len(p); i++ {
		if p[i] == '"' {
			m = append(m, i)
		}
	}
	return m
}

func (f *quoteFinder) sentenceAt(para, off int) int {
	best := 0
	for i, s := range f.sents {
		if s.Para < para || (s.Para == para && s.Start <= off) {
			best = i
		}
	}
	return best
}

// window is the words between two offsets of a paragraph, with the
// people mentioned there.
type window struct {
	words  []token
	people []Mention // in order; Start/End are paragraph offsets
}

func (f *quoteFinder) window(para, lo, hi int) window {
	var w window
	if lo >= hi {
		return w
	}
	key := [3]int{para, lo, hi}
	if w, ok := f.windows[key]; ok {
		return w
	}
	w.words = tokens(f.paras[para][lo:hi])
	for i := range w.words {
		w.words[i].start += lo
		w.words[i].end += lo
	}
	for _, m := range f.peopleIn(para) {
		if m.Start >= lo && m.End <= hi {
			w.people = append(w.people, m)
		}
	}
	if f.windows == nil {
		f.windows = map[[3]int]window{}
	}
	f.windows[key] = w
	return w
}

// speakerAfter looks for "…," X said / said X / according to X after a quote.
func (f *quoteFinder) speakerAfter(para, lo, hi int) string {
	w := f.window(para, lo, hi)
	if len(w.words) > 0 && (strings.EqualFold(w.words[0].text, "which") || contrastWords[w.words[0].text]) {
		// ""…," which led some to say his comment was racist": a clause
		// about the words, not their speaker; ""…," while a spokesperson
		// for the sheriff said …": another source's clause.
		return ""
	}
	// A name right after the quote may have a long appositive before its
	// verb: "…," Alexei Malashenko, a Moscow-based expert, said.
	named := len(w.people) > 0 && len(w.words) > 0 && w.people[0].Start <= w.words[min(1, len(w.words)-1)].start
	stop := sentenceStop(f.paras[para][lo:hi])
	for i, t := range w.words {
		if i > 20 || (i > 6 && !named && stop >= 0 && lo+stop < t.start) {
			break
		}
		l := strings.ToLower(t.text)
		if l == "according" && i+1 < len(w.words) && strings.ToLower(w.words[i+1].text) == "to" {
			f.according = true
			return f.personFrom(w, t.end, hi, para)
		}
		if i > 0 && strings.EqualFold(w.words[i-1].text, "who") {
			continue // "…," a friend, who asked not to be named, said: a clause about the speaker
		}
		// "…," her statement read.
		readBy := (l == "read" || l == "reads") && i > 0 && (writtenNouns[strings.ToLower(w.words[i-1].text)] || ownNouns[strings.ToLower(w.words[i-1].text)])
		if l == "saying" && i >= 2 && strings.EqualFold(w.words[i-1].text, "as") && strings.EqualFold(w.words[i-2].text, "quoted") {
			// "…," he was quoted as saying: the subject is the passive's.
			j := i - 2
			for j > 0 && auxiliaries[strings.ToLower(w.words[j-1].text)] {
				j--
			}
			t = w.words[j]
		}
		if (l == "saying" || l == "telling") && i >= 3 && strings.EqualFold(w.words[i-1].text, "as") && strings.EqualFold(w.words[i-3].text, "quoted") {
			// "…," the Daily Times quoted them as telling a news conference.
			at := pos{para, w.words[i-2].start}
			if object := strings.ToLower(w.words[i-2].text); object == "them" {
				return f.resolveThey(at)
			} else if subject := asSubject[object]; subject != "" {
				return f.resolve(at, subject)
			}
		}
		// "…," he began: a verb of opening or closing attributes only
		// right after the quote's speaker, ending the clause.
		opens := openingVerbs[l] && i >= 1 && i <= 3 && (i+1 == len(w.words) || w.words[i+1].broken) &&
			(pronouns[strings.ToLower(w.words[i-1].text)] || capitalised(w.words[i-1].text)) // not "the poem began"
		if speechVerb(w, i, l) || readBy || opens {
			if f.introducesNext(para, lo, t, hi) {
				return "" // ""…" in the face of what he called "…"": the verb is the next quote's
			}
			f.after = true
			name := f.subjectBefore(w, para, lo, t)
			f.after = false
			if name != "" {
				return name
			}
			if m := w.people; named && strings.HasPrefix(f.paras[para][m[0].End:], ",") && m[0].End < t.start {
				// "…," Christina Neal, the chief scientist at the
				// observatory at Kilauea told a news briefing: an
				// appositive whose closing comma the writer left out.
				return f.ents[m[0].Entity].Name
			}
			if name := subjectPhrase(f.paras[para][lo:t.start]); name != "" {
				return name // "…," a justice official said; "a nurse wrote in a report on Duncan"
			}
			if i > 0 && (pronouns[strings.ToLower(w.words[i-1].text)] || strings.EqualFold(w.words[i-1].text, "they")) {
				return "" // "…," she recalled … after Justin Trudeau greeted …: she, whoever she is, not him
			}
			if name := f.personFrom(w, t.end, hi, para); name != "" {
				return name // "said X", "said the minister"
			}
			from := t.end
			if i+1 < len(w.words) && strings.EqualFold(w.words[i+1].text, "out") {
				from = w.words[i+1].end // "…," points out the laid-back Cambridge resident.
			}
			if name := objectPhrase(f.paras[para][from:hi]); name != "" {
				return name // "…," said a spokeswoman for the ministry.
			}
			if i+1 < len(w.words) && !w.words[i+1].broken && !listenerVerbs[l] {
				if name := f.orgAt(para, w.words[i+1].start); name != "" {
					return name // "…," said Kotak Institutional Equities.
				}
			}
			if i+2 < len(w.words) && articles[strings.ToLower(w.words[i+1].text)] && writtenNouns[strings.ToLower(w.words[i+2].text)] {
				// "…," said a statement released by the Prime Minister's Office.
				return f.orgBetween(para, t.end, w.words[min(i+10, len(w.words)-1)].end)
			}
			return ""
		}
	}
	return ""
}

// introducesNext reports a speech verb after a quote, in the quote's own
// sentence, whose object is the next quote: "called the ruling "a
// victory" in the face of what he called the "ban"". It says who speaks
// the next quote, not the one before (lo is just after its closing mark).
func (f *quoteFinder) introducesNext(para, lo int, verb token, hi int) bool {
	p := f.paras[para]
	if hi >= len(p) || p[hi] != '"' || lo < 2 || strings.ContainsAny(p[lo-2:lo-1], ".?!") {
		return false
	}
	between := strings.Fields(p[verb.end:hi])
	if len(between) > 2 || strings.ContainsAny(p[lo:hi], ",.;:") || len(between) > 0 && prepositions[strings.ToLower(between[0])] {
		return false
	}
	next := p[hi+1:]
	if end := strings.IndexByte(next, '"'); end >= 0 {
		next = next[:end]
	}
	return !titleCase(strings.Trim(next, " .,")) // "he told CNN's "Piers Morgan Live"": a show, not what he said
}

// contrastWords open a clause set against the one before, in the same
// sentence: not '"…." But he said', which goes on about the speaker.
var contrastWords = wordSet("while whereas but")

// sentenceStop is the index of the first mark in s that can end a clause
// (".;:!?"), outside parentheses: "(R-Ky.)" ends nothing. -1 if none.
func sentenceStop(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case depth == 0 && strings.IndexByte(".;:!?", c) >= 0:
			return i
		}
	}
	return -1
}

// objectPhrase is the noun phrase opening s, up to punctuation, when it is
// short and opens with an article: "a spokeswoman for the ministry".
func objectPhrase(s string) string {
	if i := strings.IndexAny(s, ".,;:!?\""); i >= 0 {
		s = s[:i]
	}
	fields := strings.Fields(s)
	if name, ok := described(fields); ok {
		return name // "said a woman who asked not to be named"
	}
	if len(fields) < 2 || len(fields) > 7 || !subjectStarts[strings.ToLower(fields[0])] {
		return ""
	}
	for i := 1; i+1 < len(fields); i++ {
		if verbLike(fields[i]) && determiners[strings.ToLower(fields[i+1])] {
			return "" // "says the program changed his life": a clause, no one who said
		}
	}
	return phrase(s)
}

// speakerBefore looks for a speech verb before a quote in its sentence:
// "X said:", "X told reporters,", "…, stating,", "according to X,".
func (f *quoteFinder) speakerBefore(para, lo, hi int) string {
	w := f.window(para, lo, hi)
	verb, before := -1, -1 // the last speech verb, and the one before it
	for i, t := range w.words {
		l := strings.ToLower(t.text)
		if l == "according" && i+1 < len(w.words) && strings.ToLower(w.words[i+1].text) == "to" {
			if name := f.personFrom(w, t.end, hi, para); name != "" {
				return name
			}
		}
		if _, ok := possessed(f.paras[para][w.words[max(i-1, 0)].end:]); i > 0 && ok {
			continue // "Williams' remarks": a noun
		}
		if speechVerb(w, i, l) && !(i > 0 && strings.HasSuffix(l, "ed") && passiveAux(w.words[i-1].text) && !byName(w.words[i+1:])) &&
			!f.participleAs(w, i, para) {
			// Not "wasn't mentioned by name", "was told:", nor "Abaaoud -
			// described as "ready to climb the ranks"", whose words are
			// no one's here; but "was described by the Hollywood Reporter as".
			verb, before = i, verb
		}
	}
	if verb < 0 {
		if strings.HasSuffix(strings.TrimSpace(f.paras[para][lo:hi]), ":") {
			// "Martell, the doctor, is more blunt: "…"": the sentence's subject.
			return f.sentenceSubject(para, lo, hi)
		}
		return ""
	}
	if verb > 0 && passiveAux(w.words[verb-1].text) {
		// "was described by the Harbour Reporter as "…"": the agent speaks
		if name := f.personFrom(w, w.words[verb].end, hi, para); name != "" {
			return name
		}
		if name := f.agent(para, w.words[verb].end); name != "" {
			return name // a body or a paper: "by the Hollywood Reporter as"
		}
	}
	if name := f.subjectBefore(w, para, lo, w.words[verb]); name != "" {
		return name
	}
	if v := strings.ToLower(w.words[verb].text); v != "told" && v != "tells" && v != "tell" {
		if name := f.personFrom(w, w.words[verb].end, inverted(w, verb, hi), para); name != "" {
			return name // "said X:", not "told X:", who listened
		}
	}
	if lead := f.paras[para][lo:w.words[verb].start]; withoutRelative(lead) != lead {
		return subjectPhrase(lead) // "Another reader, who asked not to be named, wrote:": the verb before is the relative clause's
	}
	if before >= 0 && !slices.ContainsFunc(w.words[before+1:verb], func(t token) bool { return conjunctions[strings.ToLower(t.text)] }) {
		lo = w.words[before].end // "Tredeaux said the teen yelled, "…"": the teen; not "declared the airliner lost and said"
	}
	return subjectPhrase(f.paras[para][lo:w.words[verb].start]) // "Another reader wrote:"
}

// participleAs reports a verb's past form before "as" that is set off
// after a name or follows a passive's helping verb and an adverb:
// "Abaaoud - described as", "He was also described as"; not "what host
// Tom Bergeron described as", whose subject speaks.
func (f *quoteFinder) participleAs(w window, i, para int) bool {
	if !strings.HasSuffix(w.words[i].low, "ed") || i+1 >= len(w.words) || w.words[i+1].low != "as" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(f.paras[para][:w.words[i].start], " "))
	return strings.ContainsRune(",-—–", r) || i > 1 && passiveAux(w.words[i-2].text)
}

// agent is the name, of no person, that a passive's "by" opens at off:
// "was described by the Hollywood Reporter as".
func (f *quoteFinder) agent(para, off int) string {
	p := f.paras[para]
	rest, ok := strings.CutPrefix(p[off:], " by ")
	if !ok {
		return ""
	}
	rest = strings.TrimPrefix(rest, "the ")
	at := len(p) - len(rest)
	for _, m := range f.mentions {
		if st := f.sents[m.Sentence]; st.Para == para && st.Start+m.Start == at {
			return f.ents[m.Entity].Name
		}
	}
	return ""
}

// agentless reports words naming no one else who may be speaking: "sent
// by the airline" does ("was quoted by Reuters as" does not), and so does
// an object before the participle ("quoted them as telling").
func agentless(s string) bool {
	if slices.ContainsFunc(strings.Fields(s), func(w string) bool { return objectPronouns[strings.ToLower(w)] }) {
		return false
	}
	return !strings.Contains(s, " by ") || strings.Contains(s, "quoted by ")
}

// passiveAux reports a form of "be" that makes the verb after it a
// passive: "was", "wasn't", "were".
func passiveAux(w string) bool {
	l := strings.ToLower(w)
	return auxiliaries[strings.TrimSuffix(strings.TrimSuffix(l, "n't"), "n’t")] && l != "to"
}

// byName reports words opening on "by" and a name: a passive's agent.
func byName(ws []token) bool {
	if len(ws) < 2 || !strings.EqualFold(ws[0].text, "by") {
		return false
	}
	if strings.EqualFold(ws[1].text, "the") && len(ws) > 2 {
		return capitalised(ws[2].text)
	}
	return capitalised(ws[1].text)
}

// openingVerbs attribute a quote only as a clause of their own after it:
// ""Last but not least, I want to thank me," he began."
var openingVerbs = wordSet("began begins concluded concludes")

// speechVerb reports whether the i-th word of w, l in lower case, is a
// speech verb: capitalised after a capitalised word, it ends a name ("the
// United States, for "…""), unlike "James Tweeted" (a brand's verb).
func speechVerb(w window, i int, l string) bool {
	if l == "recorded" || l == "records" {
		return keptIn(w.words[i+1:]) // "Woodruff recorded in his journal: "…""; not "recorded a song"
	}
	return speechVerbs[l] && (i == 0 || !capitalised(w.words[i].text) || !capitalised(w.words[i-1].text) || strings.HasPrefix(l, "tweet"))
}

// keptIn reports words that open "in his journal", "in her diary": where a
// writer kept what the verb before set down.
func keptIn(rest []token) bool {
	return len(rest) >= 3 && strings.EqualFold(rest[0].text, "in") && diaries[strings.ToLower(rest[2].text)]
}

var diaries = wordSet("journal journals diary diaries notebook notebooks")

// inverted returns where a speaker named after the verb must start by
// ("said Oilers coach Ken Hitchcock:"): within four words, before any
// "that". A name further on is in what was said ("confirmed that the
// company engaged Essential Consultants, "…"").
func inverted(w window, verb, hi int) int {
	for i := verb + 1; i < len(w.words) && i <= verb+4; i++ {
		if strings.EqualFold(w.words[i].text, "that") {
			return w.words[i].start
		}
	}
	if i := verb + 5; i < len(w.words) {
		return min(hi, w.words[i].start)
	}
	return hi
}

// inMedium is where a closing "in a statement", "in an interview" or "in
// her letter" starts in s, or -1.
func inMedium(s string) int {
	f := strings.Fields(s)
	n := len(f)
	if n < 4 || !media[strings.ToLower(f[n-1])] {
		return -1
	}
	// "in a statement", "in a brief statement", "in a carefully worded
	// response".
	for k := n - 3; k >= max(n-5, 1); k-- {
		if !strings.EqualFold(f[k], "in") {
			continue
		}
		switch strings.ToLower(f[k+1]) {
		case "a", "an", "his", "her", "its", "their", "the":
		default:
			return -1
		}
		if slices.ContainsFunc(f[k+2:n-1], func(w string) bool { return capitalised(w) || strings.ContainsAny(w, ",.;:\"") }) {
			return -1
		}
		return strings.LastIndex(s, strings.Join(f[k:], " "))
	}
	return -1
}

// spanBefore is where a span of time ending s starts ("a half hour",
// "two days", "minutes"), or len(s) when none does.
func spanBefore(s string) int {
	word := func(end int) (string, int) { // the word ending at end, and where it starts
		k := strings.LastIndexByte(s[:end], ' ') + 1
		return strings.ToLower(s[k:end]), k
	}
	w, at := word(len(s))
	if units[w].kind != Duration {
		return len(s)
	}
	if w, k := word(max(at-1, 0)); at > 0 && w == "half" {
		at = k
	}
	if w, k := word(max(at-1, 0)); at > 0 && (w == "a" || w == "an" || isNumber(w)) {
		at = k
	}
	return max(at-1, 0)
}

// whenBefore is where a closing "in 2012", "on Monday" or "in March"
// starts in s, or -1.
func whenBefore(s string) int {
	k := strings.LastIndexByte(s, ' ')
	j := strings.LastIndexByte(s[:max(k, 0)], ' ')
	if k < 0 || j < 0 {
		return -1
	}
	prep, w := strings.ToLower(s[j+1:k]), strings.ToLower(s[k+1:])
	if (prep == "in" || prep == "on") && (weekdays[w] || monthNumbers[w] > 0 || len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumber(w)) {
		return j
	}
	return -1
}

// gapWords may stand between a subject and its verb: "Ushakov also noted".
var gapWords = wordSet("also later earlier then soon quickly promptly immediately swiftly subsequently finally has had have was is previously initially first again reportedly publicly repeatedly further once already himself herself")

// prepositions before a name make it an object, not a subject ("an aide to Putin").
var prepositions = wordSet("to of with for from by on at about between against toward towards in into over under than atop near beside behind beneath across along around through via amid among within beyond outside inside")

// subjectBefore finds the speaker who is the subject of a speech verb: a
// name, pronoun or role right before it (past adverbs and a comma-set
// appositive), or for a participle ("…, stating,") the clause's first
// person.
func (f *quoteFinder) subjectBefore(w window, para, lo int, verb token) string {
	p := f.paras[para]
	if strings.HasSuffix(strings.ToLower(verb.text), "ing") {
		for _, m := range w.people {
			if m.End <= verb.start && !f.afterPreposition(para, m.Start) && (!afterVerb(p[lo:m.Start]) || strings.TrimSpace(p[m.End:verb.start]) == "as") {
				return f.ents[m.Entity].Name // not "didn't mention Grande by name, … announcing"; but "quotes Burry as saying"
			}
		}
		for _, m := range f.orgsIn(para) {
			if m.Start >= lo && m.End <= verb.start && !f.afterPreposition(para, m.Start) && agentless(p[m.End:verb.start]) {
				return f.ents[m.Entity].Name // "NPR issued a statement saying"; not "The BBC has seen a message sent by the airline saying"
			}
		}
		// A pronoun whose verb the participle goes on from ("why he began
		// by announcing", "he blanked on the third, saying"), not one of
		// whom a noun just before it speaks ("she received a letter from
		// management saying").
		var last token
		for i, t := range w.words {
			if t.end >= verb.start {
				prev := ""
				if i > 0 {
					prev = strings.ToLower(w.words[i-1].text)
				}
				if asSubject[prev] != "" && w.words[i-1].end == t.start-1 {
					last = w.words[i-1] // "recorded him saying"
				} else if i > 0 && !(strings.Contains(p[w.words[i-1].end:t.start], ",") || prev == "by" || auxiliaries[prev]) {
					last = token{}
				}
				break
			}
			if pronouns[strings.ToLower(t.text)] {
				last = t
			}
		}
		if l := strings.ToLower(last.text); l != "" {
			return f.resolve(pos{para, last.start}, cmp.Or(asSubject[l], l)) // "why he began by announcing"
		}
	}
	end := verb.start
	for end > lo {
		s := strings.TrimRight(p[lo:end], " ")
		if strings.HasSuffix(s, ",") {
			if j := strings.LastIndex(s[:len(s)-1], ","); j >= 0 {
				for _, m := range w.people {
					if m.End != lo+len(s)-1 || descriptive(f.ents[m.Entity].Name) {
						continue
					}
					if strings.TrimSpace(p[lo+j+1:m.Start]) == "" {
						return f.ents[m.Entity].Name // "His father, Ernie LeBlanc, says"; not "Ann Lee, Yellowhead MP, says"
					}
					for _, o := range w.people {
						if o.Start > lo+j && o.End <= m.Start && strings.TrimSpace(p[lo+j+1:o.Start]) == "" && strings.TrimSpace(p[o.End:m.Start]) == "and" {
							return f.ents[o.Entity].Name + " and " + f.ents[m.Entity].Name // "His attorneys, Ann Lee and Tom Berg, have said"
						}
					}
				}
				for _, m := range f.orgsIn(para) {
					if strings.IndexByte(s, ',') == j && m.End == lo+len(s)-1 && m.Start > lo+j && strings.TrimSpace(p[lo+j+1:m.Start]) == "" {
						return f.ents[m.Entity].Name // "The group that owns her music, Big Machine, says"
					}
				}
				end = lo + j // skip ", a senior adviser to Putin,"
				continue
			}
			break
		}
		if strings.HasSuffix(s, ")") {
			if j := strings.LastIndexByte(s, '('); j > 0 {
				end = lo + j // skip a party's or a place's tag: "Mitch McConnell (R-Ky.) said"
				continue
			}
		}
		k := strings.LastIndexByte(s, ' ')
		if last := strings.ToLower(s[k+1:]); gapWords[last] {
			end = lo + max(k, 0)
			if last == "later" || last == "earlier" {
				end = lo + spanBefore(s[:max(k, 0)]) // "Spicer a half hour later told"
			}
			continue
		}
		if postNominals[s[k+1:]] && k > 0 {
			end = lo + k // "Ann Lee QC said"
			continue
		}
		if at := inMedium(s); at > 0 {
			end = lo + at // "Ann Lee, the group's director, in a statement called"
			continue
		}
		if at := whenBefore(s); at > 0 {
			end = lo + at // "Newt Gingrich in 2012 called"
			continue
		}
		end = lo + len(s)
		break
	}
	for _, m := range w.people {
		if m.End < end && strings.Trim(p[lo:m.Start], " ,") == "" && roleAfter(p[m.End:end]) {
			return f.ents[m.Entity].Name // "…," Emma Norton the head of legal casework said (an appositive without its commas)
		}
		if m.End == end {
			if f.afterPreposition(para, m.Start) || afterArticle(p[lo:m.Start]) && !strings.Contains(f.ents[m.Entity].Name, " ") {
				return "" // "an aide to President Putin said": not Putin; "who is not a longtime Romneyite told": a kind, no one's name (but "A smiling Abaaoud tells" is one named in full)
			}
			return f.withPair(w.people, p, lo, m) // "…," Dennis and Wells wrote
		}
	}
	// "Alder, who studied …, played in the band …, said": a subject
	// opening the clause, set off from its verb by a long appositive.
	// An opening phrase may come first: "Welcoming the judgment, Ann Lee,
	// the head of …, which …, said".
	if strings.HasSuffix(strings.TrimSpace(p[lo:verb.start]), ",") {
		for _, m := range w.people {
			from := lo
			if i := strings.LastIndex(p[lo:m.Start], ", "); i >= 0 && !slices.ContainsFunc(w.people, func(o Mention) bool { return o.Start < lo+i }) {
				from = lo + i + 2
			}
			if m.End < verb.start && strings.HasPrefix(p[m.End:], ",") && onlyTitles(p[from:m.Start]) &&
				!strings.Contains(p[m.End:verb.start], `"`) {
				return f.ents[m.Entity].Name
			}
		}
	}
	// "Professor Kent Moore at the University of Toronto says", "the BBC's
	// Mark Lowen in Athens says": a name and where the person works.
	for _, m := range w.people {
		if m.End >= end {
			continue
		}
		between := strings.Fields(p[m.End:end])
		// A body's name may run longer, if it runs to the verb: "Ann
		// Lee of the Kestrel Department of Health and Human Services says".
		named := len(between) > 8 && slices.ContainsFunc(f.orgsIn(para), func(o Mention) bool {
			return o.End == end && o.Start > m.End && text.NumFields(p[m.End:o.Start]) <= 2
		})
		if len(between) > 0 && (len(between) <= 8 || named) && (affiliations[strings.ToLower(between[0])] || between[0] == "in" && len(between) <= 4 && allCapitalised(between[1:])) &&
			!strings.ContainsAny(p[m.End:end], ",;:\"") && !f.afterPreposition(para, m.Start) {
			return f.ents[m.Entity].Name
		}
	}
	for _, m := range f.orgsIn(para) {
		if m.End == end && m.Start >= lo && !f.afterPreposition(para, m.Start) {
			return f.withPair(f.orgsIn(para), p, lo, m) // "which the Kestrel Water Authority said", "Harbour Savings and Kestrel Bank said"
		}
	}
	if name := numberedName(p[lo:end]); name != "" {
		return name
	}
	last := ""
	for w := range text.FieldsBackward(p[lo:end]) {
		last = strings.ToLower(w)
		break
	}
	if last == "" {
		return ""
	}
	if last == "and" {
		// "X did this and said …": the sentence's subject, a person or a body.
		return cmp.Or(f.sentenceSubject(para, lo, end), f.bodySubject(para, lo, end))
	}
	switch {
	case pronouns[last]:
		return f.resolve(pos{para, end - len(last)}, last)
	case last == "they":
		return f.resolveThey(pos{para, end - len(last)})
	case last == "it":
		return f.resolveIt(pos{para, end - len(last)})
	case roleNouns[last]:
		name := f.resolve(pos{para, end - len(last)}, last)
		if q := lower(lastWord(p[lo : end-len(last)])); places[q] && f.placedElsewhere(name, q) {
			return "" // "the Florida senator" is not "Texas Sen. Ted Cruz"
		}
		return name
	}
	return ""
}

// afterVerb reports s ending on a lower-case word that is no title nor
// determiner, after a subject or another lower-case word: a verb whose
// object the name after it is ("he didn't mention Grande by name"), not
// a description opening the sentence ("Veteran crooner Barry Manilow").
func afterVerb(s string) bool {
	n := 0
	for w := range text.FieldsBackward(s) {
		l := strings.ToLower(w)
		if n++; n == 2 {
			return l == w || pronouns[l] || clausePronouns[l]
		}
		if l != w || !allLetters(w) || titleWords[w] || determiners[w] || demonyms[w] || conjunctions[w] ||
			occupations[w] || roleNouns[w] || personNouns[w] || kinNouns[w] {
			return false
		}
	}
	return false
}

// roleAfter reports a short description opening on an article, with no
// mark inside and no one else's: " the head of legal casework".
func roleAfter(s string) bool {
	ws := strings.Fields(s)
	return len(ws) >= 2 && len(ws) <= 8 && articleWords[strings.ToLower(ws[0])] && !strings.ContainsAny(s, ",;:()\"") &&
		!strings.Contains(s, "'s ") && !strings.Contains(s, "’s ") // not " the singer's agent"
}

// numberedName returns the name that ends s and opens on a number, as a
// subject of its own ("In a report on Friday, 38 North said"), which the
// names read elsewhere leave out, since a number before a capitalised
// word is more often a count or a year ("2020 Audi", "1 Tbsp"). Not a
// year, nor a count of a place or a time.
func numberedName(s string) string {
	f := strings.Fields(s)
	n := len(f)
	if n < 2 || n > 2 && !strings.HasSuffix(f[n-3], ",") {
		return ""
	}
	num, word := f[n-2], f[n-1]
	v, err := strconv.Atoi(num)
	if err != nil || v <= 0 || v >= 1000 || !capitalised(word) || !allLetters(strings.ToLower(word)) ||
		places[lower(word)] || months[lower(word)] || weekdays[lower(word)] || IsQuantityWord(lower(word)) {
		return ""
	}
	return num + " " + word
}

// onlyTitles reports s as nothing but titles ("Rep. ", "Dr. "), or empty.
func onlyTitles(s string) bool {
	for _, w := range strings.Fields(s) {
		if !titleWords[lower(w)] {
			return false
		}
	}
	return true
}

// affiliations link a name to where the person works: "Moore at the
// University", "Hawes of the SMMT".
var affiliations = wordSet("at of from with for")

// listenerVerbs take who listened as their object: "…," he told AFP.
var listenerVerbs = wordSet("told tells tell telling asked asks ask asking")

// orgAt is the name of the body whose mention opens at off and names it
// in full, if any: not "SRE's researcher", nor "Mourdock" that the
// article's "Mourdock Senate campaign" gave a body's name.
func (f *quoteFinder) orgAt(para, off int) string {
	for _, m := range f.orgsIn(para) {
		if name := f.ents[m.Entity].Name; m.Start == off && f.paras[para][m.Start:m.End] == name && !opensPossessive(f.paras[para][m.End:]) {
			return name
		}
	}
	return ""
}

// orgBetween is the first body named in paragraph para between lo and hi.
func (f *quoteFinder) orgBetween(para, lo, hi int) string {
	for _, m := range f.orgsIn(para) {
		if m.Start >= lo && m.End <= hi {
			return f.ents[m.Entity].Name
		}
	}
	return ""
}

// afterPreposition reports a name at off governed by a preposition, past
// any titles before it ("to President Putin").
func (f *quoteFinder) afterPreposition(para, off int) bool {
	described := false // an occupation before the name: "with renowned cellist Yo-Yo Ma"
	for w := range text.FieldsBackward(f.paras[para][:off]) {
		w = strings.ToLower(w)
		if occupations[w] || personNouns[w] {
			described = true
			continue
		}
		if described && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ous") || strings.HasSuffix(w, "ful")) {
			continue // "renowned", "famous"
		}
		if !titleWords[lower(w)] && !demonyms[w] && !determiners[w] {
			return prepositions[w]
		}
	}
	return false
}

// withPair is the name of m, a speaker's mention ending at its verb, or of
// it and the one of ms that "and" joins before it in p[lo:], where that
// pair is a clause's subject.
func (f *quoteFinder) withPair(ms []Mention, p string, lo int, m Mention) string {
	for _, o := range ms {
		if o.Start >= lo && o.End <= m.Start && strings.TrimSpace(p[o.End:m.Start]) == "and" && subjectLead(p[lo:o.Start]) {
			return f.ents[o.Entity].Name + " and " + f.ents[m.Entity].Name
		}
	}
	return f.ents[m.Entity].Name
}

// afterArticle reports "a" or "an" right before a name, or before one or
// two lower-case words that open no clause: "who is not a longtime
// Romneyite told" may name a kind of person, not one; "In a statement
// later Bobbins said", "a half after Perry described" and "a spotter—Furlong
// says" do not.
func afterArticle(s string) bool {
	n := 0
	article := false
	for w := range text.FieldsBackward(s) {
		l := strings.ToLower(w)
		if article {
			return !prepositions[l]
		}
		if l == "a" || l == "an" {
			article = true
			continue
		}
		if n++; n > 2 || w != l || strings.ContainsAny(w, ",;:.\"”—–") || prepositions[l] || subordinate[l] || conjunctions[l] || gapWords[l] || writtenNouns[l] {
			return false
		}
	}
	return article
}

// personFrom is the first person named, pronoun or role after off in w.
func (f *quoteFinder) personFrom(w window, off, hi, para int) string {
	first := ""
	text := f.paras[para]
	// "says the Cambridge resident, who sold copies of his comic Forgotten
	// Grunt": a relative clause describes the speaker; what it names does
	// not speak.
	for _, rel := range []string{", who ", ", whose ", ", which "} {
		if i := strings.Index(text[off:hi], rel); i >= 0 {
			hi = off + i
		}
	}
	firstEnd := 0
	for _, m := range w.people {
		if m.Start < off || m.Start >= hi {
			continue
		}
		if first != "" && strings.Contains(text[firstEnd:m.Start], ",") {
			break // "said Latoya Francis, an attorney representing the Boyd family": the appositive's name is not the speaker
		}
		if _, ok := possessed(text[m.End:]); ok || beforeRole(text[m.End:]) {
			continue // "says Alder's partner, Tom Berg", "said Trudeau spokesman Cameron Ahmad"
		}
		if org := f.governingOrg(para, off, m.Start); first == "" && org != "" {
			return org // "according to a letter Wells Fargo sent to Senator Elizabeth Warren": she received it
		}
		e := f.ents[m.Entity]
		if f.fits(e, "") >= 2 {
			return e.Name // "said Oilers coach Ken Hitchcock": not the Oilers
		}
		if first == "" {
			first, firstEnd = e.Name, m.End
		}
	}
	if first != "" {
		return first
	}
	for i, t := range w.words {
		if t.start < off || i > 8 {
			continue
		}
		l := strings.ToLower(t.text)
		if roleNouns[l] && !f.inOrg(para, t.start) {
			return f.resolve(pos{para, t.start}, l) // not "a statement released by the Prime Minister's Office"
		}
	}
	return ""
}

// governingOrg is the body named between off and a person named at at,
// when a preposition between the two governs the person: "a letter Wells
// Fargo sent to Senator Elizabeth Warren" (not "Kremlin aide Yury
// Ushakov").
func (f *quoteFinder) governingOrg(para, off, at int) string {
	for _, m := range f.orgsIn(para) {
		if m.Start < off || m.End > at {
			continue
		}
		for _, w := range strings.Fields(f.paras[para][m.End:at]) {
			if prepositions[strings.ToLower(w)] {
				return f.ents[m.Entity].Name
			}
		}
		return ""
	}
	return ""
}

// inOrg reports whether paragraph offset off is inside a body's name.
func (f *quoteFinder) inOrg(para, off int) bool {
	return slices.ContainsFunc(f.orgsIn(para), func(m Mention) bool { return m.Start <= off && off < m.End })
}

// resolve finds the person a pronoun or role noun at p stands for. A role
// ("the minister") is the nearest person given that role. A pronoun is the
// person the latest sentence naming a fitting one is about: who speaks in
// it, else the first named ("Alder said she met Berg. "…," she said").
func (f *quoteFinder) resolve(p pos, word string) string {
	if !pronouns[word] && word != "" {
		return f.resolveRole(p, word)
	}
	if word != "" {
		if name := f.continued(p, word); name != "" {
			return name
		}
	}
	const lookback = 8 // sentences
	described := ""    // the role of the sentence before's subject, if a role and no name
	si := -1
	for i, s := range f.sents {
		if s.Para < p.para || (s.Para == p.para && s.Start <= p.off) {
			si = i
		}
	}
	if si >= 0 && (word == "he" || word == "she") {
		// "On Twitter, she sounded unstable, lashing out at Julia, whom she
		// claims …": the sentence's own subject goes on, not a name after it.
		st := f.sents[si]
		if at := f.pronounAt(si, word); at >= 0 && st.Para == p.para && st.Start+at < p.off {
			return f.resolve(pos{st.Para, st.Start}, word)
		}
	}
	// A pronoun is not the object of its own verb: "He told Halsne during
	// an interview …" is not Halsne.
	object := -1
	if si >= 0 && (word == "he" || word == "she") && f.sents[si].Para == p.para {
		st := f.sents[si]
		for _, m := range f.mentions {
			if m.Sentence == si && st.Start+m.Start > p.off && objectOf(f.paras[p.para][p.off:st.Start+m.Start]) {
				object = m.Entity
			}
		}
	}
	// Names known to be people first; any name when none is near.
	for _, least := range []int{2, 1} {
		for s := si; s >= 0 && s > si-lookback; s-- {
			if s < si && f.pronounSubject(s, word) {
				// "Berg … He said the credit union run by Moss …
				// "…," he said": the same pronoun goes on.
				if name := f.resolve(pos{f.sents[s].Para, f.sents[s].Start}, word); name != "" {
					return name
				}
			}
			if s == si-1 && word == "" {
				// "He also thanked himself. / "I want to thank me …"": the
				// passage is about whom the sentence before it, opening
				// on a pronoun, is about.
				// "Her message now is simple: …" is hers too.
				first, _, _ := strings.Cut(f.sents[s].Text, " ")
				pr := possessors[strings.ToLower(first)]
				for _, w := range []string{"he", "she"} {
					if pr == "" && f.pronounSubject(s, w) {
						pr = w // "And he really did make it all by himself."
					}
				}
				if pr != "" {
					if name := f.resolve(pos{f.sents[s].Para, f.sents[s].Start}, pr); name != "" {
						return name
					}
				}
			}
			if s == si-1 && least == 2 && (word == "he" || word == "she") {
				// "The mayor visited the ward. "…," she said": the role
				// just before, if no one fitting is named.
				if described = f.roleSubject(s, false); !roleFits(described, word) {
					described = "" // "The King … she said"
				}
				// "The sheriff said a review — something he ordered before
				// Lopez was shot — is due. / "…," he said": the role that
				// speaks just before goes on, if the article has named
				// who holds it, not a name inside what it said.
				if described != "" && f.roleSubject(s, true) != "" {
					if name := f.resolveRole(pos{f.sents[s].Para, f.sents[s].Start}, described); name != "" {
						return name
					}
				}
			}
			if s < si && (word == "he" || word == "she") && f.describedActor(s) {
				// "Ann Lee was honoured. … the famed singer thanked her
				// mentors, from Tom Berg to Mira Kell. She also …": the
				// pronoun goes on from the description, not the names
				// it acted on.
				continue
			}
			best, bestScore := -1, 0
			for _, m := range f.mentions {
				if m.Sentence != s {
					continue
				}
				e := f.ents[m.Entity]
				st := f.sents[s]
				if e.Type != model.Person || !(pos{st.Para, st.Start + m.Start}).before(p) || m.Entity == object {
					continue
				}
				if s == si && (f.after && !f.speaks(m) && !subjectOutside(st.Text, m, p.off-st.Start) || insideQuote(f.paras[st.Para], st.Start+m.Start)) {
					continue // a name in what is said: ""… people from Covington Catholic saying …," she said", "Macharia hid, he said"
				}
				if (word == "" || s < si) && insideQuote(f.paras[st.Para], st.Start+m.Start) {
					// Whom a passage is about is no name in its quotes ("…and
					// 'Scarlett production dress' was written in ink.""), nor
					// is "he" one named in the words before (""… about Omar
					// Ismail Mostefai from France." He said …").
					continue
				}
				if beforeRole(st.Text[m.End:]) {
					continue // "Trump press secretary Sean Spicer … he told": Spicer
				}
				if attributive(st.Text, m) {
					continue // "the Frank Sinatra ballad": a ballad, no one who acts
				}
				if s < si && inConcession(st.Text, m.Start) {
					continue // "Although Trump has tweeted that … -- its inclusion should not …. … , he said": the clause grants, its subject goes on no further
				}
				if s == si && st.Start+m.End <= p.off && strings.TrimSpace(f.paras[st.Para][st.Start+m.End:p.off]) == "," {
					continue // "Schumer, he said, "knows …"": whom the words are about, not who says them
				}
				score := f.fits(e, word)
				if score > 0 && f.speaks(m) {
					score += 2
				} else if score > 0 && acts(st.Text[:m.Start], st.Text[m.End:]) {
					score++ // the sentence's subject, not a name in its list
				}
				if score >= least && score > bestScore {
					best, bestScore = m.Entity, score
				}
			}
			if best >= 0 && s < si && least == 2 && bestScore < 3 && !f.beforeSpeech(s, best) {
				role := f.roleSubject(s, true)
				if role == "" && s == si-1 {
					role = described // "The strip club's owner confirmed … before President Obama's visit. He claims …"
				}
				if role != "" && roleFits(role, word) {
					return role // "The official said that French authorities … Mostefai … / He said …": the official, not whom he named
				}
			}
			if best >= 0 {
				return f.ents[best].Name
			}
			if s == si-1 && least == 2 && (word == "he" || word == "she") {
				if opening := strings.ToLower(f.sents[s].Text); word == "she" && strings.HasPrefix(opening, "a woman ") || word == "he" && strings.HasPrefix(opening, "a man ") {
					return opening[2 : strings.IndexByte(opening[2:], ' ')+2] // "A woman who identified herself as a neighbour said … / "…," she said", with no one named who fits
				}
				if name := f.unknownSubject(s, word); name != "" {
					return name // "…, Mulder didn't hesitate. "It's this for sure," he said"
				}
			}
			if s < si && least == 2 {
				if role := f.roleSubject(s, true); role != "" && roleFits(role, word) {
					return role // "The official, who spoke on condition of anonymity, said …"
				}
			}
		}
	}
	// No one fitting named nearby: the role just before, or the person the
	// article has named most, if the pronoun surely fits ("she" in a
	// profile of one woman).
	if word == "" || described != "" {
		return described
	}
	count := map[int]int{}
	best := -1
	for _, m := range f.mentions {
		st := f.sents[m.Sentence]
		if e := f.ents[m.Entity]; e.Type != model.Person || f.fits(e, word) < 2 || f.sexOf(e) == unknownSex || !(pos{st.Para, st.Start + m.Start}).before(p) || m.Entity == object {
			continue
		}
		if count[m.Entity]++; best < 0 || count[m.Entity] > count[best] {
			best = m.Entity
		}
	}
	if best < 0 {
		return ""
	}
	return f.ents[best].Name
}

// attributive reports a name that qualifies the noun after it, between
// that noun and its article: "the Frank Sinatra ballad", "a Kennedy
// sign".
func attributive(sentence string, m Mention) bool {
	if !articles[strings.ToLower(lastWord(sentence[:m.Start]))] {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(sentence[m.End:], " "), " ")
	next = strings.TrimRight(next, ".,;:!?\"”")
	return next != "" && allLetters(next) && next == strings.ToLower(next) && !verbLike(next)
}

// objectOf reports the words from a pronoun to a name as the pronoun and
// its verb, perhaps with the name's title: "he told", "she thanked
// President".
func objectOf(s string) bool {
	w := strings.Fields(s)
	return (len(w) == 2 || len(w) == 3 && titleWords[strings.ToLower(w[2])]) && !strings.ContainsAny(s, `,;:"“”`) &&
		allLetters(w[1]) && w[1] == strings.ToLower(w[1])
}

// before are the n sentences before the one at p, skipping the stray
// "." lines some pages put between paragraphs.
func (f *quoteFinder) before(p pos, n int) []int {
	var out []int
	for s := f.sentenceOf(p) - 1; s >= 0 && len(out) < n; s-- {
		n := 0
		for range allWordSpans(f.sents[s].Text, "") {
			if n++; n == 3 {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// resolveIt finds the organisation "it" speaking stands for: one that
// opens a sentence just before ("KWA declined to answer … "…," it said").
// (The nearest organisation named was measured too, and was too often
// another one.)
func (f *quoteFinder) resolveIt(p pos) string {
	// The body that opens one of the sentences before, after at most an
	// opening phrase ("In April, the Federal Aviation Administration
	// ordered …", "In an internal memo sent on Wednesday, Facebook told …").
	for _, s := range f.before(p, 3) {
		first := -1
		for i, m := range f.mentions {
			if m.Sentence == s && (first < 0 || m.Start < f.mentions[first].Start) {
				first = i
			}
		}
		if first < 0 {
			continue
		}
		m := f.mentions[first]
		if f.ents[m.Entity].Type == model.Organization && opening(f.sents[s].Text[:m.Start]) {
			return f.ents[m.Entity].Name
		}
	}
	// "…, the utility said. "…," it said.": the body the sentence before
	// credits with its words.
	if b := f.before(p, 1); len(b) > 0 {
		st := f.sents[b[0]]
		words := strings.Fields(st.Text)
		if n := len(words); n >= 3 && strings.EqualFold(words[n-3], "the") && orgNouns[words[n-2]] && speechVerbs[strings.TrimRight(words[n-1], ".")] {
			return f.described("the "+words[n-2], b[0])
		}
	}
	// "The parole board decision allowing his release said …. It also
	// said …": what spoke in the sentence before, described (a body
	// named there opens it, above), or what its own "it" stands for.
	if b := f.before(p, 1); len(b) > 0 {
		st := f.sents[b[0]]
		if before, k := beforeSpeech(st.Text); k >= 0 && k < 12 {
			switch subject := subjectPhrase(before); {
			case lastWordIs(before, "it"):
				return f.resolveIt(pos{st.Para, st.Start})
			case k > 1 && subject != "" && !capitalised(subject) && !pronouns[strings.ToLower(subject)]:
				return subject
			}
		}
	}
	// "They put out another statement. "…," it says.": the statement, not
	// "his release".
	if b := f.before(p, 2); len(b) > 0 {
		prev := ""
		for w := range text.FieldsBackward(f.sents[b[0]].Text) {
			w = strings.ToLower(strings.Trim(w, ",.;:-"))
			if writtenNouns[prev] && !possessives[w] {
				return prev
			}
			prev = w
		}
		if writtenNouns[prev] {
			return prev
		}
	}
	return ""
}

// beforeSpeech is the text of sentence s before its first verb of
// speech, and how many words stand there; -1 if none speaks.
func beforeSpeech(s string) (string, int) {
	for k, t := range tokens(s) {
		if reportVerbs[strings.ToLower(t.text)] {
			return s[:t.start], k
		}
	}
	return "", -1
}

// lastWordIs reports s's last word, past words that stand between a
// subject and its verb ("it also"), is w.
func lastWordIs(s, w string) bool {
	for f := range text.FieldsBackward(s) {
		if l := strings.ToLower(strings.Trim(f, ",")); !gapWords[l] {
			return l == w
		}
	}
	return false
}

// inConcession reports offset at of sentence s inside the clause of
// concession the sentence opens on ("Although Ann Lee said …, the
// board …"): up to its first comma, or the whole sentence if none.
func inConcession(s string, at int) bool {
	if !strings.HasPrefix(s, "Although ") && !strings.HasPrefix(s, "Though ") && !strings.HasPrefix(s, "Even though ") {
		return false
	}
	end := strings.Index(s, ", ")
	return end < 0 || at < end
}

// possessives are the pronouns that give a noun to a person: "his
// release" is no statement of a body's.
var possessives = wordSet("his her my your")

// opening reports the words before a sentence's subject as at most an
// article or a short phrase set off by a comma ("The", "In April, the"),
// or a longer one a preposition opens ("In an internal memo sent on
// Wednesday,"): not a clause ("The company announced its phone, the …").
func opening(lead string) bool {
	n := text.NumFields(lead)
	i := strings.LastIndex(lead, ", ")
	switch {
	case n <= 1:
		return true
	case i < 0:
		return false
	case n <= 4:
		return true
	}
	first, _, _ := strings.Cut(lead, " ")
	return n <= 10 && prepositions[strings.ToLower(first)] && text.NumFields(lead[i+2:]) <= 1
}

// resolveThey finds who "they" speaking are: two people named together
// or a group opening a sentence just before ("Officials said … They
// said").
func (f *quoteFinder) resolveThey(p pos) string {
	for _, s := range f.before(p, 2) {
		st := f.sents[s]
		var people []Mention
		for _, m := range f.mentions {
			if m.Sentence == s && f.ents[m.Entity].Type == model.Person {
				people = append(people, m)
			}
		}
		if src := pluralSource(st.Text); src != "" {
			return src // "…, according to defectors and activists in Seoul."
		}
		for i := 0; i+1 < len(people); i++ {
			if a, b := people[i], people[i+1]; a.End <= b.Start && strings.TrimSpace(st.Text[a.End:b.Start]) == "and" && subjectLead(st.Text[:a.Start]) {
				return f.ents[a.Entity].Name + " and " + f.ents[b.Entity].Name
			}
		}
		for w := range strings.FieldsSeq(st.Text) {
			if w = strings.Trim(w, ",."); groupNouns[strings.ToLower(w)] {
				return w
			}
			break
		}
		// "… and several auto-industry executives have warned about …
		// They say": those who spoke, in the plural.
		if before, k := beforeSpeech(st.Text); k >= 0 {
			if i := strings.LastIndex(before, " and "); i >= 0 {
				before = before[i+len(" and "):] // "Brexit remains the concern and several executives have warned"
			}
			if subject := subjectPhrase(before); subject != "" && plural(strings.Fields(subject)) {
				return subject
			}
		}
	}
	return ""
}

// subjectLead reports the words before two names joined by "and" leave
// them a clause's subject ("In a statement, owners Tom Berg and Ruth
// Alder said", "…," Dennis and Wells wrote", "…, when nominees Trey Parker
// and Matt Stone showed up"), not an object ("Police arrested Tom Marks
// and …", "a pin with images of both Kim Il Sung and Kim Jong Il").
func subjectLead(lead string) bool {
	if i := strings.LastIndexAny(lead, ",\"”"); i >= 0 {
		lead = lead[i+1:]
	}
	if first, rest, ok := strings.Cut(strings.TrimSpace(lead), " "); ok && (subordinate[strings.ToLower(first)] || conjunctions[strings.ToLower(first)]) {
		lead = rest
	}
	for w := range strings.FieldsSeq(lead) {
		if l := strings.ToLower(w); prepositions[l] || verbLike(l) || helpingVerbs[l] {
			return false
		}
	}
	return true
}

// pluralSource is the source a sentence's closing "according to" names
// when it is several people ("defectors and activists in Seoul"), else "".
func pluralSource(s string) string {
	_, src, ok := strings.Cut(s, ", according to ")
	if !ok {
		return ""
	}
	src = phrase(src)
	head := strings.Fields(src)
	if i := slices.IndexFunc(head, func(w string) bool { return prepositions[strings.ToLower(w)] }); i >= 0 {
		head = head[:i] // "activists in Seoul"
	}
	if len(head) == 0 || len(head) > 6 || !plural(head) || writings[strings.ToLower(head[len(head)-1])] {
		return ""
	}
	return src
}

// writings are sources that say nothing aloud: "according to court
// records" is no "they" who said.
var writings = wordSet("records documents data figures statistics estimates filings papers reports accounts polls surveys studies results rumours rumors")

// pronounSubject reports sentence si opening with the pronoun, before
// any person is named in it: "Still, he denied Moss's request".
func (f *quoteFinder) pronounSubject(si int, pronoun string) bool {
	return f.pronounAt(si, pronoun) >= 0
}

// pronounAt is where in sentence si the pronoun stands as its subject
// (pronounSubject), or -1.
func (f *quoteFinder) pronounAt(si int, pronoun string) int {
	if pronoun == "" {
		return -1
	}
	st := f.sents[si]
	n := 0
	for start, end := range allWordSpans(st.Text, "'") {
		if n++; n > 4 {
			break
		}
		w := st.Text[start:end]
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i] // "She's", "He'd"
		}
		if !strings.EqualFold(w, pronoun) {
			continue
		}
		if insideQuote(f.paras[st.Para], st.Start+start) {
			return -1
		}
		for _, m := range f.mentions {
			if m.Sentence == si && m.Start < start && f.ents[m.Entity].Type == model.Person {
				return -1 // "On Twitter, she …" opens on her, not "Asked about Lee, she"
			}
		}
		if f.namedAfterOpening(si, end) {
			return -1
		}
		return start
	}
	return -1
}

// namedAfterOpening reports a sentence opening on a clause whose subject
// the main clause names after it: "As he watched the returns, Nikos
// Theodossiades said …" is about Theodossiades, not whoever "he" was
// before.
func (f *quoteFinder) namedAfterOpening(si, from int) bool {
	st := f.sents[si]
	first, _, _ := strings.Cut(st.Text, " ")
	c := strings.Index(st.Text[from:], ", ")
	if !clauseOpeners[strings.ToLower(first)] || c < 0 {
		return false
	}
	at := from + c + 2
	for _, m := range f.mentions {
		if m.Sentence == si && m.Start == at && f.ents[m.Entity].Type == model.Person {
			return true
		}
	}
	return false
}

// speaks reports a mention that is the subject or object of a speech verb:
// "Alder said", "Alder, the mayor, told", "said Alder".
func (f *quoteFinder) speaks(m Mention) bool {
	t := f.sents[m.Sentence].Text
	after := strings.TrimLeft(t[m.End:], " ")
	if verbNext(after) {
		return true
	}
	if strings.HasPrefix(after, ",") && strings.HasSuffix(strings.TrimRight(t[:m.Start], " "), ",") && verbNext(strings.TrimLeft(after[1:], " ")) {
		return true // the name set off after a title: "Keeper of the Seal, Syed Ahmad, said"; not "who represents Thomas, said"
	}
	if strings.HasPrefix(after, ",") {
		// An appositive, commas and all: "Alder, who studied …, played
		// in the band …, said".
		for j := strings.Index(after[1:], ","); j >= 0; {
			rest := after[1+j+1:]
			if verbNext(strings.TrimLeft(rest, " ")) {
				return true
			}
			k := strings.Index(rest, ",")
			if k < 0 {
				break
			}
			j += 1 + k
		}
	}
	// "said Alder." speaks; in "said Alder has …" Alder is what is said.
	closed := after == "" || strings.ContainsRune(",.;:(", rune(after[0]))
	for last := range text.FieldsBackward(t[:m.Start]) {
		return closed && speechVerbs[strings.ToLower(last)]
	}
	return false
}

// verbNext reports a speech verb opening s, past adverbs: "also said".
func verbNext(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		l := strings.ToLower(strings.Trim(w, ".,:;"))
		if speechVerbs[l] || reportVerbs[l] {
			return true
		}
		if n++; n == 3 || !gapWords[l] {
			break
		}
	}
	return false
}

// possessors are the pronouns a sentence may open on, and whose they are.
var possessors = map[string]string{"he": "he", "she": "she", "his": "he", "her": "she"}

// acts reports a name whose verb follows it (an age set off between, as
// in "Snoop, 47, went on to thank himself") with none before it: the
// main clause's subject, not one of a clause it reports ("… said it would
// be wrong if Trump is targeting …").
func acts(before, after string) bool {
	if first, rest, _ := strings.Cut(before, " "); clauseOpeners[strings.ToLower(first)] {
		c := strings.LastIndex(rest, ", ")
		if c < 0 {
			return false // "As Covington Catholic reopened …, McConnell blamed …": inside the opening clause
		}
		before = rest[c+2:] // "When asked what's more nerve-wracking, Mulder didn't hesitate": the main clause's subject
	}
	for w := range strings.FieldsSeq(before) {
		if w = strings.ToLower(strings.Trim(w, ",;:")); w != "to" && w != "not" && (verbLike(w) || speechVerbs[w]) {
			return false
		}
	}
	after, _ = afterAge(after)
	w, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	return w != "to" && w != "not" && !capitalised(w) && verbLike(w)
}

// unknownSubject is a one-word name of no known kind, and no title, that
// is the subject of sentence si ("…, Mulder didn't hesitate."), which a
// "he" or "she" after it names as a person: the person named in full with
// that word, where one is; or "". A sentence's first word may be
// capitalised for its place alone ("Elections cannot …"), and a name in a
// quote is what is said.
func (f *quoteFinder) unknownSubject(si int, pronoun string) string {
	st := f.sents[si]
	for _, m := range f.mentions {
		if m.Sentence != si {
			continue
		}
		e := f.ents[m.Entity]
		if l := lower(e.Name); strings.Trim(st.Text[:m.Start], `"“‘' `) == "" || insideQuote(f.paras[st.Para], st.Start+m.Start) || e.Type != model.Other || strings.ContainsFunc(e.Name, func(r rune) bool { return !unicode.IsLetter(r) }) ||
			common(e.Name) || titleWords[l] || titleSex[l] != 0 {
			continue // "The King toured the quay": a title, no name
		}
		if !acts(st.Text[:m.Start], st.Text[m.End:]) {
			continue
		}
		for _, p := range f.ents {
			if p.Type == model.Person && slices.Contains(strings.Fields(p.Name), e.Name) && f.fits(p, pronoun) > 0 {
				return p.Name // "Michelle", Michelle Obama
			}
		}
		if sex := givenName(e.Name); !(pronoun == "she" && sex == male || pronoun == "he" && sex == female) {
			return e.Name
		}
	}
	return ""
}

// resolveRole is the nearest person before p given the role, else one
// given it in the next two sentences.
func (f *quoteFinder) resolveRole(p pos, role string) string {
	best, next := -1, -1
	var bestPos, nextPos pos
	for _, m := range f.mentions {
		e := f.ents[m.Entity]
		if e.Type != model.Person || slices.ContainsFunc(strings.Fields(role), func(w string) bool { return !holds(e.Titles, w) }) {
			continue // every word of the role: "prime minister" is not any minister
		}
		s := f.sents[m.Sentence]
		mp := pos{s.Para, s.Start + m.Start}
		switch {
		case mp.before(p):
			if best < 0 || bestPos.before(mp) {
				best, bestPos = m.Entity, mp
			}
		case next < 0 || mp.before(nextPos):
			next, nextPos = m.Entity, mp
		}
	}
	if best < 0 && next >= 0 && f.sentenceOf(nextPos) <= f.sentenceOf(p)+2 {
		// "the WHL commissioner said … "…," WHL commissioner Ron Robison
		// said": named as the article goes on.
		best = next
	}
	if best < 0 {
		return "" // "the minister" with no minister named: better unknown than wrong
	}
	return f.ents[best].Name
}

// holds reports a person's titles that name role, written out or short:
// "Gov. Ann Lee" is "the governor".
func holds(titles []string, role string) bool {
	return slices.ContainsFunc(titles, func(t string) bool { return t == role || shortTitles[t] == role })
}

// shortTitles are the abbreviations of titles written before names.
var shortTitles = map[string]string{
	"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "prof": "professor",
	"sgt": "sergeant", "lt": "lieutenant", "capt": "captain", "col": "colonel", "det": "detective",
	"insp": "inspector", "supt": "superintendent", "atty": "attorney", "pres": "president",
	"amb": "ambassador", "adm": "admiral", "cmdr": "commander", "dr": "doctor",
}

// beforeSpeech reports a mention of entity e in sentence si before its
// first verb of speech: "The Prime Minister, Margaret Thatcher, supported
// the ban which was announced …" names who the role is.
func (f *quoteFinder) beforeSpeech(si, e int) bool {
	st := f.sents[si]
	verb := len(st.Text)
	for _, t := range tokens(st.Text) {
		if speechVerbs[strings.ToLower(t.text)] {
			verb = t.start
			break
		}
	}
	return slices.ContainsFunc(f.mentions, func(m Mention) bool {
		if m.Sentence != si || m.Entity != e || m.Start >= verb {
			return false
		}
		_, owns := possessed(st.Text[m.End:]) // "prior to President Obama's visit" names no role's holder
		return !owns
	})
}

// fits scores how well a pronoun fits a person: 0 not at all ("she" for a
// man's name), 1 possibly, 2 a name known to be a person's.
func (f *quoteFinder) fits(e Entity, pronoun string) int {
	sex := f.sexOf(e)
	switch {
	case pronoun == "she" && sex == male, pronoun == "he" && sex == female:
		return 0
	case sex != unknownSex || len(e.Titles) > 0:
		return 2
	}
	return 1
}

// subjectOutside reports a name that opens its sentence before a relative
// clause the attribution at off opens: "Noriko Sawaki lives in a
// neighborhood that, she said, makes life exhausting" is hers to say.
func subjectOutside(sentence string, m Mention, off int) bool {
	if m.Start != 0 || off <= m.End || off > len(sentence) {
		return false
	}
	between := strings.TrimSpace(sentence[m.End:off])
	return strings.HasSuffix(between, " that,") || strings.HasSuffix(between, " which,") || strings.HasSuffix(between, " where,")
}

// titleSex are the titles that tell a person's sex.
var titleSex = map[string]int{
	"ms": female, "mrs": female, "miss": female, "madam": female, "lady": female, "dame": female,
	"queen": female, "princess": female, "sister": female, "chairwoman": female, "spokeswoman": female,
	"congresswoman": female,
	"mr":            male, "sir": male, "lord": male, "king": male, "prince": male, "father": male, "brother": male,
	"chairman": male, "spokesman": male, "congressman": male,
	// Kin a sentence's subject may be ("Her husband also has called …").
	"husband": male, "son": male, "widower": male, "fiance": male, "fiancé": male, "boyfriend": male, "uncle": male,
	"nephew": male, "grandson": male, "grandfather": male, "stepson": male, "stepfather": male,
	"wife": female, "daughter": female, "mother": female, "widow": female, "fiancee": female, "fiancée": female,
	"girlfriend": female, "aunt": female, "niece": female, "granddaughter": female, "grandmother": female,
	"stepdaughter": female, "stepmother": female,
}

// roleFits reports a role that a "he" or "she" may stand for: not "The
// King" for "she" nor "Her husband" for "she".
func roleFits(role, pronoun string) bool {
	head := strings.ToLower(role[strings.LastIndexByte(role, ' ')+1:])
	sex := titleSex[head]
	if sexed := sexedNouns[head]; sexed != "" {
		return sexed == pronoun // "The actress said Tom Berg … He said": not hers
	}
	return !(pronoun == "she" && sex == male || pronoun == "he" && sex == female)
}

// sexOf is a person's sex as a title or their given name tells it or, for
// a name the lists do not know, as the article's pronouns do (inferSexes).
func (f *quoteFinder) sexOf(e Entity) int {
	given := givenName(e.Name)
	if given == male || given == female {
		return given
	}
	// A title, but only for a name the lists do not know: "Mr. Obama" is
	// a title of Michelle Obama's too, where the surname stands alone.
	for _, t := range e.Titles {
		if sex := titleSex[t]; sex != unknownSex {
			return sex
		}
	}
	if f.sexes == nil {
		f.inferSexes()
	}
	if sex, ok := f.sexes[e.Key]; ok {
		return sex
	}
	if first, _, ok := strings.Cut(e.Name, " "); ok {
		if sex, ok := f.sexes[Key(first)]; ok {
			return sex // "Jayme told police …, her …" tells Jayme Closs's too
		}
	}
	return given
}

// forWhom reports a person named in an opening "For …," ("For Megda
// Belkacemi, Friday is a day she has been awaiting"): whom the sentence is
// about, as a subject would be.
func forWhom(sentence string, m Mention) bool {
	return m.Start == len("For ") && strings.HasPrefix(sentence, "For ") && strings.HasPrefix(sentence[m.End:], ",")
}

// inferSexes reads the sex of people whose given name the lists do not
// know, or give to either sex ("Jayme"), from the pronouns of the
// sentences they open, before anyone else is named and outside quotation
// marks: "Mamadou Dia was on a business trip when he ended up huddled in a
// room" makes "he" fit Mamadou Dia as well as any John. Sentences that
// disagree leave it unknown.
func (f *quoteFinder) inferSexes() {
	f.sexes = map[string]int{}
	conflict := map[string]bool{}
	// Each sentence's subject, and where the next person is named: a
	// pronoun before that is the subject's ("Niederreiter has four goals
	// since Minnesota traded him to Carolina for Victor Rask").
	first := make([]*Entity, len(f.sents))
	end := make([]int, len(f.sents))
	people := make([]int, len(f.sents)) // mentions of people
	for si, s := range f.sents {
		end[si] = len(s.Text)
	}
	for _, m := range f.mentions {
		typ := f.ents[m.Entity].Type
		if typ == model.Person {
			people[m.Sentence]++
		}
		switch {
		case typ == model.Person && (m.Start == 0 || forWhom(f.sents[m.Sentence].Text, m)):
			first[m.Sentence] = &f.ents[m.Entity]
		case typ == model.Person || typ == model.Other && givenName(f.ents[m.Entity].Name) != unknownSex:
			// A given name alone may be the pronoun's: "Conner railed
			// against Julia and blamed her".
			end[m.Sentence] = min(end[m.Sentence], m.Start)
		}
	}
	for si, s := range f.sents {
		subject := first[si]
		if subject == nil {
			continue
		}
		if given := givenName(subject.Name); given == male || given == female {
			continue
		}
		var he, she bool
		for i, part := range strings.Split(s.Text[:end[si]], `"`) {
			if i%2 == 1 {
				continue // inside a quotation: someone else's pronouns
			}
			for w := range text.AllWords(part) {
				switch strings.ToLower(w) {
				case "he", "him", "his", "himself":
					he = true
				case "she", "her", "hers", "herself":
					she = true
				}
			}
		}
		if !he && !she && people[si] == 1 && si+1 < len(f.sents) && f.sents[si+1].Para <= s.Para+1 {
			// The next sentence goes on with the only person this one
			// names: "Stacy Lewis said the week was calm. She enjoyed …"
			switch next, _, _ := strings.Cut(f.sents[si+1].Text, " "); next {
			case "He":
				he = true
			case "She":
				she = true
			}
		}
		sex := unknownSex
		switch {
		case he && !she:
			sex = male
		case she && !he:
			sex = female
		default:
			continue
		}
		if old, ok := f.sexes[subject.Key]; ok && old != sex {
			conflict[subject.Key] = true
		}
		f.sexes[subject.Key] = sex
	}
	for e := range conflict {
		delete(f.sexes, e)
	}
}

// pullQuotes finds the quotes a page sets apart with their speaker's name
// after them and no quotation marks: "It's very bad for our seniors if
// they have no backup. Tom Berg, Lundgate mayor". The name must be a
// person's the article quotes elsewhere (in quotes), so that a
// photographer's credit under a caption ("A cyclist rides by shuttered
// homes. Ben Nelms") is no one's words.
func (f *quoteFinder) pullQuotes(quotes []Quote) []Quote {
	var out []Quote
	for si, s := range f.sents {
		if si == 0 || f.sents[si-1].Para != s.Para || si+1 < len(f.sents) && f.sents[si+1].Para == s.Para {
			continue // the name ends a paragraph that says something before it
		}
		// The name, and at most a short label with a name in it: "Tom
		// Berg, Lundgate mayor"; not "Tom Berg, 28, was charged".
		name, desc, _ := strings.Cut(strings.TrimRight(s.Text, ". "), ", ")
		if n := text.NumFields(name); n == 0 || n > 4 || text.NumFields(desc) > 5 || strings.ContainsAny(desc, ",;:!?") ||
			desc != "" && !slices.ContainsFunc(strings.Fields(desc), capitalised) {
			continue
		}
		p := f.paras[s.Para]
		if strings.ContainsAny(p, `"“”`) {
			continue
		}
		speaker := -1
		for _, m := range f.mentions {
			if m.Sentence == si && m.Start == 0 && m.End == len(name) {
				speaker = m.Entity
			}
		}
		if speaker < 0 || f.ents[speaker].Type != model.Person || isAcronym(strings.ReplaceAll(name, " ", "")) ||
			!slices.ContainsFunc(quotes, func(q Quote) bool { return q.Speaker == f.ents[speaker].Name && f.sents[q.Sentence].Para != s.Para }) {
			continue
		}
		first := si
		for first > 0 && f.sents[first-1].Para == s.Para {
			first--
		}
		said := strings.TrimSpace(p[f.sents[first].Start:s.Start])
		if text.NumFields(said) < 6 || slices.ContainsFunc(f.sents[first:si], func(c Sentence) bool { return isCaption(c.Text) || strings.HasPrefix(c.Text, "In this ") }) {
			continue
		}
		out = append(out, Quote{Speaker: f.ents[speaker].Name, Text: said, Sentence: first})
	}
	return out
}
