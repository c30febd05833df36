// A normalized document, its entities and quotes in; its claims out: every quantity a sentence
// states, with the noun it counts, its hedge, rate, period, place, the source it is credited to,
// and its tie to a neighbour (a conversion in parentheses, the two ends of a change or a range).
// Offsets are UTF-16 into the normalized text; the publish rows convert them to code points.
import type { NormalizedDocument } from "../normalize/document.ts";
import { shortHash } from "../records/ids.ts";
import { attributionFor, type AttributionKind } from "./attribution.ts";
import type { Entities } from "./entities.ts";
import { findNumbers, type NumberMatch } from "./numbers.ts";
import { indicatorFor } from "./indicators.ts";
import { findPeriods, type Period, type PeriodPrecision } from "./periods.ts";
import { isQuantity } from "./quantity-filter.ts";
import { clauseStartBefore, hedgeBefore, perOf, unitAfter, type Per, type Qualifier, type UnitReading } from "./quantity-words.ts";
import { quotationSpans, type Quote } from "./quotes.ts";
import { overlaps, type TextSpan } from "./spans.ts";
import { MONEY_UNITS, TIME_UNITS, type UnitCode } from "./units.ts";

export type Relation = "conversion" | "change" | "range";

export interface Claim extends TextSpan {
  id: string;
  value: number;
  valueText: string;
  unit: UnitCode;
  unitText: string | null;
  per: Per | null;
  qualifier: Qualifier | null;
  qualifierText: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodPrecision: PeriodPrecision | null;
  periodText: string | null;
  place: string | null;
  attributedTo: string | null;
  attributionKind: AttributionKind;
  relatedClaimId: string | null;
  relation: Relation | null;
  sentence: string;
  /** Indicator code from schemas/indicators.json the figure measures, or null. */
  indicator: string | null;
}

/** A quantity found in one sentence, before its ties and period are settled (sentence offsets). */
interface Found {
  number: NumberMatch;
  unit: UnitReading;
  hedgeText: string | null;
  qualifier: Qualifier | null;
  start: number;
  end: number;
  per: Per | null;
}

const CHANGE_VERB = /\b(?:increas|ris|rose|grow|grew|jump|climb|doubl|tripl|drop|decreas|declin|fell|fall|reduc|cut|shrank|shrink|lower|rais|improv|soar|plung|surg)\w*/i;
// A sentence-opening period ("By the end of 2018, ...") covers every figure after it.
const OPENING_WORDS = 3;

function quantitiesIn(sentence: string): Found[] {
  const quoted = quotationSpans(sentence);
  const out: Found[] = [];
  for (const number of findNumbers(sentence)) {
    const unit = unitAfter(sentence, number);
    const hedge = hedgeBefore(sentence, number);
    if (!isQuantity({ sentence, number, unit, hedged: hedge !== null, quoted })) continue;
    const start = hedge && hedge.start < number.start ? hedge.start : number.start;
    out.push({
      number,
      unit,
      hedgeText: hedge?.text ?? null,
      qualifier: hedge?.qualifier ?? null,
      start,
      end: Math.max(unit.end, number.end),
      per: perOf(sentence, unit, number.start),
    });
  }
  return out;
}

interface Tie {
  /** Index of the claim the other one is tied to (the original, the earlier or lower value). */
  from: number;
  to: number;
  relation: Relation;
}

