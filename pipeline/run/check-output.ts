// The output side is checked before anything is written: where --out and --report point, and the
// state of the dataset folder a build would add a version to. Each odd state is refused with one line
// that names the file and what to do (exit 2), rather than met halfway through a build, where it
// hung, crashed or left a version half made. Read-only: nothing here writes.
import { accessSync, constants, lstatSync, readdirSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { within } from "../text/path-within.ts";
import { readListedFileSync } from "../ingest/open-listed.ts";
import { CHECKSUMS_PATH, LATEST_FILE, PAGE_FILE } from "../release/release-files.ts";
import { parseChecksums } from "../release/read-release.ts";
import { isPublishableVersion } from "../release/semver.ts";
import { printable } from "../text/printable.ts";

/** The path with every part that exists resolved (links included), and the rest as given. */
export function resolvedPath(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(existing), ...rest.reverse());
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return resolve(path);
      rest.push(basename(existing));
      existing = parent;
    }
  }
}

function kindOf(path: string): "missing" | "folder" | "file" | "other" {
  try {
    const stat = lstatSync(path);
    return stat.isDirectory() ? "folder" : stat.isFile() ? "file" : "other";
  } catch {
    return "missing";
  }
}

/** The nearest folder above `path` (or itself) that exists. */
function nearestExisting(path: string): string {
  let at = resolve(path);
  while (kindOf(at) === "missing" && dirname(at) !== at) at = dirname(at);
  return at;
}

// Kernel file systems look like folders but take no files: mkdir there fails or, recursively, spins.
const KERNEL_FOLDERS = ["/proc", "/sys", "/dev"];

/** Why the build may not write to `out` (and `report`), or null when it may. */
export function outputProblem(input: string, out: string, report: string | undefined): string | null {
  const realInput = resolvedPath(input);
  const realOut = resolvedPath(out);
  const o = printable(out);
  if (within(realOut, realInput)) return `--out ${o} is ${realOut === realInput ? "the input folder itself" : "inside the input folder"} ${printable(input)}: each build would read its own output. Give an output folder outside the input.`;
  if (within(realInput, realOut)) return `--input ${printable(input)} is inside the output folder ${o}: a published dataset is never read as input. Copy the texts to a folder of their own.`;
  if (KERNEL_FOLDERS.some((k) => within(realOut, k))) return `--out ${o} is on a kernel file system (${realOut.split(sep).slice(0, 2).join(sep)}), which holds no files. Give an ordinary folder.`;
  const outKind = kindOf(realOut);
  if (outKind !== "missing" && outKind !== "folder") return `--out ${o} exists and is not a folder. Give a folder (it is made if missing).`;
  const parent = nearestExisting(realOut);
  if (kindOf(parent) !== "folder") return `--out ${o} cannot be made: ${printable(parent)} is not a folder.`;
  try {
    accessSync(parent, constants.W_OK | constants.X_OK);
  } catch {
    return `--out ${o} cannot be written: ${printable(parent)} may not be written by you. Give a folder you can write to.`;
  }
  if (report !== undefined) {
    const r = printable(report);
    const realReport = resolvedPath(report);
    if (within(realReport, realInput)) return `--report ${r} is inside the input folder: the report would be read (or overwrite an input) next time. Write it elsewhere.`;
    if (within(realReport, realOut)) return `--report ${r} is inside the output folder, whose published files never change. Write it elsewhere.`;
    const kind = kindOf(realReport);
    if (kind !== "missing" && kind !== "file") return `--report ${r} exists and is not a file. Give a file name.`;
    if (kindOf(dirname(realReport)) !== "folder") return `--report ${r}: the folder ${printable(dirname(report))} does not exist. Make it, or give another file.`;
  }
  return null;
}

/** Why a shard may not leave its entries in `entries`, or null when it may: never in the input, nor around it. */
export function entriesProblem(input: string, entries: string): string | null {
  const realInput = resolvedPath(input);
  const realEntries = resolvedPath(entries);
  const e = printable(entries);
  if (within(realEntries, realInput)) return `--entries ${e} is ${realEntries === realInput ? "the input folder itself" : "inside the input folder"} ${printable(input)}: the shards' files would be listed with the texts. Give a folder outside the input.`;
  if (within(realInput, realEntries)) return `--input ${printable(input)} is inside the entries folder ${e}: the texts would lie among the shards' files. Give an entries folder of its own.`;
  return null;
}

