import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { main } from "../pipeline/cli.ts";
import { dateBuilds, inTempDir } from "./helpers.ts";

dateBuilds();

async function capture(argv: string[]): Promise<{ code: number; log: string }> {
  const lines: string[] = [];
  const code = await main(argv, (l) => lines.push(l));
  return { code, log: lines.join("\n") };
}

const GOOD = "Officials help villagers\n\nMore than 300 officials work in 12 villages.\n";

/** An input folder holding one text, and where its builds go. */
async function oneText(dir: string): Promise<{ input: string; out: string }> {
  const input = join(dir, "in");
  await mkdir(input);
  await writeFile(join(input, "a.txt"), GOOD);
  return { input, out: join(dir, "out") };
}

test("bad usage exits 2 with the reason, in one line that says where the help is", async () => {
  const general = "Run claims-dataset --help for the commands and their options.";
  const build = "Run claims-dataset build --help for its options.";
  for (const [argv, hint] of [[["build", "--colour"], build], [["publish"], general], [[], general], [["build", "extra"], build], [["build", "--input"], build]] as const) {
    const { code, log } = await capture([...argv]);
    assert.equal(code, 2, argv.join(" "));
    assert.match(log, /^error: .*\. Run claims-dataset .*$/);
    assert.ok(log.endsWith(hint), log);
    assert.equal(log.split("\n").length, 1, log);
  }
});

test("an input folder that does not exist, or holds no texts, exits 2 naming it", async () => {
  await inTempDir("cli", async (dir) => {
    const missing = await capture(["build", "--input", join(dir, "nope"), "--out", join(dir, "out")]);
    assert.equal(missing.code, 2);
    assert.match(missing.log, /cannot read the input folder ".*nope"/);
    await mkdir(join(dir, "empty"));
    const empty = await capture(["build", "--input", join(dir, "empty"), "--out", join(dir, "out")]);
    assert.equal(empty.code, 2);
    assert.match(empty.log, /no \.txt files in/);
  });
});

test("with a reject, build exits 1 and publishes nothing; --allow-rejects publishes the rest and the rejects table", async () => {
  await inTempDir("cli", async (dir) => {
    const input = join(dir, "in");
    await mkdir(input);
    await writeFile(join(input, "good.txt"), GOOD);
    await writeFile(join(input, "bad.txt"), Buffer.from([0x41, 0x0a, 0x42, 0xff, 0x0a]));
    const out = join(dir, "out");
    const refused = await capture(["build", "--input", input, "--out", out]);
    assert.equal(refused.code, 1);
    assert.match(refused.log, /invalid-utf8 at bad\.txt line 2, byte 3/);
    assert.match(refused.log, /nothing published/);
    assert.equal(existsSync(out), false);
    const allowed = await capture(["build", "--input", input, "--out", out, "--allow-rejects"]);
    assert.equal(allowed.code, 0);
    const release = join(out, "claims-dataset", "1.0.0");
    const rejects = JSON.parse(await readFile(join(release, "rejects.json"), "utf8")) as { source_file: string; code: string }[];
    assert.deepEqual(rejects.map((r) => [r.source_file, r.code]), [["bad.txt", "invalid-utf8"]]);
    const claims = JSON.parse(await readFile(join(release, "claims.json"), "utf8")) as { value: number; unit: string }[];
    assert.deepEqual(claims.map((c) => [c.value, c.unit]), [[300, "official"], [12, "village"]]);
  });
});

test("changed data gets a new version: the old folder stays, the new one says what changed", async () => {
  await inTempDir("cli", async (dir) => {
    const { input, out } = await oneText(dir);
    assert.equal((await capture(["build", "--input", input, "--out", out])).code, 0);
    const first = join(out, "claims-dataset", "1.0.0");
    const before = await readFile(join(first, "claims.csv"), "utf8");
    const same = await capture(["build", "--input", input, "--out", out]);
    assert.equal(same.code, 0);
    assert.match(same.log, /nothing differs from the published 1\.0\.0/);
    await writeFile(join(input, "a.txt"), `${GOOD}\nThe county also built 40 roads.\n`);
    const again = await capture(["build", "--input", input, "--out", out]);
    assert.equal(again.code, 0);
    assert.match(again.log, /published .*1\.1\.0 .*a minor change from 1\.0\.0/);
    assert.equal(await readFile(join(first, "claims.csv"), "utf8"), before, "1.0.0 is left as it was");
    const changelog = await readFile(join(out, "claims-dataset", "1.1.0", "CHANGELOG.md"), "utf8");
    assert.match(changelog, /Compared with 1\.0\.0: a minor change/);
    assert.match(changelog, /\| `claims` \| 1 \| 0 \| 0 \|/);
    assert.match(changelog, /### claims\n\n- added: `a-c-[0-9a-f]{10}`\n/);
    assert.deepEqual((await readdir(join(out, "claims-dataset"))).sort(), ["1.0.0", "1.1.0", "index.html", "latest", "versions.json"]);
    assert.equal(await readFile(join(out, "claims-dataset", "latest"), "utf8"), "1.1.0\n");
  });
});

test("--version may raise the computed version, never lower it", async () => {
  await inTempDir("cli", async (dir) => {
    const { input, out } = await oneText(dir);
    assert.equal((await capture(["build", "--input", input, "--out", out, "--version", "2.0.0"])).code, 0);
    // The outlet named in a manifest corrects existing rows only: a patch.
    await writeFile(join(input, "sources.json"), JSON.stringify({ sources: [{ file: "a.txt", outlet: "Hill Daily" }] }));
    const lower = await capture(["build", "--input", input, "--out", out, "--version", "2.0.0"]);
    assert.equal(lower.code, 2);
    assert.match(lower.log, /--version 2\.0\.0 is lower than 2\.0\.1/);
    const higher = await capture(["build", "--input", input, "--out", out, "--version", "3.0.0"]);
    assert.equal(higher.code, 0);
    assert.deepEqual((await readdir(join(out, "claims-dataset"))).filter((n) => /^\d/.test(n)).sort(), ["2.0.0", "3.0.0"]);
  });
});

test("a version folder that already exists with other bytes is refused, and left as it was", async () => {
  await inTempDir("cli", async (dir) => {
    const { input, out } = await oneText(dir);
    assert.equal((await capture(["build", "--input", input, "--out", out])).code, 0);
    // Someone left a 1.0.1 folder behind without moving `latest`.
    const stray = join(out, "claims-dataset", "1.0.1");
    await mkdir(stray);
    await writeFile(join(stray, "claims.csv"), "not ours\n");
    // With its own SHA256SUMS it looks published (a folder without one is refused before building: red-team.test.ts).
    await writeFile(join(stray, "SHA256SUMS"), `${"0".repeat(64)}  claims.csv\n`);
    await writeFile(join(input, "sources.json"), JSON.stringify({ sources: [{ file: "a.txt", outlet: "Hill Daily" }] }));
    const refused = await capture(["build", "--input", input, "--out", out]);
    assert.equal(refused.code, 1);
    assert.match(refused.log, /already published with different bytes/);
    assert.equal(await readFile(join(stray, "claims.csv"), "utf8"), "not ours\n");
  });
});

async function helpText(argv: string[]): Promise<{ code: number; text: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    return { code: await main(argv, () => {}), text: chunks.join("") };
  } finally {
    process.stdout.write = write;
  }
}

