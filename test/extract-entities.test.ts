import { test } from "node:test";
import assert from "node:assert/strict";
import { article, extractFrom } from "./helpers.ts";
import type { TextSpan } from "../pipeline/text/spans.ts";
import type { Place } from "../pipeline/extract/places.ts";
import type { Person } from "../pipeline/extract/people.ts";
import type { Organisation } from "../pipeline/extract/organisations.ts";

function byName<T extends { name: string }>(list: T[], name: string): T {
  const found = list.find((e) => e.name === name);
  assert.ok(found, `no "${name}" among ${list.map((e) => e.name).join(", ")}`);
  return found;
}

const slices = (text: string, spans: TextSpan[]) => spans.map((s) => text.slice(s.start, s.end));

test("places: level words, autonomous regions, village appositions and areas, each mention slicing back to the name", () => {
  const { doc, x } = extractFrom(
    article(
      "Farmers in Awati county planted walnuts.",
      "Officials from Yunnan Province visited the Xinjiang Uygur Autonomous Region in May.",
      "Paxiang, a village in Awati county, has a new school. Paxiang is small.",
      "Many families in southern Xinjiang grow cotton.",
    ),
  );
  const places: Place[] = x.entities.places;
  assert.deepEqual(
    places.map((p) => [p.name, p.level, p.levelBasis]),
    [
      ["Awati", "county", "text"],
      ["Yunnan", "province", "text"],
      ["Xinjiang", "region", "text"],
      ["Paxiang", "village", "text"],
      ["southern Xinjiang", "area", "text"],
    ],
  );
  // A mention is the name as written, with its level word when the text gives one.
  assert.deepEqual(slices(doc.text, byName(places, "Awati").mentions), ["Awati county", "Awati county"]);
  assert.deepEqual(slices(doc.text, byName(places, "Yunnan").mentions), ["Yunnan Province"]);
  assert.deepEqual(slices(doc.text, byName(places, "Xinjiang").mentions), ["Xinjiang Uygur Autonomous Region"]);
  assert.deepEqual(slices(doc.text, byName(places, "Paxiang").mentions), ["Paxiang", "Paxiang"]);
  assert.deepEqual(slices(doc.text, byName(places, "southern Xinjiang").mentions), ["southern Xinjiang"]);
  assert.deepEqual(
    byName(places, "Awati").mentions.map((m) => [m.start, m.end]),
    [[38, 50], [176, 188]],
  );
  for (const place of places) {
    for (const m of place.mentions) {
      assert.equal(m.name, place.name);
      assert.ok(doc.text.slice(m.start, m.end).startsWith(place.name), `${place.name} at ${m.start}`);
    }
  }
});

test("places: a chain of divisions gives one place per level; listed and gazetteer names are found without a level word", () => {
  const { doc, x } = extractFrom(article("Workers in Guanfang Village, Wanchang Town, Zhenxiong County, Yunnan Province grow bamboo for buyers in Shanghai and Pakistan."));
  assert.deepEqual(
    x.entities.places.map((p) => [p.name, p.level, p.levelBasis, slices(doc.text, p.mentions)]),
    [
      ["Guanfang", "village", "text", ["Guanfang Village"]],
      ["Wanchang", "town", "text", ["Wanchang Town"]],
      ["Zhenxiong", "county", "text", ["Zhenxiong County"]],
      ["Yunnan", "province", "text", ["Yunnan Province"]],
      ["Shanghai", "municipality", "gazetteer", ["Shanghai"]],
      ["Pakistan", "country", "gazetteer", ["Pakistan"]],
    ],
  );
});

test("people: role and affiliation from an apposition, and a later short-name mention", () => {
  const { doc, x } = extractFrom(
    article("Li Fang, director of the women association of Xinjiang, said that the team would stay until spring.", "Li said the houses were warm."),
  );
  assert.equal(x.entities.people.length, 1);
  const li: Person = x.entities.people[0]!;
  assert.equal(li.name, "Li Fang");
  assert.equal(li.role, "director of the women association of Xinjiang");
  assert.equal(li.affiliation, "women association of Xinjiang");
  assert.deepEqual(li.mentions, [
    { start: 27, end: 34 },
    { start: 128, end: 130 },
  ]);
  assert.deepEqual(slices(doc.text, li.mentions), ["Li Fang", "Li"]);
});

test("people: 'who is a ...' appositions and honorifics; a surname two people share is nobody's short mention", () => {
  const { doc, x } = extractFrom(
    article(
      "Sun Hao, who is a teacher in the village school, said that the children now have books. Sun later went home.",
      "Mr. Gao said that water was scarce. Gao added that wells helped.",
      "Li Fang said that the fields were ready. Li Ming said that the seeds were late. Li agreed.",
    ),
  );
  const people = x.entities.people;
  assert.deepEqual(
    people.map((p) => [p.name, p.role, p.affiliation, slices(doc.text, p.mentions)]),
    [
      ["Sun Hao", "teacher in the village school", "village school", ["Sun Hao", "Sun"]],
      ["Gao", null, null, ["Gao", "Gao"]],
      ["Li Fang", null, null, ["Li Fang"]],
      ["Li Ming", null, null, ["Li Ming"]],
    ],
  );
});

