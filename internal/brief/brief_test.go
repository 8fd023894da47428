package brief

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

var arts = []Article{
	{ID: "a", Title: "Council approves harbour plan", Sentences: []string{
		"The town council approved the harbour plan on Tuesday after a long debate in the hall.",
		"The plan includes a new breakwater and a ferry terminal for the island services.",
		"Opponents said the plan would cost far more than the council had admitted to voters.",
	}},
	{ID: "b", Title: "Harbour vote passes", Sentences: []string{
		"After a long debate, the town council approved the harbour plan on Tuesday evening.",
		"Fishermen gathered outside the hall and cheered when the result was announced.",
		"Short one.",
	}},
	{ID: "c", Copy: true, Sentences: []string{
		"After a long debate, the town council approved the harbour plan on Tuesday evening.",
	}},
}

func TestSummary(t *testing.T) {
	sum := Summary(arts, 3, nil)
	if len(sum) != 3 {
		t.Fatalf("summary = %+v", sum)
	}
	seen := map[string]bool{}
	for _, c := range sum {
		if seen[c.Text] || len(c.Articles) == 0 || c.Text == "Short one." {
			t.Errorf("bad summary sentence %+v", c)
		}
		seen[c.Text] = true
	}
	// The shared statement leads and cites both sources and the copy.
	if !strings.Contains(sum[0].Text, "approved the harbour plan") || strings.Join(sum[0].Articles, ",") != "a,b,c" {
		t.Errorf("lead = %+v", sum[0])
	}
	// The two ways of saying it are not both chosen.
	n := 0
	for _, c := range sum {
		if strings.Contains(c.Text, "approved the harbour plan") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("redundant summary: %+v", sum)
	}
}

func TestSummaryLeadsWithTheEvent(t *testing.T) {
	quote := `"The harbour plan will bring the ferries, the jobs and the visitors back to Lundgate," the mayor said.`
	event := "The town council voted on Tuesday to rebuild the old pier with money from Essen."
	arts := []Article{
		{ID: "a", Sentences: []string{"Lundgate has waited twenty years for its ferries to come back.", quote, event}},
		{ID: "b", Sentences: []string{event, quote}},
		{ID: "c", Sentences: []string{quote, "The harbour plan will bring the ferries back, the mayor said."}},
	}
	sum := Summary(arts, 3, nil)
	if len(sum) < 2 || sum[0].Text != event {
		t.Errorf("summary = %+v, want it led by %q", sum, event)
	}
}

// A story of one article is summed up by its lead: no other report says
// what is shared, and the writer put what matters first.
func TestSummaryOfOneArticleIsItsLead(t *testing.T) {
	lead := []string{
		"The town council of Port Elin approved the harbour plan on Tuesday after a long debate.",
		"The plan will cost 40 million euros over ten years, the mayor said.",
		"Work on the new pier and the ferry terminal begins in May.",
	}
	sentences := append(slices.Clone(lead),
		"Fishermen, shopkeepers, teachers, nurses, students, pensioners and visiting sailors from Essen, Lund and Bergen crowded the hall, waving banners, singing songs and arguing about parking, tourism, noise and the price of fish.",
		"The harbour plan was approved with the votes of the mayor's party and the greens.")
	sum := Summary([]Article{{ID: "a", Sentences: sentences}}, 3, nil)
	var got []string
	for _, c := range sum {
		got = append(got, c.Text)
	}
	if !slices.Equal(got, lead) {
		t.Errorf("summary = %q, want the lead %q", got, lead)
	}
}

func TestSummaryCitesWhoGivesTheFigures(t *testing.T) {
	arts := []Article{
		{ID: "a", Sentences: []string{"Valdoria and Merovia will set up a joint commission of 40 engineers under the river framework agreed in Lundgate on Wednesday."}},
		{ID: "b", Sentences: []string{"Valdoria and Merovia will set up a joint commission of forty engineers under the river framework."}},
		{ID: "c", Sentences: []string{"Valdoria and Merovia will set up a joint commission for the river, officials said."}},
		{ID: "d", Copy: true, Sentences: []string{"Valdoria and Merovia will set up a joint commission for the river, officials said."}},
	}
	for _, c := range Summary(arts, 1, nil) {
		if !strings.Contains(c.Text, "engineers") || strings.Join(c.Articles, ",") != "a,b" {
			t.Errorf("%q cites %v: only a and b give its figure", c.Text, c.Articles)
		}
	}
}

func TestSummaryLeavesOtherLanguagesOut(t *testing.T) {
	english := []Article{
		{ID: "a", Sentences: []string{"The town council approved the harbour plan on Tuesday after a long debate.", "Kami mendokumentasikan genus dan spesies baru tikus cucurut dari pulau Sulawesi."}},
		{ID: "b", Sentences: []string{"Council members approved the harbour plan on Tuesday after the debate ran late.", "Tikus cucurut baru dari pulau Sulawesi didokumentasikan oleh tim peneliti."}},
	}
	for _, c := range Summary(english, 4, nil) {
		if strings.Contains(c.Text, "cucurut") {
			t.Errorf("an English story's brief has %q", c.Text)
		}
	}
	dutch := []Article{
		{ID: "a", Sentences: []string{"Hij stal twee unieke, kostbare doeken van Vincent van Gogh uit het museum.", "Durham werd veroordeeld en moet nog altijd schadevergoeding betalen aan het museum.",
			"Om zijn schuld aan het museum af te lossen probeerde hij het afgelopen jaar de schilderijen te verkopen.", "De politie vond de doeken later in een huis bij Napels."}},
	}
	if len(Summary(dutch, 2, nil)) == 0 {
		t.Error("a story in Dutch has no brief")
	}
}

func TestSummaryAvoidsDisputed(t *testing.T) {
	avoid := map[string]bool{arts[0].Sentences[0]: true, arts[1].Sentences[0]: true}
	for _, c := range Summary(arts, 3, avoid) {
		if avoid[c.Text] {
			t.Errorf("disputed sentence chosen: %q", c.Text)
		}
	}
}

func TestTitle(t *testing.T) {
	sum := Summary(arts, 3, nil)
	// Headlines differ: none is taken as it is.
	if got := Title(arts, sum, nil, nil); got != "The town council approved the harbour plan after a long debate in the hall" {
		t.Errorf("title = %q", got)
	}
	// One headline, or the same from every outlet, is used.
	same := []Article{{ID: "a", Title: "Harbour vote passes", Sentences: arts[0].Sentences}, {ID: "b", Title: "Harbour  vote passes", Sentences: arts[1].Sentences}}
	if got := Title(same, Summary(same, 3, nil), nil, nil); got != "Harbour vote passes" {
		t.Errorf("shared headline: title = %q", got)
	}
	// A section's label goes.
	labelled := []Article{{ID: "a", Title: "The Latest: Harbour vote passes", Sentences: arts[0].Sentences}}
	if got := Title(labelled, Summary(labelled, 3, nil), nil, nil); got != "Harbour vote passes" {
		t.Errorf("labelled headline: title = %q", got)
	}
	// A text's first line that names nothing the story is about is a
	// heading, not a headline.
	heading := []Article{{ID: "a", Title: "Challenge Overview", Sentences: arts[0].Sentences}, {ID: "b", Sentences: arts[1].Sentences}}
	if got := Title(heading, Summary(heading, 3, nil), nil, nil); got == "Challenge Overview" || got == "" {
		t.Errorf("a heading for a title: %q", got)
	}
	// Every summary sentence quotes: the one that reports its quote in its
	// own words names the story, not a quotation cut open.
	quotes := []model.Cited{
		{Text: `"We must watch any change in the balance of power along our borders, and react quickly," the minister said.`},
		{Text: `The army had "destroyed 725 camps, 405 factories and workshops, 1,500 pieces of equipment, and 35,000 fighters in Essen and in all the region," he said.`},
		{Text: `Defence Minister Tom Berg said the army had used "162 types of modern arms" in the campaign.`},
	}
	if got := Title(nil, quotes, nil, nil); got != `Defence Minister Tom Berg said the army had used "162 types of modern arms" in the campaign` {
		t.Errorf("title from quotes = %q", got)
	}
	// Where other reports give none, a short label is the event's name
	// only when the summary quotes it as a work's.
	credit := []Article{{ID: "a", Title: "Credit Lundgate Council", Sentences: arts[0].Sentences}, {ID: "b", Sentences: arts[1].Sentences}}
	if got := Title(credit, Summary(credit, 3, nil), nil, nil); got == "Credit Lundgate Council" || got == "" {
		t.Errorf("a picture's credit for a title: %q", got)
	}
	review := []Article{
		{ID: "a", Title: "Harbour Lights", Sentences: []string{`"Harbour Lights" is a slow, bleak film about the harbour and the council.`, "The council debated the harbour plan in the film."}},
		{ID: "b", Sentences: []string{`"Harbour Lights" follows a harbour master through one winter.`, "The film opens on Friday in the town's cinema."}},
	}
	if got := Title(review, Summary(review, 3, nil), nil, nil); got != "Harbour Lights" {
		t.Errorf("a review's title = %q, want the film's name", got)
	}
	untitled := []Article{{ID: "x", Sentences: arts[0].Sentences}}
	if got := Title(untitled, Summary(untitled, 1, nil), nil, nil); got == "" || len(strings.Fields(got)) > maxTitleWords {
		t.Errorf("title from summary = %q", got)
	}
}

func TestTitleNamesTheEvent(t *testing.T) {
	people := []model.Entity{
		{Name: "Anneke Sorel", Type: "person", Articles: []string{"a", "b"}},
		{Name: "Tomas Halvorsen", Type: "person", Articles: []string{"a", "b"}},
		{Name: "Lundgate", Type: "place", Articles: []string{"a", "b"}},
	}
	summary := []model.Cited{
		{Text: `"We have found common ground," Sorel said.`},
		{Text: "Officials said a text would follow within weeks of the meeting."},
		{Text: "For example, Anneke Sorel and Tomas Halvorsen first met in Lundgate in 2019 as ministers."},
		{Text: "Valdorian Prime Minister Anneke Sorel and Merovian President Tomas Halvorsen met in Lundgate on Wednesday for talks on the river, the first time the two have met."},
	}
	heads := []Article{{ID: "a", Title: "Sorel and Halvorsen end six-hour talks"}, {ID: "b", Title: "River deal takes shape"}}
	want := "Anneke Sorel and Tomas Halvorsen met in Lundgate for talks on the river"
	if got := Title(heads, summary, people, nil); got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	// The lead names the event; a later sentence naming more people is
	// a side detail.
	side := []model.Cited{
		{Text: "Anneke Sorel won the Valdorian election on Sunday with a large majority."},
		{Text: "Tomas Halvorsen phoned Anneke Sorel from Lundgate to congratulate her."},
	}
	if got, want := Title(heads, side, people, nil), "Anneke Sorel won the Valdorian election with a large majority"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	// A phrase set before the subject, too long to drop, names no event.
	opening := []model.Cited{
		{Text: "In a long interview about his years in office with the Lundgate Times and two other papers of the region, Tomas Halvorsen defended the river plan."},
		{Text: "Anneke Sorel rejected the river plan at a news conference in Lundgate."},
	}
	if got, want := Title(heads, opening, people, nil), "Anneke Sorel rejected the river plan at a news conference in Lundgate"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	// A film's title in quotation marks quotes no one.
	film := []model.Cited{
		{Text: `"Harbour Lights" opens in Lundgate cinemas on Friday after a year's delay.`},
		{Text: "Tickets are now on sale at the harbour box office and online."},
	}
	if got, want := Title(heads, film, people, nil), `"Harbour Lights" opens in Lundgate cinemas after a year's delay`; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	// Without a headline or a sentence naming the story's people, the
	// title is the first summary sentence that is no quote.
	if got := Title([]Article{{ID: "a"}}, summary[:2], nil, nil); got != "Officials said a text would follow within weeks of the meeting" {
		t.Errorf("untitled: title = %q", got)
	}
}

