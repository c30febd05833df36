// The edge that fingerprints what a build depends on besides its inputs: the pipeline's code, the
// schemas and reference data, and the lockfile. Paths are relative to the project, sorted, so the
// fingerprint is the same in every checkout of the same files.
import { readFileSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { compareStrings } from "../text/compare.ts";
import { createHash } from "node:crypto";
import { fingerprintOf, type FileFingerprint } from "./provenance.ts";
import { sha256Hex } from "../text/sha256.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

async function filesUnder(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(PROJECT_ROOT, dir), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && keep(entry.name)) out.push(relative(PROJECT_ROOT, join(entry.parentPath, entry.name)).split(sep).join("/"));
  }
  return out.sort(compareStrings);
}

async function fingerprint(path: string): Promise<FileFingerprint> {
  return fingerprintOf(path, await readFile(join(PROJECT_ROOT, path)));
}

/** The id git gives a file's content, so a fingerprint can be found again in the history. */
export function gitBlobSha1(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** sha256 over "<git blob id>  <path>" lines of the pipeline's .ts files, sorted by path. */
export function codeFingerprintOf(blobs: readonly { path: string; blob: string }[]): string {
  const lines = [...blobs].sort((a, b) => compareStrings(a.path, b.path)).map((b) => `${b.blob}  ${b.path}\n`);
  return sha256Hex(lines.join(""));
}

export interface CodeFingerprints {
  reference: FileFingerprint[];
  pipeline: { name: string; version: string; codeSha256: string; lockfileSha256: string };
  /** codeFingerprintOf the files the per-document stage runs (importClosure of its worker module): what a document's entry depends on. */
  documentStageSha256: string;
}

/** The per-document stage's worker module: what it imports, directly or not, makes a document's entry. */
export const DOCUMENT_STAGE_MODULE = "pipeline/stage/document-worker.ts";

// A relative import in any of its forms (static, side effect only, dynamic), once comments are gone.
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g;
const COMMENT = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
// `import type` and `export type` are erased before the code runs: they change no entry.
const TYPE_ONLY = /\b(?:import|export)\s+type\b[^;]*;/g;

/**
 * The project files `module` imports, directly or not, itself included, sorted (paths relative to
 * the project, with '/'). Only relative imports are followed: packages are named by the lockfile.
 */
export function importClosure(module: string, read: (path: string) => string): string[] {
  const seen = new Set([module]);
  const waiting = [module];
  for (let path = waiting.pop(); path !== undefined; path = waiting.pop()) {
    // Data (the schemas, the gazetteer) imports nothing.
    if (!path.endsWith(".ts")) continue;
    for (const m of read(path).replace(COMMENT, "").replace(TYPE_ONLY, "").matchAll(RELATIVE_IMPORT)) {
      const target = posix.normalize(posix.join(posix.dirname(path), m[1]!));
      if (!seen.has(target)) {
        seen.add(target);
        waiting.push(target);
      }
    }
  }
  return [...seen].sort(compareStrings);
}

export async function codeFingerprints(): Promise<CodeFingerprints> {
  const reference = await Promise.all([...(await filesUnder("schemas", (n) => n.endsWith(".json"))), ...(await filesUnder("reference", (n) => n.endsWith(".json")))].map(fingerprint));
  const paths = await filesUnder("pipeline", (n) => n.endsWith(".ts"));
  const blobs = await Promise.all(paths.map(async (path) => ({ path, blob: gitBlobSha1(await readFile(join(PROJECT_ROOT, path))) })));
  const codeSha256 = codeFingerprintOf(blobs);
  const stage = importClosure(DOCUMENT_STAGE_MODULE, (path) => readFileSync(join(PROJECT_ROOT, path), "utf8"));
  const documentStageSha256 = codeFingerprintOf(await Promise.all(stage.map(async (path) => ({ path, blob: gitBlobSha1(await readFile(join(PROJECT_ROOT, path))) }))));
  const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8")) as { name: string; version: string };
  const lock = await fingerprint("package-lock.json");
  return { reference, pipeline: { name: pkg.name, version: pkg.version, codeSha256, lockfileSha256: lock.sha256 }, documentStageSha256 };
}
