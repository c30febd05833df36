// The per-document stage: one input file (and its manifest entry) in, its outcome out (a
// processed document, or the issue that left it out). A pure function, the same in the main thread
// and in a worker, with results plain enough to cache as JSON.
import { extractDocument } from "../extract/extract-document.ts";
import { personKind } from "../extract/person-kind.ts";
import { decodeInputFile, type DecodedFile } from "../ingest/decode.ts";
import type { SourceEntry } from "../ingest/manifest.ts";
import type { Issue } from "../issues.ts";
import { normalizeDocument } from "../normalize/document.ts";
import { documentRows, type DocumentTables } from "../records/rows.ts";
import { sha256Hex } from "../text/sha256.ts";
import { replaceNames, residentReplacements } from "./pseudonymize.ts";
import { pseudonymKeyId } from "./pseudonym-key.ts";
import { encodeEntry, type EncodedEntry } from "./document-entry.ts";
import type { DocumentEntry } from "./held-entry.ts";
import { sha256Of, type Input, type InputFile } from "../ingest/input.ts";
import { overLimit } from "./document-limits.ts";
import { printable } from "../text/printable.ts";
import { errorLine } from "../text/error-line.ts";

export interface StageOptions {
  /** Replace the names of residents (private individuals) with stable pseudonyms everywhere. */
  /** The publisher's secret key when residents' names are to be replaced by keyed pseudonyms; absent or null leaves names as written. */
  pseudonymKey?: string | null;
  /** Milliseconds spent per stage are added here when given (the benchmark's view; never in output). */
  timings?: Record<string, number>;
  /**
   * Compress each document's rows for the workbook's sheets now, in parallel and cached
   * (format/sheet-fragment.ts). Without, the entry's sheet parts are empty and the workbook, if the
   * tables fit in sheets, compresses the rows itself: the same bytes, later and once per build.
   */
  sheetFragments?: boolean;
}

/** Runs `work`, adding its duration to `timings[stage]` when timings are kept. */
export function timed<T>(timings: Record<string, number> | undefined, stage: string, work: () => T): T {
  if (!timings) return work();
  const start = performance.now();
  const result = work();
  timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  return result;
}

/** One document's results: what the build needs of it, and what the cache keeps (plain data). */
export interface ProcessedDocument {
  documentId: string;
  text: string;
  removedLines: number;
  removalRules: string[];
  pseudonymized: number;
  rows: DocumentTables;
}

/** Per-document entries kept between builds; `salt` names the code and reference data they came from. */
export interface DocumentCache {
  salt: string;
  get(key: string): DocumentEntry | undefined;
  /** Keeps an entry; returns it as it is kept (a file's entry holds only its header). */
  set(key: string, encoded: EncodedEntry): DocumentEntry;
  /** Where an entry is kept on disk, so a worker thread can write it rather than the main thread. */
  fileFor?(key: string): string;
}

function processDocument(file: DecodedFile, entry: SourceEntry | undefined, input: StageOptions): ProcessedDocument {
  let doc = timed(input.timings, "normalize", () => normalizeDocument(file, entry));
  let extraction = timed(input.timings, "extract", () => extractDocument(doc));
  let pseudonymized = 0;
  if (input.pseudonymKey) {
    // Names replaced in the decoded text, then the whole text is read again.
    const replacements = residentReplacements(doc.text, extraction.entities.people, input.pseudonymKey);
    if (replacements.size > 0) {
      doc = normalizeDocument({ ...file, text: replaceNames(file.text, replacements) }, entry);
      extraction = extractDocument(doc);
      pseudonymized = extraction.entities.people.filter((p) => personKind(p.role) === "resident").length;
    }
  }
  const rows = timed(input.timings, "rows", () => documentRows(doc, extraction));
  return { documentId: doc.documentId, text: doc.text, removedLines: doc.removals.length, removalRules: [...new Set(doc.removals.map((r) => r.rule))], pseudonymized, rows };
}

/** What one input file came to: a processed document, or the issue that left it out. */
export type DocumentOutcome = { ok: true; rawSha256: string; doc: ProcessedDocument } | { ok: false; issue: Issue };

/** Decodes and processes one file; a pure function of the file, its manifest entry and the options. */
export function processInput(file: InputFile, entry: SourceEntry | undefined, options: StageOptions): DocumentOutcome {
  const decoded = timed(options.timings, "decode", () => decodeInputFile(file.path, file.bytes));
  if (!decoded.ok) return { ok: false, issue: decoded.issue };
  return { ok: true, rawSha256: decoded.file.rawSha256, doc: processDocument(decoded.file, entry, options) };
}

/** What one input file came to, as the build assembles it: the document's entry, or the issue that left it out. */
export type EntryOutcome = { ok: true; rawSha256: string; entry: DocumentEntry } | { ok: false; issue: Issue };

/**
 * processInput, then the document validated, sorted and rendered into its entry's bytes. Whatever
 * goes wrong with one document (a limit reached, an exception) makes it a reject: one bad document
 * never ends a build.
 */
export function entryBytesOf(file: InputFile, entry: SourceEntry | undefined, options: StageOptions): { ok: true; rawSha256: string; encoded: EncodedEntry } | { ok: false; issue: Issue } {
  try {
    const outcome = processInput(file, entry, options);
    if (!outcome.ok) return outcome;
    const over = overLimit(outcome.doc.rows);
    if (over !== null) return { ok: false, issue: documentIssue(file.path, over.code, over.message) };
    return { ok: true, rawSha256: outcome.rawSha256, encoded: timed(options.timings, "render", () => encodeEntry(outcome.doc, file.path, options.sheetFragments ?? true)) };
  } catch (error) {
    return { ok: false, issue: failedDocument(file.path, error) };
  }
}

function documentIssue(sourceFile: string, code: Issue["code"], why: string): Issue {
  return { stage: "ingest", code, sourceFile, table: null, recordId: null, path: null, message: `${printable(sourceFile)}: ${why}` };
}

/** The reject for a document the pipeline failed on: the error's class and first line, and what to do. */
export function failedDocument(sourceFile: string, error: unknown): Issue {
  return documentIssue(sourceFile, "document-failed", `the pipeline failed on this document (${errorLine(error)}); it is left out. Please report it with the file.`);
}

/** The cache key of a file: the path (ids come from it), its bytes, its manifest entry, the options and the code. */
export function cacheKey(cache: DocumentCache, file: Input, entry: SourceEntry | undefined, pseudonymKey: string | null): string {
  // The key's id, never the key: an entry made under one key is never reused under another.
  return sha256Hex(JSON.stringify([cache.salt, file.path, sha256Of(file), entry ?? null, pseudonymKey === null ? false : pseudonymKeyId(pseudonymKey)]));
}

