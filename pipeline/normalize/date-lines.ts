// One line in; when it is a line that dates the page ("date 2019-05-06", "Outlet, March 9, 2017",
// "Site.comUpdated: May 2, 2018", "Post on 03-Mar-2020", "Published online by X: 12 June 2024",
// "22 Feb 2021 · By Leila Haddad"), the date as written, whether it is the publication or the update
// date, and any outlet or author beside it.
import { isChineseSurname, nameCased, personNameForm, titleCased } from "../text/name-forms.ts";
import { findDates, type FoundDate } from "./find-dates.ts";
import { DAY_NAMES } from "./dates.ts";
import { listedLevel } from "../gazetteer/divisions.ts";
import { wordCount } from "./whitespace.ts";
import { PAGE_KIND } from "./page-kind.ts";
import { isBreadcrumb, isSiteControl, SECTION_NAME, SHARE_BUTTON } from "./page-chrome.ts";
import { namesPublisher } from "./chrome-rules.ts";
import { WIRE_SERVICES } from "./self-named-outlet.ts";
import { parseByline } from "./bylines.ts";

/** "By Kai Lund, May 4, 2020 in Local News": a board's thread, its starter, the day and the forum it is in (dropped). */
export const FORUM_AFTER_DAY = /^(By [^,|]{2,40}, .{6,40}?\d{4}) in \p{Lu}[\p{L} &'’-]{0,40}$/u;
/** "News Desk", "Monitoring Desk": a paper's desk credited as the writer; it names no outlet. */
export const NEWS_DESK = /^(?:News|Web|Online|Monitoring|Foreign|City|Metro|World|Business) Desk$/i;

export interface DateLine {
  field: "published" | "updated";
  /** The date's words as written. */
  value: string;
  outlet: string | null;
  author: string | null;
}

// Dates that are not the page's: a member's join date, a reference's access date, a renderer's clock, a photo's,
// a person's birth or death in an encyclopedia's infobox ("- Birth Date: 1989-04-18").
// ("| From:China Tibet Online": "From" as a label names the source; as a word it opens a span of dates.)
// ("As at December 31, 2004": the day an infobox's figures stand at.)
// ("Cumulative as of 31 December 2016": the day a table's figures run to, no page's.)
// ("On Sat, Sep 14, 2019 at 8:02 AM Dorje Wangmo wrote:": a reply's header, the day of the message it quotes.)
// ("Monthly Archives: November 2020": a blog's heading over the posts of a month, no post's day.)
// ("Period covered by this update: 1 November 2018 – 31 January 2019": the span a report covers, no day it came out.)
// ("Table 1 Survey counties, June 2019": a table's caption, the month its figures stand at.)
// ("Start date: 1 September 2019", "End date: 31 August 2022": a project's span; "It is currently Thu Feb 15, 2024 6:52 pm": a
// board's clock when the page was saved.)
const NOT_PAGE_DATE = /^As (?:at|of)\b|^(?:Monthly|Daily|Yearly) Archives?\b|\b(?:period covered|reporting period|covering the period)\b|\b(?:cumulative|data|figures|statistics|totals?) as (?:at|of)\b|\b(?:joined|member since|registered|join date|retrieved|accessed|render(?:ed)?|loading|photo|taken|file|caption|copyright|expires?|deadline|born|died|birth|death|event|meeting|conference|held|until|from(?!\s*:)|to|between)\b|©|\bwrote\s*:?\s*$|^(?:Table|Figure|Fig\.|Chart|Map) ?\d{1,3}\b|^(?:Start|End|Closing|Due|Expiry|Approval|Signing|Effectiveness|Effective|Completion|Board) date\b|^It is currently\b/i;
// ("In office" over "March 2015 – June 2020", "12 May 2019 - 14 May 2019": a span of time, an office held or an event's
// days, no day a page came out.)
const DATE_SPAN = /^(?!.*\b(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Rr]eleased)\b)(?:\p{L}{3,9}\.? )?(?:\d{1,2},? )?(?:\p{L}{3,9}\.? )?\d{4} ?[–—-] ?(?:\p{L}{3,9}\.? )?(?:\d{1,2},? )?(?:\p{L}{3,9}\.? )?\d{4}$/u;
const UPDATE_LABEL = /\b(?:(?:last )?updated?|modified|edited|revised)\b/i;
// ("Added On March 14, 2019": a video site's word for when it put the page up.)
const PUBLISHED_LABEL = /\b(?:published|publication|posted|post on|released?|issued|added on|date)\b/i;
// Dates of a paper's review, never its publication.
const REVIEW_LABEL = /\b(?:received|accepted|submitted|revised|first online)(?: date| on)?\W*$/i;
const RECORD_NUMBER_LABEL = /^(?:Project|Loan|Grant|Credit|Document|Report|Record|File|Reference|Item|Case|Serial|Accession) ?(?:ID|No\.?|Number|Code|Ref\.?)\s*:?\s*[\dA-Z][\dA-Z/.-]*$/i;
// ("March 2009 CONTENTS": a report's date on its cover run into the heading of its contents, no outlet.)
const CONTENTS_HEADING = /^(?:Table of )?Contents$/i;
// ("April 12,2021   By:Long Xiaoyan, Yang Guowei": the month's name first, and no space after the colon.)
const DAY_THEN_BYLINE = /^((?:\d|\p{Lu}\p{Ll}{2,8}\.? \d)[\p{L}\d ,.:/-]{3,40}?)\s+((?:By|BY|by)(?::\s*|\s+)\p{Lu}[^|]{2,120})$/u;
/** "Information source:", "Information sources:": a portal's label for where its copy came from, its "Source:". */
export const INFORMATION_SOURCE_LABEL = /\bInformation sources?\s*:/gi;
// Labels and joining words that may stand beside a date on a date line.
const LABEL_WORDS = /\b(?:online(?=\s*:)|(?:transmission|broadcast|air|screening) date|premiered(?: on)?|streamed(?: live)?(?: on)?|aired(?: on)?|this (?:version|draft)|(?:originally |online )?published(?: online)?(?: by)?|publication date|date published|(?:original )?date of (?:release|publication|issue)|posted(?: on| by)?|post(?:ed)? on|release date|released(?: on)?|release time|issued(?: on)?|publish(?:ed)? time|time of article published|first published|(?:live )?blog (?:opened|started|closed)(?: on| at)?|(?:last )?(?:updated?|modified)(?: on| at)?|created(?: on| at)?|added on|filed(?: on| at)?|edited|revised|date|time|on|at|source|from)\b/gi;
// "9 min read", "18 minutes", "Views: 1386", "04:15 PM": counters and clock times beside a date, never an outlet.
// ("Mar 15, 2018 • 1h 1min", "Nov 23, 2020 · 31 min 08 sec": an episode's length beside its date.)
// ("Nov 12, 2021, 11 tweets, 4 min read Read on X": a thread reader's counters, the last two run together.)
// ("December 20, 2019 / 3:54 AM / 7 months ago": how long ago, as the page counted it the day it was saved.)
// ("onsdag 28. oktober 2020": a weekday's name in a Nordic or German page's date line.)
// ("September 23, 2018 · 🌐": a social post's sign for who may see it.)
export const COUNTER_PART = /^(?:🌐|👥|🔒|public|(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|(?:\d{1,3}|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago|\d+ (?:min|mins|minutes?) (?:read|listen)(?: read(?: on)? (?:x|twitter|threads))?|(?:\d{1,2} ?h(?:rs?)? ?)?\d{1,3} ?(?:min|mins|m)(?: \d{1,2} ?(?:sec|secs|s))?|\d{1,2} ?h(?:rs?)?|\d+ (?:views?|reads?|comments?|tweets?|posts?)|read(?: on)? (?:x|twitter|threads)|views? \d+|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)$/i;
// ("10-17-2016 12:47 BJT": a clock's time zone beside the date, never an outlet.)
// ("2021-03-08T09:41:27.553Z": an ISO stamp's "Z" is the zone UTC, no outlet.)
const TIME_ZONE = /^(?:BJT|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|MST|IST|JST|KST|HKT|SGT|CET|CEST|BST|AEST|AEDT|Z)$/;
// ("XinHua": a wire's name in whatever case the page set it.)
const WIRE_ANY_CASE = new RegExp(`^(?:${WIRE_SERVICES})$`, "i");
const NEWSROOM_TEAM = /^((\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,2}) (?:Web|News|Online|Digital|Editorial) (?:Team|Desk|Staff))(?: \p{Lu}[\p{L}'’-]*){0,3}$/u;
// A page's buttons set beside its date: "0 Comment(s) Print E-mail", "Adjust font size:".
// ("Published on Aug 16, 2023 PDF Download": the button for the paper's file.)
// ("2019-06-14  Download  Print  Comment": a news page's buttons under its headline.)
const CONTROLS = /\b\d*\s*Comments?\(s\)|\b(?:PDF Download|Download PDF|Print|E-?mail|Share|Adjust font size|Font size|Large|Medium|Small|App Download|Download (?:the |our )?App|Download|Comment|Permalink)\b:?/gi;

/** "06/29/2020Hu Ke |", "17:57:50Xinhua Editor : x", "China.org.cnUpdated:": words a page ran together. */
function unglued(line: string): string {
  // ("15 min readMay 27, 2021": a reading time run into the date.)
  // ("SourceChaozhouNewsNetwork Updated2020-06-03 23:02:56": a label run into its value.)
  // ("Eastern05 May 2019 - 16:57": a section's name run into the day.)
  // ("ChinaOct 14th 2021 edition": or into its month.)
  // ("2024-01-09source:Tianshannet", "2020-06-15byTenzinDolkar": a label, or "by" and the writer's name, run into the day.)
  // ("June 4, 20194:00 PM ET": the year run into the clock after a month's day.)
  // ("Published On 3 Mar 20213 Mar 2021": the day set twice, for the eye and for a screen reader, run together.)
  return line.replace(/\b(\d{1,2} \p{L}{3,9}\.? (?:19|20)\d{2})(?=\1\b)/u, "").replace(/(\p{L}\.? \d{1,2}, (?:19|20)\d{2})(?=\d{1,2}:\d{2} ?[AaPp]\.?[Mm])/u, "$1 ").replace(/(\d)(?=(?:source|from|updated|published)\s*:)/gi, "$1 ").replace(/(\d)by(?=\p{Lu})/gu, "$1 By ").replace(/(\d)(?=\p{Lu})/gu, "$1 ").replace(/^(\p{Lu}\p{Ll}{3,})(?=\d{1,2} \p{Lu}\p{Ll}{2})/u, "$1 ").replace(/^(\p{Lu}\p{Ll}{2,})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)? \d{4}\b)/u, "$1 ").replace(/\b(min(?:ute)?s? (?:read|listen))(?=\p{Lu})/gu, "$1 ").replace(/([a-z.])(?=(?:Updated|Published|Posted|Update|Source|Editor)\b)/g, "$1 ").replace(/\b(Source|Updated|Published|Posted|Author|Editor)(?=\p{Lu}|\d)/gu, "$1: ");
}

// ("发布时间:2019年12月30日08:15 Source: ...": an English page that kept its Chinese site's labels and dates.)
const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*/gu;
const CHINESE_LABELS: readonly [RegExp, string][] = [
  // (In simplified and in traditional characters: "来源" and "來源".)
  [/(?:发布|發布|發佈|发表|發表|更新)?(?:时间|時間|日期)\s*[:：]\s*/gu, " Published: "],
  [/(?:来源|來源)\s*[:：]\s*/gu, " Source: "],
  [/(?:作者|记者|記者)\s*[:：]\s*/gu, " Author: "],
  [/(?:责任|責任)?(?:编辑|編輯)\s*[:：]\s*/gu, " Editor: "],
];

/** The line with its Chinese labels and dates written as an English page writes them. */
export function chineseLabelsRead(line: string): string {
  if (!/[\u4e00-\u9fff]/u.test(line)) return line;
  let out = line.replace(CHINESE_DATE, (_m, y: string, m: string, d: string) => `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")} `);
  for (const [label, english] of CHINESE_LABELS) out = out.replace(label, english);
  return out.trim();
}

/** The date that dates the page: one labelled as published, else the first not labelled as a review date. */
function pageDate(line: string, dates: readonly FoundDate[]): { date: FoundDate; before: string } | null {
  let best: { date: FoundDate; before: string } | null = null;
  let review: { date: FoundDate; before: string } | null = null;
  let from = 0;
  for (const date of dates) {
    const before = line.slice(from, date.start);
    from = date.end;
    if (REVIEW_LABEL.test(before)) {
      review ??= { date, before };
      continue;
    }
    if (PUBLISHED_LABEL.test(before) && !UPDATE_LABEL.test(before)) return { date, before };
    best ??= { date, before };
  }
  // A line that gives only a review date ("Received date: 2021-10-30") dates the page only when nothing else does.
  return best ?? review;
}

/** The parts of a line left once its dates and labels are taken out ("Outlet | Programme | date"). */
// ("Posted By Sonam Wangmo On 12 May 2023 @ 9:05 am In Press Releases | Comments Disabled": the category a post is filed in.)
const FILED_IN = /^In \p{Lu}[\p{L}&' -]{0,40}$|^Comments? (?:Disabled|Closed|Off)$/u;
// ("Studies in Rural Construction No. 3 | Pangea Institute | 14 September 2021": a series and its number, beside its publisher's name.)
const SERIES_NUMBER = /\b(?:No\.|Number|Vol\.|Volume|Issue) ?\d{1,4}$/;

/** Whether a part is two writers' names joined by "and", one of them in a person's name's form, neither a publisher's. */
function writerPair(part: string): boolean {
  const names = part.split(" and ");
  return names.length === 2 && names.every((n) => CAPITALISED_NAME.test(n) && !namesPublisher(n)) && names.some((n) => personNameForm(n.split(" ")) !== null);
}

// ("3/2/2021 Relocation Wage Labour and Household Income in Liangshan.pdf": a document viewer's file name beside its day.)
const FILE_NAME = /\.(?:pdf|docx?|pptx?|xlsx?|txt)$/i;

/** "LI WenjuanYU Guang", run after a day's clock: writers' names, each surname in capitals before the given name, no outlet. */
function writerSurnameFirst(part: string): boolean {
  const surname = /^(\p{Lu}{2,}) \p{Lu}\p{Ll}+/u.exec(part)?.[1];
  return surname !== undefined && isChineseSurname(titleCased(surname));
}

/** The line with each of its dates replaced by `mark`. */
export function withoutDates(line: string, dates: readonly { start: number; end: number }[], mark: string): string {
  let text = "";
  let from = 0;
  for (const d of dates) {
    text += `${line.slice(from, d.start)}${mark}`;
    from = d.end;
  }
  return text + line.slice(from);
}

function restParts(line: string, dates: readonly { start: number; end: number }[]): string[] {
  return withoutDates(line, dates, " | ")
    // An editor's name is the site's bookkeeping, not the page's author or outlet.
    .replace(/\bEditors?\s*:?.*$/, "")
    // ("Latest update: Rusu Xiaoqi (2021-03-09)", "Recent update: ...": an encyclopedia's last editor, named before the day of the edit, too.)
    .replace(/^(?:Latest|Last|Recent|Most recent) (?:update|updated|edit|edited)(?: by)?\s*:?\s*[^|()]{2,40}\(/i, "(")
    // ("Time: December 23, 2019 10:00 Place: Press Hall of ...": where a conference sat is no outlet.)
    .replace(/\b(?:Place|Venue|Location)\s*:.*$/, "")
    // ("| Author:National Bureau of Statistics |": a labelled author, read as a byline is.)
    // ("Source:ChinaToday Author:WEI BO": a label run on after another's value starts a part of its own.)
    // ("Author: From: Xinhua", "Author:" at the end: a label left empty names no one.)
    .replace(/\b(?:Authors?|Research team)\s*:\s*(?=[\p{L}]+\s*:|$)/gu, " ")
    // ("Authors: Ma Xiaoli  Zhou Peng", "Research team: A, B": a label for more than one writer.)
    // ("Reporters: Gulnar Serik, Wang Peng": a broadcaster's word for its writers.)
    .replace(/\b(Authors?|Research team|Reporters?)\s*:\s*/g, (_m, label: string) => (label === "Author" || label === "Reporter" ? " | Author " : " | Authors "))
    // ("2019-08-27 16:30   Source: SRRI   Producer: Chen Yu": a programme's producer, its maker, named as its writer.)
    .replace(/\bProducer\s*:\s*(?=\p{Lu})/gu, " | Author ")
    // ("December 29,2016   By:Xinhua": "By" with a colon.)
    .replace(/\bBy\s*:\s*/g, " | By ")
    // ("by almaty_to_altay » Sun Jun 09, 2019 11:02 pm": a board's arrow between the poster and the day.)
    .replace(/^(by \S{2,40}) » /i, "$1 | ")
    // ("Posted by Hal Roe on June 12, 2019": a post's writer, named as a byline names one; the label words go below.)
    .replace(/\b(?:Posted|Written|Submitted) [Bb]y\s+(?=\p{Lu})/gu, " | By ")
    .replace(CONTROLS, " ")
    // ("Font size: [L] [M] [S]": the type-size buttons' letters in brackets.)
    .replace(/(?:\s*\[[LMS]\]){2,}/g, " ")
    // A clock time beside the date ("| 04:15 PM", "22:18 pm on").
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4}\b)?/g, " ")
    .replace(/\b(?:Received|Accepted|Submitted|Revised)\b/g, " ")
    // ("Category: China Duration: 02:41", "Tags: relocation"): what a video's or a post's record files it under and how
    // long it runs, labelled beside its day; neither names the outlet.
    .replace(FILING_FIELD, " ")
    // ("Run time 41:06": how long an episode runs, no outlet.)
    .replace(/\bRun(?:ning)? time\b:?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/gi, " ")
    // ("Reading time: 9 min": how long the page takes to read.)
    .replace(/\bReading time\s*:?\s*\d{1,3}\s*min(?:ute)?s?\b/gi, " ")
    .replace(LABEL_WORDS, " ")
    // ("December 20, 2019 / 3:54 AM / 7 months ago": a slash set apart by spaces parts them too.)
    .split(/\s*[|·•,;()[\]–—]\s*|\s+-\s+|:\s*|(?<!\S)\/(?!\S)/)
    // ("Jan 08, 2018 - Page 7": a dash left at a part's start once the date before it is taken out.)
    .map((p) => p.replace(/\s+/g, " ").trim().replace(/^-\s*/, ""))
    .filter((p) => p !== "");
}

