package corroborate

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
)

// BenchmarkFindingsLargeStory measures the findings of one story of 1,000
// reports that give the same few figures, as a big event's coverage over
// a week does, and of one report and 999 syndicated copies of it: the
// claims compared must not grow with the square of the story's reports
// where they are joined already or the same.
func BenchmarkFindingsLargeStory(b *testing.B) {
	sentences := []string{
		"The talks in Lundgate lasted six hours on Wednesday.",
		"Prime Minister Anneke Sorel said the two sides had agreed a 12-point framework.",
		"The cabinets will vote on March 24, officials said.",
		"A joint commission of 40 engineers will run the dams.",
		"It was the third round of talks this year.",
		"Farmers lost crops worth $30 million in last year's drought.",
		"About 2,000 people protested outside the hall.",
		"Valdoria and Merovia have argued over the river for 30 years.",
		"The vote on the budget was delayed by two weeks.",
		"Rescuers searched the flooded valley for 11 hours.",
		"Some 500 farmers marched to the capital in May.",
		"The reservoir's level fell by 4 metres in a month.",
	}
	r := rand.New(rand.NewPCG(1, 2))
	items := make([]Item, 1000)
	for i := range items {
		var paras []string
		for _, j := range r.Perm(len(sentences))[:6] {
			paras = append(paras, sentences[j])
		}
		id := fmt.Sprintf("a%d", i)
		items[i] = Item{ID: id, Origin: id, Analysis: analyze.Article([]string{strings.Join(paras, " ")})}
	}
	// Reports that tell the same facts each in sentences of their own:
	// every claim is of a kind of its own.
	distinct := make([]Item, len(items))
	for i := range distinct {
		var paras []string
		for _, j := range r.Perm(len(sentences))[:6] {
			paras = append(paras, strings.TrimSuffix(sentences[j], ".")+fmt.Sprintf(", in the words of the %d-th writer.", i))
		}
		id := fmt.Sprintf("d%d", i)
		distinct[i] = Item{ID: id, Origin: id, Analysis: analyze.Article([]string{strings.Join(paras, " ")})}
	}
	whole := analyze.Article([]string{strings.Join(sentences, " ")})
	copies := make([]Item, len(items))
	for i := range copies {
		copies[i] = Item{ID: fmt.Sprintf("c%d", i), Origin: "c0", Analysis: whole}
	}
	for _, bc := range []struct {
		name  string
		items []Item
	}{{"reports", items}, {"distinct", distinct}, {"copies", copies}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				Findings(bc.items, nil)
			}
			b.ReportMetric(float64(len(bc.items)*b.N)/b.Elapsed().Seconds(), "reports/s")
		})
	}
}
