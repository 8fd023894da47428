package analyze

import (
	"slices"
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/model"
)

// Speakers are often described rather than named where they speak: "the
// company said", "her office said", "the lanky professor said", "the KWA
// stressed". The article names them elsewhere, and it is that name a
// reader (and every finding resting on the quote) needs.

// orgNouns head a description of an organisation: "the utility".
var orgNouns = wordSet(`company firm agency department ministry government utility union league association
organization organisation group institute bank airline railway railroad club team party board council
commission authority network committee foundation society corporation carrier retailer automaker
manufacturer maker operator provider insurer regulator broadcaster charity coalition federation
alliance embassy`)

// publicBodies are what only a body of that name is: "the government" and
// "the authority" are no company the article named.
var publicBodies = wordSet("government embassy authority ministry")

// writtenNouns head what a speaker just quoted said in writing: "X said in
// a statement … The statement also said".
var writtenNouns = wordSet(`statement release letter filing post`)

// writing reports a speaker that is a writing named by its common noun,
// no one's: "statement", "joint statement", "post"; not "her statement".
func writing(speaker string) bool {
	low := strings.ToLower(speaker)
	words := strings.Fields(low)
	return len(words) > 0 && len(words) <= 3 && speaker == low && writtenNouns[headNoun(words)] &&
		words[0] != "her" && words[0] != "his" && words[0] != "their" && words[0] != "its"
}

// ownNouns, after "her" or "his", still speak for that person: "her
// statement said"; "her father" does not (nor "her office": her staff).
var ownNouns = wordSet(`statement release letter post tweet email blog`)

// personNouns describe a person named before without being a title the
// article gives them: "the 26-year-old winger", "the Kentucky Republican".
var personNouns = wordSet(`mp mpp mla premier republican democrat conservative liberal columnist author writer
billionaire millionaire tycoon mogul businessman businesswoman lawmaker legislator strongman dictator
artist player forward winger wing defenceman defenseman goaltender goalie captain veteran labourer laborer
teacher owner proprietor manager executive founder entrepreneur actor actress singer musician rapper star candidate
novelist designer engineer farmer officer nurse physician activist resident maverick cartoonist illustrator
superstar megastar frontman frontwoman songwriter guitarist drummer comedian filmmaker presenter heartthrob`)

// indefinites open a description of someone unnamed: "a justice official".
var indefinites = wordSet("a an another one some")

// nominal replaces each quote's described speaker with the name of the
// entity it describes, where the article makes that clear, and drops
// quotes whose speaker is no noun phrase at all ("the", "Four colleagues
// from"): what was read as an attribution was not one.
func (f *quoteFinder) nominal(qs []Quote) []Quote {
	names := make(map[string]bool, len(f.ents))
	for _, e := range f.ents {
		names[e.Name] = true
	}
	prev := "" // the speaker before, as the attribution gave it
	for i := range qs {
		q := &qs[i]
		given := q.Speaker
		if i > 0 && given == prev && !names[given] && q.Sentence-qs[i-1].Sentence <= 3 {
			q.Speaker = qs[i-1].Speaker // the same description goes on: "…," the production company said … "Any final agreement …"
			continue
		}
		prev = given
		if name := f.acronym(q.Speaker, q.Sentence); name != "" {
			q.Speaker = name
			continue
		}
		switch {
		case names[q.Speaker] && !f.describes(q):
		case i > 0 && writing(q.Speaker) && q.Sentence-qs[i-1].Sentence <= 2 && (names[qs[i-1].Speaker] || namedPair(names, qs[i-1].Speaker)):
			q.Speaker = qs[i-1].Speaker // "statement", "the post": a writing, the last speaker's
		default:
			desc := q.Speaker
			sent := strings.ToLower(f.sents[q.Sentence].Text)
			if names[desc] || strings.Contains(sent, "the "+strings.ToLower(desc)) {
				desc = "the " + desc // as written: "the Kentucky Republican said", "the 'Ice Ice Baby' rapper said", "says the bow-tied maverick"
			} else if low := strings.ToLower(desc); low != "" && indefinite(sent, low) {
				if head := headNoun(strings.Fields(low)); !docNouns[head] && !writtenNouns[head] && !orgNouns[head] {
					if name := f.namedNext(qs, i, head); name != "" {
						q.Speaker = name
					}
					continue // "a spokesman for the coroner said": someone not named, not the person named before; but "a document from Alder"
				}
			}
			if name := f.described(desc, q.Sentence); name != "" && !f.otherSex(name, q) {
				q.Speaker = name
			}
		}
	}
	return slices.DeleteFunc(qs, func(q Quote) bool {
		return !names[q.Speaker] && (!nounPhrase(q.Speaker) || vague(q.Speaker) || ownWork(q.Speaker))
	})
}

