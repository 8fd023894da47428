// Package analyze reads one article's sentences for what can be checked
// against other reports: the people, organisations and places named, the
// quotes and who said them, and the numbers, durations, ordinals and days.
package analyze

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Version names what Article reads. Raise it whenever a change reads
// articles differently, so that a store analysed before says so and
// `crosscheck reanalyze` reads its articles again.
const Version = 467

// Sentence is one sentence of an article and where it stands.
type Sentence struct {
	Text  string `json:"text"`
	Para  int    `json:"para"`
	Start int    `json:"start"` // byte offset in its paragraph
}

// Analysis is everything read from one article.
type Analysis struct {
	Sentences  []Sentence `json:"sentences"`
	Entities   []Entity   `json:"entities"`
	Mentions   []Mention  `json:"mentions"`
	Quotes     []Quote    `json:"quotes"`
	Quantities []Quantity `json:"quantities"`
	// Cut says the text ran past MaxText and was read only that far.
	Cut bool `json:"cut,omitempty"`
}

// MaxText is how much of an article's text Article reads, in bytes. News
// articles run to some 50 KB. A document far longer (a book, a log file, a
// hostile page) is read only this far, since the time some readers take
// grows faster than the text: a 1 MB paragraph took minutes.
const MaxText = 256 << 10

// Article analyses the cleaned paragraphs of one article.
func Article(paras []string) Analysis {
	var a Analysis
	var texts []string
	paras, a.Cut = upTo(paras, MaxText)
	paras, posters := withoutCaptions(paras)
	for pi, p := range paras {
		cursor := 0
		for _, s := range text.Sentences(p) {
			at := strings.Index(p[cursor:], s) + cursor
			a.Sentences = append(a.Sentences, Sentence{Text: s, Para: pi, Start: at})
			texts = append(texts, s)
			cursor = at + len(s)
		}
	}
	a.Entities, a.Mentions = entities(texts)
	if !text.English(texts) {
		// Quotes and figures are read by English words: "durante 25 anos"
		// is no count of "anos". So are names, which in German are every
		// noun's capital and in Russian every sentence's first word
		// ("Для", "Но"): only those the lists know are kept ("Instagram").
		a.Entities, a.Mentions = onlyKnown(a.Entities, a.Mentions)
		return a
	}
	qf := quoteFinder{paras: paras, sents: a.Sentences, ents: a.Entities, mentions: a.Mentions}
	direct, indirect := qf.reported(qf.quotes())
	a.Quotes = append(direct, indirect...)
	a.Quotes = append(a.Quotes, qf.pullQuotes(a.Quotes)...)
	a.Quotes = append(a.Quotes, postQuotes(a.Sentences, paras, posters)...)
	sort.SliceStable(a.Quotes, func(i, j int) bool { return a.Quotes[i].Sentence < a.Quotes[j].Sentence })
	a.Quotes = qf.nominal(a.Quotes)
	for i, q := range a.Quotes {
		if slices.ContainsFunc(a.Entities, func(e Entity) bool { return e.Name == q.Speaker }) {
			continue
		}
		if commonSpeaker(q.Speaker) {
			a.Quotes[i].Speaker = lower(q.Speaker) // "Police said" opening a sentence, or "they" standing for it: the police
		} else if k := slices.IndexFunc(a.Entities, func(e Entity) bool {
			return e.Type != model.Person && slices.Contains(e.Forms, "The "+q.Speaker)
		}); k >= 0 {
			// "according to The Wrap": the body by the name it goes by,
			// whose article the speaker lost.
			a.Quotes[i].Speaker = a.Entities[k].Name
		}
	}
	for i, s := range texts {
		if !CallToReader(s) { // "Sign up for a free 30 day trial" is no claim
			a.Quantities = append(a.Quantities, quantities(i, s)...)
		}
	}
	for i, q := range a.Quantities {
		if q.Holder != "" {
			a.Quantities[i].Holder = holderName(a.Entities, q.Holder)
		}
		if q.Written != "" && slices.ContainsFunc(texts, func(s string) bool { return containsWord(s, strings.ToLower(q.Written)) }) {
			a.Quantities[i].Written = "" // "6 Towers" in a heading, "towers" in the text
		}
	}
	return a
}

