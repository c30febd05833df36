// The edge that keeps dist/<dataset>/versions.json and the dataset's index.html in step with the
// version folders on disk: one entry per folder, read from its own files, each file written whole
// (temporary file, then rename). Versions never change, so an entry whose SHA256SUMS is as listed
// is kept rather than counted again.
import { readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stableJson } from "../format/stable-json.ts";
import { sha256Hex } from "../text/sha256.ts";
import { CATALOG_FILE, catalogJson, type CatalogEntry } from "../release/catalog.ts";
import { publishedRows } from "../release/published-rows.ts";
import { publishedVersions, readReleaseDate } from "../release/read-release.ts";
import { CHANGELOG_PATH, PAGE_FILE } from "../release/release-files.ts";
import { datasetPage, type DatasetHeading, type VersionListing } from "./page/dataset-page.ts";

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
  const catalog = catalogJson(datasetName, entries);
  await writeWhole(datasetDir, CATALOG_FILE, stableJson(catalog));
  const latest = typeof catalog.latest === "string" ? catalog.latest : null;
  const listings = await Promise.all(entries.map((entry) => listingFor(datasetDir, entry)));
  await writeWhole(datasetDir, PAGE_FILE, datasetPage(await headingOf(datasetDir, datasetName, latest), listings, latest));
}

// The same temporary name the writer clears when a build was killed (write-release.ts clearLeftovers).
async function writeWhole(datasetDir: string, name: string, text: string): Promise<void> {
  const tmp = join(datasetDir, `.${name}.tmp-${process.pid}`);
  await writeFile(tmp, text, "utf8");
  await rename(tmp, join(datasetDir, name));
}

async function listingFor(datasetDir: string, entry: CatalogEntry): Promise<VersionListing> {
  const dir = join(datasetDir, entry.version);
  const changelog = await readFile(join(dir, CHANGELOG_PATH), "utf8").catch(() => null);
  const hasPage = await stat(join(dir, PAGE_FILE)).then((s) => s.isFile(), () => false);
  return { entry, changelog, hasPage };
}

/** The title and description of the latest version, as its datapackage.json gives them. */
async function headingOf(datasetDir: string, name: string, latest: string | null): Promise<DatasetHeading> {
  if (latest === null) return { name, title: name, description: null };
  try {
    const descriptor = JSON.parse(await readFile(join(datasetDir, latest, "datapackage.json"), "utf8")) as { title?: unknown; description?: unknown };
    return { name, title: typeof descriptor.title === "string" ? descriptor.title : name, description: typeof descriptor.description === "string" ? descriptor.description : null };
  } catch {
    return { name, title: name, description: null };
  }
}
