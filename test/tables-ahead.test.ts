// The threaded build writes the tables while documents are processed: the documents must be handed
// over in the tables' order whatever order they finish in, the files written ahead must be the bytes
// the writer makes from the finished dataset, and any other order must leave nothing behind.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildDatasetInParallel, type InputFile } from "../pipeline/build/build-dataset.ts";
import { DOCUMENT_TABLES, type DocumentEntry } from "../pipeline/build/document-entry.ts";
import { isSpooled } from "../pipeline/build/spooled-table.ts";
import { syntheticDocument } from "../pipeline/bench/synthetic-corpus.ts";
import { main } from "../pipeline/cli.ts";
import { bytesOf } from "../pipeline/publish/file-content.ts";
import { dataFiles } from "../pipeline/publish/render.ts";
import { TablesAhead } from "../pipeline/publish/tables-ahead.ts";
import { inTempDir, readTree } from "./helpers.ts";

const encode = (text: string) => new TextEncoder().encode(text);

// Ids from the manifest that run against the file order, a copy whose id comes first but whose file
// comes after the original's, an empty file and a text that is all site chrome.
function awkwardCorpus(): { files: InputFile[]; manifestText: string } {
  const files: InputFile[] = Array.from({ length: 12 }, (_, k) => ({ path: `t${String(k).padStart(2, "0")}.txt`, bytes: encode(syntheticDocument(500 + k, 1_500)) }));
  files.push({ path: "u-copy.txt", bytes: files[3]!.bytes });
  files.push({ path: "v-empty.txt", bytes: new Uint8Array() });
  const sources = files.map((f, k) => ({ file: f.path, id: f.path === "u-copy.txt" ? "a-first" : `doc-${String(99 - k)}` }));
  return { files, manifestText: JSON.stringify({ sources }) };
}

const tableDocuments = (dataset: { tables: { claims: unknown } }): readonly DocumentEntry[] => {
  const claims = dataset.tables.claims;
  assert.ok(isSpooled(claims as never));
  return (claims as { documents(): readonly DocumentEntry[] }).documents();
};

test("the threaded build hands over every built document once, in the tables' order, whatever the files' order", async () => {
  const { files, manifestText } = awkwardCorpus();
  const handed: string[] = [];
  const result = await buildDatasetInParallel({ files, manifestText, version: "1.0.0", onEntry: (e) => handed.push(e.header.documentId) }, 2);
  const ids = tableDocuments(result.dataset).map((e) => e.header.documentId);
  assert.equal(ids.length, 12, "the copy and the empty file are left out");
  assert.ok(!ids.includes("a-first"));
  assert.deepEqual(handed, ids);
  assert.deepEqual(ids, [...ids].sort(), "in id order, the reverse of the files' order");
  assert.equal(ids[0], "doc-88");
});

test("the files written ahead are the writer's bytes; handed over in another order, none is left", async () => {
  await inTempDir("ahead", async (dir) => {
    const { files, manifestText } = awkwardCorpus();
    const { dataset } = await buildDatasetInParallel({ files, manifestText, version: "1.0.0" }, 2);
    const documents = tableDocuments(dataset);

    const ahead = new TablesAhead(join(dir, "in-order"));
    for (const entry of documents) ahead.add(entry);
    const digests = await ahead.finish(documents);
    assert.ok(digests !== null);
    const rendered = dataFiles(dataset);
    // Every table of documents as CSV and JSON, and every text; people and rejects are the writer's.
    assert.equal(digests.size, 2 * DOCUMENT_TABLES.length + documents.length, [...digests.keys()].join(", "));
    for (const [path, digest] of digests) {
      const expected = bytesOf(rendered.get(path)!);
      assert.deepEqual(await readFile(join(dir, "in-order", path)), expected, path);
      assert.equal(digest.bytes, expected.byteLength, path);
    }

    const swapped = new TablesAhead(join(dir, "swapped"));
    for (const entry of [documents[1]!, documents[0]!, ...documents.slice(2)]) swapped.add(entry);
    assert.equal(await swapped.finish(documents), null);
    assert.deepEqual(await readdir(join(dir, "swapped"), { recursive: true }).then((names) => names.filter((n) => n.includes("."))), []);
  });
});

test("with threads, a build that publishes the same bytes as one without; with a reject, it leaves no folder behind", async () => {
  await inTempDir("ahead-cli", async (dir) => {
    const input = join(dir, "in");
    await mkdir(input);
    const { files, manifestText } = awkwardCorpus();
    for (const f of files) await writeFile(join(input, f.path), f.bytes);
    await writeFile(join(input, "sources.json"), manifestText);
    // The empty file is a reject: published only with --allow-rejects.
    const refused = join(dir, "refused");
    assert.equal(await main(["build", "--input", input, "--out", refused, "--workers", "2"], () => {}), 1);
    assert.equal(existsSync(refused), false);
    const trees = [];
    for (const workers of ["1", "2"]) {
      const out = join(dir, `out-${workers}`);
      assert.equal(await main(["build", "--input", input, "--out", out, "--workers", workers, "--allow-rejects", "--no-cache"], () => {}), 0);
      assert.deepEqual((await readdir(join(out, "claims-dataset"))).sort(), ["1.0.0", "latest", "versions.json"], "no staging folder or lock is left");
      trees.push(await readTree(join(out, "claims-dataset", "1.0.0")));
    }
    assert.ok(trees[0]!.size > 20);
    assert.deepEqual(trees[1], trees[0]);
  });
});
