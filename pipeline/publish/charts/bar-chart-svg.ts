// Ranked bars as one self-contained, accessible SVG element, drawn for a narrow screen: each bar's
// label on its own line above the bar, its total at the bar's end, and its parts named with their
// counts below it, each part beside a swatch of the fill (solid, hatched, pale, dotted) it has in
// the bar, so parts are told apart by label and pattern, not by colour alone. No script, no external
// reference, no web font; every text from the data is escaped; ids carry the figure's id.
import { countText } from "./count-text.ts";
import { estimatedWidth, fittedText } from "./text-width.ts";
import { markupText } from "../../format/xml-text.ts";

export interface DrawnBar {
  label: string;
  total: number;
  parts: { label: string; count: number }[];
}

export interface BarChartInput {
  /** The figure's id; the SVG's own ids start with it, so several charts can share a page. */
  id: string;
  title: string;
  /** The text alternative, read out with the title. */
  description: string;
  bars: DrawnBar[];
  /** What the chart says when there are no bars. */
  emptyText: string;
}

// 400 units wide: on a 390 px phone, less the page's margins, a unit is about 0.9 px, so the
// smallest text (13) is still about 12 px.
const WIDTH = 400;
const PAD = 8;
const LABEL_SIZE = 15;
const TOTAL_SIZE = 14;
const PART_SIZE = 13;
const BAR_HEIGHT = 18;
const SWATCH = 11;
const INK = "#1a1a1a"; // 17:1 on white
const SOFT_INK = "#444444"; // 9.7:1 on white
const BAR_INK = "#1f5f99"; // 6.7:1 on white: every segment is outlined in it

export function barChartSvg(input: BarChartInput): string {
  const ids = { title: `${input.id}-svg-title`, desc: `${input.id}-svg-desc`, hatch: `${input.id}-svg-hatch`, dots: `${input.id}-svg-dots` };
  const fills = [BAR_INK, `url(#${ids.hatch})`, "#a9c6e8", `url(#${ids.dots})`];
  const body: string[] = [];
  let y = PAD;
  // The lowest baseline drawn, plus room for descenders.
  let bottom = PAD + LABEL_SIZE + 4;
  if (input.bars.length === 0) body.push(text(PAD, PAD + LABEL_SIZE, PART_SIZE, INK, fittedText(input.emptyText, PART_SIZE, WIDTH - 2 * PAD)));
  const most = Math.max(1, ...input.bars.map((b) => b.total));
  const longest = WIDTH - 2 * PAD - estimatedWidth(countText(most), TOTAL_SIZE) - 8;
  for (const bar of input.bars) {
    body.push(text(PAD, y + LABEL_SIZE, LABEL_SIZE, INK, drawnLabel(bar.label)));
    const top = y + LABEL_SIZE + 6;
    let done = 0;
    bar.parts.forEach((part, k) => {
      const x0 = PAD + (done / most) * longest;
      done += part.count;
      const x1 = PAD + (done / most) * longest;
      body.push(`<rect x="${n(x0)}" y="${n(top)}" width="${n(x1 - x0)}" height="${BAR_HEIGHT}" fill="${fills[k % fills.length]}" stroke="${BAR_INK}" stroke-width="1"/>`);
    });
    body.push(text(PAD + (bar.total / most) * longest + 6, top + BAR_HEIGHT - 4, TOTAL_SIZE, INK, countText(bar.total)));
    const last = partLine(bar.parts, fills, top + BAR_HEIGHT + PART_SIZE + 4, body);
    bottom = last + 4;
    y = last + 20;
  }
  const height = n(bottom + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${ids.title} ${ids.desc}" font-family="system-ui,sans-serif">`,
    `<title id="${ids.title}">${markupText(input.title)}</title>`,
    `<desc id="${ids.desc}">${markupText(input.description)}</desc>`,
    `<defs>`,
    `<pattern id="${ids.hatch}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/><rect width="2" height="5" fill="${BAR_INK}"/></pattern>`,
    `<pattern id="${ids.dots}" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#ffffff"/><circle cx="2.5" cy="2.5" r="1.4" fill="${BAR_INK}"/></pattern>`,
    `</defs>`,
    ...body,
    `</svg>`,
  ].join("\n");
}

/** Each part as a swatch and "label: count", wrapped onto as many lines as it needs; returns the last baseline. */
function partLine(parts: DrawnBar["parts"], fills: string[], baseline: number, body: string[]): number {
  let x = PAD;
  let y = baseline;
  parts.forEach((part, k) => {
    const room = WIDTH - 2 * PAD - SWATCH - 4;
    const words = fittedText(`${part.label}: ${countText(part.count)}`, PART_SIZE, room);
    const width = SWATCH + 4 + estimatedWidth(words, PART_SIZE);
    if (x > PAD && x + width > WIDTH - PAD) {
      x = PAD;
      y += PART_SIZE + 5;
    }
    body.push(`<rect x="${n(x)}" y="${n(y - SWATCH + 1)}" width="${SWATCH}" height="${SWATCH}" fill="${fills[k % fills.length]}" stroke="${BAR_INK}" stroke-width="1"/>`);
    body.push(text(x + SWATCH + 4, y, PART_SIZE, SOFT_INK, words));
    x += width + 14;
  });
  return y;
}

/** A bar's label as drawn: cut with an ellipsis where it would not fit the width. */
export function drawnLabel(label: string): string {
  return fittedText(label, LABEL_SIZE, WIDTH - 2 * PAD);
}

function text(x: number, y: number, size: number, fill: string, words: string): string {
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}" fill="${fill}">${markupText(words)}</text>`;
}

/** A coordinate to one decimal, the same on every machine. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