/** "Ma Xiaoli Zhou Peng" after an "Authors:" label: two names of two words each, set apart by a gap the line lost, as "A and B". */
function twoNames(written: string): string {
  const words = written.split(" ");
  return words.length === 4 && personNameForm(words.slice(0, 2)) !== null && personNameForm(words.slice(2)) !== null ? `${words.slice(0, 2).join(" ")} and ${words.slice(2).join(" ")}` : written;
}

// "By Cao Bin, Cheng Lu and Zhang Jingpin": three writers or more, their names of two or three words.
const BYLINE_NAME = String.raw`(?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+`;
// A name of two or three capitalised words alone, as a byline writes one.
const CAPITALISED_NAME = new RegExp(`^${BYLINE_NAME}$`, "u");
// ("By Su Bin, Wang Dan (People's Daily)": two names with no "and", the paper in brackets after them.)
const BYLINE_LIST = new RegExp(String.raw`\bBy ${BYLINE_NAME}(?:(?:, ${BYLINE_NAME}){1,5},? and ${BYLINE_NAME}\b|(?:, ${BYLINE_NAME}){1,5}(?= ?\())`, "gu");
// ("Received 3 March 2021, Revised ..., Accepted ..., Available online 2 October 2021.": a publisher's history line, its
// steps without colons, the last the day it came out online.)
const PAPER_HISTORY = /\b(?:Received|Accepted|Revised)\b.{0,160}\b(?:Published(?: online)?\s*:|Available online)\s*([^/|;]{6,40}?)\.?\s*$/i;
// A place's name with the word for its level: "Yunnan Province", "Dali Bai Autonomous Prefecture".
const PLACE_SUFFIX = / (?:Province|Autonomous Region|Autonomous Prefecture|Prefecture|County|Region|Township|Village)$/;

