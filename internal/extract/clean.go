// Package extract turns raw documents (plain text, Markdown, HTML) into
// articles: outlet, title, date and a body cleaned of page boilerplate.
package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/text"
)

// creditPath is a photographer and agencies: "Ann Lee/AFP/Getty Images",
// "Ann Lee / PA Images via Getty Images", "Ann Lee/Getty".
const creditPath = `(?:\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3} ?/ ?)+(?:\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)? via )?(?:Getty(?: Images)?|AFP|AP|Reuters|EPA|The Canadian Press|THE CANADIAN PRESS)`

// paperCredit is a photographer working for a paper: "Bill Mitchell for
// The Boston Globe".
const paperCredit = `\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,2} for The (?:\p{Lu}\p{L}+ ){0,2}(?:Globe|Times|Post|Journal|Tribune|Herald|Guardian|Telegraph|Chronicle|Inquirer)`

var (
	// Image markup left by HTML-to-text or Markdown conversion.
	imageMarkup = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>`)
	// A bracketed credit marks a caption line: "[Photo: Name/Agency]".
	bracketCredit = regexp.MustCompile(`(?i)[\[(]\s*(?:photo|image|picture|pic|video|credit|foto|illustration|file photo|source)s?\s*(?:by|credit)?\s*[:/][^\])]*[\])]`)
	// A line that opens with a credit or caption label.
	creditLine = regexp.MustCompile(`(?i)^(?:photo|image|picture|pic|credit|caption|file photo|illustration|photograph)s?(?:\s+by)?\s*[:|/-]`)
	// listNumber numbers a list's item: "1 The …", "2. A …".
	listNumber = regexp.MustCompile(`^\d{1,2}\.?\s+((?:The|A|An)\s)`)
	// noteNumber is a footnote's number between sentences, as pages
	// copied with their notes have it: "…than by any other Book.” 1 The
	// Book of Mormon …". No sentence opens on a number and then "The".
	noteNumber = regexp.MustCompile(`([.!?]["”]?)\s+\d{1,3}\s+((?:The|A|An)\s)`)
	// trailingLink is a link after a sentence's end, at the end of a line.
	trailingLink = regexp.MustCompile(`([.!?"”])\s+https?://\S+$`)
	// "Image copyright Getty Images Image caption …", "Media caption …": a
	// caption's line.
	imageCopyright = regexp.MustCompile(`(?i)^(?:image|media) (?:copyright|caption)\b`)
	// A label run onto the text it heads: over a box of a story's key
	// points ("Story highlights") or a section's summary ("Summary"), a
	// paper's "Abstract" and its parts ("Background", "Methods", "Results",
	// "Discussion", "Conclusions and Relevance", "Design, Setting, and
	// Participants"), "About this story", or before what was added later
	// ("UPDATE 2:", "Update (3:45 p.m.):", "[Updated at 5:15 p.m. PDT April
	// 10:", a live page's "10:45 AM PT:").
	label = regexp.MustCompile(`(?i)^(?:story highlights|about this story|abstract|significance|importance|objectives?|results|conclusions?(?: and relevance)?|summary|discussion|background|methods|introduction|interpretation|design, setting, and participants|main outcomes? and measures?|(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|late|latest|editor's) )?updated?(?: \d+)?(?: \([^)]{0,30}\))?:|\[?(?:updated? (?:at )?)?\d{1,2}:\d{2} ?(?:a\.m\.|p\.m\.|am|pm)(?: [a-z]{2,4})?(?:,? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2})?:)\s+`)
	// Agency credits at the end of a caption: "(Getty Images)", "/AFP",
	// "…, has been... (Associated Press)" (a caption cut short by a
	// gallery). "(Andy Kropa - GETTY IMAGES)" and "| Photo by Reuters" too.
	// It is matched against a line's end only (creditAtEnd).
	agencyCredit = regexp.MustCompile(`(?:\((?:[A-Z][\w.]*\s?)*(?:[A-Z][\w.]*\s-\s)?(?:Getty Images|GETTY IMAGES|AFP|AP|Associated Press|Reuters|REUTERS|EPA|Shutterstock|Pool|Xinhua)\)|/(?:AFP|AP|Reuters|EPA|Pool|Getty(?: Images)?|The Canadian Press|THE CANADIAN PRESS)\b[.)]?)\s*\|?\s*$`)
	photoBy      = regexp.MustCompile(`\|\s*Photo(?:graph)? by\b`)
	// A photo's credit run into the text after it: "Ann Lee/AFP/Getty
	// Images There is …", "Getty Images Abortion In a poll …", or set
	// before its caption: "The Canadian Press Prime Minister Justin Trudeau
	// holds …".
	leadCredit = regexp.MustCompile(`^(?:` + creditPath + `|Getty Images|The Canadian Press|` + paperCredit + `)\s+\p{Lu}`)
	// The same after its caption, with no mark between: "Jason Kenney and
	// Vic Toews Sean Kilpatrick/THE CANADIAN PRESS Vic Toews, Public Safety
	// Minister, …".
	captionCredit = regexp.MustCompile(`^[^.!?/"“”]{1,150}\s` + creditPath + `\s+\p{Lu}`)
	// runInHeading is a heading of one to four capitalised words run onto
	// the sentence after it, whose opening word gives it away: "Santa
	// Clause Non-Believers More people in the United States …".
	runInHeading = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'-]*\s){1,4}((?:In|More|Most|The|A|An|According|Some|Many|Only|Nearly|Almost|Over|Fewer|Less)\s)`)
	// A credit set off by a bar inside a line: "…our time.” | Ann Lee/Getty Images Trump makes …".
	barCredit = regexp.MustCompile(`\s*\|\s*` + creditPath + `\b`)
	// An agency's credit line: "Getty Images / Ann Lee / Contributor".
	agencyLine = regexp.MustCompile(`^(?:Getty Images|AFP|AP|Reuters|REUTERS|EPA)\s*/`)
	// A dateline opening a story: "BALTIMORE (AP) — ", "CHICAGO, Jan 6 (Reuters) - ",
	// "(CNN) -- ". It says where the wire filed from, not what happened.
	// One ^ before the alternatives, not one in each: Go's regexp then
	// tries the opening only, not every position of the paragraph.
	dateline = regexp.MustCompile(`^(?:(?:[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+)*(?: \d{1,2})?(?:, [A-Z][\w.]*(?: [\w.]+){0,3})?\s*)?\((?:AP|Reuters|CNN|AFP|UPI|Bloomberg|CBS|NBC|ABC|The Canadian Press|CP|dpa|Xinhua)\)\s*(?:[-—–]+\s*)?|[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?:, [A-Z][\w.]*(?: [\w.]+){0,3})?(?:, (?:19|20)\d\d)?(?: \([\w .'/-]{1,30}\))?(?:\s*(?:[—–]+|--)|\s+-)\s+)`)
	// Markdown links keep their text.
	mdLink = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	// A link to another story: "Read more: …", "Related: …", "Read next
	// Bots gear up for the vote Bots gear up for the vote".
	linkLabel = regexp.MustCompile(`(?i)^(?:(?:read more|see more|read also|also read|see also|related|more|watch|listen|download|leggi anche|lesen sie auch|lire aussi|leia também|vea también)\s*:|read next\b)`)
	// A call to subscribe, sign up or share, however long.
	// A paywall's offer too: "Support our journalism Become a subscriber…",
	// "To read this story in full … you must be a subscriber", "Digital
	// Access For Only $0.99". A channel's greeting and a site's offer to
	// follow a topic: "Welcome to the official YouTube channel of …",
	// "Interested in Jo Lee? Add Jo Lee as an interest …", "Text 46373 To
	// 'NEWS' To Get Breaking News Alerts". A reprint's terms and a
	// share form's note: "Dow Jones Reprints: This copy is for your
	// personal, non-commercial use only…", "Thank you for your interest in
	// spreading the word about …". A contributor's disclaimer: "The
	// opinions expressed are those of the writer."
	pitch = regexp.MustCompile(`(?i)^(?:subscribe|(?:dow jones reprints: )?this copy is for your personal|thank you for your interest in spreading the word|the author is an? [\w ]{1,30}contributor|the (?:opinions|views) expressed (?:[^.]{1,40} )?are (?:solely )?(?:those|the views) of|note: we only request your e-?mail|sign up|click here|like this story|don't miss|you may also like|follow us|(?:newsletter|e-?mail) sign up|breaking news e-?mails|get (?:breaking news )?alerts|text \d{3,6} to|welcome to the official|interested in [^?]{1,60}\? add|get push notifications|scroll down for video|you agree to receive|support (?:our|independent|quality) journalism|become a (?:subscriber|member)|already a (?:subscriber|member)|to read (?:this|the) (?:story|article) in full|get (?:daily|weekly|the latest) updates|(?:unlimited |full )?digital access for)\b`)
	// The heading of a list of other stories' headlines.
	moreHeading = regexp.MustCompile(`(?i)^(?:related(?: stories| articles| news| posts)?|more (?:great )?(?:\w+ )?(?:stories|news|articles)|you (?:may|might) also like|don't miss|recommended(?: for you)?|most (?:read|popular)|read more|see also|trending(?: now)?|top stories|latest news)\W*$`)
	// When the page was published or updated: "PUBLISHED: 10:48, Tue, Nov 19, 2019".
	stampLabel = regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated|last modified|date posted|uploaded)\b`)
	// A page's position or a relative time: "Page 1 of 1", "1 year ago".
	pageOf = regexp.MustCompile(`(?i)^(?:page \d+ of \d+|\d+ (?:second|minute|hour|day|week|month|year)s? ago)$`)
	// A clock time or a day of a month.
	timeOrDay = regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`)
	// An author's contact line: "Email Jo at jo@example.com or follow her @jo."
	email   = regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.]+`)
	contact = regexp.MustCompile(`(?i)^(?:e-?mail|write to|contact|follow|have a tip|reach)\b|\bfollow (?:him|her|them|us|me)\b|\bcan be reached\b`)
	// A video player's text (isPlayer): "JUST WATCHED … Replay More Videos … MUST
	// WATCH …", and the "CLOSE" of its button before a clip's description.
	// "Media playback is unsupported on your device" and "Enlarge this
	// image toggle caption" are a player's and a picture's.
	closeButton = regexp.MustCompile(`^CLOSE\s+(?:\p{Lu})`)
	// A page's number before its text, in a story split over pages.
	pageMark = regexp.MustCompile(`^\(page \d+ of \d+\)`)
	// A gallery's slide ends on its countdown to the next.
	galleryWait = regexp.MustCompile(`\bWait \d+ seconds? to continue\.$`)
	// A share price widget after a company's name: "Amazon.com Inc. AMZN,
	// -1.29% and other retailers".
	quoteWidget = regexp.MustCompile(`\s\b[A-Z]{1,5}(?:\.[A-Z]{1,2})?, [+-]\d+(?:\.\d+)?%`)
	// A share's exchange code after a company's name: "Delta Air Lines
	// Inc (DAL.N)", "Xhibit Corp XBTC.PK", "Xhibit Corp. US:XBTC".
	exchangeCode = regexp.MustCompile(`\s\([A-Z0-9]{2,6}\.(?:N|O|OQ|A|K|L|PK|OB|TO|V|T|HK|SS|SZ|PA|DE|F|AS|BR|MI|MC|SW|VX|S|ST|OL|CO|HE|AX|NZ|BO|NS|KS|KQ|TW|SI|JK|BK|KL|SA|MX|J|IS|TA|WA|PR|BU)\)|\s\b[A-Z]{2,6}\.(?:PK|OB)\b|\s(?:US|UK|CA|AU|JP|HK|FR|DE|CH|NL|SE|IT|ES):[A-Z]{1,6}\b`)
	// A share's card run into a sentence after the company's name, from its
	// code and move to its links: "Malaysia Airlines 3786.KU -2.22%
	// Malaysian Airline System Bhd … Market Cap RM3.68 Billion … More quote
	// details and news » 3786.KU in Your Value Your Change Short position
	// Flight 17, …".
	quoteCard = regexp.MustCompile(`\s(?:\S{1,15} [+-]?\d+(?:\.\d+)?%\s.{0,800}?)?More quote details and news\s*[»"]?\s*\S{1,15} in Your Value Your Change(?: Short position)?\s*`)
	// Words of the prompts, menus and widgets that surround an article.
	promptWords = regexp.MustCompile(`(?i)\b(?:comments?|share|shares|tweet|subscribe|subscription|newsletter|sign (?:up|in)|log ?in|follow us|advertisement|advert|sponsored|read more|read also|see also|related|recommended|trending|most (?:read|popular)|click here|continue reading|filed under|tags|print|e-?mail|whatsapp|facebook|twitter|linkedin|telegram|reddit|copyright|all rights reserved|cookies?|privacy policy|terms of (?:use|service)|back to top|go back|skip to|menu|loading|photo gallery)\b`)
)

