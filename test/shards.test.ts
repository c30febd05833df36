// Builds past one machine, as the recipes in docs/sharding.md run them: each shard a process of its
// own writing into one shared entries folder, then assemble. The release must be byte for byte a
// single build's; a shard that did not finish, ran twice with other results, or ran on other
// inputs is named, and nothing is published.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cp, readdir, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inTempDir, readTreeBytes } from "./helpers.ts";
import { checkShardRecords, parseShard, shardOfPath, type ShardRecord } from "../pipeline/run/shard-record.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "claims-dataset.js");

function claimsDataset(cwd: string, args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "1719705600" } });
  return { status: r.status, stderr: r.stderr };
}

async function corpus(dir: string): Promise<void> {
  await cp(join(ROOT, "test", "fixtures", "forms"), join(dir, "in"), { recursive: true });
  // One text that is only site chrome, which no shard keeps an entry for: assemble reports it as a build does.
  await writeFile(join(dir, "in", "zz-chrome.txt"), "Home > News > Region\nShare this article\n");
}

test("four shards run as processes, then assemble: the same bytes as one build; a shard run twice with the same result is used once", async () => {
  await inTempDir("shards", async (dir) => {
    await corpus(dir);
    for (let i = 1; i <= 4; i++) {
      const shard = claimsDataset(dir, ["build", "--input", "in", "--shard", `${i}/4`, "--entries", "entries"]);
      assert.equal(shard.status, 0, shard.stderr);
      assert.match(shard.stderr, new RegExp(`^build: shard ${i}/4 done: \\d+ entr`, "m"));
    }
    const again = claimsDataset(dir, ["build", "--input", "in", "--shard", "2/4", "--entries", "entries"]);
    assert.equal(again.status, 0, again.stderr);
    const assembled = claimsDataset(dir, ["assemble", "--entries", "entries", "--input", "in", "--out", "sharded", "--allow-rejects"]);
    assert.equal(assembled.status, 0, assembled.stderr);
    assert.match(assembled.stderr, /^assemble: shard 2\/4 ran more than once \(2-of-4\.[^,]+\.json, 2-of-4\.[^)]+\.json\), with the same result each time; it is used once\.$/m);
    const single = claimsDataset(dir, ["build", "--input", "in", "--out", "single", "--no-cache", "--allow-rejects"]);
    assert.equal(single.status, 0, single.stderr);
    const [a, b] = [await readTreeBytes(join(dir, "sharded")), await readTreeBytes(join(dir, "single"))];
    assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
    assert.ok(a.size > 50);
    for (const [path, bytes] of b) assert.ok(a.get(path)!.equals(bytes), `${path} differs between the sharded and the single build`);
    // The chrome-only text had no entry in any shard, and is reported by assemble as by build.
    assert.match(assembled.stderr, /zz-chrome\.txt/);
    const records = (await readdir(join(dir, "entries", "shards"))).sort();
    assert.equal(records.length, 5);
  });
});

test("assemble names a shard that did not finish, one run twice with other results, and inputs changed since, and publishes nothing", async () => {
  await inTempDir("shards", async (dir) => {
    await corpus(dir);
    for (let i = 1; i <= 3; i++) assert.equal(claimsDataset(dir, ["build", "--input", "in", "--shard", `${i}/3`, "--entries", "entries"]).status, 0);
    // A shard killed before its end writes no record (the record is written last).
    const records = join(dir, "entries", "shards");
    const third = (await readdir(records)).find((n) => n.startsWith("3-of-3."))!;
    const kept = await readFile(join(records, third));
    await rm(join(records, third));
    const missing = claimsDataset(dir, ["assemble", "--entries", "entries", "--input", "in", "--out", "out"]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^error: shard 3\/3 has no record in entries\/shards: it did not run, or did not finish; run claims-dataset build --shard 3\/3 --entries entries again\.$/m);
    await writeFile(join(records, third), kept);

    // A text edited after its shard ran.
    const edited = (await readdir(join(dir, "in"))).find((n) => n.endsWith(".txt") && shardOfPath(n, 3) === 1)!;
    await appendFile(join(dir, "in", edited), "\nThe county paved 12 more roads.\n");
    const changed = claimsDataset(dir, ["assemble", "--entries", "entries", "--input", "in", "--out", "out"]);
    assert.equal(changed.status, 2);
    assert.ok(changed.stderr.includes(`error: ${edited} has changed since shard 1/3 ran: remove entries/shards/1-of-3.*.json and run claims-dataset build --shard 1/3 --entries entries again.`), changed.stderr);

    // Shard 1 run again on the edited text, its first record left beside the new one.
    assert.equal(claimsDataset(dir, ["build", "--input", "in", "--shard", "1/3", "--entries", "entries"]).status, 0);
    const twice = claimsDataset(dir, ["assemble", "--entries", "entries", "--input", "in", "--out", "out"]);
    assert.equal(twice.status, 2);
    assert.match(twice.stderr, /^error: shard 1\/3 ran more than once with different results \(1-of-3\.[^,]+\.json, 1-of-3\.[^)]+\.json\): remove entries\/shards\/1-of-3\.\*\.json and run/m);
    await assert.rejects(readdir(join(dir, "out", "claims-dataset")), "nothing was published");
  });
});

test("a file's shard follows from its path alone, and the shards share the files out", () => {
  assert.deepEqual(parseShard("2/4"), { index: 2, count: 4 });
  for (const bad of ["0/4", "5/4", "2", "2/0", "a/b", "1/10001", " 1/2"]) assert.ok("error" in parseShard(bad), bad);
  const paths = Array.from({ length: 4000 }, (_, k) => `news/${k}.txt`);
  const sizes = [0, 0, 0, 0];
  for (const p of paths) sizes[shardOfPath(p, 4) - 1]! += 1;
  for (const size of sizes) assert.ok(size > 900 && size < 1100, `${sizes}`);
  assert.equal(shardOfPath("news/17.txt", 4), shardOfPath("news/17.txt", 4));
});

test("records split into other numbers of shards, or made by other code, are refused", () => {
  const files = [{ path: "a.txt", sha256: "1" }];
  const record = (shard: string, salt = "s"): ShardRecord => ({ shard, salt, files: shardOfPath("a.txt", Number(shard.split("/")[1])) === Number(shard.split("/")[0]) ? [{ path: "a.txt", sha256: "1", entry: true }] : [] });
  const split = checkShardRecords("e", [["1-of-1.x.json", record("1/1")], ["1-of-2.y.json", record("1/2")]], files, "s");
  assert.deepEqual(split, { ok: false, problem: "the records in e split the files into different numbers of shards (1 and 2): keep one run's records, or start again in an empty folder" });
  const other = checkShardRecords("e", [["1-of-1.x.json", record("1/1", "old")]], files, "s");
  assert.ok(!other.ok && other.problem.startsWith("shard 1/1 (1-of-1.x.json) was run by other pipeline code than this assemble"));
  const fine = checkShardRecords("e", [["1-of-1.x.json", record("1/1")]], files, "s");
  assert.ok(fine.ok && fine.entries.get("a.txt") === true);
  assert.deepEqual(checkShardRecords("e", [], files, "s"), { ok: false, problem: "e holds no shard records (shards/*.json): run claims-dataset build --shard I/N --entries e for each shard I of N first" });
});
