// The project's README quotes the committed release and today's scores: the version, one row of
// claims, the characters that row points at, and the eval table. A change that moves any of them
// fails here until the README says the same.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CORPORA, scoreCorpus } from "../pipeline/commands/eval.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const DATASET = join(ROOT, "dist", "xinjiang-poverty-alleviation-claims");
const LATEST = readFileSync(join(DATASET, "latest"), "utf8").trim();

/** The rows of the Markdown table that follows `heading` (a line of the README), header row first. */
function tableAfter(heading: string): string[][] {
  const lines = README.split("\n");
  const at = lines.findIndex((l) => l.startsWith(heading));
  assert.ok(at >= 0, `the README has "${heading}"`);
  const first = lines.findIndex((l, i) => i >= at && l.startsWith("|"));
  const rows: string[][] = [];
  for (let i = first; i < lines.length && lines[i]!.startsWith("|"); i++) {
    if (/^\|\s*-/.test(lines[i]!)) continue;
    rows.push(lines[i]!.slice(1, -1).split("|").map((c) => c.trim()));
  }
  return rows;
}

test("the README is a guide of about 200 lines, and every document it links is there", () => {
  assert.ok(README.split("\n").length <= 200, `${README.split("\n").length} lines`);
  const links = [...README.matchAll(/\]\(((?:docs|test)\/[^)#]+)\)/g)].map((m) => m[1]!);
  assert.ok(links.length >= 6, `only ${links.length} links to docs/`);
  for (const link of links) assert.ok(existsSync(join(ROOT, link)), `${link} is linked from the README but missing`);
});

test("the seeds' version the README names is the committed latest", () => {
  const named = [...README.matchAll(/dist\/xinjiang-poverty-alleviation-claims\/(\d+\.\d+\.\d+)\//g)].map((m) => m[1]);
  assert.ok(named.length > 0);
  assert.deepEqual([...new Set(named)], [LATEST]);
});

test("the claims row the README shows is a row of the committed release, and its offsets give its span", () => {
  const rows = tableAfter("One row of `claims.csv`").slice(1);
  const shown = new Map<string, string>();
  for (const [columns, values] of rows) {
    const names = columns!.split(" / ");
    const parts = values!.split(" / ");
    assert.equal(names.length, parts.length, columns);
    names.forEach((n, i) => shown.set(n, parts[i]!));
  }
  const claims = JSON.parse(readFileSync(join(DATASET, LATEST, "claims.json"), "utf8")) as Record<string, string | number | null>[];
  const row = claims.find((r) => r.claim_id === shown.get("claim_id"));
  assert.ok(row, `claim ${shown.get("claim_id")} is in claims.csv of ${LATEST}`);
  assert.ok(shown.size >= 10);
  for (const [column, value] of shown) assert.equal(String(row[column]), value, column);
  const text = readFileSync(join(DATASET, LATEST, "texts", `${row.document_id}.txt`), "utf8");
  const span = [...text].slice(Number(row.char_start), Number(row.char_end)).join("");
  assert.equal(span, row.span_text);
  assert.ok(typeof row.char_start === "number" && typeof row.document_id === "string");
  assert.ok(README.includes(`text[${row.char_start}:${row.char_end}]`) && README.includes(`# ${span}`), "the tracing example quotes this row's offsets and span");
  assert.ok(README.includes(`texts/${row.document_id}.txt`));
});

test("the eval table in the README is today's scores", async () => {
  const [header, ...rows] = tableAfter("| corpus | texts |");
  assert.deepEqual(header, ["corpus", "texts", "claims P / R", "people F1", "places F1", "organisations F1", "quotes P / R", "quote speaker"]);
  assert.deepEqual(rows.map((r) => r[0]), DEFAULT_CORPORA.map((c) => c.name));
  const f1 = (t: { precision: number; recall: number }) => (t.precision + t.recall === 0 ? 0 : (2 * t.precision * t.recall) / (t.precision + t.recall));
  for (const corpus of DEFAULT_CORPORA) {
    const s = await scoreCorpus({ ...corpus, input: join(ROOT, corpus.input), gold: join(ROOT, corpus.gold) });
    const expected = [
      corpus.name,
      String(s.documents),
      `${s.tables.claims.precision.toFixed(3)} / ${s.tables.claims.recall.toFixed(3)}`,
      f1(s.tables.people).toFixed(3),
      f1(s.tables.places).toFixed(3),
      f1(s.tables.organisations).toFixed(3),
      `${s.tables.quotes.precision.toFixed(3)} / ${s.tables.quotes.recall.toFixed(3)}`,
      s.speakers.accuracy.toFixed(3),
    ];
    assert.deepEqual(rows.find((r) => r[0] === corpus.name), expected, corpus.name);
  }
});
