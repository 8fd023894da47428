package analyze

import (
	"maps"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/text"
)

// The word lists below are general knowledge of English news prose: titles
// that precede names, words that make a name an organisation, the world's
// countries and large cities. None is drawn from any one corpus.

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// titleWords precede a person's name ("Russian President Vladimir Putin").
var titleWords = wordSet(`president pres president-elect vice prime minister secretary senator sen rep representative hon
congressman congresswoman governor gov mayor chancellor king queen prince princess pope cardinal bishop
archbishop rabbi imam sheikh emir sultan general gen colonel col major lieutenant lt captain capt sergeant
sgt admiral commander judge justice magistrate dr mr mrs ms miss professor prof ceo cfo coo chairman
chairwoman chair chief director ambassador envoy special senior aide adviser advisor spokesman spokeswoman
spokesperson commissioner deputy former staff foreign defense defence interior finance health state attorney
officer detective inspector superintendent sheriff coach manager founder editor lawyer speaker leader
opposition premier president's first lady sir dame lord lady minister's acting interim chief-executive editor-in-chief sergeant-at-arms
commander-in-chief secretary-general director-general attorney-general governor-general solicitor-general inspector-general
surgeon-general auditor-general lieutenant-governor lieutenant-general major-general lieutenant-colonel
executive analyst economist official officials economy trade education energy environment labour labor member administrator
home culture transport agriculture head u.s us uk u.k un u.n eu nato white house kremlin federal regional national
pastor father sister brother saint st mp mep negotiator mediator prosecutor majority minority whip marshal vice-marshal comptroller treasurer
constable counsel cleric elder prophet baroness ayatollah pm ald alderman commodore datuk seri ombudsman
defender hereditary referee umpire supervisor apostle rev reverend corporal cpl pvt pfc brigadier brig
warrant spc specialist airman ensign trooper cmdr maj adm det const cst insp supt
vice-president vice-premier vice-chairman vice-chairwoman vice-chair vice-chancellor vice-minister vice-governor vice-mayor vice-admiral
co-chairman co-chairwoman co-chair co-founder co-director co-president co-leader co-host co-captain`)

// demonyms name a people or country as an adjective; they qualify a name
// ("Russian negotiators") but are not entities themselves.
var demonyms = wordSet(`southerner northerner westerner easterner scot scots islamist islamists jihadist jihadists welshman welshmen englishman englishmen irishman irishmen afghan albanian algerian american andorran angolan argentine argentinian armenian australian
austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian
burmese cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot
czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european filipino finnish
french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian
iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti
kyrgyz laotian latvian lebanese libyan lithuanian macedonian malagasy malaysian malian maltese mexican
moldovan mongolian montenegrin moroccan mozambican namibian nepalese nicaraguan nigerian nigerien norwegian
omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian russian
rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali sudanese spanish swedish swiss
syrian taiwanese tajik tanzanian thai tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan
vietnamese welsh yemeni zambian zimbabwean western eastern northern southern arab african asian latin
nordic baltic balkan soviet russian-american transatlantic scandinavian kurdish catalan basque tibetan uighur uyghur
chechen hispanic bahamian fijian samoan liberian gambian guinean togolese malawian bhutanese azeri
salvadoran trinidadian guyanese gazan`)

// creeds name a faith or a people's creed; alone ("in Muslim garb", "the
// Nazi regime") they name no one, though they open names ("Muslim
// Brotherhood", "Islamic State").
var creeds = wordSet(`muslim muslims christian christians jewish jews hindu hindus buddhist buddhists sikh sikhs catholic catholics
protestant protestants evangelical evangelicals islamic nazi nazis hispanic hispanics latino latinos latina latinas
shiite shiites sunni sunnis kurdish judaism islam christianity hinduism buddhism sikhism catholicism protestantism`)

