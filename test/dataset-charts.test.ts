// The landing page's charts: the counts they draw, their text alternatives, the folding of long
// tails into "other", the empty case, escaping of hostile names, and byte-identical output.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Dataset, Row, RowSequence } from "../pipeline/dataset.ts";
import type { ChartFigure } from "../pipeline/publish/charts/chart-figure.ts";
import { datasetCharts } from "../pipeline/publish/charts/dataset-charts.ts";
import { periodLabel } from "../pipeline/publish/charts/observations-chart.ts";
import { countText } from "../pipeline/publish/charts/count-text.ts";
import { buildDataset } from "../pipeline/stage/build-dataset.ts";
import { smallDataset } from "./fixtures/small-dataset.ts";

const HOSTILE = `<script>alert(1)</script> & "Co"`;

function observation(indicator: string, start: string | null, end: string | null): Row {
  return { indicator, period_start: start, period_end: end, value: 1, unit: "person", attributed_to: null, document_id: "d1" };
}

function claim(document_id: string, unit: string, attributed_to: string | null, attribution_kind = "document"): Row {
  return { document_id, unit, attributed_to, attribution_kind };
}

function document(document_id: string, title: string | null, outlet: string | null): Row {
  return { document_id, title, outlet, source_file: `${document_id}.txt` };
}

function datasetOf(tables: { observations?: Row[]; claims?: Row[]; documents?: Row[] }): Dataset {
  const base = smallDataset();
  return { ...base, tables: { ...base.tables, observations: tables.observations ?? [], claims: tables.claims ?? [], documents: tables.documents ?? [] } };
}

/** The seeds' shape in small: three documents, one outlet, a speaker, an unattributed claim. */
function sampleDataset(): Dataset {
  return datasetOf({
    observations: [
      observation("poverty_incidence_rate", "2018-01-01", "2018-12-31"),
      observation("poverty_incidence_rate", "2017-01-01", "2017-12-31"),
      observation("poverty_incidence_rate", null, null),
      observation("people_lifted_out_of_poverty", "2014-01-01", "2018-12-31"),
      observation("people_lifted_out_of_poverty", "2018-01-01", "2018-12-31"),
      observation("officials_paired", null, "2018-12-31"),
    ],
    claims: [
      claim("d1", "official", "Global Times"),
      claim("d1", "official", "Global Times"),
      claim("d1", "CNY", "Kemu Tursun", "speech"),
      claim("d2", "percent", "Parhat Rozi", "transcript_turn"),
      claim("d2", "percent", "Parhat Rozi", "transcript_turn"),
      claim("d2", "person", "United Front Work Department", "according_to"),
      claim("d3", "year", null),
    ],
    documents: [document("d1", "Officials paired", "Global Times"), document("d2", "SCIO briefing", null), document("d3", null, null), document("d4", "No figures", "A Forum")],
  });
}

/**
 * Well-formedness of the XML the charts write (elements, double-quoted attributes, the five
 * entities): throws where it is broken; returns every element's name and attributes, and the text.
 */
