// Who and when a page names in its text rather than in its header: a date glued before the text, a
// dateline's credit, an editor's note naming the writer, a forum post's handle over the member's
// profile, an "Author :" label's list, and a site's name after the headline. Each reads strings in
// and gives a value or null out; the document assembles them.
import { bylineNames, parseByline } from "./bylines.ts";
import { isNotNameWord, isPinyinWord, NAME_IN_CAPITALS, personNameForm, titleCased } from "../text/name-forms.ts";
import { findDates } from "./find-dates.ts";
import { MONTH_PATTERN } from "./dates.ts";
import { candidatesFor } from "../gazetteer/gazetteer.ts";
import { BLOG_FOOTER, looksLikePublisher, namesPublisher, type MetadataField } from "./chrome-rules.ts";
import { WIRE_SERVICE_NAME, WIRE_SERVICES } from "./self-named-outlet.ts";

const LEADING_DATE = /^date (\d{4}-\d{2}-\d{2})\b/i;

// "BBC, Ningxia": a correspondent's line under the byline, the outlet and where they filed from.
const OUTLET_AND_PLACE = /^([^,]{2,60}), (\p{Lu}[\p{L}'’ -]{1,40})$/u;

/** "BBC" for "BBC, Ningxia" when the part after the comma is a place and the part before a publisher, a name set twice once; else the outlet as given. */
export function outletAsNamed(written: string): string {
  // ("CGTN丨", "Online publishing 】": a separator or a bracket a template set against the name is no part of it.)
  const bare = written.replace(OUTLET_EDGE_MARKS, "") || written;
  // ("Associated Press Associated Press": a portal's provider line that sets the name twice.)
  const outlet = /^(.{3,60}) \1$/u.exec(bare)?.[1] ?? bare;
  const m = OUTLET_AND_PLACE.exec(outlet);
  return m !== null && (namesPublisher(m[1]!) || /^\p{Lu}{2,6}$/u.test(m[1]!)) && candidatesFor(m[2]!).length > 0 ? m[1]! : outlet;
}

const OUTLET_EDGE_MARKS = /^[\s丨｜|【】「」:：·•]+|[\s丨｜|【】「」:：·•]+$/gu;

/** A story's highlight set as a bullet under its headline ("* There will be ..."), before its byline. */
export const HIGHLIGHT = /^[*•·] \S/u;
/** How many highlights are passed over looking for the byline and dateline under them. */
export const MAX_HIGHLIGHTS = 6;
// A byline standing as a paragraph of its own: short, and opening with "By".
const BYLINE_PARAGRAPH = /^(?:By|by|BY)[: ]/;
const BYLINE_PARAGRAPH_LENGTH = 120;

/**
 * "by Xinhua Writers Sun Zhennan, Gao Han, Zhao Ge": a byline in the opening paragraphs, where the header
 * ended before it (under a story's highlights); its writers and the agency it names.
 */
export function bylineParagraph(opening: readonly string[]): Partial<Record<MetadataField, string>> {
  for (const paragraph of opening) {
    if (paragraph.length > BYLINE_PARAGRAPH_LENGTH || !BYLINE_PARAGRAPH.test(paragraph)) continue;
    const fields = parseByline(paragraph);
    if (!fields?.author) continue;
    return fields.outlet === undefined ? { author: fields.author } : { author: fields.author, outlet: fields.outlet };
  }
  return {};
}

/** "date 2020-11-15 A villager ...", "date 2020-09-18 Skip to main content": a page's date before its first line. */
export function leadingDate(...lines: readonly (string | undefined)[]): string | null {
  for (const line of lines) {
    const m = LEADING_DATE.exec(line ?? "");
    if (m) return m[1]!;
  }
  return null;
}

// ("The Poverty Alleviation Initiative (PAI) has ...": a name and its acronym open no dateline, which
// a date or a dash or a colon marks: "Burqin, Aug. 5 (X)", "BEIJING (X) --", "KASHGAR, China (X) -",
// "ZHANGYE, China, Aug 14, 2020 (X) -", "ZHONGSHAN/LONGHUA, China (X) -", whose day, when it has its year, dates the page.)
// (Nor "In purchasing-power parity (PPP)-adjusted terms": a hyphen glued to a word in lower case joins it and sets off
// nothing; "BEIJING (Reuters) -An unusually ..." is a dash that lost its space.)
const DATELINE_CREDIT = /^(?!The )[\p{Lu}][\p{L} .'’/-]{1,40}(?:, [\p{Lu}][\p{L}.'’-]{1,20}(?= \(|, [A-Z][a-z]{2,8}\.? \d))?(?:, ([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?),? \(([^()]{2,80})\)|,? \(([^()]{2,80})\)\s*(?:--|—|–|-|:)(?!\p{Ll}))/u;

// ("YUNNAN, China, May 20 / DNA /  = :": the service between spaced slashes, a day without its year, which dates nothing.)
// A dateline's place ("YUNNAN", "HILLTOWN") and its day, with or without the year.
const DATELINE_PLACE = String.raw`[\p{Lu}][\p{L} .'’-]{1,40}`;
// ("China News Service, August 25th. ...": a machine's translation writes the day as an ordinal.)
const DATELINE_DAY = String.raw`([A-Z][a-z]{2,8}(?:\. ?| )\d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?)`;
const WIRE_DATELINE = new RegExp(String.raw`^${DATELINE_PLACE}(?:, [\p{Lu}][\p{L} .'’-]{1,30})?, ${DATELINE_DAY} ?\/ ?([^/\n]{2,40}?) ?\/ ?(?:--|—|–|-|=|:)`, "u");
const PLAIN_DATELINE = new RegExp(String.raw`^${DATELINE_PLACE}, ${DATELINE_DAY}, ([\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,3}) ?(?:--|—|–) `, "u");

// "China News Service, Linxia, Gansu, May 19 (Ai Qinglong) On the 19th, ...": a wire translated from
// Chinese opens on its service, the places and the day, then its reporter in brackets.
const SERVICE_FIRST_DATELINE = new RegExp(String.raw`^([\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,4}), (?:[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,2}, ){1,3}${DATELINE_DAY},? \(([^()]{2,60})\)`, "u");

// "China News Service, September 28. The National Development ...": a translated wire's service and day, then its text.
const SERVICE_DAY_OPENING = new RegExp(String.raw`^([\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,4}), ${DATELINE_DAY}[.:] (?=\p{Lu})`, "u");

// "Jan 8 (EIRNS)—CGTN's Liu Xin ...": a news service's day, with no year or place, then its initials in brackets.
// ("Mar 9 (Kyodo) - ...": a wire's name as it writes it, in capitals or not.)
const DAY_SERVICE = new RegExp(String.raw`^${MONTH_PATTERN}\.? \d{1,2} \((\p{Lu}{2,8}|${WIRE_SERVICES})\)\s*(?:—|–|-|--)`, "u");
// "Addis ababa ENA November 16/2019 A media group ...": a place, the agency's initials, then the day, with no brackets.
const PLACE_AGENCY_DAY = /^\p{Lu}[\p{Ll}]+(?: [\p{L}]+){0,2} (\p{Lu}{2,5}) ((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\/\d{4}) (?=\p{Lu})/u;
const PLACE_DAY_DASH = /^[\p{Lu}][\p{L} .'’-]{1,40}, (\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}) (?:–|—|--|-) /u;

// "(Reporter Ran Wenjuan)", "(Xinhua reporters A and B)": a credit in brackets naming the story's reporters.
const REPORTER_CREDIT = /^(?:(?:Xinhua |staff |our )?(?:Reporters?|Correspondents?)) (.+)$/i;

// "by Staff Writers Beijing (AFP) May 17, 2013 China's ...", "By Reuters BEIJING - Most people ...": a byline run
// into the dateline and the text, as wire aggregators set it: the writers (or none named), the city, the service, the day.
const STAFF_DATELINE = /^[Bb]y (?:Staff Writers?|([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2})) [\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,2} \(([\p{Lu}][\p{L}.&]{1,20})\) ([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}) (?=\S)/u;
const SERVICE_BYLINE_DATELINE = /^By ([\p{Lu}][\p{L}.&]{1,20}) \p{Lu}{3,}(?: \p{Lu}{3,}){0,2} (?:-|–|—|--) (?=\S)/u;

/** A dateline's outlet, and its day as the publication date only when the day gives its year. */
function datedCredit(day: string, outlet: string): Partial<Record<MetadataField, string>> {
  return /\d{4}$/.test(day) ? { published: day, outlet } : { outlet };
}
// "Reporter/Na Wei", "Photo: Li Zhaohui": a maker of the story after their role, in a paper's bracketed credit.
const ROLE_CREDIT = /^(Reporters?|Correspondents?|Writers?|Text|Photos?|Photographers?|Editors?|Intern)\s*[/:：]\s*(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})$/u;
const WRITING_ROLE = /^(?:Reporters?|Correspondents?|Writers?|Text)$/;
// "(TibetanReview.net, Oct16’20) – China said ...": a dateline of the site and the day, in brackets.
const BRACKETED_DATELINE = /^\(([^(),]{0,40}),\s*([^()]{4,24})\)\s*[–—-]/u;

// "As China's efforts continue, Zaobao correspondent Edwin Ong visits ...": a standfirst naming the paper and its writer.
const CORRESPONDENT = /\b((?:The )?[\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,3}) (?:correspondent|reporter|journalist|bureau chief|columnist) ([\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’-]+){1,2})\b/u;

const OUTLET_REPORTER_INTRO = /(?:^|[.!?] )([\p{Lu}][\p{L}&.]{1,20}(?: [\p{Lu}][\p{L}&.]{1,20}){0,2})['’]s ([\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’-]+){1,2}) (?:reports|has this (?:profile|report|story)|has more)\b/u;
const CORRESPONDENT_REACH = 800;

const INTRO_PARAGRAPHS = 8;
// "Hey, I'm Kelly McEvers, and this is Embedded from NPR.": a programme's host names the show and its broadcaster.
const SHOW_FROM = /\bthis is (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4} (?:from|on) ((?:the )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3})(?=[.,!|]|$)/u;

/**
 * The broadcaster whose reporter a programme's intro hands over to ("NPR's Frank Langfitt reports from Hubei
 * province"), or null. The outlet only: the reporter writes the page only where a label says so ("NAME, BYLINE:").
 */
export function reporterIntroOutlet(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(0, INTRO_PARAGRAPHS)) {
    const m = OUTLET_REPORTER_INTRO.exec(paragraph.slice(0, CORRESPONDENT_REACH)) ?? SHOW_FROM.exec(paragraph.slice(0, CORRESPONDENT_REACH));
    // (The sentence's stop is no part of the name: "... from Valley Radio.")
    const name = m?.[1]?.replace(/^the /, "").replace(/(?<=\p{Ll}{2})\.$/u, "");
    if (name !== undefined && (looksLikePublisher(name) || /^\p{Lu}{2,6}$/u.test(name))) return name;
  }
  return null;
}

/** The writer and their paper a standfirst names ("Zaobao correspondent Edwin Ong visits ..."). */
export function correspondentCredit(opening: readonly string[]): Partial<Record<MetadataField, string>> {
  for (const paragraph of opening) {
    // (A standfirst may name its writer in its last sentence: "... Zaobao correspondent Yang Danxu joins a tour to find out.")
    const m = CORRESPONDENT.exec(paragraph.slice(0, CORRESPONDENT_REACH));
    if (m === null) continue;
    // ("NPR China correspondent John Ruwitch": the post's place after the outlet's name is no part of it.)
    // ("The Straits Times' China correspondent Danson Cheong": the possessive's mark is no part of the paper's name.)
    const outlet = m[1]!.replace(/^The /, "");
    const post = outlet.split(" ").at(-1)!;
    const paper = outlet.includes(" ") && candidatesFor(post).length > 0 ? outlet.slice(0, -post.length - 1) : outlet;
    // ("Our reporter Zhou Lin", "Our China correspondent ...": a paper's own reporter names no outlet.)
    if (/^(?:Our|This|Staff|Special)$/.test(paper)) return { author: m[2]! };
    return { author: m[2]!, outlet: paper.replace(/(?<=s)['’]$|['’]s$/u, "") };
  }
  return {};
}

// ("Meng Qingsheng reports.", "Li Na reports from Kunming.": the last sentence of a broadcast's intro;
// "Hou Liqiang and Daqiong report from Chushul.": of a standfirst, two writers, one with a single name;
// "... report from Moudao, Hubei province": the place with its province, and the stop left off.)
const REPORTS_SIGN_OFF = /(?:^|[.!?] )([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2})(?: and ([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,2}))? reports?(?: from [\p{Lu}][\p{L} ]{1,30}(?:, [\p{Lu}][\p{L} ]{1,30})?)?\.?$/u;

/** "... into new houses this month. Meng Qingsheng reports.": the reporters an intro hands over to ("; " between two). */
export function handedOverTo(paragraph: string): string | null {
  const signOff = REPORTS_SIGN_OFF.exec(paragraph.slice(-120));
  if (signOff === null || personNameForm(signOff[1]!.split(" ")) === null) return null;
  const second = signOff[2]?.split(" ");
  if (second === undefined) return signOff[1]!;
  // ("Daqiong": a Tibetan writer may go by one name, written as pinyin.)
  const named = personNameForm(second) !== null || (second.length === 1 && isPinyinWord(second[0]!) && !isNotNameWord(second[0]!));
  return named ? `${signOff[1]!}; ${signOff[2]!}` : null;
}

/** The outlet or reporter a dateline credits in parentheses, and the day a bracketed dateline gives. */
export function datelineCredit(opening: string): Partial<Record<MetadataField, string>> {
  // ("date 2025-07-02 Jaipur, Jul 2 (PTI) Rajasthan ...": the dateline after a page's date glued before it.)
  const paragraph = opening.replace(LEADING_DATE, "").trimStart();
  const staff = STAFF_DATELINE.exec(paragraph);
  if (staff) return { ...datedCredit(staff[3]!, staff[2]!), ...(staff[1] !== undefined ? { author: staff[1] } : {}) };
  const serviceByline = SERVICE_BYLINE_DATELINE.exec(paragraph);
  if (serviceByline && WIRE_SERVICE_NAME.test(serviceByline[1]!)) return { outlet: serviceByline[1]! };
  // "GUIYANG, China, July 30, 2020 /PRNewswire/ -- ...": a wire release's place, day and service.
  const wire = WIRE_DATELINE.exec(paragraph);
  if (wire) return datedCredit(wire[1]!, wire[2]!.trim());
  // "TIBET, January 17, China Daily -- ...": the paper after the day, with no brackets.
  const plain = PLAIN_DATELINE.exec(paragraph);
  if (plain && looksLikePublisher(plain[2]!)) return datedCredit(plain[1]!, plain[2]!);
  const service = SERVICE_FIRST_DATELINE.exec(paragraph);
  if (service && looksLikePublisher(service[1]!)) {
    const reporter = (REPORTER_CREDIT.exec(service[3]!)?.[1] ?? service[3]!).trim();
    const credit = datedCredit(service[2]!, service[1]!);
    return personNameForm(reporter.split(" ")) !== null ? { ...credit, author: reporter } : credit;
  }
  const serviceDay = SERVICE_DAY_OPENING.exec(paragraph);
  if (serviceDay && looksLikePublisher(serviceDay[1]!)) return datedCredit(serviceDay[2]!, serviceDay[1]!);
  const dayService = DAY_SERVICE.exec(paragraph);
  if (dayService) return { outlet: dayService[1]! };
  const agency = PLACE_AGENCY_DAY.exec(paragraph);
  if (agency) return { outlet: agency[1]!, published: agency[2]!.replace("/", ", ") };
  // "Beijing, 20 October 2016 – The International Fund ...": a release's place and its full day, then a dash.
  const released = PLACE_DAY_DASH.exec(paragraph);
  if (released) return { published: released[1]! };
  const bracketed = BRACKETED_DATELINE.exec(paragraph);
  if (bracketed) {
    const day = findDates(bracketed[2]!)[0];
    const site = bracketed[1]!.trim();
    // ("(Washington, DC, May 6, 2021) -": a city and its state before the day are where a release was issued, not a site.)
    if (day) return site === "" || day.start > 0 ? { published: day.asWritten } : { published: day.asWritten, outlet: site };
    // ("(TibetanReview.net, Feb 16) –": a day without its year dates nothing, but the site is still named.)
    if (site !== "" && /^(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)$/.test(bracketed[2]!.trim())) return { outlet: site };
  }
  // "(APP - UrduPoint / Pakistan Point News - 17th Feb, 2020 )": the agency comes first.
  const found = DATELINE_CREDIT.exec(paragraph);
  // ("Pu'er Daily News (Reporter/Na Wei, Photo/Li Zhaohui) – On ...": a local paper's own credit, each maker after
  // their role; the paper opens the line and the reporter wrote the story.)
  const roles = (found?.[3] ?? "").split(/,\s*/).map((r) => ROLE_CREDIT.exec(r.trim()));
  if (found && roles.every((r) => r !== null)) {
    const writers = roles.filter((r) => WRITING_ROLE.test(r![1]!)).map((r) => r![2]!);
    const paper = paragraph.slice(0, paragraph.indexOf("(")).trim();
    return { ...(writers.length > 0 ? { author: writers.join("; ") } : {}), ...(looksLikePublisher(paper) ? { outlet: paper } : {}) };
  }
  // ("(CHINA DAILY/ASIA NEWS NETWORK)": the paper the story is from, then the network that passed it on.)
  // ("(ots/PRNewswire)": a distributor's lower-case tag before the service that carried the release.)
  const parts = (found?.[2] ?? found?.[3])?.split(/ [-–—] | ?\/ ?/);
  const credit = (parts?.find((p) => !/^\p{Ll}{2,5}$/u.test(p.trim())) ?? parts?.[0])?.trim();
  if (credit === undefined) return {};
  // ("(UrduPoint / Pakistan Point News - 21st Feb, 2020 )": the day may stand inside the credit's brackets.)
  const inCredit = findDates(found?.[3] ?? "").find((d) => d.precision === "day");
  const day = found?.[1] !== undefined && /\d{4}$/.test(found[1]) ? { published: found[1] } : inCredit ? { published: inCredit.asWritten } : {};
  const reporter = REPORTER_CREDIT.exec(credit);
  if (reporter) return { ...day, author: reporter[1]!.replace(/ and /g, "; ") };
  // ("LIANGSHAN YI AUTONOMOUS PREFECTURE (SICHUAN PROVINCE) - ": the place a dateline's place is in, not a credit.)
  // (A county's name may be an agency's too: "Xinhua" is both. A province, a region or a country is never one.)
  if (candidatesFor(credit).some((place) => place.level === "province" || place.level === "region" || place.level === "country" || place.level === "municipality")) return day;
  return /^[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,3}$/u.test(credit) ? { ...day, outlet: credit } : day;
}

// "Consul General Li Xuhang published a signed article in Al Bayan, a mainstream newspaper in the UAE":
// the paper the page's article first ran in.
// ("published an article entitled "Working on the frontline ..." in Cyprus' largest English newspaper Cyprus
// Mail": the piece's title, and what the paper is, may stand between.)
const PUBLISHED_IN = /\b(?:published|wrote|contributed) (?:a |an )?(?:signed |bylined )?(?:article|op-ed|commentary|opinion piece|column)(?: (?:entitled|titled) ["“][^"“”]{1,160}["”])? (?:in|for|to) (?:the )?(?:(?:[\p{L}-]+['’]s? )?(?:[\p{Ll}-]+ |English |Chinese ){0,4}(?:newspaper|daily|paper|magazine|journal|news site|website) )?([\p{Lu}][\p{L}'’&.-]*(?: [\p{Lu}][\p{L}'’&.-]*){0,4})/u;

// "Received: 3 July 2019; Accepted: 15 August 2019; Published: 21 August 2019": a paper's history run into its
// first page's text, of which the last step dates it.
const PAPER_HISTORY_RUN_ON = /\bReceived:?\s[^;]{6,30}; (?:Revised:?\s[^;]{6,30}; )?Accepted:?\s[^;]{6,30}; Published(?: online)?:?\s(\d{1,2} \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})\b/u;

/** The day a paper was published, as the history run into its opening paragraphs gives it. */
export function paperPublished(opening: readonly string[]): string | null {
  for (const paragraph of opening) {
    const m = PAPER_HISTORY_RUN_ON.exec(paragraph.slice(0, 3000));
    if (m) return m[1]!;
  }
  return null;
}

/** The paper a page's article first ran in, as its opening paragraphs name it. */
export function publishedIn(opening: readonly string[]): string | null {
  for (const paragraph of opening) {
    const m = PUBLISHED_IN.exec(paragraph.slice(0, 400));
    // ("... newspaper Cyprus Mail. The article represents ...": the name ends with its sentence.)
    if (m) return m[1]!.split(/\.(?= )/)[0]!;
  }
  return null;
}

const WRITTEN_BY = /\b(?:article|piece|op-ed|commentary|essay|column|opinion|blog post|post) (?:is |was |has been )?(?:written|authored|contributed) by ((?:Dr\.? |Prof\.? )?[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’.-]*){1,3})/u;

// "Prepared by the Qiandongnan Prefecture Project Management Office for the Asian Development Bank.": a report's
// cover names who wrote it and the body it was written for, which publishes it.
const PREPARED_FOR = /^Prepared by (?:the )?(\p{Lu}[^.;:\n]{2,160}?) for (?:the )?(\p{Lu}[^.;:\n]{2,160}?)\.?$/u;
// ", independent evaluators," after the writers' names.
const WRITERS_DESCRIBED = /,\s*\p{Ll}[\p{Ll} -]{1,40},?$/u;
// "Prepared by Eleanor Whitcombe and Long Xiaoping" on a line of its own, over "For <client>".
// ("Director General Ruslan Abenov, ... Prepared by   Liang Wenjie (team leader), Gulnar Seitkali, Tomas Rehak": a bank's
// report lists its team, a part in brackets, closing the paragraph of its credits.)
const PREPARED_ALONE = /(?:^|\s)Prepared by (\p{Lu}[\p{L}'’.,() -]{3,160})$/u;
const PART_IN_BRACKETS = / \([\p{Ll} -]{2,40}\)/gu;
// "This report was researched and written by Tsering Dolkar, senior researcher at Plateau Rights Monitor.": a
// report's note on its writers, and the body they write for.
const REPORT_WRITTEN_BY = /\b(?:This|The) (?:report|paper|brief|briefing|study|publication|policy brief|working paper) (?:was|has been) (?:researched and |jointly )?(?:written|prepared|authored|compiled|drafted)(?: and (?:edited|researched|compiled))? by ((?:Dr\.? )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:(?:,? and|,) (?:Dr\.? )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}){0,4})(?:, (?:[\p{Ll} -]{2,40}) (?:at|of|with) (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|of|for|and|the)){0,8}))?/u;
// How many paragraphs from the top a cover's "Prepared by" line may stand.
const PREPARED_REACH = 20;

