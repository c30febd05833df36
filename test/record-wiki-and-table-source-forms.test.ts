// Journal pages, wikis and their mirrors, answer sites, boards, report covers and tables read for their title, writer,
// day and outlet, and for which of their numbers are figures: counters with words before their word, references by
// initials and pages, a record's bookkeeping (stock codes, page ranges, archives, "Cited by"), a licence's version, a
// row of buttons and counters; a table's figures credited to the body its source line names; "value added" no speaker.
// Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOf, extractFrom, pageOf } from "./helpers.ts";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";
import { reportingClauses } from "../pipeline/extract/speech.ts";

const JOURNAL_PAGE = pageOf(
  "Herding cooperatives and income in Burqin County",
  "",
  "Journal of Dryland Development, Volume 12, Issue 4",
  "1,377 Views",
  "Abstract views: 1190   Full text views: 402",
  "",
  "Gulnar Serikbay1, Wang Lifeng2 & Erlan Tokhtar1",
  "",
  "The survey covered 412 households in nine villages, and the average herd fell to 63 sheep in 2019.",
  "",
  "References",
  "1. Ma, L.; Zhou, P. Grazing bans and herder income. Rangeland J. 2018, 40, 113–127.",
  "2. Liu Y (2019) Relocation and work. Habitat Int 88:12–20",
  "3. Chen, X. Fencing the steppe. Central Asian Survey. 39. 2. 201–219.",
  "",
  "Content is available under the Creative Commons Attribution-ShareAlike License 3.0; additional terms may apply.",
  "Number of views: 1,204    Reads 3,118    Visits: 14,552",
  "Stock Code: 600251",
  "Archives: 1, 2, 3",
  "Auto-archiving period: 60 days",
  "Pages (from-to)\t118-135",
  "Cited by 27",
  "Support: Altay Information Centre    Best viewed at 1440×900",
  "",
);

test("a journal page's counters, references, licence and record rows hold no figures; its title and journal are read past them", () => {
  const { doc, x } = extractFrom(JOURNAL_PAGE);
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["412 households", "nine villages", "63 sheep"]);
  assert.equal(doc.metadata.title, "Herding cooperatives and income in Burqin County");
  assert.equal(doc.metadata.outlet, "Journal of Dryland Development");
});

const COUNTERS_AND_CONTROLS = pageOf(
  "Rangeland fencing and herder debt in Altay",
  "",
  "Followers 4",
  "",
  "The study found that 61 percent of 240 households borrowed to build fences in 2017.",
  "",
  "Like (58)    12 comments    Share",
  "[ ▶ Listen ]  18:42     [ Download ]     Views: 2,316",
  "Viewed",
  "Full text 356",
  "Abstract 1290",
  "",
);

test("a row of buttons and counters, a player's row and a journal's counts of reads hold no figures", () => {
  const { doc, x } = extractFrom(COUNTERS_AND_CONTROLS);
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["61 percent", "240 households"]);
});

const WIKI_PAGE = pageOf(
  "Jiashi County - Wikipedia",
  "Jump to content",
  "Main menu",
  "",
  "Jiashi County",
  "32 languages",
  "Article",
  "Talk",
  "Read",
  "Edit",
  "View history",
  "Tools",
  "From Wikipedia, the free encyclopedia",
  "Coordinates: 39°29′N 76°44′E",
  "",
  "Jiashi County",
  "Location of Jiashi County (red) within Kashgar Prefecture (yellow) and Xinjiang",
  "Country\tChina",
  "",
  "Jiashi County is a county in Kashgar Prefecture. In 2020 it had about 395,000 residents, most of them Uyghur farmers.",
  "",
);

test("a wiki's title stands over its tabs and tools when the page sets it again, not its map's caption", () => {
  assert.equal(extractFrom(WIKI_PAGE).doc.metadata.title, "Jiashi County");
});

