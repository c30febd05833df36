import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dataset } from "../pipeline/dataset.ts";
import { renderRelease } from "../pipeline/publish/render.ts";
import { textFiles } from "./helpers.ts";
import { writeRelease } from "../pipeline/publish/write-release.ts";
import { smallDataset } from "./fixtures/small-dataset.ts";

const outDir = await mkdtemp(join(tmpdir(), "publish-write-release-"));
after(() => rm(outDir, { recursive: true, force: true }));

function withVersion(version: string, description?: string): Dataset {
  const dataset = smallDataset();
  return {
    ...dataset,
    identity: { ...dataset.identity, version, ...(description === undefined ? {} : { description }) },
  };
}

async function write(dataset: Dataset) {
  return writeRelease(outDir, dataset, renderRelease(dataset));
}

async function diskFiles(dir: string): Promise<Map<string, string>> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const found = new Map<string, string>();
  for (const entry of names.filter((e) => e.isFile())) {
    const full = join(entry.parentPath, entry.name);
    found.set(full.slice(dir.length + 1), await readFile(full, "utf8"));
  }
  return found;
}

const latest = () => readFile(join(outDir, "small-claims", "latest"), "utf8");

// The cases run in order: each builds on the folder the previous one left.
test("first write creates the version folder whole, with latest, and no temporary folder left", async () => {
  const dataset = withVersion("1.0.0");
  const result = await write(dataset);
  assert.deepEqual(result, { status: "written", dir: join(outDir, "small-claims", "1.0.0"), differing: [] });
  const onDisk = await diskFiles(result.dir);
  assert.deepEqual(new Map([...onDisk].sort()), new Map([...textFiles(renderRelease(dataset))].sort()));
  assert.equal(await latest(), "1.0.0\n");
  assert.deepEqual((await readdir(join(outDir, "small-claims"))).sort(), ["1.0.0", "latest"]);
});

test("writing the same release again changes nothing", async () => {
  const result = await write(withVersion("1.0.0"));
  assert.deepEqual(result, { status: "unchanged", dir: join(outDir, "small-claims", "1.0.0"), differing: [] });
});

test("other bytes under a published version are refused, and the folder on disk is left as it was", async () => {
  const dir = join(outDir, "small-claims", "1.0.0");
  const before = await diskFiles(dir);
  const result = await write(withVersion("1.0.0", "A different description."));
  assert.deepEqual(result, { status: "refused", dir, differing: ["CITATION.cff", "README.md", "SHA256SUMS", "datapackage.json", "index.html"] });
  assert.deepEqual(await diskFiles(dir), before);
});

test("a file on disk that the release does not have is a difference too", async () => {
  const dir = join(outDir, "small-claims", "1.0.0");
  await writeFile(join(dir, "notes.txt"), "added by hand\n");
  const result = await write(withVersion("1.0.0"));
  assert.deepEqual([result.status, result.differing], ["refused", ["notes.txt"]]);
  await rm(join(dir, "notes.txt"));
});

test("latest follows the highest version, compared as numbers", async () => {
  assert.equal((await write(withVersion("1.9.0"))).status, "written");
  assert.equal(await latest(), "1.9.0\n");
  assert.equal((await write(withVersion("1.10.0"))).status, "written");
  assert.equal(await latest(), "1.10.0\n", "1.10.0 is above 1.9.0");
  assert.equal((await write(withVersion("0.9.0"))).status, "written");
  assert.equal(await latest(), "1.10.0\n", "an older version written later does not become latest");
  assert.equal((await write(withVersion("1.0.0"))).status, "unchanged");
  assert.equal(await latest(), "1.10.0\n");
});

test("a version that is not a plain folder name is refused before anything is written", async () => {
  await assert.rejects(write(withVersion("../1.0.0")), /plain folder name/);
  assert.deepEqual(
    (await readdir(join(outDir, "small-claims"))).sort(),
    ["0.9.0", "1.0.0", "1.10.0", "1.9.0", "latest"],
  );
});

test("a file path that would leave the version folder is refused before anything is written", async () => {
  const dataset = withVersion("2.0.0");
  await assert.rejects(writeRelease(outDir, dataset, new Map([["../escape.txt", "x"]])), /writeRelease: expected a relative path/);
  assert.deepEqual(
    (await readdir(join(outDir, "small-claims"))).sort(),
    ["0.9.0", "1.0.0", "1.10.0", "1.9.0", "latest"],
  );
});
