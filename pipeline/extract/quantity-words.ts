// The words around a number that say what it is: the hedge before it ("more than"), the noun it
// counts after it ("local households", "yuan", "%", "-year-old"), and the rate it is given at
// ("a month", "yearly income"). Offsets are relative to the sentence, in UTF-16 units.
import type { NumberMatch } from "./numbers.ts";
import { MONEY_UNITS, TIME_UNITS, unitForWord, type UnitCode } from "./units.ts";

export type Qualifier = "more_than" | "at_least" | "nearly" | "about" | "less_than" | "at_most" | "approximately_order";
export type Per = "day" | "week" | "month" | "year" | "person" | "household";

export interface Hedge {
  qualifier: Qualifier;
  text: string;
  start: number;
}

export interface UnitReading {
  unit: UnitCode;
  text: string | null;
  /** End of the words read, so the claim's span can cover them. */
  end: number;
  /** Taken from the other end of a range or change ("two or three mu"), not read here. */
  shared?: boolean;
}

// Anchored at the end of a short slice before the number, so each test is bounded.
const HEDGES: readonly [RegExp, Qualifier][] = [
  [/\b(no more than|not more than|up to|at most|a maximum of|within)\s+$/i, "at_most"],
  // "as many as 52 million", "by as much as 40 percent": a ceiling; "twice as many as 300" compares.
  [/(?<!\b(?:twice|times|half)\s)\b(as many as|as much as|as high as)\s+$/i, "at_most"],
  [/\b(more than|over|above|in excess of|upwards of|exceed|exceeds|exceeding|exceeded|passed|surpass|surpasses|surpassing|surpassed|top|tops|topped|topping)\s+$/i, "more_than"],
  [/\b(at least|a minimum of|no less than|not less than)\s+$/i, "at_least"],
  [/\b(nearly|almost|close to|just under|approaching)\s+$/i, "nearly"],
  [/\b(about|around|approximately|roughly|some|an estimated|estimated|or so)\s+$/i, "about"],
  // "~1,600", "like 2k people": the hedges of informal writing.
  // ("maybe 30 of us", "perhaps 200 houses", "something like 170 million", "closer to 30%": a guess, said as one.)
  [/(~)\s*$|\b(like|maybe|perhaps|probably|something like|closer to)\s+$/i, "about"],
  [/\b(less than|fewer than|under|below)\s+$/i, "less_than"],
];
const HEDGE_REACH = 24;

export function hedgeBefore(sentence: string, number: NumberMatch): Hedge | null {
  if (number.form === "order") return { qualifier: "approximately_order", text: number.valueText, start: number.start };
  const from = Math.max(0, number.start - HEDGE_REACH);
  const before = sentence.slice(from, number.start);
  for (const [pattern, qualifier] of HEDGES) {
    const m = pattern.exec(before);
    if (m) return { qualifier, text: (m[1] ?? m[2])!, start: from + m.index + (m[0].length - m[0].trimStart().length) };
  }
  return null;
}

// "2,000-plus residents", "300+ villages": a floor set after the number; "20,000 a year or less", "60 years or
// older": a bound after its noun. (Read over a short slice after the number, so each test is bounded.)
const HEDGES_AFTER: readonly [RegExp, Qualifier][] = [
  [/^(?:-plus\b|\+(?![\d+-]))/, "more_than"],
  // (Not "more or less", which is about.)
  [/^(?: (?!more\b)[\p{L}]+){0,3} (or (?:less|fewer|below|under))\b/u, "at_most"],
  [/^(?: [\p{L}]+){0,3} (or (?:more|above|over|older))\b/u, "at_least"],
  // ("during the past 40 years or so": about that many.)
  [/^(?: [\p{L}]+){0,2} (or so)\b/u, "about"],
];
const HEDGE_AFTER_REACH = 40;

/** A hedge written after the number, when none stands before it. */
export function hedgeAfter(sentence: string, number: NumberMatch): Hedge | null {
  const after = sentence.slice(number.end, number.end + HEDGE_AFTER_REACH);
  for (const [pattern, qualifier] of HEDGES_AFTER) {
    const m = pattern.exec(after);
    if (m) return { qualifier, text: (m[1] ?? m[0]).replace(/^-/, ""), start: number.end };
  }
  return null;
}

