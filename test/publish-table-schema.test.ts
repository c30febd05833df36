import { test } from "node:test";
import assert from "node:assert/strict";
import { tableSchemaFor, type TableSchemaField } from "../pipeline/schema/table-schema.ts";
import { TABLE_NAMES, columnsOf } from "../pipeline/schema/tables.ts";

const claims = tableSchemaFor("claims");

function field(name: string): TableSchemaField {
  const found = claims.fields.find((f) => f.name === name);
  assert.ok(found, `claims has a field ${name}`);
  return found;
}

test("claims fields come in schema column order", () => {
  assert.deepEqual(
    claims.fields.map((f) => f.name),
    columnsOf("claims"),
  );
});

test("claims field types, required, enum, pattern, minimum and minLength", () => {
  const cases: [string, string, object | undefined][] = [
    ["claim_id", "string", { required: true, pattern: "[a-z0-9_-]+-c-[0-9a-f]{10}" }],
    ["value", "number", { required: true }],
    ["unit_text", "string", undefined],
    ["per", "string", { enum: ["day", "week", "month", "year", "person", "household"] }],
    ["period_start", "date", undefined],
    ["attribution_kind", "string", { required: true, enum: ["according_to", "speech", "transcript_turn", "quote", "document"] }],
    ["char_start", "integer", { required: true, minimum: 0 }],
    ["char_end", "integer", { required: true, minimum: 1 }],
    ["span_text", "string", { required: true, minLength: 1 }],
  ];
  for (const [name, type, constraints] of cases) {
    assert.deepEqual([name, field(name).type, field(name).constraints], [name, type, constraints]);
  }
  assert.equal(field("unit").constraints?.enum?.length, 32);
  assert.ok(field("value").description.includes("1120000"));
});

test("claims keys, missing values", () => {
  assert.deepEqual(claims.primaryKey, ["claim_id"]);
  assert.deepEqual(claims.foreignKeys, [
    { fields: ["document_id"], reference: { resource: "documents", fields: ["document_id"] } },
  ]);
  assert.deepEqual(claims.missingValues, [""]);
});

test("a table without foreign keys leaves the property out (the v2 profile wants at least one)", () => {
  const documents = tableSchemaFor("documents");
  assert.equal("foreignKeys" in documents, false);
  assert.deepEqual(documents.primaryKey, ["document_id"]);
  assert.equal(documents.fields.find((f) => f.name === "document_id")?.constraints?.pattern, "[a-z0-9][a-z0-9_-]*");
  assert.deepEqual(tableSchemaFor("removals").primaryKey, ["document_id", "line_number"]);
});

test("every table maps to the types readers know, never to list", () => {
  for (const table of TABLE_NAMES) {
    for (const f of tableSchemaFor(table).fields) {
      assert.ok(["string", "integer", "number", "boolean", "date"].includes(f.type), `${table}.${f.name}: ${f.type}`);
      assert.ok(f.description.length > 0, `${table}.${f.name} has a description`);
      assert.ok(!f.constraints?.enum?.includes(null as never), `${table}.${f.name} enum has no null`);
    }
  }
});
