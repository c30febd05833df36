// The landing pages as text: a version's index.html shows the release's own values (title, date,
// files with their sizes and hashes, first rows, a real claim to trace, the citation), escapes
// every string from the data, lists files in the order people look for them, and gives the same
// bytes twice; the dataset's page lists every version and marks the latest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../pipeline/dataset.ts";
import { digestOf, type FileContent } from "../pipeline/format/file-content.ts";
import { renderRelease } from "../pipeline/publish/render.ts";
import { changeSummary, datasetPage } from "../pipeline/publish/page/dataset-page.ts";
import { downloadOrder } from "../pipeline/publish/page/downloads.ts";
import { bibtexEntry, plainReference } from "../pipeline/publish/page/citation.ts";
import { cut, sizeText } from "../pipeline/publish/page/html.ts";
import { dictionaryLink } from "../pipeline/publish/page/table-previews.ts";
import { changeReport, changelogMarkdown } from "../pipeline/release/changelog.ts";
import { TABLE_NAMES } from "../pipeline/schema/tables.ts";
import { datasetFolderProblem } from "../pipeline/run/check-output.ts";
import { publishedVersions } from "../pipeline/release/read-release.ts";
import { main } from "../pipeline/cli.ts";
import { smallDataset } from "./fixtures/small-dataset.ts";
import { dateBuilds, inTempDir, textFiles } from "./helpers.ts";

dateBuilds();

const HOSTILE = "<script>alert(1)</script>";

function released(): ReturnType<typeof smallDataset> {
  const dataset = smallDataset();
  return {
    ...dataset,
    identity: { ...dataset.identity, license: "CC-BY-4.0", creators: [{ name: "Josiah Carberry", orcid: "0000-0002-1825-0097" }, { name: "Data Desk", orcid: null }] },
    releaseDate: "2024-06-30",
  };
}

function pageOf(dataset: Dataset): { page: string; files: Map<string, FileContent> } {
  const files = renderRelease(dataset);
  return { page: textFiles(new Map([["index.html", files.get("index.html")!]])).get("index.html")!, files };
}

