// Report covers, board threads, wiki-farm and encyclopedia pages, a journal's page and story pages read for their title,
// day, writers and publisher: a cover's title in capitals over its subtitle, "Prepared by: A (team leader) and B, Division,
// Department", a wiki farm's name over its page count, a wiki's edit bar, an encyclopedia's name opening its menu, an entry's
// name over the same name with where it lies, "Thread:" and a first post "#1" dated month first, a board's motto after a dash,
// the paper and day of an article a member pasted under their box, "By handle, date in forum", a travel board's "Level Contributor" and its
// replies' "1. Re: title handle", a question site's answers, "Published ... · Updated ...", a
// journal's issue and badges, "Reporting by A, B and C", "Interview by A   date   Issue N, year", "Author: A   date", and an
// office's span of years in an infobox, and "Published 9 August 2023  |  Season 4, Episode 58  |  46 min" under an
// episode's title, and a listening app's "Content provided by". Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";
import { creditOf, extractFrom } from "./helpers.ts";

test("a report cover's title in capitals over its subtitle is one title, joined by a colon; its team after 'Prepared by:' without their unit", () => {
  const page = [
    "Highland Water Trust",
    "",
    "Field Report No. 4",
    "",
    "RIVERS AND ROADS",
    "Irrigation and Household Income in Zhaojue County, Sichuan",
    "",
    "March 2021",
    "",
    "Prepared by: Bolat Serikuly (team leader) and Wang Lijuan, Rural Water Division, Asia Programme Department",
    "",
    "The trust surveyed 540 households in 18 villages.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.title, "RIVERS AND ROADS: Irrigation and Household Income in Zhaojue County, Sichuan");
  assert.equal(doc.metadata.author, "Bolat Serikuly; Wang Lijuan");
  assert.equal(doc.metadata.outlet, "Highland Water Trust");
  assert.equal(doc.metadata.publishedDate, "2021-03-01");
});

test("a masthead in capitals on the page's first line is no part of the headline under it", () => {
  const page = ["PLATEAU HERALD", "Yak cooperatives pay out 3.2 million yuan in Nagqu", "", "By Dawa Norbu", "", "A cooperative in Nagqu paid its 410 members 3.2 million yuan last year.", ""].join("\n");
  assert.equal(extractFrom(page).doc.metadata.title, "Yak cooperatives pay out 3.2 million yuan in Nagqu");
});

test("a wiki farm's page is its wiki's: the name over the page count, not the farm; the edit bar is no title", () => {
  const page = [
    "FANDOM",
    "GAMES  MOVIES  TV  VIDEO  WIKIS",
    "",
    "Western Counties Wiki",
    "912 Pages  Add new page",
    "Explore  Main Page  All Pages  Community",
    "",
    "Yengisar knife workshops",
    "Sign in to edit  History  Talk (3)",
    "",
    "The Yengisar knife workshops employ about 600 people in Kashgar Prefecture.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.outlet, "Western Counties Wiki");
  assert.equal(doc.metadata.title, "Yengisar knife workshops");
});

test("an encyclopedia's name opening its menu publishes the entry; the entry's name over the same name with where it lies is the title", () => {
  const page = [
    "Sogou Baike  Webpage  News  Pictures  Video  Map  More",
    "Enter the entry  Help",
    "",
    "Zhaosu County",
    "Zhaosu County, Ili Kazakh Autonomous Prefecture, Xinjiang",
    "Collection",
    "215",
    "",
    "Zhaosu County is a county of Ili Kazakh Autonomous Prefecture with about 180,000 residents.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.outlet, "Sogou Baike");
  assert.equal(doc.metadata.title, "Zhaosu County");
});

test("a board thread: 'Thread:' names it, its first post '#1' dates it month first, the board's motto is no part of its name, and a pasted article's paper and day are not the page's", () => {
  const page = [
    "Pacific Watch Forum - Defence, Trade & Diplomacy",
    "Forum",
    "New Posts",
    "Forum",
    "Asia & Pacific",
    "Yunnan moves 9,000 villagers out of the gorges (Xinhua)",
    "If this is your first visit, be sure to check out the FAQ by clicking the link above.",
    "Results 1 to 3 of 3",
    "Thread: Yunnan moves 9,000 villagers out of the gorges (Xinhua)",
    "Thread Tools",
    "03-21-2020, 10:05 AM #1",
    "mekong_watcher",
    "Senior Member",
    "Join Date",
    "Feb 2014",
    "Posts",
    "6,210",
    "Yunnan moves 9,000 villagers out of the gorges",
    "",
    "By Zhao Ming | Xinhua | Updated: 2020-03-20 09:12",
    "",
    "KUNMING -- Some 9,000 villagers from Nujiang have moved into new towns, officials said.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.title, "Yunnan moves 9,000 villagers out of the gorges (Xinhua)");
  assert.equal(doc.metadata.publishedDate, "2020-03-21");
  assert.equal(doc.metadata.outlet, "Pacific Watch Forum");
});

test("'By handle, date in forum' under a board thread's title names who started it and when", () => {
  const page = [
    "Altay Expats Board",
    "Sign In",
    "Teaching in Burqin: how many hours do work teams spend in villages?",
    "By steppe_teacher_88, May 2, 2019 in Northern Xinjiang (Altay, Tacheng)",
    "Recommended Posts",
    "",
    "Two of my colleagues spend 10 days a month in a village near Burqin.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.author, "steppe_teacher_88");
  assert.equal(doc.metadata.publishedDate, "2019-05-02");
});

test("a travel board: 'Level Contributor' marks a member's box, the poster over it writes the thread, and each '1. Re: title handle' reply is its poster's", () => {
  const page = [
    "WanderBoard",
    "Travel Forums › Asia › China",
    "",
    "Homestays near Tashkurgan - worth it?",
    "",
    "hiker_lena",
    "Level Contributor",
    "33 posts",
    "Aug 3, 2019, 10:12 AM",
    "We plan 3 nights near Tashkurgan in September. Is a homestay worth it?",
    "",
    "1. Re: Homestays near Tashkurgan - worth it?",
    "PamirGuide_K",
    "Destination Expert for Kashgar",
    "Level Contributor",
    "2,104 posts",
    "Aug 3, 2019, 2:40 PM",
    "Our homestay charged 160 yuan a night with dinner, and the valley is 40 km from town.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.author, "hiker_lena");
  assert.equal(creditOf(page, "160 yuan"), "PamirGuide_K");
});

test("a question site's answers are their writers'", () => {
  const page = [
    "Quora",
    "Home",
    "Following",
    "Answer",
    "Search Quora",
    "Add question",
    "",
    "How did Dongxiang county get out of poverty?",
    "All related (12)",
    "",
    "Ma Wenjie",
    " · Follow",
    "Former township official in Linxia, 2012–2019",
    "Answered May 3, 2021",
    "Mostly through work outside the county. In my township about 1,200 people left each spring for jobs.",
    "",
    "Aigerim Bekova",
    " · Follow",
    "Answered May 9, 2021",
    "I visited in 2019 and saw 3 new schools in one township.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.author, "Ma Wenjie; Aigerim Bekova");
});

test("'Published ... · Updated ... · N min read' under a byline dates the story the day it came out, and names no publisher", () => {
  const page = [
    "THE HARBOUR LEDGER",
    "World   Asia   Economy",
    "",
    "After the move: herders settle in the valleys",
    "",
    "By Ines Moreau and Dorje Tashi",
    "Published 3 May 2022 · Updated 4 May 2022 · 9 min read",
    "",
    "NAGQU — About 2,400 herders moved to the valley in 2019, officials say.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.publishedDate, "2022-05-03");
  assert.equal(doc.metadata.outlet, "The Harbour Ledger");
});

test("a journal's page: its issue line names no publisher and its badges are no title", () => {
  const page = [
    "Skip to main content",
    "Journal of Highland Development",
    "Home | Current Issue | Archive | About",
    "",
    "Volume 9, Issue 2 · April 2022 · pp. 101-119",
    "Original Article   Open Access",
    "",
    "Yaks and wages: household income after resettlement in Nagqu",
    "",
    "Tenzin Yangdron 1, Liu Wei 2",
    "",
    "Published: 12 April 2022",
    "",
    "Abstract",
    "We surveyed 410 households in 12 settlements.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.title, "Yaks and wages: household income after resettlement in Nagqu");
  assert.equal(doc.metadata.outlet, "Journal of Highland Development");
});

test("'Reporting by A, B and C' and 'Interview by A   date   Issue N, year' name the writers and the day", () => {
  const live = [
    "HIGHLAND NEWS NET",
    "News | Tibet | Live",
    "",
    "Live updates: Nyingchi opens its last relocation town",
    "",
    "12 October 2020 · Nyingchi · Reporting by Lhakpa Dolma, Sun Wei and Tashi Phuntsok",
    "",
    "Some 3,100 people from 14 villages moved into the town today, officials said.",
    "",
  ].join("\n");
  const { doc } = extractFrom(live);
  assert.equal(doc.metadata.author, "Lhakpa Dolma; Sun Wei; Tashi Phuntsok");
  assert.equal(doc.metadata.outlet, "Highland News Net");
  const interview = [
    "Steppe Frontier",
    "Magazine | Dialogue | Subscribe",
    "",
    "\"Milk pays the school fees\": a cooperative head on herders' incomes",
    "",
    "Interview by Zhou Qing    2021-09-14    Issue 9, 2021",
    "",
    "Serik Nurlanuly runs a dairy cooperative of 640 households in Tekes County.",
    "",
  ].join("\n");
  const read = extractFrom(interview).doc;
  assert.equal(read.metadata.author, "Zhou Qing");
  assert.equal(read.metadata.publishedDate, "2021-09-14");
});

test("'Author: A   date' after the source names the writer and dates the page", () => {
  const page = [
    "Ili News English",
    "Home | News | Opinion",
    "",
    "Ili county opens 12 new workshops",
    "",
    "Source: Ili News    Author: Gulnar Tursun    2020-07-08 10:26",
    "",
    "Yining county opened 12 new workshops employing 860 people, the county government said.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.author, "Gulnar Tursun");
  assert.equal(doc.metadata.publishedDate, "2020-07-08");
});

test("an office's span of years in an infobox is no day the page came out; the wiki's last edit is", () => {
  const page = [
    "Bolat Amanuly",
    "From Wikipedia, the free encyclopedia",
    "In this Kazakh name, the patronymic is Amanuly and there is no family name.",
    "This biography of a living person needs additional citations for verification. (March 2023)",
    "",
    "Bolat Amanuly",
    "Party Secretary of Jeminay County",
    "In office",
    "April 2014 – May 2019",
    "Personal details",
    "Born\tJune 1966 (age 57)",
    "",
    "Bolat Amanuly (born June 1966) is a Chinese politician who led Jeminay County, a county of about 40,000 people.",
    "",
    "This page was last edited on 14 February 2024, at 09:12 (UTC).",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.publishedDate, "2024-02-14");
  assert.equal(readDateLine("April 2014 – May 2019"), null);
  assert.equal(readDateLine("12 May 2019 - 14 May 2019"), null);
  assert.equal(readDateLine("Published 12 May 2019")?.value, "12 May 2019");
});

test("'Published <day>  |  Season N, Episode N  |  46 min' under an episode's title dates it; it is no other episode in a list", () => {
  const page = [
    "Steppe Economics",
    "Home   Episodes   Team   Donate",
    "",
    "Episodes / Season 2 / Episode 31",
    "",
    "Herders in town: wages after the move",
    "Published 4 March 2022  |  Season 2, Episode 31  |  52 min",
    "Host: Laura Keane   Guest: Nurlan Serikov",
    "",
    "Laura Keane: Nurlan, you surveyed 300 households in 2021.",
    "",
  ].join("\n");
  const { doc } = extractFrom(page);
  assert.equal(doc.metadata.title, "Herders in town: wages after the move");
  assert.equal(doc.metadata.publishedDate, "2022-03-04");
});

test("a listening app's episode page is the show maker's, whom 'Content provided by' names", () => {
  const page = [
    "Podhub - Podcast App",
    "Listen offline with the Podhub app!",
    "",
    "The Far West Hour",
    "",
    "Ranger jobs and herd caps on the Pamir plateau",
    "",
    "Episode 12",
    "38:40",
    "",
    "Content provided by Steppe Sound Media. All podcast content is uploaded and provided directly by Steppe Sound Media.",
    "",
    "About 2,300 herders in Tashkurgan now work as rangers.",
    "",
  ].join("\n");
  assert.equal(extractFrom(page).doc.metadata.outlet, "Steppe Sound Media");
});
