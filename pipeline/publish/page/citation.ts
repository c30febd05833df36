// How to cite a version: the CITATION.cff it ships, the same facts as a BibTeX entry and as a plain
// reference. All three come from the dataset's identity and release date.
import type { Dataset, DatasetIdentity } from "../../dataset.ts";
import { citationCff } from "../../release/citation.ts";
import { codeBlock, esc } from "./html.ts";

function yearOf(releaseDate: string | null): string | null {
  return releaseDate?.slice(0, 4) ?? null;
}

// BibTeX reads these characters as commands or groups; each is written as the character it is.
const BIBTEX: Record<string, string> = { "\\": "\\textbackslash{}", "{": "\\{", "}": "\\}", "%": "\\%", "&": "\\&", $: "\\$", "#": "\\#", _: "\\_", "^": "\\^{}", "~": "\\~{}" };

function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => BIBTEX[c]!);
}

/** A key BibTeX accepts: the dataset's name and version, letters, digits and "_" only. */
function bibtexKey(identity: DatasetIdentity): string {
  return `${identity.name}_${identity.version}`.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "") || "dataset";
}

export function bibtexEntry(dataset: Pick<Dataset, "identity" | "releaseDate">): string {
  const { identity } = dataset;
  const year = yearOf(dataset.releaseDate);
  // Each creator is braced as one name, written as given, as CITATION.cff writes it.
  const fields: [string, string][] = [
    ["author", identity.creators.map((c) => `{${bibtexText(c.name)}}`).join(" and ")],
    ["title", `{${bibtexText(identity.title)}}`],
    ["version", bibtexText(identity.version)],
    ...(year === null ? [] : [["year", year] as [string, string]]),
    ...(dataset.releaseDate === null ? [] : [["date", dataset.releaseDate] as [string, string]]),
    ["note", `Dataset, version ${bibtexText(identity.version)}`],
  ];
  return `@misc{${bibtexKey(identity)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}\n`;
}

/** "Creators (year). Title (Version x) [Data set]." */
export function plainReference(dataset: Pick<Dataset, "identity" | "releaseDate">): string {
  const { creators, title, version } = dataset.identity;
  const names = creators.map((c) => c.name);
  const who = names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${who} (${yearOf(dataset.releaseDate) ?? "n.d."}). ${title} (Version ${version}) [Data set].`;
}

export function citationHtml(dataset: Dataset): string {
  return [
    `<p>Cite the version you used: each version is its own record, and its data never change.</p>`,
    `<h3 id="cite-plain">As a reference</h3>`,
    `<p class="reference">${esc(plainReference(dataset))}</p>`,
    `<h3 id="cite-bibtex">BibTeX</h3>`,
    codeBlock("BibTeX", bibtexEntry(dataset)),
    `<h3 id="cite-cff">CITATION.cff</h3>`,
    `<p>The <a href="CITATION.cff">CITATION.cff</a> of this version (Citation File Format 1.2.0), which reference managers and code hosts read:</p>`,
    codeBlock("YAML", citationCff(dataset)),
  ].join("\n");
}
