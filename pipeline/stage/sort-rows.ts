// The published order of every table, fixed so that the bytes never depend on the order files were
// listed or records found: by document, then by position in its text, then by primary key.
import type { Row } from "../dataset.ts";
import { TABLE_SCHEMAS, type TableName } from "../schema/tables.ts";
import { compareStrings } from "../text/compare.ts";

const ORDER_COLUMNS = ["document_id", "source_file", "char_start", "char_end", "line_number"];

function compareCells(a: Row[string] | undefined, b: Row[string] | undefined): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return compareStrings(a === null || a === undefined ? "" : String(a), b === null || b === undefined ? "" : String(b));
}

export function sortRows(table: TableName, rows: readonly Row[]): Row[] {
  const columns = Object.keys(TABLE_SCHEMAS[table].properties);
  const keys = [...ORDER_COLUMNS.filter((c) => columns.includes(c)), ...TABLE_SCHEMAS[table]["x-table"].primaryKey];
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const d = compareCells(a[k], b[k]);
      if (d !== 0) return d;
    }
    return 0;
  });
}
