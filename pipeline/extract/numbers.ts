// A sentence in, every written number in it out: digits with or without thousands separators and
// decimals, scale words ("1.12 million"), currency signs, numbers as words ("six", "forty-three
// thousand"), and orders of magnitude ("hundreds of thousands"). Offsets are UTF-16, sentence-relative.
// Digits are read as people write them: full-width (１２，０００) and Arabic-Indic (١٢٠٠, ۱۲۰۰), with a
// vulgar fraction ("3¾"), grouped by spaces ("1 200", "5 000") and with an invisible character
// inside ("3\u200D000"); the span is always the characters as written.
import { scaleDecimal } from "./decimal.ts";
import { FRACTIONS, INVISIBLE, SCALES, UNITS, VULGAR_FRACTIONS, asciiDigit, isNumberWord, valueOfWords } from "./number-words.ts";
import { namesRatherThanCounts } from "./quantity-filter.ts";

export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  valueText: string;
  /** Currency named by a sign before the digits ("$262", "¥5,000", "Rs 500"). */
  signCurrency: "USD" | "CNY" | "currency_unspecified" | null;
  form: "digits" | "words" | "order";
  /** Digits with neither separator nor decimal nor scale, such as "2018" or "8502". */
  bareInteger: boolean;
  /** A share that names what it counts inside itself: "one person in ten". */
  countsInside?: boolean;
}