// orgWords make a capitalised name an organisation when they appear in it.
var orgWords = wordSet(`ministry department agency council committee commission party brotherhood bank fund union association
institute university college school schools hospital court police army navy forces force corporation corp inc ltd
llc plc company co group holdings airline airlines airways news times post journal press service office parliament
congress senate assembly government administration federation organization organisation foundation
authority board bureau club league division network media television radio tv channel broadcasting tribune herald
guardian telegraph gazette daily weekly review magazine reuters bloomberg cabinet duma knesset brigade
chronicle courier ledger bulletin dispatch enquirer inquirer sentinel examiner observer register
center centers centre centres facility salon transit factory ag gmbh wireless restaurant steakhouse bistro brasserie pizzeria bakery brewery winery distillery tavern cafe café bar pub saloon
regiment corps command guard guards coalition alliance movement front society guild trust council's institute's
tech laboratory laboratories lab labs robotics software semiconductors motors aerospace logistics systems technologies motors energy pharmaceuticals partners capital exchange
securities equities insurance railways railway telecom communications industries studios records church mosque
diocese ministry's department's center centre program programme mission embassy consulate secretariat
archives library museum gallery orchestra opera ballet theatre theater academy reserve bros observatory agence agencia agenzia
publishers publishing animation legislature legislatures tribunal caucus
productions ministries auctions services outlets brigades scouts enterprises hotels electronics consultants patrol
survey directorate establishment registry database unit jewelers jewellers judiciary analytics forensics hydro rail affairs auction aviation relations savings bancorp
clinic shelter express`)

// Institution reports a name that ends in a word for a body ("National
// Weather Service", "Senate Judiciary Committee"): a name that takes
// "the", as a company's or a person's does not ("SkyMall LLC", "Malaysia
// Airlines", "Samsung Electronics").
func Institution(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	last := lower(words[len(words)-1])
	return orgWords[last] && !companyForms[last]
}

// companyForms close a company's name: its legal form, or the plural of its
// trade.
var companyForms = wordSet(`inc corp ltd llc plc co ag gmbh bancorp airlines airways laboratories labs systems technologies
motors pharmaceuticals industries studios records enterprises electronics productions communications bros`)

// knownOrgs are institutions and companies usually named by one word: "on
// Twitter" or "at Yahoo" names no place.
var knownOrgs = wordSet(`kremlin pentagon nato un eu fbi cia nsa imf who wto opec asean interpol europol unesco unicef
unhcr icc icj fifa ioc nasa esa spacex reuters afp ap bbc cnn cbs nbc abc fox msnbc npr pbs tass ria
xinhua al_jazeera hamas hezbollah taliban congress parliament senate duma white_house downing_street
elysee elysee_palace treasury bundestag politburo oval_office state_department supreme_court united_nations
twitter facebook google yahoo netflix disney microsoft apple instagram tiktok snapchat reddit spotify uber
airbnb tesla aramco samsung huawei toyota boeing airbus walmart starbucks ikea nike adidas paypal ebay intel
amazon alibaba linkedin whatsapp youtube wikipedia nordstrom target costco amtrak fedex ups rakuten sony nintendo
politico axios slate vox buzzfeed mediaite gizmodo newsweek forbes bloomberg cnbc espn wired
wal-mart coca-cola pepsico rolls-royce mercedes-benz hewlett-packard harley-davidson anheuser-busch
wells_fargo goldman_sachs morgan_stanley jpmorgan jpmorgan_chase jp_morgan merrill_lynch lehman_brothers
dow_jones raymond_james edward_jones lockheed_martin northrop_grumman general_dynamics general_motors general_electric
nissan honda volkswagen bmw hyundai renault peugeot volvo subaru mazda porsche audi lexus
islamic_state isis isil daesh al-qaeda al_qaeda boko_haram al-shabab charlie_hebdo le_monde le_figaro libération liberation
der_spiegel el_país el_pais la_repubblica corriere_della_sera globe_and_mail doctors_without_borders red_cross
verizon sprint comcast t-mobile time_warner interfax paramount tumblr eurogroup livestrong vocativ
world_economic_forum china_mobile china_unicom qaeda motorola aston_villa
al-jazeera al_arabiya al-arabiya human_rights_watch al_shabab motherboard fashionista vogue cnnmoney inside_edition
house_of_representatives house_of_commons house_of_lords
manchester_city manchester_united hull_city leicester_city stoke_city norwich_city cardiff_city swansea_city bristol_city
birmingham_city coventry_city crystal_palace tottenham_hotspur west_ham_united the_economist european_union
planned_parenthood hartford_courant qualcomm arsenal vh1 deloitte kpmg pwc accenture mckinsey nottingham_forest sheffield_wednesday
best_buy baltimore_sun pizza_hut coldwell_banker rolling_stone mother_jones business_insider kansas_city_star russia_today
ubisoft deadline variety billboard page_six us_weekly tesco gallup uefa concacaf lion_air airasia rodong_sinmun canalys the_new_republic new_republic hollywood_reporter neiman_marcus human_rights_campaign harvard yale penn_state west_brom west_bromwich_albion west_ham queens_park_rangers psychology_today le_point goo_goo_dolls synaptics new_democracy columbus_nova evidence_action big_machine bristol-myers bristol-myers_squibb quicken_loans
mailonline radaronline tmz royal_courts_of_justice occupy_wall_street the_hill`)

