// The edge that reads a published table back one record at a time: the pipeline writes each
// table's JSON with one record per indented block ("\n  {" ... "\n  }"), and JSON escapes every
// line break inside a string, so those two markers stand only at a record's edges. The file is read
// in large pieces and cut at the markers: no line-by-line work, and never the whole file at once.
import { createReadStream } from "node:fs";
import type { Row } from "../dataset.ts";

const START = "\n  {";
const END = "\n  }";

export async function* publishedRows(path: string): AsyncIterable<Row> {
  let rest = "";
  let first = true;
  for await (const piece of createReadStream(path, { encoding: "utf8", highWaterMark: 4 * 1024 * 1024 })) {
    const text = rest + (piece as string);
    if (first) {
      if (!text.startsWith("[\n") && !text.startsWith("[]")) throw new Error(`${path}:1: expected a table laid out as the pipeline writes it (a record per "  {" block), found ${JSON.stringify(text.slice(0, 40))}`);
      first = false;
    }
    let at = 0;
    for (;;) {
      const start = text.indexOf(START, at);
      if (start < 0) break;
      const end = text.indexOf(END, start + START.length);
      if (end < 0) {
        at = start;
        break;
      }
      yield JSON.parse(text.slice(start + 3, end + END.length)) as Row;
      at = end + END.length;
    }
    rest = text.slice(at);
  }
  if (rest.includes(START)) throw new Error(`${path}: ends inside a record`);
}
