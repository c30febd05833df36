// One build at a time per dataset folder: a lock file made with O_EXCL holds the builder's pid. A
// second build finds it and refuses; a lock whose process is gone is stale and taken over.
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";

export const LOCK_FILE = ".build.lock";

export class LockedError extends Error {
  constructor(readonly lockPath: string, readonly pid: number) {
    super(`another build (process ${pid}) is writing ${lockPath.replace(/[\\/]\.build\.lock$/, "")}; wait for it to finish and build again`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock of `datasetDir`; returns the function that gives it back. */
export async function acquireLock(datasetDir: string): Promise<() => Promise<void>> {
  await mkdir(datasetDir, { recursive: true });
  const path = join(datasetDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return async () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new LockedError(path, pid);
      await rm(path, { force: true });
    }
  }
  throw new LockedError(path, 0);
}