test("people: 'Name, role: speech' lines give the person, the role and its affiliation", () => {
  const { doc, x } = extractFrom(
    article(
      "Zhou Wen, a herder in Paxiang village: Now I earn more than before from the sheep.",
      "Ma Lin, deputy director of the county poverty alleviation office: The roads are finished.",
    ),
  );
  assert.equal(doc.metadata.kind, "broadcast_report");
  assert.deepEqual(
    x.entities.people.map((p) => [p.name, p.role, p.affiliation, p.mentions]),
    [
      ["Zhou Wen", "herder in Paxiang village", "Paxiang village", [{ start: 27, end: 35 }]],
      ["Ma Lin", "deputy director of the county poverty alleviation office", "county poverty alleviation office", [{ start: 111, end: 117 }]],
    ],
  );
  assert.deepEqual(
    x.entities.places.map((p) => [p.name, p.level, slices(doc.text, p.mentions)]),
    [["Paxiang", "village", ["Paxiang village"]]],
  );
});

test("organisations: an abbreviation in parentheses, its later mentions, and kinds from head words", () => {
  const { doc, x } = extractFrom(
    article(
      "The United Front Work Department (UFWD) issued a notice. The UFWD later held a meeting.",
      "The Global Times reported the news, and the Communist Party of China (CPC) welcomed it. The CPC sent a team.",
      "Xinhua News Agency and the State Council Information Office covered the meeting.",
    ),
  );
  const orgs: Organisation[] = x.entities.organisations;
  assert.deepEqual(
    orgs.map((o) => [o.name, o.abbreviation, o.kind]),
    [
      ["United Front Work Department", "UFWD", "government"],
      ["Global Times", null, "media"],
      ["Communist Party of China", "CPC", "party"],
      ["Xinhua News Agency", null, "media"],
      ["State Council Information Office", null, "government"],
    ],
  );
  const ufwd = byName(orgs, "United Front Work Department");
  assert.deepEqual(ufwd.mentions, [
    { start: 31, end: 59 },
    { start: 61, end: 65 },
    { start: 88, end: 92 },
  ]);
  assert.deepEqual(slices(doc.text, ufwd.mentions), ["United Front Work Department", "UFWD", "UFWD"]);
  // "CPC" is both a known name and the abbreviation introduced here: one organisation, not two.
  assert.deepEqual(slices(doc.text, byName(orgs, "Communist Party of China").mentions), ["Communist Party of China", "CPC", "CPC"]);
  assert.equal(orgs.filter((o) => o.name === "CPC").length, 0);
  // Organisation names are never taken for people.
  assert.deepEqual(x.entities.people, []);
});

test("organisations: a lower-case body tied to a place is an organisation", () => {
  const { doc, x } = extractFrom(article("Li Fang, director of the women association of Xinjiang, visited the poverty alleviation office in Awati county."));
  assert.deepEqual(
    x.entities.organisations.map((o) => [o.name, o.kind, slices(doc.text, o.mentions)]),
    [
      ["women association of Xinjiang", "association", ["women association of Xinjiang"]],
      ["poverty alleviation office in Awati county", "government", ["poverty alleviation office in Awati county"]],
    ],
  );
});

test("quotes: a quotation followed by 'X said', and reported speech 'X, role, said that ...'", () => {
  const { doc, x } = extractFrom(
    article(
      "Li Fang, director of the women association of Xinjiang, said that the team would stay until spring.",
      "“We will plant more trees next year,” Li said.",
      "\"The new road has changed everything for us,\" said Wu Qing, a driver in the town.",
    ),
  );
  assert.deepEqual(
    x.quotes.map((q) => [q.form, q.speaker, q.speakerText, doc.text.slice(q.start, q.end)]),
    [
      ["reported_speech", "Li Fang", "Li Fang, director of the women association of Xinjiang", "the team would stay until spring"],
      ["quotation", "Li Fang", "Li", "We will plant more trees next year"],
      ["quotation", "Wu Qing", "Wu Qing", "The new road has changed everything for us"],
    ],
  );
  assert.deepEqual(
    x.quotes.map((q) => [q.start, q.end]),
    [
      [93, 125],
      [129, 163],
      [177, 219],
    ],
  );
});

