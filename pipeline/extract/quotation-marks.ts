// A paragraph in; the stretches inside quotation marks out (offsets relative to the paragraph,
// without the marks). Straight and curly marks are paired as writers set them.
import type { TextSpan } from "../text/spans.ts";

// (Guillemets, «...», as Russian-, French- and Central Asian-English pages set quotations.)
const OPENING = new Set(["“", '"', "«"]);
const CLOSING = new Set(["”", '"', "»"]);

/** How many characters the closing mark at `at` takes: two for "’’", set for a double mark, else one. */
export function closingMarkWidth(text: string, at: number): number {
  return text.startsWith("’’", at) ? 2 : 1;
}

// ('”Today we solemnly declare ... at home,“ Xi said': a page that sets its curly marks the wrong way round, its
// first mark a closing one before a word and a later opening one after one, each mark swapped.)
const REVERSED_PAIR = /^[^“”]*(?:^|[\s(])”\p{L}[^“”]*[^\s“”]“(?:[\s,.;:!?)]|$)/u;

// ("described as 'unmatched in human history' by ...": a page in the British style quotes with single marks.
// Read only in a paragraph with no double marks: an opening mark after a space and before a letter, a closing
// one after no space and before a space or a stop; a mark between two letters is an apostrophe.)
const MAX_SINGLE_QUOTED = 600;
const PLURAL_POSSESSIVE_NEXT = /^ (?!(?:said|says|told|added|and|or|in|on|by|to|for|as|at|from|with|that|which|is|are|was|were)\b)\p{Ll}/u;

