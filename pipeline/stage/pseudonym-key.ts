// A publisher's secret key in; what stands for it in a release out: a short id that tells two keys
// apart without telling anything of the key (an HMAC of a fixed text), and the check that a key
// is long enough to resist guessing.
import { createHmac } from "node:crypto";

export const PSEUDONYM_KEY_ENV = "CLAIMS_PSEUDONYM_KEY";
export const SHORTEST_KEY = 16;

/** The key's id, recorded in build.json so that a rebuild can tell whether it was given the same key. */
export function pseudonymKeyId(key: string): string {
  return createHmac("sha256", key).update("claims-dataset-pipeline pseudonym key id").digest("hex").slice(0, 16);
}

/** Why a key cannot be used, or null when it can. */
export function keyProblem(key: string): string | null {
  const length = [...key].length;
  return length < SHORTEST_KEY ? `the pseudonym key has ${length} characters; use at least ${SHORTEST_KEY} random characters (for example the output of: openssl rand -hex 32)` : null;
}
