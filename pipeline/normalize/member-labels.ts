// How a parliament's record labels who speaks, on a line of its own over the words: a member with their seat
// and party ("Rosalind Kerr (Harbury North) (Con)"), a minister by post and then name ("The Minister for Asia
// (Graham Ashdown)"), a committee's witness with their post ("Amina Sadik (Research Lead, Valley Labour Watch)")
// and its chair by office ("The Chair (Mr. Owen Hartley)"). Read as turn labels by the quotes, and never taken
// for a page's headline.
import { personNameForm } from "../text/name-forms.ts";

/** The short names of the parties a record sets beside a member: "Con", "Lab/Co-op", "SNP". */
export const PARTIES = String.raw`Con|Lab|Lab\/Co-op|LD|SNP|DUP|PC|SF|Ind|Green|Alba|SDLP|UUP|Reform|Alliance|TUV`;
export const MEMBER_AND_SEAT = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}) \([\p{Lu}][^()]{1,50}\) \((?:${PARTIES}|Reform UK)\)$`, "u");
export const MINISTER_AND_NAME = /^(?:The )?(?:Prime Minister|Deputy Prime Minister|(?:Parliamentary Under-Secretary of State|Minister of State|Secretary of State|Minister|Chancellor|Leader of the House|Solicitor General|Attorney General)(?: (?:for|of|at|in) [^()]{2,100})?|Mr\.? Speaker|Madam Deputy Speaker|Mr\.? Deputy Speaker) \((\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})\)$/u;
// ("Harriet Coombe Portrait Harriet Coombe (Stroud Vale) (LD)": a copy that keeps the member's picture's alternative text before the label.)
export const MEMBER_PORTRAIT = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}) Portrait \1(?: \([^()]{1,50}\) \([^()]{1,20}\))?$/u;
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
