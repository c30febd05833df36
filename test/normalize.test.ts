import { test } from "node:test";
import assert from "node:assert/strict";
import { documentFrom, extractFrom } from "./helpers.ts";
import { parseDate } from "../pipeline/normalize/dates.ts";
import { parseByline, parseDateline } from "../pipeline/normalize/chrome-rules.ts";
import { wordCount } from "../pipeline/normalize/whitespace.ts";
import type { NormalizedDocument } from "../pipeline/normalize/document.ts";

/** The removals as [lineNumber, rule, became, text] rows, easy to compare whole. */
function removalRows(doc: NormalizedDocument): [number, string, string | null, string][] {
  return doc.removals.map((r) => [r.lineNumber, r.rule, r.became, r.text]);
}

function sentenceTexts(doc: NormalizedDocument): string[] {
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}

function paragraphTexts(doc: NormalizedDocument): string[] {
  return doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
}

test("Unicode NFC: a decomposed é (e + U+0301) becomes the single composed code point", () => {
  const doc = documentFrom("A title line for the test\n\nThe cafe\u0301 reopened in the old town square today.\n");
  assert.equal(doc.text, "A title line for the test\n\nThe caf\u00e9 reopened in the old town square today.\n");
  assert.equal(doc.text.includes("\u0301"), false);
  // The composed text is what the offsets count: the body paragraph is 47 units, not 48.
  assert.deepEqual(doc.paragraphs[1], { start: 27, end: 74 });
  assert.equal(paragraphTexts(doc)[1], "The caf\u00e9 reopened in the old town square today.");
});

test("non-breaking, wide and repeated spaces collapse to one; zero-width marks are dropped and line ends trimmed", () => {
  const doc = documentFrom("A title line for the test\n\n\u200B  The\u00A0\u00A0well\tis   deep\u2003and\u3000the water\u202Fis cold.  \n");
  assert.equal(doc.text, "A title line for the test\n\nThe well is deep and the water is cold.\n");
});

test("curly and straight quotation marks are kept exactly as written", () => {
  const doc = documentFrom("A title line for the test\n\nShe said “no” and ‘maybe’ but never \"yes\" to the plan.\n");
  assert.equal(paragraphTexts(doc)[1], "She said “no” and ‘maybe’ but never \"yes\" to the plan.");
});

test("forum chrome: navigation lines and a member-profile block are removed with their rule and line number", () => {
  const doc = documentFrom(
    [
      "Thread about the new road to the upper pastures", // 1
      "", // 2
      "What's new", // 3
      "Joined", // 4
      "Mar 3, 2012", // 5
      "Messages", // 6
      "1,204", // 7
      "The road to the pastures was paved last summer by the county workers.", // 8
      "", // 9
      "Reply", // 10
      "Latest Posts", // 11
      "Top Bottom", // 12
    ].join("\n") + "\n",
  );
  assert.deepEqual(removalRows(doc), [
    [3, "site-navigation", null, "What's new"],
    [4, "member-profile", null, "Joined"],
    [5, "member-profile", "member_join_date", "Mar 3, 2012"],
    [6, "member-profile", null, "Messages"],
    [7, "member-profile", null, "1,204"],
    [10, "site-navigation", null, "Reply"],
    [11, "site-navigation", null, "Latest Posts"],
    [12, "site-navigation", null, "Top Bottom"],
  ]);
  assert.equal(doc.text, "Thread about the new road to the upper pastures\n\nThe road to the pastures was paved last summer by the county workers.\n");
  assert.equal(doc.metadata.kind, "forum_post");
  assert.equal(doc.metadata.kindBasis, "text");
});

test("a member's join date is not the publication date", () => {
  const doc = documentFrom("Thread about the new road to the upper pastures\nNov 4, 2011\nReaction score\n57\nThe road to the pastures was paved last summer by the county workers.\n");
  assert.deepEqual(removalRows(doc), [
    [2, "member-profile", "member_join_date", "Nov 4, 2011"],
    [3, "member-profile", null, "Reaction score"],
    [4, "member-profile", null, "57"],
  ]);
  assert.equal(doc.metadata.publishedBasis, "unknown");
  assert.equal(doc.metadata.publishedDate, null);
  assert.equal(doc.metadata.publishedPrecision, null);
  assert.equal(doc.metadata.publishedAsWritten, null);
});

