// Who a figure is credited to, in the forms texts beyond the seeds use.
import { test } from "node:test";
import assert from "node:assert/strict";
import { article, documentFrom, extractFrom } from "./helpers.ts";
import { reportingClauses } from "../pipeline/extract/speech.ts";

const credits = (text: string) => extractFrom(text).x.claims.map((c) => [c.value, c.attributionKind, c.attributedTo]);

test("forum and social-media posts are credited to their authors, and a source they cite wins", () => {
  assert.deepEqual(
    credits("Anyone else following the pairing of officials with families?\n\nsteppe_wanderer\n\nHer county sent out like 2k people last round.\n\nHannah Voss @hvoss_labour · 5h\n\nAccording to state media, Xinjiang sent more than 28,000 workers in 2019.\n"),
    [[2000, "transcript_turn", "steppe_wanderer"], [28000, "according_to", "state media"]],
  );
});

test("a broadcast role speaking inline is a turn", () => {
  assert.deepEqual(credits("Broadcast title line\n\nReporter: The county reduced the poor population by about 280,000 people.\n"), [[280000, "transcript_turn", "Reporter"]]);
});

test("a speaker named after the verb keeps the figure when an apposition follows the name", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\n";
  assert.deepEqual(credits(`${text}The county built 40 roads, said Li Wei, head of the county transport bureau.\n`), [[40, "speech", "Li Wei"]]);
  assert.deepEqual(credits(`${text}The county built 40 roads, said Li Wei, a local official.\n`), [[40, "speech", "Li Wei"]]);
  // ("..., said Li Wei, who was unhappy.": a clause on who the speaker is, after the name, leaves the name the speaker.)
  assert.deepEqual(credits(`${text}The county built 40 roads, said Li Wei, who was unhappy.\n`), [[40, "speech", "Li Wei"]]);
  // (A clause of its own after the verb is what a speaker before it said: no speaker after the verb at all.)
  assert.deepEqual(credits(`${text}The county built 40 roads, said the team would stay.\n`), [[40, "document", "Valley Daily"]]);
});

test("a relative clause just before the verb describes the speaker before it: the words after the verb are what was said", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\nThe official, who asked not to be named, said the county built 40 roads.\n";
  assert.deepEqual(credits(text), [[40, "speech", "The official"]]);
  // The words after the verb are what was said, never who said it.
  const { x, doc } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speakerText, doc.text.slice(q.start, q.end)]), [["The official, who asked not to be named", "the county built 40 roads"]]);
});

test("'according to' something that is no source leaves the figure with the outlet", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\nThe workers earn 2,500 yuan per month according to skill level.\n";
  assert.deepEqual(credits(text), [[2500, "document", "Valley Daily"]]);
});

test("hedges of other writers: 'passed', '~', 'like', and a range's hedge covers both ends", () => {
  const { x } = extractFrom("Title line here\n\nIncome passed 9,000 yuan. They paid ~1,600 a month, or roughly $540 to $770.\n");
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.qualifier]), [["9,000", "more_than"], ["1,600", "about"], ["$540", "about"], ["$770", "about"]]);
});

test("hard-wrapped text is joined into its paragraphs, mending words broken at the line end", () => {
  const doc = documentFrom(
    [
      "A report title",
      "",
      "The labour transfer drive in southern Xinjiang did not emerge from the demand",
      "of employers alone. It was planned from above, with numerical targets set for",
      "each prefecture, county and township, and it was tied to the cam-",
      "paign against what officials call extremism, leaving some workers with less than",
      "1,500 yuan a month after deductions for food, lodging and management fees.",
      "",
      "A second paragraph starts here after a blank line and runs on for a while too.",
    ].join("\n") + "\n",
  );
  assert.equal(doc.paragraphs.length, 3);
  assert.match(doc.text, /tied to the campaign against/);
  assert.match(doc.text, /less than 1,500 yuan/);
});

test("'according to' a body named by its work (a headquarters, a team, a centre) credits that body", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\n";
  // A closing "according to X" makes the clause X's reported speech, so the figure is X's as speech.
  assert.deepEqual(credits(`${text}The prefecture will have moved more than 100,000 people by the end of this year, according to the prefecture's relocation headquarters.\n`), [[100000, "speech", "prefecture's relocation headquarters"]]);
  assert.deepEqual(credits(`${text}About 300 households moved in, according to the village work team.\n`), [[300, "speech", "village work team"]]);
  // A rule is still no source.
  assert.deepEqual(credits(`${text}About 300 households are poor according to the current standards.\n`), [[300, "document", "Valley Daily"]]);
});

test("'Data from X show that ...' and 'Figures released by X put ... at N' credit X, and are no quotes", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\n";
  const shown = extractFrom(`${text}Data from the provincial statistics bureau show that rural incomes rose 10.5% last year.\n`).x;
  assert.deepEqual(shown.claims.map((c) => [c.value, c.attributedTo]), [[10.5, "provincial statistics bureau"]]);
  assert.deepEqual(shown.quotes, []);
  const put = extractFrom(`${text}Figures released by the county government put the number of tea workers at 46,000.\n`).x;
  assert.deepEqual(put.claims.map((c) => [c.value, c.attributedTo]), [[46000, "county government"]]);
  assert.deepEqual(put.quotes, []);
  // "put" reports for data only, and "show" only with "that".
  assert.deepEqual(credits(`${text}The families put 3,000 yuan into the cooperative at first.\n`), [[3000, "document", "Valley Daily"]]);
  assert.deepEqual(credits(`${text}The photos show 40 new houses along the river.\n`), [[40, "document", "Valley Daily"]]);
});

test("'Opposition leader X, however, claimed that' credits X, and 'the RJD leader said' points back at X; a lede's 'a senior official' is not a later name an adverb follows", () => {
  const text = article(
    "Over 2.3 lakh migrant workers have been given work under the scheme, a senior official said on Friday.",
    "Opposition leader Tejashwi Yadav, however, claimed that only 10 per cent of the returnees had found work. The RJD leader said 40 camps had closed.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[230000, "a senior official"], [10, "Tejashwi Yadav"], [40, "Tejashwi Yadav"]]);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Tejashwi Yadav", "opposition leader"]]);
});

test("'According to him, ...' credits the person named before; 'X thinks ...' reports what X thinks", () => {
  const { x } = extractFrom(article("\"We trained the villagers first,\" explained Liu Hekui, an official in charge of the relocation. According to him, approximately 900 people have new jobs.", "Economist Jeffrey Sachs thinks billionaires alone could give 5 percent of their income."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[900, "Liu Hekui"], [5, "Jeffrey Sachs"]]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Liu Hekui", "Liu Hekui", "Jeffrey Sachs"]);
});

test("'the authors argue' in a paper is its writers' own voice, no quote", () => {
  const { x } = extractFrom(["Migration and Inequality in the Valley", "", "Anthony Howell and C. Cindy Fan1", "", "Abstract: Drawing from a survey of approximately 600 respondents, the authors argue that self-initiated migration matters."].join("\n") + "\n");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[600, "Anthony Howell and C. Cindy Fan"]]);
  assert.deepEqual(x.quotes, []);
});

test("a yearbook's list of works ('...; planted economic forest of 880,000 mu, added grafting area of 320,000 mu') names no speaker", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\nThe county solved the water problem of 332 poor villages; planted economic forest of 880,000 mu, added grafting area of 320,000 mu and planted grain of 240,000 mu.\n";
  assert.deepEqual(credits(text).map(([, kind, to]) => [kind, to]), [["document", "Valley Daily"], ["document", "Valley Daily"], ["document", "Valley Daily"], ["document", "Valley Daily"]]);
});

test("'according to the national rural poverty monitoring survey conducted by X' credits X's survey and quotes no one", () => {
  const { x } = extractFrom(article("The rural poor fell by 13.86 million in 2018, according to the national rural poverty monitoring survey conducted by the Valley Bureau of Statistics."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributionKind]), [[13860000, "according_to"]]);
  assert.deepEqual(x.quotes, []);
});

test("'according to Bank estimates released ...': a noun a few words after 'according to' reports nothing itself; 'Deputy Prime Minister X' names X", () => {
  const { x } = extractFrom(article("Globally, according to Bank estimates released earlier this month, extreme poverty will fall to 9.6 percent this year.", "Deputy Prime Minister Altynai Omurbekova announced that 25.4 percent of people are poor."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributionKind]), [[9.6, "according_to"], [25.4, "speech"]]);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Altynai Omurbekova"]);
});

test("a headline that ends on its source after a colon ('... no longer considered poor: DSWD') credits that source, and is no quote; a headline whose colon opens its subject does not", () => {
  const { x } = extractFrom("1.3M beneficiaries no longer considered 'poor': DSWD\n\nMANILA – The department is checking the list of beneficiaries.\n");
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo, c.attributionKind]), [["1.3M", "DSWD", "according_to"]]);
  assert.deepEqual(x.quotes, []);
  assert.deepEqual(extractFrom("Poverty in the valley: 300 families moved\n\nThe county moved them.\n").x.claims.map((c) => c.attributedTo), [null]);
});

test("numbers owned by who made them ('according to Bank estimates released ...', 'FAO's projections show that ...') credit the maker", () => {
  const { x } = extractFrom(article("The Valley Bank runs the survey. Globally, according to Bank estimates released earlier this month, extreme poverty will fall to 9.6 percent this year.", "The FAO's projections show that almost 600 million people will still face hunger in 2030."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[9.6, "Bank"], [600000000, "FAO"]]);
});

test("a report cited with 'according to' gives the rest of its paragraph's figures, named without where it was delivered; the next paragraph is the outlet's again", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\nAbout 310 villages left the list last year, according to the regional government work report delivered at the annual legislative session. In 2019, 2.1 billion yuan was spent on drinking water. The region aims to lift the remaining 16,000 people out of poverty.\n\nFarmers in Hilltown planted 300 hectares of walnuts.\n";
  assert.deepEqual(credits(text).map(([value, , to]) => [value, to]), [[310, "regional government work report"], [2100000000, "regional government work report"], [16000, "regional government work report"], [300, "Valley Daily"]]);
  // A source that opens its sentence with data, not a report, gives that sentence alone.
  const yearbook = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\nAccording to the Hilltown Statistical Yearbook, the county had 90,000 farmers. A plan set out to move 10,000 of them.\n";
  assert.deepEqual(credits(yearbook).map(([value, , to]) => [value, to]), [[90000, "Hilltown Statistical Yearbook"], [10000, "Valley Daily"]]);
});

test("'a report' whose maker the next lines name ('The report published by the Valley Poverty Office said'), a headline's ': Report', and 'A report in the state-run Valley Daily said' credit the maker or the paper; 'Official figures released in January' are the figures' own, neither 'Official' nor January's", () => {
  const made = "Valley lifts 68 million out of poverty: Report\n\nFeb 11, 2018\n\nThe valley has lifted 68.53 million people out of poverty over five years, according to a report.\n\nThe report published by the Valley Poverty Alleviation Office said it was an annual reduction of at least 13 million.\n";
  assert.deepEqual(credits(made).map(([value, , to]) => [value, to]), [[68000000, "Valley Poverty Alleviation Office"], [68530000, "Valley Poverty Alleviation Office"], [5, "Valley Poverty Alleviation Office"], [13000000, "Valley Poverty Alleviation Office"]]);
  const ran = credits(article("A report in the state-run Valley Daily said the programme will cost around 950 billion yuan."));
  assert.deepEqual(ran.map(([value, kind, to]) => [value, kind, to]), [[950000000000, "speech", "Valley Daily"]]);
  const month = credits(article("Official figures released in January put the number of rural poor at 5.51 million."));
  assert.deepEqual(month.map(([value, , to]) => [value, to]), [[5510000, "Official figures"]]);
});

