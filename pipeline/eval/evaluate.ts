// A built dataset and the gold files of its corpus in; totals per table and per claim field out,
// with precision and recall, and the notes of every document. Pure: the caller reads the files.
import type { Dataset } from "../dataset.ts";
import type { GoldDocument } from "./gold.ts";
import { METADATA_FIELDS, scoreMetadata, type MetadataField } from "./metadata-score.ts";
import { scoreDocument, type ClaimField, type ScoredTable, type Tally } from "./score.ts";

export const SCORED_TABLES: readonly ScoredTable[] = ["claims", "people", "places", "organisations", "quotes"];
export const CLAIM_FIELDS: readonly ClaimField[] = ["value", "unit", "qualifier", "period", "place", "attribution"];

export interface CorpusScore {
  documents: number;
  tables: Record<ScoredTable, Tally & { precision: number; recall: number }>;
  fields: Record<ClaimField, { right: number; total: number; accuracy: number }>;
  /** Gold quotes with a speaker, found with that speaker. */
  speakers: { right: number; total: number; accuracy: number };
  /** Document metadata right, per field, over the gold files that give it. */
  metadata: Record<MetadataField, { right: number; total: number; accuracy: number }>;
  notes: { documentId: string; note: string }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function evaluateCorpus(dataset: Dataset, golds: readonly GoldDocument[]): CorpusScore {
  const tables = Object.fromEntries(SCORED_TABLES.map((t) => [t, { gold: 0, found: 0, matched: 0 }])) as Record<ScoredTable, Tally>;
  const fields = Object.fromEntries(CLAIM_FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Record<ClaimField, { right: number; total: number }>;
  const notes: CorpusScore["notes"] = [];
  const speakers = { right: 0, total: 0 };
  const metadata = Object.fromEntries(METADATA_FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Record<MetadataField, { right: number; total: number }>;
  const documentRows = new Map([...dataset.tables.documents].map((r) => [String(r.document_id), r]));
  for (const gold of golds) {
    const row = documentRows.get(gold.document_id);
    if (gold.document && row) {
      const m = scoreMetadata(gold.document, row);
      for (const f of METADATA_FIELDS) {
        metadata[f].total++;
        if (m.right[f]) metadata[f].right++;
      }
      for (const note of m.notes) notes.push({ documentId: gold.document_id, note });
    } else if (gold.document) for (const f of METADATA_FIELDS) metadata[f].total++;
    const text = dataset.texts.find((t) => t.documentId === gold.document_id)?.text;
    if (text === undefined) {
      notes.push({ documentId: gold.document_id, note: "no such document in the build (rejected, or the gold file is misnamed)" });
      tables.claims.gold += gold.claims.length;
      continue;
    }
    const of = (table: Exclude<ScoredTable, "people">) => [...dataset.tables[table]].filter((r) => r.document_id === gold.document_id);
    // People are merged across documents; what one document names is its person_roles rows.
    const score = scoreDocument(gold, text, { claims: of("claims"), people: [...dataset.tables.person_roles].filter((r) => r.document_id === gold.document_id), places: of("places"), organisations: of("organisations"), quotes: of("quotes") });
    for (const t of SCORED_TABLES) {
      tables[t].gold += score.tables[t].gold;
      tables[t].found += score.tables[t].found;
      tables[t].matched += score.tables[t].matched;
    }
    for (const f of CLAIM_FIELDS) {
      fields[f].right += score.fields[f].right;
      fields[f].total += score.fields[f].total;
    }
    speakers.right += score.speakers.right;
    speakers.total += score.speakers.total;
    for (const note of score.notes) notes.push({ documentId: gold.document_id, note });
  }
  return {
    documents: golds.length,
    tables: Object.fromEntries(SCORED_TABLES.map((t) => [t, { ...tables[t], precision: ratio(tables[t].matched, tables[t].found), recall: ratio(tables[t].matched, tables[t].gold) }])) as CorpusScore["tables"],
    fields: Object.fromEntries(CLAIM_FIELDS.map((f) => [f, { ...fields[f], accuracy: ratio(fields[f].right, fields[f].total) }])) as CorpusScore["fields"],
    speakers: { ...speakers, accuracy: ratio(speakers.right, speakers.total) },
    metadata: Object.fromEntries(METADATA_FIELDS.map((f) => [f, { ...metadata[f], accuracy: ratio(metadata[f].right, metadata[f].total) }])) as CorpusScore["metadata"],
    notes,
  };
}

/** The score as a plain-text table, the form the README shows. */
export function renderScore(corpus: string, score: CorpusScore): string {
  const pad = (s: string, n: number) => s.padEnd(n);
  const lines = [`${corpus} (${score.documents} documents)`, `  ${pad("table", 14)} ${pad("gold", 6)} ${pad("found", 6)} ${pad("matched", 8)} ${pad("precision", 10)} ${pad("recall", 7)} F1`];
  for (const t of SCORED_TABLES) {
    const s = score.tables[t];
    lines.push(`  ${pad(t, 14)} ${pad(String(s.gold), 6)} ${pad(String(s.found), 6)} ${pad(String(s.matched), 8)} ${pad(s.precision.toFixed(3), 10)} ${pad(s.recall.toFixed(3), 7)} ${f1(s.precision, s.recall).toFixed(3)}`);
  }
  const right = (label: string, s: { right: number; total: number; accuracy: number }) => `  ${pad(label, 14)} ${pad(`${s.right}/${s.total}`, 10)} ${s.accuracy.toFixed(3)}`;
  lines.push(`  claim fields right among matched claims:`);
  for (const f of CLAIM_FIELDS) lines.push(right(f, score.fields[f]));
  lines.push(right("quote speaker", score.speakers));
  if (score.metadata.title.total > 0) {
    lines.push(`  document metadata right:`);
    for (const f of METADATA_FIELDS) lines.push(right(f, score.metadata[f]));
  }
  return lines.join("\n");
}
