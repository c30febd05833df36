// Each table's first rows in, a preview per table out: how many rows it has, its first few rows
// with long cells cut, and a link to its columns in DATA_DICTIONARY.md. A table is read only as
// far as its first rows (a large build's tables are spooled from disk).
import type { Dataset, Row } from "../../dataset.ts";
import { columnsOf, TABLE_NAMES, TABLE_SCHEMAS, type TableName } from "../../schema/tables.ts";
import { csvPathOf } from "../datapackage.ts";
import { cut, esc, grouped, hrefOf } from "./html.ts";

export const PREVIEW_ROWS = 3;
/** Longer cells are cut here: a sentence or a title would push the other columns out of sight. */
export const CELL_CHARACTERS = 60;

/** The first `n` rows of every table, each table read once and no further than that. */
export function firstRows(tables: Dataset["tables"], n = PREVIEW_ROWS): Record<TableName, Row[]> {
  const out = {} as Record<TableName, Row[]>;
  for (const table of TABLE_NAMES) {
    const rows: Row[] = [];
    if (n > 0) {
      for (const row of tables[table]) {
        rows.push(row);
        if (rows.length >= n) break;
      }
    }
    out[table] = rows;
  }
  return out;
}

/**
 * The link to a table's columns. DATA_DICTIONARY.md gives each table a heading "## <table>", which
 * Markdown viewers (GitHub, GitLab, most editors) make the anchor "#<table>": table names are
 * lower-case letters and "_", which those anchors keep as they are.
 */
export function dictionaryLink(table: TableName): string {
  return `${hrefOf("DATA_DICTIONARY.md")}#${table}`;
}

function cell(value: Row[string] | undefined): string {
  if (value === null || value === undefined || value === "") return `<td class="empty"></td>`;
  const text = String(value);
  return `<td${typeof value === "number" ? ' class="num"' : ""}>${esc(cut(text, CELL_CHARACTERS))}</td>`;
}

function preview(table: TableName, rows: readonly Row[], count: number): string {
  const columns = columnsOf(table);
  const description = TABLE_SCHEMAS[table].description;
  const firstSentence = description.match(/^.*?\.(?=\s|$)/)?.[0] ?? description;
  const shown = rows.length === 0 ? "" : `; the first ${rows.length === 1 ? "row" : `${rows.length} rows`} below`;
  const head = [
    `<h3 id="table-${table}">${esc(table)}</h3>`,
    `<p>${esc(firstSentence)} <a href="${hrefOf(csvPathOf(table))}">${esc(csvPathOf(table))}</a>: ${grouped(count)} ${count === 1 ? "row" : "rows"}${shown}. Its columns: <a href="${dictionaryLink(table)}">${esc(table)} in DATA_DICTIONARY.md</a>.</p>`,
  ];
  if (rows.length === 0) return head.join("\n");
  const body = rows.map((row) => `<tr>${columns.map((c) => cell(row[c])).join("")}</tr>`).join("\n");
  return [
    ...head,
    `<div class="scroll" role="region" aria-label="First rows of ${esc(table)}" tabindex="0">`,
    `<table class="preview"><thead><tr>${columns.map((c) => `<th scope="col">${esc(c)}</th>`).join("")}</tr></thead>`,
    `<tbody>${body}</tbody></table>`,
    `</div>`,
  ].join("\n");
}

export function tablePreviewsHtml(tables: Dataset["tables"], first: Record<TableName, Row[]>): string {
  return [
    `<p>Long cells are cut at ${CELL_CHARACTERS} characters (…); the files hold every value whole. An empty cell is a missing value.</p>`,
    ...TABLE_NAMES.map((t) => preview(t, first[t], tables[t].length)),
  ].join("\n");
}
