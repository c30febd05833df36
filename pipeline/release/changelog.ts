// A comparison and what it says of records in; the CHANGELOG.md of the new version and the same
// report as data out. Per table the counts of records added, removed and changed, with at most 20
// ids of each, and for each changed record shown the columns that differ, old value → new value;
// then every schema change in a sentence, then the other files added, removed or changed.
import type { Comparison, FileChange } from "./compare.ts";
import { changeText } from "./change-text.ts";
import { SAMPLE_SIZE, type ChangedRecord, type RecordChanges } from "./record-changes.ts";

export interface ChangeReport {
  from: string | null;
  to: string;
  bump: string;
  tables: { table: string; added: number; removed: number; changed: number; added_ids: string[]; removed_ids: string[] }[];
  /** The first 20 changed records of each table, in table order, with the columns that differ. */
  changed_records: ChangedRecord[];
  schema_changes: { table: string; bump: string; change: string }[];
  other_files: FileChange[];
}

/** `compared` is null for a first release, whose records are all new. */
export function changeReport(compared: { comparison: Comparison; records: RecordChanges } | null, version: string, counts: Record<string, number>): ChangeReport {
  if (compared === null) {
    return {
      from: null, to: version, bump: "first",
      tables: Object.entries(counts).map(([table, n]) => ({ table, added: n, removed: 0, changed: 0, added_ids: [], removed_ids: [] })),
      changed_records: [], schema_changes: [], other_files: [],
    };
  }
  const { comparison, records } = compared;
  return {
    from: comparison.from,
    to: version,
    bump: comparison.bump,
    tables: records.tables.map((t) => ({
      table: t.table, added: t.added.length, removed: t.removed.length, changed: t.changed.length,
      added_ids: t.added.slice(0, SAMPLE_SIZE), removed_ids: t.removed.slice(0, SAMPLE_SIZE),
    })),
    changed_records: records.sample,
    schema_changes: comparison.schemaChanges.map((c) => ({ table: c.table, bump: c.bump, change: c.sentence })),
    other_files: comparison.otherFiles,
  };
}

function more(count: number, shown: number): string {
  return count > shown ? ` (first ${shown} of ${count})` : "";
}

function idList(label: string, count: number, ids: readonly string[]): string[] {
  if (count === 0) return [];
  return [`- ${label}${more(count, ids.length)}: ${ids.map((id) => `\`${id}\``).join(", ")}`];
}

/** A changed record: its id (old → new when it changed), then a line per column that differs. */
function recordLines(r: ChangedRecord): string[] {
  const name = r.id_before === r.id_after ? `\`${r.id_after}\`` : `\`${r.id_before}\` → \`${r.id_after}\``;
  return [`  - ${name}`, ...Object.entries(r.changes).map(([column, change]) => `    - ${column}: ${changeText(change)}`)];
}

export function changelogMarkdown(report: ChangeReport, datasetName: string): string {
  const lines = [`# Changes in ${datasetName} ${report.to}`, ""];
  if (report.from === null) {
    lines.push("First release.", "", "| table | rows |", "| --- | ---: |", ...report.tables.map((t) => `| \`${t.table}\` | ${t.added} |`));
    return `${lines.join("\n")}\n`;
  }
  if (report.bump === "none") {
    lines.push(`Compared with ${report.from}: no change. The two versions hold the same data: no record, schema or file differs.`);
    return `${lines.join("\n")}\n`;
  }
  lines.push(`Compared with ${report.from}: a ${report.bump} change.`);
  if (report.changed_records.some((r) => r.id_before !== r.id_after)) {
    lines.push("", "A record whose id changed with its values (a corrected figure gets a new claim id) counts as one removed and one added for the version number; below it is listed as changed, old id → new id, when the two sit at the same place in the same document.");
  }
  lines.push("", "## Records", "", "| table | added | removed | changed |", "| --- | ---: | ---: | ---: |");
  for (const t of report.tables) lines.push(`| \`${t.table}\` | ${t.added} | ${t.removed} | ${t.changed} |`);
  for (const t of report.tables) {
    const changed = report.changed_records.filter((r) => r.table === t.table);
    const ids = [...idList("added", t.added, t.added_ids), ...idList("removed", t.removed, t.removed_ids)];
    if (t.changed > 0) ids.push(`- changed${more(t.changed, changed.length)}:`, ...changed.flatMap(recordLines));
    if (ids.length > 0) lines.push("", `### ${t.table}`, "", ...ids);
  }
  lines.push("", "## Schema", "");
  lines.push(...(report.schema_changes.length === 0 ? ["No schema changes."] : report.schema_changes.map((c) => `- ${c.change} (${c.bump})`)));
  if (report.other_files.length > 0) lines.push("", "## Other files", "", ...report.other_files.map((f) => `- \`${f.path}\` ${f.change}.`));
  return `${lines.join("\n")}\n`;
}
