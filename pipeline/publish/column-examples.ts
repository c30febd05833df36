// A table's rows in, an example value per column out: the first non-empty value in published order,
// so a dataset's dictionary shows its own data, and the same rows always give the same examples.
import type { Row, RowSequence } from "../dataset.ts";

/**
 * Rows looked at per table: the examples of a column filled in no early row are left empty rather
 * than found by reading a table of millions through (a spooled table parses each document's rows).
 */
export const EXAMPLE_ROWS_SCANNED = 10_000;

/** Past this many characters a text example is cut, so a sentence does not fill a dictionary line. */
export const EXAMPLE_CHARACTERS = 80;

function shown(value: Row[string]): string {
  if (typeof value !== "string") return String(value);
  const points = [...value];
  return points.length <= EXAMPLE_CHARACTERS ? value : `${points.slice(0, EXAMPLE_CHARACTERS - 3).join("")}...`;
}

/** Column -> example, for the columns some scanned row fills (`null` and "" are empty). */
export function columnExamples(rows: RowSequence, columns: readonly string[]): Map<string, string> {
  const examples = new Map<string, string>();
  let scanned = 0;
  for (const row of rows) {
    for (const column of columns) {
      const value = row[column];
      if (!examples.has(column) && value !== null && value !== undefined && value !== "") examples.set(column, shown(value));
    }
    if (examples.size === columns.length || ++scanned >= EXAMPLE_ROWS_SCANNED) break;
  }
  return examples;
}
