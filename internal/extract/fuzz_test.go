package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzClean(f *testing.F) {
	for _, s := range []string{"The vote passed.\nAdd Comment", "![]() |\n[Photo: A/B] caption", "| a | b |\n|---|", "\xff\xfe", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range Clean(s) {
			if p == "" || strings.Contains(p, "\n") {
				t.Fatalf("bad paragraph %q", p)
			}
			if utf8.ValidString(s) && !utf8.ValidString(p) {
				t.Fatalf("invalid UTF-8 out of valid input: %q", p)
			}
		}
	})
}

func FuzzArticleHTML(f *testing.F) {
	for _, s := range []string{"<p>The council voted on Tuesday.</p>", "<html><body><article><h1>T</h1><p>x</p>", "<<<>>>", "<p>" + strings.Repeat("<div>", 50), "<ul><li>a <a><b>B</b></a> c<li><i><em>x</i>y</em></ul><table><tr><td>1<td>2</table>", `<div class="embed"><div><blockquote class="twitter-tweet"><p>x</p></blockquote></div><script></script></div>`, "<div>a <em>b</em> c<br><br>d<center>e</center><br>f</div>", `<head><meta property="og:site_name" content="9to5Mac"><meta name="twitter:site" content="@nj"></head><p>x</p>`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		a, err := Article(Doc{ID: "f", HTML: h})
		if err == nil && len(a.Paragraphs) == 0 {
			t.Fatal("an article without paragraphs and without an error")
		}
	})
}

func FuzzArticleText(f *testing.F) {
	for _, s := range []string{"falls A lot of luck Jan. 28, 2014 at 7:32 PM ET\nThe vote passed.\nIt was close.", "brandy Posted by\nx\ny", "# T\n\nbody", "\xff\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Article(Doc{ID: "f", Text: s})
		if err == nil && len(a.Paragraphs) == 0 {
			t.Fatal("an article without paragraphs and without an error")
		}
		if strings.Contains(a.Title, "\n") {
			t.Fatalf("title %q runs over lines", a.Title)
		}
	})
}