const MIRROR_PAGE = pageOf(
  "WikiMirror",
  "Search",
  "Fanghuiju",
  "Last updated 9 August 2022",
  "Share",
  "From Wikipedia, the free encyclopedia",
  "",
  "Fanghuiju",
  "Launched\tFebruary 2014",
  "",
  "Fanghuiju is a programme under which work teams of officials live in villages for a year. More than 200,000 cadres were sent out in its first three years.",
  "",
);

test("a wiki mirror's day over the tagline is the page's, and its title the name over it", () => {
  const { metadata } = extractFrom(MIRROR_PAGE).doc;
  assert.equal(metadata.title, "Fanghuiju");
  assert.equal(metadata.publishedDate, "2022-08-09");
});

const COVER = pageOf(
  "UNITED NATIONS RURAL NUTRITION INITIATIVE",
  "China Country Office",
  "",
  "",
  "",
  "Feeding the Next Generation:",
  "School Meals and Child Growth in Liangshan",
  "Yi Autonomous Prefecture",
  "",
  "",
  "November 2019",
  "",
  "FOREWORD",
  "",
  "When the meal subsidy began in 2011, few children in the high valleys could count on a hot lunch. Today 46 schools serve one every day.",
  "",
);

test("a cover's title wrapped after its colon is read whole, on a page not wrapped at a width", () => {
  assert.equal(extractFrom(COVER).doc.metadata.title, "Feeding the Next Generation: School Meals and Child Growth in Liangshan Yi Autonomous Prefecture");
});

const REPOST = pageOf(
  "DevDocs Hub",
  "Updates   Countries   Organizations   Topics   Jobs   Log in",
  "",
  "Home › Updates › China",
  "",
  "CHINA + 1 more",
  "",
  "Final evaluation: Herder Livelihoods and Winter Fodder Project, Altay Prefecture (2019-2023)",
  "",
  "Format: Evaluation and Lessons Learned",
  "Source: Steppe Commons Foundation",
  "Posted: 12 Feb 2024",
  "Origin: View original",
  "",
  "The project reached 2,400 herding households in three counties and built 96 winter fodder stores.",
  "",
);

test("a reposting site's tags and its record of the piece's kind and origin are neither title nor text", () => {
  const { doc } = extractFrom(REPOST);
  assert.equal(doc.metadata.title, "Final evaluation: Herder Livelihoods and Winter Fodder Project, Altay Prefecture (2019-2023)");
  assert.ok(!doc.text.includes("Format:"));
  assert.ok(!doc.text.includes("+ 1 more"));
});

const ANSWER_PAGE = pageOf(
  "Askwell",
  "Home",
  "Following",
  "Answer",
  "Spaces",
  "Notifications",
  "Search Askwell",
  "Add question",
  "Try Askwell+",
  "",
  "How did Kazakh herders in Altay get out of poverty? Were they forced to settle?",
  "",
  "Answer  Request  Follow  12 answers",
  "",
  "Aigerim Nurlanqyzy",
  "Lived in Burqin County, Altay Prefecture (2009–2019)",
  "·",
  "Dec 2, 2020",
  "",
  "Short answer: mostly no. My uncle's family kept 140 sheep until 2016 and now runs a guesthouse that earns about 30,000 yuan a season.",
  "",
  "I grew up there, and my parents still spend the summer with a small flock. I think the pressure was real but mostly financial.",
  "",
);

test("an answer site's question under a long menu is the title, two questions and all; its writer stands over a line saying who they are", () => {
  const { doc } = extractFrom(ANSWER_PAGE);
  assert.equal(doc.metadata.title, "How did Kazakh herders in Altay get out of poverty? Were they forced to settle?");
  assert.equal(doc.metadata.author, "Aigerim Nurlanqyzy");
  assert.equal(doc.metadata.publishedDate, "2020-12-02");
  assert.equal(creditOf(ANSWER_PAGE, "140 sheep"), "Aigerim Nurlanqyzy");
});

