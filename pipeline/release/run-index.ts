// Where each document's run of records lies in a version's <table>.json, and its digest: made from
// the entries' headers when a version is written, kept in the cache under the hash of the version's
// SHA256SUMS, so that the next build compares with that version by reading only the runs of the
// documents whose digests differ, not whole tables. A pure function of the headers; the layout is
// the one SpooledTable.jsonPieces writes: "[\n", the runs joined by ",\n", "\n]\n".
import { DOCUMENT_TABLES, jsonPart, type DocumentTableName } from "../stage/document-entry.ts";
import type { DocumentEntry } from "../stage/held-entry.ts";
import { JSON_ARRAY } from "../format/stable-json.ts";

export interface RunIndex {
  documents: string[];
  /** Per table, aligned with `documents`: each run's digest and its length in bytes (0 without rows). */
  tables: Record<DocumentTableName, { digests: string[]; lengths: number[] }>;
}

export interface Run {
  digest: string;
  /** Byte offset of the run's first item in the table's JSON file, and its length. */
  start: number;
  length: number;
}

/** The index of a version made from these entries, in document-id order. */
export function runIndexOf(entries: readonly DocumentEntry[]): RunIndex {
  return JSON.parse([...runIndexText(entries)].join("")) as RunIndex;
}

// Values a piece of the index's text holds: a piece of 100,000 documents' ids would be megabytes.
const VALUES_PER_PIECE = 4_096;

function* jsonArray<T>(entries: readonly DocumentEntry[], value: (entry: DocumentEntry) => T): Iterable<string> {
  yield "[";
  for (let at = 0; at < entries.length; at += VALUES_PER_PIECE) {
    const piece = entries.slice(at, at + VALUES_PER_PIECE).map((e) => JSON.stringify(value(e)));
    yield `${at === 0 ? "" : ","}${piece.join(",")}`;
  }
  yield "]";
}

/** The index's JSON text (a RunIndex) in pieces, so that writing it never holds every document's digests at once. */
export function* runIndexText(entries: readonly DocumentEntry[]): Iterable<string> {
  yield '{"documents":';
  yield* jsonArray(entries, (e) => e.documentId);
  yield ',"tables":{';
  for (const [k, table] of DOCUMENT_TABLES.entries()) {
    yield `${k === 0 ? "" : ","}${JSON.stringify(table)}:{"digests":`;
    yield* jsonArray(entries, (e) => e.digest(table));
    yield ',"lengths":';
    yield* jsonArray(entries, (e) => (e.count(table) === 0 ? 0 : e.partLength(jsonPart(table))));
    yield "}";
  }
  yield "}}";
}

const OPEN = Buffer.byteLength(JSON_ARRAY.open);
const BETWEEN = Buffer.byteLength(JSON_ARRAY.between);

/** Each document's run in `table`, and the size the table's JSON file must have for the index to hold. */
export function runsOf(index: RunIndex, table: DocumentTableName): { runs: Map<string, Run>; fileBytes: number } {
  const { digests, lengths } = index.tables[table];
  const runs = new Map<string, Run>();
  let at = OPEN;
  let any = false;
  index.documents.forEach((documentId, k) => {
    const length = lengths[k]!;
    if (length > 0 && any) at += BETWEEN;
    runs.set(documentId, { digest: digests[k]!, start: at, length });
    if (length > 0) {
      at += length;
      any = true;
    }
  });
  return { runs, fileBytes: any ? at + Buffer.byteLength(JSON_ARRAY.close) : Buffer.byteLength(JSON_ARRAY.empty) };
}
