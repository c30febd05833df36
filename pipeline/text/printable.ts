// A name from the file system as it is safe to print: control characters (a line break in a file
// name would forge a log line), the bidirectional overrides (which reorder what a terminal shows)
// and the replacement character are written as escapes, everything else as it is.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd]/gu;

export function printable(name: string): string {
  return name.replace(UNPRINTABLE, (c) => {
    const code = c.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** A name that is not UTF-8, with every byte outside printable ASCII written as \xNN. */
export function printableBytes(name: Uint8Array): string {
  let out = "";
  for (const byte of name) out += byte >= 0x20 && byte < 0x7f && byte !== 0x5c ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, "0")}`;
  return out;
}
