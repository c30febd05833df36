// One processed document as a build keeps it between the per-document stage and publishing: a
// header line of JSON (what assembling the dataset needs), then the document's text and, for each
// table, its rows validated, sorted and rendered once as they are published (CSV lines, JSON
// items, and the workbook sheet's rows already compressed). The same bytes are the cache entry on
// disk and the spool a large build writes its tables from, so a cached document costs no work at
// all. This is the side that makes entries; stage/held-entry.ts is the side that reads them.
import { renameSync, writeFileSync } from "node:fs";
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

export const TEXT_PART = 0;

/** Parts after the header line: the text, then three per table. */
export const PART_COUNT = 1 + 3 * DOCUMENT_TABLES.length;

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

/** Writes an entry to its file whole or not at all (a temporary file, then a rename), from any thread. */
export function writeEntryFile(file: string, bytes: Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}-${threadId}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}
