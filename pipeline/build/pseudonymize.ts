// Residents are private individuals. With pseudonymization on, every resident's name (in full, in
// any case, run together, or any part of it the text uses alone) is replaced by a pseudonym
// throughout a text, before the text is normalized and read a second time, so quotes, claims and
// texts carry no real name. Pseudonyms are keyed: an HMAC of the name under the publisher's secret
// key, so nobody without the key can test a candidate name against them, and the same key always
// gives the same pseudonym.
import { createHmac } from "node:crypto";
import type { Person } from "../extract/people.ts";
import { personKind } from "../extract/person-kind.ts";

const CONSONANTS = "bdfgklmnprstvz";
const VOWELS = "aeiou";

/** A pronounceable word from the keyed hash of a seed. */
function pseudoWord(key: string, seed: string): string {
  const bytes = createHmac("sha256", key).update(seed).digest();
  let word = "";
  for (let k = 0; k < 3; k++) word += CONSONANTS[bytes[2 * k]! % CONSONANTS.length]! + VOWELS[bytes[2 * k + 1]! % VOWELS.length]!;
  return word[0]!.toUpperCase() + word.slice(1);
}

/** "Kemu Tursun" → one pseudo-word per part ("ZHANG WEI" and "Zhang Wei" alike), so a part used alone maps to its own. */
export function pseudonymParts(name: string, key: string): string[] {
  const folded = name.toLowerCase();
  return name.split(" ").map((_, k) => pseudoWord(key, `resident\u0000${folded}\u0000${k}`));
}

/**
 * Every way the text names a resident, lower-cased, mapped to its pseudonym: the full name, the name
 * run together ("Zhangwei"), and the parts it uses alone.
 */
export function residentReplacements(text: string, people: readonly Person[], key: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const person of people) {
    if (personKind(person.role) !== "resident") continue;
    const parts = person.name.split(" ");
    const pseudo = pseudonymParts(person.name, key);
    map.set(person.name.toLowerCase(), pseudo.join(" "));
    if (parts.length > 1) map.set(parts.join("").toLowerCase(), pseudo.join(""));
    for (const m of person.mentions) {
      const written = text.slice(m.start, m.end);
      const k = parts.indexOf(written);
      if (k >= 0 && written !== person.name) map.set(written.toLowerCase(), pseudo[k]!);
    }
  }
  return map;
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The pseudonym set as the name was: "ZHANG WEI" gives capitals. */
function inCaseOf(written: string, pseudonym: string): string {
  return written === written.toUpperCase() && written !== written.toLowerCase() ? pseudonym.toUpperCase() : pseudonym;
}

/** Replaces whole-word occurrences of every key (in any case), longest first, in one pass. */
export function replaceNames(text: string, replacements: ReadonlyMap<string, string>): string {
  if (replacements.size === 0) return text;
  const names = [...replacements.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return text.replace(pattern, (found) => inCaseOf(found, replacements.get(found.toLowerCase())!));
}
