import { test } from "node:test";
import assert from "node:assert/strict";
import { article, extractFrom } from "./helpers.ts";
import type { Claim } from "../pipeline/extract/claims.ts";

function claimsOf(...paragraphs: string[]): Claim[] {
  const { doc, x } = extractFrom(article(...paragraphs));
  // Every claim's span is the exact text it was read from.
  for (const c of x.claims) assert.ok(c.end > c.start && doc.text.slice(c.start, c.end).length > 0);
  return x.claims;
}

function pick(claims: Claim[], valueText: string): Claim {
  const found = claims.find((c) => c.valueText === valueText);
  assert.ok(found, `no claim with value text "${valueText}" among ${claims.map((c) => c.valueText).join(", ")}`);
  return found;
}

test("scale words, separators and qualifiers", () => {
  const claims = claimsOf("More than 1.12 million officials in Hetian have paired with 1.69 million local households, and nearly 8502 poor villages were listed.");
  const a = pick(claims, "1.12 million");
  assert.equal(a.value, 1120000);
  assert.equal(a.unit, "official");
  assert.equal(a.qualifier, "more_than");
  assert.equal(a.qualifierText, "More than");
  const b = pick(claims, "1.69 million");
  assert.equal(b.value, 1690000);
  assert.equal(b.unit, "household");
  assert.equal(b.unitText, "households");
  assert.equal(b.qualifier, null);
  const c = pick(claims, "8502");
  assert.equal(c.value, 8502);
  assert.equal(c.unit, "village");
  assert.equal(c.qualifier, "nearly");
  assert.equal(claims.length, 3);
});

test("numbers written as words count, and the span runs from the hedge to the counted noun", () => {
  const { doc, x } = extractFrom(article("The team has encouraged about six poor households to grow mushrooms."));
  assert.equal(x.claims.length, 1);
  const c = x.claims[0]!;
  assert.equal(c.value, 6);
  assert.equal(c.unit, "household");
  assert.equal(doc.text.slice(c.start, c.end), "about six poor households");
});

test("a conversion in parentheses gives two linked claims with their currencies", () => {
  const claims = claimsOf("She now has a monthly income of 1,800 yuan ($262).");
  assert.equal(claims.length, 2);
  const [yuan, dollars] = claims as [Claim, Claim];
  assert.deepEqual([yuan.value, yuan.unit, yuan.per], [1800, "CNY", "month"]);
  assert.deepEqual([dollars.value, dollars.unit, dollars.valueText], [262, "USD", "$262"]);
  assert.equal(dollars.relation, "conversion");
  assert.equal(dollars.relatedClaimId, yuan.id);
  assert.equal(yuan.relatedClaimId, null);
});

test("a length or an area given again in other units is a conversion too, and keeps the first one's hedge", () => {
  const claims = claimsOf("The plateau rises more than 15,000 feet (4,570 m) and covers roughly 470,000 square miles (1,220,000 km2); the valley has 200 workers (180 women).");
  assert.deepEqual(claims.map((c) => [c.value, c.qualifier, c.relation]), [[15000, "more_than", null], [4570, "more_than", "conversion"], [470000, "about", null], [1220000, "about", "conversion"], [200, null, null], [180, null, null]]);
});

test("a change from one figure to another gives two claims, each with its own period", () => {
  const claims = claimsOf("The rate of poverty incidence decreased from 22.28 percent in 2017 to 12.71 percent in 2018, the office said.");
  assert.equal(claims.length, 2);
  const [before, after] = claims as [Claim, Claim];
  assert.deepEqual([before.value, before.unit, before.periodStart, before.periodEnd, before.periodPrecision], [22.28, "percent", "2017-01-01", "2017-12-31", "year"]);
  assert.deepEqual([after.value, after.periodStart, after.periodEnd], [12.71, "2018-01-01", "2018-12-31"]);
  assert.equal(after.relation, "change");
  assert.equal(after.relatedClaimId, before.id);
});

test("'to Y from X' is a change too, and a range without a change verb is a range", () => {
  const change = claimsOf("The poverty rate has dropped to 6.51% from 22.48% in early 2014.");
  const [to, from] = change as [Claim, Claim];
  assert.equal(to.relation, "change");
  assert.equal(to.relatedClaimId, from.id);
  assert.deepEqual([from.periodStart, from.periodEnd, from.periodPrecision, from.periodText], ["2014-01-01", "2014-12-31", "part_of_year", "in early 2014"]);
  const range = claimsOf("Each cooperative keeps from 20 to 30 tons of grain.");
  assert.equal(range.length, 2);
  assert.equal(range[1]!.relation, "range");
  assert.equal(range[0]!.unit, "tonne", "the lower end takes the unit the text gives once");
});

