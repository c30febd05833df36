// Places as texts name them across China, resolved by the document's other places or left open
// with their candidates; observations a sum can trust: a conversion rides on its figure, and what
// is still poor is not what left poverty.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDataset } from "../pipeline/stage/build-dataset.ts";
import { article, extractFrom } from "./helpers.ts";

function build(text: string) {
  return buildDataset({ files: [{ path: "a.txt", bytes: new TextEncoder().encode(text) }], manifestText: null, version: "1.0.0" }).dataset;
}

test("places beyond Xinjiang, datelines in capitals, a province as an adjective, and no place in 'U.S. dollars'", () => {
  const { x } = extractFrom(article(
    "LANZHOU, Jan. 15 (Xinhua) -- Liangshan, Bijie, Nujiang and Xiangxi reported progress.",
    "In a Hunan village, 40 households moved; incomes reached 870 U.S. dollars.",
  ));
  assert.deepEqual(x.entities.places.map((p) => [p.name, p.level, p.gazetteer?.id ?? null]), [
    ["LANZHOU", "prefecture", "cn-gs-lanzhou"],
    ["Liangshan", "prefecture", "cn-sc-liangshan"],
    ["Bijie", "prefecture", "cn-gz-bijie"],
    ["Nujiang", "prefecture", "cn-yn-nujiang"],
    ["Xiangxi", "prefecture", "cn-hn-xiangxi"],
    ["Hunan", "province", "cn-hn"],
  ]);
  // A town is named Qianjin too, but "Qianjin village" is a village: only a prefecture or above stands as an adjective.
  const village = extractFrom(article("The team works in Qianjin village in Nazerbag town.")).x;
  assert.deepEqual(village.entities.places.map((p) => [p.name, p.level, p.gazetteer?.id ?? null]), [["Qianjin", "village", "cn-xj-kashgar-nazerbag-qianjin"], ["Nazerbag", "town", "cn-xj-kashgar-nazerbag"]]);
});

test("a name several places share resolves by the document's other places, or stays ambiguous with its candidates", () => {
  const beside = build(article("Chaoyang District in Beijing opened 12 job fairs."));
  assert.deepEqual([...beside.tables.places].map((p) => [p.name, p.gazetteer_id, p.resolution, p.candidate_ids]), [
    ["Chaoyang", "cn-bj-chaoyang", "gazetteer", null],
    ["Beijing", "cn-bj", "gazetteer", null],
  ]);
  const alone = build(article("Chaoyang District opened 12 job fairs."));
  const [row] = [...alone.tables.places];
  assert.equal(row!.resolution, "ambiguous");
  assert.equal(row!.gazetteer_id, null);
  assert.match(String(row!.candidate_ids), /^cn-bj-chaoyang; .*cn-jl-changchun-chaoyang/);
});

test("a figure's place is first sought in its own clause", () => {
  const { x } = extractFrom(article("The poverty rate in Gansu fell to 0.5 per cent, while China as a whole reached 0.6 percent."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.place]), [[0.5, "Gansu"], [0.6, "China"]]);
});

test("observations: a conversion is the same figure, beside it; those still poor are a stock of their own", () => {
  const dataset = build(article(
    "The region invested 5.2 billion yuan (about 740 million U.S. dollars) in relocation.",
    "Governor Tang Renjian said 31 counties remain on the poverty list and 175,000 people are still living in poverty.",
    "The province lifted 1.5 million people out of poverty and removed 21 counties from the poverty list.",
  ));
  const rows = [...dataset.tables.observations].map((o) => [o.indicator, o.value, o.unit, o.converted_value, o.converted_unit]);
  assert.deepEqual(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0]))), [
    ["counties_in_poverty", 31, "county", null, null],
    ["counties_removed_from_poverty_list", 21, "county", null, null],
    ["funds_invested", 5200000000, "CNY", 740000000, "USD"],
    ["people_in_poverty", 175000, "person", null, null],
    ["people_lifted_out_of_poverty", 1500000, "person", null, null],
  ]);
});

test("'US$' before an amount names a currency, not a place ('about US$2.7bil', 'US $12'): the figure's place is the region the sentence names", () => {
  const { x } = extractFrom(article("Nineteen provinces gave 18.8 billion yuan (about US$2.7bil) to the Xinjiang Uygur Autonomous Region.", "Each family got 80 yuan (US $12) a month."));
  assert.deepEqual(x.entities.places.map((p) => p.name), ["Xinjiang"]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.place]), [["Nineteen", "Xinjiang"], ["18.8 billion", "Xinjiang"], ["US$2.7bil", "Xinjiang"], ["80", null], ["$12", null]]);
});

test("the place a superlative compares within ('the only Tajik autonomous county in China', 'the poorest county in Hotan') is not where the figures are: the county the sentence is about is", () => {
  const { x } = extractFrom(article("Located on the plateau, Tashikurgan is the only Tajik autonomous county in China, with more than 80 percent of its 41,000 residents belonging to the Tajik ethnic group.", "Pishan County, the poorest county in Hotan, had 30,000 poor people."));
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.place]), [["80", "Tashikurgan"], ["41,000", "Tashikurgan"], ["30,000", "Pishan"]]);
  const alone = extractFrom(article("It is the poorest county in Gansu, with 30,000 poor people.")).x;
  assert.deepEqual(alone.claims.map((c) => [c.valueText, c.place]), [["30,000", "Gansu"]]);
});

test("'a village in central China's Hunan Province' links the country and the province as a chain: the province is the figures' place", () => {
  const { x } = extractFrom(article("Among the 529 residents in a small village in central China's Hunan Province, 95 used to live under the poverty line."));
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.place]), [["529", "Hunan"], ["95", "Hunan"]]);
});