test("a leading section label, a comment widget and a pagination row are removed with their rule ids", () => {
  const doc = documentFrom(
    [
      "Press Room", // 1
      "", // 2
      "Briefing on the spring sowing season in the river valley", // 3
      "", // 4
      "The sowing began early this year because the snow melted in March.", // 5
      "", // 6
      "Leave a comment", // 7
      "comments powered by Disqus", // 8
      "1 2 3 Next", // 9
      "<  4  5  6  >", // 10
    ].join("\n") + "\n",
  );
  assert.deepEqual(removalRows(doc), [
    [1, "leading-section-label", null, "Press Room"],
    [7, "comment-widget", null, "Leave a comment"],
    [8, "comment-widget", null, "comments powered by Disqus"],
    [9, "pagination", null, "1 2 3 Next"],
    [10, "pagination", null, "< 4 5 6 >"],
  ]);
  assert.equal(doc.metadata.title, "Briefing on the spring sowing season in the river valley");
  assert.equal(doc.text, "Briefing on the spring sowing season in the river valley\n\nThe sowing began early this year because the snow melted in March.\n");
});

test("a repeated title and an edit marker are removed; the first line stays the title", () => {
  const doc = documentFrom("Thread about the new road to the upper pastures\n\nThread about the new road to the upper pastures\n\nThe road was paved last summer.\n\nLast edited:\n");
  assert.deepEqual(removalRows(doc), [
    [3, "repeated-title", null, "Thread about the new road to the upper pastures"],
    [7, "edit-marker", null, "Last edited:"],
  ]);
  assert.equal(doc.text, "Thread about the new road to the upper pastures\n\nThe road was paved last summer.\n");
});

test("labelled metadata lines become section and print headline, not body text", () => {
  const doc = documentFrom(
    [
      "New wells dug in two mountain hamlets this spring",
      "Posted in: Society",
      "Newspaper headline: Water reaches the hamlets",
      "Tags: water, wells",
      "The two hamlets had carried water from the river for decades before the wells.",
    ].join("\n") + "\n",
  );
  assert.equal(doc.metadata.section, "Society");
  assert.equal(doc.metadata.printHeadline, "Water reaches the hamlets");
  assert.deepEqual(removalRows(doc), [
    [2, "labelled-metadata", "section", "Posted in: Society"],
    [3, "labelled-metadata", "print_headline", "Newspaper headline: Water reaches the hamlets"],
    [4, "labelled-metadata", null, "Tags: water, wells"],
  ]);
  assert.equal(doc.text.includes("Society"), false);
  assert.equal(doc.text.includes("Water reaches the hamlets"), false);
  assert.deepEqual(paragraphTexts(doc), [
    "New wells dug in two mountain hamlets this spring",
    "The two hamlets had carried water from the river for decades before the wells.",
  ]);
});

test("a byline with Source and Published labels gives author, outlet and a stated day", () => {
  const doc = documentFrom(
    "New wells dug in two mountain hamlets this spring\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\nThe wells were finished in May.\n",
  );
  assert.deepEqual(removalRows(doc), [[3, "byline", "author", "By Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41"]]);
  const m = doc.metadata;
  assert.equal(m.author, "Zhao Min");
  assert.equal(m.outlet, "Valley Daily");
  assert.equal(m.publishedDate, "2019-01-04");
  assert.equal(m.publishedPrecision, "day");
  assert.equal(m.publishedBasis, "stated");
  assert.equal(m.publishedAsWritten, "2019/1/4 22:43:41");
  assert.equal(m.kind, "news_article");
  assert.equal(doc.text, "New wells dug in two mountain hamlets this spring\n\nThe wells were finished in May.\n");
});