test("the page shows the release's title, version, date, description, statement about its sources and licence", () => {
  const { page } = pageOf(released());
  assert.match(page, /<title>Small claims fixture, version 1\.0\.0<\/title>/);
  assert.match(page, /<h1>Small claims fixture<\/h1>/);
  assert.match(page, /Dataset <code>small-claims<\/code>, version 1\.0\.0, released <time datetime="2024-06-30">2024-06-30<\/time>\. Made by Josiah Carberry \(<a href="https:\/\/orcid\.org\/0000-0002-1825-0097">ORCID 0000-0002-1825-0097<\/a>\), Data Desk\./);
  assert.match(page, /<p>Two hand-made texts that exercise quoting, missing values and non-ASCII characters\. The newest document is dated 2019-01-04\.<\/p>/);
  assert.match(page, /<strong>Rows record what the texts claim, never facts\.<\/strong> Every claim is recorded as the text states it and attributed to its source, never asserted as fact\. The fixture&#39;s two texts are made up for the tests\./);
  assert.match(page, /Licence of the records and their documentation: <a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/">Creative Commons Attribution 4\.0 International<\/a> \(<code>CC-BY-4\.0<\/code>\)/);
  assert.deepEqual([...page.matchAll(/<h2 id="[a-z]+-h">([^<]+)<\/h2>/g)].map((m) => m[1]), ["Download", "Charts", "Tables", "How to load it", "How to trace a figure", "How to cite it", "Changes"]);
  // Inline style only: no script, no stylesheet or font from anywhere.
  // url(#...) points inside the page (a chart's patterns); any other url( would fetch.
  assert.doesNotMatch(page, /<script|<link|@import|url\((?!#)|src="http/i);
});

test("every file is listed with its size and SHA-256; SHA256SUMS lists the page; the page says why it lists neither itself nor SHA256SUMS", () => {
  const { page, files } = pageOf(released());
  const listed = [...page.matchAll(/<a href="([^"]+)" data-download="[^"]+">[^<]+<\/a> <data class="size" value="(\d+)">[^<]+<\/data>.*?sha256 ([0-9a-f]{64})/g)].map((m) => [m[1], Number(m[2]), m[3]]);
  const expected = [...files].filter(([path]) => !path.startsWith("texts/") && path !== "index.html" && path !== "SHA256SUMS").map(([path, content]) => [path, digestOf(content).bytes, digestOf(content).sha256]);
  assert.deepEqual(new Set(listed.map((l) => JSON.stringify(l))), new Set(expected.map((e) => JSON.stringify(e))));
  assert.equal(listed.length, files.size - 4, "every file but the two texts, the page and SHA256SUMS");
  // The texts as one folder: two texts, their bytes summed.
  const textBytes = digestOf(files.get("texts/001_small-news.txt")!).bytes + digestOf(files.get("texts/002_small-forum.txt")!).bytes;
  assert.match(page, new RegExp(`<a href="texts/" data-folder="texts/">texts/</a> <data class="size" value="${textBytes}">${sizeText(textBytes)}</data> <span class="what">2 normalized texts`));
  assert.match(textFiles(files).get("SHA256SUMS")!, new RegExp(`^${digestOf(files.get("index.html")!).sha256}  index\\.html$`, "m"));
  assert.match(page, /This page \(index\.html\) cannot show its own SHA-256, nor that of SHA256SUMS/);
  assert.equal(sizeText(22588), "22.6 kB");
  assert.equal(sizeText(999), "999 B");
  assert.equal(sizeText(1_234_567), "1.2 MB");
});

test("downloads come workbook first, then CSV, JSON, datapackage.json, the loaders, the rest by name; texts are left to their summary", () => {
  const paths = ["texts/a.txt", "README.md", "load.py", "claims.json", "SHA256SUMS", "claims.csv", "documents.json", "x.xlsx", "datapackage.json", "documents.csv", "build.json", "load.R", "CITATION.cff"];
  assert.deepEqual(downloadOrder(paths, "x"), ["x.xlsx", "documents.csv", "claims.csv", "documents.json", "claims.json", "datapackage.json", "load.R", "load.py", "CITATION.cff", "README.md", "SHA256SUMS", "build.json"]);
  const { page } = pageOf(released());
  const shown = [...page.matchAll(/data-download="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(shown.slice(0, TABLE_NAMES.length).map(String), TABLE_NAMES.map((t) => `${t}.csv`), "no workbook in a render without one: the CSV tables lead");
  assert.deepEqual(shown.slice(-8), ["datapackage.json", "load.R", "load.py", "CITATION.cff", "DATA_DICTIONARY.md", "README.md", "data-dictionary.csv", "SHA256SUMS"]);
});

test("each table shows its row count, its first rows with long cells cut, and a link to its heading in DATA_DICTIONARY.md", () => {
  const dataset = released();
  const { page, files } = pageOf(dataset);
  const dictionary = textFiles(files).get("DATA_DICTIONARY.md")!;
  for (const table of TABLE_NAMES) {
    // The anchor a Markdown viewer makes of the dictionary's own heading for the table.
    assert.match(dictionary, new RegExp(`^## ${table}$`, "m"));
    assert.equal(dictionaryLink(table), `DATA_DICTIONARY.md#${table}`);
    assert.ok(page.includes(`<a href="DATA_DICTIONARY.md#${table}">${table} in DATA_DICTIONARY.md</a>`), table);
  }
  assert.match(page, /<a href="claims\.csv">claims\.csv<\/a>: 2 rows; the first 2 rows below\./);
  assert.match(page, /<a href="people\.csv">people\.csv<\/a>: 0 rows\./);
  // The news sentence has 77 characters: cut at 60, with an ellipsis.
  const sentence = String(dataset.tables.claims[0]!.sentence);
  assert.ok(page.includes(`<td>${cut(sentence, 60).replaceAll('"', "&quot;")}</td>`));
  assert.match(cut(sentence, 60), /^By the end of 2018, more than 1\.12 million officials had.*…$/);
  assert.equal([...cut(sentence, 60)].length <= 60, true);
  assert.match(page, /<td class="num">54<\/td><td class="num">86<\/td><td>more than 1\.12 million officials<\/td>/);
});

test("loading names this release's files, and tracing shows the first claim with its real offsets", () => {
  const { page } = pageOf(released());
  assert.ok(page.includes(`claims = pd.read_csv(&quot;claims.csv&quot;, keep_default_na=False, na_values=[&quot;&quot;])`));
  assert.ok(page.includes(`FROM read_csv(&#39;claims.csv&#39;)`));
  assert.ok(page.includes(`source(&quot;load.R&quot;)`));
  assert.match(page, /the first claim of <code>claims\.csv<\/code>, <code>001_small-news-c-3f9a0b12cd<\/code>, has <code>document_id<\/code> <code>001_small-news<\/code>, <code>char_start<\/code> 54 and <code>char_end<\/code> 86\. In <a href="texts\/001_small-news\.txt">texts\/001_small-news\.txt<\/a>, those characters read “more than 1\.12 million officials”/);
  assert.ok(page.includes(`text[54:86]  # &quot;more than 1.12 million officials&quot;`));
  assert.ok(page.includes(`substr(text, 54 + 1, 86)  # &quot;more than 1.12 million officials&quot;`));
});

test("the citation: CITATION.cff as shipped, a BibTeX entry and a plain reference from the identity and the release year", () => {
  const dataset = released();
  const { page, files } = pageOf(dataset);
  const cff = textFiles(files).get("CITATION.cff")!;
  assert.ok(page.includes(cff.trimEnd().replaceAll('"', "&quot;")), "the CITATION.cff text, escaped");
  assert.equal(plainReference(dataset), "Josiah Carberry and Data Desk (2024). Small claims fixture (Version 1.0.0) [Data set].");
  assert.equal(bibtexEntry(dataset), "@misc{small_claims_1_0_0,\n  author = {{Josiah Carberry} and {Data Desk}},\n  title = {{Small claims fixture}},\n  version = {1.0.0},\n  year = {2024},\n  date = {2024-06-30},\n  note = {Dataset, version 1.0.0}\n}\n");
  const odd = { ...dataset, identity: { ...dataset.identity, title: "Rates of 50% & more {draft}_#1", creators: [{ name: "A. Person", orcid: null }] }, releaseDate: null };
  assert.match(bibtexEntry(odd), /title = \{\{Rates of 50\\% \\& more \\\{draft\\\}\\_\\#1\}\},/);
  assert.doesNotMatch(bibtexEntry(odd), /year/);
  assert.equal(plainReference(odd), "A. Person (n.d.). Rates of 50% & more {draft}_#1 (Version 1.0.0) [Data set].");
});

test("the changes: none for a render without a report; the report's counts and the whole changelog otherwise", () => {
  assert.match(pageOf(released()).page, /This rendering of the release carries no change report\./);
  const dataset = released();
  const report = changeReport(null, "1.0.0", { documents: 2, claims: 2 });
  const { page } = pageOf({ ...dataset, changes: report });
  assert.match(page, /<p>First release\.<\/p>/);
  assert.match(page, /<tr><th scope="row">claims<\/th><td class="num">2<\/td><\/tr>/);
  assert.ok(page.includes("# Changes in small-claims 1.0.0"));
  assert.equal(changeSummary(changelogMarkdown(report, "small-claims")), "First release.");
  const later = "# Changes in d 1.4.0\n\nCompared with 1.3.0: a minor change.\n\n## Records\n\n| table | added | removed | changed |\n| --- | ---: | ---: | ---: |\n| `documents` | 1 | 0 | 0 |\n| `claims` | 12 | 3 | 2 |\n";
  assert.equal(changeSummary(later), "Compared with 1.3.0: a minor change. Records: 13 added, 3 removed, 2 changed.");
});

test("every string from the data is escaped: identity, rows, texts' paths and the charts' text", () => {
  const dataset = released();
  const hostile: Dataset = {
    ...dataset,
    identity: { ...dataset.identity, title: HOSTILE, description: HOSTILE, sourcesStatement: HOSTILE, creators: [{ name: HOSTILE, orcid: null }] },
    tables: {
      ...dataset.tables,
      documents: dataset.tables.documents.map((d) => ({ ...d, title: HOSTILE, outlet: `"><img src=x onerror=alert(1)>` })),
      claims: dataset.tables.claims.map((c) => ({ ...c, claim_id: HOSTILE, span_text: HOSTILE })),
    },
  };
  const { page } = pageOf(hostile);
  assert.doesNotMatch(page, /<script|<img/i);
  assert.ok(page.includes("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
  assert.ok(page.includes("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  assert.ok(page.includes("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>, has <code>document_id</code>"));
  const listing = { entry: { version: "1.0.0", date: HOSTILE, rows: { [HOSTILE]: 1 }, sha256sums_sha256: "0".repeat(64) }, changelog: `# x\n\n${HOSTILE}\n`, hasPage: true };
  const catalog = datasetPage({ name: HOSTILE, title: HOSTILE, description: HOSTILE }, [listing], "1.0.0");
  assert.doesNotMatch(catalog, /<script/i);
  assert.ok(catalog.includes("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
});

test("the same release gives the same page, byte for byte, whatever order its files come in", () => {
  const a = pageOf(released()).page;
  assert.equal(pageOf(released()).page, a);
  const dataset = released();
  const reversed = { ...dataset, texts: [...dataset.texts].reverse() };
  assert.equal(pageOf(reversed).page, a);
  // The release date is an input, never the clock: another date shows, this one no longer does.
  const later = pageOf({ ...released(), releaseDate: "2025-01-02" }).page;
  assert.match(later, /released <time datetime="2025-01-02">2025-01-02<\/time>/);
  assert.doesNotMatch(later, /2024-06-30/);
});

test("the dataset's page links each version to its page, or to its folder when it has none, newest first, the latest marked", () => {
  const entry = (version: string, date: string) => ({ version, date, rows: { documents: 2, claims: version === "1.0.0" ? 2 : 3, people: 0 }, sha256sums_sha256: "0".repeat(64) });
  const page = datasetPage({ name: "small-claims", title: "Small claims fixture", description: "Two texts." }, [
    { entry: entry("1.0.0", "2024-06-30"), changelog: "# Changes in small-claims 1.0.0\n\nFirst release.\n", hasPage: false },
    { entry: entry("1.1.0", "2024-07-01"), changelog: "# Changes in small-claims 1.1.0\n\nCompared with 1.0.0: a minor change.\n\n| `claims` | 1 | 0 | 0 |\n", hasPage: true },
  ], "1.1.0");
  assert.deepEqual([...page.matchAll(/<a href="([^"]+)" data-version="([^"]+)">/g)].map((m) => [m[1], m[2]]), [["1.1.0/index.html", "1.1.0"], ["1.0.0/", "1.0.0"]]);
  assert.match(page, /<tr aria-current="true"><th scope="row"><a href="1\.1\.0\/index\.html" data-version="1\.1\.0">1\.1\.0<\/a> <span class="latest">latest<\/span><\/th><td>2024-07-01<\/td><td>documents 2, claims 3<\/td><td>Compared with 1\.0\.0: a minor change\. Records: 1 added, 0 removed, 0 changed\.<\/td><\/tr>/);
  assert.match(page, /<th scope="row"><a href="1\.0\.0\/" data-version="1\.0\.0">1\.0\.0<\/a><\/th><td>2024-06-30<\/td><td>documents 2, claims 2<\/td><td>First release\.<\/td>/);
  assert.match(page, /The latest version is <a href="1\.1\.0\/index\.html">1\.1\.0<\/a>\./);
});

test("a build writes the dataset's page beside versions.json; the output checks take it for neither a version nor a stray file", async () => {
  await inTempDir("landing", async (dir) => {
    const input = join(dir, "in");
    mkdirSync(input);
    writeFileSync(join(input, "a.txt"), "A title for a text\n\nThe county employed 300 workers in 2019.\n");
    assert.equal(await main(["build", "--input", input, "--out", join(dir, "out")], () => {}), 0);
    const datasetDir = join(dir, "out", "claims-dataset");
    assert.deepEqual(readdirSync(datasetDir).sort(), ["1.0.0", "index.html", "latest", "versions.json"]);
    assert.match(readFileSync(join(datasetDir, "index.html"), "utf8"), /<a href="1\.0\.0\/index\.html" data-version="1\.0\.0">1\.0\.0<\/a> <span class="latest">latest<\/span>/);
    assert.deepEqual(await publishedVersions(datasetDir), ["1.0.0"]);
    assert.equal(datasetFolderProblem(datasetDir), null);
    rmSync(join(datasetDir, "index.html"));
    mkdirSync(join(datasetDir, "index.html"));
    assert.match(datasetFolderProblem(datasetDir) ?? "", /claims-dataset\/index\.html is not a file: remove it/);
  });
});