const WORD = /[\p{L}][\p{L}'’.-]*|[%$(),;:]/uy;
// Words that end the noun phrase a number heads: prepositions, articles, conjunctions, relatives,
// auxiliaries. Adjectives and other nouns in between are skipped.
// " of [the|its|their|Name's] 75 [one or two words] counties": the whole a part is taken from.
// (Without a number, a determiner or a possessive: "74,300 of Dongxiang's rural residents".)
const PART_OF_WHOLE = /^ of (?:(?:the |its |their |[\p{Lu}][\p{L}-]{0,40}['’]s )?(?:\d[\d,]{0,12}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred) |(?:the |its |their |these |those |[\p{Lu}][\p{L}-]{0,40}['’]s ))((?:[a-z][a-z-]{0,40} ){0,2}[a-z][a-z-]{0,40})\b/u;
// "Of the people moved to 458 sites, 712,000 have ...": a figure with no noun of its own after a
// clause that opens on what it counts.
// ("Among the impoverished counties applying to quit the list, 165 from Hebei ...": "among" too, and the
// counted noun after an adjective or two.)
const OF_THE_WHOLE = /^(?:(?:[Oo]f|[Aa]mong) (?:the|these|those|all the) ((?:[a-z][a-z-]{0,40} ){0,2}[a-z][a-z-]{0,40})\b[^,;]{0,120}, )$/u;
// "bringing the total number of counties removed from the list to 153": the noun a number of things counts.
const NUMBER_OF_BEFORE = /\bnumber of (?:the )?((?:[a-z][a-z-]{0,40} ){0,2}[a-z][a-z-]{0,40})(?: [^\s,;.]+){0,10}? (?:was|were|is|are|stood at|amounted to|reached|totall?ed|(?:rose|fell|dropped|increased|decreased|grew|came|climbed) to|to)(?: (?:at least|about|around|nearly|almost|over|more than|some|roughly|approximately))? $/u;

const PHRASE_END = new Set([
  "in", "on", "at", "to", "from", "of", "for", "with", "by", "into", "across", "within", "under", "over", "per",
  "and", "or", "but", "nor", "who", "which", "that", "whose", "where", "when", "a", "an", "the", "every", "each",
  "is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would", "can", "could", "did", "do",
  "such", "as", "than", "including", "involving", "living", "coming", "while", "after", "before", "since", "until",
  "this", "these", "those", "last", "next", "its", "their", "his", "her", "our", "my", "your", "so", "yet", "already",
  // ("About a third said their income had risen": a verb of saying after a share names nothing counted.)
  "said", "say", "says", "told", "tell", "think", "thought", "believe", "believed", "felt", "feel",
]);
const MAX_PHRASE_WORDS = 4;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsAfter(sentence: string, from: number, limit: number): Word[] {
  const out: Word[] = [];
  let at = from;
  while (out.length < limit) {
    // Quotation marks inside a phrase ('2.6 million "surplus rural labourers"') do not end it.
    while (sentence[at] === " " || sentence[at] === '"' || sentence[at] === "“" || sentence[at] === "”") at++;
    WORD.lastIndex = at;
    const m = WORD.exec(sentence);
    if (!m) break;
    // ("40 years’ development", "3 workers' houses": a plural's possessive mark is no part of the noun.)
    const text = m[0].replace(/[.]+$/, "").replace(/(?<=s)['’]$/, "");
    out.push({ text, start: at, end: at + text.length });
    at += m[0].length;
  }
  return out;
}

// Plural-looking words that follow a counted noun without being its head ("officials says").
const NOT_HEAD = new Set(["was", "has", "is", "does", "goes", "says", "always", "sometimes", "perhaps", "plus", "less", "across", "towards", "besides", "as"]);
const AGE_SUFFIX = /^-year-olds?\b/y;
const HYPHEN_UNIT = /^-([\p{L}]+)\b/uy;
const BETWEEN_COMMAS_AFTER_NAME = /[\p{Lu}][\p{L}'’-]*, $/u;
const POPULATION_BEFORE = /\b(?:population|(?:number|count) of (?:the )?(?:[\p{Ll}-]+ ){0,2}(?:poor|people|persons|residents|impoverished)|(?:the )?(?:rural |urban )?poor)\b(?: [^\s,;.]+){0,8}? (?:was|were|is|are|stood at|amounted to|reached|totall?ed|(?:fell|dropped|declined|decreased|rose|increased|grew|was reduced|were reduced|reducing|reduced|cutting|cut)(?: (?:to|by|from))?)(?: (?:at least|about|around|nearly|almost|over|more than|some|roughly|approximately))?\s$/iu;
const MONEY_CONTEXT = /\b(income|incomes|salary|salaries|wage|wages|pay|earn|earns|earned|earning|earnings|funds?|funding|investment|invested|invest|allocated|cost|costs|spent|spend|budget|revenue|price|subsid(?:y|ies)|loans?|bonus|yuan)\b/i;

// A people's name that stands for its people when nothing follows it: "128 million Chinese".
const NATION_PEOPLE = /^(?:Chinese|Japanese|Vietnamese|Burmese|Taiwanese|Nepalese|Pakistanis|Indians|Afghans|Americans|Europeans|Africans|Han)$/;

/** The noun the number counts, read from the words right after it (and a few signs around it). */
export function unitAfter(sentence: string, number: NumberMatch): UnitReading {
  // (The sign alone: digits of any script, their separators and invisible characters go.)
  if (number.signCurrency) return { unit: number.signCurrency, text: number.valueText.replace(/[\p{N}.,\s\uFF0C\uFF0E\u066B\u066C\u00AD\u200B-\u200D\u2060]|thousand|million|billion|trillion|bn|mn/gu, ""), end: number.end };
  const rest = sentence.slice(number.end);
  // ("2,000-plus residents", "300+ homes": the noun after the hedge the number carries.)
  const plus = /^(?:-plus|\+)(?= \p{L})/u.exec(rest);
  if (plus) return unitAfter(sentence, { ...number, end: number.end + plus[0].length });
  // ("one person in ten lives below the line": a share that names what it counts inside itself reads no noun after it.)
  if (number.countsInside) return { unit: "count", text: null, end: number.end };
  // "12%", the full-width "12％" and the Arabic "١٢٪", and "12 %" as French and SI set it (after a
  // no-break space, which the normalize stage makes an ordinary one).
  const percent = /^ ?[%％٪]/.exec(rest);
  if (percent) return { unit: "percent", text: percent[0].trim(), end: number.end + percent[0].length };
  AGE_SUFFIX.lastIndex = 0;
  const age = AGE_SUFFIX.exec(rest);
  if (age) return { unit: "year_of_age", text: age[0].slice(1), end: number.end + age[0].length };
  // "Yuermeti Ruzi, 26, who ...": a small number set off by commas after a name is an age.
  // ('said herder Dorje Tsering, 52.': or closing the sentence.)
  if (number.bareInteger && number.value > 0 && number.value < 120 && /^(?:,|\.(?:\s|$)|$)/.test(rest) && BETWEEN_COMMAS_AFTER_NAME.test(sentence.slice(0, number.start))) {
    return { unit: "year_of_age", text: null, end: number.end };
  }
  // "62 years old", "aged 26": ages.
  const old = /^ years? old\b/.exec(rest);
  if (old) return { unit: "year_of_age", text: old[0].trim(), end: number.end + old[0].length };
  // "for most of her 62 years": the years of a life.
  // ("during his eight years in power": a time in office, not a life.)
  if (/^ years\b(?! (?:in (?:power|office|charge)|at the helm|as\b))/.test(rest) && /\b(?:his|her|their) $/i.test(sentence.slice(Math.max(0, number.start - 6), number.start)) && number.value < 120) return { unit: "year_of_age", text: "years", end: number.end + 6 };
  if (/(?:^|[^\p{L}])aged $/iu.test(sentence.slice(Math.max(0, number.start - 12), number.start))) return { unit: "year_of_age", text: null, end: number.end };
  // "3x", "three times": a multiple, counted as it is written.
  const times = /^(?:x\b| times\b)/.exec(rest);
  if (times) return { unit: "count", text: times[0].trim(), end: number.end + times[0].length };
  HYPHEN_UNIT.lastIndex = 0;
  const hyphen = HYPHEN_UNIT.exec(rest);
  if (hyphen) {
    const unit = unitForWord(hyphen[1]!);
    return { unit: unit ?? "count", text: hyphen[1]!, end: number.end + hyphen[0].length };
  }
  // "67 of Gansu's 75 poverty-stricken counties": a part of a counted whole counts what the whole counts.
  // (A share, "¼ of its funds", is a fraction of the whole, not a count of it.)
  const whole = number.value >= 1 ? PART_OF_WHOLE.exec(rest) : null;
  if (whole) {
    const noun = whole[1]!.split(" ").reverse().find((w) => unitForWord(w.toLowerCase()) !== undefined);
    const unit = noun === undefined ? undefined : unitForWord(noun.toLowerCase());
    if (unit !== undefined && noun !== undefined && !MONEY_UNITS.has(unit)) return { unit, text: noun, end: number.end };
  }
  const words = wordsAfter(sentence, number.form === "order" && /^ of\b/.test(rest) ? number.end + 3 : number.end, MAX_PHRASE_WORDS + 1);
  let found: UnitReading | null = null;
  for (let i = 0; i < words.length && i < MAX_PHRASE_WORDS; i++) {
    const w = words[i]!;
    const lower = w.text.toLowerCase();
    // "2,600 textile and garment enterprises": a coordination before any counted noun goes on.
    if ((lower === "and" || lower === "or") && found === null && i > 0) continue;
    // "37 such workshops": "such" before the noun points back, and the noun is still what is counted ("such as" ends the phrase).
    if (lower === "such" && i === 0 && words[1] !== undefined && words[1].text.toLowerCase() !== "as") continue;
    // Two-word units first ("per cent", "percentage points", "civil servants"), before "per" ends a phrase.
    const next = words[i + 1];
    const pair = next && /^\p{L}/u.test(w.text) ? unitForWord(`${lower} ${next.text.toLowerCase()}`) : undefined;
    if (pair && next) {
      found = { unit: pair, text: sentence.slice(w.start, next.end), end: next.end };
      if (pair === "percent") break;
      i++;
      continue;
    }
    if (!/^\p{L}/u.test(w.text) || PHRASE_END.has(lower)) break;
    // "Eleven Beijing enterprises opened workshops": a verb in -ed after the noun ends the phrase.
    if (found !== null && /ed$/.test(lower) && unitForWord(lower) === undefined) break;
    const unit = unitForWord(lower);
    if (unit) found = { unit, text: w.text, end: w.end };
    // "24 county yearbooks": a plural noun after a unit word is the head, and it is not a unit.
    else if (found && found.end === words[i - 1]?.end && /^\p{Ll}{3,}s$/u.test(w.text) && !NOT_HEAD.has(lower)) found = { unit: "count", text: w.text, end: w.end };
    // "5,000 families got houses": after the counted noun, another word ends the phrase.
    else if (found) break;
    // A currency or percent closes the phrase: "4 million yuan a year", "15 percent of".
    if (unit && (MONEY_UNITS.has(unit) || unit === "percent")) break;
  }
  if (found) return found;
  // ("128 million Chinese in rural areas": a people's name ending the phrase counts its people; "16 Chinese
  // enterprises" counts the noun after it.)
  if (words[0] !== undefined && NATION_PEOPLE.test(words[0].text) && (words[1] === undefined || !/^\p{L}/u.test(words[1].text) || PHRASE_END.has(words[1].text.toLowerCase()))) return { unit: "person", text: words[0].text, end: words[0].end };
  // ("to feed my family of five": the members are counted, not families.)
  if (/\b(?:family|families|household|households) of $/i.test(sentence.slice(Math.max(0, number.start - 20), number.start))) return { unit: "person", text: null, end: number.end };
  const ofWhole = number.start > 200 ? null : OF_THE_WHOLE.exec(sentence.slice(0, number.start).trimStart());
  const counted = ofWhole ?? NUMBER_OF_BEFORE.exec(sentence.slice(Math.max(0, number.start - 160), number.start));
  // (The last of the words that names a unit: "impoverished counties applying" counts counties.)
  const wholeUnit = counted === null ? undefined : counted[1]!.split(" ").map(unitForWord).findLast((u) => u !== undefined);
  if (wholeUnit !== undefined && !MONEY_UNITS.has(wholeUnit)) return { unit: wholeUnit, text: null, end: number.end };
  // "the impoverished population amounted to 16.6 million", "The number of the rural poor dropped to 1.47 million",
  // ("was reduced from 82.49 million", "reducing the rural poor by at least 10 million": from, and with a hedge.)
  // "The Rural Poor Decreased by 13.86 Million": a bare figure a population is measured by counts people.
  if (number.value >= 1 && POPULATION_BEFORE.test(sentence.slice(Math.max(0, number.start - 90), number.start))) return { unit: "person", text: null, end: number.end };
  // "lifts 1.5 million out of poverty": those lifted out of poverty are people.
  const lifted = /^ out of (?:(?:extreme|absolute|abject|rural) )?poverty\b/.exec(rest);
  if (lifted) return { unit: "person", text: null, end: number.end };
  const first = words[0];
  // A share ("half", "a third", "¾") is of what follows, never a sum of money.
  const share = number.value < 1 && (number.form === "words" || /^[½¼¾\u2150-\u215E]$/.test(number.valueText));
  // ("her time spent in two camps": a plural noun after the number is what it counts, whatever word stands before.)
  const countsNoun = first !== undefined && /^\p{Ll}{3,}s$/u.test(first.text) && !PHRASE_END.has(first.text) && !NOT_HEAD.has(first.text) && first.text !== "this";
  if (!share && !countsNoun && MONEY_CONTEXT.test(sentence.slice(Math.max(0, number.start - 40), number.start))) {
    return { unit: "currency_unspecified", text: null, end: number.end };
  }
  // An unrecognised noun is kept as written so the reader sees what was counted.
  // (A word in -ed is a verb: "61,300 obtained certificates" names nothing counted.)
  if (first && /^\p{Ll}+$/u.test(first.text) && !PHRASE_END.has(first.text) && !/ed$/.test(first.text)) return { unit: "count", text: first.text, end: first.end };
  return { unit: "count", text: null, end: number.end };
}

const PER_AFTER = /^,? ?(?:\(|)(?:a|an|per|every|each) (day|week|month|year|person|household|capita)\b\)?|^ ?\((daily|weekly|monthly|yearly|annually|annual)\)/iy;
const PER_LATER = /\b(?:every|each|per) (day|week|month|year)\b/i;
const PER_ADJECTIVE = /\b(daily|weekly|monthly|yearly|annual|annually|per capita|per-capita)\b/gi;
const PER_WORD: Readonly<Record<string, Per>> = {
  day: "day", daily: "day", week: "week", weekly: "week", month: "month", monthly: "month", year: "year", yearly: "year",
  annual: "year", annually: "year", person: "person", capita: "person", "per capita": "person", "per-capita": "person", household: "household",
};

/** Start of the clause holding `at`: after the last ", " or ";" before it (a thousands comma has no space). */
export function clauseStartBefore(sentence: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    if (sentence[i] === ";" || (sentence[i] === "," && sentence[i + 1] === " ")) return i + 1;
  }
  return 0;
}

/**
 * The rate a figure is given at: right after it ("1,800 yuan a month", "(yearly)"), or, for money,
 * an adjective earlier in the same clause ("a monthly income of 1,800 yuan").
 */
export function perOf(sentence: string, unit: UnitReading, numberStart: number): Per | null {
  PER_AFTER.lastIndex = 0;
  const after = PER_AFTER.exec(sentence.slice(unit.end));
  if (after) return PER_WORD[(after[1] ?? after[2]!).toLowerCase()] ?? null;
  // "get 15 percent of the valuation every year": later in the same clause, before any other figure.
  const clause = sentence.slice(unit.end).split(/, |;|\d/)[0]!;
  const later = PER_LATER.exec(clause);
  if (later) return PER_WORD[later[1]!.toLowerCase()] ?? null;
  if (!MONEY_UNITS.has(unit.unit)) return null;
  const clauseStart = clauseStartBefore(sentence, numberStart);
  let per: Per | null = null;
  for (const m of sentence.slice(clauseStart, numberStart).matchAll(PER_ADJECTIVE)) per = PER_WORD[m[1]!.toLowerCase()] ?? per;
  return per;
}

// "a rural population of 3.19 million", "the number of trainees reached 12,000": the counted noun
// stands before the figure, joined to it by "of" or a verb of measure.
const NOUN_BEFORE = /(?:^|[^\p{L}-])([\p{L}-]+)(?: of (?:the )?[\p{L}-]+)? (?:of|was|were|is|are|reached|totalled|totaled|numbered|stood at|rose to|fell to|grew to|to|at) (?:about |around |nearly |almost |over |more than |some |roughly |approximately )?$/u;

// "the total number of employed people in Xinjiang grew from 11.35 million": what is numbered.
const NUMBER_OF = /\bnumber of (?:[\p{L}-]+ ){0,2}?([\p{L}-]+)(?: in| of| across|,|$)/u;

/** The unit of a noun written before the figure in its clause, when the words after it name none. */
export function unitBefore(sentence: string, numberStart: number): UnitCode | null {
  const counted = (word: string | undefined) => {
    const unit = word === undefined ? undefined : unitForWord(word);
    return unit !== undefined && !MONEY_UNITS.has(unit) && unit !== "percent" && !TIME_UNITS.has(unit) ? unit : null;
  };
  const near = counted(NOUN_BEFORE.exec(sentence.slice(Math.max(0, numberStart - 60), numberStart))?.[1]);
  if (near) return near;
  const clause = sentence.slice(clauseStartBefore(sentence, numberStart), numberStart);
  return /\d/.test(clause) ? null : counted(NUMBER_OF.exec(clause)?.[1]);
}
