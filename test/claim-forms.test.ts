// Numbers as real pages write them, and numbers on pages that are no claims: a page's counters,
// players, citation markers and file names, dates, labels, and figures pointed back at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { article, extractFrom } from "./helpers.ts";

/** Each claim as "as written = value unit [qualifier]". */
function claimsOf(text: string): string[] {
  const { x } = extractFrom(text);
  return x.claims.map((c) => `${c.valueText} = ${c.value} ${c.unit}${c.qualifier ? ` ${c.qualifier}` : ""}`);
}

test("figures as wire copy, headlines and speech write them", () => {
  const cases: [string, string[]][] = [
    ["The province lifted over 2 mln people out of poverty.", ["2 mln = 2000000 person more_than"]],
    // (A plural noun after the number is what it counts, though a word of money stands before: "time spent".)
    ["She spoke about her time spent in two camps.", ["two = 2 count"]],
    // ("a family of five": its members are counted.)
    ["The money was hardly enough to feed my family of five.", ["five = 5 person"]],
    // (A people's name ending the phrase counts its people; before a noun, the noun is counted.)
    ["It means that 128 million Chinese in rural areas now qualify as poor.", ["128 million = 128000000 person"]],
    // (A length of years after "in the past" is a figure too, as blind annotators count it; the span it gives is the period's business.)
    ["In the past five years the town grew.", ["five = 5 year"]],
    // (A temperature under zero: the word "minus" or the minus sign before it.)
    ["It drops below minus 10 degrees in winter; the record is −62.4 °C, and the days gain 10 degrees.", ["10 = -10 count", "62.4 = -62.4 count", "10 = 10 count"]],
    // (An infobox sets a space after the currency's sign.)
    ["GDP was CN¥ 46.7 billion or US$ 7.1 billion.", ["CN¥ 46.7 billion = 46700000000 CNY", "US$ 7.1 billion = 7100000000 USD"]],
    ["The 16 Chinese enterprises opened plants, and some 15 million new entrants joined.", ["16 = 16 company", "15 million = 15000000 person about"]],
    ["The region lifted nearly 1.85m people out of poverty.", ["1.85m = 1850000 person nearly"]],
    ["China's Yunnan Lifts 1.37 Mln People Out Of Poverty.", ["1.37 Mln = 1370000 person"]],
    ["Camps held 1–2 million Uyghurs, the report said.", ["1 = 1000000 person", "2 million = 2000000 person"]],
    ["More than half a million people moved.", ["half a million = 500000 person more_than"]],
    ["Several hundred thousand workers were moved.", ["Several hundred thousand = 100000 person approximately_order"]],
    ["About one in five families left.", ["one in five = 0.2 count about"]],
    ["In 2004 fewer than one person in ten was poor.", ["one person in ten = 0.1 count less_than"]],
    ["The team made one visit in five years.", ["five = 5 year"]],
    ["The cadre visits twice a month.", ["twice = 2 count"]],
    ["Harvesting took less than a week.", ["a = 1 week less_than"]],
    ["He is paid about 2 yuan (about 30 U.S. cents) a kilogram.", ["2 = 2 CNY about", "30 = 0.3 USD about"]],
    ["Output rose fivefold.", ["fivefold = 5 count"]],
    ["The trip took two and a half hours.", ["two and a half = 2.5 hour"]],
    ["One and a half million people moved.", ["One and a half million = 1500000 person"]],
    ["The line is equivalent to $2.30/day (2017 PPP).", ["$2.30 = 2.3 USD"]],
    ["Gansu lifts 1.5 million out of poverty.", ["1.5 million = 1500000 person"]],
    ["The poverty rate fell to 0.9 per cent.", ["0.9 = 0.9 percent"]],
    ["The five-year transition period began.", ["five = 5 year"]],
    ["\"Now they walk for ten minutes.\"", ["ten = 10 count"]],
    ["The FIFTY-five-year-old herder sold two sheep.", ["FIFTY-five = 55 year_of_age", "two = 2 animal"]],
    ["\u201cSeven hundred million people out of poverty by next year,\u201d she said.", ["Seven hundred million = 700000000 person"]],
    ["The goal was met–10 years ahead of schedule.", ["10 = 10 year"]],
    ["It earned 120 million-150 million yuan a year from a 1.1-billion-yuan fund.", ["120 million = 120000000 CNY", "150 million = 150000000 CNY", "1.1-billion = 1100000000 CNY"]],
    ["More than 1,000 shepherds and thousands of locals moved, among them 600 herdsmen and two sons of one family.", ["1,000 = 1000 person more_than", "thousands = 1000 person approximately_order", "600 = 600 person", "two = 2 person"]],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(claimsOf(article(sentence)), expected, sentence);
});

test("not claims: dates, labels, plans, spans of time, ranges of pages and section numbers", () => {
  const cases: string[] = [
    "The thread was posted Feb 02 '22 by a teacher.",
    "Two years ago she moved to the town.",
    "The county is subdivided into these towns: 1. Karakax, 2. Kawak, 3. Yengiyer, 4. Tuwet and 5. Qochi.",
    "The three-year action plan ended in 2020.",
    "The list was publicised from November 20 to 26, 2020.",
    "See The Valley Quarterly, pp. 1 - 21.",
    "Moving them was step one; keeping them there is step two.",
    "SOUNDBITE 1 (Chinese): YEMEK AMEN, Cotton farmer",
    "Episode 3 of the series is out.",
    "Registration Number: 130349",
    "Institute of Rural Studies, Kunming 650221, China.",
    "4 months ago '16 #37",
    "Four Decades of Rural Reform in China: Lessons for the World",
    "Valley Press | Par valleydaily - 24 Juin 2020",
    "The office is at 8 Wangjing East Road in the capital.",
    "Valley Agriculture 2022, 12(9), 1417.",
    "SOUNDBITE (English) Jane Roe, analyst (partially overlaid with shots 4-5):",
    "Poverty fell, according to statistics.",
    "Top 10 valley news events of the year.",
    "Time zone China Standard (UTC+8)",
    "Covid 19 is under control, the post says.",
    "The council met at 3 P. M. on Thursday.",
    "Supported by the Valley Science Foundation(31971560)",
    "Homes were built in the Thirteenth Five-Year period.",
    "The poverty line was set at 20 1 1, the standard of 20 10/274.",
    "The notice was dated 1/2/2020.",
  ];
  for (const sentence of cases) assert.deepEqual(claimsOf(article(sentence)), [], sentence);
});

test("a page's counters, players, markers and file names are chrome, and their numbers no claims", () => {
  const text = [
    "r/China Feb 02 '22",
    "Xinjiang says 3.09 million people left poverty",
    "412 Upvotes",
    "57 comments sorted by",
    "88",
    "u/steppe_rider Feb 02 '22",
    "I lived in Kashgar for 3 years.[1]",
    "2.4k upvotes · 890 comments",
    "Manage episode 312345678 series 2345678",
    "Episode 3",
    "⏱️ 18 minutes",
    "45:12",
    "poverty-relief-village-800.jpg",
    "Total loading time: 0",
    "Full text views 1,204",
    "0 download",
    "1 Background",
    "2 Relocation",
    "|<< Previous 1 2 3 4 5 Next >>|",
  ].join("\n") + "\n";
  assert.deepEqual(claimsOf(text), ["3.09 million = 3090000 person", "3 = 3 year"]);
});

test("a comment's author and age, an affiliation's number after a bullet, a style sheet and a template left in the text are no claims", () => {
  const text = article(
    "Valley says 40 villages have roads",
    "R LoRusso 3 months",
    "  • 1. Institute of Valley Studies, Valley University",
    ".most-popular .layout-ratio{ padding-bottom: 79.13%; } @media (min-width: 768px) { .title { font-size: 15px; } }",
    "{{ articles_filter_1561_widget.title }}",
  );
  assert.deepEqual(claimsOf(text), ["40 = 40 village"]);
});

test("a figure the body counted already and points back at is no new claim; a headline or caption states it anew", () => {
  const text = article(
    "Ten counties left the list. The last 10 impoverished counties in the region met the standard.",
    "The 10 counties are in the south. Her family of five moved; the five now live in town.",
  );
  assert.deepEqual(claimsOf(text), ["Ten = 10 county", "five = 5 person"]);
  const captioned = "Villagers make nang in Moyu County, Oct. 22, 2020. The last 10 impoverished counties ended poverty. (Xinhua/Zhao Ge)\n\nThe last 10 impoverished counties in Xinjiang have managed to end absolute poverty.\n";
  assert.deepEqual(claimsOf(captioned), ["10 = 10 county", "10 = 10 county"]);
});

test("a video's shot list: numbered lines stay lines of their own, so no shot's number is a figure, and the running time ('TRT: 2.40') is none either", () => {
  const lines = ["Valley water project", "", "TRT: 2.40", "SOURCE: VALLEY BANK", "1. Wide, establishing of village entrance", "2. Tilt up of stoned road of village", "3. Wide, low angle, wooden home", "4. SOUNDBITE (Mandarin) Chen Wei, farmer:", "\u201cNow we earn 20,000 yuan a year.\u201d", "5. Wide shot of water pipe"];
  const { x } = extractFrom(`${lines.join("\n")}\n`);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[20000, "Chen Wei"]]);
});

