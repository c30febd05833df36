// The red team as a property: folders of random files (texts, binary, empty, huge names, names in
// other scripts and with line breaks), links to a secret outside the folder, hidden and tool
// folders, and random manifests, built twice into the same output. Whatever the folder, the build
// exits 0, 1 or 2 with no stack trace, every entry under the folder is accounted for in the report,
// no byte of the secret is published, and a published version never changes.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, lstatSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../pipeline/cli.ts";
import { dateBuilds, inTempDir } from "./helpers.ts";
import { printableBytes } from "../pipeline/text/printable.ts";

dateBuilds();

const SECRET = "TOPSECRET-91c2e7 outside the input folder";

const nameArb = fc.oneof(
  fc.constantFrom("a", "report", "新疆", "Отчёт", "تقرير", "b\nforged", "sp ace", "UPPER", "x".repeat(240), "..dots", "-dash", "é"),
  fc.stringMatching(/^[a-z0-9][a-z0-9 _.-]{0,20}$/),
);
const textArb = fc.oneof(
  fc.constantFrom(
    "A title\n\nThe county built 12 roads in 2019, officials said.\n",
    "Headline here\n\nMore than 1,800 households in Hotan moved, according to the bureau.\n",
    "",
    "   \n\n",
    "\u0000\u0001binary\u0002",
    "1. ".repeat(2000),
  ),
  fc.string({ maxLength: 300 }),
);

interface Entry {
  kind: "text" | "other" | "link" | "hidden" | "tool" | "bytes";
  folder: string;
  name: string;
  text: string;
}

const entryArb: fc.Arbitrary<Entry> = fc.record({
  kind: fc.constantFrom("text", "text", "text", "other", "link", "hidden", "tool", "bytes"),
  folder: fc.constantFrom("", "sub/", "sub/deeper/", "other/"),
  name: nameArb,
  text: textArb,
});

const manifestArb = fc.oneof(
  fc.constant(null),
  fc.constant("{ not json"),
  fc.record({ dataset: fc.constant({ name: "prop-set", title: "T", description: "D" }), sources: fc.array(fc.record({ file: fc.constantFrom("a.txt", "sub/report.txt", "missing.txt"), id: fc.constantFrom("one", "two", "x".repeat(120)) }), { maxLength: 3 }) }).map((m) => JSON.stringify(m)),
);

/** Writes the folder; returns the paths (relative, '/') of every entry placed at its top or below. */
function writeFolder(input: string, outside: string, entries: Entry[], manifest: string | null): void {
  mkdirSync(input, { recursive: true });
  for (const [k, e] of entries.entries()) {
    const folder = join(input, e.folder);
    mkdirSync(folder, { recursive: true });
    const base = `${e.name}-${k}`;
    if (e.kind === "text") writeFileSync(join(folder, `${base}.txt`), e.text);
    else if (e.kind === "other") writeFileSync(join(folder, `${base}.md`), e.text);
    else if (e.kind === "link") symlinkSync(outside, join(folder, `${base}.txt`));
    else if (e.kind === "hidden") writeFileSync(join(folder, `.${base}.txt`), e.text);
    else if (e.kind === "tool") {
      mkdirSync(join(folder, "node_modules"), { recursive: true });
      writeFileSync(join(folder, "node_modules", `${base}.txt`), e.text);
    } else writeFileSync(Buffer.concat([Buffer.from(join(folder, "n")), Buffer.from([0xff, 0xfe]), Buffer.from(`${k}.txt`)]), e.text);
  }
  if (manifest !== null) writeFileSync(join(input, "sources.json"), manifest);
}

/** Every file, link and special entry under `dir`, as paths relative to it; folders only when empty. */
function entriesUnder(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir, { encoding: "buffer" })) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(name);
    } catch {
      // As the report names it.
      text = printableBytes(name);
    }
    const path = `${prefix}${text}`;
    const stat = lstatSync(Buffer.concat([Buffer.from(`${dir}/`), name]));
    if (stat.isDirectory()) for (const inner of entriesUnder(join(dir, text), `${path}/`)) found.push(inner);
    else found.push(path);
  }
  return found;
}

/** Whether an entry is accounted for: named in the report, or inside a folder the report names as skipped. */
function accounted(path: string, reported: readonly { path: string }[]): boolean {
  return reported.some((r) => r.path === path || (r.path.endsWith("/") && path.startsWith(r.path)));
}

/** Every file under `dir` with its hash; none when nothing was ever published there. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (lstatSync(dir, { throwIfNoEntry: false }) === undefined) return out;
  for (const path of entriesUnder(dir)) out.set(path, createHash("sha256").update(readFileSync(join(dir, path))).digest("hex"));
  return out;
}

test("property: any folder builds with exit 0, 1 or 2, no stack, every entry accounted, nothing from outside, versions unchanged", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(entryArb, { minLength: 1, maxLength: 8 }), manifestArb, fc.boolean(), async (entries, manifest, allowRejects) => {
      await inTempDir("prop", async (dir) => {
        const input = join(dir, "in");
        const out = join(dir, "out");
        const outside = join(dir, "secret.txt");
        writeFileSync(outside, SECRET);
        writeFolder(input, outside, entries, manifest);
        const report = join(dir, "report.json");
        const lines: string[] = [];
        const args = ["build", "--input", input, "--out", out, "--report", report, "--no-cache", ...(allowRejects ? ["--allow-rejects"] : [])];
        const status = await main(args, (l) => lines.push(l));
        const log = lines.join("\n");
        assert.ok([0, 1, 2].includes(status), `exit ${status}\n${log}`);
        assert.doesNotMatch(log, /^\s+at .+:\d+:\d+\)?$/m);
        for (const line of log.split("\n")) assert.ok(!line.startsWith("forged"), `a name forged a log line:\n${log}`);
        const versions = hashes(out);
        for (const path of versions.keys()) assert.ok(!readFileSync(join(out, path), "latin1").includes("TOPSECRET"), `${path} holds the secret`);
        if (status !== 2 || lstatSync(report, { throwIfNoEntry: false })) {
          const inputs = (JSON.parse(readFileSync(report, "utf8")) as { inputs: { path: string }[] }).inputs;
          for (const path of entriesUnder(input)) if (path !== "sources.json") assert.ok(accounted(path, inputs), `${JSON.stringify(path)} is not in the report:\n${JSON.stringify(inputs, null, 1)}`);
        }
        // A second build into the same output never changes what the first published.
        writeFileSync(join(input, "added.txt"), "Another text\n\nThe village dug 7 wells in 2018.\n");
        await main(args, () => {});
        const after = hashes(out);
        for (const [path, hex] of versions) if (/^[^/]+\/\d+\.\d+\.\d+\//.test(path)) assert.equal(after.get(path), hex, `${path} changed`);
      });
    }),
    { seed: 20261130, numRuns: 25 },
  );
});
