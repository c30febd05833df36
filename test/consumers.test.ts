// The real programs people open the dataset with: R (readr, jsonlite), pandas, DuckDB and
// LibreOffice, on the committed release. A program missing here skips its test with the Debian
// package to install; .ci/run installs them all, so CI runs every one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { workbookBytes } from "../pipeline/publish/workbook.ts";
import { TABLE_NAMES } from "../pipeline/schema/tables.ts";
import { tableCsv } from "../pipeline/format/csv.ts";
import { tableSchemaFor } from "../pipeline/schema/table-schema.ts";
import { smallDataset } from "./fixtures/small-dataset.ts";
import type { Dataset } from "../pipeline/dataset.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const NAME = (JSON.parse(readFileSync(join(ROOT, "seeds", "sources.json"), "utf8")) as { dataset: { name: string } }).dataset.name;
const RELEASE = join(ROOT, "dist", NAME, readFileSync(join(ROOT, "dist", NAME, "latest"), "utf8").trim());

function runs(command: string, args: string[]): boolean {
  return spawnSync(command, args, { encoding: "utf8" }).status === 0;
}
const R_READY = runs("Rscript", ["-e", "library(readr); library(jsonlite)"]);
const PYTHON = ["/usr/bin/python3", "python3"].find((p) => runs(p, ["-c", "import pandas"])) ?? null;
const OFFICE = ["soffice", "libreoffice"].find((p) => runs(p, ["--version"])) ?? null;
// LibreOffice's CSV filter: comma, double quote, UTF-8, cells as shown, every sheet to a file of its own.
const OFFICE_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

type Report = Record<string, { rows: number; json_rows: number; mismatch_count: number; mismatches: string[] } & Record<string, unknown>>;

