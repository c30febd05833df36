// A published file's content: text (written as UTF-8), bytes (the workbook), or text made in
// chunks (the tables), so that no table is ever held as one string: a table of 100,000 documents
// would exceed the longest string JavaScript allows, and would double the memory its rows take.
import { createHash } from "node:crypto";

export interface ChunkedText {
  readonly kind: "chunked";
  /** The text, chunk by chunk (as strings or UTF-8 bytes); each call makes the chunks afresh. */
  chunks(): Iterable<string | Uint8Array>;
  /**
   * Chunk k is document k's, as in every other content marked so (a spooled table's CSV and JSON):
   * the writer then writes them together, a document at a time.
   */
  readonly perDocument?: boolean;
}

export type FileContent = string | Uint8Array | ChunkedText;

export interface Digest {
  sha256: string;
  bytes: number;
}

export function chunkedText(chunks: () => Iterable<string | Uint8Array>, perDocument = false): ChunkedText {
  return { kind: "chunked", chunks, perDocument };
}

export function isChunked(content: FileContent): content is ChunkedText {
  return typeof content === "object" && "kind" in content && content.kind === "chunked";
}

/** The pieces of a content in order, as strings or bytes. */
export function* piecesOf(content: FileContent): Iterable<string | Uint8Array> {
  if (isChunked(content)) yield* content.chunks();
  else yield content;
}

// Chunked text is hashed once (for datapackage.json, SHA256SUMS and the comparison alike), not rendered again each time.
const digests = new WeakMap<ChunkedText, Digest>();

/** The sha256 and byte length of a content, as SHA256SUMS and datapackage.json give them. */
export function digestOf(content: FileContent): Digest {
  const known = isChunked(content) ? digests.get(content) : undefined;
  if (known) return known;
  const hash = createHash("sha256");
  let bytes = 0;
  for (const piece of piecesOf(content)) {
    hash.update(piece);
    bytes += typeof piece === "string" ? Buffer.byteLength(piece, "utf8") : piece.byteLength;
  }
  const digest = { sha256: hash.digest("hex"), bytes };
  if (isChunked(content)) digests.set(content, digest);
  return digest;
}

/** Records the digest of chunked text hashed while it was written, so it is not rendered again to hash it. */
export function rememberDigest(content: FileContent, digest: Digest): void {
  if (isChunked(content)) digests.set(content, digest);
}

/** The whole content as bytes: for small files and for tests, never for writing a table. */
export function bytesOf(content: FileContent): Buffer {
  return Buffer.concat([...piecesOf(content)].map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));
}

/** The whole content as text, or null for bytes (the workbook). */
export function textOf(content: FileContent): string | null {
  if (content instanceof Uint8Array) return null;
  return typeof content === "string" ? content : bytesOf(content).toString("utf8");
}
