// One shape for every problem the pipeline reports about data: a stable code from a closed list,
// where it was found, and a message a person can act on. Rendering is left to the caller.
export type IssueCode =
  | "invalid-utf8"
  | "empty-file"
  | "binary-file"
  | "unreadable-file"
  | "manifest-entry-invalid"
  | "manifest-missing-file"
  | "schema-violation";

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
