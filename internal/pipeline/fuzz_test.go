package pipeline

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// FuzzStory composes a story of two reports and a copy of the first: the
// findings, brief and title rules read every report's sentences against
// the others', and a panic there would stop a whole ingest, not one input.
func FuzzStory(f *testing.F) {
	for _, name := range []string{"corvid-deal/market-brief.txt", "corvid-deal/tech-ledger.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "sample", "corpus", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), "Talks lasted five hours on Tuesday, aide Yury Ushakov said.")
	}
	f.Add(`"We agreed," Tom Berg said. The talks lasted five hours.`, `"We agreed," Ann Lee said. The talks lasted three hours.`)
	f.Add("", "A toll of 12, then 14. (( $5 north")
	f.Fuzz(func(t *testing.T, a, b string) {
		var arts []model.Article
		var ans []analyze.Analysis
		for _, r := range []struct{ id, copyOf, text string }{{"a", "", a}, {"b", "", b}, {"c", "a", a}} {
			paras := text.Paragraphs(text.Normalize(r.text))
			arts = append(arts, model.Article{ID: r.id, CopyOf: r.copyOf, Outlet: "Outlet " + r.id, Title: r.text[:min(len(r.text), 40)], Paragraphs: paras})
			ans = append(ans, analyze.Article(extract.Statements(paras)))
		}
		st := build("s", "s", arts, ans, nil, SummaryLength)
		ids := []string{"a", "b", "c"}
		for _, l := range st.Brief {
			for _, id := range l.Articles {
				if !slices.Contains(ids, id) {
					t.Fatalf("brief line %q cites %q", l.Text, id)
				}
			}
		}
		for _, fd := range st.Findings {
			for _, id := range fd.Articles {
				if !slices.Contains(ids, id) {
					t.Fatalf("finding %q cites %q", fd.Text, id)
				}
			}
		}
	})
}
