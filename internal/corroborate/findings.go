package corroborate

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// claim is one value an article states about one subject.
type claim struct {
	item int
	q    analyze.Quantity
	// own is the subject the claim's sentence gives; q.Subject may be one
	// taken from alike sentences (bySubject).
	own string
}

// sentence is the text of the sentence that gives the claim's value.
func (c claim) sentence(items []Item) string {
	return items[c.item].Analysis.Sentences[c.q.Sentence].Text
}

// Findings aligns the values the articles give (durations, counts,
// ordinals, days) by what they measure, and the statements they share.
// A value reported by two or more independent articles is corroborated;
// competing values, each reported by an article that does not give the
// other, are disputed; a value or statement from one article only is
// single-source.
// Quotes credited to different speakers are disputed too.
func Findings(items []Item, quotes []model.Quote) []model.Finding {
	var out []model.Finding
	for _, slot := range slotsOf(items) {
		out = append(out, slotFindings(items, slot)...)
	}
	out = mergeRepeats(out)
	out = append(out, attributions(items, quotes)...)
	disputed, valued := map[string]bool{}, map[string]bool{}
	for _, f := range out {
		for _, e := range f.Evidence {
			valued[e.Text] = true
			if f.Status == model.Disputed {
				disputed[e.Text] = true
			}
		}
	}
	out = append(out, statements(items, disputed, valued)...)
	countReports(out, items)
	for i := range out {
		out[i].Evidence = onceEach(out[i].Evidence)
	}
	rank := map[string]int{model.Disputed: 0, model.Evolving: 1, model.Corroborated: 2, model.SingleSource: 3}
	sort.SliceStable(out, func(a, b int) bool {
		fa, fb := out[a], out[b]
		if rank[fa.Status] != rank[fb.Status] {
			return rank[fa.Status] < rank[fb.Status]
		}
		return len(fa.Articles) > len(fb.Articles)
	})
	return out
}

// mergeRepeats joins the value findings that say the same of the same
// articles: an article's "Thursday" in two unalike sentences is one line
// with two pieces of evidence, not two lines that read alike.
func mergeRepeats(fs []model.Finding) []model.Finding {
	seen := map[string]int{}
	var out []model.Finding
	for _, f := range fs {
		if f.Status != model.SingleSource && f.Status != model.Corroborated {
			out = append(out, f)
			continue
		}
		k := f.Status + "|" + f.Text + "|" + strings.Join(f.Articles, ",")
		if i, ok := seen[k]; ok {
			out[i].Evidence = append(out[i].Evidence, f.Evidence...)
			continue
		}
		seen[k] = len(out)
		out = append(out, f)
	}
	return out
}

// slotsOf gathers the items' values into what they measure (slotKey,
// bySubject), in the order the items first give them.
func slotsOf(items []Item) [][]claim {
	slots := map[string][]claim{}
	var order []string
	for i, it := range items {
		for _, q := range it.Analysis.Quantities {
			k := slotKey(q)
			if _, ok := slots[k]; !ok {
				order = append(order, k)
			}
			slots[k] = append(slots[k], claim{i, q, q.Subject})
		}
	}
	var out [][]claim
	for _, k := range order {
		out = append(out, bySubject(items, slots[k])...)
	}
	return out
}

// slotQuantity is a slot's first value, with the name of what the slot's
// values are of.
func slotQuantity(items []Item, claims []claim) analyze.Quantity {
	q := claims[0].q
	q.Noun, q.What = nounOf(claims, q.Subject), whatOf(claims)
	if q.Noun == "" {
		q.Noun = eventNoun(items, claims, q)
	}
	return q
}

// slotKey names what a value measures: its kind, unit family and subject.
// Values without a subject only align with the same value, never dispute.
func slotKey(q analyze.Quantity) string {
	unit := q.Kind
	// Counts of different things differ ("4 documents", "28 points") unless
	// they count one event ("12 people died", "12 dead": the toll).
	if (q.Kind == analyze.Count && !analyze.EventClass(q.Subject)) || q.Kind == analyze.Money || q.Kind == analyze.Temperature {
		unit = q.Unit // nor are temperatures in scales compared
	}
	if q.Kind == analyze.Money && (strings.HasPrefix(q.What, "rise in ") || strings.HasPrefix(q.What, "fall in ")) {
		unit += " moved" // "fell 27 cents to $60.37": the fall is not the price
	}
	// A count of the events themselves ("six trials") is not one of those
	// taking part ("six officers" at the hearing); the words of a toll or of
	// the injured are one.
	if q.Kind == analyze.Count && q.Subject != "toll" && q.Subject != "injured" && !analyze.Fate(q.Subject) && analyze.EventTerms(q.Subject)[text.Stem(q.Unit)] {
		unit = "events"
	}
	return q.Kind + "|" + unit
}

// SubjectContext is how alike two sentences must be (cosine of their
// content words) for values in them to measure the same thing when the
// sentence does not say what a value is of ("a prize of $50,000", "$75,000
// in prize money").
const SubjectContext = 0.25

// bySubject splits the claims of one kind into what they measure: claims
// with the same subject, and claims without one joined to those whose
// sentences are alike. Each part takes its most frequent subject.
func bySubject(items []Item, claims []claim) [][]claim {
	joined := newUnion(len(claims))
	ctx := make([]map[string]float64, len(claims))
	for i, c := range claims {
		ctx[i] = contextOf(c.sentence(items))
	}
	// alike reads the claims' sentences and values, and whether their
	// origins differ: sameClaims numbers claims by the first two.
	alike := func(i, j int) bool {
		if (ownLength(claims[i].q) || ownLength(claims[j].q)) && claims[i].q.What != claims[j].q.What {
			return false
		}
		if fromPlace(claims[i].q, claims[j].q) || fromPlace(claims[j].q, claims[i].q) {
			return false
		}
		a, b := claims[i].q.Subject, claims[j].q.Subject
		return (a != "" && a == b) || ((a == "" || b == "") && (text.Cosine(ctx[i], ctx[j]) >= SubjectContext || distinctFigure(items, claims[i], claims[j])) && nounsAgree(claims[i], claims[j], ctx[i], ctx[j]))
	}
	// Claims the same in all alike reads (a syndicated copy's and its
	// original's, a wire sentence many reports carry) are compared with
	// another once, or twice where their origins matter: a wire story carried
	// by hundreds of outlets would otherwise cost the square of their number.
	same, kinds := sameClaims(items, claims)
	var known []int8 // by pair of kinds and whether their origins differ: 0 not yet compared, 1 alike, 2 not
	if kinds < len(claims) && kinds <= maxKinds {
		known = make([]int8, 2*kinds*kinds)
	}
	compare := func(i, j int) bool {
		if known == nil {
			return alike(i, j)
		}
		k := 2 * (same[i]*kinds + same[j])
		if twoReports(items, claims[i], claims[j]) {
			k++
		}
		if known[k] == 0 {
			known[k] = 2
			if alike(i, j) {
				known[k] = 1
			}
		}
		return known[k] == 1
	}
	origins := map[string]int{}
	origin := make([]int, len(claims))
	open := make([]bool, kinds) // by kind: its claims have no subject
	first := map[string]int{}   // a subject's first claim
	for i, c := range claims {
		o, ok := origins[items[c.item].Origin]
		if !ok {
			o = len(origins)
			origins[items[c.item].Origin] = o
		}
		origin[i] = o
		open[same[i]] = c.q.Subject == ""
		// Claims of one subject are alike, and of two subjects not: only
		// those without one need comparing.
		if s := c.q.Subject; s != "" {
			if j, ok := first[s]; ok {
				joined.join(j, i)
			} else {
				first[s] = i
			}
		}
	}
	joinAlike(same, origin, open, compare, joined)
	var parts [][]claim
	index := map[int]int{}
	for i, c := range claims {
		r := joined.find(i)
		if _, ok := index[r]; !ok {
			index[r] = len(parts)
			parts = append(parts, nil)
		}
		parts[index[r]] = append(parts[index[r]], c)
	}
	for _, part := range parts {
		best := ownSubject(part)
		for i := range part {
			part[i].q.Subject = best
		}
	}
	return parts
}

// fromPlace reports a distance from a place ("about 200km from the
// sighting") beside a value named otherwise: a size ("a 100-nautical-mile
// radius") is not how far one place lies from another.
func fromPlace(a, b analyze.Quantity) bool {
	return strings.HasPrefix(a.What, "distance from ") && !strings.HasPrefix(b.What, "distance from ") && (b.Subject != "" || b.What != "")
}

// ownLength reports a duration its sentence says is no event's length: a
// deadline ("has 14 days to appeal") or time served ("after spending two
// years in prison", against a sentence of eight).
func ownLength(q analyze.Quantity) bool {
	return q.What == "deadline" || q.What == "time served"
}

// maxKinds bounds the table of compared kinds of claims (2 MB).
var maxKinds = 1024

// union records which of n things are joined: each is its part's root or
// points towards it.
type union []int