test("parseByline splits the labels, with or without a space after the colon", () => {
  assert.deepEqual(parseByline("By Zhao Min Source:Valley Daily Published: 2019/1/4 22:43:41 Last Updated: 2019/1/5 9:54:28"), {
    author: "Zhao Min",
    outlet: "Valley Daily",
    published: "2019/1/4 22:43:41",
    updated: "2019/1/5 9:54:28",
  });
  assert.deepEqual(parseByline("By Zhao Min and Qian Lu"), { author: "Zhao Min; Qian Lu" });
  assert.equal(parseByline("By the river the herders rested"), null);
});

test("a dateline 'Outlet | December 11, 2019' gives the outlet and the stated day", () => {
  const doc = documentFrom("Briefing on the spring sowing season in the river valley\n\nValley Herald | December 11, 2019\n\nThe sowing began early this year.\n");
  assert.deepEqual(removalRows(doc), [[3, "dateline", "published", "Valley Herald | December 11, 2019"]]);
  assert.equal(doc.metadata.outlet, "Valley Herald");
  assert.equal(doc.metadata.publishedDate, "2019-12-11");
  assert.equal(doc.metadata.publishedPrecision, "day");
  assert.equal(doc.metadata.publishedBasis, "stated");
  assert.equal(doc.metadata.publishedAsWritten, "December 11, 2019");
  assert.deepEqual(parseDateline("December 11, 2019 | Valley Herald"), { outlet: "Valley Herald", published: "December 11, 2019" });
  assert.equal(parseDateline("The sowing began | in the valley after rain"), null);
});

test("an outlet line and a line of epoch milliseconds under the title give outlet and date (UTC day)", () => {
  const doc = documentFrom("Orchard cooperative opens a cold store for apples\nValley Herald\n1550514612000\n\nThe cold store holds the whole harvest.\n");
  assert.deepEqual(removalRows(doc), [
    [2, "outlet-line", "outlet", "Valley Herald"],
    [3, "dateline", "published", "1550514612000"],
  ]);
  assert.equal(doc.metadata.outlet, "Valley Herald");
  assert.equal(doc.metadata.publishedDate, "2019-02-18");
  assert.equal(doc.metadata.publishedPrecision, "day");
  assert.equal(doc.metadata.publishedBasis, "stated");
  assert.equal(doc.metadata.publishedAsWritten, "1550514612000");
});

test("paragraphs and sentences: abbreviations do not split, and every span slices back to its text", () => {
  const doc = documentFrom(
    "Orchard cooperative opens a cold store for apples\n\nMr. Wang and Dr. Chen opened the store. It holds 300 tons! Will it be enough? “Yes.” Then they left.\n\nA second paragraph follows here.\n",
  );
  assert.deepEqual(paragraphTexts(doc), [
    "Orchard cooperative opens a cold store for apples",
    "Mr. Wang and Dr. Chen opened the store. It holds 300 tons! Will it be enough? “Yes.” Then they left.",
    "A second paragraph follows here.",
  ]);
  assert.deepEqual(doc.paragraphs, [
    { start: 0, end: 49 },
    { start: 51, end: 151 },
    { start: 153, end: 185 },
  ]);
  assert.deepEqual(sentenceTexts(doc), [
    "Orchard cooperative opens a cold store for apples",
    "Mr. Wang and Dr. Chen opened the store.",
    "It holds 300 tons!",
    "Will it be enough?",
    "“Yes.”",
    "Then they left.",
    "A second paragraph follows here.",
  ]);
  assert.deepEqual(doc.sentences[1], { start: 51, end: 90 });
  // Paragraphs are joined by one blank line and the text ends with exactly one newline.
  assert.equal(doc.text, paragraphTexts(doc).join("\n\n") + "\n");
  assert.ok(doc.text.endsWith(".\n") && !doc.text.endsWith("\n\n"));
});