// The signs of money written before its digits: dollars, yuan, and currencies the units do not list
// ("Rs 5 lakh", "Sh1.2 million", "₦50,000", "HK$300"); read by the digit pattern and by its space grouping.
// ("US$ 7.1 billion", "CN¥ 46.7 billion": an infobox sets a space after the sign.)
const MONEY_SIGN = String.raw`US\$ ?|HK\$|A\$|\$|CN¥ ?|¥|￥|RMB ?|Rmb ?|USD ?|CNY ?|EUR ?|GBP ?|Rs\.? ?|₹ ?|K[Ss]h\.? ?|Sh\.? ?|₦ ?|PKR ?|INR ?|KES ?|€ ?|£ ?`;
// A hyphen may stand before digits only as the dash of a range ("10-15"), after another digit.
// An en dash stands there too ("1–2 million"), and as a dash set without spaces after a word
// ("Development–10 years ahead"), and after a scale word ("120 million-150 million yuan"); a scale
// word may follow a hyphen ("a 1.1-billion budget"). "mln" and "bln" are the scale words of wire copy, "mil" and "bil" those of Malaysian papers ("US$2.7bil"), "crore" ("cr")
// (ten million) and "lakh" (a hundred thousand) those of Indian English reprints; a
// lower-case "m" is million only after a decimal ("1.85m people"), a money sign ("£325m") or before people
// counted ("over 10m people"), since "400m" is a distance. A slash
// after the number ends it only before a unit ("$2.30/day"); "1/2/2020" and "10/274" are no figures.
// Indian papers group lakhs and crores in twos ("35,30,497" is 3,530,497).
// A vulgar fraction is a number alone ("¾") or after at most three digits, set close or after a
// space ("3¾", "3 ½"). (Matched against the sentence's reading view below, never the sentence itself.)
// ("Total1,685 km2", "• Density81/km2": an infobox's label run into its value, as a page's text copy sets the
// row; only at the start of the row.)
const INFOBOX_LABEL_BEFORE = String.raw`^(?:[•·] ?)?(?:Total|Density|Urban|Rural|Metro|Land|Water|Elevation|Per capita)`;
const DIGITS = new RegExp(
  String.raw`(?:(?<=${INFOBOX_LABEL_BEFORE})|(?<![\p{L}\p{N}.,:/#_]|(?<!\d|million|billion|thousand)-|(?<![\d\p{Ll}])–))(${MONEY_SIGN})?((?:\d{1,3} ?)?[½¼¾\u2150-\u215E]|\d{1,2}(?:,\d{2}){1,4},\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[ -]?(ten thousand|hundred million|thousand|million|billion|trillion|crores?|cr(?=\.|\b)|lakhs?|bn|mn|mln|bln|(?<=\d)(?:bil|mil)|Thousand|Million|Billion|Trillion|THOUSAND|MILLION|BILLION|TRILLION|Mln|Bln|MLN|BLN|Bn|BN)\b|(k|K|M|(?<=\.\d{1,4})m|(?<=[$£€¥₹]\d{1,6})m|m(?= (?:people|persons|residents|households|farmers|workers|villagers|Chinese|rural|children|migrants?|jobs|poor|urban|users|tourists|visitors)\b))\b)?(?![\p{N}]|(?<=\d):|\/(?!(?:day|week|month|year|person|capita|head|household|kg|km|km2|sq|mu|ha|hour|tonne|ton)\b)|[.,]\d)`,
  "gu",
);
// More digits than any stated figure has (a trillion yuan to the fen is 15): a code, an identifier or noise.
const MOST_DIGITS = 20;
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const ORDER_BASE: ReadonlyMap<string, number> = new Map([
  ["dozens", 12], ["tens", 10], ["hundreds", 100], ["thousands", 1000], ["millions", 1e6], ["billions", 1e9],
]);

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokens(sentence: string): Token[] {
  return [...sentence.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

function signCurrency(sign: string | undefined): NumberMatch["signCurrency"] {
  if (sign === undefined) return null;
  // ("USD 158 billion", "CNY 2,300": a currency's code set before its amount.)
  if (/^(?:(?:US)?\$ ?|USD ?)$/.test(sign)) return "USD";
  // ("Rs 5 lakh", "Sh1.2 million", "₦50,000", "HK$300": money in a currency the units do not list.)
  // ("Rmb600bn": a London paper's way with the renminbi.)
  return /^(?:(?:CN)?¥ ?|￥|RMB ?|Rmb ?|CNY ?)$/.test(sign) ? "CNY" : "currency_unspecified";
}

function digitMatches(sentence: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  const view = readingView(sentence);
  for (const m of view.text.matchAll(DIGITS)) {
    const [, sign, digits, word, letter] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined];
    // "80k", "2.6M": the letters social media and headlines use for thousand and million.
    const scale = word ?? (letter === undefined ? undefined : letter.toLowerCase() === "k" ? "thousand" : "million");
    const power = scale === undefined ? 0 : SCALES.get(scale.toLowerCase())!;
    // Each character of the view stands for one UTF-16 unit of the sentence, so the span ends one
    // past the sentence's position of the match's last character.
    const start = view.at(m.index);
    const end = view.at(m.index + m[0].length - 1) + 1;
    const value = valueOfDigits(digits, power);
    // (A run of hundreds of digits is no figure a text states, and past about 300 no number at all.)
    if (!Number.isFinite(value) || digits.replace(/\D/g, "").length > MOST_DIGITS) continue;
    out.push({
      start,
      end,
      value,
      valueText: sentence.slice(start, end),
      signCurrency: signCurrency(sign),
      form: "digits",
      bareInteger: sign === undefined && scale === undefined && /^\d+$/.test(digits),
    });
  }
  return out;
}

/** "12,000.5" or "3¾" or "¾" (as the view gives them), times ten to the power. */
function valueOfDigits(digits: string, power: number): number {
  const fraction = VULGAR_FRACTIONS.get(digits.slice(-1));
  if (fraction === undefined) return scaleDecimal(digits, power);
  const whole = Number(digits.slice(0, -1).trim() || "0");
  const [numerator, denominator] = fraction;
  return ((whole * denominator + numerator) * 10 ** power) / denominator;
}

// The reading view of a sentence: what the digit pattern above reads, built so that every character
// of it is one UTF-16 unit of the sentence (`at` maps a view position back). In it
// - full-width digits (U+FF10-FF19) and Arabic-Indic digits (U+0660-0669, U+06F0-06F9) are ASCII
//   digits (unless GARBLED); a full-width comma or full stop between two full-width digits, and an
//   Arabic thousands separator or decimal point (U+066C, U+066B) between two Arabic-Indic digits,
//   are "," and ".";
// - a zero-width character (U+200B-200D, U+2060, U+FEFF) or soft hyphen between two digits is left
//   out: it is invisible and never splits a number ("3\u200D000" is 3000). The normalize stage drops
//   most of them already; the zero-width joiner it keeps, for emoji;
// - spaces that group digits in threes ("1 200 people", "5 000 yuan") are ",", when the digits read
//   as one quantity (see SPACE_GROUPS); one inside a fraction's digits ("(0.466 3)") is left out.
// The published text keeps every one of these characters as written: only the reading changes.
const UNUSUAL = /[\u00A0\u00AD\u0660-\u0669\u06F0-\u06F9\u2007\u2009\u200B-\u200D\u202F\u2060\uFEFF\uFF10-\uFF19]|\d \d{3}|\.\d{3} \d{1,3}[),;]/u;
// "Minfeng County (0.466 3)": Chinese journals group a fraction's digits in threes too; the space is
// read as no space when a bracket, comma or semicolon closes the figure right after the last group.
const FRACTION_GROUP_SPACE_BEFORE = /\.\d{3}$/;
const FRACTION_GROUP_AFTER = /^\d{1,3}[),;]/;
const GROUP_SPACE = /[ \u00A0\u2007\u2009\u202F]/g;
// A full-width or Arabic-Indic digit next to a combining mark or an unassigned code point is text
// garbled in decoding ("military- ٠෢ୗ," on a page read in the wrong encoding): it stays as it is, a
// digit the pattern does not read, which also keeps its neighbours from being read as a number.
const GARBLED = /^[\p{M}\p{Cn}]$/u;

