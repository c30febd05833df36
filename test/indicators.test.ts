import { test } from "node:test";
import assert from "node:assert/strict";
import { INDICATORS, indicatorFor } from "../pipeline/extract/indicators.ts";
import { TABLE_SCHEMAS } from "../pipeline/schema/tables.ts";
import { article, extractFrom } from "./helpers.ts";

test("the observations schema allows exactly the codes of the indicator list", () => {
  assert.deepEqual(TABLE_SCHEMAS.observations.properties.indicator!.enum, INDICATORS.map((i) => i.code));
  assert.equal(new Set(INDICATORS.map((i) => i.code)).size, INDICATORS.length);
});

test("claims are classified by unit and the nearest cue", () => {
  const at = (sentence: string, figure: string) => [sentence.indexOf(figure), sentence.indexOf(figure) + figure.length] as const;
  const s1 = "The poverty incidence rate fell to 3.2 percent.";
  assert.equal(indicatorFor("percent", s1, ...at(s1, "3.2 percent")), "poverty_incidence_rate");
  const s2 = "A farmer is recognized as poor if his yearly income is less than 2,300 yuan.";
  assert.equal(indicatorFor("CNY", s2, ...at(s2, "2,300 yuan")), "poverty_line");
  const s3 = "The yearly income of every household had increased to 5,000 yuan.";
  assert.equal(indicatorFor("CNY", s3, ...at(s3, "5,000 yuan")), "income_per_household");
  const s4 = "The county built 40 roads.";
  assert.equal(indicatorFor("item", s4, ...at(s4, "40 roads")), null);
});

test("observations come from claims in a document", () => {
  const { x } = extractFrom(article("In 2019, 12,000 people in Hotan were lifted out of poverty and 300 officials were stationed in villages."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.indicator]), [[12000, "people_lifted_out_of_poverty"], [300, "officials_stationed"]]);
});