// ("National Bureau of Statistics of China": a body's long name, every word capitalised but its joining words.)
// ("International Poverty Reduction Center in China": "in" may join a body's name to its country.)
// How many words a paper's title cited beside its maker has at least.
const CITED_TITLE_WORDS = 4;
// ("Consulate General of the People's Republic of China in Almaty": a body's full name runs to a dozen words.)
const BODY_NAME_WORDS = 12;
const BODY_NAME = /^\p{Lu}[\p{L}'’.&-]*(?: (?:of|and|for|the|on|in|\p{Lu}[\p{L}'’.&-]*))+$/u;
// A labelled field filing a post or a video, with its value ("Category: China", "Duration: 02:41", "Filed under: Poverty, Travel").
// ("Programme: Liangshan News (Chinese)   Duration 04:18", "Air date: 2016-07-20   Slot: 19:30": a broadcast's programme
// beside its air date, how long it ran and when it went out, their clocks already taken out.)
const FILING_FIELD = /\b(?:Categor(?:y|ies)|Tags?|Topics?|Keywords?|Duration|Length|Filed (?:under|in))\s*:\s*[^|:]*|\bProgramme\s*:\s*(?:(?!\b(?:Air|Broadcast|Release) date\b)[^|:])*|\b(?:Duration|Slot)\s*(?::\s*)?$/gi;
// ("Answered Mar 5, 2021", "Uploaded by labourwatch_docs on Jul 14, 2021", "8:02:17 AM9/14/19"): a question site's or a
// document site's word for the post and who put it up, or a clock's half of the day left beside the date; no outlet.
const POST_ACTION = /^(?:answered|asked|uploaded(?: by .*)?|shared by .*|[AaPp]\.?[Mm]\.?)$/i;
// ("... 2005-05-13 13:58 Print| Large| Medium| Small": the page's print and type-size buttons after its date.)
const PAGE_BUTTON = /^(?:Print|Large|Medium|Small|A\+|A-)$/i;
// ("Sunday :: May 6, 2007": a weekday before the date is the day's name, not a publisher.)
// (The site by its address or a publisher's name: "Poverty falls by Jin Ling, ..." is a headline and its writer.)
// ("SHOOTING DATE: June 2, 2024", "Filming time: ..."): the word of a video's record that says which date it is, no outlet.
// ("Last revised: 2 Nov 2020": and the word before a label's verb that says which of its dates it is.)
const DATE_LABEL_WORD = /^(?:shooting|filming|recording|shot|upload(?:ed)?|release|air|broadcast|capture|event|last|latest)$/i;
const SITE_BY_WRITER = /^([\w-]+(?:\.[\w-]+)+|\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4}) by (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})$/u;
const WEEKDAY_ALONE = new RegExp(`^(?:${DAY_NAMES})$`, "i");
// ("41 Pages Posted: ...": a repository's count of a paper's pages before its labelled days.)
const PAGES_BEFORE_LABEL = /^\d{1,4} Pages\s+(?=\p{Lu}\p{Ll}+:)/u;

