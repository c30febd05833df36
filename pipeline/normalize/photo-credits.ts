// A page's lines in; the publisher its photo credits name out. A paper's own photographers sign their
// pictures with its name ("Photo: Shan Jie/ GT", "/CGTN Photo", "CGTN photo", "[Photo: China Plus/Wang Xin]",
// "CHEN ZEBING/CHINA DAILY", "(Alice Su / Los Angeles Times)"), so a page that names its publisher
// nowhere else names it there. Picture agencies sell to every paper and name none.
import { creditedPaper, looksLikePublisher, PHOTO_CREDIT } from "./chrome-rules.ts";
import { WIRE_SERVICES } from "./self-named-outlet.ts";
import { nameCased, personNameForm } from "../text/name-forms.ts";

// "[Photo/Xinhua]", "[Photo: China Plus/Wang Xin]", "(Photo by Xinhua News Agency)": a credit in brackets.
const BRACKETED = /[[(]Photo(?:graph)?s?(?: by)?(?:\s*[:/]\s*|\s+)([^[\]()\n]{2,80})[\])]/gu;
// "... in Keping county. Photo: Shan Jie/ GT": a credit ending its line.
// ("(Photo: IC)": a credit in brackets is the bracketed pattern's, never this one's with the bracket in it.)
const LABELLED = /\bPhoto(?:graph)?s?(?: by)?:\s*([^\n:.()[\]]{2,60}?)\s*$/gmu;
// "... in southwest China. /CGTN Photo": the paper's name before the word.
const SIGNED = /\/\s?(\p{Lu}[\p{L}&'’ ]{1,40}?) Photos?\s*$/gmu;
// ("CGTN photo" on a line of its own under a picture: the paper's name and the word alone, no slash.)
const ALONE = /^(\p{Lu}[\p{L}&'’ ]{1,40}?) [Pp]hotos?\s*$/gmu;
// "CHEN ZEBING/CHINA DAILY": photographer and paper in capitals, ending the line.
const IN_CAPITALS = /\b(\p{Lu}{2,}(?: \p{Lu}{2,}){1,2}) ?\/ ?(\p{Lu}{2,}(?: \p{Lu}{2,}){0,3})\s*$/gmu;
// "...in Kashgar.[Zhao Ruixue/China Daily]": a photographer and a paper in square brackets after a caption.
const SQUARE_CREDIT = /\[([^[\]()/\n]{2,60}?) ?\/ ?([^[\]()/\n]{2,60}?)\]/gu;
// "(PHOTO PROVIDED TO CHINA DAILY)": a picture given to the paper, which prints it as its own.
const PROVIDED_TO = /[[(](?:photos?|pictures?|images?) provided to ([^[\]()\n]{2,60})[\])]/giu;
// ("... 115 yuan a month each.CreditMarco Lindqvist for The New York Times": a photographer working for the paper.)
const CREDIT_FOR = /\bCredit:? ?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} for (\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4})\s*$/gmu;
// Picture agencies, libraries and the wire services: their credit is on every paper's pages
// ("[Photo/Xinhua]" under a China Daily story, "(Photo by Xinhua News Agency)" on a reprint).
const PICTURE_AGENCY = new RegExp(`^(?:(?:${WIRE_SERVICES})\\b.*|EPA|Getty(?: Images)?|Shutterstock|REX|Alamy|VCG|Visual China(?: Group)?|CFP|IC|Imaginechina|IC Photo|Provided|File)$`, "i");
const ACRONYM = /^\p{Lu}{2,6}$/u;
// ("Photo: IC Photo via AFP": a picture passed on by an agency is no paper's own either.)
const LENT = /\b(?:courtesy|provided by|handout|via)\b/i;
const UNLESS_STATED = /\b(?:unless|otherwise|except)\b/i;

/** A side of a credit as a name: capitals set as a name, "File photo" and "for" dropped. */
function side(words: string): string {
  // ("[Photo by Hu Yanhui/For]": a paper's name the page cut off after its "For" names no one.)
  const trimmed = words.trim().replace(/^for /i, "").replace(/\s+(?:file\s+)?photos?$/i, "").replace(/^(?:for|by|to|of|from|the)$/i, "");
  return / /.test(trimmed) && trimmed === trimmed.toUpperCase() ? nameCased(trimmed) : trimmed;
}

/** The paper of one credit's sides, or null when none is one or the one is a picture agency. */
function paperOf(sides: readonly string[]): string | null {
  // ("[Photo Courtesy: China Daily]", "Photo provided by ...": a picture lent by another, whose name is not the page's.)
  if (sides.some((s) => LENT.test(s))) return null;
  // ("(Photos: Yang Danxu, unless otherwise stated)", "Photo: Li Wei, Valley Daily": a comma parts the credit too, and a note on it names no one.)
  const names = sides.flatMap((s) => s.split(",")).filter((s) => !UNLESS_STATED.test(s)).map(side).filter((s) => /^\p{Lu}/u.test(s) && s.split(" ").length <= 6);
  const isPerson = (s: string) => personNameForm(s.split(" ")) !== null;
  const paper = names.find((s) => looksLikePublisher(s) || ACRONYM.test(s)) ?? (names.length === 1 || names.some(isPerson) ? names.find((s) => !isPerson(s)) : undefined);
  return paper === undefined || PICTURE_AGENCY.test(paper) ? null : paper;
}

/** The paper the page's photo credits name, when all that name one name the same. */
export function photoCreditOutlet(lines: readonly string[]): string | null {
  const papers = new Set<string>();
  const add = (paper: string | null) => paper !== null && papers.add(paper);
  for (const line of lines) {
    for (const m of line.matchAll(PHOTO_CREDIT)) add(creditedPaper(m[1]!, m[2]!));
    // ("[Photo/Hechi Daily]", "(Photo: China National Geographic)": a paper named alone, with no photographer of its own,
    // lent the picture; "Photo: Shan Jie/ GT" is the paper's own photographer's.)
    for (const credit of [BRACKETED, LABELLED]) for (const m of line.matchAll(credit)) if (m[1]!.includes("/")) add(paperOf(m[1]!.split("/")));
    for (const m of line.matchAll(SIGNED)) add(paperOf([m[1]!]));
    for (const m of line.matchAll(ALONE)) if (ACRONYM.test(m[1]!) || looksLikePublisher(m[1]!)) add(paperOf([m[1]!]));
    for (const m of line.matchAll(IN_CAPITALS)) add(paperOf([m[1]!, m[2]!]));
    for (const m of line.matchAll(PROVIDED_TO)) add(paperOf([m[1]!]));
    for (const m of line.matchAll(CREDIT_FOR)) add(paperOf([m[1]!]));
    // (A credit opening on "Photo" is BRACKETED's; through paperOf, an agency's picture still names no paper.)
    for (const m of line.matchAll(SQUARE_CREDIT)) if (!/^\s*(?:photo|picture|image)/i.test(m[1]!)) add(paperOf([m[1]!, m[2]!]));
  }
  return papers.size === 1 ? [...papers][0]! : null;
}