test("hard-wrapped lines are joined into one paragraph and a word broken by a hyphen is mended", () => {
  const doc = documentFrom("Orchard cooperative opens a cold store for apples\n\nThe store was built by\nthe cooperative to fight pov-\nerty in the valley.\n\n\n\nIt opened in May.\n");
  assert.deepEqual(paragraphTexts(doc), [
    "Orchard cooperative opens a cold store for apples",
    "The store was built by the cooperative to fight poverty in the valley.",
    "It opened in May.",
  ]);
  assert.equal(doc.text, "Orchard cooperative opens a cold store for apples\n\nThe store was built by the cooperative to fight poverty in the valley.\n\nIt opened in May.\n");
});

test("the title is the first line, and the document id comes from the file name", () => {
  const doc = documentFrom("Orchard cooperative opens a cold store for apples\nThe store opened in May.\n", "Seeds/007_AB cd.txt");
  assert.equal(doc.metadata.title, "Orchard cooperative opens a cold store for apples");
  assert.equal(doc.text, "Orchard cooperative opens a cold store for apples\n\nThe store opened in May.\n");
  assert.equal(doc.documentId, "seeds-007_ab-cd");
  assert.equal(doc.sourceFile, "Seeds/007_AB cd.txt");
});

test("a manifest entry overrides outlet and kind, and its month date beats the stated day", () => {
  const text = "New wells dug in two mountain hamlets this spring\n\nBy Zhao Min Source: Valley Daily Published: 2019/1/4 22:43:41\n\nThe wells were finished in May.\n";
  const doc = documentFrom(text, "doc.txt", { file: "doc.txt", outlet: "Mountain Weekly", kind: "broadcast_report", published: "2019-05" });
  const m = doc.metadata;
  assert.equal(m.outlet, "Mountain Weekly");
  assert.equal(m.author, "Zhao Min");
  assert.equal(m.kind, "broadcast_report");
  assert.equal(m.kindBasis, "manifest");
  assert.equal(m.publishedDate, "2019-05-01");
  assert.equal(m.publishedPrecision, "month");
  assert.equal(m.publishedBasis, "manifest");
  assert.equal(m.publishedAsWritten, "2019-05");

  const year = documentFrom("A title line for the test\n\nThe wells were finished.\n", "doc.txt", { file: "doc.txt", id: "wells-2018", published: "2018" });
  assert.equal(year.documentId, "wells-2018");
  assert.deepEqual([year.metadata.publishedDate, year.metadata.publishedPrecision, year.metadata.publishedBasis], ["2018-01-01", "year", "manifest"]);
  assert.equal(year.metadata.kindBasis, "text");
});

test("parseDate reads the forms pages date themselves with, and nothing else", () => {
  const cases: [string, string, "day" | "month"][] = [
    ["2019/1/4 22:43:41", "2019-01-04", "day"],
    ["2019-01-04", "2019-01-04", "day"],
    ["2019.1.4", "2019-01-04", "day"],
    ["2019-01-04T10:00:00Z", "2019-01-04", "day"],
    ["December 11, 2019", "2019-12-11", "day"],
    ["Dec. 11, 2019", "2019-12-11", "day"],
    ["Sept. 5, 2019", "2019-09-05", "day"],
    ["Sep 5 2019", "2019-09-05", "day"],
    ["11 Dec 2019", "2019-12-11", "day"],
    ["Wednesday, December 11, 2019 10:30 AM", "2019-12-11", "day"],
    ["Dec 11, 2019, 10:30 a.m. CST", "2019-12-11", "day"],
    ["March 2019", "2019-03-01", "month"],
    ["1550514612000", "2019-02-18", "day"],
    ["1550514612", "2019-02-18", "day"],
  ];
  for (const [input, date, precision] of cases) {
    assert.deepEqual(parseDate(input), { date, precision, asWritten: input }, input);
  }
  assert.deepEqual(parseDate("  June 3, 2020  "), { date: "2020-06-03", precision: "day", asWritten: "June 3, 2020" });
  for (const bad of ["2019-02-30", "31 April 2019", "2019", "0000000000", "Monday", "December 11", "11/12/2019", "posted 2019-01-04"]) {
    assert.equal(parseDate(bad), null, bad);
  }
});

