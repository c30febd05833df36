// `verify [VERSION]`: check a published version two ways. Every file must still have the bytes
// SHA256SUMS lists (a file edited by hand shows here), and a rebuild from the inputs build.json
// records must give those same bytes (a release the sources no longer make shows here).
import { sha256Hex } from "../text/sha256.ts";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { buildDataset } from "../build/build-dataset.ts";
import type { Dataset } from "../dataset.ts";
import { MANIFEST_FILE } from "../ingest/manifest.ts";
import { digestOf, textOf, type FileContent } from "../publish/file-content.ts";
import { hashTree } from "../publish/read-tree.ts";
import { CHECKSUMS_PATH } from "../publish/render.ts";
import { renderReleaseFiles } from "../publish/render-with-workbook.ts";
import { changeReport } from "../release/changelog.ts";
import { codeFingerprints } from "../release/code-fingerprint.ts";
import { parseBuildRecord } from "../release/parse-build-record.ts";
import { planRelease } from "../release/plan.ts";
import { BUILD_RECORD_PATH } from "../release/provenance.ts";
import { parseChecksums, publishedVersions, readSnapshot } from "../release/read-release.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import { readInputFolder } from "./read-input.ts";
import { rebuildFromHistory } from "./rebuild-from-history.ts";
import { CommandRefused, datasetFolder, publishedVersion } from "./dataset-folder.ts";
import { pseudonymKeyId } from "../build/pseudonym-key.ts";

export interface VerifyOptions {
  input: string;
  out: string;
  dataset: string | null;
  /** A version, or null for every published version. */
  version: string | null;
  /** The publisher's pseudonym key, needed to rebuild a version whose residents' names were replaced. */
  pseudonymKey: string | null;
  /** The limit on one input file the build was given (build --max-file-mb). */
  maxFileBytes: number;
}