test("'..., said Li Wei, Party chief of the valley, calling the achievement a \"major victory.\"' is Li Wei's, the naming too; 'according to a press briefing held in Lhasa' is the briefing's, and 'held on Tuesday by X' is X's; 'A report in the state-run press' names no 'A'", () => {
  const { x, doc } = extractFrom(article("By the end of 2019, the valley had lifted 628,000 people out of poverty, said Li Wei, Party chief of the valley, calling the achievement a \"major victory.\""));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[628000, "Li Wei"]]);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [["Li Wei", "By the end of 2019, the valley had lifted 628,000 people out of poverty"], ["Li Wei", "the achievement a \"major victory.\""]]);
  assert.deepEqual(credits(article("The region lifted 9,000 people out of poverty, according to a press briefing held in the regional capital of Lhasa Thursday.")), [[9000, "speech", "a press briefing"]]);
  assert.deepEqual(credits(article("The region lifted 9,000 people out of poverty, according to a press conference held on Tuesday by the Valley information office.")), [[9000, "speech", "Valley information office"]]);
  assert.deepEqual(credits(article("A report in the state-run press said the programme will cost around 950 billion yuan.")), [[950000000000, "speech", "A report in the state-run press"]]);
});

test("a sentence with no source before one that closes on its speaker (', he said.', ', said Zhao.') in the same paragraph is that speaker's account; the paragraph after is not", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\nThe county relocated 9.6 million people, said Zhao Chenxin, head of the county office.\n\nBy the end of 2019, 9.2 million people were relocated. The work has been completed this year for the remaining 400,000, he said.\n\nThe new town has 3,400 homes.\n";
  assert.deepEqual(credits(text).map(([value, , to]) => [value, to]), [[9600000, "Zhao Chenxin"], [9200000, "Zhao Chenxin"], [400000, "Zhao Chenxin"], [3400, "Valley Daily"]]);
});

test("a relative clause holding a list of its own between a name and its verb ('The Valley railway bureau, which manages the stations in Gansu, Xinjiang, Qinghai and Ningxia, told ...') leaves the name as who speaks; a clause before the speaker's name does not", () => {
  assert.deepEqual(credits(article("The Valley railway bureau, which manages all the stations in Gansu, Xinjiang, Qinghai and Ningxia, told the paper that about 110,000 people will go to work as cotton pickers.")), [[110000, "speech", "Valley railway bureau"]]);
  const { x, doc } = extractFrom(article("It requires support for the 3,000 relocated residents, including jobs and schools, which are also challenging, Shen said."));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.start + 11)]), [["Shen", "It requires"]]);
});

test("'..., said Qizhala in his government work report delivered at the third session of the 11th People's Congress of the Valley Region.' is Qizhala's, however long the circumstance after the name", () => {
  const text = article("The valley lifted the remaining 150,000 people out of poverty in 2019, said Qizhala in his government work report delivered at the third session of the 11th People's Congress of the Valley Autonomous Region.");
  assert.deepEqual(credits(text), [[150000, "speech", "Qizhala"]]);
});

test("'said Li Wei on Monday' ends who spoke at the day, with one space before 'on' as text writes it", () => {
  const { x, doc } = extractFrom(article("The valley lifted 150,000 people out of poverty, said Li Wei on Monday."));
  assert.deepEqual(x.quotes.map((q) => [q.speakerText, q.speaker]), [["Li Wei", "Li Wei"]]);
  assert.equal(doc.text.includes("Li Wei on Monday"), true);
});

test("'according to a July 2014 report by the official Valley news agency' is the agency's, and 'The report also said' after it too; '(U.S. $11.5 billion)' names no place; 'the Chinese President said' after 'President Xi Jinping' is Xi", () => {
  const text = article("From 2011-2014, the region spent 74.3 billion yuan (U.S. $11.5 billion) on housing in Hotan prefecture, according to a July 2014 report by China's official Valley News Agency. The report also said the government has provided 300 schools.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo, c.place]), [[74300000000, "Valley News Agency", "Hotan"], [11500000000, "Valley News Agency", "Hotan"], [300, "Valley News Agency", null]]);
  const president = extractFrom(article("China has ended extreme poverty, according to President Xi Jinping. At a ceremony in Beijing, the Chinese President said it was a \"complete victory\" for 98.99 million people."));
  assert.deepEqual(president.x.claims.map((c) => [c.value, c.attributedTo]), [[98990000, "Xi Jinping"]]);
});

test("'..., said Xiong Jianzhong, a spokesman for the Valley Bureau of Statistics, who revealed that in 2012 nearly 13 million ...' is Xiong's: the description stands in apposition to the name before it", () => {
  const text = article("More workers stayed in the province, said Xiong Jianzhong, a spokesman for the Valley Bureau of Statistics, who revealed that in 2012, nearly 13 million workers left.");
  assert.deepEqual(credits(text), [[13000000, "speech", "Xiong Jianzhong"]]);
});

test("'according to official figures' and '..., official projections suggest.' credit the figures as named; bare 'according to statistics' still names no one", () => {
  assert.deepEqual(credits(article("The valley lifted 5.52 million people out of poverty since 2013, according to official figures.")), [[5520000, "according_to", "official figures"]]);
  assert.deepEqual(credits(article("This year, more than 140,000 people will be lifted out of poverty in 1,705 villages, official projections suggest.")).map(([value, , to]) => [value, to]), [[140000, "official projections"], [1705, "official projections"]]);
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\nPoverty fell to 3,000 people, according to statistics.\n";
  assert.deepEqual(credits(text), [[3000, "document", "Valley Daily"]]);
});

test("'according to the government’s work report released in May.' carries to its paragraph's end and is named without when it came out", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\nIn 2019, the rural poor fell by 11.09 million, according to the government’s work report released in May. As of last year, 9.3 million have been resettled.\n";
  assert.deepEqual(credits(text).map(([value, , to]) => [value, to]), [[11090000, "government’s work report"], [9300000, "government’s work report"]]);
});

test("'the added value of the primary industry was 95.7 million yuan' reports nothing ('added' is an adjective after 'the'); 'Research shows that ...' on a page with no writer credits no one", () => {
  const { x } = extractFrom(article("In 2015, the added value of the primary industry was 95.7 million yuan, and the added value of the secondary industry was 506.57 million yuan."));
  assert.deepEqual(x.quotes, []);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[95700000, null], [506570000, null]]);
  assert.deepEqual(extractFrom(article("Research shows that 70 percent of the relocated households found work.")).x.claims.map((c) => [c.value, c.attributedTo]), [[70, null]]);
});

test("'new research has suggested' and a headline's 'report suggests' credit the maker a later line names ('a new report released on Tuesday by the Center for Global Policy'), whose name keeps its 'for ...' tail", () => {
  const text = "Valley: half a million forced to pick cotton, report suggests\n\nMore than half a million people have been coerced into picking cotton, new research has suggested.\n\nThe valley produces most of the cotton, but according to a new report released on Tuesday by the Center for Global Policy there is evidence that it is tainted.\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.filter((c) => c.value === 500000).map((c) => c.attributedTo), ["Center for Global Policy", "Center for Global Policy"]);
  assert.deepEqual(x.entities.organisations.map((o) => o.name), ["Center for Global Policy"]);
});

test("'Official data shows China has lifted more than 700 million people ...' credits the data without a 'that'; 'The map shows villages' reports nothing", () => {
  assert.deepEqual(credits(article("Official data shows China has lifted more than 700 million people out of poverty in the past four decades.")).map(([value, , to]) => [value, to]), [[700000000, "Official data"], [40, "Official data"]]);
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\nThe map shows 300 villages in the valley.\n";
  assert.deepEqual(credits(text), [[300, "document", "Valley Daily"]]);
});

test("a list brought in by 'The following are facts and figures ...:' goes on with the source the lede cites; a paragraph after the list is the outlet's again", () => {
  const text = "Hilltown's progress in figures\n\nSource: Valley Daily Updated: 2021-02-22\n\nHILLTOWN -- Hilltown has made progress over the past five years, according to a county government work report delivered earlier this month.\n\nThe following are facts and figures showcasing Hilltown's progress:\n\n-- A total of 30,600 rural people were lifted out of poverty.\n\n-- The road network reached 2,090 km in 2020.\n\nFarmers in Hilltown planted 300 hectares of walnuts.\n";
  assert.deepEqual(credits(text).map(([value, , to]) => [value, to]), [[5, "a county government work report"], [30600, "a county government work report"], [2090, "a county government work report"], [300, "Valley Daily"]]);
});

test("'According to the communique, ...' cites the communique; 'At the close of the session on 28 May Li said ...' is Li, the scene before the name no part of who spoke", () => {
  assert.deepEqual(credits(article("According to the communique, the income of the low-income group reached 7,380 yuan.")).map(([value, , to]) => [value, to]), [[7380, "communique"]]);
  const scene = extractFrom(article("Premier Li Wei spoke to the press.", "At the close of the valley's 2020 session on 28 May Li said at a press conference that “600 million people have monthly incomes of just 1000 yuan”.")).x;
  assert.deepEqual(scene.quotes.map((q) => q.speaker), ["Li Wei"]);
  assert.deepEqual(scene.claims.map((c) => [c.value, c.attributedTo]), [[600000000, "Li Wei"], [1000, "Li Wei"]]);
});

test("'New evidence from government documents and media reports shows that ...' is the writers' own reading, no one's report; 'new research has suggested' is still the research's", () => {
  const own = extractFrom("Coercive labor in the valley\n\nNew evidence from Chinese government documents and media reports shows that hundreds of thousands of laborers are mobilized. In 2018, three regions alone mobilized at least 570,000 persons.\n");
  assert.deepEqual(own.x.quotes, []);
  assert.deepEqual(own.x.claims.map((c) => [c.value, c.attributedTo]), [[100000, null], [3, null], [570000, null]]);
  const research = extractFrom(article("More than half a million people have been coerced into picking cotton, new research has suggested."));
  assert.deepEqual(research.x.claims.map((c) => [c.value, c.attributedTo]), [[500000, "new research"]]);
});

test("'Valley News Agency reports:' alone on its line brings in the paragraphs under it as the agency's, up to one that names the agency again", () => {
  // (On a page whose outlet is the Hill Daily: what stands outside the agency's report is the paper's.)
  const { x } = extractFrom(article(
    "By Zhao Min Source: Hill Daily Published: 2019/1/4 22:43:41",
    "Valley News Agency reports:",
    "About 160,000 herders will be relocated by 2019, the local government said.",
    "A flood in July 2016 left a total of 116 households homeless.",
    "There is a little more in Valley News Agency's own report, which has 40 pages.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[160000, "local government"], [116, "Valley News Agency"], [40, "Hill Daily"]]);
});

test("a page that names no outlet and opens by crediting an outlet's report ('..., valleytv.com reported on Jan. 22.') retells it: its unsourced figures are that outlet's", () => {
  const { x } = extractFrom("Last year, over 10 million people were lifted out of poverty in the valley, valleytv.com reported on Jan. 22.\n\nMore than 1,500 professors and students took part in the checks.\n");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[10000000, "valleytv.com"], [1500, "valleytv.com"]]);
  const own = extractFrom("Valley checks its poverty figures\n\nBy Li Wei | Valley Daily | 2020-01-15\n\nLast year, over 10 million people were lifted out of poverty, valleytv.com reported.\n\nMore than 1,500 professors and students took part in the checks.\n").x;
  assert.equal(own.claims.find((c) => c.value === 1500)?.attributedTo, "Valley Daily");
});

test("'documents reviewed by Reuters' names the outlet at work in its own copy; 'Of this total, almost 50,000 ...' after a notice 'said over half a million' is the notice's maker's figure", () => {
  const text = article(
    "The region has set quotas for moving rural laborers, according to policy documents reviewed by Reuters.",
    "A notice posted to the website of the Valley regional government last month said over half a million people were trained in 2020. Of this total, almost 50,000 have been transferred into jobs.",
  );
  const { doc, x } = extractFrom(text);
  assert.equal(doc.metadata.outlet, "Reuters");
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["half a million", "Valley regional government"], ["50,000", "Valley regional government"]]);
});

