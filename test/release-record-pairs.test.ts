// How records removed and added are paired as one record changed (pair-records.ts), what places a
// record, read from each table's schema (record-place.ts), and how a changed value reads (change-text.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { pairByPlace, pairThrough } from "../pipeline/release/pair-records.ts";
import { placeRule } from "../pipeline/release/record-place.ts";
import { changeText } from "../pipeline/release/change-text.ts";
import { columnChanges } from "../pipeline/release/column-changes.ts";
import { tableSchemaFor } from "../pipeline/publish/table-schema.ts";
import { TABLE_NAMES } from "../pipeline/schema/tables.ts";

test("each table's place comes from its schema: a document and an offset, another table's record, or none", () => {
  const rules = Object.fromEntries(TABLE_NAMES.map((t) => [t, placeRule(tableSchemaFor(t))]));
  const byOffset = { kind: "fields", fields: ["document_id", "char_start"] };
  assert.deepEqual(rules, {
    documents: null,
    claims: byOffset,
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

test("records at one place pair in the order of their keys; the rest stay removed or added", () => {
  const cases: { name: string; removed: [string, string][]; added: [string, string][]; pairs: [string, string][] }[] = [
    { name: "one each at one place", removed: [["a-c-1", "p1"]], added: [["a-c-9", "p1"]], pairs: [["a-c-1", "a-c-9"]] },
    { name: "different places", removed: [["a-c-1", "p1"]], added: [["a-c-9", "p2"]], pairs: [] },
    { name: "two removed, one added", removed: [["a-c-2", "p1"], ["a-c-1", "p1"]], added: [["a-c-9", "p1"]], pairs: [["a-c-1", "a-c-9"]] },
    { name: "two each, given in any order", removed: [["a-c-2", "p1"], ["a-c-1", "p1"]], added: [["a-c-9", "p1"], ["a-c-8", "p1"]], pairs: [["a-c-1", "a-c-8"], ["a-c-2", "a-c-9"]] },
    { name: "pairs come out by the removed key", removed: [["b", "p2"], ["a", "p1"]], added: [["y", "p2"], ["z", "p1"]], pairs: [["a", "z"], ["b", "y"]] },
  ];
  for (const c of cases) {
    const placed = (rows: [string, string][]) => rows.map(([key, place]) => ({ key, place }));
    assert.deepEqual(pairByPlace(placed(c.removed), placed(c.added)).map((p) => [p.before, p.after]), c.pairs, c.name);
  }
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