test("a bare figure a population is measured by counts people ('the impoverished population amounted to 16.6 million', 'The Rural Poor Decreased by 13.86 Million'); respondents and managers are people", () => {
  const units = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.value, c.unit]);
  assert.deepEqual(units("The impoverished population in rural areas amounted to 16.6 million at the end of 2018."), [[16600000, "person"]]);
  assert.deepEqual(units("The number of the rural poor dropped to 1.47 million in the eastern region."), [[1470000, "person"]]);
  assert.deepEqual(units("The Rural Poor in the Valley Decreased by 13.86 Million in 2018"), [[13860000, "person"]]);
  assert.deepEqual(units("The survey reached approximately 600 respondents and more than 800 company managers."), [[600, "person"], [800, "person"]]);
  // (Money a population is measured by is still money.)
  assert.deepEqual(units("The income of the rural poor rose to 9,000 yuan."), [[9000, "CNY"]]);
  // "was reduced from ...", "reducing ... by at least ...": after funds in yuan, the poor are still people.
  assert.deepEqual(units("Funds reached 43.3 billion yuan. The number of rural poor people was reduced from 82.49 million. The task of reducing the rural poor by at least 10 million was met."), [[43300000000, "CNY"], [82490000, "person"], [10000000, "person"]]);
});

test("'as many as' and 'as much as' set a ceiling ('As many as 52 million people', 'by as much as 40 percent'); 'twice as many as' compares", () => {
  const qualifiers = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.value, c.qualifier]);
  assert.deepEqual(qualifiers("As many as 52 million people could be forced into poverty."), [[52000000, "at_most"]]);
  assert.deepEqual(qualifiers("Orders fell by as much as 40 percent."), [[40, "at_most"]]);
  assert.deepEqual(qualifiers("The town has twice as many as 300 shops."), [[2, null], [300, null]]);
});

