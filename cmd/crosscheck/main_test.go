package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/sample"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// crosscheck runs the command in-process and returns its exit status and output.
func crosscheck(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func report(t *testing.T, js string) model.Report {
	t.Helper()
	var r model.Report
	if err := json.Unmarshal([]byte(js), &r); err != nil {
		t.Fatalf("output is not the JSON report: %v\n%s", err, js)
	}
	return r
}

// sharedDir finds ../shared beside the project; tests that need it skip
// without it, except under CI=true, where it must be there.
func sharedDir(t *testing.T, sub string) string {
	t.Helper()
	dir := os.Getenv("CROSSCHECK_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	dir = filepath.Join(dir, sub)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing; CI must run this test", dir)
		}
		t.Skipf("skipping: %s not found (set CROSSCHECK_SHARED to the shared folder)", dir)
	}
	return dir
}

// TestSeeds is the acceptance of the v0 pipeline on the five seed reports.
func TestSeeds(t *testing.T) {
	seeds := sharedDir(t, "seeds")
	same := []string{"000_d46da112888bf487", "001_f4cb32e665ca3141", "002_2eb81b6a1eecf71e", "003_d99370c0ee5a3f26"}
	const earlier = "004_254354c1ab71cb35"

	code, out, stderr := crosscheck(t, "", "analyze", "--json", seeds)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	r := report(t, out)
	var main *model.Story
	for i, s := range r.Stories {
		if containsAll(s.Articles, same...) {
			main = &r.Stories[i]
		}
	}
	if main == nil {
		t.Fatalf("no story holds 000-003: %+v", r.Stories)
	}
	if containsAll(main.Articles, earlier) {
		ok := false
		for _, f := range main.Findings {
			if f.Status != model.Disputed {
				continue
			}
			var withEarlier, withSame bool
			for _, v := range f.Values {
				withEarlier = withEarlier || containsAll(v.Articles, earlier)
				withSame = withSame || len(intersect(v.Articles, same)) >= 2
			}
			ok = ok || (withEarlier && withSame)
		}
		if !ok {
			t.Error("004 (an earlier three-hour meeting) was merged without a dispute")
		}
	}
	five := regexp.MustCompile(`(?i)\b(five|5)[\s-]*hours?\b`)
	found := false
	for _, f := range main.Findings {
		if f.Status == model.Corroborated && five.MatchString(f.Text) && len(intersect(f.Articles, same)) >= 3 {
			found = true
		}
		if f.Status == model.Corroborated && len(f.Articles) < 2 {
			t.Errorf("corroborated finding rests on one article: %+v", f)
		}
	}
	if !found {
		t.Error("no corroborated five-hour finding citing three of 000-003")
	}
	for _, q := range []struct{ speaker, words string }{
		{"Ushakov", "We could agree on some things"},
		{"Trump", "good chance we can make a deal"},
	} {
		if !hasQuote(main.Quotes, q.speaker, q.words) {
			t.Errorf("quote %q not credited to %s", q.words, q.speaker)
		}
	}
	merged := false
	for _, e := range main.Entities {
		names := strings.ToLower(strings.Join(append([]string{e.Name}, e.Aliases...), "|"))
		merged = merged || (strings.Contains(names, "yury ushakov") && strings.Contains(names, "yuri ushakov"))
	}
	if !merged {
		t.Error("Yury and Yuri Ushakov are not one entity")
	}
	blob, _ := json.Marshal(r.Stories)
	if m := regexp.MustCompile(`Add Comment|Post a Comment|!\[\]\(\)|Kormilitsyna`).Find(blob); m != nil {
		t.Errorf("boilerplate in stories: %q", m)
	}
	seen := map[string]bool{}
	for _, c := range main.Summary {
		if len(c.Articles) == 0 || seen[c.Text] {
			t.Errorf("summary sentence uncited or repeated: %+v", c)
		}
		seen[c.Text] = true
	}
	if len(main.Summary) < 3 {
		t.Errorf("summary has %d sentences, want 3 or more", len(main.Summary))
	}
	single := false
	for _, f := range main.Findings {
		single = single || (f.Status == model.SingleSource && len(f.Articles) == 1)
	}
	if !single {
		t.Error("no single-source finding")
	}
	if _, again, _ := crosscheck(t, "", "analyze", "--json", seeds); again != out {
		t.Error("the same input gave different output")
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	if err := sample.WriteTo(filepath.Join(dir, "good")); err != nil {
		t.Fatal(err)
	}
	bin := make([]byte, 65536)
	rand.Read(bin)
	huge := bytes.Repeat([]byte("word word word word word word word word word word\n"), 1_000_000)
	bad := map[string][]byte{
		"empty.txt":   nil,
		"binary.txt":  bin,
		"badutf8.txt": []byte("Valid caf\xc3\xa9, broken \xff\xfe\xfd \xc3\x28 bytes, the talks lasted five hours.\n"),
		"huge.txt":    huge,
		"broken.html": []byte("<html><body><p>unclosed <div><<<>>> \x00"),
	}
	for name, data := range bad {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, stderr := crosscheck(t, "", "analyze", "--json", dir)
	if code != 0 {
		t.Fatalf("exit %d, want 0 when some inputs are good: %s", code, stderr)
	}
	r := report(t, out)
	errs := map[string]string{}
	for _, e := range r.Errors {
		errs[filepath.Base(e.Source)] = e.Error
	}
	for name := range bad {
		if errs[name] == "" {
			t.Errorf("no error for %s (errors: %v)", name, errs)
		}
		if !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name %s", name)
		}
	}
	if len(r.Articles) < 10 || len(r.Stories) < 5 {
		t.Errorf("good inputs not analysed: %d articles, %d stories", len(r.Articles), len(r.Stories))
	}

	// Nothing readable: a non-zero exit.
	onlyBad := t.TempDir()
	os.WriteFile(filepath.Join(onlyBad, "empty.txt"), nil, 0o644)
	if code, _, _ := crosscheck(t, "", "analyze", onlyBad); code == 0 {
		t.Error("exit 0 when nothing could be read")
	}
}

func TestAnalyzeSampleAndStdin(t *testing.T) {
	code, out, stderr := crosscheck(t, "", "analyze", "--sample")
	if code != 0 || !strings.Contains(out, "### Disputed") || !strings.Contains(out, "**Sources:**") {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
	code, out, _ = crosscheck(t, "The council approved the harbour plan on Tuesday after a four-hour debate.", "analyze", "--json", "-")
	if r := report(t, out); code != 0 || len(r.Articles) != 1 || len(r.Stories) != 1 {
		t.Errorf("stdin: exit %d, %+v", code, r)
	}
	if code, _, stderr := crosscheck(t, "", "analyze"); code != 2 || !strings.Contains(stderr, "--sample") {
		t.Errorf("no inputs: exit %d, %s", code, stderr)
	}
	if code, _, _ := crosscheck(t, "", "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d", code)
	}
}

func TestStoreCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cc.db")
	src := filepath.Join(dir, "sample")
	if err := sample.WriteTo(src); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := crosscheck(t, "", "ingest", "--db", db, src)
	if code != 0 || !strings.Contains(out, "13 added") {
		t.Fatalf("ingest: exit %d %s %s", code, out, stderr)
	}
	if strings.Contains(stderr, "reanalyze") {
		t.Errorf("a new store said to be read by another version: %s", stderr)
	}
	if code, out, _ = crosscheck(t, "", "ingest", "--db", db, src); code != 0 || !strings.Contains(out, "0 added, 13 already stored") {
		t.Errorf("second ingest: %s", out)
	}
	// A file changed since is an update of its article.
	brief := filepath.Join(src, "corvid-deal", "market-brief.txt")
	f, err := os.OpenFile(brief, os.O_APPEND|os.O_WRONLY, 0)
	if err == nil {
		_, err = f.WriteString("\nCorvid said on Wednesday that regulators had cleared the takeover.\n")
		f.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	if code, out, _ = crosscheck(t, "", "ingest", "--db", db, src); code != 0 || !strings.Contains(out, "0 added, 1 updated, 12 already stored") {
		t.Errorf("ingest of a changed file: %s", out)
	}
	t.Setenv("CROSSCHECK_DB", db)
	code, out, _ = crosscheck(t, "", "stories", "--json")
	var rows []struct {
		ID       string
		Articles int
	}
	if err := json.Unmarshal([]byte(out), &rows); code != 0 || err != nil || len(rows) != 5 {
		t.Fatalf("stories: exit %d %v %s", code, err, out)
	}
	code, out, _ = crosscheck(t, "", "show", rows[0].ID)
	if code != 0 || !strings.Contains(out, "## ") {
		t.Errorf("show: exit %d %s", code, out)
	}
	// A search or filter lists what the pages would, newest first.
	for _, tt := range []struct {
		args []string
		want int // stories listed; -1: a usage error
	}{
		{[]string{"--search", "Storm Orla"}, 1},
		{[]string{"--search", "flood"}, 2}, // the talks' articles name a flood too
		{[]string{"--search", "flood", "-n", "1"}, 1},
		{[]string{"-n", "3"}, 3},
		{[]string{"--outlet", "Tarvik Sports Daily"}, 1},
		{[]string{"--entity", "Anneke Sorel"}, 1},
		{[]string{"--storyline", rows[0].ID}, 1},
		{[]string{"--disputed"}, 3}, // the sample's deliberate disagreements
		{[]string{"--disputed", "--outlet", "Tarvik Sports Daily"}, 0},
		{[]string{"--search", "zzyzx"}, 0},
		{[]string{"-n", "-1"}, -1},
	} {
		code, out, stderr := crosscheck(t, "", append([]string{"stories", "--json"}, tt.args...)...)
		var got []struct{ ID string }
		err := json.Unmarshal([]byte(out), &got)
		switch {
		case tt.want < 0 && (code != 2 || !strings.Contains(stderr, "usage")):
			t.Errorf("stories %v: exit %d %s, want a usage error", tt.args, code, stderr)
		case tt.want >= 0 && (code != 0 || err != nil || len(got) != tt.want):
			t.Errorf("stories %v: exit %d, %d stories (%v), want %d", tt.args, code, len(got), err, tt.want)
		}
	}
	// An outlet's record: River Valley News alone dates the sample's flood Monday.
	if code, out, _ := crosscheck(t, "", "outlet", "River Valley News"); code != 0 ||
		!strings.Contains(out, "outnumbered: 1") || !strings.Contains(out, "It reports Monday.") || !strings.Contains(out, "its own updates changed, in any of its stories: 0") {
		t.Errorf("outlet: exit %d\n%s", code, out)
	}
	if code, out, _ := crosscheck(t, "", "outlet", "--json", "Meridian Wire"); code != 0 || !strings.Contains(out, `"copied": 1`) {
		t.Errorf("outlet --json: exit %d\n%s", code, out)
	}
	if code, out, _ := crosscheck(t, "", "outlet"); code != 0 || !strings.Contains(out, "River Valley News\n") || strings.Count(out, "\n") != 12 {
		t.Errorf("outlet list: exit %d\n%s", code, out)
	}
	if code, _, stderr := crosscheck(t, "", "outlet", "Nobody"); code != 1 || !strings.Contains(stderr, "not found") {
		t.Errorf("outlet unknown: exit %d %s", code, stderr)
	}
	if code, _, stderr := crosscheck(t, "", "show", "no-such-story"); code == 0 || !strings.Contains(stderr, "no story") {
		t.Errorf("show unknown: exit %d %s", code, stderr)
	}
	if code, _, stderr := crosscheck(t, "", "stories", "--db", filepath.Join(dir, "missing.db")); code == 0 || !strings.Contains(stderr, "no store") {
		t.Errorf("missing store: exit %d %s", code, stderr)
	}
	// A store this version made: its stories are composed again, its
	// articles not read again.
	if code, out, stderr := crosscheck(t, "", "reanalyze"); code != 0 || !strings.Contains(out, "0 articles read again, 5 stories rebuilt") {
		t.Errorf("reanalyze: exit %d %s %s", code, out, stderr)
	}
	if code, _, stderr := crosscheck(t, "", "reanalyze", "--db", filepath.Join(dir, "missing.db")); code == 0 || !strings.Contains(stderr, "no store") {
		t.Errorf("reanalyze a missing store: exit %d %s", code, stderr)
	}
	// An editor moves a report out of its story, then merges it back.
	code, out, stderr = crosscheck(t, "", "move", "--json", "--new", "river-valley-news")
	var moved pipeline.Moved
	if err := json.Unmarshal([]byte(out), &moved); code != 0 || err != nil || len(moved.Articles) != 1 || len(moved.Rebuilt) != 2 {
		t.Fatalf("move --new: exit %d %v %s %s", code, err, out, stderr)
	}
	flood := moved.Rebuilt[1]
	code, out, stderr = crosscheck(t, "", "merge", "--into", flood, moved.Story, "no-such-story")
	if code != 1 || !strings.Contains(out, "articles moved to story "+flood+": 1; stories rebuilt: 1, merged into it: 1") ||
		!strings.Contains(stderr, "no-such-story: no story with this ID is stored") {
		t.Errorf("merge: exit %d %s %s", code, out, stderr)
	}
	if code, out, _ := crosscheck(t, "", "show", flood); code != 0 || !strings.Contains(out, "**Changed by hand:**") ||
		!strings.Contains(out, "story "+moved.Story+" merged into this one") || !strings.Contains(out, "report river-valley-news moved to story "+moved.Story) {
		t.Errorf("show after a move and a merge: exit %d %s", code, out)
	}
	if code, out, _ := crosscheck(t, "", "show", "--json", flood); code != 0 || !strings.Contains(out, `"action": "merge"`) {
		t.Errorf("show --json after a merge: exit %d %.300s", code, out)
	}
	code, out, stderr = crosscheck(t, "", "move", "--to", "no-such-story", "river-valley-news")
	if code != 1 || !strings.Contains(stderr, "story no-such-story: not found") {
		t.Errorf("move to no story: exit %d %s %s", code, out, stderr)
	}
	if code, _, stderr := crosscheck(t, "", "move", "river-valley-news"); code != 2 || !strings.Contains(stderr, "--to STORY or --new") {
		t.Errorf("move nowhere: exit %d %s", code, stderr)
	}
	code, out, stderr = crosscheck(t, "", "similar", "--json", "-n", "2", flood)
	var similar []store.SimilarStory
	if err := json.Unmarshal([]byte(out), &similar); code != 0 || err != nil || len(similar) == 0 || len(similar) > 2 || similar[0].ID == flood {
		t.Errorf("similar: exit %d %v %s %s", code, err, out, stderr)
	}
	if code, out, _ := crosscheck(t, "", "similar", flood); code != 0 || !strings.HasPrefix(out, "ID ") || !strings.Contains(out, similar[0].ID) {
		t.Errorf("similar as a table: exit %d %s", code, out)
	}
	if code, _, stderr := crosscheck(t, "", "similar", "no-such-story"); code != 1 || !strings.Contains(stderr, "not found") {
		t.Errorf("similar to no story: exit %d %s", code, stderr)
	}
	// Two stories linked in one storyline, then one taken out again.
	other := rows[0].ID
	if other == flood {
		other = rows[1].ID
	}
	code, out, stderr = crosscheck(t, "", "link", "--to", flood, other, "no-such-story")
	if code != 1 || !strings.Contains(out, "stories linked to storyline "+flood+": 1") ||
		!strings.Contains(stderr, "no-such-story: no story with this ID is stored") {
		t.Errorf("link: exit %d %s %s", code, out, stderr)
	}
	if code, out, _ = crosscheck(t, "", "stories", "--json"); strings.Count(out, `"storyline":"`+flood+`"`) != 2 {
		t.Errorf("stories after link: %s", out)
	}
	code, out, stderr = crosscheck(t, "", "unlink", "--json", other)
	var linked pipeline.Linked
	if err := json.Unmarshal([]byte(out), &linked); code != 0 || err != nil || !slices.Equal(linked.Stories, []string{other}) {
		t.Errorf("unlink: exit %d %v %s %s", code, err, out, stderr)
	}
	if code, _, stderr := crosscheck(t, "", "unlink", other); code != 1 || !strings.Contains(stderr, "only story of its storyline") {
		t.Errorf("unlink again: exit %d %s", code, stderr)
	}
	if code, _, stderr := crosscheck(t, "", "link", other); code != 2 || !strings.Contains(stderr, "--to STORY") {
		t.Errorf("link to nothing: exit %d %s", code, stderr)
	}
	// An unknown ID is named and fails the command; the rest are removed.
	code, out, stderr = crosscheck(t, "", "remove", "tarvik-marathon", "no-such-article")
	if code != 1 || !strings.Contains(out, "articles removed: 1; stories rebuilt: 0, removed with their last article: 1") ||
		!strings.Contains(stderr, "no-such-article: no article with this ID is stored") {
		t.Errorf("remove: exit %d %s %s", code, out, stderr)
	}
	if code, out, _ = crosscheck(t, "", "stories", "--json"); code != 0 || strings.Count(out, `"id"`) != 4 {
		t.Errorf("stories after remove: %s", out)
	}
	code, out, stderr = crosscheck(t, "", "remove", "--story", rows[0].ID, "no-such-story")
	if code != 1 || !strings.Contains(out, "removed with their last article: 1") || !strings.Contains(stderr, "no-such-story: no story with this ID is stored") {
		t.Errorf("remove --story: exit %d %s %s", code, out, stderr)
	}
	if code, _, stderr := crosscheck(t, "", "show", rows[0].ID); code == 0 {
		t.Errorf("show a removed story: exit %d %s", code, stderr)
	}
	if code, _, stderr := crosscheck(t, "", "remove"); code != 2 || !strings.Contains(stderr, "give the IDs") {
		t.Errorf("remove nothing: exit %d %s", code, stderr)
	}
	// Every edit above, the latest first.
	code, out, stderr = crosscheck(t, "", "edits", "-n", "4")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 4 || !strings.HasSuffix(lines[0], "removed from story "+rows[0].ID) ||
		!strings.Contains(lines[3], "report tarvik-marathon removed from story") {
		t.Errorf("edits: exit %d %s %s", code, out, stderr)
	}
	code, out, _ = crosscheck(t, "", "edits", "--json")
	var edits []store.Edit
	if err := json.Unmarshal([]byte(out), &edits); code != 0 || err != nil || len(edits) < 5 || edits[len(edits)-1].Action != "move" {
		t.Errorf("edits --json: exit %d %v %.500s", code, err, out)
	}
	if code, _, stderr := crosscheck(t, "", "edits", "extra"); code != 2 || !strings.Contains(stderr, "no arguments") {
		t.Errorf("edits with an argument: exit %d %s", code, stderr)
	}
}

// An export read back into a new store gives the same stories, an
// editor's move made again.
func TestExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "sample")
	if err := sample.WriteTo(src); err != nil {
		t.Fatal(err)
	}
	first, second := filepath.Join(dir, "first.db"), filepath.Join(dir, "second.db")
	if code, _, stderr := crosscheck(t, "", "ingest", "--db", first, src); code != 0 {
		t.Fatalf("ingest: exit %d %s", code, stderr)
	}
	if code, _, stderr := crosscheck(t, "", "move", "--db", first, "--new", "river-valley-news"); code != 0 {
		t.Fatalf("move: exit %d %s", code, stderr)
	}
	code, out, stderr := crosscheck(t, "", "export", "--db", first)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 14 || !strings.HasPrefix(lines[13], `{"edit":{"at":`) {
		t.Fatalf("export: exit %d, %d lines, %s", code, len(lines), stderr)
	}
	var copies int
	for _, l := range lines[:13] {
		var e pipeline.Exported
		if err := json.Unmarshal([]byte(l), &e); err != nil || e.ID == "" || e.Story == "" || e.Text == "" {
			t.Errorf("export line %v: %.200s", err, l)
		}
		if e.CopyOf != "" {
			copies++
		}
	}
	if copies == 0 {
		t.Error("the sample's copy is not marked in the export")
	}
	file := filepath.Join(dir, "export.jsonl")
	if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, stderr := crosscheck(t, "", "ingest", "--db", second, file); code != 0 || !strings.Contains(out, "13 added, 0 already stored, 0 not read, 1 edit made again") {
		t.Fatalf("ingest the export: exit %d %s %s", code, out, stderr)
	}
	_, want, _ := crosscheck(t, "", "stories", "--json", "--db", first)
	if _, got, _ := crosscheck(t, "", "stories", "--json", "--db", second); got != want {
		t.Errorf("stories read back from the export:\n%s\nwant\n%s", got, want)
	}
	if code, _, stderr := crosscheck(t, "", "export", "--db", first, "extra"); code != 2 || !strings.Contains(stderr, "no arguments") {
		t.Errorf("export with an argument: exit %d %s", code, stderr)
	}
}

