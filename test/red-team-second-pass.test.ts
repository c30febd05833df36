// The red team's second pass over issue 18: what got through after the first pass was fixed. Each
// case is named after what was found; each failed before its fix.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../pipeline/cli.ts";
import { runEval } from "../pipeline/commands/eval.ts";
import { parseManifest } from "../pipeline/ingest/manifest.ts";
import { buildDataset } from "../pipeline/stage/build-dataset.ts";
import { readInputFolder } from "../pipeline/ingest/read-folder.ts";
import { DEFAULT_MAX_FILE_BYTES } from "../pipeline/ingest/open-listed.ts";
import { dateBuilds, inTempDir, readTreeBytes } from "./helpers.ts";

dateBuilds();

const FILES = new Set(["a.txt"]);
const TEXT = "Roads in the county\n\nThe county built 12 roads in 2019, officials said.\n";
const SECRET = "SECRET-5d1e: this line lives outside the input folder";

/** A folder `in` under `dir` holding one text, a.txt. */
function corpus(dir: string): string {
  const input = join(dir, "in");
  mkdirSync(input);
  writeFileSync(join(input, "a.txt"), TEXT);
  return input;
}

const codesAndPaths = (text: string) => parseManifest(text, FILES).issues.map((i) => [i.code, i.path]);

test("keys named like Object's own members (toString, constructor, __proto__) are unknown keys, not a crash", () => {
  // They were looked up on the schema's shape, found on its prototype, and called as a schema (exit 70).
  assert.deepEqual(codesAndPaths('{"dataset": {"toString": "x", "constructor": 1, "__proto__": {"name": "evil"}, "name": "ok"}}'), [
    ["manifest-field-invalid", "/dataset/toString"],
    ["manifest-field-invalid", "/dataset/constructor"],
    ["manifest-field-invalid", "/dataset/__proto__"],
  ]);
  const entry = parseManifest('{"sources": [{"file": "a.txt", "hasOwnProperty": 2, "__proto__": {"id": "zzz"}, "outlet": "O"}]}', FILES);
  assert.deepEqual(
    entry.issues.map((i) => [i.path, i.message]),
    [
      ["/sources/0/hasOwnProperty", 'sources.json: entry 1 (a.txt): unknown key "hasOwnProperty" (expected one of file, id, title, outlet, author, kind, published, language, note). The key is left out and the rest of the entry kept; fix the key.'],
      ["/sources/0/__proto__", 'sources.json: entry 1 (a.txt): unknown key "__proto__" (expected one of file, id, title, outlet, author, kind, published, language, note). The key is left out and the rest of the entry kept; fix the key.'],
    ],
  );
  assert.deepEqual(entry.manifest.sources.get("a.txt"), { outlet: "O", file: "a.txt" });
});

test("a published date that is no day or month of the calendar is a manifest issue, not a documents row rejected later", () => {
  // 2019-02-30 passed the manifest, then failed the documents schema: the document's row was
  // rejected while its claims were published.
  const issues = parseManifest('{"sources": [{"file": "a.txt", "published": "2019-02-30"}]}', FILES).issues;
  assert.deepEqual(
    issues.map((i) => [i.path, i.message]),
    [["/sources/0/published", 'sources.json: entry 1 (a.txt): key "published": expected a month and day that exist in the calendar, got "2019-02-30". The key is left out and the rest of the entry kept; fix the key.']],
  );
  for (const wrong of ["2019-13", "2019-00", "2019-04-31", "2019-01-00"]) {
    assert.deepEqual(codesAndPaths(`{"sources": [{"file": "a.txt", "published": "${wrong}"}]}`), [["manifest-field-invalid", "/sources/0/published"]], wrong);
  }
  for (const right of ["2019", "2019-12", "2020-02-29"]) assert.deepEqual(codesAndPaths(`{"sources": [{"file": "a.txt", "published": "${right}"}]}`), [], right);
});

test("a release date that is not of the form YYYY-MM-DD is one issue, not two", () => {
  assert.deepEqual(codesAndPaths('{"dataset": {"release_date": "9999-12-31T25:00"}}'), [["manifest-field-invalid", "/dataset/release_date"]]);
  assert.deepEqual(codesAndPaths('{"dataset": {"release_date": "2021-02-29"}}'), [["manifest-field-invalid", "/dataset/release_date"]]);
});

