// The input edge: a folder in; its .txt files (relative paths with '/', bytes), its sources.json
// text, and every other entry it did not read, with why, out. Subfolders are read; symbolic links
// are never followed (so no byte from outside the folder gets in); hidden entries, node_modules and
// the output folder are passed over.
import { lstatSync, type Stats } from "node:fs";
import { lstat, readFile, readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { InputOnDisk } from "../build/build-dataset.ts";
import { sha256Hex } from "../text/sha256.ts";
import type { KnownHashes } from "./known-hashes.ts";
import { eachInFlight } from "../in-flight.ts";
import { MANIFEST_FILE } from "../ingest/manifest.ts";
import { compareStrings } from "../text/compare.ts";

export interface SkippedEntry {
  path: string;
  reason: string;
}

export interface InputFolder {
  /** Each .txt file's path, hash and size; the bytes are read again by whoever processes it. */
  files: InputOnDisk[];
  manifestText: string | null;
  /** Files that exist but could not be read, with the reason. */
  unreadable: { path: string; reason: string }[];
  /** Entries that are not inputs: other kinds of file, links, special files. */
  skipped: SkippedEntry[];
}

async function walk(root: string, dir: string, skip: string, found: string[], skipped: SkippedEntry[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => compareStrings(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = join(dir, entry.name);
    const path = relative(root, full).split(sep).join("/");
    if (entry.isSymbolicLink()) skipped.push({ path, reason: "a symbolic link: links are not followed" });
    else if (entry.isDirectory()) {
      if (resolve(full) !== skip) await walk(root, full, skip, found, skipped);
    } else if (!entry.isFile()) skipped.push({ path, reason: "not a regular file" });
    else if (entry.name.toLowerCase().endsWith(".txt")) found.push(path);
    else if (path !== MANIFEST_FILE) skipped.push({ path, reason: "not a .txt file" });
  }
}

const READS_IN_FLIGHT = 32;

/**
 * Throws (with a message naming the folder) when the folder itself cannot be read. With `known`, a
 * file whose stat is as it was when it was last hashed is not read again (commands/known-hashes.ts).
 */
export async function readInputFolder(inputDir: string, outDir: string, known?: KnownHashes): Promise<InputFolder> {
  const paths: string[] = [];
  const skipped: SkippedEntry[] = [];
  await walk(inputDir, inputDir, resolve(outDir), paths, skipped);
  paths.sort(compareStrings);
  // Many reads in flight at once: one at a time, a corpus of small files waits on the disk per file.
  // Each file is hashed and let go: the corpus is never held whole.
  const read: ({ sha256: string; size: number } | { reason: string })[] = new Array(paths.length);
  // A stat is a fraction of a read, and faster made one after another than queued on the thread pool.
  const stats: (Stats | null)[] = paths.map((path, k) => {
    if (known === undefined) return null;
    try {
      const stat = lstatSync(join(inputDir, path));
      const sha256 = known.lookup(path, stat);
      if (sha256 !== undefined) read[k] = { sha256, size: stat.size };
      return stat;
    } catch {
      return null;
    }
  });
  await eachInFlight(paths.length, READS_IN_FLIGHT, async (k) => {
    if (read[k] !== undefined) return;
    try {
      const bytes = await readFile(join(inputDir, paths[k]!));
      const hashed = { sha256: sha256Hex(bytes), size: bytes.byteLength };
      read[k] = hashed;
      // A file that grew or shrank between the stat and the read is not remembered.
      const stat = stats[k];
      if (stat && stat.size === bytes.byteLength) known!.record(paths[k]!, stat, hashed.sha256);
    } catch (error) {
      read[k] = { reason: error instanceof Error ? error.message : String(error) };
    }
  });
  const files: InputOnDisk[] = [];
  const unreadable: InputFolder["unreadable"] = [];
  paths.forEach((path, k) => {
    const outcome = read[k]!;
    if ("sha256" in outcome) files.push({ path, location: join(inputDir, path), ...outcome });
    else unreadable.push({ path, reason: outcome.reason });
  });
  let manifestText: string | null = null;
  try {
    const manifestPath = join(inputDir, MANIFEST_FILE);
    if ((await lstat(manifestPath)).isSymbolicLink()) skipped.push({ path: MANIFEST_FILE, reason: "a symbolic link: links are not followed, so the manifest is not read" });
    else manifestText = await readFile(manifestPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return { files, manifestText, unreadable, skipped };
}
