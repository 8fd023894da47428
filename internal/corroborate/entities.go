// Package corroborate aligns what a story's articles say: the entities they
// name, the quotes they carry and the values they give, and finds which
// statements are corroborated, disputed or rest on a single source.
package corroborate

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Version names how a story's entities, quotes, findings and changes are
// drawn from its articles' analyses. Raise it whenever a change draws them
// differently, so that a store composed before says so and
// `crosscheck reanalyze` composes its stories again.
const Version = 31

// Item is one article of a story with its analysis. Origin is the article
// it copies, or its own ID: copies are shown but counted once.
type Item struct {
	ID     string
	Origin string
	// Outlet is who published the original, when known: one outlet's
	// several articles saying a thing are one source of it, not several.
	Outlet    string
	Published *time.Time // nil when unknown
	Analysis  analyze.Analysis
	// Revisions are the article's earlier texts, the first first: what
	// its outlet's updates replaced.
	Revisions []Revision
}

// source is who stands behind an item's own words: its outlet when known,
// else its original article.
func (it *Item) source() string {
	if it.Outlet != "" {
		return "outlet:" + strings.ToLower(it.Outlet)
	}
	return "article:" + it.Origin
}

// entityGroup is one real-world entity across the story's articles.
type entityGroup struct {
	typ      string
	key      string   // key of the fullest name
	long     []string // keys of its forms of four words or more, for bornAs
	forms    map[string]int
	articles map[string]bool
}

// ref is one article's entity.
type ref struct {
	item  int
	e     analyze.Entity
	words int
}

// bornAs reports a person's given name and surname (a key) that a name of
// four words or more the group goes by holds too: "Michelle Robinson",
// who is "Michelle LaVaughn Robinson Obama" where the group is keyed by
// the "Michelle Obama" its first article wrote first.
func bornAs(g *entityGroup, key string) bool {
	return strings.Count(key, " ") == 1 && slices.ContainsFunc(g.long, func(k string) bool { return analyze.SamePerson(k, key) })
}

// toldApart returns the pairs of names, both ways, that one article gives
// two people who might be one ("Joseph Smith" and, later, "Joseph F.
// Smith"): they are two in every article.
func toldApart(items []Item) map[[2]string]bool {
	apart := map[[2]string]bool{}
	for _, it := range items {
		bySurname := map[string][]string{}
		for _, e := range it.Analysis.Entities {
			if e.Type != model.Person || !strings.Contains(e.Key, " ") {
				continue
			}
			last := e.Key[strings.LastIndexByte(e.Key, ' ')+1:]
			for _, k := range bySurname[last] {
				if analyze.SamePerson(k, e.Key) {
					apart[[2]string{k, e.Key}], apart[[2]string{e.Key, k}] = true, true
				}
			}
			bySurname[last] = append(bySurname[last], e.Key)
		}
	}
	return apart
}

// titles are the titles the articles give the members of a group.
func titles(refs []ref) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.e.Titles...)
	}
	return out
}

