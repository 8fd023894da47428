// Package cluster groups articles into stories online: each article is
// placed when it arrives, against the stories so far, by TF-IDF cosine
// similarity of its words and entities, with time when dates are known.
// The same input in the same order always gives the same stories.
package cluster

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Doc is what the clusterer needs of an article.
type Doc struct {
	ID        string
	Terms     map[string]float64 // term → weight (counts; titles and entities weigh more)
	Published *time.Time
	// Ordinals are the ordinal numbers the article gives events, by event
	// class: "the sixth meeting" and "the third meeting" are two events.
	Ordinals map[string][]int
}

// Story is a cluster's running state.
type Story struct {
	ID string `json:"id"`
	// Storyline is the ID of the first story of the events this one follows
	// on from (its own ID when it follows on from none).
	Storyline string             `json:"storyline"`
	Articles  []string           `json:"articles"`
	Centroid  map[string]float64 `json:"centroid"` // summed term weights
	First     *time.Time         `json:"first,omitempty"`
	Last      *time.Time         `json:"last,omitempty"`
	Ordinals  map[string][]int   `json:"ordinals,omitempty"`

	Touched int `json:"touched"` // the tick it last grew at
	// Into is the story this one was merged into: it is no longer matched,
	// and is dropped when open stories are next closed.
	Into string `json:"into,omitempty"`

	vec sparse // cached weighted centroid
	gen int
}

// Threshold is the cosine similarity above which an article joins a
// story: the best single value on the Multi-News mix (BENCHMARKS.md), and
// it keeps the sample corpus's events apart.
const Threshold = 0.20

const (
	// Window is how far apart in time two reports of one event may be
	// before their similarity is discounted.
	Window = 3 * 24 * time.Hour
	// MaxSpan is the longest a story runs from its first article: later
	// reports on the same subject are a new story in its storyline, so
	// a subject covered every day for months is not one ever-growing story.
	MaxSpan = 7 * 24 * time.Hour
	// maxCentroid bounds a story's remembered terms.
	maxCentroid = 400
	// probeTerms is how many of an article's heaviest terms look up
	// candidate stories in the inverted index.
	probeTerms = 30
	// maxCandidates is how many of those stories are compared in full.
	maxCandidates = 16
)

const (
	// Horizon is how long a story stays open after its latest article:
	// older stories are closed, kept in the store but no longer matched,
	// so memory is bounded by the time window and not by the corpus.
	Horizon = 30 * 24 * time.Hour
	// MaxOpen bounds the open stories when articles carry no dates: the
	// least recently extended are closed first.
	MaxOpen = 50000
)

// Clusterer holds document frequencies and the open stories; it is saved
// and loaded as JSON between runs.
type Clusterer struct {
	DF      map[string]int `json:"df"`
	N       int            `json:"n"`
	Stories []*Story       `json:"stories,omitempty"`
	Latest  *time.Time     `json:"latest,omitempty"` // newest publication date seen
	Tick    int            `json:"tick"`             // placements so far, for recency
	// Past are the closed stories remembered for storylines.
	Past []*Past `json:"past,omitempty"`
	// Apart are pairs of open stories an editor has set apart by moving
	// articles between them: a later report alike to both does not merge
	// them again. Each pair is in order.
	Apart [][2]string `json:"apart,omitempty"`

	postings     map[string][]int // term → story indexes
	byID         map[string]int
	pastPostings map[string][]int // term → Past indexes
	pastByID     map[string]int
	gen          int              // bumped when frequencies change: story vectors are then stale
	genN         int              // N when gen was last bumped
	dict         map[string]int32 // term → number, for the sparse vectors
	changed      map[string]bool  // IDs of the stories changed since Changes
}

// mark records a change to the story of an ID, open or past, for Changes.
func (c *Clusterer) mark(id string) {
	if c.changed == nil {
		c.changed = map[string]bool{}
	}
	c.changed[id] = true
}

// Changes returns the stories changed since it was last called, so that
// a large state is saved as it changes: by ID, each open story and each
// remembered one changed, and nil for one no longer open or no longer
// remembered.
func (c *Clusterer) Changes() (open map[string]*Story, past map[string]*Past) {
	c.init()
	open, past = map[string]*Story{}, map[string]*Past{}
	for id := range c.changed {
		open[id], past[id] = nil, nil
		if i, ok := c.byID[id]; ok {
			open[id] = c.Stories[i]
		}
		if i, ok := c.pastByID[id]; ok {
			past[id] = c.Past[i]
		}
	}
	c.changed = nil
	return open, past
}

