// A zip archive in, the same archive with every entry's time set to the zip epoch out. exceljs
// stamps the clock into each entry; rewriting the four time bytes of each header in place keeps
// the workbook byte-identical between runs without inflating and deflating it again.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// 1980-01-01 00:00:00 in MS-DOS form: time 0, date (year-1980)<<9 | month<<5 | day.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function endOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535: look no further back than that.
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= stop; at--) if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  throw new Error("fixZipTimes: expected a zip archive, found no end-of-directory record");
}

/** Sets the modification time of every entry, in the directory and in each local header, to 1980-01-01. */
export function fixZipTimes(archive: Uint8Array): Uint8Array {
  const zip = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = endOfDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (entries === 0xffff || at === 0xffffffff) throw new Error("fixZipTimes: zip64 archives are not handled (the workbook is never that large)");
  for (let k = 0; k < entries; k++) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`fixZipTimes: expected directory entry ${k} at byte ${at}`);
    zip.writeUInt16LE(DOS_TIME, at + 12);
    zip.writeUInt16LE(DOS_DATE, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`fixZipTimes: expected a local header at byte ${local}`);
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return archive;
}
