// Inputs from scrapers, colleagues' folders and old archives: each case with the exact word the
// pipeline gives, everything else still built, nothing lost, nothing read from outside the folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDataset, type InputFile, type InputOnDisk } from "../pipeline/stage/build-dataset.ts";
import { sha256Hex } from "../pipeline/text/sha256.ts";
import { main } from "../pipeline/cli.ts";
import { buildReport } from "../pipeline/run/build-report.ts";
import { dateBuilds } from "./helpers.ts";

dateBuilds();

const utf8 = (s: string) => new TextEncoder().encode(s);
const GOOD = "A title for the good text\n\nThe county moved 300 households into new homes.\n";

function build(files: InputFile[], manifestText: string | null = null) {
  return buildDataset({ files: [{ path: "good.txt", bytes: utf8(GOOD) }, ...files], manifestText, version: "1.0.0" });
}

function messages(files: InputFile[], manifestText: string | null = null): string[] {
  const result = build(files, manifestText);
  assert.deepEqual([...result.dataset.tables.documents].map((d) => d.source_file), ["good.txt"], "the good file still builds");
  return result.issues.map((i) => i.message);
}

test("bytes that are not UTF-8: a reject with the byte offset and a hint, nothing guessed", () => {
  assert.deepEqual(messages([
    { path: "latin1.txt", bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]) },
    { path: "cp1252.txt", bytes: new Uint8Array([0x41, 0x0a, 0x93, 0x68, 0x69, 0x94, 0x0a]) },
    { path: "stray.txt", bytes: new Uint8Array([...utf8("Fine text then "), 0xff, ...utf8(" more\n")]) },
  ]), [
    "cp1252.txt:2: byte 2 (0x93) is not valid UTF-8; re-save the file as UTF-8 (it may be Latin-1 or Windows-1252). Nothing was guessed.",
    "latin1.txt:1: byte 3 (0xE9) is not valid UTF-8; re-save the file as UTF-8 (it may be Latin-1 or Windows-1252). Nothing was guessed.",
    "stray.txt:1: byte 15 (0xFF) is not valid UTF-8; re-save the file as UTF-8 (it may be Latin-1 or Windows-1252). Nothing was guessed.",
  ]);
});