func newUnion(n int) union {
	u := make(union, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u union) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// join puts j's part in i's, under i's root.
func (u union) join(i, j int) { u[u.find(j)] = u.find(i) }

// joinAlike joins in u every pair of claims i < j for which alike(i, j),
// where alike(i, j) depends only on kind[i] and kind[j], in that order, and
// on whether origin[i] and origin[j] differ, and two kinds neither of which
// is open are not alike (but for claims of one kind and origin). It asks once per
// pair of kinds, order and relation of origins, and not where the claims
// it would join are joined already: a report and its thousand copies make
// a few classes (claims of one kind and origin), not a million pairs, and
// a thousand reports that share a wire story's sentences a few hundred
// kinds. Two kinds neither of which is open are not compared: the caller
// has joined what of them is alike.
func joinAlike(kind, origin []int, open []bool, alike func(i, j int) bool, u union) {
	type key struct{ kind, origin int }
	ids := map[key]int{}
	var members [][]int // by class
	var kindOf []int    // by class
	for i := range kind {
		k := key{kind[i], origin[i]}
		c, ok := ids[k]
		if !ok {
			c = len(members)
			ids[k] = c
			members = append(members, nil)
			kindOf = append(kindOf, kind[i])
		}
		members[c] = append(members[c], i)
	}
	joined := func(r int, in []int, keep func(int) bool) bool {
		for _, i := range in {
			if keep(i) && u.find(i) != r {
				return false
			}
		}
		return true
	}
	// pairs joins the claims of x and y that come in that order: whatever
	// is of x before y's last and of y after x's first, through those two.
	pairs := func(x, y []int) {
		x0, y1 := x[0], y[len(y)-1]
		if x0 > y1 {
			return
		}
		before := func(i int) bool { return i < y1 }
		after := func(j int) bool { return j > x0 }
		r := u.find(x0)
		if u.find(y1) == r && joined(r, x, before) && joined(r, y, after) {
			return
		}
		if !alike(x0, y1) {
			return
		}
		for _, i := range x {
			if before(i) {
				u.join(y1, i)
			}
		}
		for _, j := range y {
			if after(j) {
				u.join(x0, j)
			}
		}
	}
	// A claim alone in its class, as most of a story of many reports are,
	// is compared with the other lone claims a kind at a time (below).
	lone := make([]bool, len(members))
	loneOf := make([][]int, len(open)) // by kind, in order
	// The classes a class is compared with, after it: every one, the open
	// ones, and of those the ones of several claims, as lone ones are not
	// compared with lone ones here.
	var all, opens, multi, openMulti []int
	for c, m := range members {
		all = append(all, c)
		if lone[c] = len(m) == 1; lone[c] {
			loneOf[kindOf[c]] = append(loneOf[kindOf[c]], m[0])
		} else {
			multi = append(multi, c)
		}
		if open[kindOf[c]] {
			opens = append(opens, c)
			if !lone[c] {
				openMulti = append(openMulti, c)
			}
		}
	}
	for a, x := range members {
		if len(x) > 1 && !joined(u.find(x[0]), x, func(int) bool { return true }) && alike(x[0], x[1]) {
			for _, i := range x[1:] {
				u.join(x[0], i)
			}
		}
		bs := all
		switch {
		case lone[a] && open[kindOf[a]]:
			bs = multi
		case lone[a]:
			bs = openMulti
		case !open[kindOf[a]]:
			bs = opens
		}
		k, _ := slices.BinarySearch(bs, a+1)
		for _, b := range bs[k:] {
			pairs(x, members[b])
			pairs(members[b], x)
		}
	}
	var openKinds []int // with lone claims
	for k, xs := range loneOf {
		if open[k] && len(xs) > 0 {
			openKinds = append(openKinds, k)
		}
	}
	for ka, xs := range loneOf {
		if len(xs) == 0 {
			continue
		}
		// Lone claims of one kind are of different origins: one answer
		// for every pair.
		if open[ka] && len(xs) > 1 && !joined(u.find(xs[0]), xs, func(int) bool { return true }) && alike(xs[0], xs[1]) {
			for _, i := range xs[1:] {
				u.join(xs[0], i)
			}
		}
		compare := func(ys []int) {
			switch {
			case len(ys) == 0:
			case len(xs) == 1 && len(ys) == 1: // most kinds of a story of distinct reports
				if i, j := xs[0], ys[0]; u.find(i) != u.find(j) && alike(min(i, j), max(i, j)) {
					u.join(i, j)
				}
			case joined(u.find(xs[0]), slices.Concat(xs, ys), func(int) bool { return true }):
			default:
				joinBefore(xs, ys, origin, alike, u)
				joinBefore(ys, xs, origin, alike, u)
				joinSameOrigin(xs, ys, origin, alike, u)
			}
		}
		if open[ka] {
			for _, ys := range loneOf[ka+1:] {
				compare(ys)
			}
			continue
		}
		k, _ := slices.BinarySearch(openKinds, ka+1)
		for _, kb := range openKinds[k:] {
			compare(loneOf[kb])
		}
	}
}

// joinBefore joins each claim j of ys with every claim i of xs before it of
// another origin, where alike(i, j) answers for all such pairs and the
// claims of xs are of different origins. It keeps the claims of xs before
// j as a part (of which it holds two, of two origins) and those left out of
// it, so each claim is handled a few times, not once per pair.
func joinBefore(xs, ys, origin []int, alike func(i, j int) bool, u union) {
	var part, left []int
	next, asked := 0, false
	for _, j := range ys {
		for ; next < len(xs) && xs[next] < j; next++ {
			left = append(left, xs[next])
		}
		other := -1 // a claim before j of another origin
		for _, in := range [2][]int{part, left} {
			for _, i := range in {
				if other < 0 && origin[i] != origin[j] {
					other = i
				}
			}
		}
		if other < 0 {
			continue // none: the claims before j are at most one, of j's origin
		}
		if !asked {
			if !alike(other, j) {
				return
			}
			asked = true
		}
		// Every claim before j but the one of j's origin (if any) is now
		// in j's part: a part of all of them, with that one left out.
		same := -1
		var kept []int
		for _, in := range [2][]int{part, left} {
			for _, i := range in {
				if origin[i] == origin[j] {
					same = i
					continue
				}
				u.join(i, j)
				if len(kept) < 2 {
					kept = append(kept, i)
				}
			}
		}
		part, left = kept, left[:0]
		if same >= 0 {
			left = append(left, same)
		}
	}
}

// joinSameOrigin joins the claims of xs and ys of one origin (at most one
// of each), where alike answers for all such pairs taken in one order.
func joinSameOrigin(xs, ys, origin []int, alike func(i, j int) bool, u union) {
	// Pairs are found through the shorter list's origins.
	if len(xs) > len(ys) {
		xs, ys = ys, xs
	}
	at := make(map[int]int, len(xs))
	for _, i := range xs {
		at[origin[i]] = i
	}
	var asked [2]int8 // the earlier claim of xs or of ys: 0 not yet, 1 alike, 2 not
	for _, j := range ys {
		i, ok := at[origin[j]]
		if !ok || u.find(i) == u.find(j) {
			continue
		}
		order := 0
		if j < i {
			order = 1
		}
		if asked[order] == 0 {
			asked[order] = 2
			if alike(min(i, j), max(i, j)) {
				asked[order] = 1
			}
		}
		if asked[order] == 1 {
			u.join(i, j)
		}
	}
}

// sameClaims numbers the claims by what bySubject compares of them besides
// their origins (the sentence and the value as read), the same number for
// the same, and returns how many numbers it gave.
func sameClaims(items []Item, claims []claim) ([]int, int) {
	type key struct {
		sentence string
		q        analyze.Quantity
	}
	ids := map[key]int{}
	out := make([]int, len(claims))
	for i, c := range claims {
		k := key{c.sentence(items), c.q}
		k.q.Sentence = 0 // where the sentence stands is not compared
		id, ok := ids[k]
		if !ok {
			id = len(ids)
			ids[k] = id
		}
		out[i] = id
	}
	return out, len(ids)
}

// twoReports reports claims of two original reports, not of one report
// and its copies.
func twoReports(items []Item, a, b claim) bool {
	return items[a.item].Origin != items[b.item].Origin
}

// distinctFigure reports two reports giving one figure the same way that
// is unlikely to be a coincidence: written to two significant digits or
// more ("3,500 feet", "106 minutes", "$16 billion"), and not a share, of
// which reports give many ("25%"). One report's figures join nothing so:
// "runs a long 95 minutes" is no sentence about its "1 hour 35 minutes".
// Nor is a deadline's or a hold's usual span of a few half-days in hours
// ("a 48-hour notice", "holding people for 48 hours"; not "144 hours").
func distinctFigure(items []Item, a, b claim) bool {
	return twoReports(items, a, b) && a.q.Kind != analyze.Percent && sameFigure(a, b) && a.q.Value >= 10*precision(a.q.Value) &&
		!(a.q.Unit == "hour" && a.q.Value <= 72 && math.Mod(a.q.Value, 12) == 0)
}

// nounsAgree reports two claims that may measure one thing as far as their
// nouns tell: a value said of a noun ("a $100 million stake") is rivalled
// only by sentences that name it, not by one that does not ("who owes him
// at least $13 million"), which may be of anything else the story holds;
// the same value may be the same thing either way.
func nounsAgree(a, b claim, actx, bctx map[string]float64) bool {
	return compatible(a.q, b.q) || names(b, actx) && names(a, bctx)
}

// names reports a sentence context that names what c's value is of, when
// c's own words give a noun; a payment (a buying verb's) needs no naming.
func names(c claim, ctx map[string]float64) bool {
	return c.q.Noun == "" || analyze.EventClass(c.q.Subject) || ctx[c.q.Subject] > 0
}

// sources counts the outlets (or, where an outlet is unknown, the original
// articles) that give the claims.
func sources(items []Item, claims []claim) int {
	seen := map[string]bool{}
	for _, c := range claims {
		seen[items[c.item].source()] = true
	}
	return len(seen)
}

// countReports counts each finding's original articles: a copy and its
// original are one report.
func countReports(fs []model.Finding, items []Item) {
	origin := make(map[string]string, len(items))
	for _, it := range items {
		origin[it.ID] = it.Origin
	}
	for i := range fs {
		seen := map[string]bool{}
		for _, id := range fs[i].Articles {
			seen[origin[id]] = true
		}
		fs[i].Reports = len(seen)
	}
}

// contextOf is a sentence's content words without its numbers and days,
// as a unit vector.
func contextOf(sentence string) map[string]float64 {
	v := map[string]float64{}
	for _, t := range text.Terms(sentence) {
		if t == "" || (t[0] >= '0' && t[0] <= '9') || analyze.IsQuantityWord(t) {
			continue
		}
		v[t] = 1
	}
	return text.Unit(v)
}

// group is the claims that agree on one value.
type group struct {
	claims []claim
	aside  []claim         // of the same articles, naming no more than what the value is of
	origin map[string]bool // independent articles
	ids    map[string]bool // all articles, copies included
}

func slotFindings(items []Item, claims []claim) []model.Finding {
	// Exact values first: they anchor groups that approximate ones join.
	sort.SliceStable(claims, func(a, b int) bool {
		return exact(claims[a].q) && !exact(claims[b].q)
	})
	groups := groupClaims(items, claims)
	q := slotQuantity(items, claims)
	if q.Subject != "" && q.Kind == analyze.Count && len(groups) > 1 {
		if f, ok := evolving(items, groups); ok {
			return []model.Finding{f}
		}
	}
	// Values without a subject dispute only when sentences alike joined
	// them (bySubject): alone, "5 hours" and "3 hours" may be of anything.
	// Days never do without one: a report names many days, and alike
	// sentences are not enough to say two of them date one thing.
	if (q.Subject != "" || len(claims) > 1 && !analyze.Calendar(q.Kind)) && len(groups) <= maxDisputed(q.Kind) && sameScale(groups) && !atOdds(groups) &&
		!opposite(items, groups) && !conjectured(items, groups) && !subsets(groups) && !shares(items, groups) && !tallies(items, groups) && disputed(items, groups) && alike(items, groups) {
		f := model.Finding{Status: model.Disputed, Subject: subjectName(items, q, claims), Kind: q.Kind}
		all := map[string]bool{}
		var parts []string
		for _, g := range groups {
			v := model.Value{Value: groupValue(g), Articles: sortedKeys(g.ids)}
			f.Values = append(f.Values, v)
			parts = append(parts, fmt.Sprintf("%s (%s)", v.Value, plural(len(g.origin), "report")))
			for id := range g.ids {
				all[id] = true
			}
			f.Evidence = append(f.Evidence, evidence(items, g.claims, q.Subject)...)
		}
		f.Articles = sortedKeys(all)
		f.Text = fmt.Sprintf("Reports differ on %s: %s.", about(what(q)), strings.Join(parts, " or "))
		return []model.Finding{f}
	}
	var out []model.Finding
	for _, g := range splitUnalike(items, splitBounds(items, groups)) {
		// Named by its own claims, not by the alike sentences that joined
		// them to others: one event's counts may be of different things
		// ("28 points", "4 documents"), and a sentence near one about a
		// launch need not measure the launch.
		gq := g.claims[0].q
		gq.Subject = ownSubject(append(g.claims, g.aside...))
		gq.Noun, gq.What = nounOf(g.claims, gq.Subject), whatOf(g.claims)
		if gq.Noun == "" {
			gq.Noun = eventNoun(items, g.claims, gq)
		}
		f := model.Finding{Status: model.SingleSource, Subject: subjectName(items, gq, g.claims), Kind: q.Kind, Articles: sortedKeys(g.ids)}
		if sources(items, g.claims) >= 2 {
			f.Status = model.Corroborated
		} else if q.Kind == analyze.Ordinal && gq.Value == 1 {
			continue // "the first round", "the first Esa mission": one report's "first" describes; it claims nothing to check
		} else if f.Subject == "" && analyze.Calendar(q.Kind) {
			continue // "Day: Monday" of no event: one report's day of something unnamed is nothing to check
		}
		if q.Kind == analyze.Count && analyze.Superlative(gq.Modifier) {
			continue // "the world's two largest economies": a pick of a set describes, it claims no count
		}
		f.Values = []model.Value{{Value: groupValue(g), Articles: f.Articles}}
		f.Evidence = evidence(items, g.claims, gq.Subject)
		f.Text = fmt.Sprintf("%s: %s", capitalise(what(gq)), groupValue(g))
		out = append(out, f)
	}
	return out
}

// groupClaims puts each claim in the first group whose value it joins.
func groupClaims(items []Item, claims []claim) []*group {
	var groups []*group
	for _, c := range claims {
		var g *group
		for _, h := range groups {
			if joins(h.claims[0].q, c.q) {
				g = h
				break
			}
		}
		if g == nil {
			g = &group{origin: map[string]bool{}, ids: map[string]bool{}}
			groups = append(groups, g)
		}
		g.claims = append(g.claims, c)
		g.origin[items[c.item].Origin] = true
		g.ids[items[c.item].ID] = true
	}
	return groups
}

// splitBounds takes out of each group the bounds that allow its figure
// without saying it: "up to 50 cars" is no report of "approximately 30
// cars", nor "more than 1,000 km" of "1,900 km", though neither disputes
// it. They make groups of their own. Nor do the figures join those: a
// bound allows too much to show that a figure is of the same thing ("up
// to 50 million gallons" a reservoir holds, 38 million flushed).
func splitBounds(items []Item, groups []*group) []*group {
	var out []*group
	for _, g := range groups {
		first := g.claims[0].q
		var says, allows []claim
		for _, c := range g.claims {
			if confirms(first, c.q) {
				says = append(says, c)
			} else {
				allows = append(allows, c)
			}
		}
		if len(allows) == 0 {
			out = append(out, g)
			continue
		}
		out = append(out, groupClaims(items, says)...)
		out = append(out, groupClaims(items, allows)...)
	}
	return out
}

// confirms reports a value that says first's figure, where joins found
// it only compatible: a bound confirms a figure it is near ("at least
// 129" and 129), not one it merely allows.
func confirms(first, q analyze.Quantity) bool {
	if first.From != 0 || q.From != 0 || side(q) == 0 || side(first) != 0 {
		return true
	}
	return near(first.Base, q.Base, 0.1)
}

// nounOf is the noun that names what the claims' values are of, if any,
// when they are of subject. For an event it is the one a value's own words
// give where none names the event ("paid $20": the amount of the payment),
// and none where one does ("a deal worth $420 million": of the deal).
func nounOf(claims []claim, subject string) string {
	if !analyze.EventClass(subject) {
		// The noun of a claim that names it: "a 90-day ban", where "for 90
		// days" says none.
		for _, c := range claims {
			if c.q.Noun != "" && c.own == subject {
				return c.q.Noun
			}
		}
		return claims[0].q.Noun
	}
	noun := ""
	for _, c := range claims {
		if c.own == c.q.Subject && c.q.Noun == "" {
			return ""
		}
		if noun == "" {
			noun = c.q.Noun
		}
	}
	return noun
}

// eventNoun is the word every claim's sentence names its event by, where
// that is narrower than the class's name: "visit", "summit" or "call" for
// a meeting, "hurricane" for a storm. It names when the event was and how
// long it took, not what it was of: "the percentage of the vote", not "of
// the election". A sentence naming two words of the class ("the third
// round of talks") names none, nor does a plural ("flights", "talks"):
// one event's value is not of several.
func eventNoun(items []Item, claims []claim, q analyze.Quantity) string {
	class := q.Subject
	if !namedClasses[class] || !analyze.Calendar(q.Kind) && q.Kind != analyze.Ordinal && q.Kind != analyze.Duration {
		return ""
	}
	noun := ""
	for _, c := range claims {
		w := ""
		for x := range text.AllWords(c.sentence(items)) {
			x = strings.ToLower(x)
			if analyze.ClassOf(x) != class {
				continue
			}
			if w != "" && w != x {
				return ""
			}
			w = x
		}
		if w == "" || noun != "" && w != noun {
			return ""
		}
		noun = w
	}
	if one, ok := strings.CutSuffix(noun, "s"); noun == class || ok && analyze.ClassOf(one) == class {
		return ""
	}
	return noun
}

// namedClasses are the classes of events whose words are all nouns for the
// event, so that the one a report uses can name it ("the toll" is named by
// verbs too: "killed", "died").
var namedClasses = text.Set("meeting conference hearing vote storm quake fire strike outage plan mission flight launch rally")

// whatOf is what the claims' sentences call their values ("percentage of
// the firm", "rise in sales"), where those that say agree.
func whatOf(claims []claim) string {
	what := ""
	for _, c := range claims {
		switch {
		case c.q.What == "" || strings.EqualFold(c.q.What, what):
		case what == "":
			what = c.q.What
		default:
			return ""
		}
	}
	return what
}

// ownSubject is the subject the claims' own sentences give most often.
func ownSubject(claims []claim) string {
	count := map[string]int{}
	best := ""
	for _, c := range claims {
		if s := c.own; s != "" {
			count[s]++
			if count[s] > count[best] || (count[s] == count[best] && s < best) {
				best = s
			}
		}
	}
	return best
}

// rivals reports the values of two groups that cannot both hold: values
// apart, or ranges with other ends ("between 66 and 87 days", "between 66
// and 90 days"). A range and a value within it can.
func rivals(a, b analyze.Quantity) bool {
	return !compatible(a, b) || a.From != 0 && b.From != 0
}

// subsets reports counts of differently qualified sets: "716,704 black
// Williamses" and "1,534,042 total Williamses" are two figures, not rival
// accounts of one. A superlative picks some of a set ("its two biggest
// teams") and an increment adds to one ("another 22 countries"): neither
// counts a set another report counts, and rival figures beside them may
// be of parts too, so none is disputed.
func subsets(groups []*group) bool {
	for i, a := range groups {
		ma := a.claims[0].q.Modifier
		if analyze.Superlative(ma) || increments[ma] {
			return true
		}
		for _, b := range groups[i+1:] {
			if mb := b.claims[0].q.Modifier; ma != "" && mb != "" && ma != mb {
				return true
			}
		}
	}
	return false
}

// shares reports values of which some are what a named party gives: "China
// has sent 18 ships" beside "13 ships are searching" is one country's
// share beside the whole, no rival figure. Values that all give one
// party's share may still differ.
func shares(items []Item, groups []*group) bool {
	parties := map[string]bool{}
	for _, g := range groups {
		for _, c := range g.claims {
			parties[giver(items[c.item].Analysis, c.q.Sentence)] = true
		}
	}
	return len(parties) > 1
}

// giver is the place or body a sentence opens on when it says it sent,
// deployed or pledged something; "" for any other sentence.
func giver(a analyze.Analysis, si int) string {
	if !slices.ContainsFunc(strings.Fields(a.Sentences[si].Text), func(w string) bool { return giving[w] }) {
		return ""
	}
	for _, m := range a.Mentions {
		if e := a.Entities[m.Entity]; m.Sentence == si && m.Start == 0 && (e.Type == model.Place || e.Type == model.Organization) {
			return e.Key
		}
	}
	return ""
}

var giving = text.Set("sent sends dispatched dispatches deployed deploys contributed contributes pledged pledges donated donates")

// increments count what is added to a set: "another 22 countries", "four
// additional documents".
var increments = text.Set("another further additional more extra")

// conjectured reports a rival value said only as what would, could or
// might be ("a 10-year term would lower the stakes", against "served 30
// years"), or as a comparison ("By comparison, Apple had placed the
// iPhone 4 in 105 countries"): a proposal, a guess or another thing
// disputes no report of what is.
func conjectured(items []Item, groups []*group) bool {
	for _, g := range groups {
		if !slices.ContainsFunc(g.claims, func(c claim) bool {
			s := c.sentence(items)
			return !modal(s) && !comparing(s)
		}) {
			return true
		}
	}
	return false
}

// modal reports a sentence that says what would, could or might be.
// Case matters: "May 5" is a date.
func modal(s string) bool {
	for w := range text.AllWords(s) {
		if modals[w] || w == "If" {
			return true
		}
	}
	return false
}

var modals = text.Set("would could might should may if")

// comparing reports a sentence that sets its value against another's:
// "By comparison, …", "compared with …".
func comparing(s string) bool {
	for w := range text.AllWords(s) {
		if l := strings.ToLower(w); l == "comparison" || l == "contrast" || l == "compared" {
			return true
		}
	}
	return false
}

// opposite reports percentages that move different ways: a share "up
// 3.7%" one day and "down an additional 2%" the next are two changes, not
// rival accounts of one.
func opposite(items []Item, groups []*group) bool {
	if groups[0].claims[0].q.Kind != analyze.Percent {
		return false
	}
	dirs := map[int]bool{}
	for _, g := range groups {
		for _, c := range g.claims {
			if d := direction(c.sentence(items)); d != 0 {
				dirs[d] = true
			}
		}
	}
	return len(dirs) == 2
}

// direction is +1 for a sentence that says something rose, -1 for one
// that says it fell, 0 for neither or both.
func direction(s string) int {
	up, down := false, false
	for w := range text.AllWords(strings.ToLower(s)) {
		up = up || upWords[w]
		down = down || downWords[w]
	}
	switch {
	case up && !down:
		return 1
	case down && !up:
		return -1
	}
	return 0
}

var (
	upWords   = text.Set("up rose rise rises risen rising gained gain gains jumped climbed increased higher surged soared")
	downWords = text.Set("down fell fall falls fallen falling dropped drop drops declined decline lost lower slid slipped plunged tumbled decreased sank")
)

// atOdds reports an article that gives two of the values: its own
// figures are of different things ("19 injured", "five of them in
// critical condition"), which the subject does not tell apart, so the
// values are no dispute between reports.
func atOdds(groups []*group) bool {
	seen := map[string]bool{}
	for _, g := range groups {
		for id := range g.ids {
			if seen[id] {
				return true
			}
		}
		for id := range g.ids {
			seen[id] = true
		}
	}
	return false
}

// tallies reports rival values each said beside other figures that all
// differ too: "90 people held and 174 weapons seized, including 68
// handguns" and "60 people arrested and 75 weapons seized, including 31
// handguns" are two tallies, taken at different times or of different
// operations, not rival accounts of one. Rival accounts of one thing
// differ on a figure and agree on the rest, or say nothing else.
func tallies(items []Item, groups []*group) bool {
	pairs := 0
	for i, a := range groups {
		for _, b := range groups[i+1:] {
			for _, ca := range a.claims {
				for _, cb := range b.claims {
					if !twoReports(items, ca, cb) {
						continue
					}
					if !otherFiguresDiffer(items, ca, cb) {
						return false
					}
					pairs++
				}
			}
		}
	}
	return pairs > 0
}

// otherFiguresDiffer reports two claims' sentences that give figures of
// two or more other units in common, every one of them different.
func otherFiguresDiffer(items []Item, a, b claim) bool {
	others := func(c claim) map[string][]float64 {
		m := map[string][]float64{}
		for _, q := range items[c.item].Analysis.Quantities {
			if q.Sentence == c.q.Sentence && (q.Kind != c.q.Kind || q.Unit != c.q.Unit) && !analyze.Calendar(q.Kind) {
				k := q.Kind + "|" + q.Unit
				m[k] = append(m[k], q.Base)
			}
		}
		return m
	}
	oa, ob := others(a), others(b)
	shared := 0
	for k, va := range oa {
		vb, ok := ob[k]
		if !ok {
			continue
		}
		shared++
		for _, x := range va {
			if slices.Contains(vb, x) {
				return false
			}
		}
	}
	return shared >= 2
}

// evolving reads counts that rise as reports come in ("12 dead" on Monday,
// "19 dead" on Tuesday) as one value changing over time, not a dispute:
// every article is dated, and each higher value was first reported after
// every lower one was. A value an outlet's update brought was first
// reported when the update was, not when the report first was (givenAt),
// and a value it replaced when its earlier text gave it (earlierGave).
func evolving(items []Item, groups []*group) (model.Finding, bool) {
	first := make([]time.Time, len(groups))
	for i, g := range groups {
		for _, c := range g.claims {
			p := items[c.item].givenAt(c.q)
			if p == nil {
				return model.Finding{}, false
			}
			if first[i].IsZero() || p.Before(first[i]) {
				first[i] = *p
			}
		}
		// A report's earlier text may have given the value before any
		// current one did: the Gazette's 12 of the morning, 14 since noon.
		for j := range items {
			for _, c := range g.claims {
				if p := items[j].earlierGave(c.q); p != nil && p.Before(first[i]) {
					first[i] = *p
				}
			}
		}
	}
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return first[order[a]].Before(first[order[b]]) })
	for k := 1; k < len(order); k++ {
		prev, cur := groups[order[k-1]].claims[0].q, groups[order[k]].claims[0].q
		if !first[order[k-1]].Before(first[order[k]]) || cur.Base <= prev.Base {
			return model.Finding{}, false
		}
	}
	q := groups[0].claims[0].q
	f := model.Finding{Status: model.Evolving, Subject: subjectName(items, q, groups[0].claims), Kind: q.Kind}
	all := map[string]bool{}
	var parts []string
	for _, i := range order {
		g := groups[i]
		since := first[i]
		v := model.Value{Value: groupValue(g), Articles: sortedKeys(g.ids), Since: &since}
		f.Values = append(f.Values, v)
		parts = append(parts, fmt.Sprintf("%s (%s)", v.Value, since.UTC().Format("Jan 2 15:04")))
		for id := range g.ids {
			all[id] = true
		}
		f.Evidence = append(f.Evidence, evidence(items, g.claims, q.Subject)...)
	}
	f.Articles = sortedKeys(all)
	f.Text = fmt.Sprintf("%s rose as reports came in: %s.", capitalise(what(q)), strings.Join(parts, ", then "))
	return f, true
}

