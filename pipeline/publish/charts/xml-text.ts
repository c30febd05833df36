// Text from the data made safe to place in SVG markup, as element content or inside a double-quoted
// attribute: the five markup characters become entities, and the characters XML 1.0 forbids
// (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so the SVG stays well formed.
const MARKUP: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, "\ufffd").replace(/[&<>"']/g, (c) => MARKUP[c]!);
}
