// Two releases in; what changed between them out, and the version bump that change calls for under
// the Data Package recipe: MAJOR for a table or field removed, renamed, retyped, reordered or made
// required, or a constraint tightened; MINOR for records added or removed, a new table or optional
// field, a constraint loosened; PATCH for corrected records or descriptive text; none for no change.
import type { TableSchema, TableSchemaField } from "../schema/table-schema.ts";
import { compareStrings } from "../text/compare.ts";
import { largerBump, type Bump } from "./semver.ts";
import type { ReleaseSnapshot } from "./snapshot.ts";

/**
 * By key: a record whose key changed (a corrected figure gets a new claim id) is one removed and one
 * added here, which is what the version number counts; the report pairs them (record-changes.ts).
 */
export interface TableChange {
  table: string;
  added: string[];
  removed: string[];
  changed: string[];
}

export interface SchemaChange {
  table: string;
  bump: Exclude<Bump, "none">;
  sentence: string;
}

/** A file outside the tables: present only in the newer version, only in the older, or in both with other bytes. */
export interface FileChange {
  path: string;
  change: "added" | "removed" | "changed";
}

export interface Comparison {
  from: string;
  to: string;
  bump: Bump;
  tables: TableChange[];
  schemaChanges: SchemaChange[];
  /** Files besides the tables that differ (texts, descriptions, README), by path. */
  otherFiles: FileChange[];
}

/** Records by key with their digests (row-digest.ts): what is added, removed or changed. */
function tableChange(table: string, old: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): TableChange {
  const added: string[] = [];
  const changed: string[] = [];
  for (const [key, digest] of now) {
    const was = old.get(key);
    if (was === undefined) added.push(key);
    else if (was !== digest) changed.push(key);
  }
  const removed = [...old.keys()].filter((k) => !now.has(k));
  return { table, added: added.sort(compareStrings), removed: removed.sort(compareStrings), changed: changed.sort(compareStrings) };
}

const isRequired = (f: TableSchemaField) => f.constraints?.required === true;

function fieldChanges(table: string, before: TableSchema, after: TableSchema): SchemaChange[] {
  const out: SchemaChange[] = [];
  const change = (bump: SchemaChange["bump"], sentence: string) => out.push({ table, bump, sentence });
  const old = new Map(before.fields.map((f) => [f.name, f]));
  const now = new Map(after.fields.map((f) => [f.name, f]));
  for (const [name] of old) if (!now.has(name)) change("major", `Field \`${table}.${name}\` was removed.`);
  for (const [name, f] of now) {
    const was = old.get(name);
    if (!was) {
      change(isRequired(f) ? "major" : "minor", `Field \`${table}.${name}\` (${f.type}${isRequired(f) ? ", required" : ", optional"}) was added.`);
      continue;
    }
    if (was.type !== f.type) change("major", `Field \`${table}.${name}\` changed type from ${was.type} to ${f.type}.`);
    if (!isRequired(was) && isRequired(f)) change("major", `Field \`${table}.${name}\` became required.`);
    if (isRequired(was) && !isRequired(f)) change("minor", `Field \`${table}.${name}\` is no longer required.`);
    const wasEnum = was.constraints?.enum;
    const nowEnum = f.constraints?.enum;
    if (wasEnum && nowEnum) {
      const dropped = wasEnum.filter((v) => !nowEnum.includes(v));
      const added = nowEnum.filter((v) => !wasEnum.includes(v));
      if (dropped.length > 0) change("major", `Field \`${table}.${name}\` no longer allows ${dropped.map((v) => `"${v}"`).join(", ")}.`);
      if (added.length > 0) change("minor", `Field \`${table}.${name}\` now also allows ${added.map((v) => `"${v}"`).join(", ")}.`);
    } else if (!wasEnum && nowEnum) change("major", `Field \`${table}.${name}\` is now limited to a list of values.`);
    else if (wasEnum && !nowEnum) change("minor", `Field \`${table}.${name}\` is no longer limited to a list of values.`);
    if ((was.constraints?.pattern ?? null) !== (f.constraints?.pattern ?? null)) change("major", `Field \`${table}.${name}\` has a new pattern.`);
    if (was.description !== f.description) change("patch", `The description of \`${table}.${name}\` changed.`);
  }
  const common = after.fields.map((f) => f.name).filter((n) => old.has(n));
  const commonBefore = before.fields.map((f) => f.name).filter((n) => now.has(n));
  if (common.join(",") !== commonBefore.join(",")) change("major", `The fields of \`${table}\` were reordered.`);
  if (before.primaryKey.join(",") !== after.primaryKey.join(",")) change("major", `The key of \`${table}\` changed from (${before.primaryKey.join(", ")}) to (${after.primaryKey.join(", ")}).`);
  return out;
}

export function compareReleases(before: ReleaseSnapshot, after: ReleaseSnapshot): Comparison {
  const schemaChanges: SchemaChange[] = [];
  const tables: TableChange[] = [];
  for (const table of Object.keys(before.schemas)) {
    if (!after.schemas[table]) schemaChanges.push({ table, bump: "major", sentence: `Table \`${table}\` was removed.` });
  }
  for (const [table, schema] of Object.entries(after.schemas)) {
    const old = before.schemas[table];
    if (!old) {
      schemaChanges.push({ table, bump: "minor", sentence: `Table \`${table}\` was added.` });
      tables.push(tableChange(table, new Map(), after.tables[table] ?? new Map()));
      continue;
    }
    schemaChanges.push(...fieldChanges(table, old, schema));
    tables.push(tableChange(table, before.tables[table] ?? new Map(), after.tables[table] ?? new Map()));
  }
  let bump: Bump = "none";
  for (const c of schemaChanges) bump = largerBump(bump, c.bump);
  for (const t of tables) {
    if (t.added.length > 0 || t.removed.length > 0) bump = largerBump(bump, "minor");
    if (t.changed.length > 0) bump = largerBump(bump, "patch");
  }
  const paths = new Set([...Object.keys(before.fileHashes), ...Object.keys(after.fileHashes)]);
  const otherFiles = [...paths]
    .filter((p) => before.fileHashes[p] !== after.fileHashes[p] && !/^[a-z_]+\.(?:csv|json)$/.test(p) && p !== "datapackage.json")
    .sort(compareStrings)
    .map((path): FileChange => ({ path, change: before.fileHashes[path] === undefined ? "added" : after.fileHashes[path] === undefined ? "removed" : "changed" }));
  if (otherFiles.length > 0) bump = largerBump(bump, "patch");
  return { from: before.version, to: after.version, bump, tables, schemaChanges, otherFiles };
}
