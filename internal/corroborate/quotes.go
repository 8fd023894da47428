package corroborate

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Quotes groups the quotes of a story's articles: the same words from the
// same speaker, in full or in part, are one quote carried by several
// articles (two quotes of one article are two quotes). canon maps each article's speaker names to the story's.
func Quotes(items []Item, canon map[string]map[string]string) []model.Quote {
	type group struct {
		q     model.Quote
		key   quoteKey
		arts  map[string]bool
		order int
	}
	var groups []*group
	for _, it := range items {
		for _, q := range it.Analysis.Quotes {
			speaker := canonical(q.Speaker, canon[it.ID])
			key := keyOf(q.Text)
			var g *group
			for _, h := range groups {
				if h.q.Speaker == speaker && h.q.Indirect == q.Indirect && !h.arts[it.ID] && key.same(h.key) {
					g = h
					break
				}
			}
			if g == nil {
				g = &group{q: model.Quote{Speaker: speaker, Text: q.Text, Indirect: q.Indirect}, key: key, arts: map[string]bool{}, order: len(groups)}
				groups = append(groups, g)
			} else if len(q.Text) > len(g.q.Text) {
				g.q.Text, g.key = q.Text, key
			}
			g.arts[it.ID] = true
		}
	}
	sort.SliceStable(groups, func(a, b int) bool {
		if len(groups[a].arts) != len(groups[b].arts) {
			return len(groups[a].arts) > len(groups[b].arts)
		}
		return groups[a].order < groups[b].order
	})
	out := []model.Quote{}
	for _, g := range groups {
		g.q.Articles = sortedKeys(g.arts)
		out = append(out, g.q)
	}
	return out
}

// quoteKey is what tells two quotes apart: their content words, their
// figures, and the words they deny.
type quoteKey struct {
	words   map[string]bool
	figures []string
	neg     text.Negation
}

func keyOf(s string) quoteKey {
	return quoteKey{words: wordSet(s), figures: text.Figures(s), neg: text.Negations(s)}
}

// same reports quotes that may be one: the same words, whole or in part
// (sameWords), with no figure of the shorter missing from the longer
// (sameFigures) and no word they share denied in one alone ("we will not
// raise taxes", "we will raise taxes"). Otherwise, each outlet would be
// cited for the other's words.
func (k quoteKey) same(o quoteKey) bool {
	return sameWords(k.words, o.words) && sameFigures(k.figures, o.figures) &&
		!text.Opposed(k.neg, o.neg, func(w string) bool { return k.words[w] }, func(w string) bool { return o.words[w] })
}

// wordSet is the set of a quote's content words, stemmed.
func wordSet(s string) map[string]bool {
	terms := text.Terms(s)
	m := make(map[string]bool, len(terms))
	for _, w := range terms {
		m[w] = true
	}
	return m
}

// sameWords reports quotes that are the same words, whole or in part: most
// content words of the shorter are in the longer.
func sameWords(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return false
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n >= min(len(a), 2) && float64(n) >= 0.7*float64(len(a))
}

// sameFigures reports two quotes' figures that may be one quote's: the
// shorter's all in the longer. Words alike with another figure ("twelve
// people died", "14 people died") are two outlets' different accounts,
// and one quote would credit each with the other's figure.
func sameFigures(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, v := range a {
		if !slices.Contains(b, v) {
			return false
		}
	}
	return true
}

// sameWording reports quotes worded alike, the shorter's words nearly all
// in the longer and in the same order, and long enough to tell one
// speaker's words from another's: different people may well be quoted
// saying "It sounded like fireworks" or "We are all in shock", and outlets
// that give the same words to different people copy them whole.
func sameWording(a, b string) bool {
	x, y := text.Words(strings.ToLower(a)), text.Words(strings.ToLower(b))
	if len(x) > len(y) {
		x, y = y, x
	}
	const shortest = 5
	if len(x) < shortest {
		return false
	}
	return float64(lcsLength(x, y)) >= 0.8*float64(len(x))
}

