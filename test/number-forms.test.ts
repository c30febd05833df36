// Numbers as people write them (issue 18): thousands grouped by a no-break, thin, narrow or
// ordinary space, a zero-width character inside the digits, vulgar fractions, the full-width
// percent sign, full-width and Arabic-Indic digits. Each is read at its true value and unit, and
// its span is the characters as written, slicing back from the published text in code points.
import { test } from "node:test";
import assert from "node:assert/strict";
import { article, extractFrom } from "./helpers.ts";
import { findNumbers } from "../pipeline/extract/numbers.ts";
import { documentRows } from "../pipeline/records/rows.ts";
import { sliceCodePoints } from "../pipeline/text/code-points.ts";

/** Each claim of a one-sentence article as "span = value unit", after checking every claim's span round-trips. */
function claimsOf(sentence: string): string[] {
  const { doc, x } = extractFrom(article(sentence));
  const rows = documentRows(doc, x).claims;
  for (const row of rows) {
    assert.equal(sliceCodePoints(doc.text, Number(row.char_start), Number(row.char_end)), row.span_text, `round trip in ${JSON.stringify(sentence)}`);
  }
  return x.claims.map((c) => `${c.valueText} = ${c.value} ${c.unit}`);
}

const readings = (sentence: string) => findNumbers(sentence).map((m) => [m.valueText, m.value]);

