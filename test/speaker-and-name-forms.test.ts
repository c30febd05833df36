// Who speaks and who is a person, in forms the texts take: a body's name whose first words are no name's, a town
// followed by its country, a title such as "MP" before a name, a second verb after "and" in a sentence opened by a
// phrase, how someone "described" a thing, a report that someone "reported" named again, a body whose head word is
// "Observatory". Each text is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { article, extractFrom } from "./helpers.ts";

const peopleOf = (text: string) => extractFrom(text).x.entities.people.map((p) => p.name);
const speakersOf = (text: string) => {
  const { doc, x } = extractFrom(text);
  return x.quotes.map((q) => [doc.text.slice(q.start, q.end).slice(0, 30), q.speaker]);
};

test("a body's name whose first words the lists know as no name's is no person, whatever word is left", () => {
  assert.deepEqual(peopleOf(article("Local authorities are using job quotas to push villagers into factory work far from home, Rights Frontier said today.", "Rights Frontier reviewed 63 notices.")), []);
  // (A title before a surname stays a person's.)
  assert.deepEqual(peopleOf(article("The plan will be finished by June, Governor Zhang said.", "Dr Roe said 40 families moved.")).sort(), ["Roe", "Zhang"]);
});

test("a town followed by its country is no person, and a pronoun after it points at the person before", () => {
  const text = article("Jike Mose, a Yi woman who now works in a restaurant in Chiang Mai, Thailand, spoke to the paper.", 'She said: "My uncle took a loan of 30,000 yuan to buy furniture."');
  assert.deepEqual(peopleOf(text), ["Jike Mose"]);
  assert.deepEqual(speakersOf(text), [["My uncle took a loan of 30,000", "Jike Mose"]]);
});

test("'Conservative MP Richard Hollis said' names Richard Hollis, not 'MP Richard Hollis'", () => {
  assert.deepEqual(peopleOf(article("Conservative MP Richard Hollis, who sits on the committee, said Britain should press for access.")), ["Richard Hollis"]);
});

test("'Writing in 2019, the anthropologist X described the campaign as \"...\", and noted that ...' is X's, both parts", () => {
  const text = article('Writing in 2019, the anthropologist Jikre Amu described the campaign in the county as "a race against the calendar as much as against poverty", and noted that village work teams were rotated every two years.');
  const said = speakersOf(text);
  assert.ok(said.some(([words]) => words === "a race against the calendar as"));
  assert.ok(said.some(([words]) => words === "village work teams were rotate"));
  assert.deepEqual([...new Set(said.map(([, speaker]) => speaker))], ["Jikre Amu"]);
});

test("'X reported, citing ...' then 'According to the report, ...' credits X", () => {
  const { doc, x } = extractFrom(article("Authorities sent more than 5,400 workers to factories in January and February alone, Radio Free Asia (RFA) reported, citing a recruitment notice.", "According to the report, the workers were sent in groups of 80 to 120 on chartered trains."));
  const credited = x.claims.find((c) => doc.text.slice(c.start, c.end).startsWith("80"));
  assert.equal(credited?.attributedTo, "Radio Free Asia");
});

test("'the Nordic Labour Observatory says' names a body, no person", () => {
  assert.deepEqual(peopleOf(article("A report released last week by the Nordic Labour Observatory says at least 570,000 people were sent to pick cotton.")), []);
});

test("'A herder called Pema Yudron, she's 63, told me ...': the age said as a clause is no speaker; she is", () => {
  const text = article("I believed the meetings happened. A herder called Pema Yudron, she's 63, told me her family had sold 46 yaks before the move.");
  assert.deepEqual(speakersOf(text), [["her family had sold 46 yaks be", "Pema Yudron"]]);
});

test("'A woman from Nyima county told the group that ... She said: \"...\"' is hers, not the person named a paragraph before", () => {
  const text = article("\"The choice was to go or to lose the subsidies,\" said Lorna Whitfield, China director at the group.", "A woman from Nyima county told the group that officials came to her home five times. She said: \"They told us the children would lose their school places.\"");
  assert.deepEqual(speakersOf(text).find(([words]) => String(words).startsWith("They told us")), ["They told us the children woul", "A woman from Nyima county"]);
});

test("'One, a 29-year-old woman from Keriya County whom we call Gulbahar, ...': Gulbahar is a person and who 'she' is; 'One' is no one", () => {
  const text = article("We interviewed 11 former residents. One, a 29-year-old woman from Keriya County whom we call Gulbahar, spent eight months at a plant in Anhui. She told us that her group of about 120 workers was accompanied by two minders.");
  assert.deepEqual(peopleOf(text), ["Gulbahar"]);
  assert.deepEqual(speakersOf(text), [["her group of about 120 workers", "Gulbahar"]]);
});

test("'Dr. X, who has served the clinic of Y in Z County for 23 years, recalled that \"...\"' is X's, not the clause's last words", () => {
  const text = article('Life expectancy has risen to 72.5 years. Dr. Lobsang Norbu, who has served the village clinic of Gyaling in Lhunzhub County for 23 years, recalled that "in the old days a woman in labour had to be carried for hours."');
  assert.deepEqual(speakersOf(text), [["in the old days a woman in lab", "Lobsang Norbu"]]);
});
