package analyze

import (
	"iter"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Entity is a person, organisation, place or other named thing in one article.
type Entity struct {
	Name  string   `json:"name"`
	Type  string   `json:"type"`
	Key   string   `json:"key"`
	Forms []string `json:"forms"`
	// Titles are the roles the article gives a person ("president", "aide").
	Titles []string `json:"titles,omitempty"`
	// Uncertain marks a lone capitalised word opening a sentence: a name
	// only if the story knows it as one ("Ushakov met…", not "Analysts say…").
	Uncertain bool `json:"uncertain,omitempty"`
}

// Mention is one place in the text where an entity is named.
type Mention struct {
	Entity   int `json:"entity"`
	Sentence int `json:"sentence"`
	// Start and End are byte offsets in the sentence.
	Start int `json:"start"`
	End   int `json:"end"`
}

// allWordSpans yields the byte spans of the words of s: a letter or digit,
// then letters, digits and the inner marks in more (what the regular
// expression [\p{L}\p{N}][\p{L}\p{N}<more>]* matches, written out for
// speed: it runs on every sentence).
func allWordSpans(s, more string) iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		start := -1
		var prev rune
		for i, r := range s {
			in := unicode.IsLetter(r) || unicode.IsDigit(r)
			switch {
			case start < 0 && in:
				start = i
			case start >= 0 && !in && r == prev && i-1 > start:
				// A mark doubled ends the word before it: "North
				// Korea........but", "Korea--but".
				if !yield(start, i-1) {
					return
				}
				start = -1
			case start >= 0 && !in && !strings.ContainsRune(more, r):
				if !yield(start, i) {
					return
				}
				start = -1
			}
			prev = r
		}
		if start >= 0 {
			yield(start, len(s))
		}
	}
}

// wordSpans returns the spans allWordSpans yields.
func wordSpans(s, more string) [][2]int {
	var out [][2]int
	for start, end := range allWordSpans(s, more) {
		out = append(out, [2]int{start, end})
	}
	return out
}

// connectorRun is how many connectors open ts before a capitalised word
// that goes on the name ("van der Meer"), or 0.
func connectorRun(ts []token) int {
	n := 0
	for n < len(ts) && n < 3 && connectors[ts[n].text] && (n == 0 || !ts[n].broken) {
		n++
	}
	if n == 0 || n == len(ts) || ts[n].broken || !capitalised(ts[n].text) {
		return 0
	}
	return n
}

// ofTheBody reports whether "of the" at ts[k] goes on to a body's name:
// after a body's noun ("Department of the Interior", "Bank of the
// West") or the "Friends" of a campaign ("Friends of the Earth"), where
// what follows names no place or body of its own. After a person or a
// post it starts another name ("President of the Philippines").
func ofTheBody(s string, ts []token, k int) bool {
	if k+2 >= len(ts) || ts[k].text != "of" || ts[k+1].text != "the" || ts[k+1].broken || ts[k+2].broken || !capitalised(ts[k+2].text) {
		return false
	}
	if l := ts[k-1].low; l == "state" && ts[k+2].text == "Union" {
		return true // "the State of the Union address"
	} else if !orgWords[l] && l != "friends" {
		return false
	}
	named := func(m int) bool {
		return knownName(joinTokens(ts[k+2:m])) || orgWords[ts[m-1].low] || places[ts[m-1].low] // "of the Islamic Republic of Iran"
	}
	m := k + 2
	for m < len(ts) && m < k+6 && !ts[m].broken && capitalised(ts[m].text) {
		m++
	}
	if named(m) {
		return false
	}
	for m+1 < len(ts) && m < k+6 && ts[m].text == "of" && !ts[m+1].broken && capitalised(ts[m+1].text) {
		m += 2 // "the House of Representatives"
	}
	// "the Navy of the United States", "the Leadership Council of the
	// Democratic National Committee": a body's part, and the body named;
	// "the Office of the State's Attorney", named in full.
	return !named(m) && !strings.HasPrefix(s[ts[m-1].end:], "'") && !strings.HasPrefix(s[ts[m-1].end:], "’")
}

// circuitAfter is where a court of appeals' name ends when "for the" at
// ts[k] goes on to its circuit ("Court of Appeals for the District of
// Columbia Circuit"), or 0.
func circuitAfter(ts []token, k int) int {
	if k+2 >= len(ts) || ts[k].text != "for" || ts[k+1].text != "the" || ts[k-1].low != "appeals" {
		return 0
	}
	for m := k + 2; m < len(ts) && m < k+7 && !ts[m].broken && (capitalised(ts[m].text) || ts[m].text == "of"); m++ {
		if ts[m].text == "Circuit" {
			return m + 1
		}
	}
	return 0
}

// forTheBody is where a body's name ends that goes on with "for the", a
// noun and what it is of ("Institute for the Study of War", "Center for
// the Study of the Drone"), when "for" is at ts[k]; or 0.
func forTheBody(ts []token, k int) int {
	if k+4 >= len(ts) || ts[k].text != "for" || ts[k+1].text != "the" || !orgWords[ts[k-1].low] ||
		!capitalised(ts[k+2].text) || ts[k+3].text != "of" || slices.ContainsFunc(ts[k+1:k+5], func(t token) bool { return t.broken }) {
		return 0
	}
	// The noun names an activity: "Study", "Protection", "Advancement";
	// not "thanked the Academy for the Gift of Life award".
	if n := ts[k+2].low; n != "study" && !strings.HasSuffix(n, "tion") && !strings.HasSuffix(n, "ment") && !strings.HasSuffix(n, "ance") && !strings.HasSuffix(n, "ence") {
		return 0
	}
	m := k + 4
	if ts[m].text == "the" && m+1 < len(ts) && !ts[m+1].broken {
		m++
	}
	if !capitalised(ts[m].text) {
		return 0
	}
	if m+2 < len(ts) && ts[m+1].text == "to" && !ts[m+1].broken && !ts[m+2].broken && capitalised(ts[m+2].text) {
		return m + 3 // "Society for the Prevention of Cruelty to Animals"
	}
	return m + 1
}

// serialName is where a body's name that lists three things or more
// ends, when its run ts[j:k] stops at the list's first comma: "Bureau of
// Alcohol, Tobacco, Firearms and Explosives", "Immigration, Refugees and
// Citizenship Canada"; or 0. A thing listed names nothing of its own, so
// "the University of Oregon, Washington and Stanford" stays three names.
func serialName(s string, ts []token, j, k int) int {
	plain := func(t token) bool {
		l := t.low
		return capitalised(t.text) && !places[l] && !knownOrgs[l] && !common(t.text) && !GivenName(t.text) &&
			!strings.ContainsFunc(t.text[1:], unicode.IsUpper)
	}
	listed := func(m int) bool {
		return m < len(ts) && ts[m].broken && s[ts[m-1].end:ts[m].start] == ", " && plain(ts[m])
	}
	if !listed(k) {
		return 0 // most runs: read nothing more
	}
	if ts[j].text == "The" {
		j++
	}
	afterOf := k-j >= 3 && ts[k-2].text == "of" && orgWords[ts[k-3].low] && plain(ts[k-1])
	if !afterOf && (k-j > 3 || slices.ContainsFunc(ts[j:k], func(t token) bool { return !plain(t) })) {
		return 0
	}
	m := k + 1
	for listed(m) {
		m++
	}
	if m+1 >= len(ts) || ts[m].text != "and" || ts[m].broken && s[ts[m-1].end:ts[m].start] != ", " || ts[m+1].broken {
		return 0
	}
	n := m + 1
	for n < len(ts) && n <= m+3 && !ts[n].broken && (plain(ts[n]) || ts[n].low == "canada") {
		n++
	}
	if n == m+1 || !afterOf && !orgWords[ts[n-1].low] && ts[n-1].low != "canada" {
		return 0
	}
	return n
}

// chambers open the names of their committees.
var chambers = wordSet("house senate assembly")

// andJoins reports how many tokens of rest, which opens on "and", go on
// the name in before: a body's name joins two things ("Food and Drug
// Administration", "Centers for Disease Control and Prevention"), a list
// joins two names ("Kestrel Press and Lundgate Times", "Bank of America
// and Merrill Lynch", "University of Essen and Lundgate University").
func andJoins(before, rest []token) int {
	if len(rest) < 2 || rest[0].text != "and" || rest[1].broken {
		return 0
	}
	m := 1
	for m < len(rest) && m <= 4 && !rest[m].broken && capitalised(rest[m].text) {
		m++
	}
	after := rest[1:m]
	if before[0].low == "the" {
		before = before[1:]
	}
	if andBodies[lower(joinTokens(before)+" and "+joinTokens(after))] ||
		len(before) > 1 && places[before[0].low] && andBodies[lower(joinTokens(before[1:])+" and "+joinTokens(after))] {
		return m // "Department of Health and Human Services", "Rock and Roll Hall of Fame", "U.S. Customs and Border Protection"
	}
	if m < len(rest) && rest[m].broken && spells(rest[m].text, before, after) {
		return m // "Aircraft Communications Addressing and Reporting System (ACARS)": the acronym says where the name runs
	}
	given := func(t token) bool { return GivenName(t.text) }
	if len(after) == 0 || slices.ContainsFunc(before, given) || slices.ContainsFunc(after, given) {
		return 0
	}
	if whole := lower(joinTokens(before)); len(before) == 0 || knownOrgs[whole] || places[whole] {
		return 0 // "United Nations and European Union": two names
	}
	if len(before) > 1 && places[before[0].low] {
		before = before[1:] // "U.S. Securities and Exchange Commission": the country qualifies the body
	}
	isOrg := func(t token) bool { return orgWords[t.low] }
	// A name of its own: "FBI", "Utah", "US Airways", "BSkyB".
	named := func(t token) bool {
		l := t.low
		return places[l] || knownOrgs[l] || slices.ContainsFunc(strings.Split(t.text, "-"), func(p string) bool {
			return len(p) > 1 && strings.ContainsFunc(p[1:], unicode.IsUpper) // a capital inside a word, not after a hyphen ("Geo-Informatics")
		})
	}
	last := after[len(after)-1].low
	switch {
	case orgWords[last] && len(after) > 1 && (len(before) == 1 || len(before) == 2 && !isOrg(before[1])) &&
		!slices.ContainsFunc(before, named) && !slices.ContainsFunc(after, named):
		return m // "Food and Drug Administration", "Securities and Exchange Commission"
	case chambers[before[0].low] && (last == "committee" || last == "subcommittee") && len(after) > 1 && !slices.ContainsFunc(after, named):
		return m // "House Energy and Commerce Committee", "Senate Energy and Natural Resources Committee": what a chamber's committee covers
	case last == "canada" && len(after) > 1 && len(before) <= 2 && !slices.ContainsFunc(before, named):
		return m // "Environment and Climate Change Canada", "Employment and Social Development Canada": Canada's departments
	case bodyOfWhat(before) && !named(before[len(before)-1]) && len(after) <= 2 && !orgWords[last] && !placeWords[last] && !places[last]:
		return m // "Centers for Disease Control and Prevention", "Ministry of Foreign Affairs and Trade", "National Museum of African-American History and Culture"
	case adjectiveEnd(before[len(before)-1].low) && len(after) > 1 && !adjectiveEnd(last) &&
		!slices.ContainsFunc(before, named) && !slices.ContainsFunc(after, named):
		return m // "Diagnostic and Statistical Manual", "School of Biological and Population Health Sciences": a name ends on no adjective
	}
	return 0
}

// bodyOfWhat reports a name opening on a body's word, or a word and a
// body's, then "of" or "for" and what the body is of: "Centers for …",
// "National Museum of …".
func bodyOfWhat(ts []token) bool {
	for k := 0; k <= 1 && k+2 < len(ts); k++ {
		if orgWords[ts[k].low] && (ts[k+1].text == "of" || ts[k+1].text == "for") {
			return true
		}
	}
	return false
}

// spells reports an acronym of three letters or more that spells the
// initials of the words before and after "and", with or without an A
// for it: "FAPIIS", "Federal Awardee Performance and Integrity
// Information System".
func spells(acronym string, before, after []token) bool {
	if len(acronym) < 3 || !isAcronym(acronym) || strings.Contains(acronym, ".") {
		return false
	}
	var b strings.Builder
	initials := func(ts []token) {
		for _, t := range ts {
			b.WriteByte(t.text[0])
		}
	}
	initials(before)
	n := b.Len()
	initials(after)
	if b.String() == acronym {
		return true
	}
	withAnd := b.String()[:n] + "A" + b.String()[n:]
	return withAnd == acronym
}

