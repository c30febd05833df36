// A normalized document in; whom its own unsourced figures belong to out. A news report speaks for
// its outlet; an opinion piece, a blog, a forum thread, a report or a paper speaks for its authors
// (written in the first person, or set out with the furniture of research); a story whose outlet is
// lost speaks for no one it names, and a broadcast's package for the reporter its intro hands over to.
import type { NormalizedDocument } from "../normalize/document.ts";
import type { TextSpan } from "../text/spans.ts";
import { quotationSpans } from "./quotation-marks.ts";
import { questionAsker } from "../normalize/segment.ts";
import { handedOverTo, threadWriter, WRITER_NOTE_PARAGRAPHS } from "../normalize/page-credits.ts";
import { titledReleaseIssuer } from "../normalize/press-release.ts";
import { BODY_NAME_ALONE, BODY_NAME_LINE, EXPERT_POST_LINE, ISSUING_BODY } from "../normalize/chrome-rules.ts";

// "I", "my", "we estimate": the writer speaking as themselves, outside quotation.
const FIRST_PERSON = /(?:^|[\s(])(?:I|[Mm]y|I'm|I’m|I've|I’ve)\b/g;
// Headings and labels that research reports and papers carry.
// ("Abstract Poverty alleviation through ...": a page that runs the heading into its text.)
// ("# Abstract": a heading as a page's markup may leave it; "1.0 Introduction": with its number.)
const RESEARCH = /^(?:#{1,4} )?(?:\d{1,2}(?:\.\d{1,2}){0,2}\.? )?(?:abstract|executive summary|key findings|methodology|methods|keywords|introduction|references|bibliography|notes|endnotes|acknowledg(?:e)?ments)$/im;
// ("Abstract: ...", "Keywords: ...": a paper's labels, near its top; a news portal's "Keywords:" at the foot of a story is no paper's.)
const RESEARCH_LABEL = /^(?:Abstract|Keywords|Key words)[:\s]/im;
// How far into the text such a label stands at most, as a share of the text.
const RESEARCH_LABEL_REACH = 0.8;
// A team or body as the author ("Research Group of ...", "... Institute").
// ("Poverty Alleviation and Development Office of Ningxia ...": a government's office credited as the writer of an entry.)
const GROUP_AUTHOR = /\b(?:group|team|institute|centre|center|university|academy|programme|program|office|bureau|commission)\b/i;
const FIRST_PERSON_SENTENCES = 3;
// "Dr. Lok Nath Bhusal", "By Prof. Jane Roe": a byline that opens with a scholar's title; "- Tom Roe, Country
// Director for China of the Valley Bank": one that gives an expert's post elsewhere (not a reporter's or an editor's).
const SCHOLAR_BYLINE = /^(?:[Bb]y:? )?(?:Dr|Prof)\.? \p{Lu}|^(?:[-–—] ?|[Bb]y:? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}, (?:[\p{Lu}][\p{L}-]* ){0,3}(?:Researcher|Professor|Fellow|Director|Lecturer|Scholar|Analyst|Economist|Dean|Expert)\b/u;
// "this paper combs through ...", "In this study we ...": the writers naming their own work.
const OWN_WORK = /\b[Tt]his (?:paper|study|article|essay|report) (?:\p{Ll}+s|will|has|had|is|uses|finds|argues|shows|examines|analy[sz]es)\b/u;
// "Our survey of 3,000 households", "we surveyed", "We estimate": the writers' own fieldwork, outside quotation.
const OUR_WORK = /(?:^|[\s(])(?:[Oo]ur (?:survey|study|estimate|estimates|analysis|data|interviews|fieldwork|research|calculations?)|[Mm]y (?:own )?(?:calculations?|estimates?|fieldwork|interviews|survey)|[Ww]e (?:surveyed|estimate|estimated|interviewed|found|calculated|analy[sz]ed))\b/;

// (A name of at most twelve words before "released a white paper", a day between them or not: "issued Thursday,
// November 18, 2004, a white paper".)
// ("The Information Office of the State Council, or China's Cabinet, on Thursday issued a white paper": and a gloss set off by commas.)
// ("BEIJING, April 8 (Xinhua) -- The State Council Information Office ... released a white paper", "Sept 14, 2022 -- The
// ...": after a dateline of any form that ends in a dash.)
const ISSUED_BY = /(?:^|[.\n]\s*)(?:[^\n]{3,60}?(?:--|—|–) )?(?:The |the )?(\p{Lu}[\p{L}'’-]*(?: (?:of|the|for|and|\p{Lu}[\p{L}'’-]*)){0,12}?)(?:, (?:or|the) [^,.\n]{1,40},)?(?: on \p{Lu}\p{Ll}+)? (?:released|issued|published)(?: (?:on )?\p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+ \d{1,2}, \d{4})?,)? (?:a|the|its) white paper\b/u;
// ("The following is the third part of the full text of the white paper released by the State Council Information Office on
// April 6, 2021.": the issuer named after the paper, in the passive.)
const RELEASED_BY = /\bwhite paper (?:released|issued|published) by (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:of|the|for|and|\p{Lu}[\p{L}'’-]*)){0,12})/u;
// ("The following is the full text of the white paper": a site's lede saying it carries the document whole.)
// ("The following is the text of Chapter III.": or a part of it, as issued.)
const CARRIED_WHOLE = /\b(?:the )?full text of (?:the|a) white paper\b|\bfollowing is the (?:full |complete |official )?text of (?:its |the )?(?:chapter|part|section|white paper)\b/i;

// 'a white paper titled "..."': the paper's name as the lede gives it.
const PAPER_TITLED = /\bwhite paper (?:titled|entitled|named|called) ["“]([^"“”]{5,200})["”]/;
// How many of the title's words must stand again, on a line of the paper's cover, under the lede (or all before its colon).
const PAPER_TITLE_WORDS = 4;
const PAPER_TITLE_LEAST = 2;

/** The issuer a lede names for a white paper whose title the page sets again under it, carrying the paper; or null. */
function carriedIssuer(opening: string): string | null {
  // (The paper's title first: most pages name no white paper, and the issuer's pattern costs more.)
  const titled = PAPER_TITLED.exec(opening);
  const words = titled === null ? [] : titled[1]!.split(":")[0]!.split(" ").slice(0, PAPER_TITLE_WORDS);
  if (titled === null || words.length < PAPER_TITLE_LEAST || opening.indexOf(`\n${words.join(" ")}`, titled.index + titled[0].length) < 0) return null;
  return ISSUED_BY.exec(opening)?.[1] ?? null;
}

// "-- Delivered at the Fifth Session of the 11th People's Congress of ... on February 20, 2021" over "Jiti Mugu, Prefect".
const REPORT_DELIVERED_AT = /^[-–—]*\s*Delivered (?:at|to|before|on)\b/;
const GIVER = String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}), (?:(?:Acting|Deputy|Vice|Executive) )?(?:Prefect|Chairman|Chairwoman|Chair|Governor|Mayor|County Head|Head|Commissioner|Premier|Secretary|Director|President|Magistrate|Minister)\b`;
const REPORT_GIVER = new RegExp(`^${GIVER}`, "u");
// ("Delivered at the Second Session of ... Region Tenzin Choephel, Chairman": the two lines run into one.)
const GIVER_AFTER_SESSION = new RegExp(` ${GIVER}\\s*$`, "u");
// How far into the text a work report's cover lines stand.
const REPORT_COVER_REACH = 3_000;

/** Who gave a work report, by its cover's lines (each read as chrome or left in the text), or null. */
function reportGiver(doc: NormalizedDocument): string | null {
  const opening = doc.text.slice(0, REPORT_COVER_REACH).split("\n").filter((l) => l.trim() !== "");
  const removed = doc.removals.findIndex((r) => REPORT_DELIVERED_AT.test(r.text));
  const kept = opening.findIndex((l) => REPORT_DELIVERED_AT.test(l));
  // (The giver's line is the one after the session's, or, the session's line taken out, the first giver's line left.)
  const runOn = kept >= 0 ? GIVER_AFTER_SESSION.exec(opening[kept]!)?.[1] : undefined;
  const giverLine = kept >= 0 ? opening[kept + 1] : removed >= 0 ? [doc.removals[removed + 1]?.text, ...opening].find((l) => l !== undefined && REPORT_GIVER.test(l)) : undefined;
  return runOn ?? REPORT_GIVER.exec(giverLine ?? "")?.[1] ?? null;
}

/** "A", "A and B", "A, B and C": the authors as a credit is written. */
export function creditOf(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? "";
  return `${authors.slice(0, -1).join(", ")} and ${authors[authors.length - 1]}`;
}

// ("Selected comments", "23 Comments", "Responses": the heading over readers' comments, whose words are theirs, not the writer's.)
const COMMENTS_HEADING = /^(?:(?:Selected|Reader|Readers['’]|Top|Most liked) comments|\d{1,5} (?:comments|responses|replies)|Comments|Responses)$/im;

// ("What the headline number hides:" over "- A large part of the income ...": a colon opening the writer's own list.)
const LIST_ITEM = /^(?:[-–•*·]|\d{1,2}[.)]) /;

/**
 * The text outside quotation marks, paragraph by paragraph: what the writer says as themselves; not the readers' comments
 * under a heading for them, nor a paragraph a line ending in a colon brings in as another's ("Below is a partial
 * translation of his post:", "She says the bar is low:"), unless that line is the writer's own in the first person or
 * the paragraph is an item of the writer's list.
 */
function ownWords(text: string): string {
  const out: string[] = [];
  const comments = COMMENTS_HEADING.exec(text);
  const paragraphs = (comments === null ? text : text.slice(0, comments.index)).split("\n\n");
  const own = paragraphs.filter((p, k) => k === 0 || !(/:\s*$/.test(paragraphs[k - 1]!) && !LIST_ITEM.test(p)) || (paragraphs[k - 1]!.match(FIRST_PERSON)?.length ?? 0) > 0);
  for (const paragraph of own.join("\n\n").split("\n")) {
    let from = 0;
    for (const q of quotationSpans(paragraph)) {
      out.push(paragraph.slice(from, q.start));
      from = q.end;
    }
    out.push(`${paragraph.slice(from)}\n`);
  }
  return out.join(" ");
}

/** Whether the text outside quotations speaks as its writer: "we surveyed", or "I" and "my" again and again. */
// "is a Senior Fellow at ...", "is a doctoral researcher at ...": a writer's post as a note about them gives it.
const EXPERT_POST = /^is (?:an? |the )?(?:[\p{L}-]+ ){0,3}(?:researcher|professor|fellow|director|lecturer|scholar|analyst|economist|dean|expert)\b/iu;

/** Whether a note near the end opens on one of the writers' names, in any case, and gives them a scholar's post. */
function notedAsExpert(text: string, authors: readonly string[]): boolean {
  return text.trimEnd().split("\n\n").slice(-WRITER_NOTE_PARAGRAPHS).some((p) => authors.some((a) => p.slice(0, a.length).toLowerCase() === a.toLowerCase() && EXPERT_POST.test(p.slice(a.length + 1))));
}

/** The text with each span's characters blanked, its length and lines kept. */
function withoutSpans(text: string, spans: readonly TextSpan[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < from) continue;
    pieces.push(text.slice(from, s.start), text.slice(s.start, s.end).replace(/[^\n]/g, " "));
    from = s.end;
  }
  pieces.push(text.slice(from));
  return pieces.join("");
}

function inOwnVoice(text: string): boolean {
  const own = ownWords(text);
  return OUR_WORK.test(own) || (own.match(FIRST_PERSON)?.length ?? 0) >= FIRST_PERSON_SENTENCES;
}

// "Oralist: Luo Shiqing, ...", "Narrator: ...": the label an oral history or a first-person interview gives its teller, near the top.
const NARRATOR_LABEL = /^\s*(?:Oralist|Narrator|Interviewee|Storyteller)\s*:\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})\b/mu;
const NARRATOR_REACH = 1_500;
const AGED_NAME = /\b(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}), \d{1,3},/u;
// "(Written by A and B, Valley Municipal Poverty Alleviation Office)": the writers, then the body they write for.
const WRITERS_OFFICE = /^\(?(?:Written|Compiled|Prepared|Contributed) by [^,()]{3,80}, (?:the )?(\p{Lu}[^,()]{3,100}?)\)?\.?$/u;

/**
 * Whom the document's unsourced figures belong to: its authors when it speaks in their voice, else its
 * outlet; a page that names no outlet and does not speak as its writer speaks for nobody the text names.
 */
export function documentVoice(doc: NormalizedDocument, othersTurns: readonly TextSpan[] = []): string | null {
  const { outlet, author } = doc.metadata;
  // ("Report on the Work of the Government" / "-- Delivered at the ... Session ..." / "Jiti Mugu, Prefect": a work report
  // is a speech, in its giver's voice, whatever site carries it.)
  const deliverer = reportGiver(doc);
  if (deliverer !== null) return deliverer;
  // "Full Text: Xinjiang Population Dynamics" over "The State Council Information Office ... released a
  // white paper": a document carried whole speaks for the body that issued it, not for the site.
  const opening = doc.text.slice(0, 1_500);
  if (/^Full[ -]text\b/i.test(doc.metadata.title ?? "") || CARRIED_WHOLE.test(opening)) {
    // ("The State Council Information Office of the People's Republic of China" alone over "July 2019, Beijing": the
    // document's own front matter names its issuer as it names itself, before a site's lede does.)
    // (Read as the page's outlet when it stands in the header; left in the text when the site's lede comes first.)
    const named = doc.removals.find((r) => r.rule === "outlet-line" && ISSUING_BODY.test(r.text) && BODY_NAME_LINE.test(r.text));
    if (named) return named.text;
    const office = [...opening.matchAll(BODY_NAME_ALONE)].find((m) => ISSUING_BODY.test(m[1]!));
    if (office) return office[1]!;
    const issuer = ISSUED_BY.exec(opening) ?? RELEASED_BY.exec(opening);
    if (issuer) return issuer[1]!;
  }
  // ('The State Council Information Office ... released a white paper titled "Moving Out of the Mountains: ..."' over the
  // paper's own cover, "Moving Out of the Mountains:": a lede that names the paper the page then carries.)
  const carried = carriedIssuer(opening);
  if (carried !== null) return carried;
  // ("National Bureau of Statistics of China : Income of Rural Residents in ...": a body's release carried under
  // its name, whatever site carries it, speaks for the body.)
  const issuer = titledReleaseIssuer(doc.metadata.title);
  if (issuer !== null) return issuer;
  // ("Oralist: Luo Shiqing, from March 2015 ... served as director ..." over an account in the first person: an oral
  // history speaks for the one who tells it, not for those who recorded it.)
  const narrator = NARRATOR_LABEL.exec(doc.text.slice(0, NARRATOR_REACH));
  if (narrator && inOwnVoice(doc.text)) return narrator[1]!;
  // ("As told to Zhou Mingyue" over "Pan Jinmei, 54, at her workshop ..." and an account in the first person: the one whose
  // account it is, named with their age at the top, not who wrote it down.)
  const toldTo = doc.removals.some((r) => r.became === "author" && /^As told to\b/i.test(r.text));
  const teller = toldTo ? AGED_NAME.exec(doc.text.slice(0, NARRATOR_REACH)) : null;
  if (teller && inOwnVoice(doc.text)) return teller[1]!;
  const authors = author === null ? [] : author.split("; ");
  // (An encyclopedia's entry, "Wikipedia" its outlet, speaks for its site as a news story does for its paper; one whose
  // site the page never names speaks for no one.)
  if (authors.length === 0) return outlet;
  // ("(Written by Yang Jianhua and Ma Lin, Dingxi Municipal Poverty Alleviation Office)" under a yearbook's entry: officials
  // writing for the office they name, which the entry speaks for.)
  const office = doc.removals.map((r) => (r.became === "author" ? WRITERS_OFFICE.exec(r.text)?.[1] : undefined)).find((body) => body !== undefined && ISSUING_BODY.test(body));
  if (office !== undefined) return office;
  // (A page that names its writer and no publisher, written as a report of others, speaks for no one
  // it names: a reprint, a scraped story whose outlet was lost. One in the writer's voice is theirs.)
  // ("Dr. Lok Nath Bhusal" under the title: a writer who signs with a scholar's title or post writes as an expert, an opinion.)
  // ("HELENA MARSH is a Senior Fellow at the Institute ..." at the foot: a writer noted as a scholar, the same.)
  // ("Submitted by Helen Vasquez-Orr on Tue, 03/06/2018", "Posted on 7 July 2022 by Hu Jingwen": a post a site's members submit,
  // a blog's, is its writer's, as a forum's is.)
  // ("You can follow @ellen_marsh_geo." under an unrolled thread: the same, a thread's writer named by its handle.)
  const postedByWriter = () => doc.removals.some((r) => (r.became === "author" || r.became === "published") && /^(?:(?:Posted|Submitted|Shared)(?: on [^|\n]{4,40}?)? by\b|You can follow @)/i.test(r.text));
  // ("Priya Raman" over "Nonresident Fellow - Global Economy and Development": or the post set on a line of its own under the name.)
  const signedAsExpert = () => doc.removals.some((r) => (r.became === "author" && SCHOLAR_BYLINE.test(r.text)) || (r.rule === "byline" && EXPERT_POST_LINE.test(r.text))) || notedAsExpert(doc.text, authors);
  // (The text outside quotations, read only when nothing cheaper has decided.)
  // ("Thread by Mei Lin (@MeiLinEcon)": an unrolled thread is its writer's posts, like a forum's.)
  // ("Improve this question asked Mar 2, 2021 at 14:05 ivalloton": a question site's page is its asker's, as a thread is.)
  const asked = () => questionAsker(doc.text.split("\n").filter((l) => l !== "").map((text) => ({ text }))) !== null;
  // (Not the words of others' turns, readers' comments under the story: "I drove through Minning ..." is a commenter's.)
  const authored = doc.metadata.kind === "forum_post" || postedByWriter() || asked() || threadWriter(doc.metadata.title ?? undefined) !== null || GROUP_AUTHOR.test(author!) || signedAsExpert() || RESEARCH.test(doc.text) || (RESEARCH_LABEL.exec(doc.text)?.index ?? Infinity) < doc.text.length * RESEARCH_LABEL_REACH || OWN_WORK.test(doc.text) || inOwnVoice(withoutSpans(doc.text, othersTurns));
  return authored ? creditOf(authors) : outlet;
}

// How many paragraphs from the top a broadcast's intro may end in.
const INTRO_PARAGRAPHS = 4;
// How many sentences an intro holds at least, its handover included.
const INTRO_SENTENCES = 3;

/**
 * "... Meng Qingsheng reports." ending a broadcast's intro, on a page that names no outlet: the
 * paragraphs after it are the package of the reporter it hands over to, the intro itself the
 * anchor's (the page's). The index of the package's first paragraph and its reporter, or null.
 */
export function reporterPackage(doc: NormalizedDocument): { from: number; reporter: string } | null {
  // (On a page that names its outlet, what its reporters report is the outlet's, as any story's is.)
  if (doc.metadata.outlet !== null) return null;
  for (const [k, p] of doc.paragraphs.slice(0, INTRO_PARAGRAPHS).entries()) {
    const reporters = handedOverTo(doc.text.slice(p.start, p.end));
    if (reporters === null) continue;
    // (An anchor's intro tells the story in a few sentences before it hands over; a print standfirst,
    // "The region's winemakers are creating jobs. Zhao Yimeng and Hu Dongmei report from Yinchuan.", in one.)
    const sentences = doc.sentences.filter((s) => s.start >= p.start && s.start < p.end).length;
    return sentences >= INTRO_SENTENCES && k + 1 < doc.paragraphs.length ? { from: k + 1, reporter: creditOf(reporters.split("; ")) } : null;
  }
  return null;
}
