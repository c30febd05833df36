// The account of a build: what became of every input file (built, duplicate, rejected, skipped) and
// of every record (published, rejected), and what was published. Printed as one summary line and,
// with --report FILE, written as JSON.
import type { BuildResult } from "../stage/build-dataset.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import type { SkippedEntry } from "../ingest/read-folder.ts";

export interface BuildReport {
  input_folder: string;
  inputs: { path: string; status: "built" | "duplicate" | "rejected" | "skipped"; document_id: string | null; code: string | null; reason: string | null }[];
  counts: { built: number; duplicate: number; rejected: number; skipped: number };
  records: Record<string, { published: number; rejected: number }>;
  problems: { code: string; source_file: string | null; table: string | null; record_id: string | null; path: string | null; message: string }[];
  outcome: { status: string; version: string | null; bump: string | null };
}

export function buildReport(inputFolder: string, result: BuildResult, skipped: readonly SkippedEntry[], outcome: BuildReport["outcome"]): BuildReport {
  const reasons = new Map(result.issues.filter((i) => i.stage === "ingest").map((i) => [i.sourceFile, i.message]));
  const inputs: BuildReport["inputs"] = [
    ...result.inputs.map((i) => ({ path: i.path, status: i.status, document_id: i.documentId, code: i.code, reason: reasons.get(i.path) ?? null })),
    ...skipped.map((s) => ({ path: s.path, status: "skipped" as const, document_id: null, code: null, reason: s.reason })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const count = (status: string) => inputs.filter((i) => i.status === status).length;
  const rejectedRecords = (table: string) => result.issues.filter((i) => i.stage === "validate" && i.table === table).length;
  return {
    input_folder: inputFolder,
    inputs,
    counts: { built: count("built"), duplicate: count("duplicate"), rejected: count("rejected"), skipped: count("skipped") },
    records: Object.fromEntries(TABLE_NAMES.filter((t) => t !== "rejects").map((t) => [t, { published: outcome.status === "published" || outcome.status === "unchanged" ? result.dataset.tables[t].length : 0, rejected: rejectedRecords(t) }])),
    problems: result.issues.map((i) => ({ code: i.code, source_file: i.sourceFile, table: i.table, record_id: i.recordId, path: i.path, message: i.message })),
    outcome,
  };
}

export function summaryLine(report: BuildReport): string {
  const c = report.counts;
  const published = Object.values(report.records).reduce((n, r) => n + r.published, 0);
  const rejected = Object.values(report.records).reduce((n, r) => n + r.rejected, 0);
  const version = report.outcome.version === null ? "" : ` ${report.outcome.version}`;
  return `build: inputs ${c.built} built, ${c.duplicate} duplicate, ${c.rejected} rejected, ${c.skipped} skipped; records ${published} published, ${rejected} rejected; ${report.outcome.status}${version}`;
}
