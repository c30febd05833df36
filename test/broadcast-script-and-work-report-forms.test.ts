// Broadcast scripts, work reports, think-tank pages and county portals read for whose figures are whose and for their
// title, writers and day: a station's parts marked in lenticular brackets or newsroom words, a caption naming who speaks
// next, a soundbite's words ending at their closing mark; a list of a report's figures under the line that brings it in,
// a report going over the year; a survey led by a named scholar; an expert's name over their post; a clip's record, a
// reprint's source line with its buttons, a paywall's counter, a picture's credit; a programme's presenter; a magazine's
// volume beside its day; a county site's closing credit of its reporters. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOf, extractFrom, headerMetadata } from "./helpers.ts";
import { parseByline } from "../pipeline/normalize/bylines.ts";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";

const speakerOf = (text: string, opening: string): string | null | undefined => {
  const { doc, x } = extractFrom(text);
  return x.quotes.find((q) => doc.text.slice(q.start, q.end).startsWith(opening))?.speaker;
};

const COUNTY_TV = [
  "Valley Television > Valley News > Video",
  "",
  "Herders of Tuoli move into town before the snow",
  "Air date: 2021-10-04   Programme: Valley News (Chinese)   Duration 03:51",
  "Reporters: Bai Lan, Nurbol Sayat",
  "",
  "【Anchor】 Good evening. Tuoli County still had 6 villages without a road to the pasture last year. Our reporters went to see the move.",
  "",
  "【Narration】 The herders of Kuokesu township load their felt and stoves onto 40 trucks. The drive to the town takes 5 hours.",
  "",
  "【Soundbite】 Yerlan Abai, herder of Kuokesu township: We kept 300 sheep on the mountain. The new house in town is 90 square meters and we paid 8,000 yuan.",
  "",
  "【Stand-up】 Reporter Bai Lan: I am at the new settlement, where 212 families have arrived this week.",
  "",
  "【Soundbite】 Qasim Tokhtar, head of the county resettlement office: This year the county moves 1,480 households.",
  "",
].join("\n");

test("a station's script marked in lenticular brackets: the anchor's, the narrator's and each named speaker's figures", () => {
  assert.equal(creditOf(COUNTY_TV, "6 villages"), "Anchor");
  assert.equal(creditOf(COUNTY_TV, "40 trucks"), "Narration");
  assert.equal(creditOf(COUNTY_TV, "300 sheep"), "Yerlan Abai");
  assert.equal(creditOf(COUNTY_TV, "8,000 yuan"), "Yerlan Abai");
  assert.equal(creditOf(COUNTY_TV, "212 families"), "Bai Lan");
  assert.equal(creditOf(COUNTY_TV, "1,480 households"), "Qasim Tokhtar");
  assert.equal(speakerOf(COUNTY_TV, "We kept 300 sheep"), "Yerlan Abai");
});

test("a broadcast's air date beside its programme and length, and beside its slot, is the day it went out", () => {
  assert.equal(readDateLine("Air date: 2021-10-04   Programme: Valley News (Chinese)   Duration 03:51")?.value, "2021-10-04");
  const slot = readDateLine("Programme: Border Window (English)   Air date: 2017-06-12   Slot: 20:00");
  assert.equal(slot?.value, "2017-06-12");
  assert.equal(slot?.outlet ?? null, null);
});

const PACKAGE = [
  "Plateau TV International | Border Window",
  "",
  "Headline: Wolfberry farms change a desert township",
  "Programme: Border Window (English)   Air date: 2017-06-12   Slot: 20:00",
  "Reporter: Sun Lijuan",
  "",
  "[ANCHOR]",
  "In the east of the province, a desert township now grows wolfberries. Our reporter Sun Lijuan has this story.",
  "",
  "[VO]",
  "When the first 600 families arrived in 2001, the township had no trees at all.",
  "",
  "[SOT]",
  "SUPER: Ma Yousuf / Farmer, Hongshi Village",
  "\"My family picks 5 tonnes of berries a year now. Before, we earned 900 yuan.\"",
  "",
  "[ANCHOR TAG]",
  "The province will hold a wolfberry fair with 30 exhibitors next week.",
  "",
].join("\n");

