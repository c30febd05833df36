// A table's schema in; what says where its records sit out, so that a record removed and one added
// at the same place can be reported as one record changed. Read from the schema, not a list of
// tables: a table with a foreign key into `documents` and a `char_start` places its records by the
// document and the offset they start at (claims, mentions, places, quotes, people...); a table whose
// whole key is a foreign key into another table sits where that table's record does (observations
// by their claim). Other tables (documents, removals, rejects) have no place besides their key.
import type { Row } from "../dataset.ts";
import type { TableSchema } from "../publish/table-schema.ts";

export type PlaceRule =
  | { kind: "fields"; fields: string[] }
  | { kind: "through"; table: string };

/** The offset field: where in the document's normalized text a record's span starts. */
const START_FIELD = "char_start";

export function placeRule(schema: TableSchema): PlaceRule | null {
  const keys = schema.foreignKeys ?? [];
  const whole = keys.find((k) => k.fields.join("\u0000") === schema.primaryKey.join("\u0000"));
  if (whole !== undefined && whole.reference.resource !== "documents") return { kind: "through", table: whole.reference.resource };
  const document = keys.find((k) => k.reference.resource === "documents");
  if (document === undefined || !schema.fields.some((f) => f.name === START_FIELD)) return null;
  return { kind: "fields", fields: [...document.fields, START_FIELD] };
}

/** A record's place as one string: the place fields' values, as JSON, in order. */
export function placeOf(row: Row, fields: readonly string[]): string {
  return JSON.stringify(fields.map((f) => row[f] ?? null));
}
