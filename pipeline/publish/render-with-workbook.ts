// Every file of a version folder, the workbook included: the workbook is written asynchronously
// (exceljs), so the edges that publish or verify call this rather than renderRelease alone. The data
// files (tables, texts, workbook) depend on the tables and texts only, so one build renders them
// once for comparing and publishing; only the small descriptive files are rendered twice.
import type { Dataset } from "../dataset.ts";
import type { FileContent } from "./file-content.ts";
import { dataFiles, renderRelease } from "./render.ts";
import { tablesOverSheetLimit, workbookBytes, workbookPath } from "./workbook.ts";

interface Rendered {
  texts: Dataset["texts"];
  name: string;
  title: string;
  creator: string;
  files: Promise<Map<string, FileContent>>;
}

const rendered = new WeakMap<Dataset["tables"], Rendered>();

async function withWorkbook(dataset: Dataset): Promise<Map<string, FileContent>> {
  const files = dataFiles(dataset);
  // A table longer than a sheet cannot be opened whole in a spreadsheet: no workbook, and the README says why.
  if (tablesOverSheetLimit(dataset.tables).length === 0) files.set(workbookPath(dataset.identity.name), await workbookBytes(dataset));
  return files;
}

/** The data files of a dataset (tables, texts, workbook), made once per tables and texts. */
export function releaseDataFiles(dataset: Dataset): Promise<Map<string, FileContent>> {
  const { name, title, creator } = dataset.identity;
  let made = rendered.get(dataset.tables);
  if (made === undefined || made.texts !== dataset.texts || made.name !== name || made.title !== title || made.creator !== creator) {
    made = { texts: dataset.texts, name, title, creator, files: withWorkbook(dataset) };
    rendered.set(dataset.tables, made);
  }
  return made.files;
}

export async function renderReleaseFiles(dataset: Dataset): Promise<Map<string, FileContent>> {
  return renderRelease(dataset, await releaseDataFiles(dataset));
}
