import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { renderRelease } from "../pipeline/publish/render.ts";
import { TABLE_NAMES, TABLE_SCHEMAS, columnsOf } from "../pipeline/schema/tables.ts";
import { sliceCodePoints } from "../pipeline/text/code-points.ts";
import { NEWS_TEXT, smallDataset } from "./fixtures/small-dataset.ts";
import { textFiles } from "./helpers.ts";

const files = textFiles(renderRelease(smallDataset()));

function file(path: string): string {
  const content = files.get(path);
  assert.ok(typeof content === "string", `${path} is rendered as text`);
  return content;
}

test("the fixture itself is valid against every table schema", () => {
  const ajv = new Ajv2020({ allErrors: true });
  // ajv-formats is CommonJS: its plugin is both module.exports and .default; the types see .default.
  ajvFormats.default(ajv);
  ajv.addKeyword("x-table");
  const dataset = smallDataset();
  for (const table of TABLE_NAMES) {
    const validate = ajv.compile(TABLE_SCHEMAS[table]);
    for (const row of dataset.tables[table]) {
      assert.equal(validate(row), true, `${table}: ${JSON.stringify(validate.errors)}`);
    }
  }
});

test("the version folder holds every file, sorted by path", () => {
  assert.deepEqual(
    [...files.keys()],
    [
      "CITATION.cff",
      "DATA_DICTIONARY.md",
      "README.md",
      "SHA256SUMS",
      "claims.csv",
      "claims.json",
      "data-dictionary.csv",
      "datapackage.json",
      "documents.csv",
      "documents.json",
      "index.html",
      "load.R",
      "load.py",
      "mentions.csv",
      "mentions.json",
      "observations.csv",
      "observations.json",
      "organisations.csv",
      "organisations.json",
      "people.csv",
      "people.json",
      "person_roles.csv",
      "person_roles.json",
      "places.csv",
      "places.json",
      "quotes.csv",
      "quotes.json",
      "rejects.csv",
      "rejects.json",
      "removals.csv",
      "removals.json",
      "texts/001_small-news.txt",
      "texts/002_small-forum.txt",
    ],
  );
});

test("rendering twice gives the same files, byte for byte", () => {
  assert.deepEqual([...textFiles(renderRelease(smallDataset()))], [...files]);
});

test("no absolute path, working folder or temp folder appears in any path or content", () => {
  for (const [path, content] of files) {
    assert.ok(!path.startsWith("/") && !path.startsWith("."), path);
    for (const leak of ["/work", process.cwd(), tmpdir()]) {
      assert.ok(!Buffer.from(content).toString("latin1").includes(leak), `${path} mentions ${leak}`);
    }
  }
});

test("SHA256SUMS lists every other file once, sorted, with its sha256", () => {
  const lines = file("SHA256SUMS").split("\n");
  assert.equal(lines.pop(), "", "ends with a newline");
  const listed = lines.map((line) => {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    assert.ok(match, `sha256sum line: ${line}`);
    return [match[2], match[1]];
  });
  const expected = [...files]
    .filter(([path]) => path !== "SHA256SUMS")
    .map(([path, content]) => [path, createHash("sha256").update(content).digest("hex")]);
  assert.deepEqual(listed, expected);
});

test("each table's JSON is its rows in column order, 2-space indented, ending in a newline", () => {
  const json = file("claims.json");
  assert.deepEqual(JSON.parse(json), smallDataset().tables.claims);
  assert.ok(json.startsWith('[\n  {\n    "claim_id": "001_small-news-c-3f9a0b12cd",\n'));
  assert.ok(json.endsWith("}\n]\n"));
  const [first] = JSON.parse(json) as Record<string, unknown>[];
  assert.deepEqual(Object.keys(first ?? {}), columnsOf("claims"));
  assert.equal(file("people.json"), "[]\n");
});

