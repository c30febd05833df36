import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../pipeline/cli.ts";

async function withFolder(run: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), "cli-"));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function capture(argv: string[]): Promise<{ code: number; log: string }> {
  const lines: string[] = [];
  const code = await main(argv, (l) => lines.push(l));
  return { code, log: lines.join("\n") };
}

const GOOD = "Officials help villagers\n\nMore than 300 officials work in 12 villages.\n";

test("bad usage exits 2 with the reason and the usage", async () => {
  for (const argv of [["build", "--colour"], ["publish"], [], ["build", "extra"], ["build", "--input"]]) {
    const { code, log } = await capture(argv);
    assert.equal(code, 2, argv.join(" "));
    assert.match(log, /^error: /);
    assert.match(log, /Usage: tsx pipeline\/cli\.ts/);
  }
});

test("an input folder that does not exist, or holds no texts, exits 2 naming it", async () => {
  await withFolder(async (dir) => {
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
  await withFolder(async (dir) => {
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

test("a published version is never rewritten: changed data for the same version exits 1 and leaves the files", async () => {
  await withFolder(async (dir) => {
    const input = join(dir, "in");
    await mkdir(input);
    await writeFile(join(input, "a.txt"), GOOD);
    const out = join(dir, "out");
    assert.equal((await capture(["build", "--input", input, "--out", out])).code, 0);
    const release = join(out, "claims-dataset", "1.0.0");
    const before = await readFile(join(release, "claims.csv"), "utf8");
    await writeFile(join(input, "a.txt"), GOOD.replace("300", "400"));
    const again = await capture(["build", "--input", input, "--out", out]);
    assert.equal(again.code, 1);
    assert.match(again.log, /already published with different bytes \(.*claims\.csv/);
    assert.equal(await readFile(join(release, "claims.csv"), "utf8"), before);
    assert.deepEqual((await readdir(join(out, "claims-dataset"))).sort(), ["1.0.0", "latest"]);
  });
});

test("--help prints the usage and exits 0", async () => {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
  let code: number;
  try {
    code = await main(["--help"], () => {});
  } finally {
    process.stdout.write = write;
  }
  assert.equal(code, 0);
  assert.match(chunks.join(""), /--allow-rejects/);
  assert.match(chunks.join(""), /Exit status: 0 published/);
});
