// What verify found for one version, as values, and the lines it prints. Two checks: integrity (the
// files against SHA256SUMS) and reproducibility (a rebuild from the inputs build.json records). Each
// passed, failed with the files that show it, or could not run, with why; only a failure fails verify.

export interface IntegrityResult {
  status: "passed" | "failed";
  /** How many files SHA256SUMS lists. */
  listed: number;
  /** Listed files that are missing or hold other bytes (or SHA256SUMS itself missing), each "path: what is wrong". */
  problems: string[];
  /** Files present that SHA256SUMS does not list, sorted: not part of the release (a __pycache__/ the README's example left), no failure. */
  extra: string[];
}

export type ReproducibilityResult =
  /** `by`: the code that rebuilt it, "today's code" or "the code of commit <id>". */
  | { status: "passed"; by: string }
  | { status: "failed"; by: string; problems: string[] }
  /** `reason`: why the rebuild could not be compared, with what to do. */
  | { status: "not-run"; reason: string };

export interface VersionVerdict {
  version: string;
  integrity: IntegrityResult;
  reproducibility: ReproducibilityResult;
}

/** A long list of extra files (a folder unpacked into the version) is cut here. */
const EXTRA_SHOWN = 10;

const files = (n: number) => `${n} ${n === 1 ? "file" : "files"}`;

function integrityPhrase(r: IntegrityResult): string {
  const extra = r.extra.length === 0 ? "" : `; ${files(r.extra.length)} present ${r.extra.length === 1 ? "is" : "are"} not part of the release`;
  if (r.status === "passed") return `integrity passed (${r.listed === 1 ? "1 file matches" : `${r.listed} files match`} SHA256SUMS${extra})`;
  return `integrity FAILED (${r.problems.length} of the ${files(r.listed)} SHA256SUMS lists ${r.problems.length === 1 ? "is missing or holds" : "are missing or hold"} other bytes${extra})`;
}

function reproducibilityPhrase(r: ReproducibilityResult): string {
  if (r.status === "passed") return `reproducibility passed (${r.by} rebuilds the same bytes from the recorded inputs)`;
  if (r.status === "failed") return `reproducibility FAILED (${r.by} rebuilds ${files(r.problems.length)} otherwise from the recorded inputs)`;
  return `reproducibility could not run: ${r.reason}`;
}

/** One line per version saying how each check went, then, indented, the files that failed and the extra ones. */
export function verifyLines(v: VersionVerdict): string[] {
  const lines = [`verify ${v.version}: ${integrityPhrase(v.integrity)}; ${reproducibilityPhrase(v.reproducibility)}`];
  for (const p of v.integrity.problems) lines.push(`  ${p}`);
  if (v.reproducibility.status === "failed") for (const p of v.reproducibility.problems) lines.push(`  ${p}`);
  for (const path of v.integrity.extra.slice(0, EXTRA_SHOWN)) lines.push(`  not part of the release: ${path}`);
  if (v.integrity.extra.length > EXTRA_SHOWN) lines.push(`  ... and ${v.integrity.extra.length - EXTRA_SHOWN} more not part of the release`);
  return lines;
}

export function verdictFailed(v: VersionVerdict): boolean {
  return v.integrity.status === "failed" || v.reproducibility.status === "failed";
}