/** "1,800 yuan ($262)", "from X to Y", "to Y from X", "between X and Y". */
function tiesIn(sentence: string, found: readonly Found[]): Tie[] {
  const ties: Tie[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    const gap = sentence.slice(a.end, b.start);
    const lead = sentence.slice(Math.max(0, a.start - 8), a.start);
    if (/^ ?\($/.test(gap) && MONEY_UNITS.has(a.unit.unit) && MONEY_UNITS.has(b.unit.unit)) {
      ties.push({ from: i, to: i + 1, relation: "conversion" });
      continue;
    }
    if (gap.length > 48 || gap.includes(",") || gap.includes(";")) continue;
    const changes = CHANGE_VERB.test(sentence.slice(clauseStartBefore(sentence, a.start), a.start));
    if (/\bfrom $/i.test(lead) && /\bto $/.test(gap)) ties.push({ from: i, to: i + 1, relation: changes ? "change" : "range" });
    else if (/\bto $/i.test(lead) && /\bfrom $/.test(gap)) ties.push({ from: i + 1, to: i, relation: changes ? "change" : "range" });
    else if (/\bbetween $/i.test(lead) && /^ and $/.test(gap)) ties.push({ from: i, to: i + 1, relation: "range" });
  }
  return ties;
}

/** The period each figure refers to: one right after it, else one opening the sentence, else the next free one. */
function periodsFor(sentence: string, found: readonly Found[], periods: readonly Period[]): (Period | null)[] {
  const attached = found.map((f) => periods.find((p) => p.start >= f.end && /^\s*$/.test(sentence.slice(f.end, p.start))) ?? null);
  const firstFigure = found[0]?.start ?? sentence.length;
  const opening = periods.find((p) => p.end <= firstFigure && sentence.slice(0, p.start).trim().split(/\s+/).filter(Boolean).length <= OPENING_WORDS) ?? null;
  const taken = new Set(attached.filter((p) => p !== null));
  return found.map((f, i) => {
    if (TIME_UNITS.has(f.unit.unit)) return null;
    if (attached[i]) return attached[i]!;
    if (opening) return opening;
    // The next period no figure claims, unless a figure in between has a period of its own.
    for (const p of periods) {
      if (p.start < f.end || taken.has(p)) continue;
      const between = found.some((g, j) => g.start > f.end && g.end <= p.start && attached[j] !== null);
      return between ? null : p;
    }
    return null;
  });
}

function claimId(documentId: string, sentence: string, span: string, occurrence: number): string {
  return `${documentId}-c-${shortHash(sentence, span, occurrence)}`;
}

function nearestPlace(entities: Entities, sentence: TextSpan, at: TextSpan, excluded: readonly TextSpan[]): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const place of entities.places) {
    for (const m of place.mentions) {
      if (m.start < sentence.start || m.end > sentence.end || excluded.some((s) => overlaps(s, m))) continue;
      // Distance from the figure; a place after it wins a tie ("1.12 million officials in Xinjiang").
      const distance = m.start >= at.end ? m.start - at.end : at.start - m.end + 0.5;
      if (!best || distance < best.distance) best = { name: place.name, distance };
    }
  }
  return best?.name ?? null;
}

function publishedYear(doc: NormalizedDocument): number | null {
  const date = doc.metadata.publishedDate;
  return date === null ? null : Number(date.slice(0, 4));
}

export function extractClaims(doc: NormalizedDocument, entities: Entities, quotes: readonly Quote[]): Claim[] {
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  const sourcesOf = attributionFor(doc, entities, quotes);
  const year = publishedYear(doc);
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    const found = quantitiesIn(sentence);
    if (found.length === 0) continue;
    const sources = sourcesOf(s);
    const periods = periodsFor(sentence, found, findPeriods(sentence, year));
    const ties = tiesIn(sentence, found);
    // Ends of a change or range share the unit the text gives once ("from 20 to 30 tons").
    for (const tie of ties) {
      const [x, y] = [found[tie.from]!, found[tie.to]!];
      if (x.unit.unit === "count" && x.unit.text === null) x.unit = { ...y.unit, text: null, end: x.unit.end };
      if (y.unit.unit === "count" && y.unit.text === null) y.unit = { ...x.unit, text: null, end: y.unit.end };
    }
    const first = claims.length;
    found.forEach((f, i) => {
      const at = { start: s.start + f.start, end: s.start + f.end };
      const spanText = doc.text.slice(at.start, at.end);
      const key = `${sentence}\u0000${spanText}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const period = periods[i] ?? null;
      const attribution = sources.attribute(at);
      claims.push({
        ...at,
        id: claimId(doc.documentId, sentence, spanText, occurrence),
        value: f.number.value,
        valueText: f.number.valueText,
        unit: f.unit.unit,
        unitText: f.unit.text,
        per: f.per,
        qualifier: f.qualifier,
        qualifierText: f.hedgeText,
        periodStart: period?.periodStart ?? null,
        periodEnd: period?.periodEnd ?? null,
        periodPrecision: period?.precision ?? null,
        periodText: period?.text ?? null,
        place: nearestPlace(entities, s, at, sources.sourceSpans),
        attributedTo: attribution.attributedTo,
        attributionKind: attribution.kind,
        relatedClaimId: null,
        relation: null,
        sentence,
        indicator: indicatorFor(f.unit.unit, sentence, f.start, f.end),
      });
    });
    for (const tie of ties) {
      const target = claims[first + tie.to]!;
      target.relatedClaimId = claims[first + tie.from]!.id;
      target.relation = tie.relation;
    }
  }
  return claims;
}
