// Runs work(0) .. work(count - 1) with at most `inFlight` of them pending at once, in index order
// of starting: many reads or thread tasks overlap without queueing one promise per item.
export async function eachInFlight(count: number, inFlight: number, work: (k: number) => Promise<void>): Promise<void> {
  let next = 0;
  const runner = async (): Promise<void> => {
    for (let k = next++; k < count; k = next++) await work(k);
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, runner));
}