test("a share that names what it counts inside itself ('one person in ten lives below the line') reads no noun after it: the span ends at 'ten'", () => {
  const text = article("About one person in ten lives below the line.");
  const { doc, x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => [doc.text.slice(c.start, c.end), c.unit, c.unitText]), [["About one person in ten", "count", null]]);
});

test("nine digits or more, ungrouped and counting nothing named, are an identifier ('the Valley Science Foundation (71861147002 and 71761147004)'); grouped or with a noun they count", () => {
  assert.deepEqual(claimsOf(article("This work was supported by the Valley Science Foundation (71861147002 and 71761147004).")), []);
  assert.deepEqual(claimsOf(article("The fund spent 158000000000 yuan on roads.")), ["158000000000 = 158000000000 CNY"]);
  assert.deepEqual(claimsOf(article("The fund reached 71,861,147,002 people.")), ["71,861,147,002 = 71861147002 person"]);
});

test("a reference's volume, issue and pages ('Journal of Hill University, 20(02): 7-13, 89.', '2020(02): 112-119') are no figures; 'The results show that ...' on a page that names no writer credits no one", () => {
  assert.deepEqual(claimsOf(article("Wang S, Zeng X, 2018, Preliminary Study on Poverty After 2020. Journal of Hill University (Social Sciences), 20(02): 7-13, 89.")), []);
  assert.deepEqual(claimsOf(article("Zhang C, 2020, Connotation and Measurement of Relative Poverty. Journal of Valley University, 2020(02): 112-119.")), []);
  const { x } = extractFrom(article("The results show that 44.65% of households are in relative poverty."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[44.65, null]]);
});

