// Residents' names replaced by keyed pseudonyms: the same key gives the same pseudonyms, another key
// others; every way a text writes a resident's name is caught (any case, parts apart or run together,
// possessive), never inside another word; spans still slice from the published text; the cost is
// linear in the text whatever the number of residents; a resident is known by the forms that introduce
// one; verify says plainly when it lacks the key, and checks what it can without it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildDataset } from "../pipeline/stage/build-dataset.ts";
import { pseudonymParts, replaceNames, residentReplacements } from "../pipeline/stage/pseudonymize.ts";
import type { Person } from "../pipeline/extract/people.ts";
import { TABLE_NAMES } from "../pipeline/schema/tables.ts";
import { keyProblem, pseudonymKeyId } from "../pipeline/stage/pseudonym-key.ts";
import { main } from "../pipeline/cli.ts";
import { dateBuilds, inTempDir } from "./helpers.ts";

dateBuilds();

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

/** A person as the extractor gives one, with a mention at each place the text writes `forms`. */
function person(text: string, name: string, role: string, forms: string[]): Person {
  const mentions = forms.flatMap((form) => [...text.matchAll(new RegExp(`(?<![\\p{L}])${form}(?![\\p{L}])`, "gu"))].map((m) => ({ start: m.index, end: m.index + form.length })));
  return { name, role, affiliation: null, mentions };
}

/** Every span of every table slices back from the published text, in code points. */
function assertSpansRoundTrip(dataset: ReturnType<typeof build>): number {
  const points = new Map(dataset.texts.map((t) => [t.documentId, Array.from(t.text)]));
  let checked = 0;
  for (const table of TABLE_NAMES) {
    for (const row of dataset.tables[table]) {
      if (!("char_start" in row) || row.char_start === null) continue;
      const text = points.get(String(row.document_id))!;
      assert.equal(text.slice(Number(row.char_start), Number(row.char_end)).join(""), row.span_text, `${table}: ${String(row.span_text)}`);
      checked++;
    }
  }
  return checked;
}

test("a resident's name is caught in capitals, parts apart or run together, and before a possessive, in the shape it was written", () => {
  const names = new Map([["zhang wei", "Fesoga Foroba"], ["zhangwei", "FesogaForoba"], ["zhang", "Fesoga"]]);
  const cases: [string, string][] = [
    ["ZHANG WEI said", "FESOGA FOROBA said"],
    ["ZHANG Wei said", "FESOGA Foroba said"],
    ["zhang wei said", "fesoga foroba said"],
    ["Zhang  Wei and Zhang\nWei", "Fesoga  Foroba and Fesoga\nForoba"],
    ["Zhang-Wei, Zhang-wei, Zhang\u2011Wei, Zhang·Wei", "Fesoga-Foroba, Fesoga-foroba, Fesoga\u2011Foroba, Fesoga·Foroba"],
    ["Zhangwei, ZhangWei, ZHANGWEI.", "Fesogaforoba, FesogaForoba, FESOGAFOROBA."],
    // The possessive stays as written, after the whole pseudonym (not "Fesoga" with its "'s" lost).
    ["Zhang's cow, ZHANG'S SHEEP, Zhang’s goat, Zhang Wei's farm, Zhangwei's shop.", "Fesoga's cow, FESOGA'S SHEEP, Fesoga’s goat, Fesoga Foroba's farm, Fesogaforoba's shop."],
    ["\"Zhang\" and 'Zhang' and (Zhang Wei)", "\"Fesoga\" and 'Fesoga' and (Fesoga Foroba)"],
    ["Zhang Wei\n\nWei Dong", "Fesoga Foroba\n\nWei Dong"],
  ];
  for (const [text, expected] of cases) assert.equal(replaceNames(text, names), expected, text);
});

