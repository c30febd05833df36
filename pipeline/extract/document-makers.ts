// Who made each document a text brings in ("The State Council Information Office unveiled a white paper",
// "a report by the Brookings Institution", "the Jamestown Foundation said in a report", "China Central
// Television reported"), and what kind of body a name is said beside it to be ("think tank the Center
// for Global Policy"): what "the report", "the release" and "the think tank" later stand for.
import { firstFrom, type TextSpan } from "../text/spans.ts";

/** A name at a place in the text, with what it is: a person's role, a body's kind, a document's kind. */
export interface Named extends TextSpan {
  name: string;
  role: string | null;
  /** A document an outlet reported, not one a body issued. */
  byOutlet?: boolean;
}

export interface DocumentMakers {
  /** Who issued each document the text brings in, in text order; `role` is the kind of document. */
  issued: Named[];
  /** Whether one body, and no other, issued every document the text brings in (outlets' reports aside). */
  oneIssuer: boolean;
  /** Bodies said beside their names to be a think tank, a group, a station; `role` is that word. */
  bodiesOfKind: Named[];
  /** Where the text says no one issued a document, the one research body or group it names, if just one. */
  soleAssociation: string | null;
  /** The maker "another X report" names, whose the report before it was too. */
  anotherReportBy: string | null;
}

