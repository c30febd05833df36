// The input edge: a folder in, its .txt files (relative paths with '/', bytes) and its sources.json
// text out. Hidden entries, node_modules and the output folder are skipped so that building into a
// folder inside the input never reads its own published texts back.
import { readFile, readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { InputFile } from "../build/build-dataset.ts";
import { MANIFEST_FILE } from "../ingest/manifest.ts";

export interface InputFolder {
  files: InputFile[];
  manifestText: string | null;
  /** Files that exist but could not be read, with the reason. */
  unreadable: { path: string; reason: string }[];
}

async function listTextFiles(root: string, dir: string, skip: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (resolve(full) !== skip) await listTextFiles(root, full, skip, out);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".txt")) {
      out.push(relative(root, full).split(sep).join("/"));
    }
  }
}

/** Throws (with a message naming the folder) when the folder itself cannot be read. */
export async function readInputFolder(inputDir: string, outDir: string): Promise<InputFolder> {
  const paths: string[] = [];
  await listTextFiles(inputDir, inputDir, resolve(outDir), paths);
  paths.sort();
  const files: InputFile[] = [];
  const unreadable: InputFolder["unreadable"] = [];
  for (const path of paths) {
    try {
      files.push({ path, bytes: new Uint8Array(await readFile(join(inputDir, path))) });
    } catch (error) {
      unreadable.push({ path, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  let manifestText: string | null = null;
  try {
    manifestText = await readFile(join(inputDir, MANIFEST_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return { files, manifestText, unreadable };
}
