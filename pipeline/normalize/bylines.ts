// One line in; when it is a byline, its authors (joined by "; "), the outlet it names and any dates
// after labels out: "By Liu Xin Source: Global Times Published: ...", "By A, B, Outlet",
// "By A and B", "By Li Wei | Xinhua | 2020-01-15", "By Research Group of X Source: ...".
import { COUNTER_PART, FORUM_AFTER_DAY, NEWS_DESK, readDateLine } from "./date-lines.ts";
import { findDates } from "./find-dates.ts";
import { nameCased, personNameForm } from "../text/name-forms.ts";
import { isBroadPlace, listedLevel } from "../gazetteer/divisions.ts";

export interface BylineFields {
  author?: string;
  outlet?: string;
  published?: string;
  updated?: string;
}

// ("By Zhang Xinyu Updated Dec.1": "Updated" before a month needs no colon.)
// ("By People's Daily Online SA Time of article published Aug 31, 2021": a site's label for the day, its edition's code before it.)
const LABEL = /\b(?:[A-Z]{2} (?=Time of))?(Source|From|Published|Last Updated|Updated|Date|Editor|Time of article published)(?:\s*:\s*|\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s?\d))/g;
const FIELD: Readonly<Record<string, keyof BylineFields | null>> = { source: "outlet", from: "outlet", published: "published", "time of article published": "published", "last updated": "updated", updated: "updated", date: "published", editor: null };
// A person's name: one to four capitalised words ("Liu Xin", "Abdurahman Tohti", "Jean-Luc O'Neill").
const PERSON = /^(?:Dr\.? |Prof\.? |Ms\.? |Mr\.? |Mrs\.? )?[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}(?:, (?:Jr\.?|Sr\.?|II|III|IV))?$/u;
// A team credited as author: "Research Group of the Institute of ...", "Staff Reporter", "CGTN Digital Desk".
const GROUP = /^(?:the )?[\p{Lu}][\p{L}'’.-]*(?: (?:[\p{Lu}][\p{L}'’.-]*|of|the|for|and|on))* (?:Group|Team|Staff|Desk|Office|Reporters?|Correspondents?|Writers?|Editors?)(?: (?:of|for|at) .+)?$/u;
const READER_COUNT_AFTER = /\s+[|•·]\s+(?:[\d.,]+[kKmM]?\+?|Hundreds|Thousands|Tens of thousands|Hundreds of thousands)(?: of)? (?:paid )?subscribers$/i;
// An outlet named after the authors: an outlet word, a web address, an acronym, or a one-word name.
const OUTLET = /\b(?:Times|Daily|News|Agency|Post|Press|Herald|Tribune|Journal|Review|Weekly|Magazine|TV|Television|Radio|Network|Online|Net|Media|Audio|Podcasts?|Studios|Productions|Pictures|Films|Xinhua|Reuters|AFP|AP)\b|\.(?:com|cn|org|net)\b|^[A-Z]{2,6}$/;
// A wire's byline: writers in capitals, then the service in title case ("ANNA BERG and LI QIANG Pacific Wire Service").
const CAPS_NAMES_THEN_SERVICE = /^((?:\p{Lu}[\p{Lu}'’.-]+ ){2,4}(?:and (?:\p{Lu}[\p{Lu}'’.-]+ ){2,4})?)(\p{Lu}\p{Ll}[\p{L}'’.&-]*(?: [\p{Lu}&][\p{L}'’.&-]*){0,4})$/u;

// What may follow the writers' names in a byline: a post, a team, or the body they belong to.
const POST_OR_BODY = /\b(?:Ambassador|Consul|Minister|Professor|Fellow|Researcher|Director|Editor|Correspondent|Reporter|Team|Group|Foundation|Institute|Center|Centre|University|Academy|Council|Agency|Office|Ministry|Commission|Bureau|Department|Association|Society|Daily|Times|News|Post|Press|Review|Journal)\b/;
const BODY_NAME = /\b(?:Foundation|Institute|Center|Centre|University|Academy|Council|Agency|Office|Ministry|Commission|Bureau|Department|Association|Society|Daily|Times|News|Post|Press|Review|Journal)$/;
const SECTION_LABEL = /^(?:web exclusive|exclusive|opinion|analysis|commentary|feature|features|editorial|interview|special report|news|updated)$/i;

