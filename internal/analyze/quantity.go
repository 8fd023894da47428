package analyze

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/text"
)

// Quantity kinds.
const (
	Duration = "duration"
	Distance = "distance"
	Area     = "area"
	Weight   = "weight"
	Volume   = "volume"
	Power    = "power"
	Speed    = "speed"
	// Temperature is in the unit written ("°F", "°C", or "degrees" with
	// no scale named), since a scale cannot be inferred; values in
	// different units are not compared.
	Temperature = "temperature"
	Angle       = "angle"
	Percent     = "percent"
	Money       = "money"
	Count       = "count"
	Ordinal     = "ordinal"
	Weekday     = "weekday"
	Date        = "date"
)

// Measure is what a value of a kind measures, said alone: "length",
// "amount", "percentage".
func Measure(kind string) string { return measures[kind] }

var measures = map[string]string{
	Duration: "length", Ordinal: "number", Weekday: "day", Date: "date",
	Count: "number", Money: "amount", Distance: "distance", Area: "area", Weight: "weight",
	Volume: "volume", Power: "power", Speed: "speed", Temperature: "temperature", Angle: "angle", Percent: "percentage",
}

// measured reports the kinds measured in units, not counted.
func measured(kind string) bool {
	switch kind {
	case Distance, Area, Weight, Volume, Power, Speed, Temperature, Angle:
		return true
	}
	return false
}

// Calendar reports the kinds that date an event, a weekday or a day of a
// month, which compare as names, not as amounts.
func Calendar(kind string) bool { return kind == Weekday || kind == Date }

// Quantity is a number, duration, count, ordinal or day stated in a
// sentence, normalised so that "five-hour", "five hours" and "5 hours" agree.
type Quantity struct {
	Sentence int     `json:"sentence"`
	Kind     string  `json:"kind"`
	Unit     string  `json:"unit"`
	Value    float64 `json:"value"`
	// Base is Value in the kind's base unit (seconds, metres), for comparison.
	Base float64 `json:"base"`
	// Qualifier is "about", "more than", "at least"…, empty when exact.
	Qualifier string `json:"qualifier,omitempty"`
	// Subject is what is measured: an event class ("meeting") or a noun stem.
	Subject string `json:"subject,omitempty"`
	// Noun is the subject as written when it is no event ("trip" in "a
	// two-week Asia trip"), to name it to a reader.
	Noun string `json:"noun,omitempty"`
	Day  string `json:"day,omitempty"` // for weekdays
	// Written is a counted noun as written when it has a capital ("419
	// Republicans", "4 CEOs"), to show it so.
	Written string `json:"written,omitempty"`
	// Modifier is the word between a count and its noun: "black" in
	// "716,704 black Williamses", a subset of the Williamses.
	Modifier string `json:"modifier,omitempty"`
	// Compound durations ("2 hours, 21 minutes") are shown from Base, in
	// the units written (Parts, largest first: "hour minute"). A string,
	// so that a Quantity is comparable.
	Compound bool   `json:"compound,omitempty"`
	Parts    string `json:"parts,omitempty"`
	// Per is a rate's unit for a count: "second" in "7,500 frames per
	// second", "season" in "46 matches a season".
	Per string `json:"per,omitempty"`
	// What names the value to a reader where its sentence says what it is
	// and no event does: "percentage of the vote" ("44 percent of the
	// vote"), "rise in sales" ("sales climbed 14 percent"), "price" ("sells
	// for $99"), "height" ("10 metres high").
	What string `json:"what,omitempty"`
	// From is a range's lower end in Value's unit ("three to four hours",
	// "75-100 people"), whose upper end is Value; zero for one figure.
	From float64 `json:"from,omitempty"`
	// Holder is the person or body a share is of ("Jeb Bush" in "Bush
	// follows with 15 percent"): two candidates' 14 percent are no one
	// figure two reports agree on.
	Holder string `json:"holder,omitempty"`
}

// Low is the lower end of the value in the base unit: Base for one figure.
func (q Quantity) Low() float64 {
	if q.From == 0 || q.Value == 0 {
		return q.Base
	}
	return q.From * q.Base / q.Value
}

// String renders the value as a reader would say it: "5 hours", "6th", "Tuesday".
func (q Quantity) String() string {
	switch q.Kind {
	case Weekday, Date:
		return q.Day
	case Ordinal:
		return ordinalString(int(q.Value))
	case Percent:
		return q.from(num(q.From)+"% to ") + num(q.Value) + "%"
	case Money:
		if r, _ := utf8.DecodeRuneInString(q.Unit); unicode.IsLetter(r) {
			return q.from(money(q.From)+" to ") + money(q.Value) + " " + q.Unit + q.per() // "600 billion riyals"
		}
		return q.from(q.Unit+money(q.From)+" to ") + q.Unit + money(q.Value) + q.per() // "$54.23 per barrel"
	}
	if sub, ok := subunits[q.Unit]; ok && q.Compound {
		n := int(math.Round(q.Base / units[sub.unit].base))
		return fmt.Sprintf("%d %s %d %s", n/sub.per, sub.short, n%sub.per, sub.part) // "6 ft 4 in"
	}
	if q.Compound {
		return q.compound()
	}
	unit := q.Unit + q.per()
	if m := measured(q.Kind); !m && q.Value != 1 {
		unit = q.Counted()
	} else if m && q.Value == 1 && q.From == 0 && singularUnits[q.Unit] != "" {
		unit = singularUnits[q.Unit] + q.per() // "1 mile", not "1 miles"
	}
	if strings.HasPrefix(unit, "°") {
		return q.from(large(q.From)+unit+" to ") + large(q.Value) + unit // "107°F"
	}
	return q.from(large(q.From)+" to ") + large(q.Value) + " " + unit
}

// Counted is the plural of the unit or counted noun as a reader would
// write it: "documents", "Republicans", "frames per second".
func (q Quantity) Counted() string {
	w := Plural(q.Unit)
	if q.Written != "" {
		w = Plural(q.Written)
	}
	return w + q.per()
}

// per is a rate's " per second", or nothing.
func (q Quantity) per() string {
	if q.Per == "" {
		return ""
	}
	return " per " + q.Per
}

// from is a range's opening ("3 to "), or nothing for one figure.
func (q Quantity) from(s string) string {
	if q.From == 0 {
		return ""
	}
	return s
}

