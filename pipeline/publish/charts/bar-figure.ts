// A chart figure from a count table: its ranked bars drawn as SVG, the table of exactly what is
// drawn (one row per part of each bar; a bar's total, drawn at its end, is the sum of its rows), and
// a text alternative naming the totals and the largest bars and parts.
import type { Row } from "../../dataset.ts";
import type { ChartFigure } from "./chart-figure.ts";
import { barChartSvg, drawnLabel } from "./bar-chart-svg.ts";
import type { Bar, CountTable, Share } from "./count-table.ts";
import { countsPhrase } from "./count-text.ts";
import { MAX_BARS, MAX_PARTS, SUMMARY_TOP } from "./chart-limits.ts";

export interface RankedFigureSpec {
  id: string;
  title: string;
  /** The columns naming a bar, then the part's column, then the count's. */
  columns: string[];
  /** Words for a bar's key and a part's key; the key itself when left out. */
  barName?: (key: string) => string;
  partName?: (key: string) => string;
  /** The table cells naming a bar, one per column before the last two; its label when left out. */
  cells?: (bar: Bar, label: string) => string[];
  /** What the chart says in place of bars when nothing was counted. */
  emptyText: string;
  /** The summary when nothing was counted. */
  emptySummary: string;
  /** The summary's first sentence, from the rows counted and the categories they fall in. */
  lead: (total: number, categories: number) => string;
  /** Words before the largest bars ("Most often stated") and before the largest parts. */
  topBars: string;
  topParts: string;
}

export function rankedFigure(counts: CountTable, spec: RankedFigureSpec): ChartFigure {
  const bars = counts.bars(MAX_BARS, MAX_PARTS).map((bar) => {
    const label = shareLabel(bar, spec.barName);
    const parts = bar.parts.map((p) => ({ label: shareLabel(p, spec.partName), count: p.count }));
    return { label, cells: spec.cells?.(bar, label) ?? [label], total: bar.count, parts };
  });
  const rows: (string | number)[][] = [];
  for (const bar of bars) for (const part of bar.parts) rows.push([...bar.cells, part.label, part.count]);
  const summary =
    counts.total === 0
      ? spec.emptySummary
      : `${spec.lead(counts.total, counts.size)} ` +
        `${spec.topBars}: ${countsPhrase(bars.slice(0, SUMMARY_TOP).map((b) => ({ label: drawnLabel(b.label), count: b.total })))}. ` +
        `${spec.topParts}: ${countsPhrase(counts.topParts(SUMMARY_TOP).map((p) => ({ label: shareLabel(p, spec.partName), count: p.count })))}.`;
  return {
    id: spec.id,
    title: spec.title,
    svg: barChartSvg({ id: spec.id, title: spec.title, description: summary, bars, emptyText: spec.emptyText }),
    summary,
    table: { columns: spec.columns, rows },
  };
}

/** A ranked share's label: its key in words, or "other (3 more)" for a fold of smaller ones. */
function shareLabel(share: Share, name: (key: string) => string = (key) => key): string {
  return share.key === null ? `other (${share.folded} more)` : name(share.key);
}

/** A cell of a row as chart text: a non-empty string, or null. */
export function cellText(value: Row[string] | undefined): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}
