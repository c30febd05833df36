import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import { tableCsvChunks } from "../pipeline/format/csv.ts";
import { chunkedText, digestOf, textOf } from "../pipeline/format/file-content.ts";
import { JSON_ARRAY, stableJson, stableJsonArrayItem, stableJsonItems, stableJsonRowChunks } from "../pipeline/format/stable-json.ts";
import { columnsOf, TABLE_NAMES } from "../pipeline/schema/tables.ts";
import { smallDataset } from "./fixtures/small-dataset.ts";

// Rows with what makes CSV and JSON hard: quotes, commas, line breaks in cells, a lone CR, U+2028, accents, emoji, nulls.
const HARD = smallDataset().tables.claims.flatMap((row, k) => [
  row,
  { ...row, claim_id: `${row.claim_id}-x${k}`, sentence: 'He said "no",\nthen left.\r Ü 👍 \u2028 end', span_text: "=1+1", qualifier: null },
]);

test("a table's CSV in chunks of any size joins into the text one csv-stringify call gives", () => {
  const whole = stringify(HARD, { columns: columnsOf("claims"), header: true, bom: false, record_delimiter: "\n", quote_record_delimiter: true, escape_formulas: false, cast: { number: String, boolean: (v) => (v ? "true" : "false") } });
  assert.match(whole, /"He said ""no"",\nthen left\.\r/);
  for (const size of [1, 2, 3, 1000]) {
    const chunks = [...tableCsvChunks("claims", HARD, size)];
    assert.equal(chunks.length, Math.max(1, Math.ceil(HARD.length / size)), `chunks of ${size}`);
    assert.equal(chunks.join(""), whole, `chunks of ${size}`);
  }
  assert.deepEqual([...tableCsvChunks("rejects", [], 2)], [`${columnsOf("rejects").join(",")}\n`], "an empty table is its header");
});

test("a table's JSON in chunks of any size joins into stableJson of the whole array", () => {
  for (const size of [1, 2, 3, 1000]) assert.equal([...stableJsonRowChunks(HARD, size)].join(""), stableJson(HARD), `chunks of ${size}`);
  assert.equal([...stableJsonRowChunks([], 5)].join(""), stableJson([]));
  assert.equal([...stableJsonRowChunks([], 5)].join(""), "[]\n");
  const dataset = smallDataset();
  for (const table of TABLE_NAMES) assert.equal([...stableJsonRowChunks(dataset.tables[table], 1)].join(""), stableJson(dataset.tables[table]), table);
});

test("a run's JSON items are each row as stableJson indents it, and runs joined by the separator make the whole array", () => {
  const items = stableJsonItems(HARD);
  assert.equal(items, HARD.map(stableJsonArrayItem).join(JSON_ARRAY.between));
  assert.equal(`${JSON_ARRAY.open}${items}${JSON_ARRAY.close}`, stableJson(HARD));
  const cut = 3;
  assert.equal(`${JSON_ARRAY.open}${stableJsonItems(HARD.slice(0, cut))}${JSON_ARRAY.between}${stableJsonItems(HARD.slice(cut))}${JSON_ARRAY.close}`, stableJson(HARD));
  assert.match(items, /^  \{\n    "claim_id": /);
  assert.equal(stableJsonItems([]), "");
});

test("the digest of chunked text is its UTF-8 bytes' sha256 and length, and is made once", () => {
  let renders = 0;
  const content = chunkedText(function* () {
    renders++;
    yield "Ü,";
    yield "👍\n";
  });
  const bytes = Buffer.from("Ü,👍\n", "utf8");
  assert.deepEqual(digestOf(content), { sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length });
  assert.equal(bytes.length, 8);
  digestOf(content);
  assert.equal(renders, 1, "the second digest is remembered, not rendered again");
  assert.equal(textOf(content), "Ü,👍\n");
  assert.equal(textOf(new Uint8Array([1, 2])), null);
});

test("stableJson refuses a number JSON cannot carry, at any depth, and names its key", () => {
  assert.throws(() => stableJson({ claim_id: "a", value: Number.NaN }), /finite number at key "value", got NaN/);
  assert.throws(() => stableJson({ resources: [{ rows: [1, Number.POSITIVE_INFINITY] }] }), /finite number at key "1", got Infinity/);
  assert.equal(stableJson({ value: -0.5, list: [1, null, "x"] }), '{\n  "value": -0.5,\n  "list": [\n    1,\n    null,\n    "x"\n  ]\n}\n');
});