// num writes v as it was written; a value no one writes with more than
// four decimals, a third read from "1/3", to three.
func num(v float64) string {
	if math.Abs(v*1e4-math.Round(v*1e4)) > 1e-6 {
		v = math.Round(v*1000) / 1000
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// large writes a number as a reader would: "1.5 billion", "716,704".
func large(v float64) string {
	for _, m := range []struct {
		f    float64
		word string
	}{{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}} {
		if v >= m.f {
			return num(math.Round(v/m.f*1000)/1000) + m.word
		}
	}
	s := num(v)
	if v < 1000 {
		return s
	}
	whole, frac, _ := strings.Cut(s, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if frac != "" {
		return whole + "." + frac // "25,205.8"
	}
	return whole
}

// compound writes a duration of several units in the units written:
// "59 years 96 days", "2 hours 21 minutes 9 seconds".
func (q Quantity) compound() string {
	parts := strings.Fields(q.Parts)
	if len(parts) == 0 { // read by a version that did not keep them
		parts = []string{"day", "hour", "minute", "second"}
		if q.Unit == "year" || q.Unit == "month" {
			parts = []string{"year", "month", "day"}
		}
	}
	var out []string
	rest, half := q.Base, units[parts[len(parts)-1]].base/2
	for _, p := range parts {
		if n := math.Floor((rest + half) / units[p].base); n >= 1 {
			w := p
			if n != 1 {
				w = Plural(p)
			}
			out = append(out, large(n)+" "+w) // "23,226 days 16 hours"
			rest -= n * units[p].base
		}
	}
	if len(out) == 0 {
		return "0 " + Plural(parts[len(parts)-1])
	}
	return strings.Join(out, " ")
}

// money writes an amount with its cents as a price is written: "$16.50",
// not "$16.5"; a rate keeps the digits it is written to ("$1.1341").
func money(v float64) string {
	if v >= 1e6 || v == math.Trunc(v) {
		return large(v)
	}
	_, frac, _ := strings.Cut(num(v), ".")
	if len(frac) < 2 {
		frac += "0"
	}
	return large(math.Trunc(v)) + "." + frac
}

func ordinalString(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

type unit struct {
	kind, name string
	base       float64
}

var units = func() map[string]unit {
	m := map[string]unit{}
	add := func(kind, name string, base float64, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = unit{kind, name, base}
		}
	}
	add(Duration, "millisecond", 0.001, "millisecond milliseconds")
	add(Duration, "second", 1, "second seconds sec secs")
	add(Duration, "minute", 60, "minute minutes min mins")
	add(Duration, "hour", 3600, "hour hours hr hrs")
	add(Duration, "day", 86400, "day days")
	add(Duration, "week", 7*86400, "week weeks")
	add(Duration, "month", 30.44*86400, "month months")
	add(Duration, "year", 365.25*86400, "year years")
	add(Duration, "decade", 3652.5*86400, "decade decades")
	add(Duration, "century", 36525*86400, "century centuries")
	add(Distance, "km", 1000, "km kilometre kilometres kilometer kilometers")
	add(Distance, "miles", 1609.344, "mile miles")
	add(Distance, "m", 1, "metre metres meter meters")
	add(Distance, "feet", 0.3048, "foot feet ft")
	add(Distance, "inches", 0.0254, "inch inches")
	add(Distance, "yards", 0.9144, "yard yards")
	add(Distance, "cm", 0.01, "cm centimetre centimetres centimeter centimeters")
	add(Distance, "mm", 0.001, "mm millimetre millimetres millimeter millimeters")
	add(Weight, "kg", 1, "kg kilogram kilograms kilo kilos")
	add(Weight, "grams", 0.001, "gram grams")
	add(Weight, "mg", 1e-6, "mg milligram milligrams")
	add(Weight, "micrograms", 1e-9, "microgram micrograms mcg µg")
	add(Weight, "nanograms", 1e-12, "nanogram nanograms ng")
	add(Weight, "tonnes", 1000, "tonne tonnes")
	add(Weight, "tons", 907.18474, "ton tons") // the American ton; a British writer's "tonnes" are metric
	add(Weight, "lb", 0.45359237, "lb lbs")    // and pounds that weigh (unitAt)
	add(Weight, "oz", 0.028349523125, "ounce ounces oz")
	add(Weight, "gigatons", 1e12, "gigaton gigatons gigatonne gigatonnes")
	add(Volume, "litres", 1, "litre litres liter liters")
	add(Volume, "ml", 0.001, "ml millilitre millilitres milliliter milliliters")
	add(Volume, "gallons", 3.785411784, "gallon gallons") // the American gallon
	add(Volume, "pints", 0.473176473, "pint pints")       // and pint
	add(Power, "milliwatts", 1e-3, "milliwatt milliwatts")
	add(Power, "watts", 1, "watt watts")
	add(Power, "kilowatts", 1e3, "kilowatt kilowatts")
	add(Power, "megawatts", 1e6, "megawatt megawatts")
	add(Power, "gigawatts", 1e9, "gigawatt gigawatts")
	add(Speed, "mph", 0.44704, "mph")
	add(Speed, "km/h", 1/3.6, "km/h kph kmh")
	add(Speed, "knots", 0.514444, "knot knots")
	add(Area, "acres", 4046.8564224, "acre acres")
	add(Area, "hectares", 1e4, "hectare hectares")
	add(Percent, "%", 1, "percent per-cent %")
	add(Count, "point", 1, "point points")
	return m
}()

// singularUnits are the units above as one of them is written.
var singularUnits = map[string]string{"miles": "mile", "feet": "foot", "inches": "inch", "yards": "yard", "acres": "acre",
	"hectares": "hectare", "grams": "gram", "tonnes": "tonne", "tons": "ton", "litres": "litre", "gallons": "gallon",
	"gigatons": "gigaton", "pints": "pint", "knots": "knot", "micrograms": "microgram", "nanograms": "nanogram", "milliwatts": "milliwatt", "watts": "watt", "kilowatts": "kilowatt", "megawatts": "megawatt", "gigawatts": "gigawatt",
	"degrees": "degree", "degrees below zero": "degree below zero", "nautical miles": "nautical mile"}

// squareUnits name areas by their side's unit: "square miles" in square
// metres.
var squareUnits = map[string]string{"km": "sq km", "miles": "sq miles", "m": "sq m", "feet": "sq ft"}

// unitAt reads the unit that starts at ws[j], if any, and returns the index
// of its last word: "hours", or "square miles" and "sq km", an area.
func unitAt(ws []qword, i, j int) (unit, int) {
	if (ws[j].w == "square" || ws[j].w == "sq") && j+1 < len(ws) {
		if side := units[ws[j+1].w]; side.kind == Distance {
			return unit{Area, squareUnits[side.name], side.base * side.base}, j + 1
		}
	}
	if side := units[ws[j].w]; side.name == "km" && j+1 < len(ws) && ws[j+1].w == "h" {
		return units["km/h"], j + 1 // "100 km/h", read as "km" and "h"
	} else if side.kind == Distance && j+2 < len(ws) && !ws[j].comma && (ws[j+1].w == "per" || ws[j+1].w == "an" || ws[j+1].w == "a") {
		// "60 miles per hour", "100 kilometres an hour": a speed; "90
		// miles per gallon" measures no distance either.
		switch ws[j+2].w {
		case "hour":
			switch side.name {
			case "miles":
				return units["mph"], j + 2
			case "km":
				return units["km/h"], j + 2
			}
			return unit{Speed, side.name + " per hour", side.base / 3600}, j + 2
		case "second":
			return unit{Speed, side.name + " per second", side.base}, j + 2
		case "gallon", "litre", "liter":
			return unit{}, j + 2
		}
	}
	if ws[j].w == "cubic" && j+1 < len(ws) {
		if side := units[ws[j+1].w]; side.kind == Distance {
			return unit{Volume, "cubic " + side.name, side.base * side.base * side.base * 1000}, j + 1 // in litres
		}
	}
	if w := ws[j].w; w == "degrees" || w == "degree" {
		return degrees(ws, i, j)
	}
	if name := wattSymbol(ws[j]); name != "" {
		return units[name], j
	}
	if ws[j].w == "nautical" && j+1 < len(ws) && units[ws[j+1].w].name == "miles" {
		return unit{Distance, "nautical miles", 1852}, j + 1 // "300 nautical miles", a sea mile
	}
	if ws[j].w == "metric" && j+1 < len(ws) && units[ws[j+1].w].name == "tons" {
		return units["tonnes"], j + 1 // "49 million metric tons"
	}
	if ws[j].w == "second" && ws[j].joined && j+1 < len(ws) && ws[j+1].w != "long" {
		return unit{}, j // "one second-division team", "two second-half goals": an order, no time
	}
	if torque(ws, j) {
		return unit{}, j + 1 // "406 lb-ft of torque" weighs nothing
	}
	one := j == i+1 && (ws[i].w == "one" || ws[i].w == "1")
	if w := ws[j].w; w == "pound" && !one || w == "pounds" && !sterling(ws, i, j) {
		return units["lb"], j // "weighs 135 pounds", "a 145-pound division", "a 5.18 pound nugget"; not "win one pound", "20 million pounds"
	}
	return units[ws[j].w], j
}

// torque reports a unit of torque at ws[j], a weight and a length joined:
// "lb-ft", "pound-feet", "ft-lbs".
func torque(ws []qword, j int) bool {
	if !ws[j].joined || j+1 == len(ws) {
		return false
	}
	a, b := units[ws[j].w], units[ws[j+1].w]
	if ws[j].w == "pound" || ws[j].w == "pounds" {
		a = units["lb"]
	}
	if ws[j+1].w == "pound" || ws[j+1].w == "pounds" {
		b = units["lb"]
	}
	return a.kind == Weight && b.kind == Distance || a.kind == Distance && b.kind == Weight
}

// paidThings are what "paid" describes as an adjective.
var paidThings = wordSet("sick leave holiday holidays vacation vacations time family maternity paternity parental staff staffers volunteers subscribers subscription tribute")

// wordNumber reports a number read from the one word at ws[k]: "five", "5".
func wordNumber(ws []qword, k int) bool {
	_, end, ok := number(ws, k)
	return ok && end == k+1
}

// unitModifier reports a word that may stand between a figure and its
// unit of time and leave the unit's measure whole: "additional", "more",
// "straight"; not a name's word, a number, "light" years, a superlative
// ("the 10 hottest years") or a time ("16 million last year").
func unitModifier(q qword) bool {
	return q.upper == "" && !q.comma && !q.joined && allLetters(q.w) && !endsPlural(q.w) && !IsQuantityWord(q.w) &&
		!Superlative(q.w) && !notModifiers[q.w] && (q.w == "more" || !text.StopWord(q.w))
}

var notModifiers = wordSet("light last next past coming previous")

// wattSymbol is the unit of power a symbol names, by its case: "MW" is
// megawatts, "mW" milliwatts; "mw" is neither.
func wattSymbol(q qword) string {
	switch {
	case q.w == "kw" && q.cased != "":
		return "kilowatts"
	case q.w == "mw" && q.upper == "MW":
		return "megawatts"
	case q.w == "mw" && q.cased != "":
		return "milliwatts"
	case q.w == "gw" && q.upper == "GW":
		return "gigawatts"
	}
	return ""
}

// degrees reads the degrees at ws[j] as a temperature ("a high of 24
// degrees", "40 degrees Celsius", "3 degrees below zero") or an angle
// ("rolled 90 degrees"), by the words of the sentence; as nothing when it
// is a coordinate ("25 degrees south latitude"), a difference ("10
// degrees below average"), a kind of thing ("a 360-degree view") or
// neither.
func degrees(ws []qword, i, j int) (unit, int) {
	next := func(k int) string {
		if k < len(ws) {
			return ws[k].w
		}
		return ""
	}
	switch n := next(j + 1); {
	case ws[j-1].joined:
		return unit{}, j
	case n == "fahrenheit" || n == "f":
		return unit{Temperature, "°F", 1}, j + 1
	case n == "celsius" || n == "c" || n == "centigrade":
		return unit{Temperature, "°C", 1}, j + 1
	case (n == "below" || n == "above") && next(j+2) == "zero":
		if n == "above" {
			return unit{Temperature, "degrees", 1}, j + 2
		}
		return unit{Temperature, "degrees below zero", 1}, j + 2
	case (n == "below" || n == "above") && norms[next(j+2)], n == "warmer" || n == "colder" || n == "cooler" || n == "hotter",
		n == "north" || n == "south" || n == "east" || n == "west" || n == "latitude" || n == "longitude":
		return unit{}, j
	}
	for _, w := range ws {
		switch {
		case temperatureWords[w.w]:
			return unit{Temperature, "degrees", 1}, j
		case angleWords[w.w]:
			return unit{Angle, "degrees", 1}, j
		}
	}
	return unit{}, j
}

var norms = wordSet("average normal usual seasonal")

var temperatureWords = wordSet(`temperature temperatures high highs low lows hot hotter heat cold colder warm warmer weather
	mercury forecast thermometer chill fever freezing outside`)

var angleWords = wordSet(`angle angles turn turned turns turning roll rolled rolls rotate rotated rotation tilt tilted banked
	slope incline direction course heading horizontal vertical`)

// qualifiers are tried in order: the longer first, so that "no more than"
// is not read as "more than", nor "just under" as "under".
var qualifiers = []string{"no more than", "as many as", "as much as", "more than", "less than", "fewer than",
	"at least", "up to", "just over", "just under", "close to", "an estimated", "at most", "about", "approximately",
	"around", "roughly", "nearly", "almost", "some", "over", "under", "estimated"}

// qualifierWords are the qualifiers' words, split once.
var qualifierWords = func() [][]string {
	out := make([][]string, len(qualifiers))
	for i, q := range qualifiers {
		out[i] = strings.Fields(q)
	}
	return out
}()

var digitsPattern = regexp.MustCompile(`^\d+(?:,\d{3})*(?:\.\d+)?$`) // not "(19,20)", two notes

// digits reports a number in figures ("1,200", "3.5"); most words are
// told apart by their first byte, without the pattern.
func digits(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' && digitsPattern.MatchString(w)
}

// ordinalDigits reads "3rd" or "21st" as its number.
func ordinalDigits(w string) (int, bool) {
	n := len(w) - 2
	if n < 1 {
		return 0, false
	}
	if suffix := w[n:]; suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" {
		return 0, false
	}
	v := 0
	for i := 0; i < n; i++ {
		if w[i] < '0' || w[i] > '9' || v > 1e8 {
			return 0, false
		}
		v = v*10 + int(w[i]-'0')
	}
	return v, true
}

var currency = map[string]string{"$": "$", "€": "€", "£": "£"}

// currencyWords name money after a figure: "11.5 billion euros". (Pounds
// weigh as often as they pay: see sterling.)
// Currencies without a symbol here are written after the figure: "600
// billion riyals".
var currencyWords = map[string]string{"dollars": "$", "dollar": "$", "euros": "€", "euro": "€",
	"yen": "yen", "yuan": "yuan", "riyal": "riyals", "riyals": "riyals", "rupee": "rupees", "rupees": "rupees",
	"rouble": "roubles", "roubles": "roubles", "ruble": "roubles", "rubles": "roubles", "peso": "pesos", "pesos": "pesos",
	"franc": "francs", "francs": "francs", "shekel": "shekels", "shekels": "shekels", "dirham": "dirhams", "dirhams": "dirhams",
	"pound": "£", "pounds": "£"}

// cents are a hundredth of a currency: "10 cents" is $0.10.
var cents = map[string]string{"cent": "$", "cents": "$", "penny": "£", "pence": "£"}

// sterling reports pounds at ws[j] that are money, not weight:
// "sterling" after them, a scale ("3.02 billion pounds") or money's
// words near them ("had to wager 10 pounds"), unless something weighs
// ("weighs about 120 pounds", "5-foot-8 and 130 pounds").
func sterling(ws []qword, i, j int) bool {
	lo, hi := max(0, i-6), min(len(ws), j+7)
	for _, w := range ws[lo:hi] {
		if strings.HasPrefix(w.w, "weigh") || w.w == "tall" || w.w == "heavy" || w.w == "feet" || w.w == "foot" {
			return false
		}
	}
	if j+1 < len(ws) && ws[j+1].w == "sterling" {
		return true
	}
	for _, w := range ws[i:j] {
		if multipliers[w.w] >= 1e6 {
			return true
		}
	}
	return slices.ContainsFunc(ws[lo:hi], func(w qword) bool { return moneyWords[w.w] })
}

var moneyWords = wordSet(`paid pay pays paying cost costs worth wager wagered bet bets fined fine fines salary wage wages price priced
	sold sell sells buy bought raised raise spent spend spending earn earns earned donated prize bonus fee fees tax budget deal contract`)

// people are plural nouns without a final s that news counts.
var people = wordSet("people children men women police staff personnel cattle sheep fish dead injured wounded missing")

// casualties are the people a count of one may be of: "one dead".
var casualties = wordSet("dead injured wounded missing")

// someDay are the words before "one day" that make it a day to come or
// one day of many ("may one day", "that one day", "until one day"), not a
// length.
var someDay = wordSet("to will would must could should can may might shall that and but until when while then he she we they i you it who")

// bands are the groups a count of their members gives the size of.
var bands = wordSet("group crowd pack")

// sentenceCase reports words written in a sentence's case, not a
// headline's: one of four letters or more is in lower case.
func sentenceCase(ws []qword) bool {
	return slices.ContainsFunc(ws, func(w qword) bool { return w.upper == "" && len(w.w) >= 4 && allLetters(w.w) })
}

// qword is one lower-case word of a sentence; joined marks a hyphen to the next.
type qword struct {
	w      string
	upper  string // as written, when it has a capital
	cased  string // as written, when it has a capital anywhere: "iPhone"
	joined bool
	comma  bool // a comma follows: the phrase ends here
	dash   bool // a dash follows: an aside opens or closes here
	poss   bool // "Monday's"
	// figure: an event's word used for something else ("performance pay",
	// "launched a probe").
	figure bool
}

// class is the event a word names, if any.
func (q qword) class() string {
	if q.figure {
		return ""
	}
	return eventClass[q.w]
}

// listNumber reports a sentence that opens on an item's number in a list:
// digits, then a word capitalised as a heading's first word is, then the
// sentence in lower case ("22 Average wages for players have increased
// 700%"). A count opening a sentence counts a people or a plural
// ("12 Britons were killed", "300 Marines"), and a day names its month.
func listNumber(ws []qword) bool {
	if len(ws) < 3 || strings.Trim(ws[0].w, "0123456789") != "" || ws[0].joined || ws[0].comma || !titled(ws[1].upper) || ws[1].upper[1:] != ws[1].w[1:] || ws[2].upper != "" {
		return false
	}
	w := ws[1].w
	return !demonyms[w] && !strings.HasSuffix(w, "s") && !months[w] && units[w].kind == "" && !weekdays[w]
}

// seasonSpan reports a span of years written as a season is: "2013-14".
func seasonSpan(w string) bool {
	if len(w) != 7 || w[4] != '-' {
		return false
	}
	for i, c := range []byte(w) {
		if i != 4 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

func qwords(s string) []qword {
	out := make([]qword, 0, text.NumFields(s)+4)
	for m, dash := range qwordStrings(s) {
		comma := strings.HasSuffix(m, ",")
		m = strings.TrimRight(strings.TrimRight(m, ","), ".")
		poss := strings.HasSuffix(strings.ToLower(m), "'s")
		if poss {
			m = m[:len(m)-2]
		}
		if seasonSpan(m) || modelCode(m) {
			out = append(out, qword{w: m, comma: comma, dash: dash}) // "2013-14": a season, no count of 14
			continue
		}
		// The parts of "five-hour", the last one ending the word.
		for m != "" {
			p, rest, hyphen := strings.Cut(m, "-")
			if n, u := gluedUnit(p); u != "" {
				out = append(out, qword{w: n}) // "200km" is "200 km"
				p = u
			}
			if p != "" {
				last := !hyphen
				q := qword{w: strings.ToLower(p), joined: !last, comma: comma && last, poss: poss && last, dash: dash && last}
				if r, _ := utf8.DecodeRuneInString(p); unicode.IsUpper(r) {
					q.upper = p
				}
				if q.w != p {
					q.cased = p
				}
				out = append(out, q)
			}
			m = rest
		}
	}
	for i := range out {
		switch out[i].w {
		case "pay":
			// A payment as a verb only: "agreed to pay", "will pay";
			// "$41 million in performance pay" is wages.
			out[i].figure = i == 0 || !beforeVerbs[out[i-1].w]
		case "paid":
			// "paid sick days", "paid leave": a kind of leave, no payment.
			out[i].figure = i+1 < len(out) && paidThings[out[i+1].w]
		case "trial", "trials":
			// "a free trial", "a free 7-day trial", "clinical trials": no court's.
			out[i].figure = anyWithin(out, i-3, i, trialKinds)
		case "flight", "flights":
			// "top-flight clubs", "in-flight wifi": no flight flown.
			out[i].figure = i > 0 && out[i-1].joined
		case "hearing":
			// "after hearing these rumors": listening, no court's hearing.
			out[i].figure = i > 0 && gerundBefore[out[i-1].w]
		case "burst":
			// "burst its banks" floods; "gunmen burst into the hall" does not.
			out[i].figure = !anyWithin(out, i+1, i+4, burstThings)
		case "sale":
			// "tickets go on sale Friday", "on sale for $29": no deal.
			out[i].figure = i > 0 && out[i-1].w == "on"
		case "talk":
			// "20 hours of talk time": a phone's, no talks.
			out[i].figure = i+1 < len(out) && out[i+1].w == "time"
		case "appearance":
			// "a court appearance" is a hearing; a campaign's or a
			// stage's is not.
			out[i].figure = i == 0 || out[i-1].w != "court"
		case "visit", "visits":
			// "fans visit the memorial", "a visit to the museum": no one
			// met.
			out[i].figure = anyWithin(out, i+1, i+4, visitedPlaces)
		case "launch", "launches", "launched":
			// "The bank launches a probe": no rocket's launch.
			out[i].figure = anyWithin(out, i+1, i+4, launchedThings)
		case "death":
			// "the death penalty", "death threats": no one died.
			out[i].figure = i+1 < len(out) && deathModified[out[i+1].w]
		case "penalty":
			// "the death penalty" is no fine; "a penalty kick" none either.
			out[i].figure = i > 0 && out[i-1].w == "death" || i+1 < len(out) && penaltyPlays[out[i+1].w]
		case "round", "rounds":
			// "fired eight rounds": shots, "round-the-clock" a time, and
			// "the third round" a contest's; "a second round of tariffs"
			// no talks. "Three rounds of talks" and "the third round of
			// coalition talks" are meetings.
			if i+1 < len(out) && out[i+1].w == "of" {
				out[i].figure = true
				for k := i + 2; k < min(len(out), i+5); k++ {
					if eventClass[out[k].w] == "meeting" {
						out[i].figure = false
					}
				}
			} else {
				// "the third round", "the third qualifying round"
				counted := func(k int) bool {
					_, ordinal := ordinalWords[out[k].w]
					return isNumber(out[k].w) || ordinal
				}
				out[i].figure = out[i].joined || i > 0 && counted(i-1) || i > 1 && counted(i-2)
			}
		case "call", "calls":
			// Leaders meet in a phone call; "the call for backup", "his
			// call on Friday" (a demand), "received a call" (an alarm)
			// and "did not return a phone call" (a reporter's) are none.
			talk := i > 0 && (callKinds[out[i-1].w] || units[out[i-1].w].kind == Duration || digits(out[i-1].w) && out[i-1].w != "911") || // "a 90-minute call", "the July 25 call"
				i+1 < len(out) && (out[i+1].w == "with" || out[i+1].w == "between") // "a call with Zelensky"
			out[i].figure = !talk || i > 2 && strings.HasPrefix(out[i-3].w, "return")
		case "prison", "jail":
			// "prison officers were charged": who works there, no sentence;
			// nor is "the Volusia County Branch Jail", a place.
			out[i].figure = i+1 < len(out) && prisonStaff[out[i+1].w] ||
				out[i].upper != "" && i > 0 && out[i-1].upper != "" && !text.StopWord(out[i-1].w)
		case "fire":
			// "opened fire", "can fire eight rounds": shooting, no blaze.
			out[i].figure = i > 0 && (beforeVerbs[out[i-1].w] || out[i-1].w == "opened" || out[i-1].w == "open" || out[i-1].w == "returned")
		}
		// "the 24th and Mission BART station", "the Fire Department": a
		// word of a longer name names no event, unless it is a storm's
		// ("after Storm Orla dumped…").
		if out[i].upper != "" && i > 0 && i+1 < len(out) && out[i+1].upper != "" && eventClass[out[i].w] != "storm" {
			out[i].figure = true
		}
		if out[i].upper != "" && i+1 < len(out) && digits(out[i+1].w) && !out[i].joined {
			out[i].figure = true // "Flight 370", a name: no flight's figures are near it
		}
	}
	return out
}

// labelNouns before a number make it a label, no count of what follows:
// "type 2 diabetes", "stage 3 cancer patients", "Route 66 runs west".
var labelNouns = wordSet(`type types stage stages grade phase level category class tier route highway interstate size
model version room gate platform chapter section season episode round`)

// labelled reports a number written after a label's noun ("type 2
// diabetes"), or joined to one so written ("his Class 10 and 12 exam
// certificates"): a label, no count.
func labelled(ws []qword, i int) bool {
	if !digits(ws[i].w) {
		return false
	}
	k := i - 1
	for k >= 1 && (ws[k].w == "and" || ws[k].w == "or") && digits(ws[k-1].w) {
		k -= 2
	}
	return k >= 0 && labelNouns[ws[k].w] && !ws[k].comma
}

// extremes after a span make it the time since a value was last as low
// or as high.
var extremes = wordSet("low lows high highs")

// modelCode reports a model's number, "777-200", or a score, "2-1" or
// "3-3": a number after a larger or equal one is no range, and it counts
// nothing.
func modelCode(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || a == "" || b == "" || !isDigit(a[0]) || !isDigit(b[0]) || !digitsPattern.MatchString(a) || !digitsPattern.MatchString(b) || strings.Contains(a+b, ",") {
		return false
	}
	x, _ := strconv.Atoi(a)
	y, _ := strconv.Atoi(b)
	return y <= x
}

// gluedUnit splits a figure written with its unit: "200km", "2,500km",
// "30mins". (Not "5m", which is as often millions.)
func gluedUnit(w string) (number, unit string) {
	i := strings.IndexFunc(w, unicode.IsLetter)
	if i <= 0 || !digitsPattern.MatchString(w[:i]) || units[strings.ToLower(w[i:])].kind == "" && !wattSymbols[w[i:]] {
		return "", ""
	}
	return w[:i], w[i:]
}

// wattSymbols are the symbols of power glued to a figure: "16.8mW".
var wattSymbols = map[string]bool{"kW": true, "KW": true, "MW": true, "mW": true, "GW": true}

// isNumber reports a figure or a number word ("8", "eight").
func isNumber(w string) bool {
	_, word := numberWords[w]
	return word || w != "" && isDigit(w[0])
}

var trialKinds = wordSet("free clinical drug vaccine field beta")

// anyWithin reports a word of ws[from:to], clipped to ws, in set.
func anyWithin(ws []qword, from, to int, set map[string]bool) bool {
	for k := max(0, from); k < min(len(ws), to); k++ {
		if set[ws[k].w] {
			return true
		}
	}
	return false
}

// callKinds make a call two parties' talk.
var callKinds = wordSet("phone telephone video conference")

// gerundBefore are the words after which "hearing" is a verb.
var gerundBefore = wordSet("after before upon on while without since from by")

// burstThings are what bursts in a flood.
var burstThings = wordSet("bank banks dam dams levee levees main mains pipe pipes")

// launchedThings are launched without leaving the ground.
// visitedPlaces after "visit" make it a trip to a place, no meeting.
var visitedPlaces = wordSet(`memorial memorials museum museums grave graves shrine site sites hospital zoo park cemetery
church temple mosque exhibit exhibition gallery monument tomb store shop restaurant farm factory plant mall`)

var launchedThings = wordSet("probe probes investigation investigations inquiry review campaign campaigns bid appeal initiative contest competition challenge attack attacks offensive website site app lawsuit effort program programme service business company brand line")

var beforeVerbs = wordSet("to will would must could should can may might shall did does do not never")

// qwordStrings yields the words of s as quantities read them: currency and
// percent signs alone, and words with inner apostrophes, periods, commas
// and hyphens ("1,200", "U.S.", "five-hour"), and times ("10:30").
func qwordStrings(s string) iter.Seq2[string, bool] {
	return func(yield func(string, bool) bool) {
		start := -1
		for i, r := range s {
			in := unicode.IsLetter(r) || unicode.IsDigit(r) ||
				(r == ':' || r == '/') && start >= 0 && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) // "10:30", "1/2", "9/11"
			if start >= 0 && !in && !strings.ContainsRune("'.,-", r) {
				if !yield(s[start:i], dashAt(s[i:])) {
					return
				}
				start = -1
			}
			switch {
			case start < 0 && in:
				start = i
				if a, n := utf8.DecodeLastRuneInString(s[:i]); unicode.IsDigit(r) && (a == '\'' || a == '’') && !wordRuneBefore(s[:i-n]) {
					start = i - n // "the '13 event", "the ’90s": a year, no number
				}
			case start < 0 && strings.ContainsRune("$€£%", r):
				if !yield(s[i:i+utf8.RuneLen(r)], false) {
					return
				}
			}
		}
		if start >= 0 {
			yield(s[start:], false)
		}
	}
}

// deathModified are nouns "death" qualifies without anyone's dying.
var deathModified = wordSet("penalty row certificate certificates threat threats sentence sentences squad squads wish metal")

// penaltyPlays are nouns a game's "penalty" qualifies: no fine.
var penaltyPlays = wordSet("kick kicks shootout area box")

// dashAt reports a dash opening s, after any spaces: one end of an aside
// ("— carried out the day of his death —") or a break in the sentence.
func dashAt(s string) bool {
	s = strings.TrimLeft(s, " ")
	return strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "--")
}

// wordRuneBefore reports whether s ends in a letter or digit.
func wordRuneBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// number reads a number starting at ws[i]: digits, number words and their
// compounds ("twenty-five", "3 million"). It returns the value and the index
// after it.
func number(ws []qword, i int) (float64, int, bool) {
	w := ws[i].w
	var v float64
	switch {
	case len(w) > 1 && w[0] == '0' && isDigit(w[1]):
		return 0, i, false // "0005087", "Duck 07": a code's digits
	case w == "dozen" && i > 0 && (ws[i-1].w == "several" || ws[i-1].w == "few" || ws[i-1].w == "many"):
		return 0, i, false // "several dozen migrants", as "several hundred": no figure
	case w == "dozen" && i > 0 && (ws[i-1].w == "half" || i > 1 && ws[i-1].w == "a" && ws[i-2].w == "half"):
		v = 6 // "a half-dozen guards", "half a dozen eggs"
	case digits(w):
		f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil {
			return 0, i, false
		}
		v = f
	case numberWords[w] >= 2 && w != "hundred" && w != "thousand" && w != "million" && w != "billion" && w != "couple",
		w == "one":
		v = numberWords[w]
	case fraction(w) > 0:
		v = fraction(w) // "1/2 cup"
	default:
		return 0, i, false
	}
	j := i + 1
	for j < len(ws) && !ws[j-1].comma {
		n := numberWords[ws[j].w]
		switch {
		case j == i+1 && v == math.Trunc(v) && fraction(ws[j].w) > 0:
			v += fraction(ws[j].w) // "5 1/2 years"
		case ws[j].w == "and" && j+2 < len(ws) && ws[j+1].w == "a" && ws[j+2].w == "half" && ws[j].upper == "" && v == math.Trunc(v):
			v += 0.5 // "three and a half hours", not "Two And A Half Men"
			j += 2
		case ws[j].w == "hundred" || ws[j].w == "thousand" || ws[j].w == "million" || ws[j].w == "billion" || ws[j].w == "trillion":
			v *= n
		case ws[j].w == "dozen" || ws[j].w == "dozens":
			v *= 12 // "two dozen staffers"
		case v >= 20 && v < 100 && int(v)%10 == 0 && n > 0 && n < 10 && (ws[j-1].joined || j == i+1 && !digits(w)):
			v += n // "twenty-five", "thirty three"
		default:
			return v, j, true
		}
		j++
	}
	return v, j, true
}

// fraction reads a common fraction ("1/2", "3/4"), zero for anything
// else: "9/11" and "24/7" name things, and dates have slashes too.
func fraction(w string) float64 {
	a, b, ok := strings.Cut(w, "/")
	if !ok || len(a) != 1 || len(b) != 1 || !isDigit(a[0]) || !isDigit(b[0]) {
		return 0
	}
	n, d := float64(a[0]-'0'), float64(b[0]-'0')
	if (d != 2 && d != 3 && d != 4 && d != 8) || n < 1 || n >= d {
		return 0
	}
	return n / d
}

// Plural is the plural of a unit or counted noun.
func Plural(w string) string {
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "S") || people[w] {
		return w
	}
	if n := len(w); n > 2 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])) {
		return w[:n-1] + "ies" // "centuries"
	}
	return w + "s"
}

