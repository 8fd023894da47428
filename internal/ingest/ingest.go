// Package ingest reads the inputs a user names — files, directories, standard
// input, web pages and feeds; plain text, Markdown, HTML, JSON and JSON
// Lines — and turns each into documents for extraction. A bad input yields
// an error naming it and the rest go on.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/feed"
	"github.com/crosscheck-news/crosscheck/internal/fetch"
)

// DefaultMaxBytes caps one input file: far above any real article or page,
// far below what would exhaust memory.
const DefaultMaxBytes = 16 << 20

// Reader reads inputs and hands each document or failure to its callbacks.
type Reader struct {
	MaxBytes int64     // per file; DefaultMaxBytes when zero
	Stdin    io.Reader // read for the path "-"
	Doc      func(extract.Doc)
	Fail     func(source string, err error)
	// Edit, when set, is given the edits of an export's lines (see
	// pipeline.Export), in their place among its articles.
	Edit func(source string, edit json.RawMessage)
	// Fetch gets an http(s) address given as a path: its body, content
	// type and final URL. Without it, addresses are refused.
	Fetch func(url string) (body []byte, contentType, finalURL string, err error)
	// ids counts the IDs read so far, to rename a repeated one. Keyed by a
	// hash, not the ID: a million-article input keeps 16 bytes an ID, not
	// the IDs themselves (a collision, some 1 in 10^7 at that size, only
	// renames an ID that did not need it).
	ids map[uint64]int32
}

var idSeed = maphash.MakeSeed()

// Read walks every path in order; directories are read recursively in
// lexical order, skipping hidden entries and links to directories.
func (r *Reader) Read(paths []string) {
	for k := 0; k < len(paths); k++ {
		p := paths[k]
		if p == "-" {
			r.readStdin()
			continue
		}
		if isURL(p) {
			// Addresses in a row are fetched together.
			end := k + 1
			for end < len(paths) && isURL(paths[end]) {
				end++
			}
			urls := paths[k:end]
			inOrder(len(urls), func(i int) string { return urls[i] }, func(i int) fetched { return r.fetch(urls[i]) },
				func(i int, p fetched) { r.readURL(urls[i], p) })
			k = end - 1
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			r.Fail(p, err)
			continue
		}
		if !info.IsDir() {
			r.readFile(p, info, true)
			continue
		}
		var files []string
		// A separator after the name makes a named link to a directory
		// walked as the directory: WalkDir does not follow a link.
		root := strings.TrimSuffix(p, string(filepath.Separator)) + string(filepath.Separator)
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				r.Fail(path, err)
				return nil
			}
			if path != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			switch {
			case d.Type().IsRegular():
				files = append(files, path)
			case d.Type()&fs.ModeSymlink != 0:
				// A link to a file is read; one to a directory is not
				// followed, as find does not: it may loop.
				info, err := os.Stat(path)
				switch {
				case errors.Is(err, fs.ErrNotExist):
					r.Fail(path, fmt.Errorf("broken link: %w", err))
				case err != nil:
					r.Fail(path, err)
				case info.Mode().IsRegular():
					files = append(files, path)
				case !info.IsDir():
					r.Fail(path, notFile(info.Mode()))
				}
			case !d.IsDir():
				r.Fail(path, notFile(d.Type()))
			}
			return nil
		})
		if err != nil {
			r.Fail(p, err)
		}
		sort.Strings(files)
		for _, f := range files {
			if info, err := os.Stat(f); err != nil {
				r.Fail(f, err)
			} else {
				r.readFile(f, info, false)
			}
		}
	}
}