test("a newsroom's script: the voice-over its one reporter's, a caption naming who speaks, the anchor's closing words", () => {
  assert.equal(creditOf(PACKAGE, "600 families"), "Sun Lijuan");
  assert.equal(creditOf(PACKAGE, "5 tonnes"), "Ma Yousuf");
  assert.equal(creditOf(PACKAGE, "900 yuan"), "Ma Yousuf");
  assert.equal(creditOf(PACKAGE, "30 exhibitors"), "ANCHOR");
});

test("a soundbite's words set in quotation marks end at the closing mark; the script's next paragraph is its own", () => {
  const text = [
    "Cotton mills bring wages to Bachu",
    "",
    "Published: 2020-09-02 10:15   Source: Valley Wire",
    "",
    "Bachu County is counting on its spinning mills to employ rural families, officials said.",
    "",
    "SOUNDBITE (Uygur) Gulnar Ismail, spinner, Bachu Textile Park:",
    "\"I earn 2,400 yuan a month and go home every weekend.\"",
    "",
    "Bachu is one of the 22 counties in the south still on the poverty list.",
    "",
  ].join("\n");
  assert.equal(creditOf(text, "2,400 yuan"), "Gulnar Ismail");
  assert.equal(creditOf(text, "22 counties"), "Valley Wire");
});

test("a list of a report's figures under the line that brings it in, through its headings in capitals", () => {
  const text = [
    "Key figures from Yunnan's work report",
    "",
    "KUNMING -- The governor delivered the government work report on Monday. Below are the main figures from the report.",
    "",
    "LOOKING BACK: 2016-2020",
    "",
    "1. All 88 poor counties left the poverty list.",
    "",
    "2. Incomes of rural residents rose to 12,800 yuan.",
    "",
    "LOOKING AHEAD: 2021 TARGETS",
    "",
    "3. Growth of about 8 percent is expected.",
    "",
    "\"The numbers match what we see,\" said Li Fang, a deputy from Zhaotong. She said 140 households in her village had been poor.",
    "",
  ].join("\n");
  assert.equal(creditOf(text, "88 poor counties"), "report");
  assert.equal(creditOf(text, "12,800 yuan"), "report");
  assert.equal(creditOf(text, "about 8 percent"), "report");
  assert.equal(creditOf(text, "140 households"), "Li Fang");
});

test("a report going over the year gives the paragraph's figures", () => {
  const text = [
    "Prefecture hears work report",
    "",
    "The report reviewed the work of 2019. Over the year, 18,200 households shook off poverty and 260 villages were delisted.",
    "",
    "Deputies met 40 farmers in the afternoon.",
    "",
  ].join("\n");
  assert.equal(creditOf(text, "18,200 households"), "report");
  assert.equal(creditOf(text, "260 villages"), "report");
  assert.notEqual(creditOf(text, "40 farmers"), "report");
});

test("a survey led by a named scholar, what it covered set off by commas: its findings are the scholar's", () => {
  const text = [
    "What the move cost",
    "",
    "A household survey led by Professor Gao Ming of Kunming University, covering 900 households in 2020, found that 41 percent reported lower farm income.",
    "",
    "A survey led by Ayesha Karim of Valley University found that 17 percent of families fell back into debt.",
    "",
  ].join("\n");
  assert.equal(creditOf(text, "41 percent"), "Gao Ming");
  assert.equal(creditOf(text, "17 percent"), "Ayesha Karim");
});

test("an expert's name, a title before it, over their post: the writer, under the headline", () => {
  const meta = headerMetadata(
    "Lakeside Institute for Asian Affairs",
    "Research   Experts   Events   Commentary",
    "Home › Commentary › Asia Program",
    "COMMENTARY",
    "Roads to nowhere? What Yunnan's road building cost, and who will repay it",
    "Dr Miriam Ashcroft",
    "Senior Fellow, Asia Program",
    "April 6, 2022 · 7 min read",
    "When Yunnan declared in 2020 that its last poor counties had left the list, the province counted the roads it had built.",
  );
  assert.equal(meta.author, "Miriam Ashcroft");
  assert.equal(meta.title, "Roads to nowhere? What Yunnan's road building cost, and who will repay it");
});

