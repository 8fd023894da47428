// Package brief writes a story's cited summary and title, and renders
// reports as Markdown.
package brief

import (
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

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

const (
	// SupportThreshold is the sentence similarity at which another article
	// is taken to say the same thing and is cited for it.
	SupportThreshold = 0.4
	// redundancy is the similarity above which a candidate repeats a
	// sentence already chosen.
	redundancy = 0.5
)

type candidate struct {
	art, pos int
	text     string
	vec      map[string]float64
	score    float64
	support  map[string]bool
}

// Summary chooses up to n distinct sentences that say what the story's
// articles say most centrally and most often, each citing the articles that
// carry it. Centrality is similarity to the story's centroid, weighted by
// how many articles share the sentence's content and by its position.
// Sentences in avoid (those carrying a contested value) are not chosen: the
// summary states what is agreed, and disputes are shown as such.
func Summary(arts []Article, n int, avoid map[string]bool) []model.Cited {
	var cands []*candidate
	centroid := map[string]float64{}
	sources := 0
	for ai, a := range arts {
		if a.Copy {
			continue
		}
		if sources++; sources > MaxArticles {
			break
		}
		for pos, s := range a.Sentences[:min(len(a.Sentences), MaxSentences)] {
			v := text.TermVector(s)
			for t, w := range v {
				centroid[t] += w
			}
			if usable(s) && !avoid[s] {
				cands = append(cands, &candidate{art: ai, pos: pos, text: s, vec: v, support: map[string]bool{a.ID: true}})
			}
		}
	}
	text.Unit(centroid)
	sources = min(sources, MaxArticles)
	for _, c := range cands {
		for _, d := range cands {
			if d.art != c.art && text.Cosine(c.vec, d.vec) >= SupportThreshold {
				c.support[arts[d.art].ID] = true
			}
		}
		share := float64(len(c.support)) / float64(max(sources, 1))
		c.score = text.Cosine(c.vec, centroid) + 0.25*share + 0.15/float64(1+c.pos)
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].score != cands[b].score {
			return cands[a].score > cands[b].score
		}
		return cands[a].text < cands[b].text
	})
	var chosen []*candidate
	for _, c := range cands {
		if len(chosen) == n {
			break
		}
		dup := false
		for _, p := range chosen {
			if text.Cosine(c.vec, p.vec) >= redundancy || c.text == p.text {
				dup = true
				break
			}
		}
		if !dup {
			chosen = append(chosen, c)
		}
	}
	out := make([]model.Cited, 0, len(chosen))
	for _, c := range chosen {
		// Copies carry the statement too, when they kept it.
		for _, a := range arts {
			if a.Copy && carries(a.Sentences, c.vec) {
				c.support[a.ID] = true
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

// usable reports a sentence that can stand alone in a brief: long enough
// to say something, short enough to read, complete, and not a question.
func usable(s string) bool {
	n := len(strings.Fields(s))
	if n < 8 || n > 45 {
		return false
	}
	last := s[len(s)-1]
	first := s[0]
	return (last == '.' || last == '"' || last == '\'' || last == ')') && !(first >= 'a' && first <= 'z')
}

// carries reports whether any of the sentences says what vec says.
func carries(sentences []string, vec map[string]float64) bool {
	for _, s := range sentences {
		if text.Cosine(text.TermVector(s), vec) >= SupportThreshold {
			return true
		}
	}
	return false
}

// Title names the story: the headline of the article closest to the story's
// summary, or failing any headline, the summary's first sentence shortened.
func Title(arts []Article, summary []model.Cited) string {
	lead := ""
	if len(summary) > 0 {
		lead = summary[0].Text
	}
	best, bestSim := "", -1.0
	lv := text.TermVector(lead)
	for _, a := range arts {
		if a.Title == "" {
			continue
		}
		if sim := text.Cosine(text.TermVector(a.Title), lv); sim > bestSim || (sim == bestSim && a.Title < best) {
			best, bestSim = a.Title, sim
		}
	}
	if best != "" {
		return best
	}
	words := strings.Fields(strings.TrimRight(lead, "."))
	if len(words) <= 14 {
		return strings.Join(words, " ")
	}
	cut := words[:14]
	// End at a clause boundary when there is one.
	for i := len(cut) - 1; i >= 6; i-- {
		if strings.HasSuffix(cut[i], ",") {
			cut = cut[:i+1]
			break
		}
	}
	return strings.TrimRight(strings.Join(cut, " "), ",;:") + "…"
}
