// A page's text in; the same text with its curly quotes, apostrophes and dashes put back out, where
// somewhere upstream their UTF-8 bytes were read as GBK ("China鈥檚", "鈥淣ow we can sell ..."). Each
// such mark is three bytes, E2 80 xx: GBK reads E2 80 as "鈥" and xx with the next character's byte
// as one character, which GBK encodes back to those two bytes. When that pair is no GBK character
// the reader wrote "?" (or U+FFFD) for the mark's last byte and the byte after it; a quotation mark
// is then the likeliest, closing after a word and opening before one.

// The third byte of every mark this repairs: – — ‘ ’ “ ” • … (U+2013 to U+2026).
const THIRD_BYTES = [0x93, 0x94, 0x98, 0x99, 0x9c, 0x9d, 0xa2, 0xa6];
const LEAD = "鈥";

let pairs: Map<string, string> | null = null;

/** Each GBK character a mark's third byte makes with a following ASCII character, to the mark and that character. */
function gbkPairs(): Map<string, string> {
  if (pairs !== null) return pairs;
  const gbk = new TextDecoder("gbk");
  const utf8 = new TextDecoder("utf-8");
  pairs = new Map();
  for (const third of THIRD_BYTES) {
    const mark = utf8.decode(new Uint8Array([0xe2, 0x80, third]));
    for (let ascii = 0x40; ascii <= 0x7e; ascii++) {
      const read = gbk.decode(new Uint8Array([third, ascii]));
      if (read.length === 1 && read !== "\ufffd") pairs.set(read, mark + String.fromCharCode(ascii));
    }
  }
  return pairs;
}

/** The text with GBK-read punctuation repaired; text without the telltale lead character is returned as is. */
export function repairGbkPunctuation(text: string): string {
  if (!text.includes(LEAD)) return text;
  const known = gbkPairs();
  return text.replace(/鈥(.?)/gsu, (whole, next: string, at: number) => {
    const repaired = known.get(next);
    if (repaired !== undefined) return repaired;
    // (The byte lost with it was most often a space: 'higher,鈥?said' was 'higher,” said'.)
    if (next === "?" || next === "\ufffd") return /\S/.test(text[at - 1] ?? "") ? (/\p{L}/u.test(text[at + 2] ?? "") ? "” " : "”") : "“";
    return whole;
  });
}

/**
 * "The State Council』s office", "doesn』t", "the authorities』 view": an apostrophe a traditional-Chinese converter wrote as the
 * corner bracket 』, put back where it stands between two Latin letters (one character for one).
 */
export function repairCornerApostrophes(text: string): string {
  // ("the authorities』 insistence": after a plural's s, before a space, too.)
  return text.includes("』") ? text.replace(/(?<=[A-Za-z])』(?=[A-Za-z])|(?<=s)』(?= )/g, "’") : text;
}
