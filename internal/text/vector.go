package text

import (
	"iter"
	"maps"
	"math"
	"slices"
)

// Vector is a sparse term vector.
type Vector = map[string]float64

// Sums over a map follow its random iteration order, and floating-point
// addition depends on order: the same input could score a hair apart from
// run to run and break a tie the other way. Terms are summed in fixed
// point instead, where addition is exact and order does not matter.
const fixedOne = 1 << 40

func fixed(x float64) int64 { return int64(math.Round(x * fixedOne)) }

// Unit scales v to length 1 in place and returns it; a zero vector stays zero.
func Unit(v Vector) Vector {
	if norm := Norm(maps.Values(v)); norm > 0 {
		for t := range v {
			v[t] /= norm
		}
	}
	return v
}

// Norm is the length of the vector of weights ws (read twice), summed in
// fixed point like every sum here, so that it does not depend on order.
func Norm(ws iter.Seq[float64]) float64 {
	top := 0.0
	for w := range ws {
		top = max(top, math.Abs(w))
	}
	if top == 0 {
		return 0
	}
	var sum int64
	for w := range ws {
		sum += fixed((w / top) * (w / top))
	}
	return top * math.Sqrt(float64(sum)/fixedOne)
}

// Cosine is the dot product of two unit vectors: their cosine similarity.
func Cosine(a, b Vector) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var d int64
	for t, w := range a {
		if x, ok := b[t]; ok {
			d += fixed(w * x)
		}
	}
	return float64(d) / fixedOne
}

// TermVector is s's stemmed content words as a unit vector of counts.
func TermVector(s string) Vector { return VectorOf(Terms(s)) }

// VectorOf is the unit vector of counts of terms, for a caller that has
// the terms of a text already.
func VectorOf(terms []string) Vector {
	v := make(Vector, len(terms))
	for _, t := range terms {
		v[t]++
	}
	return Unit(v)
}

// Pairs calls fn(i, j), i < j, for every two of vs whose cosine is at
// least least (above zero), in order of j, then i. It finds them through the terms
// they share, not by comparing every pair: most sentences of a story share
// no content word. The scores are Cosine's to the bit.
func Pairs(vs []Vector, least float64, fn func(i, j int)) {
	type posting struct {
		vec int
		w   float64
	}
	index := map[string][]posting{}
	dot := make([]int64, len(vs))
	seen := make([]bool, len(vs))
	var near []int
	for j, v := range vs {
		near = near[:0]
		for t, w := range v {
			for _, p := range index[t] {
				if !seen[p.vec] {
					seen[p.vec] = true
					near = append(near, p.vec)
				}
				dot[p.vec] += fixed(w * p.w)
			}
			index[t] = append(index[t], posting{j, w})
		}
		slices.Sort(near)
		for _, i := range near {
			if float64(dot[i])/fixedOne >= least {
				fn(i, j)
			}
			dot[i], seen[i] = 0, false
		}
	}
}
