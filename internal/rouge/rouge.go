// Package rouge scores a summary against a reference with ROUGE-1, ROUGE-2
// and ROUGE-L as Google's rouge-score defines them: lower-case tokens of
// letters and digits, Porter-stemmed when longer than three characters,
// n-gram counts clipped as multisets, and the longest common subsequence
// of the whole texts.
package rouge

import (
	"regexp"
	"strings"
)

// Score is precision, recall and F1 of one measure.
type Score struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Scores are the three measures for one summary.
type Scores struct {
	R1 Score `json:"rouge1"`
	R2 Score `json:"rouge2"`
	RL Score `json:"rougeL"`
}

var nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)

// Tokens are the tokens ROUGE compares.
func Tokens(s string) []string {
	toks := strings.Fields(nonAlnum.ReplaceAllString(strings.ToLower(s), " "))
	for i, t := range toks {
		if len(t) > 3 {
			toks[i] = Stem(t)
		}
	}
	return toks
}

// Compare scores a predicted summary against a reference.
func Compare(reference, predicted string) Scores {
	ref, pred := Tokens(reference), Tokens(predicted)
	return Scores{R1: ngram(ref, pred, 1), R2: ngram(ref, pred, 2), RL: score(lcs(ref, pred), len(ref), len(pred))}
}

func ngram(ref, pred []string, n int) Score {
	counts := map[string]int{}
	total := 0
	for i := 0; i+n <= len(ref); i++ {
		counts[strings.Join(ref[i:i+n], " ")]++
		total++
	}
	overlap, predTotal := 0, 0
	for i := 0; i+n <= len(pred); i++ {
		predTotal++
		if g := strings.Join(pred[i:i+n], " "); counts[g] > 0 {
			counts[g]--
			overlap++
		}
	}
	return score(overlap, total, predTotal)
}

func score(overlap, refTotal, predTotal int) Score {
	var s Score
	if predTotal > 0 {
		s.Precision = float64(overlap) / float64(predTotal)
	}
	if refTotal > 0 {
		s.Recall = float64(overlap) / float64(refTotal)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for _, x := range a {
		for j, y := range b {
			if x == y {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
