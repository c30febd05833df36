// A short line of text in; every calendar date stated in it out, with its precision and where it
// stands. chrono-node reads the dates; forms web pages use that its strict parser leaves alone are
// added here: "Feb 02 '22", "15, Mar 2019", "September 2020" and epoch milliseconds.
import * as chrono from "chrono-node";
import { isoDay, type DatePrecision } from "./dates.ts";
import { remembered } from "../text/remembered.ts";

export interface FoundDate {
  /** First day of the period stated: "September 2020" is 2020-09-01 at precision month. */
  date: string;
  precision: DatePrecision;
  /** Offsets of the date's words in the line (UTF-16, end exclusive). */
  start: number;
  end: number;
  asWritten: string;
}

// Only lines this long are read: a date line is short, and chrono's patterns then run on bounded input.
export const LONGEST_DATE_LINE = 400;

const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const MONTH_NUMBER: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const monthOf = (word: string) => MONTH_NUMBER[word.slice(0, 3).toLowerCase()]!;

// "Feb 02 '22", "Mar 10 '20": a forum's date with a two-digit year after an apostrophe ("Oct16’20", run together).
// ("Sep '19": a discussion board's stamp for a post older than this year, its month and two-digit year, no day.)
const SHORT_YEAR: chrono.Parser = {
  pattern: () => new RegExp(`\\b${MONTH}\\.?(?: ?(\\d{1,2}),? ?| )['’](\\d{2})\\b`, "i"),
  extract: (_context, m) => (m[2] === undefined ? { month: monthOf(m[1]!), year: 2000 + Number(m[3]) } : { day: Number(m[2]), month: monthOf(m[1]!), year: 2000 + Number(m[3]) }),
};
// "September 2020": a month and a year, without a day.
const MONTH_YEAR: chrono.Parser = {
  pattern: () => new RegExp(`\\b${MONTH}\\.?,? (\\d{4})\\b`, "i"),
  extract: (_context, m) => ({ month: monthOf(m[1]!), year: Number(m[2]) }),
};

// "15, Mar 2019": a day set before its month with a comma, as some templates print it.
const DAY_COMMA_MONTH: chrono.Parser = {
  pattern: () => new RegExp(`\\b(\\d{1,2}), ${MONTH}\\.?,? (\\d{4})\\b`, "i"),
  extract: (_context, m) => ({ day: Number(m[1]), month: monthOf(m[2]!), year: Number(m[3]) }),
};

// "date 2020-04": a year and a month in ISO form, read only after a date label ("2011-12" alone is a
// span of years as often as a month).
const LABELLED_ISO_MONTH: chrono.Parser = {
  pattern: () => /\bdate:? (\d{4})-(0[1-9]|1[0-2])(?![-\d])/i,
  extract: (_context, m) => ({ month: Number(m[2]), year: Number(m[1]) }),
};

// "24 Juin 2020": a date line in French, as reprints on French-language sites set it.
export const FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const FRENCH_DAY: chrono.Parser = {
  pattern: () => new RegExp(`\\b(\\d{1,2}) (${FRENCH_MONTHS.join("|")}) (\\d{4})\\b`, "i"),
  extract: (_context, m) => ({ day: Number(m[1]), month: FRENCH_MONTHS.indexOf(m[2]!.toLowerCase()) + 1, year: Number(m[3]) }),
};
// "28. oktober 2020", "3. März 2021": a day as Nordic and German pages write it, a full stop after the day.
const NORDIC_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
const GERMAN_MONTHS = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];
// Each month's name in either language, and its number.
const DOTTED_MONTH = new Map([...NORDIC_MONTHS, ...GERMAN_MONTHS].map((name, k) => [name, (k % 12) + 1]));
const DOTTED_DAY: chrono.Parser = {
  pattern: () => new RegExp(`(?<![\\p{L}\\d.])(\\d{1,2})\\. (${[...DOTTED_MONTH.keys()].join("|")}) (\\d{4})\\b`, "iu"),
  extract: (_context, m) => ({ day: Number(m[1]), month: DOTTED_MONTH.get(m[2]!.toLowerCase())!, year: Number(m[3]) }),
};
// "9 Oktober 2020", "17 Agustus 2021", "3 maart 2022": a day as Indonesian, Malay and Dutch pages write it, with no stop
// after the day (only the names English does not share; the shared ones are read as English).
const INDONESIAN_MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
const DUTCH_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const OTHER_MONTH = new Map([...INDONESIAN_MONTHS, ...DUTCH_MONTHS].map((name, k): [string, number] => [name, (k % 12) + 1]).filter(([name]) => !/^(?:april|september|november|december)$/.test(name)));
const OTHER_DAY: chrono.Parser = {
  pattern: () => new RegExp(`(?<![\\p{L}\\d.])(\\d{1,2}) (${[...OTHER_MONTH.keys()].join("|")}) (\\d{4})(?!\\d)`, "iu"),
  extract: (_context, m) => ({ day: Number(m[1]), month: OTHER_MONTH.get(m[2]!.toLowerCase())!, year: Number(m[3]) }),
};
// "2020年05月31日": a date in Chinese script, as a page's publishing line gives it.
const CJK_DAY: chrono.Parser = {
  // ("2026 年 1 月 29 日": with spaces round the characters too.)
  pattern: () => /(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/,
  extract: (_context, m) => ({ day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) }),
};

