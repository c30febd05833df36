// The red team's cases (issue 18), each as it was found: a leak, hangs, crashes, wrong state and
// lost files. Cases that could hang run the command line in a child process with a time limit; the
// rest call main() or the build directly. Every refusal is one line naming the file, exit status 2,
// and no stack trace.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../pipeline/cli.ts";
import { buildDataset } from "../pipeline/stage/build-dataset.ts";
import { readInputFolder } from "../pipeline/ingest/read-folder.ts";
import { DEFAULT_MAX_FILE_BYTES } from "../pipeline/ingest/open-listed.ts";
import { dateBuilds, inTempDir } from "./helpers.ts";

dateBuilds();

const CLI = join(import.meta.dirname, "..", "pipeline", "cli.ts");
const TEXT = "Roads in the county\n\nThe county built 12 roads in 2019, officials said.\n";
const SECRET = "SECRET-7f3a9c: this line lives outside the input folder";

/** The command line in a child process, stopped after `seconds`: exit status and stderr. */
function cli(args: string[], seconds = 60): { status: number | null; stderr: string; timedOut: boolean } {
  const run = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { encoding: "utf8", timeout: seconds * 1000, killSignal: "SIGKILL" });
  return { status: run.status, stderr: run.stderr, timedOut: run.error !== undefined || run.signal === "SIGKILL" };
}

/** main() in this process: exit status and every line it logged. */
async function run(args: string[]): Promise<{ status: number; lines: string[] }> {
  const lines: string[] = [];
  const status = await main(args, (l) => lines.push(l));
  return { status, lines };
}

function assertNoStack(text: string): void {
  assert.doesNotMatch(text, /^\s+at .+:\d+:\d+\)?$/m, `a stack trace was printed:\n${text}`);
}

function assertRefused(result: { status: number; lines: string[] }, names: RegExp): void {
  assert.equal(result.status, 2, result.lines.join("\n"));
  const error = result.lines.find((l) => l.startsWith("error: "));
  assert.ok(error !== undefined, result.lines.join("\n"));
  assert.match(error, names);
  assertNoStack(result.lines.join("\n"));
}

function corpus(dir: string): string {
  const input = join(dir, "in");
  mkdirSync(input, { recursive: true });
  writeFileSync(join(input, "a.txt"), TEXT);
  return input;
}

const isRoot = process.getuid?.() === 0;

test("a file swapped for a link to a secret after the listing is a reject, and no byte of the secret is published", async () => {
  await inTempDir("swap", async (dir) => {
    const input = corpus(dir);
    writeFileSync(join(dir, "secret.txt"), SECRET);
    writeFileSync(join(input, "b.txt"), "A second text\n\nThe village built 4 wells in 2018.\n");
    writeFileSync(join(input, "c.txt"), "A third text\n\nThe town built 9 schools in 2017.\n");
    const folder = await readInputFolder(input, DEFAULT_MAX_FILE_BYTES);
    // Between the listing and the read: b.txt becomes a link, c.txt another file of the same bytes.
    unlinkSync(join(input, "b.txt"));
    symlinkSync(join(dir, "secret.txt"), join(input, "b.txt"));
    // The copy is made before the original goes, so it cannot reuse the original's inode.
    writeFileSync(join(input, "c.txt.new"), readFileSync(join(input, "c.txt")));
    execFileSync("mv", [join(input, "c.txt.new"), join(input, "c.txt")]);
    const result = buildDataset({ files: folder.files, manifestText: null, version: "1.0.0" });
    assert.deepEqual(
      result.issues.map((i) => [i.sourceFile, i.code, i.message]),
      [
        ["b.txt", "unreadable-file", "b.txt was replaced by a symbolic link while the build ran: links are not followed; build again."],
        ["c.txt", "unreadable-file", "c.txt was replaced by another file while the build ran; build again."],
      ],
    );
    assert.deepEqual([...result.dataset.tables.documents].map((d) => d.source_file), ["a.txt"]);
    assert.ok(!result.dataset.texts.some((t) => t.text.includes("SECRET")));
  });
});

