// Where each document's run of records lies in a version's <table>.json, and its digest: made from
// the entries' headers when a version is written, kept in the cache under the hash of the version's
// SHA256SUMS, so that the next build compares with that version by reading only the runs of the
// documents whose digests differ, not whole tables. A pure function of the headers; the layout is
// the one SpooledTable.jsonPieces writes: "[\n", the runs joined by ",\n", "\n]\n".
import { DOCUMENT_TABLES, jsonPart, type DocumentTableName, type EntryHeader } from "../stage/document-entry.ts";
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

/** The index of a version made from these entries' headers, in document-id order. */
export function runIndexOf(headers: readonly EntryHeader[]): RunIndex {
  const tables = {} as RunIndex["tables"];
  for (const table of DOCUMENT_TABLES) {
    tables[table] = {
      digests: headers.map((h) => h.digests[table]),
      lengths: headers.map((h) => (h.counts[table] === 0 ? 0 : h.parts[jsonPart(table)]!)),
    };
  }
  return { documents: headers.map((h) => h.documentId), tables };
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
