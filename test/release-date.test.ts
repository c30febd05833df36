// When a release is dated: the manifest's date, else SOURCE_DATE_EPOCH, else the injected today.
import { test } from "node:test";
import assert from "node:assert/strict";
import { epochOfDay, releaseDateFor } from "../pipeline/release/release-date.ts";

const TODAY = new Date(Date.UTC(2025, 2, 14, 23, 59, 59));

test("the manifest's release_date wins over SOURCE_DATE_EPOCH and today", () => {
  assert.deepEqual(releaseDateFor("2024-06-30", { SOURCE_DATE_EPOCH: "1700000000" }, TODAY), { date: "2024-06-30" });
});

test("SOURCE_DATE_EPOCH is seconds since the epoch, read as a UTC day", () => {
  const cases: [string, string][] = [
    ["0", "1970-01-01"],
    ["1700000000", "2023-11-14"],
    // 23:59:59 UTC is still the same day, whatever the machine's time zone.
    ["1710460799", "2024-03-14"],
    ["1710460800", "2024-03-15"],
  ];
  for (const [epoch, day] of cases) assert.deepEqual(releaseDateFor(null, { SOURCE_DATE_EPOCH: epoch }, TODAY), { date: day }, epoch);
});

test("an invalid SOURCE_DATE_EPOCH is a one-line error naming the variable", () => {
  for (const bad of ["abc", "-5", "1.5", "1e9", " 17", "999999999999"]) {
    const chosen = releaseDateFor(null, { SOURCE_DATE_EPOCH: bad }, TODAY);
    assert.ok("error" in chosen, bad);
    assert.match(chosen.error, /^SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC \(such as 1700000000\), got ".*"; fix it or unset it to date the release today$/);
    assert.doesNotMatch(chosen.error, /\n/);
  }
});

test("without either, the release is dated the day the build runs, in UTC", () => {
  assert.deepEqual(releaseDateFor(null, {}, TODAY), { date: "2025-03-14" });
  // An empty variable counts as unset, as the convention's tools read it.
  assert.deepEqual(releaseDateFor(null, { SOURCE_DATE_EPOCH: "" }, TODAY), { date: "2025-03-14" });
});

test("epochOfDay gives back the same day", () => {
  assert.equal(epochOfDay("2024-06-30"), "1719705600");
  assert.deepEqual(releaseDateFor(null, { SOURCE_DATE_EPOCH: epochOfDay("2024-06-30") }, TODAY), { date: "2024-06-30" });
});
