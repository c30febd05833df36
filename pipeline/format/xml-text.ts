// Text from the data placed in XML: the workbook's sheets, and the landing page's HTML and SVG.
// Markup characters become entities; the characters XML 1.0 cannot hold (C0 controls but tab and
// line ends, U+FFFE, U+FFFF, unpaired surrogates) are left out of a cell, and shown as U+FFFD on a
// page, where a reader should see that something was there. The CSV and JSON keep them as they are.

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const entity = (c: string): string => ENTITIES[c]!;

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
