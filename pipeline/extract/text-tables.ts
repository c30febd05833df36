// Tables set as text ("Year | Income (yuan) | Growth (%)" over rows "2017 | 10,026 | 9.4"): a row's
// cells take the unit their column's header names in parentheses, and the year its year column holds.
import type { NormalizedDocument } from "../normalize/document.ts";
import type { TextSpan } from "../text/spans.ts";
import { unitForWord, type UnitCode } from "./units.ts";

export interface TableCell extends TextSpan {
  unit: UnitCode | null;
  unitText: string | null;
  /** The year the row's year column holds, if the table has one. */
  year: number | null;
}

const SEPARATOR = " | ";

function cellsOf(text: string, base: number): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (let at = text.indexOf(SEPARATOR); at >= 0; at = text.indexOf(SEPARATOR, at + 1)) {
    spans.push({ start: base + start, end: base + at });
    start = at + SEPARATOR.length;
  }
  spans.push({ start: base + start, end: base + text.length });
  return spans;
}

/** Every cell of every row under a header row, with what its header says about it. */
export function tableCells(doc: NormalizedDocument): TableCell[] {
  const out: TableCell[] = [];
  let header: { units: (UnitCode | null)[]; texts: (string | null)[]; yearColumn: number } | null = null;
  for (const p of doc.paragraphs) {
    const text = doc.text.slice(p.start, p.end);
    if (!text.includes(SEPARATOR)) {
      header = null;
      continue;
    }
    const cells = cellsOf(text, p.start);
    const words = cells.map((c) => doc.text.slice(c.start, c.end));
    if (header === null || header.units.length !== cells.length) {
      // A header row: no figures outside parentheses.
      if (words.some((w) => /\d/.test(w.replace(/\([^)]*\)/g, "")))) {
        header = null;
        continue;
      }
      const texts = words.map((w) => /\(([^)]+)\)/.exec(w)?.[1]?.trim() ?? null);
      header = { texts, units: texts.map((t) => (t === null ? null : unitForWord(t) ?? null)), yearColumn: words.findIndex((w) => /^years?$/i.test(w.trim())) };
      continue;
    }
    const yearText = header.yearColumn >= 0 ? words[header.yearColumn]!.trim() : "";
    const year = /^(?:19|20)\d{2}$/.test(yearText) ? Number(yearText) : null;
    cells.forEach((cell, k) => out.push({ start: cell.start, end: cell.end, unit: header!.units[k] ?? null, unitText: header!.texts[k] ?? null, year }));
  }
  return out;
}
