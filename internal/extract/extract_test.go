package extract

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"comment prompt", "The vote passed.\nAdd Comment", []string{"The vote passed."}},
		{"a sentence the page broke over two lines", "Watch the first trailer for Harbour Lights, coming to\n\ncinemas on May 18.\n\nThe film opens in\n\nLundgate holds the premiere.",
			[]string{"Watch the first trailer for Harbour Lights, coming to cinemas on May 18.", "The film opens in", "Lundgate holds the premiere."}},
		{"a sentence broken at a comma and at no mark", "The photos, which were released online,\n\nshow the mayor at the new pier.\n\nShe carried a bag in the colours of the Lundgate\n\nflag.",
			[]string{"The photos, which were released online, show the mayor at the new pier.", "She carried a bag in the colours of the Lundgate flag."}},
		{"a heading before a brand in lower case", "How the harbour market changed this year\n\neBay said sales rose.\n\nHarbour news\n\nsome text follows here.",
			[]string{"How the harbour market changed this year", "eBay said sales rose.", "Harbour news", "some text follows here."}},
		{"comments footer", "The vote passed.\nComments\nPost a Comment\nShare this article", []string{"The vote passed."}},
		{"image markup and pipe", "![]() |\nThe vote passed.", []string{"The vote passed."}},
		{"caption with bracketed credit", "The mayor, left, greets guests. [Photo: Ann Lee/Reuters] |\nThe vote passed.", []string{"The vote passed."}},
		{"credit label line", "Photo: Ann Lee / Getty Images\nThe vote passed.", []string{"The vote passed."}},
		{"an image copyright line", "Image copyright Getty Images Image caption Crowds gather outside the hall\nThe vote passed.", []string{"The vote passed."}},
		{"newsletter widgets", "The vote passed.\nNewsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. Thank you for subscribing.\nBreaking News Emails Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.", []string{"The vote passed."}},
		{"a digital access offer", "Digital Access For Only $0.99 For the most comprehensive local coverage, subscribe today.\nThe vote passed.", []string{"The vote passed."}},
		{"a pitch opening a long line", "Breaking News Emails Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings. The town council approved the harbour plan on Tuesday after a debate that lasted most of the evening. Opponents said the plan would cost far more than the council had admitted to voters in the spring.",
			[]string{"The town council approved the harbour plan on Tuesday after a debate that lasted most of the evening. Opponents said the plan would cost far more than the council had admitted to voters in the spring."}},
		{"a channel's greeting and a site's offers", "Get breaking news alerts on your mobile device direct from the Harbour 9 news desk.\nText 46373 To 'NEWS' To Get Breaking News Alerts From Harbour 9\nWelcome to the official YouTube channel of Harbour 9 News. Subscribe to our channel for breaking news.\nInterested in Ann Lee? Add Ann Lee as an interest to stay up to date on the latest Ann Lee news, video, and analysis from Harbour News. Add Interest\nThe vote passed.\nInterested in the harbour? The council will hold an open day.",
			[]string{"The vote passed.", "Interested in the harbour? The council will hold an open day."}},
		{"an embedded clip's title", "The vote passed.\nHarbour Flyover Topview from Ann Lee on Vimeo.\nThe footage was first posted on Vimeo.", []string{"The vote passed.", "The footage was first posted on Vimeo."}},
		{"a page's number", "The vote passed.\n(page 2 of 7) Casillas said the ruling would stand.", []string{"The vote passed.", "Casillas said the ruling would stand."}},
		{"a gallery's slide", "The vote passed.\nCaption The harbour at dawn. May 4, 2016 Boats leave Lundgate. Jo Lee/The Lundgate Post Buy Photo Wait 1 second to continue.\nThe council met again.", []string{"The vote passed.", "The council met again."}},
		{"a video player", "The vote passed.\nJUST WATCHED Council votes Replay More Videos ... MUST WATCH Council votes 02:13\nCLOSE The council voted on the harbour plan.", []string{"The vote passed.", "The council voted on the harbour plan."}},
		{"a reporter's contact line", "The vote passed.\nStaff Writer Ann Lee can be reached at 555-0100 or alee@example.com.", []string{"The vote passed."}},
		{"a list's numbers", "1 The harbour is the oldest in the region.\n12. A ferry leaves every hour.\n3 Doors Down played the harbour festival.", []string{"The harbour is the oldest in the region.", "A ferry leaves every hour.", "3 Doors Down played the harbour festival."}},
		{"a footnote's number between sentences", "He called it \u201cthe oldest harbour of all.\u201d 1 The harbour was built in 1820. In 2015. 3 Doors Down played there. It has 12 A-list berths.", []string{"He called it \"the oldest harbour of all.\" The harbour was built in 1820. In 2015. 3 Doors Down played there. It has 12 A-list berths."}},
		{"a paper's design label", "Design, Setting, and Participants Trend analysis of harbour records from 1996 to 2016.", []string{"Trend analysis of harbour records from 1996 to 2016."}},
		{"a highlights label", "Story highlights The council approved the plan\nThe vote passed.", []string{"The council approved the plan", "The vote passed."}},
		{"other labels", "Abstract A previously healthy man sought care in late spring.\nAbstract art drew crowds to the hall.\nAbout this story Ann Lee of the Harbour Post obtained the records.\nConclusions and Relevance The rate was stable.\nResults were mixed.\nSummary Eating slowly helps.\nDiscussion Using these tests, we found it.\nDiscussion of the plan went on.", []string{"A previously healthy man sought care in late spring.", "Abstract art drew crowds to the hall.", "Ann Lee of the Harbour Post obtained the records.", "The rate was stable.", "Results were mixed.", "Eating slowly helps.", "Using these tests, we found it.", "Discussion of the plan went on."}},
		{"update labels", "The vote passed.\nUPDATE 2: The mayor said in a statement that she was pleased.\nSATURDAY UPDATE: The council met again.\nUpdate (3:45 p.m.): The harbour reopened.\nUPDATED: Mayor Ruth Alder, 61, died on Tuesday.\nUpdated: Nov 2, 2019 10:45\n[Updated at 5:15 p.m. PDT April 10: The ferry sailed.\n10:45 AM PT: Sources tell the Post the pier shut.\nAt 10:45 the pier shut.", []string{"The vote passed.", "The mayor said in a statement that she was pleased.", "The council met again.", "The harbour reopened.", "Mayor Ruth Alder, 61, died on Tuesday.", "The ferry sailed.", "Sources tell the Post the pier shut.", "At 10:45 the pier shut."}},
		{"agency credit at end", "Crowds gather outside the hall (Getty Images)\nThe vote passed.", []string{"The vote passed."}},
		{"caption cut short before its agency", "Supporters of the mayor cheer outside the site of a debate between the two candidates in Easton,... (Associated Press)\nThe vote passed.", []string{"The vote passed."}},
		{"a photographer's credit after a caption", "Ruth Alder at her home in Essen. (Tom Berg/Harbour Post).\nThe vote passed.\nBoats must keep to eight kilometres an hour in the harbour (km/h).", []string{"The vote passed.", "Boats must keep to eight kilometres an hour in the harbour (km/h)."}},
		{"a widget's label with a full stop", "The vote passed.\nArticle Continued Below.\nThe council met.", []string{"The vote passed.", "The council met."}},
		{"widgets' labels alone on their lines", "Page Content\nThe vote passed.\nStory Continued Below\nPhoto\nText Size -\nEXCLUSIVE\nThe council met.\nYou agree to receive occasional updates and special offers for The Harbour Post's products and services.", []string{"The vote passed.", "The council met."}},
		{"a share link after a sentence", "DNA tests show the twins were switched at birth in 1945. https://lund.tv/2JFK\nSee https://lund.tv for more.", []string{"DNA tests show the twins were switched at birth in 1945.", "See https://lund.tv for more."}},
		{"a gallery's button", "Open this photo in gallery Ruth Alder is seen in this undated handout photo.\nThe vote passed.", []string{"Ruth Alder is seen in this undated handout photo.", "The vote passed."}},
		{"a gallery's captions lose their credits", "The vote passed.\nRuth Alder walks her dog near the harbour, where she has lived since 1990, and says she will vote again next year. ( Tom Berg / Harbour Post ) Councillor Jo Bell, 50, says she is happy with the result of the vote on the harbour plan and with the turnout. ( J.P. LEE / For The Harbour Post )", []string{"The vote passed.", "Ruth Alder walks her dog near the harbour, where she has lived since 1990, and says she will vote again next year. Councillor Jo Bell, 50, says she is happy with the result of the vote on the harbour plan and with the turnout."}},
		{"a caption ending on a chain of credits", "Ruth Alder at the harbour in 2004. Tom Berg / The Harbour-Post / Landov ID: 5874049\nRuth Alder and Jo Bell at the gala Tom Berg/Bell-Lee/FilmMagic\nThe vote passed.\nThe band AC/DC played.", []string{"The vote passed.", "The band AC/DC played."}},
		{"a gallery's captions", "The vote passed.\n3 photos: Photos: The vote The vote – Crowds at the hall. Hide Caption 1 of 3 3 photos: Photos: The vote – The mayor speaks. Hide Caption 2 of 3", []string{"The vote passed."}},
		{"a caption ending on a labelled credit", "Ruth Alder with a specimen of the new rat, found in Essen. Photo: Tom Berg\nThe vote passed.", []string{"The vote passed."}},
		{"a photographer's agency credit", "Ann Lee: harbour expert. (Tom Berg - GETTY IMAGES)\nThe vote passed.", []string{"The vote passed."}},
		{"a photo by an agency after a bar", "Crowds gather outside the hall. | Photo by Reuters Close\nThe vote passed.", []string{"The vote passed."}},
		{"a credit and a list item's heading run into the text", "Getty Images Harbour Non-Believers More people here doubt the harbour plan than back it.\nGetty Images The vote passed.", []string{"More people here doubt the harbour plan than back it.", "The vote passed."}},
		{"a credit run into the text", "Tom Berg/AFP/Getty Images There is no question that the vote passed.", []string{"There is no question that the vote passed."}},
		{"a credit naming the agency short, run into the text and after a caption", "Tom Berg/Getty The harbour board said the vote passed.\nAnn Lee at the harbour in Essen Tom Berg/Getty\nThe vote passed.", []string{"The harbour board said the vote passed.", "The vote passed."}},
		{"a credit through an agency run into the text", "Tom Berg / PA Images via Getty Images Ann Lee at the harbour in Essen.", []string{"Ann Lee at the harbour in Essen."}},
		{"credits with a space before the slash, and alone", "Tom Berg/Harbour Post /Getty Images The vote passed.\nGetty Images Turnout More people voted.", []string{"The vote passed.", "More people voted."}},
		{"a credit after a bar", "The vote passed, he said. | Tom Berg/Getty Images Council backs the plan in a late vote", []string{"The vote passed, he said. Council backs the plan in a late vote"}},
		{"share prices and exchange codes", "Rivals such as Corvid Robotics Inc. CRVD, -1.29% and others grew. Tessellate Labs (TSL.N) and Fennick Corp FNK.PK said so.", []string{"Rivals such as Corvid Robotics Inc. and others grew. Tessellate Labs and Fennick Corp said so."}},
		{"a share's card inside a sentence", "LUNDGATE—Corvid Robotics CRVD.N -2.22% Corvid Robotics Inc. U.S.: NYSE $0.22 -0.01 -2.22% Volume (Delayed 15m) : 32.44M P/E Ratio N/A Market Cap $3.68 Billion 07/26/14 Harbour Deals... More quote details and news » CRVD.N in Your Value Your Change Short position chief executive Ann Lee said the vote passed.", []string{"LUNDGATE — Corvid Robotics chief executive Ann Lee said the vote passed."}},
		{"an exchange's country before the code", "Fennick Corp. US:FNK executives could not be reached. NOTE: The vote passed.", []string{"Fennick Corp. executives could not be reached. NOTE: The vote passed."}},
		{"a reprint's terms and a share form's note", "Dow Jones Reprints: This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution to your colleagues, clients or customers, use the Order Reprints tool at the bottom of any article.\nThe vote passed.\nThank you for your interest in spreading the word about Harbour News.\nNOTE: We only request your email address so that the person you are recommending the page to knows that you wanted them to see it.\nThe author is a Harbour Post contributor. The opinions expressed are those of the writer.\nThe views expressed in this commentary are solely those of the author.\nThe views expressed at the hearing were those of the council.",
			[]string{"The vote passed.", "The views expressed at the hearing were those of the council."}},
		{"people's cards run into the text", "Senate leader Ruth Alder Ruth Mary AlderHarbour bill stalls Ferry fares rise MORE (R-Ore.) said the vote passed. The fight over Mayor Tom Berg Thomas (Tom) BergPier closes in May MORE’s plan goes on.",
			[]string{"Senate leader Ruth Alder (R-Ore.) said the vote passed. The fight over Mayor Tom Berg's plan goes on."}},
		{"people's cards joined to the name", "Rep. Ruth AlderRuth AlderHarbour bill stalls Ferry fares rise MORE (D-Minn.), the office said. Rep. Jo Lee-BellJo Ann Lee-BellPier closes MORE spoke.",
			[]string{"Rep. Ruth Alder (D-Minn.), the office said. Rep. Jo Lee-Bell spoke."}},
		{"staff credits", "The vote passed.\n(Reporting by Ann Lee in Essen; Editing by Tom Berg)\nAssociated Press writers Jo Bell in Lund and Max Alder contributed to this report.\nThe harbour reopened on Monday. (Additional reporting by Jo Bell; Writing by Ann Lee)\nStaff writer Tom Berg contributed reporting.\nThe plan was written by Ann Lee.\nFive firms contributed to the report.",
			[]string{"The vote passed.", "The harbour reopened on Monday.", "The plan was written by Ann Lee.", "Five firms contributed to the report."}},
		{"MORE in prose stays", "The council wants MORE money for the McDonald pier, MORE than it asked for.", []string{"The council wants MORE money for the McDonald pier, MORE than it asked for."}},
		{"a paywall's offer", "The vote passed.\nSupport our journalism Become a subscriber today to support writing like this. Start getting full access for just 99 cents.\nTo read this story in full, you must be a subscriber. Already a subscriber? Log in.", []string{"The vote passed."}},
		{"figures that are no share prices stay", "In the U.S. (and the U.K.) sales rose to 5.5, -2% on the year (U.S), and the S&P 500 fell.", []string{"In the U.S. (and the U.K.) sales rose to 5.5, -2% on the year (U.S), and the S&P 500 fell."}},
		{"the agency as a subject stays", "Getty Images said the vote passed.", []string{"Getty Images said the vote passed."}},
		{"a credit before its caption", "The vote passed.\nThe Canadian Press Mayor Ruth Alder holds a town hall in Essen on Thursday.\nThe Canadian Press reported it.", []string{"The vote passed.", "Mayor Ruth Alder holds a town hall in Essen on Thursday.", "The Canadian Press reported it."}},
		{"a caption and its credit run onto the text", "Ruth Alder and Tom Berg Ann Lee/THE CANADIAN PRESS Ruth Alder, the mayor, has denounced the plan.\nThe vote passed.", []string{"Ruth Alder, the mayor, has denounced the plan.", "The vote passed."}},
		{"a caption ending on the Canadian Press's credit", "The vote passed.\nMayor Ruth Alder waves in Essen. Ann Lee/The Canadian Press.\nMayor Ruth Alder smiles. ANN LEE/AFP/Getty Images)\nIt was close.", []string{"The vote passed.", "It was close."}},
		{"a paper's photographer run onto the text", "Ann Lee for The Essen Globe Police chased him into the park.\nTom Berg for The Times said no.", []string{"Police chased him into the park.", "Tom Berg for The Times said no."}},
		{"an agency's credit line", "Getty Images / TOM BERG / Contributor\nThe vote passed.\nPhoto Gallery", []string{"The vote passed."}},
		{"a player's and a picture's labels", "Media playback is unsupported on your device Media caption Crowds gather outside the hall\nEnlarge this image toggle caption Tom Berg/AP Tom Berg/AP\nThe vote passed.", []string{"The vote passed."}},
		{"a gallery's credit", "Gallery 12 photo Gallery © EPA/TOM BERG Crowds in Lundgate\nThe vote passed.", []string{"The vote passed."}},
		{"a page's position and navigation", "Page 1 of 1\nGo Back\n1 year ago\nThe vote passed.", []string{"The vote passed."}},
		{"an upload date", "Uploaded on Aug 6, 2015\nDate Posted: Dec 12, 2011\nThe vote passed.", []string{"The vote passed."}},
		{"table pipes", "| a | b |\n|---|---|\nThe vote passed.", []string{"a b", "The vote passed."}},
		{"a wire dateline stays in the article", "LUNDGATE (AP) — The vote passed on Tuesday.", []string{"LUNDGATE (AP) — The vote passed on Tuesday."}},
		{"a sentence opening in capitals is kept", "NATO said the vote passed.", []string{"NATO said the vote passed."}},
		{"markdown link and bullet", "- Read [the plan](http://x) now.", []string{"Read the plan now."}},
		{"prose mentioning comments survives", "He declined to comment on the talks.", []string{"He declined to comment on the talks."}},
		{"long line with share survives", "Investors will share the cost of the new bridge equally, officials said", []string{"Investors will share the cost of the new bridge equally, officials said"}},
		{"a link to another story", "The vote passed.\nRead more: Harbour council splits over ferry fares\nRELATED: Pier to close", []string{"The vote passed."}},
		{"a caption with its picture's source in brackets", "He spotted it.\nAnn Lee's dress (Harbour Auctions)\nTom Berg's blue riding suit is among the lots (Harbour Auctions)\nThe sale (online only) opens in May.",
			[]string{"He spotted it.", "The sale (online only) opens in May."}},
		{"a teaser for the next story", "The vote passed.\nRead next Pier to close for winter Pier to close for winter\nFares rise in May.", []string{"The vote passed.", "Fares rise in May."}},
		{"a pitch of any length", "The vote passed.\nSign up for our morning newsletter to get the day's council news delivered to your inbox every weekday.", []string{"The vote passed."}},
		{"an author's contact line", "The vote passed.\nEmail Ann Lee at ann.lee@example.com or follow her @annlee.", []string{"The vote passed."}},
		{"an address in prose survives", "Residents can send objections to pier@lundgate.example until Friday, the council said.", []string{"Residents can send objections to pier@lundgate.example until Friday, the council said."}},
		{"a list of other stories' headlines", "The vote passed.\nMore Great Harbour Stories\nFerry fares to rise in spring\nNew quay opens at last\nThe council meets again on Friday.", []string{"The vote passed.", "The council meets again on Friday."}},
		{"headings after a link to another story stay", "Read more: Ferry fares to rise in spring\nBest pier\nLundgate North Quay", []string{"Best pier", "Lundgate North Quay"}},
		{"a paragraph that mentions following someone and an address stays", "Ask the barber to follow her lead, he says. " + strings.Repeat("The cut takes an hour and costs less than a dinner out. ", 5) + "Send questions to desk@example.com.", []string{"Ask the barber to follow her lead, he says. " + strings.TrimSpace(strings.Repeat("The cut takes an hour and costs less than a dinner out. ", 5)) + " Send questions to desk@example.com."}},
		{"a publication time", "PUBLISHED: 10:48, Tue, Nov 19, 2019 UPDATED: 11:05\nThe vote passed.\nUpdated at 1:23 p.m.", []string{"The vote passed."}},
		{"prose opening with Published survives", "Published in 1911, the guide sold two million copies.", []string{"Published in 1911, the guide sold two million copies."}},
		{"a heading after prose survives", "The vote passed.\nWhat happens next\nThe council meets again on Friday.", []string{"The vote passed.", "What happens next", "The council meets again on Friday."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStatements(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{[]string{"The council voted.", "Reaction In The Town", "Shops were shut."}, []string{"The council voted.", "Shops were shut."}},
		{[]string{"Harbour Plan Approved", "Reaction In The Town"}, []string{"Harbour Plan Approved", "Reaction In The Town"}},
		{[]string{"LUNDGATE (AP) — The vote passed on Tuesday."}, []string{"The vote passed on Tuesday."}},
		{[]string{"ESSEN, Jan 6 (Reuters) - The vote passed."}, []string{"The vote passed."}},
		{[]string{"Nov. 11 (Bloomberg) -- The vote passed."}, []string{"The vote passed."}},
		{[]string{"WASHINGTON — The vote passed."}, []string{"The vote passed."}},
		{[]string{"NATO said the vote passed."}, []string{"NATO said the vote passed."}},
		{[]string{"[항구일보=김민수 기자] 항구가 다시 열렸다."}, []string{"항구가 다시 열렸다."}},
		{[]string{"[Update] The vote passed."}, []string{"[Update] The vote passed."}},
		{[]string{"HANFORD, Calif. -- The vote passed."}, []string{"The vote passed."}},
		{[]string{"DALLAS - The vote passed."}, []string{"The vote passed."}},
		{[]string{"DALLAS-- The vote passed."}, []string{"The vote passed."}},
		{[]string{"LUNDGATE, Essen County (KXYZ 5) — The vote passed."}, []string{"The vote passed."}},
		{[]string{"LUNDGATE, N.C. (KXYZ/KQRS) — The vote passed."}, []string{"The vote passed."}},
		{[]string{"LUNDGATE, May 10, 2016 — The vote passed."}, []string{"The vote passed."}},
		{[]string{"Tom Berg (Ind.) said the vote passed."}, []string{"Tom Berg (Ind.) said the vote passed."}},
		{[]string{"TORONTO-BASED Kestrel said the vote passed."}, []string{"TORONTO-BASED Kestrel said the vote passed."}},
		{[]string{"(CNN) The vote passed."}, []string{"The vote passed."}},
		{[]string{"Havana (CNN) The vote passed."}, []string{"The vote passed."}},
		{[]string{"NATO - the alliance - said the vote passed."}, []string{"NATO - the alliance - said the vote passed."}},
		{[]string{"NEW LUNDGATE: The vote passed.", "BERG: It did."}, []string{"The vote passed.", "BERG: It did."}},
		{[]string{"NOTE: the vote passed."}, []string{"NOTE: the vote passed."}},
	}
	for _, tt := range tests {
		if got := Statements(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Statements(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestArticleText(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantTitle string
		wantParas int
	}{
		{"headline first line", "Council Approves Harbour Plan\nThe council voted on Monday.\nIt was close.", "Council Approves Harbour Plan", 2},
		{"prose first line is no title", "The council voted on Monday to approve the plan.\nIt was close.", "", 2},
		{"markdown heading", "# Harbour plan approved\n\nThe council voted.", "Harbour plan approved", 1},
		{"sub-heading kept in the text", "The council voted.\nReaction In The Town\nShops were shut.", "", 3},
		{"a byline is no title", "By Ann Lee\nThe council voted on Monday.\nIt was close.", "", 2},
		{"several names updated", "/ Updated By Ann Lee, Tom Berg, Jo Bell and Ed Fox\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a byline run onto a headline", "Harbour plan approved after long debate By Ann Lee Staff Reporter\nThe council voted on Monday.\nIt was close.", "Harbour plan approved after long debate", 2},
		{"a headline ending in By stays", "Fishermen Rescued By Coast Guard\nThe crew was rescued on Monday.\nIt was close.", "Fishermen Rescued By Coast Guard", 2},
		{"a byline with roles is no title", "By Ann Lee, Head of Harbour Policy, and Tom Berg, Deputy General Counsel\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a byline without By is no title", "Ann Lee, The Canadian Press\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a headline with a comma stays", "Ann Lee, Harbour Master, Retires\nThe council voted on Monday.\nIt was close.", "Ann Lee, Harbour Master, Retires", 2},
		{"a byline with a role is no title", "By Ann Lee , Staff Writer\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a dateline's place is no title", "CHRISTCHURCH, New Zealand\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a dateline's place and station is no title", "LUNDGATE, Essen County (KXYZ 5)\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a publication stamp is no title", "Published: January 31st, 2012 | Tags: Harbour, Council\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a headline naming a place stays", "Paris, France Votes On Harbour\nThe council voted on Monday.\nIt was close.", "Paris, France Votes On Harbour", 2},
		{"a date is no title", "November 9, 2013 6:15 PM\nThe council voted on Monday.\nIt was close.", "", 2},
		{"widget labels are no title", "LISTEN TO ARTICLE 4:34 SHARE THIS ARTICLE Share Tweet Post Email\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a player's notice is no title", "Please enable Javascript to watch this video\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a bank's name is a title's first word", "Credit Suisse Cuts Jobs\nThe bank said on Monday it would cut jobs.\nIt was expected.", "Credit Suisse Cuts Jobs", 2},
		{"a picture's caption and credit is no title", "A harbour ferry. (Harbour Post archive)\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a photo credit is no title", "Photo credit Ann Lee\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a release's label is no title", "KWA Press Release\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a headline with a date is a title", "Harbour Plan Approved On Nov. 9\nThe council voted on Monday.\nIt was close.", "Harbour Plan Approved On Nov. 9", 2},
		{"a headline loses a section's tag and a time stamp", "falls A lot of luck: How a teen survived Jan. 28, 2014 at 7:32 PM ET\nThe council voted on Monday.\nIt was close.", "A lot of luck: How a teen survived", 2},
		{"a headline may open in lower case on a brand", "iPhone Sales Slump In Essen\nThe council voted on Monday.\nIt was close.", "iPhone Sales Slump In Essen", 2},
		{"a deck run onto a headline goes", "Drug kingpin arrested at Essen library Essen man arrested at library accused of running site\nThe council voted on Monday.\nIt was close.", "Drug kingpin arrested at Essen library", 2},
		{"a headline in sentence case with a name stays", "Harbour master praises Ann Lee, new harbour master\nThe council voted on Monday.\nIt was close.", "Harbour master praises Ann Lee, new harbour master", 2},
		{"a headline in title case stays", "Harbour Plan Approved Harbour Plan Costs Rise\nThe council voted on Monday.\nIt was close.", "Harbour Plan Approved Harbour Plan Costs Rise", 2},
		{"a tag and a label are no title", "brandy Posted by\nThe council voted on Monday.\nIt was close.", "", 2},
		{"a page's label leaves the headline", "BREAKING: Harbour Plan Approved\nThe council voted on Monday.\nIt was close.", "Harbour Plan Approved", 2},
		{"a name before a colon stays", "NASA: Mars Rover Finds Ice\nThe agency said on Monday it had found ice.\nIt was expected.", "NASA: Mars Rover Finds Ice", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Article(Doc{ID: "x", Text: tt.in})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.wantTitle || len(a.Paragraphs) != tt.wantParas {
				t.Errorf("title %q, %d paragraphs %q; want %q, %d", a.Title, len(a.Paragraphs), a.Paragraphs, tt.wantTitle, tt.wantParas)
			}
		})
	}
}

func TestArticleEmpty(t *testing.T) {
	for _, in := range []string{"", "Add Comment\nShare", "   \n\n"} {
		if _, err := Article(Doc{ID: "x", Text: in}); !errors.Is(err, ErrNoText) {
			t.Errorf("Article(%q) error = %v, want ErrNoText", in, err)
		}
	}
}

func TestArticleHTML(t *testing.T) {
	page := `<html><head><title>Harbour plan approved | Coast Courier</title>
<meta property="og:site_name" content="Coast Courier">
<meta property="og:title" content="Harbour plan approved | Coast Courier">
<meta property="article:published_time" content="2026-03-04T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour plan approved</h1>
<p>The town council of Port Elin approved the harbour plan on Tuesday after a four-hour debate, the mayor said.</p>
<p>"This is a good day for the harbour," Mayor Ruth Alder told reporters outside the hall after the vote.</p>
<p>Opponents said the plan would cost more than the council had admitted and vowed to challenge it in court.</p>
</article><footer>Share this article. Comments</footer></body></html>`
	a, err := Article(Doc{ID: "p", HTML: page})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Outlet, "Coast Courier"; got != want {
		t.Errorf("outlet = %q, want %q", got, want)
	}
	if got, want := a.Title, "Harbour plan approved"; got != want { // without the site's name after its bar
		t.Errorf("title = %q, want %q", got, want)
	}
	if a.Published == nil || a.Published.Format("2006-01-02") != "2026-03-04" {
		t.Errorf("published = %v", a.Published)
	}
	body := strings.Join(a.Paragraphs, "\n")
	if !strings.Contains(body, "four-hour debate") || strings.Contains(body, "Home") || strings.Contains(body, "Share this") {
		t.Errorf("body = %q", body)
	}
}

// A site's name is the one its page writes: go-trafilatura capitalises
// names that start in lower case or with a digit.
func TestArticleHTMLOutlet(t *testing.T) {
	tests := []struct{ meta, want string }{
		{`<meta property="og:site_name" content="9to5Lund">`, "9to5Lund"},
		{`<meta property="og:site_name" content="lundgatestar">`, "lundgatestar.example"},
		{`<meta property="og:site_name" content="coast courier">`, "coast courier"},
		{`<meta property="og:site_name" content="the Courier">`, "The Courier"},
		{`<meta property="og:site_name" content="LundgateStar"><meta name="twitter:site" content="@lundgatestar">`, "LundgateStar"},
		{`<meta name="twitter:site" content="@lundgatestar">`, "Lundgatestar"},
		{`<meta name="twitter:site" content="@9to5Lund">`, "9to5Lund"},
	}
	for _, tt := range tests {
		page := `<html><head><title>Harbour plan approved</title>` + tt.meta + `</head><body><article><h1>Harbour plan approved</h1>
<p>The town council of Port Elin approved the harbour plan on Tuesday after a four-hour debate, the mayor said.</p>
<p>Opponents said the plan would cost more than the council had admitted and vowed to challenge it in court.</p>
</article></body></html>`
		a, err := Article(Doc{ID: "p", HTML: page, URL: "https://www.lundgatestar.example/news/harbour"})
		if err != nil {
			t.Fatal(err)
		}
		if a.Outlet != tt.want {
			t.Errorf("%s: outlet = %q, want %q", tt.meta, a.Outlet, tt.want)
		}
	}
}

// Words around emphasis in a list item, and a table's cells, keep their
// spaces through go-trafilatura.
func TestArticleHTMLSpaces(t *testing.T) {
	page := `<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1>
<p>The town council of Port Elin approved the harbour plan on Tuesday after a four-hour debate, the mayor said.</p>
<ul><li>The ferry made 11 runs past <a href="/p/ruth-alder"><strong>Ruth Alder</strong></a> (well, 12 if you count the last one) and <b>Jo Bell's</b> boat on the day of the vote.</li>
<li>Opponents said the plan would cost more than the council had admitted and vowed to challenge it in court next month.</li></ul>
<blockquote><strong>Note</strong> Ferries will keep to the new lanes, and the harbour master will check them every week from May.</blockquote>
<table><tr><th>Pos</th><th>Boat</th><th>Runs</th></tr><tr><td>1</td><td>Ferry Maud</td><td>11</td></tr><tr><td>2</td><td>Ferry Lund</td><td>9</td></tr></table>
<p>The harbour master said the boats would keep to the new lanes from the first of May, and that no run would be cut.</p>
</article></body></html>`
	a, err := Article(Doc{ID: "p", HTML: page})
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(a.Paragraphs, "\n")
	for _, want := range []string{"past Ruth Alder (well,", "and Jo Bell's boat", "Note Ferries", "Pos Boat Runs", "1 Ferry Maud 11"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
}

// A page of far more text than any article is given to the extractors only
// as far as maxPageText: the article's start is read, the rest cut.
func TestArticleHTMLLong(t *testing.T) {
	para := "<p>The town council of Port Elin approved the harbour plan on Tuesday after a four-hour debate, the mayor said.</p>\n"
	n := maxPageText * 5 / 4 / (len(para) - 8) // a quarter more text than is read
	page := `<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>` +
		strings.Repeat(para, n) + `<p>The last word.</p></article></body></html>`
	a, err := Article(Doc{ID: "p", HTML: page})
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(a.Paragraphs, "\n")
	if !strings.HasPrefix(body, "The town council") || len(body) > maxPageText+len(para) || strings.Contains(body, "The last word.") {
		t.Errorf("read %d bytes of %d paragraphs' text, starting %.40q; want the first %d bytes", len(body), n, body, maxPageText)
	}
}

// Text a division holds directly, between line breaks, becomes paragraphs
// that go-trafilatura reads whole.
func TestPruneBreaks(t *testing.T) {
	page := `<html><head><title>Harbour plan</title></head><body><div class="article"><h1 class="title">Harbour plan</h1>
<div class="byline">Monday November 18, 2019 by <a href="/a">Ann Lee</a></div>
<div class="content">The town council of Port Elin approved the harbour plan on Tuesday after a four-hour debate, according to <em><a href="/cc">The Coast Courier</a></em>. A preview of the plan was shared with the press.
<br> <br>The plan claims the harbour will stay open all year, although given the costs, the council would not rule out closing it in winter. Two firms are said to be among the builders.
<br> <br>Opponents said the plan would cost more than the council had admitted and vowed to challenge it in court next month.<br><br><div class="linkback">Tag: <a href="/t">port-elin</a></div></div>
</div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	prune(doc)
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{ExcludeComments: true})
	if err != nil {
		t.Fatal(err)
	}
	got := Clean(blocks(res.ContentNode))
	if len(got) < 3 || got[1] != "The town council of Port Elin approved the harbour plan on Tuesday after a four-hour debate, according to The Coast Courier. A preview of the plan was shared with the press." {
		t.Errorf("paragraphs = %q", got)
	}
}

// A post embedded in the story stays, out of the wrapper both libraries
// read as the page around it.
func TestArticleHTMLPosts(t *testing.T) {
	page := `<html><head><title>Harbour slogan</title></head><body><article><h1>Harbour slogan</h1>
<p>The town council of Port Elin unveiled its new harbour slogan on Tuesday after a four-hour debate, and many people online pointed out its flaws.</p>
<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Yes this is real and yes the town spent nearly half a million on it: <a href="https://t.co/x">https://t.co/x</a></p>— Ruth Alder (@ruthalder) <a href="https://twitter.com/ruthalder/status/1">November 18, 2019</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script></div>
<p>Opponents said the slogan would cost more than the council had admitted and vowed to challenge it at the next meeting of the council.</p>
</article></body></html>`
	a, err := Article(Doc{ID: "p", HTML: page})
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(a.Paragraphs, "\n")
	for _, want := range []string{"nearly half a million on it", "Ruth Alder (@ruthalder) November 18, 2019"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
}

func TestNotices(t *testing.T) {
	tests := []struct {
		name, text string
		notice     bool
	}{
		{"embed notice", "Post with a location\nYou can add location information to your posts, such as your city, from the web and via third-party apps. You can always delete your location history. Learn more", true},
		{"archive note", "These crawls are part of an effort to archive pages as they are created. The crawl seed was a list of every host; URLs and their embeds were archived.", true},
		{"crawl description", "Since 2004 a search company has given the links it follows to a web library. Every day the pages are added to its collection after a delay.", true},
		{"crawl seed list", "The seed for this collection was: the front pages of every domain on the web, ranked by the links to them from other domains, up to 100 pages per site.", true},
		{"news about the internet", "The internet regulator fined three broadband companies on Friday for overstating download speeds, after a two-year inquiry found that most customers received half the advertised rate. The companies said they would appeal the decision in court.", false},
		{"video player", "This video is not available right now. Please try again later.", true},
		{"news about a platform", "One day this month, a trader bought 1,000 fake accounts on a social network for $58 from an online seller, and within hours they began to follow a mayor who is running for a second term in the city. Officials said the accounts were removed after a complaint from a rival campaign, and the seller's site was taken down by its host on Monday.", false},
		{"ordinary news", "The council approved the harbour plan on Tuesday after a four-hour debate, the mayor said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Article(Doc{ID: "n", Text: tt.text})
			if got := err != nil; got != tt.notice {
				t.Errorf("notice = %v (err %v), want %v", got, err, tt.notice)
			}
		})
	}
}

func TestWithoutTitle(t *testing.T) {
	body := []string{"The harbour council voted on Tuesday to close the old ferry pier."}
	tests := []struct {
		name, title string
		paras, want []string
	}{
		{"the headline above the text goes", "Council closes ferry pier", append([]string{"Council Closes Ferry Pier"}, body...), body},
		{"so does the headline without the site's name", "Council closes old ferry pier - Lundgate Herald", append([]string{"Council closes old ferry pier"}, body...), body},
		{"a short first line that opens the title stays", "Council closes old ferry pier", append([]string{"Council"}, body...), append([]string{"Council"}, body...)},
		{"a different first line stays", "Council closes ferry pier", append([]string{"The pier was built in 1911."}, body...), append([]string{"The pier was built in 1911."}, body...)},
		{"a text that is only the title stays", "Council closes ferry pier", []string{"Council closes ferry pier"}, []string{"Council closes ferry pier"}},
	}
	for _, tt := range tests {
		if got := withoutTitle(tt.paras, tt.title); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestChoose(t *testing.T) {
	article := []string{
		"The harbour council voted on Tuesday to close the old ferry pier for repairs.",
		"Repairs will take six weeks and cost about two million euros, the council said.",
	}
	menu := make([]string, 30)
	for i := range menu {
		menu[i] = fmt.Sprintf("Read more: other story number %d about something else entirely", i)
	}
	more := append(slices.Clone(article), "Ferries will dock at the north quay until the work is done, and buses will run to it.",
		"The pier was built in 1911 and last repaired in 1987, when storms broke its railings.")
	tests := []struct {
		name string
		a, b []string
		want []string
	}{
		{"the shorter of two close texts", article, append(slices.Clone(article), "Share this story"), article},
		{"a much longer text that holds more of the article", article, append(slices.Clone(more), more...), append(slices.Clone(more), more...)},
		{"a much longer text that is the article and a menu", article, append(slices.Clone(article), menu...), article},
		{"order does not matter", append(slices.Clone(article), menu...), article, article},
	}
	for _, tt := range tests {
		if got := choose(tt.a, tt.b); !slices.Equal(got, tt.want) {
			t.Errorf("%s: chose %d paragraphs, want %d", tt.name, len(got), len(tt.want))
		}
	}
}

func TestPrune(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"scripts, styles, drawings and comments go",
			`<div><p>One.</p><script>var x = "hidden";</script><style>p{}</style><svg><text>icon</text></svg><!-- note --><p>Two.</p></div>`,
			"One.\nTwo.\n\n"},
		{"navigation, asides, footers and form controls go",
			`<nav><a href="/">Home</a></nav><div><p>One.</p><aside>Most read</aside><button>Share</button></div><footer>About us</footer>`,
			"One.\n\n"},
		{"whitespace inside a list goes",
			"<ul>\n  <li>One.</li>\n  <li>Two.</li>\n</ul>",
			"One.\nTwo.\n"},
		{"a space inside a link stays",
			`<p>strategically located<a href="/x"> </a>near the border.</p>`,
			"strategically located near the border.\n"},
		{"a space between inline elements stays",
			"<p><b>Path A:</b> <i>Iceland</i></p>",
			"Path A: Iceland\n"},
		{"a list of the page's tags goes, a tag's link in a sentence stays",
			`<p>The hazard of deep <a href="/t/space" rel="tag">space travel</a>, <a href="/t/sleep" rel="tag">sleep</a>, is radiation.</p><p><strong>Tags<br><a href="/t/a" rel="tag">stock car 2018</a>, <a href="/t/b" rel="tag">stock car brasil</a></strong></p>`,
			"The hazard of deep space travel, sleep, is radiation.\n\n"},
		{"spaces between table cells stay, between rows go",
			"<table><tr><td>1</td> <td>Kyle</td></tr>\n<tr><td>2</td> <td>Ryan</td></tr></table>",
			"1 Kyle\n2 Ryan\n"},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.html))
		if err != nil {
			t.Fatal(err)
		}
		prune(doc)
		if got := blocks(doc); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	// Whitespace between blocks stays: the libraries join the blocks'
	// text through it ("said. More", not "said.More").
	doc, _ := html.Parse(strings.NewReader("<div><p>said.</p>\n<p>More</p></div>"))
	prune(doc)
	if got := textContent(doc); got != "said.\nMore" {
		t.Errorf("between blocks: got %q", got)
	}
	// JSON-LD and hidden inputs hold the page's metadata: they stay.
	doc, _ = html.Parse(strings.NewReader(`<head><script type="application/ld+json">{"headline":"H"}</script><script>x()</script></head><body><input type="hidden" class="published_date" value="2019-11-18"></body>`))
	prune(doc)
	var b strings.Builder
	html.Render(&b, doc)
	if want := `<html><head><script type="application/ld+json">{"headline":"H"}</script></head><body><input type="hidden" class="published_date" value="2019-11-18"/></body></html>`; b.String() != want {
		t.Errorf("metadata: got %s, want %s", b.String(), want)
	}
}

func textContent(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textContent(c))
	}
	return b.String()
}

func TestOutletName(t *testing.T) {
	const page = "https://www.lundgatestar.example/news/harbour"
	tests := []struct{ site, url, want string }{
		{"The Lundgate Star", page, "The Lundgate Star"},
		{"Lundgate Star | The town's paper", page, "Lundgate Star"},
		{"Star Sports - Racing | Rowing", page, "Star Sports"},
		{"Lundgate Star; Lundgate Star", page, "Lundgate Star"},
		{"https://www.facebook.com/LundgateStar", page, "lundgatestar.example"},
		{"www.lundgatestar.example", page, "lundgatestar.example"},
		{"Copyright 2014", page, "lundgatestar.example"},
		{"© Lundgate Star", page, "lundgatestar.example"},
		{"U.S.", page, "lundgatestar.example"},
		{"nj", "https://www.nj.example/a", "nj.example"},
		{"nj", "https://www.lundgatestar.example/a", "nj"},
		{"Lundgatestar", page, "Lundgatestar"},
		{"AP", page, "AP"},
		{"U.S.", "", ""},
		{"", page, "lundgatestar.example"},
		{"  Dallas-Fort Worth ", page, "Dallas-Fort Worth"},
	}
	for _, tt := range tests {
		if got := outletName(tt.site, tt.url); got != tt.want {
			t.Errorf("outletName(%q, %q) = %q, want %q", tt.site, tt.url, got, tt.want)
		}
	}
}

// An article given as text with no date takes the one its address gives.
func TestURLDate(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://www.lundgatestar.example/2019/01/24/harbour-plan", "2019-01-24"},
		{"https://lundgatestar.example/news/2018-12-31-harbour", "2018-12-31"},
		{"https://lundgatestar.example/news/harbour-1.4988826", ""},
		{"https://lundgatestar.example/2019/02/30/harbour", ""}, // no such day
		{"https://lundgatestar.example/news/harbour?d=2019/01/24", ""},
		{"", ""},
	}
	for _, tt := range tests {
		a, err := Article(Doc{URL: tt.url, Text: "Harbour plan approved\n\nThe council approved the harbour plan on Tuesday after a long debate."})
		if err != nil {
			t.Fatalf("%s: %v", tt.url, err)
		}
		got := ""
		if a.Published != nil {
			got = a.Published.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("published of %q = %q, want %q", tt.url, got, tt.want)
		}
	}
	when := time.Date(2020, 5, 1, 9, 0, 0, 0, time.UTC)
	a, err := Article(Doc{URL: "https://lundgatestar.example/2019/01/24/harbour", Published: &when, Text: "The council approved the harbour plan on Tuesday after a long debate."})
	if err != nil || !a.Published.Equal(when) {
		t.Errorf("a date given = %v, %v; want it kept", a.Published, err)
	}
}

func TestWithoutHost(t *testing.T) {
	tests := []struct{ title, host, want string }{
		{"Council approves the harbour plan - Lundgate Star", "lundgatestar.example", "Council approves the harbour plan"},
		{"Council approves the harbour plan | LUNDGATE-STAR", "www.lundgatestar.example", "Council approves the harbour plan"},
		{"Council approves the harbour plan - Essen Post", "lundgatestar.example", "Council approves the harbour plan - Essen Post"},
		{"Harbour - Lundgate Star", "lundgatestar.example", "Harbour - Lundgate Star"},
		{"Council approves the harbour plan - BBC", "bbc.example", "Council approves the harbour plan - BBC"},
	}
	for _, tt := range tests {
		if got := withoutHost(tt.title, tt.host); got != tt.want {
			t.Errorf("withoutHost(%q, %q) = %q, want %q", tt.title, tt.host, got, tt.want)
		}
	}
}

func TestWithoutOutlet(t *testing.T) {
	tests := []struct{ title, outlet, want string }{
		{"Council approves the harbour plan - The Lundgate Star", "The Lundgate Star", "Council approves the harbour plan"},
		{"Council approves the harbour plan | LUNDGATE STAR", "Lundgate Star", "Council approves the harbour plan"},
		{"Why I read the Lundgate Star", "Lundgate Star", "Why I read the Lundgate Star"},
		{"Star - Lundgate Star", "Lundgate Star", "Star - Lundgate Star"},
		{"Council approves the harbour plan", "", "Council approves the harbour plan"},
		{"Lundgate Star | The town's paper: Council approves the harbour plan", "Lundgate Star | The town's paper", "Council approves the harbour plan"},
		{"Lundgate Star: Life", "Lundgate Star", "Lundgate Star: Life"},
		{"Lundgate Stars win again", "Lundgate Star", "Lundgate Stars win again"},
		{"Lundgate Star Gift Guide: What to buy - Lundgate Star", "Lundgate Star", "Lundgate Star Gift Guide: What to buy"},
	}
	for _, tt := range tests {
		if got := withoutOutlet(tt.title, tt.outlet); got != tt.want {
			t.Errorf("withoutOutlet(%q, %q) = %q, want %q", tt.title, tt.outlet, got, tt.want)
		}
	}
}

func TestWriters(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"Ann Lee", "Ann Lee"},
		{"TOM BERG; AP Auto Writer", "Tom Berg"},
		{"Ann Lee; MS; RD", "Ann Lee"},
		{"Ann Lee; Tom Berg Monday; November", "Ann Lee and Tom Berg"},
		{"Analysis by Ann Lee; Courier Editor-at-large", "Ann Lee"},
		{"ANN LEE; TOM BERG; JO BELL Associated Press", "Ann Lee, Tom Berg and Jo Bell"},
		{"ANN LEE; TOM BERG; Associated Press", "Ann Lee and Tom Berg"},
		{"Associated Press", "Associated Press"},
		{"REUTERS", "Reuters"},
		{"Reuters; Lundgate; Nov", "Reuters"},
		{"PTI; Lundgate; Nov", "PTI"},
		{"Ann Lee; Courier com", "Ann Lee"},
		{"Ann Lee; CNN", "Ann Lee"},
		{"Ann Lee; Futurism", "Ann Lee"},
		{"Ann Lee; CNN Business", "Ann Lee"},
		{"Ann Lee; Business Insider", "Ann Lee"},
		{"Courier Staff", "Courier Staff"},
		{"Catherine", "Catherine"},
		{"Courier wire services Published", "Courier wire services"},
		{"", ""},
		{" ; ", ""},
	}
	for _, tt := range tests {
		if got := writers(tt.raw); got != tt.want {
			t.Errorf("writers(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}
