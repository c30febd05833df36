// Raw bytes of one input file in, its text (strict UTF-8, BOM dropped, CR and CRLF read as LF) or an
// issue out. Nothing is guessed: a byte that is not UTF-8 rejects the file with its offset.
import { sha256Hex } from "../text/sha256.ts";
import type { Issue } from "../issues.ts";

export interface DecodedFile {
  sourceFile: string;
  text: string;
  rawSha256: string;
  rawBytes: number;
}

export type DecodeResult = { ok: true; file: DecodedFile } | { ok: false; issue: Issue };

const BOM = 0xfeff;
// Magic numbers of common binary formats that are sometimes misnamed .txt.
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX
  [0x1f, 0x8b], // gzip
];

/** A UTF-16 byte order mark, or, in the first 64 bytes, zeros in every odd or every even place. */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  return (oddZeros === half && evenZeros === 0) || (evenZeros === half && oddZeros === 0);
}

function issue(sourceFile: string, code: Issue["code"], path: string | null, message: string): DecodeResult {
  return { ok: false, issue: { stage: "ingest", code, sourceFile, table: null, recordId: null, path, message } };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i += 1; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeInputFile(sourceFile: string, bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return issue(sourceFile, "empty-file", null, `${sourceFile}: the file is empty (0 bytes); remove it or fill it with the text.`);
  // UTF-16 text is text, but not UTF-8: say so, rather than calling its NUL bytes binary.
  if (isUtf16(bytes)) {
    return issue(sourceFile, "invalid-utf8", "byte 0", `${sourceFile}: is UTF-16 text, not UTF-8 (${bytes[0] === 0xff || bytes[0] === 0xfe ? "it starts with a UTF-16 byte order mark" : "every other byte is zero"}); re-save the file as UTF-8.`);
  }
  for (const signature of BINARY_SIGNATURES) {
    if (signature.every((byte, k) => bytes[k] === byte)) {
      return issue(sourceFile, "binary-file", "byte 0", `${sourceFile}: starts with the signature of a binary format (image, PDF or archive), not text; convert it to a UTF-8 .txt file or remove it.`);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return issue(sourceFile, "binary-file", `byte ${nul}`, `${sourceFile}: holds a NUL byte at byte ${nul}, so it is binary, not text; convert it to a UTF-8 .txt file or remove it.`);
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, "0");
    let line = 1;
    for (let k = 0; k < bad; k++) if (bytes[k] === 0x0a) line++;
    return issue(sourceFile, "invalid-utf8", `line ${line}, byte ${bad}`, `${sourceFile}:${line}: byte ${bad} (0x${hex}) is not valid UTF-8; re-save the file as UTF-8 (it may be Latin-1 or Windows-1252). Nothing was guessed.`);
  }
  let text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return issue(sourceFile, "empty-file", null, `${sourceFile}: holds only whitespace; remove it or fill it with the text.`);
  const rawSha256 = sha256Hex(bytes);
  return { ok: true, file: { sourceFile, text, rawSha256, rawBytes: bytes.length } };
}
