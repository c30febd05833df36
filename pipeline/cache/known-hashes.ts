// The edge that remembers each input file's hash between builds, so that a rebuild of a large
// corpus stats its files instead of reading them all. A hash is reused only when the file's size,
// modification time, change time and inode are what they were when it was hashed (the change time
// moves on every write and cannot be set back), and when that change time is older than the memo
// itself by a margin: a file written in the same clock tick as it was hashed may have changed again
// unseen, so it is hashed afresh (the "racy" case git's index guards the same way).
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { join, resolve } from "node:path";
import { sha256Hex } from "../text/sha256.ts";
import { CACHE_ROOT } from "./cache-root.ts";
import type { KnownHashes } from "../ingest/read-folder.ts";

export const HASHES_FOLDER = "input-hashes";
// Two seconds: wider than the coarsest common file-system clock tick (FAT's).
const RACY_MARGIN_MS = 2000;
// The memo's first line; a memo in any other format is not read (every file is hashed again).
const FORMAT_LINE = "claims-dataset-pipeline input hashes 3\n";

/**
 * What a file's stat says about it, as kept in the memo: size, mtime, ctime and inode in one string.
 * Milliseconds with their fraction (microseconds survive in a double) are fine enough to see a
 * write, and one string is one comparison.
 */
function stampOf(stat: Stats): string {
  return `${stat.size} ${stat.mtimeMs} ${stat.ctimeMs} ${stat.ino}`;
}

/** The memo for one input folder, kept in `dir` (the cache's input-hashes folder by default). */
export function knownHashes(inputDir: string, dir: string = join(CACHE_ROOT, HASHES_FOLDER)): KnownHashes {
  const name = sha256Hex(resolve(inputDir));
  const file = join(dir, `${name}.txt`);
  let recorded = new Map<string, [stamp: string, sha256: string]>();
  let trustBefore = 0;
  try {
    const text = readFileSync(file, "utf8");
    if (text.startsWith(FORMAT_LINE)) {
      recorded = parseMemo(text, FORMAT_LINE.length);
      trustBefore = statSync(file).mtimeMs - RACY_MARGIN_MS;
    }
  } catch {
    // No memo yet, or one cut short: every file is hashed.
  }
  const seen = new Map<string, [string, string]>();
  let changed = false;
  return {
    lookup(path, stat) {
      const known = recorded.get(path);
      if (known === undefined || stat.ctimeMs >= trustBefore || known[0] !== stampOf(stat)) return undefined;
      seen.set(path, known);
      return known[1];
    },
    record(path, stat, sha256) {
      seen.set(path, [stampOf(stat), sha256]);
      changed = true;
    },
    save() {
      if (!changed && seen.size === recorded.size) return;
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.tmp-${process.pid}`;
      let text = FORMAT_LINE;
      for (const [path, [stamp, sha256]] of seen) text += `${path}\0${stamp}\0${sha256}\n`;
      writeFileSync(tmp, text);
      renameSync(tmp, file);
      // The memo of the format before (JSON, named .json) is never read again: it goes.
      rmSync(join(dir, `${name}.json`), { force: true });
    },
  };
}

/**
 * The memo's records: a path ended by NUL (the one character no file name can hold, so a name may
 * contain tabs or line breaks), its stamp ended by NUL, and its hash ended by a line break. Read
 * with indexOf, this is a quarter of the time JSON took for 100,000 files (90 against 320 ms).
 * A record cut short ends the reading: the files after it are hashed again.
 */
function parseMemo(text: string, from: number): Map<string, [stamp: string, sha256: string]> {
  const recorded = new Map<string, [string, string]>();
  for (let at = from; at < text.length; ) {
    const pathEnd = text.indexOf("\0", at);
    const stampEnd = pathEnd < 0 ? -1 : text.indexOf("\0", pathEnd + 1);
    const end = stampEnd < 0 ? -1 : text.indexOf("\n", stampEnd + 1);
    if (end < 0) break;
    recorded.set(text.slice(at, pathEnd), [text.slice(pathEnd + 1, stampEnd), text.slice(stampEnd + 1, end)]);
    at = end + 1;
  }
  return recorded;
}
