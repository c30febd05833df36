// Tables set as text ("Year | Income (yuan) | Growth (%)" over rows "2017 | 10,026 | 9.4", "Year GDP in Bill.Yuan"
// over "1995 5.61", or "Financing Plan (US$ million)" over "Total 248.60"): a row's cells take the unit (and the scale)
// their column's header or the table's caption names, and the year its year column holds.
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

// ("Table 1: Project Costs by Component (US$ million)", "Financing Plan (US$ million)": a table's caption naming the
// currency and the scale of every figure under it.)
const CAPTION_MONEY = /\((?:in )?(?:(US\$|USD|RMB|CNY|yuan|dollars?) ?(million|billion|thousand|10,000|100 million)|(million|billion|thousand|10,000|100 million) ?(US\$|USD|RMB|CNY|yuan|dollars?))\)$/i;
// "A. Village roads 84.50 93.20", "Total 248.60": a row's label, then its figures.
const LABELLED_ROW = /^\D{1,80}? ((?:-?\d[\d,]*(?:\.\d+)? ){0,5}-?\d[\d,]*(?:\.\d+)?)$/;
const CAPTION_SCALES: Record<string, number> = { thousand: 3, "10,000": 4, million: 6, "100 million": 8, billion: 9 };
// How many rows a captioned table runs to at most.
const CAPTIONED_ROWS = 40;

/** The figures of tables under a caption that names their currency and scale, each a cell of that unit and scale. */
function captionedTableCells(doc: NormalizedDocument): TableCell[] {
  const out: TableCell[] = [];
  let caption: { unit: UnitCode; unitText: string; scale: number; rows: number } | null = null;
  for (const p of doc.paragraphs) {
    const text = doc.text.slice(p.start, p.end);
    const named = text.length <= 160 ? CAPTION_MONEY.exec(text) : null;
    if (named) {
      const currency = (named[1] ?? named[4]!).toLowerCase();
      caption = { unit: /^(?:us\$|usd|dollars?)$/.test(currency) ? "USD" : "CNY", unitText: named[0].slice(1, -1), scale: CAPTION_SCALES[(named[2] ?? named[3]!).toLowerCase()]!, rows: 0 };
      continue;
    }
    if (caption === null) continue;
    const row = text.length <= 160 ? LABELLED_ROW.exec(text) : null;
    // (The columns' heads, words alone, may stand between the caption and the rows.)
    if (row === null) {
      if (caption.rows > 0 || /\d/.test(text) || text.length > 80) caption = null;
      continue;
    }
    if (++caption.rows > CAPTIONED_ROWS) {
      caption = null;
      continue;
    }
    let at = p.end - row[1]!.length;
    for (const figure of row[1]!.split(" ")) {
      out.push({ start: at, end: at + figure.length, unit: caption.unit, unitText: caption.unitText, year: null, scale: caption.scale });
      at += figure.length + 1;
    }
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
  return [...out, ...plainTableCells(doc), ...captionedTableCells(doc)].sort((a, b) => a.start - b.start);
}
