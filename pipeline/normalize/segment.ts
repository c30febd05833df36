// Paragraph texts in, sentence spans out. A sentence ends at . ! ? or … (with any closing quote or
// bracket) before a space and a capital, digit or opening quote, unless the word is an abbreviation.
import { openingVoice } from "./run-together-turns.ts";

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "gov", "sen", "rep", "gen",
  "lt", "col", "capt", "jr", "sr", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
  "nov", "dec", "fig", "approx", "al", "est", "i.e", "e.g", "u.s", "u.k", "u.n", "p", "pp", "vol", "a.m", "p.m",
]);
// Terminal punctuation, closing quotes/brackets and citation markers ("said.[2]"), whitespace, then
// what can open a sentence. A match starts only where a run of punctuation starts, so a long run is
// read once rather than once from each of its characters. A page that lost the space after a full
// stop ("poverty.The last") still ends its sentence there; "China.org.cn" does not (no capital follows).
// A line that stops on a small word or a comma ("... said the", "... province on,") runs on into the next.
// ("... on the sidelines of this year’s" / "Two Sessions, he said, ...": a possessive waits for its noun.)
export const STOPS_MID_PHRASE = / (?:the|a|an|of|to|and|or|in|on|for|with|that|from|by|at|as|its|their|his|her),?$|,$|[a-z]['’]s$/;
// "kaleb 3 weeks", "coughdrop1989 2d ago": a comment's author and its age.
// ("R LoRusso 3 months": a display name of capitalised words.)
// ("by Robotbeat 2159 days ago": a news forum's "by" before the handle.)
// "[–] someone@lemmy.world 42 points 4 weeks ago (1 children)", "[–] user 5 points 3 years ago": a threaded
// comment's header, its author (with their server on a federated forum), score and age.
// ("[–]loess_laoshi[S] 64 points 2 years ago": the old layout sets no space after the fold and marks the poster, a
// moderator or an admin after the handle.)
// ("[–]laowai_in_lanzhou Lanzhou 212 points 4 years ago", "[–]poster Gansu [S] 88 points": a user's flair, and the poster's mark after a space.)
export const COMMENT_HEADER = /^\[[–−+-]\] ?([\p{L}\p{N}_.-]{1,40}(?:@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3})?)(?: \p{Lu}[\p{L}]{1,20}){0,2}(?: ?\[[SMA]\])? (?:-?\d[\d,]* points?|score hidden)\b.{0,120}$/u;
// ("dragon_well_dw · 142 points · Oct 14, 2021", "loess_lad OP · 77 points": a comment's header, its writer (the thread's
// poster marked OP), its score and when, between dots.)
export const SCORED_HANDLE = /^([\p{L}\p{N}_.-]{2,40})(?: OP)? [·•|] (?:-?\d[\d,.]*[kK]? (?:points?|pts|votes?|upvotes?)|score hidden)(?: [·•|] [^·•|]{2,40})?$/u;
// ("Post  Sibirskiy_Kot Sat Jun 20, 2020 7:05 pm": a board's post header, the word "Post", the poster and when.)
export const POSTER_STAMP = /^Post\s+([\p{L}\p{N}_.-]{2,40})\s+((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? \S.{4,40})$/u;
// ("By Oxymandias - 17 Mar 2021 09:42" over "#15160211": a board's post header, "By", the poster, a dash and the day
// with its clock; a news byline's day has no clock beside it.)
// ("Post by yakbutter_tea » Sat Aug 17, 2019 10:42 pm": the word for the post before it.)
export const POSTER_BY_DASH = /^(?:Post )?[Bb]y ([\p{L}\p{N}_.-]{2,40}(?: [\p{L}\p{N}_.-]{1,30}){0,3}) [-–»] ((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? )?(?:\d{1,2} \p{Lu}\p{Ll}{2,8}\.?,? \d{4}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}),? \d{1,2}:\d{2}(?: ?[AaPp][Mm])?)$/u;

// ("yakbutter_tea wrote: ↑Sat Aug 17, 2019 10:42 pm": the header of an earlier post quoted in a reply, with its day.)
const QUOTED_POST_HEADER = /^[\p{L}\p{N}_.-]{2,40} wrote: ?↑\S.{4,40}$/u;