// adjectiveEnd reports a word ending as adjectives do and names seldom
// do: "Social", "Biological", "Diagnostic".
func adjectiveEnd(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, end := range []string{"ical", "ial", "onal", "ural", "ic"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// andBodies are bodies whose names join names of bodies, or of things
// ("The Globe and Mail"), as far as the capitalised words after "and" go
// ("Rock and Roll Hall" of Fame).
var andBodies = wordSet(`department_of_health_and_human_services department_of_housing_and_urban_development
immigration_and_customs_enforcement customs_and_border_protection globe_and_mail rock_and_roll_hall
centers_for_medicare_and_medicaid_services`)

// sharedSurname is the surname a lone given name shares with the full
// name after "and": "Chris and Dana White", "Barack and Michelle Obama".
// "" if words are more than a given name or no such name follows. (Not
// after a title: "Prince William and Kate Middleton" are two families'.)
func sharedSurname(words, rest []token) string {
	if len(words) != 1 || givenName(words[0].text) == unknownSex || len(rest) < 3 || rest[0].text != "and" || rest[1].broken {
		return ""
	}
	n := 1
	for n < len(rest) && !rest[n].broken && capitalised(rest[n].text) {
		n++
	}
	last := rest[n-1].text
	// A given name and a surname, perhaps a middle name; not "Louise
	// Gartner Professional Chair", nor "Mary Ann" (a second given name),
	// though a man's name after a woman's is her surname ("John and Patsy
	// Ramsey").
	first, sex := givenName(rest[1].text), givenName(last)
	if n < 3 || n > 4 || first == unknownSex || sex != unknownSex && (first == either || sex == either || sex == first) || orgWords[lower(last)] || placeWords[lower(last)] {
		return ""
	}
	return last
}

// personal reports a run that names a person by given name and surname:
// "of" after it says where the person is from ("John McCain of Arizona",
// "Ann Lee of MSNBC"), and is no part of the name, unlike "Rania of
// Jordan" or "Bank of America".
func personal(ts []token) bool {
	for len(ts) > 0 && (titleWords[ts[0].low] || parties[ts[0].low]) {
		ts = ts[1:] // "Sen. Tom Berg", "Republican Rep. Tom Berg"
	}
	if len(ts) < 2 || givenName(ts[0].text) == unknownSex || slices.ContainsFunc(ts, func(t token) bool { return t.text == "and" }) {
		return false // not "Rock and Roll Hall" of Fame: two names joined are no one person
	}
	last := strings.TrimSuffix(ts[len(ts)-1].low, "s")
	return !orgWords[last] && !placeWords[last] && !otherWords[last] // "John Jay College of Criminal Justice", "Royal Courts of Justice"
}

// employerAfter reports a name of two or more words that names no body,
// place or thing before "of" and a body's acronym or known name, or a
// body's name of two or more words: "Rosaly Lopes of NASA", "Ruediger
// Kuehr of United Nations University", whose given names the lists may
// lack, are people and their employers.
func employerAfter(before, after []token) bool {
	if len(before) < 2 || len(after) == 0 || places[after[0].low] {
		return false
	}
	known := isAcronym(after[0].text) || knownOrgs[after[0].low]
	if !known && !bodyRun(after) {
		return false
	}
	return !slices.ContainsFunc(before, func(t token) bool {
		l := t.low
		return orgWords[l] || placeWords[l] || otherWords[l] || titleWords[l] || places[l] || knownOrgs[l] ||
			!known && common(t.text) // not "Our Lady of Lourdes Hospital"
	})
}

// bodyRun reports capitalised words from the first on, two or more, that
// end on a body's word: "United Nations University".
func bodyRun(ts []token) bool {
	n := 0
	for n < len(ts) && n < 5 && capitalised(ts[n].text) && (n == 0 || !ts[n].broken) {
		n++
	}
	return n >= 2 && orgWords[ts[n-1].low]
}

var connectors = wordSet("of de da del der van von bin al la le du di dos das &")

var placeCues = wordSet("in at from near to across outside inside into toward towards via atop above below beyond")

// sitePrepositions are the place cues that hardly ever stand before a
// person's name, as "to" ("according to") and "from" ("a letter from") do.
var sitePrepositions = wordSet("in at near outside inside atop")

// candidate is a run of capitalised words that may name an entity.
type candidate struct {
	sent, start, end int
	words            []string
	titles           []string
	// lead is a title opening the sentence before the name ("Mayor
	// McCallum's …"), a common word there: the person's title when the
	// name is known as a person's, no sign that it is one ("Mrs.
	// Doubtfire").
	lead     string
	placeCue bool
	site     bool // after a preposition of place that people are not: "in Kuala Lumpur"
	around   bool // after "near" or "outside": a place, not a body there ("outside Covington"; "shares in Corvid" are the firm's)
	region   bool // put somewhere and followed by its region: "of El Monte, California,"
	town     bool // after "the city of": a place, even speaking as its council does
	speaks   bool // followed by a speech verb
	initial  bool // a lone word opening a sentence: a name only if known
	work     bool // after "book", "film", …: a work's title
	numbered bool // a number follows: "Kate Plus 8", "Apollo 11"
	unit     bool // one word after a number: "25,205.8 MW", "450 GT"
	told     bool // after a verb of telling: "Longoria told PEOPLE that"
	common   bool // one word, speaking, put somewhere or in capitals, the article also writes in lower case
	lowered  bool // one word the article writes in lower case, and capitalised only where a sentence opens
	surname  bool // a role's word alone, a mention only of a person of that surname
	body     bool // after a noun for a business: "the company, Xhibit"
	listed   bool // a body's for sure, whatever its first word: "firms including Mayer Brown"
	employer bool // after a job's noun and "at": "a strategist at Miller Tabak"
	article  bool // right after an article: "the Hollywood Reporter", "another Carnival Cruise ship"
	aged     bool // one word, an age set off after it: "Snoop, 47, went on …"
	who      bool // ", who" follows: someone's name, or a body's, but no place's
	venue    bool // a venue's noun follows: "the El Capitan theater", "the Georges Pompidou hospital"
	// phrase is words each of which the article also writes in lower
	// case, with nothing that marks a person: "Law Enforcement", "Fan
	// Vote", "Free People".
	phrase bool
}

// capsTitles are titles written in capitals, whose lower case is a name's
// word ("DA" and "da Silva"): "Adams County DA Bob Grant".
var capsTitles = wordSet("DA ADA AG")

// looseTitles before a name may qualify something else: "liberal Jewish
// groups", "veteran MPs", "the pilot Household Name", "model Tesla".
var looseTitles = wordSet("republican democrat conservative liberal pilot model star veteran")

// appositive is the noun after a name's comma that only a person is
// ("Roman, a local resident, …"), or "".
func appositive(ts []token) string {
	if len(ts) < 2 || !ts[0].broken || !articleWords[ts[0].low] {
		return ""
	}
	for _, t := range ts[1:min(len(ts), 3)] {
		if t.broken {
			break
		}
		if l := t.low; appositiveNouns[l] {
			return l
		}
	}
	return ""
}

var appositiveNouns = wordSet(`resident residents witness survivor neighbour neighbor student teacher nurse farmer
mother father son daughter wife husband widow spokesman spokeswoman spokesperson reporter journalist correspondent`)

// kinNouns before a name make it a person's: "her husband Daniel", "his
// son, Tom,". ("Partner" and "sister" are as often a business's.)
var kinNouns = wordSet(`husband wife son daughter mother father brother widow widower fiance fiancee fiancé fiancée
girlfriend boyfriend cousin uncle aunt nephew niece grandson granddaughter grandmother grandfather stepson stepdaughter
stepfather stepmother`)

// kinOwned reports a person's possessive before the kinship noun that
// ends before: "His sister Ida, a veterinarian,", "her partner, Sam,";
// not "sister company Xhibit" nor "the firm's partner Kestrel", whose
// owner is a business.
func kinOwned(before string) bool {
	n := 0
	for w := range text.FieldsBackward(before) {
		if n++; n == 2 {
			return kinOwners[strings.ToLower(w)]
		}
	}
	return false
}

// looseKin are kinship nouns that as often stand for a business's tie;
// kinOwners make them a person's.
var (
	looseKin  = wordSet("sister partner")
	kinOwners = wordSet("his her my your their our")
)

// bodyEnds close a firm's or a club's name, not a person's ("Sky Sports",
// "Leeds United"); alone they are no name.
var bodyEnds = wordSet("lines entertainment pictures films productions services solutions hotels resorts cruises sports united comics mobility mobile brands athletic albion research foods brewing investigations")

// partyNouns after a name make it a body's: "the Syriza party"; not
// a holiday's ("a Christmas party").
var partyNouns = wordSet("party parties coalition alliance movement")
var holidays = wordSet("christmas halloween easter birthday thanksgiving hanukkah diwali eid new")

// jobNouns are the jobs people hold at a firm or a school: the name after
// "a strategist at" is their employer's ("Miller Tabak", "Piper
// Jaffray"), though it reads as a person's.
var jobNouns = wordSet(`analyst analysts strategist strategists economist economists professor professors researcher
researchers scientist scientists director executive executives manager managers partner partners engineer engineers
trader traders banker bankers editor editors fellow lecturer associate consultant vice-president president chairman
chief officer official officials spokesman spokeswoman spokesperson employee employees worker workers staffer staffers`)

// employedFor reports a job's noun and "for the" ending before: "a
// spokeswoman for the Houston Airport System" names the body she works
// for (no person's name comes after "the").
func employedFor(before string) bool {
	i := 0
	for w := range text.FieldsBackward(before) {
		switch i {
		case 0:
			if w != "the" {
				return false
			}
		case 1:
			if w != "for" {
				return false
			}
		default:
			return jobNouns[strings.ToLower(w)]
		}
		i++
	}
	return false
}

// bodyNouns before a name make it a business's: "confectionery giant
// Nestle", "her former label Big Machine".
var bodyNouns = wordSet("company firm giant maker carmaker automaker retailer chain insurer airline startup rival conglomerate label club")

// bodyAppositive is a description set off after a name, with its
// noun: ", a non-partisan civic engagement group".
var bodyAppositive = regexp.MustCompile(`^, (?:a|an) (?:[\pL'-]+ ){0,4}?(\pL+)(?:[,.;]| (?:of|for|at|in|with|that|which|and|based|representing|from)\b)`)

// placeAppositive is a description set off after a name that makes it a
// place's: ", a town in Ohio", ", a volcanic island chain in the Pacific".
var placeAppositive = regexp.MustCompile(`^, (?:a|an) (?:[\pL-]+ ){0,2}?(?:town|city|village|hamlet|suburb|island|island chain|archipelago|municipality|borough)(?:[,.;]| (?:of|in|on|near|outside|north|south|east|west|about|some|that|which|where|with)\b)`)

// appositiveBodies name a body in a description after its name, as
// bodyNouns and groupBodyNouns do.
var appositiveBodies = wordSet("organization organisation agency foundation institute association union party charity business")

// groupBodyNouns before a name make it a body's, as bodyNouns do, but
// do not say which body "the group" is: "the campaign group Avaaz".
var groupBodyNouns = wordSet("group coalition charity nonprofit watchdog")

// openingBodyNouns are nouns of businesses that open sentences before
// their names too ("Retailer Harper Goods closed …"), unlike "giant" or
// "rival", which open names ("Giant Eagle", "Rival Sons").
var openingBodyNouns = wordSet(`carmaker automaker retailer insurer airline startup conglomerate developer publisher
chipmaker drugmaker lender miner grocer brewer steelmaker toymaker planemaker shipbuilder bookmaker`)

// listBodyNouns are plural nouns of businesses and bodies whose examples
// a list names: "companies including IBM", "clubs like Juventus";
// listPersonNouns, of people: "celebrities like Tiger Woods".
var (
	listBodyNouns = wordSet(`companies firms corporations businesses brands retailers banks lenders insurers airlines automakers
carmakers manufacturers clubs teams organizations organisations charities networks broadcasters outlets publishers
studios labels chains giants startups start-ups bookmakers`)
	listPersonNouns = wordSet(`people celebrities stars actors actresses singers musicians rappers comedians artists writers authors
athletes players golfers politicians candidates shooters killers`)
)

// listCues open a list of examples.
var listCues = []string{" including ", " such as ", " like "}

// listedAs reports the type of a name that before (its sentence up to
// the name) lists among the examples of a plural noun of bodies or of
// people, or "": "companies including Colgate Palmolive, Reckitt
// Benckiser and SAP", "clubs like Arsenal and Manchester United",
// "shooters such as Dylann Roof". The items before it must be names
// too: "companies like Novartis hiring people like Cohen" lists no body
// at Cohen.
func listedAs(before string) string {
	for _, cue := range listCues {
		i := strings.LastIndex(before, cue)
		if i < 0 {
			continue
		}
		t := ""
		switch noun := strings.ToLower(lastWord(strings.TrimRight(before[:i], ","))); {
		case listBodyNouns[noun]:
			t = model.Organization
		case listPersonNouns[noun]:
			t = model.Person
		default:
			continue
		}
		rest := before[i+len(cue):]
		if rest == "" {
			return t
		}
		rest, ok := cutListSep(rest)
		if !ok {
			return "" // "companies like Tesla hire …": the list has ended
		}
		for f := range strings.FieldsSeq(rest) {
			f = strings.TrimRight(f, ",")
			if !capitalised(f) && !listJoins[f] && !(strings.HasPrefix(f, "(") && strings.HasSuffix(f, ")")) {
				return ""
			}
		}
		return t
	}
	return ""
}

// cutListSep cuts the separator that ends s, a list's items so far.
func cutListSep(s string) (string, bool) {
	for _, sep := range [...]string{", and ", ", or ", ", ", " and ", " or "} {
		if r, ok := strings.CutSuffix(s, sep); ok {
			return r, true
		}
	}
	return s, false
}

// ListedPerson reports a name that before, its sentence up to the name,
// lists among the examples of a plural noun of people: "celebrities like
// Tiger Woods and Russell Brand".
func ListedPerson(before string) bool { return listedAs(before) == model.Person }

// listJoins may stand inside a list of bodies' names: "Kirkland & Ellis",
// "Wal-Mart de Mexico", "Nucor Corp (NUE.N), Owens Illinois (OI.N) and
// Ford".
var listJoins = wordSet("& and or of de the")

// publicationNouns before a name make it a publication's, a body too:
// "the journal Nature Astronomy", "the newspaper Kompas".
var publicationNouns = wordSet("journal magazine newspaper tabloid")

// pressNouns after a name make it a publication's: "People magazine"; not
// "journal", a diary too ("the Wilford Woodruff journal").
var pressNouns = wordSet("magazine newspaper tabloid")

// personTitles are the titles of a candidate known to name a person.
func (c candidate) personTitles() []string {
	if c.lead == "" {
		return c.titles
	}
	return append(slices.Clip(c.titles), c.lead)
}

type token struct {
	text       string
	low        string // lower(text), read often
	start, end int
	broken     bool // punctuation stands between this token and the last
}

func tokens(s string) []token {
	out := make([]token, 0, text.NumFields(s)+4) // a few more for hyphenated words
	prev := 0
	possessive := false
	nick := nicknames(s)
	for start, end := range allWordSpans(s, "'.-&") { // "AT&T" is one word
		if len(nick) > 0 && start >= nick[0][0] {
			if start < nick[0][1] {
				continue
			}
			prev, nick = start-1, nick[1:] // the name goes on as if the nickname were not there
		}
		if start > 0 && s[start-1] == '@' {
			continue // a handle ("@MattBevin") or an address names an account, no one
		}
		w := strings.TrimRight(s[start:end], "&") // not "Facebook&"
		end = start + len(w)
		if strings.HasSuffix(w, ".'") {
			w = w[:len(w)-1] // "'The Tonight Show.'": the mark closes after the sentence's period
		}
		// Keep the period of "U.S." and "St." but not a sentence's final one.
		// Nor an initial's: "Harry J. Kazianis" is one name.
		if strings.HasSuffix(w, ".") && !isDotted(w) && !nameAbbrevs[strings.ToLower(w)] && !Initial(w) {
			w = strings.TrimRight(w, ".")
		}
		gap := s[prev:start]
		// A possessive ends a name ("Ann Lee's Twitter account", "the
		// Herald's Tom Berg") unless what follows names a place or an
		// institution of its own: "St. Michael's Hospital" is one name,
		// but "May's Conservative Party" is two.
		// Nor after a place's, where a name comes before the institution:
		// "Ohio's Kenyon College" is Kenyon College in Ohio, as "New
		// York's Times Square" is the square; but "Spain's Parliament" is
		// no body apart from Spain.
		placeOwned := possessive && len(out) > 0 && (!orgWords[strings.ToLower(w)] || placeWords[lower(wordAfter(s[end:]))] || capitalAfter(s[end:])) && // "Indonesia's Museum Zoologicum Bogoriense": a name after the body's word
			(places[out[len(out)-1].low] || len(out) > 1 && places[lower(out[len(out)-2].text+" "+out[len(out)-1].text)])
		// "Men's Health", "Women's Wear Daily": a people's possessive opens
		// a title of its own.
		peoples := possessive && len(out) > 0 && possessingPeoples[out[len(out)-1].low]
		// "State's Attorney Marilyn Mosby", "the Office of the State's
		// Attorney": a prosecutor's title, whole.
		prosecutor := possessive && len(out) > 0 && out[len(out)-1].low == "state" && strings.EqualFold(w, "Attorney")
		broken := strings.TrimSpace(gap) != "" || (possessive && !peoples && !prosecutor && (!institutionFollows(s[start:]) || ownedBodies[strings.ToLower(w)] || placeOwned || personOwned(out) || w == "The")) // "NBC's The Office": a work's own name
		if r, _ := utf8.DecodeRuneInString(w); gap == " & " && !possessive && len(out) > 0 && capitalised(out[len(out)-1].text) && unicode.IsUpper(r) && !articleWords[lower(w)] {
			// "Barnes & Noble": the ampersand joins, as "of" does.
			out = append(out, token{text: "&", low: "&", start: prev + 1, end: prev + 2})
			broken = false
		}
		// Possessives go; hyphenated compounds become separate words
		// ("Putin-Trump talks") unless they continue a name ("Priya Raman-Holt").
		possessive = strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S") && isAcronym(w) || // "DAVE BASSETT'S stunt"
			len(w) > 2 && strings.HasSuffix(w, "s'") && capitalAfter(s[end:]) // a plural's before a name: "Tequila Works' Gylt"
		if possessive && !strings.HasSuffix(w, "'") {
			w = w[:len(w)-2]
		}
		w = strings.TrimSuffix(w, "'")
		parts := []string{w}
		if strings.Contains(w, "-") {
			parts = strings.Split(w, "-")
			// "Al-Qaeda-linked al-Shabaab", "Coca-Cola-owned": a hyphenated
			// name, then a word in lower case made of it.
			var tail []string
			if n := len(parts); n > 2 && capitalised(parts[0]) && parts[n-1] != "" && !strings.ContainsFunc(parts[n-1], unicode.IsUpper) {
				parts, tail = parts[:n-1], parts[n-1:]
				w = strings.Join(parts, "-")
			}
			if n := len(out); n > 0 && !broken && capitalised(out[n-1].text) && (allCapitalised(parts) || syllable(parts)) ||
				len(parts) == 2 && allCapitalised(parts) && hyphenPrefixes[strings.ToLower(parts[0])] && capitalAfter(s[end:]) ||
				allCapitalised(parts) && !knownOrgs[strings.ToLower(parts[0])] && institutionFollows(strings.TrimLeft(s[end:], " ")) || // "the Export-Import Bank"; not "the Arsenal-Nottingham Forest game"
				knownOrgs[strings.ToLower(w)] || places[strings.ToLower(w)] || particled(w) || titleWords[strings.ToLower(w)] ||
				len(parts) == 2 && givenName(parts[0]) != unknownSex && givenName(parts[1]) != unknownSex && capitalAfter(s[end:]) ||
				len(parts) == 2 && parts[0] == parts[1] && capitalised(parts[0]) && capitalAfter(s[end:]) || // "Yo-Yo Ma"
				len(parts) >= 2 && (saintly(parts[0]) || parts[0] == "Sainte") && allCapitalised(parts) || // "Saint-Denis", "Sainte-Foy": a place named for a saint
				allCapitalised(parts) && venueNouns[wordAfter(s[end:])] || // "Cedars-Sinai hospital", "the Hay-Adams hotel"
				acronymHyphen(parts) || // "SNC-Lavalin"
				len(parts) == 2 && len(out) > 0 && out[len(out)-1].text == "of" && !broken && capitalised(parts[0]) && !capitalised(parts[1]) && capitalAfter(s[end:]) ||
				len(out) > 0 && (out[len(out)-1].text == "on" || out[len(out)-1].text == "for") && !broken && allCapitalised(parts) && capitalAfter(s[end:]) {
				// "Priya Raman-Holt", "Jean-Claude Van Damme", "Editor-in-Chief",
				// "the Anti-Defamation League", "Wal-Mart",
				// "Church of Jesus Christ of Latter-day Saints", "Council on
				// American-Islamic Relations"; not "Pro-Russian rebels"
				parts = []string{w}
			}
			parts = append(parts, tail...)
		}
		off := start
		for i, p := range parts {
			if p != "" {
				out = append(out, token{text: p, low: lower(p), start: off, end: off + len(p), broken: broken || i > 0})
			}
			off += len(p) + 1
		}
		prev = end
	}
	return out
}

// personOwned reports a possessive that ends the tokens read so far on a
// person's name, which owns the body after it and is no part of it: a
// full name ("Maxime Bernier's People's Party") or a titled surname
// ("President Obama's National Security Council"); not "Prince George's
// County", "Kate's Father's Day", "U.S. Attorney's Office" or "Premier
// League's Europa League".
func personOwned(out []token) bool {
	if len(out) < 2 || out[len(out)-1].broken {
		return false
	}
	owner, last := out[len(out)-2], out[len(out)-1]
	if titleWords[owner.low] {
		return capitalised(owner.text) && !titleWords[last.low] && !orgWords[last.low] && surnameLike(last.text)
	}
	// A surname may be a given name too: "Rupert Murdoch's News Corporation".
	return givenName(owner.text) != unknownSex && (surnameLike(last.text) || givenName(last.text) != unknownSex && !titleWords[last.low] && !common(last.text))
}

var articleWords = wordSet("the a an")

// wordAfter is the first word of s, without the marks after it.
func wordAfter(s string) string {
	w, _, _ := strings.Cut(strings.TrimLeft(s, " "), " ")
	return strings.TrimRight(w, ",.;:!?)")
}

// eventEnds end the names of events, whatever body's name they hold.
var eventEnds = wordSet("awards ceremony gala fundraiser festival")

// partyOccasions before "Party" make it a celebration, no political party.
var partyOccasions = wordSet("oscar oscars halloween christmas birthday engagement wedding holiday launch premiere pool garden dinner cocktail farewell retirement")

// surnameLike reports a word that may end a person's full name: no given
// name, nor a common, kin or place word.
func surnameLike(w string) bool {
	return givenName(w) == unknownSex && !common(w) && !kinNouns[lower(w)] && !places[lower(w)]
}

// nickname is one or two capitalised words in quotation marks between the
// words of a name: William "Billy" Murphy, Joaquin "El Chapo" Guzmán.
var nickname = regexp.MustCompile(`\p{Lu}[\p{L}.'-]* ("\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)?") \p{Lu}`)

// singleNickname is a nickname in single quotes, whose words hold no
// apostrophe: "Joaquín 'El Chapo' Guzmán".
var singleNickname = regexp.MustCompile(`\p{Lu}[\p{L}.-]* ((?:'|‘)\p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]*)?(?:'|’)) \p{Lu}`)

// nicknames are the byte spans of the nicknames in s, marks included.
func nicknames(s string) [][2]int {
	var out [][2]int
	if capitalAfterMark(s, ` "`) && capitalAfterMark(s, `" `) { // most quotes are no nickname: the pattern is not tried on them
		for _, m := range nickname.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, [2]int{m[2], m[3]})
		}
	}
	if capitalAfterMark(s, ` '`) || capitalAfterMark(s, ` ‘`) {
		for _, m := range singleNickname.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, [2]int{m[2], m[3]}) // "Joaquín 'El Chapo' Guzmán"
		}
		slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	}
	return out
}

// capitalAfterMark reports a capital letter right after mark somewhere in s.
func capitalAfterMark(s, mark string) bool {
	for i := strings.Index(s, mark); i >= 0; {
		s = s[i+len(mark):]
		if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
			return true
		}
		i = strings.Index(s, mark)
	}
	return false
}

// hyphenPrefixes open a word of a name, never a name of their own.
var hyphenPrefixes = wordSet("anti pro non pan trans inter post pre neo")

// capitalAfter reports a capitalised word next in s: " League".
func capitalAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(s, " "))
	return strings.HasPrefix(s, " ") && unicode.IsUpper(r)
}

// koreanName reports a Korean family name that is a place's word too
// ("Park") before a given name of two syllables, hyphenated or not: "Park
// Ji-sung", "Park Geun-hye", "Park Dong Woo"; or after one hyphenated, in
// the Western order: "Chan-Wook Park".
func koreanName(words []string) bool {
	if len(words) == 2 && lower(words[1]) == "park" {
		return familyFirst([]string{words[1], words[0]}) // read in the Korean order
	}
	return lower(words[0]) == "park" && familyFirst(words)
}

// familyFirst reports a name written family name first, as Korean names
// are, known by its given name of two short syllables: "Kim Jong Un",
// "Kim Jong-il", "Park Geun-hye".
func familyFirst(words []string) bool {
	short := func(w string) bool { return len(w) >= 2 && len(w) <= 4 && capitalised(w) }
	switch len(words) {
	case 2:
		first, second, ok := strings.Cut(words[1], "-")
		return ok && short(first) && len(second) >= 2 && len(second) <= 4
	case 3:
		return short(words[1]) && short(words[2])
	}
	return false
}

// syllable reports a given name of two syllables joined by a hyphen, as
// Korean names are written: "Moon Jae-in", "Kang Kyung-wha"; not "Obama-era".
func syllable(parts []string) bool {
	return len(parts) == 2 && capitalised(parts[0]) && len(parts[1]) >= 2 && len(parts[1]) <= 4 &&
		!strings.ContainsFunc(parts[1], func(r rune) bool { return !unicode.IsLower(r) }) && !compoundTails[parts[1]]
}

var compoundTails = wordSet("era led run born made like type size wide long free area day days year old")

// institutionFollows reports a run of capitalised words at the start of s
// that ends in a word naming a place, an institution or a thing
// ("Hospital", "Republic", "Accords"): the possessive before it is part of
// its name.
func institutionFollows(s string) bool {
	first := true
	for w := range strings.FieldsSeq(s) {
		bare := strings.TrimRight(w, ".,;:!?)\"'’")
		if !capitalised(bare) {
			return false
		}
		// "the Weekly Standard's Bill Kristol": a given name before a
		// surname names a person, though "Bill" names things too.
		person := first && len(bare) == len(w) && givenName(bare) != unknownSex && capitalAfter(strings.TrimPrefix(s, w)) && surnameLike(wordAfter(strings.TrimPrefix(s, w)))
		first = false
		if l := strings.ToLower(bare); !person && (orgWords[l] || placeWords[l] || otherWords[l] || buildingSurnames[l] || l == "republic" || l == "bench") { // "Court of Queen's Bench"
			return true
		}
		if len(bare) < len(w) {
			return false // punctuation ends the run
		}
	}
	return false
}

// ownedBodies open bodies that a possessive before them holds, not names:
// "Trump's Justice Department", "May's Conservative Party", "Mourdock's
// Senate bid".
var ownedBodies = wordSet("justice state defense defence senate house conservative labour labor democratic republican liberal treasury interior energy education health homeland commerce foreign")

// nameAbbrevs keep their period in a name: "St. Louis", "Martin Luther
// King Jr.", "Acme Co.".
var nameAbbrevs = wordSet("st. mt. ft. jr. sr. co. inc. corp. ltd. bros.")

// Initial reports a capital letter and its period: "J.".
func Initial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w[size:] == "."
}

func allCapitalised(ws []string) bool {
	for _, w := range ws {
		if !capitalised(w) {
			return false
		}
	}
	return true
}

