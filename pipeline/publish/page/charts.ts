// The dataset's charts (charts/dataset-charts.ts) as figures: a heading, the inline SVG named for
// screen readers by its title and described by its visible summary, and the numbers behind it.
import type { ChartFigure } from "../charts/chart-figure.ts";
import { esc, grouped } from "./html.ts";

function numbersTable(figure: ChartFigure): string {
  const head = figure.table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join("");
  const rows = figure.table.rows.map((row) => `<tr>${row.map((v) => (typeof v === "number" ? `<td class="num">${esc(grouped(v))}</td>` : `<td>${esc(v)}</td>`)).join("")}</tr>`);
  return `<div class="scroll" role="region" aria-label="Numbers behind ${esc(figure.title)}" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

function figureHtml(figure: ChartFigure): string {
  // The id is the chart's own (lower-case letters, digits, hyphens); it is kept to those regardless.
  const id = `chart-${figure.id.replace(/[^a-z0-9-]/g, "-")}`;
  return [
    `<figure id="${id}" aria-labelledby="${id}-h">`,
    `<h3 id="${id}-h">${esc(figure.title)}</h3>`,
    // role="img" gives the drawing one accessible name and description, whatever the SVG holds inside.
    `<div class="chart" role="img" aria-label="${esc(figure.title)}" aria-describedby="${id}-s">${figure.svg}</div>`,
    `<figcaption id="${id}-s">${esc(figure.summary)}</figcaption>`,
    // A chart of nothing says so in its summary, and has no numbers to show.
    ...(figure.table.rows.length === 0 ? [] : [`<details><summary>The numbers behind “${esc(figure.title)}”</summary>`, numbersTable(figure), `</details>`]),
    `</figure>`,
  ].join("\n");
}

export function chartsHtml(figures: readonly ChartFigure[]): string {
  if (figures.length === 0) return `<p>This release has no records to chart.</p>`;
  return [`<p>Each chart counts what the texts claim, as they claim it; the numbers behind it follow it.</p>`, ...figures.map(figureHtml)].join("\n");
}
