// One line in; whether it is a long document's apparatus rather than its text: an entry of its table
// of contents, a running head that counts pages, or the first entry of its notes or references. Each
// predicate recognises a form of line, never a document.
import { wordCount } from "./whitespace.ts";

// Leader dots between a contents entry and its page: "......", ". . . .", "……".
// (A run of dots either matches whole or fails within it, so splitting on it is linear in the line.)
const LEADER = /(?:\. ?){4,}|…{2,}/;
const BYLINE_INSIDE = /\bBy (?:Dr\.? |Prof\.? )?\p{Lu}/u;
const PAGE_AFTER_LEADER = /^ ?\d{1,4}(?: |$)/;

/**
 * "Chapter 2 Grassland Policy ...... 27", "1.1 Planting Area and Output ...... 4", or a contents page
 * run into one line, "Summary ...... 2 1 . Quotas ...... 3": each entry's page number after its leader.
 */
export function isContentsEntry(line: string): boolean {
  // ("Contents By Dr. Helena Marsh and Erkin Sadiq Summary ...... 2 ...": a page run into its byline keeps its writers.)
  if (!/\d$/.test(line) || BYLINE_INSIDE.test(line)) return false;
  const pieces = line.split(LEADER);
  return pieces.length >= 2 && pieces.slice(1).every((p) => PAGE_AFTER_LEADER.test(p)) && /\p{L}/u.test(pieces[0]!);
}

// "CNY1.00 = $0.1605   $0.1397", "$1.00 = CNY6.23", "1 mu = 0.0667 ha": a report's table of exchange rates and measures,
// each line opening on the one unit it gives the worth of; a wire's rate in brackets inside a sentence is no such line.
const EQUIVALENCE_ROW = /^(?:(?:[A-Z]{2,3}|RMB|US\$|[$¥€£])\s?1(?:\.0{1,2})?|1 \p{L}{1,12}(?: \([\p{L}.]{1,8}\))?)\s*=\s*\S[^=]{0,80}$/u;

export function isEquivalenceRow(line: string): boolean {
  return EQUIVALENCE_ROW.test(line);
}

// "Contents", "Table of Contents": the heading over a contents page.
export const CONTENTS_HEADING = /^(?:Table of )?Contents$/i;

// "Methodology 4", "I. Background 5", "2 The cliff village and the ladder  29": a contents entry without leaders, its
// section's number, its title and its page; read only under the contents' heading or another such entry.
const PAGED_ENTRY = /^(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2}){0,2}\.?)?\s*\p{Lu}[^.!?:;]{1,80}?\s+\d{1,3}$/u;
const PAGED_ENTRY_WORDS = 12;

export function isPagedEntry(line: string): boolean {
  return wordCount(line) <= PAGED_ENTRY_WORDS && PAGED_ENTRY.test(line.trim());
}

// How many entries a contents page run into one line without leaders holds at least, and how many words a title.
const RUN_CONTENTS_ENTRIES = 3;
const CONTENTS_TITLE_WORDS = 10;
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,2}\.?$/;
const PAGE_NUMBER = /^\d{1,4}$/;

/**
 * "1 Introduction 112 2 Implementation process 113 2.1 Site selection 113 ...": a contents page run into one
 * line without leaders, each entry its section's number, its title and its page, the pages never going back.
 */
export function isRunTogetherContents(line: string): boolean {
  const words = line.split(" ");
  if (!SECTION_NUMBER.test(words[0]!) || !PAGE_NUMBER.test(words[words.length - 1]!)) return false;
  let k = 1;
  let entries = 0;
  let lastPage = 0;
  while (k < words.length) {
    const from = k;
    while (k < words.length && !/^\d/.test(words[k]!)) k++;
    if (k === from || k - from > CONTENTS_TITLE_WORDS || !/^\p{Lu}/u.test(words[from]!) || k === words.length) return false;
    const page = Number(words[k]);
    if (!PAGE_NUMBER.test(words[k]!) || page < lastPage) return false;
    lastPage = page;
    entries++;
    k++;
    // (The next entry's number, unless the line ends at this page.)
    if (k < words.length && !SECTION_NUMBER.test(words[k++]!)) return false;
  }
  return entries >= RUN_CONTENTS_ENTRIES;
}