// holderName is the person or body a share's holder names, by the
// longest of its last words that is one of their forms ("Scott Walker" of
// "Wisconsin Gov Scott Walker"), or "".
func holderName(ents []Entity, run string) string {
	words := strings.Fields(run)
	for s := range words {
		form := strings.Join(words[s:], " ")
		for _, e := range ents {
			if (e.Type == model.Person || e.Type == model.Organization) && (e.Name == form || slices.Contains(e.Forms, form)) {
				return e.Name
			}
		}
	}
	return ""
}

// commonSpeaker reports a speaker that is one plural noun capitalised, as
// a sentence's first word is: "Analysts", "Authorities", "Attorneys".
func commonSpeaker(s string) bool {
	l := lower(s)
	return l != s && !strings.Contains(s, " ") && (groupNouns[l] || strings.HasSuffix(l, "s") && speakerNoun(strings.TrimSuffix(l, "s")))
}

// upTo keeps the paragraphs within n bytes, the last one cut after the last
// sentence's mark (and any closing quote) that fits, or else its last whole
// word, and reports a cut.
func upTo(paras []string, n int) ([]string, bool) {
	for i, p := range paras {
		if len(p) <= n {
			n -= len(p)
			continue
		}
		out := paras[:i:i]
		k := strings.LastIndexAny(p[:n], ".!?")
		for k >= 0 && k+1 < len(p) && strings.IndexByte(`"')]`, p[k+1]) >= 0 {
			k++
		}
		if k < 0 {
			k = strings.LastIndexByte(p[:n], ' ') - 1 // no sentence ends: the last whole word
		}
		if k >= 0 {
			out = append(out, p[:k+1])
		}
		return out, true
	}
	return paras, false
}

// containsWord reports whether w stands in s as a whole word.
func containsWord(s, w string) bool {
	for x := range text.AllWords(s) {
		if x == w {
			return true
		}
	}
	return false
}

// caption is how a wire photo's caption ends: with the day it was taken,
// and perhaps where and whose ("…in Kabul, Afghanistan, Wednesday, Sept.
// 15, 2010. (AP Photo/…)", "…patrol Wednesday, April 29, 2015, in
// Baltimore.").
var caption = regexp.MustCompile(`(\S+),? (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d(?:,? in [A-Z][^.]{0,40})?(?:, (?:as|while|when|where|during|after|before) [^.]{0,120})?(?:\.{1,4}| …)?(?: \(.*\))?\s*$`)

// withoutCaptions drops photo captions and their credits from paragraphs:
// a caption describes a picture, it states nothing. The paragraphs are
// rewritten before any offset into them is taken. A social media post's
// signature goes too; posters holds, by paragraph, who signed one.
func withoutCaptions(paras []string) (out, posters []string) {
	paras, posters = splitPosts(paras)
	for i, p := range paras {
		if !mayHoldCaption(p) {
			continue
		}
		var kept []string
		changed := false
		sents := text.Sentences(p)
		if n := len(sents); n > 1 && creditAfter.MatchString(sents[n-1]) {
			// "Ann Lee looks at the photos. ( Tom Berg / Lundgate Star )":
			// a caption, with its credit after it.
			sents = nil
			changed = true
		}
		for _, s := range sents {
			if c := photoCredit.FindString(s); c != "" {
				s, changed = strings.TrimSpace(s[len(c):]), true // the credit of the caption before
			}
			if isCaption(s) {
				s, changed = "", true
			}
			if s != "" {
				kept = append(kept, s)
			}
		}
		if changed {
			if out == nil {
				out = slices.Clone(paras)
			}
			out[i] = strings.Join(kept, " ")
		}
	}
	if out == nil {
		if posters == nil {
			return paras, nil
		}
		out = paras // splitPosts's own copy
	}
	kept := 0
	for i, p := range out {
		if p != "" {
			out[kept] = p
			if posters != nil {
				posters[kept] = posters[i]
			}
			kept++
		}
	}
	if posters != nil {
		posters = posters[:kept]
	}
	return out[:kept], posters
}

