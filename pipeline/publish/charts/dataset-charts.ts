// The landing page's charts of what a dataset's texts claim: observations by indicator and year,
// claims by document and unit, and who the texts credit. A dataset in, three figures out, in that
// order; each table is read once, front to back, so a spooled table is never held whole.
import type { Dataset } from "../../dataset.ts";
import type { ChartFigure } from "./chart-figure.ts";
import { ClaimsByDocumentChart, documentLabel } from "./claims-by-document-chart.ts";
import { ClaimsBySourceChart } from "./claims-by-source-chart.ts";
import { ObservationsChart } from "./observations-chart.ts";
import { cellText } from "./bar-figure.ts";

export function datasetCharts(dataset: Dataset): ChartFigure[] {
  const observations = new ObservationsChart();
  for (const row of dataset.tables.observations) observations.add(row);

  const byDocument = new ClaimsByDocumentChart();
  const bySource = new ClaimsBySourceChart();
  for (const claim of dataset.tables.claims) {
    byDocument.add(claim);
    bySource.add(claim);
  }

  const charted = byDocument.charted();
  const labels = new Map<string, string>();
  let documents = 0;
  for (const document of dataset.tables.documents) {
    documents += 1;
    const id = cellText(document.document_id);
    if (id !== null && charted.has(id)) labels.set(id, documentLabel(document));
  }

  return [observations.figure(), byDocument.figure(labels, documents), bySource.figure()];
}
