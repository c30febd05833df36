// The command line's edge for the pseudonym key: read from the file --pseudonym-key-file names, or
// else from the CLAIMS_PSEUDONYM_KEY environment variable; never from the command line itself,
// where it would stand in the shell's history.
import { open } from "node:fs/promises";
import { keyProblem, PSEUDONYM_KEY_ENV } from "../stage/pseudonym-key.ts";
import { resolvedPath } from "../run/check-output.ts";
import { within } from "../text/path-within.ts";
import { printable } from "../text/printable.ts";

export type KeyLookup = { key: string | null } | { error: string };

/** Far more than any key; a file longer than this (or one that never ends, /dev/zero) is no key file. */
const KEY_FILE_MAX_BYTES = 65_536;

/**
 * The key file's text, read to its end or one byte past the limit. A pipe is read as well as a file
 * (`--pseudonym-key-file <(pass show key)`), and a link is followed: a mounted secret is often one.
 */
async function readKeyFile(file: string): Promise<string | { tooLong: true }> {
  const handle = await open(file, "r");
  try {
    const bytes = new Uint8Array(KEY_FILE_MAX_BYTES + 1);
    let filled = 0;
    for (let n = -1; n !== 0 && filled < bytes.byteLength; filled += n) n = (await handle.read(bytes, filled, bytes.byteLength - filled, null)).bytesRead;
    return filled > KEY_FILE_MAX_BYTES ? { tooLong: true } : new TextDecoder().decode(bytes.subarray(0, filled));
  } finally {
    await handle.close();
  }
}

/** `input`: the folder the command reads, if any; a key file inside it would be built as a text and published. */
export async function readPseudonymKey(file: string | undefined, env: NodeJS.ProcessEnv, input: string | null): Promise<KeyLookup> {
  let key: string | undefined;
  if (file !== undefined) {
    if (input !== null && within(resolvedPath(file), resolvedPath(input))) {
      return { error: `--pseudonym-key-file ${printable(file)} is inside the input folder ${printable(input)}: it would be read as an input and published; keep the key outside the input folder` };
    }
    let text;
    try {
      text = await readKeyFile(file);
    } catch (error) {
      return { error: `cannot read the pseudonym key file ${printable(file)} (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path` };
    }
    if (typeof text !== "string") return { error: `the pseudonym key file ${printable(file)} is longer than ${KEY_FILE_MAX_BYTES} bytes, far longer than a key; check the path` };
    key = text.trim();
  } else key = env[PSEUDONYM_KEY_ENV]?.trim();
  if (key === undefined || key === "") return { key: null };
  const problem = keyProblem(key);
  return problem === null ? { key } : { error: problem };
}
