// Package brief writes a story's cited summary and title, and renders
// reports as Markdown.
package brief

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Version names how a story's summary, title and brief are written from
// its articles and findings. Raise it whenever a change writes them
// differently, so that a store composed before says so and
// `crosscheck reanalyze` composes its stories again.
const Version = 18

// Article is what the brief needs of one article of a story.
type Article struct {
	ID        string
	Title     string
	Sentences []string
	Copy      bool // a syndicated copy: cited, never a source of sentences
}

// A brief reads at most MaxArticles articles of a story, the first to
// arrive, and their first MaxSentences sentences, where news puts what
// matters: comparing every sentence with every other grows with the square
// of a story's size.
const (
	MaxArticles  = 20
	MaxSentences = 15
)

// leadWindow is how many of the chosen sentences may lead the brief
// (4–5 measured best of 2–8 on the Multi-News sample, BENCHMARKS.md).
const leadWindow = 5

const (
	// SupportThreshold is the sentence similarity at which another article
	// is taken to say the same thing and is cited for it.
	SupportThreshold = 0.4
	// redundancy is the similarity above which a candidate repeats a
	// sentence already chosen (0.35 measured best of 0.25–0.7 on the
	// Multi-News sample, BENCHMARKS.md).
	redundancy = 0.35
)

type candidate struct {
	art, pos int
	text     string
	figures  []string // the numbers it gives: a report that leaves one out does not say the same
	terms    []string
	vec      map[string]float64
	score    float64
	support  map[string]bool
	neg      *text.Negation // read when first needed (opposed)
	// own is a sentence in the writer's own voice ("I was a freshman…"):
	// no outlet's account of the event, so chosen only when nothing else is.
	own bool
}

