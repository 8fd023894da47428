package corroborate

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/model"
	"github.com/crosscheck-news/crosscheck/internal/text"
)

// story builds items from "id: text" lines; "id<orig: text" marks a copy.
func story(lines ...string) []Item {
	var items []Item
	for _, l := range lines {
		head, body, _ := strings.Cut(l, ": ")
		id, origin, isCopy := strings.Cut(head, "<")
		if !isCopy {
			origin = id
		}
		items = append(items, Item{ID: id, Origin: origin, Analysis: analyze.Article(strings.Split(body, "\n"))})
	}
	return items
}

// summary renders findings as "status text [articles]" lines for comparison.
func summary(fs []model.Finding, kind string) []string {
	var out []string
	for _, f := range fs {
		if f.Kind != kind {
			continue
		}
		line := f.Status + " " + f.Text + " [" + strings.Join(f.Articles, ",") + "]"
		out = append(out, line)
	}
	return out
}

func TestValueFindings(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		kind  string
		want  []string
	}{
		{"corroborated across phrasings", []string{
			"a: The talks lasted five hours.",
			"b: It was a five-hour meeting.",
			"c: The meeting lasted 5 hours in all.",
		}, analyze.Duration, []string{"corroborated Length of the meeting: 5 hours [a,b,c]"}},
		{"disputed values name their sources", []string{
			"a: The talks lasted five hours.",
			"b: It was a five-hour meeting.",
			"c: The meeting lasted three hours.",
		}, analyze.Duration, []string{"disputed Reports differ on the length of the meeting: 5 hours (2 reports) or 3 hours (1 report). [a,b,c]"}},
		{"dates of one event", []string{
			"a: The summit opened on March 5 in Lundgate.",
			"b: The summit opened on March 5 in Lundgate.",
			"c: The summit opened on March 6 in Lundgate.",
		}, analyze.Date, []string{"disputed Reports differ on the date of the summit: March 5 (2 reports) or March 6 (1 report). [a,b,c]"}},
		{"an event named two ways is named by its class", []string{
			"a: The summit opened on March 5 in Lundgate.",
			"b: The visit began on March 5 in Lundgate.",
			"c: The summit opened on March 6 in Lundgate.",
		}, analyze.Date, []string{"disputed Reports differ on the date of the meeting: March 5 (2 reports) or March 6 (1 report). [a,b,c]"}},
		{"one event of several is named by its class", []string{
			"a: The two flights left on Friday from Lundgate.",
			"b: Both flights left on Friday from Lundgate.",
		}, analyze.Weekday, []string{"corroborated Day of the flight: Friday [a,b]"}},
		{"a report naming both days knows of two happenings", []string{
			"a: The harbour board held its hearing on Tuesday in Lundgate.",
			"b: The harbour board held its hearing on Tuesday in Lundgate.",
			"c: The harbour board held its hearing on Wednesday in Lundgate. Its staff had met on Tuesday.",
		}, analyze.Weekday, []string{"corroborated Day of the hearing: Tuesday [a,b]", "single-source Day of the hearing: Wednesday [c]"}},
		{"a day that borrows its event's name from alike sentences disputes no day of it", []string{
			"a: The Essen families left the Lundgate courthouse on Thursday evening.",
			"b: The Essen families did not attend Wednesday's hearing at the Lundgate courthouse.",
			"c: The hearing at the Lundgate courthouse began on Wednesday.",
		}, analyze.Weekday, []string{"corroborated Day of the hearing: Wednesday [b,c]"}},
		{"a day's sentence may name its event in other words", []string{
			"a: The Lundgate probe landed on the comet on Wednesday after seven years.",
			"b: The Lundgate lander touched down on the comet on Thursday, seven years after it left Earth.",
		}, analyze.Weekday, []string{"disputed Reports differ on the day of the landing: Wednesday (1 report) or Thursday (1 report). [a,b]"}},
		{"a day counts only where it agrees, not through chained sentences of other days", []string{
			"a: Police staged raids across the harbour district on Monday.",
			"b: Police staged raids in Lundgate on Monday morning.",
			"c: A tip on Monday night led police to a flat in Essenburg.",
			"d: A tip on Saturday led police to a flat in Essenburg, and police staged raids across the harbour district.",
		}, analyze.Weekday, []string{"corroborated Day: Monday [a,b]"}},
		{"a day two pairs of reports give for two happenings, chained by another day's sentence, is two findings", []string{
			"a: Police staged raids across the harbour district on Monday.",
			"b: Police staged raids in the harbour district on Monday morning.",
			"c: The Lundgate council passed its new budget on Monday.",
			"d: On Monday the Lundgate council passed the budget.",
			"e: On Sunday police staged raids in the harbour district, before the Lundgate council passed its budget.",
		}, analyze.Weekday, []string{"corroborated Day: Monday [a,b]", "corroborated Day: Monday [c,d]"}},
		{"a date counts only where it agrees: one report's vote is not the others' raid", []string{
			"a: Police raided a flat in the Essenburg suburb of Lundgate on November 18.",
			"b: Police raided a flat in the Essenburg suburb on November 18, and a man died.",
			"c: Parliament will extend the curfew when it votes on November 18.",
			"d: Police raided a flat in the Essenburg suburb, and Parliament will extend the curfew on November 20.",
		}, analyze.Date, []string{"corroborated Date: November 18 [a,b]", "single-source Date of the vote: November 18 [c]"}},
		{"a length is named by the report that names its noun", []string{
			"a: The order halted travel from seven countries for 90 days.",
			"b: The order placed a 90-day ban on travel from seven countries.",
			"c: The council asked for a three-month state of emergency, and a 48-hour heads up before releases.",
		}, analyze.Duration, []string{"corroborated Length of the ban: 90 days [a,b]", "single-source Length of the state of emergency: 3 months [c]", "single-source Length: 48 hours [c]"}},
		{"a length is named by the report that names its noun, whichever comes first", []string{
			"a: The order halted ferry travel from seven ports for 90 days, and stopped the resettlement of refugees for 120 days.",
			"b: The order placed a 90-day ban on ferry travel from seven ports and a 120-day suspension of the Lundgate refugee programme.",
			"c: The mayor signed an order on Friday suspending the Lundgate refugee programme for 120 days and barring ferries indefinitely.",
		}, analyze.Duration, []string{"corroborated Length of the suspension: 120 days [a,b,c]", "corroborated Length of the ban: 90 days [a,b]"}},
		{"one party's share is no rival of the whole", []string{
			"a: Norway has sent 18 ships to search the waters off the coast for the missing ferry.",
			"b: In all, 13 ships are searching the waters off the coast for the missing ferry.",
		}, analyze.Count, []string{"single-source Number of ships: 18 ships [a]", "single-source Number of ships: 13 ships [b]"}},
		{"shares of one party may differ", []string{
			"a: Norway has sent 18 ships to search the waters off the coast for the missing ferry.",
			"b: Norway has sent 13 ships to search the waters off the coast for the missing ferry.",
		}, analyze.Count, []string{"disputed Reports differ on the number of ships: 18 ships (1 report) or 13 ships (1 report). [a,b]"}},
		{"a comparison disputes nothing", []string{
			"a: The new phone will go on sale in 22 countries this week.",
			"b: By comparison, the old phone went on sale in 105 countries within a year.",
		}, analyze.Count, []string{"single-source Number of countries: 22 countries [a]", "single-source Number of countries: 105 countries [b]"}},
		{"figures written to the same digit are two figures", []string{
			"a: Brent crude fell 27 cents to $60.37 a barrel.",
			"b: Brent crude fell 60 cents to $60.54 a barrel.",
		}, analyze.Money, []string{"disputed Reports differ on the fall in Brent crude: $0.27 (1 report) or $0.60 (1 report). [a,b]",
			"disputed Reports differ on Brent crude: $60.37 per barrel (1 report) or $60.54 per barrel (1 report). [a,b]"}},
		{"figures written finely, to different digits, are two figures", []string{
			"a: The record shot was made from 2,430 metres.",
			"b: The record shot was made from 2,475 metres.",
		}, analyze.Distance, []string{"disputed Reports differ on the distance: 2,430 m (1 report) or 2,475 m (1 report). [a,b]"}},
		{"bounds of opposite sides are two figures", []string{
			"a: The filing values the harbour fund at more than $50 million.",
			"b: The filing values the harbour fund at as much as $85 million.",
		}, analyze.Money, []string{"single-source Amount: more than $50 million [a]", "single-source Amount: as much as $85 million [b]"}},
		{"bounds of one side are two figures unless near", []string{
			"a: Tom Berg faces a sentence of up to 99 years.",
			"b: Tom Berg faces a sentence of up to 60 years.",
		}, analyze.Duration, []string{"single-source Length of the sentence: up to 99 years [a]", "single-source Length of the sentence: up to 60 years [b]"}},
		{"a bound confirms a range's end", []string{
			"a: Tom Berg was sentenced to at least 30 years.",
			"b: Tom Berg was sentenced to 30 to 60 years.",
		}, analyze.Duration, []string{"corroborated Length of the sentence: at least 30 years [a,b]"}},
		{"a bound past a range's end is another figure", []string{
			"a: The harbour tests could take up to 10 weeks.",
			"b: The harbour tests could take six to eight weeks.",
		}, analyze.Duration, []string{"single-source Length: up to 10 weeks [a]", "single-source Length: 6 to 8 weeks [b]"}},
		{"just under a figure is near it", []string{
			"a: The harbour fund made four payments of just under $100,000 each.",
			"b: The harbour fund made four payments, each of $50,000.",
		}, analyze.Money, []string{"disputed Reports differ on the amount: $50,000 (1 report) or just under $100,000 (1 report). [a,b]"}},
		{"a calendar's unit is rounded more freely", []string{
			"a: The two crashes came within four months of each other.",
			"b: The two crashes came within 131 days of each other.",
		}, analyze.Duration, []string{"corroborated Length: 4 months [a,b]"}},
		{"but a year is no six months", []string{
			"a: Tom Berg was jailed for one year for the theft.",
			"b: Tom Berg was jailed for six months for the theft.",
		}, analyze.Duration, []string{"disputed Reports differ on the length of the sentence: 1 year (1 report) or 6 months (1 report). [a,b]"}},
		{"a pick of a set claims no count", []string{
			"a: Trade between the region's two largest economies slowed.",
		}, analyze.Count, nil},
		{"a round figure allows a finer one", []string{
			"a: The harbour fund held $1.5 million last year.",
			"b: The harbour fund held $1,512,000 last year.",
		}, analyze.Money, []string{"corroborated Amount: $1.5 million [a,b]"}},
		{"a figure converted from another unit is rounded", []string{
			"a: Police raided a house in Romsey, a town 79 miles east of the capital.",
			"b: Police raided a house in Romsey, 130 kilometres east of the capital.",
		}, analyze.Distance, []string{"corroborated Distance from the capital: 79 miles [a,b]"}},
		{"a converted figure beyond its rounding differs", []string{
			"a: Police raided a house in Romsey, a town 70 miles east of the capital.",
			"b: Police raided a house in Romsey, 130 kilometres east of the capital.",
		}, analyze.Distance, []string{"disputed Reports differ on the distance from the capital: 70 miles (1 report) or 130 km (1 report). [a,b]"}},
		{"one report's first is no claim", []string{
			"a: It was the first meeting of the harbour board this year.",
			"b: The harbour board met in Lundgate on Tuesday.",
		}, analyze.Ordinal, nil},
		{"a copy does not corroborate", []string{
			"a: The talks lasted five hours.",
			"b<a: The talks lasted five hours.",
		}, analyze.Duration, []string{"single-source Length of the meeting: 5 hours [a,b]"}},
		{"approximate values agree", []string{
			"a: The talks lasted about four hours.",
			"b: The talks lasted more than four hours.",
		}, analyze.Duration, []string{"corroborated Length of the meeting: about 4 hours [a,b]"}},
		{"one article giving both values is no dispute", []string{
			"a: The 28-point plan was presented. The plan was later cut to 20 points.",
			"b: The 28-point plan was presented.",
		}, analyze.Count, []string{"corroborated Number of points in the plan: 28 points [a,b]", "single-source Number of points in the plan: 20 points [a]"}},
		{"a range allows what lies within it but does not confirm it", []string{
			"a: The talks lasted three to four hours.",
			"b: The talks lasted three hours.",
		}, analyze.Duration, []string{"single-source Length of the meeting: 3 hours [b]", "single-source Length of the meeting: 3 to 4 hours [a]"}},
		{"counts of differently qualified sets are two figures", []string{
			"a: The census found 716,704 black Williamses in the country.",
			"b: The census found 1,534,042 total Williamses in the country.",
		}, analyze.Count, []string{"single-source Number of black Williamses: 716,704 Williamses [a]", "single-source Number of Williamses: 1.534 million Williamses [b]"}},
		{"a superlative picks some of a set", []string{
			"a: Real Madrid and Barcelona, Spain's two biggest teams, play in the Champions League.",
			"b: This season Spain has five teams in the Champions League.",
		}, analyze.Count, []string{"single-source Number of teams: 5 teams [b]"}},
		{"an increment is no rival total", []string{
			"a: Another 22 countries have joined the search for the ship.",
			"b: In all, 26 countries have joined the search for the ship.",
		}, analyze.Count, []string{"single-source Number of countries: 22 countries [a]", "single-source Number of countries: 26 countries [b]"}},
		{"overlapping ranges are two figures", []string{
			"a: The couple reported assets worth between $1.8 million and $7 million for last year.",
			"b: Their largest holdings were Treasury notes worth between $1 million and $5 million.",
		}, analyze.Money, []string{"single-source Value of the assets: $1.8 million to $7 million [a]", "single-source Value of the notes: $1 million to $5 million [b]"}},
		{"ranges with other ends are disputed", []string{
			"a: The Senate took between 66 and 87 days to confirm the last four nominees.",
			"b: The Senate took between 66 and 90 days to confirm the last four nominees.",
		}, analyze.Duration, []string{"disputed Reports differ on the length: 66 to 87 days (1 report) or 66 to 90 days (1 report). [a,b]"}},
		{"ranges given alike agree", []string{
			"a: The talks lasted three to four hours.",
			"b: The talks lasted 3-4 hours.",
		}, analyze.Duration, []string{"corroborated Length of the meeting: 3 to 4 hours [a,b]"}},
		{"a range disputes what lies outside it", []string{
			"a: The talks lasted three to four hours.",
			"b: The talks lasted six hours.",
		}, analyze.Duration, []string{"disputed Reports differ on the length of the meeting: 6 hours (1 report) or 3 to 4 hours (1 report). [a,b]"}},
		{"open bounds far apart are two facts", []string{
			"a: The album sold more than 11 million copies.",
			"b: The album sold more than 800,000 copies in its first week.",
		}, analyze.Count, []string{"single-source Number of copies: more than 11 million copies [a]", "single-source Number of copies: more than 800,000 copies [b]"}},
		{"a value of two unalike things is no corroboration", []string{
			"a: The high temperature at the airport on Saturday was 26 degrees, the coldest in decades.",
			"b: Forecasters expect highs of as much as 40 degrees across the plains next week.",
		}, analyze.Temperature, []string{"single-source Temperature: 26 degrees [a]", "single-source Temperature: as much as 40 degrees [b]"}},
		{"a bound allows a figure without reporting it", []string{
			"a: The new search area lies 1,900 km from Perth.",
			"b: The new search area lies more than 1,000 km from Perth.",
		}, analyze.Distance, []string{"single-source Distance from Perth: 1,900 km [a]", "single-source Distance from Perth: more than 1,000 km [b]"}},
		{"a bound near a figure reports it", []string{
			"a: The attacks in Lundgate killed 129 people.",
			"b: The attacks in Lundgate killed at least 129 people.",
			"c: The attacks in Lundgate killed more than 100 people.",
		}, analyze.Count, []string{"corroborated Death toll: 129 dead [a,b]", "single-source Death toll: more than 100 dead [c]"}},
		{"a share rounded is the same share", []string{
			"a: Pasok placed third in the voting, with 12 percent of the vote and 33 seats.",
			"b: With almost all ballots counted, Pasok had 12.3% of the vote and 33 seats.",
		}, analyze.Percent, []string{"corroborated Percentage of the vote: 12% [a,b]"}},
		{"a counted noun's word keeps its capitals", []string{
			"a: Corvid is on target to ship more than 71 million iPhone models this year.",
		}, analyze.Count, []string{"single-source Number of iPhone models: more than 71 million models [a]"}},
		{"two candidates' shares are no one figure", []string{
			"a: Among that group, Ann Lee has 14% support, while Tom Berg stands at 9%.",
			"b: Nine percent backed Ann Lee and 14 percent selected Tom Berg.",
		}, analyze.Percent, []string{"single-source Support: 14% [a]", "single-source Percentage: 14% [b]", "single-source Percentage: 9% [a]", "single-source Percentage: 9% [b]"}},
		{"one candidate's share in two reports is one figure", []string{
			"a: Among that group, Ann Lee has 14% support, while Tom Berg stands at 9%.",
			"b: Fourteen percent selected Ann Lee in the poll.",
		}, analyze.Percent, []string{"corroborated Support: 14% [a,b]", "single-source Percentage: 9% [a]"}},
		{"millions rounded are the same sum", []string{
			"a: Corvid agreed a deal worth $2.8 billion to buy the harbour works.",
			"b: Corvid agreed a deal worth $2.83 billion to buy the harbour works.",
		}, analyze.Money, []string{"corroborated Amount of the deal: $2.8 billion [a,b]"}},
		{"small sums rounded may be two", []string{
			"a: Corvid sells the adapter for $147 in its stores.",
			"b: Corvid sells the adapter for $150 in its stores.",
		}, analyze.Money, []string{"disputed Reports differ on the price: $147 (1 report) or $150 (1 report). [a,b]"}},
		{"a distinct figure said alike in unalike sentences is one", []string{
			"a: A sniper in Iraq has shattered the record with a kill shot at a distance of 3,540 metres.",
			"b: The military confirmed Thursday that the soldier hit a target from 3,540 metres during an operation.",
		}, analyze.Distance, []string{"corroborated Distance: 3,540 m [a,b]"}},
		{"one report's figures join no other report's by their figure", []string{
			"a: The fairy tale goes on for a long 95 minutes, a breeze beside the director's last picture, which dragged for 110 minutes.\nRunning time: 1 hour 35 minutes.",
			"b: Running time: 106 minutes.",
			"c: 106 minutes.",
		}, analyze.Duration, []string{"disputed Reports differ on the running time: 1 hour 35 minutes (1 report) or 106 minutes (2 reports). [a,b,c]",
			"single-source Length: 95 minutes [a]", "single-source Length: 110 minutes [a]"}},
		{"a usual span of hours said alike in unalike sentences may be two", []string{
			"a: The first condition would require the city to give the harbour board a 48-hour heads up of any release.",
			"b: And holding people for 48 hours without a warrant would break the law, the lawsuit says.",
		}, analyze.Duration, []string{"single-source Length: 48 hours [a]", "single-source Length: 48 hours [b]"}},
		{"a round figure said alike in unalike sentences may be two", []string{
			"a: A sniper in Iraq has shattered the record with a kill shot at a distance of 3,000 metres.",
			"b: The military confirmed Thursday that the soldier hit a target from 3,000 metres during an operation.",
		}, analyze.Distance, []string{"single-source Distance: 3,000 m [a]", "single-source Distance: 3,000 m [b]"}},
		{"time served is no rival to the sentence", []string{
			"a: Shane Bauer and Josh Fattal had been sentenced to eight years in prison on charges of illegal entry.",
			"b: Shane Bauer and Josh Fattal were freed after spending more than two years in prison on charges of illegal entry.",
		}, analyze.Duration, []string{"single-source Length of the sentence: 8 years [a]", "single-source Time served: more than 2 years [b]"}},
		{"what could be disputes no report of what is", []string{
			"a: The talks in Lundgate could last five hours, officials said.",
			"b: The talks in Lundgate lasted three hours, officials said.",
		}, analyze.Duration, []string{"single-source Length of the meeting: 5 hours [a]", "single-source Length of the meeting: 3 hours [b]"}},
		{"a rise and a fall are two changes", []string{
			"a: Corvid shares closed up 3.7% for the day.",
			"b: Corvid shares were down an additional 2% in overnight trading.",
		}, analyze.Percent, []string{"single-source Percentage: 3.7% [a]", "single-source Percentage: 2% [b]"}},
		{"rival rises are a dispute", []string{
			"a: Corvid shares rose 3.7% on the news.",
			"b: Corvid shares rose 2% on the news.",
		}, analyze.Percent, []string{"disputed Reports differ on the rise in Corvid shares: 3.7% (1 report) or 2% (1 report). [a,b]"}},
		{"two tallies differ on every figure", []string{
			"a: In the raids 90 people were held and 174 weapons seized, including 68 handguns.",
			"b: In the raids 60 people were held and 75 weapons seized, including 31 handguns.",
		}, analyze.Count, []string{
			"single-source Number of people: 90 people [a]", "single-source Number of people: 60 people [b]",
			"single-source Number of weapons: 174 weapons [a]", "single-source Number of weapons: 75 weapons [b]",
			"single-source Number of handguns: 68 handguns [a]", "single-source Number of handguns: 31 handguns [b]",
		}},
		{"rival accounts may differ on one other figure", []string{
			"a: The talks lasted five hours and ended with a 12-point plan.",
			"b: The talks lasted three hours and ended with a 10-point plan.",
		}, analyze.Duration, []string{"disputed Reports differ on the length of the meeting: 5 hours (1 report) or 3 hours (1 report). [a,b]"}},
		{"rival accounts agree on the other figures", []string{
			"a: In the raids 60 people were held and 75 weapons seized, including 68 handguns.",
			"b: In the raids 60 people were held and 75 weapons seized, including 31 handguns.",
		}, analyze.Count, []string{
			"disputed Reports differ on the number of handguns: 68 handguns (1 report) or 31 handguns (1 report). [a,b]",
			"corroborated Number of people: 60 people [a,b]", "corroborated Number of weapons: 75 weapons [a,b]",
		}},
		{"the same exact figure is one fact", []string{
			"a: Its 150 employees will join the engineering division.",
			"b: The founder will stay on, and all 150 employees are expected to keep their jobs.",
		}, analyze.Count, []string{"corroborated Number of employees: 150 employees [a,b]"}},
		{"an open bound and a value within it do not dispute, nor report one figure", []string{
			"a: The delegation will have more than 400 members.",
			"b: The delegation will have 550 members.",
		}, analyze.Count, []string{"single-source Number of members: 550 members [b]", "single-source Number of members: more than 400 members [a]"}},
		{"a figure written to its last digit is not a bound above it", []string{
			"a: The attacks killed 127 people, officials said.",
			"b: The attacks killed at least 128 people, officials said.",
		}, analyze.Count, []string{"disputed Reports differ on the death toll: 127 dead (1 report) or at least 128 dead (1 report). [a,b]"}},
		{"a distance from a place is no size", []string{
			"a: The search for the airliner now covers a 100-nautical-mile radius.",
			"b: Satellite images of the search for the airliner show objects about 200km from the French satellite sighting.",
			"c: Satellite images of the search for the airliner show objects about 125 miles from the French satellite sighting.",
		}, analyze.Distance, []string{"corroborated Distance from the French satellite sighting: about 200 km [b,c]", "single-source Distance of the radius: 100 nautical miles [a]"}},
		{"one report's name for a value is not the others' when its sentence agrees with none", []string{
			"a: Officials said the hunt now spans a 100-nautical-mile radius from the plane's last known position.",
			"b: Ships sailed 5 km toward the edge of the radius around the plane's last known position and the objects.",
			"c: Ships searched an area near the objects about 200 km apart.",
			"d: Ships searched an area near the objects, some 190 km apart.",
		}, analyze.Distance, []string{"corroborated Distance: about 200 km [c,d]", "single-source Distance of the radius: 100 nautical miles [a]", "single-source Distance: 5 km [b]"}},
		{"a report giving two of the rival values is no dispute", []string{
			"a: After the attack on the mosque, 19 people were wounded.",
			"b: After the attack on the mosque, 5 people were wounded critically. In all, 13 people were wounded.",
		}, analyze.Count, []string{"single-source Number of people injured: 19 people [a]", "single-source Number of people injured: 5 people [b]", "single-source Number of people injured: 13 people [b]"}},
		{"counts of different things of one event", []string{
			"a: The 28-point plan was presented.",
			"b: The 28-point plan was presented. Russia received four additional documents alongside the plan.",
		}, analyze.Count, []string{"corroborated Number of points in the plan: 28 points [a,b]", "single-source Number of additional documents: 4 documents [b]"}},
		{"days of one event", []string{
			"a: The river flooded on Sunday.",
			"b: The river flooded on Monday.",
		}, analyze.Weekday, []string{"disputed Reports differ on the day of the flood: Sunday (1 report) or Monday (1 report). [a,b]"}},
		{"days of deaths", []string{
			"a: Two climbers died on Sunday.",
			"b: Two climbers died on Monday.",
		}, analyze.Weekday, []string{"disputed Reports differ on the day of the deaths: Sunday (1 report) or Monday (1 report). [a,b]"}},
		{"the day of a sentencing", []string{
			"a: Ruth Alder was sentenced to five years in prison on Monday.",
			"b: A judge sentenced Ruth Alder to five years in prison on Monday.",
		}, analyze.Weekday, []string{"corroborated Day of the sentencing: Monday [a,b]"}},
		{"units convert", []string{
			"a: The convoy drove 150 km to the border.",
			"b: The convoy drove 92 miles to the border.",
		}, analyze.Distance, []string{"corroborated Distance: 150 km [a,b]"}},
		{"values of one thing in alike sentences", []string{
			"a: The win earned her a prize of $50,000.",
			"b: She takes home $75,000 in prize money.",
		}, analyze.Money, []string{"disputed Reports differ on the amount of the prize: $50,000 (1 report) or $75,000 (1 report). [a,b]"}},
		{"values of different things", []string{
			"a: The club paid $5 million for the stadium.",
			"b: Tickets for the opening match cost $40.",
		}, analyze.Money, []string{"single-source Amount of the payment: $5 million [a]", "single-source Amount: $40 [b]"}},
		{"many values under one subject are different things", []string{
			"a: The deal cost $41 million.",
			"b: The deal cost $19 million.",
			"c: The deal cost $4 million.",
			"d: The deal cost $161 million.",
		}, analyze.Money, []string{"single-source Amount of the deal: $41 million [a]", "single-source Amount of the deal: $19 million [b]",
			"single-source Amount of the deal: $4 million [c]", "single-source Amount of the deal: $161 million [d]"}},
		{"one subject in unalike sentences is two things", []string{
			"a: The truck attack on the seafront promenade of the port city killed 86 people.",
			"b: The gunman who opened fire at the island youth camp killed 77 people.",
		}, analyze.Count, []string{"single-source Death toll: 86 dead [a]", "single-source Death toll: 77 dead [b]"}},
		{"values of different scale are different things", []string{
			"a: The launch was delayed by four days.",
			"b: The launch was delayed by four minutes.",
		}, analyze.Duration, []string{"single-source Length of the launch: 4 days [a]", "single-source Length of the launch: 4 minutes [b]"}},
		{"a value is named by its own sentence, not by an alike one", []string{
			"a: The crew will stay in their suits during a mission of up to six days.",
			"b: The crew must stay in their suits for up to six days, and take five minutes to seal their suits.",
			"c: The crew will also test the suits for 10 hours at a time in the pool.",
		}, analyze.Duration, []string{"corroborated Length of the mission: up to 6 days [a,b]", "single-source Length: 5 minutes [b]", "single-source Length: 10 hours [c]"}},
		{"one article's value in two unalike sentences is one line", []string{
			"a: The club said the striker trained alone for three hours at the ground. The mayor spoke for three hours in the new stand of the stadium.",
		}, analyze.Duration, []string{"single-source Length: 3 hours [a]"}},
		{"days without a subject never dispute, nor stand alone", []string{
			"a: The club said on its website that it had signed the player on Friday for three years.",
			"b: The club said on its website that it had signed the player on Monday for three years.",
			"c: The club opened its new stand on Sunday.",
			"d: The club opened its new stand on Sunday.",
		}, analyze.Weekday, []string{"corroborated Day: Sunday [c,d]"}},
		{"an amount said of a noun is rivalled only by sentences that name it", []string{
			"a: Al-Saleh is suing Sargeant for screwing him out of a $100 million stake in the firm.",
			"b: Al-Saleh is suing Sargeant, who owes him at least $13 million.",
		}, analyze.Money, []string{"single-source Value of the stake: $100 million [a]", "single-source Amount: at least $13 million [b]"}},
		{"a payment is rivalled by an alike sentence that names no deal", []string{
			"a: Halden Foods has agreed to buy the snack maker Brix for $2.1 billion.",
			"b: The snack maker Brix is being sold to Halden Foods for $1.9 billion.",
		}, analyze.Money, []string{"disputed Reports differ on the amount of the payment: $2.1 billion (1 report) or $1.9 billion (1 report). [a,b]"}},
		{"an amount of a noun and one of no noun may be one", []string{
			"a: Al-Saleh is suing Sargeant for a $100 million stake in the firm.",
			"b: Al-Saleh is suing Sargeant for $100 million.",
		}, analyze.Money, []string{"corroborated Value of the stake: $100 million [a,b]"}},
		{"a count of hearings is not one of those at the hearing", []string{
			"a: The latest on the first court hearing for six harbour police officers who are charged in the death of a diver.",
			"b: The ruling at the hearing means there will be six trials for the officers.",
		}, analyze.Count, []string{"single-source Number of officers in the hearing: 6 officers [a]", "single-source Number of trials: 6 trials [b]"}},
		{"the noun measured is no likeness of two sentences", []string{
			"a: An 11-hour battery is in the laptop.",
			"b: Face ID and a 10-hour battery are in the tablet.",
		}, analyze.Duration, []string{"single-source Battery life: 11 hours [a]", "single-source Battery life: 10 hours [b]"}},
		{"a percentage is named as its sentences say, where they agree", []string{
			"a: He owns 44 percent of the firm, and 5 percent of the bank.",
			"b: The records show that he owns 44 percent.",
		}, analyze.Percent, []string{"corroborated Percentage of the firm: 44% [a,b]", "single-source Percentage of the bank: 5% [a]"}},
		{"rivals must conflict in alike sentences", []string{
			"a: With an 11-hour battery, you need no power cord on the train.",
			"b: Up to 12 hours of battery life to power through workouts.",
			"c: Face ID and a 10-hour battery life are in the tablet.",
		}, analyze.Duration, []string{"corroborated Length of the battery: 11 hours [a,b]", "single-source Battery life: 10 hours [c]"}},
		{"a count of a group's members is the group's size", []string{
			"a: Voss pulled away from a group of four runners at the turn.",
			"b: At the turn Voss left a group of four runners behind.",
		}, analyze.Count, []string{"corroborated Size of the group: 4 runners [a,b]"}},
		{"ordinals", []string{
			"a: It was the third meeting this year.",
			"b: It was the sixth meeting this year.",
		}, analyze.Ordinal, []string{"disputed Reports differ on which meeting it was: 3rd (1 report) or 6th (1 report). [a,b]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(Findings(story(tt.lines...), nil), tt.kind)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDisputedHasValues(t *testing.T) {
	fs := Findings(story("a: The talks lasted five hours.", "b: The talks lasted three hours."), nil)
	if len(fs) == 0 || fs[0].Status != model.Disputed || len(fs[0].Values) != 2 || len(fs[0].Evidence) != 2 {
		t.Fatalf("findings = %+v", fs)
	}
	for _, e := range fs[0].Evidence {
		if !strings.Contains(e.Text, "hours") {
			t.Errorf("evidence %+v does not cite the sentence", e)
		}
	}
}

func TestEvidenceNamingTheSubjectFirst(t *testing.T) {
	fs := Findings(story(
		"a: Police raided flats in Lundgate on Monday. Hollande spoke to parliament in Versailles on Monday.",
		"b: Police raided flats across Lundgate on Monday. Hollande told a joint session of parliament on Monday that the curfew stays.",
	), nil)
	for _, f := range fs {
		if f.Subject == "meeting" {
			if !strings.Contains(f.Evidence[0].Text, "session") {
				t.Errorf("first evidence %q: want the sentence that names the meeting", f.Evidence[0].Text)
			}
			return
		}
	}
	t.Fatalf("no day of the meeting in %+v", fs)
}

func TestEvidenceOncePerSentence(t *testing.T) {
	fs := Findings(story(
		"a: The talks lasted five hours.\nThe ministers met at noon.\nThe talks lasted five hours.",
		"b: The talks lasted three hours.",
	), nil)
	if len(fs) == 0 || fs[0].Status != model.Disputed {
		t.Fatalf("findings = %+v", fs)
	}
	var got []string
	for _, e := range fs[0].Evidence {
		got = append(got, e.Article+": "+e.Text)
	}
	want := []string{"a: The talks lasted five hours.", "b: The talks lasted three hours."}
	if !slices.Equal(got, want) {
		t.Errorf("evidence = %q, want %q: a repeated sentence is cited once", got, want)
	}
}

func TestStatements(t *testing.T) {
	items := story(
		"a: The council approved the harbour plan after a long debate on Tuesday.",
		"b: After a long debate, the council approved the harbour plan.\nFishermen welcomed the plan warmly.",
		"c<b: After a long debate, the council approved the harbour plan.\nFishermen welcomed the plan warmly.",
	)
	fs := Findings(items, nil)
	got := summary(fs, "")
	want := "corroborated After a long debate, the council approved the harbour plan. [a,b,c]"
	if len(got) != 1 || got[0] != want {
		t.Errorf("findings = %q, want [%q]", got, want)
	}
	if fs[0].Reports != 2 {
		t.Errorf("reports = %+v, want 2: c copies b", fs)
	}
}

func TestStatementsCiteEachArticleOnce(t *testing.T) {
	items := story(
		"a: South Harbour police found about 200 brass badges bearing the image of the late mayor Tom Berg near the main quay on Thursday.\nAll harbour workers must wear brass badges bearing the image of the late mayor Tom Berg.",
		"b: Police opened an inquiry after nearly 200 brass badges bearing the image of the late mayor Tom Berg turned up near the main quay.",
	)
	for _, f := range Findings(items, nil) {
		if f.Kind != "" {
			continue
		}
		var got []string
		for _, e := range f.Evidence {
			got = append(got, e.Article+": "+e.Text)
		}
		want := []string{"a: " + items[0].Analysis.Sentences[0].Text, "b: " + items[1].Analysis.Sentences[0].Text}
		if !slices.Equal(got, want) {
			t.Errorf("evidence = %q, want %q: each article by its sentence most alike to the other's", got, want)
		}
		if f.Text != items[0].Analysis.Sentences[0].Text && f.Text != items[1].Analysis.Sentences[0].Text {
			t.Errorf("statement = %q, want one the two reports share", f.Text)
		}
	}
}

func TestQuestionsStateNothing(t *testing.T) {
	items := story(
		"a: So who did the harbour master challenge to swim the bay next?",
		"b: The harbour master swam the bay and challenged the mayor to swim it next.",
	)
	if got := summary(Findings(items, nil), ""); len(got) != 0 {
		t.Errorf("findings = %q, want none: a question corroborates nothing", got)
	}
}

func TestStatementsShareSubstance(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string // the corroborated statement, or none
	}{
		{"names and a figure only",
			"In the three days since she took over the Harbour Board, Maria Lindqvist has promised to rebuild the old pier.",
			"Over the nearly three decades that the Harbour Board has existed, no one led it for a shorter time than Maria Lindqvist.",
			""},
		{"two days' closing figures",
			"The Helsinki Exchange sank 0.5 per cent to 2,861.",
			"The Helsinki Exchange gained 0.6 per cent to 2,984.",
			""},
		{"names only, word for word",
			"She is up for Best Director for Harbour Lights.",
			"She is up for Best Director for Harbour Lights.",
			"She is up for Best Director for Harbour Lights."},
		{"who said it is no substance",
			"Harbour Board chief executive Maria Lindqvist said the new pier would open in the spring.",
			"\"We have waited long enough for this,\" said Maria Lindqvist, the Harbour Board's chief executive.",
			""},
		{"who reported it is no substance",
			"The man, whose name was not released, was in his 40s, the Northland Department of Public Health reported.",
			"A third death in northern Northland has been linked to bad oysters, the Northland Department of Public Health reported Monday.",
			""},
		{"one official named at length beside two quotations",
			`"We have a need and saw a need to bring on some more ferries that had bigger decks and engines," Ann Lee, deputy associate administrator for shipping in the Harbour Board, said in a call with media.`,
			`"We were actually looking to do this a little bit later, but we saw the need to speed that up," Ann Lee, deputy associate administrator for shipping in the Harbour Board, said of the plan in a call with reporters.`,
			""},
		{"one quotation, attributed otherwise",
			`"I apologise, that was a silly joke somebody told me about the ferry," she wrote.`,
			`After deleting the post, Ann Lee wrote: "I apologise, that was a silly joke somebody told me about the ferry."`,
			`"I apologise, that was a silly joke somebody told me about the ferry," she wrote.`},
		{"a verb shared beside the names",
			"Maria Lindqvist urged the Harbour Board to rebuild the old pier.",
			"The Harbour Board should rebuild the old pier, Maria Lindqvist said.",
			"Maria Lindqvist urged the Harbour Board to rebuild the old pier."},
		{"other figures",
			"Ferries now outnumber all other boats in the harbour by 14 to 1, the survey of the Lund waterfront found.",
			"Ferries now outnumber all other boats in the harbour by more than 20-fold, the survey of the Lund waterfront found.",
			""},
		{"a name's digits are no figures",
			"The Lumo S5 ferry crossed the harbour in record time on its first trip, the Harbour Board said.",
			"The new ferry, with 4G on board, crossed the harbour in record time on its first trip, the Harbour Board said.",
			"The Lumo S5 ferry crossed the harbour in record time on its first trip, the Harbour Board said."},
		{"one word alone in common",
			"\"It's all in the little things.\"",
			"It's a little larger and a little heavier than the Lumo 4, but not much.",
			""},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range Findings(story("a: "+tt.a, "b: "+tt.b), nil) {
			if f.Kind == "" {
				got = append(got, f.Text)
			}
		}
		if tt.want == "" && len(got) > 0 || tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
			t.Errorf("%s: statements = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestRepresentative(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want string
	}{
		{"shortest", []string{"The council approved the harbour plan on Tuesday.", "The council approved the plan for the harbour."}, "The council approved the plan for the harbour."},
		{"not one that points back", []string{"And they approved the harbour plan.", "The council approved the harbour plan on Tuesday."}, "The council approved the harbour plan on Tuesday."},
		{"not a quote's middle", []string{`"We approved the harbour plan.`, `"We approved the harbour plan," the mayor said.`}, `"We approved the harbour plan," the mayor said.`},
		{"not cut short", []string{"The council approved the harbour plan...", "The council approved the harbour plan on Tuesday."}, "The council approved the harbour plan on Tuesday."},
		{"none stands alone", []string{"And the council approved the harbour plan.", "But the council approved the plan."}, "But the council approved the plan."},
	}
	for _, tt := range tests {
		var ev []model.Evidence
		for _, s := range tt.in {
			ev = append(ev, model.Evidence{Text: s})
		}
		if got := representative(ev); got != tt.want {
			t.Errorf("%s: representative = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestEntitiesMergeVariants(t *testing.T) {
	items := story(
		"a: Kremlin aide Yury Ushakov spoke. Ushakov was brief.",
		"b: Senior aide Yuri Ushakov said little.",
		"c: Ushakov met Volodymyr Zelensky and Zelenskyy's aides.",
	)
	ents, _ := Entities(items)
	var found *model.Entity
	for i := range ents {
		if strings.HasSuffix(ents[i].Name, "Ushakov") {
			if found != nil {
				t.Fatalf("two Ushakov entities: %+v", ents)
			}
			found = &ents[i]
		}
	}
	if found == nil {
		t.Fatalf("no Ushakov: %+v", ents)
	}
	names := strings.Join(append([]string{found.Name}, found.Aliases...), "|")
	for _, want := range []string{"Yury Ushakov", "Yuri Ushakov", "Ushakov"} {
		if !strings.Contains(names, want) {
			t.Errorf("names %q lack %q", names, want)
		}
	}
	if strings.Join(found.Articles, ",") != "a,b,c" {
		t.Errorf("articles = %v", found.Articles)
	}
}

func TestEntitiesKeptApartByAnArticle(t *testing.T) {
	a := "a: In 1840 Tom Berg founded the mill. In 1904 his nephew, mill president Tom R. Berg, sold it."
	b := "b: Tom Berg founded the mill in 1840."
	for _, items := range [][]Item{story(a, b), story(b, a)} {
		ents, _ := Entities(items)
		got := map[string]string{}
		for _, e := range ents {
			got[e.Name] = strings.Join(e.Articles, ",")
		}
		if got["Tom Berg"] != "a,b" || got["Tom R. Berg"] != "a" {
			t.Errorf("entities = %v, want Tom Berg of a and b, and Tom R. Berg of a", got)
		}
	}
}

// A name before marriage is the person a fuller name of hers holds it in,
// though the story keys her by her married name.
func TestEntitiesNameBeforeMarriage(t *testing.T) {
	items := story(
		"a: Mira Kell met the press on Monday. Mira Anne Lindqvist Kell was born in Essen in 1964.",
		"b: Mira Lindqvist met Tom Berg at a law firm in 1989.",
	)
	ents, _ := Entities(items)
	got := map[string]string{}
	for _, e := range ents {
		got[e.Name] = strings.Join(e.Articles, ",")
	}
	if got["Mira Anne Lindqvist Kell"] != "a,b" || got["Mira Lindqvist"] != "" {
		t.Errorf("entities = %v, want Mira Anne Lindqvist Kell of a and b, and no Mira Lindqvist apart", got)
	}
}

func TestEntitiesMonarchApart(t *testing.T) {
	items := story(
		"a: Crown Prince Tamim bin Harun spoke in Essen on Monday.",
		"b: King Harun sacked the water minister on Monday. Prince Tamim bin Harun agreed.",
		"c: Tamim bin Harun said the plan would work. Harun Selim agreed.",
	)
	ents, _ := Entities(items)
	got := map[string]string{}
	for _, e := range ents {
		got[e.Name] = strings.Join(e.Articles, ",")
	}
	if got["Tamim bin Harun"] != "a,b,c" || got["Harun"] != "b" || got["Harun Selim"] != "c" {
		t.Errorf("entities = %v, want Tamim bin Harun of a, b and c, Harun of b and Harun Selim of c", got)
	}
}

func TestEntitiesLoneNameReadAsThePerson(t *testing.T) {
	items := story(
		"a: Coach Oskar Varnhagen picked the squad on Monday. Varnhagen said little.",
		"b: The team was still reeling from Varnhagen's departure in May.",
	)
	ents, _ := Entities(items)
	got := map[string]string{}
	for _, e := range ents {
		got[e.Name] = e.Type + " " + strings.Join(e.Articles, ",")
	}
	if got["Oskar Varnhagen"] != model.Person+" a,b" || got["Varnhagen"] != "" {
		t.Errorf("entities = %v, want Oskar Varnhagen of a and b, and no Varnhagen apart", got)
	}
}

func TestEntitiesMarkedAsPeople(t *testing.T) {
	items := story(
		"a: The contest has a panel of judges. The Judging Panel will meet in the Essen Hall. Harbour minister Tarvo Halvorsen will attend. Ruth Alder will chair it.",
		`b: "We have never had so many entries," said Anneke Sorel. The Judging Panel meets on Monday.`,
		"c: The prize honours 12-year-old Oyelaran Dabiri, who died in the flood. Prior to the Judging Panel, 1,000 entries came in.",
		"d: Her husband, Tavor Vasquez, was a judge. The Judging Panel met his widower Okwe Oduya and her son-in-law, Oyo Rask.",
		"e: The hall is named for Orvel T. Brannock. The Kestrel X. Lines and AirHarbour X. Tours open it.",
		"f: The film is directed by O.V. Dravic.",
		"g: For D.K. McTavish, he was a fool.",
	)
	ents, _ := Entities(items)
	types := map[string]string{}
	for _, e := range ents {
		types[e.Name] = e.Type
	}
	for name, want := range map[string]string{
		"Judging Panel":       model.Other,  // nothing marks it as a person
		"Tarvo Halvorsen":     model.Person, // a title
		"Ruth Alder":          model.Person, // a given name
		"Anneke Sorel":        model.Person, // a quote
		"Oyelaran Dabiri":     model.Person, // an age
		"Tavor Vasquez":       model.Person, // a kinship
		"Okwe Oduya":          model.Person,
		"Oyo Rask":            model.Person,
		"Orvel T. Brannock":   model.Person, // a middle initial
		"O.V. Dravic":         model.Person, // initials
		"D.K. McTavish":       model.Person, // initials and a Scots surname
		"AirHarbour X. Tours": model.Other,  // a brand's word, no one's name
	} {
		if types[name] != want {
			t.Errorf("%s is %q, want %q (all: %v)", name, types[name], want, types)
		}
	}
}

func TestEntitiesShortNameOfABody(t *testing.T) {
	items := story(
		`a: The ship is run by Kestrel Cruise Line. Kestrel said the camera was found.`,
		`b: "We take privacy seriously," Kestrel said on Monday.`,
	)
	ents, _ := Entities(items)
	var got []string
	for _, e := range ents {
		got = append(got, fmt.Sprintf("%s %s %v %v", e.Type, e.Name, e.Aliases, e.Articles))
	}
	if want := "organization Kestrel Cruise Line [Kestrel] [a b]"; !slices.Contains(got, want) || len(got) != 1 {
		t.Errorf("entities = %q, want only %q", got, want)
	}
}

func TestEntitiesAcronymOfABody(t *testing.T) {
	items := story(
		`a: The Lundgate Water Authority closed the dam. The LWA said the level was falling.`,
		`b: The LWA said on Monday that the dam would stay closed.`,
		`c: The Lundgate Water Authority said the dam would reopen in May.`,
	)
	ents, _ := Entities(items)
	var got []string
	for _, e := range ents {
		if e.Type == model.Organization {
			got = append(got, fmt.Sprintf("%s %v %v", e.Name, e.Aliases, e.Articles))
		}
	}
	if want := "Lundgate Water Authority [LWA] [a b c]"; !slices.Contains(got, want) || len(got) != 1 {
		t.Errorf("bodies = %q, want only %q", got, want)
	}
}

func TestEntitiesAcronymIsNoSurname(t *testing.T) {
	items := story(
		`a: Harbour leader Tor Vald Lwa opened the dam on Monday.`,
		`b: The Lundgate Water Authority closed the dam. "The level is falling," the LWA said.`,
	)
	ents, _ := Entities(items)
	var got []string
	for _, e := range ents {
		got = append(got, fmt.Sprintf("%s %s %v", e.Type, e.Name, e.Aliases))
	}
	if want := "organization Lundgate Water Authority [LWA]"; !slices.Contains(got, want) {
		t.Errorf("entities = %q, want %q apart from the leader", got, want)
	}
}

func TestEntitiesMarkedByTheirSentence(t *testing.T) {
	items := story(
		"a: Okonkwo Tarrant and boyfriend Lior Vasz walked by the harbour.",
		"b: Ruth Alder and Oyelu Kavanagh attended the opening. Brannoc Oduya, Ruth Alder and Senna Pike came too.",
		"c: Pell Okafor checked into a clinic to help him rest.",
		"d: The crowd cheered Ruth Alder, Lundgate Coastal Rower of the year.",
		"e: The crowd cheered as Defenseman Richard Okoro scored.",
		"f: The mill belongs to Oskel Varga, a steel baron. Tarun Velk, who founded it, left. Lundgate Cartel, the country's largest carrier, and Big Polluters, who have paid, object.",
		"g: The film was the last of costume designer Eiko Ishioka. The incoming CEO of Kestrel, Vasco Ilari, spoke. He stayed at former Lundgate Rovers.",
		"h: She has beaten bantamweight champion Oyelu Tarne, and the crowd included her friend Brannoc Velde.",
		"i: President of the Assembly, Kunle Dasaro, and two others sued.",
		"j: The round was led by Jayden Okalu.",
		"k: It is bad news for celebrities like Zorvan Vask and Tarrow Keld. Clubs like Lundgate Rovers agree.",
		"l: The club paid more for defender Orvek Vell than pundit Marro Tide had thought.",
		"m: Following the long inquiry, Tarro Quill checked into a clinic to help him rest.",
		"n: Zorla Vent attended the premiere at the harbour.",
	)
	ents, _ := Entities(items)
	types := map[string]string{}
	for _, e := range ents {
		types[e.Name] = e.Type
	}
	for name, want := range map[string]bool{
		"Okonkwo Tarrant":        true, // a kinship after the name
		"Jayden Okalu":           true, // a given name common in the United States
		"Oyelu Kavanagh":         true, // listed with a person of a known given name
		"Brannoc Oduya":          true,
		"Senna Pike":             true,
		"Pell Okafor":            true,  // opens a sentence of him
		"Richard Okoro":          true,  // a known given name after a role, which leaves the name
		"Lundgate Coastal Rower": false, // a comma alone: a post, not a list
		"Oskel Varga":            true,  // a person's noun after the name
		"Tarun Velk":             true,  // "who"
		"Lundgate Cartel":        false, // a body's noun
		"Big Polluters":          false, // "who have": many
		"Eiko Ishioka":           true,  // a person's noun before the name
		"Vasco Ilari":            true,
		"Lundgate Rovers":        false, // "former" qualifies a title
		"Oyelu Tarne":            true,  // a champion's
		"Brannoc Velde":          true,  // a friend's
		"Kunle Dasaro":           true,  // a post opening the sentence, set off by commas
		"Tarrow Keld":            true,  // among the examples of people
		"Zorvan Vask":            true,
		"Orvek Vell":             true, // a player's position before the name
		"Marro Tide":             true,
		"Tarro Quill":            true, // the subject after an opening phrase, of whom "him" speaks
		"Zorla Vent":             true, // only people attend
	} {
		if got := types[name] == model.Person; got != want {
			t.Errorf("%s is %q, want a person: %v (all: %v)", name, types[name], want, types)
		}
	}
}

func TestQuotesAndAttribution(t *testing.T) {
	items := story(
		`a: Mayor Ruth Alder spoke. "We have never seen water this high," Alder said.`,
		`b: "We have never seen water this high in our lives," Mayor Ruth Alder said.`,
		`c: Police chief Aldo Brenner spoke. "We have never seen water this high," Brenner said.`,
	)
	ents, canon := Entities(items)
	_ = ents
	quotes := Quotes(items, canon)
	if len(quotes) != 2 || quotes[0].Speaker != "Ruth Alder" || strings.Join(quotes[0].Articles, ",") != "a,b" {
		t.Fatalf("quotes = %+v", quotes)
	}
	var dispute *model.Finding
	fs := Findings(items, quotes)
	Attribute(fs, items, canon)
	for _, f := range fs {
		if f.Kind == "speaker" {
			dispute = &f
		}
	}
	if dispute == nil || dispute.Status != model.Disputed || len(dispute.Values) != 2 || dispute.Values[1].Value != "Aldo Brenner" {
		t.Fatalf("attribution dispute = %+v", dispute)
	}
	// Who said it is what is disputed: the finding rests on the outlets.
	if len(dispute.AttributedTo) != 0 || dispute.IndependentSources != 3 {
		t.Errorf("dispute rests on %v, %d sources", dispute.AttributedTo, dispute.IndependentSources)
	}
}

func TestNoAttributionDisputeWithoutNames(t *testing.T) {
	items := story(
		`a: "The target was hit at a distance of 3,540 metres by our team," the forces said in a statement.`,
		`b: "The target was hit at a distance of 3,540 metres by our team," said Colonel Ruth Alder.`,
	)
	_, canon := Entities(items)
	for _, f := range Findings(items, Quotes(items, canon)) {
		if f.Kind == "speaker" {
			t.Errorf("dispute between a name and a common noun: %+v", f)
		}
	}
}

func TestNoAttributionDisputeBetweenNamesOfOnePerson(t *testing.T) {
	quotes := []model.Quote{
		{Speaker: "Donald Trump", Text: "We are going to rebuild the bureau from the ground up", Articles: []string{"a"}},
		{Speaker: "Trump", Text: "We are going to rebuild the bureau from the ground up", Articles: []string{"b"}},
		{Speaker: "Texas lawmaker", Text: "We are going to rebuild the bureau from the ground up", Articles: []string{"c"}},
	}
	items := []Item{{ID: "a", Origin: "a"}, {ID: "b", Origin: "b"}, {ID: "c", Origin: "c"}}
	if fs := attributions(items, quotes); len(fs) != 0 {
		t.Errorf("disputes = %+v", fs)
	}
}

func TestNoAttributionDisputeOverATitle(t *testing.T) {
	quotes := []model.Quote{
		{Speaker: "Ruth Alder", Text: "The harbour's origins are lost in the mist of its history", Articles: []string{"a"}},
		{Speaker: "Tom Berg", Text: "History of the Harbour", Articles: []string{"b"}},
	}
	items := []Item{{ID: "a", Origin: "a"}, {ID: "b", Origin: "b"}}
	if fs := attributions(items, quotes); len(fs) != 0 {
		t.Errorf("disputes = %+v", fs)
	}
}

func TestSameWording(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"You took the savings of people who trusted you", "You took the savings of people who trusted you", true},
		{"You took the savings of people", "He said: You took the savings of people who trusted you, all of them", true},
		{"You took the savings of many people", "You took the savings of people who trusted you", true}, // a word more
		{"It sounded like fireworks", "We heard guns. We thought it was fireworks", false},              // the same few words
		{"We are all in shock", "You could tell how shocked the players were", false},                   // a shared stem
		{"on all of humanity", "an attack on peace for all humanity", false},                            // too few words to tell
		{"the savings of people who trusted you", "who trusted you with the savings of people", false},  // out of order
		{"We will rebuild the bridge", "We will rebuild the bridge by the spring of next year", true},
	}
	for _, tt := range tests {
		if got := sameWording(tt.a, tt.b); got != tt.want {
			t.Errorf("sameWording(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNoAttributionDisputeOverCommonWords(t *testing.T) {
	items := story(
		`a: Ruth Alder was at the concert. "It sounded like fireworks," Alder said.`,
		`b: Tom Berg lives nearby. "We heard the sound of bursts. It was endless. We thought it was fireworks," Tom Berg said.`,
	)
	_, canon := Entities(items)
	for _, f := range Findings(items, Quotes(items, canon)) {
		if f.Kind == "speaker" {
			t.Errorf("dispute over words two witnesses both used: %+v", f)
		}
	}
}

func TestNoAttributionDisputeWithinOneArticle(t *testing.T) {
	items := story("a: \"We will rebuild the bridge by the spring of next year,\" Ruth Alder said.\n\"We will rebuild the bridge by the spring of next year,\" said Tom Berg.")
	_, canon := Entities(items)
	for _, f := range Findings(items, Quotes(items, canon)) {
		if f.Kind == "speaker" {
			t.Errorf("dispute within one article: %+v", f)
		}
	}
}

func TestQuotesOfOneArticleStayApart(t *testing.T) {
	items := story(`a: Ruth Alder spoke. "I love doing this work and I never stop," Alder said. "I loved doing that," she said.`)
	_, canon := Entities(items)
	if quotes := Quotes(items, canon); len(quotes) != 2 {
		t.Errorf("quotes = %+v, want two", quotes)
	}
}

// Words alike with another figure, or denied, are two outlets' accounts,
// not one quote each carries: neither is credited with the other's words.
func TestQuotesApart(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // each quote's articles
	}{
		{"a figure", []string{
			`a: "Twelve people died when the river flooded the town," Mayor Ruth Alder said.`,
			`b: "Fourteen people died when the river flooded the town," Mayor Ruth Alder said.`,
			`c: "12 people died when the river flooded the town on Sunday," Mayor Ruth Alder said.`},
			[]string{"a,c", "b"}},
		{"a denial", []string{
			`a: "We will not raise taxes on working families next year," Mayor Ruth Alder said.`,
			`b: "We will raise taxes on working families next year," Mayor Ruth Alder said.`,
			`c: "We will not raise taxes on working families," Mayor Ruth Alder said.`,
			`d: "We will never raise taxes on working families," Mayor Ruth Alder said.`},
			[]string{"a,c,d", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := story(tt.lines...)
			_, canon := Entities(items)
			var got []string
			for _, q := range Quotes(items, canon) {
				got = append(got, strings.Join(q.Articles, ","))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("quotes' articles = %q, want %q", got, tt.want)
			}
		})
	}
}

// Alike sentences of which one denies what the other says corroborate
// nothing.
func TestFiguresInDigits(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"It carried 1,200 people in 2019, not 1200", []string{"1200", "2019"}},
		{"The Galaxy S5 has 4G", nil},
		{"The score was 42", []string{"42"}},
		{"by 20-fold, or 14 to 1,", []string{"1", "14", "20"}},
	} {
		got := slices.Sorted(maps.Keys(figures(tt.s)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("figures(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestStatementsDenied(t *testing.T) {
	items := story(
		`a: The harbour council voted to close the Mill Street ferry terminal, after a long debate over its cost.`,
		`b: The harbour council will not close the Mill Street ferry terminal, councillors decided after a debate over its cost.`,
		`c: The harbour council voted not to close the Mill Street ferry terminal, after a long debate.`)
	var got []string
	for _, f := range Findings(items, nil) {
		if f.Kind == "" && f.Status == model.Corroborated {
			got = append(got, strings.Join(f.Articles, ","))
		}
	}
	if want := []string{"b,c"}; !slices.Equal(got, want) {
		t.Errorf("statements corroborated by %q, want %q", got, want)
	}
}

func TestDenied(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"We will not raise taxes", "We will raise taxes", false},
		{"We are not going to raise taxes", "We are going to raise taxes", false},
		{"I didn't say that", "I said that", false},
		// A noun's negation is not read: most alike sentences that negate
		// a noun ("none of the 132 passengers") disagree on nothing.
		{"There are no plans to close the plant", "There are plans to close the plant", true},
		// A part of a quote that leaves its denial out is the same quote.
		{"We will not raise taxes, and we will cut spending on roads", "we will cut spending on roads", true},
		{"We won't raise taxes", "We will never raise taxes", true},
	} {
		if got := keyOf(tt.a).same(keyOf(tt.b)); got != tt.same {
			t.Errorf("same(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestFigures(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"Twelve people died", "12 people died", true},
		{"Twelve people died", "Fourteen people died", false},
		{"More than 3,000 were evacuated and 12 died", "12 died", true},
		{"twenty-five homes", "25 homes", true},
		{"one of the worst floods", "the worst flood in half a century", true}, // no figures
		{"3 million people", "three million people", true},
		{"3 million people", "4 million people", false},
	} {
		if got := sameFigures(text.Figures(tt.a), text.Figures(tt.b)); got != tt.same {
			t.Errorf("sameFigures(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestEvolvingValues(t *testing.T) {
	day := func(d int) *time.Time {
		t := time.Date(2026, 4, d, 9, 0, 0, 0, time.UTC)
		return &t
	}
	tests := []struct {
		name   string
		dates  []*time.Time
		status string
	}{
		{"a toll rising as reports come in", []*time.Time{day(6), day(6), day(7)}, model.Evolving},
		{"undated reports disagree", []*time.Time{nil, nil, nil}, model.Disputed},
		{"a higher toll reported first disagrees", []*time.Time{day(7), day(7), day(6)}, model.Disputed},
	}
	lines := []string{
		"a: The flood killed 12 people, officials said.",
		"b: The flood killed 12 people in the lower town.",
		"c: The flood killed 14 people, police said.",
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := story(lines...)
			for i := range items {
				items[i].Published = tt.dates[i]
			}
			var got []string
			for _, f := range Findings(items, nil) {
				if f.Subject == "toll" {
					got = append(got, f.Status)
					if f.Status == model.Evolving && (f.Values[0].Since == nil || f.Values[1].Value != "14 dead") {
						t.Errorf("evolving values = %+v", f.Values)
					}
				}
			}
			if len(got) != 1 || got[0] != tt.status {
				t.Errorf("toll findings = %v, want one %s", got, tt.status)
			}
		})
	}
}

func TestContested(t *testing.T) {
	fs := Findings(story(
		"a: The talks lasted five hours.",
		"b: It was a five-hour meeting.",
		"c: The meeting lasted three hours.",
		"d: The river flooded on Sunday.",
		"e: The river flooded on Monday.",
	), nil)
	got := Contested(fs)
	want := map[string]bool{"The meeting lasted three hours.": true, "The river flooded on Sunday.": true, "The river flooded on Monday.": true}
	if len(got) != len(want) {
		t.Fatalf("contested = %v, want %v", got, want)
	}
	for s := range want {
		if !got[s] {
			t.Errorf("%q not contested (got %v)", s, got)
		}
	}
}

func TestUncite(t *testing.T) {
	fs := Findings(story(
		"a: Twelve people died in the flood on Sunday.",
		"b: Twelve people died in the flood, officials said.",
		"c: Fourteen people died in the flood on Sunday.",
	), nil)
	cited := Uncite([]model.Cited{{Text: "Twelve people died in the flood on Sunday.", Articles: []string{"a", "b", "c"}}}, fs)
	if got := strings.Join(cited[0].Articles, ","); got != "a,b" {
		t.Errorf("citations = %s, want a,b", got)
	}
}

func TestWhat(t *testing.T) {
	tests := []struct {
		sentence string
		want     string
	}{
		{"The talks lasted five hours.", "length of the meeting"},
		{"It was a three-month period of calm.", "length of the period"},
		{"She returned from a two-week Asia trip.", "length of the Asia trip"}, // not "of the asia"
		{"The city got a 48-hour heads-up.", "length"},                         // not "of the heads"
		// A compound is named whole, past an adverb, a verb or a name after it.
		{"The punishment is a 90-day license suspension.", "length of the license suspension"},
		{"The nearest village is a two-hour hike away.", "length of the hike"},
		{"Her two-week maternity leaves sparked a debate.", "length of the maternity leaves"},
		{"It was wider than the 30-mile band Japan has ordered.", "distance of the band"},
		{"The 18-meter submarine sank.", "distance of the submarine"},
		{"He reached the 2,750-metre peak alongside hundreds of pilots.", "height of the peak"},
		{"Costs rose, with 10-year bonds reaching a high.", "length of the bonds"},
		{"They were aboard for a three-day Caribbean cruise last month.", "length of the Caribbean cruise"},
		{"She is a 20-year police veteran.", "length of service"},
		{"It has a 10-hour battery life.", "battery life"},
		// A unit in the singular after a plural figure qualifies a noun.
		{"May blocked it after a 10 year battle.", "length of the battle"},
		{"The strike lasted 48 hours.", "length of the strike"},
		{"Twelve people died in the flood.", "death toll"},
		{"Besides the six dead, 19 people were wounded.", "number of people injured"},
		{"The blast left five wounded.", "number of wounded"},
		{"The defect has been linked to 130 injuries.", "number of injuries"}, // not "… injuries injured"
		{"The airline cancelled 3,198 flights.", "number of flights"},         // not "… in the flight"
		{"The plane's flight lasted two hours.", "length of the flight"},
		{"The two sides held three rounds of talks.", "number of rounds"},
		{"The court held two hearings.", "number of hearings"}, // not "… in the hearing"
		{"Another 28 people remain missing.", "number of people missing"},
		{"Some 500 missing were found.", "number of missing"},
		{"The fire spread over 5,000 acres.", "area of the fire"},
		{"Ships searched 23,000 square miles.", "area"},
		{"He paid the agent $80,000.", "amount of the payment"}, // not "of the deal": none is named
		{"The firms signed a deal worth $600 million.", "amount of the deal"},
		{"She was fined $250,000.", "amount of the fine"},
		{"He was sued over a $9 million bribe.", "amount of the bribe"},
		{"The twins said their $39,000 backpack sold out.", "price of the backpack"},
		{"Officials questioned a new $23 million road.", "cost of the road"},
		{"Tariffs were put on Chinese goods worth $34 billion.", "value of the goods"},
		{"The evacuation flight cost $150,000.", "cost of the flight"},
		{"In the document, Ann Lee says Tom Berg received $500,000 from a firm.", "payment"}, // a document is no plan of that sum
		{"The budget plan aims to cut spending by $87 billion.", "amount of the plan"},
		{"The fund bought a $100 million stake in the port.", "value of the stake"},
		{"The vote will shape Britain's $2.8 trillion economy.", "size of the economy"},
		{"The 70-foot fir is the city's pride.", "height of the fir"},
		{"It was the third meeting of the two leaders.", "which meeting"},
	}
	for _, tt := range tests {
		a := analyze.Article([]string{tt.sentence})
		if len(a.Quantities) != 1 {
			t.Fatalf("%q: quantities %+v", tt.sentence, a.Quantities)
		}
		if got := what(a.Quantities[0]); got != tt.want {
			t.Errorf("what(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// A finding names what its values are of as a reader would, not by the
// stem values are matched by.
func TestSubjectAsWritten(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"a: Delegates from 22 countries attended.", "b: Delegates from 105 countries attended."}, "countries"},
		{[]string{"a: Her two-week maternity leave began.", "b: Her three-week maternity leave began."}, "maternity leave"},
		{[]string{"a: The talks lasted five hours.", "b: The talks lasted three hours."}, "meeting"},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range Findings(story(tt.lines...), nil) {
			got = append(got, f.Subject)
		}
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("%q: subjects %q, want %q", tt.lines, got, tt.want)
		}
	}
}

func TestEntitiesOneTypePerName(t *testing.T) {
	ent := func(name, typ string) analyze.Entity {
		return analyze.Entity{Name: name, Type: typ, Key: strings.ToLower(name), Forms: []string{name}}
	}
	tests := []struct {
		name  string
		types []string // each article's type for the name
		want  string
	}{
		{"most articles give none", []string{model.Other, model.Place, model.Other}, model.Other},
		{"a type wins a tie", []string{model.Other, model.Place}, model.Place},
		{"the type most articles give", []string{model.Organization, model.Place, model.Place}, model.Place},
		{"none given", []string{model.Other, model.Other}, model.Other},
	}
	for _, tt := range tests {
		var items []Item
		for i, typ := range tt.types {
			id := string(rune('a' + i))
			items = append(items, Item{ID: id, Origin: id, Analysis: analyze.Analysis{Entities: []analyze.Entity{ent("Tervola", typ)}}})
		}
		ents, canon := Entities(items)
		if len(ents) != 1 || ents[0].Type != tt.want || len(ents[0].Articles) != len(tt.types) {
			t.Errorf("%s: entities = %+v, want one %s in every article", tt.name, ents, tt.want)
		}
		if canon["a"]["Tervola"] != "Tervola" {
			t.Errorf("%s: canon = %v", tt.name, canon)
		}
	}
}

func TestEntitiesLoneNames(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  map[string]string // entity name: its articles
	}{
		{"a compound surname alone", []string{
			"a: Lawyer Emma Coronel Aispuro opened the harbour in Lundgate on Monday.",
			`b: "It is a fine harbour," Coronel Aispuro said in Essen.`,
			"c: Lawyer Bob Van Camp said the fee was too high.",
			`d: "The fee is too high," Van Camp said in Essen.`,
			"e: Mayor Mary John Smith said the council would meet.",
			`f: "The council will meet," John Smith said in Essen.`,
		}, map[string]string{"Emma Coronel Aispuro": "a,b", "Bob Van Camp": "c,d", "Mary John Smith": "e", "John Smith": "f"}},
		{"a family name first, of one full name only", []string{
			"a: President Tsai Ing-wen spoke to reporters in Taipei on Monday.",
			`b: "We will not yield," President Tsai said in Taipei.`,
			"c: Leader Kim Jong-un and his sister Kim Yo-jong met in Seoul.",
			`d: "We agreed," Minister Kim said in Seoul.`,
		}, map[string]string{"Tsai Ing-wen": "a,b", "Kim Jong-un": "c", "Kim Yo-jong": "c"}},
		{"a river without its feature word", []string{
			"a: Leaders met in Lundgate to share the Essen River on Monday.",
			"b: Farmers on both banks of the Essen blamed each other, and the Essen ran low.",
			"c: Boats on the Essen ran aground, officials said.",
		}, map[string]string{"Essen River": "a,b,c", "Essen": ""}},
	}
	for _, tt := range tests {
		ents, _ := Entities(story(tt.lines...))
		got := map[string]string{}
		for _, e := range ents {
			got[e.Name] = strings.Join(e.Articles, ",")
		}
		for name, want := range tt.want {
			if got[name] != want {
				t.Errorf("%s: %s in %q, want %q (entities %v)", tt.name, name, got[name], want, got)
			}
		}
	}
}

func TestEntitiesWithoutTheArticle(t *testing.T) {
	org := func(id, name string) Item {
		e := analyze.Entity{Name: name, Type: model.Organization, Key: analyze.Key(name), Forms: []string{name}}
		return Item{ID: id, Origin: id, Analysis: analyze.Analysis{Entities: []analyze.Entity{e}}}
	}
	ents, _ := Entities([]Item{org("a", "The Coast Guard"), org("b", "Coast Guard"), org("c", "Coast Guard")})
	if len(ents) != 1 || ents[0].Name != "Coast Guard" || strings.Join(ents[0].Articles, ",") != "a,b,c" {
		t.Errorf("entities = %+v, want the Coast Guard once: a sentence's 'The' makes no other body", ents)
	}
}

func TestEntitiesLoneSurname(t *testing.T) {
	items := story(
		"a: Prime Minister Anneke Sorel opened the harbour in Lundgate.",
		"b: Critics in Essen said Sorel had spent too much on it.",
		"c: Doctors in Essen said West African Ebola cases were falling.",
		"d: The clinic in Lundgate said Ebola had not reached the town.",
	)
	ents, _ := Entities(items)
	for _, e := range ents {
		switch e.Name {
		case "Anneke Sorel":
			if strings.Join(e.Articles, ",") != "a,b" {
				t.Errorf("Sorel in %v, want a,b", e.Articles)
			}
		case "West African Ebola":
			if slices.Contains(e.Articles, "d") {
				t.Errorf("a lone word joined a name no one is given a title by: %+v", e)
			}
		}
	}
}

func TestSpeakersByGivenNameAlone(t *testing.T) {
	items := story(
		`a: The Kestrel pier opened on Monday. "It took ten years," Ruth said.`,
		`b: "It took ten years to build," Mayor Ruth Alder said on Monday at the Kestrel pier.`,
		`c: Tom Berg and Tom Lund sailed in. "The pier is too short," Tom said.`,
		`d: "It is too short," said Tom Lund at the Kestrel pier.`,
	)
	_, canon := Entities(items)
	if got := canonical("Ruth", canon["a"]); got != "Ruth Alder" {
		t.Errorf(`"Ruth" in a is %q, want the one Ruth the story names`, got)
	}
	if got := canonical("Tom", canon["c"]); got != "Tom" {
		t.Errorf(`"Tom" in c is %q, but the story names two Toms`, got)
	}
}

func TestQuotedWordIsAPerson(t *testing.T) {
	items := story(
		`a: President Anneke Sorel opened the harbour. "It is ready," Sorel said.`,
		`b: Crowds gathered in Sorel. "It is ready," Sorel said.`,
	)
	_, canon := Entities(items)
	if got := canonical("Sorel", canon["b"]); got != "Anneke Sorel" {
		t.Errorf(`"Sorel" in b speaks as %q, want Anneke Sorel`, got)
	}
}

func TestTitledNameIsThePerson(t *testing.T) {
	items := story(
		`a: "The pier is too short," Rapper Kestrel Moss said on Monday in Essen.`,
		`b: "The pier is far too short," Kestrel Moss told the Essen Post.`,
	)
	ents, _ := Entities(items)
	for _, e := range ents {
		if strings.HasSuffix(e.Name, "Moss") && (e.Name != "Kestrel Moss" || len(e.Articles) != 2) {
			t.Errorf("entity %+v, want Kestrel Moss in both articles", e)
		}
	}
}

func TestDescribedSpeakerNamedElsewhere(t *testing.T) {
	items := story(
		`a: "The harbour's workers come first and the pier will reopen in the spring," Tom Berg, a spokesman for Ruth Alder, said.`,
		`b: "The harbour's workers come first, and the pier will reopen in the spring," Ruth Alder's spokesman said on Monday.`,
		`c: "The harbour's workers come first and the pier will reopen in the spring," a source said.`,
	)
	_, canon := Entities(items)
	if got := canonical("Ruth Alder's spokesman", canon["b"]); got != "Tom Berg" {
		t.Errorf("the spokesman in b is %q, want Tom Berg, who says the same words in a", got)
	}
	if got := canonical("source", canon["c"]); got != "source" {
		t.Errorf("an unnamed source became %q", got)
	}
}

func TestAlikeToCentre(t *testing.T) {
	// a ~ b ~ c ~ d, each alike only to its neighbours: a chain, whose far
	// ends say different things.
	vecs := []text.Vector{
		{"harbour": 1, "council": 1, "pier": 1},
		{"harbour": 1, "council": 1, "pier": 1, "mayor": 1},
		{"council": 1, "pier": 1, "mayor": 1, "vote": 1},
		{"mayor": 1, "vote": 1, "strike": 1, "workers": 1},
	}
	for _, v := range vecs {
		text.Unit(v)
	}
	got := alikeToCentre([]int{0, 1, 2, 3}, vecs)
	if slices.Contains(got, 0) && slices.Contains(got, 3) {
		t.Errorf("kept %v: both ends of a chain", got)
	}
	if len(got) < 2 {
		t.Errorf("kept %v: the centre's neighbours go too", got)
	}
}

// A value's name is its subject, for the brief to say, only where it says
// alone what the value is.
func TestNamedSubjects(t *testing.T) {
	tests := []struct{ kind, line, want string }{
		{analyze.Percent, "a: Corvid shares rose 6 percent on the news.", "rise in Corvid shares"},
		{analyze.Money, "a: Brent crude fell 27 cents to $60.37 a barrel.", "Brent crude"},
		{analyze.Money, "a: The set retails for $89.99 this week.", ""},
		{analyze.Percent, "a: About 27 percent of the men were freed.", ""},
	}
	for _, tt := range tests {
		got := "none"
		for _, f := range Findings(story(tt.line), nil) {
			if f.Kind == tt.kind {
				got = f.Subject
			}
		}
		if got != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestOneOutletIsOneSource(t *testing.T) {
	lines := []string{
		"a: The harbour talks in Lundgate lasted five hours on Tuesday.",
		"b: The harbour talks in Lundgate lasted five hours on Tuesday evening.",
		"c: After five hours, the harbour talks in Lundgate ended on Tuesday.",
	}
	tests := []struct {
		name    string
		outlets []string // of a, b and c
		want    string   // status of the length of the talks
		sources int
	}{
		{"one outlet twice", []string{"Harbour Post", "harbour post"}, model.SingleSource, 1},
		{"two outlets", []string{"Harbour Post", "Lundgate Ledger"}, model.Corroborated, 2},
		{"one outlet twice and an article of no known outlet", []string{"Harbour Post", "Harbour Post", ""}, model.Corroborated, 2},
	}
	for _, tt := range tests {
		items := story(lines[:len(tt.outlets)]...)
		for i, o := range tt.outlets {
			items[i].Outlet = o
		}
		fs := Findings(items, nil)
		Attribute(fs, items, nil)
		found := false
		for _, f := range fs {
			if f.Kind == analyze.Duration {
				found = true
				if f.Status != tt.want || f.IndependentSources != tt.sources || f.Reports != len(tt.outlets) {
					t.Errorf("%s: %s %q, %d sources, %d reports; want %s, %d sources, %d reports", tt.name, f.Status, f.Text, f.IndependentSources, f.Reports, tt.want, tt.sources, len(tt.outlets))
				}
			}
			if f.Kind == "" && tt.want == model.SingleSource {
				t.Errorf("%s: statement %q corroborated by one outlet", tt.name, f.Text)
			}
		}
		if !found {
			t.Errorf("%s: no finding on the length of the talks in %q", tt.name, summary(fs, analyze.Duration))
		}
	}
}

// Claims compared once for all their like (copies, a wire sentence several
// reports carry) are parted by what they measure as comparing every pair
// parts them.
func TestSameClaimsComparedOnce(t *testing.T) {
	a := "Rescuers searched the flooded valley for 120 minutes on Tuesday. The reservoir holds 40 million cubic metres."
	c := "Rescuers searched the flooded valley for 2 hours. About 500 farmers marched to the capital."
	g := "The search of the valley took three hours, officials said. Some 600 farmers marched."
	for _, items := range [][]Item{
		story("a: "+a, "b<a: "+a, "c: "+c, "d<c: "+c,
			"e: Rescuers searched the flooded valley for 120 minutes on Tuesday. About 500 farmers marched to the capital on Tuesday.",
			"f: The search of the valley took two hours, officials said. The reservoir holds 40 million cubic metres.",
			"g: "+g, "h<g: "+g),
		// A near copy's sentence is alike its original's only by its words,
		// another report's by its figure too.
		story("p: The council's lawyers argued for 120 minutes before the judge.",
			"q<p: Volunteers combed the wet hills for 120 minutes.",
			"r: Volunteers combed the wet hills for 120 minutes."),
	} {
		parts := func() (out [][][]int) { // by slot, the claims' items by part
			slots := map[string][]claim{}
			for i, it := range items {
				for _, q := range it.Analysis.Quantities {
					slots[slotKey(q)] = append(slots[slotKey(q)], claim{i, q, q.Subject})
				}
			}
			for _, k := range slices.Sorted(maps.Keys(slots)) {
				var slot [][]int
				for _, part := range bySubject(items, slots[k]) {
					var ids []int
					for _, c := range part {
						ids = append(ids, c.item)
					}
					slot = append(slot, ids)
				}
				out = append(out, slot)
			}
			return out
		}
		once := parts()
		n := maxKinds
		maxKinds = 0
		every := parts()
		maxKinds = n
		if !reflect.DeepEqual(once, every) {
			t.Errorf("claims compared once are parted %v, every pair compared %v", once, every)
		}
	}
}

// joinAlike parts claims as comparing every pair does, for any classes and
// any answers between them, one order or the other.
func TestJoinAlike(t *testing.T) {
	rng := rand.New(rand.NewPCG(39, 1))
	for range 20000 {
		n, nk, no := 1+rng.IntN(16), 1+rng.IntN(5), 1+rng.IntN(8)
		kind, origin := make([]int, n), make([]int, n)
		ids := map[int]int{}
		for i := range kind { // numbered as they first come, as sameClaims does
			k := rng.IntN(nk)
			if _, ok := ids[k]; !ok {
				ids[k] = len(ids)
			}
			kind[i], origin[i] = ids[k], rng.IntN(no)
		}
		open := make([]bool, len(ids))
		for k := range open {
			open[k] = rng.IntN(3) > 0
		}
		// An answer for each pair of kinds in order, and whether their
		// origins differ. Kinds neither of which is open are never alike,
		// but for claims of one kind and origin.
		answer := make([]bool, 2*nk*nk)
		for k := range answer {
			a, b, differ := k/2/nk, k/2%nk, k%2 == 1
			answer[k] = rng.IntN(3) == 0 && (a < len(open) && open[a] || b < len(open) && open[b] || a == b && !differ)
		}
		alike := func(i, j int) bool {
			k := 2 * (kind[i]*nk + kind[j])
			if origin[i] != origin[j] {
				k++
			}
			return answer[k]
		}
		parts := func(join func(u union)) []int {
			u := newUnion(n)
			join(u)
			first := map[int]int{}
			out := make([]int, n) // each claim's part, named by its first claim
			for i := range out {
				if _, ok := first[u.find(i)]; !ok {
					first[u.find(i)] = i
				}
				out[i] = first[u.find(i)]
			}
			return out
		}
		got := parts(func(u union) { joinAlike(kind, origin, open, alike, u) })
		want := parts(func(u union) {
			for i := range n {
				for j := i + 1; j < n; j++ {
					if alike(i, j) {
						u.join(i, j)
					}
				}
			}
		})
		if !slices.Equal(got, want) {
			t.Fatalf("kinds %v, origins %v, open %v, answers %v: parts %v, every pair compared %v", kind, origin, open, answer, got, want)
		}
	}
}

// agreeByKey marks the claims that comparing every pair does.
func TestAgreeByKey(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 1))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	for range 20000 {
		n := 1 + rng.IntN(12)
		items := make([]Item, n)
		g := &group{}
		for i := range n {
			items[i] = Item{ID: strconv.Itoa(i), Origin: pick("a", "b", "c", "d")}
			q := analyze.Quantity{Kind: pick(analyze.Count, analyze.Weekday, analyze.Duration), Unit: pick("hours", "people"),
				Qualifier: pick("", "about"), Base: float64(rng.IntN(3)), From: float64(rng.IntN(2))}
			g.claims = append(g.claims, claim{item: i, q: q, own: pick("", "hour", "people", "talks", "vote")})
		}
		want := make([]bool, n)
		for i, a := range g.claims {
			for j := i + 1; j < n; j++ {
				if b := g.claims[j]; twoReports(items, a, b) && (saysOf(a) && a.own == b.own || sameFigure(a, b)) {
					want[i], want[j] = true, true
				}
			}
		}
		if got := agreeByKey(items, g); !slices.Equal(got, want) {
			t.Fatalf("claims %+v: marked %v, every pair %v", g.claims, got, want)
		}
	}
}

func TestBestName(t *testing.T) {
	tests := []struct {
		forms map[string]int
		want  string
	}{
		{map[string]int{"Yury Ushakov": 1, "Yuri Ushakov": 2}, "Yuri Ushakov"},
		{map[string]int{"Ushakov": 3, "Yury Ushakov": 1}, "Yury Ushakov"},
		{map[string]int{"Rapper Vanilla Ice": 1, "Vanilla Ice": 1}, "Vanilla Ice"},
		// As often, as full: the hyphen is kept.
		{map[string]int{"Judy Shalom Nir Mozes": 1, "Judy Shalom Nir-Mozes": 1}, "Judy Shalom Nir-Mozes"},
		{map[string]int{"Judy Shalom Nir Mozes": 2, "Judy Shalom Nir-Mozes": 1}, "Judy Shalom Nir Mozes"},
		// A fuller form only one report gives yields to one several give.
		{map[string]int{"Ann Mira Kell Lee": 1, "Ann Lee": 3, "Lee": 4}, "Ann Lee"},
		{map[string]int{"Tom B. Berg": 1, "Tom Berg": 1}, "Tom B. Berg"},
		{map[string]int{"Tom B. Berg": 2, "Tom Berg": 3}, "Tom B. Berg"},
		{map[string]int{"Tom B. Berg": 1, "Tom Berg": 2, "Mayor Tom Berg": 3}, "Tom Berg"},
	}
	for _, tt := range tests {
		if got := bestName(tt.forms); got != tt.want {
			t.Errorf("bestName(%v) = %q, want %q", tt.forms, got, tt.want)
		}
	}
}
