// The recipes in docs/sharding/ run as written, here, on four shards: the Slurm scripts with the
// variables a job array sets, and the shell the Kubernetes Jobs' containers run with the index the
// Indexed Job sets. Each gives a release byte for byte the same as a single build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cp, mkdir, readdir, symlink } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inTempDir, readTreeBytes } from "./helpers.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RECIPES = join(ROOT, "docs", "sharding");

/** The shell script a Job's container runs: the block under `args: - |`, unindented. */
function jobScript(file: string): string {
  const lines = readFileSync(join(RECIPES, file), "utf8").split("\n");
  const start = lines.findIndex((l) => /^\s*- \|$/.test(l));
  assert.ok(start > 0, `${file} has an args block`);
  const indent = /^\s*/.exec(lines[start + 1]!)![0].length;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() !== "" && /^\s*/.exec(line)![0].length < indent) break;
    body.push(line.slice(indent));
  }
  return body.join("\n");
}

/** The value of a `{ name: NAME, value: ... }` line of a Job's env. */
function jobEnv(file: string, name: string): string {
  const m = new RegExp(`\\{ name: ${name}, value: "?([^"}]+?)"? \\}`).exec(readFileSync(join(RECIPES, file), "utf8"));
  assert.ok(m, `${file} sets ${name}`);
  return m[1]!;
}

async function setUp(dir: string): Promise<NodeJS.ProcessEnv> {
  await cp(join(ROOT, "test", "fixtures", "forms"), join(dir, "corpus"), { recursive: true });
  await mkdir(join(dir, "bin"));
  await symlink(join(ROOT, "bin", "claims-dataset.js"), join(dir, "bin", "claims-dataset"));
  return { ...process.env, PATH: `${join(dir, "bin")}:${process.env.PATH}`, SOURCE_DATE_EPOCH: "1719705600" };
}

function run(cwd: string, env: NodeJS.ProcessEnv, shell: string, args: string[]): void {
  const r = spawnSync(shell, args, { cwd, env, encoding: "utf8" });
  assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
}

async function assertSameAsOneBuild(dir: string, env: NodeJS.ProcessEnv, assembled: string): Promise<void> {
  run(dir, env, "claims-dataset", ["build", "--input", "corpus", "--out", "single", "--no-cache"]);
  const [a, b] = [await readTreeBytes(join(dir, assembled)), await readTreeBytes(join(dir, "single"))];
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  for (const [path, bytes] of b) assert.ok(a.get(path)!.equals(bytes), path);
}

test("the Slurm job array and its assembly, as written, on four shards", async () => {
  await inTempDir("slurm", async (dir) => {
    const env = await setUp(dir);
    for (let task = 1; task <= 4; task++) run(dir, { ...env, SHARDS: "4", SLURM_ARRAY_TASK_ID: String(task), SLURM_CPUS_PER_TASK: "1" }, "bash", [join(RECIPES, "slurm-shards.sbatch")]);
    assert.equal((await readdir(join(dir, "entries", "shards"))).length, 4);
    run(dir, env, "bash", [join(RECIPES, "slurm-assemble.sbatch")]);
    await assertSameAsOneBuild(dir, env, "dist");
  });
});

test("the Kubernetes Indexed Job's shell and the assembly Job's, as written, on four shards", async () => {
  await inTempDir("k8s", async (dir) => {
    const env = await setUp(dir);
    // The Jobs' paths are the volume's; here they are the test's folder.
    const paths = { CORPUS: join(dir, "corpus"), ENTRIES: join(dir, "entries"), OUT: join(dir, "dist") };
    assert.equal(jobEnv("k8s-shards-job.yaml", "ENTRIES"), "/data/entries");
    const shards = jobScript("k8s-shards-job.yaml");
    assert.match(shards, /--shard "\$\(\(JOB_COMPLETION_INDEX \+ 1\)\)\/\$SHARDS"/);
    for (let index = 0; index < 4; index++) run(dir, { ...env, ...paths, SHARDS: "4", JOB_COMPLETION_INDEX: String(index) }, "sh", ["-c", shards]);
    run(dir, { ...env, ...paths }, "sh", ["-c", jobScript("k8s-assemble-job.yaml")]);
    await assertSameAsOneBuild(dir, env, "dist");
  });
});