test("a hard link to a file outside the input folder is skipped, unread; two names inside it are read", async () => {
  await inTempDir("hardlink", async (dir) => {
    const input = corpus(dir);
    writeFileSync(join(dir, "secret.txt"), SECRET);
    linkSync(join(dir, "secret.txt"), join(input, "outside.txt"));
    linkSync(join(input, "a.txt"), join(input, "a-again.txt"));
    const folder = await readInputFolder(input, DEFAULT_MAX_FILE_BYTES);
    assert.deepEqual(folder.files.map((f) => f.path), ["a-again.txt", "a.txt"]);
    assert.deepEqual(folder.skipped, [{ path: "outside.txt", reason: "a hard link with 2 names, not all of them in the input folder: only a file whose every name is inside is read; copy it in instead" }]);

    const lines: string[] = [];
    assert.equal(await main(["build", "--input", input, "--out", join(dir, "out"), "--no-cache"], (l) => lines.push(l)), 0, lines.join("\n"));
    const published = await readTreeBytes(join(dir, "out"));
    for (const [path, bytes] of published) assert.ok(!bytes.includes("SECRET"), `${path} holds the secret`);
  });
});

/** main() in this process: exit status and every line it logged. */
async function run(args: string[]): Promise<{ status: number; lines: string[] }> {
  const lines: string[] = [];
  const status = await main(args, (l) => lines.push(l));
  return { status, lines };
}

test("--entries of a shard inside the input folder, or holding it, is refused before anything is written", async () => {
  // The shard wrote its entries and record into the texts' folder, and every later build listed them.
  await inTempDir("entries", async (dir) => {
    const input = corpus(dir);
    for (const [entries, words] of [
      [input, /--entries .* is the input folder itself/],
      [join(input, "entries"), /--entries .* is inside the input folder/],
      [dir, /--input .* is inside the entries folder/],
    ] as const) {
      const result = await run(["build", "--shard", "1/1", "--entries", entries, "--input", input, "--no-cache"]);
      assert.equal(result.status, 2, result.lines.join("\n"));
      assert.match(result.lines[0]!, words);
    }
    assert.deepEqual(readdirSync(input), ["a.txt"]);
    assert.deepEqual(readdirSync(dir), ["in"]);
  });
});

test("a pseudonym key file inside the input folder is refused, so the key is never built as a text and published", async () => {
  await inTempDir("key-inside", async (dir) => {
    const input = corpus(dir);
    const key = "0123456789abcdef-the-secret-key";
    writeFileSync(join(input, "key.txt"), `${key}\n`);
    const result = await run(["build", "--input", input, "--out", join(dir, "out"), "--pseudonymize-residents", "--pseudonym-key-file", join(input, "key.txt"), "--no-cache"]);
    assert.equal(result.status, 2, result.lines.join("\n"));
    assert.match(result.lines[0]!, /^error: --pseudonym-key-file .*key\.txt is inside the input folder .*: it would be read as an input and published; keep the key outside the input folder$/);
    assert.equal(existsSync(join(dir, "out")), false);
  });
});

test("a pseudonym key file that never ends (/dev/zero) or is far longer than a key is refused after a few bytes", async () => {
  await inTempDir("key-long", async (dir) => {
    writeFileSync(join(dir, "long-key"), "k".repeat(100_000));
    for (const file of ["/dev/zero", join(dir, "long-key")]) {
      const result = await run(["verify", "--out", join(dir, "none"), "--pseudonym-key-file", file]);
      assert.equal(result.status, 2, result.lines.join("\n"));
      assert.match(result.lines[0]!, /^error: the pseudonym key file .* is longer than 65536 bytes, far longer than a key; check the path$/);
    }
  });
});

test("--report with an empty name is a usage error, not the folder the command runs in", async () => {
  const result = await run(["build", "--input", "in", "--out", "out", "--report", ""]);
  assert.equal(result.status, 2);
  assert.match(result.lines[0]!, /^error: --report needs a file name\. /);
});

test("a file of only invisible characters is said to be so, not 'every one of its 0 lines is site chrome ()'", () => {
  const files = [
    { path: "bidi.txt", bytes: new TextEncoder().encode("\u202e\u200e\n") },
    { path: "soft-hyphen.txt", bytes: new TextEncoder().encode("\u00ad\u2060\n") },
  ];
  const result = buildDataset({ files, manifestText: null, version: "1.0.0" });
  assert.deepEqual(
    result.issues.map((i) => [i.sourceFile, i.code, i.message]),
    [
      ["bidi.txt", "no-body-text", "bidi.txt: holds nothing once invisible characters (zero-width spaces, direction marks, soft hyphens) are removed, so it holds no text to build; check that the file holds the page's article."],
      ["soft-hyphen.txt", "no-body-text", "soft-hyphen.txt: holds nothing once invisible characters (zero-width spaces, direction marks, soft hyphens) are removed, so it holds no text to build; check that the file holds the page's article."],
    ],
  );
});