test("a table of contents run into one line gives no figures from its page and outline numbers ('Overview 4 I. Policy 5 (I) Evolution ... 7 1. Goal: moving 2.4 million people 7 2. Target'); the entries' own figures count", () => {
  const contents = "Catalogue: Hill Country Relocation 4 I. Policy Overview 5 (I) History of the programme 6 (II) General framework 7 1. Goal: moving 2.4 million people in five years 7 2. Target: 2.4 million people 8 II. Implementation 9 (I) Funds 10 1. Fundraising: four channels 11 2. Spending";
  assert.deepEqual(claimsOf(article(contents)), ["2.4 million = 2400000 person", "five = 5 year", "2.4 million = 2400000 person", "four = 4 count"]);
  assert.deepEqual(claimsOf(article("The county counted 7 new schools and 2 clinics.")), ["7 = 7 item", "2 = 2 item"]);
});

test("how many levels or tiers a structure has names its kind ('a five-level system of Party secretaries', 'three-tier checks'); 'five levels of government' counts", () => {
  assert.deepEqual(claimsOf(article("The county built a five-level system of Party secretaries and three-tier checks.")), []);
  assert.deepEqual(claimsOf(article("The plan runs through five levels of government.")), ["five = 5 count"]);
});

test("a figure with no noun after it counts what the sentence said it counts: 'the total number of counties removed from the list to 153', 'Among the impoverished counties applying to quit, 165 from Hebei'; 'his eight years in power' is a time in office, no age", () => {
  assert.deepEqual(claimsOf(article("It brought the total number of counties removed from the poverty list since then to 153.")), ["153 = 153 county"]);
  assert.deepEqual(claimsOf(article("Among the impoverished counties applying to quit the list in 2019, 165 from Hebei and Shanxi have passed.")), ["165 = 165 county"]);
  assert.deepEqual(claimsOf(article("He recalled his eight years in power.", "She spent most of her 62 years in the village.")), ["eight = 8 year", "62 = 62 year_of_age"]);
});

test("an encyclopedia's coordinates and infobox rows give no figures; a fraction grouped in threes ('Minfeng County (0.466 3)') is one figure, the place before its bracket's", () => {
  const { x } = extractFrom("Minning, Ningxia\n\nCoordinates: 38°14′40″N 105°58′18″E / 38.24444°N 105.97167°E / 38.24444; 105.97167\nFrom Wikipedia, the free encyclopedia\nTime zoneUTC+8 (China Standard)\n\nMinning is a town in Yongning County with six villages.\n\nThe poverty areas include Hotan County (0.528 0) and Minfeng County (0.466 3); the next include Pishan County (0.387 1),Yutian County (0.378 8).\n");
  assert.deepEqual(x.claims.map((c) => [c.value, c.place]), [[6, "Yongning"], [0.528, "Hotan"], [0.4663, "Minfeng"], [0.3871, "Pishan"], [0.3788, "Yutian"]]);
});

test("a finance site's market ticker over a story ('• Nikkei 225' over '29,583.98' over '+617.97 (+2.13%)', 'U.S. markets closed') gives no figures and no title", () => {
  const { doc, x } = extractFrom("U.S. markets closed\n\n  • S&P Futures\n\n    3,839.25\n    +30.00 (+0.79%)\n\n  • Nikkei 225\n\n    29,583.98\n    +617.97 (+2.13%)\n\n  • 10-Yr Bond\n\n    1.4600\n    -0.0580 (-3.82%)\n\nValley Expert: Lessons learned from the county's campaign\n\nValley, March 1, 2021 -- In 2016, the county officially pledged that by 2020 it would lift its remaining 832 villages out of poverty.\n");
  assert.deepEqual(x.claims.map((c) => c.valueText), ["832"]);
  assert.notEqual(doc.metadata.title, "U.S. markets closed");
});

test("no figure: a transcript's voice label ('<v Speaker 1>', 'Speaker 2:'), a reference marker whose bracket stands apart ('[ 12]'), an image file's size in bytes", () => {
  const { x } = extractFrom("Valley podcast\n\n<v Speaker 1>Hello, and welcome to the show about 300 farmers.\n\nThe curve [\n12]. The chart image.jpg (214603 bytes) showed 45 villages. Speaker 2: We saw 40 houses.\n");
  assert.deepEqual(x.claims.map((c) => c.value), [300, 45, 40]);
});

