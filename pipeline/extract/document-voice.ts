// A normalized document in; whom its own unsourced figures belong to out. A news report speaks for
// its outlet; an opinion piece, a blog, a forum thread, a report or a paper speaks for its authors
// (written in the first person, or set out with the furniture of research).
import type { NormalizedDocument } from "../normalize/document.ts";
import { quotationSpans } from "./quotation-marks.ts";

// "I", "my", "we estimate": the writer speaking as themselves, outside quotation.
const FIRST_PERSON = /(?:^|[\s(])(?:I|[Mm]y|I'm|I’m|I've|I’ve)\b/g;
// Headings and labels that research reports and papers carry.
// ("Abstract Poverty alleviation through ...": a page that runs the heading into its text.)
// ("# Abstract": a heading as a page's markup may leave it; "1.0 Introduction": with its number.)
const RESEARCH = /^(?:#{1,4} )?(?:\d{1,2}(?:\.\d{1,2}){0,2}\.? )?(?:abstract|executive summary|key findings|methodology|methods|keywords|introduction|references|bibliography|notes|endnotes|acknowledg(?:e)?ments)$|^(?:Abstract|Keywords|Key words)[:\s]/im;
// A team or body as the author ("Research Group of ...", "... Institute").
const GROUP_AUTHOR = /\b(?:group|team|institute|centre|center|university|academy|programme|program)\b/i;
const FIRST_PERSON_SENTENCES = 3;
// "this paper combs through ...", "In this study we ...": the writers naming their own work.
const OWN_WORK = /\b[Tt]his (?:paper|study|article|essay|report) (?:\p{Ll}+s|will|has|had|is|uses|finds|argues|shows|examines|analy[sz]es)\b/u;

// (A name of at most twelve words before "released a white paper", a day between them or not.)
const ISSUED_BY = /(?:^|[.\n]\s*)(?:The |the )?(\p{Lu}[\p{L}'’-]*(?: (?:of|the|for|and|\p{Lu}[\p{L}'’-]*)){0,12}?)(?: on \p{Lu}\p{Ll}+)? (?:released|issued|published) (?:a|the|its) white paper\b/u;

/** "A", "A and B", "A, B and C": the authors as a credit is written. */
export function creditOf(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? "";
  return `${authors.slice(0, -1).join(", ")} and ${authors[authors.length - 1]}`;
}

/** How often the writer says "I" or "my" outside quotation marks. */
function firstPersonCount(text: string): number {
  let count = 0;
  for (const paragraph of text.split("\n")) {
    let from = 0;
    let own = "";
    for (const q of quotationSpans(paragraph)) {
      own += `${paragraph.slice(from, q.start)} `;
      from = q.end;
    }
    own += paragraph.slice(from);
    count += own.match(FIRST_PERSON)?.length ?? 0;
  }
  return count;
}

/**
 * Whom the document's unsourced figures belong to: its authors when it speaks in their voice or the
 * page names no outlet, else its outlet; a page that names neither speaks for nobody the text names.
 */
export function documentVoice(doc: NormalizedDocument): string | null {
  const { outlet, author } = doc.metadata;
  // "Full Text: Xinjiang Population Dynamics" over "The State Council Information Office ... released a
  // white paper": a document carried whole speaks for the body that issued it, not for the site.
  if (/^Full[ -]text\b/i.test(doc.metadata.title ?? "")) {
    const issuer = ISSUED_BY.exec(doc.text.slice(0, 1_500));
    if (issuer) return issuer[1]!;
  }
  const authors = author === null ? [] : author.split("; ");
  if (authors.length === 0) return outlet;
  // (A page that names its writer and no publisher, a blog or a personal page, speaks for its writer.)
  if (outlet === null) return creditOf(authors);
  const authored = doc.metadata.kind === "forum_post" || GROUP_AUTHOR.test(author!) || RESEARCH.test(doc.text) || OWN_WORK.test(doc.text) || firstPersonCount(doc.text) >= FIRST_PERSON_SENTENCES;
  return authored ? creditOf(authors) : outlet;
}
