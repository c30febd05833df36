// A built dataset and the gold files of its corpus in; totals per table and per claim field out,
// with precision and recall, and the notes of every document. Pure: the caller reads the files.
import type { Dataset } from "../dataset.ts";
import type { GoldDocument } from "./gold.ts";
import { scoreDocument, type ClaimField, type ScoredTable, type Tally } from "./score.ts";

export const SCORED_TABLES: readonly ScoredTable[] = ["claims", "people", "places", "organisations", "quotes"];
export const CLAIM_FIELDS: readonly ClaimField[] = ["value", "unit", "qualifier", "period", "place", "attribution"];

export interface CorpusScore {
  documents: number;
  tables: Record<ScoredTable, Tally & { precision: number; recall: number }>;
  fields: Record<ClaimField, { right: number; total: number; accuracy: number }>;
  notes: { documentId: string; note: string }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluateCorpus(dataset: Dataset, golds: readonly GoldDocument[]): CorpusScore {
  const tables = Object.fromEntries(SCORED_TABLES.map((t) => [t, { gold: 0, found: 0, matched: 0 }])) as Record<ScoredTable, Tally>;
  const fields = Object.fromEntries(CLAIM_FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Record<ClaimField, { right: number; total: number }>;
  const notes: CorpusScore["notes"] = [];
  for (const gold of golds) {
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
    for (const note of score.notes) notes.push({ documentId: gold.document_id, note });
  }
  return {
    documents: golds.length,
    tables: Object.fromEntries(SCORED_TABLES.map((t) => [t, { ...tables[t], precision: ratio(tables[t].matched, tables[t].found), recall: ratio(tables[t].matched, tables[t].gold) }])) as CorpusScore["tables"],
    fields: Object.fromEntries(CLAIM_FIELDS.map((f) => [f, { ...fields[f], accuracy: ratio(fields[f].right, fields[f].total) }])) as CorpusScore["fields"],
    notes,
  };
}

/** The score as a plain-text table, the form the README shows. */
export function renderScore(corpus: string, score: CorpusScore): string {
  const pad = (s: string, n: number) => s.padEnd(n);
  const lines = [`${corpus} (${score.documents} documents)`, `  ${pad("table", 14)} ${pad("gold", 6)} ${pad("found", 6)} ${pad("matched", 8)} ${pad("precision", 10)} recall`];
  for (const t of SCORED_TABLES) {
    const s = score.tables[t];
    lines.push(`  ${pad(t, 14)} ${pad(String(s.gold), 6)} ${pad(String(s.found), 6)} ${pad(String(s.matched), 8)} ${pad(s.precision.toFixed(3), 10)} ${s.recall.toFixed(3)}`);
  }
  lines.push(`  claim fields right among matched claims:`);
  for (const f of CLAIM_FIELDS) {
    const s = score.fields[f];
    lines.push(`  ${pad(f, 14)} ${pad(`${s.right}/${s.total}`, 10)} ${s.accuracy.toFixed(3)}`);
  }
  return lines.join("\n");
}
