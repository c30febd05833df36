// A lender's completion report, a working paper, a public station's story page, a programme's page, a live blog and an
// encyclopedia entry read for their title, day, writers and publisher: a title wrapped before "and ...", a month and year
// over it and a table's dated columns under it, "Prepared by   A (team leader), B, C", writers marked "*" and "**", a
// station's appeal for money over the story, "Producer:" beside the source, "Live blog opened ..." and "Recent update: ...",
// a player's time and a board's pages over the title, a video's own words after its bar, "Reporters: A, B", journal
// writers after "&" or their marks' lines, and a programme's "Guest:" turns the guest's. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOf, extractFrom } from "./helpers.ts";

const COMPLETION_REPORT = [
  "Completion Report",
  "",
  "Project Number: 51207-001",
  "Loan Number: 4410",
  "November 2020",
  "",
  "",
  "People's Republic of China: Hami Rural Roads",
  "and Market Towns Project",
  "",
  "",
  "Eastern Steppe Development Bank",
  "",
  "CURRENCY EQUIVALENTS",
  "",
  "                          At Appraisal          At Project Completion",
  "                          (14 June 2015)         (30 June 2020)",
  "CNY1.00       =           $0.1611               $0.1414",
  "",
  "Director General    Aliya Bekova, Central Asia Department",
  "Prepared by         Zhou Xiaoming (team leader), Gulnara Abenova, Peter Novak",
  "",
  "The project built 312 kilometers of rural roads in 41 villages.",
  "",
].join("\n");

test("a lender's report cover: its title wrapped before 'and ...', its month over it, its team, its bank; a table's dated columns are no day of its own", () => {
  const { doc } = extractFrom(COMPLETION_REPORT);
  assert.equal(doc.metadata.title, "People's Republic of China: Hami Rural Roads and Market Towns Project");
  assert.equal(doc.metadata.publishedDate, "2020-11-01");
  assert.equal(doc.metadata.publishedPrecision, "month");
  assert.equal(doc.metadata.author, "Zhou Xiaoming; Gulnara Abenova; Peter Novak");
  assert.equal(doc.metadata.outlet, "Eastern Steppe Development Bank");
});

