// One processed document as a build keeps it between the per-document stage and publishing: a
// header line of JSON (what assembling the dataset needs), then the document's text and, for each
// table, its rows validated, sorted and rendered once as they are published (CSV lines, JSON
// items, and the workbook sheet's rows already compressed). The same bytes are the cache entry on disk and the spool a large build writes its tables
// from, so the build holds only headers in memory and a cached document costs no work at all.
import { closeSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
import type { Row } from "../dataset.ts";
import type { Issue } from "../issues.ts";
import { csvLines } from "../format/csv.ts";
import { JSON_ARRAY, stableJsonItems } from "../format/stable-json.ts";
import type { DocumentTables } from "../records/rows.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import { runDigestOf } from "../format/row-digest.ts";
import { rowsXml, sheetColumns } from "../format/sheet-xml.ts";
import { encodeSheetFragment } from "../format/sheet-fragment.ts";
import { sha256Hex } from "../text/sha256.ts";
import { validateRows } from "../validate/validate-rows.ts";
import type { ProcessedDocument } from "./document-stage.ts";
import { sortRows } from "./sort-rows.ts";

export type DocumentTableName = keyof DocumentTables;

/** The tables whose rows each belong to one document (people are merged across documents; rejects are the build's). */
export const DOCUMENT_TABLES = TABLE_NAMES.filter((t): t is DocumentTableName => t !== "people" && t !== "rejects");

export interface EntryHeader {
  documentId: string;
  textSha256: string;
  removedLines: number;
  removalRules: string[];
  pseudonymized: number;
  /** Rows that failed their schema, each with why (they are in no part). */
  issues: Issue[];
  /** Rows per table after validation. */
  counts: Record<DocumentTableName, number>;
  /** Per table, the digest of its rows' JSON items (format/row-digest.ts runDigest), to compare versions by. */
  digests: Record<DocumentTableName, string>;
  /** Its person_roles rows as extracted: the people table is merged from every document's. */
  personRoles: Row[];
  publishedDate: string | null;
  /** Byte lengths of the parts after the header line: the text, then per table its CSV lines, its JSON items and its sheet fragment. */
  parts: number[];
}

export interface DocumentEntry {
  header: EntryHeader;
  /** The bytes of part `k` (TEXT_PART, csvPart(table), jsonPart(table)). */
  part(k: number): Buffer;
  /** Where the entry is, as plain data another thread can open it from (entryAt). */
  where: EntryLocation;
}

/** An entry's place: its bytes, or its file with the header already read. */
export type EntryLocation = { bytes: Uint8Array } | { file: string; header: EntryHeader; lineBytes: number };

export function entryAt(where: EntryLocation): DocumentEntry {
  return "bytes" in where ? memoryEntry(where.bytes) : fileEntry(where.file, where);
}

export const TEXT_PART = 0;

/** A document's rows of one table, parsed back from its JSON part. */
export function entryRows(entry: DocumentEntry, table: DocumentTableName): Row[] {
  return entry.header.counts[table] === 0 ? [] : (JSON.parse(`[${entry.part(jsonPart(table)).toString("utf8")}]`) as Row[]);
}

export function csvPart(table: DocumentTableName): number {
  return 1 + 3 * DOCUMENT_TABLES.indexOf(table);
}

export function jsonPart(table: DocumentTableName): number {
  return 2 + 3 * DOCUMENT_TABLES.indexOf(table);
}

/** The document's rows as a deflated fragment of the workbook's sheet (format/sheet-fragment.ts); empty without rows, or when the stage left the sheets to the workbook. */
export function sheetPart(table: DocumentTableName): number {
  return 3 + 3 * DOCUMENT_TABLES.indexOf(table);
}

/** Entry bytes with their header, so that whoever made them need not parse it back. */
export interface EncodedEntry {
  bytes: Uint8Array;
  header: EntryHeader;
  lineBytes: number;
}

/**
 * A processed document as entry bytes. `sourceFile` names the input file in validation issues.
 * Every key of a document's rows starts with its document id, and document ids are unique, so a
 * primary key checked unique within the document is unique in the table.
 */
export function encodeEntry(doc: ProcessedDocument, sourceFile: string, sheetFragments = true): EncodedEntry {
  const issues: Issue[] = [];
  const parts: Buffer[] = [Buffer.from(doc.text, "utf8")];
  const counts = {} as Record<DocumentTableName, number>;
  const digests = {} as Record<DocumentTableName, string>;
  let publishedDate: string | null = null;
  for (const table of DOCUMENT_TABLES) {
    const rows = sortRows(table, validateRows(table, doc.rows[table], () => sourceFile, issues));
    counts[table] = rows.length;
    if (table === "documents" && typeof rows[0]?.published_date === "string") publishedDate = rows[0].published_date;
    const rendered = renderedRows(table, rows);
    parts.push(rendered.csv, rendered.json, rows.length === 0 || !sheetFragments ? Buffer.alloc(0) : Buffer.from(encodeSheetFragment(rowsXml(sheetColumns(table), rows))));
    digests[table] = rendered.digest;
  }
  const header: EntryHeader = {
    documentId: doc.documentId,
    textSha256: sha256Hex(doc.text),
    removedLines: doc.removedLines,
    removalRules: doc.removalRules,
    pseudonymized: doc.pseudonymized,
    issues,
    counts,
    digests,
    personRoles: doc.rows.person_roles,
    publishedDate,
    parts: parts.map((p) => p.byteLength),
  };
  const line = Buffer.from(`${JSON.stringify(header)}\n`, "utf8");
  return { bytes: Buffer.concat([line, ...parts]), header, lineBytes: line.byteLength };
}

// Rows are rendered a few thousand at a time, so no string holds all of a document's rows: the
// bytes (and the digest, taken over them piece by piece) are those of rendering them at once.
const ROWS_PER_PIECE = 2_000;

function renderedRows(table: DocumentTableName, rows: readonly Row[]): { csv: Buffer; json: Buffer; digest: string } {
  const csv: Buffer[] = [];
  const json: Buffer[] = [];
  const digest = runDigestOf();
  for (let at = 0; at < rows.length; at += ROWS_PER_PIECE) {
    const piece = rows.slice(at, at + ROWS_PER_PIECE);
    csv.push(Buffer.from(csvLines(table, piece), "utf8"));
    const items = `${at === 0 ? "" : JSON_ARRAY.between}${stableJsonItems(piece)}`;
    digest.update(items);
    json.push(Buffer.from(items, "utf8"));
  }
  return { csv: Buffer.concat(csv), json: Buffer.concat(json), digest: digest.digest() };
}

/** Where each part starts, from the header and the byte length of its line. */
function partStarts(header: EntryHeader, headerLineBytes: number): number[] {
  const starts: number[] = [];
  let at = headerLineBytes;
  for (const length of header.parts) {
    starts.push(at);
    at += length;
  }
  return starts;
}

/** The header of entry bytes, and the length of its line (newline included). */
export function headerOf(bytes: Uint8Array): { header: EntryHeader; lineBytes: number } {
  const end = bytes.indexOf(0x0a);
  if (end < 0) throw new Error("document entry: expected a header line, found no line break");
  return { header: JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, end).toString("utf8")) as EntryHeader, lineBytes: end + 1 };
}

