// What a build holds of each document between its stage and publishing: packed figures read back
// exactly as the entry's header gives them, the entry's file found again from its folder and key,
// the details read back from the file (and refused when the file changed), and the people table
// merged a document at a time as it was from every role at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { inTempDir } from "./helpers.ts";
import { entryBytesOf } from "../pipeline/stage/document-stage.ts";
import { csvPart, DOCUMENT_TABLES, jsonPart, PART_COUNT, TEXT_PART, writeEntryFile, type EncodedEntry } from "../pipeline/stage/document-entry.ts";
import { DocumentEntry, entryRows, headerOf } from "../pipeline/stage/held-entry.ts";
import { PeopleMerger } from "../pipeline/records/people.ts";
import type { Row } from "../pipeline/dataset.ts";

const KEY = "0123456789abcdef".repeat(4);

function encoded(text: string): EncodedEntry {
  const made = entryBytesOf({ path: "hotan.txt", bytes: new TextEncoder().encode(text) }, undefined, {});
  assert.ok(made.ok);
  return made.encoded;
}

const HOTAN = "Hotan pairs officials with households\n\nMore than 1,300 officials paired with 4,500 households in Hotan in 2018, said Li Wei, the county head. \"We visited every village,\" Li said.\n";

test("a held entry gives back its header's counts, digests, part lengths and text hash, and the parts themselves", async () => {
  await inTempDir("held-entry", async (dir) => {
    const entry = encoded(HOTAN);
    const file = join(dir, `${KEY}.entry`);
    writeEntryFile(file, entry.bytes);
    const { header } = entry;
    for (const held of [DocumentEntry.inFile(file), DocumentEntry.inFile(file, entry), DocumentEntry.inMemory(entry.bytes)]) {
      assert.equal(held.documentId, "hotan");
      assert.equal(held.textSha256, header.textSha256);
      assert.equal(held.removedLines, header.removedLines);
      for (const table of DOCUMENT_TABLES) {
        assert.equal(held.count(table), header.counts[table], table);
        assert.equal(held.digest(table), header.digests[table], table);
        assert.equal(held.part(csvPart(table)).byteLength, header.parts[csvPart(table)]);
        assert.equal(held.partLength(jsonPart(table)), header.parts[jsonPart(table)]);
      }
      for (let k = 0; k < PART_COUNT; k++) assert.equal(held.partLength(k), header.parts[k]);
      assert.equal(held.part(TEXT_PART).toString("utf8").startsWith("Hotan pairs officials"), true);
      assert.equal(entryRows(held, "claims").length, header.counts.claims);
      assert.ok(header.counts.claims >= 2 && header.counts.quotes >= 1, "the text has figures and a quote to hold");
      assert.deepEqual(held.details(), header);
    }
  });
});

test("a held entry's file is found again exactly as it was named, relative or absolute, and moves to another thread as plain data", async () => {
  await inTempDir("held-entry-file", async (dir) => {
    const entry = encoded(HOTAN);
    const names = [join(dir, `${KEY}.entry`), `./${relative(process.cwd(), join(dir, `${KEY}.entry`))}`, join(dir, "not-a-key.entry")];
    writeEntryFile(names[0]!, entry.bytes);
    writeEntryFile(names[2]!, entry.bytes);
    for (const name of names) {
      const held = DocumentEntry.inFile(name, entry);
      assert.equal(held.file, name);
      const where = held.where;
      const again = DocumentEntry.at(structuredClone(where));
      assert.equal(again.file, name);
      assert.deepEqual(again.part(jsonPart("claims")), held.part(jsonPart("claims")));
      assert.equal(again.digest("quotes"), entry.header.digests.quotes);
    }
    assert.equal(DocumentEntry.inMemory(entry.bytes).file, null);
  });
});

test("a held entry whose file was replaced by another document's is refused when its details are read; a header this code does not write is refused when held", async () => {
  await inTempDir("held-entry-changed", async (dir) => {
    const file = join(dir, `${KEY}.entry`);
    writeEntryFile(file, encoded(HOTAN).bytes);
    const held = DocumentEntry.inFile(file);
    writeEntryFile(file, encoded(HOTAN.replace("1,300", "1,400")).bytes);
    assert.throws(() => held.details(), /the entry changed while the build ran/);
    const bytes = readFileSync(file);
    const { header, lineBytes } = headerOf(bytes);
    const rest = bytes.subarray(lineBytes);
    for (const bad of [{ ...header, parts: header.parts.slice(1) }, { ...header, textSha256: "not a hash" }, { ...header, counts: { ...header.counts, claims: -1 } }, { ...header, digests: { ...header.digests, claims: "x" } }]) {
      writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(bad)}\n`), rest]));
      assert.throws(() => DocumentEntry.inFile(file));
    }
  });
});

const role = (person: string, document: string, kind: string | null, mentions: number, charStart: number): Row => ({ person_id: person, name: `${person} in ${document}`, kind, mention_count: mentions, document_id: document, char_start: charStart, char_end: charStart + 5, span_text: "Li Wei" });

test("people merged a document at a time: the first document's first role names the person, the first document that tells a kind gives it", () => {
  const merger = new PeopleMerger();
  // Added out of document order, and two roles in one document: "b" comes first, "a"'s first role names.
  merger.add([role("li-wei", "b", "other", 2, 40)]);
  merger.add([role("li-wei", "c", "resident", 1, 7)]);
  merger.add([role("li-wei", "a", "official", 1, 5), role("li-wei", "a", "resident", 3, 90), role("zhang", "a", "other", 1, 12)]);
  merger.add([role("zhang", "b", "other", 4, 3)]);
  assert.deepEqual(merger.rows(), [
    { person_id: "li-wei", name: "li-wei in a", kind: "official", document_count: 4, mention_count: 7, document_id: "a", char_start: 5, char_end: 10, span_text: "Li Wei" },
    { person_id: "zhang", name: "zhang in a", kind: "other", document_count: 2, mention_count: 5, document_id: "a", char_start: 12, char_end: 17, span_text: "Li Wei" },
  ]);
  const noKind = new PeopleMerger();
  noKind.add([role("ma", "b", "resident", 1, 1), role("ma", "a", null, 1, 2)]);
  assert.equal(noKind.rows()[0]!.kind, "other", "a first role without a kind tells 'other', as the earliest document's role decides");
});
