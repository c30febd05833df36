// Text going into a Markdown table cell: a "|" would end the cell and a line break the row.
export function markdownCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n|\r/g, " ");
}
