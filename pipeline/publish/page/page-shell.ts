// The document around a landing page's sections: one HTML file with its style inline, no script and
// nothing fetched from the network (the Content-Security-Policy says so to the browser too), so it
// opens from the file system, from any static host, on a phone and on paper alike.
import { esc } from "./html.ts";

// Phones: nothing may be wider than the screen, so long words and hashes wrap and wide tables
// scroll inside their own box. Print: no navigation, black on white, links followed by nothing.
const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #d0d0d0; --tint: #f4f6f8; --link: #0a58a8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main, header, footer { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-top: .6rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; overflow-wrap: anywhere; }
p, li, dd, figcaption { overflow-wrap: anywhere; }
a { color: var(--link); }
code, pre { font: .9em/1.45 ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; }
pre.code { background: var(--tint); border: 1px solid var(--line); border-radius: 4px; padding: .6rem .8rem; white-space: pre-wrap; overflow-wrap: anywhere; margin: .4rem 0 1rem; }
.meta { color: var(--muted); }
.notice { border-left: 4px solid #8a5a00; background: #fff8e6; padding: .6rem .9rem; margin: 1rem 0; }
nav ul { list-style: none; padding: 0; margin: 1rem 0 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; }
.files { list-style: none; padding: 0; margin: 0; }
.files li { padding: .5rem 0; border-bottom: 1px solid var(--line); }
.files .what { color: var(--muted); }
.hash { display: block; font-size: .8rem; color: var(--muted); overflow-wrap: anywhere; word-break: break-all; }
.scroll { max-width: 100%; overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; margin: .4rem 0 1rem; }
.scroll:focus { outline: 2px solid var(--link); }
table { border-collapse: collapse; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .6rem; border-bottom: 1px solid var(--line); }
th { background: var(--tint); white-space: nowrap; }
td.num, th.num { text-align: right; }
.preview td { min-width: 9rem; max-width: 24rem; }
.empty { color: var(--muted); }
figure { margin: 1rem 0 1.5rem; }
.chart { max-width: 34rem; }
.chart svg { max-width: 100%; height: auto; display: block; }
figcaption { margin-top: .4rem; }
details { margin: .4rem 0 1rem; }
summary { cursor: pointer; }
.latest { display: inline-block; padding: 0 .4rem; border-radius: 3px; background: #0a5c36; color: #fff; font-size: .85rem; font-weight: 600; }
footer { color: var(--muted); padding-bottom: 2rem; margin-top: 2rem; }
@media print {
  body { font-size: 11pt; }
  nav { display: none; }
  a { color: inherit; }
  h2 { break-after: avoid; }
  figure, pre.code, .files li { break-inside: avoid; }
  .scroll { overflow: visible; border: none; }
}
`;

export interface PageParts {
  /** The <title>, as plain text. */
  title: string;
  /** The HTML of the header (the h1 and what follows it), already escaped. */
  header: string;
  /** The sections, in order, as HTML. */
  sections: readonly string[];
  footer: string;
}

export function pageDocument(parts: PageParts): string {
  return `${[
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No script, no fetch: styles inline, charts inline SVG; images only as data: URLs if ever.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(parts.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<header>${parts.header}</header>`,
    `<main>${parts.sections.join("\n")}</main>`,
    `<footer>${parts.footer}</footer>`,
    "</body>",
    "</html>",
  ].join("\n")}\n`;
}

/** A section with its heading; `id` is the target of the page's navigation. */
export function section(id: string, heading: string, body: string): string {
  return `<section id="${esc(id)}" aria-labelledby="${esc(id)}-h">\n<h2 id="${esc(id)}-h">${esc(heading)}</h2>\n${body}\n</section>`;
}

/** The links to the sections, in page order. */
export function sectionNav(links: readonly [id: string, label: string][]): string {
  return `<nav aria-label="On this page"><ul>${links.map(([id, label]) => `<li><a href="#${esc(id)}">${esc(label)}</a></li>`).join("")}</ul></nav>`;
}
