// The build from the documents on: process them (the cache keeping their entries), compare with
// the latest version, and publish a new version when something differs. Loaded by run/build.ts
// only once it has found that something may.
import { join } from "node:path";
import { availableParallelism, tmpdir } from "node:os";
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { buildDatasetInParallel, type DocumentCache } from "../stage/build-dataset.ts";
import type { Dataset } from "../dataset.ts";
import { isFatal, type Issue } from "../issues.ts";
import { acquireLock, LockedError } from "../publish/build-lock.ts";
import { buildReport, summaryLine, type BuildReport } from "./build-report.ts";
import { makingsDigest, provenanceOf } from "../release/provenance.ts";
import { NOTES_FOLDER, noteMakes } from "../cache/makings-notes.ts";
import { releaseData, releaseDataFiles, renderReleaseFiles } from "../publish/render-with-workbook.ts";
import { clearLeftovers, stagingFolder, writeFilesInto, writeRelease, type PublishedFiles, type StagedFiles } from "../publish/write-release.ts";
import { changeReport } from "../release/changelog.ts";
import type { CodeFingerprints } from "../release/code-fingerprint.ts";
import { planRelease } from "../release/plan.ts";
import { latestVersion, readChecksums, versionSide } from "../release/read-release.ts";
import { withRecords } from "../release/record-changes.ts";
import { datasetSide } from "../release/snapshot.ts";
import { snapshotsAgainst } from "../release/changed-records.ts";
import { writeCatalog } from "../publish/write-catalog.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import type { InputFolder } from "../ingest/read-folder.ts";
import { diskCache, DOCUMENTS_FOLDER, entryFolder } from "../cache/document-cache.ts";
import { loadRunIndex, RUN_INDEX_FOLDER, saveRunIndex } from "../cache/run-index-cache.ts";
import { runIndexText } from "../release/run-index.ts";
import { isSpooled } from "../stage/spooled-table.ts";
import { cacheFolder, timedAsync, withSheetFragments, type BuildOptions } from "./build-options.ts";
import { printable } from "../text/printable.ts";
import { cannotWrite, removeScratch, scratchFolder } from "../cache/scratch-folder.ts";
import { shardsEntries } from "./shards-entries.ts";

/** The previous version's texts, which the new one shares where they are the same (write-release.ts); none when its SHA256SUMS cannot be read. */
async function publishedTexts(dir: string): Promise<PublishedFiles | undefined> {
  try {
    return { dir, hashes: new Map(Object.entries(await readChecksums(dir))), shares: (path) => path.startsWith("texts/") };
  } catch {
    return undefined;
  }
}

/** Where a person looks to fix an issue: the file, then the line or record path. */
export function describeIssue(issue: Issue): string {
  const where = [issue.sourceFile, issue.table, issue.recordId, issue.path].filter((p) => p !== null && p !== "").join(" ");
  return `  ${issue.code}${where ? ` at ${printable(where)}` : ""}\n    ${printable(issue.message)}`;
}

const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EROFS: "the folder is on a read-only file system",
  EACCES: "the folder may not be written",
  EPERM: "the folder may not be written",
};

function isWriteFailure(error: unknown): boolean {
  return ((error as NodeJS.ErrnoException).code ?? "") in WRITE_FAILURES;
}

/** What a build did, for the closing summary and --report. */
interface Outcome {
  status: "published" | "unchanged" | "rejected" | "refused" | "failed";
  version: string | null;
  bump: string | null;
}

/** Processes the documents (with the cache, or in a folder of the build's own), compares and publishes. */
export async function processAndPublish(given: BuildOptions, log: (line: string) => void, writeReport: (report: BuildReport) => Promise<void>, folder: InputFolder, code: CodeFingerprints): Promise<number> {
  if (given.entries !== undefined) {
    const assembled = await shardsEntries(given.entries, folder, code, given.pseudonymKey);
    if ("problem" in assembled) {
      log(`error: ${assembled.problem}.`);
      return 2;
    }
    for (const note of assembled.notes) log(`assemble: ${note}.`);
    return buildAndPublish(given, log, writeReport, folder, code, assembled.cache);
  }
  let options = given;
  const cacheDir = cacheFolder(options, DOCUMENTS_FOLDER);
  const unwritable = options.cache === false ? null : cannotWrite(cacheDir);
  if (unwritable !== null) {
    log(`warning: the cache folder ${cacheDir} cannot be written (${unwritable}): building without it.`);
    options = { ...options, cache: false };
  }
  const failed = (what: string, error: unknown): number => {
    const errno = (error as NodeJS.ErrnoException).code ?? "";
    log(`error: cannot write ${what}: ${WRITE_FAILURES[errno]} (${errno}). Nothing was published and every published version is as it was; make room or make the folder writable, then build again.`);
    return 2;
  };
  // Without the cache, the entries are kept in a folder of the build's own, so that they are still
  // read from disk as the tables are written, not held in memory.
  let scratch: string | null = null;
  try {
    if (options.cache === false) scratch = await scratchFolder();
  } catch (error) {
    if (isWriteFailure(error)) return failed(`a scratch folder under ${tmpdir()}`, error);
    throw error;
  }
  try {
    return await buildAndPublish(options, log, writeReport, folder, code, scratch === null ? diskCache(code, cacheDir) : entryFolder(randomUUID(), scratch));
  } catch (error) {
    if (isWriteFailure(error)) return failed(scratch === null ? `the cache under ${cacheDir}` : `the scratch folder ${scratch}`, error);
    throw error;
  } finally {
    if (scratch !== null) await removeScratch(scratch);
  }
}

