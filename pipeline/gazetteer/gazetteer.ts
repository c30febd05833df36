// The gazetteer (reference/gazetteer.json, made by `npm run gazetteer`): one canonical entry per place,
// with its level, parent and other spellings. Checked with zod when the module loads, so a malformed file fails at start-up
// naming the entry; then a pure resolver from a name as written to its entry, O(1) through maps.
import data from "../../reference/gazetteer.json" with { type: "json" };
import { z } from "zod";
import type { PlaceLevel } from "./divisions.ts";
import { GAZETTEER_ENTRY, LEVEL_RANK } from "./gazetteer-entry.ts";

export interface GazetteerEntry {
  /** Lower-case, hierarchical: "cn", "cn-xj", "cn-xj-kashgar", ... */
  id: string;
  name: string;
  /** Never "unknown". */
  level: PlaceLevel;
  /** Id of the entry this place lies in; null only for a country. */
  parent: string | null;
  aliases: string[];
  /** GB/T 2260 code, or null when not known for certain (always null below county level). */
  adcode: string | null;
  /** Why a parent or level is uncertain, or a known pitfall. */
  note?: string;
  /** Written by hand (reference/gazetteer-overlay.json), with the English forms texts use: its names are known bare. */
  curated?: true;
}

const FileSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "expected a semantic version MAJOR.MINOR.PATCH"),
  description: z.string().min(1),
  sources: z.array(z.strictObject({ package: z.string().min(1), version: z.string().min(1) })).optional(),
  places: z.array(z.unknown()),
});

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}

/** The code's prefix its children share: "650000" → "65", "653100" → "6531". */
function adcodePrefix(code: string): string {
  return code.replace(/(?:00)+$/, "");
}

/**
 * Checks a parsed gazetteer file and returns its entries (frozen). Throws one Error listing every
 * problem, each with the entry's index in `places` (and its id when readable).
 */
