package brief

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Limits on the lines made from findings: a brief is short.
const (
	maxAgreed       = 4
	maxChanged      = 3
	maxSingleSource = 3
)

// Compose writes a story's brief from its summary and findings: the
// summary's source sentences, then the values the reports agree on, the
// ones they dispute or that changed over time, those a report's update
// changed, whose account most
// attributed claims rest on, and last what only one article says. Only the
// summary quotes the sources; every other line is a template filled from
// findings. originOf maps each copy among the story's articles to its
// original: a copy relays nothing of its own.
func Compose(st model.Story, originOf map[string]string) []model.BriefLine {
	lines := []model.BriefLine{}
	for _, c := range st.Summary {
		lines = append(lines, model.BriefLine{Kind: model.BriefSummary, Text: c.Text, Articles: c.Articles, Speaker: speakerOf(c, st.Quotes)})
	}
	var agreed, disputed, events, single, bare, days []model.BriefLine
	several := severalValues(st.Findings)
	// One report's value of what others agree on, which the findings did
	// not find to dispute it, is of something the name does not tell
	// apart: the toll of one of the attacks, not of them all. So are
	// several agreed values of one name ("the number of seats was 33",
	// "… was 18": each party's), unless one has more reports than the
	// others together: that is the story's ("the death toll was 130",
	// beside the 89 of one of the attacks).
	agreedReports := map[string]int{} // the reports of the agreed values of a name, together
	for _, f := range st.Findings {
		if f.Status == model.Corroborated && f.Kind != "" {
			agreedReports[what(f)] += reports(f)
		}
	}
	for _, f := range st.Findings {
		if f.Kind == "" {
			continue // a shared statement: the summary speaks for it
		}
		// A value said of nothing named ("the day was Monday") tells a
		// reader nothing on its own unless reports dispute it; the
		// findings list shows it in its sentence.
		if f.Subject == "" && f.Status != model.Disputed && f.Status != model.Evolving {
			continue
		}
		rest := ""
		if r := Resting(f); r != "" {
			rest = "; " + r
		}
		switch f.Status {
		case model.Corroborated:
			if len(agreed) < maxAgreed && 2*reports(f) > agreedReports[what(f)] {
				agreed = append(agreed, model.BriefLine{Kind: model.BriefAgreed,
					Text: fmt.Sprintf("%d reports%s agree that %s%s.", reports(f), copies(f), statement(f), rest), Articles: f.Articles})
			}
		case model.Disputed:
			disputed = append(disputed, model.BriefLine{Kind: model.BriefDisputed, Text: f.Text, Articles: f.Articles})
		case model.Evolving:
			disputed = append(disputed, model.BriefLine{Kind: model.BriefEvolving, Text: f.Text, Articles: f.Articles})
		case model.SingleSource:
			// In a story of one article everything is single-source; and
			// where one report gives several values of one thing ("the
			// number of people was 800,000", "… was 500") they are
			// different things the subject does not tell apart.
			if len(st.Articles) > 1 && !several[valueKey(f)] && agreedReports[what(f)] == 0 && !unnamed(f) && !background(f) {
				l := model.BriefLine{Kind: model.BriefSingleSource,
					Text: fmt.Sprintf("Only one report%s says that %s.", copies(f), statement(f)), Articles: f.Articles}
				if n := reports(f); n > 1 {
					// several reports of one outlet: one source, not one report
					and := strings.TrimSuffix(strings.Replace(copies(f), " (", " ", 1), ")") // " and 1 copy"
					l.Text = fmt.Sprintf("Only one outlet says that %s (%d reports%s).", statement(f), n, and)
				}
				switch {
				case analyze.Calendar(f.Kind):
					days = append(days, l) // the day one report gives matters least
				case analyze.EventClass(f.Subject):
					events = append(events, l) // a value of the event ("the length of the meeting") before a count of things
				case strings.HasPrefix(f.Text, "Number of "+f.Subject+":"):
					bare = append(bare, l) // "the number of degrees was 18": of nothing the story names
				default:
					single = append(single, l)
				}
			}
		}
	}
	lines = append(lines, agreed...)
	lines = append(lines, disputed...)
	for _, c := range st.Changes[:min(len(st.Changes), maxChanged)] {
		lines = append(lines, model.BriefLine{Kind: model.BriefChanged, Text: c.Text, Articles: []string{c.Article}})
	}
	if l, ok := mainSource(st.Findings, st.Quotes, originOf); ok {
		lines = append(lines, l)
	}
	single = slices.Concat(events, single, bare, days)
	return append(lines, single[:min(len(single), maxSingleSource)]...)
}

