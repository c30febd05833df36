// A build holds a few hundred bytes of every document (its listing, and the packed summary of its
// entry: stage/held-entry.ts) and the people table in memory, so a corpus too large for Node's heap
// would die with a bare "heap out of memory": say so before the work starts, with the setting that
// lifts the limit.

/**
 * Bytes of heap per byte of input text: the benchmark built 100,000 documents (533 MB) within a heap
 * limited to 1 GB, so 2 leaves room.
 */
export const MEMORY_PER_INPUT_BYTE = 2;

export function memoryWarning(inputBytes: number, heapLimitBytes: number): string | null {
  const needed = inputBytes * MEMORY_PER_INPUT_BYTE;
  if (needed <= heapLimitBytes) return null;
  const mb = (n: number) => Math.ceil(n / 1024 / 1024);
  const suggested = Math.ceil(mb(needed * 1.25) / 1024) * 1024;
  return `warning: ${mb(inputBytes)} MB of input needs about ${mb(needed)} MB of memory to build, more than this Node heap allows (${mb(heapLimitBytes)} MB). If the build stops with "heap out of memory", run it with NODE_OPTIONS=--max-old-space-size=${suggested}.`;
}