func containsAll(list []string, want ...string) bool {
	return len(intersect(list, want)) == len(want)
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
			}
		}
	}
	return out
}

func hasQuote(qs []model.Quote, speaker, words string) bool {
	for _, q := range qs {
		if strings.Contains(q.Speaker, speaker) && strings.Contains(strings.ToLower(q.Text), strings.ToLower(words)) {
			return true
		}
	}
	return false
}

// The optional rewrite: an endpoint that returns the brief as it was sent
// is faithful and kept; one that adds a number is refused and the
// extractive brief stands alone.
func TestAnalyzeRewrite(t *testing.T) {
	tests := []struct {
		name   string
		answer func(brief string) string
		kept   bool
	}{
		{"faithful", func(b string) string { return strings.ReplaceAll(b, "\n", " ") }, true},
		{"invented number", func(b string) string { return "Officials said 9,999 people were there. " + b }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				var req struct{ Messages []struct{ Content string } }
				json.NewDecoder(r.Body).Decode(&req)
				json.NewEncoder(w).Encode(map[string]any{"choices": []any{map[string]any{"message": map[string]string{"content": tt.answer(req.Messages[len(req.Messages)-1].Content)}}}})
			}))
			defer srv.Close()
			code, out, errOut := crosscheck(t, "", "analyze", "--json", "--sample", "--llm-url", srv.URL)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, st := range report(t, out).Stories {
				if (st.Rewrite != "") != tt.kept || len(st.Brief) == 0 {
					t.Errorf("story %s: rewrite %q, brief of %d lines", st.ID, st.Rewrite, len(st.Brief))
				}
			}
			if !tt.kept && !strings.Contains(errOut, "brief not rewritten") {
				t.Errorf("no warning on stderr: %s", errOut)
			}
		})
	}
}

