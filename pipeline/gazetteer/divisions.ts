// The places a text may name without a level word ("Kashgar", "Gansu", "Pakistan"), and the level
// words texts write after a name ("Awati county"). Known bare: countries, China's divisions down to
// prefecture level, and every place written into the hand-made overlay with the forms texts use;
// a county-level name needs its level word (or that word elsewhere in the text), since many of
// the 2,800 of them are also given names or words.
import { LEVEL_RANK } from "./gazetteer-entry.ts";
import { GAZETTEER, keyOf } from "./gazetteer.ts";
import { personNameForm } from "../text/name-forms.ts";
import type { TextSpan } from "../text/spans.ts";

export type PlaceLevel = "country" | "region" | "province" | "municipality" | "prefecture" | "city" | "county" | "township" | "town" | "village" | "area" | "unknown";

const LEVEL_WORD_IN_NAME = /\b(?:Autonomous|Region|Province|Prefecture|County|City|Town|Township|Village|Municipality|District|Banner|League|SAR)\b/i;
const BARE_LEVELS: ReadonlySet<PlaceLevel> = new Set(["country", "region", "province", "municipality", "prefecture"]);
// The most words a bare name has ("Democratic Republic of the Congo" is not looked for bare).
const LONGEST_BARE = 4;

// Spelling (compared as gazetteer keys) to the level of the highest entry spelt so.
const BARE: ReadonlyMap<string, PlaceLevel> = (() => {
  const map = new Map<string, PlaceLevel>();
  for (const e of GAZETTEER) {
    if (!e.curated && !BARE_LEVELS.has(e.level)) continue;
    for (const spelling of [e.name, ...e.aliases]) {
      if (LEVEL_WORD_IN_NAME.test(spelling) || !/^\p{Lu}/u.test(spelling) || spelling.split(" ").length > LONGEST_BARE) continue;
      const key = keyOf(spelling);
      const known = map.get(key);
      if (known === undefined || LEVEL_RANK[e.level] > LEVEL_RANK[known]) map.set(key, e.level);
    }
  }
  return map;
})();

/** The level of a place known bare by this name, or undefined. */
export function listedLevel(name: string): PlaceLevel | undefined {
  return BARE.get(keyOf(name));
}

/** Whether a name is a listed country's or province's, a place no person's name or writer's byline holds. */
export function isBroadPlace(name: string): boolean {
  const level = listedLevel(name);
  return level === "country" || level === "province";
}

export interface BareName extends TextSpan {
  name: string;
  level: PlaceLevel;
}

// A run of capitalised words ("Inner Mongolia", "U.S.", "Xi'an", "LANZHOU"); each run is read once.
const RUN = /[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)*/gu;
// ("U.S. dollars", "(U.S. $11.5 billion)": a country's name that says whose currency, before it.)
// ("US$2.7bil": the sign set right after the name.)
const CURRENCY_AFTER = /^(?: (?:dollars?|cents?|yuan)\b| ?\$)/i;

/**
 * Every place the text names bare, longest first at each word: a name inside a person's name
 * ("Zhang Yining") or before a currency ("U.S. dollars", "U.S. $11.5 billion") is not a place.
 */
export function bareNamesIn(text: string): BareName[] {
  const out: BareName[] = [];
  for (const m of text.matchAll(RUN)) {
    const words = m[0].split(" ");
    const offsets: number[] = [];
    let at = m.index;
    for (const w of words) {
      offsets.push(at);
      at += w.length + 1;
    }
    for (let i = 0; i < words.length; ) {
      let size = Math.min(LONGEST_BARE, words.length - i);
      for (; size >= 1; size--) {
        const name = words.slice(i, i + size).join(" ").replace(/['’]s$|\.$(?<!\b\p{Lu}\.)/u, "");
        // ("About Us": a short form known in capitals, "US", is no place written otherwise.)
        const level = name.length <= 2 && name !== name.toUpperCase() ? undefined : BARE.get(keyOf(name));
        if (level === undefined) continue;
        const start = offsets[i]!;
        const end = start + name.length;
        const inPerson = i > 0 && personNameForm([words[i - 1]!, words[i]!]) !== null;
        if (!inPerson && !CURRENCY_AFTER.test(text.slice(end, end + 10))) out.push({ name, level, start, end });
        break;
      }
      i += Math.max(size, 1);
    }
  }
  return out;
}

/** Level words as texts write them after a name ("Awati county", "Xinjiang Uygur Autonomous Region"). */
export const LEVEL_WORDS: readonly [RegExp, PlaceLevel][] = [
  [/^(?:Uygur |Uyghur |Uighur |Hui |Zhuang |Tibet )?Autonomous Region$/i, "region"],
  [/^Autonomous Prefecture$/i, "prefecture"],
  [/^Autonomous County$/i, "county"],
  [/^Province$/i, "province"],
  [/^Municipality$/i, "municipality"],
  [/^Prefecture$/i, "prefecture"],
  [/^League$/i, "prefecture"],
  [/^City$/i, "city"],
  [/^County$/i, "county"],
  [/^District$/i, "county"],
  [/^Banner$/i, "county"],
  [/^Township$/i, "township"],
  [/^Town$/i, "town"],
  [/^Village$/i, "village"],
];
