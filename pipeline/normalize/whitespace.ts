// One line of raw text in, the same line with every Unicode space as a plain space, invisible
// format characters dropped, runs of spaces collapsed and ends trimmed. Quotes and dashes are kept,
// but for two apostrophes set for a double quotation mark ("''The houses are real,'' says Dr Roe", as
// some papers' feeds set them), which become the mark they stand for.
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width spaces and direction marks carry no text; a soft hyphen is invisible by definition.
// The zero-width (non-)joiners stay: they hold emoji sequences (👩‍👩‍👧) and some scripts together.
const INVISIBLE = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const RUN_OF_SPACES = / {2,}/g;
const DOUBLED_APOSTROPHE = /(?<!')''(?!')/g;

export function normalizeLine(line: string): string {
  return line.replace(SPACES, " ").replace(INVISIBLE, "").replace(RUN_OF_SPACES, " ").replace(DOUBLED_APOSTROPHE, '"').trim();
}

/**
 * Words between single spaces: each run of other characters counts once. Counted in place, without
 * splitting the line, since it is asked of every line.
 */
export function wordCount(line: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) === 0x20;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
