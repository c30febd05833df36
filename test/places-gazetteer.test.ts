import { test } from "node:test";
import assert from "node:assert/strict";
import { article, extractFrom } from "./helpers.ts";

test("two spellings of one gazetteer place are one place with both spellings' mentions", () => {
  const { x } = extractFrom(article("Officials went to Akto County on Monday.", "Villagers in Aktao said the road is new."));
  const akto = x.entities.places.filter((p) => p.gazetteer?.id === "cn-xj-kizilsu-akto");
  assert.equal(akto.length, 1);
  assert.equal(akto[0]!.name, "Akto");
  assert.equal(akto[0]!.mentions.length, 2);
  assert.equal(akto[0]!.gazetteer!.adcode, "653022");
});

test("a place the gazetteer does not know is kept with the level the text gives, unresolved", () => {
  const { x } = extractFrom(article("The cooperative in Qarabagh village sold 30 tons of apricots."));
  const place = x.entities.places.find((p) => p.name === "Qarabagh");
  assert.ok(place, "the unknown village is kept");
  assert.deepEqual([place.level, place.levelBasis, place.gazetteer], ["village", "text", null]);
  assert.equal(x.claims[0]!.place, "Qarabagh");
  assert.equal(x.claims[0]!.placeEntry, null);
});

test("a claim's place resolves to the gazetteer entry whatever the spelling", () => {
  const { x } = extractFrom(article("More than 2,000 officials were stationed in villages in Kashi last year."));
  assert.deepEqual([x.claims[0]!.place, x.claims[0]!.placeEntry?.name, x.claims[0]!.indicator], ["Kashi", "Kashgar", "officials_stationed"]);
});

test("'Tashikurgan Tajik autonomous county' and 'Tashikurgan', as China Daily spells Taxkorgan, are the gazetteer's county in Kashgar", () => {
  const { x } = extractFrom(article("The two main roads of Tashikurgan Tajik autonomous county meet in the town.", "Tashikurgan has 41,000 residents."));
  const county = x.entities.places.filter((p) => p.gazetteer?.id === "cn-xj-kashgar-taxkorgan");
  assert.deepEqual(county.map((p) => [p.gazetteer!.adcode, p.mentions.length]), [["653131", 2]]);
});

test("'About Us' and a footer's 'Address: ..., Beijing 100102, PRC' name no place; 'the US' still does", () => {
  const { x } = extractFrom("Herders earn more\n\nHerders in Gansu and the US earn more this year, the bureau said.\n\n|About Us|Contact Us|\nAddress:3/F, C Tower, 8 Wangjing East Road, Chaoyang District, Beijing 100102, PRC\n");
  assert.deepEqual(x.entities.places.map((p) => p.name), ["Gansu", "US"]);
});
