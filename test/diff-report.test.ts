// `diff A B` and the CHANGELOG as a report a person reads (issue 19): equal versions say so, a new
// text is added (not changed), and a corrected figure is one claim changed with both values, not a
// claim removed and another added. Built for real into a temporary folder, three versions:
// 1.0.0 one text stating 1.5 million; 1.1.0 the figure corrected to 1.6 million; 1.2.0 a second text;
// 1.3.0 the sentence reworded before the figure, which moves it, and a qualifier added.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBuild } from "../pipeline/run/build.ts";
import { runDiff } from "../pipeline/commands/diff.ts";
import type { ChangeReport } from "../pipeline/release/changelog.ts";

const corrected = (figure: string, opening = "By the end of 2019, the county had lifted") => `Poverty relief in the county\n\n${opening} ${figure} people out of poverty, officials said.\n`;
const SECOND = "Roads in the town\n\nThe town built 12 roads in 2020.\n";

let dir = "";
const out = () => join(dir, "out");

async function build(input: string): Promise<void> {
  const lines: string[] = [];
  const code = await runBuild({ input, out: out(), allowRejects: false, pseudonymKey: null, version: null, cacheDir: join(dir, "cache") }, (l) => lines.push(l));
  assert.equal(code, 0, lines.join("\n"));
}

async function diff(from: string, to: string, json = false): Promise<string> {
  let printed = "";
  const errors: string[] = [];
  const code = await runDiff({ out: out(), dataset: null, from, to, json }, (t) => (printed += t), (l) => errors.push(l));
  assert.equal(code, 0, errors.join("\n"));
  return printed;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "diff-report-"));
  const input = join(dir, "in");
  await mkdir(input);
  await writeFile(join(input, "a.txt"), corrected("1.5 million"));
  await build(input);
  await writeFile(join(input, "a.txt"), corrected("1.6 million"));
  await build(input);
  await writeFile(join(input, "b.txt"), SECOND);
  await build(input);
  await writeFile(join(input, "a.txt"), corrected("nearly 1.6 million", "By the end of 2019 the county lifted"));
  await build(input);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("a version compared with itself: the same data, no change, and nothing else", async () => {
  assert.equal(await diff("1.1.0", "1.1.0"), "# Changes in claims-dataset 1.1.0\n\nCompared with 1.1.0: no change. The two versions hold the same data: no record, schema or file differs.\n");
  const report = JSON.parse(await diff("latest", "1.3.0", true)) as ChangeReport;
  assert.equal(report.bump, "none");
  assert.deepEqual([report.changed_records, report.other_files, report.tables.filter((t) => t.added + t.removed + t.changed > 0)], [[], [], []]);
});

test("a corrected figure is one claim changed, old value → new value, and no claim removed or added", async () => {
  const text = await diff("1.0.0", "1.1.0");
  // The version number still counts a new claim id as removed and added: a minor change.
  assert.match(text, /^Compared with 1\.0\.0: a minor change\.$/m);
  assert.match(text, /^\| `claims` \| 0 \| 0 \| 1 \|$/m);
  // The observation made from the claim pairs as its claim does.
  assert.match(text, /^\| `observations` \| 0 \| 0 \| 1 \|$/m);
  const claims = /### claims\n\n([^#]*)/.exec(text)?.[1] ?? "";
  assert.match(claims, /^- changed:\n {2}- `a-c-[0-9a-f]{10}` → `a-c-[0-9a-f]{10}`\n/);
  assert.match(claims, /^ {4}- value: 1500000 → 1600000$/m);
  assert.match(claims, /^ {4}- value_text: "1\.5 million" → "1\.6 million"$/m);
  assert.match(claims, /^ {4}- span_text: "1\.5 million people" → "1\.6 million people"$/m);
  // A long sentence shows the words around what differs, cut at spaces.
  assert.match(claims, /^ {4}- sentence: "…the county had lifted 1\.5 million people out of poverty,…" → "…the county had lifted 1\.6 million people out of poverty,…"$/m);
  assert.doesNotMatch(text, /- (?:added|removed):/);
  assert.match(text, /^- `texts\/a\.txt` changed\.$/m);
});

