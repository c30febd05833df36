// The edge that reads a published folder back: every entry under it by relative "/"-separated path
// with the sha256 of its bytes, or null when the folder does not exist. Files are hashed as streams,
// so a table larger than one read allows (2 GB) is checked like any other. A link or other special
// entry is never something the pipeline wrote: it stands with no hash, so it counts as a difference.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";

export async function hashTree(dir: string): Promise<Map<string, string | null> | null> {
  const tree = new Map<string, string | null>();
  try {
    await hashInto(tree, dir, "");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && tree.size === 0) return null;
    throw error;
  }
  return tree;
}

/** The sha256 of a file's bytes, read as a stream. */
async function fileSha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function hashInto(tree: Map<string, string | null>, dir: string, prefix: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await hashInto(tree, full, `${path}/`);
    else tree.set(path, entry.isFile() ? await fileSha256(full) : null);
  }
}
