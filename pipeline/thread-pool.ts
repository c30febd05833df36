// A pool of worker threads running one of the pipeline's TypeScript modules (its default export):
// piscina loads tsx in each thread before the module (register-tsx.mjs, by its path in this
// project), so the same code runs in the threads as in the main thread, from any folder. Shared by
// the per-document stage and the workbook.
import { Piscina } from "piscina";

const REGISTER_TSX = new URL("./register-tsx.mjs", import.meta.url).href;

/**
 * `queuedPerThread` tasks are handed to a thread at once. With more than one, a thread that
 * finishes a task finds the next already in its port, and does not wait for the main thread to
 * hear of the result and send another (in a profile over 2,000 documents, threads handed one task
 * at a time spent about a seventh of their time waiting so).
 */
export function threadPool(module: URL, threads: number, queuedPerThread = 1): Piscina {
  return new Piscina({ filename: module.href, maxThreads: threads, minThreads: threads, concurrentTasksPerWorker: queuedPerThread, execArgv: ["--import", REGISTER_TSX] });
}
