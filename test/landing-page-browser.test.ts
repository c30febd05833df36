// The landing pages in a real browser (Debian's Chromium, driven by playwright-core; no browser is
// ever downloaded): opened from the file system, they show their headings and charts, every
// download link reaches a file of the release with the size shown, nothing is fetched from beyond
// file://, no console error appears, axe-core finds nothing serious, and neither page is wider
// than a 390 px phone. Screenshots go to the temporary folder, and to $LANDING_SCREENSHOTS if set.
import { after, before, test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { main } from "../pipeline/cli.ts";
import { dateBuilds } from "./helpers.ts";

dateBuilds();

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path)) ?? null;
const SKIP = "Chromium is missing: apt-get install chromium";
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
// This machine's network is closed: without these, Chromium keeps trying to reach its services.
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const HOSTILE = "<script>alert(1)</script>";
const SMALL = "small-pages";
const SEEDS = JSON.parse(readFileSync(join(ROOT, "seeds", "sources.json"), "utf8")).dataset.name as string;
// The seeds' committed release, as a user downloads it.
const SEEDS_LATEST = readFileSync(join(ROOT, "dist", SEEDS, "latest"), "utf8").trim();

let work = "";
let context: BrowserContext | null = null;
const quiet = () => {};

async function buildInto(input: string, out: string): Promise<void> {
  assert.equal(await main(["build", "--input", input, "--out", out], quiet), 0);
}

