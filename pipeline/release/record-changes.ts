// A comparison and both versions' rows in; what the report says of records out: per table the keys
// added and removed, the records changed (a key kept with other values, or a record removed and one
// added at the same place, pair-records.ts), and for the first SAMPLE_SIZE of those per table the
// columns that differ, with both values. Rows are read as a table is iterated, at most twice per
// side and only for tables that changed; what is kept is the places of added and removed records
// and the sampled rows, so memory grows with what changed, not with the dataset.
import type { Row } from "../dataset.ts";
import type { TableSchema } from "../schema/table-schema.ts";
import { compareStrings } from "../text/compare.ts";
import { columnChanges, type ColumnChange } from "./column-changes.ts";
import type { Comparison, TableChange } from "./compare.ts";
import { pairByPlace, pairThrough, type Pair, type Placed } from "./pair-records.ts";
import { placeOf, placeRule, type PlaceRule } from "./record-place.ts";
import { keyOf } from "../format/row-digest.ts";

export const SAMPLE_SIZE = 20;

/** A table's rows in published order: a version folder's file read back, or a build's table. */
export type RowsOf = (table: string) => AsyncIterable<Row> | Iterable<Row>;

export interface Side {
  schemas: Record<string, TableSchema>;
  rows: RowsOf;
}

export interface TableRecords {
  table: string;
  added: string[];
  removed: string[];
  /** Every record changed, in the order of its key before; same before and after when the key stayed. */
  changed: Pair[];
}

export interface ChangedRecord {
  table: string;
  id_before: string;
  id_after: string;
  changes: Record<string, ColumnChange>;
}

export interface RecordChanges {
  tables: TableRecords[];
  /** The first SAMPLE_SIZE changed records of each table, with their values. */
  sample: ChangedRecord[];
}

/** Calls `keep` with every row of `table` on `side` whose key is in `wanted`; reads nothing when none is. */
async function eachWanted(side: Side, table: string, wanted: ReadonlySet<string>, keep: (key: string, row: Row) => void): Promise<void> {
  const schema = side.schemas[table];
  if (wanted.size === 0 || schema === undefined) return;
  for await (const row of side.rows(table)) {
    const key = keyOf(row, schema.primaryKey);
    if (wanted.has(key)) keep(key, row);
  }
}

async function placed(side: Side, table: string, keys: readonly string[], rule: Extract<PlaceRule, { kind: "fields" }>): Promise<Placed[]> {
  const out: Placed[] = [];
  await eachWanted(side, table, new Set(keys), (key, row) => out.push({ key, ...placeOf(row, rule) }));
  return out;
}

/** The removed and added records of one table that are one record changed. */
async function pairsOf(change: TableChange, before: Side, after: Side, paired: ReadonlyMap<string, Pair[]>): Promise<Pair[]> {
  const schema = after.schemas[change.table];
  const rule = schema === undefined ? null : placeRule(schema);
  if (rule === null || change.removed.length === 0 || change.added.length === 0) return [];
  if (rule.kind === "through") return pairThrough(change.removed, new Set(change.added), paired.get(rule.table) ?? []);
  return pairByPlace(await placed(before, change.table, change.removed, rule), await placed(after, change.table, change.added, rule));
}

async function sampleOf(table: string, changed: readonly Pair[], before: Side, after: Side): Promise<ChangedRecord[]> {
  const sample = changed.slice(0, SAMPLE_SIZE);
  const rowsBefore = new Map<string, Row>();
  const rowsAfter = new Map<string, Row>();
  await eachWanted(before, table, new Set(sample.map((p) => p.before)), (key, row) => rowsBefore.set(key, row));
  await eachWanted(after, table, new Set(sample.map((p) => p.after)), (key, row) => rowsAfter.set(key, row));
  const fields = [...new Set([...(after.schemas[table]?.fields ?? []), ...(before.schemas[table]?.fields ?? [])].map((f) => f.name))];
  const key = after.schemas[table]?.primaryKey ?? [];
  return sample.map((p) => ({ table, id_before: p.before, id_after: p.after, changes: columnChanges(rowsBefore.get(p.before) ?? {}, rowsAfter.get(p.after) ?? {}, fields, key) }));
}

export async function recordChanges(comparison: Comparison, before: Side, after: Side): Promise<RecordChanges> {
  // A table placed through another is paired after it (observations after claims).
  const through = (t: TableChange) => {
    const schema = after.schemas[t.table];
    return schema !== undefined && placeRule(schema)?.kind === "through" ? 1 : 0;
  };
  const order = [...comparison.tables].sort((a, b) => through(a) - through(b));
  const paired = new Map<string, Pair[]>();
  for (const change of order) paired.set(change.table, await pairsOf(change, before, after, paired));
  const tables: TableRecords[] = [];
  const sample: ChangedRecord[] = [];
  for (const change of comparison.tables) {
    const pairs = paired.get(change.table) ?? [];
    const gone = new Set(pairs.map((p) => p.before));
    const come = new Set(pairs.map((p) => p.after));
    const changed = [...pairs, ...change.changed.map((key) => ({ before: key, after: key }))].sort((a, b) => compareStrings(a.before, b.before) || compareStrings(a.after, b.after));
    tables.push({ table: change.table, added: change.added.filter((k) => !come.has(k)), removed: change.removed.filter((k) => !gone.has(k)), changed });
    sample.push(...(await sampleOf(change.table, changed, before, after)));
  }
  return { tables, sample };
}

/** A comparison with what it says of records, as changeReport takes it; null (a first release) stays null. */
export async function withRecords(comparison: Comparison | null, before: Side, after: Side): Promise<{ comparison: Comparison; records: RecordChanges } | null> {
  return comparison === null ? null : { comparison, records: await recordChanges(comparison, before, after) };
}
