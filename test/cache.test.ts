// Reusing per-document results must never change a byte: a build from a cold cache, a warm one and
// none at all publish the same files; a change of code (the salt) or of one document misses exactly.
import { dateBuilds, inTempDir, plainDataset } from "./helpers.ts";
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDataset, buildDatasetInParallel, type DocumentCache, type InputFile } from "../pipeline/stage/build-dataset.ts";
import { writeEntryFile, type EncodedEntry } from "../pipeline/stage/document-entry.ts";
import { DocumentEntry, readEntryHeader } from "../pipeline/stage/held-entry.ts";
import { entryBytesOf } from "../pipeline/stage/document-stage.ts";
import { diskCache } from "../pipeline/cache/document-cache.ts";
import { DOCUMENT_STAGE_MODULE, importClosure, PROJECT_ROOT, type CodeFingerprints } from "../pipeline/release/code-fingerprint.ts";
import { readFileSync } from "node:fs";
import { main } from "../pipeline/cli.ts";
import { loadRunIndex } from "../pipeline/cache/run-index-cache.ts";

dateBuilds();

function memoryCache(salt: string): DocumentCache & { store: Map<string, Uint8Array>; hits: number } {
  const store = new Map<string, Uint8Array>();
  const cache = {
    salt,
    store,
    hits: 0,
    get(key: string): DocumentEntry | undefined {
      const hit = store.get(key);
      if (hit === undefined) return undefined;
      cache.hits++;
      return DocumentEntry.inMemory(hit);
    },
    set(key: string, encoded: EncodedEntry) {
      store.set(key, encoded.bytes);
      return DocumentEntry.inMemory(encoded.bytes);
    },
  };
  return cache;
}

const files = (extra = ""): InputFile[] =>
  ["a", "b", "c"].map((n) => ({ path: `${n}.txt`, bytes: new TextEncoder().encode(`A title for text ${n.toUpperCase()}\n\nMore than 1,${n === "b" ? "2" : "3"}00 officials paired with 4,500 households in Hotan in 2018.${n === "c" ? extra : ""}\n`) }));

test("cold, warm and no cache give the same dataset; a changed document or code misses exactly", () => {
  const none = buildDataset({ files: files(), manifestText: null, version: "1.0.0" }).dataset;
  const cache = memoryCache("code-1");
  const cold = buildDataset({ files: files(), manifestText: null, version: "1.0.0", cache }).dataset;
  assert.equal(cache.hits, 0);
  assert.equal(cache.store.size, 3);
  const warm = buildDataset({ files: files(), manifestText: null, version: "1.0.0", cache }).dataset;
  assert.equal(cache.hits, 3);
  assert.deepEqual(plainDataset(cold), plainDataset(none));
  assert.deepEqual(plainDataset(warm), plainDataset(none));
  cache.hits = 0;
  buildDataset({ files: files(" Another 40 roads were built."), manifestText: null, version: "1.0.0", cache });
  assert.equal(cache.hits, 2, "only the changed document is processed again");
  const newCode = memoryCache("code-2");
  for (const [k, v] of cache.store) newCode.store.set(k, v);
  buildDataset({ files: files(), manifestText: null, version: "1.0.0", cache: newCode });
  assert.equal(newCode.hits, 0, "other code misses every entry");
});

