// A version made by pipeline code other than today's is rebuilt with that code: the commit whose
// pipeline files give the recorded fingerprint is found in the git history, exported to a
// temporary folder, and run on the recorded inputs beside a copy of the version before it. Without
// git, a history, or that commit, the rebuild cannot run, which says nothing against the version.
import { PSEUDONYM_KEY_ENV } from "../stage/pseudonym-key.ts";
import { epochOfDay, SOURCE_DATE_EPOCH } from "../release/release-date.ts";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { sha256Hex } from "../text/sha256.ts";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { hashTree } from "../publish/read-tree.ts";
import { PROJECT_ROOT, codeFingerprintOf } from "../release/code-fingerprint.ts";
import type { BuildProvenance } from "../release/provenance.ts";
import type { ReproducibilityResult } from "./verify-result.ts";
import { printable } from "../text/printable.ts";

/** Where older pipeline code is looked for: the repository's folder, and the git command run there. */
export interface GitHistory {
  root: string;
  git: string;
}

export const PROJECT_HISTORY: GitHistory = { root: PROJECT_ROOT, git: "git" };

/** A published version to rebuild, and what it is rebuilt from. */
export interface VersionToRebuild {
  datasetDir: string;
  version: string;
  provenance: BuildProvenance;
  /** The release's files (those SHA256SUMS lists, and itself) with their sha256; null for a link or special file. */
  published: ReadonlyMap<string, string | null>;
  /** The folder of the inputs build.json records. */
  input: string;
  pseudonymKey: string | null;
}

function run(history: GitHistory, args: string[]): SpawnSyncReturns<Buffer> {
  return spawnSync(history.git, args, { cwd: history.root, maxBuffer: 512 * 1024 * 1024 });
}

function git(history: GitHistory, args: string[]): string | null {
  const r = run(history, args);
  return r.status === 0 ? r.stdout.toString("utf8") : null;
}

/** Why the history cannot be searched (a clause), or null when git and a repository are there. */
export function historyMissing(history: GitHistory): string | null {
  const r = run(history, ["rev-parse", "--git-dir"]);
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") return `git is not installed (no ${history.git} on PATH) to take that code from the history; install git, or verify in a clone of the repository`;
  if (r.status !== 0) return `"${printable(history.root)}" has no git history (no .git folder, as in a downloaded copy) to take that code from; verify in a clone of the repository (git clone)`;
  return null;
}

/**
 * The newest commit whose pipeline/*.ts files have the recorded fingerprint, preferring one whose
 * lockfile is the recorded one too; null when no commit holds that code (or there is no history).
 */