// Clean normalises s and removes page boilerplate line by line: image
// markup, captions with photo credits, stray table pipes, and short lines
// that are comment, share or navigation prompts rather than prose. The
// rules look at the shape of a line, not at any one site's strings.
func Clean(s string) []string {
	var parts [][]string // the lines of each paragraph, joined at the end
	others := false      // in a list of other stories' headlines
	for _, line := range text.Paragraphs(text.Normalize(s)) {
		if others && isHeading(line) {
			continue
		}
		others = moreHeading.MatchString(line)
		if line = cleanLine(line); line != "" && !others {
			if n := len(parts); n > 0 && broken(parts[n-1][len(parts[n-1])-1], line) {
				parts[n-1] = append(parts[n-1], line) // "…, coming to" / "theaters December 18.": one sentence the page broke
				continue
			}
			parts = append(parts, []string{line})
		}
	}
	if len(parts) == 0 {
		return nil
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = strings.Join(p, " ")
	}
	return out
}

func cleanLine(line string) string {
	// Each pattern runs only on lines with the characters it needs: this
	// runs on every line of every article.
	if strings.Contains(line, "![") || strings.Contains(line, "<img") {
		line = imageMarkup.ReplaceAllString(line, "")
	}
	if (strings.ContainsAny(line, "[(") && bracketCredit.MatchString(line)) || creditLine.MatchString(line) ||
		(strings.ContainsAny(line, ")/|:") && creditAtEnd(line)) {
		return "" // a caption: its words describe a picture, not the story
	}
	if line = withoutStaffCredit(line); line == "" {
		return "" // who reported and edited the story, not who is in it
	}
	m := leadCredit.FindStringIndex(line)
	if m == nil && strings.Contains(line, "/") {
		if m = captionCredit.FindStringIndex(line); m != nil && strings.Contains(line[:m[1]], ". ") {
			m = nil // "… for Real Madrid and Portugal. ADRIAN DENNIS/AFP/Getty Images)": a caption's sentence, then its credit
		}
	}
	if m != nil {
		_, n := utf8.DecodeLastRuneInString(line[:m[1]])
		line = line[m[1]-n:] // the capital after the credit opens the text
		if m := runInHeading.FindStringSubmatchIndex(line); m != nil {
			line = line[m[2]:] // "Getty Images Waterboarding More people think …": a list item's heading
		}
	}
	if strings.Contains(line, "](") {
		line = mdLink.ReplaceAllString(line, "$1")
	}
	if m := label.FindStringIndex(line); m != nil && startsUpper(line[m[1]:]) && !isStamp(line) {
		line = line[m[1]:] // not "Abstract art …", nor "Updated: Nov 2, 2019", which says when
	}
	if strings.Count(line, "Hide Caption ") >= 2 {
		return "" // a gallery's captions run together: "… Hide Caption 1 of 30 30 photos: …"
	}
	if strings.HasPrefix(line, "(page ") {
		line = strings.TrimSpace(pageMark.ReplaceAllString(line, "")) // "(page 4 of 7) Casillas said …"
	}
	if strings.HasSuffix(line, " to continue.") && galleryWait.MatchString(line) {
		return "" // a gallery's slide: "Caption … Jo Lee/The Post Buy Photo Wait 1 second to continue."
	}
	if strings.HasPrefix(line, "CLOSE") && closeButton.MatchString(line) {
		line = strings.TrimSpace(line[len("CLOSE"):])
	}
	line = strings.Trim(line, "|#*_>= \t")
	line = strings.ReplaceAll(line, "**", "")
	if strings.Contains(line, "|") {
		line = barCredit.ReplaceAllString(line, "")
	}
	line = strings.ReplaceAll(line, " | ", " ")
	if strings.Contains(line, "%") && (strings.Contains(line, ", -") || strings.Contains(line, ", +")) {
		line = quoteWidget.ReplaceAllString(line, "")
	}
	if strings.Contains(line, "/") && strings.Contains(line, "(") {
		line = strings.ReplaceAll(photographer.ReplaceAllString(line, ""), "  ", " ")
	}
	if mayHaveExchangeCode(line) {
		line = exchangeCode.ReplaceAllString(line, "")
	}
	if strings.Contains(line, " MORE") {
		line = withoutCards(line)
	}
	if strings.Contains(line, "Your Value Your Change") {
		line = quoteCard.ReplaceAllString(line, " ") // a share's card inside a sentence
	}
	if strings.Contains(line, "://") {
		line = trailingLink.ReplaceAllString(line, "$1") // "… switched at birth in 1945. https://kare11.tv/2JFK": a share link
	}
	line = strings.TrimSpace(strings.TrimLeft(line, "-•*·▪ ")) // list bullets
	if line != "" && line[0] >= '1' && line[0] <= '9' {
		line = listNumber.ReplaceAllString(line, "$1") // "1 The First Division play-off game is …"
	}
	if afterSentenceDigit(line) {
		line = noteNumber.ReplaceAllString(line, "$1 $2")
	}
	if strings.Trim(line, "|-:+ ") == "" {
		return "" // a table rule or a lone pipe
	}
	if pitch.MatchString(line) && !short(line) {
		line = afterPitch(line) // the article may run on in the same line
	}
	// A gallery's button: the caption after it names people the text
	// may speak of only by description ("a Vancouver peewee coach").
	line = strings.TrimPrefix(line, "Open this photo in gallery ")
	if widgetLabels[strings.ToLower(strings.Trim(line, " -:."))] {
		return "" // "Story Continued Below", "Text Size -", a lone "Photo"
	}
	if isPrompt(line) || linkLabel.MatchString(line) || pitch.MatchString(line) || isStamp(line) ||
		isContact(line) || pageOf.MatchString(line) ||
		short(line) && (isPlayer(line) || imageCopyright.MatchString(line)) ||
		(strings.Contains(line, "©") || agencyLine.MatchString(line)) && text.NumFields(line) <= 20 {
		return ""
	}
	return line
}