// storyVector is a story's weighted centroid, cached until the story or the
// frequencies change.
func (c *Clusterer) storyVector(s *Story) sparse {
	if s.vec.ids == nil || s.gen != c.gen {
		s.vec, s.gen = c.weighted(s.Centroid), c.gen
	}
	return s.vec
}

// weighted is c.sparse(c.vector(terms)) made in one pass, with no map
// between: a story's centroid has hundreds of terms, and its vector is
// made again each time the story grows.
func (c *Clusterer) weighted(terms map[string]float64) sparse {
	es := make([]entry, 0, len(terms))
	for t, n := range terms {
		if n > 0 {
			es = append(es, entry{c.termID(t), (1 + math.Log(n)) * c.idf(t)})
		}
	}
	if norm := text.Norm(func(yield func(float64) bool) {
		for _, e := range es {
			if !yield(e.w) {
				return
			}
		}
	}); norm > 0 {
		for i := range es {
			es[i].w /= norm
		}
	}
	return sorted(es)
}

// sparse is a unit vector as parallel slices sorted by term number:
// the dot product of two is a merge, with no hashing, which is most of
// the cost of placing an article when done over maps.
type sparse struct {
	ids []int32
	ws  []float64
}

// maxDict bounds the term numbering; past it the numbers start again and
// every cached story vector is recomputed.
const maxDict = 1 << 21

func (c *Clusterer) sparse(v map[string]float64) sparse {
	es := make([]entry, 0, len(v))
	for t, w := range v {
		es = append(es, entry{c.termID(t), w})
	}
	return sorted(es)
}

type entry struct {
	id int32
	w  float64
}

// termID numbers a term for the sparse vectors.
func (c *Clusterer) termID(t string) int32 {
	if c.dict == nil {
		c.dict = map[string]int32{}
	}
	id, ok := c.dict[t]
	if !ok {
		id = int32(len(c.dict))
		c.dict[t] = id
	}
	return id
}

// sorted is the sparse vector of the entries, in order of term number.
func sorted(es []entry) sparse {
	slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(a.id, b.id) })
	out := sparse{ids: make([]int32, len(es)), ws: make([]float64, len(es))}
	for i, e := range es {
		out.ids[i], out.ws[i] = e.id, e.w
	}
	return out
}

// dot is the cosine of two sparse unit vectors, summed in fixed point
// like text.Cosine, so that it does not depend on order.
func dot(a, b sparse) float64 {
	var d int64
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			d += int64(math.Round(a.ws[i] * b.ws[j] * (1 << 40)))
			i++
			j++
		}
	}
	return float64(d) / (1 << 40)
}

func (c *Clusterer) init() {
	if c.DF == nil {
		c.DF = map[string]int{}
	}
	if c.postings == nil {
		c.postings = map[string][]int{}
		c.byID = map[string]int{}
		for i, s := range c.Stories {
			c.byID[s.ID] = i
			for t := range s.Centroid {
				c.postings[t] = append(c.postings[t], i)
			}
		}
		c.pastPostings = map[string][]int{}
		c.pastByID = make(map[string]int, len(c.Past))
		for i, p := range c.Past {
			c.pastByID[p.ID] = i
			for _, t := range p.Terms {
				c.pastPostings[t] = append(c.pastPostings[t], i)
			}
		}
	}
}

func (c *Clusterer) idf(t string) float64 {
	return math.Log(float64(c.N+1)/float64(c.DF[t]+1)) + 1
}

// vector weighs terms by sublinear TF times IDF, normalised to unit length.
func (c *Clusterer) vector(terms map[string]float64) map[string]float64 {
	v := make(map[string]float64, len(terms))
	for t, n := range terms {
		if n <= 0 {
			continue
		}
		v[t] = (1 + math.Log(n)) * c.idf(t)
	}
	return text.Unit(v)
}

// Add counts d's terms and places it in a story; it returns the story's ID.
func (c *Clusterer) Add(d Doc) string {
	c.Observe(d.Terms)
	id, _, _ := c.Place(d)
	return id
}

// Observe counts a document's terms in the document frequencies. A batch
// observes all its documents before placing any, so that the first are
// weighed as well as the last.
func (c *Clusterer) Observe(terms map[string]float64) {
	c.init()
	c.N++
	for t := range terms {
		c.DF[t]++
	}
	// Weights drift slowly as documents are counted: story vectors are
	// recomputed once the count has grown by a fiftieth, not after every
	// batch of documents.
	if c.N-c.genN > c.genN/50 {
		c.gen++
		c.genN = c.N
	}
}

