// Normalized text in, organisations out: capitalised names with an organisation head word
// ("United Front Work Department", "Communist Party of China", "Global Times"), abbreviations they
// introduce in parentheses, well-known agencies and outlets, and lower-case bodies tied to a
// place ("the poverty alleviation office in Wushi county"); then every later mention.
import { NOT_NAME_WORDS, nonOverlapping, wholeWordOccurrences, type TextSpan } from "../text/spans.ts";
import { isNotNameWord, personNameForm } from "../text/name-forms.ts";
import { listedLevel } from "../gazetteer/divisions.ts";
import { DAY_AND_MONTH_NAMES } from "../normalize/dates.ts";
import { HOLDER_NAME_WORD, PLACE_CLOSING_TITLE } from "./name-candidates.ts";

export type OrganisationKind = "government" | "party" | "media" | "company" | "association" | "other";

export interface Organisation {
  name: string;
  abbreviation: string | null;
  kind: OrganisationKind;
  mentions: TextSpan[];
}

const INSTITUTION_HEAD = /^(?:School|Hospital|Kindergarten|Clinic|Cooperative)$/;
const HEADS: readonly [RegExp, OrganisationKind][] = [
  [/^(?:Times|Daily|News|Post|Journal|Television|TV|Radio|Network|Shimbun|Press|Herald|Tribune|Gazette|Broadcasting)$/, "media"],
  [/^(?:Party|Communist)$/, "party"],
  [/^(?:Office|Department|Ministry|Bureau|Committee|Council|Commission|Administration|Government|Court|Procuratorate|Division|Congress|Assembly|Army|Corps|Agency)$/, "government"],
  // ("Plateau Rights Monitor", "Tibet Land Watch", "Fair Threads Coalition", "Rights Frontier International": the words
  // advocacy groups take for a head.)
  [/^(?:Association|Federation|Consortium|Union|League|Foundation|Institute|Institution|Academy|University|Society|Center|Centre|College|Forum|Monitor|Watch|Observatory|Initiative|Coalition|Alliance|Trust|International)$/, "association"],
  [/^(?:Company|Corporation|Co\.?|Ltd|Ltd\.|Group|Enterprise|Bank|Fund)$/, "company"],
  // ("a teacher at Mengka Primary School": a school, a hospital or a cooperative is a body, no person.)
  [INSTITUTION_HEAD, "other"],
];
// The words for a school's kind or number before its head ("Primary", "Boarding", "No. 2"), and how many words of its own
// name, its place's, stand before them at most.
const INSTITUTION_DESCRIPTOR = /^(?:Primary|Middle|High|Secondary|Vocational|Junior|Senior|Elementary|Central|Hope|Boarding|Public|Private|Rural|Village|Township|Town|County|City|Mountain|Special|Ethnic|Bilingual|People['’]s|First|Second|Third|One|Two|Three|Four|Five|No\.|No|\d{1,3})$/;
const INSTITUTION_NAME_WORDS = 2;
// Names widely known without a head word; matched as whole words.
const KNOWN: readonly [string, OrganisationKind][] = [
  ["Xinhua", "media"], ["Reuters", "media"], ["Bloomberg", "media"], ["CCTV", "media"], ["CGTN", "media"], ["BBC", "media"],
  ["CNN", "media"], ["AFP", "media"], ["SCIO", "government"], ["CPC", "party"], ["NPC", "government"], ["CPPCC", "government"],
  ["XPCC", "government"], ["United Nations", "other"], ["Human Rights Watch", "association"], ["Amnesty International", "association"],
  ["Radio Free Asia", "media"], ["Voice of America", "media"],
];
const MEDIA_EDITION = /^(?:Asia|Europe|Africa|America|Americas|International|Online|Global|Today|Weekly|Plus)$/;
const PLACE_POSSESSIVE = /^([\p{Lu}][\p{L}-]+)['’]s (?=\p{Lu})/u;
// A person's title inside a run of capitals: what follows is their name, not the body's.
const PERSON_TITLE = /^(?:Spokesperson|Spokesman|Spokeswoman|Director|Chairman|Chairwoman|Secretary|Minister|Governor|Mayor|Ambassador|President|Premier)$/;
const ROLE_PREFIX = /^(?:(?:Deputy |Vice |Executive )?(?:Director|Head|Chairman|Chairwoman|Secretary|Chief|Inspector|President|Spokesperson|Spokesman|Member)(?:-General)?) of (?:the )?/;
// ("Committee on Foreign Affairs": "on" joins a body's name; "... Office on Wednesday released": not before a day or a month.)
const CAP_RUN = /[\p{Lu}][\p{L}'’.&-]*(?:(?: of the| of| for the| for| and| on(?! (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b| (?:Jan|Febr)uary\b| (?:March|April|May|June|July|August|September|October|November|December)\b)) [\p{Lu}][\p{L}'’.&-]*| [\p{Lu}][\p{L}'’.&-]*)*/gu;
// (Each word at most 40 letters: "a-a-a-..." has a word boundary at every letter, and each would read the run to its end.)
// ("the prefectural government in August": a month or a day after "in" is when, no place.)
const LOWER_BODY = new RegExp(String.raw`\b((?:[a-z-]{1,40} ){1,3}(?:office|department|bureau|association|committee|commission|federation|government)) (?:in|of) (?!(?:${DAY_AND_MONTH_NAMES})\b)((?:[\p{Lu}][\p{L}'’-]+ ?){1,3}(?:county|prefecture|village|town|township)?)`, "gu");
// "the regional poverty alleviation office", "Hotan prefectural agriculture bureau": a body named by its level,
// with up to six words between that hold no other body's word nor a verb of saying or being.
// (The place's word is at most 41 letters, so a run of letters with no space is not read to its end again from each capital.)
const LEVEL_BODY = /\b((?:[\p{Lu}][\p{L}'’-]{1,40} )?(?:regional|provincial|prefectural|prefecture|county|municipal|city|township|national|state)(?: (?!(?:office|bureau|department|committee|commission|government|administration|centre|center|said|says|told|is|was|were|has|had|have)\b)[a-z-]+){0,6} (?:office|bureau|department|committee|commission|government|administration|centre|center))\b/gu;
// "the Xinjiang Uygur Autonomous Region government": a named division and its government, the last word in lower case.
const DIVISION_GOVERNMENT = /\b((?:[\p{Lu}][\p{L}'’-]{1,40} ){1,4}(?:Region|Prefecture|County|Province|City|Municipality) (?:people['’]s government|government|Party committee))\b/gu;
const ACRONYM_OF_KIND = /\b([A-Z][A-Z&]{1,7})(?= (?:think[ -]tank|NGO|charity|rights group|advocacy group|research group|non-?profit|watchdog)\b)/g;
const SEAT_BEFORE_NAME = /^[\p{Lu}][\p{L}.'’-]{0,40}-(?:based|headquartered|registered) /u;
const FUNCTION_WORDS = new Set(["the", "a", "an", "from", "of", "at", "to", "by", "with", "and", "for", "in", "on", "its", "their"]);

/** Kind from the head words of a name: a party or outlet word anywhere decides; otherwise the last head. */
function kindOf(words: readonly string[]): OrganisationKind | null {
  const kinds: OrganisationKind[] = [];
  for (const word of words) {
    for (const [pattern, k] of HEADS) if (pattern.test(word.replace(/['’]s$/, ""))) kinds.push(k);
  }
  if (kinds.includes("party")) return "party";
  if (kinds.includes("media")) return "media";
  return kinds[kinds.length - 1] ?? null;
}

interface Found extends TextSpan {
  name: string;
  kind: OrganisationKind;
}

// A run of capitalised words goes on past "U.S." or "Co." but not past a sentence's end: a word of
// lower-case letters, a full stop, then the next sentence ("... of Statistics. The Communist ...").
const SENTENCE_END = /(?<=\p{Ll}{2})\. (?=\p{Lu})/gu;

function sentencePieces(run: string, index: number): { text: string; index: number }[] {
  const pieces: { text: string; index: number }[] = [];
  let from = 0;
  for (const end of run.matchAll(SENTENCE_END)) {
    pieces.push({ text: run.slice(from, end.index + 1), index: index + from });
    from = end.index + 2;
  }
  pieces.push({ text: run.slice(from), index: index + from });
  return pieces;
}

const COMPANY_LEGAL_FORM = /^\.?,? (?:Ltd|Limited)\b\.?/;
const POST_REACH = 40;
const POST_BEFORE = /\b(?:Director|Chairman|Chairwoman|Secretary|Head|Chief|Commissioner|Minister|President|Governor|Mayor|Dean)(?: General)? of (?:the )?$/;

/** Whether a body's name set after a post ends on its holder's name: "... of XUAR Mehmut Usman," after "the Director of the ". */
function heldBy(words: readonly string[], before: string, after: string): boolean {
  const n = words.length;
  // (The place is one or two words: "of XUAR", "of Hotan City".)
  return n >= 5 && (words[n - 4] === "of" || words[n - 5] === "of") && PLACE_CLOSING_TITLE.test(words[n - 3]!) && POST_BEFORE.test(before) && /^(?:[,;]|\. \p{Lu}|\.$)/u.test(after) && words.slice(-2).every((w) => HOLDER_NAME_WORD.test(w) && kindOf([w]) === null && listedLevel(w) === undefined);
}

function capitalisedNames(text: string): Found[] {
  const out: Found[] = [];
  for (const run of text.matchAll(CAP_RUN)) for (const m of sentencePieces(run[0], run.index)) {
    let name = m.text.replace(/[.’']+$/, "");
    let start = m.index;
    const lead = /^(?:(?:The|A|According|However|In|By|From|As|Today|Earlier|Meanwhile|Later|Also|But|And|Yet) )+/.exec(name);
    if (lead) { name = name.slice(lead[0].length); start += lead[0].length; }
    // ("the London-based Centre for Labour Rights": where the body sits, no part of its name.)
    const seat = SEAT_BEFORE_NAME.exec(name);
    if (seat) { name = name.slice(seat[0].length); start += seat[0].length; }
    // ("China's National Bureau of Statistics": whose country the body is, no part of its name.)
    const country = PLACE_POSSESSIVE.exec(name);
    if (country && listedLevel(country[1]!) !== undefined) { name = name.slice(country[0].length); start += country[0].length; }
    const role = ROLE_PREFIX.exec(name);
    if (role) { name = name.slice(role[0].length); start += role[0].length; }
    // "Officials of the Hotan Prefecture ... Bureau", "the Aksu Survey Team of the National Bureau of
    // Statistics": words before "of" with no head word are not the body's name; the body after is.
    const owner = /^((?:\S+ )+?)of (?:the )?/.exec(name);
    if (owner && kindOf(owner[1]!.trim().split(" ")) === null && kindOf(name.slice(owner[0].length).split(" ")) !== null) {
      name = name.slice(owner[0].length);
      start += owner[0].length;
    }
    const words = name.split(" ");
    if (words.length < 2 || NOT_NAME_WORDS.has(words[0]!) && words.length < 3) continue;
    // Cut after the last head word unless an "of ..." or "for ..." tail names whose body it is or what
    // it is for ("Center for Global Policy").
    let last = -1;
    words.forEach((w, i) => { if (kindOf([w]) !== null) last = i; });
    if (last < 0) continue;
    // ("Channel News Asia", "Valley Daily Online": an outlet's edition may follow its head word.)
    if (kindOf([words[last]!]) === "media" && MEDIA_EDITION.test(words[last + 1] ?? "")) last++;
    let kept = words[last + 1] === "of" || words[last + 1] === "for" ? words : words.slice(0, last + 1);
    // "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference": a body's name ends where a person's title and name begin.
    const titled = kept.findIndex((w, i) => PERSON_TITLE.test(w) && [2, 3].some((n) => personNameForm(kept.slice(i + 1, i + 1 + n).map((x) => x.replace(/['’]s$/, ""))) !== null));
    if (titled >= 0) kept = kept.slice(0, titled);
    // "... Commission of XUAR Mutalip Rozi": a title's body ends where the person's name begins.
    for (const size of [3, 2]) {
      if (kept.length > size + 1 && personNameForm(kept.slice(-size)) !== null) {
        kept = kept.slice(0, -size);
        break;
      }
    }
    // ("the Director of the Ethnic Affairs Commission of XUAR Mehmut Usman, the Director of ...": in a list of posts,
    // the two words after the body's place are its holder, whatever form their name takes.)
    if (heldBy(kept, text.slice(Math.max(0, start - POST_REACH), start), text.slice(start + kept.join(" ").length))) kept = kept.slice(0, -2);
    const kind = kindOf(kept);
    if (kind === null) continue;
    // ("Boarding School", "Village Teacher Keeps Mountain School": a school is a body when a name of its own, a
    // place's, stands before the words for its kind, and a headline's run of capitals is none.)
    const own = kept.slice(0, -1).filter((w) => !INSTITUTION_DESCRIPTOR.test(w));
    if (INSTITUTION_HEAD.test(kept.at(-1)!) && (own.length === 0 || own.length > INSTITUTION_NAME_WORDS || own.some(isNotNameWord))) continue;
    // "the World Bank's poverty line": the possessive is not part of the name.
    let finalName = kept.join(" ").replace(/['’]s$/, "");
    // ("Aksu Fruit Industry Co., Ltd.": the company's legal form after the comma is part of its name.)
    const legalForm = /^Co\.?$/.test(kept.at(-1)!) ? COMPANY_LEGAL_FORM.exec(text.slice(start + finalName.length, start + finalName.length + 12)) : null;
    if (legalForm) finalName += legalForm[0];
    out.push({ name: finalName, kind, start, end: start + finalName.length });
  }
  return out;
}

export function extractOrganisations(text: string): Organisation[] {
  const found: Found[] = capitalisedNames(text);
  for (const m of text.matchAll(LEVEL_BODY)) {
    // Lower-case bodies only: a capitalised one is found whole by the name rules.
    // Two words ("county government") name a kind of body, not one body.
    const lead = /^(?:The|A|An|This|That|Its|Their) /.exec(m[1]!)?.[0].length ?? 0;
    const name = m[1]!.slice(lead);
    if (/^\p{Lu}\S* \p{Lu}/u.test(name) || name.split(" ").length < 3) continue;
    found.push({ name, kind: "government", start: m.index + lead, end: m.index + m[1]!.length });
  }
  for (const m of text.matchAll(DIVISION_GOVERNMENT)) {
    const lead = /^(?:The|A|This|That) /.exec(m[1]!)?.[0].length ?? 0;
    found.push({ name: m[1]!.slice(lead), kind: /Party/.test(m[1]!) ? "party" : "government", start: m.index + lead, end: m.index + m[1]!.length });
  }
  for (const m of text.matchAll(LOWER_BODY)) {
    const words = m[1]!.split(" ");
    let skip = 0;
    while (skip < words.length - 1 && FUNCTION_WORDS.has(words[skip]!)) skip++;
    const body = words.slice(skip).join(" ");
    const name = `${body} ${m[0].slice(m[1]!.length + 1).trim()}`;
    const start = m.index + m[1]!.length - body.length;
    found.push({ name, kind: /association|federation/.test(body) ? "association" : "government", start, end: start + name.length });
  }
  for (const [name, kind] of KNOWN) for (const span of wholeWordOccurrences(text, name)) found.push({ name, kind, start: span.start, end: span.end });
  // ("the ASPI think tank estimates", "the HRW rights group": a body named only by its letters, said what kind it is.)
  for (const m of text.matchAll(ACRONYM_OF_KIND)) found.push({ name: m[1]!, kind: "association", start: m.index, end: m.index + m[1]!.length });

  const byName = new Map<string, Organisation>();
  const abbreviationOf = new Map<string, string>();
  for (const f of nonOverlapping(found)) {
    const organisation = byName.get(f.name) ?? { name: f.name, abbreviation: null, kind: f.kind, mentions: [] };
    byName.set(f.name, organisation);
    // "United Front Work Department (UFWD)": the abbreviation introduced right after the name.
    const abbreviation = /^ \(([A-Z][A-Za-z]{1,9})\)/.exec(text.slice(f.end, f.end + 14));
    if (abbreviation && organisation.abbreviation === null && !abbreviationOf.has(abbreviation[1]!)) {
      organisation.abbreviation = abbreviation[1]!;
      abbreviationOf.set(abbreviation[1]!, f.name);
    }
  }
  // Every mention: full names (longest first), then abbreviations; a mention never overlaps another.
  const mentions: Found[] = [];
  for (const org of byName.values()) {
    for (const span of wholeWordOccurrences(text, org.name)) mentions.push({ start: span.start, end: span.end, name: org.name, kind: org.kind });
    if (org.abbreviation) for (const span of wholeWordOccurrences(text, org.abbreviation)) mentions.push({ start: span.start, end: span.end, name: org.name, kind: org.kind });
  }
  for (const f of found) mentions.push(f);
  for (const m of nonOverlapping(mentions)) {
    const org = byName.get(m.name)!;
    if (!org.mentions.some((s) => s.start === m.start)) org.mentions.push({ start: m.start, end: m.end });
  }
  // An abbreviation that is itself a known name ("CPC") is the same organisation, not a second one.
  for (const [abbreviation, full] of abbreviationOf) {
    const twin = byName.get(abbreviation);
    if (twin && twin !== byName.get(full)) {
      for (const mention of twin.mentions) byName.get(full)!.mentions.push(mention);
      byName.delete(abbreviation);
    }
  }
  const result = [...byName.values()].filter((o) => o.mentions.length > 0);
  for (const o of result) o.mentions.sort((a, b) => a.start - b.start);
  return result;
}
