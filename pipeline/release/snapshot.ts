// What a comparison between two releases needs of each: every table's records by key with a
// digest of their values (not the rows: a version of 100,000 documents holds millions), and each
// table's schema (field names, types, required, enum, pattern, in order). Made from a dataset about to be
// published, or read back from a published version folder (by the caller, from its files).
import type { Dataset } from "../dataset.ts";
import { rowDigests } from "../format/row-digest.ts";
import { tableSchemaFor, type TableSchema } from "../schema/table-schema.ts";
import { TABLE_NAMES, type TableName } from "../schema/tables.ts";
import type { Side } from "./record-changes.ts";

export interface ReleaseSnapshot {
  version: string;
  /** Per table, record key -> digest of its values (row-digest.ts). */
  tables: Record<string, ReadonlyMap<string, string>>;
  schemas: Record<string, TableSchema>;
  /** sha256 of every file but the checksums, by path: a change anywhere shows here. */
  fileHashes: Record<string, string>;
  /** The release's date (build.json), so a candidate is rendered with it and a new day is no change. */
  releaseDate: string | null;
}

/** `tables`, when given, are the records to compare by (changed-records.ts): by default every record of the dataset. */
export function snapshotOf(dataset: Dataset, fileHashes: Record<string, string>, tables?: Record<string, ReadonlyMap<string, string>>): ReleaseSnapshot {
  return {
    version: dataset.identity.version,
    tables: tables ?? Object.fromEntries(TABLE_NAMES.map((t) => [t, rowDigests(dataset.tables[t], tableSchemaFor(t).primaryKey)])),
    schemas: schemasNow(),
    fileHashes,
    releaseDate: dataset.releaseDate,
  };
}

function schemasNow(): Record<string, TableSchema> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, tableSchemaFor(t)]));
}

/** A dataset's tables as they are iterated, for the report of what changed (record-changes.ts). */
export function datasetSide(dataset: Pick<Dataset, "tables">): Side {
  return { schemas: schemasNow(), rows: (table) => dataset.tables[table as TableName] ?? [] };
}
