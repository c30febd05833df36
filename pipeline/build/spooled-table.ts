// A table whose rows stay in the documents' entries (document-entry.ts) until they are written:
// the entries in document-id order are the table in published order, because every table is sorted
// by document first. Its CSV and JSON are the entries' rendered parts joined, so publishing renders
// nothing again; iterating it parses each document's rows back when asked.
import type { Row, RowSequence } from "../dataset.ts";
import { csvHeader } from "../publish/csv.ts";
import { JSON_ARRAY } from "../publish/stable-json.ts";
import { csvPart, jsonPart, type DocumentEntry, type DocumentTableName } from "./document-entry.ts";

export class SpooledTable implements RowSequence {
  readonly length: number;

  /** `entries` in document-id order. */
  constructor(
    readonly table: DocumentTableName,
    private readonly entries: readonly DocumentEntry[],
  ) {
    this.length = entries.reduce((n, e) => n + e.header.counts[table], 0);
  }

  private withRows(): DocumentEntry[] {
    return this.entries.filter((e) => e.header.counts[this.table] > 0);
  }

  *[Symbol.iterator](): Iterator<Row> {
    for (const entry of this.withRows()) yield* JSON.parse(`[${entry.part(jsonPart(this.table)).toString("utf8")}]`) as Row[];
  }

  /** The table's CSV text, a document at a time. */
  *csvPieces(): Iterable<string | Uint8Array> {
    yield csvHeader(this.table);
    for (const entry of this.withRows()) yield entry.part(csvPart(this.table));
  }

  /** The table's JSON text (as stableJson writes the array of rows), a document at a time. */
  *jsonPieces(): Iterable<string | Uint8Array> {
    let first = true;
    for (const entry of this.withRows()) {
      yield first ? JSON_ARRAY.open : JSON_ARRAY.between;
      first = false;
      yield entry.part(jsonPart(this.table));
    }
    yield first ? JSON_ARRAY.empty : JSON_ARRAY.close;
  }
}

export function isSpooled(rows: RowSequence): rows is SpooledTable {
  return rows instanceof SpooledTable;
}