/** An entry held in memory. */
export function memoryEntry(bytes: Uint8Array, known: { header: EntryHeader; lineBytes: number } = headerOf(bytes)): DocumentEntry {
  const { header, lineBytes } = known;
  const starts = partStarts(header, lineBytes);
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { header, part: (k) => all.subarray(starts[k]!, starts[k]! + header.parts[k]!), where: { bytes } };
}

// Headers are a few kilobytes: the first read takes 8 KB into a buffer kept for the next entry, not
// 64 KB freshly zeroed, which is most of an entry (100,000 headers took 4.8 to 6.5 s so, 2.3 to 2.9 s now).
const HEADER_READ = 8 * 1024;
let headerBuffer = Buffer.allocUnsafe(HEADER_READ);

/** The header of an entry file, read without reading its parts. */
export function readEntryHeader(file: string): { header: EntryHeader; lineBytes: number } {
  const fd = openSync(file, "r");
  try {
    let filled = 0;
    for (;;) {
      const read = readSync(fd, headerBuffer, filled, headerBuffer.length - filled, filled);
      const end = headerBuffer.subarray(0, filled + read).indexOf(0x0a, filled);
      filled += read;
      // headerOf copies what it parses, so the buffer is free again once it returns.
      if (end >= 0) return headerOf(headerBuffer.subarray(0, end + 1));
      if (read === 0) throw new Error(`${file}: expected a header line, found no line break`);
      if (filled === headerBuffer.length) headerBuffer = Buffer.concat([headerBuffer, Buffer.allocUnsafe(headerBuffer.length)]);
    }
  } finally {
    closeSync(fd);
  }
}

function readPart(file: string, start: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  const fd = openSync(file, "r");
  try {
    for (let done = 0; done < length; ) {
      const read = readSync(fd, bytes, done, length - done, start + done);
      if (read === 0) throw new Error(`${file}: the entry ends before its text does; delete the cache folder and build again`);
      done += read;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

// The entry read last, whole: the table files are written a document at a time, each asking the
// same entry for its part in turn, so one read serves them all.
let lastRead: { file: string; bytes: Buffer } | null = null;

/** An entry kept in a file: only its header is held; its parts are read from the file when asked for. */
export function fileEntry(file: string, known: { header: EntryHeader; lineBytes: number } = readEntryHeader(file)): DocumentEntry {
  const { header, lineBytes } = known;
  const starts = partStarts(header, lineBytes);
  return {
    header,
    where: { file, header, lineBytes },
    part(k) {
      // The text is asked for alone (each text is a file of its own): read just its bytes.
      if (k === TEXT_PART && lastRead?.file !== file) return readPart(file, starts[k]!, header.parts[k]!);
      if (lastRead?.file !== file) {
        const bytes = readFileSync(file);
        if (bytes.length !== lineBytes + header.parts.reduce((n, p) => n + p, 0)) throw new Error(`${file}: the entry is not the length its header gives; delete the cache folder and build again`);
        lastRead = { file, bytes };
      }
      return lastRead.bytes.subarray(starts[k]!, starts[k]! + header.parts[k]!);
    },
  };
}

/** Writes an entry to its file whole or not at all (a temporary file, then a rename), from any thread. */
export function writeEntryFile(file: string, bytes: Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}-${threadId}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}
