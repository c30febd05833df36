// A normalized document, its entities and quotes in; its claims out: every quantity a sentence
// states, with the noun it counts, its hedge, rate, period, place, the source it is credited to,
// and its tie to a neighbour (a conversion in parentheses, the two ends of a change or a range).
// Offsets are UTF-16 into the normalized text; the publish rows convert them to code points.
import type { NormalizedDocument } from "../normalize/document.ts";
import { sentenceParagraphs } from "../normalize/paragraph-index.ts";
import { isReferenceEntry } from "../normalize/apparatus-lines.ts";
import { shortHash } from "../text/short-hash.ts";
import { attributionFor, inheritedAttributions, type AttributionKind } from "./attribution.ts";
import type { SpeakerResolver } from "./speakers.ts";
import type { Entities } from "./entities.ts";
import { findNumbers, type NumberMatch } from "./numbers.ts";
import { findDates, FRENCH_MONTHS } from "../normalize/find-dates.ts";
import { isPhotoCaption } from "../normalize/page-chrome.ts";
import { indicatorFor } from "./indicators.ts";
import { tableCells } from "./text-tables.ts";
import { sourcedTables } from "./table-sources.ts";
import { findPeriods, type Period, type PeriodPrecision } from "./periods.ts";
import { isQuantity } from "./quantity-filter.ts";
import { clauseStartBefore, hedgeAfter, hedgeBefore, perOf, unitAfter, unitBefore, type Per, type Qualifier, type UnitReading } from "./quantity-words.ts";
import { quotationSpans, type Quote } from "./quotes.ts";
import { overlaps, type TextSpan } from "../text/spans.ts";
import { reportingClauses, type ClausesOf } from "./speech.ts";
import { documentPlaces, placeOf, sentencePlaces } from "./claim-place.ts";
import type { GazetteerEntry } from "../gazetteer/gazetteer.ts";
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
  /** The gazetteer entry of the place, when it has one. */
  placeEntry: GazetteerEntry | null;
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

const REFERS_BACK = /\b(?:the|these|those|both|my|our|his|her|their|its)(?: (?:last|remaining|other|same|first|final|new|original))? $/i;
const CHANGE_VERB = /\b(?:increas|ris|rose|grow|grew|jump|climb|doubl|tripl|drop|decreas|declin|fell|fall|reduc|cut|shrank|shrink|lower|rais|improv|soar|plung|surg)\w*/i;
// A sentence-opening period ("By the end of 2018, ...") covers every figure after it.
const OPENING_WORDS = 3;

/** Units a later bare figure may stand for: counted things and money, not rates, ages or durations. */
function INHERITABLE(unit: UnitCode): boolean {
  return unit !== "count" && unit !== "percent" && unit !== "year_of_age" && !TIME_UNITS.has(unit) && !PLACE_UNITS.has(unit);
}
const PLACE_UNITS: ReadonlySet<UnitCode> = new Set(["village", "township", "county", "prefecture", "province"]);

