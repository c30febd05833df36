// Question sites, boards, blogs and report covers read for whose figures are whose and for their title, writer and
// outlet: an answer signed under its words and a comment signed after a dash, a board's numbered post headers, a
// question site's counters and links to other questions; phrases that name no one before "says" ("what the prefecture
// says", "nobody tells you"), a speaker a relative clause brings in, a smiley ending a sentence; a report's cover with
// its body's name in capitals, a title wrapped onto a line of years, the kind of report and "Prepared by"; a magazine's
// issue before the day, an infobox's launch date, buttons and reading times that name no outlet. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOf, extractFrom, headerMetadata } from "./helpers.ts";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";
import { parseByline } from "../pipeline/normalize/bylines.ts";

const QUESTION_PAGE = [
  "Economics Stack Exchange",
  "Log in",
  "Sign up",
  "",
  "Do relocated herders in Qinghai really earn more?",
  "",
  "Asked 2 years, 3 months ago",
  "Modified 1 year, 11 months ago",
  "Viewed 2k times",
  "",
  "9",
  "",
  "A provincial newspaper said that 51,000 herders in Golog were moved into towns. I have read that each family got a flat of 80 square metres. Is there any data on what they earn now?",
  "",
  "Share",
  "Improve this question",
  "Follow",
  "asked Mar 2, 2021 at 10:05",
  "Tomas Lind",
  "2,411 ● 3 ● 17 ● 30",
  "",
  "1 Answer",
  "Sorted by: Highest score (default)",
  "",
  "12",
  "",
  "I did fieldwork in two of the new towns in 2019. In the one I know best, 312 families had moved in, and about 40 percent of them still kept some yaks with relatives up in the pastures.",
  "",
  "Wages are the main new income: a cleaning or security job in town pays around 2,000 yuan a month, which few herders earned in cash before.",
  "",
  "Share",
  "Improve this answer",
  "Follow",
  "answered Mar 3, 2021 at 8:40",
  "Dolma Tsering",
  "5,880 ● 4 ● 21 ● 47",
  "",
  "Thanks. Were the jobs permanent? – Tomas Lind Mar 3, 2021 at 9:12",
  "",
  "@TomasLind Most were one-year contracts, and 15 of the 312 families had already gone back. – Dolma Tsering Mar 3, 2021 at 11:30",
  "",
  "Hot Network Questions",
  "Why did 3 central banks raise rates in one week?",
  "Is a 70% tax on windfall profits common?",
  "",
].join("\n");

test("a question site's answer is credited to the writer signed under it, each comment to the writer signed after its dash", () => {
  assert.equal(creditOf(QUESTION_PAGE, "312 families"), "Dolma Tsering");
  assert.equal(creditOf(QUESTION_PAGE, "around 2,000 yuan"), "Dolma Tsering");
  assert.equal(creditOf(QUESTION_PAGE, "15"), "Dolma Tsering");
  assert.equal(creditOf(QUESTION_PAGE, "51,000 herders"), "A provincial newspaper");
  const { doc, x } = extractFrom(QUESTION_PAGE);
  assert.equal(doc.metadata.author, "Tomas Lind");
  assert.equal(doc.metadata.title, "Do relocated herders in Qinghai really earn more?");
  const turns = x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 12), q.speaker]);
  assert.deepEqual(turns.slice(-2), [
    ["Thanks. Were", "Tomas Lind"],
    ["@TomasLind M", "Dolma Tsering"],
  ]);
});

test("a question site's counters, writers' reputations and links to other questions hold no figures", () => {
  const figures = extractFrom(QUESTION_PAGE).x.claims.map((c) => c.value);
  for (const counter of [2411, 5880, 2000000, 47, 70, 3]) assert.ok(!figures.includes(counter), `${counter} is no claim`);
});

