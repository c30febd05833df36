// Every file of a version folder, the workbook included: the workbook is written asynchronously
// (exceljs), so the edges that publish or verify call this rather than renderRelease alone. The
// workbook depends on the tables only, so one build renders it once for comparing and publishing.
import type { Dataset } from "../dataset.ts";
import type { FileContent } from "./file-content.ts";
import { renderRelease } from "./render.ts";
import { workbookBytes, workbookPath } from "./workbook.ts";

const workbooks = new WeakMap<Dataset["tables"], { title: string; creator: string; bytes: Promise<Uint8Array> }>();

export async function renderReleaseFiles(dataset: Dataset): Promise<Map<string, FileContent>> {
  const { title, creator } = dataset.identity;
  let made = workbooks.get(dataset.tables);
  if (made === undefined || made.title !== title || made.creator !== creator) {
    made = { title, creator, bytes: workbookBytes(dataset) };
    workbooks.set(dataset.tables, made);
  }
  return renderRelease(dataset, new Map([[workbookPath(dataset.identity.name), await made.bytes]]));
}
