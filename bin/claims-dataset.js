#!/usr/bin/env node
// The installed command (`claims-dataset build --input news`): loads tsx from this project, so the
// TypeScript pipeline runs from any folder, and hands over to the command line. Paths given on the
// command line stay relative to the folder it is run from.
import { register } from "tsx/esm/api";

register();
const { runCommandLine } = await import("../pipeline/cli.ts");
await runCommandLine(process.argv.slice(2));
