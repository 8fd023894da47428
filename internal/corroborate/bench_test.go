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
// a week does: the pairs of claims compared must not grow with the square
// of the story's reports where the claims are joined already.
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
	for b.Loop() {
		Findings(items, nil)
	}
	b.ReportMetric(float64(len(items)*b.N)/b.Elapsed().Seconds(), "reports/s")
}
