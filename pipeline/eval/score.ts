// One document's gold annotations and the pipeline's rows for it in; match counts per table and
// right/total counts per claim field out. Claims match by value and overlapping span, one to one;
// entities by name (loosely: case, "the", punctuation, and one name inside the other); quotes by
// the position of their first words.
import type { Row } from "../dataset.ts";
import { codePointOffsets } from "../text/code-points.ts";
import type { GoldClaim, GoldDocument } from "./gold.ts";

export type ScoredTable = "claims" | "people" | "places" | "organisations" | "quotes";
export type ClaimField = "value" | "unit" | "qualifier" | "period" | "place" | "attribution";

export interface Tally {
  gold: number;
  found: number;
  matched: number;
}

export interface DocumentScore {
  tables: Record<ScoredTable, Tally>;
  fields: Record<ClaimField, { right: number; total: number }>;
  /** Gold quotes that name a speaker: how many were found with that speaker. */
  speakers: { right: number; total: number };
  /** What a person needs to see to improve rules or gold: misses, inventions, wrong fields. */
  notes: string[];
}

export interface ExtractedRows {
  claims: Row[];
  people: Row[];
  places: Row[];
  organisations: Row[];
  quotes: Row[];
}

export function normalizeName(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/^the\s+/, "").replace(/[^\p{L}\p{N}' ]+/gu, " ").replace(/\s+/g, " ").trim();
}

/** "United Front Work Department" gives "UFWD": the capitals of its capitalised words. */
function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

export function looselyEqual(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === y) return true;
  const bare = (s: string) => s.replace(/^the\s+/i, "").trim();
  if (/^\p{Lu}{2,}$/u.test(bare(a)) && initials(b) === bare(a)) return true;
  if (/^\p{Lu}{2,}$/u.test(bare(b)) && initials(a) === bare(b)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && ` ${long} `.includes(` ${short} `);
}

/** The gold text's span in code points, or null when the text does not hold it. */
function locate(text: string, words: string, occurrence: number, cp: (i: number) => number): { start: number; end: number } | null {
  const needle = words.replace(/\s+/g, " ");
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  return { start: cp(at), end: cp(at + needle.length) };
}

const num = (v: Row[string] | undefined) => Number(v);

/**
 * Whether an extracted value is the gold's. A gold written to two or more decimals is a share a person
 * rounded ("a third" as 0.333), so the value rounded to those decimals counts as the same.
 */
function sameValue(extracted: number, gold: number): boolean {
  const decimals = /\.(\d+)$/.exec(String(gold))?.[1]?.length ?? 0;
  const rounding = decimals >= 2 ? 0.5 * 10 ** -decimals : 0;
  return Math.abs(extracted - gold) <= rounding + 1e-9 * Math.max(1, Math.abs(extracted));
}

/** One-to-one name matching; misses and inventions are told to `note`. */
function matchNames(table: string, gold: readonly string[], found: readonly string[], note: (text: string) => void): number {
  const used = new Set<number>();
  let matched = 0;
  for (const g of gold) {
    const k = found.findIndex((f, i) => !used.has(i) && f.split("|").some((name) => looselyEqual(g, name)));
    if (k >= 0) {
      used.add(k);
      matched++;
    } else note(`missed ${table}: "${g}"`);
  }
  found.forEach((f, i) => {
    if (!used.has(i)) note(`invented ${table}: "${f}"`);
  });
  return matched;
}

export function scoreDocument(gold: GoldDocument, text: string, rows: ExtractedRows): DocumentScore {
  const cp = codePointOffsets(text);
  const notes: string[] = [];
  const fields: DocumentScore["fields"] = {
    value: { right: 0, total: 0 }, unit: { right: 0, total: 0 }, qualifier: { right: 0, total: 0 },
    period: { right: 0, total: 0 }, place: { right: 0, total: 0 }, attribution: { right: 0, total: 0 },
  };
  const spans = gold.claims.map((g) => ({ g, span: locate(text, g.text, g.occurrence ?? 1, cp) }));
  for (const { g, span } of spans) if (!span) notes.push(`gold text not found: "${g.text}" (occurrence ${g.occurrence ?? 1})`);
  const overlapping = (span: { start: number; end: number }, c: Row) => num(c.char_start) < span.end && span.start < num(c.char_end);

  // Value accuracy: pairs found by span alone, so a wrong value can show.
  const usedBySpan = new Set<Row>();
  for (const { g, span } of spans) {
    if (!span) continue;
    const c = rows.claims.find((r) => !usedBySpan.has(r) && overlapping(span, r));
    if (!c) continue;
    usedBySpan.add(c);
    fields.value.total++;
    if (sameValue(num(c.value), g.value)) fields.value.right++;
    else notes.push(`value: "${g.text}" gold ${g.value}, extracted ${String(c.value)}`);
  }

  const used = new Set<Row>();
  let matched = 0;
  const check = (field: ClaimField, ok: boolean, g: GoldClaim, detail: string) => {
    fields[field].total++;
    if (ok) fields[field].right++;
    else notes.push(`${field}: "${g.text}" ${detail}`);
  };
  for (const { g, span } of spans) {
    const c = span ? rows.claims.find((r) => !used.has(r) && sameValue(num(r.value), g.value) && overlapping(span, r)) : undefined;
    if (!c) {
      notes.push(`missed claim: "${g.text}"`);
      continue;
    }
    used.add(c);
    matched++;
    check("unit", c.unit === g.unit, g, `gold ${g.unit}, extracted ${String(c.unit)}`);
    check("qualifier", (c.qualifier ?? null) === g.qualifier, g, `gold ${g.qualifier}, extracted ${String(c.qualifier)}`);
    check("period", (c.period_start ?? null) === g.period_start && (c.period_end ?? null) === g.period_end, g, `gold ${g.period_start}..${g.period_end}, extracted ${String(c.period_start)}..${String(c.period_end)}`);
    check("place", looselyEqual(g.place, c.place as string | null), g, `gold ${g.place}, extracted ${String(c.place)}`);
    check("attribution", looselyEqual(g.attributed_to, c.attributed_to as string | null), g, `gold ${g.attributed_to}, extracted ${String(c.attributed_to)}`);
  }
  for (const c of rows.claims) if (!used.has(c)) notes.push(`invented claim: "${String(c.span_text)}" (${String(c.value)} ${String(c.unit)})`);

  const names = (list: Row[]) => list.map((r) => String(r.name));
  const quoteStarts = gold.quotes.map((q) => locate(text, q.text, 1, cp));
  const usedQuotes = new Set<Row>();
  let quotesMatched = 0;
  const speakers = { right: 0, total: 0 };
  gold.quotes.forEach((q, i) => {
    const at = quoteStarts[i];
    const found = at ? rows.quotes.find((r) => !usedQuotes.has(r) && overlapping(at, r)) : undefined;
    if (q.speaker !== undefined) speakers.total++;
    if (!found) {
      notes.push(`missed quote: "${q.text}"${q.speaker ? ` (${q.speaker})` : ""}`);
      return;
    }
    usedQuotes.add(found);
    quotesMatched++;
    if (q.speaker === undefined) return;
    const speaker = typeof found.speaker === "string" ? found.speaker : null;
    if (looselyEqual(q.speaker, speaker)) speakers.right++;
    else notes.push(`speaker: "${q.text}" gold ${q.speaker}, extracted ${speaker}`);
  });
  for (const r of rows.quotes) {
    if (!usedQuotes.has(r)) notes.push(`invented quote: "${String(r.span_text ?? "").slice(0, 60)}" (${typeof r.speaker === "string" ? r.speaker : "no speaker"})`);
  }

  return {
    tables: {
      claims: { gold: gold.claims.length, found: rows.claims.length, matched },
      people: { gold: gold.people.length, found: rows.people.length, matched: matchNames("person", gold.people.map((p) => p.name), names(rows.people), (t) => notes.push(t)) },
      // A place matches under any of its names: as first written, or canonical.
      places: { gold: gold.places.length, found: rows.places.length, matched: matchNames("place", gold.places.map((p) => p.name), rows.places.map((r) => [String(r.name), ...(r.canonical_name ? [String(r.canonical_name)] : [])].join("|")), (t) => notes.push(t)) },
      organisations: { gold: gold.organisations.length, found: rows.organisations.length, matched: matchNames("organisation", gold.organisations.map((o) => o.name), names(rows.organisations), (t) => notes.push(t)) },
      quotes: { gold: gold.quotes.length, found: rows.quotes.length, matched: quotesMatched },
    },
    fields,
    speakers,
    notes,
  };
}
