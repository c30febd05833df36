// What one document may produce. A text built of nothing but figures ("1,000,000 " five million
// bytes long) makes half a million claims, each carrying its sentence: hundreds of times the input,
// and past the length of string V8 can make when its rows are rendered. Such a document is a reject
// with a code of its own, found before anything is rendered; the limits sit far above any real page
// (the largest text of the real-page sets makes a few hundred records) and far below the engine's.
import type { Issue } from "../issues.ts";
import type { DocumentTables } from "../records/rows.ts";

/** Records of every table together, per document. */
export const MAX_RECORDS_PER_DOCUMENT = 100_000;
/** The rows' text as rendered in the CSV and the JSON together, in characters, per document. */
export const MAX_ROW_CHARACTERS_PER_DOCUMENT = 256 * 1_048_576;

// A field's characters as rendered: its value, and a few for its name, quotes and separators.
const PER_FIELD = 8;

export function overLimit(rows: DocumentTables): { code: Issue["code"]; message: string } | null {
  let records = 0;
  for (const table of Object.values(rows)) records += table.length;
  if (records > MAX_RECORDS_PER_DOCUMENT) {
    return { code: "too-many-records", message: `makes ${records.toLocaleString("en")} records, over the limit of ${MAX_RECORDS_PER_DOCUMENT.toLocaleString("en")} per document; it is left out. Is it a table of figures rather than a text? Split it into smaller files if it is meant to be built.` };
  }
  let characters = 0;
  for (const table of Object.values(rows)) {
    for (const row of table) {
      for (const [key, value] of Object.entries(row)) characters += key.length + PER_FIELD + (typeof value === "string" ? value.length : 12);
    }
  }
  // Each row is rendered twice: a CSV line and a JSON item.
  if (2 * characters > MAX_ROW_CHARACTERS_PER_DOCUMENT) {
    return { code: "rows-too-large", message: `its records would take about ${Math.round((2 * characters) / 1_048_576)} MB as published, over the limit of ${MAX_ROW_CHARACTERS_PER_DOCUMENT / 1_048_576} MB per document; it is left out. Split it into smaller files if it is meant to be built.` };
  }
  return null;
}