// withoutQuotes puts " ; " for each quoted passage of s.
func withoutQuotes(s string) string {
	var b strings.Builder
	for strings.Count(s, `"`) >= 2 {
		i := strings.IndexByte(s, '"')
		j := i + 1 + strings.IndexByte(s[i+1:], '"')
		b.WriteString(s[:i])
		b.WriteString(" ; ")
		s = s[j+1:]
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s)
	return b.String()
}

// withoutConversions drops a measure restated in another unit in brackets
// after the first: "130 kilometers (81 miles)", "an 18-meter (60-foot)
// submarine". The two are one figure, and the second only the first
// rounded. A note's number in brackets goes too ("a decline (42),
// remains"): it counts nothing.
func withoutConversions(s string) string {
	for from := 0; ; {
		i := strings.IndexByte(s[from:], '(')
		if i < 0 {
			return s
		}
		i += from
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s
		}
		j += i
		from = i + 1
		before := strings.TrimRight(s[:i], " ")
		if notes.MatchString(s[i+1 : j]) {
			s = before + s[j+1:]
			from = len(before)
			continue
		}
		last := strings.ToLower(before[strings.LastIndexAny(before, " -")+1:])
		if _, u := gluedUnit(last); u != "" {
			last = u // "2,500km (1,560 miles)"
		}
		if multipliers[last] != 0 {
			// "€110 billion ($146 billion)": the sum's first word says whose money
			words := strings.Fields(before)
			if len(words) > 1 {
				last = words[len(words)-2]
			}
		}
		r, _ := utf8.DecodeRuneInString(last)
		money := currencyWords[last] != "" || currency[string(r)] != "" // "1 trillion riyals ($267 billion)", "£20 ($25)"
		if units[last].kind == "" && !money {
			continue
		}
		ws := qwords(s[i+1 : j])
		n := 0
		if len(ws) > 0 && !isNumber(ws[0].w) && qualifierBefore(ws, 1) != "" {
			n = 1 // "(about 19 miles)"
		}
		if n >= len(ws) {
			continue
		}
		if money && (last == "pounds" || last == "pound") && n < len(ws) && isNumber(ws[n].w) {
			money = false // "440 pounds (200 kilograms)": pounds that weigh
		}
		if money {
			if n+1 < len(ws) && len(ws[n].w) <= 2 && currency[ws[n+1].w] != "" {
				n++ // "(US$154 million)", "(C$20)"
			}
			if currency[ws[n].w] != "" && n+1 < len(ws) {
				if _, k, ok := amount(ws, n+1); ok && k == len(ws) {
					s = before + s[j+1:]
					from = len(before)
				}
			}
			continue
		}
		if _, k, ok := number(ws, n); ok && k < len(ws) {
			if u, end := unitAt(ws, n, k); u.kind == "" || end+1 != len(ws) {
				continue
			}
			s = before + s[j+1:]
			from = len(before)
		}
	}
}

// notes are the numbers of notes or references: "42", "19,20", "3–5".
var notes = regexp.MustCompile(`^\d{1,3}(?:[,–-] ?\d{1,3})*$`)

// quantities finds the quantities of one sentence. Numbers inside quotes
// are figures of speech more often than claims ("in one day than in ten
// years"), so quoted words are left out.
func quantities(sent int, s string) []Quantity {
	ws := qwords(withoutConversions(withoutQuotes(s)))
	var out []Quantity
	for i := 0; i < len(ws); i++ {
		if i == 0 && listNumber(ws) {
			continue
		}
		w := ws[i].w
		n, ok := ordinalWords[w]
		if !ok {
			n, ok = ordinalDigits(w)
		}
		if ok && i > 0 && titled(ws[i].upper) && i+1 < len(ws) && titled(ws[i+1].upper) {
			continue // "the Fourth Energy Development Plan", "First Lady": a word of a name
		}
		if ok {
			if m := dateMonth(ws, i, i+1); m >= 0 && unicode.IsDigit(rune(w[0])) {
				out = append(out, date(ws, sent, i, m, float64(n), 0)...) // "March 5th", "5th March"
			} else if class := ordinalEvent(ws, i+1); class != "" && class != "toll" && class != "injured" {
				// "a fourth death", "a fourth was shot dead": one more of the
				// dead, no event's number
				out = append(out, Quantity{Sentence: sent, Kind: Ordinal, Unit: "ordinal", Value: float64(n), Base: float64(n), Subject: class})
			}
			continue
		}
		if weekdays[w] {
			// "said on Tuesday" dates a statement, not the event.
			// A day with no event named is kept without a subject: the
			// story's other values tell what it is of.
			if !statementDay(ws, i) && !dayOfName(ws, i) && !daySpan(ws, i) {
				class := ""
				if k := nearestAt(ws, i, 6, 6, func(k int) bool {
					return fits(Weekday)(ws[k].class()) && !datedApart(ws, k, i) && !urgedAfter(ws, i, k)
				}); k >= 0 {
					if h := headOf(ws, k); h < i && fits(Weekday)(ws[h].class()) {
						k = h
					}
					class = ws[k].class()
				}
				if class == "deal" && !dealNamed(ws, i) {
					class = "" // "a signal was acquired on Sunday": buying verbs date no deal
				}
				if ws[i].poss {
					class = eventAhead(ws, i+1, 2) // "Monday's earthquake"
				}
				out = append(out, Quantity{Sentence: sent, Kind: Weekday, Unit: "day", Day: strings.ToUpper(w[:1]) + w[1:], Subject: class})
			}
			continue
		}
		if currency[w] != "" && i+1 < len(ws) {
			if v, j, ok := amount(ws, i+1); ok {
				q := Quantity{Sentence: sent, Kind: Money, Unit: currency[w], Value: v, Qualifier: qualifierBefore(ws, i)}
				if j < len(ws) {
					if lo, hi, k, ok := numberRange(ws, i, v, j, amount); ok {
						q.From, q.Value, j = lo, hi, k // "$3 million to $4 million", "$3-4 million"
					}
				}
				q.Base = q.Value
				q.Subject, q.Noun = moneyOf(ws, i, j)
				if rate(ws, j) {
					// "paid less than $5 an hour", "$54.23 per barrel": a
					// rate, no deal's amount
					q.Subject, q.Noun, q.Per, q.What = "", "", perUnit(ws, j), moneyName(ws, i, j)
				} else if q.Subject == "" {
					q.What = moneyName(ws, i, j)
				}
				out = append(out, q)
				i = j - 1
			}
			continue
		}
		v, j, ok := number(ws, i)
		if !ok {
			continue
		}
		if i > 0 && (ws[i-1].w == "per" || ws[i-1].joined && ws[i-1].w == "multi") {
			// "deaths per 100,000 live births": a rate's base, no count;
			// "a multi-trillion-dollar tax": no figure.
			i = j - 1
			continue
		}
		if i > 0 && digits(ws[i].w) && j < len(ws) && titled(ws[j].upper) && !digits(ws[i-1].w) && wordNumber(ws, i-1) {
			i = j - 1 // "five 787 Dreamliner sales": a model's number after the count
			continue
		}
		if k := ratioEnd(ws, i, v, j); k > 0 {
			i = k - 1 // "one in five children": a share, no count of five
			continue
		}
		if i > 0 && titled(ws[i].upper) && !digits(ws[i].w) && (titled(ws[i-1].upper) && !ws[i-1].comma ||
			j+1 < len(ws) && titled(ws[j].upper) && titled(ws[j+1].upper)) {
			i = j - 1 // "Peace One Day", "Formula One", "the Six-Day War": a word of a name; not "HEARD THREE SHOTS"
			continue
		}
		from := 0.0
		if j < len(ws) {
			if lo, hi, k, ok := numberRange(ws, i, v, j, number); ok {
				from, v, j = lo, hi, k
			}
		}
		if m := dateMonth(ws, i, j); m >= 0 {
			// "died April 19", "on 19 April": a date, of the event near it.
			out = append(out, date(ws, sent, i, m, v, from)...)
			i = j - 1
			continue
		}
		if j >= len(ws) {
			// A number ending the sentence after the harm it counts:
			// "killed 129 people and injured 352."; not "died at 42".
			if b := wordBefore(ws, i); b >= 0 && ws[b].class() != "" && !year(ws[i].w, v) {
				if q, ok := harmed(ws, sent, i, v, from); ok {
					out = append(out, q)
				}
			}
			continue
		}
		if clock[ws[j].w] {
			i = j // "about 10 a.m. police found": a time, not a count
			continue
		}
		if fractions[ws[j].w] {
			i = j // "two-thirds of the waste": a share, no count
			continue
		}
		if ws[i].w == "911" && emergencyWords[ws[j].w] {
			i = j - 1 // "911 tapes": the emergency number, not a count
			continue
		}
		if (year(ws[i].w, v) || oldYear(ws, i, v, j)) && units[ws[j].w].kind == "" {
			i = j - 1 // a year
			continue
		}
		if i > 0 && (ws[i-1].w == "the" || ws[i-1].w == "these" || ws[i-1].w == "those") && units[ws[j].w].kind == "" {
			i = j - 1 // "the two countries" refers to known things; it counts nothing
			continue
		}
		if i > 1 && timeFrame[ws[i-1].w] && determiners[ws[i-2].w] && units[ws[j].w].kind == Duration {
			i = j - 1 // "in the past three years" is a period of time, not the length of anything
			continue
		}
		if b := wordBefore(ws, i); units[ws[j].w].kind == Duration && (i > 2 && (ws[i-1].w == "next" || ws[i-1].w == "coming") && ws[i-2].w == "the" && (windowWords[ws[i-3].w] || ws[i-3].w == "over" && figureBefore(ws, i-3)) ||
			b >= 0 && ws[b].w == "within" && !apart(ws, j)) {
			i = j - 1 // "a tremor during the next three days", "hypertension within four years", "$40 million over the next five years": when, not how long
			continue
		}
		q := Quantity{Sentence: sent, Value: v, From: from, Qualifier: qualifierBefore(ws, i)}
		adjectival := ws[j-1].joined // "five-hour talks"
		if ws[j-1].comma {
			// A number closing its phrase: "the toll has risen to 14, police said".
			if q, ok := harmed(ws, sent, i, v, from); ok {
				out = append(out, q)
			}
			i = j - 1
			continue
		}
		u, end := unitAt(ws, i, j)
		if u.kind == "" && end > j {
			i = end // "90 miles per gallon": a rate of no kind read here
			continue
		}
		if u.kind == "" && j+1 < len(ws) && !ws[i].joined && units[ws[j+1].w].kind == Duration && (v == 1 || endsPlural(ws[j+1].w)) && unitModifier(ws[j]) {
			u, end = units[ws[j+1].w], j+1 // "48 additional minutes", "ten horrific minutes"
		}
		if u.kind != "" {
			j = end
			if u.kind == Duration && j+1 < len(ws) && (ws[j+1].w == "old" || ws[j+1].w == "olds" || j+2 < len(ws) && ws[j+1].w == "of" && ws[j+2].w == "age" && !ws[j+2].joined) {
				i = j // "a 37-year-old man", "15 years of age": an age, not a length
				continue
			}
			if u.kind == Duration && v != 1 && !endsPlural(ws[j].w) && !ws[j].comma {
				adjectival = true // "a 10 year battle": a unit in the singular after a plural figure qualifies a noun
			}
			if (u.name == "year" || u.name == "month") && i > 0 && (ws[i-1].w == "at" || ws[i-1].w == "aged") && !ws[i-1].comma {
				i = compound(ws, j, &Quantity{Unit: u.name}) // "at 33 years and 131 days", "aged 40 years": an age
				continue
			}
			if u.kind == Duration && ws[i].joined && j+1 < len(ws) && extremes[ws[j+1].w] {
				i = j // "a three-decade low", "a four-year high": a comparison, not a length
				continue
			}
			if u.kind == Duration && offset(ws, i, j) {
				i = j // "five years ago", "one day before the execution": when, not how long
				continue
			}
			if u.kind == Duration && titled(ws[j].upper) && !ws[j-1].joined && sentenceCase(ws) {
				i = j // "the 60 Minutes season", "Vermont's Seven Days": a name, not a length
				continue
			}
			if u.kind == Duration && i > 0 && ws[i-1].w == "every" {
				i = j // "one out of every two years", "once every 100 years": how often, not how long
				continue
			}
			if ws[i].joined && (u.name == "inches" || u.name == "cm" || u.name == "mm") {
				i = j // "the 13-inch model", "a 35-mm camera": a kind of thing, not a size anyone reports
				continue
			}
			if u.kind == Distance && j+1 < len(ws) && arms[ws[j+1].w] {
				i = j // "a 9mm handgun", "155mm shells": a calibre, not a distance
				continue
			}
			if u.kind == Duration && j+2 < len(ws) && !ws[j].comma && (ws[j+1].w == "a" || ws[j+1].w == "an" || ws[j+1].w == "per") && periods[ws[j+2].w] &&
				(j+3 == len(ws) || !sinceWords[ws[j+3].w]) { // not "two days a week ago"
				i = j // "seven days a week", "crying more than 3 hours a day": how often, not how long
				continue
			}
			if u.name == "point" && j+1 < len(ws) && ws[j+1].w == "scale" {
				i = j // "the index's 100-point scale" measures nothing
				continue
			}
			if v == 1 && ws[i].w == "one" && !ws[i].joined && (u.name == "day" && (i == 0 || someDay[ws[i-1].w]) || u.name == "point" && i > 0 && ws[i-1].w == "at") {
				i = j // "may one day be used", "One day, …", "at one point": when, not how long or how many
				continue
			}
			q.Kind, q.Unit, q.Base = u.kind, u.name, v*u.base
			if from == 0 {
				j = andSmaller(ws, j, &q) // "6 feet 4 inches", "6-foot-4"
			}
			if u.kind == Weight && j+1 < len(ws) && !ws[j].comma {
				switch {
				case ws[j+1].w == "per":
					q.Per = perUnit(ws, j+1) // "7.3 nanograms per milliliter": a concentration
				case units[ws[j+1].w].kind == Volume:
					q.Per, j = ws[j+1].w, j+1 // "2 ng/ml"
				}
			}
			if (u.kind == Weight || u.kind == Volume) && q.Per == "" {
				if of := phraseAfter(ws, j+1, "of"); of != "" {
					q.What = measureOf(u.kind, of) // "450 gigatons of carbon", "300 gallons of oil"
				}
			}
			if u.kind == Percent {
				q.What = percentName(ws, i, j)
				q.Holder = holderOf(ws, i, j)
			}
			if adjectival || ws[j].joined {
				k := j + 1
				if k < len(ws) && ws[k].w == "long" && !ws[j].comma {
					k++ // "a 45 minute-long set", "a 4-hour long test"
				}
				q.Subject = eventAhead(ws, k, 3)
				if q.Subject == "" {
					q.Subject, q.Noun = qualified(ws, k)
				}
				if q.Kind == Duration && strings.Contains(q.Noun, "anniversary") {
					i = j // "the couple's two-year wedding anniversary": which one, as "second anniversary" is, no length
					continue
				}
				// Still the noun's, to tell one veteran or device from another.
				head := q.Noun[strings.LastIndexByte(q.Noun, ' ')+1:]
				if t := tenure(head); q.Kind == Duration && t != "" {
					q.What = t // "a 10-year veteran of the force", "a 20-year police veteran"
				} else if q.Kind == Duration && lives[q.Noun] {
					q.What = q.Noun + " life" // "an 11-hour battery"
				} else if q.Kind == Duration && head == "life" && lives[strings.TrimSuffix(q.Noun, " life")] {
					q.What = q.Noun // "a 10-hour battery life"
				} else if q.Kind == Duration && runningTime(ws, j+2) {
					q.Subject, q.Noun, q.What = "", "", "running time" // "the film's 143-minute running time"
				}
			}
			if q.Kind == Duration && q.Subject == "" && j+1 < len(ws) && ws[j+1].w == "off" {
				q.What = "time off" // "to take 14 days off work", of no meeting named before
			}
			if q.Subject == "" && j+2 < len(ws) && ws[j+1].w == "of" {
				q.Subject = eventAhead(ws, j+2, 2) // "six hours of talks"
			}
			if q.Kind == Distance && q.Subject == "" {
				q.What = distanceName(ws, i, j) // "a cruising altitude of 10,700 metres", "2,300km from Perth"
			}
			if q.Kind == Speed && windy(ws, i) {
				q.What = "wind speed" // "winds of 120 km/h", "gusting to 40 knots"
			}
			if q.Kind == Distance && q.Compound && q.What == "" {
				q.Subject, q.Noun, q.What = "", "", "height" // "the 7-foot-1 Spaniard": feet and inches give heights
			}
			if q.Kind == Duration && q.Subject == "" && deadline(ws, i, j) {
				q.What = "deadline" // "has 10 days to appeal", "gave them 48 hours to leave"
			}
			// A value its sentence names ("time off", "a cruising altitude")
			// is no nearby event's; nor is "20 cm" a flight's distance, "75
			// grams" a launch's weight, or a volume, a power or a
			// temperature any event's, though a flight or a launch is named
			// near them.
			// A share its sentence names otherwise than as a share of
			// something ("a 5 percent discount", "a rise in sales") is no
			// nearby event's either.
			ofEvent := q.Kind == Percent && (q.What == "" || strings.HasPrefix(q.What, "percentage of ")) ||
				q.What == "" && (!measured(q.Kind) || q.Kind == Area || q.Kind == Distance && u.base >= 1)
			if q.Subject == "" && ofEvent {
				back := 10
				if q.Kind == Duration {
					back = durationReach(ws, i)
				}
				if q.Kind == Duration && phraseAfter(ws, j+1, "of") != "" {
					// "three days of official mourning" are the mourning's,
					// not a meeting's named a clause before; "Storm Orla
					// dumped two days of rain" the storm's.
					back = min(back, 4)
				}
				q.Subject = nearest(ws, i, back, 6, fits(q.Kind))
				if q.Kind == Percent && q.Subject == "deal" && !dealNamed(ws, i) {
					q.Subject = "" // "the campaign's television buy has dropped 35%": buying names no deal a share is of
				}
			}
			if q.Kind == Duration && q.Subject == "" && q.What == "" {
				q.What = durationName(ws, i, j)
			}
			if q.Kind == Duration && from == 0 {
				j = compound(ws, j, &q) // "two hours, 21 minutes and 9 seconds"
				if (q.Subject == "meeting" || q.Subject == "conference" || q.Subject == "vote") && q.Base > maxMeeting {
					q.Subject = "" // "after 40 years of talk": how long it went on, no meeting's length; "served 14 years", no vote's
				}
				if q.Subject == "sentence" && q.Base < 86400 {
					q.Subject = "" // "spent two hours inside the prison complex": a visit, no term served
				}
				if b := wordBefore(ws, i); q.Subject == "sentence" && b >= 0 && (spending[ws[b].w] || servingVerbs[ws[b].w]) {
					// "after spending more than two years in prison": the
					// time served, which is no rival to the sentence given
					q.Subject, q.What = "", "time served"
				}
			}
		} else if sym := currencyWords[ws[j].w]; sym != "" || cents[ws[j].w] != "" && v >= 1 {
			// "11.5 billion euros": money, as "€11.5 billion" is; "10
			// cents" as "$0.10".
			if sym == "" {
				sym, v = cents[ws[j].w], math.Round(v*1e4)/1e6
				q.Value = v
			}
			q.Kind, q.Unit, q.Base = Money, sym, v
			q.Subject, q.Noun = moneyOf(ws, i, j+1)
			if q.Subject == "" {
				q.What = moneyName(ws, i, j+1)
			}
		} else if noun, k := countedNoun(ws, j); noun != "" && (v != 1 || casualties[noun]) && !(k > j && (modelNames[ws[j].w] && ws[j].upper != "" || ws[j-1].joined)) &&
			!(ws[j-1].joined && kindsByNumber[strings.TrimSuffix(noun, "s")]) && // "two 18-wheelers": trucks, not 18 of anything
			!(i > 1 && ws[i-1].upper != "" && !ws[i-1].comma && !ws[i-1].poss && (digits(ws[i].w) || fraction(ws[i].w) > 0) && q.Qualifier == "") &&
			!labelled(ws, i) && !statistic(ws, k+1) && !sourcesAfter(ws, k+1) && !sourcesBefore(ws, i) && !likened(ws, i) {
			// "one election" is no figure to check; "one dead" is, but
			// not "one police station" or "number-one reason women"; "6 Plus
			// units" are a model's, not six, and "13-inch models" of a
			// size, not 13; "Fortune 100 brands" and "Apollo 11
			// astronauts" a name's number; "0.14 fatal accidents per
			// million takeoffs" a statistic.
			q.Kind, q.Unit, q.Base = Count, noun, v
			if k > j && !ws[k-1].joined {
				q.Modifier = cmp.Or(ws[j].cased, ws[j].w) // "716,704 black Williamses", "two Afghan homes", "71 million iPhone models"
			} else if i > 0 && (ws[i-1].w == "another" || ws[i-1].w == "further") {
				q.Modifier = ws[i-1].w // "another 22 countries": more, not all
			}
			// "419 Republicans", not a title's "12 People Die" nor a
			// shout's "HEARD THREE SHOTS".
			shout := ws[i].upper != "" && !titled(ws[i].upper) // "THREE SHOTS", not "9 CLPS"
			if !people[noun] && (k+1 == len(ws) || ws[k+1].upper == "") && !shout {
				q.Written = ws[k].upper
			}
			if k > j && ws[k-1].joined && ws[k-1].upper != "" && !shout {
				q.Written = ws[k-1].upper + "-" + ws[k].w // "K-9s"
			}
			if !ws[k].figure { // "fired eight rounds": shots, no talks
				q.Subject = eventClass[noun]
			}
			if q.Subject == "" && (people[noun] || modifiers[ws[k-1].w] && personPlural(noun)) { // "police officers" are people as "police" are
				// What happened to them is said after: "12 people died",
				// "six dead, 19 people were wounded", "five people remain
				// in hospital with injuries"; else before: "the toll rose
				// to 14 people".
				if fates[noun] {
					q.Subject = noun // "about 500 missing"
				} else if i > 0 && accused[ws[i-1].w] {
					// "arresting 14 people, and sparking protests": the
					// arrested, of no event named near
					q.Subject = held[ws[i-1].w]
				} else if b := wordBefore(ws, i); b >= 0 && befell[ws[b].w] != "" && !ws[b].comma {
					q.Subject = befell[ws[b].w] // "infected about 30,000 people", "evacuating 5,000 residents"
				} else if f := fateAfter(ws, k+1); f != "" {
					q.Subject = f // "10,700 people are missing with many feared dead"
				} else if q.Subject = sufferedAhead(ws, j+1, 6); q.Subject == "" {
					q.Subject = nearestEvent(ws, i, 4, 0)
				}
				if q.Subject == "" && aboard(ws, k+1) {
					q.Subject = "aboard" // "with 239 people aboard", unless they were killed or hurt
				}
				if b := wordBefore(ws, i); b >= 0 && killing[ws[b].w] && !ws[b].comma {
					q.Subject, q.Unit = "toll", "dead" // "killing nine people", "killed at least 129 people"
					if v2, end, ok := moreDead(ws, k); ok && from == 0 {
						q.Value, q.Base, j = q.Value+v2, q.Base+v2, end // "killed eight men and three women": a toll of 11
					}
				}
			}
			if b := wordBefore(ws, i); noun == "lives" && b >= 0 && takingLives[ws[b].w] && !ws[b].comma {
				q.Subject, q.Unit = "toll", "dead" // "claimed 12 lives", "taking at least 21 lives"
			}
			if q.Subject == "" {
				q.Subject = text.Stem(noun)
			}
			if i > 1 && ws[i-1].w == "of" && bands[ws[i-2].w] && ws[i-2].upper == "" && !ws[i-2].comma {
				// "a group of four runners": not all the race's runners
				// ("a team of 180 emergency workers" is all there are; "the
				// Group of Seven" a name)
				q.What = "size of the " + ws[i-2].w
			}
			if q.Per = perUnit(ws, k+1); q.Per != "" {
				q.Subject = text.Stem(noun) // "167 deaths per 100,000 births": a rate, no toll
			}
		} else {
			i = j - 1
			continue
		}
		out = append(out, q)
		i = j
	}
	return out
}