test("thousands grouped by a no-break, narrow no-break, thin or ordinary space are one figure", () => {
  const cases: [string, string[]][] = [
    // The normalize stage makes the no-break spaces ordinary ones; the span is the published characters.
    ["The county employed 5\u00a0000 workers.", ["5 000 = 5000 person"]],
    ["The county employed 5\u202f000 workers.", ["5 000 = 5000 person"]],
    ["The county employed 5\u2009000 workers.", ["5 000 = 5000 person"]],
    ["The county employed 1 200 people.", ["1 200 = 1200 person"]],
    ["About 1 200 000 people moved to towns.", ["1 200 000 = 1200000 person"]],
    ["Each household received 12 500 yuan.", ["12 500 = 12500 CNY"]],
    ["The fund spent 3 400 million yuan.", ["3 400 million = 3400000000 CNY"]],
    ["The county spent $1 200 on seed.", ["$1 200 = 1200 USD"]],
    ["Wages were 800\u20131 200 yuan a month.", ["800 = 800 CNY", "1 200 = 1200 CNY"]],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(claimsOf(sentence), expected, sentence);
});

test("a space between two figures is no thousands separator: a year and a count, a range, a date, a label, a list", () => {
  const cases: [string, string[]][] = [
    ["In 2019 300 households moved.", ["300 = 300 household"]],
    ["Between 1 and 200 people came.", ["1 = 1 person", "200 = 200 person"]],
    ["On June 5 200 people came to the fair.", ["200 = 200 person"]],
    ["In Table 3 100 households were counted.", ["100 = 100 household"]],
    // No word follows, so the two figures may be two cells of a row: each stays as written.
    ["Households 120 340", ["120 = 120 count", "340 = 340 count"]],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(claimsOf(sentence), expected, sentence);
  // A group of other than three digits, a further group after a space, a decimal comma or a figure
  // before: no thousands group.
  assert.deepEqual(readings("teams of 12 30 people"), [["12", 12], ["30", 30]]);
  assert.deepEqual(readings("teams of 1 200 30 people"), [["1", 1], ["200", 200], ["30", 30]]);
  assert.deepEqual(readings("some 1 200,5 tonnes"), [["1", 1]]);
  assert.deepEqual(readings("It was 1 200."), [["1", 1], ["200", 200]]);
});

test("a zero-width character inside the digits never splits the number", () => {
  // U+200D stays in the published text (it holds emoji together) and in the span; the normalize
  // stage drops the others, so their span is the bare digits.
  assert.deepEqual(claimsOf("The firm hired 3\u200d000 workers."), ["3\u200d000 = 3000 person"]);
  for (const invisible of ["\u200b", "\u2060", "\ufeff"]) {
    assert.deepEqual(claimsOf(`The firm hired 3${invisible}000 workers.`), ["3000 = 3000 person"], JSON.stringify(invisible));
  }
  // Read as they are, before any normalizing.
  for (const invisible of ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]) {
    assert.deepEqual(readings(`hired 3${invisible}000 and 1,500 workers`), [[`3${invisible}000`, 3000], ["1,500", 1500]], JSON.stringify(invisible));
  }
  // Emoji joined by U+200D are untouched, and a joiner after the last digit is no part of the number.
  const { doc } = extractFrom(article("The 👩‍👩‍👧 family sold 300 sheep."));
  assert.ok(doc.text.includes("👩‍👩‍👧"));
  assert.deepEqual(claimsOf("The 👩‍👩‍👧 family sold 300 sheep."), ["300 = 300 animal"]);
  assert.deepEqual(readings("family of 5\u200d left"), [["5", 5]]);
});

test("vulgar fractions are read alone, after digits, and after digits and a space", () => {
  const cases: [string, string[]][] = [
    ["The fund held 3¾ million yuan.", ["3¾ million = 3750000 CNY"]],
    ["The fund held ¾ million yuan.", ["¾ million = 750000 CNY"]],
    ["The fund held 3 ½ million yuan.", ["3 ½ million = 3500000 CNY"]],
    ["The trip took 2½ hours.", ["2½ = 2.5 hour"]],
    // A share alone counts what follows, never a sum of money, even after a money word.
    ["The budget gave ¼ of its funds to roads.", ["¼ = 0.25 count"]],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(claimsOf(sentence), expected, sentence);
  assert.deepEqual(readings("⅓ and 1⅔ and 10 ⅛ and ⅒"), [["⅓", 1 / 3], ["1⅔", 5 / 3], ["10 ⅛", 10.125], ["⅒", 0.1]]);
  // A year is no whole part of a fraction.
  assert.deepEqual(readings("in 2019 ½ of them"), [["2019", 2019], ["½", 0.5]]);
});

test("the full-width and Arabic percent signs, and a percent sign after a space, are percent", () => {
  const cases: [string, string[]][] = [
    ["Incomes rose 12％ last year.", ["12 = 12 percent"]],
    ["Incomes rose 12 % last year.", ["12 = 12 percent"]],
    ["Incomes rose 12\u00a0% last year.", ["12 = 12 percent"]],
    ["Incomes rose ١٢٪ last year.", ["١٢ = 12 percent"]],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(claimsOf(sentence), expected, sentence);
  const { x } = extractFrom(article("Incomes rose 12％ last year."));
  assert.equal(x.claims[0]!.unitText, "％");
});

test("full-width and Arabic-Indic digits are read, with their own separators", () => {
  const cases: [string, string[]][] = [
    ["The county employed １２，０００ workers.", ["１２，０００ = 12000 person"]],
    ["The rate was １２．５％ last year.", ["１２．５ = 12.5 percent"]],
    ["The fund received ¥５，０００ from the budget.", ["¥５，０００ = 5000 CNY"]],
    ["The county employed ١٢٠٠ workers.", ["١٢٠٠ = 1200 person"]],
    ["The county employed ۱۲۰۰ workers.", ["۱۲۰۰ = 1200 person"]],
    ["The county employed ١٢٬٠٠٠ workers.", ["١٢٬٠٠٠ = 12000 person"]],
    ["The rate was ٣٫٥ percent.", ["٣٫٥ = 3.5 percent"]],
    // A full-width year is a date, as an ASCII one is.
    ["In ２０１９ the county built roads.", []],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(claimsOf(sentence), expected, sentence);
  const { x } = extractFrom(article("The fund received ¥５，０００ from the budget."));
  assert.equal(x.claims[0]!.unitText, "¥");
});

test("before normalizing, the no-break spaces group digits as the ordinary space does", () => {
  for (const space of ["\u00a0", "\u202f", "\u2009", "\u2007", " "]) {
    assert.deepEqual(readings(`employed 5${space}000 workers and 1${space}200${space}000 people`), [[`5${space}000`, 5000], [`1${space}200${space}000`, 1200000]], JSON.stringify(space));
  }
  assert.deepEqual(readings("in 2019\u00a0300 households"), [["2019", 2019], ["300", 300]]);
});

test("a long run of joiners after a digit is read in linear time", () => {
  const run = "\u200d".repeat(200_000);
  const t = performance.now();
  assert.deepEqual(readings(`7${run}8 workers`), [[`7${run}8`, 78]]);
  assert.deepEqual(readings(`7${run} workers`), [["7", 7]]);
  assert.ok(performance.now() - t < 2_000);
});

test("an Arabic-Indic digit amid text garbled in decoding is no figure", () => {
  // U+0DE2 is unassigned and U+0B57 a combining mark: what a page read in the wrong encoding leaves.
  assert.deepEqual(claimsOf("They joined the centralized \u201cmilitary- \u0660\u0de2\u0b57, junl\u00fcshi) vocational schools."), []);
  assert.deepEqual(readings("\u0661\u0662\u0b57 and \u0661\u0662 workers"), [["\u0661\u0662", 12]]);
});

test("a run of hundreds of digits is no figure (it parsed to Infinity and failed the schema); twenty digits or fewer still read", () => {
  assert.deepEqual(readings(`The county built ${"9".repeat(400)} roads.`), []);
  assert.deepEqual(readings(`Code ${"1".repeat(25)} and 1,359,710,000,000 yuan`), [["1,359,710,000,000", 1359710000000]]);
  const { x } = extractFrom(article(`The county built ${"9".repeat(400)} roads and 12 bridges.`));
  assert.deepEqual(x.claims.map((c) => c.value), [12]);
});

test("money signs of other currencies ('Sh1.2 million', 'Rs 5 lakh', '₹500', 'KSh 4,500', 'HK$300', '€20') are read with their scale, as money of no listed currency", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.valueText, c.value, c.unit]);
  assert.deepEqual(claims("The group received a grant of Sh1.2 million from the county."), [["Sh1.2 million", 1200000, "currency_unspecified"]]);
  assert.deepEqual(claims("Each family got Rs 5 lakh and Rs.2,000 a month."), [["Rs 5 lakh", 500000, "currency_unspecified"], ["Rs.2,000", 2000, "currency_unspecified"]]);
  assert.deepEqual(claims("Fees rose to KSh 4,500 and HK$300 and €20 and ₹500."), [["KSh 4,500", 4500, "currency_unspecified"], ["HK$300", 300, "currency_unspecified"], ["€20", 20, "currency_unspecified"], ["₹500", 500, "currency_unspecified"]]);
  // The signs the units list keep their currency.
  assert.deepEqual(claims("Prices are $5 and US$7 and ¥9."), [["$5", 5, "USD"], ["US$7", 7, "USD"], ["¥9", 9, "CNY"]]);
});

test("'Rs 55.18 cr' is crores; 'five or six years ago' and 'his 2012 trip' say when, not how many", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.valueText, c.value]);
  assert.deepEqual(claims("She handed cheques of Rs 55.18 cr to the groups."), [["Rs 55.18 cr", 551800000]]);
  assert.deepEqual(claims("The salary was 1,000 yuan five or six years ago."), [["1,000", 1000]]);
  assert.deepEqual(claims("During his 2012 trip to the county, he met 30 families."), [["30", 30]]);
});