test("no figure: 'COVID nineteen', the disease's name a transcript spells out", () => {
  assert.deepEqual(extractFrom(article("So COVID nineteen is a kind of stress test, and 40 firms closed.")).x.claims.map((c) => c.value), [40]);
});

test("hedges set after the number: '2,000-plus residents', '300+ homes' (more than), '20,000 yuan a year or less' (at most), '60 or older' (at least); not 'more or less'", () => {
  assert.deepEqual(claimsOf(article("The county moved 2,000-plus residents a day and built 300+ homes.")), ["2,000 = 2000 person more_than", "300 = 300 household more_than"]);
  assert.deepEqual(claimsOf(article("Families earning 20,000 yuan a year or less got aid, and people aged 60 or older got pensions.")), ["20,000 = 20000 CNY at_most", "60 = 60 year_of_age at_least"]);
  assert.deepEqual(claimsOf(article("The fund paid 500 yuan more or less to each family.")), ["500 = 500 CNY"]);
});

test("no figure: a paper's authors' affiliation numbers ('Ann Lee 1 , Bo Chen 2,* and Wei Zhang 1'), its numbered affiliations ('1 College of Geography'), a telephone's country code ('+86-0931-7971754'), a position in degrees ('27.88°N')", () => {
  assert.deepEqual(
    claimsOf(article("Rural Incomes in Hill Province Ann Lee 1 , Bo Chen 2,* and Wei Zhang 1 1 College of Geography, Hill Normal University, Hilltown 730000, China 2 School of Economics, Valley University * Correspondence: Tel.: +86-0931-7971754. Fifty counties are poor.")),
    ["Fifty = 50 county"],
  );
  assert.deepEqual(claimsOf(article("The seat lies at 27.88°N 102.27°E, and 3 villages stand near it.")), ["3 = 3 village"]);
  // A number after two capitalised words with nothing like an affiliation after it is still a figure.
  assert.deepEqual(claimsOf(article("Hill County 12 villages were moved.")), ["12 = 12 village"]);
});

test("no figure: a dynasty's or a life's years in brackets after its name ('the Yuan Dynasty (1271-1368)', 'Li Bai (701–762)')", () => {
  assert.deepEqual(claimsOf(article("The ancestors lived there as early as the Yuan Dynasty (1271-1368), and the poet Li Bai (701–762) wrote of 30 villages.")), ["30 = 30 village"]);
});

test("no figure: an older year after a word of time ('made a province in 1413'), a year of an era ('113 BC', '1106 AD'), 'four to five thousand years ago', a licence's version ('4.0 International'), a member's counters in bulleted items ('- 47,580', '- -12')", () => {
  assert.deepEqual(claimsOf(article("The county was made a province in 1413 and a county in 113 BC; the town was built in 1106 AD, and 1500 villages were moved.")), ["1500 = 1500 village"]);
  assert.deepEqual(claimsOf(article("People lived there four to five thousand years ago, and 30 families stay.")), ["30 = 30 family"]);
  assert.deepEqual(claimsOf(article("This is an open access article under the Creative Commons Attribution-NonCommercial 4.0 International License. It covers 12 counties.")), ["12 = 12 county"]);
  assert.deepEqual(claimsOf("Hill County's poorest villages\n\nvalleyfan\nELITE MEMBER\n- Nov 4, 2011\n- 47,580\n- -12\n\nThe county moved 300 families last year.\n"), ["300 = 300 family"]);
});

test("no figure: 'zero poverty' and a 'zero-poverty' goal, how high a building is ('a six-storey building', 'a two-story house'); its rooms are counted", () => {
  assert.deepEqual(claimsOf(article("The county set a zero-poverty goal and called it zero poverty; 40 families moved.")), ["40 = 40 family"]);
  assert.deepEqual(claimsOf(article("They moved into a six-storey building and a two-story house; 30 households moved.")), ["30 = 30 household"]);
  assert.deepEqual(claimsOf(article("The family moved into a nine-room house.")).length, 1);
});

test("an infobox's label run into its value ('Total1,685 km2', '• Density81/km2 (210/sq mi)') and a density in the text ('37/km2') are figures", () => {
  assert.deepEqual(claimsOf("Hill County\n\nArea\n\n  Total1,685 km2 (651 sq mi)\n\n • Density81/km2 (210/sq mi)\n\nHill County is a county of the province.\n"), ["1,685 = 1685 count", "651 = 651 count", "81 = 81 count", "210 = 210 count"]);
  assert.deepEqual(claimsOf(article("The prefecture has a density of 37/km2 and 95/sq mi.")), ["37 = 37 count", "95 = 95 count"]);
  // A word run into a number elsewhere is still no figure ("COVID19", "Totals2").
  assert.deepEqual(claimsOf(article("The COVID19 rules changed, and 12 villages moved.")), ["12 = 12 village"]);
});

