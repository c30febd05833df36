// Records removed and records added in; which of them are one record changed out. Pairs records at
// the same place (record-place.ts); where several removed and several added records share a place
// (the figures of one edited sentence), they pair in the order they stand there, then of their keys:
// the first removed with the first added, and so on, and the ones left over stay removed or added.
// Pairs come out in the order of the removed record's key.
import { compareStrings } from "../text/compare.ts";

export interface Placed {
  key: string;
  place: string;
  /** Where the record stands at its place (its start offset). */
  order: number;
}

export interface Pair {
  before: string;
  after: string;
}

/** The keys at each place, in the order the records stand there, then of their keys. */
function byPlace(records: readonly Placed[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const sorted = [...records].sort((a, b) => a.order - b.order || compareStrings(a.key, b.key));
  for (const r of sorted) {
    const keys = out.get(r.place);
    if (keys === undefined) out.set(r.place, [r.key]);
    else keys.push(r.key);
  }
  return out;
}

export function pairByPlace(removed: readonly Placed[], added: readonly Placed[]): Pair[] {
  const addedAt = byPlace(added);
  const pairs: Pair[] = [];
  for (const [place, keys] of byPlace(removed)) {
    const candidates = addedAt.get(place) ?? [];
    keys.forEach((before, i) => {
      const after = candidates[i];
      if (after !== undefined) pairs.push({ before, after });
    });
  }
  return pairs.sort((a, b) => compareStrings(a.before, b.before));
}

/** A table keyed by another table's key pairs as that table's records did (observations as their claims). */
export function pairThrough(removed: readonly string[], added: ReadonlySet<string>, referenced: readonly Pair[]): Pair[] {
  const gone = new Set(removed);
  return referenced.filter((p) => gone.has(p.before) && added.has(p.after));
}
