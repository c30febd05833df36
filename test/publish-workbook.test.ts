import { test, mock } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dataset, Row } from "../pipeline/dataset.ts";
import { buildDataset } from "../pipeline/stage/build-dataset.ts";
import { isSpooled, type SpooledTable } from "../pipeline/stage/spooled-table.ts";
import { sheetPart } from "../pipeline/stage/document-entry.ts";
import { entryFolder } from "../pipeline/cache/document-cache.ts";
import { datasetReadme } from "../pipeline/publish/dataset-readme.ts";
import { SHEET_ROW_LIMIT, tablesOverSheetLimit, workbookBytes } from "../pipeline/publish/workbook.ts";
import { workbookOffThread } from "../pipeline/publish/workbook-thread.ts";
import { smallDataset } from "./fixtures/small-dataset.ts";

/** Every entry's [time, date] from the central directory and from its local header. */
function entryTimes(archive: Uint8Array): { name: string; directory: [number, number]; local: [number, number] }[] {
  const zip = Buffer.from(archive);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out = [];
  let at = zip.readUInt32LE(end + 16);
  for (let k = 0; k < zip.readUInt16LE(end + 10); k++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    out.push({
      name: zip.subarray(at + 46, at + 46 + nameLength).toString("utf8"),
      directory: [zip.readUInt16LE(at + 12), zip.readUInt16LE(at + 14)] as [number, number],
      local: [zip.readUInt16LE(local + 10), zip.readUInt16LE(local + 12)] as [number, number],
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

test("every workbook entry carries 1980-01-01 00:00, in the directory and in its local header", async () => {
  const entries = entryTimes(await workbookBytes(smallDataset()));
  assert.ok(entries.some((e) => e.name.endsWith("xl/worksheets/sheet1.xml")), `sheets are in the zip: ${entries.map((e) => e.name).join(", ")}`);
  for (const e of entries) {
    assert.deepEqual(e.directory, [0, 0x21], e.name);
    assert.deepEqual(e.local, [0, 0x21], e.name);
  }
});

async function workbookMadeAt(now: number): Promise<Uint8Array> {
  mock.timers.enable({ apis: ["Date"], now });
  try {
    return await workbookBytes(smallDataset());
  } finally {
    mock.timers.reset();
  }
}

test("workbooks made at different times of day are byte-identical", async () => {
  const morning = await workbookMadeAt(Date.UTC(2021, 5, 7, 13, 14, 15));
  const evening = await workbookMadeAt(Date.UTC(2024, 11, 31, 23, 58, 1));
  assert.ok(Buffer.from(morning).equals(Buffer.from(evening)));
});

test("a table longer than a sheet is named, and the README says there is no workbook and why", () => {
  const dataset = smallDataset();
  assert.deepEqual(tablesOverSheetLimit(dataset.tables), []);
  assert.deepEqual(tablesOverSheetLimit({ ...dataset.tables, claims: new Array<Row>(3), quotes: new Array<Row>(5) }, 2), ["claims", "quotes"]);
  assert.match(datasetReadme(dataset), /open\n`[^`]+\.xlsx`: one sheet per table/);
  // A sparse array has the length of a table too long for a sheet without holding a million rows.
  const long = { ...dataset, tables: { ...dataset.tables, claims: new Array<Row>(SHEET_ROW_LIMIT + 1) } };
  assert.deepEqual(tablesOverSheetLimit(long.tables), ["claims"]);
  const readme = datasetReadme(long);
  assert.ok(readme.includes("this release has no workbook, because `claims` (1048576 rows) is longer than a spreadsheet sheet holds (1,048,575 rows below the header)"), readme);
  assert.doesNotMatch(readme, /\.xlsx/);
});

test("the workbook made on its own thread is byte for byte the one made on the main thread", async () => {
  const onThread = await workbookOffThread(smallDataset(), 0);
  const onMain = await workbookBytes(smallDataset());
  assert.ok(onMain.length > 1000);
  assert.ok(Buffer.from(onThread).equals(Buffer.from(onMain)));
});

test("a build whose tables stay in entry files gives its workbook thread where they are, and the workbook is the one made from the rows", async () => {
  const dir = await mkdtemp(join(tmpdir(), "workbook-spool-"));
  try {
    const files = ["a", "b"].map((n, k) => ({ path: `${n}.txt`, bytes: new TextEncoder().encode(`A title for ${n}\n\nThe county built ${k + 12} roads and 40 schools in 2019, Mayor Li Wei said.\n`) }));
    const { dataset } = buildDataset({ files, manifestText: null, version: "1.0.0", cache: entryFolder("salt", dir) });
    assert.ok(isSpooled(dataset.tables.claims), "the claims are read from the entry files");
    assert.equal(dataset.tables.claims.length, 4);
    const fromRows = await workbookBytes({ identity: dataset.identity, tables: plainTables(dataset) });
    const onThread = await workbookOffThread(dataset, 0);
    assert.ok(Buffer.from(onThread).equals(Buffer.from(fromRows)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

function plainTables(dataset: Dataset): Dataset["tables"] {
  return Object.fromEntries(Object.entries(dataset.tables).map(([t, rows]) => [t, [...rows]])) as unknown as Dataset["tables"];
}

test("entries made without the sheets' fragments give the same workbook: the workbook compresses those rows itself", async () => {
  const dirs = [await mkdtemp(join(tmpdir(), "workbook-frag-")), await mkdtemp(join(tmpdir(), "workbook-nofrag-"))];
  try {
    const files = ["a", "b", "c"].map((n, k) => ({ path: `${n}.txt`, bytes: new TextEncoder().encode(`A title for ${n}\n\nThe county built ${k + 12} roads and 40 schools in 2019, Mayor Li Wei said.\n`) }));
    const [withFragments, without] = [true, false].map((sheetFragments, k) => buildDataset({ files, manifestText: null, version: "1.0.0", cache: entryFolder("salt", dirs[k]!), sheetFragments }).dataset);
    const sizes = (d: Dataset) => (d.tables.claims as SpooledTable).documents().map((e) => e.part(sheetPart("claims")).length);
    assert.ok(sizes(withFragments!).every((n) => n > 0));
    assert.deepEqual(sizes(without!), [0, 0, 0], "no fragment was made");
    assert.ok(Buffer.from(await workbookBytes(without!)).equals(Buffer.from(await workbookBytes(withFragments!))));
  } finally {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }
});
