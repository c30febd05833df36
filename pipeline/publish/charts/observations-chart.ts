// Chart 1: how many observations the texts state for each indicator, split by the year or years
// they say the figure refers to. Rows of the observations table in (one at a time), a figure out.
import type { Row } from "../../dataset.ts";
import type { ChartFigure } from "./chart-figure.ts";
import { cellText, rankedFigure } from "./bar-figure.ts";
import { CountTable } from "./count-table.ts";
import { counted } from "./count-text.ts";

export const OBSERVATIONS_CHART_ID = "observations-by-indicator-and-year";

export class ObservationsChart {
  private readonly counts = new CountTable();

  add(row: Row): void {
    this.counts.add(cellText(row.indicator) ?? "unknown indicator", periodLabel(cellText(row.period_start), cellText(row.period_end)));
  }

  figure(): ChartFigure {
    return rankedFigure(this.counts, {
      id: OBSERVATIONS_CHART_ID,
      title: "Observations the texts state, by indicator and year",
      columns: ["indicator", "year stated", "observations"],
      emptyText: "Nothing to show: the texts state no observations.",
      emptySummary: "The texts state no observations of a known indicator, so there is nothing to chart.",
      lead: (total, indicators) => `The texts state ${counted(total, "observation", "observations")} of ${counted(indicators, "indicator", "indicators")}; each is a claim, not a fact.`,
      topBars: "Most often stated",
      topParts: "By the year the texts give",
    });
  }
}

/** The years a period covers as a reader scans them: "2018", "2014–2018", "by 2018" (cumulative), "from 2014". */
export function periodLabel(start: string | null, end: string | null): string {
  const from = start?.slice(0, 4) ?? null;
  const to = end?.slice(0, 4) ?? null;
  if (from !== null && to !== null) return from === to ? from : `${from}–${to}`;
  if (to !== null) return `by ${to}`;
  if (from !== null) return `from ${from}`;
  return "no year stated";
}