// A Merge is a story merged into another by a placement. When the two were
// in different storylines, the merged one's line joins the other's.
type Merge struct {
	Story, Into         string
	Storyline, IntoLine string
}

// Place puts an observed document in the most similar story, or a new one,
// and returns the story's ID, the similarity at which it joined it (0
// for a new story) and the merges the placement made.
func (c *Clusterer) Place(d Doc) (string, float64, []Merge) {
	c.init()
	if len(c.dict) > maxDict {
		c.dict = nil
		c.gen++
	}
	v := c.vector(d.Terms)
	vs := c.sparse(v)
	best, bestSim := -1, Threshold
	related, relatedSim := -1, 0.0 // a story of the same actors, another event
	var alike []int                // the stories the article could join
	probe := heaviest(v)
	for _, i := range c.candidates(probe) {
		s := c.Stories[i]
		content := dot(vs, c.storyVector(s))
		if r := c.relatedness(content, func(t string) bool { return s.Centroid[t] > 0 }, v); r > relatedSim {
			related, relatedSim = i, r
		}
		if conflicts(s.Ordinals, d.Ordinals) {
			continue // "the third meeting" is not "the sixth"
		}
		if d.Published != nil && s.First != nil && d.Published.Sub(*s.First) > MaxSpan {
			continue // one event's reports come within days: this follows on from it
		}
		sim := content * timeFactor(s, d.Published)
		if sim > Threshold {
			alike = append(alike, i)
		}
		if sim > bestSim || (sim == bestSim && best >= 0 && i < best) {
			best, bestSim = i, sim
		}
	}
	if best < 0 {
		sum := sha256.Sum256([]byte(d.ID))
		id := "s" + hex.EncodeToString(sum[:6])
		story := &Story{ID: id, Storyline: id, Centroid: map[string]float64{}}
		if related >= 0 {
			story.Storyline = c.Stories[related].Storyline
		} else if line := c.pastRelated(probe, v); line != "" {
			story.Storyline = line // months on from a closed story
		}
		best, bestSim = len(c.Stories), 0 // it begins the story
		c.Stories = append(c.Stories, story)
		c.byID[id] = best
	}
	c.join(best, d)
	best, merged := c.mergeAlike(best, alike)
	id := c.Stories[best].ID
	c.Tick++
	c.Stories[best].Touched = c.Tick
	if p := d.Published; p != nil && (c.Latest == nil || p.After(*c.Latest)) {
		c.Latest = p
	}
	if c.Tick%1024 == 0 {
		c.close()
	}
	return id, bestSim, merged
}

// MergeThreshold is the similarity of two stories' centroids at which
// they are one event.
const MergeThreshold = 0.3

// mergeAlike merges into story i the other stories an article just placed
// in it could have joined, where i is now as alike to them as an article
// must be to join. Online placement splits an event whose first reports
// share few words; a later report that tells both bridges them. Of two
// stories the older keeps its ID. It returns the merged story's index.
func (c *Clusterer) mergeAlike(i int, alike []int) (int, []Merge) {
	var merges []Merge
	for _, j := range alike {
		if j == i {
			continue
		}
		s, t := c.Stories[i], c.Stories[j]
		if t.Into != "" || conflicts(s.Ordinals, t.Ordinals) || tooLong(s, t) || c.apart(s.ID, t.ID) {
			continue
		}
		if dot(c.storyVector(s), c.storyVector(t)) <= MergeThreshold {
			continue
		}
		keep, drop := min(i, j), max(i, j)
		m := Merge{c.Stories[drop].ID, c.Stories[keep].ID, c.Stories[drop].Storyline, c.Stories[keep].Storyline}
		c.absorb(keep, drop)
		merges = append(merges, m)
		i = keep
	}
	return i, merges
}

// tooLong reports two stories that together would span more than MaxSpan.
func tooLong(s, t *Story) bool {
	if s.First == nil || t.First == nil {
		return false
	}
	first, last := *s.First, *s.Last
	if t.First.Before(first) {
		first = *t.First
	}
	if t.Last.After(last) {
		last = *t.Last
	}
	return last.Sub(first) > MaxSpan
}

