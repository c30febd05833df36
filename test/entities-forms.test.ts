// People and organisations in the forms texts beyond the seeds name them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { article, extractFrom } from "./helpers.ts";

test("people: a title before the name, any apposition before 'said', a name beside a handle", () => {
  const { x } = extractFrom(
    article(
      "Hotan, June 30 (Reporter Aynur Tursun) The county moved 300 workers.",
      "Gulnar Abdukerim, a 29-year-old clerk at the county court, said she visits twice a month.",
      "Its Party secretary, Luo Wenbin, said the centre is free.",
      "Hannah Voss @hvoss_labour",
    ),
  );
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]).sort(), [
    ["Aynur Tursun", "reporter"],
    ["Gulnar Abdukerim", "29-year-old clerk at the county court"],
    ["Hannah Voss", null],
    ["Luo Wenbin", null],
  ]);
});

test("organisations: a lower-case body named by its level, but not a bare kind of body", () => {
  const { x } = extractFrom(article("The regional poverty alleviation office said the county government and the Hotan prefectural agriculture bureau agreed."));
  assert.deepEqual(x.entities.organisations.map((o) => [o.name, o.kind]), [
    ["regional poverty alleviation office", "government"],
    ["Hotan prefectural agriculture bureau", "government"],
  ]);
});

test("organisations: a body's name does not run on into 'on Wednesday' or 'on March 3' after it", () => {
  const { x } = extractFrom(article("The Valley Information Office of the Valley Region on Wednesday released a report. The Valley Poverty Bureau of Hill County on March 3 met farmers."));
  assert.deepEqual(x.entities.organisations.map((o) => o.name), ["Valley Information Office of the Valley Region", "Valley Poverty Bureau of Hill County"]);
});

test("people: 'according to senior lecturer on government Kara Dillon' and 'professor of sociology Li Wei' name people whose post has its field after it; 'Director of the Valley Region' names no 'Region'", () => {
  const { x } = extractFrom(article("In fact, according to senior lecturer on government Kara Dillon, the goal was met in 2015.", "The gap is wide, said professor of sociology Ann Moser.", "The Director of the Valley Region's housing department spoke."));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Kara Dillon", "lecturer on government"], ["Ann Moser", "professor of sociology"]]);
});

test("people: a byline's 'Gao Han' is a writer though 'Han' alone names a people", () => {
  const { x } = extractFrom("Valley farmers keep planting cotton\n\nBy Sun Li and Gao Han\n\nThe county planted 3,000 mu of cotton this year, officials said.\n");
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Sun Li", "byline author"], ["Gao Han", "byline author"]]);
});
