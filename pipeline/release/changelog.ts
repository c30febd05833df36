// A comparison in; the CHANGELOG.md of the new version and the same report as data out. Per table
// the counts of rows added, removed and changed, with at most 20 ids of each, then every schema
// change in a sentence.
import type { Comparison } from "./compare.ts";

export const SAMPLE_SIZE = 20;

export interface ChangeReport {
  from: string | null;
  to: string;
  bump: string;
  tables: { table: string; added: number; removed: number; changed: number; added_ids: string[]; removed_ids: string[]; changed_ids: string[] }[];
  schema_changes: { table: string; bump: string; change: string }[];
  other_files: string[];
}

export function changeReport(comparison: Comparison | null, version: string, counts: Record<string, number>): ChangeReport {
  if (comparison === null) {
    return {
      from: null, to: version, bump: "first",
      tables: Object.entries(counts).map(([table, n]) => ({ table, added: n, removed: 0, changed: 0, added_ids: [], removed_ids: [], changed_ids: [] })),
      schema_changes: [], other_files: [],
    };
  }
  return {
    from: comparison.from,
    to: version,
    bump: comparison.bump,
    tables: comparison.tables.map((t) => ({
      table: t.table, added: t.added.length, removed: t.removed.length, changed: t.changed.length,
      added_ids: t.added.slice(0, SAMPLE_SIZE), removed_ids: t.removed.slice(0, SAMPLE_SIZE), changed_ids: t.changed.slice(0, SAMPLE_SIZE),
    })),
    schema_changes: comparison.schemaChanges.map((c) => ({ table: c.table, bump: c.bump, change: c.sentence })),
    other_files: comparison.otherFiles,
  };
}

function idList(label: string, count: number, ids: readonly string[]): string[] {
  if (count === 0) return [];
  const more = count > ids.length ? ` (first ${ids.length} of ${count})` : "";
  return [`- ${label}${more}: ${ids.map((id) => `\`${id}\``).join(", ")}`];
}

export function changelogMarkdown(report: ChangeReport, datasetName: string): string {
  const lines = [`# Changes in ${datasetName} ${report.to}`, ""];
  if (report.from === null) {
    lines.push("First release.", "", "| table | rows |", "| --- | ---: |", ...report.tables.map((t) => `| \`${t.table}\` | ${t.added} |`));
    return `${lines.join("\n")}\n`;
  }
  lines.push(`Compared with ${report.from}: a ${report.bump} change.`, "", "## Records", "", "| table | added | removed | changed |", "| --- | ---: | ---: | ---: |");
  for (const t of report.tables) lines.push(`| \`${t.table}\` | ${t.added} | ${t.removed} | ${t.changed} |`);
  for (const t of report.tables) {
    const ids = [...idList("added", t.added, t.added_ids), ...idList("removed", t.removed, t.removed_ids), ...idList("changed", t.changed, t.changed_ids)];
    if (ids.length > 0) lines.push("", `### ${t.table}`, "", ...ids);
  }
  lines.push("", "## Schema", "");
  lines.push(...(report.schema_changes.length === 0 ? ["No schema changes."] : report.schema_changes.map((c) => `- ${c.change} (${c.bump})`)));
  if (report.other_files.length > 0) lines.push("", "## Other files", "", ...report.other_files.map((f) => `- \`${f}\` changed.`));
  return `${lines.join("\n")}\n`;
}
