// Whether an input folder holds the files a version was built from: each text and the manifest by
// path and sha256, as build.json records them. Only with the same files can a rebuild be compared;
// with others it says nothing about the version, so the differences are named, not failed.
import { MANIFEST_FILE } from "../ingest/manifest.ts";
import { compareStrings } from "../text/compare.ts";
import { printable } from "../text/printable.ts";
import type { BuildProvenance } from "../release/provenance.ts";

export interface InputDifference {
  path: string;
  how: "added" | "missing" | "other bytes";
}

/** `files`: the folder's texts, path -> sha256; `manifestSha256`: its sources.json's, or null when it has none. Sorted by path. */
export function inputDifferences(recorded: Pick<BuildProvenance, "inputs" | "manifest">, files: ReadonlyMap<string, string>, manifestSha256: string | null): InputDifference[] {
  const out: InputDifference[] = [];
  const was = new Map(recorded.inputs.map((i) => [i.path, i.sha256]));
  for (const [path, sha256] of was) {
    const now = files.get(path);
    if (now !== sha256) out.push({ path, how: now === undefined ? "missing" : "other bytes" });
  }
  for (const path of files.keys()) if (!was.has(path)) out.push({ path, how: "added" });
  const manifestWas = recorded.manifest?.sha256 ?? null;
  if (manifestSha256 !== manifestWas) out.push({ path: MANIFEST_FILE, how: manifestWas === null ? "added" : manifestSha256 === null ? "missing" : "other bytes" });
  return out.sort((a, b) => compareStrings(a.path, b.path));
}

const SHOWN = 3;

/** "2 files differ (added: 006_new.txt; other bytes: 003_a.txt)", the first few named, grouped by how. */
export function describeDifferences(differences: readonly InputDifference[]): string {
  const shown = differences.slice(0, SHOWN);
  const groups = (["added", "missing", "other bytes"] as const)
    .map((how) => [how, shown.filter((d) => d.how === how).map((d) => printable(d.path))] as const)
    .filter(([, paths]) => paths.length > 0)
    .map(([how, paths]) => `${how}: ${paths.join(", ")}`);
  const more = differences.length > SHOWN ? `; and ${differences.length - SHOWN} more` : "";
  return `${differences.length} ${differences.length === 1 ? "file differs" : "files differ"} (${groups.join("; ")}${more})`;
}
