// A gold document's `document` object and the documents row built for it in; whether title,
// publication date, authors and outlet are right out, with a note for each that is not.
import type { Row } from "../dataset.ts";
import type { GoldMetadata } from "./gold.ts";
import { looselyEqual, normalizeName } from "./score.ts";

export type MetadataField = "title" | "published" | "authors" | "outlet";
export const METADATA_FIELDS: readonly MetadataField[] = ["title", "published", "authors", "outlet"];

export interface MetadataScore {
  right: Record<MetadataField, boolean>;
  notes: string[];
}

/** "2019-01-04" at precision month is "2019-01": the date as precise as the row says it is. */
function statedDate(row: Row): string | null {
  const date = row.published_date;
  if (typeof date !== "string") return null;
  if (row.published_precision === "year") return date.slice(0, 4);
  if (row.published_precision === "month") return date.slice(0, 7);
  return date;
}

/** The documents table keeps several authors in one cell, separated by "; ". */
export function authorList(cell: Row[string] | undefined): string[] {
  return typeof cell === "string" && cell !== "" ? cell.split("; ") : [];
}

function sameAuthors(gold: readonly string[], found: readonly string[]): boolean {
  if (gold.length !== found.length) return false;
  return gold.every((g) => found.some((f) => looselyEqual(g, f)));
}

export function scoreMetadata(gold: GoldMetadata, row: Row): MetadataScore {
  const title = typeof row.title === "string" ? row.title : null;
  const found = {
    title: gold.title === null ? title === null : title !== null && normalizeName(title) === normalizeName(gold.title),
    published: statedDate(row) === gold.published,
    authors: sameAuthors(gold.authors, authorList(row.author)),
    outlet: looselyEqual(gold.outlet, typeof row.outlet === "string" ? row.outlet : null),
  };
  const notes: string[] = [];
  if (!found.title) notes.push(`title: gold "${gold.title}", extracted "${title}"`);
  if (!found.published) notes.push(`published: gold ${gold.published}, extracted ${statedDate(row)}`);
  if (!found.authors) notes.push(`authors: gold [${gold.authors.join("; ")}], extracted [${authorList(row.author).join("; ")}]`);
  if (!found.outlet) notes.push(`outlet: gold ${gold.outlet}, extracted ${String(row.outlet)}`);
  return { right: found, notes };
}
