// Text as SpreadsheetML holds it: &, < and > escaped (and " in attributes), and the characters XML
// 1.0 cannot carry at all (C0 controls but tab and line ends, U+FFFE, U+FFFF, unpaired surrogates)
// left out. The CSV and JSON keep them; a spreadsheet could not open a sheet that held them.

const TEXT = /[&<>]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ATTRIBUTE = /[&<>"]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

const replace = (c: string): string => ESCAPES[c] ?? "";

/** Text for an element's content. */
export function xmlText(text: string): string {
  return text.replace(TEXT, replace);
}

/** Text for an attribute's value in double quotes. */
export function xmlAttribute(text: string): string {
  return text.replace(ATTRIBUTE, replace);
}