// Forms of date the quantity filter's own date rules leave to the date reader: "Feb 02 '22",
// "2019/07/11", "03-Mar-2020", "12.3.2020". Looked for first, so most sentences skip the reader.
const NUMERIC_DATE_HINT = new RegExp(`['’]\\d{2}\\b|\\d[/.-]\\d{1,2}[/.-]\\d|\\d-\\p{L}{3}-\\d|\\d (?:${FRENCH_MONTHS.map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`).join("|")}) \\d{4}|\\d年`, "u");

function quantitiesIn(sentence: string): Found[] {
  const quoted = quotationSpans(sentence);
  const dates = NUMERIC_DATE_HINT.test(sentence) ? findDates(sentence) : [];
  const out: Found[] = [];
  let previous: { number: NumberMatch; kept: boolean } | null = null;
  for (const found of findNumbers(sentence)) {
    if (dates.some((d) => d.start <= found.start && found.end <= d.end)) continue;
    let number = found;
    let unit = unitAfter(sentence, number);
    if (unit.unit === "count" && unit.text === null) {
      const before = unitBefore(sentence, number.start);
      if (before) unit = { unit: before, text: null, end: unit.end };
    }
    // "30 U.S. cents" is 0.3 dollars; "one in five families" is a share, counted as the fraction.
    if (unit.unit === "USD" && /\bcents?$/i.test(unit.text ?? "")) number = { ...number, value: number.value / 100 };
    // "two decades" is 20 years.
    if (unit.unit === "year" && /\bdecades?$/i.test(unit.text ?? "")) number = { ...number, value: number.value * 10 };
    // ("below minus 10 degrees", "−62.4 °C": a temperature under zero, its sign a word or the minus sign.)
    if (/(?:\bminus |−)$/.test(sentence.slice(Math.max(0, number.start - 6), number.start)) && /^\s?(?:°|degrees?\b)/.test(sentence.slice(number.end, number.end + 9))) number = { ...number, value: -number.value };
    if (number.form === "words" && number.value < 1) unit = { ...unit, unit: "count" };
    const hedge = hedgeBefore(sentence, number) ?? hedgeAfter(sentence, number);
    // The second end of "2017-19" or "table 10-21" is no more a quantity than the first.
    // (A spaced dash too: "pp. 1 - 21".)
    const rangeEnd: boolean = previous !== null && /^ ?[-–] ?$/.test(sentence.slice(previous.number.end, number.start));
    const kept: boolean = isQuantity({ sentence, number, unit, hedged: hedge !== null, quoted }) && !(rangeEnd && !previous!.kept);
    previous = { number, kept };
    if (!kept) continue;
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

// "15,000 feet (4,570 m)", "470,000 square miles (1,220,000 km2)", "200 hectares (3,000 mu)": a length, an
// area or a weight given again in other units is one quantity, as a sum of money in two currencies is.
const MEASURE_END = /[\d -](?:feet|foot|ft|miles?|mi|m|metres?|meters?|km|kilometres?|kilometers?|km2|km²|square(?: (?:miles?|kilometres?|kilometers?|metres?|meters?))?|sq(?:uare)? (?:mi|km|m)|hectares?|ha|acres?|mu|kg|kilograms?|pounds?|lbs?|tons?|tonnes?|°\s?[CF]|degrees(?: (?:Celsius|Fahrenheit))?)$/;
const isMeasure = (claimText: string) => MEASURE_END.test(claimText);

/** "1,800 yuan ($262)", "from X to Y", "to Y from X", "between X and Y". */
function tiesIn(sentence: string, found: readonly Found[]): Tie[] {
  const ties: Tie[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    const gap = sentence.slice(a.end, b.start);
    const lead = sentence.slice(Math.max(0, a.start - 8), a.start);
    const measures = isMeasure(sentence.slice(a.start, a.end) + gap.replace(/ ?\($/, "")) && isMeasure(sentence.slice(b.start, b.end));
    if ((/^ ?\($/.test(gap) && MONEY_UNITS.has(a.unit.unit) && MONEY_UNITS.has(b.unit.unit)) || (measures && /^(?: [a-z]{1,12})? ?\($/.test(gap))) {
      ties.push({ from: i, to: i + 1, relation: "conversion" });
      continue;
    }
    // "28,000 workers in 2019, up from about 20,000 in 2018": the later figure comes first.
    if (gap.length <= 120 && !gap.includes(";") && /\b(?:up|down|rising|falling|compared) (?:from|with|to) $/.test(gap)) {
      ties.push({ from: i + 1, to: i, relation: "change" });
      continue;
    }
    if (gap.length > 48 || gap.includes(",") || gap.includes(";")) continue;
    const changes = CHANGE_VERB.test(sentence.slice(clauseStartBefore(sentence, a.start), a.start));
    if (/\bfrom $/i.test(lead) && /\bto $/.test(gap)) ties.push({ from: i, to: i + 1, relation: changes ? "change" : "range" });
    else if (/\bto $/i.test(lead) && /\bfrom $/.test(gap)) ties.push({ from: i + 1, to: i, relation: changes ? "change" : "range" });
    else if (/\bbetween $/i.test(lead) && /^ and $/.test(gap)) ties.push({ from: i, to: i + 1, relation: "range" });
    // "10 to 15 days", "10-15 days", "1,800 to 2,200 yuan", "$540 to $770": a range.
    else if (/^(?: to |-| ?– ?| or )$/.test(gap) && (a.unit.text === null || a.unit.unit === b.unit.unit) && a.unit.unit !== "year_of_age") ties.push({ from: i, to: i + 1, relation: "range" });
  }
  return ties;
}

/**
 * The period each figure refers to: one right after it, else one opening the sentence, else the
 * next free one, else a free one before it in the same clause. The earlier value of a change takes
 * only a period written right after it: the sentence's period is the later value's.
 */
function periodsFor(sentence: string, found: readonly Found[], named: readonly Period[], changeOrigins: ReadonlySet<number>): (Period | null)[] {
  // "23.4% more than in 2018": the period after "than" is what the figure is compared with.
  const periods = named.filter((p) => !/\b(?:than|compared (?:with|to))\s+$/i.test(sentence.slice(Math.max(0, p.start - 16), p.start)));
  const attached = found.map((f) => periods.find((p) => p.start >= f.end && /^\s*$/.test(sentence.slice(f.end, p.start))) ?? null);
  // (Not the length of time inside the period itself: "Over the past two years, ..." opens with its period.)
  const firstFigure = found.find((f) => !periods.some((p) => p.start <= f.start && f.end <= p.end))?.start ?? sentence.length;
  const opening = periods.find((p) => p.end <= firstFigure && sentence.slice(0, p.start).trim().split(/\s+/).filter(Boolean).length <= OPENING_WORDS) ?? null;
  const taken = new Set(attached.filter((p) => p !== null));
  return found.map((f, i) => {
    if (TIME_UNITS.has(f.unit.unit)) return null;
    if (attached[i]) return attached[i]!;
    if (changeOrigins.has(i)) return null;
    if (opening) return opening;
    // The next period no figure claims, unless a figure in between has a period of its own.
    // ("2,300 yuan a year, and by 2019 it was 3,200": a new clause's period is its own.)
    const next = periods.find((p) => p.start >= f.end && !taken.has(p));
    if (next && !/, and |; | while /.test(sentence.slice(f.end, next.start))) return found.some((g, j) => g.start > f.end && g.end <= next.start && attached[j] !== null) ? null : next;
    // "joined cooperatives in 2018 and received nearly 1,000 yuan": a free period earlier in the clause.
    const before = periods.filter((p) => p.end <= f.start && !taken.has(p) && !/, |;/.test(sentence.slice(p.end, f.start)));
    return before[before.length - 1] ?? null;
  });
}

function claimId(documentId: string, sentence: string, span: string, occurrence: number): string {
  return `${documentId}-c-${shortHash(sentence, span, occurrence)}`;
}

/** The day the page was published, when it gives the day. */
function publishedDay(doc: NormalizedDocument): string | null {
  return doc.metadata.publishedPrecision === "day" ? doc.metadata.publishedDate : null;
}

function publishedYear(doc: NormalizedDocument): number | null {
  const date = doc.metadata.publishedDate;
  return date === null ? null : Number(date.slice(0, 4));
}

export function extractClaims(doc: NormalizedDocument, entities: Entities, quotes: readonly Quote[], clausesOf: ClausesOf = reportingClauses, resolver?: SpeakerResolver): Claim[] {
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  const sourcesOf = attributionFor(doc, entities, quotes, clausesOf, resolver);
  // Every sentence in order, once: speaker anaphora ("he said") depend on the order of resolution.
  const sentenceSources = doc.sentences.map((s) => sourcesOf(s));
  const inherited = inheritedAttributions(doc, sentenceSources);
  const year = publishedYear(doc);
  const lastCounted = new Map<number, UnitReading>();
  const counted = new Set<string>();
  // Whether a paragraph is a photo's caption, or an entry of the text's references (whose numbers are
  // the cited work's), worked out once per paragraph (not once per sentence).
  const paragraphIs = (form: (paragraph: string) => boolean) => {
    const known = new Map<number, boolean>();
    return (k: number): boolean => {
      let is = known.get(k);
      if (is === undefined) {
        const paragraph = doc.paragraphs[k];
        known.set(k, (is = paragraph !== undefined && form(doc.text.slice(paragraph.start, paragraph.end))));
      }
      return is;
    };
  };
  const captionOf = paragraphIs(isPhotoCaption);
  const referenceOf = paragraphIs(isReferenceEntry);
  const cells = tableCells(doc);
  const tables = sourcedTables(doc);
  const paragraphIndex = sentenceParagraphs(doc);
  const paragraphOf = (s: TextSpan) => paragraphIndex.get(s.start) ?? -1;
  const placeMentions = documentPlaces(entities);
  doc.sentences.forEach((s, sentenceIndex) => {
    const sentence = doc.text.slice(s.start, s.end);
    const found = quantitiesIn(sentence);
    if (found.length === 0 || referenceOf(paragraphOf(s))) return;
    const sources = sentenceSources[sentenceIndex]!;
    const ties = tiesIn(sentence, found);
    const periods = periodsFor(sentence, found, findPeriods(sentence, year, publishedDay(doc)), new Set(ties.filter((t) => t.relation === "change").map((t) => t.from)));
    // Ends of a change or range share the unit the text gives once ("from 20 to 30 tons").
    const unwritten = (f: Found) => f.unit.text === null && (f.unit.unit === "count" || f.unit.unit === "currency_unspecified");
    for (const tie of ties) {
      const [x, y] = [found[tie.from]!, found[tie.to]!];
      if (unwritten(x) && !unwritten(y)) x.unit = { ...y.unit, text: null, end: x.unit.end, shared: true };
      else if (unwritten(y) && !unwritten(x)) y.unit = { ...x.unit, text: null, end: y.unit.end, shared: true };
      if (x.per === null) x.per = y.per;
      if (y.per === null) y.per = x.per;
    }
    // "12.9 million people, an average of 2.15 million a year. Of these, 4.51 million ...": a bare
    // figure counts what the figure before it in the sentence, or the paragraph's previous one, counted.
    found.forEach((f) => {
      if (f.unit.unit !== "count" || f.unit.text !== null || f.number.value < 1 || f.unit.shared) {
        if (INHERITABLE(f.unit.unit)) lastCounted.set(paragraphOf(s), f.unit);
        return;
      }
      const earlier = lastCounted.get(paragraphOf(s));
      if (earlier) f.unit = { ...earlier, text: null, end: f.unit.end };
    });
    // A figure in a text table takes its column's unit and its row's year.
    const rowYears = found.map((f) => {
      const cell = cells.find((c) => c.start <= s.start + f.start && s.start + f.end <= c.end);
      if (!cell) return null;
      if (cell.unit && f.unit.text === null) f.unit = { unit: cell.unit, text: null, end: f.unit.end };
      // ("GDP in Bill.Yuan" over "1995 5.61": the figure is in the column's scale.)
      if (cell.scale !== undefined && f.number.valueText === doc.text.slice(s.start + f.start, s.start + f.end)) f.number = { ...f.number, value: Number((f.number.value * 10 ** cell.scale).toPrecision(12)) };
      return cell.year;
    });
    const candidates = sentencePlaces(doc.text, placeMentions, s);
    // "the 10 counties", "my 60 families": a figure the text counted already, pointed back at.
    const tied = new Set(ties.flatMap((t) => [t.from, t.to]));
    const kept = found.map((f, i) => tied.has(i) || !(REFERS_BACK.test(sentence.slice(Math.max(0, f.start - 30), f.start)) && counted.has(`${f.number.value}|${f.unit.unit}`)));
    // What the body counts is what a later "the 10 counties" points back at; a headline or a photo
    // caption repeats the story, and the body states its figures anew.
    const caption = captionOf(paragraphOf(s));
    if (paragraphOf(s) > 0 && !caption) for (const f of found) counted.add(`${f.number.value}|${f.unit.unit}`);
    const first = claims.length;
    found.forEach((f, i) => {
      if (!kept[i]) return;
      const at = { start: s.start + f.start, end: s.start + f.end };
      const spanText = doc.text.slice(at.start, at.end);
      const key = `${sentence}\u0000${spanText}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const rowYear = rowYears[i] ?? null;
      const period: Period | null = periods[i] ?? (rowYear === null ? null : { start: 0, end: 0, text: String(rowYear), periodStart: `${rowYear}-01-01`, periodEnd: `${rowYear}-12-31`, precision: "year" });
      const place = placeOf(doc.text, candidates.filter((m) => !sources.describedSpans.some((d) => overlaps(d, m))), at, sources.sourceSpans);
      const own = sources.attribute(at);
      // ("Jjike Shiha, 46, now runs a shop ..., she said.": a person's age is the writer's description of them, whoever
      // the sentence reports; an age inside a quotation or a turn is the speaker's.)
      const described = f.unit.unit === "year_of_age" && (own.kind === "speech" || own.kind === "according_to" || own.kind === "document") && agedName(doc.text, at);
      // ("Nyainrong 2018 9,870 1,140" over "Source: Nagqu Poverty Alleviation Office": a table's figures are its source's.)
      const table = own.kind === "document" ? tables.find((t) => t.start <= at.start && at.end <= t.end) : undefined;
      const attribution = described ? sources.voice : table !== undefined ? { attributedTo: table.source, kind: "according_to" as const } : own.kind === "document" || own.kind === "transcript_turn" ? (inherited[sentenceIndex] ?? own) : own;
      claims.push({
        start: at.start,
        end: at.end,
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
        place: place?.name ?? null,
        placeEntry: place?.gazetteer ?? null,
        attributedTo: attribution.attributedTo,
        attributionKind: attribution.kind,
        relatedClaimId: null,
        relation: null,
        sentence,
        indicator: indicatorFor(f.unit.unit, sentence, f.start, f.end),
      });
    });
    // Claims of this sentence by their place in `found` (a figure pointed back at has none; no tie holds one).
    const position = found.map((_, i) => first + kept.slice(0, i).filter(Boolean).length);
    for (const tie of ties) {
      const target = claims[position[tie.to]!]!;
      const origin = claims[position[tie.from]!]!;
      target.relatedClaimId = origin.id;
      target.relation = tie.relation;
      // "less than 2,300 yuan ($339)", "roughly $540 to $770": the hedge covers both figures.
      if ((tie.relation === "conversion" || tie.relation === "range") && target.qualifier === null) {
        target.qualifier = origin.qualifier;
        target.qualifierText = origin.qualifierText;
      }
    }
  });
  return claims;
}

// "Jjike Shiha, 46,", "Qubi Ashi, a 19-year-old", "19-year-old Luo Ming": an age set beside a name, as a writer describes someone.
const NAME_THEN_AGE = /\p{Lu}[\p{L}'’-]+, (?:an? )?$/u;

/** Whether the age at `at` stands in apposition to a person's name. */
function agedName(text: string, at: TextSpan): boolean {
  const before = text.slice(Math.max(0, at.start - 40), at.start);
  const figure = text.slice(at.start, at.end);
  if (/^\d{1,3}$/.test(figure)) return /\p{Lu}[\p{L}'’-]+, $/u.test(before) && text[at.end] === ",";
  return /-year-old$/.test(figure) && (NAME_THEN_AGE.test(before) || /^ \p{Lu}\p{Ll}/u.test(text.slice(at.end, at.end + 3)));
}
