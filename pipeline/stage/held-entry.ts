// A document's entry (stage/document-entry.ts) as a build holds it between the per-document stage
// and publishing: a few hundred bytes whatever the document's rows, so that a build of 300,000
// texts does not hold 300,000 headers. What the build reads of every document again and again
// (row counts, part lengths, digests, the text's hash) is packed into one small buffer from Node's
// pool; what it reads once (person rows, issues) is read back from the entry when asked for; the
// parts are read from the entry's file, or its bytes when it is kept in memory.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { basename } from "node:path";
import type { Row } from "../dataset.ts";
import { DOCUMENT_TABLES, PART_COUNT, TEXT_PART, jsonPart, type DocumentTableName, type EntryHeader } from "./document-entry.ts";

/** The header's fields a build packs for each document it holds. */
type PackedFields = Pick<EntryHeader, "documentId" | "textSha256" | "removedLines" | "counts" | "digests" | "parts">;

const TABLE_INDEX = new Map<DocumentTableName, number>(DOCUMENT_TABLES.map((t, k) => [t, k]));
// runDigestOf's digests: 22 characters of base64.
const DIGEST_CHARS = 22;
// The packed summary: four-byte numbers, the text's SHA-256 and the digests, then the name of a
// file named by its key (an entry folder's files are), so the folder's path is kept once.
const LINE_BYTES = 0;
const REMOVED_LINES = 4;
const PARTS = 8;
const COUNTS = PARTS + 4 * PART_COUNT;
const TEXT_SHA256 = COUNTS + 4 * DOCUMENT_TABLES.length;
const DIGESTS = TEXT_SHA256 + 32;
const KEY = DIGESTS + DIGEST_CHARS * DOCUMENT_TABLES.length;
const PACKED_BYTES = KEY + 32;

const HEX_SHA256 = /^[0-9a-f]{64}$/;
const DIGEST = /^[A-Za-z0-9+/]{22}$/;
const KEYED_NAME = /^[0-9a-f]{64}\.entry$/;
// The folders entries are kept in, a handful a process: every entry of a folder refers to one string.
const folders = new Map<string, string>();

function tableIndex(table: DocumentTableName): number {
  return TABLE_INDEX.get(table)!;
}

function pack(header: PackedFields, lineBytes: number, key: string | null): Buffer {
  if (!Array.isArray(header.parts) || header.parts.length !== PART_COUNT || !HEX_SHA256.test(header.textSha256)) throw new Error("document entry: its header is not one this code writes; delete the cache folder and build again");
  const packed = Buffer.allocUnsafe(PACKED_BYTES);
  // writeUInt32LE throws on a length that is negative, fractional or too large: a corrupt header.
  packed.writeUInt32LE(lineBytes, LINE_BYTES);
  packed.writeUInt32LE(header.removedLines, REMOVED_LINES);
  header.parts.forEach((length, k) => packed.writeUInt32LE(length, PARTS + 4 * k));
  DOCUMENT_TABLES.forEach((table, t) => {
    packed.writeUInt32LE(header.counts[table], COUNTS + 4 * t);
    const digest = header.digests[table];
    if (!DIGEST.test(digest)) throw new Error("document entry: its header is not one this code writes; delete the cache folder and build again");
    packed.write(digest, DIGESTS + DIGEST_CHARS * t, "latin1");
  });
  packed.write(header.textSha256, TEXT_SHA256, "hex");
  if (key === null) packed.fill(0, KEY);
  else packed.write(key, KEY, "hex");
  return packed;
}

/** Where an entry is, as plain data another thread can hold it from again (entryAt). */
export type EntryLocation = { bytes: Uint8Array } | { file: string; documentId: string; packed: Uint8Array };

export class DocumentEntry {
  /**
   * `place` is the entry's bytes, its file, or (with `keyed`) the folder its file is in, the file
   * being named by the key packed last.
   */
  private constructor(
    readonly documentId: string,
    private readonly place: Uint8Array | string,
    private readonly packed: Buffer,
    private readonly keyed: boolean,
  ) {}

  /** An entry kept in a file; `known` is its header when the caller has it, else it is read. */
  static inFile(file: string, known: { header: PackedFields; lineBytes: number } = readEntryHeader(file)): DocumentEntry {
    const name = basename(file);
    if (!KEYED_NAME.test(name)) return new DocumentEntry(known.header.documentId, file, pack(known.header, known.lineBytes, null), false);
    const folder = file.slice(0, file.length - name.length);
    let shared = folders.get(folder);
    if (shared === undefined) folders.set(folder, (shared = folder));
    return new DocumentEntry(known.header.documentId, shared, pack(known.header, known.lineBytes, name.slice(0, 64)), true);
  }

  /** An entry held in memory whole. */
  static inMemory(bytes: Uint8Array, known: { header: PackedFields; lineBytes: number } = headerOf(bytes)): DocumentEntry {
    return new DocumentEntry(known.header.documentId, bytes, pack(known.header, known.lineBytes, null), false);
  }

  static at(where: EntryLocation): DocumentEntry {
    if ("bytes" in where) return DocumentEntry.inMemory(where.bytes);
    const packed = Buffer.from(where.packed);
    return new DocumentEntry(where.documentId, where.file, packed, false);
  }

