// Dates as pages write them, read by chrono-node with the forms it leaves to us; which lines date a
// page and what stands beside the date; bylines. Table-driven: each row is a line of a made-up page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "../pipeline/normalize/find-dates.ts";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";
import { parseByline } from "../pipeline/normalize/bylines.ts";
import { documentFrom } from "./helpers.ts";

test("findDates: every form a page dates itself with, to the precision it gives, and no date without a year", () => {
  const cases: [string, [string, string, string][]][] = [
    ["Outlet, March 9, 2017", [["2017-03-09", "day", "March 9, 2017"]]],
    ["Aug. 3, 2019", [["2019-08-03", "day", "Aug. 3, 2019"]]],
    ["Feb 02 '22", [["2022-02-02", "day", "Feb 02 '22"]]],
    ["r/China Mar 10 '20", [["2020-03-10", "day", "Mar 10 '20"]]],
    ["date 2019-05-06", [["2019-05-06", "day", "2019-05-06"]]],
    ["date 2020-04", [["2020-04-01", "month", "2020-04"]]],
    ["In 2011-12 the fund grew.", []],
    ["Post on 03-Mar-2020", [["2020-03-03", "day", "03-Mar-2020"]]],
    ["Published online by Valley University Press: 12 June 2024", [["2024-06-12", "day", "12 June 2024"]]],
    ["update:May 2,2018", [["2018-05-02", "day", "May 2,2018"]]],
    ["Source: site Published: 2019/07/11 09:15:02", [["2019-07-11", "day", "2019/07/11 09:15:02"]]],
    ["September 2020", [["2020-09-01", "month", "September 2020"]]],
    ["1550514612000", [["2019-02-18", "day", "1550514612000"]]],
    ["Mon 17th February 2020 | 04:15 PM", [["2020-02-17", "day", "Mon 17th February 2020"]]],
    ["3 hours ago", []],
    ["BEIJING, July 14 (Xinhua) --", []],
    ["In 2018, 537,000 people left poverty.", []],
  ];
  for (const [line, expected] of cases) assert.deepEqual(findDates(line).map((d) => [d.date, d.precision, d.asWritten]), expected, line);
});

test("readDateLine: a line that dates the page, with the outlet or author beside the date; other dates are not the page's", () => {
  const cases: [string, [string, string, string | null, string | null] | null][] = [
    ["Outlet Herald, March 9, 2017", ["published", "March 9, 2017", "Outlet Herald", null]],
    ["Valley.comUpdated: May 2, 2018", ["updated", "May 2, 2018", "Valley.com", null]],
    ["update:May 2,2018", ["updated", "May 2,2018", null, null]],
    ["Valley TV | Evening News | 2020-11-24", ["published", "2020-11-24", "Valley TV", null]],
    // The editor and whatever follows the editor's label are the site's bookkeeping.
    ["2021-11-11 17:57:50Valley News Editor : Wu Lan Valley App Download", ["published", "2021-11-11 17:57:50", "Valley News", null]],
    ["06/29/2020Hu Ke |", ["published", "06/29/2020", null, "Hu Ke"]],
    ["22 Feb 2021 · By Leila Haddad", ["published", "22 Feb 2021", null, "Leila Haddad"]],
    ["Feb 02 '22 · 9 min read", ["published", "Feb 02 '22", null, null]],
    ["0 Comment(s)Print E-mail Valley.org.cn, March 28, 2019", ["published", "March 28, 2019", "Valley.org.cn", null]],
    ["Pages 649-673 | Received 21 Sep 2022, Accepted 02 Jun 2023, Published online: 25 Oct 2023", ["published", "25 Oct 2023", null, null]],
    ["Beijing, 23 August 2016", ["published", "23 August 2016", null, null]],
    ["🗓️ 3 March 2020", ["published", "3 March 2020", null, null]],
    // (A weekday before the date is no publisher; a body's long name and the page's print and type-size buttons.)
    ["Sunday :: May 6, 2007", ["published", "May 6, 2007", null, null]],
    ["Valley Bureau of Statistics of Hill Province 2005-05-13 13:58 Print| Large| Medium| Small", ["published", "2005-05-13 13:58", "Valley Bureau of Statistics of Hill Province", null]],
    ["Joined: Mar 3, 2015", null],
    ["u/steppe_rider Feb 02 '22", null],
    ["Photo taken on Oct. 22, 2020", null],
    ["The meeting was held on May 5, 2019 in Urumqi", null],
  ];
  for (const [line, expected] of cases) {
    const read = readDateLine(line);
    assert.deepEqual(read === null ? null : [read.field, read.value, read.outlet, read.author], expected, line);
  }
});

