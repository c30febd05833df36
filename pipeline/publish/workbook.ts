// The dataset in; a spreadsheet workbook out (<dataset>.xlsx): a sheet per table and one for the
// data dictionary, numbers as numbers, dates as dates, ids and every other text as text (so "001"
// keeps its zeros and "=1+1" is never run as a formula), a frozen header row, no cell over Excel's
// limit. Written here as SpreadsheetML straight into a streamed zip (xlsx/), the sheets joined from
// fragments deflated once per document: the same bytes every build, and no row compressed twice.
import type { Dataset, Row, RowSequence } from "../dataset.ts";
import { TABLE_NAMES, type TableName } from "../schema/tables.ts";
import { dictionaryEntries } from "./data-dictionary.ts";
import { appProperties, contentTypes, coreProperties, packageRelationships, sheetPath, stylesXml, workbookRelationships, workbookXml } from "./xlsx/package-parts.ts";
import { rowsXml, SHEET_END, sheetColumns, sheetStart, type SheetColumn } from "../format/sheet-xml.ts";
import { decodeSheetFragment, deflateSheetFragment, type SheetFragment } from "../format/sheet-fragment.ts";
import { DOCUMENT_TABLES, sheetPart } from "../stage/document-entry.ts";
import { entryRows } from "../stage/held-entry.ts";
import { isSpooled } from "../stage/spooled-table.ts";
import { ZipArchive } from "./xlsx/zip-archive.ts";

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

const DICTIONARY_COLUMNS = ["table", "field", "type", "required", "description", "allowed_values", "example"].map((name) => ({ name, type: "string" }));

/** Consecutive rows of one document (every document table is sorted by document first). */
function* documentRuns(rows: Iterable<Row>): Generator<Row[]> {
  let run: Row[] = [];
  for (const row of rows) {
    if (run.length > 0 && row.document_id !== run[0]!.document_id) {
      yield run;
      run = [];
    }
    run.push(row);
  }
  if (run.length > 0) yield run;
}

/**
 * A table's sheet body as fragments, one per document: a document table kept in entries has them
 * made already (the per-document stage compressed them); rows in memory are cut at each document
 * the same way, so both give the same bytes. People and rejects are one fragment.
 */
function* bodyFragments(table: TableName, rows: RowSequence): Generator<SheetFragment> {
  const columns = sheetColumns(table);
  if (isSpooled(rows)) {
    for (const entry of rows.documents()) {
      if (entry.count(rows.table) === 0) continue;
      const part = entry.part(sheetPart(rows.table));
      // An entry made without its sheets' fragments (a corpus too large for a workbook, it seemed): made here, alike.
      yield part.length > 0 ? decodeSheetFragment(part) : deflateSheetFragment(rowsXml(columns, entryRows(entry, rows.table)));
    }
  } else if ((DOCUMENT_TABLES as readonly string[]).includes(table)) {
    for (const run of documentRuns(rows)) yield deflateSheetFragment(rowsXml(columns, run));
  } else if (rows.length > 0) {
    yield deflateSheetFragment(rowsXml(columns, rows));
  }
}

function* sheet(columns: readonly SheetColumn[], body: Iterable<SheetFragment>): Generator<SheetFragment> {
  yield deflateSheetFragment([sheetStart(columns)]);
  yield* body;
  yield deflateSheetFragment([SHEET_END]);
}

export async function workbookBytes(dataset: Pick<Dataset, "identity" | "tables">): Promise<Uint8Array> {
  const names = [...TABLE_NAMES, "data_dictionary"];
  const zip = new ZipArchive();
  zip.add("[Content_Types].xml", [contentTypes(names.length)]);
  zip.add("_rels/.rels", [packageRelationships()]);
  zip.add("docProps/app.xml", [appProperties()]);
  zip.add("docProps/core.xml", [coreProperties(dataset.identity.title, workbookCreator(dataset.identity))]);
  zip.add("xl/workbook.xml", [workbookXml(names)]);
  zip.add("xl/_rels/workbook.xml.rels", [workbookRelationships(names.length)]);
  zip.add("xl/styles.xml", [stylesXml()]);
  TABLE_NAMES.forEach((table, k) => zip.addDeflated(sheetPath(k), sheet(sheetColumns(table), bodyFragments(table, dataset.tables[table]))));
  const dictionary = dictionaryEntries(dataset.tables).map((e) => ({ table: e.table, field: e.field, type: e.type, required: e.required, description: e.description, allowed_values: e.allowedValues, example: e.example }));
  zip.addDeflated(sheetPath(TABLE_NAMES.length), sheet(DICTIONARY_COLUMNS, [deflateSheetFragment(rowsXml(DICTIONARY_COLUMNS, dictionary))]));
  return zip.finish();
}