// "03.05.2021": a day, month and year set with full stops, as European pages write them; the day comes first.
// (Read before chrono's own numeric forms, which take the first number for the month.)
const DOTTED_NUMERIC: chrono.Parser = {
  pattern: () => /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]?\d)/,
  extract: (_context, m) => (Number(m[2]) <= 12 && Number(m[1]) <= 31 ? { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) } : null),
};

const parser = (() => {
  const c = chrono.strict.clone();
  c.parsers.unshift(DOTTED_NUMERIC);
  c.parsers.push(SHORT_YEAR, DAY_COMMA_MONTH, MONTH_YEAR, LABELLED_ISO_MONTH, FRENCH_DAY, DOTTED_DAY, OTHER_DAY, CJK_DAY);
  return c;
})();

// chrono fills what a text leaves out from a reference instant; a fixed one keeps the clock out,
// and isCertain tells what the text itself gave.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const EPOCH = /(?<![\d.])(\d{13}|\d{10})(?![\d.])/g;

function fromEpoch(digits: string): { date: string } | null {
  const when = new Date(digits.length === 13 ? Number(digits) : Number(digits) * 1000);
  const year = when.getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  const date = isoDay(year, when.getUTCMonth() + 1, when.getUTCDate());
  return date === null ? null : { date };
}

/** Every date the line states with at least its year; dates without a year are left out. */
export const findDates: (line: string) => FoundDate[] = remembered(datesIn, 2048, (found) => found.map((d) => ({ ...d })));

function datesIn(line: string): FoundDate[] {
  if (line.length > LONGEST_DATE_LINE) return [];
  const out: FoundDate[] = [];
  for (const r of parser.parse(line, REFERENCE)) {
    const s = r.start;
    // "3 hours ago" is certain of its year only because it counts back from the reference.
    if (!s.isCertain("year") || r.tags().has("result/relativeDate")) continue;
    const year = s.get("year")!;
    const month = s.isCertain("month") ? s.get("month")! : null;
    const day = month !== null && s.isCertain("day") ? s.get("day")! : null;
    const date = isoDay(year, month ?? 1, day ?? 1);
    if (date === null) continue;
    const precision: DatePrecision = day !== null ? "day" : month !== null ? "month" : "year";
    // ("12 Mar 2021, 11 tweets": a count after the day's comma, which the parser reads as an hour without its minutes.)
    const text = r.text.replace(/^(?:on|at|in|date:?) /i, "").trim().replace(/(?<=\d{4}),\s?\d{1,2}$/, "");
    const start = r.index + r.text.indexOf(text);
    out.push({ date, precision, start, end: start + text.length, asWritten: text });
  }
  for (const m of line.matchAll(EPOCH)) {
    const found = fromEpoch(m[1]!);
    if (found) out.push({ date: found.date, precision: "day", start: m.index, end: m.index + m[1]!.length, asWritten: m[1]! });
  }
  return out.sort((a, b) => a.start - b.start);
}
