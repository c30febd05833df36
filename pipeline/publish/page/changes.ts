// The change report of a version (the CHANGELOG.md's data) as HTML: what it was compared with, the
// records added, removed and changed per table, the schema changes and the other files; the
// changed records' values in the Markdown changelog, shown whole below.
import type { Dataset } from "../../dataset.ts";
import { changelogMarkdown, type ChangeReport } from "../../release/changelog.ts";
import { CHANGELOG_PATH } from "../../release/release-files.ts";
import { codeBlock, esc, grouped } from "./html.ts";

/** One sentence: the first release, or what the version was compared with and the kind of change. */
export function changeSentence(report: ChangeReport): string {
  if (report.from === null) return "First release.";
  if (report.bump === "none") return `Compared with ${report.from}: no change.`;
  return `Compared with ${report.from}: a ${report.bump} change.`;
}

function recordsTable(report: ChangeReport): string {
  const first = report.from === null;
  const head = first ? `<th scope="col" class="num">rows</th>` : ["added", "removed", "changed"].map((h) => `<th scope="col" class="num">${h}</th>`).join("");
  const rows = report.tables.map((t) => {
    const cells = first ? `<td class="num">${grouped(t.added)}</td>` : [t.added, t.removed, t.changed].map((n) => `<td class="num">${grouped(n)}</td>`).join("");
    return `<tr><th scope="row">${esc(t.table)}</th>${cells}</tr>`;
  });
  return `<div class="scroll" role="region" aria-label="Records per table" tabindex="0"><table><thead><tr><th scope="col">table</th>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? "" : `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
}

export function changesHtml(dataset: Dataset): string {
  const report = dataset.changes;
  if (report === null) return `<p>This rendering of the release carries no change report.</p>`;
  const parts = [`<p>${esc(changeSentence(report))}</p>`, recordsTable(report)];
  if (report.from !== null) {
    parts.push(`<p>Schema: ${report.schema_changes.length === 0 ? "no changes." : ""}</p>`, list(report.schema_changes.map((c) => `${esc(c.change)} (${esc(c.bump)})`)));
    if (report.other_files.length > 0) parts.push(`<p>Other files:</p>`, list(report.other_files.map((f) => `<code>${esc(f.path)}</code> ${esc(f.change)}`)));
  }
  parts.push(
    `<details><summary>The whole ${CHANGELOG_PATH}, with the first changed records of each table</summary>`,
    codeBlock("Markdown", changelogMarkdown(report, dataset.identity.name)),
    `</details>`,
  );
  return parts.filter((p) => p !== "").join("\n");
}
