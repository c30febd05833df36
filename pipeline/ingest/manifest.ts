// The optional sources manifest (sources.json) in, curated metadata per input file and the dataset's
// own details out, with a list of issues. Every key is checked on its own (manifest-fields.ts): a bad
// value loses that key only; an entry is left out only when it names no usable file of the folder.
// Messages number entries from 1, as a person counts them; `path` stays a JSON pointer, from 0.
import type { z } from "zod";
import type { Issue } from "../issues.ts";
import { DatasetEntrySchema, SourceEntrySchema, type DatasetEntry, type SourceEntry } from "./manifest-fields.ts";

export { DatasetEntrySchema, SourceEntrySchema, type DatasetEntry, type SourceEntry } from "./manifest-fields.ts";

export interface Manifest {
  /** The dataset's details that were given and valid; empty when none were (the defaults then hold). */
  dataset: DatasetEntry;
  /** Valid entries by the file they describe (normalised to '/' separators). */
  sources: Map<string, SourceEntry>;
}

export const MANIFEST_FILE = "sources.json";

const FIELD_LEFT_OUT = "The key is left out and the rest of the entry kept; fix the key";
const DEFAULT_USED = "The key is left out and its default used; fix the key";

function manifestIssue(code: Issue["code"], path: string, message: string): Issue {
  return { stage: "manifest", code, sourceFile: MANIFEST_FILE, table: null, recordId: null, path, message };
}

