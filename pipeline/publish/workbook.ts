// The dataset in; a spreadsheet workbook out (<dataset>.xlsx), written with exceljs' streaming writer: a sheet per
// table and one for the data dictionary, numbers as numbers, dates as dates, ids and every other
// text as text (so "001" keeps its zeros and "=1+1" is never run as a formula), a frozen header row,
// no cell over Excel's limit. The zip is rewritten with fixed times so the bytes never change.
import { PassThrough } from "node:stream";
// Types only here: exceljs takes a third of a second to load, which a build that writes no
// workbook (nothing changed, or tables too long for a sheet) should not pay. workbookBytes loads it.
import type ExcelJS from "exceljs";
import type { Dataset, Row } from "../dataset.ts";
import { TABLE_NAMES, columnsOf } from "../schema/tables.ts";
import { dictionaryEntries } from "./data-dictionary.ts";
import { tableSchemaFor } from "../schema/table-schema.ts";
import { fixZipTimes } from "./zip-times.ts";

/** Excel's limit on the characters of one cell. */
export const CELL_LIMIT = 32_767;
const CUT_NOTE = " [cut at Excel's cell limit; the CSV and JSON hold it whole]";
// Zip entries and document properties carry this time, not the clock (the DOS epoch zip allows).
const FIXED_TIME = new Date(Date.UTC(1980, 0, 1));

/** Rows a sheet holds below its header row (Excel and LibreOffice stop at 1,048,576 rows). */
export const SHEET_ROW_LIMIT = 1_048_575;

/** The tables too long for one sheet; with any, no workbook is published (the CSVs hold them whole). */
export function tablesOverSheetLimit(tables: Dataset["tables"], limit = SHEET_ROW_LIMIT): string[] {
  return TABLE_NAMES.filter((table) => tables[table].length > limit);
}

/** The workbook's author property: the creators' names, as one text. */
export function workbookCreator(identity: Dataset["identity"]): string {
  return identity.creators.map((c) => c.name).join("; ");
}

export function workbookPath(datasetName: string): string {
  return `${datasetName}.xlsx`;
}

/** A text too long for one cell is cut, and says so. */
export function cellText(text: string): string {
  return text.length <= CELL_LIMIT ? text : `${text.slice(0, CELL_LIMIT - CUT_NOTE.length)}${CUT_NOTE}`;
}

function cellValue(value: Row[string] | undefined, type: string): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (type === "date" && typeof value === "string") return new Date(`${value}T00:00:00Z`);
  if (typeof value === "string") return cellText(value);
  return value;
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly { name: string; type: string }[], rows: Iterable<Row>): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.name, key: c.name, width: Math.min(60, Math.max(10, c.name.length + 2)), ...(c.type === "date" ? { style: { numFmt: "yyyy-mm-dd" } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  // Rows are written out as they are added (exceljs' streaming writer): memory stays flat.
  // One style object per column, shared by its cells: exceljs then looks each style up once per
  // column rather than building and hashing a fresh one per cell.
  const styles = columns.map((c) => (c.type === "date" ? { numFmt: "yyyy-mm-dd" } : {}));
  for (const row of rows) {
    const added = sheet.addRow(columns.map((c) => cellValue(row[c.name], c.type)));
    for (let k = 0; k < columns.length; k++) added.getCell(k + 1).style = styles[k]!;
    added.commit();
  }
  sheet.commit();
}

export async function workbookBytes(dataset: Pick<Dataset, "identity" | "tables">): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const { default: excel } = await import("exceljs");
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = workbookCreator(dataset.identity);
  workbook.title = dataset.identity.title;
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  for (const table of TABLE_NAMES) {
    const types = new Map(tableSchemaFor(table).fields.map((f) => [f.name, f.type as string]));
    addSheet(workbook, table, columnsOf(table).map((name) => ({ name, type: types.get(name) ?? "string" })), dataset.tables[table]);
  }
  const dictionary = dictionaryEntries(dataset.tables).map((e) => ({ table: e.table, field: e.field, type: e.type, required: e.required, description: e.description, allowed_values: e.allowedValues, example: e.example }));
  addSheet(workbook, "data_dictionary", ["table", "field", "type", "required", "description", "allowed_values", "example"].map((name) => ({ name, type: "string" })), dictionary);
  await workbook.commit();
  await new Promise<void>((resolve) => (sink.writableFinished ? resolve() : sink.on("finish", () => resolve())));
  // Same entries, same order, fixed times: byte-identical on every run.
  return fixZipTimes(Buffer.concat(chunks));
}
