// Hostile text: huge lines, endless digits and punctuation, every Unicode space and dash, bidi
// marks, emoji, combining accents, formula-like cells. Each builds in time linear in its size (a
// blow-up fails the size budget), and every offset still round-trips. Then property tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { buildDataset } from "../pipeline/stage/build-dataset.ts";
import { decodeInputFile } from "../pipeline/ingest/decode.ts";
import { normalizeDocument } from "../pipeline/normalize/document.ts";
import { extractDocument } from "../pipeline/extract/extract-document.ts";
import { documentRows } from "../pipeline/records/rows.ts";
import { sliceCodePoints } from "../pipeline/text/code-points.ts";
import { TABLE_NAMES } from "../pipeline/schema/tables.ts";

function built(text: string) {
  const result = buildDataset({ files: [{ path: "t.txt", bytes: new TextEncoder().encode(text) }], manifestText: null, version: "1.0.0" });
  return result;
}

/** Every span of every table slices back from the published text, in code points. */
function assertRoundTrip(result: ReturnType<typeof built>): number {
  // Code points of each text, once: slicing the string again for every row would be quadratic.
  const points = new Map(result.dataset.texts.map((t) => [t.documentId, Array.from(t.text)]));
  let checked = 0;
  for (const table of TABLE_NAMES) {
    for (const row of result.dataset.tables[table]) {
      // A byline's author has no span: the byline is not in the text.
      if (!("char_start" in row) || row.char_start === null) continue;
      const text = points.get(String(row.document_id))!;
      assert.equal(text.slice(Number(row.char_start), Number(row.char_end)).join(""), row.span_text, `${table} ${String(row.span_text).slice(0, 40)}`);
      checked++;
    }
  }
  return checked;
}

const WORDS = "officials households villages county more than about yuan percent people in 2018 the of and said according to data from".split(" ");
function prose(length: number, seed: number): string {
  let out = "";
  let k = seed;
  while (out.length < length) {
    k = (k * 1103515245 + 12345) % 2147483648;
    out += k % 10 === 0 ? `${k % 99991} ` : `${WORDS[k % WORDS.length]} `;
  }
  return out.slice(0, length);
}

/** Chinese text (a few hundred characters over and over) with a Latin capital every 20 to 50 characters. */
function chineseWithCapitals(length: number): string {
  let out = "";
  let k = 0;
  while (out.length < length) {
    for (let gap = 20 + (k % 31); gap > 0; gap--) out += String.fromCodePoint(0x4e00 + ((k++ * 37) % 300));
    out += String.fromCharCode(65 + (k % 26));
  }
  return out.slice(0, length);
}

/** A different word of letters for each number, so that no two lines are the same (a repeated line is chrome). */
function letters(i: number): string {
  return i.toString(26).replace(/\d/g, (d) => "qrstuvwxyz"[Number(d)]!);
}

const HOSTILE: Record<string, (n: number) => string> = {
  "one long line of prose": (n) => `A title for a long line\n\n${prose(n, 7)}\n`,
  "digits and commas": (n) => `A title for the digits\n\n${Array.from({ length: n / 2 }, (_, i) => String(i % 10)).join(",")}\n`,
  "repeated punctuation": (n) => `A title for punctuation\n\n${"!?.,;:'\"-(“”".repeat(n / 12)}\n`,
  "quotation marks only": (n) => `A title for quotes\n\n${'"'.repeat(n)}\n`,
  // The forms the name finder, the page-header rules and the turn headers read.
  "a run of capitalised name-like words": (n) => `A title for names\n\n${"Abliz Qasim Li Wei Governor Tang ".repeat(n / 32)}said.\n`,
  "a run of capitals": (n) => `A title for capitals\n\n${"ABCDEFGH ".repeat(n / 9)}\n`,
  "many short lines that could be headers": (n) => `${"Home > News > Region\nBy Li Wei | Xinhua | 2020-01-15\nr/China Feb 02 '22\nu/someone Mar 3 '21\n412 Upvotes\nKaiser Kuo: Welcome.\n".repeat(n / 110)}`,
  "a ticker of links": (n) => `A title for a ticker\n\n${"Item news today • ".repeat(n / 18)}\n`,
  "dates everywhere": (n) => `A title for dates\n\n${"On March 3, 2020 and 2019/07/11 and Feb 02 '22 and 03-Mar-2020 the county said 300 households moved. ".repeat(n / 100)}\n`,
  // Runs that a pattern once read to their end again from each of their characters (issue 18).
  "a run of dots": (n) => `A title for dots\n\n${".".repeat(n)}\n`,
  "a run of exclamation marks": (n) => `A title for exclamations\n\n${"!".repeat(n)}\n`,
  "a run of question marks": (n) => `A title for questions\n\n${"?".repeat(n)}\n`,
  "a run of ellipses": (n) => `A title for ellipses\n\n${"…".repeat(n)}\n`,
  "a run of capitals without spaces": (n) => `A title for capitals\n\n${"ABCDEFGHIJ".repeat(n / 10)}\n`,
  "a run of capitals without spaces or a title": (n) => "ABCDEFGHIJ".repeat(n / 10),
  "capitals joined by hyphens": (n) => "A-".repeat(n / 2),
  "capitals joined by apostrophes": (n) => "A’".repeat(n / 2),
  "lower case joined by hyphens": (n) => "a-".repeat(n / 2),
  "lower case and capitals alternating": (n) => "aB".repeat(n / 2),
  "Chinese text with scattered Latin capitals": (n) => `A title for Chinese\n\n${chineseWithCapitals(n)}\n`,
  // Many short paragraphs, and lines that each run on into the paragraph before.
  "a speaker label on every line": (n) => "Ab:\n\n".repeat(n / 5),
  "a salutation on every line": (n) => "Dear Ab,\n\n".repeat(n / 10),
  "short lines in lower case that run on": (n) => `A title for short lines\n\n${Array.from({ length: n / 8 }, (_, i) => `to ${letters(i)}`).join("\n")}\n`,
  "wrapped lines of one width": (n) => `A title for wrapped lines\n\n${Array.from({ length: n / 60 }, (_, i) => `lines of text wrapped at one width run on to line ${letters(i)}`).join("\n")}\n`,
};