// notFile is the error for a pipe, socket or device met in a directory:
// it is not read, for reading one may wait for ever.
func notFile(m fs.FileMode) error {
	kind := "not a regular file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("%s, not read in a directory (name it as an input to read it)", kind)
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

func (r *Reader) readStdin() {
	if r.Stdin == nil {
		r.Fail("-", errors.New("no standard input"))
		return
	}
	if data, ok := r.readAll("-", r.Stdin); ok {
		r.readData(extract.Doc{Source: "-"}, sniff(data), data)
	}
}

// ReadNamed reads one input given as a stream with a file name (an
// upload): its format is the name's, or sniffed.
func (r *Reader) ReadNamed(name string, in io.Reader) {
	data, ok := r.readAll(name, in)
	if !ok {
		return
	}
	format := formatOf(name)
	if format == "" {
		format = sniff(data)
	}
	r.readData(extract.Doc{Source: name, ID: baseID(name)}, format, data)
}

// baseID is a file's name without its type: "a.html.gz" is "a".
func baseID(path string) string {
	name := filepath.Base(path)
	if ext := filepath.Ext(name); strings.EqualFold(ext, ".gz") {
		name = name[:len(name)-len(ext)]
	}
	return strings.TrimSuffix(name, filepath.Ext(name))
}

// readAll reads a stream up to the size limit, decompressed if it is
// gzip-compressed (a crawl's saved pages, a data set's dump): the limit
// is then on what it decompresses to, so that a small file that expands
// to gigabytes is refused as too large.
func (r *Reader) readAll(source string, in io.Reader) ([]byte, bool) {
	in, err := Decompressed(in)
	if err != nil {
		r.Fail(source, err)
		return nil, false
	}
	data, err := io.ReadAll(io.LimitReader(in, r.maxBytes()+1))
	if err != nil {
		r.Fail(source, err)
		return nil, false
	}
	if int64(len(data)) > r.maxBytes() {
		r.Fail(source, fmt.Errorf("input too large (over the %s limit)", size(r.maxBytes())))
		return nil, false
	}
	return data, true
}

// Decompressed reads in as it is or, when it is gzip-compressed,
// decompressed.
func Decompressed(in io.Reader) (io.Reader, error) {
	br := bufio.NewReader(in)
	if head, _ := br.Peek(len(gzipMagic)); !bytes.Equal(head, gzipMagic) {
		return br, nil
	}
	return gunzip(br)
}

// gzipMagic opens every gzip stream: an ID, and the one compression
// method in use (deflate).
var gzipMagic = []byte{0x1f, 0x8b, 8}

// gunzip decompresses in, its errors saying that the data is at fault.
func gunzip(in io.Reader) (io.Reader, error) {
	z, err := gzip.NewReader(in)
	if err != nil {
		return nil, fmt.Errorf("invalid gzip data: %w", err)
	}
	return gzipErrors{z}, nil
}

type gzipErrors struct{ z *gzip.Reader }

func (g gzipErrors) Read(p []byte) (int, error) {
	n, err := g.z.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("invalid gzip data: %w", err)
	}
	return n, err
}

func isURL(p string) bool {
	return strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://")
}

// fetched is what fetching an address gave.
type fetched struct {
	data      []byte
	ct, final string
	err       error
}

func (r *Reader) fetch(u string) fetched {
	if r.Fetch == nil {
		return fetched{err: errors.New("web addresses are not read here")}
	}
	var f fetched
	f.data, f.ct, f.final, f.err = r.Fetch(u)
	return f
}

// readURL reads a fetched page, or a feed and the pages of its items.
func (r *Reader) readURL(u string, f fetched) {
	if f.err != nil {
		r.Fail(u, f.err)
		return
	}
	if isFeedType(f.ct) {
		r.feed(u, f.data, f.final)
		return
	}
	r.page(extract.Doc{Source: u, URL: f.final}, f.ct, f.data)
}

// feed reads a feed's items; base is where it came from, for relative links.
func (r *Reader) feed(source string, data []byte, base string) {
	f, err := feed.Parse(data, base)
	if err != nil {
		r.Fail(source, err)
		return
	}
	if len(f.Items) == 0 {
		r.Fail(source, errors.New("the feed has no items"))
	}
	// An aggregator's items link to many hosts.
	inOrder(len(f.Items), func(i int) string { return f.Items[i].Link }, func(i int) fetched { return r.fetchItem(f.Items[i]) },
		func(i int, p fetched) { r.readItem(f.Items[i], p) })
}

// inOrder gets n pages, a window at a time and from several hosts at once,
// and reads them in order.
func inOrder(n int, urlOf func(i int) string, get func(i int) fetched, read func(i int, p fetched)) {
	for start := 0; start < n; start += window {
		pages := make([]fetched, min(n-start, window))
		fetch.ByHost(len(pages), func(i int) string { return urlOf(start + i) }, func(i int) { pages[i] = get(start + i) })
		for i, p := range pages {
			read(start+i, p)
		}
	}
}

// window is how many pages are fetched together: enough for several
// hosts' pages, few enough to hold.
const window = 4 * fetch.Lanes

// isFeedType reports content types that may hold a feed. Generic XML and
// JSON are tried as feeds too: many servers send feeds as either.
func isFeedType(ct string) bool {
	return strings.Contains(ct, "json") || strings.Contains(ct, "xml") && !strings.Contains(ct, "xhtml")
}

// fullContent is how many words of content make a feed item an article
// without its page: full-text feeds carry hundreds, summaries a few dozen.
const fullContent = 150