test("parseByline: authors joined by '; ', the outlet and dates beside them, and lines that are no byline", () => {
  const cases: [string, Record<string, string> | null][] = [
    ["By Zhao Min, Qian Lu, Valley Daily", { author: "Zhao Min; Qian Lu", outlet: "Valley Daily" }],
    ["By Zhao Min and Qian Lu", { author: "Zhao Min; Qian Lu" }],
    ["By Li Wei | Xinhua | 2020-01-15", { author: "Li Wei", outlet: "Xinhua", published: "2020-01-15" }],
    ["By Cao Yin in Kashgar, Xinjiang | Valley Daily | Updated: 2020-09-28 09:12", { author: "Cao Yin", outlet: "Valley Daily", updated: "2020-09-28 09:12" }],
    ["By CAI HONG in Beijing and HU DONGMEI in Yinchuan | Valley Daily Global", { author: "Cai Hong; Hu Dongmei", outlet: "Valley Daily Global" }],
    ["By Research Group of the Valley Institute of Rural Economics Source: valley.org Published: 2019/07/11 09:15:02", { author: "Research Group of the Valley Institute of Rural Economics", outlet: "valley.org", published: "2019/07/11 09:15:02" }],
    ["By CGTN's Liu Xin", { author: "Liu Xin", outlet: "CGTN" }],
    ["By John Sudworth for BBC", { author: "John Sudworth", outlet: "BBC" }],
    ["By Wang Hairong | Web Exclusive", { author: "Wang Hairong" }],
    ["By Dr Jane Roe", { author: "Jane Roe" }],
    ["ByZhao Min and Qian Lu June 30, 2020", { author: "Zhao Min; Qian Lu", published: "June 30, 2020" }],
    ["- By JANE ROE and LI WEI in Dingxi, Gansu Contact the writers at roe@valley.example", { author: "Jane Roe; Li Wei" }],
    ["By the end of 2018, more than 1.12 million officials had paired up.", null],
    ["By the river the herders rested", null],
  ];
  for (const [line, expected] of cases) assert.deepEqual(parseByline(line), expected, line);
});

test("'Source:ChinaToday Author:WEI BO' on a date line: the outlet and the author, each label a part of its own, the name in capitals written as a name", () => {
  const m = documentFrom("Fuping leaves poverty behind\n\n2018-08-11 09:20:00 Source:ValleyToday Author:WEI BO\n\nThe county moved 3,000 families.\n").metadata;
  assert.deepEqual([m.publishedDate, m.outlet, m.author], ["2018-08-11", "ValleyToday", "Wei Bo"]);
});

test("dates as pages set them: a bracketed dateline '(, Oct16’20) –', 'The news was updated on ...', 'Original, GPIG, 11-02-2016' (Original is the kind of page, not the outlet)", () => {
  const bracketed = documentFrom("Valley claims an end to poverty\n\n(ValleyReview.net, Oct16’20) – The region said Oct 15 that 628,000 people left poverty.\n").metadata;
  assert.deepEqual([bracketed.publishedDate, bracketed.outlet], ["2020-10-16", "ValleyReview.net"]);
  const sentence = documentFrom("250,000 relocated to new homes\n\nThe news was updated on September 30, 2019.\n\nNearly 250,000 people moved.\n").metadata;
  assert.equal(sentence.publishedDate, "2019-09-30");
  const original = documentFrom("E-commerce changes the valley\n\nBy Zhang Ling\n\nOriginal, GPIG, 11-02-2016\n\nThe county sold 300 tonnes online.\n").metadata;
  assert.deepEqual([original.outlet, original.author], ["GPIG", "Zhang Ling"]);
});

test("a month glued before the headline on the first line ('date 2020-04 Provinces gave billions in aid') dates the page to the month and leaves the headline as the title", () => {
  const doc = documentFrom("date 2020-04 Provinces gave billions in aid to the region\n\nURUMQI (Xinhua): Nineteen provinces gave 18.8 billion yuan.\n");
  assert.deepEqual([doc.metadata.title, doc.metadata.publishedDate, doc.metadata.publishedPrecision], ["Provinces gave billions in aid to the region", "2020-04-01", "month"]);
});

test("an episode's length beside its date ('Mar 15, 2018 • 1h 1min', '• 45 min') is no outlet: the line dates the page", () => {
  for (const line of ["Mar 15, 2018 \u2022 1h 1min", "Mar 15, 2018 \u2022 45 min"]) assert.deepEqual(readDateLine(line), { field: "published", value: "Mar 15, 2018", outlet: null, author: null }, line);
});

