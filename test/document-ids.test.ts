// Document ids from file names: a name in Latin letters keeps the id it always had (the seeds' and
// fixtures' among them), and a name in another script, which once became "document" like every other
// one, gets a distinct, stable id from a hash of its name; no id is longer than 80 characters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { documentIdFor } from "../pipeline/normalize/document.ts";
import { main } from "../pipeline/cli.ts";
import { dateBuilds, inTempDir } from "./helpers.ts";

dateBuilds();

/** The id as it was before names in other scripts had ids of their own. */
function idBefore(sourceFile: string): string {
  const base = sourceFile.replace(/\.[^./]*$/, "").toLowerCase();
  const id = base.replace(/[^a-z0-9_]+/g, "-").replace(/^[-_]+|-+$/g, "");
  return id === "" ? "document" : id;
}

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const LONG = `${"long-report-on-village-incomes-".repeat(8)}2019`.slice(0, 246);

async function textFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).filter((p) => p.endsWith(".txt"));
}

test("the ids of names in Latin letters are as they were: the seeds, the fixtures, and names with spaces, accents and folders", async () => {
  const names = ["a.txt", "A.TXT", "Reports/2019 Survey.txt", "_x_.txt", "x-.txt", "a b.txt", "Café report.TXT", "Straße 2020.txt", "2020.txt"];
  for (const root of ["seeds", "test/fixtures"]) {
    for (const path of await textFiles(root)) names.push(path, relative(join(root, path, ".."), join(root, path)));
  }
  assert.ok(names.length > 40);
  for (const name of names) assert.equal(documentIdFor(name), idBefore(name), name);
  assert.equal(documentIdFor("Café report.TXT"), "caf-report");
});

test("a name in another script gets a distinct, stable id from a hash of its name (NFC)", () => {
  const names = ["新疆.txt", "西藏.txt", "Отчёт.txt", "отчёт.txt", "تقرير.txt", "Έκθεση.txt", "報告/新疆.txt", "!!!.txt", "新疆 2020.txt", "西藏 2020.txt", "Zürich 新疆.txt", "ａｂｃ.txt"];
  const ids = names.map(documentIdFor);
  assert.equal(new Set(ids).size, names.length, ids.join(" "));
  for (const id of ids) assert.match(id, ID);
  for (const k of [0, 1, 2, 3, 4, 5, 6, 7]) assert.match(ids[k]!, /^doc-[0-9a-f]{10}$/, names[k]);
  assert.match(documentIdFor("新疆 2020.txt"), /^2020-[0-9a-f]{10}$/, "what Latin letters and digits there are stay");
  assert.match(documentIdFor("Zürich 新疆.txt"), /^zurich-[0-9a-f]{10}$/);
  assert.match(documentIdFor("ａｂｃ.txt"), /^abc-[0-9a-f]{10}$/);
  assert.deepEqual(names.map(documentIdFor), ids, "the same name gives the same id");
  // A name decomposed (as some file systems keep it) is the same name.
  assert.equal(documentIdFor("Отче\u0308т.txt"), documentIdFor("Отчёт.txt"));
  assert.equal(documentIdFor("新疆.txt"), "doc-" + "3a2b2624fd", "the hash is fixed: ids do not move between releases");
});

test("a long name gives an id of at most 80 characters, cut and kept apart by the hash", () => {
  const a = "x".repeat(299) + "a.txt";
  const b = "x".repeat(299) + "b.txt";
  for (const name of [a, b, `${LONG}.txt`, `${"新".repeat(300)}.txt`]) {
    const id = documentIdFor(name);
    assert.ok(id.length <= 80, `${id.length}: ${id}`);
    assert.match(id, ID);
  }
  assert.notEqual(documentIdFor(a), documentIdFor(b));
  assert.match(documentIdFor(a), /^x{69}-[0-9a-f]{10}$/);
  assert.equal(documentIdFor(`${"a".repeat(80)}.txt`), "a".repeat(80), "80 characters are not cut");
});

test("a folder of names in many scripts builds every file, each under its own id", async () => {
  await inTempDir("document-ids-", async (dir) => {
    const input = join(dir, "in");
    await mkdir(join(input, "報告"), { recursive: true });
    const names = ["新疆.txt", "西藏.txt", "Отчёт.txt", "تقرير.txt", "Έκθεση.txt", "a.txt", `${LONG}.txt`, "新疆 2020.txt", "西藏 2020.txt", "報告/新疆.txt"];
    for (const [k, name] of names.entries()) await writeFile(join(input, name), `Report number ${k} on village incomes\n\nThe county moved ${100 + k} households into new homes in 2019.\n`);
    const out = join(dir, "out");
    const reportFile = join(dir, "report.json");
    const lines: string[] = [];
    assert.equal(await main(["build", "--input", input, "--out", out, "--report", reportFile, "--no-cache"], (l) => lines.push(l)), 0, lines.join("\n"));
    const report = JSON.parse(await readFile(reportFile, "utf8")) as { inputs: { path: string; status: string }[]; counts: Record<string, number> };
    assert.deepEqual(report.counts, { built: names.length, duplicate: 0, rejected: 0, skipped: 0 });
    const release = join(out, "claims-dataset", "1.0.0");
    const docs = JSON.parse(await readFile(join(release, "documents.json"), "utf8")) as { document_id: string; source_file: string }[];
    const ids = docs.map((d) => d.document_id);
    assert.equal(new Set(ids).size, names.length);
    for (const d of docs) {
      assert.equal(d.document_id, documentIdFor(d.source_file));
      assert.ok(d.document_id.length <= 80);
      await readFile(join(release, "texts", `${d.document_id}.txt`));
    }
    assert.ok(ids.includes("a"));
    assert.ok(ids.includes(documentIdFor(`${LONG}.txt`)));
  });
});
