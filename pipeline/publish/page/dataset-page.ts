// Every published version of a dataset in (versions.json's entries, each version's CHANGELOG.md and
// whether it has a page), the dataset folder's index.html out: each version with its date, its
// counts and what changed, linked to its page, the latest marked. Pure; write-catalog.ts reads.
import type { CatalogEntry } from "../../release/catalog.ts";
import { compareVersions } from "../../release/semver.ts";
import { esc, grouped, hrefOf } from "./html.ts";
import { pageDocument, section } from "./page-shell.ts";

export interface VersionListing {
  entry: CatalogEntry;
  /** The version's CHANGELOG.md, or null when it has none. */
  changelog: string | null;
  /** Whether the version folder holds an index.html: versions published before pages had none. */
  hasPage: boolean;
}

export interface DatasetHeading {
  name: string;
  /** From the latest version's datapackage.json; the name stands in when it cannot be read. */
  title: string;
  description: string | null;
}

/**
 * What a CHANGELOG.md says in brief: its first sentence ("First release." or "Compared with 1.3.0:
 * a minor change.") and, for a later version, the records added, removed and changed in all tables.
 */
export function changeSummary(changelog: string): string {
  const lines = changelog.split("\n");
  const sentence = lines.find((l) => l.trim() !== "" && !l.startsWith("#"))?.trim() ?? "";
  if (/^First release\./.test(sentence)) return "First release.";
  const totals = [0, 0, 0];
  let counted = false;
  for (const line of lines) {
    const m = /^\| `[^`]+` \| (\d+) \| (\d+) \| (\d+) \|$/.exec(line);
    if (m === null) continue;
    counted = true;
    for (let k = 0; k < 3; k++) totals[k]! += Number(m[k + 1]);
  }
  const first = (sentence.match(/^.*?\.(?=\s|$)/)?.[0] ?? sentence).replaceAll("`", "");
  if (!counted) return first;
  const [added, removed, changed] = totals.map((n) => grouped(n!));
  return `${first} Records: ${added} added, ${removed} removed, ${changed} changed.`;
}

function countsHtml(rows: Record<string, number>): string {
  return Object.entries(rows).filter(([, n]) => n > 0).map(([table, n]) => `${esc(table)} ${grouped(n)}`).join(", ") || "no rows";
}

function versionRow(listing: VersionListing, latest: string | null): string {
  const { version, date } = listing.entry;
  const target = listing.hasPage ? `${version}/index.html` : `${version}/`;
  const mark = version === latest ? ` <span class="latest">latest</span>` : "";
  const change = listing.changelog === null ? "" : esc(changeSummary(listing.changelog));
  return `<tr${version === latest ? ' aria-current="true"' : ""}><th scope="row"><a href="${hrefOf(target)}" data-version="${esc(version)}">${esc(version)}</a>${mark}</th><td>${date === null ? "" : esc(date)}</td><td>${countsHtml(listing.entry.rows)}</td><td>${change}</td></tr>`;
}

export function datasetPage(heading: DatasetHeading, versions: readonly VersionListing[], latest: string | null): string {
  const newestFirst = [...versions].sort((a, b) => compareVersions(b.entry.version, a.entry.version));
  const latestLine = latest === null ? "" : `<p>The latest version is <a href="${hrefOf(newestFirst.find((v) => v.entry.version === latest)?.hasPage === false ? `${latest}/` : `${latest}/index.html`)}">${esc(latest)}</a>. Cite the version you used: a published version never changes.</p>`;
  const table = [
    `<div class="scroll" role="region" aria-label="Versions" tabindex="0">`,
    `<table><thead><tr><th scope="col">version</th><th scope="col">released</th><th scope="col">rows per table</th><th scope="col">changes</th></tr></thead>`,
    `<tbody>${newestFirst.map((v) => versionRow(v, latest)).join("\n")}</tbody></table>`,
    `</div>`,
    `<p class="meta">Versions published before version pages existed link to their folder. <a href="versions.json">versions.json</a> lists the same in JSON, with the SHA-256 of each version's SHA256SUMS.</p>`,
  ].join("\n");
  return pageDocument({
    title: `${heading.title}: all versions`,
    header: [`<h1>${esc(heading.title)}</h1>`, `<p class="meta">Dataset <code>${esc(heading.name)}</code>: every published version.</p>`, heading.description === null ? "" : `<p>${esc(heading.description)}</p>`, latestLine].filter((p) => p !== "").join("\n"),
    sections: [section("versions", "Versions", table)],
    footer: `<p>Made by the claims-dataset pipeline beside versions.json, each time a build looks at this folder.</p>`,
  });
}