// speakerOf is whose words a summary sentence quotes when it opens or
// closes a longer quote and so does not name them: the speaker the
// sentence's articles give the quote, if they agree and name them; ""
// otherwise (not "source" or "police statement", which need an article a
// template would have to guess).
func speakerOf(c model.Cited, quotes []model.Quote) string {
	if !quoteHead(c.Text) && !quoteTail(c.Text) {
		return ""
	}
	words := strings.Trim(c.Text, "\"“”.,;:!? ")
	speaker := ""
	for _, q := range quotes {
		if q.Indirect || !capitalised(q.Speaker) || !strings.Contains(q.Text, words) || !slices.ContainsFunc(q.Articles, func(id string) bool { return slices.Contains(c.Articles, id) }) {
			continue
		}
		if speaker != "" && speaker != q.Speaker {
			return "" // the articles give the words to different people
		}
		speaker = q.Speaker
	}
	return speaker
}

// copies notes the copies among a finding's articles, which its count of
// reports leaves out: " (and 1 copy)".
func copies(f model.Finding) string {
	switch n := len(f.Articles) - reports(f); {
	case n <= 0:
		return ""
	case n == 1:
		return " (and 1 copy)"
	default:
		return fmt.Sprintf(" (and %d copies)", n)
	}
}

// severalValues marks what single-source findings measure when one
// report gives more than one value of it.
func severalValues(fs []model.Finding) map[string]bool {
	n := map[string]int{}
	for _, f := range fs {
		if f.Status == model.SingleSource {
			n[valueKey(f)]++
		}
	}
	several := map[string]bool{}
	for k, c := range n {
		several[k] = c > 1
	}
	return several
}

// valueKey is what a finding measures ("Number of documents in the plan",
// from its text: counts of one subject may be of different things) and in
// which articles.
func valueKey(f model.Finding) string {
	return what(f) + "\x00" + strings.Join(f.Articles, ",")
}

// unnamed reports a value finding whose name says only what kind of
// value it is ("Length: 2 weeks", of a maternity leave the sentence
// names): "only one report says that the length was 2 weeks" tells a
// reader nothing. (That several agree on it still says the figure is
// sure.)
func unnamed(f model.Finding) bool {
	w, _, _ := strings.Cut(f.Text, ":")
	return strings.EqualFold(w, analyze.Measure(f.Kind))
}

// background reports a count of three or fewer of anything but people
// harmed or held ("the number of uncles was 2", "… of wheels was 3"): it
// describes; it is no claim a reader needs told rests on one report.
func background(f model.Finding) bool {
	if f.Kind != analyze.Count || len(f.Values) != 1 {
		return false
	}
	label, value, _ := strings.Cut(f.Text, ": ")
	for _, w := range strings.Fields(label) {
		if analyze.Fate(w) || harmed[w] {
			return false
		}
	}
	for _, w := range strings.Fields(value) {
		if n, err := strconv.ParseFloat(w, 64); err == nil {
			return n <= 3
		}
	}
	return false
}

var harmed = text.Set("toll dead killed injured wounded hurt victims hostages casualties")

// what is what a value finding measures: "Death toll" of "Death toll: 130
// dead".
func what(f model.Finding) string {
	w, _, _ := strings.Cut(f.Text, ":")
	return f.Kind + "\x00" + w
}