// Digits grouped by spaces. The normalize stage has made every no-break, thin and narrow no-break
// space an ordinary one (normalize/whitespace.ts), so in the pipeline a thousands space cannot be
// told from a space between two figures ("in 2019 300 households", "Households 120 340" from a
// table set with tabs) by its character: the digits around it decide, the same for every kind of
// space, and conservatively:
// - the first group has one to three digits, not starting with 0, and no figure stands before it
//   ("2019 300" is a year and a count: four digits, and "300" follows a figure);
// - every later group has exactly three digits, and the last is followed by no digit, no further
//   group after a space ("1 200 30") and no decimal comma ("1 200,5" may be a list);
// - the figure reads as one quantity: a word or a percent sign follows it ("1 200 people",
//   "1 200 000 yuan", "12 500 %") or a currency sign stands before it ("$1 200"), so a pair of
//   figures at the end of a table's row or a list is left alone;
// - no label, month or rank stands before it ("Table 3 100", "June 5 200 people", "Covid 19 300"),
//   where the first group names and the second counts.
// Several groups of three are one figure ("1 200 000"), as SI writes millions.
const SPACE_GROUPS = /(?<![\p{L}\p{N}.,:/#_'’]|\p{N}[ \u00A0\u2007\u2009\u202F])[1-9]\d{0,2}(?:[ \u00A0\u2007\u2009\u202F]\d{3}){1,4}(?![\p{N}]|[ \u00A0\u2007\u2009\u202F]\p{N}|,\p{N})/gu;
const ONE_QUANTITY_AFTER = /^(?:\.\d{1,6})?(?:[ \u00A0\u2007\u2009\u202F]?[%％٪]|[ \u00A0\u2007\u2009\u202F]\p{L})/u;
const SIGN_BEFORE = new RegExp(`(?:${MONEY_SIGN})$`);

interface ReadingView {
  text: string;
  /** Position in the sentence of the view's character at `i`. */
  at: (i: number) => number;
}

function readingView(sentence: string): ReadingView {
  if (!UNUSUAL.test(sentence)) return { text: sentence, at: (i) => i };
  const chars: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    const digit = asciiDigit(c);
    if (digit !== null && !GARBLED.test(sentence[i - 1] ?? "") && !GARBLED.test(sentence[i + 1] ?? "")) chars.push(digit);
    else if (INVISIBLE.test(c) && /\d/.test(chars[chars.length - 1] ?? "")) {
      // The whole run of invisible characters at once, so a long run is looked at once.
      let k = i;
      while (k < sentence.length && INVISIBLE.test(sentence[k]!)) k++;
      const next = sentence[k] ?? "";
      if (/\d/.test(next) || asciiDigit(next) !== null || VULGAR_FRACTIONS.has(next)) {
        i = k - 1;
        continue;
      }
      for (; i < k; i++) {
        chars.push(sentence[i]!);
        from.push(i);
      }
      i = k - 1;
      continue;
    } else if (c === " " && FRACTION_GROUP_SPACE_BEFORE.test(sentence.slice(Math.max(0, i - 4), i)) && FRACTION_GROUP_AFTER.test(sentence.slice(i + 1, i + 5))) {
      continue;
    } else if ((c === "，" || c === "．") && isFullWidthDigit(sentence[i - 1]) && isFullWidthDigit(sentence[i + 1])) chars.push(c === "，" ? "," : ".");
    else if ((c === "\u066C" || c === "\u066B") && isArabicDigit(sentence[i - 1]) && isArabicDigit(sentence[i + 1])) chars.push(c === "\u066C" ? "," : ".");
    else chars.push(c);
    from.push(i);
  }
  from.push(sentence.length);
  const read = chars.join("");
  const text = !/\d[ \u00A0\u2007\u2009\u202F]\d{3}/.test(read)
    ? read
    : read.replace(SPACE_GROUPS, (run: string, offset: number) => {
        const after = read.slice(offset + run.length, offset + run.length + 12);
        const before = read.slice(Math.max(0, offset - 20), offset);
        const oneQuantity = ONE_QUANTITY_AFTER.test(after) || SIGN_BEFORE.test(before);
        return oneQuantity && !namesRatherThanCounts(before) ? run.replace(GROUP_SPACE, ",") : run;
      });
  return { text, at: (i) => from[i]! };
}

function isFullWidthDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "０" && c <= "９";
}

