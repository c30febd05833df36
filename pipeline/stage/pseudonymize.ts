// Residents are private individuals. With pseudonymization on, every resident's name (in full, in
// any case, run together, or any part of it the text uses alone) is replaced by a pseudonym
// throughout a text, before the text is normalized and read a second time, so quotes, claims and
// texts carry no real name, and every span is found again in the text that is published. Pseudonyms
// are keyed: an HMAC of the name under the publisher's secret key, so nobody without the key can
// test a candidate name against them, and the same key always gives the same pseudonym.
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

/** A replacement's value that keeps the name as written: another person's name, guarded from a resident's part. */
const KEEP = "";

// A word: letters, marks and digits, with apostrophes inside it ("Xi'an", "O'Brien" are one word, so
// "Li" is never found in "Li'an"). No nested quantifier can backtrack: linear in the text.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;
// Between the parts of a name: spaces (one line break at most: a wrapped line, not a new paragraph;
// a few dozen at most, so no long run is tested again and again), or one hyphen or middle dot
// ("Zhang-Wei", "Kemu·Tursun").
const MAX_SPACE_GAP = 40;
const JOINERS = new Set(["-", "\u2010", "\u2011", "\u00b7", "\u2027", "\u30fb"]);
const POSSESSIVE = /['’ʼ][sS]$/;
const CAPITAL_FIRST = /^[\p{Lu}\p{Lt}]/u;

/** How a word is compared: NFC, lower case, one apostrophe. */
function fold(word: string): string {
  return word.normalize("NFC").toLowerCase().replace(/[’ʼ]/g, "'");
}

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The key of a name form: its words folded, joined by single spaces ("Zhang-Wei" and "ZHANG  WEI"
 * are "zhang wei"), less a possessive at its end, which replaceNames keeps as written. (Only at the
 * end: in a name read as "Zhang's Wei" the "'s" is part of what the text calls the name.)
 */
function nameKey(name: string): string {
  const words = wordsOf(name);
  if (words.length > 0) words.push(withoutPossessive(words.pop()!));
  return words.map(fold).join(" ");
}

function withoutPossessive(word: string): string {
  return POSSESSIVE.test(word) && word.length > 2 ? word.slice(0, -2) : word;
}

// A run-together name shorter than this is too often a name or word of its own: "Lina" is not "Li Na".
const MIN_JOINED_LETTERS = 6;

/**
 * Every way the text names a resident, as a name key (see nameKey) mapped to its pseudonym: the full
 * name, the name run together ("Zhangwei", when that is long enough to be no other name), and the
 * parts it uses alone; and other people's full names mapped to KEEP, so that a resident's surname
 * used alone does not turn an official's "Zhang Min" into a half-pseudonym.
 */
export function residentReplacements(text: string, people: readonly Person[], key: string): Map<string, string> {
  const map = new Map<string, string>();
  const others: string[] = [];
  for (const person of people) {
    if (personKind(person.role) !== "resident") {
      others.push(person.name);
      continue;
    }
    const parts = person.name.split(" ");
    const pseudo = pseudonymParts(person.name, key);
    map.set(nameKey(person.name), pseudo.join(" "));
    const joined = nameKey(person.name).replaceAll(" ", "");
    if (parts.length > 1 && [...joined].length >= MIN_JOINED_LETTERS) map.set(joined, pseudo.join(""));
    if (parts.length < 2) continue;
    for (const m of person.mentions) {
      const written = nameKey(text.slice(m.start, m.end));
      const k = parts.findIndex((part) => nameKey(part) === written);
      if (k >= 0) map.set(written, pseudo[k]!);
    }
  }
  for (const name of others) {
    const k = nameKey(name);
    // (A one-word name is a resident's part as often as not; a resident's own form is never kept.)
    if (k.includes(" ") && !map.has(k)) map.set(k, KEEP);
  }
  return map;
}

/** The pseudonym in the shape the name was written: "ZHANG" → capitals, "zhang wei" → lower case, "Zhangwei" → one capital. */
function shaped(written: string, pseudonym: string): string {
  const upper = written.toUpperCase();
  const lower = written.toLowerCase();
  if (written === upper && written !== lower && [...written].length > 1) return pseudonym.toUpperCase();
  if (written === lower && written !== upper) return pseudonym.toLowerCase();
  const rest = written.slice(written.codePointAt(0)! > 0xffff ? 2 : 1);
  if (rest !== rest.toLowerCase()) return pseudonym; // "ZhangWei": capitals inside, as the pseudonym has them
  return pseudonym.charAt(0).toUpperCase() + pseudonym.slice(1).toLowerCase();
}

interface Node {
  next: Map<string, Node>;
  value?: string;
}

// No name has more words; a longer "name" is a misreading, left out so that a walk from each word of
// the text stays this short (linear time even when a text repeats a 1,000-word "name").
const MAX_NAME_WORDS = 12;

/** The name keys as a tree of their words, so each word of the text is looked up once per depth, not once per name. */
function treeOf(replacements: ReadonlyMap<string, string>): Node {
  const root: Node = { next: new Map() };
  for (const [key, value] of replacements) {
    const words = wordsOf(key).map(fold);
    if (words.length === 0 || words.length > MAX_NAME_WORDS) continue;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    node.value = value;
  }
  return root;
}

/**
 * Replaces every name form the map keys (see residentReplacements) wherever the text writes it as
 * whole words: in any case, its parts apart by spaces, a line break, a hyphen or a middle dot, and
 * before a possessive "'s", which stays. Never inside a longer word: not "Zhang" in "Zhangweiqiang",
 * "Li" in "Lina" or "Li'an", nor a word joined by a hyphen ("Wei-qiang"). A one-word form is taken
 * only with a capital ("Long", "LONG"), as "long" is a word. Longest form first; one pass, linear in
 * the text's length (a lookup per word per word of the longest name).
 */
export function replaceNames(text: string, replacements: ReadonlyMap<string, string>): string {
  if (replacements.size === 0) return text;
  const root = treeOf(replacements);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const n = starts.length;
  // What separates word k from word k + 1: part of one word (a joiner), of one name (spaces), or neither.
  const gaps = new Uint8Array(n);
  const JOIN = 1;
  const SPACE = 2;
  for (let k = 0; k + 1 < n; k++) {
    const gap = text.slice(ends[k]!, starts[k + 1]!);
    const spaces = gap.length <= MAX_SPACE_GAP && /^\s*$/.test(gap) && gap.indexOf("\n") === gap.lastIndexOf("\n");
    gaps[k] = gap.length === 1 && JOINERS.has(gap) ? JOIN : spaces ? SPACE : 0;
  }
  const out: string[] = [];
  let copied = 0;
  let k = 0;
  while (k < n) {
    if (k > 0 && gaps[k - 1] === JOIN) {
      k++;
      continue;
    }
    // The longest form from word k: its last word, and whether that word ends in a possessive kept as written.
    let found: { last: number; end: number; value: string } | null = null;
    let node = root;
    for (let j = k; j < n; j++) {
      if (j > k && gaps[j - 1] === 0) break;
      const word = text.slice(starts[j]!, ends[j]!);
      const endsName = j + 1 >= n || gaps[j] !== JOIN;
      const owner = withoutPossessive(word);
      if (owner !== word && endsName) {
        const value = node.next.get(fold(owner))?.value;
        if (value !== undefined && (j > k || CAPITAL_FIRST.test(owner))) found = { last: j, end: ends[j]! - 2, value };
      }
      const child = node.next.get(fold(word));
      if (!child) break;
      if (child.value !== undefined && endsName && (j > k || CAPITAL_FIRST.test(word))) found = { last: j, end: ends[j]!, value: child.value };
      node = child;
    }
    if (!found) {
      k++;
      continue;
    }
    if (found.value !== KEEP) {
      out.push(text.slice(copied, starts[k]!));
      const pseudo = wordsOf(found.value);
      if (pseudo.length === found.last - k + 1) {
        // Word for word, the separators as written.
        for (let j = k; j <= found.last; j++) {
          if (j > k) out.push(text.slice(ends[j - 1]!, starts[j]!));
          out.push(shaped(text.slice(starts[j]!, j === found.last ? found.end : ends[j]!), pseudo[j - k]!));
        }
      } else out.push(shaped(text.slice(starts[k]!, found.end), found.value));
      copied = found.end;
    }
    k = found.last + 1;
  }
  out.push(text.slice(copied));
  return out.join("");
}