// "released a white paper", "issued a report on ...": a body bringing out a document.
// ("published the Notice on ...", "was today publishing a regional study": a notice or a circular too, and the verb
// in the progressive.)
const ISSUED = /\b(?:released|unveiled|issued|published|launched|put out|releasing|issuing|publishing|launching)\b(?: [^.\n]{0,60}?)? (white paper|report|document|study|survey|paper|statement|notice|circular)\b/gi;
// "the Jamestown Foundation said in a report released Tuesday": a body speaking through a document of its own.
const SAID_IN = /\b(?:said|says|wrote|writes|found|finds|stated|states|noted|notes|warned|warns|argued|argues|estimated|estimates|concluded|concludes) in (?:a|an|its|their|the)(?: [\p{L}-]+){0,3}? (white paper|report|study|survey|paper|statement|notice|circular)\b/giu;
// "The report published by the State Council ...", "income rates reported by the Hurun Research Institute":
// a document and its maker named after it.
// ("a new report released on Tuesday by the Center for Global Policy": when it came out may stand between.)
// ("a report from the Canberra-based ASPI", "The report, released on Monday by the Human Rights Institute": from whom, after a comma.)
// ("The report, jointly produced by the Development Research Center ...": made by more than one.)
// ("a household survey carried out by UNRORDA and Qinghai University": a survey, by whoever did the work.)
// ('the report titled "Tibet Since 1951: ...," issued by ...': a title in quotation marks may stand between.)
// ("The white paper, titled New Progress in ..., was released by the State Council Information Office": a title
// set off by commas, and the verb in the passive.)
// ('says the white paper, titled "Tibet's Path ...," issued by the Information Office': a quoted title set off by a comma.)
const MADE_BY_AFTER = /\b(?:report|white paper|study|survey|reported)(?:,? (?:titled|entitled) ["“][^"“”]{1,200}["”],?|, (?:titled|entitled) [^,"“”.;]{1,160},)?(?:,? (?:(?:was|were|is|has been) )?(?:jointly )?(?:published|released|issued|compiled|written|produced|carried out|conducted|undertaken|commissioned)(?: (?:on|in|last|this) [\p{L}\d]+)?)? (?:by|from) (?:the )?/giu;
const BODY_WORD_OWNED = /\b[Tt]he (?:institution|organi[sz]ation|bank|agency|body|think tank|fund|foundation|lender)['’]s (?:[\p{L}-]+ ){0,2}?(report|study|survey|white paper)\b/gu;
// How far before the verb the issuing body's name may end ("X on Thursday unveiled").
const ISSUER_GAP = 24;
// How far after "by" the maker's name may start ("by China's State Council ...").
const MAKER_GAP = 24;
// "according to a CCDI release on Wednesday", "the ASPI report": a document named by its maker, before it.
const MAKER_BEFORE_DOCUMENT = /^(?:['’]s)? (?:new |latest |annual |recent )?(report|release|statement|study|survey|notice|white paper)\b/i;
// "China Central Television reported on Friday", "..., reported China's official Xinhua news agency Nov 24":
// an outlet's report, which "the report said" may stand for later.
const OUTLET_REPORTED = /^\s?(?:reported|reports|has reported)\b/;
const REPORTED_BY_OUTLET = /\breported (?:[\p{L}'’-]+ ){0,3}$/u;
// What kind of body a name is, said beside it: "think tank the Center for Global Policy", "the Africa
// Policy Institute, a regional think tank"; "the think tank" later stands for it.
export const BODY_NOUN = String.raw`think tank|group|organi[sz]ation|NGO|charity|non-?profit|broadcaster|station|channel|newspaper|tabloid|news agency`;
const NOUN_BEFORE_BODY = new RegExp(String.raw`(?:^|\s)(${BODY_NOUN})(?: the)? $`, "iu");
// ("the ASPI think tank estimates": the kind set straight after the name.)
const NOUN_AFTER_BODY = new RegExp(String.raw`^(?:(?: \([^()]{1,12}\))?, (?:a|an|the) (?:[\p{L}-]+ ){0,4}?(${BODY_NOUN})\b| (think tank|NGO|charity|non-?profit)\b)`, "iu");
// ("The report said ..." and later "..., said another chinadaily.com.cn report": the first report was theirs too.)
const ANOTHER_REPORT = /\banother ([\p{L}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}) (?:report|story|article)\b/u;
// "according to Washington-based think tank the X": a body cited as a source.
const CITED_BEFORE = /\baccording to (?:[\p{L}-]+ ){0,4}$/iu;

/** `bodies`: every mention of an organisation, in text order, with its kind as `role`. */
export function documentMakers(text: string, bodies: readonly Named[]): DocumentMakers {
  const issued: Named[] = [];
  for (const m of [...text.matchAll(ISSUED), ...text.matchAll(SAID_IN)]) {
    const body = bodies[firstFrom(bodies, m.index) - 1];
    if (body !== undefined && m.index - body.end <= ISSUER_GAP && !/[.;\n]/.test(text.slice(body.end, m.index))) issued.push({ start: m.index, end: m.index + m[0].length, name: body.name, role: m[1]!.toLowerCase() });
  }
  for (const m of text.matchAll(MADE_BY_AFTER)) {
    const body = bodies[firstFrom(bodies, m.index + m[0].length)];
    if (body !== undefined && body.start - (m.index + m[0].length) <= MAKER_GAP) issued.push({ start: m.index, end: body.end, name: body.name, role: m[0].split(/[ ,]/)[0]!.toLowerCase().replace(/^reported$/, "report") });
  }
  // ("said Ana Roe, ... at the Valley Bank, ... on the institution's inaugural report": the body named before, by a word for one.)
  for (const m of text.matchAll(BODY_WORD_OWNED)) {
    const body = bodies[firstFrom(bodies, m.index) - 1];
    if (body !== undefined && body.role !== "media") issued.push({ start: m.index, end: m.index + m[0].length, name: body.name, role: m[1]!.toLowerCase() });
  }
  // (Each mention is looked at once, the words just around it.)
  const bodiesOfKind: Named[] = [];
  for (const b of bodies) {
    const document = MAKER_BEFORE_DOCUMENT.exec(text.slice(b.end, b.end + 32));
    if (document) issued.push({ start: b.start, end: b.end, name: b.name, role: document[1]!.toLowerCase(), ...(b.role === "media" ? { byOutlet: true } : {}) });
    if (b.role === "media" && (OUTLET_REPORTED.test(text.slice(b.end, b.end + 16)) || REPORTED_BY_OUTLET.test(text.slice(Math.max(0, b.start - 40), b.start)))) issued.push({ start: b.start, end: b.end, name: b.name, role: "report", byOutlet: true });
    const kind = NOUN_BEFORE_BODY.exec(text.slice(Math.max(0, b.start - 30), b.start)) ?? NOUN_AFTER_BODY.exec(text.slice(b.end, b.end + 80));
    if (kind) bodiesOfKind.push({ ...b, role: (kind[1] ?? kind[2]!).toLowerCase() });
  }
  issued.sort((a, b) => a.start - b.start);
  // (One the text calls a think tank or a group, or cites with "according to": not a body a speaker merely works at.)
  const kindSaid = new Set(bodiesOfKind.map((b) => b.name));
  const associations = new Set(bodies.filter((b) => b.role === "association" && (kindSaid.has(b.name) || CITED_BEFORE.test(text.slice(Math.max(0, b.start - 60), b.start)))).map((b) => b.name));
  return {
    issued,
    oneIssuer: new Set(issued.filter((n) => n.byOutlet !== true).map((n) => n.name)).size === 1,
    bodiesOfKind,
    soleAssociation: issued.length === 0 && associations.size === 1 ? [...associations][0]! : null,
    anotherReportBy: ANOTHER_REPORT.exec(text)?.[1] ?? null,
  };
}