// Entities merges the entities of a story's articles: transliteration
// variants and surname-only mentions of one person become one entity with
// every name as an alias. It also returns, per article, a map from each
// of its entity names to the merged entity's name, for quotes.
func Entities(items []Item) ([]model.Entity, map[string]map[string]string) {
	var groups []*entityGroup
	members := map[*entityGroup][]ref{}
	waters := map[string]*entityGroup{} // a river's or mountain's short name (analyze.ShortPlace) → its group
	apart := toldApart(items)
	joins := func(g *entityGroup, e analyze.Entity) bool {
		return (analyze.SamePerson(g.key, e.Key) || bornAs(g, e.Key)) && (len(apart) == 0 || !slices.ContainsFunc(members[g], func(m ref) bool { return apart[[2]string{m.e.Key, e.Key}] })) &&
			(strings.Contains(e.Key, " ") || !analyze.OtherReign(e.Titles, titles(members[g]))) // "King Salman" is not "Prince Mohammed bin Salman"
	}
	find := func(r ref) *entityGroup {
		e := r.e
		if e.Type == model.Person {
			for _, g := range groups {
				if g.typ == e.Type && g.key == e.Key {
					return g // the very name before a name like it
				}
			}
		}
		for _, g := range groups {
			if g.typ != e.Type {
				continue
			}
			// "The Coast Guard" opening a sentence is the Coast Guard; "FBI"
			// the Federal Bureau of Investigation another article spells.
			if e.Type == model.Person && joins(g, e) || strings.TrimPrefix(g.key, "the ") == strings.TrimPrefix(e.Key, "the ") ||
				e.Type == model.Organization && g.forms[e.Name] > 0 {
				return g
			}
		}
		if strings.Contains(e.Key, " ") {
			// A compound surname alone ("Rees-Mogg", "Van Camp") is the
			// person the story names in full with it, a known given name
			// before ("Jacob Rees-Mogg", not "Visit Business Insider");
			// not when it opens on a given name itself: "John Smith" is
			// not "Mary John Smith".
			first, _, _ := strings.Cut(e.Name, " ")
			if e.Type != model.Person || analyze.GivenName(e.Name) && !particles[strings.ToLower(first)] {
				return nil
			}
			for _, g := range groups {
				if g.typ == model.Person && strings.HasSuffix(g.key, " "+e.Key) && strings.Count(g.key, " ") == strings.Count(e.Key, " ")+1 && givenFirst(g) {
					return g
				}
			}
			return nil
		}
		// "The Essen" alone is the Essen River another article names.
		if g := waters[e.Key]; g != nil && (e.Type == model.Other || e.Type == model.Place) {
			return g
		}
		// A lone word another article reads as no one, or as a place,
		// is a person when this one quotes it ("Trump" said, where
		// another article had "Trump Tower").
		// Not a body the article spells out, keyed by its acronym: the
		// "United Nations" ("UN") is not Kim Jong Un.
		speaks := quoted(items[r.item], e.Name) && !(e.Type == model.Organization && strings.Contains(e.Name, " "))
		if e.Uncertain || e.Type == model.Other || speaks {
			for _, g := range groups { // a lone surname of a person the story names
				// An unclassified word ("Obama") only of one given a title
				// or quoted, or whom another article names by it alone:
				// "Ebola" is not "West African Ebola".
				if g.typ == model.Person && analyze.SamePerson(g.key, e.Key) && (e.Uncertain || speaks || g.forms[e.Name] > 0 && marked(items, members[g]) || titledOrQuoted(items, members[g])) {
					return g
				}
			}
		}
		// A lone word another article reads as a body's short name
		// ("Carnival" of "Carnival Cruise Line") is that body here too,
		// speaking or not, when no person of the story has it.
		if e.Type == model.Person || e.Type == model.Other {
			var body *entityGroup
			for _, g := range groups {
				if g.typ == model.Person && analyze.SamePerson(g.key, e.Key) {
					body = nil
					break
				}
				if body == nil && g.typ == model.Organization && g.forms[e.Name] > 0 {
					body = g
				}
			}
			if body != nil {
				return body
			}
		}
		if speaks && analyze.GivenName(e.Name) || e.Type == model.Person && !e.Uncertain {
			// A given name alone that speaks ("Chris", "Ashley"), or a
			// person's lone name that ends no full name ("Tsai" of "Tsai
			// Ing-wen", whose family name comes first; "Jirasak" of
			// "Jirasak Siemsak"), is the one person the story names in
			// full with it first, if one.
			var only *entityGroup
			for _, g := range groups {
				if g.typ == model.Person && firstNamed(g, e.Key) && !analyze.OtherReign(e.Titles, titles(members[g])) {
					if only != nil {
						return nil
					}
					only = g
				}
			}
			return only
		}
		return nil
	}
	var refs []ref
	for i, it := range items {
		for _, e := range it.Analysis.Entities {
			refs = append(refs, ref{i, e, text.NumFields(e.Key)})
		}
	}
	// Full names first, so that lone surnames join them.
	sort.SliceStable(refs, func(a, b int) bool { return refs[a].words > refs[b].words })
	canon := map[string]map[string]string{}
	for _, r := range refs {
		g := find(r)
		if g == nil && r.e.Uncertain {
			continue
		}
		if g == nil {
			g = &entityGroup{typ: r.e.Type, key: r.e.Key, forms: map[string]int{}, articles: map[string]bool{}}
			groups = append(groups, g)
		}
		for _, f := range r.e.Forms {
			if g.forms[f]++; g.forms[f] == 1 && g.typ == model.Person && text.NumFields(f) >= 4 {
				g.long = append(g.long, analyze.Key(f))
			}
			if g.typ != model.Place {
				continue
			}
			if short := analyze.ShortPlace(f); short != "" && waters[short] == nil {
				waters[short] = g
			}
		}
		g.articles[items[r.item].ID] = true
		members[g] = append(members[g], r)
	}
	var out []model.Entity
	for _, g := range oneTypeEach(groups, members) {
		if g.typ == model.Other && len(g.articles) < 2 {
			continue // unclassified one-offs are noise, not findings
		}
		if g.typ == model.Person && !marked(items, members[g]) {
			g.typ = model.Other
		}
		if g.typ == model.Person && !strings.Contains(g.key, " ") && slices.ContainsFunc(groups, func(h *entityGroup) bool { return h != g && h.typ == model.Person && firstNamed(h, g.key) }) {
			continue // "Joseph" alone, left apart where the story names two Josephs in full: one of them, not another person
		}
		e := model.Entity{Name: bestName(g.forms), Type: g.typ, Aliases: []string{}}
		for f := range g.forms {
			if f != e.Name {
				e.Aliases = append(e.Aliases, f)
			}
		}
		sort.Strings(e.Aliases)
		e.Articles = sortedKeys(g.articles)
		out = append(out, e)
		for _, r := range members[g] {
			id := items[r.item].ID
			if canon[id] == nil {
				canon[id] = map[string]string{}
			}
			if _, taken := canon[id][r.e.Name]; taken && e.Type != model.Person {
				continue // a name an article reads both ways speaks as the person
			}
			canon[id][r.e.Name] = e.Name
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		if len(out[a].Articles) != len(out[b].Articles) {
			return len(out[a].Articles) > len(out[b].Articles)
		}
		return out[a].Name < out[b].Name
	})
	describedByQuotes(items, out, canon)
	return out, canon
}

