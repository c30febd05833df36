// The command line: `build`, `assemble`, `verify`, `diff`, `eval` (and `--help`, from cli-help.ts). Options are parsed by node:util and checked with zod;
// progress and the summary go to stderr, so stdout stays free for data. Exit status: 0 success,
// 1 data that did not validate (or a published version that would change), 2 bad usage or input.
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { join, resolve } from "node:path";
import { PROJECT_ROOT } from "./release/code-fingerprint.ts";
import { z } from "zod";
import { writeFile } from "node:fs/promises";
import type { BuildReport } from "./run/build-report.ts";
import { stableJson } from "./format/stable-json.ts";
import { DEFAULT_MAX_FILE_MB } from "./ingest/open-listed.ts";
import { isPublishableVersion } from "./release/semver.ts";
import { errorLine } from "./text/error-line.ts";
import { nearestWord } from "./text/nearest-word.ts";
import { COMMAND_HELP, USAGE } from "./cli-help.ts";
// Each command's module is loaded when it runs: loading all four took most of a second, which a
// rebuild with nothing to do (or --help) would otherwise pay every time.

const HELP_HINT = "Run claims-dataset --help for the commands and their options.";

/** Where the help is: the command's own, once the command is known. */
function helpHint(command: string | undefined): string {
  return command !== undefined && command in COMMANDS ? `Run claims-dataset ${command} --help for its options.` : HELP_HINT;
}

/** How many positional arguments each command takes at most, and its options: any other is refused, never accepted and ignored. */
const COMMANDS: Record<string, { positionals: number; options: readonly string[] }> = {
  build: { positionals: 0, options: ["input", "out", "allow-rejects", "pseudonymize-residents", "pseudonym-key-file", "version", "report", "no-cache", "workers", "max-file-mb", "shard", "entries"] },
  assemble: { positionals: 0, options: ["entries", "input", "out", "allow-rejects", "pseudonymize-residents", "pseudonym-key-file", "version", "report", "max-file-mb"] },
  verify: { positionals: 1, options: ["input", "out", "dataset", "pseudonym-key-file", "max-file-mb"] },
  diff: { positionals: 2, options: ["out", "dataset", "json"] },
  eval: { positionals: 0, options: ["input", "gold", "verbose"] },
};

/** node:util's parse error as one line of ours: the option named, and the nearest one the command (if known) takes. */
function parseProblem(error: unknown, command: string | undefined): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option !== undefined) {
    const known = command !== undefined && command in COMMANDS ? COMMANDS[command]!.options : [...new Set(Object.values(COMMANDS).flatMap((c) => c.options))];
    const near = nearestWord(option.replace(/^-+/, ""), [...known, "help"]);
    return `unknown option ${option}${near === null ? "" : ` (did you mean --${near}?)`}.`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option !== undefined) return `${option} needs a value.`;
  return `${message.split("\n")[0]}.`;
}

