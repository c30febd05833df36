// A report's cover read for its title, maker and date: a title quoting its witnesses over its subtitle, a title over a
// subtitle that opens as subtitles do, the maker and year in brackets under the title, a document site's upload titled
// by the paper, its maker and its month. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { documentFrom } from "./helpers.ts";
import { makerAfterDash, withoutSiteName } from "../pipeline/normalize/page-credits.ts";

const page = (...lines: string[]) => `${lines.join("\n")}\n`;

const BODY = [
  "",
  "The northern counties have sent workers to the coast since the 1990s. A survey of 420 households in three townships found that 61 percent had at least one member working outside the province in 2011.",
  "",
  "Wages for these workers rose by about 12 percent a year between 2008 and 2011, according to the county labour bureau. Most returned home for fewer than 30 days a year.",
  "",
  "Women made up roughly 38 percent of the migrants surveyed. Among those over 45, the share fell to 19 percent, and most of them worked in construction.",
];

function metadataOf(...lines: string[]) {
  const m = documentFrom(page(...lines, ...BODY)).metadata;
  return { title: m.title, outlet: m.outlet, author: m.author, published: m.publishedDate, precision: m.publishedPrecision };
}

test("a title that is a quotation, over its subtitle in title case, is one title with a colon between", () => {
  assert.deepEqual(metadataOf('"We Were Told to Leave the Pasture"', "Herder Resettlement and Livelihood Loss in Golog, Qinghai", "", "Highland Rights Watch", "", "October 2019", "", "Contents", "", "Introduction 3", "", "1. Scale of Outflows 4"), {
    title: '"We Were Told to Leave the Pasture": Herder Resettlement and Livelihood Loss in Golog, Qinghai',
    outlet: "Highland Rights Watch",
    author: null,
    published: "2019-10-01",
    precision: "month",
  });
  // (A standfirst in sentence case under a quoted headline stays apart from it.)
  const news = metadataOf('"We have no choice"', "Villagers in the hills say the move came with a deadline and little else", "", "By Anna Berg", "", "May 2, 2019");
  assert.equal(news.title, "We have no choice");
});

test("a title over a subtitle that opens as subtitles do ('Evidence from ...') is one title, not the subtitle alone", () => {
  const m = metadataOf("Grassland Households after Resettlement", "Evidence from Two Counties in Qinghai", "", "Tenzin Norbu and Sarah Keller", "", "June 2018");
  assert.equal(m.title, "Grassland Households after Resettlement: Evidence from Two Counties in Qinghai");
  assert.equal(m.author, "Tenzin Norbu; Sarah Keller");
  assert.equal(m.published, "2018-06-01");
  // (The body whose paper series it is, named over the series under the writers, is the publisher.)
  assert.equal(metadataOf("Grassland Households after Resettlement", "", "Tenzin Norbu and Sarah Keller", "Highland Policy Institute", "Working Paper No. 14", "June 2018").outlet, "Highland Policy Institute");
});

test("'(Maker, 2006)' right under a report's title gives its maker and year; a person's name or a place in brackets does not", () => {
  assert.deepEqual(metadataOf("Township Targeting for the Food Assistance Project in Bijie", "(Rural Food Security Unit, 2006)", "", "Background"), {
    title: "Township Targeting for the Food Assistance Project in Bijie",
    outlet: "Rural Food Security Unit",
    author: null,
    published: "2006-01-01",
    precision: "year",
  });
  assert.equal(metadataOf("Township Targeting for the Food Assistance Project in Bijie", "(Anna Berg, 2006)", "", "Background").outlet, null);
  assert.equal(metadataOf("Township Targeting for the Food Assistance Project in Bijie", "(Guizhou Province, 2006)", "", "Background").outlet, null);
});

test("'Title - The Office of ..., August 2022' gives the title alone, the maker as outlet and the month", () => {
  const title = "Rural Revitalization in the Southern Valleys - The Information Office of the People's Government of Hill Province, August 2022";
  assert.deepEqual(makerAfterDash(title), { name: "The Information Office of the People's Government of Hill Province", date: "August 2022", index: 44 });
  assert.equal(withoutSiteName(title), "Rural Revitalization in the Southern Valleys");
  // (A dash before a person's name and a year names no maker; nor does a short title.)
  assert.equal(makerAfterDash("Rural Revitalization in the Southern Valleys - Anna Berg, 2022"), null);
  assert.equal(makerAfterDash("Valley Notes - Rural Policy Institute, 2022"), null);
  const m = metadataOf("Documents", "", title, "", "By admin");
  assert.deepEqual([m.title, m.outlet, m.published, m.precision], ["Rural Revitalization in the Southern Valleys", "The Information Office of the People's Government of Hill Province", "2022-08-01", "month"]);
});
