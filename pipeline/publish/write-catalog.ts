// The edge that keeps dist/<dataset>/versions.json in step with the version folders on disk: one
// entry per folder, read from its own files, written whole (temporary file, then rename). Versions
// never change, so an entry whose SHA256SUMS is as listed is kept rather than counted again.
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stableJson } from "../format/stable-json.ts";
import { sha256Hex } from "../text/sha256.ts";
import { CATALOG_FILE, catalogJson, type CatalogEntry } from "../release/catalog.ts";
import { publishedRows } from "../release/published-rows.ts";
import { publishedVersions, readReleaseDate } from "../release/read-release.ts";

async function entryFor(datasetDir: string, version: string, listed: ReadonlyMap<string, CatalogEntry>, counted: ReadonlyMap<string, Record<string, number>>): Promise<CatalogEntry> {
  const dir = join(datasetDir, version);
  const sums = sha256Hex(await readFile(join(dir, "SHA256SUMS"), "utf8"));
  const known = listed.get(version);
  if (known !== undefined && known.sha256sums_sha256 === sums) return known;
  return {
    version,
    date: await readReleaseDate(dir),
    rows: counted.get(version) ?? (await countRows(dir)),
    sha256sums_sha256: sums,
  };
}

/** Rows per table of a version folder, read a record at a time. */
async function countRows(dir: string): Promise<Record<string, number>> {
  const descriptor = JSON.parse(await readFile(join(dir, "datapackage.json"), "utf8")) as { resources: { name: string }[] };
  const rows: Record<string, number> = {};
  for (const { name } of descriptor.resources) {
    rows[name] = 0;
    for await (const _ of publishedRows(join(dir, `${name}.json`))) rows[name]++;
  }
  return rows;
}

/** The entries versions.json lists now, by version; none when it is missing or unreadable. */
async function listedEntries(datasetDir: string): Promise<Map<string, CatalogEntry>> {
  try {
    const catalog = JSON.parse(await readFile(join(datasetDir, CATALOG_FILE), "utf8")) as { versions?: CatalogEntry[] };
    return new Map((catalog.versions ?? []).map((e) => [e.version, e]));
  } catch {
    return new Map();
  }
}

/** `counted` gives the row counts of versions the caller has just built, so they are not read back. */
export async function writeCatalog(datasetDir: string, datasetName: string, counted: ReadonlyMap<string, Record<string, number>> = new Map()): Promise<void> {
  const listed = await listedEntries(datasetDir);
  const entries = await Promise.all((await publishedVersions(datasetDir)).map((v) => entryFor(datasetDir, v, listed, counted)));
  const tmp = join(datasetDir, `.${CATALOG_FILE}.tmp-${process.pid}`);
  await writeFile(tmp, stableJson(catalogJson(datasetName, entries)), "utf8");
  await rename(tmp, join(datasetDir, CATALOG_FILE));
}
