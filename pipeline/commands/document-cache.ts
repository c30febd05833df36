// The edge that keeps per-document results between builds: one JSON file per document under
// node_modules/.cache/claims-dataset-pipeline/ (where tools keep caches; npm ci clears it), named by a key of the document's bytes, its manifest entry, the options
// and the salt (the pipeline's code, lockfile and reference data), so a code change misses exactly.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import type { DocumentCache, ProcessedDocument } from "../build/build-dataset.ts";
import { PROJECT_ROOT, type CodeFingerprints } from "../release/code-fingerprint.ts";
import { sha256Hex } from "../text/sha256.ts";

export const CACHE_ROOT = join(PROJECT_ROOT, "node_modules", ".cache", "claims-dataset-pipeline");
export const CACHE_DIR = join(CACHE_ROOT, "documents");

export function diskCache(code: CodeFingerprints, dir: string = CACHE_DIR): DocumentCache & { hits: number; misses: number } {
  mkdirSync(dir, { recursive: true });
  const salt = sha256Hex(JSON.stringify([code.pipeline.codeSha256, code.pipeline.lockfileSha256, code.reference]));
  const cache = {
    salt,
    hits: 0,
    misses: 0,
    get(key: string): ProcessedDocument | undefined {
      try {
        const doc = JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")) as ProcessedDocument;
        cache.hits++;
        return doc;
      } catch {
        cache.misses++;
        return undefined;
      }
    },
    set(key: string, doc: ProcessedDocument): void {
      writeCacheEntry(cache.fileFor(key), doc);
    },
    fileFor(key: string): string {
      return join(dir, `${key}.json`);
    },
  };
  return cache;
}

/** Writes one document's results where the cache keeps them (whole or not at all: temporary file, then rename). */
export function writeCacheEntry(file: string, doc: ProcessedDocument): void {
  const tmp = `${file}.tmp-${process.pid}-${threadId}`;
  writeFileSync(tmp, JSON.stringify(doc));
  renameSync(tmp, file);
}
