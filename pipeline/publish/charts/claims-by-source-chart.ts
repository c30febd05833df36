// Chart 3: who the texts credit with their figures (the claims' attributed_to, as written), split by
// how the credit was found (attribution_kind). Claims rows in, one at a time; a figure out.
import type { Row } from "../../dataset.ts";
import type { ChartFigure } from "./chart-figure.ts";
import { cellText, rankedFigure } from "./bar-figure.ts";
import { CountTable } from "./count-table.ts";
import { counted } from "./count-text.ts";

export const CLAIMS_BY_SOURCE_CHART_ID = "claims-by-credited-source";

/** attribution_kind (schemas/claims.schema.json) in words. */
const HOW_CREDITED: Record<string, string> = {
  according_to: "according to",
  speech: "said or reported",
  transcript_turn: "transcript speaker",
  quote: "in a quotation",
  document: "the document's outlet",
};

// The empty key stands for "no source": no name from a text is empty, so it cannot be mistaken for one.
const NO_SOURCE = "";

export class ClaimsBySourceChart {
  private readonly counts = new CountTable();

  add(claim: Row): void {
    this.counts.add(cellText(claim.attributed_to) ?? NO_SOURCE, cellText(claim.attribution_kind) ?? "document");
  }

  figure(): ChartFigure {
    return rankedFigure(this.counts, {
      id: CLAIMS_BY_SOURCE_CHART_ID,
      title: "Who the texts credit with the figures they state",
      columns: ["credited to", "how credited", "claims"],
      barName: (name) => (name === NO_SOURCE ? "no source named" : name),
      partName: (kind) => HOW_CREDITED[kind] ?? kind,
      emptyText: "Nothing to show: the texts state no claims.",
      emptySummary: "The texts state no claims, so no one is credited with any.",
      lead: (total, sources) => `The texts credit their ${counted(total, "claim", "claims")} to ${counted(sources, "source", "sources")}, named as the texts name them.`,
      topBars: "Most credited",
      topParts: "How the credit is given",
    });
  }
}