test("a clip's record, a reprint's buttons, a paywall's counter and a picture's credit are no headline", () => {
  const clip = headerMetadata(
    "Valley Video Agency",
    "Home | News | Features | Contact Us",
    "China-Gansu/Water",
    "Piped water reaches Dongxiang's hill villages",
    "Published: 2018-05-21 09:30   Source: Valley Video Agency",
    "Duration: 00:01:58   Restrictions: No access Chinese mainland",
    "Shotlist",
  );
  assert.equal(clip.title, "Piped water reaches Dongxiang's hill villages");
  const reprint = headerMetadata(
    "Portal.example   Français | Deutsch | Español",
    "Full Text: Poverty Alleviation in Qinghai",
    "Source: Valley Wire | April 2, 2020 | Comments (0) | Print | E-mail",
    "Adjust font size: A A A",
    "The provincial information office on Thursday published a report on poverty alleviation in the province.",
  );
  assert.equal(reprint.title, "Full Text: Poverty Alleviation in Qinghai");
  assert.equal(reprint.published, "2020-04-02");
  assert.equal(reprint.outlet, "Valley Wire");
  const paywalled = headerMetadata(
    "LAKESIDE OPINION",
    "Sign in  |  Subscribe",
    "You have 3 free articles remaining this month.",
    "Development  •  Oct 9, 2020",
    "The Last Village",
    "The road into the valley was finished in 2019, and the school has 300 pupils now, a teacher told me when I visited.",
  );
  assert.equal(paywalled.title, "The Last Village");
  const captioned = headerMetadata(
    "Harbour Ledger",
    "World & Nation",
    "In Gansu's loess hills, new houses and old loans",
    "By Clara Holt",
    "Staff Writer",
    "June 2, 2021 6 AM PT",
    "Share via",
    "A man carries water up the steps of the Xinhe relocation community in Dingxi, Gansu province. (Harbour Ledger)",
    "DINGXI, China — Ma Shifu, 61, used to fetch water from a spring an hour's walk below his house.",
  );
  assert.equal(captioned.title, "In Gansu's loess hills, new houses and old loans");
});

test("a programme's presenter is its page's writer; a briefing's host among its speakers is not", () => {
  const radio = headerMetadata(
    "Lakeside Public Radio",
    "Listen Live | Programmes | Podcasts | News",
    "Qinghai after the campaign: new herds, new debts?",
    "Broadcast: Monday 8 March 2021, 18:30",
    "Presenter: Helen Voss",
    "Transcript",
    "HELEN VOSS: Hello and welcome. Today we go to Qinghai, where herders were moved off the grassland.",
  );
  assert.equal(radio.author, "Helen Voss");
  const briefing = headerMetadata(
    "Press conference on poverty alleviation in the region",
    "Time: 10:00, March 3, 2020",
    "Host: Zhou Ping",
    "Guests: Abdulla Tursun, director of the regional poverty alleviation office",
    "Zhou Ping: Good morning. Today we have invited the director of the office.",
  );
  assert.notEqual(briefing.author, "Zhou Ping");
});

test("a magazine's volume and issue beside its day name no outlet", () => {
  const byline = parseByline("By Li Qiao | VOL.63 NO.14 APRIL 8, 2021");
  assert.equal(byline?.author, "Li Qiao");
  assert.equal(byline?.outlet, undefined);
});

test("a county site's closing credit in brackets names the story's reporters", () => {
  const { doc } = extractFrom(
    [
      "County head inspects relocation sites",
      "",
      "Source: County Media Center   Published: 2019/08/02 10:11:05",
      "",
      "On July 30 and 31, the county head inspected 6 relocation sites in the north of the county and met 40 families.",
      "",
      "He asked the townships to finish the remaining houses before the winter.",
      "",
      "(Reporter: Gulzira Amanbek  Correspondent: Zhao Lei)",
      "",
    ].join("\n"),
  );
  assert.equal(doc.metadata.author, "Gulzira Amanbek; Zhao Lei");
});

test("an encyclopedia's unsourced figures are the site's it names; an entry that names no site speaks for no one", () => {
  const named = ["Hill County", "From Wikipedia, the free encyclopedia", "Hill County is a county in the south of the prefecture. It had 245,000 residents in 2020.[1]", "References", "1. ^ \"Hill County census\". Valley Daily. 3 May 2021."].join("\n\n") + "\n";
  assert.equal(creditOf(named, "245,000 residents"), "Wikipedia");
  const unnamed = ["Hill County", "Hill County is a county in the south of the prefecture. It had 245,000 residents in 2020.[1]", "References", "1. ^ \"Hill County census\". Valley Daily. 3 May 2021."].join("\n\n") + "\n";
  assert.equal(creditOf(unnamed, "245,000 residents"), null);
});
