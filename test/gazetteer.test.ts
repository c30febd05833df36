import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { GAZETTEER, parentChain, parseGazetteer, placeById, placeNames, resolvePlace, type GazetteerEntry } from "../pipeline/gazetteer/gazetteer.ts";
import type { PlaceLevel } from "../pipeline/gazetteer/divisions.ts";
import { resolvePlaces } from "../pipeline/extract/place-resolution.ts";

function resolved(name: string, hint?: Parameters<typeof resolvePlace>[1]): GazetteerEntry {
  const entry = hint === undefined ? resolvePlace(name) : resolvePlace(name, hint);
  assert.ok(entry, `"${name}"${hint ? ` (${hint})` : ""} does not resolve`);
  return entry;
}

const idOf = (name: string, hint?: Parameters<typeof resolvePlace>[1]) => resolved(name, hint).id;

test("gazetteer: spelling variants resolve to one entry", () => {
  assert.equal(idOf("Kashi"), "cn-xj-kashgar");
  assert.equal(idOf("Kashgar"), "cn-xj-kashgar");
  assert.equal(idOf("Kashgar Prefecture"), "cn-xj-kashgar");
  assert.equal(idOf("Akto"), "cn-xj-kizilsu-akto");
  assert.equal(idOf("Aktao"), "cn-xj-kizilsu-akto");
  assert.equal(idOf("Akto County"), "cn-xj-kizilsu-akto");
  assert.equal(idOf("Aktao county"), "cn-xj-kizilsu-akto");
  assert.equal(idOf("Yusitunke Auikule"), "cn-xj-aksu-awati-yusitunke-ayikule");
  assert.equal(idOf("Yusitunke Ayikule"), "cn-xj-aksu-awati-yusitunke-ayikule");
  assert.equal(idOf("yusitunke auikule village"), "cn-xj-aksu-awati-yusitunke-ayikule");
  assert.equal(idOf("Hetian"), idOf("Hotan"));
  assert.equal(idOf("Yili"), "cn-xj-ili");
  assert.equal(idOf("Aletai"), "cn-xj-altay");
  assert.equal(idOf("Kezilesu"), "cn-xj-kizilsu");
  assert.equal(idOf("Kizilsu Kirghiz Autonomous Prefecture"), "cn-xj-kizilsu");
  assert.equal(idOf("Awat"), "cn-xj-aksu-awati");
  assert.equal(idOf("Uqturpan"), "cn-xj-aksu-wushi");
  assert.equal(idOf("Yarkant County"), "cn-xj-kashgar-shache");
  assert.equal(idOf("Taxkorgan Tajik Autonomous County"), "cn-xj-kashgar-taxkorgan");
  assert.equal(idOf("Ürümqi"), "cn-xj-urumqi");
  assert.equal(idOf("Xizang"), "cn-xz");
  assert.equal(idOf("Tibet Autonomous Region"), "cn-xz");
  assert.equal(idOf("Guangxi Zhuang Autonomous Region"), "cn-gx");
  assert.equal(idOf("Ningxia Hui Autonomous Region"), "cn-nx");
  assert.equal(idOf("Inner Mongolia Autonomous Region"), "cn-nm");
  assert.equal(idOf("Macau"), "cn-mo");
  assert.equal(idOf("Yunnan Province"), "cn-yn");
  assert.equal(idOf("Zhenxiong County"), "cn-yn-zhaotong-zhenxiong");
  assert.equal(idOf("southern Xinjiang"), "cn-xj-area-south");
  assert.equal(idOf("Northern Xinjiang"), "cn-xj-area-north");
});

test("gazetteer: Xinjiang under every spelling of Uygur is the region with adcode 650000", () => {
  for (const name of [
    "Xinjiang",
    "Xinjiang Uygur Autonomous Region",
    "Xinjiang Uyghur Autonomous Region",
    "Xinjiang Uighur Autonomous Region",
    "Xinjiang Uygur autonomous region",
    "XINJIANG UYGHUR AUTONOMOUS REGION",
    "Xinjiang Autonomous Region",
    "  Xinjiang   Uyghur Autonomous\nRegion ",
  ]) {
    const entry = resolved(name);
    assert.equal(entry.id, "cn-xj", name);
    assert.equal(entry.level, "region", name);
    assert.equal(entry.adcode, "650000", name);
    assert.equal(entry.parent, "cn", name);
  }
  assert.equal(resolved("Yunnan").adcode, "530000");
  assert.equal(resolved("Beijing").adcode, "110000");
  assert.equal(resolved("Beijing").level, "municipality");
});