test("'According to the headquarters, ...' goes on over the next sentence, mid-paragraph too; not over 'A plan issued by ...', not over a sentence citing another note ('[7]' after '[4]')", () => {
  const text = article(
    "According to the poverty alleviation headquarters, 85 villages in the prefecture are no longer labeled poor. The number of poor people dropped from 22,948 at the end of 2015 to 6,736 at the end of 2018.",
    "The county grew. According to the Valley Times, 33 counties remain poor. The other 9 counties were verified last week.",
    "According to the statistics bureau, incomes rose to 11,642 yuan.[4] Some 4.8 million workers were employed outside the province.[7]",
    "According to the yearbook, the prefecture had 3.19 million rural people. A plan issued by the prefecture set targets for moving 100,000 people.",
  );
  const { x } = extractFrom(text);
  const by = (valueText: string) => x.claims.find((c) => c.valueText === valueText)?.attributedTo;
  assert.deepEqual([by("22,948"), by("6,736")], ["poverty alleviation headquarters", "poverty alleviation headquarters"]);
  assert.equal(by("9"), "Valley Times");
  assert.notEqual(by("4.8 million"), "statistics bureau");
  assert.notEqual(by("100,000"), "yearbook");
});

test("'According to the survey on income and expenditure of rural residents made by the Tibet investigation team of the statistics bureau, ...': the bureau whose team made the survey (the source was cut at 120 characters)", () => {
  const { x } = extractFrom(article("According to the survey on income and expenditure as well as living conditions of rural residents in the valley made by the valley investigation team of the State Statistics Bureau, the per capita disposable income of rural residents reached 11,450 yuan in 2018."));
  assert.equal(x.claims.find((c) => c.value === 11450)?.attributedTo, "State Statistics Bureau");
});

test("'this reporter learned from the poverty alleviation office of the province, as at December 31, ...' credits the office", () => {
  const { x } = extractFrom(article("Solar news: recently, this reporter learned from the poverty alleviation office of Valley Province, as at December 31, 2015, the province had spent about 1.2 billion yuan on solar power for the poor."));
  assert.equal(x.claims.find((c) => c.value === 1_200_000_000)?.attributedTo, "poverty alleviation office of Valley Province");
});

test("'Preliminary data from the seventh national census, conducted in 2020, showed that ...': the figures' source is the census data, not the participle phrase after it", () => {
  const { x } = extractFrom(article("Preliminary data from the seventh national census, conducted in 2020, showed that the number increased by 4.04 million to reach 25.85 million."));
  const source = x.claims.find((c) => c.value === 4_040_000)?.attributedTo ?? "";
  assert.ok(/census/.test(source), source);
});

test("'according to UNDP estimates' inside a quotation credits the figure to UNDP, 'according to our survey' to the speaker; 'According to the Valley Post, he regretted that ...' quotes him, not the paper", () => {
  const { x, doc } = extractFrom(article(
    "Jan Roe, an analyst, praised the county.",
    "According to the Valley Post on Sunday, he regretted that foreign media hardly report the success of 300 villages.",
    "\"The province is the poorest. Its poverty rate, according to UNDP estimates, is around 70%. According to our survey, 300 families left,\" he said.",
  ));
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" "), q.speaker]), [
    ["foreign media hardly", "Jan Roe"],
    ["The province is", "Jan Roe"],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[300, "Jan Roe"], [70, "UNDP"], [300, "Jan Roe"]]);
});

test("'the Valley Post reported that Premier Li Keqiang said ...' quotes the premier, once, and his figures are his", () => {
  const { x, doc } = extractFrom(article("At a press conference on May 28, the Valley Post reported that Premier Li Keqiang said the government would spend 300 billion yuan on jobs."));
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.end), q.speaker]), [["the government would spend 300 billion yuan on jobs", "Li Keqiang"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[300000000000, "Li Keqiang"]]);
  // ("The report said the office announced that ...": a document passes on what the office announced.)
  const passed = extractFrom(article("The report said the Valley poverty alleviation office announced that 19 counties had risen out of poverty."));
  assert.deepEqual(passed.x.quotes.map((q) => [passed.doc.text.slice(q.start, q.end), q.speaker]), [["19 counties had risen out of poverty", "Valley poverty alleviation office"]]);
});

test("'The numbers cited in the report show that ...' credits the figures to whoever made the report", () => {
  assert.deepEqual(credits(article("Valley University released a report last month.", "The numbers cited in the report show that the growth rate fell by about 46% in 2018.")), [[46, "speech", "Valley University"]]);
});

test("'She said, villagers informed her that ...' is what she said, not the villagers' words", () => {
  const { x, doc } = extractFrom(article("Ma Lan visited the county.", "She said, villagers informed her that earlier they were earning only 100 yuan a day."));
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.end).split(" ").slice(0, 2).join(" "), q.speaker]), [["villagers informed", "Ma Lan"], ["earlier they", "villagers"]]);
});

test("'..., recent data from the Valley Bureau of Statistics showed.' ending a sentence credits its figures to the bureau, and makes no quotation", () => {
  const { x } = extractFrom(article("The valley lifted 82.39 million rural poor out of poverty over six years, and its poverty rate dropped from 10.2 to 1.7 percent, recent data from the Valley Bureau of Statistics showed."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[82390000, "Valley Bureau of Statistics"], [6, "Valley Bureau of Statistics"], [10.2, "Valley Bureau of Statistics"], [1.7, "Valley Bureau of Statistics"]]);
  assert.equal(x.quotes.length, 0);
});

test("'Figures released by the Valley Ministry of Finance indicate that ...' and '..., state media are reporting.' credit the figures to who released or reports them", () => {
  const released = credits(article("Figures released by the Valley Ministry of Finance on 3 March indicate that as of the end of 2017 the number of poor people was 30.4 million."));
  assert.deepEqual(released.map(([value, , to]) => [value, to]), [[30400000, "Valley Ministry of Finance"]]);
  const reporting = credits(article("More than 2,000 herders from Gerze county are to move to a new town, Chinese state media are reporting."));
  assert.deepEqual(reporting.map(([value, , to]) => [value, to]), [[2000, "Chinese state media"]]);
});

test("a paragraph opening on a report coming out ('The Valley Bureau of Statistics released its annual report ...') credits the source it then cites with all its figures; 'China's National Bureau of Statistics' is the bureau", () => {
  const { x } = extractFrom(article("At the end of April, China's National Bureau of Statistics (NBS) released its latest annual report on migrant workers. According to the NBS, there were 281,710,000 migrants in 2016. Workers were reluctant to move far. In 2016, 112,370,000 workers stayed in their own town. Significantly, 88.2 percent of new migrants did not leave home."));
  assert.deepEqual(x.entities.organisations.map((o) => o.name), ["National Bureau of Statistics"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[281710000, "National Bureau of Statistics"], [112370000, "National Bureau of Statistics"], [88.2, "National Bureau of Statistics"]]);
});

test("a survey cited as it came out ('according to a survey released by the Valley Research Office') gives its figures to the paragraphs after it, and 'According to the survey' there goes on with it", () => {
  const { x } = extractFrom(article(
    "About 120 million rural migrants work in cities, according to a survey released by the Valley Research Office in late March.",
    "The survey was conducted in 11 provinces over ten months. According to the survey, migrants make up 58 percent of factory workers.",
    "In the services sector, migrants make up 52 percent of the workforce.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[120000000, "Valley Research Office"], [11, "Valley Research Office"], [10, "Valley Research Office"], [58, "Valley Research Office"], [52, "Valley Research Office"]]);
});

test("'Name, a member of the panel, also cited estimates that ...' is Name's, from after 'that'; 'Credible estimates' name no owner called 'Credible'", () => {
  const { x, doc } = extractFrom(article("Tom Reed, a member of the panel, also cited estimates that two million people were forced into \"camps for training\" in the valley."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[2000000, "Tom Reed"]]);
  assert.ok(doc.text.slice(x.quotes[0]!.start).startsWith("two million people"));
  assert.deepEqual(credits(article("Credible estimates indicate that about 1 million people are held in camps in the valley.")), [[1000000, "speech", "Credible estimates"]]);
});

test("a pronoun after a scene's long phrase speaks alone ('... of this year's Two Sessions, he said, “...”'), over a line that broke after the possessive", () => {
  const text = "Valley pledges aid\n\nLiu Ming, head of the valley office, said on Wednesday that 10 million more people will leave poverty.\nAddressing a press conference regarding the valley’s poverty efforts on the sidelines of this year’s\nTwo Sessions, he said, “At the end of 2012, the valley had 99 million people living in poverty.”\n";
  const { x, doc } = extractFrom(text);
  assert.ok(doc.text.includes("this year’s Two Sessions"));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[10000000, "Liu Ming"], [99000000, "Liu Ming"]]);
});

test("'Valley News Asia reports, “...”' is the outlet's, its edition word and all; '” And continues, “' names no speaker 'And'", () => {
  const { x } = extractFrom(article("Valley News Asia reports, “The poverty rate among the rural population dropped to 3.1% last year from 97.5% 40 years ago.” And continues, “The valley now has 620 dollar billionaires.”"));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[3.1, "Valley News Asia"], [97.5, "Valley News Asia"], [620, "Valley News Asia"]]);
  assert.ok(x.quotes.every((q) => q.speaker === "Valley News Asia"));
});

test("'Wage claims peaked in January' is a noun and names no speaker 'Wage'; 'the 197 incidents (28.3%) reported in the first half of 2023' is a participle, no one reporting", () => {
  assert.deepEqual(credits(article("Wage claims peaked in January with over 100 protests, then fell to around 50 a month.")), [[100, "document", null], [50, "document", null]]);
  assert.deepEqual(credits(article("Factory protests were still high, with 233 incidents recorded, slightly higher than the 197 incidents (28.3%) reported in the first half of 2023.")).map((c) => c[2]), [null, null, null]);
});

test("a survey's tallies ('A total of 23 interviewees, accounting for 28.8% of the total, said', 'Only 26 said', '10% of interviewees said') and 'the result of our survey shows' name no speaker: the figures are the page's; '41 of the 60 families said' still speaks", () => {
  const text = "A survey on unpaid wages\n\nBy Valley News Agency\n\nThe result of our survey conducted later shows this number was much larger than predicted: 72.5% of workers are not paid on time. However, 10% of interviewees said that the only way to get their money is by threatening their bosses.\n\nA total of 23 interviewees, accounting for 28.8% of the total, said that they are never paid on time. Only 26 said their pay is delayed only occasionally.\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.length, 0);
  assert.ok(x.claims.every((c) => c.attributedTo === "Valley News Agency"), JSON.stringify(x.claims.map((c) => c.attributedTo)));
  assert.deepEqual(extractFrom(article("In the first round of interviews in 2017, 41 of the 60 families said they were glad to leave the mountains.")).x.quotes.map((q) => q.speaker), ["41 of the 60 families"]);
});

test("''...,'' Name, 46, says: two apostrophes set as a closing mark, and the age, are no part of who speaks", () => {
  assert.deepEqual(extractFrom(article("Valley herders moved in 2018.", "''We were happy to move, but now there is nothing,'' Losang, 46, says, laughing loudly.")).x.quotes.map((q) => q.speaker), ["Losang"]);
});

test("a survey's figures go on over the paragraphs after it: its respondents' shares ('one third said', 'two thirds of those surveyed said') speak only through it, and ', the report found,' set off by commas reports", () => {
  const text = article(
    "Young herders still earn around half the income of town workers, according to a survey by the Valley Federation of Cooperatives.",
    "The survey of 800 households found that herders under 30 earned 1,500 yuan a month on average.",
    "Of those who had sold livestock last year, one third said prices were the main worry. Some 77 percent had medical insurance.",
    "Water remains a problem, the report found, with around 40 percent of households far from a well. Nearly two thirds of the herders surveyed said they had no training.",
  );
  assert.deepEqual(credits(text).map(([value, , to]) => [value, to]), [
    [0.5, "Valley Federation of Cooperatives"],
    [800, "Valley Federation of Cooperatives"],
    [30, "Valley Federation of Cooperatives"],
    [1500, "Valley Federation of Cooperatives"],
    [1 / 3, "Valley Federation of Cooperatives"],
    [77, "Valley Federation of Cooperatives"],
    [40, "Valley Federation of Cooperatives"],
    [2 / 3, "Valley Federation of Cooperatives"],
  ]);
});

