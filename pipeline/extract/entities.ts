// A normalized document in, its places, organisations and people out. Places and organisations
// come first so that a capitalised name already known as one of them is never taken for a person.
import type { NormalizedDocument } from "../normalize/document.ts";
import { extractOrganisations, type Organisation } from "./organisations.ts";
import { extractPeople, type NameFilter, type Person } from "./people.ts";
import { extractPlaces, type Place } from "./places.ts";
import { overlaps, wholeWordOccurrences, type TextSpan } from "../text/spans.ts";
import { isNotNameWord, isListedTurkicPart, personNameForm } from "../text/name-forms.ts";
import { BYLINE_ROLE, PAPER_AUTHOR_ROLE } from "./person-kind.ts";
import { referenceAuthors } from "./reference-authors.ts";
import { parseByline } from "../normalize/bylines.ts";
import { listedLevel } from "../gazetteer/divisions.ts";

export interface Entities {
  places: Place[];
  organisations: Organisation[];
  people: Person[];
}

// A body's head word right after a name: "Organization", "Institute", "Foundation".
const BODY_HEAD_AFTER = /^ (?:Organi[sz]ation|Institute|Foundation|Association|Programme|Program|Fund|Bank|Agency|Council|Commission|Committee|Corporation|Company|University|College|Society|Federation|Alliance|Coalition|Network|Centre|Center)\b/;
const BODY_HEAD_REACH = 16;
const AFFILIATION_LABEL = /^(?:Authors? and )?Affiliations?\b/i;
const ORG_HEAD = /\b(?:Times|Daily|News|Agency|Office|Department|Committee|Council|Ministry|Bureau|Party|Government|Association|Shimbun|Press|Company|Group)\b/;

/**
 * The people a byline credits ("By Ma Lan and Zhou Yi"), when the text does not already name them:
 * the byline is page metadata, removed from the text, so they have no mention to point at.
 */
function bylineAuthors(doc: NormalizedDocument, people: readonly Person[]): Person[] {
  const known = new Set(people.map((p) => p.name));
  // (And a byline the page's own gave way to: "By Karen Ho" over an article a forum post quotes in full.)
  const credited = doc.removals.flatMap((r) => (r.rule === "byline" && r.became === "author" ? (parseByline(r.text)?.author ?? "").split("; ") : []));
  const authors = [...new Set([...(doc.metadata.author ?? "").split("; "), ...credited])].filter((a) => a !== "" && !known.has(a) && isPersonLike(a));
  // (A paper's writers, set over their affiliations, are researchers, not reporters.)
  const scholarly = doc.removals.some((r) => AFFILIATION_LABEL.test(r.text));
  return authors.map((name) => ({ name, role: scholarly ? PAPER_AUTHOR_ROLE : BYLINE_ROLE, affiliation: doc.metadata.outlet, mentions: wholeWordOccurrences(doc.text, name) }));
}

// The lines of a page's notes and references, which the chrome rules take out of the text.
const REFERENCE_RULES: ReadonlySet<string> = new Set(["footnote"]);

/** The people a page's references cite as authors ("3. Hallett, Margaret (1996). ..."), when the text does not name them. */
function citedAuthors(doc: NormalizedDocument, people: readonly Person[]): Person[] {
  const known = new Set(people.map((p) => p.name));
  const out: Person[] = [];
  for (const r of doc.removals) {
    if (!REFERENCE_RULES.has(r.rule)) continue;
    for (const { name } of referenceAuthors(r.text)) {
      if (known.has(name)) continue;
      known.add(name);
      out.push({ name, role: "researcher", affiliation: null, mentions: wholeWordOccurrences(doc.text, name) });
    }
  }
  return out;
}

const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|from|near) (?:New |Old |North |South |East |West |Upper |Lower )?$/;
const PLACE_PREPOSITION_REACH = 14;
// ", Thailand", ", the United States": a country's name set off after a town's.
const COUNTRY_AFTER = /^, ((?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})/u;
const COUNTRY_AFTER_REACH = 40;

function countryAfter(following: string): boolean {
  const country = COUNTRY_AFTER.exec(following)?.[1]?.replace(/^the /, "");
  return country !== undefined && listedLevel(country) === "country";
}

/** Two to four capitalised words, none a title, label or body word: a person, not a team or a desk. */
function isPersonLike(name: string): boolean {
  // ("Perfecto Raymundo, Jr.": a suffix after the name is no word of it.)
  const words = name.replace(/, (?:Jr\.?|Sr\.?|II|III|IV)$/, "").split(" ");
  // ("FP Staff", "CGTN Digital Desk": a newsroom credited as the writer is no person.)
  // ("Gao Han": a Chinese surname and given name, though "Han" alone names a people.)
  return words.length >= 2 && words.length <= 4 && !/^(?:Staff|Desk|Team|Reporters?|Correspondents?)$/.test(words[words.length - 1]!) && words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w)) && (words.every((w) => !isNotNameWord(w)) || personNameForm(words) === "chinese");
}

