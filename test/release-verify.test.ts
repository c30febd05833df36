// verify, diff, id stability and interrupted publishing, on real builds in temporary folders.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../pipeline/cli.ts";
import { buildDataset } from "../pipeline/stage/build-dataset.ts";
import type { GitHistory } from "../pipeline/verify/rebuild-from-history.ts";
import { runVerify, type VerifyOptions } from "../pipeline/commands/verify.ts";
import { dateBuilds, inTempDir } from "./helpers.ts";

dateBuilds();
import type { ChangeReport } from "../pipeline/release/changelog.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const DATASET = join(ROOT, "dist", "xinjiang-poverty-alleviation-claims");
const committedLatest = async () => (await readFile(join(DATASET, "latest"), "utf8")).trim();
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function run(argv: string[]): Promise<{ code: number; log: string }> {
  const lines: string[] = [];
  const code = await main(argv, (l) => lines.push(l));
  return { code, log: lines.join("\n") };
}

/** The seeds as versions 1.0.0 to 1.3.0 were built from them: the same texts, and the sources.json before the dataset's own licence and statement (issue 19). */
async function seedsBefore140(dir: string): Promise<string> {
  const folder = join(dir, "seeds-1.3.0");
  await cp(join(ROOT, "seeds"), folder, { recursive: true });
  const manifest = spawnSync("git", ["show", "2fdbd9b:seeds/sources.json"], { cwd: ROOT, encoding: "utf8" });
  if (manifest.status !== 0) assert.fail(`git is needed to read the seeds' older sources.json: ${manifest.stderr}`);
  await writeFile(join(folder, "sources.json"), manifest.stdout);
  return folder;
}

test("verify passes on every committed version, each from the inputs it was built from", async () => {
  await inTempDir("release", async (dir) => {
    const older = await run(["verify", "--input", await seedsBefore140(dir), "--out", join(ROOT, "dist")]);
    assert.equal(older.code, 0, older.log);
    for (const v of ["1.0.0", "1.1.0", "1.2.0", "1.3.0"]) assert.match(older.log, new RegExp(`^verify ${escaped(v)}: integrity passed \\(\\d+ files match SHA256SUMS\\); reproducibility passed`, "m"));
    assert.match(older.log, /^verify 1\.0\.0: .*reproducibility passed \(the code of commit [0-9a-f]{12} rebuilds the same bytes from the recorded inputs\)$/m);
    // The newest was built from today's sources.json, so from the older folder it cannot run, and says which file differs.
    assert.match(older.log, /^verify 1\.4\.0: integrity passed \(\d+ files match SHA256SUMS\); reproducibility could not run: .* 1 file differs \(other bytes: sources\.json\)/m);
    assert.doesNotMatch(older.log, /FAILED/);
    // The committed latest is what today's code builds from today's seeds.
    const newest = (await readFile(join(ROOT, "dist", "xinjiang-poverty-alleviation-claims", "latest"), "utf8")).trim();
    const latest = await run(["verify", "latest", "--input", join(ROOT, "seeds"), "--out", join(ROOT, "dist")]);
    assert.equal(latest.code, 0, latest.log);
    assert.match(latest.log, new RegExp(`^verify ${escaped(newest)}: integrity passed \\(\\d+ files match SHA256SUMS\\); reproducibility passed \\(today's code rebuilds the same bytes from the recorded inputs\\)$`, "m"));
    // Today's code writes the workbook otherwise and adds index.html (1.4.0), and reads quotes otherwise (1.4.1, 1.5.0): the code that built each rebuilds it.
    for (const v of ["1.4.0", "1.4.1", "1.5.0"]) {
      const before = await run(["verify", v, "--input", join(ROOT, "seeds"), "--out", join(ROOT, "dist")]);
      assert.equal(before.code, 0, before.log);
      assert.match(before.log, new RegExp(`^verify ${escaped(v)}: integrity passed \\(\\d+ files match SHA256SUMS\\); reproducibility passed \\(the code of commit [0-9a-f]{12} rebuilds the same bytes from the recorded inputs\\)$`, "m"));
    }
  });
});

