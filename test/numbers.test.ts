import { test } from "node:test";
import assert from "node:assert/strict";
import { findNumbers } from "../pipeline/extract/numbers.ts";

const readings = (sentence: string) => findNumbers(sentence).map((m) => [m.valueText, m.value, m.form]);

test("numbers in words are read in every form a sentence may give them, whatever the case", () => {
  assert.deepEqual(readings("Forty-three thousand farmers and TWELVE villages joined."), [["Forty-three thousand", 43000, "words"], ["TWELVE", 12, "words"]]);
  assert.deepEqual(readings("A third of the land and two-thirds of the herds were lost."), [["A third", 1 / 3, "words"], ["two-thirds", 2 / 3, "words"]]);
  assert.deepEqual(readings("Half the workers, a hundred in all, took a five-day course."), [["Half", 0.5, "words"], ["a hundred", 100, "words"], ["five", 5, "words"]]);
  assert.deepEqual(readings("Hundreds of thousands moved, and dozens of firms opened."), [["Hundreds of thousands", 100000, "order"], ["dozens", 12, "order"]]);
  // "one in ten" is a share, read as one number.
  assert.deepEqual(readings("Some 3,000 people, one in ten, left."), [["3,000", 3000, "digits"], ["one in ten", 0.1, "words"]]);
});

test("a sentence with no number word has only its digits, and words that hold a number word are not numbers", () => {
  assert.deepEqual(readings("Someone often attended the tenth-floor event in 2019."), [["2019", 2019, "digits"]]);
  assert.deepEqual(readings("Nothing here is counted."), []);
});
