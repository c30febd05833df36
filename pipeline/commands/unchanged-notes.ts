// The edge that remembers builds that found nothing to publish. A version's build.json names the
// code that made it; once the code changes without changing the output, every build would do the
// whole work again to find that out. A note in the cache, keyed by the dataset folder and what
// made the build, says "these makings give exactly version V" (pinned by V's SHA256SUMS), so the
// next such build stops at once, as it does when build.json matches.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sha256Hex } from "../text/sha256.ts";
import { CACHE_ROOT } from "./document-cache.ts";

export const NOTES_FOLDER = "unchanged";
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

/** Whether a build with these makings found nothing differing from `version`, as it stands now. */
export function knownUnchanged(datasetDir: string, makings: string, version: string, dir: string = NOTES_DIR): boolean {
  try {
    const [noted, sums] = readFileSync(notePath(datasetDir, makings, dir), "utf8").split("\n");
    return noted === version && sums !== undefined && sums === checksumsHash(join(datasetDir, version));
  } catch {
    return false;
  }
}

export function noteUnchanged(datasetDir: string, makings: string, version: string, dir: string = NOTES_DIR): void {
  const sums = checksumsHash(join(datasetDir, version));
  if (sums === null) return;
  mkdirSync(dir, { recursive: true });
  const path = notePath(datasetDir, makings, dir);
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, `${version}\n${sums}`);
  renameSync(tmp, path);
}
