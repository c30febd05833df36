// The per-document stage on worker threads must not change a byte: the same corpus built with 1 and
// with 4 workers, with and without the cache, gives identical releases.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../pipeline/cli.ts";
import { syntheticDocument } from "../pipeline/bench/synthetic-corpus.ts";
import { dateBuilds, readTree } from "./helpers.ts";

dateBuilds();

test("1 worker and 4 workers, cold and cached, publish identical bytes", async () => {
  const dir = await mkdtemp(join(tmpdir(), "workers-"));
  try {
    const input = join(dir, "in");
    await mkdir(input);
    for (let i = 0; i < 40; i++) await writeFile(join(input, `doc-${String(i).padStart(3, "0")}.txt`), syntheticDocument(1000 + i, 2_000));
    const builds: [string, string[]][] = [
      ["one", ["--workers", "1", "--no-cache"]],
      ["four", ["--workers", "4", "--no-cache"]],
      ["four-cached", ["--workers", "4"]],
      ["one-cached", ["--workers", "1"]],
    ];
    const trees: Map<string, string>[] = [];
    for (const [name, flags] of builds) {
      const out = join(dir, name);
      assert.equal(await main(["build", "--input", input, "--out", out, ...flags], () => {}), 0, name);
      trees.push(await readTree(join(out, "claims-dataset", "1.0.0")));
    }
    assert.ok(trees[0]!.size > 40);
    for (const t of trees.slice(1)) assert.deepEqual(t, trees[0]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
