// Residents are private individuals. With pseudonymization on, every residents' name (in full, or
// any part of it the text uses alone) is replaced by a stable pseudonym throughout a text, before
// the text is normalized and read a second time, so quotes, claims and texts carry no real name.
import { createHash } from "node:crypto";
import type { Person } from "../extract/people.ts";
import { personKind } from "../extract/person-kind.ts";

const CONSONANTS = "bdfgklmnprstvz";
const VOWELS = "aeiou";

/** A pronounceable word from a hash: the same name always gives the same pseudonym. */
function pseudoWord(seed: string): string {
  const bytes = createHash("sha256").update(seed).digest();
  let word = "";
  for (let k = 0; k < 3; k++) word += CONSONANTS[bytes[2 * k]! % CONSONANTS.length]! + VOWELS[bytes[2 * k + 1]! % VOWELS.length]!;
  return word[0]!.toUpperCase() + word.slice(1);
}

/** "Kemu Tursun" → two pseudo-words, one per part, so a part used alone maps to its own. */
export function pseudonymParts(name: string): string[] {
  return name.split(" ").map((_, k) => pseudoWord(`resident\u0000${name}\u0000${k}`));
}

/** Every way the text names a resident, mapped to its pseudonym: the full name and the parts it uses alone. */
export function residentReplacements(text: string, people: readonly Person[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const person of people) {
    if (personKind(person.role) !== "resident") continue;
    const parts = person.name.split(" ");
    const pseudo = pseudonymParts(person.name);
    map.set(person.name, pseudo.join(" "));
    for (const m of person.mentions) {
      const written = text.slice(m.start, m.end);
      const k = parts.indexOf(written);
      if (k >= 0 && written !== person.name) map.set(written, pseudo[k]!);
    }
  }
  return map;
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Replaces whole-word occurrences of every key, longest first, in one pass. */
export function replaceNames(text: string, replacements: ReadonlyMap<string, string>): string {
  if (replacements.size === 0) return text;
  const names = [...replacements.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return text.replace(pattern, (found) => replacements.get(found)!);
}
