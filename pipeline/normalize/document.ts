// A decoded input file (and its manifest entry, if any) in; the normalized document out: its text
// (NFC, paragraphs separated by blank lines, chrome removed), paragraph and sentence spans, the
// metadata the page states about itself, and every removed line with the rule that removed it.
import type { DecodedFile } from "../ingest/decode.ts";
import type { SourceEntry } from "../ingest/manifest.ts";
import { PAGE_KIND } from "./page-kind.ts";
import { wordCount } from "./whitespace.ts";
import { listedLevel } from "../gazetteer/divisions.ts";
import { BLOG_FOOTER, CHROME_RULES, CONTRIBUTOR_LEVEL, ENCYCLOPEDIA_BEFORE_MENU, ENCYCLOPEDIA_SITE, GUEST_CREDIT, ISSUING_BODY, MASTHEAD_BODY_WORDS, PLACE_WITH_LEVEL, isHeadingInCapitals, isLeadingSectionLabel, looksLikePublisher, namesPublisher, PARTICIPANTS_LABEL_ALONE, PICTURES_CREDIT, siteOfLogo, WIKI_TAGLINE, WIRE_CREDITS_INSIDE, type LineContext, type MetadataField, type RuleHit, type RuleId } from "./chrome-rules.ts";
import { dublinCoreRecord, surnameLast } from "./dublin-core.ts";
import { pageCitation } from "./citation-line.ts";
import { FieldBook } from "./field-book.ts";
import { isIconTitleBar, isPhotoCaption, isSiteControl, SECTION_NAME } from "./page-chrome.ts";
import { selfNamedOutlet } from "./self-named-outlet.ts";
import { distributedIssuer, labelledReleaseIssuer, pressReleaseIssuer } from "./press-release.ts";
import { nameCased, personNameForm } from "../text/name-forms.ts";
import { repairCornerApostrophes, repairGbkPunctuation } from "./mojibake.ts";
import { photoCreditOutlet } from "./photo-credits.ts";
import { scriptSlug } from "./script-slug.ts";
import { authorList, blogPoster, footNotedWriter, siteHost, originalPoster, bylineParagraph, outletAsNamed, closingCredit, HIGHLIGHT, MAX_HIGHLIGHTS, paperPublished, reblogSource, closingSigner, liveEntryDay, reportSigner, speechBy, contactReporter, correspondentCredit, forumOfTitle, threadWriter, reporterIntroOutlet, transcriptByline, datelineCredit, siteNamedAtFoot, forumAuthor, leadingDate, publishedIn, trailingCredit, siteAfterBar, siteAfterDash, makerAfterDash, notedWriter, withoutSiteName, writtenBy, reportWriters } from "./page-credits.ts";
import { captionOverCredit, chooseTitle, COUNTRY_ALONE, encyclopediaTitle, HEADER_LINES, headerLength, isProseLine, isTitleCased, REPORT_KIND, SELF_POST_AFTER, sharedCoverBody, titleOverDateline, withoutCjkEdges, WRAPPED_TITLE_LINES, WRAPPED_TITLE_WORDS } from "./page-header.ts";
import { IN_THE_CHAIR } from "./member-labels.ts";
import { MONTH_PATTERN, parseDate, type DatePrecision, type ParsedDate } from "./dates.ts";
import { readDateLine } from "./date-lines.ts";
import { findDates, type FoundDate } from "./find-dates.ts";
import { detectKind, type DocumentKind } from "./kind.ts";
import { HANDLE_AGE, isHardWrapped, POSTER_BY_DASH, POSTER_STAMP, joinBlocks, joinWrappedLines, questionAsker, splitSentences, STOPS_MID_PHRASE, type Span } from "./segment.ts";
import { normalizeLine } from "./whitespace.ts";
import { splitRunTogetherTurns } from "./run-together-turns.ts";
import { sha256Hex } from "../text/sha256.ts";

export interface Removal {
  lineNumber: number;
  rule: RuleId;
  became: MetadataField | null;
  text: string;
}

export interface DocumentMetadata {
  title: string | null;
  outlet: string | null;
  author: string | null;
  kind: DocumentKind;
  kindBasis: "manifest" | "text";
  publishedDate: string | null;
  publishedPrecision: DatePrecision | null;
  publishedBasis: "stated" | "manifest" | "unknown";
  publishedAsWritten: string | null;
  section: string | null;
  printHeadline: string | null;
}

export interface NormalizedDocument {
  documentId: string;
  sourceFile: string;
  rawSha256: string;
  rawBytes: number;
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  /** Whether the first paragraph is the headline (a page that opens with its text has none). */
  titled: boolean;
  metadata: DocumentMetadata;
  removals: Removal[];
}

interface Line {
  number: number;
  text: string;
  /** The line before whitespace was normalized: page furniture shows in its spacing. */
  raw: string;
}

/**
 * Document id from a file path: its name without extension, lower-cased, other characters as '-'
 * ("Reports/2019 Survey.txt" → "reports-2019-survey"), as it always was for a name in Latin letters.
 * A name with letters of another script loses them to that (every "新疆.txt", "Отчёт.txt" was
 * "document"), so it gets what is left and a hash of the name (NFC), which keeps ids apart: "新疆.txt"
 * → "doc-" and 10 hex digits, "新疆 2020.txt" → "2020-" and 10. An id is at most 80 characters: a
 * longer one is cut and given the hash too (the text is published under the id).
 */
export function documentIdFor(sourceFile: string): string {
  const maxLength = 80;
  const slug = (base: string) => base.toLowerCase().replace(/[^a-z0-9_]+/g, "-").replace(/^[-_]+|-+$/g, "");
  const id = slug(sourceFile.replace(/\.[^./]*$/, ""));
  if (id !== "" && id.length <= maxLength && !/(?!\p{Script=Latin})\p{L}/u.test(sourceFile)) return id;
  const name = sourceFile.normalize("NFC");
  // What Latin letters there are keep their base letter ("ü" → "u", fullwidth "ａ" → "a"; "ß", "ø" and the like do not decompose).
  const letters: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };
  const readable = slug(name.replace(/\.[^./]*$/, "").normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[ßæœøłđðþı]/g, (c) => letters[c]!));
  const hash = sha256Hex(name).slice(0, 10);
  return readable === "" ? `doc-${hash}` : `${readable.slice(0, maxLength - hash.length - 1).replace(/[-_]+$/, "")}-${hash}`;
}

const HEADLINE_CREDIT_TEXT = /^(\p{Lu}.{10,200}?) (\((?:[\w-]+\.)+[a-z]{2,}(?:\/[\w ]{1,20})?\) Updated: \d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?) (\p{Lu}.*)$/u;

// "Tibet Autonomous Region | |": an infobox's caption, set as a table's first row with its cells left empty.
const EMPTY_CELLS = /(?<=\S)(?: \|)+$/;

// What an infobox's rows under a wiki's tagline read as, and are not: the page's byline, date or outlet.
const INFOBOX_MISREAD: ReadonlySet<RuleId | null> = new Set<RuleId>(["byline", "dateline", "outlet-line"]);

