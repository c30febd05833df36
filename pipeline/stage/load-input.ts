// The read of an input left on disk, by the thread that processes it. The file was hashed when the
// folder was listed; it is read again from a handle that follows no link and must be the same file
// (ingest/open-listed.ts), and bytes that hash otherwise changed during the build: build.json would
// then name bytes that were never built, so the file is left out with an issue saying so.
import type { Issue, IssueCode } from "../issues.ts";
import { sha256Hex } from "../text/sha256.ts";
import { printable } from "../text/printable.ts";
import type { Input, InputFile } from "../ingest/input.ts";
import { ListedFileRefused, readListedFileSync, systemReason } from "../ingest/open-listed.ts";

export function loadInput(file: Input): { ok: true; file: InputFile } | { ok: false; issue: Issue } {
  if ("bytes" in file) return { ok: true, file };
  const refused = (why: string, code: IssueCode = "unreadable-file"): { ok: false; issue: Issue } => ({
    ok: false,
    issue: { stage: "ingest", code, sourceFile: file.path, table: null, recordId: null, path: null, message: `${printable(file.path)} ${why}` },
  });
  let bytes: Uint8Array;
  try {
    // The listing's size is the limit: a file that grew since is not the file that was hashed.
    bytes = readListedFileSync(file.location, file.size, { dev: file.dev, ino: file.ino });
  } catch (error) {
    // The limit here is the listed size: a file over it, or growing, is not the file that was hashed.
    if (error instanceof ListedFileRefused) return refused(`${error.found === "too-large" || error.found === "growing" ? "changed on disk while the build ran" : error.message}; build again.`);
    return refused(`cannot be read (${systemReason(error)}); build again.`);
  }
  if (sha256Hex(bytes) !== file.sha256) return refused("changed on disk while the build ran; build again.");
  return { ok: true, file: { path: file.path, bytes } };
}
