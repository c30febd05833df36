// A table whose rows stay in the documents' entries (document-entry.ts) until they are written:
// the entries in document-id order are the table in published order, because every table is sorted
// by document first. Its CSV and JSON are the entries' rendered parts joined, so publishing renders
// nothing again; iterating it parses each document's rows back when asked.
import type { Row, RowSequence } from "../dataset.ts";
import { csvHeader } from "../format/csv.ts";
import { JSON_ARRAY } from "../format/stable-json.ts";
import { csvPart, jsonPart, type DocumentTableName } from "./document-entry.ts";
import { entryRows, type DocumentEntry, type EntryLocation } from "./held-entry.ts";

export class SpooledTable implements RowSequence {
  readonly length: number;

  /** `entries` in document-id order. */
  constructor(
    readonly table: DocumentTableName,
    private readonly entries: readonly DocumentEntry[],
  ) {
    this.length = entries.reduce((n, e) => n + e.count(table), 0);
  }

  /** Its documents' entries, in document-id order. */
  documents(): readonly DocumentEntry[] {
    return this.entries;
  }

  /** Where its documents' entries are, for another thread to read the table from. */
  locations(): EntryLocation[] {
    return this.entries.map((e) => e.where);
  }

  *[Symbol.iterator](): Iterator<Row> {
    for (const entry of this.entries) yield* entryRows(entry, this.table);
  }

  // The pieces below come one per document, in step, empty for a document without rows: the writer
  // advances every table's file together (ChunkedText.perDocument), so each entry is read once for all of them.

  /** The table's CSV text, a piece per document (the header with the first). */
  *csvPieces(): Iterable<string | Uint8Array> {
    let header: string | null = csvHeader(this.table);
    for (const entry of this.entries) {
      const part = entry.count(this.table) > 0 ? entry.part(csvPart(this.table)) : EMPTY;
      yield header === null ? part : Buffer.concat([Buffer.from(header, "utf8"), part]);
      header = null;
    }
    if (header !== null) yield header;
  }

  /** The table's JSON text (as stableJson writes the array of rows), a piece per document, then the end. */
  *jsonPieces(): Iterable<string | Uint8Array> {
    let first = true;
    for (const entry of this.entries) {
      if (entry.count(this.table) === 0) {
        yield EMPTY;
        continue;
      }
      yield Buffer.concat([first ? OPEN : BETWEEN, entry.part(jsonPart(this.table))]);
      first = false;
    }
    yield first ? JSON_ARRAY.empty : JSON_ARRAY.close;
  }
}

const EMPTY = Buffer.alloc(0);
const OPEN = Buffer.from(JSON_ARRAY.open, "utf8");
const BETWEEN = Buffer.from(JSON_ARRAY.between, "utf8");

export function isSpooled(rows: RowSequence): rows is SpooledTable {
  return rows instanceof SpooledTable;
}
