// Which processed input files become documents, and why each other one is left out. Of files with
// the same bytes, or the same text once site chrome is removed, the original is built and every copy
// is left out naming it. A copy's name is the original's with something added ("gansu-copy.txt",
// "gansu (2).txt"), and often sorts first, so the original is the shortest path, then the first in
// path order. Two files that would get the same document id are decided by the same rule.
import type { Issue, IssueCode } from "../issues.ts";
import { compareStrings } from "../text/compare.ts";
import type { DocumentEntry } from "./held-entry.ts";
import { TEXT_PART } from "./document-entry.ts";
import type { EntryOutcome } from "./document-stage.ts";

export type Choice = { built: DocumentEntry } | { leftOut: Issue };

export function inputIssue(sourceFile: string, code: IssueCode, message: string): Issue {
  return { stage: "ingest", code, sourceFile, table: null, recordId: null, path: null, message };
}

/** Shortest path first, then path order: the order in which files claim their bytes, text and id. */
export function originalFirst(a: string, b: string): number {
  return a.length - b.length || compareStrings(a, b);
}

/**
 * One choice per file, in the order given (`outcomes[k]` is the outcome of `paths[k]`). Files are
 * decided original first, so the choices depend only on the paths and outcomes, never on the order
 * they came in.
 */
export function chooseDocuments(paths: readonly string[], outcomes: readonly EntryOutcome[]): Choice[] {
  const choices: Choice[] = new Array(paths.length);
  const byRawHash = new Map<string, string>();
  const byTextHash = new Map<string, string>();
  const byDocumentId = new Map<string, string>();
  const order = paths.map((_, k) => k).sort((i, j) => originalFirst(paths[i]!, paths[j]!));
  for (const k of order) {
    const path = paths[k]!;
    const outcome = outcomes[k]!;
    const leaveOut = (code: IssueCode, message: string) => (choices[k] = { leftOut: inputIssue(path, code, message) });
    if (!outcome.ok) {
      choices[k] = { leftOut: outcome.issue };
      continue;
    }
    const sameBytes = byRawHash.get(outcome.rawSha256);
    if (sameBytes !== undefined) {
      leaveOut("duplicate-file", `${path}: has the same bytes as ${sameBytes}, which is built; this copy is left out.`);
      continue;
    }
    byRawHash.set(outcome.rawSha256, path);
    const doc = outcome.entry;
    if (doc.partLength(TEXT_PART) === 0) {
      // No line removed: what the decoder took for text was only characters normalization drops.
      const what = doc.removedLines === 0 ? "holds nothing once invisible characters (zero-width spaces, direction marks, soft hyphens) are removed" : `every one of its ${doc.removedLines} non-empty lines is site chrome (${doc.details().removalRules.join(", ")})`;
      leaveOut("no-body-text", `${path}: ${what}, so it holds no text to build; check that the file holds the page's article.`);
      continue;
    }
    const sameText = byTextHash.get(doc.textSha256);
    if (sameText !== undefined) {
      leaveOut("duplicate-text", `${path}: once site chrome is removed its text is the same as that of ${sameText}, which is built; this copy is left out.`);
      continue;
    }
    const clash = byDocumentId.get(doc.documentId);
    if (clash !== undefined) {
      leaveOut("document-id-clash", `${path}: its document id "${doc.documentId}" is already the id of ${clash}; rename one of the files, or give each an id in sources.json.`);
      continue;
    }
    byTextHash.set(doc.textSha256, path);
    byDocumentId.set(doc.documentId, path);
    choices[k] = { built: outcome.entry };
  }
  return choices;
}
