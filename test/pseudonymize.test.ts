import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDataset } from "../pipeline/build/build-dataset.ts";
import { pseudonymParts, replaceNames } from "../pipeline/build/pseudonymize.ts";

const TEXT =
  "Families in Qianjin village earn more\n\n" +
  "Kemu Tursun, a resident of Qianjin, said her family now earns 1,800 yuan a month. \"Life is better,\" Tursun said.\n\n" +
  "Li Fang, director of the working team, said officials paired with 34 households.\n";

function build(pseudonymizeResidents: boolean) {
  return buildDataset({ files: [{ path: "a.txt", bytes: new TextEncoder().encode(TEXT) }], manifestText: null, version: "1.0.0", pseudonymizeResidents }).dataset;
}

test("pseudonyms are stable, one pronounceable word per part of the name", () => {
  const parts = pseudonymParts("Kemu Tursun");
  assert.equal(parts.length, 2);
  for (const p of parts) assert.match(p, /^[A-Z][a-z]{5}$/);
  assert.deepEqual(pseudonymParts("Kemu Tursun"), parts);
  assert.notDeepEqual(pseudonymParts("Kemu Tursan"), parts);
});

test("whole words only are replaced", () => {
  assert.equal(replaceNames("Tursun and Tursunay met Tursun.", new Map([["Tursun", "Pako"]])), "Pako and Tursunay met Pako.");
});

test("--pseudonymize-residents replaces residents' names everywhere and keeps officials' names", () => {
  const plain = build(false);
  const hidden = build(true);
  const [given, family] = pseudonymParts("Kemu Tursun") as [string, string];
  const everything = JSON.stringify(hidden.tables) + hidden.texts.map((t) => t.text).join("");
  assert.equal(/Kemu|Tursun/.test(everything), false, "the real name is gone from every table and text");
  assert.ok(hidden.texts[0]!.text.includes(`${given} ${family}, a resident of Qianjin`));
  assert.ok(hidden.texts[0]!.text.includes(`${family} said`), "the surname used alone is replaced by its own pseudonym");
  assert.deepEqual([...hidden.tables.people].map((p) => [p.name, p.kind]), [[`${given} ${family}`, "resident"], ["Li Fang", "official"]]);
  assert.deepEqual([...hidden.tables.claims].map((c) => [c.value, c.attributed_to]), [[1800, `${given} ${family}`], [34, "Li Fang"]]);
  assert.equal(hidden.pseudonymizedResidents, 1);
  assert.equal(plain.pseudonymizedResidents, null);
  assert.ok(plain.texts[0]!.text.includes("Kemu Tursun"));
});
