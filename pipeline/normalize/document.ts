// A decoded input file (and its manifest entry, if any) in; the normalized document out: its text
// (NFC, paragraphs separated by blank lines, chrome removed), paragraph and sentence spans, the
// metadata the page states about itself, and every removed line with the rule that removed it.
import type { DecodedFile } from "../ingest/decode.ts";
import type { SourceEntry } from "../ingest/manifest.ts";
import { CHROME_RULES, isLeadingSectionLabel, readsAsProse, type LineContext, type MetadataField, type RuleHit, type RuleId } from "./chrome-rules.ts";
import { parseDate, type DatePrecision } from "./dates.ts";
import { detectKind, type DocumentKind } from "./kind.ts";
import { isHardWrapped, joinBlocks, joinWrappedLines, splitSentences, type Span } from "./segment.ts";
import { normalizeLine } from "./whitespace.ts";

export interface Removal {
  lineNumber: number;
  rule: RuleId;
  became: MetadataField | null;
  text: string;
}

export interface DocumentMetadata {
  title: string | null;
  outlet: string | null;
  author: string | null;
  kind: DocumentKind;
  kindBasis: "manifest" | "text";
  publishedDate: string | null;
  publishedPrecision: DatePrecision | null;
  publishedBasis: "stated" | "manifest" | "unknown";
  publishedAsWritten: string | null;
  section: string | null;
  printHeadline: string | null;
}

export interface NormalizedDocument {
  documentId: string;
  sourceFile: string;
  rawSha256: string;
  rawBytes: number;
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  metadata: DocumentMetadata;
  removals: Removal[];
}

interface Line {
  number: number;
  text: string;
  /** The line before whitespace was normalized: page furniture shows in its spacing. */
  raw: string;
}

/** Document id from a file path: its name without extension, lower-cased, other characters as '-'. */
export function documentIdFor(sourceFile: string): string {
  const base = sourceFile.replace(/\.[^./]*$/, "").toLowerCase();
  const id = base.replace(/[^a-z0-9_]+/g, "-").replace(/^[-_]+|-+$/g, "");
  return id === "" ? "document" : id;
}

export function normalizeDocument(file: DecodedFile, entry?: SourceEntry): NormalizedDocument {
  const lines: Line[] = [];
  file.text.normalize("NFC").split("\n").forEach((raw, k) => {
    const text = normalizeLine(raw);
    if (text !== "") lines.push({ number: k + 1, text, raw });
  });

  const removals: Removal[] = [];
  const fields: Partial<Record<MetadataField, string>> = {};
  const remove = (line: Line, rule: RuleId, became: MetadataField | null, found: Partial<Record<MetadataField, string>> = {}) => {
    removals.push({ lineNumber: line.number, rule, became, text: line.text });
    for (const [key, value] of Object.entries(found) as [MetadataField, string][]) fields[key] ??= value;
  };

  // Above the title: site section labels ("Press Room", "What's new") and any other chrome
  // (cookie notices, menus, advertising, a dateline) are removed before the title is chosen.
  let first = 0;
  let previousRule: RuleId | null = null;
  while (first < lines.length) {
    const line = lines[first]!;
    if (first < 3 && isLeadingSectionLabel(line.text, lines[first + 1]?.text)) {
      remove(line, "leading-section-label", null);
      previousRule = "leading-section-label";
      first++;
      continue;
    }
    const context: LineContext = { line: line.text, previous: lines[first - 1]?.text, next: lines[first + 1]?.text, title: undefined, inHeader: true, afterTitleOrDateline: false, raw: line.raw, previousRule };
    const above: RuleHit | undefined = CHROME_RULES.map((rule) => rule(context)).find((hit): hit is RuleHit => hit !== null && hit.rule !== "outlet-line" && hit.rule !== "byline");
    if (!above) break;
    remove(line, above.rule, above.became, above.fields);
    previousRule = above.rule;
    first++;
  }
  const titleLine = lines[first];
  const body: Line[] = [];
  if (titleLine) body.push(titleLine);

  let inHeader = true;
  let afterTitleOrDateline = true;
  previousRule = null;
  for (let k = first + 1; k < lines.length; k++) {
    const line = lines[k]!;
    const context = {
      line: line.text,
      previous: lines[k - 1]?.text,
      next: lines[k + 1]?.text,
      title: titleLine?.text,
      inHeader,
      afterTitleOrDateline,
      raw: line.raw,
      previousRule,
    };
    let matched = null;
    for (const rule of CHROME_RULES) {
      matched = rule(context);
      if (matched) break;
    }
    previousRule = matched?.rule ?? null;
    if (matched) {
      remove(line, matched.rule, matched.became, matched.fields);
      afterTitleOrDateline = matched.rule === "dateline" || matched.rule === "byline" || matched.rule === "outlet-line";
      continue;
    }
    afterTitleOrDateline = false;
    if (readsAsProse(line.text)) inHeader = false;
    body.push(line);
  }

  // Text set in lines of one width (from a PDF or an e-mail) is joined line to line within each
  // blank-line-separated block; other text keeps a line per paragraph unless a line plainly continues.
  const paragraphTexts = isHardWrapped(body) ? joinBlocks(body) : joinWrappedLines(body.map((l) => l.text));
  const paragraphs: Span[] = [];
  const sentences: Span[] = [];
  let offset = 0;
  for (const paragraph of paragraphTexts) {
    paragraphs.push({ start: offset, end: offset + paragraph.length });
    sentences.push(...splitSentences(paragraph, offset));
    offset += paragraph.length + 2;
  }
  const text = paragraphTexts.length === 0 ? "" : `${paragraphTexts.join("\n\n")}\n`;

  const stated = fields.published !== undefined ? parseDate(fields.published) : null;
  const curated = entry?.published !== undefined ? curatedDate(entry.published) : null;
  const date = curated ?? stated;
  const kindFromText = detectKind(paragraphTexts, removals.map((r) => r.rule));
  const metadata: DocumentMetadata = {
    title: entry?.title ?? titleLine?.text ?? null,
    outlet: entry?.outlet ?? fields.outlet ?? null,
    author: entry?.author ?? fields.author ?? null,
    kind: entry?.kind ?? kindFromText,
    kindBasis: entry?.kind !== undefined ? "manifest" : "text",
    publishedDate: date?.date ?? null,
    publishedPrecision: date?.precision ?? null,
    publishedBasis: curated ? "manifest" : stated ? "stated" : "unknown",
    publishedAsWritten: date?.asWritten ?? null,
    section: fields.section ?? null,
    printHeadline: fields.print_headline ?? null,
  };

  return {
    documentId: entry?.id ?? documentIdFor(file.sourceFile),
    sourceFile: file.sourceFile,
    rawSha256: file.rawSha256,
    rawBytes: file.rawBytes,
    text,
    paragraphs,
    sentences,
    metadata,
    removals,
  };
}

function curatedDate(value: string) {
  const [y, m, d] = value.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return { date: value, precision: "day" as const, asWritten: value };
  if (m !== undefined) return { date: `${value}-01`, precision: "month" as const, asWritten: value };
  return { date: `${y}-01-01`, precision: "year" as const, asWritten: value };
}
