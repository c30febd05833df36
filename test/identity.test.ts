// sources.json read a key at a time: a bad key costs that key, an entry is left out only when it
// names no usable file, entries are counted from 1 and named by their file, and the dataset's
// details (licence, creators, keywords, statement, release date) each have a default.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseManifest } from "../pipeline/ingest/manifest.ts";
import { identityOf, DEFAULT_IDENTITY } from "../pipeline/stage/default-identity.ts";

const FILES = new Set(["a.txt", "news/gansu.txt", "c.txt"]);
const parse = (manifest: unknown) => parseManifest(JSON.stringify(manifest), FILES);
const projection = (issues: ReturnType<typeof parse>["issues"]) => issues.map((i) => [i.code, i.path]);

test("a bad date loses the date alone: the entry keeps its outlet, and the message counts from 1 and names the file", () => {
  const { manifest, issues } = parse({
    sources: [
      { file: "a.txt" },
      { file: "c.txt", kind: "news_article" },
      { file: "news/gansu.txt", outlet: "Gansu Daily", published: "15/01/2020", author: "" },
    ],
  });
  assert.deepEqual(manifest.sources.get("news/gansu.txt"), { file: "news/gansu.txt", outlet: "Gansu Daily" });
  assert.deepEqual(projection(issues), [
    ["manifest-field-invalid", "/sources/2/published"],
    ["manifest-field-invalid", "/sources/2/author"],
  ]);
  assert.equal(
    issues[0]!.message,
    'sources.json: entry 3 (news/gansu.txt): key "published": expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD, got "15/01/2020". The key is left out and the rest of the entry kept; fix the key.',
  );
  assert.equal(issues[1]!.message, 'sources.json: entry 3 (news/gansu.txt): key "author": expected a non-empty text, got "". The key is left out and the rest of the entry kept; fix the key.');
});

test("an unknown key and a reused id are left out; the entries stay", () => {
  const { manifest, issues } = parse({
    sources: [
      { file: "a.txt", id: "same", colour: "red" },
      { file: "c.txt", id: "same", outlet: "Paper" },
    ],
  });
  assert.deepEqual([...manifest.sources.values()], [
    { file: "a.txt", id: "same" },
    { file: "c.txt", outlet: "Paper" },
  ]);
  assert.deepEqual(projection(issues), [
    ["manifest-field-invalid", "/sources/0/colour"],
    ["manifest-field-invalid", "/sources/1/id"],
  ]);
  assert.match(issues[1]!.message, /^sources\.json: entry 2 \(c\.txt\): key "id": expected an id of its own, got "same", the id of entry 1 \(a\.txt\)\./);
});

test("only an entry with no usable file is left out: none, not a text, outside the folder, not in it, or a second one", () => {
  const { manifest, issues } = parse({
    sources: [{ outlet: "No file" }, "a.txt", { file: 5 }, { file: "../a.txt" }, { file: "gone.txt" }, { file: "a.txt" }, { file: "./a.txt", outlet: "Again" }],
  });
  assert.deepEqual([...manifest.sources.keys()], ["a.txt"]);
  assert.deepEqual(projection(issues), [
    ["manifest-entry-invalid", "/sources/0/file"],
    ["manifest-entry-invalid", "/sources/1"],
    ["manifest-entry-invalid", "/sources/2/file"],
    ["manifest-entry-invalid", "/sources/3/file"],
    ["manifest-missing-file", "/sources/4/file"],
    ["manifest-entry-invalid", "/sources/6/file"],
  ]);
  assert.equal(issues[0]!.message, 'sources.json: entry 1: key "file": Invalid input: expected string, received undefined, got nothing. An entry describes the file it names, so the entry is left out; fix it to name a .txt file in the input folder.');
  assert.match(issues[1]!.message, /^sources\.json: entry 2: expected an object such as \{"file": "a\.txt", "outlet": "\.\.\."\}, got "a\.txt"\. The entry is left out; fix it\.$/);
  assert.match(issues[3]!.message, /^sources\.json: entry 4 \(\.\.\/a\.txt\): key "file": expected a path inside the input folder, got one that leaves it with '\.\.'\. /);
  assert.match(issues[4]!.message, /^sources\.json: entry 5 \(gone\.txt\): names "gone\.txt", which is not a \.txt file in the input folder/);
  assert.match(issues[5]!.message, /^sources\.json: entry 7 \(\.\/a\.txt\): describes "a\.txt" again/);
});

test("a dataset with only a name is accepted, and no sources key is needed", () => {
  const { manifest, issues } = parse({ dataset: { name: "my-corpus" } });
  assert.deepEqual(issues, []);
  assert.deepEqual(manifest.dataset, { name: "my-corpus" });
  assert.equal(manifest.sources.size, 0);
  const identity = identityOf(manifest.dataset, "1.0.0");
  assert.deepEqual(identity, { ...DEFAULT_IDENTITY, name: "my-corpus", version: "1.0.0" });
  assert.deepEqual([identity.license, identity.keywords, identity.creators], [null, [], [{ name: "claims-dataset-pipeline", orcid: null }]]);
  assert.doesNotMatch(identity.sourcesStatement, /partisan/);
});

