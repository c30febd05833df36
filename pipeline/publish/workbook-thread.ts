// The workbook made on a thread of its own: compressing its sheets is most of its cost, and once the
// documents are processed the build's other core is idle while the main thread writes the tables.
// Small datasets stay on the main thread, where starting a thread would cost more than it saves.
import { threadPool } from "../thread-pool.ts";
import type { Dataset, Row, RowSequence } from "../dataset.ts";
import type { DocumentTableName } from "../stage/document-entry.ts";
import { DocumentEntry, type EntryLocation } from "../stage/held-entry.ts";
import { isSpooled, SpooledTable } from "../stage/spooled-table.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import { workbookBytes } from "./workbook.ts";

/** Rows from which a thread pays for its start-up (about half a second) and for copying the tables to it. */
export const ROWS_FOR_A_THREAD = 20_000;

export function workbookOffThread(dataset: Dataset, threshold = ROWS_FOR_A_THREAD): Promise<Uint8Array> {
  const rows = TABLE_NAMES.reduce((n, t) => n + dataset.tables[t].length, 0);
  if (rows < threshold) return workbookBytes(dataset);
  // Only what the workbook reads goes to the thread: the identity, and each table's rows or, for a
  // spooled table, where its documents' entries are (the thread reads them itself).
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, portable(dataset.tables[t])]));
  const pool = threadPool(new URL("./workbook-worker.ts", import.meta.url), 1);
  return (pool.run({ identity: dataset.identity, tables }) as Promise<Uint8Array>).finally(() => pool.destroy());
}

export type PortableTable = Row[] | { table: DocumentTableName; entries: EntryLocation[] };

function portable(rows: RowSequence): PortableTable {
  return isSpooled(rows) ? { table: rows.table, entries: rows.locations() } : [...rows];
}

export function fromPortable(table: PortableTable): RowSequence {
  return Array.isArray(table) ? table : new SpooledTable(table.table, table.entries.map((where) => DocumentEntry.at(where)));
}
