// How a parliament's record labels who speaks, on a line of its own over the words: a member with their seat
// and party ("Rosalind Kerr (Harbury North) (Con)"), a minister by post and then name ("The Minister for Asia
// (Graham Ashdown)"), a committee's witness with their post ("Amina Sadik (Research Lead, Valley Labour Watch)")
// and its chair by office ("The Chair (Mr. Owen Hartley)"). Read as turn labels by the quotes, and never taken
// for a page's headline. And the lines a record sets under its title: where and when the house sat, its citation,
// a written question's days, a daily record's issue and chamber.
import { personNameForm } from "../text/name-forms.ts";

/** The short names of the parties a record sets beside a member: "Con", "Lab/Co-op", "SNP". */
export const PARTIES = String.raw`Con|Lab|Lab\/Co-op|LD|SNP|DUP|PC|SF|Ind|Green|Alba|SDLP|UUP|Reform|Alliance|TUV`;
export const MEMBER_AND_SEAT = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}) \([\p{Lu}][^()]{1,50}\) \((?:${PARTIES}|Reform UK)\)$`, "u");
export const MINISTER_AND_NAME = /^(?:The )?(?:Prime Minister|Deputy Prime Minister|(?:Parliamentary Under-Secretary of State|Minister of State|Secretary of State|Minister|Chancellor|Leader of the House|Solicitor General|Attorney General)(?: (?:for|of|at|in) [^()]{2,100})?|Mr\.? Speaker|Madam Deputy Speaker|Mr\.? Deputy Speaker) \((\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})\)$/u;
// ("Harriet Coombe Portrait Harriet Coombe (Stroud Vale) (LD)": a copy that keeps the member's picture's alternative text before the label.)
export const MEMBER_PORTRAIT = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}) Portrait \1(?: \([^()]{1,50}\) \([^()]{1,20}\))?$/u;
// ("Baroness Carrow (Con)", "The Minister of State, Foreign Office (Lord Haverleigh) (Con)", "Lord Ashcombe (CB)": the
// House of Lords' record names each peer, or a minister by office and then name, with the party or bench in brackets.)
const PEER = String.raw`(?:Lord|Baroness|Lady|Viscount|Earl|Countess|Marquess|Duke|Bishop) (?:of )?\p{Lu}[\p{L}'’-]+(?: (?:of|upon|and|\p{Lu}[\p{L}'’-]+)){0,5}`;
export const PEER_WITH_PARTY = new RegExp(String.raw`^(?:The [^()]{3,160} \()?(${PEER})\)? \((?:${PARTIES}|CB|Non-Afl|Bp|Lab Co-op)\)$`, "u");
// ("Mr. Pendleton", "Ms Harrowby", "Baroness Carrow" alone over the words: an older record names each member by title and
// surname only, a peer by their title.)
export const TITLED_SURNAME_ALONE = new RegExp(String.raw`^(?:(?:Mr|Ms|Mrs|Miss|Dr)\.? ((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)|(${PEER}))$`, "u");
// ("Asked by Baroness Carrow" over "To ask Her Majesty's Government ...": the member who put the question, over it.)
export const ASKED_BY = new RegExp(String.raw`^Asked by:? (${PEER}|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})(?: \([^()]{1,60}\))?$`, "u");
// ("Photo of Gareth Llewellyn Gareth Llewellyn Labour, Cardiff North East 2:30 pm, 3rd March 2021": a copy of the record that
// keeps the member's picture's caption, then the name again, their party or post and seat, and when they rose.)
export const MEMBER_PHOTO = /^Photo of (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}) \1(?: (?=\p{Lu})[^"“”]{1,160})?$/u;
// ("Dilnur Kasim (Research Coordinator, Uyghur Labour Watch)", "Erkin Tursun (As an Individual)" alone over the words: a
// committee's evidence names each witness and member with their post or seat in brackets; "The Chair (Mr. Graham Whitcombe)"
// names its chair by office, then by name.)
const NAME_WITH_POST = /^(?:(?:Mr|Ms|Mrs|Dr|Hon)\.? )?([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,3}) \((?=[^()]*[\p{Ll},])[^()\d]{2,120}\)$/u;
const OFFICE_WITH_NAME = /^(?:The )?(?:Chair|Chairman|Chairwoman|Chairperson|Vice-Chair|Vice Chair|Acting Chair|Clerk|Presiding Member|Speaker|Deputy Speaker|Moderator) \((?:(?:Mr|Ms|Mrs|Dr|Hon|Prof)\.? )?([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’.-]*){1,3})\)$/u;

/** The witness or officer a committee's label names and where the name stands in the line, when the line is one such label. */
export function committeeLabel(line: string): { name: string; at: number } | null {
  const office = OFFICE_WITH_NAME.exec(line.trim());
  if (office) return { name: office[1]!, at: line.lastIndexOf(office[1]!) };
  const witness = NAME_WITH_POST.exec(line.trim());
  return witness && personNameForm(witness[1]!.split(" ")) !== null ? { name: witness[1]!, at: line.indexOf(witness[1]!) } : null;
}

// ("Part of the debate – in Westminster Hall at 2:30 pm on 3rd March 2021.", "Oral Answers to Questions — Trade – in the
// House of Commons at 11:30 am on 24 June 2009.": a copy of the record under the debate's title, saying where and on
// which day the words were spoken.)
export const SITTING_LINE = /^(?:\p{Lu}.{0,160}? )?[–—-] in (?:the )?\p{Lu}[\p{L}'’ ]{2,60}? at \d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)? on (\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{Ll}{2,8} \d{4})\.?$/u;
// ("Volume 810: debated on Tuesday 9 March 2021": the official record's volume, and the day of the debate.)
export const VOLUME_DEBATED = /^Volume \d{1,4}: debated on (?:\p{Lu}\p{Ll}+day )?(\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4})$/u;
// ("HC Deb 21 March 2001 vol 365 cc241-3W": the official report's citation, its house, day, volume and columns.)
export const RECORD_CITATION = /^H[CL] Deb,? (\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4}),? vol \d{1,4},? cc?\d{1,5}(?:-\d{1,5})?(?:W|WH|WS|GC)?$/u;
// ("China: Rural Relocation in Yunnan — [Mrs Eleanor Pike in the Chair]": the member who chaired the sitting, noted after a debate's title.)
export const IN_THE_CHAIR = / [—–-] \[[^[\]]{2,60} in the Chair\]$/;
// ("China: Rural Poverty" over "(asked on 14th January 2021) - View Source", then "This question was answered on 28th January
// 2021" over the answer: a written question's record, the day it was asked under its title and the day of its answer.)
export const ASKED_ON = /^\(asked on (\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{Ll}{2,8} \d{4})\)(?: [-–] View [Ss]ource)?$/u;
export const ANSWERED_ON = /^This question was answered on (\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{Ll}{2,8} \d{4})\.?$/u;
// ("RURAL CHINA LABOR TRANSPARENCY ACT; Congressional Record Vol. 167, No. 198" over "(House of Representatives - November 16,
// 2021)": a legislature's daily record, the item's title and the issue, then the chamber, which publishes nothing, and the day.)
export const RECORD_ISSUE_TITLE = /^(\p{Lu}.{3,200}?); ((?:Congressional|Parliamentary|Legislative) Record) Vol\. \d{1,4}, No\. \d{1,4}$/u;
export const CHAMBER_AND_DAY = /^\((?:House of Representatives|Senate|Extensions of Remarks|House of Commons|House of Lords|Daily Digest) [-–] (\p{Lu}\p{Ll}{2,8} \d{1,2}, \d{4})\)$/u;
