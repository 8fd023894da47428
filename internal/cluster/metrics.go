package cluster

// Scores are the precision, recall and F1 of a clustering against gold labels.
type Scores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func f1(p, r float64) Scores {
	s := Scores{Precision: p, Recall: r}
	if p+r > 0 {
		s.F1 = 2 * p * r / (p + r)
	}
	return s
}

// BCubed scores each item by how much its predicted cluster and its gold
// cluster overlap (Bagga and Baldwin 1998), averaged over items. pred and
// gold map every item to a cluster label; items missing from pred count as
// clusters of their own.
func BCubed(pred, gold map[string]string) Scores {
	byPred, byGold := map[string]map[string]bool{}, map[string]map[string]bool{}
	label := func(id string) string {
		if p, ok := pred[id]; ok {
			return p
		}
		return "\x00" + id
	}
	for id, g := range gold {
		p := label(id)
		if byPred[p] == nil {
			byPred[p] = map[string]bool{}
		}
		if byGold[g] == nil {
			byGold[g] = map[string]bool{}
		}
		byPred[p][id], byGold[g][id] = true, true
	}
	var P, R float64
	for id, g := range gold {
		cp, cg := byPred[label(id)], byGold[g]
		inter := 0
		for x := range cp {
			if cg[x] {
				inter++
			}
		}
		P += float64(inter) / float64(len(cp))
		R += float64(inter) / float64(len(cg))
	}
	n := float64(len(gold))
	if n == 0 {
		return Scores{}
	}
	return f1(P/n, R/n)
}

// Pairwise scores the pairs of items put together: a pair in one predicted
// cluster is a true positive when gold puts it together too.
func Pairwise(pred, gold map[string]string) Scores {
	type pair struct{ p, g string }
	counts := map[pair]int{}
	byPred, byGold := map[string]int{}, map[string]int{}
	for id, g := range gold {
		p, ok := pred[id]
		if !ok {
			p = "\x00" + id
		}
		counts[pair{p, g}]++
		byPred[p]++
		byGold[g]++
	}
	pairs := func(n int) float64 { return float64(n*(n-1)) / 2 }
	var tp, predPairs, goldPairs float64
	for _, n := range counts {
		tp += pairs(n)
	}
	for _, n := range byPred {
		predPairs += pairs(n)
	}
	for _, n := range byGold {
		goldPairs += pairs(n)
	}
	var p, r float64
	if predPairs > 0 {
		p = tp / predPairs
	}
	if goldPairs > 0 {
		r = tp / goldPairs
	}
	return f1(p, r)
}
