import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stableJson } from "../pipeline/format/stable-json.ts";
import { publishedRows } from "../pipeline/release/published-rows.ts";
import { smallDataset } from "./fixtures/small-dataset.ts";
import { inTempDir } from "./helpers.ts";

async function collect(path: string) {
  const rows = [];
  for await (const row of publishedRows(path)) rows.push(row);
  return rows;
}

test("a published table read back a record at a time gives the rows written, hostile text included", async () => {
  await inTempDir("published-rows", async (dir) => {
    const rows = [...smallDataset().tables.claims, { ...smallDataset().tables.claims[0]!, claim_id: "z", sentence: '  },\n  {\r"x": [1]\u2028 👍', span_text: "  }" }];
    await writeFile(join(dir, "claims.json"), stableJson(rows));
    assert.deepEqual(await collect(join(dir, "claims.json")), rows);
    await writeFile(join(dir, "empty.json"), stableJson([]));
    assert.deepEqual(await collect(join(dir, "empty.json")), []);
  });
});

test("a table not laid out as the pipeline writes it is named, with its line", async () => {
  await inTempDir("published-rows", async (dir) => {
    await writeFile(join(dir, "t.json"), JSON.stringify([{ a: 1 }]));
    await assert.rejects(collect(join(dir, "t.json")), /t\.json:1: expected a table laid out as the pipeline writes it/);
    await writeFile(join(dir, "cut.json"), "[\n  {\n    \"a\": 1\n");
    await assert.rejects(collect(join(dir, "cut.json")), /cut\.json: ends inside a record/);
  });
});