// TestEvalFloors keeps the measured figures on the shared data sets from
// sliding back: each floor sits just under what this code reaches
// (BENCHMARKS.md), so a change that loses quality fails here.
func TestEvalFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the data set evaluations in -short mode")
	}
	tests := []struct {
		name, data string
		args       []string
		floors     map[string]float64 // JSON path (dot-separated) → minimum
	}{
		{"clusters", "data/multinews/test_sample250.jsonl", []string{"eval", "cluster", "--json"}, map[string]float64{"bcubed.f1": 0.855}},
		{"quotes", "data/quotes-ggt/ggt_eval98.jsonl", []string{"eval", "quotes", "--json"}, map[string]float64{"f1": 0.87, "speaker_accuracy": 0.90}},
		{"brief", "data/multinews/test_sample250.jsonl", []string{"eval", "brief", "--json"}, map[string]float64{"rouge1.f1": 45.5, "rouge2.f1": 14.8}},
		{"extract", "data/article-extraction-benchmark", []string{"eval", "extract", "--json"}, map[string]float64{"f1": 0.975}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := sharedDir(t, tt.data)
			code, out, errOut := crosscheck(t, "", append(tt.args, data)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var res map[string]any
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatal(err)
			}
			for path, floor := range tt.floors {
				var v any = res
				for _, k := range strings.Split(path, ".") {
					v = v.(map[string]any)[k]
				}
				if got, _ := v.(float64); got < floor {
					t.Errorf("%s = %.3f, below %.3f", path, got, floor)
				}
			}
		})
	}
}