test("texts are published as given, and every claim's span is its [char_start, char_end) in code points", () => {
  assert.equal(file("texts/001_small-news.txt"), NEWS_TEXT);
  for (const claim of smallDataset().tables.claims) {
    const text = file(`texts/${String(claim.document_id)}.txt`);
    assert.equal(sliceCodePoints(text, Number(claim.char_start), Number(claim.char_end)), claim.span_text);
  }
});

test("the data dictionary states how to read the data, before any table", () => {
  const markdown = file("DATA_DICTIONARY.md");
  const firstTable = markdown.indexOf("\n## ");
  const preamble = markdown.slice(0, firstTable);
  for (const phrase of [
    "attributed to its source, never asserted as fact",
    "Unicode code points from 0, end exclusive",
    "substr(x, char_start + 1, char_end)",
    "ISO 8601",
    "precision column",
    "An empty cell means missing",
  ]) {
    assert.ok(preamble.includes(phrase), `preamble says: ${phrase}`);
  }
  assert.ok(markdown.includes("| `per` | string | no |"), "a nullable field is not required");
  assert.ok(markdown.includes("| day \\| week \\| month \\| year \\| person \\| household |"), "enum joined, | escaped");
  assert.ok(markdown.includes("| `value` | number | yes |"));
});

test("the data dictionary CSV has one row per column of every table", () => {
  const lines = file("data-dictionary.csv").split("\n");
  assert.equal(lines[0], "table,field,type,required,description,allowed_values,example");
  const columnCount = TABLE_NAMES.reduce((sum, table) => sum + columnsOf(table).length, 0);
  const rowStarts = lines.filter((line) => /^[a-z_]+,[a-z0-9_]+,(string|integer|number|boolean|date),(yes|no),/.test(line));
  assert.equal(rowStarts.length, columnCount);
  assert.ok(lines.some((line) => line.startsWith("claims,value,number,yes,") && line.endsWith(",,1120000")));
});

test("the README counts rows and says how to load, trace, check and rebuild", () => {
  const readme = file("README.md");
  for (const phrase of [
    "# Small claims fixture",
    "version 1.0.0",
    "| `claims.csv` | 2 | One row per quantity a text states, recorded as the text claims it and attributed to its source. |",
    "| `people.csv` | 0 |",
    "never asserted as fact",
    'source("load.R")',
    "from load import load",
    "FROM read_csv('claims.csv')",
    "`small-claims.xlsx`",
    "text[char_start:char_end]",
    "sha256sum -c SHA256SUMS",
    "npm ci && npx tsx pipeline/cli.ts verify 1.0.0",
    "`build.json` records what made this version",
  ]) {
    assert.ok(readme.includes(phrase), `README says: ${phrase}`);
  }
});

test("a text path that would leave the version folder is refused", () => {
  const dataset = smallDataset();
  for (const path of ["/etc/x.txt", "../x.txt", "texts/../../x.txt", "./x.txt", "claims.csv"]) {
    const bad = { ...dataset, texts: [{ documentId: "x", path, text: "x" }] };
    assert.throws(() => renderRelease(bad), /renderRelease/, path);
  }
});

test("the data dictionary lists the words behind each unit code", () => {
  const md = file("DATA_DICTIONARY.md");
  assert.match(md, /## Unit vocabulary/);
  assert.match(md, /\| `household` \| household, households, home, homes \|/);
  assert.match(md, /\| `CNY` \| yuan, renminbi, rmb, yuan renminbi \|/);
});

test("the data dictionary lists the indicator code list with its version", () => {
  const md = file("DATA_DICTIONARY.md");
  assert.match(md, /## Indicator code list \(version 1\.1\.0\)/);
  assert.match(md, /\| `poverty_incidence_rate` \| Poverty incidence rate \| percent \|/);
  assert.match(md, /\| `people_in_poverty` \| /);
});

test("the data dictionary names each table's key", () => {
  const md = file("DATA_DICTIONARY.md");
  assert.match(md, /## claims\n\n.*\n\nKey: `claim_id`\. Keys are made from what a record is/);
  assert.match(md, /## removals\n\n.*\n\nKey: `document_id`, `line_number`\./);
});
