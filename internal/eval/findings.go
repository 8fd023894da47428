package eval

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/model"
)

// findingSet is the project's own labelled set: fictional events written
// for it, several outlets each, with the findings and quotes a careful
// reader would list.
//
//go:embed testdata/findings
var findingSet embed.FS

// FindingSet is a labelled corpus: articles, each tagged with its event,
// and what should be found about each event.
type FindingSet struct {
	Articles []LabelledArticle
	Events   []GoldEvent
}

// LabelledArticle is an article and the event it reports.
type LabelledArticle struct {
	Doc   extract.Doc
	Event string
}

// GoldEvent is what a careful reader finds in the reports of one event.
type GoldEvent struct {
	ID       string        `json:"id"`
	Domain   string        `json:"domain"`
	Findings []GoldFinding `json:"findings"`
	Quotes   []GoldQuoted  `json:"quotes"`
}

// GoldFinding is a value finding: its status, kind and values ("40 km|25
// miles" lists ways of writing one value).
type GoldFinding struct {
	Status             string   `json:"status"`
	Kind               string   `json:"kind"`
	Values             []string `json:"values"`
	AttributedTo       string   `json:"attributed_to,omitempty"`
	IndependentSources int      `json:"independent_sources,omitempty"`
}

// GoldQuoted is a direct quote of one article.
type GoldQuoted struct {
	Article string `json:"article"`
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
}

// LoadFindings reads a labelled set from dir (articles.jsonl and
// labels.json), or the built-in set when dir is empty.
func LoadFindings(dir string) (FindingSet, error) {
	var fsys fs.FS = os.DirFS(dir)
	if dir == "" {
		sub, err := fs.Sub(findingSet, "testdata/findings")
		if err != nil {
			return FindingSet{}, err
		}
		fsys, dir = sub, "built-in set"
	}
	var set FindingSet
	data, err := fs.ReadFile(fsys, "articles.jsonl")
	if err != nil {
		return set, err
	}
	for n, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var row struct {
			Event string `json:"event"`
			ingest.Record
		}
		if err := json.Unmarshal(line, &row); err != nil {
			return set, fmt.Errorf("%s: articles.jsonl:%d: %w", dir, n+1, err)
		}
		d := extract.Doc{ID: row.ID, Source: filepath.Join(dir, "articles.jsonl"), URL: row.URL, Outlet: row.Outlet, Title: row.Title, Text: row.Text}
		if row.Published != "" {
			t, err := ingest.ParseTime(row.Published)
			if err != nil {
				return set, fmt.Errorf("%s: articles.jsonl:%d: %w", dir, n+1, err)
			}
			d.Published = &t
		}
		set.Articles = append(set.Articles, LabelledArticle{Doc: d, Event: row.Event})
	}
	labels, err := fs.ReadFile(fsys, "labels.json")
	if err != nil {
		return set, err
	}
	var l struct {
		Events []GoldEvent `json:"events"`
	}
	if err := json.Unmarshal(labels, &l); err != nil {
		return set, fmt.Errorf("%s: labels.json: %w", dir, err)
	}
	set.Events = l.Events
	return set, nil
}

// FindingResult is how the findings made compare with the labelled ones.
type FindingResult struct {
	Events   int            `json:"events"`
	Articles int            `json:"articles"`
	Stories  cluster.Scores `json:"stories"` // B-cubed against the events
	// ByStatus scores value findings of each status (disputed,
	// corroborated, evolving).
	ByStatus map[string]Score `json:"by_status"`
	// Attribution counts labelled findings whose speaker and independent
	// sources are right.
	Attribution       int           `json:"attribution"`
	AttributionLabels int           `json:"attribution_labels"`
	Quotes            QuoteScore    `json:"quotes"`
	Misses            []FindingMiss `json:"misses,omitempty"`
}

// Score is precision and recall of one kind of answer.
type Score struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

// QuoteScore scores direct quotes and their speakers.
type QuoteScore struct {
	Score
	F1              float64 `json:"f1"`
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
}

// FindingMiss is a labelled finding not made, or a finding made that is
// not labelled.
type FindingMiss struct {
	Event string `json:"event"`
	What  string `json:"what"` // "missed" or "extra"
	Text  string `json:"text"`
}

// Statuses scored, in the order they are printed.
var Statuses = []string{model.Disputed, model.Corroborated, model.Evolving}

