// A table's schema in; what says where its records sit out, so that a record removed and one added
// at the same place can be reported as one record changed. Read from the schema, not a list of
// tables: a table with a foreign key into `documents` and a `char_start` places its records by the
// document and the offset they start at (mentions, places, quotes, people...); one that also keeps
// the `sentence` a record's `span_text` stands in places it by where that sentence starts (claims),
// so an edit inside the sentence that moves a figure leaves it in place; a table whose whole key is
// a foreign key into another table sits where that table's record does (observations by their
// claim). Other tables (documents, removals, rejects) have no place besides their key.
import type { Row } from "../dataset.ts";
import type { TableSchema } from "../schema/table-schema.ts";

export type PlaceRule =
  | { kind: "fields"; document: string[]; bySentence: boolean }
  | { kind: "through"; table: string };

/** Where in the document's normalized text a record's span starts, in code points. */
const START = "char_start";
const SENTENCE = "sentence";
const SPAN = "span_text";

export function placeRule(schema: TableSchema): PlaceRule | null {
  const keys = schema.foreignKeys ?? [];
  const has = (name: string) => schema.fields.some((f) => f.name === name);
  const whole = keys.find((k) => k.fields.join("\u0000") === schema.primaryKey.join("\u0000"));
  if (whole !== undefined && whole.reference.resource !== "documents") return { kind: "through", table: whole.reference.resource };
  const document = keys.find((k) => k.reference.resource === "documents");
  if (document === undefined || !has(START)) return null;
  return { kind: "fields", document: [...document.fields], bySentence: has(SENTENCE) && has(SPAN) };
}

/**
 * Where the record's sentence starts: its span's start less the span's offset in the sentence (in
 * code points, as char_start counts). The first occurrence of the span is taken; a span written
 * twice in one sentence may so be placed apart and stay removed and added, never paired wrongly.
 */
function sentenceStart(row: Row): number | null {
  const sentence = String(row[SENTENCE] ?? "");
  const at = sentence.indexOf(String(row[SPAN] ?? ""));
  return at < 0 ? null : Number(row[START]) - Array.from(sentence.slice(0, at)).length;
}

/** A record's place as one string, and its order among the records at that place (its start). */
export function placeOf(row: Row, rule: Extract<PlaceRule, { kind: "fields" }>): { place: string; order: number } {
  const start = Number(row[START] ?? 0);
  const sentence = rule.bySentence ? sentenceStart(row) : null;
  const where = sentence === null ? ["at", start] : ["sentence", sentence];
  return { place: JSON.stringify([...rule.document.map((f) => row[f] ?? null), ...where]), order: start };
}
