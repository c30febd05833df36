// The command line: `build` (and `--help`). Options are parsed by node:util and checked with zod;
// progress and the summary go to stderr, so stdout stays free for data. Exit status: 0 success,
// 1 data that did not validate (or a published version that would change), 2 bad usage or input.
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { runBuild } from "./commands/build.ts";

export const DEFAULT_VERSION = "1.0.0";

export const USAGE = `Usage: tsx pipeline/cli.ts <command> [options]

Turns a folder of raw web texts into a versioned, documented dataset of what those texts claim.

Commands:
  build     Read every .txt file under --input (and its optional sources.json), extract
            claims, people, places, organisations and quotes, validate every record against
            schemas/*.schema.json, and publish CSV + JSON tables, the normalized texts,
            datapackage.json, a data dictionary, README and SHA256SUMS into
            <out>/<dataset name>/<version>/.

Options for build:
  --input DIR        folder of .txt files (default: seeds)
  --out DIR          output folder (default: dist)
  --allow-rejects    publish the valid records and a rejects table even when some input or
                     record failed (without it, any reject publishes nothing and exits 1)
  -h, --help         show this help

Exit status: 0 published (or already published with identical bytes); 1 rejects, or the
version folder exists with different bytes; 2 bad usage or unreadable input.
`;

const BuildArgs = z.strictObject({
  input: z.string().min(1, "--input needs a folder"),
  out: z.string().min(1, "--out needs a folder"),
  "allow-rejects": z.boolean(),
  help: z.boolean(),
});

export async function main(argv: readonly string[], log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        input: { type: "string", default: "seeds" },
        out: { type: "string", default: "dist" },
        "allow-rejects": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    log(`error: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...extra] = parsed.positionals;
  if (parsed.values.help || command === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command !== "build" || extra.length > 0) {
    log(`error: ${command === undefined ? "no command given" : command !== "build" ? `unknown command "${command}"` : `unexpected argument "${extra[0]}"`}\n\n${USAGE}`);
    return 2;
  }
  const options = BuildArgs.safeParse(parsed.values);
  if (!options.success) {
    log(`error: ${options.error.issues.map((i) => i.message).join("; ")}\n\n${USAGE}`);
    return 2;
  }
  return runBuild({ input: options.data.input, out: options.data.out, allowRejects: options.data["allow-rejects"], version: DEFAULT_VERSION }, log);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2));
}