func isDotted(w string) bool {
	w = strings.TrimSuffix(w, ".")
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

// letterEnd reports a lone capital letter at ts[k] that ends the name
// before it, the sentence's last word or one in lower case after it:
// "Serie A clubs", "has Hepatitis C now"; not "I", nor a letter before a
// name ("John F Kennedy"), a number ("Navy P-8") or a mark.
func letterEnd(ts []token, k int) bool {
	t := ts[k].text
	if len(t) != 1 || t[0] < 'A' || t[0] > 'Z' || t == "I" || Initial(ts[k-1].text) || articleWords[ts[k-1].low] {
		return false
	}
	if k+1 == len(ts) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(ts[k+1].text)
	return !ts[k+1].broken && unicode.IsLower(r) && ts[k+1].low != "and" // not "Tom Berg A and Ann Lee"
}

// capitalised reports a word that can be part of a name: an initial
// capital followed by lower case, or an acronym of two or more capitals.
func capitalised(w string) bool {
	if particled(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || isContraction(w) {
		return false // "I'm Pete" names Pete
	}
	upper, letters := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 2 || strings.Contains(w, ".")
}

// endsAccordingTo reports text ending on "according to".
func endsAccordingTo(before string) bool {
	before = strings.TrimRight(before, " ")
	return len(before) >= 12 && strings.EqualFold(before[len(before)-12:], "according to")
}

// verbFirst reports a speech verb ending before that follows a quote or
// a clause ('"…," said', ', wrote') or opens the sentence ("Said Tom:"),
// so that the name after it is its subject, not its object ("Edward
// Said wrote Orientalism").
func verbFirst(before, verb string) bool {
	before = strings.TrimRight(before, " ")
	before = strings.TrimRight(before[:len(before)-min(len(before), len(verb))], " ")
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || strings.ContainsRune(`,"”'’:;—–-(`, r)
}

// addressees are speech verbs whose object is someone spoken to: "asked
// Chase", "told Tom".
var addressees = wordSet("told tells telling asked asks urged warned warns cautioned emailed texted")

// particled reports a name's word written after its article or a
// patronymic's word and a hyphen, or after an elided "de": "al-Assad",
// "Al-Assad", "el-Sisi", "d'Estaing"; and "sub-Saharan".
func particled(w string) bool {
	if len(w) > 2 && w[0] == 'd' && w[1] == '\'' {
		r, _ := utf8.DecodeRuneInString(w[2:])
		return unicode.IsUpper(r)
	}
	if len(w) < 4 || (w[2] != '-' && w[3] != '-') {
		return false // cheap: capitalised asks this of every word
	}
	p, rest, _ := strings.Cut(w, "-")
	r, _ := utf8.DecodeRuneInString(rest)
	switch strings.ToLower(p) {
	case "al", "el", "ul", "ibn", "bin", "sub":
		return unicode.IsUpper(r)
	}
	return false
}

// partitives open a sentence on a part or a number of what a name after
// "of" names.
var partitives = wordSet(`shares stock stocks part parts thousands hundreds millions dozens tens scores members residents
citizens supporters fans officials leaders workers employees staff students victims families relatives survivors
most some many much all each none both half rest majority`)

// promptLeads open a byline or a prompt to follow its writer.
var promptLeads = wordSet("by follow tweet email")

// mediaPrompts open a sentence that points the reader to a clip or a
// document: "Watch Spicer's comment above", "Read Ann Lee's letter".
var mediaPrompts = wordSet("watch read listen hear")

// references open a note's pointer to a source: "See Bushman, Joseph
// Smith and …".
var references = wordSet("see cf compare")

// contractions are a pronoun and a verb, never a name's word.
var contractions = wordSet("i'm i've i'll i'd it's that's there's here's what's who's let's he's she's we're we've they're they've you're you've")

// isContraction reports a pronoun run onto its verb, whichever apostrophe it
// is written with: "there's", "it’s".
func isContraction(w string) bool {
	if !strings.ContainsAny(w, "'’") {
		return false // most words: no copy made
	}
	return contractions[strings.ToLower(strings.ReplaceAll(w, "’", "'"))]
}

// candidates finds runs of capitalised words in the sentences.
func candidates(sents []string) []candidate {
	// Words seen capitalised away from a sentence's start are names there;
	// a sentence's first word is a name only if it is seen so elsewhere.
	midCap := map[string]bool{}
	// Those seen so opening a name, alone or as a surname: "Bank" in
	// "ICICI Bank" is the bank's word, no name of its own; "Park" in
	// "John Park" and "Mr. Lane" are.
	midAlone := map[string]bool{}
	// And those seen so alone, no name's first word: "World" alone,
	// not in "the World Economic Forum".
	midLone := map[string]bool{}
	// Words the article also writes in lower case are common nouns:
	// "Rescuers said" is no one's name where "rescuers" is written too.
	// Read only for a lone word that speaks, once.
	toks := make([][]token, len(sents))
	var lowSeen map[string]bool
	// The words that end a run of two names or more somewhere: "Curry"
	// in "Stephen Curry" is a surname, so "Curry and Klay Thompson" are
	// two, not Curry Thompson. So is a family name opening one: "Xi" in
	// "Xi Jinping".
	var ends map[string]bool
	surnames := func() map[string]bool {
		if ends == nil {
			ends = map[string]bool{}
			for _, ts := range toks {
				for j := 1; j < len(ts); j++ {
					if ts[j].broken || !capitalised(ts[j].text) || !capitalised(ts[j-1].text) {
						continue
					}
					if j+1 == len(ts) || ts[j+1].broken || !capitalised(ts[j+1].text) {
						ends[ts[j].text] = true
					}
					if familyOnly[ts[j-1].low] && (j == 1 || ts[j-1].broken || !capitalised(ts[j-2].text)) {
						ends[ts[j-1].text] = true
					}
				}
			}
		}
		return ends
	}
	// The words written right after a known given name: "Brown" in "Jerry
	// Brown", so "Gov. Brown" is someone's title and surname.
	var afterGiven map[string]bool
	givenBefore := func(w string) bool {
		if afterGiven == nil {
			afterGiven = map[string]bool{}
			for _, ts := range toks {
				for j := 1; j < len(ts); j++ {
					if !ts[j].broken && givenName(ts[j-1].text) != unknownSex {
						afterGiven[ts[j].text] = true
					}
				}
			}
		}
		return afterGiven[w]
	}
	written := func(w string) bool {
		if lowSeen == nil {
			lowSeen = map[string]bool{}
			for _, ts := range toks {
				for _, t := range ts {
					if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsLower(r) {
						lowSeen[t.text] = true
					}
				}
			}
		}
		return lowSeen[w]
	}
	for i, s := range sents {
		if Shouted(s) || headlineCase(s) {
			continue // every word is capitalised: none is told apart as a name
		}
		toks[i] = tokens(s)
		for j, t := range toks[i] {
			if j > 0 && capitalised(t.text) && !(t.broken && startsClause(s, t.start)) {
				if t.text == "The" && j+1 < len(toks[i]) && !toks[i][j+1].broken {
					// "told The Guardian": only that name keeps its
					// "The" where it opens a sentence.
					midCap["The "+toks[i][j+1].text] = true
					continue
				}
				midCap[t.text] = true
				if prev := toks[i][j-1]; t.broken || !capitalised(prev.text) || givenName(prev.text) != unknownSex || titleWords[prev.low] {
					midAlone[t.text] = true
				}
				if j+1 == len(toks[i]) || toks[i][j+1].broken || !capitalised(toks[i][j+1].text) {
					midLone[t.text] = true
				}
			}
		}
	}
	joinHyphenNames(sents, toks)
	var out []candidate
	for si, ts := range toks {
		for j := 0; j < len(ts); {
			if !capitalised(ts[j].text) || ts[j].start > 0 && sents[si][ts[j].start-1] == '#' { // "#HollywoodWalkOfFame": a tag
				j++
				continue
			}
			k := j + 1
			titled := false
			if n := quotedTitle(sents[si], ts, j); n > 0 {
				k, titled = n, true // "Dancing With the Stars": a work's title, whole
			}
			for k < len(ts) && !ts[k].broken {
				if Initial(ts[k-1].text) && common(ts[k].text) {
					break // "featuring Warren G. One of them": the initial ended a sentence
				}
				if k == j+1 && j > 0 && addressees[ts[j-1].low] && knownOrgs[ts[j].low] && givenName(ts[k].text) != unknownSex {
					break // "told MailOnline Julia inflicted …": the outlet told, then who it was told of
				}
				if creditBetween(ts, k) {
					break // "Luka Magnotta THE CANADIAN PRESS Police have …": a picture's caption and credit run onto a sentence
				}
				if placeThenPerson(ts, j, k) || bodyThenPerson(ts, j, k) {
					break // "the ambassador to Britain Liu Xiaoming", "International Air Transport Association Tony Tyler": a place or a body, then a person's full name
				}
				if knownOrgs[ts[k].low] && (k-j >= 2 && orgWords[ts[k-1].low] || k-j == 1 && isAcronym(ts[j].text) && !isAcronym(ts[k].text) && !places[ts[j].low] && !orgWords[ts[k].low] ||
					places[lower(joinTokens(ts[j:k]))] && !orgWords[ts[k].low] && !townBodies[ts[k].low] && (k+1 == len(ts) || ts[k+1].broken || !capitalised(ts[k+1].text))) &&
					!knownOrgs[lower(joinTokens(ts[j:k+1]))] {
					break // "the Malaysia Airlines Boeing 777", "VOA Pentagon correspondent", "the Middle East CIA station": a body or a place, then a body; not "FIFA Congress", nor "YL NBC"
				}
				if capitalised(ts[k].text) {
					k++
				} else if letterEnd(ts, k) {
					k++ // "Serie A clubs", "Hepatitis C": a letter ending a name
				} else if n := connectorRun(ts[k:]); n > 0 && !((ts[k].text == "of" || ts[k].text == "&") && personal(ts[j:k])) && !(ts[k].text == "of" && employerAfter(ts[j:k], ts[k+1:])) &&
					!(ts[k].text == "of" && givenName(ts[k+1].text) != unknownSex && places[lower(joinTokens(ts[j:k]))]) { // not "the return to the United States of Ali Vayeghan"
					k += n + 1 // "Anna van der Meer", "Bank of America"
				} else if n := circuitAfter(ts, k); n > 0 {
					k = n // "Court of Appeals for the Ninth Circuit": which court of appeals
				} else if n := forTheBody(ts, k); n > 0 {
					k = n // "Institute for the Study of War"
				} else if ofTheBody(sents[si], ts, k) {
					k += 3 // "Department of the Interior", "Friends of the Earth"
				} else if n := andJoins(ts[j:k], ts[k:]); n > 0 {
					k += n // "Food and Drug Administration", "Centers for Disease Control and Prevention"
				} else if ts[k].text == "for" && (orgWords[ts[k-1].low] || forHeads[ts[k-1].low]) && k+1 < len(ts) && !ts[k+1].broken && capitalised(ts[k+1].text) &&
					givenName(ts[k+1].text) == unknownSex && !titleWords[ts[k+1].low] { // not "thanked the Academy for Baron Cohen's work"
					k += 2 // "Centers for Disease Control", "Institute for Fiscal Studies"
				} else if ts[k].text == "for" && k == j+1 && forPeople(ts[j].low) && k+1 < len(ts) && !ts[k+1].broken && capitalised(ts[k+1].text) &&
					(givenName(ts[k+1].text) == unknownSex || dictionary[ts[k+1].low]) && !titleWords[ts[k+1].low] {
					k += 2 // "Americans for Prosperity", "Physicians for Human Rights": a campaign of people
				} else if ts[k].text == "on" && onBodies[ts[k-1].low] && k+1 < len(ts) && !ts[k+1].broken && capitalised(ts[k+1].text) &&
					!weekdays[ts[k+1].low] && monthNumbers[ts[k+1].low] == 0 && !onStreet(ts[k+1:]) {
					k += 2 // "Council on Foreign Relations"; not "the Committee on Monday", "the Center on Hollywood Boulevard"
				} else {
					break
				}
			}
			if n := serialName(sents[si], ts, j, k); n > 0 {
				k = n // "Bureau of Alcohol, Tobacco, Firearms and Explosives"
			}
			if j > 0 && ts[j-1].text == "al" && !ts[j].broken && knownOrgs["al "+lower(joinTokens(ts[j:k]))] {
				j-- // "al Qaeda", written "al-Qaeda" elsewhere: the article is the name's
			}
			for k-j > 1 && (ts[k-1].text == "The" || ts[k-1].text == "An") {
				k-- // "led by Julia Roberts The screenplay…": a full stop left out
			}
			c := candidate{sent: si}
			words := ts[j:k]
			// "High Commissioner for Refugees", "Special Envoy for Syria
			// James Jeffrey": a title's portfolio after "for" names no one,
			// though a place ("MP for Harwich") stays one; a full name may
			// follow it.
			if j > 1 && ts[j-1].text == "for" && !ts[j-1].broken && !ts[j].broken && titleWords[ts[j-2].low] && capitalised(ts[j-2].text) {
				if i := slices.IndexFunc(words[1:], func(t token) bool { return givenName(t.text) != unknownSex }) + 1; i > 0 && len(words)-i >= 2 {
					words = words[i:]
				} else if l := lower(joinTokens(words)); (len(words) > 1 || dictionary[l] || strings.HasSuffix(l, "s")) && !places[l] && !knownOrgs[l] {
					j = k
					continue
				}
			}
			atStart := !titled && (j == 0 || ts[j].broken && startsClause(sents[si], ts[j].start))
			if shoutedLabel(sents[si], words) || len(words) == 1 && shortHalves(words[0].text) {
				j = k // "KEEPING SCORE: Germany's DAX rose …": a section's label; "Wi-Fi", "Op-Ed": a thing's
				continue
			}
			if atStart {
				// A sentence's first word is capitalised anyway: keep it
				// only if it can be a name. A given name that is also a
				// common word opens a name set off by a comma: "Will
				// Young, a mechanic, said".
				named := len(words) == 2 && givenName(words[0].text) != unknownSex && !references[words[0].low] && strings.HasPrefix(sents[si][words[1].end:], ",") ||
					len(words) == 2 && months[words[0].low] && words[0].low != "may" && givenName(words[0].text) != unknownSex && (givenName(words[1].text) != unknownSex || surnameLike(words[1].text) && !dictionary[words[1].low]) // "June Carter sang"; not "May Allah grant"
				for !named && len(words) > 0 && (common(words[0].text) || gerund(words) || describing(words) || plight(words)) && !nationalName(words) && !(len(words) > 1 && clubPrefixes[words[0].text]) && !midCapAt(midCap, words) && !(honorific(c.lead) && len(words) == 1) &&
					!(len(words) > 1 && knownName(joinTokens(words))) && !(len(words) > 2 && knownName(joinTokens(words[:2]))) && // "General Motors", "New York Jets"
					!(len(words) > 2 && words[1].text == "for" && forPeople(words[0].low)) && // "Students for Fair Admissions"
					!(len(words) > 1 && possessingPeoples[words[0].low] && !words[1].broken) { // "Men's Health"
					if l := words[0].low; titleWords[l] && !titleQualifiers[l] && len(words) > 1 {
						c.lead = l // "Mayor McCallum's statements…"
					}
					words = words[1:]
				}
			}
			if k-j > 1 && promptLeads[ts[j].low] {
				j = k // "By Ann Lee", "Follow Ann Lee": a byline's or a prompt's, not the story's
				continue
			}
			if atStart && len(words) > 2 && words[1].text == "of" && partitives[words[0].low] {
				words = words[2:] // "Shares of Morgan Stanley", "Members of Congress": the name is after "of"
			}
			if len(words) > 1 && words[0].low == "born" {
				words = words[1:] // "Born Calvin Broadus, he …"
			}
			if len(words) > 1 && greetings[words[0].low] {
				words = words[1:] // "Hey George, get me a coffee"
			}
			if atStart && len(words) > 1 && mediaPrompts[words[0].low] {
				words = words[1:] // "Watch Spicer's comment above": a prompt to the reader
			}
			if len(words) > 1 && (nameless[words[0].low] || openers[words[0].low] || atStart && dictionary[words[0].low] && !midCap[words[0].text] && !places[lower(joinTokens(words[1:]))]) &&
				knownName(joinTokens(words[1:])) && !knownName(joinTokens(words)) {
				words = words[1:] // "… don't rush to upgrade When Samsung unveiled …": a headline run on; "Visit Business Insider"; not "Statistics Canada"
			}
			if n := shoutedWords(words); n > 0 && n < len(words) && hasLower(words[n].text) && (n >= 2 || knownName(joinTokens(words[n:]))) {
				words = words[n:] // "ELECTRONICS CONGLOMERATE Samsung": words shouted before a name; not "SEAL Team Six"
			}
			if len(words) > 1 && adverb(words[0].text) {
				words = words[1:] // "Unfortunately Samsung has …": an adverb opens no name
			}
			// A function word opens no name: "That Richard M. Nixon".
			if len(words) > 2 && nameless[words[0].low] && givenName(words[0].text) == unknownSex && givenName(words[1].text) != unknownSex &&
				!isAcronym(words[1].text) && !text.StopWord(words[len(words)-1].low) {
				words = words[1:]
			}
			if len(words) > 2 && !words[1].broken {
				// "Bernier's People's Party", "the CIA's Senior Intelligence
				// Service": a body of one the article names in full
				// elsewhere; not "Stella's Cafe", named for a given name.
				if gap := sents[si][words[0].end:words[1].start]; (gap == "'s " || gap == "’s ") && (givenName(words[0].text) == unknownSex || familyOnly[words[0].low]) && surnames()[words[0].text] {
					words = words[1:]
				}
			}
			words = withoutDays(words) // first: a day after a name is no part of what the titles are read against ("the American Cancer Society Monday")
			held := len(c.titles)
			words = stripTitles(words, &c)
			if len(words) == 1 && len(c.titles) > held && dictionary[words[0].low] && givenName(words[0].text) == unknownSex && !givenBefore(words[0].text) {
				c.titles = c.titles[:held] // "General Uselessness", "Justice Forever": a word after a title's that is no surname the article gives
			}
			if len(words) > 1 && words[0].text == "The" && places[lower(joinTokens(words[1:]))] {
				words = words[1:] // "The New York investment firm": a place's name, no body's
			}
			if n := len(words); n > 1 && (headlineVerbs[words[n-1].low] || n == 3 && givenName(words[0].text) != unknownSex && participle(words[n-1].text)) {
				words = words[:n-1] // "Kate Gosselin Got a Real Job", "Tom Berg Arrested": a headline's verb ends no name
			}
			if n := len(words); n > 1 && len(words[n-1].text) > 1 && isAcronym(words[n-1].text) && !isAcronym(words[n-2].text) && text.StopWord(words[n-1].low) {
				words = words[:n-1] // "the Fairfax County IT contractor": information technology ends no name
			}
			if n := len(words); n > 0 && words[n-1].text == "Crown" && words[n-1].start == ts[k-1].start && k < len(ts) && !ts[k].broken && crownRoles[ts[k].text] {
				words = words[:n-1] // "chief Crown attorney", "Halifax Crown prosecutor": a Canadian or British state lawyer's post
			}
			if n := len(words); n > 1 && words[n-1].low == "flight" && words[n-1].start == ts[k-1].start && numberedAt(ts, k) {
				words = words[:n-1] // "Malaysia Airlines Flight 370": the airline's
			}
			if len(words) > 2 && creditPairs[words[0].low+" "+words[1].low] {
				words = words[2:] // "AP Photo Trump threatens …": a picture's credit run onto a headline
			}
			if len(words) > 12 {
				words = nil // a heading or a list run together, no name: "ARTICLES OF IMPEACHMENT EXHIBITED BY THE HOUSE …"
			}
			if atStart && len(words) == 1 && ((placeWords[words[0].low] || orgWords[words[0].low] && ts[j].text != "The") && !midAlone[words[0].text] || sharedOpeners[words[0].low] && !midLone[words[0].text]) && !knownName(words[0].text) {
				words = nil // "State media have reported", "Prison guards charged", "Bank and financial stocks rose" where "ICICI Bank" is written: a noun, no name; not "The Committee said"
			}
			c.initial = atStart && len(words) == 1 && !midCap[words[0].text] && !knownName(words[0].text)
			// A role's word capitalised inside a sentence may be a surname
			// the article gives in full: "says analyst Ken Doctor. … Doctor
			// says"; it is a mention only if so.
			// So may a point of the compass ("West said"); alone, it is no
			// one's name ("38 North said": a website's, cut at its number).
			// So may "Day" or "Law" ("Doris Day … said Day").
			c.surname = len(words) == 1 && (roleNouns[words[0].low] || compass[words[0].low] || thingSurnames[words[0].low])
			if len(words) == 1 && calendarWords[words[0].low] && (honorific(c.lead) || slices.ContainsFunc(c.titles, honorific)) {
				c.surname = true // "Ms. May said": Theresa May, if the article names her
			}
			if len(words) > 0 && (c.surname || !(len(words) == 1 && (common(words[0].text) || creeds[words[0].low]))) {
				first := words[0]
				c.start, c.end = first.start, words[len(words)-1].end
				for i, w := range words {
					if i+1 < len(words) && words[i+1].broken {
						w.text += "," // a list inside a body's name: "Immigration, Refugees and Citizenship Canada"
					} else if i+1 < len(words) {
						// A possessive inside a name stays: "St. Michael's Hospital".
						if gap := sents[si][w.end:words[i+1].start]; gap == "'s " || gap == "' " {
							w.text += gap[:len(gap)-1]
						}
					}
					c.words = append(c.words, w.text)
				}
				if last := sharedSurname(words, ts[k:]); last != "" && len(c.titles) == 0 && c.lead == "" && !surnames()[words[0].text] {
					c.words = append(c.words, last) // "Chris and Dana White": Chris White
				}
				// Cues from the words around the name.
				if first.start > 0 {
					prev := "" // the word before "at" or "of" is read too
					for last := range text.FieldsBackward(sents[si][:first.start]) {
						last = strings.ToLower(last)
						if prev == "at" {
							c.employer = jobNouns[last]
							break
						}
						if prev == "of" {
							c.town = townNouns[last] // "the city of Edirne"
							c.body = bosses[last]    // "the founder of Public Allies"
							break
						}
						// "to Julia", "from Peter": a lone given name after
						// "to" or "from" is more often a person's than a city's.
						// "analysis from Poynter", "figures from Canalys": a source, no place
						sourced := last == "from" && sourcedFrom(sents[si][:first.start]) && !places[lower(joinTokens(words))]
						c.placeCue = placeCues[last] && !sourced && !((last == "to" || last == "from") && len(words) == 1 && givenName(words[0].text) != unknownSex) &&
							!(last == "to" && endsAccordingTo(sents[si][:first.start])) && // "according to Gallup" names a source, not a place
							!(last == "in" && (believedIn(sents[si][:first.start]) || paidIn(sents[si][:first.start]))) && // "believed in Santa", "$150,000 in Bitcoins": a faith's object, a currency, no place
							!((last == "to" || last == "from" || last == "in" && len(words) == 1 && givenName(words[0].text) != unknownSex) && opensPossessive(sents[si][c.end:])) // "from Lopetegui's departure", "in Michelle's world": the preposition is the possession's
						c.site = sitePrepositions[last]
						c.around = last == "near" || last == "outside"
						c.region = (placeCues[last] || last == "of" || last == "(") && regionAfter(sents[si][c.end:])
						// "envoy Steve Witkoff", "accountant Babatunji Farinloye", "her husband, Daniel,"
						bare := strings.TrimRight(last, ",") // the noun before an appositive's comma
						if roleNouns[last] || (occupations[last] || personNouns[last]) && !looseTitles[last] || kinNouns[bare] || looseKin[bare] && kinOwned(sents[si][:first.start]) {
							c.titles = append(c.titles, bare)
						}
						c.work = workNouns[last] || first.text == "The" && castIn.MatchString(sents[si][:first.start]) // "his new book Make Trouble", "his role in The Aviator"
						// "confectionery giant Nestle", "the company, Xhibit,", "the journal Science"
						c.body = bodyNouns[bare] || publicationNouns[bare] || openingBodyNouns[last] || groupBodyNouns[last] || sourced
						if listBodyNouns[last] {
							c.body, c.listed = true, true // "British bookmakers William Hill say": a plural of businesses, then their name
						}
						c.article = last == "the" || last == "a" || last == "an" || last == "another"
						// "…," says Tom; not "…," said Tom's lawyer, nor
						// "told Deadline's Nikki Finke", nor "Edward Said
						// wrote Orientalism", whose verb has its subject.
						after := sents[si][c.end:]
						c.speaks = speechVerbs[last] && (k == len(ts) || ts[k].broken) && !opensPossessive(after) && (addressees[last] || verbFirst(sents[si][:first.start], last))
						c.told = addressees[last]
						if last != "at" && last != "of" {
							break
						}
						prev = last
					}
				}
				if k < len(ts) && !ts[k].broken && speechVerbs[strings.ToLower(ts[k].text)] {
					c.speaks = true
				}
				c.employer = c.employer || c.article && len(words) > 1 && employedFor(sents[si][:first.start])
				if listedAs(sents[si][:c.start]) == model.Organization {
					c.body, c.listed = true, true // "companies including Colgate Palmolive, Reckitt Benckiser and SAP"
				}
				if len(words) == 1 && apStates[first.low] && strings.HasSuffix(strings.TrimRight(sents[si][:first.start], " "), ",") {
					rest, stop := strings.CutPrefix(sents[si][c.end:], ".")
					next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
					c.region = c.region || stop && !capitalised(next) // "Boca Raton, Fla., …": the state itself; not "Ann Lee, Miss. Berg"
				}
				if len(words) == 1 && apStates[first.low] && partyOf(sents[si][:first.start]) {
					c.region = true // "Nancy Pelosi (D-Calif.)", "Sen. Dianne Feinstein, D-Calif.,": the state a member sits for
				}
				c.venue = k < len(ts) && !ts[k].broken && venueNouns[ts[k].text]
				if rest, ok := strings.CutSuffix(sents[si][:c.start], " for "); ok && seatHolders[strings.ToLower(lastWord(rest))] {
					c.town = true // "Liberal MLA for Miramichi Bay-Neguac", "MP for Bath": the seat a member holds
				}
				if k < len(ts) && !ts[k].broken && partyNouns[strings.ToLower(ts[k].text)] && !holidays[ts[k-1].low] {
					c.body = true // "the Syriza party", "the Golden Dawn party"
				}
				if k < len(ts) && !ts[k].broken && pressNouns[strings.TrimSuffix(ts[k].text, "'s")] && !(len(words) == 1 && (titleWords[words[0].low] || saintly(words[0].text))) { // not "the Latter-day Saint newspaper"
					c.body = true // "People magazine", "the Sun newspaper"
				}
				if after := sents[si][c.end:]; strings.HasPrefix(after, ", a") { // most names: no regular expression run
					if placeAppositive.MatchString(after) {
						c.town = true // "Edirne, a city in Turkey,", "Merovia, a volcanic island chain in the Pacific,"
					} else if m := bodyAppositive.FindStringSubmatch(after); m != nil && (bodyNouns[m[1]] || groupBodyNouns[m[1]] || appositiveBodies[m[1]]) {
						c.body = true // "Civic Action, a non-partisan civic engagement group,"
					}
				}
				if (len(words) == 1 || len(words) == 2 && givenName(words[0].text) != unknownSex) && strings.HasPrefix(sents[si][c.end:], ",") {
					if role := appositive(ts[k:]); role != "" {
						c.titles = append(c.titles, role) // "Roman, a resident of the area, said", "Samantha Lane, a reporter for …"
					}
				}
				if len(words) == 1 {
					_, c.aged = afterAge(sents[si][c.end:])
				}
				c.who = strings.HasPrefix(sents[si][c.end:], ", who ")
				if len(words) > 1 && !c.speaks && len(c.titles) == 0 {
					c.phrase = !slices.ContainsFunc(words, func(w token) bool { return !written(w.low) })
				}
				// A title in quotation marks ("the "Pretty Woman" star") names a work.
				c.work = c.work || quotedAround(sents[si], c.start, c.end) || quotedAround(sents[si], ts[j].start, ts[k-1].end) || // "The Princess Bride"
					yearOwned(sents[si][:c.start]) || // "2016's Star Trek Beyond": a year's film or event, no one
					lawCase(sents[si], c.start, c.end) // "Obergefell v. Hodges": a case's parties name it
				c.numbered = k < len(ts) && !ts[k].broken && digits(ts[k].text)
				c.unit = len(words) == 1 && strings.HasSuffix(sents[si][:c.start], " ") && digits(lastWord(sents[si][:c.start]))
				if n := len(words); numbered(words[n-1].text) != "" && words[n-1].start == ts[k-1].start && k < len(ts) && !ts[k].broken && digits(ts[k].text) {
					// "Highway 12", "U.S. Route 66": a road by its number; "News 13": a station
					c.end, c.numbered = ts[k].end, false
					c.words = append(c.words, ts[k].text)
					k++
				}
				if len(words) == 1 && (words[0].low == "democratic" || words[0].low == "republican") && k < len(ts) && !ts[k].broken && !capitalised(ts[k].text) {
					j = k
					continue // "the traditional Democratic strongholds": a party's adjective, no name
				}
				if len(words) == 1 && partNouns[words[0].low] && (numberedAt(ts, k) || lettered(ts, k)) {
					j = k
					continue // "Chapter 11", "Article 50", "Phase 2", "Class 2A", "Group B", "Terminal B": a part or a grade of something, no name
				}
				// "A THIRD case … a third instance": a word shouted, no acronym.
				c.common = len(words) == 1 && (c.speaks || c.placeCue || isAcronym(words[0].text)) && written(words[0].low)
				c.lowered = len(words) == 1 && !isAcronym(words[0].text) && !midCap[words[0].text] && written(strings.ToLower(words[0].text))
				out = append(out, c)
			}
			j = k
		}
	}
	return out
}

// clubPrefixes open the names of sports clubs, written in capitals:
// "FC Porto", "AS Roma", "VfB Stuttgart".
var clubPrefixes = text.Set("FC AC AS SC CF FK SV VfB VfL SSC AFC RCD")

// venueNouns after a name make it a place's, in lower case only ("the
// Bataclan theatre"; not "club", a team, nor "bar", a sweet).
var venueNouns = wordSet(`theater theatre hotel motel stadium arena restaurant cafe café museum mall casino nightclub cinema ballpark
pub hospital church mosque synagogue temple cathedral school`)

// lastNamed are the head words that call a body alone: a club's
// ("United"), a paper's ("the Chronicle", "the Post"), a diocese's or a
// ministry's ("the Diocese" of the Catholic Diocese of Dallas).
var lastNamed = wordSet("united chronicle post journal times herald tribune gazette globe inquirer examiner courier sentinel diocese archdiocese ministry")

// headWord is the word a body's name rests on: its last, or the one
// before "of" ("Diocese" of "Catholic Diocese of Dallas").
func headWord(words []string) string {
	if i := slices.Index(words, "of"); i > 0 {
		return words[i-1]
	}
	return words[len(words)-1]
}

// bodyAdjectives end the names of clubs, firms and stations, never a
// person's.
var bodyAdjectives = wordSet("national federal central global")

// sharedOpeners open the names of many bodies, so that alone they name
// none: "World" is not the World Economic Forum.
var sharedOpeners = wordSet("world national international global general central federal royal new american british european")

// lettered reports a single capital letter at ts[k], naming a part of
// something after its noun: "Group B", "Gate H".
func lettered(ts []token, k int) bool {
	return k < len(ts) && !ts[k].broken && len(ts[k].text) == 1 && ts[k].text[0] >= 'A' && ts[k].text[0] <= 'Z'
}

// numberedNames end names that go on with a number, and say what they
// name: a road ("Highway 12"), a station ("News 13", "Channel 9") or a
// flight ("Flight 370").
var numberedNames = map[string]string{"highway": model.Place, "route": model.Place, "interstate": model.Place, "news": model.Organization, "channel": model.Organization,
	"flight": model.Other}

// numbered is what a name ending in w and a number names, or "": a road
// ("Highway 12", "SR 120", "CR 16", but not "Sr." after a name) or a
// station ("News 13").
func numbered(w string) string {
	if w == "SR" || w == "CR" {
		return model.Place // a state's or a county's road
	}
	return numberedNames[lower(w)]
}

// partNouns number the parts of a text, a law or a process, and grades
// and divisions.
var partNouns = wordSet(`chapter article section clause paragraph phase stage part volume episode page figure table level step
season seasons class region category grade round tier type group terminal gate unit`)

// creditPairs credit a picture: "AP Photo", "Getty Images".
var creditPairs = wordSet("ap_photo afp_photo reuters_photo getty_images")

// yearOwned reports text that ends on a year's possessive: "2016's ".
func yearOwned(before string) bool {
	y, ok := strings.CutSuffix(before, "'s ")
	if !ok {
		if y, ok = strings.CutSuffix(before, "’s "); !ok {
			return false
		}
	}
	w := lastWord(y)
	return len(w) == 4 && digits(w) && (w[0] == '1' || w[0] == '2')
}

// lawCase reports a name a case's "v." follows or comes after:
// "Obergefell v. Hodges".
func lawCase(s string, start, end int) bool {
	return strings.HasPrefix(s[end:], " v. ") || strings.HasPrefix(s[end:], " vs. ") ||
		strings.HasSuffix(s[:start], " v. ") || strings.HasSuffix(s[:start], " vs. ")
}

// numberedAt reports a number or a code opening on a digit at ts[k]: "2",
// "2A".
func numberedAt(ts []token, k int) bool {
	return k < len(ts) && !ts[k].broken && ts[k].text != "" && ts[k].text[0] >= '0' && ts[k].text[0] <= '9'
}

// placeThenPerson reports a run of capitalised words ts[j:k] that names a
// known place or body where a role is held and goes on at k with a
// person's full name: "ambassador to Britain Liu Xiaoming", "envoy to
// Ukraine Kurt Volker", "Ambassador to the European Union Gordon
// Sondland", "mayor of Paris Anne Hidalgo", "President of France
// Emmanuel Macron"; not "Paris Hilton" (a given name first), "Detroit
// Free Press" or "Tampa Bay Buccaneers" (a body or a place goes on).
func placeThenPerson(ts []token, j, k int) bool {
	// The cheap tests first: this runs at every word a run of capitals adds.
	if k+1 >= len(ts) || ts[k+1].broken || !capitalised(ts[k+1].text) || givenName(ts[k].text) == unknownSex {
		return false
	}
	for i := k - 2; i > j; i-- {
		if ts[i].low == "of" {
			j = i + 1 // the place opens after a title's "of" inside the run
			break
		}
	}
	if j == 0 || givenName(ts[j].text) != unknownSex {
		return false
	}
	if before := ts[j-1].low; before == "the" && j > 1 {
		if !roleEnds[ts[j-2].low] {
			return false // "ambassador to the European Union Gordon Sondland"
		}
	} else if !roleEnds[before] && !(before == "of" && j > 1 && titleWords[ts[j-2].low]) { // "mayor of Paris Anne Hidalgo"
		return false
	}
	m := k
	for m < len(ts) && !ts[m].broken && capitalised(ts[m].text) {
		m++
	}
	for _, t := range ts[k:m] {
		if l := t.low; orgWords[l] || placeWords[l] || adjectiveNames[l] || text.StopWord(l) || wordish[l] {
			return false
		}
	}
	return m-k <= 3 && knownName(joinTokens(ts[j:k]))
}

// bodyThenPerson reports a body's name of two or more words ts[j:k],
// ending on a body's word or known whole, that goes on at k with a
// person's full name of two words, a known given name first:
// "International Air Transport Association Tony Tyler", "Dow Jones
// Kaitlyn Kiernan reported".
func bodyThenPerson(ts []token, j, k int) bool {
	if k-j < 2 || k+1 >= len(ts) || ts[k+1].broken || givenName(ts[k].text) == unknownSex || places[ts[k].low] ||
		k+2 < len(ts) && !ts[k+2].broken && capitalised(ts[k+2].text) {
		return false
	}
	l := ts[k+1].low
	return capitalised(ts[k+1].text) && !orgWords[l] && !placeWords[l] && !otherWords[l] && !connectors[l] && !isAcronym(ts[k+1].text) &&
		(orgWords[ts[k-1].low] || knownOrgs[lower(joinTokens(ts[j:k]))])
}

// roleEnds end a role's phrase before the place it is held in.
var roleEnds = wordSet("to in at")

// wordish are given names that are as often words of a body's or a
// place's name: "Detroit Free Press", "the Minneapolis Star Tribune".
var wordish = wordSet("free star minor alley forest may logan international")

// posts end the names of posts, and rarely anyone's surname (not "King",
// "Bishop" or "Marshall").
var posts = wordSet(`director officer manager editor president secretary minister commissioner spokesman
spokeswoman spokesperson executive analyst official chairman chairwoman adviser advisor ambassador envoy
coordinator administrator`)

// titleVerbs, capitalised inside a run of words, make it a title: "Kevin
// Can Wait", "A Man Called Ove".
var titleVerbs = wordSet("can called is was are were does did has had got gets")

// headlineVerbs are verbs a headline capitalises after a name.
var headlineVerbs = wordSet("got gets is was has have had would could does did wins tweeted tweets")

// titleMinor are the short words a title leaves in lower case.
var titleMinor = wordSet("a an the and or nor but of on in to with for at by from as vs")

// quotedTitle is where a title in quotation marks that opens at ts[j]
// ends ("Dancing With the Stars", 'Dancing on Ice'): two to eight words,
// each capitalised but for short ones, the last capitalised; or 0. A
// host's name after "with" is left a name of its own ("The Last Word with
// Lawrence O'Donnell").
func quotedTitle(s string, ts []token, j int) int {
	if ts[j].start == 0 || s[ts[j].start-1] != '"' && s[ts[j].start-1] != '\'' {
		return 0
	}
	q := s[ts[j].start-1]
	for m := j; m < len(ts) && m-j < 8; m++ {
		if m > j && (ts[m].broken || !capitalised(ts[m].text) && !titleMinor[ts[m].text]) ||
			ts[m].low == "with" && m+1 < len(ts) && givenName(ts[m+1].text) != unknownSex {
			return 0
		}
		rest := s[ts[m].end:]
		if len(rest) > 1 && (rest[0] == ',' || rest[0] == '.') {
			rest = rest[1:]
		}
		if rest == "" || rest[0] != q {
			continue
		}
		if q == '\'' && len(rest) > 1 && unicode.IsLetter(rune(rest[1])) {
			return 0 // "Grauman's": a possessive, no closing mark
		}
		if m == j || !capitalised(ts[m].text) {
			return 0
		}
		return m + 1
	}
	return 0
}

// quotedAround reports s[start:end] standing alone inside quotation marks,
// double or single ("the 'Ice Ice Baby' rapper").
func quotedAround(s string, start, end int) bool {
	if start == 0 || end >= len(s) {
		return false
	}
	q := s[start-1]
	for _, a := range [...]string{"A ", "An ", "The "} { // ""A Capitol Fourth": the article inside the marks
		if before := s[:start]; strings.HasSuffix(before, a) && len(before) > len(a) {
			q = before[len(before)-len(a)-1]
		}
	}
	if (s[end] == ',' || s[end] == '.') && end+1 < len(s) {
		end++ // "on the show "Fox & Friends," where"
	}
	return (q == '"' || q == '\'') && s[end] == q
}

// Shouted reports a sentence of six or more words written in capitals
// ("VITAL IS AIR TRAVEL TO THE REGION"), a headline's, a caption's or a
// broadcast transcript's: its capitals mark no names.
func Shouted(s string) bool {
	words, upper := 0, 0
	for w := range text.AllWords(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) || r >= utf8.RuneSelf && !unicode.IsUpper(r) && !unicode.IsLower(r) {
			continue // Korean, Chinese: a script without capitals shouts nothing
		}
		words++
		if !hasLower(w) {
			upper++
		}
	}
	return words >= 6 && upper*10 >= words*8
}

// hasLower reports a lower-case letter in w (as strings.ToUpper(w) != w,
// without building the upper-case copy of every word of every sentence).
func hasLower(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
			return true
		case c >= utf8.RuneSelf:
			return strings.ContainsFunc(w[i:], unicode.IsLower)
		}
	}
	return false
}

