// The first lines of a page, each with the chrome rule that matched it (or none), in; which line is
// the headline out, or none. Pages put a headline after mastheads, menus, breadcrumbs and spam, and
// often a date or byline under it; a page that opens straight into its text has no headline.
import { ASKED_ON, committeeLabel, MEMBER_AND_SEAT, MEMBER_PHOTO, MEMBER_PORTRAIT, MINISTER_AND_NAME, PEER_WITH_PARTY, SITTING_LINE, TITLED_SURNAME_ALONE, VOLUME_DEBATED } from "./member-labels.ts";
import { FIGURES_BOX_HEADING, FROM_THE_PRINTER, HEADING, isHeadingInCapitals, ISSUE_LINE, looksLikePublisher, PAPER_KIND_LABEL, POST_AGE_LINE, TEXT_OPENING_HEADING, PARTICIPANTS_LABEL_ALONE, parseDateline, SECTION_AND_TOPIC, SELF_POST, unmarkedByline, WIKI_TAGLINE, type RuleId } from "./chrome-rules.ts";
import { isPhotoCaption, isSiteControl, PHOTO_AGENCIES, SHARE_BUTTON, SUBREDDIT_LINE } from "./page-chrome.ts";
import { parseByline } from "./bylines.ts";
import { CONTENTS_HEADING } from "./apparatus-lines.ts";
import { HANDLE_AGE, NUMBERED_POST_HEADER, STOPS_MID_PHRASE } from "./segment.ts";
import { wordCount } from "./whitespace.ts";
import { findDates } from "./find-dates.ts";
import { MONTH_PATTERN } from "./dates.ts";
import { nameCased, personNameForm } from "../text/name-forms.ts";
import { remembered } from "../text/remembered.ts";

export interface HeaderLine {
  text: string;
  /** The rule that matched the line read as a header line, or null. */
  rule: RuleId | null;
  /** The line's number in the file, when known: lines with no blank line between them make a block. */
  number?: number;
}

// Furniture that closes off what came before it: a headline sits after the last of these above the text.
const STOPS: ReadonlySet<RuleId> = new Set(["site-navigation", "breadcrumb", "advertising", "cookie-notice", "link-list", "render-chrome", "leading-section-label", "copyright", "forum-header", "member-profile", "foreign-script"]);
const CAPTION_ROW = /^[^|]{2,120}?(?: \|){2,}$/;
const TABLE_RULE = /^-{3,}\|(?:-{3,}\|)*$/;
// How many words a sentence set twice at the top has at most to be the headline, not the lead.
const LEAD_WORDS = 25;
// How many times a headline set over and over in the header is set at least.
const TITLE_REPEATS = 3;
// How many words a headline set twice in a row has at least (a button's label, "Reply", is set so too).
const TWICE_SET_WORDS = 4;
// How far down a page the headline is looked for.
export const HEADER_LINES = 40;
// How far, past a site's menu set a short item to a line; and how short such an item is, and how many of the lines are so.
const MENU_COLUMN_HEADER_LINES = 80;
const MENU_COLUMN_ITEM_WORDS = 4;
const MENU_COLUMN_SHARE = 0.75;

/**
 * How many of the page's first lines are its header: 40, or, where those are mostly a menu's items one
 * to a line ("Expert's View" / "World" / "Nation" / ... under a magazine's masthead) and none of them
 * prose, down to the first line of prose, at most 80.
 */
export function headerLength(texts: readonly string[]): number {
  const top = texts.slice(0, HEADER_LINES);
  if (texts.length <= HEADER_LINES || top.some(isProseLine) || top.filter((t) => wordCount(t) <= MENU_COLUMN_ITEM_WORDS).length < MENU_COLUMN_SHARE * HEADER_LINES) return Math.min(texts.length, HEADER_LINES);
  const prose = texts.slice(HEADER_LINES, MENU_COLUMN_HEADER_LINES).findIndex(isProseLine);
  return prose < 0 ? Math.min(texts.length, MENU_COLUMN_HEADER_LINES) : HEADER_LINES + prose + 1;
}

// "Meigu County (Chinese: 美姑县; ...) is a county in ...", "Fanghuiju (...) is a campaign ...": an encyclopedia's lead,
// which opens on the subject the page is named for.
// ("The Dongxiang people (Chinese: 东乡族), also called the Santa, are one of ...": the article and a second name may stand.)
// (The subject's other names or spellings in brackets after it, "(Chinese: 美姑县; pinyin: ...)", as an encyclopedia gives
// them; "Westminster Hall is an alternative Chamber ..." under a debate's page names no page.)
const LEAD_SUBJECT = /^(?:The )?([\p{Lu}][\p{L}'’.-]*(?: [\p{L}'’.-]+){0,6}) \([^()]{1,200}\)(?:, [^,()]{1,60},)? (?:is|was|are|were) (?:a|an|the|one)\b/u;
const LEAD_REACH = 60;
const HATNOTE = /^(?:This article is about\b|For other uses\b|"[^"]{1,60}" redirects here\b|Not to be confused with\b)/;
const LEAD_SUBJECT_WORDS = 12;

/**
 * The line that names an encyclopedia page's subject, when the page's lead opens on that subject and a line above
 * it gives the name alone (the page's title, over infobox rows, map captions and the wiki's tabs); else null.
 */
export function encyclopediaTitle(texts: readonly string[]): number | null {
  // (The lead is the page's first sentence of prose; an author's box further down, "X is a photographer ...", names no page.)
  // ("This article is about the town in Ningxia. For the television series, see ...": a hatnote over the lead is no lead.)
  const lead = texts.slice(0, LEAD_REACH).findIndex((t) => wordCount(t) >= LEAD_SUBJECT_WORDS && !HATNOTE.test(t));
  const subject = lead > 0 ? LEAD_SUBJECT.exec(texts[lead]!)?.[1] : undefined;
  if (subject === undefined) return null;
  const named = texts.slice(0, lead).indexOf(subject);
  return named >= 0 ? named : null;
}

