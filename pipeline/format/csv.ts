// One table's rows in, its CSV text out: header from the schema's column order, LF line ends,
// empty cell for null, quotes only where RFC 4180 needs them, no BOM. Written in batches of rows,
// so a table of millions of rows is never one string; a CSV row does not depend on its neighbours,
// so the batches join into exactly the text one call would give.
import { stringify } from "csv-stringify/sync";
import type { Row } from "../dataset.ts";
import { columnsOf, type TableName } from "../schema/tables.ts";

/** Rows per batch: large enough that csv-stringify's set-up is nothing, small enough to stay in cache. */
export const ROWS_PER_CHUNK = 1000;

export function tableCsv(table: TableName, rows: Iterable<Row>): string {
  return [...tableCsvChunks(table, rows)].join("");
}

/** The CSV in chunks of `perChunk` rows, the header with the first. */
export function* tableCsvChunks(table: TableName, rows: Iterable<Row>, perChunk = ROWS_PER_CHUNK): Iterable<string> {
  const columns = columnsOf(table);
  let batch: Row[] = [];
  let header = true;
  for (const row of rows) {
    batch.push(row);
    if (batch.length === perChunk) {
      yield csvOf(columns, batch, header);
      header = false;
      batch = [];
    }
  }
  if (batch.length > 0 || header) yield csvOf(columns, batch, header);
}

/** The header line alone. */
export function csvHeader(table: TableName): string {
  return csvOf(columnsOf(table), [], true);
}

/** Rows as CSV lines without the header: the lines of the whole table's text. */
export function csvLines(table: TableName, rows: readonly Row[]): string {
  return rows.length === 0 ? "" : csvOf(columnsOf(table), rows, false);
}

function csvOf(columns: string[], rows: readonly Row[], header: boolean): string {
  // Rows go in as arrays in column order: given objects, csv-stringify reads every cell through its
  // path lookup ("a.b" means a nested key), parsing the column name each time. Columns still name the header.
  const cells = rows.map((row) => columns.map((column) => row[column]));
  return stringify(cells, {
    columns,
    header,
    bom: false,
    delimiter: ",",
    quote: '"',
    record_delimiter: "\n",
    // Giving record_delimiter turns off quoting of "\r" by default; a lone CR must stay in one cell.
    quote_record_delimiter: true,
    // The CSV stays exact: a cell starting with "=" is data, not something to rewrite.
    escape_formulas: false,
    cast: {
      number: numberCell,
      // csv-stringify's defaults would write "1"/"" for booleans.
      boolean: (value) => (value ? "true" : "false"),
    },
  });
}

// String(n) never uses locale separators and gives 1120000 and 0.5 as written; a non-finite value
// has no CSV form readers agree on, so it is a programmer error.
function numberCell(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`tableCsv: expected a finite number, got ${value}`);
  return String(value);
}