// lcsLength is the length of the longest common subsequence of two word
// sequences.
func lcsLength(x, y []string) int {
	prev, cur := make([]int, len(y)+1), make([]int, len(y)+1)
	for i := range x {
		for j := range y {
			if x[i] == y[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

// attributions finds words that articles credit to different speakers: a
// dispute over who said them. Only direct quotes count: two people may well
// be reported saying the same thing in a reporter's words. And only named
// speakers: "police" or "a statement" beside a named officer is the same
// voice, not a rival.
func attributions(items []Item, quotes []model.Quote) []model.Finding {
	origin := map[string]string{}
	for _, it := range items {
		origin[it.ID] = it.Origin
	}
	var out []model.Finding
	used := make([]bool, len(quotes))
	keys := make([]quoteKey, len(quotes))
	for i, q := range quotes {
		keys[i] = keyOf(q.Text)
	}
	for i, q := range quotes {
		if used[i] || q.Indirect || !named(q.Speaker) {
			continue
		}
		key := keys[i]
		f := model.Finding{Status: model.Disputed, Kind: "speaker", Subject: "quote"}
		f.Values = append(f.Values, model.Value{Value: q.Speaker, Articles: q.Articles})
		for j := i + 1; j < len(quotes); j++ {
			if !used[j] && !quotes[j].Indirect && named(quotes[j].Speaker) && !shareName(f.Values, quotes[j].Speaker) && key.same(keys[j]) && sameWording(q.Text, quotes[j].Text) {
				used[j] = true
				f.Values = append(f.Values, model.Value{Value: quotes[j].Speaker, Articles: quotes[j].Articles})
			}
		}
		if len(f.Values) < 2 {
			continue
		}
		f.Values = slices.DeleteFunc(f.Values, func(v model.Value) bool { return !namedBeside(items, v, key) })
		if len(f.Values) < 2 || !apart(f.Values, origin) {
			continue
		}
		all := map[string]bool{}
		var parts []string
		for _, v := range f.Values {
			srcs := map[string]bool{}
			for _, id := range v.Articles {
				all[id] = true
				srcs[origin[id]] = true
			}
			parts = append(parts, fmt.Sprintf("%s (%s)", v.Value, plural(len(srcs), "report")))
		}
		f.Articles = sortedKeys(all)
		f.Text = fmt.Sprintf("Reports differ on who said \"%s\": %s.", q.Text, strings.Join(parts, " or "))
		for _, it := range items {
			for _, aq := range it.Analysis.Quotes {
				if all[it.ID] && !aq.Indirect && key.same(keyOf(aq.Text)) {
					f.Evidence = append(f.Evidence, model.Evidence{Article: it.ID, Sentence: aq.Sentence, Text: it.Analysis.Sentences[aq.Sentence].Text})
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// apart reports rival speakers credited by different outlets: one
// article giving the words to two people is its own muddle, not outlets
// disagreeing.
func apart(values []model.Value, origin map[string]string) bool {
	first := map[string]bool{}
	for _, id := range values[0].Articles {
		first[origin[id]] = true
	}
	for _, v := range values[1:] {
		for _, id := range v.Articles {
			if !first[origin[id]] {
				return true
			}
		}
	}
	return false
}

// namedBeside reports whether an article credits the quote to the
// speaker by name in the quote's own sentences ("…," Berg said), not
// through a pronoun or a name further off: only such credits are sure
// enough to set against another outlet's.
func namedBeside(items []Item, v model.Value, key quoteKey) bool {
	for _, it := range items {
		if !slices.Contains(v.Articles, it.ID) {
			continue
		}
		for _, aq := range it.Analysis.Quotes {
			if aq.Indirect || !key.same(keyOf(aq.Text)) {
				continue
			}
			// The quote's sentences: the one it opens in and as many more as
			// it has sentence ends.
			last := min(len(it.Analysis.Sentences)-1, aq.Sentence+strings.Count(aq.Text, ". "))
			for si := aq.Sentence; si <= last; si++ {
				sent := it.Analysis.Sentences[si].Text
				for w := range strings.FieldsSeq(aq.Speaker) {
					if len(w) > 2 && unicode.IsUpper([]rune(w)[0]) && strings.Contains(sent, w) {
						return true
					}
				}
			}
		}
	}
	return false
}

// named reports a speaker given by name ("Ruth Alder", "Canadian Forces"):
// every word capitalised, not a description ("officials", "a statement",
// "Texas lawmaker").
func named(speaker string) bool {
	for w := range strings.FieldsSeq(speaker) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return speaker != ""
}

// shareName reports a speaker with a name in common with one of values:
// "Trump" and "Donald Trump", "Kike Hernandez" and "Enrique Hernandez" are
// one person named two ways, not rival speakers.
func shareName(values []model.Value, speaker string) bool {
	for _, v := range values {
		for w := range strings.FieldsSeq(v.Value) {
			for x := range strings.FieldsSeq(speaker) {
				if strings.EqualFold(w, x) {
					return true
				}
			}
		}
	}
	return false
}
