// How records removed and added are paired as one record changed (pair-records.ts), what places a
// record, read from each table's schema (record-place.ts), and how a changed value reads (change-text.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { pairByPlace, pairThrough } from "../pipeline/release/pair-records.ts";
import { placeOf, placeRule } from "../pipeline/release/record-place.ts";
import { changeText } from "../pipeline/release/change-text.ts";
import { columnChanges } from "../pipeline/release/column-changes.ts";
import { tableSchemaFor } from "../pipeline/schema/table-schema.ts";
import { TABLE_NAMES } from "../pipeline/schema/tables.ts";

test("each table's place comes from its schema: a document and an offset, another table's record, or none", () => {
  const rules = Object.fromEntries(TABLE_NAMES.map((t) => [t, placeRule(tableSchemaFor(t))]));
  const byOffset = { kind: "fields", document: ["document_id"], bySentence: false };
  assert.deepEqual(rules, {
    documents: null,
    claims: { kind: "fields", document: ["document_id"], bySentence: true },
    observations: { kind: "through", table: "claims" },
    people: byOffset,
    person_roles: byOffset,
    places: byOffset,
    organisations: byOffset,
    mentions: byOffset,
    quotes: byOffset,
    removals: null,
    rejects: null,
  });
});

test("records at one place pair in the order they stand there, then of their keys; the rest stay removed or added", () => {
  type At = [key: string, place: string, order: number];
  const cases: { name: string; removed: At[]; added: At[]; pairs: [string, string][] }[] = [
    { name: "one each at one place", removed: [["a-c-1", "p1", 5]], added: [["a-c-9", "p1", 5]], pairs: [["a-c-1", "a-c-9"]] },
    { name: "different places", removed: [["a-c-1", "p1", 5]], added: [["a-c-9", "p2", 5]], pairs: [] },
    { name: "two removed, one added", removed: [["a-c-2", "p1", 5], ["a-c-1", "p1", 5]], added: [["a-c-9", "p1", 5]], pairs: [["a-c-1", "a-c-9"]] },
    { name: "two each at one offset, by key", removed: [["a-c-2", "p1", 5], ["a-c-1", "p1", 5]], added: [["a-c-9", "p1", 5], ["a-c-8", "p1", 5]], pairs: [["a-c-1", "a-c-8"], ["a-c-2", "a-c-9"]] },
    { name: "two figures of one edited sentence, by where they stand", removed: [["a-c-1", "s", 40], ["a-c-2", "s", 10]], added: [["a-c-8", "s", 44], ["a-c-9", "s", 12]], pairs: [["a-c-1", "a-c-8"], ["a-c-2", "a-c-9"]] },
    { name: "pairs come out by the removed key", removed: [["b", "p2", 0], ["a", "p1", 0]], added: [["y", "p2", 0], ["z", "p1", 0]], pairs: [["a", "z"], ["b", "y"]] },
  ];
  for (const c of cases) {
    const placed = (rows: At[]) => rows.map(([key, place, order]) => ({ key, place, order }));
    assert.deepEqual(pairByPlace(placed(c.removed), placed(c.added)).map((p) => [p.before, p.after]), c.pairs, c.name);
  }
});

test("a claim is placed by where its sentence starts, so an edit before it in the sentence keeps its place", () => {
  const rule = placeRule(tableSchemaFor("claims"))!;
  assert.equal(rule.kind, "fields");
  if (rule.kind !== "fields") return;
  const claim = (sentence: string, span: string) => ({ document_id: "a", sentence, span_text: span, char_start: 100 + Array.from(sentence.slice(0, sentence.indexOf(span))).length });
  const before = placeOf(claim("In 2019, the county lifted 1.5 million people.", "1.5 million people"), rule);
  const after = placeOf(claim("In 2019 the county lifted nearly 1.6 million people.", "nearly 1.6 million people"), rule);
  assert.deepEqual([before.place, after.place], ['["a","sentence",100]', '["a","sentence",100]']);
  assert.deepEqual([before.order, after.order], [127, 126]);
  // Code points, as char_start counts them: a character outside the BMP before the span is one.
  assert.equal(placeOf(claim("😀 1.5 million people.", "1.5 million people"), rule).place, '["a","sentence",100]');
  // A span the sentence does not hold (never published so) falls back to its own offset.
  assert.equal(placeOf({ document_id: "a", sentence: "Other words.", span_text: "12 roads", char_start: 7 }, rule).place, '["a","at",7]');
});

test("a table keyed by another table's key pairs only as that table's records paired", () => {
  const claims = [{ before: "c1", after: "c9" }, { before: "c2", after: "c8" }];
  assert.deepEqual(pairThrough(["c1", "c3"], new Set(["c9", "c7"]), claims), [{ before: "c1", after: "c9" }]);
});

test("the columns that differ, the key left out, a null and an absent value alike", () => {
  const changes = columnChanges({ id: "a", value: 1, note: null }, { id: "b", value: 2 }, ["id", "value", "note"], ["id"]);
  assert.deepEqual(changes, { value: { before: 1, after: 2 } });
});

test("a changed value reads as old → new, text quoted, empty as (empty), long text cut around what differs", () => {
  const long = (figure: string) => `By the end of 2019, more than ${figure} officials and government employees in Xinjiang have paired with 1.69 million local households as relatives.`;
  const cases: [string, unknown, unknown, string][] = [
    ["numbers", 1500000, 1600000, "1500000 → 1600000"],
    ["text", "1.5 million", "1.6 million", '"1.5 million" → "1.6 million"'],
    ["emptied", "Xinjiang", null, '"Xinjiang" → (empty)'],
    ["filled", null, "about", '(empty) → "about"'],
    ["a long sentence", long("1.12 million"), long("1.2 million"), '"…end of 2019, more than 1.12 million officials and government…" → "…end of 2019, more than 1.2 million officials and government…"'],
  ];
  for (const [name, before, after, shown] of cases) assert.equal(changeText({ before: before as never, after: after as never }), shown, name);
});