/**
 * Why a build may not add a version to `datasetDir` as it stands, or null when it may. The latest
 * version must be whole, since the new one is compared with it and numbered after it.
 */
export function datasetFolderProblem(datasetDir: string): string | null {
  const d = printable(datasetDir);
  const kind = kindOf(datasetDir);
  if (kind === "missing") return null;
  if (kind !== "folder") return `${d} exists and is not a folder: move it away, or give another --out.`;
  const catalog = kindOf(join(datasetDir, "versions.json"));
  if (catalog !== "missing" && catalog !== "file") return `${d}/versions.json is not a file: remove it (the build writes it again from the version folders).`;
  const page = kindOf(join(datasetDir, PAGE_FILE));
  if (page !== "missing" && page !== "file") return `${d}/${PAGE_FILE} is not a file: remove it (the build writes it again from the version folders).`;
  const versions: string[] = [];
  for (const name of readdirSync(datasetDir)) {
    if (!/^\d+\.\d+\.\d+$/.test(name)) continue;
    if (!isPublishableVersion(name)) return `${d}/${printable(name)} is not a version this tool publishes (no leading zeros; each number below 1,000,000,000): move it out of the dataset folder.`;
    if (kindOf(join(datasetDir, name)) !== "folder") return `${d}/${name} is not a folder: move it out of the dataset folder.`;
    if (kindOf(join(datasetDir, name, CHECKSUMS_PATH)) !== "file") return `${d}/${name}/ has no ${CHECKSUMS_PATH}, so it is not a published version (a copy cut short?): restore it from a copy, or remove the folder.`;
    versions.push(name);
  }
  const latestKind = kindOf(join(datasetDir, LATEST_FILE));
  if (latestKind === "missing") {
    return versions.length === 0 ? null : `${d} holds versions (${versions.join(", ")}) but no ${LATEST_FILE} file: write the latest of them into ${d}/${LATEST_FILE}, then build again.`;
  }
  if (latestKind !== "file") return `${d}/${LATEST_FILE} is not a file: make it a file holding the latest version (such as 1.2.0).`;
  let latest: string;
  try {
    latest = new TextDecoder().decode(readListedFileSync(join(datasetDir, LATEST_FILE), 64)).trim();
  } catch {
    return `${d}/${LATEST_FILE} cannot be read, or is far longer than a version: make it a file holding the latest version (such as 1.2.0).`;
  }
  if (!isPublishableVersion(latest)) return `${d}/${LATEST_FILE} holds ${JSON.stringify(printable(latest.slice(0, 40)))}, not a version: make it hold the latest version (such as 1.2.0).`;
  if (!versions.includes(latest)) return `${d}/${LATEST_FILE} names ${latest}, but ${d}/${latest}/ is not there: restore that version from a copy, or make ${LATEST_FILE} name the latest version that is.`;
  return latestVersionProblem(join(datasetDir, latest), `${d}/${latest}`);
}

/** Every file the latest version's SHA256SUMS lists is there, with datapackage.json and build.json. */
function latestVersionProblem(versionDir: string, shown: string): string | null {
  let sums: Map<string, string>;
  try {
    sums = parseChecksums(new TextDecoder().decode(readListedFileSync(join(versionDir, CHECKSUMS_PATH), 64 * 1_048_576)));
  } catch {
    return `${shown}/${CHECKSUMS_PATH} cannot be read: restore the version from a copy.`;
  }
  for (const required of ["datapackage.json", "build.json"]) if (!sums.has(required)) return `${shown}/${CHECKSUMS_PATH} does not list ${required}, so the version is not whole: restore it from a copy.`;
  for (const path of sums.keys()) {
    if (kindOf(join(versionDir, path)) !== "file") return `${shown}/${printable(path)} is missing, though ${CHECKSUMS_PATH} lists it: restore the version from a copy (verify names what else differs).`;
  }
  // A file cut short keeps its name, and sizes are not in SHA256SUMS: the build reads the version's
  // tables back to compare, and names the one that does not parse then.
  return null;
}
