// A worker thread of the parallel build: one input file in, its outcome out (plain data).
import { processInput, type DocumentOutcome, type InputFile } from "./document-stage.ts";
import type { SourceEntry } from "../ingest/manifest.ts";
import { writeCacheEntry } from "../commands/document-cache.ts";

export default function run(task: { file: InputFile; entry: SourceEntry | undefined; pseudonymizeResidents: boolean; cacheFile: string | null }): DocumentOutcome {
  const outcome = processInput(task.file, task.entry, { pseudonymizeResidents: task.pseudonymizeResidents });
  // The thread keeps the result in the cache itself: the main thread, which assembles, has enough to do.
  if (task.cacheFile !== null && outcome.ok && outcome.doc.text !== "") writeCacheEntry(task.cacheFile, outcome.doc);
  return outcome;
}
