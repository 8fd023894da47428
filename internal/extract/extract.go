package extract

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/bits"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// ErrNoText is returned when a document holds no readable prose.
var ErrNoText = errors.New("no article text found")

// Doc is one document to extract, with whatever metadata came with it
// (a JSON record's fields, a feed item's); extracted values fill the gaps.
type Doc struct {
	ID        string
	Source    string
	URL       string
	Outlet    string
	Title     string
	Author    string
	Published *time.Time
	// Updated is when the text was updated, where the source says (a
	// feed's <updated>, an export's line): when an update of a stored
	// article replaced its earlier text. Nil means now.
	Updated *time.Time
	Text    string // plain text or Markdown
	HTML    string
}

// Article extracts an article from d: HTML when there is HTML, otherwise
// plain text. Metadata given in d wins over what the page says.
func Article(d Doc) (model.Article, error) {
	a := model.Article{ID: d.ID, Source: d.Source, URL: d.URL, Outlet: d.Outlet, Title: d.Title, Author: d.Author, Published: d.Published}
	var paras []string
	if strings.TrimSpace(d.HTML) != "" {
		page, err := fromHTML(d.HTML, d.URL)
		if err != nil {
			return a, err
		}
		site := first(a.Outlet, page.outlet)
		if a.Title == "" {
			// The site's name goes before cleaning, which takes the bar
			// before it too: "The Impeachment Clock | National Review".
			// The page's own address names its site even when it was
			// fetched from elsewhere (a mirror, a test server).
			title := withoutOutlet(text.Normalize(page.title), site)
			title = withoutHost(withoutHost(title, Host(page.url)), Host(d.URL))
			a.Title = withoutLabel(strings.Join(Clean(title), " "))
		}
		a.Outlet = first(a.Outlet, outletName(page.outlet, first(d.URL, page.url)))
		paras = withoutTitle(page.paragraphs, a.Title)
		a.URL = first(a.URL, page.url)
		a.Author = first(a.Author, page.author)
		if a.Published == nil {
			a.Published = page.published
		}
	} else {
		var title string
		title, paras = fromText(d.Text)
		a.Title = first(a.Title, title)
	}
	if len(paras) == 0 {
		return a, ErrNoText
	}
	if isNotice(Statements(paras)) {
		return a, fmt.Errorf("%w: only site or widget text (an embed, sign-in, video or archive notice)", ErrNoText)
	}
	a.Paragraphs = paras
	if a.Outlet == "" && a.URL != "" {
		a.Outlet = Host(a.URL)
	}
	if a.Published == nil {
		a.Published = urlDate(a.URL) // no date given, none in the page: its address may hold one
	}
	sum := sha256.Sum256([]byte(strings.Join(paras, "\n")))
	a.Hash = hex.EncodeToString(sum[:])
	if a.ID == "" {
		a.ID = a.Hash[:16]
		if a.URL != "" {
			u := sha256.Sum256([]byte(a.URL))
			a.ID = hex.EncodeToString(u[:8])
		}
	}
	return a, nil
}

// withoutTitle drops a first paragraph that repeats the title: pages
// often carry the headline above the text, and it is the title, not the
// article. A first paragraph that is the title without the site's name
// after it counts too.
func withoutTitle(paras []string, title string) []string {
	if len(paras) < 2 || title == "" {
		return paras
	}
	words := text.Words(paras[0])
	p, t := strings.Join(words, " "), strings.Join(text.Words(title), " ")
	if strings.EqualFold(p, t) || len(words) >= 4 && len(t) > len(p) && strings.EqualFold(t[:len(p)+1], p+" ") {
		return paras[1:]
	}
	return paras
}

// fromText reads plain text or Markdown: a first line that reads as a
// headline is the title, the rest is the body.
func fromText(s string) (title string, paras []string) {
	paras = Clean(s)
	if len(paras) > 1 && (isHeading(paras[0]) || strings.HasPrefix(strings.TrimSpace(s), "# ")) {
		title := headline(paras[0])
		if pageLine(paras[0]) || pageLine(title) || stampLabel.MatchString(title) && text.NumFields(title) <= 3 {
			return "", paras[1:] // the page's furniture ("brandy Posted by"), not the story's headline
		}
		return title, paras[1:]
	}
	return "", paras
}

