// The read of an input left on disk, by the thread that processes it. The file was hashed when the
// folder was listed; bytes that hash otherwise now changed during the build, and build.json would
// then name bytes that were never built, so the file is left out with an issue saying so.
import { readFileSync } from "node:fs";
import type { Issue } from "../issues.ts";
import { sha256Hex } from "../text/sha256.ts";
import type { Input, InputFile } from "./input.ts";

export function loadInput(file: Input): { ok: true; file: InputFile } | { ok: false; issue: Issue } {
  if ("bytes" in file) return { ok: true, file };
  const unreadable = (why: string): { ok: false; issue: Issue } => ({
    ok: false,
    issue: { stage: "ingest", code: "unreadable-file", sourceFile: file.path, table: null, recordId: null, path: null, message: `${file.path}: ${why}; build again.` },
  });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file.location));
  } catch (error) {
    return unreadable(`cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (sha256Hex(bytes) !== file.sha256) return unreadable("changed on disk while the build ran");
  return { ok: true, file: { path: file.path, bytes } };
}
