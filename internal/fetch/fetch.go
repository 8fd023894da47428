// Package fetch gets pages and feeds from the web politely and safely:
// robots.txt is obeyed, each host is asked at most once per interval,
// pages unchanged since the last fetch are not downloaded again, busy
// servers are retried after the wait they ask for, bodies are capped, and
// private network addresses are refused unless allowed, so that a feed
// cannot make crosscheck reach internal services.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/temoto/robotstxt"
)

// UserAgent names crosscheck to the servers it asks.
const UserAgent = "crosscheck/0.1 (+https://github.com/crosscheck-news/crosscheck)"

// Errors a caller may want to tell apart.
var (
	ErrPrivate     = errors.New("address in a private, loopback or link-local range")
	ErrRobots      = errors.New("disallowed by robots.txt")
	ErrTooLarge    = errors.New("body over the size limit")
	ErrContentType = errors.New("not a page or feed")
)

// Fetcher fetches pages and feeds. The zero value is not usable: use New.
type Fetcher struct {
	MaxBytes     int64         // body cap
	Interval     time.Duration // least time between two requests to one host
	Retries      int           // further tries after a 429 or 5xx
	MaxWait      time.Duration // longest Retry-After honoured
	AllowPrivate bool

	client  *http.Client
	private func(net.IP) bool // the addresses refused unless AllowPrivate
	mu      sync.Mutex
	next    map[string]time.Time // host → earliest next request
	robots  map[string]*robotstxt.RobotsData
	cache   map[string]validators // URL → what the last response said
}

type validators struct{ etag, modified string }

// Options configure New.
type Options struct {
	Timeout      time.Duration // whole request; 30 s when zero
	MaxBytes     int64         // 16 MiB when zero
	Interval     time.Duration // per host; 1 s when zero, none when negative
	AllowPrivate bool
}

// New makes a Fetcher.
func New(o Options) *Fetcher {
	f := &Fetcher{MaxBytes: o.MaxBytes, Interval: o.Interval, Retries: 2, MaxWait: time.Minute, AllowPrivate: o.AllowPrivate,
		next: map[string]time.Time{}, robots: map[string]*robotstxt.RobotsData{}, cache: map[string]validators{}, private: isPrivate}
	if f.MaxBytes == 0 {
		f.MaxBytes = 16 << 20
	}
	if f.Interval == 0 {
		f.Interval = time.Second
	}
	timeout := o.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, Control: f.checkAddress}
	f.client = &http.Client{
		Timeout:   timeout,
		Transport: &http.Transport{DialContext: dialer.DialContext, Proxy: nil, MaxIdleConnsPerHost: 2, ResponseHeaderTimeout: timeout},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("more than 5 redirects")
			}
			return nil
		},
	}
	return f
}

// checkAddress refuses connections to private addresses, after DNS
// resolution, so that neither a name nor a redirect can reach them.
func (f *Fetcher) checkAddress(network, address string, _ syscall.RawConn) error {
	if f.AllowPrivate {
		return nil
	}
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(host); ip == nil || f.private(ip) {
		return fmt.Errorf("%s: %w", host, ErrPrivate)
	}
	return nil
}

func isPrivate(ip net.IP) bool {
	return ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsInterfaceLocalMulticast()
}

// Page is a fetched document.
type Page struct {
	URL         string // after redirects
	ContentType string
	Body        []byte
	NotModified bool // unchanged since the last fetch: Body is empty
	// The answer's validators, which the next fetch of the URL sends.
	ETag, LastModified string
}

