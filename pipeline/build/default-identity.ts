// The dataset's name, creator, title and description when sources.json gives none: its own
// module, since a rebuild that finds nothing changed needs the name without loading the build.
import type { DatasetIdentity } from "../dataset.ts";

export const DEFAULT_IDENTITY: Omit<DatasetIdentity, "version"> = {
  name: "claims-dataset",
  creator: "claims-dataset-pipeline",
  title: "Claims dataset",
  description: "Quantitative claims, people, places, organisations and quotes extracted from a folder of texts, each recorded as the text states it and attributed to its source.",
};