const BuildArgs = z.object({
  input: z.string().min(1, "--input needs a folder"),
  out: z.string().min(1, "--out needs a folder"),
  report: z.string().min(1, "--report needs a file name").optional(),
  "allow-rejects": z.boolean(),
  "pseudonymize-residents": z.boolean(),
  version: z.string().refine(isPublishableVersion, "--version needs MAJOR.MINOR.PATCH, such as 1.2.0 (no leading zeros, each number below 1,000,000,000, not 0.0.0)").optional(),
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
        "pseudonymize-residents": { type: "boolean", default: false },
        "pseudonym-key-file": { type: "string" },
        version: { type: "string" },
        report: { type: "string" },
        "no-cache": { type: "boolean", default: false },
        workers: { type: "string" },
        "max-file-mb": { type: "string" },
        dataset: { type: "string" },
        shard: { type: "string" },
        entries: { type: "string" },
        json: { type: "boolean", default: false },
        gold: { type: "string" },
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    const command = argv.find((a) => !a.startsWith("-"));
    log(`error: ${parseProblem(error, command)} ${helpHint(command)}`);
    return 2;
  }
  const [command, ...extra] = parsed.positionals;
  if (parsed.values.help || command === "help") {
    const topic = command === "help" ? extra[0] : command;
    process.stdout.write(topic !== undefined && topic in COMMAND_HELP ? COMMAND_HELP[topic]! : USAGE);
    return 0;
  }
  if (command === undefined || !(command in COMMANDS)) {
    const near = command === undefined ? null : nearestWord(command, Object.keys(COMMANDS));
    log(`error: ${command === undefined ? "no command given" : `unknown command "${command}"${near === null ? "" : ` (did you mean ${near}?)`}`}. ${HELP_HINT}`);
    return 2;
  }
  if (extra.length > COMMANDS[command]!.positionals || (command === "diff" && extra.length !== 2)) {
    log(`error: ${command === "diff" ? "diff takes two versions, such as: diff 1.0.0 1.1.0" : `unexpected argument "${extra[COMMANDS[command]!.positionals]}"`}. ${helpHint(command)}`);
    return 2;
  }
  const foreign = Object.keys(parsed.values).filter((o) => o !== "help" && argv.some((a) => a === `--${o}` || a.startsWith(`--${o}=`)) && !COMMANDS[command]!.options.includes(o));
  if (foreign.length > 0) {
    log(`error: --${foreign[0]} is not an option of ${command} (its options: ${COMMANDS[command]!.options.map((o) => `--${o}`).join(", ")}). ${helpHint(command)}`);
    return 2;
  }
  const dataset = parsed.values.dataset ?? null;
  const { readPseudonymKey } = await import("./commands/pseudonym-key-source.ts");
  // verify reads no input folder unless it is given; every other command reads one (seeds by default).
  const inputRead = command === "verify" && !argv.includes("--input") ? null : parsed.values.input;
  const keyLookup = await readPseudonymKey(parsed.values["pseudonym-key-file"], process.env, inputRead);
  if ("error" in keyLookup) {
    log(`error: ${keyLookup.error}`);
    return 2;
  }
  const maxFileMb = parsed.values["max-file-mb"] === undefined ? DEFAULT_MAX_FILE_MB : Number(parsed.values["max-file-mb"]);
  if (!(Number.isInteger(maxFileMb) && maxFileMb >= 1 && maxFileMb <= 4096)) {
    log(`error: --max-file-mb needs a whole number of megabytes from 1 to 4096, got "${parsed.values["max-file-mb"]}". ${helpHint(command)}`);
    return 2;
  }
  const maxFileBytes = maxFileMb * 1_048_576;
  if (command === "verify") {
    const { runVerify } = await import("./commands/verify.ts");
    return runVerify({ input: argv.includes("--input") ? parsed.values.input : null, out: parsed.values.out, dataset, version: extra[0] ?? null, pseudonymKey: keyLookup.key, maxFileBytes }, log);
  }
  if (command === "diff") {
    const { runDiff } = await import("./commands/diff.ts");
    return runDiff({ out: parsed.values.out, dataset, from: extra[0]!, to: extra[1]!, json: parsed.values.json }, (t) => process.stdout.write(t), log);
  }
  if (command === "eval") {
    const { DEFAULT_CORPORA, runEval } = await import("./commands/eval.ts");
    const { gold, verbose } = parsed.values;
    const given = argv.includes("--input");
    if ((gold === undefined) !== !given) {
      log(`error: eval takes --input and --gold together, or neither. ${helpHint(command)}`);
      return 2;
    }
    const corpora = gold === undefined ? DEFAULT_CORPORA : [{ name: parsed.values.input, input: parsed.values.input, gold }];
    return runEval(corpora, verbose, (text) => process.stdout.write(text), log);
  }
  const options = BuildArgs.safeParse(parsed.values);
  if (!options.success) {
    log(`error: ${options.error.issues.map((i) => i.message).join("; ")}. ${helpHint(command)}`);
    return 2;
  }
  const o = options.data;
  const reportFile = parsed.values.report;
  const writeReport = async (report: BuildReport) => {
    if (reportFile !== undefined) await writeFile(reportFile, stableJson(report), "utf8");
  };
  const workers = parsed.values.workers === undefined ? undefined : Number(parsed.values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) {
    log(`error: --workers needs a whole number from 1 to 64, got "${parsed.values.workers}". ${helpHint(command)}`);
    return 2;
  }
  if (o["pseudonymize-residents"] && keyLookup.key === null) {
    log("error: --pseudonymize-residents needs your secret key: set the environment variable CLAIMS_PSEUDONYM_KEY, or give --pseudonym-key-file FILE (at least 16 random characters; keep it outside the release, and keep it: a rebuild needs the same key)");
    return 2;
  }
  if (command === "build" && (parsed.values.shard === undefined) !== (parsed.values.entries === undefined)) {
    log(`error: ${parsed.values.shard === undefined ? "--entries goes with --shard I/N (to publish from the shards' entries, run claims-dataset assemble --entries DIR)" : "--shard needs --entries DIR, the folder every shard shares"}. ${helpHint(command)}`);
    return 2;
  }
  if (command === "build" && parsed.values.shard !== undefined) {
    const { parseShard } = await import("./run/shard-record.ts");
    const shard = parseShard(parsed.values.shard);
    if ("error" in shard) {
      log(`error: ${shard.error}. ${helpHint(command)}`);
      return 2;
    }
    const { runShard } = await import("./run/build-shard.ts");
    return runShard({ input: o.input, entries: parsed.values.entries!, shard, pseudonymKey: o["pseudonymize-residents"] ? keyLookup.key : null, maxFileBytes, ...(workers === undefined ? {} : { workers }) }, log);
  }
  if (command === "assemble" && parsed.values.entries === undefined) {
    log(`error: assemble needs --entries DIR, the folder the shards wrote. ${helpHint(command)}`);
    return 2;
  }
  const { runBuild } = await import("./run/build.ts");
  return runBuild({ input: o.input, out: o.out, allowRejects: o["allow-rejects"], pseudonymKey: o["pseudonymize-residents"] ? keyLookup.key : null, version: o.version ?? null, maxFileBytes, ...(reportFile === undefined ? {} : { report: reportFile }), cache: !parsed.values["no-cache"], ...(workers === undefined ? {} : { workers }), ...(command === "assemble" ? { entries: parsed.values.entries! } : {}) }, log, writeReport);
}