// headline is a first line cleaned of what pages run onto it: a byline
// ("… By Ann Lee Staff Reporter"), a time stamp ("… Jan. 28, 2014 at 7:32
// PM ET") and a section's tag in lower case before it ("falls A lot of
// luck: …").
func headline(line string) string {
	line = trailingByline.ReplaceAllString(line, "")
	line = trailingStamp.ReplaceAllString(line, "")
	if m := lowerTag.FindStringSubmatchIndex(line); m != nil {
		line = line[m[2]:]
	}
	return withoutLabel(withoutDeck(line))
}

// headlineLabel is a page's label before a headline: "BREAKING: ",
// "UPDATE 2: ", "WATCH: ".
var headlineLabel = regexp.MustCompile(`^(?i:breaking(?: news)?|updated?(?: \d+)?|exclusive|watch|video|photos?|live|just in|developing|opinion|analysis|explainer|listen|podcast|sponsored): +`)

// withoutLabel takes a page's label off a headline: it says how the page
// presents the story, not what happened.
func withoutLabel(title string) string {
	if m := headlineLabel.FindStringIndex(title); m != nil && m[1] < len(title) {
		return title[m[1]:]
	}
	return title
}

// withoutDeck cuts a deck run onto a headline in sentence case: "Alleged
// drug kingpin arrested at SF library S.F. man arrested at library accused
// …" is two lines, the second starting on a capital after a word in lower
// case and retelling the first (two of its words at least), longer
// together than a headline runs. A headline in title case is left whole,
// as is one whose first part ends on a word like "as" that needs what
// follows.
func withoutDeck(line string) string {
	words := strings.Fields(line)
	if len(words) < 14 {
		return line
	}
	for k := 3; k+3 <= len(words); k++ {
		prev := words[k-1]
		if r, _ := utf8.DecodeRuneInString(words[k]); !unicode.IsUpper(r) || !lowerWord(prev) || text.StopWord(prev) {
			continue
		}
		head := map[string]bool{}
		for _, t := range text.Terms(strings.Join(words[:k], " ")) {
			head[t] = true
		}
		shared := map[string]bool{}
		for _, t := range text.Terms(strings.Join(words[k:], " ")) {
			if head[t] {
				shared[t] = true
			}
		}
		if len(shared) >= 2 {
			return strings.Join(words[:k], " ")
		}
	}
	return line
}

// lowerWord reports a word in lower-case letters only, no mark after it.
func lowerWord(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) < 0
}

var (
	trailingStamp = regexp.MustCompile(`\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}(?:,? (?:at )?\d{1,2}:\d{2} ?(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?$`)
	// lowerTag is up to three words in lower case, then the headline's
	// capital: not "iPhone sales slump", nor a headline all in lower case.
	lowerTag = regexp.MustCompile(`^[a-z]+(?: [a-z]+){0,2} (\p{Lu})`)
)

// pageLine reports a first line that is the page's, not a headline: a
// byline ("By Paul Vigna"), a dateline's place alone ("CHRISTCHURCH, New
// Zealand", "JAMESTOWN, Tuolumne County (KPIX 5)"), a date and time alone
// or a publication stamp, or a row of widget
// labels ("LISTEN TO ARTICLE 4:34 SHARE THIS ARTICLE Share Tweet Post").
func pageLine(line string) bool {
	if byline.MatchString(line) || bylineRoles.MatchString(line) || placeLine.MatchString(line) || bylineAgency.MatchString(line) {
		return true
	}
	if timeOrDay.MatchString(line) && len(strings.Fields(dateWords.ReplaceAllString(line, " "))) == 0 {
		return true
	}
	if stamp.MatchString(line) {
		return true // "Published: January 31st, 2012 | Tags: Super Bowl"
	}
	return len(promptWords.FindAllStringIndex(line, 3)) >= 2 || pageNotice.MatchString(line) || pictureLine.MatchString(line)
}

// pictureLine is a picture's credit or caption over the text ("Photo
// credit Ann Lee", "A pirate ship. (Instruction booklet)") or a release's
// label ("NTSB Press Release"): no headline. ("Credit Suisse Cuts Jobs" is
// one.)
var pictureLine = regexp.MustCompile(`^(?i:(?:photo|image) credits?:?|credits?:)\s+\p{Lu}|\.\s*\([^()]+\)\.?$|^(?:\S+ )?(?i:press release)$`)

// name is a person's name as a byline writes it.
const name = `\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}`

