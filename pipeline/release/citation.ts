// CITATION.cff (Citation File Format 1.2.0) for one version of the dataset, so it can be cited by
// version: its creators with their ORCID iDs, its licence and keywords when stated, and the release
// date the edge decided (recorded in build.json), never the clock.
import type { Dataset } from "../dataset.ts";
import { isSpdxListed } from "../ingest/licenses.ts";

const quote = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/** ORCID's own form of an iD, as CITATION.cff and datapackage.json take it. */
export function orcidUrl(orcid: string): string {
  return `https://orcid.org/${orcid}`;
}

export function citationCff(dataset: Dataset): string {
  const { title, version, description, creators, license, keywords } = dataset.identity;
  const lines = [
    "cff-version: 1.2.0",
    `message: ${quote("If you use this dataset, please cite this version of it.")}`,
    "type: dataset",
    `title: ${quote(title)}`,
    `version: ${quote(version)}`,
    ...(dataset.releaseDate === null ? [] : [`date-released: ${quote(dataset.releaseDate)}`]),
    `abstract: ${quote(description)}`,
    "authors:",
    // `name` is CFF's form for an entity: a name is written once, as given, not split in two.
    ...creators.flatMap((c) => [`  - name: ${quote(c.name)}`, ...(c.orcid === null ? [] : [`    orcid: ${quote(orcidUrl(c.orcid))}`])]),
    // CFF takes identifiers of the SPDX list only; a LicenseRef- licence is named in the README.
    ...(license !== null && isSpdxListed(license) ? [`license: ${quote(license)}`] : []),
    ...(keywords.length === 0 ? [] : ["keywords:", ...keywords.map((k) => `  - ${quote(k)}`)]),
  ];
  return `${lines.join("\n")}\n`;
}
