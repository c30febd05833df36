// A row in, a short fingerprint of its values out, for telling changed records from unchanged
// ones without holding either version's rows: the same for rows rowsDiffer would call equal
// (columns in any order; a null, an absent column and no value alike).
import { createHash, hash } from "node:crypto";
import type { Row } from "../dataset.ts";
import { stableJsonItems } from "./stable-json.ts";

// Rows of a table share their columns: each column list is sorted once, not once per row.
const sortedColumns = new Map<string, string[]>();

export function rowDigest(row: Row): string {
  const columns = Object.keys(row);
  const signature = columns.join("\u0000");
  let sorted = sortedColumns.get(signature);
  if (sorted === undefined) {
    sorted = [...columns].sort();
    sortedColumns.set(signature, sorted);
  }
  // Column names and JSON values between control characters that JSON text never holds raw.
  let canonical = "";
  for (const k of sorted) {
    const v = row[k];
    if (v !== null && v !== undefined) canonical += `${k}\u0001${JSON.stringify(v)}\u0002`;
  }
  // 128 bits: two different records share a digest with odds far below any other failure.
  return hash("sha256", canonical, "base64").slice(0, 22);
}

/** A record's key: its primary-key values joined by "/", as the changelog names it. */
export function keyOf(row: Row, primaryKey: readonly string[]): string {
  return primaryKey.map((k) => String(row[k] ?? "")).join("/");
}

/** Every record of a table by key, with its digest, added to `into` (by default a new map). */
export function rowDigests(rows: Iterable<Row>, primaryKey: readonly string[], into = new Map<string, string>()): Map<string, string> {
  for (const row of rows) into.set(keyOf(row, primaryKey), rowDigest(row));
  return into;
}

/**
 * One digest of a run of records (a document's rows of one table, in published order), taken over
 * their JSON items as published: equal digests mean identical records, so two versions' documents
 * are compared record by record only when their digests differ. A per-document entry digests the
 * items it has already rendered; a previous version's records are rendered the same way again.
 */
export function runDigest(jsonItems: string): string {
  return hash("sha256", jsonItems, "base64").slice(0, 22);
}

/** The same digest taken over the items' text given in pieces. */
export function runDigestOf(): { update(piece: string): void; digest(): string } {
  const sha = createHash("sha256");
  return {
    update: (piece) => void sha.update(piece, "utf8"),
    digest: () => sha.digest("base64").slice(0, 22),
  };
}

export function groupDigest(rows: readonly Row[]): string {
  return runDigest(stableJsonItems(rows));
}