test("gazetteer: a level hint picks between same-named entries; without one the higher level wins", () => {
  assert.equal(idOf("Hotan"), "cn-xj-hotan");
  assert.equal(idOf("Hotan", "prefecture"), "cn-xj-hotan");
  assert.equal(idOf("Hotan", "county"), "cn-xj-hotan-hotan-county");
  assert.equal(idOf("Hotan", "city"), "cn-xj-hotan-hotan-city");
  assert.equal(idOf("Hetian", "county"), "cn-xj-hotan-hotan-county");
  assert.equal(idOf("Kashi", "city"), "cn-xj-kashgar-kashgar-city");
  assert.equal(idOf("Aksu", "city"), "cn-xj-aksu-aksu-city");
  // Without a hint the highest level wins: Qianjin District in Heilongjiang over the Xinjiang town and village.
  assert.equal(idOf("Qianjin"), "cn-hl-jiamusi-qianjin");
  assert.equal(idOf("Qianjin", "village"), "cn-xj-kashgar-nazerbag-qianjin");
  assert.equal(idOf("Qianjin", "town"), "cn-xj-aksu-qianjin");
  // A hint no candidate has falls back to the higher level.
  assert.equal(idOf("Hotan", "village"), "cn-xj-hotan");
  assert.equal(idOf("Hotan", "unknown"), "cn-xj-hotan");
  // A trailing level word picks the entry as a hint would, unless a hint is given.
  assert.equal(idOf("Hotan County"), "cn-xj-hotan-hotan-county");
  assert.equal(idOf("Hotan City"), "cn-xj-hotan-hotan-city");
  assert.equal(idOf("Qianjin village"), "cn-xj-kashgar-nazerbag-qianjin");
  assert.equal(idOf("Qianjin Town"), "cn-xj-aksu-qianjin");
  assert.equal(idOf("Kashi City"), "cn-xj-kashgar-kashgar-city");
  // A level word on a name with one entry is ignored even when it names another level.
  assert.equal(idOf("Kuqa county"), "cn-xj-aksu-kuqa");
  assert.equal(idOf("Urumqi City"), "cn-xj-urumqi");
});

test("gazetteer: unknown names resolve to null", () => {
  assert.equal(resolvePlace("Atlantis"), null);
  assert.equal(resolvePlace("Atlantis County"), null);
  assert.equal(resolvePlace(""), null);
  assert.equal(resolvePlace("   "), null);
  assert.equal(resolvePlace("County"), null);
  assert.equal(resolvePlace("Autonomous Region"), null);
  assert.equal(resolvePlace("Kash"), null);
  assert.equal(resolvePlace("Xinjiang Uygur"), null);
});

test("gazetteer: ids are unique and well-formed, every parent exists, only countries have none", () => {
  const ids = GAZETTEER.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const e of GAZETTEER) {
    assert.match(e.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, e.id);
    assert.notEqual(e.level, "unknown", e.id);
    if (e.parent === null) assert.equal(e.level, "country", e.id);
    else assert.ok(placeById(e.parent), `${e.id}: parent ${e.parent} missing`);
    // A child's id extends its parent's.
    if (e.parent !== null) assert.ok(e.id.startsWith(`${e.parent}-`), `${e.id} does not extend ${e.parent}`);
    if (e.adcode !== null) assert.match(e.adcode, /^\d{6}$/, e.id);
  }
  const adcodes = GAZETTEER.flatMap((e) => (e.adcode === null ? [] : [e.adcode]));
  assert.equal(new Set(adcodes).size, adcodes.length);
});