test("a name is never replaced inside a longer word, nor a lone part in lower case", () => {
  const names = new Map([["zhang wei", "Fesoga Foroba"], ["zhangwei", "FesogaForoba"], ["zhang", "Fesoga"]]);
  for (const text of ["Zhangweiqiang", "Zhangs", "LiZhang", "Zhang2", "Zhang'an and Xi'an", "Zhang-led", "the Zhang-Wei-Qiang road" /* one hyphened word */, "a zhang of cloth", "Zhangwe\u0301i"]) {
    assert.equal(replaceNames(text, names), text, text);
  }
  // "Wei-qiang" is another given name: the surname alone is still a form of the resident's name.
  assert.equal(replaceNames("Zhang Wei-qiang", names), "Fesoga Wei-qiang");
  // "Li Na": her given name alone is caught, but not "Li" in "Lina", "Li'an" or "LIN", and "Lina" is too short to be taken for "Li Na" run together.
  const text = "Li Na, 40, a farmer, said she met Lina in Li'an. Li laughed. LIN and Lina's cousin.";
  const map = residentReplacements(text, [person(text, "Li Na", "farmer", ["Li Na", "Li"])], KEY);
  const [li, na] = pseudonymParts("Li Na", KEY) as [string, string];
  assert.deepEqual([...map.keys()], ["li na", "li"]);
  assert.equal(replaceNames(text, map), `${li} ${na}, 40, a farmer, said she met Lina in Li'an. ${li} laughed. LIN and Lina's cousin.`);
});

test("a resident's surname used alone leaves an official of the same surname whole", () => {
  const text = "Zhang Wei, 35, a villager, said his income doubled. Zhang keeps bees. Governor Zhang Min said 31 counties remain. ZHANG MIN's office agreed.";
  const map = residentReplacements(text, [person(text, "Zhang Wei", "villager", ["Zhang Wei", "Zhang"]), person(text, "Zhang Min", "governor", ["Zhang Min"])], KEY);
  const [zhang, wei] = pseudonymParts("Zhang Wei", KEY) as [string, string];
  assert.equal(replaceNames(text, map), `${zhang} ${wei}, 35, a villager, said his income doubled. ${zhang} keeps bees. Governor Zhang Min said 31 counties remain. ZHANG MIN's office agreed.`);
});

test("built with pseudonyms, no form of a resident's name is left, and every span slices from the published text", () => {
  const text =
    "Herders earn more in Qianjin\n\n" +
    "A villager, Zhang Wei, 35, said his income doubled to 1,800 yuan a month. ZHANG WEI now raises 40 sheep.\n\n" +
    "\"Life is better,\" Zhang said. Zhang's cow gives 12 litres of milk a day; Zhangwei is how his shop sign spells it, and his cart ZHANG·WEI.\n\n" +
    "Zhang-Wei's shop is on Zhangweiqiang Road. Officials paired with 34 households, said Governor Li Fang.\n";
  const plain = build(text, null);
  const hidden = build(text, KEY);
  const [zhang, wei] = pseudonymParts("Zhang Wei", KEY) as [string, string];
  const out = hidden.texts[0]!.text;
  assert.ok(out.includes(`A villager, ${zhang} ${wei}, 35,`));
  assert.ok(out.includes(`${zhang.toUpperCase()} ${wei.toUpperCase()} now raises`), "a name in capitals becomes a pseudonym in capitals");
  assert.ok(out.includes(`${zhang} said. ${zhang}'s cow`), "the surname alone and its possessive");
  assert.ok(out.includes(`${zhang}${wei.toLowerCase()} is how`), "run together");
  assert.ok(out.includes(`cart ${zhang.toUpperCase()}·${wei.toUpperCase()}.`), "its parts apart by a middle dot");
  assert.ok(out.includes(`${zhang}-${wei}'s shop is on Zhangweiqiang Road`), "hyphened, and never inside a longer word");
  assert.ok(out.includes("Governor Li Fang"), "an official keeps his name");
  const rows = JSON.stringify(TABLE_NAMES.map((t) => [...hidden.tables[t]]));
  for (const real of [/\bZhang(?: |-)?Wei\b/i, /\bZhang\b/i, /\bWei\b/i]) {
    assert.equal(real.test(out.replace("Zhangweiqiang", "")), false, `${real} is gone from the text`);
    assert.equal(real.test(rows.replaceAll("Zhangweiqiang", "")), false, `${real} is gone from the rows`);
  }
  assert.ok(assertSpansRoundTrip(hidden) > 10);
  assert.ok(assertSpansRoundTrip(plain) > 10);
});

