// Command feeds serves news feeds for measuring `crosscheck watch`: one RSS
// feed per loopback host (127.0.0.2, 127.0.0.3, …), each listing -items
// pages made from the next articles of a JSON Lines corpus (such as
// bench/gencorpus writes). The fetcher spaces its requests to one host, so
// each feed's pages are on a host of their own, as a publisher's are.
// 127.0.0.1 serves an aggregator's feed, listing every host's items.
//
//	go run ./bench/feeds -corpus corpus.jsonl -hosts 20 -items 10 -port 8977 > feeds.txt &
//	crosscheck feeds add --db w.db --allow-private $(cat feeds.txt)
//	time crosscheck watch --once --db w.db --allow-private
//	time crosscheck ingest --db a.db --allow-private http://127.0.0.1:8977/feed.xml
//
// It prints the feeds' addresses, one a line, once it listens.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"log"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

type article struct {
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func main() {
	corpus := flag.String("corpus", "", "a JSON Lines file of articles (title, published, text)")
	hosts := flag.Int("hosts", 20, "feeds, one per host")
	items := flag.Int("items", 10, "items per feed")
	port := flag.Int("port", 8977, "the port every host listens on")
	flag.Parse()
	arts, err := read(*corpus, *hosts**items)
	if err != nil {
		log.Fatal(err)
	}
	ln, err := net.Listen("tcp", fmt.Sprintf("0.0.0.0:%d", *port))
	if err != nil {
		log.Fatal(err)
	}
	for h := range *hosts {
		fmt.Printf("http://127.0.0.%d:%d/feed.xml\n", h+2, *port)
	}
	os.Stdout.Close()
	log.Fatal(http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, _ := net.SplitHostPort(r.Host)
		h, err := strconv.Atoi(host[strings.LastIndexByte(host, '.')+1:])
		if err != nil || h < 1 || h-2 >= *hosts {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Outlet %d</title><link>http://%s/</link>`, h, r.Host)
			for k := *hosts**items - 1; k >= 0; k-- { // newest first
				if h != 1 && k/(*items) != h-2 {
					continue // the aggregator lists every host's
				}
				link := fmt.Sprintf("http://127.0.0.%d:%d/a/%d.html", k/(*items)+2, *port, k%*items)
				pub, _ := time.Parse(time.RFC3339, arts[k].Published)
				fmt.Fprintf(w, "<item><title>%s</title><link>%s</link><guid>%[2]s</guid><pubDate>%s</pubDate></item>",
					html.EscapeString(arts[k].Title), link, pub.Format(time.RFC1123Z))
			}
			fmt.Fprint(w, "</channel></rss>")
			return
		}
		mine := arts[(h-2)**items : (h-1)**items]
		i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/a/"), ".html"))
		if err != nil || h < 2 || i < 0 || i >= len(mine) {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>%s</title></head><body><article><h1>%[1]s</h1>", html.EscapeString(mine[i].Title))
		for _, p := range strings.Split(mine[i].Text, "\n") {
			if strings.TrimSpace(p) != "" {
				fmt.Fprintf(w, "<p>%s</p>\n", html.EscapeString(p))
			}
		}
		fmt.Fprint(w, "</article></body></html>")
	})))
}

// read returns the first n articles of the corpus.
func read(path string, n int) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var arts []article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for len(arts) < n && sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		arts = append(arts, a)
	}
	if len(arts) < n {
		return nil, fmt.Errorf("%s: %d articles, want %d", path, len(arts), n)
	}
	return arts, sc.Err()
}