// likened reports a count a thing is measured against ("the weight
// equivalent of 200 Empire State Buildings or 11 Great Pyramids", "an
// area the size of 40 football fields"): a yardstick, no number of things
// to check. It looks back through the phrase ws[i] is in.
func likened(ws []qword, i int) bool {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		if ws[k].comma {
			return false
		}
		if (ws[k].w == "of" || ws[k].w == "to") && yardsticks[ws[k-1].w] {
			return true
		}
		if verbLike(ws[k].w) {
			return false // "… the size of 40 football fields and destroyed 12 homes"
		}
	}
	return false
}

var yardsticks = wordSet("equivalent equal size")

// moreDead reads the people killed that "and" adds to a toll counted
// just before ws[k+1] ("eight men and three women") and returns how many
// and the index of their noun.
func moreDead(ws []qword, k int) (float64, int, bool) {
	if k+2 >= len(ws) || ws[k].comma || ws[k+1].w != "and" {
		return 0, 0, false
	}
	v, e, ok := number(ws, k+2)
	if !ok || e >= len(ws) {
		return 0, 0, false
	}
	if noun, at := countedNoun(ws, e); noun != "" && at == e && (people[noun] || personPlural(noun)) {
		return v, at, true
	}
	return 0, 0, false
}

// fates are what befalls people that is no event's toll: "28 people
// missing" are neither dead nor injured, whatever the sentence says next.
var fates = wordSet("missing unaccounted homeless displaced evacuated stranded hospitalized hospitalised arrested charged infected " +
	"rescued treated exonerated affected employed")

// aboard reports "aboard", "onboard" or "on board" within the three
// words from ws[k]: "162 passengers and crew onboard".
func aboard(ws []qword, k int) bool {
	for n := k; n < min(len(ws), k+3); n++ {
		if ws[n].w == "aboard" || ws[n].w == "onboard" || ws[n].w == "on" && n+1 < len(ws) && ws[n+1].w == "board" {
			return true
		}
		if ws[n].comma {
			break
		}
	}
	return false
}

// befell are the verbs before a count of people that say what befell them,
// as the fate they name.
var befell = map[string]string{"evacuated": "evacuated", "evacuating": "evacuated", "evacuate": "evacuated",
	"displaced": "displaced", "displacing": "displaced", "stranded": "stranded", "stranding": "stranded",
	"infected": "infected", "infecting": "infected", "infects": "infected", "infect": "infected",
	"rescued": "rescued", "rescuing": "rescued", "treating": "treated", "treated": "treated", "treats": "treated",
	"exonerated": "exonerated", "exonerate": "exonerated", "affects": "affected", "affect": "affected", "affecting": "affected",
	"employs": "employed", "employed": "employed", "employing": "employed", "employ": "employed",
	"carrying": "aboard", "carries": "aboard", "ferrying": "aboard"} // "the jet, carrying 239 passengers and crew"

// held are the words for people held by the police, as the fate they
// name: the "detained" are the "arrested", the "indicted" are "charged".
var held = map[string]string{"arrested": "arrested", "arresting": "arrested", "detained": "arrested", "detaining": "arrested", "arrest": "arrested",
	"charged": "charged", "charging": "charged", "indicted": "charged", "netted": "arrested"}

// Fate reports a subject that is what befell the people counted.
func Fate(subject string) bool { return fates[subject] || subject == "aboard" }

// fateAfter is the fate said of people counted just before ws[k]: "are
// missing", "remain unaccounted", "missing".
func fateAfter(ws []qword, k int) string {
	for n := 0; k < len(ws) && n < 5; k, n = k+1, n+1 {
		switch w := ws[k].w; {
		case held[w] != "":
			return held[w] // "have now been charged"
		case fates[w]:
			return w
		case w == "in" && k+2 < len(ws) && ws[k+1].w == "for" && ws[k+2].w == "questioning":
			return "arrested" // "took seven people in for questioning"
		case !linkWords[w]:
			return ""
		}
	}
	return ""
}

// sourcesAfter reports people counted as a report's sources, no news:
// "two people familiar with the talks", "three officials briefed on the
// plan", "two sources with knowledge of it", "three sources close to the
// transition".
func sourcesAfter(ws []qword, k int) bool {
	if k >= len(ws) {
		return false
	}
	switch ws[k].w {
	case "familiar", "briefed":
		return true
	case "with":
		return k+1 < len(ws) && ws[k+1].w == "knowledge"
	case "close":
		return k+1 < len(ws) && ws[k+1].w == "to" && informants[ws[k-1].w] // not "two explosions close to the stadium"
	}
	return false
}

// informants are the people a report may count as its sources.
var informants = wordSet("sources people officials individuals aides diplomats persons insiders")

// sourcesBefore reports a count at ws[i] of a report's sources, by the
// words before it: "according to three individuals who", "citing three
// unidentified sources", "accounts from three people who were there".
func sourcesBefore(ws []qword, i int) bool {
	if i < 1 {
		return false
	}
	switch ws[i-1].w {
	case "citing":
		return true
	case "to":
		return i > 1 && ws[i-2].w == "according"
	case "from":
		return i > 1 && ws[i-2].w == "accounts"
	}
	return false
}

var linkWords = wordSet("are were is was remain remained remains still also now have had been left reported believed put placed under house to")

// rate reports an amount's unit that makes it a rate or a price, starting
// at ws[j]: "an hour", "a share", "per season", "apiece".
func rate(ws []qword, j int) bool {
	if j >= len(ws) {
		return false
	}
	switch ws[j].w {
	case "per", "apiece", "each":
		return true
	case "a", "an":
		return j+1 < len(ws) && rateUnits[ws[j+1].w]
	}
	return false
}

// perUnit is the unit of a rate said after a count: "per second", "a
// season", "each year"; "" for none.
func perUnit(ws []qword, j int) string {
	if j+1 >= len(ws) {
		return ""
	}
	next := ws[j+1].w
	switch ws[j].w {
	case "per":
		if multipliers[next] != 0 || digits(next) {
			// "per 100,000 live births", "per million takeoffs"
			for k := j + 2; k < min(len(ws), j+5); k++ {
				if !allLetters(ws[k].w) {
					break
				}
				if strings.HasSuffix(ws[k].w, "s") {
					parts := make([]string, 0, k-j)
					for _, w := range ws[j+1 : k+1] {
						parts = append(parts, w.w)
					}
					return strings.Join(parts, " ")
				}
			}
			return ""
		}
		if j+2 < len(ws) && adjectival(next) && allLetters(ws[j+2].w) {
			return ws[j+2].w // "per diluted share"
		}
		if allLetters(next) && next != "cent" {
			return next
		}
	case "a", "an", "each":
		if rateUnits[next] || next == "second" || next == "minute" {
			return next
		}
	}
	return ""
}

// statistic reports a count said per so many of something not read:
// "0.14 fatal accidents per million." counts no accidents.
func statistic(ws []qword, j int) bool {
	return j+1 < len(ws) && ws[j].w == "per" && (multipliers[ws[j+1].w] != 0 || digits(ws[j+1].w)) && perUnit(ws, j) == ""
}

func allLetters(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// arms are what a calibre describes.
var arms = wordSet("handgun handguns pistol pistols gun guns rifle rifles shotgun bullet bullets round rounds ammunition cartridge cartridges shell shells semi-automatic semiautomatic luger glock beretta howitzer howitzers cannon mortar mortars grenade grenades caliber calibre")

// periods are what a time is given per when it says how often.
var periods = wordSet("day days week weeks month months year years night weekend")

var sinceWords = wordSet("ago earlier later before after")

var rateUnits = wordSet("hour day night week month year season game share head piece person ticket barrel ounce tonne ton gallon litre")

// titled reports a word written with a capital first, not in capitals
// throughout: a name's word, not a shouted one.
func titled(w string) bool { return w != "" && strings.ToUpper(w) != w }

// ratioEnd reads a share written as a ratio after its first number, which
// ends before ws[j]: "one in five children", "1 in 14 Americans", "one out
// of every two years", "six out of 10 voters". It returns the index after
// the ratio's second number, or 0 when there is none. "Four out of six
// attacks" counts six attacks, so "out of" makes a ratio only with
// "every" or a round 10, 100 or 1,000. The first number, v at ws[i], is
// the smaller and no name's or date's ("the iPhone 4 in 105 countries",
// "April 11 in 150 countries"; a sentence's first word is capitalised
// anyway).
func ratioEnd(ws []qword, i int, v float64, j int) int {
	if ws[j-1].comma || i > 0 && ws[i-1].cased != "" && (i > 1 || ws[i-1].upper == "") {
		return 0
	}
	k, every := j, false
	switch {
	case k+1 < len(ws) && ws[k].w == "in":
		k++
	case k+2 < len(ws) && ws[k].w == "out" && ws[k+1].w == "of":
		k += 2
	default:
		return 0
	}
	if k+1 < len(ws) && ws[k].w == "every" {
		k, every = k+1, true
	}
	m, end, ok := number(ws, k)
	if !ok || m <= v || year(ws[k].w, m) {
		return 0 // "won 3 in 2015"
	}
	if ws[j].w == "out" && !every && m != 10 && m != 100 && m != 1000 {
		return 0
	}
	return end
}

// numberRange reads a range whose first number, v, is ws[i:j]: "three to
// four hours", "10-12 people", "two or three dead", "between 75 and 100",
// "3% to 4%", "2 to 3 million", "$3 million to $4 million". read reads
// each number (a figure, or an amount of money). It returns the range's
// ends and the index after it. "From 5 to 10" is a change, whose value is
// its last, and "won 3-2" a score: no ranges.
func numberRange(ws []qword, i int, v float64, j int, read func([]qword, int) (float64, int, bool)) (lo, hi float64, next int, ok bool) {
	if i > 0 && ws[i-1].w == "from" && (i < 2 || !ranging[ws[i-2].w]) {
		return 0, 0, j, false // "rose from $6 to $12": where a figure moved; "range from $20 to $45" spans
	}
	if i > 0 && ws[i-1].comma && digits(ws[i-1].w) {
		return 0, 0, j, false // "20, 50 or 100 bombs": a list of figures
	}
	k := -1    // where the second number starts
	same := "" // the unit both numbers carry ("3% to 4%"), if any
	switch {
	case ws[j].w == "to" || ws[j].w == "or":
		k = j + 1
		if k+1 < len(ws) && hedges[ws[k].w] {
			k++ // "5 to possibly 12 House seats"
		}
	case ws[j].w == "and" && i > 0 && ws[i-1].w == "between":
		k = j + 1
	case ws[j-1].joined && (digits(ws[j].w) || currency[ws[j].w] != "" && ws[j].w == ws[i].w):
		k = j // "10-12", "$500-$1,000"
	case units[ws[j].w].kind != "" && j+2 < len(ws) && (ws[j+1].w == "to" || ws[j+1].w == "or"):
		k, same = j+2, units[ws[j].w].name
	}
	if k >= 0 && k < len(ws) && currency[ws[k].w] != "" && ws[k].w == ws[i].w {
		k++ // "$3 million to $4 million"
	}
	if k < 0 || k >= len(ws) || ws[j-1].comma {
		return 0, 0, j, false
	}
	hi, next, ok = read(ws, k)
	if !ok || hi <= v || year(ws[i].w, v) && !year(ws[k].w, hi) {
		return 0, 0, j, false // "in 2000 to 14,098 megawatts": a year, then a figure
	}
	if b := wordBefore(ws, i); hi > 3*v && ws[k-1].w != "or" && b >= 0 && (moves[ws[b].w] != "" || ws[b].w == "added" || ws[b].w == "by" && b > 0 && moves[ws[b-1].w] != "") {
		return 0, 0, j, false // "rose $1.30 to $61.95": a rise, then where it ended; "rose 3% to 4%" is a range
	}
	if same != "" && (next >= len(ws) || units[ws[next].w].name != same) {
		return 0, 0, j, false
	}
	// "2 to 3 million": the first number takes the second's multiplier.
	if m := multipliers[ws[next-1].w]; m > 0 && hi >= 100*v {
		v *= m
	}
	return v, hi, next, true
}

// ranging are the words before "from" that make "from X to Y" a range:
// "range from $20 to $45", "tickets cost from $6 to $12".
var ranging = wordSet("anywhere range ranges ranged ranging vary varies varied varying cost costs costing priced")

// hedges may stand between a range's "to" and its second figure.
var hedges = wordSet("possibly perhaps maybe potentially")

// multipliers are the words that scale a number before them.
var multipliers = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9}