// Item reads a feed item: its page, or the content the feed carries when
// the page cannot be had and that content is a whole article. The feed's
// date and the publisher an aggregator names win over the page's; the
// feed's own title is not taken for the outlet, as a section feed's title
// ("World – Harbour Wire") names it worse than the page does. It returns
// the source the item's document or failure is given under.
func (r *Reader) Item(it feed.Item) (source string) {
	return r.readItem(it, r.fetchItem(it))
}

// fetchItem fetches a feed item's page.
func (r *Reader) fetchItem(it feed.Item) fetched {
	if it.Link == "" {
		return fetched{err: errors.New("the item has no link")}
	}
	p := r.fetch(it.Link)
	if p.err == nil && isFeedType(p.ct) {
		p.err = fmt.Errorf("the item links to data (%s), not a page", p.ct)
	}
	return p
}

func (r *Reader) readItem(it feed.Item, p fetched) (source string) {
	meta := extract.Doc{Source: it.Link, URL: it.Link, Outlet: it.Source, Author: it.Author, Published: it.Published, Updated: it.Updated}
	if meta.Source == "" {
		meta.Source = it.ID
	}
	if p.err == nil {
		meta.URL = p.final
		r.page(meta, p.ct, p.data)
		return meta.Source
	}
	if len(strings.Fields(it.Content)) < fullContent {
		r.Fail(meta.Source, p.err)
		return meta.Source
	}
	meta.Title = it.Title
	r.page(meta, "text/html", []byte(it.Content))
	return meta.Source
}

// page reads a fetched page as its content type says.
func (r *Reader) page(meta extract.Doc, ct string, data []byte) {
	format := "html"
	if ct == "text/plain" {
		format = "text"
	}
	r.readData(meta, format, data)
}

func (r *Reader) readFile(path string, info fs.FileInfo, named bool) {
	format := formatOf(path)
	gz := strings.EqualFold(filepath.Ext(path), ".gz")
	if format == "jsonl" && (gz || info.Size() > r.maxBytes()) {
		r.streamLines(path, gz) // a data set: the limit is per record
		return
	}
	if format == "warc" {
		f, err := os.Open(path)
		if err != nil {
			r.Fail(path, err)
			return
		}
		defer f.Close()
		// Compressed record by record, as crawlers write it, or whole.
		in, err := Decompressed(f)
		if err != nil {
			r.Fail(path, err)
			return
		}
		r.readWARC(path, in) // an archive: the limit is per page
		return
	}
	if info.Size() > r.maxBytes() {
		r.Fail(path, fmt.Errorf("file too large: %s (limit %s)", size(info.Size()), size(r.maxBytes())))
		return
	}
	if ext := filepath.Ext(path); format == "" && !named && ext != "" {
		if gz {
			ext = filepath.Ext(path[:len(path)-len(ext)]) + ext
		}
		r.Fail(path, fmt.Errorf("unsupported file type %q (want .txt, .md, .html, .htm, .json, .jsonl, a feed's .xml, .rss or .atom, or a web archive's .warc, each perhaps gzip-compressed, with .gz after it)", ext))
		return
	}
	// Read as a stream, to the limit: a device or a pipe named as a file
	// (/dev/zero, a shell's <(…)) has no size to check beforehand.
	f, err := os.Open(path)
	if err != nil {
		r.Fail(path, err)
		return
	}
	data, ok := r.readAll(path, f)
	f.Close()
	if !ok {
		return
	}
	if format == "" {
		format = sniff(data)
	}
	r.readData(extract.Doc{Source: path, ID: baseID(path)}, format, data)
}

// formatOf is the format a file's name gives, read through a ".gz" after
// it; "" for none.
func formatOf(path string) string {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".gz" {
		ext = strings.ToLower(filepath.Ext(path[:len(path)-len(ext)]))
	}
	switch ext {
	case ".txt", ".md", ".markdown", ".text":
		return "text"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".json":
		return "json"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".xml", ".rss", ".atom":
		return "feed"
	case ".warc":
		return "warc"
	}
	return ""
}

// sniff guesses the format of unnamed input from its first bytes.
func sniff(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	switch {
	case bytes.HasPrefix(head, []byte("warc/1.")):
		return "warc"
	case (bytes.HasPrefix(head, []byte("<")) || bytes.HasPrefix(head, []byte("{"))) && feed.Is(data):
		return "feed"
	case bytes.HasPrefix(head, []byte("<")):
		return "html"
	case bytes.HasPrefix(head, []byte("[")):
		return "json"
	case bytes.HasPrefix(head, []byte("{")):
		return "jsonl" // one object, or one per line: the JSONL reader takes both
	}
	return "text"
}