// mainSource names the speaker most attributed findings rest on, when two
// or more do, and the reports that relay them: those citing them for a
// finding or quoting them, a copy with its original once, not those that
// state the finding in their own voice. One report's own source is no
// pattern.
func mainSource(fs []model.Finding, quotes []model.Quote, originOf map[string]string) (model.BriefLine, bool) {
	count := map[string]int{}
	arts := map[string]map[string]bool{}
	attributed := 0
	for _, f := range fs {
		if len(f.AttributedTo) == 0 {
			continue
		}
		attributed++
		for _, who := range f.AttributedTo {
			count[who]++
			if arts[who] == nil {
				arts[who] = map[string]bool{}
			}
		}
		for _, e := range f.Evidence {
			if m := arts[e.Speaker]; m != nil {
				m[e.Article] = true
			}
		}
	}
	// A named speaker with two findings goes before a described one
	// ("officials") with more: the brief should say whose word it is.
	best := ""
	for _, onlyNamed := range []bool{true, false} {
		for who, n := range count {
			if (!onlyNamed || capitalised(who) && n >= 2) && (n > count[best] || n == count[best] && who < best) {
				best = who
			}
		}
		if best != "" {
			break
		}
	}
	if count[best] < 2 {
		return model.BriefLine{}, false
	}
	more, tie := false, false // another source has more claims, or as many
	for who, n := range count {
		more = more || n > count[best]
		tie = tie || n == count[best] && who != best
	}
	var lead string
	switch {
	case more:
		lead = "Of the attributed claims, the most from a named source rest on" // a described source has more
	case 2*count[best] > attributed:
		lead = "Most attributed claims rest on"
	case tie:
		lead = "Several attributed claims rest on"
	default:
		lead = "The attributed claims rest most often on" // the most, not a majority
	}
	for _, q := range quotes {
		if q.Speaker == best {
			for _, id := range q.Articles {
				arts[best][id] = true
			}
		}
	}
	ids := make([]string, 0, len(arts[best]))
	relays := map[string]bool{}
	for id := range arts[best] {
		ids = append(ids, id)
		if o, ok := originOf[id]; ok {
			id = o
		}
		relays[id] = true
	}
	if len(relays) < 2 {
		return model.BriefLine{}, false
	}
	sort.Strings(ids)
	return model.BriefLine{Kind: model.BriefSource, Articles: ids,
		Text: fmt.Sprintf("%s %s account (%d of %d findings), relayed by %d %s.", lead, possessive(best), count[best], attributed, len(relays), pluralWord(len(relays), "report"))}, true
}

// statement turns a value finding's text ("Length of the meeting: 5
// hours") into a clause ("the length of the meeting was 5 hours"), saying
// a counted thing once ("the number of employees was 150", not "150
// employees") and an ordinal as one ("it was the 3rd meeting").
func statement(f model.Finding) string {
	what, value, ok := strings.Cut(f.Text, ": ")
	if !ok {
		return lowerFirst(f.Text)
	}
	what = lowerFirst(what)
	if f.Subject != "" && strings.EqualFold(what, f.Subject) {
		what = f.Subject // as the sentence said it: "Brent crude", "the stock"
	}
	if f.Kind == analyze.Ordinal && f.Subject != "" {
		event := f.Subject
		if n, ok := strings.CutPrefix(what, "which "); ok {
			event = n // as the finding names it: "the summit", not the class's "meeting"
		}
		if strings.HasSuffix(event, "s") && !strings.HasSuffix(event, "ss") {
			return "they were the " + value + " " + event
		}
		return "it was the " + value + " " + event // "the 3rd meeting", which "the meeting was the 3rd" read as a date
	}
	if rate, ok := strings.CutPrefix(what, "number of "); ok && strings.Contains(rate, " per ") {
		// "the number of frames per second was 7,500", "the number of
		// maternal deaths per 100,000 live births was 205"
		value, _, _ = strings.Cut(value, " per ")
	}
	if i := strings.LastIndex(value, " "); i > 0 && (countsUnit(what, value[i+1:]) || what == "death toll" && (value[i+1:] == "dead" || value[i+1:] == "deaths" || value[i+1:] == "people")) {
		value = value[:i] // "the death toll was 69", not "69 dead" or "69 people"
	}
	verb := " was "
	if last := what[strings.LastIndexByte(what, ' ')+1:]; !strings.Contains(what, " of ") && !strings.Contains(what, " in ") &&
		strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
		verb = " were " // "Tesla shares were $116"
	}
	if capitalised(what) || strings.HasPrefix(what, "the ") {
		return what + verb + value
	}
	return "the " + what + verb + value
}

// countsUnit reports a count's name that says its unit: "number of points
// in the plan", "number of men arrested", "number of additional
// documents".
func countsUnit(what, unit string) bool {
	counted, ok := strings.CutPrefix(what, "number of ")
	return ok && slices.Contains(strings.Fields(counted), unit)
}

func lowerFirst(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if first == "" || strings.ContainsFunc(first[1:], unicode.IsUpper) {
		return s // "US", "EU", "SkyMall": keep an acronym's or a name's case
	}
	return strings.ToLower(s[:1]) + s[1:]
}
