package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestLoadClusters(t *testing.T) {
	tests := []struct {
		name, data, lang string
		want             []string // "id:cluster"
	}{
		{"multi-news lines", `{"id":"c1","documents":["a","b"],"summary":"s"}` + "\n" + `{"id":"c2","documents":["c"]}`, "",
			[]string{"c1-0:c1", "c1-1:c1", "c2-0:c2"}},
		{"benchmark array, one language", `[{"id":1,"title":"T","text":"x","lang":"en","date":"2016-01-02 10:00:00","cluster":7},
			{"id":2,"text":"y","lang":"de","cluster":8}]`, "en", []string{"1:7"}},
		{"lines with a cluster field", `{"id":"a","text":"x","cluster":"k"}` + "\n" + `{"text":"y","cluster":3}`, "",
			[]string{"a:k", "line-2:3"}},
	}
	for _, tt := range tests {
		// Each read as it is and gzip-compressed, as data sets are shipped.
		var z bytes.Buffer
		w := gzip.NewWriter(&z)
		w.Write([]byte(tt.data))
		w.Close()
		for name, data := range map[string][]byte{"d.json": []byte(tt.data), "d.json.gz": z.Bytes()} {
			t.Run(tt.name+" "+name, func(t *testing.T) {
				p := filepath.Join(t.TempDir(), name)
				os.WriteFile(p, data, 0o644)
				docs, err := LoadClusters(p, tt.lang)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, d := range docs {
					got = append(got, d.Doc.ID+":"+d.Cluster)
				}
				if len(got) != len(tt.want) {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
				for i := range got {
					if got[i] != tt.want[i] {
						t.Errorf("got %v, want %v", got, tt.want)
					}
				}
			})
		}
	}
	p := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(p, []byte(`{"id":"a","text":"no label"}`), 0o644)
	if _, err := LoadClusters(p, ""); err == nil {
		t.Error("want an error for lines without labels")
	}
}

func TestCluster(t *testing.T) {
	flood := "The River Wend flooded the town of Pellham on Sunday night and residents of the lower town were evacuated by boat, officials said."
	deal := "Corvid Robotics agreed to buy the machine vision start-up Tessellate Labs for $420 million, the companies said on Tuesday."
	docs := []Labelled{}
	for i, d := range []struct{ text, cluster string }{{flood, "f"}, {flood + " The mayor spoke.", "f"}, {deal, "d"}, {deal + " Shares rose.", "d"}} {
		l := Labelled{Cluster: d.cluster}
		l.Doc.ID, l.Doc.Text = string(rune('a'+i)), d.text
		docs = append(docs, l)
	}
	r, err := Cluster(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if r.BCubed.F1 != 1 || r.Pairwise.F1 != 1 || r.Stories != 2 || r.GoldClusters != 2 || r.Documents != 4 {
		t.Errorf("result = %+v", r)
	}
	if r.Similar != (SimilarResult{}) {
		t.Errorf("similar stories of no split event: %+v", r.Similar)
	}

	// A report of the flood in other words is a story of its own; the
	// flood's first story is the one most like it, and it the flood's.
	l := Labelled{Cluster: "f"}
	l.Doc.ID, l.Doc.Text = "e", "Volunteers filled sandbags through the night as water rose past the old Pellham bridge. Volunteers said they had never seen it so high, and a bakery opened its doors to them."
	r, err = Cluster(context.Background(), append(docs, l))
	if err != nil {
		t.Fatal(err)
	}
	if r.Stories != 3 || r.Similar != (SimilarResult{Split: 2, InFirst: 2, InFive: 2}) {
		t.Errorf("one event split in two: %d stories, similar %+v", r.Stories, r.Similar)
	}
}
