// Tables set as text ("Year | Income (yuan) | Growth (%)" over rows "2017 | 10,026 | 9.4", or "Year GDP in
// Bill.Yuan" over "1995 5.61"): a row's cells take the unit (and the scale) their column's header names, and
// the year its year column holds.
import type { NormalizedDocument } from "../normalize/document.ts";
import type { TextSpan } from "../text/spans.ts";
import { unitForWord, type UnitCode } from "./units.ts";
import { SCALES } from "./number-words.ts";

export interface TableCell extends TextSpan {
  unit: UnitCode | null;
  unitText: string | null;
  /** The year the row's year column holds, if the table has one. */
  year: number | null;
  /** The power of ten the column's header scales its figures by ("GDP in Bill.Yuan": 9), if it names one. */
  scale?: number;
}

// A table a page flattened to lines: "Year GDP in Bill.Yuan" over rows "1995 5.61", "2000 11.78".
const PLAIN_HEADER = /^Years? ([\p{L}][^\d|]{1,60})$/u;
const PLAIN_ROW = /^((?:19|20)\d{2}) ([\d,]+(?:\.\d+)?)$/;
// ("in Bill.Yuan", "(million USD)", "in billion yuan": the scale and the unit a column's label ends on.)
const LABEL_UNIT = /(?:\bin |\()(?:(bill?\.?|billions?|mill?\.?|millions?|mn|bn|thousands?)\s*)?([\p{L}$]{1,12})\)?\s*$/iu;

/** The power of ten a label's scale word stands for, read in the numbers' own table ("Bill.", "millions", "bn"). */
function labelScale(word: string): number | undefined {
  const bare = word.toLowerCase().replace(/\.$/, "").replace(/s$/, "");
  return SCALES.get(bare.replace(/^bill?$/, "billion").replace(/^mill?$/, "million"));
}

/** The rows of tables flattened to lines of a year and a figure, under a line naming the year and the column. */
function plainTableCells(doc: NormalizedDocument): TableCell[] {
  const out: TableCell[] = [];
  let column: { unit: UnitCode | null; unitText: string | null; scale?: number } | null = null;
  for (const p of doc.paragraphs) {
    const text = doc.text.slice(p.start, p.end);
    const header = text.length <= 80 ? PLAIN_HEADER.exec(text) : null;
    if (header) {
      const label = LABEL_UNIT.exec(header[1]!);
      const scale = label?.[1] === undefined ? undefined : labelScale(label[1]);
      column = { unit: label ? (unitForWord(label[2]!) ?? null) : null, unitText: label ? label[0].replace(/^\s*(?:in |\()/i, "").replace(/\)$/, "").trim() : null, ...(scale === undefined ? {} : { scale }) };
      continue;
    }
    const row = column === null ? null : PLAIN_ROW.exec(text);
    if (row === null) {
      column = null;
      continue;
    }
    const start = p.start + row[1]!.length + 1;
    out.push({ start, end: start + row[2]!.length, unit: column!.unit, unitText: column!.unitText, year: Number(row[1]), ...(column!.scale === undefined ? {} : { scale: column!.scale }) });
  }
  return out;
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
  return [...out, ...plainTableCells(doc)].sort((a, b) => a.start - b.start);
}