// Get fetches a page or feed, obeying robots.txt and the host's interval,
// and retrying 429 and 5xx answers after the wait they ask for.
func (f *Fetcher) Get(ctx context.Context, raw string) (Page, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Page{}, fmt.Errorf("%s: not an http(s) URL", raw)
	}
	if ok, err := f.allowed(ctx, u); err != nil {
		return Page{}, err
	} else if !ok {
		return Page{}, fmt.Errorf("%s: %w", raw, ErrRobots)
	}
	for try := 0; ; try++ {
		p, wait, err := f.get(ctx, u)
		if wait <= 0 || try >= f.Retries {
			return p, err
		}
		select {
		case <-ctx.Done():
			return Page{}, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// get makes one request; a positive wait asks for a retry.
func (f *Fetcher) get(ctx context.Context, u *url.URL) (Page, time.Duration, error) {
	if err := f.waitTurn(ctx, u.Host); err != nil {
		return Page{}, 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Page{}, 0, err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.1")
	f.mu.Lock()
	v := f.cache[u.String()]
	f.mu.Unlock()
	if v.etag != "" {
		req.Header.Set("If-None-Match", v.etag)
	}
	if v.modified != "" {
		req.Header.Set("If-Modified-Since", v.modified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return Page{}, 0, fmt.Errorf("%s: %w", u, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return Page{URL: resp.Request.URL.String(), NotModified: true}, 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		wait := retryAfter(resp.Header.Get("Retry-After"), time.Now())
		if wait <= 0 {
			wait = time.Second
		}
		if wait > f.MaxWait {
			return Page{}, 0, fmt.Errorf("%s: %s, retry after %s", u, resp.Status, wait)
		}
		return Page{}, wait, fmt.Errorf("%s: %s", u, resp.Status)
	case resp.StatusCode != http.StatusOK:
		return Page{}, 0, fmt.Errorf("%s: %s", u, resp.Status)
	}
	ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if !readable(ct) {
		return Page{}, 0, fmt.Errorf("%s: %q: %w", u, ct, ErrContentType)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.MaxBytes+1))
	if err != nil {
		return Page{}, 0, fmt.Errorf("%s: %w", u, err)
	}
	if int64(len(body)) > f.MaxBytes {
		return Page{}, 0, fmt.Errorf("%s: %w (%d bytes)", u, ErrTooLarge, f.MaxBytes)
	}
	v = validators{resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")}
	f.mu.Lock()
	f.cache[u.String()] = v
	f.mu.Unlock()
	return Page{URL: resp.Request.URL.String(), ContentType: ct, Body: body, ETag: v.etag, LastModified: v.modified}, 0, nil
}

// Remember sets the validators the next fetch of a URL sends, as a page
// fetched before (by this process or another) gave them; empty ones make
// it fetch the URL whole.
func (f *Fetcher) Remember(url, etag, lastModified string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.cache[url] = validators{etag, lastModified}
}

func readable(ct string) bool {
	switch ct {
	case "text/html", "application/xhtml+xml", "text/plain", "application/rss+xml", "application/atom+xml",
		"application/rdf+xml", "application/xml", "text/xml", "application/feed+json", "application/json":
		return true
	}
	return false
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(h)); err == nil {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		return t.Sub(now)
	}
	return 0
}

// waitTurn waits until the host may be asked again.
func (f *Fetcher) waitTurn(ctx context.Context, host string) error {
	if f.Interval < 0 {
		return nil
	}
	f.mu.Lock()
	now := time.Now()
	at := f.next[host]
	if at.Before(now) {
		at = now
	}
	f.next[host] = at.Add(f.Interval)
	f.mu.Unlock()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Until(at)):
		return nil
	}
}

// allowed reports whether robots.txt lets crosscheck fetch u. A missing
// robots.txt allows everything; one that cannot be read is not a reason
// to stop.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) (bool, error) {
	if u.Path == "/robots.txt" {
		return true, nil
	}
	key := u.Scheme + "://" + u.Host
	f.mu.Lock()
	r, ok := f.robots[key]
	f.mu.Unlock()
	if !ok {
		robotsURL := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
		p, err := f.getRobots(ctx, robotsURL)
		if errors.Is(err, ErrPrivate) || ctx.Err() != nil {
			return false, err
		}
		if r, err = robotstxt.FromStatusAndBytes(p.status, p.body); err != nil {
			r = nil
		}
		f.mu.Lock()
		f.robots[key] = r
		f.mu.Unlock()
	}
	if r == nil {
		return true, nil
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return r.TestAgent(path, "crosscheck"), nil
}

type robotsFile struct {
	status int
	body   []byte
}

// getRobots fetches a robots.txt; a server that does not answer is
// treated as having none.
func (f *Fetcher) getRobots(ctx context.Context, u *url.URL) (robotsFile, error) {
	if err := f.waitTurn(ctx, u.Host); err != nil {
		return robotsFile{}, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return robotsFile{}, err
	}
	req.Header.Set("User-Agent", UserAgent)
	resp, err := f.client.Do(req)
	if err != nil {
		if errors.Is(err, ErrPrivate) {
			return robotsFile{}, fmt.Errorf("%s: %w", u.Host, ErrPrivate)
		}
		return robotsFile{status: http.StatusNotFound}, nil
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 512<<10))
	return robotsFile{status: resp.StatusCode, body: body}, nil
}
