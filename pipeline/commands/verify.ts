// `verify [VERSION]`: check a published version two ways. Integrity: every file SHA256SUMS lists must
// still have the bytes it lists (a file edited by hand shows here). Reproducibility: a rebuild from
// the inputs build.json records must give those same bytes (a release the sources no longer make
// shows here). Each check passes, fails, or could not run and says why; only a failure exits 1.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { systemReason } from "../ingest/open-listed.ts";
import { hashTree } from "../publish/read-tree.ts";
import { CHECKSUMS_PATH } from "../release/release-files.ts";
import { integrityOf } from "../verify/integrity.ts";
import { parseBuildRecord } from "../release/parse-build-record.ts";
import { BUILD_RECORD_PATH, type BuildProvenance } from "../release/provenance.ts";
import { parseChecksums, publishedVersions } from "../release/read-release.ts";
import { verdictFailed, verifyLines, type ReproducibilityResult, type VersionVerdict } from "../verify/verify-result.ts";
import { printable } from "../text/printable.ts";
import { CommandRefused, datasetFolder, publishedVersion } from "./dataset-folder.ts";
import { ManifestRefused, readInputFolder } from "../ingest/read-folder.ts";
import { PROJECT_HISTORY, type GitHistory } from "../verify/rebuild-from-history.ts";
import { checkReproducibility, type GivenInput } from "../verify/reproducibility.ts";

export interface VerifyOptions {
  /** The folder of texts the version was built from, or null when none was given: reproducibility then does not run. */
  input: string | null;
  out: string;
  dataset: string | null;
  /** A version, or null for every published version. */
  version: string | null;
  /** The publisher's pseudonym key, needed to rebuild a version whose residents' names were replaced. */
  pseudonymKey: string | null;
  /** The limit on one input file the build was given (build --max-file-mb). */
  maxFileBytes: number;
  /** Where the code that built an older version is looked for; this project's git history unless a test says otherwise. */
  history?: GitHistory;
}

async function readGivenInput(dir: string, maxFileBytes: number): Promise<GivenInput> {
  try {
    return { dir, folder: await readInputFolder(dir, maxFileBytes) };
  } catch (error) {
    if (error instanceof ManifestRefused) throw new CommandRefused(error.message);
    throw new CommandRefused(`cannot read the input folder "${printable(dir)}" (${systemReason(error)}); give --input DIR, the folder of texts the version was built from`);
  }
}

async function textOrNull(file: string): Promise<string | null> {
  return readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
}

/** What build.json records, or why it cannot be read: then nothing says what to rebuild from. */
async function recordedProvenance(versionDir: string): Promise<BuildProvenance | ReproducibilityResult> {
  const file = join(versionDir, BUILD_RECORD_PATH);
  try {
    const text = await textOrNull(file);
    if (text === null) return { status: "not-run", reason: `it has no ${BUILD_RECORD_PATH}, which records what it was built from` };
    return parseBuildRecord(file, text);
  } catch (error) {
    return { status: "not-run", reason: `its ${BUILD_RECORD_PATH} cannot be read as a build record (${error instanceof Error ? error.message : String(error)}), so what it was built from is not known` };
  }
}

async function verifyVersion(datasetDir: string, version: string, input: GivenInput | null, options: VerifyOptions, log: (line: string) => void): Promise<VersionVerdict> {
  // Load inputs: the version's files hashed once, for both checks.
  const versionDir = join(datasetDir, version);
  const present = (await hashTree(versionDir)) ?? new Map<string, string | null>();
  const sumsText = await textOrNull(join(versionDir, CHECKSUMS_PATH));
  const sums = sumsText === null ? null : parseChecksums(sumsText);
  const recorded = await recordedProvenance(versionDir);

  // Process: what is not part of the release takes no part in the rebuild's comparison either.
  const integrity = integrityOf(sums, present);
  const published = sums === null ? present : new Map([...present].filter(([path]) => path === CHECKSUMS_PATH || sums.has(path)));
  const reproducibility =
    "status" in recorded ? recorded : await checkReproducibility({ datasetDir, version, provenance: recorded, published, pseudonymKey: options.pseudonymKey }, input, options.history ?? PROJECT_HISTORY, log);
  return { version, integrity, reproducibility };
}

export async function runVerify(options: VerifyOptions, log: (line: string) => void): Promise<number> {
  let datasetDir: string;
  let versions: string[];
  let input: GivenInput | null;
  try {
    datasetDir = await datasetFolder(options.out, options.dataset);
    versions = options.version !== null ? [await publishedVersion(datasetDir, options.version)] : await publishedVersions(datasetDir);
    if (versions.length === 0) throw new CommandRefused(`no published version in ${datasetDir}; build one first`);
    input = options.input === null ? null : await readGivenInput(options.input, options.maxFileBytes);
  } catch (error) {
    log(`error: ${error instanceof Error ? error.message : String(error)}.`);
    return 2;
  }
  let failed = 0;
  for (const version of versions) {
    let verdict: VersionVerdict;
    try {
      verdict = await verifyVersion(datasetDir, version, input, options, log);
    } catch (error) {
      log(`verify ${version}: cannot check it: ${error instanceof Error ? error.message : String(error)}`);
      failed++;
      continue;
    }
    for (const line of verifyLines(verdict)) log(line);
    if (verdictFailed(verdict)) failed++;
  }
  return failed === 0 ? 0 : 1;
}
