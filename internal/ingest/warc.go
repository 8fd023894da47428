package ingest

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/nlnwa/gowarc/v3"
)

// readWARC reads a web archive (WARC, as crawlers, Webrecorder and Common
// Crawl's CC-NEWS write it, each record perhaps gzip-compressed) record by
// record: every HTML page it holds (a response of status 200, or a
// resource) is read as a page fetched from its address. Requests,
// metadata, redirects, errors, images and scripts are a crawl's, not
// articles, and are passed over. The size limit is per page.
func (r *Reader) readWARC(source string, in io.Reader) {
	wr, err := gowarc.NewWarcFileReaderFromStream(in, 0,
		// Archives in the wild bend the standard; what matters here is
		// each page's address and its bytes, all of them (warcPage).
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore), gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		r.Fail(source, err)
		return
	}
	defer wr.Close()
	pages := 0
	for n := 1; ; n++ {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		at := fmt.Sprintf("%s: record %d", source, n)
		if err != nil {
			// The records after a broken one cannot be found.
			r.Fail(at, fmt.Errorf("unreadable web archive record: %w", err))
			return
		}
		if r.warcPage(at, rec.WarcRecord) {
			pages++
		}
		rec.Close()
	}
	if pages == 0 {
		r.Fail(source, errors.New("no HTML page in the web archive"))
	}
}

// warcPage reads one record if it is an archived HTML page, and says
// whether it was one.
func (r *Reader) warcPage(source string, rec gowarc.WarcRecord) bool {
	uri := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	var (
		ct      string
		payload io.Reader
		err     error
	)
	b := rec.Block()
	if h, ok := b.(gowarc.HttpResponseBlock); ok && rec.Type() == gowarc.Response && h.HttpStatusCode() == 200 {
		ct = h.HttpHeader().Get("Content-Type")
	} else if rec.Type() == gowarc.Resource {
		ct = rec.WarcHeader().Get(gowarc.ContentType)
	}
	if mt, _, _ := mime.ParseMediaType(ct); mt != "text/html" && mt != "application/xhtml+xml" || uri == "" {
		return false
	}
	source += " " + strings.TrimSpace(uri)
	// A record cut short (an archive copied in part) holds less than its
	// length says: half a page is no page.
	validation, err := rec.ValidateDigest()
	for _, v := range validation {
		if cl := (*gowarc.ContentLengthError)(nil); errors.As(v, &cl) && cl.Actual < cl.Expected {
			err = fmt.Errorf("web archive record cut short: %d of its %d bytes", cl.Actual, cl.Expected)
		}
	}
	if err == nil {
		if p, ok := b.(gowarc.PayloadBlock); ok {
			payload, err = p.PayloadBytes()
		} else {
			payload, err = b.RawBytes()
		}
	}
	if err != nil {
		r.Fail(source, err)
		return true
	}
	// A crawler may keep a page as the server compressed it: readAll
	// decompresses it.
	if data, ok := r.readAll(source, payload); ok {
		r.readData(extract.Doc{Source: source, URL: uri}, "html", data)
	}
	return true
}
