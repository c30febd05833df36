// The folder a build without the cache keeps its documents' entries in, under the system's temp
// folder. Its name holds the build's process id, so a build killed before it could remove its
// folder leaves one the next build recognises as abandoned (no such process) and removes; a build
// stopped by Ctrl-C or a TERM signal removes its own on the way out.
import { mkdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alive } from "../publish/build-lock.ts";

const PREFIX = "claims-build-";
const live = new Set<string>();
let handlersSet = false;

/** Removes the scratch folders of builds that are no longer running. */
async function removeAbandoned(): Promise<void> {
  let names: string[];
  try {
    names = await readdir(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /^claims-build-(\d{1,10})-/.exec(name);
    if (pid !== null && Number(pid[1]) !== process.pid && !alive(Number(pid[1]))) await rm(join(tmpdir(), name), { recursive: true, force: true }).catch(() => {});
  }
}

function removeAllAndExit(signal: NodeJS.Signals): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  process.exit(signal === "SIGINT" ? 130 : 143);
}

export async function scratchFolder(): Promise<string> {
  await removeAbandoned();
  const dir = await mkdtemp(join(tmpdir(), `${PREFIX}${process.pid}-`));
  live.add(dir);
  if (!handlersSet) {
    handlersSet = true;
    process.once("SIGINT", removeAllAndExit);
    process.once("SIGTERM", removeAllAndExit);
  }
  return dir;
}

export async function removeScratch(dir: string): Promise<void> {
  live.delete(dir);
  await rm(dir, { recursive: true, force: true });
}

/** Why `dir` cannot be written (made, and a file put in it), or null when it can. */
export function cannotWrite(dir: string): string | null {
  const probe = join(dir, `.probe-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, "");
    unlinkSync(probe);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}
