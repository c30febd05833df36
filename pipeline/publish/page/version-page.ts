// A version of the dataset and its files in, the version folder's index.html out: what it is,
// what it may be used as, its files to download, its charts, its tables' first rows, how to load
// it, trace a figure and cite it, and what changed. Pure: the same release gives the same bytes.
import type { Dataset, DatasetIdentity } from "../../dataset.ts";
import type { FileContent } from "../../format/file-content.ts";
import { licenseOf } from "../../ingest/licenses.ts";
import { orcidUrl } from "../../release/citation.ts";
import { datasetCharts } from "../charts/dataset-charts.ts";
import { notAssertedStatement, TEXTS_TERMS } from "../data-dictionary.ts";
import { changesHtml } from "./changes.ts";
import { chartsHtml } from "./charts.ts";
import { citationHtml } from "./citation.ts";
import { downloadsHtml } from "./downloads.ts";
import { esc, grouped, withInlineCode } from "./html.ts";
import { loadingHtml, tracingHtml } from "./loading.ts";
import { pageDocument, section, sectionNav } from "./page-shell.ts";
import { firstRows, tablePreviewsHtml } from "./table-previews.ts";


const SECTIONS: [id: string, label: string][] = [
  ["download", "Download"],
  ["charts", "Charts"],
  ["tables", "Tables"],
  ["load", "How to load it"],
  ["trace", "How to trace a figure"],
  ["cite", "How to cite it"],
  ["changes", "Changes"],
];

function creatorsHtml(identity: DatasetIdentity): string {
  return identity.creators.map((c) => (c.orcid === null ? esc(c.name) : `${esc(c.name)} (<a href="${esc(orcidUrl(c.orcid))}">ORCID ${esc(c.orcid)}</a>)`)).join(", ");
}

function licenseHtml(identity: DatasetIdentity): string {
  const license = identity.license === null ? null : licenseOf(identity.license);
  if (license === null) return "Licence: none was stated for this dataset; ask its creators before reusing the records.";
  const named = license.url === null ? `<code>${esc(license.id)}</code>` : `<a href="${esc(license.url)}">${esc(license.title)}</a> (<code>${esc(license.id)}</code>)`;
  return `Licence of the records and their documentation: ${named}.`;
}

function headerHtml(dataset: Dataset): string {
  const { identity } = dataset;
  const released = dataset.releaseDate === null ? "" : `, released <time datetime="${esc(dataset.releaseDate)}">${esc(dataset.releaseDate)}</time>`;
  const pseudonyms = dataset.pseudonymizedResidents === null ? "" : `<p>The names of ${grouped(dataset.pseudonymizedResidents)} private individuals (residents) are replaced by pseudonyms throughout; see README.md.</p>`;
  const newest = dataset.newestPublished === null ? "" : ` The newest document is dated ${esc(dataset.newestPublished)}.`;
  return [
    `<p class="meta"><a href="../index.html">All versions of this dataset</a></p>`,
    `<h1>${esc(identity.title)}</h1>`,
    `<p class="meta">Dataset <code>${esc(identity.name)}</code>, version ${esc(identity.version)}${released}. Made by ${creatorsHtml(identity)}.</p>`,
    `<p>${esc(identity.description)}${newest}</p>`,
    `<p class="notice"><strong>Rows record what the texts claim, never facts.</strong> ${withInlineCode(notAssertedStatement(identity))}</p>`,
    `<p>${licenseHtml(identity)} ${withInlineCode(TEXTS_TERMS)}</p>`,
    pseudonyms,
    sectionNav(SECTIONS),
  ].filter((p) => p !== "").join("\n");
}

/** `files`: every other file of the version folder but SHA256SUMS, which lists this page too. */
export function versionPage(dataset: Dataset, files: ReadonlyMap<string, FileContent>): string {
  const first = firstRows(dataset.tables);
  const bodies: Record<string, string> = {
    download: downloadsHtml(files, dataset),
    charts: chartsHtml(datasetCharts(dataset)),
    tables: tablePreviewsHtml(dataset.tables, first),
    load: loadingHtml(dataset),
    trace: tracingHtml(dataset, first.claims[0]),
    cite: citationHtml(dataset),
    changes: changesHtml(dataset),
  };
  return pageDocument({
    title: `${dataset.identity.title}, version ${dataset.identity.version}`,
    header: headerHtml(dataset),
    sections: SECTIONS.map(([id, label]) => section(id, label, bodies[id]!)),
    footer: `<p>Made by the claims-dataset pipeline from the files of this folder. README.md says the same in plain text; build.json says what made this version.</p>`,
  });
}
