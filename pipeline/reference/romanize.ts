// Chinese place names in, their English forms out: toneless pinyin syllables (pinyin-pro, corrected
// by PLACE_READINGS), joined into one capitalised word with an apostrophe where a syllable starting
// with a, e or o follows another (Xi'an, Yan'an); and the ASCII slug an id is made of.
import { pinyin } from "pinyin-pro";
import { PLACE_READINGS } from "./place-readings.ts";

const LONGEST_READING = Math.max(...Object.keys(PLACE_READINGS).map((w) => w.length));

/** One toneless syllable per character ("ü" kept, as in lü), with place readings applied. */
export function syllables(han: string): string[] {
  const chars = [...han];
  const read = pinyin(han, { type: "array", toneType: "none" });
  // pinyin-pro gives one syllable per Han character; anything else would misalign the readings.
  if (read.length !== chars.length) throw new Error(`syllables: expected one syllable per character of "${han}", got ${JSON.stringify(read)}`);
  const out = [...read];
  for (let i = 0; i < chars.length; ) {
    let matched = 0;
    for (let len = Math.min(LONGEST_READING, chars.length - i); len > 0 && matched === 0; len--) {
      const reading = PLACE_READINGS[chars.slice(i, i + len).join("")];
      if (reading !== undefined) {
        const parts = reading.split(" ");
        if (parts.length !== len) throw new Error(`PLACE_READINGS: expected ${len} syllables for "${chars.slice(i, i + len).join("")}", got "${reading}"`);
        out.splice(i, len, ...parts);
        matched = len;
      }
    }
    i += Math.max(matched, 1);
  }
  return out;
}

/** Syllables as one English word: ["xi", "an"] → "Xi'an". */
export function joinSyllables(parts: readonly string[]): string {
  const word = parts.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A name's id segment: lower-case ASCII letters and digits only ("Xi'an" → "xian", "Lüliang" → "luliang"). */
export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