test("a FIFO named sources.json, or named latest in the dataset folder, is refused at once: no hang", async () => {
  await inTempDir("fifo", async (dir) => {
    const input = corpus(dir);
    execFileSync("mkfifo", [join(input, "sources.json")]);
    const fifoManifest = cli(["build", "--input", input, "--out", join(dir, "out"), "--no-cache"], 60);
    assert.equal(fifoManifest.timedOut, false);
    assert.equal(fifoManifest.status, 2, fifoManifest.stderr);
    assert.match(fifoManifest.stderr, /sources\.json is not a regular file; make it a JSON file of the sources, or remove it/);
    assertNoStack(fifoManifest.stderr);
    unlinkSync(join(input, "sources.json"));

    const datasetDir = join(dir, "out", "claims-dataset");
    mkdirSync(datasetDir, { recursive: true });
    execFileSync("mkfifo", [join(datasetDir, "latest")]);
    const fifoLatest = cli(["build", "--input", input, "--out", join(dir, "out"), "--no-cache"], 60);
    assert.equal(fifoLatest.timedOut, false);
    assert.equal(fifoLatest.status, 2, fifoLatest.stderr);
    assert.match(fifoLatest.stderr, /latest is not a file: make it a file holding the latest version/);
    assertNoStack(fifoLatest.stderr);
  });
});

test("--out under /proc, a file, /dev/null, the input folder or inside it, and --input inside --out are refused before anything is written", async () => {
  await inTempDir("out", async (dir) => {
    const input = corpus(dir);
    const proc = cli(["build", "--input", input, "--out", "/proc/x", "--no-cache"], 60);
    assert.equal(proc.timedOut, false);
    assert.equal(proc.status, 2, proc.stderr);
    assert.match(proc.stderr, /--out \/proc\/x is on a kernel file system/);
    writeFileSync(join(dir, "a-file"), "");
    assertRefused(await run(["build", "--input", input, "--out", join(dir, "a-file")]), /a-file exists and is not a folder/);
    assertRefused(await run(["build", "--input", input, "--out", "/dev/null"]), /kernel file system/);
    assertRefused(await run(["build", "--input", input, "--out", input]), /is the input folder itself/);
    assertRefused(await run(["build", "--input", input, "--out", join(input, "dist")]), /is inside the input folder/);
    assertRefused(await run(["build", "--input", join(dir, "out", "texts"), "--out", join(dir, "out")]), /is inside the output folder/);
    assert.deepEqual(readdirSync(input), ["a.txt"], "nothing was written into the input");
    assert.equal(existsSync(join(dir, "out")), false);
  });
});

test("--version that is not one this tool publishes (huge, leading zeros, 0.0.0) is refused", async () => {
  await inTempDir("version", async (dir) => {
    const input = corpus(dir);
    for (const version of ["999999999999999999999.0.0", "01.0.0", "0.0.0"]) {
      const result = await run(["build", "--input", input, "--out", join(dir, "out"), "--version", version, "--no-cache"]);
      assert.equal(result.status, 2, version);
      assert.match(result.lines[0]!, /--version needs MAJOR\.MINOR\.PATCH/);
    }
    assert.equal(existsSync(join(dir, "out")), false);
  });
});

