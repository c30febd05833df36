// A whole count as people read it, with commas between thousands ("12,345"), written by hand so
// the bytes do not depend on the machine's locale or ICU data.
export function countText(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

/** "A (8), B (4) and C (3)": the first few of a ranked list, for a chart's text alternative. */
export function countsPhrase(items: readonly { label: string; count: number }[]): string {
  const parts = items.map((i) => `${i.label} (${countText(i.count)})`);
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** "1 claim", "7 claims". */
export function counted(n: number, one: string, many: string): string {
  return `${countText(n)} ${n === 1 ? one : many}`;
}
