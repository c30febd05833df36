// The table schemas in, the data dictionary out: one entry per column, as Markdown for people
// and as CSV for programs. Both come from the same entries, so they cannot disagree.
import { stringify } from "csv-stringify/sync";
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from "../schema/tables.ts";
import { INDICATORS, INDICATOR_LIST_VERSION } from "../extract/indicators.ts";
import { unitVocabulary } from "../extract/units.ts";
import { markdownCell } from "./markdown-cell.ts";
import { tableSchemaFor } from "./table-schema.ts";

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

/** What every reader must know before using a figure; the README repeats its first point. */
export const NOT_ASSERTED_STATEMENT =
  "Every claim is recorded as the text states it and attributed to its source, never asserted as " +
  "fact. The sources are partisan; a row says what a text says, not what is true.";

const READING_NOTES = [
  NOT_ASSERTED_STATEMENT,
  "Offsets (`char_start`, `char_end`) count Unicode code points from 0, end exclusive: the span is " +
    "`text[char_start:char_end]` in Python and `substr(x, char_start + 1, char_end)` in R, taken " +
    "from the published text in `texts/`.",
  "Dates are ISO 8601 (`YYYY-MM-DD`). Where the text is vaguer than a day, the date is the first " +
    "day of its month or year and the matching precision column says how precise it is.",
  "An empty cell means missing (unknown or not stated). No other value means missing: `NA` is text.",
  "`required` = `yes` means the column is never empty.",
];

export function dictionaryEntries(): DictionaryEntry[] {
  return TABLE_NAMES.flatMap((table) =>
    tableSchemaFor(table).fields.map((field) => {
      const example = TABLE_SCHEMAS[table].properties[field.name]?.examples?.[0];
      return {
        table,
        field: field.name,
        type: field.type,
        required: field.constraints?.required === true ? "yes" : "no",
        description: field.description,
        allowedValues: (field.constraints?.enum ?? []).join(" | "),
        example: example === undefined ? "" : typeof example === "string" ? example : JSON.stringify(example),
      } satisfies DictionaryEntry;
    }),
  );
}

export function dataDictionaryCsv(): string {
  const rows = dictionaryEntries().map((entry) => [
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

export function dataDictionaryMarkdown(): string {
  const entries = dictionaryEntries();
  const lines = ["# Data dictionary", "", "Read this first:", "", ...READING_NOTES.map((note) => `- ${note}`)];
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
