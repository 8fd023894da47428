package text

import "math"

// Vector is a sparse term vector.
type Vector = map[string]float64

// Unit scales v to length 1 in place and returns it; a zero vector stays zero.
func Unit(v Vector) Vector {
	norm := 0.0
	for _, w := range v {
		norm += w * w
	}
	if norm == 0 {
		return v
	}
	norm = math.Sqrt(norm)
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
	d := 0.0
	for t, w := range a {
		d += w * b[t]
	}
	return d
}

// TermVector is s's stemmed content words as a unit vector of counts.
func TermVector(s string) Vector {
	v := Vector{}
	for _, t := range Terms(s) {
		v[t]++
	}
	return Unit(v)
}
