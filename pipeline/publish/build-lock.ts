// One build at a time per dataset folder: a lock file, linked into place with the builder's pid in
// it, holds the folder. A second build finds it and refuses; a lock whose process is gone is stale and taken over.
import { constants, readFileSync } from "node:fs";
import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";

export const LOCK_FILE = ".build.lock";

export class LockedError extends Error {
  constructor(readonly lockPath: string, readonly pid: number) {
    super(`another build${pid > 0 ? ` (process ${pid})` : ""} is writing ${lockPath.replace(/[\\/]\.build\.lock$/, "")}; wait for it to finish and build again`);
  }
}

/**
 * When a process started, in clock ticks since boot (Linux), or null where that cannot be read. A
 * pid is reused: in a container every first process is pid 1, so a lock left by a killed build
 * there names a pid that is always alive. The lock records its builder's start time as well, and a
 * process of that pid that started at another time is not its builder.
 */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22, counted after the command name's closing parenthesis (the name may hold spaces).
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

/** The lock's content: the builder's pid and, where known, when it started. */
function lockText(): string {
  const started = startTime(process.pid);
  return `${process.pid}${started === null ? "" : ` ${started}`}\n`;
}

function holds(pid: number, started: string | undefined): boolean {
  if (!alive(pid)) return false;
  const now = startTime(pid);
  // A lock without a start time where this process would have written one was not written by this
  // process, whatever its pid says (an older lock, or another container's pid 1).
  if (started === undefined) return !(pid === process.pid && now !== null);
  return now === null || now === started;
}

/** Whether a process of that pid exists (EPERM: it does, and belongs to someone else). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

let locksMade = 0;

/** Takes the lock of `datasetDir`; returns the function that gives it back. */
export async function acquireLock(datasetDir: string): Promise<() => Promise<void>> {
  await mkdir(datasetDir, { recursive: true });
  const path = join(datasetDir, LOCK_FILE);
  // The lock appears with the pid already in it (written beside it, then linked into place), so a
  // build never reads an empty lock from a live one and takes it for stale, as it could when the
  // file was made first and the pid written after. The file beside it is named for this call, not
  // only this process: two calls at once must not share (and remove) one.
  const mine = `${path}.${process.pid}-${++locksMade}`;
  await writeFile(mine, lockText());
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await placeLock(mine, path);
        // Housekeeping: a failure to list or remove must not leave the lock held and unreturned.
        await clearDeadMakings(datasetDir).catch(() => {});
        return async () => rm(path, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const holder = await lockHolder(path);
        if (holder !== null) throw new LockedError(path, holder);
        await rm(path, { force: true });
      }
    }
  } finally {
    await rm(mine, { force: true });
  }
  throw new LockedError(path, 0);
}

// A build killed between writing its file beside the lock and removing it leaves that file behind.
// Whoever holds the lock next removes those of processes that are gone; a live process's file (this
// one's included) may be about to be linked, so it is left alone.
async function clearDeadMakings(datasetDir: string): Promise<void> {
  for (const name of await readdir(datasetDir)) {
    const pid = Number(/^\.build\.lock\.(\d+)-\d+$/.exec(name)?.[1] ?? 0);
    if (pid > 0 && pid !== process.pid && !alive(pid)) await rm(join(datasetDir, name), { force: true });
  }
}

// A file system without hard links gets an exclusive copy: made, then filled, as before.
async function placeLock(mine: string, path: string): Promise<void> {
  try {
    await link(mine, path);
  } catch (error) {
    if (!["EPERM", "ENOTSUP", "ENOSYS"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
    await copyFile(mine, path, constants.COPYFILE_EXCL);
  }
}

/** A lock younger than this without a pid in it may be a lock being made: it is not taken over. */
export const EMPTY_LOCK_GRACE_MS = 60_000;

/** Who holds a lock: the pid of a live build, 0 when it names none yet, null when it is stale. */
async function lockHolder(path: string): Promise<number | null> {
  const [first, started] = (await readFile(path, "utf8").catch(() => "")).trim().split(" ");
  const pid = Number(first);
  if (first !== "" && Number.isInteger(pid) && pid > 0) return holds(pid, started) ? pid : null;
  // No pid: a build died as it made the lock, or one on a file system without links is making it.
  const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => Number.POSITIVE_INFINITY);
  return age < EMPTY_LOCK_GRACE_MS ? 0 : null;
}
