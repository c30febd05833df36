// build.json back into the provenance it was written from, checked with zod, so a rebuild can
// render it byte for byte and read what inputs it needs.
import { z } from "zod";
import type { BuildProvenance } from "./provenance.ts";

const Fingerprint = z.strictObject({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().min(0) });

const BuildRecord = z.strictObject({
  note: z.string(),
  release_date: z.string().nullable(),
  inputs: z.array(Fingerprint),
  manifest: Fingerprint.nullable(),
  reference: z.array(Fingerprint),
  pipeline: z.strictObject({ name: z.string(), version: z.string(), code_sha256: z.string(), lockfile_sha256: z.string() }),
  options: z.strictObject({ pseudonymize_residents: z.boolean(), pseudonym_key_id: z.string().regex(/^[0-9a-f]{16}$/).optional() }),
  previous_version: z.string().nullable(),
});

export function parseBuildRecord(file: string, text: string): BuildProvenance {
  const parsed = BuildRecord.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`${file}: /${first.path.join("/")}: ${first.message}`);
  }
  const r = parsed.data;
  return {
    releaseDate: r.release_date,
    inputs: r.inputs,
    manifest: r.manifest,
    reference: r.reference,
    pipeline: { name: r.pipeline.name, version: r.pipeline.version, codeSha256: r.pipeline.code_sha256, lockfileSha256: r.pipeline.lockfile_sha256 },
    options: { pseudonymizeResidents: r.options.pseudonymize_residents, pseudonymKeyId: r.options.pseudonym_key_id ?? null },
    previousVersion: r.previous_version,
  };
}