// describedByQuotes names the speaker an article only describes by a role
// ("Jay Leno's spokesman") when another article gives the same words to a
// person it names ("Bruce Bobbins"): one statement, one source. The words
// must be long enough that two speakers are unlikely to share them.
func describedByQuotes(items []Item, ents []model.Entity, canon map[string]map[string]string) {
	people := map[string]bool{}
	for _, e := range ents {
		if e.Type == model.Person {
			people[e.Name] = true
		}
	}
	type said struct {
		item    int
		speaker string // the story's name for the speaker
		words   map[string]bool
	}
	var named []said
	for i, it := range items {
		for _, q := range it.Analysis.Quotes {
			if sp := canonical(q.Speaker, canon[it.ID]); people[sp] {
				if w := wordSet(q.Text); len(w) >= 6 {
					named = append(named, said{i, sp, w})
				}
			}
		}
	}
	for i, it := range items {
		for _, q := range it.Analysis.Quotes {
			if canonical(q.Speaker, canon[it.ID]) != q.Speaker || people[q.Speaker] || !analyze.PersonRole(q.Speaker) {
				continue // a name already, or no one's role: "a source" stays unnamed, "LinkedIn" a body
			}
			w := wordSet(q.Text)
			if len(w) < 6 {
				continue
			}
			who := ""
			for _, n := range named {
				if n.item != i && items[n.item].Origin != it.Origin && sameWords(w, n.words) {
					if who != "" && who != n.speaker {
						who = ""
						break // the words are given to two people
					}
					who = n.speaker
				}
			}
			if who != "" {
				if canon[it.ID] == nil {
					canon[it.ID] = map[string]string{}
				}
				canon[it.ID][q.Speaker] = who
			}
		}
	}
}

// oneTypeEach merges the groups of one name that articles typed
// differently ("Mars" a place in one, unclassified in another): a story
// lists each name once, with the type most articles give it (a type
// rather than none on a tie).
func oneTypeEach(groups []*entityGroup, members map[*entityGroup][]ref) []*entityGroup {
	byKey := map[string][]*entityGroup{}
	for _, g := range groups {
		byKey[g.key] = append(byKey[g.key], g)
	}
	out := groups[:0]
	for _, g := range groups {
		same := byKey[g.key]
		if same[0] != g {
			continue // merged into the first
		}
		best := g
		for _, o := range same[1:] {
			if len(o.articles) > len(best.articles) || len(o.articles) == len(best.articles) && best.typ == model.Other {
				best = o
			}
		}
		g.typ = best.typ
		for _, o := range same[1:] {
			for f, n := range o.forms {
				g.forms[f] += n
			}
			for id := range o.articles {
				g.articles[id] = true
			}
			members[g] = append(members[g], members[o]...)
		}
		out = append(out, g)
	}
	return out
}

