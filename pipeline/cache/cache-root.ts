// Where the build keeps what it may reuse (document entries, input hashes, run indexes, notes of
// what made which version): inside node_modules, which a clean clone does not have and git ignores.
import { join } from "node:path";
import { PROJECT_ROOT } from "../release/code-fingerprint.ts";

export const CACHE_ROOT = join(PROJECT_ROOT, "node_modules", ".cache", "claims-dataset-pipeline");
