// A press release names its issuer in its first paragraph as the one speaking today: "..., Oxfam said
// today.", "the World Bank said in a report released today". With no outlet named elsewhere, the
// issuer is the page's publisher. A person ("..., Jane Roe, its director, said today") or a place
// ("China said today") speaking is not one.
import { candidatesFor } from "../gazetteer/gazetteer.ts";
import { personNameForm } from "../text/name-forms.ts";

// (A name of at most five capitalised words, each of at most 30 letters: linear in the paragraph.)
// ("CHENGDU, May 16, 2018 – The International Fund for Rural Prosperity (IFRP) today released a study": or acting today,
// its initials in brackets after its name.)
const ISSUER_TODAY = /(?:^|[,.;]\s|\s)((?:[Tt]he\s)?\p{Lu}[\p{L}&'’.-]{0,30}(?:\s(?:of\s|for\s|and\s|&\s)?\p{Lu}[\p{L}&'’.-]{0,30}){0,4})(?:\s(?:said|says|warned|announced|reported|stated)(?:\sin\sa\s(?:new\s)?(?:statement|report|release|briefing)(?:\s(?:released|published|issued))?)?\stoday\b|(?:\s\(\p{Lu}{2,8}\))?\stoday\s(released|announced|launched|published|issued|unveiled)\b)/u;
// Words that end a body's name rather than a person's ("the World Bank", "Human Rights Watch", "WFP").
const BODY_WORD = /\b(?:Bank|Fund|Organi[sz]ation|Programme|Program|Watch|International|Council|Ministry|Commission|Institute|Foundation|Agency|Office|Union|Alliance|Network|Committee|Group|Association|Federation|Society|Trust|Forum|Centre|Center|Department|Bureau|Authority|Government|Project|Congress|Coalition|Initiative|Campaign)$/u;
const ACRONYM = /^\p{Lu}{2,8}$/u;
const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|President|Minister|Premier|Governor|Mayor|Chairman|Secretary)\b/;

/** The issuer a press release's opening paragraphs name as speaking today, or null. */
export function pressReleaseIssuer(opening: readonly string[]): string | null {
  // (The opening may hold a line of chrome, "- Short URL:", before the lede.)
  for (const [k, paragraph] of opening.entries()) {
    const m = ISSUER_TODAY.exec(paragraph.slice(0, 1_000));
    if (!m) continue;
    const name = m[1]!.replace(/^[Tt]he\s/, "");
    if (PERSON_TITLE.test(name) || candidatesFor(name).length > 0) return null;
    // (A name followed by its initials in brackets is a body's: "... Rural Prosperity (IFRP) today released".)
    if (BODY_WORD.test(name) || ACRONYM.test(name) || / \(\p{Lu}{2,8}\) today /u.test(m[0])) return name;
    // ("Harvest Bridge Hong Kong today launched VOICES ...": a name of several words that is no person's, launching or
    // releasing something today, is the body that issues the release.)
    if (name.includes(" ") && m[2] !== undefined && m[2] !== "announced" && personNameForm(name.split(" ")) === null) return name;
    // One word named alone at its first mention is a body's name: a person is first named in full.
    const before = [...opening.slice(0, k), paragraph.slice(0, m.index + m[0].length)].join("\n");
    return !name.includes(" ") && !namedInFull(name, before) ? name : null;
  }
  return null;
}

/** Whether `name` follows a capitalised word somewhere in `text` ("Jane Roe" before "Roe said today"). */
function namedInFull(name: string, text: string): boolean {
  for (let at = text.indexOf(` ${name}`); at >= 0; at = text.indexOf(` ${name}`, at + 1)) {
    if (/\p{Lu}\p{Ll}+$/u.test(text.slice(Math.max(0, at - 31), at))) return true;
  }
  return false;
}

// The services that carry organisations' releases to other sites; they distribute, they do not issue.
const RELEASE_WIRE = /^(?:Business ?Wire|PR ?Newswire|Globe ?Newswire|ACCESSWIRE|EIN ?Presswire|PRWeb|Cision)$/i;
// "CGTN: Xi Jinping Reviews Poverty Relief Progress in Hunan": the issuer set before the headline.
const ISSUER_BEFORE_HEADLINE = /^(\p{Lu}[\p{L}&'’.-]{0,30}(?: \p{Lu}[\p{L}&'’.-]{0,30}){0,3}): \p{Lu}/u;

