package analyze

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/text"
)

func FuzzArticle(f *testing.F) {
	for _, s := range []string{
		`"We agreed," Tom Berg said. "Not all."`,
		"The five-hour talks ended on Tuesday, said Ruth Alder.",
		"$420 million for 12 people, two hours, 21 minutes and 9 seconds",
		`"unclosed quote by He`, "U.S.-backed Putin-Trump", "",
		"about 2,500km (1,560 miles) (( 3km (about 2 miles)",
		"(In the 2013-14 season it paid just under $16.50, no more than five times, according to the report.)",
		"Was down 5%. The Wend has risen 4 metres in 6 Hours, 80km north of the Essen River; shut down for 2 days, awards worth $5 north",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := Article(text.Paragraphs(text.Normalize(s)))
		for _, m := range a.Mentions {
			if m.Entity < 0 || m.Entity >= len(a.Entities) || m.Sentence >= len(a.Sentences) {
				t.Fatalf("mention out of range: %+v", m)
			}
			if sent := a.Sentences[m.Sentence].Text; m.Start < 0 || m.End > len(sent) || m.Start > m.End {
				t.Fatalf("mention %+v outside %q", m, sent)
			}
		}
		for _, q := range a.Quotes {
			if q.Speaker == "" || strings.TrimSpace(q.Text) == "" || q.Sentence >= len(a.Sentences) {
				t.Fatalf("bad quote %+v", q)
			}
		}
		for _, q := range a.Quantities {
			if q.Sentence >= len(a.Sentences) || q.String() == "" {
				t.Fatalf("bad quantity %+v", q)
			}
		}
	})
}

// FuzzKey checks that Key's one-pass reading of ASCII names gives what
// its general reading does.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"Yury Ushakov", "Mikhail Khodorkovsky", "O'Reilly", "U.S. Rep. Joe Wilson", "Tokyo Electric Power Co.",
		"Co.", "Rock-n-Roll Hall of Fame", "Jackxon  Phillipps", "kckh", "Xx", "a.b'c", "Kestrel & Co", "", "  .' -", "Tom's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := keyASCII(s); ok {
			if want := keyAny(s); got != want {
				t.Fatalf("keyASCII(%q) = %q, keyAny gives %q", s, got, want)
			}
		}
	})
}
