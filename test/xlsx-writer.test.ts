// The workbook's own writer (publish/xlsx/): text as SpreadsheetML holds it, a record's row the same
// wherever it stands, day serials, and a package whose parts a spreadsheet needs are all there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { inflateSync, strFromU8, unzipSync } from "fflate";
import { cellXmlText, markupText, xmlAttribute, xmlText } from "../pipeline/format/xml-text.ts";
import { CELL_LIMIT, daySerial, rowXml, rowsXml, SHEET_END, sheetStart } from "../pipeline/format/sheet-xml.ts";
import { decodeSheetFragment, encodeSheetFragment } from "../pipeline/format/sheet-fragment.ts";
import { crc32Combine, crc32Of } from "../pipeline/format/crc32.ts";
import { workbookBytes } from "../pipeline/publish/workbook.ts";
import { smallDataset } from "./fixtures/small-dataset.ts";

test("text escapes markup and leaves out what XML cannot hold; attributes escape quotes too", () => {
  assert.equal(xmlText(`a<b>&"c"`), `a&lt;b&gt;&amp;"c"`);
  assert.equal(xmlAttribute(`a<b>&"c"`), `a&lt;b&gt;&amp;&quot;c&quot;`);
  assert.equal(xmlText("bell\u0007 tab\t line\n vt\u000b nul\u0000 end"), "bell tab\t line\n vt nul end");
  assert.equal(xmlText("lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00, \uFFFE\uFFFF"), "lone  high, lone  low, pair \uD83D\uDE00, ");
});

test("a cell keeps what XML cannot hold as the spreadsheet escape _xHHHH_, and an escape-like text keeps its underscore", () => {
  assert.equal(cellXmlText("bell\u0007 tab\t line\n nul\u0000 esc\u001b[31m"), "bell_x0007_ tab\t line\n nul_x0000_ esc_x001B_[31m");
  assert.equal(cellXmlText("\uFFFE\uFFFF <&>"), "_xFFFE__xFFFF_ &lt;&amp;&gt;");
  assert.equal(cellXmlText("code _x0041_ and _x00zz_ and x_"), "code _x005F_x0041_ and _x00zz_ and x_");
  // The CSV's UTF-8 holds U+FFFD where the text had an unpaired surrogate; the cell holds the same.
  assert.equal(cellXmlText("lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00"), "lone \uFFFD high, lone \uFFFD low, pair \uD83D\uDE00");
  assert.equal(rowXml([{ name: "t", type: "string" }], { t: "\u0007" }), '<row><c t="inlineStr"><is><t>_x0007_</t></is></c></row>');
});

test("day serials count from 1899-12-30, as spreadsheets do; anything but an ISO day is not a date", () => {
  assert.equal(daySerial("2018-12-31"), 43465);
  assert.equal(daySerial("1900-03-01"), 61);
  assert.equal(daySerial("2020-02-29"), 43890);
  for (const text of ["2018-12", "2018", "31/12/2018", " 2018-12-31", ""]) assert.equal(daySerial(text), null, text);
});