// maxDisputed is the most values a dispute has. Outlets that disagree on
// a figure give two, rarely three; more under one subject are figures of
// different things ("$41 million in bonuses", "$19 million in stock")
// that a nearby noun tied to one event. Outlets that disagree on a day
// give two.
func maxDisputed(kind string) int {
	if analyze.Calendar(kind) {
		return 2
	}
	return 3
}

// sameScale reports values close enough to be rival reports of one
// figure: within ten times of each other. "4 days" and "4 minutes", or
// 162 people and 250 million, are figures of different things.
func sameScale(groups []*group) bool {
	lo, hi := math.Inf(1), 0.0
	for _, g := range groups {
		q := g.claims[0].q
		if analyze.Calendar(q.Kind) || q.Kind == analyze.Ordinal {
			return true
		}
		lo, hi = min(lo, q.Low()), max(hi, q.Base)
	}
	return hi <= 10*lo
}

// alike reports two rival values said in alike sentences by different
// outlets: the same statement with another figure. The two must conflict
// themselves: "up to 12 hours" of one battery agrees with "11 hours" of
// another and says nothing against a tablet's "10 hours". A shared subject
// alone ("people", "a toll") may be two different things: "the attack
// that killed 86" and "Breivik, who killed 77". Alike is as alike as a
// value without a subject must be to join one (SubjectContext).
func alike(items []Item, groups []*group) bool {
	ctx := make([][]map[string]float64, len(groups))
	for gi, g := range groups {
		for _, c := range g.claims {
			ctx[gi] = append(ctx[gi], slotContext(items, c))
		}
	}
	for i, a := range groups {
		for j := i + 1; j < len(groups); j++ {
			for ai, ca := range a.claims {
				for bi, cb := range groups[j].claims {
					if twoReports(items, ca, cb) && rivals(ca.q, cb.q) && !otherHolders(ca.q, cb.q) && sameContext(slotPair(ca, cb, ctx[i][ai], ctx[j][bi])) {
						return true
					}
				}
			}
		}
	}
	return false
}

