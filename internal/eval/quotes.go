package eval

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/model"
)

// QuotedArticle is an article with its hand-labelled quotes.
type QuotedArticle struct {
	Doc    extract.Doc
	Quotes []GoldQuote
}

// GoldQuote is a labelled quote and the person who said it.
type GoldQuote struct {
	Text    string
	Speaker string // the resolved speaker's name ("Erik Karlsson" for "he")
}

// LoadQuotes reads JSON Lines of {id, outlet, url, text, quotes: [{quote,
// speaker, reference}]}, the Gender Gap Tracker evaluation format, where
// reference is the resolved speaker and paragraphs are separated by
// "\n .\n".
func LoadQuotes(path string) ([]QuotedArticle, error) {
	type row struct {
		ID, Outlet, URL, Text string
		Quotes                []struct{ Quote, Speaker, Reference string }
	}
	var out []QuotedArticle
	err := readLines(path, func(n int, r row) error {
		if r.ID == "" {
			r.ID = fmt.Sprintf("line-%d", n)
		}
		a := QuotedArticle{Doc: extract.Doc{
			ID: r.ID, Source: path, URL: r.URL, Outlet: r.Outlet,
			Text: strings.ReplaceAll(r.Text, "\n .\n", "\n\n"),
		}}
		for _, q := range r.Quotes {
			if q.Quote == "" {
				continue
			}
			speaker := q.Reference
			if speaker == "" {
				speaker = q.Speaker
			}
			a.Quotes = append(a.Quotes, GoldQuote{Text: q.Quote, Speaker: speaker})
		}
		out = append(out, a)
		return nil
	})
	if err == nil && len(out) == 0 {
		err = errors.New("no articles")
	}
	return out, err
}

// QuoteResult is how the quotes found compare with the labelled ones.
type QuoteResult struct {
	Articles  int     `json:"articles"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// SpeakerAccuracy is the share of matched quotes whose speaker shares a
	// name word with the labelled one.
	SpeakerAccuracy float64     `json:"speaker_accuracy"`
	Misses          []QuoteMiss `json:"misses,omitempty"`
}

// QuoteMiss is a labelled quote not found or found with another speaker,
// or a quote found that matches no label (Gold empty, Extra set).
type QuoteMiss struct {
	Article string `json:"article"`
	Gold    string `json:"gold,omitempty"`
	Speaker string `json:"speaker,omitempty"`
	Found   string `json:"found,omitempty"` // the speaker given, when the quote was found
	Extra   string `json:"extra,omitempty"` // a quote found that no label matches
}

// MinOverlap is the word overlap at which a found quote matches a labelled
// one, as the data set's authors score it.
const MinOverlap = 0.3

// Quotes runs the pipeline on the articles, as `analyze` does, and scores
// the quotes of the stories it makes.
func Quotes(ctx context.Context, arts []QuotedArticle) (QuoteResult, error) {
	res := QuoteResult{Articles: len(arts)}
	docs := make([]extract.Doc, len(arts))
	for i, a := range arts {
		docs[i] = a.Doc
	}
	stories, err := run(ctx, docs)
	if err != nil {
		return res, err
	}
	found := map[string][]model.Quote{}
	for _, s := range stories {
		for _, q := range s.Quotes {
			for _, id := range q.Articles {
				found[id] = append(found[id], q)
			}
		}
	}
	speakerOK := 0
	for _, a := range arts {
		res.Gold += len(a.Quotes)
		preds := found[a.Doc.ID]
		res.Predicted += len(preds)
		used := make([]bool, len(a.Quotes))
		given := make([]string, len(a.Quotes))
		for _, q := range preds {
			qw := words(q.Text)
			best, bi := 0.0, -1
			for i, g := range a.Quotes {
				if used[i] {
					continue
				}
				if o := overlap(qw, words(g.Text)); o > best {
					best, bi = o, i
				}
			}
			if bi < 0 || best < MinOverlap {
				res.Misses = append(res.Misses, QuoteMiss{Article: a.Doc.ID, Found: q.Speaker, Extra: q.Text})
				continue
			}
			used[bi], given[bi] = true, q.Speaker
			res.Matched++
			if sameSpeaker(q.Speaker, a.Quotes[bi].Speaker) {
				speakerOK++
			}
		}
		for i, g := range a.Quotes {
			if !used[i] || !sameSpeaker(given[i], g.Speaker) {
				res.Misses = append(res.Misses, QuoteMiss{Article: a.Doc.ID, Gold: g.Text, Speaker: g.Speaker, Found: given[i]})
			}
		}
	}
	res.Precision, res.Recall, res.F1 = prf(res.Matched, res.Predicted, res.Gold)
	if res.Matched > 0 {
		res.SpeakerAccuracy = float64(speakerOK) / float64(res.Matched)
	}
	return res, nil
}

func prf(tp, pred, gold int) (p, r, f float64) {
	if pred > 0 {
		p = float64(tp) / float64(pred)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// words are the lower-cased word tokens of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
}

// overlap is the shared words of a and b (as multisets) over the longer.
func overlap(a, b []string) float64 {
	n := max(len(a), len(b))
	if n == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range a {
		count[w]++
	}
	shared := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			shared++
		}
	}
	return float64(shared) / float64(n)
}

// sameSpeaker reports names sharing a word: "Karlsson" is "Erik Karlsson".
func sameSpeaker(got, want string) bool {
	ws := words(want)
	for _, w := range words(got) {
		for _, x := range ws {
			if w == x {
				return true
			}
		}
	}
	return false
}
