// Package model holds the plain data types that flow through crosscheck's
// pipeline and make up its JSON contract. It has no behaviour beyond helpers
// that need nothing but the types themselves.
package model

import "time"

// Article is one report from one outlet, after extraction and clean-up.
type Article struct {
	ID        string     `json:"id"`
	Source    string     `json:"source"`
	URL       string     `json:"url,omitempty"`
	Outlet    string     `json:"outlet"`
	Title     string     `json:"title"`
	Author    string     `json:"author,omitempty"`
	Published *time.Time `json:"published"`
	// CopyOf names the earliest article this one is a syndicated or
	// near-duplicate copy of; copies are grouped and counted once.
	CopyOf string `json:"copy_of,omitempty"`
	// Copies lists the articles that copy this one, the original.
	Copies []string `json:"copies,omitempty"`
	// Joined is how alike the article was to its story when it joined it
	// (the cosine of their terms; 0.20 at least): low, it may be of
	// another event. Absent for the article that began its story, a
	// copy, and an article an editor moved.
	Joined *float64 `json:"joined,omitempty"`
	// Paragraphs is the cleaned body text, one paragraph per element.
	Paragraphs []string `json:"-"`
	// Hash identifies the cleaned content, for idempotent ingest.
	Hash string `json:"-"`
}

// Report is what `crosscheck analyze --json` prints.
type Report struct {
	Articles []Article `json:"articles"`
	Stories  []Story   `json:"stories"`
	Errors   []Error   `json:"errors"`
}

// Error is one input that could not be read, named by its source.
type Error struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

// Story is one real-world event reported by one or more articles.
type Story struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Storyline groups stories of related events (a verdict and the later
	// sentencing): the ID of its first story.
	Storyline string   `json:"storyline"`
	Articles  []string `json:"articles"`
	Summary   []Cited  `json:"summary"`
	// Brief is what a reader needs first, in order: what happened, what
	// the reports agree on, where they differ, whose word they rest on,
	// and what only one says.
	Brief []BriefLine `json:"brief"`
	// Rewrite is the brief as prose from a language model, when one was
	// asked (analyze --llm-url) and its answer kept every citation and
	// added nothing.
	Rewrite  string    `json:"rewrite,omitempty"`
	Findings []Finding `json:"findings"`
	// Changes are the values reports changed in their outlets' updates:
	// findings read each report's latest text, and a change says what
	// the text before it gave.
	Changes  []Change `json:"changes,omitempty"`
	Quotes   []Quote  `json:"quotes"`
	Entities []Entity `json:"entities"`
}

// Change is a value a report gave and its outlet's update of it changed:
// a toll raised as news came in, a figure corrected.
type Change struct {
	Article string `json:"article"`
	// Revision is the number of the earlier text; At is when the later
	// text was stored in its place, which the outlet's update preceded.
	Revision int       `json:"revision"`
	At       time.Time `json:"at"`
	Subject  string    `json:"subject,omitempty"`
	Kind     string    `json:"kind"`
	From     string    `json:"from"`
	To       string    `json:"to"`
	Text     string    `json:"text"`
	// Before and After are the sentences that gave the two values.
	Before string `json:"before"`
	After  string `json:"after"`
}

// Brief line kinds.
const (
	BriefSummary      = "summary"       // a source sentence
	BriefAgreed       = "agreed"        // a corroborated value
	BriefDisputed     = "disputed"      // competing values
	BriefEvolving     = "evolving"      // a value changing over time
	BriefChanged      = "changed"       // a value a report's update changed
	BriefSource       = "source"        // whose account most claims rest on
	BriefSingleSource = "single-source" // a value only one article gives
)

// BriefLine is one line of a story's brief: a source sentence, or a
// sentence made from findings, with the articles behind it.
type BriefLine struct {
	Kind     string   `json:"kind"`
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
	// Speaker is whose words a source sentence quotes where the sentence
	// does not say: the first or last sentence of a longer quote, whose
	// speaker another sentence names.
	Speaker string `json:"speaker,omitempty"`
}

// Display is the line as every rendering shows it: its text, and whose
// words they are when the text does not say.
func (l BriefLine) Display() string {
	if l.Speaker == "" {
		return l.Text
	}
	return l.Text + " — " + l.Speaker
}

// Label is how every rendering marks a line made from findings; a source
// sentence has none.
func (l BriefLine) Label() string {
	return briefLabels[l.Kind]
}