test("'said a white paper issued on Friday' and 'said the report titled \"...,\" issued by the regional office' are the issuing office's, and the title in quotation marks is no quotation", () => {
  const text = article(
    "Hill Region has seen 18 years of double-digit growth in rural incomes, said a white paper issued on Friday.",
    'In 2020, the per capita disposable income in Hill Region doubled in comparison with 2010, said the report titled "Hill Region Since 1951: Liberation, Development and Prosperity," issued by the Regional Information Office.',
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[18, "Regional Information Office"]]);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, text.slice(q.start, q.start + 14)]), [["reported_speech", "Regional Information Office", "Hill Region ha"], ["reported_speech", "Regional Information Office", "In 2020, the p"]]);
});

test("'\"...,\" said Ma Lin, 52, who moved here in 2018' : what the writer adds about a speaker named after the verb is the writer's; 'adding that 30 more ...' is the speaker's", () => {
  const text = "Herders move down the valley\n\nBy Li Wei | Valley Daily | 2020-01-15\n\n\"It is working,\" said Ma Lin, 52, who moved down from the hills with 4 sheep.\n\n\"It is working,\" said Liu Yuan, adding that 30 more villages will follow.\n";
  assert.deepEqual(credits(text), [[52, "document", "Valley Daily"], [4, "document", "Valley Daily"], [30, "speech", "Liu Yuan"]]);
});

test("a reporting verb used as a participle after 'the' ('well below the required 3 percent that ...') names no speaker", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\n";
  assert.deepEqual(
    credits(`${text}The share of poor residents fell to 2.42 percent, well below the required 3 percent that removes a county from the list.\n`),
    [[2.42, "document", "Valley Daily"], [3, "document", "Valley Daily"]],
  );
  // With a subject of its own, "required that" still reports.
  assert.deepEqual(credits(`${text}The ministry required that 30 percent of the funds go to roads.\n`), [[30, "speech", "ministry"]]);
});

test("'As a result, ...' after a speaker's figures goes on with the speaker's account", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\n";
  assert.deepEqual(
    credits(`${text}Li Wei, an official of the county, said that the county lifted 5,000 people out of poverty in 2018. As a result, the poverty ratio fell by 6.5 percent.\n`),
    [[5000, "speech", "Li Wei"], [6.5, "speech", "Li Wei"]],
  );
  // With no speaker before it, the sentence is the outlet's.
  assert.deepEqual(credits(`${text}The county built roads. As a result, the poverty ratio fell by 6.5 percent.\n`), [[6.5, "document", "Valley Daily"]]);
});

test("who speaks: a speaker whose surname is He ('He Zhihong, 49, a resident of X town, Y county, Z province, said'), the places after a place widened over back to the name, and 'He said life dramatically changed ...' with a bare noun after the verb", () => {
  const { doc, x } = extractFrom(article(
    "He Zhihong, 49, a resident of Hill town, Valley Tujia autonomous county, Guizhou province, said he used to live in a harsh place.",
    "He said life dramatically changed after his family moved to a new flat in 2017.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [
    ["He Zhihong", "he used to live in a harsh place"],
    ["He Zhihong", "life dramatically changed after his family moved to a new flat in 2017"],
  ]);
  // "He said goodbye" reports no words.
  assert.deepEqual(extractFrom(article("Li Wei packed his bags. He said goodbye and left the village that day.")).x.quotes, []);
});

test("no speaker: a reporting verb as a participle after an adverb ('The newly added counties are ...'); words in a quotation are what was said, never who says them; a date-only dateline ('March 6,2020 -- ') is no part of what was said", () => {
  assert.deepEqual(extractFrom(article("The newly added counties are mainly located in old base areas.")).x.quotes, []);
  const { doc, x } = extractFrom(article("The 70-page report states Hill officials “misleadingly claim that relocation is voluntary.”", "March 6,2020 -- Another 31 counties were taken off the list, according to a press conference held by the county office."));
  assert.deepEqual(x.quotes.map((q) => [q.speakerText, doc.text.slice(q.start, q.end)]), [
    ["The 70-page report", "misleadingly claim that relocation is voluntary."],
    ["a press conference held by the county office", "Another 31 counties were taken off the list"],
  ]);
});

test("what a source said: 'From 2016 to 2020, according to Tan Li, party secretary of the county, Hill will build ...' (the words after the source and its post); 'Liang Xin (a pseudonym), a charity worker ..., told'; a quotation the page's end cuts off mid-word after a sentence", () => {
  const { doc, x } = extractFrom(article(
    "From 2016 to 2020, according to Tan Li, party secretary of the county, Hill will build 125 relocation sites.",
    "Liang Xin (a pseudonym), a longtime charity worker in Hill Prefecture, told the Valley Times that the villagers have been left poorer than before.",
    "Yang Jiang, a former farmer, now works in a processing plant. “I am covered by social insurance schemes, including endowment insurance, matern",
  ).trimEnd());
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [
    ["Tan Li", "Hill will build 125 relocation sites"],
    ["Liang Xin", "the villagers have been left poorer than before"],
    ["Yang Jiang", "I am covered by social insurance schemes, including endowment insurance, matern"],
  ]);
});

test("no speaker: 'Editor's note: ...' (a note, after a possessive); a dateline's place in capitals before a dash ('HILLTOWN, Yunnan Province, China — ... proud of: ...') is no name of a 'Name, role:' line", () => {
  assert.deepEqual(extractFrom(article("Editor's note: The county has lifted 800 million people out of poverty in 35 years.")).x.quotes, []);
  const { x } = extractFrom(article("HILLTOWN, Yunnan Province, China — In my recent trip, officials took me to see an achievement they were so proud of: a cluster of new apartment buildings."));
  assert.deepEqual([x.quotes.length, x.entities.people.map((p) => p.name)], [0, []]);
});

test("in a text set in lines of one width, 'Dr. Anna Lind, a researcher ... whom we consulted,' is the start of a sentence, not a briefing's list of speakers", () => {
  const lines = [
    "Labour Transfer and Control in Hill County",
    "",
    "The labour transfer drive in the county did not emerge from the demand of",
    "employers alone. It was planned from above, with targets set for each town.",
    "Dr. Anna Lind, a researcher on the county's economy whom we consulted,",
    "said the system blurs the line between work and control in many places.",
    "",
  ];
  const { x } = extractFrom(lines.join("\n"));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Anna Lind"]);
});

test("who speaks: a body's initials in brackets are no part of its name ('the Hill Region (HR) administration said'); 'X released a report ... on Tuesday and the report states, \"...\"' is the report's, not the clause before 'and'", () => {
  const { x } = extractFrom(article("According to the Hill Region (HR) administration, rural labour placement reached 14.33 million between 2016 and 2020."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Hill Region administration"]);
  assert.deepEqual(reportingClauses("Valley Watch released a report on the county's relocations on Tuesday and the report states, \"officials use pressure.\"").map((c) => c.kind), ["speech"]);
  const said = "Valley Watch released a report on the county's relocations on Tuesday and the report states, \"officials use pressure.\"";
  const clause = reportingClauses(said)[0]!;
  assert.equal(said.slice(clause.speaker.start, clause.speaker.end), "the report");
});

test("'..., Governor Sun Li announced during the provincial congress, held on Jan 16-20.' reports what stands before the name; a quotation over a paragraph that opens 'said Anna Lind, ...' is hers, not the person named before it", () => {
  const { doc, x } = extractFrom(article(
    "Hill province will relocate 750,000 people from 3,500 villages in 2017, Governor Sun Li announced during the Hill Provincial People's Congress, held on Jan 16-20.",
    "Li Wei, a county official, said the county built 40 roads.",
    "“For these families being moved out of their homes to go to work, it is very hard,”",
    "said Anna Lind, a researcher at the Valley Institute.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).slice(0, 25)]), [
    ["Sun Li", "Hill province will reloca"],
    ["Li Wei", "the county built 40 roads"],
    ["Anna Lind", "For these families being "],
  ]);
});

test("'that number' near the start of the next sentence goes on with the source before it; a poverty line alone credits no one", () => {
  const text = article("The region grew fast. There were 878 million poor people in the country in 1981, according to the Valley Bank. By 2015, that number had fallen to 9.7 million.", "According to the poverty line of $2.15 a day, 40 million were poor.");
  assert.deepEqual(credits(text), [[878000000, "speech", "Valley Bank"], [9700000, "according_to", "Valley Bank"], [2.15, "document", null], [40000000, "document", null]]);
});

test("'Name, Beijing correspondent for the Paper, says ...' is the person, not the paper her post names", () => {
  assert.deepEqual(credits(article("Yuan Li, Beijing correspondent for the Valley Times, says 40 factories in the county use transferred workers.")), [[40, "speech", "Yuan Li"]]);
});

test("'A revision in the poverty line, announced by the government on Tuesday, means that ...' is no report by the revision", () => {
  const text = article("A sharp upward revision in the poverty line, announced by the government on Tuesday, means that 128 million people in rural areas now qualify as poor.");
  assert.deepEqual(extractFrom(text).x.quotes, []);
  assert.deepEqual(credits(text), [[128000000, "document", null]]);
});

test("'This was revealed by Minister X in ...' opening a paragraph credits the figures just above to X; 'estimated at 45 per cent' is a value, no one's report", () => {
  const text = article("The poverty ratio in rural areas dropped between 1983 and 2000. The proportion of the rural poor, estimated at 45.65 per cent, has come down to 27.1 per cent.", "This was revealed by Rural Development Minister Ram Dass in a national conference on Wednesday.", "The valley grew 40 new farms.");
  assert.deepEqual(credits(text), [[45.65, "speech", "Ram Dass"], [27.1, "speech", "Ram Dass"], [40, "document", null]]);
});

test("'HILLTOWN, Feb 18 (Reuters) - ..., the official Xinhua news agency reported': the agency the words name, not the wire of the dateline, and the dateline is no part of what was said; the one dollar an exchange rate is given for is no figure", () => {
  const text = "Valley unveils a relief plan\n\nHILLTOWN, Feb 18 (Reuters) - The valley is planning a relief scheme for its 22 poorest counties, the official Xinhua news agency reported on Sunday.\n\n($1 = 6.3438 Chinese yuan renminbi)\n";
  assert.deepEqual(credits(text), [[22, "speech", "Xinhua"], [6.3438, "document", "Reuters"]]);
  const { x, doc } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => doc.text.slice(q.start, q.start + 22)), ["The valley is planning"]);
});

test("'Tang Rongbin’s house was renovated ...' opening a sentence, then '\"...,\" he said': he is Tang Rongbin, whose sentence it was, not the person named before", () => {
  const text = "Villagers move into new homes\n\nTang Rongbin, 73, had a visit from Xi Jinping in 2012.\n\nTang Rongbin’s house was renovated with money from a government fund.\n\n“I never dreamed of living in such a house before,” he said. He rents three rooms of his house to a tourism company.\n";
  const { x, doc } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.start + 16), q.speaker]), [["I never dreamed ", "Tang Rongbin"]]);
});

test("a pull quote, a paragraph of its own, signed '—Mo Wangqing' on the line under it, is his; a dash before words that name no one signs nothing", () => {
  const quotesOf = (text: string) => {
    const { x, doc } = extractFrom(text);
    return x.quotes.map((q) => [doc.text.slice(q.start, q.start + 14), q.speaker]);
  };
  const pull = "“I decided I wanted to start a fish farm, too. The water was so much cleaner here.”";
  assert.deepEqual(quotesOf(`Workers head home to the valley\n\nMany migrants have gone back home for good.\n\n${pull}\n\n—Mo Wangqing\n\nMo Wangqing left the village at 18 to work in factories on the coast.\n`), [["I decided I wa", "Mo Wangqing"]]);
  assert.deepEqual(quotesOf(`Workers head home to the valley\n\nMany migrants have gone back home for good.\n\n${pull}\n\n—Photo Gallery\n\nThe village is quiet now.\n`), [["I decided I wa", null]]);
});