test("writers marked '*' and '**' for their notes under a working paper's title are its authors", () => {
  const page = [
    "CENTRE FOR HIGHLAND ECONOMIES",
    "Working Paper Series | WP 2022/07 | May 2022",
    "",
    "Paid to Patrol: Forest Posts and Household Income in Nyingchi",
    "",
    "Lukas Brandt* and Dawa Lhamo**",
    "",
    "* Senior Fellow, Centre for Highland Economies",
    "** Visiting Researcher, Centre for Highland Economies",
    "",
    "Abstract",
    "",
    "Using budget documents from 9 counties, we estimate that post wages made up 18 percent of cash income in 2019.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.title, "Paid to Patrol: Forest Posts and Household Income in Nyingchi");
  assert.equal(doc.metadata.author, "Lukas Brandt; Dawa Lhamo");
});

test("a station's appeal for money over a story is no body text: the headline under it is the title", () => {
  const page = [
    "Skip to main content",
    "KRVL 90.3 Riverside Public Radio",
    "Play Live Radio",
    "Donate",
    "",
    "Our spring member drive ends Sunday. A gift of any size keeps local reporting on the air.",
    "",
    "World",
    "",
    "In Guizhou's hills, a relocated village waits for factory jobs",
    "",
    "April 6, 2021  5:12 PM ET",
    "",
    "Nora Lind",
    "",
    "The government says about 1.9 million people in Guizhou were moved between 2016 and 2020.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.title, "In Guizhou's hills, a relocated village waits for factory jobs");
  assert.equal(doc.metadata.publishedDate, "2021-04-06");
});

const PROGRAMME_PAGE = [
  "Highland Radio International  English Service",
  "Home > Podcasts > Grassland Voices > Episode 31",
  "",
  "Grassland Voices | Episode 31",
  "From winter camps to guesthouses in Burqin",
  "",
  "2020-07-14 16:30   Source: HRI   Producer: Li Fang",
  "",
  "About this episode",
  "In this week's Grassland Voices, host Zhang Min speaks with Saule Nurlan, a lecturer at Altay Teachers College.",
  "",
  "Host:",
  "Welcome to Grassland Voices. I'm Zhang Min. With me in the studio is Saule Nurlan. Welcome.",
  "",
  "Guest:",
  "Thank you. It is a pleasure to be here with you today.",
  "",
  "Host:",
  "How many families run guesthouses now?",
  "",
  "Guest:",
  "In the two villages where I work, I counted 44 households running guesthouses this summer.",
  "",
].join("\n");

test("a programme's 'Producer:' beside its source is its maker, and the source is the outlet alone", () => {
  const { doc } = extractFrom(PROGRAMME_PAGE);
  assert.equal(doc.metadata.outlet, "HRI");
  assert.equal(doc.metadata.author, "Li Fang");
});

test("'Guest:' alone over the words is a turn of the guest the host brings in, not a list's label", () => {
  const { doc, x } = extractFrom(PROGRAMME_PAGE);
  assert.equal(creditOf(PROGRAMME_PAGE, "44 households"), "Saule Nurlan");
  const guestTurns = x.quotes.filter((q) => q.speaker === "Saule Nurlan" && q.form === "transcript_turn").map((q) => doc.text.slice(q.start, q.start + 10));
  assert.deepEqual(guestTurns, ["Thank you.", "In the two"]);
});

test("'Live blog opened 15:30, ...' dates a live page and names no outlet", () => {
  const page = [
    "HIGHLAND DAILY",
    "News  |  Tibet  |  Qinghai  |  Live",
    "",
    "Live updates: Qinghai announces last counties off poverty list",
    "",
    "By Dawa Lhamo",
    "Live blog opened 09:30, 23 September 2019 (Beijing time) | Last updated 11:02",
    "",
    "11:02",
    "The provincial government says all 42 of its poor counties have met the exit standard.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.publishedDate, "2019-09-23");
  assert.notEqual(doc.metadata.outlet, "Live blog opened");
});

test("an encyclopedia's 'Recent update: editor (day)' dates the entry and names no outlet", () => {
  const page = [
    "Zhaojue County",
    "",
    "Zhaojue County is a county of Liangshan Yi Autonomous Prefecture with 305,000 people.",
    "",
    "Recent update: Liangshan Xiaobian (2021-09-14)",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.publishedDate, "2021-09-14");
  assert.equal(doc.metadata.outlet, null);
});

test("a video page's player time is no title, and the video's own words after its bar stay in the title; a site's name after the bar does not", () => {
  const video = [
    "VideoSite",
    "Search",
    "Sign in",
    "",
    "0:00 / 21:05",
    "",
    "Down the Mountain: Where Did the Cliff Families Go? | Zhaojue, Sichuan",
    "",
    "Slow Roads with Ana",
    "512K subscribers",
    "",
    "In this video I go back to a village whose 84 families moved to the county town in 2020.",
    "",
  ].join("\n");
  assert.equal(extractFrom(video).doc.metadata.title, "Down the Mountain: Where Did the Cliff Families Go? | Zhaojue, Sichuan");
  const episode = [
    "Life after the pasture: herders who moved to the village | Northwest Roads Ep. 12",
    "",
    "In this episode we meet 3 families in Altay who settled in 2018.",
    "",
  ].join("\n");
  assert.equal(extractFrom(episode).doc.metadata.title, "Life after the pasture: herders who moved to the village | Northwest Roads Ep. 12");
  const news = ["Herders in Altay settle in new towns | Steppe Daily", "", "About 1,200 families settled in 2018, officials said.", ""].join("\n");
  assert.equal(extractFrom(news).doc.metadata.title, "Herders in Altay settle in new towns");
});

test("a board's 'Search this topic…' and '12 posts • Page 1 of 2 • 1, 2' are chrome, and the thread's title under them is the title", () => {
  const page = [
    "Steppe Travellers Forum",
    "",
    "Board index ‹ Xinjiang ‹ Society",
    "",
    "Herders in Burqin being settled - what have you heard?",
    "",
    "Post Reply",
    "Search this topic…",
    "12 posts • Page 1 of 2 • 1, 2",
    "",
    "Herders in Burqin being settled - what have you heard?",
    "Post by Aidos_K » Tue Mar 12, 2019 8:14 pm",
    "My cousin says 300 families moved to the new town last year.",
    "",
  ].join("\n");
  const { doc, x } = extractFrom(page);
  assert.equal(doc.metadata.title, "Herders in Burqin being settled - what have you heard?");
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["300 families"]);
});

test("a broadcaster's 'Reporters: A, B' beside the source names every writer", () => {
  const station = ["Herders open guesthouses in Zhaosu", "", "2023-07-18 20:31 | Source: Tianshan Broadcasting | Reporters: Gulnar Serik, Wang Peng | Editor: Liu Yan", "", "About 140 yurts now take in guests, the county said.", ""].join("\n");
  assert.equal(extractFrom(station).doc.metadata.author, "Gulnar Serik; Wang Peng");
});

test("a journal page's writers each over their school, the last after '&', are all its authors", () => {
  const page = [
    "Journal of Rural Change",
    "Volume 12, 2021 - Issue 3",
    "",
    "Moving up, moving out? Livelihoods among Yi households after relocation in Bijie",
    "",
    "Zhang Wenli",
    "School of Public Administration, Guizhou University, Guiyang, China",
    "& Peter Lindqvist",
    "School of Geography, University of Leeds, Leeds, UK",
    "",
    "Abstract",
    "We surveyed 412 households in 2019 and found that 38 percent had moved back part-time.",
    "",
  ].join("\n");
  assert.equal(extractFrom(page).doc.metadata.author, "Zhang Wenli; Peter Lindqvist");
});

test("a journal's writers copied with each mark on a line of its own, the next after ', ' or 'and', are all its authors", () => {
  const page = [
    "Article",
    "",
    "Courtyard Economy and Household Income after Resettlement: Survey Evidence from Payzawat County",
    "",
    "Gulnar Tursun",
    "1",
    ", Wang Haiyan",
    "1,*",
    " and Erkin Yusup",
    "2",
    "1",
    "College of Economics, Xinjiang Agricultural University, Urumqi 830052, China",
    "",
    "Abstract",
    "We surveyed 640 households in 2021 and found that incomes rose by 18 percent.",
    "",
  ].join("\n");
  assert.equal(extractFrom(page).doc.metadata.author, "Gulnar Tursun; Wang Haiyan; Erkin Yusup");
});
