// What made a release, recorded beside it in build.json so it can be rebuilt and checked: every
// input file's sha256, the manifest's, the schemas' and reference data's, and the pipeline's own
// version, code fingerprint and lockfile hash. No clock, no machine name, no absolute path.
import { createHash } from "node:crypto";
import { pseudonymKeyId } from "../stage/pseudonym-key.ts";
import { sha256Hex } from "../text/sha256.ts";
import { sha256Of, sizeOf, type Input } from "../ingest/input.ts";
import type { Dataset } from "../dataset.ts";
import { MANIFEST_FILE } from "../ingest/manifest.ts";
import type { CodeFingerprints } from "./code-fingerprint.ts";

export interface FileFingerprint {
  path: string;
  sha256: string;
  bytes: number;
}

export interface BuildProvenance {
  /** The release's date as the build's edge decided it (release/release-date.ts); verify rebuilds with it. */
  releaseDate: string | null;
  inputs: FileFingerprint[];
  manifest: FileFingerprint | null;
  /** schemas/*.json and the reference data the rules read (reference/: the gazetteer and its overlay, the name lists). */
  reference: FileFingerprint[];
  pipeline: { name: string; version: string; codeSha256: string; lockfileSha256: string };
  /** Whether residents' names were replaced, and the id of the key their pseudonyms were made with. */
  options: { pseudonymizeResidents: boolean; pseudonymKeyId: string | null };
  previousVersion: string | null;
}

export const BUILD_RECORD_PATH = "build.json";

export function fingerprintOf(path: string, bytes: Uint8Array): FileFingerprint {
  return { path, sha256: sha256Hex(bytes), bytes: bytes.length };
}

/**
 * What made a build (inputs, manifest, reference data, pipeline code, lockfile, options) as one
 * SHA-256: two builds with equal digests make the same bytes (the build is deterministic), so the
 * second need not be built. The inputs are hashed in pieces of about 64 KB, not stringified whole:
 * for 100,000 files that string was 8 MB, made twice per rebuild. Paths are JSON strings, so no
 * path can run into the next record.
 */
export function makingsDigest(p: BuildProvenance): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([p.manifest, p.reference, p.pipeline, p.options, p.inputs.length]));
  let piece = "";
  for (const input of p.inputs) {
    piece += `\n${JSON.stringify(input.path)} ${input.sha256} ${input.bytes}`;
    if (piece.length >= 65536) {
      hash.update(piece);
      piece = "";
    }
  }
  hash.update(piece);
  return hash.digest("hex");
}

export function buildRecord(provenance: BuildProvenance): Record<string, unknown> {
  return {
    note: "What made this version. `cli.ts verify <version>` rebuilds it from these inputs and compares every file with SHA256SUMS.",
    release_date: provenance.releaseDate,
    inputs: provenance.inputs,
    manifest: provenance.manifest,
    reference: provenance.reference,
    pipeline: { name: provenance.pipeline.name, version: provenance.pipeline.version, code_sha256: provenance.pipeline.codeSha256, lockfile_sha256: provenance.pipeline.lockfileSha256 },
    // The key's id only when names were replaced: a build without pseudonyms records what it always did.
    options: provenance.options.pseudonymKeyId === null ? { pseudonymize_residents: provenance.options.pseudonymizeResidents } : { pseudonymize_residents: true, pseudonym_key_id: provenance.options.pseudonymKeyId },
    previous_version: provenance.previousVersion,
  };
}

/** What made the release, for build.json: inputs, manifest, reference data, pipeline code. */
export function provenanceOf(code: CodeFingerprints, files: readonly Input[], manifestText: string | null, dataset: Dataset | null, previousVersion: string | null, pseudonymKey: string | null): BuildProvenance {
  return {
    releaseDate: dataset?.releaseDate ?? null,
    inputs: files.map((f) => ({ path: f.path, sha256: sha256Of(f), bytes: sizeOf(f) })),
    manifest: manifestText === null ? null : fingerprintOf(MANIFEST_FILE, new TextEncoder().encode(manifestText)),
    reference: code.reference,
    pipeline: code.pipeline,
    options: { pseudonymizeResidents: pseudonymKey !== null, pseudonymKeyId: pseudonymKey === null ? null : pseudonymKeyId(pseudonymKey) },
    previousVersion,
  };
}
