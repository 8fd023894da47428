package cluster

import "slices"

// This file holds the changes made to stories after their articles were
// placed: copies joining them, articles removed, and an editor's moves
// and merges.

// Join adds a copy to the story of its original without changing the
// story's terms: a copy says nothing new.
func (c *Clusterer) Join(storyID, articleID string) {
	c.init()
	i, ok := c.byID[storyID]
	for ok && c.Stories[i].Into != "" {
		i, ok = c.byID[c.Stories[i].Into]
	}
	if ok {
		c.Stories[i].Articles = append(c.Stories[i].Articles, articleID)
		c.mark(c.Stories[i].ID)
	}
}

// Reset makes a story hold the given articles, after some were removed
// from it or moved in or out: its terms, time and ordinals are made again
// from docs (the articles that are not copies). A story left with no
// articles is forgotten, open or remembered for storylines; a closed
// story is left as it is.
func (c *Clusterer) Reset(storyID string, articles []string, docs []Doc) {
	c.init()
	if len(articles) == 0 {
		c.drop(storyID)
		return
	}
	i, ok := c.byID[storyID]
	if !ok || c.Stories[i].Into != "" {
		return // closed: no longer matched
	}
	s := c.Stories[i]
	c.mark(s.ID)
	old := s.Centroid
	s.Articles = articles
	s.Centroid = map[string]float64{}
	s.First, s.Last, s.Ordinals = nil, nil, nil
	s.vec = sparse{}
	for _, d := range docs {
		for t, w := range d.Terms {
			s.Centroid[t] += w
		}
		s.extend(d.Published, d.Published, d.Ordinals)
	}
	if len(s.Centroid) > maxCentroid {
		c.prune(i)
	}
	for t := range s.Centroid {
		if _, ok := old[t]; !ok {
			c.postings[t] = append(c.postings[t], i)
		}
	}
}

// drop forgets a story, open or remembered for storylines.
func (c *Clusterer) drop(storyID string) {
	c.mark(storyID)
	open, past := len(c.Stories), len(c.Past)
	c.Stories = slices.DeleteFunc(c.Stories, func(s *Story) bool { return s.ID == storyID })
	c.Past = slices.DeleteFunc(c.Past, func(p *Past) bool { return p.ID == storyID })
	c.Apart = slices.DeleteFunc(c.Apart, func(p [2]string) bool { return p[0] == storyID || p[1] == storyID })
	if len(c.Stories) != open || len(c.Past) != past {
		c.postings = nil // rebuilt, for the stories after it have moved
		c.init()
	}
}

// Open starts an empty open story, in a storyline of its own, for
// articles an editor moves out of theirs; Reset then gives it them. It
// does nothing to a story already known.
func (c *Clusterer) Open(storyID string) {
	c.init()
	if _, ok := c.byID[storyID]; ok {
		return
	}
	if _, ok := c.pastByID[storyID]; ok {
		return
	}
	c.byID[storyID] = len(c.Stories)
	c.Stories = append(c.Stories, &Story{ID: storyID, Storyline: storyID, Centroid: map[string]float64{}, Touched: c.Tick})
	c.mark(storyID)
}

// KeepApart records that an editor has set two open stories apart:
// placing a later report alike to both will not merge them. A closed
// story is matched no more, so needs no such record.
func (c *Clusterer) KeepApart(a, b string) {
	c.init()
	_, openA := c.byID[a]
	_, openB := c.byID[b]
	if a == b || !openA || !openB || c.apart(a, b) {
		return
	}
	c.Apart = append(c.Apart, pair(a, b))
}

func (c *Clusterer) apart(a, b string) bool {
	return slices.Contains(c.Apart, pair(a, b))
}

func pair(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

// renameApart makes the stories kept apart from one story kept apart
// from the story it merged into.
func (c *Clusterer) renameApart(from, into string) {
	var out [][2]string
	for _, p := range c.Apart {
		for k := range p {
			if p[k] == from {
				p[k] = into
			}
		}
		if p[0] != p[1] && !slices.Contains(out, pair(p[0], p[1])) {
			out = append(out, pair(p[0], p[1]))
		}
	}
	c.Apart = out
}

// Merge makes an editor's merge of one story into another: the merged
// story is forgotten, its storyline joins the other's, and the stories
// kept apart from it are kept apart from the other. The caller then
// Resets the other story with the articles of both.
func (c *Clusterer) Merge(m Merge) {
	c.init()
	c.JoinLines(m.Storyline, m.IntoLine)
	c.renameApart(m.Story, m.Into)
	c.drop(m.Story)
}

// SetLine puts one story, open or remembered, in a storyline: an editor
// taking it out of the one it was in.
func (c *Clusterer) SetLine(storyID, line string) {
	c.init()
	if i, ok := c.byID[storyID]; ok {
		c.Stories[i].Storyline = line
	} else if i, ok := c.pastByID[storyID]; ok {
		c.Past[i].Storyline = line
	}
	c.mark(storyID)
}

// Similarity is how alike a document is to others taken as one story: the
// cosine Place holds against Threshold, time left aside. An article's new
// text is held against the rest of its story with it.
func (c *Clusterer) Similarity(d Doc, others []Doc) float64 {
	c.init()
	sum := map[string]float64{}
	for _, o := range others {
		for t, w := range o.Terms {
			sum[t] += w
		}
	}
	return dot(c.weighted(d.Terms), c.weighted(sum))
}