const CAPITALS_HEADLINE = /^\p{Lu}[\p{Lu}\d ,'’:;-]{10,160}$/u;
const TIMED_ROW = /^(\d{1,2}:\d{2}(?::\d{2})?\.\d{1,3}) \| (.*?\S)(?: \|)?$/;
// ("00:41According to the county relocation office, each person ...": a caption's clock run into its words as a video
// page's transcript is copied; not "12:30PM", a clock and its half of the day.)
const CLOCK_RUN_INTO_WORDS = /^(\d{1,2}:\d{2}(?::\d{2})?)(?![AaPp]\.?[Mm]\b)([\p{Lu}"“].*)$/u;
const CLOCKED_WORDS = 5;

/** A caption's clock and its words, when a line runs the one into the other and the words are a caption's; else null. */
function clockedWords(text: string): RegExpExecArray | null {
  const clocked = CLOCK_RUN_INTO_WORDS.exec(text);
  return clocked !== null && wordCount(clocked[2]!) >= CLOCKED_WORDS ? clocked : null;
}
const ICON_TEXT = / ORCID Icon(?= |,|$)/g;

export function normalizeDocument(file: DecodedFile, entry?: SourceEntry): NormalizedDocument {
  const lines: Line[] = [];
  // ("China鈥檚": an English page's punctuation read as GBK upstream, put back.)
  // ("Council』s": an apostrophe a converter made a corner bracket, put back.)
  const latinPage = isLatinPage(file.text);
  const source = latinPage ? repairCornerApostrophes(repairGbkPunctuation(file.text)) : file.text;
  // The words of a transcript's timed rows: what someone said, never the page's headline.
  const spoken = new Set<Line>();
  source.normalize("NFC").split("\n").forEach((raw, k) => {
    const text = normalizeLine(raw);
    // ("date 2021-02-25 Analysis: China's ...": a page's date glued before its first line is a line of its own,
    // so the headline or dateline after it reads as one.)
    // ("1 November 2017 Determinants of Engagement in ...": a paper's date run into its title, near the top.)
    const glued = lines.length === 0 ? GLUED_DATE.exec(text) : lines.length < HEADER_LINES ? DATED_HEADLINE.exec(text) : null;
    // ("Workshops provide jobs in Yongzhou by Jin Ling,February 04, 2019 Adjust font size:": the headline, then its byline.)
    const signed = glued === null && lines.length < HEADER_LINES ? HEADLINE_BYLINE.exec(text) : null;
    // ("($1 = 6.3438 Chinese yuan renminbi) (Reporting by Adam Jourdan; Editing by Eric Meijer)": a wire story's
    // credits closing the line of its last note are a line of their own.)
    const credited = glued === null && signed === null ? CREDITS_AFTER_NOTE.exec(text) : null;
    // ("China gains ground on ... list (chinadaily.com.cn/agencies) Updated: 2005-09-09 15:54 China has risen ...":
    // a page's first line running its headline, the site's credit and date, and its text together.)
    const runTogether = lines.length === 0 && glued === null && signed === null && credited === null ? HEADLINE_CREDIT_TEXT.exec(text) : null;
    // ("Updated: 2008-07-08 20:47 BEIJING -- The number of ...": a date label and its value running into the text.)
    const labelledDate = lines.length < HEADER_LINES && runTogether === null && glued === null && signed === null && credited === null ? DATE_LABEL_THEN_TEXT.exec(text) : null;
    // ("0:39.7 | The provincial transport department says it built |": a transcript's row, the time and a line of the
    // words between bars; the time is the player's, and the words run on into the next row's.)
    const timed = runTogether === null && labelledDate === null && glued === null && signed === null && credited === null ? TIMED_ROW.exec(text) ?? clockedWords(text) : null;
    if (timed) {
      const words = { number: k + 1, text: timed[2]!, raw: timed[2]! };
      lines.push({ number: k + 1, text: timed[1]!, raw: timed[1]! }, words);
      spoken.add(words);
    }
    else if (runTogether) lines.push(...runTogether.slice(1, 4).map((part) => ({ number: k + 1, text: part, raw: part })));
    else if (labelledDate) lines.push({ number: k + 1, text: labelledDate[1]!, raw: labelledDate[1]! }, { number: k + 1, text: labelledDate[2]!, raw: labelledDate[2]! });
    else if (credited) lines.push({ number: k + 1, text: credited[1]!, raw: credited[1]! }, { number: k + 1, text: credited[2]!, raw: credited[2]! });
    else if (signed && personNameForm(signed[2]!.split(" ")) !== null) lines.push({ number: k + 1, text: signed[1]!, raw: signed[1]! }, { number: k + 1, text: `By ${signed[2]}, ${signed[3]}`, raw: `By ${signed[2]}, ${signed[3]}` });
    else if (glued) lines.push({ number: k + 1, text: glued[1]!, raw: glued[1]! }, { number: k + 1, text: glued[2]!, raw: glued[2]! });
    // ("Dilnoza Karimova ORCID Icon & Peter Lindahl": an icon's alternative text left between a paper's authors.)
    else if (text !== "") lines.push({ number: k + 1, text: lines.length < HEADER_LINES ? text.replace(ICON_TEXT, "") : text, raw });
  });

  const removals: Removal[] = [];
  const book = new FieldBook();
  // ("Source: Gansu Daily Apr. 12, 2022" under one item, "Source: Yunnan Net Apr. 14, 2022" under the next: a digest
  // credits each item to the paper it came from; none of them publishes the page.)
  const itemSources = new Set(lines.filter((l) => ITEM_SOURCE.test(l.text)).map((l) => l.text));
  const digest = itemSources.size >= DIGEST_SOURCES;
  // Whether a briefing's list of who took part ("Speakers:", "Chairperson:") has been removed above.
  let participantsListed = false;
  // Whether a board member's box has been removed above: a post has begun.
  let inPost = false;
  const remove = (line: Line, rule: RuleId, named: MetadataField | null, credits: Partial<Record<MetadataField, string>> = {}, aboveTitle = false, pastHeader = false) => {
    const itemCredit = digest && itemSources.has(line.text);
    // ("By Tenzin Lhundup | China Daily | Updated: ..." inside a post under a member's box: the byline of an article the
    // member pasted, whose writer writes on the page too, but whose paper and day are not the page's.)
    const pasted = inPost && rule === "byline" && credits.outlet !== undefined;
    inPost ||= rule === "member-profile";
    const [became, found] = itemCredit ? [null, {}] : pasted ? [named, credits.author === undefined ? {} : { author: credits.author }] : [named, credits];
    // ("Chairperson:" ... "Date:" then "March 12, 2020": the day the briefing was held, the page's date
    // only when the page states no other, as an update's is.)
    const eventDay = rule === "dateline" && participantsListed && found.published !== undefined && /^date\s*:?$/i.test(removals.at(-1)?.text ?? "");
    if (rule === "labelled-metadata" && PARTICIPANTS_LABEL_ALONE.test(line.text)) participantsListed = true;
    // (A line read as two, a date glued before a headline, is one row: both parts taken out join again.)
    const sameLine = removals.at(-1);
    if (sameLine?.lineNumber === line.number) {
      sameLine.text = `${sameLine.text} ${line.text}`;
      sameLine.became ??= became;
    } else removals.push({ lineNumber: line.number, rule, became, text: line.text });
    book.add(rule, eventDay ? { updated: found.published! } : found, aboveTitle, line.text, pastHeader);
  };

  // The header read before the title is known: every line of the page's top with the rule it matches.
  const header: { hit: RuleHit | null }[] = [];
  let previousRule: RuleId | null = null;
  const texts = lines.map((l) => l.text);
  const headerLines = headerLength(texts);
  // ("Chen Quanguo" over "From Wikipedia, the free encyclopedia" over an infobox: the name over a wiki's
  // tagline is the page's title, and the infobox under it gives the subject's posts, deputies and
  // dates, never the page's byline, date or outlet.)
  const tagline = lines.slice(0, headerLines).findIndex((l) => WIKI_TAGLINE.test(l.text));
  for (let k = 0; k < headerLines; k++) {
    const line = lines[k]!;
    let hit: RuleHit | null = null;
    if (k < 3 && siteOfLogo(line.text) === null && isLeadingSectionLabel(line.text, lines[k + 1]?.text)) hit = { rule: "leading-section-label", became: null, fields: {} };
    else {
      const context: LineContext = { line: line.text, previous: lines[k - 1]?.text, next: lines[k + 1]?.text, twoAhead: lines[k + 2]?.text, title: undefined, inHeader: true, afterTitleOrDateline: false, raw: line.raw, previousRule, latinPage, lineIndex: k, twoBack: lines[k - 2]?.text };
      for (const rule of CHROME_RULES) if ((hit = rule(context))) break;
    }
    if (tagline >= 0 && (k === tagline - 1 || k > tagline) && hit !== null && INFOBOX_MISREAD.has(hit.rule)) hit = null;
    header.push({ hit });
    previousRule = hit?.rule ?? null;
  }
  // (An encyclopedia's page is named for the subject its lead opens on, whatever its tabs and infobox set above.)
  const subjectLine = encyclopediaTitle(texts);
  const picked = subjectLine !== null && subjectLine < header.length && (header[subjectLine]!.hit === null || header[subjectLine]!.hit!.rule === "leading-section-label") ? subjectLine : chooseTitle(header.map((h, k) => ({ text: lines[k]!.text, rule: h.hit?.rule ?? null, number: lines[k]!.number })));
  // ("High-altitude relocation in Tibet" over a post whose title bar repeats it, "... Empty Re: ..."): a board's thread
  // title, named again over each post.)
  const barred = lines.find((l) => isIconTitleBar(l.text))?.text.split(" Empty ")[0];
  const threadTitle = barred === undefined ? -1 : lines.slice(0, headerLines).findIndex((l) => l.text === barred);
  // (A repository's record names its item's title in its "dc.title" row: the header's line that reads so is the title.)
  const record = dublinCoreRecord(texts);
  // (Or in the line it asks to be cited by, "Suggested Citation" over 'Name & Name, 2022. "Title," Journal, ...'.)
  const cited = record === null ? pageCitation(texts) : null;
  const itemTitle = record?.title ?? cited?.title;
  const recordTitle = itemTitle === undefined ? -1 : texts.slice(0, headerLines).indexOf(itemTitle);
  const chosen = threadTitle >= 0 ? threadTitle : recordTitle >= 0 ? recordTitle : picked !== null && spoken.has(lines[picked]!) ? null : picked;
  // ("The location of the workshop ... behind." over "(Valley Daily Online/Du Ming)": a photo's caption, no headline.)
  // ("LISU FAMILIES FIND NEW FOOTING IN NUJIANG TOWNS" over "Relocated residents turn to ..." over "- By LI WENJING ...": a
  // print page's headline in capitals over its standfirst and byline.)
  const inCapitals = chosen !== null && chosen > 0 && header[chosen - 1]?.hit == null && header[chosen + 1]?.hit?.rule === "byline" && CAPITALS_HEADLINE.test(lines[chosen - 1]!.text) && wordCount(lines[chosen - 1]!.text) >= 5 && /\p{Ll}/u.test(lines[chosen]!.text);
  // ("Illness, Debt and the Poverty Line:" over "Medical Spending Shocks in Rural Gansu": the headline's first part, ending
  // on its colon, over the part taken for it.)
  // ("White Paper Issued" over "On Poverty Relief in Western China": or its first line, too short to be taken for it.)
  // ("FENCES AND FUTURES" over "Herder Settlement and ...": a cover's title in capitals, which may read as a section's label.)
  const firstPart = chosen !== null && chosen > 0 && (header[chosen - 1]?.hit == null || (header[chosen - 1]!.hit!.rule === "leading-section-label" && COVER_TITLE_IN_CAPITALS.test(lines[chosen - 1]!.text))) && headlineRunsOn(lines[chosen - 1]!, lines[chosen]!) ? chosen - 1 : null;
  // ("A- A+ Read 2,341" over "YINING, Sept. 9 (Xinhua) --": a line a header rule took out is no headline over the dateline.)
  const overDateline = titleOverDateline(lines, chosen);
  // ("Butuo County" over "Butuo County, Liangshan Yi Autonomous Prefecture, Sichuan Province": an entry's name over the
  // same name with where it lies, the line taken for the headline; the name is the title.)
  const nameOverItsPlace = chosen !== null && chosen > 0 && (header[chosen - 1]?.hit == null || header[chosen - 1]!.hit!.rule === "leading-section-label") && lines[chosen]!.text.startsWith(`${lines[chosen - 1]!.text}, `);
  const pickedIndex = nameOverItsPlace ? chosen! - 1 : (overDateline !== null && header[overDateline]?.hit == null ? overDateline : null) ?? firstPart ?? (inCapitals ? chosen! - 1 : chosen !== null && captionOverCredit(lines, chosen) ? null : chosen);
  // ("E-commerce Poverty Alleviation and Household" / "Income in Dongxiang Autonomous County, Gansu:" / "A Field Survey": a
  // PDF's title wrapped over the lines of one block, each in title case; the line taken may be any of them.)
  // (The block is looked at first: whether the whole text is wrapped at a width sorts every line's length.)
  const block = pickedIndex === null ? null : wrappedTitle(lines, header.map((h) => h.hit), pickedIndex);
  // ("Feeding the Next Generation:" / "School Meals and Child Growth in Liangshan" / "Yi Autonomous Prefecture": or a block
  // whose line breaks after the title's colon or mid-phrase, which says so on a page not wrapped at a width.)
  // ("People's Republic of China: Aksu Rural Water Supply" over "and Orchard Livelihoods Project": or a line under it goes on in lower case.)
  const wrapped = block !== null && (isHardWrapped(lines) || lines.slice(block.first, block.last).some((l) => /:$/.test(l.text) || STOPS_MID_PHRASE.test(l.text)) || lines.slice(block.first + 1, block.last + 1).some((l) => GOES_ON_IN_LOWER_CASE.test(l.text))) ? block : null;
  const titleIndex = wrapped?.first ?? pickedIndex;
  const titleEnd = wrapped?.last ?? titleIndex ?? -1;
  // Above the title: mastheads, menus, breadcrumbs, spam; a line no rule names is the page's furniture too.
  // ("issuhub.com" over a trail, on a page whose headline no rule found: the site's address still heads the page.)
  const first = titleIndex ?? (header[0]?.hit == null && header[1]?.hit != null && SITE_ADDRESS_ALONE.test(lines[0]?.text ?? "") ? 1 : 0);
  // The masthead is the page's first line, past spam, render chrome and a tracker's stray token ("fbpx").
  let top = 0;
  while (top < first && (LEADING_JUNK.has(header[top]?.hit?.rule ?? "") || STRAY_TOKEN.test(lines[top]!.text))) top++;
  // The government body a masthead names, when it does.
  let mastheadBody: string | null = null;
  const wikiAt = lines.slice(0, first).findIndex((l, k) => WIKI_FARM_NAME.test(l.text) && (WIKI_PAGE_COUNT.test(lines[k + 1]?.text ?? "") || / Pages\b/.test(l.text)));
  for (let k = 0; k < first; k++) {
    if (k === wikiAt) {
      remove(lines[k]!, "outlet-line", "outlet", { outlet: WIKI_FARM_NAME.exec(lines[k]!.text)![1]! }, true);
      continue;
    }
    // (A title found under the header, over a wire's dateline, leaves lines above it that no header rule read.)
    const hit = header[k]?.hit ?? null;
    // ("China and ASEAN ..." / "People’s Daily" / "China and ASEAN ...": a paper's name between the headline and
    // its repetition, the story's source.)
    const betweenHeadlines = k === first - 1 && k > 0 && lines[k - 1]!.text === lines[first]!.text && namesPublisher(lines[k]!.text);
    // ("Field Notes Asia" over "Ep. 41: Herders, Houses and ...": a show's name right over its episode's title.)
    const showOverEpisode = k === first - 1 && titleIndex !== null && EPISODE_TITLE.test(lines[first]!.text);
    const masthead = (k === top || betweenHeadlines || showOverEpisode) && wikiAt < 0 && (!hit || hit.rule === "leading-section-label") ? (betweenHeadlines ? lines[k]!.text : mastheadName(lines[k]!.text, k === first - 1)) : null;
    // ("PressReader" over "China Daily Global Edition (USA)" over the day: a reading site's name over the paper it carries,
    // which a line below names as a paper's name reads; the paper is the outlet.)
    const carried = masthead !== null && !namesPublisher(masthead) && header.slice(k + 1, first).some((h) => h.hit?.rule === "outlet-line" && namesPublisher(h.hit.fields?.outlet ?? ""));
    // ("China news: Beijing's 'cliff village' move ... | World | News | Daily Courier": the browser's title, which a link
    // list's rule may have taken, names the site after the headline.)
    const browserTitled = hit?.rule === "link-list" && titleIndex !== null ? siteAfterHeadline(lines[k]!.text, lines[titleIndex]!.text) : null;
    // ("China SCIO Home | Press Room | Policies | ...": the site's name set before its menu, on the page's first line.)
    const menuSite = k === 0 && (hit?.rule === "site-navigation" || hit?.rule === "link-list") ? SITE_BEFORE_MENU.exec(lines[k]!.text)?.[1] ?? null : null;
    // ("Baidu Baike  Webpage  News  Tieba ...": an encyclopedia's name opening its own menu.)
    const encyclopedia = k === 0 ? ENCYCLOPEDIA_BEFORE_MENU.exec(lines[k]!.raw)?.[1] ?? null : null;
    if (encyclopedia !== null) remove(lines[k]!, "outlet-line", "outlet", { outlet: encyclopedia }, true);
    else if (masthead && !carried) {
      remove(lines[k]!, "outlet-line", "outlet", { outlet: masthead }, true);
      mastheadBody ??= ISSUING_BODY.test(masthead) ? masthead : null;
    }
    else if (carried) remove(lines[k]!, "above-title", null);
    else if (browserTitled !== null) remove(lines[k]!, "repeated-title", "outlet", { outlet: browserTitled }, true);
    else if (menuSite !== null && !SECTION_NAME.test(menuSite)) remove(lines[k]!, "outlet-line", "outlet", { outlet: menuSite }, true);
    else if (hit) remove(lines[k]!, hit.rule, hit.became, hit.fields, true);
    // (The thread's title above a post that repeats it: the same words, so a repetition.)
    else {
      // "Per capita income ... exceeds 10,000 yuan - Exclusive - Tibetol": the browser's title, the headline and then the site.
      const site = titleIndex === null ? null : siteAfterHeadline(lines[k]!.text, lines[titleIndex]!.text);
      if (site !== null) remove(lines[k]!, "repeated-title", "outlet", { outlet: site }, true);
      else remove(lines[k]!, titleIndex !== null && lines[k]!.text === lines[titleIndex]!.text ? "repeated-title" : "above-title", null);
    }
  }
  let titleLine = titleIndex === null ? undefined : lines[titleIndex];
  const aboveTitle = new Set(lines.slice(0, first).map((l) => l.text));
  const body: Line[] = [];
  if (titleLine) body.push(titleLine);

  let inHeader = true;
  let afterTitleOrDateline = true;
  // Past a blog post's footer ("Posted by ... at 7:42 PM") the days are its comments' stamps, not the post's.
  let pastPostFooter = false;
  // The writer the byline just read names, whose note on themself may follow.
  let writerNamed: string | null = null;
  previousRule = null;
  for (let k = titleIndex === null ? first : first + 1; k < lines.length; k++) {
    const line = lines[k]!;
    // (The title's wrapped lines are the title's, whatever a rule would read them as.)
    if (k <= titleEnd) {
      body.push(line);
      continue;
    }
    // (A standfirst under the headline, then "Claire Osei-Bonsu | 18 June 2024": the writer's name beside the day opens the
    // header again.)
    if (!inHeader && titleIndex !== null && k === titleEnd + 2 && (readDateLine(line.text)?.author ?? null) !== null) inHeader = true;
    // ("Kazakh and Tuvan families ..." over "[Author box]" over "Li Qiao": or a writer's name under a box's label, which the
    // header's rules read as a byline.)
    if (!inHeader && titleIndex !== null && k === titleEnd + 3 && BOX_LABEL.test(lines[k - 1]!.text) && CHROME_RULES.some((rule) => rule({ line: line.text, previous: lines[k - 1]?.text, next: lines[k + 1]?.text, title: titleLine?.text, inHeader: true, afterTitleOrDateline: false, raw: line.raw, previousRule, latinPage, lineIndex: k })?.rule === "byline")) inHeader = true;
    const context = {
      line: line.text,
      previous: lines[k - 1]?.text,
      next: lines[k + 1]?.text,
      twoAhead: lines[k + 2]?.text,
      twoBack: lines[k - 2]?.text,
      title: titleLine?.text,
      inHeader,
      afterTitleOrDateline,
      raw: line.raw,
      previousRule,
      latinPage,
      lineIndex: k,
    };
    let matched: RuleHit | null = null;
    for (const rule of CHROME_RULES) {
      matched = rule(context);
      if (matched) break;
    }
    // ("Fanghuiju" over "Last updated 9 August 2022" over the tagline: a mirror's day over the tagline is the page's.)
    if (tagline >= 0 && k >= tagline - 1 && inHeader && matched !== null && INFOBOX_MISREAD.has(matched.rule)) matched = null;
    if (pastPostFooter && matched?.rule === "dateline") matched = { rule: "comment-widget", became: null, fields: {} };
    // ("Silk Road Dialogue" / "China Horizon Radio" over the episode's title, the show's name again under it over the day:
    // a name the page set above its title is the show's or the site's, no writer's.)
    if (matched?.rule === "byline" && matched.fields.author === line.text && aboveTitle.has(line.text)) matched = { rule: "byline", became: null, fields: {} };
    previousRule = matched?.rule ?? null;
    if (matched) {
      pastPostFooter ||= matched.rule === "byline" && BLOG_FOOTER.test(line.text);
      writerNamed = matched.rule === "byline" ? matched.fields.author ?? writerNamed : null;
      remove(line, matched.rule, matched.became, matched.fields, false, !inHeader);
      // (A repetition of the title, a paper's title page under a sharing site's header, is the title again.)
      afterTitleOrDateline = matched.rule === "dateline" || matched.rule === "byline" || matched.rule === "outlet-line" || matched.rule === "repeated-title";
      // (A standfirst under the headline, then "By A and B" over "Photography by C" or the day: the byline opens the
      // header again, when one line stands between it and the title and a credit or a date line follows it.)
      const creditOrDay = () => lines[k + 1] !== undefined && (PICTURES_CREDIT.test(lines[k + 1]!.text) || readDateLine(lines[k + 1]!.text) !== null);
      if (matched.rule === "byline" && titleIndex !== null && k === titleEnd + 2 && creditOrDay()) inHeader = true;
      continue;
    }
    afterTitleOrDateline = false;
    // (A photo's caption just under the headline, "... on Jan. 12, 2018. AFP/Getty Images", ends no header: the
    // writer's name and the day may stand under it.)
    // ("Li Qiao" over "Li Qiao covers rural development ...": a writer's note on themself, under their name, keeps the header open.)
    const writerNote = inHeader && writerNamed !== null && line.text.startsWith(`${writerNamed} `);
    writerNamed = null;
    if (isProseLine(line.text) && !writerNote && !(inHeader && titleIndex !== null && body.length <= CAPTION_UNDER_TITLE && isPhotoCaption(line.text))) inHeader = false;
    body.push(line);
  }

  // Text set in lines of one width (from a PDF or an e-mail) is joined line to line within each
  // blank-line-separated block; other text keeps a line per paragraph unless a line plainly continues.
  // (The headline is a paragraph of its own, even over subtitles' lines that run on one into the next;
  // unless the line taken for it runs on itself, into a line in lower case; a headline set in capitals,
  // "FIRST AID" over an excerpt opening mid-sentence, never does.)
  // ("MOVED FOR WORK: STATE LABOR TRANSFER AND" over "RURAL POVERTY IN WESTERN CHINA", no blank line between: a headline
  // set over two lines is one headline, and one paragraph.)
  // (A title over its subtitle is named with a colon between them, as one line would set it.)
  const subtitled = titleLine !== undefined && body[1] !== undefined && titleEnd === titleIndex && subtitleUnder(titleLine, body[1]) ? titleLine.text : null;
  if (titleLine !== undefined && body[1] !== undefined && (headlineRunsOn(titleLine, body[1]) || titleEnd > titleIndex!)) {
    const parts = titleEnd > titleIndex! ? titleEnd - titleIndex! + 1 : 2;
    titleLine = { ...titleLine, text: body.slice(0, parts).map((l) => l.text).join(" ") };
    body.splice(0, parts, titleLine);
  }
  const apart = titleLine !== undefined && ((!/^\p{Ll}/u.test(body[1]?.text ?? "") && !STOPS_MID_PHRASE.test(titleLine.text)) || !/\p{Ll}/u.test(titleLine.text));
  const rest = apart ? body.slice(1) : body;
  const joined = isHardWrapped(body) ? joinBlocks(rest) : joinWrappedLines(rest.map((l) => l.text));
  const paragraphTexts = apart && titleLine !== undefined ? [titleLine.text, ...joined.flatMap(splitRunTogetherTurns)] : joined.flatMap(splitRunTogetherTurns);
  const paragraphs: Span[] = [];
  const sentences: Span[] = [];
  let offset = 0;
  for (const paragraph of paragraphTexts) {
    paragraphs.push({ start: offset, end: offset + paragraph.length });
    for (const sentence of splitSentences(paragraph, offset)) sentences.push(sentence);
    offset += paragraph.length + 2;
  }
  const text = paragraphTexts.length === 0 ? "" : `${paragraphTexts.join("\n\n")}\n`;

  // "date 2020-11-15 A villager ...": a page's date glued in front of its first paragraph.
  // ("date 2020-09-18 Skip to main content": on a line of chrome above the title.)
  const leading = leadingDate(lines[0]?.text, paragraphTexts[0]);
  if (leading) book.add("dateline", { published: leading }, false);
  // "URUMQI, July 4 (Xinhua) --", "Burqin, Aug. 5 (Correspondent Dinara Serik)": a dateline's credit.
  // It may stand under a standfirst, so the first three paragraphs are read; and under a story's highlights
  // set as bullets ("* There will be 37.57 million mu ..."), which are passed over.
  const openingFrom = titleLine ? 1 : 0;
  let highlights = 0;
  while (highlights < MAX_HIGHLIGHTS && HIGHLIGHT.test(paragraphTexts[openingFrom + highlights] ?? "")) highlights++;
  const opening = paragraphTexts.slice(openingFrom + highlights, openingFrom + highlights + 3);
  // "by Xinhua Writers Sun Zhennan, Gao Han, Zhao Ge" under the highlights: a byline the header did not reach.
  book.guess(bylineParagraph(opening));
  book.credit(opening.map(datelineCredit).find((credit) => Object.keys(credit).length > 0) ?? {});
  book.guess(correspondentCredit(opening));
  // "Editor's note: The following article was written by Yu Xueyong, ...": the author, in a note.
  const writer = writtenBy(opening);
  if (writer) book.guess({ author: writer });
  // ("Prepared by the ... Project Management Office for the Asian Development Bank.", "This report was researched and written by ...".)
  book.guess(reportWriters(paragraphTexts));
  // ("... to brief the media on ... in Guizhou.  July 10, 2024": the page's day set apart at the end of its summary.)
  const summaryDay = body.slice(titleLine ? 1 : 0, 4).map((l) => DAY_AFTER_SUMMARY.exec(l.raw)?.[1]).find((d) => d !== undefined);
  // ("The SCIO held a press conference on June 3 ...  June 9, 2021": the page's day, after its summary, over the day of the
  // event a transcript's header sets under its speakers.)
  if (summaryDay) book.surest({ published: summaryDay });
  // (The history may run on from the title's own line, in a paper's first page read as one paragraph.)
  const history = paperPublished(paragraphTexts.slice(0, 4));
  if (history) book.guess({ published: history });
  const paper = publishedIn(opening);
  if (paper) book.guess({ outlet: paper });
  const atFoot = siteNamedAtFoot(paragraphTexts);
  if (atFoot) book.guess({ outlet: atFoot });
  // "told the Global Times": the outlet at work in its own copy, when nothing else names it.
  const selfNamed = selfNamedOutlet(text);
  if (selfNamed) book.guess({ outlet: selfNamed });
  // "..., Oxfam said today.": a press release's issuer, speaking in its opening paragraph.
  const headerTexts = lines.slice(0, HEADER_LINES).map((l) => l.text);
  const issuer = pressReleaseIssuer(opening) ?? labelledReleaseIssuer(headerTexts, opening[0]);
  if (issuer) book.guess({ outlet: issuer });
  // '... keep working hard." (People's Daily)': the paper the story came from, credited at its end.
  const credited = trailingCredit(paragraphTexts);
  if (credited) book.guess({ outlet: credited });
  // "(People's Daily January 4, 2002)" under the last paragraph: the paper and the day, when nothing above says.
  book.guess(closingCredit(paragraphTexts));
  // (". . . via Reuters" under a reblogged story: the copy's source, over the blog's masthead.)
  const reblogged = reblogSource(paragraphTexts);
  if (reblogged) book.credit({ outlet: reblogged });
  const liveDay = liveEntryDay(paragraphTexts);
  if (liveDay) book.guess({ published: liveDay });
  // ("Player FM - Podcast App" over "Content provided by Meridian Audio. All podcast content ...": a listening app's page, the
  // show its maker's.)
  const provider = lines.slice(0, HEADER_LINES).map((l) => CONTENT_PROVIDED_BY.exec(l.text)?.[1]).find((name) => name !== undefined);
  if (provider) book.surest({ outlet: provider });
  // ("BuzzJack Music Forum _ News and Politics _ ...": the forum a thread's title names is the page's site, over what its posts cite.)
  const forum = forumOfTitle(titleLine?.text);
  if (forum) book.credit({ outlet: forum });
  // ("2019年CRI Rural boarding schools ...(在线收听": a listening site's label names the year and the broadcaster.)
  const yearAndStation = YEAR_AND_STATION.exec(titleLine?.text ?? "");
  if (yearAndStation) book.guess({ outlet: yearAndStation[2]!, published: yearAndStation[1]! });
  // ("Thread by Mei Lin (@MeiLinEcon)": an unrolled thread's writer, named in its title.)
  const threadBy = threadWriter(titleLine?.text);
  if (threadBy) book.guess({ author: threadBy });
  const speaker = speechBy(titleLine?.text) ?? reportSigner(paragraphTexts) ?? closingSigner(paragraphTexts);
  if (speaker) book.guess({ author: speaker });
  const contact = contactReporter(paragraphTexts);
  if (contact) book.guess({ author: contact });
  const reporter = transcriptByline(paragraphTexts);
  if (reporter) book.guess({ author: reporter });
  const broadcaster = reporterIntroOutlet(paragraphTexts);
  if (broadcaster) book.guess({ outlet: broadcaster });
  // (A repository's "dc.creator.author" and "dc.date.issued" rows, surer than any line of its page.)
  if (record !== null) book.surest({ ...(record.author ? { author: record.author } : {}), ...(record.published ? { published: record.published } : {}) });
  // (A citation's authors are all of them, where a header may set one.)
  if (cited?.author) book.surest({ author: cited.author });
  // "((PLAYBOOK SLUG: ... HEADLINE: ... PUBLISHED AT: 9/7/2022 ... BYLINE: Xiao Yu ...))": a broadcaster's script says it all.
  const slug = scriptSlug(headerTexts);
  book.credit({ ...(slug.author ? { author: slug.author } : {}), ...(slug.published ? { published: slug.published } : {}) });
  // "(Alice Su / Los Angeles Times)", "Photo: Shan Jie/ GT": the paper whose photographer took the page's pictures.
  const photographed = photoCreditOutlet(lines.map((l) => l.text));
  if (photographed) book.guess({ outlet: photographed });
  // "Poverty Alleviation Success Stories In Xinjiang | What’s Up China": the site the browser's title names, when nothing else does.
  const titleSite = siteAfterBar(titleLine?.text) ?? siteAfterDash(titleLine?.text);
  if (titleSite) book.guess({ outlet: titleSite });
  // (The maker a document site names with the paper's title beats the site's own name over it.)
  const maker = makerAfterDash(titleLine?.text);
  if (maker) book.credit({ outlet: maker.name, published: maker.date });
  // A forum post's author: the handle just above the member's profile.
  const handle = forumAuthor(lines, removals.find((r) => r.rule === "member-profile")?.lineNumber);
  if (handle) book.guess({ author: handle });
  // ("Li Haoran" / "· Follow" / "Worked on rural development projects ..." / "Answered March 2, 2021": a question-and-answer
  // site's answers, each under its writer's name.)
  const answerers = [...new Set(removals.filter((r) => r.rule === "dateline" && /^Answered\b/.test(r.text)).map((r) => forumAuthor(lines, r.lineNumber)).filter((name) => name !== null))];
  if (handle === null && answerers.length > 0) book.guess({ author: answerers.join("; ") });
  // ("steemit" / ... / "tenzin-walks (54) in #china • 3 years ago" over the post: the thread's poster, near the top.)
  const opener = lines.slice(0, THREAD_POSTER_LINES).map((l) => HANDLE_AGE.exec(l.text)?.[1]).find((h) => h !== undefined);
  if (opener) book.guess({ author: opener });
  // "Posted by rledger at ...": a blog's footer names its writer, where no byline does.
  const poster = blogPoster(removals);
  if (poster) book.guess({ author: poster });
  const starter = originalPoster(lines);
  if (starter) book.guess({ author: starter });
  const asker = questionAsker(lines);
  if (asker) book.guess({ author: asker });
  // ("Post  Sibirskiy_Kot Sat Jun 20, 2020 7:05 pm" over the first post: the thread's starter, and when.)
  // ("By Oxymandias - 17 Mar 2021 09:42" over the first post and again over each reply: the same, where a board so heads its posts.)
  const dashed = lines.filter((l) => POSTER_BY_DASH.test(l.text));
  const stamp = POSTER_STAMP.exec(lines.find((l) => POSTER_STAMP.test(l.text))?.text ?? "") ?? (dashed.length >= THREAD_POSTS ? POSTER_BY_DASH.exec(dashed[0]!.text) : null);
  if (stamp) book.guess({ author: stamp[1]!, published: stamp[2]! });
  // ("Wanderlust_Ines" over "Level Contributor": a travel board's first poster, over the rank it shows in the post, when
  // nothing else names the thread's writer.)
  const ranked = forumAuthor(lines, lines.find((l) => CONTRIBUTOR_LEVEL.test(l.text))?.number);
  if (ranked) book.guess({ author: ranked });
  const host = siteHost(paragraphTexts, book.fields().outlet);
  if (host) book.guess({ author: host });
  const noted = footNotedWriter(paragraphTexts, removals.filter((r) => r.rule === "above-title").map((r) => r.text));
  if (noted) book.guess({ author: noted });
  // ("Blog Post by Guest Blogger for Asia Unbound" over "Jonathan Ferreira-Lau is a postdoctoral fellow at ...": the
  // writer a guest's credit leaves unnamed is the one the note about them names.)
  const guest = removals.some((r) => r.rule === "byline" && GUEST_CREDIT.test(r.text)) ? notedWriter(paragraphTexts) : null;
  if (guest) book.guess({ author: guest });
  // ("SinoDefence Talk > World Affairs > China & Far East" opening the page: a board's trail starts at the site's name.)
  const trailSite = header[0]?.hit?.rule === "breadcrumb" ? siteOfTrail(lines[0]!.text) : null;
  if (trailSite) book.guess({ outlet: trailSite });
  // (A citation's year and journal, only where nothing else on the page says.)
  if (cited !== null) book.guess({ ...(cited.published ? { published: cited.published } : {}), ...(cited.outlet ? { outlet: cited.outlet } : {}) });
  // ("Highland Livelihoods Trust" on the first page of a document site's copy: the report's publisher, not the site.)
  const coverBody = sharedCoverBody(headerTexts);
  if (coverBody) book.surest({ outlet: coverBody });
  const fields = book.fields();
  // ("Business Wire" over "CGTN: Xi Jinping Reviews ...": the release's issuer, not the service that carried it.)
  const issuedBy = distributedIssuer(fields.outlet, titleLine?.text);
  if (issuedBy !== null) fields.outlet = issuedBy;
  // ("Source: english.scio.gov.cn" under "The State Council Information Office of the People's Republic of China": a site's
  // address as the labelled source is the body's own site, which its masthead names.)
  if (mastheadBody !== null && fields.outlet !== undefined && SITE_ADDRESS_ALONE.test(fields.outlet)) fields.outlet = mastheadBody;
  if (fields.outlet !== undefined) fields.outlet = outletAsNamed(fields.outlet);
  // ("Front. Public Health, 14 March 2024" under the masthead "Frontiers in Public Health": a journal's name cut short
  // in its citation line is the masthead's name.)
  const spelledOut = fields.outlet === undefined || !/\p{L}\.(?= |$)/u.test(fields.outlet) ? undefined : removals.find((r) => r.rule === "outlet-line" && shortens(fields.outlet!, r.text));
  if (spelledOut) fields.outlet = spelledOut.text;
  // ("© 2022 Nora Castellano" under a thesis by Nora Castellano: a writer who keeps the copyright publishes nothing.)
  // (A body credited as author, "Author: Valley Bureau of Statistics", is its own publisher too.)
  // ("Solheim, Ingrid Marie" under the title of Ingrid Marie Solheim's thesis: the writer, surname first, is no publisher.)
  if (fields.outlet !== undefined && fields.author !== undefined && authorList(fields.author).split("; ").some((a) => a === fields.outlet || a === surnameLast(fields.outlet!)) && !looksLikePublisher(fields.outlet)) delete fields.outlet;
  // ("Publication date: 2020" over a paper whose history says "...; Published: 26 October 2020": the day, in the year stated.)
  const historyDay = fields.published !== undefined && /^\d{4}$/.test(fields.published.trim()) ? (paperPublished(removals.filter((r) => r.rule === "dateline").map((r) => r.text)) ?? paperPublished(paragraphTexts.slice(0, HISTORY_PARAGRAPHS))) : null;
  if (historyDay !== null && historyDay.includes(fields.published!.trim())) fields.published = historyDay;
  const labelledTitle = removals.some((r) => r.rule === "labelled-metadata" && r.became === "title");
  // The publication date the page states; an update date only when the page gives no other.
  // ("Spokesperson Geng Shuang's Regular Press Conference on September 24, 2019": a day the headline names dates a page that gives no other.)
  const headlineDay = titleLine === undefined ? undefined : findDates(titleLine.text).find((d) => d.precision === "day");
  // ("update:March 28,2017" over "March 23,2017--More than ...": a story's own dateline dates it before an update does.)
  const lede = paragraphTexts[titleLine === undefined ? 0 : 1];
  const ledeDay = lede === undefined ? undefined : DATED_LEDE.exec(lede.slice(0, DATED_LEDE_REACH));
  const ledeDate = ledeDay ? findDates(ledeDay[1]!).find((d) => d.precision === "day") : undefined;
  const stated = statedDate(fields.published) ?? asParsed(ledeDate) ?? statedDate(fields.updated) ?? asParsed(headlineDay);
  const curated = entry?.published !== undefined ? curatedDate(entry.published) : null;
  const date = curated ?? stated;
  const kindFromText = detectKind(paragraphTexts, removals.map((r) => r.rule));
  // ("Submitted by admin on ...": a site's account that put the copy up names no writer beside the one the byline names.)
  const writers = fields.author === undefined ? [] : authorList(fields.author).split("; ").filter((name) => !SITE_ACCOUNT.test(name));
  const author = entry?.author ?? (writers.length === 0 ? null : writers.join("; "));
  // ('"We Were Told the Grass Needed Rest"' on a report's cover: a title that is one quotation whole is named without its marks.)
  const headlineRead = titleLine ? unquoted(withoutWriter(withoutSiteName(withoutCjkEdges(withoutSetApartLabel(titleLine).replace(WIKI_MARKS, "").replace(EMPTY_CELLS, "").replace(IN_THE_CHAIR, "").replace(REPLY_AFTER_TITLE, "").replace(PART_COUNTER_AFTER, "").replace(DOWNLOAD_LEAD, "").replace(SELF_POST_AFTER, ""))), author)) : undefined;
  const titled = headlineRead !== undefined && subtitled !== null && headlineRead.startsWith(`${subtitled} `) ? `${subtitled}: ${headlineRead.slice(subtitled.length + 1)}` : headlineRead;
  // ("English News Deputy county head in Yunnan's Nujiang turns ..." under a menu holding "English News": the section's
  // link the scraper ran into the headline.)
  const headline = titled === undefined ? undefined : withoutMenuLead(titled, removals);
  // ("【Yutian exits poverty: 98,420 people lifted out since 2014】Good news! ...": a microblog post's headline in its brackets,
  // where the page names no other.)
  const bracketed = headline === undefined ? paragraphTexts.slice(0, BRACKETED_HEADLINE_PARAGRAPHS).map((p) => BRACKETED_HEADLINE.exec(p)?.[1]).find((h) => h !== undefined) : undefined;
  const metadata: DocumentMetadata = {
    // A page that labels its headline ("Story:", "Headline:") is taken at its word.
    title: entry?.title ?? (labelledTitle ? fields.title : undefined) ?? slug.title ?? headline ?? bracketed ?? fields.title ?? null,
    // "From:ChinaDaily": a name run together the way a site's template writes it.
    // ("AsiaNews" is a name written so; a paper's kind of word after the place is what ran together.)
    // ("Xinhua English": the service's language is no part of its name; "The World of Chinese" keeps its word.)
    // ("CHINA DAILY" in a byline set in capitals: the name as it is written elsewhere; "CGTN" stays.)
    outlet: entry?.outlet ?? (fields.outlet !== undefined && /^\p{Lu}{2,}(?: \p{Lu}{2,})+$/u.test(fields.outlet) ? nameCased(fields.outlet) : fields.outlet)?.replace(/^(\p{Lu}\p{Ll}+)((?:Daily|Times|Post|Herald|Tribune|Review|Weekly|Journal))$/u, "$1 $2").replace(/(?<=\S)(?<! of) (?:English|Chinese|Français|Español)$/u, "") ?? null,
    author,
    kind: entry?.kind ?? kindFromText,
    kindBasis: entry?.kind !== undefined ? "manifest" : "text",
    publishedDate: date?.date ?? null,
    publishedPrecision: date?.precision ?? null,
    publishedBasis: curated ? "manifest" : stated ? "stated" : "unknown",
    publishedAsWritten: date?.asWritten ?? null,
    section: fields.section ?? null,
    printHeadline: fields.print_headline ?? null,
  };

  return {
    documentId: entry?.id ?? documentIdFor(file.sourceFile),
    sourceFile: file.sourceFile,
    rawSha256: file.rawSha256,
    rawBytes: file.rawBytes,
    text,
    paragraphs,
    sentences,
    titled: titleLine !== undefined,
    metadata,
    removals,
  };
}

// ("China set to eradicate poverty by 2020   Others": a section's label set apart from the headline by a wide gap.)
const SET_APART_LABEL = /^(\S.*?\S)\s{3,}(\S+(?: \S+)?)\s*$/;

function withoutSetApartLabel(line: Line): string {
  const apart = SET_APART_LABEL.exec(line.raw);
  return apart && wordCount(apart[1]!) >= 4 ? normalizeLine(apart[1]!) : line.text.replace(ARCHIVE_VERSION, "").replace(FULL_TEXT_OF, "$1").replace(KIND_BEFORE_TITLE, "");
}

// The label of a box of credits under a standfirst ("[Author box]", "About the author"), not a picture's ("image").
const BOX_LABEL = /^(?:\[[^[\]]{2,30}\]|About (?:the|this) authors?|Authors?|Written by)$/i;

// ("Q&A | After the finish line: ...", "Live | Spring job fair at ...": the kind of piece, set before the headline after a bar.)
// (Not "Opinion | ...", which the project's gold keeps as the headline's own.)
const KIND_BEFORE_TITLE = /^(?:Q ?& ?A|Live|Explainer|Video|Podcast|Watch|In pictures|Photos|Breaking)\s?\|\s(?=\S)/i;

// ("View Full Version : Crop-spraying drones and the cotton harvest": a board's archive copy, its link before the thread's title.)
const ARCHIVE_VERSION = /^View Full Version ?: ?(?=\S)/;
// ('Full text of "Herder Resettlement in Golog"': an archive's page of a document's text, the document's name in quotation marks.)
const FULL_TEXT_OF = /^Full text of "(.+)"$/;

// The title without a wiki's markup around it ("= Poverty in Bangladesh =") or its own footnote's mark ("... Development[1]").
const WIKI_MARKS = /^=+ | =+$|\[\d{1,3}\]$/g;
const HEADLINE_BYLINE = new RegExp(String.raw`^(\p{Lu}[^.!?]{8,200}?[^\s,]) by (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) ?, ?((?:${MONTH_PATTERN})\.? \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})(?: Adjust font size:?)?$`, "u");
// ("date 2020-04 Chinese provinces ...": a month alone too.)
const CREDITS_AFTER_NOTE = new RegExp(String.raw`^(\S.{0,200}?\S) (\(${WIRE_CREDITS_INSIDE}\))$`);
// (Text, not a byline after the date: "Updated: 2018-06-22 By Cao Bin, ... in Lhasa Xinhua (chinadaily.com.cn) Print" is one line of credits.)
const DATE_LABEL_THEN_TEXT = /^((?:Updated|Published|Posted|Date)\s?:\s?\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?) ((?!By\b)\p{Lu}\S* (?:.{118,}|.{40,117}[.!?"”]))$/u;
const GLUED_DATE = /^(date \d{4}-\d{2}(?:-\d{2})?) (\S.*)$/i;
const DATED_HEADLINE = /^(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}) (\p{Lu}[\p{L}'’-]*(?: [\p{L}'’:,-]+){3,30})$/u;
const DAY_AFTER_SUMMARY = new RegExp(`[.!?]["”’]?\\s{2,}(${MONTH_PATTERN}\\.? \\d{1,2}, \\d{4})\\s*$`);
const SITE_ADDRESS_ALONE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|info|io|co|uk|in|pk)$/i;
// Lines a page may open with before its masthead: spam, render chrome, a notice, a script's share bar, a "Skip to main content" link.
// How far into a paper's text its history ("Received: ...; Published: ...") is looked for.
const HISTORY_PARAGRAPHS = 60;
const YEAR_AND_STATION = /^((?:19|20)\d{2})年([A-Z]{2,6}) /;
const CONTENT_PROVIDED_BY = /^Content provided by (\p{Lu}[\p{L}\p{N}&'’ -]{1,60}?)\. /u;
const EPISODE_TITLE = /^(?:Ep\.|Episode|EP) ?\d{1,4}\b/;
// ("FANDOM" ... "China Local Officials Wiki" over "1,284 Pages": a wiki farm's page, whose wiki, not the farm, published it.)
const WIKI_FARM_NAME = /^(\p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,5} Wiki)(?:\s{2,}[\d,]{1,9} Pages\b.*)?$/u;
const WIKI_PAGE_COUNT = /^[\d,]{1,9} Pages\b/;
const LEADING_JUNK: ReadonlySet<string> = new Set(["advertising", "render-chrome", "cookie-notice", "foreign-script", "site-navigation"]);
// "fbpx", "amp": a tracker's or a template's token left alone on the first line.
const STRAY_TOKEN = /^[a-z0-9_]{2,12}$/;

/** The headline without a menu's item of two words or more that the page's menu lists and that runs into it. */
function withoutMenuLead(headline: string, removals: readonly Removal[]): string {
  const items = removals.filter((r) => r.rule === "site-navigation").flatMap((r) => r.text.split(/ \| | {2,}/)).map((item) => item.trim()).filter((item) => item.includes(" "));
  const lead = items.find((item) => headline.startsWith(`${item} `) && /^\p{Lu}/u.test(headline.slice(item.length + 1)) && wordCount(headline.slice(item.length + 1)) >= MENU_LEAD_REST_WORDS);
  return lead === undefined ? headline : headline.slice(lead.length + 1);
}
const MENU_LEAD_REST_WORDS = 4;

/** "The Asia Ledger", "ASIA HORIZON MAGAZINE", "example.com": a page's masthead above its headline, as its outlet. */
/** The site's name after a copy of the headline ("Headline - Section - Site", "Headline | Site"), or null. */
function siteAfterHeadline(line: string, headline: string): string | null {
  if (line.length <= headline.length || !line.startsWith(headline)) return null;
  const parts = line.slice(headline.length).split(/\s+[-|–—]\s+/);
  if (parts[0] !== "" || parts.length < 2) return null;
  const site = parts[parts.length - 1]!.trim();
  return wordCount(site) <= 5 && /^[\p{Lu}\p{N}]|^[a-z0-9-]+\.[a-z]{2,}/u.test(site) && !SECTION_NAME.test(site) && !PAGE_KIND.test(site) ? site : null;
}

// A site's name as a trail's first step: two to five capitalised words, or one with a capital inside it ("PPRuNe").
const TRAIL_SITE = /^(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4}|\p{Lu}\p{Ll}*\p{Lu}[\p{L}]*)$/u;

const SITE_BEFORE_MENU = /^(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}) Home (?:\||[>›»·•])/u;

/** The site a trail opening the page starts from, where its first step names one rather than "Home" or a section. */
function siteOfTrail(trail: string): string | null {
  const parts = trail.split(/ [>›»] /);
  const first = parts[0]!.trim();
  if (parts.length < 2 || !TRAIL_SITE.test(first) || /^Home\b/i.test(first) || SECTION_NAME.test(first) || PAGE_KIND.test(first) || listedLevel(first.split(" ")[0]!) !== undefined) return null;
  return first;
}

/** A title set wholly inside one pair of quotation marks, without them; any other title as it is. */
function unquoted(title: string): string {
  const whole = /^["“]([^"“”]+)["”]$/.exec(title);
  return whole ? whole[1]! : title;
}

/** Whether `short` is `name` with words cut to their first letters and a stop ("Front. Public Health" of "Frontiers in Public Health"). */
function shortens(short: string, name: string): boolean {
  const words = name.split(" ");
  let k = 0;
  for (const w of short.split(" ")) {
    const stem = w.endsWith(".") ? w.slice(0, -1) : null;
    while (k < words.length && (stem === null ? words[k] !== w : !words[k]!.startsWith(stem))) k++;
    if (k === words.length) return false;
    k++;
  }
  return short !== name;
}

// How many posts a thread's page holds at least, each under its poster's header.
const THREAD_POSTS = 2;
// How far down the page a thread's first poster is looked for.
const THREAD_POSTER_LINES = 8;

const VERSION_SWITCHES = /(?: (?:Mobile|中文|简体|繁體|English|Français|Español|Русский|العربية|한국어|日本語|ไทย|Deutsch|Português))+$/u;

// ("MISBAR" at the page's top: a brand set in capitals; "MENU", "SEARCH", "OPINION" are the site's words, no brand.)
const NAV_WORD_IN_CAPITALS = /^(?:MENU|SEARCH|HOME|LOGIN|SUBSCRIBE|OPINION|NEWS|WORLD|BUSINESS|SPORTS?|VIDEO|PHOTOS?|LATEST|TRENDING|EDITION|ENGLISH|SECTIONS|CLOSE|SHARE|NAVIGATION|ADVERTISEMENT|SPONSORED|BREAKING|LIVE|TOPICS|FEATURES|ANALYSIS|COMMENTARY|BLOGS?|FORUMS?|COMMUNITY|WEATHER|MARKETS|TECH|SCIENCE|HEALTH|CULTURE|TRAVEL|LIFESTYLE|ENTERTAINMENT|POLITICS|ECONOMY|OPINIONS|REGIONS|NATION|LOCAL|GLOBAL|INTERNATIONAL|ASIA|AFRICA|EUROPE|AMERICAS|SOCIETY|ENVIRONMENT|EDUCATION|MULTIMEDIA|PODCASTS?|NEWSLETTERS?|ARCHIVES?|ABOUT|CONTACT|DONATE|EVENTS|JOBS|MORE|SPECIALS?|GALLERY|GRAPHICS|EDITORIALS?|COLUMNS?|LETTERS)$/;
const CHINESE_NAME_FIRST = /^\p{Script=Han}[\p{Script=Han}\s]*\s(?=\p{Lu})/u;
// ("Macau Daily Times 澳門每日時報": the site's name in English, then in Chinese.)
const CHINESE_NAME_AFTER = /(?<=\p{Ll})\s+\p{Script=Han}[\p{Script=Han}\s]*$/u;

function mastheadName(written: string, overTitle: boolean): string | null {
  // ("Century China Forum :: Political Board": a board's name, then the forum's; "MERIDIAN NEWS | World Business Blog": the
  // paper's name, then the blog's.)
  // ("The Official Website of the People's Government of Hill Province   Mobile  中文  Français": the site's name, then its
  // switches to other versions; "Valley Poverty Alleviation and Development Yearbook 2013": a yearbook, then its year.)
  // ("Magpie Bridge — Blogging on China", "THREADLINE · Stories from China's countryside", "Strategic Frontier Forum -
  // Defence, Geopolitics & Security": a blog's, a magazine's or a board's name, then its motto after a dash or a dot; a
  // hyphen only after a name of two words or more, not "English - Chinese", a language switch.)
  // ("中国西藏网 China Tibet Online": the site's name in Chinese, then in English.)
  // ("• The Financial District": a site's name set as a menu's first item, its bullet no part of it.)
  const hyphen = written.indexOf(" - ");
  const beforeMotto = hyphen > 0 && written.slice(0, hyphen).trim().includes(" ") ? written.slice(0, hyphen) : written;
  const line = beforeMotto.replace(/^[•·▪*] /u, "").replace(CHINESE_NAME_FIRST, "").replace(CHINESE_NAME_AFTER, "").split(/ :: | \| | [—–·] /)[0]!.replace(VERSION_SWITCHES, "").replace(/(?<= (?:Yearbook|Almanac)) \d{4}$/, "");
  const words = line.split(" ");
  // ("WORLD & NATION": two sections joined, no publisher either.)
  if (line.split(/ (?:&|and) /i).every((part) => SECTION_NAME.test(part)) || isSiteControl(line)) return null;
  // ("UNITED NATIONS CENTRE FOR RURAL FOOD SECURITY" on a report's cover: a body's name in capitals, small words and all.)
  if (isHeadingInCapitals(line) && !looksLikePublisher(nameCased(line))) return null;
  // ("ABOUT ASIA" over "NEWS", "COMMENTARY": a menu's item in capitals, every word of it a menu's word.)
  if (words.every((w) => NAV_WORD_IN_CAPITALS.test(w))) return null;
  // ("People's Republic of China" at the top of a report's cover: the country it is about, no publisher.)
  // ("Social Monitoring Report" on a report's cover: the kind of report it is, no publisher.)
  if (PAGE_KIND.test(line) || COUNTRY_ALONE.test(line) || REPORT_KIND.test(line)) return null;
  // ("Coalition Against Forced Labour in the Uyghur Region" over a breadcrumb: a body's long name, as a publisher's reads.)
  if ((words.length > 5 && (overTitle || words.length > MASTHEAD_BODY_WORDS || !looksLikePublisher(nameCased(line)))) || /\d/.test(line)) return null;
  // ("Akto County" over a wiki's infobox: a place with the word for its level is the entry's title, never a publisher.)
  // ("The Financial District": a name led by "the" is a brand's, no place's.)
  if (PLACE_WITH_LEVEL.test(line) && !looksLikePublisher(line) && !line.startsWith("The ")) return null;
  // ("Wikiwand" over "Open in app": an encyclopedia's name at the top, wherever the title stands.)
  if (ENCYCLOPEDIA_SITE.test(line)) return line;
  // One word is a site's address ("example.com"), or a name set alone right over the headline ("Wikipedia"), never a place.
  // ("ChinAfrica" over a kicker over the headline: a brand's name, a capital inside its one word, wherever it stands.)
  // ("ChinaTeachersNet": or capitals inside it, a board's name; not "TheInfoList", words run together as a scraper's name.)
  if (words.length === 1 && !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(line) && !(overTitle && /^\p{Lu}\p{Ll}{3,}$/u.test(line) && listedLevel(line) === undefined) && !/^(?!The\p{Lu})(?:\p{Lu}\p{Ll}{2,}){2,4}$/u.test(line) && !(/^\p{Lu}{4,12}$/u.test(line) && listedLevel(line) === undefined && !NAV_WORD_IN_CAPITALS.test(line))) return null;
  // ("The Guardian (USA)", "China Daily (Hong Kong)": an edition's country or city in brackets after the name.)
  const edition = /^(\S.*?) \(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){1,2}\)$/u.exec(line);
  if (edition && looksLikePublisher(edition[1]!)) return line;
  // ("Notes from a Small Desk": a blog's name may hold the small words a title does.)
  // ("Grid & Grain Community": an ampersand between its words.)
  if (!words.every((w) => /^[\p{Lu}][\p{L}'’.&-]*$/u.test(w) || /^(?:of|the|and|for|on|in|de|from|a|an|at|by|with|&)$/.test(w) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(w) || /^\(\p{Lu}{2,3}\)$/u.test(w))) return null;
  // ("Beijing Review Exclusive": a section's word after the paper's name is no part of it; "Human Rights Opinion"
  // over the headline, a topic and a section, names no paper.)
  // ("ASIA HORIZON MAGAZINE": a name set in capitals, cased; "ABC News" keeps the letters of its acronym, and so does
  // "SSRN", a word with no vowel.)
  const inCapitals = words.every((w) => !/\p{Ll}/u.test(w));
  const name = words.map((w, k) => (inCapitals && k > 0 && /^(?:OF|THE|AND|FOR|ON|IN|DE|FROM|AT|BY|WITH)$/.test(w) ? w.toLowerCase() : inCapitals && /^\p{Lu}{3,}$/u.test(w) && /[AEIOU]/.test(w) ? w[0] + w.slice(1).toLowerCase() : w)).join(" ");
  const paper = name.replace(/(?<=\S) (?:Exclusive|Opinion|Editorial|Features?|Special Report)$/, "");
  return paper === name || looksLikePublisher(paper) ? paper : null;
}

/**
 * Whether a page is written in Latin letters: a share bar or spam title in Chinese script is then not
 * its text. A Han character carries about as much as a short word, so Latin letters need only outnumber
 * Han characters twice over (a page under a long line of Chinese spam has 879 letters to 259).
 */
function isLatinPage(text: string): boolean {
  let latin = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) latin++;
    else if (text.charCodeAt(i) >= 0x3400 && text.charCodeAt(i) <= 0x9fff) han++;
  }
  return latin > LATIN_PER_HAN * han;
}

const LATIN_PER_HAN = 2;
const BRACKETED_HEADLINE = /^【([^【】]{6,160})】/u;
const BRACKETED_HEADLINE_PARAGRAPHS = 3;
const ITEM_SOURCE = /^Source\s?:\s?\S/i;
const DIGEST_SOURCES = 3;
// How many lines of text under the headline a photo's caption may stand and still leave the header open (chrome
// taken out between them, a script notice or the headline set again, counts for none).
const CAPTION_UNDER_TITLE = 2;

/** "Retailers Quietly Drop Xinjiang Suppliers - Colin Ashby" by Colin Ashby: a blog sets its writer after the post's title. */
function withoutWriter(title: string, author: string | null): string {
  const writer = author?.split("; ")[0];
  if (writer === undefined) return title;
  for (const dash of [" - ", " – ", " — ", " | "]) if (title.endsWith(`${dash}${writer}`) && title.length > dash.length + writer.length) return title.slice(0, -(dash.length + writer.length));
  return title;
}

/** The first date a metadata value states ("2019/1/4 22:43:41", "Mar 10 '20", "1550514612000"). */
// "March 23,2017--", "LHASA, March 23, 2017 --": a day and its year opening the story, before a dash.
const DATED_LEDE = /^(?:\p{Lu}[\p{Lu} .'’-]{1,30}, )?([A-Z][a-z]{2,8}\.? \d{1,2}, ?\d{4}) ?(?:--|—|–)/u;
const DATED_LEDE_REACH = 60;

function statedDate(value: string | undefined): ParsedDate | null {
  if (value === undefined) return null;
  const year = /^\d{4}$/.test(value.trim()) ? { date: `${value.trim()}-01-01`, precision: "year" as const, asWritten: value.trim() } : null;
  // ("2020-04", the month a "date 2020-04" line gave: alone as a value, a year and its month.)
  const month = /^\d{4}-(?:0[1-9]|1[0-2])$/.test(value.trim()) ? { date: `${value.trim()}-01`, precision: "month" as const, asWritten: value.trim() } : null;
  const found = findDates(value)[0];
  return asParsed(found) ?? parseDate(value) ?? year ?? month;
}

/** A date found in a line, as a stated date: its day, precision and words, without where it stood. */
function asParsed(found: FoundDate | undefined): ParsedDate | null {
  return found ? { date: found.date, precision: found.precision, asWritten: found.asWritten } : null;
}

function curatedDate(value: string) {
  const [y, m, d] = value.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return { date: value, precision: "day" as const, asWritten: value };
  if (m !== undefined) return { date: `${value}-01`, precision: "month" as const, asWritten: value };
  return { date: `${y}-01-01`, precision: "year" as const, asWritten: value };
}

// How many words the second line of a headline set over two may hold.
const HEADLINE_RUN_ON_WORDS = 14;
// How many words the first line of a headline in title case may hold when the second goes on from it ("White Paper Issued").
const HEADLINE_FIRST_LINE_WORDS = 8;
const HEADLINE_BEFORE_COLON = /^\p{Lu}[^.!?]{4,120}:$/u;
const REPORT_KIND_IN_CAPITALS = /\b(?:EVALUATION|REPORT|REVIEW|ASSESSMENT|STUDY|SUMMARY|BRIEF|PAPER|NOTE|UPDATE|PLAN|SERIES|PROFILE|FACT SHEET|FACTSHEET|PROPOSAL)$/;
const COVER_TITLE_IN_CAPITALS = /^[\p{Lu}'’&-]+,?(?: [\p{Lu}'’&-]+,?){1,7}$/u;
// The words a research title's subtitle opens with ("Evidence from ...", "A Case Study of ...").
const SUBTITLE_OPENING = /^(?:(?:New |Panel |Survey |Field )?Evidence (?:from|of) |(?:An? )?(?:Case Study|Field Study|Study|Survey|Review|Report|Analysis|Assessment|Comparison) (?:of|from|on|in) |(?:Some )?Lessons (?:from|of) |Findings (?:from|of) |Experiences? (?:from|of) |The Cases? of )\p{Lu}/u;

// ("... notes from three field visits. A thread 🧵 /1", "Miao embroidery finds new buyers (1/3)": a thread's first post
// or a gallery's first picture, marked as the first of its parts.)
// ("Download FENCED PASTURES: RESETTLEMENT AND ...": a document site's button word run into the file's title.)
const DOWNLOAD_LEAD = /^Download (?=\p{Lu}\S*(?: \S+){2})/u;
const PART_COUNTER_AFTER = /(?:[.:]? (?:A )?[Tt]hread:?(?: 🧵)?|(?: 🧵)?)(?: \/1| 1\/\d{0,3}| \(1\/\d{1,3}\))$|[.:] (?:A )?[Tt]hread:?(?: 🧵)?$/u;
const SITE_ACCOUNT = /^(?:admin|administrator|webmaster|site admin|siteadmin|wpadmin|editor)$/i;
// ("Half of it is arithmetic ... Replying to: Did I read this right? ...": a reply's title, then the post it answers.)
const REPLY_AFTER_TITLE = / (?:Replying|In reply) to: \S.{0,300}$/;
const QUOTED_NAME_LINE = /^["“][^"“”]{3,200}["”]$/;
const GOES_ON_IN_LOWER_CASE = /^(?:and|or|of|for|in|on|with|to|from|at|by|through) \p{Lu}/u;

/** The lines of the block around line `k` that make a title wrapped in title case, when it runs over two or more; else null. */
function wrappedTitle(lines: readonly Line[], hits: readonly (RuleHit | null)[], k: number): { first: number; last: number } | null {
  const part = (j: number) => j >= 0 && j < hits.length && hits[j] === null && isTitleCased(lines[j]!.text) && !/[.!?;,]$/.test(lines[j]!.text) && !isProseLine(lines[j]!.text);
  if (!part(k)) return null;
  let [first, last] = [k, k];
  while (first > 0 && k - first < WRAPPED_TITLE_LINES && lines[first - 1]!.number === lines[first]!.number - 1 && part(first - 1)) first--;
  // (Lines under it, in its block, that close no sentence; the block ends at a blank line or a line of another kind.)
  while (last - first + 1 < WRAPPED_TITLE_LINES && lines[last + 1]?.number === lines[last]!.number + 1 && part(last + 1)) last++;
  const blockEnds = lines[last + 1] === undefined || lines[last + 1]!.number !== lines[last]!.number + 1 || hits[last + 1] !== null;
  const opens = first === 0 || lines[first - 1]!.number !== lines[first]!.number - 1 || hits[first - 1] !== null;
  const words = lines.slice(first, last + 1).reduce((n, l) => n + wordCount(l.text), 0);
  return last > first && blockEnds && opens && words <= WRAPPED_TITLE_WORDS ? { first, last } : null;
}

/**
 * Whether the line under a title, on the very next line, is its subtitle, which a colon would join to it in one line:
 * under a quotation ('"We Were Told the Grass Needed Rest"' over "Herder Resettlement and Livelihood Loss in Golog", a
 * report's title quoting its witnesses), a line in title case; under any title, a line opening as subtitles do
 * ("Grassland Households after Resettlement" over "Evidence from Two Counties in Qinghai").
 */
function subtitleUnder(first: Line, second: Line): boolean {
  if (second.number !== first.number + 1 || /[.!?,;:]$/.test(first.text) || /[.!?:]$/.test(second.text) || wordCount(second.text) > HEADLINE_RUN_ON_WORDS || isProseLine(second.text)) return false;
  if (QUOTED_NAME_LINE.test(first.text)) return wordCount(first.text) <= HEADLINE_FIRST_LINE_WORDS && isTitleCased(second.text);
  // ("GROWING UP ON THE PLATEAU" over "Child Nutrition and Family Incomes in Yushu": a report cover's title in capitals over
  // its subtitle in title case; not a masthead on the page's first line, nor a body's name, nor the kind of report it is,
  // "MID-TERM EVALUATION".)
  if (COVER_TITLE_IN_CAPITALS.test(first.text)) return first.number > 1 && !looksLikePublisher(first.text) && !REPORT_KIND_IN_CAPITALS.test(first.text) && isTitleCased(second.text) && /\p{Ll}/u.test(second.text);
  return /^["“‘]?\p{Lu}/u.test(first.text) && wordCount(first.text) <= HEADLINE_RUN_ON_WORDS && !isProseLine(first.text) && SUBTITLE_OPENING.test(second.text);
}

/**
 * Whether the headline goes on on the line under it: in capitals, stopping mid-phrase ("... TRANSFER AND") or going on
 * with a small word ("IN WESTERN CHINA: WHAT WE KNOW"); in title case, a short line over one opening on a small word
 * ("White Paper Issued" over "On Poverty Relief in Western China"); or the first part ending on its colon, a blank
 * line between at most.
 */
function headlineRunsOn(first: Line, second: Line): boolean {
  // ("FY2018 Ex-Post Evaluation of Japanese ODA Loan Project" over '"Ningxia Southern Mountain Area Water Supply ..."': a
  // report's title over the name of what it is about, in quotation marks on the next line.)
  if (second.number === first.number + 1 && QUOTED_NAME_LINE.test(second.text) && isTitleCased(first.text) && !/[.!?,;:]$/.test(first.text)) return true;
  if (subtitleUnder(first, second)) return true;
  if (wordCount(second.text) > HEADLINE_RUN_ON_WORDS || /[.!?]$/.test(second.text) || !/^\p{Lu}/u.test(second.text)) return false;
  const inCapitals = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
  const colon = /:$/.test(first.text);
  const colonTitle = colon && HEADLINE_BEFORE_COLON.test(first.text) && isTitleCased(second.text);
  if (second.number !== first.number + 1) return colonTitle && second.number === first.number + 2;
  if (inCapitals(first.text)) return inCapitals(second.text) && (STOPS_MID_PHRASE.test(first.text.toLowerCase()) || colon || /^(?:IN|ON|OF|FOR|AND|TO|WITH|FROM|AT|BY)\b/.test(second.text));
  // ("Off-farm work and poverty exit in southern Xinjiang:" right over "Evidence from a household panel": a paper's title
  // in sentence case goes on as well, on the very next line.)
  return colon ? colonTitle || (HEADLINE_BEFORE_COLON.test(first.text) && !isProseLine(second.text)) : wordCount(first.text) <= HEADLINE_FIRST_LINE_WORDS && !/[.!?,;]$/.test(first.text) && /^(?:On|In|Of|For|And|To|With|From|At|By) \p{Lu}/u.test(second.text) && isTitleCased(second.text);
}
