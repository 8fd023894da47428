package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

const page = `<html><head><title>Harbour vote</title></head><body><article><p>The council approved the harbour plan on Tuesday.</p></article></body></html>`

// server serves the handlers by path, with a robots.txt that keeps
// crosscheck out of /private/.
func server(t *testing.T, routes map[string]http.HandlerFunc) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: crosscheck\nDisallow: /private/\n")
	})
	for p, h := range routes {
		mux.HandleFunc(p, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func html(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, page)
}

func testFetcher() *Fetcher {
	f := New(Options{Timeout: 2 * time.Second, MaxBytes: 1 << 16, Interval: -1, AllowPrivate: true})
	f.MaxWait = 3 * time.Second
	return f
}

func TestGet(t *testing.T) {
	var tries atomic.Int32
	srv := server(t, map[string]http.HandlerFunc{
		"/page": html,
		"/cached": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			html(w, r)
		},
		"/busy": func(w http.ResponseWriter, r *http.Request) {
			if tries.Add(1) == 1 {
				w.Header().Set("Retry-After", "1")
				http.Error(w, "slow down", http.StatusTooManyRequests)
				return
			}
			html(w, r)
		},
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		},
		"/huge": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, strings.Repeat("<p>word</p>", 20000))
		},
		"/loop": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) },
		"/image": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG"))
		},
		"/private/page": html,
		"/gone":         func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) },
	})
	f := testFetcher()
	ctx := context.Background()

	t.Run("a page", func(t *testing.T) {
		p, err := f.Get(ctx, srv.URL+"/page")
		if err != nil || !strings.Contains(string(p.Body), "harbour plan") || p.ContentType != "text/html" {
			t.Errorf("page %+v, err %v", p, err)
		}
	})
	t.Run("conditional GET answered 304", func(t *testing.T) {
		if p, err := f.Get(ctx, srv.URL+"/cached"); err != nil || p.ETag != `"v1"` {
			t.Fatalf("first fetch %+v, err %v", p, err)
		}
		p, err := f.Get(ctx, srv.URL+"/cached")
		if err != nil || !p.NotModified || len(p.Body) != 0 {
			t.Errorf("second fetch %+v, err %v", p, err)
		}
		// Validators remembered from another process's fetch are sent;
		// forgotten ones are not.
		other := testFetcher()
		other.Remember(srv.URL+"/cached", `"v1"`, "")
		if p, err := other.Get(ctx, srv.URL+"/cached"); err != nil || !p.NotModified {
			t.Errorf("fetch with remembered validators %+v, err %v", p, err)
		}
		other.Remember(srv.URL+"/cached", "", "")
		if p, err := other.Get(ctx, srv.URL+"/cached"); err != nil || p.NotModified || len(p.Body) == 0 {
			t.Errorf("fetch with validators forgotten %+v, err %v", p, err)
		}
	})
	t.Run("429 with Retry-After is retried", func(t *testing.T) {
		start := time.Now()
		p, err := f.Get(ctx, srv.URL+"/busy")
		if err != nil || len(p.Body) == 0 || time.Since(start) < 900*time.Millisecond || tries.Load() != 2 {
			t.Errorf("page %+v, err %v, %d tries in %v", p, err, tries.Load(), time.Since(start))
		}
	})
	failures := []struct {
		name, path string
		want       error // nil: any error
	}{
		{"a slow server times out", "/slow", nil},
		{"an oversized body", "/huge", ErrTooLarge},
		{"a redirect loop", "/loop", nil},
		{"a wrong content type", "/image", ErrContentType},
		{"robots.txt disallows", "/private/page", ErrRobots},
		{"not found", "/gone", nil},
	}
	for _, tt := range failures {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.Get(ctx, srv.URL+tt.path)
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// Without AllowPrivate a test server on the loopback address is refused,
// whether named directly or reached by a redirect from elsewhere.
func TestPrivateAddressesRefused(t *testing.T) {
	srv := server(t, map[string]http.HandlerFunc{"/page": html})
	f := New(Options{Timeout: 2 * time.Second, Interval: -1})
	for _, u := range []string{srv.URL + "/page", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/page"} {
		if _, err := f.Get(context.Background(), u); !errors.Is(err, ErrPrivate) {
			t.Errorf("%s: err = %v, want the private address refused", u, err)
		}
	}
	// A public server (the test's, counted as public here) redirecting
	// to an internal address.
	redirect := server(t, map[string]http.HandlerFunc{"/go": func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://10.0.0.1/admin", http.StatusFound)
	}})
	f.private = func(ip net.IP) bool { return ip.IsPrivate() }
	if _, err := f.Get(context.Background(), redirect.URL+"/go"); !errors.Is(err, ErrPrivate) {
		t.Errorf("redirect to 10.0.0.1: err = %v", err)
	}
	if _, err := f.Get(context.Background(), "file:///etc/passwd"); err == nil {
		t.Error("a file URL was fetched")
	}
}

func TestHostInterval(t *testing.T) {
	var hits []time.Time
	srv := server(t, map[string]http.HandlerFunc{"/page": func(w http.ResponseWriter, r *http.Request) {
		hits = append(hits, time.Now())
		html(w, r)
	}})
	f := testFetcher()
	f.Interval = 300 * time.Millisecond
	for range 3 {
		if _, err := f.Get(context.Background(), srv.URL+"/page"); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i < len(hits); i++ {
		if gap := hits[i].Sub(hits[i-1]); gap < 250*time.Millisecond {
			t.Errorf("requests %d and %d only %v apart", i-1, i, gap)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	for h, want := range map[string]time.Duration{"": 0, "5": 5 * time.Second, "Tue, 24 Nov 2026 12:00:30 GMT": 30 * time.Second, "soon": 0} {
		if got := retryAfter(h, now); got != want {
			t.Errorf("retryAfter(%q) = %v, want %v", h, got, want)
		}
	}
}
