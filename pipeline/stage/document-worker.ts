// A worker thread of the parallel build: one input file in, its outcome out. With a cache file the
// thread writes the document's entry there itself and sends back only its header; the main thread,
// which assembles, has enough to do, and never holds the rows.
import { entryBytesOf } from "./document-stage.ts";
import type { Input } from "../ingest/input.ts";
import { loadInput } from "./load-input.ts";
import type { SourceEntry } from "../ingest/manifest.ts";
import { writeEntryFile } from "./document-entry.ts";

export type WorkerOutcome = ReturnType<typeof run>;

export default function run(task: { file: Input; entry: SourceEntry | undefined; pseudonymKey: string | null; sheetFragments: boolean; cacheFile: string | null }) {
  const loaded = loadInput(task.file);
  if (!loaded.ok) return loaded;
  const outcome = entryBytesOf(loaded.file, task.entry, { pseudonymKey: task.pseudonymKey, sheetFragments: task.sheetFragments });
  if (!outcome.ok) return outcome;
  const { bytes, header, lineBytes } = outcome.encoded;
  if (task.cacheFile === null || header.parts[0] === 0) return { ok: true as const, rawSha256: outcome.rawSha256, encoded: outcome.encoded };
  writeEntryFile(task.cacheFile, bytes);
  return { ok: true as const, rawSha256: outcome.rawSha256, stored: { file: task.cacheFile, header, lineBytes } };
}
