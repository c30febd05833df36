// Two versions of one record in; the columns whose values differ, with both values, out. The key
// columns are left out (the report names the record by its keys before and after), and a null and
// an absent column are alike, as row-digest.ts counts them.
import type { Row } from "../dataset.ts";

export type Value = string | number | boolean | null;

export interface ColumnChange {
  before: Value;
  after: Value;
}

/** `fields` in the schema's order, so the changes read in the order of the table's columns. */
export function columnChanges(before: Row, after: Row, fields: readonly string[], key: readonly string[]): Record<string, ColumnChange> {
  const out: Record<string, ColumnChange> = {};
  for (const field of fields) {
    if (key.includes(field)) continue;
    const was = before[field] ?? null;
    const now = after[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) out[field] = { before: was, after: now };
  }
  return out;
}