// Web addresses are read through the polite fetcher; a server on the
// loopback address needs --allow-private.
func TestURLInput(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/news/harbour":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<html><head><title>Harbour plan approved</title><meta property="og:site_name" content="Coast Courier"></head><body><article>
<h1>Harbour plan approved</h1><p>The town council approved the harbour plan on Tuesday after a four-hour debate in the old hall.</p>
<p>"This is a good day for the town," Mayor Ruth Alder said after the vote, which passed by nine votes to four.</p></article></body></html>`)
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<rss version="2.0"><channel><title>x</title></channel></rss>`)
		}
	}))
	defer srv.Close()
	code, out, errOut := crosscheck(t, "", "extract", "--json", "--allow-private", srv.URL+"/news/harbour")
	if code != 0 || !strings.Contains(out, "four-hour debate") || !strings.Contains(out, `"url":"`+srv.URL+`/news/harbour"`) {
		t.Errorf("extract: exit %d, out %s, err %s", code, out, errOut)
	}
	code, _, errOut = crosscheck(t, "", "extract", srv.URL+"/news/harbour")
	if code == 0 || !strings.Contains(errOut, "private") {
		t.Errorf("without --allow-private: exit %d, err %s", code, errOut)
	}
	code, out, errOut = crosscheck(t, "", "analyze", "--json", "--allow-private", srv.URL+"/news/harbour", srv.URL+"/feed.xml")
	if r := report(t, out); code != 0 || len(r.Articles) != 1 || len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Error, "feed") {
		t.Errorf("analyze: exit %d, report %+v, err %s", code, r, errOut)
	}
}