// Summary chooses up to n distinct sentences that say what the story's
// articles say most centrally and most often, each citing the articles that
// carry it. Sentences are taken greedily by the shared content they add
// (selectCovering) and by their own score: similarity to the story's
// centroid, how many articles say the same, and position.
// Sentences in avoid (those carrying a contested value) are not chosen: the
// summary states what is agreed, and disputes are shown as such.
func Summary(arts []Article, n int, avoid map[string]bool) []model.Cited {
	var cands []*candidate
	centroid := map[string]float64{}
	sources := originals(arts)
	// originals are all English when any is: the first says which.
	english := len(sources) > 0 && text.English(sources[0].Sentences[:min(len(sources[0].Sentences), MaxSentences)])
	// Each sentence's terms are found once: its vector and its concepts
	// are both made from them.
	terms := make([][][]string, len(sources))
	for ai, a := range sources {
		for pos, s := range a.Sentences[:min(len(a.Sentences), MaxSentences)] {
			t := text.Terms(s)
			terms[ai] = append(terms[ai], t)
			v := text.VectorOf(t)
			for t, w := range v {
				centroid[t] += w
			}
			if usable(s) && !avoid[s] && !(english && foreign(s)) {
				own := firstPerson(s) && (!quoted(s) || quoteTail(s))
				cands = append(cands, &candidate{art: ai, pos: pos, text: s, terms: t, vec: v, figures: text.Figures(s), support: map[string]bool{a.ID: true}, own: own})
			}
		}
	}
	// Only where one of the others may open the summary: "And there is no
	// end, …" alone cannot.
	if slices.ContainsFunc(cands, func(c *candidate) bool { return !c.own && !text.PointsBack(c.text) }) {
		cands = slices.DeleteFunc(cands, func(c *candidate) bool { return c.own })
	}
	text.Unit(centroid)
	vecs := make([]text.Vector, len(cands))
	for i, c := range cands {
		vecs[i] = c.vec
	}
	// The figures each source gives anywhere: a report with an alike
	// sentence that gives none of a sentence's figures ("a commission of
	// 40 engineers") does not say the same.
	given := make([][]string, len(sources))
	for ai, a := range sources {
		given[ai] = text.Figures(strings.Join(a.Sentences, " "))
	}
	text.Pairs(vecs, SupportThreshold, func(i, j int) {
		if c, d := cands[i], cands[j]; c.art != d.art && !opposed(c, d) {
			if subset(c.figures, given[d.art]) {
				c.support[sources[d.art].ID] = true
			}
			if subset(d.figures, given[c.art]) {
				d.support[sources[c.art].ID] = true
			}
		}
	})
	for _, c := range cands {
		share := float64(len(c.support)) / float64(max(len(sources), 1))
		c.score = text.Cosine(c.vec, centroid) + 0.25*share + 0.15/float64(1+c.pos)
	}
	var chosen []*candidate
	if len(sources) == 1 {
		chosen = lead(cands, n)
	} else {
		chosen = selectCovering(terms, cands, n)
	}
	// A brief opens on what happened, in the outlets' own words: of the
	// first few chosen, the one written earliest in its article that is no
	// quotation goes first (news puts the event in its first lines).
	k := -1
	for i, c := range chosen[:min(len(chosen), leadWindow)] {
		if !opensOnQuote(c.text) && !text.PointsBack(c.text) && (k < 0 || c.pos < chosen[k].pos) {
			k = i
		}
	}
	if k > 0 {
		lead := chosen[k]
		chosen = slices.Insert(slices.Delete(chosen, k, k+1), 0, lead)
	}
	out := make([]model.Cited, 0, len(chosen))
	copies := map[string][]text.Vector{}
	copyFigures := map[string][]string{}
	for _, a := range arts {
		if a.Copy {
			for _, s := range a.Sentences {
				copies[a.ID] = append(copies[a.ID], text.TermVector(s))
			}
			copyFigures[a.ID] = text.Figures(strings.Join(a.Sentences, " "))
		}
	}
	for _, c := range chosen {
		// Copies carry the statement too, when they kept it.
		for id, vecs := range copies {
			if carries(vecs, c.vec) && subset(c.figures, copyFigures[id]) {
				c.support[id] = true
			}
		}
		ids := make([]string, 0, len(c.support))
		for id := range c.support {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		out = append(out, model.Cited{Text: c.text, Articles: ids})
	}
	return out
}

// selectCovering picks sentences greedily by how much of the story's shared
// content they add: the words and word pairs that two or more articles
// carry (what is corroborated), weighted by how many carry them, that the
// sentences already chosen do not cover, per square root of the sentence's
// length; plus the sentence's own score. A sentence close to one already
// chosen is skipped. terms holds the terms of each source's sentences.
func selectCovering(terms [][][]string, cands []*candidate, n int) []*candidate {
	carriers := map[string]int{}
	has := map[string]bool{}
	conc := make([][][]string, len(terms)) // each sentence's concepts, made once
	for ai, sentences := range terms {
		clear(has)
		conc[ai] = make([][]string, len(sentences))
		for si, t := range sentences {
			conc[ai][si] = concepts(t)
			for _, c := range conc[ai][si] {
				has[c] = true
			}
		}
		for c := range has {
			carriers[c]++
		}
	}
	least := min(2, len(terms)) // one article alone: everything it says counts
	own := make([][]string, len(cands))
	length := make([]float64, len(cands)) // square roots of the sentences' lengths
	for i, c := range cands {
		own[i] = conc[c.art][c.pos]
		length[i] = math.Sqrt(float64(text.NumFields(c.text)))
	}
	covered := map[string]bool{}
	used := make([]bool, len(cands))
	var chosen []*candidate
	for len(chosen) < n {
		best, bestScore := -1, 0.0
		for i, c := range cands {
			if used[i] || (len(chosen) == 0 && text.PointsBack(c.text)) {
				continue
			}
			gain := 0
			for _, k := range own[i] {
				if !covered[k] && carriers[k] >= least {
					gain += carriers[k]
				}
			}
			score := float64(gain)/length[i] + c.score
			if best < 0 || score > bestScore || (score == bestScore && c.text < cands[best].text) {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		c := cands[best]
		if slices.ContainsFunc(chosen, func(p *candidate) bool { return p.text == c.text || text.Cosine(c.vec, p.vec) >= redundancy }) {
			continue
		}
		chosen = append(chosen, c)
		for _, k := range own[best] {
			covered[k] = true
		}
	}
	return chosen
}

// lead picks a lone article's first sentences, in order: with no other
// report to say what is shared, the writer's own order says what matters.
func lead(cands []*candidate, n int) []*candidate {
	var chosen []*candidate
	for _, c := range cands {
		if len(chosen) == n {
			break
		}
		if len(chosen) == 0 && text.PointsBack(c.text) || slices.ContainsFunc(chosen, func(p *candidate) bool { return p.text == c.text }) {
			continue
		}
		chosen = append(chosen, c)
	}
	return chosen
}

// concepts are a sentence's terms (stemmed content words) and their
// adjacent pairs.
func concepts(t []string) []string {
	out := slices.Clone(t)
	for i := 0; i+1 < len(t); i++ {
		out = append(out, t[i]+" "+t[i+1])
	}
	return out
}

// originals are the articles a brief reads: not copies, at most MaxArticles,
// and, when the story has articles in English, only those: an English brief
// does not quote a Dutch paragraph.
func originals(arts []Article) []Article {
	var out, foreign []Article
	for _, a := range arts {
		switch {
		case a.Copy || len(out) >= MaxArticles: // not read
		case text.English(a.Sentences[:min(len(a.Sentences), MaxSentences)]):
			out = append(out, a)
		default:
			foreign = append(foreign, a)
		}
	}
	if len(out) == 0 {
		return foreign[:min(len(foreign), MaxArticles)]
	}
	return out
}

// pointsAtMedia reports a sentence that points at a clip or a picture on
// the page, which a brief does not carry: "… which you can watch here".
func pointsAtMedia(s string) bool {
	t := strings.TrimRight(s, ".!:\"'”’ ")
	return (strings.HasSuffix(t, " here") || strings.HasSuffix(t, " below") || strings.HasSuffix(t, " above")) && pageMedia.MatchString(t)
}

// editorsNote opens a sentence about the text itself: where it comes
// from or how it was changed.
var editorsNote = regexp.MustCompile(`^(?:The following is|What follows is|This (?:article|story|piece|post) (?:was|has been|originally|first|is adapted|appeared))\b`)

var pageMedia = regexp.MustCompile(`\b(?:(?:watch|see|view|hear|listen to|check out)(?: it| them| this| the \w+)? (?:here|below|above)|follows below)$`)

// usable reports a sentence that can stand alone in a brief: long enough
// to say something, short enough to read, complete, not a question, and
// not a page's call to the reader ("Click here…", "Watch the video…") or
// a teaser cut short ("…to enforce a citywide...").
func usable(s string) bool {
	n := text.Length(s)
	if n < 8 || n > 45 {
		return false
	}
	if analyze.CallToReader(s) || strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") || strings.Contains(s, " link below") || strings.Contains(s, " links below") ||
		pointsAtMedia(s) {
		return false // a call to the reader ("… may be accessed via the link below", "… which you can watch here"), or a teaser cut short
	}
	if analyze.Shouted(s) {
		return false // a headline or a broadcast's transcript in capitals: "REPORTER: A TEEN INTERVENED …"
	}
	if strings.Contains(s, "://") || strings.ContainsAny(s, "<>{}") || strings.Contains(s, "pic.twitter.com") || post(s) {
		return false // a link, code or an embedded post, not prose
	}
	if strings.Contains(s, ",,") {
		return false // a hole where a linked name was: "Parker's lawyer,, tells TMZ"
	}
	if pictured(s) {
		return false // a picture's caption: "The team is seen in this undated handout photo."
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		return false // an aside: "(In June the fairy tale gets another makeover in …)"
	}
	if credits.MatchString(s) {
		return false // a film's credits: "Starring Ann Lee, Tom Berg and Jo Bell."
	}
	if editorsNote.MatchString(s) {
		return false // what the text is, not what happened: "The following is an excerpt of an article from …"
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	first := s[0]
	return strings.ContainsRune(".\"')。」", last) && !(first >= 'a' && first <= 'z')
}

// pictured reports a sentence that says what a picture shows ("… are seen
// in this photo"), not how someone is seen ("is seen as the favourite").
func pictured(s string) bool {
	for _, be := range []string{" is ", " are "} {
		for _, v := range []string{"shown", "pictured", "seen"} {
			if i := strings.Index(s, be+v); i >= 0 {
				rest := s[i+len(be)+len(v):]
				if rest == "" || !strings.HasPrefix(rest, " as ") && !strings.HasPrefix(rest, " to ") && !strings.HasPrefix(rest, " by ") && !unicode.IsLetter(firstRune(rest)) {
					return true
				}
			}
		}
	}
	return false
}

// credits are a review's lines on who made a film or a show: they say
// nothing of an event.
var credits = regexp.MustCompile(`^(?:Starring|(?:Written|Directed|Produced|Written and directed|Edited) by|(?:Screenplay|Music|Cinematography) by|Rated (?:G|PG|PG-13|R|NC-17)\b|Running time)\b| presents an? (?:film|movie|production)\b`)

// foreign reports a sentence without a "the", "of" or "and": in an English
// article, another language's (an embed's notice, an abstract).
func foreign(s string) bool {
	return !slices.ContainsFunc(text.Words(s), func(w string) bool { return text.StopWord(strings.ToLower(w)) })
}

// post reports a sentence that is a social media post run into the text
// ("@MerriamWebster @samanthavicent I've searched…") or a call to follow
// one ("follow @WTOP on Twitter", "(@handle)"), not an outlet's prose; a
// handle inside prose ("the staff-run @POTUS account") is no post.
func post(s string) bool {
	return strings.HasPrefix(s, "@") || strings.Contains(s, "(@") || strings.Contains(strings.ToLower(s), "follow @")
}

// firstPerson reports a sentence with a first-person word ("I", "our";
// not "US").
func firstPerson(s string) bool {
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i] // "I'm", "we've"
		}
		if firstPersons[w] {
			return true
		}
	}
	return false
}

var firstPersons = text.Set("I me my My we We us our Our")

// opensOnQuote reports a sentence that opens on someone's words.
func opensOnQuote(s string) bool {
	return (strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“")) && quoted(s)
}

// quoted reports a sentence that quotes someone: its words are theirs.
// Quotation marks around a title ("Mirror Mirror", "Star Wars: The Force
// Awakens") or a name quote no one.
func quoted(s string) bool {
	if !strings.ContainsAny(s, `"“”`) {
		return false
	}
	rest := quotedName.ReplaceAllString(s, "")
	return strings.ContainsAny(rest, `"“”`)
}

// quotedName is a title or a name in quotation marks: two to eight words,
// each capitalised but for the small words titles leave in lower case.
var quotedName = regexp.MustCompile(`["“][\p{Lu}\d][\p{L}\d'’.:&-]*(?:,? (?:[\p{Lu}\d][\p{L}\d'’.:&-]*|a|an|the|of|and|in|on|at|to|for|with|from|by|or|vs\.?)){1,7}[,.!?]?["”]`)

// quoteTail reports the last sentence of a longer quote, with its closing
// mark but not the opening one nor whose words they are: 'I offered them
// help."' reads alone as the writer's own words; 'I offered help," Ann Lee
// said.' does not.
func quoteTail(s string) bool {
	return unclosed(s) && !strings.HasPrefix(s, `"`) && !strings.HasPrefix(s, "“") &&
		(strings.HasSuffix(s, `"`) || strings.HasSuffix(s, "”"))
}

// quoteHead reports the first sentence of a longer quote, whose speaker a
// later sentence names: '"I want to thank me for doing all this hard
// work.'
func quoteHead(s string) bool {
	return unclosed(s) && (strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“"))
}

// unclosed reports a sentence with an odd number of quotation marks: one
// whose quote opens or closes in another sentence.
func unclosed(s string) bool {
	return (strings.Count(s, `"`)+strings.Count(s, "“")+strings.Count(s, "”"))%2 == 1
}

// opposed reports alike sentences of which one denies what the other
// says in nearly its words ("voted to close the terminal", "will not
// close the terminal").
func opposed(c, d *candidate) bool {
	if c.text == d.text || text.Cosine(c.vec, d.vec) < text.Reworded {
		return false
	}
	has := func(v text.Vector) func(string) bool {
		return func(w string) bool { _, ok := v[w]; return ok }
	}
	return text.Opposed(c.negation(), d.negation(), has(c.vec), has(d.vec))
}

// negation reads what c denies, once: only sentences alike enough to
// another to be opposed to it are read.
func (c *candidate) negation() text.Negation {
	if c.neg == nil {
		n := text.Negations(c.text)
		c.neg = &n
	}
	return *c.neg
}

// subset reports every item of a in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// carries reports whether any of the sentences' vectors says what vec says.
func carries(sentences []text.Vector, vec text.Vector) bool {
	for _, s := range sentences {
		if text.Cosine(s, vec) >= SupportThreshold {
			return true
		}
	}
	return false
}
