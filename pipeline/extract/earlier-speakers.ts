// Who the reporting clauses just before a place in its paragraph name, nearest first: where "It said"
// and "He noted" look for whom they point back at when the text names no person or body near them
// ("the ASPI think tank estimates that ... It said ...", "... said Xi. He noted that ...").
import type { NormalizedDocument } from "../normalize/document.ts";
import type { ClausesOf } from "./speech.ts";
import { firstFrom, type TextSpan } from "../text/spans.ts";

/**
 * `before`: whether the paragraph before may hold them too ("..., says the white paper." then "..., it says.");
 * `far`: whether any of the last few dozen sentences may ("according to a report released Monday by X." ... "The report said").
 */
export type EarlierSpeakers = (at: number, before?: boolean, far?: boolean) => TextSpan[];

// How many sentences back a pronoun looks: it points at a speaker of the last few, not of the whole paragraph.
const SENTENCES_BACK = 4;
// How many sentences back a document named again ("the report") looks for where it was first brought in.
const DOCUMENT_SENTENCES_BACK = 40;

export function earlierSpeakers(doc: NormalizedDocument, clausesOf: ClausesOf): EarlierSpeakers {
  return (at, before = false, far = false) => {
    const index = firstFrom(doc.paragraphs, at + 1) - 1;
    const paragraph = far ? doc.paragraphs[0] : doc.paragraphs[before ? Math.max(0, index - 1) : index];
    if (paragraph === undefined) return [];
    const out: TextSpan[] = [];
    const last = firstFrom(doc.sentences, at + 1) - 1;
    const back = far ? DOCUMENT_SENTENCES_BACK : SENTENCES_BACK;
    for (let k = last; k >= 0 && k > last - back && doc.sentences[k]!.start >= paragraph.start; k--) {
      const sentence = doc.sentences[k]!;
      const speakers = clausesOf(doc.text.slice(sentence.start, sentence.end)).map((c) => ({ start: sentence.start + c.speaker.start, end: sentence.start + c.speaker.end }));
      out.push(...speakers.filter((s) => s.end <= at).sort((a, b) => b.start - a.start));
    }
    return out;
  };
}