test("a bracketed credit near the end, '(Valley Daily January 4, 2002)', gives the paper and the day, even with related stories after it", () => {
  const body = "Herders build winter houses\n\nHerders in the valley built 300 houses this year, local sources said, and the herd grew by 9 percent.\n\nThe county sold 45,000 tons of barley and 12,000 tons of butter in the year, up 7 percent on the year before.\n\nOnly four years ago, Dorje was one of the poorest men in his village, with only seven yaks. \"The government helped us build a house,\" he said.\n\n";
  const doc = documentFrom(`${body}(Valley Daily January 4, 2002)\n\nRelated Stories\n- Valley roads open\n- Yak fair draws crowds\n`);
  assert.deepEqual([doc.metadata.publishedDate, doc.metadata.outlet], ["2002-01-04", "Valley Daily"]);
  // (A bracketed aside of the body is no credit: "(Related to poverty, 2019)" names no publisher.)
  const aside = documentFrom(`${body}(Related to poverty March 3, 2019)\n`);
  assert.deepEqual([aside.metadata.publishedDate, aside.metadata.outlet], [null, null]);
});

test("a caption's 'Name, Place, Place, Month Year' is no date line; 'By:ABCD' credits an outlet by its short name, not a writer", () => {
  assert.equal(readDateLine("Li Yan, Valley Bai Autonomous Prefecture, Yunnan Province, July 2022"), null);
  assert.deepEqual(readDateLine("Zhang San, Kashgar, March 3, 2020"), { field: "published", value: "March 3, 2020", outlet: null, author: "Zhang San" });
  assert.deepEqual(readDateLine("March 19,2021   By:VLTV"), { field: "published", value: "March 19,2021", outlet: "VLTV", author: null });
  assert.deepEqual(readDateLine("March 19,2021 By WEI BO"), { field: "published", value: "March 19,2021", outlet: null, author: "Wei Bo" });
});

test("'By Name, UN volunteer' and 'By Name, Senior Fellow' credit the writer alone; a post is no second writer", () => {
  assert.deepEqual(parseByline("By Liu Sijia, UN volunteer"), { author: "Liu Sijia" });
  assert.deepEqual(parseByline("By Jane Roe, Senior Fellow"), { author: "Jane Roe" });
  assert.deepEqual(parseByline("By Ma Jun, Zhou Li, Valley Daily"), { outlet: "Valley Daily", author: "Ma Jun; Zhou Li" });
});

test("'By (site.com)' credits the site and no writer", () => {
  assert.deepEqual(parseByline("By (valleydaily.com.cn)"), { outlet: "valleydaily.com.cn" });
});

test("'By GEOFFREY ROE, Globe and Mail, Oct 22, 2004': the writer set in capitals, the paper set otherwise, and the day", () => {
  assert.deepEqual(parseByline("By GEOFFREY ROE, Globe and Mail, Oct 22, 2004"), { published: "Oct 22, 2004", outlet: "Globe and Mail", author: "Geoffrey Roe" });
  assert.deepEqual(parseByline("By AYBEK ASKHAR and MAO WEIHUA in Kashgar"), { author: "Aybek Askhar; Mao Weihua" });
});

test("'Updated: 2008-07-08 20:47 HILLTOWN -- The number of ...': a date label and its value run into the story's first line still date the page, and the story keeps its words", () => {
  const doc = documentFrom(["VALLEY> National", "|", "Valley's poor population declines to 15 million", "(Valley News)", "Updated: 2008-07-08 20:47 HILLTOWN -- The number of people under extreme poverty has dropped from 250 million in 1978 to 14.79 million in 2007, according to the statistics.", ""].join("\n"));
  assert.equal(doc.metadata.publishedDate, "2008-07-08");
  assert.equal(doc.metadata.title, "Valley's poor population declines to 15 million");
  assert.ok(doc.text.includes("The number of people under extreme poverty has dropped from 250 million"), doc.text);
});

test("'Zhang Xiaoying & Wang Xiaolin' alone under the title: two writers, an ampersand between them", () => {
  const doc = documentFrom(["Taking Part in Global Poverty Governance: The Valley's Approach", "Zhang Xiaoying & Wang Xiaolin", "The Agenda for Sustainable Development sets the goal to end poverty by 2030. To reach it, a system of global governance is needed, which includes more aid and more trade.", ""].join("\n"));
  assert.equal(doc.metadata.author, "Zhang Xiaoying; Wang Xiaolin");
  assert.equal(doc.metadata.title, "Taking Part in Global Poverty Governance: The Valley's Approach");
});

test("'Human Rights Opinion' over the headline is a section's label, no outlet; 'Hill Review Exclusive' is still the Hill Review", () => {
  const opinion = documentFrom(["22.6 C", "New York", "August 15, 2022", "Human Rights Opinion", "", "Forced Labour on an Industrial Scale Exposed", "", "by Ruth Ingram", "", "The heat in the valley is stifling, and the officials at the table wait in vain for volunteers willing to leave their homes.", ""].join("\n"));
  assert.equal(opinion.metadata.outlet, null);
  assert.equal(opinion.metadata.author, "Ruth Ingram");
  const review = documentFrom(["Hill Review Exclusive", "", "Forced Labour on an Industrial Scale Exposed", "", "The heat in the valley is stifling, and the officials at the table wait in vain for volunteers willing to leave their homes.", ""].join("\n"));
  assert.equal(review.metadata.outlet, "Hill Review");
});

