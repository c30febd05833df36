// Every row of every table in; the rows that satisfy their table's JSON Schema out, and one issue
// per row that does not (with the failing instance path and ajv's message). Nothing is dropped
// silently: a row is either kept or reported. Duplicate primary keys are reported the same way.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Row } from "../dataset.ts";
import type { Issue } from "../issues.ts";
import { keyOf } from "../format/row-digest.ts";
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from "../schema/tables.ts";

// ajv-formats ships CommonJS; under Node's ESM loader the function sits on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

/** Per table, a validator that stops at the first error (most rows have none) and one that lists them all. */
interface TableValidators {
  check: ValidateFunction;
  explain: ValidateFunction;
}

let compiled: Map<TableName, TableValidators> | null = null;

function compileAll(allErrors: boolean): Map<TableName, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors, strict: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "x-table", schemaType: "object" });
  return new Map(TABLE_NAMES.map((t) => [t, ajv.compile(TABLE_SCHEMAS[t])] as const));
}

function validators(): Map<TableName, TableValidators> {
  if (compiled) return compiled;
  const [check, explain] = [compileAll(false), compileAll(true)];
  compiled = new Map(TABLE_NAMES.map((t) => [t, { check: check.get(t)!, explain: explain.get(t)! }] as const));
  return compiled;
}

export interface Validated {
  tables: Record<TableName, Row[]>;
  issues: Issue[];
}

function recordIdOf(table: TableName, row: Row): string {
  return keyOf(row, TABLE_SCHEMAS[table]["x-table"].primaryKey);
}

/** `sourceFileOf` names the input file a document id came from, so every issue names a file. */
export function validateTables(input: Record<TableName, Row[]>, sourceFileOf: (documentId: string) => string | null): Validated {
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as unknown as Record<TableName, Row[]>;
  const issues: Issue[] = [];
  for (const table of TABLE_NAMES) tables[table] = validateRows(table, input[table], sourceFileOf, issues);
  return { tables, issues };
}

/** One table's rows that satisfy its schema and have a primary key not seen before; an issue for each other row is added to `issues`. */
export function validateRows(table: TableName, rows: readonly Row[], sourceFileOf: (documentId: string) => string | null, issues: Issue[]): Row[] {
  const { check, explain } = validators().get(table)!;
  const kept: Row[] = [];
  const keys = new Set<string>();
  for (const row of rows) {
    const recordId = recordIdOf(table, row);
    if (!check(row)) {
      explain(row);
      for (const e of explain.errors ?? []) {
        const detail = e.keyword === "enum" ? ` (allowed: ${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(", ")})` : "";
        issues.push({ ...issueBase(table, row, recordId, sourceFileOf), path: `${e.instancePath || "/"} (schema ${e.schemaPath})`, message: `${table} record ${recordId}: ${e.instancePath || "record"} ${e.message ?? "is invalid"}${detail}. The record is left out of the table; fix the extraction rule that made it or the schema.` });
      }
      continue;
    }
    if (keys.has(recordId)) {
      issues.push({ ...issueBase(table, row, recordId, sourceFileOf), path: "/", message: `${table} record ${recordId}: duplicate primary key. The second record is left out; make the id rule tell them apart.` });
      continue;
    }
    keys.add(recordId);
    kept.push(row);
  }
  return kept;
}

// A function of the module, not a closure made per row: under tsx (esbuild's keepNames) every
// closure made is also named by a call, and this one was made for every row validated.
function issueBase(table: TableName, row: Row, recordId: string, sourceFileOf: (documentId: string) => string | null) {
  return { stage: "validate" as const, code: "schema-violation" as const, sourceFile: typeof row.document_id === "string" ? sourceFileOf(row.document_id) : null, table, recordId };
}