// readData reads one input's bytes into documents; meta names the input
// and carries what is known of it besides its content.
func (r *Reader) readData(meta extract.Doc, format string, data []byte) {
	source := meta.Source
	if len(bytes.TrimSpace(data)) == 0 {
		r.Fail(source, errors.New("empty file"))
		return
	}
	if format == "json" && feed.Is(data) {
		format = "feed" // a JSON Feed saved as .json
	}
	if format == "warc" {
		r.readWARC(source, bytes.NewReader(data)) // archived pages, each read as fetched
		return
	}
	var err error
	if format != "html" && format != "feed" { // a page's or feed's charset is read with its declaration, below
		if data, err = unmarked(data); err != nil {
			r.Fail(source, err)
			return
		}
	}
	if isBinary(data) {
		r.Fail(source, errors.New("binary file, not text"))
		return
	}
	switch {
	case format == "feed":
		// The feed parser reads the encoding an XML declaration names.
	case format == "html":
		data, err = toUTF8(data)
	case format == "text":
		data, err = textToUTF8(data)
	default: // JSON is UTF-8 (RFC 8259)
		if i := invalidUTF8(data); i >= 0 {
			err = fmt.Errorf("invalid UTF-8 at byte %d", i)
		}
	}
	if err != nil {
		r.Fail(source, err)
		return
	}
	if format == "jsonl" && json.Valid(data) {
		format = "json" // one object, even spread over lines
	}
	switch format {
	case "json":
		var recs []Record
		if err := json.Unmarshal(data, &recs); err != nil {
			// A single object is a record too.
			var rec Record
			if err2 := json.Unmarshal(data, &rec); err2 != nil {
				r.Fail(source, fmt.Errorf("invalid JSON: %w", err))
				return
			}
			recs = []Record{rec}
		}
		if len(recs) == 0 {
			r.Fail(source, errors.New("no records in JSON"))
		}
		for i, rec := range recs {
			r.Record(fmt.Sprintf("%s[%d]", source, i), rec)
		}
	case "jsonl":
		r.lines(source, bytes.NewReader(data))
	case "feed":
		r.feed(source, data, meta.URL)
	case "html":
		meta.HTML = string(data)
		r.emit(meta, data)
	default:
		text, err := frontMatter(&meta, data)
		if err != nil {
			r.Fail(source, err)
			return
		}
		meta.Text = string(text)
		r.emit(meta, data)
	}
}

// streamLines reads a large or compressed JSON Lines file record by
// record, so that its size is bounded by nothing but the disk; each record
// obeys the limit.
func (r *Reader) streamLines(path string, gz bool) {
	f, err := os.Open(path)
	if err != nil {
		r.Fail(path, err)
		return
	}
	defer f.Close()
	var in io.Reader = f
	if gz {
		if in, err = gunzip(bufio.NewReader(f)); err != nil {
			r.Fail(path, err)
			return
		}
	}
	r.lines(path, in)
}

// lines reads JSON Lines, one record per line; a bad line is reported by
// its number and the rest go on.
func (r *Reader) lines(source string, in io.Reader) {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), int(r.maxBytes()))
	records := 0
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		records++
		src := fmt.Sprintf("%s:%d", source, n)
		if i := invalidUTF8(line); i >= 0 {
			r.Fail(src, fmt.Errorf("invalid UTF-8 at byte %d", i))
			continue
		}
		var rec struct {
			Record
			Edit json.RawMessage `json:"edit"` // an export's line of an editor's edit
		}
		if err := json.Unmarshal(line, &rec); err != nil {
			r.Fail(src, fmt.Errorf("invalid JSON: %w", err))
			continue
		}
		switch {
		case rec.Edit == nil:
			r.Record(src, rec.Record)
		case r.Edit != nil:
			r.Edit(src, rec.Edit)
		default:
			r.Fail(src, errors.New("an editor's edit (from an export), not an article: 'crosscheck ingest' makes it again"))
		}
	}
	switch err := sc.Err(); {
	case err != nil:
		r.Fail(source, err) // a record over the limit stops the file there
	case records == 0:
		r.Fail(source, errors.New("no records in JSON Lines"))
	}
}

// Record is one article given as JSON; every field is optional.
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Author    string `json:"author"`
	Title     string `json:"title"`
	Published string `json:"published"`
	// Updated is when this text replaced the article's earlier one, as an
	// export writes it.
	Updated string `json:"updated"`
	Text    string `json:"text"`
	HTML    string `json:"html"`
	// Revision numbers an earlier text of an article, as an export
	// writes it before the article's later text: the line after it with
	// the same ID updates it, and is not renamed as a repeated ID.
	Revision int `json:"revision,omitempty"`
}