  /** Its file, or null when it is held in memory. */
  get file(): string | null {
    if (typeof this.place !== "string") return null;
    return this.keyed ? `${this.place}${this.packed.toString("hex", KEY, KEY + 32)}.entry` : this.place;
  }

  get where(): EntryLocation {
    const file = this.file;
    // A copy: the packed bytes are a view of a pool another thread would be sent whole.
    return file === null ? { bytes: this.place as Uint8Array } : { file, documentId: this.documentId, packed: Uint8Array.from(this.packed) };
  }

  get textSha256(): string {
    return this.packed.toString("hex", TEXT_SHA256, TEXT_SHA256 + 32);
  }

  get removedLines(): number {
    return this.packed.readUInt32LE(REMOVED_LINES);
  }

  /** Its rows in `table`, after validation. */
  count(table: DocumentTableName): number {
    return this.packed.readUInt32LE(COUNTS + 4 * tableIndex(table));
  }

  /** The digest of its rows' JSON items in `table` (format/row-digest.ts runDigest), to compare versions by. */
  digest(table: DocumentTableName): string {
    const at = DIGESTS + DIGEST_CHARS * tableIndex(table);
    return this.packed.toString("latin1", at, at + DIGEST_CHARS);
  }

  /** The byte length of part `k` (TEXT_PART, csvPart(table), jsonPart(table), sheetPart(table)). */
  partLength(k: number): number {
    return this.packed.readUInt32LE(PARTS + 4 * k);
  }

  /** The whole header, person rows and issues included: read back from the entry's file when it is kept in one. */
  details(): EntryHeader {
    const file = this.file;
    if (file === null) return headerOf(this.place as Uint8Array).header;
    const { header } = lastRead?.file === file ? headerOf(lastRead.bytes) : readEntryHeader(file);
    if (header.documentId !== this.documentId || header.textSha256 !== this.textSha256) throw new Error(`${file}: the entry changed while the build ran; delete the cache folder and build again`);
    return header;
  }

  /** The bytes of part `k`. */
  part(k: number): Buffer {
    const lineBytes = this.packed.readUInt32LE(LINE_BYTES);
    let start = lineBytes;
    for (let j = 0; j < k; j++) start += this.partLength(j);
    const length = this.partLength(k);
    const file = this.file;
    if (file === null) {
      const bytes = this.place as Uint8Array;
      return Buffer.from(bytes.buffer, bytes.byteOffset + start, length);
    }
    // The text is asked for alone (each text is a file of its own): read just its bytes.
    if (k === TEXT_PART && lastRead?.file !== file) return readPart(file, start, length);
    if (lastRead?.file !== file) {
      const bytes = readFileSync(file);
      let whole = lineBytes;
      for (let j = 0; j < PART_COUNT; j++) whole += this.partLength(j);
      if (bytes.length !== whole) throw new Error(`${file}: the entry is not the length its header gives; delete the cache folder and build again`);
      lastRead = { file, bytes };
    }
    return lastRead.bytes.subarray(start, start + length);
  }
}

/** A document's rows of one table, parsed back from its JSON part. */
export function entryRows(entry: DocumentEntry, table: DocumentTableName): Row[] {
  return entry.count(table) === 0 ? [] : (JSON.parse(`[${entry.part(jsonPart(table)).toString("utf8")}]`) as Row[]);
}

/** The header of entry bytes, and the length of its line (newline included). */
export function headerOf(bytes: Uint8Array): { header: EntryHeader; lineBytes: number } {
  const end = bytes.indexOf(0x0a);
  if (end < 0) throw new Error("document entry: expected a header line, found no line break");
  return { header: JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, end).toString("utf8")) as EntryHeader, lineBytes: end + 1 };
}

// Headers are a few kilobytes: the first read takes 8 KB into a buffer kept for the next entry, not
// 64 KB freshly zeroed, which is most of an entry (100,000 headers took 4.8 to 6.5 s so, 2.3 to 2.9 s now).
const HEADER_READ = 8 * 1024;
let headerBuffer = Buffer.allocUnsafe(HEADER_READ);

/** The header of an entry file, read without reading its parts. */
export function readEntryHeader(file: string): { header: EntryHeader; lineBytes: number } {
  const fd = openSync(file, "r");
  try {
    let filled = 0;
    for (;;) {
      const read = readSync(fd, headerBuffer, filled, headerBuffer.length - filled, filled);
      const end = headerBuffer.subarray(0, filled + read).indexOf(0x0a, filled);
      filled += read;
      // headerOf copies what it parses, so the buffer is free again once it returns.
      if (end >= 0) return headerOf(headerBuffer.subarray(0, end + 1));
      if (read === 0) throw new Error(`${file}: expected a header line, found no line break`);
      if (filled === headerBuffer.length) headerBuffer = Buffer.concat([headerBuffer, Buffer.allocUnsafe(headerBuffer.length)]);
    }
  } finally {
    closeSync(fd);
  }
}

function readPart(file: string, start: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  const fd = openSync(file, "r");
  try {
    for (let done = 0; done < length; ) {
      const read = readSync(fd, bytes, done, length - done, start + done);
      if (read === 0) throw new Error(`${file}: the entry ends before its text does; delete the cache folder and build again`);
      done += read;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

// The entry read last, whole: the table files are written a document at a time, each asking the
// same entry for its part in turn, so one read serves them all.
let lastRead: { file: string; bytes: Buffer } | null = null;
