// The whole pipeline as one pure function: input files (relative path and bytes) and the optional
// manifest text in; the dataset to publish and every issue met out. Ingest, normalize, extract and
// validate run here; reading the folder and writing the release are the caller's business.
import { threadPool } from "../thread-pool.ts";
import type { Dataset, DatasetIdentity, PublishedText, Row } from "../dataset.ts";
import { parseManifest, type Manifest, type SourceEntry } from "../ingest/manifest.ts";
import { isFatal, type Issue } from "../issues.ts";
import { sha256Hex } from "../text/sha256.ts";
import { mergePeople } from "../records/people.ts";
import { textPathFor, type DocumentTables } from "../records/rows.ts";
import { cacheKey, processInput, timed, type DocumentCache, type DocumentOutcome, type InputFile, type StageOptions } from "./document-stage.ts";
import { TABLE_NAMES, type TableName } from "../schema/tables.ts";
import { validateTables } from "../validate/validate-rows.ts";
import { rejectRows } from "./reject-rows.ts";
import { sortRows } from "./sort-rows.ts";

export type { DocumentCache, DocumentOutcome, InputFile, ProcessedDocument } from "./document-stage.ts";

export interface BuildInput extends StageOptions {
  files: readonly InputFile[];
  /** Text of sources.json, or null when the folder has none. */
  manifestText: string | null;
  version: string;
  /** Input files that exist but could not be read (permissions): each becomes a reject. */
  unreadable?: readonly { path: string; reason: string }[];
  /** Results of documents already processed by the same code (the build's edge keeps them on disk). */
  cache?: DocumentCache;
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

export const DEFAULT_IDENTITY: Omit<DatasetIdentity, "version"> = {
  name: "claims-dataset",
  creator: "claims-dataset-pipeline",
  title: "Claims dataset",
  description: "Quantitative claims, people, places, organisations and quotes extracted from a folder of texts, each recorded as the text states it and attributed to its source.",
};

function inputIssue(sourceFile: string, code: Issue["code"], message: string): Issue {
  return { stage: "ingest", code, sourceFile, table: null, recordId: null, path: null, message };
}

function emptyTables(): Record<TableName, Row[]> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as unknown as Record<TableName, Row[]>;
}

interface Prepared {
  files: InputFile[];
  manifest: Manifest;
  issues: Issue[];
}

