// A version folder's files against its SHA256SUMS: what SHA256SUMS lists must be there with the bytes
// it lists (else the version fails); what is there besides is named as not part of the release. Hashes
// in, a result out; reading the folder is verify's business.
import { compareStrings } from "../text/compare.ts";
import { printable } from "../text/printable.ts";
import { CHECKSUMS_PATH } from "../release/release-files.ts";
import type { IntegrityResult } from "./verify-result.ts";

/**
 * `sums`: path -> sha256 as SHA256SUMS lists them, or null when there is no SHA256SUMS; `present`:
 * every entry under the version folder, with its sha256, or null for a link or special file.
 */
export function integrityOf(sums: ReadonlyMap<string, string> | null, present: ReadonlyMap<string, string | null>): IntegrityResult {
  if (sums === null) return { status: "failed", listed: 0, problems: [`${CHECKSUMS_PATH}: missing, so no file can be checked; take the version again from where it was published`], extra: [] };
  const problems: string[] = [];
  for (const [path, hex] of sums) {
    const found = present.get(path);
    if (found === undefined) problems.push(`${printable(path)}: listed in SHA256SUMS but missing`);
    else if (found === null) problems.push(`${printable(path)}: listed in SHA256SUMS, but a link or special file stands there`);
    else if (found !== hex) problems.push(`${printable(path)}: its bytes are not the ones SHA256SUMS lists (edited after publishing?)`);
  }
  const extra = [...present.keys()].filter((path) => path !== CHECKSUMS_PATH && !sums.has(path)).sort(compareStrings).map(printable);
  return { status: problems.length === 0 ? "passed" : "failed", listed: sums.size, problems, extra };
}