var (
	// pageNotice is a player's label: "Please enable Javascript to watch
	// this video".
	pageNotice = regexp.MustCompile(`(?i)\bjavascript\b`)
	// byline is "By Ann Lee", "/ Updated By Ann Lee, Tom Berg and Jo
	// Bell", "By Ann Lee , Staff Writer".
	byline = regexp.MustCompile(`^(?:/\s*)?(?:(?i:updated)\s+)?(?i:by)\s+` + name + `(?:\s*,\s*` + name + `)*(?:,?\s+(?i:and)\s+` + name + `)?(?:\s*,\s*\p{Lu}[\p{L}. ]{0,30})?$`)
	// bylineRoles is a byline that gives its writers' roles: "By Ann Lee,
	// Head of Global Policy, and Tom Berg, Deputy Counsel".
	bylineRoles = regexp.MustCompile(`^(?i:by)\s+` + name + `(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|of|and|for|the))*)*$`)
	// bylineAgency is a writer and whom they write for, without "By":
	// "Ann Lee, The Canadian Press", "Ann Lee, Staff Writer".
	bylineAgency = regexp.MustCompile(`^` + name + `,\s+(?:The\s+)?(?:Canadian Press|Associated Press|Press Association|Reuters|AFP|Bloomberg(?: News)?|(?i:staff writer|staff reporter|reporter|correspondent|contributor|special to the [\p{L} ]{1,40}))$`)
	// colonDateline is a dateline some papers write with a colon.
	colonDateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}'-]+(?: \p{Lu}[\p{Lu}'-]+){0,2}: +`)
	// placeLine is a wire dateline's place on a line of its own.
	placeLine = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'-]+(?: \p{Lu}[\p{Lu}.'-]+)*,(?: \p{Lu}[\p{L}.]*){1,3}(?: \([\p{L}\d .'-]{1,30}\))?$`)
	// trailingByline is a byline run onto a headline: "… new start By Ann
	// Lee Staff Reporter".
	trailingByline = regexp.MustCompile(`\s+By\s+` + name + `\s+(?:Staff\s+)?(?:Reporter|Writer|Correspondent|Editor)$`)
	// stamp is a page's note of when it was published, with what else
	// the page lists beside it.
	stamp = regexp.MustCompile(`^(?i:published|posted|updated|last updated)\s*:`)
	// dateWords are what a date and time are written with.
	dateWords = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b[ap]\.?m\.?\b|\b(?:et|est|edt|gmt|utc|bst|pt|pst|pdt)\b|[\d:/,.-]+`)
)

// Statements are the paragraphs of a body that state something: without
// sub-headings ("Kremlin's Cautious Response"), which are labels, not
// statements anyone made, nor wire datelines. A text of headline-like
// lines only is kept whole.
func Statements(paras []string) []string {
	out := paras[:0:0]
	for _, p := range paras {
		if !isHeading(p) {
			p = withoutDateline(p)
			if len(out) == 0 {
				// "KUALA LUMPUR: The search…": a place in capitals and a
				// colon open only the story's first paragraph.
				if m := colonDateline.FindStringIndex(p); m != nil && startsUpper(p[m[1]:]) {
					p = p[m[1]:]
				}
			}
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return paras
	}
	return out
}

// withoutOutlet drops the site's name a page's title ends on: "Lawan
// moves motion for adjournment - The Paradigm".
func withoutOutlet(title, outlet string) string {
	if outlet == "" || len(title) <= len(outlet) {
		return title
	}
	if strings.EqualFold(title[:len(outlet)], outlet) {
		// Or opens on: "LinkNaija | Nigeria's news platform: Chelsea …".
		rest := strings.TrimLeft(title[len(outlet):], " ")
		for _, sep := range append([]string{":"}, titleSeparators...) {
			if head := strings.TrimSpace(strings.TrimPrefix(rest, sep)); head != rest && text.NumFields(head) >= 3 {
				return head
			}
		}
	}
	if !strings.EqualFold(title[len(title)-len(outlet):], outlet) {
		return title
	}
	rest := strings.TrimRight(title[:len(title)-len(outlet)], " ")
	for _, sep := range titleSeparators {
		if strings.HasSuffix(rest, " "+sep) {
			if head := strings.TrimSpace(strings.TrimSuffix(rest, sep)); text.NumFields(head) >= 3 {
				return head
			}
		}
	}
	return title
}

// withoutHost drops the site's name a page's title ends on when only the
// page's host gives it: "… Fresh Air For Rs 300? - News Nation" on
// newsnation.in.
func withoutHost(title, host string) string {
	name, _, _ := strings.Cut(strings.TrimPrefix(host, "www."), ".")
	if len(name) < 4 {
		return title
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, " "+sep+" "); i > 0 && squashed(title[i+len(sep)+2:]) == name && text.NumFields(title[:i]) >= 3 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// squashed is s in lower case without what is not a letter or a digit, as
// a host writes a name: "News Nation" is "newsnation".
func squashed(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// titleSeparators set a site's name off a page's title.
var titleSeparators = []string{"-", "|", "–", "—", "::", "·", "»"}

type page struct {
	title, outlet, url, author string
	published                  *time.Time
	paragraphs                 []string
}

// fromHTML extracts a page's main text and metadata with go-trafilatura
// (fallback extractors off: measured faster for a small loss, see README)
// and go-readability, and keeps the better text.
//
// The page is parsed once, here: h is already UTF-8, and both libraries'
// own readers (go-shiori/dom.Parse) would each run a statistical charset
// detector over it first, which took a third of all extraction time.
func fromHTML(h, pageURL string) (page, error) {
	opts := trafilatura.Options{ExcludeComments: true, ExcludeTables: false, HtmlDateMode: trafilatura.Fast}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	h = strings.ReplaceAll(h, "\u00ad", "") // as dom.Parse does: soft hyphens go
	doc, err := html.Parse(strings.NewReader(h))
	if err != nil {
		return page{}, fmt.Errorf("parse HTML: %w", err)
	}
	names := siteNames(doc)
	prune(doc)
	// go-trafilatura works on its own copies of doc; go-readability changes
	// the tree it reads, so it comes second.
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return page{}, fmt.Errorf("extract HTML: %w", err)
	}
	alt := readable(doc, opts.OriginalURL)
	p := page{
		title:      res.Metadata.Title, // cleaned once the outlet is known
		outlet:     asWritten(strings.TrimSpace(res.Metadata.Sitename), names),
		url:        res.Metadata.URL,
		author:     writers(res.Metadata.Author),
		paragraphs: choose(Clean(blocks(res.ContentNode)), alt),
	}
	if !res.Metadata.Date.IsZero() {
		d := res.Metadata.Date.UTC()
		p.published = &d
	}
	if p.outlet == "" && res.Metadata.Hostname != "" {
		p.outlet = strings.TrimPrefix(res.Metadata.Hostname, "www.")
	}
	return p, nil
}

// siteNames are the names a page's metadata give its site, as written
// ("nj", "9to5Mac", "@politifact").
func siteNames(doc *html.Node) []string {
	var names []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if n.Data == "body" {
			break
		}
		if n.Data != "meta" {
			continue
		}
		var key, content string
		for _, a := range n.Attr {
			switch a.Key {
			case "property", "name":
				key = strings.ToLower(strings.TrimSpace(a.Val))
			case "content":
				content = strings.TrimSpace(a.Val)
			}
		}
		if key == "og:site_name" || key == "twitter:site" || key == "application-name" {
			names = append(names, content)
		}
	}
	return names
}

// asWritten undoes go-trafilatura's capitals where they hurt a site's
// name: the library title-cases a name that does not open on a capital,
// which lowers the capitals inside it ("9to5Mac" becomes "9To5mac") and
// hides a name in lower case that is its host's ("nj" on nj.com, which
// outletName turns into the host). A handle ("@comwrap") keeps the
// capital it was given: it is no name the site writes.
func asWritten(name string, written []string) string {
	title := cases.Title(language.English)
	for _, w := range written {
		handle := strings.HasPrefix(w, "@")
		w = strings.TrimPrefix(w, "@")
		if w == name || title.String(w) != name {
			continue
		}
		if lostCapital(w, name) || !handle && w == strings.ToLower(w) {
			return w
		}
	}
	return name
}

// lostCapital reports whether a capital of was is in lower case in is.
func lostCapital(was, is string) bool {
	a, b := []rune(was), []rune(is)
	if len(a) != len(b) {
		return false
	}
	for i, r := range a {
		if unicode.IsUpper(r) && !unicode.IsUpper(b[i]) {
			return true
		}
	}
	return false
}

// prune removes what neither extractor reads as text: scripts (but not
// JSON-LD, which holds the metadata), styles, comments, the page's
// navigation, asides and footers, form controls and embedded media (the
// elements go-trafilatura drops first thing), and layout whitespace. Both
// libraries copy the tree more than once: the smaller it is, the faster
// they run (BENCHMARKS.md). It also mends the tree where go-trafilatura
// would lose or join words: embedded posts, emphasis inside items, text
// between line breaks; and it cuts a page far longer than any article.
func prune(n *html.Node) {
	hoistPosts(n)
	pruneIn(n, false)
	paragraphs(n)
	cutAfter(n, maxPageText)
}

// maxPageText is how much of a page's text the extractors are given, in
// bytes: many times an article's, and far more than the analysis reads
// (analyze.MaxText). go-trafilatura's time grows with the square of a page's
// paragraphs: a 15 MB page of 100,000 took 161 s.
const maxPageText = 1 << 20

// cutAfter removes everything after the first limit bytes of text.
func cutAfter(n *html.Node, limit int) {
	var last *html.Node
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			if limit -= len(d.Data); limit < 0 {
				last = d
				break
			}
		}
	}
	for ; last != nil && last != n; last = last.Parent {
		for last.NextSibling != nil {
			last.Parent.RemoveChild(last.NextSibling)
		}
	}
}

func pruneIn(n *html.Node, inItem bool) {
	inItem = inItem || n.Type == html.ElementNode && items[n.Data]
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if junk(c) {
			n.RemoveChild(c)
		} else {
			pruneIn(c, inItem)
			if inItem && c.Type == html.ElementNode && emphasis[c.Data] && len(c.Attr) == 0 {
				unwrap(c)
			}
		}
		c = next
	}
	joinText(n)
}

// emphasis are the inline elements that only style their words.
// Inside items, quotes and cells go-trafilatura trims the text after such
// an element ("<li>… hits on <a><strong>Mason Rudolph</strong></a> (well,
// …" came out "Mason Rudolph(well"), so there they give their words to
// their parent. Elsewhere they stay: the library reads a paragraph that is
// all emphasis as one of its own ("Also on rt.com").
var emphasis = map[string]bool{"b": true, "strong": true, "i": true, "em": true, "u": true, "mark": true}

// items are the elements go-trafilatura reads that way.
var items = map[string]bool{"li": true, "dd": true, "dt": true, "blockquote": true, "q": true, "td": true, "th": true}

// unwrap puts n's children in its place.
func unwrap(n *html.Node) {
	p := n.Parent
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		p.InsertBefore(c, n)
	}
	p.RemoveChild(n)
}

// joinText joins n's neighbouring text children into one, as a parser
// would have made them, where an unwrapped element or a removed comment
// stood between: the libraries read an element's text from its first.
func joinText(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		for c.Type == html.TextNode && c.NextSibling != nil && c.NextSibling.Type == html.TextNode {
			c.Data += c.NextSibling.Data
			n.RemoveChild(c.NextSibling)
		}
	}
}

// hoistPosts takes each embedded post ("<blockquote class="twitter-tweet">")
// out of the wrappers that hold nothing else, whose classes ("social-embed",
// "article-widget") both libraries read as the page around the article. A
// post quoted in the story is part of it; the analysis reads its author
// from its "— Name (@handle) date" line.
func hoistPosts(n *html.Node) {
	var posts []*html.Node // moved only once all are found: the walk must not see the tree change
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.Data == "blockquote" && attrHas(d, "class", "twitter-tweet") {
			posts = append(posts, d)
		}
	}
	for _, post := range posts {
		top := post
		for p := post.Parent; p != nil && p.Type == html.ElementNode && wrappers[p.Data] && onlyChild(p, top); p = p.Parent {
			top = p
		}
		post.Attr = nil
		if top != post {
			post.Parent.RemoveChild(post)
			top.Parent.InsertBefore(post, top)
			top.Parent.RemoveChild(top)
		}
	}
}

// wrappers are the elements a page wraps an embedded post in.
var wrappers = map[string]bool{"div": true, "figure": true, "section": true, "span": true, "aside": true}

// onlyChild reports whether c is n's one child, scripts and whitespace aside.
func onlyChild(n, c *html.Node) bool {
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		switch {
		case k == c, k.Type == html.CommentNode,
			k.Type == html.TextNode && strings.TrimSpace(k.Data) == "",
			k.Type == html.ElementNode && k.Data == "script":
		default:
			return false
		}
	}
	return true
}

// attrHas reports whether n's attribute key lists value among its words
// (class="twitter-tweet", rel="tag").
func attrHas(n *html.Node, key, value string) bool {
	for _, a := range n.Attr {
		if a.Key == key && slices.Contains(strings.Fields(a.Val), value) {
			return true
		}
	}
	return false
}

// paragraphs gives the runs of text a division holds directly, between
// line breaks ("<div>Following the …, according to <em>DigiTimes</em>.
// A preview …<br><br>The report claims …"), paragraphs of their own.
// go-trafilatura loses such a division's first run.
func paragraphs(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		paragraphs(c)
	}
	if n.Type != html.ElementNode || n.Data != "div" || !hasTextAndBreak(n) {
		return
	}
	var run []*html.Node
	flush := func(before *html.Node) {
		if len(run) == 0 {
			return
		}
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		n.InsertBefore(p, before)
		for _, k := range run {
			n.RemoveChild(k)
			p.AppendChild(k)
		}
		run = run[:0]
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.ElementNode && c.Data == "br":
			flush(c)
			n.RemoveChild(c)
		case c.Type == html.ElementNode && (blockTags[c.Data] || runEnds[c.Data]):
			flush(c)
		default:
			run = append(run, c)
		}
		c = next
	}
	flush(nil)
}

// runEnds end a run of text as blocks do, though they hold none of it.
var runEnds = map[string]bool{"center": true, "img": true, "table": true, "ul": true, "ol": true, "dl": true, "hr": true, "figure": true}

// hasTextAndBreak reports a division with words and a line break among its
// own children.
func hasTextAndBreak(n *html.Node) bool {
	text, br := false, false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		text = text || c.Type == html.TextNode && strings.TrimSpace(c.Data) != ""
		br = br || c.Type == html.ElementNode && c.Data == "br"
	}
	return text && br
}

func junk(n *html.Node) bool {
	switch n.Type {
	case html.CommentNode:
		return true
	case html.TextNode:
		// Layout whitespace inside lists, tables and the head. Between
		// blocks it stays: the libraries join blocks' text through it.
		return n.Parent != nil && n.Parent.Type == html.ElementNode && containerTags[n.Parent.Data] && strings.TrimSpace(n.Data) == ""
	case html.ElementNode:
		if n.Data == "script" {
			for _, a := range n.Attr {
				if a.Key == "type" && strings.Contains(a.Val, "json") {
					return false
				}
			}
			return true
		}
		return unread[n.Data] || tagList(n)
	}
	return false
}

// tagList reports an element that holds only links to the page's tags
// (rel="tag"), with commas between them and perhaps a label ("Tags"): the
// site's index, not the article's text. A tag's link inside a sentence
// stays.
func tagList(n *html.Node) bool {
	tags, letters := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			for _, r := range c.Data {
				if unicode.IsLetter(r) {
					letters++
				}
			}
		case c.Type == html.ElementNode && c.Data == "a" && attrHas(c, "rel", "tag"):
			tags++
		case c.Type == html.ElementNode && c.Data == "br":
		default:
			return false
		}
	}
	return tags >= 2 && letters <= 12
}

// unread are elements with no article text in them. Hidden inputs stay:
// some pages keep the publication date in one.
var unread = map[string]bool{"style": true, "svg": true, "nav": true, "aside": true, "footer": true, "menu": true,
	"button": true, "select": true, "option": true, "textarea": true, "label": true, "fieldset": true, "dialog": true,
	"iframe": true, "video": true, "audio": true, "canvas": true, "object": true, "embed": true, "picture": true,
	"source": true, "noscript": true, "figure": true}

// containerTags hold elements, never text of their own.
var containerTags = map[string]bool{"html": true, "head": true, "ul": true, "ol": true, "table": true, "thead": true,
	"tbody": true, "tfoot": true, "dl": true}

// blocks renders extracted HTML as text with one line per block element,
// keeping the paragraph breaks that trafilatura's plain text drops.
func blocks(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "figure", "figcaption", "head":
				return
			case "br":
				b.WriteByte('\n')
			case "td", "th":
				// A row's cells make one line, with a space between them
				// when the page puts none ("DL Larry Ogunjobi 63 85%").
				if s := b.String(); s != "" && !strings.ContainsRune(" \t\n", rune(s[len(s)-1])) {
					b.WriteByte(' ')
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockTags[n.Data] {
			b.WriteByte('\n')
		}
	}
	if n != nil {
		walk(n)
	}
	return b.String()
}

var blockTags = map[string]bool{"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "blockquote": true, "tr": true, "section": true, "article": true, "pre": true, "dd": true, "dt": true}

// outletName is an outlet's name from what a page calls its site, which
// is often more than a name: "The Jerusalem Post | JPost.com" is The
// Jerusalem Post, and a Facebook page's address ("https://www.facebook.com/CBSNews"),
// a copyright line or a section's name of no word ("U.S." on reuters.com)
// names no outlet, so the page's host does.
func outletName(site, pageURL string) string {
	site, _, _ = strings.Cut(strings.TrimSpace(site), "; ") // go-trafilatura joins the names it finds
	for _, sep := range titleSeparators {
		if head, _, ok := strings.Cut(site, " "+sep+" "); ok {
			site = strings.TrimSpace(head)
		}
	}
	lower := strings.ToLower(site)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.") ||
		strings.HasPrefix(lower, "copyright") || strings.HasPrefix(site, "©") || !hasWord(site) {
		site = ""
	}
	host := Host(pageURL)
	if site == "" || site == lower && !strings.ContainsAny(site, " .") && strings.HasPrefix(host, site+".") {
		return cmp.Or(host, site) // "nj" on nj.com is nj.com
	}
	return site
}

// hasWord reports whether s has a word of three letters or more, or a
// word a host could be ("nj" on nj.com is a name; "U.S." is none).
func hasWord(s string) bool {
	run := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			run++
			if run >= 3 {
				return true
			}
			continue
		}
		run = 0
	}
	return s != "" && !strings.ContainsAny(s, ". ")
}

// pathDate is a date as news sites write it in an article's address:
// "/2019/01/24/", "/2019-01-24-".
var pathDate = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:\D|$)`)