/** The long options a help text lists at the start of a line (`  --input DIR ...`). */
function listedOptions(help: string): string[] {
  return [...help.matchAll(/^ {2}(?:-h, )?--([a-z-]+)/gm)].map((m) => m[1]!).filter((o) => o !== "help" && o !== "debug").sort();
}

test("--help lists the commands; each command's --help gives its own usage and exactly the options it accepts", async () => {
  const overview = await helpText(["--help"]);
  assert.equal(overview.code, 0);
  assert.match(overview.text, /^Usage: claims-dataset <command> \[options\]/);
  for (const command of ["build", "assemble", "verify [VERSION]", "diff A B", "eval"]) assert.match(overview.text, new RegExp(`^ {2}${command.replace(/[[\]]/g, "\\$&")} `, "m"));
  assert.deepEqual(listedOptions(overview.text), [], "the overview names commands, not options");
  const accepted: Record<string, string[]> = {
    build: ["allow-rejects", "entries", "input", "max-file-mb", "no-cache", "out", "pseudonym-key-file", "pseudonymize-residents", "report", "shard", "version", "workers"],
    assemble: ["allow-rejects", "entries", "input", "max-file-mb", "out", "pseudonym-key-file", "pseudonymize-residents", "report", "version"],
    verify: ["dataset", "input", "max-file-mb", "out", "pseudonym-key-file"],
    diff: ["dataset", "json", "out"],
    eval: ["gold", "input", "verbose"],
  };
  for (const [command, options] of Object.entries(accepted)) {
    for (const argv of [[command, "--help"], ["help", command], [command, "-h"]]) {
      const help = await helpText(argv);
      assert.equal(help.code, 0, argv.join(" "));
      assert.match(help.text, new RegExp(`^Usage: claims-dataset ${command} `), argv.join(" "));
      assert.deepEqual(listedOptions(help.text), options, argv.join(" "));
    }
  }
  // The help of a command matches what the parser accepts: an option it lists is not refused as foreign.
  const diffWithJson = await capture(["diff", "1.0.0", "1.1.0", "--json", "--out", "/nonexistent-folder"]);
  assert.doesNotMatch(diffWithJson.log, /is not an option of diff/);
});

test("a mistyped command or option is one line with the nearest known one; an option of another command is refused, not ignored", async () => {
  const cases: [string[], string][] = [
    [["biuld"], 'error: unknown command "biuld" (did you mean build?). Run claims-dataset --help for the commands and their options.'],
    [["build", "--inptu", "x"], "error: unknown option --inptu (did you mean --input?). Run claims-dataset build --help for its options."],
    [["build", "--input"], "error: --input needs a value. Run claims-dataset build --help for its options."],
    // The nearest of the command's own options: verify takes no --workers.
    [["verify", "--wrkers", "2"], "error: unknown option --wrkers. Run claims-dataset verify --help for its options."],
    [["verify", "--datset", "x"], "error: unknown option --datset (did you mean --dataset?). Run claims-dataset verify --help for its options."],
    [["diff", "1.0.0", "1.1.0", "--report", "r.json"], "error: --report is not an option of diff (its options: --out, --dataset, --json). Run claims-dataset diff --help for its options."],
    [["verify", "--workers", "2"], "error: --workers is not an option of verify (its options: --input, --out, --dataset, --pseudonym-key-file, --max-file-mb). Run claims-dataset verify --help for its options."],
  ];
  for (const [argv, expected] of cases) {
    const { code, log } = await capture(argv);
    assert.equal(code, 2, argv.join(" "));
    assert.equal(log, expected);
  }
});
