// The edge that compares a build with the latest published version a document at a time. Each
// document's entry carries a digest of its rows per table; the previous version's table is read back
// a record at a time, and each document's run of records is digested the same way. Only documents
// whose digests differ keep their records' digests for the record-by-record comparison, so memory
// grows with what changed, not with the corpus, and unchanged documents are never parsed twice.
import { join } from "node:path";
import type { Dataset, Row } from "../dataset.ts";
import { DOCUMENT_TABLES, entryRows, type DocumentTableName } from "../build/document-entry.ts";
import { isSpooled } from "../build/spooled-table.ts";
import { tableSchemaFor, type TableSchema } from "../publish/table-schema.ts";
import { TABLE_NAMES } from "../schema/tables.ts";
import { publishedRows } from "./published-rows.ts";
import { readChecksums, readResources } from "./read-release.ts";
import { groupDigest, keyOf, rowDigest, rowDigests } from "./row-digest.ts";
import type { ReleaseSnapshot } from "./snapshot.ts";

export interface SnapshotPair {
  previous: ReleaseSnapshot;
  /** The candidate's records by key with their digests, for the same documents as `previous` holds. */
  candidateTables: Record<string, ReadonlyMap<string, string>>;
}

const isDocumentTable = (t: string): t is DocumentTableName => (DOCUMENT_TABLES as readonly string[]).includes(t);

export async function snapshotsAgainst(versionDir: string, version: string, candidate: Pick<Dataset, "tables">): Promise<SnapshotPair> {
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
    const rows = publishedRows(join(versionDir, `${table}.json`));
    if (now === undefined || !isSpooled(now) || !isDocumentTable(table)) {
      for await (const row of rows) before.set(keyOf(row, previousKey), rowDigest(row));
      if (now !== undefined) candidateTables[table] = rowDigests(now, tableSchemaFor(table as keyof Dataset["tables"]).primaryKey);
      continue;
    }
    const after = new Map<string, string>();
    candidateTables[table] = after;
    const currentKey = tableSchemaFor(table).primaryKey;
    const byDocument = new Map(now.documents().map((e) => [e.header.documentId, e]));
    const seen = new Set<string>();
    // A document's run of records ends where the next document's begins.
    const endRun = (documentId: string, run: Row[]) => {
      seen.add(documentId);
      const entry = byDocument.get(documentId);
      if (entry !== undefined && entry.header.digests[table] === groupDigest(run)) return;
      rowDigests(run, previousKey, before);
      if (entry !== undefined) rowDigests(entryRows(entry, table), currentKey, after);
    };
    let run: Row[] = [];
    let runDocument: string | null = null;
    for await (const row of rows) {
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
    for (const entry of now.documents()) if (!seen.has(entry.header.documentId)) rowDigests(entryRows(entry, table), currentKey, after);
  }
  // Tables the previous version did not have are new whole.
  for (const table of TABLE_NAMES) if (!(table in candidateTables)) candidateTables[table] = rowDigests(candidate.tables[table], tableSchemaFor(table).primaryKey);
  return { previous: { version, tables: previousTables, schemas, fileHashes: await readChecksums(versionDir) }, candidateTables };
}