// urlDate is the day an address's path gives, if any: articles given as
// text with no date of their own often carry one there, which keeps an
// outlet's reports of different weeks apart.
func urlDate(raw string) *time.Time {
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	m := pathDate.FindStringSubmatch(u.Path)
	if m == nil {
		return nil
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.After(time.Now().AddDate(0, 0, 1)) {
		return nil // "2019/02/30", or a date yet to come
	}
	return &t
}

// Host is an address's host without "www.": the outlet of a page that
// names none.
func Host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

func first(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return strings.TrimSpace(a)
	}
	return strings.TrimSpace(b)
}

// readable is the page's main text as go-readability finds it. It
// changes doc.
func readable(doc *html.Node, pageURL *url.URL) []string {
	parser := readability.NewParser()
	a, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil || a.Node == nil {
		return nil
	}
	return Clean(blocks(a.Node))
}

// longer is how many times longer one extractor's text must be than the
// other's to be taken as the whole article rather than the page around it
// (of 1.3, 1.5, 2 and 3 on the ScrapingHub benchmark, 2 scored best).
const longer = 2.0

// choose picks between two extractors' texts of a page: the shorter, which
// carries less of the page around the article, unless the longer is so
// much longer that the shorter must have missed part of the article. When
// the shorter is almost wholly inside the longer and most of the longer
// is not in it, the longer is the article and the page around it (menus,
// lists of other stories), and the shorter wins after all.
func choose(a, b []string) []string {
	na, nb := words(a), words(b)
	if na > nb {
		a, b, na, nb = b, a, nb, na
	}
	if float64(nb) <= longer*float64(max(na, 1)) {
		return a
	}
	sa, sb := shingles(a), shingles(b)
	if contained(sa, sb) >= inside && contained(sb, sa) < aside {
		return a
	}
	return b
}

