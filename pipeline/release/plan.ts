// A dataset about to be published and the latest published snapshot in; the version it gets out:
// the same version when nothing differs (nothing is published), the bump the changes call for
// otherwise, or a higher version the user asked for; never a lower one.
import type { Dataset } from "../dataset.ts";
import { BOOKKEEPING_FILES } from "./release-files.ts";
import { digestOf, type FileContent } from "../format/file-content.ts";
import { compareReleases, type Comparison } from "./compare.ts";
import { bumpVersion, compareVersions, parseVersion, type Bump } from "./semver.ts";
import { snapshotOf, type ReleaseSnapshot } from "./snapshot.ts";

export const FIRST_VERSION = "1.0.0";

export type ReleasePlan =
  | { action: "unchanged"; version: string }
  | { action: "publish"; version: string; bump: Bump | "first"; comparison: Comparison | null }
  | { action: "refuse"; message: string };

/** Hashes of the files that carry data or its description, not the release's own bookkeeping. */
export function contentHashes(files: ReadonlyMap<string, FileContent>): Record<string, string> {
  return Object.fromEntries([...files].filter(([path]) => !BOOKKEEPING_FILES.has(path)).map(([path, content]) => [path, digestOf(content).sha256]));
}

/** A snapshot whose file hashes leave out the release's own records (changelog, build.json, checksums). */
export function withoutBookkeeping(snapshot: ReleaseSnapshot): ReleaseSnapshot {
  return { ...snapshot, fileHashes: Object.fromEntries(Object.entries(snapshot.fileHashes).filter(([path]) => !BOOKKEEPING_FILES.has(path))) };
}

/**
 * `render` makes the files of a dataset (the workbook is made asynchronously, so the caller passes
 * the renderer; tests may pass renderRelease itself). `candidateTables` are the candidate's records
 * to compare when `previous` holds only some of its records (changed-records.ts).
 */
export async function planRelease(candidate: Dataset, previous: ReleaseSnapshot | null, requested: string | null, render: (d: Dataset) => Promise<Map<string, FileContent>> | Map<string, FileContent>, candidateTables?: Record<string, ReadonlyMap<string, string>>): Promise<ReleasePlan> {
  if (requested !== null && parseVersion(requested) === null) return { action: "refuse", message: `--version "${requested}" is not a version MAJOR.MINOR.PATCH such as 1.2.0.` };
  if (previous === null) return { action: "publish", version: requested ?? FIRST_VERSION, bump: "first", comparison: null };
  // Rendered under the previous version's number and release date, so only real differences show:
  // built again on another day with nothing else changed, it publishes nothing.
  const same = { ...candidate, identity: { ...candidate.identity, version: previous.version }, releaseDate: previous.releaseDate, provenance: null, changes: null };
  const comparison = compareReleases(withoutBookkeeping(previous), snapshotOf(same, contentHashes(await render(same)), candidateTables));
  if (comparison.bump === "none") return { action: "unchanged", version: previous.version };
  const computed = bumpVersion(previous.version, comparison.bump);
  if (requested !== null && compareVersions(requested, computed) < 0) {
    return { action: "refuse", message: `--version ${requested} is lower than ${computed}, which the changes since ${previous.version} call for (a ${comparison.bump} change); give ${computed} or higher, or leave --version out.` };
  }
  return { action: "publish", version: requested ?? computed, bump: comparison.bump, comparison: { ...comparison, to: requested ?? computed } };
}
