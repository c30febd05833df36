// A normalized document and its entities in, quotes out: transcript turns ("Speaker:" then the
// turn), "Name, role: speech" lines, words in quotation marks with the speaker the sentence names,
// and reported speech ("X said that ...", "..., X said"). Offsets are UTF-16 into the text.
import { NAME_ROLE_LINE, SPEAKER_LABEL } from "../normalize/kind.ts";
import type { NormalizedDocument } from "../normalize/document.ts";
import type { Entities } from "./entities.ts";
import { reportingClauses, type ClausesOf } from "./speech.ts";
import { speakerResolver, type SpeakerResolver } from "./speakers.ts";
import { overlaps, type TextSpan } from "./spans.ts";

export type QuoteForm = "quotation" | "reported_speech" | "transcript_turn" | "name_role_line";

export interface Quote extends TextSpan {
  speaker: string | null;
  speakerText: string | null;
  form: QuoteForm;
}

const SPEAKER_REACH = 240;
const OPENING = new Set(["“", '"']);
const CLOSING = new Set(["”", '"']);
const SPEAKER_BEFORE = /([\p{Lu}][^.!?"“”]{0,80}?|\b(?:he|she|they)) (?:said|says|added|noted|stated|told [^,:"“”]{1,40}|asked)[,:]?\s*$/u;
const SPEAKER_AFTER = /^[,.]?\s*(?:(?:said|says|added|noted|stated|read|wrote)\s+((?:the|an?|[\p{Lu}])[^,.;"“”]{0,100})|([^,.;"“”]{1,100}?)(?:,[^,.;"“”]{1,100},)?\s+(?:said|says|added|noted|stated|told|was quoted|wrote)\b)/u;

/** Pairs quotation marks in a paragraph: a mark after a space or at the start opens, one before a space closes. */
export function quotationSpans(paragraph: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let open = -1;
  // Only quotation marks matter: jump from one to the next rather than visit every character.
  const marks = /["“”]/g;
  for (let found = marks.exec(paragraph); found !== null; found = marks.exec(paragraph)) {
    const i = found.index;
    const ch = found[0];
    const before = paragraph[i - 1];
    const after = paragraph[i + 1];
    const canOpen = OPENING.has(ch) && (before === undefined || /[\s([—–-]/.test(before)) && after !== undefined && !/\s/.test(after);
    const canClose = CLOSING.has(ch) && before !== undefined && !/\s/.test(before);
    if (canOpen && (ch === "“" || open < 0)) open = i;
    else if (canClose && open >= 0) {
      spans.push({ start: open + 1, end: i });
      open = -1;
    }
  }
  return spans;
}

const ROLE_TURN = /^(Anchor|Reporter|Host|Presenter|Moderator|Narrator|Interviewer|Correspondent|Commentator|Voice-over): (?=\S)/;
// "kashgar_kid", "Ayjan.T", "@hvoss_labour" alone on a line; "Hannah Voss @hvoss_labour · 5h".
const HANDLE_LINE = /^@?([\p{L}][\p{L}\p{N}_.-]{2,30})$/u;
const NAMED_HANDLE_LINE = /^([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}) @[\p{L}\p{N}_]{2,30}(?: · \S{1,12})?$/u;

/** The author a post header names, or null when the paragraph is not one. */
function postAuthor(paragraph: string): string | null {
  const named = NAMED_HANDLE_LINE.exec(paragraph);
  if (named) return named[1]!;
  const handle = HANDLE_LINE.exec(paragraph);
  // A bare word is a handle only when it could not be an ordinary word: "_", a digit, a dot, or lower case.
  return handle && /[_\p{N}.]|^\p{Ll}/u.test(handle[1]!) && !/\.$/.test(handle[1]!) ? handle[1]! : null;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
}

function turnQuotes(doc: NormalizedDocument, resolver: SpeakerResolver, inTurn: Set<number>): Quote[] {
  const out: Quote[] = [];
  let speaker: { name: string | null; text: string } | null = null;
  let turn: TextSpan | null = null;
  const close = () => {
    if (speaker && turn) out.push({ start: turn.start, end: turn.end, speaker: speaker.name, speakerText: speaker.text, form: "transcript_turn" });
    turn = null;
  };
  doc.paragraphs.forEach((p, index) => {
    const paragraph = doc.text.slice(p.start, p.end);
    const label = SPEAKER_LABEL.exec(paragraph);
    if (label && index > 0) {
      close();
      speaker = { name: resolver.resolve({ start: p.start, end: p.start + label[1]!.length }), text: label[1]! };
      inTurn.add(index);
      return;
    }
    // "Reporter: Weining is ...", "Anchor: Good evening": a broadcast role speaking inline.
    const role = ROLE_TURN.exec(paragraph);
    if (role && index > 0) {
      close();
      speaker = null;
      out.push({ start: p.start + role[0].length, end: p.end, speaker: role[1]!, speakerText: role[1]!, form: "name_role_line" });
      inTurn.add(index);
      return;
    }
    // A forum or social-media post opens with its author's handle: the posts are the turns.
    const author = postAuthor(paragraph);
    if (author && index > 0) {
      close();
      speaker = { name: author, text: author };
      inTurn.add(index);
      return;
    }
    const line = NAME_ROLE_LINE.exec(paragraph);
    if (line && index > 0) {
      close();
      speaker = null;
      const name = resolver.resolve({ start: p.start, end: p.start + line[1]!.length });
      out.push({ start: p.start + line[0].length, end: p.end, speaker: name, speakerText: line[1]!, form: "name_role_line" });
      inTurn.add(index);
      return;
    }
    if (speaker) {
      turn = turn ? { start: turn.start, end: p.end } : { start: p.start, end: p.end };
      inTurn.add(index);
    }
  });
  close();
  return out;
}

// "according to data from X" cites numbers; "according to X" reports what X says.
const CITES_DATA = /according to (?:the )?(?:latest )?(?:data|figures|statistics|numbers|a survey|the survey)\b/i;

/** The words "according to X" reports: the sentence on the other side of the phrase. */
function accordingToContent(sentence: string, source: TextSpan): TextSpan | null {
  if (CITES_DATA.test(sentence)) return null;
  const phrase = sentence.toLowerCase().lastIndexOf("according to", source.start);
  if (phrase < 0) return null;
  // "According to X, content." or "Content, according to X."
  const span = phrase === 0 ? { start: source.end, end: sentence.length } : { start: 0, end: phrase };
  let { start, end } = span;
  while (start < end && /[\s,]/.test(sentence[start]!)) start++;
  while (end > start && /[\s,.]/.test(sentence[end - 1]!)) end--;
  return end - start >= 12 ? { start, end } : null;
}

export function extractQuotes(doc: NormalizedDocument, entities: Entities, clausesOf: ClausesOf = reportingClauses): Quote[] {
  const resolver = speakerResolver(doc.text, entities);
  const inTurn = new Set<number>();
  const quotes = turnQuotes(doc, resolver, inTurn);
  doc.paragraphs.forEach((p, index) => {
    if (inTurn.has(index) || index === 0) return;
    const paragraph = doc.text.slice(p.start, p.end);
    const marked = quotationSpans(paragraph).map((s) => ({ start: s.start + p.start, end: s.end + p.start }));
    const sentences = doc.sentences.filter((s) => s.start >= p.start && s.end <= p.end);
    for (const q of marked) {
      const content = doc.text.slice(q.start, q.end);
      // The speaker stands within a few words of the quote: look no further, so the work per
      // quotation stays bounded however long the paragraph.
      const rest = doc.text.slice(q.end + 1, Math.min(p.end, q.end + 1 + SPEAKER_REACH));
      const leadStart = Math.max(p.start, q.start - 1 - SPEAKER_REACH);
      const lead = doc.text.slice(leadStart, q.start - 1);
      let speakerSpan: TextSpan | null = null;
      const after = SPEAKER_AFTER.exec(rest);
      if (after) {
        const group = after[1] ?? after[2]!;
        const start = q.end + 1 + after[0].indexOf(group);
        speakerSpan = { start, end: start + group.trimEnd().length };
      } else {
        const before = SPEAKER_BEFORE.exec(lead);
        if (before) speakerSpan = { start: leadStart + before.index, end: leadStart + before.index + before[1]!.length };
      }
      // Short quoted phrases with no speaker are scare quotes or names, not speech.
      if (!speakerSpan && (words(content) < 8 || !/[.!?,…]$/.test(content))) continue;
      const end = content.endsWith(",") ? q.end - 1 : q.end;
      quotes.push({ start: q.start, end, speaker: speakerSpan ? resolver.resolve(speakerSpan) : null, speakerText: speakerSpan ? doc.text.slice(speakerSpan.start, speakerSpan.end) : null, form: "quotation" });
    }
    for (const s of sentences) {
      for (const clause of clausesOf(doc.text.slice(s.start, s.end))) {
        const speakerSpan = { start: s.start + clause.speaker.start, end: s.start + clause.speaker.end };
        const claimed = clause.kind === "according_to" ? accordingToContent(doc.text.slice(s.start, s.end), clause.speaker) : clause.content;
        if (claimed === null) continue;
        const content = { start: s.start + claimed.start, end: s.start + claimed.end };
        if (marked.some((q) => overlaps(q, content) && q.end - q.start > (content.end - content.start) / 2)) continue;
        quotes.push({ start: content.start, end: content.end, speaker: resolver.resolve(speakerSpan), speakerText: doc.text.slice(speakerSpan.start, speakerSpan.end), form: "reported_speech" });
      }
    }
  });
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}
