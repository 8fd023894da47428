package ingest

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
)

func TestFrontMatter(t *testing.T) {
	day := time.Date(2026, 5, 19, 0, 0, 0, 0, time.UTC)
	body := "Corvid will pay $380 million for Tessellate.\n"
	tests := []struct {
		name, in string
		want     extract.Doc // Text is the text left
		err      bool
	}{
		{"a web clipper's note",
			"---\ntitle: \"Corvid agrees takeover\"\nsource: \"https://brief.example/corvid\"\nauthor:\n  - \"[[Ann Lee]]\"\npublished: 2026-05-19\ntags:\n  - clippings\n---\n" + body,
			extract.Doc{Title: "Corvid agrees takeover", URL: "https://brief.example/corvid", Author: "Ann Lee", Published: &day, Text: body}, false},
		{"a site's post, closed by dots, CRLF",
			"---\r\nTitle: Corvid agrees takeover\r\npublisher: Market Brief\r\ndate: 2026-05-19T00:00:00Z\r\n...\r\n" + body,
			extract.Doc{Title: "Corvid agrees takeover", Outlet: "Market Brief", Published: &day, Text: body}, false},
		{"an outlet named as the source", "---\nsource: Market Brief\n---\n" + body, extract.Doc{Outlet: "Market Brief", Text: body}, false},
		{"a rule, then a sentence with a colon", "---\nNote: the talks ran late.\n---\n" + body, extract.Doc{Text: "---\nNote: the talks ran late.\n---\n" + body}, false},
		{"keys of nothing an article has", "---\nlayout: post\n---\n" + body, extract.Doc{Text: "---\nlayout: post\n---\n" + body}, false},
		{"never closed", "---\ntitle: a\n" + body, extract.Doc{Text: "---\ntitle: a\n" + body}, false},
		{"no mapping", "---\n- a\n- b\n---\n" + body, extract.Doc{Text: "---\n- a\n- b\n---\n" + body}, false},
		{"a date no one can read", "---\npublished: last Tuesday\n---\n" + body, extract.Doc{}, true},
	}
	for _, tt := range tests {
		var d extract.Doc
		text, err := frontMatter(&d, []byte(tt.in))
		if (err != nil) != tt.err {
			t.Errorf("%s: err = %v", tt.name, err)
			continue
		}
		if err != nil {
			continue
		}
		d.Text = string(text)
		if d.Title != tt.want.Title || d.URL != tt.want.URL || d.Outlet != tt.want.Outlet || d.Author != tt.want.Author || d.Text != tt.want.Text ||
			(d.Published == nil) != (tt.want.Published == nil) || d.Published != nil && !d.Published.Equal(*tt.want.Published) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, d, tt.want)
		}
	}
	// Metadata given with the document wins over its front matter.
	d := extract.Doc{Title: "Given"}
	if _, err := frontMatter(&d, []byte("---\ntitle: Written\n---\n"+body)); err != nil || d.Title != "Given" {
		t.Errorf("given title = %q, %v", d.Title, err)
	}
}

// A record's text that opens with front matter, as a note pasted into the
// ingest form does, gives what the record's fields leave out.
func TestRecordFrontMatter(t *testing.T) {
	var got []extract.Doc
	var fails []string
	r := Reader{Doc: func(d extract.Doc) { got = append(got, d) }, Fail: func(src string, err error) { fails = append(fails, src+": "+err.Error()) }}
	r.Record("pasted text", Record{Outlet: "Quay Post", Text: "---\noutlet: Lundgate Star\ntitle: Harbour plan approved\n---\nThe council approved the plan."})
	r.Record("bad date", Record{Text: "---\ndate: soon\n---\nThe council approved the plan."})
	if len(got) != 1 || got[0].Outlet != "Quay Post" || got[0].Title != "Harbour plan approved" || got[0].Text != "The council approved the plan." {
		t.Errorf("docs = %+v", got)
	}
	if len(fails) != 1 || fails[0] != `bad date: front matter: unreadable date "soon"` {
		t.Errorf("fails = %q", fails)
	}
}
