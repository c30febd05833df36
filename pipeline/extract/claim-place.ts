// The place a figure is about, from the places its sentence names: the nearest, widened to the
// most specific member of a chain, never an example after "including", a source's place last.
import type { PlaceLevel } from "../gazetteer/divisions.ts";
import type { Entities } from "./entities.ts";
import type { Place } from "./places.ts";
import { firstFrom, overlaps, type TextSpan } from "../text/spans.ts";

// Smaller is more specific: in a chain "X Village, Y County, Z Province" the village is the place.
const LEVEL_RANK: Readonly<Record<PlaceLevel, number>> = {
  village: 0, town: 1, township: 1, county: 2, unknown: 2, city: 3, prefecture: 3, municipality: 4, province: 4, region: 4, area: 4, country: 5,
};
// What stands between a figure and a place that belongs to another clause.
const CLAUSE_BREAK = /[;:]|, (?:while|whereas|but|and|compared with|against)\b|\b(?:while|whereas|compared with)\b/;
const LIST_OPENER = /\b(?:including|such as|like|among them|namely) (?:[\p{Lu}][\p{L}'’ -]*(?:, and |, | and ))*$/u;

// "Tashikurgan is the only Tajik autonomous county in China, with 41,000 residents", "the poorest
// county in Gansu", "one of the first regions in China to provide": the place a superlative compares
// within is not the one its figures are about. ("The first sunlight of Gaibao Village": "first ... of" is no rank.)
const COMPARED_WITHIN = /\b(?:the|its) (?:(?:second|third)[- ])?(?:(?:only|largest|biggest|poorest|richest|highest|lowest|smallest|remotest|oldest|youngest|longest|fastest|best|worst|most [\p{Ll}-]+|least [\p{Ll}-]+)\b[^,;.!?]{0,60}? (?:in|of)|first\b[^,;.!?]{0,60}? in) (?:the )?$/u;
const COMPARED_REACH = 90;

export interface PlaceCandidate extends TextSpan {
  place: Place;
  rank: number;
}

/** Every place mention of a document, in text order: made once per document, read per sentence. */
export function documentPlaces(entities: Entities): PlaceCandidate[] {
  return entities.places
    .flatMap((place) => place.mentions.map((m) => ({ start: m.start, end: m.end, place, rank: LEVEL_RANK[place.level] })))
    .sort((a, b) => a.start - b.start);
}

/**
 * The places a sentence names that may be what its figures are about, in text order. A binary
 * search into the document's mentions, so a long document costs no more per sentence than a short one.
 */
export function sentencePlaces(text: string, mentions: readonly PlaceCandidate[], sentence: TextSpan): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  for (let k = firstFrom(mentions, sentence.start); k < mentions.length && mentions[k]!.start < sentence.end; k++) {
    const m = mentions[k]!;
    if (m.end <= sentence.end && !LIST_OPENER.test(text.slice(Math.max(sentence.start, m.start - 200), m.start))) out.push(m);
  }
  return out;
}

/** "The north-western province of ": a place's level word and what stands before it, before the place's name. */
export const PLACE_LEVEL_OF = "(?:[Tt]he )?(?:(?!of )[\\p{Ll}-]+ ){0,3}(?:province|autonomous region|region|prefecture|county|city|municipality) of ";
const PLACE_BY_LEVEL = new RegExp(`^${PLACE_LEVEL_OF}$`, "u");

/**
 * The place a figure is about: the nearest place the sentence names (one after the figure wins a
 * tie), widened to the most specific member of a chain it stands in ("Kalasa village in Wensu
 * county", "Guanfang Village, Wanchang Town, ..."). Places listed as examples after "including"
 * are members, not the place; places inside the source of the figure count only when no other does.
 */
export function placeOf(text: string, inSentence: readonly PlaceCandidate[], at: TextSpan, sources: readonly TextSpan[]): Place | null {
  const outsideSources = inSentence.filter((m) => !sources.some((s) => overlaps(s, m)));
  const notCompared = outsideSources.filter((m) => !COMPARED_WITHIN.test(text.slice(Math.max(0, m.start - COMPARED_REACH), m.start)));
  const pool = notCompared.length > 0 ? notCompared : outsideSources.length > 0 ? outsideSources : inSentence;
  // "The rate in Gansu fell to 0.5 per cent, while China as a whole ...": the figure's own clause first.
  const clause = pool.filter((m) => !CLAUSE_BREAK.test(text.slice(Math.min(m.end, at.end), Math.max(m.start, at.start))));
  const candidates = clause.length > 0 ? clause : pool;
  // ("Pishan County (0.387 1),Yutian County (0.378 8)": a figure in brackets right after a place is that place's.)
  const distance = (m: TextSpan) => (m.end <= at.start && /^ ?\( ?$/.test(text.slice(m.end, at.start)) ? 0 : m.start >= at.end ? m.start - at.end : at.start - m.end + 0.5);
  // ("The north-western province of Gansu, long ranked among the poorest in China, announced that its last eight ...": with
  // every place inside the source, and the source a place named by its level's word, that place, not one its description
  // names.)
  const placeSpeaks = outsideSources.length === 0 && candidates[0] !== undefined && sources.some((s) => s.start <= candidates[0]!.start && PLACE_BY_LEVEL.test(text.slice(s.start, candidates[0]!.start)));
  let best = placeSpeaks ? candidates[0]! : candidates.reduce<PlaceCandidate | null>((b, m) => (b === null || distance(m) < distance(b) ? m : b), null);
  if (best === null) return null;
  const k = candidates.indexOf(best);
  // ("central China's Hunan Province": a possessive links the two as well.)
  const linked = (a: TextSpan, b: TextSpan) => /^(?:, | in | of |['’]s )$/.test(text.slice(a.end, b.start));
  for (let j = k - 1; j >= 0 && linked(candidates[j]!, candidates[j + 1]!); j--) if (candidates[j]!.rank < best.rank) best = candidates[j]!;
  for (let j = k + 1; j < candidates.length && linked(candidates[j - 1]!, candidates[j]!); j++) if (candidates[j]!.rank < best.rank) best = candidates[j]!;
  return best.place;
}

