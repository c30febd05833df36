// Reading an input file without following links, and only the file that was listed. The folder is
// listed first and each file read later (by a worker thread, perhaps minutes after): a file swapped
// for a symbolic link in between would otherwise be followed, and a secret from outside the folder
// published. So a file is opened with O_NOFOLLOW (a link fails to open), O_NONBLOCK (a FIFO or a
// device opens at once instead of waiting for a writer), and the opened handle is checked: a regular
// file, the size the limit allows, and the same device and inode as at the listing. The bytes come
// from that handle, so what is checked is what is read.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { open } from "node:fs/promises";

/** Which file on disk a listed path was: its device and inode. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

/** The default limit on one input file: far above any web page's text, far below a build's memory. */
export const DEFAULT_MAX_FILE_MB = 32;
export const DEFAULT_MAX_FILE_BYTES = DEFAULT_MAX_FILE_MB * 1_048_576;

const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** Why a listed file is not read: the words finish "<path> ..." in a reject's message. */
export class ListedFileRefused extends Error {
  get code(): "file-too-large" | "unreadable-file" {
    return this.found === "too-large" ? "file-too-large" : "unreadable-file";
  }

  /**
   * What was found, said for a file read once outside a build (a manifest, a gold file, a shard's
   * record), where "replaced while the build ran" would not be true: the words finish "<path> ...".
   */
  get whatFound(): string {
    return this.found === "link" ? "is a symbolic link" : this.found === "not-a-file" ? "is not a regular file" : this.message;
  }

  constructor(
    message: string,
    /** What was found: a link (never followed), no regular file, another file, one too large, or one growing. */
    readonly found: "link" | "not-a-file" | "another-file" | "too-large" | "growing",
  ) {
    super(message);
  }
}

function checkOpened(stat: Stats, maxBytes: number, expected: FileIdentity | undefined): void {
  if (!stat.isFile()) throw new ListedFileRefused("is no longer a regular file (it was replaced while the build ran)", "not-a-file");
  if (expected !== undefined && (stat.dev !== expected.dev || stat.ino !== expected.ino)) {
    throw new ListedFileRefused("was replaced by another file while the build ran", "another-file");
  }
  if (stat.size > maxBytes) throw new ListedFileRefused(`is ${megabytes(stat.size)}, over the limit of ${megabytes(maxBytes)} per file (raise it with --max-file-mb)`, "too-large");
}

/** A system error's code and words, without the path Node adds (an absolute path never reaches the output). */
export function systemReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, \w+ '.*'$/s, "");
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 1 : 0)} MB`;
}

function opened(error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code;
  // O_NOFOLLOW on a link fails with ELOOP (Linux) or EMLINK (some BSDs).
  if (code === "ELOOP" || code === "EMLINK") throw new ListedFileRefused("was replaced by a symbolic link while the build ran: links are not followed", "link");
  throw error;
}

/** Reads a listed file from its own handle (at most `maxBytes`); throws ListedFileRefused or the system's error. */
export function readListedFileSync(location: string, maxBytes: number, expected?: FileIdentity): Uint8Array {
  let fd: number;
  try {
    fd = openSync(location, FLAGS);
  } catch (error) {
    opened(error);
  }
  try {
    const stat = fstatSync(fd);
    checkOpened(stat, maxBytes, expected);
    const bytes = new Uint8Array(stat.size);
    let filled = 0;
    for (let n = -1; n !== 0 && filled < bytes.byteLength; filled += n) n = readSync(fd, bytes, filled, bytes.byteLength - filled, null);
    if (filled === bytes.byteLength && readSync(fd, new Uint8Array(1), 0, 1, null) > 0) throw new ListedFileRefused("grew while it was read; build again", "growing");
    return bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** The same, asynchronously; also gives the handle's stat, for the listing to record. */
export async function readListedFile(location: string, maxBytes: number): Promise<{ bytes: Uint8Array; stat: Stats }> {
  let handle;
  try {
    handle = await open(location, FLAGS);
  } catch (error) {
    opened(error);
  }
  try {
    const stat = await handle.stat();
    checkOpened(stat, maxBytes, undefined);
    const bytes = new Uint8Array(stat.size);
    const filled = await fill((buffer, offset) => handle.read(buffer, offset, buffer.byteLength - offset, null).then((r) => r.bytesRead), bytes);
    return { bytes: bytes.subarray(0, filled), stat };
  } finally {
    await handle.close();
  }
}

/** Fills `bytes` (the size the handle's stat gave); a file still longer after that is changing. */
async function fill(read: (buffer: Uint8Array, offset: number) => Promise<number> | number, bytes: Uint8Array): Promise<number> {
  let filled = 0;
  while (filled < bytes.byteLength) {
    const n = await read(bytes, filled);
    if (n === 0) return filled;
    filled += n;
  }
  if ((await read(new Uint8Array(1), 0)) > 0) throw new ListedFileRefused("grew while it was read; build again", "growing");
  return filled;
}
