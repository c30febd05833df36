import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeInputFile } from "../pipeline/ingest/decode.ts";
import { parseManifest } from "../pipeline/ingest/manifest.ts";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

test("strict UTF-8: an invalid byte is an error naming the file, the line and the byte offset", () => {
  const result = decodeInputFile("bad.txt", bytes("first line\nna", [0xef, 0x76], "e\n"));
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.issue.code, "invalid-utf8");
  assert.equal(result.issue.sourceFile, "bad.txt");
  assert.equal(result.issue.path, "line 2, byte 13");
  assert.match(result.issue.message, /^bad\.txt:2: byte 13 \(0xEF\) is not valid UTF-8/);
});

test("a BOM is dropped, CRLF and CR become LF, and the hash is of the raw bytes", () => {
  const raw = bytes([0xef, 0xbb, 0xbf], "a\r\nb\rc\n");
  const result = decodeInputFile("a.txt", raw);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.equal(result.file.text, "a\nb\nc\n");
  assert.equal(result.file.rawBytes, 10);
  // sha256sum of the same ten bytes, computed outside the project.
  assert.equal(result.file.rawSha256, "907ad86c4a2bbd04f7c28a48fa28219dda3e9ecb547f25c965d7791940983e25");
});

test("empty, whitespace-only and binary files are rejected with a reason", () => {
  const empty = decodeInputFile("e.txt", new Uint8Array());
  const blank = decodeInputFile("w.txt", bytes(" \n\t\n"));
  const png = decodeInputFile("p.txt", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  const nul = decodeInputFile("n.txt", bytes("text", [0], "more"));
  assert.deepEqual([empty, blank, png, nul].map((r) => (r.ok ? "ok" : r.issue.code)), ["empty-file", "empty-file", "binary-file", "binary-file"]);
  if (!nul.ok) assert.equal(nul.issue.path, "byte 4");
});

test("manifest: entries are checked one by one; a path leaving the folder and a wrong type are reported", () => {
  const files = new Set(["a.txt", "b.txt", "c.txt"]);
  const { manifest, issues } = parseManifest(
    JSON.stringify({
      sources: [
        { file: "a.txt", outlet: "Daily Paper", kind: "news_article", published: "2019-02" },
        { file: "../secret.txt", kind: "news_article" },
        { file: "b.txt", kind: 5 },
        { file: "missing.txt" },
        { file: "c.txt", colour: "blue" },
      ],
    }),
    files,
  );
  // Only the entries that name no usable file are left out; the others lose their bad key alone.
  assert.deepEqual([...manifest.sources.keys()], ["a.txt", "b.txt", "c.txt"]);
  assert.equal(manifest.sources.get("a.txt")!.outlet, "Daily Paper");
  assert.deepEqual(manifest.sources.get("b.txt"), { file: "b.txt" });
  assert.deepEqual(issues.map((i) => [i.code, i.path]), [
    ["manifest-entry-invalid", "/sources/1/file"],
    ["manifest-field-invalid", "/sources/2/kind"],
    ["manifest-missing-file", "/sources/3/file"],
    ["manifest-field-invalid", "/sources/4/colour"],
  ]);
  assert.match(issues[0]!.message, /leaves it with '\.\.'/);
  for (const i of issues) assert.equal(i.sourceFile, "sources.json");
});

test("manifest: text that is not JSON, or the wrong top-level type, is one clear issue", () => {
  const broken = parseManifest("{ not json", new Set());
  assert.equal(broken.issues.length, 1);
  assert.match(broken.issues[0]!.message, /sources\.json is not valid JSON/);
  const array = parseManifest("[]", new Set());
  assert.equal(array.issues.length, 1);
  assert.equal(array.issues[0]!.code, "manifest-entry-invalid");
  assert.equal(array.manifest.sources.size, 0);
});