// The shorter text is inside the longer when at least inside of its
// shingles are, and the longer is mostly page furniture when less than
// aside of its shingles are in the shorter (of 0.3–0.6 and 0.7–0.9 tried
// on the ScrapingHub benchmark, 0.3 and 0.9 moved the fewest pages, and
// only to the better text: see BENCHMARKS.md).
const (
	aside  = 0.3
	inside = 0.9
)

// shingles are a text's runs of four words, hashed.
func shingles(ps []string) map[uint64]bool {
	var hs []uint64
	for _, p := range ps {
		for w := range strings.FieldsSeq(p) {
			h := uint64(14695981039346656037) // FNV-1a
			for i := 0; i < len(w); i++ {
				h = (h ^ uint64(w[i])) * 1099511628211
			}
			hs = append(hs, h)
		}
	}
	m := make(map[uint64]bool, len(hs))
	for i := 0; i+4 <= len(hs); i++ {
		m[hs[i]^bits.RotateLeft64(hs[i+1], 16)^bits.RotateLeft64(hs[i+2], 32)^bits.RotateLeft64(hs[i+3], 48)] = true
	}
	return m
}

// contained is the share of a's shingles also in b (1 when a has none).
func contained(a, b map[uint64]bool) float64 {
	if len(a) == 0 {
		return 1
	}
	n := 0
	for s := range a {
		if b[s] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

func words(ps []string) int {
	n := 0
	for _, p := range ps {
		n += text.NumFields(p)
	}
	return n
}

// writers is a page's author metadata as a reader would print it: several
// writers as "Ann Lee, Tom Berg and Jo Bell", without the roles,
// degrees, agencies' desks and dates pages add to it ("TOM KRISHER; AP
// Auto Writer", "Rachael Link; MS; RD", "Malcolm Owen Monday; November",
// "Analysis by Chris Cillizza; CNN Editor-at-large"), and capitals only
// where a name has them.
func writers(raw string) string {
	var names, agencies []string
	for _, part := range strings.Split(raw, ";") {
		words := strings.Fields(part)
		for i, w := range words {
			if strings.EqualFold(w, "by") {
				words = words[i+1:] // "Analysis by Chris Cillizza"
				break
			}
		}
		for len(words) > 0 && writerTail[strings.ToLower(strings.TrimRight(words[len(words)-1], ".,"))] {
			words = words[:len(words)-1] // "Carrie Arnold November", "… wire services Published"
		}
		if n := len(words); n > 3 && words[n-2] == "Associated" && words[n-1] == "Press" {
			words = words[:n-2] // "ERIC TUCKER Associated Press"
		}
		if len(words) == 0 || writerTail[strings.ToLower(words[0])] {
			if n := len(names); n > 0 && len(names)+len(agencies) > 1 && !strings.Contains(names[n-1], " ") {
				names = names[:n-1] // "Reuters; Washington; Nov": a dateline's place
			}
			continue
		}
		if slices.ContainsFunc(words, func(w string) bool { return desks[strings.ToLower(w)] }) {
			continue // "AP Auto Writer"
		}
		name := strings.Join(words, " ")
		acronym := len(words) == 1 && len(name) <= 4 && strings.ToUpper(name) == name
		capitals := name == strings.ToUpper(name)
		if capitals && !acronym {
			name = titleCase(name) // "TOM KRISHER", "REUTERS"
		}
		if acronym || wires[strings.ToLower(name)] || outletWords[strings.ToLower(words[len(words)-1])] || !capitals && len(words) > 1 && isAcronym(words[0]) {
			// "CNN", "PTI", "Associated Press", "Business Insider", "CNN
			// Business": the writers' if none is named
			agencies = append(agencies, name)
			continue
		}
		names = append(names, name)
	}
	if people := slices.DeleteFunc(slices.Clone(names), func(n string) bool { return !strings.Contains(n, " ") }); len(people) > 0 {
		names = people // "Victor Tangermann; Futurism": a writer and the site
	}
	if len(names) == 0 {
		names = agencies
	}
	return text.List(names)
}

// isAcronym reports a word in capitals of two to five letters: "CNN", "BBC".
func isAcronym(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsUpper(r) }) < 0
}

var (
	// writerTail are the words of a date or stamp run onto a byline.
	writerTail = text.Set("published updated posted jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday")
	// desks mark a part of a byline that is a desk or a role, not a writer.
	desks = text.Set("writer editor editor-at-large reporter correspondent columnist media com contributor")
	// outletWords end the names of outlets, not of people: "Business
	// Insider", "Jerusalem Post Staff".
	outletWords = text.Set("insider news times post magazine media staff daily journal online network wire")
	// wires are news agencies a byline names beside or instead of writers.
	wires = map[string]bool{"associated press": true, "the associated press": true, "reuters": true, "agence france-presse": true, "press association": true}
)

// titleCase writes a name set in capitals as names are written.
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}
