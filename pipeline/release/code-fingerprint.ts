// The edge that fingerprints what a build depends on besides its inputs: the pipeline's code, the
// schemas and reference data, and the lockfile. Paths are relative to the project, sorted, so the
// fingerprint is the same in every checkout of the same files.
import { readFile, readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { compareStrings } from "../text/compare.ts";
import type { FileFingerprint } from "./provenance.ts";
import { createHash } from "node:crypto";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

async function filesUnder(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(PROJECT_ROOT, dir), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && keep(entry.name)) out.push(relative(PROJECT_ROOT, join(entry.parentPath, entry.name)).split(sep).join("/"));
  }
  return out.sort(compareStrings);
}

async function fingerprint(path: string): Promise<FileFingerprint> {
  const bytes = await readFile(join(PROJECT_ROOT, path));
  return { path, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
}

export interface CodeFingerprints {
  reference: FileFingerprint[];
  pipeline: { name: string; version: string; codeSha256: string; lockfileSha256: string };
}

export async function codeFingerprints(): Promise<CodeFingerprints> {
  const reference = await Promise.all([...(await filesUnder("schemas", (n) => n.endsWith(".json"))), "seeds/gazetteer.json"].map(fingerprint));
  const code = await Promise.all((await filesUnder("pipeline", (n) => n.endsWith(".ts"))).map(fingerprint));
  const codeSha256 = createHash("sha256").update(code.map((f) => `${f.sha256}  ${f.path}\n`).join("")).digest("hex");
  const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8")) as { name: string; version: string };
  const lock = await fingerprint("package-lock.json");
  return { reference, pipeline: { name: pkg.name, version: pkg.version, codeSha256, lockfileSha256: lock.sha256 } };
}