test("what is no figure: a heading's number set close ('1.The background'), 'Five–Year Plan' with an en dash, 'One year later', 'one-time', a service's number ('8171 SMS'), the one a rate is per ('each 1 kg'), a paper's apparatus ('2 figures, 7 tables'); Indian grouping ('35,30,497') is one figure", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.valueText, c.value]);
  assert.deepEqual(claims("1.The background of the issue"), []);
  assert.deepEqual(claims("It was set in the 13th Five–Year Plan with 40 goals."), [["40", 40]]);
  assert.deepEqual(claims("One year later, she led 30 workers."), [["30", 30]]);
  assert.deepEqual(claims("Families got a one-time grant of 500 yuan."), [["500", 500]]);
  assert.deepEqual(claims("Requests sent through 8171 SMS service were served."), []);
  assert.deepEqual(claims("He is paid about 2 yuan for each 1 kg of cotton."), [["2", 2]]);
  assert.deepEqual(claims("Key words: migration. 2 figures, 7 tables, 53 references."), []);
  assert.deepEqual(claims("The report has 40 pages on 300 villages."), [["40", 40], ["300", 300]]);
  assert.deepEqual(claims("The district generated 35,30,497 man-days for 1,94,757 families."), [["35,30,497", 3530497], ["1,94,757", 194757]]);
});

test("a fraction written with a slash before words ('1/3 military drill', '2/3 of the villages') is a share; a date's slashes are not", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.valueText, Number(c.value.toFixed(3))]);
  assert.deepEqual(claims("Training consisted of 1/3 military drill and 1/3 vocational skills."), [["1/3", 0.333], ["1/3", 0.333]]);
  assert.deepEqual(claims("About 2/3 of the villages have roads."), [["2/3", 0.667]]);
  assert.deepEqual(claims("He paid $2.30/day in 24/7 shifts."), [["$2.30", 2.3]]);
});