/** The writers (joined by "; ") and publisher a report's cover or writers' note names, where it does. */
export function reportWriters(paragraphs: readonly string[]): Partial<Record<MetadataField, string>> {
  for (const paragraph of paragraphs.slice(0, PREPARED_REACH)) {
    const prepared = PREPARED_FOR.exec(paragraph.trim());
    if (prepared === null) continue;
    // ("for the Linxia ... Government and the Asian Development Bank": the last body it was written for, the lender, publishes it.)
    const publisher = prepared[2]!.split(/ and (?:the )?(?=\p{Lu})/u).at(-1)!;
    // ("Prepared by Aigerim Nurlanqyzy and Daniel Ferreira, independent evaluators, for ...": people, what they are said after them.)
    const people = bylineNames(prepared[1]!.replace(WRITERS_DESCRIBED, ""));
    if (people !== null && people.every((name) => personNameForm(name.split(" ")) !== null)) return { author: people.join("; "), outlet: publisher };
    return { author: prepared[1]!.split(/ and the (?=\p{Lu})/u).join("; "), outlet: publisher };
  }
  // ("Prepared by Eleanor Whitcombe and Long Xiaoping" over "For Guizhou Provincial Development and Reform Commission": a
  // consultant's report names its writers, then the client it was written for, who does not publish it.)
  // ("Prepared by Helen Marsh and Li Qiaoyun" on an evaluation's cover: its writers, people by their names' forms.)
  const preparedBy = paragraphs.slice(0, PREPARED_REACH).map((p) => PREPARED_ALONE.exec(p.trim())).find((m) => m !== null);
  const consultants = preparedBy ? bylineNames(preparedBy[1]!.replace(PART_IN_BRACKETS, "")) : null;
  if (consultants !== null && consultants.every((name) => personNameForm(name.split(" ")) !== null)) return { author: consultants.join("; ") };
  for (const paragraph of paragraphs) {
    const note = REPORT_WRITTEN_BY.exec(paragraph);
    const names = note === null ? null : bylineNames(note[1]!.replace(/\.$/, ""));
    if (names !== null) return { author: names.join("; "), ...(note![2] ? { outlet: note![2] } : {}) };
  }
  return {};
}