test("replacement is linear in the text: 1,000 residents cost about what 10 do on a 1 MB text", () => {
  const syllables = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo"];
  // 1,000 distinct two-part names, each mentioned by its surname alone too (three forms each).
  const nameOf = (k: number) => `${syllables[k % 20]}${k} ${syllables[Math.floor(k / 20) % 20]}${syllables[(k * 7) % 20]!.toLowerCase()}`;
  // The text the residents were read from: each named in full, then by surname alone.
  const residents = (n: number) => {
    let read = "";
    const people: Person[] = [];
    for (let k = 0; k < n; k++) {
      const [name, surname] = [nameOf(k), nameOf(k).split(" ")[0]!];
      const start = read.length;
      read += `${name}, a villager. ${surname} said so. `;
      people.push({ name, role: "villager", affiliation: null, mentions: [{ start, end: start + name.length }, { start: read.indexOf(surname, start + name.length), end: read.indexOf(surname, start + name.length) + surname.length }] });
    }
    return { read, people };
  };
  const paragraph = `A villager, ${nameOf(0)}, said income rose to 1,800 yuan. ${nameOf(0).toUpperCase()} and ${nameOf(9).replace(" ", "")}'s cow; Lina met Wang-Li in Xi'an, and ${nameOf(999)} agreed. `;
  const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
  const time = (n: number) => {
    const { read, people } = residents(n);
    const map = residentReplacements(read, people, KEY);
    const start = performance.now();
    const out = replaceNames(text, map);
    return { ms: performance.now() - start, out, size: map.size };
  };
  time(10);
  const few = time(10);
  const many = time(1000);
  assert.equal(many.size, 3000);
  for (const k of [0, 9, 999]) assert.equal(new RegExp(`\\b${nameOf(k).split(" ")[0]}\\b`, "i").test(many.out), false, `${nameOf(k)} is replaced`);
  assert.ok(many.ms < few.ms * 4 + 300, `1,000 residents took ${many.ms.toFixed(0)} ms where 10 took ${few.ms.toFixed(0)} ms`);
  assert.ok(many.ms < 5000, `${many.ms.toFixed(0)} ms for 1 MB`);
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
      // Without the key the checksums are all that can be checked: not a failure.
      assert.equal(await main(["verify", "--input", input, "--out", join(dir, "out")], log), 0);
      assert.match(lines.join("\n"), /^verify 1\.0\.0: integrity passed \(\d+ files match SHA256SUMS\); reproducibility could not run: its residents' names were replaced by pseudonyms keyed with the publisher's secret key, which verify was not given; set CLAIMS_PSEUDONYM_KEY or give --pseudonym-key-file FILE$/);
      lines.length = 0;
      process.env.CLAIMS_PSEUDONYM_KEY = "a-different-key-0123456789";
      assert.equal(await main(["verify", "--input", input, "--out", join(dir, "out")], log), 0);
      assert.match(lines.join("\n"), /reproducibility could not run: the pseudonym key given is not the one it was built with \(key id [0-9a-f]{16}, this version's [0-9a-f]{16}\); give the key it was built with$/);
      lines.length = 0;
      assert.equal(await main(["verify", "--input", input, "--out", join(dir, "out"), "--pseudonym-key-file", join(dir, "good.key")], log), 0);
      assert.match(lines.join("\n"), /^verify 1\.0\.0: integrity passed \(\d+ files match SHA256SUMS\); reproducibility passed \(today's code rebuilds the same bytes from the recorded inputs\)$/);
    } finally {
      if (saved === undefined) delete process.env.CLAIMS_PSEUDONYM_KEY;
      else process.env.CLAIMS_PSEUDONYM_KEY = saved;
    }
  });
});