// A user adds a site (its page announces the feed), watches it once, and
// finds the feed's articles in the store; a feed given to ingest is read
// item by item too.
func TestFeedsAndWatch(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		page := func(title, outlet, body string) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>%s</title><meta property="og:site_name" content="%s"></head><body><article><h1>%[1]s</h1>%s</article></body></html>`, title, outlet, body)
		}
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>Home</body></html>`)
		case "/rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Coast news</title>
<item><link>%[1]s/a</link><pubDate>Tue, 03 Mar 2026 09:30:00 GMT</pubDate></item>
<item><link>%[1]s/b</link><source url="https://herald.example/rss">Bay Herald</source></item>
<item><link>%[1]s/missing</link></item></channel></rss>`, "http://"+r.Host)
		case "/broken":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<rss version="2.0"><channel><title>Cut off</title><item><title>Half`)
		case "/a":
			page("Harbour plan approved", "Coast Courier", `<p>The town council approved the harbour plan on Tuesday after a four-hour debate in the old hall.</p><p>"This is a good day for the town," Mayor Ruth Alder said after the vote, which passed by nine votes to four.</p>`)
		case "/b":
			page("Council backs harbour plan", "Wire copy", `<p>The council of the town backed the harbour plan on Tuesday after a debate of three hours in the old hall.</p><p>Mayor Ruth Alder called it "a good day for the town" after the vote passed by nine votes to four.</p>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "w.db")

	code, out, errOut := crosscheck(t, "", "feeds", "add", "--db", db, "--allow-private", "--interval", "1m", srv.URL+"/", srv.URL+"/missing", srv.URL+"/broken")
	if code != 1 || !strings.Contains(out, "added "+srv.URL+"/rss (Coast news, 3 items)") || !strings.Contains(errOut, "/missing: ") ||
		!strings.Contains(errOut, "/broken: malformed feed") {
		t.Errorf("feeds add: exit %d, out %q, err %q", code, out, errOut)
	}
	if code, out, _ = crosscheck(t, "", "feeds", "add", "--db", db, "--allow-private", srv.URL+"/rss"); code != 0 || !strings.Contains(out, "already watched") {
		t.Errorf("feeds add again: exit %d, out %q", code, out)
	}
	code, _, errOut = crosscheck(t, "", "watch", "--db", db, "--once", "--allow-private")
	if code != 0 || !strings.Contains(errOut, "added=2") || !strings.Contains(errOut, "item not read") {
		t.Errorf("watch --once: exit %d, log %s", code, errOut)
	}
	_, out, _ = crosscheck(t, "", "stories", "--db", db, "--json")
	var stories []struct{ Articles int }
	if err := json.Unmarshal([]byte(out), &stories); err != nil || len(stories) != 1 || stories[0].Articles != 2 {
		t.Errorf("after watch: stories %s (%v)", out, err)
	}
	code, out, _ = crosscheck(t, "", "feeds", "list", "--db", db)
	if code != 0 || !strings.Contains(out, "Coast news") || !strings.Contains(out, "1m0s   2 ") {
		t.Errorf("feeds list: exit %d, out %q", code, out)
	}
	// A second watch finds nothing new until the interval is over.
	if code, _, errOut = crosscheck(t, "", "watch", "--db", db, "--once", "--allow-private"); code != 0 || strings.Contains(errOut, "feed read") {
		t.Errorf("second watch --once: exit %d, log %s", code, errOut)
	}

	code, out, _ = crosscheck(t, "", "analyze", "--json", "--allow-private", srv.URL+"/rss")
	if r := report(t, out); code != 0 || len(r.Articles) != 2 || len(r.Errors) != 1 || r.Articles[1].Outlet != "Bay Herald" ||
		r.Articles[0].Published == nil {
		t.Errorf("analyze a feed: exit %d, report %+v", code, r)
	}
}

// Real news pages from the extraction benchmark, served gzip-compressed as
// a news site would, read through the fetcher exactly as from files.
func TestRealPagesOverHTTP(t *testing.T) {
	dir := filepath.Join(sharedDir(t, "data/article-extraction-benchmark"), "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(names) < 8 {
		t.Fatalf("benchmark pages: %d, %v", len(names), err)
	}
	names = names[:8]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := filepath.Join(dir, filepath.Base(r.URL.Path)+".html.gz")
		gz, err := os.ReadFile(name)
		if err != nil || !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gz)
	}))
	defer srv.Close()
	tmp := t.TempDir()
	var urls, files []string
	for _, n := range names {
		base := strings.TrimSuffix(filepath.Base(n), ".html.gz")
		urls = append(urls, srv.URL+"/"+base)
		f, err := os.Open(n)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.Join(tmp, base+".html"))
		if err := os.WriteFile(files[len(files)-1], data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	texts := func(args ...string) []string {
		t.Helper()
		code, out, errOut := crosscheck(t, "", append([]string{"extract", "--json", "--allow-private"}, args...)...)
		if code != 0 {
			t.Fatalf("extract: exit %d: %s", code, errOut)
		}
		var got []string
		dec := json.NewDecoder(strings.NewReader(out))
		for dec.More() {
			var p struct{ Title, Text string }
			if err := dec.Decode(&p); err != nil {
				t.Fatal(err)
			}
			got = append(got, p.Title+"\n"+p.Text)
		}
		return got
	}
	fromWeb, fromFiles := texts(urls...), texts(files...)
	if len(fromWeb) != len(names) || len(fromFiles) != len(names) {
		t.Fatalf("%d pages from the web, %d from files; want %d", len(fromWeb), len(fromFiles), len(names))
	}
	for i := range fromWeb {
		if fromWeb[i] != fromFiles[i] || len(fromWeb[i]) < 200 {
			t.Errorf("%s: the page read over HTTP differs from the file (%d and %d bytes)", names[i], len(fromWeb[i]), len(fromFiles[i]))
		}
	}
}

// extract prints a directory's pages in its order, however many there are
// (they are extracted in chunks, and printed as each is done); a bad file
// among them is reported and the rest go on.
func TestExtractManyInOrder(t *testing.T) {
	dir := t.TempDir()
	const n = 600
	for i := range n {
		body := fmt.Sprintf("Harbour report number %d\nThe council of Lundgate met for the %dth time to approve the harbour plan.", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "0300a.txt"), nil, 0o644) // empty: reported
	code, out, errOut := crosscheck(t, "", "extract", "--json", dir)
	if code != 0 || !strings.Contains(errOut, "0300a.txt") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	for i := 0; dec.More(); i++ {
		var p struct{ Source, Title string }
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("%04d.txt", i); filepath.Base(p.Source) != want || p.Title != fmt.Sprintf("Harbour report number %d", i) {
			t.Fatalf("page %d is %s (%q), want %s", i, p.Source, p.Title, want)
		}
		if i == n-1 && dec.More() {
			t.Fatal("more pages printed than read")
		}
	}
	if got := strings.Count(out, "\n"); got != n {
		t.Errorf("%d pages printed, want %d", got, n)
	}
}

// serve --sample shows the sample's stories at the address it prints, and
// stops cleanly when interrupted (serveSample checks the exit).
func TestServeSample(t *testing.T) {
	addr := serveSample(t)
	resp, err := http.Get(addr)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "met in Lundgate") {
		t.Errorf("GET /: %d %.300s", resp.StatusCode, body)
	}
}

// Feeds added together are fetched from their hosts side by side.
func TestFeedsAddSideBySide(t *testing.T) {
	quickServed := make(chan struct{})
	rss := func(w http.ResponseWriter, title string) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>%s</title></channel></rss>`, title)
	}
	quick := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/rss" {
			http.NotFound(w, r)
			return
		}
		rss(w, "Quick")
		select {
		case <-quickServed:
		default:
			close(quickServed)
		}
	}))
	defer quick.Close()
	overlapped := make(chan bool, 1)
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/rss" {
			http.NotFound(w, r)
			return
		}
		select { // waits for the other host, or three seconds
		case <-quickServed:
			overlapped <- true
		case <-time.After(3 * time.Second):
			overlapped <- false
		}
		rss(w, "Slow")
	}))
	defer slow.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	code, out, errOut := crosscheck(t, "", "feeds", "add", "--db", db, "--allow-private", slow.URL+"/rss", quick.URL+"/rss")
	if code != 0 || !<-overlapped {
		t.Errorf("feeds add: exit %d, out %q, err %q; the slow host's feed waited for the quick one's", code, out, errOut)
	}
	if want := "added " + slow.URL + "/rss (Slow, 0 items)\nadded " + quick.URL + "/rss (Quick, 0 items)\n"; out != want {
		t.Errorf("feeds add printed %q, want %q (in the order given)", out, want)
	}
}

