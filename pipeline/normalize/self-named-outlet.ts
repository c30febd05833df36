// A page's text in; the outlet it names as itself at work, out: "told the Global Times", "when The
// Straits Times visited him", "reached by Xinhua", "documents reviewed by Reuters", "CCTV reporter is covering ...". News copy names its
// own outlet so ("VOA could not independently verify ..."), and rarely another one; when the text names two or more outlets so, none is chosen.

import { DAY_AND_MONTH_NAMES } from "./dates.ts";

// The wire services copy is credited to by name alone: "told PTI", "By:Xinhua", "(IANS)".
export const WIRE_SERVICES = "Xinhua|Reuters|Bloomberg|AFP|AP|PTI|IANS|ANI|UNI|APP|KNA|DPA|EFE|ANSA|TASS|Yonhap|Kyodo|Bernama|Antara|UPI|Anadolu";
/** "THE ASSOCIATED PRESS", "Agence France-Presse": a wire service's full name alone, in any case. */
export const WIRE_SERVICE_FULL_NAME = /^(?:the )?(?:associated press|agence france-presse|xinhua news agency|press trust of india|kyodo news|united press international|deutsche presse-agentur|indo-asian news service)$/i;
/** "Xinhua", "AFP": a wire service's name and nothing else. */
export const WIRE_SERVICE_NAME = new RegExp(`^(?:${WIRE_SERVICES})$`);
// (A word of at most 41 letters, so a run of letters with no space is not read to its end again from each of its capitals.)
const MEDIA = `(?:[\\p{Lu}][\\p{L}’'&.-]{0,40}\\s){0,3}(?:Times|Daily|News|Post|Journal|Herald|Tribune|Review|Weekly|Monitor|BBC|CNN|CGTN|NPR|Agency|Television|TV|Radio|${WIRE_SERVICES})`;
// ("told Radio Free Asia": a name that goes on past its media word is another's, read no further; "told
// the Global Times Tuesday" is not one.)
// ("China.org.cn spoke with Lyu about her new book": the site, by its address, at work in its own interview.)
const SITE = String.raw`[\p{L}\d-]{1,40}(?:\.[\p{L}\d-]{1,40}){0,3}\.(?:com|cn|org|net)`;
const CALENDAR_WORD = `(?:${DAY_AND_MONTH_NAMES})\\b`;
const SELF_NAMED = new RegExp(
  `\\b(?:told|reached by|contacted by|interviewed by|spoke to|spoke with|said to|reviewed by|seen by|obtained by|verified by|analy[sz]ed by)\\s(?:[Tt]he\\s)?(${MEDIA})\\b(?!\\s(?!${CALENDAR_WORD})\\p{Lu})|\\b(?:[Tt]he\\s)?(${MEDIA})(?:'s|’s)?\\s(?:visited|interviewed|learned|found|corroborated|reviewed|verified|reporters?|correspondents?|journalists?)\\b|\\b(\\p{Lu}{2,5})(?:'s|’s)?\\s(?:reporters?|correspondents?|journalists?)\\b|\\b(${SITE})\\s(?:spoke (?:with|to)|talked (?:with|to)|sat down with|interviewed)\\b|\\b(?:[Tt]he\\s)?(${MEDIA}|\\p{Lu}{2,5}) (?:could not|was unable to|cannot|has not been able to) (?:independently )?(?:verify|confirm)\\b`,
  "gu",
);

// "came on the ChinaTalk podcast", "Welcome to Episode 13 of the What China Wants podcast": the show itself.
// ("Welcome to Patchwork China, a podcast about ...": and the show named, then said to be one.)
// (No "i" flag: with it, \p{Lu} would take a word in lower case too.)
const OWN_SHOW = /\b(?:[Cc]ame on|[Ww]elcome to|[Ll]istening to|[Tt]his is)(?: [Ee]pisode \d{1,4} of)? (?:the )?([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,4})(?: |, an? (?:[\p{Ll}-]+ ){0,2})(?:[Pp]odcast|[Ss]how|[Pp]rogramme|[Pp]rogram)\b/gu;

// ("..., rights groups and a worker said, AFP reports." closing the first sentence: the agency whose copy the page carries.)
const WIRE_CREDIT_AFTER_LEAD = new RegExp(`^[^\\n]{20,600}?, (${WIRE_SERVICES}) (?:reports|reported)\\.(?:\\s|$)`, "u");

export function selfNamedOutlet(text: string): string | null {
  const credited = WIRE_CREDIT_AFTER_LEAD.exec(text.trimStart());
  if (credited) return credited[1]!;
  const names = new Set<string>();
  for (const m of text.matchAll(SELF_NAMED)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!).trim().replace(/^The /, "");
    // ("the Hong Kong-based Rural Governance Monitor found": a body the copy describes to its readers is another's.)
    if (!/-based\b/.test(name)) names.add(name);
  }
  for (const m of text.matchAll(OWN_SHOW)) names.add(m[1]!);
  // ("[Source: Li You, Sixth Tone, July 10, 2018]": a page that compiles others' reports names none of them as itself.)
  if (names.size !== 1 || /\[Sources?:/.test(text)) return null;
  const name = [...names][0]!;
  // "state-backed media CGTN reported", "according to CGTN": an outlet the text cites is another's, not itself.
  return citedAsAnother(text, name) ? null : name;
}

function citedAsAnother(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // ('5. ^ "A cadre in every village". Gansu Daily. 2018-07-09.': or one an encyclopedia's list of references cites.)
  return new RegExp(`\\b(?:media|outlet|broadcaster|newspaper|agency|according to(?: the| an?)?|reported by(?: the)?) ${escaped}\\b|\\b${escaped} (?:reported|reports|said|says)\\b|(?:^|\\n)(?:\\d{1,3}\\. )?\\^[^\\n]*\\b${escaped}\\b`).test(text);
}