test("a scale shared by 'between X and Y million' and 'from X to Y million'; 'm' after a money sign is million ('£325m'); a file's size ('345.2 MB') is no figure", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.valueText, c.value]);
  assert.deepEqual(claims("Between 691 and 783 million people faced hunger."), [["691", 691000000], ["783 million", 783000000]]);
  assert.deepEqual(claims("Rents rose from 5 to 10 million yuan."), [["5", 5000000], ["10 million", 10000000]]);
  assert.deepEqual(claims("The fortunes grew by £325m."), [["£325m", 325000000]]);
  assert.deepEqual(claims("The file is 345.2 MB."), []);
  // (A year is no low end of a range of millions, and "400m" is still a distance.)
  assert.deepEqual(claims("He ran 400m in 50 seconds."), [["400", 400], ["50", 50]]);
});

test("what is no figure in a thread's prose: items numbered in a run ('two keys: 1. context, 2. reading'), a bare number closing a short quoted name ('\"flow 2\"')", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.valueText, c.value]);
  assert.deepEqual(claims("Read it this way: 1. context, 2. reading between the lines of its 30 tables."), [["30", 30]]);
  assert.deepEqual(claims('She calls this "flow 2" and counts 400 workers in it.'), [["400", 400]]);
  // A count still stands before a list's comma, and a quoted count with its noun is still a count.
  assert.deepEqual(claims("The county moved 3, 4 and 5 households."), [["3", 3], ["4", 4], ["5", 5]]);
  assert.deepEqual(claims('He said "200 families" had left.'), [["200", 200]]);
});

test("the bounds that name age groups ('the 0-14, 15-59, and 60 and above age groups') are no figures; the shares in them are", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.valueText, c.value]);
  assert.deepEqual(claims("In the 0-14, 15-59, and 60 and above age groups, the shares were 30.5 percent, 61 percent and 8.5 percent."), [["30.5", 30.5], ["61", 61], ["8.5", 8.5]]);
  assert.deepEqual(claims("The school teaches 40 children aged 6 to 15."), [["40", 40], ["6", 6], ["15", 15]]);
});

test("sixths to ninths are shares ('one-sixth of China's territory', 'three-eighths'); 'a third consecutive year' and 'a seventh term' are ordinals", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.valueText, Number(c.value.toFixed(4))]);
  assert.deepEqual(claims("Xinjiang occupies one-sixth of China's territory; three-eighths of it is desert."), [["one-sixth", 0.1667], ["three-eighths", 0.375]]);
  assert.deepEqual(claims("Output rose for a third consecutive year, and he won a seventh term."), []);
});

test("what is no figure: a name quoted with its comma inside ('the \"three regions and three prefectures,\" 169 counties'), the base of a rate ('per 100,000'), a number closing a title ('Forced Labor in the Region 101'), 'the first two decades in'", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.valueText, c.value]);
  assert.deepEqual(claims('Besides the "three regions and three prefectures," 169 counties were chosen.'), [["169", 169]]);
  // A quotation with a reporting clause after its comma is speech, whose counts count.
  assert.deepEqual(claims('"We moved two families," he said.'), [["two", 2]]);
  assert.deepEqual(claims("Of the valley's people, 8,944 per 100,000 had a degree."), [["8,944", 8944]]);
  assert.deepEqual(claims("Part 1. Forced Labor in the Valley Region 101"), []);
  assert.deepEqual(claims("It grew 1.7 percent a year in the first two decades in the 21st century."), [["1.7", 1.7]]);
});

test("'its last 40 years’ development' is a span back from now, no figure; '40 years’ experience' is a duration, the possessive mark no part of its noun", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.valueText, c.value, c.unit]);
  assert.deepEqual(claims("This is due to its last 40 years’ development strategy."), []);
  assert.deepEqual(claims("He has 40 years’ experience."), [["40", 40, "year"]]);
  // ("its last nine counties" counts: only a length of time is a span back.)
  assert.deepEqual(claims("The province said its last nine poor counties left the list."), [["nine", 9, "county"]]);
});

test("a number word inside single marks names a policy ('one of the ‘three sieges’'); speech in single marks still counts", () => {
  const claims = (s: string) => extractFrom(article(s)).x.claims.map((c) => [c.valueText, c.value]);
  assert.deepEqual(claims("In 2015 he listed it as one of the ‘three sieges’ that define his vision."), []);
  assert.deepEqual(claims("‘Two families moved here last year,’ said Li Wei."), [["Two", 2]]);
});

