// Whether a published version is what its recorded inputs make: rebuilt from the input folder with
// today's code, or, when today's code makes other bytes and other code built it, with that code from
// the git history. It can only be compared when the folder holds the very inputs build.json records,
// the pseudonym key is at hand, and the code that built it can be run; otherwise it does not run, and
// says why, since none of that tells against the version.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { buildDataset } from "../stage/build-dataset.ts";
import { pseudonymKeyId } from "../stage/pseudonym-key.ts";
import type { Dataset } from "../dataset.ts";
import { digestOf, textOf, type FileContent } from "../format/file-content.ts";
import { renderReleaseFiles } from "../publish/render-with-workbook.ts";
import { changeReport } from "../release/changelog.ts";
import { codeFingerprints } from "../release/code-fingerprint.ts";
import { describeDifferences, inputDifferences } from "./input-differences.ts";
import { planRelease } from "../release/plan.ts";
import type { BuildProvenance } from "../release/provenance.ts";
import { readSnapshot, versionSide } from "../release/read-release.ts";
import { withRecords } from "../release/record-changes.ts";
import { datasetSide } from "../release/snapshot.ts";
import type { ReproducibilityResult } from "./verify-result.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import { printable } from "../text/printable.ts";
import { sha256Hex } from "../text/sha256.ts";
import type { InputFolder } from "../ingest/read-folder.ts";
import { rebuildFromHistory, type GitHistory, type VersionToRebuild } from "./rebuild-from-history.ts";

export const NO_INPUT = "no input folder given; give --input DIR, the folder of texts this version was built from";

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

/**
 * The release as publishing made it, from a rebuilt dataset and what build.json records: the
 * changes against the version before it, and the provenance as recorded (what the build that made it
 * knew and today's rebuild cannot, such as the lockfile it ran with).
 */
function releaseOf(dataset: Dataset, provenance: BuildProvenance, compared: Awaited<ReturnType<typeof withRecords>>, version: string): Dataset {
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, dataset.tables[t].length]));
  return { ...dataset, changes: changeReport(compared, version, counts), provenance };
}

/** Today's code on the recorded inputs: each release file whose bytes differ from the published one. */
async function rebuildProblems(v: VersionToRebuild, folder: InputFolder): Promise<string[]> {
  const { datasetDir, version, provenance } = v;
  const { dataset } = buildDataset({ files: folder.files, manifestText: folder.manifestText, version, releaseDate: provenance.releaseDate, pseudonymKey: provenance.options.pseudonymizeResidents ? v.pseudonymKey : null });
  const previous = provenance.previousVersion === null ? null : await readSnapshot(join(datasetDir, provenance.previousVersion), provenance.previousVersion);
  const plan = await planRelease(dataset, previous, null, renderReleaseFiles);
  const comparison = plan.action === "publish" ? plan.comparison : null;
  const compared = previous === null ? null : await withRecords(comparison, versionSide(join(datasetDir, previous.version), previous.schemas), datasetSide(dataset));
  const rebuilt = await renderReleaseFiles(releaseOf(dataset, provenance, compared, version));
  const problems: string[] = [];
  for (const [path, content] of rebuilt) {
    if (!v.published.has(path)) problems.push(`${printable(path)}: the rebuild makes it, the published version lacks it`);
    else if (v.published.get(path) !== digestOf(content).sha256) problems.push(`${printable(path)}: the rebuild differs ${await whereDiffers(join(datasetDir, version, path), content)}`);
  }
  for (const path of v.published.keys()) if (!rebuilt.has(path)) problems.push(`${printable(path)}: published, but the rebuild does not make it`);
  return problems;
}

/** The input folder verify was given, and what it holds. */
export interface GivenInput {
  dir: string;
  folder: InputFolder;
}

/** `input`: the folder given and what it holds, or null when none was given. */
export async function checkReproducibility(v: Omit<VersionToRebuild, "input">, input: GivenInput | null, history: GitHistory, log: (line: string) => void): Promise<ReproducibilityResult> {
  if (input === null) return { status: "not-run", reason: NO_INPUT };
  const { version, provenance } = v;
  const have = new Map(input.folder.files.map((f) => [f.path, f.sha256]));
  const differences = inputDifferences(provenance, have, input.folder.manifestText === null ? null : sha256Hex(input.folder.manifestText));
  if (differences.length > 0) {
    return { status: "not-run", reason: `"${printable(input.dir)}" is not the folder of texts ${version} was built from: ${describeDifferences(differences)}; give --input DIR, the folder it was built from` };
  }
  const request: VersionToRebuild = { ...v, input: input.dir };
  // Keyed pseudonyms are rebuilt only with the key they were made with; an older release made
  // unkeyed ones, which only the code that built it makes.
  const { pseudonymizeResidents, pseudonymKeyId: keyId } = provenance.options;
  if (pseudonymizeResidents && keyId !== null) {
    if (v.pseudonymKey === null) return { status: "not-run", reason: "its residents' names were replaced by pseudonyms keyed with the publisher's secret key, which verify was not given; set CLAIMS_PSEUDONYM_KEY or give --pseudonym-key-file FILE" };
    const given = pseudonymKeyId(v.pseudonymKey);
    if (given !== keyId) return { status: "not-run", reason: `the pseudonym key given is not the one it was built with (key id ${given}, this version's ${keyId}); give the key it was built with` };
  }
  const code = `code_sha256 ${provenance.pipeline.codeSha256.slice(0, 12)}`;
  if (pseudonymizeResidents && keyId === null) {
    const older = await rebuildFromHistory(request, history, log);
    return older.status === "not-run" ? { status: "not-run", reason: `its unkeyed pseudonyms are made only by the code that built it (${code}), and ${older.reason}` } : older;
  }
  const problems = await rebuildProblems(request, input.folder);
  if (problems.length === 0) return { status: "passed", by: "today's code" };
  if ((await codeFingerprints()).pipeline.codeSha256 === provenance.pipeline.codeSha256) return { status: "failed", by: "today's code", problems };
  // Today's code makes other bytes, and other code built this version: rebuild with that code.
  const older = await rebuildFromHistory(request, history, log);
  if (older.status !== "not-run") return older;
  return { status: "not-run", reason: `built by other pipeline code than today's (${code}; today's rebuilds ${problems.length} ${problems.length === 1 ? "file" : "files"} otherwise), and ${older.reason}` };
}
