// A document's text and its people in; the people the text marks as a woman or a man out, so that
// "she said" after a quotation is not given to the man named last. Only what the text says counts: a
// role ("a 44-year-old Uygur woman", "her husband's mother"), an honorific before a mention ("Ms Li",
// "Mr. Tang"), or the first pronoun after a mention in its own sentence ("Ayigul ... her sewing").
// Never the name itself, and a person the text marks both ways is marked neither.
import type { Person } from "./people.ts";
import { firstFrom } from "../text/spans.ts";

export type Gender = "female" | "male";

// (Not "chairman": a woman may hold the post under that word.)
const FEMALE_ROLE = /\b(?:woman|mother|wife|grandmother|daughter|girl|housewife|widow|sister|aunt|chairwoman|spokeswoman|herdswoman|businesswoman|congresswoman|actress|female)\b/i;
const MALE_ROLE = /\b(?:man|father|husband|grandfather|son|boy|brother|uncle|spokesman|herdsman|businessman|congressman|male)\b/i;
const ABOUT_ANOTHER = /\s\b(?:whose|who|whom|which|with|of|for|to)\b.*$/s;
export const FEMALE_HONORIFIC = /\b(?:Ms|Mrs|Miss|Madam|Madame)\.? $/;
export const MALE_HONORIFIC = /\b(?:Mr|Sir)\.? $/;
// The first pronoun after a mention, before its sentence ends (at most this many characters on).
// (Nor across a quotation mark: "Ma said: "My mother and her ..."" tells nothing of Ma.)
// ("Gulnar, 54, is less attached to the route than he is": a pronoun after "than" or "as" is the other side of a comparison.)
const PRONOUN_AFTER = /^[^.!?\n"“”]{0,160}?(?<!\b(?:than|as) )\b(she|her|he|his|him)\b/i;
// ("His wife, Gulnar Tokhtarkhan,": a kinship word set before the name, as its apposition.)
const KIN_BEFORE = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) (?:(wife|mother|daughter|sister|grandmother|aunt|widow)|(husband|father|son|brother|grandfather|uncle)), $/;

/** The sex a personal pronoun marks: "she" and "her" a woman, "he", "his" and "him" a man. */
export function pronounGender(pronoun: string): Gender {
  return /^(?:she|her)$/i.test(pronoun) ? "female" : "male";
}

/** The gender each person's role, honorifics and own sentences mark, by name; people marked neither way or both ways are absent. */
export function genderByName(text: string, people: readonly Person[]): Map<string, Gender> {
  const mentions = people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  // (A pronoun counts only while no other person has been named between it and the mention.)
  const nextMentionAfter = (at: number) => mentions[firstFrom(mentions, at + 1)]?.start ?? Infinity;
  const out = new Map<string, Gender>();
  for (const p of people) {
    const seen = new Set<Gender>();
    // ("a farmer in Butuo County whose son works at a shoe factory": the son is someone else; the role's own head is
    // the words before a relative clause or a phrase about another.)
    const own = p.role?.replace(ABOUT_ANOTHER, "") ?? null;
    if (own !== null && FEMALE_ROLE.test(own)) seen.add("female");
    if (own !== null && MALE_ROLE.test(own)) seen.add("male");
    for (const m of p.mentions) {
      const before = text.slice(Math.max(0, m.start - 9), m.start);
      if (FEMALE_HONORIFIC.test(before)) seen.add("female");
      if (MALE_HONORIFIC.test(before)) seen.add("male");
      const kin = KIN_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
      if (kin) seen.add(kin[1] !== undefined ? "female" : "male");
      const pronoun = PRONOUN_AFTER.exec(text.slice(m.end, m.end + 200));
      if (pronoun && m.end + pronoun.index + pronoun[0].length <= nextMentionAfter(m.start)) seen.add(pronounGender(pronoun[1]!));
    }
    if (seen.size === 1) out.set(p.name, [...seen][0]!);
  }
  return out;
}
