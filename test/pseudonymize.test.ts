// Residents' names replaced by keyed pseudonyms: the same key gives the same pseudonyms, another key
// others; every way a text writes a resident's name is caught; a resident is known by the forms that
// introduce one; verify says plainly when it lacks the key.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildDataset } from "../pipeline/build/build-dataset.ts";
import { pseudonymParts, replaceNames } from "../pipeline/build/pseudonymize.ts";
import { keyProblem, pseudonymKeyId } from "../pipeline/build/pseudonym-key.ts";
import { main } from "../pipeline/cli.ts";
import { inTempDir } from "./helpers.ts";

const KEY = "publisher-secret-key-0123456789";
const TEXT =
  "Families in Qianjin village earn more\n\n" +
  "Kemu Tursun, a resident of Qianjin, said her family now earns 1,800 yuan a month. \"Life is better,\" Tursun said.\n\n" +
  "Li Fang, director of the working team, said officials paired with 34 households.\n";

function build(text: string, pseudonymKey: string | null) {
  return buildDataset({ files: [{ path: "a.txt", bytes: new TextEncoder().encode(text) }], manifestText: null, version: "1.0.0", pseudonymKey }).dataset;
}

test("pseudonyms are keyed: the same key gives the same words, another key others, and the name's case does not matter", () => {
  const parts = pseudonymParts("Kemu Tursun", KEY);
  assert.equal(parts.length, 2);
  for (const p of parts) assert.match(p, /^[A-Z][a-z]{5}$/);
  assert.deepEqual(pseudonymParts("Kemu Tursun", KEY), parts);
  assert.deepEqual(pseudonymParts("KEMU TURSUN", KEY), parts);
  assert.notDeepEqual(pseudonymParts("Kemu Tursun", "another-secret-key-0123456789"), parts);
  assert.notDeepEqual(pseudonymParts("Kemu Tursan", KEY), parts);
});

test("a key's id tells keys apart without being the key; a short key is refused", () => {
  assert.match(pseudonymKeyId(KEY), /^[0-9a-f]{16}$/);
  assert.equal(pseudonymKeyId(KEY), pseudonymKeyId(KEY));
  assert.notEqual(pseudonymKeyId(KEY), pseudonymKeyId(`${KEY}x`));
  assert.equal(pseudonymKeyId(KEY).includes(KEY.slice(0, 8)), false);
  assert.match(keyProblem("short") ?? "", /has 5 characters; use at least 16/);
  assert.equal(keyProblem(KEY), null);
});

test("whole words only are replaced, in any case, with the pseudonym in the case the name was written", () => {
  const names = new Map([["tursun", "Pako"], ["zhangwei", "Dalusi"]]);
  assert.equal(replaceNames("Tursun and Tursunay met TURSUN and Zhangwei. Tursun's cow.", names), "Pako and Tursunay met PAKO and Dalusi. Pako's cow.");
});

test("--pseudonymize-residents replaces residents' names everywhere and keeps officials' names", () => {
  const plain = build(TEXT, null);
  const hidden = build(TEXT, KEY);
  const [given, family] = pseudonymParts("Kemu Tursun", KEY) as [string, string];
  const everything = JSON.stringify([...hidden.tables.claims, ...hidden.tables.quotes, ...hidden.tables.people, ...hidden.tables.mentions]) + hidden.texts.map((t) => t.text).join("");
  assert.equal(/Kemu|Tursun/.test(everything), false, "the real name is gone from every table and text");
  assert.ok(hidden.texts[0]!.text.includes(`${given} ${family}, a resident of Qianjin`));
  assert.ok(hidden.texts[0]!.text.includes(`${family} said`), "the surname used alone is replaced by its own pseudonym");
  assert.deepEqual([...hidden.tables.people].map((p) => [p.name, p.kind]), [[`${given} ${family}`, "resident"], ["Li Fang", "official"]]);
  assert.deepEqual([...hidden.tables.claims].map((c) => [c.value, c.attributed_to]), [[1800, `${given} ${family}`], [34, "Li Fang"]]);
  assert.equal(hidden.pseudonymizedResidents, 1);
  assert.equal(plain.pseudonymizedResidents, null);
  assert.ok(plain.texts[0]!.text.includes("Kemu Tursun"));
  // The same key rebuilds the same bytes.
  assert.equal(JSON.stringify([...build(TEXT, KEY).tables.claims]), JSON.stringify([...hidden.tables.claims]));
});