export function parseGazetteer(raw: unknown, source = "reference/gazetteer.json"): readonly GazetteerEntry[] {
  const top = FileSchema.safeParse(raw);
  if (!top.success) {
    throw new Error(`${source} is malformed:\n${top.error.issues.map((i) => `  ${pathText(i.path) || "(top level)"}: ${i.message}`).join("\n")}`);
  }
  const problems: string[] = [];
  const entries: { index: number; entry: GazetteerEntry }[] = [];
  top.data.places.forEach((item, index) => {
    const parsed = GAZETTEER_ENTRY.safeParse(item);
    if (!parsed.success) {
      const id = typeof item === "object" && item !== null && "id" in item && typeof item.id === "string" ? ` (id "${item.id}")` : "";
      for (const i of parsed.error.issues) problems.push(`places[${index}]${id}${i.path.length > 0 ? `.${pathText(i.path)}` : ""}: ${i.message}`);
      return;
    }
    const e = parsed.data;
    const entry: GazetteerEntry = { id: e.id, name: e.name, level: e.level, parent: e.parent, aliases: e.aliases, adcode: e.adcode, ...(e.note !== undefined ? { note: e.note } : {}), ...(e.curated ? { curated: true as const } : {}) };
    entries.push({ index, entry });
  });

  const byId = new Map<string, { index: number; entry: GazetteerEntry }>();
  const byAdcode = new Map<string, number>();
  for (const item of entries) {
    const { index, entry } = item;
    const at = `places[${index}] (id "${entry.id}")`;
    const first = byId.get(entry.id);
    if (first !== undefined) problems.push(`${at}: id already used by places[${first.index}]`);
    else byId.set(entry.id, item);
    if (entry.adcode !== null) {
      const other = byAdcode.get(entry.adcode);
      if (other !== undefined) problems.push(`${at}: adcode ${entry.adcode} already used by places[${other}]`);
      else byAdcode.set(entry.adcode, index);
    }
    const seen = new Set<string>();
    for (const spelling of [entry.name, ...entry.aliases]) {
      const lower = spelling.toLowerCase();
      if (seen.has(lower)) problems.push(`${at}: "${spelling}" is listed twice (name and aliases are compared case-insensitively)`);
      seen.add(lower);
    }
  }
  for (const { index, entry } of entries) {
    const at = `places[${index}] (id "${entry.id}")`;
    if (entry.parent === null) {
      if (entry.level !== "country") problems.push(`${at}: parent is null, but only a country may have no parent`);
      continue;
    }
    const parent = byId.get(entry.parent);
    if (parent === undefined) {
      problems.push(`${at}: parent "${entry.parent}" is not the id of any entry`);
      continue;
    }
    if (entry.adcode !== null && parent.entry.adcode !== null && !entry.adcode.startsWith(adcodePrefix(parent.entry.adcode))) {
      problems.push(`${at}: adcode ${entry.adcode} does not lie under its parent's adcode ${parent.entry.adcode}`);
    }
    // Walk up: a cycle would make parentChain loop forever.
    const visited = new Set<string>([entry.id]);
    for (let up: GazetteerEntry | undefined = parent.entry; up !== undefined; up = up.parent === null ? undefined : byId.get(up.parent)?.entry) {
      if (visited.has(up.id)) {
        problems.push(`${at}: its parents form a cycle through "${up.id}"`);
        break;
      }
      visited.add(up.id);
    }
  }
  if (problems.length > 0) throw new Error(`${source} is malformed:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  return Object.freeze(entries.map(({ entry }) => Object.freeze({ ...entry, aliases: Object.freeze([...entry.aliases]) as string[] })));
}

export const GAZETTEER: readonly GazetteerEntry[] = parseGazetteer(data);

// Ethnic words that stand between a name and "Autonomous Region/Prefecture/County".
const ETHNIC = "uygur|hui|zhuang|mongol|mongolian|kazak|kazakh|kirghiz|kirgiz|kyrgyz|tajik|xibe|tibetan|miao|yi|dai|bai|hani|dong|tujia|li|yao|buyei|naxi|lisu|jingpo|qiang|tu|salar|dongxiang";
// A trailing level word, on a normalized key, with the level it names (as divisions.ts LEVEL_WORDS reads them).
const TRAILING_LEVEL: readonly [RegExp, PlaceLevel][] = [
  [new RegExp(`^(.+?)(?: (?:${ETHNIC}))*(?: and (?:${ETHNIC}))? autonomous region$`), "region"],
  [new RegExp(`^(.+?)(?: (?:${ETHNIC}))*(?: and (?:${ETHNIC}))? autonomous prefecture$`), "prefecture"],
  [new RegExp(`^(.+?)(?: (?:${ETHNIC}))*(?: and (?:${ETHNIC}))? autonomous county$`), "county"],
  [/^(.+?) (?:special administrative region|sar)$/, "region"],
  [/^(.+?) province$/, "province"],
  [/^(.+?) municipality$/, "municipality"],
  [/^(.+?) prefecture$/, "prefecture"],
  [/^(.+?) city$/, "city"],
  [/^(.+?) (?:county|district)$/, "county"],
  [/^(.+?) township$/, "township"],
  [/^(.+?) town$/, "town"],
  [/^(.+?) village$/, "village"],
];

/**
 * The form names are compared in: no diacritics, lower case, single spaces, straight apostrophes,
 * and "Uyghur"/"Uighur" read as "Uygur".
 */
export function keyOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\b(?:uyghur|uighur|uigur)\b/g, "uygur");
}

function withoutLevelWord(key: string): { base: string; level: PlaceLevel } | null {
  for (const [pattern, level] of TRAILING_LEVEL) {
    const m = pattern.exec(key);
    if (m?.[1] !== undefined) return { base: m[1], level };
  }
  return null;
}

const BY_ID: ReadonlyMap<string, GazetteerEntry> = new Map(GAZETTEER.map((e) => [e.id, e]));

// Every name and alias, and each of those without its level word, to the entries spelt so (file order).
const BY_KEY: ReadonlyMap<string, readonly GazetteerEntry[]> = (() => {
  const map = new Map<string, GazetteerEntry[]>();
  const put = (key: string, entry: GazetteerEntry) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of GAZETTEER) {
    for (const spelling of [entry.name, ...entry.aliases]) {
      const key = keyOf(spelling);
      put(key, entry);
      const stripped = withoutLevelWord(key);
      if (stripped !== null) put(stripped.base, entry);
    }
  }
  return map;
})();

const NAMES: readonly string[] = [...new Set(GAZETTEER.flatMap((e) => [e.name, ...e.aliases]))].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

/**
 * Every entry a name as written may stand for, best first. Matches a name or alias case-insensitively,
 * treating Uygur/Uyghur/Uighur alike; a trailing level word ("Akto County", "Xinjiang Uygur
 * Autonomous Region") is dropped when the whole does not match. Entries at the level `levelHint`
 * names (without a hint, the level the dropped word names) come first, then by level, highest first.
 */
export function candidatesFor(name: string, levelHint?: PlaceLevel): GazetteerEntry[] {
  const key = keyOf(name);
  if (key === "") return [];
  let hint: PlaceLevel | undefined = levelHint === "unknown" ? undefined : levelHint;
  let candidates = BY_KEY.get(key);
  if (candidates === undefined) {
    const stripped = withoutLevelWord(key);
    if (stripped === null) return [];
    candidates = BY_KEY.get(stripped.base);
    hint ??= stripped.level;
  }
  if (candidates === undefined) return [];
  const atHint = hint === undefined ? [] : candidates.filter((e) => e.level === hint);
  const pool = atHint.length > 0 ? atHint : [...candidates];
  return pool.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
}

/**
 * The entry a name as written stands for, or null: the first of candidatesFor (when several
 * share the name, the one at the hinted level, else the highest: "Hotan" is the prefecture).
 */
export function resolvePlace(name: string, levelHint?: PlaceLevel): GazetteerEntry | null {
  return candidatesFor(name, levelHint)[0] ?? null;
}

/** Every name and alias once, longest first (so a longer name is tried before one inside it). */
export function placeNames(): string[] {
  return [...NAMES];
}

/** The entry with this id, or null. */
export function placeById(id: string): GazetteerEntry | null {
  return BY_ID.get(id) ?? null;
}

/**
 * The ancestors of the entry with this id, nearest first and the country last (the entry itself is
 * not included; a country has none). Throws on an id that is not in the gazetteer.
 */
export function parentChain(id: string): GazetteerEntry[] {
  let entry = BY_ID.get(id);
  if (entry === undefined) throw new RangeError(`parentChain: "${id}" is not an id in the gazetteer`);
  const chain: GazetteerEntry[] = [];
  while (entry.parent !== null) {
    const parent = BY_ID.get(entry.parent);
    if (parent === undefined) break; // cannot happen: parseGazetteer checked every parent
    chain.push(parent);
    entry = parent;
  }
  return chain;
}
