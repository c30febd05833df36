// The input edge: a folder in; its .txt files (relative paths with '/', hash, size and which file
// on disk each is), its sources.json text, and every other entry it did not read, with why, out.
// Subfolders are read; symbolic links are never followed, and each file is read from a handle opened
// without following one (ingest/open-listed.ts), and a hard link with a name outside the folder is
// skipped, so no byte from outside the folder gets in. Hidden
// entries, tool folders (node_modules, .git) and published dataset folders are not read, and are
// listed as skipped so that every entry under the folder is accounted for.
import { lstatSync } from "node:fs";
import { readdir, realpath } from "node:fs/promises";
import { dirname, join } from "node:path";
import { within } from "../text/path-within.ts";
import type { Stats } from "node:fs";
import type { InputOnDisk } from "./input.ts";
import { ListedFileRefused, readListedFile, systemReason } from "./open-listed.ts";
import { sha256Hex } from "../text/sha256.ts";
import { eachInFlight } from "../in-flight.ts";
import type { IssueCode } from "../issues.ts";
import { MANIFEST_FILE } from "./manifest.ts";
import { compareStrings } from "../text/compare.ts";
import { printable, printableBytes } from "../text/printable.ts";

/** A sources.json that is there but cannot be read as one; its message is the whole story. */
export class ManifestRefused extends Error {}

export interface SkippedEntry {
  path: string;
  reason: string;
}

export interface InputFolder {
  /** Each .txt file's path, hash and size; the bytes are read again by whoever processes it. */
  files: InputOnDisk[];
  manifestText: string | null;
  /** Files (and folders) that exist but could not be read: the system's reason, or a refusal's code and words. */
  unreadable: { path: string; reason: string; code?: IssueCode }[];
  /** Entries that are not inputs: other kinds of file, links, special files, hidden entries. */
  skipped: SkippedEntry[];
}

