// A normalized document in; the speech it sets out as a page, if any, out: a salutation near the top
// ("Distinguished guests,", "Ladies and Gentlemen,", "Secretary General Liu, Director-General Zheng,")
// or a line that hands over to the speaker ("... Ambassador Yu said:") opens one turn that runs to
// the end, in the words of the person the byline, that line or the title names.
import type { NormalizedDocument } from "../normalize/document.ts";
import type { Entities } from "./entities.ts";
import { personKind } from "./person-kind.ts";
import type { SpeakerResolver } from "./speakers.ts";
import type { TextSpan } from "../text/spans.ts";
import { SIGNATURE_LINE, signatureOver, SPEECH_TITLE } from "../normalize/page-credits.ts";
import { HONORIFIC_WORD } from "../text/name-forms.ts";

export interface Speech extends TextSpan {
  speaker: string;
  /** Index of the first paragraph the speech covers. */
  firstParagraph: number;
}

// How far down the page a speech may start: a salutation or a handover sits at its top.
const OPENING_PARAGRAPHS = 6;
// "Honorable Vice Governor X, Distinguished guests, Ladies and Gentlemen, Welcome ...", "Secretary
// General Liu, Director-General Zheng, Dear guests and journalists, Good afternoon.", "Fellow Deputies,": the people addressed,
// titles and names set off by commas, then a greeting; a page runs them into the first paragraph.
const SALUTATION = /^(?:[\p{Lu}][\p{L}.’'-]*(?: [\p{Lu}][\p{L}.’'-]*){0,5}, ){0,8}(?:(?:Dear|Distinguished|Honou?rable|Respected|Esteemed|My dear) [^.!?,]{1,60}|Ladies and [Gg]entlemen|Excellenc(?:y|ies)|Fellow (?:[Dd]eputies|[Dd]elegates|[Cc]itizens|[Cc]ompatriots|[Mm]embers|[Cc]olleagues)),/u;
// "... H.E. Ambassador Yu Dunhai ... Ambassador Yu said:": the words that follow are the speech.
// ("The Spokesperson of the Consulate General, Ma Liheng, made the following statement:": the same.)
// ("The English translation of the full text is as follows:": the article itself follows.)
// ("Here is the English text:", "Full text:": the same, said more shortly.)
const HANDOVER = /\b(?:said|says|stated|remarked|noted|(?:delivered|made|issued|gave) the following (?:speech|remarks|statement)|(?:is|are|reads?) as follows)(?: as follows)?:$|^(?:(?:here is|here['’]s|below is|(?:the )?following is) (?:the )?(?:[\p{L}-]+ ){0,3}(?:text|translation|article)(?: of [^:]{1,80})?|(?:the )?full text(?: of [^:]{1,80})?):$/iu;

const SIGNED_SALUTATION_REACH = 12;
const SIGNED_HONORIFIC = new RegExp(String.raw`^(?:${HONORIFIC_WORD}|Madam|H\.E)\.? (?=\p{Lu})`, "u");

function isSalutation(paragraph: string): boolean {
  return SALUTATION.test(paragraph.slice(0, 400));
}

export function findSpeech(doc: NormalizedDocument, entities: Entities, resolver: SpeakerResolver): Speech | null {
  const paragraphs = doc.paragraphs.slice(0, OPENING_PARAGRAPHS + 1);
  // ("Tang Wenhui, Governor of Gansu Province" over "Fellow Deputies, ...": under a report's cover, its translator's line
  // and the session it was given at, a salutation under its speaker's signature may stand lower.)
  // ("Mr. He Zhengyu, Vice Governor, Yunnan Province": an honorific may stand before the speaker's name.)
  const signedAbove = (index: number) => index > 0 && SIGNATURE_LINE.test(doc.text.slice(doc.paragraphs[index - 1]!.start, doc.paragraphs[index - 1]!.end).replace(SIGNED_HONORIFIC, ""));
  const start = doc.paragraphs.slice(0, SIGNED_SALUTATION_REACH).findIndex((p, index) => !(index === 0 && doc.titled) && (index <= OPENING_PARAGRAPHS || signedAbove(index)) && isSalutation(doc.text.slice(p.start, p.end)));
  // ("Commenting on this campaign, President Xi said:" over words in quotation marks: a quotation in an article, the
  // quotation's own to find, not a speech that runs to the page's end.)
  const quotedNext = (index: number) => /^\s*["“‘]/u.test(doc.text.slice(paragraphs[index + 1]?.start ?? 0, paragraphs[index + 1]?.end ?? 0));
  const handover = start >= 0 ? -1 : paragraphs.findIndex((p, index) => !(index === 0 && doc.titled) && index < OPENING_PARAGRAPHS && HANDOVER.test(doc.text.slice(p.start, p.end)) && !quotedNext(index));
  // "Remarks by Spokesperson of the Chinese Embassy on ...": a page titled as someone's remarks is them.
  // ("New Development of Tibet, ..." over "Remarks by State Councilor Wang Yi at the Event ...": or the line under the title says so.)
  const titles = doc.titled ? doc.paragraphs.slice(0, 2).map((p) => SPEECH_TITLE.exec(doc.text.slice(p.start, p.end))) : [];
  const titledAt = titles.findIndex((t) => t !== null);
  const titled = titles[titledAt] ?? null;
  const first = start >= 0 ? start : handover >= 0 ? handover + 1 : titled ? titledAt + 1 : -1;
  if (first < 0 || first >= doc.paragraphs.length) return null;
  const opening = doc.paragraphs[first]!;
  const last = doc.paragraphs[doc.paragraphs.length - 1]!;
  const byTitle = titled ? remarksBy(doc, entities, titled, titledAt) : null;
  // ("Tang Wenhui, Governor of Gansu Province" over "Fellow Deputies,": the one who gives a report signs the line above its salutation.)
  // ("Xin Changjun" over "Governor of Qinghai Province" over "Fellow Deputies,": or the name and the post a line each,
  // or "Governor Wang Xianming of Yunnan Province".)
  const signed = start > 0 ? signatureOver(doc.paragraphs.slice(0, start + 1).map((p) => doc.text.slice(p.start, p.end)), start) : null;
  const signer = signedAbove(start) ? personWithin(entities, doc.paragraphs[start - 1]!.start, doc.paragraphs[start - 1]!.end) : signed !== null && entities.people.some((p) => p.name === signed) ? signed : null;
  // (The signature over the salutation before the page's byline: "Author: Pema Yangzom" on a site that carries "Tenzin
  // Choephel, Chairman" over "Fellow Deputies,", his report.)
  const speaker = start < 0 && handover < 0 ? byTitle : (signer ?? speakerOf(doc, entities, resolver, handover) ?? byTitle);
  return speaker === null ? null : { start: opening.start, end: last.end, speaker, firstParagraph: first };
}

/** Who the remarks are by: the person named in the title's "by ..." words, else those words. */
function remarksBy(doc: NormalizedDocument, entities: Entities, titled: RegExpExecArray, at: number): string {
  const start = doc.paragraphs[at]!.start + titled[0].length - titled[1]!.length;
  const end = start + titled[1]!.length;
  return personWithin(entities, start, end) ?? titled[1]!;
}


/** Who gives the speech: the one person the byline names, else the one the handover line names, else the title's. */
function speakerOf(doc: NormalizedDocument, entities: Entities, resolver: SpeakerResolver, handover: number): string | null {
  const authors = doc.metadata.author?.split("; ") ?? [];
  if (authors.length === 1 && entities.people.some((p) => p.name === authors[0])) return authors[0]!;
  if (handover >= 0) {
    const p = doc.paragraphs[handover]!;
    const named = resolver.personBefore(p.end, p.start);
    if (named !== null) return named;
  }
  if (!doc.titled) return null;
  const title = doc.paragraphs[0]!;
  return personWithin(entities, title.start, title.end, (role) => personKind(role) !== "journalist") ?? (authors.length === 1 ? authors[0]! : null);
}

/** The first person the text names between `start` and `end` whose role `admits`. */
function personWithin(entities: Entities, start: number, end: number, admits: (role: string | null) => boolean = () => true): string | null {
  return entities.people.find((person) => admits(person.role) && person.mentions.some((m) => m.start >= start && m.end <= end))?.name ?? null;
}
