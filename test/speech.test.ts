import { test } from "node:test";
import assert from "node:assert/strict";
import { rememberedClauses, reportingClauses } from "../pipeline/extract/speech.ts";

test("remembered clauses are reportingClauses' own, worked out once for each sentence text", () => {
  const clausesOf = rememberedClauses();
  const sentence = "The county built 40 roads, said the local official.";
  const first = clausesOf(sentence);
  assert.deepEqual(first, reportingClauses(sentence));
  assert.equal(first.length, 1);
  assert.equal(sentence.slice(first[0]!.speaker.start, first[0]!.speaker.end), "the local official");
  // An equal text made separately (as each slice of the document is) finds the same clauses, not new ones.
  assert.equal(clausesOf(["The county built 40 roads,", "said the local official."].join(" ")), first);
  assert.deepEqual(clausesOf("No one is quoted here."), []);
});

test("'..., said Wang Li, a member of the Standing Committee of ... and chairman of ...': a name after the verb keeps a long apposition of its own", () => {
  const sentence = "Residents, particularly young people, will be encouraged to travel more to other parts of the country, said Wang Li, a member of the Standing Committee of the Political Bureau of the Valley Party Central Committee and chairman of the Valley People's Political Consultative Conference National Committee.";
  const clauses = reportingClauses(sentence);
  assert.deepEqual(clauses.map((c) => [sentence.slice(c.speaker.start, c.speaker.end), c.content && sentence.slice(c.content.start, c.content.end).split(" ").slice(0, 2).join(" ")]), [["Wang Li", "Residents, particularly"]]);
});

test("'Xu said 2,491 villages ... removed their labels': a clause opening on a count is what was said", () => {
  const sentence = "Xu said 2,491 villages and 18 counties in Valley removed their labels last year.";
  assert.deepEqual(reportingClauses(sentence).map((c) => [sentence.slice(c.speaker.start, c.speaker.end), c.content && sentence.slice(c.content.start, c.content.end)]), [["Xu", "2,491 villages and 18 counties in Valley removed their labels last year"]]);
});

test("'..., Chinese state media are reporting.' closing a sentence is a report by those named before the verb, of the words before them", () => {
  const sentence = "More than 2,000 herders from Gerze county are to move to a new town, Chinese state media are reporting.";
  assert.deepEqual(reportingClauses(sentence).map((c) => [sentence.slice(c.speaker.start, c.speaker.end), c.content && sentence.slice(c.content.start, c.content.end)]), [["Chinese state media", "More than 2,000 herders from Gerze county are to move to a new town"]]);
  // "Documents indicate that ...": a writer's reading of documents reports no one's words; figures do.
  assert.deepEqual(reportingClauses("Planning documents indicate that 300 workers were moved."), []);
  assert.equal(reportingClauses("Official figures indicate that 300 workers were moved.").length, 1);
});