// headlineCase reports a sentence written as a headline, with every word
// of four letters or more capitalised, function words too ("Who Will Win
// Best Picture", "Dancing With The Stars"): its capitals tell no name
// apart. A list of names ("Amy J. Lambert, Cynthia S. Goldsmith") has
// no function word.
func headlineCase(s string) bool {
	words, function, short, first := 0, false, 0, true
	for w := range text.AllWords(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) < 4 {
			if !first && unicode.IsUpper(r) && shortFunctionWords[w] {
				short++ // "Lenovo Was Right To Buy Motorola"
			}
			first = false
			continue
		}
		first = false
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		words++
		function = function || words > 1 && functionWords[strings.ToLower(w)]
	}
	// Six capitalised words and a short word only a headline capitalises
	// are a headline too: "Michelle Obama, Rihanna Named To People's Best
	// Dressed List".
	return words >= 4 && function || words >= 2 && short >= 2 || words >= 6 && short >= 1
}

// functionWords are the words of four letters or more that only a
// headline capitalises.
var functionWords = wordSet("with from into over onto your what will would could should have this that their there these those about after before when where which while were been being does than them they then upon just more most some such very also says")

// shortFunctionWords are short words only a headline capitalises inside
// a sentence.
var shortFunctionWords = wordSet("Was Is Are To For And In On At By Its Has Had Not But")

// headlineRun reports a run of capitals with two or more short words
// inside it that only a headline capitalises.
func headlineRun(words []string) bool {
	n := 0
	for _, w := range words[1:max(1, len(words)-1)] {
		if shortFunctionWords[w] {
			n++
		}
	}
	return n >= 2
}

// plain reports words that can make a person's name: none is a title's,
// a body's or a place's word.
func plain(words []token) bool {
	return !slices.ContainsFunc(words, func(t token) bool {
		l := t.low
		return titleWords[l] || orgWords[l] || placeWords[l] || demonyms[l] || connectors[l] || isAcronym(t.text)
	})
}

// withoutDays drops the weekdays that date a name's mention ("North
// Dakota Wednesday", "Saturday Southern Methodist University"), but not
// those that are part of a name ("Black Friday", "Saturday Night Live").
// Months stay, unless a known place comes before: they are names too
// ("Theresa May", "June Carter").
func withoutDays(words []token) []token {
	for len(words) > 0 && weekdays[words[0].low] && !(len(words) > 1 && words[1].low == "night") {
		words = words[1:]
	}
	for n := len(words); n > 0 && weekdays[words[n-1].low] && !(n > 1 && dayNames[words[n-2].low]); n = len(words) {
		words = words[:n-1]
	}
	// A month after a known place dates it ("Washington June 5").
	if n := len(words); n > 1 && months[words[n-1].low] && places[lower(joinTokens(words[:n-1]))] {
		words = words[:n-1]
	}
	// So does a month no one is named before a body or a person ("In
	// November CNN reported"; not "October Revolution", "June Carter"),
	// and any month before an acronym ("An August PBO report").
	if len(words) > 1 && months[words[0].low] {
		rest := words[1:]
		if givenName(words[0].text) == unknownSex && (isAcronym(rest[0].text) || knownName(joinTokens(rest)) || len(rest) > 1 && givenName(rest[0].text) != unknownSex) ||
			len(rest) == 1 && isAcronym(rest[0].text) {
			words = rest
		}
	}
	return words
}

// forHeads end the first half of a campaign's or a programme's name
// before "for": "Deferred Action for Childhood Arrivals", "Campaign for
// Tobacco-Free Kids".
var forHeads = wordSet("action campaign partnership initiative program programme")

// forPeople reports a people's plural that opens a campaign's name before
// "for": "Americans for Prosperity", "Mothers for Peace".
func forPeople(l string) bool {
	return strings.HasSuffix(l, "s") && demonyms[l[:len(l)-1]] || peopleForNouns[l]
}

var peopleForNouns = wordSet(`citizens physicians doctors lawyers students parents mothers fathers veterans scientists nurses
women families taxpayers voters christians catholics muslims jews democrats republicans conservatives liberals
moms dads grandmothers architects engineers economists teachers athletes artists patients workers`)

// possessingPeoples are plurals whose possessive opens a title: "Men's
// Health", "Women's Wear Daily", "Children's Hospital".
var possessingPeoples = wordSet("men women children ladies boys girls")

// crownRoles follow "Crown" in the posts of the state's lawyers.
var crownRoles = wordSet("attorney attorneys prosecutor prosecutors counsel lawyer lawyers")

// onBodies are bodies whose names may go on with "on": "Council on
// Foreign Relations", "Committee on Ways and Means", "Center on Wrongful
// Convictions".
var onBodies = wordSet("council committee commission subcommittee conference center centre institute forum project panel coalition campaign")

// onStreet reports a run of capitalised words that ends on a place's word:
// "on Hollywood Boulevard" says where a body is, not what it is for.
func onStreet(ts []token) bool {
	k := 0
	for k < len(ts) && capitalised(ts[k].text) && (k == 0 || !ts[k].broken) {
		k++
	}
	return k > 0 && placeWords[ts[k-1].low]
}

// workNouns name a work whose title follows: "the film Django Unchained".
var workNouns = wordSet("book novel memoir film movie documentary album song musical opera poem")

// castIn ends the words before a work's title that say who played in it
// or what was shown of it: "his role in", "plays Queen Anne in", "a
// screening of", "won for".
var castIn = regexp.MustCompile(`(?:\b(?:role|roles|starred|stars|starring|appeared|appears|(?:plays|played|playing|performance as)(?: \p{Lu}\S*){0,3}) in|\bscreening of|\btrailer for|\bwon for) $`)

// dayNames open the names of days: "Black Friday", "Super Tuesday".
var dayNames = wordSet("black good easter cyber super holy palm ash fat giving maundy")

// startsClause reports whether the word at off opens a quote or bracket.
func startsClause(s string, off int) bool {
	gap := strings.TrimSpace(s[:off])
	return strings.HasSuffix(gap, `"`) || strings.HasSuffix(gap, "(") || strings.HasSuffix(gap, ":")
}

func knownName(w string) bool {
	l := lower(w)
	return places[l] || knownOrgs[l]
}

// lower is the lexicon form of a word or name: lower case, no final dot.
func lower(w string) string { return strings.TrimSuffix(strings.ToLower(w), ".") }

// surnamedLikeThing reports a given name and a surname that is also a
// thing's word: "Doris Day", "Jude Law"; not a holiday named like a
// woman ("Victoria Day", "May Day").
func surnamedLikeThing(words []string) bool {
	return len(words) == 2 && thingSurnames[lower(words[1])] && givenName(words[0]) != unknownSex && !holidayNames[lower(words[0])]
}

var (
	// thingSurnames are surnames that are also words of things' names.
	thingSurnames = wordSet("day law")
	// holidayNames are given names that are holidays' too.
	holidayNames = wordSet("victoria may valentine easter")
)

// common reports words that open sentences without naming anything: stop
// words, dates, demonyms and their plurals.
func common(w string) bool {
	l := lower(w)
	if i := strings.IndexAny(l, "'’"); i > 0 && i < len(l)-1 && text.StopWord(l[:i]) && l[i+1:] != "s" {
		return true // "They'd", "We'll", "I've": a pronoun run onto its verb
	}
	return text.StopWord(l) || calendarWords[l] || demonyms[l] || demonyms[strings.TrimSuffix(l, "s")] || openers[l] ||
		roleNouns[strings.TrimSuffix(l, "s")] || notNames[l]
}