// splitUnalike splits a group whose articles give its value of nothing
// shown to be the same thing: no two of them name the same subject, give
// the same exact figure or say it in alike sentences. "26 degrees" of a
// day's high and "as much as 40 degrees" below normal in another report
// are no corroboration. Days split further (splitDays): a story's reports
// name a Monday, or a November 18, for many things.
func splitUnalike(items []Item, groups []*group) []*group {
	var out []*group
	for _, g := range splitHolders(items, groups) {
		if len(g.origin) < 2 {
			out = append(out, g)
			continue
		}
		if analyze.Calendar(g.claims[0].q.Kind) {
			out = append(out, splitDays(items, g)...)
			continue
		}
		agrees := agreeing(items, g, false)
		if slices.Contains(agrees, true) {
			if !namedByOne(items, g) {
				out = append(out, g)
				continue
			}
			// Only one report says what the value is of: unless its
			// sentence agrees with another's, the others' value is not
			// that ("a 100-nautical-mile radius" in one, objects "about
			// 200km" apart in two).
			agrees = agreeing(items, g, true)
			for i, c := range g.claims {
				agrees[i] = agrees[i] || !saysOf(c)
			}
		}
		kept := &group{origin: map[string]bool{}, ids: map[string]bool{}}
		for i, c := range g.claims {
			if agrees[i] {
				kept.origin[items[c.item].Origin] = true
			}
		}
		byOrigin := map[string]*group{}
		for i, c := range g.claims {
			h := kept
			if !agrees[i] {
				o := items[c.item].Origin
				if kept.origin[o] {
					// Another of the day's mentions in an article that
					// agrees: it may name what the day is of, no more.
					kept.aside = append(kept.aside, c)
					continue
				}
				if h = byOrigin[o]; h == nil {
					h = &group{origin: map[string]bool{}, ids: map[string]bool{}}
					byOrigin[o] = h
				}
			}
			if len(h.claims) == 0 {
				out = append(out, h)
			}
			h.claims = append(h.claims, c)
			h.origin[items[c.item].Origin] = true
			h.ids[items[c.item].ID] = true
		}
	}
	return out
}

