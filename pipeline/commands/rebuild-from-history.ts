// A version made by pipeline code other than today's is rebuilt with that code: the commit whose
// pipeline files give the recorded fingerprint is found in the git history, exported to a
// temporary folder, and run on the recorded inputs beside a copy of the version before it.
import { PSEUDONYM_KEY_ENV } from "../build/pseudonym-key.ts";
import { epochOfDay, SOURCE_DATE_EPOCH } from "../release/release-date.ts";
import { spawnSync } from "node:child_process";
import { sha256Hex } from "../text/sha256.ts";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { hashTree } from "../publish/read-tree.ts";
import { PROJECT_ROOT, codeFingerprintOf } from "../release/code-fingerprint.ts";
import type { BuildProvenance } from "../release/provenance.ts";

function git(args: string[]): string | null {
  const r = spawnSync("git", args, { cwd: PROJECT_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : null;
}

/**
 * The newest commit whose pipeline/*.ts files have the recorded fingerprint, preferring one whose
 * lockfile is the recorded one too; null when no commit holds that code.
 */
export function commitWithCode(codeSha256: string, lockfileSha256: string): string | null {
  const commits = git(["rev-list", "--all"]);
  if (commits === null) return null;
  let sameCode: string | null = null;
  for (const commit of commits.split("\n").filter(Boolean)) {
    const tree = git(["ls-tree", "-r", commit, "--", "pipeline"]);
    if (tree === null) continue;
    const blobs = tree.split("\n").flatMap((line) => {
      const m = /^\d+ blob ([0-9a-f]{40})\t(pipeline\/.+\.ts)$/.exec(line);
      return m ? [{ path: m[2]!, blob: m[1]! }] : [];
    });
    if (codeFingerprintOf(blobs) !== codeSha256) continue;
    const lock = spawnSync("git", ["show", `${commit}:package-lock.json`], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 });
    if (lock.status === 0 && sha256Hex(lock.stdout) === lockfileSha256) return commit;
    sameCode ??= commit;
  }
  return sameCode;
}

/**
 * The commit's dependencies in the exported folder: today's node_modules when its lockfile is
 * today's, else what its own lockfile names (npm ci, from the registry or npm's cache). Returns a
 * problem, or null when the dependencies are in place.
 */
async function dependenciesFor(source: string, commit: string): Promise<string | null> {
  const theirs = spawnSync("git", ["show", `${commit}:package-lock.json`], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 });
  const ours = await readFile(join(PROJECT_ROOT, "package-lock.json")).catch(() => null);
  if (theirs.status === 0 && ours !== null && ours.equals(theirs.stdout)) {
    await symlink(join(PROJECT_ROOT, "node_modules"), join(source, "node_modules"), "dir");
    return null;
  }
  const npm = spawnSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: source, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (npm.status === 0) return null;
  return `commit ${commit.slice(0, 12)} uses other dependencies than today's, and installing them with npm ci failed: ${(npm.stderr ?? "").trim().split("\n").pop() ?? ""}`;
}

/** Problems found when the recorded code rebuilds the version; an empty list means the same bytes. */
export async function rebuildFromHistory(datasetDir: string, version: string, provenance: BuildProvenance, input: string, pseudonymKey: string | null = null): Promise<string[]> {
  const commit = commitWithCode(provenance.pipeline.codeSha256, provenance.pipeline.lockfileSha256);
  if (commit === null) return [`the pipeline code that built ${version} (code_sha256 ${provenance.pipeline.codeSha256.slice(0, 12)}) is in no commit of this repository, so it cannot be rebuilt with it`];
  const work = await mkdtemp(join(tmpdir(), "verify-"));
  try {
    const source = join(work, "source");
    await mkdir(source);
    const archive = spawnSync("git", ["archive", "--format=tar", commit], { cwd: PROJECT_ROOT, maxBuffer: 512 * 1024 * 1024 });
    const untar = spawnSync("tar", ["-x", "-C", source], { input: archive.stdout });
    if (archive.status !== 0 || untar.status !== 0) return [`could not export commit ${commit.slice(0, 12)} to rebuild ${version}`];
    const installed = await dependenciesFor(source, commit);
    if (installed !== null) return [installed];
    const name = datasetDir.split(/[\\/]/).pop()!;
    const out = join(work, "out");
    await mkdir(join(out, name), { recursive: true });
    if (provenance.previousVersion !== null) {
      await cp(join(datasetDir, provenance.previousVersion), join(out, name, provenance.previousVersion), { recursive: true });
      await writeFile(join(out, name, "latest"), `${provenance.previousVersion}\n`);
    }
    const args = ["--import", "tsx", join(source, "pipeline", "cli.ts"), "build", "--input", resolve(input), "--out", out];
    if (provenance.options.pseudonymizeResidents) args.push("--pseudonymize-residents");
    // The key, if any, reaches the older code through its environment, never its arguments; so does
    // the recorded release date, for code that dates a release by SOURCE_DATE_EPOCH (older code
    // took the newest document's date and ignores it).
    const env = { ...process.env, ...(provenance.releaseDate === null ? {} : { [SOURCE_DATE_EPOCH]: epochOfDay(provenance.releaseDate) }), ...(pseudonymKey === null ? {} : { [PSEUDONYM_KEY_ENV]: pseudonymKey }) };
    const built = spawnSync(process.execPath, args, { cwd: source, encoding: "utf8", env });
    if (built.status !== 0) return [`the code of commit ${commit.slice(0, 12)} could not rebuild ${version}: ${built.stderr.trim().split("\n").pop() ?? ""}`];
    const none = new Map<string, string | null>();
    const [rebuilt, published] = await Promise.all([hashTree(join(out, name, version)).then((t) => t ?? none), hashTree(join(datasetDir, version)).then((t) => t ?? none)]);
    const problems: string[] = [];
    // build.json (and so SHA256SUMS) records the lockfile of the checkout that rebuilds; the data
    // files are what must match, and SHA256SUMS was already checked against them.
    const RECORDS = new Set(["build.json", "SHA256SUMS"]);
    for (const [path, hash] of published) if (!RECORDS.has(path) && (hash === null || rebuilt.get(path) !== hash)) problems.push(`${path}: the code of commit ${commit.slice(0, 12)} rebuilds it with other bytes`);
    for (const path of rebuilt.keys()) if (!published.has(path)) problems.push(`${path}: the code of commit ${commit.slice(0, 12)} makes it, the published version lacks it`);
    return problems;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