// arabicBodies open the names of Arabic movements and militias ("Jabhat
// al-Nusra", "Jaish al-Islam"), whose particles would read as a person's.
var arabicBodies = wordSet(`hay'at hayat jabhat jaish jaysh ahrar ansar harakat hizb jamaat jama'at liwa kataib katibat tanzim`)

// otherWords end names of things that are neither people nor organisations
// ("Abraham Accords", "Paris Agreement").
var otherWords = wordSet(`accord accords agreement agreements treaty act acts plan summit games cup war wars
conference forum festival award awards prize day week month year bill law doctrine initiative protocol conventions
convention declaration charter strategy program operation project mission championship olympics
tournament election elections revolution crisis pandemic epidemic outbreak index report deal talks fever disease
syndrome virus show series amendment finals pro disorder abuse warming update system
fundraiser gala scholarship scholarships fellowship fellowships lecture lectures chair invitational classic
history histories papers interviews diaries letters memoirs bowl globes emmys oscars grammys baftas final
bible koran quran torah testament gospel gospels scripture scriptures allah`)

// months and weekdays are dates, not entities.
var (
	months        = wordSet("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")
	weekdays      = wordSet("monday tuesday wednesday thursday friday saturday sunday")
	calendarWords = func() map[string]bool {
		m := maps.Clone(months)
		maps.Copy(m, weekdays)
		return m
	}()
)

