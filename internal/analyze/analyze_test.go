package analyze

import (
	"math"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/model"
)

func TestKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Yury Ushakov", "Yuri Ushakov"},
		{"Zelensky", "Zelenskyy"},
		{"Zelenskiy", "Zelenskyy"},
		{"Dmitriy Peskov", "Dmitry Peskov"},
		{"Sergey", "Sergei"},
		{"José", "Jose"},
		{"Essen's Harbour Police", "Essen Harbour Police"},
		{"Lundgate Electric Power Co.", "Lundgate Electric Power"}, // a company's suffix tells it from nothing
		{"Kestrel Holdings Plc", "Kestrel Holdings"},
		{"Kestrel Consultants LLC", "Kestrel Consultants"},
		{"Nestlé Consultants LLC", "Nestlé Consultants"},
		{"Department of Justice", "Justice Department"}, // a body named both ways
		{"U.S. Department of the Interior", "U.S. Interior Department"},
		{"Ministry of Foreign Affairs", "Foreign Affairs Ministry"},
		{"Diocese of Dallas", "Dallas Diocese"},
		{"St.-Denis", "Saint-Denis"}, // a saint's place written short
		{"St. Étienne", "Saint-Étienne"},
	}
	for _, tt := range tests {
		if Key(tt.a) != Key(tt.b) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want equal", tt.a, Key(tt.a), tt.b, Key(tt.b))
		}
	}
	if Key("Lexus LC") == Key("Lexus") {
		t.Error("a model's letters are read as a company's suffix")
	}
	if Key("Bank of America") == Key("America Bank") {
		t.Error("a bank of a place and a place's bank share a key")
	}
	if Key("Putin") == Key("Pushkin") {
		t.Error("different names share a key")
	}
}

func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Yury Ushakov", "Yuri Ushakov", true},
		{"Fouzia Al Hashish", "Al Hashish", true},
		{"van Persie", "Robin van Persie", true},
		{"Al Gore", "Tipper Gore", false},
		{"Diego Garcia", "Emilio de Diego Garcia", true}, // the surnames after the particle
		{"Diego Garcia", "Emilio Garcia", false},
		{"Michelle Robinson", "Michelle LaVaughn Robinson Obama", true}, // her name before marriage
		{"Michelle Obama", "Michelle LaVaughn Robinson Obama", true},
		{"Martin Luther", "Martin Luther King Jr.", false},
		{"Michelle LaVaughn", "Michelle LaVaughn Robinson Obama", false},
		{"Ushakov", "Yury Ushakov", true},
		{"D. Trump", "Donald Trump", true},
		{"Aleksandr Volkov", "Aleksander Volkov", true},
		{"Donald Trump", "Ivanka Trump", false},
		{"Jean-Pierre Roux", "Jean-Marc Roux", false},
		{"Kim Jong-ho", "Kim Dae-ho", false},
		{"John F. Kennedy", "John Fitzgerald Kennedy", true},
		{"Zaharie Ahmad Shah", "Zaharie Ahmed Shah", true},
		{"Ismaël Omar Mostefaï", "Omar Ismail Mostefai", true}, // given names in the other order
		{"Anna Maria Berg", "Maria Ruth Berg", false},
		{"Woodrow Wilson", "Thomas Woodrow Wilson", true}, // known by the middle name
		{"Gord Davis", "Gordon Davis", true},              // a given name cut short
		{"Don Davis", "Donna Davis", false},
		{"A.J. Lambert", "Amy J. Lambert", true}, // initials
		{"Al Lambert", "Adam Lee Lambert", false},
		{"Anna Berg", "Anna Borg", false},
		{"Jim Tumblin", "James Tumblin", true},     // a short form
		{"Stephen Tarrant", "Steve Tarrant", true}, // two short of one formal name
		{"Jim Tarrant", "John Tarrant", false},
		{"Bill Halvorsen", "Ben Halvorsen", false},
		{"Rapper Tom Berg", "Tom Berg", true}, // an occupation before the name
		{"Acting Administrator Tom Berg", "Tom Berg", true},
		{"Ruth Tom Berg", "Tom Berg", false},
		{"Berg Sr.", "Tom Berg Sr.", true},  // a surname and its suffix
		{"O'Reilly", "Bill O'Reilly", true}, // an apostrophe inside a name
		{"O’Reilly", "Bill O'Reilly", true},
		{"Reilly", "Bill O'Reilly", false},
		{"Berg Jr.", "Tom Berg Sr.", false},
		{"Tom Berg", "Tom Berg Jr.", false},
	}
	for _, tt := range tests {
		if got := SamePerson(Key(tt.a), Key(tt.b)); got != tt.want {
			t.Errorf("SamePerson(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// entityNames lists "type:name=forms" for an article's entities.
func entityNames(paras ...string) map[string]string {
	a := Article(paras)
	out := map[string]string{}
	for _, e := range a.Entities {
		forms := append([]string(nil), e.Forms...)
		sort.Strings(forms)
		out[e.Name] = e.Type + ":" + strings.Join(forms, "|")
	}
	return out
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  map[string]string // name → type:forms, for the names checked
		never []string          // names that must not be entities
	}{
		{
			name: "titles stripped, surname resolved",
			paras: []string{"Russian President Vladimir Putin met envoy Steve Witkoff in Moscow.",
				"Putin said the talks were useful. Witkoff left on Friday."},
			want: map[string]string{
				"Vladimir Putin": "person:Putin|Vladimir Putin",
				"Steve Witkoff":  "person:Steve Witkoff|Witkoff",
				"Moscow":         "place:Moscow",
			},
			never: []string{"Russian", "President", "Friday"},
		},
		{
			name:  "a body's word alone is no name, but a surname that is one is",
			paras: []string{"Analyst Tom Park expects more of Kestrel Bank.", "Park said the talks would fail. Bank shares fell."},
			want:  map[string]string{"Tom Park": "person:Park|Tom Park"},
			never: []string{"Bank"},
		},
		{
			name:  "a paper is called by its last word where the article names one paper so",
			paras: []string{"The Essen Chronicle reported the stabbing. The Chronicle said the man fled.", "The Essen Post and the Lundgate Post ran it. The Post said so."},
			want:  map[string]string{"Essen Chronicle": "organization:Chronicle|Essen Chronicle", "Essen Post": "organization:Essen Post"},
		},
		{
			name:  "a team is called by its last word, and named for a town the lexicon lacks",
			paras: []string{"The Lundgate Rockets made it clear on Monday that the team would not comment.", "While the Rockets said they would not speak to the lawsuit, their manager defended the league."},
			want:  map[string]string{"Lundgate Rockets": "organization:Lundgate Rockets|Rockets"},
		},
		{
			name:  "a magazine named so once is that body wherever its name stands inside a sentence",
			paras: []string{"Her style made People magazine's best dressed list.", "While People stopped short of a worst dressed list, it did name some."},
			want:  map[string]string{"People": "organization:People"},
		},
		{
			name:  "a line of six capitalised words and a capitalised 'To' is a headline",
			paras: []string{"Ann Berg, Tilda Lee Named To Vogue's Best Dressed List", "Ann Berg is the first to admit she likes bargains."},
			want:  map[string]string{"Ann Berg": "person:Ann Berg"},
			never: []string{"Tilda Lee Named To Vogue"},
		},
		{
			name:  "a town's name alone is the town, not the paper named for it",
			paras: []string{"Finley, the editor of the Lundgate Free Press, spoke.", "Sanders was mayor in Lundgate for years."},
			want:  map[string]string{"Lundgate Free Press": "organization:Lundgate Free Press", "Lundgate": "place:Lundgate"},
		},
		{
			name:  "a people's plural before names is no part of them",
			paras: []string{"The club signed Brazilians Denilson and Juninho last summer."},
			never: []string{"Brazilians Denilson"},
		},
		{
			name:  "a place after 'at' and a person's full name are two",
			paras: []string{"But the party's leader at Westminster Ian Blackford called on her to stand down."},
			want:  map[string]string{"Ian Blackford": "person:Ian Blackford", "Westminster": "place:Westminster"},
		},
		{
			name:  "a body's opening words are its short name, but not a known body's or place's",
			paras: []string{"Students at Essen Catholic High School were filmed. Parents at Essen Catholic were angry.", "The United Nations University and the United Nations issued the report."},
			want:  map[string]string{"Essen Catholic High School": "organization:Essen Catholic|Essen Catholic High School", "United Nations": "organization:United Nations"},
		},
		{
			name:  "a region's opening words are no short name of a body named for the region",
			paras: []string{"Speaking in the Scottish Borders, she opened the new Scottish Borders Railway."},
			want:  map[string]string{"Scottish Borders Railway": "organization:Scottish Borders Railway"},
		},
		{
			name:  "a Crown attorney's post names no one",
			paras: []string{"Paul Carver, chief Crown attorney for the region, talks with reporters.", "She agreed with Lundgate Crown attorney Paul Carver."},
			want:  map[string]string{"Paul Carver": "person:Paul Carver"},
			never: []string{"Crown", "Lundgate Crown"},
		},
		{
			name:  "a people's possessive opens a title",
			paras: []string{"He is a Men's Health magazine cover made flesh. She read Women's Wear Daily."},
			want:  map[string]string{"Men's Health": "organization:Men's Health", "Women's Wear Daily": "organization:Women's Wear Daily"},
			never: []string{"Health", "Men", "Wear Daily"},
		},
		{
			name:  "a programme's name goes on over 'for'",
			paras: []string{"The Deferred Action for Childhood Arrivals program protects 700,000 people."},
			want:  map[string]string{"Deferred Action for Childhood Arrivals": "other:Deferred Action for Childhood Arrivals"},
			never: []string{"Deferred Action", "Childhood Arrivals"},
		},
		{
			name:  "a known body's name and a person's full name after it are two",
			paras: []string{"Dow Jones Ann Berg reported that stocks fell."},
			want:  map[string]string{"Ann Berg": "person:Ann Berg", "Dow Jones": "organization:Dow Jones"},
		},
		{
			name:  "a place after a title's 'of' and a full name are two",
			paras: []string{"Later, mayor of Paris Ruth Alder opened the bridge. President of France Tom Lindqvist spoke."},
			want:  map[string]string{"Ruth Alder": "person:Ruth Alder", "Paris": "place:Paris", "Tom Lindqvist": "person:Tom Lindqvist", "France": "place:France"},
		},
		{
			name:  "a day after a body's name is read apart before its titles",
			paras: []string{"The actor was honoured by the American Harbour Society Monday."},
			want:  map[string]string{"American Harbour Society": "organization:American Harbour Society"},
		},
		{
			name:  "a body's opening words are the body even where they speak, but a place after 'outside'",
			paras: []string{"Lundgate Catholic High School reopened on Monday. A former pupil said Lundgate Catholic has a culture of entitlement. The school lies just outside Lundgate in the hills."},
			want:  map[string]string{"Lundgate Catholic High School": "organization:Lundgate Catholic|Lundgate Catholic High School", "Lundgate": "place:Lundgate"},
		},
		{
			name:  "a body's name up to what it is for, or its police up to the force's kind, is the body",
			paras: []string{"The Kestrel Institute for Tidal Studies published the report. A fellow of the Kestrel Institute said the harbour was safe. The Lundgate Police Department arrested him, and Lundgate Police said he fled."},
			want: map[string]string{"Kestrel Institute for Tidal Studies": "organization:Kestrel Institute|Kestrel Institute for Tidal Studies",
				"Lundgate Police Department": "organization:Lundgate Police|Lundgate Police Department"},
		},
		{
			name:  "a body's name and a known body's after it are two",
			paras: []string{"Engineers looked back at previous Harbour Airlines Boeing 777 flights."},
			want:  map[string]string{"Harbour Airlines": "organization:Harbour Airlines", "Boeing": "organization:Boeing"},
		},
		{
			name:  "an acronym and a known body's name of a word are two",
			paras: []string{"VOA Pentagon correspondent Ruth Alder filed it. FIFA Congress met on Friday."},
			want:  map[string]string{"Pentagon": "organization:Pentagon", "FIFA Congress": "organization:FIFA Congress"},
		},
		{
			name:  "an acronym written as a name is the body it spells",
			paras: []string{"The Kestrel Maritime Safety Authority led the search. Kmsa said the objects were large."},
			want:  map[string]string{"Kestrel Maritime Safety Authority": "organization:Kestrel Maritime Safety Authority|Kmsa"},
		},
		{
			name:  "a flight named with its airline, with 'Flight' or by its code alone is one",
			paras: []string{"Harbour Air Flight HA100 vanished. The search for Flight HA100 goes on. HA100 had 40 people on board."},
			want:  map[string]string{"Harbour Air Flight HA100": "other:Flight HA100|HA100|Harbour Air Flight HA100"},
		},
		{
			name:  "a people's adjective names the water it qualifies",
			paras: []string{"The plane went down in the Southern Indian Ocean."},
			want:  map[string]string{"Indian Ocean": "place:Indian Ocean"},
			never: []string{"Ocean"},
		},
		{
			name:  "a place named for a saint with a hyphen is one name",
			paras: []string{"The raid took place on a flat in Saint-Lundgate, a northern suburb."},
			want:  map[string]string{"Saint-Lundgate": "place:Saint-Lundgate"},
			never: []string{"Saint", "Lundgate"},
		},
		{
			name:  "a nickname in single quotes is no part of the name",
			paras: []string{"Tom 'Big Tom' Berg was convicted, and Ann ‘The Rock’ Lee starred. Toys 'R' Us closed."},
			want:  map[string]string{"Tom Berg": "person:Tom Berg", "Ann Lee": "person:Ann Lee"},
			never: []string{"Big Tom' Berg", "Toys Us"},
		},
		{
			name:  "a hyphenated title after a body's name is no part of the name after it, nor a name alone",
			paras: []string{"U.N. Secretary-General Ban Ki-moon and NATO Secretary-General Jens Stoltenberg met. The Attorney-General said no. Priya Raman-Holt agreed."},
			want:  map[string]string{"Ban Ki-moon": "person:Ban Ki-moon", "Jens Stoltenberg": "person:Jens Stoltenberg", "Priya Raman-Holt": "person:Priya Raman-Holt"},
			never: []string{"U.N. Secretary-General Ban Ki-moon", "NATO Secretary-General Jens Stoltenberg", "Attorney-General"},
		},
		{
			name:  "a body after the possessive of a family name opening a full name is the body's alone",
			paras: []string{"President Xi Jinping spoke. Xi's Communist Party has ruled since 1949."},
			want:  map[string]string{"Xi Jinping": "person:Xi Jinping", "Communist Party": "organization:Communist Party"},
			never: []string{"Xi's Communist Party"},
		},
		{
			name:  "a title's portfolio after 'for' names no one, though a place stays one",
			paras: []string{"The UN High Commissioner for Refugees and the Special Inspector General for Afghanistan Reconstruction spoke. US Special Envoy for Syria James Jeffrey left. Mr Carsell, MP for Harwich, agreed."},
			want:  map[string]string{"James Jeffrey": "person:James Jeffrey", "Harwich": "place:Harwich"},
			never: []string{"Refugees", "Afghanistan Reconstruction", "Syria James Jeffrey"},
		},
		{
			name:  "a constable's abbreviated title is no name, and a common word after a title, written after no given name, is no one's surname",
			paras: []string{"Det. Const. Ann Lee spoke. Her son, Const. Tom Berg, agreed. Dave joins Justice Forever, run by Colonel Stars and Stripes."},
			want:  map[string]string{"Ann Lee": "person:Ann Lee", "Tom Berg": "person:Tom Berg", "Forever": "other:Forever", "Stars": "other:Stars"},
			never: []string{"Det Const", "Const"},
		},
		{
			name:  "a surname before a generation's suffix names its bearer alone",
			paras: []string{"Donations were tied to businessman Tom Berg III, a party official. Ruth Alder sent a letter to Berg seeking records."},
			want:  map[string]string{"Tom Berg III": "person:Berg|Tom Berg III", "Ruth Alder": "person:Ruth Alder"},
			never: []string{"Berg"},
		},
		{
			name:  "a state's attorney is a title, and the office's name is whole",
			paras: []string{"The judge kept the Office of the State's Attorney on the case. Harbour State's Attorney Ann Berg spoke."},
			want:  map[string]string{"Office of the State's Attorney": "organization:Office of the State's Attorney", "Ann Berg": "person:Ann Berg"},
			never: []string{"State", "Office", "Harbour State"},
		},
		{
			name:  "a body's name of 'of' and two things joined by 'and' is whole, its body's word second",
			paras: []string{"The National Museum of Harbour History and Culture opened, as did the UCLA Department of Psychiatry and Biobehavioral Sciences."},
			want:  map[string]string{"National Museum of Harbour History and Culture": "organization:National Museum of Harbour History and Culture", "UCLA Department of Psychiatry and Biobehavioral Sciences": "organization:UCLA Department of Psychiatry and Biobehavioral Sciences"},
			never: []string{"Culture", "Biobehavioral Sciences"},
		},
		{
			name:  "a mark doubled ends the word before it",
			paras: []string{"They talked about North Korea........but nothing came of it, with South Korea--but not Japan--watching."},
			want:  map[string]string{"North Korea": "place:North Korea", "South Korea": "place:South Korea", "Japan": "place:Japan"},
			never: []string{"North Korea........but", "South Korea--but", "Japan--watching"},
		},
		{
			name:  "a lone capital letter may end a name, but no one's surname",
			paras: []string{"Serie A clubs spent more, and he has Hepatitis C now. Kat Von D replied. A Navy P-8 flew over."},
			want:  map[string]string{"Serie A": "other:Serie A", "Hepatitis C": "other:Hepatitis C", "Kat Von D": "person:Kat Von D"},
			never: []string{"Serie", "Hepatitis", "Navy P"},
		},
		{
			name:  "a known place and a known body's name after it are two",
			paras: []string{"Analysts at the Middle East CIA station said so, as did the U.S. Treasury Department."},
			want:  map[string]string{"Middle East": "place:Middle East", "CIA": "organization:CIA", "U.S. Treasury Department": "organization:U.S. Treasury Department"},
			never: []string{"Middle East CIA"},
		},
		{
			name:  "a body owned by one the article names in full is no part of the owner's name",
			paras: []string{"Tom Berg and the Lundgate Ledger spoke.", "Berg's Kestrel Harbour Party lost, and the Ledger's Sport Business Group agreed."},
			want:  map[string]string{"Kestrel Harbour Party": "organization:Kestrel Harbour Party", "Sport Business Group": "organization:Sport Business Group"},
			never: []string{"Berg's Kestrel Harbour Party", "Ledger's Sport Business Group"},
		},
		{
			name:  "a people's plural or a creed's adjective names no one",
			paras: []string{"Later, North Koreans crossed the border. Shiite Muslim leaders met in Baghdad. Parisians and a Frenchman mourned."},
			want:  map[string]string{"Baghdad": "place:Baghdad"},
			never: []string{"North Koreans", "Shiite Muslim", "Shiite", "Muslim", "Parisians", "Frenchman"},
		},
		{
			name:  "a known place and the surname of a person the article names are two",
			paras: []string{"Ann Lee took 21% of the vote in Essen, while in Iowa Lee was at 17%."},
			want:  map[string]string{"Ann Lee": "person:Ann Lee|Lee", "Iowa": "place:Iowa"},
			never: []string{"Iowa Lee"},
		},
		{
			name:  "a paper called The Hill",
			paras: []string{"Her lawyer told The Hill in a statement that her client meant no harm."},
			want:  map[string]string{"The Hill": "organization:The Hill"},
		},
		{
			name:  "a diocese is called by its head word",
			paras: []string{"The Catholic Diocese of Essen removed him. The Diocese said he fled."},
			want:  map[string]string{"Catholic Diocese of Essen": "organization:Catholic Diocese of Essen|Diocese"},
		},
		{
			name:  "a word that opens many bodies' names is none of them alone",
			paras: []string{"Leaders met at the World Economic Forum in Davos.", "World stock markets rose on Monday."},
			want:  map[string]string{"World Economic Forum": "organization:World Economic Forum"},
			never: []string{"World"},
		},
		{
			name:  "a surname keeps its particle where the article writes it",
			paras: []string{"Yusuf bin Tarek fled in 2001. Police never caught bin Tarek."},
			want:  map[string]string{"Yusuf bin Tarek": "person:Yusuf bin Tarek|bin Tarek"},
		},
		{
			name:  "an acronym may spell a name's small words too",
			paras: []string{"The Department of Harbours closed the dam.", "The DOH said the level was falling."},
			want:  map[string]string{"Department of Harbours": "organization:DOH|Department of Harbours"},
		},
		{
			name:  "an acronym is the body the article spells it for",
			paras: []string{"The Lundgate Water Authority closed the dam.", "The LWA said the level was falling. The NBA agreed."},
			want:  map[string]string{"Lundgate Water Authority": "organization:LWA|Lundgate Water Authority", "NBA": "organization:NBA"},
		},
		{
			name: "a surname that is a thing's word is a person's, and so is the word alone after it",
			paras: []string{"Singer Ruth Day got a star on the Kestrel Walk of Fame on Monday.",
				`"I am very proud," said Day, 90. Tom Law agreed, and Law said so.`, "Victoria Day falls on Monday."},
			want: map[string]string{"Ruth Day": "person:Day|Ruth Day", "Tom Law": "person:Law|Tom Law",
				"Kestrel Walk of Fame": "place:Kestrel Walk of Fame", "Victoria Day": "other:Victoria Day"},
		},
		{
			name: "a name's article joined by a hyphen goes on the name",
			paras: []string{"Merovian President Karim al-Harbi met Sheikh Tamim bin Harun.",
				"Al-Harbi said the talks went well. The militants of al-Mina fled."},
			want: map[string]string{"Karim al-Harbi": "person:Al-Harbi|Karim al-Harbi", "Tamim bin Harun": "person:Tamim bin Harun",
				"al-Mina": "other:al-Mina"},
			never: []string{"Karim", "Harbi"},
		},
		{
			name: "a monarch named alone is not the person whose name ends on the same word",
			paras: []string{"Crown Prince Tamim bin Harun met King Harun in Essen on Monday.",
				"Prince Tamim said it went well."},
			want: map[string]string{"Tamim bin Harun": "person:Tamim|Tamim bin Harun", "Harun": "person:Harun"},
		},
		{
			name:  "a middle initial given after the name without it is another person's",
			paras: []string{"In 1840 Tom Berg founded the mill.", "In 1904 his nephew, mill president Tom R. Berg, sold it."},
			want:  map[string]string{"Tom Berg": "person:Tom Berg", "Tom R. Berg": "person:Tom R. Berg"},
		},
		{
			name:  "a middle initial given first is the same person's",
			paras: []string{"Tom R. Berg founded the mill in 1840.", "Tom Berg sold it in 1860."},
			want:  map[string]string{"Tom R. Berg": "person:Tom Berg|Tom R. Berg"},
		},
		{
			name:  "a formal name given later is the same person's",
			paras: []string{"Tom Berg founded the mill.", "Thomas R. Berg sold it in 1860."},
			want:  map[string]string{"Thomas R. Berg": "person:Thomas R. Berg|Tom Berg"},
		},
		{
			name: "a handle or an address names no one",
			paras: []string{`"Governor @MattBevin has done a wonderful job!" Trump wrote, and Matt Bevin thanked him.`,
				"Write to Ann Lee at tips@HarbourPost.com or follow @HarbourPost."},
			want:  map[string]string{"Matt Bevin": "person:Matt Bevin", "Ann Lee": "person:Ann Lee"},
			never: []string{"MattBevin", "HarbourPost", "HarbourPost.com"},
		},
		{
			name: "a group opening a sentence is no one's name",
			paras: []string{"Rescuers say weather was probably a factor in the plane's disappearance.",
				"Lawmakers said the search would go on, and Ann Lee agreed."},
			want:  map[string]string{"Ann Lee": "person:Ann Lee"},
			never: []string{"Rescuers", "Lawmakers"}, // not even a thing's name
		},
		{
			name: "a given name ending as a nationality does is no adjective before a title",
			paras: []string{"Two months ago, Brian White of Ticonderoga Securities said sales would rise.",
				"Today, White noted the launch. Ukrainian President Volodymyr Zelensky spoke."},
			want:  map[string]string{"Brian White": "person:Brian White|White", "Volodymyr Zelensky": "person:Volodymyr Zelensky"},
			never: []string{"Ukrainian President Volodymyr Zelensky"},
		},
		{
			name: "a river or a mountain named without its feature word",
			paras: []string{"Leaders met to share the Essen River. Farmers on both banks of the Essen blamed each other.",
				"The River Wend burst its banks. The Wend rose four metres.",
				"Climbers left Mount Kenya for Kenya's capital. Lake Oroville fills as Oroville waits.",
				"Boats on the Amazon River carry parcels that Amazon sells."},
			want: map[string]string{"Essen River": "place:Essen|Essen River", "River Wend": "place:River Wend|Wend",
				"Mount Kenya": "place:Mount Kenya", "Kenya": "place:Kenya", "Lake Oroville": "place:Lake Oroville", "Oroville": "other:Oroville",
				"Amazon River": "place:Amazon River", "Amazon": "organization:Amazon"},
		},
		{
			name:  "a name put above or below something is a place's",
			paras: []string{"Rain fell on the hills above Pellham all night, and the river below Marrowby rose."},
			want:  map[string]string{"Pellham": "place:Pellham", "Marrowby": "place:Marrowby"},
		},
		{
			name:  "sentence openers are not names",
			paras: []string{"Analysts say the plan is weak. Despite that, Officials at the Ministry of Finance agreed."},
			want:  map[string]string{"Ministry of Finance": "organization:Ministry of Finance"},
			never: []string{"Analysts", "Despite", "Officials"},
		},
		{
			name:  "a tag is no name, nor is how a place votes",
			paras: []string{`She posted, "Blessed #HarbourWalkOfFame", from mostly Democratic Chicago.`},
			want:  map[string]string{"Chicago": "place:Chicago"},
			never: []string{"HarbourWalkOfFame", "Democratic Chicago"},
		},
		{
			name:  "a pronoun run onto its verb is no name",
			paras: []string{"They'd say the Harbour Board was slow. We'll see, Ann Lee said. You'll wait."},
			want:  map[string]string{"Harbour Board": "organization:Harbour Board"},
			never: []string{"They'd", "We'll", "You'll"},
		},
		{
			name:  "name at sentence start with appositive",
			paras: []string{"Yuri Ushakov, a senior adviser, spoke first. Ushakov was brief."},
			want:  map[string]string{"Yuri Ushakov": "person:Ushakov|Yuri Ushakov"},
		},
		{
			name:  "a contraction is no name's word",
			paras: []string{`"Hello, I'm Pete Holm, and I'm glad," he said on Sunday.`},
			want:  map[string]string{"Pete Holm": "person:Pete Holm"},
			never: []string{"I'm Pete Holm", "I'm"},
		},
		{
			name:  "a greeting opens no name",
			paras: []string{`Passengers would say, "Hey George, get me a cup of coffee." The cars were built by George Pullman.`},
			want:  map[string]string{"George Pullman": "person:George Pullman"},
			never: []string{"Hey George"},
		},
		{
			name:  "a given name alone, after the full name, is the one person of it",
			paras: []string{`Kestrel Dogg and Tom Berg met Tom Lund. Kestrel, 47, thanked Tom.`},
			want:  map[string]string{"Kestrel Dogg": "person:Kestrel|Kestrel Dogg", "Tom Berg": "person:Tom Berg", "Tom Lund": "person:Tom Lund"},
		},
		{
			name:  "a given name alone is the one person of it named so far",
			paras: []string{`Ruth Alder took the ferry to Essen. Ruth, 47, was to marry in May.`, `She was born Ruth Lund. Ruth, 47, said little.`},
			want:  map[string]string{"Ruth Alder": "person:Ruth|Ruth Alder", "Ruth Lund": "person:Ruth Lund"},
		},
		{
			name:  "a person's surname alone is the person's, not a body's named after a possessive",
			paras: []string{`Tom Berg spoke in Essen. Ann Lee backs Berg's Senate bid. "It is a gift," Berg said.`},
			want:  map[string]string{"Tom Berg": "person:Berg|Tom Berg"},
		},
		{
			name:  "a family name written first is any of its family's",
			paras: []string{`Kim Jong Il wore the pin. The Kim family has ruled since 1948. His son is Kim Jong Un.`},
			want:  map[string]string{"Kim Jong Il": "person:Kim Jong Il", "Kim Jong Un": "person:Kim Jong Un"},
		},
		{
			name:  "a given name alone opening a sentence, after the full name, is the person",
			paras: []string{`Ruth Alder took the ferry to Essen. Ruth was to marry Tom Berg in May.`},
			want:  map[string]string{"Ruth Alder": "person:Ruth|Ruth Alder"},
		},
		{
			name:  "words in title case that the article also writes in lower case",
			paras: []string{`Officers from Law Enforcement agencies met on Monday. The law enforcement officers said Tom Berg had left.`},
			want:  map[string]string{"Law Enforcement": "other:Law Enforcement", "Tom Berg": "person:Tom Berg"},
		},
		{
			name:  "a team named for a place that is a given name too",
			paras: []string{`The Carolina Hurricanes beat the Canucks. Tom Berg joined Carolina last week.`},
			want:  map[string]string{"Carolina Hurricanes": "organization:Carolina|Carolina Hurricanes"},
		},
		{
			name:  "a name ends on no article, where a full stop was left out",
			paras: []string{"The fable zings along, led by a royally wicked Ruth Alder The screenplay by Tom Berg points the way."},
			want:  map[string]string{"Ruth Alder": "person:Ruth Alder", "Tom Berg": "person:Tom Berg"},
			never: []string{"Ruth Alder The"},
		},
		{
			name:  "a qualified title before a full name",
			paras: []string{"Niagara County District Attorney Caroline Wojtaszek spoke first."},
			want:  map[string]string{"Caroline Wojtaszek": "person:Caroline Wojtaszek"},
		},
		{
			name:  "a public defender is a title, and a lone surname with an apostrophe is the full name's",
			paras: []string{"Delaware Public Defender Brendan J. O'Neill spoke first.", "O'Neill said he was surprised."},
			want:  map[string]string{"Brendan J. O'Neill": "person:Brendan J. O'Neill|O'Neill"},
		},
		{
			name:  "a name opening with the is not a person",
			paras: []string{"Ruth Alder spoke to The Harbour Globe on Monday."},
			want:  map[string]string{"The Harbour Globe": "organization:The Harbour Globe"},
		},
		{
			name:  "nationality adjective before a title",
			paras: []string{"Merovian President Tomas Halvorsen arrived in Lundgate."},
			want:  map[string]string{"Tomas Halvorsen": "person:Tomas Halvorsen", "Lundgate": "place:Lundgate"},
		},
		{
			name:  "places by shape and aliases of a country",
			paras: []string{"The Essen River rose near Mill Street. The U.S. and the United States are one."},
			want:  map[string]string{"Essen River": "place:Essen River", "Mill Street": "place:Mill Street", "United States": "place:U.S.|United States"},
		},
		{
			name:  "hyphenated surname and company prefix",
			paras: []string{"Corvid Robotics chief Priya Raman-Holt spoke. Shares in Corvid rose."},
			want:  map[string]string{"Priya Raman-Holt": "person:Priya Raman-Holt", "Corvid Robotics": "organization:Corvid|Corvid Robotics"},
		},
		{
			name:  "a nickname inside a name",
			paras: []string{`The family's lawyer, William "Billy" Moss Jr., spoke to Joaquin "El Chapo" Berg.`},
			want:  map[string]string{"William Moss Jr.": "person:William Moss Jr.", "Joaquin Berg": "person:Joaquin Berg"},
		},
		{
			name:  "hyphenated pair of names splits",
			paras: []string{"A direct Putin-Trump meeting is not planned, said Vladimir Putin's aide about Donald Trump."},
			want:  map[string]string{"Vladimir Putin": "person:Putin|Vladimir Putin", "Donald Trump": "person:Donald Trump|Trump"},
		},
		{
			name:  "groups and brands that speak are no people",
			paras: []string{"The vote passed, and Democrats said they would appeal.", "The clip was removed, HarbourTube said.", "The bill failed, McAlder said."},
			want:  map[string]string{"HarbourTube": "organization:HarbourTube", "McAlder": "person:McAlder", "Democrats": "other:Democrats"},
		},
		{
			name:  "a byline's or a prompt's name is not the story's",
			paras: []string{"Ruth Alder said the vote passed.", "Follow Ruth Alder on the harbour site.", "By Tom Berg"},
			want:  map[string]string{"Ruth Alder": "person:Ruth Alder"},
			never: []string{"Follow Ruth Alder", "By Tom Berg", "Tom Berg"},
		},
		{
			name:  "a compass word opens a place's name; a title alone names no one",
			paras: []string{`The march went through West Lundgate on Sunday.`, `The Majority Leader said the vote would wait.`},
			want:  map[string]string{"West Lundgate": "place:West Lundgate"},
			never: []string{"Majority Leader"},
		},
		{
			name:  "a point of the compass alone is someone's surname or no one's",
			paras: []string{`12 North said the harbour would close.`, `Ruth West arrived on Sunday.`, `West said the ferry had left.`},
			want:  map[string]string{"Ruth West": "person:Ruth West|West"},
			never: []string{"North"},
		},
		{
			name:  "a body named after its leader is not the leader",
			paras: []string{`Critics of the Sorel Administration met in Essen.`, `Later Sorel said the harbour would stay open.`},
			want:  map[string]string{"Sorel Administration": "organization:Sorel Administration", "Sorel": "person:Sorel"},
		},
		{
			name:  "a headline's verb, a show's number and a title in quotation marks name no one",
			paras: []string{`Ruth Alder Got a New Job`, `The former Ruth Plus 8 star met Tom Berg, who directed "Harbour Lights" in May.`},
			want:  map[string]string{"Ruth Alder": "person:Ruth Alder", "Tom Berg": "person:Tom Berg", "Ruth Plus": "other:Ruth Plus", "Harbour Lights": "other:Harbour Lights"},
			never: []string{"Ruth Alder Got"},
		},
		{
			name:  "a hyphenated prefix opens a body's name",
			paras: []string{`The Anti-Defamation League and the Pan-Harbour Alliance met in Essen after Putin-Trump talks.`},
			want:  map[string]string{"Anti-Defamation League": "organization:Anti-Defamation League", "Pan-Harbour Alliance": "organization:Pan-Harbour Alliance"},
			never: []string{"Defamation League", "Putin-Trump"},
		},
		{
			name:  "a party before a title and a name: the place after is no part of it",
			paras: []string{`Republican Rep. Tom Berg of Essen said on Sunday the plan was wrong.`},
			want:  map[string]string{"Tom Berg": "person:Tom Berg"},
			never: []string{"Tom Berg of Essen"},
		},
		{
			name:  "an ampersand and a body's 'for' join a name; two given names make a show's",
			paras: []string{`Officials of the Centers for Disease Control met Barnes & Noble and the Harbour Institute for Tom Berg's studies.`, `Ruth Alder & Tom Berg met Laverne & Shirley at the Academy for the Arts & The Essen Post.`},
			want: map[string]string{"Centers for Disease Control": "organization:Centers for Disease Control", "Barnes & Noble": "organization:Barnes & Noble",
				"Harbour Institute": "organization:Harbour Institute", "Ruth Alder": "person:Ruth Alder", "Laverne & Shirley": "other:Laverne & Shirley"},
			never: []string{"Disease Control", "Noble", "Harbour Institute for Tom Berg", "Ruth Alder & Tom Berg", "Arts & The Essen Post"},
		},
		{
			name:  "a city with its district, a prison and a salon are no one",
			paras: []string{`Ruth Alder flew from Washington DC to the Essen Correctional Facility and the Tom Berg Salon.`},
			want:  map[string]string{"Washington DC": "place:Washington DC", "Essen Correctional Facility": "organization:Essen Correctional Facility", "Tom Berg Salon": "organization:Tom Berg Salon"},
		},
		{
			name: "a post is no one's name",
			paras: []string{`Chief Strategy Officer Tom Berg spoke, and Employee Ruth Alder met the Creative Director.`, `The Kestrel MacBook Pro sold well.`,
				`Harbour Group Board Chairman and Lundgate Foundation President Ann Lee met Tom Berg.`},
			want: map[string]string{"Tom Berg": "person:Tom Berg", "Ruth Alder": "person:Ruth Alder", "Creative Director": "other:Creative Director", "Kestrel MacBook Pro": "other:Kestrel MacBook Pro",
				"Harbour Group Board": "organization:Harbour Group Board", "Ann Lee": "person:Ann Lee"},
			never: []string{"Employee Ruth Alder", "Harbour Group Board Chairman"},
		},
		{
			name:  "an ampersand inside a name",
			paras: []string{`Ruth Alder sold shares of AT&T on Monday, and Kestrel& Lundgate did not.`},
			want:  map[string]string{"AT&T": "organization:AT&T", "Ruth Alder": "person:Ruth Alder"},
			never: []string{"AT", "Kestrel& Lundgate", "Kestrel Lundgate"},
		},
		{
			name:  "a given name of two syllables joined by a hyphen",
			paras: []string{`South Korean President Moon Jae-in met Kim Jong-un at the UN on Friday, and Obama-era rules stood.`},
			want:  map[string]string{"Moon Jae-in": "person:Moon Jae-in", "Kim Jong-un": "person:Kim Jong-un", "UN": "organization:UN"},
			never: []string{"Moon Jae", "Obama-era"},
		},
		{
			name:  "a qualified title before a name the given-name lists do not know",
			paras: []string{`"We will appeal," Kestrel Harbour Executive Director Narongsak Osatanakorn said.`},
			want:  map[string]string{"Narongsak Osatanakorn": "person:Narongsak Osatanakorn"},
		},
		{
			name:  "a headline's capitals name no one, a list of names does",
			paras: []string{"Related Reading: Who Will Win Best Harbour Over The Summer", "Photos: Ruth Alder, Tomas Halvorsen, Anneke Sorel"},
			want:  map[string]string{"Ruth Alder": "person:Ruth Alder", "Tomas Halvorsen": "person:Tomas Halvorsen"},
			never: []string{"Related Reading", "Will Win Best Harbour Over The Summer", "Will Win", "Win Best Harbour"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entityNames(tt.paras...)
			for name, want := range tt.want {
				if got[name] != want {
					t.Errorf("entity %q = %q, want %q (all: %v)", name, got[name], want, got)
				}
			}
			for _, name := range tt.never {
				if _, ok := got[name]; ok {
					t.Errorf("%q should not be an entity (all: %v)", name, got)
				}
			}
		})
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // "speaker: first words"
	}{
		{"X said after", []string{`Mayor Ruth Alder spoke. "This is a good day for the town," Alder said.`}, []string{"Ruth Alder: This is a good day"}},
		{"an appositive without its commas", []string{`"We are delighted," Ruth Alder the head of casework said.`}, []string{"Ruth Alder: We are delighted"}},
		{"a description of someone else after the name", []string{`"We are delighted," Ruth Alder the singer's agent said.`}, []string{"Ruth Alder the singer's agent: We are delighted"}},
		{"said X after", []string{`Ruth Alder and Tom Berg met. "We will appeal the ruling," said Berg.`}, []string{"Tom Berg: We will appeal the ruling"}},
		{"X said before", []string{`Tom Berg told reporters: "We will appeal the ruling."`}, []string{"Tom Berg: We will appeal the ruling."}},
		{"participle", []string{`Tom Berg expressed hope, saying, "There is a good chance of a deal."`}, []string{"Tom Berg: There is a good chance of a deal."}},
		{"a reported clause stops where a quote opens", []string{`Tom Berg acknowledged that the depot needs more staff, stating, "We are short. We are tired."`},
			[]string{"Tom Berg: We are short. We are tired.", "Tom Berg: the depot needs more staff"}},
		{"a verb after 'but' is the subject's, not the object's", []string{`Ruth Alder acknowledged the scale of the defeat but refused to resign.`}, nil},
		{"'before' and a verb's '-ing' form open no clause, unless a clause follows", []string{`The vote was "a defeat for the board," Tom Berg told the council before slamming the offer.`,
			`Harbour police said after searching the quay, their hunt for the captain has been suspended.`},
			[]string{"Tom Berg: a defeat for the board", "Harbour police: after searching the quay, their hunt"}},
		{"'they' are who spoke in the plural in the sentence before", []string{`Fuel costs remain the biggest worry and several harbour captains have warned about a hard winter. They say the ferries could stop by March.`},
			[]string{"several harbour captains: the ferries could stop by March"}},
		{"a plural's 'report' before the clause's pronoun", []string{`The ferry's regular passengers report they prefer the early crossing.`, `The report they published was long.`},
			[]string{"ferry's regular passengers: they prefer the early crossing"}},
		{"what is acknowledged may be a noun's, no clause", []string{`Tom Berg acknowledged the need for more staff at the depot, stating, "We are short."`},
			[]string{"Tom Berg: We are short."}},
		{"pronoun", []string{`Ruth Alder spoke at length.`, `"We did everything we could," she said.`}, []string{"Ruth Alder: We did everything we could"}},
		{"a body opening a sentence goes on speaking after 'and'", []string{`Ann Lee is the head of the Kestrel Action Group.`,
			`The Kestrel Action Group also has an online “road map” for employers looking to beef up their hiring and suggests companies "should hire for skills," not degrees.`},
			[]string{`Kestrel Action Group: companies "should hire for skills," not degrees`}},
		{"a body's officials are not the body's name before its verb", []string{`Kestrel Bank officials verified the breach and said they are working to reset passwords.`},
			[]string{"Kestrel Bank officials: they are working to reset passwords"}},
		{"a day between 'released' and 'by' names who stands behind a study", []string{`Retail jobs are the best bets for youth, according to a study being released Monday by Kestrel Action, a civic group.`},
			[]string{"Kestrel Action: Retail jobs are the best bets for youth"}},
		{"a date inside the source's phrase and a relative clause after it", []string{`According to a March 24, 2008, report from Kestrel Labs, a copy of which was obtained by the Harbour Times, the sample held DNA of two people.`},
			[]string{"Kestrel Labs: the sample held DNA of two people"}},
		{"a body's website cites the body", []string{`Levels of the drug fall within three hours, according to information on the Kestrel Transport Agency's website.`,
			`About 70 staff members were involved in his care, according to medical records his family provided to The Associated Press.`},
			[]string{"Kestrel Transport Agency: Levels of the drug", "medical records: About 70 staff members"}},
		{"'his father' is the father the article named, of the family the sentence names", []string{`Seven-year-old Grayson Powell was disqualified. "The rule is you have to wear black pants," his father, Todd Powell, explained. Tom Berg, the director, did not reply.`,
			`As for Grayson, he went home feeling dejected, his father said.`},
			[]string{"Todd Powell: The rule is", "Todd Powell: As for Grayson, he went home feeling dejected"}},
		{"'his brother' of another family is no brother named before", []string{`Omar Mostefai blew himself up. The third brother, Tom Alder, was released, his sister Ann Alder said.`,
			`His brother told AFP that he had not seen Mostefai for years.`},
			[]string{"Ann Alder: The third brother", "His brother: he had not seen Mostefai for years"}},
		{"a plural noun before a negated helping verb reports nothing", []string{`Ann Lee and Tom Berg lead the field. Their home states haven't voted for them since 1980. Tom Berg said the race was close.`},
			[]string{"Tom Berg: the race was close"}},
		{"three words that state something are a quote", []string{`Kestrel Bank says it is self-funding. Tom Berg said he was heartbroken.`},
			[]string{"Kestrel Bank: it is self-funding", "Tom Berg: he was heartbroken"}},
		{"three words with a noun for subject", []string{`The attackers shot at them, Ann Lee said, adding that police fired back. But drivers told us conditions were deceiving.`},
			[]string{"Ann Lee: The attackers shot at them", "Ann Lee: police fired back", "drivers: conditions were deceiving"}},
		{"three words that state nothing are none", []string{`Tom Berg said he would not. Ann Lee said he had uncovered:`, `Two payments and a loan.`}, nil},
		{"a participle set off before as describes, no one speaks", []string{`Tom Berg - described as "ready to climb the ranks of the group" - was filmed on Monday. He was also described as "lacking a conscience of any kind."`}, nil},
		{"a relative clause's subject describes", []string{`Ann Lee was eliminated in what host Tom Berg described as the "hardest verdict so far this season."`}, []string{"Tom Berg: hardest verdict"}},
		{"a source's article is its name's", []string{`There are three scripts in contention for the film, according to The Lundgate Wrap, so a change is possible.`}, []string{"The Lundgate Wrap: There are three scripts"}},
		{"a measure before a plural makes it a noun", []string{`Benchmark 10-year notes US10YT=RR last rose 7/32 in price to yield 1.786%, down from 1.808% late on Monday.`}, nil},
		{"a source's name holds commas", []string{`The volcano erupted again on Saturday and the wave struck soon after, according to the Lundgate Agency of Tides, Currents and Weather (LATCW).`},
			[]string{"Lundgate Agency of Tides, Currents and Weather: The volcano erupted"}},
		{"a comma inside a body's name opens no attribution", []string{`The fire was set on purpose, the Lundgate Office of Tides, Currents and Weather said.`},
			[]string{"Lundgate Office of Tides, Currents and Weather: The fire was set"}},
		{"a source's acronym in brackets is no part of its name", []string{`Wages rose 3 percent last year, according to the Lundgate Bureau of Labor Statistics (LBLS).`},
			[]string{"Lundgate Bureau of Labor Statistics: Wages rose"}},
		{"an opening source's name holds commas and an acronym", []string{`According to the Lundgate Office of Tides, Currents and Weather (LOTCW), the fire was set on purpose.`},
			[]string{"Lundgate Office of Tides, Currents and Weather: the fire was set"}},
		{"claimed the lives of: an object, no clause", []string{`The uprising has claimed the lives of thousands of farmers and traders, including more than 1,500 people killed this year.`}, nil},
		{"claimed and a day closes an attribution", []string{`Ann Lee may have left in a deliberate attempt to harm the band, her fiance's brother claimed today.`}, []string{"her fiance's brother: Ann Lee may have left"}},
		{"a passive after an adverb reports nothing", []string{`Colour is also maintained well and noise is very well controlled.`}, nil},
		{"a name's last stop stays on the speaker", []string{`The U.S. alleges Ann Lee deceived the banks and broke the sanctions. Kestrel Co. says the banks knew of the plan.`},
			[]string{"U.S.: Ann Lee deceived the banks", "Kestrel Co.: the banks knew"}},
		{"a list of names as a source", []string{`According to Gregoire, Thomas and Nicolas, about 50 people found a way onto the roof.`}, []string{"Gregoire, Thomas and Nicolas: about 50 people"}},
		{"a source after a phrase of time stands inside the clause", []string{`One day in mid-August, according to her records, a senior crew member shouted at her.`, `In 2012, according to the Lundgate Ledger, 93 percent of voters backed Ann Lee.`},
			[]string{"her records: One day in mid-August, a senior crew member shouted at her", "Lundgate Ledger: In 2012, 93 percent of voters"}},
		{"a subject before a source is no phrase of time", []string{`This, according to attendees and speakers, is both a problem and an opportunity.`}, []string{"attendees and speakers: This is both a problem"}},
		{"a name after a listener in lower case opens the clause", []string{`Ann Lee told officials Tom Berg struck his head during the fall.`}, []string{"Ann Lee: Tom Berg struck his head"}},
		{"a listener in lower case ends before an article", []string{`Ann Lee, 42, told police the family had a pleasant Father's Day.`}, []string{"Ann Lee: the family had"}},
		{"maintains and its object", []string{`The embassy maintains its own air quality monitor in the city. Ann Lee has maintained her allegations in recent essays.`}, nil},
		{"a source relays a quote its speaker said", []string{`"We miss them. They will always remain in our hearts," Kestrel Airlines Chairman Tom Berg told the gathering, according to the airline.`},
			[]string{"Tom Berg: We miss them"}},
		{"a dated listener of many words", []string{`President Ann Lee told a rare joint session of the Lundgate parliament on Monday that she would table a bill.`}, []string{"Ann Lee: she would table a bill"}},
		{"a relative clause on an irregular past keeps its noun", []string{`Ann Lee told police the car that hit him on Monday was red.`}, []string{"Ann Lee: the car that hit him"}},
		{"a preposition's object with no verb is no clause", []string{`Ann Lee cautioned against reading too much into the blood test levels.`}, nil},
		{"media in the plural close the attribution too", []string{`The ferries appear to have come from the old harbour, researcher Tom Berg said in a series of tweets.`},
			[]string{"Tom Berg: The ferries appear to have come from the old harbour"}},
		{"a clause, a colon and a quote attributed after it", []string{`Tom Berg said the ferries would sail again: "We have the crews and the boats now," he said.`},
			[]string{"Tom Berg: We have the crews and the boats now", "Tom Berg: the ferries would sail again"}},
		{"a body described before its name speaks by its name", []string{`The ferries will sail again on Monday, industry daily Lundgate Times reported.`},
			[]string{"Lundgate Times: The ferries will sail again on Monday"}},
		{"a quoted word ends the speaker's phrase with its mark", []string{`A Lundgate "outbreak alert" noted that there were some bleeding cases in Essen on Monday.`},
			[]string{`Lundgate "outbreak alert": there were some bleeding cases`}},
		{"when a source came out is no part of it", []string{`A Lundgate harbour report released last month said the ferries would sail again.`},
			[]string{"Lundgate harbour report: the ferries would sail again"}},
		{"but people so described are those people", []string{`People arrested last week said the ferries would sail again.`},
			[]string{"People arrested last week: the ferries would sail again"}},
		{"a second clause after an attribution loses its conjunction", []string{`This is only a theory, the harbour official said, and there is no concrete evidence to back it.`},
			[]string{"harbour official: This is only a theory", "harbour official: there is no concrete evidence"}},
		{"what the speaker did next is no quote", []string{`Ann Lee continues her complaint. Two of her daughters want to become firefighters, she said, and then started to cry.`},
			[]string{"Ann Lee: Two of her daughters want to become firefighters"}},
		{"a pronoun before the attribution is the subject of the verb after it", []string{`The ferry is old and that, the harbour official said, makes the crossing slow.`},
			[]string{"harbour official: The ferry is old and that makes the crossing slow"}},
		{"a relative clause may follow the speaker's employer", []string{`An official with the Lundgate Harbour Authority who was present in court told reporters he would not speak to the case.`},
			[]string{"official with the Lundgate Harbour Authority: he would not speak to the case"}},
		{"a goodbye said is a rite, no speech", []string{`Ann Lee said a tough goodbye to one of her best friends: her dog Kestrel, who died in her arms. Tom Berg said the prayer meeting was cancelled.`},
			[]string{"Tom Berg: the prayer meeting was cancelled"}},
		{"a show's title in quotation marks is where it was said", []string{`Tom Berg said Monday on Kestrel TV's "Morning Show" that the plan would fail.`, `Ann Lee said on Kestrel Radio’s “Late Desk” that the ferry would sail.`},
			[]string{"Tom Berg: the plan would fail", "Ann Lee: the ferry would sail"}},
		{"the subject before a relative clause an aside opens is the aside's pronoun", []string{`Two helicopters dumped seawater on the reactor, spokeswoman Ann Berg said.`, `Tilda Kell lives in a battered neighbourhood that is still without water and that, she said, makes life exhausting.`}, []string{"Ann Berg: Two helicopters", "Tilda Kell: Tilda Kell lives"}},
		{"a day's possessive after the verb opens the clause", []string{`A geologist said this year's summer gold rush is expected to be the best in two decades.`, `Rights groups said Tuesday's remarks by the ministry raise serious questions.`}, []string{"geologist: this year's summer gold rush", "Rights groups: Tuesday's remarks"}},
		{"a story told that its listener owns is no clause", []string{`As her mother tells Mrs. Berg's story in a voice wavering with age, pictures of Mrs. Berg flash across the screen.`}, nil},
		{"an opening clause closes at a comma inside its quote marks", []string{`Mayor Ann Berg met Tom Lee on Monday.`, `After Lee said the plan would "fail badly," Berg said that it would succeed in the end.`}, []string{"Tom Lee: the plan would \"fail badly", "Ann Berg: it would succeed in the end"}},
		{"what a 'which' before the speaker stands for is the clause's subject", []string{`The fund took money from Kestrel Nova, which Ann Lee said is controlled by a Merovian billionaire and his cousin.`}, []string{"Ann Lee: Kestrel Nova is controlled by"}},
		{"a one-word subject before an aside is the clause's", []string{`HP, as Kestrel Radio recently explained, is a complex and rare condition.`}, []string{"Kestrel Radio: HP is a complex and rare condition"}},
		{"a business's noun closing a sentence stands for the body it opens on", []string{`Corvid Robotics will pay $380 million for Tessellate Labs, the Fennick company announced on Tuesday.`}, []string{"Corvid Robotics: Corvid Robotics will pay"}},
		{"a relative clause with no relative word reports of its noun", []string{`Tom Berg promised to pick a young judge, someone he suggested could serve on the court for 40 years.`,
			`The ferry laid off 75 staff, or a third of its crews, in a move the Essen council said was needed to keep it running.`}, []string{"Tom Berg: someone could serve on the court", "Essen council: a move was needed"}},
		{"a tale told is no clause", []string{`Ruth Alder is a tireless advocate. In many settings she has told the painful story of her wrongful arrest at the harbour - always with the aim of changing the rules.`}, nil},
		{"a source after 'and' is of what follows, not of what comes before", []string{`Tom Berg wrote of the ferry on his page on Thursday and, according to harbour police, apparently left a note that said he was leaving town.`}, nil},
		{"a quote that closes a clause ends it before the attribution relaying it", []string{`The mayor said residents "could help by planting trees along the harbour," council spokesman Tom Berg said.`},
			[]string{`mayor: residents "could help by planting trees along the harbour"`}},
		{"'reiterated' reports a clause after 'that'", []string{`Tom Berg reiterated that the ferry was unsafe.`}, []string{"Tom Berg: the ferry was unsafe"}},
		{"'that' before a noun opens no clause", []string{`Tom Berg announced that change in a statement about his ferry: "It was the hardest call of my life," he said.`},
			[]string{"Tom Berg: It was the hardest call"}},
		{"a noun with its 'of' before the speaker is what the clause is said of", []string{`Ruth Alder faults the board for a lack of leadership she says has left the harbour without oversight.`},
			[]string{"Ruth Alder: a lack of leadership has left the harbour"}},
		{"a group's noun alone before a parenthetical attribution is the clause's subject", []string{`Ruth Alder spoke. Officials, Alder says, have no plan to deal with the flooding.`},
			[]string{"Ruth Alder: Officials have no plan"}},
		{"where someone testified is no clause", []string{`Former envoy Ann Berg testified before the U.S. House Harbour Committee in the inquiry against President Tom Lee.`}, nil},
		{"a relative \"that\" after the clause's subject, verb and object opens no clause", []string{`A spokesman says parliament considers all petitions that get more than 100 signatures.`},
			[]string{"spokesman: parliament considers all petitions that get"}},
		{"a participle's 'told' before a preposition reports nothing, though a listener named 'Inside Edition' does", []string{`A childhood told in five harbour blocks, compact and far away. Ann Berg told Inside Edition that the ferry was late.`},
			[]string{"Ann Berg: the ferry was late"}},
		{"a phrase of how often before a parenthetical attribution opens the clause it reports", []string{`Dr. Ann Berg runs the clinic. Too often, she says, patients wait a week.`},
			[]string{"Ann Berg: Too often, patients wait a week"}},
		{"a paper that relays a quote after it does not speak it", []string{`Ann Berg, the agency's chief operating officer, told colleagues, "If we could fire them, we would," according to The Harbour Times.`}, []string{"Ann Berg: If we could fire them"}},
		{"where it was said, however long, closes the attribution", []string{`Merovia will sell shares in its oil company, Tom Berg said separately in an interview with the state-owned Harbour Radio news channel.`},
			[]string{"Tom Berg: Merovia will sell shares in its oil company"}},
		{"a line too short to keep still changes the voice", []string{`"We sell a hundred a week," says Tom Berg. The record is … "Nine!" says Ruth Alder. "No, ten, and one on the shelf."`},
			[]string{"Tom Berg: We sell a hundred", "Ruth Alder: No, ten, and one"}},
		{"an adverb after the speaker is no part of it", []string{`The harbour founder always argued that the ferries were safe.`}, []string{"harbour founder: the ferries were safe"}},
		{"a relative clause's subject speaks", []string{`He ran the quiz at the fair, where harbour captains said that the ferries were safe.`}, []string{"harbour captains: the ferries were safe"}},
		{"a possessive and a participle are no speaker", []string{`His repeated claims that the ferries were safe were contrasted with the record.`}, nil},
		{"said and a body's name", []string{`"We remain sceptical of a quick recovery," said Lundgate Institutional Equities.`}, []string{"Lundgate Institutional Equities: We remain sceptical"}},
		{"told and a body's name: who listened", []string{`"We remain sceptical of a quick recovery," told Kestrel Sports.`}, nil},
		{"a letter a body sent to a person", []string{`The chief owns $43 million in stock, according to a letter Lundgate Equities sent to Senator Ruth Alder.`},
			[]string{"Lundgate Equities: The chief owns $43 million"}},
		{"a body's aide", []string{`The talks went on for hours, according to Harbour Ministry aide Tom Berg.`}, []string{"Tom Berg: The talks went on for hours"}},
		{"a paper in a journal: the journal", []string{`According to a paper published in the journal Kestrel Astronomy on Monday, the team found water vapour.`},
			[]string{"Kestrel Astronomy: the team found water vapour"}},
		{"an object pronoun after the verb opens no clause", []string{`Tom Berg repeats the harbour rumours. It is not clear whether he believes them or merely uses them to win votes.`}, nil},
		{"a listener after a warning", []string{`Tom Berg warned them the police would not believe them because they were strangers.`},
			[]string{"Tom Berg: the police would not believe them"}},
		{"a person named after a comma, who said", []string{`The harbour board referred comment to its lawyer, Tom Berg, who said the board has "tried to put in place procedures" to stop such deaths.`},
			[]string{"Tom Berg: the board has"}},
		{"a sentence's subject, who said, goes on past a comma", []string{`And Ann Lee, who said the vote had been fixed, left the hall.`}, nil},
		{"an unnamed spokesperson is not the person the article is about", []string{`Ruth Alder did not attend the gala.`, `Alder's rep released a statement on Monday.`, `"There is no report from the coroner yet," the spokesperson said.`},
			[]string{"spokesperson: There is no report"}},
		{"two sources set against each other by while, in an aside", []string{`(A spokesperson for the Harbour Board said that the board installed "an alarm system to help prevent such accidents," while a spokesperson for the Essen Sheriff's Office said it had initiated "extra measures to help ensure this does not happen again.")`},
			[]string{`spokesperson for the Harbour Board: the board installed "an alarm system`, `spokesperson for the Essen Sheriff's Office: it had initiated "extra measures`}},
		{"a journal or a diary is where words were written down", []string{`When the mayor showed the plans to Tom Berg in 1841, Berg recorded in his journal: "I had the privilege of seeing the harbour for the first time."`,
			`Ann Lee wrote in her diary: "The harbour was quiet."`, `Ann Lee recorded a song about the harbour.`},
			[]string{"Tom Berg: I had the privilege", "Ann Lee: The harbour was quiet."}},
		{"letters after a name are a title", []string{`Tom Berg MP, the chairman of the harbour committee, spoke on Monday.`, `Mr Berg added: "The committee was clear."`, `Ann Lee QC said the appeal would fail.`},
			[]string{"Tom Berg: The committee was clear.", "Ann Lee: the appeal would fail"}},
		{"the forces are the armed forces the article names", []string{`The Essen Armed Forces released the figures on Thursday.`, `The Harbour Rights League said the town was shelled.`, `The sniper hit the target from 3,540 metres, the forces said.`},
			[]string{"Harbour Rights League: the town was shelled", "Essen Armed Forces: The sniper hit"}},
		{"a name after an occupation after a preposition is no subject", []string{`A Syrian musician who toured with renowned cellist Tom Berg says he is waiting to see whether he can return.`},
			[]string{"Syrian musician who toured with renowned cellist Tom Berg: he is waiting"}},
		{"the force said: the armed forces", []string{`The Essen Armed Forces released the figures on Thursday.`, `"The sniper hit the target from 3,540 metres," the force said in an email.`},
			[]string{"Essen Armed Forces: The sniper hit"}},
		{"a listener named in an appositive after told", []string{`Tom Berg told his lawyer, Ann Lee, that the harbour was closed.`}, []string{"Tom Berg: the harbour was closed"}},
		{"a study a body published", []string{`Few crashes happen at cruise height, according to a safety study published by Lundgate Aviation in August.`},
			[]string{"Lundgate Aviation: Few crashes happen at cruise height"}},
		{"a study in a journal, closing", []string{`The drug cut deaths by half, according to a study in the journal Lundgate Medicine.`},
			[]string{"Lundgate Medicine: The drug cut deaths by half"}},
		{"a linking adverb opens no speaker", []string{`However the harbour security authority said the ferries were safe.`},
			[]string{"harbour security authority: the ferries were safe"}},
		{"quotation marks around a speaker's description", []string{`A "veteran harbour operative" told the Lundgate Star that the vote would fail.`},
			[]string{"veteran harbour operative: the vote would fail"}},
		{"a name in quotation marks in a speaker's description", []string{`A "Harbour Fourth" spokeswoman said that the show would go on.`},
			[]string{`"Harbour Fourth" spokeswoman: the show would go on`}},
		{"what is to become of a source is no part of it", []string{`The harbour works are running late, according to a government inspection report to be released Monday.`},
			[]string{"government inspection report: The harbour works are running late"}},
		{"a pronoun no one fits is no name after the verb", []string{`Al Kestrel arrived in Essen in January.`,
			`"It was difficult. I had no language," she recalled of the day four weeks after Prime Minister Tom Berg greeted the first refugees.`}, nil},
		// The article's own pronouns tell the sex of a name the lists do not
		// know: "he" is the man who just spoke of himself, not Tom Berg.
		{"a pronoun before another name is the subject's", []string{`Oyelaran Dabiri scored twice on Sunday.`,
			`Dabiri has four goals since Essen traded him to Lundgate for Victor Rask last week.`, `"They are great playmakers," he said.`},
			[]string{"Oyelaran Dabiri: They are great playmakers"}},
		{"a name in the quoted words is not the pronoun's", []string{`Ruth Alder said the school had a culture of entitlement.`, `"I heard boys from Kestrel Vale saying cruel things," she said.`},
			[]string{"Ruth Alder: the school had a culture", "Ruth Alder: I heard boys from Kestrel Vale"}},
		{"a document speaks for its author", []string{`Kestrel Railway runs the line through Essen.`, `A report by the railway company details how hard it is to run trains in the cold.`,
			`Trains are shortened when temperatures fall below -25 C, the report said.`}, []string{"Kestrel Railway: Trains are shortened"}},
		{"a document by a group's members is not the group's", []string{`A lawsuit by Kestrel Hockey League players was filed against the league.`,
			`The suit says the league did not do enough to protect its players from head trauma.`}, []string{"suit: the league did not do enough"}},
		// A title opening a quotation is the person's ("Mayor Berg's…"), so
		// "the mayor" later is him, however many sentences on.
		{"a title opening a quote names a role", []string{`Tom Berg spoke on Monday.`, `"Mayor Berg's figures are wrong," Ann Lee told the council.`,
			`Berg left early.`, `Lee stayed.`, `The council voted.`, `The vote was close.`, `Ann Lee spoke again.`, `The clerk read the minutes.`,
			`The mayor also claimed that the rinks were empty.`},
			[]string{"Ann Lee: Mayor Berg's figures are wrong", "Tom Berg: the rinks were empty"}},
		// "She" opening the sentence after one that names only Taylor Lee
		// says Taylor is a woman, so "he" is someone else.
		{"a pronoun in the next sentence tells a name's sex", []string{`Taylor Lee said the week had a calm feel to it.`, `She enjoyed the concerts.`,
			`Asked about nerves, Berg did not hesitate.`, `"It's this for sure," he said.`}, []string{"Taylor Lee: the week had a calm feel"}},
		{"it is the body that opens a sentence before, after a phrase of time", []string{`In April, the Lundgate Port Authority closed the harbour to tankers.`,
			`Three ships were turned away that week.`, `Ann Lee, a pilot, watched them go.`, `"The risk of a spill is too high," it said.`}, []string{"Lundgate Port Authority: The risk of a spill is too high"}},
		// "But X says" opens a second source's clause, and "that's" is its
		// subject, no "that" before a clause.
		{"two sources in one sentence", []string{`Tom Berg leads the pilots' union.`,
			`According to the port office, the target is met in most cases but Berg says that's not what the union is seeing.`},
			[]string{"port office: the target is met in most cases", "Tom Berg: that's not what the union is seeing"}},
		{"a surname that is a role's word", []string{`"Revenue has not grown since 2008," says industry analyst Tom Doctor.`,
			`"After two more years of this," Doctor asks, "what will be left?"`, `The President said nothing.`},
			[]string{"Tom Doctor: Revenue has not grown", "Tom Doctor: After two more years", "Tom Doctor: what will be left"}},
		{"the statement is whose the sentence before opens on", []string{`Ann Lee accused the publisher on Monday.`,
			`Kestrel Press denied the allegations in a statement shared on its website.`, `"We were shocked to read her claims," the statement read.`},
			[]string{"Kestrel Press: We were shocked"}},
		{"a listener before the clause's pronoun", []string{`The hunter told doctors he ate the rabbit in Essen.`}, []string{"hunter: he ate the rabbit in Essen"}},
		{"the statement's issuer after an opening phrase", []string{`After publication, Kestrel Press provided a statement from its lawyer, Ann Lee.`,
			`"Kestrel Press is owned by its staff," the statement said.`}, []string{"Kestrel Press: Kestrel Press is owned"}},
		{"the statement's issuer after 'In a statement,'", []string{`In a statement, the Harbour Ministry on Sunday neither confirmed nor denied the report.`,
			`"The safety of our crews remains our top priority," the statement said.`}, []string{"Harbour Ministry: The safety of our crews"}},
		{"the statement's issuer after a title", []string{`Harbour Minister Ann Lee released a statement on Monday.`,
			`"The ferries will run again in May," the statement said.`}, []string{"Ann Lee: The ferries will run"}},
		{"no issuer inside a quotation", []string{`The firm denied the claims in a statement.`,
			`"The truth is, Ann Lee has owed us money for years," the statement continued. "We have tried to talk with her."`},
			[]string{"statement: The truth is", "statement: We have tried"}},
		{"the statement's issuer is the subject of its clause", []string{`Asked on Monday, Kestrel Press declined, but Ann Lee issued a statement.`,
			`"The ferries are safe," the statement said.`}, []string{"Ann Lee: The ferries are safe"}},
		{"a question asked is no answer", []string{`When asked on Monday whether he had overstated the debt, Tom Berg said, "The debt is $514 million."`}, []string{"Tom Berg: The debt is $514 million."}},
		{"what a quote is said of", []string{`Tom Berg also claimed of the harbour complex, "The land underneath is very unstable."`}, []string{"Tom Berg: The land underneath"}},
		{"a clause on 'and' is no report", []string{`Attorneys general from 15 states and the city of Essen are issuing a joint statement.`}, nil},
		{"a counted noun is no verb", []string{`Judges in at least five states blocked the harbour order on Monday.`, `A Lundgate couple says they will never sail again.`, `Ann Lee, 60, says the harbour is safe.`},
			[]string{"Lundgate couple: they will never sail again", "Ann Lee: the harbour is safe"}},
		{"a pronoun told", []string{`Tom Berg told us the harbour would reopen in spring.`}, []string{"Tom Berg: the harbour would reopen"}},
		{"what one writes about is no clause", []string{`Ann Lee writes about style and culture for the Lundgate Post.`, `Tom Berg said about 550 students attend the school.`},
			[]string{"Tom Berg: about 550 students attend"}},
		{"a poll's share is no speaker", []string{`Lundgate voters were asked about the harbour plan.`, `Fifty-one percent said "the harbour plan was wrong and should be dropped."`}, nil},
		{"a capitalised speech verb is a name's", []string{`Ruth Alder named the harbour towns, Essen, the United States and Lundgate, for "publicly coming out against these detentions."`, `"Legal in Essen but not on @harbour," she Tweeted.`, `Tom Berg Tweeted: "The harbour is mine."`}, []string{"Ruth Alder: Legal in Essen but not", "Tom Berg: The harbour is mine."}},
		{"a pull quote", []string{`Mayor Tom Berg said the town was cut off.`, `It is very bad for our older people if they have nothing in the way of backup. Tom Berg, Lundgate mayor`},
			[]string{"Tom Berg: the town was cut off", "Tom Berg: It is very bad for our older people"}},
		{"a photo credit is no pull quote", []string{`Mayor Tom Berg said the town was cut off.`, `A cyclist rides past shuttered homes in the harbour area of Lundgate. Ann Lee`, `Ann Lee took the pictures.`},
			[]string{"Tom Berg: the town was cut off"}},
		{"a sentence about someone is no pull quote", []string{`Tom Berg said he was not at the harbour.`, `Ann Lee has been missing since June. Tom Berg, 28, was charged with kidnapping Lee.`},
			[]string{"Tom Berg: he was not at the harbour"}},
		{"quoted as saying, direct", []string{`Mayor Ruth Alder spoke.`, `"We are deeply in debt," she was quoted as saying in the release.`}, []string{"Ruth Alder: We are deeply in debt"}},
		{"quoted as saying, reported", []string{`Tom Berg was quoted as saying that the harbour would close in May.`}, []string{"Tom Berg: the harbour would close"}},
		{"pronoun of a name no list knows", []string{`Tom Berg said he left at noon.`, `Oyelaran Dabiri was on a trip to Essen when he was caught in the storm.`, `"We waited for hours," he said.`},
			[]string{"Tom Berg: he left at noon", "Oyelaran Dabiri: We waited for hours"}},
		{"continued quote", []string{`"We agreed on some things," Tom Berg said. "Other things were rejected outright."`},
			[]string{"Tom Berg: We agreed on some things", "Tom Berg: Other things were rejected outright."}},
		{"according to", []string{`The deal is close, according to Ruth Alder, "closer than ever before".`}, []string{"Ruth Alder: closer than ever before", "Ruth Alder: The deal is close"}},
		{"object of a preposition is not the speaker", []string{`An aide to President Ruth Alder said "much work remains to be done".`}, []string{"aide to President Ruth Alder: much work"}},
		{"an appositive before the verb", []string{`"The situation may change drastically," Clara Voss, a Harbour-based expert on the region, said about the plan.`}, []string{"Clara Voss: The situation"}},
		{"an unnamed speaker before a colon", []string{`Another member of the public wrote: "The decision is an outrage and must be reversed."`}, []string{"Another member of the public: The decision"}},
		{"scare quotes without a speaker", []string{`The talks were "serious but inconclusive" for both sides.`}, nil},
		{"short quotes skipped", []string{`Tom Berg called it "historic".`}, nil},
		{"a clause after the verb names no speaker", []string{`Retiree Tom Berg, who lost 16 pounds "and two belt loops" by May, says the program changed his life.`}, []string{"Tom Berg: the program changed his life"}},
		{"a relative clause after the speaker names no speaker", []string{`Oyelaran Dabiri came to the meeting. "He has me thinking now," said Dabiri, who is also considering Tom Berg.`,
			`"It takes months of panels," says the self-taught Essen resident, who sold copies of a comic Clara Voss drew.`},
			[]string{"Oyelaran Dabiri: He has me thinking now", "Oyelaran Dabiri: It takes months of panels"}}, // the one who spoke before, not Clara Voss
		{"a medium after a speaker named after the verb", []string{`"The plant has been shut down and no radiation has leaked," said the KWA in a statement.`}, []string{"KWA: The plant has been shut down"}},
		{"a pronoun after a new speaker described but not named", []string{`Tom Berg could not find work. "They told me my name was the problem," he recounts.`, `A top executive of Kestrel Services, a leading recruitment firm, agrees. "If the issue involves crossing borders, then nothing can be done," he points out.`},
			[]string{"Tom Berg: They told me my name", "top executive: If the issue involves"}},
		{"a spokesman introduced with 'a' is no one named before", []string{`Ruth Alder was found dead on Monday.`, `She was found in the bath of a home by her fiance, a spokesman for the Lundgate coroner told reporters.`},
			[]string{"spokesman for the Lundgate coroner: She was found in the bath"}},
		{"an attribution closing a clause before a semicolon", []string{`Ruth Alder wrote a book on the harbour.`, `Harbour porters were often accused of theft, Alder writes; such accusations grew as they neared retirement.`},
			[]string{"Ruth Alder: Harbour porters were often accused of theft", "Ruth Alder: such accusations grew as they neared"}},
		{"'points out', and a speaker after 'when'", []string{`"You are talking about one genre only," points out Tom Berg, who moved to Essen in 2004.`, `I was at a barbecue a few summers ago when a friend wondered loudly, "Do you ever kiss your husband anymore?"`, `A renoviction is when a landlord tells a tenant they have to move out for major renovations.`},
			[]string{"Tom Berg: You are talking about one genre", "friend: Do you ever kiss your husband"}},
		{"a short line of talk, and 'As X commented:'", []string{`"You're short," Tom Berg blurted out. "But I am short too. That is not what I meant."`, `As one veteran of the harbour works commented: "I have never seen one finish on time."`},
			[]string{"Tom Berg: You're short", "Tom Berg: But I am short too.", "one veteran of the harbour works: I have never seen one"}},
		{"reported with that", []string{`Ruth Alder said on Tuesday that the council would vote again next month.`}, []string{"Ruth Alder: the council would vote again"}},
		{"reported, listener skipped", []string{`Tom Berg told reporters in Essen the appeal would be filed within a week.`}, []string{"Tom Berg: the appeal would be filed"}},
		{"reported after the clause", []string{`Three people were taken to hospital with minor injuries, police said.`}, []string{"police: Three people were taken"}},
		{"reported after the clause, said X", []string{`The plant will close by June, said Ruth Alder, the company's director.`}, []string{"Ruth Alder: The plant will close by June"}},
		{"according to reports names no speaker", []string{`According to media reports, the mayor will resign before the summer recess.`}, nil},
		{"reports opening a sentence name no speaker", []string{`Reports say the mayor will resign before the summer recess.`}, nil},
		{"an interview with a paper, a message, a tweet after the clause", []string{`The port will close in May, Ann Lee said in an interview with the Herald.`, `The ferries will stop in June, Tom Berg said via text message.`, `The pier is safe, Ruth Alder tweeted.`},
			[]string{"Ann Lee: The port will close in May", "Tom Berg: The ferries will stop in June", "Ruth Alder: The pier is safe"}},
		{"announced after the clause", []string{`The port will close in May, Ann Lee announced Tuesday.`, `The ferry company, Ann Lee announced a recall.`},
			[]string{"Ann Lee: The port will close in May"}},
		{"a plural noun opening a sentence speaks in lower case", []string{`Police have said the fire is being investigated. They said Friday that three cars had burned.`, `Analysts say the sale will close in May.`},
			[]string{"police: the fire is being investigated", "police: three cars had burned", "analysts: the sale will close in May"}},
		{"who told a paper is named before the verb, not after", []string{`The talks failed on Tuesday in Lundgate, his aide, former Sen. Tom Berg, told the Harbour Post.`}, []string{"Tom Berg: The talks failed on Tuesday in Lundgate"}},
		{"a page's correction is no one's words", []string{`Correction added Nov. 18, 2019: The caption below the photograph originally made an unconfirmed statement.`}, nil},
		{"telling a story names no one's words", []string{`But a lawyer for the family, Ruth Alder, told a different story.`}, nil},
		{"according to a way of doing names no speaker", []string{`The samples were tested for the virus by PCR, according to protocols described elsewhere (12,13).`}, nil},
		{"according to, reported", []string{`According to the fire service, the blaze started in a kitchen on the second floor.`}, []string{"fire service: the blaze started"}},
		{"according to, in brackets", []string{`(Agents made over 100 purchases during the inquiry, according to the indictment.)`}, []string{"indictment: Agents made over 100 purchases"}},
		{"a time word between speaker and verb", []string{`Police earlier said officers could put the man in leg irons because he had become irate.`}, []string{"police: officers could put the man"}},
		{"reported by pronoun", []string{`Ruth Alder spoke first.`, `She said the budget had been cut twice this year.`}, []string{"Ruth Alder: the budget had been cut"}},
		{"mixed quote is one quote", []string{`Ruth Alder said the plan was "a disgrace to the town" and should be dropped.`}, []string{`Ruth Alder: the plan was "a disgrace to the town" and should be dropped`}},
		{"passive is not reported speech", []string{`The painting is said to be worth two million euros.`}, nil},
		{"pronoun skips a name of the other sex", []string{`Ruth Alder met Tom Berg at the depot.`, `"We did everything we could," she said.`}, []string{"Ruth Alder: We did everything"}},
		{"pronoun prefers a known person", []string{`Ruth Alder studied at Harmon Cordell before the war.`, `"We did everything we could," she said.`}, []string{"Ruth Alder: We did everything"}},
		{"said X prefers a known person", []string{`"We lost the game in the first ten minutes," said Kestrel Oilers coach Tom Berg.`}, []string{"Tom Berg: We lost the game"}},
		{"a paragraph that is only a quote", []string{`Ruth Alder has run the shelter since 2009.`, `"Nobody here has been turned away in ten years."`}, []string{"Ruth Alder: Nobody here"}},
		{"a paragraph that is only a quote, after a quote naming someone else", []string{`Most interest is in a coat worn by Tom Berg, who played the mayor.`, `Ruth Alder bought the coat in 1961.`,
			`"I asked if he would sell it. There was a label saying 'Tom Berg production coat' on it."`, `This purchase sowed the seeds of the collection.`, `"Word started going around the studios."`},
			[]string{"Ruth Alder: I asked if he would sell it.", "Ruth Alder: Word started going around"}},
		{"a paragraph that is only a quote naming the person the passage is about", []string{`Ruth Alder has run the shelter since 2009.`, `"It is shameful that Ruth and her family were put through this ordeal."`}, nil},
		{"an interview: the writer's lines are no one's, and the answers are the interviewee's", []string{`Tom Berg met us in Essen. "We will win," he said.`,
			`He has dodged questions on Ruth Alder since we sat down. But I press him.`, `"Did you ever vote for Ruth?" I ask.`, `"Let me see. Did I ever? I would rather not say."`,
			`"Unless," I offer, "you think you can change the map." He says he can.`, `"The harbour vote," I prompt him.`, `"Oh yes, I think it should pass."`},
			[]string{"Tom Berg: We will win", "Tom Berg: Let me see.", "Tom Berg: Oh yes, I think"}},
		{"a paragraph that is only a quote signed by the person the passage is about", []string{`Ruth Alder left a note.`, `"I ask that no one grieve. – Ruth Alder"`}, []string{"Ruth Alder: I ask that no one grieve."}},
		{"a name opening on a number", []string{`In a new report on Friday, 38 Harbour said it had seen fresh activity at the quay.`},
			[]string{"38 Harbour: it had seen fresh activity"}},
		{"a year is no name's number", []string{`In a new report on Friday, 2016 Harbour said it had seen fresh activity at the quay.`}, nil},
		{"a quote after a sentence opening on a pronoun is of whom the pronoun stands for", []string{`Singer Ruth Alder was given the town's medal on Monday.`,
			`At the ceremony, which began at noon, the famed singer thanked her teachers, from Tom Berg to Anna Kell. She also thanked herself.`,
			`"I want to thank me for never quitting."`}, []string{"Ruth Alder: I want to thank me"}},
		{"a comma before X said that", []string{`Rumours of a merger grew all week, but Berg had said Friday that no offer had been received.`}, []string{"Berg: no offer had been received"}},
		{"a longer speaking noun phrase", []string{`A person familiar with the negotiations says the two clubs have agreed a fee.`}, []string{"person familiar with the negotiations: the two clubs"}},
		{"a clause is not a speaker", []string{`When the council first said the road would close, shops protested.`}, nil},
		{"according to X after the clause", []string{`The union will represent all cooks and servers at both restaurants, according to a union statement.`}, []string{"union statement: The union will represent"}},
		{"an unnamed speaker after a quote", []string{`"The decision rests with the minister alone," a justice official said.`}, []string{"justice official: The decision rests"}},
		{"said an unnamed speaker", []string{`"The decision rests with the minister alone," said a spokeswoman for the ministry.`}, []string{"spokeswoman for the ministry: The decision rests"}},
		{"a role named soon after", []string{`The board had not yet seen the claim, the Kestrel commissioner said on Monday.`, `"We will review it in full," Kestrel commissioner Tom Berg said.`}, []string{"Tom Berg: The board had not yet seen", "Tom Berg: We will review it"}},
		{"what the person just named was", []string{`Tom Berg, who ran the harbour for a decade, is considering a move into politics.`, `The former harbour master of Kestrel said Monday he would run for mayor.`}, []string{"Tom Berg: he would run for mayor"}},
		{"whom the words are about, before the pronoun that says them", []string{`Senate leader Tom Berg refused to budge.`, `"It is the old story," said Sen. Ken Moss. Berg, he said, "knows the minds of his colleagues."`}, []string{"Ken Moss: It is the old story", "Ken Moss: knows the minds"}},
		{"told an audience in a post", []string{`Four crew members were killed, lead singer Ann "Annie" Lee told followers in a tearful Instagram post.`}, []string{"Ann Lee: Four crew members were killed"}},
		{"a participle after a quote that closes on the comma", []string{`Tom Berg said he is "a long way from making a decision," noting that he has served the harbour for 43 years.`}, []string{`Tom Berg: he is "a long way from making a decision"`, "Tom Berg: he has served the harbour"}},
		{"according to a source its relative clause describes", []string{`Talks on the harbour are taking place this week, according to a person who spoke on the condition of anonymity because the talks are private.`}, []string{"person: Talks on the harbour are taking place"}},
		{"the companies the sentence names", []string{`Kestrel Robotics has agreed to buy the start-up Tessellate Labs for $420 million, the companies said on Tuesday.`}, []string{"Kestrel Robotics and Tessellate Labs: Kestrel Robotics has agreed"}},
		{"the companies, of more than two", []string{`Kestrel Robotics, Essen Motors and Tessellate Labs will share the plant, the companies said.`}, []string{"companies: Kestrel Robotics, Essen Motors"}},
		{"someone a relative clause describes, before the verb", []string{`A man who lives near the harbour said the water rose in an hour.`, `An official who spoke on condition of anonymity told reporters the pier would close.`}, []string{"man who lives near the harbour: the water rose in an hour", "official who spoke on condition of anonymity: the pier would close"}},
		{"someone a relative clause describes, after the verb", []string{`"It was terrifying," said a woman who asked not to be named because she feared reprisals.`, `The pier would close, said an officer who asked to remain anonymous.`}, []string{"woman who asked not to be named: It was terrifying", "officer who asked to remain anonymous: The pier would close"}},
		{"a relative clause too long for a label", []string{`A woman who identified herself as a neighbour of the family said the boy had moved away.`}, []string{"woman: the boy had moved away"}},
		{"a relative clause whose own verb reports", []string{`Some people who were initially told they would be deported were allowed to stay.`, `The man who police said fired the shots was arrested.`, `A blogger who supported Senator Ann Lee circulates claims that the mayor lied.`}, nil},
		{"a name in the relative clause qualifying a noun", []string{`Several activists who have been involved in Essen politics for years said they had never met him.`}, []string{"Several activists: they had never met him"}},
		{"reported after the clause", []string{`A fourth death in Lundgate has been linked to bad oysters, the Harbour Post reported on Tuesday.`}, []string{"Harbour Post: A fourth death in Lundgate"}},
		{"reported, relaying someone who spoke", []string{`Harbour officials said the pier would close in May, the Harbour Post reported.`}, []string{"Harbour officials: the pier would close in May"}},
		{"reported by no one", []string{`The disclosure form, which is available upon request, hasn't been previously reported.`, `Associated Press writer Ann Lee reported from Kestrel, Essen.`}, nil},
		{"according to, between a name and its verb", []string{`Ruth Alder, according to the Harbour Post report, rebuffed the pressure from the council.`}, []string{"Harbour Post: Ruth Alder rebuffed the pressure"}},
		{"report after a plural subject", []string{`Workers who have had a heart attack are less likely to be working three years later, researchers report.`, `Ann Lee and Tom Berg contributed to this report.`}, []string{"researchers: Workers who have had a heart attack"}},
		{"chanted", []string{`Outside the hall, teachers chanted "Fund our schools now" as the council met.`}, []string{"teachers: Fund our schools now"}},
		{"a crowd's chant is no one's", []string{`Ruth Alder told me: "I joined because I was against the plan." Hearing them chant "Three more days" and "Two more days," it feels like a change.`}, []string{"Ruth Alder: I joined because"}},
		{"two people in apposition", []string{`Her lawyers, Ann Lee and Tom Berg, have said they might seek a change of venue.`}, []string{"Ann Lee and Tom Berg: they might seek a change"}},
		{"a possessive speaker", []string{`"The minister will not comment today," her office told the Harbour Post.`}, []string{"her office: The minister will not"}},
		{"attribution before another clause", []string{`Each charge carries a penalty of up to 30 years, Berg said, adding that more charges were possible.`}, []string{"Berg: Each charge carries", "Berg: more charges were possible"}},
		{"a participle clause of the sentence's subject", []string{`Ruth Alder announced her resignation on Monday, saying the party needed a new leader.`}, []string{"Ruth Alder: the party needed a new leader"}},
		{"pronoun is who the last sentence is about", []string{`Ruth Alder said she wrote to the police after the death of Clara Voss.`, `"I thought it was the right time to ask," she said.`}, []string{"Ruth Alder: she wrote", "Ruth Alder: I thought"}},
		{"pronoun is who speaks in the last sentence", []string{`At the hearing, Ruth Alder told the court she had warned Clara Voss about the bridge twice.`, `"Nobody listened to any of it," she said.`}, []string{"Ruth Alder: she had warned", "Ruth Alder: Nobody listened"}},
		{"an unread attribution is not a continuation", []string{`"We will appeal," Tom Berg said.`, `"They made him our problem," the Kestrel Valley Borough's own long-serving chief clerk said.`}, []string{"Tom Berg: We will appeal"}},
		{"added with a number is not speech", []string{`The Harbour index of smaller-company stocks added 10 points, or 0.7 per cent, to 1,467.`}, nil},
		{"a body told apart by a word before its noun is no other body", []string{`Kestrel Press reported the third case on Monday.`, `The health commission said in a statement that the man had caught the fever while hunting.`,
			`Xhibit Cruise Group cancelled the voyage.`, `The cruise company said an investigation was under way.`},
			[]string{"health commission: the man had caught the fever", "Xhibit Cruise Group: an investigation was under way"}},
		{"a lone name with a resident's appositive, and a medium after the verb", []string{`Tarvo, a resident of the area who runs boat tours, said by text message the weather had been fine.`, `Evacuees were relying on rice, he said.`},
			[]string{"Tarvo: the weather had been fine", "Tarvo: Evacuees were relying on rice"}},
		{"an occupation before a name is its title", []string{`Retiree Tom Berg says the program changed his life. "My blood pressure is down," he says. It also helped Essen accountant Okwe Farinloye, 50. "I had a gym membership, but this helped me," he says.`, `Veteran MPs were not told.`},
			[]string{"Tom Berg: the program changed his life", "Tom Berg: My blood pressure is down", "Okwe Farinloye: I had a gym membership"}},
		{"a long description heads the clause", []string{`The former sergeant-at-arms of the Lundgate Harbour Council said Monday he is considering a run for mayor.`},
			[]string{"former sergeant-at-arms of the Lundgate Harbour Council: he is considering a run for mayor"}},
		{"a second verb after 'but' or 'and' reports a second clause", []string{`Mayor Tom Berg said Monday that it was up to the council to pick a date, but added that he hoped it would be soon.`, `Ruth Alder said the vote was fair and also noted the turnout was high.`},
			[]string{"Tom Berg: it was up to the council to pick a date", "Tom Berg: he hoped it would be soon", "Ruth Alder: the vote was fair", "Ruth Alder: the turnout was high"}},
		{"a show's name ends on a mark, and a verb after a comma is another clause's", []string{`The vote is close, Ruth Alder told the Harbour Post's "Meet the Harbour."`, `Tom Berg wrote her first cookbook in 1991, then in the late 1990s she became a columnist.`}, []string{"Ruth Alder: The vote is close"}},
		{"a second clause that holds a direct quote is one mixed quote", []string{`Ruth Alder said the vote was fair and said that the harbour was "the best place for boats in the whole region."`},
			[]string{"Ruth Alder: the vote was fair", `Ruth Alder: the harbour was "the best place`}},
		{"the first lady is the woman named so", []string{`First lady Ruth Alder visited the harbour school on Monday.`, `"We are proud of them," the first lady said.`}, []string{"Ruth Alder: We are proud of them"}},
		{"a noun phrase with no verb after it is an object", []string{`The harbour club has also added the signatures of two young players from Essen.`, `Ruth Alder explained the key points of the new system.`,
			`This fall, Kestrel added the drug group to its monitoring program, which tracks the dispensing of medications.`}, nil},
		{"an object before a second reported clause", []string{`Tom Berg explained his decision to leave the race, and suggested he might run for office again.`}, []string{"Tom Berg: he might run for office again"}},
		{"a noun phrase and a verb after it is a clause", []string{`Ruth Alder noted the call took place on Monday evening.`, `Jo Bell added the marks on the bones were evidence.`},
			[]string{"Ruth Alder: the call took place", "Jo Bell: the marks on the bones"}},
		{"a passive attribution names no speaker", []string{`Tom Berg would seek out buyers for the harbour land, police were told.`}, nil},
		{"a work's title is no one's words", []string{`According to "History of the Harbour Board," Ruth Alder said nothing.`}, nil},
		{"a title passes the voice on", []string{`Ruth Alder, who wrote "The Harbour Years," spoke on Monday. "We will rebuild the wall," she said.`}, []string{"Ruth Alder: We will rebuild the wall"}},
		{"a name's word is not speech", []string{`For example, the United States only counts televisions and computers as waste.`}, nil},
		{"a noun after a possessive is not speech", []string{`Ann Lee's claims, made in a filing on Monday, could suggest the harbour deal was rigged.`}, nil},
		{"a hyphenated verb is not speech", []string{`Ruth Alder also co-wrote three cookbooks with famous chefs from the coast.`}, nil},
		{"a refusal is not a speaker", []string{`Tom Berg won't say what he will do if the vote is lost.`}, nil},
		{"a colon after the sentence's subject", []string{`Ruth Alder, the harbour doctor, is more blunt: "We are going to find things that are horrifying."`}, []string{"Ruth Alder: We are going to find"}},
		{"less common speech verbs", []string{`"You are short," Tom Berg blurted out.`}, []string{"Tom Berg: You are short"}},
		{"a name as the appositive of the subject", []string{`His father, Tom Berg, says the family was never told of the transfer.`}, []string{"Tom Berg: the family was never told"}},
		{"a name and where the person works", []string{`Professor Ruth Alder at the University of Essen says the storms are linked to the warming Arctic.`}, []string{"Ruth Alder: the storms are linked"}},
		{"a subject doing two things", []string{`Ruth Alder described the attack as a carjacking and said the driver was badly hurt.`}, []string{"Ruth Alder: the driver was badly hurt"}},
		{"an attribution followed by a clause is not the tail", []string{`The first call came from inside the house, and Berg said investigators believe the victim made it.`}, []string{"Berg: investigators believe the victim made it"}},
		{"too short to report", []string{`Tom Berg said so.`}, nil},
		{"a month's name after an honorific is a surname", []string{`Prime Minister Ruth May lost the vote.`, `On Tuesday, Ms. May said a time limit could be a solution.`},
			[]string{"Ruth May: a time limit could be a solution"}},
		{"'All those involved' speak; 'warned about a' reports no clause", []string{`All those involved say the harbour's troubles are complex.`, `Several captains have warned about a hard winter.`},
			[]string{"All those involved: the harbour's troubles are complex"}},
		{"a subject before an appositive that opens on an article", []string{`Harbour group al-Mina, an alliance fighting to close the pier, said it organised the protest.`,
			`A father of four, the owner of a bakery near the pier, was among those killed, said Ruth Alder, a friend of the family.`},
			[]string{"al-Mina: it organised the protest", "Ruth Alder: A father of four"}},
		{"a body or someone described speaks in a participle's clause", []string{`Kestrel Water reminded customers to boil water, saying the pipes would be flushed by Monday.`,
			`A harbour court judge chastised the ferry company on Friday, saying it had been "playing games" with the board.`,
			`The report was critical of the cells, warning of the risk of harm.`},
			[]string{"Kestrel Water: the pipes would be flushed", `harbour court judge: it had been "playing games"`}},
		{"a clause may open on a figure after 'said'", []string{`Officials said 29,000 homes were still without power.`, `Tom Berg told 20 reporters the plan had failed.`},
			[]string{"officials: 29,000 homes were still without power"}},
		{"'it said' is what spoke in the sentence before, not a noun in it", []string{`The harbour board decision allowing his release said he was no danger to anyone.`,
			`It also said he had completed every course.`, `However, it also said these courses "would not have been enough" without a home.`},
			[]string{"harbour board decision: he was no danger", "harbour board decision: he had completed every course", "harbour board decision: these courses"}},
		{"the government is no firm just named", []string{`"The markets have stopped panicking," said Ann Lee, an analyst at Kestrel Freight Company.`, `Nearly 29,000 homes were still without power, officials said, and the government said about 94,000 lacked water.`},
			[]string{"Ann Lee: The markets have stopped", "officials: Nearly 29,000 homes", "government: about 94,000 lacked water"}},
		{"the authority is no firm just named", []string{`The search followed the path of the Boeing 777.`, `"No debris has been found," the authority said in a statement.`},
			[]string{"authority: No debris has been found"}},
		{"the authority is one of that name", []string{`The Harbour Ferry Authority fined Kestrel Air.`, `"The fine is our largest," the authority said.`},
			[]string{"Harbour Ferry Authority: The fine is our largest"}},
		{"a described organisation is the one just named", []string{`Kestrel Freight Company shares rose 6 per cent on Tuesday.`, `The company said its annual profit would be higher than expected.`}, []string{"Kestrel Freight Company: its annual profit"}},
		{"the organisation that bears the head noun", []string{`The Harbour Water Commission met Tom Berg on Friday. Berg spoke to Kestrel Bank.`, `The commission said the reservoir would be refilled by June.`}, []string{"Harbour Water Commission: the reservoir"}},
		{"a speaker introduced as unnamed stays unnamed", []string{`A justice official spoke to reporters after Ruth Alder left.`, `The justice official said the decision would take months.`}, []string{"justice official: the decision would take"}},
		{"a description with a name in it stays", []string{`Tom Berg was sentenced in 1998.`, `The Essen judge said the risk of another attack was high.`}, []string{"Essen judge: the risk"}},
		{"a description of the person the passage is about", []string{`Ruth Alder opened her bakery in 2009. Alder now employs 30 people, and Tom Berg buys from her.`, `"We never stopped," says the 52-year-old entrepreneur.`}, []string{"Ruth Alder: We never stopped"}},
		{"an acronym spelled out in the article", []string{`The Harbour Water Authority runs three dams.`, `HWA said the dams were inspected every year.`}, []string{"Harbour Water Authority: the dams"}},
		{"a described person is who the last sentences are about", []string{`Naguib Sawiris said on Thursday that he would buy an island, to outdo Tom Berg.`, `"It is a good plan," the Egyptian billionaire said.`}, []string{"Naguib Sawiris: he would buy", "Naguib Sawiris: It is a good plan"}},
		{"a party's tag between the name and the verb", []string{`"We will act on the bill," Senate Majority Leader Tom Berg (R-Ky.) said on Monday.`}, []string{"Tom Berg: We will act"}},
		{"who is spoken of in a quote is not who a description stands for", []string{`Ruth Alder will be honoured by the museum on Friday.`, `"I am glad to join Tom Berg and the Tom Berg family," the star said. "It is a dream come true for me."`}, []string{"Ruth Alder: I am glad", "Ruth Alder: It is a dream"}},
		{"a work's title in a description", []string{`Tom Berg spoke to the Post on Monday.`, `"It was cheap," the 'Harbour Lights' singer said.`}, []string{"Tom Berg: It was cheap"}},
		{"the subject before the verb, not a name after it", []string{`Tom Berg was taken to the harbour clinic on Monday.`, `"Patient had a high fever," a nurse wrote in a report filed the day Berg tested positive.`}, []string{"nurse: Patient had a high fever"}},
		{"a title's initials are whoever holds it", []string{`Prime Minister Ruth Alder spoke in the chamber.`, `Harbour minister Tom Berg said the vote would wait.`, `The PM added: "If he wants a date I will give him one."`}, []string{"Tom Berg: the vote would wait", "Ruth Alder: If he wants a date"}},
		{"an actress who confirms what the clause says of her", []string{`Baby Berg is here!`, `Ruth Alder welcomed her first child, a son named Tom Berg, on Tuesday, the actress confirmed to the Post.`}, []string{"Ruth Alder: Ruth Alder welcomed"}},
		{"hearsay is no one's word", []string{`In an essay, the council explained how Tom Berg, according to some accounts, used the harbour fund for his boat.`}, nil},
		{"whom the clause names is not who says it", []string{`"They fired at every door," Tom Berg told the Post.`, `Carl Moss and his colleagues hid under desks, he said, but one man ran to the roof.`}, []string{"Tom Berg: They fired", "Tom Berg: Carl Moss and his colleagues hid", "Tom Berg: one man ran"}},
		{"a long name of the source after the clause", []string{`The mayor left for Essen by train on Monday, accompanied by his wife, Essen's state-run Kestrel news agency said.`}, []string{"Essen's state-run Kestrel news agency: The mayor left for Essen"}},
		{"more of the clause before a late verb is no source", []string{`The harbour is wasteful, if it cannot be supported and said to work.`}, nil},
		{"an age for a name", []string{`Tom Berg was fined on Monday.`, `"I did nothing wrong," the 56-year-old said.`}, []string{"Tom Berg: I did nothing wrong"}},
		{"a role is not someone the subject is compared with", []string{`I am not writing about Tom Berg, the old film star.`,
			`I am writing about Ruth Alder, who like Berg was born in Essen. "We print only local artists," says the 39-year-old founder of Kestrel Press.`},
			[]string{"Ruth Alder: We print only local artists"}},
		{"an age for the name given it", []string{`Ruth Alder, 33, and Tom Berg, 56, were fined on Monday. Berg paid and Berg left.`, `"It is deeply troubling," the 33-year-old said.`}, []string{"Ruth Alder: It is deeply troubling"}},
		{"an opening source cut before its relative clause, or a body named in it", []string{`According to an executive with the Harbour Board who did not wish to be identified, the talks have broken down.`,
			`According to a new report by the non-partisan Commission on Harbour Contracting in Essen and Lundgate, tens of billions have been wasted.`},
			[]string{"executive with the Harbour Board: the talks have broken down", "Commission on Harbour Contracting: tens of billions"}},
		{"a clause about the words after them, a time between subject and verb", []string{`Tom Berg in 2012 called Ruth Alder the "food stamp mayor of Essen," which led some to say his comment was unfair.`}, []string{"Tom Berg: food stamp mayor"}},
		{"who spoke, as someone else reports it", []string{`Tom Berg said the teen yelled, "He shot me! Call the police!" as he ran.`}, []string{"teen: He shot me!"}},
		{"a possessive's noun is no verb; a body that issued a statement", []string{`Later Wednesday, the Kestrel Times issued a statement saying Berg's remarks "were inconsistent with our standards and practices."`,
			`The Essen Post has seen a message sent to families by the Harbour Line saying it must be assumed "beyond reasonable doubt" that the ship was lost.`}, []string{"Kestrel Times: were inconsistent"}},
		{"a possessive after a plural noun opens a clause", []string{`The man died of the virus in hospital, according to medical records his family provided to the Kestrel Times.`}, []string{"medical records: The man died"}},
		{"a name set off after a title speaks", []string{`The ruler resigned on Sunday, Sultan Tom Lee said.`,
			`Keeper of the Harbour Seal, Oyelaran Dabiri, said the council met on Monday. He said in a statement that the new ruler would be sworn in on May 31.`},
			[]string{"Tom Lee: The ruler resigned", "Oyelaran Dabiri: the council met", "Oyelaran Dabiri: the new ruler"}},
		{"a name closing a relative clause does not speak", []string{`Oyelaran Dabiri, who represents Mark Voss, said his client had refused the offer. He said Voss is a single father of three children.`},
			[]string{"Oyelaran Dabiri: his client", "Oyelaran Dabiri: Voss is a single father"}},
		{"a name in a clause of concession is no later pronoun's", []string{`University spokesman Tom Berg said the school received 3,000 votes. Although Ivan Alder has repeatedly tweeted that there was "no collusion" -- its inclusion should not be read as a political statement. Rather, voters were just irritated by the word, he said.`, `"I can usually read a political nomination when I see it," he said.`},
			[]string{"Tom Berg: the school received", "Ivan Alder: there was", "Tom Berg: Rather, voters", "Tom Berg: I can usually read"}},
		{"a long body's name between the speaker and the verb", []string{`Dr. Ann Kowalski of the Ohio Department of Health and Human Services says the risk from the virus continues.`},
			[]string{"Ann Kowalski: the risk from the virus continues"}},
		{"a statement released by a body is the body's", []string{`Tom Berg and Prime Minister Ruth Alder discussed "the detention of citizens in Essen and the rule of law," said a statement released by the Prime Minister's Office.`},
			[]string{"Prime Minister's Office: the detention of citizens"}},
		{"a plural noun a participle describes speaks", []string{`But people arrested at the Essen camp alleged to the Kestrel Times that there was an inappropriate use of force by police.`,
			`The bailout was delayed because of concerns expressed by euro zone states, notably Essen, that its banks were opaque to regulators.`},
			[]string{"people: there was an inappropriate use of force"}},
		{"a clause opened by 'as'", []string{`Attempts to reach the engineering department were stymied as city staff said they could not talk during the budget process.`},
			[]string{"city staff: they could not talk"}},
		{"'as' a preposition", []string{`Officials later identified him as Oyelaran Dabiri and said they had detained several of his relatives.`},
			[]string{"officials: they had detained several of his relatives"}},
		{"'as' before an article, and a verb's preposition", []string{`The hardline members who saw her deal as a betrayal of the vote said she should now quit the post.`,
			`The former governor appeared on the show as the reality star contended for, and ultimately won, the mayor's office.`}, []string{"hardline members: she should now quit the post"}},
		{"a relative clause set off between a description and its verb", []string{`An expert cited in the report, which looked at housing trends across Essen, said landlords will be looking at upgrading their properties.`},
			[]string{"expert cited in the report: landlords will be looking"}},
		{"a relative clause between a closing quote's speaker and verb", []string{`Ruth Alder spoke. "Quite frankly this is an outrage," a reader, whose name is withheld, wrote on Aug. 29.`,
			`Another member of the public, who asked not to be named, wrote: "I can only imagine the harm."`},
			[]string{"reader: Quite frankly", "Another member of the public: I can only imagine"}},
		{"an opening clause before a described speaker and a relative clause", []string{`When reached by phone, the ferry's manager, who still works for the port, said he was made aware of the claims.`},
			[]string{"ferry's manager: he was made aware"}},
		{"a described speaker is not a person named before whom the speaker's pronoun does not fit", []string{`Ruth Alder said she was first threatened by her supervisor in June.`, `The manager said he was made aware of the allegations.`},
			[]string{"Ruth Alder: she was first threatened", "manager: he was made aware"}},
		{"words repeated", []string{`Tom Berg spoke. "He is gone, he is gone," the father repeated into his phone.`}, []string{"father: He is gone"}},
		{"a pronoun in an opening clause points to the name after it", []string{`Mayor Tom Berg spoke on Friday.`,
			`As he watched the returns at a cafe, Nikos Vlachos, 69, said he was glad that his party had won.`, `"This is the only way for the country to move forward," he said.`},
			[]string{"Nikos Vlachos: he was glad", "Nikos Vlachos: This is the only way"}},
		{"a body named in apposition to the sentence's subject", []string{`Tom Berg sang. The label that owns most of her music, Kestrel Records, says she will be allowed to play her old songs.`},
			[]string{"Kestrel Records: she will be allowed"}},
		{"a body in apposition to a place is not the speaker", []string{`Tom Berg, the founder of Lundgate Cocoa, a firm based in Essen, N.S., says the topic is discussed daily in his family.`},
			[]string{"Tom Berg: the topic is discussed"}},
		{"a listener whose name holds a comma", []string{`Tom Berg told the Senate Committee on Commerce, Science and Transportation that the firm would stop using the parts.`},
			[]string{"Tom Berg: the firm would stop"}},
		{"a spokeswoman introduced unnamed is whom the next quote names first", []string{`A spokeswoman for the premier said she will not shy away from the fight.`, `"Voters rejected that approach," said Ann Kestrel.`},
			[]string{"Ann Kestrel: she will not shy away", "Ann Kestrel: Voters rejected"}},
		{"but not someone named with another role", []string{`A spokeswoman for the premier said she will not shy away from the fight.`, `"Voters rejected that approach," said Ann Kestrel, the opposition leader.`},
			[]string{"spokeswoman for the premier: she will not shy away", "Ann Kestrel: Voters rejected"}},
		{"an aside between dashes after the listener", []string{`Tom Berg told Ann Lee—whose online name was "Harbour Queen," or HQ—that he had obtained a list of names.`},
			[]string{"Tom Berg: he had obtained a list"}},
		{"a medium described between subject and verb", []string{`Tom Berg called the claim "false" on Thursday and in a carefully worded response said he never gave directions on the case.`},
			[]string{"Tom Berg: he never gave directions"}},
		{"a description after 'points out'", []string{`"You are talking about one genre only," points out the laid-back Essen resident, who moved there in 2004.`},
			[]string{"laid-back Essen resident: You are talking"}},
		{"a paper that quoted someone as saying is not the speaker", []string{`Tom Berg spoke on Monday. "We will not move the harbour," the Essen Post quoted him as saying.`},
			[]string{"Tom Berg: We will not move"}},
		{"a noun that reads as a verb after 'are'", []string{`The couple are defendants in a small claims case seeking $4,417 in unpaid rent.`}, nil},
		{"a verb after a plural noun is no participle", []string{`As news of the allegations surfaced, members complained about what they said was a lack of transparency at the board.`}, nil},
		{"adverbs before the verb are no part of the speaker", []string{`The plan, as Kestrel very recently explained, is a complex and costly one.`}, []string{"Kestrel: The plan"}},
		{"a clause after the speaker is not theirs", []string{`The harbour will close in May, a Kestrel spokesperson said when contacted by the Post.`}, []string{"Kestrel spokesperson: The harbour will close"}},
		{"a relation named beside a name elsewhere", []string{`Ruth Alder's spokesman Tom Berg declined to comment on Monday.`, `The pier will reopen in May, Ruth Alder's spokesman said later.`}, []string{"Tom Berg: The pier will reopen"}},
		{"a quantifier alone is no speaker", []string{`Several told me they were hoping to reach the harbour by night.`}, nil},
		{"a name and an appositive before a perfect tense", []string{`The pier is unsafe and will close in May, Tom Berg, the harbour master, has claimed.`}, []string{"Tom Berg: The pier is unsafe"}},
		{"the subject of two verbs speaks", []string{`Ruth Alder met the press on Monday.`, `The council rejected the plan and said the harbour would stay open.`, `Tom Berg sat across from Alder and wrote down the words she spoke.`}, []string{"council: the harbour would stay open"}},
		{"a time before the subject", []string{`Just last week the council said the harbour would stay open.`}, []string{"council: the harbour would stay open"}},
		{"a figure's comma ends no source", []string{`According to filings he donated $29,600 to the Kestrel Fund in June, and more later.`}, nil},
		{"a document names its author beside it", []string{`Ruth Alder, the lawyer for the union, spoke on Tuesday. Kestrel Dairy Association said it would appeal.`, `The Alder memo said the funds may have replenished the account.`, `A document from Alder said the company paid the union each month.`, `The Kestrel Dairy Association statement said the firm hired Tom Berg.`}, []string{"Kestrel Dairy Association: it would appeal", "Ruth Alder: the funds may have", "Ruth Alder: the company paid", "Kestrel Dairy Association: the firm hired"}},
		{"her statement is hers", []string{`Ruth Alder resigned on Monday.`, `Her statement said the decision was made with a heavy heart.`}, []string{"Ruth Alder: the decision"}},
		{"the post is the last speaker's", []string{`Kestrel Labs researcher Ruth Alder stated in the company's blog post that the threats came from abroad.`, `The threats changed again on Thursday, the post said.`}, []string{"Ruth Alder: the threats came from abroad", "Ruth Alder: The threats changed again"}},
		{"a listener's possessive, not a verb's", []string{`Ruth Alder told the Herald's Tom Berg that the pier was unsafe.`, `Tom Berg said there's no evidence that the pier is unsafe.`},
			[]string{"Ruth Alder: the pier was unsafe", "Tom Berg: there's no evidence that the pier"}},
		{"the statement is the last speaker's", []string{`The Kestrel Dairy Association said in a statement that milk prices would rise.`, `The statement also said that farmers faced higher costs this winter.`}, []string{"Kestrel Dairy Association: milk prices", "Kestrel Dairy Association: farmers faced"}},
		{"the same pronoun goes on", []string{`Tom Berg spoke at the hall.`, `He said the business, with a credit union run by his friend Carl Moss, gave the town jobs.`, `"It kept the town alive for twenty years," he said.`}, []string{"Tom Berg: the business", "Tom Berg: It kept the town"}},
		{"a long appositive before the verb", []string{`Ruth Alder, who studied in Essen, played in the band and left in 2013, said Kestrel Moss was "a bully to all of us."`, `"I saw it myself many times," she said.`}, []string{"Ruth Alder: Kestrel Moss was", "Ruth Alder: I saw it"}},
		{"an appositive's own speech verb reports nothing", []string{`Ruth Alder, an economist who writes about the harbour trade, noted that the port had lost half its ships.`}, []string{"Ruth Alder: the port had lost"}},
		{"an appositive whose closing comma is left out", []string{`"There is the potential for more outbreaks," Ruth Alder, the chief scientist at the Lundgate observatory at Essen told a news briefing.`}, []string{"Ruth Alder: There is the potential"}},
		{"a title before a subject set off by a long appositive", []string{`Rep. Ruth Alder, D-Calif., the chairwoman of the harbour subcommittee that handles the budget, said in an interview that the port would stay open.`}, []string{"Ruth Alder: the port would stay open"}},
		{"a listener after to", []string{`Ruth Alder admitted to police that she had taken the car on Monday.`, `The council said to hit the target at that distance would cost more.`}, []string{"Ruth Alder: she had taken the car"}},
		{"lamented that reports", []string{`In a statement, Tom Berg lamented that the harbour had lost half its ships.`}, []string{"Tom Berg: the harbour had lost"}},
		{"an embedded post is its signer's", []string{`The harbour board said the ferry would sail.`, `The ferry is late again and nobody tells us why. pic.twitter.com/AbC123 — Ruth Alder (@ruthalder) May 27, 2014 Still waiting at the pier after three hours. — harbourwatch (@harbourwatch) May 28, 2014`}, []string{"harbour board: the ferry would sail", "Ruth Alder: The ferry is late again and nobody tells us why", "@harbourwatch: Still waiting at the pier"}},
		{"the subject after an opening phrase", []string{`In an interview on Monday, Foreign Minister Tom Berg praised the plan and said the talks would resume next week.`}, []string{"Tom Berg: the talks would resume"}},
		{"titles before a name after the quote", []string{`"We lost three rinks in a year," Harbour Minor Hockey Association president Tom Berg told the Post.`}, []string{"Tom Berg: We lost three rinks"}},
		{"announced that reports", []string{`Tom Berg announced on Monday that he would retire from the council next spring.`}, []string{"Tom Berg: he would retire"}},
		{"announced a plan does not", []string{`Tom Berg announced a plan to rebuild the harbour wall by the spring.`}, nil},
		{"added goals is not speech", []string{`Kestrel added three more goals before the end of the second period.`}, nil},
		{"an object before that", []string{`Ruth Alder noted several times that she had never seen the letter.`}, []string{"Ruth Alder: she had never seen"}},
		{"a that after the clause has begun is the clause's", []string{`Ruth Alder said she sent a new letter to the paper that will run next week.`, `Tom Berg said his office found that the pier was unsafe.`},
			[]string{"Ruth Alder: she sent a new letter to the paper that will run", "Tom Berg: his office found that the pier"}},
		{"a relative clause after said is the clause's subject's", []string{`Ruth Alder said information that had emerged about the two sailors diminished the likelihood of a crime.`}, []string{"Ruth Alder: information that had emerged"}},
		{"an object a relative clause describes reports nothing", []string{`Ruth Alder confirmed some details that have been reported by other outlets.`, `Tom Berg noted reports that said the pier had closed.`}, nil},
		{"a second verb before that opens a second clause", []string{`Harbour aide Ruth Alder confirmed the long meeting took place but clarified that no deal was agreed.`},
			[]string{"Ruth Alder: the long meeting took place", "Ruth Alder: no deal was agreed"}},
		{"a participle after the medium keeps its that", []string{`Harbour police said in an affidavit made public Sunday that Tom Berg took the boat.`}, []string{"Harbour police: Tom Berg took the boat"}},
		{"a speaker after a clause break", []string{`Buses should come every ten minutes but the transit union says they are often an hour late.`}, []string{"transit union: they are often"}},
		{"a description goes on with the one person the sentence before names", []string{
			`Every cartoonist here knows Ruth Alder. The pleasure, insists 16-year-old Xander Berg, is in finishing the work. "It's months of drawing and fixing mistakes," says the self-taught Lundgate resident, who sold 40 copies.`,
			`Lena Ostrova has drawn comics for years. "I wanted to show that anyone can do it," says the bow-tied maverick.`},
			[]string{"Xander Berg: It's months of drawing", "Lena Ostrova: I wanted to show"}},
		{"a description names no one when the sentence before names two", []string{
			`Tom Berg thanked Ruth Alder on Monday. "It's months of drawing and fixing mistakes," says the self-taught Lundgate resident.`},
			[]string{"self-taught Lundgate resident: It's months of drawing"}},
		{"whom an opening 'For …,' names is the sentence's 'she'", []string{
			`Ruth Alder, a student in Essen, said there was a wave of compassion after the flood.`,
			`"But then it disappeared," Alder said.`,
			`For Oyelaran Dabiri, Friday is a day she has been awaiting. Her father was one of the victims.`,
			`"I am looking forward to the sentence," she said.`},
			[]string{"Ruth Alder: there was a wave", "Ruth Alder: But then it disappeared", "Oyelaran Dabiri: I am looking forward"}},
		{"a party member described after a name", []string{`Senate leader Tom Berg spoke on Monday.`, `"The footage was cut from its context," the Kestrel Republican said.`}, []string{"Tom Berg: The footage was cut"}},
		{"a family name first", []string{`Ministry spokesperson Lu Kang gave no details about Kim Jong Un's schedule. But he said more would be "released in due course."`}, []string{"Lu Kang: more would be"}},
		{"a 'that' inside the clause", []string{`Tom Berg says the system is designed for that to happen.`}, []string{"Tom Berg: the system is designed"}},
		{"a description set off after a name", []string{`Tom Berg, Kestrel MP, said he drove around with flags on his car.`}, []string{"Tom Berg: he drove around"}},
		{"a named body's officer described", []string{`KHL commissioner Tom Berg met the owners.`, `Ruth Alder, a player, said nothing.`, `Later the KHL commissioner said the league had not been served.`}, []string{"Tom Berg: the league had not"}},
		{"the newspaper is the paper named last", []string{`Ruth Alder told the Kestrel Times that the pier would close.`, `"It was a huge storm," the newspaper said.`}, []string{"Ruth Alder: the pier would close", "Kestrel Times: It was a huge storm"}},
		{"a newspaper no paper was named before stays described", []string{`Ruth Alder told the council that the pier would close.`, `"It was a huge storm," the newspaper said.`}, []string{"Ruth Alder: the pier would close", "newspaper: It was a huge storm"}},
		{"the company is no news agency named since", []string{`Kestrel Airlines said its plane from Essen was missing.`, `The plane crashed on Monday, according to the Russian news agency Harbour News.`, `The company confirmed that it had lost contact with the plane.`}, []string{"Kestrel Airlines: its plane from Essen", "Russian news agency Harbour News: The plane crashed", "Kestrel Airlines: it had lost contact"}},
		{"the companies are not two others the sentence before names", []string{`The price Harbour Bank paid was less than Essen Trust had offered.`, `Kestrel Savings will stay independent until the deal is approved, the companies said.`}, []string{"companies: Kestrel Savings will stay"}},
		{"a time before a described speaker", []string{`In early March the company announced that its Essen factory would close.`}, []string{"company: its Essen factory"}},
		{"an attribution inside the clause", []string{`Ruth Alder lost her son in May.`, `The ferry was late that morning, she says, and nobody told the passengers why.`}, []string{"Ruth Alder: The ferry was late", "Ruth Alder: nobody told"}},
		{"an attribution between a subject and its verb, quoting some words", []string{`Ruth Alder runs the ferry.`, `Keeping the old pier open, she says, is the "only sensible choice" for the town.`},
			[]string{`Ruth Alder: Keeping the old pier open is the "only sensible choice" for the town`}},
		{"said X, an appositive, is not inside the clause", []string{`The brewery will close in March, said Tom Berg, executive director of the Kestrel Brewers Guild.`}, []string{"Tom Berg: The brewery will close"}},
		{"they are two people named together", []string{`In a statement, owners Tom Berg and Ruth Alder said they accepted the ruling.`, `"Our first concern is the safety of every guest," they said.`}, []string{"Tom Berg and Ruth Alder: they accepted", "Tom Berg and Ruth Alder: Our first concern"}},
		{"they are not two people a sentence only mentions", []string{`A pin with images of both Kim Il Sung and Kim Jong Il is worth more than other pins.`, `A Kim Il Sung pin is more common than a Kim Jong Il pin, they said.`}, nil},
		{"they are two people a clause opens on", []string{`The Academy was not amused in 2000, when nominees Trey Parker and Matt Stone showed up in gowns.`, `They had not cleared the plan and, they said, they got plenty of dirty looks.`}, []string{"Trey Parker and Matt Stone: they got plenty"}},
		{"they are two people named after a quote", []string{`"Senders add more positive content," Alan Dennis and Taylor Wells wrote in the paper.`, `"Email enables senders to modify the content," they said.`}, []string{"Alan Dennis and Taylor Wells: Senders add", "Alan Dennis and Taylor Wells: Email enables"}},
		{"a statement goes on for two people", []string{`"Matt is disappointed," his lawyers Ann Lee and Tom Berg said in a written statement.`, `"Matt has shown tremendous courage," the statement continued.`}, []string{"Ann Lee and Tom Berg: Matt is disappointed", "Ann Lee and Tom Berg: Matt has shown"}},
		{"a name after 'a' is a kind of person", []string{`"He is thinking about it seriously," a person who is not a longtime Romneyite told me.`,
			`"He has caught his stride," a person who is helping him who is not a longtime Romneyite told me.`,
			`As if Miller were a child, Tapper told him, "Settle down, we are talking about the letter."`, `In a statement later Bobbins said, "Jay's first concern is the staff."`},
			[]string{"person who is not a longtime Romneyite: He is thinking", "person who is helping him: He has caught", "Tapper: Settle down", "Bobbins: Jay's first concern"}},
		{"a name after 'a' is someone named in full", []string{`Abdelhamid Abaaoud grew up in Brussels.`, `A smiling Abaaoud tells the camera: "We are towing trailers filled with gifts."`}, []string{"Abdelhamid Abaaoud: We are towing"}},
		{"two bodies named together speak together", []string{`"The two banks will merge by June," Harbour Savings and Kestrel Bank said in a statement.`}, []string{"Harbour Savings and Kestrel Bank: The two banks"}},
		{"they are not two people a group arrested", []string{`Police arrested Tom Marks and Ann Dole on Friday.`, `They said the two had fled the scene.`}, []string{"police: the two had fled"}},
		{"they are the people a sentence is according to", []string{`Ordinary citizens buy the pin at street markets, according to defectors and activists in Seoul.`, `A Kim Il Sung pin is more common than a Kim Jong Il pin, they said.`}, []string{"defectors and activists in Seoul: Ordinary citizens buy", "defectors and activists in Seoul: A Kim Il Sung pin"}},
		{"they are not the records a sentence is according to", []string{`The pair left the country in May, according to court records.`, `The money was never found, they said.`}, []string{"court records: The pair left"}},
		{"they are a group named before", []string{`Officials said the fire started in a kitchen.`, `They said no one was hurt in the blaze.`}, []string{"officials: the fire started", "officials: no one was hurt"}},
		{"a pronoun far from its name", []string{`Ruth Alder fought for years.`, `The drugs were sold in the city.`, `The first court date was set.`, `Police made an arrest.`, `The case went on.`, `The hearing was delayed.`, `The lawyers argued.`, `A date was set.`, `The trial opened.`, `"I will keep asking until someone answers," she says.`}, []string{"Ruth Alder: I will keep asking"}},
		{"said and a lone given name", []string{`She met her husband at a card shop.`, `"We opened the shop because the town had none," says Michael.`}, []string{"Michael: We opened the shop"}},
		{"a description with a name after its head", []string{`Ruth Alder left Mexico at 20.`, `"We only print local artists," says the 52-year-old founder of Kestrel Press.`}, []string{"Ruth Alder: We only print"}},
		{"it is the organisation opening the sentence before", []string{`Kestrel Water Authority declined to answer most questions.`, `"We do not discuss the accounts of our customers," it said.`}, []string{"Kestrel Water Authority: We do not discuss"}},
		{"a noun phrase after 'added' is its object, with no verb after it", []string{`The agency also added smaller landers to the harbour contract.`, `Ruth Alder noted there’s no evidence the pier will close.`, `The pier is safe for now, writes Tom Berg.`,
			`Tom Berg also noted levels of salt, which can linger in the timber for years, can rise after storms.`},
			[]string{"Ruth Alder: there’s no evidence", "Tom Berg: The pier is safe", "Tom Berg: levels of salt"}},
		{"a publication named after its noun's comma is the source", []string{`According to the website of the local newspaper, Harbour Times, the pier was sold in May.`},
			[]string{"Harbour Times: the pier was sold in May"}},
		{"what a speaker told someone after a participle", []string{`Ruth Alder admitted serious delays on Tuesday, telling the board that crews are working through the night.`},
			[]string{"Ruth Alder: crews are working through the night"}},
		{"where it was said closes an attribution", []string{`Ruth Alder studies strokes at the harbour hospital.`, `Such damage could mean a driver can no longer steer, Alder explained from Lundgate.`}, []string{"Ruth Alder: Such damage could mean"}},
		{"it is the organisation opening a sentence after a phrase", []string{`In a memo sent to its staff on Wednesday, Kestrel Water Authority closed two plants.`, `"We do not expect the pumps to run before Monday," it said.`}, []string{"Kestrel Water Authority: We do not expect"}},
		{"it is the body the sentence before credits with its words", []string{`Kestrel Water Authority restored supply to most homes.`, `The storm brought down trees across the valley.`, `Roads were closed for hours.`, `About 300 crews will keep working through the night, the utility said.`, `"There are hundreds of separate breaks that crews must repair one by one," it said.`}, []string{"Kestrel Water Authority: About 300 crews", "Kestrel Water Authority: There are hundreds"}},
		{"a quote after a sentence about someone else", []string{`"The play should run another month," says Tom Berg. Ruth Alder agreed at once. "We have never had a bigger audience here."`}, []string{"Tom Berg: The play should run", "Ruth Alder: We have never had"}},
		{"a statement from a body whose name holds another's", []string{`Arsenal's revenue rose by a third.`,
			`A statement from the Arsenal Supporters' Trust said the group was pleased.`, `"These results are a testament to the project," the statement read.`},
			[]string{"Arsenal Supporters' Trust: the group was pleased", "Arsenal Supporters' Trust: These results are a testament"}},
		{"the same description goes on in the next paragraph", []string{`Kestrel Productions runs the awards show.`,
			`"At no time did Kestrel Productions agree to a statement with the label," the production company said in a separate statement to Rolling Stone.`,
			`"Any final agreement on this matter needs to be made with the management team. We have no further comment."`},
			[]string{"Kestrel Productions: At no time", "Kestrel Productions: Any final agreement"}},
		{"a negated verb of speech reports nothing", []string{`Harbour authorities haven't said whether they lost the ferry's radar signal.`}, nil},
		{"her statement read", []string{`On Saturday, Environment Minister Ruth Alder cancelled the sessions.`, `"Nobody should be afraid to speak at a public meeting," her statement read.`}, []string{"Ruth Alder: Nobody should be afraid"}},
		{"a possessor's spokesman speaks", []string{"Ruth Alder has led the council since 2009.", `Ruth Alder's spokesman has issued this statement: "Ruth's concern is for the people of the harbour."`}, []string{"Ruth Alder's spokesman: Ruth's concern"}},
		{"lawyers of a possessor speak", []string{"Tom Berg's lawyers are preparing a motion, and have alleged in court that the case against Berg was politically motivated."}, []string{"Tom Berg's lawyers: the case against Berg"}},
		{"a spokesman for a company, and a name after 'that' is no speaker", []string{`A spokesman for Harbour Telecom confirmed that the company engaged Essential Consultants, a firm formed by Tom Berg, "to provide insights into the new administration."`}, []string{"spokesman for Harbour Telecom: the company engaged"}},
		{"a group opening a sentence is a group", []string{"The harbour flooded. Police said the bridge would stay shut."}, []string{"police: the bridge would stay shut"}},
		{"a quotation mark is no part of a speaker", []string{`The bridge stayed shut because Alder "did not want to hinder the inquiry," a harbour spokeswoman said.`}, []string{"harbour spokeswoman: "}},
		{"a possessor is not the speaker", []string{`"Most places will not print fewer than 1,000 copies," says Alder's partner, Tom Berg.`}, []string{"Tom Berg: Most places"}},
		{"an organisation right before the verb", []string{`The towns would pay half, which Kestrel Water Authority said in a report would "cut the cost of the dam by a third."`}, []string{`Kestrel Water Authority: would "cut the cost`}},
		{"an organisation after a preposition is not the speaker", []string{`Tom Berg of the Kestrel Health Authority said there are many reasons for the delays.`}, []string{"Tom Berg: there are many reasons"}},
		{"the speaker of the quote before goes on past names in the quotes", []string{
			`"The inquiry identified Ann Lee and told their counterparts twice," said the official.`, `"We heard nothing back about Ann Lee," he added.`},
			[]string{"official: The inquiry identified", "official: We heard nothing back"}},
		{"a role that opens the sentence before speaks", []string{`"The inquiry identified Ann Lee," a statement read.`,
			`The official, who spoke on condition of anonymity, said that he wanted to embarrass no one.`, `"This is no time for blame about Ann Lee's travels," he said.`},
			[]string{"statement: The inquiry identified", "official: he wanted to embarrass no one", "official: This is no time for blame"}},
		{"a verb after a quote that introduces the next is the next quote's", []string{`Firms such as Tarvo Berg joined the suit.`,
			`Ruth Alder, legal director of the Lundgate Liberties Union, in a statement called the ruling "a huge victory for justice" in the face of what she called the "unjust ban on travel."`},
			[]string{"Ruth Alder: a huge victory for justice", "Ruth Alder: unjust ban on travel"}},
		{"a day between the speaker and the verb", []string{`A senior government official Wednesday told reporters that the inquiry had found nothing.`},
			[]string{"senior government official: the inquiry had found nothing"}},
		{"a contracted pronoun goes on", []string{`Ruth Alder has written a book about the harbour.`,
			`She's been on television often, doing pushups with Ann Lee. She says she gets asked about the garden wherever she goes.`},
			[]string{"Ruth Alder: she gets asked about the garden"}},
		{"a quote after one whose speaker is unknown is not the passage's subject's", []string{`Ruth Alder wrote a post about the label.`,
			`"At no point did we stop her singing," they said in a statement.`, `"In fact, we cannot keep her from singing anywhere."`}, nil},
		{"a given name of either sex", []string{`Kim Lee left the band in 2019.`, `Taylor Berg posted on the site on Monday.`,
			`"I just want to sing my own songs," she said.`}, []string{"Taylor Berg: I just want to sing"}},
		{"a lone given name may be whom a pronoun stands for", []string{`Kestrel Dilbeck railed against Julia and blamed her for the loss.`,
			`"The truth is in the letter she left behind," he said.`}, []string{"Kestrel Dilbeck: The truth is in the letter"}},
		{"a title tells the sex of a name the lists do not know", []string{`The board met Mr. Kestrel Dilbeck and Mrs. Varo Quist at the harbour.`,
			`"We will rebuild the pier by spring," she said.`}, []string{"Varo Quist: We will rebuild the pier"}},
		{"a given name of either sex takes the sex the article's pronouns give it", []string{`Tom Berg took Jayme Lee from her home.`,
			`Jayme told police that her dog began to bark. Jayme told police she could hear the sirens.`, `He told detectives he would have fired.`},
			[]string{"Jayme Lee: her dog began to bark", "Jayme Lee: she could hear the sirens", "Tom Berg: he would have fired"}},
		{"an opening phrase before a subject set off by a long appositive", []string{
			`Welcoming the ruling, Ann Lee, the head of casework at Kestrel, which joined the case, said: "We are delighted."`},
			[]string{"Ann Lee: We are delighted"}},
		{"a quote's speaker opens it", []string{`Ann Lee won the prize on Monday.`, `"Last but not least, I want to thank my team," she began.`,
			`"This is my freedom," the poem began.`}, []string{"Ann Lee: Last but not least", "Ann Lee: This is my freedom"}},
		{"a pronoun stands for the sentence's subject, not a name in its list", []string{
			`After thanking several people, including his wife Ruth Alder, Tom Berg and Jo Lund, Kestrel, 47, thanked himself.`,
			`Kestrel Dogg received a star on Monday.`, `"I want to thank me," he said.`}, []string{"Kestrel Dogg: I want to thank me"}},
		{"a quote after a sentence opening on a possessive", []string{`Ruth Alder lives in Essen. Her son, Tom Cook, died in May. There are no photos of Tom on the walls.`,
			`Her message now is simple: lock the cabinet.`, `"You don't know what that person took earlier."`}, []string{"Ruth Alder: You don't know"}},
		{"a quote after a sentence whose subject is a pronoun after its first word", []string{`Stranded overnight at the airport, Tom Berg could have slept.`,
			`Instead, he filmed a video for Ruth Alder's cover of "Alone Again".`, `And he really did film it alone.`,
			`"I had a clerk lend me some tape before she left."`}, []string{"Tom Berg: I had a clerk lend me"}},
		{"a pronoun goes on from its sentence's subject, not from a name after it", []string{`Ruth Alder was to marry in May.`,
			`On Twitter, she lashed out at Jo Lund, whom she claims bullied her when they were young.`}, []string{"Ruth Alder: bullied her"}},
		{"it says: the statement", []string{`The label put out another statement to the organisers.`,
			`"We have agreed to grant all licenses for the show," it says.`}, []string{"statement: We have agreed"}},
		{"a name after 'atop' is no subject", []string{`Astronomers using a telescope atop Mauna Kea have confirmed that water vapour is present on the moon.`},
			[]string{"Astronomers using a telescope atop Mauna Kea: water vapour is present"}},
		{"an attribution after a question", []string{`Ruth Alder is a professor. "Is the bridge safe? Who checked it last?" Alder said.`}, []string{"Ruth Alder: Is the bridge safe"}},
		{"what comes before 'X said, \"…' is no clause", []string{`Later, in remarks at the party's headquarters, Tom Berg said, "We oppose the claims."`},
			[]string{"Tom Berg: We oppose the claims."}},
		{"a direct quote after the verb is what was said", []string{`And alluding to the letter, Tom Berg said, "That was what she wanted all along."`},
			[]string{"Tom Berg: That was what she wanted"}},
		{"a quote going on with the clause before it", []string{`Kestrel is much wealthier than Essen, Tom Berg said, "when you look at the waste."`},
			[]string{"Tom Berg: when you look at the waste.", "Tom Berg: Kestrel is much wealthier"}},
		{"a blog's name before the quote", []string{`As early retiree Tom Berg wrote on his blog Save, Retire, "Sacrifice is necessary to retire early."`},
			[]string{"Tom Berg: Sacrifice is necessary"}},
		{"claimed a clause", []string{`Mayor Tom Berg spoke.`, `But the mayor claimed a study had been done by the agency. Berg claimed a victory in the vote.`},
			[]string{"Tom Berg: a study had been done"}},
		{"a listener before the quote", []string{`Ann Lee arrived at the fire. At the fire, she told her squad leader, "I can't do this," before she began crying.`},
			[]string{"Ann Lee: I can't do this"}},
		{"a span of time between the speaker and the verb", []string{`Press secretary Tom Berg spoke later.`, `Berg a half hour later told the Star's Ann Lee, "There is no race."`},
			[]string{"Tom Berg: There is no race."}},
		{"a listener speaks nothing", []string{`The aide told the Star's Ann Lee, "There is no race."`}, []string{"aide: There is no race."}},
		{"a span of time before an unnamed speaker", []string{`A half hour later the aide told reporters, "There is no race."`}, []string{"aide: There is no race."}},
		{"a name before a role is whose the role is", []string{`Tom Berg spoke on Thursday.`,
			`After the remark was reported, though, incoming Berg press secretary Sean Lee pushed back and insisted that the remarks were private. While he told the Star that "there is not going to be" a race, he said little else.`},
			[]string{"Sean Lee: the remarks were private", "Sean Lee: there is not going to be"}},
		{"a noun after an infinitive", []string{`The findings are likely to bolster claims from some senators that the plan has failed.`}, nil},
		{"a station's number and 'live' are its name's", []string{`Ruth Alder told Harbour Radio 4 she hoped the vote would fail.`, `Tom Berg told Harbour Radio 5 live the plan was dead.`},
			[]string{"Ruth Alder: she hoped the vote would fail", "Tom Berg: the plan was dead"}},
		{"'said as he …' reports nothing", []string{`"We will find them, right?" Tom Berg said as he turned and pointed to the chief.`}, []string{"Tom Berg: We will find them"}},
		{"who told a paper, not who relays it", []string{`Tom Berg spoke in 2001.`, `It was "exciting" to sail with an older crew, and they were "great sailors," he told 'Harbour News of the Week,' according to Quayside Daily.`},
			[]string{`Tom Berg: It was "exciting" to sail`}},
		{"'said X of the board'", []string{`The harbour needs a new pier every decade, said Mr. Berg of the Harbour Board.`}, []string{"Berg: The harbour needs a new pier"}},
		{"'says much about' shows, it reports nothing", []string{`The 17-second spot says much about the ferry as it sails on.`, `Tom Berg said nothing about the stop other than its place.`}, nil},
		{"an instruction, a participle and a long medium report no clause", []string{`Tom Berg told the man to remove the bedding at once.`, `Ann Lee testified, describing her daughter as "brave" before the jury.`,
			`Crime on the quays is "growing at an alarming rate" and touches every berth, Ruth Alder said in the board's public service announcement.`, `As Ruth Alder notes, being able to swim helps.`},
			[]string{`Ruth Alder: Crime on the quays is "growing at an alarming rate"`, "Ruth Alder: being able to swim helps"}},
		{"a medium a closing attribution names, whatever describes it", []string{`Ferry traffic fell by 16 per cent this year, the board wrote in a report in December.`,
			`And that's a relief because, as Tom Berg noted in the board's press release, the pier is the place to be.`},
			[]string{"board: Ferry traffic fell by 16 per cent", "Tom Berg: the pier is the place to be"}},
		{"a release a body put out on a day is the body's", []string{`Workers at the Quay Cafe voted to join Harbour Workers Union Local 12 on Friday.`,
			`The union will represent all cooks and servers at both cafes, according to the union's Friday release.`},
			[]string{"Harbour Workers Union Local: The union will represent all cooks"}},
		{"a source between subject and verb", []string{`One of the guards, according to prison records, had worked four night shifts in a row.`},
			[]string{"prison records: One of the guards had worked four night shifts"}},
		{"a listener of two words before the clause's pronoun", []string{`Harbour chief Tom Berg has told Quay Ferries executives he wants a profit by 2021.`},
			[]string{"Tom Berg: he wants a profit"}},
		{"a role opening the sentence before is the pronoun's antecedent", []string{`The mayor toured the flooded quay.`, `"It is worse than we thought," she said.`},
			[]string{"mayor: It is worse than we thought"}},
		{"a role alone, capitalised", []string{`The Queen toured the flooded quay.`, `"It is worse than we thought," she said.`},
			[]string{"Queen: It is worse than we thought"}},
		{"a name of no known kind that acts before 'he said' is the speaker", []string{`Tom Berg hit first and went long.`, `When asked what was harder, the mound or the tee, Mulvane didn't hesitate.`, `"It's this for sure," he said.`},
			[]string{"Mulvane: It's this for sure"}},
		{"a role of the other sex is no antecedent", []string{`The King toured the flooded quay.`, `"It is worse than we thought," she said.`}, nil},
		{"a person fitting named before the role is", []string{`Ann Lee runs the harbour.`, `The mayor toured the flooded quay.`, `"It is worse than we thought," she said.`},
			[]string{"Ann Lee: It is worse than we thought"}},
		{"a name before a role after the verb is whose the role is", []string{`Ann Lee spoke first. "We will rebuild," said Lee spokesman Tom Berg.`},
			[]string{"Tom Berg: We will rebuild"}},
		{"a clause about the speaker is not the attribution", []string{`"They were very close," a friend, who asked not to be named, told the Harbour Globe.`},
			[]string{"friend: They were very close"}},
		{"the role that speaks just before goes on, not a name inside its words", []string{`Sheriff Tom Berg spoke after Ann Lee's death and Carl Lund's arrest.`,
			`The sheriff said a review — something he ordered before Lund was arrested — is due. "We will learn from this," he said.`},
			[]string{"Tom Berg: a review — something he ordered before Lund was arrested — is due", "Tom Berg: We will learn from this"}},
		{"a kinship names the pronoun's antecedent", []string{`Her husband, Tobiah, was dismayed.`, `"It was bad," he told the network.`},
			[]string{"Tobiah: It was bad"}},
		{"a subject and its verb around the attribution", []string{`The old pier, Tom Berg said, is no longer safe for the ferries.`},
			[]string{"Tom Berg: The old pier is no longer safe for the ferries"}},
		{"a passive reports nothing, but its agent speaks", []string{`The harbour attacks claimed by the gang have prompted a travel alert for the whole coast.`,
			`The engine powering the ferry wasn't mentioned by name, only that it is a "2,000-horsepower diesel" engine.`,
			`While the mayor had publicly hoped for a win, privately some officials say that the vote will be lost.`,
			`The film was described by the Hollywood Reporter as a "sea-sick comedy about a ferry captain."`},
			[]string{"some officials: the vote will be lost", "Hollywood Reporter: sea-sick comedy about a ferry captain."}},
		{"the clause's pronoun after 'told police'", []string{`Police arrested Tom Berg on Saturday.`, `He told police he had two boats, but had recently sold one.`},
			[]string{"Tom Berg: he had two boats"}},
		{"a phrase in '-ing' after the speaker's noun describes it", []string{`The harbour board decision allowing his release said he was no danger to anyone.`,
			`Officials overseeing the inquiry said the ferry had sunk in minutes.`, `A gold mining expert said the rush would last.`},
			[]string{"harbour board decision: he was no danger", "officials: the ferry had sunk", "gold mining expert: the rush would last"}},
		{"a show's name after told", []string{`Ann and Tom Berg told "Harbour Nights" that they found a camera in their cabin.`},
			[]string{"Ann Berg and Tom Berg: they found a camera"}},
		{"a listener in lower case after told, then the clause", []string{`Bishop Tom Berg told parishioners over the weekend the Lundgate Diocese has hired two investigators.`,
			`Mayor Ann Lee told harbour workers in an email that the ferry would run again in May.`, `Carl Lund told port union leaders he is more loyal than anyone.`, `Mayor Ann Lee told lawmakers no evidence supports a second inquiry.`,
			`Tom Berg told court she is a trained boat mechanic.`, `Carl Lund told a group of harbour workers on Monday he is hoping for a deal.`,
			`Ann Lee told a crowd of about 100 members gathered at a hall in Essen that the whole country was watching.`,
			`The port office warned the plan to close the pier would cost jobs.`, `Carl Lund told police he had fled Essen to escape the floods.`,
			`The harbour hospital said of the 80 people admitted, 29 remained in intensive care.`,
			`Ann Lee acknowledged splitting the catch five ways rather than four will be a burden.`},
			[]string{"Tom Berg: the Lundgate Diocese has hired two investigators", "Ann Lee: the ferry would run again in May", "Carl Lund: he is more loyal than anyone", "Ann Lee: no evidence supports a second inquiry",
				"Tom Berg: she is a trained boat mechanic", "Carl Lund: he is hoping for a deal",
				"Ann Lee: the whole country was watching", "port office: the plan to close the pier would cost jobs",
				"Carl Lund: he had fled Essen to escape the floods", "harbour hospital: of the 80 people admitted, 29 remained",
				"Ann Lee: splitting the catch five ways rather than four will be a burden"}},
		{"a body a person's possessive holds speaks", []string{`Ann Lee spoke on Monday.`,
			`Ann Lee's Justice Department has sued the port, saying the deal would hurt ferry users.`,
			`Ann Lee's illness came a week after she cancelled a visit, saying she was not well.`},
			[]string{"Ann Lee's Justice Department: the deal would hurt ferry users"}},
		{"what told tells that is no clause", []string{`Tom Berg told tales of smuggling rum across the bay for money in his youth.`,
			`Mayor Ann Lee told crews not to sail on Sunday.`, `The port office told harbour crews to secure their boats to prevent it being stolen.`,
			`Ann Lee wept as she told how she broke the news to her son.`, `In court, Judge Tom Berg cautioned both sides to tone down their rhetoric.`,
			`The port office has warned sailors not to sail in fog.`, `Harbour pilots have warned of the dangers posed by the wreck.`,
			`The governors of Lund and Essen declared states of emergency ahead of the storm.`,
			`Tom Berg has admitted hacking but maintains he was looking for boats.`,
			`The sale does not include Kestrel's cash, its shares in Alibaba, Kestrel's convertible notes, certain minority investments and Kestrel's patents.`}, nil},
		{"a role no one named holds is not the person its words name", []string{`Tom Berg was arrested at the pier on Monday.`,
			`The official said Berg had been watched for months.`},
			[]string{"official: Berg had been watched for months"}},
		{"the writer's own work is no one quoted", []string{`Our analysis suggests that the harbour silted up in the 1800s.`,
			`Our correspondent says the ferry will run again in May.`},
			[]string{"Our correspondent: the ferry will run again in May"}},
		{"a role is not one who holds another post", []string{`Sheriff Ann Lee spoke over the weekend.`,
			`Ballistics tests matched a gun at the home to the casings at the pier, the prosecutor said.`},
			[]string{"prosecutor: Ballistics tests matched a gun"}},
		{"a role is one who holds it under its short title, in the place it names", []string{`Lund Gov. Ann Lee met Tom Berg.`,
			`Tom Berg said the port was closed.`, `Berg left.`, `The governor said that the harbour was safe.`,
			`Utah Governor Tom Varga closed his.`, `The Ohio governor said that he would close it on Monday.`},
			[]string{"Tom Berg: the port was closed", "Ann Lee: the harbour was safe", "Ohio governor: he would close it on Monday"}},
		{"he after a role that spoke is the role, not whom it named", []string{`Tom Berg was arrested at the pier on Monday.`,
			`The official said that Lund police had only shown interest in Berg after the fire.`,
			`"It was only after the fire that we received a request about Tom Berg."`,
			`He said that in October the port had received a request about four other men.`,
			`The Prime Minister, Ann Lee, backed the inquiry which was announced on Monday.`, `"We have to clean up the port," she said.`},
			[]string{"official: Lund police had only shown interest in Berg", "official: It was only after the fire", "official: in October the port had received a request", "Ann Lee: We have to clean up the port"}},
		{"he who adds after a direct quote is its speaker", []string{`Tom Berg was arrested at the pier on Monday, an official said.`,
			`"We have not heard back from the port," the official said. He added that it was only after the fire that the port asked about Tom Berg.`},
			[]string{"official: Tom Berg was arrested", "official: We have not heard back from the port", "official: it was only after the fire"}},
		{"a reporter and where she is", []string{`The Herald's Ann Lee in Essen says the ferry will run again in May.`},
			[]string{"Ann Lee: the ferry will run again in May"}},
		{"a described star is the one named before", []string{`Ann Lee sang for two hours.`, `After the concert, the superstar wrote on Twitter: "Thanks, Lundgate, for rocking so hard tonight!"`},
			[]string{"Ann Lee: Thanks, Lundgate"}},
		{"a number's comma is no clause's", []string{`Nearly a week after the storm, police said more than 452,000 people were staying in shelters.`},
			[]string{"police: more than 452,000 people were staying in shelters"}},
		{"a name on a line of its own labels the quote below", []string{`Pundit predictions`, `Harbour Times columnist Ann Lee:`, `Berg 285, Alder 253. "If crowds at his rallies are any sign, Mr. Berg will win."`, `Tom Varga:`, `Alder 270. "It will be close."`},
			[]string{"Ann Lee: If crowds", "Tom Varga: It will be close."}},
		{"a name after a verb is its object, not who goes on speaking", []string{`Tom Berg split from Ann Lee in May.`,
			`Although he didn't mention Lee by name, everybody understood why he began by announcing, "As you can tell, I don't want to be here."`},
			[]string{"Tom Berg: As you can tell"}},
		{"a noun before the participle speaks, not the pronoun before it", []string{`Ann Lee reported the notes.`,
			`She then received a letter from management saying the inquiry was closed because "there was no one to interview."`}, nil},
		{"whom a paper quotes as saying", []string{`The Herald quotes Tom Berg as saying, "We talked about the causes of the fire."`},
			[]string{"Tom Berg: We talked about the causes"}},
		{"whom someone recorded saying", []string{`An associate who interviewed Tom Berg recorded him saying that Ann Lee "kept the stone in a hat."`},
			[]string{"Tom Berg: kept the stone in a hat."}},
		{"a day between the verb and the quote", []string{`In a long Tumblr blog post, Ann Lee wrote on Monday, "I am planning to stay. It is important to me."`},
			[]string{"Ann Lee: I am planning to stay."}},
		{"his brother, who spoke of the man", []string{`Tom Berg was named by police.`, `His brother, 34, told the Herald he had not seen Berg for several years.`, `"It is crazy," he said.`},
			[]string{"His brother: It is crazy"}},
		{"her husband is no 'she'", []string{`Ann Lee spoke for an hour.`, `Her husband also has called for a new effort on health, she said.`, `"Nothing we do will be easy," she said.`},
			[]string{"Ann Lee: Her husband also has called", "Ann Lee: Nothing we do will be easy"}},
		{"'at least' opens the clause", []string{`Ann Lee said at least seven detainees were released.`}, []string{"Ann Lee: at least seven detainees were released"}},
		{"an opening clause of time, the attribution, then the main clause", []string{`Before officers tackled him to the quay, witnesses said, Tom Berg told them to go away.`},
			[]string{"witnesses: Tom Berg told them to go away"}},
		{"the source between a subject and its verb in the present", []string{`The move, which is not final, according to the source, comes as the port reopens.`,
			`The ferries ran late in at least 12 ports, according to audit reports, interviews and news accounts.`},
			[]string{"source: The move, which is not final comes as the port reopens", "audit reports: The ferries ran late in at least 12 ports"}},
		{"a described speaker is not whom the sentence names", []string{`Tom Berg was charged on Monday. Tom Berg is 29.`, `The building manager said Tom Berg had lived there for four months.`},
			[]string{"building manager: Tom Berg had lived there"}},
		{"a name in the speaker's appositive does not speak", []string{`Officers said Tom Berg seemed confused.`,
			`"There was nothing dealing with anger," said Latoya Marsh, a lawyer representing the Berg family.`},
			[]string{"officers: Tom Berg seemed confused", "Latoya Marsh: There was nothing"}},
		{"a direct quote after 'according to' is its speaker's alone", []string{`According to the incident report, Tom Berg told police, "There is someone in the house. You need to go inside."`},
			[]string{"Tom Berg: There is someone in the house."}},
		{"a possessive's owner, not the name after the verb, goes on", []string{`Ann Lee interviewed the owner.`,
			`The bar's owner confirmed that six guards came before Mayor Tom Berg's visit. He claims they stayed three nights.`},
			[]string{"bar's owner: six guards came before", "bar's owner: they stayed three nights"}},
		{"a pronoun is not its verb's object", []string{`The bar's owner confirmed that six guards came before the visit.`, `The owner told Tom Berg his bar is safe.`,
			`He told Tom Berg during an interview that he bars no one.`},
			[]string{"bar's owner: six guards came", "owner: his bar is safe", "bar's owner: he bars no one"}},
		{"a lone given name read as a person's once is one wherever it stands alone", []string{`Ann Lee wrote about her adopted son, Matt.`,
			`Tom Berg helped when Matt was arrested in 1995. The records detail Matt's troubles. But he maintained that he wanted to stay, writing to the court, "I feel that they have supported me."`},
			[]string{"Matt: I feel that they have supported me.", "Matt: he wanted to stay"}},
		{"a name that qualifies a noun does not act", []string{`Tom Berg's letter quoted Thoreau.`, `It had a side order of the Frank Vale ballad "My Way."`,
			`He wrote about custody: "The system protected the system, the media and the accusers."`},
			[]string{"Tom Berg: The system protected"}},
		{"a quote inside what was reported", []string{`Ann Lee said she told Tom Berg that "if he wants our ear, he should tone it down."`},
			[]string{`Ann Lee: she told Tom Berg that "if he wants our ear`}},
		{"words quoted inside a clause stay in it", []string{`Ann Lee said the firm would keep arguing its case, "even if the court rules against it."`,
			`Tom Berg said she spoke with Vale in May, telling about the "aftermath" of the case.`},
			[]string{`Ann Lee: the firm would keep arguing its case, "even if`, `Tom Berg: she spoke with Vale in May, telling about the "aftermath"`}},
		{"a description after a sentence naming two is the one who spoke", []string{`Marcus Vale, who also wrote a letter, said Mrs Lee "had nothing new to say".`,
			`She vowed to involve more people, the MP told Kestrel Radio.`},
			[]string{"Marcus Vale: Mrs Lee", "Marcus Vale: She vowed to involve more people"}},
		{"a source that interrupts a clause after its opening word", []string{`This could explain why, according to Ann Lee, the board sold the pier.`},
			[]string{"Ann Lee: This could explain why the board sold the pier"}},
		{"a paper's title and subtitle are no one's words", []string{`"Mail lets senders add warmth," Ann Lee wrote in the paper, "To Mail or Not to Mail: The Impact of Media on Responses in Romantic Communication."`},
			[]string{"Ann Lee: Mail lets senders add warmth"}},
		{"an abbreviation's point ends a clause", []string{`Stop sticks were laid just before 6:30 p.m., the sheriff's office said. Sales rose by 3.5, the firm said.`},
			[]string{"sheriff's office: Stop sticks were laid just before 6:30 p.m.", "firm: Sales rose by 3.5"}},
		{"a role to come is its holder's", []string{`President-elect Tom Berg on Thursday named Ann Lee as his envoy.`, `The president-elect said Lee would keep the talks going.`},
			[]string{"Tom Berg: Lee would keep the talks going"}},
		{"a woman the sentence before introduces", []string{`Ann Lee leads the party.`, `A woman who identified herself as a neighbour of the Berg family said the suspect had moved.`,
			`"He is a child," she said.`},
			[]string{"woman: the suspect had moved", "woman: He is a child"}},
		{"a paragraph closing on 'X reported:'", []string{`Tom Berg runs the department.`, `A questionnaire is raising questions. As Kestrel Radio reported:`,
			`"It wants to know who attended the climate talks."`},
			[]string{"Kestrel Radio: It wants to know"}},
		{"a frame before the speaker whose quote follows", []string{`Tom Berg chairs the board.`,
			`When reached by the Harbour Times about the vote (he declined comment when I called, saying, "Maybe in a few days"), Berg said, "I just wanted to ask the question."`},
			[]string{"Tom Berg: Maybe in a few days", "Tom Berg: I just wanted to ask the question."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Article(tt.paras).Quotes {
				got = append(got, q.Speaker+": "+q.Text)
				if strings.Count(q.Text, `"`)%2 == 1 {
					t.Errorf("quote %q has an unclosed quotation mark", q.Text)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("quotes = %q, want %q", got, tt.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("quote %d = %q, want prefix %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestOpeningConcession checks whole quotes: a clause of concession, time
// or cause that opens a sentence reports only its own words, and the main
// clause after it may report speech of its own.
func TestOpeningConcession(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"the main clause is the writer's", []string{`Although Tom Berg said he is not bound by the ruling, it has lasting effects for the harbour.`},
			[]string{"Tom Berg: he is not bound by the ruling"}},
		{"past a relative clause, a second source", []string{`While witnesses have said that guards roughly handled Lee, who died a week later, police have said the focus of their inquiry is the van.`},
			[]string{"witnesses: guards roughly handled Lee, who died a week later", "police: the focus of their inquiry is the van"}},
		{"a comma inside the closing quote", []string{`While Ruth Alder has said her plan will be "comprehensive," she has made clear it will not include tolls.`},
			[]string{`Ruth Alder: her plan will be "comprehensive"`}},
		{"one pronoun, one speaker", []string{`Tom Berg spoke to Ann Lee on Monday.`, `While he told Ann Lee that the ferry would run, he told the Post that the pier would close.`},
			[]string{"Tom Berg: the ferry would run", "Tom Berg: the pier would close"}},
		{"a quantifier opens a subject", []string{`Although the captain called it a bad idea, several crew members bragged that they sailed at night.`},
			[]string{"several crew members: they sailed at night"}},
		{"a second clause after 'and' once one is reported", []string{`Tom Berg spoke on Wednesday.`, `He said the vote sent a message to his party and he said things are going to change at the harbour.`},
			[]string{"Tom Berg: the vote sent a message to his party", "Tom Berg: things are going to change at the harbour"}},
		{"'and' joins two speakers before any clause", []string{`Ann Lee and Tom Berg said the ferry would run.`},
			[]string{"Ann Lee and Tom Berg: the ferry would run"}},
		{"a plural noun after 'but' speaks", []string{`Quay Ferries said it signed deals with every town on the route — but the harbour leaders say those deals do not apply to the islands.`,
			`Ferry traffic rose in January but forecasters say the season is sluggish.`},
			[]string{"Quay Ferries: it signed deals with every town on the route", "harbour leaders: those deals do not apply to the islands", "forecasters: the season is sluggish"}},
		{"a verb of speech in a relative clause reports nothing after 'and'", []string{`Ruth Alder added that she and Tom had written to each other, and the letter Tom wrote was "kind."`},
			[]string{`Ruth Alder: she and Tom had written to each other, and the letter Tom wrote was "kind."`}},
		{"'testified as to' reports no clause", []string{`The board did not say that the captain failed a test, but his former crew testified as to how they hid the logs.`}, nil},
		{"what follows a parenthetical attribution on a preposition is the writer's", []string{`Ruth Alder and her family declined to comment, aides said, in part because of the private nature of the loss.`},
			[]string{"aides: Ruth Alder and her family declined to comment"}},
		{"'insisted on' reports no clause", []string{`By then, many couples insisted on marrying for love, as their parents had not.`}, nil},
		{"a clause of time reports only its own words", []string{`Even after Harbour Bank said on Thursday that it would close 20 more branches than first announced, Ruth Alder dismissed suggestions that she should resign.`},
			[]string{"Harbour Bank: it would close 20 more branches than first announced"}},
		{"an attribution after a clause of time is the main clause's", []string{`When they returned with a warrant, Tom Berg said, they found the pistol where Lee said it was.`},
			[]string{"Tom Berg: they found the pistol where Lee said it was"}},
		{"a phrase on a preposition before a parenthetical attribution opens the clause after it", []string{`In contrast with other generals, Ruth Alder said, his letters show a plan for the peace.`},
			[]string{"Ruth Alder: In contrast with other generals, his letters show a plan for the peace"}},
		{"a clause's 'that' after a parenthetical attribution goes on with the words before it", []string{`It is on Ann Lee's watch, Tom Berg said, that the port has lost its ferries.`},
			[]string{"Tom Berg: It is on Ann Lee's watch that the port has lost its ferries"}},
		{"a closing attribution relays a clause its sentence reports", []string{`Quay Bank also said Ann Lee has agreed not to sell her shares, the bank's directors announced Tuesday.`,
			`A pilot advising the inquiry has been skeptical, saying it would be unusual to fly on for hours, investigators said.`},
			[]string{"Quay Bank: Ann Lee has agreed not to sell her shares", "pilot: it would be unusual to fly on for hours"}},
		{"a closing attribution of a clause with a noun that may be a verb", []string{`Despite the delay, the claims will move forward quite normally, Ann Lee said.`},
			[]string{"Ann Lee: Despite the delay, the claims will move forward quite normally"}},
		{"a statement's issuer speaks its clause", []string{`Ann Lee was arrested on Monday.`, `She has since released a statement saying she had no idea that her brothers had left.`,
			`The index fell after somebody hacked an account and posted a bogus tweet saying the port had been attacked.`},
			[]string{"Ann Lee: she had no idea that her brothers had left"}},
		{"a statement's issuer speaks its quote", []string{`The club swiftly released another statement saying: "We thank Ann Lee for seven seasons in the red shirt."`},
			[]string{"club: We thank Ann Lee for seven seasons in the red shirt."}},
		{"a clause of time after a closing attribution is no part of it", []string{`The deputy was shot 15 times by a gunman who emptied his clip, a prosecutor said Monday as the suspect appeared in court.`},
			[]string{"prosecutor: The deputy was shot 15 times by a gunman who emptied his clip"}},
		{"a description and a name between commas before the verb", []string{`Quayland is facing its greatest crisis since the war, its prime minister, Ann Lee, warned as the country struggled to avert a disaster.`},
			[]string{"Ann Lee: Quayland is facing its greatest crisis since the war"}},
		{"a clause of time before a comma and a clause reports that clause", []string{`Tom Berg said as the plane descended, the engines failed.`},
			[]string{"Tom Berg: as the plane descended, the engines failed"}},
		{"who may not speak is no part of the source", []string{`The mayor is committed for the long haul, according to city officials unauthorized to speak publicly.`},
			[]string{"city officials: The mayor is committed for the long haul"}},
		{"a name and its appositive between commas before the verb", []string{`It is not unusual for the season, Ruth Alder, a climate scientist with Essen University, told the Herald.`,
			`The building was a canny buy, the broker, Tom Berg, director of the firm's harbour office, said.`},
			[]string{"Ruth Alder: It is not unusual for the season", "Tom Berg: The building was a canny buy"}},
		{"a time before an attribution and a direct quote is no clause", []string{`And the same day, Ann Lee tweeted, " This is a ferry case plain and simple."`},
			[]string{"Ann Lee: This is a ferry case plain and simple."}},
		{"'this' opens a clause as its subject, unless a time or a preposition follows", []string{`Ruth Alder said this was the best season the harbour has had.`,
			`Tom Berg said this week the ferries were late.`, `Ann Lee said this in a statement.`},
			[]string{"Ruth Alder: this was the best season the harbour has had", "Tom Berg: the ferries were late"}},
		{"a verb of speech that is a plural noun before a verb is the noun", []string{`Polling across the early voting states has created a murky picture of the race.`,
			`While the Harbour Workers' claims have not been confirmed, a port official said the ferries were late.`},
			[]string{"port official: the ferries were late"}},
		{"a subject with a relative clause, or 'that' alone, before a parenthetical attribution", []string{`The shed where the ferry was kept, police said, was an area filled with old nets.`,
			`That, Ann Lee said, is how the inspectors found the boat.`},
			[]string{"police: The shed where the ferry was kept was an area filled with old nets", "Ann Lee: That is how the inspectors found the boat"}},
		{"the clause's subject after a listener's name", []string{`Port officials have told Reuters Essen is likely to need a new ferry.`, `Tom Berg told Harbour News Ruth Alder was wrong about the ferry.`},
			[]string{"Port officials: Essen is likely to need a new ferry", "Tom Berg: Ruth Alder was wrong about the ferry"}},
		{"a relative clause on a past form before the verb is the subject's", []string{`Ruth Alder said on Saturday the storms in Essen that closed the port were the worst in years.`,
			`Tom Berg said Monday that closed schools would reopen next week.`},
			[]string{"Ruth Alder: the storms in Essen that closed the port were the worst in years", "Tom Berg: closed schools would reopen next week"}},
		{"a participle that dates or places a source opens no clause", []string{`Ruth Alder said in a statement released Sunday, "The ferry ban is the wrong approach."`,
			`According to the study, published in the Harbour Journal, the ferry had run late for months.`, `According to police, injured passengers, including two children, were taken to hospital.`},
			[]string{"Ruth Alder: The ferry ban is the wrong approach.", "study: the ferry had run late for months", "police: injured passengers, including two children, were taken to hospital"}},
		{"a long relative clause and a listener's place", []string{`Authorities say a stabbing that killed a passenger on a Kestrel Bay Area commuter train may have occurred after a theft.`,
			`Ann Lee told journalists from The Harbour Post and Essen News last week that the ferry would stop in March.`},
			[]string{"authorities: a stabbing that killed a passenger on a Kestrel Bay Area commuter train may have occurred after a theft", "Ann Lee: the ferry would stop in March"}},
		{"an object with no verb is no clause", []string{`Both Tom Berg and Ann Lee confirmed the move to The Harbour Desk.`, `Ruth Alder conceded defeat late in the day.`,
			`Ann Lee said he'd seen a replay of the crossing.`, `The Bergs said the harbour board let them down.`},
			[]string{"Ann Lee: he'd seen a replay of the crossing", "Bergs: the harbour board let them down"}},
		{"a medium after a participle is no part of its clause", []string{`Ann Lee apologized on Thursday, saying in a statement that the ferry would stop in March.`},
			[]string{"Ann Lee: the ferry would stop in March"}},
		{"a relative clause with no relative word: its subject speaks, up to the sentence's own verb", []string{`The ferry stopped this month, a move the Essen council said would void the harbour's contracts.`,
			`A woman authorities believe has robbed three ferries may be working with a partner.`},
			[]string{"Essen council: a move would void the harbour's contracts", "authorities: A woman has robbed three ferries"}},
		{"a place after an occasion of speech opens no clause", []string{`Ruth Alder, the former director, said at a Nov. 6 event at the Harbour Institute in Essen.`},
			nil},
		{"a body's name after an occasion of speech opens no clause", []string{`Tom Berg said at a meeting of the Essen Board of Health he was trying to calm the wards.`},
			[]string{"Tom Berg: he was trying to calm the wards"}},
		{"a phrase on a preposition before an attribution and a direct quote is no clause", []string{`Of the video recorded by the teenagers, Ruth Alder said in a statement Thursday, "There are no words for it."`},
			[]string{"Ruth Alder: There are no words for it."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Article(tt.paras).Quotes {
				got = append(got, q.Speaker+": "+q.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("quotes = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEntityTypes(t *testing.T) {
	tests := []struct {
		paras []string
		name  string
		want  string // type, or "" for no such entity
	}{
		{[]string{`The Herald's Tom Berg tells us more.`}, "Tom Berg", model.Person},
		{[]string{`Hosted by Elle Editor-in-Chief Ann Lee, the gala raised $2 million.`}, "Elle Editor", ""}, // a title written as one word
		{[]string{`Hosted by Elle Editor-in-Chief Ann Lee, the gala raised $2 million.`}, "Ann Lee", model.Person},
		{[]string{`Ann Lee wrote to the district (Central Okanagan) last week.`}, "Central Okanagan", model.Place},
		{[]string{`A spokesperson for Environment and Climate Change Canada said the rules were clear.`}, "Environment and Climate Change Canada", model.Organization},
		{[]string{`The grant came from Employment and Social Development Canada.`}, "Employment and Social Development Canada", model.Organization},
		{[]string{`Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives came.`}, "Bureau of Alcohol, Tobacco, Firearms and Explosives", model.Organization},
		{[]string{`The family wrote to Immigration, Refugees and Citizenship Canada in May.`}, "Immigration, Refugees and Citizenship Canada", model.Organization},
		{[]string{`More rain is due, according to the Meteorology, Climatology and Geophysics Agency.`}, "Meteorology, Climatology and Geophysics Agency", model.Organization},
		{[]string{`She studied at the University of Oregon, Washington and Stanford.`}, "Washington", model.Place}, // a list of names, no name listing things
		{[]string{`Ann Kowalski's Department of Justice sued the city.`}, "Ann Kowalski", model.Person},            // a person's full name owns the body
		{[]string{`Maxime Bernier's People's Party of Canada will run.`}, "Maxime Bernier", model.Person},
		{[]string{`He studied at Prince George's Community College.`}, "Prince George's Community College", model.Organization}, // a title, then a given name
		{[]string{`The West African Ebola Epidemic spread further than thought.`}, "West African Ebola Epidemic", model.Other},  // an event, named
		{[]string{`The shelter's Mary Kowalski Fundraiser raised $5,000.`}, "Mary Kowalski Fundraiser", model.Other},
		{[]string{`Fans gathered outside the Royal Courts of Justice on Monday.`}, "Royal Courts of Justice", model.Organization},
		{[]string{`Jean-Claude Berg opened the gala.`}, "Jean-Claude Berg", model.Person},            // not "Jean" and "Claude Berg"
		{[]string{`Ann Lee plays Rose-Lynn Harlan.`, `Where does Rose-Lynn live?`}, "Rose-Lynn", ""}, // Rose-Lynn Harlan's given name, no one else
		{[]string{`The phone has GPS, NFC and an LCD screen with HDR.`}, "GPS", ""},                  // things, not bodies
		{[]string{`The CEO gave CPR until a UFO landed by the ATM.`}, "CPR", ""},
		{[]string{`Doctors in the ICU treat HIV and PTSD in Essen.`}, "ICU", ""}, // conditions and wards, not bodies
		{[]string{`The Kestrel HIV Trust said it would help.`}, "Kestrel HIV Trust", model.Organization},
		{[]string{`The ambassador to Britain Liu Xiaoming said the talks would go on.`}, "Liu Xiaoming", model.Person},
		{[]string{`The envoy to Ukraine Kurt Volker said little.`}, "Kurt Volker", model.Person},
		{[]string{`The ambassador to the European Union Gordon Sondland said little.`}, "Gordon Sondland", model.Person},
		{[]string{`Paris Hilton flew to Essen on Monday with friends.`}, "Paris Hilton", model.Person},
		{[]string{`Thanks Kestrel for the tip.`}, "Thanks Kestrel", ""},
		{[]string{`Referee Tom Berg sent him off.`}, "Tom Berg", model.Person},
		{[]string{`The Islamist group claimed the attack.`}, "Islamist", ""},
		{[]string{`Recent Kestrel phones sold well.`}, "Recent Kestrel", ""},
		{[]string{`She was treated at St. Michael's Hospital in the city.`}, "St. Michael Hospital", ""}, // the name keeps its possessive
		{[]string{`The drugs were bought in New Brunswick last year.`, `New Brunswick has no such law.`}, "New Brunswick", model.Place},
		{[]string{`Records at Library and Archives Canada show the route.`}, "Library and Archives Canada", model.Organization},
		{[]string{`Anna van der Meer, a geologist, said the slope collapsed.`}, "Anna van der Meer", model.Person},
		{[]string{`Figures from Statistics Canada show a rise.`}, "Statistics Canada", model.Organization},
		{[]string{`The crew flew on to Papua New Guinea.`}, "Papua New Guinea", model.Place},
		{[]string{`He fears people in Muslim garb on a plane.`}, "Muslim", ""}, // a faith names no one
		{[]string{`The Muslim Brotherhood won the vote.`, `Leaders of the Muslim Brotherhood met.`}, "Muslim Brotherhood", model.Organization},
		{[]string{`Votes for the Kestrel Dawn party doubled.`}, "Kestrel Dawn", model.Organization},
		{[]string{`The Kestrelia party lost ground.`}, "Kestrelia", model.Organization},
		{[]string{`They met at the Christmas party.`}, "Christmas", model.Other},
		{[]string{`Then he WALKED into the hall and smiled.`}, "WALKED", model.Other},
		{[]string{`The company confirmed the figures to WIRED on Monday.`}, "WIRED", model.Organization},
		{[]string{`The Church of Jesus Christ of Latter-day Saints owns the site.`}, "Church of Jesus Christ of Latter-day Saints", model.Organization},
		{[]string{`Residents of West Central Alberta were not consulted.`}, "West Central Alberta", model.Place},
		{[]string{`Tom Berg spoke to reporters in the Oval Office.`}, "Oval Office", model.Place},
		{[]string{`The rally was held in Houston, TX, on Friday.`}, "TX", model.Place},
		{[]string{`Rep. Ann Lee (D-NJ) voted no on the bill.`}, "NJ", model.Place},
		{[]string{`Anita Hill spoke to reporters on Tuesday.`}, "Anita Hill", model.Person},
		{[]string{`The rally met in Glen Park on Tuesday.`}, "Glen Park", model.Place},
		{[]string{`Storms hit Central Florida and Greater Manchester.`}, "Central Florida", model.Place},
		{[]string{`Storms hit Central Florida and Greater Manchester.`}, "Greater Manchester", model.Place},
		{[]string{`A THIRD case of the fever was reported.`, `It is the third this month, and NASA is watching.`}, "THIRD", model.Other},
		{[]string{`A THIRD case of the fever was reported.`, `It is the third this month, and NASA is watching.`}, "NASA", model.Organization},
		{[]string{`Former Adams County DA Bob Grant told reporters he was confounded.`}, "Bob Grant", model.Person},
		{[]string{`Scientists using a telescope atop Mauna Kea saw water.`}, "Mauna Kea", model.Other},
		{[]string{`The study appeared in Science on Monday.`, `Good science takes time.`}, "Science", model.Other},
		{[]string{`She shops at Target and reads Politico.`}, "Target", model.Organization},
		{[]string{`She shops at Target and reads Politico.`}, "Politico", model.Organization},
		{[]string{`Wal-Mart Stores Inc. said sales rose.`}, "Wal-Mart Stores Inc.", model.Organization},
		{[]string{`The study was done in Lundgate on Monday.`, `Good science takes time.`}, "Lundgate", model.Place},
		{[]string{`Will Young, a locomotive mechanic, said cold weather takes a toll.`}, "Will Young", model.Person},
		{[]string{`The plan angered veteran MPs and liberal Jewish groups.`}, "MPs", model.Other},
		{[]string{`The plan angered veteran MPs and liberal Jewish groups.`}, "Jewish", ""},
		{[]string{`The cruise line Royal Caribbean cancelled the trip.`}, "Royal Caribbean", model.Organization},
		{[]string{`The ship is operated by Lundgate Cruise Line.`}, "Lundgate Cruise Line", model.Organization},
		{[]string{`The actor came in costume, Lundgate.com reported.`}, "Lundgate.com", model.Organization},
		{[]string{`She will step down as Harbour Service Chief in May.`}, "Harbour Service Chief", model.Other},
		{[]string{`She will stay on to deliver the harbour deal, MPs said.`}, "MPs", model.Other},
		{[]string{`The files were released by the Lundgate State Attorney today.`}, "Lundgate State Attorney", model.Other},
		{[]string{`The Kestrel Attorney General did not comment.`}, "Kestrel Attorney General", model.Other},
		{[]string{`The files went to the Kestrel Office of Inspector General.`}, "Kestrel Office of Inspector General", model.Organization},
		{[]string{`The U.S. Census Bureau reported the figures on Monday.`, `Census said the number rose.`}, "Census", ""},
		{[]string{`"It is done," an insider told Kestrel's Ann Lee.`}, "Kestrel", model.Other},
		{[]string{`A cruise run by Kestrel Harbour International left port.`}, "Kestrel Harbour International", model.Organization},
		{[]string{`Flights to Lundgate Air Lines resumed.`}, "Lundgate Air Lines", model.Organization},
		{[]string{`The film was released by Kestrel Pictures in May.`}, "Kestrel Pictures", model.Organization},
		{[]string{`Sam Houston led the army.`}, "Sam Houston", model.Person},
		{[]string{`Air Chief Marshal Angus Houston will lead the search.`}, "Angus Houston", model.Person},
		{[]string{`Air Chief Marshal Tom Berg will lead the search.`, `Air Chief Marshal Berg told reporters the search went on.`}, "Marshal Berg", ""},
		{[]string{`Families prayed in Kuala Lumpur.`}, "Kuala Lumpur", model.Place},
		{[]string{`Islamic State claimed the attack.`}, "Islamic State", model.Organization},
		{[]string{`The bombers struck outside the Stade de France.`}, "Stade de France", model.Place},
		{[]string{`Crowds gathered on the Place de la République.`}, "Place de la République", model.Place},
		{[]string{`Charlie Hebdo printed the cartoon.`}, "Charlie Hebdo", model.Organization},
		{[]string{`Comptroller Dan Hynes spoke.`}, "Dan Hynes", model.Person},
		{[]string{`The search for Flight MH370 went on.`}, "Flight MH370", model.Other},
		{[]string{`The band Eagles of Death Metal was playing.`}, "Eagles of Death Metal", model.Other},
		{[]string{`Workers at the Sherbrook Street Stella's location voted.`}, "Sherbrook Street Stella", model.Other},
		{[]string{`The team leads La Liga this year.`}, "La Liga", model.Other},
		{[]string{`Ann Lee, MD, of the Essen clinic led the study in New York, NY, last year.`}, "MD", ""},
		{[]string{`Ann Lee, MD, of the Essen clinic led the study in New York, NY, last year.`}, "NY", model.Place},
		{[]string{`He said so. Unfortunately Kestrel Telecom has not replied.`}, "Unfortunately Kestrel Telecom", ""},
		{[]string{`State Treasurer Alexei Giannoulias spoke.`}, "Alexei Giannoulias", model.Person},
		{[]string{`The campaign called Not My Stella's grew.`, `My Stella said so.`}, "My Stella", model.Other},
		{[]string{`Sen. Tom Berg of Alabama spoke.`, `Tom Berg of Alabama said so.`}, "Tom Berg", model.Person},
		// A place or a magazine, but no one: "He said" is not Terre Haute's.
		{[]string{`The shop opened in Terre Haute. The Tarvo Halvorsen show closed in Terre Haute.`}, "Terre Haute", model.Other},
		{[]string{`A rally was held in Liow Tiong.`, `Liow Tiong said it went well.`}, "Liow Tiong", model.Person},
		{[]string{`Sen. Tom Berg of Alabama spoke on Sunday.`}, "Tom Berg", model.Person},
		{[]string{`Sen. Tom Berg of Alabama spoke on Sunday.`}, "Tom Berg of Alabama", ""},
		{[]string{`Queen Rania of Jordan spoke on Sunday.`}, "Rania of Jordan", model.Person},
		{[]string{`She studied at the Ann Lee College of Engineering in Essen.`}, "Ann Lee College of Engineering", model.Organization},
		{[]string{`The Merovian president spoke first.`, `Merovia accused its neighbour of holding back water.`}, "Merovia", model.Place},
		{[]string{`Ruth Alder said the plan would fail.`}, "Ruth Alder", model.Person},
		{[]string{`Protesters gathered outside Alder Tower on Monday.`}, "Alder Tower", model.Place},
		{[]string{`The mayor spoke at Wendmoor Hall on Monday.`}, "Wendmoor Hall", model.Place},
		{[]string{`On Monday the actress Rebecca Hall spoke.`}, "Rebecca Hall", model.Person},
		{[]string{`The orchestra played at Avery Lundgate Hall on Monday.`}, "Avery Lundgate Hall", model.Place},
		{[]string{`On Monday the singer Mary Ann Hall spoke.`}, "Mary Ann Hall", model.Person},
		// Words before a name that are no part of it.
		{[]string{`Joining Ann Lee on stage, the band played.`}, "Ann Lee", model.Person},
		{[]string{`Wending Hill was flooded on Monday.`}, "Wending Hill", model.Place},
		{[]string{`Democrat Tom Berg won the seat.`}, "Tom Berg", model.Person},
		{[]string{`The debate was between Libertarian Tom Berg and the mayor.`}, "Tom Berg", model.Person},
		{[]string{`Crown Prince Tom Berg will reign from Monday.`}, "Crown Prince Tom Berg", ""},
		{[]string{`Crown Heights was quiet on Monday.`}, "Crown Heights", model.Place},
		{[]string{`He also shot Supervisor Ann Lee that year.`}, "Ann Lee", model.Person},
		{[]string{`Defenseman Tom Berg scored twice.`}, "Tom Berg", model.Person},
		// A name always written after "the" is no one's, speaking or not;
		// one also written without it may be.
		{[]string{`The film was panned by the Lundgate Reporter.`, `Its critic wrote that the plot fails, the Lundgate Reporter said.`}, "Lundgate Reporter", model.Other},
		{[]string{`The Lundgate Reporter review was harsh.`, `Lundgate Reporter said on Monday it stood by it.`}, "Lundgate Reporter", model.Person},
		{[]string{`They will never board another Brightwater Cruise ship.`, `Their cabin on a Brightwater Cruise was bugged.`}, "Brightwater Cruise", model.Other},
		{[]string{`Protesters gathered for the Tamsin Okafor vigil.`, `Tamsin Okafor was shot on Monday.`}, "Tamsin Okafor", model.Person},
		{[]string{`It was led by the Rev. Edmundo Varga, who spoke.`, `Varga said little.`}, "Edmundo Varga", model.Person},
		{[]string{`Pregnant Olivia Okafor arrived on the red carpet.`}, "Olivia Okafor", model.Person},
		{[]string{`Her husband Tobiah was dismayed.`}, "Tobiah", model.Person},                              // a kinship names a person
		{[]string{`Mirelle West Coast, who sang with Tom Berg, wept.`}, "Mirelle West Coast", model.Person}, // a place's word, but "who"
		{[]string{`Mirelle West Coast, where Tom Berg sang, wept.`}, "Mirelle West Coast", model.Place},
		{[]string{`His sister Ida, a vet, was dismayed.`}, "Ida", model.Person}, // a sister of someone's is a person
		{[]string{`The firm's sister company Xhibit was sold.`}, "Xhibit", model.Organization},
		{[]string{`Husband Daniel Okafor was dismayed.`}, "Daniel Okafor", model.Person},
		// A given name put where no known place is, after the article names
		// its person in full, is that person.
		{[]string{`Reporter Ronan Okafor broke the story.`, `Her account ran in Ronan's exposé.`}, "Ronan", ""},
		{[]string{`Tetraplegic Jamie Varga, 37, had a camera set up at his home.`}, "Jamie Varga", model.Person},
		{[]string{`Carnell Marcus Varga, 37, was arrested on Monday.`}, "Carnell Marcus Varga", model.Person},
		{[]string{`Deputies Ann Varga and Tom Berg pulled him from the car.`}, "Ann Varga", model.Person},
		{[]string{`The Lawyers Committee for Harbour Rights sued on Monday.`}, "Lawyers Committee for Harbour Rights", model.Organization},
		{[]string{`The body was flown to the USS Ann Varga in the sea.`}, "Ann Varga", ""},
		{[]string{`She was treated at the Lundgate Clinic and the Essen Animal Shelter.`}, "Lundgate Clinic", model.Organization},
		{[]string{`She was treated at the Lundgate Clinic and the Essen Animal Shelter.`}, "Essen Animal Shelter", model.Organization},
		{[]string{`The Republican Party of Essen met on Monday.`}, "Republican Party of Essen", model.Organization},
		{[]string{`Ombudsman Ann Lee spoke on Monday.`}, "Ann Lee", model.Person},
		{[]string{`The Essen Geological Survey measured the quake.`}, "Essen Geological Survey", model.Organization},
		{[]string{`The test used the EBOV RT-PCR kit.`}, "EBOV RT-PCR", model.Other},
		{[]string{`Wendmoor USA Facebook posted a reply.`}, "Wendmoor USA Facebook", model.Organization},
		{[]string{`Crowds gathered at the Wendmoor War Memorial.`}, "Wendmoor War Memorial", model.Place},
		{[]string{`Ellen Page spoke on Monday.`}, "Ellen Page", model.Person},
		// "and" inside a body's name, not between two names.
		{[]string{`The Food and Drug Administration approved the drug.`}, "Food and Drug Administration", model.Organization},
		{[]string{`The Centers for Disease Control and Prevention warned doctors.`}, "Centers for Disease Control and Prevention", model.Organization},
		// "on" inside a council's name, hyphenated words too.
		{[]string{`The Council on Essen-Lundgate Relations condemned the move.`}, "Council on Essen-Lundgate Relations", model.Organization},
		{[]string{`The Center on Wrongful Convictions took up her case.`}, "Center on Wrongful Convictions", model.Organization},
		{[]string{`The Essen Entertainment Center on Harbour Boulevard closed.`}, "Essen Entertainment Center", model.Organization},
		{[]string{`The Essen Entertainment Center on Harbour Boulevard closed.`}, "Harbour Boulevard", model.Place},
		{[]string{`Lundgate Electric Power said the reactor was safe.`}, "Lundgate Electric Power", model.Organization},
		{[]string{`Supermodel Hilary Rhoda married him.`}, "Hilary Rhoda", model.Person},
		{[]string{`Official projections showed New Democracy with 30 percent of the vote.`}, "New Democracy", model.Organization},
		// A known body's name before words that name no one: what it makes.
		{[]string{`Google Stadia launched on Tuesday with few games.`}, "Google Stadia", model.Other},
		{[]string{`The new Samsung Galaxy sold well.`}, "Samsung Galaxy", model.Other},
		{[]string{`The Committee on Monday condemned the move.`}, "Committee", model.Organization},
		{[]string{`Kestrel Press and Lundgate Times reported it.`}, "Lundgate Times", model.Organization},
		{[]string{`The University of Essen and Lundgate University agreed.`}, "University of Essen", model.Organization},
		{[]string{`Ohio and Lundgate Airways signed a deal.`}, "Lundgate Airways", model.Organization},
		{[]string{`Bank of Essen and Merrill Berg merged.`}, "Bank of Essen", model.Organization},
		{[]string{`The United Nations and European Union condemned the move.`}, "United Nations", model.Organization},
		{[]string{`The probe left the Solar System in 2012.`}, "Solar System", model.Other},
		{[]string{`There also is a redesigned sedan from Nissan.`}, "Nissan", model.Organization},
		{[]string{`Confectionery giant Wendmoor has failed to win the case.`}, "Wendmoor", model.Organization},
		{[]string{`The company, Kestrel, said that it would sell the business.`}, "Kestrel", model.Organization},
		{[]string{`The Judiciary said the men were freed on bail.`}, "Judiciary", model.Organization},
		{[]string{`Senate Judiciary Chairman Tom Berg spoke on Monday.`}, "Tom Berg", model.Person},
		{[]string{`Geologists said the slope was moving.`, `Two geologists from Essen watched it.`}, "Geologists", ""}, // a common word, no one's name
		{[]string{`Rescuers reached the boys.`, `The rescuers said they were well.`, `Rescuers then left.`}, "Rescuers", ""},
		{[]string{`Berg said the slope was moving.`, `Two geologists from Essen watched it.`}, "Berg", model.Person},
		{[]string{`Traffic on the Wendmoor Highway stopped.`}, "Wendmoor Highway", model.Place},
		{[]string{`The crash was reported by the Essen Highway Patrol.`}, "Essen Highway Patrol", model.Organization},
		{[]string{`The newcomer and native Southerner Tom Berg spoke on Monday.`}, "Tom Berg", model.Person},
		{[]string{`The delegation flew on to the Merovian Republic on Monday.`}, "Merovian Republic", model.Place},
		{[]string{`The delegation flew on to the Republic of Merovia on Monday.`}, "Republic of Merovia", model.Place},
		{[]string{`A column in the Essen Sun-Times said so on Monday.`}, "Essen Sun-Times", model.Organization},
		{[]string{`The Merovian Republic News Agency said so on Monday.`}, "Merovian Republic News Agency", model.Organization},
		{[]string{`The shares of Emirates NBD rose on Monday.`}, "Emirates NBD", model.Organization},
		{[]string{`On Monday the actress Aubrey Plaza spoke.`}, "Aubrey Plaza", model.Person},
		{[]string{`The mayor, Tom Berg III, spoke on Monday.`}, "Tom Berg III", model.Person},
		{[]string{`The cellist Yo-Yo Berg said the tour was over.`}, "Yo-Yo Berg", model.Person},                              // a given name of one word said twice
		{[]string{`He prayed to Allah every day.`}, "Allah", model.Other},                                                     // no place, and no surname: "May Allah release them" names no woman
		{[]string{`The Dutch Red Cross said it would help the victims of the flood.`}, "Dutch Red Cross", model.Organization}, // a country's branch of a known body
		{[]string{`The Dutch Harbour Union of Essen said the strike would go on.`}, "Dutch Harbour Union of Essen", model.Organization},
		{[]string{`The writer Ann Lee OBE spoke on Monday.`}, "Ann Lee", model.Person}, // an honour after the name is no part of it, nor a body's acronym
		{[]string{`The photographer was TOM BERG on Monday.`}, "TOM BERG", model.Person},
		{[]string{`Work on the Essen Harbour SkyTrain starts on Monday.`}, "Essen Harbour SkyTrain", model.Organization},
		{[]string{`On Monday the host Ellen DeGeneres spoke.`}, "Ellen DeGeneres", model.Person},
		{[]string{`It is too early to tell, said Mark GarthWaite, director of the Essen Brewers Guild.`}, "Mark GarthWaite", model.Person},
		{[]string{`It is too early to tell, said Mark GarthWaite, director of the Essen Brewers Guild.`}, "Essen Brewers Guild", model.Organization},
		{[]string{`The cases of Rocky Mountain Spotted Fever rose in the state.`}, "Rocky Mountain Spotted Fever", model.Other},
		{[]string{`Mr. Berg paid to log into Ann Lee's Twitter account on Monday.`}, "Ann Lee", model.Person},
		{[]string{`Mr. Berg paid to log into Ann Lee's Twitter account on Monday.`}, "Ann Lee Twitter", ""},
		{[]string{`The Kestrel Times' Tom Berg said on Monday the pier was unsafe.`}, "Tom Berg", model.Person},
		{[]string{`The Kestrel Times' Tom Berg said on Monday the pier was unsafe.`}, "Kestrel Times", model.Organization},
		{[]string{`Developer Kestrel Works' Tidewater launched on Monday.`}, "Kestrel Works", model.Organization},
		{[]string{`The Essen Veterans' Affairs Department said it would act.`}, "Essen Veterans' Affairs Department", model.Organization},
		{[]string{`Hall of Famer Tom Berg said he was proud of the team and of its fans.`}, "Tom Berg", model.Person},
		{[]string{`Essen Rowing Hall of Famer Tom Berg said he was proud of the team and of its fans.`}, "Tom Berg", model.Person},
		{[]string{`The manager (and Hall of Famer) Tom Berg rose from his seat.`}, "Hall of Famer", ""}, // an honour alone names no one
		{[]string{`He toured the Essen Rowing Hall of Fame on Monday.`}, "Essen Rowing Hall of Fame", model.Organization},
		{[]string{`The Rock and Roll Hall of Fame will induct the band on Monday.`}, "Rock and Roll Hall of Fame", model.Organization},
		{[]string{`Fans await a second Rock and Roll Hall of Fame induction for the band.`}, "Rock and Roll Hall of Fame", model.Organization},
		{[]string{`The city of Kestrel said the bridge would reopen on Monday after repairs.`}, "Kestrel", model.Place},
		{[]string{`Soldiers at Fort Alder were hurt on Monday.`}, "Fort Alder", model.Place},
		{[]string{`Tom Berg and James Fort spoke on Monday.`}, "James Fort", model.Person},
		{[]string{`Ruth and Tom Alder said on Monday they would appeal.`}, "Ruth Alder", model.Person},
		{[]string{`On Monday, Ruth and Tom White said they would appeal.`}, "Ruth White", model.Person},
		{[]string{`Ruth and Tom Alder said on Monday they would appeal.`}, "Tom Alder", model.Person},
		{[]string{`Money came from Ruth and Tom Alder Foundation on Monday.`}, "Ruth Alder", ""},
		{[]string{`Tom Morgan scored twice.`, `Morgan and Ann Berg won on Monday.`}, "Morgan Berg", ""},
		{[]string{`Prince Tomas and Ann Berg married on Monday.`}, "Tomas Berg", ""},
		{[]string{`The Kestrel Strip was quiet on Monday.`}, "Kestrel Strip", model.Place},
		{[]string{`Catalonia voted on Sunday.`}, "Catalonia", model.Place},
		{[]string{`Verizon cut its prices on Monday.`}, "Verizon", model.Organization},
		{[]string{`In 1978 the critic Tom Berg wrote Orientalia.`}, "Orientalia", model.Other},
		{[]string{`Shares of Kestrel Holdings fell on Monday.`}, "Kestrel Holdings", model.Organization},
		{[]string{`Members of Congress voted on Monday.`}, "Congress", model.Organization},
		{[]string{`Human Rights Watch said the trial was unfair.`}, "Human Rights Watch", model.Organization},
		{[]string{`Read my new post: Kestrel Was Right To Buy Harbourline`}, "Kestrel Was Right To Buy Harbourline", model.Other},
		{[]string{"Kestrel Was Right To Buy Harbourline", "Kestrel bought the ferry line on Monday, a deal analysts praised."}, "Kestrel Was Right To Buy Harbourline", ""},
		{[]string{`Approval is in the mid-30s, according to Kestrelpoll.`}, "Kestrelpoll", model.Other},
		{[]string{`He flew to Kestrelpoll on Monday.`}, "Kestrelpoll", model.Place},
		{[]string{`The plan failed, wrote Berg.`}, "Berg", model.Person},
		{[]string{`The singer asked Dashel, "Are you ready to come up?"`}, "Dashel", model.Person},
		{[]string{`On Monday the minister met Luiz Inácio Lula da Silva in the city.`}, "Luiz Inácio Lula da Silva", model.Person},
		{[]string{`Sheikh Tamim bin Hamad Al Thani spoke in the capital on Monday.`}, "Tamim bin Hamad Al Thani", model.Person},
		{[]string{`He sold shares of Bank of America Merrill Lynch on Monday.`}, "Bank of America Merrill Lynch", model.Organization},
		{[]string{`The campaign group Kestrelwatch said it had a million signatures.`}, "Kestrelwatch", model.Organization},
		{[]string{`The advocacy group Tidewater Action said it would sue.`}, "Tidewater Action", model.Organization},
		{[]string{`It was a charity Ann Lee founded in 2010.`}, "Ann Lee", model.Person},
		{[]string{`The deal was signed by confectionery giant Kestrelo on Monday.`, `Kestrelo said it was happy.`}, "Kestrelo", model.Organization},
		{[]string{`The pastor said the Bible mentions the flood.`}, "Bible", model.Other},
		{[]string{`Delegates of the People's Republic of Merovia left on Monday.`}, "People's Republic of Merovia", model.Place},
		{[]string{`Rapper Ann Lee said the show would go on.`}, "Ann Lee", model.Person},
		{[]string{`Harbour Sports Insider Ann Lee has reported that the league will fine Tom Berg.`}, "Ann Lee", model.Person},
		{[]string{`The Essen Harbours' coach said Harbours DL Tom Berg would play on Monday.`}, "Tom Berg", model.Person},
		{[]string{`The Federal Reserve raised rates on Monday.`}, "Federal Reserve", model.Organization},
		{[]string{`A story in the Essen Chronicle said so on Monday.`}, "Essen Chronicle", model.Organization},
		{[]string{`The team flew to St. Louis on Monday.`}, "St. Louis", model.Place},
		{[]string{`Residents of North Dakota Wednesday voted against the plan.`}, "North Dakota", model.Place},
		{[]string{`Ruth Alder told Inside Edition Monday that she was fine.`}, "Inside Edition Monday", ""},
		{[]string{`Shoppers crowded the mall on Black Friday in Essen.`}, "Black Friday", model.Other},
		{[]string{`She hosted Saturday Night Live in Essen last year.`}, "Saturday Night Live", model.Other},
		{[]string{`Late Monday, the harbour reopened in Essen.`}, "Late", ""},
		{[]string{`Prime Minister Theresa May met the envoy in Essen.`}, "Theresa May", model.Person},
		{[]string{`Protesters marched in Washington June 5 and again a week later.`}, "Washington", model.Place},
		{[]string{`Shares of Harbour Trading Co. fell, and the Co. said so on Monday.`}, "Co.", ""},
		{[]string{`Traders on Wall St. sold the shares on Monday.`}, "Wall St.", model.Place},
		{[]string{`A film from Warner Bros. opened in Essen on Monday.`}, "Warner Bros.", model.Organization},
		{[]string{`Crowds marched in Essen on St. Patrick's Day last year.`}, "St. Patrick's Day", model.Other},
		{[]string{`Wednesday June 5 was the day the harbour reopened in Essen.`}, "Wednesday June", ""},
		{[]string{`The team flew to St. Louis on Monday.`}, "Louis", ""},
		{[]string{`White House Chief of Staff Reince Priebus spoke on Monday.`}, "Reince Priebus", model.Person},
		{[]string{`The Federal Reserve raised rates on Monday.`}, "Reserve", ""},
		{[]string{`Envoys at the United Nations met on Monday.`}, "United Nations", model.Organization},
		{[]string{`Crowds gathered at the Capitol on Monday.`}, "Capitol", model.Place},
		{[]string{`Lawyers cited the First Amendment on Monday.`}, "First Amendment", model.Other},              // a law, no one with the title "First"
		{[]string{`He was born in the Soviet Union and left Yugoslavia in 1990.`}, "Soviet Union", model.Place}, // a state that was, not a body's "Union"
		{[]string{`The New York Times said The New York investment firm hired him.`}, "New York", model.Place},
		{[]string{`The DNA Case Review Unit wrote to J.C.X. Simon and Robert S. Mueller III.`}, "J.C.X. Simon", model.Person},
		{[]string{`The DNA Case Review Unit wrote to J.C.X. Simon and Robert S. Mueller III.`}, "Robert S. Mueller III", model.Person},
		{[]string{`He studied at Virginia Tech, and then DNA Case said nothing.`}, "Virginia Tech", model.Organization},
		{[]string{`He studied at Virginia Tech, and then DNA Case said nothing.`}, "DNA Case", model.Other}, // no one's name holds an acronym
		{[]string{`She joined First Solar in May, and First Lady Ann Lee thanked her.`}, "First Solar", model.Other},
		{[]string{`She joined First Solar in May, and First Lady Ann Lee thanked her.`}, "Ann Lee", model.Person},
		{[]string{`The show airs at 9 p.m. ET on Monday on TV and online.`}, "ET", ""},
		{[]string{`The firm filed for Chapter 11 protection on Monday, and Phase 2 starts in May.`}, "Chapter", ""},
		{[]string{`The firm filed for Chapter 11 protection on Monday, and Phase 2 starts in May.`}, "Phase", ""},
		{[]string{`The crew of Apollo 11 landed in July.`}, "Apollo", model.Other},
		{[]string{`The show airs at 9 p.m. ET on Monday on TV and online.`}, "TV", ""},
		{[]string{`Rapper Ann Lee said the show would go on.`}, "Rapper Ann Lee", ""},
		{[]string{`Meteorologist Tom Berg said the storm would turn north.`}, "Tom Berg", model.Person},
		{[]string{`Ann Lee wrote a letter to Peter about the house.`}, "Peter", model.Other},
		{[]string{`The family moved to Essen in May.`}, "Essen", model.Place},
		{[]string{`She worked at Yahoo for a year.`}, "Yahoo", model.Organization},
		{[]string{`In November CNN reported the deal.`}, "CNN", model.Organization},
		{[]string{`Dear Tom Berg, I write about the harbour.`}, "Dear Tom Berg", ""},
		{[]string{`Tom Berg, Minister of Citizenship, denounced the find.`}, "Citizenship", ""},
		{[]string{`On Monday the Minister of Harbour Affairs Ann Lee denounced the find.`}, "Ann Lee", model.Person},
		{[]string{`In November Tom Berg left the council.`}, "Tom Berg", model.Person},
		{[]string{`Insp Tom Berg said the road would stay shut.`}, "Tom Berg", model.Person},
		// A qualifier of titles is no title of a person: "U.S." and
		// "National" qualify bodies and things too.
		{[]string{`The U.S. Census counted 3,000 people named Berg.`}, "Census", model.Other},
		{[]string{`A pistol was fired at a group of National Guardsmen.`}, "Guardsmen", model.Other},
		{[]string{`Ann Lee is the city's Special Agent in Charge.`}, "Agent", model.Other},
		{[]string{`He was told by Senator Alder that the bill would pass.`}, "Alder", model.Person},
		// Groups, teams and firms named by plurals are no one.
		{[]string{`On Monday Tory MPs rebelled.`}, "Tory MPs", model.Other},
		{[]string{`On Monday Tory Brexiteers rebelled.`}, "Tory Brexiteers", model.Other},
		{[]string{`On Monday Republican Peters said no.`}, "Republican Peters", model.Person}, // a surname ending as plurals do
		{[]string{`He said Two Republicans voted no.`}, "Two Republicans", model.Other},
		{[]string{`The New York Jets lost on Sunday.`}, "New York Jets", model.Organization},
		{[]string{`Bidding at Kestrel Auctions ended late.`}, "Kestrel Auctions", model.Organization},
		{[]string{`The money came from Crossroads GPS last year.`}, "Crossroads GPS", model.Organization},
		{[]string{`She grew up in Chicago Heights.`}, "Chicago Heights", model.Place},
		{[]string{`Actor Will Smith said he was sorry.`}, "Will Smith", model.Person},
		{[]string{`Nobody knew what was happening, Tom Berg said.`}, "Nobody", ""},
		// A middle initial keeps a name whole.
		{[]string{`Donald J. Trump spoke on Monday.`}, "Donald J. Trump", model.Person},
		{[]string{`She read the Tom Berg Papers and the Ann Lee History at the library.`}, "Tom Berg Papers", model.Other},
		{[]string{`She read the Tom Berg Papers and the Ann Lee History at the library.`}, "Ann Lee History", model.Other},
		{[]string{`The school is named for Booker T. Washington.`}, "Booker T. Washington", model.Person},
		{[]string{`The study was led by Jeffrey A. Bridge of the hospital.`}, "Jeffrey A. Bridge", model.Person},
		{[]string{`He toured with Warren G. One of the shows was in Essen.`}, "Warren G.", model.Person},
		{[]string{`Superior Court President James T. Vaughn Jr. ruled on Monday.`}, "James T. Vaughn Jr.", model.Person},
		{[]string{`TEEN WAS SHOT FOUR TIMES BY HIS OWN FATHER IN ESSEN.`}, "TEEN WAS SHOT FOUR TIMES BY HIS OWN FATHER IN ESSEN", ""},
		{[]string{`The NTSB said the TEEN program was cut.`}, "NTSB", model.Organization},
		{[]string{`Deputy Was Shot 15 Times, Says Prosecutor in Essen`}, "Says Prosecutor", ""}, // a headline's capitals name no one
		{[]string{`The talks were led by Said Hamdan of the council.`}, "Said Hamdan", model.Person},
		{[]string{`He read from his new book Make Trouble on Friday.`}, "Make Trouble", model.Other},
		{[]string{`Newly single Tom Berg was seen in Essen.`}, "Tom Berg", model.Person},
		{[]string{`He worked for STP Consultants for a year.`}, "STP Consultants", model.Organization},
		{[]string{`She told CBS Sacramento the road was shut.`}, "CBS Sacramento", model.Organization},
		{[]string{`The show starred DJ Khaled and others.`}, "DJ Khaled", model.Person},
		{[]string{`CBS Sacramento ran the story first. CBS said later it was wrong.`}, "CBS", model.Organization},
		// An employer after a job's noun and "at", though its words read as a person's.
		{[]string{`"Markets are nervous," said Tom Berg, chief strategist at Harper Lundgate.`, `Harper Lundgate said shares fell.`}, "Harper Lundgate", model.Organization},
		{[]string{`"It is bad," said an economist at Kestrova.`}, "Kestrova", model.Organization},
		{[]string{`A partner at Ann Lee's firm said so. Ann Lee declined to comment.`}, "Ann Lee", model.Person},
		// A publication or a record label named after its noun.
		{[]string{`The paper was published in the journal Kestrel Astronomy on Monday.`}, "Kestrel Astronomy", model.Organization},
		{[]string{`Her former label Big Lundgate owns the recordings.`}, "Big Lundgate", model.Organization},
		{[]string{`The magazine Rolling Kestrel ran the interview.`}, "Rolling Kestrel", model.Organization},
		{[]string{`The label Ann Lee founded in 2010 signed her.`}, "Ann Lee", model.Person},
		{[]string{`Globe and Mail columnist Ann Lee agreed.`}, "Globe and Mail", model.Organization},
		// A post addressed as one, no one's name.
		{[]string{`"I think, Mr. Ranking Member, that would be hard," he said.`}, "Ranking Member", model.Other},
		{[]string{`Council Member Ann Lee voted no.`}, "Ann Lee", model.Person},
		// A town put somewhere and followed by its region, whatever its words.
		{[]string{`The victim was Ann Lee, 23, of El Lundgate, California, a student.`}, "El Lundgate", model.Place},
		{[]string{`The plant in Tyler, Texas, closed on Monday.`}, "Tyler", model.Place},
		{[]string{`The council met in Fort Kestrel, Florida.`}, "Fort Kestrel", model.Place},
		{[]string{`The firm is based in Lundgate Raton, Fla., and was sold.`}, "Lundgate Raton", model.Place},
		{[]string{`The firm is based in Lundgate Raton, Fla., and was sold.`}, "Florida", model.Place},
		{[]string{`He lives in Round Kestrel, TX with his wife.`}, "Round Kestrel", model.Place},
		{[]string{`About 1,000 migrants were in the city of Kestrova on Wednesday.`}, "Kestrova", model.Place},
		{[]string{`He coaches teams out of a bowling alley in Kestrel Brook.`}, "Kestrel Brook", model.Place},
		{[]string{`Flooding hit Walnut Creek on Monday.`}, "Walnut Creek", model.Place},
		{[]string{`Peter Brook directed the play.`}, "Peter Brook", model.Person},
		{[]string{`Trade with the Far East grew.`}, "Far East", model.Place},
		{[]string{`He flew to Den Haag on Monday.`}, "Den Haag", model.Place},
		{[]string{`The Copa America starts in June.`}, "Copa America", model.Other},
		{[]string{`She flew with Copa Airlines.`}, "Copa Airlines", model.Organization},
		// A business's noun opening the sentence is no part of its name.
		{[]string{`Developer Kestrova said the game would ship in May.`}, "Kestrova", model.Organization},
		{[]string{`Carmaker Kestrova recalled 10,000 cars.`}, "Kestrova", model.Organization},
		{[]string{`The developer Kestrova said so.`}, "Kestrova", model.Organization},
		{[]string{`Developer Ann Lee built the app.`}, "Ann Lee", model.Person},
		{[]string{`The book came out from Kestrel Publishers in May.`}, "Kestrel Publishers", model.Organization},
		{[]string{`He worked at Lundgate Animation for years.`}, "Lundgate Animation", model.Organization},
		{[]string{`She studies at Lundgate Harper University, Australia.`}, "Lundgate Harper University", model.Organization},
		{[]string{`Both Susan Collins, Maine, and Ann Lee, Alaska, voted no.`}, "Susan Collins", model.Person},
		{[]string{`The letter from Ann Lee, Texas Republican, was read out.`}, "Ann Lee", model.Person},
		{[]string{`He met Ann Lee, California's governor.`}, "Ann Lee", model.Person},
		// Titles abbreviated with no stop.
		{[]string{`Hon Funke Lundgate said the bill would pass.`}, "Funke Lundgate", model.Person},
		{[]string{`Pres George W. Bush visited the troops.`}, "George W. Bush", model.Person},
		{[]string{`The firm was bought by Kestrel Nation last year.`}, "Kestrel Nation", model.Organization},
		{[]string{`Terry Nation wrote the show.`}, "Terry Nation", model.Person},
		{[]string{`They met at the Place de la Nation in Paris.`}, "Place de la Nation", model.Place},
		{[]string{`She signed for Lundgate United in May.`}, "Lundgate United", model.Organization},
		{[]string{`She signed for Lundgate United in May. United said the deal was done.`}, "United", ""},
		{[]string{`The match was shown on Kestrel Sports.`}, "Kestrel Sports", model.Organization},
		{[]string{`Harper Solutions Europe said it would appeal.`}, "Harper Solutions Europe", model.Organization},
		{[]string{`Lundgate Institutional Equities said prices rose.`}, "Lundgate Institutional Equities", model.Organization},
		{[]string{`Fans in the West Midlands cheered.`}, "West Midlands", model.Place},
		{[]string{`North Dakotans voted on Tuesday.`}, "North Dakotans", model.Other},
		{[]string{`Frenchman Gabriel Lundy signed on Monday.`}, "Gabriel Lundy", model.Person},
		{[]string{`DAVE HARPER'S stunt worked.`}, "DAVE HARPER", model.Person},
		{[]string{`She sang at the Lundgate Opera in May.`}, "Lundgate Opera", model.Organization},
		{[]string{`Park Ji-sung scored twice.`}, "Park Ji-sung", model.Person},
		{[]string{`Park Dong Woo spoke first.`}, "Park Dong Woo", model.Person},
		{[]string{`She moved to Park Slope in May.`}, "Park Slope", model.Place},
		{[]string{`Michael Bloomberg said he would run.`}, "Michael Bloomberg", model.Person},
		{[]string{`Bloomberg News reported it first.`}, "Bloomberg News", model.Organization},
		{[]string{`The phone review: good, but don't rush to upgrade When Samsung unveiled the phone, it made a fuss.`}, "Samsung", model.Organization},
		{[]string{`The phone review: good, but don't rush to upgrade When Samsung unveiled the phone, it made a fuss.`}, "When Samsung", ""},
		{[]string{`Overall Samsung's camera app is good.`}, "Samsung", model.Organization},
		{[]string{`He moved to New England in May.`}, "New England", model.Place},
		{[]string{`The Kestrel Bluejackets beat the Red Lundgates.`}, "Red Lundgates", model.Organization},
		{[]string{`She walked the Red Carpet at the gala.`}, "Red Carpet", model.Other},
		{[]string{`He was seen in Perry Township on Monday.`}, "Perry Township", model.Place},
		{[]string{`The rover landed in Gale Crater.`}, "Gale Crater", model.Place},
		{[]string{`The Treasury said the notes are safe.`}, "Treasury", model.Organization},
		{[]string{`The Rose Bowl was sold out.`}, "Rose Bowl", model.Other},
		{[]string{`Jack White sang on Monday.`}, "Jack White", model.Person},
		{[]string{`General Electric said profits fell.`}, "General Electric", model.Organization},
		{[]string{`Wells Fargo said profits rose.`}, "Wells Fargo", model.Organization},
		{[]string{`New York banned it on Monday.`}, "New York", model.Place},
		{[]string{`Georgia Evans was arrested on Monday.`}, "Georgia Evans", model.Person}, // a place that is a given name too
		{[]string{`The Carolina Panthers won on Sunday.`}, "Carolina Panthers", model.Organization},
		{[]string{`The Cleveland Cavaliers won on Sunday.`}, "Cleveland Cavaliers", model.Organization},
		{[]string{`Charlotte Jones was arrested on Monday.`}, "Charlotte Jones", model.Person},
		{[]string{`New York Jets fans cheered on Sunday.`}, "New York Jets", model.Organization},
		{[]string{`The Geneva Conventions apply here.`}, "Geneva Conventions", model.Other},
		// "of the" goes on a body's name, unless what follows is a name of its own.
		{[]string{`The Department of the Interior said it would act.`}, "Department of the Interior", model.Organization},
		{[]string{`Friends of the Earth said the plan was reckless.`}, "Friends of the Earth", model.Organization},
		{[]string{`Friends of the Earth said the plan was reckless.`}, "Earth", ""},
		{[]string{`The Leadership Council of the Democratic National Committee met.`}, "Democratic National Committee", model.Organization},
		{[]string{`The Navy of the United States sent ships.`}, "United States", model.Place},
		{[]string{`He asked for the Office of the State's Attorney to step aside.`}, "Office of the State", ""},
		{[]string{`"Sure," he told Motherboard on Monday.`}, "Motherboard", model.Organization}, // a site, spoken to
		{[]string{`Hay'at Tahrir al-Sham fighters took the town.`}, "Hay'at Tahrir al-Sham", model.Organization},
		{[]string{`The al Shabab leader spoke. Later, al-Shabab denied it.`}, "al Shabab", model.Organization},
		{[]string{`The al Shabab leader spoke. Later, al-Shabab denied it.`}, "Shabab", ""},
		{[]string{`Officials at the Centers for Medicare and Medicaid Services agreed.`}, "Centers for Medicare and Medicaid Services", model.Organization},
		{[]string{`As I said in my State of the Union address, we must act.`}, "Union", ""},
		{[]string{`"It works," said Ann Lee, M.D., the study's author.`}, "M.D.", ""},                  // a degree
		{[]string{`The team was still reeling from Varnhagen's departure.`}, "Varnhagen", model.Other}, // "from" is the departure's
		{[]string{`They waited near the bridge to Île d'Orléans.`}, "Île d'Orléans", model.Place},
		{[]string{`Valéry Giscard d'Estaing spoke first.`}, "Valéry Giscard d'Estaing", model.Person},
		{[]string{`The Toronto Blue Jays won on Sunday.`}, "Toronto Blue Jays", model.Organization},
		{[]string{`The Utah Jazz beat the Charlotte Bobcats on Sunday.`}, "Utah Jazz", model.Organization}, // a team's name in the singular
		{[]string{`The Utah Jazz beat the Charlotte Bobcats on Sunday.`}, "Charlotte Bobcats", model.Organization},
		{[]string{`The Boston Red Sox lost on Sunday.`}, "Boston Red Sox", model.Organization},
		{[]string{`The Golden State Warriors won on Sunday.`}, "Golden State Warriors", model.Organization},
		{[]string{`She won two Golden Globes in January.`}, "Golden Globes", model.Other},
		{[]string{`He drew for Marvel Comics in the 1960s.`}, "Marvel Comics", model.Organization},
		{[]string{`Manchester City beat Hull City on Sunday.`}, "Hull City", model.Organization}, // clubs, not towns
		{[]string{`He moved to Kansas City in May.`}, "Kansas City", model.Place},
		{[]string{`He converted to Judaism in 2010.`}, "Judaism", ""},                     // a faith names no one
		{[]string{`Oskeli Varga of NASA said it was wet.`}, "Oskeli Varga", model.Person}, // and her employer, named apart
		// A sentence's opening "The" is a name's only where the article writes that name with it inside a sentence.
		{[]string{`He told The Lundgate Ledger it was over.`, `The Varga administration said no.`}, "The Varga", ""},
		{[]string{`He told The Lundgate Ledger it was over.`, `The Lundgate Ledger later denied it.`}, "The Lundgate Ledger", model.Organization},
		{[]string{`The Economist reported it first.`}, "The Economist", model.Organization},
		{[]string{`The Davis Cup Final starts on Monday.`}, "Davis Cup Final", model.Other},
		{[]string{`The study was led by Tomas Varga-Lund.`, `She works in Varga-Lund's lab.`}, "Varga", ""}, // his surname, whole
		{[]string{`It was said by Oskeli Varga of Lundgate Valley University.`}, "Oskeli Varga", model.Person},
		{[]string{`It was said by Oskeli Varga of Lundgate Valley University.`}, "Lundgate Valley University", model.Organization},
		{[]string{`She was treated at Our Lady of Lundgate Hospital.`}, "Our Lady of Lundgate Hospital", model.Organization},
		{[]string{`Tsai led while Nationalist Eric Varga trailed.`}, "Eric Varga", model.Person},
		{[]string{`He feared men hired by New York Mayor Mike Bloomberg.`}, "Mike Bloomberg", model.Person}, // a surname that is a firm's too
		{[]string{`Rangers of the National Park Service came.`}, "National Park Service", model.Organization},
		{[]string{`He worked for the Fairfax County IT contractor.`}, "Fairfax County", model.Place},                                                 // information technology, no part of a name
		{[]string{`The judge ordered the return to the United States of Ali Vayeghan.`}, "Ali Vayeghan", model.Person},                               // a place, then whom it takes back
		{[]string{`Protesters from Occupy Wall Street marched.`}, "Occupy Wall Street", model.Organization},                                          // a movement, no street
		{[]string{`The U.S. Court of Appeals for the Ninth Circuit ruled on Monday.`}, "Court of Appeals for the Ninth Circuit", model.Organization}, // which court
		{[]string{`She walked in at the Screen Actors Guild Awards on Sunday.`}, "Screen Actors Guild Awards", model.Other},                          // an event named for a body
		{[]string{`The network hired Brit Kate Varga for the games.`}, "Kate Varga", model.Person},                                                   // a national, before her name
		{[]string{`She won at the Brit Awards on Monday.`}, "Brit Awards", model.Other},
		{[]string{`He was joined by fellow Scandinavian Glenn Varga.`}, "Glenn Varga", model.Person},
		{[]string{`"We were wrong," said District Attorney Varga.`}, "Varga", model.Person},
		{[]string{`The team won the title in Class 2A.`}, "Class", ""},
		{[]string{`Abuse within Region 5 of the service was rampant.`}, "Region", ""},
		{[]string{`She played Ari in Seasons 1 and 2 of the show.`}, "Seasons", ""},
		{[]string{`Families of those on Lundgate Airways Flight 370 waited.`}, "Lundgate Airways", model.Organization},
		{[]string{`State media have reported only a handful of deaths.`}, "State", ""},
		{[]string{`Prison guards were charged on Monday.`}, "Prison", ""},
		{[]string{`They dined at Varga's Steakhouse in Essen.`}, "Varga's Steakhouse", model.Organization}, // a restaurant, not a place named Varga
		{[]string{`The Canal St. Martin runs north.`}, "Martin", ""},
		{[]string{`Maria Union starred in it.`}, "Maria Union", model.Person},
		{[]string{`Grace Church held a vigil.`}, "Grace Church", model.Organization},
		{[]string{`It faces scrutiny from the U.S. Securities and Exchange Commission.`}, "U.S. Securities and Exchange Commission", model.Organization},
		{[]string{`He joined the Export-Import Bank in June.`}, "Export-Import Bank", model.Organization},
		{[]string{`Throughout November the team will fly.`}, "Throughout November", ""},
		{[]string{`Enter Lundgate to throw down the gauntlet.`}, "Enter Lundgate", ""},
		{[]string{`Lundgate AG made the parts.`}, "Lundgate AG", model.Organization},
		{[]string{`He recalled the Arsenal-Lundgate Rovers game.`}, "Arsenal", model.Organization}, // two clubs, not one name
		{[]string{`He left Lundgate Athletic in June.`}, "Lundgate Athletic", model.Organization},
		{[]string{`The shot was fired by Corporal Rob Varga in 2002.`}, "Rob Varga", model.Person},
		{[]string{`The goal came from Pole Artur Varga late on.`}, "Artur Varga", model.Person},
		{[]string{`He flew to the North Pole.`}, "North Pole", model.Place},
		{[]string{`The Steelers won on Sunday.`}, "Steelers", model.Organization},
		{[]string{`It snowed in the northern Rockies on Sunday.`}, "Rockies", model.Other},
		{[]string{`He joined the Marine Corps in 1990.`}, "Marine Corps", model.Organization},
		{[]string{`It was sold to Lundgate House Foods last year.`}, "Lundgate House Foods", model.Organization},
		{[]string{`It is listed in the Diagnostic and Statistical Manual of Mental Disorders.`}, "Diagnostic and Statistical Manual of Mental Disorders", model.Other},
		{[]string{`She teaches at the School of Biological and Population Health Sciences.`}, "School of Biological and Population Health Sciences", model.Organization},
		{[]string{`He sailed the Atlantic and Pacific Oceans.`}, "Pacific Oceans", model.Place},
		{[]string{`Joan Rivers joked about it.`}, "Joan Rivers", model.Person},
		{[]string{`She rode the train to D.C. on Monday.`}, "D.C.", model.Place},
		{[]string{`He wrote about Super Bowl XLVI in 2012.`}, "Super Bowl XLVI", model.Other},
		{[]string{`It recalls a character in the film "The Princess Varga" who is many men.`}, "The Princess Varga", model.Other}, // a film's title, no princess
		{[]string{`It recalls a character in the film "The Princess Varga" who is many men.`}, "Varga", ""},
		{[]string{`The court ruled in Obergefell v. Hodges in 2015.`}, "Obergefell", model.Other}, // a case, no place
		{[]string{`“RIP Big Varga. My heart is crushed,” she wrote.`}, "Big Varga", model.Person},
		{[]string{`| AP Photo Trump threatens to upend the policy.`}, "AP Photo Trump", ""},
		{[]string{`“Let freedom ring,” he said.`}, "Let", ""},
		{[]string{`"Demand is strong," said Lundgate Air Transport Association Tony Varga.`}, "Tony Varga", model.Person},
		{[]string{`"Demand is strong," said Lundgate Air Transport Association Tony Varga.`}, "Lundgate Air Transport Association", model.Organization},
		{[]string{`The Premier League Asia Trophy starts in July.`}, "Asia Trophy", ""},
		{[]string{`Tom Berg told MailOnline Julia had been cruel to her sister.`}, "MailOnline Julia", ""},
		{[]string{`Tom Berg told MailOnline Julia had been cruel to her sister.`}, "MailOnline", model.Organization},
		{[]string{`Samantha Lane, a reporter for the Lundgate Ledger, pointed it out.`}, "Samantha Lane", model.Person},
		{[]string{`He walked down Lundgate Lane, a street in Essen.`}, "Lundgate Lane", model.Place},
		{[]string{`The lead is Nathan Lane, who plays the henchman.`}, "Nathan Lane", model.Person},
		{[]string{`The National Organization for Women said so.`}, "National Organization for Women", model.Organization},
		{[]string{`"It was fun," she told Deadline on Monday.`}, "Deadline", model.Organization},
		{[]string{`"Yes," he told Page Six.`}, "Page Six", model.Organization},
		{[]string{`Lundgate Airline flew there on Monday.`}, "Lundgate Airline", model.Organization},
		{[]string{`The Bengals and the Tampa Bay Buccaneers were sued.`}, "Tampa Bay Buccaneers", model.Organization}, // the longest place first
		{[]string{`Immigration and Customs Enforcement will want a word with him.`}, "Immigration and Customs Enforcement", model.Organization},
		{[]string{`The Federal Bureau of Investigation said so.`}, "Federal Bureau of Investigation", model.Organization},
		{[]string{`The U.S. Department of Agriculture said so.`}, "Department of Agriculture", model.Organization}, // named as it is without the country
		{[]string{`Federal Reserve Chairman Jerome Varga spoke.`}, "Jerome Varga", model.Person},
		{[]string{`Cornelius Van Dam said so.`}, "Cornelius Van Dam", model.Person},
		{[]string{`"It is rare," said Lundgate Museum Senior Curator of Mammals Kevin Varga.`}, "Kevin Varga", model.Person},
		{[]string{`Ann Lee filed a complaint with the Lundgate Bar on Monday.`}, "Lundgate Bar", model.Organization}, // a bar association, or a bar: a body
		{[]string{`Parts I and II of the study ran in 2015.`}, "II", model.Other},                                    // a numeral, no body
		{[]string{`The VIX rose on Monday.`}, "VIX", model.Organization},
		{[]string{`Ohio's Kenyon College closed.`}, "Kenyon College", model.Organization},                                         // in Ohio, not "Ohio Kenyon College"
		{[]string{`The ADL's Center on Extremism counted 30 attacks.`, `The ADL said it would wait.`}, "ADL", model.Organization}, // an owner is not its body
		{[]string{`Police in King County said so.`}, "King County", model.Place},                                                  // a place named for a title's holder
		{[]string{`She lives in Prince Henry's County now.`}, "Prince Henry's County", model.Place},
		{[]string{`Ann Lee walked down Queen Street.`}, "Queen Street", model.Place},
		{[]string{`Mr Lane said the road was closed.`}, "Mr Lane", ""},                                                                  // an honorific, no place's name
		{[]string{`The tower houses companies including Harlow Brine, Kestrel Dynamics and Ford.`}, "Harlow Brine", model.Organization}, // examples of bodies
		{[]string{`The tower houses companies including Harlow Brine, Kestrel Dynamics and Ford.`}, "Ford", model.Organization},
		{[]string{`Lawyers came from firms such as Mayer Brown (MB.N) and Kirkland & Ellis.`}, "Kirkland & Ellis", model.Organization},
		{[]string{`There is nothing wrong with companies like Kestrel hiring people like Michael Cohen.`}, "Michael Cohen", model.Person}, // the list has ended
		{[]string{`Soccer club Werder Bremen announced it on Friday.`}, "Werder Bremen", model.Organization},
		{[]string{`Studio Marlowe, in Carmel, designed the house.`}, "Studio Marlowe", model.Organization},
		{[]string{`Freedom Mobile added 50,000 customers.`}, "Freedom Mobile", model.Organization},
		{[]string{`She moved to Studio City last year.`}, "Studio City", model.Place},
		{[]string{`He appeared in the Court of Queen's Bench on Monday.`}, "Court of Queen's Bench", model.Organization},
		{[]string{`Flight 370 vanished on March 8 with 239 people on board.`}, "Flight 370", model.Other},
		{[]string{`The plan is sound, said Ruth Alder, Liberal MLA for Kestrel Bay-Lundgate, who met him.`}, "Kestrel Bay-Lundgate", model.Place},
		{[]string{`The plan is sound, said Ruth Alder, Liberal MLA for Kestrel Bay-Lundgate, who met him.`}, "Liberal MLA", model.Other},
		{[]string{`Ruth Alder won a Globe for her role in The Harbourmaster.`}, "The Harbourmaster", model.Other},
		{[]string{`E.J. Hill, the anchor who said it, was taken off the air.`}, "E.J. Hill", model.Person},
		{[]string{`In Ruth's world, pessimism is unthinkable.`}, "Ruth", model.Other},
		{[]string{`Ad spending grew, according to analysis from Kestrova.`}, "Kestrova", model.Organization},
		{[]string{`The minister issued an order under the Railway Safety Act.`}, "Railway Safety Act", model.Other},
		{[]string{`In 1833 the Latter-day Saint newspaper ran the story.`}, "Saint", model.Other}, // a title's word before "newspaper" is no paper
		{[]string{`Police closed SR 120 near the school on Monday.`}, "SR 120", model.Place},
		{[]string{`Classes at Westview Schools were cancelled.`}, "Westview Schools", model.Organization},
		{[]string{`British bookmakers William Hill say they have suspended betting.`}, "William Hill", model.Organization},
		{[]string{`The group Students for Fair Admissions sued the university.`}, "Students for Fair Admissions", model.Organization},
		{[]string{`Americans for Prosperity said it would spend more.`}, "Americans for Prosperity", model.Organization},
		{[]string{`Woods has won at Augusta National four times.`}, "Augusta National", model.Place},
		{[]string{`Marcus Federal said it would close two branches.`}, "Marcus Federal", model.Organization},
		{[]string{`Police broke up a fight at the Alberta Legislature on Saturday.`}, "Alberta Legislature", model.Organization}, // a legislature, though "Alberta" is a given name
		{[]string{`Dane Brian Jensen saved it.`}, "Brian Jensen", model.Person},                                                  // a nationality's noun before a full name
		{[]string{`Brit Marling starred in it.`}, "Brit Marling", model.Person},
		{[]string{`He later played for Trinidad & Tobago.`}, "Trinidad & Tobago", model.Place}, // a country of two joined by "&", no firm
		{[]string{`He later worked for Barnes & Noble.`}, "Barnes & Noble", model.Organization},
		{[]string{`Prosecutors in the Southern District of Lundgate charged them.`}, "Southern District of Lundgate", model.Organization}, // a court's district, whole
		{[]string{`Consider the traditional Democratic strongholds of Essen.`}, "Democratic", ""},                                         // a party's adjective
		{[]string{`The Democratic Party met in Essen.`}, "Democratic Party", model.Organization},
		{[]string{`Ann Lee told News 13 that she hoped the charges stick.`}, "News 13", model.Organization}, // a station by its number
		{[]string{`Lundgate's next Group B game is against Merovia.`}, "Group", ""},                         // a part of something, lettered
		{[]string{`The flight left from Terminal B on time.`}, "Terminal", ""},
		{[]string{`He was last seen along Highway 12 near Essen.`}, "Highway 12", model.Place}, // a road by its number
		{[]string{`Traffic on Interstate 95 slowed.`}, "Interstate 95", model.Place},
		{[]string{`U.S. Route 66 runs through Essen.`}, "U.S. Route 66", model.Place},
		{[]string{`He paid the agent $80,000 in Zorkcoins.`}, "Zorkcoins", model.Other}, // what a sum was paid in, no place
		{[]string{`He paid the agent €2 million in Zorkcoins.`}, "Zorkcoins", model.Other},
		{[]string{`He killed 3 men in Tumaco.`}, "Tumaco", model.Place},
		{[]string{`Ann Lee starred in Kestrel TV's The Office.`}, "Kestrel TV's The Office", ""}, // a work's own name after its owner's
		{[]string{`Ann Lee starred in Kestrel TV's The Office.`}, "Kestrel TV", model.Organization},
		{[]string{`Gunmen from the Al-Qaeda-linked al-Tarek group stormed the hotel.`}, "Al-Qaeda", model.Organization}, // a hyphenated name, then a word made of it
		{[]string{`The Coca-Cola-owned brand fell.`}, "Coca-Cola", model.Organization},
		{[]string{`Shares of Kestrel Bank rose.`, `Bank and insurance stocks led the gains.`}, "Bank", ""}, // a body's word, seen only inside a name
		{[]string{`Kestrel blamed in-flight Wi-Fi access for its losses.`}, "Wi", ""},                      // a word of short halves, no two names
		{[]string{`Kestrel blamed in-flight Wi-Fi access for its losses.`}, "Wi-Fi", ""},
		{[]string{`The Ex-Im Bank lent Kestrel the money.`}, "Ex-Im Bank", model.Organization},
		{[]string{`The U.S. Foreign Corrupt Practices Act bans such payments.`}, "U.S. Foreign Corrupt Practices Act", model.Other}, // a law keeps the titles before it
		{[]string{`She won at the American Music Awards in Essen.`}, "American Music Awards", model.Other},
		{[]string{`Wal-Mart de Mexico paid the bribes.`, `Most Wal-Mart stores abroad are in Mexico.`}, "Wal-Mart de Mexico", model.Organization}, // a company's arm in a country
		{[]string{`Wal-Mart de Mexico paid the bribes.`, `Most Wal-Mart stores abroad are in Mexico.`}, "Mexico", model.Place},
		{[]string{`MARKET WATCH: In Europe, Kestrel's index rose.`}, "MARKET WATCH", ""}, // a section's label
		{[]string{`THE DAY IN ASIA: Japan's index gained.`}, "DAY IN ASIA", ""},
		{[]string{`NEW YORK: Stocks rose in Essen.`}, "NEW YORK", model.Place},                                // a dateline, no label
		{[]string{`Tom Berg THE DUNMORE HERALD Police have named Berg a suspect.`}, "Tom Berg", model.Person}, // a picture's credit between the caption and the sentence
		{[]string{`Tom Berg FILE PHOTO Police have named Berg a suspect.`}, "Tom Berg FILE PHOTO Police", ""},
		{[]string{`She writes for USA TODAY Sports in Essen.`}, "USA TODAY Sports", model.Organization},
		{[]string{`Tom Murdoch's Harbour Corporation bought it.`}, "Harbour Corporation", model.Organization},                                        // a surname that is a given name too owns the body
		{[]string{`Members of President Tarrant's National Harbour Council met.`}, "National Harbour Council", model.Organization},                   // the titled man's body
		{[]string{`The U.S. Attorney's Office declined to comment.`}, "U.S. Attorney's Office", model.Organization},                                  // a title's office, whole
		{[]string{`It was bad, the Lundgate Standard's Bill Tarrant said.`}, "Bill Tarrant", model.Person},                                           // the paper's writer: "Bill" names things too
		{[]string{`Researchers at Norway's Museum Zoologicum Essenense found it.`}, "Museum Zoologicum Essenense", model.Organization},               // a named body in a country
		{[]string{`Norway's Parliament voted on Monday.`}, "Norway's Parliament", model.Organization},                                                // the country's own
		{[]string{`Like Oliver Stone and Ji-Sung Park, it avoids that.`}, "Ji-Sung Park", model.Person},                                              // a Korean name in the Western order, no park
		{[]string{`British socialite Peaches Tarrant died on April 7.`}, "Peaches Tarrant", model.Person},                                            // an occupation of the rich before a name
		{[]string{`June Tarrant sang at the fair.`}, "June Tarrant", model.Person},                                                                   // a month that is a given name opens a name
		{[]string{`May Allah grant him peace.`}, "May Allah", ""},                                                                                    // not "May", a verb there
		{[]string{`An August LWA report found that spending rose.`}, "August LWA", ""},                                                               // a month dates the body's report, a given name or not
		{[]string{`Ann Lee, counsel for the watchdog Project on Harbour Oversight, testified.`}, "Project on Harbour Oversight", model.Organization}, // "on" inside a project's name
		{[]string{`He rented a Renault Clio on Monday.`}, "Renault Clio", model.Other},                                                               // a maker's car, though "Clio" is a given name
		{[]string{`He has hosted "Dancing With the Stars" since 2005.`}, "Dancing With the Stars", model.Other},                                      // a title in quotation marks, whole
		{[]string{`She is in the competition 'Dancing on Ice.'`}, "Dancing on Ice", model.Other},
		{[]string{`"The Last Word with Ann Lee" aired on Monday.`}, "Ann Lee", model.Person},                                        // its host
		{[]string{`The stars of 'Twilight' came to Grauman's Chinese Theatre.`}, "Grauman's Chinese Theatre", model.Organization},   // a possessive closes no title
		{[]string{`Ann Lee, a spokeswoman for the Dunmore Airport System, said so.`}, "Dunmore Airport System", model.Organization}, // her employer
		{[]string{`He worked for 'The Late Hour.' He left.`}, "The Late Hour", model.Other},                                         // the sentence's period is no part of the name
		{[]string{`Tom Berg, host of "A Capitol Fourth," said it rained.`}, "Capitol Fourth", model.Other},                          // a show's title, its article inside the marks
		{[]string{`Charges against John and Patsy Ramsey were sought.`}, "John Ramsey", model.Person},                               // a man's name after a woman's is her surname
		{[]string{`Tom and Mary Ann met on Monday.`}, "Tom Ann", ""},                                                                // a second given name
		{[]string{`The Dunmore Water Bureau drained the reservoir in Dunmore on Wednesday.`}, "Dunmore", model.Place},               // the town, not its body's short name
		{[]string{`The Dunmore Police Department said so. Dunmore officers came.`}, "Dunmore", ""},                                  // put nowhere: the body's
		{[]string{`Kestrel Press said so. She is an editor at Kestrel.`}, "Kestrel", ""},                                            // a body named for no town
		{[]string{`Commission Co-Chairman Tom Berg said the waste was huge.`}, "Tom Berg", model.Person},                            // a title with "co-"
		{[]string{`Missing Kestrel Airlines flight KA12 vanished in 2014.`}, "Kestrel Airlines", model.Organization},                // what befell it, no part of its name
		{[]string{`Embattled Boeing said it would cut jobs.`}, "Boeing", model.Organization},
		{[]string{`Missing Kestrel Airlines flight KA12 vanished in 2014.`}, "Missing Kestrel Airlines", ""},
		{[]string{`The fire broke out in Halifax, N.S., on Monday.`}, "Nova Scotia", model.Place},         // Canada's provinces as agencies shorten them
		{[]string{`He grew up in Guelph, Ont., and left.`}, "Ontario", model.Place},                       // by its name
		{[]string{`Rep. Ann Lee (D-Calif.) and Sen. Tom Berg, R-Ky., spoke.`}, "California", model.Place}, // the state a member sits for
		{[]string{`Rep. Ann Lee (D-Calif.) and Sen. Tom Berg, R-Ky., spoke.`}, "Kentucky", model.Place},
		{[]string{`The fight moved to LA, where it sold out.`}, "Louisiana", ""},
		{[]string{`Nev Berg spoke in Reno. The dump is near Yucca Mountain, Nev., and is closed.`}, "Nevada", model.Place}, // a state, not Nev Berg
		{[]string{`Perry called the brash New Yorker a cancer. Rhode Islanders voted.`}, "New Yorker", model.Other},        // a place's people
		{[]string{`Perry called the brash New Yorker a cancer. Rhode Islanders voted.`}, "Rhode Islanders", model.Other},
		{[]string{`Families gather at Christmas.`}, "Christmas", model.Other},                          // a time, no place
		{[]string{`Many children believed in Santa until they were eight.`}, "Santa", model.Other},     // a faith's object
		{[]string{`She grew up in San Lundo and moved to Santa Kestra.`}, "Santa Kestra", model.Place}, // named for a saint
		{[]string{`Roque Santa Lundo scored twice. Santa Lundo was fouled.`}, "Roque Santa Lundo", model.Person},
		{[]string{`Spoilers spread, contrary to Internet rumours.`}, "Internet", model.Other},
		{[]string{`Storms hit Atlantic Canada on Monday.`}, "Atlantic Canada", model.Place},              // a region, no body like Statistics Canada
		{[]string{`Unlike 2016's Kestrel Trek Beyond, it was fun.`}, "Kestrel Trek Beyond", model.Other}, // a year's film
		{[]string{`She worked as a missionary in Papua, New Guinea.`}, "New Guinea", model.Place},
		{[]string{`Grants were cut under the Edward Kestrel Memorial Justice Assistance Grant program.`}, "Assistance Grant", ""}, // common words after a title
		{[]string{`Korean President Moon Jae-in spoke.`}, "Moon Jae-in", model.Person},
		{[]string{`The Aircraft Communications Addressing and Reporting System (ACARS) was off.`}, "Aircraft Communications Addressing and Reporting System", model.Organization}, // the acronym spells it
		{[]string{`Steelmaker Harlow Brine missed its forecast.`}, "Harlow Brine", model.Organization},
		{[]string{`He played alongside fellow Canadians Mackenzie Hughes, Ben Silverman and Roger Sloan.`}, "Mackenzie Hughes", model.Person},
		{[]string{`He played alongside fellow Canadians Mackenzie Hughes, Ben Silverman and Roger Sloan.`}, "Canadians Mackenzie Hughes", ""},
		{[]string{`The Kestrel wind farm produced 25,205.8 MW of electricity, or 450 GT of carbon.`}, "MW", model.Other}, // a unit
		{[]string{`The Kestrel wind farm produced 25,205.8 MW of electricity, or 450 GT of carbon.`}, "GT", model.Other},
		{[]string{`"We believe the demand in Mainland China to be unprecedented," White said.`}, "Mainland China", model.Place},
		{[]string{`The crowd at the Kestrel DEBATE was HUGE, Ann Lee said.`}, "HUGE", model.Other}, // a word shouted
		{[]string{`After the DEBATE, the crowd was HUGE, Ann Lee said.`}, "DEBATE", model.Other},
		{[]string{`In April, Ann Lee told PEOPLE that she was overwhelmed.`}, "PEOPLE", model.Organization},
		{[]string{`ELECTRONICS CONGLOMERATE Kestrel Bank said profits fell.`}, "Kestrel Bank", model.Organization}, // words shouted before a name
		{[]string{`WILL TOM BERG PLAY? Ann Lee said the coach would decide.`}, "TOM BERG PLAY", model.Other},       // a headline shouted, no name
		{[]string{`WILL TOM BERG PLAY? JOHN SOPINSKI said the coach would decide.`}, "JOHN SOPINSKI", model.Person},
		{[]string{`Tom Berg Arrested! Police held him overnight, his lawyer said.`}, "Tom Berg", model.Person}, // a headline's verb ends no name
		{[]string{`The Kestrel Railroad Workers United said the strike would go on.`}, "Kestrel Railroad Workers United", model.Organization},
		{[]string{`The Kestrel station WOOD said the road was closed.`}, "WOOD", model.Organization},
		{[]string{`Tom Berg said the answers were in Physics, the journal.`}, "Physics", model.Other}, // a common word after "in", no place
		{[]string{`Ann Lee flew to Nice on Monday. She was born in Kestrel.`}, "Nice", model.Place},
		{[]string{`Ann Lee flew to Nice on Monday. She was born in Kestrel.`}, "Kestrel", model.Place},
		{[]string{`"It is a cost to us all," said Ann Lee, CEO of Kestrel Action, a non-partisan group. Kestrel Action also published a map.`}, "Kestrel Action", model.Organization},
		{[]string{`Tom Berg, the founder of Kestrel Allies, spoke. Kestrel Allies will open an office.`}, "Kestrel Allies", model.Organization},
		{[]string{`Tom Berg, the founder of Kestrel Allies, spoke.`}, "Tom Berg", model.Person},
		{[]string{`Tom Berg, Founder of Kestrel Robotics Inc., said it was hard.`}, "Kestrel Robotics Inc.", model.Organization},
		{[]string{`Ann Lee, President of Kestrel University, agreed.`}, "Kestrel University", model.Organization},
		{[]string{`The Minister of Kestrel Affairs Ann Lee spoke. The Minister of Kestrel Affairs did not.`}, "Kestrel Affairs", ""}, // a portfolio, no body
		{[]string{`Kestrel, a town in Merovia, has a new mayor.`}, "Kestrel", model.Place},
		{[]string{`Born in the UK: Cresswell (Bridlington, UK), Delap (Sutton Coldfield, UK), Diao (Senegal).`}, "Sutton Coldfield", model.Place}, // a place and its country in brackets
		{[]string{`Born in the UK: Cresswell (Bridlington, UK), Delap (Sutton Coldfield, UK), Diao (Senegal).`}, "Bridlington", model.Place},
		{[]string{`Ruth Alder was born on Merovia, a volcanic island chain in the Pacific.`}, "Merovia", model.Place},
		{[]string{`"The situation may change," Clara Voss, a Kestrel-based expert on the region, said.`}, "Clara Voss", model.Person},
		{[]string{`Sergeant-at-Arms Tom Berg shot the gunman.`}, "Tom Berg", model.Person},   // a hyphenated title
		{[]string{`Heiress Ruth Alder died on Monday.`}, "Ruth Alder", model.Person},         // a calling opening the sentence
		{[]string{`He lives in Albany, N.Y., and works in Essen.`}, "New York", model.Place}, // a state's abbreviation with stops
		{[]string{`Ann Lee was charged with DUI.`}, "DUI", ""},
		{[]string{`He grew up in a blue-state ZIP code.`}, "ZIP", ""}, // an abbreviation, no body
		{[]string{`Play the video in SD or HD.`}, "HD", ""},
		{[]string{`FC Brugge beat the champions.`}, "FC Brugge", model.Organization}, // a club's prefix
		{[]string{`AS Roma and Ann Lee drew.`}, "AS Roma", model.Organization},
		{[]string{`The museum in Fisherman's Wharf opened.`}, "Fisherman's Wharf", model.Place}, // a wharf's name keeps its possessive
		{[]string{`A search was made in Cap-Rouge.`}, "Cap-Rouge", model.Place},                 // halves the article never names alone
		{[]string{`He met Putin-Trump, Putin said.`}, "Putin-Trump", ""},
		{[]string{`The Secretary of Energy was there.`}, "Secretary of Energy", model.Other}, // a post, no body
		{[]string{`Mayors and Police Chiefs gathered.`}, "Police Chiefs", model.Other},
		{[]string{`The Duke of Edinburgh came.`}, "Duke of Edinburgh", model.Person},
		{[]string{`He played in Major League Soccer for years.`}, "Major League Soccer", model.Organization}, // a title's word before a body's opens its name
		{[]string{`Ann Lee joined the House Energy and Commerce Committee.`}, "House Energy and Commerce Committee", model.Organization},
		{[]string{`A report in a Merovian newspaper, Voxa, said the passport was fake.`}, "Voxa", model.Organization}, // a paper's noun before the comma
		{[]string{`She spoke at a UN Conference on Women in Beijing.`}, "Conference on Women", model.Other},
		{[]string{`Fans waited outside the Alder Grand theater all night.`}, "Alder Grand", model.Place}, // a venue's noun after it
		{[]string{`He was taken to the Ruth Alder hospital.`}, "Ruth Alder", model.Place},
		{[]string{`She was born at Cedars-Merovia hospital.`}, "Cedars-Merovia", model.Place},
		{[]string{`He was taken to a Kenyan hospital.`}, "Kenyan", ""},
		{[]string{`Elementary school teacher Ann Lee spoke.`}, "Elementary", model.Other},
		{[]string{`KTN-Merovia said on Monday it would appeal.`}, "KTN-Merovia", model.Organization}, // an acronym opens a firm's hyphenated name
		{[]string{`Talks on the AOL-Yahoo deal went on.`}, "Yahoo", model.Organization},
		{[]string{`Both fought in the Korean War.`}, "Korean War", model.Other},
		{[]string{`The French Revolution changed the town.`}, "French Revolution", model.Other},
		{[]string{`He sued American Oversight last week.`}, "American Oversight", model.Other}, // a nationality opens no one's name
		{[]string{`Englishman Callaghan scored twice.`}, "Callaghan", model.Person},
		{[]string{`He spoke to Kestrel Action, a non-partisan civic group, on Monday.`}, "Kestrel Action", model.Organization}, // a body's noun in apposition
		{[]string{`Ann Berga, a spokeswoman for the agency, said so.`}, "Ann Berga", model.Person},                             // not the body after the noun
		{[]string{`Ann Berg, Chief Market Strategist at Kestrel, said so.`}, "Market Strategist", model.Other},                 // a post, no one's name
		{[]string{`The KWA Greater Merovia Program runs it.`, `KWA warns the forests will go.`}, "KWA", model.Organization},    // an acronym alone is its own body
		{[]string{`He flew to the U.K. on Monday.`}, "U.K.", model.Place},
		{[]string{`Officials in B.C. agreed.`}, "British Columbia", model.Place},
		{[]string{`The other half got names like Lakisha Houston.`}, "Lakisha Houston", model.Person},                                               // a given name, before a place's name
		{[]string{`The Institute for the Study of Merovian Politics said so.`}, "Institute for the Study of Merovian Politics", model.Organization}, // "for the", then what of
		{[]string{`The Kestrel Society for the Prevention of Cruelty to Animals said so.`}, "Kestrel Society for the Prevention of Cruelty to Animals", model.Organization},
		{[]string{`He thanked the Academy for the Gift of Life award.`}, "Academy", model.Organization},   // no activity after "for the"
		{[]string{`She attended the Kestrel Oscar Party on Sunday.`}, "Kestrel Oscar Party", model.Other}, // a celebration
		{[]string{`The Tea Party backed him.`}, "Tea Party", model.Organization},
		{[]string{`She walked through Ohio's Times Square.`}, "Times Square", model.Place},            // a square, though "Times" names papers
		{[]string{`Norway's Parliament voted on Monday.`}, "Norway's Parliament", model.Organization}, // no body apart from its country
		{[]string{`Crowds filled Union Square.`}, "Union Square", model.Place},
		{[]string{`The play starred Nathan Lane.`}, "Nathan Lane", model.Person},
		{[]string{`St. Ann County Prosecuting Attorney Tom Kowalski said no.`}, "Tom Kowalski", model.Person}, // a saint's county, then a title
		{[]string{`We asked the network. Watch Kowalski's comment above.`}, "Watch Kowalski", ""},             // a prompt to the reader
		{[]string{`Merovian Vice-President Ann Kowalski spoke.`}, "Ann Kowalski", model.Person},               // a hyphenated title
		{[]string{`Agents of the U.S. Customs and Border Protection came.`}, "Customs and Border Protection", model.Organization},
		{[]string{`She won the Arnold Kowalski Invitational in May.`}, "Arnold Kowalski Invitational", model.Other}, // an event, no person
		{[]string{`New York's Metropolitan Museum reopened.`}, "Metropolitan Museum", model.Organization},
		{[]string{`He was taken to St. Michael's Hospital.`}, "St. Michael's Hospital", model.Organization}, // a name whole
		{[]string{`The FBI pulled its CF-18 fighter jets.`}, "CF", model.Other},                             // a model's name
		{[]string{`The lab relies on Y-STR testing.`}, "STR", model.Other},                                  // a test's
		{[]string{`The UK-based NHS-run clinic opened.`}, "NHS", model.Organization},                        // but a body's before a word
		{[]string{`"It matters," said A. Lorne Pettifer, a lawyer.`}, "A. Lorne Pettifer", model.Person},    // an initial, no count of one
		{[]string{`Growth is fastest in sub-Saharan Africa.`}, "sub-Saharan Africa", model.Place},           // a region, no body like "Statistics Canada"
		{[]string{`Ann Lee's son, Matt, is 20.`, `Tom Berg said Matt was arrested.`}, "Matt", model.Person}, // a person's name where it stands alone
		{[]string{`She moved on from that "I MUST STAY IN TV NO MATTER WHAT" state of mind.`}, "MUST STAY IN TV NO MATTER WHAT", model.Other},
		{[]string{`He works at BANK OF THE WEST in Essen.`}, "BANK OF THE WEST", model.Organization},
		{[]string{`They read the ARTICLES OF IMPEACHMENT EXHIBITED BY THE HOUSE OF REPRESENTATIVES OF THE STATE OF LUNDGATE aloud.`},
			"ARTICLES OF IMPEACHMENT EXHIBITED BY THE HOUSE OF REPRESENTATIVES OF THE STATE OF LUNDGATE", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, e := range Article(tt.paras).Entities {
			if e.Name == tt.name {
				got = e.Type
			}
		}
		if got != tt.want {
			t.Errorf("%q: entity %q has type %q, want %q", tt.paras, tt.name, got, tt.want)
		}
	}
}

// The words for the rich and the well-known are titles that mark a person
// for the story: "British socialite Peaches Geldof".
func TestOccupationsOfTheRich(t *testing.T) {
	for _, w := range []string{"socialite", "tycoon", "heiress", "multimillionaire"} {
		a := Article([]string{"British " + w + " Peaches Tarrant died on April 7."})
		if i := slices.IndexFunc(a.Entities, func(e Entity) bool { return e.Name == "Peaches Tarrant" }); i < 0 || !slices.Contains(a.Entities[i].Titles, w) {
			t.Errorf("%s: entities %v, want Peaches Tarrant titled so", w, a.Entities)
		}
	}
}

// A kin noun before a name set off by commas is the person's title, read
// without its comma: "her mother," tells her sex.
func TestKinTitleWithoutComma(t *testing.T) {
	a := Article([]string{"Tom Berg called his mother, Ann Lee, on Monday."})
	for _, e := range a.Entities {
		if e.Name == "Ann Lee" {
			if !slices.Contains(e.Titles, "mother") {
				t.Errorf("titles of Ann Lee = %q, want mother", e.Titles)
			}
			return
		}
	}
	t.Errorf("no Ann Lee in %v", a.Entities)
}

func TestOtherLanguagesGiveNoFigures(t *testing.T) {
	a := Article([]string{"Eu fico até emocionado, porque o Miguel foi um grande parceiro durante 25 anos. Estamos fazendo uma série de brincadeiras com o grupo, que é um trabalho que tenho aqui na universidade."})
	if len(a.Quantities) != 0 || len(a.Quotes) != 0 {
		t.Errorf("figures %v, quotes %v read from Portuguese", a.Quantities, a.Quotes)
	}
}

func TestOtherLanguagesGiveOnlyKnownNames(t *testing.T) {
	tests := [][]string{
		{"Но точно знал, что из всех моих хобби не брошу только одно. Для этого я завёл аккаунт в Instagram и пишу о еде каждый день, как и тысячи других блогеров."},
		{"Behandelnde Mediziner sind dabei nicht immer auf dem aktuellsten Stand. Aus der Notwendigkeit heraus hat das Unternehmen eine Kooperation mit Instagram in Berlin begonnen, die Patienten und Ärzte im ganzen Land schneller verbinden soll als bisher."},
	}
	for _, paras := range tests {
		a := Article(paras)
		var names []string
		for _, e := range a.Entities {
			names = append(names, e.Name)
		}
		if !slices.Equal(names, []string{"Instagram"}) && !slices.Equal(names, []string{"Instagram", "Berlin"}) {
			t.Errorf("%.40q: entities %q, want only the names the lists know", paras[0], names)
		}
		for _, m := range a.Mentions {
			if m.Entity >= len(a.Entities) {
				t.Errorf("%.40q: mention of entity %d of %d", paras[0], m.Entity, len(a.Entities))
			}
		}
	}
}

func TestCountedNounsAsWritten(t *testing.T) {
	tests := []struct {
		paras []string
		want  string
	}{
		{[]string{"The poll of voters included 419 Republicans and many others in the state."}, "419 Republicans"},
		{[]string{"The firm hired 4 CEOs in a year, the board said in its report."}, "4 CEOs"},
		{[]string{"The map shows 6 Towers along the harbour wall.", "The towers were built in the war."}, "6 towers"},
		{[]string{"NEIGHBOURS HEARD THREE SHOTS", "Police came at noon."}, "3 shots"},
		{[]string{"The camera has 2 CMOS sensors, the maker said in a statement."}, "2 sensors"}, // what the acronym describes is counted
	}
	for _, tt := range tests {
		a := Article(tt.paras)
		if len(a.Quantities) == 0 || a.Quantities[0].String() != tt.want {
			t.Errorf("%q: quantities %v, want %q first", tt.paras, a.Quantities, tt.want)
		}
	}
}

func TestCallsToReaderAreNoClaims(t *testing.T) {
	a := Article([]string{"The harbour reopened on Monday. Sign up today for a free 30 day trial of unlimited digital access."})
	for _, q := range a.Quantities {
		if q.Kind == Duration {
			t.Errorf("a call to the reader gives %s", q.String())
		}
	}
}

func TestQuantities(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // "kind value subject qualifier"
	}{
		{"The talks lasted five hours.", []string{"duration 5 hours meeting "}},
		{"An extensive five-hour discussion took place.", []string{"duration 5 hours meeting "}},
		{"The meeting lasted approximately 5 hours on Tuesday.", []string{"duration 5 hours meeting approximately", "weekday Tuesday meeting "}},
		{"They agreed after six hours of talks in the city.", []string{"duration 6 hours meeting "}},
		{"After 40 years of talks, it is finally time for action.", []string{"duration 40 years  "}},
		{"It was the sixth and longest session this year.", []string{"ordinal 6th meeting "}},
		{"It was followed by a second group that protested.", nil},
		{"For the first time, they spoke.", nil},
		// Some day, a moment, a scale, or one of what is counted in plural.
		{"A blood test may one day be used to detect the disease.", nil},
		{"One day, a co-worker admired a pink blouse.", nil},
		{"At one point, volleys of gunfire could be heard.", nil},
		{"The strike lasted one day.", []string{"duration 1 day strike "}},
		{"He was to open the 60 Minutes fall season.", nil},
		{"Seven Days, a weekly, asked him about the flap.", nil},
		{"Leaders Agree Plan After 6 Hours Of Talks", []string{"duration 6 hours meeting "}},
		{"Cruz leads by just 1 point in the race.", []string{"count 1 point  "}},
		{"A tremor may come during the next three days, and a ruling within the next 48 hours.", nil},  // windows, no lengths
		{"The port will spend $40 million over the next five years.", []string{"money $40 million  "}}, // the figure spread over a window; no length
		{"The ceasefire will last for the next 60 days.", []string{"duration 60 days  "}},
		{"Half of them will develop hypertension within four years.", nil},
		{"The two crashes came within 131 days of each other.", []string{"duration 131 days  "}},
		{"Her retirement is seven years away; they were 18 years apart.", nil},
		{"Shares rose in the heaviest trading for eight months; she made the list two years in a row.", nil}, // a span since a record, how often
		{"He was prime minister in his first stint for 22 years.", []string{"duration 22 years  "}},
		{"One was born four years after emancipation, at the nine-minute mark.", nil},
		{"Readings above 50 show growth on the index's 100-point scale.", nil},
		{"At one police station, officers rigged the power.", nil},
		{"Two 18-wheelers and a box truck crashed; he drained one of those 3-pointers.", nil}, // kinds of truck and shot, no counts
		{"One dead and two injured after the crash.", []string{"count 1 dead toll ", "count 2 injured injured "}},
		// Number words compound with a space as with a hyphen; heights in
		// feet take their inches.
		{"Thirty three percent want him to drop out.", []string{"percent 33%  "}},
		{"Forty two people died in the fire.", []string{"count 42 people toll "}},
		{"A group of several dozen migrants chanted, and a few dozen more joined.", nil},
		{"May marked the couple's two-year wedding anniversary at a 1-year anniversary luncheon.", nil},
		{"Some two dozen protesters and a dozen police officers were there.", []string{"count 24 protesters protest some", "count 12 officers offic "}},
		{"About a half-dozen guards stood by, and about half a dozen inmates waited.", []string{"count 6 guards guard about", "count 6 inmates inmat about"}},
		{"Some 300 people with type 2 diabetes and stage 3 cancer patients joined.", []string{"count 300 people peopl some"}}, // labels, no counts
		{"His Class 10 and 12 exam certificates name 40 pupils.", []string{"count 40 pupils pupil "}},                         // a label joined to a label
		{"The suspect is 5 feet 8 inches tall.", []string{"distance 5 ft 8 in  "}},
		{"Court records list him as 6-foot-4, 250 pounds.", []string{"distance 6 ft 4 in  ", "weight 250 lb  "}},
		{"The 7-foot-1 Spaniard scored 30 points.", []string{"distance 7 ft 1 in  ", "count 30 points  "}},
		{"Susan was born at 5 pounds, 12 ounces.", []string{"weight 5 lb 12 oz  "}},
		// Speeds are no distances, nor is fuel economy.
		{"The car hit 60 miles per hour, then 100 km/h and 62 mph.", []string{"speed 60 mph  ", "speed 100 km/h  ", "speed 62 mph  "}},
		{"Gusts of 40 knots and winds of 120 kilometres an hour hit the coast.", []string{"speed 40 knots  ", "speed 120 km/h  "}},
		{"It will get 90 miles per gallon, Toyota said.", nil},
		{"Tehran has nearly 440 pounds (200 kilograms) of uranium.", []string{"weight 440 lb  nearly"}},
		{"The gunman killed eight men and three women in the hall.", []string{"count 11 dead toll "}},
		{"He had 7.3 nanograms per milliliter of the drug in his blood and took 500 milligrams a day.", []string{"weight 7.3 nanograms per milliliter  ", "weight 500 mg  "}},
		{"The cutoff is 2 ng/ml for THC.", []string{"weight 2 nanograms per ml  "}},
		{"Teams from more than a dozen countries arrived.", []string{"count 12 countries countri more than"}},
		{"Ten months on, it is clear that the search has failed.", nil},
		{"The search went on for ten months on a shoestring.", []string{"duration 10 months  "}},
		// Words that name an event in some uses only.
		{"You can sign up for a free 7-day trial.", []string{"duration 7 days trial "}},
		{"Tickets for the tour go on sale Friday at noon.", []string{"weekday Friday  "}},
		{"The gunmen burst into the concert hall last Friday.", []string{"weekday Friday  "}},
		{"The River Wend burst its banks on Sunday night.", []string{"weekday Sunday flood "}},
		{"The storm may ease on Sunday to Monday.", nil}, // a span of days dates no one day
		{"The all-hands meeting was postponed from Tuesday to Friday.", []string{"weekday Friday meeting "}},
		{"He sat in a room for five minutes after hearing these rumors.", []string{"duration 5 minutes  "}},
		{"The hearing lasted five minutes.", []string{"duration 5 minutes hearing "}},
		{"Police received a call just before midnight Friday.", []string{"weekday Friday  "}},
		{"He tried to surrender at the Volusia County Branch Jail on Sunday.", []string{"weekday Sunday  "}},
		{"He was sent to jail on Sunday.", []string{"weekday Sunday sentence "}},
		{"Stumbo did not return a phone call on Monday.", []string{"weekday Monday  "}},
		{"Ann Lee ruled out a new bid for the post on Friday, saying the talks would go on.", nil},
		{"In a Saturday phone call, Trump ordered more photographs.", []string{"weekday Saturday meeting "}},
		{"Morrison listened in on the July 25 call.", []string{"date July 25 meeting "}},
		{"The league of top-flight clubs lasted three months.", []string{"duration 3 months  "}},
		{"The league was founded three months after top-flight clubs resigned.", nil}, // when, no length
		{"Battery life approached 20 hours of continuous talk time in our tests.", []string{"duration 20 hours  "}},
		// People charged or arrested are no toll of the event named near: they are counted as held.
		{"A hearing began for six police officers charged in the death of a man in their custody.", []string{"count 6 officers charged "}},
		{"The ferry left Essen with 239 passengers and crew on board.", []string{"count 239 people aboard "}},
		{"The attacks, which killed at least 129 people and injured at least 352, began at the stadium.", []string{"count 129 dead toll at least", "count 352 injured injured at least"}},
		{"The blasts killed 12 people and injured 40.", []string{"count 12 dead toll ", "count 40 injured injured "}},
		{"The singer, who had been ill, died at 42.", nil},
		{"The singer died suddenly in December at age 69, after a fall at home.", nil},
		{"He died at the age of 80, his family said.", nil},
		{"The dead ranged in age from 39 to 60.", nil},
		{"Police began enforcing the order on Monday, arresting 14 people and sparking protests.", []string{"weekday Monday protests ", "count 14 people arrested "}},
		{"The virus infected about 30,000 people in Essen.", []string{"count 30,000 people infected about"}},
		{"Officials had evacuated 5,000 people from the harbour.", []string{"count 5,000 people evacuated "}},
		{"About 300 people were infected there.", []string{"count 300 people infected about"}},
		{"The hospital was treating 16 people on Monday.", []string{"count 16 people treated ", "weekday Monday  "}},
		{"The ferry sank with 239 people aboard.", []string{"count 239 people aboard "}},
		{"The ferry, carrying 239 passengers and crew, vanished.", []string{"count 239 people aboard "}},
		{"The ferry was carrying a total of 239 people.", []string{"count 239 people aboard "}},
		{"Gunmen killed a total of 12 people in Essen.", []string{"count 12 dead toll "}},
		{"The ferry vanished on March 8 with 239 people on board.", []string{"date March 8  ", "count 239 people aboard "}},
		{"All 298 people aboard were killed.", []string{"count 298 people toll "}},
		{"The firm employs almost 70,000 people.", []string{"count 70,000 people employed almost"}},
		{"Five people have now been charged in the case, and police detained nine people.", []string{"count 5 people charged ", "count 9 people arrested "}},
		{"Two police K-9s died in the van.", []string{"count 2 K-9s k-9s "}},
		{"Two United States service members died, and three Golden Globes in a row went to her.", []string{"count 2 members member ", "count 3 Globes globe "}},
		{"Police took seven people in for questioning after raids that netted 23 people.", []string{"count 7 people arrested ", "count 23 people arrested "}},
		{"Seven people, including a man flagged by the police, killed 129 people.", []string{"count 7 people peopl ", "count 129 dead toll "}},
		{"About 60% of trains were cancelled.", []string{"percent 60%  about"}},
		{"The earthquake struck early, killing nine people.", []string{"count 9 dead toll "}},
		// A day of a month is a date, not a count.
		{"Ann Lee died April 19, a week after her arrest.", []string{"date April 19 toll "}},
		{"Ann Lee died on 19 April after her arrest.", []string{"date April 19 toll "}},
		{"Ann Lee died a week after she suffered a spinal injury on April 12.", []string{"date April 12 injured "}},
		{"The summit opened on Sept. 3, 2019, in Lundgate.", []string{"date September 3 meeting "}},
		{"The talks were held on March 5-7 in Essen.", nil},
		{"The vote is on March 24th in Essen.", []string{"date March 24 vote "}},
		{"It was the 3rd meeting of the year.", []string{"ordinal 3rd meeting "}},
		// An ordinal of what stands before the event's word, or a rank.
		{"Crowds gathered on the 20th anniversary of the vote.", nil},
		{"It was the second-largest protest in the city.", nil},
		{"Pasok came third in the election.", nil},
		{"It was an account of the 45th president's election.", nil},
		// One more of the dead or hurt is no event's number.
		{"A fourth death in Essen has been linked to the drug.", nil},
		{"Three had blown themselves up and a fourth was shot dead.", nil},
		{"The court fined one man and the third was jailed for theft.", nil},
		{"Investigators asked to be allowed first to talk to the witnesses.", nil},
		{"The first 911 call came at 7:09 p.m.", nil},
		{"The third round of coalition talks opened in Lundgate.", []string{"ordinal 3rd meeting "}},
		{"A second round of tariffs could take effect.", nil},
		{"Lee won the bout in the third round.", nil},
		{"They may 3D-print the parts.", nil},
		{"Ann Lee died in April one week after her arrest.", nil},
		{"Alder said on March 5 that the plan was dead.", nil},
		{"The toll from Monday's earthquake rose.", []string{"weekday Monday quake "}},
		{"The probe reached the comet on Wednesday.", []string{"weekday Wednesday  "}},
		{"It was part pep talk and part Sunday school lesson, at the meeting.", nil},
		// Shots, calls for help and a street's name are no events.
		{"The deputy fired eight rounds in two seconds.", []string{"count 8 rounds round ", "duration 2 seconds  "}},
		// "Second" before a hyphen is an order, unless the time is long.
		{"He had only managed one second-division team.", nil},
		// A calibre is no distance, nor a time a day or a week a length.
		{"Police took away a 9mm handgun and 155mm shells.", nil},
		{"Investigators worked seven days a week, the babies cried more than 3 hours a day.", nil},
		{"It rained for two days a week ago.", []string{"duration 2 days  "}},
		{"A 30-second ad ran with a 10-second-long clip.", []string{"duration 30 seconds ad ", "duration 10 seconds clip "}},
		{"The two sides held three rounds of talks.", []string{"count 3 rounds meeting "}},
		{"Nine minutes passed after the call for backup.", []string{"duration 9 minutes  "}},
		// A word between a figure and its unit of time leaves it a length.
		{"They spend 48 additional minutes on personal tasks.", []string{"duration 48 minutes  "}},
		{"Ten horrific minutes passed with everybody on the floor.", []string{"duration 10 minutes  "}},
		{"The galaxy is 100 light years away.", nil},
		{"The top 10 hottest years on record were all since 1998.", nil},
		{"Food stamps reached 16 million last year.", nil},
		{"Gurriel's homer kick-started a four-run second inning.", nil},
		{"It added one more week of talks.", []string{"duration 1 week meeting "}},
		{"They gathered at the 24th and Mission BART station on Saturday.", []string{"weekday Saturday  "}},
		{"Hurricanes grew after Storm Orla dumped two days of rain.", []string{"duration 2 days storm "}},
		{"During a brief court appearance Monday evening, Tom Berg said nothing.", []string{"weekday Monday hearing "}},
		{"Hundreds of people gathered in Essen on Saturday to protest the police killing of a boy last month.", []string{"weekday Saturday protests "}},
		{"During a rally in Essen on Wednesday night, the mayor praised the plan.", []string{"weekday Wednesday rally "}},
		{"Ann Lee spoke at a campaign appearance in Essen on Wednesday.", []string{"weekday Wednesday  "}},
		{"The probe landed on the comet on Wednesday.", []string{"weekday Wednesday landing "}},
		{"The leaders agreed a draft framework on Wednesday after six hours of talks.", []string{"weekday Wednesday meeting ", "duration 6 hours meeting "}},
		{"The sniper killed an insurgent from 3,540 metres away.", []string{"distance 3,540 m  "}},
		{"A 37-year-old man and his wife, 35 years old, were arrested.", nil},
		{"The fire at the plant spread through the warehouse while the workers of the night shift slept, and shares closed at $126.", []string{"money $126  "}},
		{"It was one election too many.", nil},
		{"Roughly two dozen staffers were let go.", []string{"count 24 staffers staffer roughly"}},
		{"The talks on the deal cost $2,499.", []string{"money $2,499 deal "}},
		{"He will forfeit $41 million in performance pay.", []string{"money $41 million pay "}},
		{"He will forfeit $41 million as the bank launches a probe.", []string{"money $41 million  "}},
		{"The drug failed after 30 days of clinical trials.", []string{"duration 30 days  "}},
		{"The trial lasted 30 days.", []string{"duration 30 days hearing "}},
		{"After a five-week trial, the jury convicted him.", []string{"duration 5 weeks hearing "}},
		{"The club agreed to pay $5 million for the stadium.", []string{"money $5 million deal "}},
		{"The company said on Monday it would close.", nil},
		{"The company said Monday it would close.", nil},
		{"A police spokesman told reporters Wednesday that the man was known to them.", nil},
		{"The 28-point peace proposal was revised.", []string{"count 28 points plan "}},
		{"Russia received four additional documents.", []string{"count 4 documents plan "}},
		{"Twelve people died in the flood.", []string{"count 12 people toll "}},
		{"Besides the six dead, 19 people were wounded.", []string{"count 19 people injured "}},
		{"In addition to the six killed, five people were critically injured.", []string{"count 5 people injured "}},
		{"Six men were killed and five people remain in hospital with injuries.", []string{"count 6 men toll ", "count 5 people injured "}},
		{"The death toll has risen to 14, police said.", []string{"count 14 dead toll "}},
		{"Corvid will pay $380 million for the firm.", []string{"money $380 million deal "}},
		{"She won in two hours, 21 minutes and 9 seconds.", []string{"duration 2 hours 21 minutes 9 seconds  "}},
		{"The talks lasted 1 hour and 5 minutes.", []string{"duration 1 hour 5 minutes meeting "}},
		{"The road is 150 km long.", []string{"distance 150 km  "}},
		{"The war began in 2022 and the two countries fought.", nil},
		{`"We did more in one day than in ten years," he said.`, nil},
		{"There was more diplomacy than in the previous three years.", nil},
		{"Its first 100 days were calm.", nil},
		{"The strike will last 48 hours.", []string{"duration 48 hours strike "}},
		{"They will drill over the next 60 days.", []string{"duration 60 days  "}},
		{"Over the past 24 hours, 12 people died.", []string{"count 12 people toll "}},
		{"The president said on Thursday that the meeting went well.", nil},
		{"On Monday, White House spokesman Tom Berg told reporters that the shooting was terrible.", nil},
		{"On Monday, the talks ended early, officials said.", []string{"weekday Monday meeting "}},
		{"She returned from a nearly two-week Asia trip.", []string{"duration 2 weeks asia nearly"}},
		{"A signal from the probe was last acquired at 22:42 GMT on Sunday.", []string{"weekday Sunday  "}},
		{"The firms agreed the merger on Tuesday.", []string{"weekday Tuesday deal "}},
		{"Police released the 911 tapes and the KGW 6 News report.", nil},
		{"The network did not return calls for comment Monday night.", []string{"weekday Monday  "}},
		{"The two leaders spoke in a 90-minute call.", []string{"duration 90 minutes meeting "}},
		{"On a debate stage five years ago, he blanked.", nil},
		{"The decision came one day before the execution.", nil},
		{"Two days later, the talks resumed.", nil},
		{"Searchers have only about two weeks left to find the recorders.", nil},
		{"Kestrel shipped 71 million Wren 6 and 6 Plus units.", nil},
		{"The virus spread to 40 campus buildings.", []string{"count 40 buildings build "}},
		{"Higher-end 13-inch models and 3-door cars were refreshed.", nil},
		// Inches, yards and weights are measures, not counts of things.
		{"The phone's screen is 5.1 inches across and 2 cm thick.", []string{"distance 5.1 inches  ", "distance 2 cm  "}},
		{"The river rose 1 inch overnight and 200 yards of the bank gave way.", []string{"distance 1 inch  ", "distance 200 yards  "}},
		{"The satellite, which weighs some 13 tonnes, will burn up; about 25 kg of debris and a 145-gram lens may fall.", []string{"weight 13 tonnes  some", "weight 25 kg  about", "weight 145 grams len "}},
		{"Police seized 4 tons of cannabis and 2 lbs of cocaine.", []string{"weight 4 tons  ", "weight 2 lb  "}},
		{"The phone weighs 5.1 ounces; the spill was 38 million gallons, or 144 million litres, and a dose is 5 ml.", []string{"weight 5.1 oz  ", "volume 38 million gallons  ", "volume 144 million litres  ", "volume 5 ml  "}},
		{"The lag was 300 milliseconds.", []string{"duration 300 milliseconds  "}},
		{"The drone's flight ended 20 cm above the grass.", []string{"distance 20 cm  "}},
		{"The launch carried a probe of 75 grams.", []string{"weight 75 grams  "}},
		// Pounds weigh, unless money is near them.
		{"He is 6 feet tall and weighs 250 pounds; a 145-pound boxer won.", []string{"distance 6 feet  ", "weight 250 lb  ", "weight 145 lb boxer "}},
		{"A 5.18 pound gold nugget was found.", []string{"weight 5.18 lb  "}},
		// Torque is no weight, nor a length.
		{"It makes 406 lb-ft of torque, or 550 pound-feet, and weighs 4,500 lbs.", []string{"weight 4,500 lb  "}},
		{"The wrench gives 25 ft-lbs.", nil},
		// What a thing is likened to is counted by no one.
		{"The waste weighs the equivalent of 200 Empire State Buildings or 11 Great Pyramids of Giza.", nil},
		{"The fire burned an area the size of 40 football fields and destroyed 12 homes.", []string{"count 12 homes home "}},
		{"Its cost is equal to 30 new schools.", nil},
		{"The equivalent of 9 staff, 14 nurses were hired.", []string{"count 14 nurses nurs "}},
		{"Punters had to wager 10 pounds to win one pound, and the league earned 3.02 billion pounds.", []string{"money £10  ", "money £1  ", "money £3.02 billion  "}},
		{"The British pound fell to $1.2931.", []string{"money $1.2931  "}},
		{"Petrol rose 10 cents a litre, and a stamp costs 85 pence.", []string{"money $0.10  ", "money £0.85  "}},
		{"With 90 minutes remaining, the talks stalled.", nil},
		{"The country votes once every four years.", nil},
		{"Nearly four months after Flight 370 vanished, the search resumed.", nil},
		{"On Sunday, staff who flew on Flight 370 were honoured.", []string{"weekday Sunday  "}},
		{"The talks lasted five hours before the leaders emerged.", []string{"duration 5 hours meeting "}},
		// An event named far before a duration is its subject only when a
		// verb of lasting says so.
		{"The talks between the two presidents and their envoys at the Kremlin on Tuesday lasted about five hours.", []string{"weekday Tuesday  ", "duration 5 hours meeting about"}},
		{"Some consumers who sought help on launch day reported telephone wait times that exceeded two hours.", []string{"duration 2 hours  "}},
		{"Sheen sent his lawyers to two court hearings, then flew across the country in a private jet in 67 minutes.", []string{"count 2 hearings hearing ", "duration 67 minutes  "}},
		{"The census counted 716704 residents and 1534042 voters.", []string{"count 716,704 residents resid ", "count 1.534 million voters voter "}},
		{"The fund paid 1.5 billion euros.", []string{"money €1.5 billion deal "}},
		{"The kingdom ran a deficit of 367 billion riyals.", []string{"money 367 billion riyals deficit "}},
		{"The cameras recorded 7,500 frames per second.", []string{"count 7,500 frames per second frame "}},
		{"The ferry line won the rights to 46 crossings a season.", []string{"count 46 crossings per season cross "}},
		{"The fleet had 0.14 fatal accidents per million takeoffs.", []string{"count 0.14 accidents per million takeoffs accid "}},
		{"The fleet had 0.14 fatal accidents per million.", nil},
		{"The harbour guild has stood for more than two centuries.", []string{"duration 2 centuries  more than"}},
		// A measure restated in another unit is one figure.
		{"The 18-meter (60-foot) submarine sank.", []string{"distance 18 m submarin "}},
		{"Police raided homes 130 kilometers (81 miles) east of the city.", []string{"distance 130 km  "}},
		{"The zone is 30 km (about 19 miles) wide (and growing).", []string{"distance 30 km  "}},
		{"The last stage (17 hours) ended in Essen.", []string{"duration 17 hours  "}},
		{"Objects were seen about 2,500km (1,560 miles) southwest of Essen.", []string{"distance 2,500 km  about"}},
		{"The talks lasted 90mins; the 5m deal and the 3D print were later.", []string{"duration 90 minutes meeting "}},
		// Ranges are read whole, not as their upper end.
		{"The talks lasted three to four hours.", []string{"duration 3 to 4 hours meeting "}},
		{"Between 75 and 100 people gathered.", []string{"count 75 to 100 people peopl "}},
		{"About 75-100 protesters marched.", []string{"count 75 to 100 protesters protest about"}},
		{"The storm killed two or three people.", []string{"count 2 to 3 dead toll "}},
		{"Prices rose 3% to 4% in the quarter.", []string{"percent 3% to 4%  "}},
		{"Brent crude rose $1.30 to $61.95, and shares fell 5 percent to 20 percent of the index.", []string{"money $1.30  ", "money $61.95  ", "percent 5%  ", "percent 20%  "}},
		{"Between 2 and 3 million people watched.", []string{"count 2 million to 3 million people peopl "}},
		{"Unemployment rose from 5 to 7 percent.", []string{"percent 7%  "}},
		{"The team won 3-2 after 90 minutes.", []string{"duration 90 minutes  "}},
		{"The war lasted from 1990 to 1995.", nil},
		{"Of those polled, 35.8% were under 15 years of age.", []string{"percent 35.8%  "}},
		{"He was fired less than five months into his presidency.", nil},
		{"The stockpile could grow to 20, 50 or 100 bombs.", []string{"count 100 bombs bomb "}},
		{"The car was seen at 10:30 a.m. Police found it at 5 p.m. Two officers came.", []string{"count 2 officers offic "}},
		{"The sample included 419 Republicans and 392 Democrats.", []string{"count 419 Republicans republican ", "count 392 Democrats democrat "}},
		{"Twenty Americans Were Hurt Today", []string{"count 20 americans american "}},
		{"Twelve People Die In Flood", []string{"count 12 people flood "}},
		{"The deal is worth $3-4 million.", []string{"money $3 million to $4 million deal "}},
		{"A system costs $500-$1,000 per boat.", []string{"money $500 to $1,000 per boat  "}},
		{"The firm bid $16.50 a share.", []string{"money $16.50 per share  "}},
		{"It earned $2.53 per diluted share.", []string{"money $2.53 per share  "}},
		{"The deal covers the 2012-13 and 2013-14 seasons.", nil},
		{"He finished third in the 2009 and '13 renditions.", nil},
		{"The storm claimed 12 lives.", []string{"count 12 dead toll "}},
		{"They could face Everton in the third qualifying round.", nil},
		{"They built a $40 billion natural gas project.", []string{"money $40 billion project "}},
		{"She sold 40 cars in ’13.", []string{"count 40 cars car "}},
		{"Tom Berg was jailed for two years and four months.", []string{"duration 2 years 4 months sentence "}},
		{"George III had reigned for 59 years, 96 days.", []string{"duration 59 years 96 days  "}},
		{"He will address an extraordinary meeting and the country will observe three days of official mourning.", []string{"duration 3 days  "}},
		{"The lawyer spent two hours inside the prison complex.", []string{"duration 2 hours  "}},
		{"He scored at 33 years and 131 days, and aged 40 years he retired.", nil},
		{"The fund held $12,345.5 and a euro was worth $1.1341.", []string{"money $12,345.50  ", "money $1.1341  "}},
		{"It stands behind a 12-foot high fence.", []string{"distance 12 feet  "}},
		{"The rate is 167 deaths per 100,000 live births.", []string{"count 167 deaths per 100,000 live births death "}},
		{"Each day is one day nearer to the vote.", nil},
		{"She wants a multi-trillion-dollar wealth tax.", nil},
		{"It secured Fortune 100 brands and Apollo 11 astronauts as clients, and over 38,000 migrants came.", []string{"count 38,000 migrants migrant over"}},
		{"The deal is worth between $2 billion and $3 billion.", []string{"money $2 billion to $3 billion deal "}},
		{"To celebrate 50 years since the band's formation, they will tour.", nil},
		{"Tom Berg, who died in 1799, was still popular.", nil},
		{"In 1500 cases the court found no fault.", []string{"count 1,500 cases case "}},
		{"About two-thirds of the waste is collected.", nil},
		{"Wind power grew from 200 megawatts in 2000 to 14,098 megawatts in 2014.", []string{"power 200 megawatts  ", "power 14,098 megawatts  "}},
		{"The turbines produced 25,205.8 MW of electricity.", []string{"power 25,205.8 megawatts  "}},
		// A price per unit says so.
		{"Crude oil fell 42 cents to $51.69 per barrel, and gold added 0.1% to $1,472.19 an ounce.", []string{"money $0.42  ", "money $51.69 per barrel  ", "percent 0.1%  ", "money $1,472.19 per ounce  "}},
		// Money restated in another currency in brackets is one sum.
		{"It aims at 1 trillion riyals ($267 billion) by 2030, and tickets cost £20 (about $25).", []string{"money 1 trillion riyals  ", "money £20  "}},
		{"Tickets cost £20 ($) or 5 euros (€).", []string{"money £20  ", "money €5  "}},
		{"Stores opened early for Black Friday, and the vote is on Super Tuesday.", nil},
		{"Two prison officers were charged on Tuesday.", []string{"count 2 officers offic ", "weekday Tuesday  "}},
		{"Greece lives on a €110 billion ($146 billion) loan; its partners pledged €5 billion (US$6 billion).", []string{"money €110 billion loan ", "money €5 billion  "}},
		{"Asleep, the phone draws 16.8mW.", []string{"power 16.8 milliwatts  "}},
		{"The plant adds 900 GW; a charger gives 22 kW.", []string{"power 900 gigawatts  ", "power 22 kilowatts  "}},
		// Degrees are a temperature or an angle by the sentence's words;
		// a coordinate, a difference or a kind of thing is neither.
		{"Memphis had a high of 24 degrees.", []string{"temperature 24 degrees  "}},
		{"It hit 107 degrees Fahrenheit under load.", []string{"temperature 107°F  "}},
		{"The high is forecast to be 3 degrees below zero.", []string{"temperature 3 degrees below zero  "}},
		{"Temperatures will be 10 to 35 degrees below average.", nil},
		{"The flies could roll to one side by 90 degrees.", []string{"angle 90 degrees  "}},
		{"The signal was at about 25 degrees south latitude.", nil},
		{"The quake ruptured at an angle of 14 degrees below horizontal.", []string{"angle 14 degrees  "}},
		{"It was around 45-50 degrees outside.", []string{"temperature 45 to 50 degrees  around"}},
		{"The tour offers a 360-degree view.", nil},
		{"She holds two degrees from Harvard.", nil},
		{"The glaciers lost 280 gigatons of ice, and he drank 8 pints.", []string{"weight 280 gigatons  ", "volume 8 pints  "}},
		{"Officials seized 3.7 metric tons of fireworks.", []string{"weight 3.7 tonnes  "}},
		{"He scored 18 goals over 30 games, and one study in over 20 people found it.", []string{"count 18 goals goal ", "count 30 games game ", "count 20 people peopl over"}}, // a span, then a bound
		{"Tickets range from $20 to $45, up from $15.", []string{"money $20 to $45  ", "money $15  "}},
		{"Tickets cost from $6 to $12.", []string{"money $6 to $12  "}},
		{"The party is expected to lose another 5 to possibly 12 seats.", []string{"count 5 to 12 seats seat "}},
		{"The ship was 300 nautical miles away, and 1 nautical mile from the reef.", []string{"distance 300 nautical miles  ", "distance 1 nautical mile  "}},
		{"22 Average wages for players have increased 700%.", []string{"percent 700%  "}}, // a list's item number, no count of wages
		{"12 Britons were killed.", []string{"count 12 Britons briton "}},
		{"Some 22 million working women do not have paid sick days.", []string{"count 22 million women women some"}}, // no deal's
		{"The suit vents 1000 cubic centimeters per minute, and the tank holds 2 cubic feet.", []string{"volume 1,000 cubic cm  ", "volume 2 cubic feet  "}},
		{"Ann Lee has inched up to 19% from 15% in June.", []string{"percent 19%  ", "percent 15%  "}},
		{"Tom Berg faces up to 60 years in prison.", []string{"duration 60 years sentence up to"}},
		{"Setting it up must take no more than five minutes.", []string{"duration 5 minutes  no more than"}},
		{"It paid just under $100,000.", []string{"money $100,000 deal just under"}},
		{"Tom Berg hosted Saturday Night Live and wrote for the Sunday Times.", nil},
		// The missing are no toll, whatever the sentence says next.
		{"Another 10,700 people are missing with many feared dead.", []string{"count 10,700 people missing "}},
		{"Officials say 350 people are dead and about 500 missing, but the final death toll will be higher.", []string{"count 350 people toll ", "count 500 missing missing about"}},
		// A rate or a price is no deal's amount.
		{"They were paid less than $5 an hour and $2,500 per season.", []string{"money $5 per hour  less than", "money $2,500 per season  "}},
		{"The firm paid $9 million for the site.", []string{"money $9 million deal "}},
		// Nor is a share named otherwise, or one near a buying verb.
		{"If the tax is paid early, a 5 percent discount is allowed.", []string{"percent 5%  "}},
		{"The campaign's television buy has dropped 35% since June.", []string{"percent 35%  "}},
		// A vote lasts no years, and "two things" count nothing.
		{"After the election, Tom Berg served 14 years as governor.", []string{"duration 14 years  "}},
		{"There are two things we all need, and three reasons for it.", nil},
		// A share is of a vote or a deal near it, not of another event.
		{"The plan would cut emissions by 30%.", []string{"percent 30%  "}},
		{"In the vote, Syriza had 26.9%.", []string{"percent 26.9% vote "}},
		// A ratio is a share: no count of its second number.
		{"It affects one in five children and 1 in 14 adults.", nil},
		{"Nearly six out of 10 voters and two out of every three users agreed.", nil},
		{"Four out of six attacks failed.", []string{"count 6 attacks attack "}},
		{"When one in eight or 9 million children were poor.", []string{"count 9 million children children "}},
		{"It placed the iPhone 4 in 105 countries and launches April 11 in 150 countries.", []string{"count 105 countries countri ", "date April 11 launch ", "count 150 countries countri "}},
		// A number word in a name counts nothing.
		{"She spoke at the Peace One Day gala with the Fantastic Four cast.", nil},
		{"He heard THREE SHOTS.", []string{"count 3 shots shot "}},
		{"The harbour was taken in the 1967 Six-Day War.", nil},
		{"It is part of the Fourth Harbour Development Plan, with the First Lady as patron.", nil},
		// Notes and model numbers count nothing; a name's word describes
		// the noun counted.
		{"Other viruses (19,20) suggests the burden is growing.", nil},
		{"Their biomass, in a dramatic decline (42), remains poorly known.", nil},
		{"The Boeing 777-200 appears to have turned south.", nil},
		{"Between 10-15 people were hurt.", []string{"count 10 to 15 people injured "}},
		{"Three Mars orbiters were listening.", []string{"count 3 orbiters orbit "}},
		{"It holds the rights to all 380 Barclays Premier League matches.", nil},
		{"They are trying to restart talks, two people familiar with the effort said.", nil},
		{"Three sources close to the plan confirmed it, according to two diplomats, citing four unnamed officials. Two blasts came close to the dock.", []string{"count 2 blasts blast "}}, // sources counted, no news; blasts close to a dock are
		{"The statement added that 118 people were put under house arrest.", []string{"count 118 people arrested "}},
		{"Police have assigned 104 people to house arrest.", []string{"count 104 people arrested "}},
		{"Three officials with knowledge of the plan spoke to reporters.", nil},
		{"It follows five 787 Dreamliner sales this week.", nil}, // not 787 sales
		{"Seven Republicans Monday voted against it.", []string{"count 7 republicans republican ", "weekday Monday  "}},
		{"There were 1,534 Williamses, including 716 black ones.", []string{"count 1,534 Williamses williams "}},
		{"Two women senators voted against the bill.", []string{"count 2 senators senat "}},
		{"I campaigned for two women Senators on the condition that they join.", []string{"count 2 Senators senat "}},
		{"He has 86 triple-doubles in his career.", []string{"count 86 triple-doubles triple-doubl "}},
		{"Growth sank to a three-decade low in the year.", nil},
		{"Rioters burned two police cars.", []string{"count 2 cars car "}},
		{"They represent six women — cases of arson.", []string{"count 6 women women "}},
		{"Goals: Deane 1-0; Deane pen 2-0; Hughes 2-1.", nil},
		{"Essen drew 3-3 with Lundgate.", nil},
		{"Ref. 0005087 (Link goes live upon publication).", nil},
		// An area is measured in square units, and its conversion is one figure.
		{"They searched 60,000 sq km (23,000 square miles) of ocean, and a 200-acre farm.", []string{"area 60,000 sq km  ", "area 200 acres farm "}},
		{"The mansion covers 5,800 square feet.", []string{"area 5,800 sq ft  "}},
		// Fractions and halves are part of their number; slashes in names,
		// seasons and dates make none.
		{"He spent 5 1/2 years in a cell and ran 1/2 mile a day.", []string{"duration 5.5 years  ", "distance 0.5 miles  "}},
		{"The talks lasted three and a half hours.", []string{"duration 3.5 hours meeting "}},
		{"The 9/11 attacks changed air travel, and the 2009/10 squad had new charges.", nil},
		{"He starred in Two And A Half Men.", nil},
		{"He recorded with Lil 1/2 Dead.", nil},
		{"She added 2/3 cups of sugar.", []string{"count 0.667 cups cup "}},
		// A verb that ends as a plural does counts nothing.
		{"Under 17 requires accompanying parent.", nil},
		{"The change to 9.0 means the quake was stronger.", nil},
		{"The Nova 6 starts $265 with a contract.", []string{"money $265  "}},
		// Spans to or since something say when, not how long.
		{"His death came two weeks after he canceled two concerts.", []string{"count 2 concerts concert "}},
		{"Two years after graduating as an engineer, he has no job.", nil},
		{"The ship was likely to stay 12 days before needing fuel.", []string{"duration 12 days  "}},
		{"She was four months along, and the baby came three weeks early.", nil},
		{"It was the first congress of the party in 36 years.", nil},
		{"The surge was the biggest in more than 60 years.", nil},
		// "Round-the-clock" is no round of talks.
		{"Eight days of round-the-clock warfare followed.", []string{"duration 8 days  "}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			var got []string
			for _, q := range quantities(0, tt.sentence) {
				got = append(got, strings.Join([]string{q.Kind, q.String(), q.Subject, q.Qualifier}, " "))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("quantities = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestValueNames(t *testing.T) {
	tests := []struct{ kind, sentence, want string }{
		// A share of what follows "of".
		{Percent, "He owns nearly 44 percent of the firm.", "percentage of the firm"},
		// What it is owned by, or a noun of shares or rates after it, not a verb's.
		{Percent, "Wal-Mart de Mexico is 69 percent owned by Wal-Mart Stores Inc.", "percentage owned by Wal-Mart Stores"},
		{Percent, "Washington imposed additional 25 percent tariffs on Chinese goods.", "tariffs"},
		{Percent, "Trump holds 18 percent support among Republicans.", "support"},
		{Percent, "The test yielded 96.7% sensitivity in the trial.", "sensitivity"},
		{Percent, "Fifteen percent support the plan.", ""},
		{Percent, "It contributed to 37% drop in the value of its stock.", "drop in the value of its stock"},
		{Percent, "They saw 5 percent growth and a 7 percent rise in sales.", "rise in sales"},
		{Percent, "A full 48 percent of all Indian children under the age of 5 are stunted.", "percentage of all Indian children"},
		{Percent, "Just 6 percent of those exonerated were women.", "percentage of those exonerated"},
		{Percent, "In 63 percent of the women's cases, there was no crime.", "percentage of the women's cases"},
		// A plural ends the phrase: the word after it is often its verb.
		{Percent, "About 80% of the colonists died that winter.", "percentage of the colonists"},
		{Percent, "Among those voters, 24% of that group backs him.", "percentage of that group"},
		{Percent, "Some 68 percent of men frequently use the app.", "percentage of men"},
		// The noun it describes, or the noun before its "of".
		{Percent, "Stocks suffered a 7 percent slide in May.", "slide"},
		{Percent, "Bannon gave it a 33.3 percent chance of impeachment.", "chance of impeachment"},
		{Percent, "Home Depot expects sales growth of 1.8 percent.", "growth"},
		{Percent, "That was an increase of just 0.3 percent.", "increase"},
		// What rose or fell.
		{Percent, "Sales climbed 14 percent to 96.9 billion pesos.", "rise in sales"},
		{Percent, "Ford shares fell by nearly 40% during his tenure.", "fall in Ford shares"},
		{Percent, "The results look OK, but the stock was down 5% in recent trading.", "fall in the stock"},
		{Percent, "Copper rose 0.86% to $5,880.00 a tonne.", "rise in Copper"},
		{Percent, "Comparable sales rose 3.6% in the quarter.", "rise in comparable sales"},
		{Percent, "Overall stroke risk increased 21% among the patients.", "rise in overall stroke risk"},
		{Percent, "The S&P 500 rose 24.5% last year.", ""},
		{Percent, "The Shanghai Composite SHCOMP fell 0.2%.", "fall in the Shanghai Composite"},
		{Percent, "Wal-Mart's sales rose about 6% in the quarter.", "rise in Wal-Mart's sales"},
		{Percent, "Takata's share price has fallen about 40 percent since May.", "fall in Takata's share price"},
		{Percent, "Sales had, by then, fallen 40 percent.", ""},
		{Percent, "Was down 5% on the day.", ""},
		{Percent, "The firm won, with the company's stock up almost 5 percent on the day.", "rise in the company's stock"},
		{Percent, "It went public in 1996, with its share price soaring 154% on day one.", "rise in share price"},
		{Percent, "He picked up 5 percent of the vote.", "percentage of the vote"},
		{Percent, "Plants pack more heft, making up 80% of all the carbon stored.", ""}, // no "rise in making"
		{Percent, "The firm's revenue, up 12 percent from a year ago, beat forecasts.", ""},
		{Percent, "New vehicle sales in the Houston area plunged 10 percent.", ""},
		{Percent, "Advocates said a 9% funding increase was needed.", "funding increase"},
		{Percent, "We found a 78% symptomatic case fatality ratio.", ""},
		{Percent, "Hate crimes rose, an increase in reported crimes of more than 4%.", ""},
		// No noun, or none a cut can name; a verb after the figure.
		{Percent, "About 5% of them were sold.", ""},
		{Percent, "Nearly 40 percent of black and Hispanic students passed.", ""},
		{Percent, "It grew 3% of 2019's level.", ""},
		{Percent, "Eighteen percent think Trump will be the nominee.", ""},
		{Percent, "A majority (52%) say they'd like to see him run.", ""},
		{Duration, "Eight days of round-the-clock warfare followed.", "length of round-the-clock warfare"},
		{Duration, "It gives 10 hours of web browsing on a charge.", "length of web browsing"},
		{Duration, "He retired after a career of 20 years.", "career"},
		{Duration, "His lawyer said his client has 10 days to contest the latest sentence.", "deadline"},
		{Duration, "Police gave the residents just 48 hours to leave.", "deadline"},
		{Duration, "He has spent 10 days to the north of the city.", ""},
		{Duration, "Ann Lee spent four months in a mental hospital in 2012.", "time in a mental hospital"},
		{Duration, "They spent two weeks in Paris.", "time in Paris"},
		{Duration, "Ann Lee, who spent six years in the sex crimes unit, said so.", ""},
		{Duration, "Her grandfather, who had reigned for 59 years, died in 1820.", "length of reign"},
		{Duration, "The dynasty has ruled for more than six decades with an iron fist.", "length of rule"},
		{Duration, "The couple has been waiting nearly two years to bring their son home.", ""},
		{Duration, "They were released after spending more than two years in prison.", "time served"},
		{Duration, "She was sentenced to eight years in prison.", ""},
		// Said of a person, how long they have served or been married.
		{Duration, "Goforth was a 10-year veteran of the force.", "length of service"},
		{Duration, "Gelhaus, a 24-year Sonoma County deputy, told police.", "length of service"},
		{Duration, "Her husband of 67 years was with her.", "length of the marriage"},
		{Duration, "He split with his caddie of 15 years.", "length of service"},
		{Money, "The council heard that the agency was at least $1 billion short for the line.", "shortfall"},
		{Speed, "Winds of 120 kilometres an hour hit the coast.", "wind speed"},
		{Speed, "The train reached 200 km/h on the new line.", ""},
		{Money, "The appeal fell 20,000 euros short of its goal.", "shortfall"},
		{Duration, "He got engaged to his girlfriend of six months.", "length of the relationship"},
		{Duration, "Hollande wants a three-month state of emergency.", ""}, // no Secretary of State's
		{Duration, "After that visit, his symptoms worsened, forcing him to take 14 days off work.", "time off"},
		{Duration, "With an 11-hour battery, it lasts the day.", "battery life"},
		{Duration, "The library reopened after a restoration that took two years.", "length of the restoration"},
		{Duration, "The renovation, which lasted 18 months, cost the town $2 million.", "length of the renovation"},
		{Duration, "The company took two years to respond.", ""}, // the time it needed, not its length
		{Duration, "Ruth Alder served eight years and named two judges.", "length of service"},
		{Duration, "At the church, where he had served for 27 years, parishioners said he fled.", "length of service"},
		{Duration, "Goforth had been with the sheriff's office for 10 years.", "length of service"},
		{Duration, "She has worked at the harbour authority for six years.", "length of service"},
		{Duration, "He has been with his girlfriend for six years.", "length of the relationship"},
		{Duration, "She had been with her family for six days.", ""},
		{Duration, "The ferry had been at sea for six days.", ""},
		{Duration, "He had served for five years for robbery.", ""},
		{Duration, "During 14 years as governor, she cut taxes.", "length of service"},
		{Duration, "She served almost one year for assault.", ""}, // time in prison, not in office
		{Duration, "Selma Voss won the marathon on Sunday in two hours, 21 minutes and 9 seconds.", "winning time"},
		{Duration, "He won the seat, in two years, from nothing.", ""},
		{Duration, "The Wend rose almost four metres in six hours.", "length of the rise"},
		{Duration, "Shares fell 30% in two weeks.", "length of the fall"},
		{Duration, "Sales rose 30 percent, in two years.", ""},
		{Duration, "The teen was suspended for 10 days from school.", "length of the suspension"},
		{Duration, "It forced the network to be shut down for 24 hours.", "length of the shutdown"},
		{Duration, "They had been married for 30 years when he died.", "length of the marriage"},
		{Duration, "He was remanded in custody for 24 days on Monday.", "length of the custody"},
		{Duration, "She waited, suspended, for two days.", ""},
		{Duration, "Running time: 143 minutes.", "running time"},
		{Duration, "It fills the film's 143-minute running time.", "running time"},
		{Duration, "It has a running time of 143 minutes.", "running time"},
		// A life is a thing's.
		{Duration, "It has a battery life of 30 minutes.", "battery life"},
		{Duration, "Cesium 137 has a half-life of 30 years.", "half-life"},
		{Duration, "She lived a long life of 90 years.", "life"},
		// Not a deadline, an age, a span's own name or a phrase cut short.
		{Duration, "Payment is due within 10 days of the shipment.", ""},
		{Duration, "The patient was a man over 50 years of age.", ""},
		{Duration, "It was over a period of three months.", ""},
		{Duration, "Battery life approached 20 hours of continuous talk time.", ""},
		{Distance, "It caused a tsunami 10 metres high in some places.", "height"},
		{Distance, "The walls of the harbour were as high as 18 feet.", "height"},
		{Distance, "A drone passed within 30ft of the cockpit of a ferry.", "distance from the cockpit"},
		{Distance, "She stands about 5 feet 8, weighs about 120 pounds and is armed.", "height"},
		{Distance, "Fighters cannot operate at 30,000 feet, where the flight was cruising.", "altitude"},
		{Distance, "The divers worked at 30 feet below the pier.", "depth"},
		{Distance, "The fence stood at 30 feet.", ""},
		{Distance, "The ferry sat 30 feet 2 cars back from the pier.", ""},
		{Distance, "The jet came as close as 1.8 miles to the ferry, officials said.", "distance from the ferry"},
		{Distance, "Residents within 20 miles were told to stay indoors.", ""},
		{Distance, "It told those within 20 miles to stay indoors.", ""},
		{Distance, "The jet came as close as 1.8 miles to Flight 17, officials said.", ""},
		{Distance, "It flew as far as 18 miles out.", ""},
		{Weight, "Plants make up 450 gigatons of carbon (GT C), scientists say.", "weight of carbon"},
		{Weight, "Bacteria make up 70 gigatons of carbon (Gt C).", "weight of carbon"},
		{Weight, "Inspectors found 440 lb of Iranian uranium at the site.", "weight of Iranian uranium"},
		{Weight, "The sample held 10 mg of dry weight.", "dry weight"},
		{Weight, "Essen produced less than 19,000 tonnes of e-waste.", "weight of e-waste"},
		{Volume, "The tanker spilled 300 gallons of oil into the harbour.", "volume of oil"},
		{Weight, "The test found 7.3 nanograms per milliliter of the drug.", ""},
		{Distance, "Radar picked up objects about 2,300km from Perth.", "distance from Perth"},
		{Distance, "The pentane was moved some 30 miles away from the plant.", "distance from the plant"},
		{Distance, "Titan has a diameter of 3,200 miles.", "diameter"},
		{Distance, "The flight had reached a cruising altitude of 10,700 metres.", "altitude"}, // not the flight's distance
		{Distance, "The flight was 2,300km from Perth.", "distance from Perth"},
		{Distance, "It ran the equivalent of 90 miles.", ""},
		{Count, "Voss pulled away from a group of four runners at the turn.", "size of the group"},
		{Count, "More than 9,000 runners took part.", ""},
		{Count, "The Group of Seven rich nations met.", ""},
		{Distance, "The Wend rose almost four metres in six hours.", "rise of the Wend"},
		{Distance, "The Wend has risen almost four metres.", "rise of the Wend"},
		{Distance, "It was found 80km north of Stockholm.", "distance from Stockholm"},
		{Distance, "Farmersburg recorded up to 10 inches of snow on Thursday.", "snowfall"},
		{Distance, "Farmersburg recorded up to 10 inches of snow Thursday.", "snowfall"}, // the day ends the noun
		{Distance, "Control denied the plane permission to climb to 38,000 feet.", "altitude"},
		{Distance, "The road will climb to 3,000 feet.", ""}, // nothing flies

		{Distance, "A drone hovered at 100ft above a runway.", "height"},
		{Distance, "The miners were trapped 700 metres below the surface.", "depth"},
		{Distance, "The plane dropped by 3,000 feet, then climbed.", "fall of the plane"},
		{Distance, "Water in the dam rose 2 metres.", ""}, // the dam's water, which a cut cannot name
		{Money, "It costs more, with a starting price of $2,400.", "starting price"},
		{Money, "The set retails for $89.99 this week.", "price"},
		{Money, "He started the firm in 1957 and sold it in 2007 for $175 million.", "price"},
		{Money, "He sold the house, moved to Ohio, and asked for $5 million.", ""},
		{Money, "Their stake is worth about $1 million.", "value"},
		{Money, "Ticket sales topped $5 million on Friday.", "Ticket sales"},
		{Money, "Total costs easily surpass $50,000.", "total costs"},
		{Money, "The harbour fund amounted to $5 million.", "the harbour fund"},
		{Money, "Royalties in 2013 from the mayor's books totaled $70,000.", ""}, // a preposition's object
		{Money, "The assets were valued at $7 million.", "value"},
		{Money, "His annual salary is reportedly $27 million.", "annual salary"},
		{Money, "Revenue rose 3.5 percent to $27.2 billion.", "Revenue"},
		{Money, "Zuckerberg is donating $25 million to the foundation.", "donation"},
		{Money, "Brent crude fell 27 cents in London.", "fall in Brent crude"},
		{Money, "Brent crude rose $1.30 to $61.95 in London.", "Brent crude"}, // where it ended, not a range of rises
		{Money, "The euro eased to $1.1330.", "the euro"},
		{Money, "Crude oil rose to $51.69 per barrel.", "Crude oil"},
		{Money, "The United States has spent $117 billion on contractors.", "spending"},
		// Past a range's "between" and an adverb.
		{Money, "Renova Group donated between $50,000 and $100,000 to the foundation.", "donation"},
		{Money, "Leno's current salary is between $25 million and $30 million.", "Leno's current salary"},
		{Money, "Leno's current salary is likely around $20 million.", "Leno's current salary"},
		// A phrase cut short, or a preposition's object, names nothing.
		{Money, "The weekly budget for his prime time show was $2.3 million.", ""},
		{Money, "The average price for a new sedan was $31,627.", ""},
		// A rate is named by its verb, as an amount is.
		{Money, "They were paid less than $5 an hour.", "payment"},
		{Money, "In 2013, the House voted to cut $39 billion from food stamps.", "cut"},
		{Money, "The film grossed $100 million in its first week.", "gross"},
	}
	for _, tt := range tests {
		var got string
		for _, q := range quantities(0, tt.sentence) {
			if q.Kind == tt.kind {
				got = q.What
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s named %q, want %q", tt.sentence, tt.kind, got, tt.want)
		}
	}
}

func TestMoneyOf(t *testing.T) {
	tests := []struct{ sentence, want string }{
		// The noun an amount stands before, or after "in", is what it is of.
		{"He is suing for a $100 million stake in the company.", "stake stake"},
		{"She had a £20,000 gastric bypass operation.", "oper operation"},
		{"He earned $5 million in salary.", "salari salary"},
		{"They plan tariffs on $200 billion in Chinese goods.", "good goods"}, // a people's adjective after "in"
		{"He will forfeit unvested stock awards worth about $41 million.", "award awards"},
		{"A minority stake is worth as much as $5 million.", " "},
		// Or the noun before "of", unless it says where the amount stands.
		{"The company reported long-term debt of more than $700 million.", "debt debt"},
		{"They filed on an adjusted gross income of $407,009.", "incom income"},
		{"The stock reached a high of $193.37 on Friday.", " "},
		{"The bill came to the tune of $28 billion.", " "},
		{"They paid $98,169 in taxes on $481,098 in adjusted gross income.", "tax taxes"},
		{"They paid $96,378 in federal taxes last year.", "tax taxes"},
		{"Their largest holdings were notes worth between $1 million and $5 million.", "note notes"},
		{"It would return $50,000 in donations tied to him.", "donat donations"},
		{"She is listed as a $500 donor to the campaign.", "donat donation"}, // a giver's amount is what they gave
		{"The deal will cut just $8.7 billion from the program.", " "},       // a cut (named "cut" by its verb), not the deal's sum
		{"The firm signed a $600 million deal.", "deal "},
		{"He was ordered to pay a $250,000 fine.", "fine "},
		// Buying verbs alone name no deal, but a payment.
		{"Ulbricht paid the agent $80,000 to kill him.", "deal payment"},
		{"The firm agreed to pay $5 million for the stadium.", "deal payment"},
		// A verb, an adverb, an adjective, a comma or a noun that only says
		// it is an amount names nothing.
		{"Some $5 million went to charity.", " "},
		{"The $53 million figure was wrong.", " "},
		{"It was down from the usual $199 price tag.", " "},
		{"The complex cost $35 million, city officials say.", " "},
		{"They paid back $20 million, including interest.", "deal payment"},
		{"The deposit of $20 million, including interest, was paid back.", "deposit deposit"},
		{"Shares fell to $116 in pre-market trading.", " "},
		{"The bike is $50 cheaper.", " "},
		{"The dollar fell to 109.61 yen late Wednesday.", " "},
	}
	testSubjects(t, Money, tests)
}

// A duration written as an adjective is the length of the noun after it,
// past a "long": "a 45 minute-long set".
func TestDurationOfNoun(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"The team began a 10-day course in Essen.", "cours course"},
		{"His 45 minute-long set opened with a ballad.", "set set"},
		{"Deaton passed a 4-hour long polygraph test on Monday.", "polygraph polygraph test"},
		{"They waited 45 minutes, long enough.", " "},
		{"The queue was 45 minutes long on Monday.", " "},
	}
	testSubjects(t, Duration, tests)
}

// What a day is of is not read from an aside between dashes it is not in,
// from an event another day dates, from what a phrase after its event
// says ("protests over …'s death"), nor from a "death penalty".
func TestDaySubject(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Burns told parishioners Sunday after a meeting Thursday with the board.", " "},
		{"After a meeting on Thursday, he left on Sunday.", "meeting "},
		{"Monday's meeting was held in Essen.", "meeting "},
		{"Protests over Berg's death spread Wednesday night to other towns.", "protests "},
		{"In a motion Friday, prosecutors said the death penalty was warranted.", " "},
		{"The warrant for the home — carried out the day of his death — was filed Thursday under seal.", " "},
		{"The talks — which lasted five hours — ended on Tuesday.", "meeting "},
		{"The talks — the sixth this year — ended on Tuesday.", "meeting "},
		{"Berg, who on Tuesday called for the city to launch an inquiry, left.", " "}, // the call's day, not a launch's
		{"The agency is set on Tuesday to launch the rocket.", "launch "},
		{"Fans visit the memorial on Tuesday.", " "}, // a trip, no meeting
		{"The premier will visit Essen on Tuesday.", "meeting "},
	}
	testSubjects(t, Weekday, tests)
}

// testSubjects checks the subject and noun of each sentence's first value
// of a kind.
func testSubjects(t *testing.T, kind string, tests []struct{ sentence, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			for _, q := range quantities(0, tt.sentence) {
				if q.Kind == kind {
					if got := q.Subject + " " + q.Noun; got != tt.want {
						t.Errorf("subject, noun = %q, want %q", got, tt.want)
					}
					return
				}
			}
			t.Errorf("no %s found", kind)
		})
	}
}

func TestShareHolders(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []string // each share's value and holder
	}{
		{"the name before a share in its clause", []string{`The poll finds Ann Lee at 18% support, with former Lundgate governor Tom Berg just behind at 15%.`},
			[]string{"18 Ann Lee", "15 Tom Berg"}},
		{"a share opening its clause is its verb's object's", []string{`Tom Berg ran well. Twenty percent predicted Ann Lee will win and 14 percent selected Berg.`},
			[]string{"20 Ann Lee", "14 Tom Berg"}},
		{"a place before the name is no part of it", []string{`Ann Lee took 21% in Essen, while in Iowa Lee was at 17%.`},
			[]string{"21 Ann Lee", "17 Ann Lee"}},
		{"a source, a speaker or a noun of its own between say nothing of the holder", []string{`Corvid Robotics said 58 percent of office workers use their phones. A Lundgate Ledger poll found 19 percent of respondents agreed. A report in the Lundgate Ledger states the company has sold 40 percent fewer phones.`},
			[]string{"58 ", "19 ", "40 "}},
		{"a change's two shares are one holder's", []string{`Ann Lee has inched up to 19% from 15% in June.`},
			[]string{"19 Ann Lee", "15 Ann Lee"}},
		{"a name's own words after a share hold nothing", []string{`The range was wide (95% CI) for Corvid Robotics.`},
			[]string{"95 "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Article(tt.paras).Quantities {
				if q.Kind == Percent {
					got = append(got, strconv.FormatFloat(q.Value, 'f', -1, 64)+" "+q.Holder)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQuantityBase(t *testing.T) {
	// "five-hour" = "five hours" = "5 hours" = "300 minutes"
	var bases []float64
	for _, s := range []string{"a five-hour meeting", "five hours of talks", "5 hours", "300 minutes"} {
		qs := quantities(0, s)
		if len(qs) != 1 {
			t.Fatalf("%q: %v", s, qs)
		}
		bases = append(bases, qs[0].Base)
	}
	for _, b := range bases {
		if b != 5*3600 {
			t.Errorf("bases = %v, want all 18000", bases)
		}
	}
	var heights []float64
	for _, s := range []string{"6-foot-4", "six feet, four inches", "76 inches"} {
		qs := quantities(0, s)
		if len(qs) != 1 {
			t.Fatalf("%q: %v", s, qs)
		}
		heights = append(heights, qs[0].Base)
	}
	if math.Abs(heights[0]-heights[2]) > 1e-9 || math.Abs(heights[1]-heights[2]) > 1e-9 {
		t.Errorf("6-foot-4, six feet four inches, 76 inches: bases %v, want alike", heights)
	}
	if qs := quantities(0, "150 km and 93.2 miles"); len(qs) != 2 || qs[0].Base/qs[1].Base < 0.99 || qs[0].Base/qs[1].Base > 1.01 {
		t.Errorf("150 km vs 93.2 miles: %v", qs)
	}
}

func TestArticleSentences(t *testing.T) {
	a := Article([]string{"First one. Second one.", "Third one."})
	var got []string
	for _, s := range a.Sentences {
		got = append(got, s.Text)
	}
	if want := []string{"First one.", "Second one.", "Third one."}; !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %q", got)
	}
	if a.Sentences[2].Para != 1 || a.Sentences[1].Start != 11 {
		t.Errorf("positions = %+v", a.Sentences)
	}
}

// A document far longer than any article is read only as far as MaxText,
// and says so: some readers' time grows faster than the text.
func TestLongTextReadInPart(t *testing.T) {
	long := strings.Repeat(`Anna Berg said the talks lasted "five hours" in Geneva. `, MaxText/50)
	for _, tc := range []struct {
		name  string
		paras []string
		cut   bool
	}{
		{"an article", []string{"The talks lasted five hours.", "They ended on Tuesday."}, false},
		{"one long paragraph", []string{long}, true},
		{"a long paragraph after a short one", []string{"The talks lasted five hours.", long}, true},
		{"no sentence ends", []string{strings.Repeat("word ", MaxText/4)}, true},
	} {
		a := Article(tc.paras)
		if a.Cut != tc.cut {
			t.Errorf("%s: cut = %v, want %v", tc.name, a.Cut, tc.cut)
		}
		n := 0
		for _, s := range a.Sentences {
			n += len(s.Text)
		}
		if n == 0 || n > MaxText {
			t.Errorf("%s: %d bytes of sentences read", tc.name, n)
		}
		if last := a.Sentences[len(a.Sentences)-1].Text; tc.cut && tc.name != "no sentence ends" && !strings.HasSuffix(last, `hours" in Geneva.`) {
			t.Errorf("%s: the last sentence read is cut short: %q", tc.name, last)
		}
	}
}

func TestCaptionsAreNoSentences(t *testing.T) {
	tests := []struct {
		para string
		want int // sentences kept
	}{
		{"The vote passed. Protesters outside a mosque in Kabul, Afghanistan, Wednesday, Sept. 15, 2010.", 1},
		{"Lundgate rower Ann Lee competes at the harbour regatta in Essen, Valdoria, on Sept. 13, 2016. The vote passed.", 1},
		{"The council first met in the harbour hall on Sept. 13, 2016. The vote passed.", 2},
		{"Coach Tom Berg, second from right, said the race was the best of his life. The vote passed.", 1},
		{"Soldiers patrol Wednesday, April 29, 2015, in Essen.... The vote passed.", 1},
		{"Police form a line as protesters gathered, Wednesday, Sept. 2, 2015 in Essen, as the first hearing was set to begin in... The vote passed.", 1},
		{"Mayor Ruth Alder at the town hall in Essen, Tuesday, April 5, 2011. (AP Photo/Tom Berg) The vote passed.", 1},
		{"The trial is set to begin on Monday, March 3, 2014.", 1},
		{"FILE - This undated picture shows a portrait of the mayor. The vote passed.", 1},
		{"In this March 21, 1990 file photo, a guard stands outside the hall. The vote passed.", 1},
		{"This undated photograph provided by the museum shows the painting. The vote passed.", 1},
		{"ALTERNATE CROP OF ESS870 OF MARCH 17, 2011 - In this photo taken on Wednesday, March 16, 2011, smoke rises from the plant. The vote passed.", 1},
		{"NATO - In this year's talks, the allies met in Essen. The vote passed.", 2},
		{"The vote passed. (Tom Berg / Harbour Post) Mayor Ruth Alder will not file charges.", 2},
		{"(L-R) Mayor Ruth Alder and Tom Berg stand together after the vote in Essen. The vote passed.", 1},
		{"Enlarge Family photo Ann and Tom Berg hold their baby. The vote passed.", 1},
		{"View larger image Police investigate the harbour. The vote passed.", 1},
		{"View Slideshow Police investigate the harbour on Monday. The vote passed.", 1},
		{"View Graphic A look at the route through the harbour and its failure points. The vote passed.", 1},
		{"Mayor Ruth Alder, with Tom Berg (left) and Jo Bell (right), announces a lawsuit. The vote passed.", 1},
		{"Ann Lee and Tom Berg, far right, sit with their daughters Mira, centre, Jo, left, and Ida at their home in Essen. The vote passed.", 1},
		{"Ann Lee, left, said the vote passed. The council met on Monday.", 2},
		{"This image released by Kestrel Films shows Ann Lee and Tom Berg in a scene from the film. The vote passed.", 1},
		{"Essen frees sailors Tom Berg (L) and Jo Bell (R) on Wednesday, September 21, 2011. The vote passed.", 1},
		{"Sen. Tom Berg (R) leads his challenger by one point. The vote passed.", 2},
		{"Mayor Ruth Alder speaks at the Old Town Hall, Essen, Germany, December 12, 2018. The vote passed.", 1},
		{"The vote passed. It was held in Essen, Germany, on December 12, 2018.", 2},
		{"Photo taken in Essen, on Monday, July 7, 2014. The vote passed.", 1},
		{"Jo Bell, left, and Ann Lee protest along Mill Street in Essen on Monday, July 7, 2014. The vote passed.", 1},
		{"Tom Berg holds a sign during a protest along Mill Street in Essen on Monday, July 7, 2014. The vote passed.", 1},
		{"Tom Berg held a sign during the protest in Essen on Monday, July 7, 2014. The vote passed.", 2},
		{"Activists gather at the town hall to protest the harbour plan in Essen January 29, 2017. The vote passed.", 1},
		{"Activists gathered at the town hall in Essen on January 29, 2017. The vote passed.", 2},
		{"The council will sit in Essen January 29, 2017, the mayor said. The vote passed.", 2},
		{"Ruth Alder, who was left, and Tom Berg spoke on Monday, July 7, 2014. The vote passed.", 2},
		// A paragraph that ends on a picture's credit is its caption.
		{"Ann Lee looks at photos of the harbour in Essen. ( Tom Berg / Harbour Post )", 0},
		{"Ann Lee says the harbour will reopen. ( Harbour Post file photo )", 0},
	}
	for _, tt := range tests {
		a := Article([]string{tt.para})
		if len(a.Sentences) > 0 && strings.HasPrefix(a.Sentences[len(a.Sentences)-1].Text, "(") {
			t.Errorf("Article(%q): a credit opens %q", tt.para, a.Sentences[len(a.Sentences)-1].Text)
		}
		if len(a.Sentences) != tt.want {
			var got []string
			for _, s := range a.Sentences {
				got = append(got, s.Text)
			}
			t.Errorf("Article(%q) sentences = %q, want %d", tt.para, got, tt.want)
		}
	}
}

func TestPostSignatureDatesNothing(t *testing.T) {
	a := Article([]string{"The harbour vote is today! pic.twitter.com/x1Yz — Ruth Alder (@ruthalder) May 27, 2014", "The vote passed on May 28, 2014."})
	var dates []string
	for _, q := range a.Quantities {
		if q.Kind == Date {
			dates = append(dates, a.Sentences[q.Sentence].Text)
		}
	}
	if len(dates) != 1 || !strings.HasPrefix(dates[0], "The vote") {
		t.Errorf("dates from %q, want one, from the second paragraph", dates)
	}
	if len(a.Sentences) == 0 || a.Sentences[0].Text != "The harbour vote is today! pic.twitter.com/x1Yz" && a.Sentences[0].Text != "The harbour vote is today!" {
		t.Errorf("first sentence %q, want the post without its signature", a.Sentences[0].Text)
	}
	if len(a.Quotes) != 1 || a.Quotes[0] != (Quote{Speaker: "Ruth Alder", Text: "The harbour vote is today!"}) {
		t.Errorf("quotes %+v, want the post, its signer's, without its link", a.Quotes)
	}
}

func TestGivenNames(t *testing.T) {
	tests := []struct {
		name string
		want int
	}{
		{"Ruth Alder", female},
		{"Viktor Vekselberg", male},
		{"Donald Trump", male},
		{"Recep Tayyip Erdogan", male},
		{"Yulia Navalnaya", female},
		{"Xi Jinping", either},
		{"Lu Kang", either},
		{"Robin Vos", either},    // on the female and the male list: two lists for one sex must not make it male
		{"Julie Easley", female}, // on both, but nearly always a woman's
		{"Randy Cable", male},
		{"Oscar Lundgate", male}, // names the Moby lists lack, of other languages too
		{"Tuukka Lundgate", male},
		{"Ivana Lundgate", female},
		{"Essen River", unknownSex},
		{"W. Stephen Muldrow", male}, // a leading initial is passed over
		{"J.", unknownSex},
	}
	for _, tt := range tests {
		if got := givenName(tt.name); got != tt.want {
			t.Errorf("givenName(%q) = %d, want %d", tt.name, got, tt.want)
		}
	}
}
