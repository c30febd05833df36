// The dataset in, every file of its version folder out (relative path -> content), sorted by
// path. Pure: no I/O, no clock, no absolute paths; writing is write-release.ts's job.
import type { Dataset } from "../dataset.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import { isSpooled } from "../stage/spooled-table.ts";
import { compareStrings } from "../text/compare.ts";
import { ROWS_PER_CHUNK, tableCsvChunks } from "../format/csv.ts";
import { csvPathOf, dataPackage } from "./datapackage.ts";
import { dataDictionaryCsv, dataDictionaryMarkdown } from "./data-dictionary.ts";
import { datasetReadme } from "./dataset-readme.ts";
import { loadPy, loadR } from "./loaders.ts";
import { checkReleasePath } from "./release-path.ts";
import { versionPage } from "./page/version-page.ts";
import { chunkedText, digestOf, type FileContent } from "../format/file-content.ts";
import { stableJson, stableJsonRowChunks } from "../format/stable-json.ts";
import { changelogMarkdown } from "../release/changelog.ts";
import { citationCff } from "../release/citation.ts";
import { BUILD_RECORD_PATH, buildRecord } from "../release/provenance.ts";
import { CHANGELOG_PATH, CHECKSUMS_PATH, PAGE_FILE } from "../release/release-files.ts";


/**
 * The files that carry the data: each table as CSV and JSON, and the texts. They never name the
 * version, so one build renders them once for comparing and publishing.
 */
export function dataFiles(dataset: Dataset): Map<string, FileContent> {
  const files = new Map<string, FileContent>();
  for (const table of TABLE_NAMES) {
    const rows = dataset.tables[table];
    // A spooled table's rows were rendered by the per-document stage: its text is their join.
    files.set(csvPathOf(table), isSpooled(rows) ? chunkedText(() => rows.csvPieces(), true) : chunkedText(() => tableCsvChunks(table, rows)));
    files.set(`${table}.json`, isSpooled(rows) ? chunkedText(() => rows.jsonPieces(), true) : chunkedText(() => stableJsonRowChunks(rows, ROWS_PER_CHUNK)));
  }
  // Read when written or hashed, not before: a spooled text stays on disk until then.
  for (const text of dataset.texts) addFile(files, text.path, chunkedText(() => [text.text]));
  return files;
}

// A path inside the version folder, taken once: a text named "claims.csv" must not replace a table.
function addFile(files: Map<string, FileContent>, path: string, content: FileContent): void {
  checkReleasePath(path, "renderRelease");
  if (files.has(path)) throw new Error(`renderRelease: two files would be written to "${path}"`);
  files.set(path, content);
}

/**
 * Every file of the version folder. `data` are the files rendered beforehand: by default the
 * dataFiles of the dataset; the edges add the workbook, which is written asynchronously.
 */
export function renderRelease(dataset: Dataset, data: ReadonlyMap<string, FileContent> = dataFiles(dataset)): Map<string, FileContent> {
  const files = new Map<string, FileContent>();
  const add = (path: string, content: FileContent): void => addFile(files, path, content);

  for (const [path, content] of data) add(path, content);
  add("datapackage.json", stableJson(dataPackage(dataset, files)));
  add("DATA_DICTIONARY.md", dataDictionaryMarkdown(dataset));
  add("data-dictionary.csv", dataDictionaryCsv(dataset.tables));
  add("README.md", datasetReadme(dataset));
  add("load.R", loadR());
  add("load.py", loadPy());
  add("CITATION.cff", citationCff(dataset));
  if (dataset.changes) add(CHANGELOG_PATH, changelogMarkdown(dataset.changes, dataset.identity.name));
  if (dataset.provenance) add(BUILD_RECORD_PATH, stableJson(buildRecord(dataset.provenance)));
  // The landing page lists every file above with its hash, so it comes last but for the checksums.
  // Made when first hashed or written, and once: a comparison leaves it out (it is bookkeeping) and
  // never pays for its charts, which read every row.
  const listed = new Map(files);
  let page: string | null = null;
  add(PAGE_FILE, chunkedText(() => [(page ??= versionPage(dataset, listed))]));
  // Lazy like the page: a comparison, which leaves the checksums out, never hashes the page.
  const summed = new Map(files);
  add(CHECKSUMS_PATH, chunkedText(() => [checksums(summed)]));

  const sorted = [...files.keys()].sort(compareStrings);
  return new Map(sorted.map((path) => [path, files.get(path)!]));
}

/** `sha256sum -c` input: "<hex>  <path>" per file, sorted by path, LF line ends. */
function checksums(files: Map<string, FileContent>): string {
  return [...files.keys()]
    .sort(compareStrings)
    .map((path) => `${digestOf(files.get(path)!).sha256}  ${path}\n`)
    .join("");
}
