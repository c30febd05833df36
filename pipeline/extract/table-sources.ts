// Whose figures a text table's are: the body its source line names, right under its rows.

import type { NormalizedDocument } from "../normalize/document.ts";
import type { TextSpan } from "../text/spans.ts";

/** The rows of a text table and the body its source line names. */
export interface SourcedTable extends TextSpan {
  source: string;
}

// "Nyainrong 2018 9,870 1,140", "Village roads upgraded (km) | 1,200 | 1,286": a row's label, then its figures only.
const FIGURE_CELL = /^(?:-?\d[\d,]*(?:\.\d+)?%?|[-–—]|n\/a|\|)$/i;
const ROW_LENGTH = 200;
const ROW_LABEL_WORDS = 12;
// "Source: Liangshan Survey Team of the National Bureau of Statistics", "Data: ...", "Note: Figures from the Nagqu ...".
const SOURCE_LABELLED = /^(?:Sources?|Data sources?|Data)\s?:\s?(?:the )?(\p{Lu}[^.;,([\]]{2,120})/u;
const NOTE_NAMING = /^Notes?\s?:\s?(?:Figures|Data|Numbers) (?:are )?(?:from|by|of) (?:the )?(\p{Lu}[^.;,([\]]{2,120})/u;
// ("Source: Authors' survey, 2019", "Source: Our calculations": the writers' own figures, no other body's; "Source:
// CDE–GUFE Relocation Survey (2019)", a survey named and no body, the same.)
const OWN_WORK = /\b(?:authors?['’]?s?|our|own|this (?:report|study|survey|paper))\b|\b(?:survey|census|data|records|fieldwork|calculations|estimates)\s*$/i;

function isTableRow(text: string): boolean {
  if (text.length > ROW_LENGTH) return false;
  const words = text.split(" ");
  const first = words.findIndex((w) => /\d/.test(w));
  return first >= 0 && first <= ROW_LABEL_WORDS && words.slice(first).every((w) => FIGURE_CELL.test(w));
}

/** The body a table's source line names, or null when it names none or the writers' own work. */
function sourceNamed(line: string): string | null {
  const named = (SOURCE_LABELLED.exec(line) ?? NOTE_NAMING.exec(line))?.[1]?.trim() ?? null;
  return named !== null && !OWN_WORK.test(named) ? named : null;
}

/** Every run of table rows right over a line naming its source, with that source. */
export function sourcedTables(doc: NormalizedDocument): SourcedTable[] {
  const out: SourcedTable[] = [];
  // Where the run of rows under way starts and ends; -1 when no row runs.
  let [start, end] = [-1, -1];
  for (const p of doc.paragraphs) {
    const text = doc.text.slice(p.start, p.end);
    if (isTableRow(text)) {
      if (start < 0) start = p.start;
      end = p.end;
      continue;
    }
    const source = start < 0 ? null : sourceNamed(text);
    if (source !== null) out.push({ start, end, source });
    [start, end] = [-1, -1];
  }
  return out;
}
