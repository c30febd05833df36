// A sentence in, every written number in it out: digits with or without thousands separators and
// decimals, scale words ("1.12 million"), currency signs, numbers as words ("six", "forty-three
// thousand"), and orders of magnitude ("hundreds of thousands"). Offsets are UTF-16, sentence-relative.
import { scaleDecimal } from "./decimal.ts";
import { SCALES, isNumberWord, valueOfWords } from "./number-words.ts";

export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  valueText: string;
  /** Currency named by a sign before the digits ("$262", "¥5,000"). */
  signCurrency: "USD" | "CNY" | null;
  form: "digits" | "words" | "order";
  /** Digits with neither separator nor decimal nor scale, such as "2018" or "8502". */
  bareInteger: boolean;
}

const DIGITS =
  /(?<![\p{L}\p{N}.,:/#_-])(US\$|\$|¥|￥|RMB ?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?: ?(thousand|million|billion|trillion|bn|mn)\b)?(?![\p{N}:/]|[.,]\d)/gu;
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
  return sign.includes("$") ? "USD" : "CNY";
}

function digitMatches(sentence: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of sentence.matchAll(DIGITS)) {
    const [, sign, digits, scale] = m as unknown as [string, string | undefined, string, string | undefined];
    const power = scale === undefined ? 0 : SCALES.get(scale.toLowerCase())!;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: scaleDecimal(digits, power),
      valueText: m[0],
      signCurrency: signCurrency(sign),
      form: "digits",
      bareInteger: sign === undefined && scale === undefined && /^\d+$/.test(digits),
    });
  }
  return out;
}

function wordMatches(sentence: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  const list = tokens(sentence);
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    const lower = t.word.toLowerCase();
    // "hundreds of thousands of", "dozens of": an order of magnitude, not an exact count.
    const base = ORDER_BASE.get(lower);
    if (base !== undefined && list[i + 1]?.word.toLowerCase() === "of") {
      let value = base;
      let last = t;
      const inner = list[i + 2] ? ORDER_BASE.get(list[i + 2]!.word.toLowerCase()) : undefined;
      if (inner !== undefined && inner > base && list[i + 3]?.word.toLowerCase() === "of") {
        value = base * inner;
        last = list[i + 2]!;
        i += 2;
      }
      out.push({ start: t.start, end: last.end, value, valueText: sentence.slice(t.start, last.end), signCurrency: null, form: "order", bareInteger: false });
      continue;
    }
    // "a hundred", "a thousand", "a dozen": the article stands for one.
    const article = (lower === "a" || lower === "an") && list[i + 1] !== undefined && /^(hundred|thousand|million|billion|dozen)$/i.test(list[i + 1]!.word);
    // "five-day", "three-year": the number is the part before the hyphen.
    const head = lower.split("-")[0]!;
    if (!article && !isNumberWord(lower) && !(lower.includes("-") && isNumberWord(head) && !isNumberWord(lower))) continue;
    if (!article && !isNumberWord(lower)) {
      const value = valueOfWords([head]);
      if (value !== null) out.push({ start: t.start, end: t.start + head.length, value, valueText: t.word.slice(0, head.length), signCurrency: null, form: "words", bareInteger: false });
      continue;
    }
    const words: string[] = article ? ["one"] : [t.word];
    let j = i + 1;
    let end = t.end;
    while (j < list.length) {
      const next = list[j]!;
      const gap = sentence.slice(end, next.start);
      if (gap !== " " && gap !== "-") break;
      const w = next.word.toLowerCase();
      if (isNumberWord(w) || w === "dozen") words.push(w === "dozen" ? "twelve" : w);
      else if (w === "and" && list[j + 1] && isNumberWord(list[j + 1]!.word) && !SCALES.has(list[j + 1]!.word.toLowerCase())) words.push("and");
      else break;
      end = next.end;
      j++;
    }
    const value = words.includes("twelve") && words.length === 2 ? 12 * (valueOfWords([words[0]!]) ?? 1) : valueOfWords(words);
    if (value !== null && !(article && words.length === 1)) {
      out.push({ start: t.start, end, value, valueText: sentence.slice(t.start, end), signCurrency: null, form: "words", bareInteger: false });
    }
    i = j - 1;
  }
  return out;
}

/** Every number in the sentence, in order of position; overlapping readings keep the longest. */
export function findNumbers(sentence: string): NumberMatch[] {
  const all = [...digitMatches(sentence), ...wordMatches(sentence)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberMatch[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}
