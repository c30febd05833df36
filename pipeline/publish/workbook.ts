// The dataset in; a spreadsheet workbook out (<dataset>.xlsx): a sheet per table and one for the
// data dictionary, numbers as numbers, dates as dates, ids and every other text as text (so "001"
// keeps its zeros and "=1+1" is never run as a formula), a frozen header row, no cell over Excel's
// limit. Written here as SpreadsheetML straight into a streamed zip (xlsx/): the same bytes every
// build, and a few times faster than a general workbook library.
import type { Dataset, Row } from "../dataset.ts";
import { TABLE_NAMES, columnsOf } from "../schema/tables.ts";
import { dictionaryEntries } from "./data-dictionary.ts";
import { tableSchemaFor } from "../schema/table-schema.ts";
import { appProperties, contentTypes, coreProperties, packageRelationships, sheetPath, stylesXml, workbookRelationships, workbookXml } from "./xlsx/package-parts.ts";
import { sheetXml, type SheetColumn } from "./xlsx/sheet-xml.ts";
import { ZipArchive } from "./xlsx/zip-archive.ts";

/** Excel's limit on the characters of one cell. */
export const CELL_LIMIT = 32_767;
const CUT_NOTE = " [cut at Excel's cell limit; the CSV and JSON hold it whole]";

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

const DICTIONARY_COLUMNS = ["table", "field", "type", "required", "description", "allowed_values", "example"];

export async function workbookBytes(dataset: Pick<Dataset, "identity" | "tables">): Promise<Uint8Array> {
  const sheets: { name: string; columns: SheetColumn[]; rows: Iterable<Row> }[] = TABLE_NAMES.map((table) => {
    const types = new Map(tableSchemaFor(table).fields.map((f) => [f.name, f.type as string]));
    return { name: table, columns: columnsOf(table).map((name) => ({ name, type: types.get(name) ?? "string" })), rows: dataset.tables[table] };
  });
  const dictionary = dictionaryEntries(dataset.tables).map((e) => ({ table: e.table, field: e.field, type: e.type, required: e.required, description: e.description, allowed_values: e.allowedValues, example: e.example }));
  sheets.push({ name: "data_dictionary", columns: DICTIONARY_COLUMNS.map((name) => ({ name, type: "string" })), rows: dictionary });
  const zip = new ZipArchive();
  zip.add("[Content_Types].xml", [contentTypes(sheets.length)]);
  zip.add("_rels/.rels", [packageRelationships()]);
  zip.add("docProps/app.xml", [appProperties()]);
  zip.add("docProps/core.xml", [coreProperties(dataset.identity.title, workbookCreator(dataset.identity))]);
  zip.add("xl/workbook.xml", [workbookXml(sheets.map((s) => s.name))]);
  zip.add("xl/_rels/workbook.xml.rels", [workbookRelationships(sheets.length)]);
  zip.add("xl/styles.xml", [stylesXml()]);
  sheets.forEach((sheet, k) => zip.add(sheetPath(k), sheetXml(sheet.columns, sheet.rows, cellText)));
  return zip.finish();
}