test("empty, whitespace-only, chrome-only and binary files: each a reject that says which", () => {
  assert.deepEqual(messages([
    { path: "empty.txt", bytes: new Uint8Array() },
    { path: "blank.txt", bytes: utf8(" \n\t\n\u00a0\n") },
    { path: "chrome.txt", bytes: utf8("Home\nLog in\nRegister\nShare on Facebook | Share on Twitter | Print\n") },
    { path: "nul.txt", bytes: new Uint8Array([0x61, 0x00, 0x62]) },
    { path: "photo.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  ]), [
    "blank.txt: holds only whitespace; remove it or fill it with the text.",
    "chrome.txt: every one of its 4 non-empty lines is site chrome (site-navigation), so it holds no text to build; check that the file holds the page's article.",
    "empty.txt: the file is empty (0 bytes); remove it or fill it with the text.",
    "nul.txt: holds a NUL byte at byte 1, so it is binary, not text; convert it to a UTF-8 .txt file or remove it.",
    "photo.txt: starts with the signature of a binary format (image, PDF or archive), not text; convert it to a UTF-8 .txt file or remove it.",
  ]);
});

test("two files with the same bytes, or the same text once normalized: built once, the copy named with its original", () => {
  const result = build([
    { path: "z-copy.txt", bytes: utf8(GOOD) },
    { path: "z-crlf.txt", bytes: utf8(GOOD.replace(/\n/g, "\r\n")) },
  ]);
  assert.deepEqual([...result.dataset.tables.documents].map((d) => d.source_file), ["good.txt"]);
  assert.deepEqual(result.issues.map((i) => [i.code, i.message]), [
    ["duplicate-file", "z-copy.txt: has the same bytes as good.txt, which is built; this copy is left out."],
    ["duplicate-text", "z-crlf.txt: once site chrome is removed its text is the same as that of good.txt, which is built; this copy is left out."],
  ]);
  assert.deepEqual(result.inputs.map((i) => [i.path, i.status]), [["good.txt", "built"], ["z-copy.txt", "duplicate"], ["z-crlf.txt", "duplicate"]]);
});

test("a copy whose name sorts before its original's (gansu-copy.txt before gansu.txt): the original is built, the copy left out naming it", () => {
  const GANSU = "Gansu county relocates herders\n\nThe county moved 1,200 herders into new homes in 2019.\n";
  const files = [
    { path: "gansu-copy.txt", bytes: utf8(GANSU) },
    { path: "gansu.txt", bytes: utf8(GANSU) },
    { path: "gansu (2).txt", bytes: utf8(GANSU.replace(/\n/g, "\r\n")) },
  ];
  const result = buildDataset({ files, manifestText: null, version: "1.0.0" });
  assert.deepEqual([...result.dataset.tables.documents].map((d) => [d.document_id, d.source_file]), [["gansu", "gansu.txt"]]);
  assert.deepEqual(result.issues.map((i) => [i.code, i.message]), [
    ["duplicate-text", "gansu (2).txt: once site chrome is removed its text is the same as that of gansu.txt, which is built; this copy is left out."],
    ["duplicate-file", "gansu-copy.txt: has the same bytes as gansu.txt, which is built; this copy is left out."],
  ]);
  assert.deepEqual(result.inputs.map((i) => [i.path, i.status, i.documentId]), [["gansu (2).txt", "duplicate", null], ["gansu-copy.txt", "duplicate", null], ["gansu.txt", "built", "gansu"]]);
  // The files in any order give the same dataset and the same account.
  const shuffled = buildDataset({ files: [files[2]!, files[1]!, files[0]!], manifestText: null, version: "1.0.0" });
  assert.deepEqual([shuffled.issues, shuffled.inputs], [result.issues, result.inputs]);
  // The build report names the copy left out and the one kept.
  const report = buildReport("in", result, [], { status: "published", version: "1.0.0", bump: null });
  assert.deepEqual(report.counts, { built: 1, duplicate: 2, rejected: 0, skipped: 0 });
  assert.deepEqual(report.inputs.find((i) => i.path === "gansu-copy.txt"), {
    path: "gansu-copy.txt",
    status: "duplicate",
    document_id: null,
    code: "duplicate-file",
    reason: "gansu-copy.txt: has the same bytes as gansu.txt, which is built; this copy is left out.",
  });
});

test("two files that would get the same document id: the second is refused with how to fix it", () => {
  const result = build([{ path: "GOOD.TXT", bytes: utf8("Another title entirely here\n\nThe town built 12 roads.\n") }]);
  assert.deepEqual([...result.dataset.tables.documents].map((d) => d.source_file), ["GOOD.TXT"]);
  assert.deepEqual(result.issues.map((i) => [i.code, i.message]), [
    ["document-id-clash", 'good.txt: its document id "good" is already the id of GOOD.TXT; rename one of the files, or give each an id in sources.json.'],
  ]);
});

test("a manifest that is not JSON, or has unknown keys, wrong types, duplicate ids, missing files or paths leaving the folder", () => {
  const broken = messages([], "{ sources: [] ");
  assert.equal(broken.length, 1);
  assert.match(broken[0]!, /^sources\.json is not valid JSON \(.*position 2.*\); fix it, or remove it to build from the texts alone\.$/);
  const issues = build([], JSON.stringify({
    sources: [
      { file: "good.txt", colour: "red" },
      { file: "good.txt", kind: 7 },
      { file: "a.txt", id: "same" },
      { file: "b.txt", id: "same" },
      { file: "../etc/passwd" },
      { file: "/etc/passwd" },
    ],
  }), ).issues;
  assert.deepEqual(issues.map((i) => [i.code, i.path]), [
    ["manifest-field-invalid", "/sources/0/colour"],
    ["manifest-entry-invalid", "/sources/1/file"],
    ["manifest-missing-file", "/sources/2/file"],
    ["manifest-missing-file", "/sources/3/file"],
    ["manifest-entry-invalid", "/sources/4/file"],
    ["manifest-entry-invalid", "/sources/5/file"],
  ]);
  assert.match(issues[0]!.message, /^sources\.json: entry 1 \(good\.txt\): unknown key "colour" \(expected one of file, id, title, outlet, author, kind, published, language, note\)\. The key is left out and the rest of the entry kept; fix the key\.$/);
  assert.match(issues[1]!.message, /^sources\.json: entry 2 \(good\.txt\): describes "good\.txt" again; keep one entry per file\./);
  assert.match(issues[4]!.message, /leaves it with '\.\.'/);
  assert.match(issues[5]!.message, /got an absolute path/);
});

test("names with spaces, accents and upper-case extensions, nested folders, other files skipped, links never followed", async () => {
  const dir = await mkdtemp(join(tmpdir(), "inputs-"));
  try {
    const input = join(dir, "in");
    await mkdir(join(input, "sub folder", "deeper"), { recursive: true });
    await writeFile(join(input, "Café report.TXT"), "A title for the café report\n\nThe café employed 12 workers.\n");
    await writeFile(join(input, "sub folder", "deeper", "note.txt"), "A note with a title line\n\nThe village built 4 roads.\n");
    await writeFile(join(input, "image.png"), "not text");
    const outside = join(dir, "outside");
    await mkdir(outside);
    await writeFile(join(outside, "secret.txt"), "A secret title\n\nSECRET-MARKER-8841 was paid 999 yuan.\n");
    await symlink(join(outside, "secret.txt"), join(input, "leak.txt"));
    await symlink(outside, join(input, "linked folder"), "dir");
    const out = join(dir, "out");
    const reportFile = join(dir, "report.json");
    const lines: string[] = [];
    assert.equal(await main(["build", "--input", input, "--out", out, "--report", reportFile], (l) => lines.push(l)), 0);
    const report = JSON.parse(await readFile(reportFile, "utf8")) as { inputs: { path: string; status: string; reason: string | null }[]; counts: Record<string, number> };
    assert.deepEqual(report.inputs.map((i) => [i.path, i.status, i.reason]), [
      ["Café report.TXT", "built", null],
      ["image.png", "skipped", "not a .txt file"],
      ["leak.txt", "skipped", "a symbolic link: links are not followed"],
      ["linked folder", "skipped", "a symbolic link: links are not followed"],
      ["sub folder/deeper/note.txt", "built", null],
    ]);
    assert.deepEqual(report.counts, { built: 2, duplicate: 0, rejected: 0, skipped: 3 });
    assert.match(lines.at(-1)!, /^build: inputs 2 built, 0 duplicate, 0 rejected, 3 skipped; records \d+ published, 0 rejected; published 1\.0\.0$/);
    const release = join(out, "claims-dataset", "1.0.0");
    for (const name of await readdir(release, { recursive: true })) {
      const bytes = await readFile(join(release, String(name))).catch(() => null);
      if (bytes) assert.ok(!bytes.includes("SECRET-MARKER-8841"), `${String(name)} holds a byte from outside the input folder`);
    }
    const docs = JSON.parse(await readFile(join(release, "documents.json"), "utf8")) as { document_id: string }[];
    assert.deepEqual(docs.map((d) => d.document_id), ["caf-report", "sub-folder-deeper-note"]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("UTF-16 text is named as such, with or without a byte order mark; an unreadable file is a reject too", () => {
  const utf16 = (s: string, bom: boolean) => {
    const units = [...(bom ? [0xff, 0xfe] : [])];
    for (const ch of s) units.push(ch.charCodeAt(0), 0);
    return new Uint8Array(units);
  };
  const result = buildDataset({
    files: [
      { path: "good.txt", bytes: utf8(GOOD) },
      { path: "bom16.txt", bytes: utf16("A title in UTF-16\n\nThe county built 4 roads.\n", true) },
      { path: "plain16.txt", bytes: utf16("A title in UTF-16\n\nThe county built 4 roads.\n", false) },
    ],
    unreadable: [{ path: "locked.txt", reason: "EACCES: permission denied" }],
    manifestText: null,
    version: "1.0.0",
  });
  assert.deepEqual([...result.dataset.tables.documents].map((d) => d.source_file), ["good.txt"]);
  assert.deepEqual(result.issues.map((i) => i.message), [
    "bom16.txt: is UTF-16 text, not UTF-8 (it starts with a UTF-16 byte order mark); re-save the file as UTF-8.",
    "plain16.txt: is UTF-16 text, not UTF-8 (every other byte is zero); re-save the file as UTF-8.",
    "locked.txt: cannot be read (EACCES: permission denied); check its permissions, then build again.",
  ]);
  assert.deepEqual(result.inputs.map((i) => [i.path, i.status]), [["bom16.txt", "rejected"], ["good.txt", "built"], ["locked.txt", "rejected"], ["plain16.txt", "rejected"]]);
});

/** The listing's identity of a file (none for a file that does not exist). */
function identityOf(location: string): { dev: number; ino: number } {
  try {
    const stat = statSync(location);
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return { dev: 0, ino: 0 };
  }
}

test("a file listed from disk is read by whoever processes it; one that changed since it was hashed, or vanished, is a reject that says so", async () => {
  const dir = await mkdtemp(join(tmpdir(), "on-disk-"));
  try {
    const good = new TextEncoder().encode("A title\n\nThe county built 12 roads in 2019.\n");
    for (const name of ["good.txt", "changed.txt"]) await writeFile(join(dir, name), good);
    const listed = (name: string): InputOnDisk => ({ path: name, location: join(dir, name), sha256: sha256Hex(good), size: good.byteLength, ...identityOf(join(dir, name)) });
    await writeFile(join(dir, "changed.txt"), "A title\n\nThe county built 13 roads in 2019.\n");
    const result = buildDataset({ files: [listed("good.txt"), listed("changed.txt"), listed("gone.txt")], manifestText: null, version: "1.0.0" });
    assert.deepEqual([...result.dataset.tables.documents].map((d) => d.source_file), ["good.txt"]);
    assert.deepEqual([...result.dataset.tables.claims].map((c) => c.value), [12]);
    const rejects = result.issues.map((i) => [i.sourceFile, i.code, /changed on disk/.test(i.message), /cannot be read/.test(i.message)]);
    assert.deepEqual(rejects, [
      ["changed.txt", "unreadable-file", true, false],
      ["gone.txt", "unreadable-file", false, true],
    ]);
    // The system's words, without the absolute path Node puts in them.
    assert.equal(result.issues[1]!.message, "gone.txt cannot be read (ENOENT: no such file or directory); build again.");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