var briefLabels = map[string]string{
	BriefAgreed: "Agreed", BriefDisputed: "Disputed", BriefEvolving: "Changing",
	BriefChanged: "Updated", BriefSource: "Source", BriefSingleSource: "One source",
}

// Cited is a sentence with the articles that support it.
type Cited struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}

// Finding statuses.
const (
	Corroborated = "corroborated"
	Disputed     = "disputed"
	SingleSource = "single-source"
	// Evolving is a value that changes as reports come in (a rising death
	// toll): each value is shown with when it was first reported.
	Evolving = "evolving"
)

// Finding is a statement aligned across a story's articles.
type Finding struct {
	Text   string `json:"text"`
	Status string `json:"status"`
	// Subject and Kind say what was measured ("meeting", "duration") when
	// the finding is about a value; both empty for plain statements.
	Subject  string   `json:"subject,omitempty"`
	Kind     string   `json:"kind,omitempty"`
	Articles []string `json:"articles"`
	// AttributedTo are the people or bodies the articles credit the finding
	// to ("according to Kremlin aide Yury Ushakov"); empty when every
	// article states it in its own voice.
	AttributedTo []string `json:"attributed_to"`
	// IndependentSources counts who the finding rests on: each speaker
	// once however many outlets relay them, each original article stating
	// it in its own voice once, copies not at all.
	IndependentSources int `json:"independent_sources"`
	// Reports counts the original articles behind the finding: a copy and
	// its original are one report.
	Reports  int        `json:"reports"`
	Values   []Value    `json:"values,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// Value is one competing (or agreed) value of a finding and who reports it.
type Value struct {
	Value    string   `json:"value"`
	Articles []string `json:"articles"`
	// Since is when the value was first reported, for evolving values.
	Since *time.Time `json:"since,omitempty"`
}

// Evidence points at the sentence of an article that supports a finding.
type Evidence struct {
	Article  string `json:"article"`
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
	// Speaker is who the sentence credits the finding to, one of the
	// finding's AttributedTo; empty where the article says it in its own
	// voice.
	Speaker string `json:"speaker,omitempty"`
}

// Quote is a quote credited to a speaker, with the articles carrying it.
type Quote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	// Indirect quotes are reported speech ("she said the talks failed"):
	// the reporter's words for what the speaker said.
	Indirect bool     `json:"indirect,omitempty"`
	Articles []string `json:"articles"`
}

// Entity types.
const (
	Person       = "person"
	Organization = "organization"
	Place        = "place"
	Other        = "other"
)

// Entity is a person, organisation or place with every name it goes by.
type Entity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Articles []string `json:"articles"`
}

// OutletRecord is how an outlet's reports compared with other outlets' in
// the stories they reported together: the findings it shares, the
// disputes where its value is the most reported or not, and what it
// alone says. It counts, and does not judge: an outlet alone with a
// figure may be the first to have it right.
type OutletRecord struct {
	Outlet string `json:"outlet"`
	// Stories are those read: its newest, up to a limit; Shared are those
	// another outlet reported too, which the counts below are of.
	Stories  int `json:"stories"`
	Limit    int `json:"limit"` // the most stories read
	Shared   int `json:"shared"`
	Articles int `json:"articles"` // its articles in the shared stories
	Copies   int `json:"copies"`   // of those, copies of another outlet's report
	Copied   int `json:"copied"`   // its reports another outlet carried a copy of
	// Agreed counts the corroborated findings it is party to.
	Agreed int `json:"agreed"`
	// Majority counts the disputes where its value has more reports than
	// any other; Minority lists those where another has more, and Other
	// counts the rest (values tied, or its own articles disagreeing).
	Majority int            `json:"majority"`
	Minority []RecordedItem `json:"minority"`
	Other    int            `json:"other"`
	// Alone lists the findings only its articles give.
	Alone []RecordedItem `json:"alone"`
	// Changed lists the values its own updates changed, in any story
	// read: a toll raised as news came in, a figure corrected.
	Changed []RecordedItem `json:"changed"`
}

// RecordedItem is one finding of an outlet's record.
type RecordedItem struct {
	Story   string `json:"story"`
	Title   string `json:"title"`
	Finding string `json:"finding"`
	// Value is the outlet's, in a dispute; Others the other values with
	// their counts of reports ("5 hours (3 reports)").
	Value  string   `json:"value,omitempty"`
	Others []string `json:"others,omitempty"`
}
