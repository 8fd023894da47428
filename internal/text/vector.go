package text

import "math"

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
	top := 0.0
	for _, w := range v {
		top = max(top, math.Abs(w))
	}
	if top == 0 {
		return v
	}
	var sum int64
	for _, w := range v {
		sum += fixed((w / top) * (w / top))
	}
	norm := top * math.Sqrt(float64(sum)/fixedOne)
	for t := range v {
		v[t] /= norm
	}
	return v
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
func TermVector(s string) Vector {
	v := Vector{}
	for _, t := range Terms(s) {
		v[t]++
	}
	return Unit(v)
}
