// A zip archive written entry by entry with fflate's streaming deflate, each entry fed in pieces, so
// no entry is ever held whole. Entries are dated 1980-01-01 00:00 (the earliest time zip holds)
// whatever the machine's time zone, and go in the order they are added: the same entries give the
// same bytes.
import { Zip, ZipDeflate } from "fflate";

const DEFLATE_LEVEL = 6;

export class ZipArchive {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private failure: Error | null = null;
  private readonly encoder = new TextEncoder();

  constructor() {
    this.zip = new Zip((error, data) => {
      if (error) this.failure = error;
      else this.chunks.push(data);
    });
  }

  /** Adds one entry from its text in pieces. */
  add(path: string, pieces: Iterable<string>): void {
    const entry = new ZipDeflate(path, { level: DEFLATE_LEVEL });
    // fflate reads mtime in local time: a local 1980-01-01 00:00 is the DOS time 0, date 0x21.
    entry.mtime = new Date(1980, 0, 1);
    this.zip.add(entry);
    for (const piece of pieces) entry.push(this.encoder.encode(piece));
    entry.push(new Uint8Array(0), true);
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
