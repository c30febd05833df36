// One document's normalized text and extracted values in; its rows for every published table out,
// with keys in schema column order and offsets converted from UTF-16 units to code points.
import type { Extraction } from "../extract/extract-document.ts";
import type { NormalizedDocument } from "../normalize/document.ts";
import type { Row } from "../dataset.ts";
import type { TableName } from "../schema/tables.ts";
import { codePointLength, codePointOffsets } from "../text/code-points.ts";
import { compareStrings } from "../text/compare.ts";
import { sha256Hex } from "../text/sha256.ts";
import { personKind } from "../extract/person-kind.ts";
import { shortHash } from "../text/short-hash.ts";

/** Rows one document yields; people are merged across documents afterwards (records/people.ts). */
export type DocumentTables = Record<Exclude<TableName, "rejects" | "people">, Row[]>;

/** The id a person has in every document: names are compared as written. */
export function personIdFor(name: string): string {
  return `p-${shortHash("person", name)}`;
}

export function textPathFor(documentId: string): string {
  return `texts/${documentId}.txt`;
}

export function documentRows(doc: NormalizedDocument, x: Extraction): DocumentTables {
  const cp = codePointOffsets(doc.text);
  const id = doc.documentId;
  const span = (s: { start: number; end: number }) => ({
    char_start: cp(s.start),
    char_end: cp(s.end),
    span_text: doc.text.slice(s.start, s.end),
  });
  const m = doc.metadata;
  const documents: Row[] = [
    {
      document_id: id,
      source_file: doc.sourceFile,
      text_file: textPathFor(id),
      title: m.title,
      outlet: m.outlet,
      author: m.author,
      kind: m.kind,
      kind_basis: m.kindBasis,
      published_date: m.publishedDate,
      published_precision: m.publishedPrecision,
      published_basis: m.publishedBasis,
      published_as_written: m.publishedAsWritten,
      section: m.section,
      print_headline: m.printHeadline,
      raw_sha256: doc.rawSha256,
      text_sha256: sha256Hex(doc.text),
      raw_bytes: doc.rawBytes,
      char_count: codePointLength(doc.text),
      paragraph_count: doc.paragraphs.length,
      sentence_count: doc.sentences.length,
      removed_line_count: doc.removals.length,
    },
  ];

  const claims: Row[] = x.claims.map((c) => {
    const { char_start, char_end, span_text } = span(c);
    return {
      claim_id: c.id,
      document_id: id,
      value: c.value,
      value_text: c.valueText,
      unit: c.unit,
      unit_text: c.unitText,
      per: c.per,
      qualifier: c.qualifier,
      qualifier_text: c.qualifierText,
      period_start: c.periodStart,
      period_end: c.periodEnd,
      period_precision: c.periodPrecision,
      period_text: c.periodText,
      place: c.place,
      attributed_to: c.attributedTo,
      attribution_kind: c.attributionKind,
      related_claim_id: c.relatedClaimId,
      relation: c.relation,
      sentence: c.sentence,
      char_start,
      char_end,
      span_text,
    };
  });

  // A conversion ("5.2 billion yuan (about 740 million U.S. dollars)") is the same figure again: it
  // rides on the original's row, so that a sum over observations counts the figure once.
  const conversionOf = new Map(x.claims.filter((c) => c.relation === "conversion" && c.relatedClaimId !== null).map((c) => [c.relatedClaimId!, c]));
  const observations: Row[] = x.claims.flatMap((c) =>
    c.indicator === null || c.relation === "conversion"
      ? []
      : [{
          claim_id: c.id, indicator: c.indicator, place: c.placeEntry?.name ?? c.place, gazetteer_id: c.placeEntry?.id ?? null, period_start: c.periodStart, period_end: c.periodEnd,
          period_precision: c.periodPrecision, value: c.value, unit: c.unit, per: c.per, qualifier: c.qualifier,
          attributed_to: c.attributedTo, document_id: id,
          converted_value: conversionOf.get(c.id)?.value ?? null, converted_unit: conversionOf.get(c.id)?.unit ?? null,
        }],
  );

  const mentions: Row[] = [];
  const entityRow = (letter: "p" | "l" | "o", name: string, spans: readonly { start: number; end: number }[]) => {
    const entityId = letter === "p" ? personIdFor(name) : `${id}-${letter}-${shortHash(letter, name)}`;
    for (const s of spans) mentions.push({ mention_id: "", document_id: id, entity_type: letter, entity_id: entityId, ...span(s) });
    // A byline author is named only in the page's metadata, not in its text: no span to point at.
    const first = spans[0] ? span(spans[0]) : { char_start: null, char_end: null, span_text: null };
    return { entityId, first, count: spans.length };
  };

  const person_roles: Row[] = x.entities.people.map((p) => {
    const e = entityRow("p", p.name, p.mentions);
    return { person_id: e.entityId, document_id: id, name: p.name, role: p.role, affiliation: p.affiliation, kind: personKind(p.role), mention_count: e.count, ...e.first };
  });
  const places: Row[] = x.entities.places.map((p) => {
    const e = entityRow("l", p.gazetteer?.id ?? p.name, p.mentions);
    const g = p.gazetteer;
    return {
      place_id: e.entityId, document_id: id, name: p.name, level: p.level, level_basis: p.levelBasis, mention_count: e.count, ...e.first,
      canonical_name: g?.name ?? null, gazetteer_id: g?.id ?? null, parent_id: g?.parent ?? null, adcode: g?.adcode ?? null,
      resolution: g ? "gazetteer" : p.candidates.length > 0 ? "ambiguous" : "unknown", candidate_ids: p.candidates.length > 0 ? p.candidates.map((c) => c.id).join("; ") : null,
    };
  });
  const organisations: Row[] = x.entities.organisations.map((o) => {
    const e = entityRow("o", o.name, o.mentions);
    return { organisation_id: e.entityId, document_id: id, name: o.name, abbreviation: o.abbreviation, kind: o.kind, mention_count: e.count, ...e.first };
  });
  // Mentions are numbered in text order within the document, after every entity is known.
  const TYPE = { p: "person", l: "place", o: "organisation" } as const;
  mentions.sort((a, b) => (a.char_start as number) - (b.char_start as number) || (a.char_end as number) - (b.char_end as number) || compareStrings(String(a.entity_id), String(b.entity_id)));
  mentions.forEach((row, n) => {
    const letter = row.entity_type as keyof typeof TYPE;
    row.mention_id = `${id}-m-${letter}${n}`;
    row.entity_type = TYPE[letter];
  });

  const quoteSeen = new Map<string, number>();
  const quotes: Row[] = x.quotes.map((q) => {
    const s = span(q);
    const key = `${q.form}\u0000${s.span_text}`;
    const occurrence = quoteSeen.get(key) ?? 0;
    quoteSeen.set(key, occurrence + 1);
    return { quote_id: `${id}-q-${shortHash(q.form, s.span_text, occurrence)}`, document_id: id, speaker: q.speaker, speaker_text: q.speakerText, form: q.form, ...s };
  });

  const removals: Row[] = doc.removals.map((r) => ({ document_id: id, line_number: r.lineNumber, rule: r.rule, became: r.became, text: r.text }));

  return { documents, claims, observations, person_roles, places, organisations, mentions, quotes, removals };
}
