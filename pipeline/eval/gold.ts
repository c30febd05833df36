// A hand-made gold file (test/gold/<corpus>/<document_id>.json) in, checked with zod; its shape is
// described in test/gold/README.md. Mistakes in a gold file are reported with the file and path.
import { z } from "zod";

const nullableString = z.string().min(1).nullable();

export const GoldClaimSchema = z.strictObject({
  text: z.string().min(1),
  occurrence: z.number().int().min(1).optional(),
  value: z.number(),
  unit: z.string().min(1),
  qualifier: nullableString,
  period_start: nullableString,
  period_end: nullableString,
  place: nullableString,
  attributed_to: nullableString,
  note: z.string().optional(),
});

/** What the page says about itself: scored as document metadata (each field right or wrong). */
export const GoldMetadataSchema = z.strictObject({
  title: nullableString,
  /** The publication date the page states, to the precision it gives: YYYY-MM-DD, YYYY-MM or YYYY. */
  published: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).nullable(),
  /** Every author the byline names, in order; empty when the page names none. */
  authors: z.array(z.string().min(1)),
  outlet: nullableString,
});

export const GoldDocumentSchema = z.strictObject({
  document_id: z.string().min(1),
  document: GoldMetadataSchema.optional(),
  claims: z.array(GoldClaimSchema),
  people: z.array(z.strictObject({ name: z.string().min(1), kind: z.string().optional(), role: z.string().optional() })),
  places: z.array(z.strictObject({ name: z.string().min(1), level: z.string().optional() })),
  organisations: z.array(z.strictObject({ name: z.string().min(1) })),
  quotes: z.array(z.strictObject({ text: z.string().min(1), speaker: nullableString.optional() })),
  note: z.string().optional(),
});

export type GoldClaim = z.infer<typeof GoldClaimSchema>;
export type GoldMetadata = z.infer<typeof GoldMetadataSchema>;
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

export function parseGold(file: string, jsonText: string): GoldDocument {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = GoldDocumentSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`${file}: /${first.path.join("/")}: ${first.message} (and ${parsed.error.issues.length - 1} more)`);
  }
  return parsed.data;
}