// ownWork reports a speaker that is the writer's own work: "Our analysis
// suggests …", "Our tree suggests …" are the paper's words, no one's it
// quotes; not "our correspondent", "our source".
func ownWork(speaker string) bool {
	w := strings.Fields(strings.ToLower(speaker))
	return len(w) > 1 && (w[0] == "our" || w[0] == "my") && slices.ContainsFunc(w[1:], func(w string) bool { return works[w] })
}

// works are what writers call their own study.
var works = wordSet(`analysis analyses tree survey testing tests study research results data findings model models review
estimate estimates calculations experiment experiments paper measurements observations work`)

// kinNamed is the one person the article has named, before sentence si,
// with kin as their title and no other ("his father, Todd Powell,"),
// where the person last named in sentence si, or else in the one before,
// shares their surname: whose relative "his father" is ("As for Grayson,
// he went home feeling dejected, his father said", Grayson Powell); not
// "His brother told AFP he had not seen Mostefai for years", whose
// brother is no "third brother, Mohamed Abdeslam".
func (f *quoteFinder) kinNamed(kin string, si int) string {
	found := -1
	for _, m := range f.mentions {
		// Only a relative: "Joseph", merged with "police Chief Joseph
		// Boinnet", is no longer surely the father.
		if e := f.ents[m.Entity]; m.Sentence < si && e.Type == model.Person && contains(e.Titles, kin) && !slices.ContainsFunc(e.Titles, func(t string) bool { return !kinNouns[t] }) &&
			strings.Contains(e.Key, " ") && m.Entity != found {
			if found >= 0 {
				return "" // two fathers: the reader cannot tell which
			}
			found = m.Entity
		}
	}
	if found < 0 {
		return ""
	}
	for _, s := range []int{si, si - 1} {
		of := -1
		for _, m := range f.mentions {
			if m.Sentence != s || m.Entity == found {
				continue
			}
			switch e := f.ents[m.Entity]; {
			case e.Type == model.Person:
				of = m.Entity
			case !strings.Contains(e.Key, " "):
				// "As for Grayson": a given name the lists lack, of the
				// one person named in full with it.
				if p := f.firstNamedAs(e.Key); p >= 0 && p != found {
					of = p
				}
			}
		}
		if of >= 0 {
			if lastKey(f.ents[of].Key) != lastKey(f.ents[found].Key) {
				return ""
			}
			return f.ents[found].Name
		}
	}
	return ""
}

// firstNamedAs is the one person whose name opens on the word keyed key,
// or -1.
func (f *quoteFinder) firstNamedAs(key string) int {
	found := -1
	for i, e := range f.ents {
		if first, _, ok := strings.Cut(e.Key, " "); ok && e.Type == model.Person && first == key {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// namedIn reports a sentence that names the person by surname.
func namedIn(text, name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && slices.Contains(strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }), f[len(f)-1])
}

// namedNext is the person a spokesperson introduced as unnamed turns out
// to be: "A spokeswoman for Trudeau said … / "…," said Eleanore
// Catenaro." The next quote, in the next sentence, is by a person the
// article names there first, with no other title or role.
func (f *quoteFinder) namedNext(qs []Quote, i int, head string) string {
	if !spokesNouns[head] || i+1 >= len(qs) || qs[i+1].Sentence != qs[i].Sentence+1 {
		return ""
	}
	e, ok := f.entityNamed(qs[i+1].Speaker)
	if !ok || e.Type != model.Person || len(e.Titles) > 0 && !contains(e.Titles, head) {
		return ""
	}
	for _, m := range f.mentions {
		if f.ents[m.Entity].Name == e.Name && m.Sentence <= qs[i].Sentence {
			return "" // named before: someone else
		}
	}
	sent := f.sents[qs[i+1].Sentence].Text
	at := strings.LastIndex(sent, e.Name)
	if at < 0 {
		return ""
	}
	after := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(sent[at+len(e.Name):]), "."))
	if after != "" && !speechVerbs[after] && !containsWord(after, head) {
		return "" // "…," said Tom Berg, the opposition leader: someone else
	}
	return e.Name
}

// entityNamed is the article's entity of that name.
func (f *quoteFinder) entityNamed(name string) (Entity, bool) {
	for _, e := range f.ents {
		if e.Name == name {
			return e, true
		}
	}
	return Entity{}, false
}

// typed reports a name the article gives an entity of that type.
func (f *quoteFinder) typed(name, typ string) bool {
	e, ok := f.entityNamed(name)
	return ok && e.Type == typ
}

var spokesNouns = wordSet("spokesman spokeswoman spokesperson")

// placedElsewhere reports a person the article names just after another
// place than place ("Texas Sen. Ted Cruz"): whom "the Florida senator"
// does not stand for.
func (f *quoteFinder) placedElsewhere(name, place string) bool {
	for _, m := range f.mentions {
		if f.ents[m.Entity].Name != name {
			continue
		}
		before := strings.Fields(f.sents[m.Sentence].Text[:m.Start])
		for _, w := range before[max(0, len(before)-3):] {
			if l := strings.ToLower(strings.Trim(w, ".,")); places[l] && l != place {
				return true
			}
		}
	}
	return false
}