const THREAD = pageOf(
  "Strategic Frontiers Defence Forum",
  "Register  FAQ  Community  Calendar  Today's Posts  Search",
  "Forum  ›  Asia-Pacific  ›  China & PLA  ›  Tibet border villages – what the numb...",
  "Results 1 to 5 of 5",
  "Thread Tools",
  "",
  "06-14-2021, 09:12 AM   #1",
  "Karakoram_Watcher",
  "Senior Member",
  "Join Date: Feb 2013",
  "Posts: 4,512",
  "",
  "Tibet border villages – what the numbers say",
  "",
  "The regional government announced a plan in 2017 to build 628 villages along the border.",
  "",
);

test("a board's thread takes the title its trail names, cut short or whole, set in full over the first post, and the day of that post; not a chapter a trail ends on", () => {
  const { metadata } = extractFrom(THREAD).doc;
  assert.equal(metadata.title, "Tibet border villages – what the numbers say");
  assert.equal(metadata.publishedDate, "2021-06-14");
  const whole = THREAD.replace("Tibet border villages – what the numb...", "Tibet border villages – what the numbers say");
  assert.equal(extractFrom(whole).doc.metadata.title, "Tibet border villages – what the numbers say");
  const report = pageOf(
    "Huaguang Solar Holdings Limited",
    "About Us | Business | Investor Relations | ESG | Contact",
    "",
    "Investor Relations > ESG > 2020 ESG Report > Chapter 5 Community",
    "",
    "2020 Environmental, Social and Governance Report",
    "Issued: 29 March 2021",
    "",
    "Chapter 5 Community",
    "5.1 Community Investment Overview",
    "",
    "By the end of 2020 the group ran 238 village solar stations in poor counties.",
    "",
  );
  assert.equal(extractFrom(report).doc.metadata.title, "2020 Environmental, Social and Governance Report");
});

test("a season and an episode's number, and a live page's button for new entries, are no title", () => {
  const episode = pageOf(
    "Centre for Rural Policy",
    "Research | People | Events | Podcast | Contact",
    "Podcast > Development Dialogues > Season 3",
    "",
    "Season 3, Episode 42",
    "Moving down from the high pastures: relocation in northern Tibet",
    "Posted 3 June 2024 | Development Dialogues | Transcript",
    "",
    "RW: Hello and welcome. Today we talk about the 130,000 herders moved since 2016.",
    "",
  );
  assert.equal(extractFrom(episode).doc.metadata.title, "Moving down from the high pastures: relocation in northern Tibet");
  const live = pageOf(
    "Sino Daily Online",
    "News | China | Business | Opinion | Live | Subscribe",
    "",
    "LIVE",
    "NPC opening session live: poverty, incomes and rural revitalisation",
    "By Huang Meiling and Daniel Okafor in Beijing",
    "Published: 5 March 2021 08:30",
    "",
    "Key events",
    "• Premier Li Keqiang delivers the government work report",
    "• Xinjiang deputy on village incomes",
    "Show 3 new updates   Refresh",
    "11:52",
    "Grain target",
    "The report sets grain output at more than 650 million tonnes.",
    "",
  );
  assert.equal(extractFrom(live).doc.metadata.title, "NPC opening session live: poverty, incomes and rural revitalisation");
});

test("a clock written with a stop ('5.00am') after the day leaves the day read", () => {
  assert.equal(readDateLine("June 2, 2020 — 5.00am")?.value, "June 2, 2020");
});

const AUTHOR_BOX = pageOf(
  "FRONTIER WEEKLY",
  "Home  >  Features  >  Ethnic Regions",
  "",
  "From felt tents to guesthouses: Hemu's herders bet on tourists",
  "",
  "Kazakh and Tuvan families at the foot of the Altay Mountains are learning to host visitors. Not all of them like it.",
  "",
  "[Author box]",
  "Li Qiao",
  "Staff writer, Frontier Weekly",
  "Li Qiao covers rural development and ethnic affairs in northwest China.",
  "More articles by this author >",
  "",
  "2017-08-22 10:35   Source: Frontier Weekly   Page views: 3,214",
  "",
  "At 7:30 in the morning, Bakhytgul Serik is already frying dough for 14 guests.",
  "",
);