test("residents are known by the forms that introduce one, and caught however the text writes them", () => {
  const text =
    "Herders settle in Altay\n\n" +
    "A villager, Jike Ayi, 35, told reporters that his income doubled. JIKE AYI now raises 40 sheep.\n\n" +
    "Patigul Rozi, a Kazakh herder from Altay, said her family moved in 2019. Rozi keeps bees.\n\n" +
    "Aynur Memetjan, 29, runs a shop; Aynurmemetjan is how her sign spells it.\n\n" +
    "Governor Tang Renjian said 31 counties remain on the list.\n";
  const hidden = build(text, KEY);
  const out = hidden.texts[0]!.text;
  for (const real of ["Jike", "Ayi", "JIKE", "Patigul", "Rozi", "Aynur", "Memetjan", "Aynurmemetjan"]) assert.equal(out.includes(real), false, `${real} is replaced`);
  assert.ok(out.includes("Tang Renjian"), "an official keeps his name");
  assert.ok(out.includes(`${pseudonymParts("Jike Ayi", KEY).join(" ").toUpperCase()} now raises`), "a name in capitals becomes a pseudonym in capitals");
  assert.deepEqual([...hidden.tables.people].map((p) => p.kind).sort(), ["official", "resident", "resident", "resident"]);
});

test("the command line asks for the key, and verify says plainly when it lacks it", async () => {
  await inTempDir("pseudonym-", async (dir) => {
    const input = join(dir, "in");
    await mkdir(input);
    await writeFile(join(input, "a.txt"), TEXT);
    const lines: string[] = [];
    const log = (l: string) => lines.push(l);
    const saved = process.env.CLAIMS_PSEUDONYM_KEY;
    delete process.env.CLAIMS_PSEUDONYM_KEY;
    try {
      assert.equal(await main(["build", "--input", input, "--out", join(dir, "out"), "--pseudonymize-residents", "--no-cache"], log), 2);
      assert.match(lines.join("\n"), /--pseudonymize-residents needs your secret key: set the environment variable CLAIMS_PSEUDONYM_KEY, or give --pseudonym-key-file FILE/);
      await writeFile(join(dir, "short.key"), "abc\n");
      assert.equal(await main(["build", "--input", input, "--out", join(dir, "out"), "--pseudonymize-residents", "--pseudonym-key-file", join(dir, "short.key")], log), 2);
      assert.match(lines.at(-1)!, /the pseudonym key has 3 characters/);
      await writeFile(join(dir, "good.key"), `${KEY}\n`);
      assert.equal(await main(["build", "--input", input, "--out", join(dir, "out"), "--pseudonymize-residents", "--pseudonym-key-file", join(dir, "good.key"), "--no-cache"], log), 0);
      lines.length = 0;
      assert.equal(await main(["verify", "--input", input, "--out", join(dir, "out")], log), 1);
      assert.match(lines.join("\n"), /cannot rebuild 1\.0\.0 to compare it: its residents' names were replaced by pseudonyms keyed with the publisher's secret key, which verify was not given/);
      lines.length = 0;
      process.env.CLAIMS_PSEUDONYM_KEY = "a-different-key-0123456789";
      assert.equal(await main(["verify", "--input", input, "--out", join(dir, "out")], log), 1);
      assert.match(lines.join("\n"), /the pseudonym key given is not the one it was built with/);
      lines.length = 0;
      assert.equal(await main(["verify", "--input", input, "--out", join(dir, "out"), "--pseudonym-key-file", join(dir, "good.key")], log), 0);
      assert.match(lines.join("\n"), /every file matches SHA256SUMS, and the rebuild from the recorded inputs gives the same bytes/);
    } finally {
      if (saved === undefined) delete process.env.CLAIMS_PSEUDONYM_KEY;
      else process.env.CLAIMS_PSEUDONYM_KEY = saved;
    }
  });
});
