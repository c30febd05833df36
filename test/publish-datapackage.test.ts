import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { dataPackage } from "../pipeline/publish/datapackage.ts";
import { renderRelease } from "../pipeline/publish/render.ts";
import { TABLE_NAMES } from "../pipeline/schema/tables.ts";
import { smallDataset } from "./fixtures/small-dataset.ts";
import { validateDataPackage } from "./standards/data-package-profile.ts";
import { textFiles } from "./helpers.ts";


function renderedPackage(dataset = smallDataset()) {
  const files = textFiles(renderRelease(dataset));
  const text = files.get("datapackage.json") as string | undefined;
  assert.ok(text !== undefined, "datapackage.json is rendered");
  return { files, text, descriptor: JSON.parse(text) as ReturnType<typeof dataPackage> };
}

test("datapackage.json validates against the official Data Package 2.0 profile", () => {
  const { descriptor } = renderedPackage();
  const valid = validateDataPackage(descriptor);
  assert.deepEqual(validateDataPackage.errors ?? [], [], "no profile errors");
  assert.equal(valid, true);
});

test("without a release date there is no created, and it still validates", () => {
  const { descriptor } = renderedPackage({ ...smallDataset(), releaseDate: null });
  assert.equal("created" in descriptor, false);
  assert.equal(validateDataPackage(descriptor), true, JSON.stringify(validateDataPackage.errors));
});

test("package identity comes from the dataset, and no clock", () => {
  const { descriptor } = renderedPackage();
  assert.equal(descriptor.$schema, "https://datapackage.org/profiles/2.0/datapackage.json");
  assert.deepEqual(
    [descriptor.name, descriptor.title, descriptor.version],
    ["small-claims", "Small claims fixture", "1.0.0"],
  );
  assert.equal("created" in descriptor, false);
  assert.equal("licenses" in descriptor, false);
});

test("one tabular resource per table, in publishing order, with relative paths and an LF dialect", () => {
  const { descriptor } = renderedPackage();
  assert.deepEqual(
    descriptor.resources.map((r) => [r.name, r.path, r.type, r.profile, r.format, r.mediatype, r.encoding]),
    TABLE_NAMES.map((t) => [t, `${t}.csv`, "table", "tabular-data-resource", "csv", "text/csv", "utf-8"]),
  );
  for (const resource of descriptor.resources) {
    assert.ok(!/^[./]/.test(resource.path), resource.path);
    assert.deepEqual(resource.dialect, { header: true, delimiter: ",", lineTerminator: "\n", quoteChar: '"' });
    assert.ok(resource.description.length > 0);
  }
});

test("bytes and hash of every resource match the CSV published beside it", () => {
  const { files, descriptor } = renderedPackage();
  for (const resource of descriptor.resources) {
    const csv = files.get(resource.path) as string | undefined;
    assert.ok(csv !== undefined, `${resource.path} is rendered`);
    const bytes = Buffer.from(csv, "utf8");
    assert.equal(resource.bytes, bytes.length, resource.path);
    assert.equal(resource.hash, `sha256:${createHash("sha256").update(bytes).digest("hex")}`, resource.path);
  }
  const documents = descriptor.resources[0];
  // "Ü" is two UTF-8 bytes: bytes counts bytes, not characters.
  assert.ok(documents && documents.bytes > (files.get("documents.csv") ?? "").length);
});

test("a CSV missing from the files is a programmer error, named", () => {
  assert.throws(() => dataPackage(smallDataset(), new Map()), /expected the rendered CSV "documents.csv"/);
});