// splitPosts takes the social media posts embedded in paragraphs out as
// paragraphs of their own, without their signatures ("— Ann Lee (@annlee)
// May 27, 2014"): the page showed each apart, and a signature's date is
// when the post was made, not of anything the story tells. posters holds,
// by paragraph, who signed each post, or "".
func splitPosts(paras []string) (out, posters []string) {
	for i, p := range paras {
		var ms [][]int
		if strings.Contains(p, "(@") {
			ms = postSignature.FindAllStringSubmatchIndex(p, -1)
		}
		if ms == nil {
			if out != nil {
				out, posters = append(out, p), append(posters, "")
			}
			continue
		}
		if out == nil {
			out, posters = slices.Clone(paras[:i]), make([]string, i)
		}
		from := 0
		for _, m := range ms {
			out, posters = append(out, strings.TrimSpace(p[from:m[0]])), append(posters, poster(p[m[2]:m[3]], p[m[4]:m[5]]))
			from = m[1]
		}
		if rest := strings.TrimSpace(p[from:]); rest != "" {
			out, posters = append(out, rest), append(posters, "")
		}
	}
	if out == nil {
		return paras, nil
	}
	return out, posters
}

// poster names who signed a post: its author's name as shown ("BC
// Hydro"), or the handle where the name is none ("@joelindsey").
func poster(name, handle string) string {
	name = strings.TrimSpace(name)
	if r, _ := utf8.DecodeRuneInString(name); unicode.IsUpper(r) && text.NumFields(name) <= 5 {
		return name
	}
	return handle // "joelindsey", or text before the signature taken for a name
}

// postQuotes are the social media posts embedded in the article, each a quote
// of whoever signed it: "Damage is unprecedented … — BC Hydro (@bchydro)
// December 22, 2018". The post's paragraph is its text, without a link
// to its picture.
func postQuotes(sents []Sentence, paras, posters []string) []Quote {
	var out []Quote
	for i, name := range posters {
		if name == "" {
			continue
		}
		body := strings.TrimSpace(postLink.ReplaceAllString(paras[i], ""))
		first := slices.IndexFunc(sents, func(s Sentence) bool { return s.Para == i })
		if first < 0 || text.NumFields(body) < minReported {
			continue
		}
		out = append(out, Quote{Speaker: name, Text: body, Sentence: first})
	}
	return out
}

// postLink is a link to a post's picture or page, left in its text.
var postLink = regexp.MustCompile(`\s*(?:pic\.twitter\.com/|https?://)\S+`)

// mayHoldCaption is a cheap test for what a caption or credit needs: a
// year after a comma, "FILE", or an agency in brackets.
func mayHoldCaption(p string) bool {
	return strings.Contains(p, ", 19") || strings.Contains(p, ", 20") ||
		strings.Contains(p, "FILE") || strings.Contains(p, "(A") || strings.Contains(p, "(R") ||
		strings.Contains(p, "(G") || strings.Contains(p, "(E") || strings.Contains(p, "(P") ||
		strings.Contains(p, "(L") || strings.Contains(p, "(f") || strings.Contains(p, "(left)") || strings.Contains(p, "(right)") ||
		strings.Contains(p, "(cent") || strings.Contains(p, "(second") || strings.Contains(p, "Enlarge") || strings.Contains(p, "View ") ||
		strings.Contains(p, " photo") || strings.Contains(p, " image") || strings.Contains(p, "/") && strings.Contains(p, "(") ||
		strings.Count(p, "left,")+strings.Count(p, "right,")+strings.Count(p, "centre,")+strings.Count(p, "center,") >= 2 ||
		strings.Contains(p, " from left,") || strings.Contains(p, " from right,")
}

