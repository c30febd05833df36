// `build --shard I/N --entries DIR`: the per-document stage on shard I of N of the input files, its
// entries left in DIR (the cache's format and names, so every machine's shards can share one
// folder), and a record of what it did in DIR/shards/, written last: a shard that stopped early
// leaves no record, and `assemble` names it.
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { diskCache } from "../cache/document-cache.ts";
import { codeFingerprints } from "../release/code-fingerprint.ts";
import { DEFAULT_MAX_FILE_BYTES } from "../ingest/open-listed.ts";
import { ManifestRefused, readInputFolder } from "../ingest/read-folder.ts";
import { sha256Of } from "../ingest/input.ts";
import { buildDatasetInParallel } from "../stage/build-dataset.ts";
import { entryFileOf, folderPaths } from "./entry-files.ts";
import { printable } from "../text/printable.ts";
import { withSheetFragments } from "./build-options.ts";
import { entriesProblem } from "./check-output.ts";
import { shardOfPath, shardRecordName, SHARDS_FOLDER, type ShardRecord, type ShardSpec } from "./shard-record.ts";

export interface ShardOptions {
  input: string;
  entries: string;
  shard: ShardSpec;
  pseudonymKey: string | null;
  maxFileBytes?: number;
  workers?: number;
}

export async function runShard(options: ShardOptions, log: (line: string) => void): Promise<number> {
  const { index, count } = options.shard;
  const refused = entriesProblem(options.input, options.entries);
  if (refused !== null) {
    log(`error: ${refused}`);
    return 2;
  }
  let folder;
  try {
    folder = await readInputFolder(options.input, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  } catch (error) {
    log(`error: ${error instanceof ManifestRefused ? error.message : `cannot read the input folder "${options.input}": ${error instanceof Error ? error.message : String(error)}. Give an existing folder of .txt files with --input`}.`);
    return 2;
  }
  const mine = folder.files.filter((f) => shardOfPath(f.path, count) === index);
  try {
    mkdirSync(join(options.entries, SHARDS_FOLDER), { recursive: true });
  } catch (error) {
    log(`error: cannot make the entries folder ${options.entries} (${(error as NodeJS.ErrnoException).code ?? String(error)}): give --entries a folder you may write, shared by every shard.`);
    return 2;
  }
  log(`build: shard ${index}/${count}: ${mine.length} of the ${folder.files.length} text file(s) in ${options.input}`);
  const code = await codeFingerprints();
  const cache = diskCache(code, options.entries);
  const workers = Math.min(options.workers ?? (mine.length >= 200 ? availableParallelism() : 1), availableParallelism());
  let done = 0;
  await buildDatasetInParallel({ files: mine, folderPaths: folderPaths(folder), manifestText: folder.manifestText, version: "0.0.0", pseudonymKey: options.pseudonymKey, sheetFragments: withSheetFragments(folder.files), cache }, workers, (path) => {
    done++;
    if (mine.length <= 200 || done % 1000 === 0 || done === mine.length) log(`  [${done}/${mine.length}] ${printable(path)}`);
  });
  // Which files have an entry: a document the stage rejected, or one that is only site chrome, has
  // none, and assemble processes it again (cheaply) to report it as a plain build does.
  const entryFile = entryFileOf(cache, folder, options.pseudonymKey);
  const files = mine.map((f) => ({ path: f.path, sha256: sha256Of(f), entry: existsSync(entryFile(f)) }));
  const record: ShardRecord = { shard: `${index}/${count}`, salt: cache.salt, files };
  const name = shardRecordName(options.shard, randomUUID());
  const path = join(options.entries, SHARDS_FOLDER, name);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(record, null, 1)}\n`);
  renameSync(`${path}.tmp`, path);
  const withEntries = files.filter((f) => f.entry).length;
  log(`build: shard ${index}/${count} done: ${withEntries} entr${withEntries === 1 ? "y" : "ies"} in ${options.entries}${files.length > withEntries ? `, ${files.length - withEntries} file(s) without one (rejected, or only site chrome: assemble reports them)` : ""}; record ${SHARDS_FOLDER}/${name}`);
  return 0;
}
