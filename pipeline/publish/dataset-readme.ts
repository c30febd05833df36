// The dataset in, the README.md of its version folder out: what the release holds, how to load
// it in R and Python, how to trace a figure to its text, check the files and rebuild them.
import type { Dataset, DatasetIdentity } from "../dataset.ts";
import { licenseOf } from "../ingest/licenses.ts";
import { orcidUrl } from "../release/citation.ts";
import { TABLE_NAMES, TABLE_SCHEMAS } from "../schema/tables.ts";
import { csvPathOf } from "./datapackage.ts";
import { notAssertedStatement, TEXTS_TERMS } from "./data-dictionary.ts";
import { markdownCell } from "./markdown-cell.ts";
import { SHEET_ROW_LIMIT, tablesOverSheetLimit, workbookPath } from "./workbook.ts";

export function datasetReadme(dataset: Dataset): string {
  const { name, title, version, description } = dataset.identity;
  const released = dataset.releaseDate === null ? "" : `, released ${dataset.releaseDate}`;
  const newest = dataset.newestPublished === null ? [] : [`Newest publication date among the documents: ${dataset.newestPublished}.`, ""];
  const tableLines = TABLE_NAMES.map((table) => {
    const count = dataset.tables[table].length;
    const summary = firstSentence(TABLE_SCHEMAS[table].description);
    return `| \`${csvPathOf(table)}\` | ${count} | ${markdownCell(summary)} |`;
  });
  return `${[
    `# ${title}`,
    "",
    `Dataset \`${name}\`, version ${version}${released}. Made by ${creatorList(dataset.identity)}.`,
    "",
    ...newest,
    description,
    "",
    `**${notAssertedStatement(dataset.identity)}**`,
    "",
    `${licenseLine(dataset.identity)} ${TEXTS_TERMS}`,
    "",
    ...privacyNote(dataset.pseudonymizedResidents),
    "## What it holds",
    "",
    "| file | rows | what a row is |",
    "| --- | ---: | --- |",
    ...tableLines,
    "",
    "Each table is also given as `<table>.json` (an array of row objects). `texts/` holds the " +
      "normalized text of every document, the text all offsets count into. `datapackage.json` " +
      "describes the tables (Frictionless Data Package v2); `DATA_DICTIONARY.md` and " +
      "`data-dictionary.csv` describe every column.",
    "",
    "## How to load it",
    "",
    "An empty cell is missing; nothing else is (a text may say `NA`), so tell the reader that. " +
      "Keep spaces at the edges of a cell: they are part of the text.",
    "",
    "Each example below is run by the pipeline's tests, from this folder.",
    "",
    "R, with `load.R` (readr, the column types of `datapackage.json`):",
    "",
    "```r",
    'source("load.R")',
    "claims <- tables$claims",
    "print(table(claims$unit))",
    "```",
    "",
    "Python, with `load.py` (pandas, the same types):",
    "",
    "```python",
    "from load import load",
    "tables = load()",
    'print(tables["claims"].groupby("unit")["value"].count())',
    "```",
    "",
    "DuckDB:",
    "",
    "```sql",
    "SELECT unit, count(*) AS claims",
    "FROM read_csv('claims.csv')",
    "GROUP BY unit ORDER BY claims DESC;",
    "```",
    "",
    ...spreadsheetNote(dataset),
    "",
    "Which file where: the CSV and JSON files hold every value exactly as extracted; use them in code. " +
      "The workbook is for reading and filtering by hand; a text longer than a spreadsheet cell allows " +
      "(32,767 characters) is cut there and marked. `frictionless::read_resource` in R and other Frictionless " +
      "readers take the types from `datapackage.json`. Identifiers are text: an id that looks like a number " +
      "(`001`) keeps its zeros only when read as text, as the loaders do.",
    "",
    "## How to trace a figure",
    "",
    "Every claim, quote and mention gives `document_id`, `char_start` and `char_end`. Open " +
      "`texts/<document_id>.txt` (UTF-8) and take the characters from `char_start` up to, not " +
      "including, `char_end`, counted in Unicode code points from 0. The result equals `span_text`.",
    "",
    "```python",
    'text = open(f"texts/{document_id}.txt", encoding="utf-8", newline="").read()',
    "text[char_start:char_end]",
    "```",
    "",
    "```r",
    'text <- readr::read_file(paste0("texts/", document_id, ".txt"))',
    "substr(text, char_start + 1, char_end)",
    "```",
    "",
    "## How to check it",
    "",
    "In this folder: `sha256sum -c SHA256SUMS`. Every line should end in `OK`.",
    "",
    "## How to rebuild it",
    "",
    `\`build.json\` records what made this version: the sha256 of every input text and of the manifest, the schemas and reference data, and the pipeline's version, code fingerprint and lockfile hash. In a checkout of the pipeline's repository, with this version under \`dist/${name}/\` and the recorded input texts in \`seeds/\`:`,
    "",
    "```sh",
    `npm ci && npx tsx pipeline/cli.ts verify ${version}`,
    "```",
    "",
    "rebuilds it (with the commit that holds the code that built it, when today's code differs) and checks every file against SHA256SUMS, naming any file that differs. `CHANGELOG.md` says what changed since the previous version; cite the version with `CITATION.cff`.",
  ].join("\n")}\n`;
}

function creatorList(identity: DatasetIdentity): string {
  return identity.creators.map((c) => (c.orcid === null ? c.name : `${c.name} (ORCID ${orcidUrl(c.orcid)})`)).join(", ");
}

/** The licence of the records, or plainly that none was stated. */
function licenseLine(identity: DatasetIdentity): string {
  const license = identity.license === null ? null : licenseOf(identity.license);
  if (license === null) return "Licence: none was stated for this dataset; ask its creators before reusing the records.";
  const named = license.url === null ? `\`${license.id}\`` : `\`${license.id}\` (${license.title}, ${license.url})`;
  return `Licence of the records and their documentation: ${named}.`;
}