const BOARD = [
  "Tarim Home BBS (translated view)",
  "Home > Southern Xinjiang > Aksu Board > Farming",
  "",
  "[Discussion] Apple prices in Aksu this autumn",
  "",
  "Views: 5,210 | Replies: 12 | Favorites: 9",
  "",
  "OP  |  aksu_apple_ma",
  "Level 7 member | Posts: 1,402 | Points: 6,300 | Registered: 2013-05-02",
  "Posted 2019-10-02 20:11 | Only view this author",
  "",
  "Our family has 8 mu of apple trees in Wensu county. The buyer paid 4 yuan per kilogram this year.",
  "",
  "Upvote (31) | Reply | Report",
  "",
  "Reply #2  |  Gulbahar_T",
  "Level 3 member | Posts: 88 | Points: 310 | Registered: 2017-01-20",
  "Posted 2019-10-02 21:40 | From mobile client",
  "",
  "Same in Onsu. My uncle sold 3 tonnes at the cooperative and says the cold store there takes 600 tonnes.",
  "",
  "Upvote (12) | Reply | Report",
  "",
].join("\n");

test("a board's numbered post headers give each post to its poster, and its buttons name no outlet", () => {
  assert.equal(creditOf(BOARD, "8 mu"), "aksu_apple_ma");
  assert.equal(creditOf(BOARD, "3 tonnes"), "Gulbahar_T");
  const { doc, x } = extractFrom(BOARD);
  assert.equal(doc.metadata.title, "[Discussion] Apple prices in Aksu this autumn");
  assert.notEqual(doc.metadata.outlet, "Only view this author");
  const figures = x.claims.map((c) => c.value);
  for (const counter of [31, 12, 2]) assert.ok(!figures.includes(counter), `${counter} is no claim`);
});

test("phrases that name no one before a verb of saying speak for no one", () => {
  const page = (sentence: string) => ["A title line for the test", "", sentence, ""].join("\n");
  assert.equal(creditOf(page("My aunt got 25,000 yuan for the house, much less than what the prefecture says."), "25,000 yuan"), null);
  assert.equal(creditOf(page("The thing nobody tells you is that I spent about 280 days a year in the village."), "about 280 days"), null);
  assert.equal(creditOf(page("Now my own notes. In Tograk I counted 46 new brick houses along the main road."), "46 new brick houses"), null);
  assert.equal(creditOf(page("@kunlun easy to say. Aksu is 500 kilometers away and my cousin stayed 40 days."), "40 days"), null);
});

test("a speaker a relative clause brings in says only what follows them; a smiley ends a sentence", () => {
  const drive = ["A title line for the test", "", 'We reached Hemu just before noon, a 4-hour drive that the driver insisted would have been 9 hours "before the new road". The ticket is now 150 yuan.', ""].join("\n");
  assert.equal(creditOf(drive, "4-hour"), null);
  assert.equal(creditOf(drive, "9 hours"), "driver");
  assert.equal(creditOf(drive, "150 yuan"), null);
  const reply = ["A title line for the test", "", "Marit Olsen said...", "", "We paid 420 yuan for a room in Hemu in 2017, so that sounds like a bargain!", "", "Greta Hallberg said...", "", "Marit, no skiing in July sadly :) But Bolat says the winter season now brings in about a third of their guests.", ""].join("\n");
  assert.equal(creditOf(reply, "about a third"), "Bolat");
});

test("a report's cover: its body's name in capitals, a title wrapped onto a line of years, the kind of report and its writers", () => {
  const { doc } = extractFrom(
    [
      "HIGHLAND CENTRE FOR CHILD NUTRITION",
      "Sichuan Office",
      "",
      "",
      "Warm Lunches, Full Classes:",
      "Evaluation of the Village School Meals Scheme in",
      "Ganzi Tibetan Autonomous Prefecture, 2017–2019",
      "",
      "",
      "EVALUATION REPORT",
      "March 2020",
      "",
      "Prepared by Anna Berg and Zhou Lan",
      "",
      "Executive summary",
      "",
      "The scheme served 920,000 meals to 4,100 pupils in 86 village schools from",
      "September 2017 to July 2019, at an average cost of 5.2 yuan per meal. Our",
      "survey found that stunting among pupils fell from 28.4 percent to 21.9",
      "percent over the two years of the scheme, and that attendance rose too.",
      "",
      "Official data point the same way. The prefecture's health commission said",
      "that stunting among rural children fell to 19.6 percent in 2019, from 25",
      "percent in 2015, though its figures cover all children, not only pupils.",
      "",
      "1. Methodology",
      "",
      "At baseline the team measured the height and weight of 1,380 pupils in 30",
      "randomly chosen schools, and the parents of 900 of them answered a short",
      "questionnaire on what their children ate at home on school days.",
      "",
    ].join("\n"),
  );
  assert.equal(doc.metadata.title, "Warm Lunches, Full Classes: Evaluation of the Village School Meals Scheme in Ganzi Tibetan Autonomous Prefecture, 2017–2019");
  assert.equal(doc.metadata.outlet, "Highland Centre for Child Nutrition");
  assert.equal(doc.metadata.author, "Anna Berg; Zhou Lan");
});