function prepare(input: BuildInput): Prepared {
  const files = [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const issues: Issue[] = [];
  let manifest: Manifest = { dataset: null, sources: new Map() };
  if (input.manifestText !== null) {
    const parsed = parseManifest(input.manifestText, new Set([...files.map((f) => f.path), ...(input.unreadable ?? []).map((u) => u.path)]));
    manifest = parsed.manifest;
    issues.push(...parsed.issues);
  }
  return { files, manifest, issues };
}

/** A file's outcome from the cache when the same file was processed by the same code before. */
/** Where a file's results stand in the cache, and the results when the same code made them before. */
interface CacheLookup {
  key: string | null;
  outcome: DocumentOutcome | null;
}

function lookUp(input: BuildInput, file: InputFile, entry: SourceEntry | undefined): CacheLookup {
  if (!input.cache) return { key: null, outcome: null };
  const key = cacheKey(input.cache, file, entry, input.pseudonymizeResidents === true);
  const doc = input.cache.get(key);
  return { key, outcome: doc ? { ok: true, rawSha256: sha256Hex(file.bytes), doc } : null };
}

function remember(input: BuildInput, key: string | null, outcome: DocumentOutcome): DocumentOutcome {
  if (input.cache && key !== null && outcome.ok && outcome.doc.text !== "") input.cache.set(key, outcome.doc);
  return outcome;
}

export function buildDataset(input: BuildInput, onDocument: (path: string) => void = () => {}): BuildResult {
  const prepared = prepare(input);
  const outcomes = prepared.files.map((file) => {
    onDocument(file.path);
    const entry = prepared.manifest.sources.get(file.path);
    const found = lookUp(input, file, entry);
    return found.outcome ?? remember(input, found.key, processInput(file, entry, input));
  });
  return assemble(input, prepared, outcomes);
}

/**
 * The same build with the per-document stage spread over `workers` threads (piscina). Documents are
 * assembled in path order afterwards, so the output is the same whatever the number of workers.
 */
export async function buildDatasetInParallel(input: BuildInput, workers: number, onDocument: (path: string) => void = () => {}): Promise<BuildResult> {
  if (workers <= 1) return buildDataset(input, onDocument);
  const prepared = prepare(input);
  const pool = threadPool(new URL("./document-worker.ts", import.meta.url), workers);
  try {
    const started = performance.now();
    const outcomes = await Promise.all(
      prepared.files.map(async (file) => {
        const entry = prepared.manifest.sources.get(file.path);
        const found = lookUp(input, file, entry);
        if (found.outcome) {
          onDocument(file.path);
          return found.outcome;
        }
        const cacheFile = found.key !== null && input.cache?.fileFor ? input.cache.fileFor(found.key) : null;
        const processed = (await pool.run({ file, entry, pseudonymizeResidents: input.pseudonymizeResidents === true, cacheFile })) as DocumentOutcome;
        const outcome = cacheFile === null ? remember(input, found.key, processed) : processed;
        onDocument(file.path);
        return outcome;
      }),
    );
    // The stage timings are taken inside the threads, which cannot report them: time the whole.
    if (input.timings) input.timings.documents = (input.timings.documents ?? 0) + performance.now() - started;
    return assemble(input, prepared, outcomes);
  } finally {
    await pool.destroy();
  }
}

function assemble(input: BuildInput, prepared: Prepared, outcomes: readonly DocumentOutcome[]): BuildResult {
  const { files, manifest } = prepared;
  const issues: Issue[] = [...prepared.issues];
  const unreadable = (input.unreadable ?? []).map((u) => ({ path: u.path, issue: inputIssue(u.path, "unreadable-file", `${u.path}: cannot be read (${u.reason}); check its permissions, then build again.`) }));
  const extracted = emptyTables();
  let pseudonymized = 0;
  const texts: PublishedText[] = [];
  const sourceFiles = new Map<string, string>();
  const byRawHash = new Map<string, string>();
  const byTextHash = new Map<string, string>();
  const inputs: InputOutcome[] = [];
  const leaveOut = (path: string, issue: Issue) => {
    issues.push(issue);
    inputs.push({ path, status: isFatal(issue) ? "rejected" : "duplicate", documentId: null, code: issue.code });
  };
  files.forEach((file, k) => {
    const outcome = outcomes[k]!;
    if (!outcome.ok) {
      leaveOut(file.path, outcome.issue);
      return;
    }
    const sameBytes = byRawHash.get(outcome.rawSha256);
    if (sameBytes !== undefined) {
      leaveOut(file.path, inputIssue(file.path, "duplicate-file", `${file.path}: has the same bytes as ${sameBytes}, which is built; this copy is left out.`));
      return;
    }
    byRawHash.set(outcome.rawSha256, file.path);
    const doc = outcome.doc;
    pseudonymized += doc.pseudonymized;
    if (doc.text === "") {
      leaveOut(file.path, inputIssue(file.path, "no-body-text", `${file.path}: every one of its ${doc.removedLines} non-empty lines is site chrome (${doc.removalRules.join(", ")}), so it holds no text to build; check that the file holds the page's article.`));
      return;
    }
    const textHash = sha256Hex(doc.text);
    const sameText = byTextHash.get(textHash);
    if (sameText !== undefined) {
      leaveOut(file.path, inputIssue(file.path, "duplicate-text", `${file.path}: once site chrome is removed its text is the same as that of ${sameText}, which is built; this copy is left out.`));
      return;
    }
    const clash = sourceFiles.get(doc.documentId);
    if (clash !== undefined) {
      leaveOut(file.path, inputIssue(file.path, "document-id-clash", `${file.path}: its document id "${doc.documentId}" is already the id of ${clash}; rename one of the files, or give each an id in sources.json.`));
      return;
    }
    byTextHash.set(textHash, file.path);
    inputs.push({ path: file.path, status: "built", documentId: doc.documentId, code: null });
    // A loop, not push(...rows): a document with 100,000 claims would overflow the call stack.
    for (const table of Object.keys(doc.rows) as (keyof DocumentTables)[]) for (const row of doc.rows[table]) extracted[table].push(row);
    texts.push({ documentId: doc.documentId, path: textPathFor(doc.documentId), text: doc.text });
    sourceFiles.set(doc.documentId, file.path);
  });

  for (const u of unreadable) leaveOut(u.path, u.issue);
  inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  extracted.people = mergePeople(extracted.person_roles);
  const validated = timed(input.timings, "validate", () => validateTables(extracted, (id) => sourceFiles.get(id) ?? null));
  issues.push(...validated.issues);
  const tables = validated.tables;
  tables.rejects = rejectRows(issues);
  timed(input.timings, "sort", () => {
    for (const table of TABLE_NAMES) tables[table] = sortRows(table, tables[table]);
  });

  const dates = tables.documents.map((d) => d.published_date).filter((d): d is string => typeof d === "string").sort();
  const named = manifest.dataset;
  const identity: DatasetIdentity = {
    ...DEFAULT_IDENTITY,
    ...(named ? { name: named.name, title: named.title, description: named.description } : {}),
    ...(named?.creator ? { creator: named.creator } : {}),
    version: input.version,
  };
  return {
    dataset: {
      identity,
      tables,
      texts: texts.sort((a, b) => (a.path < b.path ? -1 : 1)),
      releaseDate: dates[dates.length - 1] ?? null,
      pseudonymizedResidents: input.pseudonymizeResidents ? pseudonymized : null,
      provenance: null,
      changes: null,
    },
    issues,
    inputs,
    documentCount: tables.documents.length,
  };
}
