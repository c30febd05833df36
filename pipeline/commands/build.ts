// `build`: read the input folder, run the pipeline, compare with the latest published version,
// and publish a new version only when something differs, numbered by what differs. The only I/O
// of the pipeline lives here and in the publish and release writers.
import { join } from "node:path";
import { availableParallelism } from "node:os";
import { getHeapStatistics } from "node:v8";
import { memoryWarning } from "./memory-warning.ts";
import { buildDatasetInParallel, type DocumentCache, type Input } from "../build/build-dataset.ts";
import { sha256Of, sizeOf } from "../build/document-stage.ts";
import type { Dataset } from "../dataset.ts";
import { isFatal, type Issue } from "../issues.ts";
import { acquireLock, LockedError } from "../publish/build-lock.ts";
import { buildReport, summaryLine, type BuildReport } from "./build-report.ts";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { DEFAULT_IDENTITY } from "../build/build-dataset.ts";
import { MANIFEST_FILE, parseManifest } from "../ingest/manifest.ts";
import { parseBuildRecord } from "../release/parse-build-record.ts";
import { BUILD_RECORD_PATH, makingsKey, sameMakings } from "../release/provenance.ts";
import { knownUnchanged, NOTES_FOLDER, noteUnchanged } from "./unchanged-notes.ts";
import { releaseData, releaseDataFiles, renderReleaseFiles } from "../publish/render-with-workbook.ts";
import { clearLeftovers, stagingFolder, writeFilesInto, writeRelease, type StagedFiles } from "../publish/write-release.ts";
import { changeReport } from "../release/changelog.ts";
import { codeFingerprints, type CodeFingerprints } from "../release/code-fingerprint.ts";
import { planRelease } from "../release/plan.ts";
import { fingerprintOf, type BuildProvenance } from "../release/provenance.ts";
import { latestVersion } from "../release/read-release.ts";
import { snapshotsAgainst } from "../release/changed-records.ts";
import { writeCatalog } from "../release/write-catalog.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import { readInputFolder, type InputFolder } from "./read-input.ts";
import { HASHES_FOLDER, knownHashes } from "./known-hashes.ts";
import { CACHE_ROOT, diskCache, DOCUMENTS_FOLDER, entryFolder } from "./document-cache.ts";
import { loadRunIndex, RUN_INDEX_FOLDER, saveRunIndex } from "./run-index-cache.ts";
import { runIndexOf } from "../release/run-index.ts";
import { isSpooled } from "../build/spooled-table.ts";

export interface BuildOptions {
  input: string;
  out: string;
  allowRejects: boolean;
  pseudonymizeResidents: boolean;
  /** A version asked for on the command line; it may be higher than the computed one, never lower. */
  version: string | null;
  /** Milliseconds per stage, for the benchmark. */
  timings?: Record<string, number>;
  /** false: process every document afresh, without reading or writing the per-document cache. */
  cache?: boolean;
  /** Where the cache is kept (default node_modules/.cache/claims-dataset-pipeline); the benchmark keeps its own. */
  cacheDir?: string;
  /** Worker threads for the per-document stage; by default one per core for large corpora. */
  workers?: number;
}

/** A folder of the cache: the documents' entries, the inputs' hashes, versions' run indexes or the notes of unchanged builds. */
function cacheFolder(options: BuildOptions, folder: string): string {
  return join(options.cacheDir ?? CACHE_ROOT, folder);
}

async function timedAsync<T>(timings: Record<string, number> | undefined, stage: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  if (timings) timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  return result;
}

/** Where a person looks to fix an issue: the file, then the line or record path. */
export function describeIssue(issue: Issue): string {
  const where = [issue.sourceFile, issue.table, issue.recordId, issue.path].filter((p) => p !== null && p !== "").join(" ");
  return `  ${issue.code}${where ? ` at ${where}` : ""}\n    ${issue.message}`;
}

/** What made the release, for build.json: inputs, manifest, reference data, pipeline code. */
export function provenanceOf(code: CodeFingerprints, files: readonly Input[], manifestText: string | null, dataset: Dataset | null, previousVersion: string | null, pseudonymizeResidents: boolean): BuildProvenance {
  return {
    releaseDate: dataset?.releaseDate ?? null,
    inputs: files.map((f) => ({ path: f.path, sha256: sha256Of(f), bytes: sizeOf(f) })),
    manifest: manifestText === null ? null : fingerprintOf(MANIFEST_FILE, new TextEncoder().encode(manifestText)),
    reference: code.reference,
    pipeline: code.pipeline,
    options: { pseudonymizeResidents },
    previousVersion,
  };
}