// splitHolders splits a group of several reports whose values are held
// by different people or bodies: "Bush has 14% support" in one report and
// "14 percent selected Walker" in another agree on no figure. A claim that
// names no holder goes with its report's holder where the report names
// one, and stands alone where it does not.
func splitHolders(items []Item, groups []*group) []*group {
	var out []*group
	for _, g := range groups {
		byHolder := map[string]*group{}
		var order []string
		for _, c := range g.claims {
			if h := holderKey(c.q.Holder); h != "" && byHolder[h] == nil {
				byHolder[h] = &group{origin: map[string]bool{}, ids: map[string]bool{}}
				order = append(order, h)
			}
		}
		if len(order) < 2 || len(g.origin) < 2 {
			out = append(out, g)
			continue
		}
		add := func(h *group, c claim) {
			h.claims = append(h.claims, c)
			h.origin[items[c.item].Origin] = true
			h.ids[items[c.item].ID] = true
		}
		held := map[string]*group{} // by origin: the one holder's group its claims name, or nil for several
		for _, c := range g.claims {
			if h := holderKey(c.q.Holder); h != "" {
				add(byHolder[h], c)
				o := items[c.item].Origin
				if prev, ok := held[o]; !ok {
					held[o] = byHolder[h]
				} else if prev != byHolder[h] {
					held[o] = nil
				}
			}
		}
		alone := map[string]*group{} // by origin
		for _, c := range g.claims {
			if holderKey(c.q.Holder) != "" {
				continue
			}
			o := items[c.item].Origin
			h := held[o]
			if h == nil {
				if h = alone[o]; h == nil {
					h = &group{origin: map[string]bool{}, ids: map[string]bool{}}
					alone[o] = h
					out = append(out, h)
				}
			}
			add(h, c)
		}
		for _, h := range order {
			out = append(out, byHolder[h])
		}
	}
	return out
}

// holderKey is what tells holders apart: their last name's word, so that
// "Trump" and "Donald Trump" are one.
func holderKey(h string) string {
	return strings.ToLower(h[strings.LastIndexByte(h, ' ')+1:])
}

// otherHolders reports two values held by different people or bodies.
func otherHolders(a, b analyze.Quantity) bool {
	return a.Holder != "" && b.Holder != "" && holderKey(a.Holder) != holderKey(b.Holder)
}

// splitDays splits a day's group into the things its reports date: claims
// of two reports join where both say what the day is of or their sentences
// are alike, and each part is corroborated on its own. "Saturday" of
// arrests in Brussels in two reports and of a threat alert in two others
// is two findings, not one day four reports agree on. A claim that agrees
// with none may name what its report's part is of, no more; in a report
// with no part it stands alone.
func splitDays(items []Item, g *group) []*group {
	u := newUnion(len(g.claims))
	agrees := make([]bool, len(g.claims))
	ctx := make([]map[string]float64, len(g.claims))
	for i, c := range g.claims {
		ctx[i] = slotContext(items, c)
	}
	for i, a := range g.claims {
		for j := i + 1; j < len(g.claims); j++ {
			b := g.claims[j]
			if !twoReports(items, a, b) || u.find(i) == u.find(j) {
				continue
			}
			if a.own == b.own && (saysOf(a) || saysOf(b)) || sameContext(slotPair(a, b, ctx[i], ctx[j])) {
				u.join(i, j)
				agrees[i], agrees[j] = true, true
			}
		}
	}
	var out []*group
	part := map[int]*group{}        // by root, of the claims that agree
	byOrigin := map[string]*group{} // the first part each report is in, then its own group
	add := func(h *group, c claim) {
		h.claims = append(h.claims, c)
		h.origin[items[c.item].Origin] = true
		h.ids[items[c.item].ID] = true
	}
	fresh := func() *group {
		h := &group{origin: map[string]bool{}, ids: map[string]bool{}}
		out = append(out, h)
		return h
	}
	for i, c := range g.claims {
		if !agrees[i] {
			continue
		}
		r := u.find(i)
		if part[r] == nil {
			part[r] = fresh()
		}
		add(part[r], c)
		if o := items[c.item].Origin; byOrigin[o] == nil {
			byOrigin[o] = part[r]
		}
	}
	for i, c := range g.claims {
		if agrees[i] {
			continue
		}
		o := items[c.item].Origin
		h := byOrigin[o]
		if h == nil {
			h = fresh()
			byOrigin[o] = h
		}
		if len(h.origin) > 1 {
			h.aside = append(h.aside, c)
			continue
		}
		add(h, c)
	}
	return out
}

// namedByOne reports a group whose claims that say what the value is of
// are all of one report.
func namedByOne(items []Item, g *group) bool {
	origin := ""
	for _, c := range g.claims {
		if !saysOf(c) {
			continue
		}
		if o := items[c.item].Origin; origin == "" {
			origin = o
		} else if o != origin {
			return false
		}
	}
	return origin != ""
}

// agreeing marks the claims of a group that agree with a claim of another
// article: both name the same subject, give the same figure the same way,
// or say it in alike sentences. Unless all are wanted, it stops once any
// agree, and compares sentences only when nothing cheaper tells.
func agreeing(items []Item, g *group, all bool) []bool {
	out := agreeByKey(items, g)
	if !all && slices.Contains(out, true) {
		return out
	}
	ctx := make([]map[string]float64, len(g.claims))
	for i, c := range g.claims {
		ctx[i] = slotContext(items, c)
	}
	for i, a := range g.claims {
		for j := i + 1; j < len(g.claims); j++ {
			if (!out[i] || !out[j]) && twoReports(items, a, g.claims[j]) && sameContext(slotPair(a, g.claims[j], ctx[i], ctx[j])) {
				out[i], out[j] = true, true
				if !all {
					return out
				}
			}
		}
	}
	return out
}

// agreeByKey marks the claims of a group that agree with one of another
// report without comparing sentences. Claims i < j of two reports agree
// when i says what its value is of and j says the same, or when i is no
// day and both give the figure the same way (sameFigure): found by subject
// and by figure, not pair by pair.
func agreeByKey(items []Item, g *group) []bool {
	out := make([]bool, len(g.claims))
	type figure struct {
		qualifier  string
		base, from float64
	}
	byOwn, byFigure := map[string][]int{}, map[figure][]int{}
	for i, c := range g.claims {
		if c.own != "" {
			byOwn[c.own] = append(byOwn[c.own], i)
		}
		f := figure{c.q.Qualifier, c.q.Base, c.q.From}
		byFigure[f] = append(byFigure[f], i)
	}
	origin := func(i int) string { return items[g.claims[i].item].Origin }
	for _, in := range byOwn {
		markPairs(in, origin, func(i int) bool { return saysOf(g.claims[i]) }, out)
	}
	for _, in := range byFigure {
		markPairs(in, origin, func(i int) bool { return !analyze.Calendar(g.claims[i].q.Kind) }, out)
	}
	return out
}

// markPairs marks each claim of in (in order) that has a claim of another
// origin after it, when lead(it), or before it that leads. It keeps two
// origins of the claims before and after, since a claim's origin differs
// from one of two.
func markPairs(in []int, origin func(int) string, lead func(int) bool, out []bool) {
	differs := func(seen []string, o string) bool {
		return slices.ContainsFunc(seen, func(s string) bool { return s != o })
	}
	note := func(seen []string, o string) []string {
		if len(seen) < 2 && !slices.Contains(seen, o) {
			seen = append(seen, o)
		}
		return seen
	}
	var before, after []string
	for _, j := range in {
		if differs(before, origin(j)) {
			out[j] = true
		}
		if lead(j) {
			before = note(before, origin(j))
		}
	}
	for k := len(in) - 1; k >= 0; k-- {
		i := in[k]
		if lead(i) && differs(after, origin(i)) {
			out[i] = true
		}
		after = note(after, origin(i))
	}
}

// sameFigure reports two reports giving a figure the same way ("150
// employees", "more than 3,000 residents"): of one thing, in one story.
// Not a bound and a figure within it ("as much as 40 degrees", "26
// degrees"), nor a day, which a story has few of to choose from.
func sameFigure(a, b claim) bool {
	return !analyze.Calendar(a.q.Kind) && a.q.Qualifier == b.q.Qualifier && a.q.Base == b.q.Base && a.q.From == b.q.From
}

// saysOf reports a claim whose sentence says what its value is of, beyond
// the counted noun ("150 employees" is of employees, and of what else?).
func saysOf(c claim) bool { return c.own != "" && c.own != text.Stem(c.q.Unit) }

// slotContext is a claim's sentence context without the words that make
// the slot (the event's, the counted noun): every sentence of a slot
// shares them.
func slotContext(items []Item, c claim) map[string]float64 {
	v := contextOf(c.sentence(items))
	event, unit := analyze.EventTerms(c.q.Subject), text.Stem(c.q.Unit)
	for t := range v {
		if event[t] || t == unit {
			delete(v, t)
		}
	}
	return text.Unit(v)
}

// slotPair is the contexts of two claims to compare: without the noun
// their own words say both measure ("battery" in "a 10-hour battery" and
// "an 11-hour battery"), which they share by being of it. A sentence that
// names the noun a value without one is of still says so ("a prize of
// $50,000", "$75,000 in prize money").
func slotPair(a, b claim, actx, bctx map[string]float64) (map[string]float64, map[string]float64) {
	s := a.own
	if s == "" || s != b.own || analyze.EventClass(s) || actx[s] == 0 && bctx[s] == 0 {
		return actx, bctx
	}
	without := func(v map[string]float64) map[string]float64 {
		out := make(map[string]float64, len(v))
		for t, w := range v {
			if t != s {
				out[t] = w
			}
		}
		return text.Unit(out)
	}
	return without(actx), without(bctx)
}

