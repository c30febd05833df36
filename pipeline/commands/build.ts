// `build`: read the input folder, run the pipeline, publish the release. Load, process, save; the
// only I/O of the whole pipeline lives here and in the publish writer.
import { buildDataset } from "../build/build-dataset.ts";
import type { Issue } from "../issues.ts";
import { renderRelease } from "../publish/render.ts";
import { writeRelease } from "../publish/write-release.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import { readInputFolder } from "./read-input.ts";

export interface BuildOptions {
  input: string;
  out: string;
  allowRejects: boolean;
  pseudonymizeResidents: boolean;
  version: string;
}

/** Where a person looks to fix an issue: the file, then the line or record path. */
export function describeIssue(issue: Issue): string {
  const where = [issue.sourceFile, issue.table, issue.recordId, issue.path].filter((p) => p !== null && p !== "").join(" ");
  return `  ${issue.code}${where ? ` at ${where}` : ""}\n    ${issue.message}`;
}

/** Runs the build; returns the exit status (0 published, 1 rejects or refused, 2 unreadable input). */
export async function runBuild(options: BuildOptions, log: (line: string) => void): Promise<number> {
  // Load inputs.
  let folder;
  try {
    folder = await readInputFolder(options.input, options.out);
  } catch (error) {
    log(`error: cannot read the input folder "${options.input}": ${error instanceof Error ? error.message : String(error)}. Give an existing folder of .txt files with --input.`);
    return 2;
  }
  if (folder.unreadable.length > 0) {
    for (const u of folder.unreadable) log(`error: cannot read ${options.input}/${u.path}: ${u.reason}. Check its permissions.`);
    return 2;
  }
  if (folder.files.length === 0) {
    log(`error: no .txt files in "${options.input}". Put the texts there as UTF-8 .txt files, or point --input at the folder that holds them.`);
    return 2;
  }
  log(`build: ${folder.files.length} text file(s) in ${options.input}${folder.manifestText === null ? " (no sources.json: metadata from the texts alone)" : " with sources.json"}`);

  // Process data.
  let done = 0;
  const result = buildDataset({ files: folder.files, manifestText: folder.manifestText, version: options.version, pseudonymizeResidents: options.pseudonymizeResidents }, (path) => {
    done++;
    log(`  [${done}/${folder.files.length}] ${path}`);
  });
  const { dataset, issues } = result;
  log(`build: ${result.documentCount} document(s); ${TABLE_NAMES.filter((t) => t !== "rejects").map((t) => `${t} ${dataset.tables[t].length}`).join(", ")}; rejects ${issues.length}`);
  if (issues.length > 0) {
    log(`build: ${issues.length} problem(s):`);
    for (const issue of issues) log(describeIssue(issue));
    if (!options.allowRejects) {
      log("build: nothing published. Fix the problems above, or rerun with --allow-rejects to publish the valid records with a rejects table.");
      return 1;
    }
  }

  // Save outputs.
  const files = renderRelease(dataset);
  const written = await writeRelease(options.out, dataset, files);
  if (written.status === "refused") {
    log(`error: ${written.dir} is already published with different bytes (${written.differing.slice(0, 5).join(", ")}${written.differing.length > 5 ? ", ..." : ""}). Published versions never change: release the new data under a new version.`);
    return 1;
  }
  log(`build: ${written.status === "written" ? "published" : "unchanged (already published with identical bytes)"} ${written.dir} (${files.size} files)`);
  return 0;
}
