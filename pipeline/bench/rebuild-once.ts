// One build in a process of its own, as a person's rebuild runs: `rebuild-once.ts INPUT OUT CACHE`.
// The benchmark times the whole process (start-up, loading the code, the build), not the build alone.
import { runBuild } from "../run/build.ts";

const [input, out, cacheDir] = process.argv.slice(2);
if (input === undefined || out === undefined || cacheDir === undefined) throw new Error("usage: rebuild-once.ts INPUT OUT CACHE");
process.exitCode = await runBuild({ input, out, cacheDir, allowRejects: false, pseudonymKey: null, version: null }, () => {});
