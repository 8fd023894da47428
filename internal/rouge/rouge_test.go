package rouge

import (
	"math"
	"testing"
)

func TestStem(t *testing.T) {
	// NLTK's Porter stemmer gives these (its default mode, as rouge-score uses).
	tests := map[string]string{
		"caresses": "caress", "ponies": "poni", "ties": "tie", "cats": "cat", "feed": "feed",
		"agreed": "agre", "plastered": "plaster", "motoring": "motor", "hopping": "hop", "falling": "fall",
		"filing": "file", "happy": "happi", "relational": "relat", "conditional": "condit",
		"generalization": "gener", "electrical": "electr", "adjustment": "adjust", "controll": "control",
		"dying": "die", "always": "alway", "attorney": "attorney", "aged": "age", "annoying": "annoy",
		"additionally": "addit", "geology": "geolog", "skies": "sky", "running": "run",
	}
	for word, want := range tests {
		if got := Stem(word); got != want {
			t.Errorf("Stem(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestCompare(t *testing.T) {
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	tests := []struct {
		name, ref, pred string
		r1, r2, rl      Score
	}{
		// ref: the cat sat on the mat (6 tokens); pred: the cat on the mat (5).
		// unigrams: the×2, cat, on, mat → 5 of 5 predicted, 5 of 6 reference.
		// bigrams: "the cat", "on the", "the mat" of pred's 4 ("cat on" is not in ref) → 3/4, 3/5.
		// LCS: the cat on the mat = 5.
		{"clipped unigrams and bigrams", "The cat sat on the mat.", "the cat on the mat",
			Score{1, 5.0 / 6, 2 * 1 * (5.0 / 6) / (1 + 5.0/6)}, Score{0.75, 0.6, 2 * 0.75 * 0.6 / 1.35}, Score{1, 5.0 / 6, 2 * 1 * (5.0 / 6) / (1 + 5.0/6)}},
		// Repeats are clipped: "the" three times in pred, twice in ref.
		{"repeated n-grams clipped", "the cat and the dog", "the the the",
			Score{2.0 / 3, 2.0 / 5, 2 * (2.0 / 3) * 0.4 / (2.0/3 + 0.4)}, Score{}, Score{2.0 / 3, 0.4, 2 * (2.0 / 3) * 0.4 / (2.0/3 + 0.4)}},
		// LCS is in order: "a b c d" against "d c b a" shares one token in order.
		{"order matters for LCS", "a b c d", "d c b a",
			Score{1, 1, 1}, Score{}, Score{0.25, 0.25, 0.25}},
		{"stems and punctuation", "Talks were running late!", "talk, run; late",
			Score{1, 0.75, 2 * 0.75 / 1.75}, Score{0.5, 1.0 / 3, 2 * 0.5 * (1.0 / 3) / (0.5 + 1.0/3)}, Score{1, 0.75, 2 * 0.75 / 1.75}},
		{"empty prediction", "some words here", "", Score{}, Score{}, Score{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(tt.ref, tt.pred)
			for _, c := range []struct {
				name      string
				got, want Score
			}{{"R1", got.R1, tt.r1}, {"R2", got.R2, tt.r2}, {"RL", got.RL, tt.rl}} {
				if !near(c.got.Precision, c.want.Precision) || !near(c.got.Recall, c.want.Recall) || !near(c.got.F1, c.want.F1) {
					t.Errorf("%s = %+v, want %+v", c.name, c.got, c.want)
				}
			}
		})
	}
}
