// The names a release gives its own bookkeeping: planned here, written by publish/, read by verify/
// and the commands. Data files are named by their tables (schema/) and texts.

export const CHECKSUMS_PATH = "SHA256SUMS";
export const CHANGELOG_PATH = "CHANGELOG.md";
/** Files about the release rather than its data: they differ between versions by nature. */
export const BOOKKEEPING_FILES: ReadonlySet<string> = new Set([CHECKSUMS_PATH, CHANGELOG_PATH, "build.json"]);
/** The file beside the version folders naming the newest. */
export const LATEST_FILE = "latest";
