// The people a page names, by name, in; the names that are one person written another way merged
// into one, out: "Qi Zhala" and "Qizhala", "Pacha" for "Pachayouge", "Arthur Holcombe" for "Arthur N.
// Holcombe". The other spellings are kept, so their mentions are found.
import { wholeWordOccurrences } from "../text/spans.ts";
import type { Person } from "./people.ts";

// How many names after a short one, in sorted order, are read for the longer name it opens.
const PREFIX_LOOKS = 16;
const MIDDLE_INITIAL = / \p{Lu}\. /u;

/** Merges, in `byName`, names that are one person's; `spellings` gets each kept person's other spellings. */
export function mergeOtherSpellings(byName: Map<string, Person>, text: string, spellings: Map<Person, string[]>): void {
  const mergeInto = (kept: Person, dropped: Person) => {
    kept.role ??= dropped.role;
    kept.affiliation ??= dropped.affiliation;
    byName.delete(dropped.name);
    spellings.set(kept, [...(spellings.get(kept) ?? []), dropped.name, ...(spellings.get(dropped) ?? [])]);
  };
  // ("Dr. MEI-LING ZHOU (...):" and "Mei-Ling Zhou" from a transcript's labels in capitals, "Mei-ling Zhou" in its prose:
  // one name cased two ways is one person, named as prose writes names (not in capitals), else as the text writes it most often.)
  const byLowerCase = new Map<string, Person>();
  const inCapitals = (name: string) => !/\p{Ll}/u.test(name);
  for (const p of [...byName.values()]) {
    const key = p.name.toLowerCase();
    const other = byLowerCase.get(key);
    if (other === undefined) {
      byLowerCase.set(key, p);
      continue;
    }
    const pMore = inCapitals(p.name) !== inCapitals(other.name) ? inCapitals(other.name) : wholeWordOccurrences(text, p.name).length > wholeWordOccurrences(text, other.name).length;
    mergeInto(pMore ? p : other, pMore ? other : p);
    byLowerCase.set(key, pMore ? p : other);
  }
  // ("Qi Zhala" in a briefing's list of speakers, "Qizhala" in its turns: one name written apart and joined
  // is one person, named as the text names them more often.)
  const joinedKey = (name: string) => name.replaceAll(" ", "").toLowerCase();
  const spacedByKey = new Map<string, Person[]>();
  for (const p of byName.values()) if (p.name.includes(" ")) spacedByKey.set(joinedKey(p.name), [...(spacedByKey.get(joinedKey(p.name)) ?? []), p]);
  for (const alone of [...byName.values()].filter((p) => !p.name.includes(" "))) {
    const spaced = spacedByKey.get(joinedKey(alone.name)) ?? [];
    if (spaced.length !== 1) continue;
    const other = spaced[0]!;
    const aloneMore = wholeWordOccurrences(text, alone.name).length > wholeWordOccurrences(text, other.name).length;
    mergeInto(aloneMore ? alone : other, aloneMore ? other : alone);
  }
  // ("Pachayouge, secretary of Atuleer village," then '"...," Pacha said': one name alone cut short is the
  // one longer single name it opens, when only one does.)
  // (Sorted, so the names a short one opens follow it; a few are read after each, no more.)
  const single = [...byName.values()].filter((p) => !p.name.includes(" ")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  single.forEach((short, k) => {
    if (short.name.length < 4) return;
    const longer: Person[] = [];
    for (let j = k + 1; j < single.length && j <= k + PREFIX_LOOKS && longer.length < 2 && single[j]!.name.startsWith(short.name); j++) if (single[j]!.name.length > short.name.length + 2) longer.push(single[j]!);
    const owner = longer[0];
    if (longer.length === 1 && owner !== undefined && byName.has(owner.name)) mergeInto(owner, short);
  });
  // ("Arthur N. Holcombe" over the paper, "Arthur Holcombe was also ..." in its note: a middle initial left out.)
  const withInitial = new Map<string, Person>();
  for (const p of byName.values()) if (MIDDLE_INITIAL.test(p.name)) withInitial.set(p.name.replace(MIDDLE_INITIAL, " "), p);
  for (const p of [...byName.values()]) {
    const fuller = withInitial.get(p.name);
    if (fuller !== undefined && fuller !== p) mergeInto(fuller, p);
  }
}
