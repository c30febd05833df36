// "Did you mean ...?": the known word nearest a mistyped one, by edit distance (at most two, or a third of
// its length, so that "biuld" finds build and "frobnicate" finds nothing).

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The nearest of `known` to `word`, or null when none is near; ties go to the first in `known`. */
export function nearestWord(word: string, known: readonly string[]): string | null {
  const typed = word.slice(0, 64);
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.ceil(typed.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(typed, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
