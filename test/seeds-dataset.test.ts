// The committed release of the seeds is the golden copy: rebuilding it from seeds/ must give the
// same bytes, every record must point at the exact characters it quotes, and the figures a reader
// checked by hand against the texts must be there with the values written below.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../pipeline/cli.ts";
import { sliceCodePoints } from "../pipeline/text/code-points.ts";
import { TABLE_NAMES } from "../pipeline/schema/tables.ts";
import { validateDataPackage } from "./standards/data-package-profile.ts";
import { dateBuilds, readTreeBytes } from "./helpers.ts";

dateBuilds();

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// The release the committed seeds/sources.json names.
const MANIFEST = JSON.parse(readFileSync(join(ROOT, "seeds", "sources.json"), "utf8")) as { dataset: { name: string } };
const DATASET_DIR = join(ROOT, "dist", MANIFEST.dataset.name);
// The newest committed version, as `latest` names it.
const RELEASE = join(DATASET_DIR, readFileSync(join(DATASET_DIR, "latest"), "utf8").trim());
type Rec = Record<string, string | number | null>;

async function table(name: string): Promise<Rec[]> {
  return JSON.parse(await readFile(join(RELEASE, `${name}.json`), "utf8")) as Rec[];
}

const quiet = () => {};

test("provenance round-trip: every record's span is exactly the characters [char_start, char_end) of its published text", async () => {
  const texts = new Map<string, string>();
  for (const d of await table("documents")) texts.set(String(d.document_id), await readFile(join(RELEASE, String(d.text_file)), "utf8"));
  assert.equal(texts.size, 5);
  let checked = 0;
  for (const name of TABLE_NAMES) {
    for (const row of await table(name)) {
      // A record without a span (a byline's author, named only in page metadata) has nothing to trace.
      if (!("char_start" in row) || row.char_start === null) continue;
      const text = texts.get(String(row.document_id))!;
      assert.equal(sliceCodePoints(text, Number(row.char_start), Number(row.char_end)), row.span_text, `${name} ${JSON.stringify(row).slice(0, 120)}`);
      if (name === "claims") assert.ok(text.includes(String(row.sentence)));
      checked++;
    }
  }
  assert.ok(checked > 300, `only ${checked} spans checked`);
});

test("the figures of the seeds, as read by hand from the texts", async () => {
  const claims = await table("claims");
  const find = (span: string, doc: string) => {
    const hits = claims.filter((c) => c.span_text === span && String(c.document_id).startsWith(doc));
    assert.ok(hits.length > 0, `missing claim "${span}" in ${doc}`);
    return hits[hits.length - 1]!;
  };
  const officials = find("more than 1.12 million officials", "001");
  assert.deepEqual([officials.value, officials.unit, officials.qualifier, officials.period_end, officials.period_start, officials.place, officials.attributed_to], [1120000, "official", "more_than", "2018-12-31", null, "Xinjiang", "Global Times"]);
  const yuan = find("1,800 yuan", "001");
  const dollars = find("$262", "001");
  assert.deepEqual([yuan.value, yuan.unit, yuan.per, dollars.value, dollars.unit, dollars.relation, dollars.related_claim_id], [1800, "CNY", "month", 262, "USD", "conversion", yuan.claim_id]);
  const from = find("22.28 percent", "003");
  const to = find("12.71 percent", "003");
  assert.deepEqual([from.period_start, from.period_end, to.period_start, to.period_end, to.relation, to.related_claim_id], ["2017-01-01", "2017-12-31", "2018-01-01", "2018-12-31", "change", from.claim_id]);
  assert.deepEqual([to.attribution_kind, to.attributed_to], ["according_to", "poverty alleviation office in Xinjiang"]);
  const people = find("2.3147 million people", "002");
  assert.deepEqual([people.value, people.period_start, people.period_end, people.attribution_kind, people.attributed_to], [2314700, "2014-01-01", "2018-12-31", "transcript_turn", "Parhat Rozi"]);
  assert.deepEqual([find("8502 poor villages", "004").value, find("more than 50 billion yuan", "004").value], [8502, 50000000000]);
  assert.deepEqual([find("six poor households", "003").value, find("eight sheep", "003").unit], [6, "animal"]);
  // Policy names with numbers in them and years used as dates are not claims.
  for (const c of claims) {
    assert.ok(!/^(?:two|three|seven)$/.test(String(c.value_text)) || c.unit !== "count", `policy name taken as a claim: ${c.sentence}`);
    assert.ok(!(Number(c.value) >= 2010 && Number(c.value) <= 2020 && c.unit === "count"), `year taken as a claim: ${c.span_text}`);
  }
  assert.equal(claims.filter((c) => String(c.document_id).startsWith("002") && /^(?:two|three|seven)$/.test(String(c.value_text))).length, 0);
});