// withoutCards removes the cards some sites run into the text after a
// person's name: the name again in full, joined with no space to other
// stories' headlines, up to "MORE" ("Sen. John Smith John Albert
// SmithSenate passes budget Farm bill stalls MORE (R-Ore.) said"). The name
// stays; what follows "MORE" is the sentence's own.
func withoutCards(line string) string {
	var b strings.Builder
	rest := line
	for {
		m := moreWord(rest)
		if m < 0 {
			break
		}
		keep := m + len("MORE")
		if from := cardStart(rest[:m]); from >= 0 {
			keep = from // the card goes: after the name, up to "MORE"
		}
		b.WriteString(rest[:keep])
		rest = rest[m+len("MORE"):]
	}
	b.WriteString(rest)
	return b.String()
}

// moreWord is where the word "MORE" stands alone in s, after a space, or -1.
func moreWord(s string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], " MORE")
		if i < 0 {
			return -1
		}
		i += off + 1
		if r, _ := utf8.DecodeRuneInString(s[i+len("MORE"):]); !unicode.IsLetter(r) {
			return i
		}
		off = i
	}
}

// cardStart finds, in the text before a "MORE", where a card opens: after
// a surname that the card's full name repeats and joins to a headline
// ("Smith John Albert SmithSenate"). It returns the index just after that
// surname, or -1. A card is a few hundred bytes; the search looks no
// further back.
func cardStart(before string) int {
	from := max(0, len(before)-600)
	words := strings.Fields(before[from:])
	for i, w := range words {
		for j := 1; j+1 < len(w); j++ {
			if w[j] < 'a' || w[j] > 'z' || w[j+1] < 'A' || w[j+1] > 'Z' {
				continue
			}
			surname := w[:j+1]
			// The name in full: up to four words before the joined one,
			// opening with a capital or a bracket, after the surname alone.
			for k := i - 1; k >= max(0, i-5); k-- {
				if words[k] == surname {
					return from + wordEnd(before[from:], k)
				}
				if r, _ := utf8.DecodeRuneInString(words[k]); !unicode.IsUpper(r) && r != '(' {
					break
				}
			}
			if joinedName(words, i, j+1) {
				return from + wordEnd(before[from:], i) - len(w) + j + 1
			}
		}
	}
	return -1
}

