// Who gives a figure, read from forms a page's sentences take: "Our host Bibigul, a teacher, said", "the Kyrgyz herder
// Name, 47, told", "Her institute estimates", a body that "published a survey ..., and it found", a survey "of 1,200
// households ... by a team at" a university, "According to her survey of 58 ...", "A survey by Li's team of 212 ...",
// "a villager named Name, 63 years old, told us", a bureau that "put the average wage at 2,100 yuan"; and words that report nothing: "added up to", a rate "reported for
// 2013", "Surveyed households reported"; "China's National Bureau of Statistics", "Hotan Prefecture's own bulletin puts",
// "The official line, per the Xinjiang Daily, is", and a headline opening on a body's name and a colon; the place a
// figure is about when every place of the sentence stands in its source; a survey that "found average monthly wages of
// 2,850 yuan", and "Under guidance issued by X, ..."; an interpreter's turn under "NAME: (Speaking Nuosu).". Each text
// is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOf, extractFrom } from "./helpers.ts";

test("the host named after 'Our host' and described after a comma speaks, not the description", () => {
  const text = "We stayed two nights in Dafdar. Our host Gulbahar, a nurse, said eight of the village's 52 households had guest rooms.";
  assert.equal(creditOf(text, "52 households"), "Gulbahar");
});

test("'the Kyrgyz herder Name, 47, told' a broadcaster: the herder speaks, whatever nation word stands before the post", () => {
  const text = "In Ulugqat County, the Kyrgyz herder Asan Toktogul, 52, told CCTV in 2020 that he earned about 1,800 yuan a month as a ranger.";
  assert.equal(creditOf(text, "about 1,800 yuan"), "Asan Toktogul");
});

test("'Her institute estimates' is the institute the person was named with", () => {
  const text = "Anna Keller, a fellow at the Hamburg Institute for Labour Studies, said the figures could not be checked. Her institute estimates that at least 310,000 people took part in 2019.";
  assert.equal(creditOf(text, "at least 310,000 people"), "Hamburg Institute for Labour Studies");
});

test("'it found' after a body 'published a survey' is that body's, not the government named before it", () => {
  const text = "The regional government says 14,000 people moved. Green Valley Futures, a charity, published a survey in 2021, and it found that 62 percent of them relied on transfers.";
  assert.equal(creditOf(text, "62 percent"), "Green Valley Futures");
  assert.equal(creditOf(text, "14,000 people"), "regional government");
});

test("a survey's own size, written with a thousands comma, is its maker's; so is what 'her survey' and 'Li's team' found", () => {
  const survey = "Officials disagree. A survey of 1,300 relocated households in Guizhou by a team at Guizhou University found that 27% had lower incomes.";
  assert.equal(creditOf(survey, "1,300 relocated households"), "Guizhou University");
  const hers = "Maria Lind wrote a 2021 report on the parks. According to her survey of 64 job notices, the monthly wage averaged 2,800 yuan.";
  assert.equal(creditOf(hers, "2,800 yuan"), "Maria Lind");
  const team = "Zhou Yan, a sociologist at Fudan University, has studied relocation in Yunnan. A survey by Zhou's team of 230 households in 2019 found that 35% had no stable job.";
  assert.equal(creditOf(team, "35%"), "Zhou Yan");
});

test("'A villager named Name, 63 years old, told us' credits the villager", () => {
  const text = "A villager named Ma Yusuf, 61 years old, told us he earns 600 yuan every month from the post.";
  assert.equal(creditOf(text, "600 yuan"), "Ma Yusuf");
});

test("'added up to', a rate 'reported for 2013' and what surveyed households 'reported' name no one who speaks", () => {
  assert.equal(creditOf("In the past five years, central and provincial funds for poverty relief in Gansu added up to more than 90 billion yuan.", "more than 90 billion yuan"), null);
  assert.equal(creditOf("Key findings. 21.4 percent of the children measured were stunted, more than twice the national rate reported for 2013.", "21.4 percent"), null);
  assert.equal(creditOf("Key findings. Surveyed households reported an average net income of 9,120 yuan per person in 2020.", "9,120 yuan"), null);
});

test("a body that 'put' a figure 'at' a number gives it; a body that put people 'at risk' says nothing", () => {
  const text = "The women I met earned far less. The Yecheng County Human Resources Bureau put the average workshop wage at 2,300 yuan a month in 2019.";
  assert.equal(creditOf(text, "2,300 yuan"), "Yecheng County Human Resources Bureau");
  const itAt = "The Nujiang Prefecture Poverty Alleviation Office put it at 96,000 in a press release.";
  assert.equal(creditOf(itAt, "96,000"), "Nujiang Prefecture Poverty Alleviation Office");
  assert.equal(creditOf("The county government put the villagers at risk when it moved 300 families.", "300 families"), null);
});

test("a body after a place's possessive, a place's own bulletin, 'per X' set off by commas, and a body's name over a headline's colon give the figures", () => {
  assert.equal(creditOf("According to China's National Bureau of Statistics, rural income in Qinghai was 14,456 yuan in 2021.", "14,456 yuan"), "National Bureau of Statistics");
  assert.equal(creditOf("Officials cite many numbers. And Hotan Prefecture's own bulletin puts the poverty rate at 1.2 percent by the end of 2019.", "1.2 percent"), "Hotan Prefecture");
  assert.equal(creditOf("The official line, per the Tianshan Daily, is that since 2015 more than 9,000 work teams have gone to villages.", "more than 9,000 work teams"), "Tianshan Daily");
  const headline = ["National Health Commission: 2.1 million rural patients treated free of charge", "", "2021-03-04 10:12   Source: Daily Courier", "", "The figures were released on Thursday."].join("\n");
  assert.equal(creditOf(headline, "2.1 million rural patients"), "National Health Commission");
});

test("with every place of the sentence inside the source, the place the source is, named first, is the figure's", () => {
  const { x } = extractFrom("The western province of Qinghai, long counted among the poorest in China, announced on Monday that its last 17 poor counties had left the list.");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo, c.place]), [[17, "Qinghai", "Qinghai"]]);
});

test("what a survey 'found', an amount with no 'that', and what 'guidance issued by' a body sets are theirs", () => {
  assert.equal(creditOf("Independent data are scarce. A 2021 survey by Lanzhou University found average monthly wages of 3,100 yuan.", "3,100 yuan"), "Lanzhou University");
  assert.equal(creditOf("Under guidance issued by the Gansu Department of Civil Affairs, a household is recorded as poor when it earns less than 4,000 yuan a year.", "less than 4,000 yuan"), "Gansu Department of Civil Affairs");
});

test("an interpreter's turn under 'NAME: (Speaking Nuosu).' gives that person's words", () => {
  const page = [
    "Heard on Evening Edition",
    "",
    "MARSH, HOST: Qubi Muga moved to the new town last spring.",
    "",
    "QUBI MUGA: (Speaking Nuosu).",
    "",
    "UNIDENTIFIED INTERPRETER: In the mountains we kept four goats and sold 1,500 yuan of buckwheat a year.",
    "",
    "MARSH: The town has 3,000 residents.",
    "",
  ].join("\n");
  assert.equal(creditOf(page, "1,500 yuan"), "Qubi Muga");
});
