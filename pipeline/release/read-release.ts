// The edge that reads published releases back: the version `latest` names, a version folder as a
// snapshot (record digests from the tables' JSON, read a record at a time; schemas from
// datapackage.json; hashes from SHA256SUMS), and every version folder of a dataset.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { publishedRows } from "./published-rows.ts";
import { keyOf, rowDigest } from "../format/row-digest.ts";
import type { TableSchema } from "../schema/table-schema.ts";
import { CHECKSUMS_PATH, LATEST_FILE } from "./release-files.ts";
import { SEMVER, compareVersions } from "./semver.ts";
import { readListedFileSync } from "../ingest/open-listed.ts";
import type { ReleaseSnapshot } from "./snapshot.ts";
import type { Side } from "./record-changes.ts";
import { BUILD_RECORD_PATH } from "./provenance.ts";

export async function latestVersion(datasetDir: string): Promise<string | null> {
  try {
    // Read without following a link or waiting on a FIFO, and no more than a version's length.
    const version = new TextDecoder().decode(readListedFileSync(join(datasetDir, LATEST_FILE), 64)).trim();
    return SEMVER.test(version) ? version : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new Error(`${join(datasetDir, LATEST_FILE)} cannot be read as a version (${error instanceof Error ? error.message : String(error)}); make it a file holding the latest version, such as 1.2.0`);
  }
}

export async function publishedVersions(datasetDir: string): Promise<string[]> {
  try {
    const entries = await readdir(datasetDir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && SEMVER.test(e.name)).map((e) => e.name).sort(compareVersions);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** "<hex>  <path>" lines in, path -> hex out. */
export function parseChecksums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (m) out.set(m[2]!, m[1]!);
  }
  return out;
}

/** A version's tables with their Table Schemas, from its datapackage.json. */
export async function readResources(versionDir: string): Promise<{ name: string; schema: TableSchema }[]> {
  return (JSON.parse(await readFile(join(versionDir, "datapackage.json"), "utf8")) as { resources: { name: string; schema: TableSchema }[] }).resources;
}

/** A version's SHA256SUMS as path -> hex. */
export async function readChecksums(versionDir: string): Promise<Record<string, string>> {
  return Object.fromEntries(parseChecksums(await readFile(join(versionDir, CHECKSUMS_PATH), "utf8")));
}

/** The release date a version's build.json records, or null when it records none or cannot be read. */
export async function readReleaseDate(versionDir: string): Promise<string | null> {
  try {
    return (JSON.parse(await readFile(join(versionDir, BUILD_RECORD_PATH), "utf8")) as { release_date?: string | null }).release_date ?? null;
  } catch {
    return null;
  }
}

export async function readSnapshot(versionDir: string, version: string): Promise<ReleaseSnapshot> {
  const tables: Record<string, Map<string, string>> = {};
  const schemas: Record<string, TableSchema> = {};
  for (const resource of await readResources(versionDir)) {
    schemas[resource.name] = resource.schema;
    const digests = new Map<string, string>();
    for await (const row of publishedRows(join(versionDir, `${resource.name}.json`))) digests.set(keyOf(row, resource.schema.primaryKey), rowDigest(row));
    tables[resource.name] = digests;
  }
  return { version, tables, schemas, fileHashes: await readChecksums(versionDir), releaseDate: await readReleaseDate(versionDir) };
}

/** A version folder's tables read back a record at a time, for the report of what changed (record-changes.ts). */
export function versionSide(versionDir: string, schemas: Record<string, TableSchema>): Side {
  return { schemas, rows: (table) => publishedRows(join(versionDir, `${table}.json`)) };
}