// CallToReader reports a page's call to the reader: "Click here…", "Sign
// up…", "Watch the video…", "See additional coverage…", "(Follow the latest updates on …)", "For more
// information, go to …", "For more on the harbour, click here.".
func CallToReader(s string) bool {
	return callToReader.MatchString(s) || strings.HasSuffix(strings.TrimRight(s, ".!"), ", click here")
}

var callToReader = regexp.MustCompile(`^\(?(?:Click here|Subscribe|Sign up|Watch (?:the|our|this) (?:video|clip|full)|See (?:additional|more|our|related|full|complete) (?:coverage|stories|of|photos|pictures|video)|Follow (?:us|the latest|our live)|Like us|For (?:more|further|additional|detailed|complete|full)\b[^.]{0,60}?\b(?:information|info|details)\b[^.]{0,80}?,? (?:please )?(?:go to|visit|see|call|contact|click|log on|e-?mail|write to|review|refer to|read))\b`)

// isCaption reports a wire photo's caption. Prose dates with a
// preposition ("set to begin on Monday, March 3, 2014."); a caption puts
// the day straight after what the picture shows.
func isCaption(s string) bool {
	if fileCaption.MatchString(s) || strings.Contains(s, "(") && leftToRight.MatchString(s) || strings.Contains(s, "(L)") && strings.Contains(s, "(R)") || strings.HasPrefix(s, "Enlarge ") || viewPicture.MatchString(s) {
		return true
	}
	if len(commaPlaces.FindAllStringIndex(s, 2)) == 2 || strings.Contains(s, " from ") && countedPlace.MatchString(s) {
		// "Fouzia Al Hashish, far right, sit with their daughters Judy,
		// centre, Jaidaa, left, and …", "Coach Ann Lee, second from right,
		// said …": prose does not count places in a row of people
		return true
	}
	tail := s[max(0, len(s)-200):]
	if !strings.Contains(tail, ", 19") && !strings.Contains(tail, ", 20") {
		return false
	}
	if m := caption.FindStringSubmatch(tail); m != nil && !datePrepositions[strings.ToLower(m[1])] {
		return true
	}
	if placedCaption.MatchString(tail) {
		return true
	}
	// A full date with its weekday and year, in a picture's words: "Photo
	// taken in …", "Carla Ortiz, left, and …", "… holds a sign … on
	// Monday, July 7, 2014." Captions speak in the present; prose that
	// dates so fully tells what happened.
	if datedCaption.MatchString(tail) && presentCaption.MatchString(s) {
		return true // "Canadian boccia player Ann Lee competes at the Carioca Arena … on Sept. 13, 2016."
	}
	return fullDate.MatchString(s) && (strings.HasPrefix(s, "Photo ") || placedPeople.MatchString(s) || captionVerb.MatchString(s))
}

var (
	// datedCaption ends a caption dated without its weekday, after "on"
	// or straight after a place, as agencies date theirs ("… in
	// Washington January 29, 2017.").
	datedCaption = regexp.MustCompile(`\b(?:on|in (?:\p{Lu}[\p{L}.'-]* ){1,3}) ?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\.$`)
	// presentCaption is a name, with the role before it, doing in the
	// present what a picture shows.
	presentCaption = regexp.MustCompile(`^(?:[\p{L}.'-]+ ){0,3}(?:\p{Lu}[\p{L}.'-]* ){1,3}(?:` + pictureVerbs + `)\b`)
	fullDate       = regexp.MustCompile(`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d`)
	placedPeople   = regexp.MustCompile(`\p{Lu}\p{L}+, (?:left|right|center|centre|second from (?:left|right)|far (?:left|right)),`)
	captionVerb    = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'-]*,? ){1,5}(?:` + pictureVerbs + `)\b`)
)

// pictureVerbs say in the present what a picture shows someone doing.
// Plural subjects take the verbs' plain forms: "Activists gather …".
const pictureVerbs = `holds|leads|speaks|protests|secures|walks|stands|sits|looks|waves|gathers|marches|poses|arrives|listens|gestures|reacts|cries|begins|uses|prays|shouts|embraces|hugs|carries|watches|waits|talks|smiles|attends|kneels|rides|plays|celebrates|competes|` +
	`hold|protest|walk|stand|sit|look|wave|gather|march|pose|arrive|listen|gesture|react|pray|shout|embrace|hug|carry|watch|wait|talk|smile|attend|kneel|ride|celebrate|compete`

