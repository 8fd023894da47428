package pipeline

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/model"
)

func TestFeaturesOrdinals(t *testing.T) {
	tests := []struct {
		text string
		want int // ordinals kept for placing the article
	}{
		{"The third round of talks opened in Lundgate on Monday.", 1},
		{"A fourth death in Essen has been linked to the drug, officials said.", 0}, // one more of the same event's dead
	}
	for _, tt := range tests {
		d := features(model.Article{ID: "a", Paragraphs: []string{tt.text}}, analyze.Article([]string{tt.text}))
		if len(d.Ordinals) != tt.want {
			t.Errorf("%q: ordinals %v, want %d", tt.text, d.Ordinals, tt.want)
		}
	}
}
