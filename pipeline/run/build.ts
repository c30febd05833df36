// `build`: read the input folder, run the pipeline, compare with the latest published version,
// and publish a new version only when something differs, numbered by what differs. This half reads
// the inputs and stops when they, the code and the options are those of the latest version; the
// rest (run/build-and-publish.ts) is loaded only when there is something to build.
import { join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { readFile } from "node:fs/promises";
import { memoryWarning } from "./memory-warning.ts";
import type { BuildReport } from "./build-report.ts";
import { DEFAULT_IDENTITY } from "../stage/default-identity.ts";
import { parseManifest } from "../ingest/manifest.ts";
import { BUILD_RECORD_PATH, makingsDigest, provenanceOf } from "../release/provenance.ts";
import { knownToMake, NOTES_FOLDER } from "../cache/makings-notes.ts";
import { codeFingerprints } from "../release/code-fingerprint.ts";
import { latestVersion } from "../release/read-release.ts";
import { ManifestRefused, readInputFolder } from "../ingest/read-folder.ts";
import { printable } from "../text/printable.ts";
import { datasetFolderProblem, outputProblem } from "./check-output.ts";
import { DEFAULT_MAX_FILE_BYTES } from "../ingest/open-listed.ts";
import { HASHES_FOLDER, knownHashes } from "../cache/known-hashes.ts";
import { cacheFolder, timedAsync, type BuildOptions } from "./build-options.ts";
import { releaseDateFor } from "../release/release-date.ts";

export type { BuildOptions } from "./build-options.ts";

/** Runs the build; returns the exit status (0 published or unchanged, 1 rejects or refused, 2 usage, input or output). */
export async function runBuild(options: BuildOptions, log: (line: string) => void, writeReport: (report: BuildReport) => Promise<void> = async () => {}): Promise<number> {
  const refused = outputProblem(options.input, options.out, options.report);
  if (refused !== null) {
    log(`error: ${refused}`);
    return 2;
  }
  // Load inputs.
  let folder;
  try {
    const known = options.cache === false ? undefined : knownHashes(options.input, cacheFolder(options, HASHES_FOLDER));
    folder = await timedAsync(options.timings, "read", () => readInputFolder(options.input, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, known));
    try {
      known?.save();
    } catch (error) {
      log(`warning: the cache of input hashes could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); the next build will read every file again.`);
    }
  } catch (error) {
    if (error instanceof ManifestRefused) {
      log(`error: ${error.message}.`);
      return 2;
    }
    log(`error: cannot read the input folder "${options.input}": ${error instanceof Error ? error.message : String(error)}. Give an existing folder of .txt files with --input.`);
    return 2;
  }
  for (const s of folder.skipped) log(`  skipped ${printable(s.path)}: ${s.reason}`);
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

  // Same inputs, code and options as the latest version: the bytes would be the same (the date
  // aside: a release is not made again for a new day), so stop here.
  const details = folder.manifestText === null ? {} : parseManifest(folder.manifestText, new Set(folder.files.map((f) => f.path))).manifest.dataset;
  // The release's date, decided here once (the stages read no clock) and recorded in build.json.
  let releaseDate = options.releaseDate;
  if (releaseDate === undefined) {
    const chosen = releaseDateFor(details.release_date ?? null, process.env, new Date());
    if ("error" in chosen) {
      log(`error: ${chosen.error}.`);
      return 2;
    }
    releaseDate = chosen.date;
  }
  const earlyDir = join(options.out, details.name ?? DEFAULT_IDENTITY.name);
  const odd = datasetFolderProblem(earlyDir);
  if (odd !== null) {
    log(`error: ${odd}`);
    return 2;
  }
  const latest = await latestVersion(earlyDir);
  if (latest !== null && (options.version === null || options.version === latest)) {
    const makings = makingsDigest(provenanceOf(code, folder.files, folder.manifestText, null, latest, options.pseudonymKey));
    // The cache's note first: a few bytes, where build.json names every input (10 MB at 100,000).
    const noted = options.cache !== false && knownToMake(earlyDir, makings, latest, notesDir);
    if (noted || (await recordedMakings(join(earlyDir, latest, BUILD_RECORD_PATH))) === makings) {
      log(`build: nothing differs from the published ${latest} in ${earlyDir} (${noted ? "these inputs, code and options are noted as making it" : "the inputs, code and options that made it"}): no new version.`);
      log(`build: inputs ${folder.files.length} as when ${latest} was ${noted ? "last built" : "built"}, ${folder.skipped.length} skipped; records as published in ${latest}; unchanged ${latest}`);
      return 0;
    }
  }

  // Process data: the stage, the comparison and the writers are loaded only now, so that a
  // rebuild which stops above never pays for loading them.
  const { processAndPublish } = await import("./build-and-publish.ts");
  return processAndPublish({ ...options, releaseDate }, log, writeReport, folder, code);
}

/** The makings digest of a version's build.json, or null when it cannot be read as one. */
async function recordedMakings(file: string): Promise<string | null> {
  try {
    const { parseBuildRecord } = await import("../release/parse-build-record.ts");
    return makingsDigest(parseBuildRecord(file, await readFile(file, "utf8")));
  } catch {
    return null;
  }
}