// honorific reports a title that only a person's surname follows:
// "Ms. May", "Mr. March".
func honorific(title string) bool {
	switch strings.TrimSuffix(title, ".") {
	case "mr", "mrs", "ms", "miss":
		return true
	}
	return false
}

// joinHyphenNames joins again the halves of a hyphenated word that
// tokens split where it stood alone ("in Platts-Mills' group") when the
// article writes it whole as a name's word elsewhere ("Thomas
// Platts-Mills"), or when neither half is a name the article, or the
// lists, know on its own ("joined Ex-Im in June", "the suburb of
// Cap-Rouge"; not "the Putin-Trump talks" where Putin is named alone).
func joinHyphenNames(sents []string, toks [][]token) {
	whole := map[string]bool{}
	alone := map[string]bool{}
	hyphenAt := func(s string, i int) bool { return i >= 0 && i < len(s) && s[i] == '-' }
	for si, ts := range toks {
		for _, t := range ts {
			if strings.Contains(t.text, "-") && capitalised(t.text) {
				whole[t.text] = true
			} else if capitalised(t.text) && !hyphenAt(sents[si], t.start-1) && !hyphenAt(sents[si], t.end) {
				alone[t.text] = true
			}
		}
	}
	known := func(w string) bool {
		l := lower(w)
		return alone[w] || places[l] || knownOrgs[l] || givenName(w) != unknownSex || isAcronym(w) || len(w) < 2 ||
			titleWords[l] || demonyms[l] || demonyms[strings.TrimSuffix(l, "s")] || hyphenPrefixes[l] || l == "co" // "Director-General", "African-American", "Co-Trustees"
	}
	for si, ts := range toks {
		s := sents[si]
		for i := 0; i+1 < len(ts); i++ {
			a, b := ts[i], ts[i+1]
			if b.start != a.end+1 || s[a.end] != '-' || !capitalised(b.text) || !capitalised(a.text) {
				continue
			}
			// "Putin-Trump talks": two names that qualify a noun.
			nounAfter := i+2 < len(ts) && !ts[i+2].broken && !capitalised(ts[i+2].text)
			if whole[a.text+"-"+b.text] || shortHalves(a.text+"-"+b.text) || !hyphenAt(s, a.start-1) && !hyphenAt(s, b.end) && !nounAfter && !known(a.text) && !known(b.text) {
				ts[i].text, ts[i].end = a.text+"-"+b.text, b.end
				ts = slices.Delete(ts, i+1, i+2)
			}
		}
		toks[si] = ts
	}
}

// shortHalves reports a word of two halves of two letters each, too
// short for names: "Wi-Fi", "Op-Ed", "Ex-Im" (of the Ex-Im Bank).
func shortHalves(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) == 2 && len(b) == 2 && !isAcronym(a) && !isAcronym(b)
}

// midCapAt reports a name's first word that the article capitalises
// inside a sentence too; for "The", the name's first two words.
func midCapAt(midCap map[string]bool, words []token) bool {
	if words[0].text == "The" && len(words) > 1 {
		return midCap["The "+words[1].text]
	}
	return midCap[words[0].text]
}

// gerund reports a verb's -ing form opening a sentence before a name:
// "Joining Michelle on stage…"; not "Irving Berlin", "Sterling K. Brown"
// or "Notting Hill".
func gerund(words []token) bool {
	if len(words) < 2 {
		return false
	}
	w, next, last := words[0].text, words[1].text, words[len(words)-1].low
	return len(w) > 5 && strings.HasSuffix(w, "ing") && givenName(w) == unknownSex && !places[lower(w)] &&
		!Initial(next) && !placeWords[last] && !orgWords[last]
}

// plight reports an adjective for what befell a name's bearer opening a
// sentence before it: "Missing Malaysia Airlines flight MH370",
// "Embattled Boeing"; not "Missing People", a charity named in common
// words.
func plight(words []token) bool {
	return len(words) > 1 && plights[words[0].low] && (!dictionary[words[1].low] || knownName(joinTokens(words[1:])))
}

var plights = wordSet("embattled troubled beleaguered missing ailing disgraced doomed ill-fated slain jailed struggling stricken crippled bankrupt defunct ousted imprisoned detained exiled indicted convicted accused deposed besieged murdered cash-strapped")

// pluralTitle reports a title's plural: "deputies", "senators", "officers".
func pluralTitle(l string) bool {
	one, ok := strings.CutSuffix(l, "s")
	if !ok || familyTitles[one] {
		return false
	}
	if titleWords[one] {
		return true
	}
	stem, ok := strings.CutSuffix(l, "ies")
	return ok && titleWords[stem+"y"]
}

// familyTitles are titles whose plurals name a family or an order:
// "Brothers Grimm", "Sisters of Mercy".
var familyTitles = wordSet("brother sister father elder")

