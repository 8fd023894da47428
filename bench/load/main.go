// Command load puts a running `crosscheck serve` under read load and prints
// latency percentiles per kind of request: story pages, the API's story,
// list and article calls, and searches.
//
//	crosscheck serve --db /tmp/scale-100k.db --addr 127.0.0.1:8080 &
//	go run ./bench/load -addr http://127.0.0.1:8080 -c 8 -d 30s
//
// It first reads up to -stories story IDs (and one article of each) through
// the API, then each of -c workers sends requests back to back, picking a
// kind and a story at random.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"sort"
	"sync"
	"text/tabwriter"
	"time"
)

func main() {
	addr := flag.String("addr", "http://127.0.0.1:8080", "the server")
	conc := flag.Int("c", 8, "concurrent workers")
	dur := flag.Duration("d", 30*time.Second, "how long to load")
	nStories := flag.Int("stories", 2000, "how many stories to draw requests from")
	flag.Parse()

	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *conc}}
	stories, articles, words := sample(client, *addr, *nStories)
	if len(stories) == 0 {
		log.Fatal("the server has no stories")
	}
	kinds := []struct {
		name string
		path func(r *rand.Rand) string
	}{
		{"page /stories/{id}", func(r *rand.Rand) string { return "/stories/" + url.PathEscape(stories[r.IntN(len(stories))]) }},
		{"api /api/v1/stories/{id}", func(r *rand.Rand) string {
			return "/api/v1/stories/" + url.PathEscape(stories[r.IntN(len(stories))])
		}},
		{"api /api/v1/articles/{id}", func(r *rand.Rand) string {
			return "/api/v1/articles/" + url.PathEscape(articles[r.IntN(len(articles))])
		}},
		{"api /api/v1/stories?offset=", func(r *rand.Rand) string {
			return fmt.Sprintf("/api/v1/stories?limit=50&offset=%d", 50*r.IntN(max(1, len(stories)/50)))
		}},
		{"page /?q= (search)", func(r *rand.Rand) string { return "/?q=" + url.QueryEscape(words[r.IntN(len(words))]) }},
		{"page / (front page)", func(*rand.Rand) string { return "/" }},
	}

	var mu sync.Mutex
	lat := make([][]time.Duration, len(kinds))
	errs := make([]int, len(kinds))
	deadline := time.Now().Add(*dur)
	var wg sync.WaitGroup
	for w := range *conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 7))
			for time.Now().Before(deadline) {
				k := r.IntN(len(kinds))
				start := time.Now()
				ok := get(client, *addr+kinds[k].path(r))
				d := time.Since(start)
				mu.Lock()
				lat[k] = append(lat[k], d)
				if !ok {
					errs[k]++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()

	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "request\tn\terrors\tp50 ms\tp95 ms\tp99 ms\tmax ms\t\n")
	var all []time.Duration
	for k, kind := range kinds {
		all = append(all, lat[k]...)
		row(tw, kind.name, lat[k], errs[k])
	}
	row(tw, "all", all, 0)
	tw.Flush()
	fmt.Printf("%d workers, %s, %.0f requests/s\n", *conc, *dur, float64(len(all))/dur.Seconds())
}

func row(w io.Writer, name string, d []time.Duration, errs int) {
	if len(d) == 0 {
		return
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	p := func(q float64) float64 {
		return float64(d[min(len(d)-1, int(q*float64(len(d))))].Microseconds()) / 1000
	}
	fmt.Fprintf(w, "%s\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t\n", name, len(d), errs, p(0.5), p(0.95), p(0.99), p(1))
}

func get(c *http.Client, u string) bool {
	resp, err := c.Get(u)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	return resp.StatusCode == http.StatusOK
}

// sample reads story IDs page by page, an article of each from a few, and
// title words to search for.
func sample(c *http.Client, addr string, n int) (stories, articles, words []string) {
	for offset := 0; len(stories) < n; offset += 200 {
		var page struct {
			Stories []struct{ ID, Title string } `json:"stories"`
		}
		if err := getJSON(c, fmt.Sprintf("%s/api/v1/stories?limit=200&offset=%d", addr, offset), &page); err != nil {
			log.Fatal(err)
		}
		for _, st := range page.Stories {
			stories = append(stories, st.ID)
			if w := longestWord(st.Title); w != "" && len(words) < 200 && !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
		if len(page.Stories) < 200 {
			break
		}
	}
	for i := 0; i < len(stories) && len(articles) < 200; i += max(1, len(stories)/200) {
		var st struct{ Articles []string }
		if err := getJSON(c, addr+"/api/v1/stories/"+url.PathEscape(stories[i]), &st); err != nil {
			log.Fatal(err)
		}
		articles = append(articles, st.Articles...)
	}
	if len(words) == 0 {
		words = []string{"news"}
	}
	return stories, articles, words
}

func getJSON(c *http.Client, u string, v any) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

func longestWord(s string) string {
	best := ""
	word := []rune{}
	flush := func() {
		if len(word) > len([]rune(best)) {
			best = string(word)
		}
		word = word[:0]
	}
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			word = append(word, r)
		} else {
			flush()
		}
	}
	flush()
	return best
}
