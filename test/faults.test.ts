// Faults while publishing: a build killed at any moment, two builds at once, a full disk and a
// read-only folder. In each, every published version stays as it was and the next build succeeds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dateBuilds, inTempDir, readTree } from "./helpers.ts";

dateBuilds();

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = ["--import", "tsx", join(ROOT, "pipeline", "cli.ts")];

async function corpus(dir: string): Promise<{ input: string; out: string; datasetDir: string }> {
  const input = join(dir, "in");
  await mkdir(input);
  await writeFile(join(input, "a.txt"), "A title for the first text\n\nThe county employed 300 workers.\n");
  const out = join(dir, "out");
  assert.equal(spawnSync(process.execPath, [...CLI, "build", "--input", input, "--out", out], { cwd: ROOT }).status, 0);
  await writeFile(join(input, "b.txt"), "A title for the second text\n\nThe town built 12 roads.\n");
  return { input, out, datasetDir: join(out, "claims-dataset") };
}

test("a build killed at any point of writing leaves the published version intact, and the next build completes", async () => {
  await inTempDir("faults", async (dir) => {
    const { input, out, datasetDir } = await corpus(dir);
    const before = await readTree(join(datasetDir, "1.0.0"));
    for (const after of [1, 7, 20, 35]) {
      const killed = spawnSync(process.execPath, [...CLI, "build", "--input", input, "--out", out], { cwd: ROOT, env: { ...process.env, CLAIMS_PIPELINE_CRASH_AFTER_FILES: String(after) } });
      assert.equal(killed.signal, "SIGKILL", `killed after ${after} files: ${killed.stderr?.toString().slice(-300)}`);
      const names = (await readdir(datasetDir)).filter((n) => !n.startsWith("."));
      assert.deepEqual(names.sort(), ["1.0.0", "index.html", "latest", "versions.json"], `after ${after} files`);
      assert.deepEqual(await readTree(join(datasetDir, "1.0.0")), before);
    }
    const resumed = spawnSync(process.execPath, [...CLI, "build", "--input", input, "--out", out], { cwd: ROOT, encoding: "utf8" });
    assert.equal(resumed.status, 0, resumed.stderr);
    assert.deepEqual((await readdir(datasetDir)).sort(), ["1.0.0", "1.1.0", "index.html", "latest", "versions.json"], "stale lock and temporary folders are cleared");
  });
});

test("two builds at once on the same output: one publishes, the other waits its turn or refuses clearly; nothing is corrupted", async () => {
  await inTempDir("faults", async (dir) => {
    const { input, out, datasetDir } = await corpus(dir);
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [...CLI, "build", "--input", input, "--out", out], { cwd: ROOT });
        let stderr = "";
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("close", (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([run(), run()]);
    const published = results.filter((r) => /^build: published .*1\.1\.0/m.test(r.stderr));
    assert.equal(published.length, 1, results.map((r) => r.stderr).join("\n---\n"));
    const other = results.find((r) => r !== published[0])!;
    assert.ok(
      (other.code === 2 && /another build \(process \d+\) is writing .*; wait for it to finish and build again/.test(other.stderr)) || (other.code === 0 && /nothing differs from the published 1\.1\.0/.test(other.stderr)),
      other.stderr,
    );
    const verified = spawnSync(process.execPath, [...CLI, "verify", "1.1.0", "--input", input, "--out", out], { cwd: ROOT, encoding: "utf8" });
    assert.equal(verified.status, 0, verified.stderr);
    assert.deepEqual((await readdir(datasetDir)).sort(), ["1.0.0", "1.1.0", "index.html", "latest", "versions.json"]);
  });
});

for (const [code, words] of [["ENOSPC", "the disk is full"], ["EROFS", "the folder is on a read-only file system"]] as const) {
  test(`${code} while writing: a clear error, exit 2, the published version intact`, async () => {
    await inTempDir("faults", async (dir) => {
      const { input, out, datasetDir } = await corpus(dir);
      const before = await readTree(datasetDir);
      const failed = spawnSync(process.execPath, [...CLI, "build", "--input", input, "--out", out], { cwd: ROOT, encoding: "utf8", env: { ...process.env, CLAIMS_PIPELINE_FAIL_WRITE: code } });
      assert.equal(failed.status, 2, failed.stderr);
      assert.match(failed.stderr, new RegExp(`error: cannot write under .*: ${words} \\(${code}\\)\\. Nothing was published and every published version is as it was`));
      assert.deepEqual(await readTree(datasetDir), before);
    });
  });
}

test("a read-only output folder (for a user who is not root): exit 2 and the message", async (t) => {
  if (process.getuid?.() === 0) return t.skip("root may write to any folder; the EROFS test above covers the message");
  await inTempDir("faults", async (dir) => {
    const { input, out, datasetDir } = await corpus(dir);
    spawnSync("chmod", ["-R", "a-w", out]);
    try {
      const failed = spawnSync(process.execPath, [...CLI, "build", "--input", input, "--out", out], { cwd: ROOT, encoding: "utf8" });
      assert.equal(failed.status, 2, failed.stderr);
      assert.match(failed.stderr, /cannot write under .*the folder may not be written \(EACCES\)/);
    } finally {
      spawnSync("chmod", ["-R", "u+w", out]);
    }
    assert.deepEqual((await readdir(datasetDir)).sort(), ["1.0.0", "index.html", "latest", "versions.json"]);
  });
});