// "By Charissa Luci-Atienza More than 4.8 million ...": a byline run into the first sentence.
const BYLINE_RUN_ON = /^By ((?:[\p{Lu}][\p{L}'’.-]* ){2,4})/u;

/**
 * "Editor's note: The following article was written by Yu Xueyong, ...": the writer a note names, in the
 * opening paragraphs; or the name of a byline the first sentence runs on from, up to the sentence's first word.
 */
export function writtenBy(opening: readonly string[]): string | null {
  for (const paragraph of opening) {
    const m = WRITTEN_BY.exec(paragraph.slice(0, 300));
    if (m) return m[1]!;
    const reporter = handedOverTo(paragraph);
    if (reporter !== null) return reporter;
  }
  const runOn = BYLINE_RUN_ON.exec(opening[0] ?? "");
  if (runOn === null) return null;
  const words = runOn[1]!.trim().split(" ");
  // (The name is the words before one that opens a sentence and is no name's: "More", "The", "China's".)
  const cut = words.findIndex((w, k) => k >= 2 && isNotNameWord(w.replace(/['’]s$/, "")));
  return cut >= 2 ? words.slice(0, cut).join(" ") : null;
}

// (Not a member's title: "Banned", "Moderator", "Senior Member".)
// ("Superstar", "Rookie": the ranks forums give by post count; "T'krm": a handle may hold an apostrophe.)
const FORUM_HANDLE = /^(?!(?:Banned|Member|Moderator|Admin|Administrator|Guest|Registered|Senior|Junior|Veteran|Active|Regular|Staff|Suspended|Verified|Elite|Legendary|Respected|Superstar|Rookie|Legend|Pro|Star|Famous|Newbie)$)(?=.*(?:[\p{Ll}\d_]))[\p{L}\d][\p{L}\d_.'’-]{2,30}$/u;

const DISPLAY_NAME = /^[\p{Lu}][\p{Ll}'’.-]+(?: [\p{Lu}][\p{Ll}'’.-]+){1,2}$/u;

/**
 * A forum post's author: the handle on its own line just above the member's profile ("xizhimen" /
 * "Tihar Jail" / "Joined" / "Feb 12, 2011"), given the page's lines and where the profile starts.
 */
export function forumAuthor(lines: readonly { number: number; text: string }[], profileLine: number | undefined): string | null {
  if (profileLine === undefined) return null;
  // (Or a display name of two or three words: "Hamartia Antidote" over "ELITE MEMBER".)
  // (The nearest one above the box: "Show" over a board's filters, then "millstone_ed" over "Senior Member".)
  return lines.findLast((l) => l.number >= profileLine - 4 && l.number < profileLine && (FORUM_HANDLE.test(l.text) || DISPLAY_NAME.test(l.text)))?.text ?? null;
}

// How many paragraphs from the end a note about the page's writers may stand.
export const WRITER_NOTE_PARAGRAPHS = 4;

/**
 * ("Nadia Feldstein" above the headline, and "Nadia Feldstein is a senior lecturer ..." at the foot): a name the header
 * sets alone and a note near the end introduces is the page's writer.
 */
export function footNotedWriter(paragraphs: readonly string[], headerLines: readonly string[]): string | null {
  const tail = paragraphs.slice(-WRITER_NOTE_PARAGRAPHS);
  return headerLines.find((name) => personNameForm(name.split(" ")) !== null && tail.some((p) => p.startsWith(`${name} is `))) ?? null;
}

// How many paragraphs from the top a note about the writer may stand.
const WRITER_NOTE_OPENING = 3;
// "Jonathan Ferreira-Lau is a postdoctoral fellow at ...": a note on a writer, their name, then what they are.
const WRITER_IS_POST = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}) is an? (?:[\p{L}-]+ ){0,4}(?:fellow|researcher|professor|lecturer|scholar|analyst|student|candidate|journalist|writer|director|economist|anthropologist|sociologist|geographer)\b/u;

/** The writer a note near the top or the foot of the page names by what they are, or null. */
export function notedWriter(paragraphs: readonly string[]): string | null {
  const near = [...paragraphs.slice(0, WRITER_NOTE_OPENING), ...paragraphs.slice(-WRITER_NOTE_PARAGRAPHS)];
  return near.map((p) => WRITER_IS_POST.exec(p)?.[1]).find((name) => name !== undefined && personNameForm(name.split(" ")) !== null) ?? null;
}

// ("Martin Oakes, the host of Dragon Field Notes, taught English ..." at a blog's foot: its writer's note, naming the site.)
const SITE_HOST_NOTE = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}),? (?:is )?(?:the |a )?(?:co-?)?(?:host|author|founder|creator|editor|writer|publisher|owner)(?: and (?:co-?)?(?:host|author|founder|creator|editor|writer|publisher|owner))? of (?:the )?([^,.;]{2,60}?)(?:,|\.| is | has | who )/u;

/** The person a writer's note names as the host or author of the site the page is on, or null. */
export function siteHost(paragraphs: readonly string[], outlet: string | undefined): string | null {
  if (outlet === undefined) return null;
  const site = outlet.replace(/^the /i, "").toLowerCase();
  for (const p of paragraphs) {
    const note = SITE_HOST_NOTE.exec(p);
    if (note && note[2]!.toLowerCase() === site && personNameForm(note[1]!.split(" ")) !== null) return note[1]!;
  }
  return null;
}

// "u/loess_plateau_lad OP Jun 3 '20": a reply the forum marks as the thread starter's.
const ORIGINAL_POSTER = /^u\/([\w-]{2,30}) OP\b/;

/** The thread's starter, named by the "OP" mark on one of their replies, or null. */
export function originalPoster(lines: readonly { text: string }[]): string | null {
  for (const l of lines) {
    const op = ORIGINAL_POSTER.exec(l.text);
    if (op) return op[1]!;
  }
  return null;
}

/** "Posted by rledger at 3/02/2021 09:14:00 am": the writer a blog's footer names (not Blogger's "Unknown" for a profile without one), or null. */
export function blogPoster(removed: readonly { rule: string; text: string }[]): string | null {
  for (const r of removed) {
    const footer = r.rule === "byline" ? BLOG_FOOTER.exec(r.text) : null;
    const poster = footer?.[1] ?? footer?.[2];
    if (poster !== undefined && poster !== "Unknown") return poster;
  }
  return null;
}

const SITE_BEFORE_TITLE = /^(?:WEBVTT\s*[-–:]\s*|Page \d{1,4}\s*[-–|:]\s*|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|org|net|info|gov)\s+|(?:\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\p{Lu}{2,}\p{Ll}+) [-–|] )(?=\p{Lu})/u;
// "Article Credit Access and ...": a journal's kind of paper set before the paper's title.
// ("RESEARCH NOTE Moving Labor: ...": a report's kind in capitals, as its cover sets it before the title.)
const PAPER_KIND = /^(?:Article|Review|Research Article|Original Article|Original Research|Research Paper|Communication|Brief Report|Case Report|Perspective|Commentary|RESEARCH (?:NOTE|REPORT|PAPER|BRIEF)|POLICY (?:BRIEF|PAPER|REPORT)|WORKING PAPER|ISSUE BRIEF|BRIEFING PAPER|SPECIAL REPORT)\s+(?=\p{Lu})/u;

// ("Relocation figures from Guizhou don't add up? - Page 1 - DebateHall.net | DHN": a board's browser title, the
// thread's, the page of it, then the board and its short name.)
const PAGED_THREAD = / [-–] Page \d{1,4}(?: of \d{1,4})? [-–] ([^|–-]{2,60}?)(?: \| [^|]{1,30})?$/;

/** "BuzzJack Music Forum _ News and Politics _ China's Enslavement of the Uighurs": the forum a printable thread's title names first, or null. */
export function forumOfTitle(written: string | undefined): string | null {
  const paged = PAGED_THREAD.exec(written ?? "");
  if (paged) return paged[1]!;
  const parts = written?.split(" _ ") ?? [];
  if (parts.length < 3) return null;
  return looksLikePublisher(parts[0]!) || /\b(?:Forums?|Board|Community)\b/.test(parts[0]!) ? parts[0]! : null;
}

// "Thread by Mei Lin (@MeiLinEcon)": an unrolled thread's title, its writer and their handle.
// ("Thread by Dolkar Tsomo 卓嘎 @dolkar_writes": the name in Chinese too, the handle bare.)
const THREAD_BY = /^(?:Thread|Tweets|Unrolled thread) by (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})(?: \p{Script=Han}{1,8})? (?:\(@\w{1,30}\)|@\w{1,30})$/u;

/** The writer an unrolled thread's title names, or null. */
export function threadWriter(written: string | undefined): string | null {
  return THREAD_BY.exec(written ?? "")?.[1] ?? null;
}

const FILE_KIND_TAG = /^\[(?:PDF|DOC|DOCX|PPT)\] (?=\S)|(?<=\S) (?:[-–|] (?:PDF|DOC|PPT)(?: Free Download)?|\((?:PDF|DOC|PPT)\))$/g;

/** "Poverty Alleviation Success Stories In Xinjiang | What’s Up China": the headline without the site's or column's name after a bar, or the paper's kind before it. */
export function withoutSiteName(written: string): string {
  // ("▲ China's rural pension pays 180 yuan a month (lowlandpost.org)": a shared link's vote arrow and the site it links to;
  // "... looked like from inside (self.China)": a community's own post, so marked.)
  const unlinked = written.replace(/^▲ ?/u, "").replace(/ \((?:[a-z0-9-]+\.)+[a-z]{2,6}\)$| \(self\.\w{2,40}\)$/, "").replace(PAGED_THREAD, "");
  // ("Making poverty history in one of China's poorest provinces(2)", "... resettlement scheme (2)", "..._1": the page's number after its title.)
  // ("Poverty Alleviation in Guizhou: Practice and Results - PDF", "[PDF] ...": a document site's word for the file's kind.)
  const numbered = unlinked.replace(/(?<=\p{L})(?: ?\(\d{1,2}\)|_\d{1,2})$/u, "").replace(FILE_KIND_TAG, "");
  // ("China's targeted poverty alleviation as a model for Africa 15 Dec 2018": the day set after the headline, which dates the page.)
  const day = findDates(numbered).find((d) => d.precision === "day" && d.end === numbered.length && d.start > 0);
  const undated = day === undefined ? numbered : numbered.slice(0, day.start).trim();
  // ("Regular Press Conference on April 7, 2021": a day the headline's own last words lead to is part of it.)
  const title = undated.split(" ").length >= 4 && !/(?:[,:]|\b(?:on|of|in|at|for|since|from|until|to|by|before|after|dated))$/i.test(undated) ? undated : numbered;
  const kind = PAPER_KIND.exec(title);
  if (kind && title.slice(kind[0].length).split(" ").length >= 4) return title.slice(kind[0].length);
  // ("hollywoodtone.blogspot.com Tibet's unstoppable growth", "ListMoto - Tibet Autonomous Region", "GLOBALink |
  // Village witnesses changes": a site's address, or its one-word name written as no word is, set before the headline.)
  const site = SITE_BEFORE_TITLE.exec(title);
  if (site && title.slice(site[0].length).split(" ").length >= 3) return title.slice(site[0].length);
  // "BuzzJack Music Forum _ News and Politics _ China's Enslavement of the Uighurs": site, section, headline.
  const parts = title.split(" _ ");
  if (parts.length >= 3 && parts[parts.length - 1]!.split(" ").length >= 3) return parts[parts.length - 1]!;
  // ("Guizhou Poverty Alleviation The key is precision_China Development Portal-...": a Chinese site's name after
  // an underscore with no spaces round it, as its templates set the browser's title.)
  const underscored = /^([^_]{15,200}?)_([^_\s][^_]{2,120})$/.exec(title);
  if (underscored && underscored[1]!.split(" ").length >= 3 && /\b(?:Portal|Net|Network|Website|News|Online|Daily|Times|Gov|Government)\b|\.(?:com|cn|net|org)\b/i.test(underscored[2]!)) return underscored[1]!;
  // "Plain facts about cotton speak louder than lies - China News": a news site's name after a dash.
  const dash = newsSiteAfterDash(title) ?? makerAfterDash(title);
  if (dash !== null) return title.slice(0, dash.index);
  // ("... Now They Face The Debt : Parallels": a broadcaster's blog named after a colon with a space each side.)
  const blog = BLOG_AFTER_SPACED_COLON.exec(title);
  if (blog && title.slice(0, blog.index).split(" ").length >= 5) return title.slice(0, blog.index);
  const bar = title.lastIndexOf(" | ");
  if (bar < 0) return title;
  const head = title.slice(0, bar);
  const tail = title.slice(bar + 3);
  // (Not "... | Liangshan, Sichuan", "... | Liangshan interview", "... | China Horizons Ep. 27": a video's own words after
  // its bar, where it was made, what it is, its series and number, no site's name.)
  return head.split(" ").length >= 3 && tail.split(" ").length <= 4 && !VIDEO_TITLE_TAIL.test(tail) ? head : title;
}

const VIDEO_TITLE_TAIL = /,|\b(?:Ep\.?|Episode|Part|No\.) ?\d|^\p{Lu}[\p{L}'’-]* (?:interview|documentary|vlog|explained|story|trip|travel vlog)$/u;

const BLOG_AFTER_SPACED_COLON = / : (?!(?:Comments?|Repl(?:y|ies)|Discussion|Part|Chapter)\b)(?:\p{Lu}[\p{L}'’&-]*)(?: (?:\p{Lu}[\p{L}'’&-]*|and|of|the)){0,3}$/u;
// ("... - China News", "... – NewsDay": a news site's name after a dash, its words or its one word run together.)
const SITE_AFTER_DASH = / [-–] ((?:[\p{Lu}][\p{L}.]*\s?){1,3})$/u;
// ("Fenced Pastures, Empty Tents - Highland Livelihoods Watch": or a body's, as a document site titles an upload.)
const NEWS_SITE_WORD = /\b(?:News|Daily|Times|Post|Net|Online|Network|Watch|Monitor|Institute|Foundation|Trust|Alliance|Coalition|Programme|Commission)\b|^\p{Lu}\p{Ll}+(?:News|Day|Daily|Times|Post|Wire)$/u;

/** The news site named after a headline's last dash, and where the dash stands, or null. */
const TITLE_BEFORE_SITE_WORDS = 4;

function newsSiteAfterDash(title: string): { name: string; index: number } | null {
  const dash = SITE_AFTER_DASH.exec(title);
  return dash && NEWS_SITE_WORD.test(dash[1]!.trim()) && title.slice(0, dash.index).split(" ").length >= TITLE_BEFORE_SITE_WORDS ? { name: dash[1]!.trim(), index: dash.index } : null;
}

// ("Rural Revitalization in Southern Xinjiang - The Information Office of the People's Government of ..., August 2022": a
// document site's upload titled by the paper, then its maker and the month or year it came out.)
const MAKER_AND_DATE_AFTER_DASH = new RegExp(String.raw`\s[-–] ((?:The )?\p{Lu}[\p{L}'’.&-]*(?: (?:of|the|for|and|on|\p{Lu}[\p{L}'’.&-]*)){1,16}), ((?:${MONTH_PATTERN} )?(?:19|20)\d{2})$`, "u");
const MAKER_WORD = /\b(?:Office|Council|Ministry|Commission|Government|Administration|Bureau|Department|Institute|Foundation|Centre|Center|Watch|Monitor|Programme|Bank|Fund|Unit|Group|Network|Alliance|Coalition|Trust|Academy|University)\b/;

/** The maker and the month or year a document site's title names after its last dash, where the dash stands; or null. */
export function makerAfterDash(written: string | undefined): { name: string; date: string; index: number } | null {
  const made = written === undefined ? null : MAKER_AND_DATE_AFTER_DASH.exec(written);
  return made && MAKER_WORD.test(made[1]!) && written!.slice(0, made.index).split(" ").length >= TITLE_BEFORE_SITE_WORDS ? { name: made[1]!, date: made[2]!, index: made.index } : null;
}

/** "Locals can learn from China's model of poverty elimination – NewsDay": the news site a title names after a dash, or null. */
export function siteAfterDash(written: string | undefined): string | null {
  return written === undefined ? null : (newsSiteAfterDash(written)?.name ?? null);
}

// A page's section set after the bar, which names no site: "... | Opinion", "... | World News".
const SECTION_AFTER_BAR = /^(?:World|China|Asia|Local|National|International|Business|Latest|Top|Breaking|Exclusive|Special|Lifestyle|Travel|Tech|Science|Health|Education|Environment|Agriculture|Economy|Politics|Society|Culture|Opinion|Home)?(?: ?(?:News|Opinions?|Features?|Analysis|Commentary|Editorials?|Region|Sports?|Videos?|Photos?|Blogs?|Interviews?|Reports?|Articles?|Stories|Updates?))?$/i;

/** "Poverty Alleviation Success Stories In Xinjiang | What’s Up China": the site a browser's title names after its last bar, or null. */
export function siteAfterBar(written: string | undefined): string | null {
  const bar = written?.lastIndexOf(" | ") ?? -1;
  if (written === undefined || bar < 0) return null;
  const site = written.slice(bar + 3).trim();
  const words = site.split(" ");
  if (written.slice(0, bar).split(" ").length < 3 || words.length > 4 || SECTION_AFTER_BAR.test(site)) return null;
  // (A site's name is capitalised word by word, or is its address.)
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|for|on|de)$/.test(w)) || /^[\w-]+(?:\.[\w-]+)+$/.test(site) ? site : null;
}