test("a writer's box under the standfirst gives the writer, and the day and outlet under the writer's note are the page's", () => {
  const { metadata } = extractFrom(AUTHOR_BOX).doc;
  assert.equal(metadata.author, "Li Qiao");
  assert.equal(metadata.outlet, "Frontier Weekly");
  assert.equal(metadata.publishedDate, "2017-08-22");
});

const TABLE_PAGE = (sourceLine: string) =>
  pageOf(
    "Poverty alleviation in Nagqu",
    "",
    "Nagqu is a prefecture in the north of the Tibet Autonomous Region. Its herders were moved in several batches over five years.",
    "",
    "The table lists the counties that left the poverty list in the final batches of the campaign.",
    "",
    "County\tBatch\tPoor population (end 2014)\tRelocated people",
    "Nyainrong\t2018\t9,870\t1,140",
    "Xainza\t2019\t12,315\t2,086",
    "",
    sourceLine,
    "",
  );

test("a table's figures are credited to the body its source line names, not when the line names the writers' own work", () => {
  assert.equal(creditOf(TABLE_PAGE("Note: Figures from the Nagqu Poverty Alleviation and Development Office. Shuanghu became a county in 2012."), "12,315"), "Nagqu Poverty Alleviation and Development Office");
  assert.equal(creditOf(TABLE_PAGE("Source: Nagqu Statistics Bureau, household survey"), "1,140"), "Nagqu Statistics Bureau");
  assert.notEqual(creditOf(TABLE_PAGE("Source: Authors' survey, 2019"), "1,140"), "Authors' survey");
  assert.notEqual(creditOf(TABLE_PAGE("Source: Nagqu Relocation Survey, 2022. Other counties not shown."), "1,140"), "Nagqu Relocation Survey");
});

test("'value added' is a noun, no one adding words", () => {
  const sentence = "The value added of the primary industry was 1.362 billion yuan, up 4.1 percent.";
  assert.deepEqual(reportingClauses(sentence), []);
});

test("a briefing's turn is the person named before the brackets that say where they are from and how they speak", () => {
  const page = pageOf(
    "Press conference: rural women and family income in southern Xinjiang",
    "",
    "The regional information office held a press conference in Urumqi. Three women from southern Xinjiang joined by video link, and answers in Uyghur were interpreted on site.",
    "",
    "Reporter from Xinjiang Daily: My question is for the guests joining us online. How has your life changed?",
    "",
    "Patigul Tohti (Shache county, Kashgar Prefecture; in Uyghur, via interpreter): Before 2017 our family of five lived on about 12 mu of wheat. Now I earn 2,400 yuan a month in a carpet workshop.",
    "",
    "Gulnisa Yasin (Lop county, Hotan Prefecture): Today I lead a team of 23 workers in the county garment park.",
    "",
  );
  assert.equal(creditOf(page, "2,400 yuan"), "Patigul Tohti");
  assert.equal(creditOf(page, "23 workers"), "Gulnisa Yasin");
});

test("a reporter's question labelled with the outlet after a comma, a clock before it, is the outlet's", () => {
  const page = pageOf(
    "Press conference on poverty alleviation in Gannan",
    "",
    "The provincial information office held a press conference on Thursday morning. The prefecture's deputy secretary answered questions from reporters.",
    "",
    "[10:02] Zhang Yaowen: This year four counties left the poverty list, and 38,000 people were lifted out of poverty.",
    "",
    "[10:15] Reporter, Gansu Daily: How much money has gone into the prefecture, and where did 2.1 billion yuan of it come from?",
    "",
  );
  const { doc, x } = extractFrom(page);
  const asked = x.quotes.find((q) => doc.text.slice(q.start, q.start + 8) === "How much");
  assert.equal(asked?.speaker, "Gansu Daily");
});