/** The exit status of a failure the pipeline did not foresee (sysexits' EX_SOFTWARE): not 1, which means rejects. */
export const UNEXPECTED_EXIT = 70;

/** The last net: whatever no command caught is one line (with --debug, the stack too) and its own exit status. */
export function unexpected(error: unknown, debug: boolean, log: (line: string) => void): number {
  log(`error: the pipeline failed unexpectedly (${errorLine(error)}). ${debug ? "" : "Run the same command with --debug to see where, and "}please report it${debug ? " with what follows" : ""}.`);
  if (debug && error instanceof Error && error.stack) log(error.stack);
  return UNEXPECTED_EXIT;
}

/**
 * Whether `npm run` in this project started this process: npm's variables name this project's
 * package.json and the process runs in its folder. A child started under `npm test` (another
 * checkout, a test's build) inherits the variables but not both of those.
 */
function runByNpmHere(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.INIT_CWD) && env.npm_package_json === join(PROJECT_ROOT, "package.json") && resolve(process.cwd()) === resolve(PROJECT_ROOT);
}

/**
 * Runs the command line as a process: sets the exit status, and catches what nothing else did. Under
 * `npm run` (whose working folder is the project's) paths are read from the folder npm was run in.
 */
export async function runCommandLine(argv: readonly string[]): Promise<void> {
  const debug = argv.includes("--debug");
  const log = (line: string) => process.stderr.write(`${line}\n`);
  process.on("uncaughtException", (error) => process.exit(unexpected(error, debug, log)));
  process.on("unhandledRejection", (error) => process.exit(unexpected(error, debug, log)));
  try {
    if (runByNpmHere(process.env)) process.chdir(process.env.INIT_CWD!);
    process.exitCode = await main(argv.filter((a) => a !== "--debug"), log);
  } catch (error) {
    process.exitCode = unexpected(error, debug, log);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await runCommandLine(process.argv.slice(2));
