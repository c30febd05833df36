// The paragraph each sentence lies in, found in one pass over both lists (both in text order).
import type { NormalizedDocument } from "./document.ts";

export function sentenceParagraphs(doc: NormalizedDocument): Map<number, number> {
  const out = new Map<number, number>();
  let p = 0;
  for (const s of doc.sentences) {
    while (p < doc.paragraphs.length && doc.paragraphs[p]!.end < s.start) p++;
    out.set(s.start, p);
  }
  return out;
}
