// Shared by the tests: a normalized document from a string, as the pipeline would make it from a
// file, so every stage can be tested by calling it with text.
import { decodeInputFile } from "../pipeline/ingest/decode.ts";
import type { SourceEntry } from "../pipeline/ingest/manifest.ts";
import { normalizeDocument, type NormalizedDocument } from "../pipeline/normalize/document.ts";
import { extractDocument, type Extraction } from "../pipeline/extract/extract-document.ts";
import { textOf, type FileContent } from "../pipeline/format/file-content.ts";
import type { Dataset } from "../pipeline/dataset.ts";

export function documentFrom(text: string, sourceFile = "doc.txt", entry?: SourceEntry): NormalizedDocument {
  const decoded = decodeInputFile(sourceFile, new TextEncoder().encode(text));
  if (!decoded.ok) throw new Error(decoded.issue.message);
  return normalizeDocument(decoded.file, entry);
}

export function extractFrom(text: string, entry?: SourceEntry): { doc: NormalizedDocument; x: Extraction } {
  const doc = documentFrom(text, "doc.txt", entry);
  return { doc, x: extractDocument(doc) };
}

/** Lines of a page, one to a line, as a file holds them. */
export const pageOf = (...lines: string[]): string => `${lines.join("\n")}\n`;

/** Three paragraphs of a story, set under a page's header lines so that the header ends where the test says. */
export const STORY_PROSE = [
  "The county moved 3,000 families from the mountains into new flats near the town this year, officials said in a statement.",
  "Officials said another 1,200 households would follow by the end of next year, most of them from the high valleys.",
  "About 45 percent of the working adults in the new flats had found jobs in the town's workshops by the end of June.",
];

/** The title, outlet, author and day the pipeline reads from a page of header lines over a story. */
export function headerMetadata(...lines: string[]): { title: string | null; outlet: string | null; author: string | null; published: string | null } {
  const m = documentFrom(pageOf(...lines, ...STORY_PROSE)).metadata;
  return { title: m.title, outlet: m.outlet, author: m.author, published: m.publishedDate };
}

/** Each figure's words and whom it is credited to. */
export function credits(text: string): [string, string | null][] {
  const { doc, x } = extractFrom(text);
  return x.claims.map((c) => [doc.text.slice(c.start, c.end), c.attributedTo]);
}

/** Whom the figure written so is credited to (the first such figure), or undefined when no figure reads so. */
export const creditOf = (text: string, figure: string): string | null | undefined => credits(text).find(([words]) => words === figure)?.[1];

/** A body of prose after a title line, so the first paragraph (the title) is not the text under test. */
export function article(...paragraphs: string[]): string {
  return ["A title line for the test", ...paragraphs].join("\n\n") + "\n";
}

/** Every file under `dir` by relative path (with '/'), as its bytes. */
export async function readTreeBytes(dir: string): Promise<Map<string, Buffer>> {
  const { readdir, readFile } = await import("node:fs/promises");
  const { join, relative, sep } = await import("node:path");
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(relative(dir, full).split(sep).join("/"), await readFile(full));
  }
  return out;
}

/** Every file under `dir` by relative path, as base64 (so trees compare byte for byte). */
export async function readTree(dir: string): Promise<Map<string, string>> {
  return new Map([...(await readTreeBytes(dir))].map(([path, bytes]) => [path, bytes.toString("base64")]));
}

/** Runs `body` in a fresh temporary folder, removed afterwards whatever happens. */
export async function inTempDir(prefix: string, body: (dir: string) => Promise<void>): Promise<void> {
  const { mkdtemp, rm } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  try {
    await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Rendered release files as whole texts: tables are rendered in chunks, and tests read them whole. */
export function textFiles(files: ReadonlyMap<string, FileContent>): Map<string, string> {
  return new Map(
    [...files].map(([path, content]) => {
      const text = textOf(content);
      if (text === null) throw new Error(`textFiles: ${path} holds bytes, not text`);
      return [path, text];
    }),
  );
}

/** A dataset as plain values (tables as arrays, texts read), for comparing two builds with deepEqual. */
export function plainDataset(dataset: Dataset): unknown {
  return {
    ...dataset,
    tables: Object.fromEntries(Object.entries(dataset.tables).map(([t, rows]) => [t, [...rows]])),
    texts: dataset.texts.map((t) => ({ documentId: t.documentId, path: t.path, text: t.text })),
  };
}

/**
 * Dates every build the calling test file runs (2024-06-30, through SOURCE_DATE_EPOCH, which the
 * build reads when sources.json gives no release_date), so no test depends on the day it runs.
 */
export function dateBuilds(): void {
  process.env.SOURCE_DATE_EPOCH = "1719705600";
}
