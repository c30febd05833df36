// Every issue met while building becomes one row of the rejects table, so that nothing is lost
// without a trace: an input file that could not be read, a manifest entry, a record that failed.
import type { Row } from "../dataset.ts";
import type { Issue } from "../issues.ts";
import { shortHash } from "../text/short-hash.ts";

export function rejectRows(issues: readonly Issue[]): Row[] {
  const seen = new Map<string, number>();
  return issues.map((i) => {
    const key = shortHash(i.stage, i.code, i.sourceFile ?? "", i.table ?? "", i.recordId ?? "", i.path ?? "", i.message);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      reject_id: occurrence === 0 ? `reject-${key}` : `reject-${key}-${occurrence}`,
      stage: i.stage,
      code: i.code,
      source_file: i.sourceFile,
      table: i.table,
      record_id: i.recordId,
      path: i.path,
      message: i.message,
    };
  });
}