// "BEIJING (AP) — Police detained ...": a wire story's dateline with its service, opening the story's text.
const WIRE_DATELINE_OPENING = /^\p{Lu}{3}[\p{Lu} .'’-]{0,40}(?:, [^()]{0,30})? \([\p{Lu}][\p{L} .&-]{1,30}\) ?(?:-|–|—|--) /u;
// How far down a page a wire's dateline is looked for, and how many other stories' teasers above its headline
// show the page wraps the story in links.
const DATELINE_REACH = 30;
const TEASERS = 3;
// A teaser is a sentence of a few words at least, not a menu's item.
const TEASER_WORDS = 8;

/**
 * The headline over a wire story's dateline, when the line `chosen` for the title stands in a run of other
 * stories' teasers above it (a local site's list of links, then "Activist: 1 detained after strike" over
 * "BEIJING (AP) — ..."); else null.
 */
export function titleOverDateline(lines: readonly { text: string }[], chosen: number | null): number | null {
  for (let k = 1; k < Math.min(lines.length, DATELINE_REACH); k++) {
    if (!WIRE_DATELINE_OPENING.test(lines[k]!.text)) continue;
    const over = lines[k - 1]!.text;
    if ((chosen !== null && chosen >= k - 1) || !isHeadline(over) || isProseLine(over)) return null;
    const teasers = lines.slice(chosen ?? 0, k - 1).filter((l) => wordCount(l.text) >= TEASER_WORDS).length;
    return teasers >= TEASERS ? k - 1 : null;
  }
  return null;
}

const TWO_SHORT_SENTENCES = /^[^.!?]{8,120}[.!?] \p{Lu}[^.!?]{4,120}\.$/u;

/** A line of running text: long, a full sentence, or a photo's caption. */
export function isProseLine(text: string): boolean {
  const words = wordCount(text);
  const sentence = /[.!?]["”’)]?$/.test(text);
  // ("Great changes on the cloud! What has Cliff Village seen in recent years?": a headline may ask or exclaim.)
  const stated = /[.]["”’)]?$/.test(text) || (sentence && words >= 18);
  // ("Uyghur Testimony To Congress “I Saw Girls Lose Their Sanity.”": a headline in title case may end on a quoted sentence.)
  // ("This Year, Remote Lüeyang Beat Poverty. Now Comes the Hard Part.": nor one in title case set as two short sentences.)
  return (words >= 25 && (sentence || words >= 45 || !isTitleCased(text))) || (words >= 10 && stated && !(words < 25 && isTitleCased(text) && (/[.!?]["”’]$/.test(text) || (TWO_SHORT_SENTENCES.test(text) && text.split(" ").every((w) => w.length < 4 || /^["“‘(]?\p{Lu}/u.test(w)))))) || (words >= 6 && isPhotoCaption(text));
}

/** Most words capitalised, as a long academic title sets them ("... A Case Study of Targeted Poverty Alleviation in Awang Town"). */
export function isTitleCased(text: string): boolean {
  let words = 0;
  let capitalised = 0;
  for (const w of text.split(" ")) {
    // ("Liangshan Yi Autonomous Prefecture, 2018–2020": years count for nothing.)
    if (w.length < 4 || /^\W*\d/.test(w)) continue;
    words++;
    if (/^["“‘(]?\p{Lu}/u.test(w)) capitalised++;
  }
  return words > 0 && capitalised / words >= 0.8 && !/[;,]$/.test(text);
}

// A line in Chinese script is no English page's headline, nor is a bullet point, a row of an infobox
// ("Uyghur name | |||") or a forum's "4 months ago".
// An image's description over the headline: "Two men speaking with another man in a house".
// ("illustration of person being lifted up by baloons": a picture's alternative text, which names its kind.)
// ("Standing with the people of Tibet since 1987": a site's motto under its name, what it has done since it began.)
const SITE_MOTTO = /^\p{Lu}\p{Ll}+ing\b[^.!?:]{3,80} since (?:1[89]|20)\d{2}$/u;
// ("Photo of children on cliff ladder is from 2016, not ...": a fact-check's verdict on a picture, a headline with its verb.)
const VERDICT_VERB = /\b(?:is|was|are|were|isn['’]t|wasn['’]t|aren['’]t|does not|did not|doesn['’]t|didn['’]t)\b/;
const PICTURE_ALT_TEXT = /^(?:an? )?(?:illustration|photo|photograph|image|picture|drawing|graphic|cartoon) of\b/i;
const IMAGE_DESCRIPTION = /^(?:An?|Two|Three|Four|Five|Several|Many|Some|People|Men|Women|Children|Students|Workers|Villagers|Farmers|Herders|Residents|Tourists) (?:[\p{Ll}-]+ ){0,4}?(?:speaking|standing|sitting|holding|walking|wearing|working|looking|playing|posing|smiling|talking|waiting|riding|carrying|picking|dancing|gathering|attending)\b[^.!?\d]{0,80}$/u;
// (Nor a line ending in a comma, which runs on into the next: "Distinguished guests,".)
// (Nor a photo's caption, "4Ps Beneficiaries (File photo)", nor a search box's "Can't find what you're looking for?".)
// (Nor a picture's label, "File Photo", nor a transcript's first timestamp, "0:00.0 | ...".)
// (Nor a release's label, "Press Release– For immediate release".)
// (Nor a paper's "DOI: 10.12082/... Cite this Article", nor a publisher's "You have full access to this open access
// chapter", "Cite this chapter" or "Download book PDF", nor a caption marked "(file photo)" or ending on its agency's
// credit, "- KEVIN FRAYER/Getty Images".)
// (Nor a library's "Note: Where available, the PDF/Word icon below ...", nor a blog's name, "Marcus Hallberg's Blog".)
// (Nor a line with an e-mail address in it: "LONG Shiyu, E-mail: longshiyu97@163.com" under a paper's authors.)
// (Nor a journal's kind of paper over its title, in capitals then "article": "ORIGINAL RESEARCH article"; nor a caption line
// opening on its clock, "0:00:08 who spent 14 months ...".)
const NOT_A_HEADLINE = /^[A-Z]{2,}(?: [A-Z]{2,}){0,4} article$|^\d{1,2}:\d{2}:\d{2}\s|^(?:(?:press|news|media) release\b[^a-z]{0,4}(?:for immediate release)?|for immediate release)\W*$|^[•·▪*-] |^(?:File )?Photo(?:s|graph)?$|^\d{1,2}:\d{2}(?:\.\d)? ?\||\|\s*\||\b\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago\b|,$|\((?:file )?photos?\b[^()]{0,40}\)$|^can['’]t find what you['’]re looking for\?$|^\([^()]*\)$|^(?:E-?mail|Phone|Tel|Fax):|^[^|]+ \| [^|\s][^|]* \||^(?:Topics?|Tags?|Sections?|Categor(?:y|ies)|Subjects?|Filed under|More on) ?\||^DOI:\s?10\.|\(file photo\)|^you have (?:full )?access to\b|^cite this (?:chapter|article|paper|book)$|^download (?:book |article |chapter )?(?:pdf|epub)\b|\/(?:Getty Images|AFP|Reuters|EPA|Xinhua)$|[\w.+-]@[\w-]+\.[a-z]{2,}|^(?:Note|Disclaimer|Notice|Caution)\s?:\s|^[A-Z][\w .'’-]{1,40}['’]s (?:Blog|Homepage|Home Page|Space)$|^(?:about|in) this (?:episode|show|podcast|programme|program|video)$|^originally (?:published|posted|appeared) (?:at|on|in)\b|^\d[\d,]* (?:citations?|downloads?|views|reads|readers|mentions)\b|^search (?:by|for|this|our|the|all)\b|^(?:episode|show) (?:notes|description|summary)$/i;
// ("CHINA-NINGXIA-RELOCATION-POVERTY ALLEVIATION (CN)" over each photo: a wire's filing slug in capitals, no headline.)
const WIRE_SLUG_LINE = /^\p{Lu}{2,}(?:-\p{Lu}[\p{Lu} ]+){2,}(?: \(\p{Lu}{2}\))?$/u;

// (Nor a briefing's list of speakers, each a name and a post: "Chen Wenjun, head of the Press Bureau of ...",
// "Qizhala, deputy secretary of ...".)
// ("Tsering Lhamo, Head of Zadoi County" under a work report's title: its post capitalised too.)
const NAME_AND_POST = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}, (?:(?:[Dd]eputy|[Vv]ice|[Ee]xecutive|[Ff]ormer|[Aa]cting|[Cc]hief|[Ss]enior|[Rr]esearch|[Vv]isiting|[Aa]ssistant) )?(?:[Ff]ellow|[Aa]ssociate|[Ll]ecturer|[Aa]nalyst|[Ee]conomist|[Ss]cholar|[Ss]ecretary|[Cc]hairman|[Cc]hairwoman|[Hh]ead|[Dd]irector|[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman|[Mm]inister|[Gg]overnor|[Mm]ayor|[Mm]ember|[Pp]rofessor|[Rr]esearcher|[Pp]resident|[Pp]remier|[Aa]mbassador|[Cc]onsul)\b/u;
// ("Delivered at the Fourth Session of the 17th People's Congress of Zadoi County on February 26, 2019": where a report or
// speech was given, under its title.)
const DELIVERED_AT = /^(?:Delivered|Given|Presented|Read out|Made) (?:at|to|before|during) (?:the|a)\b/;
// (Nor a page's distance locator, "1528km to Beijing".)
const DISTANCE_LOCATOR = /^\d[\d,]{0,6} ?km (?:to|from) \p{Lu}/u;

/**
 * An infobox's row, "Regional Chairman: Qiangba Puncog", "Capital: Lhasa": a label of a few words and a short
 * value in capitals, where a headline quoting someone, "Li Keqiang: Over the past year, we have ...", gives a
 * name and a longer sentence.
 */
function isInfoboxRow(text: string): boolean {
  const m = /^([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2}): ([\p{Lu}\d]\S*(?: [\p{Lu}\d]\S*){0,2})$/u.exec(text);
  return m !== null && personNameForm(m[1]!.split(" ")) === null;
}

/**
 * A section heading ("Abstract", "Summary", the chrome rules' own list) or one of the lines above.
 * ("(This article belongs to the Special Issue ...)", "Email: ...", "Country | China |": a note in brackets, a contact
 * line, a table's row with a value in its second cell.)
 */
// ("2018年CRI Delegates urge ... cooperation(在线收听": a bilingual site's Chinese label glued before or after an
// English headline; the first word with Chinese in it and the Chinese after the last Latin letter are the label.)
// ("国内英语资讯:Guizhou cuts ...": a site's label in Chinese glued to the headline by a colon.)
const CJK_LEADING_WORD = /^\S{0,12}[\u3400-\u9fff]\S{0,12}?(?:\s+|[:：]\s*)(?=\p{Lu})/u;
const CJK_TRAILING = /\s*[(（]?[\u3400-\u9fff][\u3400-\u9fff\d)）]{0,20}$/u;
const CJK = /[\u3400-\u9fff]/;

/** A headline without the Chinese label a bilingual site sets at its edges (unchanged when no Latin headline stays). */
export function withoutCjkEdges(text: string): string {
  if (!CJK.test(text)) return text;
  const inner = text.replace(CJK_LEADING_WORD, "").replace(CJK_TRAILING, "");
  return CJK.test(inner) || wordCount(inner) < 3 ? text : inner;
}

// ("Thread by Dolkar Tsomo 卓嘎 @dolkar_writes": a person's name in Chinese after its English spelling leaves a line in English.)
const NAME_THEN_HAN = /(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) \p{Script=Han}{1,4}(?= |$)/u;

/** A line with Chinese script in it, other than a person's name spelt in Chinese after the English. */
function inChineseScript(text: string): boolean {
  const named = NAME_THEN_HAN.exec(text);
  // (Not a share bar's "Facebook Twitter 新浪微博": buttons, no name.)
  return CJK.test(named === null || named[1]!.split(" ").some((w) => SHARE_BUTTON.test(w)) ? text : text.replace(named[0], named[1]!));
}

/** "E VA LUAT I O N T E A M": a heading set in spaced capitals, its word broken into letters; no headline. */
function letterSpaced(text: string): boolean {
  const tokens = text.split(" ");
  return tokens.length >= LETTER_SPACED_TOKENS && !/\p{Ll}/u.test(text) && 2 * tokens.filter((t) => t.length === 1).length >= tokens.length;
}
const LETTER_SPACED_TOKENS = 5;

function isNotAHeadline(written: string): boolean {
  const text = withoutCjkEdges(written);
  if (letterSpaced(text)) return true;
  // ("R LoRusso 3 months": a comment's author and age.)
  // (Nor a photo's caption or credit, however short: "JIN DING/CHINA DAILY" under the byline.)
  // ("Mr. Liu Yongfu, director of the Office ...": one of the speakers a briefing lists under its title.)
  // ("By Xinhua writer Yu Fei" over a wire's dateline: a byline, never the headline.)
  // ("The Minister for Asia (Graham Ashdown)": a member's label in a parliament's record; "The Chair (Mr. Owen Hartley)", a committee's.)
  // ("tenzin_k", "losang.dorje" over a member's box: a poster's handle, one word as no headline is written.)
  // ("Asia | East Asia" under a masthead: a section and its topic, a few words each side of a bar.)
  return parseByline(text) !== null || HEADING.test(text) || MEMBER_AND_SEAT.test(text) || MINISTER_AND_NAME.test(text) || MEMBER_PORTRAIT.test(text) || MEMBER_PHOTO.test(text) || PEER_WITH_PARTY.test(text) || TITLED_SURNAME_ALONE.test(text) || committeeLabel(text) !== null || NOT_A_HEADLINE.test(text) || inChineseScript(text) || WIRE_SLUG_LINE.test(text) || SECTION_AND_TOPIC.test(text) || isInfoboxRow(text) || NAME_AND_POST.test(text) || DELIVERED_AT.test(text) || HONOURED_PARTICIPANT.test(text) || isPhotoCaption(text) || DISTANCE_LOCATOR.test(text) || HANDLE_AGE.test(text) || NUMBERED_POST_HEADER.test(text) || IMAGE_DESCRIPTION.test(text) || (PICTURE_ALT_TEXT.test(text) && !VERDICT_VERB.test(text)) || SITE_MOTTO.test(text) || (/^[\p{L}\p{N}_.-]+$/u.test(text) && /[_\p{N}]|\p{Ll}\.\p{Ll}/u.test(text));
}

const HONOURED_PARTICIPANT = /^(?:Mr|Ms|Mrs|Madam|Dr|Prof)\.? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}, (?:the )?\p{Ll}[^.!?]{2,200}$/u;

// Nor a numbered item ("1. basic information", "2. Various of fruit farms"), nor a dateline opening the text ("WASHINGTON, Dec 2 (Reuters) - ...").
// (Three capitals, then any of the dateline's characters: "\p{Lu}{3,}" before a class that takes capitals too split a run of them every way, quadratic in its length.)
// ("Valleytown (ots/PRNewswire) - Since the launch of ...": a release's place in title case, its service in brackets, then its text.)
const OPENS_TEXT = /^\d{1,3}[.)] |^\p{Lu}{3}[\p{Lu} .'’-]*, [^()]{0,30}\([^()]{2,40}\) ?(?:-|–|—|--) |^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2},? \((?:\p{Ll}{2,5}\/)?\p{Lu}[\p{L} .&-]{1,30}\) ?(?:-|–|—|--) \p{Lu}\p{Ll}*(?: \S+){5}/u;

// ("DONGWANG, China —" alone on its line, the story's first words on the next: a dateline, set apart by the page's markup.)
const LONE_DATELINE = /^\p{Lu}{3}[\p{Lu} .'’-]{0,40}(?:, \p{Lu}[\p{L} .]{1,30})? ?(?:-|–|—|--)$/u;

// ("People's Republic of China" over a report's title on its cover: the borrowing country, no headline.)
export const COUNTRY_ALONE = /^(?:The )?People['’]s Republic of China$/i;

const BLOG_POST_TITLE_WORDS = 14;
const GOES_ON_FROM_BEFORE = /^(?:But|And|Yet|So|Or|Still|However|Meanwhile)[ ,][^.!?]*[.!?]["”’]?$/;
const NUMBERED_HEADING = /^\d{1,2}\. \p{Lu}[^.!?:;]*$/u;
const REPLY_TITLE = /^RE: \S/i;
const REPLY_TITLE_REACH = 4;
const SITTING_REACH = 4;
const LINK_POST_REACH = 6;
// A forum caps a thread's title at about 300 characters: some 60 words.
const THREAD_TITLE_WORDS = 60;
const LINKED_SITE_AFTER = / \((?:[a-z0-9-]+\.)+[a-z]{2,6}\)$/;
const LINK_DOMAIN = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/i;

export const WIKI_TITLE = /^=+ [^=]{2,120} =+$/;
// Lines that attach to the headline above them: its date, byline or player.
const UNDER_HEADLINE: ReadonlySet<RuleId> = new Set(["dateline", "byline", "labelled-metadata", "media-player", "outlet-line"]);
// A standfirst under the headline is longer than it, and long in itself.
const DECK_WORDS = 12;
// How many words a standfirst under a headline has at least, in a run of them.
const STANDFIRST_WORDS = 8;
// How many headlines in a run, none with a date or byline under it, make a list of links.
const LINK_LIST = 4;

const HEARING_NOTE = /^\[(?:House|Senate|Joint) (?:Hearing|Report|Document)[^[\]]{0,60}\]$/;
const SECTION_PATH_IN_CAPITALS = /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,2}(?: [-–] \p{Lu}{2,}(?: \p{Lu}{2,}){0,2}){1,3}$/u;
const SECTION_AND_DAY = new RegExp(`^[^|]{1,30} \\| (?:${MONTH_PATTERN})\\.? \\d{1,2}$`);

// How many words a headline with its own footnote's mark at its end has at least (a table's row is shorter).
const FOOTNOTED_HEADLINE_WORDS = 8;

/** A line that reads as a headline: a few words, starting as a title starts, not a sentence of text. */
const isHeadline = remembered(readsAsHeadline, 512);

function readsAsHeadline(text: string): boolean {
  const words = wordCount(text);
  // ("= Poverty in Bangladesh =": a wiki's markup around its page's title.)
  if (WIKI_TITLE.test(text)) return true;
  // (Too short or too long for a headline, whatever else it is; asked first, as the rest costs more.)
  if (words < 3 || words > 45) return false;
  // (Nor a line that ends on a colon: it leads into what follows, as "... has to say:" or "Topics:".)
  // ("But for others, it's not just about money." under a page's menu: a sentence that goes on from the page
  // before, its conjunction first and its stop last, is text.)
  if (GOES_ON_FROM_BEFORE.test(text) && !isTitleCased(text)) return false;
  // ("Up to 1.5 million (2019 Zenz estimate)[4] ...": an encyclopedia's row with its citation marks is no headline.)
  // (One mark at the end of a long line is the headline's own footnote: "... Social Development[1]".)
  if (/\[\d{1,3}\]/.test(text) && !(/^[^[]*\[\d{1,3}\]$/.test(text) && words >= FOOTNOTED_HEADLINE_WORDS)) return false;
  // ("4-6 IV. Recommendations.........": a contents entry, its dots leading to the page number.)
  if (/\.{5}|…{3}/u.test(text)) return false;
  // ("CHINA - TIBET": a news agency's section path in capitals; "Society | Mar 9": a section and the day; "14 May 2012":
  // a day alone.)
  // ("Send to a friend | Print": a page's buttons between bars.)
  const parts = text.split(" | ");
  if (parts.length > 1 && parts.every((p) => isSiteControl(p) || SHARE_BUTTON.test(p))) return false;
  if (SECTION_PATH_IN_CAPITALS.test(text) || SECTION_AND_DAY.test(text) || (/\d/.test(text) && findDates(text).some((d) => d.start === 0 && d.end === text.length))) return false;
  // ("[Sichuan Provincial Bureau of Statistics] Income and Consumption of ...": a portal's headline led by its source in brackets.)
  // ("#22: The boarding school question in Du'an": a newsletter's issue or an episode, numbered before its headline.)
  // ("#214 – Margaret Ellery: Rural China, ...": or with a dash after the number.)
  return /^(?:["“‘'(\p{Lu}\p{N}]|\[\p{Lu}[^\]]{2,60}\] \p{Lu}|#\d{1,4}(?::| [–-])? \p{Lu})/u.test(text) && !isProseLine(text) && !isNotAHeadline(text) && !OPENS_TEXT.test(text) && !LONE_DATELINE.test(text) && !COUNTRY_ALONE.test(text) && !/:$/.test(text);
}

// How many short lines, with no blank line between them, make a menu; how short its items are.
const MENU_LINES = 3;
const MENU_ITEM_WORDS = 6;

/**
 * "Learning Chinese" / "Learn to Cook Chinese Dishes" / "Exchange Rates", set apart by blank lines: a
 * block of short lines no rule names (or only as a section's label or navigation) is a site's menu, and
 * none of them the headline.
 */
function inMenuBlock(lines: readonly HeaderLine[], j: number): boolean {
  const adjacent = (k: number) => lines[k]?.number !== undefined && lines[k + 1]?.number === lines[k]!.number! + 1;
  let first = j;
  while (first > 0 && adjacent(first - 1)) first--;
  let last = j;
  while (last + 1 < lines.length && adjacent(last)) last++;
  // ("Learning Chinese" / "Lottery Brings Wealth for the Needy" over the text: the headline set under the menu's
  // last item with no blank line between, longer than every item, is no item of it.)
  const words = wordCount(lines[last]!.text);
  if (lines[last + 1] !== undefined && isProseLine(lines[last + 1]!.text) && isHeadline(lines[last]!.text) && lines.slice(first, last).every((l) => wordCount(l.text) < words)) {
    if (j === last) return false;
    last--;
  }
  if (last - first + 1 < MENU_LINES) return false;
  for (let k = first; k <= last; k++) if ((lines[k]!.rule !== null && lines[k]!.rule !== "leading-section-label" && lines[k]!.rule !== "site-navigation") || wordCount(lines[k]!.text) > MENU_ITEM_WORDS || /[.!?:]["”’]?$/.test(lines[k]!.text)) return false;
  return true;
}

// How many words a line set at a fixed width has at least, where a headline seldom runs so long.
const WRAPPED_WORDS = 8;
/**
 * "Authorities in the valley have arrested 29" over "employers who had been wanted ...": text set in lines of
 * one width, whose long line goes on, in lower case or a bracket, on the very next line ("... (6.45 million
 * U.S." over "dollars) for the workers ...": past an abbreviation's full stop too).
 */
function runsOnAsText(lines: readonly HeaderLine[], j: number): boolean {
  const line = lines[j]!;
  const after = lines[j + 1];
  if (after === undefined || after.rule !== null || line.number === undefined || after.number !== line.number + 1 || wordCount(line.text) < WRAPPED_WORDS) return false;
  // ("(On April 12th , Urumqi)" under a briefing's title: a note in brackets on a line of its own goes on from nothing.)
  return (/^\p{Ll}/u.test(after.text) && !/[!?:"”]$/.test(line.text)) || (/^\((?![^()]*\)$)/.test(after.text) && !/[.!?:"”]$/.test(line.text));
}

/** A wrapped line of running text: the line before it stops mid-phrase ("... province on"), or it does over a line in lower case. */
function continuesLineBefore(lines: readonly HeaderLine[], j: number): boolean {
  const before = lines[j - 1];
  const after = lines[j + 1];
  // Or it runs on into the next: it stops on a small word ("... agency said the") over a line in lower case.
  const runsOn = after !== undefined && after.rule === null && /^\p{Ll}/u.test(after.text) && STOPS_MID_PHRASE.test(lines[j]!.text);
  // ("in China's rural poor population." / "The State Council Poverty Alleviation Office" / "said that last year ...": a
  // video's subtitles, a line each with no blank line between, where a sentence opens on a line the next goes on from.)
  const line = lines[j]!;
  // (The line stops on no mark and the next, right under it, goes on from it.)
  const goesOnBelow = line.number !== undefined && after?.rule === null && after.number === line.number + 1 && !/[.!?:;"”]$/.test(line.text);
  const subtitle = goesOnBelow && before?.rule === null && before.number === line.number! - 1 && /^\p{Ll}/u.test(after!.text);
  // ("Enabling poor rural people" / "to overcome poverty": a motto set over two lines, the second going on in lower case from a small word.)
  const wrapped = goesOnBelow && /^(?:to|and|or|of|for|in|on|with|from|the|a|an|into|at)\s/.test(after!.text);
  return runsOn || subtitle || wrapped || runsOnAsText(lines, j) || (before !== undefined && before.rule === null && STOPS_MID_PHRASE.test(before.text));
}


/**
 * The headline among lines [from, to): the one a date, byline or player sits under (a show's name
 * may stand above an episode's title), unless that one is a standfirst under a shorter headline;
 * else the first headline-like line.
 */
/** "Unprecedented Progress" right over its writer's signature: a headline of two words, as a magazine sets one. */
function shortOverByline(lines: readonly HeaderLine[], j: number): boolean {
  // (Not the writer's name over their own byline, "Tang Wenjing" over "Tang Wenjing in Guiyang".)
  return lines[j + 1]?.rule === "byline" && wordCount(lines[j]!.text) === 2 && isTitleCased(lines[j]!.text) && !looksLikePublisher(lines[j]!.text) && !lines[j + 1]!.text.startsWith(lines[j]!.text);
}

// How many lines a briefing's list of who took part may run under its label.
const PARTICIPANT_LINES = 6;

/** "Speakers:" over "Mr. Liu Yongfu, director of ...": a name in a briefing's list of who took part, no headline. */
function inParticipantsList(lines: readonly HeaderLine[], j: number): boolean {
  for (let k = j - 1; k >= 0 && j - k <= PARTICIPANT_LINES; k--) {
    if (PARTICIPANTS_LABEL_ALONE.test(lines[k]!.text)) return true;
    if (lines[k]!.rule !== null) return false;
  }
  return false;
}

const CASED_HEADLINE_WORDS = 5;
const CAPITALS_LABEL_WORDS = 4;

/**
 * Whether line `j` opens the text under a heading ("Abstract" over its first line), or stands anywhere in the block of a
 * box of figures ("In Numbers" over its lines).
 */
function underOpeningHeading(lines: readonly HeaderLine[], j: number): boolean {
  for (let k = j - 1; k >= 0; k--) {
    if (k === j - 1 ? TEXT_OPENING_HEADING.test(lines[k]!.text) : FIGURES_BOX_HEADING.test(lines[k]!.text)) return true;
    // (Only up the block: a line right above in the file, or the heading's own line when numbers are unknown.)
    if (lines[k]!.number === undefined || lines[k]!.number !== (lines[k + 1]!.number ?? NaN) - 1) return false;
  }
  return false;
}

const CREDITED_SENTENCE = /\.\s\(\p{Lu}[^()]{1,40}\)$/u;

function headlineIn(lines: readonly HeaderLine[], from: number, to: number): number | null {
  const heads: number[] = [];
  // ("by Robotbeat 2159 days ago" over a comment: the first line of a post, no headline of the page's.)
  // ("Abstract" over "China is undergoing a campaign ...": the first line of the text under its heading.)
  // ("A woman carries corn up a staircase ... Sichuan province. (Pacific Ledger)": a sentence and its picture's credit, no headline.)
  for (let j = from; j < to; j++) if (lines[j]!.rule === null && !CREDITED_SENTENCE.test(lines[j]!.text) && !(j > 0 && HANDLE_AGE.test(lines[j - 1]!.text)) && !underOpeningHeading(lines, j) && (isHeadline(lines[j]!.text) || (overItsCredits(lines, j) && /^["“‘\p{Lu}]/u.test(lines[j]!.text)) || shortOverByline(lines, j)) && !continuesLineBefore(lines, j) && !inMenuBlock(lines, j) && !inParticipantsList(lines, j)) heads.push(j);
  // ("THE VALLEY LEDGER" / "HONEST NEWS SINCE 1998" / "CHINA NEWS" over "Hill herders moved into towns face debt"): a
  // masthead, its motto and its sections set in capitals, a few words each, over a headline written in lower case.
  // (Two such lines at least: one heading in capitals over a question, "VALLEY (RURAL POVERTY)", is a record's title.)
  // ("BRIGHT PATH EDUCATION FOUNDATION" over "Staying in School:" / "Girls' Education and ..." over the report's kind and
  // byline: a body's name heading the cover is no headline, when one follows.)
  // (Not one right over the day, which names the issuer of what follows: its rule is below.)
  while (heads.length > 1 && looksLikePublisher(nameCased(lines[heads[0]!]!.text)) && !UNDER_HEADLINE.has(lines[heads[0]! + 1]?.rule ?? "pagination")) heads.shift();
  const cased = heads.findIndex((j) => /\p{Ll}/u.test(lines[j]!.text) && wordCount(lines[j]!.text) >= CASED_HEADLINE_WORDS);
  if (cased > 1 && heads.slice(0, cased).every((j) => !/\p{Ll}/u.test(lines[j]!.text) && wordCount(lines[j]!.text) <= CAPITALS_LABEL_WORDS)) heads.splice(0, cased);
  if (heads.length === 0) return null;
  // The line over a byline may be the publisher's name rather than the headline.
  // ("Rural Revitalization and ..." over "Information Office of the People's Government of ..." over "June 2022": or over its
  // issuer's name over the day, as a white paper sets them.)
  const overIssuer = (j: number) => lines[j + 1]?.rule === null && looksLikePublisher(lines[j + 1]!.text) && lines[j + 2]?.rule === "dateline";
  // ("Staying in School:" / "Girls' Education and ..." over "Field Survey Report" over "Prepared by: ...": a report's kind,
  // under its title, is no headline the byline sits under.)
  const attached = heads.find((j) => (UNDER_HEADLINE.has(lines[j + 1]?.rule ?? "pagination") || overIssuer(j)) && !looksLikePublisher(lines[j]!.text) && !(j > heads[0]! && REPORT_KIND.test(lines[j]!.text)));
  // A run of headlines one under another, with nothing under any of them, lists other stories' links:
  // the page's own headline is the last, over its text.
  // (Not lines that end as sentences or open on a speaker's label, "Moderator: ...", "Q: ...", nor a table's rows, "2018 | 11,104 | 10.8".)
  const linkLike = (j: number) => !/[.!?:]["”’]?$/.test(lines[j]!.text) && !/^[^\s:]+(?: [^\s:]+){0,2}:\s/.test(lines[j]!.text) && !lines[j]!.text.includes("|") && wordCount(lines[j]!.text) >= 4;
  if (attached === undefined && heads.length >= LINK_LIST && heads.every((j, k) => (k === 0 || j === heads[k - 1]! + 1) && linkLike(j))) return heads[heads.length - 1]!;
  // ("Poverty in China" over "The forgotten farm families in Beijing's anti-poverty campaign: ...": a topic's
  // label of a few words right over a headline far longer, with nothing under either, is the label.)
  const [first, second] = [heads[0]!, heads[1]];
  // (Not a first line of wrapped text, which the next line goes on from in lower case.)
  const runsOn = /^\p{Ll}/u.test(lines[(second ?? 0) + 1]?.text ?? "");
  // ("The Globe and Mail" over "China's migrant workers hugely underpaid, survey says": a publisher's name over the
  // headline, with no byline under either, is the masthead.)
  if (attached === undefined && second === first + 1 && looksLikePublisher(lines[first]!.text) && !looksLikePublisher(lines[second]!.text)) return second;
  if (attached === undefined && second === first + 1 && !runsOn && wordCount(lines[first]!.text) <= KICKER_WORDS && wordCount(lines[second]!.text) > 2 * KICKER_WORDS) return second;
  // ("Guizhou Daily Media Group" over "14.10.2020 09:30:04 CEST | Business Wire | Press release" over the headline: a
  // newsroom's issuer, no headline, where a line under it reads as one.)
  // (Only the line right under that date line, and no turn's label: "Q: I'm from China Daily. ..." under a briefing's
  // day is no headline, whatever the title over the day reads like.)
  const underIssuersDay = first + 2;
  const issuerOverDay = attached === undefined && looksLikePublisher(lines[first]!.text) && UNDER_HEADLINE.has(lines[first + 1]?.rule ?? "pagination") && heads.includes(underIssuersDay) && !looksLikePublisher(lines[underIssuersDay]!.text) && !/^[^\s:]+(?: [^\s:]+){0,2}:\s/.test(lines[underIssuersDay]!.text);
  if (issuerOverDay) return underIssuersDay;
  if (attached === undefined || attached === heads[0]) return heads[0]!;
  // ("New Study Traces Uyghur Region Cotton ..." over two standfirsts in sentence case, then the date: a headline in
  // title case over a run of standfirsts is the headline.)
  const standfirsts = heads.slice(1, heads.indexOf(attached) + 1);
  if (standfirsts.length >= 2 && isTitleCased(lines[first]!.text) && wordCount(lines[first]!.text) >= 5 && !looksLikePublisher(lines[first]!.text) && standfirsts.every((j) => !isTitleCased(lines[j]!.text) && wordCount(lines[j]!.text) >= STANDFIRST_WORDS)) return first;
  // ("The Impacts of Relocation on ..." over a list of authors a line each: a paper's title, in title case, is no standfirst.)
  if (lines[attached + 1]?.rule === "byline" && lines[attached + 2]?.rule === "byline" && isTitleCased(lines[attached]!.text)) return attached;
  const above = heads[heads.indexOf(attached) - 1]!;
  // ("World Ecological Organization" over the headline and its date: the site's name, not a shorter headline.)
  // ("China releases white" over "China releases white paper on Tibet labour ...": a trail's cut copy of the headline.)
  // ("HomeInternationalChina's Hotan pays ..." over "China's Hotan pays ...": a trail run into the headline it ends on.)
  if (looksLikePublisher(lines[above]!.text) || lines[attached]!.text.startsWith(`${lines[above]!.text} `) || lines[above]!.text.endsWith(lines[attached]!.text)) return attached;
  // A standfirst is longer than the headline above it, or set as a sentence under one that is not.
  const sentence = /[.]["”’]?$/.test(lines[attached]!.text) && !/[.]["”’]?$/.test(lines[above]!.text);
  // ("Xi sees fruit of poverty relief in Guizhou" over "Miao ethnic village shows benefits from relocation, jobs at
  // garment workshop": under a headline of some length, a line a few words longer is its standfirst.)
  const [headWords, attachedWords] = [wordCount(lines[above]!.text), wordCount(lines[attached]!.text)];
  // ("Five centers of stability" over an eleven-word line over the byline: twice a headline's length, a
  // standfirst; a show's or site's name in title case over an episode's title is no headline.)
  // ("Commitment to the Countryside" over "Officials take a hands-on approach to poverty alleviation": a
  // magazine's headline in title case over a longer standfirst in sentence case on the very next line;
  // a show's name is set apart from its episode's title by a blank line.)
  const magazineDeck = lines[above]!.number !== undefined && lines[attached]!.number === lines[above]!.number + 1 && headWords >= 3 && attachedWords > headWords + 2 && isTitleCased(lines[above]!.text) && !isTitleCased(lines[attached]!.text);
  // ("XINJIANG COTTON GROWERS BUOYANT AS PRICES RISE" over "Demand increases in region despite Western boycott": a print
  // page's headline in capitals over its deck in sentence case; not a heading in capitals, "POOR PEOPLE IN CHINA".)
  const capitalsOverDeck = headWords >= 4 && lines[above]!.text === lines[above]!.text.toUpperCase() && /\p{Lu}{2}/u.test(lines[above]!.text) && !isHeadingInCapitals(lines[above]!.text) && /\p{Ll}/u.test(lines[attached]!.text) && !isTitleCased(lines[attached]!.text);
  // ("Apple growers in Jingning say co-op model lifted incomes" over "Cold storage and livestreaming let farmers hold out
  // for better prices" over the day: two lines of some length in sentence case, a headline then its standfirst.)
  const sentenceCasePair = headWords >= 6 && attachedWords >= 6 && !isTitleCased(lines[above]!.text) && !isTitleCased(lines[attached]!.text) && !/[.!?:]["”’]?$/.test(lines[above]!.text);
  // ("Highland Development Podcast" over "Episode 8: Rangers of the source region - ecological jobs and ...": an episode's
  // title, numbered, is no standfirst of the show's name, however long.)
  const deck = above === attached - 1 && !NUMBERED_EPISODE.test(lines[attached]!.text) && (sentence || magazineDeck || capitalsOverDeck || sentenceCasePair || (attachedWords >= DECK_WORDS && attachedWords > headWords) || (headWords >= 6 && attachedWords >= headWords + 3) || (headWords >= 4 && attachedWords >= 2 * headWords && !isTitleCased(lines[above]!.text)));
  if (!deck) return attached;
  // ("Last poverty counties in Liangshan come off list as doubts linger" over two standfirsts, each a line in sentence
  // case, over the byline: a headline over a run of two standfirsts; the first of three such lines heads them.)
  const top = heads[heads.indexOf(above) - 1];
  const overTwo = sentenceCasePair && top === above - 1 && wordCount(lines[top]!.text) >= 6 && !isTitleCased(lines[top]!.text) && !/[.!?:]["”’]?$/.test(lines[top]!.text) && !isPhotoCaption(lines[top]!.text);
  return overTwo ? top : above;
}

// A photo agency's name alone on a line, in capitals or not: the credit under a caption.
const AGENCY_ALONE = new RegExp(`^(?:${PHOTO_AGENCIES})$`, "i");

// How far down the page a headline set twice is looked for.
const REPEAT_LINES = 6;
// How many words a topic's label over a headline has at most.
const KICKER_WORDS = 3;
// How long a headline set as a sentence may be.
const SENTENCE_HEADLINE_WORDS = 30;

/**
 * "In a bold move, the county moves 3,000 workers." over "Jane Roe, Valley Times" and "Feb 26,2020":
 * a headline set as a sentence, which a byline with its paper, or a date line, under it shows for one.
 */
// How long a line of a photo's credit alone runs ("Kris Lee/Valley Staff Photographer").
const CREDIT_LINE_LENGTH = 80;

/** A photo's caption over its credit on a line of its own ("(Valley Daily Online/Du Ming)"): no headline, nor, at the page's top, the start of the text. */
export function captionOverCredit(lines: readonly { text: string }[], k: number): boolean {
  const next = lines[k + 1]?.text;
  return next !== undefined && next.length <= CREDIT_LINE_LENGTH && isPhotoCaption(next) && /[.!?]["”’]?$/.test(lines[k]!.text);
}

function overItsCredits(lines: readonly HeaderLine[], k: number): boolean {
  const next = lines[k + 1]?.text;
  const words = wordCount(lines[k]!.text);
  if (next === undefined || k > 2 || words < 5 || words > SENTENCE_HEADLINE_WORDS || !/[.!?]["”’]?$/.test(lines[k]!.text) || OPENS_TEXT.test(lines[k]!.text)) return false;
  return unmarkedByline(next) !== null || (next.length <= 60 && parseDateline(next)?.published !== undefined);
}

// A sentence in quotation marks, whole, as a site sets its motto at the top of every page.
const QUOTED_SENTENCE = /^["“][^"“”\n]{20,300}[.!?]["”]$/;

/**
 * '"For a happier, more stable and civilized future, ..."' over "China resettles Tibetan herdsmen ..." over
 * "October 9, 2007": a quoted sentence over a headline and its date is the site's motto, not the text's start.
 */
function isEpigraph(lines: readonly HeaderLine[], k: number): boolean {
  const headline = lines[k + 1];
  return QUOTED_SENTENCE.test(lines[k]!.text) && headline !== undefined && headline.rule === null && isHeadline(headline.text) && !isProseLine(headline.text) && (lines[k + 2]?.rule === "dateline" || lines[k + 2]?.rule === "byline");
}

/**
 * Index of the headline among `lines`, or null. The text starts at the first line of prose; between
 * the last stop (a menu, breadcrumb, spam) above it and the text, the first headline-like line is
 * the title. When that stretch holds none, the stretch before the stop is tried, and so on up.
 */
// A site's tagline is a short phrase; "Updated:2019-02-13 17:10:40", a template's stamp of the day and the clock.
const TAGLINE_WORDS = 5;
const UPDATED_STAMP = /^Updated: ?\d{4}-\d{2}-\d{2} \d{2}:\d{2}/;
// How many words a site's name over the section's day has at most, and how many more the headline under it has.
const MASTHEAD_WORDS = 4;
const LONGER_HEADLINE = 3;
// How many of a template's fields ("Source:", "Updated:") may stand under its headline.
const TEMPLATE_FIELDS = 3;

/**
 * "Poverty a thing of the past" over "By Wang Xiao | Daily Meridian | Updated: ..." over "Share" over "Village sees
 * ...": a line found under a byline and its buttons is the standfirst, when a headline stands just over the byline.
 */
function headlineOverByline(lines: readonly HeaderLine[], chosen: number): number | null {
  let k = chosen - 1;
  while (k > 0 && lines[k]!.rule !== null && lines[k]!.rule !== "byline") k--;
  if (k <= 0 || lines[k]!.rule !== "byline") return null;
  const over = lines[k - 1]!;
  if (over.rule !== null || !isHeadline(over.text) || isProseLine(over.text) || wordCount(over.text) < 3) return null;
  // ("Mushroom sheds and livestreams lift mountain county" over "Shaanxi's Zhen'an turns a forest crop into ..." over the
  // byline: the line over the byline may be the standfirst under the headline.)
  return k >= 2 && lines[k - 2]!.rule === null && headlineIn(lines, k - 2, k) === k - 2 ? k - 2 : k - 1;
}

// How many words a blog's motto under its name has at most.
const BLOG_MOTTO_WORDS = 12;

// ("More" / "Create Blog" / "Sign In" over the blog's name: the blogging platform's own bar, a few short lines.)
const BLOG_BAR_LINES = 3;

/** The post's title under a blog's name (and motto) and the day's heading, over the post's text or byline; or null. */
function blogPostTitle(lines: readonly HeaderLine[]): number | null {
  for (let bar = 0; bar <= BLOG_BAR_LINES; bar++) {
    if (bar > 0 && (lines[bar - 1] === undefined || (lines[bar - 1]!.rule === null ? wordCount(lines[bar - 1]!.text) > 2 || /[.!?:]$/.test(lines[bar - 1]!.text) : !STOPS.has(lines[bar - 1]!.rule!)))) return null;
    const title = blogPostUnderName(lines.slice(bar));
    if (title !== null) return title + bar;
  }
  return null;
}

function blogPostUnderName(lines: readonly HeaderLine[]): number | null {
  const top = lines[0];
  if (top === undefined || (top.rule !== null && top.rule !== "leading-section-label") || !isTitleCased(top.text) || wordCount(top.text) > 8) return null;
  const motto = lines[1] !== undefined && lines[1].rule === null && wordCount(lines[1].text) <= BLOG_MOTTO_WORDS && !/[.!?]["”’]?$/.test(lines[1].text) ? 1 : 0;
  const day = motto + 1;
  const title = lines[day + 1];
  const under = lines[day + 2];
  if (lines[day]?.rule !== "dateline" || title === undefined || title.rule !== null || !isHeadline(title.text) || /\.["”’]?$/.test(title.text) || wordCount(title.text) > BLOG_POST_TITLE_WORDS || under === undefined) return null;
  return (under.rule === null && isProseLine(under.text)) || under.rule === "byline" ? day + 1 : null;
}

// How far down a question-and-answer site's question may stand (under a menu of a word or two to a line, nine of them on
// one site's page), and how many words it has at most.
const QUESTION_REACH = 12;
const QUESTION_TITLE_WORDS = 45;
// How many lines of a report's front matter may stand over its title page.
const FRONT_MATTER_LINES = 8;
const PAPER_TITLE_REACH = 4;
const PAPER_TITLE_WORDS = 30;
const PAPER_OPENING = /^(?:abstract|introduction)$/i;
// A journal's line of the day its paper came out, with its publisher or under the paper's kind.
const ONLINE_BY = /^Published online by [^:]{2,80}: ?\S/;
const PUBLISHED_DAY = /^Published: ?\S/;
const PAPER_KIND_REACH = 16;
const BROWSER_TITLE_TAIL = /^ (?:\||-|–|—) \S/;
// (A platform's buttons and outline may fill the page's first twenty lines above the issue.)
const ISSUE_REACH = 32;
// (A title over its journal's name has a few words at least: no button, "Skip to Main Content", is one.)
const OVER_JOURNAL_TITLE_WORDS = 5;

// ("Total Page:14" / "File Type:pdf, Size:876Kb": a document-sharing site's facts about the file under its name.)
const SHARED_NAME_REACH = 6;
// The kind of report a cover names over its subject ("Completion Report", "3rd Semestral Report", "Social Monitoring Report").
export const REPORT_KIND = /^(?:\d{1,2}(?:st|nd|rd|th) )?(?:\p{Lu}[\p{Ll}-]+(?:['’]s)? ){0,3}(?:Report|Evaluation|Assessment)$/u;
// "PRC: Guizhou Rural Roads and Livelihoods Project", "People's Republic of China: ...": a project named after its country.
// ("People's Republic of : Livelihood Restoration after Poverty Relocation in Guizhou": a technical assistance's title, the
// country's name dropped by the copy, the project's word left off.)
const NAME_ROW = /^(?:Project|Programme|Program|Document|Report|Loan|Grant) (?:Name|Title)\s*:?\s+(\S.{4,200})$/;
const PROJECT_TITLE = /^(?:PRC|People['’]s Republic of China|People['’]s Republic of|China|Mongolia|Viet Nam|Lao PDR|Pakistan|Nepal|Bangladesh|Kyrgyz Republic|Tajikistan|Regional) ?: \p{Lu}[^.!?:]{10,200}(?:Project|Program|Programme|Facility|Sector)?(?: \([^()]{1,40}\))?$/u;
const PROJECT_TITLE_REACH = 12;
// "TRANSCRIPT" or "Transcript of ...", then "Page 1: <the site's summary>" over the first page's lines: a document
// site's copy of a report, its cover set out line by line under the page's marker.
const TRANSCRIPT_LABEL = /^(?:TRANSCRIPT|Transcript of\b)/;
const PAGE_MARKER = /^Page (\d{1,4}): /;
// ("Project Number: 46213-002 Loan Number: 3047": a cover's reference numbers, no title.)
const COVER_NUMBERS = /\b(?:Number|No\.)\s?:\s?\d/;
const COVER_TITLE_WORDS = 30;
// The words a body's name ends on (or, on a cover, holds).
const BODY_HEADS = "Trust|Foundation|Bank|Fund|Institute|Centre|Center|Council|Office|Ministry|Agency|Programme|Program|University|Association|Society|Commission|Bureau|Department";
// ("Highland Livelihoods Trust": the body that put the report out, named by its kind of body last.)
const BODY_NAMED = new RegExp(`^(?:\\p{Lu}[\\p{L}'’-]* ){1,5}(?:${BODY_HEADS}|Network)\\*?$`, "u");

/** Where a document site's copy of a report marks its first page, or -1. */
function sharedFirstPage(texts: readonly string[]): number {
  const label = texts.findIndex((t) => TRANSCRIPT_LABEL.test(t));
  return label < 0 ? -1 : texts.findIndex((t, k) => k > label && PAGE_MARKER.exec(t)?.[1] === "1");
}

/** The body named alone on the first page of a document site's copy of a report, its publisher, or null. */
export function sharedCoverBody(texts: readonly string[]): string | null {
  const first = sharedFirstPage(texts);
  if (first < 0) return underFileFacts(texts);
  for (let k = first + 1; k < texts.length && !PAGE_MARKER.test(texts[k]!); k++) if (BODY_NAMED.test(texts[k]!)) return texts[k]!.replace(/\*$/, "");
  return null;
}

// ("International Fund for Agricultural Development": capitalised words and the small words of a name, a body's word among them.)
const COVER_BODY_WORDS = /^\p{Lu}[\p{L}'’-]*(?: (?:of|for|and|the|\p{Lu}[\p{L}'’-]*)){1,8}$/u;
const COVER_BODY_HEAD = new RegExp(`\\b(?:${BODY_HEADS}|Organi[sz]ation)\\b`);
/**
 * "Total Page:24" / "File Type:pdf, Size:1.1Mb" / "International Fund for Agricultural Development": the body a
 * document site's copy names alone on the cover under the file's facts, its publisher; or null.
 */
function underFileFacts(texts: readonly string[]): string | null {
  let k = texts.findIndex((t) => SHARED_FILE_FACTS.test(t));
  if (k < 0) return null;
  while (k < texts.length && SHARED_FILE_FACTS.test(texts[k]!)) k++;
  // (The line right under them; "Document of The World Bank", a lender's credit, its own rule reads.)
  const cover = texts[k];
  return cover !== undefined && !cover.startsWith("Document of") && (BODY_NAMED.test(cover) || (COVER_BODY_WORDS.test(cover) && COVER_BODY_HEAD.test(cover))) ? cover : null;
}

/**
 * The title on a document site's copy of a report: on its first page, the first line that reads as a title, not its
 * writers, its publisher, its day, its numbers or a sentence; or null where the page is no such copy.
 */
function sharedCoverTitle(lines: readonly HeaderLine[]): number | null {
  const first = sharedFirstPage(lines.map((l) => l.text));
  if (first < 0) return null;
  for (let k = first + 1; k < lines.length && !PAGE_MARKER.test(lines[k]!.text); k++) {
    const { text, rule } = lines[k]!;
    const words = wordCount(text);
    if (rule !== null || words < 3 || words > COVER_TITLE_WORDS || /[.!?]$/.test(text) || COVER_NUMBERS.test(text) || /\bby\b/i.test(text) || looksLikePublisher(text) || BODY_NAMED.test(text)) continue;
    if (text.split(/,? and |, /).every((name) => personNameForm(name.split(" ")) !== null)) continue;
    return k;
  }
  return null;
}
const SHARED_FILE_FACTS = /^(?:Total Pages?|File Type|File Size|Pages)\s?:\s?\S/i;

export function chooseTitle(lines: readonly HeaderLine[]): number | null {
  const chosen = titleLine(lines) ?? blockOverByline(lines);
  return chosen === null ? null : untruncated(lines, chosen);
}

// How many lines a PDF's wrapped title runs over at most, and how many words it holds.
export const WRAPPED_TITLE_LINES = 4;
export const WRAPPED_TITLE_WORDS = 35;

/**
 * "From the Cliffs to the County Town:" / "Income, Work and Debt after Poverty Relocation" / "in Zhaojue County, Liangshan"
 * over "Jike Muga": a paper's title wrapped over a block of lines right above its writer, where no one line reads as a
 * headline; the block's first line, or null.
 */
function blockOverByline(lines: readonly HeaderLine[]): number | null {
  const byline = lines.findIndex((l) => l.rule === "byline");
  if (byline < 2 || lines[byline - 1]!.rule !== null) return null;
  // (The block's lines follow one another in the file; a blank line may part it from the writer's.)
  let first = byline - 1;
  while (first > 0 && byline - first < WRAPPED_TITLE_LINES && lines[first - 1]!.rule === null && lines[first - 1]!.number !== undefined && lines[first - 1]!.number === (lines[first]!.number ?? NaN) - 1) first--;
  const block = lines.slice(first, byline);
  // (Lines that close no sentence and read as no prose: not a reader's comment over the writer's name.)
  const titleLike = block.every((l) => !/[.!?]["”]?$/.test(l.text) && !isProseLine(l.text));
  return block.length >= 2 && titleLike && /^\p{Lu}/u.test(block[0]!.text) && wordCount(block.map((l) => l.text).join(" ")) <= WRAPPED_TITLE_WORDS ? first : null;
}

// How far down a trail may stand, and how many words its last step has at least to name the page.
const TRAIL_REACH = 8;
const TRAIL_TITLE_WORDS = 3;
// (Set in full, a headline's length.)
const FULL_STEP_TITLE_WORDS = 5;

/**
 * "Forum › Asia-Pacific › China & PLA › Tibet border "xiaokang" vil..." over a board's thread, whose title stands in full
 * over the first post under the poster's box: a trail's last step names the page, and the line under the trail that
 * gives it in full, or that it opens, is the title; else null.
 */
function trailTitle(lines: readonly HeaderLine[]): number | null {
  const trail = lines.findIndex((l, k) => k < TRAIL_REACH && l.rule === "breadcrumb");
  if (trail < 0) return null;
  // (A short step set in full names as often a section or a chapter the page is in, "... › Chapter 5 Community".)
  const last = lines[trail]!.text.split(/\s[›>»]\s/).at(-1)!;
  const step = last.replace(CUT_SHORT, "").trim();
  if (wordCount(step) < (CUT_SHORT.test(last) ? TRAIL_TITLE_WORDS : FULL_STEP_TITLE_WORDS)) return null;
  const full = lines.findIndex((l, k) => k > trail && l.rule === null && l.text.startsWith(step) && !isProseLine(l.text));
  return full > trail ? full : null;
}

// "Rural labour, county quotas and the ....": a breadcrumb's or a tab's title cut short with dots.
const CUT_SHORT = /(?:\.{3,4}|…)$/u;
const CUT_TITLE_WORDS = 3;

/** The header line that gives in full a chosen title cut short with dots, else the chosen line. */
function untruncated(lines: readonly HeaderLine[], chosen: number): number {
  const text = lines[chosen]!.text;
  if (!CUT_SHORT.test(text)) return chosen;
  // (">Relocated but not ...": a trail's last step, its mark before it.)
  const kept = text.replace(CUT_SHORT, "").replace(/^> ?/, "").trimEnd();
  if (wordCount(kept) < CUT_TITLE_WORDS) return chosen;
  const full = lines.findIndex((l, k) => k !== chosen && l.rule === null && l.text.length > kept.length + 3 && l.text.startsWith(kept));
  return full >= 0 ? full : chosen;
}

// A thesis's approval formula, over the thesis's title, near the top.
const CERTIFIED_THESIS = /^This is to certify that the (?:thesis|dissertation)(?: entitled| titled)?:?$/i;
const CERTIFIED_REACH = 6;
// A research portal's row giving the issue's number.
const ISSUE_ROW = /^(?:Issue|Issue number|Issue no\.?|Number|No\.|Article number)\s*:?\s*\d{1,5}$/i;

// How far down a podcast page's episode title may stand, and the episode's number on its date line.
const EPISODE_REACH = 8;
const EPISODE_LABEL = /^(?:Episode|Podcast episode)$/;
const NUMBERED_EPISODE = /^(?:Ep\.|Episode|EP) ?\d{1,4}(?::| [-–—]) /;
const EPISODE_NUMBERED = /\b(?:Episode|Ep\.?) ?\d{1,4}\b/;
// "S1E4: Down from the mountain": an episode's season and number before its title.
const SEASON_EPISODE = /^S\d{1,2} ?E\d{1,3}\b[:.]? \p{Lu}/u;

// What may stand between a wiki's title and its tagline: rows of its infobox, its tabs and tools, a mirror's day.
const UNDER_WIKI_TITLE: ReadonlySet<RuleId> = new Set(["labelled-metadata", "site-navigation", "engagement-counts", "dateline"]);
const WIKI_TAB = /^(?:Article|Talk|Discussion|Read|Edit|Edit source|View source|View history|History|Tools|Watch|Unwatch|\d{1,3} languages|Add languages)$/i;

// ("Visited my in-laws' old village ... Some notes (self.China)": an old board's post, its community after its title.)
export const SELF_POST_AFTER = / \(self\.\w{2,40}\)$/;
// How far down a forum's line ("r/China") may stand over its thread's title.
const FORUM_LINE_REACH = 4;

function titleLine(lines: readonly HeaderLine[]): number | null {
  // ("Report on the Work of the People's Government of Gansu Province" over "Total Page:14": the shared document's name.)
  // ("PaperStack" / "Upload | Browse" over the name: under the sharing site's own masthead and menu.)
  const sharedName = lines.findIndex((l, k) => k < SHARED_NAME_REACH && l.rule === null && wordCount(l.text) >= 3 && SHARED_FILE_FACTS.test(lines[k + 1]?.text ?? ""));
  if (sharedName >= 0) return sharedName;
  const cover = sharedCoverTitle(lines);
  if (cover !== null) return cover;
  const crumb = trailTitle(lines);
  if (crumb !== null) return crumb;
  // ("Xinjiang Aksu Rural Water Supply and Livelihood Project" over "Date posted: 28 Nov 2018" over the sheet's rows, "Project
  // Name    Xinjiang Aksu ...": a record's title, set again as the value of the row that names it.)
  const rowNames = new Set(lines.map((l) => NAME_ROW.exec(l.text)?.[1]).filter((name) => name !== undefined));
  const renamed = rowNames.size === 0 ? -1 : lines.findIndex((l) => l.rule === null && wordCount(l.text) >= 3 && rowNames.has(l.text));
  if (renamed >= 0) return renamed;
  // ("This is to certify that the thesis entitled" over "SEASONAL LABOR, STATE MOBILIZATION AND ...": a thesis's
  // approval page names the thesis on the line under its formula.)
  const certified = lines.findIndex((l, k) => k < CERTIFIED_REACH && CERTIFIED_THESIS.test(l.text));
  if (certified >= 0 && lines[certified + 1]?.rule === null && wordCount(lines[certified + 1]!.text) >= 3) return certified + 1;
  // ("Social Monitoring Report" / "3rd Semestral Report" / "Project Number: 49812-004" / "PRC: Gansu Linxia Rural Water
  // Supply ... Project": a development bank's report names the project it is on, after the country, under its kind.)
  const project = lines.findIndex((l, k) => k < PROJECT_TITLE_REACH && l.rule === null && PROJECT_TITLE.test(l.text));
  if (project > 0 && lines.slice(0, project).some((l) => REPORT_KIND.test(l.text))) return project;
  // ("4. Income Level of Farmers and Herdsmen" over its first paragraph: a report's section, set alone,
  // headed by its number; "RE: The Berlin Wall fell 30 years ago...": a reply titled after its thread.)
  const top = lines[0];
  if (top !== undefined && top.rule === null && NUMBERED_HEADING.test(top.text) && isTitleCased(top.text) && wordCount(top.text) <= 16 && lines[1] !== undefined && isProseLine(lines[1].text)) return 0;
  // ("China's Xinjiang says cotton incomes lift ..." over "eng.xinjiangnet.cn" over "submitted 2 years ago by ...": a link
  // shared to a forum, its title over the address it links to and the poster's line, however it reads.)
  // ("r/China Jun 3 '20" over "My wife's village was just told it has exited poverty. Here is what ..." : a thread's
  // title under its forum's line, however long and however it reads.)
  // ("r/ChinaDevelopment Apr 17 '21" over "u/panda_ledger" over the title: and under the poster's line between.)
  // ("r/China • u/poster • Sep 14 '24" over "Discussion" over the title: the post's flair, a word or two, between.)
  // ("BestofAMA" / "Browse Users Random AMA Submit About" / "r/IAmA" over the title: under an archive's masthead and menu.)
  const forum = lines.findIndex((l, k) => k < FORUM_LINE_REACH && l.rule === "forum-header" && SUBREDDIT_LINE.test(l.text));
  const [afterForum, twoAfter] = [lines[forum + 1], lines[forum + 2]];
  const flair = afterForum !== undefined && twoAfter !== undefined && ((afterForum.rule === "forum-header" && /^u\//.test(afterForum.text)) || (afterForum.rule === null && wordCount(afterForum.text) <= 2 && /^\p{Lu}[\p{L} ]*$/u.test(afterForum.text) && wordCount(twoAfter.text) > 3));
  const threadTitle = forum + (flair ? 2 : 1);
  // ("My county in Gansu was declared out of poverty last year. ..." over "Discussion (self.China)": an old board's post, its
  // title over its flair and community, however it reads.)
  const selfPosted = lines.findIndex((l, k) => k > 0 && k < HEADER_LINES && l.rule === "forum-header" && SELF_POST.test(l.text));
  if (selfPosted > 0 && lines[selfPosted - 1]!.rule === null) return selfPosted - 1;
  // ("Visited my in-laws' old village ... (self.China)" over "submitted 4 years ago * by hui_noodle_guy": or with its
  // community after the title on its line.)
  const selfTitled = lines.findIndex((l, k) => k < HEADER_LINES && l.rule === null && SELF_POST_AFTER.test(l.text) && lines[k + 1]?.rule === "forum-header");
  if (selfTitled >= 0) return selfTitled;
  // ("r/Kazakhstan" / "•" / "3 yr. ago" / "zhetisu_qyz" over the title: a board's post, its community, age and poster over it.)
  const aged = lines.findIndex((l, k) => k > 0 && k < HEADER_LINES && POST_AGE_LINE.test(l.text) && (SUBREDDIT_LINE.test(lines[k - 1]!.text) || (lines[k - 1]!.text === "•" && SUBREDDIT_LINE.test(lines[k - 2]?.text ?? ""))));
  const postTitle = aged < 0 ? -1 : lines[aged + 1]?.rule === "byline" ? aged + 2 : aged + 1;
  if (aged >= 0 && lines[postTitle]?.rule === null && wordCount(lines[postTitle]!.text) >= 3 && wordCount(lines[postTitle]!.text) <= THREAD_TITLE_WORDS) return postTitle;
  if (forum >= 0 && lines.length > threadTitle && lines[threadTitle]!.rule === null && wordCount(lines[threadTitle]!.text) <= THREAD_TITLE_WORDS && !isPhotoCaption(lines[threadTitle]!.text)) return threadTitle;
  // ("[House Hearing, 117 Congress]" / "[From the U.S. Government Publishing Office]" over "POVERTY FIGURES AND LABOR
  // TRANSFERS IN XINJIANG": a printed record's notes in brackets, then its title, whatever the cover sets under it.)
  let noted = 0;
  while (noted < lines.length && (HEARING_NOTE.test(lines[noted]!.text) || FROM_THE_PRINTER.test(lines[noted]!.text))) noted++;
  if (noted > 0 && lines[noted]?.rule === null && wordCount(lines[noted]!.text) >= 3 && wordCount(lines[noted]!.text) <= 30 && !isProseLine(lines[noted]!.text)) return noted;
  // ("Western China: Rural Health" over "Oral Answers to Questions — ... – in the House of Commons at 11:30 am on 24 June
  // 2009.": a debate's title over the line saying where and when it sat, however the title reads.)
  const sat = lines.findIndex((l, k) => k > 0 && k < SITTING_REACH && l.rule === "labelled-metadata" && (SITTING_LINE.test(l.text) || ASKED_ON.test(l.text) || VOLUME_DEBATED.test(l.text)));
  if (sat > 0 && (lines[sat - 1]!.rule === null || lines[sat - 1]!.rule === "leading-section-label") && wordCount(lines[sat - 1]!.text) >= 2) return sat - 1;
  // ("Volume 13 Issue 4" over "Off-farm labour transfer and household welfare ...": a journal page's issue over the
  // paper's title, maybe with the journal's name set again between, "Volume 109, October 2021, 105642" / "Land Use Policy".)
  const issue = lines.findIndex((l, k) => k < ISSUE_REACH && l.rule === "dateline" && ISSUE_LINE.test(l.text));
  // ("Volume 41, December 2021, 102318" over "Research paper" over the title: the kind of paper may stand between.)
  const overIssueKind = (k: number) => (PAPER_KIND_LABEL.test(lines[k]?.text ?? "") ? k + 1 : k);
  const underIssue = issue < 0 ? -1 : overIssueKind(lines.slice(0, issue).some((l) => l.text === lines[issue + 1]?.text) ? issue + 2 : issue + 1);
  // ("Volume 14" over "Issue number 2" in a research portal's table: the issue's row, no title.)
  const titleLike = (k: number) => k >= 0 && lines[k]?.rule === null && wordCount(lines[k]!.text) >= 3 && wordCount(lines[k]!.text) <= PAPER_TITLE_WORDS && !isProseLine(lines[k]!.text) && !ISSUE_ROW.test(lines[k]!.text);
  if (underIssue > 0 && titleLike(underIssue)) return underIssue;
  // ("Herder Livelihoods after ..." / "• Journal of Resources and Ecology" / "• Vol. 12, Issue 5, 688 (2021)": or the title
  // over the journal's name over the issue, the authors under them.)
  if (issue > 1 && lines[issue - 1]!.rule === "labelled-metadata" && titleLike(issue - 2) && wordCount(lines[issue - 2]!.text) >= OVER_JOURNAL_TITLE_WORDS && !isSiteControl(lines[issue - 2]!.text)) return issue - 2;
  // ("Working Paper" over "Seasonal labour transfer and household poverty ...": a repository's cover names the kind of
  // paper over its title.)
  const kindOver = lines.findIndex((l, k) => k < PAPER_KIND_REACH && l.rule === null && PAPER_KIND_LABEL.test(l.text) && lines[k + 1]?.rule === null && wordCount(lines[k + 1]!.text) >= 3 && wordCount(lines[k + 1]!.text) <= PAPER_TITLE_WORDS && !isProseLine(lines[k + 1]!.text));
  if (kindOver >= 0) return kindOver + 1;
  // ("Sent South and Back Again: ..." over "Published online by Cambridge University Press: 12 June 2024"; "Shops on the
  // Hillside: ..." over "Original Paper" over "Published: 03 August 2022": a journal's page sets the paper's title over the
  // day it came out, its kind maybe between.)
  const paperDay = lines.findIndex((l, k) => k > 1 && (ONLINE_BY.test(l.text) || (PUBLISHED_DAY.test(l.text) && PAPER_KIND_LABEL.test(lines[k - 1]!.text))));
  const overPaperDay = paperDay < 0 ? -1 : PAPER_KIND_LABEL.test(lines[paperDay - 1]!.text) ? paperDay - 2 : paperDay - 1;
  if (titleLike(overPaperDay) && isHeadline(lines[overPaperDay]!.text)) return overPaperDay;
  const linked = lines.findIndex((l, k) => k < LINK_POST_REACH && l.rule === null && wordCount(l.text) >= 3 && LINK_DOMAIN.test(lines[k + 1]?.text ?? "") && lines[k + 2]?.rule === "forum-header");
  if (linked >= 0) return linked;
  // ("▲ China's rural pension pays 180 yuan a month (lowlandpost.org)" over "212 points by tallgrass 9 hours ago | ...":
  // a link aggregator's shared link, the site in brackets after its title, over the poster's line.)
  const shared = lines.findIndex((l, k) => k < LINK_POST_REACH && l.rule === null && LINKED_SITE_AFTER.test(l.text) && lines[k + 1]?.rule === "forum-header");
  if (shared >= 0) return shared;
  // ("steemit" / "Home  Explore  Wallet" / "RE: Tibet has ...": a reply's title under the site's name and menu.)
  const reply = lines.findIndex((l, k) => k < REPLY_TITLE_REACH && l.rule === null && REPLY_TITLE.test(l.text) && wordCount(l.text) <= 30);
  if (reply >= 0) return reply;
  // ("Income disparity in Urumqi: an analysis of labour market outcomes." over "INTRODUCTION": a paper's title, which a
  // print page sets with its stop, right over the heading its text opens with, under nothing but a short label.)
  const overOpening = lines.findIndex((l, k) => k < PAPER_TITLE_REACH && l.rule === null && /^\p{Lu}[^.!?]*\.$/u.test(l.text) && wordCount(l.text) <= PAPER_TITLE_WORDS && PAPER_OPENING.test(lines[k + 1]?.text ?? ""));
  if (overOpening >= 0 && lines.slice(0, overOpening).every((l) => l.rule !== null || wordCount(l.text) <= 3)) return overOpening;
  // ("Teaching Comparative Government and Politics" over "Tuesday, April 16, 2013" over "Any way to confirm this?"
  // over the post: a blog's name, the day's heading, then the post's title, short and no sentence.)
  // ("THE RED LEDGER" over "Notes on class, capital and ..." over the day: the blog's motto may stand between its name
  // and the day; a byline may stand under the post's title.)
  // ("The Bamboo Wire" / "By Harbour Lane Audio" / "Counting Xinjiang's surplus labour" / "Jun 8, 2021 · Episode 112 ·
  // 41 min": a podcast app's show, its producer, then the episode's title over its day and number.)
  // ("S1E4: Down from the mountain: Relocated Lives Ep 4" over the show's line and the day: an episode's title led by
  // its season and number, whatever stands under it.)
  const coded = lines.findIndex((l, k) => k < EPISODE_REACH && l.rule === null && SEASON_EPISODE.test(l.text) && !isProseLine(l.text));
  if (coded >= 0) return coded;
  // ("Episode" over "Nujiang's last mile: how Fugong and Lanping left the poverty list": a player's label over the episode's title.)
  const labelled = lines.findIndex((l, k) => k < HEADER_LINES && EPISODE_LABEL.test(l.text) && lines[k + 1]?.rule === null && wordCount(lines[k + 1]!.text) >= 3 && !isProseLine(lines[k + 1]!.text));
  if (labelled >= 0) return labelled + 1;
  const episode = lines.findIndex((l, k) => k > 0 && k < EPISODE_REACH && l.rule === null && lines[k + 1]?.rule === "dateline" && EPISODE_NUMBERED.test(lines[k + 1]!.text) && wordCount(l.text) <= PAPER_TITLE_WORDS && !isProseLine(l.text));
  if (episode > 0) return episode;
  const blogPost = blogPostTitle(lines);
  if (blogPost !== null) return blogPost;
  // ("Home > Finance > Thread" over "Why do people abroad still picture rural China as it was in the 1990s, when ...?":
  // a question-and-answer site's question, one sentence however long, under nothing but the site's chrome.)
  // ("Notifications" / "Try Quora+" over it: or under a menu's word or two.)
  const underStop = (k: number) => {
    const above = lines[k - 1];
    return above !== undefined && (above.rule === null ? wordCount(above.text) <= 2 && !/[.!?:]$/.test(above.text) : STOPS.has(above.rule));
  };
  // ("How did Kazakh herders in Altay get out of poverty? Were they forced to settle?": a question may ask twice.)
  // (Not a heading in capitals that asks, "ARE HERDERS POOR?", over a blog's title.)
  const asked = lines.findIndex((l, k) => k > 0 && k <= QUESTION_REACH && l.rule === null && /\?["”’]?$/.test(l.text) && /\p{Ll}/u.test(l.text) && wordCount(l.text) <= QUESTION_TITLE_WORDS && !/[.!]["”’]? \p{Lu}/u.test(l.text) && underStop(k));
  // ("Quora" / "Home" / "Following" / "Answer" / "Search Quora" over the question: a menu's words, one or two to a line.)
  if (asked > 0 && lines.slice(0, asked).every((l) => l.rule !== null || (wordCount(l.text) <= 2 && !/[.!?:]$/.test(l.text)))) return asked;
  // ("Knowing All about Hunan" over "Hunan Government Leaders Highlight Poverty Alleviation" over "Updated:2019-02-13
  // 17:10:40": a site's tagline, then the headline its template sets over the day it was updated.)
  // ("The World Bank" over "RESULTS BRIEFS March 18, 2014" over "China: Bringing Roads, Water and a Voice to ...": the
  // site's short name, the section's day, then the headline, longer and no sentence, under nothing but chrome.)
  const named = lines.findIndex((l) => l.rule === null);
  const overDay = named >= 0 ? lines[named + 1] : undefined;
  const underDay = lines[named + 2];
  if (named >= 0 && overDay?.rule === "dateline" && underDay?.rule === null && wordCount(lines[named]!.text) <= MASTHEAD_WORDS && isTitleCased(lines[named]!.text) && !/[.!?]$/.test(lines[named]!.text) && isHeadline(underDay.text) && !isProseLine(underDay.text) && !/[.!?]["”’]?$/.test(underDay.text) && wordCount(underDay.text) >= wordCount(lines[named]!.text) + LONGER_HEADLINE && overDay.text.length <= 60) return named + 2;
  // ("Source:Hunan gov" between the headline and the stamp: the template's other fields may stand over the day.)
  const fields = lines.slice(2, 2 + TEMPLATE_FIELDS).findIndex((l) => l.rule !== "dateline" && l.rule !== "labelled-metadata");
  const stamped = lines.slice(2, fields < 0 ? 2 + TEMPLATE_FIELDS : 2 + fields).some((l) => UPDATED_STAMP.test(l.text));
  if (lines.length > 3 && top !== undefined && top.rule === null && wordCount(top.text) <= TAGLINE_WORDS && lines[1]!.rule === null && isHeadline(lines[1]!.text) && !isProseLine(lines[1]!.text) && stamped) return 1;
  // ("Li Keqiang: Over the past year, we have ...", set twice at the top: a page gives its headline so, however it reads.)
  // (Not a lead's long sentence a scraper printed twice: "Tens of thousands of workers were on strike ..., AFP reports.")
  if (lines.length > 1 && lines[0]!.rule === null && lines[1]!.text === lines[0]!.text && wordCount(lines[0]!.text) <= 45 && !isPhotoCaption(lines[0]!.text) && !(wordCount(lines[0]!.text) > LEAD_WORDS && /\.["”’]?$/.test(lines[0]!.text))) return 0;
  // ("Tibet Autonomous Region | |" over "---|---|": an infobox set as a table, its caption the first row with empty cells;
  // "Nagqu" over "Nagqu 那曲市 ... | |" over "---|---|": the title over that caption.)
  const caption = [0, 1].find((k) => lines[k] !== undefined && CAPTION_ROW.test(lines[k]!.text) && TABLE_RULE.test(lines[k + 1]?.text ?? ""));
  if (caption === 0 || (caption === 1 && lines[1]!.text.startsWith(`${lines[0]!.text} `))) return 0;
  // ("China Power" over "The Uneven Ledger of China's Rural Revival", the pair set again a line or two below: a
  // column's name over its headline, as a magazine's template sets them twice; the headline is the longer.)
  const pairAgain = lines.length > 3 && lines[1]!.rule === null && isHeadline(lines[1]!.text) && wordCount(lines[1]!.text) > wordCount(lines[0]!.text) ? [2, 3, 4].find((k) => lines[k]?.text === lines[0]!.text && lines[k + 1]?.text === lines[1]!.text) : undefined;
  if (pairAgain !== undefined) return pairAgain + 1;
  // ("Akto County" over a maintenance notice over "Akto County" again: a wiki's title, set twice around its banner.)
  if (lines.length > 2 && (lines[0]!.rule === null || lines[0]!.rule === "leading-section-label") && !UNDER_HEADLINE.has(lines[1]!.rule ?? "pagination") && wordCount(lines[0]!.text) <= 8 && /^\p{Lu}/u.test(lines[0]!.text) && lines.slice(2, 4).some((l) => l.text === lines[0]!.text) && !isPhotoCaption(lines[0]!.text)) return 0;
  // ("What China's 'Total Victory' ... Looks Like" set twice under a first line that runs it into its standfirst:
  // a headline-like line the first line opens with, set twice under it, is the headline.)
  const repeated = lines.slice(1, REPEAT_LINES).findIndex((l, k) => l.rule === null && isHeadline(l.text) && lines[0]!.text.startsWith(`${l.text} `) && lines.slice(k + 2, k + 2 + REPEAT_LINES).some((m) => m.text === l.text));
  if (repeated >= 0) return repeated + 1;
  // ("Liangshan families moved off ... : Report | World News - The Indus Chronicle" at the top, the headline alone lower
  // down: the browser's title, the headline before the section and the site, over the page's own headline.)
  const underBrowserTitle = lines.findIndex((l, k) => k > 0 && l.rule === null && wordCount(l.text) >= 4 && lines[0]!.text.startsWith(l.text) && BROWSER_TITLE_TAIL.test(lines[0]!.text.slice(l.text.length)));
  if (underBrowserTitle > 0) return underBrowserTitle;
  // ("Joke Collection Website - Bulletin headlines - Speech at the city's meeting ..." over "Speech at the city's meeting
  // ...": a browser's title, the site and its section before the headline, over the headline alone.)
  if (lines.length > 1 && lines[1]!.rule === null && isHeadline(lines[1]!.text) && /^(?:-|\||>|»|_|–|—)$/.test(lines[0]!.text.slice(0, -lines[1]!.text.length).trimEnd().split(" ").at(-1) ?? "") && lines[0]!.text.endsWith(` ${lines[1]!.text}`)) return 1;
  // (" date 2021-02-25 China's Xi declares ...": a headline glued to the page's date on its first line is the
  // page's own, over any photo's caption set above the time it takes to read.)
  if (lines.length > 1 && lines[0]!.number !== undefined && lines[1]!.number === lines[0]!.number && lines[0]!.rule === "dateline" && lines[1]!.rule === null && isHeadline(lines[1]!.text)) return 1;
  // (The caller gives the header's lines: `headerLength` of them.)
  const limit = lines.length;
  // ("China’s Lesser Known Migrants" on a paper's cover, its title page and the browser's bar: a headline
  // set three times or more in the header is the title, where it is set as most of them spell it; not spam's
  // "10 situs togel terpercaya", set over and over in lower case.)
  const repeats = new Map<string, number[]>();
  // (Not under the story's first paragraphs: "Sarawak to roll out 600 new rural clinics", set three times in the
  // related articles under a wire story, is another story's.)
  const prose = lines.findIndex((l) => l.rule === null && isProseLine(l.text));
  for (const [k, l] of lines.entries()) {
    if (prose >= 0 && k > prose) break;
    if (l.rule !== null || !isHeadline(l.text) || !/^["“‘'\p{Lu}]/u.test(l.text) || isPhotoCaption(l.text)) continue;
    const key = l.text.replace(/[`'’]/g, "’");
    repeats.set(key, [...(repeats.get(key) ?? []), k]);
  }
  for (const at of repeats.values()) {
    if (at.length < TITLE_REPEATS) continue;
    const setAs = (k: number) => at.filter((j) => lines[j]!.text === lines[k]!.text).length;
    return at.reduce((best, k) => (setAs(k) > setAs(best) ? k : best));
  }
  // ("Poverty Drive Wins Loyalty in the Hills" set twice, one line under the other, right under the day: an
  // aggregator's template prints the headline twice; a photo's caption set twice stands elsewhere, or over its agency's
  // name alone, "GETTY IMAGES".)
  const twice = lines.findIndex((l, k) => k > 0 && k + 1 < lines.length && lines[k - 1]!.rule === "dateline" && l.rule === null && lines[k + 1]!.text === l.text && lines[k + 1]!.rule === null && wordCount(l.text) >= TWICE_SET_WORDS && isHeadline(l.text) && !isPhotoCaption(l.text) && !AGENCY_ALONE.test(lines[k + 2]?.text ?? ""));
  if (twice >= 0) return twice;
  // "Zhaojue County" over "From Wikipedia, the free encyclopedia": a wiki sets its page's title over its tagline.
  const tagline = lines.slice(0, limit).findIndex((l) => WIKI_TAGLINE.test(l.text));
  let aboveTagline = tagline - 1;
  // ("Minning, Ningxia" over "Coordinates: 38°14′40″N ..." over the tagline: an infobox row may stand between.)
  // ("Jiashi County" over "32 languages" / "Article" / "Talk" / "View history" / "Tools" over the tagline, "Fanghuiju" over
  // "Last updated 9 August 2022" / "Share": a wiki's tabs and tools, or a mirror's day and buttons, may stand between too.)
  while (aboveTagline >= 0 && (lines[aboveTagline]!.text.trim() === "" || lines[aboveTagline]!.rule === "labelled-metadata")) aboveTagline--;
  // (Past tabs and tools, the name is taken when the page sets it again: "Jiashi County - Wikipedia" in the browser's bar,
  // or over the infobox.)
  let pastTabs = aboveTagline;
  while (pastTabs >= 0 && (UNDER_WIKI_TITLE.has(lines[pastTabs]!.rule ?? "pagination") || WIKI_TAB.test(lines[pastTabs]!.text))) pastTabs--;
  const overTabs = pastTabs >= 0 ? lines[pastTabs]!.text : "";
  if (pastTabs !== aboveTagline && lines.some((l, k) => k !== pastTabs && (l.text === overTabs || l.text.startsWith(`${overTabs} - `) || l.text.startsWith(`${overTabs} | `)))) aboveTagline = pastTabs;
  // (A wiki's title may be one or two words: "Zhaojue County".)
  // (Over the tagline, a line that would otherwise read as a section's label: "Zhaojue County".)
  if (aboveTagline >= 0 && (lines[aboveTagline]!.rule === null || lines[aboveTagline]!.rule === "leading-section-label") && /^\p{Lu}/u.test(lines[aboveTagline]!.text) && wordCount(lines[aboveTagline]!.text) <= 12 && !isProseLine(lines[aboveTagline]!.text)) return aboveTagline;
  let bodyStart = limit;
  // Whether a byline or date line stands above the line looked at: a caption under one starts the text.
  let creditsAbove = false;
  for (let k = 0; k < limit; k++) {
    // Running text starts at its first line of prose, or at a dateline however short its line
    // ("WASHINGTON, Dec 2 (Reuters) - The Trump administration", wrapped at a fixed width).
    // (A photo's caption over the headline, "People in Tibet have never had it so good, ... Photo: Reuters", starts no
    // text; one under the byline or date line does.)
    if (lines[k]!.rule === null && (isProseLine(lines[k]!.text) || OPENS_TEXT.test(lines[k]!.text) || runsOnAsText(lines, k)) && !overItsCredits(lines, k) && !(k <= 2 && captionOverCredit(lines, k)) && !isEpigraph(lines, k) && (creditsAbove || !isPhotoCaption(lines[k]!.text))) {
      bodyStart = k;
      break;
    }
    creditsAbove ||= lines[k]!.rule === "byline" || lines[k]!.rule === "dateline";
  }
  // ("Published in the United Kingdom by ..." / "All rights reserved. ..." over "Moving the Surplus: ..." / "Helen Marsh
  // and Tursun Ablet" / "October 2022": a report's front matter, then its title page, the title over its writers and day.)
  const titlePage = lines.findIndex((l, k) => k > bodyStart && k - bodyStart <= FRONT_MATTER_LINES && k + 2 < limit && l.rule === null && isHeadline(l.text) && !/[.!?:]$/.test(l.text) && ((lines[k + 1]!.rule === "byline" && lines[k + 2]!.rule === "dateline") || (lines[k + 1]!.rule === "dateline" && lines[k + 2]!.rule === "byline")));
  if (titlePage >= 0) return titlePage;
  // ("China Declares Victory ... : Goats and Soda The government has declared ..." over "China Says It Has Ended
  // Poverty. Is That True?" over the player's buttons: a page's summary line for search engines, then its headline.)
  if (bodyStart === 0 && lines.length > 2 && lines[1]!.rule === null && isHeadline(lines[1]!.text) && isTitleCased(lines[1]!.text) && wordCount(lines[1]!.text) <= 16 && lines[2]!.rule !== null) return 1;
  // ("Wumeng Mountains Livelihood Improvement Project Completion Evaluation" over "Table of Contents": a report's cover,
  // its title over the contents; the notes between the contents and the text, "Currency Equivalent", head no page.)
  const contents = lines.findIndex((l, k) => k < bodyStart && CONTENTS_HEADING.test(l.text));
  const onCover = contents > 0 ? headlineIn(lines, 0, contents) : null;
  if (onCover !== null) return onCover;
  let end = bodyStart;
  for (let k = bodyStart - 1; k >= -1; k--) {
    if (k >= 0 && !STOPS.has(lines[k]!.rule ?? "pagination")) continue;
    // Under a member's profile a post begins, whose first line is no headline of the page's.
    const chosen = k >= 0 && lines[k]!.rule === "member-profile" ? null : headlineIn(lines, k + 1, end);
    if (chosen !== null) return headlineOverByline(lines, chosen) ?? chosen;
    end = k;
  }
  // A short page or one without a headline-like line: its first unmatched line, unless that is prose.
  const first = lines.findIndex((l) => l.rule === null);
  // (Not a line opening with a count or a clock, such as a forum's "4 months ago".)
  if (first >= 0 && first < bodyStart && !isNotAHeadline(lines[first]!.text) && !OPENS_TEXT.test(lines[first]!.text) && !/:$/.test(lines[first]!.text) && /^["“‘'\p{L}]/u.test(lines[first]!.text)) return first;
  return titleUnderChineseTrail(lines);
}

// How far down a Chinese site's trail may stand, and how long the headline under it runs.
const CHINESE_TRAIL_REACH = 8;
const CHINESE_TRAIL = /^[\u3400-\u9fff]{2,6}\s*[>›»]/u;
const CHINESE_HEADLINE = /^(?=[^:：|]{6,80}$)(?:【[^】]{1,12}】)?[\u3400-\u9fff]/u;

/**
 * ("首页 > 双语阅读 > 时政" over "西藏自治区脱贫攻坚新闻发布会(双语全文)": a bilingual page whose headline is in Chinese
 * only, under its site's trail; taken only where no line in Latin letters reads as the headline.)
 */
function titleUnderChineseTrail(lines: readonly HeaderLine[]): number | null {
  const trail = lines.findIndex((l, k) => k < CHINESE_TRAIL_REACH && CHINESE_TRAIL.test(l.text));
  const under = lines[trail + 1];
  return trail >= 0 && under !== undefined && under.rule === "foreign-script" && CHINESE_HEADLINE.test(under.text) && findDates(under.text).length === 0 ? trail + 1 : null;
}
