// A version built by earlier code stays verifiable after the code changes: verify finds the commit
// that holds the code it was built with and rebuilds with it. Run in a throwaway clone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dateBuilds } from "./helpers.ts";

dateBuilds();

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function sh(cwd: string, command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

test("after a code change makes a new version, verify still passes on the older one, rebuilt with its own commit", async () => {
  const work = await mkdtemp(join(tmpdir(), "history-"));
  try {
    const clone = join(work, "clone");
    assert.equal(sh(work, "git", ["clone", "--quiet", ROOT, clone]).code, 0);
    await symlink(join(ROOT, "node_modules"), join(clone, "node_modules"), "dir");
    const datasetDir = join(clone, "dist", "xinjiang-poverty-alleviation-claims");
    const before = (await readFile(join(datasetDir, "latest"), "utf8")).trim();
    // A change of wording in the data dictionary: new code, a patch release.
    const dictionary = join(clone, "pipeline", "publish", "data-dictionary.ts");
    await writeFile(dictionary, (await readFile(dictionary, "utf8")).replace("Read this first:", "Read this before anything else:"));
    assert.equal(sh(clone, "git", ["commit", "--quiet", "-am", "Reword the dictionary"]).code, 0);
    const cli = ["--import", "tsx", join(clone, "pipeline", "cli.ts")];
    const built = sh(clone, process.execPath, [...cli, "build"]);
    assert.equal(built.code, 0, built.out);
    assert.match(built.out, /a patch change from/);
    const verified = sh(clone, process.execPath, [...cli, "verify", before, "--input", "seeds"]);
    assert.equal(verified.code, 0, verified.out);
    assert.match(verified.out, new RegExp(`verify ${before.replace(/\./g, "\\.")}: built by other pipeline code than today's; rebuilding with the commit`));
    assert.doesNotMatch(verified.out, /FAILED/);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
