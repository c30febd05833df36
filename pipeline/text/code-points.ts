// JavaScript indexes strings in UTF-16 units; the published offsets count Unicode code points, as R
// and Python do. This maps one to the other for a given text in O(1) per lookup.
export type OffsetMap = (utf16Index: number) => number;

export function codePointOffsets(text: string): OffsetMap {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point: count it once, at its end.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i]!;
}

/** Slices by code point offsets, as a reader in R or Python would. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
