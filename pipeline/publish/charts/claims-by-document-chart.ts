// Chart 2: how many claims each document states, split by what they count (the unit). Claims rows in
// one at a time; then the documents rows, of which only the charted ones are kept, give the labels.
import type { Row } from "../../dataset.ts";
import type { ChartFigure } from "./chart-figure.ts";
import { cellText, rankedFigure } from "./bar-figure.ts";
import { CountTable } from "./count-table.ts";
import { counted, countText } from "./count-text.ts";
import { MAX_BARS, MAX_PARTS } from "./chart-limits.ts";

export const CLAIMS_BY_DOCUMENT_CHART_ID = "claims-by-document-and-unit";

export class ClaimsByDocumentChart {
  private readonly counts = new CountTable();

  add(claim: Row): void {
    this.counts.add(cellText(claim.document_id) ?? "", cellText(claim.unit) ?? "count");
  }

  /** The documents that get a bar of their own: only their rows need a label. */
  charted(): Set<string> {
    return new Set(this.counts.bars(MAX_BARS, MAX_PARTS).flatMap((b) => (b.key === null ? [] : [b.key])));
  }

  /** `labels` by document id (documentLabel of each charted document's row); `documents` is how many the dataset has. */
  figure(labels: ReadonlyMap<string, string>, documents: number): ChartFigure {
    return rankedFigure(this.counts, {
      id: CLAIMS_BY_DOCUMENT_CHART_ID,
      title: "Claims stated in the texts, by document and unit",
      columns: ["document_id", "document", "unit", "claims"],
      barName: (id) => labels.get(id) ?? id,
      cells: (bar, label) => [bar.key ?? "", label],
      emptyText: "Nothing to show: the texts state no claims.",
      emptySummary: "The texts state no claims, so there is nothing to chart.",
      lead: (total, stating) => `The texts state ${counted(total, "claim", "claims")}, in ${countText(stating)} of the ${counted(documents, "document", "documents")}; each is a claim, not a fact.`,
      topBars: "Most claims",
      topParts: "Most counted units",
    });
  }
}

/** A document as a reader knows it: "Outlet: Title", or whichever of the two it has, or its file. */
export function documentLabel(document: Row): string {
  const outlet = cellText(document.outlet);
  const title = cellText(document.title);
  if (outlet !== null && title !== null) return `${outlet}: ${title}`;
  return title ?? outlet ?? cellText(document.source_file) ?? cellText(document.document_id) ?? "a document";
}