test("a live page's entry headed by who and a few words in lower case is no turn of theirs: the entry's quotation is its speaker's", () => {
  const page = pageOf(
    "Eastern Ledger Online",
    "News | China | Business | Opinion | Live | Subscribe",
    "",
    "LIVE",
    "Legislature opens: poverty, jobs and rural incomes",
    "By Chen Ruoxi and Tom Mbeki in Beijing",
    "Published: 5 March 2021 08:30 | Last updated: 5 March 2021 11:52",
    "Share this live blog: Twitter | Facebook | Copy link",
    "",
    "Key events",
    "• Premier Li Keqiang delivers the government work report",
    "• Researcher questions the framing",
    "",
    "11:52",
    "Grain target",
    "Li says grain output should stay above 650 million tonnes this year. That is it from us on the opening session.",
    "",
    "11:20",
    "Researcher: zero is political",
    "\"Zero is a political number, not a statistical one,\" says Ingrid Nystrom, a development economist at Uppsala University. She estimates that at least 10 million people remain just above the line.",
    "",
    "10:02",
    "Transition period",
    "Li: a five-year transition period will be set for counties that have shaken off poverty, during which the main support policies stay in place.",
    "",
  );
  const { doc, x } = extractFrom(page);
  const zero = x.quotes.filter((q) => doc.text.slice(q.start, q.end).includes("Zero is a political number"));
  assert.deepEqual(zero.map((q) => q.speaker), ["Ingrid Nystrom"]);
});

test("figures from a body that show a clause with a long subject are the body's; a figure telling the same story says nothing", () => {
  const page = (sentence: string) => ["A title line for the test", "", sentence, ""].join("\n");
  assert.equal(creditOf(page("Figures from the Ningxia statistics bureau show per capita disposable income of rural residents in the region reached 16,430 yuan last year."), "16,430 yuan"), "Ningxia statistics bureau");
  assert.equal(creditOf(page("Worth adding that the national figure tells the same story: the government said 98.99 million rural poor were lifted out."), "98.99 million rural poor"), "government");
});

test("'Prepared by A and B, independent evaluators, for C': the writers are A and B, the publisher C", () => {
  const page = pageOf(
    "Final evaluation: Herder Livelihoods and Winter Fodder Project",
    "",
    "Prepared by Aigerim Nurlanqyzy and Daniel Ferreira, independent evaluators, for the Steppe Commons Foundation",
    "",
    "The project reached 2,400 herding households in three counties and built 96 winter fodder stores between 2019 and 2023.",
    "",
  );
  const { metadata } = extractFrom(page).doc;
  assert.equal(metadata.author, "Aigerim Nurlanqyzy; Daniel Ferreira");
  assert.equal(metadata.outlet, "Steppe Commons Foundation");
});

test("a site's address, a paper's own citation, a front page's roman page, a page number between dashes, a video's counters and a wiki's long licence line hold no figures", () => {
  const page = pageOf(
    "A county survey of herder households",
    "",
    "The survey covered 412 households in nine villages in 2019.",
    "",
    "Address: 41 Beijing Road, Altay 836500",
    "Land 2022, 11(8), 1274; https://doi.org/10.3390/land11081274",
    "Page i of 38",
    "— 4 —",
    "Viewed: Full text 386 | Abstract 1,025",
    "👍 38K    Share    Download    Clip    Save",
    "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply. By using this site, you agree to the Terms of Use and Privacy Policy. The wiki's name is a registered trademark of its foundation, a non-profit organization.",
    "",
  );
  const { doc, x } = extractFrom(page);
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["412 households", "nine villages"]);
});