// amount reads an amount of money after its currency sign: a number, and
// "m" or "bn" after it ("$4 bn").
func amount(ws []qword, i int) (float64, int, bool) {
	v, j, ok := number(ws, i)
	if ok && j < len(ws) && (ws[j].w == "bn" || ws[j].w == "m") {
		v *= multipliers[ws[j].w]
		j++
	}
	return v, j, ok
}

// year reports a number written as a year: "2014", not "2,014" nor "2014.5".
func year(w string, v float64) bool {
	return v >= 1800 && v <= 2100 && v == math.Trunc(v) && !strings.Contains(w, ",")
}

// oldYear reports a year before 1800 after a preposition, counting nothing
// after it: "who died in 1799,"; not "in 1500 cases".
func oldYear(ws []qword, i int, v float64, j int) bool {
	if v < 1000 || v >= 1800 || v != math.Trunc(v) || strings.Contains(ws[i].w, ",") || i == 0 || !yearPrepositions[ws[i-1].w] {
		return false
	}
	noun, _ := countedNoun(ws, j)
	return noun == ""
}

var fractions = wordSet("third thirds quarter quarters fifth fifths sixth sixths eighth eighths tenth tenths")

var yearPrepositions = wordSet("in since until by from of before after around circa")

// daySpan reports a day that opens or closes a span of days, which dates
// no one day ("on Sunday to Monday", "overnight on Monday to Tuesday"),
// or the day a thing was moved from ("postponed from Tuesday to Friday",
// where Friday is its day).
func daySpan(ws []qword, i int) bool {
	if i+2 < len(ws) && spanWords[ws[i+1].w] && weekdays[ws[i+2].w] {
		return true
	}
	if i < 2 || !spanWords[ws[i-1].w] || !weekdays[ws[i-2].w] {
		return false
	}
	return !(i >= 4 && ws[i-3].w == "from" && moveVerbs[ws[i-4].w])
}

var (
	spanWords = wordSet("to through until till")
	moveVerbs = wordSet("postponed moved delayed pushed rescheduled shifted brought put")
)

// statementDay reports a day that dates a statement, not the event: "said
// on Tuesday", "said Wednesday", "told reporters on Monday", "On Monday,
// the ministry said".
func statementDay(ws []qword, i int) bool {
	k := i - 1
	if k >= 0 && ws[k].w == "on" {
		k--
	}
	if k >= 0 && (ws[k].w == "reporters" || ws[k].w == "journalists") {
		k--
	}
	if k >= 0 && speechVerbs[ws[k].w] {
		return true
	}
	// "ruled out running on Friday, saying …": what she did that day was
	// to speak.
	if ws[i].comma && i+1 < len(ws) && strings.HasSuffix(ws[i+1].w, "ing") && speechVerbs[ws[i+1].w] {
		return true
	}
	// "On Monday, White House spokesman Sean Spicer told reporters …": a
	// day set before a clause whose first verb is one of speech.
	if i <= 2 && ws[i].comma {
		for k := i + 1; k < min(len(ws), i+10); k++ {
			if ws[k].class() != "" {
				return false // "On Monday, the talks ended, officials said"
			}
			if speechVerbs[ws[k].w] {
				return true
			}
		}
	}
	return false
}

// harmed is the count of the dead or injured that a number closing its
// phrase gives, when a harm is named shortly before it ("the toll has
// risen to 14, police said").
func harmed(ws []qword, sent, i int, v, from float64) (Quantity, bool) {
	if b := wordBefore(ws, i); b >= 0 && (ws[b].w == "age" || ws[b].w == "aged" || b > 0 && ws[b].w == "of" && ws[b-1].w == "age") {
		return Quantity{}, false // "died in December at age 69,": how old, not how many
	}
	q := Quantity{Sentence: sent, Kind: Count, Value: v, Base: v, From: from, Qualifier: qualifierBefore(ws, i), Subject: harmBefore(ws, i)}
	switch q.Subject {
	case "toll":
		q.Unit = "dead"
	case "injured":
		q.Unit = "injured"
	default:
		return Quantity{}, false
	}
	return q, true
}

// harmBefore is the nearest harm named shortly before word i: a death toll
// ("toll", "killed") or injuries ("and injured at least 352,").
func harmBefore(ws []qword, i int) string {
	for k := i - 1; k >= max(0, i-10); k-- {
		if c := ws[k].class(); c == "toll" || c == "injured" {
			return c
		}
	}
	return ""
}

// compound adds the smaller units that follow a duration to it and
// returns the index of the last word used.
func compound(ws []qword, j int, q *Quantity) int {
	last := units[ws[j].w].base
	for k := j + 1; k < len(ws); {
		if ws[k].w == "and" {
			k++
			continue
		}
		v, next, ok := number(ws, k)
		if !ok || next >= len(ws) {
			break
		}
		u, isUnit := units[ws[next].w]
		if !isUnit || u.kind != Duration || u.base >= last {
			break
		}
		q.Base += v * u.base
		if !q.Compound {
			q.Parts = q.Unit
		}
		q.Parts += " " + u.name
		q.Compound = true
		last, j, k = u.base, next, next+1
	}
	return j
}

// windy reports a speed at ws[i] that winds blow at: a word of wind just
// before it ("winds of", "gusts up to", "gusting to").
func windy(ws []qword, i int) bool {
	for k := i - 1; k >= max(0, i-4) && !ws[k].comma; k-- {
		if winds[ws[k].w] {
			return true
		}
	}
	return false
}

var winds = wordSet("wind winds gust gusts gusting gusted")

// subunits are the smaller units a figure in feet or pounds goes on in,
// as Americans give heights and birth weights: "6 feet 4 inches", "7
// pounds, 3 ounces".
var subunits = map[string]struct {
	unit        string
	per         int
	short, part string // as shown: "6 ft 4 in"
}{"feet": {"inches", 12, "ft", "in"}, "lb": {"oz", 16, "lb", "oz"}}

// andSmaller adds the smaller unit that follows a figure in feet or
// pounds to it ("5 feet 8 inches", "6-foot-4", "5 pounds, 12 ounces") and
// returns the index of the last word used.
func andSmaller(ws []qword, j int, q *Quantity) int {
	sub, ok := subunits[q.Unit]
	k := j + 1
	if k < len(ws) && ws[k].w == "and" && !ws[j].comma {
		k++
	}
	if !ok || k >= len(ws) {
		return j
	}
	v, next, ok := number(ws, k)
	if !ok || v >= float64(sub.per) || v != math.Trunc(v) {
		return j
	}
	switch {
	case next < len(ws) && units[ws[next].w].name == sub.unit: // "six feet, four inches" too
		j = next
	case q.Unit == "feet" && ws[j].joined && !ws[j].comma && k == j+1 && (next == len(ws) || units[ws[next].w].kind == ""):
		j = next - 1 // "6-foot-4": the inches go unnamed
	case q.Unit == "feet" && q.Value <= 8 && !ws[j].comma && k == j+1 && (next == len(ws) || ws[next-1].comma || ws[next].w == "and" || ws[next].w == "tall"):
		j = next - 1 // "stands about 5 feet 8, weighs …": a person's height
	default:
		return j
	}
	q.Base += v * units[sub.unit].base
	q.Compound = true
	return j
}

// clock words follow an hour.
var clock = wordSet("a.m am p.m pm")

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// emergencyWords follow the emergency number: "911 calls", "911 tapes".
var emergencyWords = wordSet("call calls caller callers tape tapes recording recordings dispatcher dispatchers operator operators center system emergency")

// uncounted end in "s" but count nothing: "6 News" is a station, "two
// things we all need" a way of speaking, and "716,704 black ones" stand
// for a noun said before.
var uncounted = wordSet("news things ways reasons ones degrees")

// takingLives are the verbs that make lives a toll: "the storm claimed 12
// lives".
var takingLives = wordSet("claimed claiming claims claim took taking takes take cost costing costs")

// verbsAsPlurals end as plurals do but are verbs after a figure.
var verbsAsPlurals = wordSet("means requires remains seems says looks needs wants makes takes gets comes goes lets gives")

// countedNoun finds the plural noun a bare number counts, and where: "four
// documents", "four additional documents".
func countedNoun(ws []qword, j int) (noun string, at int) {
	for k := j; k < min(len(ws), j+2); k++ {
		w := ws[k].w
		if text.StopWord(w) || digits(w) {
			return "", 0
		}
		if ws[k].comma && !people[w] && !strings.HasSuffix(w, "s") {
			return "", 0
		}
		if k+1 < len(ws) && !ws[k].comma && currency[ws[k+1].w] != "" || verbsAsPlurals[w] {
			return "", 0 // "the iPhone 6 starts $265", "Under 17 requires", "9.0 means": a verb
		}
		if people[w] || len(w) > 3 && endsPlural(w) && !strings.HasSuffix(w, "us") && !uncounted[w] {
			if k > j && ws[k-1].joined {
				return ws[k-1].w + "-" + w, k // "86 triple-doubles"
			}
			if n := k + 1; !ws[k].comma && n < len(ws) && (ws[n].upper == "" || modifiers[w]) && describes(ws[k], ws[n].w) {
				return ws[n].w, n // "three Mars orbiters", "two women Senators"
			}
			if n := k + 1; w == "police" && !ws[k].comma && n+1 < len(ws) && ws[n].joined && endsPlural(ws[n+1].w) {
				return ws[n].w + "-" + ws[n+1].w, n + 1 // "two police K-9s" are dogs
			}
			if n := k + 1; ws[k].upper != "" && !people[w] && digits(ws[j-1].w) && !ws[k].comma && n < len(ws) &&
				titled(ws[n].upper) && !weekdays[ws[n].w] && monthNumbers[ws[n].w] == 0 {
				// "380 Barclays Premier League matches": a name's word, not
				// "380 Barclays"; a headline's "Twenty Americans Were Hurt"
				// spells its number.
				return "", 0
			}
			if k > j && ws[k].upper != "" && ws[k-1].upper != "" && !ws[k].comma && k+1 < len(ws) && ws[k+1].upper == "" && !text.StopWord(ws[k+1].w) {
				// "two United States service members": a name before what
				// is counted
				for n := k + 1; n < min(len(ws), k+3); n++ {
					if endsPlural(ws[n].w) && len(ws[n].w) > 3 && ws[n].upper == "" {
						return ws[n].w, n
					}
					if ws[n].comma {
						break
					}
				}
			}
			if n := k + 2; n < len(ws) && !ws[k].comma && ws[k+1].w == "and" && strings.HasPrefix(ws[n].w, "crew") {
				return "people", n // "239 passengers and crew": everyone on board
			}
			return w, k
		}
	}
	return "", 0
}

// describes reports a word that describes the noun after it, which is
// what is counted: a name's word ("three Mars orbiters"), "police" ("six
// police officers", "two police cars"), or "women" or "men" before people
// ("two women senators").
func describes(q qword, next string) bool {
	plural := endsPlural(next) && len(next) > 3
	switch {
	case q.upper != "":
		return !people[q.w] && plural
	case q.w == "police":
		return plural && !uncounted[next]
	}
	return modifiers[q.w] && personPlural(next)
}

// modifiers are the people words that may describe other people counted,
// who are then read as people are: "police officers", "women senators".
var modifiers = wordSet("police women men")

// personPlural reports people by their role or work: "officers",
// "senators".
func personPlural(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && (personNouns[one] || occupations[one] || Role(one))
}

func qualifierBefore(ws []qword, i int) string {
	if i > 0 && i < len(ws) && ws[i].w == "dozen" {
		if ws[i-1].w == "half" {
			i-- // "about a half-dozen", "about half a dozen"
		} else if i > 1 && ws[i-1].w == "a" && ws[i-2].w == "half" {
			i -= 2
		}
		if i > 0 && ws[i-1].w == "a" {
			i-- // "more than a dozen"
		}
	}
	for qi, q := range qualifiers {
		parts := qualifierWords[qi]
		if i >= len(parts) {
			match := true
			for k, p := range parts {
				if ws[i-len(parts)+k].w != p {
					match = false
					break
				}
			}
			if match {
				if q == "up to" && i > 2 && risingVerbs[ws[i-3].w] {
					return "" // "Sanders has inched up to 19%": where he got to, not a bound
				}
				if q == "over" && i > 1 && !prepositions[ws[i-2].w] && countedBefore(ws, i-1) {
					return "" // "won three titles over two spells": a span, not a bound
				}
				return q
			}
		}
	}
	return ""
}

// countedBefore reports a number among the few words of its phrase before
// ws[i].
func countedBefore(ws []qword, i int) bool {
	for k := i - 1; k >= max(0, i-4) && !ws[k].comma && !ws[k].dash && !clauseOpeners[ws[k].w]; k-- {
		if w := ws[k].w; isNumber(w) && w != "a" && w != "an" && w != "half" {
			return true
		}
	}
	return false
}

// risingVerbs move a figure "up to" where it ends.
var risingVerbs = wordSet(`inched inches crept creeps ticked ticks edged edges moved moves jumped jumps climbed
climbs rose rises risen went goes gone shot soared soars surged surges bumped bumps`)

// dayOfName reports a weekday that opens the name of a show or a paper
// ("Saturday Night Live", "the Sunday Times"), describes a kind of thing
// ("Sunday school", "Friday prayers") or ends a day's name ("Black
// Friday"), dating nothing.
func dayOfName(ws []qword, i int) bool {
	return i+1 < len(ws) && (namesAfterDay[ws[i+1].upper] || kindsAfterDay[ws[i+1].w]) ||
		i > 0 && namedDays[ws[i-1].upper] // "Black Friday", "Super Tuesday": a day of the year, or of shopping
}

var namedDays = text.Set("Black Cyber Super Good Holy Ash Maundy Easter Palm Bloody Giving")

var kindsAfterDay = wordSet("school schools service services mass prayer prayers best brunch roast supplement edition editions papers")

var namesAfterDay = text.Set("Night Times Telegraph Mirror Express Post Herald Mail World Star Independent Observer")

// sufferedAhead is the event named within n words after a count of
// people, before any word that makes them its suspects: "six police
// officers charged in the death of Freddie Gray" are no toll.
func sufferedAhead(ws []qword, i, n int) string {
	return eventBefore(ws, i, n, func(k int) bool { return accused[ws[k].w] })
}

var accused = wordSet("charged accused arrested indicted convicted suspected detained jailed sentenced sued blamed charging arresting detaining netted")

// ordinalEvent is the event an ordinal numbers: one named within four
// words, unless a word before it is what the ordinal numbers ("his 18th
// birthday", "the 14th century", "a seventh straight session", "the
// second-largest jail system") or makes it a rank ("came third in the
// election") or a person's place ("the first to talk to witnesses").
func ordinalEvent(ws []qword, i int) string {
	return eventBefore(ws, i, 4, func(k int) bool {
		// not "the sixth and longest session", nor the vote of "the 45th
		// president's election", nor the protest of "a second group that
		// protested", nor the sentence of "the third was jailed", a third
		// person
		return ordinalOf[ws[k].w] || k == i && (Superlative(ws[k].w) || auxiliaries[ws[k].w]) || ws[k].poss && ws[k].class() == "" || relatives[ws[k].w] || ws[k].w == "that"
	})
}

var ordinalOf = wordSet("in to day days week month year century anniversary birthday time minute hour season quarter half place position spot term straight consecutive")

// Superlative reports "biggest", "largest", "top" and the like; "honest"
// and "west" end alike but pick nothing.
func Superlative(w string) bool {
	switch w {
	case "best", "worst", "most", "least", "top":
		return true
	case "honest", "modest", "earnest", "west", "forest", "interest", "protest", "contest", "arrest", "harvest":
		return false
	}
	return len(w) > 5 && strings.HasSuffix(w, "est")
}

// eventAhead returns the class of the first event noun in the n words from i.
func eventAhead(ws []qword, i, n int) string { return eventBefore(ws, i, n, nil) }

// eventBefore is eventAhead that gives up at a word for which stop holds.
func eventBefore(ws []qword, i, n int, stop func(k int) bool) string {
	for k := i; k < min(len(ws), i+n); k++ {
		if stop != nil && stop(k) {
			return ""
		}
		if c := ws[k].class(); c != "" {
			return c
		}
	}
	return ""
}

// qualified returns the stem of the word a measure qualifies ("a
// three-month period"), and the word itself when it ends the phrase, so
// is its noun: in "a two-week Asia trip" the noun is not "Asia".
func qualified(ws []qword, i int) (stem, noun string) {
	if i >= len(ws) {
		return "", ""
	}
	w := ws[i].w
	if r, _ := utf8.DecodeRuneInString(w); text.StopWord(w) || !unicode.IsLetter(r) || IsQuantityWord(w) || dimensions[w] {
		return "", "" // not the "high" of "a 12-foot high fence"
	}
	if !ws[i].joined && closes(ws, i) {
		noun = w // not "heads" of "a 48-hour heads-up" or "heads up"
	}
	if noun == "state" && i+2 < len(ws) && ws[i+1].w == "of" && !ws[i+1].comma {
		noun += " of " + ws[i+2].w // "a three-month state of emergency"
	}
	if noun == "" {
		// A compound of two or three words is named whole, and still
		// matched by its first word, which tells one from another as
		// reports vary its head: "a 50-mile evacuation zone", "a 50-mile
		// evacuation guideline".
		for h := i + 1; h <= i+2 && h < len(ws) && !ws[h-1].comma && headPart(ws, h) && (ws[h].upper == "" || ws[h-1].upper != ""); h++ {
			if !ws[h].joined && ws[h].upper == "" && closes(ws, h) {
				noun = written(ws[i : h+1]) // "a 90-day license suspension", "a two-week Asia-Pacific tour"
				break
			}
		}
	}
	return text.Stem(w), noun
}