// What a writer is to a site or a school: the roles a byline may set after the name.
// ("Ms He Lijuan, Social Development Specialist": a consultant's post after their name.)
const WRITER_ROLES = "Fellow|Reporter|Correspondent|Editor|Volunteer|Writer|Professor|Researcher|Intern|Contributor|Columnist|Analyst|Lecturer|Specialist|Consultant|Expert|Adviser|Advisor|Associate|Scholar|Coordinator";
// ("By Jane Roe, Senior Fellow": a post after the name, in capitals as a title is set, is no second writer.)
export const POST_WORD = new RegExp(`\\b(?:${WRITER_ROLES}|Director)s?\\b`);
// ("By Liu Sijia, UN volunteer": a writer's role after the name, whatever its case.)
const ROLE_ANY_CASE = new RegExp(`\\b(?:${WRITER_ROLES}|Student)s?\\b`, "i");

// ("Qiandongnan Miao and Dong Autonomous Prefecture Government": a body's name, whose "and" parts no two writers.)
const BODY_ENDING = /\b(?:Government|Office|Bureau|Department|Ministry|Commission|Committee|Administration|Centre|Center|University|Institute|Academy|Association|Foundation|Company)$/;

function isName(part: string): boolean {
  return PERSON.test(part) && !OUTLET.test(part) && !POST_WORD.test(part) && !BODY_ENDING.test(part);
}


// "Cao Yin in Kashgar, Xinjiang", "Hu Dongmei in Yinchuan": where a reporter filed from follows the name.
// ("in Nanning,Guangxi Zhuang autonomous region": the comma's space lost, the region's kind in lower case;
// "in Lhasa and Nyingchi, Tibet autonomous region": two places of one region.)
const FILED_FROM = / (?:in|from) [\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)*(?: and [\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)*(?=, ))?(?:, ?[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)*(?: (?:autonomous region|province|county|city|prefecture))?)?(?= and |,? ?$| \|)/gu;