test("a magazine's issue before the day, an infobox's launch, a reading time, an event's kind and a site's buttons date or name nothing else", () => {
  assert.equal(readDateLine("Issue 14, 2020 | Published: July 22, 2020")?.value, "July 22, 2020");
  assert.equal(readDateLine("Launched\tFebruary 2014"), null);
  assert.equal(readDateLine("Online webinar · 9 November 2022, 14:00–15:15 CET")?.outlet, null);
  assert.deepEqual(parseByline("By Li Wenjing and Samuel Okafor | 9 September 2022 | 11 min read"), { author: "Li Wenjing; Samuel Okafor", published: "9 September 2022" });
  const asked = headerMetadata("Politics Stack Exchange", "How could Tibet's registered poor fall to zero in four years?", "Ask Question", "Asked 3 years, 4 months ago", "Viewed 4k times");
  assert.equal(asked.title, "How could Tibet's registered poor fall to zero in four years?");
  assert.notEqual(asked.outlet, "Ask Question");
  const brief = headerMetadata("SOUTHWEST RURAL POLICY INSTITUTE", "Moving Down the Mountain: Early Evidence on Relocation", "Ma Yuqing, Research Fellow, Southwest Rural Policy Institute", "KEY MESSAGES");
  assert.equal(brief.outlet, "Southwest Rural Policy Institute");
});

test("a host reading a body's report gives its figures to the body, 'it says' and 'the report puts' both", () => {
  const show = [
    "The Frontier Ledger, Episode 31",
    "",
    "MAYA KOLL: I have the provincial rural affairs office's annual report in front of me, and it says that 412,000 herders were settled in new villages from 2016 to 2020.",
    "",
    "TENZIN RABTEN: That matches what I saw in Nagqu.",
    "",
    "MAYA KOLL: The report puts the cost at about 9.3 billion yuan, which is a lot of money for one province.",
    "",
    "TENZIN RABTEN: It is, but most of it came from the centre.",
    "",
  ].join("\n");
  assert.equal(creditOf(show, "412,000 herders"), "provincial rural affairs office");
  assert.equal(creditOf(show, "about 9.3 billion yuan"), "provincial rural affairs office");
});

test("a radio transcript's cues for what is played name who speaks after them, in capitals with their post", () => {
  const radio = [
    "Voices of the Plateau: yak butter goes to market",
    "",
    "HOST (MEI LAN): Good evening. Our reporter Chen Bo sent this report from Maqu County.",
    "",
    "(RECORDING) REPORTER CHEN BO: The cooperative in Awancang town has 146 member households, and it sold 38 tonnes of butter last year.",
    "",
    "(SOUND BITE, TIBETAN, TRANSLATED) DORJE TSERING, COOPERATIVE MANAGER: I am 44. We used to sell to traders for 30 yuan a kilo.",
    "",
  ].join("\n");
  assert.equal(creditOf(radio, "146 member households"), "Chen Bo");
  assert.equal(creditOf(radio, "30 yuan"), "Dorje Tsering");
});

test("a post embedded once, under its writer's name and handle, and a block a speaker introduces with what they think, are theirs", () => {
  const live = [
    "Live: China declares victory over poverty",
    "",
    "12.02 GMT",
    "",
    "Jonas Berg, an economist at the Nordic Institute for Asian Studies, has been in touch. He says the result is real but the line is low:",
    "",
    "China's line works out at about $2.30 a day. By the higher international measure, some 370 million people would still be poor.",
    "",
    "Jonas Berg (@jberg_econ)",
    "",
    "Lifting ~100m people over a line is real progress. But the line is only about 4,000 yuan a year.",
    "",
    "11.40 GMT",
    "",
    "The ceremony in Beijing has begun, with about 3,000 guests in the hall.",
    "",
  ].join("\n");
  assert.equal(creditOf(live, "some 370 million people"), "Jonas Berg");
  assert.equal(creditOf(live, "~100m people"), "Jonas Berg");
  assert.notEqual(creditOf(live, "about 3,000 guests"), "Jonas Berg", "the entry after the post is the page's again");
});