test("'The white paper, titled New Progress in ..., was released by the Valley Information Office.' then 'According to the white paper, ...': the figures are the office's", () => {
  const text = article("The valley's government on Wednesday unveiled a white paper on its poverty reduction efforts.", "The white paper, titled New Progress in Development-oriented Poverty Reduction for the Valley, was released by the Valley Information Office.", "According to the white paper, the valley's poor rural population fell from 94.22 million at the end of 2000 to 26.88 million at the end of 2010.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[94220000, "Valley Information Office"], [26880000, "Valley Information Office"]]);
});

test("'The report documents what the rights group says are ...': who says is the subject after 'what', not the clause that frames the words", () => {
  const { x } = extractFrom(article("The Valley Watch report documents what the rights group says are extreme measures taken against 30 villages."));
  // (The rights group is the Valley Watch the sentence has just named.)
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[30, "Valley Watch"]]);
});

test("'The valley has the third largest economy but a report says 40 million of its farmers live in poverty': the report says it, with no comma before 'but'", () => {
  const { x } = extractFrom(article("The valley has the region's third largest economy but a report says 40 million of its farmers live in poverty."));
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["reported_speech", "a report"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[40000000, "a report"]]);
});

test("'according to a report jointly issued by X' then 'The report also said' then '\"...,\" the report said': each later 'the report' is X's, the chain walked back to the clause that named the maker", () => {
  const { x } = extractFrom(article(
    "The number of online villages has risen to 4,310 by the end of June, according to a report jointly issued by ValleyResearch and Hill University.",
    "The report also said that annual sales from online stores in the villages had exceeded 700 billion yuan over the past year.",
    "\"Sales keep growing,\" the report said.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [
    ["reported_speech", "ValleyResearch and Hill University"],
    ["reported_speech", "ValleyResearch and Hill University"],
    ["quotation", "ValleyResearch and Hill University"],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[4310, "ValleyResearch and Hill University"], [700000000000, "ValleyResearch and Hill University"]]);
});

test("'the new report said' is 'the report' said as recent, resolved as 'the report' is; a report named by no maker, 'The new report which was released on Sunday showed', is 'report', not a phrase", () => {
  const issued = extractFrom(article("The Valley Institute released a report on rural incomes on Monday.", "Incomes rose 8 percent last year, the new report said."));
  assert.deepEqual(issued.x.quotes.map((q) => q.speaker), ["Valley Institute"]);
  const nobody = extractFrom(article("The new report which was released on Sunday showed that 800 million people lived on less than 2 dollars a day.", "The progress was driven mainly by East Asia, said the report."));
  // ("which was released on Sunday" without a comma is no part of who speaks.)
  assert.deepEqual(nobody.x.quotes.map((q) => q.speaker), ["report", "report"]);
});

test("'said in a 70-page news release' then 'the news release said' is the group's; 'Officials misleadingly claim' is the officials' (an adverb by its ending); 'said Secretary-General Agnes Moore' is Agnes Moore, her post the role", () => {
  const { x } = extractFrom(article(
    "The Valley Rights Watch said in a 70-page news release that 500 villages had been moved. The government prevents relocated people from returning, the news release said.",
    "Officials misleadingly claim that these relocations will improve people's livelihood.",
    "\"This is a well-evidenced demonstration of abuse,\" said Secretary-General Agnes Moore. She said 1 million people had been sent to camps.",
  ));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Valley Rights Watch", "Valley Rights Watch", "Officials", "Agnes Moore", "Agnes Moore"]);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Agnes Moore", "secretary-general"]]);
});

test("'ROME - The head of the Food Organization said Monday that ...' is the head named next, no 'ROME -' and no person 'Food'; '\"...,\" the FO chief, Jose Graziano da Silva, wrote' is the person the commas set off; 'the director-general stressed' is he", () => {
  const { x } = extractFrom(article(
    "ROME - The head of the Food Organization said Monday that the valley has saved almost 100 million people from hunger.",
    "\"The progress shows that we can reach a hunger-free world,\" the FO chief, Jose Graziano da Silva, wrote in an article.",
    "In his signed article, the director-general stressed that the experience of the valley offers valuable lessons.",
  ));
  // (The head the lede describes is the person named next; "Food", the start of the body's name "Food Organization", is no person.)
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Jose Graziano da Silva", "Jose Graziano da Silva", "Jose Graziano da Silva"]);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Jose Graziano da Silva"]);
});

test("'says the white paper, titled \"...,\" issued by the Information Office ...': the office issued it, so 'a white paper' before and 'the white paper' after are the office's; 'the expert on international affairs said' is the expert named before", () => {
  const { x } = extractFrom(article(
    "Through more than 60 years of development, the valley has followed a sound path, according to a white paper issued on Wednesday.",
    "The path is suited to the conditions in the valley, says the white paper, titled \"The Valley's Path Is Driven by History,\" issued by the Information Office of the Valley Council.",
    "In 2013, the product of the valley reached 80.767 billion yuan, according to the white paper.",
    "Nepalese scholar Bishnu Rijal said the issues are internal affairs. \"It is unacceptable that 5 issues are used,\" the expert on international affairs said.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]).slice(0, 2), [[60, "Information Office of the Valley Council"], [80767000000, "Information Office of the Valley Council"]]);
  assert.equal(x.quotes.find((q) => q.form === "quotation")?.speaker, "Bishnu Rijal");
});

test("'..., customs data showed Thursday.' credits the figures before it to the data, the day it came out after the verb", () => {
  const { x } = extractFrom(article("Exports contracted 10 percent last month to $184.5 billion over a year earlier, customs data showed Thursday."));
  assert.deepEqual(x.claims.slice(0, 2).map((c) => [c.value, c.attributedTo]), [[10, "customs data"], [184500000000, "customs data"]]);
  assert.ok(x.claims.every((c) => c.attributedTo === "customs data"));
});

test("'Veres, Country Director of the Valley Development Program (VDP), said' is Agi Veres, named before with that post; the body's initials at the post's end are no part of it", () => {
  const { x } = extractFrom(article("Nov.9,2017--Agi Veres, Country Director of the Valley Development Program.", "Veres, Country Director of the Valley Development Program (VDP), said over the past 30 years the economy has grown."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Agi Veres"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[30, "Agi Veres"]]);
});

test("'Name, Trade Minister of X, said' and 'Name, Commercial Counsellor, said': a post with its field in capitals describes the name before it, which speaks", () => {
  const { x } = extractFrom(article("Omar Rashid, Trade Minister of the Valley Republic, said that the border market had 50 firms.", "Amir Khan, Commercial Counsellor, said that 40 traders came last year."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Omar Rashid", "Amir Khan"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[50, "Omar Rashid"], [40, "Amir Khan"]]);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Omar Rashid", "Trade Minister of the Valley Republic"], ["Amir Khan", "Commercial Counsellor"]]);
});

test("a post, then its holder's name set off by commas, speaks as one: 'The county head, Li Ming, said ...' and '\"...,\" Guizhou's party secretary, Zhao Kezhi, said'", () => {
  const text = article("Other news came first. The county head, Li Ming, said the county built 30 roads.", "\"We built 12 bridges,\" Valley's party secretary, Zhao Kezhi, said earlier this year.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.end)]), [["Li Ming", "the county built 30 roads"], ["Zhao Kezhi", "We built 12 bridges"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[30, "Li Ming"], [12, "Zhao Kezhi"]]);
});

test("'\"...\" Through a video link, Ayhan Tursun, a cotton farmer in Shaya County, Xinjiang, told reporters that ...': the scene is no speaker, the region after the place is no speaker; the farmer speaks both", () => {
  const text = article("The county held a meeting.", "\"Now one person can manage 300 mu.\" Through a video link, Ayhan Tursun, a cotton farmer in Shaya County, Xinjiang, told reporters that last year the price of cotton rose by 20 percent.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Ayhan Tursun", "Ayhan Tursun"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[300, "Ayhan Tursun"], [20, "Ayhan Tursun"]]);
});

test("'the report quoted Wu Wei, director of ..., as saying' after a quotation, and 'The newspaper quoted Li Ming, a county official, as saying that ...': the one quoted speaks, past their post", () => {
  const text = article("The county held a meeting.", "\"We moved 300 families,\" the Valley Daily report quoted Wu Wei, director of the regional forestry administration, as saying.", "The newspaper quoted Li Ming, a county official, as saying that 40 villages had been moved.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.end)]), [["Wu Wei", "We moved 300 families"], ["Li Ming", "40 villages had been moved"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[300, "Wu Wei"], [40, "Li Ming"]]);
});

test("'Valley vice chairman Alken Tuniaz, asked at a briefing ... for an account of ..., said': how the speaker came to speak is no part of who speaks", () => {
  const text = article("The county held a meeting.", "Valley vice chairman Alken Tuniaz, asked at a briefing in Hilltown for an account of how many people had moved, said the number was 40,000 and that most had found jobs.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Alken Tuniaz"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[40000, "Alken Tuniaz"]]);
});

test("'The report, backed by fresh evidence, alleges' and 'The updated report reveals' are the report's maker's; 'has also discovered that' reports; '..., the existence of which the government has never acknowledged' reports nothing", () => {
  const text = article("New Delhi: A new report by the Valley Action Institute has raised concerns over boarding schools. The report, backed by fresh evidence, alleges that these schools hold 3,000 children.", "The updated report reveals that nearly 100,000 children are in such schools.", "Dr. Gyal Lo, an educational sociologist, has also discovered that 40 schools take children as young as four, the existence of which the government has never acknowledged.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Valley Action Institute", "Valley Action Institute", "Gyal Lo"]);
  assert.deepEqual(x.claims.filter((c) => c.value !== 4).map((c) => [c.value, c.attributedTo]), [[3000, "Valley Action Institute"], [100000, "Valley Action Institute"], [40, "Gyal Lo"]]);
});

test("'Commenting on this campaign, President Xi Jinping said:' over a paragraph in quotation marks, in an article with a byline: the quotation is the president's, no speech by the writer that runs to the page's end", () => {
  const text = article("By Dee Knight", "The campaign ran for eight years.", "Commenting on this campaign, President Xi Jinping said:", "\u201cOur overall productive forces have significantly improved and 40 areas lead the world.\u201d", "The writer's own view follows: the county built 12 roads.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["quotation", "Xi Jinping"]]);
  assert.equal(x.claims.find((c) => c.value === 40)?.attributedTo, "Xi Jinping");
  assert.notEqual(x.claims.find((c) => c.value === 12)?.attributedTo, "Dee Knight");
});

test("'Lhadon Tethong, Director of ..., who first exposed ... in a report in 2021 [3], stated:' over a quotation: the relative clause before the verb is no part of who speaks", () => {
  const text = article("In response to the tour, Lhadon Tethong, Director of Valley Action Institute, who first exposed the school system in a groundbreaking report in 2021 [3], stated:", "\u201cThe tour cannot hide that one million children, some as young as four years old, are in these schools.\u201d");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["quotation", "Lhadon Tethong"]]);
});

test("'It is widely regarded by historians that ...' is the historians'; '..., while extensive research by Yu Xiguang suggests ...' is Yu Xiguang's", () => {
  const text = article("Valley Leap", "It is widely regarded by historians that the Valley Leap resulted in 30,000 deaths.[3] The county lost 12 villages, while extensive research by Yu Xiguang suggests the death toll from the movement is closer to 55,000.[4]");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["historians", "Yu Xiguang"]);
  assert.equal(x.claims.find((c) => c.value === 30000)?.attributedTo, "historians");
  assert.equal(x.claims.find((c) => c.value === 55000)?.attributedTo, "Yu Xiguang");
});

test("'Province of southwestern China From Wikipedia, the free encyclopedia' (a wiki copy's short description run into its tagline) under the page's name: the name is the title, the wiki the outlet", () => {
  const m = documentFrom("Guizhou\nProvince of southwestern China From Wikipedia, the free encyclopedia\nProvince of southwestern China From Wikipedia, the free encyclopedia\nGuizhou is an inland province in Southwestern China with 38.5 million people.\n").metadata;
  assert.deepEqual([m.title, m.outlet], ["Guizhou", "Wikipedia"]);
});

