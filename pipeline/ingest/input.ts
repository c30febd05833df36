// An input file as the build sees it: its bytes in hand, or its place on disk with the hash and
// size it was listed with. Kept apart from the per-document stage so that a rebuild which finds
// nothing changed can name its inputs without loading the stage.
import { sha256Hex } from "../text/sha256.ts";

export interface InputFile {
  /** Path relative to the input folder, with '/' separators. */
  path: string;
  bytes: Uint8Array;
}

/**
 * An input file left on disk until it is processed: listed with its hash and size (what the cache
 * key and build.json need), read by the thread that processes it, so a build never holds the corpus.
 */
export interface InputOnDisk {
  path: string;
  /** Where to read it, as the input folder was given. */
  location: string;
  sha256: string;
  size: number;
  /** Which file it was when listed (device, inode): the reader refuses any other file at that path. */
  dev: number;
  ino: number;
}

export type Input = InputFile | InputOnDisk;

export function sha256Of(file: Input): string {
  return "bytes" in file ? sha256Hex(file.bytes) : file.sha256;
}

export function sizeOf(file: Input): number {
  return "bytes" in file ? file.bytes.byteLength : file.size;
}
