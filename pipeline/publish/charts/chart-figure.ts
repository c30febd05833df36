// One chart of what the texts claim, as the landing page shows it: an inline SVG drawn at build
// time, a text alternative for people who cannot see it, and the numbers behind it as a table.

export interface ChartFigure {
  /** Stable id, usable as an HTML id: lower-case letters, digits and hyphens. */
  id: string;
  /** Heading shown above the chart. */
  title: string;
  /** A self-contained <svg> element: no script, no external reference; escaped text only. */
  svg: string;
  /** The text alternative: what the chart shows, in one or two sentences with the main numbers. */
  summary: string;
  /** The numbers behind the chart, the same as drawn. */
  table: { columns: string[]; rows: (string | number)[][] };
}
