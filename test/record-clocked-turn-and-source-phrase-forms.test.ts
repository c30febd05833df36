// Who gives a figure, read from forms a podcast page, a broadcast script, a report, a board post and a live page take:
// "Name 0:31 words" on one line, "[ON CAMERA] Name, post:" over a soundbite, a document "delivered on Friday" before
// its verb, "this report" and a survey "conducted for this report" as the writers' own, images "analysed by" an outlet,
// "according to the county", "a China Daily piece saying", the writer's first person after "According to X", a wiki's
// contents entry "3 By province", a live text's "[10:16] Sichuan Daily reporter:", "a report by X, which said", a study
// cited as "(Wang, 2018)", a note glued after a stop, and "BEIJING (Reuters) - ". Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOf, extractFrom, pageOf } from "./helpers.ts";

const CLOCKED_TURNS = pageOf(
  "Village Voices, episode 12: moving down the mountain",
  "",
  "Ma Lan 0:05 Welcome to Village Voices. Today I'm talking with a village secretary from Fugong county.",
  "Yu Hongmei 0:31 Thank you. In our village alone, 186 households moved down, more than 700 people.",
  "Ma Lan 1:02 And what about work in the new town?",
  "Yu Hongmei (1:05) The county set up 14 workshops making shoes and bags.",
  "",
);

test("a podcast's turns with the name and clock before the words on one line are the speaker's", () => {
  const { doc, x } = extractFrom(CLOCKED_TURNS);
  assert.equal(creditOf(CLOCKED_TURNS, "186 households"), "Yu Hongmei");
  assert.equal(creditOf(CLOCKED_TURNS, "more than 700 people"), "Yu Hongmei");
  assert.equal(creditOf(CLOCKED_TURNS, "14 workshops"), "Yu Hongmei");
  const turns = x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 12), q.speaker]);
  assert.deepEqual(turns, [["Welcome to V", "Ma Lan"], ["Thank you. I", "Yu Hongmei"], ["And what abo", "Ma Lan"], ["The county s", "Yu Hongmei"]]);
});

const CAMERA_SCRIPT = pageOf(
  "Herders open guesthouses on the summer pastures",
  "",
  "[NARRATOR] The valley turns green in June, and about 140 yurts now take in paying guests.",
  "",
  "[ON CAMERA] Serik Omar, Party secretary, Kalajun village:",
  "",
  "\"The village has 418 households. In 2015 we had 97 poor households.\"",
  "",
  "[NARRATOR] Not every family has joined the trade.",
  "",
  "[ON CAMERA] Gulnur Baheti, guesthouse owner:",
  "",
  "\"Last summer we had 60 guests a day.\"",
  "",
);

test("a script's 'ON CAMERA' mark names the speaker after it, not a speaker called 'On Camera'", () => {
  assert.equal(creditOf(CAMERA_SCRIPT, "418 households"), "Serik Omar");
  assert.equal(creditOf(CAMERA_SCRIPT, "97 poor households"), "Serik Omar");
  assert.equal(creditOf(CAMERA_SCRIPT, "60 guests"), "Gulnur Baheti");
});

test("a document 'delivered on Friday' before its verb speaks for whose document it is", () => {
  const page = pageOf(
    "Two sessions: the work report",
    "",
    "Premier Wen Hao's government work report, delivered on Friday, confirmed that support policies for the 832 formerly poor counties will stay in place.",
    "",
  );
  assert.equal(creditOf(page, "832 formerly poor counties"), "Wen Hao");
});

const REPORT_PAGE = [
  "Roads and rural markets in Dingxi",
  "",
  "Completion report | Western Roads Fund | March 2021",
  "",
  "Prepared by Anna Berg and Li Hua",
  "",
  "Executive summary",
  "",
  "This report found that 44 percent of households used the new roads every day.",
  "",
  "A household survey of 1,520 households conducted for this report found that travel time to market fell from 74 minutes to 31 minutes.",
  "",
].join("\n");

test("'this report' and a survey 'conducted for this report' are the report's writers' own work", () => {
  assert.equal(creditOf(REPORT_PAGE, "44 percent"), "Anna Berg and Li Hua");
  assert.equal(creditOf(REPORT_PAGE, "74 minutes"), "Anna Berg and Li Hua");
  assert.equal(creditOf(REPORT_PAGE, "31 minutes"), "Anna Berg and Li Hua");
});

test("images or records 'analysed by' or 'obtained by' a body are that body's figures", () => {
  const page = pageOf(
    "Winter camps empty out",
    "",
    "Satellite images analysed by PBN show that winter camps in the valley fell from 417 in 2018 to 208 in 2023.",
    "",
    "Records obtained by the ILW show that 44 percent of the workers left within a year.",
    "",
  );
  assert.equal(creditOf(page, "417"), "PBN");
  assert.equal(creditOf(page, "208"), "PBN");
  assert.equal(creditOf(page, "44 percent"), "ILW");
});

test("'according to the county' names the county; 'according to local custom' names no one", () => {
  const page = pageOf(
    "Herders settled in Burqin",
    "",
    "My grandmother's relatives live in Burqin. According to the county, each herding family gets 40,000 yuan toward a house.",
    "",
    "According to local custom, 42 guests come to a wedding.",
    "",
  );
  assert.equal(creditOf(page, "40,000 yuan"), "county");
  assert.equal(creditOf(page, "42 guests"), null);
});