test("a dataset folder in an odd state is refused naming the file and what to do; the published versions stay as they were", async () => {
  await inTempDir("state", async (dir) => {
    const input = corpus(dir);
    const out = join(dir, "out");
    assert.equal((await run(["build", "--input", input, "--out", out, "--no-cache"])).status, 0);
    const datasetDir = join(out, "claims-dataset");
    const sums = readFileSync(join(datasetDir, "1.0.0", "SHA256SUMS"), "utf8");
    writeFileSync(join(input, "b.txt"), "A second text\n\nThe village built 4 wells in 2018.\n");
    const build = () => run(["build", "--input", input, "--out", out, "--no-cache"]);
    const latest = join(datasetDir, "latest");
    const cases: [string, () => void, RegExp, () => void][] = [
      ["latest a folder", () => (rmSync(latest), mkdirSync(latest)), /latest is not a file/, () => (rmSync(latest, { recursive: true }), writeFileSync(latest, "1.0.0\n"))],
      ["latest naming a missing version", () => writeFileSync(latest, "1.4.0\n"), /latest names 1\.4\.0, but .*1\.4\.0\/ is not there/, () => writeFileSync(latest, "1.0.0\n")],
      ["latest holding a huge version", () => writeFileSync(latest, "999999999999999999999.0.0\n"), /holds "999999999999999999999\.0\.0", not a version/, () => writeFileSync(latest, "1.0.0\n")],
      ["latest holding a path", () => writeFileSync(latest, "../../etc\n"), /holds "\.\.\/\.\.\/etc", not a version/, () => writeFileSync(latest, "1.0.0\n")],
      ["no latest beside versions", () => rmSync(latest), /holds versions \(1\.0\.0\) but no latest file/, () => writeFileSync(latest, "1.0.0\n")],
      ["a stray empty version folder", () => mkdirSync(join(datasetDir, "2.0.0")), /2\.0\.0\/ has no SHA256SUMS/, () => rmSync(join(datasetDir, "2.0.0"), { recursive: true })],
      ["a version folder with leading zeros", () => mkdirSync(join(datasetDir, "01.0.0")), /01\.0\.0 is not a version this tool publishes/, () => rmSync(join(datasetDir, "01.0.0"), { recursive: true })],
      ["versions.json a folder", () => (rmSync(join(datasetDir, "versions.json")), mkdirSync(join(datasetDir, "versions.json"))), /versions\.json is not a file/, () => (rmSync(join(datasetDir, "versions.json"), { recursive: true }), writeFileSync(join(datasetDir, "versions.json"), "[]\n"))],
      ["the latest version missing SHA256SUMS", () => rmSync(join(datasetDir, "1.0.0", "SHA256SUMS")), /1\.0\.0\/ has no SHA256SUMS/, () => writeFileSync(join(datasetDir, "1.0.0", "SHA256SUMS"), sums)],
      ["the latest version missing datapackage.json", () => execFileSync("mv", [join(datasetDir, "1.0.0", "datapackage.json"), join(dir, "dp")]), /1\.0\.0\/datapackage\.json is missing, though SHA256SUMS lists it/, () => execFileSync("mv", [join(dir, "dp"), join(datasetDir, "1.0.0", "datapackage.json")])],
    ];
    for (const [name, spoil, message, mend] of cases) {
      spoil();
      const result = await build();
      assert.equal(result.status, 2, `${name}: ${result.lines.join("\n")}`);
      assert.match(result.lines.find((l) => l.startsWith("error: "))!, message, name);
      assertNoStack(result.lines.join("\n"));
      mend();
    }
    // A table of the latest version cut short: the comparison names it, nothing is published.
    const claims = join(datasetDir, "1.0.0", "claims.json");
    const whole = readFileSync(claims);
    truncateSync(claims, Math.floor(whole.byteLength / 2));
    const cut = await build();
    assertRefused(cut, /the published .*1\.0\.0 cannot be read back to compare with .*run verify 1\.0\.0/);
    writeFileSync(claims, whole);
    assert.equal(readFileSync(join(datasetDir, "1.0.0", "SHA256SUMS"), "utf8"), sums);
    const mended = await build();
    assert.equal(mended.status, 0, mended.lines.join("\n"));
    assert.equal(readFileSync(latest, "utf8").trim(), "1.1.0");
  });
});

test("--report into a missing folder, onto a folder, inside the input or the output is refused before anything is published", async () => {
  await inTempDir("report", async (dir) => {
    const input = corpus(dir);
    const out = join(dir, "out");
    mkdirSync(join(dir, "a-folder"));
    assertRefused(await run(["build", "--input", input, "--out", out, "--report", join(dir, "missing", "r.json")]), /the folder .*missing does not exist/);
    assertRefused(await run(["build", "--input", input, "--out", out, "--report", join(dir, "a-folder")]), /a-folder exists and is not a file/);
    assertRefused(await run(["build", "--input", input, "--out", out, "--report", join(input, "a.txt")]), /is inside the input folder/);
    assertRefused(await run(["build", "--input", input, "--out", out, "--report", join(out, "r.json")]), /is inside the output folder/);
    assert.equal(readFileSync(join(input, "a.txt"), "utf8"), TEXT);
    assert.equal(existsSync(out), false);
  });
});

test("hidden files, tool folders, published datasets, links, other files and names that are not UTF-8 are all accounted for in the report", async () => {
  await inTempDir("account", async (dir) => {
    const input = corpus(dir);
    writeFileSync(join(input, ".hidden.txt"), TEXT);
    mkdirSync(join(input, "node_modules"));
    writeFileSync(join(input, "node_modules", "x.txt"), TEXT);
    mkdirSync(join(input, ".git"));
    mkdirSync(join(input, "old", "claims"), { recursive: true });
    writeFileSync(join(input, "old", "claims", "versions.json"), "[]\n");
    writeFileSync(join(input, "notes.md"), "notes");
    writeFileSync(Buffer.concat([Buffer.from(`${input}/caf`), Buffer.from([0xe9]), Buffer.from(".txt")]), TEXT);
    const report = join(dir, "report.json");
    const result = await run(["build", "--input", input, "--out", join(dir, "out"), "--report", report, "--no-cache"]);
    assert.equal(result.status, 0, result.lines.join("\n"));
    const inputs = (JSON.parse(readFileSync(report, "utf8")) as { inputs: { path: string; status: string; reason: string | null }[] }).inputs;
    assert.deepEqual(
      inputs.map((i) => [i.path, i.status, i.reason]),
      [
        [".git/", "skipped", "a tool folder: nothing inside it is read"],
        [".hidden.txt", "skipped", "a hidden file (its name starts with '.'): not read"],
        ["a.txt", "built", null],
        ["caf\\xe9.txt", "skipped", "the file name is not UTF-8: rename it to read it"],
        ["node_modules/", "skipped", "a tool folder: nothing inside it is read"],
        ["notes.md", "skipped", "not a .txt file"],
        ["old/claims/", "skipped", "a published dataset folder (it holds versions.json): an output is never read as input"],
      ],
    );
  });
});