/** "Zhang Mengying, Deng Yanting" from an "Author :" label: names listed with commas, joined by "; " as bylines are. */
export function authorList(written: string): string {
  // ("He, X. M.": one writer by surname and initials, whose comma parts no two names.)
  if (SURNAME_THEN_INITIALS.test(written)) return written;
  // ("Lian Tong aff001; Qiong Yan aff001": a journal template's marks for each writer's affiliation are no part of the name.)
  const author = written.replace(AFFILIATION_MARK, "");
  const names = author.includes(",") || / and /.test(author) ? bylineNames(author) : null;
  return names !== null && names.length > 1 ? names.join("; ") : author;
}
const SURNAME_THEN_INITIALS = /^\p{Lu}[\p{L}'’-]+, (?:\p{Lu}\.(?: |-)?){1,3}$/u;
const AFFILIATION_MARK = / aff\d{1,4}\b/g;

// '... and we will keep working hard." (People's Daily)': the paper the story came from, in brackets at
// the end of its last paragraph.
const TRAILING_CREDIT = /[.!?"”’]\s*\(\s*(?:Source:\s*)?([\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,3})\s*\)\s*$/u;

/** The paper a page's last paragraph credits in brackets at its end, when it reads as a publisher's name. */
export function trailingCredit(paragraphs: readonly string[]): string | null {
  const last = paragraphs[paragraphs.length - 1];
  const m = last === undefined ? null : TRAILING_CREDIT.exec(last.slice(-120));
  return m !== null && namesPublisher(m[1]!) ? m[1]! : null;
}

// "Views expressed in this article are the opinions of the author and do not necessarily reflect the views of The
// Meridian Ledger.": the disclaimer an opinion page closes with names the site that carries it.
const DISCLAIMER_OF = /\bnot necessarily (?:reflect|represent)(?: the)? (?:views?|opinions?|positions?|polic(?:y|ies)|stance)(?: (?:and|or) (?:views?|opinions?|positions?|polic(?:y|ies)))? of (?:the )?([\p{Lu}][\p{L}.&'’-]*(?: (?:of |and |for )?[\p{Lu}][\p{L}.&'’-]*){0,5})/u;
// ("Subscribe for full access to Meridian Affairs." under a paywall's prompt: the magazine the page is a part of.)
const SUBSCRIBE_TO = /^Subscribe (?:now )?(?:for (?:full|unlimited|complete) access )?to (?:the )?([\p{Lu}][\p{L}.&'’-]*(?: (?:of |and |for )?[\p{Lu}][\p{L}.&'’-]*){0,5})\.?$/u;
// ("For NPR News, I'm Claire Donnelly in Huayuan county.": a reporter's sign-off names the broadcaster, "News" apart.)
const SIGN_OFF = /\bFor ((?:the )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}), I['’]m \p{Lu}\p{L}+/u;
// ("Get the Medium app", "Recommended from Medium" above the footer's links: the platform the post is on.)
const PLATFORM_AT_FOOT = /^(?:Get the (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2}) app|Recommended from (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2}))$/u;
// How far from the end the footer's lines may stand (a dozen links of its own may follow).
const PLATFORM_PARAGRAPHS = 16;
const DISCLAIMER_PARAGRAPHS = 6;

