// What each key of sources.json may hold, one zod schema per key: the manifest is checked a key at a
// time (manifest.ts), so a bad value costs that key alone, never the entry or the dataset around it.
import { z } from "zod";
import { KNOWN_LICENSE_IDS, licenseOf } from "./licenses.ts";

/** Whether YYYY, YYYY-MM or YYYY-MM-DD names a month and day that exist (2019-13 and 2020-02-30 do not). */
function inCalendar(date: string): boolean {
  const time = Date.parse(`${date.padEnd(10, "-01").slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
}

// A date the documents schema would refuse must be refused here, or the document's row is rejected
// later while its claims are published.
// abort: a text that is no date at all is one issue, not also "a day that does not exist".
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: "expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD", abort: true })
  .refine(inCalendar, "expected a month and day that exist in the calendar");

/** A day that exists (2020-02-30 does not), as YYYY-MM-DD. */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected an ISO date YYYY-MM-DD", abort: true })
  .refine(inCalendar, "expected a day of the calendar (YYYY-MM-DD), got one that does not exist");

const relativePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(p) && !p.startsWith("\\"), "expected a path relative to the input folder, got an absolute path")
  .refine((p) => !p.split(/[\\/]/).includes(".."), "expected a path inside the input folder, got one that leaves it with '..'");

/** ISO 7064 MOD 11-2, the check character ORCID puts last, so a mistyped digit is caught here. */
function orcidChecks(orcid: string): boolean {
  const digits = orcid.replace(/-/g, "");
  let total = 0;
  for (const d of digits.slice(0, -1)) total = (total + Number(d)) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits.endsWith(check === 10 ? "X" : String(check));
}

const orcid = z
  .string()
  .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, "expected an ORCID iD of the form 0000-0002-1825-0097 (the digits alone, without https://orcid.org/)")
  .refine(orcidChecks, "expected an ORCID iD whose last character is its check digit; one of its digits is mistyped");

const nonEmpty = z.string().min(1, "expected a non-empty text");

export const SourceEntrySchema = z.strictObject({
  file: relativePath,
  // Ids and names become file and folder names: 100 characters keeps them far inside the 255 bytes
  // a name may take, with room for what is added to them ("-c-...", ".txt", ".tmp-<pid>").
  id: z.string().max(100, "expected at most 100 characters").regex(/^[a-z0-9][a-z0-9_-]*$/, "expected lower-case letters, digits, '_' or '-'").optional(),
  title: nonEmpty.optional(),
  outlet: nonEmpty.optional(),
  author: nonEmpty.optional(),
  kind: z.enum(["news_article", "press_briefing_transcript", "broadcast_report", "forum_post", "other"]).optional(),
  published: isoDate.optional(),
  language: z.string().optional(),
  note: z.string().optional(),
});

export const DatasetEntrySchema = z.strictObject({
  name: z.string().max(100, "expected at most 100 characters").regex(/^[a-z0-9][a-z0-9._-]*$/, "expected lower-case letters, digits, '.', '_' or '-'").optional(),
  title: nonEmpty.optional(),
  description: nonEmpty.optional(),
  /** The simple form of `creators`: one name. */
  creator: nonEmpty.optional(),
  creators: z.array(z.strictObject({ name: nonEmpty, orcid: orcid.optional() })).min(1, "expected at least one creator {\"name\": ...}").optional(),
  license: z
    .string()
    .refine((id) => licenseOf(id) !== null, `expected an SPDX licence identifier, one of ${KNOWN_LICENSE_IDS.join(", ")}, or LicenseRef-<name> for another`)
    .optional(),
  keywords: z.array(nonEmpty).optional(),
  sources_statement: nonEmpty.optional(),
  release_date: isoDay.optional(),
});

export type SourceEntry = z.infer<typeof SourceEntrySchema>;
export type DatasetEntry = z.infer<typeof DatasetEntrySchema>;