const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EROFS: "the folder is on a read-only file system",
  EACCES: "the folder may not be written",
  EPERM: "the folder may not be written",
};

/** What a build did, for the closing summary and --report. */
interface Outcome {
  status: "published" | "unchanged" | "rejected" | "refused" | "failed";
  version: string | null;
  bump: string | null;
}

/** Runs the build; returns the exit status (0 published or unchanged, 1 rejects or refused, 2 usage, input or output). */
export async function runBuild(options: BuildOptions, log: (line: string) => void, writeReport: (report: BuildReport) => Promise<void> = async () => {}): Promise<number> {
  // Load inputs.
  let folder;
  try {
    const known = options.cache === false ? undefined : knownHashes(options.input, cacheFolder(options, HASHES_FOLDER));
    folder = await timedAsync(options.timings, "read", () => readInputFolder(options.input, options.out, known));
    known?.save();
  } catch (error) {
    log(`error: cannot read the input folder "${options.input}": ${error instanceof Error ? error.message : String(error)}. Give an existing folder of .txt files with --input.`);
    return 2;
  }
  for (const s of folder.skipped) log(`  skipped ${s.path}: ${s.reason}`);
  if (folder.files.length === 0 && folder.unreadable.length === 0) {
    log(`error: no .txt files in "${options.input}". Put the texts there as UTF-8 .txt files, or point --input at the folder that holds them.`);
    return 2;
  }
  log(`build: ${folder.files.length} text file(s) in ${options.input}${folder.manifestText === null ? " (no sources.json: metadata from the texts alone)" : " with sources.json"}`);
  const tooBig = memoryWarning(folder.files.reduce((n, f) => n + f.size, 0), getHeapStatistics().heap_size_limit);
  if (tooBig !== null) log(tooBig);

  const notesDir = cacheFolder(options, NOTES_FOLDER);
  // What the pipeline's own code, lockfile and reference data are: read once per build.
  const code = await codeFingerprints();

  // Same inputs, code and options as the latest version: the bytes would be the same, so stop here.
  const manifestName = folder.manifestText === null ? null : parseManifest(folder.manifestText, new Set(folder.files.map((f) => f.path))).manifest.dataset?.name ?? null;
  const earlyDir = join(options.out, manifestName ?? DEFAULT_IDENTITY.name);
  const latest = await latestVersion(earlyDir);
  if (latest !== null && (options.version === null || options.version === latest)) {
    const recorded = await readFile(join(earlyDir, latest, BUILD_RECORD_PATH), "utf8").then((t) => parseBuildRecord(BUILD_RECORD_PATH, t)).catch(() => null);
    const now = provenanceOf(code, folder.files, folder.manifestText, null, latest, options.pseudonymizeResidents);
    const sameAsRecorded = recorded !== null && sameMakings(recorded, now);
    if (sameAsRecorded || (options.cache !== false && knownUnchanged(earlyDir, makingsKey(now), latest, notesDir))) {
      log(`build: nothing differs from the published ${latest} in ${earlyDir} (${sameAsRecorded ? "the inputs, code and options that made it" : "an earlier build with these inputs, code and options found so"}): no new version.`);
      log(`build: inputs ${folder.files.length} ${sameAsRecorded ? `as when ${latest} was built` : "as in a build that found nothing differing"}, ${folder.skipped.length} skipped; records as published in ${latest}; unchanged ${latest}`);
      return 0;
    }
  }

  // Process data.
  // Without the cache, the entries are kept in a folder of the build's own, so that they are still
  // read from disk as the tables are written, not held in memory.
  const scratch = options.cache === false ? await mkdtemp(join(tmpdir(), "claims-build-")) : null;
  try {
    return await buildAndPublish(options, log, writeReport, folder, code, scratch === null ? diskCache(code, cacheFolder(options, DOCUMENTS_FOLDER)) : entryFolder(randomUUID(), scratch));
  } finally {
    if (scratch !== null) await rm(scratch, { recursive: true, force: true });
  }
}