test("gazetteer: coverage — 34 provincial-level divisions, 14 Xinjiang prefectures, the seed counties", () => {
  const provincial = GAZETTEER.filter((e) => e.parent === "cn");
  assert.equal(provincial.length, 34);
  assert.ok(provincial.every((e) => ["province", "region", "municipality"].includes(e.level) && e.adcode !== null));
  const xjPrefectures = GAZETTEER.filter((e) => e.parent === "cn-xj" && e.level === "prefecture");
  assert.equal(xjPrefectures.length, 14);
  assert.ok(xjPrefectures.every((e) => e.adcode !== null && e.adcode.startsWith("65")));
  for (const prefecture of ["cn-xj-kashgar", "cn-xj-hotan", "cn-xj-aksu", "cn-xj-kizilsu"]) {
    assert.ok(GAZETTEER.some((e) => e.parent === prefecture && (e.level === "county" || e.level === "city")), prefecture);
  }
  for (const name of ["Wensu", "Wushi", "Awati", "Akto", "Zhenxiong", "Shenzhen", "Zhaotong", "Nazerbag", "Paxiang", "Kalasa", "Tuowanke Maigaiti", "Guanfang", "Wanchang", "Baren", "Sayibage"]) {
    assert.ok(resolvePlace(name), name);
  }
  // Below county level nothing has a code.
  assert.ok(GAZETTEER.filter((e) => ["township", "town", "village", "area"].includes(e.level)).every((e) => e.adcode === null));
});

test("gazetteer: same-named places are told apart by level, then by the document's other places, or stay ambiguous", () => {
  const ids = (...names: [string, PlaceLevel][]) => resolvePlaces(names.map(([name, level]) => ({ name, level }))).map((r) => r.entry?.id ?? `ambiguous: ${r.candidates.map((c) => c.id).join(" ")}`);
  // A prefecture outranks a county of the same name when nothing else tells.
  assert.deepEqual(ids(["Liangshan", "unknown"]), ["cn-sc-liangshan"]);
  // Shandong in the same document makes it Liangshan County there.
  assert.deepEqual(ids(["Liangshan", "unknown"], ["Shandong", "province"]), ["cn-sd-jining-liangshan", "cn-sd"]);
  assert.deepEqual(ids(["Guiyang", "unknown"], ["Hunan", "province"], ["Chenzhou", "unknown"]), ["cn-hn-chenzhou-guiyang", "cn-hn", "cn-hn-chenzhou"]);
  // Five districts are called Chaoyang: alone it stays open, beside Beijing it is Beijing's.
  const [alone] = ids(["Chaoyang District", "county"]);
  assert.match(alone!, /^ambiguous: cn-bj-chaoyang .*cn-jl-changchun-chaoyang/);
  assert.deepEqual(ids(["Chaoyang District", "county"], ["Beijing", "municipality"]), ["cn-bj-chaoyang", "cn-bj"]);
  // Every spelling, given its entry's level, resolves to an entry of that level spelt so.
  for (const e of GAZETTEER) {
    for (const spelling of [e.name, ...e.aliases]) {
      const found = resolvePlace(spelling, e.level);
      assert.equal(found?.level, e.level, `${spelling} (${e.level})`);
      assert.ok(found && [found.name, ...found.aliases].some((x) => x.toLowerCase() === spelling.toLowerCase()), spelling);
    }
  }
});

test("gazetteer: parentChain climbs from a village to China", () => {
  assert.deepEqual(
    parentChain("cn-xj-kashgar-nazerbag-qianjin").map((e) => e.id),
    ["cn-xj-kashgar-nazerbag", "cn-xj-kashgar", "cn-xj", "cn"],
  );
  assert.deepEqual(
    parentChain(resolved("Guanfang").id).map((e) => e.name),
    ["Wanchang", "Zhenxiong", "Zhaotong", "Yunnan", "China"],
  );
  assert.deepEqual(parentChain(resolved("Sayibage").id).map((e) => e.id), ["cn-xj-kizilsu-akto", "cn-xj-kizilsu", "cn-xj", "cn"]);
  assert.deepEqual(parentChain("cn"), []);
  for (const e of GAZETTEER.filter((x) => x.id.startsWith("cn"))) assert.equal(parentChain(e.id).at(-1)?.id ?? e.id, "cn", e.id);
  assert.throws(() => parentChain("cn-nowhere"), RangeError);
});

