// One build at a time per dataset folder: the lock is never seen without its holder, a live holder
// is refused whoever asks first, and only a lock whose holder is gone (or a long-empty one) is taken over.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readdir, readFile, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { acquireLock, EMPTY_LOCK_GRACE_MS, LOCK_FILE, LockedError } from "../pipeline/publish/build-lock.ts";
import { inTempDir } from "./helpers.ts";

test("of builds asking at once, one holds the lock, the others are refused with its pid, and it can be had again once given back", async () => {
  await inTempDir("lock", async (dir) => {
    for (let round = 0; round < 20; round++) {
      const asked = await Promise.allSettled([acquireLock(dir), acquireLock(dir), acquireLock(dir)]);
      const held = asked.filter((a) => a.status === "fulfilled");
      assert.equal(held.length, 1, `round ${round}`);
      for (const a of asked) if (a.status === "rejected") assert.ok(a.reason instanceof LockedError && a.reason.pid === process.pid, String(a.status === "rejected" && a.reason));
      assert.match(await readFile(join(dir, LOCK_FILE), "utf8"), new RegExp(`^${process.pid} \\d+\n$`));
      await (held[0] as PromiseFulfilledResult<() => Promise<void>>).value();
    }
    assert.deepEqual(await readdir(dir), [], "no lock and no file of the making is left");
  });
});

test("a lock whose process is gone is taken over; one without a pid only once it is old", async () => {
  await inTempDir("lock", async (dir) => {
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    await writeFile(join(dir, LOCK_FILE), `${gone.stdout}\n`);
    const release = await acquireLock(dir);
    assert.match(await readFile(join(dir, LOCK_FILE), "utf8"), new RegExp(`^${process.pid} \\d+\n$`));
    await release();

    await writeFile(join(dir, LOCK_FILE), "");
    await assert.rejects(acquireLock(dir), (e: unknown) => e instanceof LockedError && e.pid === 0 && /^another build is writing /.test(e.message));
    const old = new Date(Date.now() - EMPTY_LOCK_GRACE_MS - 1000);
    await utimes(join(dir, LOCK_FILE), old, old);
    await (await acquireLock(dir))();
    assert.deepEqual(await readdir(dir), []);
  });
});

test("a lock naming a live pid is stale when that process started after the lock was made: a container's pid 1 does not block forever", async () => {
  await inTempDir("lock", async (dir) => {
    // This process's own pid, as a build killed in an earlier run of the same container would leave it.
    await writeFile(join(dir, LOCK_FILE), `${process.pid}\n`);
    await (await acquireLock(dir))();
    // The pid of a live process (the parent), with a start time it does not have.
    await writeFile(join(dir, LOCK_FILE), `${process.ppid} 1\n`);
    await (await acquireLock(dir))();
    // The same process with its true start time holds the lock.
    const started = readFileSync(`/proc/${process.ppid}/stat`, "utf8").split(") ")[1]!.split(" ")[19];
    await writeFile(join(dir, LOCK_FILE), `${process.ppid} ${started}\n`);
    await assert.rejects(acquireLock(dir), (e: unknown) => e instanceof LockedError && e.pid === process.ppid);
  });
});

test("the lock's holder removes the files of the making that builds killed before they linked left, and only those", async () => {
  await inTempDir("lock", async (dir) => {
    const gone = Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
    const live = process.ppid;
    const left = [`${LOCK_FILE}.${gone}-1`, `${LOCK_FILE}.${gone}-2`];
    const kept = [`${LOCK_FILE}.${live}-1`, `${LOCK_FILE}.${process.pid}-999`, `${LOCK_FILE}.notes`];
    for (const name of [...left, ...kept]) await writeFile(join(dir, name), `${name}\n`);
    const release = await acquireLock(dir);
    assert.deepEqual((await readdir(dir)).sort(), [LOCK_FILE, ...kept].sort());
    await release();
  });
});
