// A repository's full record of an item (DSpace's "Show full item record") lists its Dublin Core fields one to a
// line: "dc.title  Quotas, Cotton and Kin ...", "dc.contributor.author  Solheim, Ingrid Marie", "dc.date.issued  2022".
// They say what the item is, where the page's header sets it among its menus and buttons.

const ROW = /^dc\.([a-z]{2,20}(?:\.[a-z]{2,20}){0,2})\s+(\S.{0,600})$/;
// How far down the page the record is looked for, and how many rows make one.
const RECORD_REACH = 200;
const RECORD_ROWS = 3;
const AUTHOR_FIELDS: ReadonlySet<string> = new Set(["contributor.author", "creator", "creator.author"]);
// "Solheim, Ingrid Marie": a catalogue's surname first.
const SURNAME_FIRST = /^([^,]{1,60}), ([^,]{1,60})$/;

export interface RecordFields {
  title?: string;
  author?: string;
  published?: string;
}

/** The title, authors ("; " between them) and day of issue a page's Dublin Core rows give, or null when it has none. */
export function dublinCoreRecord(lines: readonly string[]): RecordFields | null {
  const rows: [string, string][] = [];
  for (const line of lines.slice(0, RECORD_REACH)) {
    const row = ROW.exec(line);
    if (row) rows.push([row[1]!, row[2]!.trim()]);
  }
  if (rows.length < RECORD_ROWS) return null;
  const first = (field: string) => rows.find(([f]) => f === field)?.[1];
  const authors = rows.filter(([f]) => AUTHOR_FIELDS.has(f)).map(([, v]) => surnameLast(v));
  const fields: RecordFields = {};
  const title = first("title");
  if (title !== undefined) fields.title = title;
  if (authors.length > 0) fields.author = authors.join("; ");
  const issued = first("date.issued");
  if (issued !== undefined) fields.published = issued;
  return fields;
}

/** "Solheim, Ingrid Marie" as "Ingrid Marie Solheim"; any other name as it is. */
export function surnameLast(name: string): string {
  return name.replace(SURNAME_FIRST, "$2 $1");
}