// closes reports a noun phrase that ends at ws[k]: a comma, the
// sentence's end, or a word no noun goes on with follows it ("a two-hour
// hike away", "the 18-meter submarine sank", "the band Japan has
// ordered"); not "heads" of "heads up".
func closes(ws []qword, k int) bool {
	if ws[k].comma || k+1 == len(ws) {
		return true
	}
	return !headPart(ws, k+1) && !particles[ws[k+1].w] || ws[k].upper == "" && ws[k+1].upper != "" && (k == 0 || !ws[k-1].joined)
}

// headPart reports a word that may go on a compound noun: no function
// word, verb, participle, figure or adverb ("a two-hour hike away", "the
// 18-meter submarine sank", "10-year bonds reaching 7%").
func headPart(ws []qword, k int) bool {
	w := ws[k].w
	return allLetters(w) && !endsPhrase(ws, k, false) && !verbLike(w) && moves[w] == "" && !notHeads[w] && !prepositions[w] && !strings.HasSuffix(w, "ing")
}

// notHeads end a compound where a noun might: adverbs, prepositions and
// participles ("the 2,750-metre peak alongside hundreds", "a 50-mile
// guideline given").
var notHeads = wordSet("away ago apart ahead aside behind long old olds alongside last next given taken made done seen known shown held built found left")

// written is a phrase as written, with its capitals and hyphens: "Asia-Pacific tour".
func written(ws []qword) string {
	var b strings.Builder
	for k, w := range ws {
		b.WriteString(cmp.Or(w.upper, w.w))
		switch {
		case k == len(ws)-1:
		case w.joined:
			b.WriteByte('-')
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// moneyName is what the amount at ws[i] is, as the sentence says, where no
// noun it stands before or after names it: a price or a cost ("a starting
// price of $2,400", "sells for $99", "at a cost of $56 million"), the
// subject it is ("Leno's new salary is $27 million", "revenue rose 3.5
// percent to $27.2 billion"), or what a verb makes of it ("donating $25
// million": a donation), or a shortfall ("was $1 billion short"). The
// amount ends before ws[j].
func moneyName(ws []qword, i, j int) string {
	if j < len(ws) && ws[j].w == "short" {
		return "shortfall" // "fell $5 million short of its goal"
	}
	before := wordBefore(ws, i)
	if before < 0 {
		return ""
	}
	b := ws[before].w
	switch {
	case b == "of" && before > 0 && !ws[before-1].comma && amountNames[ws[before-1].w]:
		name := ws[before-1].w
		if before > 1 && !ws[before-2].comma && ws[before-2].upper == "" && (adjectival(ws[before-2].w) || amountKinds[ws[before-2].w]) {
			name = ws[before-2].w + " " + name // "a starting price of", "the total cost of"
		}
		return name
	case (beVerbs[b] || totalVerbs[b]) && before > 0 && !ws[before-1].comma:
		k := before - 1
		if k > 0 && strings.HasSuffix(ws[k].w, "ly") && !lyNouns[ws[k].w] && !ws[k-1].comma {
			k-- // "Total costs easily surpass $50,000"
		}
		return mover(ws, k) // "Leno's new salary is $27 million", "Sales totaled $5 million"
	case b == "to" && before > 1 && ws[before-1].w == "amounted" && !ws[before-2].comma:
		return mover(ws, before-2) // "The fund amounted to $5 million"
	case b == "to" && before > 1:
		for v := before - 1; v >= max(1, before-4); v-- {
			if moves[ws[v].w] != "" && !ws[v-1].comma {
				return mover(ws, v-1) // "revenue rose 3.5 percent to $27.2 billion"
			}
		}
	case (b == "for" || b == "at") && before > 0 && priceVerbs[ws[before-1].w]:
		return "price" // "sells for $99", "starts at $169.99"
	case b == "at" && before > 0 && ws[before-1].w == "valued":
		return "value" // "valued at $7 million"
	case b == "for" && clauseBefore(ws, before, 6, deals):
		return "price" // "sold it in 2007 for $175 million"
	case moneyVerbs[b] != "":
		return moneyVerbs[b]
	}
	if move, name := moved(ws, before); name != "" {
		return move + " in " + name // "Brent crude fell 27 cents": a fall, not a price
	}
	return ""
}

// amountNames name an amount by what kind it is: "a price of $700".
var amountNames = wordSet("price cost costs valuation value salary wage wages fee fees fare rent budget bill tab revenue revenues income profit loss debt")

var amountKinds = wordSet("total average retail asking starting annual list base net")

var priceVerbs = wordSet("sells sell sold selling retails retail retailed goes go went priced listed starts start started starting available")

// moneyVerbs make an amount after them one of a kind: "donating $25
// million" is a donation.
var moneyVerbs = map[string]string{
	"donated": "donation", "donating": "donation", "donates": "donation", "donate": "donation",
	"spent": "spending", "spending": "spending", "spends": "spending", "spend": "spending",
	"earned": "earnings", "earning": "earnings", "earns": "earnings", "earn": "earnings",
	"raised": "money raised", "raising": "money raised", "raises": "money raised",
	"costs": "cost", "costing": "cost",
	"owes": "debt", "owed": "debt", "owe": "debt",
	"invested": "investment", "investing": "investment", "invests": "investment", "invest": "investment",
	"lost": "loss", "losing": "loss", "loses": "loss",
	"worth": "value", "valued": "value",
	"paid": "payment", "paying": "payment", "pays": "payment", "pay": "payment",
	"received": "payment", "receiving": "payment", "receives": "payment",
	"awarded": "award", "pledged": "pledge", "pledging": "pledge", "pledges": "pledge",
	"borrowed": "loan", "borrowing": "loan", "borrows": "loan",
	"cut": "cut", "cutting": "cut", "cuts": "cut", "slashed": "cut", "slashing": "cut", "slash": "cut", "slashes": "cut",
	"trim": "cut", "trims": "cut", "trimmed": "cut", "trimming": "cut",
	"saved": "savings", "saving": "savings", "saves": "savings",
	"grossed": "gross", "grossing": "gross", "grosses": "gross",
}

// clauseBefore reports a word of set among the n words before ws[k], with
// no comma between: "sold it in 2007 for", not "sold the house, moved
// to Ohio, and asked for".
func clauseBefore(ws []qword, k, n int, set map[string]bool) bool {
	for m := k - 1; m >= 0 && m >= k-n && !ws[m].comma; m-- {
		if set[ws[m].w] {
			return true
		}
	}
	return false
}

// deals are the verbs of buying and selling, which make an amount a price.
var deals = wordSet("sold sell sells selling bought buy buys buying purchased purchase acquired acquire acquires")

// durationName is what the duration at ws[i:j+1] is the length of, as the
// sentence says: what follows its "of" ("eight days of round-the-clock
// warfare", "10 hours of web browsing"), or the noun before an "of" ("a
// career of 20 years").
func durationName(ws []qword, i, j int) string {
	before := wordBefore(ws, i)
	if before >= 0 && ws[before].w == "within" {
		return "" // "within 14 days of the execution date": a deadline
	}
	if of := phraseAfter(ws, j+1, "of"); of != "" && !strings.HasSuffix(of, "age") {
		return "length of " + of // not "50 years of age"
	}
	if before > 0 && runningTime(ws, before) || before > 1 && ws[before].w == "of" && runningTime(ws, before-1) {
		return "running time" // "Running time: 143 minutes", "a running time of 143 minutes"
	}
	if n := lastedNoun(ws, before, j); n != "" {
		return "length of the " + n // "a restoration that took two years"
	}
	if n := stateFor(ws, before); n != "" {
		return "length of the " + n // "suspended for 10 days", "shut down for 24 hours"
	}
	if before > 0 && ws[before].w == "in" && clauseBefore(ws, before, 8, wins) {
		return "winning time" // "won the marathon on Sunday in two hours, 21 minutes"
	}
	if move := movedIn(ws, before); move != "" {
		return "length of the " + move // "rose almost four metres in six hours"
	}
	if served(ws, before, j) {
		return "length of service" // "served 14 years as governor", "during 14 years as governor"
	}
	if before > 0 && ws[before].w == "for" && !ws[before-1].comma && reigns[ws[before-1].w] != "" {
		return "length of " + reigns[ws[before-1].w] // "had reigned for 59 years", "has ruled for more than six decades"
	}
	if before >= 0 && spending[ws[before].w] && j+2 < len(ws) && !ws[j].comma && whereSpent[ws[j+1].w] {
		prep, k := ws[j+1].w, j+1
		if a := ws[j+2].w; a == "a" || a == "an" {
			prep, k = prep+" "+a, j+2 // which phraseAfter, naming only what is known, leaves out
		}
		where := phraseAfter(ws, k, ws[k].w)
		if end := k + 1 + len(strings.Fields(where)); where != "" && (end >= len(ws) || ws[end-1].comma || !headPart(ws, end)) {
			return "time " + prep + " " + where // "spent four months in a mental hospital"; not "in the sex crimes" of "… unit"
		}
	}
	if t := beenWith(ws, before); t != "" && !anyWithin(ws, 0, len(ws), punished) {
		return t
	}
	n := nounBeforeOf(ws, before) // "a career of 20 years"
	if t := tenure(n); t != "" {
		return t // "her husband of 67 years"
	}
	if k := before - 2; n == "life" && k >= 0 {
		switch {
		case ws[k].joined && allLetters(ws[k].w):
			return ws[k].w + "-life" // "a half-life of 30 years"
		case lives[ws[k].w]:
			return ws[k].w + " life" // "battery life of 30 minutes", not "a long life"
		}
	}
	return n
}

var wins = wordSet("won wins win winning")

var reigns = map[string]string{"reigned": "reign", "reigns": "reign", "reigning": "reign", "ruled": "rule", "rules": "rule", "ruling": "rule"}

// whereSpent are the prepositions of where time is spent.
var whereSpent = wordSet("in inside at aboard")

// movedIn is the rise or fall by a percentage or a distance just before
// the "in" at ws[k], which the time after it took: "fell 30% in two weeks".
func movedIn(ws []qword, k int) string {
	if k < 2 || ws[k].w != "in" || ws[k-1].comma {
		return ""
	}
	if kind := units[ws[k-1].w].kind; kind != Percent && kind != Distance {
		return ""
	}
	for m := k - 2; m >= max(0, k-6) && !ws[m].comma; m-- {
		if move := moves[ws[m].w]; move != "" {
			return move
		}
	}
	return ""
}

// deadline reports a duration given someone to do something: "has 10
// days to contest the sentence", "gave them 48 hours to leave".
func deadline(ws []qword, i, j int) bool {
	if j+2 >= len(ws) || ws[j].comma || ws[j+1].w != "to" || IsQuantityWord(ws[j+2].w) || determiners[ws[j+2].w] {
		return false
	}
	start := wordBefore(ws, i)
	for b := start; b >= 0 && b >= start-2; b-- { // "gave the residents 48 hours"
		w := ws[b].w
		if allowing[w] {
			return true
		}
		if ws[b].comma || w == "been" || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
			break // "has been waiting nearly two years to bring"
		}
	}
	return false
}

var spending = wordSet("spent spend spends spending")

var allowing = wordSet("has have had having given gave give gives giving get gets got")

// served reports a length of office: after a verb of serving ("served 14
// years"), or before a role held ("14 years as governor", "a decade as
// the company's chief").
func served(ws []qword, before, j int) bool {
	// Not time in prison: "served almost one year for assault", "parole
	// after serving 13 years".
	if before >= 1 && ws[before].w == "for" && !ws[before-1].comma {
		before-- // "had served for 27 years"
	}
	return (before >= 0 && servingVerbs[ws[before].w] || heldRole(ws, j)) &&
		!(j+1 < len(ws) && ws[j+1].w == "for") && !anyWithin(ws, 0, len(ws), punished)
}

// beenWith names the time someone has been with someone or somewhere,
// before the "for" at ws[k]: a relationship's ("has been with his
// girlfriend for six years"), or a service's with an employer ("had been
// with the sheriff's office for 10 years", "worked at the paper for …").
func beenWith(ws []qword, k int) string {
	if k < 3 || ws[k].w != "for" {
		return ""
	}
	for m := k - 1; m >= max(1, k-6) && !ws[m].comma; m-- {
		w, verb := ws[m].w, ws[m-1].w
		if !(w == "with" && (verb == "been" || workVerbs[verb]) || (w == "at" || w == "for") && workVerbs[verb]) {
			continue
		}
		for _, n := range ws[m+1 : k] {
			if t := tenure(n.w); t != "" && t != "length of service" {
				return t // "his wife", "his girlfriend"
			}
			if personNouns[n.w] || n.w == "family" || n.w == "friends" {
				return "" // with people, not an employer
			}
		}
		return "length of service"
	}
	return ""
}

var workVerbs = wordSet("worked working works work")

// heldRole reports "as" and a role after the length ending at ws[j]: "14
// years as governor", "a decade as the company's chief".
func heldRole(ws []qword, j int) bool {
	if j+2 >= len(ws) || ws[j+1].w != "as" || ws[j].comma {
		return false
	}
	for k := j + 2; k < min(len(ws), j+6); k++ {
		if Role(ws[k].w) {
			return true
		}
		if !determiners[ws[k].w] && !ws[k].poss && ws[k].upper == "" {
			return false
		}
	}
	return false
}

var (
	servingVerbs = wordSet("served serving serves serve")
	punished     = wordSet("prison jail sentence sentenced parole convicted conviction bars")
)

// lastedNoun is the noun whose length a verb of lasting at ws[k] gives:
// "a restoration that took two years", "the renovation, which lasted 18
// months", "the repairs took a week"; not "took two years to answer",
// the time something else needed, nor a name's ("Obama took two weeks").
func lastedNoun(ws []qword, k, j int) string {
	if k < 2 || !lastingVerbs[ws[k].w] || j+1 < len(ws) && ws[j+1].w == "to" {
		return ""
	}
	if k--; ws[k].w == "that" || ws[k].w == "which" {
		k--
	}
	if k < 1 || !determiners[ws[k-1].w] || !moneyNoun(ws[k], false) {
		return ""
	}
	return ws[k].w
}

// stateFor is the state a participle just before the "for" at ws[k]
// names, whose length the duration after gives: "suspended for 10 days"
// (the suspension), "shut down for 24 hours"; not "barred from the park
// for 30 days", whose participle is further back.
func stateFor(ws []qword, k int) string {
	if k < 1 || ws[k].w != "for" || ws[k-1].comma {
		return ""
	}
	if k > 1 && ws[k-1].w == "down" && !ws[k-2].comma {
		return states[ws[k-2].w+" down"]
	}
	return states[ws[k-1].w]
}

// states are the nouns of participles whose state lasts: "banned for a
// year" is the ban's length.
var states = map[string]string{
	"suspended": "suspension", "banned": "ban", "barred": "ban", "closed": "closure", "shut down": "shutdown",
	"locked down": "lockdown", "delayed": "delay", "grounded": "grounding", "detained": "detention",
	"hospitalized": "hospital stay", "hospitalised": "hospital stay", "married": "marriage", "missing": "disappearance",
	"postponed": "postponement", "halted": "halt", "quarantined": "quarantine", "exiled": "exile",
	"custody": "custody", // "remanded in custody for 24 days"
}

// lastingVerbs have what lasted as their subject, unlike "for" or "spent".
var lastingVerbs = wordSet("took lasted lasts spanned")

// lives are the things whose life is a length a report gives.
var lives = wordSet("battery shelf service design product")

// runningTime reports "running time" ending at ws[k]: a film's or a
// show's length.
func runningTime(ws []qword, k int) bool {
	return k > 0 && k < len(ws) && ws[k].w == "time" && ws[k-1].w == "running"
}

// tenure is what a length of time said of a person measures: how long
// they have been married ("her husband of 67 years") or served ("a
// 10-year veteran"); empty for other nouns.
func tenure(noun string) string {
	switch {
	case noun == "husband" || noun == "wife" || noun == "spouse":
		return "length of the marriage"
	case noun == "girlfriend" || noun == "boyfriend" || noun == "partner" || noun == "fiancee" || noun == "fiance":
		return "length of the relationship" // "his girlfriend of six months"
	case personNouns[noun] || occupations[noun] || roleNouns[noun] || serviceNouns[noun]:
		return "length of service"
	}
	return ""
}

// serviceNouns are posts held for years that the lexicons of speakers
// leave out: "a 24-year Sonoma County deputy".
var serviceNouns = wordSet("deputy deputies trooper troopers employee employees staffer staffers")

// wordBefore is the index of the word before the figure at ws[i], past its
// qualifier, a range's "between" and an adverb ("of just 0.3 percent", "is
// reportedly $27 million", "worth between $1 million and $5 million"); -1
// at the sentence's start.
func wordBefore(ws []qword, i int) int {
	k := i - 1 - len(strings.Fields(qualifierBefore(ws, i)))
	if k > 0 && ws[k].w == "between" && !ws[k-1].comma {
		k-- // "worth between $1 million and $5 million"
	}
	if k > 0 && (ws[k].w == "just" || ws[k].w == "only" || strings.HasSuffix(ws[k].w, "ly") && beVerbs[ws[k-1].w]) {
		k-- // "is reportedly $27 million", "is likely around $20 million"
	}
	if k > 2 && ws[k].w == "of" && ws[k-1].w == "total" && ws[k-2].w == "a" && !ws[k-1].comma && !ws[k-3].comma {
		k -= 3 // "carrying a total of 239 people", "killed a total of 12"
	}
	return k
}

// nounBeforeOf is the singular noun before the "of" at ws[k] that a
// measure after it is of: "a career of 20 years", "a diameter of 3,200
// miles", "growth of 1.8 percent"; not a level ("a high of") or a span
// ("a period of").
func nounBeforeOf(ws []qword, k int) string {
	if k > 0 && ws[k].w == "of" && !ws[k-1].comma {
		if n := ws[k-1]; moneyNoun(n, true) && !endsPlural(n.w) && !levels[n.w] && !verbLike(n.w) && !amountNouns[n.w] && !notMoneyNouns[n.w] && !spans[n.w] {
			return n.w
		}
	}
	return ""
}

// measureOf names a weight or a volume by what it is of, without an
// abbreviation after it ("carbon (Gt C)"); "10 mg of dry weight" is a dry
// weight.
func measureOf(kind, of string) string {
	words := strings.Fields(of)
	for k := 1; k < len(words); k++ {
		if upperFirst(words[k]) && !upperFirst(words[0]) {
			words = words[:k] // "carbon (Gt C)": an abbreviation or a name after the noun
			break
		}
	}
	of = strings.Join(words, " ")
	if strings.HasSuffix(of, measures[kind]) {
		return of
	}
	return measures[kind] + " of " + of
}

func upperFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// distanceName is what the distance at ws[i:j+1] measures, as the sentence
// says: a dimension ("10 metres high": height), how far from somewhere
// ("2,300km from Perth"), the noun before its "of" ("a diameter of
// 3,200 miles"), or a rise or fall of what moved ("the Wend rose almost
// four metres").
func distanceName(ws []qword, i, j int) string {
	k := j + 1
	if k < len(ws) && !ws[j].comma {
		if d := dimensionNames[ws[k].w]; d != "" {
			return d
		}
		if ws[k].w == "away" && !ws[k].comma {
			k++
		}
		if from := phraseAfter(ws, k, "from"); from != "" {
			return "distance from " + from
		}
		if k < len(ws) && compass[ws[k].w] && !ws[k].comma {
			if from := phraseAfter(ws, k+1, "of"); from != "" {
				return "distance from " + from // "80km north of Stockholm"
			}
		}
		if fall := falls[phraseAfter(ws, k, "of")]; fall != "" {
			return fall // "up to 10 inches of snow"
		}
	}
	before := wordBefore(ws, i)
	if move, name := moved(ws, before); name != "" {
		return move + " of " + name
	}
	if before >= 0 && ws[before].w == "within" || before >= 2 && ws[before].w == "as" && ws[before-1].w == "close" && ws[before-2].w == "as" {
		// "passed within 30ft of the cockpit", "came as close as 1.8
		// miles to the airliner"; not "told those within 20 miles to stay
		// indoors"
		prep := "of"
		if ws[before].w == "as" {
			prep = "to"
		}
		if of := phraseAfter(ws, j+1, prep); of != "" && !numberAfter(ws, j+2, of) {
			return "distance from " + of
		}
	}
	if before >= 0 && (units[ws[j].w].name == "feet" || units[ws[j].w].name == "m") && anyWithin(ws, 0, len(ws), aloft) &&
		(ws[before].w == "at" || (ws[before].w == "to" || ws[before].w == "from") && anyWithin(ws, 0, len(ws), climbs)) {
		return "altitude" // "can't operate at 30,000 feet, where Flight 17 was cruising", "for the plane to climb to 38,000 feet"
	}
	if before > 0 && ws[before].w == "as" && !ws[before-1].comma {
		if d := dimensionNames[ws[before-1].w]; d != "" {
			return d // "walls as high as 18 feet"
		}
	}
	return nounBeforeOf(ws, before)
}

var dimensionNames = map[string]string{"high": "height", "tall": "height", "long": "length", "wide": "width", "deep": "depth", "thick": "thickness",
	"above": "height", "below": "depth", "beneath": "depth", "underground": "depth"}

// numberAfter reports a number just after the phrase of starting at
// ws[k]: "Flight" is a name cut short in "to Flight 17".
func numberAfter(ws []qword, k int, of string) bool {
	n := k + len(strings.Fields(of))
	return n < len(ws) && digits(ws[n].w)
}

// kindsByNumber are nouns a number joined to them makes a kind of thing:
// an "18-wheeler" is a truck, a "three-pointer" a shot.
var kindsByNumber = wordSet("wheeler pointer seater pounder footer decker liner timer bagger shooter")

// aloft are the words of something flying, whose height "at" gives.
var aloft = wordSet("plane planes jet jets aircraft airliner airliners flight drone drones helicopter flying flew cruising cruise")

// climbs are the moves of what flies from one altitude to another.
var climbs = wordSet("climb climbed climbing climbs descend descended descending descends ascend ascended")

// falls are what falls from the sky, by the name of how much fell.
var falls = map[string]string{"snow": "snowfall", "rain": "rainfall", "fresh snow": "snowfall", "heavy rain": "rainfall"}

// spans name a stretch of time itself, which a length of it does not name.
var spans = wordSet("period time span course space stretch duration length inside")

// holderOf is the name, as written, that a share at ws[i:j+1] is held
// by: the nearest before it in its clause ("Jeb Bush follows in second
// place with 15 percent", "Trump at 18%", "Pasok 12.3%") or, where the
// share opens its clause, the one after its verb ("14 percent selected
// Walker", "compared with 14% who back Bush", "12% behind Walker"). A
// noun's determiner, a number or a joining word between say the share is
// of something else ("states the company has sold 40 percent"). Article
// keeps the name only where it is a person's or a body's.
func holderOf(ws []qword, i, j int) string {
	k, reach := i-1, i-7
	for ; k >= 0 && k >= reach && !ws[k].comma && !ws[k].dash; k-- {
		w := ws[k]
		if w.upper != "" && !(k == 0 && text.StopWord(w.w)) {
			start := k
			for start > 0 && ws[start-1].upper != "" && !ws[start-1].comma && !ws[start-1].dash {
				start--
			}
			return writtenRun(ws[start : k+1])
		}
		if (w.w == "the" || w.w == "a") && k == i-3 && ws[i-1].w == "of" {
			continue // "Trump has the backing of 13%": the share's own noun
		}
		if digits(w.w) && k == i-3 && units[ws[k+1].w].kind == Percent && (ws[i-1].w == "from" || ws[i-1].w == "to") {
			reach -= 3
			continue // "Sanders has inched up to 19% from 15%": one holder's change
		}
		if holderBreaks[w.w] || digits(w.w) {
			break
		}
	}
	opens := i == 0 || ws[i-1].comma || ws[i-1].dash || shareOpeners[ws[i-1].w] || k < 0 && text.StopWord(ws[0].w)
	if !opens {
		return ""
	}
	for k := j + 1; k < len(ws) && k <= j+4 && !ws[k-1].comma && !ws[k-1].dash; k++ {
		w := ws[k]
		if w.upper != "" && k > j+1 { // not "95% CI", "62% Approval Rating": a name's own words
			end := k
			for end+1 < len(ws) && ws[end+1].upper != "" && !ws[end].comma && !ws[end].dash {
				end++
			}
			return writtenRun(ws[k : end+1])
		}
		if holderBreaks[w.w] || w.w == "of" || w.w == "among" || w.w == "in" || w.w == "from" || digits(w.w) {
			break
		}
	}
	return ""
}

// writtenRun is a run of capitalised words as written, hyphens kept.
func writtenRun(ws []qword) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && !ws[i-1].joined {
			b.WriteByte(' ')
		} else if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(cmp.Or(w.upper, w.w))
	}
	return b.String()
}

