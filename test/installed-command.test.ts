// The installed command as a user runs it: from a folder of their own outside the project, through
// a link like the one npm puts in node_modules/.bin, with paths relative to that folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inTempDir } from "./helpers.ts";

const BIN = fileURLToPath(new URL("../bin/claims-dataset.js", import.meta.url));
const TEXT = "Gansu county paves roads\n\nBy Li Wei | Daily Courier | 2020-01-15\n\nThe county built 40 roads and moved 3,000 households in 2019, officials said.\n";

function claimsDataset(cwd: string, args: string[]): { status: number | null; stderr: string; stdout: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: "1700000000" };
  delete env.npm_lifecycle_event;
  const r = spawnSync(join(cwd, "node_modules", ".bin", "claims-dataset"), args, { cwd, encoding: "utf8", env });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

test("built, verified and compared from a folder outside the project, through the bin", async () => {
  await inTempDir("installed", async (dir) => {
    await mkdir(join(dir, "news"));
    await mkdir(join(dir, "node_modules", ".bin"), { recursive: true });
    await symlink(BIN, join(dir, "node_modules", ".bin", "claims-dataset"));
    await writeFile(join(dir, "news", "gansu.txt"), TEXT);
    // The copy has the longer name: the original is kept whichever sorts first.
    await writeFile(join(dir, "news", "gansu-copy.txt"), TEXT);
    const built = claimsDataset(dir, ["build", "--input", "news"]);
    assert.equal(built.status, 0, built.stderr);
    assert.doesNotMatch(built.stderr, /Cannot find package|at .*\.ts:\d+/);
    assert.match(built.stderr, /gansu-copy\.txt: has the same bytes as gansu\.txt, which is built; this copy is left out/);
    // ./dist of the folder it was run in, never the project's.
    assert.deepEqual(await readdir(join(dir, "dist", "claims-dataset")), ["1.0.0", "index.html", "latest", "versions.json"]);
    const documents = JSON.parse(await readFile(join(dir, "dist", "claims-dataset", "1.0.0", "documents.json"), "utf8")) as { document_id: string }[];
    assert.deepEqual(documents.map((d) => d.document_id), ["gansu"]);
    const citation = await readFile(join(dir, "dist", "claims-dataset", "1.0.0", "CITATION.cff"), "utf8");
    assert.match(citation, /^date-released: "2023-11-14"$/m, "the release date is SOURCE_DATE_EPOCH's day");
    const readme = await readFile(join(dir, "dist", "claims-dataset", "1.0.0", "README.md"), "utf8");
    assert.doesNotMatch(readme, /partisan/, "the seeds' statement about their sources is theirs alone");

    const verified = claimsDataset(dir, ["verify", "latest", "--input", "news"]);
    assert.equal(verified.status, 0, verified.stderr);
    assert.match(verified.stderr, /^verify 1\.0\.0: integrity passed \(\d+ files match SHA256SUMS\); reproducibility passed/m);
    const checksumsOnly = claimsDataset(dir, ["verify"]);
    assert.equal(checksumsOnly.status, 0, checksumsOnly.stderr);
    assert.match(checksumsOnly.stderr, /reproducibility could not run: no input folder given/);

    const same = claimsDataset(dir, ["diff", "latest", "1.0.0"]);
    assert.equal(same.status, 0, same.stderr);
    assert.match(same.stdout, /no change\. The two versions hold the same data/);
    const missing = claimsDataset(dir, ["verify", "9.9.9"]);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr.trim().split("\n").length, 1, missing.stderr);
    assert.match(missing.stderr, /has no published version 9\.9\.9; it has 1\.0\.0 \(or say latest\)/);
    const elsewhere = claimsDataset(dir, ["diff", "1.0.0", "latest", "--out", "nowhere"]);
    assert.equal(elsewhere.status, 2);
    assert.match(elsewhere.stderr, /^error: there is no output folder "nowhere"/);

    // Worker threads load the TypeScript modules from the project, not from this folder (which has no tsx).
    await writeFile(join(dir, "news", "ningxia.txt"), "Ningxia villages get water\n\nBy Ma Lin | Daily Courier | 2020-02-03\n\nThe region piped water to 120 villages in 2019.\n");
    const threaded = claimsDataset(dir, ["build", "--input", "news", "--workers", "2"]);
    assert.equal(threaded.status, 0, threaded.stderr);
    assert.doesNotMatch(threaded.stderr, /Cannot find package|unexpectedly/);
    assert.deepEqual((await readdir(join(dir, "dist", "claims-dataset"))).sort(), ["1.0.0", "1.1.0", "index.html", "latest", "versions.json"]);

    const help = claimsDataset(dir, ["build", "--help"]);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: claims-dataset build /);
    assert.doesNotMatch(help.stdout, /--json|--dataset/, "diff's and verify's options are not build's");
  });
});