test("cumulative and opening periods: 'By the end of August 2018, ...' ends a period without starting one", () => {
  const [c] = claimsOf("By the end of August 2018, over 5,000 households had joined.") as [Claim];
  assert.equal(c.periodStart, null);
  assert.equal(c.periodEnd, "2018-08-31");
  assert.equal(c.periodPrecision, "month");
  assert.equal(c.periodText, "By the end of August 2018");
  const several = claimsOf("From 2014 to 2018, a total of 588,700 households were lifted out of poverty.");
  assert.deepEqual([several[0]!.periodStart, several[0]!.periodEnd, several[0]!.periodPrecision], ["2014-01-01", "2018-12-31", "years"]);
});

test("not quantities: years as dates, days of months, policy names, page numbers, list numbering, a lone 'one'", () => {
  const claims = claimsOf(
    "In 2019, the plan took effect on March 3 and was praised on page 12.",
    "We carried out \"two no worries, three guarantees\" and the \"seven batches\" policy.",
    "1. Xi started as a village head in one of the poorest regions.",
  );
  assert.deepEqual(claims.map((c) => c.valueText), []);
});

test("durations, frequencies, ages, tonnages and rates", () => {
  const claims = claimsOf(
    "Officials visit at least once, stay for five days at a time and have worked there for nearly two years.",
    "Yuermeti Ruzi, 26, earns 4,000 yuan a month, and the line is expected to produce 20,000 sticks per day.",
  );
  assert.deepEqual(claims.map((c) => [c.value, c.unit, c.per, c.qualifier]), [
    [5, "day", null, null],
    [2, "year", null, "nearly"],
    [26, "year_of_age", null, null],
    [4000, "CNY", "month", null],
    [20000, "item", "day", null],
  ]);
});

test("money named only by its context has an unspecified currency", () => {
  const [c] = claimsOf("Now I have a salary of 1,800 per month.") as [Claim];
  assert.deepEqual([c.value, c.unit, c.per], [1800, "currency_unspecified", "month"]);
});

test("attribution: according to, a reporting verb, a quotation, and otherwise the outlet", () => {
  const { x } = extractFrom(
    "Headline of a report\n\nBy Liu Xin Source: Global Times Published: 2019/1/4 22:43:41\n\n" +
      "According to data from the statistics bureau, a total of 4,063 officials came from other regions.\n\n" +
      "Li Fang, head of the working team, told reporters that officials have paired with 34 households.\n\n" +
      "\"Sometimes I can earn 4,000 yuan a month now,\" Ruzi said.\n\n" +
      "The county has launched 53 programs.\n",
  );
  const by = (v: number) => x.claims.find((c) => c.value === v)!;
  assert.deepEqual([by(4063).attributionKind, by(4063).attributedTo], ["according_to", "statistics bureau"]);
  assert.deepEqual([by(34).attributionKind, by(34).attributedTo], ["speech", "Li Fang"]);
  assert.deepEqual([by(4000).attributionKind, by(4000).attributedTo], ["quote", "Ruzi"]);
  assert.deepEqual([by(53).attributionKind, by(53).attributedTo], ["document", "Global Times"]);
});

test("a figure in a transcript turn is credited to the speaker of the turn", () => {
  const { x } = extractFrom(
    "SCIO briefing on something\n\nXu Lin:\n\nGood afternoon.\n\nShohrat Zakir:\n\nFrom 2014 to 2018, 2,131 villages and 13 counties were removed from the poverty list.\n",
  );
  assert.deepEqual(x.claims.map((c) => [c.value, c.unit, c.attributionKind, c.attributedTo]), [
    [2131, "village", "transcript_turn", "Shohrat Zakir"],
    [13, "county", "transcript_turn", "Shohrat Zakir"],
  ]);
});

test("the place is the nearest one the sentence names", () => {
  const [c] = claimsOf("The government deployed 1,000 officials to villages in Kashgar Prefecture.") as [Claim];
  assert.equal(c.place, "Kashgar");
});