/** What was done to residents' names, so a reader knows whose names are real. */
function privacyNote(pseudonymized: number | null): string[] {
  const text =
    pseudonymized === null
      ? "Names are as the texts write them. People of kind `resident` in `people.csv` are private individuals; build with `--pseudonymize-residents` to replace their names."
      : `This release was built with \`--pseudonymize-residents\`: the names of ${pseudonymized} resident(s) (private individuals, \`kind = resident\` in \`people.csv\`: people the texts introduce as villagers, farmers, herders, workers and the like, or by their age, "Name, 35,") are replaced everywhere, in the texts, quotes, claims and people tables, by pseudonyms (pronounceable words, such as "Kavido Tesuma"), whatever case or spacing the text writes the name in. Each pseudonym is a keyed hash (HMAC-SHA256) of the name under a secret key the publisher keeps outside this release, so nobody without the key can test a candidate name against it; the same key gives the same pseudonyms, and build.json records only an id of the key. The replacement is best effort: a resident the rules did not recognise as one keeps their name, and the context around a pseudonym (a village, an age, a job) may still identify a person. Officials, spokespeople, journalists and researchers keep their names.`;
  return ["## Names of private individuals", "", text, ""];
}

// A table line keeps to one line: the schema description's first sentence.
function spreadsheetNote(dataset: Dataset): string[] {
  const over = tablesOverSheetLimit(dataset.tables);
  if (over.length > 0) {
    const which = over.map((t) => `\`${t}\` (${dataset.tables[t as keyof Dataset["tables"]].length} rows)`).join(", ");
    return [`A spreadsheet: this release has no workbook, because ${which} ${over.length === 1 ? "is" : "are"} longer than a spreadsheet sheet holds (${SHEET_ROW_LIMIT.toLocaleString("en-US")} rows below the header). Open the CSV files with R, pandas or DuckDB as above.`];
  }
  return [
    "A spreadsheet (Excel, LibreOffice Calc): open",
    `\`${workbookPath(dataset.identity.name)}\`: one sheet per table and one for the data dictionary, numbers as numbers, dates`,
    "as dates, every text as text (a value such as `=1+1` is never run as a formula).",
  ];
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}