test("diff --json gives the changed claim as data: ids before and after, and each column that differs", async () => {
  const report = JSON.parse(await diff("1.0.0", "1.1.0", true)) as ChangeReport;
  assert.equal(report.bump, "minor");
  const claims = report.tables.find((t) => t.table === "claims")!;
  assert.deepEqual([claims.added, claims.removed, claims.changed, claims.added_ids, claims.removed_ids], [0, 0, 1, [], []]);
  const changed = report.changed_records.filter((r) => r.table === "claims");
  assert.equal(changed.length, 1);
  const [claim] = changed;
  assert.match(claim!.id_before, /^a-c-[0-9a-f]{10}$/);
  assert.match(claim!.id_after, /^a-c-[0-9a-f]{10}$/);
  assert.notEqual(claim!.id_before, claim!.id_after);
  assert.deepEqual(Object.keys(claim!.changes).sort(), ["sentence", "span_text", "value", "value_text"]);
  assert.deepEqual(claim!.changes.value, { before: 1500000, after: 1600000 });
  assert.deepEqual(claim!.changes.span_text, { before: "1.5 million people", after: "1.6 million people" });
  const observation = report.changed_records.find((r) => r.table === "observations")!;
  assert.deepEqual([observation.id_before, observation.id_after, observation.changes], [claim!.id_before, claim!.id_after, { value: { before: 1500000, after: 1600000 } }]);
  // A record that kept its id is changed with its values too.
  const document = report.changed_records.find((r) => r.table === "documents")!;
  assert.deepEqual([document.id_before, document.id_after, Object.keys(document.changes).sort()], ["a", "a", ["raw_sha256", "text_sha256"]]);
});

test("a new text is added, with its document and claim, and no file is said to have changed that was not there before", async () => {
  const text = await diff("1.1.0", "1.2.0");
  assert.match(text, /^- `texts\/b\.txt` added\.$/m);
  assert.doesNotMatch(text, /texts\/b\.txt` changed/);
  assert.doesNotMatch(text, /texts\/a\.txt/);
  assert.match(text, /### documents\n\n- added: `b`\n/);
  assert.match(text, /### claims\n\n- added: `b-c-[0-9a-f]{10}`\n/);
  const report = JSON.parse(await diff("1.1.0", "1.2.0", true)) as ChangeReport;
  assert.deepEqual(report.other_files.filter((f) => f.path.startsWith("texts/")), [{ path: "texts/b.txt", change: "added" }]);
  // Compared the other way round, the same text is removed.
  const back = JSON.parse(await diff("1.2.0", "1.1.0", true)) as ChangeReport;
  assert.deepEqual(back.other_files.filter((f) => f.path.startsWith("texts/")), [{ path: "texts/b.txt", change: "removed" }]);
});

test("the CHANGELOG a build writes reports the corrected figure as diff does", async () => {
  const changelog = await readFile(join(out(), "claims-dataset", "1.1.0", "CHANGELOG.md"), "utf8");
  const text = await diff("1.0.0", "1.1.0");
  // The build compares its data under the previous version number, so the files that carry the
  // version (README, CITATION) differ only in diff's report.
  const withoutVersionFiles = text.replace(/^- `(?:CITATION\.cff|README\.md)` changed\.\n/gm, "");
  assert.equal(changelog, withoutVersionFiles);
  assert.match(changelog, /^ {4}- value: 1500000 → 1600000$/m);
});

test("a figure moved by an edit earlier in its sentence is still the one claim changed", async () => {
  const report = JSON.parse(await diff("1.2.0", "1.3.0", true)) as ChangeReport;
  const claims = report.tables.find((t) => t.table === "claims")!;
  assert.deepEqual([claims.added, claims.removed, claims.changed], [0, 0, 1]);
  const [claim] = report.changed_records.filter((r) => r.table === "claims");
  assert.deepEqual(claim!.changes.qualifier, { before: null, after: "nearly" });
  assert.deepEqual(claim!.changes.span_text, { before: "1.6 million people", after: "nearly 1.6 million people" });
  assert.equal(claim!.changes.value, undefined, "the value did not change");
  assert.match(await diff("1.2.0", "1.3.0"), /^ {4}- qualifier: \(empty\) → "nearly"$/m);
});