test("claim ids are stable when unrelated text changes and distinct within a document", () => {
  const a = claimsOf("The county has launched 53 programs.", "Another 12 programs started.");
  const b = claimsOf("A new opening paragraph.", "The county has launched 53 programs.", "Another 12 programs started.");
  assert.deepEqual(a.map((c) => c.id), b.map((c) => c.id));
  assert.equal(new Set(a.map((c) => c.id)).size, 2);
});

test("shares, letter scales and ranges written once", () => {
  const claims = claimsOf(
    "Two-thirds of the workers and a third of the trainees came back; 80k people moved, 2.6M in all.",
    "Training lasts 10-15 days and pays 1,800 to 2,200 yuan a month.",
  );
  assert.deepEqual(claims.map((c) => [c.valueText, Number(c.value.toFixed(4)), c.unit, c.per, c.relation]), [
    ["Two-thirds", 0.6667, "count", null, null],
    ["a third", 0.3333, "count", null, null],
    ["80k", 80000, "person", null, null],
    ["2.6M", 2600000, "person", null, null],
    ["10", 10, "day", null, null],
    ["15", 15, "day", null, "range"],
    ["1,800", 1800, "CNY", "month", null],
    ["2,200", 2200, "CNY", "month", "range"],
  ]);
});

test("'up from' ties a figure to the earlier one, and the unit of a figure can stand before it", () => {
  const claims = claimsOf(
    "Xinjiang sent more than 28,000 workers to other provinces in 2019, up from about 20,000 in 2018.",
    "Kashgar had a rural population of 3.19 million in 2017.",
  );
  const [later, earlier, population] = claims as [Claim, Claim, Claim];
  assert.deepEqual([earlier.value, earlier.unit, earlier.periodEnd], [20000, "person", "2018-12-31"]);
  assert.deepEqual([later.relation, later.relatedClaimId], ["change", earlier.id]);
  assert.deepEqual([population.value, population.unit], [3190000, "person"]);
});

test("a bare figure counts what the paragraph counted before it", () => {
  const claims = claimsOf("The region trained 12.9 million people, an average of 2.15 million a year. Of these, 4.51 million were in the south.");
  assert.deepEqual(claims.map((c) => [c.value, c.unit, c.per]), [[12900000, "person", null], [2150000, "person", "year"], [4510000, "person", null]]);
});

test("not quantities: telephone numbers, citation markers, footnote references, names in title case", () => {
  const claims = claimsOf(
    "News tip hotline: 0851-8668 2233.",
    "The counties were struck off the list.[1] It's footnote 37 in the report.",
    "The \"Ten Thousand Villages\" campaign began; the workers had \"no real choice.\"21",
  );
  assert.deepEqual(claims.map((c) => c.valueText), []);
});

test("a definite number counts when it sizes a named set, and possessives count", () => {
  const claims = claimsOf("Of these, 4.5 million were trained in the four prefectures of southern Xinjiang.", "The couple sent their two children to school.");
  assert.deepEqual(claims.map((c) => [c.valueText, c.unit]), [["4.5 million", "count"], ["four", "prefecture"], ["two", "person"]]);
});

test("a table set as text: each figure takes its column's unit and its row's year", () => {
  const claims = claimsOf("Table 9 Income of rural residents", "Year | Income (yuan) | Growth (%)", "2018 | 11,104 | 10.8", "2019 | 12,304 | 10.8");
  assert.deepEqual(claims.map((c) => [c.value, c.unit, c.periodStart]), [
    [11104, "CNY", "2018-01-01"], [10.8, "percent", "2018-01-01"], [12304, "CNY", "2019-01-01"], [10.8, "percent", "2019-01-01"],
  ]);
});

test("a table a page flattened to lines ('Year GDP in Bill.Yuan' over '1995 5.61'): each figure takes the column's unit and scale and its row's year; the table ends at a line that is no row", () => {
  const claims = claimsOf("Development of GDP", "Year GDP in Bill.Yuan", "1995 5.61", "2000 11.78", "The economy grew fast after that.", "1995 2.5");
  assert.deepEqual(claims.map((c) => [c.valueText, c.value, c.unit, c.periodStart]), [
    ["5.61", 5610000000, "CNY", "1995-01-01"], ["11.78", 11780000000, "CNY", "2000-01-01"], ["2.5", 2.5, "count", null],
  ]);
});

