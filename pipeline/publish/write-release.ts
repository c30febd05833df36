// The I/O edge of publishing: rendered files in, a version folder on disk out. A published
// version is immutable: identical bytes are left alone, different bytes are refused, and a new
// version appears whole (written beside it, then renamed) or not at all.
import { link, mkdir, open, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Dataset } from "../dataset.ts";
import { compareVersions, parseVersion } from "../release/semver.ts";
import { createHash } from "node:crypto";
import { digestOf, isChunked, piecesOf, rememberDigest, type Digest, type FileContent } from "../format/file-content.ts";
import { fileWritten } from "./write-faults.ts";
import { hashTree } from "./read-tree.ts";
import { compareStrings } from "../text/compare.ts";
import { checkReleasePath } from "./release-path.ts";
import { LATEST_FILE } from "../release/release-files.ts";
import { readListedFile } from "../ingest/open-listed.ts";
import { sha256Hex } from "../text/sha256.ts";


export type WriteStatus = "written" | "unchanged" | "refused";

export interface WriteResult {
  status: WriteStatus;
  /** The version folder, joined from the inputs as given (never made absolute). */
  dir: string;
  /** Relative paths that differ between the folder on disk and the rendered files (refused only). */
  differing: string[];
}

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
/**
 * A published version whose files a new one may share: its folder and the hashes its SHA256SUMS
 * lists. `shares` says which paths are worth a look (the texts, of which most stay the same).
 */
export interface PublishedFiles {
  dir: string;
  hashes: ReadonlyMap<string, string>;
  shares(path: string): boolean;
}

/**
 * A file with the same bytes as the previous version's file at the same path is a hard link to it,
 * not a copy: nothing the pipeline does ever writes into a published file (a version is written
 * whole into a staging folder of new files, then renamed into place), so the two names hold the
 * same bytes for good, and verify checks each version's own. Where links are refused (another file
 * system, a file system without them), the file is written. The linked file is read and hashed: one
 * edited since it was published, or swapped for a link (hard or symbolic) to another file, would
 * bring its bytes into the new version, not the ones SHA256SUMS lists; it is written afresh.
 */
async function linkedFromPrevious(previous: PublishedFiles | undefined, path: string, content: FileContent, target: string): Promise<Digest | null> {
  if (previous === undefined || !previous.shares(path)) return null;
  const published = previous.hashes.get(path);
  if (published === undefined) return null;
  const digest = digestOf(content);
  if (digest.sha256 !== published) return null;
  try {
    await link(join(previous.dir, path), target);
  } catch {
    return null;
  }
  // Checked through the new name, after the link: the file it names can no longer be swapped.
  const { bytes } = await readListedFile(target, digest.bytes).catch(() => ({ bytes: null }));
  if (bytes !== null && sha256Hex(bytes) === published) return digest;
  await rm(target, { force: true });
  return null;
}

export async function writeFilesInto(folder: string, files: ReadonlyMap<string, FileContent>, previous?: PublishedFiles): Promise<Map<string, Digest>> {
  const digests = new Map<string, Digest>();
  const made = new Set<string>();
  await mkdir(folder, { recursive: true });
  made.add(folder);
  const targetOf = async (path: string): Promise<string> => {
    const target = join(folder, path);
    const parent = dirname(target);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    return target;
  };
  const inStep = [...files].filter(([, content]) => isChunked(content) && content.perDocument === true);
  if (inStep.length > 0) {
    const sinks = await Promise.all(inStep.map(async ([path, content]) => ({ path, content, sink: await openSink(await targetOf(path)), pieces: piecesOf(content)[Symbol.iterator]() })));
    try {
      // A piece of each in turn: each file's next piece is the same document's.
      for (let open = sinks; open.length > 0; ) {
        const going = [];
        for (const file of open) {
          const next = file.pieces.next();
          if (next.done) {
            digests.set(file.path, await file.sink.close(file.content));
            fileWritten();
          } else {
            await file.sink.write(next.value);
            going.push(file);
          }
        }
        open = going;
      }
    } finally {
      for (const file of sinks) await file.sink.abandon();
    }
  }
  for (const [path, content] of files) {
    if (digests.has(path)) continue;
    const linked = await linkedFromPrevious(previous, path, content, await targetOf(path));
    if (linked !== null) {
      digests.set(path, linked);
      fileWritten();
      continue;
    }
    const sink = await openSink(await targetOf(path));
    try {
      for (const piece of piecesOf(content)) await sink.write(piece);
      digests.set(path, await sink.close(content));
    } finally {
      await sink.abandon();
    }
    fileWritten();
  }
  return digests;
}

/** A file being written: pieces are gathered into writes of about a megabyte, and hashed on the way. */
async function openSink(target: string) {
  const file = await open(target, "w");
  const hash = createHash("sha256");
  let bytes = 0;
  // Pieces are copied into one buffer, not held: a piece is often a slice of a whole entry file,
  // and holding a megabyte of small slices would keep thousands of those files in memory.
  const pending = spareBuffers.pop() ?? Buffer.allocUnsafe(WRITE_BYTES);
  let pendingBytes = 0;
  let closed = false;
  const writeAll = async (buffer: Uint8Array, length: number) => {
    // A write may take fewer bytes than given: go on until the piece is down.
    for (let done = 0; done < length; ) done += (await file.write(buffer, done, length - done)).bytesWritten;
  };
  const flush = async () => {
    await writeAll(pending, pendingBytes);
    pendingBytes = 0;
  };
  return {
    async write(piece: string | Uint8Array): Promise<void> {
      const buffer = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
      hash.update(buffer);
      bytes += buffer.byteLength;
      if (pendingBytes + buffer.byteLength > WRITE_BYTES) await flush();
      if (buffer.byteLength >= WRITE_BYTES) await writeAll(buffer, buffer.byteLength);
      else {
        pending.set(buffer, pendingBytes);
        pendingBytes += buffer.byteLength;
      }
    },
    async close(content: FileContent): Promise<Digest> {
      if (pendingBytes > 0) await flush();
      closed = true;
      spareBuffers.push(pending);
      await file.close();
      const digest = { sha256: hash.digest("hex"), bytes };
      rememberDigest(content, digest);
      return digest;
    },
    /** Closes the file if a failure left it open. */
    async abandon(): Promise<void> {
      if (!closed) {
        closed = true;
        spareBuffers.push(pending);
        await file.close();
      }
    },
  };
}

const WRITE_BYTES = 1 << 20;
// Write buffers of closed files, for the next file: a release of 100,000 texts needs a few, not 100,000.
const spareBuffers: Buffer[] = [];

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
