// One table's rows in, its CSV text out: header from the schema's column order, LF line ends,
// empty cell for null, quotes only where RFC 4180 needs them, no BOM.
import { stringify } from "csv-stringify/sync";
import type { Row } from "../dataset.ts";
import { columnsOf, type TableName } from "../schema/tables.ts";

export function tableCsv(table: TableName, rows: Row[]): string {
  const columns = columnsOf(table);
  return stringify(rows, {
    columns,
    header: true,
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