test("a name holding a line break cannot forge a log line: it is printed escaped", async () => {
  await inTempDir("newline", async (dir) => {
    const input = corpus(dir);
    writeFileSync(join(input, "b\nbuild: published everything.txt"), "");
    const result = await run(["build", "--input", input, "--out", join(dir, "out"), "--allow-rejects", "--no-cache"]);
    assert.equal(result.status, 0);
    const all = result.lines.join("\n");
    assert.ok(!all.split("\n").some((l) => l.startsWith("build: published everything")), all);
    assert.match(all, /b\\x0abuild: published everything\.txt/);
  });
});

test("a file over the size limit (a sparse 40 MB file here) is a reject refused before it is read", async () => {
  await inTempDir("size", async (dir) => {
    const input = corpus(dir);
    writeFileSync(join(input, "huge.txt"), "");
    truncateSync(join(input, "huge.txt"), 40 * 1_048_576);
    const folder = await readInputFolder(input, DEFAULT_MAX_FILE_BYTES);
    assert.deepEqual(folder.unreadable, [{ path: "huge.txt", reason: "is 40 MB, over the limit of 32 MB per file (raise it with --max-file-mb)", code: "file-too-large" }]);
    const report = join(dir, "report.json");
    const result = await run(["build", "--input", input, "--out", join(dir, "out"), "--allow-rejects", "--report", report, "--no-cache"]);
    assert.equal(result.status, 0, result.lines.join("\n"));
    const problems = (JSON.parse(readFileSync(report, "utf8")) as { problems: { code: string; message: string }[] }).problems;
    assert.deepEqual(problems, [{ code: "file-too-large", source_file: "huge.txt", table: null, record_id: null, path: null, message: "huge.txt is 40 MB, over the limit of 32 MB per file (raise it with --max-file-mb)." }]);
    assert.equal((await run(["build", "--input", input, "--out", join(dir, "out2"), "--max-file-mb", "0"])).status, 2);
  });
});

test("'1. ' repeated 130,000 times and a sources.json of 130,000 entries build without overflowing the stack", () => {
  const numbered = buildDataset({ files: [{ path: "list.txt", bytes: new TextEncoder().encode(`A list\n\n${"1. ".repeat(130_000)}\n`) }], manifestText: null, version: "1.0.0" });
  assert.deepEqual(numbered.inputs.map((i) => [i.path, i.status]), [["list.txt", "built"]]);
  const sources = Array.from({ length: 130_000 }, (_, k) => ({ file: `missing-${k}.txt` }));
  const manifest = buildDataset({ files: [{ path: "a.txt", bytes: new TextEncoder().encode(TEXT) }], manifestText: JSON.stringify({ sources }), version: "1.0.0" });
  assert.equal(manifest.issues.filter((i) => i.code === "manifest-missing-file").length, 130_000);
  assert.deepEqual(manifest.inputs.map((i) => [i.path, i.status]), [["a.txt", "built"]]);
});

test("documents that would make too much are rejects (too-many-records, rows-too-large) with the rest of the build going on", () => {
  // Figures without a full stop: 2,000-character sentences, each repeated in every claim it holds.
  const figures = `Figures\n\n${"1,000,000 ".repeat(60_000)}\n`;
  const sentences = `Roads\n\n${"It built 5 roads. ".repeat(110_000)}\n`;
  const result = buildDataset({
    files: [
      { path: "a.txt", bytes: new TextEncoder().encode(TEXT) },
      { path: "figures.txt", bytes: new TextEncoder().encode(figures) },
      { path: "sentences.txt", bytes: new TextEncoder().encode(sentences) },
    ],
    manifestText: null,
    version: "1.0.0",
  });
  assert.deepEqual(result.inputs.map((i) => [i.path, i.status, i.code]), [["a.txt", "built", null], ["figures.txt", "rejected", "rows-too-large"], ["sentences.txt", "rejected", "too-many-records"]]);
  assert.match(result.issues[0]!.message, /^figures\.txt: its records would take about \d+ MB as published, over the limit of 256 MB per document/);
  // 110,000 claims and the document's own row.
  assert.equal(result.issues[1]!.message.split(";")[0], "sentences.txt: makes 110,001 records, over the limit of 100,000 per document");
});

