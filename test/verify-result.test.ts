// verify's pure parts, called with values: a version folder's hashes against SHA256SUMS, an input
// folder against build.json's inputs, and the lines a verdict prints.
import { test } from "node:test";
import assert from "node:assert/strict";
import { integrityOf } from "../pipeline/verify/integrity.ts";
import { describeDifferences, inputDifferences } from "../pipeline/verify/input-differences.ts";
import { verdictFailed, verifyLines, type IntegrityResult } from "../pipeline/verify/verify-result.ts";

const A = "a".repeat(64);
const B = "b".repeat(64);

test("integrity: listed files missing, edited or replaced by a link fail; unlisted files are extra, sorted", () => {
  const sums = new Map([["claims.csv", A], ["README.md", A], ["places.csv", A], ["texts/x.txt", A]]);
  const present = new Map<string, string | null>([["SHA256SUMS", B], ["claims.csv", A], ["places.csv", B], ["texts/x.txt", null], ["z.pyc", B], ["__pycache__/a.pyc", B]]);
  const r = integrityOf(sums, present);
  assert.deepEqual(r, {
    status: "failed",
    listed: 4,
    problems: [
      "README.md: listed in SHA256SUMS but missing",
      "places.csv: its bytes are not the ones SHA256SUMS lists (edited after publishing?)",
      "texts/x.txt: listed in SHA256SUMS, but a link or special file stands there",
    ],
    extra: ["__pycache__/a.pyc", "z.pyc"],
  });
  assert.deepEqual(integrityOf(sums, new Map([...sums, ["SHA256SUMS", B]])), { status: "passed", listed: 4, problems: [], extra: [] });
  assert.deepEqual(integrityOf(null, present).problems, ["SHA256SUMS: missing, so no file can be checked; take the version again from where it was published"]);
});

test("input differences: added, missing, other bytes and the manifest, sorted; the first three named", () => {
  const recorded = { inputs: [{ path: "a.txt", sha256: A, bytes: 1 }, { path: "b.txt", sha256: A, bytes: 1 }, { path: "c.txt", sha256: A, bytes: 1 }], manifest: { path: "sources.json", sha256: A, bytes: 1 } };
  assert.deepEqual(inputDifferences(recorded, new Map([["a.txt", A], ["b.txt", A], ["c.txt", A]]), A), []);
  const differences = inputDifferences(recorded, new Map([["a.txt", A], ["c.txt", B], ["0-new.txt", A], ["d.txt", A]]), null);
  assert.deepEqual(differences.map((d) => [d.path, d.how]), [["0-new.txt", "added"], ["b.txt", "missing"], ["c.txt", "other bytes"], ["d.txt", "added"], ["sources.json", "missing"]]);
  assert.equal(describeDifferences(differences), "5 files differ (added: 0-new.txt; missing: b.txt; other bytes: c.txt; and 2 more)");
  assert.equal(describeDifferences([{ path: "b.txt", how: "added" }]), "1 file differs (added: b.txt)");
  assert.deepEqual(inputDifferences({ inputs: [], manifest: null }, new Map(), A), [{ path: "sources.json", how: "added" }]);
});

test("verify lines: one line per version, then the failing files, then at most ten extra files", () => {
  const integrity: IntegrityResult = { status: "passed", listed: 1, problems: [], extra: Array.from({ length: 12 }, (_, k) => `__pycache__/m${String(k).padStart(2, "0")}.pyc`) };
  const lines = verifyLines({ version: "1.2.0", integrity, reproducibility: { status: "not-run", reason: "why" } });
  assert.equal(lines[0], "verify 1.2.0: integrity passed (1 file matches SHA256SUMS; 12 files present are not part of the release); reproducibility could not run: why");
  assert.deepEqual(lines.slice(1, 3), ["  not part of the release: __pycache__/m00.pyc", "  not part of the release: __pycache__/m01.pyc"]);
  assert.equal(lines.at(-1), "  ... and 2 more not part of the release");
  assert.equal(lines.length, 12);
  const failed = { version: "1.0.0", integrity: { status: "passed" as const, listed: 2, problems: [], extra: [] }, reproducibility: { status: "failed" as const, by: "the code of commit 0123456789ab", problems: ["a.csv: the code of commit 0123456789ab rebuilds it with other bytes"] } };
  assert.deepEqual(verifyLines(failed), [
    "verify 1.0.0: integrity passed (2 files match SHA256SUMS); reproducibility FAILED (the code of commit 0123456789ab rebuilds 1 file otherwise from the recorded inputs)",
    "  a.csv: the code of commit 0123456789ab rebuilds it with other bytes",
  ]);
  assert.equal(verdictFailed(failed), true);
  assert.equal(verdictFailed({ version: "1.2.0", integrity, reproducibility: { status: "not-run", reason: "why" } }), false);
});