before(async () => {
  if (CHROMIUM === null) return;
  work = await mkdtemp(join(tmpdir(), "landing-browser-"));
  // A small dataset of two versions, whose identity and texts carry markup that must stay text.
  const input = join(work, "small-in");
  await mkdir(input);
  await writeFile(join(input, "sources.json"), JSON.stringify({ dataset: { name: SMALL, title: `Roads ${HOSTILE}`, description: `Two texts about roads. ${HOSTILE}`, creator: `Desk ${HOSTILE}`, license: "CC-BY-4.0", sources_statement: `The texts are made up. ${HOSTILE}` } }));
  await writeFile(join(input, "gansu.txt"), `Gansu county paves roads ${HOSTILE}\n\nBy Li Wei | Daily Courier | 2020-01-15\n\nThe county built 40 roads and moved 3,000 households in 2019, officials said.\n`);
  await buildInto(input, join(work, "small"));
  await writeFile(join(input, "ningxia.txt"), "Ningxia villages get water\n\nBy Ma Lin | Daily Courier | 2020-02-03\n\nThe region piped water to 120 villages in 2019, according to the water bureau.\n");
  await buildInto(input, join(work, "small"));
  context = await chromium.launchPersistentContext(await mkdtemp(join(work, "profile-")), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await context?.close();
  if (work !== "") await rm(work, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

async function open(path: string, width = 1280): Promise<Opened> {
  const page = await context!.newPage();
  await page.setViewportSize({ width, height: 900 });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => (m.type() === "error" ? errors.push(m.text()) : undefined));
  page.on("pageerror", (e) => errors.push(e.message));
  // Anything but a file is refused before it leaves, and shows in `requests`.
  await page.route(/^(?!file:)/, (route) => route.abort());
  await page.goto(pathToFileURL(path).href, { waitUntil: "load" });
  return { page, requests, errors };
}

function skipWithout(t: TestContext): boolean {
  if (CHROMIUM !== null) return false;
  t.skip(SKIP);
  return true;
}

/** axe-core's serious and critical violations, run in the page (as DevTools runs it, past the page's CSP). */
async function seriousViolations(page: Page): Promise<string[]> {
  const found = (await page.evaluate(`${AXE}\n;axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) })))`)) as { id: string; impact: string; nodes: string[] }[];
  return found.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.join(", ")}`);
}

/** Full-page screenshots at a desktop and a phone width; the page must not be wider than either. */
async function screenshots(path: string, name: string): Promise<void> {
  const folder = join(work, "screenshots");
  await mkdir(folder, { recursive: true });
  for (const width of [1280, 390]) {
    const { page } = await open(path, width);
    const scrollWidth = (await page.evaluate("document.documentElement.scrollWidth")) as number;
    assert.ok(scrollWidth <= width, `${name} at ${width} px is ${scrollWidth} px wide`);
    const file = join(folder, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    assert.ok((await stat(file)).size > 5000, `${file} is an image of the page`);
    if (process.env.LANDING_SCREENSHOTS) {
      await mkdir(process.env.LANDING_SCREENSHOTS, { recursive: true });
      await copyFile(file, join(process.env.LANDING_SCREENSHOTS, `${name}-${width}.png`));
    }
    await page.close();
  }
}

/** Every download link reaches a file of the version folder and shows its size; the texts folder is summed. */
async function checkDownloads(page: Page, versionDir: string): Promise<void> {
  const links: { href: string; path: string; bytes: string | null }[] = [];
  for (const a of await page.locator("a[data-download]").all()) {
    const size = a.locator("xpath=..").locator("data.size");
    links.push({ href: new URL((await a.getAttribute("href"))!, page.url()).href, path: (await a.getAttribute("data-download"))!, bytes: (await size.count()) === 0 ? null : await size.getAttribute("value") });
  }
  const onDisk = (await readdir(versionDir)).filter((n) => n !== "texts" && n !== "index.html").sort();
  assert.deepEqual(links.map((l) => l.path).sort(), onDisk, "every file of the version is offered, and nothing else");
  for (const link of links) {
    const file = fileURLToPath(link.href);
    assert.equal(file, join(versionDir, link.path));
    const size = (await stat(file)).size;
    // SHA256SUMS is listed without a size: it lists this page, which cannot list it back.
    if (link.path !== "SHA256SUMS") assert.equal(Number(link.bytes), size, `${link.path}: the size shown`);
  }
  const folderLink = page.locator("a[data-folder]");
  const folder = { href: new URL((await folderLink.getAttribute("href"))!, page.url()).href, bytes: await folderLink.locator("xpath=..").locator("data.size").getAttribute("value") };
  const texts = fileURLToPath(folder.href);
  let total = 0;
  for (const name of await readdir(texts)) total += (await stat(join(texts, name))).size;
  assert.equal(Number(folder.bytes), total, "the texts folder's size is its files' sizes summed");
}

async function checkVersionPage(path: string, versionDir: string, title: string): Promise<void> {
  const { page, requests, errors } = await open(path);
  assert.equal(await page.title(), title);
  assert.equal((await page.locator("h1").innerText()).trim(), title.replace(/, version [\d.]+$/, ""));
  assert.deepEqual(await page.locator("h2").allInnerTexts(), ["Download", "Charts", "Tables", "How to load it", "How to trace a figure", "How to cite it", "Changes"]);
  // Each chart: an svg, named by its heading, described by its visible summary.
  const figures = page.locator("section#charts figure");
  assert.ok((await figures.count()) >= 1, "at least one chart");
  for (const figure of await figures.all()) {
    const heading = (await figure.locator("h3").innerText()).trim();
    const summary = (await figure.locator("figcaption").innerText()).trim();
    assert.ok(summary.length > 10, `${heading}: a summary`);
    assert.equal(await figure.locator(".chart svg").count(), 1, `${heading}: one svg`);
    const drawing = figure.getByRole("img", { name: heading, exact: true });
    assert.equal(await drawing.count(), 1, `${heading}: the drawing's accessible name is its heading`);
    assert.equal(await drawing.getAttribute("aria-describedby"), await figure.locator("figcaption").getAttribute("id"));
    assert.ok(await drawing.isVisible());
    if ((await figure.locator("details").count()) === 0) assert.match(summary, /nothing to chart/, `${heading}: without numbers, the summary says there are none`);
    else assert.ok((await figure.locator("details table tbody tr").count()) >= 1, `${heading}: the numbers behind it`);
  }
  await checkDownloads(page, versionDir);
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual(requests.filter((url) => !url.startsWith("file://")), [], "nothing is fetched from beyond the file system");
  assert.deepEqual(errors, []);
  await page.close();
}

test("a version's page, from the file system: headings, charts, downloads, no request out, no console error, axe", async (t) => {
  if (skipWithout(t)) return;
  const dir = join(work, "small", SMALL, "1.1.0");
  await checkVersionPage(join(dir, "index.html"), dir, `Roads ${HOSTILE}, version 1.1.0`);
  const { page } = await open(join(dir, "index.html"));
  // Markup from the data is shown as text, never run: the page holds no script element at all.
  assert.equal(await page.locator("script").count(), 0);
  assert.match(await page.locator("section#tables").innerText(), /Gansu county paves roads <script>alert\(1\)<\/script>/);
  assert.match(await page.locator("section#changes").innerText(), /Compared with 1\.0\.0: a minor change\./);
  assert.match(await page.locator("section#cite").innerText(), /Desk <script>alert\(1\)<\/script> \(2024\)\. Roads <script>alert\(1\)<\/script> \(Version 1\.1\.0\) \[Data set\]\./);
  await page.close();
  await screenshots(join(dir, "index.html"), "small-1.1.0");
});

test("the seeds' committed version page passes the same checks", async (t) => {
  if (skipWithout(t)) return;
  const dir = join(ROOT, "dist", SEEDS, SEEDS_LATEST);
  const title = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")).title as string;
  await checkVersionPage(join(dir, "index.html"), dir, `${title}, version ${SEEDS_LATEST}`);
  const { page } = await open(join(dir, "index.html"));
  // The workbook leads the downloads, for people who read by hand.
  assert.equal(await page.locator("a[data-download]").first().getAttribute("data-download"), `${SEEDS}.xlsx`);
  await page.close();
  await screenshots(join(dir, "index.html"), `seeds-${SEEDS_LATEST}`);
});

test("the dataset's page links to each version's page and marks the latest", async (t) => {
  if (skipWithout(t)) return;
  const dir = join(work, "small", SMALL);
  const { page, requests, errors } = await open(join(dir, "index.html"));
  assert.equal((await page.locator("h1").innerText()).trim(), `Roads ${HOSTILE}`);
  const versions: { version: string; href: string; row: string }[] = [];
  for (const a of await page.locator("a[data-version]").all()) {
    versions.push({ version: (await a.getAttribute("data-version"))!, href: new URL((await a.getAttribute("href"))!, page.url()).href, row: await a.locator("xpath=ancestor::tr").innerText() });
  }
  assert.deepEqual(versions.map((v) => v.version), ["1.1.0", "1.0.0"]);
  for (const v of versions) assert.equal(fileURLToPath(v.href), join(dir, v.version, "index.html"));
  assert.match(versions[0]!.row, /^1\.1\.0\s+latest\s+2024-06-30\s+documents 2, claims \d+/);
  assert.match(versions[0]!.row, /Compared with 1\.0\.0: a minor change\. Records: \d+ added, 0 removed, 0 changed\./);
  assert.doesNotMatch(versions[1]!.row, /latest/);
  assert.match(versions[1]!.row, /First release\./);
  assert.equal(await page.locator('tr[aria-current="true"] a[data-version]').getAttribute("data-version"), "1.1.0");
  // Following the link opens the version's page.
  await page.locator('a[data-version="1.0.0"]').click();
  assert.equal(await page.title(), `Roads ${HOSTILE}, version 1.0.0`);
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual(requests.filter((url) => !url.startsWith("file://")), []);
  assert.deepEqual(errors, []);
  await page.close();
  const seeds = await open(join(ROOT, "dist", SEEDS, "index.html"));
  assert.equal(await seeds.page.locator('tr[aria-current="true"] a[data-version]').getAttribute("data-version"), SEEDS_LATEST);
  assert.deepEqual(await seriousViolations(seeds.page), []);
  await seeds.page.close();
  await screenshots(join(dir, "index.html"), "small-dataset");
});
