// What a comparison between two releases needs of each: the rows of every table and each table's
// schema (field names, types, required, enum, pattern, in order). Made from a dataset about to be
// published, or read back from a published version folder (by the caller, from its files).
import type { Dataset, Row } from "../dataset.ts";
import { tableSchemaFor, type TableSchema } from "../publish/table-schema.ts";
import { TABLE_NAMES } from "../schema/tables.ts";

export interface ReleaseSnapshot {
  version: string;
  tables: Record<string, Row[]>;
  schemas: Record<string, TableSchema>;
  /** sha256 of every file but the checksums, by path: a change anywhere shows here. */
  fileHashes: Record<string, string>;
}

export function snapshotOf(dataset: Dataset, fileHashes: Record<string, string>): ReleaseSnapshot {
  return {
    version: dataset.identity.version,
    tables: Object.fromEntries(TABLE_NAMES.map((t) => [t, dataset.tables[t]])),
    schemas: Object.fromEntries(TABLE_NAMES.map((t) => [t, tableSchemaFor(t)])),
    fileHashes,
  };
}
