// The pipeline's folders ("rooms") depend on each other in one direction, from the text helpers up
// through the stages to the release plan, the writer and the commands: a room imports only rooms
// below it in ROOMS. A newcomer reading one room never has to read one above it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const PIPELINE = fileURLToPath(new URL("../pipeline", import.meta.url));

/** Lowest first. The files at pipeline/'s top (dataset.ts, issues.ts, cli.ts ...) are shared and not ranked. */
const ROOMS = ["text", "schema", "format", "gazetteer", "ingest", "normalize", "extract", "records", "validate", "stage", "release", "publish", "cache", "verify", "eval", "run", "commands", "bench", "reference"];

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*"(\.{1,2}\/[^"]+)"|new URL\(\s*"(\.{1,2}\/[^"]+)"/g;

function pipelineFiles(): string[] {
  return readdirSync(PIPELINE, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name))
    .map((e) => relative(PIPELINE, join(e.parentPath, e.name)).split(sep).join("/"));
}

function roomOf(path: string): string | null {
  const parts = path.split("/");
  return parts.length > 1 ? parts[0]! : null;
}

test("every pipeline folder is a ranked room, and each imports only rooms below it", () => {
  const files = pipelineFiles();
  const rooms = new Set(files.map(roomOf).filter((r) => r !== null));
  assert.deepEqual([...rooms].filter((r) => !ROOMS.includes(r)), [], "a new folder needs its place in ROOMS");
  const upward: string[] = [];
  let edges = 0;
  for (const file of files) {
    const from = roomOf(file);
    if (from === null) continue;
    const source = readFileSync(join(PIPELINE, file), "utf8").replace(/\/\*[\s\S]*?\*\/|^\s*\/\/[^\n]*/gm, "");
    for (const m of source.matchAll(IMPORT)) {
      const target = posix.normalize(posix.join(posix.dirname(file), m[1] ?? m[2]!));
      if (target.startsWith("../")) continue; // reference data and schemas outside pipeline/
      const to = roomOf(target);
      if (to === null || to === from) continue;
      edges += 1;
      if (ROOMS.indexOf(to) > ROOMS.indexOf(from)) upward.push(`${file} imports ${target}`);
    }
  }
  assert.ok(edges > 100, `only ${edges} imports between rooms were read: the pattern no longer matches the code`);
  assert.deepEqual(upward, []);
});
