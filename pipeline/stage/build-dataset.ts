// The whole pipeline as one pure function: input files (relative path and bytes) and the optional
// manifest text in; the dataset to publish and every issue met out. Ingest, normalize, extract and
// validate run here; reading the folder and writing the release are the caller's business.
import { threadPool } from "../thread-pool.ts";
import { eachInFlight } from "../in-flight.ts";
import type { Dataset, PublishedText, RowSequence } from "../dataset.ts";
import { parseManifest, type Manifest, type SourceEntry } from "../ingest/manifest.ts";
import { isFatal, type Issue, type IssueCode } from "../issues.ts";
import { printable } from "../text/printable.ts";
import { PeopleMerger } from "../records/people.ts";
import { textPathFor } from "../records/rows.ts";
import { cacheKey, entryBytesOf, failedDocument, timed, type DocumentCache, type EntryOutcome, type StageOptions } from "./document-stage.ts";
import { sha256Of, type Input } from "../ingest/input.ts";
import { loadInput } from "./load-input.ts";
import { identityOf } from "./default-identity.ts";
import { TABLE_NAMES, type TableName } from "../schema/tables.ts";
import { validateRows } from "../validate/validate-rows.ts";
import { compareStrings } from "../text/compare.ts";
import { TEXT_PART, type EncodedEntry } from "./document-entry.ts";
import { DocumentEntry } from "./held-entry.ts";
import { SpooledTable } from "./spooled-table.ts";
import type { WorkerOutcome } from "./document-worker.ts";
import { chooseDocuments, inputIssue } from "./keep-originals.ts";
import { rejectRows } from "./reject-rows.ts";
import { sortRows } from "./sort-rows.ts";

export type { DocumentCache, EntryOutcome, ProcessedDocument } from "./document-stage.ts";
export type { Input, InputFile, InputOnDisk } from "../ingest/input.ts";

export interface BuildInput extends StageOptions {
  files: readonly Input[];
  /** Text of sources.json, or null when the folder has none. */
  manifestText: string | null;
  version: string;
  /**
   * The release's date (YYYY-MM-DD) as the edge decided it (release/release-date.ts), or null: the
   * stage reads no clock, so without one the release has no date.
   */
  releaseDate?: string | null;
  /**
   * Input files that exist but were not read, each a reject: with no code, `reason` is the system's
   * (permissions); with one, the words of a refusal that follow the file's name (too large, replaced).
   */
  unreadable?: readonly { path: string; reason: string; code?: IssueCode }[];
  /** Results of documents already processed by the same code (the build's edge keeps them on disk). */
  cache?: DocumentCache;
  /**
   * Every path the manifest may name, when `files` are only some of the folder's (a shard): each
   * file's manifest entry, and so its cache key, must be the one the whole folder gives it.
   */
  folderPaths?: readonly string[];
}

/** What became of one input file. */
export interface InputOutcome {
  path: string;
  status: "built" | "duplicate" | "rejected";
  documentId: string | null;
  code: Issue["code"] | null;
}

export interface BuildResult {
  dataset: Dataset;
  issues: Issue[];
  inputs: InputOutcome[];
  /** Input files that became documents. */
  documentCount: number;
}

interface Prepared {
  files: Input[];
  manifest: Manifest;
  issues: Issue[];
}

