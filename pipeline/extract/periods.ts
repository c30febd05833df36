// A sentence in, the time periods it names out: "in 2018", "in February 2017", "in early 2014",
// "from 2014 to 2018", "by the end of August 2018", "since October 2016", "as of November 14",
// "last year", "from January to August this year", "the first eight months of 2020", "by 2020", "before 2020". Each is resolved to first and last day where the words allow, relative phrases
// against the document's publication year; unresolvable ones keep their words only.
import { MONTH_PATTERN, daysInMonth, isoDay, monthNumber, pad2 } from "../normalize/dates.ts";
import type { TextSpan } from "../text/spans.ts";
import { UNITS } from "./number-words.ts";

export type PeriodPrecision = "day" | "month" | "part_of_year" | "year" | "years";

export interface Period extends TextSpan {
  text: string;
  periodStart: string | null;
  periodEnd: string | null;
  precision: PeriodPrecision | null;
}

const YEAR = "((?:19|20)\\d{2})";
const MONTH = `(${MONTH_PATTERN})`;
const DAY_MS = 86_400_000;
const RELATIVE_YEAR = "([Ll]ast|[Tt]his|[Nn]ext) year";
const PART = "the first half of|the second half of|the (?:first|second|third|fourth) quarter of|the first three quarters of";
const MONTH_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
const MONTH_COUNT = `${MONTH_WORDS.join("|")}|\\d{1,2}`;
// Alternatives are tried in order at each position; every one is bounded, so the scan is linear.
const PERIOD = new RegExp(
  [
    `\\b(?:[Ff]rom|[Bb]etween) ${YEAR} (?:to|and|through|until) ${YEAR}\\b`,
    `\\b${YEAR}[-–]${YEAR}\\b`,
    `\\b(?:[Bb]y|[Aa]t|[Aa]s of|[Uu]ntil|[Tt]ill) the end of (?:${MONTH} )?${YEAR}\\b`,
    `\\b(?:[Ss]ince|[Aa]s of|[Bb]y) ${MONTH} (\\d{1,2})(?:, ${YEAR})?\\b`,
    `\\b(?:[Ss]ince|[Aa]s of) (?:${MONTH} )?${YEAR}\\b`,
    `\\b(?:[Ii]n|[Dd]uring) (early|late|mid-|${PART}) ?${YEAR}\\b`,
    `\\b(?:[Ii]n|[Dd]uring|[Ff]or) (?:${MONTH} )?${YEAR}\\b`,
    `\\b([Ll]ast|[Tt]his|[Nn]ext) year\\b`,
    `\\b(?:[Ff]rom|[Bb]etween) ${MONTH} (?:to|and|through|until) ${MONTH}(?:,? (?:of )?(?:${YEAR}|${RELATIVE_YEAR}))?\\b`,
    `\\b${MONTH}[-–]${MONTH}(?:,? ${YEAR})?\\b`,
    `\\bthe first (${MONTH_COUNT}) months of (?:${YEAR}|${RELATIVE_YEAR}|the year)\\b`,
    `\\b(?:[Ii]n|[Dd]uring) (${PART}) (?:${RELATIVE_YEAR}|the year)\\b`,
    `\\b([Bb]y|[Bb]efore) ${YEAR}\\b`,
    `\\b(?:[Bb]y|[Aa]t|[Aa]s of|[Uu]ntil) the end of ${RELATIVE_YEAR}\\b`,
    `\\b(?:[Oo]ver|[Ii]n|[Dd]uring|[Ff]or|[Ww]ithin) the (?:past|last) (?:(${MONTH_COUNT}|one) (years?|months?)|(year|month))\\b`,
  ].join("|"),
  "g",
);

function yearBounds(year: number): [string, string] {
  return [`${year}-01-01`, `${year}-12-31`];
}

function monthBounds(year: number, month: number): [string, string] {
  return [`${year}-${pad2(month)}-01`, `${year}-${pad2(month)}-${pad2(daysInMonth(year, month))}`];
}

type Resolved = Pick<Period, "periodStart" | "periodEnd" | "precision">;

/** The first and last month of a named part of a year. */
const PART_MONTHS: Record<string, [number, number]> = {
  "the first half of": [1, 6],
  "the second half of": [7, 12],
  "the first quarter of": [1, 3],
  "the second quarter of": [4, 6],
  "the third quarter of": [7, 9],
  "the fourth quarter of": [10, 12],
  "the first three quarters of": [1, 9],
};

/** "eight" or "8": how many months or years a span counts. */
function countOf(word: string): number {
  return UNITS.get(word.toLowerCase()) ?? Number(word);
}

/** "last year" against the publication year; "the year" (no word) is the publication year. */
function relativeYear(word: string | undefined, publishedYear: number | null): number | null {
  if (publishedYear === null) return null;
  return publishedYear + (word === undefined ? 0 : /^last/i.test(word) ? -1 : /^next/i.test(word) ? 1 : 0);
}

/** The months from `first` to `last` of `year`, or nothing when the year is unknown or the months run backwards. */
function monthSpan(year: number | null, first: number, last: number): Resolved {
  if (year === null || first > last || last > 12 || first < 1) return UNRESOLVED;
  return { periodStart: monthBounds(year, first)[0], periodEnd: monthBounds(year, last)[1], precision: first === last ? "month" : "part_of_year" };
}

const UNRESOLVED: Resolved = { periodStart: null, periodEnd: null, precision: null };