test("a new version shares a text of the previous one only when that file still holds the bytes SHA256SUMS lists", async () => {
  // A published text swapped for a hard link to a secret (or edited in place) was linked into the new
  // version as it was: the new version published the secret and failed its own integrity check.
  await inTempDir("share", async (dir) => {
    const input = corpus(dir);
    const out = join(dir, "out");
    assert.equal((await run(["build", "--input", input, "--out", out, "--no-cache"])).status, 0);
    const version = join(out, "claims-dataset", "1.0.0");
    const published = readFileSync(join(version, "texts", "a.txt"));
    writeFileSync(join(dir, "secret.txt"), SECRET);
    unlinkSync(join(version, "texts", "a.txt"));
    linkSync(join(dir, "secret.txt"), join(version, "texts", "a.txt"));
    writeFileSync(join(input, "b.txt"), "Wells in the village\n\nThe village dug 4 wells in 2018.\n");
    const second = await run(["build", "--input", input, "--out", out, "--no-cache"]);
    assert.equal(second.status, 0, second.lines.join("\n"));
    const next = join(out, "claims-dataset", "1.1.0");
    assert.deepEqual(readFileSync(join(next, "texts", "a.txt")), published);
    for (const [path, bytes] of await readTreeBytes(next)) assert.ok(!bytes.includes("SECRET"), `${path} holds the secret`);
    const verified = await run(["verify", "1.1.0", "--out", out]);
    assert.equal(verified.status, 0, verified.lines.join("\n"));
  });
});

test("eval refuses a gold file that is a FIFO or a link, and a gold folder with no gold file, instead of hanging or scoring 1.000", async () => {
  await inTempDir("eval", async (dir) => {
    const input = corpus(dir);
    const gold = join(dir, "gold");
    mkdirSync(gold);
    const lines: string[] = [];
    const log = (l: string) => lines.push(l);
    assert.equal(await runEval([{ name: "c", input, gold }], false, () => {}, log), 2);
    assert.match(lines.pop()!, /^error: cannot score corpus "c": .*gold holds no gold file \(\*\.json\); give --gold the folder of the corpus's gold files$/);
    execFileSync("mkfifo", [join(gold, "a.json")]);
    assert.equal(await runEval([{ name: "c", input, gold }], false, () => {}, log), 2);
    assert.match(lines.pop()!, /^error: cannot score corpus "c": .*a\.json is not a regular file; make it a gold file$/);
    unlinkSync(join(gold, "a.json"));
    writeFileSync(join(dir, "secret.json"), SECRET);
    symlinkSync(join(dir, "secret.json"), join(gold, "a.json"));
    assert.equal(await runEval([{ name: "c", input, gold }], false, () => {}, log), 2);
    const linked = lines.pop()!;
    assert.match(linked, /a\.json is a symbolic link: links are not followed; make it a gold file$/);
    assert.doesNotMatch(linked, /SECRET/);
  });
});

const CLI = join(import.meta.dirname, "..", "pipeline", "cli.ts");

/** The command line in a child process, stopped after `seconds`: exit status and stderr. */
function cli(args: string[], seconds = 60): { status: number | null; stderr: string; timedOut: boolean } {
  const child = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { encoding: "utf8", timeout: seconds * 1000, killSignal: "SIGKILL" });
  return { status: child.status, stderr: child.stderr, timedOut: child.error !== undefined || child.signal === "SIGKILL" };
}

test("assemble meets a FIFO among the shards' entries or records without waiting on it", async () => {
  await inTempDir("assemble-fifo", async (dir) => {
    const input = corpus(dir);
    const entries = join(dir, "entries");
    assert.equal((await run(["build", "--shard", "1/1", "--entries", entries, "--input", input])).status, 0);
    const entry = readdirSync(entries).find((n) => n.endsWith(".entry"))!;
    unlinkSync(join(entries, entry));
    execFileSync("mkfifo", [join(entries, entry)]);
    // The entry is taken for one that is not there: the document is processed again.
    const fifoEntry = cli(["assemble", "--entries", entries, "--input", input, "--out", join(dir, "out")], 60);
    assert.equal(fifoEntry.timedOut, false);
    assert.equal(fifoEntry.status, 0, fifoEntry.stderr);
    const record = readdirSync(join(entries, "shards"))[0]!;
    unlinkSync(join(entries, "shards", record));
    execFileSync("mkfifo", [join(entries, "shards", record)]);
    const fifoRecord = cli(["assemble", "--entries", entries, "--input", input, "--out", join(dir, "out2")], 60);
    assert.equal(fifoRecord.timedOut, false);
    assert.equal(fifoRecord.status, 2, fifoRecord.stderr);
    assert.match(fifoRecord.stderr, /^error: shards\/1-of-1\..*\.json is not a regular file: remove it and run that shard again\.$/m);
  });
});
