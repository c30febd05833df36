// A new version shares the previous version's unchanged texts as hard links (publish/write-release.ts):
// the same bytes under both names, never a file the new build wrote into; a changed text is its own file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { main } from "../pipeline/cli.ts";
import { dateBuilds, inTempDir } from "./helpers.ts";

dateBuilds();

test("unchanged texts are the previous version's files, linked; a changed one is written anew; both versions verify", async () => {
  await inTempDir("shared-texts", async (dir) => {
    const input = join(dir, "in");
    await mkdir(input);
    await writeFile(join(input, "gansu.txt"), "Gansu paves roads\n\nThe county built 40 roads in 2019, officials said.\n");
    await writeFile(join(input, "ningxia.txt"), "Ningxia gets water\n\nThe region piped water to 120 villages in 2019.\n");
    const out = join(dir, "out");
    const quiet = () => {};
    assert.equal(await main(["build", "--input", input, "--out", out], quiet), 0);
    await appendFile(join(input, "gansu.txt"), "It also built 7 schools.\n");
    assert.equal(await main(["build", "--input", input, "--out", out], quiet), 0);
    const text = (version: string, id: string) => join(out, "claims-dataset", version, "texts", `${id}.txt`);
    const [before, after] = [await stat(text("1.0.0", "ningxia")), await stat(text("1.1.0", "ningxia"))];
    assert.equal(after.ino, before.ino, "the unchanged text is one file under two names");
    assert.equal(after.nlink, 2);
    const [old, edited] = [await stat(text("1.0.0", "gansu")), await stat(text("1.1.0", "gansu"))];
    assert.notEqual(edited.ino, old.ino);
    assert.equal(old.nlink, 1);
    assert.match(await readFile(text("1.1.0", "gansu"), "utf8"), /7 schools/);
    assert.doesNotMatch(await readFile(text("1.0.0", "gansu"), "utf8"), /7 schools/);
    const lines: string[] = [];
    assert.equal(await main(["verify", "--out", out], (l) => lines.push(l)), 0, lines.join("\n"));
    assert.equal(lines.filter((l) => /integrity passed/.test(l)).length, 2);
  });
});
