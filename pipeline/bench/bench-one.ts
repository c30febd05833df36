// One benchmark size in its own process (so peak memory is this size's): writes the synthetic
// corpus, measures the I/O floor, a cold build, a rebuild with nothing changed (in a fresh process,
// timed whole) and one after a single document changed, and prints the figures as one JSON line.
import { appendFile, mkdir, mkdtemp, open, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runBuild } from "../run/build.ts";
import { syntheticDocument } from "./synthetic-corpus.ts";

const size = Number(process.argv[2]);
const seed = Number(process.argv[3] ?? "1");
const quiet = () => {};

async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  // stat, not readFile: a table of 100,000 documents is larger than readFile will read at once.
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

async function build(input: string, out: string, timings: Record<string, number>): Promise<number> {
  const start = performance.now();
  // A cache of the run's own: a cold build must not find entries an earlier run of the same code left.
  const code = await runBuild({ input, out, allowRejects: false, pseudonymKey: null, version: null, timings, cacheDir: join(work, "cache") }, quiet);
  if (code !== 0) throw new Error(`build exited ${code}`);
  return (performance.now() - start) / 1000;
}

/**
 * A rebuild in a fresh process, timed whole, as a person runs it: starting Node, loading the code and
 * the build. In this process the code would be loaded and compiled already, and its heap large.
 */
function rebuildInFreshProcess(input: string, out: string): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--no-regexp-tier-up", "--import", "tsx", fileURLToPath(new URL("./rebuild-once.ts", import.meta.url)), input, out, join(work, "cache")], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`rebuild exited ${child.status}: ${child.stderr}`);
  return (performance.now() - start) / 1000;
}

const work = await mkdtemp(join(tmpdir(), `bench-${size}-`));
try {
  const input = join(work, "in");
  await mkdir(input);
  let inputBytes = 0;
  for (let i = 0; i < size; i++) {
    const text = syntheticDocument(seed * 1_000_003 + i);
    inputBytes += Buffer.byteLength(text);
    await writeFile(join(input, `d${String(i).padStart(6, "0")}.txt`), text);
  }
  const out = join(work, "out");
  const cold: Record<string, number> = {};
  // The main thread's heap, sampled whenever the event loop is free: RSS also counts the worker threads.
  let coldPeakHeapMB = 0;
  const sampler = setInterval(() => (coldPeakHeapMB = Math.max(coldPeakHeapMB, process.memoryUsage().heapUsed / 2 ** 20)), 100);
  const coldSeconds = await build(input, out, cold);
  clearInterval(sampler);
  // The process's peak so far is the cold build's; the rebuilds' comparison may raise it afterwards.
  const coldPeakRssMB = process.resourceUsage().maxRSS / 1024;
  const outputBytes = await bytesUnder(out);
  // The floor: read every input, write as many bytes as the build wrote, nothing else.
  const floorStart = performance.now();
  let read = 0;
  for (const name of await readdir(input)) read += (await readFile(join(input, name))).length;
  // In pieces: a corpus of 100,000 documents writes more bytes than one Buffer may hold.
  const piece = Buffer.alloc(64 * 1024 * 1024, 1);
  const floorFile = await open(join(work, "floor.bin"), "w");
  for (let left = outputBytes; left > 0; left -= piece.length) await floorFile.write(piece, 0, Math.min(left, piece.length));
  await floorFile.close();
  const floorSeconds = (performance.now() - floorStart) / 1000;
  const unchangedSeconds = rebuildInFreshProcess(input, out);
  await appendFile(join(input, "d000000.txt"), "\nThe county also built 40 new roads in 2020.\n");
  const rebuild: Record<string, number> = {};
  const oneChangedSeconds = await build(input, out, rebuild);
  console.log(JSON.stringify({
    documents: size,
    inputMB: inputBytes / 1e6,
    outputMB: outputBytes / 1e6,
    readMB: read / 1e6,
    coldSeconds,
    floorSeconds,
    unchangedSeconds,
    oneChangedSeconds,
    coldPeakRssMB,
    coldPeakHeapMB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    stagesSeconds: Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, v / 1000])),
    oneChangedStagesSeconds: Object.fromEntries(Object.entries(rebuild).map(([k, v]) => [k, v / 1000])),
  }));
} finally {
  await rm(work, { recursive: true, force: true });
}