// absorb moves story j's articles and terms into story i and leaves j
// pointing at i.
func (c *Clusterer) absorb(i, j int) {
	s, t := c.Stories[i], c.Stories[j]
	s.Articles = append(s.Articles, t.Articles...)
	for term, w := range t.Centroid {
		if _, ok := s.Centroid[term]; !ok {
			c.postings[term] = append(c.postings[term], i)
		}
		s.Centroid[term] += w
	}
	s.vec = sparse{}
	if len(s.Centroid) > maxCentroid {
		c.prune(i)
	}
	s.extend(t.First, t.Last, t.Ordinals)
	s.Touched = max(s.Touched, t.Touched)
	c.Stories[j] = &Story{ID: t.ID, Storyline: t.Storyline, Into: s.ID}
	c.mark(s.ID)
	c.mark(t.ID)
	c.JoinLines(t.Storyline, s.Storyline)
	c.renameApart(t.ID, s.ID)
}

// JoinLines moves the stories of one storyline into another: one event is
// in one storyline, so when two stories merge, the merged one's line
// joins the other's with the stories that follow on from it (and an
// editor may link two storylines).
func (c *Clusterer) JoinLines(line, into string) {
	if line == into {
		return
	}
	for _, k := range c.Stories {
		if k.Storyline == line {
			k.Storyline = into
			c.mark(k.ID)
		}
	}
	for _, p := range c.Past {
		if p.Storyline == line {
			p.Storyline = into
			c.mark(p.ID)
		}
	}
}

// close drops the stories that can no longer be matched: older than the
// horizon, or beyond MaxOpen by recency. They are remembered for
// storylines until StorylineHorizon.
func (c *Clusterer) close() {
	open, past := len(c.Stories), len(c.Past)
	keep := c.Stories[:0]
	for _, s := range c.Stories {
		switch {
		case s.Into != "": // merged: its articles are in another story
			c.mark(s.ID)
		case c.Latest != nil && s.Last != nil && c.Latest.Sub(*s.Last) > Horizon:
			c.Past = append(c.Past, c.remember(s))
		default:
			keep = append(keep, s)
		}
	}
	if len(keep) > MaxOpen {
		sort.SliceStable(keep, func(a, b int) bool { return keep[a].Touched > keep[b].Touched })
		for _, s := range keep[MaxOpen:] {
			c.Past = append(c.Past, c.remember(s))
		}
		keep = keep[:MaxOpen]
		sort.SliceStable(keep, func(a, b int) bool { return c.byID[keep[a].ID] < c.byID[keep[b].ID] })
	}
	c.forget()
	if len(keep) == open && len(c.Past) == past {
		return
	}
	clear(c.Stories[len(keep):])
	c.Stories = keep
	c.postings = nil // rebuilt from the open and past stories
	c.init()
	// A closed story is matched no more: no need to keep it apart.
	c.Apart = slices.DeleteFunc(c.Apart, func(p [2]string) bool {
		_, open0 := c.byID[p[0]]
		_, open1 := c.byID[p[1]]
		return !open0 || !open1
	})
}

const (
	// StorylineThreshold is the content similarity above which a story
	// that is a different event (an ordinal conflict, weeks apart) is a
	// follow-on of the same storyline.
	StorylineThreshold = Threshold
	// storylineActors is how many named entities, none of them common, a
	// less similar story must share with an article to be in its
	// storyline, and actorContent how similar it must still be.
	storylineActors = 2
	actorContent    = 0.7 * StorylineThreshold
)

// relatedness scores how strongly a story belongs to an article's
// storyline: by content, or by the named actors they share. Actors named
// in many reports ("Donald Trump", "White House", "United States") do
// not count: on the Multi-News mix they chained a score of unrelated
// stories into one storyline.
func (c *Clusterer) relatedness(content float64, has func(term string) bool, v map[string]float64) float64 {
	if content >= StorylineThreshold {
		return content
	}
	if content < actorContent {
		return 0
	}
	shared, common := 0, max(5, c.N/50)
	for t := range v {
		if strings.HasPrefix(t, "e:") && has(t) && c.DF[t] <= common {
			shared++
		}
	}
	if shared >= storylineActors {
		return content
	}
	return 0
}

// StorylineOf returns the storyline of an open story or one remembered;
// ok is false for a story closed and forgotten.
func (c *Clusterer) StorylineOf(storyID string) (line string, ok bool) {
	c.init()
	if i, ok := c.byID[storyID]; ok {
		line = c.Stories[i].Storyline
	} else if i, ok := c.pastByID[storyID]; ok {
		line = c.Past[i].Storyline
	} else {
		return "", false
	}
	if line == "" {
		return storyID, true
	}
	return line, true
}