test("the command line: --no-cache and a warm cache publish the same bytes; unchanged inputs are seen without building", async () => {
  const dir = await mkdtemp(join(tmpdir(), "cache-"));
  try {
    const input = join(dir, "in");
    await mkdir(input);
    for (const f of files()) await writeFile(join(input, f.path), f.bytes);
    const trees: Map<string, string>[] = [];
    for (const [k, flags] of [[0, ["--no-cache"]], [1, []], [2, []]] as const) {
      const out = join(dir, `out${k}`);
      assert.equal(await main(["build", "--input", input, "--out", out, ...flags], () => {}), 0);
      const tree = new Map<string, string>();
      const release = join(out, "claims-dataset", "1.0.0");
      for (const name of await readdir(release, { recursive: true })) {
        const bytes = await readFile(join(release, String(name))).catch(() => null);
        if (bytes) tree.set(String(name), bytes.toString("base64"));
      }
      trees.push(tree);
    }
    assert.deepEqual(trees[1], trees[0]);
    assert.deepEqual(trees[2], trees[0]);
    // Unchanged: the cache's note of what made 1.0.0 stops the build; without the cache, build.json does.
    const lines: string[] = [];
    assert.equal(await main(["build", "--input", input, "--out", join(dir, "out2")], (l) => lines.push(l)), 0);
    assert.match(lines.join("\n"), /nothing differs from the published 1\.0\.0 .*\(these inputs, code and options are noted as making it\)/);
    const uncached: string[] = [];
    assert.equal(await main(["build", "--input", input, "--out", join(dir, "out2"), "--no-cache"], (l) => uncached.push(l)), 0);
    assert.match(uncached.join("\n"), /nothing differs from the published 1\.0\.0 .*\(the inputs, code and options that made it\)/);

    // A second version: the cached build compares through the run index its first build kept, and
    // publishes what the build without a cache publishes, changelog included.
    // (Named by the version's SHA256SUMS, so out0's identical 1.0.0 finds it too.)
    assert.deepEqual(loadRunIndex(join(dir, "out1", "claims-dataset", "1.0.0"))?.documents, ["a", "b", "c"], "the cached build kept its version's run index");
    await writeFile(join(input, "c.txt"), files(" Another 250 families moved in 2019.")[2]!.bytes);
    const next: string[] = [];
    for (const [k, flags] of [[0, ["--no-cache"]], [1, []]] as const) {
      const out = join(dir, `out${k}`);
      assert.equal(await main(["build", "--input", input, "--out", out, ...flags], () => {}), 0);
      const release = join(out, "claims-dataset", "1.1.0");
      next.push((await readFile(join(release, "CHANGELOG.md"), "utf8")) + (await readFile(join(release, "SHA256SUMS"), "utf8")));
    }
    assert.match(next[0]!, /claims/);
    assert.equal(next[1], next[0]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the same bytes under another file name are processed again: the document id comes from the name", () => {
  const cache = memoryCache("code-1");
  const bytes = new TextEncoder().encode("A title for the shared text\n\nThe county built 12 roads.\n");
  buildDataset({ files: [{ path: "first.txt", bytes }], manifestText: null, version: "1.0.0", cache });
  const second = buildDataset({ files: [{ path: "second.txt", bytes }], manifestText: null, version: "1.0.0", cache }).dataset;
  assert.equal(cache.hits, 0);
  assert.deepEqual([...second.tables.documents].map((d) => d.document_id), ["second"]);
});

test("worker threads keep their results in the disk cache themselves, and a second build finds every one", async () => {
  const dir = await mkdtemp(join(tmpdir(), "cache-threads-"));
  try {
    const code: CodeFingerprints = { reference: [], pipeline: { name: "test", version: "0", codeSha256: "a".repeat(64), lockfileSha256: "b".repeat(64) }, documentStageSha256: "c".repeat(64) };
    const files: InputFile[] = ["one", "two", "three"].map((name, k) => ({ path: `${name}.txt`, bytes: new TextEncoder().encode(`A title for text ${name}\n\nThe county built ${k + 12} roads.\n`) }));
    const cold = diskCache(code, join(dir, "cache"));
    const first = await buildDatasetInParallel({ files, manifestText: null, version: "1.0.0", cache: cold }, 2);
    assert.equal(cold.hits, 0);
    assert.equal((await readdir(join(dir, "cache"))).filter((n) => n.endsWith(".entry")).length, 3, "one entry per document, written by the threads");
    assert.deepEqual((await readdir(join(dir, "cache"))).filter((n) => n.includes(".tmp-")), [], "no temporary file left");
    const warm = diskCache(code, join(dir, "cache"));
    const second = await buildDatasetInParallel({ files, manifestText: null, version: "1.0.0", cache: warm }, 2);
    assert.equal(warm.hits, 3);
    assert.deepEqual(plainDataset(second.dataset), plainDataset(first.dataset));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the cache's salt is the per-document stage's code: a change elsewhere in the pipeline keeps every entry, a change in the stage drops them", async () => {
  const dir = await mkdtemp(join(tmpdir(), "cache-salt-"));
  try {
    const code: CodeFingerprints = { reference: [], pipeline: { name: "test", version: "0", codeSha256: "a".repeat(64), lockfileSha256: "b".repeat(64) }, documentStageSha256: "c".repeat(64) };
    const salt = (c: CodeFingerprints) => diskCache(c, join(dir, "cache")).salt;
    assert.equal(salt({ ...code, pipeline: { ...code.pipeline, codeSha256: "d".repeat(64) } }), salt(code), "the command line or the writer changed");
    assert.notEqual(salt({ ...code, documentStageSha256: "d".repeat(64) }), salt(code), "a module a document passes through changed");
    assert.notEqual(salt({ ...code, pipeline: { ...code.pipeline, lockfileSha256: "d".repeat(64) } }), salt(code), "a library changed");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the per-document stage's code is what its worker module imports at run time, data included, and nothing else", async () => {
  const files: Record<string, string> = {
    "p/worker.ts": 'import { a } from "./a.ts";\n// from "./commented.ts"\nimport type { T } from "./types-only.ts";\nimport {\n  b,\n  type U,\n} from "../q/b.ts";\n',
    "p/a.ts": 'import data from "../data/list.json" with { type: "json" };\nexport const a = () => import("./late.ts");\n',
    "q/b.ts": 'export { b } from "./c.ts";\n/* import "./also-commented.ts"; */\n',
    "q/c.ts": "export const b = 1;\n",
    "p/late.ts": "export default 2;\n",
    "data/list.json": "[]",
  };
  assert.deepEqual(importClosure("p/worker.ts", (path) => files[path] ?? assert.fail(`read ${path}, which is not imported`)), ["data/list.json", "p/a.ts", "p/late.ts", "p/worker.ts", "q/b.ts", "q/c.ts"]);
  const real = importClosure(DOCUMENT_STAGE_MODULE, (path) => readFileSync(join(PROJECT_ROOT, path), "utf8"));
  for (const path of ["pipeline/stage/document-stage.ts", "pipeline/extract/claims.ts", "pipeline/format/csv.ts", "schemas/claims.schema.json", "reference/gazetteer.json", "reference/names/chinese-surnames.json"]) assert.ok(real.includes(path), path);
  for (const path of ["pipeline/run/build.ts", "pipeline/cli.ts", "pipeline/publish/write-release.ts", "pipeline/publish/workbook.ts"]) assert.ok(!real.includes(path), path);
});

test("entry headers are read whole from disk, however long, and one read does not disturb another", async () => {
  await inTempDir("entry-header", async (dir) => {
    const small: InputFile = files()[0]!;
    // Eighty people named in one text make a header line (its person roles) longer than twice the first read (8 KB).
    const names = Array.from({ length: 80 }, (_, k) => `Official ${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}kar Tursun`);
    const long: InputFile = { path: "long.txt", bytes: new TextEncoder().encode(`A title\n\n${names.map((n, k) => `${n}, deputy head of the county, said ${k + 10} households moved.`).join(" ")}\n`) };
    const written = [small, long, small].map((file, k) => {
      const made = entryBytesOf(file, undefined, {});
      assert.ok(made.ok);
      const path = join(dir, `${k}.entry`);
      writeEntryFile(path, made.encoded.bytes);
      return { path, encoded: made.encoded };
    });
    assert.ok(written[1]!.encoded.lineBytes > 16 * 1024, `the long header is ${written[1]!.encoded.lineBytes} bytes`);
    const read = written.map((w) => readEntryHeader(w.path));
    for (const [k, w] of written.entries()) {
      assert.deepEqual(read[k]!.header, w.encoded.header);
      assert.equal(read[k]!.lineBytes, w.encoded.lineBytes);
    }
  });
});
