// The names a release gives its own bookkeeping: planned here, written by publish/, read by verify/
// and the commands. Data files are named by their tables (schema/) and texts.

export const CHECKSUMS_PATH = "SHA256SUMS";
export const CHANGELOG_PATH = "CHANGELOG.md";
/** The landing page of a version folder (and of the dataset folder, beside the versions). */
export const PAGE_FILE = "index.html";
/**
 * Files about the release rather than its data: they differ between versions by nature. The landing
 * page shows the version, the changelog and build.json's hash, so it is one of them.
 */
export const BOOKKEEPING_FILES: ReadonlySet<string> = new Set([CHECKSUMS_PATH, CHANGELOG_PATH, "build.json", PAGE_FILE]);
/** The file beside the version folders naming the newest. */
export const LATEST_FILE = "latest";