// "MAY 2009 FIELD REPORT: DONGXIANG MIGRATION Page 3 of 48": a printed report's running head or foot.
// ("... Page i of 38": the front matter's pages numbered in small roman numerals.)
const PAGE_OF_PAGES = /\bPage (?:\d{1,4}|[ivxlc]{1,6}) of \d{1,5}$/;
const RUNNING_HEAD_WORDS = 20;

// ("— 4 —": a printed page's number between dashes.)
const DASHED_PAGE_NUMBER = /^[—–-] ?\d{1,4} ?[—–-]$/;

export function isRunningHead(line: string): boolean {
  return (PAGE_OF_PAGES.test(line) && wordCount(line) <= RUNNING_HEAD_WORDS) || DASHED_PAGE_NUMBER.test(line);
}

// '7. ^ Harlow, Ann (2021). "Settling the steppe" ...', "8. ↑ ...": an encyclopedia's reference, its
// back-link's caret or arrow after the number.
const BACK_LINKED = /^(?:\d{1,3}\.? ?)?[\^↑](?: |$)/;
// ('1. 1 2 "Xiji County overview". Retrieved ...', '4. a b "..."': a reference cited more than once, a back-link for
// each citation set as numbers or letters where the mirror lost its arrows.)
const BACK_LINKS_LISTED = /^\d{1,3}\. (?:(?:\d{1,2} ){2,6}|(?:[a-z] ){2,6})(?=["“\p{Lu}])/u;
// '3. "Tongde moves 3,400 herders in one year". Qinghai Daily. 2020-01-14.', "4. Pike, Tom (2020).
// ...": a numbered reference that opens with a quoted title or an inverted name and its year.
const NUMBERED_REFERENCE = /^\d{1,3}\. (?:["“][^"“”]{3,200}["”]|\p{Lu}[\p{L}'’-]{1,30}, \p{Lu}[\p{L}'’. -]{0,40} \((?:19|20)\d{2}[a-z]?\)\.)/u;
// "4 Linxia Prefecture Agriculture Bureau, 2008 yearbook, p. 37.": a note that ends at the page it cites,
// whose bare number would read as a count of what it names ("4 Linxia Prefecture"). (A note numbered
// "[4]" stays: its marker is no figure, and the bodies it names are mentions.)
const NOTE_CITING_PAGE = /^\d{1,3}[.)]? \p{Lu}.{0,300}\bpp?\. ?\d{1,4}(?:[-–]\d{1,4})?\.?$/u;

// "1. Ma, L.; Zhou, P. Grazing bans and herder income. Rangeland J. 2018, 40, 113–127.", "Liu Y (2019) Relocation
// and work. Habitat Int 88:12–20": a journal's reference, its authors by surname and initials, its year, and the
// volume and pages it ran on at its end ("Central Asian Survey. 39. 2. 201–219.").
const INITIALLED_AUTHOR_OPENING = /^(?:\[?\d{1,3}[.\]]? )?\p{Lu}[\p{L}'’-]{1,30},? (?:\p{Lu}\.? ?){1,3}(?:[,.;&(]|and )/u;
const VOLUME_AND_PAGES_AT_END = /\d{1,4}(?:\(\d{1,4}\))?[.,:;] ?(?:\d{1,4}[.,:;] ?)?\d{1,5} ?[-–] ?\d{1,5}\.?$/;
const CITATION_LENGTH = 600;

function isJournalCitation(paragraph: string): boolean {
  return paragraph.length <= CITATION_LENGTH && INITIALLED_AUTHOR_OPENING.test(paragraph) && VOLUME_AND_PAGES_AT_END.test(paragraph);
}

/**
 * An entry of a document's list of references: kept in the text, for the bodies and outlets it names
 * as sources, while its numbers (volumes, pages, a headline's figure) are no figures of the text's.
 */
export function isReferenceEntry(paragraph: string): boolean {
  return BACK_LINKED.test(paragraph) || BACK_LINKS_LISTED.test(paragraph) || NUMBERED_REFERENCE.test(paragraph) || isJournalCitation(paragraph);
}

/** The first note of a list of notes that cite pages (the notes after it chain to it as footnotes). */
export function isNoteCitingPage(line: string): boolean {
  return NOTE_CITING_PAGE.test(line);
}