test("a currency's code before its amount ('USD 158 billion', 'USD158 million', 'CNY 2,300') is that currency, glued or spaced", () => {
  assert.deepEqual(claimsOf("The plan will cost USD 158 billion in total."), ["USD 158 billion = 158000000000 USD"]);
  assert.deepEqual(claimsOf("The fund holds USD158 million."), ["USD158 million = 158000000 USD"]);
  assert.deepEqual(claimsOf("The line is CNY 2,300 a year."), ["CNY 2,300 = 2300 CNY"]);
  assert.deepEqual(claimsOf("The grant was EUR 3 million."), ["EUR 3 million = 3000000 currency_unspecified"]);
});

test("'bil' and 'mil' glued to the digits are billion and million, as Malaysian papers write them ('US$2.7bil', 'RM3.5mil'); 'a 3 mil film' is no million", () => {
  assert.deepEqual(readings("about US$2.7bil in aid and US$400mil for roads"), [["US$2.7bil", 2_700_000_000], ["US$400mil", 400_000_000]]);
  assert.deepEqual(readings("a 3 mil film"), [["3", 3]]);
});

test("a position in degrees, minutes and seconds ('between 73°26'5\" and 76°43'31\" east longitude', '37°41′28″') states no figure; a licence's version ('Creative Commons Attribution 4.0') none; 'a six-pronged approach' names a kind, while 'a three-fold rise' counts", () => {
  assert.deepEqual(claimsOf("The county lies between 73°26'5\" and 76°43'31\" east longitude and between 37°41′28″ and 39°29′55″ north latitude, and has 226,005 people."), ["226,005 = 226005 person"]);
  assert.deepEqual(claimsOf("This article is under the Creative Commons Attribution 4.0 International License and counts 3,000 households."), ["3,000 = 3000 household"]);
  assert.deepEqual(claimsOf("The county took a six-pronged approach and saw a three-fold rise in incomes."), ["three-fold = 3 count"]);
});

test("no figures: a caption file's cue numbers run into its text ('12 00:01:29,040 --> 00:01:39,680')", () => {
  const text = article("1 00:00:05,040 --> 00:00:09,280 Thank you for the kind introduction.  2 00:00:10,080 --> 00:00:16,160 A fire in the migrant district killed 19 people. 3 00:00:16,800 --> 00:00:24,720 Now 90,000 students have to go back.");
  assert.deepEqual(extractFrom(text).x.claims.map((c) => c.value), [19, 90000]);
});

test("'rises to over 39 million: agency' is 39 million, the colon ending the headline's clause; a colon after bare digits is still a clock's or a label's ('10:30', 'Article 39:')", () => {
  assert.deepEqual(readings("Number of poor rises to over 39 million: agency"), [["39 million", 39000000]]);
  assert.deepEqual(readings("The meeting opened at 10:30 and Article 39: covers it."), []);
});

test("'200m migrant workers', '3m poor', '40m tourists' are millions: the 'm' before people counted", () => {
  assert.deepEqual(readings("Jobs are essential to 200m migrant workers, 3m poor and 40m tourists."), [["200m", 200000000], ["3m", 3000000], ["40m", 40000000]]);
});

test("'a three-dimensional plan', 'one-on-one help', 'a one-sided view' and 'the one-child policy' name kinds, not counts; 'two children' still counts", () => {
  assert.deepEqual(claimsOf("The county drew up a three-dimensional plan, gave one-on-one help, rejected a one-sided view of the one-child policy, and paid two children 500 yuan."), ["two = 2 person", "500 = 500 CNY"]);
});

test("a fund's grant numbers, eight digits ungrouped ('(72063031 and 71973102)'), are identifiers; eight digits before a counted noun still count", () => {
  const { x } = extractFrom(article("Fund: This work was supported by the Valley Natural Science Foundation (72063031 and 71973102).", "The census counted 12000000 people in the valley."));
  assert.deepEqual(x.claims.map((c) => c.value), [12000000]);
});

test("a scale word in capitals ('9.6 MILLION PEOPLE', '600 BILLION YUAN, ABOUT US$93 BILLION'), as a video's on-screen text sets it, scales the figure", () => {
  const { x } = extractFrom(article("[on-screen text: 9.6 MILLION PEOPLE MOVED, 2016-2020]", "[on-screen text: 600 BILLION YUAN, ABOUT US$93 BILLION]"));
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.value, c.unit]), [["9.6 MILLION", 9600000, "person"], ["600 BILLION", 600000000000, "CNY"], ["US$93 BILLION", 93000000000, "USD"]]);
});

