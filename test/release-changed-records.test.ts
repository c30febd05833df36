// Comparing a build with the published version a document at a time must find exactly what the
// record-by-record comparison of every record finds, while holding only the changed documents' records.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildDataset } from "../pipeline/stage/build-dataset.ts";
import { DOCUMENT_TABLES } from "../pipeline/stage/document-entry.ts";
import { entryRows } from "../pipeline/stage/held-entry.ts";
import type { SpooledTable } from "../pipeline/stage/spooled-table.ts";
import type { Dataset } from "../pipeline/dataset.ts";
import { runIndexOf, runsOf } from "../pipeline/release/run-index.ts";
import { main } from "../pipeline/cli.ts";
import { snapshotsAgainst } from "../pipeline/release/changed-records.ts";
import { compareReleases } from "../pipeline/release/compare.ts";
import { readSnapshot } from "../pipeline/release/read-release.ts";
import { snapshotOf } from "../pipeline/release/snapshot.ts";
import { dateBuilds, inTempDir } from "./helpers.ts";

dateBuilds();

const text = (title: string, sentence: string) => new TextEncoder().encode(`${title}\n\n${sentence}\n`);

const first = {
  "a.txt": text("A title for a", "The county built 12 roads and 40 schools in 2019."),
  "b.txt": text("A title for b", "Some 3,000 households in Hotan left poverty in 2018, officials said."),
  "c.txt": text("A title for c", "The prefecture trained 500 workers in 2020."),
};
// a unchanged, b changed, c removed, d added.
const second = [
  { path: "a.txt", bytes: first["a.txt"] },
  { path: "b.txt", bytes: text("A title for b", "Some 3,500 households in Hotan left poverty in 2018, officials said.") },
  { path: "d.txt", bytes: text("A title for d", "The city paved 70 kilometres of road in 2019.") },
];

/** Publishes `first` as 1.0.0 under `dir`; returns the version's folder. */
async function publishFirst(dir: string): Promise<string> {
  const input = join(dir, "in");
  await mkdir(input);
  for (const [name, bytes] of Object.entries(first)) await writeFile(join(input, name), bytes);
  assert.equal(await main(["build", "--input", input, "--out", join(dir, "out"), "--no-cache"], () => {}), 0);
  return join(dir, "out", "claims-dataset", "1.0.0");
}

const entriesOf = (tables: Dataset["tables"]) => (tables.claims as SpooledTable).documents();

test("a changed, a removed and an added document: the same changes as comparing every record, from their records alone", async () => {
  await inTempDir("changed-records", async (dir) => {
    const versionDir = await publishFirst(dir);
    const { dataset } = buildDataset({ files: second, manifestText: null, version: "1.0.0" });
    const pair = await snapshotsAgainst(versionDir, "1.0.0", dataset);
    const whole = await readSnapshot(versionDir, "1.0.0");
    const byDocument = compareReleases(pair.previous, snapshotOf(dataset, {}, pair.candidateTables));
    const byRecord = compareReleases(whole, snapshotOf(dataset, {}));
    assert.deepEqual(byDocument.tables, byRecord.tables);
    const claims = byRecord.tables.find((t) => t.table === "claims")!;
    assert.deepEqual([claims.added.length, claims.removed.length].map((n) => n > 0), [true, true], "the changed and added documents add claims; the removed one removes its claim");
    assert.ok(claims.added.every((id) => /^(b|d)-/.test(id)) && claims.removed.every((id) => /^(b|c)-/.test(id)), "only b, c and d are named");
    assert.ok(![...pair.previous.tables.claims!.keys()].some((id) => id.startsWith("a-")), "the unchanged document's records are not held");
    assert.ok(![...pair.candidateTables.claims!.keys()].some((id) => id.startsWith("a-")));
  });
});

test("a version's run index locates every document's records in its JSON tables, and the comparison reads only the runs that differ", async () => {
  await inTempDir("run-index", async (dir) => {
    const versionDir = await publishFirst(dir);
    const published = buildDataset({ files: Object.entries(first).map(([path, bytes]) => ({ path, bytes })), manifestText: null, version: "1.0.0" }).dataset;
    const index = runIndexOf(entriesOf(published.tables));
    assert.deepEqual(index.documents, ["a", "b", "c"]);
    for (const table of DOCUMENT_TABLES) {
      const file = await readFile(join(versionDir, `${table}.json`));
      const { runs, fileBytes } = runsOf(index, table);
      assert.equal(fileBytes, file.byteLength, `${table}.json is as long as the index says`);
      for (const entry of (published.tables[table] as SpooledTable).documents()) {
        const run = runs.get(entry.documentId)!;
        const rows = run.length === 0 ? [] : JSON.parse(`[${file.subarray(run.start, run.start + run.length).toString("utf8")}]`);
        assert.deepEqual(rows, entryRows(entry, table), `${table}: ${entry.documentId}'s range holds its records`);
      }
    }
    assert.ok(runsOf(index, "claims").runs.get("a")!.length > 0, "a has claims to hide");

    const { dataset } = buildDataset({ files: second, manifestText: null, version: "1.0.0" });
    const whole = compareReleases(await readSnapshot(versionDir, "1.0.0"), snapshotOf(dataset, {}));
    // Blank out a's claims in the published file, keeping its length: an unchanged document is never read.
    const claimsFile = join(versionDir, "claims.json");
    const bytes = await readFile(claimsFile);
    const a = runsOf(index, "claims").runs.get("a")!;
    bytes.fill(0x20, a.start, a.start + a.length);
    await writeFile(claimsFile, bytes);
    const pair = await snapshotsAgainst(versionDir, "1.0.0", dataset, index);
    assert.deepEqual(compareReleases(pair.previous, snapshotOf(dataset, {}, pair.candidateTables)).tables, whole.tables);
    assert.ok(![...pair.previous.tables.claims!.keys()].some((id) => id.startsWith("a-")));
    // The streaming comparison does read a's run, and finds it gone: the indexed one did not look.
    const streamed = await snapshotsAgainst(versionDir, "1.0.0", dataset).then(
      (p) => compareReleases(p.previous, snapshotOf(dataset, {}, p.candidateTables)).tables,
      () => null,
    );
    assert.notDeepEqual(streamed, whole.tables);
  });
});
