// How to open the release (R, pandas, DuckDB, a spreadsheet) and how to trace a figure to the
// characters of its text, with the real file names of this release and one real claim as example.
import type { Dataset, Row } from "../../dataset.ts";
import { csvPathOf } from "../datapackage.ts";
import { tablesOverSheetLimit, workbookPath } from "../workbook.ts";
import { codeBlock, cut, esc, hrefOf } from "./html.ts";

export function loadingHtml(dataset: Dataset): string {
  const claims = csvPathOf("claims");
  const over = tablesOverSheetLimit(dataset.tables);
  const workbook = workbookPath(dataset.identity.name);
  const spreadsheet = over.length === 0
    ? `<p>In a spreadsheet (Excel, LibreOffice Calc), open <a href="${hrefOf(workbook)}">${esc(workbook)}</a>: a sheet per table and one for the data dictionary, numbers as numbers, dates as dates, and every text as text (a cell such as <code>=1+1</code> is never run as a formula). A text longer than a cell holds (32,767 characters) is cut there and marked; the CSV files hold it whole.</p>`
    : `<p>This release has no workbook: ${over.map((t) => `<code>${esc(t)}</code>`).join(", ")} ${over.length === 1 ? "is" : "are"} longer than a spreadsheet sheet holds. Open the CSV files with R, pandas or DuckDB.</p>`;
  return [
    `<p>An empty cell is a missing value, and nothing else is: a text may say <code>NA</code>. Keep the spaces at the edges of a cell; they are part of the text. Identifiers are text (an id <code>001</code> keeps its zeros).</p>`,
    `<h3 id="load-r">R</h3>`,
    `<p>With <a href="load.R">load.R</a> (readr, with the column types of <a href="datapackage.json">datapackage.json</a>), from this folder:</p>`,
    codeBlock("R", `source("load.R")\nclaims <- tables$claims\ntable(claims$unit)`),
    `<p>Or one table by hand, empty cells as the only missing values:</p>`,
    codeBlock("R", `claims <- readr::read_csv("${claims}", na = "", trim_ws = FALSE)`),
    `<h3 id="load-python">Python (pandas)</h3>`,
    `<p>With <a href="load.py">load.py</a>, the same types:</p>`,
    codeBlock("Python", `from load import load\ntables = load()\ntables["claims"].groupby("unit")["value"].count()`),
    `<p>Or one table by hand:</p>`,
    codeBlock("Python", `import pandas as pd\nclaims = pd.read_csv("${claims}", keep_default_na=False, na_values=[""])`),
    `<h3 id="load-duckdb">DuckDB</h3>`,
    codeBlock("SQL", `SELECT unit, count(*) AS claims\nFROM read_csv('${claims}')\nGROUP BY unit ORDER BY claims DESC;`),
    `<h3 id="load-spreadsheet">A spreadsheet</h3>`,
    spreadsheet,
  ].join("\n");
}

/** A claim's place in its text, as the recipe below takes it. */
function traceExample(dataset: Dataset, claim: Row | undefined): string {
  if (claim === undefined || typeof claim.char_start !== "number" || typeof claim.char_end !== "number") {
    return `<p>This release holds no claim to show it with.</p>`;
  }
  const documentId = String(claim.document_id);
  const path = dataset.texts.find((t) => t.documentId === documentId)?.path ?? `texts/${documentId}.txt`;
  const span = String(claim.span_text);
  const shown = JSON.stringify(cut(span, 80));
  return [
    `<p>For example, the first claim of <code>claims.csv</code>, <code>${esc(String(claim.claim_id))}</code>, has <code>document_id</code> <code>${esc(documentId)}</code>, <code>char_start</code> ${claim.char_start} and <code>char_end</code> ${claim.char_end}. In <a href="${hrefOf(path)}">${esc(path)}</a>, those characters read “${esc(cut(span, 200))}”, its <code>span_text</code>${claim.sentence === null || claim.sentence === undefined ? "" : `, in the sentence “${esc(cut(String(claim.sentence), 300))}”`}.</p>`,
    codeBlock("Python", `text = open(${JSON.stringify(path)}, encoding="utf-8", newline="").read()\ntext[${claim.char_start}:${claim.char_end}]  # ${shown}`),
    codeBlock("R", `text <- readr::read_file(${JSON.stringify(path)})\nsubstr(text, ${claim.char_start} + 1, ${claim.char_end})  # ${shown}`),
  ].join("\n");
}

export function tracingHtml(dataset: Dataset, firstClaim: Row | undefined): string {
  return [
    `<p>Every claim, quote and mention gives its <code>document_id</code>, <code>char_start</code> and <code>char_end</code>. Open <code>texts/&lt;document_id&gt;.txt</code> (UTF-8) and take the characters from <code>char_start</code> up to, not including, <code>char_end</code>, counted in Unicode code points from 0 (as Python's slices and R's <code>substr</code> count; JavaScript string indexes count otherwise). The result is the row's <code>span_text</code>.</p>`,
    traceExample(dataset, firstClaim),
  ].join("\n");
}
