// A worker thread of the parallel build: one input file in, its outcome out (plain data).
import { processInput, type DocumentOutcome, type InputFile } from "./document-stage.ts";
import type { SourceEntry } from "../ingest/manifest.ts";

export default function run(task: { file: InputFile; entry: SourceEntry | undefined; pseudonymizeResidents: boolean }): DocumentOutcome {
  return processInput(task.file, task.entry, { pseudonymizeResidents: task.pseudonymizeResidents });
}
