// The dataset's identity from sources.json's `dataset` details, each one left out taken from the
// defaults here: its own module, since a rebuild that finds nothing changed needs the name without
// loading the build.
import type { DatasetIdentity } from "../dataset.ts";
import type { DatasetEntry } from "../ingest/manifest-fields.ts";

export const DEFAULT_IDENTITY: Omit<DatasetIdentity, "version"> = {
  name: "claims-dataset",
  creators: [{ name: "claims-dataset-pipeline", orcid: null }],
  title: "Claims dataset",
  description: "Quantitative claims, people, places, organisations and quotes extracted from a folder of texts, each recorded as the text states it and attributed to its source.",
  // No licence unless the publisher states one: the README then says none was stated.
  license: null,
  keywords: [],
  // True of any corpus: the pipeline reads what texts state and checks none of it.
  sourcesStatement: "The texts are as their publishers wrote them; the pipeline does not check what they state, so a row says what a text states, not whether it is true.",
};

/** The identity the manifest's details give, with `version`; `creator` is the one-name form of `creators`. */
export function identityOf(details: DatasetEntry, version: string): DatasetIdentity {
  const creators = details.creators?.map((c) => ({ name: c.name, orcid: c.orcid ?? null })) ?? (details.creator === undefined ? DEFAULT_IDENTITY.creators : [{ name: details.creator, orcid: null }]);
  return {
    name: details.name ?? DEFAULT_IDENTITY.name,
    title: details.title ?? DEFAULT_IDENTITY.title,
    version,
    description: details.description ?? DEFAULT_IDENTITY.description,
    creators,
    license: details.license ?? DEFAULT_IDENTITY.license,
    keywords: details.keywords ?? DEFAULT_IDENTITY.keywords,
    sourcesStatement: details.sources_statement ?? DEFAULT_IDENTITY.sourcesStatement,
  };
}