/** The build from the documents on: process them (with `cache` keeping their entries), compare, publish. */
async function buildAndPublish(options: BuildOptions, log: (line: string) => void, writeReport: (report: BuildReport) => Promise<void>, folder: InputFolder, code: CodeFingerprints, cache: DocumentCache): Promise<number> {
  let done = 0;
  // Threads pay off once their start-up is small beside the work.
  // More threads than cores only compete for them (64 on 2 cores took 53 s and 3.4 GB, 3 s by default).
  const workers = Math.min(options.workers ?? (folder.files.length >= 200 ? availableParallelism() : 1), availableParallelism());
  const result = await buildDatasetInParallel({ files: folder.files, unreadable: folder.unreadable, manifestText: folder.manifestText, version: "0.0.0", sheetFragments: withSheetFragments(folder.files), releaseDate: options.releaseDate ?? null, pseudonymKey: options.pseudonymKey, ...(options.timings ? { timings: options.timings } : {}), cache }, workers, (path) => {
    done++;
    // A line per file for small corpora; every thousandth for large ones.
    if (folder.files.length <= 200 || done % 1000 === 0 || done === folder.files.length) log(`  [${done}/${folder.files.length}] ${printable(path)}`);
  });
  const { dataset, issues } = result;
  const fatal = issues.filter(isFatal);
  const finish = async (outcome: Outcome, code: number): Promise<number> => {
    const report = buildReport(options.input, result, folder.skipped, outcome);
    log(summaryLine(report));
    try {
      await writeReport(report);
    } catch (error) {
      log(`error: the report could not be written to ${options.report ?? "its file"} (${(error as NodeJS.ErrnoException).code ?? String(error)}); the build itself ended as the line above says.`);
      return Math.max(code, 2);
    }
    return code;
  };
  if (issues.length > 0) {
    log(`build: ${issues.length} problem(s)${fatal.length < issues.length ? `, ${issues.length - fatal.length} of them duplicates left out on purpose` : ""}:`);
    for (const issue of issues) log(describeIssue(issue));
  }
  if (fatal.length > 0 && !options.allowRejects) {
    log("build: nothing published. Fix the problems above, or rerun with --allow-rejects to publish the valid records with a rejects table.");
    return finish({ status: "rejected", version: null, bump: null }, 1);
  }
  const datasetDir = join(options.out, dataset.identity.name);
  let release_lock: (() => Promise<void>) | null = null;
  const staging = stagingFolder(datasetDir);
  try {
    release_lock = await acquireLock(datasetDir);
    const previousVersion = await latestVersion(datasetDir);
    // The data files are written once, into a staging folder, and hashed on the way: the comparison
    // reads their digests, and a new version takes the folder as it is.
    await clearLeftovers(datasetDir);
    // The workbook is made on its own thread meanwhile (workbook-thread.ts).
    const data = releaseData(dataset);
    const shared = previousVersion === null ? undefined : await publishedTexts(join(datasetDir, previousVersion));
    await timedAsync(options.timings, "write", () => writeFilesInto(staging, data.files, shared));
    const workbook = await timedAsync(options.timings, "workbook", () => data.workbook);
    if (workbook !== null) await timedAsync(options.timings, "write", () => writeFilesInto(staging, new Map([workbook])));
    const staged: StagedFiles = { dir: staging, paths: new Set((await releaseDataFiles(dataset)).keys()) };
    const runIndexDir = cacheFolder(options, RUN_INDEX_FOLDER);
    let previous;
    try {
      previous = previousVersion === null ? null : await timedAsync(options.timings, "compare", () => snapshotsAgainst(join(datasetDir, previousVersion), previousVersion, dataset, options.cache === false ? null : loadRunIndex(join(datasetDir, previousVersion), runIndexDir)));
    } catch (error) {
      if (isWriteFailure(error)) throw error;
      log(`error: the published ${join(datasetDir, previousVersion!)} cannot be read back to compare with (${error instanceof Error ? error.message.split("\n", 1)[0] : String(error)}); run verify ${previousVersion} to see what differs, and restore it from a copy. Nothing was published.`);
      return finish({ status: "failed", version: null, bump: null }, 2);
    }
    const plan = await timedAsync(options.timings, "compare", () => planRelease(dataset, previous?.previous ?? null, options.version, renderReleaseFiles, previous?.candidateTables));
    if (plan.action === "refuse") {
      log(`error: ${plan.message}`);
      return finish({ status: "failed", version: null, bump: null }, 2);
    }
    if (plan.action === "unchanged") {
      await writeCatalog(datasetDir, dataset.identity.name);
      if (options.cache !== false && cannotWrite(cacheFolder(options, NOTES_FOLDER)) === null) noteMakes(datasetDir, makingsDigest(provenanceOf(code, folder.files, folder.manifestText, null, plan.version, options.pseudonymKey)), plan.version, cacheFolder(options, NOTES_FOLDER));
      log(`build: nothing differs from the published ${plan.version} in ${datasetDir}: no new version.`);
      return finish({ status: "unchanged", version: plan.version, bump: "none" }, 0);
    }
    const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, dataset.tables[t].length]));
    // The changed records' values, for the changelog, from the previous version's tables and this build's.
    const compared = previous === null || previousVersion === null ? null : await timedAsync(options.timings, "compare", () => withRecords(plan.comparison, versionSide(join(datasetDir, previousVersion), previous.previous.schemas), datasetSide(dataset)));
    const provenance = provenanceOf(code, folder.files, folder.manifestText, dataset, previousVersion, options.pseudonymKey);
    const release: Dataset = {
      ...dataset,
      identity: { ...dataset.identity, version: plan.version },
      changes: changeReport(compared, plan.version, counts),
      provenance,
    };

    // Save outputs.
    const files = await timedAsync(options.timings, "render", () => renderReleaseFiles(release));
    const written = await timedAsync(options.timings, "write", () => writeRelease(options.out, release, files, staged));
    if (written.status === "refused") {
      log(`error: ${written.dir} is already published with different bytes (${written.differing.slice(0, 5).join(", ")}${written.differing.length > 5 ? ", ..." : ""}). Published versions never change: release the new data under a new version.`);
      return finish({ status: "refused", version: plan.version, bump: plan.bump }, 1);
    }
    // The version is published from here on: whatever fails after this must not say otherwise.
    const why = plan.bump === "first" ? "first release" : `a ${plan.bump} change from ${previousVersion}`;
    log(`build: published ${written.dir} (${files.size} files; ${why}; see CHANGELOG.md)`);
    try {
      await writeCatalog(datasetDir, dataset.identity.name, new Map([[plan.version, counts]]));
    } catch (error) {
      log(`error: ${written.dir} is published, but ${join(datasetDir, "versions.json")} could not be updated (${(error as NodeJS.ErrnoException).code ?? String(error)}); make it a writable file (or remove it), then build again to update it.`);
      return finish({ status: "published", version: plan.version, bump: plan.bump }, 2);
    }
    // What the cache remembers saves time on the next build, no more: if it cannot be written, so be it.
    try {
      if (options.cache !== false && isSpooled(dataset.tables.claims)) saveRunIndex(written.dir, runIndexText(dataset.tables.claims.documents()), runIndexDir);
      // The next build with these makings then stops before reading build.json back.
      if (options.cache !== false) noteMakes(datasetDir, makingsDigest(provenance), plan.version, cacheFolder(options, NOTES_FOLDER));
    } catch (error) {
      log(`warning: the cache could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); the next build will take longer.`);
    }
    return finish({ status: "published", version: plan.version, bump: plan.bump }, 0);
  } catch (error) {
    if (error instanceof LockedError) {
      log(`error: ${error.message}.`);
      return finish({ status: "failed", version: null, bump: null }, 2);
    }
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code in WRITE_FAILURES) {
      log(`error: cannot write under ${options.out}: ${WRITE_FAILURES[code]} (${code}). Nothing was published and every published version is as it was; make room or make the folder writable, then build again.`);
      return finish({ status: "failed", version: null, bump: null }, 2);
    }
    throw error;
  } finally {
    // Staged files that did not become a version (nothing differs, refused, failed) are removed.
    await rm(staging, { recursive: true, force: true });
    if (release_lock) await release_lock();
  }
}