test("the published datapackage.json passes the official Data Package 2.0 profile and matches the files", async () => {
  const descriptor = JSON.parse(await readFile(join(RELEASE, "datapackage.json"), "utf8")) as { resources: { path: string; bytes: number; hash: string }[] };
  assert.equal(validateDataPackage(descriptor), true, JSON.stringify(validateDataPackage.errors));
  assert.equal(descriptor.resources.length, TABLE_NAMES.length);
  for (const r of descriptor.resources) {
    const bytes = await readFile(join(RELEASE, r.path));
    assert.equal(r.bytes, bytes.length, r.path);
    assert.equal(r.hash, `sha256:${createHash("sha256").update(bytes).digest("hex")}`, r.path);
  }
});

test("documents: metadata from the texts and the manifest, dates with precision and basis", async () => {
  const docs = await table("documents");
  assert.deepEqual(docs.map((d) => [d.kind, d.outlet, d.published_date, d.published_basis]), [
    ["forum_post", null, null, "unknown"],
    ["news_article", "Global Times", "2019-01-04", "stated"],
    ["press_briefing_transcript", "China.org.cn", "2019-12-11", "stated"],
    ["news_article", "Global Times", "2019-02-18", "stated"],
    ["broadcast_report", null, null, "unknown"],
  ]);
  assert.equal(docs[1]!.author, "Liu Xin");
});

test("determinism: two builds from two different folders give identical bytes", async () => {
  const work = await mkdtemp(join(tmpdir(), "seeds-build-"));
  try {
    const outs: string[] = [];
    for (const folder of ["first copy", "second"]) {
      const input = join(work, folder, "texts in");
      await cp(join(ROOT, "seeds"), input, { recursive: true });
      const out = join(work, folder, "out");
      assert.equal(await main(["build", "--input", input, "--out", out], quiet), 0);
      outs.push(join(out, MANIFEST.dataset.name));
    }
    const [a, b] = await Promise.all([readTreeBytes(outs[0]!), readTreeBytes(outs[1]!)]);
    assert.ok(a.size > 30, `only ${a.size} files`);
    assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
    for (const [path, bytes] of a) {
      assert.ok(b.get(path)!.equals(bytes), `${path} differs between folders`);
      assert.ok(!bytes.toString("utf8").includes(work), `${path} holds a build path`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test("the committed release holds the data the committed sources build", async () => {
  const work = await mkdtemp(join(tmpdir(), "seeds-data-"));
  try {
    assert.equal(await main(["build", "--input", join(ROOT, "seeds"), "--out", work], quiet), 0);
    const fresh = await readTreeBytes(join(work, MANIFEST.dataset.name, "1.0.0"));
    const committed = await readTreeBytes(RELEASE);
    // Data and its description must match; the release's own records (version, changelog, provenance) may not.
    for (const [path, bytes] of fresh) {
      // index.html, like the README, names the version (and shows every file's hash).
      if (/^(?:build\.json|CHANGELOG\.md|SHA256SUMS|README\.md|CITATION\.cff|datapackage\.json|index\.html)$/.test(path)) continue;
      assert.ok(committed.get(path)?.equals(bytes), `${path} differs from the committed release`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test("building the committed seeds over the committed dist changes nothing", async () => {
  // Over a copy, so that code that would publish a new version never writes into the repository's dist/.
  const work = await mkdtemp(join(tmpdir(), "seeds-dist-"));
  const out = join(work, "dist");
  await cp(join(ROOT, "dist"), out, { recursive: true });
  const before = await readTreeBytes(out);
  const latest = RELEASE.split(/[\\/]/).pop()!.replaceAll(".", "\\.");
  const lines: string[] = [];
  assert.equal(await main(["build", "--input", join(ROOT, "seeds"), "--out", out], (l) => lines.push(l)), 0);
  assert.match(lines.join("\n"), /nothing differs from the published/);
  // Either the whole build found no difference, or what made the latest version (its build.json, or
  // the cache's note of it) showed there could be none.
  assert.match(lines[lines.length - 1]!, new RegExp(`^build: inputs 5 (?:built, 0 duplicate, 0 rejected, 0 skipped; records \\d+ published, 0 rejected|as when ${latest} was (?:last )?built, 0 skipped; records as published in ${latest}); unchanged ${latest}$`));
  const after = await readTreeBytes(out);
  await rm(work, { recursive: true, force: true });
  // The dataset's page, written beside versions.json, is the committed one too, linking to the latest version's page.
  assert.ok((after.get(`${MANIFEST.dataset.name}/index.html`)?.toString("utf8") ?? "").includes(`href="${RELEASE.split(/[\\/]/).pop()}/index.html"`));
  assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
  for (const [path, bytes] of before) assert.ok(after.get(path)!.equals(bytes), path);
});
