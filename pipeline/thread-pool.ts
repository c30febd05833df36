// A pool of worker threads running one of the pipeline's TypeScript modules (its default export):
// piscina loads tsx in each thread before the module, so the same code runs in the threads as in
// the main thread. Shared by the per-document stage and the workbook.
import { Piscina } from "piscina";

export function threadPool(module: URL, threads: number): Piscina {
  return new Piscina({ filename: module.href, maxThreads: threads, minThreads: threads, execArgv: ["--import", "tsx"] });
}