test("a half or a quarter of a year has its own bounds; early, mid- and late keep the year's", () => {
  const cases: [string, [string, string]][] = [
    ["In the first half of 2019, 451,000 people found work.", ["2019-01-01", "2019-06-30"]],
    ["In the second half of 2018, 3,000 households moved.", ["2018-07-01", "2018-12-31"]],
    ["In the third quarter of 2020, 120 factories opened.", ["2020-07-01", "2020-09-30"]],
    ["During the first quarter of 2021, 45 villages were connected.", ["2021-01-01", "2021-03-31"]],
    ["In late 2017, 600 families were relocated.", ["2017-01-01", "2017-12-31"]],
  ];
  for (const [sentence, [start, end]] of cases) {
    const claim = claimsOf(sentence)[0]!;
    assert.deepEqual([claim.periodStart, claim.periodEnd, claim.periodPrecision], [start, end, "part_of_year"], sentence);
  }
});

test("month spans, the first months of a year, a part of 'the year', 'by 2020' and 'the end of last year', against the publication date", () => {
  const cases: [string, [string | null, string | null, string | null]][] = [
    ["From January to August, the county created 46,000 jobs.", ["2021-01-01", "2021-08-31", "part_of_year"]],
    ["From January to November this year, 2.7 million workers found jobs.", ["2021-01-01", "2021-11-30", "part_of_year"]],
    ["Between March and June 2019, 3,000 households moved.", ["2019-03-01", "2019-06-30", "part_of_year"]],
    ["Exports reached 80 million yuan in January-August 2020.", ["2020-01-01", "2020-08-31", "part_of_year"]],
    ["In the first eight months of last year, 120 factories opened.", ["2020-01-01", "2020-08-31", "part_of_year"]],
    ["In the first half of the year, 451,000 people found work.", ["2021-01-01", "2021-06-30", "part_of_year"]],
    ["During the first three quarters of 2019, 45 villages were connected.", ["2019-01-01", "2019-09-30", "part_of_year"]],
    ["Incomes will double to 12,000 yuan by 2020.", [null, "2020-12-31", "year"]],
    ["At the end of last year, 9 counties were still on the list.", [null, "2020-12-31", "year"]],
    // A span that runs backwards names no period the words allow.
    ["From August to January, 300 people left.", [null, null, null]],
  ];
  for (const [sentence, expected] of cases) {
    const claim = claimsOf("Published: 2021-09-14", sentence)[0]!;
    assert.deepEqual([claim.periodStart, claim.periodEnd, claim.periodPrecision], expected, sentence);
  }
});

test("'such' between a figure and its noun points back; the noun is still what is counted", () => {
  const [wage, workshops] = claimsOf("Each earns about 2,400 yuan a month. Xiamen companies have opened 37 such workshops in Dongxiang.");
  assert.equal(wage!.unit, "CNY");
  assert.deepEqual([workshops!.value, workshops!.unit], [37, "factory"]);
});

test("a part of a counted whole counts what the whole counts: '67 of Gansu's 75 poverty-stricken counties'", () => {
  const [part, whole] = claimsOf("With the latest batch, 67 of Gansu's 75 poverty-stricken counties have been delisted.");
  assert.deepEqual([part!.value, part!.unit, part!.unitText], [67, "county", "counties"]);
  assert.deepEqual([whole!.value, whole!.unit], [75, "county"]);
  const [share] = claimsOf("Five of the eight villages lie in the valley.");
  assert.deepEqual([share!.value, share!.unit], [5, "village"]);
});

test("a figure with no noun of its own counts what its sentence opens on, or the whole it is part of", () => {
  const [, , trained] = claimsOf("The region invested 5.2 billion yuan in 2019. Of the people moved to 458 resettlement sites since 2016, 712,000 have received job training.");
  assert.deepEqual([trained!.value, trained!.unit], [712000, "person"]);
  const [poor] = claimsOf("When households were registered in 2014, 74,300 of Dongxiang's rural residents were listed as poor.");
  assert.deepEqual([poor!.value, poor!.unit, poor!.unitText], [74300, "person", "residents"]);
  // Money is never taken from the whole: "of the funds" counts no yuan.
  const [spent] = claimsOf("Of the funds raised in 2019, 300 went to schools.");
  assert.notEqual(spent!.unit, "CNY");
});

test("a period in a clause of its own ('..., and by 2019 it was ...') is not the earlier figure's", () => {
  const claims = claimsOf("The line was 2,300 yuan a year at 2010 prices, and by 2019 it was about 3,200 yuan.");
  assert.deepEqual(claims.map((c) => [c.value, c.periodStart, c.periodEnd]), [[2300, null, null], [3200, null, "2019-12-31"]]);
});

