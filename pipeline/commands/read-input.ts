// The input edge: a folder in; its .txt files (relative paths with '/', bytes), its sources.json
// text, and every other entry it did not read, with why, out. Subfolders are read; symbolic links
// are never followed (so no byte from outside the folder gets in); hidden entries, node_modules and
// the output folder are passed over.
import { lstatSync, type Stats } from "node:fs";
import { lstat, readFile, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { InputOnDisk } from "../build/input.ts";
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

/** A .txt file found: its path relative to the input folder (with '/') and where it is, as given. */
interface Found {
  path: string;
  location: string;
}

// Relative paths are built as the walk goes down, not worked out again from each full path: a
// folder of 100,000 files spent more time working paths out (relative, join) than listing them.
async function walk(dir: string, prefix: string, skip: string, found: Found[], skipped: SkippedEntry[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => compareStrings(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const location = join(dir, entry.name);
    const path = `${prefix}${entry.name}`;
    if (entry.isSymbolicLink()) skipped.push({ path, reason: "a symbolic link: links are not followed" });
    else if (entry.isDirectory()) {
      if (resolve(location) !== skip) await walk(location, `${path}/`, skip, found, skipped);
    } else if (!entry.isFile()) skipped.push({ path, reason: "not a regular file" });
    else if (entry.name.toLowerCase().endsWith(".txt")) found.push({ path, location });
    else if (path !== MANIFEST_FILE) skipped.push({ path, reason: "not a .txt file" });
  }
}

const READS_IN_FLIGHT = 32;

/**
 * Throws (with a message naming the folder) when the folder itself cannot be read. With `known`, a
 * file whose stat is as it was when it was last hashed is not read again (commands/known-hashes.ts).
 */
export async function readInputFolder(inputDir: string, outDir: string, known?: KnownHashes): Promise<InputFolder> {
  const found: Found[] = [];
  const skipped: SkippedEntry[] = [];
  await walk(inputDir, "", resolve(outDir), found, skipped);
  found.sort((a, b) => compareStrings(a.path, b.path));
  // Many reads in flight at once: one at a time, a corpus of small files waits on the disk per file.
  // Each file is hashed and let go: the corpus is never held whole.
  const read: ({ sha256: string; size: number } | { reason: string })[] = new Array(found.length);
  // A stat is a fraction of a read, and faster made one after another than queued on the thread pool.
  // Only the stats of files to be read are kept (to remember their hash): keeping all 100,000 added
  // to the garbage collection that was a fifth of the listing's time.
  const stats: (Stats | undefined)[] = new Array(found.length);
  if (known !== undefined) {
    found.forEach(({ path, location }, k) => {
      try {
        const stat = lstatSync(location);
        const sha256 = known.lookup(path, stat);
        if (sha256 !== undefined) read[k] = { sha256, size: stat.size };
        else stats[k] = stat;
      } catch {
        // Unreadable now: the read below says why.
      }
    });
  }
  await eachInFlight(found.length, READS_IN_FLIGHT, async (k) => {
    if (read[k] !== undefined) return;
    try {
      const bytes = await readFile(found[k]!.location);
      const hashed = { sha256: sha256Hex(bytes), size: bytes.byteLength };
      read[k] = hashed;
      // A file that grew or shrank between the stat and the read is not remembered.
      const stat = stats[k];
      if (stat && stat.size === bytes.byteLength) known!.record(found[k]!.path, stat, hashed.sha256);
    } catch (error) {
      read[k] = { reason: error instanceof Error ? error.message : String(error) };
    }
  });
  const files: InputOnDisk[] = [];
  const unreadable: InputFolder["unreadable"] = [];
  found.forEach(({ path, location }, k) => {
    const outcome = read[k]!;
    // Fields written out, not spread: V8 gives an object literal that spreads a hidden class of its own.
    if ("sha256" in outcome) files.push({ path, location, sha256: outcome.sha256, size: outcome.size });
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
