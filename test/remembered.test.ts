import { test } from "node:test";
import assert from "node:assert/strict";
import { remembered } from "../pipeline/text/remembered.ts";
import { findDates } from "../pipeline/normalize/find-dates.ts";

test("a remembered function works each string out once, and forgets everything when its memory is full", () => {
  const asked: string[] = [];
  const length = remembered((text) => {
    asked.push(text);
    return text.length;
  }, 2);
  assert.deepEqual([length("ab"), length("abc"), length("ab"), length("abc")], [2, 3, 2, 3]);
  assert.deepEqual(asked, ["ab", "abc"]);
  // A third string fills the memory: it is cleared, and "ab" is worked out again.
  assert.equal(length("abcd"), 4);
  assert.equal(length("ab"), 2);
  assert.deepEqual(asked, ["ab", "abc", "abcd", "ab"]);
});

test("a remembered answer that can be changed is copied for each caller, so one caller's change never reaches the next", () => {
  const line = "Published: March 9, 2017";
  const first = findDates(line);
  assert.deepEqual(first.map((d) => [d.date, d.precision, d.asWritten]), [["2017-03-09", "day", "March 9, 2017"]]);
  first[0]!.date = "1999-01-01";
  first.pop();
  assert.deepEqual(findDates(line).map((d) => [d.date, d.start, d.end]), [["2017-03-09", 11, 24]]);
});