function parseXml(xml: string): { elements: { name: string; attrs: Map<string, string> }[]; text: string } {
  const elements: { name: string; attrs: Map<string, string> }[] = [];
  const open: string[] = [];
  let text = "";
  const token = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const entity = (s: string) => {
    assert.doesNotMatch(s.replace(/&(amp|lt|gt|quot|#39);/g, ""), /[&<>]/, `a bare markup character in ${JSON.stringify(s)}`);
    return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  };
  assert.doesNotMatch(xml, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/, "a lone surrogate");
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/, "a character XML 1.0 forbids");
  let at = 0;
  while (at < xml.length) {
    token.lastIndex = at;
    const m = token.exec(xml);
    assert.ok(m !== null, `not well-formed at ${at}: ${JSON.stringify(xml.slice(at, at + 60))}`);
    at = token.lastIndex;
    if (m[5] !== undefined) {
      if (open.length === 0) assert.match(m[5], /^\s*$/, "text outside the root element");
      text += entity(m[5]);
    } else if (m[1] === "/") {
      assert.equal(open.pop(), m[2], `a closing </${m[2]}> without its opening tag`);
    } else {
      if (elements.length > 0) assert.ok(open.length > 0, "a second root element");
      const attrs = new Map<string, string>();
      for (const a of m[3]!.matchAll(/([\w:-]+)="([^"]*)"/g)) {
        assert.ok(!attrs.has(a[1]!), `attribute ${a[1]} twice`);
        attrs.set(a[1]!, entity(a[2]!));
      }
      elements.push({ name: m[2]!, attrs });
      if (m[4] !== "/") open.push(m[2]!);
    }
  }
  assert.deepEqual(open, [], "elements left open");
  return { elements, text };
}

function assertAccessibleSvg(figure: ChartFigure): void {
  const { elements } = parseXml(figure.svg);
  const root = elements[0]!;
  assert.equal(root.name, "svg");
  assert.equal(root.attrs.get("role"), "img");
  assert.equal(root.attrs.get("width"), "100%");
  assert.match(root.attrs.get("viewBox") ?? "", /^0 0 400 \d+(\.\d)?$/);
  assert.equal(root.attrs.get("font-family"), "system-ui,sans-serif");
  const [titleId, descId] = (root.attrs.get("aria-labelledby") ?? "").split(" ");
  assert.equal(elements.find((e) => e.attrs.get("id") === titleId)?.name, "title");
  assert.equal(elements.find((e) => e.attrs.get("id") === descId)?.name, "desc");
  assert.ok(figure.svg.includes(`>${escaped(figure.title)}</title>`), "the title is the figure's");
  assert.ok(figure.svg.includes(`>${escaped(figure.summary)}</desc>`), "the description is the figure's summary");
  assert.deepEqual(elements.filter((e) => e.name === "script" || e.name === "style" || e.name === "image" || e.name === "foreignObject"), []);
  assert.deepEqual(elements.flatMap((e) => [...e.attrs.keys()].filter((k) => /href|^on|^style$/i.test(k))), []);
  for (const e of elements) for (const v of e.attrs.values()) assert.doesNotMatch(v, /url\((?!#)/, "a fill that points outside the SVG");
}

function escaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A table that can be read once only, as a spooled table is meant to be. */
function readOnce(rows: Row[]): RowSequence {
  let read = false;
  return {
    length: rows.length,
    [Symbol.iterator]() {
      assert.ok(!read, "a table was read twice");
      read = true;
      return rows[Symbol.iterator]();
    },
  };
}

test("three figures, in order, each with the numbers it draws", () => {
  const [observations, byDocument, bySource] = datasetCharts(sampleDataset());
  assert.deepEqual(
    [observations, byDocument, bySource].map((f) => f?.id),
    ["observations-by-indicator-and-year", "claims-by-document-and-unit", "claims-by-credited-source"],
  );
  assert.equal(observations!.title, "Observations the texts state, by indicator and year");
  assert.deepEqual(observations!.table, {
    columns: ["indicator", "year stated", "observations"],
    rows: [
      ["poverty_incidence_rate", "2017", 1],
      ["poverty_incidence_rate", "2018", 1],
      ["poverty_incidence_rate", "no year stated", 1],
      ["people_lifted_out_of_poverty", "2014–2018", 1],
      ["people_lifted_out_of_poverty", "2018", 1],
      ["officials_paired", "by 2018", 1],
    ],
  });
  assert.equal(
    observations!.summary,
    "The texts state 6 observations of 3 indicators; each is a claim, not a fact. Most often stated: poverty_incidence_rate (3), people_lifted_out_of_poverty (2) and officials_paired (1). By the year the texts give: 2018 (2), 2014–2018 (1) and 2017 (1).",
  );
  assert.deepEqual(byDocument!.table, {
    columns: ["document_id", "document", "unit", "claims"],
    rows: [
      ["d1", "Global Times: Officials paired", "official", 2],
      ["d1", "Global Times: Officials paired", "CNY", 1],
      ["d2", "SCIO briefing", "percent", 2],
      ["d2", "SCIO briefing", "person", 1],
      ["d3", "d3.txt", "year", 1],
    ],
  });
  assert.equal(
    byDocument!.summary,
    "The texts state 7 claims, in 3 of the 4 documents; each is a claim, not a fact. Most claims: Global Times: Officials paired (3), SCIO briefing (3) and d3.txt (1). Most counted units: official (2), percent (2) and CNY (1).",
  );
  assert.deepEqual(bySource!.table, {
    columns: ["credited to", "how credited", "claims"],
    rows: [
      ["Global Times", "the document's outlet", 2],
      ["Parhat Rozi", "transcript speaker", 2],
      ["no source named", "the document's outlet", 1],
      ["Kemu Tursun", "said or reported", 1],
      ["United Front Work Department", "according to", 1],
    ],
  });
  assert.equal(
    bySource!.summary,
    "The texts credit their 7 claims to 5 sources, named as the texts name them. Most credited: Global Times (2), Parhat Rozi (2) and no source named (1). How the credit is given: the document's outlet (3), transcript speaker (2) and according to (1).",
  );
  // The drawn totals are the bars' sums, printed at the ends of the bars.
  assert.ok(byDocument!.svg.includes(">3</text>"), "a total of 3 is drawn");
  assert.ok(byDocument!.svg.includes(">official: 2</text>"), "a part is named with its count");
});

test("every figure is well-formed, accessible SVG, and their ids differ across the page", () => {
  const figures = datasetCharts(sampleDataset());
  for (const figure of figures) assertAccessibleSvg(figure);
  const ids = figures.flatMap((f) => parseXml(f.svg).elements.flatMap((e) => e.attrs.get("id") ?? []));
  assert.equal(new Set(ids).size, ids.length, ids.join(" "));
  assert.equal(ids.length, 12, "a title, a desc and two patterns in each");
  for (const f of figures) assert.match(f.id, /^[a-z0-9-]+$/);
});

test("names from the texts are escaped in the SVG and left as written in the table and summary", () => {
  const dataset = datasetOf({
    observations: [observation("jobs", null, null)],
    claims: [claim("d1", "person", HOSTILE, "speech"), claim("d1", "person", HOSTILE, "speech"), claim("d1", "CNY", "Global Times")],
    documents: [document("d1", `Title ${HOSTILE}`, HOSTILE)],
  });
  const [, byDocument, bySource] = datasetCharts(dataset);
  for (const figure of [byDocument!, bySource!]) {
    assert.doesNotMatch(figure.svg, /<script|alert\(1\)<|"Co"/);
    assertAccessibleSvg(figure);
    assert.ok(parseXml(figure.svg).text.includes(HOSTILE), "the name reads as written once parsed");
  }
  assert.ok(bySource!.svg.includes(">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</text>"), "the label, escaped");
  assert.deepEqual(bySource!.table.rows[0], [HOSTILE, "said or reported", 2]);
  assert.ok(bySource!.summary.includes(`Most credited: ${HOSTILE} (2) and Global Times (1).`), bySource!.summary);
  assert.deepEqual(byDocument!.table.rows[0], ["d1", `${HOSTILE}: Title ${HOSTILE}`, "person", 2]);
});

test("characters XML forbids become U+FFFD, so a control character in a name cannot break the SVG", () => {
  const [, , bySource] = datasetCharts(datasetOf({ claims: [claim("d1", "person", "Li\u0000 \u001b[31mWei\ud800", "speech")] }));
  parseXml(bySource!.svg);
  assert.ok(bySource!.svg.includes(">Li\ufffd \ufffd[31mWei\ufffd</text>"), "the name, its forbidden characters replaced");
  assert.ok(bySource!.svg.includes("Most credited: Li\ufffd \ufffd[31mWei\ufffd (1)."), "the description too");
});

test("past twelve bars the rest fold into one 'other' bar, and past four parts into one 'other' part", () => {
  const claims: Row[] = [];
  // Fifteen sources: source-01 credited 15 times, source-02 14 times ... source-15 once.
  for (let s = 1; s <= 15; s++) for (let k = 0; k <= 15 - s; k++) claims.push(claim("d1", "person", `source-${String(s).padStart(2, "0")}`, "speech"));
  // One document counting six units: 6 CNY, 5 USD, 4 day, 3 month, 2 person, 1 year.
  const units = ["CNY", "USD", "day", "month", "person", "year"];
  units.forEach((unit, k) => {
    for (let n = 0; n < 6 - k; n++) claims.push(claim("d2", unit, "Global Times"));
  });
  const [, byDocument, bySource] = datasetCharts(datasetOf({ claims, documents: [document("d1", "One", null), document("d2", "Two", null)] }));
  const sources = bySource!.table.rows.map((r) => [r[0], r[2]]);
  assert.equal(new Set(sources.map((r) => r[0])).size, 12);
  assert.deepEqual(sources.slice(0, 2), [["Global Times", 21], ["source-01", 15]]);
  assert.deepEqual(sources.at(-2), ["source-10", 6]);
  // Folded: source-11 to source-15, 5 + 4 + 3 + 2 + 1 claims.
  assert.deepEqual(bySource!.table.rows.at(-1), ["other (5 more)", "said or reported", 15]);
  assert.ok(bySource!.svg.includes(">other (5 more)</text>"), "the other bar is labelled");
  assert.deepEqual(
    byDocument!.table.rows.filter((r) => r[0] === "d2").map((r) => [r[2], r[3]]),
    [["CNY", 6], ["USD", 5], ["day", 4], ["other (3 more)", 6]],
  );
  assert.ok(byDocument!.svg.includes(">other (3 more): 6</text>"), "the other part is named with its count");
});

test("an empty dataset gives three figures that say there is nothing to show", () => {
  const figures = datasetCharts(datasetOf({}));
  assert.equal(figures.length, 3);
  for (const figure of figures) {
    assertAccessibleSvg(figure);
    assert.deepEqual(figure.table.rows, []);
    assert.match(parseXml(figure.svg).text, /Nothing to show: the texts state no (observations|claims)\./);
  }
  assert.equal(figures[0]!.summary, "The texts state no observations of a known indicator, so there is nothing to chart.");
  assert.equal(figures[2]!.summary, "The texts state no claims, so no one is credited with any.");
});

test("the same dataset gives the same bytes, whatever the order of its rows, reading each table once", () => {
  const first = datasetCharts(sampleDataset());
  const again = datasetCharts(sampleDataset());
  assert.deepEqual(again, first);
  const sample = sampleDataset();
  const reversed = { ...sample, tables: { ...sample.tables } };
  for (const name of ["observations", "claims", "documents"] as const) reversed.tables[name] = readOnce([...sample.tables[name]].reverse());
  assert.deepEqual(datasetCharts(reversed), first);
});

test("periods read as the years they cover", () => {
  assert.deepEqual(
    [periodLabel("2018-01-01", "2018-12-31"), periodLabel("2014-01-01", "2018-12-31"), periodLabel(null, "2018-08-31"), periodLabel("2014-01-01", null), periodLabel(null, null)],
    ["2018", "2014–2018", "by 2018", "from 2014", "no year stated"],
  );
  assert.deepEqual([0, 999, 1000, 1234567, -45000].map(countText), ["0", "999", "1,000", "1,234,567", "-45,000"]);
});

test("charts of a dataset built from two short texts count what the pipeline extracted", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const files = [
    { path: "a.txt", bytes: utf8("County report on poverty\n\nBy the end of 2018, 120 villages had been removed from the poverty list, Governor Li Wei said.\n\nIn 2019, 3,000 people were lifted out of poverty, the poverty alleviation office said.\n") },
    { path: "b.txt", bytes: utf8("Village notes\n\nThe county built 12 roads and 40 schools in 2019, Mayor Zhang Min said.\n") },
  ];
  const { dataset } = buildDataset({ files, manifestText: null, version: "1.0.0" });
  const [observations, byDocument, bySource] = datasetCharts(dataset);
  assert.deepEqual(observations!.table.rows, [
    ["people_lifted_out_of_poverty", "2019", 1],
    ["villages_removed_from_poverty_list", "by 2018", 1],
  ]);
  assert.deepEqual(byDocument!.table.rows, [
    ["a", "County report on poverty", "person", 1],
    ["a", "County report on poverty", "village", 1],
    ["b", "Village notes", "item", 2],
  ]);
  assert.deepEqual(bySource!.table.rows, [
    ["Zhang Min", "said or reported", 2],
    ["Li Wei", "said or reported", 1],
    ["poverty alleviation office", "said or reported", 1],
  ]);
});
