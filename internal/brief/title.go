package brief

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// maxTitleWords is how long a title made from a sentence may run, and
// overrun how many words more it may keep rather than be cut short.
const (
	maxTitleWords = 18
	overrun       = 5
)

// Title names the story. A headline is used as it is when it is the only
// one, or the one every outlet gave, and names something the summary
// says. When headlines differ none is taken verbatim, since each carries
// its outlet's angle (and sometimes a value the others dispute): the
// title is the summary sentence that names most of the story's people,
// places and bodies, trimmed to a headline that says who, what and where.
// Failing that, the headline closest to the summary's lead, or with no
// headline the first summary sentence that is no quote, trimmed.
func Title(arts []Article, summary []model.Cited, entities []model.Entity, disputed map[string]bool) string {
	heads := map[string]string{}
	untitled := 0
	for _, a := range originals(arts) {
		k := strings.ToLower(strings.Join(strings.Fields(a.Title), " "))
		if k == "" {
			untitled++
		} else if heads[k] == "" {
			heads[k] = a.Title
		}
	}
	if len(heads) == 1 {
		for _, h := range heads {
			// Where several reports give no headline but one, a label of
			// three words or fewer names the event only as a work's name
			// the summary quotes ("The Road", a film's review), not as a
			// picture's credit ("Credit U.S. Senate").
			if aboutSummary(h, summary) && (untitled == 0 || text.NumFields(h) > 3 || quotesWork(h, summary)) {
				return withoutRubric(h)
			}
		}
	}
	if t := eventTitle(summary, entities, disputed); t != "" {
		return t
	}
	lead := ""
	if len(summary) > 0 {
		lead = summary[0].Text
	}
	best, bestSim := "", -1.0
	lv := text.TermVector(lead)
	for _, h := range heads {
		if sim := text.Cosine(text.TermVector(h), lv); sim > bestSim || (sim == bestSim && h < best) {
			best, bestSim = h, sim
		}
	}
	if best != "" {
		return withoutRubric(best)
	}
	for _, c := range summary {
		if t := headline(c.Text, entities); !quoted(c.Text) && !text.PointsBack(c.Text) && !opensBadly(t) && text.NumFields(t) >= 5 {
			return t
		}
	}
	// Every sentence quotes: one that reports a quote in its own words
	// ("Sergei Shoigu said the military had used "162 types of arms"")
	// makes a title, where one whose quote the trim cuts open does not.
	for _, c := range summary {
		if t := headline(c.Text, entities); !strings.HasPrefix(c.Text, `"`) && closedQuotes(t) && !text.PointsBack(c.Text) && !opensBadly(t) && text.NumFields(t) >= 5 {
			return t
		}
	}
	if lead == "" {
		// No sentence fit a summary: the first an article has still names
		// the story better than nothing.
		for _, a := range originals(arts) {
			if len(a.Sentences) > 0 {
				lead = a.Sentences[0]
				break
			}
		}
	}
	t := headline(lead, entities)
	if disputed[lead] {
		if w := withoutFigures(t); w != "" {
			t = w // a title settles no dispute, even the last one to choose
		}
	}
	return t
}

// rubric is a section's label before a headline: "Column: …", "The
// Latest: …", "Fact Check: …". It says what kind of piece the outlet ran,
// not what happened.
var rubric = regexp.MustCompile(`^(?i:column|opinion|analysis|editorial|commentary|comment|the latest|exclusive|breaking(?: news)?|watch|video|photos|live(?: updates)?|update|updated|explainer|podcast|obituary|fact check|factcheck|review|letters?): +`)

// withoutRubric is a headline without its section's label, when a
// headline of its own follows.
func withoutRubric(h string) string {
	if m := rubric.FindStringIndex(h); m != nil && text.NumFields(h[m[1]:]) >= 3 {
		return h[m[1]:]
	}
	return h
}

// quotesWork reports a summary that quotes name as a work's: "The Road"
// has been poured straight from McCarthy's bleak bottle.
func quotesWork(name string, summary []model.Cited) bool {
	for _, c := range summary {
		if strings.Contains(c.Text, `"`+name+`"`) || strings.Contains(c.Text, "“"+name+"”") {
			return true
		}
	}
	return false
}

// closedQuotes reports text whose quotation marks all close: a title, or
// the part of one before a comma (a comma inside a quotation is the
// speaker's).
func closedQuotes(t string) bool {
	return strings.Count(t, `"`)%2 == 0 && strings.Count(t, "“") == strings.Count(t, "”")
}

// aboutSummary reports a headline that shares a word with the summary's
// first sentences, or a story with no summary: a text's first line may be
// a section's heading ("Challenge Overview"), which names nothing the
// story is about.
func aboutSummary(h string, summary []model.Cited) bool {
	if len(summary) == 0 {
		return true
	}
	terms := text.Terms(h)
	for _, c := range summary[:min(3, len(summary))] {
		for _, t := range text.Terms(c.Text) {
			if slices.Contains(terms, t) {
				return true
			}
		}
	}
	return false
}

// eventTitle trims to a headline the first of the summary's first five
// sentences that names one of the story's entities reported by more than
// one article (by any, in a story of one): the summary leads with what
// the story's articles say most centrally, and the name says who or
// where. (Choosing the sentence that names the most entities instead
// picked side details: "A spokesman for Justice Department declined to
// comment"; BENCHMARKS.md.) Quotes are passed over, since a title speaks
// in no one's voice, and so is one that points back ("For example, …")
// or whose trimmed form names none of them or opens on a subordinate
// clause or a first person. A sentence carrying a disputed value loses
// the phrase with the figure. "" when none will do.
func eventTitle(summary []model.Cited, entities []model.Entity, disputed map[string]bool) string {
	var key []model.Entity
	for _, e := range entities {
		if len(e.Articles) > 1 {
			key = append(key, e)
		}
	}
	if len(key) == 0 {
		key = entities
	}
	named := func(s string) bool {
		return len(key) == 0 || slices.ContainsFunc(key, func(e model.Entity) bool { return names(s, e) })
	}
	for _, c := range summary[:min(len(summary), 5)] {
		if quoted(c.Text) || text.PointsBack(c.Text) || !named(c.Text) {
			continue
		}
		t := headline(c.Text, entities)
		if disputed[c.Text] {
			t = withoutFigures(t)
		}
		if text.NumFields(t) >= 5 && !opensBadly(t) && named(t) && !onlyOpening(t, c.Text, entities) {
			return t
		}
	}
	return ""
}

// onlyOpening reports a title that is only the phrase set before its
// sentence's subject, too long for the trim to drop: "In an interview
// about his friendship with … Jeffrey Epstein" says nothing happened.
func onlyOpening(t, sentence string, entities []model.Entity) bool {
	first, _, _ := strings.Cut(t, " ")
	opening, _, ok := strings.Cut(sentence, ", ")
	return ok && strings.HasPrefix(opening, strings.TrimSuffix(t, "…")) && adjunct(first, entities)
}

// opensBadly reports a title opening on a subordinate clause, a first
// person, a conjunction or a pronoun that points back ("Though, …",
// "We're …", "But …", "Her father …"), or one that speaks to the reader
// ("Many of you were concerned …").
func opensBadly(t string) bool {
	first, _, _ := strings.Cut(t, " ")
	first = strings.ToLower(strings.Trim(first, ",;:([\"“"))
	if i := strings.IndexAny(first, "'’"); i > 0 {
		first = first[:i] // "we're", "i'm"
	}
	you := closedQuotes(t) && slices.ContainsFunc(strings.Fields(strings.ToLower(t)), func(w string) bool { return w == "you" || w == "your" })
	return subordinators[first] || you || text.PointsBack(strings.TrimLeft(t, "([\"“")) || describesIt(t)
}

// describesIt reports a title that only describes what "it" or "that"
// is, named before: "It's a theory that will be put to the test …",
// "That's the course where …"; not "It's official: …".
func describesIt(t string) bool {
	l := strings.ToLower(strings.ReplaceAll(t, "’", "'"))
	for _, p := range []string{"it's a ", "it's an ", "it is a ", "it is an ", "it was a ", "it was an ", "that's ", "that is ", "that was "} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// withoutFigures cuts a title before the phrase that gives a figure, for a
// sentence that carries a disputed value ("…Tessellate Labs for $420
// million" when another report says $380 million); "" when the figure
// comes before any phrase to cut.
func withoutFigures(t string) string {
	words := strings.Fields(t)
	cut := -1
	for i, w := range words {
		if cutBefore[strings.ToLower(w)] {
			cut = i
		}
		if figure(w) {
			if cut < 0 {
				return ""
			}
			return strings.Join(words[:cut], " ")
		}
	}
	return t
}

// figure reports a word that states a number.
func figure(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",.;:$£€%"))
	return strings.ContainsAny(w, "0123456789") || numberWords[w] || strings.HasSuffix(w, "-hour") || strings.HasSuffix(w, "-day")
}

