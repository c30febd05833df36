// The table schemas and the dataset's rows in, the data dictionary out: one entry per column, as
// Markdown for people and as CSV for programs. Both come from the same entries, so they cannot
// disagree; the examples are the dataset's own values (column-examples.ts).
import { stringify } from "csv-stringify/sync";
import type { Dataset, DatasetIdentity } from "../dataset.ts";
import { TABLE_NAMES, TABLE_SCHEMAS, columnsOf, type TableName } from "../schema/tables.ts";
import { columnExamples, EXAMPLE_CHARACTERS, EXAMPLE_ROWS_SCANNED } from "./column-examples.ts";
import { INDICATORS, INDICATOR_LIST_VERSION } from "../extract/indicators.ts";
import { unitVocabulary } from "../extract/units.ts";
import { markdownCell } from "./markdown-cell.ts";
import { tableSchemaFor } from "../schema/table-schema.ts";

export interface DictionaryEntry {
  table: TableName;
  field: string;
  type: string;
  required: "yes" | "no";
  description: string;
  allowedValues: string;
  example: string;
}

const CSV_COLUMNS = ["table", "field", "type", "required", "description", "allowed_values", "example"];

/**
 * What every reader must know before using a figure, the README's first point too: true of every
 * dataset the pipeline makes, followed by what the dataset says of its own sources.
 */
export function notAssertedStatement(identity: DatasetIdentity): string {
  return `Every claim is recorded as the text states it and attributed to its source, never asserted as fact. ${identity.sourcesStatement}`;
}

/** The records may carry a licence; the texts they quote are not the publisher's to license. */
export const TEXTS_TERMS = "The texts in `texts/` remain under their publishers' terms, whatever the licence of the records.";

const READING_NOTES = [
  "Offsets (`char_start`, `char_end`) count Unicode code points from 0, end exclusive: the span is " +
    "`text[char_start:char_end]` in Python and `substr(x, char_start + 1, char_end)` in R, taken " +
    "from the published text in `texts/`.",
  "Dates are ISO 8601 (`YYYY-MM-DD`). Where the text is vaguer than a day, the date is the first " +
    "day of its month or year and the matching precision column says how precise it is.",
  "An empty cell means missing (unknown or not stated). No other value means missing: `NA` is text.",
  "`required` = `yes` means the column is never empty.",
];

export function dictionaryEntries(tables: Dataset["tables"]): DictionaryEntry[] {
  return TABLE_NAMES.flatMap((table) => {
    const examples = columnExamples(tables[table], columnsOf(table));
    return tableSchemaFor(table).fields.map(
      (field) =>
        ({
        table,
        field: field.name,
        type: field.type,
        required: field.constraints?.required === true ? "yes" : "no",
        description: field.description,
        allowedValues: (field.constraints?.enum ?? []).join(" | "),
        example: examples.get(field.name) ?? "",
      }) satisfies DictionaryEntry,
    );
  });
}

export function dataDictionaryCsv(tables: Dataset["tables"]): string {
  const rows = dictionaryEntries(tables).map((entry) => [
    entry.table,
    entry.field,
    entry.type,
    entry.required,
    entry.description,
    entry.allowedValues,
    entry.example,
  ]);
  return stringify([CSV_COLUMNS, ...rows], { record_delimiter: "\n", quote_record_delimiter: true });
}

export function dataDictionaryMarkdown(dataset: Pick<Dataset, "identity" | "tables">): string {
  const entries = dictionaryEntries(dataset.tables);
  const notes = [notAssertedStatement(dataset.identity), ...READING_NOTES, TEXTS_TERMS];
  const lines = ["# Data dictionary", "", "Read this first:", "", ...notes.map((note) => `- ${note}`), "", `Each example is the first value of its column in this release's rows, a text cut at ${EXAMPLE_CHARACTERS} characters; a column that none of the first ${EXAMPLE_ROWS_SCANNED} rows fills shows none.`];
  for (const table of TABLE_NAMES) {
    const key = TABLE_SCHEMAS[table]["x-table"].primaryKey.map((k) => `\`${k}\``).join(", ");
    lines.push("", `## ${table}`, "", TABLE_SCHEMAS[table].description, "", `Key: ${key}. Keys are made from what a record is, not where it stands, so they stay the same across versions unless the record itself changes.`, "");
    lines.push("| field | type | required | description | allowed values | example |");
    lines.push("| --- | --- | --- | --- | --- | --- |");
    for (const entry of entries.filter((e) => e.table === table)) {
      const cells = [`\`${entry.field}\``, entry.type, entry.required, entry.description, entry.allowedValues, entry.example];
      lines.push(`| ${cells.map(markdownCell).join(" | ")} |`);
    }
  }
  lines.push("", ...unitVocabularySection(), "", ...indicatorSection());
  return `${lines.join("\n")}\n`;
}

/** The indicator code list that `observations.indicator` draws on, with the version of the list. */
function indicatorSection(): string[] {
  const lines = [
    `## Indicator code list (version ${INDICATOR_LIST_VERSION})`,
    "",
    "`observations.indicator` takes one of these codes (from `schemas/indicators.json`). A claim is an observation of an indicator when its unit is one the indicator allows and one of the indicator's cue phrases stands near the figure in its sentence.",
    "",
    "| indicator | label | units | cues | description |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const i of INDICATORS) lines.push(`| \`${i.code}\` | ${[i.label, i.units.join(", "), i.cues.join("; "), i.description].map(markdownCell).join(" | ")} |`);
  return lines;
}

/** The words the extractor reads as each unit code, so a reader can see what `unit` rests on. */
function unitVocabularySection(): string[] {
  const lines = [
    "## Unit vocabulary",
    "",
    "`claims.unit` is read from the noun after the number (singular or plural, as written). These are the words behind each code; `year_of_age` comes from '-year-old' and 'Name, 26,'; `currency_unspecified` from money words (income, salary, funds, ...) with no currency; `count` from any other noun, kept in `unit_text`.",
    "",
    "| unit | words |",
    "| --- | --- |",
  ];
  for (const [code, words] of unitVocabulary()) lines.push(`| \`${code}\` | ${markdownCell(words.join(", "))} |`);
  return lines;
}