/** The line as a date line, or null when it is prose, another kind of date, or holds no date. */
/** "Asia, China, Newsletters", "Economy": the sections a post is filed in, named beside its day; no outlet. (A place alone is read as before.) */
function sectionList(part: string): boolean {
  const items = part.split(/, ?/);
  const section = (item: string) => SECTION_NAME.test(item) || /^(?:newsletters?|digests?|roundups?)$/i.test(item);
  return items.every((item) => section(item) || listedLevel(item) !== undefined) && (items.length > 1 || section(part));
}

// ("News/China 2020-11-17T21:40:12.418Z": the section's path on the site, no outlet.)
const SECTION_PATH = /^\p{Lu}\p{L}{1,20}(?:\/\p{Lu}\p{L}{1,20}){1,3}$/u;

const LABELLED_DAY_STOPPED = /^[\p{L} ]{3,40}: [\p{L}\d ,]{6,30}\d\.$/u;

const TITLE_THEN_MAKER = /^\p{Lu}[^()]{15,160} \((\p{Lu}[^(),]{1,60}), [^(),]{4,30}\)$/u;

// "Issue 14, 2020 | ", "Vol. 3, No. 2 · ": a magazine's issue before the day on a date line.
const ISSUE_BEFORE_DAY = /^(?:Vol(?:ume)?\.? ?\d{1,4},? )?(?:Issue|No\.) ?\d{1,4}(?:, \d{4})? [|·•] (?=\S)/i;
// "Launched", "Founded:": an infobox's label for the day what the page is about began.
const ENTITY_DATE_LABEL = /^(?:launched|founded|established|inaugurated|incorporated|born|died|formed)(?::|\s)/i;

