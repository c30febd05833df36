// The edge that reads a published folder back: every entry under it by relative "/"-separated path
// with its bytes, or null when the folder does not exist. A link or other special entry is never
// something the pipeline wrote: it stands with no bytes, so it counts as a difference.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

export async function readTree(dir: string): Promise<Map<string, Buffer> | null> {
  const tree = new Map<string, Buffer>();
  try {
    await readInto(tree, dir, "");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && tree.size === 0) return null;
    throw error;
  }
  return tree;
}

async function readInto(tree: Map<string, Buffer>, dir: string, prefix: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await readInto(tree, full, `${path}/`);
    else tree.set(path, entry.isFile() ? await readFile(full) : Buffer.alloc(0));
  }
}
