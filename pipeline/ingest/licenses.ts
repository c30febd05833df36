// The licences a dataset may name in sources.json: a short list of the SPDX identifiers data and
// documentation are commonly released under, each with its title and the URL of its text, plus the
// SPDX form `LicenseRef-<name>` for a licence of one's own. A list of our own rather than the full
// SPDX list (a package of 600 software licences): these are the ones datapackage.json, CITATION.cff
// and the README can name with a title and a link, and a typo is caught rather than published.

export interface License {
  /** SPDX identifier, as CITATION.cff `license` and datapackage.json `licenses[].name` take it. */
  id: string;
  title: string;
  /** Where the licence's text is, or null for a LicenseRef- licence, which only its publisher can say. */
  url: string | null;
}

const KNOWN: readonly License[] = [
  { id: "CC0-1.0", title: "Creative Commons Zero v1.0 Universal", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
  { id: "CC-BY-4.0", title: "Creative Commons Attribution 4.0 International", url: "https://creativecommons.org/licenses/by/4.0/" },
  { id: "CC-BY-SA-4.0", title: "Creative Commons Attribution Share Alike 4.0 International", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
  { id: "CC-BY-NC-4.0", title: "Creative Commons Attribution Non Commercial 4.0 International", url: "https://creativecommons.org/licenses/by-nc/4.0/" },
  { id: "CC-BY-NC-SA-4.0", title: "Creative Commons Attribution Non Commercial Share Alike 4.0 International", url: "https://creativecommons.org/licenses/by-nc-sa/4.0/" },
  { id: "CC-BY-ND-4.0", title: "Creative Commons Attribution No Derivatives 4.0 International", url: "https://creativecommons.org/licenses/by-nd/4.0/" },
  { id: "CC-BY-NC-ND-4.0", title: "Creative Commons Attribution Non Commercial No Derivatives 4.0 International", url: "https://creativecommons.org/licenses/by-nc-nd/4.0/" },
  { id: "ODbL-1.0", title: "Open Data Commons Open Database License v1.0", url: "https://opendatacommons.org/licenses/odbl/1-0/" },
  { id: "ODC-By-1.0", title: "Open Data Commons Attribution License v1.0", url: "https://opendatacommons.org/licenses/by/1-0/" },
  { id: "PDDL-1.0", title: "Open Data Commons Public Domain Dedication & License 1.0", url: "https://opendatacommons.org/licenses/pddl/1-0/" },
  { id: "CDLA-Permissive-2.0", title: "Community Data License Agreement Permissive 2.0", url: "https://cdla.dev/permissive-2-0/" },
  { id: "CDLA-Sharing-1.0", title: "Community Data License Agreement Sharing 1.0", url: "https://cdla.dev/sharing-1-0/" },
  { id: "OGL-UK-3.0", title: "Open Government Licence v3.0", url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" },
  { id: "etalab-2.0", title: "Etalab Open License 2.0", url: "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf" },
  { id: "MIT", title: "MIT License", url: "https://opensource.org/license/mit/" },
  { id: "Apache-2.0", title: "Apache License 2.0", url: "https://www.apache.org/licenses/LICENSE-2.0" },
];

const BY_ID = new Map(KNOWN.map((l) => [l.id, l]));

/** SPDX's form for a licence not on its list: `LicenseRef-` then letters, digits, '.' or '-'. */
const LICENSE_REF = /^LicenseRef-[A-Za-z0-9.-]+$/;

export const KNOWN_LICENSE_IDS: readonly string[] = KNOWN.map((l) => l.id);

/** The licence an identifier names, or null when it is neither on the list nor a LicenseRef-. */
export function licenseOf(id: string): License | null {
  const known = BY_ID.get(id);
  if (known !== undefined) return known;
  return LICENSE_REF.test(id) ? { id, title: id.slice("LicenseRef-".length), url: null } : null;
}

/** Whether CITATION.cff may carry the identifier: its schema takes SPDX list identifiers only. */
export function isSpdxListed(id: string): boolean {
  return BY_ID.has(id);
}
