// The few pieces of HTML every section writes: escaped text, a link to a file of the release,
// inline code from the Markdown-style strings the other files share, a code block, a byte size.
// Every string that comes from the data passes through esc() before it reaches the page.
import { markupText } from "../../format/xml-text.ts";
import { countText } from "../charts/count-text.ts";

/** Text made safe for an element's content or a quoted attribute (format/xml-text.ts). */
export const esc = markupText;

/** A relative path as an href: each segment percent-encoded (a "#" or "?" in a name is a name), then escaped. */
export function hrefOf(path: string): string {
  return esc(path.split("/").map((segment) => encodeURIComponent(segment)).join("/"));
}

/** Text whose `backquoted` parts are code, as the README and dictionary sentences write them. */
export function withInlineCode(text: string): string {
  return text.split(/(`[^`]*`)/).map((part) => (/^`[^`]*`$/.test(part) ? `<code>${esc(part.slice(1, -1))}</code>` : esc(part))).join("");
}

/** A code block; `label` names the language for screen readers and print. */
export function codeBlock(label: string, code: string): string {
  return `<pre class="code" aria-label="${esc(label)}"><code>${esc(code.replace(/\n$/, ""))}</code></pre>`;
}

/** A text cut to `max` characters (code points, so no half of a pair is left), with an ellipsis when cut. */
export function cut(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join("").trimEnd()}…`;
}

/** 1234567 as "1,234,567", the same on every machine (no locale). */
export function grouped(n: number): string {
  const fraction = String(n).split(".")[1];
  return fraction === undefined ? countText(n) : `${countText(n)}.${fraction}`;
}

/** A byte count as people read it (decimal units, one decimal), e.g. "22.6 kB"; exact below 1000. */
export function sizeText(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** A size shown to people, with the exact count for machines (and tests) in <data>. */
export function sizeElement(bytes: number): string {
  return `<data class="size" value="${bytes}">${sizeText(bytes)}</data>`;
}
