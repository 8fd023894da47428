package brief

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Markdown writes a readable brief per story: what happened, what the
// sources agree on, where they differ, what only one says, and who said
// what, every line citing its articles.
func Markdown(w io.Writer, r model.Report) error {
	byID := map[string]model.Article{}
	for _, a := range r.Articles {
		byID[a.ID] = a
	}
	var b strings.Builder
	for i, s := range r.Stories {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		Story(&b, s, byID)
	}
	if len(r.Errors) > 0 {
		b.WriteString("\n---\n\n## Inputs not read\n\n")
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "- `%s`: %s\n", e.Source, e.Error)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Story writes one story's brief.
func Story(b *strings.Builder, s model.Story, byID map[string]model.Article) {
	fmt.Fprintf(b, "## %s\n\n", s.Title)
	fmt.Fprintf(b, "Story `%s` · %d %s\n\n", s.ID, len(s.Articles), pluralWord(len(s.Articles), "article"))
	if s.Rewrite != "" {
		fmt.Fprintf(b, "%s\n\n", s.Rewrite)
	}
	if len(s.Brief) > 0 {
		for _, l := range s.Brief {
			label := l.Label()
			if label != "" {
				label = "**" + label + "** · "
			}
			fmt.Fprintf(b, "- %s%s %s\n", label, l.Display(), cite(l.Articles))
		}
		b.WriteByte('\n')
	}
	sections := []struct{ status, heading string }{
		{model.Disputed, "Disputed"},
		{model.Evolving, "Changing as reports came in"},
		{model.Corroborated, "Corroborated"},
		{model.SingleSource, "Single source"},
	}
	for _, sec := range sections {
		var lines []string
		for _, f := range s.Findings {
			if f.Status != sec.status {
				continue
			}
			if f.Status == model.Disputed || f.Status == model.Evolving {
				var vs []string
				for _, v := range f.Values {
					vs = append(vs, fmt.Sprintf("%s %s", v.Value, cite(v.Articles)))
				}
				sep := " vs "
				if f.Status == model.Evolving {
					sep = " → "
				}
				lines = append(lines, fmt.Sprintf("- %s — %s", f.Text, strings.Join(vs, sep)))
			} else if said := Said(f); said != "" {
				// A value: show it, then the words of a report that gives it.
				lines = append(lines, fmt.Sprintf("- **%s** — “%s” %s", f.Text, said, cite(f.Articles)))
			} else {
				lines = append(lines, fmt.Sprintf("- %s %s", f.Text, cite(f.Articles)))
			}
			if r := Resting(f); r != "" {
				lines[len(lines)-1] += " (" + r + ")"
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(b, "### %s\n\n%s\n\n", sec.heading, strings.Join(lines, "\n"))
		}
	}
	if len(s.Changes) > 0 {
		b.WriteString("### Changed in updates\n\n")
		for _, c := range s.Changes {
			fmt.Fprintf(b, "- %s (revision %d, replaced %s) — before: “%s” after: “%s” %s\n",
				c.Text, c.Revision, c.At.UTC().Format("2006-01-02 15:04 UTC"), Quotable(c.Before), Quotable(c.After), cite([]string{c.Article}))
		}
		b.WriteByte('\n')
	}
	if len(s.Quotes) > 0 {
		b.WriteString("### Quotes\n\n")
		for _, q := range s.Quotes {
			fmt.Fprintf(b, "- **%s**: “%s” %s\n", Speaker(q.Speaker), Quotable(q.Text), cite(q.Articles))
		}
		b.WriteByte('\n')
	}
	if len(s.Entities) > 0 {
		var names []string
		for _, e := range s.Entities {
			if e.Type != model.Other {
				names = append(names, fmt.Sprintf("%s (%s)", e.Name, e.Type))
			}
		}
		fmt.Fprintf(b, "**Who and where:** %s\n\n", strings.Join(names, ", "))
	}
	b.WriteString("**Sources:**\n\n")
	for _, id := range s.Articles {
		a := byID[id]
		parts := []string{}
		for _, p := range []string{a.Outlet, a.Title} {
			if p != "" {
				parts = append(parts, p)
			}
		}
		if len(parts) == 0 && a.URL == "" {
			parts = append(parts, a.Source) // a file's name says where it came from
		}
		line := fmt.Sprintf("- [%s] %s", id, strings.Join(parts, " — "))
		if a.Published != nil {
			line += " (" + a.Published.Format("2006-01-02") + ")"
		}
		if a.URL != "" {
			line += " <" + a.URL + ">"
		}
		if a.CopyOf != "" {
			line += fmt.Sprintf(" — copy of [%s]", a.CopyOf)
		}
		fmt.Fprintln(b, strings.TrimSpace(line))
	}
}

func cite(ids []string) string {
	return "[" + strings.Join(ids, ", ") + "]"
}

func pluralWord(n int, w string) string {
	if n == 1 {
		return w
	}
	return w + "s"
}

// Said is a sentence that gives a finding's one value: the first of its
// evidence that writes the value's figure ("130" of "130 dead"), for a
// report of a value agreed with others may give a bound of it instead ("at
// least 129 people dead"); else the first. "" for no value or evidence.
func Said(f model.Finding) string {
	if len(f.Values) != 1 || len(f.Evidence) == 0 {
		return ""
	}
	fields := strings.Fields(f.Values[0].Value)
	key := ""
	for _, w := range fields {
		if strings.ContainsAny(w, "0123456789") {
			key = strings.Trim(w, "$€£%")
			break
		}
	}
	if key == "" && len(fields) > 0 {
		key = fields[0]
	}
	for _, e := range f.Evidence {
		if strings.Contains(e.Text, key) {
			return Quotable(e.Text)
		}
	}
	return Quotable(f.Evidence[0].Text)
}

// Speaker is who said a quote as a label over it: a description opens on
// a capital as a name does ("Officials", "Town's emergency services").
func Speaker(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Quotable makes a report's words fit inside quotation marks: the marks of
// a quotation within them become single ones (“… a feature, ‘Signs of the
// Apocalypse.’”), and a mark at either end whose pair is in the sentence
// before or after goes (“… clicks of the keyboard.”, not “…keyboard."”).
// Marks that do not pair are left as written.
func Quotable(s string) string {
	if !strings.ContainsAny(s, `"“”`) {
		return s
	}
	s = straight.Replace(s)
	if strings.Count(s, `"`)%2 == 1 {
		switch {
		case strings.HasSuffix(s, `"`):
			s = s[:len(s)-1]
		case strings.HasPrefix(s, `"`):
			s = s[1:]
		}
	}
	if strings.Count(s, `"`)%2 == 1 {
		return s
	}
	var b strings.Builder
	for i := 0; ; i++ {
		before, after, found := strings.Cut(s, `"`)
		b.WriteString(before)
		if !found {
			return b.String()
		}
		b.WriteString(marks[i%2])
		s = after
	}
}

var (
	// straight writes double quotation marks as straight ones, to pair them.
	straight = strings.NewReplacer("“", `"`, "”", `"`)
	// marks are the single quotation marks, opening and closing.
	marks = [2]string{"‘", "’"}
)

// Resting says in words who a finding rests on when that is fewer sources
// than articles: "all 4 reports rest on Yury Ushakov's account".
func Resting(f model.Finding) string {
	n := reports(f)
	if len(f.AttributedTo) == 0 || f.IndependentSources >= n || n < 2 {
		return ""
	}
	// "Corvid Robotics and Tessellate Labs" and "Corvid Robotics" name
	// each body once.
	var names []string
	for _, a := range f.AttributedTo {
		for n := range strings.SplitSeq(a, " and ") {
			if !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	who := strings.Join(names, " and ")
	if f.IndependentSources == len(f.AttributedTo) {
		account := possessive(who) + " account"
		if len(f.AttributedTo) > 1 {
			account = "the accounts of " + who // not "Ann Lee and Tom Berg's account"
		}
		if n == 2 {
			return "both reports rest on " + account
		}
		return "all " + fmt.Sprintf("%d reports", n) + " rest on " + account
	}
	return fmt.Sprintf("%d reports", n) + " rest on " + fmt.Sprintf("%d independent %s", f.IndependentSources, pluralWord(f.IndependentSources, "source")) + ", among them " + who
}

// reports counts a finding's original articles, for stories stored before
// findings counted them: then every article.
func reports(f model.Finding) int {
	if f.Reports == 0 {
		return len(f.Articles)
	}
	return f.Reports
}

// counts open a description of how many said it.
var counts = text.Set("two three four five six seven eight nine ten several some many most few both")

// determiners open a description that takes no "the" ("his rep").
var determiners = text.Set("the a an his her their its our my your this that these those")

// possessive makes "Ruth Alder's" of "Ruth Alder", "officials'" of
// "officials" and "the filing's" of "filing": a speaker not named but
// described takes "the", unless it is a group in one word, and so does a
// body's name ("the National Weather Service's", "the McCain campaign's").
func possessive(who string) string {
	first, _, _ := strings.Cut(who, " ")
	if counts[strings.ToLower(first)] && first != strings.ToLower(first) {
		// "Two people briefed on the talks", written at a sentence's start
		first = strings.ToLower(first)
		who = first + who[len(first):]
	}
	last := who[strings.LastIndexByte(who, ' ')+1:]
	described := who != "" && who[0] >= 'a' && who[0] <= 'z' && (strings.Contains(who, " ") || !strings.HasSuffix(who, "s"))
	body := first != "The" && (analyze.Institution(who) || strings.Contains(who, " ") && last != "" && last[0] >= 'a' && last[0] <= 'z')
	if (described || body) && !determiners[first] {
		who = "the " + who
	}
	if strings.HasSuffix(who, "s") {
		return who + "'"
	}
	return who + "'s"
}