/** A comment's or post's header on a board, which heads a post and reads no figure: its writer with their age, score or day. */
export function isPostHeader(line: string): boolean {
  return HANDLE_AGE.test(line) || COMMENT_HEADER.test(line) || SCORED_HANDLE.test(line) || POSTER_STAMP.test(line) || POSTER_BY_DASH.test(line) || QUOTED_POST_HEADER.test(line) || NUMBERED_POST_HEADER.test(line);
}
// ("▲ kestrel_ops 8 hours ago | parent | next [–]", "mwenzel on March 27, 2021 [–]": a link aggregator's comment header, the
// vote arrow, the handle, when, and the thread's links.)
export const AGGREGATOR_COMMENT = /^(?:▲ ?)?([\p{L}\p{N}_.-]{2,30}) (?:on \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}|\d{1,4} (?:minutes?|hours?|days?|months?|years?) ago)((?: \| (?:parent|prev|next|root|context|flag|favorite|on: [^|]{1,80}))*)( \[[–-]\])?$/u;

// ("by rustbelt_otter on 11/14/24, 8:02 AM with 187 comments", "  • by quillan on 11/14/24, 8:40 AM": a reader's
// view of a link aggregator, the shared link's poster with the count of comments, then each comment's.)
export const BY_HANDLE_ON = /^(?:[•·*] )?by ([\p{L}\p{N}_.-]{2,40}) on (\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?: ?[AaPp][Mm])?)( with [\d,]+ comments?)?$/u;

// ("wanderingyak · 1191 days ago · link · · parent · post: Xinjiang's cotton fields ...": the same, its links between dots.)
const DOTTED_COMMENT = /^([\p{L}\p{N}_.-]{2,30}) · \d{1,4} (?:minutes?|hours?|days?|months?|years?) ago((?: ·(?: (?:link|parent|reply|share|permalink|post: [^·]{1,120}))?)+)$/u;

/** The handle of a link aggregator's comment header, or null: the arrow, a link or the fold mark must be there. */
export function aggregatorCommenter(line: string): string | null {
  const m = AGGREGATOR_COMMENT.exec(line);
  if (m !== null) return line.startsWith("▲") || m[2] !== "" || m[3] !== undefined ? m[1]! : null;
  const dotted = DOTTED_COMMENT.exec(line.trimEnd());
  if (dotted !== null && /\b(?:link|parent)\b/.test(dotted[2]!)) return dotted[1]!;
  const by = BY_HANDLE_ON.exec(line);
  return by !== null && by[3] === undefined ? by[1]! : null;
}
// ("OP  |  hetian_walnut_lao_li", "Reply #2  |  Aysuhan_M", "#5 | rdh (OP)": a board's post header, the post's place in the
// thread and its poster.)
export const NUMBERED_POST_HEADER = /^(?:OP|Reply #\d{1,5}|#\d{1,5}|Floor \d{1,5}|\d{1,5}(?:st|nd|rd|th)? floor)\s*[|·•]\s*([\p{L}\p{N}_.-]{2,40})(?: \(OP\))?$/u;
// A question site's signer: a handle, or a name of up to three words.
const SIGNER_NAME = String.raw`[\p{L}\p{N}_.'’-]{2,40}(?: [\p{Lu}][\p{L}'’.-]+){0,2}`;
// ("Mar 2, 2021 at 14:05", "Mar 2 '21 at 14:05", "2 Mar 2021", "2021-03-02", "3 hours ago": the days a question site writes.)
export const SITE_DAY = String.raw`(?:\p{Lu}\p{Ll}{2} \d{1,2}(?:, \d{4}| '\d{2})?|\d{1,2} \p{Lu}\p{Ll}{2}(?: \d{4})?|\d{4}-\d{2}-\d{2}|(?:\d{1,3}|an?) (?:mins?|minutes?|hours?|days?) ago)(?: at \d{1,2}:\d{2})?`;
// ("Improve this answer answered Dec 4, 2020 at 9:15" over "Jonas Weber": a question site's answer signed under its words,
// when it was given over who gave it; "asked ..." under the question, likewise; "user avatar", the picture's words, after.)
export const ANSWER_SIGNED = new RegExp(String.raw`^(?:Share )?(?:Improve this (?:answer|question) )?(?:edited ${SITE_DAY} )?(answered|asked) ${SITE_DAY}(?: user avatar)?(?: (${SIGNER_NAME}))?$`, "u");
export const SIGNER = new RegExp(`^${SIGNER_NAME}$`, "u");

/** The asker a question site signs under its question ("asked Dec 3, 2020 at 14:22" over "Ruth Mensah"), or null. */
export function questionAsker(lines: readonly { text: string }[]): string | null {
  for (const [k, line] of lines.entries()) {
    const signed = ANSWER_SIGNED.exec(line.text);
    if (signed?.[1] !== "asked") continue;
    // ("Improve this question asked Mar 2, 2021 at 14:05 ivalloton": or on the same line, after the day.)
    const signer = signed[2] ?? lines[k + 1]?.text;
    return signer !== undefined && SIGNER.test(signer) ? signer : null;
  }
  return null;
}
// ("tenzin-walks (54) in #china • 3 years ago": a handle with its reputation and the tag it posted in.)
export const HANDLE_AGE = /^(?:by )?@?([\p{L}][\p{L}\p{N}_.-]{0,30}(?: [\p{Lu}][\p{L}\p{N}_.-]{0,30}){0,2})(?: \(\d{1,3}\))?(?: in #[\w-]{1,30})?(?: [•·])? \d{1,4} ?(?:years?|months?|weeks?|days?|hours?|minutes?|mins?|hrs?|[ymwdh])(?: ago)?$/u;
const HANDLE_ALONE = /^[\p{L}\p{N}.-]*[_\p{N}][\p{L}\p{N}_.-]*$/u;
// ("Marit, no skiing in July sadly :) But Bolat says ...": a smiley ends a sentence as a stop does.)
// ("... to 94% in 2021.(1) The survey also found ...": a report's note number glued after the stop ends it too.)
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’')\]]*(?:\[(?:\d{1,3}|[a-z][a-z ]{1,30} needed)\]|\(\d{1,2}\))*(?=\s+["“‘'(\[]?[\p{Lu}\d])|(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll}+ )|(?<=\s)[:;]-?[)(DP](?=\s+\p{Lu})/gu;

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end).toLowerCase();
}

