package fetch

import (
	"net/url"
	"sync"
)

// Lanes is how many hosts ByHost fetches from at once.
const Lanes = 16

// ByHost calls fn(0..n-1), where call i fetches the address urlOf(i): the
// calls for one host in order, and at most Lanes hosts at a time. A Fetcher
// spaces each host's requests anyway, so one host's pages wait in one lane
// while other hosts' are fetched.
func ByHost(n int, urlOf func(i int) string, fn func(i int)) {
	var hosts []string
	calls := map[string][]int{}
	for i := range n {
		h := hostOf(urlOf(i))
		if _, ok := calls[h]; !ok {
			hosts = append(hosts, h)
		}
		calls[h] = append(calls[h], i)
	}
	next := make(chan []int)
	var wg sync.WaitGroup
	for range min(len(hosts), Lanes) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for list := range next {
				for _, i := range list {
					fn(i)
				}
			}
		}()
	}
	for _, h := range hosts {
		next <- calls[h]
	}
	close(next)
	wg.Wait()
}

// hostOf returns an address's host, or "" for what is no address.
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Host
}