// How far from a paragraph's end a reporter's sign-off stands.
const SIGN_OFF_REACH = 200;

/** The site the page's closing lines name: the one its disclaimer says does not share its writer's views, its paywall's, its reporter's sign-off's, or null. */
export function siteNamedAtFoot(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs.slice(-PLATFORM_PARAGRAPHS)) {
    const platform = PLATFORM_AT_FOOT.exec(p.trim());
    if (platform) return platform[1] ?? platform[2]!;
  }
  for (const p of paragraphs.slice(-DISCLAIMER_PARAGRAPHS)) {
    const m = p.length <= 400 ? (DISCLAIMER_OF.exec(p) ?? SUBSCRIBE_TO.exec(p)) : null;
    if (m) return m[1]!.replace(/^The /, "").replace(/\.$/, "");
    const signedOff = SIGN_OFF.exec(p.slice(-SIGN_OFF_REACH));
    if (signedOff && (looksLikePublisher(signedOff[1]!) || /^\p{Lu}{2,6}(?: News)?$/u.test(signedOff[1]!))) return signedOff[1]!.replace(/^(\p{Lu}{2,6}) News$/u, "$1");
  }
  return null;
}

// "(People's Daily January 4, 2002)", "(Xinhua News Agency March 2, 2007)": a paragraph of its own near
// the end, in brackets, that credits the story's paper and the day it ran ("(China Daily 01/30/2019 page 5)": and the
// page of the print edition it ran on).
const CLOSING_CREDIT = /^\(\s*(?:Source:\s*)?([\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,4}?)[,\s]+([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4})(?: page \d{1,3})?\s*\)$/u;
const PRODUCED_BY = /^Produced by ([\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,4})$/u;
const VIA_SOURCE = /^(?:\.(?: ?\.){2}|…)?\s*[Vv]ia (\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3})$/u;
const SIGNED_OFF = /^(?:--|—|–) ?([\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,3})$/u;
// How many paragraphs from the end such a credit may stand (a list of related stories may follow it).
const CLOSING_PARAGRAPHS = 10;