/** A JSON pointer's reference token: '~' and '/' escaped as RFC 6901 asks. */
const token = (key: string | number) => String(key).replace(/~/g, "~0").replace(/\//g, "~1");

/** What came in, short enough for a message. */
function got(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (value !== null && typeof value === "object") return "an object";
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}..."` : json;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) at = isObject(at) || Array.isArray(at) ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/** `key "creators"`, or for a place inside it `key "creators" (item 2, "orcid")`: items counted from 1. */
function keyLabel(key: string, inner: readonly PropertyKey[]): string {
  const parts = inner.map((p) => (typeof p === "number" ? `item ${p + 1}` : JSON.stringify(String(p))));
  return `key ${JSON.stringify(key)}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`;
}

/** Issues for one key whose value `schema` refuses, each naming the place, what was expected and what came in. */
function keyIssues(code: Issue["code"], error: z.ZodError, value: unknown, at: string, label: string, key: string, consequence: string): Issue[] {
  return error.issues.map((i) => {
    const path = [at, token(key), ...i.path.map((p) => token(p as string | number))].join("/");
    // A message of ours may say what came in already ("got an absolute path"); zod's do not.
    const came = /\bgot\b/.test(i.message) ? "" : `, got ${got(valueAt(value, i.path))}`;
    const message = `${MANIFEST_FILE}: ${label}: ${keyLabel(key, i.path)}: ${i.message}${came}. ${consequence}.`;
    return manifestIssue(code, path, message);
  });
}

/** The keys of `raw` that `shape` accepts, each checked alone; unknown and invalid keys are reported and left out. */
function checkedKeys(shape: Readonly<Record<string, z.ZodType>>, raw: Record<string, unknown>, at: string, label: string, consequence: string, issues: Issue[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    // Own keys only: "toString" or "__proto__" would find the shape's prototype, which is no schema.
    const schema = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (schema === undefined) {
      issues.push(manifestIssue("manifest-field-invalid", `${at}/${token(key)}`, `${MANIFEST_FILE}: ${label}: unknown key ${JSON.stringify(key)} (expected one of ${Object.keys(shape).join(", ")}). ${consequence}.`));
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) kept[key] = parsed.data;
    else issues.push(...keyIssues("manifest-field-invalid", parsed.error, value, at, label, key, consequence));
  }
  return kept;
}

function datasetOf(raw: unknown, issues: Issue[]): DatasetEntry {
  if (!isObject(raw)) {
    issues.push(manifestIssue("manifest-entry-invalid", "/dataset", `${MANIFEST_FILE}: "dataset": expected an object such as {"name": "my-corpus", "title": "..."}, got ${got(raw)}. The defaults are used; fix it.`));
    return {};
  }
  const dataset = checkedKeys(DatasetEntrySchema.shape, raw, "/dataset", "dataset", DEFAULT_USED, issues) as DatasetEntry;
  if (dataset.creator !== undefined && dataset.creators !== undefined) {
    issues.push(manifestIssue("manifest-field-invalid", "/dataset/creator", `${MANIFEST_FILE}: dataset: key "creator": expected either "creator" (one name) or "creators" (a list), got both. "creators" is used; remove one.`));
    delete dataset.creator;
  }
  return dataset;
}

/** Checks one entry of `sources`; the entry is added to `manifest` unless it names no usable file. */
function addEntry(raw: unknown, index: number, inputFiles: ReadonlySet<string>, manifest: Manifest, seenIds: Map<string, string>, issues: Issue[]): void {
  const at = `/sources/${index}`;
  const named = isObject(raw) && typeof raw.file === "string" && raw.file !== "" ? ` (${raw.file})` : "";
  const label = `entry ${index + 1}${named}`;
  if (!isObject(raw)) {
    issues.push(manifestIssue("manifest-entry-invalid", at, `${MANIFEST_FILE}: ${label}: expected an object such as {"file": "a.txt", "outlet": "..."}, got ${got(raw)}. The entry is left out; fix it.`));
    return;
  }
  const fileCheck = SourceEntrySchema.shape.file.safeParse(raw.file);
  if (!fileCheck.success) {
    issues.push(...keyIssues("manifest-entry-invalid", fileCheck.error, raw.file, at, label, "file", "An entry describes the file it names, so the entry is left out; fix it to name a .txt file in the input folder"));
    return;
  }
  const file = fileCheck.data.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (!inputFiles.has(file)) {
    issues.push(manifestIssue("manifest-missing-file", `${at}/file`, `${MANIFEST_FILE}: ${label}: names "${fileCheck.data}", which is not a .txt file in the input folder; fix the name or remove the entry.`));
    return;
  }
  if (manifest.sources.has(file)) {
    issues.push(manifestIssue("manifest-entry-invalid", `${at}/file`, `${MANIFEST_FILE}: ${label}: describes "${file}" again; keep one entry per file. This entry is left out.`));
    return;
  }
  const { file: _, ...rest } = raw;
  const entry = checkedKeys(SourceEntrySchema.shape, rest, at, label, FIELD_LEFT_OUT, issues) as Omit<SourceEntry, "file">;
  if (entry.id !== undefined) {
    const first = seenIds.get(entry.id);
    if (first !== undefined) {
      issues.push(manifestIssue("manifest-field-invalid", `${at}/id`, `${MANIFEST_FILE}: ${label}: key "id": expected an id of its own, got "${entry.id}", the id of ${first}. ${FIELD_LEFT_OUT}.`));
      delete entry.id;
    } else seenIds.set(entry.id, label);
  }
  manifest.sources.set(file, { ...entry, file });
}

/** Parses the manifest text; `inputFiles` are the .txt files found, relative to the input folder. */
export function parseManifest(jsonText: string, inputFiles: ReadonlySet<string>): { manifest: Manifest; issues: Issue[] } {
  const manifest: Manifest = { dataset: {}, sources: new Map() };
  const issues: Issue[] = [];
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push(manifestIssue("manifest-entry-invalid", "", `${MANIFEST_FILE} is not valid JSON (${reason}); fix it, or remove it to build from the texts alone.`));
    return { manifest, issues };
  }
  if (!isObject(data)) {
    issues.push(manifestIssue("manifest-entry-invalid", "", `${MANIFEST_FILE}: top level: expected an object {"dataset"?: {...}, "sources"?: [...]}, got ${got(data)}. Nothing in it is used; fix it.`));
    return { manifest, issues };
  }
  for (const key of Object.keys(data)) {
    if (key !== "dataset" && key !== "sources") issues.push(manifestIssue("manifest-field-invalid", `/${token(key)}`, `${MANIFEST_FILE}: top level: unknown key ${JSON.stringify(key)} (expected "dataset" or "sources"). The key is left out; fix it.`));
  }
  if (data.dataset !== undefined) manifest.dataset = datasetOf(data.dataset, issues);
  if (data.sources === undefined) return { manifest, issues };
  if (!Array.isArray(data.sources)) {
    issues.push(manifestIssue("manifest-entry-invalid", "/sources", `${MANIFEST_FILE}: "sources": expected a list of entries [{"file": ...}, ...], got ${got(data.sources)}. No entry is used; fix it.`));
    return { manifest, issues };
  }
  const seenIds = new Map<string, string>();
  data.sources.forEach((raw, index) => addEntry(raw, index, inputFiles, manifest, seenIds, issues));
  return { manifest, issues };
}