var numberWords = text.Set("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand million billion dozen dozens")

// names reports whether s names the entity, by its name or an alias.
func names(s string, e model.Entity) bool {
	if strings.Contains(s, e.Name) {
		return true
	}
	for _, a := range e.Aliases {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// withoutTimes drops the words that date the report, but not a day that
// owns what follows ("in Friday night's Game 3"), one that is a phrase's
// object ("until Friday", "spent Monday trying"), or one of a named day
// ("Black Friday"): without it the sentence would not stand.
func withoutTimes(s string) string {
	var b strings.Builder
	last, dropped := 0, -1 // dropped: where the last words dropped ended
	for _, m := range timeWords.FindAllStringIndex(s, -1) {
		if rest := s[m[1]:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		head := s[:m[0]]
		sp := strings.LastIndexAny(head, " \t\n")
		prev := head[sp+1:]
		first := strings.ToLower(strings.Fields(s[m[0]:m[1]])[0])
		ownPhrase := first == "on" // "on Monday" is no other word's object
		switch {
		case !ownPhrase && (dayObject[strings.ToLower(prev)] || weekdays[first] && namedDay[prev]):
			continue
		case !ownPhrase && (prev == "and" || prev == "or"):
			if sp != dropped {
				continue // "between Monday and Friday": its first day stays
			}
			b.WriteString(s[last:sp]) // "on Saturday and Sunday": both go
		default:
			b.WriteString(s[last:m[0]])
		}
		last, dropped = m[1], m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

var weekdays = text.Set("monday tuesday wednesday thursday friday saturday sunday")

// namedDay are the words that make a weekday a day of the year's name.
var namedDay = text.Set("Black Good Super Cyber Giving Easter Palm Ash Holy Maundy Bloody")

// dayObject are the words a day after them is the object of: dropped,
// the day would leave them hanging ("will continue until").
var dayObject = text.Set(`until till by since from to before after through between for of every each
	into past beyond than including except like due starting beginning effective spent spend spends spending`)

var (
	// timeWords date the report rather than name the event.
	timeWords = regexp.MustCompile(`(?i)\s+(?:(?:on|early|late|last|this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\b` +
		`|\s+(?:yesterday|today|tonight)\b` +
		`|\s+(?:earlier\s+|later\s+)?(?:last|this|next)\s+(?:week|weekend|month|year)\b` +
		`|\s+on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*(?:-|–|and|to)\s*\d{1,2})?(?:,\s*\d{4})?\b`)
	// weekdayDate is a day's date after it, set off by commas.
	weekdayDate = regexp.MustCompile(`\b((?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)),\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?,`)
	// ageBeforeName describes a person the title names ("of 21-year-old Tawon Boyd").
	ageBeforeName = regexp.MustCompile(`\b\d{1,3}-year-old\s+(\p{Lu}\p{L}*\s+\p{Lu})`)
	// partyTag is a politician's party and state after the name: "Ilhan
	// Omar (D-Minn.)", "Kristi Noem (R)"; a headline names them without.
	partyTag = regexp.MustCompile(` \((?:R|D|I)(?:-[A-Z][A-Za-z.]*)?\)`)
	// adjunctStarts open a phrase set before the subject ("On Tuesday, …",
	// "In a high-stakes move, …").
	adjunctStarts = text.Set("in on at by for from after during following earlier later late as amid despite while when before since until with without inside outside under across through within among beyond unlike once although though because using being given owing")
	// phraseBreaks end the role before a name ("and special envoy Steve
	// Witkoff").
	phraseBreaks = text.Set("and with between of by to for from in on at as than or over after amid against into")
	// cutBefore are where a long title may end: before a prepositional
	// phrase or a relative clause.
	cutBefore = text.Set("with between of by for from in on at over after amid against among into inside across along around through toward towards under near during since without that which who when while where because")
	articles  = text.Set("the a an")
	relatives = text.Set("who which that")
	// needOf are words that need what follows their "of": "the end of a
	// siege", "those of a fighter jet", "ahead of a hearing", "accused of
	// fraud".
	needOf = text.Set(`end start beginning middle part rest heart edge top bottom side front back centre center height wake eve
		those that one ones some most all many much none each both any few several number lot couple series kind sort
		ahead because instead out accused convicted guilty aware capable full afraid proud history use amount behalf
		thousands hundreds millions dozens minutes hours days weeks months years decades first second third fourth fifth last`)
	// needPlace are verbs that need where from or to: "came from".
	needPlace = text.Set("came come comes stemmed stems originated originate originates went goes headed moved")
	// subordinators open a clause that cannot stand as a title, and first
	// persons one that speaks in someone's voice.
	subordinators = text.Set("while although though if because as when since after before once unless whereas i we my our")
	// dateline is a wire story's opening place ("EAGAN, Minn. - ",
	// "DAYTON, Ohio (WDTN) - ").
	dateline = regexp.MustCompile(`^[A-Z][A-Z.' -]+,(?: [A-Z][A-Za-z]+\.?)*(?: \([A-Z]{2,6}\))?\s+(?:--?|—|–)\s+`)
	// dateLine is an update's time and date before a dash: "Noon, April
	// 17 - The police are seeking …".
	dateLine = regexp.MustCompile(`^(?:(?:Noon|Midnight|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?),?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s+(?:-+|–|—)\s+`)
	// sectionLabel heads a paragraph in capitals: "KEEPING SCORE: ",
	// "THE DAY IN ASIA: ".
	sectionLabel = regexp.MustCompile(`^\p{Lu}[\p{Lu}'-]+(?:,? \p{Lu}[\p{Lu}'-]*){0,4}: +`)
	// notNames are capitalised words a description may follow.
	notNames = text.Set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December")
)

// slashedRoles drops a run of roles written with slashes before a
// person's name that opens the sentence, which withoutRoles cannot read
// word by word: "Rapper/singer-songwriter/record producer/…/actor Snoop
// Dogg received a star".
func slashedRoles(s string, entities []model.Entity) string {
	if !strings.Contains(s, "/") {
		return s
	}
	first := -1 // where the first name of a person begins, past its space
	for _, e := range entities {
		if e.Type != model.Person {
			continue
		}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			i := strings.Index(s, " "+name+" ")
			if i <= 0 || first >= 0 && i > first {
				continue
			}
			// The word before is a role in lower case, not the rest of a
			// name ("coach/Martha Stewart BFF/actor").
			prev := s[strings.LastIndexByte(s[:i], ' ')+1 : i]
			if r, _ := utf8.DecodeRuneInString(prev[strings.LastIndexByte(prev, '/')+1:]); unicode.IsLower(r) {
				first = i
			}
		}
	}
	if first > 0 && strings.Contains(s[:first], "/") && !strings.ContainsAny(s[:first], ",.;:\"") && text.NumFields(s[:first]) <= 15 {
		return s[first+1:]
	}
	return s
}

// headline trims a sentence the way a subeditor would: the phrase before
// the subject, appositives and relative clauses, what follows the main
// clause, times, and the roles before people's names go, and a title still
// too long is cut before a preposition.
func headline(s string, entities []model.Entity) string {
	s = strings.TrimRight(strings.TrimSpace(s), ".!?;: ")
	s = dateline.ReplaceAllString(s, "")
	if m := sectionLabel.FindStringIndex(s); m != nil && unicode.IsUpper(firstRune(s[m[1]:])) {
		s = s[m[1]:] // "KEEPING SCORE: Germany's DAX added …"
	}
	s = dateLine.ReplaceAllString(s, "")
	// Phrases set before the subject go, one after another: "On Friday,
	// meanwhile, only hours before the game, it emerged …".
	for range 3 {
		c := strings.Index(s, ", ")
		if c <= 0 {
			break
		}
		first, _, _ := strings.Cut(s, " ")
		rest := s[c+2:]
		if strings.HasPrefix(rest, "including ") || strings.HasPrefix(rest, "such as ") {
			// The phrase goes on with examples: "After evidence linking
			// the drug to illnesses, including dementia, researchers …".
			_, rest, _ = strings.Cut(rest, ", ")
		}
		if tail, after, ok := strings.Cut(rest, ", "); ok && (listTail(tail) || stateAbbrev(tail)) {
			// "Festooned with comics of all styles, genres and levels of
			// expertise, the store …", "in Lake Cowichan, B.C., during …"
			rest = after
		}
		// What follows must open as a subject does: "At 17:30 she had
		// reigned for 23,226 days, 16 hours …" has no adjunct to drop.
		// A span since an event may run long and still be one phrase: "Two
		// years after passing out as a marine engineer from …, he says".
		since := sinceThen.MatchString(s[:c])
		// A clause of time, cause or purpose may run long too, when a
		// main clause follows it: "Even after Toyota and Nissan said … than
		// first announced, Mr. Takada dismissed suggestions …".
		clause := subordinateOpening(s[:c]) && mainClause(rest)
		opening := adjunct(first, entities) || timePhrase(s[:c]) || sentenceAdverb(s[:c], entities) || since || clause ||
			describesNext(first, rest, entities) || saidFirst(s[:c]) || verbless(s[:c], rest, entities)
		if !opening || text.NumFields(s[:c]) > 12 && !since && !clause || rest == "" || unicode.IsDigit(firstRune(rest)) || onlyNames(rest) {
			break // "Starring Julia Roberts, Lily Collins and Nathan Lane": no clause follows
		}
		s = rest
	}
	s = slashedRoles(s, entities)
	s = weekdayDate.ReplaceAllString(s, "$1") // "last Saturday, April 15, of Kristian Perez": the date's commas cut nothing
	s = unnamedSource(s)
	s = auxiliaryAside(s)
	s = appositives(s, entities)
	s = dashAsides(s)
	s = contrasted(s)
	s = listSubject(s)
	for _, sep := range []string{", ", "; ", ": ", " — ", " -- ", " – ", " - "} {
		for from := 0; ; {
			c := strings.Index(s[from:], sep)
			if c < 0 {
				break
			}
			// "According to a lawsuit," says whose claim follows: the cut
			// comes after the claim.
			attribution := from == 0 && strings.HasPrefix(s, "According to ")
			c += from
			next, _, _ := strings.Cut(s[c+len(sep):], " ")
			if f := strings.Fields(s[:c]); sep == ", " && strings.Contains(next, "-") && len(f) > 0 && figure(f[len(f)-1]) {
				from = c + len(sep) // "a $250 million, three-year deal": one noun phrase
				continue
			}
			if sep == ", " && listEnd(s[:c], s[c+2:]) {
				from = c + len(sep) // "Georgia, Tennessee, and North Carolina": a list's last comma
				continue
			}
			if sep == ", " && (placeOpens(s[c+len(sep):], entities) || placeCloses(s[:c], entities)) || !closedQuotes(s[:c]) {
				from = c + len(sep) // "in Murphy, North Carolina", "Carver County, Minnesota, sheriff's office", or inside a quotation
				continue
			}
			if sep == ", " && (auxiliaries[strings.ToLower(next)] && verbGroup(s[c+len(sep):]) || strayComma(s[:c], s[c+len(sep):])) {
				// "Ann Lee, 65, and Tom Berg, 45, of Essen, were arrested":
				// the comma that closed an appositive leaves the verb; not
				// a list's ("when they were seized, had no space, and …").
				s = s[:c] + s[c+1:]
				from = c + 1
				continue
			}
			// A comma before a sentence's last few words ("… in major,
			// statewide races") cuts no clause off; an attribution ("…,
			// police said") goes.
			if sep == ", " && text.NumFields(s[c+2:]) <= 3 && !speechTail(s[c+2:]) {
				from = c + len(sep)
				continue
			}
			if text.NumFields(s[:c]) >= 4 && !attribution && !(sep == ", " && nameList(s[c+2:])) {
				s = s[:c]
				break
			}
			from = c + len(sep)
		}
	}
	s = withoutTimes(s)
	s = ageBeforeName.ReplaceAllString(s, "$1")
	s = partyTag.ReplaceAllString(s, "")
	words := withoutRoles(strings.Fields(s), entities)
	// "Saudi Arabia will also sell …" points back to what the source said
	// before; a title stands alone. A doubled article is a typo.
	for i := len(words) - 1; i > 0; i-- {
		if w := strings.ToLower(words[i]); w == "also" || articles[w] && strings.EqualFold(words[i-1], w) {
			words = slices.Delete(words, i, i+1)
		}
	}
	n := len(words)
	words = fullNames(words, entities)
	// Given names added cut nothing, and a name with initials counts as two
	// words: "Robert H. Richards IV" takes no room from what he did.
	limit := maxTitleWords + len(words) - n
	for _, e := range entities {
		if name := strings.Fields(e.Name); e.Type == model.Person && len(name) > 2 && slices.ContainsFunc(name, analyze.Initial) && strings.Contains(strings.Join(words, " "), e.Name) {
			limit += len(name) - 2
		}
	}
	keep := 0 // words the cut must leave: a shortened subject's verb and the word after it
	if len(words) > limit {
		words = withoutConcession(words)
		words = withoutInnerClause(words, cutPoint(words, limit, 0))
		if cutPoint(words, limit, 0) <= firstVerb(words) {
			if short := shortSubject(words, limit); len(short) < len(words) {
				words, keep = short, firstVerb(short)+2
			}
		}
	}
	if cut := cutPoint(words, limit, keep); cut < len(words) {
		if relatives[strings.ToLower(words[cut])] {
			// "…in a voicemail that the housekeeper who …": a clause that
			// lost its verb goes whole.
			for j := cut - 1; j >= max(5, cut-4); j-- {
				if strings.EqualFold(words[j], "that") {
					cut = j
					break
				}
			}
		}
		for cut > 10 && capitalised(words[cut]) && capitalised(words[cut-1]) {
			cut-- // not inside a name: "…stay away from David H."
		}
		// A cut before an "of" the word before needs leaves it unfinished:
		// "…to identify the first…".
		// So does one after a verb that needs its place: "…threats came".
		ellipsis := !cutBefore[strings.ToLower(words[cut])] || strings.EqualFold(words[cut], "of") && needOf[strings.ToLower(words[cut-1])] ||
			needPlace[strings.ToLower(words[cut-1])]
		// A second clause ("…has been pre-programmed and the army of
		// engineers…") goes whole; a list of things ("The rise of Genghis
		// Khan and the huge Mongol Empire") has no verb to show one.
		for i := 5; i < cut-1; i++ {
			if strings.ToLower(words[i]) == "and" && articles[strings.ToLower(words[i+1])] && !strings.HasSuffix(words[i-1], ",") &&
				slices.ContainsFunc(words[:i], func(w string) bool { return auxiliaries[strings.ToLower(w)] }) {
				cut, ellipsis = i, false
				break
			}
		}
		if ellipsis {
			for cut > 10 && (phraseBreaks[strings.ToLower(words[cut-1])] || articles[strings.ToLower(words[cut-1])]) {
				cut-- // not "…extradited to the…"
			}
		}
		words = withoutSpan(words[:cut])
		// An appositive the cut left without its clause goes with its
		// comma: "…in "Kick-Ass 2," a character" was "…, a character who …".
		if n := len(words); !ellipsis && n > 8 {
			for k := n - 2; k >= n-4; k-- {
				if w := strings.TrimRight(words[k], `"”`); strings.HasSuffix(w, ",") && articles[strings.ToLower(words[k+1])] {
					words = words[:k+1]
					words[k] = strings.Replace(words[k], ",", "", 1)
					break
				}
			}
		}
		if ellipsis {
			words[len(words)-1] += "…"
		} else if n := len(words); participle(words[n-1]) && !auxiliaries[strings.ToLower(words[n-2])] && !subjects[strings.ToLower(words[n-2])] && !capitalised(words[n-2]) {
			words = words[:n-1] // "…the plumbing system hidden", "…the submarine captained"; not "…Richards IV suggested"
		}
	}
	// No title ends on a word that needs more ("…performance in", "…and",
	// "…doubles in those"), as one whose source lost a link's words does.
	for len(words) > 4 {
		last := strings.ToLower(strings.TrimRight(words[len(words)-1], ",;:"))
		if !phraseBreaks[last] && !articles[last] && last != "but" && last != "those" {
			break
		}
		words = words[:len(words)-1]
	}
	return upperFirst(strings.TrimRight(strings.Join(words, " "), ",;:"))
}

// subordinateOpening reports a sentence opening on a clause of time,
// cause, concession or purpose ("Even after …", "By the time …", "To
// further confirm …"), whose main clause follows. Not a condition ("If
// …"): without it the main clause would say more than the source.
func subordinateOpening(p string) bool {
	f := strings.Fields(strings.ToLower(p))
	if len(f) > 1 && intensifiers[f[0]] {
		f = f[1:] // "even after", "long before", "shortly after"
	}
	if len(f) < 3 {
		return false
	}
	if f[0] == "by" && f[1] == "the" && f[2] == "time" || f[0] == "to" && !articles[f[1]] && !figure(f[1]) && f[1] != "date" {
		return true // not "To date, …", "To the north, …"
	}
	return clauseStarts[f[0]]
}

var (
	intensifiers = text.Set("even just only long shortly soon right moments minutes hours days weeks months")
	clauseStarts = text.Set("after before when while as since until once although though because whereas")
)

// mainClause reports text that opens as a main clause does: on a name,
// an article or a pronoun, with a verb within its first few words ("Mr.
// Takada dismissed …"); not on a relative or a conjunction, as what
// follows a comma inside the opening clause does ("…, which …").
func mainClause(rest string) bool {
	f := strings.Fields(rest)
	if len(f) < 3 {
		return false
	}
	l := strings.ToLower(f[0])
	if relatives[l] || conjunctions[l] || subordinators[l] || !capitalised(f[0]) && !articles[l] && !subjects[l] {
		return false
	}
	v := firstVerb(f[:min(len(f), 9)])
	return v > 0 || slices.ContainsFunc(f[1:min(len(f), 6)], func(w string) bool { return verbFollows(w) && !capitalised(w) })
}

// withoutSpan drops a span of time a cut left at a title's end, which
// dated what was cut ("… the death of Tawon Boyd three days" was "… three
// days after police struggled with him"; "… the afternoon" was "… the
// afternoon of Oct. 22").
func withoutSpan(words []string) []string {
	n := len(words)
	if n < 8 || !spanUnits[strings.ToLower(words[n-1])] {
		return words
	}
	before := strings.ToLower(words[n-2])
	if r := firstRune(before); !articles[before] && !numberWords[before] && !unicode.IsDigit(r) && before != "several" && before != "few" ||
		dayObject[strings.ToLower(words[n-3])] {
		return words // "… is spending two weeks": the span is what is spent
	}
	return words[:n-2]
}

var spanUnits = text.Set("seconds minutes hour hours day days week weeks month months year years decades morning afternoon evening night")

// cutPoint is where a title of words too many for limit is cut: before
// a prepositional phrase or a relative clause, or all of them when what
// would be cut completes the phrase before it and is short; never before
// the word at keep.
func cutPoint(words []string, limit, keep int) int {
	if len(words) <= limit {
		return len(words)
	}
	for i := limit; i >= max(10, keep); i-- { // an earlier cut loses the object ("has ruled that …")
		if !closedQuotes(strings.Join(words[:i], " ")) {
			continue // not inside a quotation or a title: "…in "Gone With the Wind""
		}
		if needsPhrase(words, i) {
			// Cut after the phrase instead, where one ends soon: "…a
			// significant reduction in pay".
			for j := i + 2; j < len(words) && j <= limit+overrun; j++ {
				if cutBefore[strings.ToLower(words[j])] || strings.EqualFold(words[j], "and") {
					return j
				}
			}
			if len(words) <= limit+overrun {
				return len(words) // "…puts the margin between the two candidates at less than three points"
			}
			continue
		}
		if strings.EqualFold(words[i], "of") && (needOf[strings.ToLower(words[i-1])] || complement(words[:i]) || ofWhole(words, i)) {
			if len(words) <= limit+overrun {
				return len(words) // "…are very similar to those of a fighter jet"
			}
			continue // not "…announced the end", "…are targets"
		}
		if k := namesAfter(words, i); k > i+1 && k <= limit+overrun && (k == len(words) || cutBefore[strings.ToLower(words[k])]) {
			return k // "… six stores in Florida, Georgia, Tennessee, and North Carolina": the places are the news
		}
		if cutBefore[strings.ToLower(words[i])] && !verbAfter(words, i) && !reportedOpen(words, i) {
			return i
		}
	}
	if len(words) <= limit+overrun {
		return len(words) // whole rather than cut short
	}
	return limit
}

// reportedOpen reports a cut at i inside a reported clause that has no
// verb yet: "…Wells found that people | who sent romantic emails were …"
// would end on what was found without saying it, and the relative's
// "that" the cut would move back to leaves "…Wells found".
func reportedOpen(words []string, i int) bool {
	for j := i; j >= max(1, i-4); j-- {
		if strings.EqualFold(words[j], "that") && (analyze.SpeechVerb(strings.ToLower(words[j-1])) || findings[strings.ToLower(words[j-1])]) {
			return firstVerb(words[j:i]) < 0
		}
	}
	return false
}

// findings are verbs of finding out, which report a clause as speech does.
var findings = text.Set("found finds showed shows suggested suggests revealed reveals concluded concludes discovered determined learned")

// needsPhrase reports a phrase at i the word before needs: "a
// significant reduction in pay".
func needsPhrase(words []string, i int) bool {
	// A verb a few words before may need it too: "puts the margin between
	// the two candidates at", "blocked federal authorities from enforcing
	// the order", "is accusing an American oilman of fraud": what it is put
	// at, what was blocked or charged is the news.
	for _, v := range []struct {
		prep  string
		verbs map[string]bool
	}{{"at", putVerbs}, {"from", preventVerbs}, {"of", accuseVerbs}} {
		if !strings.EqualFold(words[i], v.prep) {
			continue
		}
		for k := i - 1; k >= max(1, i-8) && !strings.ContainsAny(words[k], ",;:"); k-- {
			if v.verbs[strings.ToLower(words[k])] {
				return true
			}
		}
	}
	return strings.EqualFold(words[i], "in") && changes[strings.ToLower(words[i-1])]
}

// accuseVerbs hold someone "of" something.
var accuseVerbs = text.Set("accused accuses accusing convicted convicts suspected suspects suspecting acquitted acquits cleared clears")

// preventVerbs keep someone "from" doing something.
var preventVerbs = text.Set("blocked blocks blocking barred bars barring banned bans banning prevented prevents preventing stopped stops stopping prohibited prohibits prohibiting kept keeps keeping restrained restrains discouraged discourages")

// putVerbs set a value with "at": "put the toll at 50", "estimated the
// cost at $5 million".
var putVerbs = text.Set("put puts putting placed places placing pegged pegs pegging estimated estimates estimating")

// changes are nouns of change, which say in what: "a reduction in pay".
var changes = text.Set("reduction reductions increase increases decrease decreases cut cuts rise rises fall drop drops decline declines jump surge growth spike slump")

// ofWhole reports an "of" at i that a name or a count holds together: "the
// University of Nebraska", "the Walk of Fame", "five counts of attempted
// murder", "1,500 pieces of equipment".
func ofWhole(words []string, i int) bool {
	if i+1 < len(words) && capitalised(words[i-1]) && capitalised(words[i+1]) {
		return true
	}
	if i < 2 {
		return false
	}
	w := strings.Trim(words[i-2], ",")
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || !articles[strings.ToLower(w)] && analyze.IsQuantityWord(strings.ToLower(w))
}

// verbAfter reports a cut at i that would leave a subject opening on an
// article without its verb: no word before i reads as one, an auxiliary
// follows ("The rise of Genghis Khan … in the early 13th century may have
// been helped").
func verbAfter(words []string, i int) bool {
	return articles[strings.ToLower(words[0])] && !verbBefore(words, i) &&
		slices.ContainsFunc(words[i:], func(w string) bool { return auxiliaries[bare(w)] })
}

// verbBefore reports a word before i that may be a verb.
func verbBefore(words []string, i int) bool {
	for k := 1; k < i; k++ {
		if verbAt(words, k) {
			return true
		}
	}
	return false
}

// dashAsides drops an aside set off by a pair of dashes when the sentence
// goes on after it: "Parise's first-period goals – he scored at 7:14 and
// at 19:56 – gave the Wild a lead" is "Parise's first-period goals gave
// the Wild a lead".
func dashAsides(s string) string {
	for _, dash := range []string{" — ", " – ", " -- ", " - "} {
		c := strings.Index(s, dash)
		if c < 0 {
			continue
		}
		e := strings.Index(s[c+len(dash):], dash)
		if e < 0 {
			continue
		}
		rest := s[c+len(dash)+e+len(dash):]
		if r := firstRune(rest); text.NumFields(s[:c]) >= 2 && unicode.IsLower(r) {
			return s[:c] + " " + rest
		}
	}
	return s
}

// withoutConcession drops a "despite …" phrase between a subject opening
// on an article and its verb, to make room for the verb: "The company's
// decision to float in Hong Kong despite months of protests is seen as a
// vote of confidence" loses "despite months of protests".
func withoutConcession(words []string) []string {
	d := slices.IndexFunc(words, func(w string) bool { return strings.EqualFold(w, "despite") })
	if d < 3 || !articles[strings.ToLower(words[0])] {
		return words
	}
	for k := 1; k < d; k++ {
		if verbAt(words, k) || strings.HasSuffix(words[k], ",") {
			return words // the clause has its verb already, or the phrase is set off
		}
	}
	for v := d + 1; v < min(len(words), d+12); v++ {
		if strings.HasSuffix(words[v-1], ",") {
			return words
		}
		if auxiliaries[bare(words[v])] {
			return slices.Concat(words[:d], words[v:])
		}
	}
	return words
}

// shortSubject drops the phrases that end a subject too long for its
// verb to fit in the title, from the last: "Weeks of rainy weather across
// Northern California and the storm runoff through the hills of gold
// country have triggered a new gold rush" loses "of gold country". Left
// as it is when no short phrase stands before the verb.
func shortSubject(words []string, limit int) []string {
	v := firstVerb(words)
	if v < 0 || !subjectOnly(words[:v]) {
		return words
	}
	out := words
	for v > limit-5 { // room for the verb and a few words of what it says
		p := -1
		for k := v - 1; k >= max(3, v-8) && !strings.ContainsAny(out[k], ",;:.()"); k-- {
			if cutBefore[strings.ToLower(out[k])] && !strings.ContainsAny(out[k-1], ",;:") {
				p = k
				break
			}
		}
		if p < 0 {
			return words
		}
		out = slices.Concat(out[:p], out[v:])
		v = p
	}
	return out
}

// withoutInnerClause drops a clause that describes a noun between it and
// its verb, an auxiliary, when a title cut at cut would lose that verb:
// "the case against six officers charged in the arrest and death of
// Freddie Gray will go forward" is "the case against six officers will go
// forward", "the housekeeper who was later found dead had planned to
// stay" is "the housekeeper had planned to stay"; so does one whose cut
// would leave the verb without its object ("A team led by researchers out
// of … has confirmed traces"). Where the verb fits, the clause stays:
// "The cameraman who contracted Ebola in Liberia is fighting for his
// life" says who he is. The first such clause goes, if any.
func withoutInnerClause(words []string, cut int) []string {
	titled := make([]bool, len(words)) // words of a work's title in quotes
	for k := range words {
		for i := range quotedTitle(words[k:]) {
			titled[k+i] = true
		}
	}
	for k := 2; k < len(words)-2; k++ {
		w, prev := words[k], strings.ToLower(words[k-1])
		relative := w == "who" || w == "which"
		reduced := participle(w) && prepositions[strings.ToLower(words[k+1])]
		// "A dress worn by Vivien Leigh as she played Scarlett O'Hara in
		// "Gone With the Wind" has fetched …": a clause of time about the
		// noun, with a subject of its own.
		next := strings.ToLower(words[k+1])
		timed := (w == "as" || w == "while" || w == "when") && subjects[next] && !relatives[next]
		if !relative && !reduced && !timed || capitalised(words[k-1]) && !relative && !timed || auxiliaries[prev] || articles[prev] || cutBefore[prev] ||
			strings.HasSuffix(prev, "ly") || strings.ContainsAny(words[k-1], `,;:"“”()`) {
			continue
		}
		// The clause runs to an auxiliary that is the noun's verb: after
		// the relative's own ("who was … had planned"). A work's title in
		// quotes is one of its nouns.
		own := reduced
		for m := k + 1; m < len(words) && m <= k+14; m++ {
			last := words[m-1]
			if titled[m-1] {
				last = strings.Trim(last, `"“”`)
			}
			if strings.ContainsAny(last, `,;:"“”()`) {
				break
			}
			if titled[m] {
				continue
			}
			if a := auxiliaries[strings.ToLower(words[m])]; a && coordinators[strings.ToLower(words[m-1])] {
				break // "measures demanded by its creditors and are now eyeing": the sentence's own subject's second verb
			}
			if a := auxiliaries[strings.ToLower(words[m])]; a && own {
				if m+3 < cut {
					return words
				}
				return slices.Concat(words[:k], words[m:])
			} else if a || pastVerb(words[m]) {
				own = true
			}
		}
	}
	return words
}

// quotedTitle is the number of words of a work's title in quotes that
// words open on ("\"Gone With the Wind\""), every word capitalised but
// the small ones; or 0.
func quotedTitle(words []string) int {
	if len(words) == 0 || !strings.HasPrefix(words[0], `"`) && !strings.HasPrefix(words[0], "“") {
		return 0
	}
	for i, w := range words[:min(len(words), 8)] {
		bare := strings.Trim(w, `"“”,.`)
		if !capitalised(bare) && !titleSmall[bare] {
			return 0
		}
		if i > 0 && (strings.HasPrefix(w, `"`) || strings.HasPrefix(w, "“")) {
			return 0 // another quote opens
		}
		if t := strings.TrimRight(w, ",."); strings.HasSuffix(t, "”") || strings.HasSuffix(t, `"`) && (i > 0 || strings.Count(t, `"`) == 2) {
			return i + 1
		}
	}
	return 0
}

// titleSmall are the words a title leaves in lower case.
var titleSmall = text.Set("a an the of with and or in on at to for from by")

var prepositions = text.Set("in at on of for with by from into over under against during after before near")

var coordinators = text.Set("and but or")

// subjectOnly reports words that read as a subject alone: no word that
// may be a verb, nor one that opens a clause whose verb would come after
// ("… on Father's Day while the two were inside"), and not opening on a
// participle ("Written by Joe Penhall").
func subjectOnly(words []string) bool {
	if len(words) == 0 {
		return false
	}
	if first := strings.ToLower(words[0]); participle(first) || pastVerb(first) || strings.HasSuffix(first, "ing") {
		return false
	}
	if stem, ok := strings.CutSuffix(strings.ReplaceAll(strings.ToLower(words[0]), "’", "'"), "'s"); ok && isContracted[stem] {
		return false // "It's home to …"
	}
	return firstVerb(words) < 0 && !verbBefore(words, len(words)) &&
		!slices.ContainsFunc(words, func(w string) bool { l := strings.ToLower(w); return subordinators[l] || relatives[l] })
}

// firstVerb is the index of the first word that reads as a verb in
// the past or with an auxiliary ("have triggered", "obscured"), or -1.
func firstVerb(words []string) int {
	for k := 1; k < len(words); k++ {
		if b := bare(words[k]); auxiliaries[b] || pastVerbs[b] || pastVerb(words[k]) && verbAt(words, k) {
			return k
		}
	}
	return -1
}

// pastVerb reports a word in the past tense: "performed", "sold"; not
// "Alberta-based".
func pastVerb(w string) bool {
	return pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.Contains(w, "-") && !capitalised(w)
}

// verbAt reports a word that reads as a verb where it stands: not a name,
// a possessive ("company's") or a plural after a preposition, an article,
// a figure or a possessive ("despite months of strikes", "20 years").
func verbAt(words []string, k int) bool {
	w := words[k]
	if capitalised(w) || !verbFollows(w) {
		return false
	}
	prev := strings.ToLower(words[k-1])
	return !(cutBefore[prev] || articles[prev] || prev == "despite" || figure(prev) || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") ||
		endsPlural(w) && (adjective(prev) || analyze.Demonym(prev)))
}

// adjective reports a word of an adjective's shape ("mysterious",
// "acoustic", "careless"), after which a plural is a noun, as after a
// people's name: "acoustic attacks", "Canadian diplomats"; not "the
// critic says".
func adjective(w string) bool {
	for _, suffix := range []string{"ous", "ful", "less", "ical"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return len(w) > 5 && strings.HasSuffix(w, "ic") && !icNouns[w]
}

// icNouns are nouns of an adjective's shape, which may be a verb's subject.
var icNouns = text.Set("critic critics mechanic clinic republic cleric medic skeptic sceptic comic public magic music logic topic traffic fabric")

// endsPlural reports a word that ends as a plural or a verb's third
// person does: "attacks", not "press".
func endsPlural(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }

// complement reports words ending on what a "to be" says its subject is
// ("are targets", "was the victim"), which its "of" completes.
func complement(words []string) bool {
	n := len(words)
	if n >= 3 && articles[strings.ToLower(words[n-2])] {
		n--
	}
	return n >= 2 && copulas[strings.ToLower(words[n-2])]
}

var copulas = text.Set("is are was were be been being")

// contrasted is the clause after ", but" when it names its subject: "The
// Galaxy S3 and S4 used Sony sensors, but the Galaxy S5 uses a new
// Samsung sensor" is about the S5. A clause on a pronoun or a common noun
// ("but the company …") needs the first to be understood.
func contrasted(s string) string {
	c := strings.Index(s, ", but ")
	if c < 0 || !closedQuotes(s[:c]) {
		return s
	}
	rest := s[c+len(", but "):]
	f := strings.Fields(rest)
	if len(f) > 0 && articles[strings.ToLower(f[0])] {
		f = f[1:]
	}
	if len(f) < 4 || !capitalised(f[0]) || subordinators[strings.ToLower(f[0])] || notNames[f[0]] {
		return s
	}
	return upperFirst(rest)
}

// verbGroup reports an auxiliary and the verb it goes with opening s:
// "were arrested", "has been", "is seeking".
func verbGroup(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	v := strings.ToLower(f[1])
	return v == "been" || v == "not" || strings.HasSuffix(v, "ing") || participle(v)
}

// participle reports a past participle that describes the noun before it
// and needs what the cut took ("captained by …", "hidden inside …").
func participle(w string) bool {
	if capitalised(w) {
		return false // "…met Ahmed"
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

var (
	irregularParticiples = text.Set("hidden taken given written known seen shown held built found led sold told caught brought bought kept left cast made paid sent spent won lost chosen driven stolen thrown shot struck beaten")
	auxiliaries          = text.Set("is are was were be been being has have had get gets got will would can could may might must should shall")
	subjects             = text.Set("i you he she it we they who that which")
)

// adjunct reports a first word that opens a phrase set before the
// subject: a preposition or conjunction ("In a high-stakes move,"), a day
// ("Friday, the Cherokee Scout reported"), or a participle ("Flanked by
// his family, Felipe VI was proclaimed") that is no one's name.
func adjunct(first string, entities []model.Entity) bool {
	first = strings.TrimRight(first, ",")
	l := strings.ToLower(first)
	if adjunctStarts[l] || notNames[first] {
		return true
	}
	// "According to X," is whose claim it is: it stays.
	participle := len(l) > 5 && l != "according" && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing"))
	return participle && !slices.ContainsFunc(entities, func(e model.Entity) bool { return slices.Contains(strings.Fields(e.Name), first) })
}

// describesNext reports a phrase opening on "A" or "An" set before a
// person's name, which it describes: "A product of Chicago public schools,
// Michelle Robinson studied …".
func describesNext(first, rest string, entities []model.Entity) bool {
	if first != "A" && first != "An" {
		return false
	}
	name, _, _ := strings.Cut(rest, " ")
	return capitalised(name) && slices.ContainsFunc(entities, func(e model.Entity) bool {
		return e.Type == model.Person && slices.Contains(strings.Fields(e.Name), name)
	})
}

// verbless reports a phrase with no verb, naming no one, set before a
// person's name and the clause it opens: "Hot off the success of his new
// sci-fi thriller Inception, Leonardo DiCaprio opened up to …". Not whose
// claim it is ("According to a lawsuit, …"), nor a list's first name
// ("Former mayor Tom Berg, Ann Lee and …").
func verbless(p, rest string, entities []model.Entity) bool {
	f := strings.Fields(p)
	if len(f) < 3 || firstVerb(f) >= 0 {
		return false
	}
	if l := strings.ToLower(f[0]); articles[l] || subjects[l] || l == "according" || !mainClause(rest) {
		return false
	}
	person := false
	for _, e := range entities {
		if e.Type != model.Person {
			continue
		}
		if strings.Contains(p, e.Name) {
			return false
		}
		person = person || strings.HasPrefix(rest, e.Name)
	}
	return person
}

// sentenceAdverb reports a lone adverb set before the subject
// ("Currently, …", "Meanwhile, …"; not "Italy, …").
func sentenceAdverb(p string, entities []model.Entity) bool {
	if i := strings.IndexByte(p, '('); i > 0 && strings.HasSuffix(p, ")") {
		p = strings.TrimSpace(p[:i]) // "Today (Nov. 18)"
	}
	l := strings.ToLower(p)
	if strings.Contains(l, " ") || slices.ContainsFunc(entities, func(e model.Entity) bool { return slices.Contains(strings.Fields(e.Name), p) }) {
		return false
	}
	return len(l) > 5 && strings.HasSuffix(l, "ly") || adverbs[l]
}

var adverbs = text.Set("meanwhile however still now today yesterday instead indeed also then thus overall nevertheless")

// timePhrase reports a phrase that only dates what follows ("One day
// earlier this month", "Two years ago").
func timePhrase(p string) bool {
	for _, w := range strings.Fields(p) {
		if l := strings.ToLower(w); !timeOnly[l] && !numberWords[l] && !notNames[w] && !strings.ContainsAny(l[:1], "0123456789") {
			return false
		}
	}
	return true
}

// sinceThen dates what follows by a span from an event: "Twenty-five years
// after the burglary", "only a few hours before the game".
var sinceThen = regexp.MustCompile(`(?i)^(?:only |just |some |about |nearly |almost )?(?:[\w-]+ ){0,2}(?:years?|months?|weeks?|days?|hours?|minutes?|decades?) (?:after|before|since|into|later|earlier|ago)\b`)

var timeOnly = text.Set("a an the this that last next earlier later early late ago recently of in on day days week weeks weekend month months year years morning afternoon evening night hours minutes")

// speechTail reports an attribution ending a sentence: "police said",
// "scientists suggest".
func speechTail(s string) bool {
	return slices.ContainsFunc(strings.Fields(s), func(w string) bool {
		w = strings.ToLower(strings.Trim(w, ".,;:"))
		return analyze.SpeechVerb(w) || analyze.SpeechVerb(w+"s")
	})
}

// saidFirst reports an attribution set before what it reports ("When
// they entered, the report said, Dixon refused to come out"): a title
// drops it, as it drops one set after.
func saidFirst(p string) bool {
	f := strings.Fields(p)
	return len(f) >= 2 && len(f) <= 4 && analyze.SpeechVerb(strings.ToLower(f[len(f)-1]))
}

// unnamedSource drops the clause that says why a source is not named
// from an attribution that opens a sentence: "According to an executive
// with the Academy who did not wish to be identified, officials have been
// in touch …" leaves the claim no room in a title; "According to an
// executive with the Academy," still says whose claim it is.
func unnamedSource(s string) string {
	c := strings.Index(s, ", ")
	if !strings.HasPrefix(s, "According to ") || c < 0 {
		return s
	}
	if i := strings.Index(s[:c], " who "); i > 0 {
		return s[:i] + s[c:]
	}
	return s
}

// onlyNames reports a list of names and nothing more.
var onlyNames = regexp.MustCompile(`^` + listName + `(?:, ` + listName + `)*,? and ` + listName + `$`).MatchString

// nameList reports a comma that goes on with a list of names ("Newt
// Gingrich, Rick Santorum and Mitt Romney"): the title keeps the list.
var nameList = regexp.MustCompile(`^` + listName + `(?:, ` + listName + `)*,? and ` + listName).MatchString

const listName = `\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}`

// appositives removes ", PHRASE," set after a name when the phrase opens in
// lower case ("Jared Kushner, son-in-law of …, and"), or after a short
// subject when it opens on an article ("The culprit, the Lone Star Tick,
// spreads …"), and relative clauses (", which lasted five hours,"): they
// describe, the title only names.
func appositives(s string, entities []model.Entity) string {
	for from := 0; ; {
		c := strings.Index(s[from:], ", ")
		if c < 0 {
			return s
		}
		c += from
		end := strings.Index(s[c+2:], ", ") // not the comma of "1,500"
		if end < 0 {
			return s
		}
		end += c + 2
		if !closedQuotes(s[:c]) {
			from = c + 2 // inside a quotation: its commas are the speaker's
			continue
		}
		if t, _, _ := strings.Cut(strings.TrimPrefix(s[end+1:], " "), " "); stateAbbrev(strings.TrimSuffix(t, ",")) || placeCloses(s[:c], entities) {
			from = c + 2 // "a Truro, N.S., police officer", "the Carver County, Minnesota, sheriff's office": the comma is the place's, not the phrase's end
			continue
		}
		phrase := s[c+2 : end]
		first, _ := utf8.DecodeRuneInString(phrase)
		w, _, _ := strings.Cut(phrase, " ")
		relative := w == "who" || w == "which" || w == "whose" || w == "including"
		after := strings.TrimSpace(s[end+1:])
		next, _, _ := strings.Cut(after, " ")
		switch {
		case next == "which" || next == "who" || next == "whose":
			from = c + 2 // "her label Big Machine, which owns …, is": the clause needs the noun
			continue
		case articles[strings.ToLower(w)] && (next == "a" || next == "an"):
			from = c + 2 // "several new SUVs, a compact car, a plug-in version …": a list
			continue
		case relative && text.NumFields(after) <= 4 && !verbFollows(after):
			return s[:c] // "…office, which will focus on its founder, Adam Neumann": the clause runs to the end
		}
		// A participle goes on with the clause ("confronted Moore,
		// ordering him to …, Smith said"); it describes no name.
		// After a subject with no verb yet, it describes the subject ("The
		// jetliner, carrying 239 passengers, disappeared").
		describing := strings.HasSuffix(verbOf(phrase), "ing") && !relative && subjectOnly(strings.Fields(s[:c])) && !isContracted[strings.ToLower(s[:c])] && verbFollows(s[end+1:])
		participle := strings.HasSuffix(w, "ing") && !relative && !describing
		// A past participle describes what it follows ("The cheerleaders,
		// called the Flight Crew, sued", "fruit flies, also known as
		// Drosophila hydei, are"), when a verb goes on after it; else its
		// comma may be a list's ("three varieties, known as the e2, e3
		// and e4 variants").
		pw := strings.TrimPrefix(phrase, "also ")
		pw, _, _ = strings.Cut(pw, " ")
		described := (len(pw) > 4 && strings.HasSuffix(pw, "ed") || irregularParticiples[pw]) && verbFollows(s[end+1:])
		// A region after a place ("a man from eastern Kansas, USA, sought
		// care").
		region := unicode.IsUpper(first) && text.NumFields(phrase) <= 2 && afterName(s[:c], entities) && verbFollows(s[end+1:])
		// A relation through another's name ("Andrew, Queen Elizabeth II's
		// third child, could …"), or a relation's name ("his wife,
		// Michelle, were").
		kin := verbFollows(s[end+1:]) && (unicode.IsUpper(first) && possessed(phrase) && afterName(s[:c], entities) ||
			kinNouns[strings.ToLower(lastWord(s[:c]))] && personName(phrase))
		age := strings.Trim(phrase, "0123456789") == "" // "Miles, 30, was arrested"
		// A preposition's phrase between a short subject with no verb yet
		// and its verb ("Russia, in its first detailed version of events
		// …, dismissed accusations", "The mayor, in a statement, said").
		prepAside := asidePrepositions[w] && c == strings.Index(s, ", ") && text.NumFields(s[:c]) <= 5 &&
			subjectOnly(strings.Fields(s[:c])) && verbFollows(s[end+1:])
		// A dash or bracket opens a list or an aside the next comma does
		// not close ("which occurred while he and three friends — Ann Lee,").
		aside := strings.ContainsAny(phrase, "—–") || strings.Count(phrase, "(") > strings.Count(phrase, ")")
		opener, _, _ := strings.Cut(s, " ")
		// "The culprit, the Lone Star Tick, spreads": a short subject renamed.
		renamed := articles[w] && c == strings.Index(s, ", ") && text.NumFields(s[:c]) <= 3 && articles[strings.ToLower(opener)]
		// A relative clause, or a participle's phrase before a plain verb,
		// may run longer than an appositive: it is no part of the main
		// clause, however long ("Kate del Castillo, known for her role as
		// … in a popular telenovela, was exploring").
		long := 12
		attribution := strings.HasPrefix(s, "According to ") && c == strings.Index(s, ", ")
		if relative || describing || described && (auxiliaries[bare(next)] || pastVerbs[bare(next)]) || articles[w] && (attribution || verbFollows(s[end+1:])) {
			long = 20 // but "with Alex Jones, the radio host who …, gun control, and …" goes on with a list
		}
		if relative && afterName(s[:c], entities) && verbFollows(s[end+1:]) {
			long = 40 // "Hadwin, who notched … during the fall of 2018, said he's excited …"
		}
		if prepAside {
			long = 20
		}
		// A description renamed by a person's name ("The wife of Mexican
		// drug lord Joaquin "El Chapo" Guzmán, Emma Coronel Aispuro, said"):
		// a short one gives way to the name, a long one keeps its place
		// and says who she is.
		if c == strings.Index(s, ", ") && articles[strings.ToLower(opener)] && personName(phrase) && !notNames[w] &&
			subjectOnly(strings.Fields(s[:c])) && verbFollows(after) {
			if text.NumFields(s[:c]) <= 3 {
				s = phrase + " " + after
			} else {
				s = s[:c] + " " + after
			}
			continue
		}
		if !aside && !participle && !auxiliaries[w] && (age || renamed || region || kin || prepAside || (unicode.IsLower(first) || strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-born")) && !conjunctions[w] && (relative || described || describing || afterName(s[:c], entities))) && text.NumFields(phrase) <= long {
			if attribution {
				s = s[:c] + "," + s[end+1:] // "According to Kestrel, the batch …": whose claim it is stays set off
				from = c + 2
			} else {
				if strings.HasPrefix(after, "according to ") || text.NumFields(after) <= 4 && speechTail(after) {
					return s[:c] // "…Works Agency, which provides aid to refugees, according to diplomats": the attribution goes with it
				}
				s = s[:c] + s[end+1:]
			}
			continue
		}
		from = c + 2
	}
}

var asidePrepositions = text.Set("in at on during after before with without for from under despite amid like unlike")

// personName matches one to three capitalised words.
var personName = regexp.MustCompile(`^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}$`).MatchString

var kinNouns = text.Set("wife husband son daughter mother father brother sister widow partner girlfriend boyfriend fiancé fiancée")

// verbOf is a phrase's first word after any adverbs: "realizing" in
// "probably not realizing that …".
func verbOf(phrase string) string {
	for w := range strings.FieldsSeq(phrase) {
		if l := strings.ToLower(w); l != "not" && l != "still" && l != "also" && !(len(l) > 4 && strings.HasSuffix(l, "ly")) {
			return l
		}
	}
	return ""
}

// possessed reports a short phrase that names something of someone's:
// "Queen Elizabeth II's third child", "the mayor's chief of staff".
func possessed(phrase string) bool {
	words := strings.Fields(phrase)
	if len(words) > 8 || !unicode.IsLower(firstRune(words[len(words)-1])) {
		return false
	}
	return slices.ContainsFunc(words[:min(len(words)-1, 4)], func(w string) bool {
		return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
	})
}

// placeOpens reports s opening with the name of a place the story names:
// the comma before it is a place's ("Murphy, North Carolina").
func placeOpens(s string, entities []model.Entity) bool {
	return slices.ContainsFunc(entities, func(e model.Entity) bool {
		return e.Type == model.Place && strings.HasPrefix(s, e.Name) && (len(s) == len(e.Name) || !unicode.IsLetter(firstRune(s[len(e.Name):])))
	})
}

// placeCloses reports text ending on a place set off after another
// ("the Carver County, Minnesota"): the comma after it closes the place.
func placeCloses(s string, entities []model.Entity) bool {
	p := strings.LastIndex(s, ", ")
	return p > 0 && capitalised(lastWord(s[:p])) && slices.ContainsFunc(entities, func(e model.Entity) bool {
		return e.Type == model.Place && e.Name == s[p+2:]
	})
}

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// honorifics end in a dot as a state's abbreviation does: "Tom Berg, Jr.,".
var honorifics = text.Set("Mr Mrs Ms Dr Jr Sr St Prof Gen Sen Rep Gov")

// stateAbbrev reports a state's or province's abbreviation: "N.S.",
// "B.C.", "Ont.", "Calif.".
func stateAbbrev(w string) bool {
	if len(w) < 3 || len(w) > 6 || !unicode.IsUpper(firstRune(w)) || honorifics[strings.TrimSuffix(w, ".")] {
		return false
	}
	// "N.S." or, at a title's end, "B.C"; "Ont." or "Calif."
	return strings.Contains(strings.TrimSuffix(w, "."), ".") || strings.HasSuffix(w, ".")
}

// verbFollows reports a clause that goes on with its verb: "are very
// similar", "sought care", "aren't the first".
func verbFollows(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	w = bare(w)
	if stem, ok := strings.CutSuffix(strings.ReplaceAll(w, "’", "'"), "'s"); ok {
		return isContracted[stem] // "he's", not "TODAY's Jenna Bush Hager"
	}
	return auxiliaries[w] || pastVerbs[w] || len(w) > 3 && (strings.HasSuffix(w, "ed") || endsPlural(w))
}

// strayComma reports a comma between a subject with no verb yet and a
// verb in the past ("Ann Lee and Tom Berg at the University of Essen,
// performed a search"); not before an attribution ("…, said") or a
// participle's phrase ("…, followed by kelp").
func strayComma(before, after string) bool {
	next, rest, _ := strings.Cut(after, " ")
	return pastVerb(next) && !analyze.SpeechVerb(next) && !strings.HasPrefix(rest, "by ") && subjectOnly(strings.Fields(before))
}

// auxiliaryAside drops an aside set off by commas between an auxiliary
// and its verb: "The President of the Senate shall, in the presence of
// both Houses, open all the certificates" keeps "shall open".
func auxiliaryAside(s string) string {
	for from := 0; ; {
		c := strings.Index(s[from:], ", ")
		if c < 0 {
			return s
		}
		c += from
		from = c + 2
		f := strings.Fields(s[:c])
		if len(f) < 2 || !auxiliaries[strings.ToLower(f[len(f)-1])] {
			continue
		}
		if end := strings.Index(s[c+2:], ", "); end >= 0 && bareVerb(s[c+2+end+2:]) {
			s = s[:c] + " " + s[c+2+end+2:]
		}
	}
}

// namesAfter is where the names after a preposition at i end, with the
// commas and "and" of their list; i+1 when none follow, or words[i] is
// no preposition.
func namesAfter(words []string, i int) int {
	if !cutBefore[strings.ToLower(words[i])] || relatives[strings.ToLower(words[i])] {
		return i + 1
	}
	k := i + 1
	for k < len(words) && (capitalised(words[k]) || words[k] == "and" || words[k] == "or") {
		k++
	}
	return k
}

// listTail reports the last items of a list a phrase began: a few words
// in lower case joined by "and" or "or", with no verb ("genres and levels
// of expertise").
func listTail(s string) bool {
	words := strings.Fields(s)
	if len(words) > 6 || !unicode.IsLower(firstRune(s)) || text.StopWord(words[0]) || subjects[words[0]] {
		return false
	}
	joined := false
	for i, w := range words {
		if i > 0 && (w == "and" || w == "or") {
			joined = true
		} else if auxiliaries[w] || pastVerb(w) {
			return false
		}
	}
	return joined
}

// listSubject shortens a subject that is a list too long for a title to
// its first item and its last, so that the verb still fits and agrees:
// "A row involving Taylor Swift, her former record label and a couple of
// big name US politicians looks like …" becomes "A row involving Taylor
// Swift and a couple of big name US politicians looks like …". Left as
// it is when it fits, or when a comma follows the last item soon (an
// aside, "Ann Lee, a senator and lawyer, said").
func listSubject(s string) string {
	if text.NumFields(s) <= maxTitleWords {
		return s
	}
	parts := strings.Split(s, ", ")
	if len(parts) < 2 || !closedQuotes(parts[0]) || !nounPhrase(strings.Fields(parts[0])) {
		return s
	}
	for i, p := range parts[1:] {
		before, after, ok := strings.Cut(p, " and ")
		if strings.HasPrefix(p, "and ") {
			before, after, ok = "", p[len("and "):], true
		}
		words := strings.Fields(before)
		if len(words) > 8 || !unicode.IsLower(firstRune(p)) || !closedQuotes(before) || len(words) > 0 && !nounPhrase(words) {
			return s // an aside: "…, titled "Mother and Child Care," smacks of …", "…, involving 100 cars and …"
		}
		if ok {
			if i+2 < len(parts) && text.NumFields(after) < 6 {
				return s
			}
			return parts[0] + " and " + strings.Join(append([]string{after}, parts[i+2:]...), ", ")
		}
	}
	return s
}

// nounPhrase reports a few words that read as a subject with no verb
// yet: none in the past or auxiliary, no clause opening, and no word in
// lower case that takes an object as a verb does, one before a
// determiner or a figure ("A man shot his girlfriend, her two children
// and …" lists what he did it to).
func nounPhrase(words []string) bool {
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	if first := strings.ToLower(words[0]); participle(first) || strings.HasSuffix(first, "ing") || relatives[first] || strings.Contains(first, "'") {
		return false // "titled …", "involving …", "It's …"
	}
	for k := 1; k < len(words); k++ {
		w := strings.ToLower(words[k])
		if auxiliaries[w] || pastVerbs[w] || subordinators[w] || relatives[w] || pastVerb(words[k]) && verbAt(words, k) {
			return false
		}
		if k+1 < len(words) && !capitalised(words[k]) && !cutBefore[w] && !phraseBreaks[w] && !articles[w] &&
			(determiners[strings.ToLower(words[k+1])] || unicode.IsDigit(firstRune(words[k+1]))) {
			return false
		}
	}
	return true
}

// listEnd reports a comma between two names that closes a list: "…,
// Tennessee, and North Carolina".
func listEnd(before, after string) bool {
	rest, ok := strings.CutPrefix(after, "and ")
	if !ok {
		rest, ok = strings.CutPrefix(after, "or ")
	}
	f := strings.Fields(before)
	next, _, _ := strings.Cut(rest, " ")
	return ok && len(f) > 0 && capitalised(f[len(f)-1]) && capitalised(next) && strings.Contains(before, ", ")
}

// bareVerb reports s opening on what may be a verb after a modal: a word
// in lower case that is no preposition, article or conjunction ("open
// all the certificates").
func bareVerb(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return w != "" && unicode.IsLower(firstRune(w)) && !cutBefore[w] && !articles[w] && !conjunctions[w] && !phraseBreaks[w]
}

// isContracted are the words whose "'s" is "is" or "has".
var isContracted = text.Set("it he she that there what who where here")

// bare is a verb in lower case without its negation: "aren't" is "are".
func bare(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "n't"), "n’t")
}

var pastVerbs = text.Set(`said told sought took made went came gave got found left held brought bought kept lost won began
fell ran saw met led spent sent built felt thought became wrote rose struck hit set put cut shut paid sold stood fled fought
caught taught drew grew knew threw flew broke spoke chose`)

// afterName reports whether s ends in a capitalised word other than a
// day or month: a name. A sentence's first word is capitalised anyway: it
// is a name only if an entity's is ("Putin, the Russian leader,"; not
// "Snow, ice or freezing rain").
func afterName(s string, entities []model.Entity) bool {
	i := strings.LastIndexByte(s, ' ')
	w := s[i+1:]
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || notNames[w] {
		return false
	}
	return i >= 0 || slices.ContainsFunc(entities, func(e model.Entity) bool { return slices.Contains(strings.Fields(e.Name), w) })
}

var conjunctions = text.Set("and but or nor so yet")

// withoutRoles drops the words before a person's name that give a role
// ("Russian President Vladimir Putin", "special envoy Steve Witkoff"): the
// title has room for the name only.
func withoutRoles(words []string, entities []model.Entity) []string {
	drop := make([]bool, len(words))
	for _, e := range entities {
		if e.Type != "person" {
			continue
		}
		name := strings.Fields(e.Name)
		for i := 0; i+len(name) <= len(words); i++ {
			if !matchAt(words, i, name) {
				continue
			}
			j := i - 1
			for ; j >= 0 && i-j <= 5 && (roleWord(words[j]) || words[j] == "of" && j > 0 && j+1 < i && analyze.Role(words[j-1]) && capitalised(words[j+1])); j-- {
				// "Secretary of State": an "of" between a role's words
			}
			if j == i-1 || !analyze.Role(words[i-1]) && !capitalised(words[i-1]) || j >= 0 && !roleStart(words[j]) {
				// No role, a verb ("plotting to kill Emmanuel Macron") or a
				// role that runs on ("fired news analyst Juan Williams").
				continue
			}
			if j >= 0 && articles[strings.ToLower(words[j])] {
				j-- // "the company's founder Ann Lee": the article goes too
			}
			for k := j + 1; k < i; k++ {
				drop[k] = true
			}
		}
	}
	out := words[:0:0]
	for i, w := range words {
		if !drop[i] {
			out = append(out, w)
		}
	}
	return out
}

// fullNames gives a person named by surname alone ("Tumblin began
// collecting costumes") the full name the story knows ("Jim Tumblin"),
// when one person of the story has that surname: a title stands alone.
func fullNames(words []string, entities []model.Entity) []string {
	var out []string
	done := map[string]bool{}
	joined := strings.Join(words, " ")
	for i, w := range words {
		base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		full := ""
		prev, next := "", ""
		if i > 0 {
			prev = words[i-1]
		}
		if i+1 < len(words) {
			next = words[i+1]
		}
		// Not part of a longer name ("Snoop Dogg", where the story knows a
		// "Tha Snoop" too), and no name used as an adjective ("the Obama
		// administration", "Trump aides").
		if capitalised(base) && !capitalised(prev) && !capitalised(next) && !articles[strings.ToLower(prev)] && !attributive[strings.ToLower(next)] && !otherNamed(base, entities) {
			for _, e := range entities {
				if name := strings.Fields(e.Name); e.Type == model.Person && len(name) > 1 && name[len(name)-1] == base &&
					!strings.EqualFold(name[len(name)-2], prev) { // "bin Laden"
					if full != "" {
						full = "" // two people of that name: the surname stays
						break
					}
					full = e.Name
				}
			}
		}
		if full == "" || done[full] || strings.Contains(joined, full) {
			out = append(out, w)
			continue
		}
		done[full] = true
		out = append(out, strings.Fields(full[:len(full)-len(base)])...)
		out = append(out, w)
	}
	return out
}

// otherNamed reports a word the story also uses as the whole name of
// something other than a person: "Washington" the city, where George
// Washington is also named.
func otherNamed(w string, entities []model.Entity) bool {
	return slices.ContainsFunc(entities, func(e model.Entity) bool { return e.Type != model.Person && e.Name == w })
}

// attributive nouns follow a name used as an adjective: "Obama
// administration", "Trump aides".
var attributive = text.Set("administration campaign government era presidency family team camp press aides adviser advisers officials supporters allies loyalists voters")

// roleWord reports a word that can belong to the role before a name: a
// title or role, a capitalised word ("Russian", "White House") or a
// possessive ("the company's founder"), but no verb, preposition or
// clause break.
func roleWord(w string) bool {
	if roleStart(w) {
		return false
	}
	l := strings.ToLower(w)
	if strings.HasSuffix(l, "ing") && !analyze.Role(w) {
		return false // "Starring Julia Roberts": a verb, no role
	}
	return analyze.Role(w) || capitalised(w) || strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s")
}

// roleStart reports a word a role may follow: a break, an article or a
// comma.
func roleStart(w string) bool {
	l := strings.ToLower(w)
	return phraseBreaks[l] || articles[l] || strings.HasSuffix(w, ",")
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// matchAt reports whether name's words stand at words[i:], trailing
// punctuation aside.
func matchAt(words []string, i int, name []string) bool {
	for k, n := range name {
		if strings.TrimRight(words[i+k], ",;:.'’s") != n && words[i+k] != n {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func upperFirst(s string) string {
	if s == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
