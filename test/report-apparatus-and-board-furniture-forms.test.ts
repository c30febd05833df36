// Numbers that are no figures of the text: a report's table of exchange rates and measures, its loan number in a data
// sheet, a note's number glued to a semicolon; a travel board's member record ("4,812 posts"), a forum's "Like Reactions:
// ... and 12 others", the spam a portal sets around a story, and a live page's clock with a stop ("12.02 GMT"). And "the
// survey" after "a survey carried out by X" is X's. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOf, extractFrom, pageOf } from "./helpers.ts";

const figuresOf = (page: string): string[] => {
  const { doc, x } = extractFrom(page);
  return x.claims.map((c) => doc.text.slice(c.start, c.end));
};

test("a report's exchange rates and measures, its loan number and a note glued to a semicolon hold no figures", () => {
  const page = [
    "Completion Report: Hami Rural Roads Project",
    "",
    "CURRENCY EQUIVALENTS",
    "",
    "                          At Appraisal          At Project Completion",
    "CNY1.00       =           $0.1611               $0.1414",
    "$1.00         =           CNY6.21               CNY7.07",
    "",
    "WEIGHTS AND MEASURES",
    "1 mu = 0.0667 ha",
    "",
    "2. Loan number and financing source       4410, ordinary capital resources",
    "",
    "Rural incomes in Hami grew by an average of 8.7% a year over 2015–2019;3 the project cannot claim all of it.",
    "",
  ].join("\n");
  assert.deepEqual(figuresOf(page), ["8.7%"]);
});

test("a wire's one exchange rate in brackets inside a sentence is still a figure", () => {
  const page = pageOf("Loans for herders", "", "Each family borrowed 50,000 yuan ($1 = 6.45 yuan) to build a guest room.", "");
  assert.deepEqual(figuresOf(page), ["50,000 yuan", "6.45 yuan"]);
});

test("a travel board's member record and a forum's reactions line hold no figures", () => {
  const page = [
    "Tashkurgan homestays - worth a night?",
    "",
    "1. Re: Tashkurgan homestays - worth a night?",
    "OldTownGuide",
    "Level Contributor",
    "4,812 posts",
    "210 reviews",
    "Aug 3, 2019, 2:40 PM",
    "We paid 180 yuan per person with dinner and breakfast.",
    "",
    "Like Reactions: Sino_Friend, Hamartia_77 and 12 others",
    "",
  ].join("\n");
  assert.deepEqual(figuresOf(page), ["180 yuan"]);
});

test("a portal's spam around a story holds no figures", () => {
  const page = pageOf(
    "Butuo families move to Tezhi",
    "",
    "Since 2016 Butuo has relocated 16,800 people, according to the county bureau.",
    "",
    "ADVERTISEMENT",
    "Doctors stunned: 1 simple trick removes wrinkles in 3 days",
    "Meet single ladies in your city tonight - 100% free",
    "",
    "You might also like (Sponsored)",
    "> Win an iPhone 15 - only 3 winners left today!",
    "> Earn 2,000 yuan a day from your sofa",
    "> This 1 food destroys belly fat",
    "",
  );
  assert.deepEqual(figuresOf(page), ["16,800 people"]);
});

test("'the survey' after 'a household survey carried out by X' is X's", () => {
  const page = pageOf(
    "Child nutrition in Golog",
    "",
    "This brief presents the results of a household survey carried out by UNRDO and Qinghai University in 60 villages of Golog.",
    "",
    "The survey found that only 38 percent of children received a minimally acceptable diet.",
    "",
  );
  assert.equal(creditOf(page, "38 percent"), "UNRDO and Qinghai University");
});

test("a live page's clock written with a stop, '12.02 GMT', is no figure", () => {
  const page = pageOf("Live: Tibet exits poverty", "", "12.02 GMT Former bank economist on the transition: 40 percent of counties still need help.", "");
  assert.deepEqual(figuresOf(page), ["40 percent"]);
});