/** Sentence spans of one paragraph, offsets relative to `base` (the paragraph's start). */
export function splitSentences(paragraph: string, base: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(BOUNDARY)) {
    const stop = m.index + m[0].length;
    if (m[0].startsWith(".")) {
      const word = wordBefore(paragraph, m.index);
      // "Mr." and initials such as "J." do not end sentences.
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    spans.push({ start: base + start, end: base + stop });
    start = stop;
    while (start < paragraph.length && paragraph[start] === " ") start++;
  }
  if (start < paragraph.length) spans.push({ start: base + start, end: base + paragraph.length });
  return spans.flatMap((span) => capped(paragraph, base, span));
}

/**
 * Text with no sentence ends (a 5 MB line, a list of 100,000 numbers) is cut into pieces of at most
 * MAX_SENTENCE characters at a space, so the work done per sentence stays bounded.
 */
export const MAX_SENTENCE = 2_000;

function capped(paragraph: string, base: number, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    const limit = start + MAX_SENTENCE;
    const cut = paragraph.lastIndexOf(" ", limit - base);
    const end = cut + base > start + MAX_SENTENCE / 2 ? cut + base : limit;
    out.push({ start, end });
    start = end;
    while (start < span.end && paragraph[start - base] === " ") start++;
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}

// More of a paragraph's end than any test reads (" their," is seven characters).
const TAIL = 16;

/**
 * Paragraphs built line by line. Each is kept as its lines, joined once at the end, and the tests on
 * how it ends read only its last characters (`tail`): extending and testing the whole paragraph at
 * every line was quadratic in a paragraph of many lines.
 */
class LineJoiner {
  private readonly paragraphs: string[][] = [];
  /** The last TAIL characters of the paragraph being built. */
  tail = "";

  get open(): boolean {
    return this.paragraphs.length > 0;
  }

  start(line: string): void {
    this.paragraphs.push([line]);
    this.tail = line.slice(-TAIL);
  }

  /** Adds a line after a space, or in place of the paragraph's last character (a hyphen). */
  add(line: string, dehyphenate: boolean): void {
    const pieces = this.paragraphs[this.paragraphs.length - 1]!;
    if (dehyphenate) {
      let k = pieces.length - 1;
      while (pieces[k] === "") k--;
      pieces[k] = pieces[k]!.slice(0, -1);
    }
    pieces.push(dehyphenate ? line : ` ${line}`);
    this.tail = (dehyphenate ? this.tail.slice(0, -1) + line : `${this.tail} ${line}`).slice(-TAIL);
  }

  done(): string[] {
    return this.paragraphs.map((pieces) => pieces.join(""));
  }
}

