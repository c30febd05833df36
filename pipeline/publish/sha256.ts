// The checksum every published file is listed under (SHA256SUMS, datapackage `hash`), computed
// over the UTF-8 bytes that are written.
import { createHash } from "node:crypto";

export function sha256Hex(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}
