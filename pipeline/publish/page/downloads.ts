// The files of a version in, the page's download list out: each file with its size and SHA-256,
// the workbook first (for people who read by hand), then the tables as CSV and as JSON, the
// descriptor, the loaders, the rest by name; the texts summed up as one folder.
import type { Dataset } from "../../dataset.ts";
import { digestOf, type FileContent } from "../../format/file-content.ts";
import { TABLE_NAMES } from "../../schema/tables.ts";
import { compareStrings } from "../../text/compare.ts";
import { CHANGELOG_PATH, CHECKSUMS_PATH } from "../../release/release-files.ts";
import { BUILD_RECORD_PATH } from "../../release/provenance.ts";
import { csvPathOf } from "../datapackage.ts";
import { workbookPath } from "../workbook.ts";
import { esc, grouped, hrefOf, sizeElement, withInlineCode } from "./html.ts";

export const TEXTS_FOLDER = "texts/";

/** What each file that is not a table is for, in a few words. */
const ABOUT: Record<string, string> = {
  "datapackage.json": "Frictionless Data Package (v2): every table's columns, types, size and hash, for software",
  "load.R": "Reads every table with its column types in R (readr)",
  "load.py": "Reads every table with its column types in Python (pandas)",
  "README.md": "What the release holds and how to use it",
  "DATA_DICTIONARY.md": "Every column of every table, with its type, allowed values and an example",
  "data-dictionary.csv": "The data dictionary as a table",
  "CITATION.cff": "How to cite this version (Citation File Format)",
  [CHANGELOG_PATH]: "What changed since the previous version",
  [BUILD_RECORD_PATH]: "What made this version: the hash of every input text, the code and the options, to rebuild and verify it",
};

/**
 * The order people look for files in: the workbook, the CSV tables, the JSON tables, the
 * descriptor, the loaders, then the rest by name. The texts are not listed (see textsSummary).
 */
export function downloadOrder(paths: Iterable<string>, datasetName: string): string[] {
  const present = new Set([...paths].filter((p) => !p.startsWith(TEXTS_FOLDER)));
  const first = [
    workbookPath(datasetName),
    ...TABLE_NAMES.map((t) => csvPathOf(t)),
    ...TABLE_NAMES.map((t) => `${t}.json`),
    "datapackage.json",
    "load.R",
    "load.py",
  ].filter((p) => present.has(p));
  const rest = [...present].filter((p) => !first.includes(p)).sort(compareStrings);
  return [...first, ...rest];
}

function describe(path: string, dataset: Dataset): string {
  if (path === workbookPath(dataset.identity.name)) return "Every table as a sheet of one workbook, for reading and filtering by hand (Excel, LibreOffice)";
  const table = TABLE_NAMES.find((t) => path === csvPathOf(t) || path === `${t}.json`);
  if (table !== undefined) {
    const rows = dataset.tables[table].length;
    const form = path.endsWith(".csv") ? "CSV, exact values" : "JSON, an array of row objects";
    return `Table <code>${esc(table)}</code>: ${grouped(rows)} ${rows === 1 ? "row" : "rows"} (${form})`;
  }
  return withInlineCode(ABOUT[path] ?? "");
}

function fileItem(path: string, content: FileContent, about: string): string {
  const { sha256, bytes } = digestOf(content);
  const what = about === "" ? "" : ` <span class="what">${about}</span>`;
  return `<li><a href="${hrefOf(path)}" data-download="${esc(path)}">${esc(path)}</a> ${sizeElement(bytes)}${what}<code class="hash" aria-label="SHA-256">sha256 ${sha256}</code></li>`;
}

/** The texts folder as one line: how many texts, how large together. */
function textsSummary(files: ReadonlyMap<string, FileContent>): string {
  let count = 0;
  let bytes = 0;
  for (const [path, content] of files) {
    if (!path.startsWith(TEXTS_FOLDER)) continue;
    count++;
    bytes += digestOf(content).bytes;
  }
  if (count === 0) return "";
  return `<li><a href="${TEXTS_FOLDER}" data-folder="${TEXTS_FOLDER}">${TEXTS_FOLDER}</a> ${sizeElement(bytes)} <span class="what">${grouped(count)} normalized ${count === 1 ? "text" : "texts"}, the text every offset counts into (<code>texts/&lt;document_id&gt;.txt</code>); each file's SHA-256 is in ${CHECKSUMS_PATH}</span></li>`;
}

/** `files`: every file of the version but this page and SHA256SUMS. */
export function downloadsHtml(files: ReadonlyMap<string, FileContent>, dataset: Dataset): string {
  const items = downloadOrder(files.keys(), dataset.identity.name).map((path) => fileItem(path, files.get(path)!, describe(path, dataset)));
  return [
    `<ul class="files">`,
    ...items,
    textsSummary(files),
    `<li><a href="${CHECKSUMS_PATH}" data-download="${CHECKSUMS_PATH}">${CHECKSUMS_PATH}</a> <span class="what">The SHA-256 of every file, this page included: check them with <code>sha256sum -c ${CHECKSUMS_PATH}</code> in the folder</span></li>`,
    `</ul>`,
    `<p class="meta">This page (index.html) cannot show its own SHA-256, nor that of ${CHECKSUMS_PATH}, which lists this page's: take them from ${CHECKSUMS_PATH} and from where the release is published.</p>`,
  ].filter((line) => line !== "").join("\n");
}
