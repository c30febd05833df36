// verify, diff, id stability and interrupted publishing, on real builds in temporary folders.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cp, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../pipeline/cli.ts";
import { buildDataset } from "../pipeline/build/build-dataset.ts";
import { dateBuilds, inTempDir } from "./helpers.ts";

dateBuilds();

const ROOT = fileURLToPath(new URL("..", import.meta.url));

async function run(argv: string[]): Promise<{ code: number; log: string }> {
  const lines: string[] = [];
  const code = await main(argv, (l) => lines.push(l));
  return { code, log: lines.join("\n") };
}

test("verify passes on every committed version", async () => {
  const { code, log } = await run(["verify", "--input", join(ROOT, "seeds"), "--out", join(ROOT, "dist")]);
  assert.equal(code, 0, log);
  assert.match(log, /verify 1\.0\.0: every file matches SHA256SUMS, and the rebuild from the recorded inputs gives the same bytes/);
});

test("verify fails on a copy with one byte edited, naming the file and the first differing line", async () => {
  await inTempDir("release", async (dir) => {
    await cp(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    const versions = (await readdir(join(dir, "dist", "xinjiang-poverty-alleviation-claims"))).filter((n) => /^\d/.test(n));
    const target = join(dir, "dist", "xinjiang-poverty-alleviation-claims", versions[0]!, "places.csv");
    const text = await readFile(target, "utf8");
    await writeFile(target, text.replace("Kashi", "Kashx"));
    const { code, log } = await run(["verify", versions[0]!, "--input", join(ROOT, "seeds"), "--out", join(dir, "dist")]);
    assert.equal(code, 1);
    assert.match(log, /places\.csv: its bytes are not the ones SHA256SUMS lists/);
    // With today's code the first differing line is shown; with the commit that built it, the file.
    assert.match(log, /places\.csv: (?:the rebuild differs at line \d+: published ".*Kashx|the code of commit [0-9a-f]{12} rebuilds it with other bytes)/);
  });
});

test("verify fails when the sources no longer are the recorded inputs, naming the input", async () => {
  await inTempDir("release", async (dir) => {
    await cp(join(ROOT, "seeds"), join(dir, "seeds"), { recursive: true });
    const file = join(dir, "seeds", "003_ab9e32f6aa93d22b.txt");
    await writeFile(file, (await readFile(file, "utf8")).replace("486,200", "486,300"));
    const { code, log } = await run(["verify", "--input", join(dir, "seeds"), "--out", join(ROOT, "dist")]);
    assert.equal(code, 1);
    assert.match(log, /input .*003_ab9e32f6aa93d22b\.txt: has other bytes than the one this version was built from/);
  });
});

test("a change to one seed text gives a patch and a changelog naming the changed records; diff reports the same", async () => {
  await inTempDir("release", async (dir) => {
    await cp(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    await cp(join(ROOT, "seeds"), join(dir, "seeds"), { recursive: true });
    const latest = (await readFile(join(dir, "dist", "xinjiang-poverty-alleviation-claims", "latest"), "utf8")).trim();
    // A correction that keeps every sentence: the outlet of one text, curated in the manifest.
    const manifestPath = join(dir, "seeds", "sources.json");
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { sources: { file: string; outlet?: string }[] };
    manifest.sources.find((s) => s.file.startsWith("004"))!.outlet = "Yunnan Television";
    await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    const built = await run(["build", "--input", join(dir, "seeds"), "--out", join(dir, "dist")]);
    assert.equal(built.code, 0, built.log);
    const [major, minor, patch] = latest.split(".").map(Number) as [number, number, number];
    const next = `${major}.${minor}.${patch + 1}`;
    assert.match(built.log, new RegExp(`published .*${next.replace(/\./g, "\\.")} .*a patch change from ${latest.replace(/\./g, "\\.")}`));
    const changelog = await readFile(join(dir, "dist", "xinjiang-poverty-alleviation-claims", next, "CHANGELOG.md"), "utf8");
    assert.match(changelog, /\| `documents` \| 0 \| 0 \| 1 \|/);
    assert.match(changelog, /### documents\n\n- changed: `004_41c48e866c2ef9af`/);
    assert.match(changelog, /### claims\n\n- changed: `004_41c48e866c2ef9af-c-[0-9a-f]{10}`/);
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      assert.equal(await main(["diff", latest, next, "--json", "--out", join(dir, "dist")], () => {}), 0);
    } finally {
      process.stdout.write = write;
    }
    const report = JSON.parse(lines.join("")) as { bump: string; tables: { table: string; changed: number; changed_ids: string[] }[] };
    assert.equal(report.bump, "patch");
    assert.deepEqual(report.tables.find((t) => t.table === "documents")!.changed_ids, ["004_41c48e866c2ef9af"]);
    const verified = await run(["verify", next, "--input", join(dir, "seeds"), "--out", join(dir, "dist")]);
    assert.equal(verified.code, 0, verified.log);
  });
});

test("record ids of other documents stay the same when a document is added in the middle", () => {
  const text = (n: number) => new TextEncoder().encode(`A title for one of the texts\n\nThe county employed ${n * 100} workers in ${n * 3} villages.\n`);
  const ids = (paths: string[]) =>
    [...buildDataset({ files: paths.map((p) => ({ path: p, bytes: text(Number(p[0])) })), manifestText: null, version: "1.0.0" }).dataset.tables.claims].map((c) => String(c.claim_id));
  const before = ids(["1.txt", "3.txt"]);
  const after = ids(["1.txt", "2.txt", "3.txt"]);
  assert.equal(before.length, 4);
  assert.deepEqual(after.filter((id) => !id.startsWith("2-")), before);
});

test("a publish killed between writing files leaves the previous state whole, and the next run completes", async () => {
  await inTempDir("release", async (dir) => {
    const input = join(dir, "in");
    await mkdir(input);
    await writeFile(join(input, "a.txt"), "A title for a text\n\nThe county employed 300 workers.\n");
    const out = join(dir, "out");
    assert.equal((await run(["build", "--input", input, "--out", out])).code, 0);
    await writeFile(join(input, "b.txt"), "Another title for a text\n\nThe town built 12 roads.\n");
    const killed = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "pipeline", "cli.ts"), "build", "--input", input, "--out", out], {
      cwd: ROOT,
      env: { ...process.env, CLAIMS_PIPELINE_CRASH_AFTER_FILES: "5" },
      encoding: "utf8",
    });
    assert.equal(killed.signal, "SIGKILL");
    const datasetDir = join(out, "claims-dataset");
    const after = (await readdir(datasetDir)).sort();
    assert.deepEqual(after.filter((n) => !n.startsWith(".")), ["1.0.0", "latest", "versions.json"]);
    assert.equal(await readFile(join(datasetDir, "latest"), "utf8"), "1.0.0\n");
    const resumed = await run(["build", "--input", input, "--out", out]);
    assert.equal(resumed.code, 0, resumed.log);
    assert.deepEqual((await readdir(datasetDir)).sort(), ["1.0.0", "1.1.0", "latest", "versions.json"]);
  });
});

test("a changed sentence in one seed text is a minor change whose changelog names the records", async () => {
  await inTempDir("release", async (dir) => {
    await cp(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    await cp(join(ROOT, "seeds"), join(dir, "seeds"), { recursive: true });
    const file = join(dir, "seeds", "003_ab9e32f6aa93d22b.txt");
    await writeFile(file, (await readFile(file, "utf8")).replace("A total of 183,000 yuan", "A total of 183,500 yuan"));
    const built = await run(["build", "--input", join(dir, "seeds"), "--out", join(dir, "dist")]);
    assert.equal(built.code, 0, built.log);
    assert.match(built.log, /a minor change from/);
    const datasetDir = join(dir, "dist", "xinjiang-poverty-alleviation-claims");
    const next = (await readFile(join(datasetDir, "latest"), "utf8")).trim();
    const changelog = await readFile(join(datasetDir, next, "CHANGELOG.md"), "utf8");
    assert.match(changelog, /\| `claims` \| 1 \| 1 \| 0 \|/);
    assert.match(changelog, /### claims\n\n- added: `003_ab9e32f6aa93d22b-c-[0-9a-f]{10}`\n- removed: `003_ab9e32f6aa93d22b-c-[0-9a-f]{10}`/);
    assert.match(changelog, /### documents\n\n- changed: `003_ab9e32f6aa93d22b`/);
    const catalog = JSON.parse(await readFile(join(datasetDir, "versions.json"), "utf8")) as { latest: string; versions: { version: string }[] };
    assert.equal(catalog.latest, next);
    assert.equal(catalog.versions.at(-1)!.version, next);
  });
});

test("the committed dist is exactly what the committed sources build (CI runs the build first)", () => {
  const git = spawnSync("git", ["status", "--porcelain", "--", "dist"], { cwd: ROOT, encoding: "utf8" });
  if (git.status !== 0) assert.fail(`git is needed to check dist against the commit: ${git.stderr}`);
  assert.equal(git.stdout, "", "building the committed seeds changed dist/: commit the new version, or find what made the build differ");
});
