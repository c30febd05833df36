// A briefing's turns run into one paragraph, as a page that lost its line breaks gives them: "CRI: ...
// Why hasn't the visit been made yet? Wang Wenbin: China welcomes ... NOS: Yesterday ...". One paragraph
// in, one paragraph per turn out, so each turn is read as the transcripts that keep their lines are.
import { personNameForm } from "../text/name-forms.ts";
import { namesPublisher } from "./chrome-rules.ts";

// A speaker's label: an outlet's short name in capitals ("CRI", "NOS"), a wire's name ("Bloomberg", "Reuters") or a
// person's name of two or three words.
const LABEL = String.raw`(?:\p{Lu}{2,8}|[\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’-]+){0,2})`;
const OPENING = new RegExp(String.raw`^(${LABEL}): (?=\S)`, "u");
// Inside the paragraph a label stands right after a sentence's end and before a capital or a quotation mark.
const INSIDE = new RegExp(String.raw`(?<=[.?!"”] )(${LABEL}): (?=[\p{Lu}"“])`, "gu");
const BRACKETED_INSIDE = /(?<=^|\S )\[[\p{Lu}\d][\p{L}\d'’.&-]*(?: [\p{Lu}&][\p{L}'’.&-]*){0,5}\]: (?=\S)/gu;
const QUESTION_THEN_LABEL = new RegExp(String.raw`^(${LABEL}): [^\n]{3,400}\? (${LABEL}):$`, "u");
// Shorter paragraphs hold one turn; a label set once inside could be a sentence's own colon.
const MIN_CHARS = 200;

const isLabel = (label: string) => /^\p{Lu}+$/u.test(label) || (label.includes(" ") ? personNameForm(label.split(" ")) !== null : namesPublisher(label));

/** A caption file's voice tag, "<v Speaker 1>" or "<v.loud Kaiser Kuo>": the voice's name after the first space. */
export const VOICE_TAG = String.raw`<v(?:\.[\w.-]{1,20})? [^<>]{1,40}>`;
// ("... we just saw an <v Speaker 3>emergency rate cut": a caption file's cues, run together once their timings
// are set aside; a voice tag of another voice opens a turn of its own.)
const VOICE_TAG_INSIDE = new RegExp(String.raw`(?<=\S) (?=${VOICE_TAG})`, "u");
const VOICE_TAG_OPENING = new RegExp(String.raw`^${VOICE_TAG}`, "u");

/** The voice tag a line or cue opens with ("<v Speaker 1>"), or null. */
export function openingVoice(text: string): string | null {
  return VOICE_TAG_OPENING.exec(text)?.[0] ?? null;
}

export function splitRunTogetherTurns(paragraph: string): string[] {
  const cues = paragraph.startsWith("<v") ? paragraph.split(VOICE_TAG_INSIDE) : [];
  if (cues.length > 1) {
    // (The cues of one voice, one after another, are one turn: "<v Speaker 1>So COVID is a kind of stress <v Speaker 1>test for ...".)
    const turns: string[] = [];
    for (const cue of cues) {
      if (turns.length > 0 && openingVoice(cue) === openingVoice(turns[turns.length - 1]!)) turns[turns.length - 1] += ` ${cue}`;
      else turns.push(cue);
    }
    return turns;
  }
  // ("Valley Review: How much progress did the province make? Lhamo Tsering:": a print reader that set the answerer's
  // label at the end of the question's line; the answer follows under it.)
  const handover = QUESTION_THEN_LABEL.exec(paragraph);
  if (handover && (isLabel(handover[1]!) || namesPublisher(handover[1]!)) && isLabel(handover[2]!) && handover[1] !== handover[2]) {
    const at = paragraph.length - handover[2]!.length - 1;
    return [paragraph.slice(0, at).trimEnd(), paragraph.slice(at)];
  }
  // ("... The transcript is as follows: [Su Lin]: Good morning. ... [Zhou Mei]: Thank you. ...": labels in square brackets,
  // surer marks of a turn than a bare name and colon, two or more of them run into one paragraph.)
  const bracketed = [...paragraph.matchAll(BRACKETED_INSIDE)];
  if (bracketed.length >= 2) {
    const turns = bracketed[0]!.index > 0 ? [paragraph.slice(0, bracketed[0]!.index).trimEnd()] : [];
    bracketed.forEach((m, k) => turns.push(paragraph.slice(m.index, bracketed[k + 1]?.index ?? paragraph.length).trimEnd()));
    return turns;
  }
  if (paragraph.length < MIN_CHARS) return [paragraph];
  const opening = OPENING.exec(paragraph);
  const inside = [...paragraph.matchAll(INSIDE)].filter((m) => isLabel(m[1]!));
  if (opening === null || !isLabel(opening[1]!)) {
    // ("At the invitation of ..., State Councilor X will visit ... CCTV: ... Lin Haowen: ... Bloomberg: ... Lin Haowen: ...":
    // the spokesperson's announcement before the first question, then the turns; a person answering twice or more
    // marks them as turns.)
    const persons = inside.map((m) => m[1]!).filter((label) => !/^\p{Lu}+$/u.test(label));
    if (inside.length < 3 || !persons.some((label, k) => persons.indexOf(label) !== k)) return [paragraph];
    // (Two turns more, or a person answering: one acronym and a colon inside a sentence is not enough.)
  } else if (inside.length < 2 && !inside.some((m) => !/^\p{Lu}+$/u.test(m[1]!))) return [paragraph];
  const turns: string[] = [];
  let from = 0;
  for (const m of inside) {
    turns.push(paragraph.slice(from, m.index).trimEnd());
    from = m.index;
  }
  turns.push(paragraph.slice(from));
  return turns;
}
