// dist/<dataset>/versions.json: every published version, its release date (from its build.json), its row
// counts and the sha256 of its SHA256SUMS (which pins every file of it), newest last.
import { compareVersions } from "./semver.ts";

export interface CatalogEntry {
  version: string;
  date: string | null;
  rows: Record<string, number>;
  sha256sums_sha256: string;
}

export const CATALOG_FILE = "versions.json";

export function catalogJson(datasetName: string, entries: readonly CatalogEntry[]): Record<string, unknown> {
  const versions = [...entries].sort((a, b) => compareVersions(a.version, b.version));
  return { dataset: datasetName, latest: versions[versions.length - 1]?.version ?? null, versions };
}
