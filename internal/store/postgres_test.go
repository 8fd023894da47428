package store

import (
	"strings"
	"testing"
)

func TestSearchVector(t *testing.T) {
	long := strings.Repeat("x", 2048)
	tests := []struct {
		title, body, want string
	}{
		{"Harbour plan", "The harbour PLAN, approved.", "harbour plan the approved"},
		{"", "The U.S. coast-guard's 3.5% rise", "the u s coast guard 3 5 rise"},
		{"État", "Ærøskøbing's état", "état ærøskøbing s"},
		{"", long + " ok", "ok"}, // longer than a lexeme may be
		{"", "'quoted' a:1 b\\c", "quoted a 1 b c"},
		{"", "", ""},
		{"東京都", "iPhone東京の港", "東京 京都 iphone 京の の港"}, // pairs of characters
	}
	for _, tt := range tests {
		if got := searchVector(tt.title, tt.body); got != tt.want {
			t.Errorf("searchVector(%q, %q) = %q, want %q", tt.title, tt.body[:min(len(tt.body), 40)], got, tt.want)
		}
	}
	// Many distinct words stop short of a tsvector's size limit.
	var b strings.Builder
	for i := range 200000 {
		for n := i + 26*26*26*26; n > 0; n /= 26 { // five letters or more
			b.WriteByte(byte('a' + n%26))
		}
		b.WriteByte(' ')
	}
	if n := len(searchVector("", b.String())); n > 1<<19 || n < 1<<18 {
		t.Errorf("a vector of %d bytes from %d of text", n, b.Len())
	}
}

// Whatever the text, the vector is words of letters and digits, each
// once, lower-cased, within the sizes a tsvector takes.
func FuzzSearchVector(f *testing.F) {
	f.Add("Title", "The U.S. coast-guard's 3.5% rise")
	f.Add("", "'a':1 b\\c \xff\xfe ÆRØ ǅ")
	f.Fuzz(func(t *testing.T, title, body string) {
		v := searchVector(title, body)
		seen := map[string]bool{}
		for _, w := range strings.Split(v, " ") {
			if w == "" {
				if v != "" {
					t.Fatalf("an empty word in %q", v)
				}
				continue
			}
			if seen[w] || len(w) > 2047 || w != strings.ToLower(w) || strings.IndexFunc(w, notWord) >= 0 {
				t.Fatalf("word %q in %q", w, v)
			}
			seen[w] = true
		}
		if len(v) > 1<<19 {
			t.Fatalf("a vector of %d bytes", len(v))
		}
	})
}
