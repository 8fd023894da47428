// Package dedup finds syndicated copies and near-duplicates: articles whose
// word 5-grams mostly agree, found with MinHash signatures and LSH banding
// so that a new article is compared only with likely copies.
package dedup

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"hash/fnv"
	"maps"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/text"
)

const (
	numHashes = 64
	bands     = 16
	rows      = numHashes / bands
	shingle   = 5
	// Threshold is the estimated Jaccard similarity of 5-gram sets above
	// which two articles are copies: rewrites of one wire story by
	// different outlets share far less; a copy with a new headline, a
	// byline or a trimmed last paragraph shares more.
	Threshold = 0.7
)

// Signature is a MinHash signature of an article's word 5-grams.
type Signature []uint64

// MarshalJSON writes a signature as the base64 of its values, little
// endian: the index is saved in the store, a row per original, and this is
// half the size of a list of numbers and several times quicker to read.
func (s Signature) MarshalJSON() ([]byte, error) {
	raw := make([]byte, 8*len(s))
	for i, v := range s {
		binary.LittleEndian.PutUint64(raw[8*i:], v)
	}
	out := make([]byte, 0, base64.RawStdEncoding.EncodedLen(len(raw))+2)
	out = append(out, '"')
	out = base64.RawStdEncoding.AppendEncode(out, raw)
	return append(out, '"'), nil
}

// UnmarshalJSON reads a signature as MarshalJSON writes it, or as the
// list of numbers that stores made before it wrote.
func (s *Signature) UnmarshalJSON(data []byte) error {
	if len(data) > 0 && (data[0] == '[' || string(data) == "null") {
		return json.Unmarshal(data, (*[]uint64)(s))
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("dedup: a signature is a base64 string")
	}
	raw, err := base64.RawStdEncoding.AppendDecode(nil, data[1:len(data)-1])
	if err != nil || len(raw)%8 != 0 {
		return errors.New("dedup: a signature is 8 bytes a value, in base64")
	}
	sig := make(Signature, len(raw)/8)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint64(raw[8*i:])
	}
	*s = sig
	return nil
}

// seeds are the fixed coefficients of the hash permutations.
var seeds = func() (s struct{ a, b [numHashes]uint64 }) {
	x := uint64(0x9e3779b97f4a7c15)
	next := func() uint64 { // splitmix64: fixed, so signatures are stable
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	for i := range s.a {
		s.a[i], s.b[i] = next()|1, next()
	}
	return s
}()

// Sign computes the signature of a text.
func Sign(body string) Signature {
	sig := make(Signature, numHashes)
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	mix := func(words []string) {
		v := hashWords(words)
		for k := range sig {
			if p := seeds.a[k]*v + seeds.b[k]; p < sig[k] {
				sig[k] = p
			}
		}
	}
	// The last shingle words, read without keeping the text's words.
	var window [shingle]string
	n := 0
	for w := range text.AllWords(strings.ToLower(body)) {
		copy(window[:], window[1:])
		window[shingle-1] = w
		if n++; n >= shingle {
			mix(window[:])
		}
	}
	if n < shingle { // a text shorter than a shingle is one
		mix(window[shingle-n:])
	}
	return sig
}

// hashWords is the 64-bit FNV-1a hash of the words, each followed by a
// space.
func hashWords(words []string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * prime
		}
		h = (h ^ ' ') * prime
	}
	return h
}

// Similarity estimates the Jaccard similarity of the sets behind two signatures.
func Similarity(a, b Signature) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// Index holds the signatures of the originals seen so far.
type Index struct {
	Sigs map[string]Signature `json:"sigs,omitempty"`
	// Dates are the originals' publication times (Unix seconds), when known.
	Dates   map[string]int64 `json:"dates,omitempty"`
	Latest  int64            `json:"latest,omitempty"`
	Order   []string         `json:"order"` // originals in the order indexed
	buckets map[bandKey][]string
	changed map[string]bool // originals indexed or forgotten since Changes
}

// Changes returns the originals indexed or forgotten since it was last
// called, so that a large index is saved as it changes.
func (ix *Index) Changes() []string {
	ids := slices.Sorted(maps.Keys(ix.changed))
	ix.changed = nil
	return ids
}

func (ix *Index) mark(id string) {
	if ix.changed == nil {
		ix.changed = map[string]bool{}
	}
	ix.changed[id] = true
}

type bandKey struct {
	band int
	hash uint64
}