test("a row: empty values hold their place, numbers and booleans keep their type, dates are styled serials, text is inline", () => {
  const columns = [
    { name: "id", type: "string" },
    { name: "missing", type: "string" },
    { name: "value", type: "number" },
    { name: "when", type: "date" },
    { name: "flag", type: "boolean" },
    { name: "text", type: "string" },
  ];
  const row = { id: "001", missing: null, value: 1.5, when: "2018-12-31", flag: true, text: " =1+1 " };
  assert.equal(rowXml(columns, row), '<row><c t="inlineStr"><is><t>001</t></is></c><c/><c><v>1.5</v></c><c s="2"><v>43465</v></c><c t="b"><v>1</v></c><c t="inlineStr"><is><t xml:space="preserve"> =1+1 </t></is></c></row>');
  // The same record gives the same XML wherever it stands, so nothing in it names its position.
  assert.doesNotMatch(rowXml(columns, row), /\br="/);
  const long = rowXml([{ name: "text", type: "string" }], { text: "x".repeat(CELL_LIMIT + 10) });
  assert.match(long, /\[cut at Excel's cell limit; the CSV and JSON hold it whole\]<\/t>/);
  assert.equal(/<t>([^<]*)<\/t>/.exec(long)![1]!.length, CELL_LIMIT);
});

test("a sheet comes in pieces whose join is one worksheet: a frozen bold header, then a row per record", () => {
  const columns = [{ name: "n", type: "number" }, { name: "note", type: "string" }];
  const rows = Array.from({ length: 5000 }, (_, k) => ({ n: k, note: `row ${k} ${"y".repeat(80)}` }));
  const pieces = [...rowsXml(columns, rows)];
  assert.ok(pieces.length > 1, "a long sheet is not one string");
  const xml = sheetStart(columns) + pieces.join("") + SHEET_END;
  assert.match(xml, /<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
  assert.match(xml, /<sheetData><row><c t="inlineStr" s="1"><is><t>n<\/t><\/is><\/c><c t="inlineStr" s="1"><is><t>note<\/t>/);
  assert.equal(xml.match(/<row>/g)!.length, 5001);
  assert.ok(xml.endsWith("</row></sheetData></worksheet>"));
});

test("fragments deflated apart join into one stream that inflates to their XML, and their CRCs into its CRC", () => {
  const texts = ["<a>first \u00e9 fragment</a>", "", "x".repeat(100_000), "<b>last</b>"];
  const fragments = texts.map((t) => decodeSheetFragment(encodeSheetFragment(t === "" ? [] : [t.slice(0, 7), t.slice(7)])));
  const joined = Buffer.concat([...fragments.map((f) => f.deflated), Buffer.from([0x03, 0x00])]);
  const whole = Buffer.from(texts.join(""), "utf8");
  assert.ok(Buffer.from(inflateSync(joined)).equals(whole));
  assert.deepEqual(fragments.map((f) => f.length), texts.map((t) => Buffer.byteLength(t)));
  assert.equal(fragments.reduce((crc, f) => crc32Combine(crc, f.crc, f.length), 0), crc32Of(whole));
});

test("the workbook holds every part a spreadsheet needs, a sheet per table and the dictionary, dated 1980 and never by the clock", async () => {
  const parts = unzipSync(await workbookBytes(smallDataset()));
  const names = Object.keys(parts);
  assert.deepEqual(names.slice(0, 7), ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);
  const sheets = names.filter((n) => n.startsWith("xl/worksheets/"));
  assert.equal(sheets.length, 12);
  const workbook = strFromU8(parts["xl/workbook.xml"]!);
  assert.deepEqual([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]), ["documents", "claims", "observations", "people", "person_roles", "places", "organisations", "mentions", "quotes", "removals", "rejects", "data_dictionary"]);
  const types = strFromU8(parts["[Content_Types].xml"]!);
  for (const sheet of sheets) assert.ok(types.includes(`PartName="/${sheet}"`), sheet);
  const core = strFromU8(parts["docProps/core.xml"]!);
  assert.match(core, /<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z<\/dcterms:created>/);
  const claims = strFromU8(parts["xl/worksheets/sheet2.xml"]!);
  assert.match(claims, /<row><c t="inlineStr" s="1"><is><t>claim_id<\/t>/);
});

test("on a page, markup is escaped in content and attributes alike, and what XML cannot hold shows as U+FFFD", () => {
  assert.equal(markupText(`<script>alert('x')</script> & "Co"\u0007`), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;\uFFFD");
});

test("a fragment's bytes depend on its XML alone, not on what was compressed before it", () => {
  const x = "<row><c t=\"inlineStr\"><is><t>Xinjiang 1.12 million officials</t></is></c></row>".repeat(300);
  const y = "<row><c><v>42</v></c><c t=\"inlineStr\"><is><t>another table's row</t></is></c></row>".repeat(2000);
  const first = encodeSheetFragment([x]);
  encodeSheetFragment([y]);
  encodeSheetFragment([y.slice(0, 10_000)]);
  assert.ok(Buffer.from(encodeSheetFragment([x])).equals(Buffer.from(first)));
  assert.ok(Buffer.from(encodeSheetFragment([x.slice(0, 1000), x.slice(1000)])).equals(Buffer.from(first)), "nor on how the XML was cut into pieces");
});