test("a figure followed by the body that reported it is that body's", () => {
  const page = ["A title line for the test", "", "Our survey found that workshop wages averaged 1,850 yuan a month, well below the 2,600 yuan reported by the Qianxinan Human Resources Bureau for 2021.", ""].join("\n");
  assert.equal(creditOf(page, "2,600 yuan"), "Qianxinan Human Resources Bureau");
  assert.equal(creditOf(page, "1,850 yuan"), null);
});

test("a translated post a story brings in is its writer's, the comments under it their posters', and the story's own figures its site's", () => {
  const digest = [
    "WeiboWatch Weekly",
    "",
    "A county head's farewell post goes viral",
    "",
    "by Clara Holm",
    "March 2, 2021",
    "",
    "A long post by a departing county official in Gansu drew over 90 million views by March 1.",
    "",
    "The author, Ma Jianguo, is a Hui official who served in Guanghe County from 2017 to 2021.",
    "",
    "Below is a partial translation of his post (translation by WeiboWatch Weekly):",
    "",
    "When I arrived, the county had 31,000 registered poor people. I left with none on the list. I write this because my son was 6 when I left and he is 10 now.",
    "",
    "Selected comments",
    "",
    "LoessGirl (黄土女孩): I'm from Guanghe. It took us 2 hours to reach the hospital before the new road.",
    "[Likes: 41,220]",
    "",
    "plainwatcher_77: 31,000 is about 13% of the county. In my county in Henan it was around 5%.",
    "[Likes: 9,870]",
    "",
  ].join("\n");
  assert.equal(creditOf(digest, "over 90 million views"), "WeiboWatch Weekly");
  assert.equal(creditOf(digest, "31,000 registered poor people"), "Ma Jianguo");
  assert.equal(creditOf(digest, "2 hours"), "LoessGirl");
  assert.equal(creditOf(digest, "around 5%"), "plainwatcher_77");
  assert.ok(!extractFrom(digest).x.claims.some((c) => c.value === 41220), "a count of likes is no claim");
});

test("state media that 'say' speak, as the media's 'reports' do not", () => {
  const page = ["A title line for the test", "", "Chinese state media say the region had 628,000 registered poor people at the end of 2015.", ""].join("\n");
  assert.equal(creditOf(page, "628,000 registered poor people"), "Chinese state media");
});

test("an encyclopedia's name over its app button is the outlet; a site's address as the source yields to the body its masthead names", () => {
  const wiki = headerMetadata("Wikiwand", "Open in app", "Search", "Pairing Assistance to Xinjiang", "Government programme of China");
  assert.equal(wiki.outlet, "Wikiwand");
  const paper = headerMetadata("The State Council Information Office of the People's Republic of China", "Home | Press Room | White Papers | Documents", "White Papers > 2022", "Rural Revitalization in Xinjiang: Consolidating the Gains", "Source: english.scio.gov.cn | 2022-11-15 | Editor: Wu Jing");
  assert.equal(paper.outlet, "The State Council Information Office of the People's Republic of China");
});

test("readers' comments in the first person under a story leave the story's figures its paper's", () => {
  const story = [
    "The Valley Review",
    "",
    "Twenty years on, a resettlement town finds its feet",
    "",
    "By Mira Lund and Wang Qiang",
    "June 3, 2021",
    "",
    "Ma Hu, 46, came down from the hills in 2001 with his parents and four siblings. He now manages 30 mu of vines and earns about 4,000 yuan a month.",
    "",
    "23 Comments",
    "",
    "dune_runner_88",
    "2 years ago",
    "I drove through the town two years ago. My impression was of wide roads and identical blocks. I liked the wineries though.",
    "",
    "loess_kid",
    "2 years ago",
    "My family moved in 2003, five of us on a borrowed truck. I now drive a delivery van and my sister is a nurse.",
    "",
  ].join("\n");
  assert.equal(creditOf(story, "30 mu"), "The Valley Review");
  assert.equal(creditOf(story, "about 4,000 yuan"), "The Valley Review");
});
