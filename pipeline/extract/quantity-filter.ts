// Numbers that are not quantities: years and days used as dates, labels ("No. 3", "page 2"), list
// numbering, citation markers, telephone numbers, ordinals and codes, the lone "one" of "one of the poorest", definite references ("the
// two girls" already counted), and number words inside names ("two no worries", "seven batches").
import { MONTH_PATTERN } from "../normalize/dates.ts";
import type { NumberMatch } from "./numbers.ts";
import { plainDigits } from "./number-words.ts";
import type { UnitReading } from "./quantity-words.ts";
import type { TextSpan } from "../text/spans.ts";
import { isPostHeader } from "../normalize/segment.ts";

// How many digits, ungrouped, make a number an identifier when it counts nothing named ("(72063031 and
// 71973102)", a fund's grant numbers).
const IDENTIFIER_DIGITS = 8;
// A thread's poster, when they posted and the post's score: "u/name  Jan 9 '22  ·  356".
const SCORED_POSTER = /^(?:u\/[\w-]{2,30}|\[deleted\])(?:\s+OP)?\s.{0,40}?[·•]\s*-?\d[\d,.]*[kK]?$/u;
const YEAR_VALUE = /^(?:1[89]|20)\d{2}$/;
const OLD_YEAR_BEFORE = /\b(?:in|since|until|till|by|from|during|before|after|around|circa|c\.|year|AD|CE)\s$/i;
// Words that put a year-like number in time even when a noun follows ("in 2018 officials ...").
// ("his 2012 trip", "the 2019 report": a year before a noun, after a determiner, dates the thing named.)
const DATE_PREPOSITION = /\b(?:in|since|by|until|till|through|before|after|during|early|late|mid|his|her|their|its|the|this|that|a)[ -]$/i;
const MONTH_BEFORE = new RegExp(`\\b${MONTH_PATTERN} $`, "i");
// ("Photo taken on November 15, 1999 shows residents", "on 3 March 2001 farmers": a year after its day and month, whatever follows.)
const DAY_AND_MONTH_BEFORE = new RegExp(`(?:\\b${MONTH_PATTERN}\\.? \\d{1,2}(?:st|nd|rd|th)?,? |\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_PATTERN},? )$`, "i");
const DAY_RANGE_BEFORE = new RegExp(`\\b${MONTH_PATTERN}\\.? \\d{1,2}(?:st|nd|rd|th)? ?(?:to|through|until|till|and|-|–|—) ?$`, "i");
// ("14-15 June 2019": the first day of a range of days, set before its month.)
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?(?: ?[-–] ?\\d{1,2}(?:st|nd|rd|th)?)? (?:of )?${MONTH_PATTERN}\\b`, "i");
const CLOCK_ZONE_AFTER = /^ ?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|HKT|CST|[ap]\.?m\.?)(?![\p{L}])/u;
// ("Loan number and financing source       3205, ordinary capital resources": a data sheet's row, the number an identifier.)
const IDENTIFIER_LABEL_BEFORE = /\b(?:[Ll]oan|[Pp]roject|[Gg]rant|[Cc]redit|[Cc]ontract|[Rr]egistration) (?:[Nn]umbers?|[Nn]o\.?)(?:[^.\d\n]{0,40})$/;
const LABEL_BEFORE = /\b(?:No\.?|Nos\.?|Number|page|pages|p\.|pp\.|footnote|footnotes|note|notes|endnote|Article|Chapter|Section|Figure|Fig\.|Table|Box|Panel|Exhibit|Appendix|Annex|Chart|Room|Suite|Building|Line|Route|Grade|Class|Level|Phase|Paragraph|Item|Volume|Vol\.|Issue|Episode|Ep\.?|Season|Series|Part|Step|Stage|Round|Act|Scene|Question|Shots?|TRT|Duration|Running time|Length|Version|Attribution|CC BY(?:-[A-Z]{2}){0,2})(?::\s|\s)$|#$/i;
// "Two years ago", "in the past five years", "over the last decade": a time reference, not a quantity.
// ("five or six years ago": the first of two numbers before "ago" too.)
// ("four to five thousand years ago": a scale word may stand before the unit.)
const AGO_AFTER = /^(?: (?:or|to) [\p{L}\d-]{1,12})?(?: (?:hundred|thousand|million))? (?:years?|months?|weeks?|days?|decades?|hours?|minutes?) ago\b/iu;
// ("over the past six years", "in the next five years": a length of years or months is a figure of its own, as blind
// annotators count it, besides the span it gives other figures; other units after those words are not.)
const TIME_SPAN_UNITS = new Set(["year", "month"]);
const SPAN_BEFORE = /\b(?:in|over|during|for|within|throughout) (?:the )?(?:past|last|previous|next|coming|recent|following|latest|subsequent|ensuing) $/i;
// "its last 40 years' development": a possessive before "last" and a length of time ("its last nine counties" counts).
const OWN_SPAN_BEFORE = /\b(?:its|their|his|her|our) (?:past|last|previous|recent) $/i;
// "a three-year action plan", "the Five-Year Plan": a plan's length names it.
// ("the 13th Five–Year Plan": an en dash too.)
const PLAN_AFTER = /^[-–](?:year|month|day) (?:action )?(?:plans?|programmes?|programs?|campaigns?|strateg(?:y|ies)|blueprints?)\b/i;
// "One year later": a time reference, as "ago" makes one.
const LATER_AFTER = /^ (?:years?|months?|weeks?|days?|decades?) later\b/i;
// "one-time", "one-off", "one-stop": a kind of thing, not a count; "a five-level system", "three-tier
// checks": how many levels a structure has names its kind.
// ("a six-pronged approach": how many parts an approach has names its kind too.)
// ("a six-storey building", "a two-story house": how high a building is names its kind; its rooms, "a nine-room
// house", are counted, as every blind set's annotator counted them.)
// ("a three-dimensional plan", "one-on-one help", "a one-sided view", "the one-child policy": the same.)
const KIND_AFTER = /^-(?:time|off|stop|way|level|layer|tier|pronged|stor(?:e)?y|floor|dimensional|on-one|sided|faceted|child)\b/i;
// "Policy Overview 5 (I) Evolution ... 7 1. Goal": a flattened table of contents, each page number
// before the next entry's outline number ("(II)", "III.", "2.") and its heading.
// (The sentence may end at the outline number's full stop.)
// ("A. Introduction 1 B. Socioeconomic Profile 2 C. ...": a contents list run into one line, each page number before the
// next entry's letter.)
const OUTLINE_ENTRY_AFTER = /^ (?:\((?:[IVX]{1,4}|[ivx]{1,4}|\d{1,2})\) \p{Lu}|(?:[IVX]{1,4}|\d{1,2}|[A-H])\.(?: \p{Lu}|$))/u;
const PAGE_COUNTER_AFTER = /^[kKmM]? ?(?:mins? (?:read|listen)|minutes? (?:read|listen)|views?|reads|upvotes?|downvotes?|retweets?|likes?|reposts?)\b/;
const COUNTER_LINE_WORDS = 6;
const HOUR_BEFORE = /\b(?:at|until|till) (?:about |around )?$/i;
// "8171 SMS service", "hotline 12317": a service's number.
const SERVICE_AFTER = /^ (?:SMS|text|hotline|helpline|short ?code|toll-free)\b/i;
// ("3 posted on 03/02/2021 6:41:55 PM PST by TexasTea": a thread's number for a post, under it.)
const POST_NUMBER_AFTER = /^ posted on\b/;
// All that stands before a list's number in such a piece: the item before it, a comma or "and".
const LIST_ITEM_FRAGMENT = /^[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3}(?:,| and) $/u;
// "2 figures, 7 tables, 53 references": a paper's apparatus, counted in its header.
const APPARATUS_WORDS = "figures?|tables?|references|footnotes|endnotes|appendi(?:x|ces)|pages|charts?|maps?";
const APPARATUS = new RegExp(`\\b\\d{1,4} (?:${APPARATUS_WORDS})\\b`, "gi");
const APPARATUS_ITEM = new RegExp(`^ (?:${APPARATUS_WORDS})\\b`, "i");
// "the two girls" points back at a group already counted; "their two children" counts.
const DEFINITE_BEFORE = /\b(?:the|these|those|both|all the|the same)\s$/i;
// "the four prefectures of southern Xinjiang": a definite number that sizes a named set still counts.
const SIZES_A_NAMED_SET = /^ (?:of|in) (?:the )?(?:southern |northern |eastern |western )?\p{Lu}/u;
const PERIOD_PART_BEFORE = /\b(?:first|second|latter|former|last|next)\s$/i;
const STREET_AFTER = /^ (?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:Road|Street|St|Avenue|Ave|Lane|Boulevard|Rd)\b/u;
// (Not "n=620": a sample's size, with no address around it.)
const WEB_ADDRESS_PART = /:\/\/|^www\.|[?&][\w-]+=|\.(?:com|org|net|cn|gov|edu|int|info)\//;
const CITED_PAGE_BEFORE = /\b(?:19|20)\d{2}[a-z]?(?:: ?|, ?pp?\. ?)$/;
// ("Journal of Asian Labour 12(3), 44–67.", "Asian J Rural Policy 17, 511–534 (2022)": a reference's volume, issue and pages.)
const CITED_VOLUME = /\b\d{1,4} ?\(\d{1,4}\),? ?\d{1,6}(?:[-–]\d{1,6})?\b|\b\d{1,4}, \d{1,6}[-–]\d{1,6} \((?:19|20)\d{2}\)/;
const CITATION = /\b(?:19|20)\d{2}, ?\d{1,4} ?\(\d{1,4}\),? ?\d{1,6}\b/;
// "Journal of Hohai University, 20(02): 7-13, 89.", "2020(02): 112-119": a reference's volume, issue and pages.
const VOLUME_PAGES = /\d{1,4} ?\(\d{1,4}\): ?\d{1,6}(?:[-–]\d{1,6})?(?:, ?\d{1,6}(?:[-–]\d{1,6})?){0,3}/g;
// How far around a number a reference's volume and pages are looked for.
const REFERENCE_REACH = 40;
// ("In the first two months, outbound investment ...": the part of a year the clause speaks of, before its comma, too.)
const CUE_TIMING_AFTER = /^\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->/;
const TIME_UNIT_OF = /^ (?:days?|weeks?|months?|quarters?|years?|decades?)(?: (?:of|in)\b|[,;.?!]|$| this year\b)/i;
// ("Tel.: +39 06 5459 2318", "Division Tel: ...", a label run into the post before it, "DivisionTel.:": the label's own stop.)
const CALLING_CODE_BEFORE = /\+\d{1,3}(?:[ -]\d{2,5}){0,3}[ -]$/;
const RUNTIME_LABEL = /\b(?:Runtime|Run time|Running time)\s?:\s?$/i;
const PHONE_SHAPE = /\(\d{3}\) ?\d{3}[-.]\d{4}(?!\d)/;
const PHONE_CONTEXT = /(?:\b(?:[Tt]el|[Tt]elephone|[Pp]hone|[Hh]otline|[Ff]ax|[Mm]obile|[Cc]ontact|[Cc]all|TEL|TELEPHONE|PHONE|HOTLINE|FAX)|(?<=\p{Ll})(?:Tel|Fax|Phone))\b(?:\.:?)?[^.;]{0,30}$/u;
// "Top 10", "UTC+8", "Covid 19": a rank, a time zone, a disease's name.
const COVID = "[Cc]ovid[- ]?|COVID[- ]?";
const RANK_BEFORE = new RegExp(`\\b(?:[Tt]op |UTC ?[+−-]|GMT ?[+−-]|${COVID})$`);
const COVID_BEFORE = new RegExp(`\\b(?:${COVID})$`);
const LABELLED_RANGE_BEFORE = /\b(?:Grades?|Class(?:es)?|[Pp]ages?|pp?\.|Chapters?|Sections?|Articles?|Tables?|Figures?|Fig\.|Levels?|Nos?\.) \d{1,4} ?(?:to|and|-|–) ?$/;
// ("three figures", "four aspects", "three ways of employment", "three hypotheses": the parts an argument is laid out in.)
const DISCOURSE_AFTER = /^ (?:more |main |key |major )?(?:questions?|points?|remarks?|comments?|observations?|examples?|things?|suggestions?|figures(?! of| on| for| in)|figures to share|aspects?|ways?|hypothes[ie]s|dimensions?|lessons?|characteristics|features)\b/i;
const ONE_DURATION = /^(?:hour|day|week|month|year)$/i;
const NUMBERED_NAME_AFTER = /^ (?:sessions|assurances|guarantees|no worries|represents|comprehensives|rural issues)\b/i;
// "in the 0-14, 15-59, and 60 and above age groups": the bounds that name age groups.
// (Read over at most 60 characters after the number, so the repetition is bounded.)
const AGE_GROUP_BOUND = /^(?:[\s,–-]|\d{1,3}|and|or|above|over|older|under|below|years?|old)*age[- ]groups?\b/i;
// The round numbers a rate is given per: "per 1,000", "per 100,000 people".
// ("Area code | 653022 |", "Postal code: 844000": an infobox's code for a place.)
// ("Its postal code is 743300": said in a sentence too.)
const PLACE_CODE_BEFORE = /\b(?:[Aa]rea|[Pp]ostal|[Pp]ost|[Zz]ip|[Dd]ivision|[Ll]icen[cs]e plate) ?codes?(?: is)?\s*[|:]?\s*$/;
const VOICE_LABEL_OPENING = /^\s*(?:Speaker|Voice|Caller|Participant) $/;
// "1 hectare (ha) =", "1.00 = ": the one unit a definition or an exchange rate gives the worth of.
const UNIT_DEFINED_AFTER = /^(?:\.0{1,2})?\s?(?:[\p{L}$¥€£]{1,12}\.?)?(?:\s?\([^()]{1,8}\))?\s?=\s?/u;
const ONE_UNIT_EQUALS_BEFORE = /(?:^|[\s(])(?:[A-Z]{1,3}|[$¥€£])?\s?1(?:\.0{1,2})?\s?(?:[\p{L}]{1,12}\.?)?(?:\s?\([^()]{1,8}\))?\s?=\s?(?:[A-Z]{1,3}|[$¥€£])?\s?$/u;
const DEFINITION_REACH = 32;
// "C. Consultation 5": a contents entry's letter, its heading and the page it starts on.
const CONTENTS_ENTRY_BEFORE = /(?:^|\s)[A-H]\. \p{Lu}[\p{L}'’ -]{2,60} $/u;
const CONTENTS_ENTRY = /(?:^|\s)[A-H]\. \p{Lu}/gu;
const CONTENTS_ENTRY_REACH = 64;
const PARAGRAPH_NUMBER = /^\d{1,2}\.\d{1,2}$/;
// (Not "1.5 Million People ...", a headline's figure in title case.)
const PARAGRAPH_AFTER_NUMBER = /^ (?!(?:Million|Billion|Thousand|Hundred|Percent|Per|Yuan|Mu|Hectares?|Tonnes?|Tons?|Km|Kilometres?|Kilometers?)\b)\p{Lu}\p{Ll}/u;
const VOICE_LABEL_BEFORE = /\b(?:Speaker|Guest|Host|Caller|Participant|Interviewee|Respondent|Voice) $/i;
const RATE_BASES: ReadonlySet<number> = new Set([1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]);
const QUOTE_MARK = /["“”]/;
// '..., he said', '..., said Li Wei', '..., the official added': a reporting clause after a quotation.
const REPORTED_AFTER = /^\s*(?:(?:[\p{Lu}][\p{L}.'’-]*|he|she|they|we|I|it|the [\p{Ll}]+)(?: [\p{Lu}][\p{L}.'’-]*){0,3} )?(?:said|says|told|tells|added|adds|asked|explained|noted|recalled|insisted|stressed)\b/u;
const SHORT_QUOTE_WORDS = 6;
const YEARS_IN_BRACKETS = /\p{L} \((?:AD |BC |CE )?\d{3,4} ?[-–] ?\d{3,4}\)/u;
const AUTHOR_BEFORE = /\p{Lu}[\p{L}'’-]* \p{Lu}[\p{L}'’-]* $/u;
const AFFILIATION_MARK_AFTER = /^ ?(?:,|\*|and \p{Lu}|\d{1,2} \p{Lu})/u;
const AFFILIATION_AFTER = /^ (?:(?:State )?Key Laboratory|(?:College|School|Department|Institute|Faculty|Laboratory|Center|Centre|Academy) (?:of|for))\b/;

export interface QuantityContext {
  sentence: string;
  number: NumberMatch;
  unit: UnitReading;
  hedged: boolean;
  /** Quotation spans in the sentence (sentence offsets, without the marks). */
  quoted: readonly TextSpan[];
}

/**
 * Whether the words just before a number make it a label, a day of a month or a rank ("Table 3",
 * "June 5", "Top 10", "SOUNDBITE 1"): the number reader then leaves "Table 3 100 households" as
 * two figures, not one grouped by a space.
 */
const NOTE_OPENING_AFTER = /^ (?:The|This|These|See|We|Our|For|Data|Sources?|Authors?|Interviews?|Calculated|Figures|According|Ibid|Cited|Available|Accessed|Retrieved|Note)\b/;
const ISBN_BEFORE = /\bISBN(?:-1[03])?:?\s*[\d-]*$/i;
const CLOCK_WORDS_AFTER = /^ ?(?:am|pm|AM|PM|o['’]clock)\b/;
const CLOCK_PAST_BEFORE = /\b(?:half|quarter|ten|twenty|five) (?:past|to) $/i;

// ("within one day", "for one day", "in one day": the words that make "one day" a length of time.)
const DAY_AS_LENGTH_BEFORE = /\b(?:within|for|in|per|every|each|than|only|just|over|about|around|nearly|almost|to|a|of|at least|at most)\s*$/i;

export function namesRatherThanCounts(before: string): boolean {
  return LABEL_BEFORE.test(before) || MONTH_BEFORE.test(before) || RANK_BEFORE.test(before) || /\b\p{Lu}{3,} $/u.test(before);
}

function isDate(c: QuantityContext, before: string, after: string): boolean {
  const { number } = c;
  if (!number.bareInteger) return false;
  if (YEAR_VALUE.test(plainDigits(number.valueText)) && (c.unit.text === null || c.unit.unit === "count" || DATE_PREPOSITION.test(before) || MONTH_BEFORE.test(before) || DAY_AND_MONTH_BEFORE.test(before))) return true;
  // ("made a province in 1413", "since 1368": an older year, written without a comma, after a word of time, counting nothing.)
  if (/^1[0-7]\d{2}$/.test(number.valueText) && c.unit.text === null && OLD_YEAR_BEFORE.test(before)) return true;
  // ("113 BC", "1106 AD": a year of an era.)
  if (/^ ?(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)(?!\p{L})/u.test(after) || /\b(?:AD|A\.D\.) $/.test(before)) return true;
  // "from November 20 to 26, 2020": the day that closes a range of dates stands before its year.
  // ("from Feb. 22 to 27 to interview ...": with no year after, the day that closes the range stands after a month's day.)
  return number.value >= 1 && number.value <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || /^,? (?:19|20)\d{2}\b/.test(after) || (c.unit.text === null && DAY_RANGE_BEFORE.test(before)));
}

function isListNumber(c: QuantityContext, before: string, after: string): boolean {
  // "based on 1) the county analysis and 2) ...", "as follows: (1) incomes ...": an item's number inside a sentence.
  if (c.number.bareInteger && c.number.value <= 20 && /^\)/.test(after) && /(?:^|[\s:;,(])\(?$/.test(before)) return true;
  // "two keys: 1. context, 2. reading between the lines": items numbered in a run of prose.
  if (c.number.bareInteger && c.number.value <= 20 && /^\. \p{Ll}/u.test(after) && /[:;,] $/.test(before)) return true;
  // ("• 1. Institute of ...": a bullet may stand before the item's number.)
  // ("1.0 Introduction", "2.1 Data": a section's number in a paper's numbering.)
  // ("1 The authors thank ...", "3 See the county's 2019 report.": a footnote's number opening its note.)
  if (c.number.bareInteger && c.number.value <= 99 && before.trim() === "" && NOTE_OPENING_AFTER.test(after)) return true;
  const sectionNumber = /^\d{1,2}(?:\.\d{1,2}){1,2}$/.test(c.number.valueText);
  if (!(c.number.bareInteger || sectionNumber) || !/^(?:[•·▪*]\s*)?\(?$/.test(before.trim())) return false;
  // "1 Background", "3 Employment and incomes": a section's number before its heading.
  // ("3.1. Employment": a full stop after a section's number.)
  const heading = c.number.value <= 20 && (sectionNumber ? /^\.? \p{Lu}/u : /^ \p{Lu}/u).test(after) && c.sentence.split(" ").length <= 6 && !/[.!?:]$/.test(c.sentence);
  // ("3.1." / "Employment": the number a sentence of its own, its heading the next.)
  if (sectionNumber) return heading || c.sentence.trim() === `${c.number.valueText}.`;
  // ("1.The background of the issue": the full stop set close to the heading.)
  return heading || /^[.)](?:\s|$)/.test(after) || (c.number.value <= 20 && /^\.\p{Lu}\p{Ll}/u.test(after) && !/[.!?:]$/.test(c.sentence));
}

/** A number word in a short quoted phrase, or right after a quotation mark that opens one, names something. */
function isInName(c: QuantityContext): boolean {
  if (c.number.form !== "words") return false;
  // '"Seven hundred million people out of poverty ...," Hua said' opens speech, not a name.
  const close = c.sentence.slice(c.number.start).search(QUOTE_MARK);
  const opensSpeech = c.sentence.slice(c.number.start, close < 0 ? undefined : c.number.start + close).split(/\s+/).length > SHORT_QUOTE_WORDS;
  if (QUOTE_MARK.test(c.sentence[c.number.start - 1] ?? "") && !opensSpeech) return true;
  // ("Xi's signature ‘three sieges’": single marks around a name; ’ alone is an apostrophe, ‘ opens.)
  // (A short name, up to four words, with no stop or comma before its closing mark: speech has them.)
  if (c.sentence[c.number.start - 1] === "‘" && /^[^‘’"“”,.!?]{0,40}’(?!\p{L})/u.test(c.sentence.slice(c.number.start)) && c.sentence.slice(c.number.start).split("’")[0]!.split(/\s+/).length <= 4) return true;
  // A quoted sentence ("Now they walk for ten minutes.") is speech, not a name.
  // ('Besides the "three regions and three prefectures," 169 counties ...': a name's comma set inside its
  // marks; '"We moved two families," he said' is speech, a reporting clause after it.)
  const spoken = (q: TextSpan) => /[.!?]$/.test(c.sentence.slice(q.start, q.end)) || (/,$/.test(c.sentence.slice(q.start, q.end)) && REPORTED_AFTER.test(c.sentence.slice(q.end + 1, q.end + 60)));
  return c.quoted.some((q) => q.start <= c.number.start && c.number.end <= q.end && c.sentence.slice(q.start, q.end).split(/\s+/).length <= SHORT_QUOTE_WORDS && !spoken(q));
}

const BROKEN_YEAR = /\b(?:19|20) (?:\d \d|\d{2})(?=[\s,.;:/)]|$)/g;

function inBrokenYear(sentence: string, number: TextSpan): boolean {
  for (const m of sentence.matchAll(BROKEN_YEAR)) if (m.index <= number.start && number.end <= m.index + m[0].length) return true;
  return false;
}

/** Whether a number stands inside a reference's "volume(issue): pages", looked for near it. */
function inReferencePages(sentence: string, number: TextSpan): boolean {
  const from = Math.max(0, number.start - REFERENCE_REACH);
  for (const m of sentence.slice(from, number.end + REFERENCE_REACH).matchAll(VOLUME_PAGES)) {
    if (from + m.index <= number.start && number.end <= from + m.index + m[0].length) return true;
  }
  return false;
}

export function isQuantity(c: QuantityContext): boolean {
  const { sentence, number } = c;
  const before = sentence.slice(Math.max(0, number.start - 16), number.start);
  const after = sentence.slice(number.end, number.end + 16);
  // "19th", "5G", "COVID19b": letters glued to digits make an ordinal or a code ("1,500m", "30km" measure;
  // "58m" on a post is its age in minutes).
  if (number.form === "digits" && /^\p{L}/u.test(after) && c.unit.text !== "x" && !/^(?:km|kg|cm|mm|ha|sqm|mu)\b/.test(after) && !(/^m\b/.test(after) && number.value >= 100)) return false;
  // ("https://ssrn.com/abstract=3691452": a number inside a web address.)
  if (number.form === "digits" && /[=/?&#.]$/.test(before) && WEB_ADDRESS_PART.test(sentence.slice(Math.max(0, number.start - 60), number.start).split(/\s/).at(-1) ?? "")) return false;
  // 'no real choice."21': a footnote marker set right after the closing punctuation.
  if (number.form === "digits" && /[.,;:!?]["”’)]$/.test(before)) return false;
  if (number.bareInteger && IDENTIFIER_LABEL_BEFORE.test(sentence.slice(Math.max(0, number.start - 60), number.start))) return false;
  // ("12.02 GMT Former World Bank economist ...": a live page's clock, its hours and minutes parted by a stop.)
  if (/^\d{1,2}\.[0-5]\d$/.test(sentence.slice(number.start, number.end)) && CLOCK_ZONE_AFTER.test(after)) return false;
  // ("over 2014–2018;2 the project cannot ...": or glued to the semicolon after a word or a figure.)
  if (number.bareInteger && number.value < 100 && /[\p{L}\d];$/u.test(before) && /^ \p{Ll}/u.test(after)) return false;
  // "SOUNDBITE 1", "SCENE 2": a number after a word in capitals labels a part of a script.
  if (isDate(c, before, after) || isListNumber(c, before, after) || LABEL_BEFORE.test(before) || (number.bareInteger && /\b\p{Lu}{3,} $/u.test(before))) return false;
  // ("Reuters · 2 min read", "212K views 3 years ago": how long a page takes to read and how often it was read or liked,
  // the page's counters on a line of their own; not "the video drew 1.2 million likes" nor "wrote one user (18.7k
  // likes)", a text's figures.)
  if (PAGE_COUNTER_AFTER.test(after) && (/^[kKmM]? ?(?:mins?|minutes?) /.test(after) || (c.sentence.split(" ").length <= COUNTER_LINE_WORDS && !/[.!?]["”’]?$/.test(c.sentence.trim())))) return false;
  // ("at seven each morning", "at about six", "until nine": a number word alone after "at" or "until" tells the hour.)
  if (number.form === "words" && number.value <= 12 && c.unit.text === null && HOUR_BEFORE.test(before)) return false;
  // "I have 3 questions", "let me make two points": the parts of what is being said, not a figure it states.
  if (number.value <= 10 && DISCOURSE_AFTER.test(after)) return false;
  // ("345.2 MB": a file's size on a media page.)
  // (And the entry's own "2." after that page number: an outline number, not a figure.)
  if (number.bareInteger && (OUTLINE_ENTRY_AFTER.test(after) || (number.value <= 30 && /^\.(?: \p{Lu}|$)/u.test(after) && /(?:^|\s)\d{1,3} $/.test(before)))) return false;
  // ("... the following 16 towns: 1. Karakax, 2. Kawak, 3. Yéngiyer, ...": the numbers of a list run into its sentence,
  // each of which the sentence finder ends at its full stop, "...: 1." and "Karakax, 2.".)
  if (number.bareInteger && number.value <= 99 && /^\.\s*$/.test(after) && (/[:;] $/.test(before) || LIST_ITEM_FRAGMENT.test(before))) return false;
  // ("between 73°26'5\" and 76°43'31\" east longitude": the degrees, minutes and seconds of a position.)
  // ("27.88°N 102.27°E": a latitude and a longitude in degrees.)
  if (number.form === "digits" && ((/^\s?[°′″'"]/.test(after) && /\d\s?[°′']$/.test(before)) || /^\s?°\s?\d{1,2}\s?['′]/.test(after) || /^\s?°\s?[NSEW]\b/.test(after))) return false;
  // ("(214603 bytes)": an image file's size.)
  if (LATER_AFTER.test(after) || KIND_AFTER.test(after) || (number.bareInteger && (SERVICE_AFTER.test(after) || POST_NUMBER_AFTER.test(after))) || /^ ?(?:[KMGT]B|bytes)\b/.test(after)) return false;
  if (number.bareInteger && PLACE_CODE_BEFORE.test(sentence.slice(Math.max(0, number.start - 24), number.start))) return false;
  // ("<v Speaker 1>", "Speaker 2:": a transcript's label for a voice; "curve [ 12].": a reference's marker, its bracket set apart.)
  if (number.bareInteger && ((VOICE_LABEL_BEFORE.test(before) && /^(?:[>:)]|\s*$)/.test(after)) || /^\s?\]/.test(after))) return false;
  // ("Speaker 2 This is Field Notes China.": a transcript app's label for a voice, with no colon before the words.)
  if (number.bareInteger && VOICE_LABEL_OPENING.test(before) && /^ \p{Lu}/u.test(after)) return false;
  // ("1 hectare (ha) = 15 mu", "CNY1.00 = $0.1469", "$1.00 = CNY6.8074": a report's table of measures and exchange rates
  // defines units; neither side is a figure the text states. (A wire's one rate in brackets, "($1 = 6.3438 yuan)", is.)
  if ((number.value === 1 && UNIT_DEFINED_AFTER.test(sentence.slice(number.end, number.end + DEFINITION_REACH))) || (ONE_UNIT_EQUALS_BEFORE.test(sentence.slice(Math.max(0, number.start - DEFINITION_REACH), number.start)) && (sentence.match(/ ?= ?/g)?.length ?? 0) >= 2)) return false;
  // (And the last entry's, at the line's end.)
  if (number.bareInteger && after.trim() === "" && CONTENTS_ENTRY_BEFORE.test(sentence.slice(Math.max(0, number.start - CONTENTS_ENTRY_REACH), number.start)) && (sentence.match(CONTENTS_ENTRY)?.length ?? 0) >= 2) return false;
  // ("1.4 Women carry much of the farm work ...": a report's numbered paragraph, its number opening the paragraph.)
  if (number.form === "digits" && before.trim() === "" && number.start === 0 && PARAGRAPH_NUMBER.test(sentence.slice(0, number.end)) && PARAGRAPH_AFTER_NUMBER.test(after)) return false;
  // ("for each 1 kg of cotton": the one a rate is per.)
  if (number.value === 1 && /\b(?:each|per|every) $/i.test(before)) return false;
  // ("ADB TA 9417-PRC", "Loan 3456-CHN": a project's or a loan's number, its country's code after a hyphen.)
  if (number.bareInteger && /^-[A-Z]{2,4}\b/.test(after)) return false;
  // ("($1 = 6.3438 Chinese yuan renminbi)": the one unit an exchange rate is given for.)
  if (number.value === 1 && /^(?: ?[A-Z]{3})? ?= ?\d/.test(after)) return false;
  // (The item after the number is read first: counting the sentence's items is for those numbers only.)
  if (number.bareInteger && APPARATUS_ITEM.test(after) && (c.sentence.match(APPARATUS)?.length ?? 0) >= 2) return false;
  // "Grade 1 to 3", "pages 4-6": the range's end is a label too.
  if (number.bareInteger && LABELLED_RANGE_BEFORE.test(sentence.slice(Math.max(0, number.start - 24), number.start))) return false;
  if ((c.unit.unit === "year" || c.unit.unit === "month" || c.unit.unit === "week" || c.unit.unit === "day") && OWN_SPAN_BEFORE.test(before)) return false;
  if (AGO_AFTER.test(sentence.slice(number.end, number.end + 36)) || (c.unit.unit !== "count" && !TIME_SPAN_UNITS.has(c.unit.unit) && SPAN_BEFORE.test(sentence.slice(Math.max(0, number.start - 30), number.start))) || PLAN_AFTER.test(sentence.slice(number.end, number.end + 40))) return false;
  // "Kunming 650221, China": a postal code after a place. "'16": a year cut to two digits.
  // (The digits as read: "２０１９" and "3\u200D000" are four digits.)
  const digits = plainDigits(number.valueText);
  if (number.bareInteger && c.unit.text === null && digits.length >= 5 && /\p{Lu}\p{Ll}+ $/u.test(before)) return false;
  // ("Lhasa, 850000" in an address: China's six-digit postal code after the city and a comma, ending the line.)
  if (number.bareInteger && c.unit.text === null && digits.length === 6 && /\p{Lu}\p{Ll}+, $/u.test(before) && /^\s*$/.test(after)) return false;
  // ("Washington, DC 20036": a ZIP code after a state's two letters.)
  if (number.bareInteger && c.unit.text === null && digits.length === 5 && /\b[A-Z]{2},? $/.test(before)) return false;
  if (number.bareInteger && digits.length === 2 && /(?:^|\s)['’]$/.test(before) && c.unit.text === null) return false;
  // "8 Wangjing East Road": a street number. "Agriculture 2022, 12(9), 1417": a citation's volume, issue and page.
  if (number.bareInteger && STREET_AFTER.test(sentence.slice(number.end, number.end + 40))) return false;
  if (number.bareInteger && (CITATION.test(sentence.slice(Math.max(0, number.start - 16), number.end + 12)) || CITED_VOLUME.test(sentence.slice(Math.max(0, number.start - 16), number.end + 16)))) return false;
  // ("Wang Hui (2020: 71) estimates", "(Li 2019, p. 44)": the page of a work cited by its year.)
  if (number.bareInteger && CITED_PAGE_BEFORE.test(before) && /^(?:[-–]\d{1,4})?\)/.test(after)) return false;
  if (number.bareInteger && inReferencePages(sentence, number)) return false;
  // "set at 20 1 1", "the standard of 20 10": a year a machine translation broke into digits.
  if (number.bareInteger && inBrokenYear(sentence, number)) return false;
  // "Top 10 world news", "UTC+8", "Covid 19", "at 3 P. M.": a rank, a time zone, a disease's name, a clock time.
  // ("COVID nineteen": the disease's name as a transcript spells it out.)
  if (COVID_BEFORE.test(before) && /^nineteen$/i.test(number.valueText)) return false;
  if (number.bareInteger && (RANK_BEFORE.test(before) || /^ ?[AaPp]\. ?[Mm]\.?(?=\s|$|[,;])/.test(after))) return false;
  // ("isbn 978-7-5412-3380-6", "288 pp.": a book's number and its count of pages, no figure of the text's.)
  if (ISBN_BEFORE.test(before) || (number.bareInteger && /^ pp\.?(?=\s|$)/.test(after))) return false;
  // ("... by the end of 2021.1 Regional officials ...", "... above 4,800 metres.60 The ...": a note's number set
  // straight after the sentence's stop, on a year or a word.)
  if (/^(?:19|20)\d{2}\.\d{1,2}$/.test(number.valueText) && /^ \p{Lu}/u.test(after)) return false;
  if (number.bareInteger && number.value <= 199 && /\p{L}[.,;:]["”’)]?$/u.test(before) && /^(?: \p{Lu}|\s*$)/u.test(after)) return false;
  // ("wakes at 5 am", "at half past seven", "at seven o'clock": a time of day, said as a clock is read.)
  if (CLOCK_WORDS_AFTER.test(after) || CLOCK_PAST_BEFORE.test(before) || (/^(?:half|quarter)$/i.test(number.valueText) && /^ (?:past|to) /.test(after))) return false;
  // "Foundation of China(31971560)": a grant's or a record's number in brackets after its name.
  if (number.bareInteger && digits.length >= 6 && /\p{L}\($/u.test(before) && sentence[number.end] === ")") return false;
  // ("supported by the Foundation of China (71861147002 and 71761147004)": nine digits or more, ungrouped
  // and counting nothing named, are a grant's or a record's number.)
  if (number.bareInteger && c.unit.text === null && digits.length >= IDENTIFIER_DIGITS) return false;
  if (number.bareInteger && number.value <= 120 && AGE_GROUP_BOUND.test(sentence.slice(number.end, number.end + 60))) return false;
  // "8,944 per 100,000 Uygurs": the base a rate is given per, not a count.
  if (/\bper $/i.test(before) && RATE_BASES.has(number.value)) return false;
  // "Part 1. Forced Labor in the Uyghur Region 101": a number closing a heading in title case is part of its name.
  // (A title's small words set it apart from a table's row, "Kashgar Prefecture 30".)
  if (number.bareInteger && sentence.slice(number.end).trim() === "" && /\p{Lu}[\p{L}'’-]* $/u.test(before) && sentence.split(" ").length <= 12 && / (?:in|of|the|and|for|on) \p{Lu}/u.test(sentence)) return false;
  // 'what the paper calls "flow 2"': a bare number that ends a short quoted name labels it.
  if (number.bareInteger && c.unit.text === null && c.quoted.some((q) => q.end === number.end && sentence.slice(q.start, q.end).split(/\s+/).length <= 3)) return false;
  // "kaleb 3 weeks": a comment's header, its age no figure.
  // ("u/quantile_fan  Jan 9 '22  ·  356", "[deleted]  Jan 11 '22  ·  5": a thread's poster, when, and the post's score.)
  if (isPostHeader(sentence) || SCORED_POSTER.test(sentence)) return false;
  // ("12 00:01:29,040 --> 00:01:39,680 organization, ...": a caption file's cue number, its timing run into the text.)
  if (number.bareInteger && CUE_TIMING_AFTER.test(sentence.slice(number.end, number.end + 40))) return false;
  // ("Libang Ma 1 , Xinglong Che 1, Junhui Zhang 2,* and Fang Fang 1": a paper's authors with the numbers of
  // their affiliations; "1 College of Geography ..., 2 School of ...": those affiliations, numbered.)
  if (number.bareInteger && number.value <= 20 && ((AUTHOR_BEFORE.test(before) && AFFILIATION_MARK_AFTER.test(after)) || AFFILIATION_AFTER.test(sentence.slice(number.end, number.end + 30)))) return false;
  // ("the Yuan Dynasty (1271-1368)", "Li Bai (701–762)": a dynasty's or a life's years in brackets after its name.)
  if (number.bareInteger && YEARS_IN_BRACKETS.test(sentence.slice(Math.max(0, number.start - 14), number.end + 8))) return false;
  // ("zero poverty", "a zero-poverty goal", "zero tolerance": a goal's or a policy's name.)
  if (number.value === 0 && number.form === "words" && /^[- ](?:poverty|hunger|tolerance|carbon|emissions?|waste|covid|sum)\b/i.test(after)) return false;
  // ("Creative Commons Attribution-NonCommercial 4.0 International": a licence's version.)
  if (number.form === "digits" && /^ (?:International|Unported|Generic)\b/.test(after)) return false;
  // ("Tel.: +86-0931-7971754": a country's calling code, its number after it.)
  if (number.bareInteger && /\+$/.test(before) && /^[- ]\d/.test(after)) return false;
  // ("+91 98160 44127", "+45 2871 3390": and the groups of digits after the calling code.)
  if (number.bareInteger && CALLING_CODE_BEFORE.test(before)) return false;
  // "[1]": a citation marker. "0851", "hotline: 8668 2233": telephone numbers.
  if (sentence[number.start - 1] === "[" && sentence[number.end] === "]") return false;
  if (number.form === "digits" && (/^0\d/.test(digits) || PHONE_CONTEXT.test(sentence.slice(Math.max(0, number.start - 40), number.start)))) return false;
  // ("Runtime: 38 min": how long a programme runs, its page's furniture.)
  if (RUNTIME_LABEL.test(before)) return false;
  // ("T: (416) 555-0198", "(202) 555-0147": a number in a telephone number's shape, however it is labelled.)
  if (number.bareInteger && PHONE_SHAPE.test(sentence.slice(Math.max(0, number.start - 6), number.end + 10))) return false;
  // "the first half of 2019", "in the first seven months of 2020" name a period.
  if ((number.value < 1 || TIME_UNIT_OF.test(after)) && PERIOD_PART_BEFORE.test(before)) return false;
  if (number.form === "words") {
    // ("One day she may run this place", "Maybe one day my daughter will ..."): "one day" is "some day", no length of
    // time, unless a word before makes it one ("within one day", "for one day").
    if (number.value === 1 && /^ day\b/i.test(after) && !DAY_AS_LENGTH_BEFORE.test(before)) return false;
    // A lone "one" is "a certain" ("one of the poorest"), unless hedged or a measure ("one-year").
    // ("only one hour each night", "for one year": a duration is a measure too.)
    if (number.value === 1 && !c.hedged && sentence[number.end] !== "-" && !ONE_DURATION.test(c.unit.text ?? "")) return false;
    // "the five-year transition period": a length that describes, not a group counted before.
    const describes = sentence[number.end] === "-";
    if ((DEFINITE_BEFORE.test(before) && !describes && !SIZES_A_NAMED_SET.test(sentence.slice(c.unit.end, c.unit.end + 40))) || isInName(c)) return false;
    // "the two sessions", "the two assurances and three guarantees": numbers that name meetings and policies.
    if (NUMBERED_NAME_AFTER.test(after)) return false;
    // "the 'Thirteenth Five-Year' period": a plan's name.
    if (/^\p{Lu}/u.test(number.valueText) && /^-Year\b/.test(after)) return false;
    // "the 'Ten Thousand Villages' campaign": capitalised number words inside a name.
    if (/^\p{Lu}/u.test(number.valueText) && number.start > 0 && /^ \p{Lu}/u.test(after) && !/[.!?:"“]\s*$/.test(sentence.slice(0, number.start))) return false;
    // "Four Decades of Poverty Reduction": a title in title case, where even the noun counted is capitalised.
    if (/^\p{Lu}/u.test(number.valueText) && /^ \p{Lu}\p{Ll}+ (?:(?:of|and|in|for|the|to) )?\p{Lu}/u.test(sentence.slice(number.end, number.end + 40))) return false;
  }
  return true;
}