for (const [name, make] of Object.entries(HOSTILE)) {
  test(`linear time and round-trips: ${name}`, () => {
    const time = (n: number) => {
      const t = performance.now();
      const result = built(make(n));
      assertRoundTrip(result);
      return performance.now() - t;
    };
    time(20_000);
    const small = Math.max(time(100_000), 5);
    const large = time(400_000);
    // Four times the text may take about four times as long; a quadratic step would take sixteen.
    assert.ok(large < small * 9 + 200, `${name}: 100 kB took ${small.toFixed(0)} ms, 400 kB ${large.toFixed(0)} ms`);
    assert.ok(large < 20_000, `${name}: 400 kB took ${large.toFixed(0)} ms`);
  });
}

test("a 1.5 MB document on one line builds, with every claim tracing back; at 5 MB it is a reject for its size of output, and no crash", () => {
  const t = performance.now();
  const result = built(`A title for a very long line\n\n${prose(1_500_000, 11)}\n`);
  const ms = performance.now() - t;
  assert.ok(result.dataset.tables.claims.length > 30_000);
  assert.ok(assertRoundTrip(result) > 30_000);
  assert.ok(ms < 60_000, `1.5 MB took ${ms.toFixed(0)} ms`);
  // A figure every ten words with no full stop: each 2,000-character sentence is carried by every
  // claim in it, some 125 times the input in all, past the per-document limit (stage/document-limits.ts).
  const large = built(`A title for a very long line\n\n${prose(5_000_000, 11)}\n`);
  assert.deepEqual(large.inputs.map((i) => [i.status, i.code]), [["rejected", "too-many-records"]]);
});

test("every kind of Unicode space and dash, bidi marks, emoji, combining accents and formula-like text round-trip", () => {
  const spaces = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000";
  const text = [
    "A title with 🎉 emoji and cafe\u0301 accents",
    `The county${spaces}employed 300\u2009workers \u2013 more than 2,000\u00a0yuan \u2014 in Hotan\u200f, \u202bsaid\u202c officials 👩‍👩‍👧.`,
    "=HYPERLINK(\"http://example.invalid\",\"click\") said 12 officials.",
    "+44 households, -12 villages and @3 counties were listed; 😀 𝟘𝟙 and 4,000 yuan.",
    "Nai\u0308ve re\u0301sume\u0301s: 5 workers.",
  ].join("\n\n");
  const result = built(`${text}\n`);
  assert.ok(result.dataset.tables.claims.length >= 6, `only ${result.dataset.tables.claims.length} claims`);
  assert.ok(assertRoundTrip(result) >= 6);
  const published = result.dataset.texts[0]!.text;
  assert.ok(published.includes("café"), "combining accents are composed (NFC)");
  assert.ok(published.includes("👩‍👩‍👧"), "emoji are kept");
});

// Property tests run with a fixed seed and a bounded number of runs, so CI is repeatable.
const PROPERTY = { seed: 20261123, numRuns: 150 };

function pipeline(text: string) {
  const decoded = decodeInputFile("p.txt", new TextEncoder().encode(text));
  if (!decoded.ok) return null;
  const doc = normalizeDocument(decoded.file);
  return { doc, rows: documentRows(doc, extractDocument(doc)) };
}

const textArb = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.array(fc.oneof(fc.constantFrom(...WORDS, "\n", "\n\n", " ", ", ", ". ", "“", "”", "\"", ":", "Li Fang said", "1,800 yuan ($262)", "from 2014 to 2018", "🎉", "\u0301", "\u200f"), fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 120 }).map((parts) => parts.join(" ")),
);

test("property: for any text, normalize and extract never throw, every offset round-trips, and a second run gives the same", () => {
  fc.assert(
    fc.property(textArb, (text) => {
      const first = pipeline(text);
      if (first === null) return;
      for (const rows of Object.values(first.rows)) {
        for (const row of rows) {
          if ("char_start" in row) assert.equal(sliceCodePoints(first.doc.text, Number(row.char_start), Number(row.char_end)), row.span_text);
        }
      }
      assert.deepEqual(pipeline(text), first);
    }),
    PROPERTY,
  );
});
