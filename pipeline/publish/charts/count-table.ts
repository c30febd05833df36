// Counts of rows by a category (an indicator, a document, a source) and, within it, by a part (a
// period, a unit, a way of crediting), ranked into a bounded list of bars: the largest categories
// first, ties broken by key, the rest folded into one "other" bar, and likewise for each bar's parts.
import { compareStrings } from "../../text/compare.ts";

/** A ranked count; `key` is null for the fold of `folded` smaller ones. */
export interface Share {
  key: string | null;
  count: number;
  folded: number;
}

export interface Bar extends Share {
  parts: Share[];
}

export class CountTable {
  private readonly counts = new Map<string, Map<string, number>>();
  private rows = 0;

  add(category: string, part: string): void {
    let parts = this.counts.get(category);
    if (parts === undefined) this.counts.set(category, (parts = new Map()));
    parts.set(part, (parts.get(part) ?? 0) + 1);
    this.rows += 1;
  }

  /** Rows counted. */
  get total(): number {
    return this.rows;
  }

  /** Distinct categories counted. */
  get size(): number {
    return this.counts.size;
  }

  /** At most `maxBars` bars, each with at most `maxParts` parts. */
  bars(maxBars: number, maxParts: number): Bar[] {
    const categories = ranked([...this.counts].map(([key, parts]) => ({ key, parts, count: sum(parts) })));
    const shown = categories.length > maxBars ? categories.slice(0, maxBars - 1) : categories;
    const bars: Bar[] = shown.map((c) => ({ key: c.key, count: c.count, folded: 0, parts: folded(shareList(c.parts), maxParts) }));
    const rest = categories.slice(shown.length);
    if (rest.length > 0) {
      const merged = new Map<string, number>();
      for (const c of rest) for (const [part, n] of c.parts) merged.set(part, (merged.get(part) ?? 0) + n);
      bars.push({ key: null, count: sum(merged), folded: rest.length, parts: folded(shareList(merged), maxParts) });
    }
    return bars;
  }

  /** The `n` largest parts by their count over all categories. */
  topParts(n: number): Share[] {
    const merged = new Map<string, number>();
    for (const parts of this.counts.values()) for (const [part, count] of parts) merged.set(part, (merged.get(part) ?? 0) + count);
    return shareList(merged).slice(0, n);
  }
}

function sum(parts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const count of parts.values()) n += count;
  return n;
}

function ranked<T extends { key: string; count: number }>(items: T[]): T[] {
  return items.sort((a, b) => b.count - a.count || compareStrings(a.key, b.key));
}

function shareList(parts: ReadonlyMap<string, number>): Share[] {
  return ranked([...parts].map(([key, count]) => ({ key, count }))).map((p) => ({ ...p, folded: 0 }));
}

function folded(shares: Share[], max: number): Share[] {
  if (shares.length <= max) return shares;
  const rest = shares.slice(max - 1);
  return [...shares.slice(0, max - 1), { key: null, count: rest.reduce((n, s) => n + s.count, 0), folded: rest.length }];
}
