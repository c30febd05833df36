// SHA-256 of a text's UTF-8 bytes, in hex: the normalized texts' checksum in the documents table and
// every published file's checksum (SHA256SUMS, datapackage `hash`).
import { createHash } from "node:crypto";

export function sha256Hex(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}