// Record reads one article given as a record (a JSON object), named by source.
func (r *Reader) Record(source string, rec Record) {
	if strings.TrimSpace(rec.Text) == "" && strings.TrimSpace(rec.HTML) == "" {
		r.Fail(source, errors.New("record has neither text nor html"))
		return
	}
	d := extract.Doc{ID: rec.ID, Source: source, URL: rec.URL, Outlet: rec.Outlet, Author: rec.Author, Title: rec.Title, Text: rec.Text, HTML: rec.HTML}
	for _, f := range []struct {
		in  string
		out **time.Time
	}{{rec.Published, &d.Published}, {rec.Updated, &d.Updated}} {
		if f.in == "" {
			continue
		}
		t, err := ParseTime(f.in)
		if err != nil {
			r.Fail(source, err)
			return
		}
		*f.out = &t
	}
	if d.HTML == "" && strings.HasPrefix(d.Text, "---") {
		// A Markdown note pasted or posted whole: its front matter fills
		// what the record leaves out.
		text, err := frontMatter(&d, []byte(d.Text))
		if err != nil {
			r.Fail(source, err)
			return
		}
		d.Text = string(text)
	}
	if rec.Revision > 0 && d.ID != "" {
		r.Doc(d) // its ID is the next line's
		return
	}
	r.emit(d, []byte(rec.URL+"\x00"+rec.Text+rec.HTML))
}

// emit gives every document a unique ID: its own, or a hash of its content.
func (r *Reader) emit(d extract.Doc, content []byte) {
	if d.ID == "" && d.URL == "" {
		sum := sha256.Sum256(content)
		d.ID = hex.EncodeToString(sum[:8])
	}
	if d.ID != "" {
		if r.ids == nil {
			r.ids = map[uint64]int32{}
		}
		h := maphash.String(idSeed, d.ID)
		r.ids[h]++
		if n := r.ids[h]; n > 1 {
			d.ID = fmt.Sprintf("%s-%d", d.ID, n)
		}
	}
	r.Doc(d)
}

var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123, time.RFC822Z}

// ParseTime reads the date formats news data carries.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("unreadable date %q", s)
}

// isBinary reports NUL bytes or a high share of control characters in the
// first 8 KiB, as file(1) and git do.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl, bad := 0, 0
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n == 1 && len(head)-i >= utf8.UTFMax {
			bad++
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctrl++
		}
		i += n
	}
	return (ctrl+bad)*10 > len(head)
}

func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// toUTF8 decodes a page in the charset it declares (or that its bytes show).
func toUTF8(data []byte) ([]byte, error) {
	enc, name, certain := charset.DetermineEncoding(data, "text/html")
	if !certain && utf8.Valid(data) {
		// No declaration in the first kilobyte: bytes that are valid UTF-8
		// are UTF-8, not the Windows-1252 the HTML spec falls back to.
		name = "utf-8"
	}
	if name == "utf-8" {
		if i := invalidUTF8(data); i >= 0 {
			return nil, fmt.Errorf("invalid UTF-8 at byte %d", i)
		}
		return data, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, nil
}

// unmarked reads a byte order mark: UTF-8's is dropped, and a file marked
// as UTF-16 (as Windows Notepad saves "Unicode" text) is decoded.
func unmarked(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return data[3:], nil
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		out, _, err := transform.Bytes(unicode.BOMOverride(encoding.Nop.NewDecoder()), data)
		if err != nil {
			return nil, fmt.Errorf("decode UTF-16: %w", err)
		}
		return out, nil
	}
	return data, nil
}

// textToUTF8 reads a plain text file. Bytes that are valid UTF-8 are UTF-8.
// Bytes above ASCII none of which form a UTF-8 sequence are a single-byte
// legacy file, read as Windows-1252, the superset of Latin-1 that text saved
// on Windows mostly is and that browsers assume of pages declaring nothing.
// UTF-8 mixed with broken bytes is an error.
func textToUTF8(data []byte) ([]byte, error) {
	i := invalidUTF8(data)
	if i < 0 {
		return data, nil
	}
	if !singleByte(data) {
		return nil, fmt.Errorf("invalid UTF-8 at byte %d", i)
	}
	out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
	if err != nil {
		return nil, fmt.Errorf("decode Windows-1252: %w", err)
	}
	return out, nil
}

// singleByte reports whether data holds no UTF-8 sequence of two or more
// bytes and no byte Windows-1252 leaves undefined.
func singleByte(data []byte) bool {
	for i := 0; i < len(data); {
		_, n := utf8.DecodeRune(data[i:])
		if n > 1 {
			return false
		}
		switch data[i] {
		case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
			return false
		}
		i += n
	}
	return true
}

func size(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