/**
 * Joins hard-wrapped lines back into paragraphs: a line that does not end a sentence, followed by
 * one that starts in lower case, continues it; "pov-" + "erty" is de-hyphenated.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const out = new LineJoiner();
  // The voice tag the paragraph being built opens with: a caption file's cues of one voice are one turn.
  let voice: string | null = null;
  // Whether the line before was a post's header (the tail holds too few of its characters to say).
  let headerBefore = false;
  for (const line of lines) {
    const last = out.tail;
    const cueVoice = openingVoice(line);
    if (out.open && cueVoice !== null && cueVoice === voice) {
      out.add(line, false);
      continue;
    }
    voice = cueVoice;
    // A handle ("u/name", "@name") opens a post of its own; it never continues the line before.
    // Nor does a comment's header ("kaleb 3 weeks"), and a sentence may end inside its closing quotation mark ("?’").
    // A line that stops on a small word or a comma runs on whatever the case of the next ("... said the" / "Withhold ...").
    const runsOn = /^\p{Ll}/u.test(line) || STOPS_MID_PHRASE.test(last);
    const header = isPostHeader(line);
    // ("kashgar_kid" over "steppe_wanderer said:": a handle alone on its line heads a post; nothing runs on from it.)
    // ("Show" over "millstone_ed": nor does it run on from the line before.)
    // ("by Ili_river » Mon Jun 10, 2019 8:47 am" over "almaty_to_altay wrote:": nor from a post's header.)
    if (out.open && runsOn && !HANDLE_ALONE.test(last) && !HANDLE_ALONE.test(line) && !/^(?:u\/|r\/|@)/.test(line) && !header && !headerBefore && aggregatorCommenter(line) === null && !/[.!?:;"”][’'”")]?$/.test(last)) {
      out.add(line, /\p{L}-$/u.test(last));
    } else {
      out.start(line);
    }
    headerBefore = header;
  }
  return out.done();
}

interface NumberedLine {
  number: number;
  text: string;
  /** The line as the file has it, its indentation kept. */
  raw?: string;
}

const indentOf = (line: NumberedLine | undefined) => (line?.raw === undefined ? 0 : /^[ \t]*/.exec(line.raw)![0].length);

const MAX_WRAP_WIDTH = 110;

/** The width text was wrapped at: the length most lines reach, so one long line (a web address) does not set it. */
function wrapWidth(lines: readonly NumberedLine[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0;
}

/** Most lines that run on into the next are near the wrap width, and that width is a page's. */
export function isHardWrapped(lines: readonly NumberedLine[]): boolean {
  const width = wrapWidth(lines);
  if (width < 40 || width > MAX_WRAP_WIDTH) return false;
  const runOn = lines.filter((l, k) => lines[k + 1]?.number === l.number + 1);
  if (runOn.length < 4) return false;
  return runOn.filter((l) => l.text.length >= 0.75 * width).length >= 0.6 * runOn.length;
}

/**
 * Joins lines that follow one another without a blank line, mending words hyphenated at a break. A
 * short line that ends a sentence ends its paragraph too, for text that sets no blank line between
 * paragraphs (wire copy wrapped at a fixed width).
 */
// "2. Tilt up of the road", "• Wide shot": an item of a numbered or bulleted list starts a line of its own.
const LIST_ITEM_START = /^(?:\d{1,3}[.)] +\S|[•·▪] )/;

// How much of the wrap width a line and the next one's first word must fill for the line to have wrapped.
const SHORT_BREAK = 0.6;

export function joinBlocks(lines: readonly NumberedLine[]): string[] {
  const out = new LineJoiner();
  const width = wrapWidth(lines);
  let previous = -2;
  let ended = false;
  let before: NumberedLine | undefined;
  let headerBefore = false;
  for (const line of lines) {
    // ("4. SOUNDBITE (Mandarin) Chen Wei, farmer:" over '"Now we ..."': speech set out under its label starts anew.)
    const underLabel = /:$/.test(out.tail) && /^["“]/.test(line.text);
    // ("...within two weeks." over "    Representative Ostrowski. Mr. Kurban, ...": a printed record indents each paragraph's first line.)
    const indented = indentOf(line) >= 2 && indentOf(line) > indentOf(before);
    // ("Helen Marsh" over "Jike Axia" on a report's cover: a line that stopped well short of the width, where this line's
    // first word would have fitted, was broken by its writer, not wrapped.)
    const brokenShort = before !== undefined && before.text.length + 1 + line.text.split(" ", 1)[0]!.length < SHORT_BREAK * width;
    // ("Re: ..." over "Post by Dorje_L » Sun Aug 18, 2019 8:05 am" over "yakbutter_tea wrote:": a board's post header is a line of its own.)
    const header = isPostHeader(line.text);
    if (out.open && line.number === previous + 1 && !ended && !brokenShort && !header && !headerBefore && !LIST_ITEM_START.test(line.text) && !underLabel && !indented) {
      out.add(line.text, /\p{Ll}-$/u.test(out.tail) && /^\p{Ll}/u.test(line.text));
    } else {
      out.start(line.text);
    }
    previous = line.number;
    before = line;
    headerBefore = header;
    ended = /[.!?]["”’)]?$/.test(line.text) && line.text.length < 0.8 * width;
  }
  return out.done();
}