// joinedName reports a card joined to the name before it with no space, as
// the cards of pages read from HTML are: in "Ilhan OmarIlhan OmarHillicon
// Valley", words[i] is the mention's surname (its first n bytes) run onto
// the card's given name, which the mention has too, and one of the next few
// words runs the surname again onto a headline.
func joinedName(words []string, i, n int) bool {
	surname, given := words[i][:n], words[i][n:]
	if !slices.Contains(words[max(0, i-4):i], given) {
		return false
	}
	for _, w := range words[i+1 : min(len(words), i+4)] {
		if len(w) > n+1 && strings.HasPrefix(w, surname) && w[n] >= 'A' && w[n] <= 'Z' {
			return true
		}
	}
	return false
}

// A staff credit is a wire story's line naming who reported, wrote and
// edited it: "(Reporting by Ann Lee; Editing by Tom Berg)", "Associated
// Press writers Ann Lee in Essen and Tom Berg contributed to this report."
var (
	creditBy    = regexp.MustCompile(`^\(?(?:(?:Additional|Further) )?(?:[Rr]eporting|Writing|Editing) by \p{Lu}`)
	contributed = regexp.MustCompile(`\bcontributed (?:to this (?:report|story|article)|reporting)\.?\)?$`)
)

func staffCredit(s string) bool {
	return creditBy.MatchString(s) || strings.Contains(s, "contributed") && contributed.MatchString(s)
}

