package analyze

import "testing"

func TestNounPhrase(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Ruth Alder", true},
		{"paramedics union", true},
		{"spokeswoman for the ministry", true},
		{"the", false},
		{"Some", false},
		{"but", false},
		{"if", false},
		{"Four colleagues from", false},
		{"Alder and Berg both", false},
		{"Brexit isn't explicitly", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := nounPhrase(tt.s); got != tt.want {
			t.Errorf("nounPhrase(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestSpelledOut(t *testing.T) {
	tests := []struct{ p, acronym, want string }{
		{"Kestrel, Harbour and Essen Water (KHEW) said so.", "KHEW", "Kestrel, Harbour and Essen Water"},
		{"The Parliamentary Budget Officer said it.", "PBO", "Parliamentary Budget Officer"},
		{"Department of Fisheries and Oceans staff", "DFO", "Department of Fisheries and Oceans"},
		{"Kestrel. Harbour and Essen Water", "KHEW", ""},
		{"Nothing here spells it.", "KHEW", ""},
	}
	for _, tt := range tests {
		if got := spelledOut(tt.p, tt.acronym); got != tt.want {
			t.Errorf("spelledOut(%q, %q) = %q, want %q", tt.p, tt.acronym, got, tt.want)
		}
	}
}
