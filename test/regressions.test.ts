// One test per bug found, named after it, fed the input that showed it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { article, documentFrom, extractFrom } from "./helpers.ts";

test("'Name, role, said the team would stay' credits Name, not the clause after 'said'", () => {
  const { x } = extractFrom(article("Li Fang, director of the women association of Xinjiang, said the team would stay until spring."));
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["reported_speech", "Li Fang"]]);
  const { doc, x: y } = extractFrom(article("Li Fang, director of the office, said the team had paired with 34 households."));
  assert.equal(doc.text.includes("34 households"), true);
  assert.deepEqual(y.claims.map((c) => [c.value, c.attributionKind, c.attributedTo]), [[34, "speech", "Li Fang"]]);
});

test("a short headline above its byline stays the title", () => {
  const doc = documentFrom("Harvest festival begins\nBy Zhao Min Source: Daily Valley Published: 2019/1/4 22:43:41\nThe festival opened on Friday with music and a market in the square.\n");
  assert.equal(doc.metadata.title, "Harvest festival begins");
  assert.deepEqual([doc.metadata.author, doc.metadata.outlet, doc.metadata.publishedDate], ["Zhao Min", "Daily Valley", "2019-01-04"]);
  assert.deepEqual(doc.removals.map((r) => [r.lineNumber, r.rule]), [[2, "byline"]]);
});

test("'Joined: Mar 3, 2012' on one line is a member's join date, removed, and not the publication date", () => {
  for (const line of ["Joined: Mar 3, 2012", "Joined Mar 3, 2012"]) {
    const doc = documentFrom(`Forum thread about the new village roads\n${line}\nMessages: 1,204\nThe roads in the village were repaired last year by the workers.\n`);
    assert.deepEqual(doc.removals.map((r) => [r.lineNumber, r.rule, r.became]), [[2, "member-profile", "member_join_date"], [3, "member-profile", null]]);
    assert.equal(doc.metadata.publishedDate, null);
    assert.equal(doc.text.includes("2012"), false);
  }
});

test("a time word opening a sentence is not part of a place name", () => {
  const { x } = extractFrom(article("Yesterday Awati county held a fair."));
  assert.deepEqual(x.entities.places.map((p) => [p.name, p.level]), [["Awati", "county"]]);
});

test("'p.m.' inside a sentence does not end it", () => {
  const doc = documentFrom("Title line here\n\nDr. Chen met Gov. Li in St. Louis at 5 p.m. Sunday. They spoke for an hour.\n");
  assert.deepEqual(doc.sentences.map((s) => doc.text.slice(s.start, s.end)), [
    "Title line here",
    "Dr. Chen met Gov. Li in St. Louis at 5 p.m. Sunday.",
    "They spoke for an hour.",
  ]);
});

test("a person named after 'said' is a person, with the role that follows", () => {
  const { x } = extractFrom(article("\"The road is finally open to the whole county,\" said Wu Qing, a driver in the town."));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Wu Qing", "driver in the town"]]);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["quotation", "Wu Qing"]]);
});
