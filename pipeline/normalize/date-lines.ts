// One line in; when it is a line that dates the page ("date 2019-05-06", "Outlet, March 9, 2017",
// "Site.comUpdated: May 2, 2018", "Post on 03-Mar-2020", "Published online by X: 12 June 2024"),
// the date as written, whether it is the publication or the update date, and any outlet beside it.
import { findDates } from "./find-dates.ts";
import { wordCount } from "./whitespace.ts";

export interface DateLine {
  field: "published" | "updated";
  /** The date's words as written. */
  value: string;
  outlet: string | null;
}

// Dates that are not the page's: a member's join date, a reference's access date, a renderer's clock, a photo's.
const NOT_PAGE_DATE = /\b(?:joined|member since|registered|join date|retrieved|accessed|render(?:ed)?|loading|photo|taken|file|caption|copyright|expires?|deadline|born|died|event|meeting|conference|held|until|from|to|between)\b|©/i;
const UPDATE_LABEL = /\b(?:(?:last )?updated?|modified|edited|revised)\b/i;
// Labels and joining words that may stand beside a date on a date line, with the separators between them.
const LABEL_WORDS = /\b(?:published(?: online)?(?: by)?|publication date|date published|posted(?: on| by)?|post(?:ed)? on|release date|released(?: on)?|release time|issued(?: on)?|publish(?:ed)? time|first published|(?:last )?updated?(?: on| at)?|modified|edited|revised|date|time|on|at)\b/gi;

/** The parts of a line left once its dates and labels are taken out ("Outlet | Programme | date"). */
function restParts(line: string, dates: readonly { start: number; end: number }[]): string[] {
  let text = "";
  let from = 0;
  for (const d of dates) {
    text += `${line.slice(from, d.start)} | `;
    from = d.end;
  }
  text += line.slice(from);
  return text
    // "Site.comUpdated:" glues a site's name to its label.
    .replace(/([a-z.])(Updated|Published|Posted|Update)\b/g, "$1 $2")
    .replace(LABEL_WORDS, " ")
    .split(/\s*[|·•,;()[\]–—]\s*|\s+-\s+|:\s*/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}

/** The line as a date line, or null when it is prose, another kind of date, or holds no date. */
export function readDateLine(line: string): DateLine | null {
  const trimmed = line.replace(/^[\s•·*-]+/, "");
  if (wordCount(trimmed) > 16 || NOT_PAGE_DATE.test(trimmed)) return null;
  const dates = findDates(trimmed);
  const first = dates[0];
  if (first === undefined) return null;
  const before = trimmed.slice(0, first.start).replace(/([a-z.])(Updated|Update)\b/g, "$1 $2");
  const parts = restParts(trimmed, dates);
  // A forum post's header ("u/name Mar 10 '20", "@handle") dates a post, not the page.
  if (parts.some((p) => /^(?:u\/|@)/.test(p))) return null;
  // What is left may name the outlet ("China Daily", "Site.com", a programme), never a clause.
  if (parts.length > 3 || parts.some((p) => wordCount(p) > 5 || !/^[\p{Lu}\d]|^[a-z0-9-]+\.[a-z]{2,}/u.test(p))) return null;
  return { field: UPDATE_LABEL.test(before) && !/\bpublished\b/i.test(before) ? "updated" : "published", value: first.asWritten, outlet: parts[0] ?? null };
}
