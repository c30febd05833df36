// A sheet of the workbook as SpreadsheetML: its start (column widths, a bold, frozen header row),
// a row per record, and its end. Numbers are numbers, dates are day serials shown as yyyy-mm-dd, booleans are booleans,
// and every text is an inline string, which a spreadsheet shows as written and never runs as a formula.
import type { Row } from "../dataset.ts";
import { columnsOf, type TableName } from "../schema/tables.ts";
import { tableSchemaFor } from "../schema/table-schema.ts";
import { cellXmlText } from "./xml-text.ts";

/** Excel's limit on the characters of one cell. */
export const CELL_LIMIT = 32_767;
const CUT_NOTE = " [cut at Excel's cell limit; the CSV and JSON hold it whole]";

/** A text too long for one cell is cut, and says so. */
export function cellText(text: string): string {
  return text.length <= CELL_LIMIT ? text : `${text.slice(0, CELL_LIMIT - CUT_NOTE.length)}${CUT_NOTE}`;
}

/** Cell style indexes into the workbook's styles.xml cellXfs (publish/xlsx/package-parts.ts). */
export const STYLE = { plain: 0, header: 1, date: 2 } as const;

export interface SheetColumn {
  name: string;
  /** Table Schema type: "date" cells become dates; other types follow the value's own type. */
  type: string;
}

const PIECE_CHARS = 256 * 1024;
const DAY_MS = 86_400_000;
// Day 0 of the 1900 date system as spreadsheets count it (1899-12-30, past their 1900 leap-year slip).
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The day serial of an ISO date (2018-12-31 → 43465), or null for anything else. */
export function daySerial(text: string): number | null {
  const m = ISO_DAY.exec(text);
  if (m === null) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : (ms - SERIAL_EPOCH_MS) / DAY_MS;
}

// Spreadsheets drop a text's leading and trailing white space unless told to keep it.
const EDGE_SPACE = /^\s|\s$/;

function inlineString(text: string, style: number): string {
  const space = EDGE_SPACE.test(text) ? ' xml:space="preserve"' : "";
  return `<c t="inlineStr"${style === STYLE.plain ? "" : ` s="${style}"`}><is><t${space}>${cellXmlText(text)}</t></is></c>`;
}

const EMPTY = "<c/>";

/**
 * One cell. Cells and rows carry no reference ("C7"): a spreadsheet places each after the one
 * before it, an empty value holding its place as an empty cell. So a record's XML is the same
 * wherever it stands in the sheet, and the sheet is about a third smaller (and quicker to compress).
 */
function cell(value: Row[string] | undefined, type: string): string {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return Number.isFinite(value) ? `<c><v>${value}</v></c>` : EMPTY;
  if (typeof value === "boolean") return `<c t="b"><v>${value ? 1 : 0}</v></c>`;
  if (type === "date") {
    const serial = daySerial(value);
    if (serial !== null) return `<c s="${STYLE.date}"><v>${serial}</v></c>`;
  }
  return inlineString(cellText(value), STYLE.plain);
}

/** One record as a sheet row. */
export function rowXml(columns: readonly SheetColumn[], row: Row): string {
  let cells = "";
  for (const column of columns) cells += cell(row[column.name], column.type);
  return `<row>${cells}</row>`;
}

/** Excel's column width for a header: wide enough for the name, between 10 and 60 characters. */
function width(name: string): number {
  return Math.min(60, Math.max(10, name.length + 2));
}

/** A sheet's XML before its records: the frozen, bold header row and the column widths. */
export function sheetStart(columns: readonly SheetColumn[]): string {
  const cols = columns.map((c, k) => `<col min="${k + 1}" max="${k + 1}" width="${width(c.name)}" customWidth="1"/>`).join("");
  const header = columns.map((c) => inlineString(c.name, STYLE.header)).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row>${header}</row>`;
}

/** A sheet's XML after its records. */
export const SHEET_END = "</sheetData></worksheet>";

/** Records as sheet rows, in pieces of about 256 KB: no string holds a long table. */
export function* rowsXml(columns: readonly SheetColumn[], rows: Iterable<Row>): Generator<string> {
  let piece = "";
  for (const row of rows) {
    piece += rowXml(columns, row);
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = "";
    }
  }
  if (piece !== "") yield piece;
}

/** A table's sheet columns: its schema's columns, in order, with their types. */
export function sheetColumns(table: TableName): SheetColumn[] {
  const types = new Map(tableSchemaFor(table).fields.map((f) => [f.name, f.type as string]));
  return columnsOf(table).map((name) => ({ name, type: types.get(name) ?? "string" }));
}
