package eval

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/rouge"
)

// Summarised is a cluster of articles on one event with a reference
// summary written by a person.
type Summarised struct {
	ID        string
	Docs      []extract.Doc
	Reference string
}

// LoadSummaries reads Multi-News lines: {"id", "documents": [...], "summary"}.
func LoadSummaries(path string) ([]Summarised, error) {
	type row struct {
		ID        string   `json:"id"`
		Documents []string `json:"documents"`
		Summary   string   `json:"summary"`
	}
	var out []Summarised
	err := readLines(path, func(n int, r row) error {
		if r.Summary == "" || len(r.Documents) == 0 {
			return errors.New(`needs "documents" and "summary"`)
		}
		c := Summarised{ID: r.ID, Reference: r.Summary}
		for k, text := range r.Documents {
			c.Docs = append(c.Docs, extract.Doc{ID: fmt.Sprintf("%s-%d", r.ID, k), Source: fmt.Sprintf("%s:%d", path, n), Text: text})
		}
		out = append(out, c)
		return nil
	})
	if err == nil && len(out) == 0 {
		err = errors.New("no clusters")
	}
	return out, err
}

// BriefResult is the ROUGE of the briefs, averaged over clusters (in
// percent, as ROUGE is usually reported), and every brief.
type BriefResult struct {
	Clusters    int           `json:"clusters"`
	Rouge1      rouge.Score   `json:"rouge1"`
	Rouge2      rouge.Score   `json:"rouge2"`
	RougeL      rouge.Score   `json:"rougeL"`
	MsPerStory  float64       `json:"ms_per_story"`
	Briefs      []ClusterText `json:"briefs"`
	Unreadable  int           `json:"unreadable_documents"`
	BriefLength int           `json:"brief_sentences"`
}

// ClusterText is one cluster's brief.
type ClusterText struct {
	ID    string `json:"id"`
	Brief string `json:"brief"`
}

// BriefSentences is how many sentences a brief has for scoring: more than
// any reference needs, since it is cut at the reference's length.
const BriefSentences = 15

// Brief makes each cluster one story, as the pipeline does, and scores its
// brief, cut at the reference's length in words, against the reference.
func Brief(ctx context.Context, clusters []Summarised) (BriefResult, error) {
	res := BriefResult{Clusters: len(clusters), BriefLength: BriefSentences}
	start := time.Now()
	var sum rouge.Scores
	for _, c := range clusters {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		st, errs := pipeline.Story(c.ID, c.Docs, BriefSentences)
		res.Unreadable += len(errs)
		var parts []string
		for _, s := range st.Summary {
			parts = append(parts, s.Text)
		}
		text := strings.Join(parts, " ")
		res.Briefs = append(res.Briefs, ClusterText{ID: c.ID, Brief: text})
		sc := rouge.Compare(c.Reference, cut(text, len(strings.Fields(c.Reference))))
		add(&sum.R1, sc.R1)
		add(&sum.R2, sc.R2)
		add(&sum.RL, sc.RL)
	}
	res.MsPerStory = float64(time.Since(start).Microseconds()) / 1000 / float64(len(clusters))
	n := float64(len(clusters)) / 100
	for _, p := range []struct{ to, from *rouge.Score }{{&res.Rouge1, &sum.R1}, {&res.Rouge2, &sum.R2}, {&res.RougeL, &sum.RL}} {
		*p.to = rouge.Score{Precision: p.from.Precision / n, Recall: p.from.Recall / n, F1: p.from.F1 / n}
	}
	return res, nil
}

func add(to *rouge.Score, s rouge.Score) {
	to.Precision += s.Precision
	to.Recall += s.Recall
	to.F1 += s.F1
}

// cut keeps the first n words of s.
func cut(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}
