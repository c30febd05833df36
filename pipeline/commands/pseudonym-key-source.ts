// The command line's edge for the pseudonym key: read from the file --pseudonym-key-file names, or
// else from the CLAIMS_PSEUDONYM_KEY environment variable; never from the command line itself,
// where it would stand in the shell's history.
import { readFile } from "node:fs/promises";
import { keyProblem, PSEUDONYM_KEY_ENV } from "../stage/pseudonym-key.ts";

export type KeyLookup = { key: string | null } | { error: string };

export async function readPseudonymKey(file: string | undefined, env: NodeJS.ProcessEnv): Promise<KeyLookup> {
  let key: string | undefined;
  if (file !== undefined) {
    try {
      key = (await readFile(file, "utf8")).trim();
    } catch (error) {
      return { error: `cannot read the pseudonym key file ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path` };
    }
  } else key = env[PSEUDONYM_KEY_ENV]?.trim();
  if (key === undefined || key === "") return { key: null };
  const problem = keyProblem(key);
  return problem === null ? { key } : { error: problem };
}