test("'Valley Factor reported that the real jobless total ... was as high as 46%, according to Zhang Dandan, of Hill University': the figure is the one the report cites", () => {
  const { x } = extractFrom(article("Last week, Valley Factor reported that the real jobless total for those aged between 16 to 24 was as high as 46%, according to Zhang Dandan, of Hill University."));
  assert.deepEqual(x.claims.filter((c) => c.value === 46).map((c) => [c.attributedTo, c.attributionKind]), [["Zhang Dandan", "according_to"]]);
});

test("'The authors reiterated that 35% of ...' on a news page about a report, which names no writer of its own: the figure is the report's authors', as the page calls them, not no one's", () => {
  const { x } = extractFrom(article(
    "A joint report from Hill University and the Valley Alliance offers resources for firms that wish to avoid the risk.",
    "The authors reiterated that 35% of the world's polysilicon comes from the valley.",
  ));
  assert.deepEqual(x.claims.filter((c) => c.value === 35).map((c) => c.attributedTo), ["The authors"]);
});

test("a body named only by its letters and said to be a think tank ('the HVI think tank estimates') is an organisation, and 'a new report' and 'the report' with no maker named are its", () => {
  const text = article(
    "Herders from the valley are working under coercive conditions at factories that supply big brands, a new report says.",
    "Between 2017 and 2019, the HVI think tank estimates that more than 40,000 herders were transferred out of the valley. HVI said the herders were moved through labour schemes. The report said 60 global brands buy from the factories.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.entities.organisations.map((o) => [o.name, o.kind]), [["HVI", "association"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[40000, "HVI"], [60, "HVI"]]);
});

test("a body's release carried on another site under 'Body : Headline' speaks for the body, and a trail that opens at 'Site Homepage' names the site", () => {
  const text = "Portal Homepage  >  News  >  Economy  >  All News\n\nProvincial Bureau of Statistics of Gansu : Rural Incomes in the First Half of 2020\n\nshare with twitter\n07/21/2020 | 10:05pm EST\n\nIn the first half of 2020, the per capita disposable income of rural residents in poor counties was 4,310 yuan, an increase of 7.9 percent.\n";
  const { doc, x } = extractFrom(text);
  assert.equal(doc.metadata.outlet, "Portal");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[4310, "Provincial Bureau of Statistics of Gansu"], [7.9, "Provincial Bureau of Statistics of Gansu"]]);
});

test("a page labelled 'PRESS RELEASE' whose lede opens on a body ('The Valley Bank's Board of Executive Directors approved ...') is that body's release: its outlet, and its figures", () => {
  const text = "PRESS RELEASE June 22, 2018\n\nValley Bank to Support Poverty Reduction Efforts in Hill Province\n\nWASHINGTON, June 22, 2018—The Valley Bank's Board of Executive Directors approved a US$400 million loan today to help the poverty reduction program of Hill Province.\n\nThe program will benefit more than 3 million rural poor.\n";
  const { doc, x } = extractFrom(text);
  assert.equal(doc.metadata.outlet, "Valley Bank");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[400_000_000, "Valley Bank"], [3_000_000, "Valley Bank"]]);
  // (Without the label, a story about the bank is no release of its.)
  assert.equal(documentFrom(text.replace("PRESS RELEASE ", "")).metadata.outlet, null);
});

test("'the institution's inaugural report' is the report of the body named before it (an official 'at the Hill Bank'), and 'the report' after it is the bank's", () => {
  const text = article(
    "\"Much of the success in poverty reduction has been driven by the valley,\" said Ana Roe, senior director at the Hill Bank, at a teleconference on the institution's inaugural report Poverty and Prosperity 2016.",
    "The new report which was released on Sunday showed that nearly 800 million people lived on less than 1.9 U.S. dollars a day in 2013.",
  );
  assert.deepEqual(extractFrom(text).x.claims.map((c) => [c.value, c.attributedTo]), [[800_000_000, "Hill Bank"], [1.9, "Hill Bank"]]);
});

test("a list brought in by 'Ana Lind reported government figures that show the following:' is hers, item by item", () => {
  const { doc, x } = extractFrom(article("Jan 8 (VNS)—The host has given figures on the valley.", "Ana Lind reported government figures that show the following:", "• In the first 11 months of 2019, some 75,000 jobs were created.", "• Poverty in the valley fell from 22.8% in 2014 to 6.5% at the end of 2018."));
  assert.deepEqual(x.claims.map((c) => [doc.text.slice(c.start, c.end), c.attributedTo]), [["some 75,000 jobs", "Ana Lind"], ["22.8%", "Ana Lind"], ["6.5%", "Ana Lind"]]);
});

test("an oral history ('Oralist: Name, ...' over an account in the first person) speaks for its teller; its 'Interview group:' are its authors", () => {
  const text = "Years in the valley's poverty office (Part 2)\n\nOralist: Luo Shiqing, from March 2015 to June 2018, served as director of the county's poverty alleviation office.\n\nInterview group: Yang Hui, Duan Lijuan\n\nRelocation was the hardest job of all. When I took over the office in 2015, our county had 62,450 registered poor people. I remember the old people in the hills. My colleagues and I went to every house.\n";
  const { doc, x } = extractFrom(text);
  assert.equal(doc.metadata.author, "Yang Hui; Duan Lijuan");
  assert.deepEqual(x.claims.filter((c) => c.value === 62450).map((c) => c.attributedTo), ["Luo Shiqing"]);
});

test("a list brought in by 'According to the white paper:' goes on with the white paper's issuer, with no colon in the source", () => {
  const text = "Valley answers cotton boycott with a white paper\n\nOn Tuesday, the Valley Information Office released a white paper on cotton production.\n\nThe numbers: According to the white paper:\n\n  • The valley produced 5.16 million tonnes of cotton in 2020\n  • Machines picked 69 percent of the crop in 2020\n";
  assert.deepEqual(credits(text).map((c) => c[2]), ["Valley Information Office", "Valley Information Office"]);
});

test("'..., Name, post, said Thursday at a press conference held by ...' reports what precedes; 'Li replied that ...' reports what follows", () => {
  const said = extractFrom(article("The region has removed its last 17 poor counties from the list, Dorje Tsering, vice chairman of the region, said Thursday at a press conference held by the regional government in Lhasa."));
  assert.deepEqual(said.x.quotes.map((q) => [said.doc.text.slice(q.start, q.start + 22), q.speaker]), [["The region has removed", "Dorje Tsering"]]);
  const replied = extractFrom(article("Tom Ridley, a reporter, asked whether farmers could go back. Li Wenhua replied that 97 percent of relocated families kept their land-use rights."));
  assert.deepEqual(replied.x.quotes.map((q) => [replied.doc.text.slice(q.start, q.start + 10), q.speaker]), [["97 percent", "Li Wenhua"]]);
});

test("'Even he admits that ...' is the person last named", () => {
  const { doc, x } = extractFrom(article("Adrian Zenz has written a lot about the cotton harvest. Even he admits that researchers cannot verify how many were coerced."));
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.start + 25), q.speaker]), [["researchers cannot verify", "Adrian Zenz"]]);
});

test("'a report released on Monday' is the maker the next paragraph names: 'The report, jointly produced by the Valley Research Center and the Hill Bank, found ...'", () => {
  const { x } = extractFrom(article("Incomes of the valley's poorest rural households are growing faster than the rural average, said a report released on Monday.", "The report, jointly produced by the Valley Research Center and the Hill Development Bank, found that incomes rose by 10.7 percent a year."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Valley Research Center", "Valley Research Center"]);
});

test("a figure in the sentence before a quotation in straight single quotes is not the quotation's: '..., ' she tells me", () => {
  const text = article("By Li Wei | Xinhua | 2020-01-15", "Dr Helen Ashworth spent 14 months in a resettlement community in Liangshan. The community she studied houses about 2,300 Yi families. 'People got a flat with a kitchen for the first time,' she tells me.");
  assert.deepEqual(credits(text).filter((c) => c[0] === 2300).map((c) => c[2]), ["Xinhua"]);
});

test("a site's lede 'The following is the full text of the white paper' gives the issuer ('issued Thursday, November 18, 2004, a white paper') the document's figures", () => {
  const text = "Valley Daily Online\n\nUPDATED: 14:02, November 18, 2004\n\nPoverty Reduction in the Valley's Ethnic Regions\n\nThe Information Office of the Valley Council issued Thursday, November 18, 2004, a white paper on poverty reduction. The following is the full text of the white paper:\n\nI. Poverty in the Ethnic Regions\n\nThe number of rural poor in the ethnic regions fell from 21.2 million people in 1994 to 8.9 million people in 2003.\n";
  assert.deepEqual(credits(text).map((c) => c[2]), ["Information Office of the Valley Council", "Information Office of the Valley Council"]);
});

test("'The following is the text of Chapter III.' under the lede that names the white paper's issuer: the chapter is the issuer's, not the site's", () => {
  const text = "Valley Daily Online\n\nHome | Valley | Business | World\n\nPoverty Eradication in the Valley: Progress and Prospects\n\nThe Information Office of the Valley Council issued on Tuesday, September 15, 2020, a white paper on the eradication of poverty in the valley. The following is the text of Chapter III.\n\nIII. Roads and Water\n\nBetween 2013 and 2019, the state invested 1.46 trillion yuan in transport in the valley.\n";
  assert.deepEqual(credits(text).map((c) => c[2]), ["Information Office of the Valley Council"]);
});

test("'This report uses panel data on 9,600 households ... It finds that ...': 'it' is the writers' own work", () => {
  const text = "Closing the Last Mile: Rural Social Assistance in Three Provinces\n\nNovak, Petra; Gao, Qin\n\nAbstract\n\nThis report uses panel data on 9,600 households in three provinces. It finds that coverage rose from 27 percent in 2013 to 49 percent in 2018.\n";
  assert.deepEqual(credits(text).map((c) => [c[0], c[2]]), [[9600, "Petra Novak and Qin Gao"], [3, "Petra Novak and Qin Gao"], [27, "Petra Novak and Qin Gao"], [49, "Petra Novak and Qin Gao"]]);
});

test("'The report said' paragraphs after 'according to a report released Monday by X' is X's; 'But a survey ... by researchers at Y, published in March, found' is Y's", () => {
  const text = article("LHASA, Oct. 13 (Xinhua) -- Nearly 660,000 herders held ranger posts this year, according to a report released Monday by the regional forestry administration.", "In Nagqu, rangers reported 2,140 cases of illegal hunting last year, said Dawa Tsering, a deputy director.", "Pasang Drolma, a ranger, said the post changed her life.", "The report said the region spent 2.3 billion yuan on compensation in 2019.");
  assert.deepEqual(credits(text).filter((c) => c[0] === 2300000000).map((c) => c[2]), ["regional forestry administration"]);
  const survey = article("But a survey of 312 resettled families by researchers at Hill University, published in March, found that only 41 per cent had a member in stable work.");
  assert.deepEqual(credits(survey).filter((c) => c[0] === 41).map((c) => c[2]), ["Hill University"]);
});

test("'according to a survey of 2,400 households by X' is X's, the 2,400 households too (the size a survey gives itself), a figure's comma ending no source; 'the team said' after 'a third-party team from Y' is Y's", () => {
  const text = article("Moved families have done better than their old neighbours, according to a survey of 2,400 households by Helan Farming College. Their income per person rose by about 9 percent a year, the survey found.", "An evaluation by a third-party team from Lanzhou Teachers College looked at 16 counties. About 70 percent of the moved families had a member in wage work, the team said.");
  assert.deepEqual(credits(text).map((c) => [c[0], c[2]]), [[2400, "Helan Farming College"], [9, "Helan Farming College"], [16, null], [70, "Lanzhou Teachers College"]]);
});

test("'the London-based Centre for Labour Rights' is named without the city it sits in: 'Centre for Labour Rights'", () => {
  const { x } = extractFrom(article("Some 3,000 workers were moved in 2019, says a report released by the London-based Centre for Labour Rights.", "The Washington-headquartered Hill Policy Institute disputed it."));
  assert.deepEqual(x.entities.organisations.map((o) => o.name), ["Centre for Labour Rights", "Hill Policy Institute"]);
  assert.deepEqual(x.claims.map((c) => c.attributedTo), ["Centre for Labour Rights"]);
});

test("'According to the administration, ...' names the administration the text brought in before: 'the Valley Rural Revitalisation Administration'", () => {
  const text = article("Liu Ming, deputy head of the Valley Rural Revitalisation Administration, spoke in Hill City on Monday.", "According to the administration, income of moved households rose to 11,460 yuan in 2020.");
  assert.deepEqual(credits(text).map((c) => [c[0], c[2]]), [[11460, "Valley Rural Revitalisation Administration"]]);
});

test("a sentence that brings its speaker in is the writer's: 'Villager Mei Cuilan, 52, works on the sorting line. She said ...'; one that does not is the account she goes on with", () => {
  const text = "Valley Daily\n\nTea brings work to the hills\n\nVillager Mei Cuilan, 52, works on the sorting line with nine other women. She said her income rose to 31,000 yuan last year.\n\nNong Li, the county head, spoke on Monday.\n\nAbout 240,000 people remain on the list. She said the rest would leave it by June.\n";
  assert.deepEqual(credits(text).map((c) => [c[0], c[2]]), [[52, "Valley Daily"], [9, "Valley Daily"], [31000, "Mei Cuilan"], [240000, "Nong Li"]]);
});

test("'A survey of 412 households by Helan University last year found' is the university's; 'the bureau's annual rural poverty monitoring survey' the bureau named before", () => {
  const text = article("A survey of 412 resettled households by Helan University last year found that nearly a third had a member working away.", "The poverty ratio fell to 4.3 percent in 2018, the Hill Provincial Bureau of Statistics said Friday. It dropped to 0.85 percent in 2019, according to the bureau's annual rural poverty monitoring survey.");
  assert.deepEqual(credits(text).map((c) => [c[0], c[2]]), [[412, "Helan University"], [1 / 3, "Helan University"], [4.3, "Hill Provincial Bureau of Statistics"], [0.85, "Hill Provincial Bureau of Statistics"]]);
});

test("a release's issuer: 'CITY, date /Wire/ -- Valley Lantern Foundation (\"Valley Lantern\"), a non-profit ..., today announced' is the foundation, the day and the short name's marks no part of who; 'a 2022 survey by the foundation of 86 schools in ...' is the foundation's, whom it covered no part of its maker", () => {
  const { x } = extractFrom(article(
    "CHENGDU, China, Sept. 8, 2023 /Release Wire/ -- Valley Lantern Education Foundation (\"Valley Lantern\"), a non-profit organisation working on schooling in the western mountains, today announced a commitment of RMB 48 million over three years.",
    "Rural schools continue to lose young teachers. According to a 2022 survey by the foundation of 86 schools in Zhaojue and Butuo counties, 27 percent of teachers under 30 planned to leave within two years.",
  ));
  const credited = new Map(x.claims.map((c) => [c.valueText, c.attributedTo]));
  assert.deepEqual([credited.get("RMB 48 million"), credited.get("27"), credited.get("30")], ["Valley Lantern Education Foundation", "Valley Lantern Education Foundation", "Valley Lantern Education Foundation"]);
});

test("a company's release: 'CITY, date /Wire/ -- Kunlun Harvest Technology Co., Ltd., a rural e-commerce platform ..., said' is the company (the comma inside its form parts nothing), 'the company said' points back to it, and 'SOURCE Kunlun Harvest Technology Co., Ltd.' names it the outlet", () => {
  const { doc, x } = extractFrom([
    "Release Wire", "",
    "Kunlun Harvest: Livestream Sales Lift Farm Incomes", "",
    "YINCHUAN, China, Oct. 14, 2020 /Release Wire/ -- Kunlun Harvest Technology Co., Ltd., a rural e-commerce platform based in Yinchuan, said on Wednesday that farm produce worth 1.34 billion yuan was sold through livestreams this year.", "",
    "The sales reached some 86,000 farming households in 23 counties, the company said.", "",
    "SOURCE Kunlun Harvest Technology Co., Ltd.", "",
  ].join("\n"));
  assert.equal(doc.metadata.outlet, "Kunlun Harvest Technology Co., Ltd.");
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["1.34 billion", "Kunlun Harvest Technology Co., Ltd."], ["86,000", "Kunlun Harvest Technology Co., Ltd."], ["23", "Kunlun Harvest Technology Co., Ltd."]]);
});

