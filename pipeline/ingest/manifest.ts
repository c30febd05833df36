// The optional sources manifest (sources.json) in, curated metadata per input file and a list of
// issues out. Each entry is checked on its own with zod, so one bad entry never sinks the others.
import { z } from "zod";
import type { Issue } from "../issues.ts";

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");

const relativePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(p) && !p.startsWith("\\"), "expected a path relative to the input folder, got an absolute path")
  .refine((p) => !p.split(/[\\/]/).includes(".."), "expected a path inside the input folder, got one that leaves it with '..'");

export const SourceEntrySchema = z.strictObject({
  file: relativePath,
  // Ids and names become file and folder names: 100 characters keeps them far inside the 255 bytes
  // a name may take, with room for what is added to them ("-c-...", ".txt", ".tmp-<pid>").
  id: z.string().max(100, "expected at most 100 characters").regex(/^[a-z0-9][a-z0-9_-]*$/, "expected lower-case letters, digits, '_' or '-'").optional(),
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  kind: z.enum(["news_article", "press_briefing_transcript", "broadcast_report", "forum_post", "other"]).optional(),
  published: isoDate.optional(),
  language: z.string().optional(),
  note: z.string().optional(),
});

export const DatasetEntrySchema = z.strictObject({
  name: z.string().max(100, "expected at most 100 characters").regex(/^[a-z0-9][a-z0-9._-]*$/, "expected lower-case letters, digits, '.', '_' or '-'"),
  creator: z.string().min(1).optional(),
  title: z.string().min(1),
  description: z.string().min(1),
});

export type SourceEntry = z.infer<typeof SourceEntrySchema>;
export type DatasetEntry = z.infer<typeof DatasetEntrySchema>;

export interface Manifest {
  dataset: DatasetEntry | null;
  /** Valid entries by the file they describe (normalised to '/' separators). */
  sources: Map<string, SourceEntry>;
}

export const MANIFEST_FILE = "sources.json";

function manifestIssue(code: Issue["code"], path: string, message: string): Issue {
  return { stage: "manifest", code, sourceFile: MANIFEST_FILE, table: null, recordId: null, path, message };
}

function zodIssues(error: z.ZodError, at: string, label: string): Issue[] {
  return error.issues.map((i) => {
    const path = [at, ...i.path.map(String)].join("/");
    const key = i.path.length > 0 ? ` key "${i.path.join(".")}"` : "";
    return manifestIssue("manifest-entry-invalid", path, `${MANIFEST_FILE}: ${label}${key}: ${i.message}. Fix the entry; the file is built without it.`);
  });
}

/** Parses the manifest text; `inputFiles` are the .txt files found, relative to the input folder. */
export function parseManifest(jsonText: string, inputFiles: ReadonlySet<string>): { manifest: Manifest; issues: Issue[] } {
  const manifest: Manifest = { dataset: null, sources: new Map() };
  const issues: Issue[] = [];
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push(manifestIssue("manifest-entry-invalid", "", `${MANIFEST_FILE} is not valid JSON (${reason}); fix it, or remove it to build from the texts alone.`));
    return { manifest, issues };
  }
  const top = z.strictObject({ dataset: z.unknown().optional(), sources: z.array(z.unknown()) }).safeParse(data);
  if (!top.success) {
    issues.push(...zodIssues(top.error, "", "top level (expected {\"dataset\"?: {...}, \"sources\": [...]})"));
    return { manifest, issues };
  }
  if (top.data.dataset !== undefined) {
    const dataset = DatasetEntrySchema.safeParse(top.data.dataset);
    if (dataset.success) manifest.dataset = dataset.data;
    else issues.push(...zodIssues(dataset.error, "/dataset", "dataset"));
  }
  const seenIds = new Map<string, number>();
  top.data.sources.forEach((raw, index) => {
    const at = `/sources/${index}`;
    const parsed = SourceEntrySchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error, at, `entry ${index}`));
      return;
    }
    const entry = parsed.data;
    const file = entry.file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
    if (!inputFiles.has(file)) {
      issues.push(manifestIssue("manifest-missing-file", `${at}/file`, `${MANIFEST_FILE}: entry ${index} names "${entry.file}", which is not a .txt file in the input folder; fix the name or remove the entry.`));
      return;
    }
    if (manifest.sources.has(file)) {
      issues.push(manifestIssue("manifest-entry-invalid", `${at}/file`, `${MANIFEST_FILE}: entry ${index} describes "${file}" again; keep one entry per file.`));
      return;
    }
    if (entry.id !== undefined) {
      const first = seenIds.get(entry.id);
      if (first !== undefined) {
        issues.push(manifestIssue("manifest-entry-invalid", `${at}/id`, `${MANIFEST_FILE}: entry ${index} reuses id "${entry.id}" of entry ${first}; ids must be unique.`));
        return;
      }
      seenIds.set(entry.id, index);
    }
    manifest.sources.set(file, { ...entry, file });
  });
  return { manifest, issues };
}