// Add records an article and returns the original it copies, if any. A copy
// is not indexed itself: its own copies are copies of the same original.
// published (Unix seconds, 0 when unknown) decides provenance: a copy
// published before the original it matches becomes the original, and Add
// reports the article it displaces as replaced.
func (ix *Index) Add(id string, sig Signature, published int64) (copyOf, replaced string) {
	ix.init()
	orig := ix.match(sig)
	if orig == "" {
		ix.insert(id, sig, published)
		return "", ""
	}
	if prev := ix.Dates[orig]; published > 0 && prev > 0 && published < prev {
		ix.remove(orig)
		ix.insert(id, sig, published)
		return "", orig
	}
	return orig, ""
}

// Remove forgets an original whose article is removed, and reports
// whether it was indexed (not yet expired).
func (ix *Index) Remove(id string) bool {
	ix.init()
	if _, ok := ix.Sigs[id]; !ok {
		return false
	}
	ix.remove(id)
	return true
}

// Insert indexes an original as it is: a copy that takes the place of a
// removed original, which the copies that remain are copies of.
func (ix *Index) Insert(id string, sig Signature, published int64) {
	ix.init()
	ix.insert(id, sig, published)
}

func (ix *Index) insert(id string, sig Signature, published int64) {
	ix.mark(id)
	ix.Sigs[id] = sig
	if published > 0 {
		ix.Dates[id] = published
		ix.Latest = max(ix.Latest, published)
	}
	ix.Order = append(ix.Order, id)
	ix.index(id, sig)
	if len(ix.Order)%1024 == 0 {
		ix.expire()
	}
}

// Copies are found within a window: a copy is published within days of
// its original, so older originals are forgotten, and without dates the
// index keeps the most recent MaxOriginals.
const (
	Window       = 30 * 24 * 3600 // seconds
	MaxOriginals = 200000
)

func (ix *Index) expire() {
	keep := ix.Order[:0]
	for _, id := range ix.Order {
		if _, ok := ix.Sigs[id]; !ok {
			continue // replaced by an earlier copy
		}
		if d := ix.Dates[id]; d > 0 && ix.Latest-d > Window {
			ix.remove(id)
			continue
		}
		keep = append(keep, id)
	}
	for len(keep) > MaxOriginals {
		ix.remove(keep[0])
		keep = keep[1:]
	}
	ix.Order = append([]string(nil), keep...)
}

func (ix *Index) remove(id string) {
	ix.mark(id)
	sig := ix.Sigs[id]
	for b := 0; b < bands; b++ {
		k := bandKey{b, bandHash(sig, b)}
		ids := ix.buckets[k]
		for i, x := range ids {
			if x != id {
				continue
			}
			if len(ids) == 1 {
				delete(ix.buckets, k) // most band hashes are one article's: an empty key would stay forever
			} else {
				ix.buckets[k] = append(ids[:i:i], ids[i+1:]...)
			}
			break
		}
	}
	delete(ix.Sigs, id)
	delete(ix.Dates, id)
}

// match returns the indexed original most like sig, if any is a copy.
func (ix *Index) match(sig Signature) string {
	best, bestSim := "", 0.0
	seen := map[string]bool{}
	for b := 0; b < bands; b++ {
		for _, cand := range ix.buckets[bandKey{b, bandHash(sig, b)}] {
			if seen[cand] {
				continue
			}
			seen[cand] = true
			if s := Similarity(sig, ix.Sigs[cand]); s >= Threshold && (s > bestSim || (s == bestSim && cand < best)) {
				best, bestSim = cand, s
			}
		}
	}
	return best
}

func (ix *Index) init() {
	if ix.Sigs == nil {
		ix.Sigs = map[string]Signature{}
	}
	if ix.Dates == nil {
		ix.Dates = map[string]int64{}
	}
	if ix.buckets == nil {
		ix.buckets = map[bandKey][]string{}
		for id, sig := range ix.Sigs { // after loading from the store
			ix.index(id, sig)
		}
	}
}

func (ix *Index) index(id string, sig Signature) {
	for b := 0; b < bands; b++ {
		k := bandKey{b, bandHash(sig, b)}
		ix.buckets[k] = append(ix.buckets[k], id)
	}
}

func bandHash(sig Signature, b int) uint64 {
	h := fnv.New64a()
	for _, v := range sig[b*rows : (b+1)*rows] {
		var buf [8]byte
		for i := range buf {
			buf[i] = byte(v >> (8 * i))
		}
		h.Write(buf[:])
	}
	return h.Sum64()
}