/** A .txt file found: its path relative to the input folder (with '/') and where it is, as given. */
interface Found {
  path: string;
  location: string;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Why a folder entry is passed over unread, or null when it is read. */
function passedOver(name: string, isDirectory: boolean): string | null {
  if (name === "node_modules" || name === ".git") return "a tool folder: nothing inside it is read";
  if (name.startsWith(".")) return isDirectory ? "a hidden folder (its name starts with '.'): nothing inside it is read" : "a hidden file (its name starts with '.'): not read";
  return null;
}

// Relative paths are built as the walk goes down, not worked out again from each full path: a
// folder of 100,000 files spent more time working paths out (relative, join) than listing them.
// Names are listed as bytes: a name that is not UTF-8 is then skipped by name, where decoding it
// would have turned it into another name that cannot be opened.
async function walk(dir: string, prefix: string, found: Found[], skipped: SkippedEntry[], unreadable: InputFolder["unreadable"]): Promise<void> {
  let listed;
  try {
    listed = await readdir(dir, { withFileTypes: true, encoding: "buffer" });
  } catch (error) {
    // The top folder must be readable (the caller says so); a subfolder that is not is one entry.
    if (prefix === "") throw error;
    unreadable.push({ path: prefix, reason: systemReason(error) });
    return;
  }
  const entries: { name: string; entry: (typeof listed)[number] }[] = [];
  for (const entry of listed) {
    let name: string;
    try {
      name = UTF8.decode(entry.name);
    } catch {
      skipped.push({ path: `${prefix}${printableBytes(entry.name)}`, reason: "the file name is not UTF-8: rename it to read it" });
      continue;
    }
    entries.push({ name, entry });
  }
  entries.sort((a, b) => compareStrings(a.name, b.name));
  for (const { name, entry } of entries) {
    const location = join(dir, name);
    const path = `${prefix}${name}`;
    const over = passedOver(name, entry.isDirectory());
    if (over !== null) skipped.push({ path: entry.isDirectory() ? `${path}/` : path, reason: over });
    else if (entry.isSymbolicLink()) skipped.push({ path, reason: "a symbolic link: links are not followed" });
    else if (entry.isDirectory()) {
      if (isPublishedDataset(location)) skipped.push({ path: `${path}/`, reason: "a published dataset folder (it holds versions.json): an output is never read as input" });
      else await walk(location, `${path}/`, found, skipped, unreadable);
    } else if (!entry.isFile()) skipped.push({ path, reason: "not a regular file" });
    else if (name.toLowerCase().endsWith(".txt")) found.push({ path, location });
    else if (path !== MANIFEST_FILE) skipped.push({ path, reason: "not a .txt file" });
  }
}

/** A dataset folder this tool wrote: it holds versions.json beside its version folders. */
function isPublishedDataset(location: string): boolean {
  try {
    return lstatSync(join(location, "versions.json")).isFile();
  } catch {
    return false;
  }
}

const READS_IN_FLIGHT = 32;

/** What a build remembers of each file's hash between builds (cache/known-hashes.ts keeps it on disk). */
export interface KnownHashes {
  /** The hash recorded for `path` when its stat is unchanged and old enough to trust, else undefined. */
  lookup(path: string, stat: Stats): string | undefined;
  /** Records the hash of `path`, read while its stat was `stat`. */
  record(path: string, stat: Stats, sha256: string): void;
  /** Keeps what was recorded for the paths seen in this build (others are dropped). */
  save(): void;
}

/**
 * Throws (with a message naming the folder) when the folder itself cannot be read, or its
 * sources.json is there but is not a file that can be read. With `known`, a file whose stat is as it
 * was when it was last hashed is not read again (cache/known-hashes.ts). A file over
 * `maxFileBytes` is a reject, refused before its bytes are read.
 */
export async function readInputFolder(inputDir: string, maxFileBytes: number, known?: KnownHashes): Promise<InputFolder> {
  const found: Found[] = [];
  const skipped: SkippedEntry[] = [];
  const unreadable: InputFolder["unreadable"] = [];
  const root = await realpath(inputDir);
  await walk(inputDir, "", found, skipped, unreadable);
  found.sort((a, b) => compareStrings(a.path, b.path));
  // Many reads in flight at once: one at a time, a corpus of small files waits on the disk per file.
  // Each file is hashed and let go: the corpus is never held whole.
  const read: ({ sha256: string; size: number; dev: number; ino: number; nlink: number } | { reason: string; code?: IssueCode })[] = new Array(found.length);
  // A stat is a fraction of a read, and faster made one after another than queued on the thread pool.
  if (known !== undefined) {
    found.forEach(({ path, location }, k) => {
      try {
        const stat = lstatSync(location);
        const sha256 = stat.isFile() && stat.size <= maxFileBytes ? known.lookup(path, stat) : undefined;
        if (sha256 !== undefined) read[k] = { sha256, size: stat.size, dev: stat.dev, ino: stat.ino, nlink: stat.nlink };
      } catch {
        // Unreadable now: the read below says why.
      }
    });
  }
  await eachInFlight(found.length, READS_IN_FLIGHT, async (k) => {
    if (read[k] !== undefined) return;
    try {
      const { bytes, stat } = await readListedFile(found[k]!.location, maxFileBytes);
      // O_NOFOLLOW guards the name's last part; a folder above it swapped for a link since the walk
      // would lead outside, so a file in a subfolder must still resolve inside the input folder.
      if (found[k]!.path.includes("/") && !within(await realpath(dirname(found[k]!.location)), root)) throw new ListedFileRefused("is no longer inside the input folder (a folder above it was replaced by a link while the build ran)", "link");
      read[k] = { sha256: sha256Hex(bytes), size: bytes.byteLength, dev: stat.dev, ino: stat.ino, nlink: stat.nlink };
      // A file that grew or shrank between the stat and the read is not remembered.
      if (known !== undefined && stat.size === bytes.byteLength) known.record(found[k]!.path, stat, read[k].sha256);
    } catch (error) {
      read[k] = error instanceof ListedFileRefused ? { reason: error.message, code: error.code } : { reason: systemReason(error) };
    }
  });
  const files: InputOnDisk[] = [];
  const namesHere = namesPerFile(read);
  found.forEach(({ path, location }, k) => {
    const outcome = read[k]!;
    if ("sha256" in outcome && outcome.nlink > (namesHere.get(`${outcome.dev}:${outcome.ino}`) ?? 0)) {
      skipped.push({ path, reason: `a hard link with ${outcome.nlink} names, not all of them in the input folder: only a file whose every name is inside is read; copy it in instead` });
    }
    // Fields written out, not spread: V8 gives an object literal that spreads a hidden class of its own.
    else if ("sha256" in outcome) files.push({ path, location, sha256: outcome.sha256, size: outcome.size, dev: outcome.dev, ino: outcome.ino });
    else unreadable.push(outcome.code === undefined ? { path, reason: outcome.reason } : { path, reason: outcome.reason, code: outcome.code });
  });
  return { files, manifestText: await readManifest(inputDir, skipped), unreadable, skipped };
}

/**
 * How many of the files read are each file on disk (device and inode). A file with more names than
 * that is a hard link to a name outside the folder, and its bytes are from outside as much as a
 * symbolic link's would be.
 */
function namesPerFile(read: readonly ({ dev: number; ino: number } | object)[]): Map<string, number> {
  const names = new Map<string, number>();
  for (const outcome of read) {
    if (!("ino" in outcome)) continue;
    const key = `${outcome.dev}:${outcome.ino}`;
    names.set(key, (names.get(key) ?? 0) + 1);
  }
  return names;
}

/** The text of sources.json, or null when there is none; a link to one is skipped, not followed. */
async function readManifest(inputDir: string, skipped: SkippedEntry[]): Promise<string | null> {
  const where = join(inputDir, MANIFEST_FILE);
  try {
    // A manifest as large as the largest text would still be far beyond any real one.
    return UTF8.decode((await readListedFile(where, MANIFEST_MAX_BYTES)).bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    if (error instanceof ListedFileRefused && error.found === "link") {
      skipped.push({ path: MANIFEST_FILE, reason: "a symbolic link: links are not followed, so the manifest is not read" });
      return null;
    }
    const why = error instanceof ListedFileRefused ? error.whatFound : error instanceof TypeError ? "is not UTF-8" : `cannot be read (${systemReason(error)})`;
    throw new ManifestRefused(`${printable(where)} ${why}; make it a JSON file of the sources, or remove it`);
  }
}

const MANIFEST_MAX_BYTES = 64 * 1_048_576;
