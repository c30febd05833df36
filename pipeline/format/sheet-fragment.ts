// A run of a sheet's XML deflated on its own and ended at a byte boundary (a sync flush, never the
// final block), headed by the CRC-32 and byte length of the XML. Fragments made apart join into
// one deflate stream, and their CRCs into the sheet's: a document's rows are compressed once, in
// the per-document stage, kept in its entry, and the workbook is assembled from them without
// compressing them again (publish/workbook.ts).
import ZStream from "pako/lib/zlib/zstream.js";
import zlib from "pako/lib/zlib/deflate.js";
import { crc32Of } from "./crc32.ts";

/**
 * zlib's level: the workbook's size against the per-document stage's time. pako (zlib in
 * JavaScript) rather than Node's zlib, whose bytes change with the Node version, or fflate, whose
 * sync flush gave streams that do not inflate.
 */
const LEVEL = 6;
const HEAD_BYTES = 12;
const Z_NO_FLUSH = 0;
const Z_SYNC_FLUSH = 2;
const Z_OK = 0;
const Z_BUF_ERROR = -5;
const OUTPUT_BYTES = 64 * 1024;

// One compressor per thread, reset before each fragment (a reset compressor is a new one: the
// fragment's bytes depend on its XML alone). Making one per fragment allocated some 256 KB each,
// faster than the threads' collectors freed it: 10,000 documents took 5.8 GB.
let compressor: { stream: ZStream; output: Uint8Array } | null = null;

function resetCompressor(): { stream: ZStream; output: Uint8Array } {
  if (compressor === null) {
    const stream = new ZStream();
    // Raw deflate (negative window bits): no zlib header, so fragments join.
    if (zlib.deflateInit2(stream, LEVEL, 8, -15, 8, 0) !== Z_OK) throw new Error(`sheet fragment: the compressor could not start (${stream.msg})`);
    compressor = { stream, output: new Uint8Array(OUTPUT_BYTES) };
  } else if (zlib.deflateReset(compressor.stream) !== Z_OK) {
    throw new Error(`sheet fragment: the compressor could not be reset (${compressor.stream.msg})`);
  }
  return compressor;
}

function compress(c: { stream: ZStream; output: Uint8Array }, input: Uint8Array, flush: number, out: Uint8Array[]): void {
  const strm = c.stream;
  strm.input = input;
  strm.next_in = 0;
  strm.avail_in = input.length;
  do {
    strm.output = c.output;
    strm.next_out = 0;
    strm.avail_out = c.output.length;
    const status = zlib.deflate(strm, flush);
    if (status !== Z_OK && status !== Z_BUF_ERROR) throw new Error(`sheet fragment: compression failed (${status} ${strm.msg})`);
    if (strm.next_out > 0) out.push(c.output.slice(0, strm.next_out));
  } while (strm.avail_in > 0 || strm.avail_out === 0);
}

export interface SheetFragment {
  crc: number;
  /** Bytes of the XML before compression. */
  length: number;
  deflated: Uint8Array;
}

/** The XML `pieces` deflated as one fragment. */
export function deflateSheetFragment(pieces: Iterable<string>): SheetFragment {
  const c = resetCompressor();
  const chunks: Uint8Array[] = [];
  let crc = 0;
  let length = 0;
  for (const piece of pieces) {
    const bytes = Buffer.from(piece, "utf8");
    crc = crc32Of(bytes, crc);
    length += bytes.length;
    compress(c, bytes, Z_NO_FLUSH, chunks);
  }
  compress(c, new Uint8Array(0), Z_SYNC_FLUSH, chunks);
  return { crc, length, deflated: Buffer.concat(chunks) };
}

/** The XML `pieces` as one encoded fragment, as an entry keeps it: CRC (u32), length (f64), then the deflated bytes. */
export function encodeSheetFragment(pieces: Iterable<string>): Uint8Array {
  const { crc, length, deflated } = deflateSheetFragment(pieces);
  const head = Buffer.alloc(HEAD_BYTES);
  head.writeUInt32LE(crc, 0);
  head.writeDoubleLE(length, 4);
  return Buffer.concat([head, deflated]);
}

export function decodeSheetFragment(bytes: Uint8Array): SheetFragment {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < HEAD_BYTES) throw new Error(`sheet fragment: expected at least ${HEAD_BYTES} bytes, got ${buffer.length}`);
  return { crc: buffer.readUInt32LE(0), length: buffer.readDoubleLE(4), deflated: buffer.subarray(HEAD_BYTES) };
}