test("verify fails on a copy with one byte edited, naming the file and the first differing line", async () => {
  await inTempDir("release", async (dir) => {
    await cp(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    const versions = (await readdir(join(dir, "dist", "xinjiang-poverty-alleviation-claims"))).filter((n) => /^\d/.test(n));
    const target = join(dir, "dist", "xinjiang-poverty-alleviation-claims", versions[0]!, "places.csv");
    const text = await readFile(target, "utf8");
    await writeFile(target, text.replace("Kashi", "Kashx"));
    const { code, log } = await run(["verify", versions[0]!, "--input", await seedsBefore140(dir), "--out", join(dir, "dist")]);
    assert.equal(code, 1);
    assert.match(log, new RegExp(`^verify ${versions[0]!.replace(/\./g, "\\.")}: integrity FAILED \\(1 of the \\d+ files SHA256SUMS lists is missing or holds other bytes\\); reproducibility FAILED`, "m"));
    assert.match(log, /^  places\.csv: its bytes are not the ones SHA256SUMS lists/m);
    // With today's code the first differing line is shown; with the commit that built it, the file.
    assert.match(log, /places\.csv: (?:the rebuild differs at line \d+: published ".*Kashx|the code of commit [0-9a-f]{12} rebuilds it with other bytes)/);
  });
});

test("verify of a folder whose texts are not the recorded inputs: reproducibility could not run, naming the file, not a failure", async () => {
  await inTempDir("release", async (dir) => {
    await cp(join(ROOT, "seeds"), join(dir, "seeds"), { recursive: true });
    const file = join(dir, "seeds", "003_ab9e32f6aa93d22b.txt");
    await writeFile(file, (await readFile(file, "utf8")).replace("486,200", "486,300"));
    const { code, log } = await run(["verify", "latest", "--input", join(dir, "seeds"), "--out", join(ROOT, "dist")]);
    assert.equal(code, 0, log);
    const latest = escaped(await committedLatest());
    assert.match(log, new RegExp(`^verify ${latest}: integrity passed \\(\\d+ files match SHA256SUMS\\); reproducibility could not run: "${escaped(join(dir, "seeds"))}" is not the folder of texts ${latest} was built from: 1 file differs \\(other bytes: 003_ab9e32f6aa93d22b\\.txt\\); give --input DIR, the folder it was built from$`));
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
    assert.match(changelog, /### documents\n\n- changed:\n {2}- `004_41c48e866c2ef9af`\n {4}- outlet: .* → "Yunnan Television"\n/);
    assert.match(changelog, /### claims\n\n- changed(?: \(first 20 of \d+\))?:\n {2}- `004_41c48e866c2ef9af-c-[0-9a-f]{10}`\n {4}- attributed_to: /);
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      assert.equal(await main(["diff", latest, next, "--json", "--out", join(dir, "dist")], () => {}), 0);
    } finally {
      process.stdout.write = write;
    }
    const report = JSON.parse(lines.join("")) as ChangeReport;
    assert.equal(report.bump, "patch");
    const documents = report.changed_records.filter((r) => r.table === "documents");
    assert.deepEqual(documents.map((r) => [r.id_before, r.id_after, r.changes.outlet?.after]), [["004_41c48e866c2ef9af", "004_41c48e866c2ef9af", "Yunnan Television"]]);
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
    assert.deepEqual(after.filter((n) => !n.startsWith(".")), ["1.0.0", "index.html", "latest", "versions.json"]);
    assert.equal(await readFile(join(datasetDir, "latest"), "utf8"), "1.0.0\n");
    const resumed = await run(["build", "--input", input, "--out", out]);
    assert.equal(resumed.code, 0, resumed.log);
    assert.deepEqual((await readdir(datasetDir)).sort(), ["1.0.0", "1.1.0", "index.html", "latest", "versions.json"]);
  });
});

test("a changed figure in one seed text is a minor change whose changelog shows the claim changed, old value and new", async () => {
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
    // The claim's id changes with its figure: removed and added for the version number (a minor
    // change), reported as the one claim changed, with the old and new values.
    assert.match(changelog, /\| `claims` \| 0 \| 0 \| 1 \|/);
    assert.match(changelog, /### claims\n\n- changed:\n {2}- `003_ab9e32f6aa93d22b-c-[0-9a-f]{10}` → `003_ab9e32f6aa93d22b-c-[0-9a-f]{10}`\n {4}- value: 183000 → 183500\n {4}- value_text: "183,000" → "183,500"\n/);
    assert.match(changelog, /### documents\n\n- changed:\n {2}- `003_ab9e32f6aa93d22b`\n/);
    const catalog = JSON.parse(await readFile(join(datasetDir, "versions.json"), "utf8")) as { latest: string; versions: { version: string }[] };
    assert.equal(catalog.latest, next);
    assert.equal(catalog.versions.at(-1)!.version, next);
  });
});

/** runVerify called directly: what the command line will pass once it gives null for a missing --input. */
async function verifyWith(options: Partial<VerifyOptions> & { out: string }): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runVerify({ input: null, dataset: null, version: null, pseudonymKey: null, maxFileBytes: 32 * 1_048_576, ...options }, (l) => lines.push(l));
  return { code, lines };
}

/** Two versions in `dir/out`: 1.0.0 from a.txt, 1.1.0 once b.txt is added. */
async function twoVersions(dir: string): Promise<{ input: string; out: string; datasetDir: string }> {
  const input = join(dir, "in");
  const out = join(dir, "out");
  await mkdir(input);
  await writeFile(join(input, "a.txt"), "A title for a text\n\nThe county employed 300 workers.\n");
  assert.equal((await run(["build", "--input", input, "--out", out])).code, 0);
  await writeFile(join(input, "b.txt"), "Another title for a text\n\nThe town built 12 roads.\n");
  assert.equal((await run(["build", "--input", input, "--out", out])).code, 0);
  return { input, out, datasetDir: join(out, "claims-dataset") };
}

const listed = async (versionDir: string) => (await readFile(join(versionDir, "SHA256SUMS"), "utf8")).trim().split("\n").length;

test("verify with no input folder: integrity passes, reproducibility does not run, exit 0", async () => {
  const latest = await committedLatest();
  const { code, lines } = await verifyWith({ out: join(ROOT, "dist"), version: latest });
  assert.equal(code, 0, lines.join("\n"));
  assert.deepEqual(lines, [
    `verify ${latest}: integrity passed (${await listed(join(DATASET, latest))} files match SHA256SUMS); reproducibility could not run: no input folder given; give --input DIR, the folder of texts this version was built from`,
  ]);
});

test("a text added to the input folder: the older version's integrity passes and its reproducibility could not run, naming the added file; the newer passes; exit 0", async () => {
  await inTempDir("release", async (dir) => {
    const { input, out, datasetDir } = await twoVersions(dir);
    const { code, lines } = await verifyWith({ out, input });
    assert.equal(code, 0, lines.join("\n"));
    assert.deepEqual(lines, [
      `verify 1.0.0: integrity passed (${await listed(join(datasetDir, "1.0.0"))} files match SHA256SUMS); reproducibility could not run: "${input}" is not the folder of texts 1.0.0 was built from: 1 file differs (added: b.txt); give --input DIR, the folder it was built from`,
      `verify 1.1.0: integrity passed (${await listed(join(datasetDir, "1.1.0"))} files match SHA256SUMS); reproducibility passed (today's code rebuilds the same bytes from the recorded inputs)`,
    ]);
  });
});

test("files left in a version folder by the README's own example (__pycache__/) are named as not part of the release, and fail nothing", async () => {
  await inTempDir("release", async (dir) => {
    const { input, out, datasetDir } = await twoVersions(dir);
    await mkdir(join(datasetDir, "1.1.0", "__pycache__"));
    await writeFile(join(datasetDir, "1.1.0", "__pycache__", "x.pyc"), "compiled");
    await writeFile(join(datasetDir, "1.1.0", "__pycache__", "load.cpython-312.pyc"), "compiled");
    const { code, lines } = await verifyWith({ out, input, version: "1.1.0" });
    assert.equal(code, 0, lines.join("\n"));
    assert.deepEqual(lines, [
      `verify 1.1.0: integrity passed (${await listed(join(datasetDir, "1.1.0"))} files match SHA256SUMS; 2 files present are not part of the release); reproducibility passed (today's code rebuilds the same bytes from the recorded inputs)`,
      "  not part of the release: __pycache__/load.cpython-312.pyc",
      "  not part of the release: __pycache__/x.pyc",
    ]);
  });
});

test("a published file edited or removed: integrity and reproducibility fail naming it, exit 1", async () => {
  await inTempDir("release", async (dir) => {
    const { input, out, datasetDir } = await twoVersions(dir);
    const versionDir = join(datasetDir, "1.1.0");
    const claims = await readFile(join(versionDir, "claims.csv"), "utf8");
    await writeFile(join(versionDir, "claims.csv"), claims.replace("12", "13"));
    await rm(join(versionDir, "README.md"));
    const n = await listed(versionDir);
    const { code, lines } = await verifyWith({ out, input, version: "1.1.0" });
    assert.equal(code, 1, lines.join("\n"));
    assert.equal(lines[0], `verify 1.1.0: integrity FAILED (2 of the ${n} files SHA256SUMS lists are missing or hold other bytes); reproducibility FAILED (today's code rebuilds 2 files otherwise from the recorded inputs)`);
    assert.deepEqual(lines.slice(1, 3).sort(), ["  README.md: listed in SHA256SUMS but missing", "  claims.csv: its bytes are not the ones SHA256SUMS lists (edited after publishing?)"]);
    assert.deepEqual(lines.slice(3).map((l) => l.replace(/ at line .*/, " at line ...")).sort(), ["  README.md: the rebuild makes it, the published version lacks it", "  claims.csv: the rebuild differs at line ..."]);
    assert.match(lines.join("\n"), /^  claims\.csv: the rebuild differs at line 3: published "b-c-[0-9a-f]{10},b,13,12,.*", rebuilt "b-c-[0-9a-f]{10},b,12,12,/m);
  });
});

test("a version built by other code, with no git history at hand: reproducibility could not run, saying why; exit 0", async () => {
  await inTempDir("release", async (dir) => {
    await mkdir(join(dir, "downloaded"));
    const oldest = (await readdir(DATASET)).filter((n) => /^\d/.test(n)).sort()[0]!;
    const cases: [GitHistory, string][] = [
      [{ root: join(dir, "downloaded"), git: "git" }, `"${join(dir, "downloaded")}" has no git history (no .git folder, as in a downloaded copy) to take that code from; verify in a clone of the repository (git clone)`],
      [{ root: ROOT, git: join(dir, "no-git-here") }, `git is not installed (no ${join(dir, "no-git-here")} on PATH) to take that code from the history; install git, or verify in a clone of the repository`],
    ];
    for (const [history, why] of cases) {
      const { code, lines } = await verifyWith({ out: join(ROOT, "dist"), input: await seedsBefore140(join(dir, history.git === "git" ? "a" : "b")), version: oldest, history });
      assert.equal(code, 0, lines.join("\n"));
      assert.equal(lines.length, 1, lines.join("\n"));
      assert.match(lines[0]!, new RegExp(`^verify ${escaped(oldest)}: integrity passed \\(\\d+ files match SHA256SUMS\\); reproducibility could not run: built by other pipeline code than today's \\(code_sha256 [0-9a-f]{12}; today's rebuilds \\d+ files? otherwise\\), and ${escaped(why)}$`));
    }
  });
});

test("the committed dist is exactly what the committed sources build (CI runs the build first)", () => {
  const git = spawnSync("git", ["status", "--porcelain", "--", "dist"], { cwd: ROOT, encoding: "utf8" });
  if (git.status !== 0) assert.fail(`git is needed to check dist against the commit: ${git.stderr}`);
  assert.equal(git.stdout, "", "building the committed seeds changed dist/: commit the new version, or find what made the build differ");
});