test("an ISO stamp's 'Z' ('2021-03-08T09:41:27.553Z') is its zone, no outlet", () => {
  assert.deepEqual(readDateLine("2021-03-08T09:41:27.553Z"), { field: "published", value: "2021-03-08 T09:41:27.553", outlet: null, author: null });
});

test("a board's caret linking the copied paper ('Pacific Ledger ^ | 03/02/2021 | Colin Mercer') is no part of the outlet's name", () => {
  assert.deepEqual(readDateLine("Valley Ledger ^ | 03/02/2021 | Ann Roe"), { field: "published", value: "03/02/2021", outlet: "Valley Ledger", author: "Ann Roe" });
});

test("a blog's, a board's and a paper's date lines: the writer's credit, the forum, the shelf, the page's age and glued labels beside the day", () => {
  const cases: [string, [string, string, string | null, string | null]][] = [
    ["Written by Ann Roe on Tuesday, March 3rd, 2015 at 2:10 pm", ["published", "Tuesday, March 3rd, 2015 at 2:10 pm", null, "Ann Roe"]],
    ["By Kai Lund, May 4, 2020 in Local News", ["published", "May 4, 2020", null, "Kai Lund"]],
    ["Posted on June 2, 2022  |  Category: Economy  |  Translated from Chinese", ["published", "June 2, 2022", null, null]],
    ["March 2, 2018 09:10 AM Age: 8 years", ["published", "March 2, 2018 09:10 AM", null, null]],
    ["2021-05-03source:Valley Net", ["published", "2021-05-03", "Valley Net", null]],
    ["2021-05-03byAnnRoe", ["published", "2021-05-03", null, "Ann Roe"]],
    ["2019-06-14  Download  Print  Comment", ["published", "2019-06-14", null, null]],
    ["By News Desk  |  March 6, 2020  |  0 Comments", ["published", "March 6, 2020", null, "News Desk"]],
  ];
  for (const [line, [field, value, outlet, author]] of cases) assert.deepEqual(readDateLine(line), { field, value, outlet, author }, line);
});

test("'By Marion Hale, April 22, 2021 in Current Events' under a board's thread: its starter and the day, the forum no outlet", () => {
  assert.deepEqual(parseByline("By Marion Hale, April 22, 2021 in Current Events"), { published: "April 22, 2021", author: "Marion Hale" });
  assert.deepEqual(parseByline("By News Desk  |  March 6, 2020  |  0 Comments"), { published: "March 6, 2020", author: "News Desk" });
});

test("'Date: 2021-09-14 10:32  Font size: [L] [M] [S]' names no outlet; 'Mar 9 (Kyodo) - ...' credits the wire, whatever case it writes its name in", () => {
  assert.deepEqual(readDateLine("Date: 2021-09-14 10:32      Font size: [L] [M] [S]"), { field: "published", value: "2021-09-14 10:32", outlet: null, author: null });
  const doc = documentFrom(["Valley news", "", "Apparel makers step up audits of cotton suppliers", "", "Mar 9 (Kyodo) - Nine clothing firms have begun on-site audits of spinning mills after a rights group alleged that 4,300 workers were moved.", ""].join("\n"));
  assert.equal(doc.metadata.outlet, "Kyodo");
});

test("'April 11, 2023 Clearwell Foundation Season 2 Episode 4' under an episode's title dates it and names its publisher; the episode's place in its show is no part of either", () => {
  const doc = documentFrom(["Water Matters Podcast", "", "Piped Water on the Plateau | S02E04", "", "April 11, 2023 Clearwell Foundation Season 2 Episode 4", "", "The county piped water to 3,400 herding households.", ""].join("\n"));
  assert.deepEqual([doc.metadata.publishedDate, doc.metadata.outlet], ["2023-04-11", "Clearwell Foundation"]);
});

test("readDateLine: 'Date of Release' and 'Original Date of Release' label a day, with or without a closing full stop; a count closed so is no date line", () => {
  assert.deepEqual(readDateLine("Original Date of Release: March 9, 2021."), { field: "published", value: "March 9, 2021", outlet: null, author: null });
  assert.deepEqual(readDateLine("Date of Release: March 9, 2021"), { field: "published", value: "March 9, 2021", outlet: null, author: null });
  assert.deepEqual(readDateLine("Published: March 9, 2021."), { field: "published", value: "March 9, 2021", outlet: null, author: null });
  assert.equal(readDateLine("Population: 12,400 in 2021."), null);
});