var (
	// holderBreaks between a name and a share say the share is another's,
	// or the name a source's ("OfficeTeam said 58 percent of office
	// workers", "an ABC/Washington Post poll 19 percent of respondents").
	holderBreaks = wordSet(`the a an this that these those its his her their our than and but or while whereas
		said says say found finds shows show showed estimated estimates reported reports according
		poll polls survey surveys study report data figures analysis index`)
	// shareOpeners before a share open its clause.
	shareOpeners = wordSet("and while whereas but with")
)

// percentName is what the percentage at ws[i:j+1] is, as the sentence says:
// a share of what follows "of" ("44 percent of the firm"), the noun it
// describes ("a 7 percent slide", "a 33.3 percent chance of impeachment"),
// the noun before its "of" ("growth of 1.8 percent"), or a rise or fall of
// what moved ("sales climbed 14 percent", "the stock was down 5%").
func percentName(ws []qword, i, j int) string {
	if of := phraseAfter(ws, j+1, "of"); of != "" {
		return "percentage of " + of
	}
	before := wordBefore(ws, i)
	if j+1 < len(ws) && before >= 0 && articles[ws[before].w] && !ws[j].comma {
		// The noun it describes, of at most two words: "a 7 percent
		// slide", "a 9% funding increase"; not "a 78% symptomatic case
		// fatality ratio", whose head a cut cannot find.
		content := func(k int) bool {
			return k < len(ws) && moneyNoun(ws[k], true) && !verbLike(ws[k].w) && !levels[ws[k].w]
		}
		n := 0
		for n < 3 && content(j+1+n) && (n == 0 || !ws[j+n].comma) {
			n++
		}
		if n == 1 || n == 2 {
			name := ws[j+1].w
			if n == 2 {
				name += " " + ws[j+2].w
			}
			if of := phraseAfter(ws, j+1+n, "of"); of != "" {
				return name + " of " + of // "a 33.3 percent chance of impeachment"
			}
			if n == 1 {
				return changeIn(ws, j+1) // "a 7 percent rise in sales"
			}
			return name
		}
	}
	if j+1 < len(ws) && !ws[j].comma {
		next := ws[j+1].w
		if by := phraseAfter(ws, j+2, "by"); next == "owned" && by != "" {
			return "percentage owned by " + by // "69 percent owned by Wal-Mart Stores Inc."
		}
		// A noun of shares or rates, unless it is a verb with its object
		// ("15 percent support the plan").
		if shareNouns[next] && (j+2 == len(ws) || ws[j+1].comma || !verbObject(ws[j+2])) {
			return changeIn(ws, j+1) // "25 percent tariffs", "18 percent support among Republicans", "96.7% sensitivity"
		}
	}
	if before < 1 {
		return ""
	}
	if name := nounBeforeOf(ws, before); name != "" {
		return name // "growth of 1.8 percent", "an increase of just 0.3 percent"; not "hate crimes of 4%"
	}
	if move, name := moved(ws, before); name != "" {
		return move + " in " + name
	}
	return ""
}

// shareNouns name a percentage written just before them: "25 percent
// tariffs", "18 percent support".
var shareNouns = wordSet(`tariff tariffs tax taxes duty duties stake share support approval backing turnout discount
chance chances risk sensitivity specificity accuracy efficacy majority increase decrease rise drop decline cut raise surge jump gain`)

// changeIn names the noun at ws[k] with what follows its "in" when it is a
// change: "a projected 33 percent surge in the amount of waste".
func changeIn(ws []qword, k int) string {
	noun := ws[k].w
	in := phraseAfter(ws, k+1, "in")
	if in == "" || !changeNouns[noun] {
		return noun
	}
	if of := phraseAfter(ws, k+2+len(strings.Fields(in)), "of"); of != "" && !strings.Contains(in, "-") {
		in += " of " + of // one word a field, as no hyphen joins two
	}
	return noun + " in " + in
}

// changeNouns name a change, of what follows their "in".
var changeNouns = wordSet("increase decrease rise drop decline cut raise surge jump gain")

// verbObject reports a word that opens a verb's object: "support the
// plan", "cut their spending", "back Trump".
func verbObject(w qword) bool {
	return phraseDeterminers[w.w] || articles[w.w] || w.w == "him" || w.w == "them" || w.w == "it" || w.upper != ""
}

// moved reads a verb of rising or falling that ends at ws[k], before a
// figure, and what moved: ("fall", "the stock") of "the stock fell by",
// "the stock was down" or "the stock has fallen".
func moved(ws []qword, k int) (move, name string) {
	if k >= 0 && ws[k].w == "by" {
		k-- // "fell by nearly 40%"
	}
	if k < 1 {
		return "", ""
	}
	move = moves[ws[k].w]
	if up := ws[k].w == "up" || ws[k].w == "down"; up && beVerbs[ws[k-1].w] {
		move, k = map[string]string{"up": "rise", "down": "fall"}[ws[k].w], k-1 // "the stock was down 5%"
	} else if up && !ws[k-1].comma && !strings.HasSuffix(ws[k-1].w, "ing") {
		move = map[string]string{"up": "rise", "down": "fall"}[ws[k].w] // "with the company's stock up almost 5 percent": its noun before it, or none
	}
	if k > 1 && perfect[ws[k-1].w] && !ws[k-1].comma {
		k-- // "Takata's share price has fallen about 40 percent"
	}
	if move == "" || k < 1 || ws[k-1].comma {
		return "", ""
	}
	return move, mover(ws, k-1)
}

var perfect = wordSet("has have had")

// mover is the noun phrase that ends at ws[k], before a verb of rising or
// falling: "Ford shares", "the stock", "Wal-Mart's sales", "Copper" (of
// "Copper CMCU3 rose": a ticker's code is skipped). None when the phrase
// follows a preposition ("sales in the Houston area plunged": the area
// did not).
func mover(ws []qword, k int) string {
	code := func(w qword) bool {
		return strings.ContainsAny(w.w, "0123456789") || len(w.upper) > 2 && w.upper == strings.ToUpper(w.upper)
	}
	word := func(w qword) bool {
		return allLetters(w.w) && len(w.w) > 1 && !text.StopWord(w.w) && !verbLike(w.w) && !IsQuantityWord(w.w) && !code(w)
	}
	if k > 0 && timeAdverbs[ws[k].w] && !ws[k-1].comma {
		k-- // "The dollar later dropped"
	}
	if k > 0 && code(ws[k]) && allLetters(ws[k-1].w) && !ws[k-1].comma {
		k-- // "index DXY", "Copper CMCU3"
	}
	if k < 0 || !word(ws[k]) {
		return ""
	}
	first := k
	for first > 0 && k-first < 2 && word(ws[first-1]) && !ws[first-1].comma {
		first--
	}
	// Only a whole phrase names what moved: none cut short by the limit,
	// none that is a preposition's object ("sales in the Houston area
	// plunged", "the price on this configuration is") or a verb's.
	det, b := "", first-1
	if b >= 0 && (determiners[ws[b].w] || demonstratives[ws[b].w]) && !ws[b].comma {
		if ws[b].w == "the" {
			det = "the "
		}
		b--
	}
	if b >= 0 && !ws[b].comma && !clauseOpeners[ws[b].w] {
		return ""
	}
	var out strings.Builder
	out.WriteString(det)
	for m := first; m <= k; m++ {
		w := ws[m]
		word := cmp.Or(w.upper, w.w)
		if m == 0 && (first == k && endsPlural(w.w) || first < k && ws[m+1].upper == "" && adjectival(w.w)) {
			word = w.w // "Sales climbed", "Comparable sales rose": capitals of the sentence, not of a name ("Ford shares")
		}
		out.WriteString(word)
		switch {
		case w.poss:
			out.WriteString("'s ")
		case w.joined:
			out.WriteByte('-')
		case m < k:
			out.WriteByte(' ')
		}
	}
	return strings.TrimSpace(out.String())
}

var demonstratives = wordSet("this these those")

// clauseOpeners may stand before a clause's subject: "while the average
// price was", "and sales rose", "with shares up 5%".
var clauseOpeners = wordSet("and or but while whereas when where because so that which as although though if meanwhile with")

var timeAdverbs = wordSet("later earlier also then now still already again initially eventually subsequently")