// marked reports a person some article marks as one: by a known given
// name, a title ("aide Yury Ushakov") or a quote. A run of capitalised
// words is read as a person's name when nothing says otherwise, and most
// that nothing marks are not ("Border Security", "Judging Panel"): the
// story lists them as other names. (The analysis of each article keeps
// them as people: grouping stories and finding speakers do better so.)
func marked(items []Item, refs []ref) bool {
	return titledOrQuoted(items, refs) || slices.ContainsFunc(refs, func(r ref) bool { return slices.ContainsFunc(r.e.Forms, givenNamed) }) ||
		personCue(items, refs)
}

// givenNamed reports a name that opens on a known given name, has a
// middle initial, or has a known given name after a first word that
// describes the person ("Supermodel Hilary Rhoda", "Defenseman Jonas
// Brodin").
func givenNamed(name string) bool {
	if analyze.GivenName(name) {
		return true
	}
	if f := strings.Fields(name); len(f) == 3 && analyze.Initial(f[1]) && plainWord(f[0]) && plainWord(f[2]) {
		return true // a middle initial: "Lyndon B. Johnson", "Booker T. Washington"
	} else if len(f) == 2 && initials(f[0]) && plainWord(f[1]) {
		return true // "J.J. Abrams", "H.R. McMaster"
	}
	first, rest, _ := strings.Cut(name, " ")
	return strings.Contains(rest, " ") && analyze.PersonRole(first) && analyze.GivenName(rest)
}

