package analyze

import (
	_ "embed"
	"strings"
)

var (
	//go:embed data/female-names.txt
	femaleNames string
	//go:embed data/male-names.txt
	maleNames string
	// Names those lists lack: of other languages ("Viktor", "Recep",
	// "Narendra") and some English ones ("Donald", "Barack"); and family
	// names that open East Asian names ("Xi Jinping", "Nguyen Phu
	// Trong"), given to either sex.
	//go:embed data/more-female-names.txt
	moreFemaleNames string
	//go:embed data/more-male-names.txt
	moreMaleNames string
	//go:embed data/family-first-names.txt
	familyFirstNames string
	// Names common in the United States since the Moby lists were made
	// ("Dustin", "Jayden", "Makayla"), from the Social Security
	// Administration's counts.
	//go:embed data/us-female-names.txt
	usFemaleNames string
	//go:embed data/us-male-names.txt
	usMaleNames string
	// Names both Moby lists hold that the news gives nearly always to one
	// sex: "Julie", "Grace"; "George", "Randy".
	//go:embed data/usually-female-names.txt
	usuallyFemaleNames string
	//go:embed data/usually-male-names.txt
	usuallyMaleNames string
)

// Sexes of given names, for the pronouns that may stand for a person.
const (
	unknownSex = iota
	female
	male
	either
)

// givenNames maps lower-cased given names to the sex they are usually given to.
var givenNames = func() map[string]int {
	m := map[string]int{}
	for _, n := range strings.Fields(femaleNames + " " + moreFemaleNames + " " + usFemaleNames + " " + familyFirstNames) {
		m[strings.ToLower(n)] = female
	}
	for _, n := range strings.Fields(maleNames + " " + moreMaleNames + " " + usMaleNames + " " + familyFirstNames) {
		n = strings.ToLower(n)
		if m[n] == female || m[n] == either { // a name on two lists ("Lee") stays either
			m[n] = either
		} else {
			m[n] = male
		}
	}
	for _, n := range strings.Fields(usuallyFemaleNames) {
		m[strings.ToLower(n)] = female
	}
	for _, n := range strings.Fields(usuallyMaleNames) {
		m[strings.ToLower(n)] = male
	}
	// The lists hold a few function words ("My", "Any", "Had"), which
	// open no one's name in English text: "Not My Stella's" is a campaign.
	for w := range nameless {
		delete(m, w)
	}
	return m
}()

// familyOnly holds the family names that open East Asian names and open
// no English one ("Xi", "Li"; not "Kim", "Lee"): "Xi's" is Xi Jinping's.
var familyOnly = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(familyFirstNames) {
		m[strings.ToLower(n)] = true
	}
	for _, n := range strings.Fields(femaleNames + " " + moreFemaleNames + " " + usFemaleNames + " " + maleNames + " " + moreMaleNames + " " + usMaleNames) {
		delete(m, strings.ToLower(n))
	}
	return m
}()

// givenKeys maps the keys of given names (Key: "annette" is "anete") to
// their sex, for names read as keys.
var givenKeys = func() map[string]int {
	m := make(map[string]int, len(givenNames))
	for n, sex := range givenNames {
		k := Key(n)
		if prev, ok := m[k]; ok && prev != sex {
			sex = either
		}
		m[k] = sex
	}
	return m
}()

// GivenName reports a name whose first word is a known given name.
func GivenName(name string) bool { return givenName(name) != unknownSex }

// givenName returns the sex of a name's first word, or unknownSex when it
// is not a known given name. A leading initial is passed over: "W.
// Stephen Muldrow" goes by Stephen.
func givenName(name string) int {
	first, rest, _ := strings.Cut(name, " ")
	if Initial(first) && rest != "" {
		first, _, _ = strings.Cut(rest, " ")
	}
	l := strings.ToLower(first)
	if sex := givenNames[l]; sex != unknownSex {
		return sex
	}
	// "Jean-Claude", "Eva-Marie": two given names, the second's sex; not
	// "al-Mina".
	if a, b, ok := strings.Cut(l, "-"); ok && upperFirst(first) && givenNames[a] != unknownSex {
		return givenNames[b]
	}
	return unknownSex
}