// withoutStaffCredit drops a line that is a staff credit, or such a credit in
// brackets at the end of a line ("… on Monday. (Reporting by Ann Lee)").
func withoutStaffCredit(line string) string {
	if staffCredit(line) && text.NumFields(line) <= 60 {
		return ""
	}
	if i := strings.LastIndexByte(line, '('); i > 0 && strings.HasSuffix(line, ")") && creditBy.MatchString(line[i:]) {
		return strings.TrimSpace(line[:i])
	}
	return line
}

// wordEnd is the index just after the k-th (0-based) field of s.
func wordEnd(s string, k int) int {
	n := -1
	in := false
	for i, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		if space && in && n == k {
			return i
		}
		in = !space
	}
	return len(s)
}

// widgetLabels are a page's widgets, each alone on its line.
var widgetLabels = map[string]bool{"photo": true, "photos": true, "video": true, "exclusive": true, "advertisement": true,
	"story continued below": true, "article continued below": true, "text size": true, "google plus": true, "skip advertisement": true, "page content": true}

// mayHaveExchangeCode reports a capital and a period just before a closing
// bracket ("(DAL.N)"), an over-the-counter code (".PK", ".OB") or two
// capitals and a colon before a third ("US:XBTC"): the
// exchangeCode pattern, unanchored, is too slow for every line.
func mayHaveExchangeCode(line string) bool {
	for i := strings.IndexByte(line, ')'); i >= 0; {
		if i >= 3 && line[i-1] >= 'A' && line[i-1] <= 'Z' && strings.IndexByte(line[i-3:i], '.') >= 0 {
			return true
		}
		j := strings.IndexByte(line[i+1:], ')')
		if j < 0 {
			break
		}
		i += j + 1
	}
	if strings.Contains(line, ".PK") || strings.Contains(line, ".OB") {
		return true
	}
	for i := strings.IndexByte(line, ':'); i >= 0; {
		if i >= 2 && i+1 < len(line) && isCapital(line[i-2]) && isCapital(line[i-1]) && isCapital(line[i+1]) {
			return true // "US:XBTC"
		}
		j := strings.IndexByte(line[i+1:], ':')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

func isCapital(b byte) bool { return b >= 'A' && b <= 'Z' }

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isPlayer reports a video player's or a picture's text, or an embedded
// clip's title ("Escape Maneuver Fly Topview from Ann Lee on Vimeo.").
func isPlayer(line string) bool {
	return strings.HasPrefix(line, "JUST WATCHED") || strings.Contains(line, "Replay More Videos") ||
		strings.HasPrefix(line, "Media playback is unsupported") || strings.HasPrefix(line, "Enlarge this image") ||
		strings.Contains(line, " on Vimeo") && vimeoTitle.MatchString(line)
}

// vimeoTitle is the line an embedded Vimeo clip leaves: its title, "from"
// and its maker's name.
var vimeoTitle = regexp.MustCompile(`^[^.!?]{1,100} from \p{Lu}[^.!?]{0,60} on Vimeo\.?$`)

// creditAtEnd reports an agency's credit ending a line, or a bar before
// "Photo by". A credit is short, so only the line's end is searched: an
// unanchored pattern over a whole paragraph tries every position.
func creditAtEnd(line string) bool {
	tail := line[max(0, len(line)-160):]
	return agencyCredit.MatchString(tail) || strings.Contains(line, "|") && photoBy.MatchString(line) ||
		short(line) && (photographerAtEnd.MatchString(tail) || creditChain.MatchString(tail) || photoLabelAtEnd.MatchString(tail)) ||
		text.NumFields(line) <= 25 && !strings.Contains(line, " - ") && !strings.Contains(line, "@") && sourceAtEnd.MatchString(tail)
}

// sourceAtEnd is a picture's source in brackets after a caption that ends
// on no mark: "Scarlett's dress (Heritage Auctions)"; not a product's or a
// body's label in a list ("The Wall (DVD)", "… (Formerly Verizon
// Amphitheatre)" after a date and a dash).
var sourceAtEnd = regexp.MustCompile(`[^.!?:;,"”] \(\p{Lu}\p{Ll}[\p{L}'&-]*(?: \p{Lu}[\p{L}'&-]*){1,3}\)$`)

// photographer is a picture's credit after its caption: "… at her home in
// Amherst, N.S. (Steve Lawrence/CBC).", "( Richard Lautens / Toronto Star )".
// A short line that ends with one is a caption; in a longer line the
// credits go and the captions stay, since they name who the text speaks
// of.
var (
	photographer      = regexp.MustCompile(`\(\s*\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)+\s*/\s*\p{Lu}[^()/]{1,40}?\s*\)`)
	photographerAtEnd = regexp.MustCompile(photographer.String() + `\.?$`)
	// photoLabelAtEnd is a labelled credit after a caption's last sentence:
	// "… found in Indonesia. Photo: Eddie Jim".
	photoLabelAtEnd = regexp.MustCompile(`[.!?]"? (?:Photo|Picture|Image|Photograph)s?(?: credit)?: ?\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}(?: ?/ ?\p{Lu}[\p{L}.' -]*)?\.?$`)
	// creditChain is a photographer, a paper and an agency, unbracketed, at
	// a caption's end: "Matt Rose / The Times-Picayune / Landov ID: 5874049".
	creditChain = regexp.MustCompile(`\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3} ?/ ?(?:\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3} ?/ ?)+\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}(?: ID: ?\d+)?\.?$`)
)

// short reports a line that can be a widget or caption as a whole: text
// run together with no paragraph breaks can hold a whole article after one.
func short(line string) bool { return text.NumFields(line) <= 40 }

// afterPitch drops the sentences of a pitch that opens a long line ("Breaking
// News Emails Get breaking news alerts… The news and stories that matter,
// delivered weekday mornings."): those with a widget's words, or too short
// to be prose. What follows is kept.
func afterPitch(line string) string {
	sents := text.Sentences(line)
	for i, s := range sents {
		if !promptWords.MatchString(s) && !pitch.MatchString(s) && text.NumFields(s) > 10 {
			return strings.Join(sents[i:], " ")
		}
	}
	return ""
}

// isPrompt reports whether a line is a short widget label ("Add Comment",
// "Share this article") rather than prose.
func isPrompt(line string) bool {
	if endsSentence(line) || text.NumFields(line) > 6 {
		return false
	}
	return promptWords.MatchString(line)
}

// isContact reports an author's contact line: short, with an e-mail
// address and words asking to write or follow.
func isContact(line string) bool {
	return strings.Contains(line, "@") && text.NumFields(line) <= 40 && email.MatchString(line) && contact.MatchString(line)
}

// isStamp reports whether a line is the page's publication time, which
// the article's metadata carries.
func isStamp(line string) bool {
	return stampLabel.MatchString(line) && text.NumFields(line) <= 16 && timeOrDay.MatchString(line)
}

// endsSentence reports whether a line ends as prose does.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, `"')]`)
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?")
}

// broken reports a sentence a page broke over two lines: the next opens
// on a word in lower case (not "eBay"), and the line stops on a word that
// needs more ("…, coming to") or, where the next ends the sentence, on a
// comma or on no mark at all, long enough and in lower case enough to be
// no heading ("… had the colours of the Nigerian" / "flag.").
func broken(line, next string) bool {
	first, _, _ := strings.Cut(next, " ")
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsLower(r) || strings.ToLower(first) != first {
		return false
	}
	if danglingWords[line[strings.LastIndexByte(line, ' ')+1:]] {
		return true
	}
	if !endsSentence(next) {
		return false // a user's name under a post, a script, a prompt
	}
	return strings.HasSuffix(line, ",") ||
		!endsSentence(line) && !strings.HasSuffix(line, ":") && !strings.HasSuffix(line, ";") && text.NumFields(line) >= 6 && !titleCased(line)
}

// titleCased reports a line whose words are mostly capitalised, as a
// headline's are.
func titleCased(line string) bool {
	caps, n := 0, 0
	for w := range strings.FieldsSeq(line) {
		n++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return caps*2 > n
}

var danglingWords = text.Set("to the a an of and or for with from by at in on")

// isHeading reports whether a line reads as a headline or sub-heading: short
// and without the punctuation that ends prose.
func isHeading(line string) bool {
	if endsSentence(line) || strings.HasSuffix(line, ":") || strings.HasSuffix(line, ",") {
		return false
	}
	n := text.NumFields(line)
	return n >= 2 && n <= 20
}

// withoutDateline drops a wire dateline opening a paragraph ("LUNDGATE
// (AP) — "). The article text keeps it, as the page has it; the analysis
// reads the paragraph without it, so that it neither opens a brief's
// sentence nor stands as a name in the story.
func withoutDateline(p string) string {
	if p, ok := strings.CutPrefix(p, "["); ok {
		// "[서울=뉴시스] ", "[엔터미디어=정덕현의 이슈공감] ": a Korean
		// agency's or column's credit, the outlet and the writer.
		if i := strings.IndexByte(p, ']'); i > 0 && i < 80 && strings.Contains(p[:i], "=") {
			return strings.TrimLeft(p[i+1:], " ")
		}
	}
	if !strings.ContainsAny(p, "(—–-") {
		return p
	}
	m := dateline.FindStringIndex(p)
	if m == nil {
		return p
	}
	if r, _ := utf8.DecodeRuneInString(p[m[1]:]); unicode.IsLower(r) {
		return p // "NATO - the alliance - said": an aside, not a dateline
	}
	return p[m[1]:]
}

// afterSentenceDigit reports a digit after a sentence's end and a space,
// where a footnote's number may stand (noteNumber): a cheap test that
// spares most lines the regexp.
func afterSentenceDigit(line string) bool {
	for i := 2; i < len(line); i++ {
		if c := line[i]; c >= '0' && c <= '9' && line[i-1] == ' ' {
			switch line[i-2] {
			case '.', '!', '?', '"', 0x9d: // 0x9d ends "”"
				return true
			}
		}
	}
	return false
}
