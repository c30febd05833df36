// Comparing a build with the published version a document at a time must find exactly what the
// record-by-record comparison of every record finds, while holding only the changed documents' records.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildDataset } from "../pipeline/build/build-dataset.ts";
import { main } from "../pipeline/cli.ts";
import { snapshotsAgainst } from "../pipeline/release/changed-records.ts";
import { compareReleases } from "../pipeline/release/compare.ts";
import { readSnapshot } from "../pipeline/release/read-release.ts";
import { snapshotOf } from "../pipeline/release/snapshot.ts";
import { inTempDir } from "./helpers.ts";

const text = (title: string, sentence: string) => new TextEncoder().encode(`${title}\n\n${sentence}\n`);

test("a changed, a removed and an added document: the same changes as comparing every record, from their records alone", async () => {
  await inTempDir("changed-records", async (dir) => {
    const input = join(dir, "in");
    await mkdir(input);
    const first = {
      "a.txt": text("A title for a", "The county built 12 roads and 40 schools in 2019."),
      "b.txt": text("A title for b", "Some 3,000 households in Hotan left poverty in 2018, officials said."),
      "c.txt": text("A title for c", "The prefecture trained 500 workers in 2020."),
    };
    for (const [name, bytes] of Object.entries(first)) await writeFile(join(input, name), bytes);
    assert.equal(await main(["build", "--input", input, "--out", join(dir, "out"), "--no-cache"], () => {}), 0);
    const versionDir = join(dir, "out", "claims-dataset", "1.0.0");

    const second = [
      { path: "a.txt", bytes: first["a.txt"] },
      { path: "b.txt", bytes: text("A title for b", "Some 3,500 households in Hotan left poverty in 2018, officials said.") },
      { path: "d.txt", bytes: text("A title for d", "The city paved 70 kilometres of road in 2019.") },
    ];
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
