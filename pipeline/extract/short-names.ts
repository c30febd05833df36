// Where a text names a person by the short form of a name it gave in full: "Wang Li, 30, ..." then
// "Taoism is part of Wang's life." A Chinese name is shortened to its surname, which comes first;
// other names to their last word. A short form two people share names neither.
import type { Person } from "./people.ts";
import type { Named } from "./document-makers.ts";
import { personNameForm } from "../text/name-forms.ts";
import { firstFrom } from "../text/spans.ts";
import { FEMALE_HONORIFIC, MALE_HONORIFIC, type Gender } from "./person-gender.ts";

const SHORT = /^\p{Lu}\p{Ll}{1,20}$/u;
// A capitalised word just before or after: the short form is part of a longer name ("Wang Yi", "Li Wang").
// (Not a word that opens a sentence or a clause, nor an honorific: "But Wang said", "Mr. Wang".)
const NAME_BEFORE = /(?<![\p{L}'’-])(?!(?:But|And|When|As|So|Then|Mr|Mrs|Ms|Dr|Miss|Prof|Said|Says|For|With|To|By|Like|After|Before|Since|While|Because|If|Although|Though|Yet|Now|Only|Even|Today|Later)\b)\p{Lu}[\p{L}'’-]*\.?\s$/u;
const NAME_AFTER = /^\s\p{Lu}/u;

function shortFormOf(name: string): string | null {
  const words = name.split(" ");
  if (words.length < 2) return null;
  const short = personNameForm(words) === "chinese" ? words[0]! : words.at(-1)!;
  return SHORT.test(short) ? short : null;
}


/**
 * Mentions of people by the short forms of their names, outside the mentions already found, in text order.
 * A short form two people share names the one an honorific before it marks, where `genders` tells them apart
 * ("Ma Fengying" and "Ma Jun", then "Ms Ma").
 */
export function shortNameMentions(text: string, people: readonly Person[], genders: ReadonlyMap<string, Gender> = new Map()): Named[] {
  const owner = new Map<string, Person | null>();
  const bearers = new Map<string, Person[]>();
  for (const person of people) {
    const short = shortFormOf(person.name);
    if (short === null) continue;
    owner.set(short, owner.has(short) && owner.get(short) !== person ? null : person);
    bearers.set(short, [...(bearers.get(short) ?? []), person]);
  }
  const shorts = [...owner].filter(([short, person]) => person !== null || bearers.get(short)!.some((p) => genders.has(p.name))).map(([short]) => short);
  if (shorts.length === 0) return [];
  const named = people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  const longest = named.reduce((most, n) => Math.max(most, n.end - n.start), 0);
  /** Whether a mention already found holds the span (looked for among those that start near enough). */
  const inNamed = (start: number, end: number) => {
    for (let k = firstFrom(named, start - longest); k < named.length && named[k]!.start <= start; k++) if (end <= named[k]!.end) return true;
    return false;
  };
  const out: Named[] = [];
  // One pass over the text for all the short forms at once.
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${shorts.sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}-])`, "gu"))) {
    const start = m.index;
    const end = start + m[0].length;
    if (NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || NAME_AFTER.test(text.slice(end, end + 2))) continue;
    if (inNamed(start, end)) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    // ("Ms Ma", "Mr. Ma": an honorific that marks the sex, just before the short form.)
    const marked = FEMALE_HONORIFIC.test(before) ? "female" : MALE_HONORIFIC.test(before) ? "male" : null;
    const matching = marked === null ? [] : bearers.get(m[0])!.filter((p) => genders.get(p.name) === marked);
    const person = owner.get(m[0]) ?? (matching.length === 1 ? matching[0]! : null);
    if (person === null) continue;
    out.push({ start, end, name: person.name, role: person.role });
  }
  return out;
}