/** Reads one PERIOD match; `g` holds the capture groups in the order of the alternatives above. */
function resolve(words: string, g: (string | undefined)[], publishedYear: number | null, publishedDay: string | null): Resolved {
  const n = (i: number) => Number(g[i]);
  if (g[0] !== undefined) return { periodStart: yearBounds(n(0))[0], periodEnd: yearBounds(n(1))[1], precision: "years" };
  if (g[2] !== undefined) return { periodStart: yearBounds(n(2))[0], periodEnd: yearBounds(n(3))[1], precision: "years" };
  if (g[5] !== undefined) {
    // "by the end of 2018" is cumulative: it gives an end and no start.
    const month = g[4] === undefined ? undefined : monthNumber(g[4]);
    const end = month === undefined ? yearBounds(n(5))[1] : monthBounds(n(5), month)[1];
    return { periodStart: null, periodEnd: end, precision: month === undefined ? "year" : "month" };
  }
  if (g[6] !== undefined) {
    const year = g[8] !== undefined ? n(8) : publishedYear;
    const date = year === null ? null : isoDay(year, monthNumber(g[6])!, n(7));
    if (date === null) return UNRESOLVED;
    return /^[Ss]ince/.test(words) ? { periodStart: date, periodEnd: null, precision: "day" } : { periodStart: null, periodEnd: date, precision: "day" };
  }
  if (g[10] !== undefined) {
    const month = g[9] === undefined ? undefined : monthNumber(g[9]);
    const [first, last] = month === undefined ? yearBounds(n(10)) : monthBounds(n(10), month);
    const precision = month === undefined ? "year" : "month";
    return /^[Ss]ince/.test(words) ? { periodStart: first, periodEnd: null, precision } : { periodStart: null, periodEnd: last, precision };
  }
  // "early 2014": the year's bounds, with a precision that says the text meant part of it; a half
  // or a quarter has bounds of its own.
  if (g[12] !== undefined) {
    const months = PART_MONTHS[g[11]!];
    if (months === undefined) return { periodStart: yearBounds(n(12))[0], periodEnd: yearBounds(n(12))[1], precision: "part_of_year" };
    return { periodStart: monthBounds(n(12), months[0])[0], periodEnd: monthBounds(n(12), months[1])[1], precision: "part_of_year" };
  }
  if (g[14] !== undefined) {
    const month = g[13] === undefined ? undefined : monthNumber(g[13]);
    const [first, last] = month === undefined ? yearBounds(n(14)) : monthBounds(n(14), month);
    return { periodStart: first, periodEnd: last, precision: month === undefined ? "year" : "month" };
  }
  if (g[15] !== undefined && publishedYear !== null) {
    const [first, last] = yearBounds(relativeYear(g[15], publishedYear)!);
    return { periodStart: first, periodEnd: last, precision: "year" };
  }
  // "from January to August (2019 | this year)": a month span, of the publication year when none is named.
  if (g[16] !== undefined) return monthSpan(g[18] !== undefined ? n(18) : relativeYear(g[19], publishedYear), monthNumber(g[16])!, monthNumber(g[17]!)!);
  if (g[20] !== undefined) return monthSpan(g[22] !== undefined ? n(22) : publishedYear, monthNumber(g[20])!, monthNumber(g[21]!)!);
  if (g[23] !== undefined) {
    return monthSpan(g[24] !== undefined ? n(24) : relativeYear(g[25], publishedYear), 1, countOf(g[23]));
  }
  if (g[26] !== undefined) {
    const [first, last] = PART_MONTHS[g[26]]!;
    const span = monthSpan(relativeYear(g[27], publishedYear), first, last);
    return span.periodStart === null ? span : { ...span, precision: "part_of_year" };
  }
  // "by 2020" is cumulative, or a target: an end and no start; "before 2020" ends the year before.
  if (g[29] !== undefined) return { periodStart: null, periodEnd: yearBounds(n(29) - (/^[Bb]efore/.test(g[28]!) ? 1 : 0))[1], precision: "year" };
  if (g[30] !== undefined) {
    const year = relativeYear(g[30], publishedYear);
    return year === null ? UNRESOLVED : { periodStart: null, periodEnd: yearBounds(year)[1], precision: "year" };
  }
  // "over the past two years": back from the day before publication, which only a dated page gives.
  // ("in the past years", with no number, names no span.)
  if (g[32] !== undefined || g[33] !== undefined) return pastSpan(g[31], (g[32] ?? g[33])!, publishedDay);
  return UNRESOLVED;
}

/** "the past two years" before a page published on `day`: from that day N years or months back, to the day before it. */
function pastSpan(count: string | undefined, unit: string, day: string | null): Resolved {
  const m = day === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (m === null) return UNRESOLVED;
  const n = count === undefined ? 1 : countOf(count);
  const months = /^year/.test(unit) ? 12 * n : n;
  const published = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(published);
  back.setUTCMonth(back.getUTCMonth() - months);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { periodStart: iso(back), periodEnd: iso(new Date(published - DAY_MS)), precision: "day" };
}

/** Every period named in the sentence, with offsets relative to it; `publishedDay` (YYYY-MM-DD) when the page gives its day. */
export function findPeriods(sentence: string, publishedYear: number | null, publishedDay: string | null = null): Period[] {
  const out: Period[] = [];
  for (const m of sentence.matchAll(PERIOD)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...resolve(m[0], m.slice(1), publishedYear, publishedDay) });
  }
  return out;
}
