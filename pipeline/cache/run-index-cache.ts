// The edge that keeps each written version's run index (release/run-index.ts) in the cache, named
// by the hash of the version's SHA256SUMS: an index is found only for a version whose files are
// listed exactly as when it was written, and the comparison also checks each table file's size.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { RunIndex } from "../release/run-index.ts";
import { CACHE_ROOT } from "./cache-root.ts";
import { checksumsHash } from "./makings-notes.ts";

export const RUN_INDEX_FOLDER = "run-index";

function indexFile(versionDir: string, dir: string): string | null {
  const sums = checksumsHash(versionDir);
  return sums === null ? null : join(dir, `${sums}.json`);
}

/** The run index kept for the version in `versionDir`, or null when there is none (the comparison then reads whole tables). */
export function loadRunIndex(versionDir: string, dir: string = join(CACHE_ROOT, RUN_INDEX_FOLDER)): RunIndex | null {
  const file = indexFile(versionDir, dir);
  if (file === null) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as RunIndex;
  } catch {
    return null;
  }
}

/** Keeps the index whose JSON text is `pieces` (release/run-index.ts runIndexText), written a piece at a time. */
export function saveRunIndex(versionDir: string, pieces: Iterable<string>, dir: string = join(CACHE_ROOT, RUN_INDEX_FOLDER)): void {
  const file = indexFile(versionDir, dir);
  if (file === null) return;
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, "w");
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}