test("'40 years or so' is about forty years, as 'some 40 years' is", () => {
  assert.deepEqual(claimsOf(article("During the past 40 years or so, the valley's population grew.", "Some 40 years passed.")), ["40 = 40 year about", "40 = 40 year about"]);
});

test("a year after its day and month dates what follows it, whatever noun comes next ('Photo taken on November 15, 1999 shows residents'), and the figures beside it still count", () => {
  assert.deepEqual(claimsOf(article("Photo taken on November 15, 1999 shows residents of the county who had not moved.", "A photo taken on 3 March 2001 shows 40 farmers in the field.")), ["40 = 40 person"]);
});

test("a range of days with no year after it ('from Feb. 22 to 27 to interview ...') counts nothing; a count after it still does", () => {
  assert.deepEqual(claimsOf(article("A group of journalists visited the valley from Feb. 22 to 27 to interview 300 local people.", "The fair ran from March 3 to 9, and 27 companies joined.")), ["300 = 300 person", "27 = 27 company"]);
});

test("the parts an argument is laid out in ('four aspects', 'three ways of employment', 'three hypotheses', 'three figures') count nothing; three hundred figures of the Buddha still do", () => {
  assert.deepEqual(claimsOf(article("The report sets out four aspects of the plan and three ways of employment, tests three hypotheses and gives three figures.", "The county restored 300 figures of the Buddha.")), ["300 = 300 count"]);
});

test("a board's pages 'first 1-6 last' are no figures", () => {
  const { x } = extractFrom(article("The county moved 3,000 families this year.", "first 1-6 last"));
  assert.deepEqual(x.claims.map((c) => c.value), [3000]);
});

test("a thread's scores and counters, an address's suite and ZIP code, and a wheel of prizes give no figure", () => {
  const { doc, x } = extractFrom(
    [
      "How many herders were really moved in Qinghai?",
      "",
      "214 points · 87 comments · 91% upvoted",
      "arrow-up 47   arrow-down   ·   12 comments",
      "4.6 612 Ratings",
      "",
      "u/quantile_fan  Mar 3 '22  ·  356",
      "The county reports list 9,800 households.",
      "[deleted]  Mar 4 '22  ·  5",
      "",
      "The Steppe Foundation, 1150 Elm Street NW, Suite 300, Washington, DC 20036",
      "Win an iPhone 12 - spin the wheel now",
    ].join("\n") + "\n",
  );
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["9,800 households"]);
});

test("an encyclopedia's references give no figures: a cited headline's, a volume's and pages, a series number", () => {
  const { doc, x } = extractFrom(
    [
      "Tongde County",
      "",
      "In 2019 Tongde moved 3,400 herders into new settlements.[3]",
      "",
      "References",
      "3. ^ \"Tongde moves 3,400 herders in one year\". Qinghai Daily. 2020-01-14.",
      "7. ^ Harlow, Ann (2021). \"Settling the steppe\". Journal of Pastoral Studies. 62: 113–129.",
      "8. ↑ Pike, Tom (2020). \"Wool and wages\". Policy Brief 37.",
      "9. \"East-west pairing helps 1.9 million find jobs\". Xinhua. 2021-01-14.",
    ].join("\n") + "\n",
  );
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["3,400 herders"]);
  assert.ok(x.entities.organisations.some((o) => o.name === "Qinghai Daily"));
});

test("a table's rows set with bars ('| Rural Poor Population at Year-end (person) | 4,023,000 | 2,806,000 | ...') are figures, not a ticker of links", () => {
  const { doc, x } = extractFrom(["Valley.org | Home | News | Business | Government | Features | Valley in Figures", "", "Valley in Figures > Regional Statistics > Hill Province", "", "| 10-21 Rural Poverty Monitoring in Hill Province | ||||", "| Item | 2016 | 2017 | 2018 | 2019 |", "| Rural Poor Population at Year-end (person) | 4,023,000 | 2,806,000 | 1,552,000 | 309,000 |", "| Poor Villages Exiting the List (village) | 1,500 | 2,281 | 2,569 | 2,104 |", "", "Source: Hill Survey Organization of the Valley Bureau of Statistics", ""].join("\n"));
  const found = x.claims.map((c) => doc.text.slice(c.start, c.end));
  for (const figure of ["4,023,000", "309,000", "2,104"]) assert.ok(found.some((f) => f.includes(figure)), `${figure} in ${JSON.stringify(found)}`);
});

