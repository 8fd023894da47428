package corroborate

import (
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Attribute records who each finding rests on. An article's evidence
// sentence that is a quote, direct or reported, rests on its speaker;
// otherwise the article states the finding in its own voice. Outlets that
// all relay one speaker are that one source, as are one outlet's several
// articles; copies of an article are their original. canon maps each
// article's speaker names to the story's.
func Attribute(findings []model.Finding, items []Item, canon map[string]map[string]string) {
	byID := map[string]*Item{}
	for i := range items {
		byID[items[i].ID] = &items[i]
	}
	for fi := range findings {
		f := &findings[fi]
		if f.Kind == "speaker" {
			// Who said the words is what is in dispute: the finding rests
			// on the outlets that credit them, each once.
			srcs := map[string]bool{}
			for _, id := range f.Articles {
				if it := byID[id]; it != nil {
					srcs[it.source()] = true
				}
			}
			f.AttributedTo, f.IndependentSources = []string{}, len(srcs)
			continue
		}
		speakers := map[string]string{} // by lower case: "Officials" opening a sentence are "officials"
		sources := map[string]bool{}
		cited := map[string]bool{}
		credits := make([]string, len(f.Evidence)) // each sentence's speaker, by lower case
		for i, e := range f.Evidence {
			it := byID[e.Article]
			if it == nil {
				continue
			}
			if s := speakerOf(it, e.Sentence, canon[it.ID]); s != "" {
				k := strings.ToLower(s)
				if old, ok := speakers[k]; !ok || s[0] == k[0] && old[0] != k[0] {
					speakers[k] = s
				}
				sources["speaker:"+k] = true
				cited[it.ID] = true
				credits[i] = k
			}
		}
		// Articles with no attributed evidence speak for themselves.
		for _, id := range f.Articles {
			if it := byID[id]; it != nil && !cited[id] {
				sources[it.source()] = true
			}
		}
		f.AttributedTo = make([]string, 0, len(speakers))
		for _, s := range speakers {
			f.AttributedTo = append(f.AttributedTo, s)
		}
		for i, k := range credits {
			f.Evidence[i].Speaker = speakers[k] // "" for the article's own voice
		}
		sort.Strings(f.AttributedTo)
		f.IndependentSources = len(sources)
	}
}

// speakerOf is who the article's sentence quotes or reports, if anyone.
func speakerOf(it *Item, sentence int, canon map[string]string) string {
	for _, q := range it.Analysis.Quotes {
		if q.Sentence != sentence {
			continue
		}
		return canonical(q.Speaker, canon)
	}
	return ""
}

// canonical is the story's name for an article's speaker. A description
// that ends in a name the article gives in full is that person: "CAIR
// National Executive Director Nihad Awad" is Nihad Awad.
func canonical(speaker string, canon map[string]string) string {
	if c := canon[speaker]; c != "" {
		return c
	}
	if a, b, ok := strings.Cut(speaker, " and "); ok && a != "" && b != "" {
		// "Corvid Robotics and Tessellate Labs": both, not the one a
		// suffix names.
		return canonical(a, canon) + " and " + canonical(b, canon)
	}
	words := strings.Fields(speaker)
	for k := 1; k+2 <= len(words); k++ {
		if governs[words[k-1]] {
			continue // "neighbour of Nancy Motes" is someone else
		}
		if c := canon[strings.Join(words[k:], " ")]; c != "" {
			return c
		}
	}
	return speaker
}

// governs are the words after which a name is someone else's: "aide to
// Ann Lee", "neighbour of Tom Berg". Not "for" nor "at": a spokesman for
// a body, or officials at it, speak for it.
var governs = text.Set("of to with from by")

// Name says in brackets who the "He" or "She" opening a summary sentence
// is ("[Ushakov] emphasized the confidential nature of the talks"), when
// each cited article's analysis gives the sentence's words to the same
// named person: a brief of several reports has no sentence before it to
// point back to. The brackets mark the word as the brief's, not the
// outlet's.
func Name(cited []model.Cited, items []Item, canon map[string]map[string]string, entities []model.Entity) []model.Cited {
	people := map[string]bool{}
	for _, e := range entities {
		if e.Type == model.Person && strings.Contains(e.Name, " ") {
			people[e.Name] = true
		}
	}
	byID := map[string]*Item{}
	for i := range items {
		byID[items[i].ID] = &items[i]
	}
	out := slices.Clone(cited)
	for i, c := range out {
		pronoun, rest, _ := strings.Cut(c.Text, " ")
		if pronoun != "He" && pronoun != "She" {
			continue
		}
		who := ""
		for _, id := range c.Articles {
			it := byID[id]
			if it == nil {
				continue
			}
			s := slices.IndexFunc(it.Analysis.Sentences, func(s analyze.Sentence) bool { return s.Text == c.Text })
			if s < 0 {
				continue
			}
			if w := speakerOf(it, s, canon[it.ID]); who == "" || w == who {
				who = w
			} else {
				who = "" // the reports differ on who it is
				break
			}
		}
		// "He said Boyd called 911 himself": whoever he is, he is not Boyd.
		if surname := who[strings.LastIndexByte(who, ' ')+1:]; people[who] && !strings.Contains(rest, surname) {
			out[i].Text = "[" + surname + "] " + rest
		}
	}
	return out
}
