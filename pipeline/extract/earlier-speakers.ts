// Who the reporting clauses just before a place in its paragraph name, nearest first: where "It said"
// and "He noted" look for whom they point back at when the text names no person or body near them
// ("the ASPI think tank estimates that ... It said ...", "... said Xi. He noted that ...").
import type { NormalizedDocument } from "../normalize/document.ts";
import type { ClausesOf } from "./speech.ts";
import { firstFrom, type TextSpan } from "../text/spans.ts";

/** `before`: whether the paragraph before may hold them too ("..., says the white paper." then "..., it says."). */
export type EarlierSpeakers = (at: number, before?: boolean) => TextSpan[];

// How many sentences back a pronoun looks: it points at a speaker of the last few, not of the whole paragraph.
const SENTENCES_BACK = 4;

export function earlierSpeakers(doc: NormalizedDocument, clausesOf: ClausesOf): EarlierSpeakers {
  return (at, before = false) => {
    const index = firstFrom(doc.paragraphs, at + 1) - 1;
    const paragraph = doc.paragraphs[before ? Math.max(0, index - 1) : index];
    if (paragraph === undefined) return [];
    const out: TextSpan[] = [];
    const last = firstFrom(doc.sentences, at + 1) - 1;
    for (let k = last; k >= 0 && k > last - SENTENCES_BACK && doc.sentences[k]!.start >= paragraph.start; k--) {
      const sentence = doc.sentences[k]!;
      const speakers = clausesOf(doc.text.slice(sentence.start, sentence.end)).map((c) => ({ start: sentence.start + c.speaker.start, end: sentence.start + c.speaker.end }));
      out.push(...speakers.filter((s) => s.end <= at).sort((a, b) => b.start - a.start));
    }
    return out;
  };
}
