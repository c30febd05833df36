// Every file of a version folder, the workbook included: the workbook is written asynchronously
// (on its own thread for large datasets), so the edges that publish or verify call this rather than renderRelease alone. The data
// files (tables, texts, workbook) depend on the tables and texts only, so one build renders them
// once for comparing and publishing; only the small descriptive files are rendered twice.
import type { Dataset } from "../dataset.ts";
import type { FileContent } from "../format/file-content.ts";
import { dataFiles, renderRelease } from "./render.ts";
import { tablesOverSheetLimit, workbookCreator, workbookPath } from "./workbook.ts";
import { workbookOffThread } from "./workbook-thread.ts";

/** A dataset's data files: the tables and texts at once, the workbook when its thread is done. */
export interface ReleaseData {
  files: Map<string, FileContent>;
  workbook: Promise<[path: string, bytes: Uint8Array] | null>;
}

interface Rendered extends ReleaseData {
  texts: Dataset["texts"];
  name: string;
  title: string;
  creator: string;
}

const rendered = new WeakMap<Dataset["tables"], Rendered>();

function workbookOf(dataset: Dataset): Promise<[string, Uint8Array] | null> {
  // A table longer than a sheet cannot be opened whole in a spreadsheet: no workbook, and the README says why.
  if (tablesOverSheetLimit(dataset.tables).length > 0) return Promise.resolve(null);
  const made = workbookOffThread(dataset).then((bytes): [string, Uint8Array] => [workbookPath(dataset.identity.name), bytes]);
  // Awaited only after the tables are written: a failure must wait for that, not end the process unhandled.
  made.catch(() => {});
  return made;
}

/** The data files of a dataset (tables, texts, workbook), made once per tables, texts and identity. */
export function releaseData(dataset: Dataset): ReleaseData {
  const { name, title } = dataset.identity;
  const creator = workbookCreator(dataset.identity);
  let made = rendered.get(dataset.tables);
  if (made === undefined || made.texts !== dataset.texts || made.name !== name || made.title !== title || made.creator !== creator) {
    made = { texts: dataset.texts, name, title, creator, files: dataFiles(dataset), workbook: workbookOf(dataset) };
    rendered.set(dataset.tables, made);
  }
  return made;
}

export async function releaseDataFiles(dataset: Dataset): Promise<Map<string, FileContent>> {
  const data = releaseData(dataset);
  const workbook = await data.workbook;
  return workbook === null ? data.files : new Map([...data.files, workbook]);
}

export async function renderReleaseFiles(dataset: Dataset): Promise<Map<string, FileContent>> {
  return renderRelease(dataset, await releaseDataFiles(dataset));
}