test("R: every table reads with load.R (readr) with no problems, its types, and the JSON's values", (t) => {
  if (!R_READY) return t.skip("Rscript with readr and jsonlite is missing: apt-get install r-base-core r-cran-readr r-cran-jsonlite");
  const r = spawnSync("Rscript", [join(ROOT, "test", "consumers", "check.R"), RELEASE], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(Object.keys(report), [...TABLE_NAMES]);
  const R_CLASS: Record<string, string> = { string: "character", integer: "integer", number: "numeric", date: "Date" };
  for (const table of TABLE_NAMES) {
    const t = report[table]!;
    assert.equal(t.problems, 0, `${table}: readr problems`);
    assert.equal(t.rows, t.json_rows, `${table}: rows`);
    assert.equal(t.mismatch_count, 0, `${table}: ${t.mismatches.join(", ")}`);
    for (const field of tableSchemaFor(table).fields) assert.equal((t.classes as Record<string, string>)[field.name], R_CLASS[field.type], `${table}.${field.name}`);
  }
  assert.ok(report.claims!.rows > 50);
});

test("pandas: every table reads with load.py with its dtypes and the JSON's values", (t) => {
  if (PYTHON === null) return t.skip("python3 with pandas is missing: apt-get install python3-pandas");
  const r = spawnSync(PYTHON, [join(ROOT, "test", "consumers", "check.py"), RELEASE], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  const DTYPE: Record<string, string> = { string: "string", integer: "Int64", number: "float64", date: "datetime64[ns]" };
  for (const table of TABLE_NAMES) {
    const t = report[table]!;
    assert.equal(t.rows, t.json_rows, `${table}: rows`);
    assert.equal(t.read_json_rows, t.json_rows, `${table}: read_json rows`);
    assert.equal(t.mismatch_count, 0, `${table}: ${t.mismatches.join(", ")}`);
    for (const field of tableSchemaFor(table).fields) assert.equal((t.dtypes as Record<string, string>)[field.name], DTYPE[field.type], `${table}.${field.name}`);
  }
});

// Where DuckDB's detection and the dictionary part ways, and why.
const DUCKDB_EXCEPTIONS: Record<string, string> = {
  "places.adcode": "six-digit division codes are all digits, so detection reads them as BIGINT; they are codes, kept as text",
  "observations.converted_value": "the seeds' two conversions are whole dollars (262, 339), so detection reads BIGINT; other texts convert to cents",
};

test("DuckDB: read_csv's detection gives every column the dictionary's type, but the listed exceptions", async () => {
  const DUCK: Record<string, string> = { string: "VARCHAR", integer: "BIGINT", number: "DOUBLE", date: "DATE" };
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  const seen = new Set<string>();
  for (const table of TABLE_NAMES) {
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_csv('${join(RELEASE, `${table}.csv`)}')`);
    const types = new Map(described.getRowObjects().map((r) => [String(r.column_name), String(r.column_type)]));
    for (const field of tableSchemaFor(table).fields) {
      const key = `${table}.${field.name}`;
      if (key in DUCKDB_EXCEPTIONS) {
        // Listed because detection parts from the dictionary here: it still must.
        assert.notEqual(types.get(field.name), DUCK[field.type], `${key} is detected as the dictionary says; take it off the list`);
        seen.add(key);
        continue;
      }
      assert.equal(types.get(field.name), DUCK[field.type], key);
    }
    const counted = await connection.runAndReadAll(`SELECT count(*) AS n FROM read_csv('${join(RELEASE, `${table}.csv`)}')`);
    const rows = JSON.parse(await readFile(join(RELEASE, `${table}.json`), "utf8")) as unknown[];
    assert.equal(Number(counted.getRowObjects()[0]!.n), rows.length, `${table}: rows`);
  }
  assert.deepEqual([...seen].sort(), Object.keys(DUCKDB_EXCEPTIONS).sort(), "every listed exception is a column of the release");
});

test("LibreOffice opens the workbook, and each sheet written back as CSV equals the published CSV", (t) => {
  if (OFFICE === null) return t.skip("LibreOffice is missing: apt-get install libreoffice-calc");
  return (async () => {
    const out = await mkdtemp(join(tmpdir(), "office-"));
    try {
      const converted = spawnSync(OFFICE, ["--headless", "--convert-to", OFFICE_CSV, "--outdir", out, join(RELEASE, `${NAME}.xlsx`)], { encoding: "utf8", env: { ...process.env, HOME: out } });
      assert.equal(converted.status, 0, converted.stderr);
      for (const table of TABLE_NAMES) {
        const back = await readFile(join(out, `${NAME}-${table}.csv`), "utf8");
        assert.equal(back, await readFile(join(RELEASE, `${table}.csv`), "utf8"), `${table}: the sheet does not give back the CSV`);
      }
      assert.ok((await readdir(out)).includes(`${NAME}-data_dictionary.csv`));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  })();
});

/** The documents sheet of a workbook made from `dataset`, as LibreOffice writes it back as CSV. */
async function documentsSheetFromOffice(dataset: Dataset): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), "office-sheet-"));
  try {
    const file = join(out, "sheet.xlsx");
    await writeFile(file, await workbookBytes(dataset));
    const converted = spawnSync(OFFICE!, ["--headless", "--convert-to", OFFICE_CSV, "--outdir", out, file], { encoding: "utf8", env: { ...process.env, HOME: out } });
    assert.equal(converted.status, 0, converted.stderr);
    return await readFile(join(out, "sheet-documents.csv"), "utf8");
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

test("no cell runs as a formula: text starting with =, +, - or @ comes back from LibreOffice as written", async (t) => {
  if (OFFICE === null) return t.skip("LibreOffice is missing: apt-get install libreoffice-calc");
  const dataset = smallDataset();
  const hostile = ["=1+1", "+44 cells", "-2+3", "@SUM(A1)"];
  dataset.tables.documents = [...dataset.tables.documents].map((d, k) => ({ ...d, title: hostile[k % hostile.length]!, outlet: hostile[(k + 1) % hostile.length]!, author: hostile[(k + 2) % hostile.length]!, section: hostile[(k + 3) % hostile.length]! }));
  const back = await documentsSheetFromOffice(dataset);
  for (const value of hostile) assert.ok(back.includes(value), `${value} came back as written`);
  assert.ok(!/(^|,)2(,|$)/m.test(back.split("\n").slice(1).join("\n").replace(/,\d+,\d+,\d+,\d+,\d+$/gm, "")), "no formula was computed");
});

test("control characters, U+FFFF and escape-like text come back from LibreOffice as the CSV holds them", async (t) => {
  if (OFFICE === null) return t.skip("LibreOffice is missing: apt-get install libreoffice-calc");
  const dataset = smallDataset();
  const odd = ["bell\u0007 here", "escape \u001b[31m red", "form\u000cfeed and nul\u0000", "code _x0041_ as written", "not\uFFFF a character"];
  dataset.tables.documents = [...dataset.tables.documents].map((d, k) => ({ ...d, title: odd.join(" / "), author: odd[k % odd.length]! }));
  const back = await documentsSheetFromOffice(dataset);
  assert.equal(back, tableCsv("documents", dataset.tables.documents));
  for (const value of odd) assert.ok(back.includes(value), `${JSON.stringify(value)} came back as written`);
});

test("the dataset README's examples run: R, pandas and DuckDB, from the release folder", async (t) => {
  const readme = await readFile(join(RELEASE, "README.md"), "utf8");
  const block = (lang: string) => {
    const m = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(readme);
    assert.ok(m, `README has a ${lang} example`);
    return m[1]!;
  };
  const sql = block("sql");
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  await connection.run(`SET file_search_path = '${RELEASE}'`);
  const rows = (await connection.runAndReadAll(sql)).getRowObjects();
  assert.ok(rows.length > 3 && rows.every((r) => Number(r.claims) > 0), "the DuckDB example counts claims per unit");
  if (R_READY) {
    const r = spawnSync("Rscript", ["-e", block("r")], { cwd: RELEASE, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /official/);
  } else t.diagnostic("R example not run: apt-get install r-base-core r-cran-readr");
  if (PYTHON !== null) {
    const p = spawnSync(PYTHON, ["-c", block("python")], { cwd: RELEASE, encoding: "utf8" });
    assert.equal(p.status, 0, p.stderr);
    assert.match(p.stdout, /official/);
  } else t.diagnostic("pandas example not run: apt-get install python3-pandas");
});
