import { test, mock } from "node:test";
import assert from "node:assert/strict";
import { workbookBytes } from "../pipeline/publish/workbook.ts";
import { fixZipTimes } from "../pipeline/publish/zip-times.ts";
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

test("something that is not a zip archive is refused, not rewritten", () => {
  assert.throws(() => fixZipTimes(new TextEncoder().encode("plain text, no archive here")), /expected a zip archive/);
});