test("a moderated board's comment headings, score and number, a member's account number and 'Comments: 38 [More]' are no claims", () => {
  const text = article(
    "hill_farmer_77 (5512093)",
    "Comments: 38 [More]",
    "## Comment Re:The sums nobody does (Score 4, Informative) 1142",
    "My parents farm 6 mu of maize and sell about 2 tonnes a year.",
    "## Comment Re:Wages (Score 2) 655",
  );
  assert.deepEqual(claimsOf(text), ["6 = 6 count", "2 = 2 tonne about"]);
});

test("a contents page run into one line without leaders ('1 Introduction 112 2 Process 113 2.1 Sites 113 ...') gives no claims", () => {
  const text = article("Catalogue", "1 Introduction 112 2 Implementation process 113 2.1 Site selection 113 2.2 Housing and subsidies 114 3 Results 116", "The site housed 3,518 households.");
  assert.deepEqual(claimsOf(text), ["3,518 = 3518 household"]);
});

test("a telephone number after a label run into the post before it ('DivisionTel.: +39 06 5459 2318') and a document site's counters are no claims; a hotel's rooms are", () => {
  const text = article("Elena Ruiz, Country Programme ManagerAsia DivisionTel.: +39 06 5459 2318", "• View", "4", "The hotel has 300 rooms.");
  assert.deepEqual(claimsOf(text), ["300 = 300 count"]);
});

test("a guess said as one ('maybe 30', 'perhaps 200 houses', 'closer to 30%') is hedged as about", () => {
  const text = article("There were maybe 30 of us on the bus and perhaps 200 houses in the village; the real share is closer to 30% of households.");
  assert.deepEqual(claimsOf(text), ["30 = 30 count about", "200 = 200 item about", "30 = 30 percent about"]);
});

test("a time of day is no figure: 'wakes at 5 am', 'at half past seven', 'at seven o'clock'; a count beside one still is", () => {
  const { x } = extractFrom(article("Pan still wakes at 5 am, the hour she once set off. \"Now I leave home at half past seven and I'm never late,\" she said. The bus leaves at seven o'clock and carries 40 pupils."));
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.unit]), [["40", "person"]]);
});

test("a paper's apparatus is no figure: 'Box 1 reproduces ...', '14-15 June 2019' (a range of days), '1 The authors thank ...' (a note's number); a count in the same lines still is", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => c.valueText);
  assert.deepEqual(claims("Households told a mixed story. Box 1 reproduces part of one interview with 3 farmers."), ["3"]);
  assert.deepEqual(claims("Prepared for the Workshop on Health, Peking University, Beijing, 14-15 June 2019, with 40 participants."), ["40"]);
  assert.deepEqual(claims("1 The authors thank Zhang Ruolin for field assistance in 2 counties."), ["2"]);
});

test("a book's numbers and notes' marks are no figures: 'isbn 978-7-5412-3380-6', '288 pp.', a note's number set straight after a stop ('by the end of 2021.1 Regional ...', 'above 4,800 metres.60 The ...'); the figures beside them still are", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => c.valueText);
  assert.deepEqual(claims("Guiyang: Qianling Academic Press, 2020. 288 pp. Paperback RMB 56.00, isbn 978-7-5412-3380-6."), ["RMB 56.00"]);
  assert.deepEqual(claims("About 2,900 households had been relocated by the end of 2021.1 Regional officials describe 40 new villages."), ["2,900", "40"]);
  assert.deepEqual(claims("The herders lived above 4,800 metres.60 The settlement has 300 houses."), ["4,800", "300"]);
});

