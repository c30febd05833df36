// Chrome of the forms met beyond the seeds: spam-wrapped news pages, social-media threads and text
// pulled out of PDFs. Each input is short and invented, in the form such pages take.
import { test } from "node:test";
import assert from "node:assert/strict";
import { documentFrom } from "./helpers.ts";

const rules = (text: string) => documentFrom(text).removals.map((r) => [r.lineNumber, r.rule]);

test("a spam-wrapped page: cookie notice, menu bar, clickbait, link lists, share bar and copyright go", () => {
  const doc = documentFrom(
    [
      "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.", // 1
      "Home | News | China | World | Video", // 2
      ">> Click here to win a FREE phone! <<", // 3
      "Top 10 Foods That Burn Belly Fat", // 4
      "Valley families move to new flats", // 5
      "Source: Valley Daily | Published: 2020-11-23 16:40 | Editor: Wu Lan", // 6
      "More than 3,000 families moved into the new town this year.", // 7
      "Related articles", // 8
      "- Hill county shakes off poverty", // 9
      "- 10 things about tea", // 10
      "Share on Facebook | Share on Twitter | Print", // 11
      "Copyright (c) 2020 All rights reserved. Hotline: 400-820-5566", // 12
    ].join("\n") + "\n",
  );
  assert.deepEqual(doc.removals.map((r) => [r.lineNumber, r.rule]), [
    [1, "cookie-notice"], [2, "site-navigation"], [3, "advertising"], [4, "advertising"], [6, "labelled-metadata"],
    [8, "site-navigation"], [9, "link-list"], [10, "link-list"], [11, "site-navigation"], [12, "copyright"],
  ]);
  assert.equal(doc.text, "Valley families move to new flats\n\nMore than 3,000 families moved into the new town this year.\n");
  assert.deepEqual([doc.metadata.outlet, doc.metadata.publishedDate], ["Valley Daily", "2020-11-23"]);
});

test("a social-media thread: engagement counts under posts go", () => {
  assert.deepEqual(rules("Thread\n\nA post that says 28,000 workers moved in 2019, up from 20,000.\n482 Retweets 61 Quote Tweets 1.2K Likes\n156 Retweets 610 Likes\n"), [
    [4, "engagement-counts"],
    [5, "engagement-counts"],
  ]);
});

test("text from a PDF: running header with its page number, separator, footnotes and their continuations go", () => {
  const doc = documentFrom(
    [
      "Labour Transfer in the South", // 1
      "The plan set out to transfer 100,000 people into factory work within three years.15", // 2
      "12   Labour Transfer in the South", // 3
      "__________", // 4
      "15 Kashgar Prefecture, \"Three-Year Plan for the Transfer", // 5
      "(2018-2020)\", issued March 2018.", // 6
      "16 Hotan Prefecture, 2019 Work Plan, p. 4.", // 7
      "                                                   13", // 8
    ].join("\n") + "\n",
  );
  assert.deepEqual(doc.removals.map((r) => [r.lineNumber, r.rule]), [
    [3, "page-header-footer"], [4, "page-separator"], [5, "footnote"], [6, "footnote"], [7, "footnote"], [8, "page-header-footer"],
  ]);
});

test("a speaker's turn labelled 'Reporter:' is body text, not metadata", () => {
  const doc = documentFrom("Broadcast title line\n\nReporter: Weining is in the northwest of the province, and the land is poor.\n");
  assert.deepEqual(doc.removals, []);
  assert.match(doc.text, /Reporter: Weining/);
});

test("a dateline of three parts gives the outlet and the date", () => {
  const doc = documentFrom("Valley TV | Evening News | 2020-11-24\nNine counties leave the poverty list\n\nAll nine counties left the list on Monday, the provincial government said.\n");
  assert.deepEqual([doc.metadata.outlet, doc.metadata.publishedDate, doc.metadata.title], ["Valley TV", "2020-11-24", "Nine counties leave the poverty list"]);
});

test("a report's apparatus goes: contents entries with leader dots, a running head counting pages and notes citing pages; its references stay, for the sources they name", () => {
  const doc = documentFrom(
    [
      "Moving the herders: notes from Tongde", // 1
      "", // 2
      "The county moved 3,400 herders into twelve settlements in 2019, the county office said.", // 3
      "", // 4
      "Contents", // 5
      "Chapter 1 Introduction ...... 1", // 6
      "Chapter 2 Settlement Policy . . . . . 31", // 7
      "Summary ...... 2 1 . Quotas and Targets ...... 3 2 . Wages ...... 6", // 8
      "SPRING 2018 FIELD REPORT: TONGDE SETTLEMENT Page 5 of 36", // 9
      "Of the 64 families we met, 40 had taken work in the county town.", // 10
      "3 Tongde County Statistics Bureau, 2017 yearbook, p. 41.", // 11
      "4 Hainan Prefecture Agriculture Bureau, interview, October 2017.", // 12
      "Related reading", // 13
      "7. ^ Harlow, Ann (2021). \"Settling the steppe\". Journal of Pastoral Studies. 62: 113–129.", // 14
      "8. ↑ Pike, Tom (2020). \"Wool and wages\". Policy Brief 37.", // 15
      "2. \"Tongde moves 3,400 herders in one year\". Qinghai Daily. 2020-01-14.", // 16
      "Contents By Dr. Helena Marsh Summary ...... 2 Quotas ...... 3", // 17
    ].join("\n") + "\n",
  );
  assert.deepEqual(doc.removals.filter((r) => r.lineNumber > 3).map((r) => [r.lineNumber, r.rule]), [
    [6, "link-list"], [7, "link-list"], [8, "link-list"], [9, "pagination"], [11, "footnote"], [12, "footnote"],
  ]);
  assert.match(doc.text, /Policy Brief 37\.\n/);
  // A contents page run into its byline stays, for the writers it names.
  assert.match(doc.text, /Contents By Dr\. Helena Marsh/);
  assert.match(doc.text, /Of the 64 families we met/);
});