// sameContext reports alike contexts. A sentence that is nothing but the
// slot ("It was the third meeting.") has nothing to differ by.
func sameContext(a, b map[string]float64) bool {
	return len(a) == 0 || len(b) == 0 || text.Cosine(a, b) >= SubjectContext
}

// disputed reports two groups of rival values, each backed by an article
// that does not also give the other value: an article that reports both
// (the plan had 28 points, now 20) is not in conflict with itself.
func disputed(items []Item, groups []*group) bool {
	for i, a := range groups {
		for _, b := range groups[i+1:] {
			if rivals(a.claims[0].q, b.claims[0].q) && onlyIn(items, a, b) && onlyIn(items, b, a) && namesEvent(items, a) && namesEvent(items, b) {
				return true
			}
		}
	}
	return false
}

// namesEvent reports a group of days with a sentence that names the event
// in its own words ("touched down on Thursday" for a landing): a day may
// borrow its event's name from alike sentences ("Gray's family ... Thursday
// evening" from "did not attend Wednesday's hearing"), which may place it
// but not set it against another day.
func namesEvent(items []Item, g *group) bool {
	q := g.claims[0].q
	if !analyze.Calendar(q.Kind) {
		return true
	}
	terms, stem := analyze.EventTerms(q.Subject), text.Stem(q.Subject)
	for _, c := range g.claims {
		if c.own == q.Subject {
			return true
		}
		for _, t := range text.Terms(c.sentence(items)) {
			if terms[t] || t == stem {
				return true
			}
		}
	}
	return false
}

// onlyIn reports a claim of a by an outlet that does not give b's value.
// For a day, an article that names b's day anywhere knows of something
// on each day ("Wednesday morning's hearing" follows "the testimony
// Tuesday"), so another report's day may be of the other.
func onlyIn(items []Item, a, b *group) bool {
	other := b.claims[0].q
	for _, c := range a.claims {
		if !b.origin[items[c.item].Origin] && !(analyze.Calendar(other.Kind) && namesDay(items[c.item], other)) {
			return true
		}
	}
	return false
}

// namesDay reports an article giving a day compatible with q, of anything.
func namesDay(it Item, q analyze.Quantity) bool {
	for _, o := range it.Analysis.Quantities {
		if o.Kind == q.Kind && compatible(o, q) {
			return true
		}
	}
	return false
}

// compatible reports whether two values can be the same fact: equal, or
// overlapping once "about", "more than" and the like are read as ranges.
func compatible(a, b analyze.Quantity) bool {
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case analyze.Weekday, analyze.Date:
		return a.Day == b.Day
	case analyze.Ordinal:
		return a.Value == b.Value
	}
	if exact(a) && exact(b) && a.Value != b.Value && a.Unit == b.Unit && precision(a.Value) < a.Value/50 && precision(b.Value) < b.Value/50 {
		// Both written to a fine digit, two figures: "$60.37" and
		// "$60.54", "716,704" and "716,705", "2,430 metres" and "2,475".
		return false
	}
	if exact(a) && exact(b) && a.Unit == b.Unit && (a.Kind == analyze.Percent || min(a.Value, b.Value) >= 1e6) && roundedTo(a.Value, b.Value) {
		return true // "12 percent" and "12.3%", "$2.8 billion" and "$2.83 billion"; not "110 minutes" and "106"
	}
	alo, ahi := bounds(a)
	blo, bhi := bounds(b)
	if exact(a) && exact(b) && !a.Compound && !b.Compound && a.Base*b.Value != b.Base*a.Value {
		// In two units, one figure is likely the other converted and
		// rounded: "130 kilometres" is 79 miles to its last digit. Each
		// may be off by half that digit, by no more than 5 per cent.
		alo, ahi = rounded(a)
		blo, bhi = rounded(b)
	}
	return alo <= bhi && blo <= ahi
}

// roundedTo reports two figures of which the coarser, written to two
// significant digits or more, is the finer rounded at its last digit:
// "12 percent" for 12.3%; not "100 people" for 129. Writers round shares
// and millions so; a smaller figure ("$150", "110 minutes") is more often
// another.
func roundedTo(a, b float64) bool {
	if precision(a) > precision(b) {
		a, b = b, a
	}
	p := precision(b)
	return a != b && b >= 10*p && math.Round(a/p)*p == b
}

// rounded are the values an exact figure allows when it may be rounded at
// its last written digit, in the base unit: by up to 5 per cent, or 10
// when the unit is a calendar's ("four months" for 131 days).
func rounded(q analyze.Quantity) (lo, hi float64) {
	most := 0.05
	if calendarUnits[q.Unit] {
		most = 0.1
	}
	half := min(precision(q.Value)/2, most*q.Value)
	half *= q.Base / q.Value
	return (q.Base - half) * 0.99, (q.Base + half) * 1.01
}

var calendarUnits = text.Set("week month year decade")

// precision is the last digit a figure is written to: 0.01 for 60.37, 1
// for 716,704, 100,000 for 1.5 million.
func precision(v float64) float64 {
	p := 1e-3
	for p < 1e12 {
		next := p * 10
		if r := v / next; math.Abs(r-math.Round(r)) > 1e-6*math.Max(1, r) {
			return p
		}
		p = next
	}
	return p
}

// exact reports one figure said without a qualifier: "5 hours", not
// "about 5 hours" or "4 to 5 hours".
func exact(q analyze.Quantity) bool { return q.Qualifier == "" && q.From == 0 }

// joins reports whether a value joins the group of another, first, one:
// compatible, and a range with a range of the same ends or with an
// approximate value it spans narrowly ("8 million to 9 million" and "roughly 9 million"). A
// wide range allows a figure without confirming it: "10 to 80 percent"
// and 25%, or "three to four hours" and three hours.
func joins(first, q analyze.Quantity) bool {
	if !compatible(first, q) {
		return false
	}
	if first.From != 0 && q.From != 0 {
		// Two ranges agree when they have the same ends: "between $1
		// million and $5 million" is another figure than "between $1.8
		// million and $7 million".
		tol := 0.01
		if first.Qualifier != "" || q.Qualifier != "" {
			tol = 0.15
		}
		return near(first.Low(), q.Low(), tol) && near(first.Base, q.Base, tol)
	}
	if first.From == 0 && q.From == 0 {
		// Two bounds overlap without either confirming the other's figure:
		// "more than $50 million" and "as much as $85 million", "up to 99
		// years" and "up to 60 years" are two figures.
		return side(first) == 0 || side(q) == 0 || near(first.Base, q.Base, 0.1)
	}
	r, v := first, q
	if q.From != 0 {
		r, v = q, first
	}
	switch {
	case side(v) < 0: // "up to 8 weeks" for "six to eight weeks", not "up to 10"
		return near(r.Base, v.Base, 0.05)
	case side(v) > 0:
		return near(r.Low(), v.Base, 0.05)
	}
	return v.Qualifier != "" && r.Base <= 1.5*r.Low()
}

// side is +1 for a lower bound ("more than 400"), -1 for an upper one
// ("up to 400") and 0 for a figure or an approximation.
func side(q analyze.Quantity) int {
	switch q.Qualifier {
	case "more than", "over", "at least", "just over":
		return 1
	case "less than", "fewer than", "under", "up to", "at most", "no more than", "just under", "as many as", "as much as":
		return -1
	}
	return 0
}

// near reports values within tol of each other, as a share of the larger.
func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol*max(a, b) }

// bounds are the values q allows, in the base unit; a range ("three to
// four hours") allows its ends and what lies between.
func bounds(q analyze.Quantity) (lo, hi float64) {
	lo, hi = q.Low(), q.Base
	switch {
	case exact(q) && precision(q.Value) < q.Value/50:
		// Written to a fine digit, a figure is that figure: "127 people"
		// is not "at least 128".
		d := precision(q.Value) / 2 * q.Base / q.Value
		return q.Base - d, q.Base + d
	case q.Qualifier == "":
		return lo * 0.99, hi * 1.01
	// "Just" holds a bound close: "just under $100,000" is no $50,000.
	case q.Qualifier == "just over":
		return lo, 1.1 * hi
	case q.Qualifier == "just under":
		return lo * 0.9, hi
	// An open bound is read as a writer uses it: "more than 400" for 550,
	// not for 11 million; "more than 800,000 copies" and "more than 11
	// million copies" are two facts, not one.
	case side(q) > 0:
		return lo, 2 * hi
	case side(q) < 0:
		return lo / 2, hi
	}
	return lo * 0.85, hi * 1.15 // about, approximately, nearly…
}

// groupValue renders a group's value from its first (most exact) claim.
func groupValue(g *group) string {
	q := g.claims[0].q
	if q.Qualifier != "" {
		return q.Qualifier + " " + q.String()
	}
	return q.String()
}

// evidence is the claims' sentences by article, those that name the
// subject first, since the first is the one shown: "a joint session of
// parliament on Monday", not "raids on Monday", for the day of the
// meeting. Repeats go in Findings' last pass (onceEach).
func evidence(items []Item, claims []claim, subject string) []model.Evidence {
	var naming, rest []model.Evidence
	for _, c := range claims {
		it := items[c.item]
		e := model.Evidence{Article: it.ID, Sentence: c.q.Sentence, Text: it.Analysis.Sentences[c.q.Sentence].Text}
		if subject != "" && c.own == subject {
			naming = append(naming, e)
		} else {
			rest = append(rest, e)
		}
	}
	byArticle := func(a, b model.Evidence) int { return cmp.Compare(a.Article, b.Article) }
	slices.SortStableFunc(naming, byArticle)
	slices.SortStableFunc(rest, byArticle)
	return append(naming, rest...)
}

