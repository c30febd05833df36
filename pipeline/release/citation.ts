// CITATION.cff (Citation File Format 1.2.0) for one version of the dataset, so it can be cited by
// version. The date is the inputs' newest publication date, never the clock.
import type { Dataset } from "../dataset.ts";

const quote = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

export function citationCff(dataset: Dataset): string {
  const { name, title, version, description } = dataset.identity;
  const lines = [
    "cff-version: 1.2.0",
    `message: ${quote("If you use this dataset, please cite this version of it.")}`,
    "type: dataset",
    `title: ${quote(title)}`,
    `version: ${quote(version)}`,
    ...(dataset.releaseDate === null ? [] : [`date-released: ${quote(dataset.releaseDate)}`]),
    `abstract: ${quote(description)}`,
    "authors:",
    `  - name: ${quote(dataset.identity.creator)}`,
    "keywords:",
    `  - ${quote(name)}`,
  ];
  return `${lines.join("\n")}\n`;
}