/** The build from the documents on: process them (with `cache` keeping their entries), compare, publish. */
async function buildAndPublish(options: BuildOptions, log: (line: string) => void, writeReport: (report: BuildReport) => Promise<void>, folder: InputFolder, code: CodeFingerprints, cache: DocumentCache): Promise<number> {
  let done = 0;
  // Threads pay off once their start-up is small beside the work.
  const workers = options.workers ?? (folder.files.length >= 200 ? availableParallelism() : 1);
  const result = await buildDatasetInParallel({ files: folder.files, unreadable: folder.unreadable, manifestText: folder.manifestText, version: "0.0.0", pseudonymizeResidents: options.pseudonymizeResidents, ...(options.timings ? { timings: options.timings } : {}), cache }, workers, (path) => {
    done++;
    // A line per file for small corpora; every thousandth for large ones.
    if (folder.files.length <= 200 || done % 1000 === 0 || done === folder.files.length) log(`  [${done}/${folder.files.length}] ${path}`);
  });
  const { dataset, issues } = result;
  const fatal = issues.filter(isFatal);
  const finish = async (outcome: Outcome, code: number): Promise<number> => {
    const report = buildReport(options.input, result, folder.skipped, outcome);
    log(summaryLine(report));
    await writeReport(report);
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
    await timedAsync(options.timings, "write", () => writeFilesInto(staging, data.files));
    const workbook = await timedAsync(options.timings, "workbook", () => data.workbook);
    if (workbook !== null) await timedAsync(options.timings, "write", () => writeFilesInto(staging, new Map([workbook])));
    const staged: StagedFiles = { dir: staging, paths: new Set((await releaseDataFiles(dataset)).keys()) };
    const runIndexDir = cacheFolder(options, RUN_INDEX_FOLDER);
    const previous = previousVersion === null ? null : await timedAsync(options.timings, "compare", () => snapshotsAgainst(join(datasetDir, previousVersion), previousVersion, dataset, options.cache === false ? null : loadRunIndex(join(datasetDir, previousVersion), runIndexDir)));
    const plan = await timedAsync(options.timings, "compare", () => planRelease(dataset, previous?.previous ?? null, options.version, renderReleaseFiles, previous?.candidateTables));
    if (plan.action === "refuse") {
      log(`error: ${plan.message}`);
      return finish({ status: "failed", version: null, bump: null }, 2);
    }
    if (plan.action === "unchanged") {
      await writeCatalog(datasetDir, dataset.identity.name);
      if (options.cache !== false) noteUnchanged(datasetDir, makingsKey(provenanceOf(code, folder.files, folder.manifestText, null, plan.version, options.pseudonymizeResidents)), plan.version, cacheFolder(options, NOTES_FOLDER));
      log(`build: nothing differs from the published ${plan.version} in ${datasetDir}: no new version.`);
      return finish({ status: "unchanged", version: plan.version, bump: "none" }, 0);
    }
    const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, dataset.tables[t].length]));
    const release: Dataset = {
      ...dataset,
      identity: { ...dataset.identity, version: plan.version },
      changes: changeReport(plan.comparison, plan.version, counts),
      provenance: provenanceOf(code, folder.files, folder.manifestText, dataset, previousVersion, options.pseudonymizeResidents),
    };

    // Save outputs.
    const files = await timedAsync(options.timings, "render", () => renderReleaseFiles(release));
    const written = await timedAsync(options.timings, "write", () => writeRelease(options.out, release, files, staged));
    if (written.status === "refused") {
      log(`error: ${written.dir} is already published with different bytes (${written.differing.slice(0, 5).join(", ")}${written.differing.length > 5 ? ", ..." : ""}). Published versions never change: release the new data under a new version.`);
      return finish({ status: "refused", version: plan.version, bump: plan.bump }, 1);
    }
    await writeCatalog(datasetDir, dataset.identity.name, new Map([[plan.version, counts]]));
    const headers = isSpooled(dataset.tables.claims) ? dataset.tables.claims.documents().map((e) => e.header) : null;
    if (options.cache !== false && headers !== null) saveRunIndex(written.dir, runIndexOf(headers), runIndexDir);
    const why = plan.bump === "first" ? "first release" : `a ${plan.bump} change from ${previousVersion}`;
    log(`build: published ${written.dir} (${files.size} files; ${why}; see CHANGELOG.md)`);
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