// ("We're ending our coveragepublished at 18:40 Beijing Time 17 November 2020": a live page's entry, stamped with its
// time and, on the first of the day, the day.)
const LIVE_ENTRY_STAMP = /published at \d{1,2}:\d{2}(?: [\p{Lu}][\p{L}]+){0,2} (\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4})$/u;
const LIVE_ENTRIES = 40;

/** The day a live page's entries are stamped with: the first stamp that names one, or null. */
export function liveEntryDay(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs.slice(0, LIVE_ENTRIES)) {
    const m = p.length <= 200 ? LIVE_ENTRY_STAMP.exec(p.trim()) : null;
    if (m) return m[1]!;
  }
  return null;
}

/** ". . . via Reuters" under a reblogged story: the source the blog copied it from, or null. */
export function reblogSource(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs.slice(-CLOSING_PARAGRAPHS)) {
    const via = VIA_SOURCE.exec(p.trim());
    if (via && namesPublisher(via[1]!)) return via[1]!;
  }
  return null;
}

/** The paper and day a bracketed credit near the page's end gives, when it names a publisher. */
export function closingCredit(paragraphs: readonly string[]): Partial<Record<MetadataField, string>> {
  for (const p of paragraphs.slice(-CLOSING_PARAGRAPHS)) {
    const m = p.length <= 80 ? CLOSING_CREDIT.exec(p.trim()) : null;
    if (m && namesPublisher(m[1]!)) return { outlet: m[1]!, published: m[2]! };
    // ("Produced by Xinhua Global Service" under the last paragraph: the service that made the piece.)
    const produced = PRODUCED_BY.exec(p.trim());
    // ("Xinhua Global Service": a wire's own service, its name opening on the wire's.)
    if (produced && (namesPublisher(produced[1]!) || namesPublisher(produced[1]!.split(" ")[0]!))) return { outlet: produced[1]! };
    // ("-- BERNAMA" under the last paragraph: the agency whose copy it is, its name after a dash on a line of its own.)
    const signed = SIGNED_OFF.exec(p.trim());
    if (signed && (/^\p{Lu}{3,10}$/u.test(signed[1]!) || namesPublisher(signed[1]!))) return { outlet: signed[1]! };
  }
  return {};
}