test("a page's counters are no figures: '2.1K views · View upvoters', 'Harborview Forum on Asia · 1:12:40 · 2,318 views'", () => {
  const { x } = extractFrom(["Is life better for herders who moved?", "", "Tenzin Norbu", "Former teacher in Nagqu", "", "Better in some ways. The township moved 420 families in 2018.", "", "2.1K views · View upvoters", "", "Harborview Forum on Asia · 1:12:40 · 2,318 views", ""].join("\n"));
  assert.deepEqual(x.claims.map((c) => c.valueText), ["420"]);
});

test("'Rmb5,000', 'about Rmb600bn' (a London paper's renminbi) are yuan; 'three or four thousand yuan' is two guesses of thousands", () => {
  const { doc, x } = extractFrom(article("The flat cost his family Rmb5,000. Governments put about Rmb600bn into housing. We only earned three or four thousand yuan then."));
  assert.deepEqual(x.claims.map((c) => [doc.text.slice(c.start, c.end), c.value, c.unit]), [["Rmb5,000", 5000, "CNY"], ["about Rmb600bn", 600000000000, "CNY"], ["three", 3000, "CNY"], ["four thousand yuan", 4000, "CNY"]]);
});

test("a report's front matter and numbering are no figures: 'CNY1.00 = $0.1469', '1 hectare (ha) = 15 mu', '1.4 Women carry ...' opening a numbered paragraph, a contents line's page numbers ('A. Introduction 1 B. Profile 2'); the figures in its paragraphs still are", () => {
  const claims = claimsOf(article(
    "CURRENCY EQUIVALENTS (as of 1 May 2017) Currency unit = yuan (CNY) CNY1.00 = $0.1469 $1.00 = CNY6.8074",
    "WEIGHTS AND MEASURES 1 hectare (ha) = 15 mu 1 kilometer (km) = 0.62 miles 1 ton (t) = 1,000 kg",
    "A. Introduction 1 B. Profile of the Project Area 2 C. Consultation 5",
    "1.4 Women carry much of the farm work in migrant households. The consultations were attended by 412 villagers.",
    "2.1 The project would be carried out over six years at a total cost of $231.5 million.",
  ));
  assert.deepEqual(claims, ["412 = 412 person", "six = 6 year more_than", "$231.5 million = 231500000 USD"]);
});

test("'Speaker 2 This is Field Notes.' opens a numbered voice's turn with no colon: the voice's number is no figure, the voice is who it says it is or whom the turn before welcomes", () => {
  const { x } = extractFrom(article(
    "Transcript",
    "Speaker 1 This is Field Notes. I'm Anna Berg. Today I wanted someone who lived through the move. Zhou Lanxin is a sociologist in Kunming. Lanxin, welcome.",
    "Speaker 2 Thanks, Anna. The county moved about 6,800 people from 31 villages.",
    "Speaker 1 And what did a family get?",
    "Speaker 2 A household paid no more than 10,000 yuan toward the flat.",
  ));
  assert.deepEqual(x.claims.map((c) => `${c.valueText} ${c.attributedTo}`), ["6,800 Zhou Lanxin", "31 Zhou Lanxin", "10,000 Zhou Lanxin"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Anna Berg", "Zhou Lanxin", "Anna Berg", "Zhou Lanxin"]);
});

test("a press contact's international number ('+91 98160 44127') and a blog's sidebar ('► 2020 (131)', '▼ September (12)', 'Followers (388)') are no figures", () => {
  const claims = claimsOf(article(
    "The group said 312 herders had been moved from the pasture in 2021.",
    "Media contacts:",
    "Lhamo Tsering (English/Tibetan) +91 98160 44127",
    "Karin Vestby (English/Danish) +45 2871 3390",
    "Blog Archive",
    "► 2020 (131)",
    "▼ 2019 (214)",
    "▼ September (12)",
    "► August (19)",
    "Followers (388)",
  ));
  assert.deepEqual(claims, ["312 = 312 person"]);
});

test("a question's counters and buttons set apart by dots ('37 Answers · 41.6K Views · Follow 212') are no figures", () => {
  assert.deepEqual(claimsOf(article("37 Answers · 41.6K Views · Follow 212", "The county moved 1,400 households in 2019.")), ["1,400 = 1400 household"]);
});

test("a project's number before its country's code is no figure", () => {
  assert.deepEqual(claimsOf(article("ADB TA 9417-PRC surveyed 300 households in the valley.")), ["300 = 300 household"]);
  assert.deepEqual(claimsOf(article("Loan 3456-CHN paid for 40 roads.")), ["40 = 40 item"]);
});