function isArabicDigit(c: string | undefined): boolean {
  return c !== undefined && ((c >= "\u0660" && c <= "\u0669") || (c >= "\u06F0" && c <= "\u06F9"));
}

// Every reading below needs a word, or the part of one before a hyphen, from these lists ("a
// hundred" and "a third" included): a sentence with none has no number in words, and is not split
// into words at all. Most sentences have none.
const NUMBER_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...UNITS.keys(), ...SCALES.keys(), ...ORDER_BASE.keys(), ...FRACTIONS.keys(), "dozen", "several", "few", "twice", "thrice"].join("|")})(?:-?fold)?(?![\\p{L}\\p{N}])|\\b(?:than|under|over|nearly|almost|about|around|within|least|to) an? (?:day|week|month|year|hour|decade)\\b`,
  "iu",
);

function wordMatches(sentence: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  if (!NUMBER_WORDS.test(sentence)) return out;
  const list = tokens(sentence);
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    const lower = t.word.toLowerCase();
    // Most words can start no number reading: every branch below needs one of these first words.
    if (!canStartNumber(lower)) continue;
    // "hundreds of thousands of", "dozens of": an order of magnitude, not an exact count.
    const base = ORDER_BASE.get(lower);
    if (base !== undefined && list[i + 1]?.word.toLowerCase() === "of") {
      let value = base;
      let last = t;
      const inner = list[i + 2] ? ORDER_BASE.get(list[i + 2]!.word.toLowerCase()) : undefined;
      if (inner !== undefined && inner > base) {
        value = base * inner;
        last = list[i + 2]!;
        i += 2;
      }
      out.push({ start: t.start, end: last.end, value, valueText: sentence.slice(t.start, last.end), signCurrency: null, form: "order", bareInteger: false });
      continue;
    }
    // "half a million": half of the scale.
    const halfOf = lower === "half" && /^an?$/i.test(list[i + 1]?.word ?? "") ? SCALES.get(list[i + 2]?.word.toLowerCase() ?? "") : undefined;
    if (halfOf !== undefined && halfOf >= 3) {
      const last = list[i + 2]!;
      out.push({ start: t.start, end: last.end, value: 0.5 * 10 ** halfOf, valueText: sentence.slice(t.start, last.end), signCurrency: null, form: "words", bareInteger: false });
      i += 2;
      continue;
    }
    // "several thousand(s)", "a few hundred": an order of magnitude, as "thousands of" is.
    const vague = /^(?:several|few)$/.test(lower) ? ORDER_BASE.get(pluralOf(list[i + 1]?.word.toLowerCase() ?? "")) : undefined;
    if (vague !== undefined && vague >= 100) {
      // "several hundred thousand": the scales multiply.
      const inner = ORDER_BASE.get(pluralOf(list[i + 2]?.word.toLowerCase() ?? ""));
      const wide = inner !== undefined && inner > vague && sentence.slice(list[i + 1]!.end, list[i + 2]!.start) === " ";
      const last = list[i + (wide ? 2 : 1)]!;
      out.push({ start: t.start, end: last.end, value: wide ? vague * inner! : vague, valueText: sentence.slice(t.start, last.end), signCurrency: null, form: "order", bareInteger: false });
      i += wide ? 2 : 1;
      continue;
    }
    // "fivefold", "two-fold": a multiple.
    const fold = /^([a-z]+)-?fold$/.exec(lower);
    if (fold && UNITS.has(fold[1]!)) {
      out.push({ start: t.start, end: t.end, value: UNITS.get(fold[1]!)!, valueText: t.word, signCurrency: null, form: "words", bareInteger: false });
      continue;
    }
    // "twice a month", "three times": how often.
    if (lower === "twice" || lower === "thrice") {
      out.push({ start: t.start, end: t.end, value: lower === "twice" ? 2 : 3, valueText: t.word, signCurrency: null, form: "words", bareInteger: false });
      continue;
    }
    // "one and a half", "one and half months": a number and a half.
    const andHalf = UNITS.has(lower) && list[i + 1]?.word.toLowerCase() === "and" ? (list[i + 2]?.word.toLowerCase() === "half" ? 2 : /^an?$/i.test(list[i + 2]?.word ?? "") && list[i + 3]?.word.toLowerCase() === "half" ? 3 : 0) : 0;
    if (andHalf > 0) {
      // ("one and a half million": of the scale after it.)
      const scale = SCALES.get(list[i + andHalf + 1]?.word.toLowerCase() ?? "");
      const used = andHalf + (scale !== undefined ? 1 : 0);
      const last = list[i + used]!;
      out.push({ start: t.start, end: last.end, value: (UNITS.get(lower)! + 0.5) * 10 ** (scale ?? 0), valueText: sentence.slice(t.start, last.end), signCurrency: null, form: "words", bareInteger: false });
      i += used;
      continue;
    }
    // "one in five", "two out of three": a share.
    const ratio = ratioAt(sentence, list, i);
    if (ratio) {
      out.push({ start: ratio.start, end: ratio.end, value: ratio.value, valueText: sentence.slice(ratio.start, ratio.end), signCurrency: null, form: "words", bareInteger: false, ...(ratio.countsInside ? { countsInside: true } : {}) });
      i = ratio.lastToken;
      continue;
    }
    // "less than a week", "more than a year": one of the unit, when a hedge sizes it.
    if ((lower === "a" || lower === "an") && TIME_WORD.test(list[i + 1]?.word ?? "") && HEDGE_BEFORE.test(sentence.slice(Math.max(0, t.start - 16), t.start))) {
      out.push({ start: t.start, end: t.end, value: 1, valueText: t.word, signCurrency: null, form: "words", bareInteger: false });
      continue;
    }
    // "a third", "half", "two-thirds", "one-fifth": a share, valued as the fraction.
    const fraction = fractionAt(list, i);
    if (fraction) {
      out.push({ start: fraction.start, end: fraction.end, value: fraction.value, valueText: sentence.slice(fraction.start, fraction.end), signCurrency: null, form: "words", bareInteger: false });
      continue;
    }
    // "a hundred", "a thousand", "a dozen": the article stands for one.
    const article = (lower === "a" || lower === "an") && list[i + 1] !== undefined && /^(hundred|thousand|million|billion|dozen)$/i.test(list[i + 1]!.word);
    // "five-day", "fifty-five-year-old": the number is the run of number words before the first other part.
    const head = numberHead(lower);
    if (!article && !isNumberWord(lower) && !(lower.includes("-") && head !== "" && !isNumberWord(lower))) continue;
    // ("Financing Plan (US$ million)": a scale word with no number before it counts nothing.)
    if (!article && SCALES.has(lower)) continue;
    if (!article && !isNumberWord(lower)) {
      const value = valueOfWords(head.split("-"));
      if (value !== null) out.push({ start: t.start, end: t.start + head.length, value, valueText: t.word.slice(0, head.length), signCurrency: null, form: "words", bareInteger: false });
      continue;
    }
    const words: string[] = article ? ["one"] : [t.word];
    // ("two dozen": a count of twelves; not "twenty twelve", a year said aloud.)
    let dozens = false;
    let j = i + 1;
    let end = t.end;
    while (j < list.length) {
      const next = list[j]!;
      const gap = sentence.slice(end, next.start);
      if (gap !== " " && gap !== "-") break;
      const w = next.word.toLowerCase();
      if (isNumberWord(w) || w === "dozen") {
        dozens ||= w === "dozen";
        words.push(w === "dozen" ? "twelve" : w);
      }
      // ("three hundred and twenty": "and" goes on a number after a scale word; "between one and two million" is two numbers.)
      else if (w === "and" && SCALES.has(words[words.length - 1]!.toLowerCase()) && list[j + 1] && isNumberWord(list[j + 1]!.word) && !SCALES.has(list[j + 1]!.word.toLowerCase())) words.push("and");
      else break;
      end = next.end;
      j++;
    }
    // ("ONE HUNDRED SEVENTEENTH CONGRESS": the words open an ordinal, a rank and no count.)
    const after = list[j];
    const ordinal = after !== undefined && sentence.slice(end, after.start) === " " && ORDINAL_WORD.test(after.word.toLowerCase());
    const value = dozens && words.length === 2 ? 12 * (valueOfWords([words[0]!]) ?? 1) : valueOfWords(words);
    if (value !== null && !ordinal && !(article && words.length === 1)) {
      out.push({ start: t.start, end, value, valueText: sentence.slice(t.start, end), signCurrency: null, form: "words", bareInteger: false });
    }
    i = j - 1;
  }
  return out;
}

const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|hundredth|thousandth)$/;

/** "fifty-five" of "fifty-five-year-old": the hyphen parts before the first that is no number word. */
function numberHead(lower: string): string {
  const parts = lower.split("-");
  let k = 0;
  while (k < parts.length && isNumberWord(parts[k]!)) k++;
  return parts.slice(0, k).join("-");
}

/** Whether a lower-case word can open a number written in words, an order of magnitude or a share. */
function canStartNumber(lower: string): boolean {
  const dash = lower.indexOf("-");
  const head = dash < 0 ? lower : lower.slice(0, dash);
  return UNITS.has(head) || SCALES.has(head) || ORDER_BASE.has(lower) || /^(?:half|a|an|several|few|twice|thrice)$/.test(lower) || /^[a-z]+-?fold$/.test(lower);
}

const TIME_WORD = /^(?:day|week|month|year|hour|decade)$/i;
const HEDGE_BEFORE = /\b(?:less than|more than|fewer than|under|over|nearly|almost|about|around|within|at least|up to|just over|just under) $/i;

/** "thousand" as "thousands": the plural form ORDER_BASE keys. */
function pluralOf(word: string): string {
  return word.endsWith("s") ? word : `${word}s`;
}

/** "one in five", "one in every three", "two out of three" starting at token i: the share they make, and the last token's index. */
function ratioAt(sentence: string, list: readonly Token[], i: number): { start: number; end: number; value: number; lastToken: number; countsInside: boolean } | null {
  const top = UNITS.get(list[i]!.word.toLowerCase());
  if (top === undefined) return null;
  const out = list[i + 1]?.word.toLowerCase() === "out" && list[i + 2]?.word.toLowerCase() === "of";
  // ("one person in ten", "one child in five": the counted noun between the two numbers.)
  const nounBetween = /^\p{Ll}+$/u.test(list[i + 1]?.word ?? "") && list[i + 2]?.word.toLowerCase() === "in" ? 1 : 0;
  let k = out ? i + 3 : list[i + 1 + nounBetween]?.word.toLowerCase() === "in" ? i + 2 + nounBetween : -1;
  // "one in every three counties"
  if (k > 0 && list[k]?.word.toLowerCase() === "every") k++;
  const bottom = k > 0 ? UNITS.get(list[k]?.word.toLowerCase() ?? "") : undefined;
  if (bottom === undefined || bottom <= top || sentence.slice(list[k - 1]!.end, list[k]!.start) !== " ") return null;
  // ("one visit in five years" is a rate over time, not a share.)
  if (nounBetween && TIME_WORD.test((list[k + 1]?.word ?? "").replace(/s$/i, ""))) return null;
  return { start: list[i]!.start, end: list[k]!.end, value: top / bottom, lastToken: k, countsInside: nounBetween === 1 };
}

const ORDINAL_AFTER = /^(?:consecutive|straight|successive|time|times|round|term|year|day|month|week|session|edition|batch|phase|generation|place)$/i;

/** A fraction starting at token i: "half", "a third", "a fifth", "two-thirds", "one third". */
function fractionAt(list: readonly Token[], i: number): { start: number; end: number; value: number } | null {
  const t = list[i]!;
  const lower = t.word.toLowerCase();
  if (lower === "half") return { start: t.start, end: t.end, value: 0.5 };
  const [head, tail] = lower.split("-") as [string, string | undefined];
  if (tail !== undefined && FRACTIONS.has(tail) && UNITS.has(head)) return { start: t.start, end: t.end, value: UNITS.get(head)! * FRACTIONS.get(tail)! };
  const next = list[i + 1];
  if (next === undefined || !FRACTIONS.has(next.word.toLowerCase()) || next.word.toLowerCase() === "half") return null;
  const count = lower === "a" || lower === "an" ? 1 : UNITS.get(lower);
  if (count === undefined) return null;
  // "for a third consecutive year", "a seventh term": an ordinal, not a share.
  if (count === 1 && ORDINAL_AFTER.test(list[i + 2]?.word ?? "")) return null;
  return { start: t.start, end: next.end, value: count * FRACTIONS.get(next.word.toLowerCase())! };
}

/** Every number in the sentence, in order of position; overlapping readings keep the longest. */
// "1/3 military drill", "2/3 of the villages": a fraction written with a slash, before words (never a date's "1/2/2020").
const SLASH_FRACTION = /(?<![\p{N}/.,])([1-9])\/([2-9]|10)(?![\p{N}/])(?= (?:of )?\p{L})/gu;

function slashFractions(sentence: string): NumberMatch[] {
  return [...sentence.matchAll(SLASH_FRACTION)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: Number(m[1]) / Number(m[2]),
    valueText: m[0],
    signCurrency: null,
    form: "words",
    bareInteger: false,
  }));
}

export function findNumbers(sentence: string): NumberMatch[] {
  const all = [...digitMatches(sentence), ...wordMatches(sentence), ...slashFractions(sentence)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberMatch[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return sharedScales(sentence, kept);
}

/** "1–2 million", "120-150 million": the lower end of a range takes the scale written after the upper. */
function sharedScales(sentence: string, numbers: NumberMatch[]): NumberMatch[] {
  for (let k = 0; k + 1 < numbers.length; k++) {
    const low = numbers[k]!;
    const high = numbers[k + 1]!;
    // ("between 691 and 783 million", "from 5 to 10 million": the same, with words.)
    const gap = sentence.slice(low.end, high.start);
    // ("an estimated one to two million", "1 to 2 million": a lower end smaller than the upper's figure before its scale.)
    // ("three or four thousand yuan": two guesses, the smaller one first, share the scale too.)
    const scale = /(thousand|million|billion|mln|bln|bil|mil|bn|mn)$/i.exec(high.valueText);
    if (!scale) continue;
    const power = SCALES.get(scale[1]!.toLowerCase())!;
    const joined = /^[-–]$/.test(gap) || (gap === " and " && /\bbetween $/i.test(sentence.slice(Math.max(0, low.start - 8), low.start))) || (gap === " to " && (/\bfrom $/i.test(sentence.slice(Math.max(0, low.start - 5), low.start)) || low.value < high.value / 10 ** power)) || (gap === " or " && low.value < high.value / 10 ** power);
    const bare = (low.form === "digits" && low.bareInteger) || (low.form === "words" && low.value < 100 && !/(?:hundred|thousand|million|billion)/i.test(low.valueText));
    if (!bare || (high.form !== "digits" && high.form !== "words") || !joined || (gap !== "-" && gap !== "–" && /^(?:19|20)\d{2}$/.test(low.valueText))) continue;
    numbers[k] = { ...low, value: low.value * 10 ** power, bareInteger: false };
  }
  return numbers;
}