test("a line's words are the runs between spaces, however many spaces stand between", () => {
  assert.equal(wordCount(""), 0);
  assert.equal(wordCount("   "), 0);
  assert.equal(wordCount("one"), 1);
  assert.equal(wordCount(" two  words "), 2);
  assert.equal(wordCount("a\tb c"), 2, "only the plain space separates: lines are normalized before they are counted");
});

test("an English page's punctuation read as GBK upstream is put back; a Chinese page's text is left alone", () => {
  const page = "The valley鈥檚 farmers sell online.\n\n鈥淣ow, we sell in two days what took 10 days before,鈥?said one villager.\n";
  const doc = documentFrom(page);
  assert.equal(doc.text, "The valley’s farmers sell online.\n\n“Now, we sell in two days what took 10 days before,” said one villager.\n");
  // 鈥 is a word of its own in Chinese text (a farm tool), where nothing is repaired.
  assert.ok(documentFrom("古代农民用鈥锄地。鈥是一种农具，今天很少见。\n").text.includes("鈥锄"));
  const { x } = extractFrom(page);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["one villager"]);
});

test("a broadcast's subtitles: 』 between letters is an apostrophe, a short line that the next goes on from in lower case is no publisher, and the headline stays a paragraph of its own", () => {
  const page = [
    "Low Poverty Line Makes Millions “Not Poor”",
    "The Valley』s Poverty Alleviation Office",
    "repeatedly said publicly that the valley",
    "has the 2nd largest poor population.",
    "Is the authorities』 line too low?",
    "The office doesn』t say.",
  ].join("\n") + "\n";
  const { doc, x } = extractFrom(page);
  assert.equal(doc.metadata.title, "Low Poverty Line Makes Millions “Not Poor”");
  assert.equal(doc.metadata.outlet, null);
  assert.ok(doc.text.startsWith("Low Poverty Line Makes Millions “Not Poor”\n\nThe Valley’s Poverty Alleviation Office repeatedly said"), doc.text);
  assert.ok(doc.text.includes("the authorities’ line") && doc.text.includes("doesn’t say"));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Valley’s Poverty Alleviation Office"]);
  // 』 in Chinese text is a bracket, left as it is.
  assert.ok(documentFrom("他说：『今年收入翻了一番』。\n").text.includes("』"));
});

test("a line read as two (a date glued before a breadcrumb) and taken out whole is one row of the removals, so the table's key holds", () => {
  const doc = documentFrom(" date 2019-01-15 Home » Nation\n\nHill County lifted 5,000 people out of poverty last year, the county said.\n");
  assert.deepEqual(removalRows(doc), [[1, "dateline", "published", "date 2019-01-15 Home » Nation"]]);
  assert.equal(doc.metadata.publishedDate, "2019-01-15");
});

test("a dozen authors with their affiliations' numbers on the line under an 'Author:' label are the byline", () => {
  const doc = documentFrom([
    "Livelihoods of Relocated Households in Hill Province",
    "",
    "Author:",
    "",
    "Zhang Chenli12,Zhou Zhongyi12,Zhu Changbo12,Chen Quanli12,Feng Qiang12,Zhu Mengyi12,Tang Fangli12,Wu Xiaoping12,Zou Yanli12,Zheng Jiaming12,Yu Tingting1",
    "",
    "Affiliation:",
    "",
    "1. School of Geography, Hill Normal University, Hilltown 550001, China",
    "",
    "Abstract",
    "",
    "This study took three prefectures as the research area.",
  ].join("\n"));
  assert.equal(doc.metadata.author, "Zhang Chenli; Zhou Zhongyi; Zhu Changbo; Chen Quanli; Feng Qiang; Zhu Mengyi; Tang Fangli; Wu Xiaoping; Zou Yanli; Zheng Jiaming; Yu Tingting");
});

test("two apostrophes set for a double quotation mark (''...'') become the mark, so the quotation and its speaker are read", () => {
  const { doc, x } = extractFrom("Herders settle in the valley\n\n''The houses are real, the jobs often are not,'' says Dr Katherine Mayhew, an economist who has studied the programme.\n");
  assert.match(doc.text, /^"The houses are real, the jobs often are not," says Dr Katherine Mayhew/m);
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.end), q.speaker]), [["The houses are real, the jobs often are not", "Katherine Mayhew"]]);
});

