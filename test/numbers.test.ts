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

test("a range's lower end takes the scale written after the upper, in digits or words, with 'to' or 'between ... and'; 'and' joins number words only after a scale word", () => {
  assert.deepEqual(readings("an estimated one to two million workers"), [["one", 1000000, "words"], ["two million", 2000000, "words"]]);
  assert.deepEqual(readings("between one and two million workers"), [["one", 1000000, "words"], ["two million", 2000000, "words"]]);
  assert.deepEqual(readings("1 to 2 million workers"), [["1", 1000000, "digits"], ["2 million", 2000000, "digits"]]);
  assert.deepEqual(readings("three hundred and twenty schools"), [["three hundred and twenty", 320, "words"]]);
  // (A lower end larger than the upper's figure is no range of that scale: "Grade 5 to 2 million".)
  assert.deepEqual(readings("Grade 5 to 2 million people"), [["5", 5, "digits"], ["2 million", 2000000, "digits"]]);
});
