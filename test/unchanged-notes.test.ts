import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { knownUnchanged, noteUnchanged } from "../pipeline/commands/unchanged-notes.ts";
import { inTempDir } from "./helpers.ts";

test("a build found unchanged is remembered for its makings and version, and forgotten when the version's files change", async () => {
  await inTempDir("notes", async (dir) => {
    const datasetDir = join(dir, "out", "claims-dataset");
    const notes = join(dir, "notes");
    await mkdir(join(datasetDir, "1.0.0"), { recursive: true });
    await writeFile(join(datasetDir, "1.0.0", "SHA256SUMS"), "aaa  claims.csv\n");
    assert.equal(knownUnchanged(datasetDir, "makings A", "1.0.0", notes), false, "nothing noted yet");
    noteUnchanged(datasetDir, "makings A", "1.0.0", notes);
    assert.equal(knownUnchanged(datasetDir, "makings A", "1.0.0", notes), true);
    assert.equal(knownUnchanged(datasetDir, "makings B", "1.0.0", notes), false, "other inputs or code");
    assert.equal(knownUnchanged(datasetDir, "makings A", "1.1.0", notes), false, "another latest version");
    assert.equal(knownUnchanged(join(dir, "elsewhere", "claims-dataset"), "makings A", "1.0.0", notes), false, "another output folder");
    await writeFile(join(datasetDir, "1.0.0", "SHA256SUMS"), "bbb  claims.csv\n");
    assert.equal(knownUnchanged(datasetDir, "makings A", "1.0.0", notes), false, "the version's files are not those noted");
  });
});