test("a manifest id or dataset name too long to be a file name is a manifest issue, not a crash", async () => {
  await inTempDir("long", async (dir) => {
    const input = corpus(dir);
    writeFileSync(join(input, "sources.json"), JSON.stringify({ dataset: { name: "d".repeat(300), title: "T", description: "D" }, sources: [{ file: "a.txt", id: "i".repeat(300) }] }));
    const result = await run(["build", "--input", input, "--out", join(dir, "out"), "--allow-rejects", "--no-cache"]);
    assert.equal(result.status, 0, result.lines.join("\n"));
    assertNoStack(result.lines.join("\n"));
    assert.ok(result.lines.filter((l) => /expected at most 100 characters/.test(l)).length >= 2, result.lines.join("\n"));
  });
});

test("a --no-cache build removes the scratch folders that killed builds left behind", async () => {
  await inTempDir("scratch", async (dir) => {
    const input = corpus(dir);
    const dead = Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
    const left = join(tmpdir(), `claims-build-${dead}-abcdef`);
    mkdirSync(join(left, "entries"), { recursive: true });
    assert.equal((await run(["build", "--input", input, "--out", join(dir, "out"), "--no-cache"])).status, 0);
    assert.equal(existsSync(left), false);
  });
});

test("an unreadable subfolder is one reject; the rest builds (not as root, which reads everything)", { skip: isRoot }, async () => {
  await inTempDir("perm", async (dir) => {
    const input = corpus(dir);
    mkdirSync(join(input, "locked"));
    writeFileSync(join(input, "locked", "x.txt"), TEXT);
    execFileSync("chmod", ["000", join(input, "locked")]);
    try {
      const folder = await readInputFolder(input, DEFAULT_MAX_FILE_BYTES);
      assert.deepEqual(folder.unreadable, [{ path: "locked/", reason: "EACCES: permission denied" }]);
    } finally {
      execFileSync("chmod", ["755", join(input, "locked")]);
    }
  });
});

test("the last net: an unexpected failure is one line with its class, exit status 70, and the stack only with --debug", async () => {
  const { unexpected, UNEXPECTED_EXIT } = await import("../pipeline/cli.ts");
  const lines: string[] = [];
  assert.equal(unexpected(new RangeError("Invalid string length\nmore"), false, (l) => lines.push(l)), UNEXPECTED_EXIT);
  assert.equal(UNEXPECTED_EXIT, 70);
  assert.deepEqual(lines, ["error: the pipeline failed unexpectedly (RangeError: Invalid string length). Run the same command with --debug to see where, and please report it."]);
  const debug: string[] = [];
  unexpected(new TypeError("x is undefined"), true, (l) => debug.push(l));
  assert.equal(debug.length, 2);
  assert.match(debug[1]!, /^TypeError: x is undefined\n\s+at /);
});

test("a cache that cannot be written is a warning: the build publishes, says so, and exits 0", async () => {
  await inTempDir("cache", async (dir) => {
    const input = corpus(dir);
    // A file where the cache folder would be: nothing can be made under it.
    writeFileSync(join(dir, "cache"), "");
    const { runBuild } = await import("../pipeline/run/build.ts");
    const lines: string[] = [];
    const status = await runBuild({ input, out: join(dir, "out"), allowRejects: false, pseudonymKey: null, version: null, cacheDir: join(dir, "cache") }, (l) => lines.push(l));
    assert.equal(status, 0, lines.join("\n"));
    assert.ok(lines.some((l) => /^warning: the cache folder .* cannot be written \(ENOTDIR\): building without it\.$/.test(l)), lines.join("\n"));
    assert.ok(lines.some((l) => /^build: published .*1\.0\.0/.test(l)));
    assert.ok(!lines.some((l) => /Nothing was published|nothing published/.test(l)), lines.join("\n"));
    assert.equal(readFileSync(join(dir, "out", "claims-dataset", "latest"), "utf8").trim(), "1.0.0");
  });
});