test("a quotation in straight single quotes starts a sentence and ends one: '...,' she tells me. 'What ...'", () => {
  const doc = documentFrom("Life after the move\n\nThe community houses about 2,300 families. 'People got a flat,' she tells me. 'What they lost was land.' The interview ended there.\n");
  assert.deepEqual(sentenceTexts(doc).slice(1), ["The community houses about 2,300 families.", "'People got a flat,' she tells me.", "'What they lost was land.'", "The interview ended there."]);
});

test("a comment's vote line under it ('▲ 38  ▼ 4  Reply') is a counter, and its numbers are no claims", () => {
  const { x } = extractFrom(["China says every township now has a paved road", "", "Source: Himalaya Tribune · 3 months ago · 1.8K views", "", "State media reported that all 114 townships now have a paved road.", "", "tenzin_lhokha · 3 months", "My cousins were moved down to a new settlement in 2019, more than 1,000 kilometres from their pastures.", "▲ 38  ▼ 4  Reply", ""].join("\n"));
  assert.deepEqual(x.claims.map((c) => c.value).filter((v) => v === 38 || v === 4), []);
});

test("a board's counters are no claims: 'Posts : 8214' (a space before the colon), 'Replies 23 Views 2K', and a thread's summary 'created Sep '19 last reply Oct '19 4 replies 611 views 4 users 17 likes 2 links'", () => {
  const { x } = extractFrom(["Rural boarding schools", "", "ThereseK", "Sep '19", "", "Our group sponsors two girls at a school of 2,300 students.", "", "Steppe_Falcon", "    Posts : 8214", "    Points : 2264", "", "The county built 12 new dormitories.", "", "created Sep '19 last reply Oct '19 4 replies 611 views 4 users 17 likes 2 links", "", "Similar threads", "Replies 23 Views 2K", ""].join("\n"));
  assert.deepEqual(x.claims.map((c) => c.value), [2, 2300, 12]);
});

test("a wiki mirror's reference cited twice, its back-links set as numbers ('1. 1 2 \"Xiji County overview\". Retrieved 3 February 2016.'), holds no claims", () => {
  const { x } = extractFrom(["Xiji County", "", "The county had 510,000 residents in 2020.[1]", "", "References", "", '  1. 1 2 "Xiji County overview". Retrieved 3 February 2016.', '  2. ↑ "Resettlement in southern Ningxia". March 2, 2021.', '  3. a b "Potato fields and factory floors". August 9, 2018.', ""].join("\n"));
  assert.deepEqual(x.claims.map((c) => c.value), [510000]);
});

test("a transcript's rows of time and words between bars ('1:02.5 | ... |') keep the words, run on from row to row as the sentence goes, and leave the times out", () => {
  const doc = documentFrom(["Valley Voices", "", "Roads to the Tea Villages", "", "Transcript", "", "0:00.0 | Welcome to Valley Voices. |", "0:04.2 | Li Ping, head of the county transport bureau, |", "0:08.9 | told us the county paved 640 kilometres of road. |", ""].join("\n"));
  assert.deepEqual(doc.text.split("\n\n").slice(-2), ["Welcome to Valley Voices.", "Li Ping, head of the county transport bureau, told us the county paved 640 kilometres of road.\n"]);
  assert.ok(doc.removals.some((r) => r.text === "0:04.2"));
});

test("a handle alone on its line ('kite_runner_88') never runs on from the line before, even one that could go on ('Show'), and opens its poster's turn", () => {
  const { doc, x } = extractFrom(["Valley Board", "", "Documentary on a desert town built from scratch", "", "Show", "kite_runner_88", "Junior Member", "Join Date: Jan 2020", "", "#2", "02-26-2021, 11:40 AM", "", "My wife's village has 3 wells now.", ""].join("\n"));
  assert.ok(doc.text.split("\n\n").includes("kite_runner_88"), doc.text);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[3, "kite_runner_88"]]);
});
