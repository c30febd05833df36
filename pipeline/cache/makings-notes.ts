// The edge that remembers which makings (inputs, code, options; release/provenance.ts) give which
// version. A note in the cache, keyed by the dataset folder and a makings digest, says "these
// makings give exactly version V" (pinned by V's SHA256SUMS). It is written when a version is
// published and when a build finds nothing differing from the latest version, which happens once
// the code changes without changing the output. The next build with those makings stops at once:
// no build.json of 100,000 inputs to parse and compare, no documents to look at.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sha256Hex } from "../text/sha256.ts";
import { CACHE_ROOT } from "./cache-root.ts";

export const NOTES_FOLDER = "makings";
export const NOTES_DIR = join(CACHE_ROOT, NOTES_FOLDER);

function notePath(datasetDir: string, makings: string, dir: string): string {
  return join(dir, `${sha256Hex(JSON.stringify([resolve(datasetDir), makings]))}.txt`);
}

/** The hash of a version's SHA256SUMS: what pins the version's files, for whatever the cache keeps about it. */
export function checksumsHash(versionDir: string): string | null {
  try {
    return sha256Hex(readFileSync(join(versionDir, "SHA256SUMS")));
  } catch {
    return null;
  }
}

/** Whether these makings are noted as giving exactly `version`, as its files stand now. */
export function knownToMake(datasetDir: string, makings: string, version: string, dir: string = NOTES_DIR): boolean {
  try {
    const [noted, sums] = readFileSync(notePath(datasetDir, makings, dir), "utf8").split("\n");
    return noted === version && sums !== undefined && sums === checksumsHash(join(datasetDir, version));
  } catch {
    return false;
  }
}

/** Notes that these makings give exactly `version` (a version just published, or found unchanged). */
export function noteMakes(datasetDir: string, makings: string, version: string, dir: string = NOTES_DIR): void {
  const sums = checksumsHash(join(datasetDir, version));
  if (sums === null) return;
  mkdirSync(dir, { recursive: true });
  const path = notePath(datasetDir, makings, dir);
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, `${version}\n${sums}`);
  renameSync(tmp, path);
}
