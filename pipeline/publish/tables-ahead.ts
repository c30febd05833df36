// The tables and texts written while the documents are still being processed. The threaded build
// hands over each document that will be in the tables, in the tables' order, as soon as the ones
// before it are settled (build-dataset.ts onEntry); its parts go straight into the staging folder,
// so the disk works while the threads do, rather than after them. The files are the same bytes the
// writer would make from the finished dataset: `finish` checks the documents against the tables'
// order and, should they differ, removes what it wrote so that the writer writes it all.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { DOCUMENT_TABLES, TEXT_PART, type DocumentEntry, type DocumentTableName } from "../build/document-entry.ts";
import { TableJoin } from "../build/spooled-table.ts";
import { textPathFor } from "../records/rows.ts";
import { csvPathOf, jsonPathOf } from "./datapackage.ts";
import type { Digest } from "./file-content.ts";
import { fileWritten } from "./write-faults.ts";
import { folderTargets, openSink } from "./write-release.ts";

type Sink = Awaited<ReturnType<typeof openSink>>;

interface OpenTable {
  table: DocumentTableName;
  join: TableJoin;
  csv: Sink;
  json: Sink;
}

export class TablesAhead {
  /** The document ids handed over, in order. */
  private readonly ids: string[] = [];
  private readonly digests = new Map<string, Digest>();
  private tables: OpenTable[] | null = null;
  private targetOf: ((path: string) => Promise<string>) | null = null;
  // Each document is written after the one before: the writes are a chain, and a failure ends it.
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly folder: string) {}

  /** The next document of the tables; written when the ones before it are. */
  add(entry: DocumentEntry): void {
    this.ids.push(entry.header.documentId);
    this.chain = this.chain.then(() => this.write(entry));
    // Thrown by finish; until then a failed write must not count as unhandled.
    this.chain.catch(() => {});
  }

  private async write(entry: DocumentEntry): Promise<void> {
    if (this.stopped) return;
    this.targetOf ??= await folderTargets(this.folder);
    this.tables ??= await Promise.all(DOCUMENT_TABLES.map(async (table) => ({ table, join: new TableJoin(table), csv: await openSink(await this.targetOf!(csvPathOf(table))), json: await openSink(await this.targetOf!(jsonPathOf(table))) })));
    for (const open of this.tables) {
      await open.csv.write(open.join.csvPiece(entry));
      await open.json.write(open.join.jsonPiece(entry));
    }
    // After the table parts, so the entry's bytes are still the ones last read.
    const path = textPathFor(entry.header.documentId);
    const text = await openSink(await this.targetOf(path));
    try {
      await text.write(entry.part(TEXT_PART));
      this.digests.set(path, await text.close());
    } finally {
      await text.abandon();
    }
    fileWritten();
  }

  /**
   * Waits for the last write and closes the tables. `documents` are the tables' documents in order:
   * when the ones handed over are those, returns the digest of every file written (the tables of
   * documents and the texts); otherwise, or when none were handed over, removes them and returns null.
   */
  async finish(documents: readonly DocumentEntry[]): Promise<Map<string, Digest> | null> {
    try {
      await this.chain;
      const same = this.tables !== null && documents.length === this.ids.length && documents.every((d, k) => d.header.documentId === this.ids[k]);
      if (!same) {
        await this.abandon();
        await this.removeWritten();
        return null;
      }
      for (const open of this.tables!) {
        await open.csv.write(open.join.csvEnd());
        this.digests.set(csvPathOf(open.table), await open.csv.close());
        fileWritten();
        await open.json.write(open.join.jsonEnd());
        this.digests.set(jsonPathOf(open.table), await open.json.close());
        fileWritten();
      }
      return this.digests;
    } finally {
      await this.abandon();
    }
  }

  /** Lets the writes in flight end and closes every file: for a build that stops before finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.chain.catch(() => {});
    await this.abandon();
  }

  /** Closes whatever a failure left open. */
  private async abandon(): Promise<void> {
    for (const open of this.tables ?? []) {
      await open.csv.abandon();
      await open.json.abandon();
    }
  }

  private async removeWritten(): Promise<void> {
    const paths = [...this.digests.keys(), ...DOCUMENT_TABLES.flatMap((t) => [csvPathOf(t), jsonPathOf(t)])];
    for (const path of paths) await rm(join(this.folder, path), { force: true });
    this.digests.clear();
  }
}
