// The edge that compares a build with the latest published version a document at a time. Each
// document's entry carries a digest of its rows per table; the previous version's table is read back
// a record at a time, and each document's run of records is digested the same way. Only documents
// whose digests differ keep their records' digests for the record-by-record comparison, so memory
// grows with what changed, not with the corpus, and unchanged documents are never parsed twice.
// When the cache holds the previous version's run index, not even that: only the differing
// documents' runs are read.
import { open, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Dataset, Row } from "../dataset.ts";
import { DOCUMENT_TABLES, type DocumentTableName } from "../stage/document-entry.ts";
import { entryRows, type DocumentEntry } from "../stage/held-entry.ts";
import { isSpooled } from "../stage/spooled-table.ts";
import { tableSchemaFor, type TableSchema } from "../schema/table-schema.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import { publishedRows } from "./published-rows.ts";
import { readChecksums, readReleaseDate, readResources } from "./read-release.ts";
import { groupDigest, keyOf, rowDigest, rowDigests } from "../format/row-digest.ts";
import { runsOf, type Run, type RunIndex } from "./run-index.ts";
import type { ReleaseSnapshot } from "./snapshot.ts";

export interface SnapshotPair {
  previous: ReleaseSnapshot;
  /** The candidate's records by key with their digests, for the same documents as `previous` holds. */
  candidateTables: Record<string, ReadonlyMap<string, string>>;
}

const isDocumentTable = (t: string): t is DocumentTableName => (DOCUMENT_TABLES as readonly string[]).includes(t);

/**
 * With `index` (the previous version's run index, release/run-index.ts), a document table whose
 * file has the size the index gives is not read whole: only the runs of documents whose digests
 * differ are read, from their byte ranges.
 */
export async function snapshotsAgainst(versionDir: string, version: string, candidate: Pick<Dataset, "tables">, index: RunIndex | null = null): Promise<SnapshotPair> {
  const previousTables: Record<string, Map<string, string>> = {};
  const candidateTables: Record<string, Map<string, string>> = {};
  const schemas: Record<string, TableSchema> = {};
  for (const resource of await readResources(versionDir)) {
    const table = resource.name;
    const previousKey = resource.schema.primaryKey;
    schemas[table] = resource.schema;
    const before = new Map<string, string>();
    previousTables[table] = before;
    const now = (TABLE_NAMES as readonly string[]).includes(table) ? candidate.tables[table as keyof Dataset["tables"]] : undefined;
    if (now === undefined || !isSpooled(now) || !isDocumentTable(table)) {
      for await (const row of publishedRows(join(versionDir, `${table}.json`))) before.set(keyOf(row, previousKey), rowDigest(row));
      if (now !== undefined) candidateTables[table] = rowDigests(now, tableSchemaFor(table as keyof Dataset["tables"]).primaryKey);
      continue;
    }
    const after = new Map<string, string>();
    candidateTables[table] = after;
    const currentKey = tableSchemaFor(table).primaryKey;
    const file = join(versionDir, `${table}.json`);
    // An index from code with other tables says nothing about this one.
    const indexed = index === null || index.tables[table] === undefined ? null : runsOf(index, table);
    if (indexed !== null && (await stat(file)).size === indexed.fileBytes) {
      await compareIndexedRuns(file, indexed.runs, now.documents(), table, { previousKey, currentKey, before, after });
      continue;
    }
    const byDocument = new Map(now.documents().map((e) => [e.documentId, e]));
    const seen = new Set<string>();
    // A document's run of records ends where the next document's begins.
    const endRun = (documentId: string, run: Row[]) => {
      seen.add(documentId);
      const entry = byDocument.get(documentId);
      if (entry !== undefined && entry.digest(table) === groupDigest(run)) return;
      rowDigests(run, previousKey, before);
      if (entry !== undefined) rowDigests(entryRows(entry, table), currentKey, after);
    };
    let run: Row[] = [];
    let runDocument: string | null = null;
    for await (const row of publishedRows(file)) {
      const documentId = String(row.document_id ?? "");
      if (documentId !== runDocument && runDocument !== null) {
        endRun(runDocument, run);
        run = [];
      }
      runDocument = documentId;
      run.push(row);
    }
    if (runDocument !== null) endRun(runDocument, run);
    // Documents the previous version did not have: every record of theirs is new.
    for (const entry of now.documents()) if (!seen.has(entry.documentId)) rowDigests(entryRows(entry, table), currentKey, after);
  }
  // Tables the previous version did not have are new whole.
  for (const table of TABLE_NAMES) if (!(table in candidateTables)) candidateTables[table] = rowDigests(candidate.tables[table], tableSchemaFor(table).primaryKey);
  return { previous: { version, tables: previousTables, schemas, fileHashes: await readChecksums(versionDir), releaseDate: await readReleaseDate(versionDir) }, candidateTables };
}

interface RunComparison {
  previousKey: readonly string[];
  currentKey: readonly string[];
  /** Filled with the records of documents that differ: the previous version's, and the candidate's. */
  before: Map<string, string>;
  after: Map<string, string>;
}

/** The indexed comparison of one table: a document whose run digest is unchanged is passed over unread. */
async function compareIndexedRuns(file: string, runs: ReadonlyMap<string, Run>, entries: readonly DocumentEntry[], table: DocumentTableName, into: RunComparison): Promise<void> {
  const handle = await open(file);
  try {
    const previousRows = async (run: Run): Promise<Row[]> => {
      if (run.length === 0) return [];
      const bytes = Buffer.alloc(run.length);
      // A read may return fewer bytes than asked: go on until the run is in.
      for (let done = 0; done < run.length; ) {
        const { bytesRead } = await handle.read(bytes, done, run.length - done, run.start + done);
        if (bytesRead === 0) throw new Error(`${file}: ended before byte ${run.start + run.length}, where the run index puts the end of a document's records`);
        done += bytesRead;
      }
      return JSON.parse(`[${bytes.toString("utf8")}]`) as Row[];
    };
    const seen = new Set<string>();
    for (const entry of entries) {
      seen.add(entry.documentId);
      const run = runs.get(entry.documentId);
      if (run !== undefined && run.digest === entry.digest(table)) continue;
      if (run !== undefined) rowDigests(await previousRows(run), into.previousKey, into.before);
      rowDigests(entryRows(entry, table), into.currentKey, into.after);
    }
    // Documents the candidate no longer has: every record of theirs is gone.
    for (const [documentId, run] of runs) if (!seen.has(documentId)) rowDigests(await previousRows(run), into.previousKey, into.before);
  } finally {
    await handle.close();
  }
}