// holdsOther reports a person whose titles name a post other than role:
// "the prosecutor said" is not Sheriff Ron Hickman's, whoever else the
// article names. A general role ("the official") may be any post's.
func (f *quoteFinder) holdsOther(name, role string) bool {
	if generalRoles[role] {
		return false
	}
	e, ok := f.entityNamed(name)
	return ok && !holds(e.Titles, role) && slices.ContainsFunc(e.Titles, func(t string) bool { return roleNouns[t] && !generalRoles[t] })
}

// generalRoles name no one post: a sheriff is an official.
var generalRoles = wordSet("official officer leader chief director")

// agents speak for someone else: the person an article is about is not
// its unnamed spokesperson, aide or lawyer.
var agents = wordSet("spokesman spokeswoman spokesperson aide lawyer")

// otherSex reports reported speech whose opening pronoun, the described
// speaker's own ("the manager said he was made aware …"), does not fit
// the person the description was read as.
func (f *quoteFinder) otherSex(name string, q *Quote) bool {
	first, _, _ := strings.Cut(q.Text, " ")
	if !q.Indirect || !pronouns[first] {
		return false
	}
	e, ok := f.entityNamed(name)
	return ok && f.fits(e, first) == 0
}

// namedPair reports a speaker that is two names joined: "Justine
// Andronici and Andrew Shubin".
func namedPair(names map[string]bool, speaker string) bool {
	a, b, ok := strings.Cut(speaker, " and ")
	return ok && names[a] && names[b]
}

// headAt is the index of a description's head noun: the last word or the
// one before the first preposition ("founder of Kestrel Press").
func headAt(words []string) int {
	for i, w := range words {
		if i > 0 && prepositions[w] {
			return i - 1
		}
	}
	return len(words) - 1
}

// headNoun is a description's head noun, lower case and bare.
func headNoun(words []string) string {
	return strings.TrimSuffix(strings.Trim(words[headAt(words)], ",."), "'s")
}

// indefinite reports a description the sentence introduces with "a",
// "an" or "another": no one named before.
func indefinite(sent, desc string) bool {
	for _, a := range []string{"a ", "an ", "another "} {
		if i := strings.Index(sent, a+desc); i == 0 || i > 0 && !unicode.IsLetter(rune(sent[i-1])) { // the byte before is ASCII where it matters: " a spokesman"
			return true
		}
	}
	return false
}

// describes reports a quote's speaker that describes someone named
// before rather than naming them: "the Kentucky Republican said".
func (f *quoteFinder) describes(q *Quote) bool {
	return descriptive(q.Speaker) && strings.Contains(strings.ToLower(f.sents[q.Sentence].Text), "the "+strings.ToLower(q.Speaker))
}

// descriptive reports a capitalised run that describes a person: a place
// or a party before a person's noun ("Kentucky Republican", "Yellowhead
// MP"), with no given name; or the noun alone in capitals ("the MP").
func descriptive(name string) bool {
	words := strings.Fields(name)
	return (len(words) > 1 || isAcronym(name)) && personNouns[strings.ToLower(words[len(words)-1])] && givenName(name) == unknownSex
}

// nounPhrase reports a speaker that can be a noun phrase: not a lone
// determiner ("some") and not ending in a preposition, determiner or
// adverb ("colleagues from", "Trump both", "isn't explicitly").
func nounPhrase(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) == 0 {
		return false
	}
	last := strings.Trim(w[len(w)-1], ",.")
	if len(w) == 1 && (determiners[last] || notSubjects[last] || pronouns[last] || conjunctions[last] || auxiliaries[last] || last == "if" || quantifiers[last]) {
		return false // "some", "but", "has", "if", "several"
	}
	return !prepositions[last] && !determiners[last] && !strings.HasSuffix(last, "ly") && !strings.HasSuffix(last, "-based") &&
		!strings.HasSuffix(last, "n't") && !strings.HasSuffix(last, "n’t") // "Authorities haven't": a verb, not who
}

// vague reports hearsay that names no source: "some accounts", "media
// reports"; not "government audit reports", which names whose. A poll's
// share is no one's either.
func vague(speaker string) bool {
	w := strings.Fields(strings.ToLower(speaker))
	if slices.ContainsFunc(w, func(w string) bool { return w == "percent" || strings.HasSuffix(w, "%") }) {
		return true // "Fifty-one percent said": a poll's share, no one's words
	}
	return hearsay(strings.ToLower(speaker)) && (len(w) == 1 || len(w) == 2 && vagueSources[w[0]])
}

var vagueSources = wordSet("some several many other unconfirmed earlier previous media press news local")

// quantifiers alone say how many spoke, not who: "Several told me …".
var quantifiers = wordSet("one several others many few another")

// determiners open a noun phrase and never end one.
var determiners = wordSet("the a an his her their its our my some any all many most both each every either neither")

