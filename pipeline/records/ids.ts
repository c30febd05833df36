// Record identifiers that survive unrelated edits: the document id, a letter for the table, and the
// first ten hex digits of a sha256 over what makes the record itself (never its position alone).
import { createHash } from "node:crypto";

export function shortHash(...parts: readonly (string | number)[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 10);
}
