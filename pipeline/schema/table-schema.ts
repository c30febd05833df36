// A table's JSON Schema in, its Frictionless Table Schema (v2) out, so datapackage.json describes
// the CSV with the same names, types and constraints the pipeline validates against.
import { TABLE_SCHEMAS, type FieldSchema, type TableName } from "./tables.ts";

export type FrictionlessType = "string" | "integer" | "number" | "boolean" | "date";

export interface FieldConstraints {
  required?: true;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  minLength?: number;
}

export interface TableSchemaField {
  name: string;
  type: FrictionlessType;
  description: string;
  constraints?: FieldConstraints;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
}

export function tableSchemaFor(table: TableName): TableSchema {
  const json = TABLE_SCHEMAS[table];
  const fields = Object.entries(json.properties).map(([name, field]) => fieldFor(table, name, field));
  const { primaryKey, foreignKeys } = json["x-table"];
  return {
    fields,
    // Empty cell is the only missing value, so a text column may hold "NA" or "null" as data.
    missingValues: [""],
    primaryKey: [...primaryKey],
    // The v2 profile requires at least one foreign key when the property is present.
    ...(foreignKeys.length > 0
      ? {
          foreignKeys: foreignKeys.map((key) => ({
            fields: [...key.fields],
            reference: { resource: key.reference.resource, fields: [...key.reference.fields] },
          })),
        }
      : {}),
  };
}

/** The JSON types a property allows, "null" included. */
function jsonTypes(field: FieldSchema): string[] {
  return Array.isArray(field.type) ? field.type : [field.type];
}

function fieldFor(table: TableName, name: string, field: FieldSchema): TableSchemaField {
  const constraints = constraintsFor(field);
  return {
    name,
    type: frictionlessType(table, name, field),
    description: field.description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function frictionlessType(table: TableName, name: string, field: FieldSchema): FrictionlessType {
  const types = jsonTypes(field).filter((type) => type !== "null");
  const only = types.length === 1 ? types[0] : undefined;
  if (only === "string") return field.format === "date" ? "date" : "string";
  if (only === "integer" || only === "number" || only === "boolean") return only;
  throw new Error(
    `tableSchemaFor: ${table}.${name} has JSON type ${JSON.stringify(field.type)}; expected one of ` +
      `string, integer, number, boolean (optionally with null). Add a mapping before publishing it.`,
  );
}

function constraintsFor(field: FieldSchema): FieldConstraints {
  const constraints: FieldConstraints = {};
  if (!jsonTypes(field).includes("null")) constraints.required = true;
  const values = field.enum?.filter((value): value is string => value !== null);
  if (values !== undefined && values.length > 0) constraints.enum = values;
  if (field.pattern !== undefined) constraints.pattern = frictionlessPattern(field.pattern);
  if (field.minimum !== undefined) constraints.minimum = field.minimum;
  if (field.minLength !== undefined) constraints.minLength = field.minLength;
  return constraints;
}

// A JSON Schema pattern matches anywhere unless anchored; a Table Schema pattern (XML Schema
// syntax) always matches the whole value and has no ^ or $ anchors. Drop anchors that are there,
// and let an unanchored side match anything. (A top-level "a|b" would need a group; none exists.)
function frictionlessPattern(pattern: string): string {
  const start = pattern.startsWith("^") ? pattern.slice(1) : `.*${pattern}`;
  const anchoredEnd = /(^|[^\\])(\\\\)*\$$/.test(start);
  return anchoredEnd ? start.slice(0, -1) : `${start}.*`;
}
