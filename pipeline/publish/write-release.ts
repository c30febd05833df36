// The I/O edge of publishing: rendered files in, a version folder on disk out. A published
// version is immutable: identical bytes are left alone, different bytes are refused, and a new
// version appears whole (written beside it, then renamed) or not at all.
import { mkdir, open, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Dataset } from "../dataset.ts";
import { compareVersions, parseVersion } from "../release/semver.ts";
import { createHash } from "node:crypto";
import { digestOf, piecesOf, rememberDigest, type Digest, type FileContent } from "./file-content.ts";
import { fileWritten } from "./write-faults.ts";
import { hashTree } from "./read-tree.ts";
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
  staged: StagedFiles | null = null,
): Promise<WriteResult> {
  const { name, version } = dataset.identity;
  checkFolderName("dataset name", name);
  checkFolderName("version", version);
  for (const path of files.keys()) checkReleasePath(path, "writeRelease");
  const datasetDir = join(outDir, name);
  const dir = join(datasetDir, version);

  // Load inputs.
  const existing = await hashTree(dir);

  // Process data.
  if (existing !== null) {
    const differing = differingPaths(existing, files);
    if (differing.length > 0) return { status: "refused", dir, differing };
  }

  // Save outputs.
  if (existing === null) await writeWhole(datasetDir, dir, version, files, staged);
  else if (staged !== null) await rm(staged.dir, { recursive: true, force: true });
  await updateLatest(datasetDir, version);
  return { status: existing === null ? "written" : "unchanged", dir, differing: [] };
}

/** Files already written (and hashed) into a staging folder beside the versions, by the build. */
export interface StagedFiles {
  dir: string;
  paths: ReadonlySet<string>;
}

/** A staging folder's name beside the version folders: a leftover if the run dies, cleared like one. */
export function stagingFolder(datasetDir: string): string {
  return join(datasetDir, `.staging.tmp-${process.pid}`);
}

/** Clears the temporary folders of runs that died before their rename: they are never versions. */
export async function clearLeftovers(datasetDir: string, keep: string | null = null): Promise<void> {
  await mkdir(datasetDir, { recursive: true });
  for (const entry of await readdir(datasetDir)) if (/^\..+\.tmp-\d+$/.test(entry) && join(datasetDir, entry) !== keep) await rm(join(datasetDir, entry), { recursive: true, force: true });
}

/** Writes files into `folder` piece by piece, making each subfolder once; returns each file's digest. */
export async function writeFilesInto(folder: string, files: ReadonlyMap<string, FileContent>): Promise<Map<string, Digest>> {
  const digests = new Map<string, Digest>();
  const made = new Set<string>();
  await mkdir(folder, { recursive: true });
  made.add(folder);
  for (const [path, content] of files) {
    const target = join(folder, path);
    const parent = dirname(target);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    digests.set(path, await writeContent(target, content));
    fileWritten();
  }
  return digests;
}

async function writeWhole(datasetDir: string, dir: string, version: string, files: Map<string, FileContent>, staged: StagedFiles | null): Promise<void> {
  const tmp = join(datasetDir, `.${version}.tmp-${process.pid}`);
  await clearLeftovers(datasetDir, staged?.dir ?? null);
  try {
    // The data files are in the staging folder already: it becomes the version's folder.
    if (staged !== null) await rename(staged.dir, tmp);
    await writeFilesInto(tmp, staged === null ? files : new Map([...files].filter(([path]) => !staged.paths.has(path))));
    await rename(tmp, dir);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Writes a content piece by piece (a table is written as it is rendered, never held whole), hashing it on the way. */
async function writeContent(target: string, content: FileContent): Promise<Digest> {
  const file = await open(target, "w");
  const hash = createHash("sha256");
  let bytes = 0;
  try {
    for (const piece of piecesOf(content)) {
      const buffer = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
      hash.update(buffer);
      // A write may take fewer bytes than given: go on until the piece is down.
      for (let done = 0; done < buffer.byteLength; ) done += (await file.write(buffer, done)).bytesWritten;
      bytes += buffer.byteLength;
    }
  } finally {
    await file.close();
  }
  const digest = { sha256: hash.digest("hex"), bytes };
  rememberDigest(content, digest);
  return digest;
}

/** Paths missing on disk, extra on disk, or with other bytes; sorted. */
function differingPaths(existing: Map<string, string | null>, files: Map<string, FileContent>): string[] {
  const differing = new Set<string>();
  for (const [path, content] of files) {
    const onDisk = existing.get(path);
    if (onDisk === undefined || onDisk !== digestOf(content).sha256) differing.add(path);
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
