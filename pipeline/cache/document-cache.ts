// The edge that keeps per-document entries (stage/document-entry.ts) between builds: one file per
// document under node_modules/.cache/claims-dataset-pipeline/ (where tools keep caches; npm ci
// clears it), named by a key of the document's bytes, its manifest entry, the options and the salt
// (the code of the per-document stage, the lockfile and the reference data), so a change to that
// code misses every entry and a change elsewhere none. A build without the cache keeps its entries
// the same way in a folder of its own, removed afterwards.
import { lstatSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { DocumentCache } from "../stage/build-dataset.ts";
import { writeEntryFile, type EncodedEntry } from "../stage/document-entry.ts";
import { DocumentEntry } from "../stage/held-entry.ts";
import type { CodeFingerprints } from "../release/code-fingerprint.ts";
import { sha256Hex } from "../text/sha256.ts";
import { CACHE_ROOT } from "./cache-root.ts";

export const DOCUMENTS_FOLDER = "documents";
export const CACHE_DIR = join(CACHE_ROOT, DOCUMENTS_FOLDER);

/** A folder of entries, each a file named by its key. */
export type EntryFolder = DocumentCache & { hits: number; misses: number; fileFor(key: string): string };

export function diskCache(code: CodeFingerprints, dir: string = CACHE_DIR): EntryFolder {
  // The per-document stage's own code, not the whole pipeline's: a change to the command line or the
  // writer keeps every entry, a change to any module a document passes through drops them all.
  return entryFolder(sha256Hex(JSON.stringify([code.documentStageSha256, code.pipeline.lockfileSha256, code.reference])), dir);
}

/** Entries kept as files in `dir` under `salt`. */
export function entryFolder(salt: string, dir: string): EntryFolder {
  mkdirSync(dir, { recursive: true });
  const cache = {
    salt,
    hits: 0,
    misses: 0,
    get(key: string): DocumentEntry | undefined {
      const file = cache.fileFor(key);
      try {
        // A regular file only: a FIFO in a shared entries folder would hang the read.
        if (lstatSync(file, { throwIfNoEntry: false })?.isFile() === true) {
          const entry = DocumentEntry.inFile(file);
          cache.hits++;
          return entry;
        }
      } catch {
        // An entry cut short or from another format is a miss; the document is processed again.
      }
      cache.misses++;
      return undefined;
    },
    set(key: string, encoded: EncodedEntry): DocumentEntry {
      const file = cache.fileFor(key);
      writeEntryFile(file, encoded.bytes);
      return DocumentEntry.inFile(file, encoded);
    },
    fileFor(key: string): string {
      return join(dir, `${key}.entry`);
    },
  };
  return cache;
}