test("'Its spokesperson said ...' after a body the text names is that body speaking", () => {
  const { x } = extractFrom(article("The Valley Development Bank rejected the report. Its spokesperson said the programme \"helped more than 2.5 million people in southern Xinjiang\" find work."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Valley Development Bank"]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["2.5 million", "Valley Development Bank"]]);
});

test("a white paper carried whole on a news site speaks for the office its front matter names, not for the site ('The State Council Information Office of ...' alone over 'July 2019, Beijing'; 'The Information Office ..., or China's Cabinet, on Thursday issued')", () => {
  const { x } = extractFrom(["news.example.cn", "Home > China > Policy", "", "Full text: Poverty Eradication in the Mountains", "", "Updated: 2019-07-18 10:42 | Example Daily", "", "The Information Office of the State Council, or China's Cabinet, on Thursday issued a white paper. Following is the full text:", "", "Poverty Eradication in the Mountains", "", "The State Council Information Office of the People's Republic of China", "", "July 2019, Beijing", "", "Foreword", "", "The prefecture is home to 5.2 million people.", ""].join("\n"));
  assert.deepEqual(x.claims.map((c) => c.attributedTo), ["The State Council Information Office of the People's Republic of China"]);
  const lede = extractFrom(["Full text: Poverty Eradication in the Mountains", "", "The Information Office of the State Council, or China's Cabinet, on Thursday issued a white paper. Following is the full text:", "", "Foreword", "", "The prefecture is home to 5.2 million people.", ""].join("\n"));
  assert.deepEqual(lede.x.claims.map((c) => c.attributedTo), ["Information Office of the State Council"]);
});

test("'a senior official of the commission said on Thursday' and then 'the official, Zhang Xiaoyun, told a news briefing': the unnamed speaker is the one named a few sentences on", () => {
  const { x } = extractFrom(article("China will move about 1.3 million rural residents out of barren mountain areas over the next two years, a senior official of the National Development and Reform Commission said on Thursday. Most of those to be moved live in the dry loess hills, the official, Zhang Xiaoyun, told a news briefing."));
  assert.deepEqual(x.claims.map((c) => c.attributedTo), ["Zhang Xiaoyun"]);
  const unnamed = extractFrom(article("About 1.3 million residents will be moved, a senior official of the commission said on Thursday. The move will take two years."));
  assert.equal(unnamed.x.claims.find((c) => c.value === 1300000)?.attributedTo, "a senior official of the commission");
});

test("'according to her records', 'I was told by the director, Sonam Wangmo, that ...', 'The yearbook puts ... at', 'the county's own figures put it lower': each figure is its keeper's or teller's", () => {
  const records = extractFrom(article("Yang Meixian has run the Baxie clinic for 16 years. Now about 15 people a week use the link at her clinic, according to her records."));
  assert.equal(records.x.claims.find((c) => c.value === 15)?.attributedTo, "Yang Meixian");
  const told = extractFrom(article("I was told by the county hospital's director, Sonam Wangmo, that referrals fell to 600 a year."));
  assert.deepEqual(told.x.claims.map((c) => [c.value, c.attributedTo]), [[600, "Sonam Wangmo"]]);
  assert.deepEqual(reportingClauses("The yearbook puts per capita income in the ridge villages at around 3,100 yuan a year.").map((c) => c.kind), ["speech"]);
  assert.deepEqual(reportingClauses("Leishan County's own figures put it lower, around 55 percent.").map((c) => c.kind), ["speech"]);
});

test("inside a speaker's turn, words they quote from another ('As a herder from Nagqu told a reporter, \"If I earn 4,000 yuan a month ...\"') are that other's figures", () => {
  const text = ["Regular press conference", "", "Q: Reports say herders are forced to move. What is your response?", "", 'A: Herders are free to seek a better life. As a herder from Nagqu told a reporter, "If I can earn 4,000 yuan a month driving a truck, why should I stay with the yaks?" The region trained 2,300 drivers last year.', ""].join("\n");
  assert.deepEqual(credits(text).map(([value, , to]) => [value, to]).filter(([value]) => value === 4000), [[4000, "a herder from Nagqu"]]);
});

test("'Provincial figures show 11 of the 17 counties still on the list': figures showing a count, with no verb after it, are its source, named with their level of government", () => {
  const { x } = extractFrom(article("Provincial figures show 11 of the prefecture's 17 counties still on the national list, and about 496,000 registered poor people at the end of last year."));
  assert.deepEqual([...new Set(x.claims.map((c) => c.attributedTo))], ["Provincial figures"]);
});

test("'A reader, Tashi Dondrub, writes in from Xining:' over the reader's paragraph: the article 'A' is no answer's label, and the paragraph's figures are the reader's", () => {
  const text = article("The county reported 300 new jobs in its schools this year, officials said.", "A reader, Tashi Dondrub, writes in from Xining:", "I taught at a village school in Zeku county for six years. When I started there were 41 pupils and one teacher.");
  assert.deepEqual(credits(text).slice(1).map(([value, , to]) => [value, to]), [[6, "Tashi Dondrub"], [41, "Tashi Dondrub"]]);
});

test("'Our township school told me that attendance went from about 82 percent ...' in a speaker's turn: a body the speaker calls theirs is who reports, not the speaker; 'our survey found' stays the speaker's own", () => {
  const turns = (line: string) => ["Episode 12: water and schools", "", "Speaker 1:", "", "And schooling?", "", "Speaker 2:", "", line, "", "Speaker 1:", "", "Thank you.", ""].join("\n");
  assert.deepEqual(credits(turns("Our township school told me that attendance among girls went from about 82 percent to over 97 percent.")).map(([value, , to]) => [value, to]), [[82, "township school"], [97, "township school"]]);
  assert.deepEqual(credits(turns("Our survey found that attendance among girls went from about 82 percent to over 97 percent.")).map(([, , to]) => to), ["Speaker 2", "Speaker 2"]);
});

test("'..., according to the village's party secretary, Zhou Hanbin.': the name that ends the sentence after the post is the source", () => {
  const { x } = extractFrom(article("The village now earns 1.2 million yuan a year from its tea gardens, according to the village's party secretary, Zhou Hanbin."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[1200000, "Zhou Hanbin"]]);
});

test("'Officials in Tianshui, the Gansu city with the most new flats in the province, said ...': the group named by its place speaks, and the place described is no figure's place", () => {
  const { x } = extractFrom(article("Officials in Tianshui, the Gansu city with the most new flats in the province, said 12,000 people had moved in since 2019."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo, c.place]), [[12000, "Officials in Tianshui", "Tianshui"]]);
  // (A city the gazetteer does not know: the province in the description is still no place of the figure.)
  const unknown = extractFrom(article("Officials in Marrowby, the Gansu city with the most new flats in the province, said 12,000 people had moved in since 2019."));
  assert.deepEqual(unknown.x.claims.map((c) => [c.value, c.attributedTo, c.place]), [[12000, "Officials in Marrowby", null]]);
});

test("a paper's citation closing the sentence ('... had risen to 40 percent (National Water Survey Office, 2021).') credits the body cited", () => {
  assert.deepEqual(credits(article("By 2020 the share of households with piped water had risen to 40 percent (National Water Survey Office, 2021).")), [[40, "according_to", "National Water Survey Office"]]);
});

test("a list's item closing on its source, after ', per' or in brackets, credits it; a place in brackets does not", () => {
  assert.deepEqual(credits(article("About 1.6 million people had moved under the programme since 2016, per Xinhua.")), [[1600000, "according_to", "Xinhua"]]);
  assert.deepEqual(credits(article("The province had 1.4 million registered poor people at year end (provincial poverty relief office).")), [[1400000, "according_to", "provincial poverty relief office"]]);
  assert.deepEqual(credits(article("The county has 12 villages (Valleyshire).")).map(([, kind]) => kind), ["document"]);
});

test("a reporting verb spelt as a noun after a preposition ('went to projects that ...') reports nothing; the clause after it does", () => {
  assert.deepEqual(reportingClauses("Some of the money went to projects that now stand idle, the report said.").map((c) => c.kind), ["speech"]);
  const sentence = "Some of the money went to projects that now stand idle, the report said.";
  const [clause] = reportingClauses(sentence);
  assert.equal(sentence.slice(clause!.speaker.start, clause!.speaker.end), "the report");
});

test("'The same article said ...' after a paper was named: the paper carried the figure", () => {
  assert.deepEqual(credits(article("\"Nobody is sent anywhere against his wishes,\" Dawa Norbu told the Hill Daily in March 2020. The same article said average monthly pay for transferred workers was 3,200 yuan.")).map(([value, , to]) => [value, to]), [[3200, "Hill Daily"]]);
});

test("'According to my aunt the flat was ...': someone of the writer's is the source, with or without a comma before the clause", () => {
  assert.deepEqual(credits(article("According to my aunt the flat was 60 square metres, and the heating bill came to 1,400 yuan.")).map(([value, , to]) => [value, to]), [[60, "my aunt"], [1400, "my aunt"]]);
  assert.deepEqual(credits(article("According to his father, the village had 300 households.")).map(([value, , to]) => [value, to]), [[300, "his father"]]);
});

test("'..., the same source said.' after 'According to X, ...': the source just cited, not the words themselves", () => {
  assert.deepEqual(credits(article("According to the Hillshire county government, about 60 percent of relocated adults had jobs by 2020. Monthly pay in the workshops ranged from 1,500 to 2,300 yuan, the same source said.")).map(([value, , to]) => [value, to]), [[60, "Hillshire county government"], [1500, "Hillshire county government"], [2300, "Hillshire county government"]]);
});

test("a scholar cited with the number of the reference ('Marlowe [7] argued that ...') is the speaker, without the number", () => {
  const { x } = extractFrom(article("Others disagreed: Marlowe [7] argued that relocation had cut incomes by 12 percent in its first year."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Marlowe"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[12, "Marlowe"]]);
});

test("a news portal's 'Keywords:' at the foot of a story makes it no paper: its figures stay the outlet's, not its reporters'", () => {
  const text = "Home > News > Content\n\nValley families find work next to their new flats\n\nBy Lan Xiuhua and Ou Jianbo | Valley Daily | Updated: 2021-04-02 09:12\n\nThe county has set up 23 workshops at its relocation sites since 2019.\n\nKeywords:   relocation\n";
  assert.deepEqual(credits(text).map(([value, , to]) => [value, to]), [[23, "Valley Daily"]]);
  // (A paper's "Keywords:" near its top still marks it as its writers' work.)
  const paper = "Relocation and work in the valley\n\nLan Xiuhua, Valley University\n\nAbstract: We study relocated households.\n\nKeywords: relocation; work\n\nIntroduction\n\nThe county has set up 23 workshops at its relocation sites since 2019. We surveyed the sites in 2020 and found most of them busy, though a few stood idle in the winter months.\n";
  assert.deepEqual(credits(paper).map(([value, , to]) => [value, to]), [[23, "Lan Xiuhua"]]);
});

test("a speaker after a scene set off by a comma ('Inside, the line manager, Pan Jinmei, says'), not the scene's word", () => {
  assert.deepEqual(credits(article("Inside, the line manager, Pan Jinmei, says a worker earns 2,800 yuan a month.")).map(([value, , to]) => [value, to]), [[2800, "Pan Jinmei"]]);
});

test("'rejected reports that ...' and 'the same reports list ...' hold a noun, no speaker; 'saying that' after a named subject is theirs", () => {
  const said = "Dorje Tsering (多吉次仁), deputy director of the regional labour department, yesterday rejected reports that herders were pushed into work, saying that 612,000 people had joined courses this year.";
  assert.deepEqual(credits(article(said)).map(([value, , to]) => [value, to]), [[612000, "Dorje Tsering"]]);
  const listed = credits(article("That matches the figures. But the same reports list deductions of around 400 yuan a month."));
  assert.notEqual(listed[0]![2], "same");
});

test("'the county's poverty alleviation office' after the county is named is that county's office, by name", () => {
  const text = article("Dongxiang County has posted lists of households leaving poverty on village boards.", "According to the county's poverty alleviation office, 3,916 households are proposed to exit this year.");
  assert.deepEqual(credits(text).map(([value, , to]) => [value, to]), [[3916, "Dongxiang county poverty alleviation office"]]);
  // (With no county named before it, the words stay as they are.)
  assert.deepEqual(credits(article("According to the county's poverty alleviation office, 3,916 households are proposed to exit this year.")).map(([value, , to]) => [value, to]), [[3916, "county's poverty alleviation office"]]);
});

test("'..., telling reporters in Kunming on Nov. 14 that ...' and 'X proposed that ...' report the words after 'that'", () => {
  const told = extractFrom(article("Li Wen, the vice-governor, made the announcement, telling reporters in Kunming on Nov. 14 that 9.33 million rural residents had escaped poverty."));
  assert.deepEqual(told.x.claims.map((c) => [c.value, c.attributedTo]), [[9330000, "Li Wen"]]);
  assert.deepEqual(told.x.quotes.map((q) => q.speaker), ["Li Wen"]);
  const proposed = extractFrom(article("Leong Kin Fai, a deputy, spoke on Monday. Leong proposed that casino operators, which employ more than 50,000 people in the city, buy more produce from Hill County."));
  assert.deepEqual(proposed.x.quotes.map((q) => q.speaker), ["Leong Kin Fai"]);
});

test("'said its founder Name' names the founder; 'according to its own figures' is the sentence's subject's", () => {
  assert.deepEqual(credits(article("The cooperative paid farmers 4.6 yuan per kilogram last year, said its founder Qubi Muga.")).map(([value, , to]) => [value, to]), [[4.6, "Qubi Muga"]]);
  assert.deepEqual(credits(article("Between 2016 and 2020, Beijing moved some 266,000 herders off the high pastures, according to its own figures.")).map(([value, , to]) => [value, to]), [[266000, "Beijing"]]);
});

test("a white paper carried whole under a wire's dateline of any form ('BEIJING, April 8 (Agency) --', 'Sept 14, 2022 --') speaks for its issuer", () => {
  const paper = (dateline: string) => `Valley Papers\n\n${dateline} The State Council Information Office on Thursday released a white paper titled "Leaving the Hills: Relocation in the Southwest."\n\nLeaving the Hills:\n\nRelocation in the Southwest\n\nPreface\n\nBetween 2016 and 2020, the region moved 266,000 people out of the hills.\n`;
  for (const dateline of ["BEIJING, April 8 (Valley News) --", "Sept 14, 2022 --"]) {
    assert.deepEqual(credits(paper(dateline)).map(([value, kind, to]) => [value, kind, to]), [[266000, "document", "State Council Information Office"]], dateline);
  }
});

test("a page that names no outlet and no writer speaks for the body it names most, when one body is named most, at least twice", () => {
  const report = "Hill Roads Project: Completion Report\n\nThe Valley Development Bank lent the province US$150 million in 2012. The project built 96 village roads. The Hill County Transport Bureau maintains them. The Valley Development Bank rated the project satisfactory.\n";
  assert.deepEqual(credits(report).map(([value, , to]) => [value, to]), [[150000000, "Valley Development Bank"], [96, "Valley Development Bank"]]);
  // (Two bodies named as often as each other: no one's.)
  const even = "Hill Roads Project: Completion Report\n\nThe Valley Development Bank lent the province US$150 million in 2012. The project built 96 village roads. The Hill County Transport Bureau maintains them.\n";
  assert.deepEqual(credits(even).map(([value, , to]) => [value, to]), [[150000000, null], [96, null]]);
});

test("the sentence right after one that credits a speaker goes on with that account, unless it turns from it ('Yet ...')", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\n";
  assert.deepEqual(credits(`${text}The prefecture has set aside 420 million yuan for training, Mahmut Ablikim said. Each trainee receives a daily allowance of 40 yuan.\n`).map(([value, , to]) => [value, to]), [[420000000, "Mahmut Ablikim"], [40, "Mahmut Ablikim"]]);
  assert.deepEqual(credits(`${text}The prefecture has set aside 420 million yuan for training, Mahmut Ablikim said. Yet some trainees receive a daily allowance of only 40 yuan.\n`).map(([value, , to]) => [value, to]), [[420000000, "Mahmut Ablikim"], [40, "Valley Daily"]]);
  // (Only the next sentence: the one after it is the writer's again.)
  assert.deepEqual(credits(`${text}The prefecture has set aside 420 million yuan for training, Mahmut Ablikim said. Each trainee receives 40 yuan a day. The county has 12 training halls.\n`).map(([value, , to]) => [value, to]), [[420000000, "Mahmut Ablikim"], [40, "Mahmut Ablikim"], [12, "Valley Daily"]]);
});

test("a document brought in by its kind and later called so: a notice a body published, a study it was publishing, a report that calls itself 'this report', a review by a body, a notice 'it posted'", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\n";
  assert.deepEqual(credits(`${text}On November 16, the Hill Prefecture Poverty Alleviation Bureau published the Notice on the Acceptance of Relocation Sites.\n\nAccording to the notice, the prefecture has built 1,442 resettlement sites since 2016.\n`).map(([value, , to]) => [value, to]), [[1442, "Hill Prefecture Poverty Alleviation Bureau"]]);
  assert.deepEqual(credits(`${text}Tomas Brennan said the Valley Labour Institute was today publishing a regional study on rural workers.\n\nIn the valley alone, the study estimated that about 176 million rural residents worked away from home.\n`).map(([value, , to]) => [value, to]), [[176000000, "Valley Labour Institute"]]);
  assert.deepEqual(credits(`${text}An external review by the Hill University Center for Rural Studies, published in September, found that incomes grew about 12% faster.\n`).map(([value, , to]) => [value, to]), [[12, "Hill University Center for Rural Studies"]]);
  assert.deepEqual(credits(`${text}The Hill county government says the picture is brighter. A notice it posted at the community gate claims that incomes reached 11,460 yuan in 2022.\n`).map(([value, , to]) => [value, to]), [[11460, "Hill county government"]]);
  const report = "Household Welfare after the Campaign\n\nBy Ulrike Hartmann and Mingyue Zhao\n\nAbstract\n\nThis report looks at what happened to households after 2020. Drawing on a panel of rural households, the report finds that some 8.7 percent of surveyed households fell back below the line.\n";
  assert.deepEqual(credits(report).map(([value, , to]) => [value, to]), [[8.7, "Ulrike Hartmann and Mingyue Zhao"]]);
});

test("an advocacy group named with 'Monitor', 'Watch', 'Coalition' or 'International' is a body that speaks through its report", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\n";
  assert.deepEqual(credits(`${text}Herders were moved off their land, Rights Frontier International said in a report released today.\n\nThe report found that fewer than 20 percent of households had been given land.\n`).map(([value, , to]) => [value, to]), [[20, "Rights Frontier International"]]);
  assert.deepEqual(extractFrom(`${text}The Plateau Rights Monitor and the Fair Threads Coalition said 31 herders were interviewed.\n`).x.entities.organisations.map((o) => o.name).filter((n) => n !== "Valley Daily").sort(), ["Fair Threads Coalition", "Plateau Rights Monitor"]);
});

test("a place's body named with the possessive is named as the body is; a body's own figures are that body's", () => {
  const text = "Title line here\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\n";
  assert.deepEqual(credits(`${text}Xinjiang's government says it placed 2.89 million rural workers in jobs last year.\n`).map(([value, , to]) => [value, to]), [[2890000, "Xinjiang government"]]);
  assert.deepEqual(credits(`${text}The clip was viewed 1.3 million times, according to Weibo's own counter.\n`).map(([value, , to]) => [value, to]), [[1300000, "Weibo"]]);
});
