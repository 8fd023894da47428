package fetch

import (
	"fmt"
	"sync"
	"testing"
)

// ByHost makes every call once, one host's in order, whatever the mix.
func TestByHost(t *testing.T) {
	tests := []struct {
		name string
		urls []string
	}{
		{"none", nil},
		{"one host", []string{"https://a.example/1", "https://a.example/2", "https://a.example/3"}},
		{"hosts mixed", []string{"https://a.example/1", "https://b.example/1", "https://a.example/2", "http://b.example:8080/1", "https://b.example/2"}},
		{"not addresses", []string{"%zz", "", "https://a.example/1", "%zz"}},
		{"more hosts than lanes", func() (u []string) {
			for i := range 3 * Lanes {
				u = append(u, fmt.Sprintf("https://h%d.example/", i%(2*Lanes)))
			}
			return u
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			byHost := map[string][]int{}
			ByHost(len(tt.urls), func(i int) string { return tt.urls[i] }, func(i int) {
				mu.Lock()
				defer mu.Unlock()
				h := hostOf(tt.urls[i])
				byHost[h] = append(byHost[h], i)
			})
			n := 0
			for h, calls := range byHost {
				n += len(calls)
				for k := 1; k < len(calls); k++ {
					if calls[k] <= calls[k-1] {
						t.Errorf("%s: calls %v, want each once, in order", h, calls)
						break
					}
				}
			}
			if n != len(tt.urls) {
				t.Errorf("%d calls, want %d", n, len(tt.urls))
			}
		})
	}
}