// places: countries, regions, continents, U.S. states, and large cities.
var places = wordSet(`afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
brunei bulgaria burkina_faso burundi cambodia cameroon canada chad chile china colombia comoros congo
costa_rica croatia cuba cyprus czechia czech_republic denmark djibouti dominica ecuador egypt el_salvador
eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada
guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru
nepal netherlands new_zealand new_guinea new_caledonia nicaragua niger nigeria north_korea north_macedonia norway oman pakistan
palau palestine panama papua_new_guinea paraguay peru philippines poland portugal qatar romania russia rwanda samoa
san_marino saudi_arabia senegal serbia seychelles sierra_leone singapore slovakia slovenia somalia
south_africa south_korea south_sudan spain sri_lanka sudan suriname sweden switzerland syria taiwan
tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine
united_arab_emirates uae united_kingdom uk britain great_britain england scotland wales northern_ireland
united_states usa us u.s d.c u.k b.c n.y n.j n.c s.c n.h n.m n.d s.d r.i w.va u.a.e n.s n.b p.e.i n.l n.w.t america uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia
equatorial_guinea guinea-bissau east_timor timor-leste ivory_coast cape_verde solomon_islands marshall_islands
dominican_republic central_african_republic soviet_union ussr yugoslavia czechoslovakia east_germany west_germany
zimbabwe gaza west_bank crimea donbas donbass kashmir tibet greenland puerto_rico hong_kong macau
europe asia africa antarctica oceania australasia north_america south_america latin_america middle_east far_east near_east
east_asia southeast_asia central_asia balkans caucasus scandinavia arctic siberia sahel caribbean
mediterranean pacific atlantic
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada new_england new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio
oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont
virginia washington west_virginia wisconsin wyoming
ontario quebec british_columbia alberta saskatchewan manitoba nova_scotia new_brunswick prince_edward_island
newfoundland labrador yukon nunavut northwest_territories new_south_wales queensland tasmania nsw qld
moscow kyiv kiev washington london paris berlin rome madrid lisbon brussels amsterdam vienna prague warsaw
budapest bucharest sofia athens ankara istanbul beijing shanghai tokyo seoul pyongyang delhi new_delhi
mumbai karachi islamabad kabul tehran baghdad damascus beirut jerusalem tel_aviv cairo riyadh doha dubai
abu_dhabi geneva zurich stockholm oslo copenhagen helsinki dublin edinburgh minsk vilnius riga tallinn
tbilisi yerevan baku astana tashkent bangkok hanoi jakarta manila singapore sydney melbourne canberra
ottawa toronto montreal vancouver mexico_city havana caracas bogota lima santiago buenos_aires brasilia
sao_paulo rio_de_janeiro nairobi lagos abuja johannesburg pretoria cape_town addis_ababa khartoum
kinshasa dakar algiers tunis tripoli rabat casablanca chicago los_angeles san_francisco boston miami
houston dallas seattle atlanta detroit philadelphia las_vegas new_orleans denver phoenix manchester
liverpool westminster birmingham glasgow munich frankfurt hamburg milan naples barcelona marseille lyon kharkiv
odesa odessa lviv dnipro donetsk luhansk mariupol kherson zaporizhzhia bakhmut sevastopol st_petersburg
minsk hong_kong taipei kolkata chennai bangalore dhaka colombo kathmandu ulaanbaatar vladivostok
anchorage honolulu hollywood nice geneva davos the_hague den_haag strasbourg luxembourg des_moines omaha louisville tulsa boise spokane ny nyc
tirana andorra_la_vella luanda nassau manama bridgetown belmopan porto-novo thimphu sucre sarajevo gaborone
bandar_seri_begawan ouagadougou gitega bujumbura praia phnom_penh yaounde bangui brazzaville san_jose
yamoussoukro abidjan zagreb nicosia roseau santo_domingo dili quito san_salvador malabo asmara mbabane suva
libreville banjul accra guatemala_city conakry bissau port-au-prince tegucigalpa reykjavik amman tarawa
pristina kuwait_city bishkek vientiane maseru monrovia vaduz antananarivo lilongwe kuala_lumpur bamako
valletta majuro nouakchott port_louis palikir chisinau podgorica maputo naypyidaw yangon windhoek managua
niamey skopje muscat panama_city port_moresby asuncion kigali basseterre castries kingstown apia sao_tome
belgrade freetown bratislava ljubljana honiara mogadishu bloemfontein juba paramaribo dushanbe dodoma
dar_es_salaam lome port_of_spain ashgabat funafuti kampala montevideo port_vila vatican_city sanaa lusaka
harare perth brisbane auckland christchurch kyoto yokohama nagoya busan incheon guangzhou shenzhen chengdu
wuhan chongqing tianjin hangzhou nanjing ho_chi_minh_city penang chiang_mai phuket surabaya lahore peshawar
rawalpindi kandahar herat mosul basra erbil aleppo homs idlib raqqa benghazi gaza_city ramallah haifa jeddah
tabriz isfahan mashhad izmir antalya thessaloniki krakow gdansk novosibirsk yekaterinburg sochi toulouse
bordeaux lille dusseldorf stuttgart leipzig dresden basel antwerp rotterdam utrecht porto seville bilbao turin
venice genoa palermo leeds cardiff belfast dundee calgary edmonton winnipeg san_diego san_antonio baltimore
pittsburgh cincinnati minneapolis milwaukee indianapolis sacramento salt_lake_city oklahoma_city tampa tucson
albuquerque el_paso fort_worth santa_monica santa_barbara oakland long_beach fresno monterrey guadalajara
tijuana medellin recife porto_alegre cordoba valparaiso cusco guayaquil durban soweto mombasa kano ibadan
timbuktu goma
oval_office richmond
catalonia bavaria tuscany andalusia lombardy flanders wallonia kurdistan punjab sicily sardinia corsica normandy
brittany provence seine thames rhine danube nile`)

