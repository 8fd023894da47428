// Package eval measures crosscheck against labelled data sets.
package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/ingest"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// Labelled is a document with the gold cluster it belongs to.
type Labelled struct {
	Doc     extract.Doc
	Cluster string
}

// LoadClusters reads a clustering data set, recognising three formats:
// Multi-News lines ({"id", "documents": [...]}: the line is the cluster),
// the Miranda et al. 2018 benchmark (a JSON array of {id, title, text,
// lang, date, cluster}), and JSON Lines with a "cluster" field, each
// perhaps gzip-compressed. lang, when not empty, keeps only documents in
// that language.
func LoadClusters(path, lang string) ([]Labelled, error) {
	data, err := readData(path)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(bytes.TrimSpace(data), []byte("[")) {
		return miranda(data, lang)
	}
	var out []Labelled
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var row struct {
			ID        string          `json:"id"`
			Documents []string        `json:"documents"`
			Cluster   json.RawMessage `json:"cluster"`
			ingest.Record
		}
		if err := json.Unmarshal(line, &row); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		switch {
		case row.Documents != nil:
			for k, text := range row.Documents {
				out = append(out, Labelled{Doc: extract.Doc{ID: fmt.Sprintf("%s-%d", row.ID, k), Source: path, Text: text}, Cluster: row.ID})
			}
		case row.Cluster != nil:
			d := extract.Doc{ID: row.ID, Source: path, URL: row.URL, Outlet: row.Outlet, Title: row.Title, Text: row.Text, HTML: row.HTML}
			if d.ID == "" {
				d.ID = fmt.Sprintf("line-%d", n)
			}
			if row.Published != "" {
				if t, err := ingest.ParseTime(row.Published); err == nil {
					d.Published = &t
				}
			}
			out = append(out, Labelled{Doc: d, Cluster: string(bytes.Trim(row.Cluster, `"`))})
		default:
			return nil, fmt.Errorf("%s:%d: neither \"documents\" nor \"cluster\"", path, n)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errors.New("no labelled documents")
	}
	return out, nil
}

// miranda reads the Miranda et al. 2018 benchmark format.
func miranda(data []byte, lang string) ([]Labelled, error) {
	var rows []struct {
		ID      json.RawMessage `json:"id"`
		Title   string          `json:"title"`
		Text    string          `json:"text"`
		Lang    string          `json:"lang"`
		Date    string          `json:"date"`
		Cluster json.RawMessage `json:"cluster"`
	}
	if err := json.Unmarshal(data, &rows); err != nil {
		return nil, fmt.Errorf("benchmark JSON: %w", err)
	}
	var out []Labelled
	for _, r := range rows {
		if lang != "" && r.Lang != lang {
			continue
		}
		d := extract.Doc{ID: string(bytes.Trim(r.ID, `"`)), Title: r.Title, Text: r.Text}
		if t, err := ingest.ParseTime(r.Date); err == nil {
			d.Published = &t
		}
		out = append(out, Labelled{Doc: d, Cluster: string(bytes.Trim(r.Cluster, `"`))})
	}
	return out, nil
}

// ClusterResult is how a clustering compares with the gold one.
type ClusterResult struct {
	Documents      int            `json:"documents"`
	Unread         int            `json:"unread"` // documents with no article text: scored as singletons
	GoldClusters   int            `json:"gold_clusters"`
	Stories        int            `json:"stories"`
	BCubed         cluster.Scores `json:"bcubed"`
	Pairwise       cluster.Scores `json:"pairwise"`
	Seconds        float64        `json:"seconds"`
	ArticlesPerSec float64        `json:"articles_per_second"`
	Similar        SimilarResult  `json:"similar"`
}

// SimilarResult says how well a story's similar stories lead an editor to
// the rest of its event: of the stories whose gold event is split into
// stories of other storylines (those of its own are on its page), how
// many have another part among the first five.
type SimilarResult struct {
	Split   int `json:"split"`
	InFirst int `json:"in_first"`
	InFive  int `json:"in_five"`
}

// Cluster runs the pipeline on the documents, as `analyze` does, and scores
// the stories it makes against the gold clusters.
func Cluster(ctx context.Context, docs []Labelled) (ClusterResult, error) {
	var res ClusterResult
	gold := map[string]string{}
	in := make([]extract.Doc, len(docs))
	for i, l := range docs {
		in[i] = l.Doc
		gold[l.Doc.ID] = l.Cluster
	}
	var stories []model.Story
	err := withStore(ctx, func(s *store.DB) error {
		start := time.Now()
		var err error
		if stories, err = ingestDocs(ctx, s, in); err != nil {
			return err
		}
		res.Seconds = time.Since(start).Seconds()
		res.Similar, err = similarFound(ctx, s, stories, gold)
		return err
	})
	if err != nil {
		return res, err
	}
	pred := map[string]string{}
	for _, st := range stories {
		for _, id := range st.Articles {
			pred[id] = st.ID
		}
	}
	golds := map[string]bool{}
	for id, g := range gold {
		golds[g] = true
		if _, ok := pred[id]; !ok {
			res.Unread++
		}
	}
	res.Documents, res.GoldClusters, res.Stories = len(docs), len(golds), len(stories)+res.Unread
	res.BCubed, res.Pairwise = cluster.BCubed(pred, gold), cluster.Pairwise(pred, gold)
	if res.Seconds > 0 {
		res.ArticlesPerSec = float64(len(docs)) / res.Seconds
	}
	return res, nil
}

// run puts the documents through the pipeline into a temporary store, as
// `analyze` does, and returns the stories made.
func run(ctx context.Context, docs []extract.Doc) (stories []model.Story, err error) {
	err = withStore(ctx, func(s *store.DB) error {
		stories, err = ingestDocs(ctx, s, docs)
		return err
	})
	return stories, err
}

func ingestDocs(ctx context.Context, s *store.DB, docs []extract.Doc) ([]model.Story, error) {
	if _, err := pipeline.IngestDocs(ctx, s, docs, pipeline.Options{}); err != nil {
		return nil, err
	}
	return s.Stories(ctx)
}

// withStore calls fn with a new store in a temporary directory, removed
// after.
func withStore(ctx context.Context, fn func(*store.DB) error) error {
	tmp, err := os.MkdirTemp("", "crosscheck-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	s, err := store.Open(ctx, filepath.Join(tmp, "eval.db"))
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(s)
}

// similarFound measures SimilarResult. A story's gold event is the one
// most of its articles are of.
func similarFound(ctx context.Context, s *store.DB, stories []model.Story, gold map[string]string) (SimilarResult, error) {
	var res SimilarResult
	event := map[string]string{}         // story → gold event
	lines := map[string]map[string]int{} // gold event → storylines → stories
	for _, st := range stories {
		n := map[string]int{}
		for _, id := range st.Articles {
			if n[gold[id]]++; event[st.ID] == "" || n[gold[id]] > n[event[st.ID]] {
				event[st.ID] = gold[id]
			}
		}
		e := event[st.ID]
		if lines[e] == nil {
			lines[e] = map[string]int{}
		}
		lines[e][st.Storyline]++
	}
	for _, st := range stories {
		e := event[st.ID]
		byLine := lines[e]
		if len(byLine) < 2 || byLine[st.Storyline] > 1 {
			continue // not split, or with another part in its own storyline
		}
		res.Split++
		list, err := s.SimilarStories(ctx, st.ID, 5)
		if err != nil {
			return res, err
		}
		for i, o := range list {
			if event[o.ID] == e {
				if i == 0 {
					res.InFirst++
				}
				res.InFive++
				break
			}
		}
	}
	return res, nil
}