// onceEach keeps one piece of evidence per sentence an article gives:
// a page that repeats a paragraph says it once, and joined findings may
// bring the same sentence twice.
func onceEach(ev []model.Evidence) []model.Evidence {
	type key struct{ article, text string }
	seen := map[key]bool{}
	var out []model.Evidence // a new slice: findings may share one
	for _, e := range ev {
		if k := (key{e.Article, e.Text}); !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// representative picks the sentence that states a finding most plainly:
// the shortest of its evidence that stands alone, or the shortest.
func representative(ev []model.Evidence) string {
	best, bestAlone := "", false
	for _, e := range ev {
		alone := standsAlone(e.Text)
		if best == "" || alone && !bestAlone || alone == bestAlone && len(e.Text) < len(best) {
			best, bestAlone = e.Text, alone
		}
	}
	return best
}

// standsAlone reports a sentence that reads without its neighbours: it
// points back to nothing ("And she looked…"), closes every quotation it
// opens (a quote's middle sentence does not) and is not cut short.
func standsAlone(s string) bool {
	return !text.PointsBack(s) && strings.Count(s, `"`)%2 == 0 && strings.Count(s, "“") == strings.Count(s, "”") &&
		!strings.HasSuffix(s, "...") && !strings.HasSuffix(s, "…")
}

// moneyMeasure names what an amount of a thing is, where "amount" reads
// oddly: a thing bought has a price, a work a cost, a thing held a value,
// an economy a size.
func moneyMeasure(noun string) string {
	switch {
	case priced[noun]:
		return "price"
	case costed[noun]:
		return "cost"
	case valued[noun]:
		return "value"
	case noun == "economy" || noun == "economies":
		return "size"
	}
	return ""
}

var (
	priced = text.Set(`house home mansion villa apartment condo flat cottage car truck bike bicycle boat yacht jet
	helmet backpack bag handbag watch ring necklace bracelet dress gown jacket coat shoes sneakers book ticket room
	suite meal dinner bottle phone smartphone laptop computer tablet camera painting guitar toy`)
	costed = text.Set(`project road bridge tunnel pipeline stadium building renovation construction operation
	surgery treatment repairs upgrade expansion facility plant flight`)
	valued = text.Set(`assets asset property properties estate stake stakes holdings shares options goods products
	notes collection portfolio`)
)

// tall things are measured up: their length is a height.
var tall = text.Set("tree fir pine oak palm tower statue spire skyscraper building wall fence wave mast pole peak mountain volcano cliff dam")

// dayOf names the event a day dates where its class reads otherwise.
var dayOf = map[string]string{"sentence": "sentencing", "injured": "injuries"}

// what names what a value measures: "length of the meeting", "day of the flood".
func what(q analyze.Quantity) string {
	measure := analyze.Measure(q.Kind)
	switch {
	case q.Kind == analyze.Count && q.Subject == "toll":
		return "death toll"
	case q.Kind == analyze.Count && q.What != "":
		return q.What // "size of the group"
	case q.Kind == analyze.Count && q.Subject == "injured" && (q.Unit == "injured" || q.Unit == "wounded" || q.Unit == "hurt" || q.Unit == "injuries"):
		return "number of " + q.Unit // "5 wounded", "130 injuries"
	case q.Kind == analyze.Count && analyze.Fate(q.Subject) && q.Unit == q.Subject:
		return "number of " + q.Unit // "500 missing"
	case q.Kind == analyze.Count && analyze.Fate(q.Subject):
		return "number of " + q.Counted() + " " + q.Subject // "number of people missing"
	case q.Kind == analyze.Count && q.Subject == "injured":
		return "number of " + q.Counted() + " injured"
	case q.Kind == analyze.Count && (!analyze.EventClass(q.Subject) || analyze.EventTerms(q.Subject)[text.Stem(q.Unit)]):
		return "number of " + counted(q) // "number of hearings", not "… in the hearing"
	case q.Kind == analyze.Count:
		return "number of " + q.Counted() + " in the " + q.Subject
	case q.Kind == analyze.Ordinal && q.Subject != "":
		return "which " + cmp.Or(q.Noun, q.Subject) // "which summit: 3rd", not "number of the summit"
	case q.What != "" && (q.Subject == "" || !analyze.EventClass(q.Subject)):
		return q.What // "percentage of the vote", "rise in sales", "battery life"
	case q.Subject == "":
		return measure
	case q.Subject == "toll":
		return measure + " of the deaths"
	case analyze.Calendar(q.Kind) && dayOf[q.Subject] != "":
		return measure + " of the " + dayOf[q.Subject] // "the day of the sentencing", not "of the sentence"
	case !analyze.EventClass(q.Subject) && q.Noun != "" && q.Noun != measure: // not "weight of the weight"
		if m := moneyMeasure(q.Noun); q.Kind == analyze.Money && m != "" {
			return m + " of the " + q.Noun // "a $39,000 backpack": its price
		}
		if q.Kind == analyze.Distance && tall[q.Noun] {
			return "height of the " + q.Noun // "the 70-foot fir"
		}
		return measure + " of the " + q.Noun
	case !analyze.EventClass(q.Subject):
		return measure
	case q.Noun != "":
		if m := moneyMeasure(q.Noun); q.Kind == analyze.Money && m != "" {
			return m + " of the " + q.Noun // "the cost of the flight", an event's
		}
		return measure + " of the " + q.Noun // "the amount of the payment", where only a buying verb made it a deal's
	}
	if m := moneyMeasure(q.Subject); q.Kind == analyze.Money && m != "" {
		return m + " of the " + q.Subject // "the cost of the flight"
	}
	return measure + " of the " + q.Subject
}

// counted is what a count counts, with the word between the figure and
// its noun that says which ("five crew members", "200 deployed
// warheads"), but not one that says how many more ("another 22").
func counted(q analyze.Quantity) string {
	m := q.Modifier
	if m == "" || notWhich[m] || strings.HasSuffix(m, "s") || strings.ContainsAny(m, "0123456789'’") {
		return q.Counted() // nor "passengers" of "239 passengers and crew"
	}
	return m + " " + q.Counted()
}

// notWhich stand between a figure and its noun without saying which ones.
var notWhich = text.Set("another further more total other")

// subjectName is what a finding's values are of, as a reader says it: the
// event ("meeting") or the noun as written ("countries", "licence"), not
// the stem that values are matched by ("countri", "licens").
func subjectName(items []Item, q analyze.Quantity, claims []claim) string {
	switch {
	case q.Subject == "" && namesWhat(q.What):
		return q.What // "rise in Corvid shares", not "price": of what?
	case q.Subject == "" || q.Subject == "toll" || analyze.EventClass(q.Subject):
		return q.Subject
	case q.Kind == analyze.Count:
		return q.Counted()
	case q.Noun != "":
		return q.Noun
	}
	for _, c := range claims {
		for w := range text.AllWords(c.sentence(items)) {
			if l := strings.ToLower(w); text.Stem(l) == q.Subject {
				return l
			}
		}
	}
	return q.Subject
}

// namesWhat reports a value's name that says, alone, what the value is:
// "rise in Corvid shares", "chance of impeachment", "Brent crude", "the
// stock". A kind of amount ("price", "spending") does not say of what, nor
// a share of a group what the share did ("percentage of the men": 27% of
// them did what?), nor a length of what it names what lasted so
// ("length of feeling").
func namesWhat(what string) bool {
	return !strings.HasPrefix(what, "percentage of ") && !strings.HasPrefix(what, "length of ") &&
		(strings.Contains(what, " of ") || strings.Contains(what, " in ") || determined(what))
}

// about names a value in a sentence: "the length of the meeting",
// "which summit it was".
func about(what string) string {
	if strings.HasPrefix(what, "which ") {
		return what + " it was"
	}
	return the(what)
}

// the puts "the" before what a value is, unless it is a name or has one:
// "the length of the meeting", "Brent crude", "the stock".
func the(what string) string {
	if determined(what) {
		return what
	}
	return "the " + what
}

// determined reports a value's name that needs no "the": a name ("Brent
// crude") or one that has it ("the stock").
func determined(what string) bool {
	r, _ := utf8.DecodeRuneInString(what)
	return unicode.IsUpper(r) || strings.HasPrefix(what, "the ")
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// Statements are aligned across at most MaxStatementArticles originals of a
// story, the first to arrive, over their first MaxStatementSentences
// sentences; values and quotes are aligned across all articles.
const (
	MaxStatementArticles  = 20
	MaxStatementSentences = 15
)

// StatementThreshold is the cosine similarity of two sentences' content
// words above which they state the same thing.
const StatementThreshold = 0.5

// statements finds sentences that independent articles share in substance,
// each group a corroborated finding.
// A group is stated in the words of a sentence not behind a dispute; a
// group whose every sentence already backs a value finding adds nothing.
func statements(items []Item, disputed, valued map[string]bool) []model.Finding {
	type sent struct {
		item, idx int
		vec       map[string]float64
	}
	var sents []sent
	originals := 0
	for i, it := range items {
		if it.Origin != it.ID {
			continue // a copy's sentences are its original's
		}
		if originals++; originals > MaxStatementArticles {
			break // aligning every sentence pair grows with the square of a story
		}
		for j, s := range it.Analysis.Sentences[:min(len(it.Analysis.Sentences), MaxStatementSentences)] {
			if text.NumFields(s.Text) < 6 || strings.HasSuffix(s.Text, "?") {
				continue // a question asks; it states nothing two reports can share
			}
			sents = append(sents, sent{i, j, text.TermVector(said(s.Text))})
		}
	}
	joined := newUnion(len(sents))
	vecs := make([]text.Vector, len(sents))
	for i, s := range sents {
		vecs[i] = s.vec
	}
	subs := make([]map[string]bool, len(sents)) // each sentence's substance, once
	substanceOf := func(k int) map[string]bool {
		if subs[k] == nil {
			subs[k] = substance(&items[sents[k].item], sents[k].idx)
		}
		return subs[k]
	}
	sentence := func(k int) string { return items[sents[k].item].Analysis.Sentences[sents[k].idx].Text }
	negs := make([]*text.Negation, len(sents)) // read only for the few pairs alike enough, once each
	negationOf := func(k int) text.Negation {
		if negs[k] == nil {
			n := text.Negations(sentence(k))
			negs[k] = &n
		}
		return *negs[k]
	}
	text.Pairs(vecs, StatementThreshold, func(a, b int) {
		x, y := sents[a], sents[b]
		// Alike sentences say the same when they share substance, and
		// more than one word: "It's all in the little things" is not "It's
		// a little larger and a little heavier than the Galaxy S4".
		cos := text.Cosine(vecs[a], vecs[b])
		if x.item == y.item || !(cos >= verbatim || shareSubstance(substanceOf(a), substanceOf(b)) && shared(vecs[a], vecs[b]) >= 2) {
			return
		}
		// Nor when each gives figures and none of them the other's: "…
		// outweigh all wild mammals by 14 to 1" is not "… outweigh wild
		// mammals by more than 20-fold".
		if otherFigures(sentence(a), sentence(b)) {
			return
		}
		// Nor when one denies what the other says in nearly its words (a
		// sentence two outlets print alike denies nothing).
		if cos >= text.Reworded && sentence(a) != sentence(b) && text.Opposed(negationOf(a), negationOf(b),
			func(w string) bool { return x.vec[w] > 0 }, func(w string) bool { return y.vec[w] > 0 }) {
			return
		}
		joined.join(a, b)
	})
	members := map[int][]int{}
	var roots []int
	for i := range sents {
		r := joined.find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	var out []model.Finding
	for _, r := range roots {
		ids := map[string]bool{}
		origins := map[string]bool{}
		srcs := map[string]bool{}
		var ev []model.Evidence
		news := false
		alike := alikeToCentre(members[r], vecs)
		for _, m := range alike {
			it := &items[sents[m].item]
			ids[it.ID] = true
			origins[it.Origin] = true
			srcs[it.source()] = true
			news = news || !valued[it.Analysis.Sentences[sents[m].idx].Text]
		}
		if len(srcs) < 2 || !news {
			continue // one outlet repeating itself corroborates nothing; a value's finding says the rest
		}
		for _, m := range bestOfEach(alike, vecs, func(m int) int { return sents[m].item }) {
			it := &items[sents[m].item]
			ev = append(ev, model.Evidence{Article: it.ID, Sentence: sents[m].idx, Text: it.Analysis.Sentences[sents[m].idx].Text})
		}
		for _, it := range items { // copies carry what their original says
			if it.Origin != it.ID && origins[it.Origin] {
				ids[it.ID] = true
			}
		}
		var plain []model.Evidence
		for _, e := range ev {
			if !disputed[e.Text] {
				plain = append(plain, e)
			}
		}
		if len(plain) == 0 {
			continue // all its wording is contested: the dispute says it
		}
		out = append(out, model.Finding{Text: representative(plain), Status: model.Corroborated, Articles: sortedKeys(ids), Evidence: ev})
	}
	return out
}

// otherFigures reports two sentences that both give figures in digits,
// none of them the same.
func otherFigures(a, b string) bool {
	fa, fb := figures(a), figures(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	for f := range fa {
		if fb[f] {
			return false
		}
	}
	return true
}

// figures are the numbers written in digits in s, without thousands
// separators ("1,200" and "1200" are one figure), and not those of a
// name ("Galaxy S5", "4G"). Not text.Figures: numbers in words ("one of
// the", "four days before Christmas") would keep apart sentences that
// say one thing.
func figures(s string) map[string]bool {
	out := map[string]bool{}
	digit := func(i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
	letter := func(i int) bool { return i >= 0 && i < len(s) && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z') }
	for i := 0; i < len(s); {
		if !digit(i) {
			i++
			continue
		}
		start := i
		var b strings.Builder
		for digit(i) || i < len(s) && s[i] == ',' && digit(i+1) {
			if s[i] != ',' {
				b.WriteByte(s[i])
			}
			i++
		}
		if !letter(start-1) && !letter(i) {
			out[b.String()] = true
		}
	}
	return out
}

// said is what a sentence that is mostly a quotation says: the quoted
// words, without who said them where. Two quotations of one official,
// named at length in each ("Ann Lee, deputy associate administrator for
// exploration in the Harbour Board, said in a conference call"), are not
// alike for that.
func said(s string) string {
	var quoted strings.Builder
	for rest := s; ; {
		_, after, ok := strings.Cut(rest, `"`)
		if !ok {
			break
		}
		in, next, ok := strings.Cut(after, `"`)
		if !ok {
			break
		}
		quoted.WriteString(in)
		quoted.WriteByte(' ')
		rest = next
	}
	if q := quoted.String(); 2*text.NumFields(q) >= text.NumFields(s) {
		return q
	}
	return s
}

// verbatim is the cosine similarity above which two sentences say the
// same thing even when all they share is names ("She is up for Best
// Supporting Actress for August: Osage County").
const verbatim = 0.9

// shareSubstance reports whether the substances of two sentences share
// a content word that is no part of a name and no figure: "In the five days
// since he was named White House communications director, Anthony
// Scaramucci has vowed…" and "Over the nearly five decades that the
// position of White House Director of Communications has existed…" are
// alike in their words, but say different things of the same names.
func shareSubstance(a, b map[string]bool) bool {
	for t := range b {
		if a[t] {
			return true
		}
	}
	return false
}

// shared counts the terms two sentences share.
func shared(a, b text.Vector) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for t := range a {
		if _, ok := b[t]; ok {
			n++
		}
	}
	return n
}

// substance is the stemmed content words of sentence i outside the names
// it mentions, figures, months and the words that attribute it left out.
func substance(it *Item, i int) map[string]bool {
	s := it.Analysis.Sentences[i].Text
	var spans [][2]int
	for _, m := range it.Analysis.Mentions {
		if m.Sentence == i && m.Start < m.End && m.End <= len(s) {
			spans = append(spans, [2]int{m.Start, m.End})
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	out := map[string]bool{}
	add := func(part string) {
		for w := range text.AllWords(strings.ToLower(part)) {
			if analyze.SpeechVerb(w) || analyze.Role(w) || sourcing[w] {
				continue // who said it ("Corvid chief executive … said") is no part of what was said
			}
			for _, t := range text.Terms(w) {
				if !figureTerms[t] && !strings.ContainsAny(t, "0123456789") {
					out[t] = true
				}
			}
		}
	}
	at := 0
	for _, sp := range spans {
		if sp[0] > at {
			add(s[at:sp[0]])
		}
		at = max(at, sp[1])
	}
	add(s[at:])
	return out
}

// sourcing are words that say where a statement comes from without being
// speech verbs everywhere ("the reported death"): "…, the Illinois
// Department of Public Health reported" shares nothing of what was reported.
var sourcing = text.Set("reported reports report according")

// figureTerms are the stems of words that write figures, shares and months.
var figureTerms = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(`one two three four five six seven eight nine ten eleven twelve
	thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
	eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
	percent cent
	january february march april may june july august september october november december`) {
		out[text.Stem(w)] = true
	}
	return out
}()

// alikeToCentre keeps the sentences of a group that are alike to its
// centre, the one most alike to the rest: sentences chained each to the
// next ("Moore turned toward the agent who fired", "…the agent fired…",
// "The agent fired once, and Moore shot himself") need not say one thing.
func alikeToCentre(group []int, vecs []text.Vector) []int {
	if len(group) <= 2 {
		return group
	}
	centre, best := group[0], -1.0
	for _, a := range group {
		sum := 0.0
		for _, b := range group {
			if a != b {
				sum += text.Cosine(vecs[a], vecs[b])
			}
		}
		if sum > best {
			centre, best = a, sum
		}
	}
	kept := []int{}
	for _, m := range group {
		if m == centre || text.Cosine(vecs[centre], vecs[m]) >= StatementThreshold {
			kept = append(kept, m)
		}
	}
	return kept
}

// bestOfEach keeps, of each article's sentences in a group, the one most
// alike to another article's: "200 lapel pins bearing Kim Jong Il's
// image were found" is what two reports share, not the same article's
// "All North Koreans must wear lapel pins carrying his image".
func bestOfEach(group []int, vecs []text.Vector, article func(int) int) []int {
	best := map[int]int{}
	score := map[int]float64{}
	for _, m := range group {
		s := 0.0
		for _, o := range group {
			if article(o) != article(m) {
				s = max(s, text.Cosine(vecs[m], vecs[o]))
			}
		}
		if b, ok := score[article(m)]; !ok || s > b {
			best[article(m)], score[article(m)] = m, s
		}
	}
	var out []int
	for _, m := range group {
		if best[article(m)] == m {
			out = append(out, m)
		}
	}
	return out
}

// Disputed returns every sentence that carries a value of a dispute, the
// best-supported one's too: a title should settle no dispute.
func Disputed(findings []model.Finding) map[string]bool {
	out := map[string]bool{}
	for _, f := range findings {
		if f.Status == model.Disputed {
			for _, e := range f.Evidence {
				out[e.Text] = true
			}
		}
	}
	return out
}

// Contested returns the sentences that carry a value other reports outnumber
// (or tie) in a dispute: a brief should not state them as fact. Sentences
// carrying the best-supported value are not contested.
func Contested(findings []model.Finding) map[string]bool {
	out := map[string]bool{}
	for _, f := range findings {
		if f.Status != model.Disputed {
			continue
		}
		best, tie := -1, false
		for i, v := range f.Values {
			switch {
			case best < 0 || len(v.Articles) > len(f.Values[best].Articles):
				best, tie = i, false
			case len(v.Articles) == len(f.Values[best].Articles):
				tie = true
			}
		}
		for _, e := range f.Evidence {
			if tie || !slices.Contains(f.Values[best].Articles, e.Article) {
				out[e.Text] = true
			}
		}
	}
	return out
}

// Uncite removes from a cited sentence the articles that give a competing
// value in a dispute the sentence is evidence in: an article reporting 14
// dead does not support "twelve people died", however alike the wording.
func Uncite(cited []model.Cited, findings []model.Finding) []model.Cited {
	for i, c := range cited {
		drop := map[string]bool{}
		for _, f := range findings {
			if f.Status != model.Disputed {
				continue
			}
			// The values this sentence states, and the articles giving them.
			stated := map[string]bool{}
			for _, v := range f.Values {
				if slices.ContainsFunc(f.Evidence, func(e model.Evidence) bool {
					return e.Text == c.Text && slices.Contains(v.Articles, e.Article)
				}) {
					for _, id := range v.Articles {
						stated[id] = true
					}
				}
			}
			if len(stated) == 0 {
				continue
			}
			for _, v := range f.Values {
				for _, id := range v.Articles {
					if !stated[id] {
						drop[id] = true
					}
				}
			}
		}
		kept := c.Articles[:0:0]
		for _, id := range c.Articles {
			if !drop[id] {
				kept = append(kept, id)
			}
		}
		cited[i].Articles = kept
	}
	return cited
}