test("gazetteer: placeNames lists every name and alias once, longest first", () => {
  const names = placeNames();
  assert.equal(new Set(names).size, names.length);
  for (let i = 1; i < names.length; i++) assert.ok(names[i - 1]!.length >= names[i]!.length, `${names[i - 1]} before ${names[i]}`);
  for (const e of GAZETTEER) for (const s of [e.name, ...e.aliases]) assert.ok(names.includes(s), s);
  assert.ok(names.indexOf("Xinjiang Uygur Autonomous Region") < names.indexOf("Xinjiang"));
  assert.ok(names.indexOf("Tuowanke Maigaiti") < names.indexOf("Maigaiti"));
  // A fresh copy each time: callers cannot change the list.
  names.length = 0;
  assert.ok(placeNames().length > 0);
});

test("gazetteer: entries are frozen", () => {
  const xj = resolved("Xinjiang");
  assert.throws(() => {
    (xj as { name: string }).name = "X";
  }, TypeError);
  assert.throws(() => xj.aliases.push("X"), TypeError);
});

test("gazetteer: a malformed file is rejected with the entry index and the problem", () => {
  const file = JSON.parse(readFileSync(new URL("../reference/gazetteer.json", import.meta.url), "utf8")) as { version: string; description: string; places: Record<string, unknown>[] };
  assert.equal(parseGazetteer(file).length, GAZETTEER.length);
  const index = (id: string) => {
    const i = file.places.findIndex((p) => p.id === id);
    assert.ok(i >= 0, id);
    return i;
  };
  const broken = (id: string, edit: (entry: Record<string, unknown>) => void) => {
    const copy = structuredClone(file);
    edit(copy.places[index(id)]!);
    return () => parseGazetteer(copy, "gazetteer.json");
  };
  const [he, nm, bj, tj, xj, hb] = ["cn-he", "cn-nm", "cn-bj", "cn-tj", "cn-xj", "cn-hb"].map(index);
  assert.throws(broken("cn-he", (e) => (e.level = "kingdom")), new RegExp(`places\\[${he}\\] \\(id "cn-he"\\)\\.level:`));
  assert.throws(broken("cn-nm", (e) => (e.parent = "cn-nowhere")), new RegExp(`places\\[${nm}\\] \\(id "cn-nm"\\): parent "cn-nowhere" is not the id of any entry`));
  assert.throws(broken("cn-hb", (e) => (e.id = "cn-bj")), new RegExp(`places\\[${hb}\\] \\(id "cn-bj"\\): id already used by places\\[${bj}\\]`));
  assert.throws(broken("cn-tj", (e) => (e.adcode = "65")), new RegExp(`places\\[${tj}\\] \\(id "cn-tj"\\)\\.adcode: expected a 6-digit`));
  assert.throws(broken("cn-tj", (e) => (e.adcode = "650000")), new RegExp(`places\\[${Math.max(tj!, xj!)}\\] .*adcode 650000 already used by places\\[${Math.min(tj!, xj!)}\\]`));
  assert.throws(broken("cn-xj-kizilsu-akto", (e) => (e.adcode = "653122")), /adcode 653122 already used/);
  assert.throws(broken("cn-xj-kizilsu-akto", (e) => (e.adcode = "653199")), /adcode 653199 does not lie under its parent's adcode 653000/);
  assert.throws(broken("cn-tj", (e) => (e.extra = true)), new RegExp(`places\\[${tj}\\]`));
  assert.throws(broken("cn", (e) => (e.parent = "cn-xj")), /cycle/);
  assert.throws(broken("cn-tj", (e) => (e.parent = null)), new RegExp(`places\\[${tj}\\].*only a country may have no parent`));
  assert.throws(broken("cn-bj", (e) => (e.aliases = ["beijing"])), new RegExp(`places\\[${bj}\\].*"beijing" is listed twice`));
  assert.throws(() => parseGazetteer({ version: "1", places: [] }), /version.*semantic version[\s\S]*description/);
  assert.throws(() => parseGazetteer([]), /malformed/);
});
