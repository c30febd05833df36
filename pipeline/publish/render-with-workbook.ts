// Every file of a version folder, the workbook included: the workbook is written asynchronously
// (exceljs), so the edges that publish or verify call this rather than renderRelease alone.
import type { Dataset } from "../dataset.ts";
import type { FileContent } from "./file-content.ts";
import { renderRelease } from "./render.ts";
import { workbookBytes, workbookPath } from "./workbook.ts";

export async function renderReleaseFiles(dataset: Dataset): Promise<Map<string, FileContent>> {
  return renderRelease(dataset, new Map([[workbookPath(dataset.identity.name), await workbookBytes(dataset)]]));
}