function firstDifferingLine(a: string, b: string): string {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: published ${JSON.stringify((x[i] ?? "<none>").slice(0, 120))}, rebuilt ${JSON.stringify((y[i] ?? "<none>").slice(0, 120))}`;
  }
  return "same lines, different bytes";
}

/** Where a text first differs from the published file; large or binary files are only said to differ. */
async function whereDiffers(file: string, content: FileContent): Promise<string> {
  if (content instanceof Uint8Array || (await stat(file)).size > 64 * 1024 * 1024) return "(a binary or very large file)";
  return `at ${firstDifferingLine(await readFile(file, "utf8"), textOf(content)!)}`;
}

/** Published bytes against SHA256SUMS: missing, extra and altered files. */
async function integrityProblems(versionDir: string): Promise<string[]> {
  const sums = parseChecksums(await readFile(join(versionDir, CHECKSUMS_PATH), "utf8"));
  const problems: string[] = [];
  const present = (await hashTree(versionDir)) ?? new Map<string, string | null>();
  for (const [path, hex] of sums) {
    if (!present.has(path)) {
      problems.push(`${path}: listed in SHA256SUMS but missing`);
      continue;
    }
    if (present.get(path) !== hex) problems.push(`${path}: its bytes are not the ones SHA256SUMS lists (edited after publishing?)`);
  }
  for (const path of present.keys()) if (path !== CHECKSUMS_PATH && !sums.has(path)) problems.push(`${path}: not listed in SHA256SUMS (added after publishing?)`);
  return problems;
}

/** Rebuilds the version from the recorded inputs and names every file whose bytes differ. */
async function rebuildProblems(datasetDir: string, version: string, options: VerifyOptions, log: (line: string) => void): Promise<string[]> {
  const versionDir = join(datasetDir, version);
  const provenance = parseBuildRecord(join(versionDir, BUILD_RECORD_PATH), await readFile(join(versionDir, BUILD_RECORD_PATH), "utf8"));
  const folder = await readInputFolder(options.input, options.maxFileBytes);
  const have = new Map(folder.files.map((f) => [f.path, f.sha256]));
  const problems: string[] = [];
  for (const input of provenance.inputs) {
    if (have.get(input.path) !== input.sha256) problems.push(`input ${options.input}/${input.path}: ${have.has(input.path) ? "has other bytes than" : "is missing, unlike"} the one this version was built from`);
  }
  for (const path of have.keys()) if (!provenance.inputs.some((i) => i.path === path)) problems.push(`input ${options.input}/${path}: was not an input of this version`);
  const manifestSha = folder.manifestText === null ? null : sha256Hex(folder.manifestText);
  if (manifestSha !== (provenance.manifest?.sha256 ?? null)) problems.push(`input ${options.input}/${MANIFEST_FILE}: differs from the one this version was built from`);
  if (problems.length > 0) return problems;

  // Keyed pseudonyms are rebuilt only with the key they were made with; an older release made
  // unkeyed ones, which the code that built it rebuilds.
  const { pseudonymizeResidents, pseudonymKeyId: keyId } = provenance.options;
  if (pseudonymizeResidents && keyId !== null) {
    if (options.pseudonymKey === null) return [`cannot rebuild ${version} to compare it: its residents' names were replaced by pseudonyms keyed with the publisher's secret key, which verify was not given (set CLAIMS_PSEUDONYM_KEY or --pseudonym-key-file); the checksums above are all that could be checked`];
    if (pseudonymKeyId(options.pseudonymKey) !== keyId) return [`cannot rebuild ${version} to compare it: the pseudonym key given is not the one it was built with (key id ${pseudonymKeyId(options.pseudonymKey)}, this version's ${keyId})`];
  }
  if (pseudonymizeResidents && keyId === null) return rebuildFromHistory(datasetDir, version, provenance, options.input);
  // With the date the build recorded: the day it runs on is no part of what it rebuilds.
  const { dataset } = buildDataset({ files: folder.files, manifestText: folder.manifestText, version, releaseDate: provenance.releaseDate, pseudonymKey: pseudonymizeResidents ? options.pseudonymKey : null });
  const previous = provenance.previousVersion === null ? null : await readSnapshot(join(datasetDir, provenance.previousVersion), provenance.previousVersion);
  const plan = await planRelease(dataset, previous, null, renderReleaseFiles);
  const comparison = plan.action === "publish" ? plan.comparison : null;
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, dataset.tables[t].length]));
  const release: Dataset = { ...dataset, changes: changeReport(comparison, version, counts), provenance };
  const rebuilt = await renderReleaseFiles(release);
  const published = (await hashTree(versionDir)) ?? new Map<string, string | null>();
  for (const [path, content] of rebuilt) {
    if (!published.has(path)) {
      problems.push(`${path}: the rebuild makes it, the published version lacks it`);
      continue;
    }
    if (published.get(path) !== digestOf(content).sha256) problems.push(`${path}: the rebuild differs ${await whereDiffers(join(versionDir, path), content)}`);
  }
  for (const path of published.keys()) if (!rebuilt.has(path)) problems.push(`${path}: published, but the rebuild does not make it`);
  // Today's code makes other bytes: if other code built this version, rebuild with that code.
  if (problems.length > 0 && (await codeFingerprints()).pipeline.codeSha256 !== provenance.pipeline.codeSha256) {
    log(`verify ${version}: built by other pipeline code than today's; rebuilding with the commit that holds that code ...`);
    return rebuildFromHistory(datasetDir, version, provenance, options.input, options.pseudonymKey);
  }
  return problems;
}

export async function runVerify(options: VerifyOptions, log: (line: string) => void): Promise<number> {
  let datasetDir: string;
  let versions: string[];
  try {
    datasetDir = await datasetFolder(options.out, options.dataset);
    versions = options.version !== null ? [await publishedVersion(datasetDir, options.version)] : await publishedVersions(datasetDir);
    if (versions.length === 0) throw new CommandRefused(`no published version in ${datasetDir}; build one first`);
  } catch (error) {
    log(`error: ${error instanceof Error ? error.message : String(error)}.`);
    return 2;
  }
  let failed = 0;
  for (const version of versions) {
    let problems: string[];
    try {
      problems = [...(await integrityProblems(join(datasetDir, version))), ...(await rebuildProblems(datasetDir, version, options, log))];
    } catch (error) {
      log(`verify ${version}: cannot check it: ${error instanceof Error ? error.message : String(error)}`);
      failed++;
      continue;
    }
    if (problems.length === 0) log(`verify ${version}: every file matches SHA256SUMS, and the rebuild from the recorded inputs gives the same bytes.`);
    else {
      failed++;
      log(`verify ${version}: FAILED`);
      for (const p of problems) log(`  ${p}`);
    }
  }
  return failed === 0 ? 0 : 1;
}