// "National Bureau of Statistics of China : Income of ...": a body's release carried on another site under its name,
// set before the headline with a space on each side of the colon; the body holds a word for one anywhere in its name.
const ISSUER_TITLE = /^(\p{Lu}[\p{L}&'’.-]{0,30}(?: (?:of |for |and |the ){0,2}\p{Lu}[\p{L}&'’.-]{0,30}){1,7}) : \p{Lu}/u;
const ISSUING_BODY = /\b(?:Bureau|Ministry|Office|Commission|Bank|Fund|Organi[sz]ation|Programme|Council|Institute|Foundation|Agency|Department|Administration|Committee)\b/;

/** The body whose release a page's title says it is ("Body : Headline"), or null. */
export function titledReleaseIssuer(title: string | null | undefined): string | null {
  const issuer = ISSUER_TITLE.exec(title ?? "");
  return issuer && ISSUING_BODY.test(issuer[1]!) ? issuer[1]! : null;
}

/**
 * The issuer of a release a distribution service's page carries, named before its headline
 * ("Business Wire" over "CGTN: Xi Jinping Reviews ..." is CGTN's release), or null.
 */
export function distributedIssuer(outlet: string | undefined, title: string | undefined): string | null {
  if (outlet === undefined || title === undefined || !RELEASE_WIRE.test(outlet)) return null;
  const name = ISSUER_BEFORE_HEADLINE.exec(title)?.[1];
  if (name === undefined || PERSON_TITLE.test(name) || candidatesFor(name).length > 0) return null;
  return BODY_WORD.test(name) || ACRONYM.test(name) ? name : null;
}

// "PRESS RELEASE June 22, 2018", "News Release": a page that says it is a release.
// ("Release number IFAD/61/12": a numbered release says what it is too.)
// ("Press release No.: IFAD/78/2019": with a colon after the label too.)
export const RELEASE_NUMBER = /^(?:Press |News )?Release (?:number|no\.?|#):? ?\S{1,30}$/i;
const RELEASE_LABEL = /^(?:PRESS|NEWS|MEDIA) RELEASE\b|^(?:Press|News|Media) [Rr]elease\b|^(?:FOR IMMEDIATE RELEASE|For [Ii]mmediate [Rr]elease)\b/;
// A capitalised run in the lede: "The Valley Bank's Board ...", "WASHINGTON, June 22, 2018—The World Bank ...".
const CAPITALISED_RUN = /(\p{Lu}[\p{L}&'’.-]{0,30}(?: (?:of |for |and |on )?\p{Lu}[\p{L}&'’.-]{0,30}){0,6})/gu;
// How far into the lede the issuer is looked for.
const LEDE_REACH = 400;

/**
 * The body a page labelled as a press release names first in its lede ("The Valley Bank's Board of Executive
 * Directors approved ..."), else in its contact line ("Contact: World Uyghur Congress"): the release's issuer,
 * or null when the page is no release or names no body.
 */
export function labelledReleaseIssuer(topLines: readonly string[], lede: string | undefined): string | null {
  if (!topLines.some((l) => RELEASE_LABEL.test(l) || RELEASE_NUMBER.test(l))) return null;
  return (lede === undefined ? null : ledeIssuer(lede)) ?? contactIssuer(topLines);
}

function ledeIssuer(lede: string): string | null {
  const opening = lede.slice(0, LEDE_REACH);
  for (const m of opening.matchAll(CAPITALISED_RUN)) {
    // ("The Valley Bank's Board of ...": the body is the owner, up to the possessive.)
    const words = m[1]!.split(" ");
    const owner = words.findIndex((w) => /['’]s$/.test(w));
    const name = (owner >= 0 ? words.slice(0, owner + 1) : words).join(" ").replace(/['’]s$/, "").replace(/^The /, "");
    // ("the International Fund for Agricultural Development (IFAD)": a name given with its own initials is a body's.)
    const initials = /^ \((\p{Lu}{2,8})\)/u.exec(opening.slice(m.index + m[0].length))?.[1];
    const abbreviated = initials !== undefined && owner < 0 && words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("") === initials;
    if ((BODY_WORD.test(name) || abbreviated) && !PERSON_TITLE.test(name) && candidatesFor(name).length === 0) return name;
  }
  return null;
}

// "Contact: World Uyghur Congress", "Contact: Dorjee Tseten, Valley Action Institute, +91 ...": the body a release
// names for the press to call.
const CONTACT_LINE = /^(?:Media |Press )?Contacts?:\s*(.{2,160})$/i;

function contactIssuer(topLines: readonly string[]): string | null {
  for (const line of topLines) {
    const contact = CONTACT_LINE.exec(line.trim());
    if (contact === null) continue;
    const body = contact[1]!.split(",").map((part) => part.trim()).find((part) => /^\p{Lu}/u.test(part) && part.split(" ").length <= 8 && BODY_WORD.test(part));
    if (body !== undefined) return body.replace(/^The /, "");
  }
  return null;
}
