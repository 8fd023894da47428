// Command gencorpus writes a large news corpus for scale benchmarks, made at
// run time from the real articles of the Multi-News sample in ../shared: each
// generated event takes one real cluster, gets a date, and is reported by one
// to five perturbed copies of its articles (sentences dropped and swapped,
// numbers changed) published over the following two days. Events follow one
// another at a steady rate, so the corpus spans time as a feed does.
//
//	go run ./bench/gencorpus -n 100000 -out /tmp/corpus-100k.jsonl
//
// Each line is {"id","outlet","published","text","cluster"}: crosscheck reads
// it with `ingest` or `analyze`, and `eval cluster` scores it.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	src := flag.String("src", "../shared/data/multinews/test_sample250.jsonl", "Multi-News JSON Lines to draw articles from")
	out := flag.String("out", "", "output file (default standard output)")
	perDay := flag.Int("per-day", 300, "articles published per day")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same corpus")
	flag.Parse()

	clusters, err := load(*src)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		w = bufio.NewWriterSize(f, 1<<20)
	}
	defer w.Flush()

	rng := rand.New(rand.NewPCG(*seed, 0))
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	enc := json.NewEncoder(w)
	for i, event := 0, 0; i < *n; event++ {
		c := clusters[rng.IntN(len(clusters))]
		at := start.Add(time.Duration(float64(i) / float64(*perDay) * float64(24*time.Hour)))
		for k := 0; k < 1+rng.IntN(5) && i < *n; k, i = k+1, i+1 {
			published := at.Add(time.Duration(rng.IntN(48*60)) * time.Minute)
			rec := map[string]string{
				"id":        fmt.Sprintf("g%07d", i),
				"outlet":    fmt.Sprintf("Outlet %d", rng.IntN(60)),
				"published": published.Format(time.RFC3339),
				"text":      perturb(rng, c.docs[rng.IntN(len(c.docs))]),
				"cluster":   fmt.Sprintf("%s@%d", c.id, event),
			}
			if err := enc.Encode(rec); err != nil {
				log.Fatal(err)
			}
		}
	}
}

type cluster struct {
	id   string
	docs []string
}

// load reads the real clusters, leaving out documents too short to be articles.
func load(path string) ([]cluster, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w (gencorpus draws on the shared data sets)", err)
	}
	defer f.Close()
	var out []cluster
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var row struct {
			ID        string   `json:"id"`
			Documents []string `json:"documents"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, err
		}
		c := cluster{id: row.ID}
		for _, d := range row.Documents {
			if len(strings.Fields(d)) >= 80 {
				c.docs = append(c.docs, d)
			}
		}
		if len(c.docs) > 0 {
			out = append(out, c)
		}
	}
	return out, sc.Err()
}

var (
	sentenceEnd = regexp.MustCompile(`([.!?]["']?)\s+`)
	number      = regexp.MustCompile(`\b\d+\b`)
)

// perturb rewrites an article as another outlet's copy might differ: a
// fifth of its sentences dropped, some neighbours swapped, numbers changed.
func perturb(rng *rand.Rand, doc string) string {
	sents := strings.Split(sentenceEnd.ReplaceAllString(doc, "$1\x00"), "\x00")
	var kept []string
	for _, s := range sents {
		if rng.Float64() >= 0.2 {
			kept = append(kept, strings.TrimSpace(s))
		}
	}
	if len(kept) == 0 {
		kept = sents[:1]
	}
	for i := 1; i < len(kept); i++ {
		if rng.Float64() < 0.15 {
			kept[i-1], kept[i] = kept[i], kept[i-1]
		}
	}
	text := strings.Join(kept, " ")
	return number.ReplaceAllStringFunc(text, func(s string) string {
		if rng.Float64() < 0.3 {
			v, _ := strconv.Atoi(s)
			return strconv.Itoa(v + rng.IntN(5) + 1)
		}
		return s
	})
}
