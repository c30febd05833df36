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
