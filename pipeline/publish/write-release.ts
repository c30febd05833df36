// The I/O edge of publishing: rendered files in, a version folder on disk out. A published
// version is immutable: identical bytes are left alone, different bytes are refused, and a new
// version appears whole (written beside it, then renamed) or not at all.
import { mkdir, open, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Dataset } from "../dataset.ts";
import { compareVersions, parseVersion } from "../release/semver.ts";
import { digestOf, piecesOf, type FileContent } from "./file-content.ts";
import { sha256Hex } from "../text/sha256.ts";
import { readTree } from "./read-tree.ts";
import { compareStrings } from "../text/compare.ts";
import { checkReleasePath } from "./release-path.ts";

export type WriteStatus = "written" | "unchanged" | "refused";

export interface WriteResult {
  status: WriteStatus;
  /** The version folder, joined from the inputs as given (never made absolute). */
  dir: string;
  /** Relative paths that differ between the folder on disk and the rendered files (refused only). */
  differing: string[];
}

export const LATEST_FILE = "latest";

export async function writeRelease(
  outDir: string,
  dataset: Dataset,
  files: Map<string, FileContent>,
): Promise<WriteResult> {
  const { name, version } = dataset.identity;
  checkFolderName("dataset name", name);
  checkFolderName("version", version);
  for (const path of files.keys()) checkReleasePath(path, "writeRelease");
  const datasetDir = join(outDir, name);
  const dir = join(datasetDir, version);

  // Load inputs.
  const existing = await readTree(dir);

  // Process data.
  if (existing !== null) {
    const differing = differingPaths(existing, files);
    if (differing.length > 0) return { status: "refused", dir, differing };
  }

  // Save outputs.
  if (existing === null) await writeWhole(datasetDir, dir, version, files);
  await updateLatest(datasetDir, version);
  return { status: existing === null ? "written" : "unchanged", dir, differing: [] };
}

async function writeWhole(datasetDir: string, dir: string, version: string, files: Map<string, FileContent>): Promise<void> {
  const tmp = join(datasetDir, `.${version}.tmp-${process.pid}`);
  // Leftovers of runs that died before their rename are never versions: clear them away.
  await mkdir(datasetDir, { recursive: true });
  for (const entry of await readdir(datasetDir)) if (/^\..+\.tmp-\d+$/.test(entry)) await rm(join(datasetDir, entry), { recursive: true, force: true });
  // For the test of an interrupted publish: die, unannounced, after writing this many files.
  const crashAfter = Number(process.env.CLAIMS_PIPELINE_CRASH_AFTER_FILES ?? Number.NaN);
  let written = 0;
  try {
    await mkdir(tmp, { recursive: true });
    // Each folder is made once, not once per file (a release holds a text per document).
    const made = new Set<string>([tmp]);
    for (const [path, content] of files) {
      const target = join(tmp, path);
      const folder = dirname(target);
      if (!made.has(folder)) {
        await mkdir(folder, { recursive: true });
        made.add(folder);
      }
      await writeContent(target, content);
      if (++written === crashAfter) process.kill(process.pid, "SIGKILL");
      // For the tests of a full disk or a read-only folder: fail as the system would, here.
      if (written === 3 && process.env.CLAIMS_PIPELINE_FAIL_WRITE) throw Object.assign(new Error(`${process.env.CLAIMS_PIPELINE_FAIL_WRITE}: simulated write failure`), { code: process.env.CLAIMS_PIPELINE_FAIL_WRITE });
    }
    await rename(tmp, dir);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Writes a content piece by piece: a table is written as it is rendered, never held whole. */
async function writeContent(target: string, content: FileContent): Promise<void> {
  const file = await open(target, "w");
  try {
    for (const piece of piecesOf(content)) await (typeof piece === "string" ? file.write(piece, null, "utf8") : file.write(piece));
  } finally {
    await file.close();
  }
}

/** Paths missing on disk, extra on disk, or with other bytes; sorted. */
function differingPaths(existing: Map<string, Buffer>, files: Map<string, FileContent>): string[] {
  const differing = new Set<string>();
  for (const [path, content] of files) {
    const onDisk = existing.get(path);
    if (onDisk === undefined || sha256Hex(onDisk) !== digestOf(content).sha256) differing.add(path);
  }
  for (const path of existing.keys()) if (!files.has(path)) differing.add(path);
  return [...differing].sort(compareStrings);
}

// `latest` names the highest released version, so writing an older version again leaves it alone.
async function updateLatest(datasetDir: string, version: string): Promise<void> {
  const entries = await readdir(datasetDir, { withFileTypes: true });
  const versions = entries.filter((e) => e.isDirectory() && parseVersion(e.name) !== null).map((e) => e.name);
  const highest = versions.sort(compareVersions).at(-1);
  if (highest !== version) return;
  const tmp = join(datasetDir, `.${LATEST_FILE}.tmp-${process.pid}`);
  await writeFile(tmp, `${version}\n`, "utf8");
  await rename(tmp, join(datasetDir, LATEST_FILE));
}

// Name and version become folder names: one plain segment each, never a way out of outDir.
function checkFolderName(what: string, value: string): void {
  if (value === "" || value.startsWith(".") || /[/\\\0]/.test(value)) {
    throw new Error(`writeRelease: expected the ${what} to be a plain folder name, got ${JSON.stringify(value)}`);
  }
}
