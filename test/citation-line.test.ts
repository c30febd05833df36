// The line a repository's or journal's page asks to be cited by: its authors, year, title and journal or
// publisher, in the forms such pages print it. Each line is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseCitation } from "../pipeline/normalize/citation-line.ts";
import { documentFrom } from "./helpers.ts";

test("a citation line's authors, year, title and journal, in four forms", () => {
  assert.deepEqual(parseCitation('Aziz Tohti & Li Wenjie & Marta Holm, 2021. "Paired cadres and household income in Hill County," Review of Upland Transition, Valley Press, vol. 12(3), pages 211-236, May.'), { author: "Aziz Tohti; Li Wenjie; Marta Holm", published: "2021", title: "Paired cadres and household income in Hill County", outlet: "Review of Upland Transition" });
  assert.deepEqual(parseCitation('Hale, Dana, "Moving Down the Ridge: Relocation and Care in Hill County" (2022). Dissertations and Theses. Paper 612.'), { author: "Dana Hale", published: "2022", title: "Moving Down the Ridge: Relocation and Care in Hill County" });
  assert.deepEqual(parseCitation("Lund, Ingrid Marie. Quotas and Kin: Labour Transfer in a Hill County. Master thesis, Valley University, 2020"), { author: "Ingrid Marie Lund", published: "2020", title: "Quotas and Kin: Labour Transfer in a Hill County", outlet: "Valley University" });
  // (A Chinese name keeps its surname first, as the page would write it.)
  assert.deepEqual(parseCitation("Hartmann, Ulrike; Zhao, Mingyue. 2022. Staying Out of Poverty in the Hills. © Washington, DC: Valley Bank. http://hdl.example/1"), { author: "Ulrike Hartmann; Zhao Mingyue", published: "2022", title: "Staying Out of Poverty in the Hills", outlet: "Valley Bank" });
  assert.equal(parseCitation("Please cite this page if you use it."), null);
});

test("a record page's suggested citation names its title among its buttons, and all of its authors", () => {
  const page = [
    "Valley Knowledge Repository",
    "English PDF (3.42 MB)",
    "Staying Out of Poverty in the Hills",
    "Hartmann, Ulrike",
    "Date 2022-06-21",
    "Abstract",
    "The study followed 1,200 households in 40 villages over five years.",
    "Suggested Citation",
    "Hartmann, Ulrike; Zhao, Mingyue; Ma Jianguo. 2022. Staying Out of Poverty in the Hills. © Washington, DC: Valley Bank. http://hdl.example/1",
    "",
  ].join("\n");
  const m = documentFrom(page).metadata;
  assert.deepEqual([m.title, m.author], ["Staying Out of Poverty in the Hills", "Ulrike Hartmann; Zhao Mingyue; Ma Jianguo"]);
});
