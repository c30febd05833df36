// `npm run bench [-- SIZES [SEED]]`: builds synthetic corpora of each size (default 1,000, 10,000
// and 100,000 documents of about 5 KB), each in its own process, and prints a table of throughput,
// peak memory, time per stage, the I/O floor and rebuild times. A script that prints figures, not a test.
// BENCH_HEAP_MB sets the main thread's heap limit for each size (default 16384).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const sizes = (process.argv[2] ?? "1000,10000,100000").split(",").map(Number);
const seed = process.argv[3] ?? "1";
const one = fileURLToPath(new URL("./bench-one.ts", import.meta.url));

interface Result {
  documents: number;
  inputMB: number;
  outputMB: number;
  coldSeconds: number;
  floorSeconds: number;
  unchangedSeconds: number;
  oneChangedSeconds: number;
  coldPeakRssMB: number;
  coldPeakHeapMB: number;
  peakRssMB: number;
  stagesSeconds: Record<string, number>;
  oneChangedStagesSeconds: Record<string, number>;
}

console.log(`benchmark: seed ${seed}, ${availableParallelism()} cores, node ${process.version}`);
const rows: Result[] = [];
for (const size of sizes) {
  process.stderr.write(`  building ${size} documents ...\n`);
  const child = spawnSync(process.execPath, [`--max-old-space-size=${process.env.BENCH_HEAP_MB ?? "16384"}`, "--no-regexp-tier-up", "--import", "tsx", one, String(size), seed], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) {
    // The error's own line, not only the stack's tail; the whole of stderr is kept beside the temp files.
    const lines = child.stderr.trim().split("\n");
    const log = join(tmpdir(), `bench-${size}.stderr.txt`);
    writeFileSync(log, child.stderr);
    console.log(`| ${size} | failed (${child.signal ?? `exit ${child.status}`}): ${lines.find((l) => /Error|heap|ENO|EMFILE/.test(l)) ?? lines.at(-1) ?? ""} (stderr in ${log}) |`);
    continue;
  }
  rows.push(JSON.parse(child.stdout.trim().split("\n").pop()!) as Result);
}
const f = (n: number, digits = 1) => n.toFixed(digits);
console.log("");
console.log("| documents | input MB | output MB | docs/s | MB/s | peak RSS MB, cold build | peak main-thread heap MB, cold build | peak RSS MB, all three | I/O floor s | build/floor | rebuild, nothing changed s | rebuild, one changed s |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(`| ${r.documents} | ${f(r.inputMB)} | ${f(r.outputMB, 0)} | ${f(r.documents / r.coldSeconds, 0)} | ${f(r.inputMB / r.coldSeconds, 2)} | ${f(r.coldPeakRssMB, 0)} | ${f(r.coldPeakHeapMB, 0)} | ${f(r.peakRssMB, 0)} | ${f(r.floorSeconds, 2)} | ${f(r.coldSeconds / r.floorSeconds, 0)} | ${f(r.unchangedSeconds, 2)} | ${f(r.oneChangedSeconds, 2)} |`);
}
console.log("");
const stages = [...new Set(rows.flatMap((r) => [...Object.keys(r.stagesSeconds), ...Object.keys(r.oneChangedStagesSeconds)]))];
console.log(`| documents | build | ${stages.join(" s | ")} s | per document ms |`);
console.log(`| ---: | --- | ${stages.map(() => "---:").join(" | ")} | ---: |`);
for (const r of rows) {
  console.log(`| ${r.documents} | cold | ${stages.map((s) => f(r.stagesSeconds[s] ?? 0, 2)).join(" | ")} | ${f((r.coldSeconds * 1000) / r.documents, 2)} |`);
  console.log(`| ${r.documents} | one changed | ${stages.map((s) => f(r.oneChangedStagesSeconds[s] ?? 0, 2)).join(" | ")} | ${f((r.oneChangedSeconds * 1000) / r.documents, 2)} |`);
}