test("a piece an outlet ran, 'a China Daily piece saying' or 'an article in the Global Times claiming', speaks for the outlet", () => {
  const page = pageOf(
    "Homestays in Tashkurgan?",
    "",
    "I read a China Daily piece saying Tashkurgan moved about 1,600 herders into new villages.",
    "",
    "There was also an article in the Global Times claiming that over 100 families now run homestays.",
    "",
    "The report saying 2,000 herders moved was wrong.",
    "",
  );
  assert.equal(creditOf(page, "about 1,600 herders"), "China Daily");
  assert.equal(creditOf(page, "over 100 families"), "Global Times");
  assert.equal(creditOf(page, "2,000 herders"), null);
});

test("a sentence in the writer's own first person after 'According to X, ...' is the writer's, not X's", () => {
  const page = [
    "Altay after the settlement",
    "",
    "Posted by steppe_girl",
    "",
    "According to the prefectural tourism bureau, the scenic area received more than 3 million visitors in 2019. My cousin rents horses to tourists at 200 yuan an hour.",
    "",
    "According to the county, the town has 4,000 residents. Most of them moved in 2018, when 1,200 families arrived.",
    "",
  ].join("\n");
  assert.equal(creditOf(page, "more than 3 million visitors"), "prefectural tourism bureau");
  assert.equal(creditOf(page, "200 yuan"), "steppe_girl");
  assert.equal(creditOf(page, "1,200 families"), "county");
});

test("an encyclopedia's contents entry '3 By province' is no commenter's header: the article's figures stay its own", () => {
  const page = [
    "Highland relocation programme",
    "",
    "From Wikipedia, the free encyclopedia",
    "",
    "Contents",
    "",
    "    1 Background",
    "    2 Implementation",
    "    3 By province",
    "    4 Criticism",
    "",
    "Background[edit]",
    "",
    "The plan set a target of relocating 2.6 million people by 2020.",
    "",
  ].join("\n");
  assert.notEqual(creditOf(page, "2.6 million people"), "province");
});

test("a live text's '[10:16] Sichuan Daily reporter:' and 'The Paper reporter:' ask for their outlets, not the host", () => {
  const page = [
    "Live text | Press conference on poverty exit in Xichang",
    "",
    "[10:00] Host Luo Jian (director of the prefecture's information office):",
    "Friends from the press, good morning. Today the deputy prefect will answer your questions.",
    "",
    "[10:16] Sichuan Daily reporter:",
    "How will the prefecture make sure that 3,500 relocated families can earn a living?",
    "",
    "[10:17] Wang Deming:",
    "We have set up 41 workshops in the resettlement towns.",
    "",
    "[10:24] The Paper reporter:",
    "What has changed for the 84 families on the cliff?",
    "",
  ].join("\n");
  const { doc, x } = extractFrom(page);
  const asked = (start: string) => x.quotes.find((q) => doc.text.slice(q.start, q.end).startsWith(start))?.speaker;
  assert.equal(asked("How will the prefecture"), "Sichuan Daily");
  assert.equal(asked("What has changed"), "The Paper");
  assert.equal(creditOf(page, "41 workshops"), "Wang Deming");
});

test("'Statistics from X show residents had ...' and 'a bulletin, which said ...' credit X and the bulletin", () => {
  const page = pageOf(
    "Rangers on the plateau",
    "",
    "Statistics from the Qinghai Provincial Bureau of Statistics show rural residents in Golog had a per capita disposable income of 9,120 yuan in 2019.",
    "",
    "He cited a report by the World Bank, which said 57% of the new jobs went to local residents.",
    "",
  );
  assert.equal(creditOf(page, "9,120 yuan"), "Qinghai Provincial Bureau of Statistics");
  assert.equal(creditOf(page, "57%"), "World Bank");
});

test("a study cited by its writer and year in brackets, '(Wang, 2018) covers 96 households', is the writer's", () => {
  const page = pageOf(
    "Courtyard economy and household income in Shache",
    "",
    "Survey evidence remains thin; the only earlier study we know of (Wang, 2018) covers 96 households over one year.",
    "",
    "A 2019 survey (Li and Zhou, 2020) found that 45 percent of herders had moved.",
    "",
  );
  assert.equal(creditOf(page, "96 households"), "Wang");
  assert.equal(creditOf(page, "45 percent"), "Li and Zhou");
});

test("a wire's dateline ending '(Reuters) - ' is no part of who speaks after it", () => {
  const page = pageOf("Xinjiang labour transfers", "", "BEIJING (Reuters) - Authorities in the Xinjiang region said on Wednesday that 2.9 million rural workers had found jobs.", "");
  assert.equal(creditOf(page, "2.9 million rural workers"), "Authorities in the Xinjiang region");
});

test("a report's note number glued after the stop ends its sentence, and 'the sample survey of the X Survey Team' is the team's", () => {
  const report = pageOf(
    "Completion report: rural water in Dingxi",
    "",
    "According to the project monitoring survey, the share of households with piped water rose from 37% in 2015 to 94% in 2021.(1) The survey also found that daily time spent fetching water fell by 1.8 hours per household.",
    "",
  );
  assert.equal(creditOf(report, "1.8 hours"), "project monitoring survey");
  const communique = pageOf(
    "Statistical communique of Butuo County, 2017",
    "",
    "The sample survey of the Butuo Survey Team of the National Bureau of Statistics shows that the per capita disposable income of rural residents was 9,103 yuan.",
    "",
  );
  assert.match(creditOf(communique, "9,103 yuan") ?? "", /National Bureau of Statistics$/);
});
