// Papers' covers, briefs' boxes and encyclopedias' footers read for their title, writer and outlet, and replies, citations
// and interviews read for whose figures are whose: a title wrapped over a block above its writer, an institute under the
// writer's name, a series number opening on the publisher's initials, a box of figures under "In Numbers", an entry's
// last editor; a share that said something, a speaker past a semicolon, an answer closing a quotation, a body a report
// cites before a colon, a speaker brought in by the occasion, a post in lower case before the name, a Uyghur given name
// written as two joined parts. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOf, extractFrom, headerMetadata } from "./helpers.ts";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";

test("a PDF paper's title wrapped over a block of lines above its writer, the institute under the name; the series under its initials heads no title", () => {
  const { doc } = extractFrom(
    [
      "HIRS Working Paper No. 2021/04",
      "",
      "From Pasture to Village:",
      "Herd Sizes, Wages and Loans after Settlement",
      "in the Ili River Valley",
      "",
      "Nurlan Sadyk",
      "Highland Institute for Rural Studies",
      "May 2021",
      "",
      "Working papers are circulated for discussion and comment. The views",
      "expressed are those of the author and not of the Institute.",
      "",
      "1. Introduction",
      "",
      "Between 2016 and 2019 about 4,200 herding households in the county were",
      "settled in new villages built along the river, most of them within a day's",
      "walk of their old winter pastures. This paper follows 300 of them through",
      "the first three years in the villages, using a panel survey of incomes,",
      "debts and herd sizes taken each autumn, and interviews with officials in",
      "the county and the townships who ran the programme from its first year.",
      "",
    ].join("\n"),
  );
  assert.equal(doc.metadata.title, "From Pasture to Village: Herd Sizes, Wages and Loans after Settlement in the Ili River Valley");
  assert.equal(doc.metadata.author, "Nurlan Sadyk");
  assert.equal(doc.metadata.outlet, "Highland Institute for Rural Studies");
});

test("a writer's name over a university's faculty after a dash is the writer", () => {
  const meta = headerMetadata(
    "Asian Papers Network",
    "Browse   Submit a paper   My library   Sign in",
    "Home › Valley Policy Lab Working Paper Series",
    "Counting the Cadres: Village Work Teams in Southern Xinjiang, 2014–2021",
    "Valley Policy Lab Working Paper No. 22-07",
    "41 Pages   Posted: 3 Mar 2022   Last revised: 20 Mar 2022",
    "Marta Wrona",
    "University of Krakow - Faculty of Asian Studies",
    "Abstract",
    "From 2014 the region sent about 70,000 officials a year to live in villages, and this paper counts where they went.",
  );
  assert.equal(meta.author, "Marta Wrona");
  assert.equal(meta.title, "Counting the Cadres: Village Work Teams in Southern Xinjiang, 2014–2021");
});

test("a brief's box of figures under 'In Numbers' gives no headline; the title over the brief's month does", () => {
  const { doc } = extractFrom(
    [
      "Regional Joint Programme on Dryland Food Security",
      "Home  >  Countries  >  China  >  Briefs",
      "",
      "China (Gansu and Ningxia) Country Brief",
      "April 2020",
      "",
      "[Print]  [Download PDF]  [Share]",
      "",
      "In Numbers",
      "",
      "24,300 people assisted in April 2020",
      "48% women",
      "310 mt of flour and milk powder distributed",
      "US$ 1.6 m net funding requirement (May – October 2020)",
      "",
      "Operational Context",
      "",
      "The partnership works in dry mountain counties where 12 percent of households still lack piped water.",
      "",
    ].join("\n"),
  );
  assert.equal(doc.metadata.title, "China (Gansu and Ningxia) Country Brief");
});

test("an encyclopedia's last editor beside the day of the edit names no outlet", () => {
  const line = readDateLine("Latest update: Hexi Laoma (2022-06-14)");
  assert.equal(line?.value, "2022-06-14");
  assert.equal(line?.outlet, null);
});

test("a share that said something is counted whole, and a speaker past a semicolon speaks for none of the figures before it", () => {
  const text = ["Herders abroad", "", "By Saule Nurova", "", "I spoke with 31 families in Almaty last year. I asked each what the move had changed. I have followed some of them since 2016. About a third said their income had risen; a smaller group, mostly older herders, said they live on transfers now.", ""].join("\n");
  const { doc, x } = extractFrom(text);
  assert.ok(x.claims.some((c) => doc.text.slice(c.start, c.end) === "About a third"));
  assert.equal(creditOf(text, "About a third"), "Saule Nurova");
});

test("an answer closing a quotation reports it, and what its speaker added after", () => {
  const text = ["At the walnut cooperative", "", "\"Most of the people on the line live nearby,\" cooperative head Tursun Ahmat replied, adding that 58 of the 90 workers came from poor families.", ""].join("\n");
  assert.equal(creditOf(text, "90 workers"), "Tursun Ahmat");
});

test("a body a report cites before a colon gives the figures after it", () => {
  const text = ["Report on schooling", "", "The report also cites the Yunnan Provincial Department of Education: the dropout rate in Zhaotong fell to less than 0.6 percent in 2020.", ""].join("\n");
  assert.equal(creditOf(text, "less than 0.6 percent"), "Yunnan Provincial Department of Education");
});

test("a speaker brought in by the occasion, and one whose post is written in lower case before the name, speak for what they said", () => {
  const opened = ["Report released", "", "Speaking at the launch, Ma Xiulan, deputy head of the county office, said the study drew on visits to 37 villages.", ""].join("\n");
  assert.equal(creditOf(opened, "37 villages"), "Ma Xiulan");
  const posted = ["Work team", "", "Team leader Zhou Jianping, an official from the prefecture's water bureau, said the team had dug 14 wells.", ""].join("\n");
  assert.equal(creditOf(posted, "14 wells"), "Zhou Jianping");
});

test("a Uyghur given name written as two joined parts is a name, and 'he said' after a quotation is its bearer's", () => {
  const text = [
    "Roses in the desert",
    "",
    "Hasantursun Niyaz spreads his petals on a tarpaulin in the courtyard.",
    "",
    "\"A kilogram sells for 70 yuan now,\" he said.",
    "",
  ].join("\n");
  const { x } = extractFrom(text);
  assert.ok(x.entities.people.some((p) => p.name === "Hasantursun Niyaz"));
  assert.equal(creditOf(text, "70 yuan"), "Hasantursun Niyaz");
});