// "Opening Remarks by Ambassador Chen Xu at the Online Event ...", "Speech by H.E. Li Wei on ...", "Remarks by
// Spokesperson of the Chinese Embassy on ...", "Message from Jane Roe, President of ..., On the Occasion of ...": a
// speech's page titled as someone's words; the words after "by"
// name who (the page's author here, the speech's speaker in extract/speeches.ts).
export const SPEECH_TITLE = /^(?:(?:Opening|Closing|Keynote|Welcome|Welcoming|Concluding|Video) )?(?:Remarks|Speech|Statement|Address|Briefing|Toast|Keynote Speech|Signed Article|Message) (?:by|of|from) (?:H\.E\. )?((?:[\p{Lu}][\p{L}'’.-]*|of|the|for)(?: (?:[\p{Lu}][\p{L}'’.-]*|of|the|for)){0,10}?)(?= (?:on|at|to|in|during|before|regarding|about)\b|[:,]|$)/u;

// A report's giver signs it over its salutation: "Xin Changjun" over "Governor of Qinghai Province", "Tang Wenhui,
// Governor of Gansu Province", or "Governor Wang Xianming of Yunnan Province".
const SIGNED_POST_WORD = "(?:(?:Deputy|Vice|Executive) )?(?:Governor|Mayor|Chairman|Chairwoman|Chairperson|Secretary|Director|President|Premier|Minister|Magistrate|Head|Chief)";
const SIGNED_POST = new RegExp(`^${SIGNED_POST_WORD}\\b[^.!?:]{0,120}$`);
const SIGNED_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;
/** A name and a post, and nothing else: "Tang Wenhui, Governor of Gansu Province" (the name in group 1). */
export const SIGNATURE_LINE = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}), \p{Lu}[^.!?:]{3,120}$/u;
const POST_NAME_OF = new RegExp(`^${SIGNED_POST_WORD} (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2}) (?:of|for) \\p{Lu}[^.!?:]{2,100}$`, "u");
const SIGNED_SALUTATION = /^(?:Fellow (?:Deputies|Delegates|Members|Citizens)|Ladies and Gentlemen|Dear (?:Colleagues|Friends|Deputies|Delegates)|Comrades)\b/i;
const SIGNED_REACH = 12;

