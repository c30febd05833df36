// Each bump rule of the Data Package recipe, on pairs of small hand-made releases.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareReleases } from "../pipeline/release/compare.ts";
import { rowDigest, rowDigests } from "../pipeline/format/row-digest.ts";
import { bumpVersion, compareVersions } from "../pipeline/release/semver.ts";
import type { ReleaseSnapshot } from "../pipeline/release/snapshot.ts";
import type { TableSchema, TableSchemaField } from "../pipeline/schema/table-schema.ts";

const FIELDS: TableSchemaField[] = [
  { name: "id", type: "string", description: "Key.", constraints: { required: true } },
  { name: "unit", type: "string", description: "Unit.", constraints: { required: true, enum: ["person", "village"] } },
  { name: "note", type: "string", description: "A note." },
];
const schema = (extra: Partial<TableSchema> = {}, fields: TableSchemaField[] = FIELDS): TableSchema => ({ fields, missingValues: [""], primaryKey: ["id"], ...extra });

function release(version: string, rows: { id: string; unit: string; note: string | null }[], s: TableSchema = schema(), files: Record<string, string> = { "README.md": "a" }): ReleaseSnapshot {
  return { version, tables: { claims: rowDigests(rows, ["id"]) }, schemas: { claims: s }, fileHashes: files, releaseDate: null };
}

const base = [{ id: "a", unit: "person", note: null }, { id: "b", unit: "village", note: "x" }];

test("nothing changed: no bump", () => {
  assert.equal(compareReleases(release("1.0.0", base), release("1.0.0", base)).bump, "none");
});

test("a corrected record is a patch, and its id is named", () => {
  const c = compareReleases(release("1.0.0", base), release("1.0.0", [base[0]!, { ...base[1]!, note: "y" }]));
  assert.equal(c.bump, "patch");
  assert.deepEqual(c.tables[0], { table: "claims", added: [], removed: [], changed: ["b"] });
});

test("records added or removed are minor", () => {
  assert.equal(compareReleases(release("1.0.0", base), release("1.0.0", [...base, { id: "c", unit: "person", note: null }])).bump, "minor");
  assert.equal(compareReleases(release("1.0.0", base), release("1.0.0", [base[0]!])).bump, "minor");
});

test("a new optional field or a loosened enum is minor; a new required field is major", () => {
  const fields = schema().fields;
  const optional = schema({}, [...fields, { name: "extra", type: "string", description: "More." }]);
  assert.equal(compareReleases(release("1.0.0", base), release("1.0.0", base, optional)).bump, "minor");
  const required = schema({}, [...fields, { name: "extra", type: "string", description: "More.", constraints: { required: true } }]);
  assert.equal(compareReleases(release("1.0.0", base), release("1.0.0", base, required)).bump, "major");
  const looser = schema({}, fields.map((f) => (f.name === "unit" ? { ...f, constraints: { required: true, enum: ["person", "village", "county"] } } : f)));
  const c = compareReleases(release("1.0.0", base), release("1.0.0", base, looser));
  assert.equal(c.bump, "minor");
  assert.deepEqual(c.schemaChanges.map((x) => x.sentence), ['Field `claims.unit` now also allows "county".']);
});

test("a field removed, retyped, made required or reordered, or an enum tightened, is major", () => {
  const fields = schema().fields;
  const cases: [string, TableSchema][] = [
    ["removed", schema({}, fields.filter((f) => f.name !== "note"))],
    ["retyped", schema({}, fields.map((f) => (f.name === "note" ? { ...f, type: "integer" } : f)))],
    ["required", schema({}, fields.map((f) => (f.name === "note" ? { ...f, constraints: { required: true } } : f)))],
    ["reordered", schema({}, [fields[0]!, fields[2]!, fields[1]!])],
    ["tightened", schema({}, fields.map((f) => (f.name === "unit" ? { ...f, constraints: { required: true, enum: ["person"] } } : f)))],
  ];
  for (const [what, s] of cases) assert.equal(compareReleases(release("1.0.0", base), release("1.0.0", base, s)).bump, "major", what);
});

test("a table removed is major, a table added minor", () => {
  const without = { ...release("1.0.0", base), tables: {}, schemas: {} };
  assert.equal(compareReleases(release("1.0.0", base), without).bump, "major");
  assert.equal(compareReleases(without, release("1.0.0", base)).bump, "minor");
});

test("only descriptive text changed: a patch naming the file", () => {
  const c = compareReleases(release("1.0.0", base), release("1.0.0", base, schema(), { "README.md": "b" }));
  assert.deepEqual([c.bump, c.otherFiles], ["patch", [{ path: "README.md", change: "changed" }]]);
});

test("versions compare as numbers and bump by the recipe", () => {
  assert.ok(compareVersions("1.10.0", "1.9.3") > 0);
  assert.deepEqual([bumpVersion("1.9.3", "patch"), bumpVersion("1.9.3", "minor"), bumpVersion("1.9.3", "major")], ["1.9.4", "1.10.0", "2.0.0"]);
});

test("a record's digest ignores column order and tells null from absent from nothing, but any value apart", () => {
  const row = { id: "a", unit: "person", note: null, value: 1.5 };
  assert.equal(rowDigest(row), rowDigest({ value: 1.5, unit: "person", id: "a" }));
  assert.equal(rowDigest(row), rowDigest({ ...row, extra: null }));
  for (const other of [{ ...row, value: 1.50001 }, { ...row, value: "1.5" }, { ...row, note: "" }, { ...row, unit: "Person" }, { ...row, note: "x" }]) {
    assert.notEqual(rowDigest(row), rowDigest(other), JSON.stringify(other));
  }
});

test("a file only in the newer version is added, only in the older removed, in both with other bytes changed", () => {
  const c = compareReleases(release("1.0.0", base, schema(), { "README.md": "a", "texts/old.txt": "x", "texts/same.txt": "s" }), release("1.0.0", base, schema(), { "README.md": "b", "texts/new.txt": "y", "texts/same.txt": "s" }));
  assert.deepEqual(c.otherFiles, [{ path: "README.md", change: "changed" }, { path: "texts/new.txt", change: "added" }, { path: "texts/old.txt", change: "removed" }]);
  // Reporting them apart changes nothing in the version number: descriptive files are a patch.
  assert.equal(c.bump, "patch");
});