// described is the entity a speaker's description in sentence si stands
// for, or "".
func (f *quoteFinder) described(desc string, si int) string {
	s := f.sents[si]
	at := pos{s.Para, s.Start}
	words := strings.Fields(strings.ToLower(desc))
	if len(words) == 0 {
		return ""
	}
	h := headAt(words)
	head := headNoun(words)
	if docNouns[head] {
		// "the report said": whoever wrote it, if the article says.
		return f.author(si, strings.Fields(desc), h)
	}
	if writtenNouns[head] {
		// "the Columbus Nova statement", "a letter from Ann Lee".
		if name := f.byWhom(strings.Fields(desc), h, si); name != "" {
			return name
		}
		if name := f.issuer(si, head); name != "" {
			return name
		}
	}
	switch words[0] {
	case "her", "his":
		if len(words) == 2 && ownNouns[head] {
			pronoun := "he"
			if words[0] == "her" {
				pronoun = "she"
			}
			return f.resolve(at, pronoun)
		}
		if len(words) == 2 && kinNouns[head] {
			return f.kinNamed(head, si) // "As for Grayson, he went home feeling dejected, his father said": Todd Powell
		}
		return "" // "his lawyer" is someone else
	case "their", "its", "our":
		return ""
	}
	// "Corvid Robotics will pay $380 million for Tessellate Labs, the
	// Fennick company announced": a business's noun closing the sentence
	// stands for the body the sentence opens on, where its town qualifies it.
	if words[0] == "the" && bodyNouns[head] {
		if body := f.openingBody(si); body != "" {
			return body
		}
	}
	// A description as written with a name in it ("the Nova Scotia
	// judge") is its own name; one introduced as someone unnamed ("a
	// justice official told … The justice official said") stays unnamed.
	for i, w := range strings.Fields(desc)[:h+1] {
		if capitalised(w) && (i > 0 || !determiners[words[0]]) && !(i == h && personNouns[head]) { // "The LA Ink star" opening a sentence; but "the MP" is a noun
			// "The Kentucky Republican" stands for the person just named;
			// "the Thai provincial governor" for the one given that role.
			if words[0] == "the" && i > 0 && i < h && personNouns[head] {
				if name := f.personBefore(si); name != "" {
					return name
				}
				if capitalised(strings.TrimLeft(strings.Fields(desc)[1], `'"`)) {
					return f.resolve(at, "") // "the Kentucky Republican", "the 'Ice Ice Baby' rapper", as "he" or "she" would
				}
				return "" // "the self-taught Essen resident": who, the sentence before does not say
			}
			if words[0] == "the" && i > 0 && i < h && roleNouns[head] {
				name := f.resolveRole(at, head)
				if places[words[i]] && f.placedElsewhere(name, words[i]) {
					return "" // "the Florida senator" is not "Texas Sen. Ted Cruz"
				}
				return name
			}
			return ""
		}
	}
	if (words[0] == "the" || words[0] == "both") && orgNouns[singular(head)] && head != singular(head) {
		// "…, the companies said": the two the sentence, or the one
		// before, names; those of the sentence before only with the one
		// the sentence names, if it names one ("Yahoo will continue …,
		// the companies said" is not of Verizon and Snapchat).
		own := f.bodiesOf(si)
		if len(own) == 2 {
			return own[0] + " and " + own[1]
		}
		if before := f.bodiesOf(si - 1); len(before) == 2 && (len(own) == 0 || slices.Contains(before, own[0])) {
			return before[0] + " and " + before[1]
		}
	}
	if indefinites[words[0]] || f.introduced(at, desc, head) {
		return ""
	}
	switch {
	case (head == "military" || head == "forces" || head == "force") && len(words) == 2:
		// "the forces said", "the force said in an email", "the military
		// said": the armed forces the article names, not whichever body
		// it named last.
		return f.nearestWhere(at, model.Organization, len(f.sents), func(m Mention) bool {
			return slices.ContainsFunc(strings.Fields(strings.ToLower(f.ents[m.Entity].Name)), func(w string) bool { return armedWords[w] })
		})
	case publicationNouns[head]:
		// "The Daily Times quoted … "…," the newspaper said": the
		// publication named last.
		return f.nearestPublication(at)
	case orgNouns[head]:
		if h > 0 && !determiners[words[h-1]] && !bodyNouns[head] {
			// "the health commission": a body the words before the noun
			// tell apart, not whichever was named last (but "the cruise
			// company" is the business just named).
			return f.nearestWith(at, model.Organization, head, len(f.sents))
		}
		if publicBodies[head] {
			// "the government said": a government, not the bank
			// whose analyst spoke last.
			return f.nearestWith(at, model.Organization, head, len(f.sents))
		}
		return f.nearest(at, model.Organization, head)
	case roleNouns[head] || roleNouns[strings.TrimSuffix(head, "-elect")]: // "the president-elect said"
		if name := f.resolveRole(at, head); name != "" {
			return name
		}
		if name := f.salient(at); !namedIn(s.Text, name) && !agents[head] && !f.holdsOther(name, head) {
			return name // "the official said …" in an article about one person
		}
		return "" // "the spokesperson said" in an article about Julia Roberts is her spokesperson; "During the official investigation, he said, Turkish authorities identified … Mostefai": the official is not Mostefai
	case personNouns[head] && sexedNouns[head] != "":
		// "Eva Longoria welcomed her first child, …, the actress
		// confirmed": as "she" would, counting who the clause names.
		if i := strings.Index(strings.ToLower(s.Text), strings.Join(words, " ")); i >= 0 {
			if name := f.resolve(pos{s.Para, s.Start + i}, sexedNouns[head]); name != "" {
				return name
			}
		}
		return f.salient(at)
	case strings.HasSuffix(head, "-year-old"):
		// "the 56-year-old said": the one the article gives that age
		// ("Ann Lee, 56,"), else the person named just before.
		if name := f.aged(strings.TrimSuffix(head, "-year-old"), at); name != "" {
			return name
		}
		return f.nearestWith(at, model.Person, "", 2)
	case personNouns[head]:
		// Not one the sentence names: "The building manager said Magnotta
		// had lived there" is not Magnotta.
		if si > 0 && wordIndex(strings.ToLower(f.sents[si-1].Text), "the "+head) > 0 {
			return "" // "Ann Lee interviewed the owner. The owner said …": someone the article does not name
		}
		if words[0] == "the" {
			if name := f.personBefore(si); name != "" && !namedIn(s.Text, name) {
				return name
			}
		}
		if name := f.salient(at); !namedIn(s.Text, name) {
			return name
		}
		return ""
	case words[0] == "the" && len(words) > 1 && words[1] == "former":
		// "Kevin Vickers … is considering a move into politics. The former
		// sergeant-at-arms of the House of Commons said …": what someone
		// was, of the person just named, as "he" or "she" would be.
		return f.resolve(at, "")
	}
	return ""
}

