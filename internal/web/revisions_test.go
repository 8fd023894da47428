package web

import (
	"slices"
	"testing"
)

func TestChanged(t *testing.T) {
	tests := []struct {
		name           string
		before, after  []string
		removed, added []string
	}{
		{"a sentence added", []string{"The talks ended. Both sides agreed."}, []string{"The talks ended. Both sides agreed.", "A second round is set for May."},
			[]string{}, []string{"A second round is set for May."}},
		{"a figure corrected", []string{"Twelve people died. The river fell."}, []string{"Fourteen people died. The river fell."},
			[]string{"Twelve people died."}, []string{"Fourteen people died."}},
		{"moved and spaced anew, not changed", []string{"The river fell.", "Twelve  people died."}, []string{"Twelve people died. The river fell."},
			[]string{}, []string{}},
		{"nothing before", nil, []string{"The river fell."}, []string{}, []string{"The river fell."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			removed, added := changed(tt.before, tt.after)
			if !slices.Equal(removed, tt.removed) || !slices.Equal(added, tt.added) {
				t.Errorf("changed = %q, %q; want %q, %q", removed, added, tt.removed, tt.added)
			}
		})
	}
}