// A title loses the words that date the report, but keeps a day that a
// phrase or verb needs as its object, or one of a named day.
func TestWithoutTimes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The council voted Monday to approve the plan", "The council voted to approve the plan"},
		{"Police said on Tuesday that the man was arrested", "Police said that the man was arrested"},
		{"Rain fell on Saturday and Sunday in the north", "Rain fell in the north"},
		{"The ship sank before dawn Sunday", "The ship sank before dawn"},
		{"in Friday night's Game 3", "in Friday night's Game 3"},
		{"The Steelers spent Monday trying to distance themselves", "The Steelers spent Monday trying to distance themselves"},
		{"The talks will continue until Friday in Geneva", "The talks will continue until Friday in Geneva"},
		{"Voters must register by Tuesday to take part", "Voters must register by Tuesday to take part"},
		{"Schools will be closed from Monday to Wednesday", "Schools will be closed from Monday to Wednesday"},
		{"The office is open between Monday and Friday", "The office is open between Monday and Friday"},
		{"The deadline was moved to next Friday", "The deadline was moved to next Friday"},
		{"Shoppers lined up for Black Friday deals", "Shoppers lined up for Black Friday deals"},
	}
	for _, tt := range tests {
		if got := withoutTimes(tt.in); got != tt.want {
			t.Errorf("withoutTimes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTitleSettlesNoDispute(t *testing.T) {
	people := []model.Entity{{Name: "Corvid Robotics", Type: "organization", Articles: []string{"a", "b"}}, {Name: "Tessellate Labs", Type: "organization", Articles: []string{"a", "b"}}}
	lead := "Corvid Robotics has agreed to buy Tessellate Labs for $420 million, the companies said."
	heads := []Article{{ID: "a", Title: "Corvid buys Tessellate"}, {ID: "b", Title: "Tessellate sold for $380 million"}}
	got := Title(heads, []model.Cited{{Text: lead}}, people, map[string]bool{lead: true})
	if want := "Corvid Robotics has agreed to buy Tessellate Labs"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
}

// With no summary and no headline, the first sentence names the story,
// but not its disputed figure.
func TestLastTitleSettlesNoDispute(t *testing.T) {
	lead := "The talks in Lundgate lasted three to four hours on Tuesday, officials said."
	arts := []Article{{ID: "a", Sentences: []string{lead}}, {ID: "b", Sentences: []string{"The talks lasted six hours."}}}
	if got, want := Title(arts, nil, nil, map[string]bool{lead: true}), "The talks"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
}

func TestOpensBadly(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"The council approved the harbour plan", false},
		{"Though, the mayor insisted the remarks were private", true},
		{"We're up with advertising in three states", true},
		{"But a power company executive moved closer", true},
		{"Her father died in the spring", true},
		{"It's a theory that will be put to the test when the council sits", true},
		{"It's official: the harbour plan is dead", false},
		{"That's the course where Tom Berg won his first title", true},
		{"(He, of course, looks the part of a barber", true},
		{"\"Rob & Big\" star dies at 45", false},
		{"Many of you were worried about the harbour plan", true},
		{`The mayor told residents "you will see the ferry back by May"`, false},
	} {
		if got := opensBadly(tt.title); got != tt.want {
			t.Errorf("opensBadly(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// A run of roles written with slashes before a name goes, and a name in
// full keeps its own given name where the story knows a person of that
// surname too.
func TestHeadlineRolesAndNames(t *testing.T) {
	people := []model.Entity{{Name: "Ruth Alder", Type: "person"}, {Name: "Tha Ruth", Type: "person"}}
	tests := []struct{ in, want string }{
		{"Singer/chef/harbour pilot Ruth Alder opened a restaurant on the quay on Monday.", "Ruth Alder opened a restaurant on the quay"},
		{"Ruth Alder opened a restaurant on the quay on Monday.", "Ruth Alder opened a restaurant on the quay"},
	}
	for _, tt := range tests {
		if got := headline(tt.in, people); got != tt.want {
			t.Errorf("headline(%q)\n = %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestHeadline(t *testing.T) {
	people := []model.Entity{
		{Name: "Jared Kushner", Type: "person"}, {Name: "Steve Witkoff", Type: "person"},
		{Name: "Vladimir Putin", Type: "person"}, {Name: "Ann Lee", Type: "person"},
		{Name: "Emmanuel Macron", Type: "person"}, {Name: "Juan Williams", Type: "person"}, {Name: "Fielding", Type: "person"},
		{Name: "David H. Moss", Type: "person"}, {Name: "North Carolina", Type: "place"},
		{Name: "George Washington", Type: "person"}, {Name: "Washington", Type: "place"},
		{Name: "Tom Berg", Type: "person"}, {Name: "Fennick County", Type: "place"}, {Name: "Valdoria", Type: "place"},
	}
	tests := []struct{ in, want string }{
		{"A meeting in Moscow between Jared Kushner, son-in-law of the former president, and special envoy Steve Witkoff with Russian President Vladimir Putin lasted five hours on Tuesday.",
			"A meeting in Moscow between Jared Kushner and Steve Witkoff with Vladimir Putin lasted five hours"},
		{"Corvid Robotics, the warehouse company based in Fennick, has agreed to buy Tessellate Labs for $420 million, the companies said on Tuesday.",
			"Corvid Robotics has agreed to buy Tessellate Labs for $420 million"},
		{"In a high-stakes diplomatic move, the envoy met the president in Moscow.", "The envoy met the president in Moscow"},
		{"Valdoria, in its first detailed account of the last minutes of the harbour ferry's crossing, denied that its navy had fired on the boat.", "Valdoria denied that its navy had fired on the boat"},
		{"The mayor, in a statement on Monday, said the harbour would reopen.", "The mayor said the harbour would reopen"},
		{"KEEPING SCORE: Germany's DAX added 0.1 per cent.", "Germany's DAX added 0.1 per cent"},
		{"Starring Ann Lee, Tom Berg, Jo Bell and Ruth Alder.", "Starring Ann Lee, Tom Berg, Jo Bell and Ruth Alder"},
		{"Harbour Watch is a project of volunteers to preserve the old harbour buildings of Lundgate at the end of their working lives as warehouses.",
			"Harbour Watch is a project of volunteers to preserve the old harbour buildings of Lundgate"},
		{"The pilots of the two harbour ferries that crossed in thick fog before one ran aground last week are targets of a criminal inquiry.",
			"The pilots of the two harbour ferries that crossed in thick fog before one ran aground are targets of a criminal inquiry"},
		{"A severed finger on the quay of the old harbour reportedly led Essen police to identify the first of the smugglers who came ashore from a boat.",
			"A severed finger on the quay of the old harbour reportedly led Essen police to identify the first…"}, // unfinished, as it reads
		{"Ann Lee and Tom Berg of Essen were arrested and held on smuggling charges by harbour police ahead of a hearing in the spring at the city court.",
			"Ann Lee and Tom Berg of Essen were arrested and held on smuggling charges"},
		{"The ferry captain who ran aground off Essen is fighting for his life at the University of Lundgate Medical Center tonight.",
			"The ferry captain who ran aground off Essen is fighting for his life at the University of Lundgate Medical Center"}, // not "… at the University"
		{"Tom Berg of Essen has been charged with six counts of first-degree murder and five counts of attempted murder while using a gun.",
			"Tom Berg of Essen has been charged with six counts of first-degree murder and five counts of attempted murder while using a gun"},
		{"The harbour authority of Lundgate and the port of Essen are taking a significant reduction in fees and roughly two dozen pilots are being let go this spring.",
			"The harbour authority of Lundgate and the port of Essen are taking a significant reduction in fees…"}, // not "… a significant reduction"
		{"A Lundgate harbour inspector looking into reports of mysterious acoustic signals on Danish and Dutch ferries on the busy river on Monday dismissed a council theory that smugglers using fast boats may have been behind the losses.",
			"A Lundgate harbour inspector looking into reports of mysterious acoustic signals dismissed a council theory"}, // plurals after adjectives are nouns: not the subject alone
		{"In four states, the Valdoria Ledger's count of the most recent district ballots puts the gap between the two harbour boards at less than three seats, by its own reckoning.",
			"The Valdoria Ledger's count of the most recent district ballots puts the gap between the two harbour boards at less than three seats"}, // not "… boards"
		{"A previously healthy ferry pilot from eastern Lundgate sought medical care in late spring because of a history of fever and fatigue and headaches.",
			"A previously healthy ferry pilot from eastern Lundgate sought medical care in late spring"}, // not "… because of a history"
		{"Harbour police and fire officials are investigating the circumstances behind the death of Tom Berg of Essen three days after officers struggled with him.",
			"Harbour police and fire officials are investigating the circumstances behind the death of Tom Berg"}, // not "… Tom Berg three days"
		{"Four students from the University of Lundgate were waiting to get into their friend's flat on the quay when a man claiming to live there pulled a gun.",
			"Four students from the University of Lundgate were waiting to get into their friend's flat on the quay"}, // not "… waiting to get"
		{"Part of the captain's punishment for breaking the harbour's rules on fishing is spending two weeks in the harbour office at Essen as a warden for the summer.",
			"Part of the captain's punishment for breaking the harbour's rules on fishing is spending two weeks"}, // what is spent stays
		{"When the officers boarded, the harbour report said, Tom Berg refused to come ashore and insulted them.",
			"Tom Berg refused to come ashore and insulted them"}, // not "The harbour report said, Tom Berg …"
		{"Two years after passing out as a marine engineer from the naval college of Lundgate, Tom Berg says he has failed to find a job.",
			"Tom Berg says he has failed to find a job"},
		{"Kell's first-half goals – she scored at 7:14 and on the power play at 19:56 – gave Essen a lead they would not give up.",
			"Kell's first-half goals gave Essen a lead they would not give up"},
		{"The mayor — who took office in May — said the harbour would reopen on Monday.", "The mayor said the harbour would reopen"},
		{"The Essen actress Ann Lee, known for her role as a ferry pilot in a popular harbour drama series, was exploring a film project.",
			"The Essen actress Ann Lee was exploring a film project"},
		{"Harbour police are seeking information on the disappearance last Saturday, April 15, of Ann Lee, 17, of Essen.",
			"Harbour police are seeking information on the disappearance of Ann Lee of Essen"},
		{"The mayor - who took office in May - said the harbour would reopen on Monday.", "The mayor said the harbour would reopen"},
		{"Ann Lee accepted the challenge — with a little help from her husband — after she was called out by a number of people, including her daughter, TODAY's Mira Kell.",
			"Ann Lee accepted the challenge after she was called out by a number of people"}, // a possessive is no verb
		{"The ferry company's decision to sail from Essen despite months of strikes by harbour staff is seen as a vote of confidence in the port.",
			"The ferry company's decision to sail from Essen is seen as a vote of confidence in the port"}, // not "… despite months"
		{"A board official says the share of late ferries on the island routes has now increased to 70 percent.",
			"A board official says the share of late ferries on the island routes has now increased to 70 percent"},
		{"Ann Lee has no idea why her son chose to sail what he did on June 24, 2014.", "Ann Lee has no idea why her son chose to sail what he did"},
		{"The rise of the harbour guild and the huge Lundgate fleet in the early 13th century may have been helped by good weather, historians suggest.",
			"The rise of the harbour guild and the huge Lundgate fleet in the early 13th century may have been helped by good weather"},
		{"Ann Lee, who won two titles on the Essen tour and represented Lundgate at the World Cup with Tom Berg (they tied for fourth) during the fall, said she is excited to play again.",
			"Ann Lee said she is excited to play again"},
		{"Voters in Essen have gone to the polls four times to vote in major, statewide races.", "Voters in Essen have gone to the polls four times to vote in major, statewide races"},
		{"The most recent heist was at a jewellery store in Lundgate, the police said.", "The most recent heist was at a jewellery store in Lundgate"},
		{"Noon, April 17 - The Lundgate Police Department is seeking information.", "The Lundgate Police Department is seeking information"},
		{"The Kestrel 3 and Kestrel 4 both used Lundgate camera sensors, but the Kestrel 5 uses a new sensor made in Essen.", "The Kestrel 5 uses a new sensor made in Essen"},
		{"The two phones both used Lundgate camera sensors, but the company changed supplier for the new one.", "The two phones both used Lundgate camera sensors"},
		{"A product of Essen's public schools, Ann Lee studied law at Lundgate and joined a firm.", "Ann Lee studied law at Lundgate and joined a firm"},
		{"Hot off the success of her new harbour thriller Fog, Ann Lee opened up to the Lundgate Ledger about her stage fright.", "Ann Lee opened up to the Lundgate Ledger about her stage fright"},
		{"Ann Lee (who is not in the trailer) and Tom Berg, are cast as the ferry captain and his pilot, respectively, and Jo Bell plays the harbour master.",
			"Ann Lee (who is not in the trailer) and Tom Berg are cast as the ferry captain and his pilot"},
		{"Tom Berg, probably not realizing that his message would be read by everyone in the harbour within minutes, replied that the ferry was late.",
			"Tom Berg replied that the ferry was late"},
		{"The council has frozen $12 million in funding for the Lundgate Harbour Works Agency, which runs the ferries, according to three officials who were told of the move.",
			"The council has frozen $12 million in funding for the Lundgate Harbour Works Agency"},
		{"A meeting of the council, a vote and a party were held.", "A meeting of the council"},
		{"The news came out during Tom Berg's sentencing hearing for the murder of Ann Lee, a Truro, N.S., police officer.", "The news came out during Tom Berg's sentencing hearing for the murder of Ann Lee"},
		{"Members set up checkpoints on their traditional territory, which sits about 300 kilometres west of Prince George, B.C.", "Members set up checkpoints on their traditional territory"},
		{"The company confirmed it had been contacted by the mayor's office, which will focus on the firm's founder, Ann Lee.", "The company confirmed it had been contacted by the mayor's office"},
		{"According to Ann Lee, her label Kestrel Records, which owns her masters, is blocking her songs.", "According to Ann Lee, her label Kestrel Records is blocking her songs"},
		{"New cars from Ann Lee, a redesigned compact car, a plug-in van and a wagon are on display.", "New cars from Ann Lee"},
		{"Today (Nov. 18), the agency announced the selection of five firms for its lunar program.", "The agency announced the selection of five firms for its lunar program"},
		{"Ann Lee, who won twice on the tour and played for Canada with Tom Berg (they tied for fourth) in 2018, said she was excited to compete again.", "Ann Lee said she was excited to compete again"},
		{"Ann Lee told the court how the animals showed distress when they were seized, had no space, and had no food in their dishes.", "Ann Lee told the court how the animals showed distress when they were seized"},
		{"Friday, the Essen Scout in Murphy, North Carolina posted an obituary for Ann Lee.", "The Essen Scout in Murphy, North Carolina posted an obituary for Ann Lee"},
		{`Russian warplanes have "destroyed 725 camps, 405 factories and 35,000 fighters," Ann Lee said.`, `Russian warplanes have "destroyed 725 camps, 405 factories and 35,000 fighters," Ann Lee said`},
		{"The strikes destroyed 725 camps, 1,500 pieces of equipment and 35 depots in the Essen region last year.", "The strikes destroyed 725 camps"},
		{"A firm owned by Ann Lee withdrew millions from the harbour fund on March 12 and 13.", "A firm owned by Ann Lee withdrew millions from the harbour fund"},
		{"The network will show the league's games under a $250 million, three-year deal that begins next season.", "The network will show the league's games under a $250 million, three-year deal that begins next season"},
		{"Ann Lee will forfeit much of her 2016 salary -- including her bonus and $41 million in stock awards -- as the bank opens a probe.", "Ann Lee will forfeit much of her 2016 salary as the bank opens a probe"}, // the aside goes whole
		{"The talks, which lasted five hours, covered the plan.", "The talks covered the plan"},
		{"The series was roiled by an incident in Friday night's Game 3 in Essen.", "The series was roiled by an incident in Friday night's Game 3 in Essen"},
		{"Ann Lee burst onto the scene with her acclaimed performance in.", "Ann Lee burst onto the scene with her acclaimed performance"},
		{"Engineers agreed on dam releases, irrigation quotas, and a flood warning system last week.", "Engineers agreed on dam releases"},
		{"The company's founder Ann Lee stepped down.", "Ann Lee stepped down"},
		{"A man was charged with plotting to kill Emmanuel Macron at the parade.", "A man was charged with plotting to kill Emmanuel Macron at the parade"},
		{"NPR has fired news analyst Juan Williams.", "NPR has fired news analyst Juan Williams"},
		{"Talks with Russian President Vladimir Putin ended.", "Talks with Vladimir Putin ended"},
		{"Police are investigating the death of 21-year-old Ann Lee, who died on Wednesday.", "Police are investigating the death of Ann Lee"},
		{"By Monday afternoon, the pledge of support seemed to crumble.", "The pledge of support seemed to crumble"},
		{"At 17:30 she had reigned for 23,226 days, 16 hours and 30 minutes.", "At 17:30 she had reigned for 23,226 days"},
		{"Hearing the shots, a guard came out of his office and confronted Tom Berg, ordering him to drop the gun, Ann Lee said.",
			"A guard came out of his office and confronted Tom Berg"},
		{"Council candidates Ann Lee, Jo Bell and Ed Fox met in Essen on Tuesday.", "Council candidates Ann Lee, Jo Bell and Ed Fox met in Essen"},
		{"The firm is apologizing for a store in Slidell, La., after a complaint.", "The firm is apologizing for a store in Slidell"},
		{"The culprit, the Lone Star Tick, spreads the allergy through its bites.", "The culprit spreads the allergy through its bites"},
		{"Snow, ice or freezing rain will fall on Essen and Lundgate on Sunday, the weather service said.", "Snow, ice or freezing rain will fall on Essen and Lundgate"},
		{"Putin, the Russian leader, met Ann Lee in Moscow.", "Vladimir Putin met Ann Lee in Moscow"},
		{"Vladimir Putin said Putin would stay.", "Vladimir Putin said Putin would stay"},
		{"Tom Berg's aide said the Lee administration would act.", "Tom Berg's aide said the Lee administration would act"},
		{"Federal officials said on Monday they were first led to Lee because she sent many threatening messages to stay away from Moss.",
			"Federal officials said they were first led to Ann Lee because she sent many threatening messages to stay away from David H. Moss"}, // the name whole, not "… from David H."
		{"Ann Lee's sentencing order for David H. Moss IV suggested that she considered unique circumstances when deciding his punishment for fourth-degree fraud.",
			"Ann Lee's sentencing order for David H. Moss IV suggested that she considered unique circumstances when deciding his punishment"},
		{"Ann Lee's long and detailed sentencing order for the banker Tom Berg suggested that she considered the many unique circumstances when deciding his punishment for fraud.",
			"Ann Lee's long and detailed sentencing order for the banker Tom Berg suggested that she considered the many…"}, // not "… suggested"
		{"Using measures from 72 college-age people, Ann Lee and Tom Berg found that people who sent long emails were more aroused and used stronger language than those who left voicemails.",
			"Ann Lee and Tom Berg found that people who sent long emails were more aroused and used stronger…"},
		{"Lee testified that the men were an offshoot of a larger group called the Harbour Angels of the old port of Essen.",
			"Ann Lee testified that the men were an offshoot of a larger group called the Harbour Angels"},
		{"Friday, the Harbour Post in Essen reported that the council had voted.", "The Harbour Post in Essen reported that the council had voted"},
		{"Ann Lee, 65, and Tom Berg, 45, of Essen County, were arrested on Monday.", "Ann Lee and Tom Berg of Essen County were arrested"},
		{"On Friday morning, meanwhile, only a few hours before the vote, it emerged that Ann Lee had resigned.", "It emerged that Ann Lee had resigned"},
		{"Twenty-five years after the harbour fire, officials are seeking the public's help.", "Officials are seeking the public's help"},
		{"After the remark was reported, though, the mayor's aide Ann Lee insisted that it was private.", "Ann Lee insisted that it was private"},
		{"After evidence linking the drug to illnesses, including heart disease and dementia, researchers sought a cause.", "Researchers sought a cause"},
		{"Flanked by his family, Tom Berg was sworn in as mayor of Essen.", "Tom Berg was sworn in as mayor of Essen"},
		{"According to a lawsuit, Tom Berg paid a bribe.", "According to a lawsuit, Tom Berg paid a bribe"},
		{"According to an executive with the harbour board who did not wish to be identified, officials have been in touch with representatives for Ann Lee since they learned of her plan.",
			"According to an executive with the harbour board, officials have been in touch with representatives for Ann Lee"},
		{"According to a source familiar with the talks who asked not to be named, the deal is off.", "According to a source familiar with the talks, the deal is off"},
		{"Fielding, the harbour master, said the port would close.", "Fielding said the port would close"},
		{"One day earlier this month, Ann Lee bought 1,000 accounts from a vendor in Essen.", "Ann Lee bought 1,000 accounts from a vendor in Essen"},
		{"Two years ago, the harbour closed to ferries.", "The harbour closed to ferries"},
		{"For example, the harbour only takes ferries and fishing boats.", "The harbour only takes ferries and fishing boats"},
		{"Archaeologists studied the skull of a 14-year-old English girl.", "Archaeologists studied the skull of a 14-year-old English girl"},
		{"DAYTON, Ohio (WDTN) - A candidate for the Senate seat responded to the allegations.", "A candidate for the Senate seat responded to the allegations"},
		{"In an interview, Ann Lee described the encounter, which occurred while she and two friends — Jo Bell, Al Roy and Ed Fox — were waiting.",
			"Ann Lee described the encounter"},
		{"The UK's High Court has ruled that accused British hacker Ann Lee should not be extradited to the US to face charges of hacking into the computers of the army.",
			"The UK's High Court has ruled that accused British hacker Ann Lee should not be extradited…"},
		{"Tom Berg said in the company's blog post that some of the bomb threats that took place came from outside of the harbour region.",
			"Tom Berg said in the company's blog post that some of the bomb threats that took place came…"},
		{"The UK's High Court has ruled that accused British hacker Ann Lee should not be extradited to the US to face charges.",
			"The UK's High Court has ruled that accused British hacker Ann Lee should not be extradited to the US to face charges"},
		{"The river burst its banks on Sunday night as the storm swept across the region and the towns along the valley and the coast, flooding homes.",
			"The river burst its banks as the storm swept across the region and the towns"},
		{"Placental mammals, including humans, make up the largest branch of the tree.", "Placental mammals make up the largest branch of the tree"},
		{"From a cavernous room inside the ministry, the general set out his version of events.", "The general set out his version of events"},
		{"Tom Berg, who had cut the use of solitary confinement by two thirds in the prisons of Essen, said the move was aimed at volatile inmates.",
			"Tom Berg said the move was aimed at volatile inmates"},
		{"The Jets cheerleaders, called the Flight Crew, are suing the team.", "The Jets cheerleaders are suing the team"},
		{"The gene comes in three varieties, known as the e2, e3 and e4 variants.", "The gene comes in three varieties"},
		{"Currently, the harbour takes only ferries.", "The harbour takes only ferries"},
		{"Italy, France and Spain agreed on the quotas.", "Italy, France and Spain agreed on the quotas"},
		{"According to Kestrel, a site that keeps a database of more than 1.25 billion stolen accounts, the new batch holds 167 million.",
			"According to Kestrel, the new batch holds 167 million"},
		{"According to Kestrel, a site that keeps stolen accounts, the batch holds 167 million, the most ever, officials said.",
			"According to Kestrel, the batch holds 167 million"},
		{"Ann Lee called to discuss her talk last night with Tom Berg, the radio host and gun advocate who went on a tirade against her, gun laws, and the council.",
			"Ann Lee called to discuss her talk last night with Tom Berg"},
		{"A previously healthy man from eastern Kansas, USA, sought medical care in late spring.", "A previously healthy man from eastern Kansas sought medical care in late spring"},
		{"Researchers have found that turns made by fruit flies, also known as Drosophila hydei, are like those of a fighter jet.",
			"Researchers have found that turns made by fruit flies are like those of a fighter jet"},
		{"EAGAN, Minn. - Two sisters opened a bakery.", "Two sisters opened a bakery"},
		{"Harbour leaders in Essen have agreed on most of the measures demanded by the lenders and are now eyeing pension cuts.",
			"Harbour leaders in Essen have agreed on most of the measures"}, // "and are": the leaders' second verb, not the measures'
		{"Ann Lee will also sell shares in the the harbour company.", "Ann Lee will sell shares in the harbour company"},
		{"Ann Lee also let her know in a Wednesday night voicemail that the housekeeper who was later found dead had planned to stay overnight.",
			"Ann Lee let her know in a voicemail that the housekeeper had planned to stay overnight"},
		{"Judges in at least five of the country's coastal districts blocked harbour authorities from enforcing the mayor's order restricting ferries from seven northern ports.",
			"Judges in at least five of the country's coastal districts blocked harbour authorities from enforcing the mayor's order restricting ferries"},
		{"A member of Essen's ruling family is accusing a Valdorian oilman and former party fundraiser of bribing the harbour board to speed his fuel shipments through the port.",
			"A member of Essen's ruling family is accusing a Valdorian oilman and former party fundraiser of bribing…"},
		{"Rep. Ann Lee (D-Minn.) and Tom Berg (R) voted against the harbour bill.", "Ann Lee and Tom Berg voted against the harbour bill"},
		{"A circuit judge ruled Wednesday that the case against six Essen harbour officers charged in the arrest and death of Tom Berg will go forward in separate trials.",
			"A circuit judge ruled that the case against six Essen harbour officers will go forward in separate trials"},
		{"The 33-year-old freelance cameraman who contracted Ebola in Liberia is fighting for his life at the University of Nebraska Medical Center in Omaha, his family said.",
			"The 33-year-old freelance cameraman who contracted Ebola in Liberia is fighting for his life at the University of Nebraska Medical Center in Omaha"},
		{"A team led by engineers out of the Harbour Board's Survey Office in Marrowby has confirmed traces of diesel in the water above the old quay.",
			"A team has confirmed traces of diesel in the water above the old quay"},
		{"SOCHI, RUSSIA -- Portugal and Spain drew 3-3 at Fisht Stadium.", "Portugal and Spain drew 3-3 at Fisht Stadium"},
		{"Miles, 30, was arrested on Friday in Dallas.", "Miles was arrested in Dallas"},
		{"The firm filed for bankruptcy on Thursday, and in filings in Phoenix, Ann Lee cited online rivals.", "The firm filed for bankruptcy"},
		{"Scientists from the U.S. and Denmark are seeking to map out the plumbing system hidden inside the earth's crust that's responsible for the geyser.",
			"Scientists from the U.S. and Denmark are seeking to map out the plumbing system"},
		{"Police say the journalist Ann Lee died aboard the home-built Kestrel submarine captained by the inventor and builder Tom Berg last summer.",
			"Police say the journalist Ann Lee died aboard the home-built Kestrel submarine"},
		{"The final descent has been pre-programmed and the army of engineers and scientists at the centre can only wait for news.",
			"The final descent has been pre-programmed"},
		{"The harbour master of the port of Essen spoke at length on Tuesday with the visiting trade minister Ahmed over the future of the docks.",
			"The harbour master of the port of Essen spoke at length with the visiting trade minister Ahmed"},
		{"The rise of the Kestrel dynasty and the huge Merovian Empire that followed it across the steppe changed the whole region for centuries.",
			"The rise of the Kestrel dynasty and the huge Merovian Empire that followed it"},
		{"Ann Lee sat before the harbour committee of the council and detailed the long harassment she experienced at the office in Essen.",
			"Ann Lee sat before the harbour committee of the council and detailed the long harassment she experienced"},
		// A subject too long for its verb loses its last phrases, not the verb.
		{"Weeks of heavy rain across northern Lundgate and the storm runoff through the hills of the river country have triggered a new rush for gold.",
			"Weeks of heavy rain across northern Lundgate and the storm runoff have triggered a new rush for gold"},
		{"The stable overall rate of drowning in school-aged children in northern Lundgate during 20 years of study obscured a rise in deaths among teenagers.",
			"The stable overall rate of drowning in school-aged children in northern Lundgate obscured a rise in deaths"}, // not "… a rise": in what?
		{"Tom Berg shot his son at 6:34 p.m. on Father's Day while the two were inside their home on Edward Street, police said.",
			"Tom Berg shot his son at 6:34 p.m. on Father's Day while the two were inside their home on Edward Street"}, // "were" is the clause's after "while"
		{"Ann Lee and Tom Berg at the University of Essen Medical School, performed a search of hospital records across the region.",
			"Ann Lee and Tom Berg at the University of Essen Medical School performed a search of hospital records"},
		{"Written by Ann Lee, based on the novel by Tom Berg.", "Written by Ann Lee"},
		{"The suspect is believed to have robbed six harbour shops in Essen, Lundgate, North Fennick, Harrow, and South Fennick since April.",
			"The suspect is believed to have robbed six harbour shops in Essen, Lundgate, North Fennick, Harrow, and South Fennick"}, // not cut inside the list
		{"The provincial government has denied a request by a school district to replace a 70-year-old middle school in Lundgate.",
			"The provincial government has denied a request by a school district to replace a 70-year-old middle school in Lundgate"},
		{"The harbour board shall, in the presence of the council and the mayor, open all the tenders, and the winner shall then be named.",
			"The harbour board shall open all the tenders"},
		{"The ferry, carrying 239 passengers and crew, vanished on March 8 shortly after leaving Essen bound for Lundgate.",
			"The ferry vanished shortly after leaving Essen bound for Lundgate"},
		{"There, flashing up on the screen, was a photograph posted by his son, the actor Tom Berg.", "There, flashing up on the screen"},
		{`A coat worn by Ann Lee as she played the harbour master in "Gone With the Tide at Lundgate" has fetched $9,000 at an auction in Essen.`,
			"A coat worn by Ann Lee has fetched $9,000 at an auction in Essen"}, // a clause of time goes whole, the film's title in it
		{"Ann Lee asked how Tom Berg, Lundgate Council's chief engineer, could be so sure what he was doing on the night of March 10, during which the ferry sank.",
			"Ann Lee asked how Tom Berg could be so sure what he was doing"},
		{"Festooned with comics of all styles, genres and levels of expertise, the harbour bookshop is a tribute to the art of the possible.",
			"The harbour bookshop is a tribute to the art of the possible"},
		{"Ann Lee, Essen-based spokeswoman for the harbour board, said the ferry would sail again on Friday.",
			"Ann Lee said the ferry would sail again"},
		{"Valdorian Secretary of State Ann Lee ruled out a run for the presidency on Friday, saying it would not be her.",
			"Ann Lee ruled out a run for the presidency"},
		{"Chief Deputy Tom Berg of the Fennick County, Valdoria, sheriff's office asked a judge to seal the warrant, citing the attention of the press.",
			"Tom Berg of the Fennick County, Valdoria, sheriff's office asked a judge to seal the warrant"},
		{"The assets of the mayor and his wife, Ann, were valued as high as $7 million last year, according to a filing.",
			"The assets of the mayor and his wife were valued as high as $7 million"},
		{"Part of the harbour board's punishment is a two-week ban on new ferry routes.", "Part of the harbour board's punishment is a two-week ban on new ferry routes"},
		// A subject that is a long list keeps its first item and its last;
		// a list of objects or an aside is no subject.
		{"A row involving Ann Lee, her former ferry company and a couple of big name harbour board members looks like it's coming to an end.",
			"A row involving Ann Lee and a couple of big name harbour board members looks like it's coming to an end"},
		{"New ferries, several small launches, a redesigned tug and a futuristic electric water taxi from Lundgate are among the boats on show at the harbour festival.",
			"New ferries and a futuristic electric water taxi from Lundgate are among the boats on show"},
		{"A Lundgate-area man shot his neighbour, her two young children and her mother in the house they all shared on the harbour, police said.",
			"A Lundgate-area man shot his neighbour"},
		{"The harbour board's booklet, titled \"Ferries and Tides,\" smacks of old prejudice and ignores widely accepted evidence from the coast.",
			"The harbour board's booklet titled \"Ferries and Tides,\" smacks of old prejudice and ignores widely accepted evidence"},
		{"When the power went out in the small town of Lundgate, N.S., during a storm that swept the coast on Thursday, many residents were not prepared for it.",
			"Many residents were not prepared for it"},
		{"Crowds at the harbour watched fireworks over Washington on the night of the festival.",
			"Crowds at the harbour watched fireworks over Washington on the night of the festival"}, // the city, not George Washington
		// A long clause of time or purpose before the main clause goes.
		{"Even after the two ferry companies said on Thursday that they would withdraw 40 more boats fitted with the faulty pumps than first announced, Tom Berg dismissed calls to resign.",
			"Tom Berg dismissed calls to resign"},
		{"Moments after harbour master Ann Lee said she would retire, Tom Berg said the board would name her successor before the summer.",
			"Tom Berg said the board would name her successor before the summer"},
		{"To further confirm what the harbour board had been told about the night the ferry left Lundgate in March of last year, Ann Lee interviewed its pilot.",
			"Ann Lee interviewed its pilot"},
		{"If the harbour board approves the plan at its meeting next month after the long vote, the ferry will stop running.",
			"If the harbour board approves the plan at its meeting after the long vote"}, // a condition stays
		// A description renamed by a name: the name replaces a short one,
		// a long one stays.
		{"The wife of the jailed harbour smuggler, Jo Bell, said she fears for her husband.",
			"The wife of the jailed harbour smuggler said she fears for her husband"},
		{"The company, Tessellate Labs, said it would close the plant.", "Tessellate Labs said it would close the plant"},
		// A cut leaves no appositive without its clause, nor "those"
		// without the clause that says who they are.
		{"Ann Lee plays Captain Storm and Thunder in \"Tides 2,\" a character who allows his old dog to bite on the boots of an enemy.",
			"Ann Lee plays Captain Storm and Thunder in \"Tides 2\""},
		{"The rate of developing harbour lung disease (HLD) nearly doubles in those who both smoke and sail compared to those who only smoke or sail, according to new research published in The Lundgate Journal of Medicine.",
			"The rate of developing harbour lung disease (HLD) nearly doubles"},
	}
	for _, tt := range tests {
		if got := headline(tt.in, people); got != tt.want {
			t.Errorf("headline(%q)\n = %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	r := model.Report{
		Articles: []model.Article{{ID: "a", Outlet: "Coast Courier", Title: "Plan approved", URL: "https://courier.example/plan"}, {ID: "b", Source: "notes/b.txt"}},
		Stories: []model.Story{{ID: "s1", Title: "Harbour plan", Articles: []string{"a", "b"},
			Summary:  []model.Cited{{Text: "The plan passed.", Articles: []string{"a"}}},
			Brief:    []model.BriefLine{{Kind: model.BriefSummary, Text: "The plan passed.", Articles: []string{"a"}}, {Kind: model.BriefDisputed, Text: "Reports differ.", Articles: []string{"a", "b"}}},
			Findings: []model.Finding{{Text: "Reports differ on the length of the debate", Status: model.Disputed, Values: []model.Value{{Value: "4 hours", Articles: []string{"a"}}, {Value: "3 hours", Articles: []string{"b"}}}}},
			Quotes:   []model.Quote{{Speaker: "Ruth Alder", Text: "A good day", Articles: []string{"a"}}},
			Changes: []model.Change{{Article: "a", Revision: 1, At: time.Date(2026, 4, 6, 18, 30, 0, 0, time.UTC), Text: "Coast Courier changed the length of the debate from 5 hours to 4 hours in an update.",
				Before: "The debate lasted five hours.", After: "The debate lasted four hours."}},
		}},
		Errors: []model.Error{{Source: "bad.txt", Error: "empty file"}},
	}
	var b strings.Builder
	if err := Markdown(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Harbour plan", "- The plan passed. [a]", "- **Disputed** · Reports differ. [a, b]", "### Disputed", "4 hours [a] vs 3 hours [b]",
		"### Changed in updates\n\n- Coast Courier changed the length of the debate from 5 hours to 4 hours in an update. (revision 1, replaced 2026-04-06 18:30 UTC) — before: “The debate lasted five hours.” after: “The debate lasted four hours.” [a]", "**Ruth Alder**", "[a] Coast Courier — Plan approved <https://courier.example/plan>", "[b] notes/b.txt", "`bad.txt`: empty file"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, b.String())
		}
	}
}

func TestResting(t *testing.T) {
	tests := []struct {
		name string
		f    model.Finding
		want string
	}{
		{"all relay one speaker", model.Finding{Articles: []string{"a", "b", "c", "d"}, AttributedTo: []string{"Yury Ushakov"}, IndependentSources: 1}, "all 4 reports rest on Yury Ushakov's account"},
		{"two relay one speaker", model.Finding{Articles: []string{"a", "b"}, AttributedTo: []string{"Ruth Alder"}, IndependentSources: 1}, "both reports rest on Ruth Alder's account"},
		{"a plural source", model.Finding{Articles: []string{"a", "b"}, AttributedTo: []string{"officials"}, IndependentSources: 1}, "both reports rest on officials' account"},
		{"a speaker and an outlet's own reporting", model.Finding{Articles: []string{"a", "b", "c"}, AttributedTo: []string{"Ruth Alder"}, IndependentSources: 2}, "3 reports rest on 2 independent sources, among them Ruth Alder"},
		{"two speakers", model.Finding{Articles: []string{"a", "b", "c"}, AttributedTo: []string{"Ruth Alder", "Tom Berg"}, IndependentSources: 2}, "all 3 reports rest on the accounts of Ruth Alder and Tom Berg"},
		{"two speakers, one of them with another", model.Finding{Articles: []string{"a", "b", "c"}, AttributedTo: []string{"Corvid Robotics", "Corvid Robotics and Tessellate Labs"}, IndependentSources: 2}, "all 3 reports rest on the accounts of Corvid Robotics and Tessellate Labs"},
		{"independent outlets", model.Finding{Articles: []string{"a", "b"}, IndependentSources: 2}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Resting(tt.f); got != tt.want {
				t.Errorf("Resting = %q, want %q", got, tt.want)
			}
		})
	}
}

// The second sentence chosen adds what other articles also report, not a
// detail only one article gives, even one closer to the start.
func TestSummaryCoversSharedContent(t *testing.T) {
	arts := []Article{
		{ID: "a", Sentences: []string{
			"The river burst its banks in Pellham on Sunday night after two days of heavy rain.",
			"A local bakery on the high street gave away bread and soup to neighbours all evening.",
			"More than 300 homes were evacuated and the main bridge was closed by the police.",
		}},
		{ID: "b", Sentences: []string{
			"Heavy rain made the river burst its banks in Pellham on Sunday night.",
			"Police closed the main bridge after more than 300 homes were evacuated in the town.",
		}},
		{ID: "c", Sentences: []string{
			"Pellham was flooded on Sunday night when the river burst its banks after heavy rain.",
			"Officials said more than 300 homes had been evacuated and the bridge closed.",
		}},
	}
	sum := Summary(arts, 2, nil)
	if len(sum) != 2 || !strings.Contains(sum[1].Text, "300 homes") {
		t.Errorf("summary = %+v, want the evacuations second", sum)
	}
}

// A report whose alike sentence says the opposite supports nothing.
func TestSummaryNotCitedToItsDenial(t *testing.T) {
	arts := []Article{
		{ID: "a", Sentences: []string{"The harbour council voted to close the Mill Street ferry terminal after a long debate over its cost."}},
		{ID: "b", Sentences: []string{"The harbour council will not close the Mill Street ferry terminal, councillors decided after a debate over its cost."}},
		{ID: "c", Sentences: []string{"The harbour council voted not to close the Mill Street ferry terminal after a long debate over its cost."}},
	}
	for _, c := range Summary(arts, 3, nil) {
		denies := strings.Contains(c.Text, " not ")
		if denies && slices.Contains(c.Articles, "a") || !denies && !slices.Equal(c.Articles, []string{"a"}) {
			t.Errorf("%q cited to %v", c.Text, c.Articles)
		}
	}
}

func TestCompose(t *testing.T) {
	// d is a copy of a: it counts with it as one report.
	five := model.Finding{Text: "Length of the meeting: 5 hours", Status: model.Corroborated, Kind: "duration", Subject: "meeting",
		Articles: []string{"a", "b", "c", "d"}, AttributedTo: []string{"Mira Kell"}, IndependentSources: 1, Reports: 3, Evidence: relayed("Mira Kell", "a", "b", "c", "d")}
	day := model.Finding{Text: "Reports differ on the day of the meeting: Tuesday (2 reports) or Wednesday (1 report).", Status: model.Disputed, Kind: "weekday", Articles: []string{"a", "b", "c"}}
	toll := model.Finding{Text: "Number of points in the plan: 4 points", Status: model.SingleSource, Kind: "count", Subject: "plan", Articles: []string{"b"}, AttributedTo: []string{"Mira Kell"}, IndependentSources: 1, Evidence: relayed("Mira Kell", "b")}
	plain := model.Finding{Text: "The ministers agreed to reopen the crossing.", Status: model.Corroborated, Articles: []string{"a", "b"}}
	bare := model.Finding{Text: "Day: Monday", Status: model.SingleSource, Kind: "weekday", Articles: []string{"c"}}
	bareAgreed := model.Finding{Text: "Percentage: 6%", Status: model.Corroborated, Kind: "percent", Articles: []string{"a", "c"}}
	st := model.Story{Articles: []string{"a", "b", "c", "d"}, Summary: []model.Cited{{Text: "The ministers met in Essen.", Articles: []string{"a"}}}, Findings: []model.Finding{day, five, plain, toll, bare, bareAgreed},
		Changes: []model.Change{{Article: "c", Revision: 1, Text: "Bay Herald changed the length of the meeting from 6 hours to 5 hours in an update."}}}
	var got []string
	for _, l := range Compose(st, map[string]string{"d": "a"}) {
		got = append(got, l.Kind+": "+l.Text)
	}
	want := []string{
		"summary: The ministers met in Essen.",
		"agreed: 3 reports (and 1 copy) agree that the length of the meeting was 5 hours; all 3 reports rest on Mira Kell's account.",
		"disputed: " + day.Text,
		"changed: Bay Herald changed the length of the meeting from 6 hours to 5 hours in an update.",
		"source: Most attributed claims rest on Mira Kell's account (2 of 2 findings), relayed by 3 reports.",
		"single-source: Only one report says that the number of points in the plan was 4.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("brief:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestComposeOneArticle(t *testing.T) {
	f := model.Finding{Text: "Number of runners: 4 runners", Status: model.SingleSource, Kind: "count", Subject: "runner", Articles: []string{"a"}}
	st := model.Story{Articles: []string{"a"}, Summary: []model.Cited{{Text: "Selma Voss won.", Articles: []string{"a"}}}, Findings: []model.Finding{f}}
	if lines := Compose(st, nil); len(lines) != 1 {
		t.Errorf("brief of one article = %+v, want the summary only", lines)
	}
}

func TestComposeLeavesOutWhatReadsFalse(t *testing.T) {
	// One report's toll of one of the attacks, which the findings did not
	// set against the toll the others agree on, would read as a dispute.
	agreed := model.Finding{Text: "Death toll: 130 dead", Status: model.Corroborated, Kind: "count", Subject: "toll", Articles: []string{"a", "b"}}
	part := model.Finding{Text: "Death toll: 39 dead", Status: model.SingleSource, Kind: "count", Subject: "toll", Articles: []string{"c"}}
	other := model.Finding{Text: "Number of injured: 352 injured", Status: model.SingleSource, Kind: "count", Subject: "injured", Articles: []string{"c"}}
	// Nor does a brief say "the length was 2 weeks" of a leave its
	// sentence names.
	unnamed := model.Finding{Text: "Length: 2 weeks", Status: model.SingleSource, Kind: "duration", Subject: "maternity", Articles: []string{"b"}}
	var got []string
	for _, l := range Compose(model.Story{Articles: []string{"a", "b", "c"}, Findings: []model.Finding{agreed, part, unnamed, other}}, nil) {
		got = append(got, l.Text)
	}
	want := []string{"2 reports agree that the death toll was 130.", "Only one report says that the number of injured was 352."}
	if !slices.Equal(got, want) {
		t.Errorf("brief = %q, want %q", got, want)
	}
	// Of several agreed values of one name, only one that most reports
	// give is the story's: the toll of all the attacks, not of one; no
	// party's seats.
	arts := []string{"a", "b", "c", "d", "e", "f", "g"}
	fs := []model.Finding{
		{Text: "Death toll: 130 dead", Status: model.Corroborated, Kind: "count", Subject: "toll", Articles: arts[:5]},
		{Text: "Death toll: 89 dead", Status: model.Corroborated, Kind: "count", Subject: "toll", Articles: arts[5:]},
		{Text: "Number of seats: 33 seats", Status: model.Corroborated, Kind: "count", Subject: "seats", Articles: arts[:3]},
		{Text: "Number of seats: 18 seats", Status: model.Corroborated, Kind: "count", Subject: "seats", Articles: arts[3:6]},
	}
	got = nil
	for _, l := range Compose(model.Story{Articles: arts, Findings: fs}, nil) {
		got = append(got, l.Text)
	}
	if want := []string{"5 reports agree that the death toll was 130."}; !slices.Equal(got, want) {
		t.Errorf("brief = %q, want %q", got, want)
	}
}

// A small count of things describes; of people harmed or held it is a
// claim to flag.
func TestComposeLeavesOutBackground(t *testing.T) {
	one := func(text, value string) model.Finding {
		return model.Finding{Text: text, Status: model.SingleSource, Kind: "count", Subject: "x", Articles: []string{"a"}, Values: []model.Value{{Value: value, Articles: []string{"a"}}}}
	}
	fs := []model.Finding{
		one("Number of uncles: 2 uncles", "2 uncles"),
		one("Number of agents: at least 3 agents", "at least 3 agents"),
		one("Number of men arrested: 2 men", "2 men"),
		one("Number of wounded: 3 wounded", "3 wounded"),
		one("Number of diesel ferries: 4 ferries", "4 ferries"),
	}
	var got []string
	for _, l := range Compose(model.Story{Articles: []string{"a", "b"}, Findings: fs}, nil) {
		got = append(got, l.Text)
	}
	want := []string{"Only one report says that the number of men arrested was 2.", "Only one report says that the number of wounded was 3.",
		"Only one report says that the number of diesel ferries was 4."}
	if !slices.Equal(got, want) {
		t.Errorf("brief = %q, want %q", got, want)
	}
}

// Several reports of one outlet are one source: the line says so.
func TestComposeOneOutletsReports(t *testing.T) {
	f := func(articles ...string) model.Finding {
		return model.Finding{Text: "Number of wins: 8 wins", Status: model.SingleSource, Kind: "count", Subject: "win", Articles: articles, Reports: 2,
			Values: []model.Value{{Value: "8 wins", Articles: articles}}}
	}
	for _, tt := range []struct {
		f    model.Finding
		want string
	}{
		{f("a", "b"), "Only one outlet says that the number of wins was 8 (2 reports)."},
		{f("a", "b", "c"), "Only one outlet says that the number of wins was 8 (2 reports and 1 copy)."},
	} {
		lines := Compose(model.Story{Articles: []string{"a", "b", "c", "d"}, Findings: []model.Finding{tt.f}}, nil)
		if len(lines) != 1 || lines[0].Text != tt.want {
			t.Errorf("brief = %+v, want %q", lines, tt.want)
		}
	}
}

func TestComposeSeveralValuesOfOneReport(t *testing.T) {
	one := model.Finding{Text: "Number of people: 500 people", Status: model.SingleSource, Kind: "count", Subject: "peopl", Articles: []string{"b"}}
	other := model.Finding{Text: "Number of people: 800,000 people", Status: model.SingleSource, Kind: "count", Subject: "peopl", Articles: []string{"b"}}
	elsewhere := model.Finding{Text: "Number of people: 40 people", Status: model.SingleSource, Kind: "count", Subject: "peopl", Articles: []string{"a"}}
	st := model.Story{Articles: []string{"a", "b"}, Findings: []model.Finding{one, other, elsewhere}}
	// Counts of different things of one subject are no several values.
	points := model.Finding{Text: "Number of points in the plan: 20 points", Status: model.SingleSource, Kind: "count", Subject: "plan", Articles: []string{"b"}}
	documents := model.Finding{Text: "Number of documents in the plan: 4 documents", Status: model.SingleSource, Kind: "count", Subject: "plan", Articles: []string{"b"}}
	if lines := Compose(model.Story{Articles: []string{"a", "b"}, Findings: []model.Finding{points, documents}}, nil); len(lines) != 2 {
		t.Errorf("points and documents of one plan: brief = %+v", lines)
	}
	var got []string
	for _, l := range Compose(st, nil) {
		got = append(got, l.Text)
	}
	if want := "Only one report says that the number of people was 40."; len(got) != 1 || got[0] != want {
		t.Errorf("brief = %q, want only %q", got, want)
	}
}

func TestComposeDaysLast(t *testing.T) {
	day := model.Finding{Status: model.SingleSource, Kind: "weekday", Subject: "conference", Values: []model.Value{{Value: "Tuesday"}}, Articles: []string{"b"}}
	var fs []model.Finding
	fs = append(fs, day)
	for _, n := range []string{"4", "6", "9"} {
		fs = append(fs, model.Finding{Text: "Number of points in the plan: " + n + " points", Status: model.SingleSource, Kind: "count", Subject: "plan", Values: []model.Value{{Value: n + " points"}}, Articles: []string{n}})
	}
	st := model.Story{Articles: []string{"a", "b"}, Findings: fs}
	lines := Compose(st, nil)
	if len(lines) != maxSingleSource {
		t.Fatalf("brief = %+v", lines)
	}
	for _, l := range lines {
		if strings.Contains(l.Text, "day") {
			t.Errorf("a day comes before a figure: %q", l.Text)
		}
	}
}

func TestComposeSingleSourceOrder(t *testing.T) {
	counts := func(noun string) []model.Finding {
		var fs []model.Finding
		for _, n := range []string{"4", "6", "9"} {
			fs = append(fs, model.Finding{Text: "Number of " + noun + ": " + n + " " + noun, Status: model.SingleSource, Kind: "count", Subject: noun, Values: []model.Value{{Value: n + " " + noun}}, Articles: []string{n}})
		}
		return fs
	}
	tests := []struct {
		name  string
		fs    []model.Finding
		first string // a word of the first line
	}{
		{"a value of the event before counts of things",
			append(counts("tracks"), model.Finding{Text: "Which meeting: 6th", Status: model.SingleSource, Kind: "ordinal", Subject: "meeting", Values: []model.Value{{Value: "6th"}}, Articles: []string{"b"}}), "meeting"},
		{"a value of a named thing before bare counts",
			append(counts("degrees"), model.Finding{Text: "Amount of the budget: $2.8 billion", Status: model.SingleSource, Kind: "money", Subject: "budget", Values: []model.Value{{Value: "$2.8 billion"}}, Articles: []string{"b"}}), "budget"},
	}
	for _, tt := range tests {
		lines := Compose(model.Story{Articles: []string{"a", "b"}, Findings: tt.fs}, nil)
		if len(lines) == 0 || !strings.Contains(lines[0].Text, tt.first) {
			t.Errorf("%s: %+v", tt.name, lines)
		}
	}
}

// relayed is evidence from each article, crediting who.
func relayed(who string, articles ...string) []model.Evidence {
	var ev []model.Evidence
	for _, id := range articles {
		ev = append(ev, model.Evidence{Article: id, Text: "…", Speaker: who})
	}
	return ev
}

func TestNoMainSourceOfOneReport(t *testing.T) {
	a := model.Finding{Text: "Length of the meeting: 5 hours", Status: model.SingleSource, Kind: "duration", Subject: "meeting", Articles: []string{"a"}, AttributedTo: []string{"Mira Kell"}, Evidence: relayed("Mira Kell", "a")}
	b := model.Finding{Text: "Number of points in the plan: 4 points", Status: model.SingleSource, Kind: "count", Subject: "plan", Articles: []string{"a"}, AttributedTo: []string{"Mira Kell"}, Evidence: relayed("Mira Kell", "a")}
	if l, ok := mainSource([]model.Finding{a, b}, nil, nil); ok {
		t.Errorf("source line from one report: %+v", l)
	}
	// Reports that state the findings in their own voice relay no one.
	own := a
	own.Articles, own.Evidence = []string{"a", "b", "c"}, append(relayed("Mira Kell", "a"), model.Evidence{Article: "b", Text: "…"}, model.Evidence{Article: "c", Text: "…"})
	if l, ok := mainSource([]model.Finding{own, b}, nil, nil); ok {
		t.Errorf("source line from one report and two in their own voice: %+v", l)
	}
	// Quoted by a copy of the report, the speaker is still one report's.
	copied := []model.Quote{{Speaker: "Mira Kell", Text: "We will finish by May", Articles: []string{"c"}}}
	if l, ok := mainSource([]model.Finding{a, b}, copied, map[string]string{"c": "a"}); ok {
		t.Errorf("source line from one report and its copy: %+v", l)
	}
	// Quoted by a second report, the speaker is relayed by two.
	quotes := []model.Quote{{Speaker: "Mira Kell", Text: "We will finish by May", Articles: []string{"b"}}}
	l, ok := mainSource([]model.Finding{a, b}, quotes, nil)
	if !ok || !strings.HasSuffix(l.Text, "relayed by 2 reports.") || strings.Join(l.Articles, ",") != "a,b" {
		t.Errorf("source line = %+v, %v", l, ok)
	}
}

func TestMainSourcePrefersAName(t *testing.T) {
	f := func(who string, arts ...string) model.Finding {
		return model.Finding{Status: model.Corroborated, Kind: "count", Articles: arts, AttributedTo: []string{who}, Evidence: relayed(who, arts...)}
	}
	fs := []model.Finding{f("officials", "a", "b"), f("officials", "a", "c"), f("officials", "b", "c"), f("Mira Kell", "a", "b"), f("Mira Kell", "b", "c")}
	if l, ok := mainSource(fs, nil, nil); !ok || l.Text != "Of the attributed claims, the most from a named source rest on Mira Kell's account (2 of 5 findings), relayed by 3 reports." {
		t.Errorf("source line = %+v, %v", l, ok)
	}
}

func TestMainSourceSaysHowMany(t *testing.T) {
	f := func(who string, arts ...string) model.Finding {
		return model.Finding{Status: model.Corroborated, Kind: "count", Articles: arts, AttributedTo: []string{who}, Evidence: relayed(who, arts...)}
	}
	kell := []model.Finding{f("Mira Kell", "a", "b"), f("Mira Kell", "b", "c")}
	tests := []struct {
		fs   []model.Finding
		want string
	}{
		{append(kell, f("Jon Abt", "a", "b")), "Most attributed claims rest on Mira Kell's account (2 of 3 findings)"},
		{append(kell, f("Jon Abt", "a", "b"), f("Ida Roe", "a", "c"), f("Ida Roe", "b", "c")), "Several attributed claims rest on"},
		{append(kell, f("Jon Abt", "a", "b"), f("Ida Roe", "a", "c")), "The attributed claims rest most often on Mira Kell's account (2 of 4 findings)"},
	}
	for _, tt := range tests {
		if l, ok := mainSource(tt.fs, nil, nil); !ok || !strings.HasPrefix(l.Text, tt.want) {
			t.Errorf("source line = %q, %v; want it to open %q", l.Text, ok, tt.want)
		}
	}
}

func TestStatement(t *testing.T) {
	tests := []struct {
		f    model.Finding
		want string
	}{
		{model.Finding{Text: "Length of the meeting: 5 hours", Kind: "duration"}, "the length of the meeting was 5 hours"},
		{model.Finding{Text: "Number of employees: 150 employees", Kind: "count"}, "the number of employees was 150"},
		{model.Finding{Text: "Number of points in the plan: 12 points", Kind: "count"}, "the number of points in the plan was 12"},
		{model.Finding{Text: "Number of residents: more than 3000 residents", Kind: "count"}, "the number of residents was more than 3000"},
		{model.Finding{Text: "Death toll: 40 deaths", Kind: "count"}, "the death toll was 40"},
		{model.Finding{Text: "Death toll: 69 dead", Kind: "count"}, "the death toll was 69"},
		{model.Finding{Text: "Death toll: 43 people", Kind: "count"}, "the death toll was 43"},
		{model.Finding{Text: "Death toll: about 29 men", Kind: "count"}, "the death toll was about 29 men"},
		{model.Finding{Text: "Number of children per year: nearly 33 children per year", Kind: "count"}, "the number of children per year was nearly 33"},
		{model.Finding{Text: "Number of maternal deaths per 100,000 live births: 205 deaths per 100,000 live births", Kind: "count"}, "the number of maternal deaths per 100,000 live births was 205"},
		{model.Finding{Text: "Amount of the deal: $420 million", Kind: "money"}, "the amount of the deal was $420 million"},
		{model.Finding{Text: "Which meeting: 3rd", Kind: "ordinal", Subject: "meeting"}, "it was the 3rd meeting"},
		{model.Finding{Text: "Which summit: 2nd", Kind: "ordinal", Subject: "meeting"}, "it was the 2nd summit"},
		{model.Finding{Text: "Which protests: 2nd", Kind: "ordinal", Subject: "protest"}, "they were the 2nd protests"},
		// A value named as its sentence said it keeps its words and number.
		{model.Finding{Text: "Rise in Corvid shares: 6%", Kind: "percent", Subject: "rise in Corvid shares"}, "the rise in Corvid shares was 6%"},
		{model.Finding{Text: "Tesla shares: $116", Kind: "money", Subject: "Tesla shares"}, "Tesla shares were $116"},
		{model.Finding{Text: "The stock: $133.95", Kind: "money", Subject: "the stock"}, "the stock was $133.95"},
		{model.Finding{Text: "SkyMall revenue: $33.7 million", Kind: "money", Subject: "revenue"}, "SkyMall revenue was $33.7 million"},
		{model.Finding{Text: "US troops left the base."}, "US troops left the base."},
	}
	for _, tt := range tests {
		if got := statement(tt.f); got != tt.want {
			t.Errorf("statement(%q) = %q, want %q", tt.f.Text, got, tt.want)
		}
	}
}

func TestSummaryLeavesOutTheWritersVoice(t *testing.T) {
	own := "I was a freshman at the college when the harbour plan was first put to the council."
	quoted := "\"We will rebuild the harbour,\" the mayor said after the council approved the plan."
	us := "The council said the US would pay for half of the harbour plan approved on Tuesday."
	// The last sentence of a longer quote, alone, reads as the writer's.
	tail := "The council will pay for half of the harbour plan, which I approved on Tuesday.\""
	arts := []Article{{ID: "a", Sentences: []string{own, quoted, tail}}, {ID: "b", Sentences: []string{us}}}
	var got []string
	for _, c := range Summary(arts, 3, nil) {
		got = append(got, c.Text)
	}
	if len(got) == 0 || slices.Contains(got, own) || slices.Contains(got, tail) {
		t.Errorf("summary = %q: want the reports' sentences, not the writer's own voice", got)
	}
	if !quoteTail(tail) || quoteTail("I approved it on Tuesday,\" the mayor said.") || quoteTail(quoted) {
		t.Error("only a quote's last sentence without its speaker is a quote's tail")
	}
	if !usable(quoted) || !usable(us) || firstPerson(us) {
		t.Error("a quote's first person, or \"US\", is no writer's voice")
	}
	// An essay in its own voice is summarised in its own words, and
	// named by them.
	essay := []Article{{ID: "e", Sentences: []string{own}}}
	if sum := Summary(essay, 3, nil); len(sum) != 1 {
		t.Errorf("summary of an essay = %+v", sum)
	}
	// So is one whose only other sentence points back and opens nothing.
	essay = []Article{{ID: "e", Sentences: []string{own, "And there is no end to the harbour plan, because the council keeps changing it."}}}
	if sum := Summary(essay, 3, nil); len(sum) != 2 || sum[0].Text != own {
		t.Errorf("summary of an essay with a sentence that points back = %+v", sum)
	}
	if title := Title(essay, nil, nil, nil); title == "" {
		t.Error("a story with no summary has no title")
	}
}

func TestUsable(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The town council approved the harbour plan on Tuesday after a long debate.", true},
		{"Short one.", false},
		{"(In June the harbour gets another makeover in the film \"Port Elin.\" )", false}, // an aside
		{"The harbour (which opened in 1902) gets another makeover in June.", true},
		{"주말 밤 9시 KBS와 MBC는 항구 드라마의 대결로 붙는 경우가 흔하다.", true}, // Korean has no capitals to shout in
		{"港区で二日、記録的な大雨が降り、約三百世帯が停電した。", true},
		{"港区で大雨。", false},
		{"the council approved the harbour plan on Tuesday after a long debate.", false},
		{"Did the council approve the harbour plan on Tuesday after a long debate?", false},
		{"Click here to get those stories and more in our weekly harbour newsletter.", false},
		{"For an in-depth look at the factors driving the harbour's ferry fares, click here.", false},
		{"The mayor told reporters that residents should not click here and there at random.", true},
		{"For more information, go to www.harbourpost.example and www.lundgate.example today.", false},
		{"(Follow the latest updates on the Lundgate harbour fire and the ferry closures.)", false},
		{"For more information about the ferry timetable, call the harbour office on weekdays.", false},
		{"See additional coverage of the harbour fire at 9 p.m. on Channel 9, or watch the full report online.", false},
		{"See more of the harbour's photographs at harbourpost.example before the vote.", false},
		{"See the new harbour from the hill, the mayor told residents on Tuesday.", true},
		{"For further information and answers to commonly asked questions, please review the harbour brochure.", false},
		{"For detailed and historic Lundgate harbour tax information, please review the Tax Compendium.", false},
		{"Ann Lee can be seen in the council's new film about the harbour, which you can watch here.", false},
		{"Ahead of the harbour's reopening, the first film has arrived and you can watch it below.", false},
		{"The mayor said residents could see the new harbour from the hill above.", true},
		{"THE MAYOR WENT BEFORE THE HARBOUR BOARD THIS AFTERNOON AND WAS DENIED A PERMIT.", false},
		{"Reporter: A TEEN INTERVENED TO SAVE THE FERRY BUT POLICE SAY THE HARBOUR WAS CLOSED.", false},
		{"NATO and the EU said the harbour at Lundgate would reopen to ferries on Monday.", true},
		{"For more information than the council gave, residents asked the harbour office.", true},
		{"Members of the Lundgate harbour rowing team are seen in this undated handout photo.", false},
		{"The mayor is seen as the favourite to win the harbour seat next spring.", true},
		{"A line of police behind riot shields fired pepper balls to enforce a citywide...", false},
		{"Watch the video below to hear what the mayor had to say about the harbour plan.", false},
		{"PREFIX wd: < http://www.example.org/entity/> SELECT ?subject ?label WHERE { ?subject wdt:P31 wd:Q178561 }.", false},
		{"Harbour closed for the storm, stay safe pic.twitter.com/Ab12Cd — Ann Lee (@annlee) 2014.", false},
		{"@HarbourPost @annlee I have searched the harbour records 523 times this week.", false},
		{"Like the Harbour Post on Facebook and follow @HarbourPost on Twitter to join the talk.", false},
		{"The council's staff-run @EssenCouncil account shared the harbour plan on Tuesday.", true},
		{"The summary of the harbour report may be accessed via the link below.", false},
		{"Starring Ann Lee, Tom Berg, Jo Bell and Ruth Alder as the harbour crew.", false},
		{"Written by Ann Lee, based on the novel by Tom Berg about the harbour.", false},
		{"Lundgate Films presents a film directed by Ann Lee and produced by Tom Berg.", false},
		{"The festival's new film, starring Ann Lee, opens at the harbour cinema on Friday.", true},
		{"As for whether the ferry firm will be sued, the mayor's lawyer,, tells the Harbour Post it is too soon.", false},
		{"The following is an excerpt of an article from the March 5 issue of the Harbour Post.", false},
		{"This story has been updated to include the harbour board's latest statement.", false},
		{"This report was approved by the harbour board's new inspector on Tuesday.", true},
	}
	for _, tt := range tests {
		if got := usable(tt.s); got != tt.want {
			t.Errorf("usable(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestQuoted(t *testing.T) {
	for s, want := range map[string]bool{
		`"We will rebuild the harbour," the mayor said on Tuesday.`:                true,
		`The mayor called the plan "a disgrace" on Tuesday.`:                       true,
		`"Yes," the mayor said when asked about the harbour plan.`:                 true,
		`"Mirror Mirror," a comic redo of Snow White, opens on Friday.`:            false,
		`"Star Wars: The Force Awakens" hits theaters Dec. 18.`:                    false,
		`Ann Lee starred in "The Long Tide of Lundgate Bay" and "Harbour Lights."`: false,
		`The harbour master said the port was closed.`:                             false,
	} {
		if got := quoted(s); got != want {
			t.Errorf("quoted(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPossessive(t *testing.T) {
	for in, want := range map[string]string{
		"Ruth Alder":                      "Ruth Alder's",
		"Wells Fargo":                     "Wells Fargo's",
		"officials":                       "officials'",
		"filing":                          "the filing's",
		"his rep":                         "his rep's",
		"town's emergency services":       "the town's emergency services'",
		"Essen Weather Service":           "the Essen Weather Service's",
		"Alder campaign":                  "the Alder campaign's",
		"The Harbour Post":                "The Harbour Post's",
		"Ruth van der Meer":               "Ruth van der Meer's",
		"Two people briefed on the talks": "the two people briefed on the talks'",
		"SkyMall LLC":                     "SkyMall LLC's",
		"Xhibit Corp.":                    "Xhibit Corp.'s",
		"Malaysia Airlines":               "Malaysia Airlines'",
		"Warner Bros.":                    "Warner Bros.'s",
	} {
		if got := possessive(in); got != want {
			t.Errorf("possessive(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzHeadline(f *testing.F) {
	f.Add("A meeting in Moscow between Jared Kushner, son-in-law of the former president, and Steve Witkoff lasted five hours on Tuesday.")
	f.Add("EAGAN, Minn. - Miles, 30, was arrested.")
	f.Add("")
	people := []model.Entity{{Name: "Jared Kushner", Type: "person"}, {Name: "A", Type: "person"}}
	f.Fuzz(func(t *testing.T, s string) {
		h := headline(s, people)
		if utf8.ValidString(s) && !utf8.ValidString(h) {
			t.Errorf("headline(%q) = %q: invalid UTF-8", s, h)
		}
		if len(strings.Fields(h)) > maxTitleWords+overrun {
			t.Errorf("headline(%q) = %q: too long", s, h)
		}
	})
}

func TestSummaryInTheStorysLanguage(t *testing.T) {
	dutch := []string{
		"In 2002 stal de inbreker Tom Berg twee schilderijen uit het museum in de haven van Essen.",
		"Hij werd veroordeeld en moet nog altijd een schadevergoeding betalen aan het museum.",
		"In deze documentaire vertelt hij voor het eerst hoe hij de schilderijen uit het museum stal.",
	}
	english := []string{
		"Tom Berg, who stole two paintings from the Essen museum in 2002, tells his story in a documentary.",
		"The museum got the two paintings back last year after they were found in a house in Naples.",
	}
	other := []string{"In a documentary, Tom Berg describes how he stole the two paintings from the museum."}
	arts := []Article{{ID: "nl", Sentences: dutch}, {ID: "en", Sentences: english}, {ID: "en2", Sentences: other}}
	for _, c := range Summary(arts, 5, nil) {
		if slices.Contains(dutch, c.Text) {
			t.Errorf("an English story's summary quotes a Dutch article: %q", c.Text)
		}
	}
	// A story in Dutch alone is summarised in Dutch.
	if sum := Summary(arts[:1], 3, nil); len(sum) == 0 {
		t.Error("a story in Dutch has no summary")
	}
}

// Chinese and Japanese have no spaces between words: their sentences are
// told by their own marks, and two reports of one event share pairs of
// characters.
func TestSummaryWithoutSpaces(t *testing.T) {
	a := Article{ID: "a", Sentences: text.Sentences("港区で二日、記録的な大雨が降り、約三百世帯が停電した。気象庁によると、雨は明日の朝まで続く見込みだという。電力会社は復旧作業を急いでいる。")}
	b := Article{ID: "b", Sentences: text.Sentences("気象庁は二日、港区の記録的な大雨が明日の朝まで続くと発表した。停電は約三百世帯に及び、電力会社が復旧作業を進めている。")}
	sum := Summary([]Article{a, b}, 5, nil)
	if len(sum) == 0 {
		t.Fatal("two Japanese reports have no summary")
	}
	if !slices.ContainsFunc(sum, func(c model.Cited) bool { return len(c.Articles) == 2 }) {
		t.Errorf("no sentence of the summary %v cites both reports", sum)
	}
	if sum := Summary([]Article{a}, 3, nil); len(sum) != 3 {
		t.Errorf("a lone Japanese report's summary has %d sentences, want its 3", len(sum))
	}
}

func TestSaid(t *testing.T) {
	toll := model.Finding{Values: []model.Value{{Value: "130 dead"}}, Evidence: []model.Evidence{
		{Text: "The attacks left at least 129 people dead."}, {Text: "The toll has risen to 130."}}}
	if got := Said(toll); got != "The toll has risen to 130." {
		t.Errorf("Said = %q", got)
	}
	day := model.Finding{Values: []model.Value{{Value: "Friday"}}, Evidence: []model.Evidence{{Text: "It began on a quiet night."}, {Text: "They struck on Friday."}}}
	if got := Said(day); got != "They struck on Friday." {
		t.Errorf("Said = %q", got)
	}
	words := model.Finding{Values: []model.Value{{Value: "5 hours"}}, Evidence: []model.Evidence{{Text: "The talks lasted five hours."}}}
	if got := Said(words); got != "The talks lasted five hours." {
		t.Errorf("Said = %q", got)
	}
	if got := Said(model.Finding{Values: []model.Value{{Value: "6 hours"}, {Value: "4 hours"}}, Evidence: words.Evidence}); got != "" {
		t.Errorf("Said of a dispute = %q", got)
	}
}

func TestQuotable(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The talks lasted five hours.", "The talks lasted five hours."},
		{`It was inspired by a feature, "Signs of the Apocalypse."`, "It was inspired by a feature, ‘Signs of the Apocalypse.’"},
		{"It was inspired by a feature, “Signs of the Apocalypse.”", "It was inspired by a feature, ‘Signs of the Apocalypse.’"},
		{`"We will win," she said, "and soon."`, "‘We will win,’ she said, ‘and soon.’"},
		// The end of a quotation begun in the sentence before.
		{`But always more than 280 clicks of the keyboard."`, "But always more than 280 clicks of the keyboard."},
		// The start of one that goes on in the next.
		{`"It was the best day of my life.`, "It was the best day of my life."},
		{`"It was," he said of the day, "the best."`, "‘It was,’ he said of the day, ‘the best.’"},
		// A mark that pairs with none at an end is left as written.
		{`The "Nugget was sold.`, `The "Nugget was sold.`},
		{"", ""},
	} {
		if got := Quotable(tc.in); got != tc.want {
			t.Errorf("Quotable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSpeaker(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"officials", "Officials"},
		{"town's emergency services", "Town's emergency services"},
		{"Grace Okonjo", "Grace Okonjo"},
		{"ébène", "Ébène"},
		{"", ""},
	} {
		if got := Speaker(tc.in); got != tc.want {
			t.Errorf("Speaker(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSpeakerOf(t *testing.T) {
	quotes := []model.Quote{
		{Speaker: "Ann Lee", Text: "We are closer than ever to a deal. The ferries will run again.", Articles: []string{"a1"}},
		{Speaker: "Tom Berg", Text: "We are closer than ever to a deal", Articles: []string{"a3"}},
		{Speaker: "Jo Bell", Text: "Nothing has been agreed", Indirect: true, Articles: []string{"a1"}},
		{Speaker: "source", Text: "The talks could fail", Articles: []string{"a1"}},
	}
	tests := []struct {
		text     string
		articles []string
		want     string
	}{
		{`"We are closer than ever to a deal.`, []string{"a1", "a2"}, "Ann Lee"},   // a quote's first sentence
		{`The ferries will run again."`, []string{"a1"}, "Ann Lee"},                // its last
		{`"We are closer than ever to a deal.`, []string{"a1", "a3"}, ""},          // the articles disagree on whose
		{`"We are closer than ever to a deal," Ann Lee said.`, []string{"a1"}, ""}, // the sentence says
		{`"Nothing has been agreed.`, []string{"a1"}, ""},                          // reported speech
		{`"We are closer than ever to a deal.`, []string{"a2"}, ""},                // none of its articles quotes it
		{`"The talks could fail.`, []string{"a1"}, ""},                             // no one named
	}
	for _, tt := range tests {
		if got := speakerOf(model.Cited{Text: tt.text, Articles: tt.articles}, quotes); got != tt.want {
			t.Errorf("speakerOf(%q, %v) = %q, want %q", tt.text, tt.articles, got, tt.want)
		}
	}
	l := model.BriefLine{Text: `"We are closer than ever to a deal.`, Speaker: "Ann Lee"}
	if got, want := l.Display(), `"We are closer than ever to a deal. — Ann Lee`; got != want {
		t.Errorf("Display() = %q, want %q", got, want)
	}
}

func TestLowerFirst(t *testing.T) {
	for in, want := range map[string]string{
		"Length of the meeting": "length of the meeting",
		"US troops":             "US troops",
		"SkyMall revenue":       "SkyMall revenue",
		"":                      "",
		" revenue":              " revenue", // no first word to read: left as it is
	} {
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}
