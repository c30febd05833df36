import { test } from "node:test";
import assert from "node:assert/strict";
import { tableCsv } from "../pipeline/format/csv.ts";
import { columnsOf } from "../pipeline/schema/tables.ts";
import { smallDataset } from "./fixtures/small-dataset.ts";

test("a tiny table is written byte for byte: header, LF, quotes only where needed, null as empty", () => {
  const csv = tableCsv("removals", [
    { document_id: "001_a", line_number: 2, rule: "byline", became: "author", text: 'By Li, "staff"' },
    { document_id: "001_a", line_number: 7, rule: "comment-widget", became: null, text: "Comments\nÜber alles" },
    { document_id: "001_a", line_number: 9, rule: "pagination", became: null, text: "=1+1\rnext" },
  ]);
  assert.equal(
    csv,
    "document_id,line_number,rule,became,text\n" +
      '001_a,2,byline,author,"By Li, ""staff"""\n' +
      '001_a,7,comment-widget,,"Comments\nÜber alles"\n' +
      '001_a,9,pagination,,"=1+1\rnext"\n',
  );
});

test("an empty table is its header line alone, with no byte order mark", () => {
  const csv = tableCsv("quotes", []);
  assert.equal(csv, `${columnsOf("quotes").join(",")}\n`);
  assert.notEqual(csv.charCodeAt(0), 0xfeff);
});

test("numbers are written as String(n): 1120000 and 0.5, no exponent, no locale separators", () => {
  const csv = tableCsv("claims", smallDataset().tables.claims);
  assert.ok(csv.includes(",1120000,1.12 million,"), "1.12 million is 1120000");
  assert.ok(csv.includes(",0.5,0.5,"), "a fraction keeps its leading zero");
  assert.ok(csv.includes(",54,86,more than 1.12 million officials\n"), "offsets are plain integers");
});

test("columns follow the schema, whatever the key order of the row object", () => {
  const csv = tableCsv("removals", [
    { text: "x", became: null, rule: "byline", line_number: 1, document_id: "001_a" },
  ]);
  assert.equal(csv, "document_id,line_number,rule,became,text\n001_a,1,byline,,x\n");
});

test("a non-finite number is refused rather than written as text", () => {
  const [row] = smallDataset().tables.claims;
  assert.ok(row);
  assert.throws(() => tableCsv("claims", [{ ...row, value: Number.NaN }]), /expected a finite number/);
});
