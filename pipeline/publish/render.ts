// The dataset in, every file of its version folder out (relative path -> content), sorted by
// path. Pure: no I/O, no clock, no absolute paths; writing is write-release.ts's job.
import type { Dataset } from "../dataset.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import { compareStrings } from "../text/compare.ts";
import { tableCsv } from "./csv.ts";
import { csvPathOf, dataPackage } from "./datapackage.ts";
import { dataDictionaryCsv, dataDictionaryMarkdown } from "./data-dictionary.ts";
import { datasetReadme } from "./dataset-readme.ts";
import { checkReleasePath } from "./release-path.ts";
import { sha256Hex } from "../text/sha256.ts";
import { stableJson } from "./stable-json.ts";
import { changelogMarkdown } from "../release/changelog.ts";
import { citationCff } from "../release/citation.ts";
import { BUILD_RECORD_PATH, buildRecord } from "../release/provenance.ts";

export const CHECKSUMS_PATH = "SHA256SUMS";
export const CHANGELOG_PATH = "CHANGELOG.md";
/** Files about the release rather than its data: they differ between versions by nature. */
export const BOOKKEEPING_FILES: ReadonlySet<string> = new Set([CHECKSUMS_PATH, CHANGELOG_PATH, "build.json"]);

export function renderRelease(dataset: Dataset): Map<string, string> {
  const files = new Map<string, string>();
  const add = (path: string, content: string): void => {
    checkReleasePath(path, "renderRelease");
    if (files.has(path)) throw new Error(`renderRelease: two files would be written to "${path}"`);
    files.set(path, content);
  };

  for (const table of TABLE_NAMES) {
    const rows = dataset.tables[table];
    add(csvPathOf(table), tableCsv(table, rows));
    add(`${table}.json`, stableJson(rows));
  }
  for (const text of dataset.texts) add(text.path, text.text);
  add("datapackage.json", stableJson(dataPackage(dataset, files)));
  add("DATA_DICTIONARY.md", dataDictionaryMarkdown());
  add("data-dictionary.csv", dataDictionaryCsv());
  add("README.md", datasetReadme(dataset));
  add("CITATION.cff", citationCff(dataset));
  if (dataset.changes) add(CHANGELOG_PATH, changelogMarkdown(dataset.changes, dataset.identity.name));
  if (dataset.provenance) add(BUILD_RECORD_PATH, stableJson(buildRecord(dataset.provenance)));
  add(CHECKSUMS_PATH, checksums(files));

  const sorted = [...files.keys()].sort(compareStrings);
  return new Map(sorted.map((path) => [path, files.get(path)!]));
}

/** `sha256sum -c` input: "<hex>  <path>" per file, sorted by path, LF line ends. */
function checksums(files: Map<string, string>): string {
  return [...files.keys()]
    .sort(compareStrings)
    .map((path) => `${sha256Hex(files.get(path)!)}  ${path}\n`)
    .join("");
}
