package cluster

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
)

const (
	// StorylineHorizon is how long a closed story is remembered for
	// storylines: a verdict and the sentencing months later, or two
	// summits of the same leaders, are far apart, and a story closes
	// Horizon after its last report.
	StorylineHorizon = 365 * 24 * time.Hour
	// MaxPast bounds the closed stories remembered, for articles with no
	// dates: the earliest closed are forgotten first.
	MaxPast = 50000
	// pastTerms is how many of a closed story's heaviest terms are kept.
	pastTerms = 32
)

// A Past story is a closed story as remembered for storylines: only its
// heaviest terms, enough to tell that a new event follows on from it.
type Past struct {
	ID        string     `json:"id"`
	Storyline string     `json:"storyline"`
	Last      *time.Time `json:"last,omitempty"`
	Terms     []string   `json:"terms"`   // in order
	Weights   []float32  `json:"weights"` // of Terms, a unit vector; float32 halves the state saved
}

// remember keeps what a closing story's storyline needs: its heaviest
// terms, weighted as in its vector.
func (c *Clusterer) remember(s *Story) *Past {
	type tw struct {
		t string
		w float64
	}
	all := make([]tw, 0, len(s.Centroid))
	for t, n := range s.Centroid {
		if n > 0 {
			all = append(all, tw{t, (1 + math.Log(n)) * c.idf(t)})
		}
	}
	slices.SortFunc(all, func(a, b tw) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return cmp.Compare(a.t, b.t)
	})
	all = all[:min(len(all), pastTerms)]
	slices.SortFunc(all, func(a, b tw) int { return cmp.Compare(a.t, b.t) })
	norm := 0.0
	for _, x := range all {
		norm += x.w * x.w
	}
	c.mark(s.ID) // no longer open, remembered
	p := &Past{ID: s.ID, Storyline: s.Storyline, Last: s.Last}
	for _, x := range all {
		// A copy: a term may be cut from an article's text, which would
		// otherwise be kept for as long as the story is remembered.
		p.Terms = append(p.Terms, strings.Clone(x.t))
		p.Weights = append(p.Weights, float32(x.w/math.Sqrt(norm)))
	}
	return p
}

// forget drops the closed stories past the storyline horizon, and the
// earliest beyond MaxPast.
func (c *Clusterer) forget() {
	c.Past = slices.DeleteFunc(c.Past, func(p *Past) bool {
		if c.Latest != nil && p.Last != nil && c.Latest.Sub(*p.Last) > StorylineHorizon {
			c.mark(p.ID)
			return true
		}
		return false
	})
	if n := len(c.Past) - MaxPast; n > 0 {
		for _, p := range c.Past[:n] {
			c.mark(p.ID)
		}
		c.Past = slices.Delete(c.Past, 0, n)
	}
}

// pastRelated returns the storyline of the closed story an article that
// starts a story follows on from, if any: the most related of those
// sharing most of its heaviest terms (probe).
func (c *Clusterer) pastRelated(probe []string, v map[string]float64) string {
	shared := map[int]int{}
	for _, t := range probe {
		for _, i := range c.pastPostings[t] {
			shared[i]++
		}
	}
	best, bestRel := -1, 0.0
	for _, i := range top(shared) {
		p := c.Past[i]
		has := func(t string) bool { _, ok := slices.BinarySearch(p.Terms, t); return ok }
		content := 0.0
		for k, t := range p.Terms {
			content += v[t] * float64(p.Weights[k])
		}
		if r := c.relatedness(content, has, v); r > bestRel {
			best, bestRel = i, r
		}
	}
	if best < 0 {
		return ""
	}
	return c.Past[best].Storyline
}
