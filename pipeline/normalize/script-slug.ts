// A broadcaster's script page in; the headline, writer and day its slug block gives out. A TV or web script
// opens on a block of labelled fields in double brackets, all on one line with the script itself:
// "((PLAYBOOK SLUG: ... HEADLINE: A Uyghur's Story: ... TEASER: ... PUBLISHED AT: 9/7/2022 at 11am BYLINE:
// Xiao Yu CONTRIBUTOR: ...))". The fields run into each other, each label in capitals before a colon.
import type { MetadataField } from "./chrome-rules.ts";

// Where a slug block opens, and how far into it the fields are looked for.
const SLUG_OPENING = /\(\((?:PLAYBOOK SLUG|SLUG|TITLE):/;
const SLUG_REACH = 1_500;
// A field's value runs to the next label: a word or two in capitals (with "(S)" or "AT") before a colon.
const FIELD = (label: string) => new RegExp(String.raw`\b${label}: (.{2,240}?) (?=[A-Z][A-Z]+(?: [A-Z()]+){0,3}:)`, "u");
const HEADLINE = FIELD("(?:HEADLINE|HEAD)");
const BYLINE = FIELD("BYLINE");
const PUBLISHED = /\bPUBLISHED AT: (\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

/** The headline, writer and day a script's slug block gives, or nothing when the page has none. */
export function scriptSlug(lines: readonly string[]): Partial<Record<MetadataField, string>> {
  for (const line of lines) {
    const at = line.search(SLUG_OPENING);
    if (at < 0) continue;
    const block = line.slice(at, at + SLUG_REACH);
    const found: Partial<Record<MetadataField, string>> = {};
    const title = HEADLINE.exec(block)?.[1]?.trim();
    if (title) found.title = title;
    const writer = BYLINE.exec(block)?.[1]?.trim();
    if (writer && /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u.test(writer)) found.author = writer;
    const day = PUBLISHED.exec(block);
    if (day) found.published = `${day[3]}-${day[1]!.padStart(2, "0")}-${day[2]!.padStart(2, "0")}`;
    return found;
  }
  return {};
}
