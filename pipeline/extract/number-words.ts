// Words that write numbers ("six", "twenty-five", "three hundred", "a third") in, their values out.
export const UNITS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
  ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19], ["twenty", 20],
  ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);

// ("24.8 ten thousand", "1.2 hundred million": a machine translation's Chinese scales, 万 and 亿, word for word.)
export const SCALES: ReadonlyMap<string, number> = new Map([
  ["ten thousand", 4], ["hundred million", 8], ["hundred", 2], ["thousand", 3], ["million", 6], ["billion", 9], ["trillion", 12], ["mn", 6], ["bn", 9], ["mln", 6], ["bln", 9], ["mil", 6], ["bil", 9], ["crore", 7], ["crores", 7], ["cr", 7], ["lakh", 5], ["lakhs", 5],
]);

export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ["half", 0.5], ["third", 1 / 3], ["thirds", 1 / 3], ["quarter", 0.25], ["quarters", 0.25], ["fifth", 0.2], ["fifths", 0.2],
  ["sixth", 1 / 6], ["sixths", 1 / 6], ["seventh", 1 / 7], ["sevenths", 1 / 7], ["eighth", 0.125], ["eighths", 0.125], ["ninth", 1 / 9], ["ninths", 1 / 9],
  ["tenth", 0.1], ["tenths", 0.1],
]);

// The vulgar fractions Unicode writes as one character ("¾", "3¾ million", "3 ½"): numerator and
// denominator, so the value is worked out in one division ("⅓ million" is 1000000 / 3).
export const VULGAR_FRACTIONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["½", [1, 2]], ["⅓", [1, 3]], ["⅔", [2, 3]], ["¼", [1, 4]], ["¾", [3, 4]], ["⅕", [1, 5]], ["⅖", [2, 5]], ["⅗", [3, 5]],
  ["⅘", [4, 5]], ["⅙", [1, 6]], ["⅚", [5, 6]], ["⅐", [1, 7]], ["⅛", [1, 8]], ["⅜", [3, 8]], ["⅝", [5, 8]], ["⅞", [7, 8]],
  ["⅑", [1, 9]], ["⅒", [1, 10]],
] as const);

/** "0"-"9" for a full-width digit (U+FF10-FF19) or an Arabic-Indic one (U+0660-0669, U+06F0-06F9), else null. */
export function asciiDigit(c: string): string | null {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return null;
}

/** One invisible character: a zero-width space, non-joiner or joiner, a word joiner, a byte order mark, a soft hyphen. */
export const INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/;

/** The digits of a number as written, read as ASCII digits, without the invisible characters inside. */
export function plainDigits(written: string): string {
  if (/^[\x20-\x7E]*$/.test(written)) return written;
  let out = "";
  for (const c of written) out += asciiDigit(c) ?? (INVISIBLE.test(c) ? "" : c);
  return out;
}

/** Value of a run of number words such as ["three", "hundred", "and", "twenty-five"], or null. */
export function valueOfWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const word = raw.toLowerCase();
    if (word === "and") continue;
    const parts = word.split("-");
    if (parts.every((p) => UNITS.has(p))) {
      const value = parts.reduce((sum, p) => sum + UNITS.get(p)!, 0);
      // ("twenty sixteen", "nineteen nineties": a year said aloud, no number; only a ten and a unit, "twenty five", go together.)
      const last = current % 100;
      if (last !== 0 && !(last % 10 === 0 && last >= 20 && value < 10)) return null;
      current += value;
      seen = true;
      continue;
    }
    const power = SCALES.get(word);
    if (power === undefined) return null;
    if (power === 2) current = (current === 0 ? 1 : current) * 100;
    else {
      total += (current === 0 ? 1 : current) * 10 ** power;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return w.split("-").every((p) => UNITS.has(p)) || (SCALES.has(w) && !/^(?:mn|bn|mln|bln|mil|bil)$/.test(w));
}
