// Text from the data placed in XML: the workbook's sheets, and the landing page's HTML and SVG.
// Markup characters become entities. The characters XML 1.0 cannot hold (C0 controls but tab and
// line ends, U+FFFE, U+FFFF, unpaired surrogates) are written in a cell as the spreadsheet escape
// _xHHHH_, which Excel and LibreOffice read back to the character, so a cell holds what the CSV holds;
// they are left out of the workbook's own properties, and shown as U+FFFD on a page, where a reader
// should see that something was there.

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const entity = (c: string): string => ENTITIES[c]!;

// A text that already reads as an escape ("_x0041_") keeps its underscore as _x005F_, or a reader
// would turn it into the character it names.
const CELL_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const escapeCode = (c: string): string => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

/**
 * A cell's text: every character of the CSV's, the ones XML cannot hold as _xHHHH_. An unpaired
 * surrogate is U+FFFD, the character the CSV's UTF-8 holds in its place.
 */
export function cellXmlText(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD").replace(CELL_ESCAPE, escapeCode).replace(/[&<>]/g, entity);
}

/** Element content in a workbook part. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>]/g, entity);
}

/** An attribute's value in double quotes, in a workbook part. */
export function xmlAttribute(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"]/g, entity);
}

/** Text for HTML or SVG, in content or any quoted attribute. */
export function markupText(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, entity);
}
