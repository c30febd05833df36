import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, lstatSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { knownHashes } from "../pipeline/cache/known-hashes.ts";
import { readInputFolder } from "../pipeline/ingest/read-folder.ts";
import { DEFAULT_MAX_FILE_BYTES } from "../pipeline/ingest/open-listed.ts";
import { sha256Hex } from "../pipeline/text/sha256.ts";
import { inTempDir } from "./helpers.ts";

/** Dates the memo ten seconds ahead, as if the files had been hashed long after they were written. */
async function dateMemoAhead(memoDir: string): Promise<void> {
  const later = new Date(Date.now() + 10_000);
  for (const name of await readdir(memoDir)) utimesSync(join(memoDir, name), later, later);
}

test("a file's hash is reused while its stat is unchanged, and taken afresh when its bytes change under the same size and mtime", async () => {
  await inTempDir("known-hashes", async (dir) => {
    const input = join(dir, "in");
    const memo = join(dir, "memo");
    const file = join(input, "a.txt");
    await mkdir(input);
    await writeFile(file, "The county built 40 roads.\n");
    // A memo of the format before, which is not read and goes when the memo is saved.
    await mkdir(memo);
    const before = join(memo, `${sha256Hex(resolve(input))}.json`);
    await writeFile(before, "{}");
    const first = knownHashes(input, memo);
    assert.equal(first.lookup("a.txt", lstatSync(file)), undefined, "nothing recorded yet");
    const folder = await readInputFolder(input, DEFAULT_MAX_FILE_BYTES, first);
    first.save();
    assert.equal(existsSync(before), false);
    assert.equal(folder.files[0]!.sha256, sha256Hex(new TextEncoder().encode("The county built 40 roads.\n")));

    // Just written: the memo is as young as the file, so the hash is not trusted (the racy case).
    assert.equal(knownHashes(input, memo).lookup("a.txt", lstatSync(file)), undefined);

    await dateMemoAhead(memo);
    assert.equal(knownHashes(input, memo).lookup("a.txt", lstatSync(file)), folder.files[0]!.sha256);
    assert.equal(knownHashes(input, memo).lookup("b.txt", lstatSync(file)), undefined, "another path");

    // Same size, mtime put back: only the change time tells, and it does.
    const { atime, mtime } = lstatSync(file);
    await writeFile(file, "The county built 50 roads.\n");
    utimesSync(file, atime, mtime);
    const after = knownHashes(input, memo);
    assert.equal(after.lookup("a.txt", lstatSync(file)), undefined);
    const reread = await readInputFolder(input, DEFAULT_MAX_FILE_BYTES, after);
    assert.equal(reread.files[0]!.sha256, sha256Hex(new TextEncoder().encode("The county built 50 roads.\n")));
  });
});

test("the memo keeps names with tabs and line breaks, and a memo cut short is read up to the cut", async () => {
  await inTempDir("known-hashes-names", async (dir) => {
    const input = join(dir, "in");
    const memo = join(dir, "memo");
    await mkdir(input);
    const names = ["a\tb.txt", "c\nd.txt", "e.txt"];
    for (const name of names) await writeFile(join(input, name), `The county built ${name.length} roads.\n`);
    const first = knownHashes(input, memo);
    const folder = await readInputFolder(input, DEFAULT_MAX_FILE_BYTES, first);
    first.save();
    await dateMemoAhead(memo);
    const hashes = new Map(folder.files.map((f) => [f.path, f.sha256]));
    assert.deepEqual([...hashes.keys()].sort(), [...names].sort());
    const again = knownHashes(input, memo);
    for (const name of names) assert.equal(again.lookup(name, lstatSync(join(input, name))), hashes.get(name), JSON.stringify(name));

    // Cut the memo inside its last record: the records before the cut are still trusted.
    const [memoFile] = await readdir(memo);
    const text = readFileSync(join(memo, memoFile!), "utf8");
    writeFileSync(join(memo, memoFile!), text.slice(0, -10));
    await dateMemoAhead(memo);
    const cut = knownHashes(input, memo);
    const found = names.filter((name) => cut.lookup(name, lstatSync(join(input, name))) === hashes.get(name));
    assert.equal(found.length, names.length - 1, `found ${JSON.stringify(found)}`);
  });
});
