// A decoded input file (and its manifest entry, if any) in; the normalized document out: its text
// (NFC, paragraphs separated by blank lines, chrome removed), paragraph and sentence spans, the
// metadata the page states about itself, and every removed line with the rule that removed it.
import type { DecodedFile } from "../ingest/decode.ts";
import type { SourceEntry } from "../ingest/manifest.ts";
import { CHROME_RULES, isLeadingSectionLabel, readsAsProse, type LineContext, type MetadataField, type RuleHit, type RuleId } from "./chrome-rules.ts";
import { FieldBook } from "./field-book.ts";
import { chooseTitle, HEADER_LINES } from "./page-header.ts";
import { parseDate, type DatePrecision, type ParsedDate } from "./dates.ts";
import { findDates } from "./find-dates.ts";
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
  const book = new FieldBook();
  const remove = (line: Line, rule: RuleId, became: MetadataField | null, found: Partial<Record<MetadataField, string>> = {}, aboveTitle = false) => {
    removals.push({ lineNumber: line.number, rule, became, text: line.text });
    book.add(rule, found, aboveTitle);
  };

  // The header read before the title is known: every line of the page's top with the rule it matches.
  const header: { hit: RuleHit | null }[] = [];
  let previousRule: RuleId | null = null;
  for (let k = 0; k < Math.min(lines.length, HEADER_LINES); k++) {
    const line = lines[k]!;
    let hit: RuleHit | null = null;
    if (k < 3 && isLeadingSectionLabel(line.text, lines[k + 1]?.text)) hit = { rule: "leading-section-label", became: null, fields: {} };
    else {
      const context: LineContext = { line: line.text, previous: lines[k - 1]?.text, next: lines[k + 1]?.text, title: undefined, inHeader: true, afterTitleOrDateline: false, raw: line.raw, previousRule };
      for (const rule of CHROME_RULES) if ((hit = rule(context))) break;
    }
    header.push({ hit });
    previousRule = hit?.rule ?? null;
  }
  const titleIndex = chooseTitle(header.map((h, k) => ({ text: lines[k]!.text, rule: h.hit?.rule ?? null })));
  // Above the title: mastheads, menus, breadcrumbs, spam; a line no rule names is the page's furniture too.
  const first = titleIndex ?? 0;
  for (let k = 0; k < first; k++) {
    const hit = header[k]!.hit;
    if (hit) remove(lines[k]!, hit.rule, hit.became, hit.fields, true);
    else remove(lines[k]!, "above-title", null);
  }
  const titleLine = titleIndex === null ? undefined : lines[titleIndex];
  const body: Line[] = [];
  if (titleLine) body.push(titleLine);

  let inHeader = true;
  let afterTitleOrDateline = true;
  previousRule = null;
  for (let k = titleIndex === null ? 0 : first + 1; k < lines.length; k++) {
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

  // "date 2020-11-15 A villager ...": a page's date glued in front of its first paragraph.
  const leadingDate = /^date (\d{4}-\d{2}-\d{2})\b/i.exec(paragraphTexts[0] ?? "");
  if (leadingDate) book.add("dateline", { published: leadingDate[1]! }, false);
  const fields = book.fields();
  // The publication date the page states; an update date only when the page gives no other.
  const stated = statedDate(fields.published) ?? statedDate(fields.updated);
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

/** The first date a metadata value states ("2019/1/4 22:43:41", "Mar 10 '20", "1550514612000"). */
function statedDate(value: string | undefined): ParsedDate | null {
  if (value === undefined) return null;
  const year = /^\d{4}$/.test(value.trim()) ? { date: `${value.trim()}-01-01`, precision: "year" as const, asWritten: value.trim() } : null;
  const found = findDates(value)[0];
  return found ? { date: found.date, precision: found.precision, asWritten: found.asWritten } : (parseDate(value) ?? year);
}

function curatedDate(value: string) {
  const [y, m, d] = value.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return { date: value, precision: "day" as const, asWritten: value };
  if (m !== undefined) return { date: `${value}-01`, precision: "month" as const, asWritten: value };
  return { date: `${y}-01-01`, precision: "year" as const, asWritten: value };
}
