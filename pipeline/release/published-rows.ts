// The edge that reads a published table back one record at a time: the pipeline writes each
// table's JSON with one record per indented block ("  {" ... "  }"), and JSON escapes every line
// break inside a string, so the file can be read line by line without holding it whole.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Row } from "../dataset.ts";

export async function* publishedRows(path: string): AsyncIterable<Row> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let body: string[] | null = null;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (body === null) {
      if (line === "  {") body = [];
      else if (line !== "[" && line !== "]" && line !== "[]") throw new Error(`${path}:${lineNumber}: expected a table laid out as the pipeline writes it (a record per "  {" block), found ${JSON.stringify(line.slice(0, 40))}`);
    } else if (line === "  }" || line === "  },") {
      yield JSON.parse(`{${body.join("")}}`) as Row;
      body = null;
    } else body.push(line);
  }
  if (body !== null) throw new Error(`${path}: ends inside a record`);
}