// placedCaption is how an agency's caption without a weekday ends: a place
// named twice over, then the date ("…in the House of Commons, London,
// Britain, December 12, 2018."). Prose puts "on" before such a date.
var placedCaption = regexp.MustCompile(`, \p{Lu}[^,]{1,30}, \p{Lu}[^,]{1,30}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\.$`)

// fileCaption opens the caption of an archive photo: "FILE - In this Oct.
// 27, 2012 file photo, …", "In this March 21, 1990 file photo, …", "This
// undated photo provided by the museum shows …", perhaps after an
// agency's note to editors in capitals ("ALTERNATE CROP OF TOK870 OF
// MARCH 17, 2011 - In this photo taken on …").
var fileCaption = regexp.MustCompile(`^(?:FILE\s*[-–—]|(?:\p{Lu}[\p{Lu}\d ,.]{2,60} [-–—] )?(?:In this\b.{0,60}?\b(?:photo|photograph|image)\b|This\b[^.]{0,40}\b(?:photo|photograph|image)\b[^.]{0,120}\bshows\b))`)

// leftToRight places the people a photo shows: "(L-R) Crown Prince …",
// "(from left) …", "with Eddie Johnson (left) and Danny Davis (right)";
// "(L)" with "(R)" too ("(R)" alone is a Republican).
var leftToRight = regexp.MustCompile(`\((?:L-R|R-L|L to R|from left|left to right|left|right|center|centre|second from (?:left|right))\)`)

// countedPlace places one person in a photo's row: "second from right".
var countedPlace = regexp.MustCompile(`, (?:second|third|fourth) from (?:left|right),`)

// commaPlaces place people in a photo between commas: "Judy, centre,".
var commaPlaces = regexp.MustCompile(`, (?:far |second from |third from )?(?:left|right|centre|center),`)

// viewPicture opens a caption under a picture's button, as "Enlarge"
// does: "View larger image …", "View Slideshow …", "View Graphic …".
var viewPicture = regexp.MustCompile(`^View (?i:larger image|slideshow|gallery|photos?|graphic)\b`)

// postSignature closes a social media post embedded in the page: "— Ann
// Lee (@annlee) May 27, 2014", with who posted it and their handle.
var postSignature = regexp.MustCompile(`\s*[—–-]+\s*([^—–()]{0,60})\((@\w+)\)\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\.?(?:\s|$)`)

// creditAfter is a picture's credit closing its caption's paragraph: "(
// Tom Berg / Lundgate Star )", "( Lundgate Star file photo )".
var creditAfter = regexp.MustCompile(`^\(\s*(?:[^()/]{2,60}/[^()]{2,80}|[^()]{0,60}\b(?i:photo|photograph)s?)\s*\)$`)

// photoCredit is a photo's credit left at the start of the sentence after
// its caption: "(AP Photo/Ann Lee) ".
var photoCredit = regexp.MustCompile(`^\((?:(?:AP|Associated Press|AFP|Reuters|Getty|EPA|Photo)\b[^)]{0,60}|\p{Lu}[^()/]{1,40}/[^()]{1,40})\)\s*`)

var datePrepositions = wordSet("on for until by since before after from of to and through than starting")

// onlyKnown keeps the entities the lists know by name (places, bodies),
// and their mentions.
func onlyKnown(ents []Entity, mentions []Mention) ([]Entity, []Mention) {
	id := make([]int, len(ents)) // old index → new, or -1
	var kept []Entity
	for i, e := range ents {
		id[i] = -1
		if knownName(e.Name) {
			id[i] = len(kept)
			kept = append(kept, e)
		}
	}
	var ms []Mention
	for _, m := range mentions {
		if id[m.Entity] >= 0 {
			m.Entity = id[m.Entity]
			ms = append(ms, m)
		}
	}
	return kept, ms
}
