// A zip archive (fflate's writer of headers and directory) whose entries are deflated fragments
// joined (format/sheet-fragment.ts), so no entry is ever held whole or compressed twice. Entries
// are dated 1980-01-01 00:00 (the earliest time zip holds) whatever the machine's time zone, and go
// in the order they are added: the same entries give the same bytes.
import { Zip, type ZipInputFile } from "fflate";
import { crc32Combine } from "../../format/crc32.ts";
import { deflateSheetFragment, type SheetFragment } from "../../format/sheet-fragment.ts";

// A fixed-Huffman block marked final that holds only its end code: what closes a stream left at a byte boundary.
const FINAL_EMPTY_BLOCK = new Uint8Array([0x03, 0x00]);

export class ZipArchive {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private failure: Error | null = null;

  constructor() {
    this.zip = new Zip((error, data) => {
      if (error) this.failure = error;
      else this.chunks.push(data);
    });
  }

  /** Adds one entry from its text in pieces. */
  add(path: string, pieces: Iterable<string>): void {
    this.addDeflated(path, [deflateSheetFragment(pieces)]);
  }

  /**
   * Adds one entry from fragments deflated beforehand (format/sheet-fragment.ts), joined as they
   * are and closed with deflate's empty final block; its CRC is combined from theirs.
   */
  addDeflated(path: string, fragments: Iterable<SheetFragment>): void {
    // fflate reads mtime in local time: a local 1980-01-01 00:00 is the DOS time 0, date 0x21.
    const entry: ZipInputFile = { filename: path, size: 0, crc: 0, compression: 8, mtime: new Date(1980, 0, 1) };
    this.zip.add(entry);
    for (const fragment of fragments) {
      entry.crc = crc32Combine(entry.crc, fragment.crc, fragment.length);
      entry.size += fragment.length;
      // A copy: the fragment is a view into its whole document entry, which the archive would otherwise keep.
      if (fragment.deflated.length > 0) entry.ondata!(null, Uint8Array.prototype.slice.call(fragment.deflated) as Uint8Array<ArrayBuffer>, false);
    }
    entry.ondata!(null, FINAL_EMPTY_BLOCK, true);
    if (this.failure) throw this.failure;
  }

  /** The whole archive. */
  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
