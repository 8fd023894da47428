// Package analyze reads one article's sentences for what can be checked
// against other reports: the people, organisations and places named, the
// quotes and who said them, and the numbers, durations, ordinals and days.
package analyze

import (
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/text"
)

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
}

// Article analyses the cleaned paragraphs of one article.
func Article(paras []string) Analysis {
	var a Analysis
	var texts []string
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
	qf := quoteFinder{paras: paras, sents: a.Sentences, ents: a.Entities, mentions: a.Mentions}
	direct, indirect := qf.reported(qf.quotes())
	a.Quotes = append(direct, indirect...)
	sort.SliceStable(a.Quotes, func(i, j int) bool { return a.Quotes[i].Sentence < a.Quotes[j].Sentence })
	a.Quotes = qf.nominal(a.Quotes)
	for i, s := range texts {
		a.Quantities = append(a.Quantities, quantities(i, s)...)
	}
	return a
}
