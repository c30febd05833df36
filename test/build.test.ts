import { plainDataset } from "./helpers.ts";
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDataset, type InputFile } from "../pipeline/stage/build-dataset.ts";
import { DEFAULT_IDENTITY } from "../pipeline/stage/default-identity.ts";
import { validateTables } from "../pipeline/validate/validate-rows.ts";
import { TABLE_NAMES, type TableName } from "../pipeline/schema/tables.ts";
import type { Row } from "../pipeline/dataset.ts";
import { memoryWarning } from "../pipeline/run/memory-warning.ts";

const text = (s: string) => new TextEncoder().encode(s);
const GOOD = "Officials help villagers\n\nBy the end of 2018, more than 1,000 officials had paired with 2,500 households in Hotan.\n";

function files(extra: InputFile[]): InputFile[] {
  return [{ path: "good.txt", bytes: text(GOOD) }, ...extra];
}

test("each bad input becomes a reject naming the file, while the good file still builds", () => {
  const result = buildDataset({
    files: files([
      { path: "latin1.txt", bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]) },
      { path: "empty.txt", bytes: new Uint8Array() },
      { path: "image.txt", bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) },
    ]),
    manifestText: JSON.stringify({ sources: [{ file: "../outside.txt" }, { file: "good.txt", kind: "newspaper" }] }),
    version: "1.0.0",
  });
  const rejects = [...result.dataset.tables.rejects];
  assert.deepEqual(rejects.map((r) => [r.source_file, r.code, r.path]), [
    ["empty.txt", "empty-file", null],
    ["image.txt", "binary-file", "byte 0"],
    ["latin1.txt", "invalid-utf8", "line 1, byte 3"],
    ["sources.json", "manifest-entry-invalid", "/sources/0/file"],
    ["sources.json", "manifest-field-invalid", "/sources/1/kind"],
  ]);
  for (const r of rejects) assert.match(String(r.message), /\w+.*(?:remove|re-save|convert|Fix|fix)/);
  assert.deepEqual([...result.dataset.tables.documents].map((d) => d.document_id), ["good"]);
  assert.deepEqual([...result.dataset.tables.claims].map((c) => [c.value, c.unit, c.qualifier, c.period_end, c.place]), [
    [1000, "official", "more_than", "2018-12-31", "Hotan"],
    [2500, "household", null, "2018-12-31", "Hotan"],
  ]);
  assert.equal(result.issues.length, 5);
});

test("nothing lost: every input file is a document or a reject", () => {
  const inputs = files([
    { path: "sub/second.txt", bytes: text("Second text\n\nThe county built 12 roads.\n") },
    { path: "bad.txt", bytes: new Uint8Array([0xc3]) },
  ]);
  const { dataset } = buildDataset({ files: inputs, manifestText: null, version: "1.0.0" });
  const documented = [...dataset.tables.documents].map((d) => d.source_file);
  const rejected = [...dataset.tables.rejects].map((r) => r.source_file);
  assert.deepEqual([...documented, ...rejected].sort(), inputs.map((f) => f.path).sort());
  assert.deepEqual(documented, ["good.txt", "sub/second.txt"]);
  assert.deepEqual([...dataset.tables.documents].map((d) => d.document_id), ["good", "sub-second"]);
  assert.deepEqual(dataset.texts.map((t) => t.path), ["texts/good.txt", "texts/sub-second.txt"]);
});

test("the order files are given in does not change the dataset", () => {
  const inputs = files([{ path: "b.txt", bytes: text("Bee\n\nThe farm keeps 40 cows.\n") }]);
  const a = buildDataset({ files: inputs, manifestText: null, version: "1.0.0" });
  const b = buildDataset({ files: [...inputs].reverse(), manifestText: null, version: "1.0.0" });
  assert.deepEqual(plainDataset(a.dataset), plainDataset(b.dataset));
});

test("the manifest names the dataset and curates metadata", () => {
  const { dataset } = buildDataset({
    files: files([]),
    manifestText: JSON.stringify({
      dataset: { name: "my-corpus", title: "My corpus", description: "Two texts." },
      sources: [{ file: "good.txt", outlet: "Hotan Daily", published: "2019-03", kind: "news_article" }],
    }),
    version: "2.1.0",
  });
  assert.deepEqual(dataset.identity, {
    name: "my-corpus",
    title: "My corpus",
    description: "Two texts.",
    creators: [{ name: "claims-dataset-pipeline", orcid: null }],
    license: null,
    keywords: [],
    sourcesStatement: DEFAULT_IDENTITY.sourcesStatement,
    version: "2.1.0",
  });
  const doc = [...dataset.tables.documents][0]!;
  assert.deepEqual([doc.outlet, doc.kind, doc.kind_basis, doc.published_date, doc.published_precision, doc.published_basis], ["Hotan Daily", "news_article", "manifest", "2019-03-01", "month", "manifest"]);
  assert.equal([...dataset.tables.claims][0]!.attributed_to, "Hotan Daily");
});

test("validation: a record that breaks its schema goes to the issues with its path, the rest are kept", () => {
  const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as unknown as Record<TableName, Row[]>;
  const { dataset } = buildDataset({ files: files([]), manifestText: null, version: "1.0.0" });
  const good = [...dataset.tables.claims][0]!;
  const bad = { ...good, claim_id: "good-c-0000000001", unit: "furlongs", char_start: -1 };
  const { tables, issues } = validateTables({ ...empty, claims: [good, bad, { ...good }] }, (id) => `${id}.txt`);
  assert.deepEqual(tables.claims, [good]);
  assert.deepEqual(issues.map((i) => [i.table, i.recordId, i.path?.split(" ")[0], i.sourceFile]), [
    ["claims", "good-c-0000000001", "/unit", "good.txt"],
    ["claims", "good-c-0000000001", "/char_start", "good.txt"],
    ["claims", good.claim_id, "/", "good.txt"],
  ]);
  assert.match(issues[0]!.message, /must be equal to one of the allowed values \(allowed: person, official/);
  assert.match(issues[2]!.message, /duplicate primary key/);
});

test("a corpus too large for the heap is announced before the work, with the setting that lifts the limit", () => {
  const mb = 1024 * 1024;
  assert.equal(memoryWarning(5 * mb, 4096 * mb), null);
  assert.equal(memoryWarning(530 * mb, 4144 * mb), null, "100,000 documents of 5 KB fit a default heap");
  assert.equal(
    memoryWarning(3000 * mb, 4144 * mb),
    'warning: 3000 MB of input needs about 6000 MB of memory to build, more than this Node heap allows (4144 MB). If the build stops with "heap out of memory", run it with NODE_OPTIONS=--max-old-space-size=8192.',
  );
});
