// What a build is asked to do, and the two helpers both halves of it use (run/build.ts decides
// whether anything must be built; run/build-and-publish.ts builds and publishes).
import { join } from "node:path";
import { CACHE_ROOT } from "../cache/cache-root.ts";

export interface BuildOptions {
  input: string;
  out: string;
  allowRejects: boolean;
  /** The publisher's secret key when residents' names are to be replaced by keyed pseudonyms, else null. */
  pseudonymKey: string | null;
  /** A version asked for on the command line; it may be higher than the computed one, never lower. */
  version: string | null;
  /**
   * The release's date (YYYY-MM-DD), whatever sources.json says. Left out, runBuild decides it once
   * (release/release-date.ts): the manifest's `release_date`, else SOURCE_DATE_EPOCH, else today (UTC).
   */
  releaseDate?: string;
  /** Milliseconds per stage, for the benchmark. */
  timings?: Record<string, number>;
  /** false: process every document afresh, without reading or writing the per-document cache. */
  cache?: boolean;
  /** Where the cache is kept (default node_modules/.cache/claims-dataset-pipeline); the benchmark keeps its own. */
  cacheDir?: string;
  /** Input files larger than this are rejects, refused before they are read (default DEFAULT_MAX_FILE_BYTES). */
  maxFileBytes?: number;
  /** Where --report writes the build's account, checked before anything is written. */
  report?: string;
  /** Worker threads for the per-document stage; by default one per core for large corpora. */
  workers?: number;
  /**
   * `assemble`: the folder the shards left their entries and records in (run/shard-record.ts).
   * Every document is taken from it, and the build refuses when the records do not cover the input.
   */
  entries?: string;
}

/**
 * Up to this much text, the per-document stage also compresses each document's rows for the
 * workbook. Past it (at about 20 records per KB) some table outgrows a sheet's 1,048,575 rows and
 * there is no workbook, so that work would be thrown away; should the tables fit after all, the
 * workbook compresses the rows itself, to the same bytes.
 */
export const SHEET_FRAGMENTS_UP_TO_BYTES = 100 * 1_048_576;

export function withSheetFragments(files: readonly { size: number }[]): boolean {
  return files.reduce((n, f) => n + f.size, 0) <= SHEET_FRAGMENTS_UP_TO_BYTES;
}

/** A folder of the cache: the documents' entries, the inputs' hashes, versions' run indexes or the notes of what made which version. */
export function cacheFolder(options: BuildOptions, folder: string): string {
  return join(options.cacheDir ?? CACHE_ROOT, folder);
}

export async function timedAsync<T>(timings: Record<string, number> | undefined, stage: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  if (timings) timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  return result;
}
