// `assemble`'s edge: the shards' records read from the entries folder and checked against the
// input (run/shard-record.ts), and every entry a record promises found there, before any work: the
// entries then serve as the build's cache, so the release is the one a single machine would make.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { diskCache } from "../cache/document-cache.ts";
import type { CodeFingerprints } from "../release/code-fingerprint.ts";
import type { InputFolder } from "../ingest/read-folder.ts";
import { sha256Of } from "../ingest/input.ts";
import type { DocumentCache } from "../stage/build-dataset.ts";
import { entryFileOf } from "./entry-files.ts";
import { compareStrings } from "../text/compare.ts";
import { ListedFileRefused, readListedFileSync } from "../ingest/open-listed.ts";
import { checkShardRecords, parseShardRecord, shardOfPath, SHARDS_FOLDER, type ShardRecord } from "./shard-record.ts";

/** Far above the record of a shard of a million files (some 150 MB). */
const RECORD_MAX_BYTES = 512 * 1_048_576;

/** A record's text, read as an input is: a FIFO among the records would hang the read. */
function recordText(location: string, shown: string): string {
  try {
    return new TextDecoder().decode(readListedFileSync(location, RECORD_MAX_BYTES));
  } catch (error) {
    if (!(error instanceof ListedFileRefused)) throw error;
    throw new Error(`${shown} ${error.whatFound}: remove it and run that shard again`);
  }
}

export async function shardsEntries(dir: string, folder: InputFolder, code: CodeFingerprints, pseudonymKey: string | null): Promise<{ cache: DocumentCache; notes: string[] } | { problem: string }> {
  if (!existsSync(dir)) return { problem: `there is no entries folder "${dir}": give --entries the folder the shards wrote (build --shard I/N --entries DIR)` };
  const records: [string, ShardRecord][] = [];
  try {
    const folderOfRecords = join(dir, SHARDS_FOLDER);
    const names = existsSync(folderOfRecords) ? readdirSync(folderOfRecords).filter((n) => n.endsWith(".json")).sort(compareStrings) : [];
    for (const name of names) records.push([name, parseShardRecord(join(SHARDS_FOLDER, name), recordText(join(folderOfRecords, name), join(SHARDS_FOLDER, name)))]);
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
  const cache = diskCache(code, dir);
  const checked = checkShardRecords(dir, records, folder.files.map((f) => ({ path: f.path, sha256: sha256Of(f) })), cache.salt);
  if (!checked.ok) return { problem: checked.problem };
  const entryFile = entryFileOf(cache, folder, pseudonymKey);
  for (const file of folder.files) {
    if (checked.entries.get(file.path) !== true) continue;
    if (!existsSync(entryFile(file))) {
      const shard = `${shardOfPath(file.path, checked.count)}/${checked.count}`;
      return { problem: `the entry of ${file.path}, which shard ${shard} made, is not in ${dir} (removed, or made with another pseudonym key?): run claims-dataset build --shard ${shard} --entries ${dir} again` };
    }
  }
  return { cache, notes: checked.notes };
}