/**
 * The page's publisher (named in its byline or source line, which the normalizer takes out of the text) is an
 * organisation the page names, as an annotator lists it, where the text names it again in a form no rule for bodies
 * reads ("Meridian News", "Silk & Soil").
 */
function withPublisher(organisations: readonly Organisation[], outlet: string | null, text: string, people: readonly Person[]): Organisation[] {
  // (Not a name the text gives a person: an outlet misread from a transcript's moderator is no body.)
  const known = (name: string) => organisations.some((o) => o.name.toLowerCase() === name.toLowerCase() || o.abbreviation === name) || people.some((p) => p.name === name);
  if (outlet === null || known(outlet) || personNameForm(outlet.split(" ")) !== null) return [...organisations];
  // (Listed only where the text names it, so each record points at the characters that name it.)
  const mentions = wholeWordOccurrences(text, outlet);
  return mentions.length === 0 ? [...organisations] : [...organisations, { name: outlet, abbreviation: null, kind: "media", mentions }];
}

export function extractEntities(doc: NormalizedDocument): Entities {
  const places = extractPlaces(doc.text);
  const organisations = extractOrganisations(doc.text);
  const placeNames = new Set(places.map((p) => p.name));
  const orgNames = new Set(organisations.flatMap((o) => (o.abbreviation ? [o.name, o.abbreviation] : [o.name])));
  const orgSpans: TextSpan[] = organisations.flatMap((o) => o.mentions);
  // ("Ke Ning Textile Technology Co" and then "recruited by Ke Ning": a company called by the first words of its name.)
  const companyLeads = new Set(organisations.filter((o) => o.kind === "company").map((o) => o.name.split(" ").slice(0, 2).join(" ")));
  // ("he told Chinafrica": the page's own outlet, however the text cases it, is no one.)
  const outlet = doc.metadata.outlet?.toLowerCase() ?? null;
  const isNotPerson: NameFilter = (name, span) =>
    placeNames.has(name) ||
    (!name.includes(" ") && name.toLowerCase() === outlet) ||
    orgNames.has(name) ||
    companyLeads.has(name) ||
    ORG_HEAD.test(name) ||
    // ("The Uyghurs are a Turkic ethnic group": a people, described as one, is no person.)
    /\b(?:ethnic group|ethnic minority|minority group|nationality|tribe)$/i.test(span.role ?? "") ||
    // ("Chu Maoming": a Chinese given name may be a city's name too; after a surname it is a person's.)
    // ("county chief Nyima Tashi", "Nyima Gyaltsen, a Tibetan nomad": a name the text gives a role is a person's,
    // whatever place its words name; a photo's credit, "[Photo: China Plus/Wang Xin]", gives no role.)
    // ("Emin Anayit's family": a listed Uyghur given name is a person's in a Turkic name, whatever county shares it.)
    ((!span.role || span.role === "photographer") && name.split(" ").some((w, k, words) => placeNames.has(w) && !/^[A-Z][a-z]$/.test(w) && !(k > 0 && personNameForm(words) === "chinese") && !(isListedTurkicPart(w) && personNameForm(words) === "turkic"))) ||
    (span.end > span.start && orgSpans.some((s) => overlaps(s, span))) ||
    // ("now living in exile in New Delhi, told ...": one word after "in" or "from", a place's name, is no one.)
    (span.end > span.start && !name.includes(" ") && PLACE_PREPOSITION_BEFORE.test(doc.text.slice(Math.max(0, span.start - PLACE_PREPOSITION_REACH), span.start))) ||
    // ("works in a restaurant in Chiang Mai, Thailand": after "in" or "from", a name its country follows is a town's.)
    (span.end > span.start && PLACE_PREPOSITION_BEFORE.test(doc.text.slice(Math.max(0, span.start - PLACE_PREPOSITION_REACH), span.start)) && countryAfter(doc.text.slice(span.end, span.end + COUNTRY_AFTER_REACH))) ||
    // ("Xi Jinping Thought", "Mao Zedong Thought": a doctrine named for a leader mentions no one.)
    (span.end > span.start && /^ Thought\b/.test(doc.text.slice(span.end, span.end + 8))) ||
    // ("the Food Organization said": words a body's head word runs on from are the start of its name.)
    (span.end > span.start && BODY_HEAD_AFTER.test(doc.text.slice(span.end, span.end + BODY_HEAD_REACH)));
  const people = extractPeople(doc.text, doc.paragraphs, isNotPerson);
  const withAuthors = [...people, ...bylineAuthors(doc, people)];
  return { places, organisations: withPublisher(organisations, doc.metadata.outlet, doc.text, withAuthors), people: [...withAuthors, ...citedAuthors(doc, withAuthors)] };
}