function prepare(input: BuildInput): Prepared {
  const files = [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const issues: Issue[] = [];
  let manifest: Manifest = { dataset: {}, sources: new Map() };
  if (input.manifestText !== null) {
    const parsed = parseManifest(input.manifestText, new Set(input.folderPaths ?? [...files.map((f) => f.path), ...(input.unreadable ?? []).map((u) => u.path)]));
    manifest = parsed.manifest;
    for (const issue of parsed.issues) issues.push(issue);
  }
  return { files, manifest, issues };
}

/** Where a file's entry stands in the cache, and the entry when the same code made it before. */
interface CacheLookup {
  key: string | null;
  outcome: EntryOutcome | null;
}

function lookUp(input: BuildInput, file: Input, entry: SourceEntry | undefined): CacheLookup {
  if (!input.cache) return { key: null, outcome: null };
  const key = cacheKey(input.cache, file, entry, input.pseudonymKey ?? null);
  const found = input.cache.get(key);
  return { key, outcome: found ? { ok: true, rawSha256: sha256Of(file), entry: found } : null };
}

// A document whose text is all site chrome is not kept: its outcome is an issue, cheap to make again.
function remember(input: BuildInput, key: string | null, rawSha256: string, encoded: EncodedEntry): EntryOutcome {
  if (input.cache && key !== null && encoded.header.parts[0]! > 0) return { ok: true, rawSha256, entry: input.cache.set(key, encoded) };
  return { ok: true, rawSha256, entry: DocumentEntry.inMemory(encoded.bytes, encoded) };
}

/** An error of the disk the build writes to (its cache or scratch folder), which no document causes. */
export function isDiskError(error: unknown): boolean {
  return ["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EIO"].includes((error as NodeJS.ErrnoException).code ?? "");
}

function processed(input: BuildInput, key: string | null, file: Input, entry: SourceEntry | undefined): EntryOutcome {
  const loaded = loadInput(file);
  if (!loaded.ok) return loaded;
  const outcome = entryBytesOf(loaded.file, entry, input);
  return outcome.ok ? remember(input, key, outcome.rawSha256, outcome.encoded) : outcome;
}

export function buildDataset(input: BuildInput, onDocument: (path: string) => void = () => {}): BuildResult {
  const prepared = prepare(input);
  const outcomes = prepared.files.map((file) => {
    onDocument(file.path);
    const entry = prepared.manifest.sources.get(file.path);
    const found = lookUp(input, file, entry);
    return found.outcome ?? processed(input, found.key, file, entry);
  });
  return assemble(input, prepared, outcomes);
}

const TASKS_PER_THREAD = 4;

/**
 * The same build with the per-document stage spread over `workers` threads (piscina). Documents are
 * assembled in path order afterwards, so the output is the same whatever the number of workers.
 */
export async function buildDatasetInParallel(input: BuildInput, workers: number, onDocument: (path: string) => void = () => {}): Promise<BuildResult> {
  if (workers <= 1) return buildDataset(input, onDocument);
  const prepared = prepare(input);
  const pool = threadPool(new URL("./document-worker.ts", import.meta.url), workers, TASKS_PER_THREAD);
  try {
    const started = performance.now();
    const one = async (file: Input): Promise<EntryOutcome> => {
      const entry = prepared.manifest.sources.get(file.path);
      const found = lookUp(input, file, entry);
      if (found.outcome) {
        onDocument(file.path);
        return found.outcome;
      }
      const cacheFile = found.key !== null && input.cache?.fileFor ? input.cache.fileFor(found.key) : null;
      let made: WorkerOutcome;
      try {
        made = (await pool.run({ file, entry, pseudonymKey: input.pseudonymKey ?? null, sheetFragments: input.sheetFragments ?? true, cacheFile })) as WorkerOutcome;
      } catch (error) {
        // A full or read-only disk is the build's problem, not the document's: it ends the build.
        if (isDiskError(error)) throw error;
        made = { ok: false, issue: failedDocument(file.path, error) };
      }
      onDocument(file.path);
      if (!made.ok) return made;
      if ("stored" in made) return { ok: true, rawSha256: made.rawSha256, entry: DocumentEntry.inFile(made.stored.file, made.stored) };
      return remember(input, found.key, made.rawSha256, made.encoded);
    };
    // A few tasks per thread in flight, not one per file: a queue of 100,000 tasks and their
    // promises would take a few hundred megabytes of the main thread's heap for nothing.
    const outcomes: EntryOutcome[] = new Array(prepared.files.length);
    await eachInFlight(prepared.files.length, workers * TASKS_PER_THREAD, async (k) => {
      outcomes[k] = await one(prepared.files[k]!);
    });
    // The stage timings are taken inside the threads, which cannot report them: time the whole.
    if (input.timings) input.timings.documents = (input.timings.documents ?? 0) + performance.now() - started;
    return assemble(input, prepared, outcomes);
  } finally {
    await pool.destroy();
  }
}

function assemble(input: BuildInput, prepared: Prepared, outcomes: readonly EntryOutcome[]): BuildResult {
  const { files, manifest } = prepared;
  const issues: Issue[] = [...prepared.issues];
  const unreadable = (input.unreadable ?? []).map((u) => ({
    path: u.path,
    issue: inputIssue(u.path, u.code ?? "unreadable-file", u.code === undefined ? `${printable(u.path)}: cannot be read (${u.reason}); check its permissions, then build again.` : `${printable(u.path)} ${u.reason}.`),
  }));
  let pseudonymized = 0;
  const kept: DocumentEntry[] = [];
  const sourceFiles = new Map<string, string>();
  const inputs: InputOutcome[] = [];
  const leaveOut = (path: string, issue: Issue) => {
    issues.push(issue);
    inputs.push({ path, status: isFatal(issue) ? "rejected" : "duplicate", documentId: null, code: issue.code });
  };
  // Decided original first, reported in path order: the issues come in the order they always did.
  chooseDocuments(files.map((f) => f.path), outcomes).forEach((choice, k) => {
    const path = files[k]!.path;
    if ("leftOut" in choice) {
      leaveOut(path, choice.leftOut);
      return;
    }
    const { documentId } = choice.built;
    inputs.push({ path, status: "built", documentId, code: null });
    kept.push(choice.built);
    sourceFiles.set(documentId, path);
  });

  for (const u of unreadable) leaveOut(u.path, u.issue);
  inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Each document's rows were validated and sorted by the per-document stage; people are merged here,
  // a document at a time, so that no build holds every document's person rows at once.
  const people = new PeopleMerger();
  let newestPublished: string | null = null;
  for (const entry of kept) {
    const details = entry.details();
    for (const issue of details.issues) issues.push(issue);
    people.add(details.personRoles);
    pseudonymized += details.pseudonymized;
    const date = details.publishedDate;
    if (date !== null && (newestPublished === null || date > newestPublished)) newestPublished = date;
  }
  const validPeople = timed(input.timings, "validate", () => validateRows("people", people.rows(), (id) => sourceFiles.get(id) ?? null, issues));
  // Every table is sorted by document first: the documents in id order are the tables in order.
  const ordered = kept.sort((a, b) => compareStrings(a.documentId, b.documentId));
  const tables = {} as Record<TableName, RowSequence>;
  for (const table of TABLE_NAMES) {
    if (table === "people") tables.people = sortRows("people", validPeople);
    else if (table === "rejects") tables.rejects = sortRows("rejects", rejectRows(issues));
    else tables[table] = new SpooledTable(table, ordered);
  }
  const texts = textsOf(ordered);

  const identity = identityOf(manifest.dataset, input.version);
  return {
    dataset: {
      identity,
      tables,
      texts,
      releaseDate: input.releaseDate ?? null,
      newestPublished,
      pseudonymizedResidents: input.pseudonymKey ? pseudonymized : null,
      provenance: null,
      changes: null,
    },
    issues,
    inputs,
    documentCount: tables.documents.length,
  };
}

/** A published text read from its entry when asked for: the entry is all it holds. */
class EntryText implements PublishedText {
  constructor(private readonly entry: DocumentEntry) {}

  get documentId(): string {
    return this.entry.documentId;
  }

  get path(): string {
    return textPathFor(this.entry.documentId);
  }

  get text(): string {
    return this.entry.part(TEXT_PART).toString("utf8");
  }
}

/** The documents' texts in path order (which is not always id order: "a.txt" sorts after "a-b.txt"). */
function textsOf(ordered: readonly DocumentEntry[]): PublishedText[] {
  const paths = ordered.map((entry) => textPathFor(entry.documentId));
  const order = paths.map((_, k) => k).sort((i, j) => (paths[i]! < paths[j]! ? -1 : 1));
  return order.map((k) => new EntryText(ordered[k]!));
}