export function commitWithCode(codeSha256: string, lockfileSha256: string, history: GitHistory = PROJECT_HISTORY): string | null {
  const commits = git(history, ["rev-list", "--all"]);
  if (commits === null) return null;
  let sameCode: string | null = null;
  for (const commit of commits.split("\n").filter(Boolean)) {
    const tree = git(history, ["ls-tree", "-r", commit, "--", "pipeline"]);
    if (tree === null) continue;
    const blobs = tree.split("\n").flatMap((line) => {
      const m = /^\d+ blob ([0-9a-f]{40})\t(pipeline\/.+\.ts)$/.exec(line);
      return m ? [{ path: m[2]!, blob: m[1]! }] : [];
    });
    if (codeFingerprintOf(blobs) !== codeSha256) continue;
    const lock = run(history, ["show", `${commit}:package-lock.json`]);
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
async function dependenciesFor(source: string, commit: string, history: GitHistory): Promise<string | null> {
  const theirs = run(history, ["show", `${commit}:package-lock.json`]);
  const ours = await readFile(join(PROJECT_ROOT, "package-lock.json")).catch(() => null);
  if (theirs.status === 0 && ours !== null && ours.equals(theirs.stdout)) {
    await symlink(join(PROJECT_ROOT, "node_modules"), join(source, "node_modules"), "dir");
    return null;
  }
  const npm = spawnSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: source, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (npm.status === 0) return null;
  return `commit ${commit.slice(0, 12)}, which holds that code, uses other dependencies than today's, and installing them with npm ci failed (${(npm.stderr ?? "").trim().split("\n").pop() ?? ""}); check the network or npm's cache and verify again`;
}

/**
 * The version rebuilt by the code that built it, from the folder of its recorded inputs. Not run
 * (`reason` a clause to follow "built by other pipeline code than today's, and") when git, the
 * history or that commit is missing, or that code cannot be set up or run here.
 */
export async function rebuildFromHistory(v: VersionToRebuild, history: GitHistory, log: (line: string) => void): Promise<ReproducibilityResult> {
  const { datasetDir, version, provenance } = v;
  const missing = historyMissing(history);
  if (missing !== null) return { status: "not-run", reason: missing };
  const commit = commitWithCode(provenance.pipeline.codeSha256, provenance.pipeline.lockfileSha256, history);
  if (commit === null) return { status: "not-run", reason: "no commit of this repository holds that code to rebuild it with; fetch the history it was built in (git fetch --unshallow, or its branch) and verify again" };
  const by = `the code of commit ${commit.slice(0, 12)}`;
  log(`verify ${version}: built by other pipeline code than today's; rebuilding with the commit that holds that code (${commit.slice(0, 12)}) ...`);
  const work = await mkdtemp(join(tmpdir(), "verify-"));
  try {
    const source = join(work, "source");
    await mkdir(source);
    const archive = run(history, ["archive", "--format=tar", commit]);
    const untar = spawnSync("tar", ["-x", "-C", source], { input: archive.stdout });
    if (archive.status !== 0 || untar.status !== 0) return { status: "not-run", reason: `commit ${commit.slice(0, 12)}, which holds that code, could not be exported to rebuild it (git archive or tar failed); check the free space under ${tmpdir()} and verify again` };
    const installed = await dependenciesFor(source, commit, history);
    if (installed !== null) return { status: "not-run", reason: installed };
    const name = datasetDir.split(/[\\/]/).pop()!;
    const out = join(work, "out");
    await mkdir(join(out, name), { recursive: true });
    if (provenance.previousVersion !== null) {
      await cp(join(datasetDir, provenance.previousVersion), join(out, name, provenance.previousVersion), { recursive: true });
      await writeFile(join(out, name, "latest"), `${provenance.previousVersion}\n`);
    }
    const args = ["--import", "tsx", join(source, "pipeline", "cli.ts"), "build", "--input", resolve(v.input), "--out", out];
    if (provenance.options.pseudonymizeResidents) args.push("--pseudonymize-residents");
    // The key, if any, reaches the older code through its environment, never its arguments; so does
    // the recorded release date, for code that dates a release by SOURCE_DATE_EPOCH (older code
    // took the newest document's date and ignores it).
    const env = { ...process.env, ...(provenance.releaseDate === null ? {} : { [SOURCE_DATE_EPOCH]: epochOfDay(provenance.releaseDate) }), ...(v.pseudonymKey === null ? {} : { [PSEUDONYM_KEY_ENV]: v.pseudonymKey }) };
    const built = spawnSync(process.execPath, args, { cwd: source, encoding: "utf8", env });
    if (built.status !== 0) return { status: "not-run", reason: `${by} stopped before rebuilding it (${built.stderr.trim().split("\n").pop() ?? ""}); the message says what it needs` };
    const rebuilt = (await hashTree(join(out, name, version))) ?? new Map<string, string | null>();
    const problems: string[] = [];
    // build.json (and so SHA256SUMS) records the lockfile of the checkout that rebuilds; the data
    // files are what must match, and SHA256SUMS was already checked against them.
    const RECORDS = new Set(["build.json", "SHA256SUMS"]);
    for (const [path, hash] of v.published) if (!RECORDS.has(path) && (hash === null || rebuilt.get(path) !== hash)) problems.push(`${printable(path)}: ${by} rebuilds it with other bytes`);
    for (const path of rebuilt.keys()) if (!v.published.has(path)) problems.push(`${printable(path)}: ${by} makes it, the published version lacks it`);
    return problems.length === 0 ? { status: "passed", by } : { status: "failed", by, problems };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
