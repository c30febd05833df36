// Normalized text in; names that are people by their form alone out (name-forms.ts), each with the
// title standing before it as its role: "Aynur Memetjan poured the tea", "Chinese Premier Li
// Keqiang", "Deputy Director of the Office of ... of XUAR Abliz Qasim", "an official surnamed Ma".
import { isChineseSurname, isNotNameWord, personNameForm } from "../text/name-forms.ts";
import type { TextSpan } from "../text/spans.ts";
import { isBroadPlace, listedLevel } from "../gazetteer/divisions.ts";

export interface NameCandidate extends TextSpan {
  name: string;
  role: string | null;
}

// A run of capitalised words; runs are never longer than a line of title case, and each is read once.
const CAPITALISED_RUN = /[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)*/gu;
const TITLE_WORD = /^(?:Premier|President|Vice|Governor|Mayor|Secretary|Director|Deputy|Chairman|Chairwoman|Chairperson|Minister|Commissioner|Inspector|Spokesperson|Spokesman|Spokeswoman|Chief|Head|Leader|General|Party|Executive|Senior|Professor|Prof|Dr|Mr|Mrs|Ms|Miss|Ambassador|Councillor|Counsellor|Envoy|Judge|Justice|Reporter|Correspondent|Editor|Anchor|Host|Farmer|Villager|Herder|Teacher|Doctor|Imam|Elder|Comrade|Chinese|Vice-Premier|Vice-President|State|Councilor|Councillor)$/;
// ("visits pig farmer Li Fashun", "met farmer Ma": a verb before the role is no part of it.)
const VERB_BEFORE_ROLE = /^(?:(?!news )\p{Ll}+(?:s|ed) |(?:met|saw|meet|meets|visit|see|sees) )+(?=\p{Ll})/u;
const ROLE_BEFORE = /\b(?<![’'])((?:[\p{Ll}-]+ ){0,2}(?:host|co-host|presenter|reporter|correspondent|sociologist|economist|researcher|professor|anthropologist|historian|analyst|scholar|journalist|editor|official|farmer|villager|herder|worker|teacher|doctor|student|anchor|interviewer|demographer|geographer|lawyer|activist|photographer|resident)) $/u;
const LEADER_TITLE = /^(?:Premier|President|Secretary|Chairman|Governor|Mayor|Minister|Vice-Premier|Vice-President)$/;
const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Comrade)$/;
const PROPER_TITLE_WORD = /^(?:Chinese|Party|State|Communist)$/;
// "Deputy Director of the Office of the Leading Group for Poverty Alleviation of " before a name: a long title.
const LONG_TITLE = /((?:(?:Deputy|Vice|Executive|Acting|First) )?(?:Director|Secretary|Head|Chairman|Chairwoman|Chairperson|Governor|Mayor|Minister|Premier|President|Commissioner|Inspector|Spokesperson|Spokesman|Spokeswoman|Chief|Leader|Dean|Professor)(?: (?:of|for|and|the|on|in|[\p{Lu}][\p{L}'’-]*)){0,16}) $/u;
const LONG_TITLE_REACH = 160;
// "an official surnamed Ma", "a villager surnamed Li"; not "The show is called The Prince", a title.
const SURNAMED = /\b(?:[Aa]n?|[Tt]he) ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+) (?:surnamed|named|called) (?!(?:The|A|An)\b)([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?)/gu;

// (After a word in lower case, so never the end of a longer name: "last week Xi made", "and Li said".)
const LONE_SURNAME_SUBJECT = /\b([\p{Lu}][\p{Ll}]{1,6}) (said|says|made|makes|pledged|vowed|told|announced|declared|stressed|urged|visited|promised|wrote|insisted|called|added|noted)\b/gu;
// A two-word name opening a sentence or its clause after an opening phrase, then the subject's verb.
const NAMED_SUBJECT = /(?:^|[.!?]["”]? |, )([\p{Lu}][\p{Ll}'’-]{1,15} [\p{Lu}][\p{Ll}'’-]{1,15}) (is|was|has|had|runs|ran|lives|lived|works|worked|keeps|kept|grows|grew|moves|moved|says|said|left|started|sells|sold|owns|earns|earned|remembers|recalls|recalled|spent|spends|now)\b/gmu;
const PRONOUN_AFTER = /\b(?:he|his|him|she|her)\b/;
const PRONOUN_REACH = 200;

/** Where in a run the name stands: after any titles and other non-names, or at the run's end. */
function nameIn(words: readonly string[]): { titleWords: number; nameWords: number } | null {
  // A name is never followed, in its run, by a level or body word ("Liangshan Yi Autonomous Prefecture").
  const fits = (start: number, size: number) => personNameForm(words.slice(start, start + size)) !== null && !(start + size < words.length && isNotNameWord(words[start + size]!));
  for (let start = 0; start < words.length - 1; start++) {
    for (let size = Math.min(4, words.length - start); size >= 2; size--) if (fits(start, size)) return { titleWords: start, nameWords: size };
    if (!isNotNameWord(words[start]!) && !TITLE_WORD.test(words[start]!)) break;
  }
  // "... of the Xinjiang Department of Transport Li Hongwei": a name closing a long title.
  for (const size of [3, 2]) if (words.length > size && fits(words.length - size, size)) return { titleWords: words.length - size, nameWords: size };
  return null;
}

// ("the Director of the Ethnic Affairs Commission of XUAR Mehmut Usman, the Director of ...": in a list of posts, the
// two words after the body or place that closes a long title are the holder's name, whatever its form.)
// The place a long title's body is of ("... Commission of XUAR", "... Bureau of Hotan City"), shared with the
// organisations finder, which ends the body's name there.
const TITLE_PLACES = "XUAR|TAR|PRC|City|County|Region|Prefecture|Province";
export const PLACE_CLOSING_TITLE = new RegExp(`^(?:${TITLE_PLACES})$`);
const BODY_OR_PLACE_END = new RegExp(`^(?:${TITLE_PLACES}|CPC|Commission|Bureau|Office|Department|Committee|Association|Federation|Government|Congress|Group|Center|Centre|Institute|University|Court|Procuratorate)$`);
/** A word of a holder's name of no known form: capitalised, short, all letters. */
export const HOLDER_NAME_WORD = /^\p{Lu}\p{Ll}{1,14}$/u;
const LIST_REACH = 200;

function nameClosingTitledBody(words: readonly string[], before: string, after: string): { titleWords: number; nameWords: number } | null {
  const n = words.length;
  if (n < 3 || !BODY_OR_PLACE_END.test(words[n - 3]!) || !/^(?:,|\.|;| and\b)/.test(after)) return null;
  const name = words.slice(n - 2);
  if (!name.every((w) => HOLDER_NAME_WORD.test(w) && !isNotNameWord(w) && !BODY_OR_PLACE_END.test(w))) return null;
  // (The title opens before the run: "... Director of the Ethnic Affairs Commission of " then "XUAR Mehmut Usman".)
  return LONG_TITLE.test(`${before}${words.slice(0, n - 2).join(" ")} `) ? { titleWords: n - 2, nameWords: 2 } : null;
}

/** Title words as a role: "Chinese Premier" keeps its proper words, "Deputy Director" is "deputy director". */
function roleOf(titleWords: readonly string[]): string {
  return titleWords.map((w) => (PROPER_TITLE_WORD.test(w) ? w : w.toLowerCase())).join(" ");
}

export function nameCandidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    // "Abdunebi Abdurexit's family": the possessive is not part of the name.
    const words = m[0].replace(/['’]s$/, "").split(" ");
    if (words.length < 2) continue;
    // "General Secretary Xi", "Premier Li": a leader's title and a surname alone.
    // ("China's President Xi": whose leader a possessive before the title says is no part of it.)
    const last = words[words.length - 1]!;
    const titleWords = words.slice(/['’]s$/.test(words[0]!) && words.length > 2 ? 1 : 0, -1);
    if (isChineseSurname(last) && titleWords.some((w) => LEADER_TITLE.test(w)) && titleWords.every((w) => TITLE_WORD.test(w))) {
      const start = m.index + m[0].lastIndexOf(last);
      out.push({ name: last, role: roleOf(titleWords), start, end: start + last.length });
      continue;
    }
    // (A name of no known form only in a list whose other holders' names are known: "Water Supply" after "Director of Hotan City" is none.)
    const inList = out.length > 0 && out[out.length - 1]!.role !== null && m.index - out[out.length - 1]!.end <= LIST_REACH;
    const found = nameIn(words) ?? (inList ? nameClosingTitledBody(words, text.slice(Math.max(0, m.index - LONG_TITLE_REACH), m.index), text.slice(m.index + m[0].length)) : null);
    if (!found) continue;
    const before = words.slice(0, found.titleWords).join(" ");
    // ("Spokesperson Hua Chunying's Remarks on ...": a possessive inside the run ends the name too.)
    const name = words.slice(found.titleWords, found.titleWords + found.nameWords).join(" ").replace(/['’]s$/, "");
    const start = m.index + (before === "" ? 0 : before.length + 1);
    const titles = words.slice(0, found.titleWords).filter((w) => TITLE_WORD.test(w));
    // "Reporter Aynur Tursun" is a reporter; "Chinese Premier", "Party Secretary" keep their proper words.
    // An honorific alone ("Dr Jane Roe") says nothing of the role; the words around the name may.
    const titled = titles.filter((w) => !HONORIFIC.test(w));
    let role: string | null = titled.length > 0 ? roleOf(words.slice(words.indexOf(titled[0]!), found.titleWords)) : null;
    if (role === null) {
      const long = LONG_TITLE.exec(text.slice(Math.max(0, start - LONG_TITLE_REACH), start));
      if (long && !long[1]!.includes("\n")) role = long[1]!;
    }
    // "host Rachel Kim", "the sociologist Ma Lin": a lower-case role just before the name.
    role ??= ROLE_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1]?.replace(/^(?:(?:to|with|by|for|from|and|of|in|on|at|the|a|an|said|says|added|noted|told|explained|according) )+/, "").replace(VERB_BEFORE_ROLE, "") ?? null;
    out.push({ name, role, start, end: start + name.length });
  }
  // "last week Xi made a pledge to win his war on want": a surname alone as a sentence's subject, whom
  // "he" or "his" then points back at, is the person the page only ever names so.
  for (const m of text.matchAll(LONE_SURNAME_SUBJECT)) {
    const start = m.index;
    if (!/\p{Ll} $/u.test(text.slice(Math.max(0, start - 2), start)) || !isChineseSurname(m[1]!) || isNotNameWord(m[1]!) || !PRONOUN_AFTER.test(text.slice(start, start + PRONOUN_REACH))) continue;
    out.push({ name: m[1]!, role: null, start, end: start + m[1]!.length });
  }
  // ("Before dawn, Jiashi Zhana is already on the slope behind his house": a name of no listed form as a sentence's
  // subject, before its verb, whom "he" or "her" then points back at.)
  for (const m of text.matchAll(NAMED_SUBJECT)) {
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length - 1;
    const words = m[1]!.split(" ");
    // (A word that is also a county's name may stand in a person's, "Jiashi"; a province's or a country's never does.)
    if (words.some((w) => isNotNameWord(w) || TITLE_WORD.test(w) || isBroadPlace(w)) || listedLevel(m[1]!) !== undefined || personNameForm(words) !== null || !PRONOUN_AFTER.test(text.slice(start, start + PRONOUN_REACH))) continue;
    out.push({ name: m[1]!, role: null, start, end: start + m[1]!.length });
  }
  for (const m of text.matchAll(SURNAMED)) {
    const start = m.index + m[0].length - m[2]!.length;
    out.push({ name: m[2]!, role: m[1]!, start, end: start + m[2]!.length });
  }
  return out;
}
