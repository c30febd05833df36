// Words that write numbers ("six", "twenty-five", "three hundred", "a third") in, their values out.
export const UNITS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
  ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19], ["twenty", 20],
  ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);

export const SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 2], ["thousand", 3], ["million", 6], ["billion", 9], ["trillion", 12], ["mn", 6], ["bn", 9], ["mln", 6], ["bln", 9],
]);

export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ["half", 0.5], ["third", 1 / 3], ["thirds", 1 / 3], ["quarter", 0.25], ["quarters", 0.25], ["fifth", 0.2], ["fifths", 0.2],
  ["tenth", 0.1], ["tenths", 0.1],
]);

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
      current += parts.reduce((sum, p) => sum + UNITS.get(p)!, 0);
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
  return w.split("-").every((p) => UNITS.has(p)) || (SCALES.has(w) && !/^(?:mn|bn|mln|bln)$/.test(w));
}
