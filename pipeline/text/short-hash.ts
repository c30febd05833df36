// Record identifiers that survive unrelated edits: the document id, a letter for the table, and the
// first ten hex digits of a sha256 over what makes the record itself (never its position alone).
import { sha256Hex } from "./sha256.ts";

export function shortHash(...parts: readonly (string | number)[]): string {
  return sha256Hex(parts.join("\u0000")).slice(0, 10);
}