function singleQuotationSpans(paragraph: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let open = -1;
  const marks = /['‘’]/g;
  for (let found = marks.exec(paragraph); found !== null; found = marks.exec(paragraph)) {
    const i = found.index;
    const ch = found[0];
    const before = paragraph[i - 1];
    const after = paragraph[i + 1];
    const canOpen = ch !== "’" && (before === undefined || /[\s([—–]/.test(before)) && after !== undefined && /\p{L}/u.test(after);
    const canClose = ch !== "‘" && before !== undefined && !/\s/.test(before) && (after === undefined || /[\s,.;:!?)\]—–]/.test(after));
    if (open < 0 && canOpen) open = i;
    else if (open >= 0 && canClose) {
      // (Not a plural's possessive, "the farmers' houses": a closing mark after an "s" with a word in lower case next.)
      if (before === "s" && PLURAL_POSSESSIVE_NEXT.test(paragraph.slice(i + 1, i + 12))) continue;
      if (i - open - 1 <= MAX_SINGLE_QUOTED) spans.push({ start: open + 1, end: i });
      open = -1;
    }
  }
  return spans;
}

/** Pairs quotation marks in a paragraph: a mark after a space or at the start opens, one before a space closes. */
export function quotationSpans(written: string): TextSpan[] {
  if (!/["“”«»]/.test(written) && /(?:^|[\s(])['‘]\p{L}/u.test(written)) return singleQuotationSpans(written);
  const paragraph = REVERSED_PAIR.test(written) ? written.replace(/[“”]/g, (m) => (m === "“" ? "”" : "“")) : written;
  const spans: TextSpan[] = [];
  let open = -1;
  // Only quotation marks matter: jump from one to the next rather than visit every character.
  // ('“... by 2020,’’ he said.': two single marks set for a double one, as Nigerian wire copy sets them.)
  const marks = /["“”«»]|’’|‘‘/g;
  for (let found = marks.exec(paragraph); found !== null; found = marks.exec(paragraph)) {
    const i = found.index;
    const width = found[0].length;
    const ch = found[0] === "’’" ? "”" : found[0] === "‘‘" ? "“" : found[0];
    const before = paragraph[i - 1];
    const after = paragraph[i + width];
    // ('... living in poverty.“Most of ...': an opening curly mark run on after a stop still opens.)
    const canOpen = OPENING.has(ch) && (before === undefined || /[\s([—–-]/.test(before) || (ch !== '"' && /[.!?;:]/.test(before))) && after !== undefined && !/\s/.test(after);
    // ('..., ”recalls Li': a closing curly mark set off on the wrong side still closes.)
    // ('..., ”recalls Li', '"... figures, ” Li told': a closing curly mark closes an open quotation wherever its space falls.)
    const canClose = CLOSING.has(ch) && before !== undefined && (!/\s/.test(before) || (ch !== '"' && (open >= 0 || (after !== undefined && /\p{L}/u.test(after)))));
    if (canOpen && (ch !== '"' || open < 0)) open = i + width - 1;
    else if (canClose && open >= 0) {
      let end = i;
      while (end > open + 1 && /\s/.test(paragraph[end - 1]!)) end--;
      spans.push({ start: open + 1, end });
      open = -1;
    }
  }
  // A quotation opened at the paragraph's start and never closed runs to its end: a speech that goes
  // on into the next paragraph (whose own opening mark continues it), or a page cut mid-quote.
  // ('Rebecca Gowland, Oxfam's head of policy, said “During one of the most ...': so does one a verb of
  // saying opens, which the page's end cuts off.)
  // ('He explained that “Over the past 60 years ...': or "that" after the verb.)
  if ((open === 0 || (open > 0 && /\b(?:said|says|added|stated|noted|explained|stressed)(?: that)?[,:]?\s*$/.test(paragraph.slice(Math.max(0, open - 18), open)))) && spans.length === 0 && paragraph.length > open + 1) spans.push({ start: open + 1, end: paragraph.length });
  // ('... she said. "I got a job in town, which would have been hard to imagine.': a quotation opening a
  // sentence after others closed, left open at the paragraph's end, goes on into the next paragraph too.)
  // ('... works in a plant. “I am covered by social insurance schemes, including matern': or one the page's end cuts
  // off in the middle of a word, with no quotation before it.)
  else if (open > 0 && /[.!?:]\s+$/.test(paragraph.slice(Math.max(0, open - 3), open)) && (spans.length > 0 ? /[.!?…]$/.test(paragraph.trimEnd()) : /[.!?…\p{L}]$/u.test(paragraph.trimEnd()))) spans.push({ start: open + 1, end: paragraph.trimEnd().length });
  return spans;
}

/**
 * A quotation left open at a paragraph's end whose words run on through paragraphs with no marks of
 * their own to one whose first mark closes it ('He explained that “Over the past 60 years ...' ...
 * '... in Xinjiang.”'): the stretch it covers after the first paragraph, up to the closing mark, as
 * offsets into `text`; `paragraphs` are the text's paragraph spans, `spans` each one's quotationSpans. A run that no mark closes within
 * a few paragraphs is no quotation, only a mark the writer forgot.
 */
export function carriedQuotations(text: string, paragraphs: readonly TextSpan[], spans: readonly (readonly TextSpan[])[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const paragraph = text.slice(paragraphs[i]!.start, paragraphs[i]!.end).trimEnd();
    const last = spans[i]!.at(-1);
    if (last === undefined || last.end < paragraph.length || CLOSING.has(paragraph.at(-1)!) || !OPENING.has(paragraph[last.start - 1]!)) continue;
    for (let j = i + 1; j < paragraphs.length && j <= i + CARRIED_PARAGRAPHS; j++) {
      const next = text.slice(paragraphs[j]!.start, paragraphs[j]!.end);
      const mark = /["“”«»]/.exec(next);
      if (mark === null) continue;
      if (mark[0] === "”" && mark.index > 0 && !/\s/.test(next[mark.index - 1]!)) out.push({ start: paragraphs[i + 1]!.start, end: paragraphs[j]!.start + mark.index });
      break;
    }
  }
  return out;
}

// How many paragraphs after the one it opens in a quotation with no marks of its own may run on through.
const CARRIED_PARAGRAPHS = 4;
