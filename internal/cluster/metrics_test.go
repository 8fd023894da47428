package cluster

import (
	"math"
	"testing"
)

func TestMetrics(t *testing.T) {
	// Gold: {a b c} {d e}; predicted: {a b} {c d e}.
	gold := map[string]string{"a": "1", "b": "1", "c": "1", "d": "2", "e": "2"}
	pred := map[string]string{"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}
	// B-cubed by hand: precision a,b 1; c,d,e 1/3,2/3,2/3 → 11/15;
	// recall a,b 2/3; c 1/3; d,e 1 → 11/15.
	b := BCubed(pred, gold)
	if math.Abs(b.Precision-11.0/15) > 1e-9 || math.Abs(b.Recall-11.0/15) > 1e-9 {
		t.Errorf("BCubed = %+v", b)
	}
	// Pairs: predicted ab, cd, ce, de → true ab, de: P 2/4; gold pairs ab ac bc de → R 2/4.
	p := Pairwise(pred, gold)
	if p.Precision != 0.5 || p.Recall != 0.5 || p.F1 != 0.5 {
		t.Errorf("Pairwise = %+v", p)
	}
	// Perfect, and a missing item counted as its own cluster.
	if s := BCubed(gold, gold); s.F1 != 1 {
		t.Errorf("perfect = %+v", s)
	}
	delete(pred, "e")
	if s := BCubed(map[string]string{"a": "1", "b": "1", "c": "1", "d": "2"}, gold); s.Precision != 1 || s.Recall >= 1 {
		t.Errorf("missing item = %+v", s)
	}
}
