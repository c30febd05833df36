// Numbers that are not quantities: years and days used as dates, labels ("No. 3", "page 2"), list
// numbering, ordinals and codes, the lone "one" of "one of the poorest", definite references ("the
// two girls" already counted), and number words inside names ("two no worries", "seven batches").
import { MONTH_PATTERN } from "../normalize/dates.ts";
import type { NumberMatch } from "./numbers.ts";
import type { UnitReading } from "./quantity-words.ts";
import type { TextSpan } from "./spans.ts";

const YEAR_VALUE = /^(?:1[89]|20)\d{2}$/;
// Words that put a year-like number in time even when a noun follows ("in 2018 officials ...").
const DATE_PREPOSITION = /\b(?:in|since|by|until|till|through|before|after|during|early|late|mid)[ -]$/i;
const MONTH_BEFORE = new RegExp(`\\b${MONTH_PATTERN} $`, "i");
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)? (?:of )?${MONTH_PATTERN}\\b`, "i");
const LABEL_BEFORE = /\b(?:No\.?|Nos\.?|Number|page|pages|p\.|pp\.|Article|Chapter|Section|Figure|Fig\.|Table|Room|Building|Line|Route|Grade|Class|Level|Phase|Paragraph|Item|Volume|Vol\.|Issue)\s$|#$/i;
const DEFINITE_BEFORE = /\b(?:the|these|those|its|their|his|her|our|my|your|both|all the)\s$/i;
const QUOTE_MARK = /["“”]/;
const SHORT_QUOTE_WORDS = 6;

export interface QuantityContext {
  sentence: string;
  number: NumberMatch;
  unit: UnitReading;
  hedged: boolean;
  /** Quotation spans in the sentence (sentence offsets, without the marks). */
  quoted: readonly TextSpan[];
}

function isDate(c: QuantityContext, before: string, after: string): boolean {
  const { number } = c;
  if (!number.bareInteger) return false;
  if (YEAR_VALUE.test(number.valueText) && (c.unit.unit === "count" || DATE_PREPOSITION.test(before) || MONTH_BEFORE.test(before))) return true;
  return number.value >= 1 && number.value <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after));
}

function isListNumber(c: QuantityContext, before: string, after: string): boolean {
  return c.number.bareInteger && /^\(?$/.test(before.trim()) && /^[.)](?:\s|$)/.test(after);
}

/** A number word in a short quoted phrase, or right after a quotation mark, names something. */
function isInName(c: QuantityContext): boolean {
  if (c.number.form !== "words") return false;
  if (QUOTE_MARK.test(c.sentence[c.number.start - 1] ?? "")) return true;
  return c.quoted.some((q) => q.start <= c.number.start && c.number.end <= q.end && c.sentence.slice(q.start, q.end).split(/\s+/).length <= SHORT_QUOTE_WORDS);
}

export function isQuantity(c: QuantityContext): boolean {
  const { sentence, number } = c;
  const before = sentence.slice(Math.max(0, number.start - 16), number.start);
  const after = sentence.slice(number.end, number.end + 16);
  // "19th", "5G", "COVID19b": letters glued to digits make an ordinal or a code.
  if (number.form === "digits" && /^\p{L}/u.test(after) && c.unit.unit === "count") return false;
  if (isDate(c, before, after) || isListNumber(c, before, after) || LABEL_BEFORE.test(before)) return false;
  if (number.form === "words") {
    if (number.value === 1 && !c.hedged) return false;
    if (DEFINITE_BEFORE.test(before) || isInName(c)) return false;
  }
  return true;
}
