// The published tables, in publishing order, each with its JSON Schema (the single source of truth
// for the shape). Everything else about a table's shape is derived from these objects.
import documents from "../../schemas/documents.schema.json" with { type: "json" };
import claims from "../../schemas/claims.schema.json" with { type: "json" };
import observations from "../../schemas/observations.schema.json" with { type: "json" };
import people from "../../schemas/people.schema.json" with { type: "json" };
import personRoles from "../../schemas/person_roles.schema.json" with { type: "json" };
import places from "../../schemas/places.schema.json" with { type: "json" };
import organisations from "../../schemas/organisations.schema.json" with { type: "json" };
import mentions from "../../schemas/mentions.schema.json" with { type: "json" };
import quotes from "../../schemas/quotes.schema.json" with { type: "json" };
import removals from "../../schemas/removals.schema.json" with { type: "json" };
import rejects from "../../schemas/rejects.schema.json" with { type: "json" };

export const TABLE_NAMES = [
  "documents",
  "claims",
  "observations",
  "people",
  "person_roles",
  "places",
  "organisations",
  "mentions",
  "quotes",
  "removals",
  "rejects",
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

export interface FieldSchema {
  type: string | string[];
  description: string;
  enum?: (string | null)[];
  format?: string;
  pattern?: string;
  minimum?: number;
  minLength?: number;
  examples?: unknown[];
}

export interface TableSchemaJson {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  "x-table": {
    primaryKey: string[];
    foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
  type: "object";
  properties: Record<string, FieldSchema>;
  required: string[];
}

export const TABLE_SCHEMAS: Record<TableName, TableSchemaJson> = {
  documents: documents as TableSchemaJson,
  claims: claims as TableSchemaJson,
  observations: observations as TableSchemaJson,
  people: people as TableSchemaJson,
  person_roles: personRoles as TableSchemaJson,
  places: places as TableSchemaJson,
  organisations: organisations as TableSchemaJson,
  mentions: mentions as TableSchemaJson,
  quotes: quotes as TableSchemaJson,
  removals: removals as TableSchemaJson,
  rejects: rejects as TableSchemaJson,
};

/** Column order of a table: the order of its schema's properties. */
export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLE_SCHEMAS[table].properties);
}
