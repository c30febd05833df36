// One JSON writer for every published .json file: a value in, its text out, the same bytes on any
// machine. Keys keep insertion order because rows are built in schema column order.

/** JSON with a 2-space indent and a final newline. Throws on values JSON cannot carry faithfully. */
export function stableJson(value: unknown): string {
  rejectUnfaithful(value, "");
  // No replacer: with one, JSON.stringify leaves its fast path and calls back for every value.
  const text = JSON.stringify(value, null, 2);
  // JSON.stringify returns undefined for undefined, functions and symbols at the top level.
  if (text === undefined) throw new Error(`stableJson: expected a JSON value, got ${typeof value}`);
  return `${text}\n`;
}

/**
 * A table's rows as stableJson writes an array of them, in chunks of `perChunk` rows: each row is
 * stringified alone and indented one level deeper. JSON escapes every line break inside a string,
 * so the only line breaks are the indentation's, and the chunks join into stableJson(rows) exactly.
 */
export function* stableJsonRowChunks(rows: Iterable<unknown>, perChunk: number): Iterable<string> {
  let part: string[] = [];
  let first = true;
  const batch = (): string => {
    const text = `${first ? JSON_ARRAY.open : JSON_ARRAY.between}${part.join(JSON_ARRAY.between)}`;
    first = false;
    part = [];
    return text;
  };
  for (const row of rows) {
    part.push(stableJsonArrayItem(row));
    if (part.length === perChunk) yield batch();
  }
  if (part.length > 0) yield batch();
  yield first ? JSON_ARRAY.empty : JSON_ARRAY.close;
}

/** One element of an array as stableJson writes it: indented one level, no separator. */
export function stableJsonArrayItem(value: unknown): string {
  return `  ${stableJson(value).slice(0, -1).replaceAll("\n", "\n  ")}`;
}

/** Rows as the items of a stableJson array, joined by its separator, without the brackets. */
export function stableJsonItems(rows: readonly unknown[]): string {
  // The array's own text less its brackets: one JSON.stringify call, not one per row and a re-indent.
  return rows.length === 0 ? "" : stableJson(rows).slice(JSON_ARRAY.open.length, -JSON_ARRAY.close.length);
}

/** Where stableJson starts, separates and ends an array's elements: joined pieces of items make the array's text. */
export const JSON_ARRAY = { empty: "[]\n", open: "[\n", between: ",\n", close: "\n]\n" } as const;

// JSON.stringify silently writes NaN and Infinity as null; a published number must never change
// meaning on the way out, so that is a programmer error here.
function rejectUnfaithful(value: unknown, key: string): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`stableJson: expected a finite number at key "${key}", got ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, k) => rejectUnfaithful(item, String(k)));
  } else if (typeof value === "object" && value !== null) {
    for (const k in value) rejectUnfaithful((value as Record<string, unknown>)[k], k);
  }
}
