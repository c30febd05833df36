// SHA-256 in hex of text (its UTF-8 bytes) or of bytes: the one checksum the project uses, for raw
// inputs, normalized texts, published files (SHA256SUMS, datapackage `hash`) and record ids.
import { hash } from "node:crypto";

export function sha256Hex(content: string | Uint8Array): string {
  // The one-shot form: a Hash object per record id costs more than the hashing.
  return hash("sha256", content, "hex");
}
