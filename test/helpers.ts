// Shared by the tests: a normalized document from a string, as the pipeline would make it from a
// file, so every stage can be tested by calling it with text.
import { decodeInputFile } from "../pipeline/ingest/decode.ts";
import type { SourceEntry } from "../pipeline/ingest/manifest.ts";
import { normalizeDocument, type NormalizedDocument } from "../pipeline/normalize/document.ts";
import { extractDocument, type Extraction } from "../pipeline/extract/extract-document.ts";

export function documentFrom(text: string, sourceFile = "doc.txt", entry?: SourceEntry): NormalizedDocument {
  const decoded = decodeInputFile(sourceFile, new TextEncoder().encode(text));
  if (!decoded.ok) throw new Error(decoded.issue.message);
  return normalizeDocument(decoded.file, entry);
}

export function extractFrom(text: string, entry?: SourceEntry): { doc: NormalizedDocument; x: Extraction } {
  const doc = documentFrom(text, "doc.txt", entry);
  return { doc, x: extractDocument(doc) };
}

/** A body of prose after a title line, so the first paragraph (the title) is not the text under test. */
export function article(...paragraphs: string[]): string {
  return ["A title line for the test", ...paragraphs].join("\n\n") + "\n";
}
