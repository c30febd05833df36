// Builds past one machine: `build --shard I/N --entries DIR` runs the per-document stage on shard I
// of N of the input files and leaves their entries in DIR, with a record of what it did;
// `assemble --entries DIR` checks the records and builds the release from the entries. This file
// is the records' shape and the checks, pure: which shard a file belongs to, and what keeps the
// records from making the release (a shard missing, run twice with other results, by other code,
// or on other inputs).
import { join } from "node:path";
import { z } from "zod";
import { sha256Hex } from "../text/sha256.ts";

export interface ShardSpec {
  /** From 1. */
  index: number;
  count: number;
}

export const SHARDS_FOLDER = "shards";
/** Beyond this many shards each holds few files and the records outweigh the work. */
export const MAX_SHARDS = 10_000;

/** "2/4" as shard 2 of 4, or why not. */
export function parseShard(text: string): ShardSpec | { error: string } {
  const m = /^(\d{1,5})\/(\d{1,5})$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (m === null || count < 1 || count > MAX_SHARDS || index < 1 || index > count) return { error: `--shard needs I/N, shard I of N counted from 1, such as 2/4 (N at most 10,000), got "${text}"` };
  return { index, count };
}

/** The shard a file belongs to: from its path alone, so adding a file moves no other. */
export function shardOfPath(path: string, count: number): number {
  return (Number.parseInt(sha256Hex(path).slice(0, 12), 16) % count) + 1;
}

const ShardRecordSchema = z.object({
  shard: z.string(),
  /** The per-document stage's salt (its code, lockfile and reference data): entries are only alike under the same one. */
  salt: z.string(),
  files: z.array(z.object({ path: z.string(), sha256: z.string(), entry: z.boolean() })),
});

export type ShardRecord = z.infer<typeof ShardRecordSchema>;

export function parseShardRecord(name: string, text: string): ShardRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not JSON (a shard stopped while writing it?): remove it and run that shard again`);
  }
  const parsed = ShardRecordSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${name} is not a shard record (${parsed.error.issues[0]?.message ?? "unexpected shape"}): remove it and run that shard again`);
  return parsed.data;
}

/** The records' name in the shards folder: the shard, and one run's own token, so two runs of a shard both stay to be seen. */
export function shardRecordName(spec: ShardSpec, token: string): string {
  return `${spec.index}-of-${spec.count}.${token}.json`;
}

/** What the entries hold for each input file, once the records agree; or the one line that says why they cannot be used. */
export type ShardCheck = { ok: true; count: number; entries: Map<string, boolean>; notes: string[] } | { ok: false; problem: string };

/**
 * Checks the records in `dir` against the input files and today's salt. `records` are [file name,
 * record] in name order.
 */
export function checkShardRecords(dir: string, records: readonly [string, ShardRecord][], files: readonly { path: string; sha256: string }[], salt: string): ShardCheck {
  const run = (shard: string) => `run claims-dataset build --shard ${shard} --entries ${dir} again`;
  // A shard with a record to replace: its old records must go first, or the two runs would disagree.
  const rerun = (shard: string) => `remove ${join(dir, SHARDS_FOLDER, `${shard.replace("/", "-of-")}.*.json`)} and ${run(shard)}`;
  if (records.length === 0) return { ok: false, problem: `${dir} holds no shard records (${SHARDS_FOLDER}/*.json): run claims-dataset build --shard I/N --entries ${dir} for each shard I of N first` };
  const parsed = records.map(([name, r]) => ({ name, record: r, spec: parseShard(r.shard) }));
  const bad = parsed.find((s) => "error" in s.spec);
  if (bad) return { ok: false, problem: `${bad.name} names shard "${bad.record.shard}", which is not I/N: remove it` };
  const specs = parsed as { name: string; record: ShardRecord; spec: ShardSpec }[];
  const counts = [...new Set(specs.map((s) => s.spec.count))];
  if (counts.length > 1) return { ok: false, problem: `the records in ${dir} split the files into different numbers of shards (${counts.join(" and ")}): keep one run's records, or start again in an empty folder` };
  const count = counts[0]!;
  const other = specs.find((s) => s.record.salt !== salt);
  if (other) return { ok: false, problem: `shard ${other.record.shard} (${other.name}) was run by other pipeline code than this assemble: ${rerun(other.record.shard)}, with this code` };
  const notes: string[] = [];
  const byShard = new Map<number, ShardRecord>();
  for (const s of specs) {
    const index = s.spec.index;
    const seen = byShard.get(index);
    if (seen === undefined) {
      byShard.set(index, s.record);
      continue;
    }
    const twins = specs.filter((t) => t.spec.index === index).map((t) => t.name);
    if (JSON.stringify(seen.files) !== JSON.stringify(s.record.files)) return { ok: false, problem: `shard ${s.record.shard} ran more than once with different results (${twins.join(", ")}): ${rerun(s.record.shard)}` };
    if (!notes.some((n) => n.startsWith(`shard ${s.record.shard} `))) notes.push(`shard ${s.record.shard} ran more than once (${twins.join(", ")}), with the same result each time; it is used once`);
  }
  for (let index = 1; index <= count; index++) {
    if (!byShard.has(index)) return { ok: false, problem: `shard ${index}/${count} has no record in ${join(dir, SHARDS_FOLDER)}: it did not run, or did not finish; ${run(`${index}/${count}`)}` };
  }
  const entries = new Map<string, boolean>();
  const listed = new Map<string, { sha256: string; entry: boolean; shard: number }>();
  for (const [index, record] of byShard) for (const f of record.files) listed.set(f.path, { ...f, shard: index });
  for (const file of files) {
    const shard = shardOfPath(file.path, count);
    const seen = listed.get(file.path);
    if (seen === undefined || seen.shard !== shard) return { ok: false, problem: `${file.path} is in shard ${shard}/${count}, whose record does not list it (was it added after the shard ran?): ${rerun(`${shard}/${count}`)}` };
    if (seen.sha256 !== file.sha256) return { ok: false, problem: `${file.path} has changed since shard ${shard}/${count} ran: ${rerun(`${shard}/${count}`)}` };
    entries.set(file.path, seen.entry);
  }
  const gone = [...listed.keys()].find((path) => !entries.has(path));
  if (gone !== undefined) return { ok: false, problem: `shard ${listed.get(gone)!.shard}/${count} processed ${gone}, which the input folder no longer holds: ${rerun(`${listed.get(gone)!.shard}/${count}`)}` };
  return { ok: true, count, entries, notes };
}