// describing reports a word of an adjective's or a calling's shape
// opening a sentence before a given name and a surname: "Pregnant Olivia
// Wilde", "Tetraplegic Jamie Merrett", "Heiress Rachel Mellon"; not
// "Carnell Marcus Moore", whose first word has no such ending.
func describing(words []token) bool {
	if len(words) < 3 || givenName(words[1].text) == unknownSex || Initial(words[1].text) {
		return false
	}
	w := words[0].low
	if len(w) < 5 || givenName(w) != unknownSex || places[w] {
		return false
	}
	for _, suffix := range []string{"ed", "ic", "ant", "ous", "ful", "ive", "ish", "ess", "edienne", "aire", "maker", "keeper"} { // "Stylish", "Heiress", "Comedienne", "Goalkeeper"
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// adverb reports a word of the shape of an adverb that is no given name
// or place: "Unfortunately", not "Kelly" or "Italy".
func adverb(w string) bool {
	l := lower(w)
	if givenName(w) != unknownSex || places[l] {
		return false
	}
	for _, suffix := range adverbEndings {
		if strings.HasSuffix(l, suffix) && len(l) > len(suffix)+2 {
			return true
		}
	}
	return false
}

// adverbEndings are how adverbs end, and names rarely: "Unfortunately",
// "Reportedly", "Surprisingly"; not "Stokely" or "Connolly".
var adverbEndings = []string{"ally", "ately", "etely", "ously", "ently", "antly", "ably", "ibly", "ively", "fully", "lessly", "edly", "ingly", "arily"}

// foreignArticles open names in other languages that are rarely people's:
// "La Liga", "Les Bleus", "Gare du Nord" ("Le Pen said" speaks, so is one;
// "De" and "El" open too many, "De Gea", "El Chapo").
var foreignArticles = wordSet("la le les il lo der die das du des gare")

// streetWords inside a name place it on a street: "Sherbrook Street Stella".
var streetWords = wordSet("street avenue road boulevard lane st ave blvd rd")

// adjectiveNames are given names that are as often words opening a body's
// name: "Royal Caribbean", "North Wales".
var adjectiveNames = wordSet("royal north south east west bank")

// notNames are capitals that name nothing: time zones, abbreviations of
// times, things, conditions and degrees ("ET", "TV", "DNA", "HIV", "Ph.D"),
// and a verb some write in capitals ("she Tweeted").
var notNames = wordSet(`correction co inc corp ltd llc plc tv td ok suv ev evs awd rwd fwd 4wd hvac mph mpg kwh rpm et pt ct est edt pst pdt cst cdt gmt bst utc cet am pm a.m p.m id dna rna thc ph.d phd mba m.b.a md m.d rn r.n dds d.d.s j.d p.s gdp faq pdf url html usb diy rsvp lol omg aka q&a r&b r&d b&b a&r gps lcd oled cpu gpu ssd hdd hdmi lte nfc hdr vr wifi ipo
hiv aids hpv ptsd adhd ocd mri icu ivf copd tatp tnt lsd mdma ebola zika c.e.o c.f.o zip sd hd uhd fhd qhd wqhd wqxga
a.k.a asap dui ebitda gerd hgh bpa cdma gsm hspa mimo dvi dlna ble uhf vhf sdk ram qwerty ppv fov ebov evd apoe cooh edta wtf b.a
tweeted tweets retweeted ai api atm atv ceo coo cpr dvd dvds dslr fps ftp iq ip isp led leds lan mvp pin sim sms sql ufo ui ux vip vpn vod usd gbp eur ecg pcr rgb cmos iot`)

// openers are capitalised at the start of a sentence but name nothing.
var openers = wordSet(`despite following meanwhile still now later earlier even instead indeed officials analysts
critics experts observers negotiations talks sources reports residents witnesses police officers many most
several some both neither either each every one two three four five six seven eight nine ten what how why
where who when whether if unless although though because since asked speaking writing asked according
late early last next published posted updated dear across nobody everybody somebody anybody everyone someone anyone
diplomatic political military economic senior former current other another unlike rival older younger recent latest thanks
overall maybe perhaps throughout enter remember prevent imagine consider let`)

// lawWords end the names of laws and honours, which keep the titles
// before them: "U.S. Foreign Corrupt Practices Act", "American Music
// Awards".
var lawWords = wordSet(`act acts treaty law amendment awards`)

// stripTitles removes leading titles and demonyms ("Russian President"),
// recording them, unless the whole run names an institution.
func stripTitles(words []token, c *candidate) []token {
	if len(words) == 1 && strings.Contains(words[0].low, "-") && titleWords[words[0].low] {
		return nil // "The Attorney-General said": a post, no one's name
	}
	if len(words) < 2 {
		return words
	}
	full := lower(joinTokens(words))
	n := len(words)
	// "Mayor Mike Bloomberg": a title and a given name before a body's
	// word make it a surname.
	surnamed := func() bool {
		return n > 2 && titleWords[words[n-3].low] && !titleQualifiers[words[n-3].low] && givenName(words[n-2].text) != unknownSex
	}
	// "Founder of Ceres Robotics Inc.", "CEO of New Media Investment
	// Group": the head's post, then the body.
	if l := words[0].low; n > 2 && (bosses[l] || heads[l]) && words[1].low == "of" && orgWords[words[n-1].low] && !knownOrgs[full] {
		words = words[2:]
		if len(words) > 1 && words[0].low == "the" {
			words = words[1:]
		}
		return words
	}
	// "St. Louis" is a city, not Louis with a title; but "St. Charles
	// County Prosecuting Attorney Tim Lohmar" is the attorney.
	if knownOrgs[full] || places[full] || numbered(words[n-1].text) == model.Place || (orgWords[words[n-1].low] || lawWords[words[n-1].low]) && !surnamed() || // "U.S. Foreign Corrupt Practices Act", "U.S. Route 66"
		saintly(words[0].text) && !(n > 3 && titleWords[words[n-3].low] && givenName(words[n-2].text) != unknownSex) {
		return words
	}
	// "King County", "Prince George's County", "Queen Street": a place
	// named for a title's holder; not "Mr Lane", nor "Prince's Paisley
	// Park", the holder's possessive before it.
	if w0, w1 := words[0].low, words[1].low; titleWords[w0] && !honorific(w0) && w0 != "dr" && w0 != "prof" &&
		!titleWords[w1] && !connectors[w1] && words[1].start == words[0].end+1 && placeWords[words[n-1].low] {
		return words
	}
	if demonyms[words[0].low] && (knownOrgs[lower(joinTokens(words[1:]))] || bodyOf(words)) || courtDistrict(joinTokens(words)) {
		return words // "American Red Cross", "American Civil Liberties Union of Maryland": the country's branch; "Southern District of New York", a court's
	}
	if nationalName(words) {
		return words // "American Idol", "French Revolution", "American Oversight": no one's name follows
	}
	// "Brazilians Denilson and Eduardo": a people's plural before names
	// is no part of them.
	if l := words[0].low; len(words) > 1 && strings.HasSuffix(l, "s") && demonyms[l[:len(l)-1]] && capitalised(words[1].text) {
		words = words[1:]
	}
	// "Hall of Famer Joe Namath", "Pro Football Hall of Famer Jim Brown":
	// the honour, and what qualifies it, names no one, nor does it alone
	// ("general manager (and Hall of Famer) Dave DeBusschere").
	for k := 0; k+3 <= len(words); k++ {
		if words[k].low == "hall" && words[k+1].low == "of" && words[k+2].low == "famer" {
			c.titles = append(c.titles, "hall of famer")
			words = words[k+3:]
			break
		}
	}
	i, held := 0, len(c.titles)
	for i < len(words) {
		l := words[i].low
		// "Ukrainian President"; not "Brian White", "Susan Lord": a given
		// name may end as a nationality does.
		adjective := i+1 < len(words) && titleWords[words[i+1].low] && nationality(l) && givenName(words[i].text) == unknownSex
		// "Democrat Joe Donnelly"; not "Republican Party of Florida".
		party := (partyMembers[l] || nationals[l]) && i+1 < len(words) && (givenName(words[i+1].text) != unknownSex || titleWords[words[i+1].low]) ||
			// "mostly Democratic Chicago": how a place votes is no part of its name.
			i == 0 && (l == "democratic" || l == "republican") && places[strings.ReplaceAll(lower(joinTokens(words[1:])), " ", "_")]
		// "Crown Prince Felipe"; not "Crown Heights".
		crown := l == "crown" && i+1 < len(words) && (words[i+1].low == "prince" || words[i+1].low == "princess")
		if (titleQualifiers[l] || titleWords[l] && i == 0) && !places[l] && !knownOrgs[l] && i+1 < len(words) && orgWords[words[i+1].low] && !titleWords[words[i+1].low] {
			break // "National Organization for Women": the qualifier is the body's; a country stays one ("U.S. Department of Agriculture")
		}
		if l == "first" && (i+1 == len(words) || !titleWords[words[i+1].low]) {
			break // "First Lady", "First Minister"; not the bank "First Republic"
		}
		if demonyms[l] && i+2 == len(words) && (waterWords[words[i+1].low] || placeWords[words[i+1].low]) {
			break // "the Southern Indian Ocean": the people's adjective names the water
		}
		// "Deputies Czupryna and Wright", "Senators Tom Berg and …"; not
		// "Brothers Grimm", a family's name.
		plural := i == 0 && len(words) > 1 && !isAcronym(words[i].text) && pluralTitle(l) && !slices.ContainsFunc(words, func(w token) bool { return orgWords[w.low] }) ||
			i == 0 && len(words) > 2 && demonyms[strings.TrimSuffix(l, "s")] && givenName(words[1].text) != unknownSex // "fellow Canadians Mackenzie Hughes, …"
		if titleWords[l] || demonyms[l] || adjective || party || crown || plural || (connectors[l] && i > 0) {
			if titleWords[l] && !connectors[l] {
				c.titles = append(c.titles, l)
			}
			i++
			continue
		}
		break
	}
	if i == len(words) && i > 0 {
		return nil // only titles: "the US President" names no one here
	}
	if i > 0 && words[i].text == "and" {
		return words // "Environment and Climate Change Canada": no title, a name joined by "and"
	}
	if i > 0 && words[i-1].low == "of" {
		// "Minister of Citizenship", "Minister of Foreign Affairs Ann
		// Lee": the portfolio names no one; a name may follow it.
		// "CEO of Civic Action": a body's head; the body follows.
		k := slices.IndexFunc(words[i:], func(t token) bool { return givenName(t.text) != unknownSex })
		switch {
		case k >= 0 && len(words)-i-k >= 2:
			i += k
		case i < 2 || !bosses[words[i-2].low]:
			return nil
		default:
			c.titles = c.titles[:held] // the head's title, not the body's
		}
	}
	words = words[i:]
	// "Rapper Dave Murrell", "Husband Daniel Berg": an occupation or a
	// kinship opening a sentence before a known given name describes the
	// person.
	if len(words) > 2 && (occupations[words[0].low] || kinNouns[words[0].low]) && givenName(words[1].text) != unknownSex {
		c.titles = append(c.titles, words[0].low)
		words = words[1:]
	}
	// "Carmaker Kestrel", "Developer Valve": a business's noun opening a
	// sentence before its name.
	if len(words) > 1 && openingBodyNouns[words[0].low] {
		words = words[1:] // read as the noun before the name, below
	}
	// "Niagara County District Attorney Caroline Wojtaszek": a qualified
	// title before a full name that opens with a known given name.
	for k := len(words) - 3; k >= 1; k-- {
		// A name runs to three words, or four with an initial or a suffix:
		// "James T. Vaughn Jr.".
		long := 3
		if slices.ContainsFunc(words[k+1:], func(t token) bool { return Initial(t.text) || nameAbbrevs[strings.ToLower(t.text)] }) {
			long = 4
		}
		// A name of two plain words after a title need not open with a
		// known given name: "CAIR National Executive Director Nihad Awad".
		given := givenName(words[k+1].text) != unknownSex || k == len(words)-3 && titleWords[words[k].low] && plain(words[k+1:]) &&
			!(dictionary[words[k+1].low] && dictionary[words[k+2].low]) // not "Edward Byrne Memorial Justice Assistance Grant"
		l := words[k].low
		if ((titleWords[l] || occupations[l] || positions[l]) && !connectors[l] || capsTitles[words[k].text]) && len(words)-k-1 <= long && given {
			c.titles = append(c.titles, l)
			words = words[k+1:]
			// "Air Chief Marshal Houston": the rest of the title goes too.
			for len(words) > 1 && titleWords[words[0].low] {
				c.titles = append(c.titles, words[0].low)
				words = words[1:]
			}
			break
		}
	}
	// "Museum Victoria Senior Curator of Mammals Kevin Rowe": a post
	// named with its body and its field before a full name.
	if n := len(words); n >= 5 && givenName(words[n-2].text) != unknownSex && plain(words[n-2:]) {
		if k := slices.IndexFunc(words[1:n-2], func(t token) bool { return headTitles[t.low] }); k >= 0 {
			c.titles = append(c.titles, words[k+1].low)
			words = words[n-2:]
		}
	}
	// "District Attorney Lacy", "Police Chief Berg": a qualified title
	// before a surname alone.
	if n := len(words); n >= 3 && headTitles[words[n-2].low] && plain(words[n-1:]) && !otherWords[words[n-1].low] &&
		!nameAbbrevs[strings.ToLower(words[n-1].text)] && !knownName(words[n-1].text) {
		c.titles = append(c.titles, words[n-2].low)
		words = words[n-1:]
	}
	for len(words) > 1 && demonyms[words[len(words)-1].low] {
		words = words[:len(words)-1] // "Broader European": an adjective, not a name
	}
	// "Keith Vaz MP", "Ann Lee QC": letters after a full name are a title.
	if n := len(words); n >= 3 && postNominals[words[n-1].text] && givenName(words[0].text) != unknownSex {
		c.titles = append(c.titles, words[n-1].low)
		words = words[:n-1]
	}
	// "Novartis' CEO", "Renova Group Board Chairman and …": a body's post
	// after its name, whose holder is named elsewhere or not at all; but
	// "the Creative Director" is a post whole.
	for n := len(words); n > 1 && trailingPosts[words[n-1].low]; n = len(words) {
		if before := words[n-2].low; connectors[before] || before == "the" || adjectival(before) || titleWords[before] {
			break
		}
		words = words[:n-1]
	}
	return words
}

// bodyOf reports a body's word before "of" in a name: "Civil Liberties
// Union of Maryland".
func bodyOf(words []token) bool {
	for i := 1; i+1 < len(words); i++ {
		if words[i+1].low == "of" && orgWords[words[i].low] {
			return true
		}
	}
	return false
}

// surnameBodies are bodies' words that are surnames too: after a given
// name alone they end a person's name.
var surnameBodies = wordSet("bloomberg union court post")

// headTitles end a qualified title: "District Attorney", "Police Chief".
var headTitles = wordSet(`attorney sheriff chief chairman chairwoman president director commissioner mayor governor senator
coach manager superintendent inspector detective sergeant captain lieutenant judge minister secretary spokesman spokeswoman
curator professor`)

// postNominals are the letters of an office or an honour written after a
// person's name, as written.
var postNominals = wordSet("MP MSP MEP QC KC MLA MPP TD OBE CBE MBE KBE")

// trailingPosts are posts a body's name may go before.
var trailingPosts = wordSet("ceo cfo coo chairman chairwoman president director spokesman spokeswoman spokesperson founder")

// saintly reports "St." or "Saint", which open the names of places and
// churches far more often than a saint's in the news.
func saintly(w string) bool { l := lower(w); return l == "st" || l == "saint" }

// saintPlaces open the names of places named for a saint in Spanish,
// Portuguese or Italian: "San Pedro", "Santa Rosa", "São Paulo".
var saintPlaces = wordSet("san santa são sao santo")

// demonymNoun reports a demonym that names people, no adjective: an
// "Englishman", "Scots", a "southerner", "jihadists".
func demonymNoun(l string) bool {
	for _, suf := range []string{"man", "men", "er", "ers", "ist", "ists"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return l == "scot" || l == "scots"
}

// peoplesWords reports a name of a people's or a creed's words alone, an
// adjective's ("Shiite Muslim") or a plural's ("North Koreans"): a
// group, no one's name (not "Powhatan Indians").
func peoplesWords(words []string) bool {
	for i, w := range words {
		l := lower(w)
		if !(demonyms[l] && !demonymNoun(l) || creeds[l] || i+1 < len(words) && compass[l] || i+1 == len(words) && (demonyms[strings.TrimSuffix(l, "s")] || townsPeople(l))) {
			return false
		}
	}
	return true
}

// townsPeople reports a word for a town's or a country's people, made of
// a known place's name: "Parisians", "Londoners" (not "Oregonian", a
// paper's name as well); or a nation's man: "Frenchman", "Frenchmen".
func townsPeople(l string) bool {
	if plural, ok := strings.CutSuffix(l, "s"); ok {
		if placesPeople(plural) {
			return true // "Londoners", as "New Yorkers"
		}
		for _, suf := range []string{"ian", "ite"} {
			if stem, ok := strings.CutSuffix(plural, suf); ok && len(stem) > 2 && places[stem] {
				return true
			}
		}
	}
	for _, suf := range []string{"man", "men", "woman", "women"} {
		if stem, ok := strings.CutSuffix(l, suf); ok && demonyms[stem] {
			return true
		}
	}
	return false
}

// nationalName reports a nationality and a capitalised word that is no
// given name, title, people's or creed's word: a name of its own ("Korean
// War", "American Idol"), not a person's with a nationality before it.
func nationalName(words []token) bool {
	if l := words[0].low; len(words) != 2 || !demonyms[l] || demonymNoun(l) {
		return false
	}
	w := words[1].text
	l := lower(w)
	return capitalised(w) && !isAcronym(w) && givenName(w) == unknownSex && !titleWords[l] && !text.StopWord(l) && !calendarWords[l] &&
		!demonyms[l] && !demonyms[strings.TrimSuffix(l, "s")] && !creeds[l] && !creeds[l+"s"] && !personNouns[l] && !roleNouns[l]
}

// nationality reports the shape of a nationality adjective ("Merovian"):
// before a title it names a country's office, not a person.
func nationality(w string) bool {
	for _, suf := range []string{"ian", "ean", "an", "ese", "ish", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

func joinTokens(ts []token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// adjectivesOfPlace are the capitalised words of the sentences that could
// be a place's adjective ("Merovian", "Israeli", "Japanese").
func adjectivesOfPlace(sents []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range sents {
		for w := range strings.FieldsSeq(s) {
			w = strings.Trim(w, ".,;:!?\"'()’“”")
			if capitalised(w) && (nationality(w) || strings.ContainsFunc(w[1:], unicode.IsUpper) && nationality(lower(w))) { // a copy only for a word in capitals
				m[w] = true
			}
		}
	}
	return m
}

// hasDemonym reports a name whose adjective the text uses: a place, not
// a person ("Merovia accused Valdoria", with "Merovian President …").
func hasDemonym(name string, demonyms map[string]bool) bool {
	if len(name) < 4 || len(demonyms) == 0 {
		return false
	}
	stem := strings.TrimSuffix(name, "y")
	for _, d := range []string{name + "n", name + "an", name + "ian", name + "i", name + "ese", stem + "ian"} {
		if demonyms[d] {
			return true
		}
	}
	return false
}

// statehood reports a country's name by its form of state: "Dominican
// Republic", "Republic of Congo", "United States of America", "United Arab
// Emirates" ("Emirates NBD" is a bank).
func statehood(words []string) bool {
	for i, w := range words {
		switch lower(w) {
		case "republic", "kingdom":
			return len(words) > 1
		case "dc", "d.c":
			return i == len(words)-1 && i > 0 // "Washington DC"
		case "states", "emirates":
			if i > 0 && (lower(words[i-1]) == "united" || lower(words[i-1]) == "arab") {
				return true
			}
		}
	}
	return false
}

// townNouns before "of" make a place of the name after: "the city of
// Edirne", "the county of Kent".
var townNouns = wordSet("city town village county province state district region island islands municipality borough suburb")

// bosses before "of" make a body of the name after: "CEO of Civic
// Action", "the founder of Public Allies". (Not "president" or
// "director", whose "of" may name a country, a field or a film.)
var bosses = wordSet("ceo cfo coo cto founder co-founder cofounder chairman chairwoman chairperson owner publisher executive")

// heads of bodies whose "of" may also name a country or a field; before
// a body's whole name, the body is theirs: "President of Harvard
// University".
var heads = wordSet("president director head chief")

// apStates are the U.S. states as news agencies shorten them, without
// their last stop: "Boca Raton, Fla., …".
var apStates = wordSet(`ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis wyo ont que alta sask nfld`)

// placesPeople reports a place's name in lower case with "er" or "ers"
// after it: "new yorker", "rhode islanders".
func placesPeople(name string) bool {
	name = strings.TrimSuffix(name, "s")
	place, ok := strings.CutSuffix(name, "er")
	return ok && places[place]
}

// believedIn reports text that ends on a verb of belief and "in".
func believedIn(before string) bool {
	rest, ok := strings.CutSuffix(strings.TrimRight(before, " "), " in")
	return ok && beliefVerbs[strings.ToLower(lastWord(rest))]
}

// sourcedFrom reports text that ends on what a source gives and "from":
// "according to analysis from", "figures from".
func sourcedFrom(before string) bool {
	rest, ok := strings.CutSuffix(strings.TrimRight(before, " "), " from")
	return ok && sourceNouns[strings.ToLower(lastWord(rest))]
}

var sourceNouns = wordSet("analysis analyses data figures estimates tips statement statements study research findings report reports survey poll numbers")

// paidIn reports text that ends on a sum of money and "in", before what
// it was paid in: "$150,000 in Bitcoins", "$2 million in Euros".
func paidIn(before string) bool {
	rest, ok := strings.CutSuffix(strings.TrimRight(before, " "), " in")
	if !ok {
		return false
	}
	fields := strings.Fields(rest)
	n := len(fields)
	if n > 1 && scales[strings.ToLower(fields[n-1])] {
		n--
	}
	if n == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(fields[n-1])
	return strings.ContainsRune("$£€¥", r)
}

var scales = wordSet("thousand million billion trillion")

var beliefVerbs = wordSet("believe believed believes believing")

// partyOf reports text that ends on a party's letter and a hyphen, before
// the state a member of Congress sits for: "(D-", ", R-".
func partyOf(before string) bool {
	n := len(before)
	return n >= 3 && before[n-1] == '-' && strings.ContainsRune("DRI", rune(before[n-2])) && (before[n-3] == '(' || before[n-3] == ' ')
}

// regionAfter reports text that opens on a comma and a place's name that
// ends its phrase, as a town is placed in its state or country: ",
// California, a junior …", ", Texas." Not ", Texas Republican", nor
// ", California's governor".
func regionAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	var words []string
	for w := range strings.FieldsSeq(rest) {
		if words = append(words, w); len(words) == 4 {
			break
		}
	}
	for n := min(3, len(words)); n > 0; n-- {
		last := words[n-1]
		bare := strings.TrimRight(last, ".,;:!?)")
		name := lower(strings.Join(append(slices.Clone(words[:n-1]), bare), " "))
		abbreviated := n == 1 && (apStates[name] && strings.HasPrefix(last, bare+".") || stateCodes[bare])
		if !capitalised(words[0]) || !places[name] && !abbreviated {
			continue
		}
		return bare != last || n == len(words) || !capitalised(words[n])
	}
	return false
}

// stateCodes are the U.S. states' postal codes that are no English word
// or common abbreviation: "IN", "OR", "PA", "AK" of "AK-47", "SD" of a
// card or a deviation, "AR" of augmented reality are left out.
var stateCodes = text.Set("AZ CA CT FL IA IL KS KY LA MD MN MO MT NV NH NJ NM NY NC ND RI SC TN TX UT VT VA WA WV WI WY DC")

// classify gives a name its type from its words and the cues around it.
// afterAge is what follows an age set off by commas at the start of s
// (", 47, went on"), and whether there is one.
func afterAge(s string) (string, bool) {
	age, rest, ok := strings.Cut(strings.TrimPrefix(s, ", "), ",")
	if !ok || !strings.HasPrefix(s, ", ") || len(age) > 3 || strings.Trim(age, "0123456789") != "" {
		return s, false
	}
	return rest, true
}

// teamNames are teams' names after their places: they tell "Carolina
// Panthers" from "Carolina Jones", since a place may be a given name.
var teamNames = wordSet(`jets giants eagles patriots saints chiefs raiders rams seahawks steelers bears lions packers
vikings bengals browns titans colts texans jaguars broncos chargers bills dolphins ravens falcons buccaneers panthers
commanders cardinals cowboys 49ers yankees mets astros rangers mariners twins royals tigers orioles rays marlins
phillies pirates reds brewers padres rockies diamondbacks angels athletics dodgers cubs braves nationals lakers
clippers warriors kings knicks nets celtics bulls pistons pacers bucks hawks hornets wizards raptors spurs mavericks
rockets grizzlies pelicans nuggets timberwolves suns blazers cavaliers canadiens leafs bruins sabres senators flyers
penguins capitals islanders devils hurricanes predators blues blackhawks stars oilers flames canucks sharks ducks
coyotes knights jackets bulldogs wildcats longhorns buckeyes wolverines seminoles gators trojans huskies sooners
aggies volunteers razorbacks gamecocks hokies heels hoosiers badgers spartans hawkeyes cornhuskers jayhawks cyclones
mountaineers cougars utes beavers rebels commodores deacons bobcats sonics supersonics sixers 76ers heat magic jazz thunder
lightning avalanche kraken wild guardians expos`)

// waterWords name waters and heights, in the plural too: "the Atlantic
// and Pacific Oceans".
var waterWords = wordSet("ocean sea lake river island mountain valley")

// teamsAlone are teams' names that name nothing else: "the Steelers"
// alone is a team; "the Giants", "the Rebels", "the Rockies" or "the
// Hoosiers" may not be.
var teamsAlone = wordSet(`steelers seahawks packers bengals broncos 49ers yankees mets astros mariners orioles marlins
phillies brewers padres diamondbacks dodgers lakers clippers knicks celtics pistons pacers raptors mavericks
grizzlies pelicans nuggets timberwolves cavaliers canadiens bruins sabres flyers blackhawks oilers canucks`)

// teamName reports a place's name before a plural or a known team's
// name, a team's: "New York Jets", "Carolina Hurricanes", "Toronto Blue
// Jays", "Utah Jazz"; not "Georgia Evans" nor "Paris Jones".
func teamName(words []string) bool {
	last := lower(words[len(words)-1])
	if !teamNames[last] && (!endsPlural(last) && last != "sox" || givenName(words[0]) != unknownSex) {
		return false
	}
	for p := len(words) - 1; p >= 1; p-- { // the longest place first: "Tampa Bay Buccaneers", not "Tampa" and "Bay …"
		if at := lower(strings.Join(words[:p], " ")); places[at] || teamPlaces[at] {
			if rest := lower(strings.Join(words[p:], " ")); places[rest] || placeWords[lower(words[p])] || placeWords[strings.TrimSuffix(lower(words[p]), "s")] {
				return false // "Sacramento, Los Angeles", "Honolulu Mount Tantalus", "Pacific Oceans": places
			}
			return p == len(words)-1 || givenName(words[p]) == unknownSex || colours[lower(words[p])] // "Boston Red Sox"
		}
	}
	return false
}

// colours open the names of teams, bands and things, no one's: "Red
// Sox", "Black Keys", "Red Carpet".
var colours = wordSet("red blue green black white")

// teamPlaces are the places teams are named for that are no state or
// city of the place list ("Carolina" is a given name too).
var teamPlaces = wordSet("carolina new_england tampa_bay golden_state green_bay cleveland charlotte orlando jacksonville memphis portland nashville buffalo pittsburgh milwaukee sacramento")

// courtDistrict reports the name of a federal court's district, which
// its prosecutors go by too: "Southern District of New York".
func courtDistrict(name string) bool {
	first, rest, _ := strings.Cut(name, " ")
	switch strings.ToLower(first) {
	case "northern", "southern", "eastern", "western", "central", "middle":
		return strings.HasPrefix(rest, "District of ")
	}
	return false
}

func classify(c candidate) string {
	if courtDistrict(strings.Join(c.words, " ")) {
		return model.Organization
	}
	if len(c.words) == 3 && c.words[1] == "&" && (places[lower(c.words[0])] || places[lower(c.words[2])]) {
		return model.Place // "Trinidad & Tobago", "Bosnia & Herzegovina": a country of two, no firm
	}
	if n := len(c.words); n > 1 && numbered(c.words[n-2]) != "" && digits(c.words[n-1]) {
		return numbered(c.words[n-2]) // "Interstate 95", "News 13"
	}
	t := typeOf(c)
	// "DNA Case", "GP ELISA": no one's name holds an acronym, though a
	// name may be shouted ("TOM BERG") or followed by an honour ("Ann
	// Lee OBE"), and "JJ Abrams" opens on a pair of initials.
	if t == model.Person && len(c.words) > 1 && slices.ContainsFunc(c.words, spelled) && !slices.ContainsFunc(c.words, func(w string) bool { return honours[w] }) &&
		slices.ContainsFunc(c.words, func(w string) bool { return !isAcronym(w) }) {
		return model.Other
	}
	// "I MUST STAY IN TV NO MATTER WHAT": words shouted, a sentence's, no
	// name's (but "BANK OF THE WEST").
	if len(c.words) >= 3 && !slices.ContainsFunc(c.words, hasLower) && len(slices.DeleteFunc(slices.Clone(c.words), func(w string) bool {
		l := lower(w)
		return !text.StopWord(l) || connectors[l] || l == "the" || l == "and" || l == "for"
	})) >= 2 {
		return model.Other
	}
	// "WILL OBAMA PLAY", "SAY YOU": a person's name in capitals holds no
	// common word that is no given name.
	if t == model.Person && len(c.words) > 1 && !slices.ContainsFunc(c.words, hasLower) && slices.ContainsFunc(c.words, func(w string) bool {
		return dictionary[lower(w)] && givenName(w) == unknownSex
	}) {
		return model.Other
	}
	// "outside the El Capitan theater": a venue, whoever it is named for.
	if l := lower(c.words[len(c.words)-1]); c.venue && (t == model.Person || t == model.Other) && !c.speaks && !c.initial &&
		!slices.ContainsFunc(c.titles, personTitle) && !demonyms[l] && !creeds[l] && !strings.HasSuffix(l, "ary") { // not "Parliamentary theatre", "Gazan hospital"
		return model.Place
	}
	// "Google Stadia", "Nintendo Switch": a known body's name before words
	// that name no one is what the body makes, not a person; as after an
	// article, whatever the words ("a Renault Clio").
	if t == model.Person && len(c.words) > 1 && knownOrgs[lower(c.words[0])] && !slices.ContainsFunc(c.titles, personTitle) &&
		(c.article || !slices.ContainsFunc(c.words[1:], func(w string) bool { return givenName(w) != unknownSex })) {
		return model.Other
	}
	return t
}

func typeOf(c candidate) string {
	lw := make([]string, len(c.words)) // each word in lower case, read often
	for i, w := range c.words {
		lw[i] = lower(w)
	}
	name := lower(strings.Join(c.words, " "))
	last := lw[len(c.words)-1]
	switch {
	case places[name]:
		return model.Place
	case knownOrgs[name] || andBodies[name]:
		return model.Organization
	case len(c.words) > 1 && demonyms[lw[0]] && knownOrgs[lower(strings.Join(c.words[1:], " "))]:
		return model.Organization // "American Red Cross"
	case c.work:
		return model.Other
	}
	if len(c.words) > 1 && placesPeople(name) {
		return model.Other // "the brash New Yorker", "New Zealanders": a place's people
	}
	if headlineRun(c.words) {
		return model.Other // "Lenovo Was Right To Buy Motorola": a headline's words, no one's name
	}
	if l := lw[len(c.words)-1]; strings.HasSuffix(l, ".com") || strings.HasSuffix(l, ".org") || strings.HasSuffix(l, ".net") || strings.HasSuffix(l, ".co.uk") {
		return model.Organization // "Deadline.com", "Change.org": a site
	}
	if code(c.words[len(c.words)-1]) {
		return model.Other // "MH370", "Flight MH370", "F-35": a flight's, a model's or a craft's code
	}
	if len(c.words) == 1 && acronymHyphen(strings.Split(c.words[0], "-")) {
		return model.Organization // "SNC-Lavalin": no one's name opens on an acronym
	}
	if len(c.words) > 1 && clubPrefixes[c.words[0]] {
		return model.Organization // "FC Brugge", "AS Roma": a sports club
	}
	if len(c.words) > 1 && (lw[0] == "studio" || lw[0] == "studios") && !digits(c.words[1]) && !placeWords[last] {
		return model.Organization // "Studio Ghibli", "Studio Schicketanz": a studio's name; not "Studio 54", "Studio City"
	}
	if i := slices.Index(c.words, "&"); i > 0 && i+1 < len(c.words) {
		if givenName(c.words[i-1]) != unknownSex && givenName(c.words[i+1]) != unknownSex {
			return model.Other // "Laverne & Shirley", "Will & Grace": a show's or a duo's name
		}
		return model.Organization // "Barnes & Noble", "Johnson & Johnson", "Tiffany & Co.": a firm's name
	}
	if len(c.words) > 1 && c.words[0] == "Fort" && !orgWords[last] {
		return model.Place // "Fort Collins", "Fort Hood"; not "James Fort"
	}
	if strings.HasPrefix(name, "state of the union") {
		return model.Other // the President's address, no union's
	}
	if len(c.words) > 1 && arabicBodies[lw[0]] {
		return model.Organization // "Hay'at Tahrir al-Sham", "Jabhat al-Nusra": a movement, for all its particle
	}
	if len(c.words) > 3 && c.words[0] == "Friends" && c.words[1] == "of" && c.words[2] == "the" {
		return model.Organization // "Friends of the Earth": a campaign
	}
	if len(c.words) > 2 && c.words[1] == "for" && forPeople(lw[0]) {
		return model.Organization // "Americans for Prosperity", "Physicians for Human Rights"
	}
	if strings.HasSuffix(name, "hall of fame") {
		return model.Organization // "the Baseball Hall of Fame"
	}
	if strings.HasSuffix(name, "walk of fame") {
		return model.Place // "the Hollywood Walk of Fame": a pavement
	}
	if postName(c.words) {
		return model.Other // "Forest Service Chief", "District Attorney", "The President": a post, no one's name nor a body's
	}
	if n := len(c.words); n > 1 && (eventEnds[last] || last == "party" && partyOccasions[lw[n-2]]) {
		return model.Other // "Screen Actors Guild Awards", "Vanity Fair Oscar Party": an event named for its body
	}
	if len(c.words) > 1 && (streetWords[last] || last == "square") && givenName(c.words[0]) == unknownSex && !surnamed(c.words) {
		return model.Place // "Times Square", "Union Square", "College Avenue": a street or a square, whatever body's word names it
	}
	if len(c.words) > 1 && (last == "act" || last == "acts") {
		return model.Other // "the Railway Safety Act", "the Bank Secrecy Act": a law, whatever body's word names it
	}
	for _, l := range lw {
		if j := strings.LastIndexByte(l, '-'); j > 0 {
			l = l[j+1:] // "Sun-Times"
		}
		if orgWords[l] && !(surnameBodies[l] && len(c.words) == 2 && l == last && GivenName(c.words[0]) &&
			!places[lw[0]] && !creeds[lw[0]] && !demonyms[lw[0]]) {
			return model.Organization // not "Michael Bloomberg", whom the agency is named for, nor "Gabrielle Union"
		}
	}
	if len(c.words) > 1 && knownOrgs[last] && givenName(c.words[0]) == unknownSex {
		return model.Organization // "Playmobil USA Facebook": a body's page
	}
	if (c.region && !c.speaks || c.town) && !slices.ContainsFunc(c.titles, personTitle) {
		return model.Place // "of El Monte, California,", "in Tyler, Texas": a town, whatever its words
	}
	if n := len(c.words); n > 1 && !slices.Contains(c.words, "of") &&
		(bodyEnds[last] || last == "international" && !places[lw[0]] || last == "line" && lw[n-2] == "cruise" || last == "power" && lw[n-2] == "electric" ||
			last == "nation" && givenName(c.words[0]) == unknownSex && !connectors[c.words[n-2]] || n > 2 && places[last] && bodyEnds[lw[n-2]]) {
		// "Royal Caribbean International", "Carnival Cruise Line", "Tokyo
		// Electric Power", "Paramount Pictures", "Live Nation", a firm's
		// branch ("Care Solutions Europe"); not the airport "Boston Logan
		// International", the writer Terry Nation, nor a paper's title
		// ("Growth of Thin Films").
		return model.Organization
	}
	if len(c.words) == 2 && bodyAdjectives[last] && !slices.ContainsFunc(c.titles, personTitle) {
		// "Augusta National", "Grand Central", "Navy Federal": no one's
		// surname is an adjective of this kind, though the first word
		// may be a given name.
		if c.site {
			return model.Place
		}
		return model.Organization
	}
	if statehood(c.words) {
		return model.Place
	}
	if len(c.words) == 1 && stateCodes[c.words[0]] {
		return model.Place // "Houston, TX", "(D-NY)", "Washington, DC"
	}
	if w := c.words[0]; len(c.words) == 1 && isAcronym(w) && !Initial(w) {
		if c.common || numeral(w) || len(w) >= 5 && (strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "ING")) && !knownOrgs[lower(w)] {
			return model.Other // "going to LOVE what's coming", "He WALKED in": a word shouted
		}
		if c.unit && len(w) <= 3 && !knownOrgs[lower(w)] {
			return model.Other // "25,205.8 MW of electricity", "450 GT C": a unit
		}
		if len(w) >= 4 && dictionary[lower(w)] && !knownOrgs[lower(w)] && !callSign(w) && !c.told { // not "told PEOPLE"
			return model.Other // "It was HUGE", "the DEBATE": a word shouted
		}
		if personNouns[lower(w)] {
			return model.Other // "the MP told BBC News": a member, no body
		}
		return model.Organization
	}
	if n := len(c.words); n >= 3 && Initial(c.words[n-2]) {
		return model.Person // "Jeffrey A. Bridge", "Booker T. Washington"
	}
	if otherWords[last] && !surnamedLikeThing(c.words) || eventNames[lw[0]] ||
		len(c.words) > 2 && roman(c.words[len(c.words)-1]) && otherWords[lw[len(c.words)-2]] ||
		slices.ContainsFunc(lw, func(l string) bool { return weekdays[l] }) {
		return model.Other // "Black Friday", "Saturday Night Live", "Super Bowl XLVI": a day's, a show's or an event's name
	}
	if len(c.words) > 1 && (saintly(c.words[0]) || len(c.words) == 2 && saintPlaces[lw[0]] && (c.placeCue || c.region)) {
		return model.Place // "St. Louis", "Saint Petersburg", "in Santa Rosa", "to San Pedro"; not "St. Patrick's Day", "Roque Santa Cruz"
	}
	if koreanName(c.words) {
		return model.Person // "Park Ji-sung", "Park Dong Woo"; not "Park Slope"
	}
	if placeWords[last] && !surnamed(c.words) && !slices.ContainsFunc(c.titles, personTitle) && !c.who || (len(c.words) > 1 && placeWords[lw[0]]) ||
		len(c.words) > 1 && waterWords[strings.TrimSuffix(last, "s")] && givenName(c.words[0]) == unknownSex {
		return model.Place // "Essen River", "River Wend", "Mill Street", "Pacific Oceans"; not "Anita Hill", "Joan Rivers"
	}
	if len(c.words) == 2 && compass[lw[0]] {
		if strings.HasSuffix(last, "ans") || strings.HasSuffix(last, "ers") {
			return model.Other // "North Dakotans", "South Siders": a place's people
		}
		return model.Place // "West Hollywood", "East Harlem", "West Midlands"
	}
	if n := len(c.words); places[last] && !slices.ContainsFunc(lw[:n-1], func(l string) bool { return !compass[l] && !regions[l] }) {
		return model.Place // "Central Florida", "West Central Alberta", "Greater Manchester"
	}
	if len(c.words) == 2 && sides[lw[0]] && givenName(last) == unknownSex && !c.common {
		return model.Place // "Central Okanagan", "Northern Ontario": part of a place, though the lists lack it
	}
	if buildingSurnames[last] && !slices.ContainsFunc(c.words[:len(c.words)-1], GivenName) {
		return model.Place // "Westminster Hall", not "Rebecca Hall"
	}
	if n := len(c.words); n == 3 && buildingSurnames[last] && givenName(c.words[1]) == unknownSex && !Initial(c.words[1]) {
		return model.Place // "Avery Fisher Hall", named for someone; not "Mary Ann Hall"
	}
	if len(c.words) >= 2 && lw[0] == "the" {
		if l := lw[1]; len(c.words) == 2 && (c.phrase || titleWords[l] || kinNouns[l] || personNouns[l] || roleNouns[l] || demonyms[strings.TrimSuffix(l, "s")]) {
			// "The Queen", "The Mother", "The Palestinians", "The
			// Internet" where the article writes "internet" too: a
			// word capitalised, no paper's or band's name.
			return model.Other
		}
		return model.Organization // "The Globe", "The Greens": not people
	}
	if len(c.words) == 1 && teamsAlone[last] {
		return model.Organization // "the Steelers", "the Knicks": a team called by its name alone
	}
	if len(c.words) >= 2 && colours[lw[0]] {
		if len(c.words) == 2 && demonyms[strings.TrimSuffix(last, "s")] {
			return model.Other // "Black Canadians", "White Americans": a people
		}
		if endsPlural(last) {
			return model.Organization // "Red Sox", "Blue Jays", "Black Keys": a team's or a band's name
		}
		return model.Other // "Red Carpet", "Black Lives Matter"
	}
	if len(c.words) >= 2 && lw[0] == "first" {
		return model.Other // "First Solar", "First Family", "First Nations": a firm's, a household's, peoples'; no person's
	}
	if n := len(c.words); n > 3 && lw[n-1] == "canada" && slices.Contains(c.words, "and") && givenName(c.words[0]) == unknownSex {
		return model.Organization // "Employment and Social Development Canada": Canada's departments are named so
	}
	if len(c.words) >= 2 && len(c.words) <= 4+nameParticleCount(c.words) {
		if group(c.words) || c.phrase {
			return model.Other // "Tory MPs", "Two Republicans", "My Daughters", "Law Enforcement": no one's name
		}
		if c.body && (givenName(c.words[0]) == unknownSex || c.listed) {
			return model.Organization // "the Golden Dawn party"
		}
		if teamName(c.words) || c.article && len(c.words) == 2 && teamNames[last] && givenName(c.words[0]) == unknownSex {
			return model.Organization // a team: "New York Jets", "Washington Nationals", "Toronto Blue Jays", "the Kelowna Rockets"
		}
		if n := len(c.words); places[lw[n-1]] && connectors[lw[n-2]] && knownOrgs[lw[0]] {
			return model.Organization // "Wal-Mart de Mexico": a company's arm in a country
		}
		if n := len(c.words); places[lw[n-1]] && !connectors[c.words[n-2]] && !slices.ContainsFunc(c.words, Initial) &&
			(givenName(c.words[0]) == unknownSex || adjectiveNames[lw[0]]) && !slices.ContainsFunc(c.titles, personTitle) {
			return model.Organization // "Statistics Canada", "Royal Caribbean": no one's name, unlike "Sam Houston"
		}
		if acronymFirst(c.words) {
			return model.Organization // "STP Consultants", "CBS Sacramento"; not "J.J. Abrams" or "DJ Khaled"
		}
		if brand(c.words[len(c.words)-1]) && !(len(c.words) == 2 && GivenName(c.words[0])) {
			return model.Organization // "Fraser Highway SkyTrain"; not "Ellen DeGeneres", "Mark GarthWaite"
		}
		if w := c.words[len(c.words)-1]; len(w) >= 3 && isAcronym(w) && !isAcronym(c.words[0]) && !roman(w) &&
			!honours[w] && !personNouns[lower(w)] && !slices.ContainsFunc(c.words, func(w string) bool { return connectors[w] }) {
			// "Emirates NBD", "Denver KUSA-TV"; not "Tom Berg III", "Ann Lee OBE",
			// "Ann Lee of MSNBC", "Liberal MLA" (a member), or a name in capitals.
			return model.Organization
		}
		if !slices.ContainsFunc(c.words, GivenName) &&
			slices.ContainsFunc(c.words[1:], func(w string) bool {
				return len(w) >= 2 && isAcronym(w) && !strings.Contains(w, ".") && !roman(w)
			}) {
			return model.Other // "GP ELISA", "Broadcaster DR": no one's name
		}
		if posts[last] && givenName(c.words[0]) == unknownSex {
			return model.Other // "Art Director", "Chief Strategy Officer": a post, no one's name
		}
		if c.numbered || slices.ContainsFunc(c.words[1:], func(w string) bool { return titleVerbs[lower(w)] }) {
			return model.Other // "Kate Plus 8", "Kevin Can Wait", "A Man Called Ove": a show's, a craft's or a film's name, no one's
		}
		if slices.ContainsFunc(lw[1:len(lw)-1], func(l string) bool { return streetWords[l] }) {
			return model.Other // "the Sherbrook Street Stella's location": a shop on a street, no one
		}
		if foreignArticles[lw[0]] && givenName(c.words[1]) == unknownSex && !c.speaks && len(c.titles) == 0 {
			return model.Other // "La Liga", "Gare du Nord", "Le Monde": a team's, a place's or a paper's name
		}
		if slices.ContainsFunc(c.words[1:], func(w string) bool { return w == "of" || w == "on" || w == "for" }) && givenName(c.words[0]) == unknownSex && !slices.ContainsFunc(c.titles, personTitle) {
			return model.Other // "Eagles of Death Metal", "Birth of Modern Canada"; not "Ann Lee of MSNBC" nor "Lord Burnett of Maldon"
		}
		if l := lw[0]; demonyms[l] && !demonymNoun(l) {
			return model.Other // "American Idol", "American Oversight": a nationality opens no one's name
		}
		return model.Person
	}
	if len(c.words) == 1 {
		switch w, l := c.words[0], lw[0]; {
		case groupNouns[l] || parties[l] || len(w) > 2 && strings.HasSuffix(w, "s") && isAcronym(w[:len(w)-1]):
			return model.Other // "Authorities said", "Democrats say", "MPs said": a group, no one's name
		case brand(w):
			return model.Organization // "YouTube", "LinkedIn"
		case c.body && (givenName(w) == unknownSex || c.listed):
			return model.Organization // "confectionery giant Nestle", "The company, Xhibit, said"
		case c.placeCue && !c.common && (!dictionary[l] || places[l]) && !holidays[l] && l != "internet":
			return model.Place // not "in Science" where "science" is written too, "at Christmas", "on the Internet"
		case slices.ContainsFunc(c.titles, personTitle) || c.speaks && !c.common || c.aged:
			return model.Person // "President Alder", "Alder said", "says Tom.", "Snoop, 47,"
		}
	}
	return model.Other
}

// nameParticleCount counts the words of a name that join its other
// words and are no name themselves: "da" in "Luiz Inácio Lula da Silva",
// "bin" and "Al" in "Tamim bin Hamad Al Thani". (Not "of": "Bank of
// America" is counted as it is written.)
func nameParticleCount(words []string) int {
	n := 0
	for _, w := range words {
		if l := strings.ToLower(w); connectors[l] && l != "of" && l != "&" {
			n++
		}
	}
	return n
}

// postName reports words that name a post, not who holds it nor the body:
// they end on a post's word ("Secretary", "Chief", "Attorney General")
// after no known given name ("Forest Service Chief", not "Ann Chief"); not
// an office ("Office of Inspector General").
func postName(words []string) bool {
	n := len(words)
	if n < 2 || givenName(words[n-2]) != unknownSex || Initial(words[n-2]) || slices.ContainsFunc(words, func(w string) bool { return lower(w) == "office" }) {
		return false
	}
	last := lower(words[n-1])
	if last == "general" {
		return postEnds[lower(words[n-2])] // "Attorney General", not "Dollar General"
	}
	if n == 3 && titleWords[lower(words[0])] && words[1] == "of" && !places[last] && !knownOrgs[last] {
		return true // "Secretary of Energy", "Chief of Police": a portfolio; not "Duke of Edinburgh"
	}
	return posts[last] || postEnds[last] || postEnds[strings.TrimSuffix(last, "s")] // "Police Chiefs"
}

// postEnds end a post's name, as posts do.
var postEnds = wordSet("chief leader attorney inspector surgeon solicitor auditor sheriff coroner member strategist analyst")

// surnamed reports a given name and a surname that is a place's word too:
// "Anita Hill", "John Park"; not "Hyde Park", "Richmond Park", "Glen Park"
// or "Cherry Hill", whose first word is a place's or a plant's as well.
func surnamed(words []string) bool {
	first := lower(words[0])
	if len(words) == 3 && surnameParticles[lower(words[1])] && GivenName(words[0]) && !places[first] {
		return true // "Cornelius Van Dam": a particle opens a surname
	}
	if len(words) == 2 && isDotted(words[0]) && !places[first] && !stateCodes[strings.ToUpper(strings.ReplaceAll(first, ".", ""))] {
		return true // "E.D. Hill": initials open a person's name; not "U.S. Hill"
	}
	return len(words) == 2 && surnamePlaces[lower(words[1])] && GivenName(words[0]) && !places[first] && !landscape[first]
}

// personTitle reports a title that only a person holds: "President", not
// the "U.S." of "U.S. Census" or the "National" of "National Guardsmen",
// which qualify titles but also bodies and things.
func personTitle(title string) bool { return !titleQualifiers[title] }

var titleQualifiers = wordSet(`vice special senior former staff foreign defense defence interior finance health state
acting interim executive economy trade education energy environment labour labor home culture transport
agriculture head u.s us uk un eu nato white house kremlin federal regional national first deputy chief
president's minister's`)

// group reports a run of capitalised words that names a group or a thing,
// not a person: it ends in a group's noun ("Conservative MPs", "Fellow
// Republicans", "North Koreans") or opens with a determiner, a number or
// a speech verb that is no given name ("My Daughters", "Two Republicans",
// "Says Prosecutor"; not "Will Smith", nor "Said Hamdan", a name too).
func group(words []string) bool {
	first, last := lower(words[0]), lower(words[len(words)-1])
	singular := strings.TrimSuffix(last, "s")
	switch {
	case parties[last] || groupNouns[last] || (singular != last && demonyms[singular]):
		return true
	case strings.HasSuffix(words[len(words)-1], "s") && len(last) > 2 && isAcronym(words[len(words)-1][:len(last)-1]):
		return true // "MPs", "PACs"; not "GPS"
	case len(words) == 2 && partyMembers[first] && (strings.HasSuffix(last, "eers") || strings.HasSuffix(last, "ites") || strings.HasSuffix(last, "ists")):
		return true // "Tory Brexiteers", "Labour Corbynites": a party's faction; not "Republican Sanders"
	}
	_, number := numberWords[first]
	// "…15 Times, Says Prosecutor": a headline's verb opens no name; an
	// initial opens one ("A. Dwight Pettit" is no count of one).
	return (nameless[first] || number || speechVerbs[first] && first != "said") && givenName(words[0]) == unknownSex && !Initial(words[0])
}

var greetings = wordSet("hey hi hello rip")

// nameless are the function words that open no one's name.
var nameless = wordSet(`my your our their his her its this that these those some any no every each all another
other what which who whose how why when where is are was were am be been do does did has have had not and or
but if to in on at from for with by into about against than then so`)

// acronymFirst reports a body's name that opens with its acronym: "STP
// Consultants", "CBS Sacramento". Two letters are more often initials
// ("DJ Khaled"), and a dateline ("TOKYO Exhausted …"), a time zone or a
// date after it names no body.
func acronymFirst(words []string) bool {
	first := words[0]
	if len(first) < 3 || len(first) > 5 || !isAcronym(first) || strings.Contains(first, ".") || notNames[lower(first)] || places[lower(first)] {
		return false
	}
	return !slices.ContainsFunc(words[1:], func(w string) bool {
		l := lower(w)
		return isAcronym(w) || calendarWords[l] || text.StopWord(l) || titleWords[l] || givenName(w) != unknownSex
	})
}

// acronymHyphen reports the halves of a hyphenated body's name that opens
// on its acronym: "SNC-Lavalin"; not "AOL-Yahoo" or "NATO-Russia", two
// names, nor "BBB-rated".
func acronymHyphen(parts []string) bool {
	return len(parts) == 2 && capitalised(parts[1]) && acronymFirst(parts) &&
		!knownOrgs[lower(parts[0])] && !knownOrgs[lower(parts[1])] && !places[lower(parts[1])]
}

// parties are the members of a party or house, a group.
// partyMembers qualify a politician's name as a party's member:
// "Nationalist Eric Chu", "Labour Jeremy Corbyn".
var partyMembers = wordSet("democrat republican libertarian nationalist conservative labour liberal socialist communist tory independent")

// nationals name a person by their country before a name: "Pole Artur
// Krysiak"; not demonyms, since "North Pole" is a place.
var nationals = wordSet("pole swede spaniard briton brit frenchman frenchwoman dutchman turk")

var parties = wordSet("democrats republicans democrat republican conservatives liberals tories representatives senators sens reps")

// brand reports a word with a capital inside it that no name prefix
// explains ("YouTube", "LinkedIn"; not "McCain", "DeSantis", "O'Brien").
func brand(w string) bool {
	for i, r := range w {
		if i == 0 || !unicode.IsUpper(r) {
			continue
		}
		prefix := w[:i]
		if strings.ContainsAny(prefix, "'’-") || namePrefixes[prefix] {
			return false
		}
		return !isAcronym(prefix)
	}
	return false
}

var namePrefixes = text.Set("Mc Mac De Del Di Da Du La Le Van Von Fitz")

// code reports a word of letters and digits: a flight's, a model's or a
// craft's code ("MH370", "S5", "F-35"), no one's name nor a body's.
func code(w string) bool {
	return strings.ContainsFunc(w, unicode.IsDigit) && strings.ContainsFunc(w, unicode.IsLetter)
}

// shoutedWords counts the words in capitals, one of them a common word,
// that open words: "ELECTRONICS CONGLOMERATE Samsung".
func shoutedWords(words []token) int {
	n, common := 0, false
	for n < len(words) && len(words[n].text) >= 4 && isAcronym(words[n].text) {
		common = common || dictionary[words[n].low]
		n++
	}
	if !common {
		return 0
	}
	return n
}

// creditBetween reports a name's word and words in capitals, one of them
// a common word, meeting at k: a picture's credit between the caption's
// name and the next sentence ("Luka Magnotta SUBMITTED IMAGE Police"), not
// an acronym in a name ("USA TODAY Sports", "Robert S. Mueller III").
func creditBetween(ts []token, k int) bool {
	shouted := func(t token) bool { return isAcronym(t.text) && len(t.text) > 1 && !strings.Contains(t.text, ".") }
	if shouted(ts[k-1]) == shouted(ts[k]) {
		return false
	}
	// The capitals run from r to e; the name's word is before r or at e.
	r := k
	if shouted(ts[k-1]) {
		r = k - 1
		for r > 0 && !ts[r].broken && shouted(ts[r-1]) {
			r--
		}
		if r == 0 || ts[r].broken || !capitalised(ts[r-1].text) {
			return false
		}
	}
	common, e := false, r
	for ; e < len(ts) && (e == r || !ts[e].broken) && shouted(ts[e]); e++ {
		common = common || dictionary[ts[e].low]
	}
	return e-r >= 2 && common
}

// shoutedLabel reports words in capitals opening a sentence before a
// colon, one of them a common word and the first no given name, that
// label what follows: "KEEPING SCORE:", "THE DAY IN ASIA:"; not "NEW
// YORK:" nor a transcript's speaker, "BILL GATES:".
func shoutedLabel(s string, words []token) bool {
	n := len(words)
	if n < 2 || !strings.HasPrefix(s[words[n-1].end:], ":") || strings.ContainsFunc(s[:words[0].start], unicode.IsLower) || places[lower(joinTokens(words))] {
		return false
	}
	common := false
	for _, w := range words {
		if !isAcronym(w.text) {
			return false
		}
		common = common || dictionary[w.low]
	}
	return common && givenName(words[0].text) == unknownSex
}

// participle reports a verb's past form that the common words hold with
// its stem: "Arrested", "Fired"; not "Creed" or "Reed".
func participle(w string) bool {
	l := lower(w)
	return len(l) > 4 && strings.HasSuffix(l, "ed") && dictionary[l] && (dictionary[l[:len(l)-2]] || dictionary[l[:len(l)-1]])
}

// callSign reports a broadcaster's four letters, which may spell a word:
// "WOOD", "KING".
func callSign(w string) bool {
	return len(w) == 4 && (w[0] == 'W' || w[0] == 'K')
}

func isAcronym(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// spelled reports an acronym of three letters or more that is no Roman
// numeral ("Robert S. Mueller III") nor initials ("J.C.X. Simon").
func spelled(w string) bool {
	if strings.Contains(w, ".") {
		return false
	}
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3 && strings.Trim(w, "IVXLC") != ""
}

// roman reports a Roman numeral: "III" of "Robert S. Mueller III", "XLVI"
// of "Super Bowl XLVI".
func roman(w string) bool { return strings.Trim(w, "IVXL") == "" }

// designation reports capitals at s[start:end] joined by a hyphen to a
// number after them or to a single character before them: "CF-18",
// "AK-47", "Y-STR".
func designation(s string, start, end int) bool {
	if !isAcronym(s[start:end]) {
		return false
	}
	after := end+1 < len(s) && s[end] == '-' && isDigit(s[end+1])
	before := start >= 2 && s[start-1] == '-' && (start == 2 || s[start-3] == ' ') && s[start-2] != ' '
	return after || before
}

// numeral reports w as a Roman numeral written as numerals are, up to 89:
// "II", "XIV"; not "VIX", an index's name.
func numeral(w string) bool {
	if w == "" || !roman(w) {
		return false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if v := romanValue(w[i]); i+1 < len(w) && v < romanValue(w[i+1]) {
			n -= v
		} else {
			n += v
		}
	}
	var b strings.Builder
	for _, d := range []struct {
		v int
		s string
	}{{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for ; n >= d.v; n -= d.v {
			b.WriteString(d.s)
		}
	}
	return b.String() == w
}

// romanValue is the value of one Roman numeral's letter.
func romanValue(b byte) int {
	switch b {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	}
	return 0
}

// entities finds the entities of an article and where they are mentioned.
// Surname-only mentions resolve to the full name given in the same article;
// transliteration variants of one name merge.
func entities(sents []string) ([]Entity, []Mention) {
	cands := candidates(sents)
	var ents []Entity
	index := map[string]int{} // type + key → entity
	add := func(typ, name, key string, titles []string) int {
		id, ok := index[typ+"|"+key]
		if !ok {
			id = len(ents)
			ents = append(ents, Entity{Name: name, Type: typ, Key: key})
			index[typ+"|"+key] = id
		}
		e := &ents[id]
		e.addForm(name)
		e.Uncertain = false // seen in a place that makes it a name
		for _, t := range titles {
			if !contains(e.Titles, t) {
				e.Titles = append(e.Titles, t)
			}
		}
		if text.NumFields(name) > text.NumFields(e.Name) {
			e.Name = name
		}
		return id
	}
	types := make([]string, len(cands))
	// Full names first, so that surnames can resolve to them.
	persons := map[string]int{}    // surname key → person entity
	given := map[string]int{}      // given name key → the first person of it
	givenAt := map[string]int{}    // given name key → the sentence that first names that person in full
	givenTwice := map[string]int{} // given name key → the sentence that first names another person of it
	var adjectives map[string]bool // the text's adjectives of place, read only when a one-word name needs them
	placeLike := func(name string) bool {
		if adjectives == nil {
			adjectives = adjectivesOfPlace(sents)
		}
		return hasDemonym(name, adjectives)
	}
	// A name of no known given name that the article puts somewhere ("in
	// Terre Haute") and never gives a title or words is no person's,
	// though it may be a magazine's as well as a town's ("in Vanity Fair").
	sited, personal := map[string]bool{}, map[string]bool{}
	// Nor is one it always writes after an article, speaking or not ("the
	// Hollywood Reporter said", "a Carnival Cruise ship"): no one's name is
	// given so.
	articled := map[string]bool{}
	// Nor one it writes once as someone's employer or as a body: "a
	// strategist at Miller Tabak", "CEO of Civic Action" (not "a partner
	// at Ann Lee's firm").
	employers := map[string]bool{}
	for _, c := range cands {
		if (c.employer || c.body && len(c.words) > 1 && classify(c) == model.Organization) && !opensPossessive(sents[c.sent][c.end:]) {
			employers[strings.Join(c.words, " ")] = true
		}
		if len(c.words) < 2 {
			continue
		}
		name := strings.Join(c.words, " ")
		if c.site || c.speaks || len(c.titles) > 0 {
			sited[name] = sited[name] || c.site
			personal[name] = personal[name] || c.speaks || len(c.titles) > 0
		}
		if v, seen := articled[name]; !seen || v {
			articled[name] = c.article
		}
	}
	for i, c := range cands {
		types[i] = classify(c)
		if types[i] == model.Organization && len(c.words) == 1 && designation(sents[c.sent], c.start, c.end) {
			types[i] = model.Other // "CF-18 fighter jets", "COVID-19", "Y-STR testing": a model's or a thing's name
		}
		if name := strings.Join(c.words, " "); employers[name] && !places[lower(name)] {
			types[i] = model.Organization // "at Stanford" put no one in a place
		}
		if len(c.words) == 1 && types[i] != model.Place && placeLike(c.words[0]) {
			types[i] = model.Place // "Merovia" where "Merovian" is said
		}
		if n := len(c.words); types[i] == model.Person && n > 1 && len(c.words[n-1]) == 1 && givenName(c.words[0]) == unknownSex {
			types[i] = model.Other // "Hepatitis C", "Plan B": no one's surname is a letter, though a stage name may end on one ("Kat Von D")
		}
		if types[i] == model.Person && len(c.titles) == 0 && peoplesWords(c.words) {
			types[i] = model.Other // "Shiite Muslim leaders met": no one's name, which the mentions drop
		}
		if types[i] == model.Person && len(c.words) > 1 && givenName(c.words[0]) == unknownSex && !slices.ContainsFunc(c.words, Initial) {
			if name := strings.Join(c.words, " "); sited[name] && !personal[name] || articled[name] {
				types[i] = model.Other
			}
		}
	}
	// "Covington Catholic" is the Covington Catholic High School: a
	// body's opening words, where the rest says what kind of body it is,
	// if they open only one body's name.
	opening := map[string]string{} // key of a body's opening words → the body's key, or ""
	opens := func(key, whole string) {
		if other, seen := opening[key]; !seen || other == whole {
			opening[key] = whole
		} else {
			opening[key] = ""
		}
	}
	for i, c := range cands {
		n := len(c.words)
		if types[i] != model.Organization || n < 3 || demonyms[lower(c.words[0])] {
			continue
		}
		whole := Key(strings.Join(c.words, " "))
		if orgWords[lower(c.words[n-1])] && !townsBody(strings.Join(c.words, " ")) {
			for k := 2; k < n && !orgWords[lower(c.words[k-1])] && !connectors[c.words[k-1]]; k++ {
				key, l := Key(strings.Join(c.words[:k], " ")), lower(strings.Join(c.words[:k], " "))
				if places[l] || knownOrgs[l] || key == whole || postName(c.words[:k]) || strings.HasSuffix(c.words[k-1], "'s") {
					// "New York" is no part of the New York Stock Exchange, nor
					// "United Nations" of the United Nations University; "Jaguar
					// Land Rover Automotive" is "… PLC" itself.
					continue
				}
				opens(key, whole)
			}
		}
		// "the Peterson Institute" is the Peterson Institute for
		// International Economics, "the Heart and Stroke Foundation" the
		// Heart and Stroke Foundation of Canada, "Orofino Police" the
		// Orofino Police Department: the body's name up to what it is for
		// or the country it is of, or before a police force's kind (not
		// "Federal Court" of the Federal Court of Appeal).
		if j := slices.IndexFunc(c.words, func(w string) bool { return w == "of" || w == "for" }); j >= 2 && orgWords[lower(c.words[j-1])] && !knownOrgs[lower(strings.Join(c.words[:j], " "))] &&
			(c.words[j] == "for" || places[lower(strings.Join(c.words[j+1:], " "))]) {
			opens(Key(strings.Join(c.words[:j], " ")), whole)
		} else if lower(c.words[n-2]) == "police" && policeKinds[lower(c.words[n-1])] {
			opens(Key(strings.Join(c.words[:n-1], " ")), whole)
		}
	}
	for i, c := range cands {
		if types[i] == model.Person && len(c.words) > 1 && len(c.titles) == 0 && givenName(c.words[0]) == unknownSex && opening[Key(strings.Join(c.words, " "))] != "" {
			types[i] = model.Organization // "said Covington Catholic has …": the school, by its opening words
		}
		if types[i] == model.Person && len(c.words) > 1 {
			key := Key(strings.Join(c.words, " "))
			for _, e := range ents { // merge "Donald J. Trump" and "Donald Trump"
				if e.Type == model.Person && SamePerson(e.Key, key) && text.NumFields(e.Key) > 1 && !laterMiddle(e.Forms, c.words) {
					key = e.Key
					break
				}
			}
			f := strings.Fields(key)
			if len(f) == 0 {
				continue // a name of no letters
			}
			id := add(model.Person, strings.Join(c.words, " "), key, c.personTitles())
			if _, taken := persons[f[len(f)-1]]; !taken {
				persons[f[len(f)-1]] = id
			}
			if n := len(f); n > 2 && suffixKeys[f[n-1]] {
				if _, taken := persons[f[n-2]]; !taken {
					persons[f[n-2]] = id // "Sargeant" alone is Harry Sargeant III
				}
			}
			if last := c.words[len(c.words)-1]; particled(last) || strings.Contains(last, "-") {
				if _, taken := persons[Key(last)]; !taken {
					persons[Key(last)] = id // "Al-Assad" alone is Bashar al-Assad, as "Assad" is; "Platts-Mills" Thomas Platts-Mills
				}
			}
			if prev, taken := given[f[0]]; !taken {
				given[f[0]], givenAt[f[0]] = id, c.sent
			} else if prev != id && !strings.HasPrefix(key+" ", ents[prev].Key+" ") && f[len(f)-1] != lastKey(ents[prev].Key) {
				// Not "Snoop Dogg Raps", a headline's words run on, nor
				// "Michelle LaVaughn Robinson Obama" after "Michelle Obama".
				if _, twice := givenTwice[f[0]]; !twice {
					givenTwice[f[0]] = c.sent // two people of one given name
				}
				if familyFirst(c.words) || familyFirst(strings.Fields(ents[prev].Name)) {
					givenTwice[f[0]] = -1 // "Kim" alone may be any of the Kims named: a family's name, not a given one
				}
			}
			if first := c.words[0]; strings.Contains(first, "-") && len(c.words) > 1 {
				if _, taken := given[Key(first)]; !taken {
					given[Key(first)], givenAt[Key(first)] = id, c.sent // "Rose-Lynn" alone is Rose-Lynn Harlan
				}
			}
		}
	}
	// A lone word the article names as a body once ("confectionery giant
	// Nestle", "People magazine") is that body where it speaks too
	// ("Nestle said") and wherever it stands inside a sentence ("While
	// People stopped short").
	bodies := map[string]bool{}
	for i, c := range cands {
		if len(c.words) == 1 && c.body && types[i] == model.Organization {
			bodies[c.words[0]] = true
		}
	}
	for i, c := range cands {
		if len(c.words) == 1 && (types[i] == model.Person || types[i] == model.Other && !c.initial) && bodies[c.words[0]] && len(c.titles) == 0 {
			types[i] = model.Organization
		}
	}
	orgs := map[string]int{}   // first word key → organisation
	byLast := map[string]int{} // a lastNamed word → the one body named with it, or -1
	for i, c := range cands {
		if types[i] == model.Organization && len(c.words) > 1 {
			name := strings.Join(c.words, " ")
			key := Key(name)
			if whole := opening[key]; whole != "" && whole != key {
				continue // the mention joins the whole name below
			}
			id := add(model.Organization, name, key, nil)
			// "Kestrel" alone is "Kestrel Press"; but "CNN" alone is CNN,
			// not "CNN Health", "Trump" is not "Trump Administration", and
			// "Mourdock" is Richard Mourdock, not "Mourdock's Senate bid";
			// nor is an owner its body ("Fifa's Congress").
			_, person := persons[Key(c.words[0])]
			if _, taken := orgs[Key(c.words[0])]; !taken && !person && !knownOrgs[lower(c.words[0])] && !personsBody[lower(c.words[len(c.words)-1])] && !strings.HasSuffix(c.words[0], "'s") && !isAcronym(c.words[0]) && !sharedOpeners[lower(c.words[0])] {
				orgs[Key(c.words[0])] = id
			}
			// A club is called by its last word, "United" Leeds United or
			// "the Rockets" the Kelowna Rockets, and a paper by its own,
			// "the Chronicle" the San Francisco Chronicle: if the article
			// names only one so.
			if last := lower(headWord(c.words)); lastNamed[last] || teamNames[last] {
				if other, seen := byLast[last]; !seen || other == id {
					byLast[last] = id
				} else {
					byLast[last] = -1
				}
			}
			// "Census" alone is the "U.S. Census Bureau": the word after
			// the country's, if it does not end the name and is no one's.
			if n := len(c.words); n > 2 && places[lower(c.words[0])] {
				w := c.words[1]
				_, taken := orgs[Key(w)]
				if _, person := persons[Key(w)]; !taken && !person && !orgWords[lower(w)] && !places[lower(w)] && !parties[lower(w)] && givenName(w) == unknownSex {
					orgs[Key(w)] = id
				}
			}
		}
	}
	for last, id := range byLast {
		if _, taken := orgs[Key(last)]; !taken && id >= 0 {
			orgs[Key(last)] = id
		}
	}
	// "the Essen" and "the Wend" are the rivers the article names in
	// full; "Mississippi" is the state, not its river.
	waters := map[string]int{} // key of the name without its feature word → place
	for i, c := range cands {
		if types[i] != model.Place {
			continue
		}
		name := strings.Join(c.words, " ")
		if short := ShortPlace(name); short != "" {
			if _, taken := waters[short]; !taken {
				waters[short] = add(model.Place, name, Key(name), nil)
			}
		}
	}
	// A lone word the article reads as a person's once ("Chun said") is a
	// person's wherever it stands alone ("Chun, the South's lead delegate,").
	lonePerson := map[string]bool{}
	for i, c := range cands {
		if len(c.words) == 1 && types[i] == model.Person {
			lonePerson[Key(c.words[0])] = true
		}
	}
	for i, c := range cands {
		if len(c.words) == 1 && types[i] == model.Place && lonePerson[Key(c.words[0])] && !c.site && !c.region && !c.town && !places[lower(c.words[0])] {
			types[i] = model.Person // "a visit to Guzman", where "Guzman told" her
		}
		if len(c.words) == 1 && types[i] == model.Other && lonePerson[Key(c.words[0])] && !c.common && !c.lowered && !c.work && givenName(c.words[0]) != unknownSex {
			types[i] = model.Person // "when Matt was arrested", where "her adopted son, Matt," is hers
		}
	}
	var mentions []Mention
	for i, c := range cands {
		name := strings.Join(c.words, " ")
		key := Key(name)
		if _, ok := persons[key]; c.surname && !ok {
			continue // "the Doctor", no one's surname here
		}
		if id2, ok := persons[Key(lastWord(name))]; ok && len(c.words) == 2 && types[i] == model.Other && places[lower(c.words[0])] &&
			sents[c.sent][c.start:c.end] == name && len(c.titles) == 0 {
			// "while in Iowa Trump was at 17%": the state, then the man
			// the article names so.
			at := c.start + len(c.words[0])
			place := add(model.Place, c.words[0], Key(c.words[0]), nil)
			person := add(model.Person, ents[id2].Name, ents[id2].Key, nil)
			ents[person].addForm(c.words[1])
			mentions = append(mentions, Mention{Entity: place, Sentence: c.sent, Start: c.start, End: at},
				Mention{Entity: person, Sentence: c.sent, Start: at + 1, End: c.end})
			continue
		}
		spelled := -1
		if types[i] == model.Organization && len(c.words) == 1 {
			spelled = spelledBody(ents, name)
		}
		if spelled < 0 && (types[i] == model.Organization || types[i] == model.Other || types[i] == model.Person && len(c.titles) == 0) && len(c.words) == 1 && titledAcronym(name) {
			spelled = spelledBody(ents, strings.ToUpper(name)) // "Amsa" where the article names the Australian Maritime Safety Authority
		}
		var id int
		if id2, ok := orgs[key]; ok && len(c.words) == 1 && !places[lower(name)] && !c.aged && // "Snoop, 47," is no "Snoop Potluck Dinner Party"
			(types[i] != model.Place || !c.site || c.common || !townsBody(ents[id2].Name) && !c.around && !c.region) { // "in Portland" is no "Portland Water Bureau", "outside Covington" or "in Akron, Ohio" no school there
			id = id2
			ents[id].addForm(name)
		} else if spelled >= 0 {
			id = spelled // "FBI" where the article names the Federal Bureau of Investigation
			ents[id].addForm(name)
			// Keyed by the acronym, as reports that only write "FBI" key it,
			// so that they still share the name.
			ents[id].Key = key
		} else if id2, ok := persons[key]; ok && len(c.words) == 1 && (!isAcronym(name) || endsWith(ents[id2].Forms, name)) && !OtherReign(c.titles, ents[id2].Titles) { // "the UN" is not Kim Jong Un; "IV" is Robert Richards IV
			id = add(model.Person, ents[id2].Name, ents[id2].Key, c.personTitles())
			before := sents[c.sent][:c.start]
			if p := lastWord(before); strings.HasSuffix(before, " "+p+" ") && surnameParticles[p] && strings.HasSuffix(ents[id2].Name, " "+p+" "+name) {
				name = p + " " + name // "bin Laden" for Osama bin Laden, as the article writes him
				c.start -= len(p) + 1
			}
			ents[id].addForm(name)
		} else if id2, ok := given[key]; ok && len(c.words) == 1 && c.sent > givenAt[key] && onlyOneYet(givenTwice, key, c.sent) && (lonePerson[key] || givenName(name) != unknownSex && (!c.initial || !c.lowered && !common(name))) && (types[i] != model.Place || !places[lower(name)] && !c.region) && !isAcronym(name) {
			// "Snoop, 47, went on to thank himself": a given name alone,
			// read as a person's somewhere (a title, an age, words said),
			// after the article has named someone of it in full, is that
			// one person, even put somewhere no known place is ("in
			// Ronan's exposé"). Not any word that opens a name: "his
			// Saturn was the car". Nor one written after the article has
			// named a second person of it: the reader cannot tell which.
			id = add(model.Person, ents[id2].Name, ents[id2].Key, c.personTitles())
			ents[id].addForm(name)
		} else if id2, ok := waters[key]; ok && len(c.words) == 1 && (types[i] == model.Other || types[i] == model.Place) { // not Amazon the firm
			id = id2
			ents[id].addForm(name)
		} else if types[i] == model.Person && len(c.words) > 1 {
			var ok bool
			if id, ok = index[model.Person+"|"+mergedKey(ents, key)]; !ok {
				continue
			}
		} else if id2, ok := index[model.Organization+"|"+opening[key]]; ok && opening[key] != key && len(c.words) > 1 && (types[i] == model.Other || types[i] == model.Organization) {
			id = id2 // "Covington Catholic" for the Covington Catholic High School
			ents[id].addForm(name)
		} else if types[i] == model.Other && (c.lowered || len(c.words) == 1 && groupNouns[lower(name)]) && len(c.titles) == 0 {
			continue // "Authorities", "Internet", "Game": a common word, capitalised where a sentence or a heading opens
		} else if types[i] == model.Other && len(c.titles) == 0 && peoplesWords(c.words) {
			continue // "North Koreans", "Shiite Muslim leaders": a people or a creed, no one's name
		} else if c.initial && !c.speaks && len(c.titles) == 0 && types[i] != model.Place {
			// "Analysts say…" or "Ushakov met…": the story decides.
			_, known := index[model.Other+"|"+key]
			id = add(model.Other, name, key, nil)
			ents[id].Uncertain = !known || ents[id].Uncertain
		} else {
			if canon, ok := placeNames[lower(name)]; ok && types[i] == model.Place {
				key = Key(canon) // "U.S." and "United States" are one place
			} else if canon, ok := stateNames[lower(name)]; ok && types[i] == model.Place && (!isAcronym(name) || strings.Contains(name, ".")) {
				name, key = canon, Key(canon) // "Calif." is California, "N.L." Newfoundland and Labrador, by name; "LA" is Los Angeles
			} else if n := len(c.words); n > 1 && types[i] == model.Other && code(c.words[n-1]) && lower(c.words[n-2]) == "flight" {
				key = Key(c.words[n-1]) // "Malaysia Airlines Flight MH370", "Flight MH370" and "MH370" are one flight
			}
			id = add(types[i], name, key, c.titles)
		}
		mentions = append(mentions, Mention{Entity: id, Sentence: c.sent, Start: c.start, End: c.end})
	}
	for i := range ents {
		sort.Strings(ents[i].Forms)
		sort.Strings(ents[i].Titles)
	}
	return ents, mentions
}

// townBodies are words of the bodies a town names for itself: the police,
// its fire department, its council, its hospital, its schools.
var townBodies = wordSet(`police fire sheriff sheriff's council bureau department district library hospital clinic school schools
press tribune times herald post gazette courier journal chronicle daily star sun news register observer bee sentinel examiner inquirer`)

// townsBody reports a body's name that opens on its town's and goes on
// with a word of the town's bodies ("Portland Water Bureau", "Warwick
// Police Department") or papers ("Burlington Free Press"): where the
// article puts someone in the town's name alone, it means the town.
func townsBody(name string) bool {
	words := strings.Fields(name)
	return len(words) > 1 && slices.ContainsFunc(words[1:min(len(words), 3)], func(w string) bool { return townBodies[lower(w)] })
}

// seatHolders hold a seat for a place: "the MP for Bath".
var seatHolders = wordSet("mp mps mla mlas mpp mpps mep meps mna member members representative councillor councilor alderman")

// policeKinds name what kind of body a town's police is.
var policeKinds = wordSet("department service force")

// lastKey is the last word of a name's key: its surname's.
func lastKey(key string) string { return key[strings.LastIndexByte(key, ' ')+1:] }

// onlyOneYet reports that no second person of a given name has been
// named in full by sentence si.
func onlyOneYet(twice map[string]int, key string, si int) bool {
	at, ok := twice[key]
	return !ok || si < at
}

// addForm records one more way the article writes the entity's name.
func (e *Entity) addForm(name string) {
	if !contains(e.Forms, name) {
		e.Forms = append(e.Forms, name)
	}
}

// spelledBody is the body among ents whose name an acronym spells, its
// capitalised words' initials ("FBI": "Federal Bureau of Investigation";
// "CDC": "Centers for Disease Control and Prevention", whose last words
// the acronym may leave out after "and"), or -1.
func spelledBody(ents []Entity, acronym string) int {
	if len(acronym) < 2 || len(acronym) > 6 || !isAcronym(acronym) || strings.Contains(acronym, ".") {
		return -1
	}
	for id, e := range ents {
		if e.Type != model.Organization || !strings.Contains(e.Name, " ") {
			continue
		}
		var initials, every strings.Builder // every: small words too, "POGO" for "Project on Government Oversight"
		for w := range strings.FieldsSeq(e.Name) {
			if w == "and" && initials.String() == acronym {
				break
			}
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !(initials.Len() == 0 && w == "The") {
				initials.WriteRune(r)
				every.WriteRune(r)
			} else if unicode.IsLower(r) {
				every.WriteRune(unicode.ToUpper(r))
			}
		}
		if initials.String() == acronym || every.String() == acronym {
			return id
		}
	}
	return -1
}

// titledAcronym reports a word that may be an acronym written as a name,
// as some papers write them ("Amsa", "Nato"): four to six letters, a
// capital and the rest in lower case, no English word nor given name.
func titledAcronym(w string) bool {
	if len(w) < 4 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' || dictionary[strings.ToLower(w)] || givenName(w) != unknownSex {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// OtherReign reports a monarch's title before a lone name that the person
// of that surname was not given: "King Salman" is not "Crown Prince
// Mohammed bin Salman", whose name ends on his father's.
func OtherReign(titles, personTitles []string) bool {
	return slices.ContainsFunc(titles, func(t string) bool { return regnal[t] && !slices.Contains(personTitles, t) })
}

var regnal = wordSet("king queen prince princess pope emir sultan emperor empress")

// opensPossessive reports text that opens on a possessive's "'s".
func opensPossessive(after string) bool {
	return strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
}

// laterMiddle reports a name with a middle initial after the article has
// named someone of the same first and last names without one: the
// "Joseph F. Smith" of 1904, after the "Joseph Smith" of 1840, is another
// man. A writer gives the initial at the first mention, if at all.
// Not "Edward M. Kennedy" after "Ted Kennedy": a formal name may come later.
func laterMiddle(forms, words []string) bool {
	if len(words) < 3 || !slices.ContainsFunc(words[1:len(words)-1], Initial) {
		return false
	}
	return !slices.ContainsFunc(forms, func(f string) bool {
		first, _, _ := strings.Cut(f, " ")
		return strings.Count(f, " ") >= 2 || first != words[0]
	})
}

// ShortPlace is the key of a river's or a mountain's name without the word
// that says what it is, which alone names it too: "the Essen" of the
// Essen River, "Everest"; "" for other names, and where the rest is a
// place of its own ("Mississippi", the state).
func ShortPlace(name string) string {
	first, second, ok := strings.Cut(name, " ")
	if !ok || strings.Contains(second, " ") {
		return ""
	}
	short := first
	if features[lower(first)] {
		short = second
	} else if !features[lower(second)] {
		return ""
	}
	if places[lower(short)] {
		return ""
	}
	return Key(short)
}

// features name the kind of water or height a place is (not "Lake
// Oroville", whose town is Oroville).
var features = wordSet("river mount mountains glacier volcano")

// compass words open a place's name: "West Hollywood".
var compass = wordSet("north south east west northeast northwest southeast southwest")

// sides are the regions' words that name a part of a place by where it
// lies.
var sides = wordSet("northern southern eastern western central")

// regions qualify a place's name to name part of it.
var regions = wordSet("northern southern eastern western central upper lower greater inner outer saharan sub-saharan mainland atlantic pacific arctic ancient modern medieval colonial biblical")

// personsBody ends a body named after the person who leads it.
var personsBody = wordSet("administration campaign government presidency family foundation")

// endsWith reports a name among forms that ends in the word w, as written.
func endsWith(forms []string, w string) bool {
	return slices.ContainsFunc(forms, func(f string) bool { return lastWord(f) == w })
}

// mergedKey returns the key under which a full person name was stored.
func mergedKey(ents []Entity, key string) string {
	for _, e := range ents {
		if e.Type == model.Person && SamePerson(e.Key, key) && text.NumFields(e.Key) > 1 {
			return e.Key
		}
	}
	return key
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
