// `diff A B [--json]`: what changed between two published versions, as the CHANGELOG reports it,
// in Markdown or as data. Reads the two version folders; writes nothing.
import { join } from "node:path";
import { stableJson } from "../format/stable-json.ts";
import { changeReport, changelogMarkdown, type ChangeReport } from "../release/changelog.ts";
import { compareReleases } from "../release/compare.ts";
import { readSnapshot, versionSide } from "../release/read-release.ts";
import { withRecords } from "../release/record-changes.ts";
import { withoutBookkeeping } from "../release/plan.ts";
import { CommandRefused, datasetFolder, publishedVersion } from "./dataset-folder.ts";

export interface DiffOptions {
  out: string;
  dataset: string | null;
  from: string;
  to: string;
  json: boolean;
}

export async function runDiff(options: DiffOptions, print: (text: string) => void, log: (line: string) => void): Promise<number> {
  let name: string;
  let report: ChangeReport;
  try {
    // Load inputs.
    const datasetDir = await datasetFolder(options.out, options.dataset);
    name = datasetDir.split(/[\\/]/).pop()!;
    const from = await publishedVersion(datasetDir, options.from);
    const to = await publishedVersion(datasetDir, options.to);
    const before = await readSnapshot(join(datasetDir, from), from);
    const after = await readSnapshot(join(datasetDir, to), to);
    // Process data: the changed records' values are read from the two folders' tables again, as
    // the snapshots hold digests only.
    const comparison = compareReleases(withoutBookkeeping(before), withoutBookkeeping(after));
    const counts = Object.fromEntries(Object.entries(after.tables).map(([t, rows]) => [t, rows.size]));
    report = changeReport(await withRecords(comparison, versionSide(join(datasetDir, from), before.schemas), versionSide(join(datasetDir, to), after.schemas)), to, counts);
  } catch (error) {
    log(`error: ${error instanceof CommandRefused ? `${error.message}.` : `cannot read the versions to compare: ${error instanceof Error ? error.message : String(error)}. Name two published versions, such as: diff 1.0.0 1.1.0`}`);
    return 2;
  }
  // Save outputs.
  print(options.json ? stableJson(report) : changelogMarkdown(report, name));
  return 0;
}