// show given a story merged into another shows that one, and says so.
func TestShowMergedStory(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cc.db")
	data, err := os.ReadFile(filepath.Join("..", "..", "internal", "pipeline", "testdata", "split-event.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var first, bridge []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.Contains(line, `"id": "both-c"`) {
			bridge = append(bridge, line)
		} else {
			first = append(first, line)
		}
	}
	ids := func() map[string]bool {
		_, out, _ := crosscheck(t, "", "stories", "--db", db, "--json")
		var rows []struct{ ID string }
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatalf("stories: %v %s", err, out)
		}
		set := map[string]bool{}
		for _, r := range rows {
			set[r.ID] = true
		}
		return set
	}
	for i, lines := range [][]string{first, bridge} {
		path := filepath.Join(dir, fmt.Sprintf("part%d.jsonl", i))
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		var before map[string]bool
		if i > 0 {
			before = ids()
		}
		if code, out, stderr := crosscheck(t, "", "ingest", "--db", db, path); code != 0 {
			t.Fatalf("ingest %s: exit %d %s %s", path, code, out, stderr)
		}
		for id := range before {
			if ids()[id] {
				continue
			}
			code, out, stderr := crosscheck(t, "", "show", "--db", db, id)
			if code != 0 || !strings.Contains(stderr, "story "+id+" was merged into") || !strings.Contains(out, "Kestrel") {
				t.Errorf("show %s: exit %d %s %s", id, code, out, stderr)
			}
			return
		}
	}
	t.Fatalf("no story was merged: %v", ids())
}
