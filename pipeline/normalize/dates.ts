// A short string in, a calendar date (ISO, with its precision) out, for every form web pages use to
// date themselves: "2019/1/4 22:43:41", "December 11, 2019", "11 Dec 2019", epoch milliseconds.
export type DatePrecision = "day" | "month" | "year";

export interface ParsedDate {
  date: string;
  precision: DatePrecision;
  asWritten: string;
}

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4],
  ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8],
  ["september", 9], ["sep", 9], ["sept", 9], ["october", 10], ["oct", 10], ["november", 11], ["nov", 11],
  ["december", 12], ["dec", 12],
]);

// The days' and months' names written out: a word that says when, never who or what.
export const DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
export const MONTH_NAMES: readonly string[] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const DAY_AND_MONTH_NAMES = `${DAY_NAMES}|${MONTH_NAMES.join("|")}`;
export const MONTH_PATTERN =
  "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

const WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
const TIME = "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?)?";
const NUMERIC = new RegExp(`^(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?Z?)?$`);
// ("12-28-2019, 09:41 PM", "28/12/2019": day and month in either order, read only where one of them cannot be a month.)
const DAY_AND_MONTH_EITHER_WAY = new RegExp(`^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})${TIME}$`);
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}(${MONTH_PATTERN})\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}$`, "i");
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})${TIME}$`, "i");
// ("2022 Mar 14": a citation's year first, as medical indexes set it.)
const YEAR_MONTH_DAY = new RegExp(`^(\\d{4})\\s+(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})$`, "i");
const MONTH_YEAR = new RegExp(`^(${MONTH_PATTERN})\\s+(\\d{4})$`, "i");
const EPOCH = /^(\d{10}|\d{13})$/;

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ""));
}

function day(asWritten: string, year: number, month: number, d: number): ParsedDate | null {
  const date = isoDay(year, month, d);
  return date === null ? null : { date, precision: "day", asWritten };
}

/** Parses a string that is a date and nothing else; anything else gives null. */
export function parseDate(input: string): ParsedDate | null {
  const s = input.trim();
  let m = NUMERIC.exec(s);
  if (m) return day(s, Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_AND_MONTH_EITHER_WAY.exec(s);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    if (first > 12 && second <= 12) return day(s, Number(m[3]), second, first);
    if (second > 12 && first <= 12) return day(s, Number(m[3]), first, second);
    return null;
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return day(s, Number(m[3]), monthNumber(m[1]!)!, Number(m[2]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return day(s, Number(m[3]), monthNumber(m[2]!)!, Number(m[1]));
  m = YEAR_MONTH_DAY.exec(s);
  if (m) return day(s, Number(m[1]), monthNumber(m[2]!)!, Number(m[3]));
  m = MONTH_YEAR.exec(s);
  if (m) {
    const date = isoDay(Number(m[2]), monthNumber(m[1]!)!, 1);
    return date === null ? null : { date, precision: "month", asWritten: s };
  }
  m = EPOCH.exec(s);
  if (m) {
    // Epoch timestamps name an instant; the calendar day is taken in UTC, as the data dictionary says.
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const when = new Date(ms);
    const year = when.getUTCFullYear();
    if (year < 1990 || year > 2100) return null;
    return day(s, year, when.getUTCMonth() + 1, when.getUTCDate());
  }
  return null;
}