test("quotes: transcript turns run from a 'Name:' line over the paragraphs up to the next label", () => {
  const { doc, x } = extractFrom(
    [
      "Briefing on the harvest in the valley today",
      "Valley Daily:",
      "How many families moved this year?",
      "Tang Ying:",
      "Thank you for your question. About fifty families moved.",
      "The rest will move next year.",
      "River Post:",
      "What about the schools?",
    ].join("\n\n") + "\n",
  );
  assert.equal(doc.metadata.kind, "press_briefing_transcript");
  assert.deepEqual(
    x.quotes.map((q) => [q.form, q.speaker, q.speakerText, doc.text.slice(q.start, q.end)]),
    [
      ["transcript_turn", "Valley Daily", "Valley Daily", "How many families moved this year?"],
      ["transcript_turn", "Tang Ying", "Tang Ying", "Thank you for your question. About fifty families moved.\n\nThe rest will move next year."],
      ["transcript_turn", "River Post", "River Post", "What about the schools?"],
    ],
  );
  assert.deepEqual(x.quotes[1] && [x.quotes[1].start, x.quotes[1].end], [108, 195]);
  assert.deepEqual(
    x.entities.people.map((p) => [p.name, slices(doc.text, p.mentions)]),
    [["Tang Ying", ["Tang Ying"]]],
  );
  assert.deepEqual(
    x.entities.organisations.map((o) => [o.name, o.kind]),
    [
      ["Valley Daily", "media"],
      ["River Post", "media"],
    ],
  );
});

test("quotes: 'Name, role: speech' lines quote the words after the colon", () => {
  const { doc, x } = extractFrom(
    article(
      "Zhou Wen, a herder in Paxiang village: Now I earn more than before from the sheep.",
      "Ma Lin, deputy director of the county poverty alleviation office: The roads are finished.",
    ),
  );
  assert.deepEqual(
    x.quotes.map((q) => [q.form, q.speaker, q.speakerText, q.start, q.end, doc.text.slice(q.start, q.end)]),
    [
      ["name_role_line", "Zhou Wen", "Zhou Wen", 66, 109, "Now I earn more than before from the sheep."],
      ["name_role_line", "Ma Lin", "Ma Lin", 177, 200, "The roads are finished."],
    ],
  );
});

test("quotes: short scare quotes with no speaker are not quotes; a verb of naming gives one its subject", () => {
  const { x } = extractFrom(article("The so-called “happy road” runs along the river.", "Their \"bold step\" was a small one for the region."));
  assert.deepEqual(x.quotes, []);
  // ("called it a 'happy road'": the villagers' words, as real pages' annotators read them.)
  const named = extractFrom(article("The villagers called it a “happy road” in their songs.", "Some reports called the plan \"a bold step\" for the region."));
  assert.deepEqual(named.x.quotes.map((q) => [q.speaker, named.doc.text.slice(q.start, q.end)]), [["The villagers", "happy road"], ["Some reports", "a bold step"]]);
});

test("organisations: a possessive is not part of the name, and its mention is the name alone", () => {
  const { doc, x } = extractFrom(article("By the World Bank's poverty line, the county had 9,000 poor people. The State Council’s notice set 2020 as the year. The World Bank later agreed."));
  assert.deepEqual(
    x.entities.organisations.map((o) => [o.name, o.kind, slices(doc.text, o.mentions)]),
    [
      ["World Bank", "company", ["World Bank", "World Bank"]],
      ["State Council", "government", ["State Council"]],
    ],
  );
});

test("organisations: words before 'of' with no head word are not the body's name ('officials of the ... Bureau')", () => {
  const { doc, x } = extractFrom(article("Officials of the Hotan Prefecture Human Resources Bureau said 3,000 workers left. The data came from the Aksu Survey Team of the National Bureau of Statistics. The Communist Party of China set the goal."));
  assert.deepEqual(
    x.entities.organisations.map((o) => [o.name, slices(doc.text, o.mentions)]),
    [
      ["Hotan Prefecture Human Resources Bureau", ["Hotan Prefecture Human Resources Bureau"]],
      ["National Bureau of Statistics", ["National Bureau of Statistics"]],
      ["Communist Party of China", ["Communist Party of China"]],
    ],
  );
});

test("organisations: a named division's government or Party committee, and a level's body of up to six words", () => {
  const { doc, x } = extractFrom(article("According to the Xinjiang Uygur Autonomous Region government, 20,000 people found work. The regional human resources and social security department trained them, and the Kashgar prefecture human resources bureau paid 300 yuan each. The Hotan County Party committee approved it."));
  assert.deepEqual(
    x.entities.organisations.map((o) => [o.name, o.kind, slices(doc.text, o.mentions)]),
    [
      ["Xinjiang Uygur Autonomous Region government", "government", ["Xinjiang Uygur Autonomous Region government"]],
      ["regional human resources and social security department", "government", ["regional human resources and social security department"]],
      ["Kashgar prefecture human resources bureau", "government", ["Kashgar prefecture human resources bureau"]],
      ["Hotan County Party committee", "party", ["Hotan County Party committee"]],
    ],
  );
});
