// A dataset's own identity in its release: licence, creators and keywords in datapackage.json,
// CITATION.cff and the README; the dictionary's examples from its own rows; its own statement about
// its sources; and the release date the edge gave, which a rebuild on another day does not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDataset } from "../pipeline/stage/build-dataset.ts";
import type { Dataset } from "../pipeline/dataset.ts";
import { renderRelease } from "../pipeline/publish/render.ts";
import { contentHashes, planRelease } from "../pipeline/release/plan.ts";
import { snapshotOf } from "../pipeline/release/snapshot.ts";
import { smallDataset } from "./fixtures/small-dataset.ts";
import { validateDataPackage } from "./standards/data-package-profile.ts";
import { textFiles } from "./helpers.ts";

function withIdentity(): Dataset {
  const dataset = smallDataset();
  return {
    ...dataset,
    identity: {
      ...dataset.identity,
      license: "CC-BY-4.0",
      creators: [
        { name: "Josiah Carberry", orcid: "0000-0002-1825-0097" },
        { name: "Data Desk", orcid: null },
      ],
      keywords: ["poverty", "Gansu"],
    },
    releaseDate: "2024-06-30",
  };
}

test("datapackage.json carries the licence, the creators as contributors and the keywords, and still validates", () => {
  const descriptor = JSON.parse(textFiles(renderRelease(withIdentity())).get("datapackage.json")!);
  assert.deepEqual(descriptor.licenses, [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0 International" }]);
  assert.deepEqual(descriptor.contributors, [
    { title: "Josiah Carberry", path: "https://orcid.org/0000-0002-1825-0097", roles: ["creator"] },
    { title: "Data Desk", roles: ["creator"] },
  ]);
  assert.deepEqual(descriptor.keywords, ["poverty", "Gansu"]);
  assert.equal(validateDataPackage(descriptor), true, JSON.stringify(validateDataPackage.errors));
});

test("CITATION.cff names the licence, each author with an ORCID URL, the keywords and the release date", () => {
  const cff = textFiles(renderRelease(withIdentity())).get("CITATION.cff")!;
  assert.match(cff, /^date-released: "2024-06-30"$/m);
  assert.match(cff, /^license: "CC-BY-4\.0"$/m);
  assert.match(cff, /^authors:\n {2}- name: "Josiah Carberry"\n {4}orcid: "https:\/\/orcid\.org\/0000-0002-1825-0097"\n {2}- name: "Data Desk"\n(?! {4}orcid)/m);
  assert.match(cff, /^keywords:\n {2}- "poverty"\n {2}- "Gansu"\n$/m);
});

test("the README states the licence, the creators, the release date and that the texts stay their publishers'", () => {
  const readme = textFiles(renderRelease(withIdentity())).get("README.md")!;
  assert.match(readme, /^Dataset `small-claims`, version 1\.0\.0, released 2024-06-30\. Made by Josiah Carberry \(ORCID https:\/\/orcid\.org\/0000-0002-1825-0097\), Data Desk\.$/m);
  assert.match(readme, /^Licence of the records and their documentation: `CC-BY-4\.0` \(Creative Commons Attribution 4\.0 International, https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\)\. The texts in `texts\/` remain under their publishers' terms, whatever the licence of the records\.$/m);
  assert.match(readme, /^Newest publication date among the documents: 2019-01-04\.$/m);
});

test("without a licence the README says none was stated, and datapackage.json and CITATION.cff name none", () => {
  const files = textFiles(renderRelease(smallDataset()));
  assert.match(files.get("README.md")!, /^Licence: none was stated for this dataset; ask its creators before reusing the records\. The texts in `texts\/`/m);
  assert.equal("licenses" in JSON.parse(files.get("datapackage.json")!), false);
  assert.doesNotMatch(files.get("CITATION.cff")!, /^license:/m);
});

test("a LicenseRef- licence is named in datapackage.json and the README, and left out of CITATION.cff, which takes SPDX list ids only", () => {
  const dataset = withIdentity();
  const files = textFiles(renderRelease({ ...dataset, identity: { ...dataset.identity, license: "LicenseRef-our-terms" } }));
  assert.deepEqual(JSON.parse(files.get("datapackage.json")!).licenses, [{ name: "LicenseRef-our-terms", title: "our-terms" }]);
  assert.match(files.get("README.md")!, /^Licence of the records and their documentation: `LicenseRef-our-terms`\./m);
  assert.doesNotMatch(files.get("CITATION.cff")!, /^license:/m);
});

test("the dictionary's examples are the first non-empty values of the dataset's own rows", () => {
  const dataset = smallDataset();
  const csv = textFiles(renderRelease(dataset)).get("data-dictionary.csv")!;
  const example = (table: string, field: string) => csv.split("\n").find((line) => line.startsWith(`${table},${field},`))?.split(",").at(-1);
  assert.equal(example("claims", "claim_id"), "001_small-news-c-3f9a0b12cd");
  assert.equal(example("documents", "outlet"), "Example Daily");
  // No row fills it: no example, rather than someone else's.
  assert.equal(example("documents", "author"), "");
  assert.equal(example("people", "person_id"), "");
  // Another dataset, other examples.
  const other = { ...dataset, tables: { ...dataset.tables, documents: dataset.tables.documents.map((d) => ({ ...d, outlet: d.outlet === null ? null : "Another Paper" })) } };
  const otherCsv = textFiles(renderRelease(other)).get("data-dictionary.csv")!;
  assert.ok(otherCsv.split("\n").some((line) => line.startsWith("documents,outlet,") && line.endsWith(",Another Paper")));
});

test("a user's dataset without a sources statement gets the neutral one: nothing calls its sources partisan", () => {
  const text = "A council report\n\nThe council built 12 roads in 2019.\n";
  const { dataset } = buildDataset({ files: [{ path: "report.txt", bytes: new TextEncoder().encode(text) }], manifestText: JSON.stringify({ dataset: { name: "council" } }), version: "1.0.0", releaseDate: "2024-06-30" });
  const files = textFiles(renderRelease(dataset));
  for (const [path, content] of files) assert.doesNotMatch(content, /partisan/i, path);
  assert.match(files.get("DATA_DICTIONARY.md")!, /^- Every claim is recorded as the text states it and attributed to its source, never asserted as fact\. The texts are as their publishers wrote them; the pipeline does not check what they state/m);
  assert.match(files.get("README.md")!, /^\*\*Every claim is recorded as the text states it and attributed to its source, never asserted as fact\. The texts are as their publishers wrote them/m);
  assert.match(files.get("CITATION.cff")!, /^date-released: "2024-06-30"$/m);
});

test("the dataset's own sources statement reaches the README and the dictionary", () => {
  const dataset = smallDataset();
  const files = textFiles(renderRelease({ ...dataset, identity: { ...dataset.identity, sourcesStatement: "The sources are partisan." } }));
  assert.match(files.get("README.md")!, /never asserted as fact\. The sources are partisan\.\*\*$/m);
  assert.match(files.get("DATA_DICTIONARY.md")!, /never asserted as fact\. The sources are partisan\.$/m);
});

test("built again on another day with nothing else changed, nothing is published; a real change still is", async () => {
  const published = withIdentity();
  const previous = snapshotOf(published, contentHashes(renderRelease(published)));
  const nextDay: Dataset = { ...published, releaseDate: "2024-07-01" };
  assert.deepEqual(await planRelease(nextDay, previous, null, renderRelease), { action: "unchanged", version: "1.0.0" });
  const retitled: Dataset = { ...nextDay, identity: { ...nextDay.identity, title: "Another title" } };
  const plan = await planRelease(retitled, previous, null, renderRelease);
  assert.deepEqual([plan.action, plan.action === "publish" ? plan.version : null], ["publish", "1.0.1"]);
});