// eventClass groups the nouns reports use for the same kind of event or
// thing, so "a five-hour meeting" and "talks that lasted five hours" align.
var eventClass = func() map[string]string {
	m := map[string]string{}
	add := func(class, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = class
		}
	}
	add("meeting", "meeting meetings talks talk discussion discussions conversation conversations session sessions summit summits negotiations negotiation dialogue encounter consultations round rounds visit visits call")
	add("plan", "plan plans proposal proposals document documents draft drafts framework blueprint initiative peace-plan")
	add("conference", "conference conferences briefing briefings")
	add("hearing", "hearing hearings trial trials arraignment appearance")
	add("launch", "launch launches")
	add("mission", "mission missions")
	add("flight", "flight flights")
	add("landing", "landing landings landed lander touchdown")
	add("vote", "vote votes ballot referendum election")
	add("strike", "strike strikes walkout stoppage")
	add("storm", "storm storms hurricane typhoon cyclone")
	add("quake", "earthquake earthquakes quake quakes tremor")
	add("fire", "fire fires wildfire wildfires blaze")
	add("toll", "dead deaths killed death died fatalities toll drowned")
	add("flood", "flood floods flooding flooded deluge burst breached overflowed")
	add("injured", "injured wounded injury injuries hurt")
	add("sentence", "sentence sentenced prison jail jailed imprisoned")
	add("fine", "fine fined penalty")
	add("deal", "deal acquisition takeover merger buy buys bought acquire acquires acquired pay pays paid purchase sale")
	add("outage", "outage outages blackout")
	add("protests", "protest protests protested demonstration demonstrations")
	add("rally", "rally rallies") // a campaign's as often as a protest's
	return m
}()

// EventTerms are the stemmed words that name events of a class ("kill",
// "dead", "death" for a toll): what two sentences about one kind of event
// share whatever the events.
func EventTerms(class string) map[string]bool { return eventTerms[class] }

var eventTerms = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for w, c := range eventClass {
		if m[c] == nil {
			m[c] = map[string]bool{}
		}
		m[c][text.Stem(w)] = true
	}
	return m
}()

// speechVerbs introduce reported speech.
var speechVerbs = wordSet(`said says say told tells stated states stating noted notes noting added adds adding
explained explains emphasized emphasised emphasizing stressed stresses stressing insisted insists argued
argues claimed claims wrote writes asked asks replied replies responded declared announced acknowledged
acknowledges admitted confirmed confirms described describes called calls remarked observed commented
continued recalled suggested suggests predicted tweeted posted indicated indicates cautioned urged warned
warns explaining telling saying described characterized characterised added insisting arguing declaring
announcing conceded concedes mentioned mentions maintained maintains vowed promised reiterated blurted echoes
echoed quipped joked jokes laughed laughs shouted yelled screamed whispered wondered wonders mused muses recalls
exclaimed boasted complained complains admits agreed agrees replied texted emailed remarks pointed points chanted chant chants
repeated repeats`)

// SpeechVerb reports a verb that attributes words: "said", "told".
func SpeechVerb(w string) bool { return speechVerbs[w] }

// Role reports a word that gives a person's title or role before a name
// ("President", "envoy", "spokesman").
func Role(w string) bool {
	l := lower(w)
	return titleWords[l] || roleNouns[l]
}

// roleNouns stand for a person already named ("the minister said").
var roleNouns = wordSet(`president minister secretary senator governor mayor chancellor spokesman spokeswoman
spokesperson aide adviser advisor envoy official judge prosecutor lawyer ceo chief director leader
ambassador commissioner officer general chairman chairwoman founder analyst professor scientist researcher
doctor economist witness resident survivor coach diplomat lady sheriff`)

// occupations open a sentence before a person's name ("Rapper Dave
// Murrell"); many are surnames too ("Singer"), so only before a known
// given name.
var occupations = wordSet(`rapper singer actor actress comedian author writer novelist poet artist musician
songwriter guitarist drummer filmmaker producer designer chef model supermodel billionaire millionaire multimillionaire multibillionaire tycoon mogul magnate heiress philanthropist socialite businessman businesswoman
entrepreneur investor astronaut activist journalist reporter columnist photographer athlete player
quarterback pitcher striker goalkeeper goaltender goalie defenseman defenceman winger midfielder linebacker star host anchor presenter blogger pilot nurse teacher student
farmer priest reverend rev veteran candidate challenger incumbent nominee insider correspondent
postman organizer organiser broadcaster cellist violinist pianist saxophonist conductor composer
strategist meteorologist forecaster publicist firefighter diver protester worshipper neighbor neighbour
lobbyist pollster consultant attorney paramedic historian economist sociologist psychologist employee
accountant retiree dietitian pharmacist dentist surgeon therapist mechanic plumber electrician carpenter librarian
caddie caddy frenchman frenchwoman englishman englishwoman dutchman dutchwoman irishman irishwoman scotsman scotswoman
welshman welshwoman countryman countrywoman compatriot frenchmen englishmen dutchmen irishmen scotsmen welshmen
countrymen compatriots dane swede brit serb croat turk
insp supt det cst const cpl cmdr lt-col`)