test("every dataset key is read: licence, creators with ORCID iDs, keywords, the sources statement, the release date", () => {
  const dataset = {
    name: "gansu-news",
    title: "Gansu news",
    description: "Ten articles.",
    license: "CC-BY-4.0",
    creators: [{ name: "Josiah Carberry", orcid: "0000-0002-1825-0097" }, { name: "A. N. Other" }],
    keywords: ["poverty", "Gansu"],
    sources_statement: "All ten are from one provincial paper.",
    release_date: "2024-06-30",
  };
  const { manifest, issues } = parse({ dataset });
  assert.deepEqual(issues, []);
  assert.deepEqual(manifest.dataset, dataset);
  assert.deepEqual(identityOf(manifest.dataset, "2.0.0"), {
    name: "gansu-news",
    title: "Gansu news",
    version: "2.0.0",
    description: "Ten articles.",
    creators: [
      { name: "Josiah Carberry", orcid: "0000-0002-1825-0097" },
      { name: "A. N. Other", orcid: null },
    ],
    license: "CC-BY-4.0",
    keywords: ["poverty", "Gansu"],
    sourcesStatement: "All ten are from one provincial paper.",
  });
});

test("a bad dataset key is left out with its default used, the other keys kept", () => {
  const { manifest, issues } = parse({
    dataset: {
      name: "Not A Name",
      title: "Kept",
      license: "CC-BY-4",
      creators: [{ name: "Josiah Carberry", orcid: "0000-0002-1825-0096" }],
      keywords: ["ok", 3],
      release_date: "2024-02-30",
      colour: "red",
    },
  });
  assert.deepEqual(manifest.dataset, { title: "Kept" });
  assert.deepEqual(projection(issues), [
    ["manifest-field-invalid", "/dataset/name"],
    ["manifest-field-invalid", "/dataset/license"],
    ["manifest-field-invalid", "/dataset/creators/0/orcid"],
    ["manifest-field-invalid", "/dataset/keywords/1"],
    ["manifest-field-invalid", "/dataset/release_date"],
    ["manifest-field-invalid", "/dataset/colour"],
  ]);
  assert.match(issues[1]!.message, /^sources\.json: dataset: key "license": expected an SPDX licence identifier, one of CC0-1\.0, CC-BY-4\.0, .*, or LicenseRef-<name> for another, got "CC-BY-4"\. The key is left out and its default used; fix the key\.$/);
  assert.match(issues[2]!.message, /^sources\.json: dataset: key "creators" \(item 1, "orcid"\): expected an ORCID iD whose last character is its check digit; one of its digits is mistyped, got "0000-0002-1825-0096"\./);
  assert.match(issues[3]!.message, /key "keywords" \(item 2\): Invalid input: expected string, received number, got 3\./);
  assert.match(issues[4]!.message, /key "release_date": expected a day of the calendar \(YYYY-MM-DD\), got one that does not exist\./);
  assert.equal(identityOf(manifest.dataset, "1.0.0").name, DEFAULT_IDENTITY.name);
});

test("licences: the listed SPDX ids and LicenseRef- are taken; ORCID iDs need their dashes and check digit", () => {
  const licence = (license: string) => parse({ dataset: { license } }).issues.length === 0;
  assert.deepEqual(["CC0-1.0", "ODbL-1.0", "LicenseRef-our-terms", "cc-by-4.0", "GPL-3.0-only", "LicenseRef-"].map(licence), [true, true, true, false, false, false]);
  const orcid = (id: string) => parse({ dataset: { creators: [{ name: "X", orcid: id }] } }).issues.length === 0;
  assert.deepEqual(["0000-0002-1825-0097", "0000-0002-9079-593X", "0000000218250097", "https://orcid.org/0000-0002-1825-0097"].map(orcid), [true, true, false, false]);
});

test("creator is the one-name form of creators; giving both keeps creators and says so", () => {
  assert.deepEqual(identityOf(parse({ dataset: { creator: "A team" } }).manifest.dataset, "1.0.0").creators, [{ name: "A team", orcid: null }]);
  const both = parse({ dataset: { creator: "A team", creators: [{ name: "B" }] } });
  assert.deepEqual(projection(both.issues), [["manifest-field-invalid", "/dataset/creator"]]);
  assert.deepEqual(identityOf(both.manifest.dataset, "1.0.0").creators, [{ name: "B", orcid: null }]);
});

test("the top level: not an object, an unknown key, sources not a list, dataset not an object", () => {
  assert.deepEqual(projection(parse([]).issues), [["manifest-entry-invalid", ""]]);
  const { manifest, issues } = parse({ datasets: {}, dataset: "mine", sources: { file: "a.txt" } });
  assert.deepEqual(projection(issues), [
    ["manifest-field-invalid", "/datasets"],
    ["manifest-entry-invalid", "/dataset"],
    ["manifest-entry-invalid", "/sources"],
  ]);
  assert.deepEqual([manifest.dataset, manifest.sources.size], [{}, 0]);
});

test("a key with '/' or '~' is escaped in the JSON pointer", () => {
  const { issues } = parse({ sources: [{ file: "a.txt", "a/b~c": 1 }] });
  assert.deepEqual(projection(issues), [["manifest-field-invalid", "/sources/0/a~1b~0c"]]);
});
