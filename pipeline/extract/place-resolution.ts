// The place names of one document, each with the level the text gives it, in; the gazetteer entry
// each stands for out, or, when several places share the name and the document does not say which,
// all of them. The document's other places decide: "Liangshan" beside Sichuan is the prefecture there.
import { LEVEL_RANK } from "../gazetteer/gazetteer-entry.ts";
import { candidatesFor, parentChain, type GazetteerEntry } from "../gazetteer/gazetteer.ts";
import type { PlaceLevel } from "../gazetteer/divisions.ts";

export interface Resolution {
  entry: GazetteerEntry | null;
  /** Every entry the name may stand for when the document does not tell them apart; else empty. */
  candidates: GazetteerEntry[];
}

export interface NameAtLevel {
  name: string;
  level: PlaceLevel;
}

export function resolvePlaces(names: readonly NameAtLevel[]): Resolution[] {
  const options = names.map((n) => candidatesFor(n.name, n.level));
  // What the document names for certain, and everything those places lie in.
  const context = new Set<string>();
  for (const list of options) {
    if (list.length !== 1) continue;
    context.add(list[0]!.id);
    for (const up of parentChain(list[0]!.id)) context.add(up.id);
  }
  return options.map((list) => {
    if (list.length <= 1) return { entry: list[0] ?? null, candidates: [] };
    const near = list.filter((e) => parentChain(e.id).some((up) => up.id !== "cn" && context.has(up.id)));
    const pool = near.length > 0 ? near : list;
    // One candidate, or one ranked above the rest ("Hotan": the prefecture over its city and county).
    if (pool.length === 1 || LEVEL_RANK[pool[0]!.level] > LEVEL_RANK[pool[1]!.level]) return { entry: pool[0]!, candidates: [] };
    return { entry: null, candidates: pool };
  });
}
