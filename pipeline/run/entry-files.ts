// Where each input file's entry lies in a folder of entries: under the key the whole input folder
// gives it (its sources.json entry read against every path of the folder, as a single build reads
// it), whichever shard made it. Shared by the shards, which record what they left, and assemble,
// which checks it is there.
import type { EntryFolder } from "../cache/document-cache.ts";
import type { Input } from "../ingest/input.ts";
import { parseManifest } from "../ingest/manifest.ts";
import type { InputFolder } from "../ingest/read-folder.ts";
import { cacheKey } from "../stage/document-stage.ts";

/** Every path of the folder the manifest may name: the files read and those that could not be. */
export function folderPaths(folder: InputFolder): string[] {
  return [...folder.files.map((f) => f.path), ...folder.unreadable.map((u) => u.path)];
}

export function entryFileOf(cache: EntryFolder, folder: InputFolder, pseudonymKey: string | null): (file: Input) => string {
  const sources = folder.manifestText === null ? new Map() : parseManifest(folder.manifestText, new Set(folderPaths(folder))).manifest.sources;
  return (file) => cache.fileFor(cacheKey(cache, file, sources.get(file.path), pseudonymKey));
}