// initials reports two or three initials run together: "J.J.", "E.O.".
func initials(w string) bool {
	n := len(w) / 2
	if len(w)%2 != 0 || n < 2 || n > 3 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// plainWord reports a capitalised word with no period and no other
// capital but after a hyphen, an apostrophe or a Scots prefix
// ("Nazari-Shafti", "O'Neal", "McMaster"): a name's word, not an
// initial, an acronym or a brand's ("AirAsia").
func plainWord(w string) bool {
	prev := ' '
	for i, r := range w {
		scots := i == 2 && w[:2] == "Mc" || i == 3 && w[:3] == "Mac"
		if r == '.' || (i == 0) != unicode.IsUpper(r) && (i == 0 || prev != '-' && prev != '\'' && !scots) {
			return false
		}
		prev = r
	}
	return w != ""
}

// personCue reports a name an article gives an age ("12-year-old Tamir
// Rice", "Tamir Rice, 12,", "Tamir Rice (12)"), a kinship ("her husband,
// Gerrod Chadwell", "Dakota Fanning and boyfriend Jamie Strachan"), a
// person's noun after it ("Serhiy Taruta, a steel baron,") or a "who"
// ("Armie Hammer, who brought …"; not "Big Polluters, who have"), lists
// with a person of a known given name ("Kate Winslet and Shailene Woodley
// attended") or among the examples of people ("celebrities like Tiger
// Woods"), or opens a sentence that goes on of him or her ("Woods
// checked into a clinic to help him manage his drug use").
func personCue(items []Item, refs []ref) bool {
	for _, r := range refs {
		a := items[r.item].Analysis
		idx := slices.IndexFunc(a.Entities, func(e analyze.Entity) bool { return e.Name == r.e.Name && e.Type == r.e.Type })
		for _, m := range a.Mentions {
			if m.Entity != idx || m.Sentence >= len(a.Sentences) {
				continue
			}
			s := a.Sentences[m.Sentence].Text
			if m.End > len(s) {
				continue
			}
			if strings.HasSuffix(s[:m.Start], "-year-old ") || ageAfter.MatchString(s[m.End:]) || posedAfter.MatchString(s[m.End:]) ||
				kinAfter.MatchString(s[m.End:]) || describedAfter(s[m.End:]) || describedBefore(s[:m.Start]) || analyze.ListedPerson(s[:m.Start]) || listedWithPerson(a, m) || (m.Start == 0 || openingPhrase(s[:m.Start])) && ofHimOrHer(a, m) {
				return true
			}
		}
	}
	return false
}

// ofName is what a post is of, named: " of the Kestrel Senate".
const ofName = `(?: of (?:the )?\p{Lu}[\pL.&'’-]*(?: \p{Lu}[\pL.&'’-]*)*)`

var (
	ageAfter = regexp.MustCompile(`^(?:, \d{1,3}[,.](?:\s|$)| \(\d{1,3}\))`)
	// Only people attend, pose and wear: "America Ferrera attended the premiere".
	posedAfter = regexp.MustCompile(`^ (?:attends|attended|poses|posed|wears|wore)\b`)
	kinAfter   = regexp.MustCompile(`^,? (?:and|with) (?:(?:her|his) )?(?:husband|wife|boyfriend|girlfriend|fianc[eé]e?)\b`)
)

// describedAfter reports what follows a name that says it is a person's:
// a comma and a description whose noun only a person is ("…, a steel
// baron,", "…, an agency spokeswoman, wrote"; not "…, the country's largest
// carrier," nor "…, the designer's last work"), or a comma and a "who"
// that is not plural.
func describedAfter(s string) bool {
	if rest, ok := strings.CutPrefix(s, ", who "); ok {
		verb, _, _ := strings.Cut(rest, " ")
		return verb != "are" && verb != "were" && verb != "have"
	}
	m := described.FindStringSubmatch(s)
	return m != nil && personNoun(m[1])
}

// describedBefore reports what goes before a name that says it is a
// person's: a person's noun in lower case or an acronym, a kinship among
// them, with what it is of and a comma or not ("costume designer Eiko
// Ishioka", "her son-in-law, Oyo Rask", "the incoming CEO of Novartis, Vas
// Narasimhan,").
func describedBefore(s string) bool {
	m := describer.FindStringSubmatch(s)
	if m == nil {
		m = openingPost.FindStringSubmatch(s) // "President of the Senate, Bukola Saraki,": a post opening the sentence
	}
	return m != nil && personNoun(m[1])
}

func personNoun(w string) bool { return analyze.PersonNoun(w) || personNouns[strings.ToLower(w)] }

var (
	describer   = regexp.MustCompile(`\b(\p{Ll}+|\p{Lu}{2,4})(?:-in-law)?` + ofName + `?,? $`)
	openingPost = regexp.MustCompile(`^(\p{Lu}\p{Ll}+)` + ofName + `?, $`)
	// A comma, an article and up to three words before the noun, which
	// ends the description or is followed by what says more of it.
	described = regexp.MustCompile(`^, (?:a|an|the) (?:[\pL\d'’-]+ ){0,3}?([\pL]+)(?:[,.;]| (?:of|for|at|in|with|who|and|representing|from)\b|$)`)
	// Nouns of people analyze does not list as roles.
	personNouns = map[string]bool{"sister": true, "baron": true, "warrior": true, "complainant": true, "victim": true,
		"champion": true, "friend": true, "golfer": true, "boxer": true, "fighter": true, "wrestler": true,
		"defender": true, "pundit": true}
)

// listedWithPerson reports a mention in a list of people's names ("Kate
// Winslet and Shailene Woodley attended", "Stellan Skarsgard, Uma Thurman,
// Christian Slater and Stacy Martin"): every other item a name read as a
// person's, one at least of a known given name. Two items joined by a
// comma alone are more often a name and its post ("Jill Ravitch, Sonoma
// County District Attorney") than a list.
func listedWithPerson(a analyze.Analysis, m analyze.Mention) bool {
	s := a.Sentences[m.Sentence].Text
	var line []analyze.Mention
	for _, o := range a.Mentions {
		if o.Sentence == m.Sentence && o.End <= len(s) && o.Entity < len(a.Entities) {
			line = append(line, o)
		}
	}
	slices.SortFunc(line, func(x, y analyze.Mention) int { return x.Start - y.Start })
	at := slices.IndexFunc(line, func(o analyze.Mention) bool { return o.Start == m.Start && o.End == m.End })
	if at < 0 {
		return false
	}
	joined := func(x, y analyze.Mention) (comma, and bool) {
		if x.End > y.Start {
			return false, false
		}
		switch s[x.End:y.Start] {
		case ", ":
			return true, false
		case " and ", ", and ":
			return false, true
		}
		return false, false
	}
	first, last, and := at, at, false
	for first > 0 {
		c, n := joined(line[first-1], line[first])
		if !c && !n {
			break
		}
		first, and = first-1, and || n
	}
	for last+1 < len(line) {
		c, n := joined(line[last], line[last+1])
		if !c && !n {
			break
		}
		last, and = last+1, and || n
	}
	if last == first || last-first == 1 && !and {
		return false
	}
	given := false
	for k := first; k <= last; k++ {
		if k == at {
			continue
		}
		e := a.Entities[line[k].Entity]
		if e.Type != model.Person || text.NumFields(e.Name) < 2 {
			return false
		}
		given = given || analyze.GivenName(e.Name)
	}
	return given
}

// openingPhrase reports words before a sentence's subject that open it
// and end on their comma: "Following the widely publicized incident, ".
func openingPhrase(s string) bool {
	return strings.HasSuffix(s, ", ") && strings.Count(s, ",") == 1 && !strings.ContainsAny(s, `"“”`)
}

// ofHimOrHer reports a sentence opened by the mention that speaks of a man
// or a woman after it, before any other name: its subject is a person.
func ofHimOrHer(a analyze.Analysis, m analyze.Mention) bool {
	s := a.Sentences[m.Sentence].Text
	end := len(s)
	for _, o := range a.Mentions {
		if o.Sentence == m.Sentence && o.Start >= m.End && o.Start < end {
			end = o.Start
		}
	}
	for _, w := range strings.Fields(s[m.End:end]) {
		switch strings.Trim(w, ".,;:!?\"'()") {
		case "he", "his", "him", "himself", "she", "herself":
			return true
		}
	}
	return false
}

// firstNamed reports a group with a full name, in any of its spellings,
// whose given name has the key: "Mohammed bin Salman" and "Mohammad Bin
// Salman" for "Mohammed".
func firstNamed(g *entityGroup, key string) bool {
	for f := range g.forms {
		if first, _, ok := strings.Cut(analyze.Key(f), " "); ok && first == key {
			return true
		}
	}
	return false
}

// particles open surnames and are given names too: "Van Camp".
var particles = text.Set("van von de del della da di dos das du le la bin ibn abu al el")

// givenFirst reports a group with a form that opens on a known given name.
func givenFirst(g *entityGroup) bool {
	for f := range g.forms {
		if analyze.GivenName(f) {
			return true
		}
	}
	return false
}

// quoted reports a name the article's quotes give as their speaker.
func quoted(it Item, name string) bool {
	return slices.ContainsFunc(it.Analysis.Quotes, func(q analyze.Quote) bool { return q.Speaker == name })
}

// titledOrQuoted reports a person some article gives a title or quotes.
func titledOrQuoted(items []Item, refs []ref) bool {
	for _, r := range refs {
		if len(r.e.Titles) > 0 {
			return true
		}
		if quoted(items[r.item], r.e.Name) {
			return true
		}
	}
	return false
}

// nameWords counts a name's words as its key does, without an article
// before it: "Castro-Wright" is two names, "The Coast Guard" two words.
func nameWords(name string) int {
	return text.NumFields(strings.TrimPrefix(analyze.Key(name), "the "))
}

// bestName is the name a story goes by: the fullest form, unless only one
// report gives it and several give another of two words or more, the
// name as most write it ("Michelle Obama", not the "Michelle LaVaughn
// Robinson Obama" of one biography).
func bestName(forms map[string]int) string {
	best := fullestName(forms)
	if forms[best] > 1 {
		return best
	}
	common := ""
	for f, n := range forms {
		if n < 2 || nameWords(f) < 2 || f == best || titledName(f, forms) {
			continue
		}
		if c := forms[common]; common == "" || n > c || n == c && (nameWords(f) > nameWords(common) || nameWords(f) == nameWords(common) && f < common) {
			common = f
		}
	}
	if common != "" {
		return common
	}
	return best
}

// titledName reports a form that is another with a title before it.
func titledName(f string, forms map[string]int) bool {
	for g := range forms {
		if analyze.Titled(f, g) {
			return true
		}
	}
	return false
}

// fullestName is the most used of the fullest forms, ties broken by
// hyphens and then spelling; a name with a title before it gives way to
// the name ("Vanilla Ice", not "Rapper Vanilla Ice").
func fullestName(forms map[string]int) string {
	best := ""
	words := make(map[string]int, len(forms))
	for f := range forms {
		words[f] = nameWords(f)
	}
	for f, n := range forms {
		if titledName(f, forms) {
			continue
		}
		bw, fw := words[best], words[f]
		// Of two spellings used as often, a hyphen kept is the name as
		// its bearer writes it: "Nir-Mozes", which another report
		// spelled "Nir Mozes".
		bh, fh := strings.Count(best, "-"), strings.Count(f, "-")
		if best == "" || fw > bw || (fw == bw && (n > forms[best] || (n == forms[best] && (fh > bh || fh == bh && f < best)))) {
			best = f
		}
	}
	return best
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