func (c *Clusterer) join(i int, d Doc) {
	s := c.Stories[i]
	c.mark(s.ID)
	s.Articles = append(s.Articles, d.ID)
	s.vec = sparse{}
	for t, w := range d.Terms {
		if _, ok := s.Centroid[t]; !ok {
			c.postings[t] = append(c.postings[t], i)
		}
		s.Centroid[t] += w
	}
	if len(s.Centroid) > maxCentroid {
		c.prune(i)
	}
	s.extend(d.Published, d.Published, d.Ordinals)
}

// extend widens a story's time to take in first..last (when known) and
// adds the ordinals it has not.
func (s *Story) extend(first, last *time.Time, ordinals map[string][]int) {
	if first != nil {
		if s.First == nil || first.Before(*s.First) {
			s.First = first
		}
		if s.Last == nil || last.After(*s.Last) {
			s.Last = last
		}
	}
	for class, ns := range ordinals {
		if s.Ordinals == nil {
			s.Ordinals = map[string][]int{}
		}
		for _, n := range ns {
			if !containsInt(s.Ordinals[class], n) {
				s.Ordinals[class] = append(s.Ordinals[class], n)
			}
		}
	}
}

// prune keeps a story's heaviest terms; postings of dropped terms go stale
// and are skipped harmlessly.
func (c *Clusterer) prune(i int) {
	s := c.Stories[i]
	type tw struct {
		t string
		w float64
	}
	all := make([]tw, 0, len(s.Centroid))
	for t, w := range s.Centroid {
		all = append(all, tw{t, w * c.idf(t)})
	}
	sort.Slice(all, func(a, b int) bool {
		if all[a].w != all[b].w {
			return all[a].w > all[b].w
		}
		return all[a].t < all[b].t
	})
	for _, x := range all[maxCentroid:] {
		delete(s.Centroid, x.t)
	}
}

// candidates are the open stories sharing the most of an article's
// heaviest terms (probe): at most maxCandidates of them are scored in
// full, so placing an article costs the same however many stories are open.
func (c *Clusterer) candidates(probe []string) []int {
	shared := map[int]int{}
	for _, t := range probe {
		for _, i := range c.postings[t] {
			if c.Stories[i].Into == "" {
				shared[i]++
			}
		}
	}
	return top(shared)
}

// heaviest returns v's probeTerms heaviest terms.
func heaviest(v map[string]float64) []string {
	type weighed struct {
		t string
		w float64
	}
	terms := make([]weighed, 0, len(v))
	for t, w := range v {
		terms = append(terms, weighed{t, w})
	}
	slices.SortFunc(terms, func(a, b weighed) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return strings.Compare(a.t, b.t)
	})
	out := make([]string, min(len(terms), probeTerms))
	for i := range out {
		out[i] = terms[i].t
	}
	return out
}

// top returns, in order, the maxCandidates indexes with the most shared
// terms (the lower index first among equals).
func top(shared map[int]int) []int {
	type counted struct{ i, n int }
	all := make([]counted, 0, len(shared))
	for i, n := range shared {
		all = append(all, counted{i, n})
	}
	slices.SortFunc(all, func(a, b counted) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return a.i - b.i
	})
	out := make([]int, 0, min(len(all), maxCandidates))
	for _, x := range all[:min(len(all), maxCandidates)] {
		out = append(out, x.i)
	}
	sort.Ints(out)
	return out
}

// conflicts reports events of one class given different ordinals by the
// story and the article, with none in common.
func conflicts(a, b map[string][]int) bool {
	for class, ns := range b {
		ms := a[class]
		if len(ms) == 0 || len(ns) == 0 {
			continue
		}
		shared := false
		for _, n := range ns {
			shared = shared || containsInt(ms, n)
		}
		if !shared {
			return true
		}
	}
	return false
}

// timeFactor discounts a story that lies far in time from the article.
func timeFactor(s *Story, p *time.Time) float64 {
	if p == nil || s.First == nil {
		return 1
	}
	var gap time.Duration
	switch {
	case p.Before(*s.First):
		gap = s.First.Sub(*p)
	case p.After(*s.Last):
		gap = p.Sub(*s.Last)
	}
	if gap <= Window {
		return 1
	}
	return float64(Window) / float64(gap)
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