// positions are a team's, written before a player's name: "Browns DL
// Sheldon Richardson", "Patriots QB Tom Brady".
var positions = wordSet("qb rb wr te dl dt lb cb ol ot og")

// placeWords make a capitalised name a place: "Essen River", "Mill Street".
var placeWords = wordSet(`river lake sea ocean bay gulf strait channel canal mountain mountains mount hill hills valley
island islands peninsula desert forest park square street road avenue lane boulevard bridge dam harbour harbor
port airport station county province region district city town village state coast beach falls
tower towers hotel stadium arena prison jail armory museum theater theatre cathedral mall building
buildings center centre garden gardens courthouse capitol st ave blvd rd heights palisades springs rapids shores stade
stadio estadio rue place piazza platz highway freeway expressway motorway parkway memorial township crater grove
creek brook strip estates turnpike isle île wharf pier quay`)

// honours follow a person's name: "Ann Lee OBE".
var honours = text.Set("OBE CBE MBE KBE DBE GBE")

// buildingSurnames are buildings' words that are surnames too: "Westminster
// Hall" is a place, "Rebecca Hall" a person.
var buildingSurnames = wordSet("hall temple castle palace plaza")

// surnamePlaces are places' words that are surnames too, after a given
// name: "Anita Hill", "John Park"; "Forest Hill" and "Hyde Park" stay places.
var surnamePlaces = wordSet("hill park brook creek lane")

// landscape words are given names too: "Glen", "Cherry", "Rose".
var landscape = wordSet("glen dale forest cherry rose ivy holly laurel olive heather hazel jasmine lily violet")

// eventNames open the names of storms and other named events: "Storm Orla".
var eventNames = wordSet("storm hurricane typhoon cyclone tropical operation copa")

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12, "half": 0.5,
	"a": 1, "an": 1, "single": 1, "couple": 2,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}

// placeNames folds the common other names of a place into one.
var placeNames = map[string]string{
	"us": "United States", "u.s": "United States", "usa": "United States", "u.s.a": "United States",
	"america": "United States", "united states of america": "United States",
	"uk": "United Kingdom", "u.k": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
	"uae": "United Arab Emirates", "u.a.e": "United Arab Emirates", "kiev": "Kyiv", "odessa": "Odesa", "czechia": "Czech Republic",
	"burma": "Myanmar", "holland": "Netherlands", "the hague": "The Hague",
	"nsw": "New South Wales", "qld": "Queensland",
}

// stateNames are the states and provinces news agencies shorten
// (apStates), by their names: a story shows "California" for "Calif.".
var stateNames = map[string]string{
	"ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado", "conn": "Connecticut",
	"del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky",
	"la": "Louisiana", "md": "Maryland", "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi",
	"mo": "Missouri", "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania",
	"tenn": "Tennessee", "vt": "Vermont", "va": "Virginia", "wash": "Washington State", "wis": "Wisconsin", "wyo": "Wyoming",
	"ont": "Ontario", "que": "Quebec", "alta": "Alberta", "sask": "Saskatchewan", "nfld": "Newfoundland",
	"n.y": "New York", "n.j": "New Jersey", "n.c": "North Carolina", "s.c": "South Carolina", "n.h": "New Hampshire",
	"n.m": "New Mexico", "n.d": "North Dakota", "s.d": "South Dakota", "r.i": "Rhode Island", "w.va": "West Virginia",
	"b.c": "British Columbia", "n.s": "Nova Scotia", "n.b": "New Brunswick", "p.e.i": "Prince Edward Island", "n.l": "Newfoundland and Labrador",
	"n.w.t": "Northwest Territories",
}

// ClassOf returns the class of events a word names ("summit" a
// "meeting"), or "".
func ClassOf(word string) string { return eventClass[word] }

// EventClass reports whether s names a class of events ("meeting", "toll")
// rather than a plain noun.
func EventClass(s string) bool {
	for _, c := range eventClass {
		if c == s {
			return true
		}
	}
	return false
}

// Demonym reports a word naming a people or a place's adjective:
// "Canadian", "Chinese".
func Demonym(w string) bool { return demonyms[strings.ToLower(w)] }
