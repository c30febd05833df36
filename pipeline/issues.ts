// One shape for every problem the pipeline reports about data: a stable code from a closed list,
// where it was found, and a message a person can act on. Rendering is left to the caller.
export type IssueCode =
  | "invalid-utf8"
  | "empty-file"
  | "binary-file"
  | "unreadable-file"
  | "manifest-entry-invalid"
  | "manifest-field-invalid"
  | "manifest-missing-file"
  | "schema-violation"
  | "no-body-text"
  | "duplicate-file"
  | "duplicate-text"
  | "document-id-clash"
  | "file-too-large"
  | "document-failed"
  | "too-many-records"
  | "rows-too-large";

/** Inputs left out on purpose (a second copy of a text): reported, but they do not fail a build. */
export const NOTICE_CODES: ReadonlySet<IssueCode> = new Set(["duplicate-file", "duplicate-text"]);

export function isFatal(issue: Issue): boolean {
  return !NOTICE_CODES.has(issue.code);
}

export type IssueStage = "ingest" | "manifest" | "validate";

export interface Issue {
  stage: IssueStage;
  code: IssueCode;
  /** Input file concerned, relative to the input folder. */
  sourceFile: string | null;
  /** Table of the record concerned (validate stage). */
  table: string | null;
  recordId: string | null;
  /** JSON pointer into a record or manifest, or "byte N" of a file. */
  path: string | null;
  message: string;
}
