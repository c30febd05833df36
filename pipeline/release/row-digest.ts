// A row in, a short fingerprint of its values out, for telling changed records from unchanged
// ones without holding either version's rows: the same for rows rowsDiffer would call equal
// (columns in any order; a null, an absent column and no value alike).
import { createHash } from "node:crypto";
import type { Row } from "../dataset.ts";

export function rowDigest(row: Row): string {
  const present = Object.keys(row)
    .filter((k) => row[k] !== null && row[k] !== undefined)
    .sort()
    .map((k) => [k, row[k]]);
  // 128 bits: two different records share a digest with odds far below any other failure.
  return createHash("sha256").update(JSON.stringify(present)).digest("base64").slice(0, 22);
}

/** A record's key: its primary-key values joined by "/", as the changelog names it. */
export function keyOf(row: Row, primaryKey: readonly string[]): string {
  return primaryKey.map((k) => String(row[k] ?? "")).join("/");
}

/** Every record of a table by key, with its digest. */
export function rowDigests(rows: Iterable<Row>, primaryKey: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of rows) out.set(keyOf(row, primaryKey), rowDigest(row));
  return out;
}
