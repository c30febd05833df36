// Paragraphs and the chrome rules that fired in; the kind of text out, from its form alone:
// speaker-label turns make a transcript, "Name, role: speech" lines a broadcast report.
import type { RuleId } from "./chrome-rules.ts";
import { personNameForm } from "../text/name-forms.ts";

export type DocumentKind = "news_article" | "press_briefing_transcript" | "broadcast_report" | "forum_post" | "other";

export const SPEAKER_LABEL = /^([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,4}):$/u;
// ("DHARAMSHALA, DEC 24: Tibetan ...", "Geneva, Oct 12: ...": a dateline's place and day are no name and role.)
// ("Mira Sato, a line worker, was offered ... last week. The worker noted: ...": nor a role that runs past a sentence's end,
// "... finished early. A village cadre put it more bluntly: ..." too, whose next sentence opens on a word of one letter.)
// ("JINSHUIHE, Yunnan Province, China — In my recent trip ... proud of: ...": nor a dateline's dash, long or short: "LUZHAI, China – The couple sat amid their lives: ...".)
// ("Tibet, (Chinese: Xizang), a region of ...": nor an encyclopedia's name for the place in another language.)
// ("Reziwanguli, who has worked in Shaoxing for some time, said: "..."": nor a sentence whose verb of saying ends before
// the colon and a whole quotation after it; "Jane Roe, Executive Director of X, said: It is obscene ..." is her line, its
// marks left out, and so is a quotation the paragraph leaves open to run on.)
const NAME_ROLE_LINE = /^([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3}), (?!\(|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}:|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.? \d{1,2}:)((?:[^:.!?—–]|[.!?](?!\s+\p{Lu}[\p{Ll}\s])){3,160}?)(?:(?<!\b(?:said|says|added|adds|noted|stated|explained|told reporters))|(?!: ["“][^"“”\n]*["”])): (?=\S)/u;
// ("00:11 Wei Lan, relocated villager: Up there ...": a video transcript's line, the time it is spoken first; then
// the name must read as a person's, as a chapter's title, "3:40 Potatoes, starch and storage: ...", does not.)
const TIMED = /^\[?\d{1,2}:\d{2}(?::\d{2})?\]? (?=\p{Lu})/u;

/** A "Name, role: words" line: the name, the role, where the name starts and where the words start; or null. */
export function nameRoleLine(paragraph: string): { name: string; role: string; at: number; wordsAt: number } | null {
  const timed = TIMED.exec(paragraph);
  const at = timed ? timed[0].length : 0;
  const line = NAME_ROLE_LINE.exec(at > 0 ? paragraph.slice(at) : paragraph);
  if (line === null || (timed && personNameForm(line[1]!.split(" ")) === null)) return null;
  return { name: line[1]!, role: line[2]!, at, wordsAt: at + line[0].length };
}
// A forum's own furniture: members' profiles, edit markers, a subreddit line. Menus are every site's.
const FORUM_RULES: ReadonlySet<RuleId> = new Set(["member-profile", "edit-marker", "forum-header"]);

export function detectKind(paragraphs: readonly string[], firedRules: readonly RuleId[]): DocumentKind {
  const turns = paragraphs.filter((p) => SPEAKER_LABEL.test(p)).length;
  if (turns >= 2) return "press_briefing_transcript";
  const nameRoleLines = paragraphs.filter((p) => nameRoleLine(p) !== null).length;
  if (nameRoleLines >= 2) return "broadcast_report";
  if (firedRules.filter((r) => FORUM_RULES.has(r)).length >= 2 || firedRules.includes("forum-header")) return "forum_post";
  if (firedRules.some((r) => r === "byline" || r === "dateline" || r === "outlet-line")) return "news_article";
  return "other";
}
