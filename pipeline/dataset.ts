// What the publish step receives: every table's rows (already validated and sorted), the normalized
// texts their offsets count into, and the dataset's identity. Pure data; no paths, no clock.
import type { ChangeReport } from "./release/changelog.ts";
import type { BuildProvenance } from "./release/provenance.ts";
import type { TableName } from "./schema/tables.ts";

/** One published row: a plain object whose keys are exactly the table schema's properties. */
export type Row = Record<string, string | number | boolean | null>;

/**
 * A table's rows in published order. An array is one; a large build's tables are read back from
 * its per-document spool as they are iterated (build/spooled-table.ts), so they are never all in
 * memory at once.
 */
export interface RowSequence extends Iterable<Row> {
  readonly length: number;
}

export interface DatasetIdentity {
  /** Machine name, used as the folder name under the output directory and as datapackage `name`. */
  name: string;
  /** Human title for the dataset README and datapackage `title`. */
  title: string;
  /** Semantic version of this release, for example "1.0.0". */
  version: string;
  /** One paragraph saying what the corpus is. */
  description: string;
  /** Who made the dataset, for CITATION.cff. */
  creator: string;
}

export interface PublishedText {
  documentId: string;
  /** Path relative to the version folder, for example "texts/<document_id>.txt". */
  path: string;
  /** The text; a spooled build reads it from disk each time it is asked for. */
  readonly text: string;
}

export interface Dataset {
  identity: DatasetIdentity;
  tables: Record<TableName, RowSequence>;
  texts: PublishedText[];
  /** Newest publication date among the documents (ISO date) or null; the release date, never the clock. */
  releaseDate: string | null;
  /** How many residents' names were replaced by pseudonyms, or null when names were left as written. */
  pseudonymizedResidents: number | null;
  /** What made this release (build.json), or null while the release is only being compared. */
  provenance: BuildProvenance | null;
  /** The change report against the previous version (CHANGELOG.md), or null while comparing. */
  changes: ChangeReport | null;
}
