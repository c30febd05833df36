// Normalized text in, places out: names with a level word ("Awati county", "Yunnan Province",
// "Xinjiang Uygur Autonomous Region"), appositions ("Paxiang, a village in ..."), names on the
// built-in list of divisions, and "southern Xinjiang"-style areas; then every later bare mention.
import { LEVEL_RANK } from "../gazetteer/gazetteer-entry.ts";
import type { GazetteerEntry } from "../gazetteer/gazetteer.ts";
import { resolvePlaces } from "./place-resolution.ts";
import { bareNamesIn, LEVEL_WORDS, listedLevel, type PlaceLevel } from "../gazetteer/divisions.ts";
import { NOT_NAME_WORDS, nonOverlapping, wholeWordOccurrences, type TextSpan } from "../text/spans.ts";

export interface PlaceMention extends TextSpan {
  name: string;
}

export interface Place {
  /** The first spelling the text uses. */
  name: string;
  level: PlaceLevel;
  levelBasis: "text" | "list" | "gazetteer";
  mentions: PlaceMention[];
  /** The gazetteer entry every spelling of this place resolves to, or null: not in the gazetteer, or ambiguous. */
  gazetteer: GazetteerEntry | null;
  /** When the gazetteer holds several places of this name and the document does not say which: all of them. */
  candidates: GazetteerEntry[];
}

const CAP = "[\\p{Lu}][\\p{L}'’-]*";
// The first word of a pattern searched for anywhere is at most 41 letters, so a run of letters with
// no space ("ABCDEFGH...") is not read to its end again from each of its capitals.
const LEAD_CAP = "[\\p{Lu}][\\p{L}'’-]{0,40}";
const WITH_LEVEL = new RegExp(
  `${LEAD_CAP} (?:${CAP} ){0,3}(?:(?:Uygur |Uyghur |Uighur |Hui |Zhuang )?Autonomous (?:Region|Prefecture|County)|Province|Municipality|Prefecture|County|City|District|Township|Town|Village|village|county|town|township|prefecture)\\b`,
  "gu",
);
const APPOSITION = new RegExp(`(${LEAD_CAP}(?: ${CAP}){0,2}), an? (village|town|township|county|city|prefecture|province|region) (?:in|of|near)\\b`, "gu");
const AREA = /\b(southern|northern|eastern|western|central) (\p{Lu}[\p{L}'’-]+)/gu;

function levelOf(word: string): PlaceLevel {
  for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(word)) return level;
  return "unknown";
}

interface Found {
  name: string;
  level: PlaceLevel;
  basis: "text" | "list";
  span: TextSpan;
}

function withLevelWord(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(WITH_LEVEL)) {
    const words = m[0].split(" ");
    // Split the name from its level word(s): the level starts at the first level-word token.
    const k = words.findIndex((w, i) => i > 0 && (levelOf(words.slice(i).join(" ")) !== "unknown"));
    if (k < 0) continue;
    let first = 0;
    words.slice(0, k).forEach((w, i) => {
      if (/['’]s$/.test(w)) first = i + 1;
    });
    while (first < k && NOT_NAME_WORDS.has(words[first]!)) first++;
    // "Xinjiang Aksu Prefecture": a listed higher division in front is its own mention, not part of the name.
    while (first < k - 1 && ["country", "region", "province", "municipality"].includes(listedLevel(words[first]!) ?? "")) first++;
    if (first >= k) continue;
    const prefix = words.slice(0, first).join(" ");
    const start = m.index + (first === 0 ? 0 : prefix.length + 1);
    const name = words.slice(first, k).join(" ");
    const level = levelOf(words.slice(k).join(" "));
    // "a Hunan village", "a Xinjiang county": a province named as an adjective keeps its own level.
    const known = listedLevel(name);
    // (Only a prefecture or above: "Qianjin village" is a village, though a town is named Qianjin too.)
    if (known !== undefined && /^\p{Ll}/u.test(words[k]!) && LEVEL_RANK[known] > LEVEL_RANK[level] && LEVEL_RANK[known] >= LEVEL_RANK.prefecture) {
      out.push({ name, level: known, basis: "list", span: { start, end: start + name.length } });
      continue;
    }
    out.push({ name, level, basis: "text", span: { start, end: m.index + m[0].length } });
  }
  return out;
}

export function extractPlaces(text: string): Place[] {
  const found: Found[] = withLevelWord(text);
  for (const m of text.matchAll(APPOSITION)) {
    const name = m[1]!;
    if (NOT_NAME_WORDS.has(name.split(" ")[0]!)) continue;
    found.push({ name, level: levelOf(m[2]!), basis: "text", span: { start: m.index, end: m.index + name.length } });
  }
  for (const m of text.matchAll(AREA)) {
    if (listedLevel(m[2]!) === undefined) continue;
    found.push({ name: m[0], level: "area", basis: "text", span: { start: m.index, end: m.index + m[0].length } });
  }
  // Level from the text wins over the list; the first text level seen for a name is kept.
  const levels = new Map<string, { level: PlaceLevel; basis: "text" | "list" }>();
  for (const f of found) if (!levels.has(f.name)) levels.set(f.name, { level: f.level, basis: f.basis });
  for (const bare of bareNamesIn(text)) {
    if (!levels.has(bare.name)) levels.set(bare.name, { level: bare.level, basis: "list" });
    found.push({ name: bare.name, level: bare.level, basis: "list", span: { start: bare.start, end: bare.end } });
  }
  // Every bare mention of a name the text gave a level ("Awati county" then "Awati"), unless inside
  // a longer mention; names known bare were all found by the scan above.
  for (const [name, known] of levels) {
    if (known.basis === "list") continue;
    for (const span of wholeWordOccurrences(text, name)) found.push({ name, level: known.level, basis: "list", span });
  }
  const kept = nonOverlapping(found.map((f) => ({ start: f.span.start, end: f.span.end, name: f.name })));
  const names = [...new Set(kept.map((m) => m.name))];
  const resolved = new Map(resolvePlaces(names.map((name) => ({ name, level: levels.get(name)!.level }))).map((r, k) => [names[k]!, r]));
  // Spellings of one gazetteer place ("Akto", "Aktao") are one place; an unknown name stays its own.
  const byKey = new Map<string, Place>();
  for (const mention of kept) {
    const known = levels.get(mention.name)!;
    const { entry, candidates } = resolved.get(mention.name)!;
    const key = entry ? `gazetteer:${entry.id}` : `name:${mention.name}`;
    let place = byKey.get(key);
    if (!place) {
      const fromGazetteer = known.basis !== "text" && entry !== null;
      place = { name: mention.name, level: fromGazetteer ? entry.level : known.level, levelBasis: fromGazetteer ? "gazetteer" : known.basis, mentions: [], gazetteer: entry, candidates };
      byKey.set(key, place);
    }
    place.mentions.push(mention);
  }
  return [...byKey.values()];
}