// openingBody is the body whose name opens sentence si, or "".
func (f *quoteFinder) openingBody(si int) string {
	for _, m := range f.mentions {
		if m.Sentence == si && m.Start == 0 && f.ents[m.Entity].Type == model.Organization {
			return f.ents[m.Entity].Name
		}
	}
	return ""
}

// armedWords name a country's armed forces: "Canadian Armed Forces",
// "Israel Defense Forces", "Royal Navy".
var armedWords = wordSet("forces army military navy")

// singular is a plural noun's singular, near enough for the nouns of
// bodies: "companies", "firms".
func singular(w string) string {
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		return stem + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// bodiesOf are the bodies sentence si names outside its quotations.
func (f *quoteFinder) bodiesOf(si int) []string {
	var names []string
	for _, m := range f.mentions {
		if m.Sentence != si {
			continue // and none for si < 0
		}
		e, st := f.ents[m.Entity], f.sents[m.Sentence]
		if e.Type != model.Organization || e.Uncertain || insideQuote(f.paras[st.Para], st.Start+m.Start) || slices.Contains(names, e.Name) {
			continue
		}
		names = append(names, e.Name)
	}
	return names
}

// personBefore is the one person the sentence before si names outside a
// quotation, if it names one only: whom a description in si goes on about
// ("There is a satisfaction, insists Xander Wise, in … "…," says the
// self-taught Cambridge resident").
// If it names two or more, the one of them who speaks in it: "Marcus
// Fysh … said Mrs May "…". "…," the MP told BBC News" is Fysh.
func (f *quoteFinder) personBefore(si int) string {
	one, spoke, two := -1, -1, false
	for _, m := range f.mentions {
		e, st := f.ents[m.Entity], f.sents[m.Sentence]
		if m.Sentence != si-1 || e.Type != model.Person || e.Uncertain || insideQuote(f.paras[st.Para], st.Start+m.Start) {
			continue
		}
		if f.speaks(m) {
			if spoke >= 0 && spoke != m.Entity {
				return "" // two speak
			}
			spoke = m.Entity
		}
		two = two || one >= 0 && one != m.Entity
		one = m.Entity
	}
	switch {
	case !two && one >= 0:
		return f.ents[one].Name
	case two && spoke >= 0:
		return f.ents[spoke].Name
	}
	return "" // two people: the sentence says not which
}

// issuer is whom the sentence before, which tells of the statement, names
// as a clause's subject (opening it, perhaps after its title, or after a
// phrase set off by a comma, or after "but" or "and"): the last such name
// before the noun, or the first after it. "Kestrel Press denied the allegations in a statement.
// "…," the statement read."; "In a statement, the State Department …";
// "Asked on Monday, Kestrel Press declined, but Ann Lee issued a
// statement": Ann Lee's.
func (f *quoteFinder) issuer(si int, noun string) string {
	for s := si - 1; s >= max(0, si-2); s-- {
		text := f.sents[s].Text
		at := wordIndex(strings.ToLower(text), noun)
		if at < 0 {
			continue
		}
		who := ""
		for _, m := range f.mentions {
			if m.Sentence != s || f.ents[m.Entity].Type != model.Organization && f.ents[m.Entity].Type != model.Person {
				continue
			}
			lead := text[:min(m.Start, len(text))]
			if strings.ContainsAny(lead, `"“”`) {
				continue // inside or after a quotation: ""The truth is, Taylor has …," the statement continued."
			}
			lead = strings.TrimSpace(lead[strings.LastIndexByte(lead, ',')+1:])
			if first, rest, _ := strings.Cut(lead, " "); first == "but" || first == "and" {
				lead = strings.TrimSpace(rest)
			}
			if !opensClause(lead) {
				continue
			}
			if m.Start > at && who != "" {
				break // the last subject before the noun
			}
			if who = f.ents[m.Entity].Name; m.Start > at {
				break // the first after it
			}
		}
		return who
	}
	return ""
}

// aged is the person named before p with the given age after the name:
// "Ann Lee, 56," or "Ann Lee (56)".
func (f *quoteFinder) aged(age string, p pos) string {
	best := ""
	for _, m := range f.mentions {
		st := f.sents[m.Sentence]
		if f.ents[m.Entity].Type != model.Person || !(pos{st.Para, st.Start + m.Start}).before(p) {
			continue
		}
		if rest := st.Text[m.End:]; strings.HasPrefix(rest, ", "+age+",") || strings.HasPrefix(rest, " ("+age+")") {
			best = f.ents[m.Entity].Name // the last so given
		}
	}
	return best
}

// sexedNouns describe a woman or a man.
var sexedNouns = map[string]string{"actress": "she", "businesswoman": "she", "actor": "he", "businessman": "he"}

// docNouns head a description of a document that speaks for its author:
// "the report said", "the lawsuit says".
var docNouns = wordSet("report paper study memo lawsuit suit complaint filing document survey audit review analysis")

// author is who wrote the document a description names: said in it ("a
// report by the railway company", "the company's report"), or in the
// sentences before, where a document was introduced with its author ("A
// report by the railway company details …" before "the white paper
// said"). "" when the article does not say.
func (f *quoteFinder) author(si int, desc []string, h int) string {
	if name := f.byWhom(desc, h, si); name != "" {
		return name
	}
	for s := si - 1; s >= max(0, si-8); s-- {
		words := strings.Fields(f.sents[s].Text)
		for i, w := range words {
			if docNouns[strings.ToLower(strings.Trim(w, ",.;:"))] {
				if name := f.byWhom(words, i, s); name != "" {
					return name
				}
			}
		}
	}
	return ""
}

// byWhom reads the author given beside the document noun at h: "… by X",
// "… from X", "… filed by X", or "X's …". X is an entity's name or a
// description of one ("the railway company").
func (f *quoteFinder) byWhom(words []string, h, si int) string {
	var who []string
	k := h + 1
	if k < len(words) && authorVerbs[strings.ToLower(words[k])] {
		k++ // "a lawsuit filed by"
	}
	if k < len(words) && (strings.EqualFold(words[k], "by") || strings.EqualFold(words[k], "from")) {
		// The author's phrase ends with its name or its noun: "the
		// railway company details how …", "Kestrel Press, which …".
		end := 0
		for i, w := range words[k+1 : min(len(words), k+7)] {
			bare := strings.TrimRight(w, ",.;:")
			l := strings.ToLower(bare)
			if !capitalised(bare) && (orgNouns[l] || roleNouns[l] || personNouns[l]) {
				end = i + 1
				break
			}
			if capitalised(bare) {
				end = i + 1
			} else if end > 0 && (groupNouns[l] || strings.HasSuffix(l, "ers")) {
				return "" // "a lawsuit by Canadian Hockey League players": the players wrote it
			} else if end > 0 || !determiners[l] && i > 2 {
				break
			}
			if bare != w {
				break
			}
		}
		who = slices.Clone(words[k+1 : k+1+end])
		if end > 0 {
			who[end-1] = strings.TrimRight(who[end-1], ",.;:")
		}
	} else if h > 0 {
		possessive := func(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }
		if h > 1 && dayWords[strings.ToLower(words[h-1])] && possessive(words[h-2]) {
			h-- // "the union's Friday release"
		}
		if possessive(words[h-1]) || capitalised(words[h-1]) {
			start := h - 1 // "the company's report", "Canadian Pacific Railway's report", "the Avenatti memo"
			for start > 0 && !strings.ContainsAny(words[start-1], ",.;:") && !prepositions[strings.ToLower(words[start-1])] && (capitalised(words[start-1]) || determiners[strings.ToLower(words[start-1])]) {
				start--
			}
			who = slices.Clone(words[start:h])
			who[len(who)-1] = strings.TrimSuffix(strings.TrimSuffix(who[len(who)-1], "'s"), "’s")
			if start == 0 && !capitalised(who[0]) && !determiners[strings.ToLower(who[0])] {
				// "union's release", a speaker without its "the"; not the
				// "general" of "The inspector general's report"
				who = append([]string{"the"}, who...)
			}
		}
	}
	if len(who) == 0 {
		return ""
	}
	phrase := strings.Join(who, " ")
	// By any of its names, the longest the phrase holds: "a memo from
	// Avenatti" is Michael Avenatti's, "a statement from the Arsenal
	// Supporters' Trust" the trust's, not Arsenal's. A plural's
	// possessive mark is read as no part of a word, in the phrase and in
	// names alike.
	bare := pluralMarks.Replace(phrase + " ")
	best, size := "", 0
	for _, e := range f.ents {
		if e.Type != model.Person && e.Type != model.Organization {
			continue
		}
		for _, n := range e.Forms {
			if strings.Contains(n, "s' ") {
				n = pluralMarks.Replace(n)
			}
			if len(n) > size && containsWords(bare, n) {
				best, size = e.Name, len(n)
			}
		}
	}
	if best != "" {
		return best
	}
	if !determiners[strings.ToLower(who[0])] || slices.ContainsFunc(who, func(w string) bool { return docNouns[strings.ToLower(w)] }) {
		return "" // a document by a document names no author
	}
	return f.described(phrase, si)
}

var pluralMarks = strings.NewReplacer("s' ", "s ", "s’ ", "s ")

// authorVerbs stand between a document and its author: "a lawsuit filed by".
var authorVerbs = wordSet("filed issued released published commissioned written prepared produced compiled")

// introduced reports the description's head noun opened by an
// indefinite article, not in apposition to a name, in the sentences
// around p.
func (f *quoteFinder) introduced(p pos, desc, head string) bool {
	// Only near p: a feature may open on "an engineering professor" it
	// names a paragraph later.
	const near = 6 // sentences
	var text strings.Builder
	for _, s := range f.sents[max(0, f.sentenceOf(p)-near):] {
		if s.Para > p.para+1 {
			break
		}
		text.WriteString(strings.ToLower(s.Text))
		text.WriteByte(' ')
	}
	words := strings.Fields(text.String())
	for i, w := range words {
		if strings.Trim(w, ",.:;\"“”") != head {
			continue
		}
		for j := i - 1; j >= max(0, i-4); j-- {
			// "a justice official told reporters"; but "Berg, a
			// professor at Essen," names him.
			if indefinites[words[j]] && (j == 0 || !strings.HasSuffix(words[j-1], ",")) {
				return true
			}
			if words[j] == "the" || strings.HasSuffix(words[j], ",") {
				break
			}
		}
	}
	return false
}

// salient is the person a description most likely stands for: of those
// named in the few sentences before p, the one the article has named most
// so far ("… says the soft-spoken baker": the profile's subject), the
// nearest on a tie.
func (f *quoteFinder) salient(p pos) string {
	const lookback = 4 // sentences
	now := f.sentenceOf(p)
	count := map[int]int{}
	near := map[int]int{}
	for _, m := range f.mentions {
		s := f.sents[m.Sentence]
		if e := f.ents[m.Entity]; e.Type != model.Person || e.Uncertain || !(pos{s.Para, s.Start + m.Start}).before(p) {
			continue
		}
		if insideQuote(f.paras[s.Para], s.Start+m.Start) {
			continue // spoken of: "…part of the Madame Tussauds legacy," the star said
		}
		if before := s.Text[:m.Start]; endsFold(before, "like ") || endsFold(before, "like, ") {
			continue // compared with: "Ann Lee, who like Montalban was born in Mexico"
		}
		count[m.Entity]++
		if now-m.Sentence <= lookback {
			near[m.Entity] = max(near[m.Entity], m.Sentence+1)
		}
	}
	best := -1
	for e, last := range near {
		if best < 0 || count[e] > count[best] || (count[e] == count[best] && last > near[best]) ||
			(count[e] == count[best] && last == near[best] && e < best) {
			best = e
		}
	}
	if best < 0 {
		return ""
	}
	return f.ents[best].Name
}

// endsFold reports s ending in suffix, in any case, without copying s.
func endsFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// nearest is the entity of the type last mentioned before p: one whose
// name holds the head noun first, anywhere before ("the commission": the
// Harbour Water Commission), else any within a few sentences, but for a
// body not one the article introduced as a news source: "the company
// confirmed" after "… crashed, according to the news agency Interfax"
// is the airline named before.
func (f *quoteFinder) nearest(p pos, typ, head string) string {
	if name := f.nearestWith(p, typ, head, len(f.sents)); name != "" {
		return name
	}
	news := typ == model.Organization && !publicationNouns[head] && head != "agency"
	return f.nearestWhere(p, typ, 6, func(m Mention) bool { return !news || !f.newsSource(m) })
}

// nearestWith is the entity of the type last mentioned before p, within
// lookback sentences, whose name holds head if head is given.
func (f *quoteFinder) nearestWith(p pos, typ, head string, lookback int) string {
	return f.nearestWhere(p, typ, lookback, func(m Mention) bool {
		return head == "" || strings.Contains(strings.ToLower(f.ents[m.Entity].Name), head)
	})
}

// nearestWhere is the entity of the type last mentioned before p, within
// lookback sentences, in a mention that keep accepts.
func (f *quoteFinder) nearestWhere(p pos, typ string, lookback int, keep func(Mention) bool) string {
	best, bestSent, bestStart := -1, -1, -1
	for _, m := range f.mentions {
		e := f.ents[m.Entity]
		if e.Type != typ || e.Uncertain || !keep(m) {
			continue
		}
		s := f.sents[m.Sentence]
		if !(pos{s.Para, s.Start + m.Start}).before(p) {
			continue
		}
		if m.Sentence > bestSent || (m.Sentence == bestSent && m.Start > bestStart) {
			best, bestSent, bestStart = m.Entity, m.Sentence, m.Start
		}
	}
	if best < 0 || f.sentenceOf(p)-bestSent > lookback {
		return ""
	}
	return f.ents[best].Name
}

// newsSource reports a mention of a body as a paper or an agency: "the news
// agency Interfax", "the Kestrel Herald".
func (f *quoteFinder) newsSource(m Mention) bool {
	before := strings.ToLower(lastWord(f.sents[m.Sentence].Text[:m.Start]))
	return publicationNouns[before] || before == "agency" || paperNames[lower(lastWord(f.ents[m.Entity].Name))]
}

// nearestPublication is the newspaper, magazine or agency named last
// before p, within a few sentences.
func (f *quoteFinder) nearestPublication(p pos) string {
	return f.nearestWhere(p, model.Organization, 6, f.newsSource)
}

// paperNames end the names of newspapers and magazines, and of little
// else ("Mail", "Express" and "Star" end firms' names too).
var paperNames = wordSet(`times post herald journal gazette tribune daily chronicle courier ledger telegraph
observer examiner inquirer sentinel dispatch magazine weekly`)

func (f *quoteFinder) sentenceOf(p pos) int {
	si := 0
	for i, s := range f.sents {
		if s.Para < p.para || (s.Para == p.para && s.Start <= p.off) {
			si = i
		}
	}
	return si
}

// acronym is what an acronym speaker stands for where the article spells
// it out: "KWA" for "Kestrel Water Authority".
func (f *quoteFinder) acronym(desc string, si int) string {
	a := strings.TrimPrefix(strings.TrimPrefix(desc, "the "), "The ")
	if len(a) < 2 || len(a) > 6 || strings.ContainsFunc(a, func(r rune) bool { return !unicode.IsUpper(r) }) {
		return ""
	}
	for _, p := range f.paras {
		name := spelledOut(p, a)
		if name == "" {
			continue
		}
		// A title ("the PM": "Prime Minister") is whoever the article
		// gives it.
		words := strings.Fields(strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")))
		if !slices.ContainsFunc(words, func(w string) bool { return !titleWords[w] }) {
			s := f.sents[si]
			return f.resolveRole(pos{s.Para, s.Start}, strings.Join(words, " "))
		}
		return name
	}
	return ""
}

// acronymGlue may stand inside a spelled-out name: "Department of Fisheries and Oceans".
var acronymGlue = wordSet("and of for the on")

// spelledOut finds in p a run of capitalised words whose initials are a,
// with glue words and commas between them.
func spelledOut(p, a string) string {
	words := wordSpans(p, "'-")
	for i := range words {
		got := 0
		for j := i; j < len(words) && got < len(a); j++ {
			w := p[words[j][0]:words[j][1]]
			if j > i && strings.ContainsAny(p[words[j-1][1]:words[j][0]], ".;:()\"") {
				break
			}
			switch {
			case capitalised(w) && w[0] == a[got] && !(got == 0 && strings.EqualFold(w, "the")):
				got++
				if got == len(a) {
					return p[words[i][0]:words[j][1]]
				}
			case j > i && acronymGlue[strings.ToLower(w)]:
			default:
				j = len(words) // no match from i
			}
		}
	}
	return ""
}

// containsWords reports whether s holds sub as whole words: "Ann Lee" in
// "by Ann Lee", not "Lee" in "Leeds".
func containsWords(s, sub string) bool {
	return sub != "" && wordIndex(s, sub) >= 0
}

// opensClause reports a lead before a name that leaves the name its clause's
// subject: nothing, "the", or a title of capitalised words ("U.S.
// Secretary of Agriculture").
func opensClause(lead string) bool {
	for _, w := range strings.Fields(lead) {
		if !capitalised(w) && !connectors[w] && w != "the" {
			return false
		}
	}
	return true
}

// wordIndex is where sub first stands in s as whole words, or -1.
func wordIndex(s, sub string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return -1
		}
		i += from
		if end := i + len(sub); (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			return i
		}
		from = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