// Findings runs the pipeline on the set's articles, as `analyze` does, and
// scores its stories' value findings and quotes against the labels.
func Findings(ctx context.Context, set FindingSet) (FindingResult, error) {
	res := FindingResult{Events: len(set.Events), Articles: len(set.Articles), ByStatus: map[string]Score{}}
	docs := make([]extract.Doc, len(set.Articles))
	gold := map[string]string{}
	for i, a := range set.Articles {
		docs[i] = a.Doc
		gold[a.Doc.ID] = a.Event
	}
	stories, err := run(ctx, docs)
	if err != nil {
		return res, err
	}
	pred := map[string]string{}
	for _, s := range stories {
		for _, id := range s.Articles {
			pred[id] = s.ID
		}
	}
	res.Stories = cluster.BCubed(pred, gold)

	// Each story is scored against the event most of its articles report.
	byEvent := map[string][]model.Story{}
	for _, s := range stories {
		count := map[string]int{}
		best := ""
		for _, id := range s.Articles {
			e := gold[id]
			count[e]++
			if count[e] > count[best] || (count[e] == count[best] && e < best) {
				best = e
			}
		}
		byEvent[best] = append(byEvent[best], s)
	}
	for _, ev := range set.Events {
		var made []model.Finding
		for _, s := range byEvent[ev.ID] {
			for _, f := range s.Findings {
				if f.Kind != "" && f.Status != model.SingleSource {
					made = append(made, f)
				}
			}
		}
		used := make([]bool, len(made))
		for _, g := range ev.Findings {
			sc := res.ByStatus[g.Status]
			sc.Gold++
			found := -1
			for i, f := range made {
				if !used[i] && matches(f, g) {
					found = i
					break
				}
			}
			if found >= 0 {
				used[found] = true
				sc.Matched++
				f := made[found]
				if g.AttributedTo != "" {
					res.AttributionLabels++
					if sameSpeaker(strings.Join(f.AttributedTo, " "), g.AttributedTo) && f.IndependentSources == g.IndependentSources {
						res.Attribution++
					}
				}
			} else {
				if g.AttributedTo != "" {
					res.AttributionLabels++
				}
				res.Misses = append(res.Misses, FindingMiss{Event: ev.ID, What: "missed", Text: fmt.Sprintf("%s %s %s", g.Status, g.Kind, strings.Join(g.Values, " / "))})
			}
			res.ByStatus[g.Status] = sc
		}
		for i, f := range made {
			sc := res.ByStatus[f.Status]
			sc.Predicted++
			res.ByStatus[f.Status] = sc
			if !used[i] {
				res.Misses = append(res.Misses, FindingMiss{Event: ev.ID, What: "extra", Text: f.Status + " " + f.Text})
			}
		}
	}
	for k, sc := range res.ByStatus {
		sc.Precision, sc.Recall, _ = prf(sc.Matched, sc.Predicted, sc.Gold)
		res.ByStatus[k] = sc
	}
	res.Quotes = scoreQuotes(set, stories)
	return res, nil
}

// scoreQuotes scores the direct quotes of the stories against the labels.
func scoreQuotes(set FindingSet, stories []model.Story) QuoteScore {
	var qs QuoteScore
	found := map[string][]model.Quote{}
	for _, s := range stories {
		for _, q := range s.Quotes {
			if q.Indirect {
				continue
			}
			for _, id := range q.Articles {
				found[id] = append(found[id], q)
			}
		}
	}
	golds := map[string][]GoldQuoted{}
	for _, ev := range set.Events {
		for _, q := range ev.Quotes {
			golds[q.Article] = append(golds[q.Article], q)
		}
	}
	speakerOK := 0
	for _, a := range set.Articles {
		gs := golds[a.Doc.ID]
		qs.Gold += len(gs)
		qs.Predicted += len(found[a.Doc.ID])
		used := make([]bool, len(gs))
		for _, q := range found[a.Doc.ID] {
			best, bi := 0.0, -1
			for i, g := range gs {
				if o := overlap(words(q.Text), words(g.Text)); !used[i] && o > best {
					best, bi = o, i
				}
			}
			if bi >= 0 && best >= MinOverlap {
				used[bi] = true
				qs.Matched++
				if sameSpeaker(q.Speaker, gs[bi].Speaker) {
					speakerOK++
				}
			}
		}
	}
	qs.Precision, qs.Recall, qs.F1 = prf(qs.Matched, qs.Predicted, qs.Gold)
	if qs.Matched > 0 {
		qs.SpeakerAccuracy = float64(speakerOK) / float64(qs.Matched)
	}
	return qs
}

// matches reports a finding made that is the labelled one: same status and
// kind, and the same values.
func matches(f model.Finding, g GoldFinding) bool {
	if f.Status != g.Status || f.Kind != g.Kind || len(f.Values) != len(g.Values) {
		return false
	}
	for _, gv := range g.Values {
		ok := false
		for _, v := range f.Values {
			ok = ok || sameValue(f.Kind, v.Value, gv)
		}
		if !ok {
			return false
		}
	}
	return true
}

var amountRe = regexp.MustCompile(`(\d[\d,]*(?:\.\d+)?)\s*(million|billion)?\s*([a-z%]*)`)

// unitWords maps the ways of writing a unit to one.
var unitWords = map[string]string{"h": "hour", "hours": "hour", "min": "minute", "minutes": "minute",
	"days": "day", "weeks": "week", "years": "year", "months": "month", "miles": "mile", "kilometres": "km"}

// sameValue compares a value found with a labelled one (or its
// alternatives, "|"-separated): days and names by their words, amounts by
// their numbers and units. Counts compare numbers only: "9 dead" and "9
// people" are one toll.
func sameValue(kind, got, want string) bool {
	for _, alt := range strings.Split(want, "|") {
		switch kind {
		case "weekday", "date":
			if strings.EqualFold(got, alt) {
				return true
			}
		case "speaker":
			if sameSpeaker(got, alt) {
				return true
			}
		default:
			a, b := amounts(got, kind == "count"), amounts(alt, kind == "count")
			if len(a) > 0 && len(a) == len(b) {
				same := true
				for i := range a {
					same = same && a[i].unit == b[i].unit && math.Abs(a[i].n-b[i].n) <= 0.01*math.Abs(b[i].n)
				}
				if same {
					return true
				}
			}
		}
	}
	return false
}

type amount struct {
	n    float64
	unit string
}

func amounts(s string, numbersOnly bool) []amount {
	var out []amount
	for _, m := range amountRe.FindAllStringSubmatch(strings.ToLower(s), -1) {
		n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
		if err != nil {
			continue
		}
		n *= map[string]float64{"": 1, "million": 1e6, "billion": 1e9}[m[2]]
		unit := m[3]
		if u, ok := unitWords[unit]; ok {
			unit = u
		}
		if numbersOnly {
			unit = ""
		}
		out = append(out, amount{n, unit})
	}
	return out
}