test("'twenty sixteen', 'twenty twelve' and 'five six' said aloud are no numbers: only a ten and a unit ('twenty five', 'fifty two') go together, and 'dozen' after a count", () => {
  const { doc, x } = extractFrom(article("my colleague has been reporting from the county since twenty sixteen. one of them is Ma Lan. she's fifty two and earns twenty five yuan an hour. her family moved here in twenty twelve with two dozen others."));
  assert.deepEqual(x.claims.map((c) => [doc.text.slice(c.start, c.end), c.value]), [["fifty two", 52], ["twenty five yuan", 25], ["two dozen others", 24]]);
});

test("an hour told with a number word ('at seven each morning', 'at about six', 'until nine') is no figure; a count in the same sentence still is", () => {
  const { x } = extractFrom(article(
    "When the looms start up at seven each morning, Ayla is already there.",
    "\"I drop my daughter at the kindergarten at eight and pick her up at six,\" she said, adding that the workshop employs 40 women.",
    "Every evening at about seven, she calls her husband, who stays at the site until nine.",
  ));
  assert.deepEqual(x.claims.map((c) => c.value), [40]);
});

test("a section's number set as a sentence of its own ('3.1.' over 'Employment') and a page's counters ('Reply · 22', 'View 112 upvotes', 'Visits: 18,206', 'Recommend 214 Reply', 'Join 1,204 other followers') are no figures", () => {
  const { x } = extractFrom(article("3.1. Employment", "The survey covered 412 households.", "Reply · 22", "View 112 upvotes", "Visits: 18,206", "Recommend 214 Reply", "Join 1,204 other followers"));
  assert.deepEqual(x.claims.map((c) => c.value), [412]);
});

test("a contents page without leaders ('Methodology 4', 'I. Background 5') and a page's reading time or view count on a line of its own are no figures; likes a text reports still are", () => {
  const { x } = extractFrom(article(
    "Contents\nSummary 1\nMethodology 4\nI. Background 5\nII. Findings 9\nAcknowledgements 17",
    "Reuters · 2 min read",
    "212K views 3 years ago",
    "The county moved 3,400 herders in 2019, the county office said. \"The roads came first,\" wrote one user (18.7k likes).",
  ));
  assert.deepEqual(x.claims.map((c) => c.value), [3400, 18700]);
});

test("a machine translation's Chinese scales: '24.8 ten thousand population' is 248,000 and '1.2 hundred million yuan' 120 million; 'ten thousand people' in words is still 10,000", () => {
  const claims = (text: string) => { const { doc, x } = extractFrom(article(text)); return x.claims.map((c) => [doc.text.slice(c.start, c.end), c.value, c.unit]); };
  assert.deepEqual(claims("The county has 24.8 ten thousand population, of whom 2.3 ten thousand poor households were lifted out."), [["24.8 ten thousand population", 248000, "person"], ["2.3 ten thousand poor households", 23000, "household"]]);
  assert.deepEqual(claims("Investment reached 1.2 hundred million yuan."), [["1.2 hundred million yuan", 120000000, "CNY"]]);
  assert.deepEqual(claims("About ten thousand people came."), [["About ten thousand people", 10000, "person"]]);
});

test("a telephone number in its '(416) 555-0198' shape, a programme's 'Runtime: 38 min', a teaser's comment count, a newsletter's 'Get the 7 most ... in your inbox' and an embedded post's '2.4K 386 Share this Tweet' give no figures", () => {
  const counted = (...lines: string[]) => extractFrom(`${lines.join("\n\n")}\n`).x.claims.map((c) => c.value);
  assert.deepEqual(counted("Valley herders move to town", "The county moved 3,000 families this year.", "Valley Office | 243 Hill Street | T: (416) 555-0198"), [3000]);
  assert.deepEqual(counted("Valley herders move to town", "Our correspondent travels to the valley, where the county moved 3,000 families. Runtime: 38 min"), [3000]);
  assert.deepEqual(counted("Valley herders move to town", "The county moved 3,000 families this year.", "ALSO ON VALLEY NEWS", "Hill Post loses 400 parcels · 12 comments · 3 days ago", "Get the 7 most important stories in your inbox every Friday."), [3000]);
  assert.deepEqual(counted("Valley herders move to town", "By Li Wen", "The county moved 3,000 families this year, officials said on Monday.", "Residents said the new flats were warm, though few had found work nearby.", "Valley News ✔ @ValleyNews", "All 832 counties have left the list.", "6:12 PM · Nov 23, 2020", "2.4K 386 Share this Tweet"), [3000, 832]);
});