test("a paper's section numbers ('1.0 Introduction', '2.1 Data') are no figures; 'before 2021' ends the year before", () => {
  assert.deepEqual(claimsOf("1.0 Introduction", "Between 2013 and 2019, 93 million rural people left poverty.", "2.1 Data", "The survey covered 36 villages.").map((c) => c.value), [93000000, 36]);
  const [moved] = claimsOf("The province will move 300,000 people before 2021, officials said.");
  assert.deepEqual([moved!.periodStart, moved!.periodEnd], [null, "2020-12-31"]);
});

test("'over the past two years' is a span back from the page's day, and a length of time counted too; 'crore' and 'lakh' scale a number", () => {
  const [span, moved] = claimsOf("Published: 2018-04-16", "Over the past two years, the region has brought 280,000 people out of poverty.");
  assert.deepEqual([span!.value, span!.unit], [2, "year"]);
  assert.deepEqual([moved!.value, moved!.periodStart, moved!.periodEnd], [280000, "2016-04-16", "2018-04-15"]);
  const [spent] = claimsOf("Published: 2018-04-16", "In the past year, the county spent 4.29 billion yuan.");
  assert.deepEqual([spent!.periodStart, spent!.periodEnd], ["2017-04-16", "2018-04-15"]);
  // (Without a number, or without the page's day, no span is read.)
  assert.deepEqual(claimsOf("Published: 2018-04-16", "In the past years we relocated 96,000 people.").map((c) => [c.value, c.periodStart]), [[96000, null]]);
  assert.deepEqual(claimsOf("Published: 2018", "Over the past two years, 280,000 people left poverty.").map((c) => [c.value, c.periodStart]), [[2, null], [280000, null]]);
  // (And "families got houses" counts families: after the counted noun, a verb ends what is counted.)
  assert.deepEqual(claimsOf("The report shows that 90 crore poor people have been lifted out of poverty, and 5 lakh families got houses.").map((c) => [c.value, c.unit]), [[900000000, "person"], [500000, "family"]]);
});

test("numbers that name meetings and policies ('the two sessions', 'the two assurances and three guarantees') are no figures", () => {
  assert.deepEqual(claimsOf("The two assurances and three guarantees policy covers 3,000 families.").map((c) => c.value), [3000]);
  assert.deepEqual(claimsOf("After the province's two sessions, 300 deputies went home.").map((c) => c.value), [300]);
});

test("'in the following five years', 'in latest five years' are spans for the figures beside them, and lengths of time counted too", () => {
  assert.deepEqual(claimsOf("In the following five years, the county moved 3,000 families.").map((c) => [c.value, c.unit]), [[5, "year"], [3000, "family"]]);
  assert.deepEqual(claimsOf("Grain output was less than 250 kg in latest five years.").map((c) => [c.value, c.unit]), [[250, "count"], [5, "year"]]);
});

test("a lone 'one' is no figure, but 'one hour' and 'one year' measure a duration", () => {
  assert.deepEqual(claimsOf("It is one of the poorest counties, and we had hot water for only one hour each night.").map((c) => [c.value, c.unit]), [[1, "hour"]]);
});

test("an item's number inside a sentence ('based on 1) ... and 2) ...', '(1) incomes ...') and a labelled range's end ('Grade 1 to 3') are no figures", () => {
  assert.deepEqual(claimsOf("The choice was based on 1) a county analysis of 459 counties and 2) a survey.").map((c) => c.value), [459]);
  assert.deepEqual(claimsOf("The results were as follows: (1) incomes rose by 8 percent.").map((c) => c.value), [8]);
  assert.deepEqual(claimsOf("The school teaches Grade 1 to 3, and only four students went on.").map((c) => c.value), [4]);
});

test("the parts of what is being said ('I have 3 questions', 'two points') are no figures", () => {
  assert.deepEqual(claimsOf("I have 3 questions about the 2,000 workers.").map((c) => c.value), [2000]);
  assert.deepEqual(claimsOf("Let me make two points: 40 villages got roads.").map((c) => c.value), [40]);
});

test("a lower-case 'm' after a whole number is million before people counted ('over 10m people'), and no million otherwise ('a 400m track')", () => {
  const claims = claimsOf("The county lifted 13.86m people out of poverty in 2018, with over 10m people lifted each year; its new track is 400m long.");
  assert.deepEqual(claims.map((c) => [c.valueText, c.value]), [
    ["13.86m", 13860000],
    ["10m", 10000000],
    ["400", 400],
  ]);
});