/** The name signed over the paragraph at `k` (a salutation), in any of the signature's forms, or null. */
export function signatureOver(paragraphs: readonly string[], k: number): string | null {
  const above = paragraphs[k - 1]?.trim() ?? "";
  const named = SIGNATURE_LINE.exec(above)?.[1] ?? POST_NAME_OF.exec(above)?.[1] ?? (SIGNED_POST.test(above) && SIGNED_NAME.test(paragraphs[k - 2]?.trim() ?? "") ? paragraphs[k - 2]!.trim() : undefined);
  return named !== undefined && personNameForm(named.split(" ")) !== null ? named : null;
}

/** The one who gives a report, signed over its salutation near the top, or null. */
export function reportSigner(paragraphs: readonly string[]): string | null {
  for (let k = 0; k < Math.min(paragraphs.length, SIGNED_REACH); k++) {
    const signed = SIGNED_SALUTATION.test(paragraphs[k]!) ? signatureOver(paragraphs, k) : null;
    if (signed !== null) return signed;
  }
  return null;
}

// "Helen Marsh, Director" under a newsletter's last paragraph: its writer signs it with their post in the body that
// issues it; the footer's lines may follow.
const SIGNED_OFF_POST = /^(?:(?:Executive|Country|Programme|Program|Managing|Founding) )?(?:Director|Chair|Chairman|Chairwoman|Chairperson|President|Founder|Co-founder|Chief Executive|CEO|Secretary|Coordinator)\b/;
const SIGNED_OFF_REACH = 4;

/** The writer who signs a page's closing paragraph with their name and post, or null. */
export function closingSigner(paragraphs: readonly string[]): string | null {
  const from = Math.max(1, paragraphs.length - SIGNED_OFF_REACH);
  for (let k = paragraphs.length - 1; k >= from; k--) {
    const line = paragraphs[k]!.trim();
    const signed = SIGNATURE_LINE.exec(line);
    const post = signed === null ? "" : line.slice(signed[1]!.length + 2);
    if (signed !== null && SIGNED_OFF_POST.test(post) && /[.!?"”]$/.test(paragraphs[k - 1]!.trim()) && personNameForm(signed[1]!.split(" ")) !== null) return signed[1]!;
    // ("Gao Shuqin" over "Chairperson, Western Rural Development Foundation": the name and the post a line each.)
    if (SIGNED_OFF_POST.test(paragraphs[k + 1]?.trim() ?? "") && /[.!?"”]$/.test(paragraphs[k - 1]!.trim()) && SIGNED_NAME.test(line) && personNameForm(line.split(" ")) !== null) return line;
  }
  return null;
}

/** The speaker a speech's headline names: the last two or three capitalised words of its "by ..." that read as a name. */
export function speechBy(title: string | undefined): string | null {
  const m = title === undefined ? null : SPEECH_TITLE.exec(title);
  if (!m) return null;
  // ("Ambassador Li Wei for the Forum": the name ends where the words about whom it is for begin.)
  const words = m[1]!.split(/ (?:of|the|for) /)[0]!.split(" ");
  for (const n of [3, 2]) if (words.length >= n && personNameForm(words.slice(-n)) !== null) return words.slice(-n).join(" ");
  return null;
}

// "Contact reporter Li Rongde" on a line of its own near the end: the story's writer, as a business paper credits them.
const CONTACT_REPORTER = /^Contact (?:reporter|writer|author)s? (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})$/u;
// ("(Reporter: Aygul Abliz  Correspondent: Liu Jianjun)" under the last paragraph: a county site's credit of who wrote it.)
const BRACKETED_REPORTERS = /^\((?:Reporters?|Correspondents?|Writers?)\s*:[^()]{2,120}\)$/;
const REPORTER_LABELLED = /\b(?:Reporters?|Correspondents?|Writers?)\s*:\s*([^:()]+?)(?=\s+\p{Lu}\p{Ll}+\s*:|$)/gu;
// How many paragraphs from the end such a credit may stand.
const CONTACT_PARAGRAPHS = 6;

/** The writer a "Contact reporter" line near the page's end names, or null. */
// "FRANK LANGFITT, BYLINE: Zhang Zhaojun left ...", "LOUISA LIM reporting:": a broadcast transcript's reporter, labelled in capitals.
const TRANSCRIPT_BYLINE = new RegExp(String.raw`^(${NAME_IN_CAPITALS})(?:, BYLINE| reporting):`, "u");
const TRANSCRIPT_BYLINE_REACH = 12;

/** The reporter a broadcast transcript's label credits ("FRANK LANGFITT, BYLINE:"), as prose writes the name, or null. */
export function transcriptByline(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs.slice(0, TRANSCRIPT_BYLINE_REACH)) {
    const m = TRANSCRIPT_BYLINE.exec(p.trim());
    if (m) return m[1]!.split(" ").map(titleCased).join(" ");
  }
  return null;
}

export function contactReporter(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs.slice(-CONTACT_PARAGRAPHS)) {
    const m = CONTACT_REPORTER.exec(p.trim());
    if (m) return m[1]!;
    const bracketed = BRACKETED_REPORTERS.test(p.trim()) ? [...p.trim().slice(1, -1).matchAll(REPORTER_LABELLED)].flatMap((r) => r[1]!.split(/,\s*|\s+and\s+/)) : [];
    const named = bracketed.filter((name) => personNameForm(name.split(" ")) !== null);
    if (named.length > 0) return named.join("; ");
  }
  return null;
}