export function readDateLine(line: string): DateLine | null {
  // A date line is short and has a digit: most lines are turned away before any pattern runs.
  if (line.length > 240 || !/\d/.test(line)) return null;
  // ("Submission received: 11 August 2022 / Revised: ... / Accepted: ... / Published: 8 September 2022":
  // a paper's history, of which the last step dates the page.)
  // ("Project ID: 2000003127": a record's number under its label, however many digits, is no day.)
  if (RECORD_NUMBER_LABEL.test(line)) return null;
  // ("Issue 14, 2020 | Published: July 22, 2020": a magazine's issue set before the day the piece came out.)
  const issue = ISSUE_BEFORE_DAY.exec(line);
  if (issue) return readDateLine(line.slice(issue[0].length));
  // ("Launched\tFebruary 2014", "Founded: 1998": an infobox's row dating what the page is about, never the page.)
  if (ENTITY_DATE_LABEL.test(line)) return null;
  // ("NewsLine Tonight full episode, November 12, 2020": a programme's episode titled by the day it aired, a headline.)
  // (Not a radio page's air date with its link, "Thursday 14 January 2021 7:40AM (view full episode)".)
  if (/\bfull (?:episode|show|broadcast)\b(?!\))/i.test(line)) return null;
  // ("Original Date of Release: March 9, 2021.": a labelled day a page closes with a full stop, as a sentence.)
  if (LABELLED_DAY_STOPPED.test(line)) return readDateLine(line.slice(0, -1));
  // ("41 Pages Posted: 17 Sep 2020 Last revised: 2 Nov 2020": a repository's count of the paper's pages before its days.)
  const paged = PAGES_BEFORE_LABEL.exec(line);
  if (paged) return readDateLine(line.slice(paged[0].length));
  const history = PAPER_HISTORY.exec(line);
  if (history) return readDateLine(`Published: ${history[1]}`);
  // ("2021-September-14 10:05 By: Ma Lan, Jike Shiguo (Guangming Daily)": the day and clock, then a byline whole.)
  const dayThenByline = DAY_THEN_BYLINE.exec(line);
  // (A byline that says where its writers filed from is read by the parts below, which know a wire named after the place.)
  const day = dayThenByline === null || / in \p{Lu}/u.test(dayThenByline[2]!) ? undefined : findDates(dayThenByline[1]!).find((d) => d.start === 0);
  const bylined = day === undefined ? null : parseByline(dayThenByline![2]!);
  if (day !== undefined && bylined?.author !== undefined) return { field: "published", value: day.asWritten, outlet: bylined.outlet ?? null, author: bylined.author };
  // ("Thread starter steppe_wanderer Start date Aug 21, 2019": a forum thread's author and its date.)
  // ("The news was updated on September 30, 2019.": a page's date said as a sentence, read as its label.)
  const trimmed = unglued(chineseLabelsRead(line).replace(/^[^\p{L}\p{N}]+/u, ""))
    .replace(/^Thread starter (\S+) Start date\b/i, "By $1 |")
    // ("Interview by Chen Yuting   2022-06-08   Issue 11, 2022": a magazine's issue and its year, no second day.)
    .replace(/\s+\b(?:Issue|No\.|Vol\.|Volume) \d{1,4},? (?:19|20)\d{2}$/, "")
    // ("First Online: 14 May 2022": a publisher's day a chapter or paper went online.)
    .replace(/^First Online:\s*/i, "Published: ")
    // ("Last PDS Update 22 Mar 2019": a record's last update, named for the sheet it updates.)
    .replace(/^Last (?:\p{Lu}[\p{L}]* ){0,2}[Uu]pdated?:?\s*(?=\d)/u, "Updated: ")
    // ("Early online date 3 Oct 2022", "Publication status Published - Jun 2023": a research portal's rows, label and value.)
    .replace(/^(?:Early online date|Publication status:? Published\s?[-–])\s*/i, "Published: ")
    // ("12 | XINJIANG Monday, September 20, 2021 CHINA DAILY": a printed page's folio, its number first.)
    .replace(/^\d{1,3} \| (?=\p{Lu})/u, "")
    // ("2021.06.15.", "2021. 06. 15.": the day as Hungarian and Korean pages write it, each part closed by a stop.)
    .replace(/^(\d{4})\. ?(\d{2})\. ?(\d{2})\.$/, "$1.$2.$3")
    // ("Release time: 2015-06-18    Author: Ma Yuqing    Source: ...    Views: 2,317    Font: [Large] [Medium] [Small]": a
    // government template's fields, of which the count of views and the type-size buttons say nothing of the page.)
    .replace(/\s(?:Page ?views|Views|Hits|Clicks|Visits|Reads)\s*:\s*[\d,]{1,12}(?=\s|$)/gi, " ")
    // ("| Font size: L M S | Print": and the print button after them.)
    .replace(/\sFont(?: size)?\s*:\s*(?:\[?(?:Large|Medium|Small|Big|L|M|S)\]?\s*){1,4}(?:\|\s*(?:Print|Close)\s*){0,2}$/i, "")
    // ("Thu, December 3, 2020, 4:12 PM·6-min read": a portal's day and clock, then how long the story takes to read.)
    .replace(/\s*·\s*\d{1,3}[- ]min(?:ute)?s? (?:read|listen)$/i, "")
    // ("Feb 27, 2021, 09:14 · Web": a post's day and the app it was sent from.)
    .replace(/\s*·\s*(?:Web|Android|iOS|iPhone|iPad|Twitter Web App|Twitter for (?:iPhone|Android|iPad)|TweetDeck)$/, "")
    // ("2020-11-14 10:32  from Weibo weibo.com": a post's day and the app or site it was sent from.)
    .replace(/\s+from (?:Weibo(?: weibo\.com)?|weibo\.com|iPhone|Android|HUAWEI|Xiaomi|OPPO|vivo)(?: [\w.]{1,20})?$/, "")
    // ("Wednesday 14 August 2019 9:20PM (view full episode)": a radio page's air date, and its link to the whole show.)
    .replace(/\s*\((?:view|listen to|watch|hear) (?:the )?full (?:episode|program(?:me)?|show)\)$/i, "")
    // ("Old Hechi Hand 11/24/2016, 09:41:17 Author Profile | Edit": a board's post header, the poster, the day and the
    // buttons for the poster's profile.)
    .replace(/^(\p{Lu}[\p{L}\d_.'’-]*(?: \p{Lu}[\p{L}\d_.'’-]*){0,3}) (\d[\d/.:, -]{5,30}\d) (?:Author )?Profile(?: \| (?:Edit|Reply|Quote))*$/u, "By $1 | $2")
    // ("Written by Ann Roe on Tuesday, ...": a blog template's word for its writer's credit.)
    .replace(/^(?:Written|Words|Story|Text|Reported) by\b/i, "By")
    .replace(FORUM_AFTER_DAY, "$1")
    // ("| Category: Economy", "· Filed under: Economy, Rural", "| Translated from Chinese": the post's shelf and its
    // translator's note beside its day, no outlet.)
    .replace(/\s*[|·•]\s*(?:Categor(?:y|ies)|Filed under|Tags?|Topics?)\s*:[^|·•]*/gi, " ")
    .replace(/\s*[|·•]\s*Translated from \p{Lu}\p{Ll}+$/u, "")
    // ("Mar 31st 2012 | XIJI, NINGXIA | From the print edition": where the piece was filed, a town and its region in
    // capitals between bars, and the edition it ran in; neither is the outlet.)
    .replace(/\s*\|\s*\p{Lu}{2,}[\p{Lu}'’ -]*, \p{Lu}{2,}[\p{Lu}'’ -]*(?=\s*(?:\||$))/gu, " ")
    .replace(/\s*[|·•]\s*(?:From )?(?:the )?(?:print|weekly|daily|online|digital|international) edition\b[^|·•]*/gi, " ")
    // ("2022-03-01 08:30  New Economy Weekly  |  Issue No. 9, 2022": a magazine's issue, after its name.)
    .replace(/\s*[|·•]\s*(?:Issue|Vol\.|Volume)(?: No\.)? ?\d{1,4}(?:, ?(?:19|20)\d{2})?$/i, "")
    // ("April 11, 2023 Clearwell Foundation Season 2 Episode 4": an episode's place in its show, after the publisher.)
    .replace(/\s+(?:Season|Series) \d{1,3},? Episode \d{1,4}$/i, "")
    // ("48,092 views Feb 25, 2021 #PovertyAlleviation #Gansu": a video page's count of views, its day and its hashtags.)
    .replace(/^\d[\d,.]{0,12}[KkMm]? views\s+(?=\S)/, "")
    .replace(/(?:\s+#[\p{L}\p{N}_]{2,40}){1,12}$/u, "")
    // ("Popularity 9Viewed 3178 times 2019-10-21 22:47 |System category:Society| Guizhou, relocation": a readers' blog's
    // counters before the day, its shelf and tags after it.)
    .replace(/^Popularity ?\d{1,7} ?Viewed \d{1,9} times\s*/i, "")
    .replace(/\s*\|\s*System category\s*:.*$/i, "")
    // ("Tuesday, 22 December , 2020 12:41:00": a space the template set before the year's comma.)
    .replace(/(\p{L}) ,(?= ?\d{4}\b)/gu, "$1,")
    // ("Old 03-14-2011, 07:42 PM": a vBulletin post's header, the word its old-post icon stands for before the day.)
    .replace(/^Old (?=\d)/, "")
    // ("iconJan 21, 2020 09:36": a clock icon's alternative text run into the day.)
    .replace(/^icon(?=[A-Z\d])/, "")
    // ("Release time:2019-10-18 Information sources: ... Visits:2417": a portal's label for the source, and its counter of visits.)
    .replace(INFORMATION_SOURCE_LABEL, "Source:")
    // ("Release time: 2021-05-18  Views: 1206  [Print] [Close]": and the buttons in brackets after them.)
    .replace(/(?:\s*\[(?:Print|Close|Share|E-?mail|Font|Big|Medium|Small|[LMS])\])+\s*$/i, "")
    // ("Release time: 2022-01-19 21:07 Source: CCTV Reading: 3286": a translated portal's "Reading" is its counter too.)
    .replace(/\s+(?:Visits|Views|Hits|Clicks|Page ?views|Reads|Reading)\s*:\s*\d[\d,]{0,12}\s*$/i, "")
    // ("2020-06-18  ·  3,842 plays": an episode's day and how often it was played.)
    .replace(/(?:\s*[·|•]\s*\d[\d,.]{0,12}[KkMm]? (?:plays|listens|views|downloads|comments|likes))+\s*$/i, "")
    // ("March 2, 2018 09:10 AM Age: 8 years": how old the page was the day it was saved.)
    .replace(/\s+Age:\s*\d{1,3} (?:days?|weeks?|months?|years?)$/i, "")
    // ("Posted By on October 11, 2021 @ 06:00": a writer's name the template left out, and the clock after an "at" sign.)
    .replace(/^Posted [Bb]y\s+on\b/, "Posted on")
    // ("Pacific Ledger ^ | 03/02/2021 | Colin Mercer": a board's caret linking the paper a post copies.)
    .replace(/ \^(?= \|)/, "")
    .replace(/\s@\s*(?=\d{1,2}:\d{2}\b)/g, " ")
    // ("POST TIME: 13 July, 2018 00:00 00 AM": a template's clock that lost the colon before its seconds.)
    .replace(/\b(\d{1,2}:\d{2}) (\d{2}) ?([AaPp][Mm])\b/g, "$1:$2 $3")
    // ("June 2, 2020 — 5.00am": a clock with a stop between hours and minutes, as British papers write it.)
    .replace(/\b(\d{1,2})\.(\d{2}) ?([AaPp][Mm])\b/g, "$1:$2$3")
    // ("« on: November 12, 2019, 11:39:42 pm »", its opening mark gone with the line's leading signs: a board's
    // opening post, dated; not "« Reply #3 on: ... »", a reply's.)
    .replace(/^on:\s*([^«»]{6,60}?)\s*»$/, "Posted on: $1")
    // ("this post was submitted on 07 Jun 2024": a thread's post put up, no paper sent for review.)
    // ("By Cao Bin, Cheng Lu and Zhang Jingpin in Lhasa": the writers' names listed with commas are one byline.)
    // ("9 December 2019 · Lhasa · Reporting by A, B and C", "Interview by Chen Yuting   2022-06-08": a story's writers after
    // the word for what they did.)
    .replace(/\b(?:Reporting|Interview) by (?=\p{Lu})/gu, "By ")
    .replace(BYLINE_LIST, (list) => list.replaceAll(", ", " and ").replace(" and and ", " and "))
    // ("This page was last edited on 3 February 2024, at 11:02 (UTC).": a wiki's footer, the day its page last changed.)
    .replace(/^(?:The|This) (?:news|article|story|page|post|report) was (?:last )?(updated|published|posted|released|issued|submitted|edited|modified) on (.{6,40}?)(?:, at \d{1,2}:\d{2}(?: \(UTC\))?)?\.?$/i, (_m, verb: string, date: string) => `${/^(?:updated|edited|modified)$/i.test(verb) ? "Updated" : "Published"}: ${date}`);
  if (wordCount(trimmed) > 18 || NOT_PAGE_DATE.test(trimmed) || DATE_SPAN.test(trimmed)) return null;
  const dates = findDates(trimmed);
  const chosen = pageDate(trimmed, dates);
  if (chosen === null) return null;
  // ("Thursday, December 3, 2020       WEEKLY": how often the paper comes out, or its edition, is no outlet's name.)
  // ("CHINA DAILY | FRIDAY, JUNE 14, 2019 | 7": a printed page's folio ends in the page's number.)
  const parts = restParts(trimmed, dates).filter((p, k, all) => !(k === all.length - 1 && all.length > 1 && /^\d{1,3}$/.test(p)) && !COUNTER_PART.test(p) && !TIME_ZONE.test(p) && !PAGE_BUTTON.test(p) && !/^(?:Pages?|pp?\.?|Vol\.?|No\.?|Issue)\b/i.test(p) && !SERIES_NUMBER.test(p) && !/ Series$/.test(p) && !FILED_IN.test(p) && !/^(?:WEEKLY|DAILY|MONTHLY|ONLINE|EDITION|PRINT EDITION)$/.test(p) && !CONTENTS_HEADING.test(p) && !sectionList(p) && !SECTION_PATH.test(p));
  // A forum post's header ("u/name Mar 10 '20", "@handle") dates a post, not the page.
  if (parts.some((p) => /^(?:u\/|@)/.test(p))) return null;
  let author: string | null = null;
  let wireAfterPlace: string | null = null;
  let namedBare = false;
  let afterAuthorLabel = false;
  const others: string[] = [];
  for (const written of parts) {
    // ("2017-11-20 10:50ZhangJianjun": a writer's name run together after the clock.)
    // (Not a wire's name set in its own case, "XinHua".)
    // ("2017-06-15YanLIU": and with the surname in capitals.)
    const camel = WIRE_ANY_CASE.test(written) ? null : /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+|\p{Lu}{2,})$/u.exec(written);
    const part = camel && personNameForm([camel[1]!, nameCased(camel[2]!)]) !== null ? `${camel[1]} ${nameCased(camel[2]!)}` : written;
    const by = /^(?:[Bb]y|(Authors?)) (.+)$/.exec(part);
    const words = part.split(" ");
    // ("Author: Tsering Yangzom, Liu Jun": a name after the labelled writer's, a comma between, is another writer's.)
    if (afterAuthorLabel && by === null && author !== null && words.length <= 3 && personNameForm(words) !== null) {
      author += ` and ${part}`;
      continue;
    }
    afterAuthorLabel = by?.[1] !== undefined;
    // ("Yang Yong China Plus Published: ...": the writer's name run into the outlet's.)
    const lead: number | undefined = author === null && by === null && personNameForm(words) === null ? [2, 3].find((n) => words.length > n && personNameForm(words.slice(0, n)) !== null && /^\p{Lu}/u.test(words[n]!)) : undefined;
    // ("17:05:35Xinhua Mo Hong'e ECNS": a wire's name, then the writer's, then the site's.)
    const wireFirst: number | undefined = author === null && by === null && lead === undefined && words.length >= 3 && namesPublisher(words[0]!) ? [2, 3].find((n) => words.length > n && personNameForm(words.slice(1, n + 1)) !== null) : undefined;
    // ("WION Web Team New Delhi, Delhi, India Oct 13, 2017": a newsroom's team credited as the writer, the
    // outlet its first words, where it filed from after it.)
    const team: RegExpExecArray | null = author === null && by === null ? NEWSROOM_TEAM.exec(part) : null;
    if (team) {
      author = team[1]!;
      others.push(team[2]!);
      continue;
    }
    // ("By WEI BO": a name set in capitals is written as a name.)
    if (by) {
      // ("By AYBEK ASKHAR and MAO WEIHUA in Kashgar": where the writers filed from is no part of their names;
      // "... in Lhasa Xinhua": the wire the story came from, named after the place, is its source.)
      const filedFrom = / in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*$/u.exec(by[2]!);
      const wire = filedFrom === null ? undefined : filedFrom[0].split(" ").slice(3).find((w) => WIRE_ANY_CASE.test(w));
      if (wire !== undefined) wireAfterPlace = wire;
      const written = filedFrom === null ? by[2]! : by[2]!.slice(0, filedFrom.index);
      // ("2020-06-15byTenzinDolkar": the writer's name run together, once the "by" is parted from the day.)
      const runTogether = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(written);
      const name = runTogether && personNameForm([runTogether[1]!, runTogether[2]!]) !== null ? `${runTogether[1]} ${runTogether[2]}` : by[1] === "Authors" ? twoNames(written) : written;
      // ("By:Xinhua", "By:China Tibet Online": a wire service or a publisher credited as the byline is the
      // outlet, and no author; one a label calls the author, "Author:National Bureau of Statistics", is both.)
      // ("By:CGTN": one word in capitals is an outlet's short name; a writer's name has two words or more.)
      // ("By News Desk": the paper's own desk is the writer's credit, and names no outlet.)
      const publisher = !NEWS_DESK.test(name) && (namesPublisher(name) || /^\p{Lu}{2,6}$/u.test(name));
      if (publisher) others.push(name);
      // ("By AYBEK ASKHAR and MAO WEIHUA": each writer's name in capitals.)
      const capitals = /^[\p{Lu} .'’-]+(?: and [\p{Lu} .'’-]+)*$/u.test(name);
      if (!publisher || by[1] !== undefined) author ??= capitals ? name.split(" and ").map(nameCased).join(" and ") : name;
    }
    else if (author === null && personNameForm(words) !== null) {
      author = part;
      namedBare = true;
    }
    // ("Dana Roe and Arjun Li | October 14, 2021": two hosts' names beside the day, one of them read as a name.)
    else if (author === null && writerPair(part)) author = part;
    else if (wireFirst !== undefined) {
      author = words.slice(1, wireFirst + 1).join(" ");
      others.push(words[0]!);
    } else if (lead !== undefined) {
      // ("2020-09-16 14:05 Ma Xiaoyan Bai Jun": two writers' names one after the other, no outlet.)
      const rest = words.slice(lead);
      const secondWriter = personNameForm(rest) !== null;
      author = words.slice(0, lead).join(" ") + (secondWriter ? ` and ${rest.join(" ")}` : "");
      if (!secondWriter) others.push(rest.join(" "));
    } else others.push(part);
  }
  // ("Li Xiaoyun, Dali Bai Autonomous Prefecture, Yunnan Province, July 2022": a person, where and when a
  // photo was taken, as a caption gives them; no writer's credit.)
  if (namedBare && others.filter((p) => listedLevel(p) !== undefined || PLACE_SUFFIX.test(p)).length >= 2) return null;
  // ("PRC State Council, Tibet's Path out of Poverty, March 28, 2020": an archive's heading cites a paper as its maker,
  // its title and its day; the line is the page's title, no date line of a publisher's.)
  if (others.length === 2 && namesPublisher(others[0]!) && !namesPublisher(others[1]!) && wordCount(others[1]!) >= CITED_TITLE_WORDS && listedLevel(others[1]!) === undefined && !PLACE_SUFFIX.test(others[1]!)) return null;
  // What is left may name the outlet ("China Daily", "Site.com", a programme), never a clause or a count.
  if (others.length > 3 || others.some((p) => wordCount(p) > (BODY_NAME.test(p) ? BODY_NAME_WORDS : 5) || !/^[\p{Lu}]|^[a-z0-9-]+\.[a-z]{2,}/u.test(p))) return null;
  // "Beijing, 23 August 2016": a place a statement was dated from, not its publisher.
  // ("2019-08-26YiLOUZishengYANG": words run together, which no outlet writes its name as.)
  // ("Report | March 2021", "date 2020-09-24 What's new": the kind of page or a site's link, not its publisher.)
  // ("Baojing, China (AFP) March 3, 2021": a publisher in brackets is the wire's credit, whatever place stands before it.)
  const credited = /\(([^()]{2,40})\)/.exec(trimmed)?.[1]?.trim();
  // ("General News of Sunday, 15 August 2021": words that run on into the date name no outlet.)
  // ("in Kashgar, Xinjiang China Daily Print": the place the writers filed from, run into a paper named for a
  // place; "Beijing Youth Daily" stays whole, and so does "China Tibet News": a country set before a region is the name's own order.)
  const named = others.map((p) => {
    const rest = p.split(" ").slice(1).join(" ");
    const first = listedLevel(p.split(" ")[0]!);
    return first !== undefined && first !== "country" && rest.includes(" ") && listedLevel(rest.split(" ")[0]!) !== undefined && namesPublisher(rest) ? rest : p;
  });
  // ("Labour Transfer in Southern Xinjiang: A Briefing Paper (Workers' Rights Watch Asia, 10 March 2022)": a paper's
  // title, then its maker and day in brackets; the maker is the publisher, not a place a story was filed from.)
  const maker = TITLE_THEN_MAKER.exec(trimmed)?.[1];
  const issuedBy = maker !== undefined && listedLevel(maker) === undefined && personNameForm(maker.split(" ")) === null ? maker : undefined;
  const outlet = wireAfterPlace ?? issuedBy ?? (credited !== undefined && named.includes(credited) && namesPublisher(credited) ? credited : null) ?? named.find((p) => !/\d/.test(p) && !WEEKDAY_ALONE.test(p) && !/\b(?:of|on|for|the|and|at|in|by|from)$/i.test(p) && listedLevel(p) === undefined && !PAGE_KIND.test(p) && !DATE_LABEL_WORD.test(p) && !isSiteControl(p) && !p.split(" ").every((w) => SHARE_BUTTON.test(w) || PAGE_BUTTON.test(w)) && !POST_ACTION.test(p) && !isBreadcrumb(p) && !/(?:\p{Ll}\p{Lu}.*){2}/u.test(p.replace(/\.\S+$/, "")) && !writerSurnameFirst(p) && !FILE_NAME.test(p)) ?? null;
  // ("FE Report | Thursday, 11 January 2018": a paper's own desk credited as "<initials> Report" is the paper.)
  // ("chinagate.cn by Zhang Ling, August 17, 2016": the site, then its writer.)
  const bySite = author === null ? SITE_BY_WRITER.exec(outlet ?? "") : null;
  const siteBy = bySite !== null && (/\./.test(bySite[1]!) || namesPublisher(bySite[1]!)) ? bySite : null;
  // ("(chinadaily.com.cn/agencies)": the site, with the wires it drew on after a slash.)
  const outletNamed = siteBy ? siteBy[1]! : outlet?.replace(/^(\p{Lu}{2,6}) Report$/u, "$1").replace(/\/(?:agencies|agency|wires)$/i, "") ?? null;
  if (siteBy) author = siteBy[2]!;
  const field = (UPDATE_LABEL.test(chosen.before) && !/\bpublished\b/i.test(chosen.before)) || REVIEW_LABEL.test(chosen.before) ? "updated" : "published";
  return { field, value: chosen.date.asWritten, outlet: outletNamed, author };
}
