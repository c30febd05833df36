import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { knownToMake, noteMakes } from "../pipeline/cache/makings-notes.ts";
import { inTempDir } from "./helpers.ts";

test("makings noted as giving a version are known for that version and output folder only, and forgotten when the version's files change", async () => {
  await inTempDir("notes", async (dir) => {
    const datasetDir = join(dir, "out", "claims-dataset");
    const notes = join(dir, "notes");
    await mkdir(join(datasetDir, "1.0.0"), { recursive: true });
    await writeFile(join(datasetDir, "1.0.0", "SHA256SUMS"), "aaa  claims.csv\n");
    assert.equal(knownToMake(datasetDir, "makings A", "1.0.0", notes), false, "nothing noted yet");
    noteMakes(datasetDir, "makings A", "1.0.0", notes);
    assert.equal(knownToMake(datasetDir, "makings A", "1.0.0", notes), true);
    assert.equal(knownToMake(datasetDir, "makings B", "1.0.0", notes), false, "other inputs or code");
    assert.equal(knownToMake(datasetDir, "makings A", "1.1.0", notes), false, "another latest version");
    assert.equal(knownToMake(join(dir, "elsewhere", "claims-dataset"), "makings A", "1.0.0", notes), false, "another output folder");
    await writeFile(join(datasetDir, "1.0.0", "SHA256SUMS"), "bbb  claims.csv\n");
    assert.equal(knownToMake(datasetDir, "makings A", "1.0.0", notes), false, "the version's files are not those noted");
  });
});