// adjectival reports a word that ends as adjectives do: "comparable",
// "emerging", "problematic".
func adjectival(w string) bool {
	if plainAdjectives[w] {
		return true // "Overall stroke risk increased 21%"
	}
	for _, end := range []string{"able", "ible", "ic", "al", "ing", "ed", "ive", "ous", "ful"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// plainAdjectives say which without an adjective's ending.
var plainAdjectives = wordSet("overall net gross median core")

var articles = wordSet("a an the its their his her")

var beVerbs = wordSet("is was are were")

// totalVerbs say what an amount comes to: "Total costs surpass $50,000".
var totalVerbs = wordSet("totaled totalled totals total topped tops exceeded exceeds surpassed surpass surpasses reached reaches amounted")

// moves are the verbs of a figure that rose or fell, by the noun of each.
var moves = func() map[string]string {
	m := map[string]string{}
	// With their participles: "with its share price soaring 154%".
	for _, w := range strings.Fields(`rose rise rises risen rising climbed climbs climbing jumped jumps jumping gained gains gaining
increased increases increasing grew grows growing soared soars soaring surged surges surging advanced advances advancing
firmed firms strengthened strengthens`) {
		m[w] = "rise"
	}
	for _, w := range strings.Fields(`fell fall falls fallen falling dropped drops dropping declined declines declining slid slides sliding
lost loses sank sinks sinking tumbled tumbles tumbling plunged plunges plunging slumped slumps slumping decreased decreases decreasing
shrank shrinks shrinking eased eases slipped slips slipping weakened weakens`) {
		m[w] = "fall"
	}
	return m
}()

// phraseAfter is the noun phrase after the preposition at ws[i] ("of",
// "from"), as written, of at most four words after a determiner: "the
// vote", "all Indian children" (of "48 percent of all Indian children
// under the age of 5"), "those exonerated"; empty when no noun follows
// ("of them", "of 2019"). A plural ends it, since the word after one is
// often its verb ("80% of the colonists died").
func phraseAfter(ws []qword, i int, prep string) string {
	if i+1 >= len(ws) || ws[i].w != prep || ws[i].comma {
		return ""
	}
	var b strings.Builder
	k, n := i+1, 0
	if phraseDeterminers[ws[k].w] {
		b.WriteString(ws[k].w)
		k++
	}
	for ; k < len(ws) && n < 4 && !ws[k-1].comma; k++ {
		w := ws[k]
		if n > 0 && ws[k-1].joined {
			b.WriteString("-" + cmp.Or(w.upper, w.w)) // "round-the-clock", "Wal-Mart", whatever its parts
			if !w.joined {
				n++
			}
			continue
		}
		if n > 0 && (weekdays[w.w] || speechDays[w.w]) {
			break // "10 inches of snow Thursday": the day is when
		}
		if (IsQuantityWord(w.w) || w.w == "time") && n > 0 {
			return "" // "of the fiscal year", "of continuous talk time": a time's name cut short
		}
		if endsPhrase(ws, k, n > 0) {
			if (w.w == "and" || w.w == "or") && !endsPlural(ws[k-1].w) {
				return "" // "of black and Hispanic students": no cut names it
			}
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(cmp.Or(w.upper, w.w))
		if w.poss {
			b.WriteString("'s")
		}
		n++
		if !w.joined && !w.poss && len(w.w) > 3 && endsPlural(w.w) && !strings.HasSuffix(w.w, "us") && !strings.HasSuffix(w.w, "is") {
			k++
			break // but not at "continuous", "analysis"
		}
	}
	if n == 0 || ws[k-1].joined {
		return "" // nothing named, or a compound cut short
	}
	return b.String()
}

// endsPhrase reports a word no noun phrase goes on with: a stop word, a
// number, an adverb ("of men frequently use"), a verb ("of charging
// gives", "of warfare followed by", but not "of registered voters").
func endsPhrase(ws []qword, k int, inside bool) bool {
	w := ws[k].w
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) || text.StopWord(w) || IsQuantityWord(w) ||
		strings.HasSuffix(w, "ly") && !lyNouns[w] || verbsAsPlurals[w] || phraseEnds[w] {
		return true
	}
	// A verb, its object after it: "24% of that group backs him".
	return inside && (verbLike(w) && (k+1 == len(ws) || ws[k].comma || text.StopWord(ws[k+1].w)) || k+1 < len(ws) && !ws[k].comma && objectPronouns[ws[k+1].w])
}

// phraseEnds end a noun phrase: "lockdown following the attacks", "married
// life later".
var phraseEnds = wordSet("following later earlier including compared according")

var phraseDeterminers = wordSet("the its their his her our all this that these those")

// dimensions follow a measure as adjectives: "12 feet high", "a 3-mile long
// line".
var dimensions = wordSet("high long wide deep tall thick")

// nearestEvent returns the class of the event noun nearest to word i: the
// subject a value is said of usually comes before it ("the talks lasted five
// hours"), so up to back words before are searched first, then fwd after.
func nearestEvent(ws []qword, i, back, fwd int) string {
	return nearest(ws, i, back, fwd, func(string) bool { return true })
}

// maxMeeting is the longest a meeting, a conference or a vote lasts, in
// seconds.
const maxMeeting = 14 * 86400

// unmeasured are the events no distance or area is of.
var unmeasured = wordSet("toll injured meeting conference hearing vote deal plan fine sentence outage protests rally")

// unfit are the events a kind of value cannot measure, though their nouns
// may stand near one: a sniper's shot that "killed" is not the distance of
// a death toll, and a plan agreed on Wednesday is dated by the meeting
// that agreed it.
var unfit = map[string]map[string]bool{
	Duration: wordSet("toll injured deal plan fine"),
	Distance: unmeasured,
	Area:     unmeasured,
	Weight:   unmeasured,
	Volume:   unmeasured,
	Money:    wordSet("toll injured meeting conference hearing vote sentence protests rally"),
	// A share is of what it names ("30 percent of the vote"), or of a vote
	// or a deal near it ("Syriza 26.9%"), not of another event named near
	// it ("6,633 fire employees are male, while just 890, or 13 percent,
	// are female").
	Percent: wordSet("toll injured meeting conference hearing sentence protests rally plan launch mission flight landing fire flood storm quake strike fine outage"),
	Weekday: wordSet("plan"),
	Date:    wordSet("plan"),
}

// date is the day of month m that the number v at word i gives, if it is
// one: written in figures ("April 19", not "in April one week later"),
// one day, not a span ("March 5-7"), and not the day a statement was made
// ("said on March 5"). It is of an event named right beside it, if any: a
// date is in most sentences, and of many things.
func date(ws []qword, sent, i, m int, v, from float64) []Quantity {
	d := int(v)
	first := min(i, m)
	if from != 0 || float64(d) != v || d < 1 || d > 31 || !unicode.IsDigit(rune(ws[i].w[0])) || statementDay(ws, first) {
		return nil
	}
	month := monthNumbers[ws[m].w]
	class := nearest(ws, first, 3, 3, fits(Date))
	if class == "deal" && !dealNamed(ws, first) {
		class = "" // as for days: buying verbs date no deal
	}
	return []Quantity{{Sentence: sent, Kind: Date, Unit: "date", Value: float64(month*100 + d), Base: float64(month*100 + d),
		Day: fmt.Sprintf("%s %d", monthNames[month-1], d), Subject: class}}
}

// dateMonth returns the index of the month that makes the number at i
// (its words ending before j) a day of that month, or -1: "April 19", "19
// April". "may" before a number is the month only when written so ("May
// 5"; not "they may 3D-print it").
func dateMonth(ws []qword, i, j int) int {
	if i > 0 && months[ws[i-1].w] && (ws[i-1].w != "may" || ws[i-1].upper != "") {
		return i - 1
	}
	if j < len(ws) && months[ws[j].w] && ws[j].w != "may" {
		return j
	}
	return -1
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// monthNumbers are the months, 1 to 12, by their names and abbreviations.
var monthNumbers = func() map[string]int {
	m := map[string]int{}
	for i, n := range monthNames {
		l := strings.ToLower(n)
		m[l], m[l[:3]] = i+1, i+1
	}
	m["sept"] = 9
	return m
}()

// moneyOf returns what the amount at word i, ending before word j, is of:
// the noun it stands before ("a $100 million stake", "a $250,000 fine",
// the last of "a £20,000 gastric bypass operation"), after "in" ("$21.8
// million in unpaid taxes") or before "worth", else the event named
// nearest. Buying verbs alone name no deal, but a payment: "bought the
// outfit for $20". A noun that only says it is an amount ("the $53 million
// figure", "a $199 price tag") says nothing of what.
func moneyOf(ws []qword, i, j int) (subject, noun string) {
	start, in := j, j+1 < len(ws) && ws[j].w == "in"
	if in {
		start = j + 1
	}
	at := -1
	for k := start; k < min(len(ws), start+3) && !ws[k-1].comma && moneyNoun(ws[k], in); k++ {
		if !in && k == j && strings.HasSuffix(ws[k].w, "ing") {
			break // "$20 million, including", "$100 million putting": a verb
		}
		if in && k > start && (strings.HasSuffix(ws[k].w, "ed") || strings.HasSuffix(ws[k].w, "ing") && endsPlural(ws[k-1].w)) {
			break // "$50,000 in donations tied to", "in sales totalling": a verb after the noun
		}
		if in && afterMoney[ws[k].w] {
			break // "$96,378 in taxes last year"
		}
		if amountNouns[ws[k].w] {
			at = -1
			break
		}
		at = k
	}
	// After "in", the noun itself must be one, though it may be plural.
	if at >= 0 && (!in || moneyNoun(ws[at], false) || endsPlural(ws[at].w)) {
		if c := eventAhead(ws, start, at-start+1); c != "" && fits(Money)(c) {
			return c, ""
		}
		noun := ws[at].w
		if act := givers[noun]; act != "" {
			noun = act // "a $500 donor" gave a $500 donation
		}
		return text.Stem(noun), noun
	}
	// Or the noun before "of": "long-term debt of more than $700 million",
	// "assets of $1 million", "bail of $50,000".
	if k := wordBefore(ws, i); k >= 1 && ws[k].w == "of" && !ws[k-1].comma {
		if n := ws[k-1]; moneyNoun(n, true) && !amountNouns[n.w] && !notMoneyNouns[n.w] && !levels[n.w] && !verbLike(n.w) && !(strings.HasSuffix(n.w, "ly") && !lyNouns[n.w]) {
			if c := n.class(); c != "" {
				if fits(Money)(c) {
					return c, ""
				}
			} else {
				return text.Stem(n.w), n.w
			}
		}
	}
	// Or the noun that is worth it: "stock awards worth $41 million" are
	// the awards, as "$41 million in stock awards" are.
	if k := wordBefore(ws, i); k >= 1 && ws[k].w == "worth" && !ws[k-1].comma {
		if n := ws[k-1]; moneyNoun(n, true) && !amountNouns[n.w] && !notMoneyNouns[n.w] && !verbLike(n.w) && n.class() == "" {
			return text.Stem(n.w), n.w
		}
	}
	if k := wordBefore(ws, i); k >= 0 && moneyVerbs[ws[k].w] == "cut" && !ws[k].comma {
		return "", "" // "a final deal that will cut just $8.7 billion from the program": a cut (moneyName), not the deal's sum
	}
	subject = nearest(ws, i, 10, 10, fits(Money))
	if subject == "deal" && !dealNamed(ws, i) {
		return subject, "payment"
	}
	if subject == "plan" && !classNamed(ws, i, 10, "plan", documents) {
		return "", "" // "In the document, Avenatti claims that Cohen received $500,000": no plan's sum
	}
	return subject, ""
}

// documents name a plan's text, which holds many figures: an amount near
// one is no plan's sum unless a word that is a plan ("the budget plan", "a
// proposal") is near too.
var documents = wordSet("document documents draft drafts")

// moneyNoun reports a word that may name what an amount before it is of:
// a noun in lower case, not a verb ("$5 million went to"), an adverb, an
// adjective ("$199 retail", "payable in bitcoin") or a plural, which is as
// often a verb ("$2 billion flows"; "gas" is none). After "in" the words
// before the noun may be anything ("in adjusted gross income"), and it may
// be plural.
func moneyNoun(w qword, in bool) bool {
	l := w.w
	if w.cased != "" && !(in && demonyms[l]) || len(l) < 3 || !allLetters(l) || text.StopWord(l) || IsQuantityWord(l) || months[l] {
		return false // after "in", a people's adjective may qualify the noun: "$200 billion in Chinese goods"
	}
	return in || !verbLike(l) && (!endsPlural(l) || len(l) == 3) && !strings.HasSuffix(l, "able") && !(strings.HasSuffix(l, "ly") && !lyNouns[l]) && !notMoneyNouns[l]
}

// endsPlural reports a word that ends as a plural noun does: "taxes", not
// "loss".
func endsPlural(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }

// givers are the people an amount before them says what they gave,
// by what they gave.
var givers = map[string]string{"donor": "donation", "donors": "donations", "contributor": "contribution",
	"contributors": "contributions", "investor": "investment", "investors": "investments", "bidder": "bid", "lender": "loan"}

// afterMoney end the phrase after an amount's "in": "$96,378 in taxes last year".
var afterMoney = wordSet("last next earlier later tonight")

var notMoneyNouns = wordSet(`worth apiece each today tonight yesterday tomorrow earlier later late last next ahead back alone
total overall annually monthly weekly daily yearly quarterly hourly nightly annual cheaper dearer higher lower more less
bigger larger smaller richer poorer short shy upfront outright trading cash net gross pretax retail regular hit face dollar
addition exchange return part`)

var lyNouns = wordSet("supply family assembly monopoly rally reply ally")

// levels name where an amount stands, not what it is of, before "of": "a
// high of $193", "to the tune of $28 billion", "in excess of $500,000".
var levels = wordSet("value peak high low average maximum minimum record tune excess upward upwards north south equivalent")

// amountNouns name an amount, not what it is of.
var amountNouns = wordSet("figure sum amount money cost price tag mark range level barrier threshold estimate valuation list")

// dealNamed reports a deal named by a noun near word i ("the merger on
// Tuesday"), not only by a verb of buying or paying.
func dealNamed(ws []qword, i int) bool { return classNamed(ws, i, 6, "deal", dealVerbs) }

// classNamed reports a word of class within n words of word i, other than
// those of except.
func classNamed(ws []qword, i, n int, class string, except map[string]bool) bool {
	for k := max(0, i-n); k < min(len(ws), i+n+1); k++ {
		if ws[k].class() == class && !except[ws[k].w] {
			return true
		}
	}
	return false
}

var dealVerbs = wordSet("buy buys bought acquire acquires acquired pay pays paid")

// fits accepts the events a kind of value can measure.
func fits(kind string) func(string) bool {
	return func(class string) bool { return !unfit[kind][class] }
}

// nearest is nearestEvent for the classes ok accepts. An aside between
// dashes that the value is not in is passed over: "The warrant — carried
// out the day of his death — was filed Thursday" dates the filing.
func nearest(ws []qword, i, back, fwd int, ok func(string) bool) string {
	if k := nearestAt(ws, i, back, fwd, func(k int) bool { return ok(ws[k].class()) }); k >= 0 {
		return ws[k].class()
	}
	return ""
}

// nearestAt is where nearest finds an event noun ok accepts, told by its
// place, or -1.
func nearestAt(ws []qword, i, back, fwd int, ok func(k int) bool) int {
	for k, n := i-1, 0; k >= 0 && n < back; k, n = k-1, n+1 {
		if ws[k].dash {
			if j := lastDash(ws[:k]); j >= 0 {
				k = j // the aside closing after k opens after this word
			}
		}
		if ws[k].class() != "" && ok(k) {
			return k
		}
	}
	for k, n := i+1, 0; k < len(ws) && n < fwd; k, n = k+1, n+1 {
		if ws[k-1].dash {
			if j := slices.IndexFunc(ws[k:], func(q qword) bool { return q.dash }); j >= 0 {
				k += j + 1 // past the aside opening before k
				if k >= len(ws) {
					break
				}
			}
		}
		if ws[k].class() != "" && ok(k) {
			return k
		}
	}
	return -1
}

// headOf is the event noun a phrase with the event noun at k follows:
// "protests over Gray's death spread Wednesday" dates the protests. k
// if none.
func headOf(ws []qword, k int) int {
	j := k - 1
	if j > 0 && (ws[j].poss || determiners[ws[j].w]) {
		j--
	}
	if j > 0 && headPrepositions[ws[j].w] && ws[j-1].class() != "" {
		return j - 1
	}
	return k
}

var headPrepositions = wordSet("over about against into")

// datedApart reports an event noun at k with a day of its own right after
// it, other than the one at i: "disclosed it Sunday after a meeting
// Thursday" dates the meeting Thursday, not Sunday.
func datedApart(ws []qword, k, i int) bool {
	for j := k + 1; j < min(len(ws), k+3); j++ {
		if j != i && weekdays[ws[j].w] {
			return true
		}
	}
	return false
}

// urgedAfter reports an event noun at k that someone was urged to on the
// day at i: "who on Tuesday called for the US to launch a strike" dates
// the call, not a launch.
func urgedAfter(ws []qword, i, k int) bool {
	return k > i+1 && ws[k-1].w == "to" && anyWithin(ws, i+1, k-1, urgingVerbs)
}

var urgingVerbs = wordSet("called urged asked demanded told pressed begged implored")

// lastDash is the index of the last word of ws a dash follows, or -1.
func lastDash(ws []qword) int {
	for k := len(ws) - 1; k >= 0; k-- {
		if ws[k].dash {
			return k
		}
	}
	return -1
}

// prisonStaff are those who work in a prison, not those sent there.
var prisonStaff = wordSet("officer officers guard guards staff official officials warden wardens worker workers system service")

// offset reports a duration that places something in time rather than
// measures it: "five years ago", "two days later", "one day before the
// vote", "two weeks left" (to a deadline). "Lasted five hours before the
// leaders emerged" is a length.
func offset(ws []qword, i, j int) bool {
	if k := wordBefore(ws, i); k > 0 && (ws[k].w == "in" && anyWithin(ws, k-8, k, records) || ws[k].w == "for" && anyWithin(ws, k-8, k, superlatives)) {
		return true // "the first title in 40 years", "the heaviest trading for eight months": a span since
	}
	if j+1 >= len(ws) {
		return false
	}
	if j+3 < len(ws) && ws[j+1].w == "in" && ws[j+2].w == "a" && ws[j+3].w == "row" || ws[j+1].w == "running" && !ws[j-1].joined && (j+2 == len(ws) || ws[j+2].w != "time") {
		return true // "two years in a row", "the third year running": how often, no length
	}
	switch next := ws[j+1].w; {
	case next == "ago" || next == "earlier" || next == "later" || next == "left" || next == "remaining" ||
		next == "nearer" || next == "closer" || next == "sooner" || next == "early" || next == "late" ||
		next == "prior" || next == "along" || next == "behind" || next == "ahead" || next == "overdue" || next == "away" || next == "apart" || next == "mark":
		return true // "one day nearer to the vote", "three weeks early", "four months along", "100 days away", "18 years apart", "the 12-week mark"
	case next == "on" && (ws[j+1].comma || j+2 == len(ws)):
		return true // "Ten months on, it is clear…": how long since
	case next == "since" && (i == 0 || !lasting[ws[i-1].w]):
		return true // "50 years since the band's formation": how long ago, no event's length
	case next == "into" && j+2 < len(ws) && (determiners[ws[j+2].w] || ws[j+2].poss):
		return true // "five months into his presidency": when, not how long
	case (next == "before" || next == "after") && j+2 < len(ws) && !digits(ws[j+2].w):
		// "one day before the vote", "four months after Flight 370
		// vanished", "two weeks after he canceled concerts", "two years
		// after passing out", "four years after emancipation"
		for k := max(0, i-3); k < i; k++ {
			if lasting[ws[k].w] {
				return false
			}
		}
		return true
	}
	return false
}

// records are the words of a first or a record since some time: "the
// first title in 40 years", "the biggest surge in 60 years". After "for",
// only a superlative's are: "the highest for 30 years", but "prime
// minister in his first stint for 22 years" was in office that long.
var (
	records      = wordSet("first only " + superlativeWords)
	superlatives = wordSet(superlativeWords)
)

const superlativeWords = `biggest largest highest lowest worst best most least fastest slowest strongest
weakest deadliest warmest coldest hottest wettest driest longest shortest greatest smallest heaviest busiest`

var subjectPronouns = wordSet("he she they it we i you")

// lasting words say a duration is how long something took.
var lasting = wordSet("last lasted lasting lasts for spent spend took take takes stay stayed stays")

// durationReach is how far back the event a duration measures may be named.
// After a verb of lasting the event is the clause's subject, however far
// ("The talks, which …, lasted five hours"); otherwise only a few words
// ("the flooding of the past two weeks"): an event named further back is
// seldom what lasted ("on launch day, wait times exceeded two hours").
func durationReach(ws []qword, i int) int {
	for k := i - 1; k >= max(0, i-3); k-- {
		if lasting[ws[k].w] && ws[k].w != "for" {
			return len(ws)
		}
		if ws[k].comma {
			break
		}
	}
	return 6
}

// timeFrame words between a determiner and a duration make it a period
// looked back on ("the previous three years", "the first 100 days"), not
// the length of anything. "The next 60 days" is left alone: it is often
// how long something planned will take.
var timeFrame = wordSet("past previous last preceding recent first final")

// apart reports "of each other" or "of one another" after ws[j]: "came
// within 131 days of each other" is the span between two things.
func apart(ws []qword, j int) bool {
	return j+3 < len(ws) && ws[j+1].w == "of" && (ws[j+2].w == "each" && ws[j+3].w == "other" || ws[j+2].w == "one" && ws[j+3].w == "another")
}

// figureBefore reports a number among ws[:k]: "to spend $40 million over
// the next five years" spreads the figure over a window, where "will drill
// over the next 60 days" says how long the drilling lasts.
func figureBefore(ws []qword, k int) bool {
	for m := range k {
		if _, _, ok := number(ws, m); ok {
			return true
		}
	}
	return false
}

// windowWords before "the next" make a period ahead a window something
// may happen in ("within the next 48 hours"), not how long it lasts.
var windowWords = wordSet("during within in")

// modelNames end a product's name after its number: "iPhone 6 Plus",
// "Galaxy S10 Lite".
var modelNames = wordSet("plus pro max mini ultra lite edge series")

// killing verbs before a count of people make it a death toll.
var killing = wordSet("killing killed kills kill")

// IsQuantityWord reports a word (or its stem) that states a quantity
// rather than what it is of: numbers, units, ordinals and days.
func IsQuantityWord(w string) bool {
	for _, f := range []string{w, w + "s", w + "es"} {
		_, number := numberWords[f]
		_, ordinal := ordinalWords[f]
		if number || ordinal || weekdays[f] || units[f].kind != "" {
			return true
		}
	}
	return false
}
