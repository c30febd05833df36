// How wide a line of text will be, estimated without fonts (the build has none to measure with):
// wide East Asian characters count one em, every other character 0.6 em, a little more than the
// average Latin letter of system sans-serif fonts, so estimated lines rarely overflow.
const WIDE_FROM = 0x2e80;

export function estimatedWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const c of text) ems += c.codePointAt(0)! >= WIDE_FROM ? 1 : 0.6;
  return ems * fontSize;
}

/** The text cut, by whole code points, to fit `width`, with an ellipsis where it was cut. */
export function fittedText(text: string, fontSize: number, width: number): string {
  if (estimatedWidth(text, fontSize) <= width) return text;
  const room = width - estimatedWidth("…", fontSize);
  let out = "";
  let used = 0;
  for (const c of text) {
    const w = estimatedWidth(c, fontSize);
    if (used + w > room) break;
    out += c;
    used += w;
  }
  return `${out.trimEnd()}…`;
}
