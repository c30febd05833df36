// What the publish step receives: every table's rows (already validated and sorted), the normalized
// texts their offsets count into, and the dataset's identity. Pure data; no paths, no clock.
import type { ChangeReport } from "./release/changelog.ts";
import type { BuildProvenance } from "./release/provenance.ts";
import type { TableName } from "./schema/tables.ts";

/** One published row: a plain object whose keys are exactly the table schema's properties. */
export type Row = Record<string, string | number | boolean | null>;

/**
 * A table's rows in published order. An array is one; a large build's tables are read back from
 * its per-document spool as they are iterated (stage/spooled-table.ts), so they are never all in
 * memory at once.
 */
export interface RowSequence extends Iterable<Row> {
  readonly length: number;
}

export interface Creator {
  name: string;
  /** ORCID iD as its digits (0000-0002-1825-0097), or null. */
  orcid: string | null;
}

/** Who the dataset is, from sources.json's `dataset` (stage/default-identity.ts gives what it leaves out). */
export interface DatasetIdentity {
  /** Machine name, used as the folder name under the output directory and as datapackage `name`. */
  name: string;
  /** Human title for the dataset README and datapackage `title`. */
  title: string;
  /** Semantic version of this release, for example "1.0.0". */
  version: string;
  /** One paragraph saying what the corpus is. */
  description: string;
  /** Who made the dataset, for CITATION.cff `authors` and datapackage `contributors`; never empty. */
  creators: Creator[];
  /** SPDX identifier of the records' licence, or null when none was stated. */
  license: string | null;
  keywords: string[];
  /** What a reader should know of the sources, printed beside "rows record claims, not facts". */
  sourcesStatement: string;
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
  /**
   * The release's date (YYYY-MM-DD), decided once at the edge (release/release-date.ts) and recorded
   * in build.json, so a rebuild gives the same bytes; null only where no edge gave one (tests).
   */
  releaseDate: string | null;
  /** Newest publication date among the documents (ISO date) or null: a fact about the data, not the release. */
  newestPublished: string | null;
  /** How many residents' names were replaced by pseudonyms, or null when names were left as written. */
  pseudonymizedResidents: number | null;
  /** What made this release (build.json), or null while the release is only being compared. */
  provenance: BuildProvenance | null;
  /** The change report against the previous version (CHANGELOG.md), or null while comparing. */
  changes: ChangeReport | null;
}
