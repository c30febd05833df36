// A column's value before and after in; the line the CHANGELOG shows for it out: `1500000 → 1600000`,
// text in quotes, an empty value as (empty). Long text (a sentence) is cut to the stretch around
// what differs, so a changed figure in a long sentence shows as a few words, not two paragraphs.
import type { ColumnChange, Value } from "./column-changes.ts";

/** Text longer than this, in code points, is shown around what differs. */
const LONGEST = 80;
/** Code points kept on each side of what differs. */
const AROUND = 24;

function shown(value: Value): string {
  if (value === null) return "(empty)";
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** The two texts cut to what differs and AROUND code points either side, with "…" where cut. */
function excerpts(before: string, after: string): [string, string] {
  // Code points, not UTF-16 units, so a cut never splits a character.
  const a = Array.from(before);
  const b = Array.from(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  // Cut at spaces, so no word shows in part.
  let start = Math.max(0, head - AROUND);
  while (start > 0 && a[start - 1] !== " ") start--;
  const cut = (chars: string[]) => {
    let end = Math.min(chars.length, chars.length - tail + AROUND);
    while (end < chars.length && chars[end] !== " ") end++;
    return `${start > 0 ? "…" : ""}${chars.slice(start, end).join("")}${end < chars.length ? "…" : ""}`;
  };
  return [cut(a), cut(b)];
}

export function changeText(change: ColumnChange): string {
  const { before, after } = change;
  if (typeof before === "string" && typeof after === "string" && Math.max(Array.from(before).length, Array.from(after).length) > LONGEST) {
    const [was, now] = excerpts(before, after);
    return `${JSON.stringify(was)} → ${JSON.stringify(now)}`;
  }
  return `${shown(before)} → ${shown(after)}`;
}