const SLASHED_NAMES = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?:\/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}){1,3}$/u;
const SLASHED_CAPITALS = /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:\/\p{Lu}[\p{Lu} .'’-]{1,40}){1,4}$/u;

/** "A, B and C" (or "A, B, and C") into names; null when a part is not a name. */
export function bylineNames(list: string): string[] | null {
  // ("Perfecto Raymundo, Jr.": a suffix after its comma is part of the name before it.)
  // ("PALDEN NYIMA/DAQIONG": a paper's writers in capitals, parted by a slash.)
  // ("Asit K. Biswas/Cecilia Tortajada": two writers set either side of a slash, with no space.)
  const slashed = SLASHED_CAPITALS.test(list) || SLASHED_NAMES.test(list) ? list.replaceAll("/", " and ") : list;
  const written = slashed.replace(FILED_FROM, "").replace(/,\s*(Jr\.?|Sr\.?|II|III|IV)(?=\s*(?:,|and\b|&|$))/g, "\u0000$1").split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((p) => p !== "").map((p) => p.replace("\u0000", ", "));
  // ("AFP" is an agency before it is a name set in capitals.)
  if (written.some((p) => OUTLET.test(p))) return null;
  // ("GEOFFREY YORK, Globe and Mail": a byline sets its writers' names one way; words set otherwise are no writer's.)
  const capitals = (p: string) => /^[\p{Lu} .'’-]+$/u.test(p) && /\p{Lu}{2}/u.test(p);
  if (written.some(capitals) && !written.every(capitals)) return null;
  const parts = written.map(nameCased);
  if (parts.length === 0) return null;
  if (parts.length === 1 && GROUP.test(parts[0]!)) return [parts[0]!];
  return parts.every(isName) ? parts.map((p) => p.replace(/^(?:Dr|Prof|Ms|Mr|Mrs)\.? /, "")) : null;
}

/** A publication's name from a label's value: no issue, volume or date after a bar, no edition before. */
function publicationName(value: string): string {
  // ("Source: NO.32 AUGUST 8, 2019", "Source: Web Exclusive": an issue's number and date, or a section, which name no publication.)
  if (/^No\.\s?\d/i.test(value) || SECTION_LABEL.test(value.trim())) return "";
  return value
    .split(/\s*\|\s*/)[0]!
    .replace(/^(?:the )?(?:English|Chinese|Online|Web|Digital|Print|Overseas|International) (?:Edition|Version) of (?:the )?/i, "")
    .replace(/\s+(?:(?:[A-Z][a-z]+)(?:[-–][A-Z][a-z]+)? )?\d{4}$/, "")
    .trim();
}

// "Xinhua writers Cao Bin, ...": an agency, then its writers by name ("Xinhua Writers ...": the word capitalised too).
const AGENCY_WRITERS = /^([\p{Lu}][\p{L}.&-]*(?: [\p{Lu}][\p{L}.&-]*){0,2}) (?:[Ss]taff )?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?) (\p{Lu}.+)$/u;
// A correspondent's beat before the word, which names no outlet ("Asia correspondent", "Senior correspondent").
const REGION_BEAT = /^(?:(?:East |South |Southeast |Central |North )?Asia|Africa|Europe|Middle East|Latin America|Foreign|Senior|Chief|Political|Diplomatic|Special)$/;
// "The Guardian, PADANGSHANG VILLAGE, China": a paper, then the place its story was filed from.
const DATELINE_AFTER_PAPER = /, \p{Lu}{2,}(?: \p{Lu}{2,}){0,3}(?:, \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)?$/u;

const PRINT_EDITION = /^(\p{Lu}[\p{L}.&'’]*(?: \p{Lu}[\p{L}.&'’]*){0,4})(?: \([\p{L} ]{2,20}\))?(?: -)+ (?:[\p{Lu}\d][\p{Lu}\d ,&'’]{1,40} - )?(By .+)$/u;

const CREDITED_PART = /^(\p{Lu}[^()]{1,80}?) \((Author|Publisher)\)$/u;

// "Wu Xiaotong, China": a student journal's writer and the country they write from.
const WRITERS_COUNTRY = /^(.*\S), (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})$/u;

/** A byline's names without the country or province set after the last of them. */
function withoutWritersCountry(names: string): string {
  const placed = WRITERS_COUNTRY.exec(names);
  return placed !== null && isBroadPlace(placed[2]!) ? placed[1]! : names;
}

/** Splits a byline into its fields, or returns null when the line is not one. */
// ("By lao_zhang_in_kunming, January 3, 2021 in Chinese Society & Culture": a board's thread, its starter by their handle,
// the day and the forum it is in; a handle is written as no name is.)
const THREAD_STARTED = /^By ([\p{L}\p{N}]+[_.][\p{L}\p{N}_.-]{1,40}), (.{6,40}?\d{4}) in \p{Lu}[\p{L} &'’-]{0,40}$/u;

// ("By Li Mingzhu; Editor: Dai Wen": or set after a semicolon.)
const GLUED_EDITOR = /(\p{Ll})(?:;\s*)?(?=Editor:)/u;

const WITH_SECOND_WRITER = /^((?:(?:Written|Reported) )?[Bb]y \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) with (?=\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}(?: in \p{Lu}|$))/u;

// ("As told to Zhou Mingyue · Photographs by Yang Tao": who wrote a first-person account down, and who took its pictures.)
const WORDS_AND_PICTURES = /^(?:(?:Text|Words|Story)(?: by)?\s*:?|As told to)\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})\s*(?:[·|,]\s*)?\s(?:Photos?|Photographs|Photography|Pictures|Images)(?: by)?\s*:?\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})$/u;
const STAFF_POST_AFTER = /(?: \/|,) (?:Staff (?:writers?|reporters?)|Staff)(?:,? with (?:Reuters|AFP|AP|agencies|wire services)(?:(?:,| and) (?:Reuters|AFP|AP|agencies))*)?$/;
// ("By Emma Lindqvist, Programme Officer, China": a charity's staff member, their post and the country they work on.)
const WORK_POST_AFTER = /, (?:(?:Senior|Junior|Chief|Deputy|Assistant|Regional|Country|Programme|Program|Project|Communications|Research|Policy|Field|Media) ){1,2}(?:Officer|Manager|Director|Coordinator|Associate|Lead|Adviser|Advisor|Specialist)(?:, \p{Lu}[\p{L} ]{1,30})?$/u;
const STUDENT_AFTER = /, (?:LLM|LL\.M\.|PhD|Ph\.D\.|MA|MPhil|MSc|JD|doctoral|master['’]s|graduate|undergraduate) (?:candidate|student)$/;
const HANDLE_AFTER = / \((?:u\/|@)[\w.-]{2,40}\)$/;

export function parseByline(written: string): BylineFields | null {
  const started = THREAD_STARTED.exec(written);
  if (started) return { author: started[1]!, published: started[2]! };
  // ("BY THE NUMBERS": a fact box's heading, no writer.)
  if (/^by the numbers$/i.test(written.trim())) return null;
  // ("Text: Li Na   Photos: Wang Kai": a feature's writer and photographer, credited side by side.)
  const pictured = WORDS_AND_PICTURES.exec(written);
  if (pictured) return { author: `${pictured[1]}; ${pictured[2]}` };
  // ("By Qiang Wei (" over "People's Daily Online) 11:49, October 16, 2017": a bracket the page broke
  // over two lines; the next line reads as a date line with the outlet.)
  // ("By Li Yingqing||Updated: September 7, 2022": two bars set close part the byline as one does.)
  // ("By Muhammad Zamir Assadi | | Updated: ...": a template's empty field between bars is no part of it.)
  // ("By Su Bin, Wang Dan ( People's Daily": the paper's bracket left open at the line's end.)
  // ("By Marion K, April 22, 2021 in Current Events": a board's thread, its starter, the day and the forum it is in.)
  // ("By CHEN MEILIN in Lhasa |China Daily|Updated:2019-10-17": a bar without its spaces parts the fields as one with them.)
  // ("By Gulnar Abla -": a template's dash before the day it left empty.)
  // ("By Huang MeilingEditor: Qin Shuo": the editor's label run into the writer's name.)
  // ("Written by Farah Idris with Lam Chi-wing in Hong Kong": a second writer joined by "with".)
  // ("By Chen Yu-hsuan / Staff writer, with Reuters and AFP": the writer's post on the paper and the agencies whose
  // copy went into the story; "By Amira Haddad, LLM candidate": a student writer's degree.)
  // ("by Karin Solheim (u/drokpa_fieldnotes)": the writer's handle on the forum, in brackets after the name.)
  const line = written.replace(HANDLE_AFTER, "").replace(STAFF_POST_AFTER, "").replace(WORK_POST_AFTER, "").replace(STUDENT_AFTER, "").replace(WITH_SECOND_WRITER, "$1 and ").replace(GLUED_EDITOR, "$1 ").replace(FORUM_AFTER_DAY, "$1").replace(/\s*\($/, "").replace(/ [-–—]$/, "").replace(/ \( ?([^()]{2,60}?)\s*$/u, " ($1)").replace(/\s*\|(?:\s*\|)*\s*/g, " | ");
  // ("China Daily (USA) - - FRONT PAGE - By XU WEI and DAQIONG in Lhasa": a print reader's line, the paper,
  // its edition and page, then the byline.)
  // ("RFA – Radio Free Asia (Author)", "Jane Roe (Author)": a document archive's record names its maker and their part;
  // an acronym before a dash is the same name shortened.)
  const credited = CREDITED_PART.exec(line);
  if (credited) {
    const name = credited[1]!.replace(/^\p{Lu}{2,6} [–—-] (?=\p{Lu})/u, "");
    return credited[2] === "Author" && personNameForm(name.split(" ")) !== null ? { author: name } : { outlet: name };
  }
  const printed = PRINT_EDITION.exec(line);
  if (printed && OUTLET.test(printed[1]!)) {
    const rest = parseByline(printed[2]!);
    return rest && { ...rest, outlet: rest.outlet ?? printed[1]! };
  }
  // "- By A and B in Place Contact the writers at ...", "ByCao Hong and Hu Dongmei": a dash before, the
  // space lost after "By", a note on how to reach the writers after.
  // ("By: Peng QinghuaFrom:English Edition of ...": a colon after "By", and the next label run on.)
  // ("by His Excellency Liu Yantao, Ambassador of China to Cyprus": "by" in lower case, an honorific before the name.)
  // ("Written by Tom Lee", "Story by ...", "Interview by ...", "Live blog by ...": the writer, named after what they did.)
  // ("by lewis nyaundi": a line that is "by" and a name in lower case and nothing else.)
  // ("By, New Delhi": a byline whose writer the page left out, only the city the story was filed from.)
  // ("Von Wang Ruoxi": an aggregator's German chrome around an English story, its "By".)
  if (/^By,\s+\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u.test(line)) return {};
  const lowerName = /^by ((?:\p{Ll}[\p{Ll}'’-]+ ){1,2}\p{Ll}[\p{Ll}'’-]+)$/u.exec(line);
  const by = lowerName ? [line, nameCased(lowerName[1]!.toUpperCase())] : /^(?:[-–—•·] )?(?:(?:Written|Story|Words|Text|Reported|Compiled|Interview|Interviewed|Interview and photos|Live blog|Live coverage|Live updates) (?=by ))?(?:By|BY(?= \p{Lu})|by(?= \p{Lu})|Von(?= \p{Lu}))(?::\s*|\s+|(?=\p{Lu}\p{Ll}))(\S.*)$/u.exec(line);
  if (!by) {
    // ("China Meteorological News reporter Li Dongmei", "Xinhua reporters Li Wei and Wang Fang": a paper's or an
    // agency's reporter named on a line of their own, with no "By".)
    const staffLine = AGENCY_WRITERS.exec(line);
    const names = staffLine && OUTLET.test(staffLine[1]!) ? bylineNames(staffLine[2]!) : null;
    return names !== null && names.every((n) => n.includes(" ")) ? parseByline(`By ${line}`) : null;
  }
  const body = by[1]!.replace(/^(?:(?:His|Her) Excellency|H\.E\.)\s+/, "").replace(/\s+(?:Contact|E-?mail|Write to) (?:the writers?|the authors?|us|them|him|her)\b.*$/i, "").replace(/(\p{Ll})(?=(?:From|Source|Published|Updated)\s*:)/gu, "$1 ")
    // ("By ZHANG WENFANG zhangwenfang@chinadaily.com.cn CHINA DAILY": the writer's address stands between name and paper.)
    .replace(/\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*/g, " | ");
  const labels = [...body.matchAll(LABEL)];
  // ("By Helen Achterberg · Hundreds of subscribers": a newsletter's count of its readers beside its writer, no outlet.)
  let head = (labels[0] ? body.slice(0, labels[0].index) : body).trim().replace(/\s*[|•·/]$/, "").replace(READER_COUNT_AFTER, "");
  const fields: BylineFields = {};
  // ("By MEI-LIN KASSOV and DARIO FENWICK Pacific Wire Service", "By JOE ROE Associated Press": a wire's byline, the
  // writers in capitals, then the service in title case with no comma between.)
  const capsThenService = CAPS_NAMES_THEN_SERVICE.exec(head);
  if (capsThenService && (OUTLET.test(capsThenService[2]!) || /\b(?:Wire|Service)$/.test(capsThenService[2]!)) && !/\p{Ll}/u.test(capsThenService[1]!.replace(/ and /g, " "))) {
    fields.outlet = capsThenService[2]!;
    head = capsThenService[1]!.trim();
  }
  // "Cao Hong and Hu Dongmei June 30, 2020": the date set after the names with no bar between.
  const trailing = /\d\.?$/.test(head) ? findDates(head).find((d) => d.end >= head.length - 1 && d.start > 0) : undefined;
  if (trailing && !/[|•·/]\s*$/.test(head.slice(0, trailing.start))) {
    fields.published = trailing.asWritten;
    // ("By Luke Roe (People's Daily Online) 16:25, July 22, 2021": the clock before the day goes with it.)
    head = head.slice(0, trailing.start).trim().replace(/,$/, "").replace(/\s*\d{1,2}:\d{2}(?::\d{2})?,?$/, "");
  }
  // "By Hu Yongqi in Kunming (China Daily)", "By WANG XIAOYI / 11-09-2017 / (Chinese Social Sciences Today)": the paper, in brackets at the end.
  // ("By Yang Fan ( chinadaily.com.cn )": a site's address, with spaces inside the brackets.)
  const credit = /\s*[|/]?\s*\(\s*([\p{Lu}][\p{L}.&'’ -]{1,60}?|[a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*\)$/u.exec(head);
  if (credit) {
    fields.outlet = credit[1]!.trim();
    head = head.slice(0, credit.index).trim().replace(/\s*[|•·/]$/, "");
  }
  labels.forEach((m, k) => {
    const end = k + 1 < labels.length ? labels[k + 1]!.index : body.length;
    const value = body.slice(m.index + m[0].length, end).trim();
    const field = FIELD[m[1]!.toLowerCase()];
    // ("Source:China Tibet News 2016-03-09": the day the source's name runs into dates the page.)
    const day = field === "outlet" ? findDates(value).find((d) => d.start > 0 && d.end === value.length) : undefined;
    // ("From:English Edition of Qiushi Journal October-December 2019|Vol.11": the publication, without its edition and issue.)
    const named = field === "outlet" ? publicationName(day ? value.slice(0, day.start).trim() : value) : value;
    if (field && named !== "") fields[field] = named;
    // (Not an issue's date: "Source: NO.32 AUGUST 8, 2019" names no publication, and the page's own day stands before it.)
    if (day && named !== "") fields.published ??= day.asWritten;
  });
  // "Li Wei | Xinhua | 2020-01-15": the first part names the authors; the others an outlet and a date.
  const parts = head.split(/\s+[|•·/]\s+/);
  let authors: string[] | null = null;
  // "By John Sudworth for BBC": the outlet the reporter wrote for.
  const forOutlet = / for ((?:the )?[\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*){0,3})$/u.exec(parts[0]!);
  if (forOutlet) {
    fields.outlet ??= forOutlet[1]!;
    parts[0] = parts[0]!.slice(0, forOutlet.index);
  }
  // "CGTN's Liu Xin": the outlet owns the reporter; "Zhang Hui in Urumqi": where the reporter filed from.
  // ("By People's Daily": a possessive inside the outlet's own name, with no reporter after it.)
  const ownedForm = /^([\p{Lu}][\p{L}.&-]*(?: [\p{Lu}][\p{L}.&-]*){0,3})['’]s (.+)$/u.exec(parts[0]!);
  const owned = ownedForm && bylineNames(ownedForm[2]!) !== null ? ownedForm : null;
  if (owned) fields.outlet ??= owned[1]!;
  // ("by Xinhua writers Cao Bin, Cheng Lu, Zhang Jingpin": the agency, then its writers by name.)
  // (A capitalised "Writers" is the agency's only when full names follow: "By The Reporters Club" names none.)
  const staffForm = owned ? null : AGENCY_WRITERS.exec(parts[0]!);
  const staff = staffForm && (/ [a-z]+ \p{Lu}/u.test(staffForm[0]) || (bylineNames(staffForm[2]!)?.every((n) => n.includes(" ")) ?? false)) ? staffForm : null;
  // ("By China correspondent Rhiannon Keast", "By Asia correspondent ...": the beat the writer covers, no outlet.)
  if (staff && listedLevel(staff[1]!) === undefined && !REGION_BEAT.test(staff[1]!)) fields.outlet ??= staff[1]!;
  const first = withoutWritersCountry(owned ? owned[2]! : staff ? staff[2]! : parts[0]!);
  authors = bylineNames(first);
  // "By Xinhua", "By AFP", "By:China Tibet Online": an agency or a publisher credited as the byline is the
  // outlet, and no author (as every annotator of the blind sets read it).
  // ("By News Desk": the paper's desk, credited as the writer, is no outlet.)
  if (authors === null && NEWS_DESK.test(first.trim())) authors = [first.trim()];
  if (authors === null && !first.includes(",") && first.split(" ").length <= 4 && OUTLET.test(first.trim())) {
    authors = [];
    fields.outlet ??= first.trim();
  }
  // "Li Ying & Li Fan, Research Team on ..., China Development Research Foundation", "Liu Yantao,
  // Ambassador of China to Cyprus": the names, then their team, post or body; a body last is the outlet.
  if (authors === null && first.includes(",")) {
    const pieces = first.split(/\s*,\s*/);
    const named = bylineNames(pieces[0]!);
    const rest = pieces.slice(1);
    if (named !== null && rest.length > 0 && rest.every((p) => (/^\p{Lu}/u.test(p) && POST_OR_BODY.test(p)) || (p.split(" ").length <= 6 && ROLE_ANY_CASE.test(p)))) {
      authors = named;
      const body = rest[rest.length - 1]!;
      // (A post that ends in a body's name, "Senior Fellow at the Valley Institute", is the writer's post, not the outlet.)
      if (BODY_NAME.test(body) && !/\b(?:Ambassador|Consul|Minister|Professor|Fellow|Director|Researcher|Editor)\b/.test(body)) fields.outlet ??= body;
    }
  }
  // ("By Jane Roe, Asia correspondent, and John Doe": each writer's role set after their name, between the names.)
  if (authors === null && first.includes(",")) {
    const pieces = first.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((p) => p !== "");
    const roles = pieces.filter((p) => !isName(nameCased(p)) && p.split(" ").length <= 6 && ROLE_ANY_CASE.test(p));
    // ("..., and Sun Lihua, senior researcher, PBC Verify": the desk they write for, its name with an acronym, closes the
    // line; no writer, and no outlet over the page's own masthead.)
    const desk = pieces.length > 2 && /\b\p{Lu}{2,}\b/u.test(pieces.at(-1)!) && /\p{Ll}/u.test(pieces.at(-1)!) ? pieces.at(-1)! : null;
    const named = pieces.filter((p) => !roles.includes(p) && p !== desk).map(nameCased);
    if (roles.length > 0 && named.length > 0 && isName(nameCased(pieces[0]!)) && named.every(isName)) authors = named;
  }
  // "A, B, Outlet": the last comma-part is the outlet when it reads as one.
  if (authors === null && first.includes(",")) {
    const cut = first.lastIndexOf(",");
    const tail = first.slice(cut + 1).trim();
    const lead = bylineNames(first.slice(0, cut));
    // ("GEOFFREY YORK, Globe and Mail": a paper's name set apart from writers' names in capitals.)
    const setApart = /^[\p{Lu} .'’,-]+$/u.test(first.slice(0, cut)) && /\p{Ll}/u.test(tail) && /^\p{Lu}[\p{L}.&'’-]*(?: (?:[\p{Lu}][\p{L}.&'’-]*|and|of|the))*$/u.test(tail);
    if (lead !== null && (OUTLET.test(tail) || !tail.includes(" ") || setApart)) {
      authors = lead;
      fields.outlet ??= tail;
    }
  }
  // ("By (chinadaily.com.cn)": the site in brackets and no writer.)
  if (authors === null && first.trim() === "" && fields.outlet !== undefined) authors = [];
  if (authors === null) return null;
  if (authors.length > 0) fields.author = authors.join("; ");
  for (const written of parts.slice(1)) {
    // ("By Zheng Yang | NO. 29 JULY 21, 2016": a magazine's issue before its date names no outlet.)
    // ("By Zhou Wenting | VOL.64 NO.22 JUNE 3, 2021": nor its volume before the issue.)
    const part = written.replace(/^(?:Vol\.\s?\d{1,4}\s+)?No\.\s?\d{1,4}\s+(?=\S)/i, "");
    if (/^(?:Vol\.\s?\d{1,4}\s+)?No\.\s?\d{1,4}$/i.test(part)) continue;
    const dated = readDateLine(part);
    if (dated) fields[dated.field] ??= dated.value;
    // "By Wang Hairong | Web Exclusive": a section's label, not an outlet.
    else if (SECTION_LABEL.test(part)) continue;
    // ("| 0 Comments": the count of replies set after the day.)
    // ("| 11 min read": how long the piece takes to read, no outlet.)
    else if (/^\d{1,6} (?:Comments?|Replies|Responses|Views|Likes|Shares)$/i.test(part) || COUNTER_PART.test(part)) continue;
    // ("The Guardian, PADANGSHANG VILLAGE, China": the paper, then the place the story was filed from in capitals.)
    else if (DATELINE_AFTER_PAPER.test(part)) fields.outlet ??= part.replace(DATELINE_AFTER_PAPER, "");
    // ("Oliver Brandt, Asia Editor | Fiona Leckie": a second writer after the bar, a name the lists know.)
    else if (fields.author !== undefined && personNameForm(part.split(" ")) !== null) fields.author += `; ${part}`;
    else if (part.split(" ").length <= 5) fields.outlet ??= part;
    else return null;
  }
  return fields;
}
