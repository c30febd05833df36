// Who speaks and who is credited: transcript turns in the forms pages set them, speakers found by
// where their words stand, a document's own voice, and accounts that run on over paragraphs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { turnHeader } from "../pipeline/extract/turn-headers.ts";
import { documentVoice } from "../pipeline/extract/document-voice.ts";
import { quotationSpans } from "../pipeline/extract/quotation-marks.ts";
import { article, documentFrom, extractFrom } from "./helpers.ts";

/** Whom a page given as text speaks for. */
const voiceOf = (text: string) => documentVoice(documentFrom(text));
/** Who each quotation of an article of these paragraphs is given to, in order. */
const speakersIn = (...paragraphs: string[]) => extractFrom(article(...paragraphs)).x.quotes.map((q) => q.speaker);

test("turn headers: labels alone or with a clock, inline names, role letters, forum handles; never a page's labels", () => {
  const anyName = () => true;
  const cases: [string, [string, string, boolean] | null][] = [
    ["Xu Hairong:", ["label", "Xu Hairong", false]],
    ["Moderator (Xiong Ying):", ["label", "Xiong Ying", false]],
    ["Mary Hill 0:05", ["label", "Mary Hill", false]],
    ["[00:01:23] Jane Roe", null],
    ["Kaiser Kuo: Welcome to the show.", ["inline", "Kaiser Kuo", true]],
    ["Xu Guixiang:Good morning, friends from the press.", ["inline", "Xu Guixiang", true]],
    ["Q: I'm with Reuters. Is that accurate?", ["inline", "Q", true]],
    ["Li Mingtian, a villager in Guanfang Village: Now bamboo earns more.", ["name_role", "Li Mingtian", true]],
    ["u/[deleted] Dec 15 '20 edited Dec 15 '20", ["post", "[deleted]", false]],
    ["kashgar_kid", ["post", "kashgar_kid", false]],
    ["• steppe_rider", ["post", "steppe_rider", false]],
    ["PolandIsAStateOfMind", ["post", "PolandIsAStateOfMind", false]],
    ["kaleb 3 weeks", ["post", "kaleb", false]],
    ["201dberg@lemmygrad.ml", ["post", "201dberg@lemmygrad.ml", false]],
    ["• steppe_rider@valley.social", ["post", "steppe_rider@valley.social", false]],
    // (A forum's stars and badges around a handle are no part of it; two scripts in one word make a handle.)
    ["• ☆ Yσɠƚԋσʂ ☆OP", ["post", "Yσɠƚԋσʂ", false]],
    ["• cfgaussianM", ["post", "cfgaussian", false]],
    ["• valley_walker OP", ["post", "valley_walker", false]],
    ["SOUNDBITE 1 (Chinese): AYGUL TURSUN, Cotton farmer", ["label", "AYGUL TURSUN", false]],
    ["FILE: Valley County, date unknown (Valley TV)", null],
    ["Kashgar", null],
    ["Category:", null],
    ["Speakers:", null],
    ["STORYLINE: April marks the busiest season.", null],
    ["Source: Xinhua", null],
  ];
  for (const [paragraph, expected] of cases) {
    const h = turnHeader(paragraph, anyName);
    assert.deepEqual(h === null ? null : [h.form, paragraph.slice(h.speakerStart, h.speakerEnd), h.contentStart !== null], expected, paragraph);
  }
});

test("'Q:' is the outlet the questioner names, 'A:' the one a handover names; a turn's own report of others is a quote too", () => {
  const text = [
    "Press conference on employment in the valley",
    "Sun Li: Friends from the press, good afternoon. Today's guests will answer your questions.",
    "Q: I'm with Reuters. A report by the Valley Policy Center says that more than 570,000 people were sent to pick cotton. Is that accurate?",
    "Sun Li: This question goes to Mr. Mamat Tohti.",
    "A: The report is based on a misreading. A skilled picker earns 200 yuan a day.",
    "Q: I'm a reporter from Valley Daily. How many counties left the list?",
    "Sun Li: Mr. Zhao Hongwei, please.",
    "A: All 35 counties left the list this year.",
  ].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, text.slice(q.start, q.start + 24)]), [
    ["transcript_turn", "Sun Li", "Friends from the press, "],
    ["transcript_turn", "Reuters", "I'm with Reuters. A repo"],
    ["reported_speech", "Valley Policy Center", "more than 570,000 people"],
    ["transcript_turn", "Sun Li", "This question goes to Mr"],
    ["transcript_turn", "Mamat Tohti", "The report is based on a"],
    ["transcript_turn", "Valley Daily", "I'm a reporter from Vall"],
    ["transcript_turn", "Sun Li", "Mr. Zhao Hongwei, please"],
    ["transcript_turn", "Zhao Hongwei", "All 35 counties left the"],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[570000, "Valley Policy Center"], [200, "Mamat Tohti"], [35, "Zhao Hongwei"]]);
});

test("a body's voice named by its office alone ('Embassy Spokesperson:') is a turn's speaker, and its figures are that voice's; 'Question: Some reports say' is reported by the reports", () => {
  const text = [
    "Remarks on the valley's jobs",
    "Question: Some reports say workers in the valley are not free to choose their jobs. Any comment?",
    "Embassy Spokesperson: These claims are false. Incomes in the valley doubled from 9,000 yuan to 18,000 yuan in ten years.",
  ].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  // (Inside the question, "Some reports say ..." is reported by "Some reports": never by the label before its colon.)
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.start + 17)]), [["reporter", "Some reports say "], ["Some reports", "workers in the va"], ["Embassy Spokesperson", "These claims are "]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[9000, "Embassy Spokesperson"], [18000, "Embassy Spokesperson"], [10, "Embassy Spokesperson"]]);
});

test("'A:' after a moderator's 'Name, please' or 'Mr. Name will answer' is that person", () => {
  const text = [
    "Briefing on rural jobs in the valley",
    "Moderator: Friends from the press, good afternoon.",
    "Q: Reporter from Valley Daily: How many jobs were created?",
    "Moderator: Tursun Ablet, please.",
    "A: The prefecture created 46,000 jobs.",
    "Q: Reporter from Hill Times: And incomes?",
    "Moderator: Mr. Li Guoqiang will answer your question.",
    "A: Incomes reached 11,400 yuan.",
  ].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, text.slice(q.start, q.start + 14)]), [
    ["Moderator", "Friends from t"],
    ["Valley Daily", "Reporter from "],
    ["Moderator", "Tursun Ablet, "],
    ["Tursun Ablet", "The prefecture"],
    ["Hill Times", "Reporter from "],
    ["Moderator", "Mr. Li Guoqian"],
    ["Li Guoqiang", "Incomes reache"],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[46000, "Tursun Ablet"], [11400, "Li Guoqiang"]]);
});

test("'our survey found' is the writers' own voice; inside a turn it is the speaker's", () => {
  const report = extractFrom(["Poverty in the Valley", "Authors: Maria Lopez, Kenji Sato", "Our survey of 3,000 households found that 12 percent still lived below the line."].join("\n\n") + "\n").x;
  assert.deepEqual(report.claims.map((c) => [c.value, c.attributedTo]), [[3000, "Maria Lopez and Kenji Sato"], [12, "Maria Lopez and Kenji Sato"]]);
  const briefing = extractFrom(["Briefing on jobs", "By Ann Lee", "Sun Li: Welcome.", "Q: I'm with Reuters. How many?", "Sun Li: Mr. Zhao Hongwei, please.", "A: We estimate that 300,000 people found work. Our survey found that 12 percent were women."].join("\n\n") + "\n").x;
  assert.deepEqual(briefing.claims.map((c) => [c.value, c.attributedTo]), [[300000, "Zhao Hongwei"], [12, "Zhao Hongwei"]]);
  assert.ok(briefing.quotes.every((q) => q.form === "transcript_turn"), "no quote of the writers inside a turn");
});

test("a dateline of a place in capitals and one hyphen ('HILLTOWN - ', 'KASHGAR, China (Reuters) - ') is not what was said", () => {
  const text = article("HILLTOWN - The province will move 300,000 people before 2021, officials said.", "KASHGAR, China (Reuters) - The factory employs 600 people, its manager said.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => text.slice(q.start, q.end)), ["The province will move 300,000 people before 2021", "The factory employs 600 people"]);
});

test("a podcast's 'Name 0:02' over each turn names its speaker, though the first name is also a word ('Mark'); the speaker is a person", () => {
  const text = ["Episode 4: Counting the poor", "Mark Jones 0:02", "Welcome back. With me is Dr. Lisa Wong, who has studied rural incomes for 15 years.", "Lisa Wong 0:21", "Thanks. The official figure is that 98 million people left poverty.", "Mark Jones 0:40", "And you doubt it?", "Lisa Wong 0:44", "I think the line matters more than the count."].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Mark Jones"], ["transcript_turn", "Lisa Wong"], ["transcript_turn", "Mark Jones"], ["transcript_turn", "Lisa Wong"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[15, "Mark Jones"], [98000000, "Lisa Wong"]]);
  assert.deepEqual(x.entities.people.map((p) => p.name).sort(), ["Lisa Wong", "Mark Jones"]);
});

test("a paragraph ending on a colon hands the quotation under it to who it names ('She told the committee:', '... from her testimony:', 'In his statement, Senator Roe said:')", () => {
  const text = article(
    "Mira Tash, a former teacher, spoke through an interpreter about her time spent in two camps.",
    "She told the committee:",
    "\u201cWe were told we had problems. I was kept there for more than 10 months.\u201d",
    "Here is a highlight from her testimony:",
    "\u201cThe second time was far worse. I was released after around one month.\u201d",
    "In his statement, Senator Sam Roe said:",
    "\u201cWe will act on this before the summer is out.\u201d",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["quotation", "Mira Tash"], ["quotation", "Mira Tash"], ["quotation", "Sam Roe"]]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.unit, c.attributedTo]), [["two", "count", null], ["10", "month", "Mira Tash"], ["one", "month", "Mira Tash"]]);
});

test("'the values they claim to espouse' at a sentence's end reports nothing before it", () => {
  const text = article("Not only did members hear what is going on in the valley, but it is becoming clear that some of them are losing their patience with firms more beholden to the state than to their own market, and the values they claim to espouse.");
  assert.deepEqual(extractFrom(text).x.quotes, []);
});

test("a dateline with its year before the dashes ('ALTAY, June 4, 2021 -- ') is not what was said", () => {
  const text = article("HILLTOWN, June 4, 2021 -- Incomes in the county rose by 12 percent last year, local officials said.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => text.slice(q.start, q.end)), ["Incomes in the county rose by 12 percent last year"]);
});

test("a partial quotation inside a paraphrase is a quotation too; 'Place, Oct 12:' is a dateline; 'X, he said, ...' reports the whole clause", () => {
  const text = article(
    "Geneva, Oct 12: Lifting 300 million people out of poverty is a \u201cremarkable feat in human history\u201d, Valley Fund President Anna Holm said today.",
    "The Valley Fund, she said, has been working closely with the county on 40 projects.",
    "The valley farms ignored costs under the banner of so-called \"green growth,\" said Rosa Lind.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, text.slice(q.start, q.end)]), [
    ["reported_speech", "Anna Holm", "Lifting 300 million people out of poverty is a \u201cremarkable feat in human history\u201d"],
    ["quotation", "Anna Holm", "remarkable feat in human history"],
    ["reported_speech", "Anna Holm", "The Valley Fund, she said, has been working closely with the county on 40 projects"],
    // (Two words in quotation marks are a term the paraphrase names, not words of their own.)
    ["reported_speech", "Rosa Lind", "The valley farms ignored costs under the banner of so-called \"green growth,\""],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[300000000, "Anna Holm"], [40, "Anna Holm"]]);
});

test("'said 36-year-old X'; '..., said X, deputy mayor, adding that \"...\"': the added words are X's, a quotation too", () => {
  const text = article(
    "\"Working as the first secretary is a kind of commitment,\" said 36-year-old Zhao Yaqin, who had spent three years in the village.",
    "Living conditions are harsh in many areas, said Xiao Hong, deputy mayor of Hilltown, adding that \"relocation is the only option at hand.\"",
    "It also requires support policies, Shen said, adding that the measures are \"the top priority and the greatest task\" this year.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, text.slice(q.start, q.end)]), [
    ["quotation", "Zhao Yaqin", "Working as the first secretary is a kind of commitment"],
    ["reported_speech", "Xiao Hong", "Living conditions are harsh in many areas"],
    ["quotation", "Xiao Hong", "relocation is the only option at hand."],
    ["reported_speech", "Shen", "It also requires support policies"],
    ["quotation", "Shen", "the top priority and the greatest task"],
  ]);
});

test("'announced at a news conference' names no speaker after the verb: the speaker is the name before it", () => {
  const { x } = extractFrom(article("Five counties of the region have left poverty, with the poverty rate below 3 percent, Norbu Dondrub, vice-chairman of the region, announced at a news conference on Wednesday."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Norbu Dondrub"]);
  assert.deepEqual(x.claims.map((c) => c.attributedTo), ["Norbu Dondrub", "Norbu Dondrub"]);
});

test("'its governor said during the two sessions that concluded recently' is the governor the text names, and the words before it his; a verb in a relative clause reports nothing", () => {
  const text = article("Hill province will lift 1 million people out of poverty in 2014, its governor said during the province's two sessions that concluded recently.", "Governor Li Jiheng said the government will focus on four areas.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.start + 24)]), [["Li Jiheng", "Hill province will lift "], ["Li Jiheng", "the government will focu"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[1000000, "Li Jiheng"], [4, "Li Jiheng"]]);
});

test("in a turn, another's survey 'showing that ...' and the sentence after it opening 'For example' are that body's figures", () => {
  const { x } = extractFrom([
    "Regular press conference",
    "Question: What is your view of the report?",
    "A: The Valley Human Resources Department surveyed the willingness of workers in the four prefectures of the south, showing that most want to work away from home. For example, there are 1,509 laborers in Oyi village, of which 1,288 people are willing to go. I think that shows the truth.",
  ].join("\n\n") + "\n");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[1509, "Valley Human Resources Department"], [1288, "Valley Human Resources Department"]]);
});

test("a page most of whose paragraphs open on a label is a transcript, where a name used once as a label is a speaker too", () => {
  const text = [
    "The last mile of poverty relief",
    "Jingnan: Mr. Barua, only about 12 million people escaped poverty in 2014. Why fewer?",
    "Dipal Barua: I think the easy part of the population is taken out first, and 30 percent are harder.",
    "Jingnan: Professor Liu, how do we address this last mile?",
    "Liu Baocheng: It is easier for the first mile.",
    "Jingnan: Thank you both.",
  ].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Jingnan", "Dipal Barua", "Jingnan", "Liu Baocheng", "Jingnan"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[12000000, "Jingnan"], [30, "Dipal Barua"]]);
});

test("'X introduced that ..., saying \"...\"' reports both parts; 'X said, in regard to ..., the government has ...' reports the words after the comma", () => {
  const text = article(
    "Chen Hao introduced that there are still 88 poor counties and 4.71 million poor people in the province, saying \"Time is tight and the burden is heavy.\"",
    "Chen said, in regard to the key issues of whom to support, the government has made a number of plans.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, text.slice(q.start, q.start + 30)]), [
    ["reported_speech", "Chen Hao", "there are still 88 poor counti"],
    ["quotation", "Chen Hao", "Time is tight and the burden i"],
    ["reported_speech", "Chen Hao", "in regard to the key issues of"],
  ]);
});

test("a video script's '[Explanation]' is the voice-over, and '[Concurrent] Name, title' over paragraphs is that person's soundbite", () => {
  const text = [
    "Relocation work completed",
    "[Explanation] On December 3, the information office held a press conference on relocation.",
    "[Concurrent] Zhao Lin, Secretary-General of the Valley Development Commission",
    "During the plan period, about 600 billion yuan was invested, and about 35,000 resettlement areas were built.",
    "Incomes rose from 4,221 yuan in 2016 to 9,313 yuan in 2019.",
  ].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Explanation", "Zhao Lin"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[600000000000, "Zhao Lin"], [35000, "Zhao Lin"], [4221, "Zhao Lin"], [9313, "Zhao Lin"]]);
});

test("a statement in the first person signed on the line under it ('Name, 62, Party secretary of ...') is that person's", () => {
  const text = [
    "What they say",
    "We villagers used to live a very poor life without a road to the outside world. I still remember when we started to build the 8-kilometer road, and 20,000 yuan was all we had.",
    "Mao Lin, 62, Party secretary of Hill village, Valley county",
    "The county built 40 schools last year.",
  ].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Mao Lin"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[8, "Mao Lin"], [20000, "Mao Lin"], [62, null], [40, null]]);
});

test("'the 49-year-old Aksupa resident says' is the resident named before; 'pledged that ...' reports; '..., Xinhua cited X, title, as saying' is X's", () => {
  const text = article(
    "When Awahan Osman's husband fell sick, the family lost its support.",
    "\"I used to sell my bread in our village,\" the 49-year-old Aksupa resident says. \"Now it is sold in 20 cities.\"",
    "Liu Hui, vice chairperson of the region, pledged that her government would help 350,000 people leave poverty.",
    "By the end of 2019, the region had lifted 628,000 people out of poverty, the official Xinhua news agency cited Wu Yingjie, the region's Party chief, as saying.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.start + 20)]), [
    ["Awahan Osman", "I used to sell my br"],
    ["Awahan Osman", "Now it is sold in 20"],
    ["Liu Hui", "her government would"],
    ["Wu Yingjie", "By the end of 2019, "],
  ]);
  assert.deepEqual(x.claims.filter((c) => c.unit !== "year_of_age").map((c) => [c.value, c.attributedTo]), [[20, "Awahan Osman"], [350000, "Liu Hui"], [628000, "Wu Yingjie"]]);
});

test("a document's points said as nouns ('The white paper emphasizes a 9.5% growth rate', 'The report also cites ...') are its issuer's reported words; 'lists' after a noun is no verb", () => {
  const text = article(
    "The Valley Information Office on Thursday unveiled a white paper on rural incomes.",
    "The white paper emphasizes a 9.5% average annual growth rate from 2013 to 2022. The report also cites 1,400 overseas visitors since 2018.",
    "The county office said it surveyed 1,236 households drawn at random from the registration lists of 24 villages.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.start + 20)]), [
    ["Valley Information Office", "a 9.5% average annua"], ["Valley Information Office", "1,400 overseas visit"], ["county office", "it surveyed 1,236 ho"],
  ]);
  assert.deepEqual(x.claims.map((c) => c.attributedTo), ["Valley Information Office", "Valley Information Office", "county office", "county office"]);
});

test("a forum thread's opening post is its poster's turn, and inside it a pronoun goes on with the account the poster cites", () => {
  const text = [
    "r/ValleyPolicy",
    "Posted by u/steppe_walker Feb 02 '22",
    "",
    "Did relocation raise incomes in the valley?",
    "",
    "I read that 1.88 million people were moved. The government announced this week that it had beaten its deadline. It is expected to declare that the poor fell from 98 million to zero.",
    "",
    "kashgar_kid",
    "Joined Mar 2019",
    "It is the official figure.",
  ].join("\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["steppe_walker", "kashgar_kid"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[1880000, "steppe_walker"], [98000000, "government"], [0, "government"]]);
});

test("'the white paper' and 'the report' are the body that issued it, when the text says who did", () => {
  const { x } = extractFrom(article(
    "The Valley Information Office on Thursday unveiled a white paper on rural incomes.",
    "The white paper says that 269,000 residents were relocated. The document also says that 1,400 villages got roads.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[269000, "Valley Information Office"], [1400, "Valley Information Office"]]);
});

test("'he said' is the person named last outside the quotation; 'the office' the body named last with that word; 'it' the body", () => {
  const { x } = extractFrom(article(
    "Zhao Jinyun, deputy director of the provincial poverty alleviation office, spoke first.",
    "\"We thank Li Wei for the data. The remaining 8 counties are the hardest,\" he said.",
    "The office said 9,000 households were visited. It said 300 villages were checked.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[8, "Zhao Jinyun"], [9000, "provincial poverty alleviation office"], [300, "provincial poverty alleviation office"]]);
});

test("speakers: an age or a title after the name, a dateline or a time before the subject, the innermost report", () => {
  const { x } = extractFrom(article(
    "A villager, Jike Ayi, 35, told reporters that his income doubled to 6,000 yuan.",
    "Dr Helen Marsh, Senior Fellow at the Valley Institute, said 30 percent of herders sold their flocks.",
    "URUMQI, Nov. 14 (Xinhua) -- The Xinjiang Uygur Autonomous Region announced Saturday that its last 10 poor counties left the list.",
    "On Saturday the Gansu provincial government announced that 31 counties had met the standard.",
    "Chen Lei said that all 3,666 villages had left the list, Xinhua reported.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [
    // The age is the text's own statement about the villager, so the outlet's (the dateline credits
    // Xinhua); what he told reporters is his.
    [35, "Xinhua"], [6000, "Jike Ayi"], [30, "Helen Marsh"], [10, "Xinjiang Uygur Autonomous Region"], [31, "Gansu provincial government"], [3666, "Chen Lei"],
  ]);
});

test("a document's own figures: a news report's are its outlet's, an op-ed's, a paper's, a thread's or a blog's are its authors', a writer's with no outlet nobody's unless in their voice", () => {
  assert.equal(voiceOf("Villages get water\n\nBy Ma Lan | Valley Daily\n\nThe county built 40 wells this year, and 300 families now have tap water.\n"), "Valley Daily");
  assert.equal(voiceOf("Did the valley really end poverty?\n\nBy Tomas Lindqvist | Valley Notes\n\nI counted the figures myself. My estimate is lower. I think 40 percent of the families still struggle.\n"), "Tomas Lindqvist");
  assert.equal(voiceOf("Labour transfer in the valley\n\nRukiye Hashim\nAffiliation: Valley University\nThomas Brennan\nAffiliation: Valley University\n\nPublished online by Valley Press: 12 June 2024\n\nAbstract\n\nWe surveyed 1,146 households in 38 villages of the valley over three years.\n"), "Rukiye Hashim and Thomas Brennan");
  // (A page with a writer and no publisher that reports others' doings, a reprint whose outlet was lost,
  // speaks for no one it names; one in the writer's own voice, a blog or a personal page, is theirs.)
  assert.equal(voiceOf("Villages get water\n\nBy Ma Lan\n\nThe county built 40 wells this year, and 300 families now have tap water.\n"), null);
  assert.equal(voiceOf("What I saw in the valley\n\nBy Ma Lan\n\nI drove to the county in May. My guide said the wells were new. I counted 40 of them.\n"), "Ma Lan");
  assert.equal(voiceOf("Water in the valley\n\nBy Ma Lan\n\nWe surveyed 300 families in the county; 40 still carried water.\n"), "Ma Lan");
  // ("we found" inside a villager's quotation is theirs, not the writer's.)
  assert.equal(voiceOf("Water in the valley\n\nBy Ma Lan\n\n\"We found 40 wells dry,\" a villager said.\n"), null);
  assert.equal(voiceOf("Villages get water\n\nThe county built 40 wells this year.\n"), null);
  assert.equal(voiceOf("Employment in the valley's townships\n\nMei LIN, Guoqiang HAN\n\nAbstract Employment is the most direct way out of poverty. We surveyed 237 households.\n"), "Mei Lin and Guoqiang Han");
});

test("a work report carries over the paragraphs after it that credit no one else", () => {
  const { x } = extractFrom(article(
    "The region lifted 1.16 million people out of poverty in 2019, said Nong Jiahua, chairman of the regional government, in his government work report.",
    "The poverty rate fell to 0.6 percent. Incomes grew by 11.2 percent.",
    "\"These are the hardest bones left to chew,\" Nong said of the 240,000 people still poor.",
    "The region had 6.34 million rural poor at the end of 2012.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [
    [1160000, "Nong Jiahua"], [0.6, "Nong Jiahua"], [11.2, "Nong Jiahua"], [240000, "Nong Jiahua"], [6340000, null],
  ]);
});

test("a transcript with its speakers' names in capitals: each label is the person, named as prose names them", () => {
  const { x } = extractFrom([
    "A new programme moves farmers into factories in the far west, and we talk about it with two guests.",
    "TRANSCRIPT",
    "JANE ROE: This is the morning show. I'm Jane Roe, with Amir Khalil.",
    "AMIR KHALIL: We turn now to the region, where a new report says 1.6 million workers were moved.",
    "NURLAN SADYK: Thank you. About 30 percent of them are women, and an estimated 2 million adults are in camps.",
  ].join("\n\n") + "\n");
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Jane Roe", "Amir Khalil", "Nurlan Sadyk"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Jane Roe", "Amir Khalil", "a new report", "Nurlan Sadyk"]);
  // "where a new report says": the report speaks, not "where"; "an estimated 2 million" reports nothing.
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[2, null], [1600000, "a new report"], [30, "Nurlan Sadyk"], [2000000, "Nurlan Sadyk"]]);
});

test("a broadcast script's soundbites are their speakers' turns; speech with no reporting clause is the person just named", () => {
  const { x } = extractFrom([
    "Cotton sowing in the valley",
    "STORYLINE: Farmers in the valley began sowing this week with drones and machines.",
    "SOUNDBITE 1 (Chinese): AYGUL TURSUN, Cotton farmer",
    "\"We started in mid-March. Drones spray the fields now, so four of us can farm 800 mu.\"",
  ].join("\n\n") + "\n");
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Aygul Tursun"]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["four", "Aygul Tursun"], ["800", "Aygul Tursun"]]);
  const prose = extractFrom(article(
    "Wang Fang moved to the new town in 2018 with her two sons.",
    "\"Life in the mountains was very hard, and now the children walk to school in ten minutes.\"",
  )).x;
  assert.deepEqual(prose.quotes.map((q) => q.speaker), ["Wang Fang"]);
});

test("'it's claimed' and 'the so-called reports' name no speaker; 'X, who ..., told' is X", () => {
  const { x } = extractFrom(article(
    "A programme of forced labour, it's claimed, moved 80,000 workers.",
    "Secretary Kenneth Cole, who oversees the agency, told a news conference that a ban on 30 products was being studied.",
    "The so-called reports released by overseas media have smeared the training centres.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[80000, null], [30, "Kenneth Cole"]]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Kenneth Cole"]);
});

test("a person the text never names, brought in as a speaker, is who 'he said' and 'the official said' point back at", () => {
  assert.deepEqual(speakersIn(
    "Li Fang, head of the working team, has worked in the village for two years.",
    "Pairing officials with families is part of the campaign, an official from the regional publicity department, who requested anonymity, told the paper.",
    "It is strange that critics give no useful advice, he said.",
    "Wang Min, director of the county women's federation, visited 12 households.",
    "Teaching the law is the focus of their work, the official said.",
  ), Array(3).fill("an official from the regional publicity department"));
});

test("reported speech around a short quotation and a long apposition is one quote, and verbs in the present: 'insists', 'points out'", () => {
  const { x, doc } = extractFrom(article(
    "Relief is harder in the region because it also faces \"ethnic issues,\" Zhou Ming, an expert on social security and poverty relief legislation at the Valley Academy of Social Sciences, told the paper on Friday.",
    "The white paper points out that the region, home to 25 million people, has ended extreme poverty.",
    "The report also insists that the government fully respects workers' rights.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [
    // (The quoted phrase is part of the sentence Zhou Ming is reported to have said, not a quote of its own.)
    ["reported_speech", "Zhou Ming", "Relief is harder"],
    ["reported_speech", "white paper", "the region, home"],
    ["reported_speech", "report", "the government fully"],
  ]);
});

test("a quotation with no reporting clause goes on the quotation before it, or on the person the next paragraph opens with; 'He has repeatedly said' is he", () => {
  assert.deepEqual(speakersIn(
    "Mark Lee, a geography professor, studies such housing schemes.",
    "\u201cFor some villages, the 30% share is still hard to pay, so they borrow money,\u201d he told the paper.",
    "\u201cFor the poorest, it is a big financial burden and so in some instances they stay.\u201d",
    "The village sits on a cliff above the river and has no road to the county town at all.",
    "\u201cLook! This is the forest where the chickens run about all day long.\u201d",
    "Wu Mei, a local resident, sells eggs online.",
    "Xi Jinping spoke in the valley. He has repeatedly said, \u201cThe last part of an endeavor is the hardest to finish.\u201d",
  ), ["Mark Lee", "Mark Lee", "Wu Mei", "Xi Jinping"]);
});

test("'smiling as he announces that' is he; 'X, who oversees the agency, told' is X", () => {
  assert.deepEqual(speakersIn(
    "Villager Ma Lin, 52, climbs out of a manhole, up to his knees in mud but smiling broadly as he announces that the pipes have been cleared.",
    "Secretary Kenneth Cole, who oversees the agency, said a ban on 30 products was being studied.",
  ), ["Ma Lin", "Kenneth Cole"]);
});

test("', saying that ...' reports for the sentence's subject; 'X denies that ... and says ...' is X twice", () => {
  const { x, doc } = extractFrom(article(
    "A United Nations expert on Tuesday praised the region for its progress, saying that its achievements in recent years have been extraordinary.",
    "The government denies that it is moving people by force and says the job transfers are designed to raise incomes.",
    "In 2019 the county built 40 roads, saying nothing of the bridges.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [
    ["A United Nations expert", "its achievements in"],
    ["government", "it is moving"],
    ["government", "the job transfers"],
  ]);
});

test("plural subjects 'say', 'claim', 'argue'; 'Journalist:' is a speaking role; a request or an adverb is no speaker", () => {
  const { x, doc } = extractFrom(article(
    "Uyghur activists say the programmes are part of a campaign against their language.",
    "Please say which outlet you are from.",
    "Critics only say the line is too low.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [["Uyghur activists", "the programmes are"], ["Critics", "the line is"]]);
  assert.deepEqual(turnHeader("Journalist: After the boycott began, what is your comment?", () => false)?.form, "inline");
});

test("'X produces 20%, but according to a new report by Y there is evidence ...': the report governs only its own clause", () => {
  const { x } = extractFrom(article(
    "The region produces more than 20% of the world's cotton, but according to a new report released on Tuesday by the Valley Policy Center there is evidence that 570,000 people were moved.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["20", null], ["570,000", "Valley Policy Center"]]);
});

test("a figure inside the source is not the source's ('according to over a hundred state media reports'); 'a press conference held Tuesday by X' is X's", () => {
  const { x } = extractFrom([
    "Quotas set for labour transfer",
    "By Jane Roe | Valley Wire",
    "Beijing has set quotas for the transfer of rural labourers, according to over a hundred state media reports.",
    "Some 31 counties left the list, according to a press conference held Tuesday by the provincial information office.",
  ].join("\n\n") + "\n");
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["a hundred", "Valley Wire"], ["31", "provincial information office"]]);
});

test("'Speaking of his new life, X said ...' quotes what follows the verb; a dateline with a credit and a colon is not what was said", () => {
  const { x, doc } = extractFrom(article(
    "Speaking of his new life, Ye Ming said the flat has running water and heating.",
    "KUNMING, (Valley Wire - 17th Feb, 2020 ) :About 1.2 million people left poverty last year, the local government said Monday.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [
    ["Ye Ming", "the flat has"],
    ["local government", "About 1.2 million"],
  ]);
});

test("a role in lower case after the verb ('said researcher X', 'said local officials'); a quoted phrase inside a paraphrase; a finishing phrase after the quotation", () => {
  const { x, doc } = extractFrom(article(
    "Road building has doubled the income of 40 hamlets, said local officials.",
    "The scheme has already trained 5,000 herders this spring, said researcher Tom Hale, an expert on rural labour.",
    "The valley farms ignored costs under the banner of so-called \"green growth,\" said Rosa Lind, head of the river institute.",
    "\u201cThis is the sharpest change to herding life we have seen since the collectivisation\u201d of the 1950s, said Tom Hale.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, doc.text.slice(q.start, q.end)]), [
    ["reported_speech", "local officials", "Road building has doubled the income of 40 hamlets"],
    ["reported_speech", "Tom Hale", "The scheme has already trained 5,000 herders this spring"],
    // The span keeps the closing mark, so its quotation marks pair.
    ["reported_speech", "Rosa Lind", "The valley farms ignored costs under the banner of so-called \"green growth,\""],
    ["quotation", "Tom Hale", "This is the sharpest change to herding life we have seen since the collectivisation"],
  ]);
  const roles = extractFrom(article("Prices of yak butter rose by a third, said economist Ada Moss.")).x.entities.people.map((p) => [p.name, p.role]);
  assert.deepEqual(roles, [["Ada Moss", "economist"]]);
});

test("'as X announced that ...' and 'X indicated that ...' report X's words; 'indicated' without 'that' reports nothing", () => {
  const { x, doc } = extractFrom(article(
    "The list is now empty, as Hill province announced on Monday that its last nine counties had left poverty, ending the campaign.",
    "In her opening remarks, Mei Lan indicated that the county had built 300 homes.",
    "The survey indicated growth of 5 percent.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [
    ["Hill province", "its last nine counties had left poverty, ending the campaign"],
    ["Mei Lan", "the county had built 300 homes"],
  ]);
});

test("a quotation with no reporting clause after reported speech goes on its speaker; one the page's end cuts short is still a quotation", () => {
  const { x, doc } = extractFrom(article(
    "Most of the new jobs are in road building and cleaning, far from home, Hale said.",
    "\u201cThe aim of the plan is to raise the cash incomes of herders by moving them into wage work in",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 4).join(" ")]), [
    ["reported_speech", "Hale", "Most of the new"],
    ["quotation", "Hale", "The aim of the"],
  ]);
});

test("who a speaker is: a named person's role, a surname several people share, a lede's unnamed official the next lines name, a closing mark set on the wrong side", () => {
  assert.deepEqual(speakersIn(
    "The county moved 3,000 families last year, an official said on Friday.",
    "Most of them now work in the new factories, Kai Rendell, a spokesman for the county government, told reporters.",
    "Nur Bekov, Chairman of the Hill Region, spoke at the session.",
    "There were 30,000 transfers of rural workers in 2022, said Chairman of the Hill Region.",
    "Reporters Ma Lan and Ma Jun visited Ma Tiefu, a herder, at home.",
    "\u201cThe pipes and the roads are new,\u201d Ma said.",
    "\u201cLife was very hard in the past. My two children had little schooling and grazed the sheep, \u201drecalls Tsering Dorje.",
    "\"For us, the walnuts are everything,\" said Mr Rendell when the paper visited him at home.",
  ), ["Kai Rendell", "Kai Rendell", "Nur Bekov", "Ma Tiefu", "Tsering Dorje", "Kai Rendell"]);
});

test("an unnamed official who asks not to be named, or is described at length, stays unnamed", () => {
  assert.deepEqual(speakersIn(
    "The county moved 3,000 families, an official from the county's publicity office, who requested anonymity, told the paper.",
    "Kai Rendell, a spokesman for the county, said the move of the families was voluntary.",
  ), ["an official from the county's publicity office", "Kai Rendell"]);
});

test("a speech set out as a page: its salutation or a handover line opens one turn to the end, in the words of the byline's, the handover's or the title's person", () => {
  const remarks = extractFrom([
    "Opening Remarks by Ambassador Tova Lind at the Valley Forum",
    "Honorable Vice Governor Ma Lan,",
    "Distinguished guests,",
    "Ladies and Gentlemen,",
    "Welcome to today's event.",
    "In the past eight years, 98 million rural residents in the valley left poverty.",
  ].join("\n\n") + "\n");
  assert.deepEqual(remarks.x.quotes.map((q) => [q.form, q.speaker, remarks.doc.text.slice(q.start, q.start + 30)]), [["transcript_turn", "Tova Lind", "Honorable Vice Governor Ma Lan"]]);
  assert.deepEqual(remarks.x.claims.map((c) => [c.valueText, c.attributedTo]), [["eight", "Tova Lind"], ["98 million", "Tova Lind"]]);
  const handover = extractFrom([
    "Ambassador Tova Lind Speaks on the Valley's Roads",
    "On 7 April, Ambassador Tova Lind spoke at the opening of a photo exhibition on rural roads. Ambassador Lind said:",
    "Roads are the first step out of poverty. In ten years the valley built 4,000 kilometres of them.",
  ].join("\n\n") + "\n");
  assert.deepEqual(handover.x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Tova Lind"]]);
  assert.deepEqual(handover.x.claims.map((c) => [c.valueText, c.attributedTo]), [["ten", "Tova Lind"], ["4,000", "Tova Lind"]]);
  // A news story's "he said:" further down opens no speech.
  const story = extractFrom(article("The county built 40 roads this year.", "Officials met in May.", "Residents are pleased.", "Most villages now have a bus.", "The plan has more steps.", "The next is water.", "Li Wei, the county head, said:", "Water will reach 300 homes next year."));
  assert.equal(story.x.quotes.some((q) => q.form === "transcript_turn"), false);
});

test("a title or an outlet's reporter before the colon opens a turn ('Minister of ... Ma Lan:', 'Valley TV reporter of ...:'); a subtitle after a colon does not", () => {
  const { x, doc } = extractFrom([
    "On May 22, ministers were interviewed by video after the opening meeting.",
    "Valley TV reporter of the Central Radio Station: Cultivating industries takes time. How will you keep them growing? Thank you.",
    "Minister of Agriculture and Rural Affairs Ma Lan: Thank you for your question. The 832 poor counties have built their own industries.",
    "Ma Lan: It can be said that industry is now the most widespread measure.",
    "Coercive Labor in the Valley: Labor Transfer and the Mobilization of Herders to Pick Cotton",
  ].join("\n\n") + "\n");
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, doc.text.slice(q.start, q.start + 20)]), [
    ["transcript_turn", "Valley TV reporter of the Central Radio Station", "Cultivating industri"],
    ["transcript_turn", "Ma Lan", "Thank you for your q"],
    ["transcript_turn", "Ma Lan", "It can be said that "],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["832", "Ma Lan"]]);
});

test("a report inside a trailing report is the quote ('X said ..., Xinhua reported'); data inside one speaks for the report; a scare quote before a verb quotes no one", () => {
  const { x, doc } = extractFrom(article(
    "Chen Lan, an inspector from the valley's poverty office, said the lifting of the 10 counties means all 32 counties have left poverty, Valley Wire reported.",
    "Data shows that 461,000 residents were moved in the first quarter, the Valley Daily reported on Thursday.",
    "Western \"researchers\" again 🙄 Valley Wire reported that 1.35 million workers found jobs.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [
    ["Chen Lan", "the lifting of the 10 counties means all 32 counties have left poverty"],
    ["Valley Daily", "Data shows that 461,000 residents were moved in the first quarter"],
    ["Valley Wire", "1.35 million workers found jobs"],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["10", "Chen Lan"], ["32", "Chen Lan"], ["461,000", "Valley Daily"], ["1.35 million", "Valley Wire"]]);
});

test("'the UN expert' points back at the expert named before; a long apposition after the name that opens the sentence; 'reported X' after a quotation", () => {
  assert.deepEqual(speakersIn(
    "Tom Hale, the UN Special Rapporteur on extreme poverty, visited the valley for nine days.",
    "\"The valley has much to be proud of,\" the UN expert said.",
    "Gao Lin, a deputy to the provincial congress and head of the finance bureau of Hill county, Tongren - where 700 residents moved in 2018 - said, \"Relocation is a major step for the mountain villages.\"",
    "Tursun Aka, a herder, moved in June.",
    "\u201cLife in the big mountains was very hard in winter,\u201d reported Aka.",
  ), ["Tom Hale", "Gao Lin", "Tursun Aka"]);
});

test("'..., shows a group of officials' names no speaker after the verb; a scene-setting phrase before a quotation is not what was said", () => {
  const { x } = extractFrom(article(
    "The video report, broadcast by the valley channel, shows a group of officials in the centre of the village, sitting under a red banner.",
    "Speaking of his new life, Ye said \"Life is easy.\"",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["quotation", "Ye"]]);
});

test("no speaker: a clause, a question word, a denial, a passive or an adjective before the verb; 'showed' and 'revealed' report only with 'that'", () => {
  const { x, doc } = extractFrom(article(
    "When the power failed, she ran between houses to change light bulbs for her neighbours, said nothing of it, and went home.",
    "What it is, said plainly, is a programme to move farmers into factories.",
    "Kai Rendell hasn't said how many families moved, nor when.",
    "The programme is said to rest on \"government guidance and voluntary participation.\"",
    "Despite its stated \"voluntary\" nature, every family signed.",
    "He showed the visitors three photos of his old home.",
    "A county employee revealed to the Valley Post that in March, over 2,000 households moved.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [
    ["A county employee", "in March, over 2,000 households moved"],
  ]);
});

test("a page titled as someone's remarks is their turn; a rate is no source; 'the rate has maintained' reports nothing", () => {
  const { x } = extractFrom([
    "Remarks by Spokesperson of the Valley Embassy on the Minister's Statement",
    "The valley's population grew from 21.8 million to 25.9 million between 2010 and 2018.",
  ].join("\n\n") + "\n");
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Spokesperson of the Valley Embassy"]]);
  assert.deepEqual(x.claims.map((c) => c.attributedTo), ["Spokesperson of the Valley Embassy", "Spokesperson of the Valley Embassy"]);
  const rate = extractFrom(article("Since 2015 the relative poverty rate across the country has maintained relatively stable; the overall rate in 2018 was 12.6%."));
  assert.deepEqual(rate.x.quotes, []);
  assert.deepEqual(rate.x.claims.map((c) => c.attributedTo), [null]);
});

test("a question and its answer make a transcript however few the turns: the answer runs on over the paragraphs after it", () => {
  const { x } = extractFrom([
    "On October 23, spokesperson Zhao Ming hosted a regular press conference. Part of it follows.",
    "Question: Some think tanks have raised the issue of labour transfer again. What is your comment?",
    "A: I have taken note of the report you mentioned.",
    "The regional labour department surveyed 1,509 workers in four prefectures; 85% wanted jobs near home.",
  ].join("\n\n") + "\n");
  // (The questioner the page never names is still a journalist.)
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["reporter", "Zhao Ming"]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["1,509", "Zhao Ming"], ["four", "Zhao Ming"], ["85", "Zhao Ming"]]);
});

test("'contend', 'note', 'point out' report; a named subject after a comma and a conjunction; a closing curly mark with spaces on both sides; an aside in brackets names no one", () => {
  const { x, doc } = extractFrom(article(
    "Critics contend however that the valley's poverty line is too low.",
    "They also note that in many parts of the valley prices have doubled.",
    "The new flats were likely subsidised, according to the Valley Post, and the Hill Daily reports each family must pay 2,500 yuan for the move.",
    "Wu Qiang said many families remain poor even though the valley government says that they have left poverty.",
    "\u201cIt seems to be a game of figures, \u201d Li Ping told the Valley Post.",
    "(I can honestly say it is one of the most eye-opening books I have read.)",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 4).join(" ")]), [
    ["Critics", "the valley's poverty line"],
    ["Critics", "in many parts of"],
    ["Valley Post", "The new flats were"],
    ["Hill Daily", "each family must pay"],
    ["Wu Qiang", "many families remain poor"],
    ["valley government", "they have left poverty"],
    ["Li Ping", "It seems to be"],
  ]);
});

test("'they' after a group that spoke goes on the group; an opening curly mark run on after a stop still opens", () => {
  const { x } = extractFrom(article(
    "The Valley Party declared victory over poverty. Critics contend however that the valley's poverty line is too low.",
    "They also note that in many parts of the valley prices have doubled since 2015.",
    "At the end of 2017, 2.8 million people in the valley were poor.\u201cMost of the poor live in the mountains, \u201d Wu Qiang, deputy governor, said, adding that the area is eroded.",
  ));
  // (What Wu Qiang said, then what he added: "adding that the area is eroded".)
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Critics", "Critics", "Wu Qiang", "Wu Qiang"]);
  assert.equal(x.quotes.at(-1)!.form, "reported_speech");
});

test("two people taking turns ('Jordan: ...' then 'Scott: ...') make a transcript when one of them is named in the text", () => {
  const { x } = extractFrom([
    "Scott Hale, a Stanford professor, came on the show to discuss his new book on rural schooling.",
    "Jordan: The valley trails nearly every middle-income place in schooling. Why?",
    "Scott: That's a big question.",
    "Only 30% of the labour force has been to high school, and that is the heart of it.",
  ].join("\n\n") + "\n");
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Jordan", "Scott Hale"]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["30", "Scott Hale"]]);
});

test("'according to the Chairman of the Region, Qiangba Puncog,' is the named person; 'But a new report from C4ADS, a nonprofit ..., says' is C4ADS; 'including ...' is no speaker", () => {
  const { x, doc } = extractFrom(article(
    "According to the Chairman of the Hill Region, Nima Dorje, the region's economy has grown 12% a year since 2000.",
    "But a new report from VALCO, a nonprofit data group based in the capital, says those goods could be made by 3,000 forced workers.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["12", "Nima Dorje"], ["3,000", "VALCO"]]);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [
    ["Nima Dorje", "the region's economy"],
    ["VALCO", "those goods could"],
  ]);
});

test("'The full text is as follows:' hands the page to the article's writer; 'Briefing by Ambassador X on ...' is X's", () => {
  const article1 = extractFrom([
    "Consul General Li Ming Publishes Signed Article in Valley Herald",
    "On March 16, Consul General Li Ming published a signed article in Valley Herald. The English translation of the full text is as follows:",
    "Hill village, once the poorest in the valley, had 120 households living on less than $600 a year.",
  ].join("\n\n") + "\n");
  assert.deepEqual(article1.x.claims.map((c) => [c.valueText, c.attributedTo]), [["120", "Li Ming"], ["$600", "Li Ming"]]);
  const briefing = extractFrom(["Briefing by Ambassador Tova Lind on the Valley's Poverty Reduction", "The valley lifted 98.99 million rural poor out of poverty."].join("\n\n") + "\n");
  assert.deepEqual(briefing.x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Tova Lind"]]);
});

test("a sentence in quotation marks going on from a quotation in its paragraph, after a reporting clause that ends its own sentence, is a quotation of its own by the same speaker; one the clause runs on into ('..., 52, \"but ...') is more of that quotation; an age closing the clause is an age, and not the speaker's", () => {
  const { x, doc } = extractFrom(article("\"We used to walk four hours to the market,\" said herder Dorje Tsering, 52. \"Now the bus takes forty minutes.\""));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [
    ["Dorje Tsering", "We used to walk four hours to the market"],
    ["Dorje Tsering", "Now the bus takes forty minutes."],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.unit, c.attributedTo]), [["four", "hour", "Dorje Tsering"], ["52", "year_of_age", null], ["forty", "count", "Dorje Tsering"]]);
  // One quotation told in two parts, from its first words to its last.
  const split = extractFrom(article("\"We used to walk four hours to the market,\" said herder Dorje Tsering, 52, \"but now the bus takes forty minutes.\""));
  assert.deepEqual(split.x.quotes.map((q) => [q.speaker, split.doc.text.slice(q.start, q.end)]), [
    ["Dorje Tsering", "We used to walk four hours to the market,\" said herder Dorje Tsering, 52, \"but now the bus takes forty minutes."],
  ]);
  // (A figure in the words between the parts is the page's, not the speaker's.)
  const between = extractFrom("Valley news\n\nBy Ann Lee | Valley Daily\n\n\"We earn 2,000 yuan more now,\" said Li Na, who moved with 300 families in 2019. \"Life is better.\"\n").x;
  assert.deepEqual(between.claims.map((c) => [c.value, c.attributedTo]), [[2000, "Li Na"], [300, "Valley Daily"]]);
});

test("what was said after the verb: 'that' only straight after it, after a circumstance or after whom they told; a clause in the past; 'introduced that'; an apposition's relative clause may hold a verb", () => {
  const { x, doc } = extractFrom(article(
    "The provincial government said the aid programs that have helped such areas will remain in place.",
    "A factory manager told me last week that his plant took 300 workers.",
    "The county office told new teachers that 28% of households were poor.",
    "In all cases, the reports say these villagers eventually gave their consent to move.",
    "Wang Hong introduced that by the end of 2020 the valley had met its target.",
    "Hill province and the Valley region, two border areas that are home to many groups, announced Saturday that they no longer have any poor counties.",
    "Patigul Tohti, 47, who has picked cotton for nine seasons, said she made under 8,000 yuan last year.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 4).join(" ")]), [
    ["provincial government", "the aid programs that"],
    ["A factory manager", "his plant took 300"],
    ["county office", "28% of households were"],
    ["reports", "these villagers eventually gave"],
    ["Wang Hong", "by the end of"],
    ["Hill province and the Valley region, two border areas that are home to many groups", "they no longer have"],
    ["Patigul Tohti", "she made under 8,000"],
  ]);
});

test("a short quotation set by a verb of naming or declaring is its subject's words; 'so-called' and the passive name no one", () => {
  const { x, doc } = extractFrom(article(
    "In February, valley governor Ma Lan declared a \"complete victory\" in the fight against poverty.",
    "UN envoy Tom Hale praised the campaign, calling it \"the most important contribution\" to the cause.",
    "The valley is so dry that the United Nations classified it as \"one of the least suitable areas\" in 1972.",
    "The so-called \"forced labor\" issue is disputed. It was called \"a great lie\" by the paper.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [
    ["Ma Lan", "complete victory"],
    ["Tom Hale", "the most important contribution"],
    ["United Nations", "one of the least suitable areas"],
  ]);
});

test("'according to the publication', 'the newspaper said' point back at the outlet named before", () => {
  const { x, doc } = extractFrom(article(
    "The island will spend 1.5 billion yuan on poverty relief, the Valley Daily reported.",
    "According to the publication, the authorities intend to set up a special fund for 300 farms.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [
    ["Valley Daily", "The island will"],
    ["Valley Daily", "the authorities intend"],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["1.5 billion", "Valley Daily"], ["300", "Valley Daily"]]);
});

test("'questioned whether ...' reports a question; 'claimed to ...' what was claimed; 'questioned the figures' reports nothing", () => {
  const { x, doc } = extractFrom(article(
    "Leo Lan from a rights group questioned whether the county had counted the costs of the 3,000 relocated families.",
    "The report claimed to successfully delist 19 areas in the region.",
    "Critics questioned the figures of the survey.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [
    ["Leo Lan", "whether the county"],
    ["report", "to successfully delist"],
  ]);
});

test("'He informed that ...' reports what follows", () => {
  const { x, doc } = extractFrom(article("Zhao Ming, a spokesman, spoke on Monday. He informed that from 2014 to 2019 the valley's GDP grew 7.2% a year."));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 4).join(" ")]), [["Zhao Ming", "from 2014 to 2019"]]);
});

test("a quotation opening a sentence after others closed, and left open at the paragraph's end, goes on into the next paragraph", () => {
  const text = article(
    "Wen Anmei, a villager, said her family now has a much better life.",
    "\u201cThe school is near home,\u201d she said. \u201cI got a job in town with a monthly salary of 3,800 yuan, which would have been hard to imagine.",
    "\u201cEven my parents got jobs.\u201d",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[3800, "Wen Anmei"]]);
  assert.ok(x.quotes.some((q) => q.speaker === "Wen Anmei" && text.slice(q.start, q.end).includes("3,800 yuan")));
  // (A stray mark inside a sentence opens nothing.)
  assert.deepEqual(quotationSpans('He said "fine" and left. Prices rose 3 "percent.').length, 1);
});

test("'the 52-year-old said' is the person named before, not the age", () => {
  const text = article("Ma Xiuying remembers when her family earned little from a patch of wheat.", "\"We ate what we grew and sold nothing,\" the 52-year-old said, standing among the trees.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, q.speakerText]), [["Ma Xiuying", "the 52-year-old"]]);
});

test("a spokesperson's press-conference page: the name before a possessive ('Spokesperson Geng Shuang's Regular Press Conference'), no body named through it, the headline's day as the date, and an unnamed questioner as a reporter", () => {
  const text = [
    "Home > Foreign Ministry Spokesperson's Remarks",
    "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on September 24, 2019",
    "Q: According to reports, on September 22, an official of the Valley Department said that 40 camps had closed. What is your comment?",
    "A: The remarks are groundless. By 2020, 1.4 million rural residents will be out of poverty.",
  ].join("\n\n") + "\n";
  const { x, doc } = extractFrom(text);
  assert.equal(doc.metadata.publishedDate, "2019-09-24");
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Geng Shuang", "spokesperson"]]);
  assert.deepEqual(x.entities.organisations.map((o) => o.name), ["Foreign Ministry", "Valley Department"]);
  // ("According to reports, ..." reports nothing itself: the official of the department does.)
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "reporter"], ["reported_speech", "an official of the Valley Department"], ["transcript_turn", "Geng Shuang"]]);
});

test("'..., said Thursday.' says when: the speaker is the name before the verb", () => {
  const text = article("The programme has given houses to more than 200,000 herders, Zhang Huan, head of the department, said Thursday.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[200000, "Zhang Huan"]]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Zhang Huan"]);
});

test("a kicker in capitals glued to the text ('POVERTY FIGHT:Seeking ...') is no speaker; 'Also Read | ...' is another story's link", () => {
  const { x, doc } = extractFrom(article("POVERTY FIGHT:Seeking to raise incomes The Valley Bank has approved US$80 million for rural areas.", "Also Read | Valley Shocker: 32-Year-Old Woman Attacked in Forest Area; 2 Held.", "The credit has a 10-year grace period."));
  assert.deepEqual(x.quotes, []);
  assert.deepEqual(x.claims.map((c) => c.valueText), ["US$80 million", "10"]);
  assert.deepEqual(doc.removals.map((r) => r.rule), ["link-list"]);
});

test("a quotation left open at its paragraph's end runs on into the next, whose reporting clause names the speaker of both; a long apposition names its person and no title word is one", () => {
  const text = article(
    "\"Losing our jobs, we started walking home. But police drove us back from the border.",
    "\"We were determined to reach home, so we walked through a forest,\" Kumar, who is now in quarantine, said.",
    "\u201cThe Bank is pleased to work with the Government,\u201d Hardwick Tchale, Valley Bank Senior Agricultural Economist and the Project Task Team Leader, said in a statement.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.start + 12)]), [["Kumar", "Losing our j"], ["Hardwick Tchale", "The Bank is "]]);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Hardwick Tchale"]);
});

test("the speaker's own words quoted inside a paraphrase are their quotation too", () => {
  const text = article(
    "Economist Jeffrey Sachs thinks billionaires alone could \"save the valley from its hunger\" by giving 5 percent of their income.",
    "Li Wei said the county applied the policy of \"two assurances and three guarantees\" to every family in the valley over the last year.",
    "Zhou said the so-called \"surplus rural labourers of the valley\" had found jobs in the towns and cities of the province.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.filter((q) => q.form === "quotation" && q.speaker === "Jeffrey Sachs").map((q) => text.slice(q.start, q.end)), ["save the valley from its hunger"]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "reported_speech").map((q) => q.speaker), ["Jeffrey Sachs", "Li Wei", "Zhou"]);
});

test("a transcript's labels in capitals with an honorific or title ('MR. MILLS:', 'PRESIDENT KIM:') are speakers; quotations in guillemets are quotations", () => {
  const text = ["Opening Press Conference", "", "Valley Bank Group President Jim Yong Kim Washington, DC", "", "MR. MILLS:  Thank you all for coming to our press conference.", "", "PRESIDENT KIM:  Good morning, everyone. We set a target of 9 percent by 2020.", ""].join("\n");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Mills"], ["transcript_turn", "Jim Yong Kim"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[9, "Jim Yong Kim"]]);
  const guillemets = article("A deputy Ainuru Altybaeva noted that 40.5 percent of the poor live in one region.", "«That is, the people do not live better. The number of poor people has not decreased,» Ainuru Altybaeva summed up.");
  assert.deepEqual(extractFrom(guillemets).x.quotes.map((q) => [q.form, q.speaker, guillemets.slice(q.start, q.start + 8)]), [["reported_speech", "Ainuru Altybaeva", "40.5 per"], ["quotation", "Ainuru Altybaeva", "That is,"]]);
});

test("'Name, an official of X, who presented the report, noted' names Name, whom a later 'he' stands for; 'Touching on ..., he said' sets the scene", () => {
  const text = article("Anthony Kakrah, an official of the statistics service, who presented the report, noted that 2.2 million people were extremely poor.", "Touching on the extremely poor people, he said they spend 2.17 cedis a day.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Anthony Kakrah", "Anthony Kakrah"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[2200000, "Anthony Kakrah"], [2.17, "Anthony Kakrah"]]);
});

test("'He expected that ...', 'X projects that ...', 'He said the regions contribute ...' report; 'said “...' cut off by the page's end is a quotation; 'Statistics Indonesia head X revealed' is no data", () => {
  const t = article(
    "Statistics Valley (BPS) head Amalia Widyasanti revealed in a press conference on Thursday that the population in poverty has decreased by about half a million people.",
    "He expected that the programme may continue for 2023.",
    "He said the three northern regions contribute more than a third to the national poverty rate.",
    "Rebecca Gowland, the group's head of policy, said \u201cDuring one of the most desperate times in living memory, when millions of people in the region are str",
  );
  const { x } = extractFrom(t);
  assert.deepEqual(x.quotes.map((q) => [q.form, t.slice(q.start, q.start + 14)]), [["reported_speech", "the population"], ["reported_speech", "the programme "], ["reported_speech", "the three nort"], ["quotation", "During one of "]]);
});

test("'X has required that ...' reports what X required; 'The job required 40 workers' reports nothing", () => {
  const a = extractFrom(article("General Secretary Xi Jinping has required that 1,113 villages in these 52 counties should be put under supervision.")).x;
  assert.deepEqual(a.quotes.map((q) => q.speaker), ["Xi Jinping"]);
  assert.deepEqual(extractFrom(article("The job required 40 workers.")).x.quotes, []);
});

test("'Let us take a look at what they said' is a clause about speech: no speaker, and the figures before it stay the page's", () => {
  const text = "Open day at the hall\n\nValley Daily\n\nThe open day drew over 230 journalists from 167 outlets, etc. Let us take a look at what they said.\n\nLi Wei, an official, said that 537,000 people left poverty in 2018.\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Li Wei"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[230, "Valley Daily"], [167, "Valley Daily"], [537000, "Li Wei"]]);
});

test("'A research by X on the employment intentions of ... showed that ...' is X's, however long what it was about, and so is the 'For example' after it", () => {
  const text = [
    "Briefing on jobs in the valley",
    "Li Wei: A research by the Valley Department of Human Resources and Social Security on the employment intentions of the farmers and herders of the four townships in the southern part of the valley showed that most want to work away. For example, Upper Village has a workforce of 1,509, of which 1,288 are willing to go out for work.",
  ].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.filter((c) => c.value > 1000).map((c) => [c.value, c.attributedTo]), [[1509, "Valley Department of Human Resources and Social Security"], [1288, "Valley Department of Human Resources and Social Security"]]);
});

test("speech in single marks: '‘... we are happy,’ said Li Wei' is Li Wei's, the closing mark no part of the speaker", () => {
  const { x } = extractFrom("Moving down\n\nValley Daily\n\n‘Two families moved here last year and we are happy,’ said Li Wei, a villager.\n");
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Li Wei"]);
});

test("'Executive Summary:' heads a report's summary, no speaker's turn; 'This paper argues that' is its writers' own voice", () => {
  const brief = "Labour Transfers in the Valley\n\nPublication: Valley Brief Volume: 24 Issue: 5\n\nExecutive Summary:\n\nTransfers in 2023 reached 38 percent of the rural workforce.\n";
  assert.deepEqual(extractFrom(brief).x.claims.map((c) => [c.value, c.attributedTo]), [[38, "Valley Brief"]]);
  const paper = "Labour transfer in the valley\n\nAuthors: Maria Lopez, Kenji Sato\n\nAbstract\n\nThis paper argues that 1.2 million workers were moved between 2016 and 2020.\n";
  assert.deepEqual(extractFrom(paper).x.claims.map((c) => [c.value, c.attributedTo]), [[1200000, "Maria Lopez and Kenji Sato"]]);
});

test("'..., said regional authorities at the ongoing session of the region's congress Monday': where and when they said it is no part of who spoke", () => {
  const { x } = extractFrom("Valley lifts more out of poverty\n\nValley Daily\n\nThe region lifted 537,000 people out of poverty last year, said regional authorities at the ongoing session of the People's Congress of the region Monday.\n");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[537000, "regional authorities"]]);
  // Before the verb too; and a place of work is part of who spoke ("officials at the county bureau").
  const before = extractFrom("Valley lifts more\n\nValley Daily\n\nThe region lifted 537,000 people out of poverty, regional authorities at the ongoing session of the region's congress announced yesterday. The county moved 300 families, said officials at the county bureau.\n").x;
  assert.deepEqual(before.claims.map((c) => [c.value, c.attributedTo]), [[537000, "regional authorities"], [300, "officials at the county bureau"]]);
});

test("a quotation going on from the words a report just gave ('Xinhua reported that 229 firms has \"resumed production ...\"') is the report's", () => {
  const { x } = extractFrom("Firms resume work\n\nValley Times\n\nState media Xinhua news agency reported on Wednesday that 229 enterprises in the prefecture has “resumed production in an orderly manner and more than 30,000 laborers have returned to work.”\n");
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["reported_speech", "Xinhua"], ["quotation", "Xinhua"]]);
});

test("'according to a recent UN report' credits the UN, the maker named before its document after an article", () => {
  const { x } = extractFrom("Poverty persists\n\nValley Times\n\nIn 2016 at least 5.7% of its rural population still lived in poverty, according to a recent UN report.\n");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[5.7, "UN"]]);
});

test("a surname in capitals alone as a turn's label ('FENG:') is the person the page named with it ('our reporter Feng Xin'), and the turn's figures are theirs", () => {
  const text = "Life in the valley\n\nFor more, let's bring in our reporter Feng Xin. Feng Xin, you went there three times. What has changed?\n\nFENG: People live longer. The region received 20 million tourists last year.\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Feng Xin"]);
  assert.deepEqual(x.claims.filter((c) => c.value > 1000).map((c) => [c.value, c.attributedTo]), [[20000000, "Feng Xin"]]);
});

test("a numbered question ('Q1: ...') answered by a reporter under her given name ('Yawen: ...') makes a transcript: her turn runs on over the paragraphs after it", () => {
  const text = "Delegates share poverty reduction experience\n\nThe rural poor population fell sharply over the decade.\n\nTo discuss more on this, our reporter Li Yawen joined us from the valley.\n\nQ1: You have visited a number of villages. How are their lives now?\n\nYawen: Yes, there are many ways I have seen. Today I am going to share one.\n\nIn the past, this couple only made a few thousand yuan every year; today their income is more than thirty thousand yuan.\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributionKind, c.attributedTo]), [[1000, "transcript_turn", "Li Yawen"], [30000, "transcript_turn", "Li Yawen"]]);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speakerText]), [["transcript_turn", "Q1"], ["transcript_turn", "Yawen"]]);
});

test("speech inside a sentence whose subject is 'he' or 'she' ('He is confident of ... \"if peace and stability in the county can be assured.\"') is that person's; a short term in marks after 'She works in' is no quotation", () => {
  const { x } = extractFrom(article("It is the job of Li Wei, secretary of the county committee, to raise incomes. After 31 years in the county, he became its Party chief. He is confident of lifting the remaining 150,000 people out of poverty \"if peace and stability in the county can be assured.\""));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, q.speakerText]), [["Li Wei", "He"]]);
  assert.deepEqual(extractFrom(article("She works in a \"poverty alleviation workshop\" near the village.")).x.quotes, []);
});

test("'It said' or 'He noted' with no person or body named before it stands for whom the clause before it in the paragraph named; never for 'I' inside a quotation", () => {
  const { x } = extractFrom(article("Between 2017 and 2019, the Valley Policy Lab estimates that more than 8,000 workers were moved. It said some were sent from camps. It added that 40 firms were involved."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Valley Policy Lab", "Valley Policy Lab", "Valley Policy Lab"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[8000, "Valley Policy Lab"], [40, "Valley Policy Lab"]]);
  // ('"I ... ," said Okonkwo. He noted ...': the name after the quotation, not the "I" inside it.)
  const named = extractFrom(article("“I insisted on seeing real change,” said Okonkwo. He noted that 832 counties had been removed from the list.")).x;
  assert.deepEqual(named.quotes.map((q) => q.speaker), ["Okonkwo", "Okonkwo"]);
  // (Two paragraphs up is too far for a pronoun to point.)
  const apart = extractFrom(article("The Valley Policy Lab estimates that 8,000 workers were moved.", "Villagers were unhappy.", "It said 40 firms were involved.")).x;
  assert.deepEqual(apart.claims.map((c) => [c.value, c.attributedTo]), [[8000, "Valley Policy Lab"], [40, "It"]]);
});

test("in a question that opens by addressing someone ('Ms. Su, ... Moreover, in 2016, you said that ...'), 'you' is whom it addressed; without that, 'you' names no one it could stand for", () => {
  const text = "Speakers:\nMr. Liu Wei, director of the Valley Poverty Office\nMs. Su Lan, spokesperson of the office\n\nValley Business News:\n\nMr. Liu, just now you said that 300 villages had left the list. Ms. Su, what is the reason?\n\nMs. Su, during the Poverty Relief Day in 2016, you said that a phenomenon of \"undue haste\" had spread to some areas.\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.filter((q) => q.form === "reported_speech").map((q) => q.speaker), ["Liu Wei", "Su Lan"]);
  const bare = extractFrom(article("Li Wei runs the office. In 2016, you said that a phenomenon of haste had spread.")).x;
  assert.deepEqual(bare.quotes.map((q) => q.speaker), ["you"]);
});

test("'When Li Wei, a then 54-year-old official, first told his wife that ...' is Li Wei's report, the adverb before the verb no speaker", () => {
  assert.deepEqual(speakersIn("When Li Wei, a then 54-year-old official, first told his wife last year that he had volunteered to work in a village of 300 households, she laughed."), ["Li Wei"]);
});

test("'the Party announced, with little fanfare, that ...' reports what follows 'that', the aside between commas no part of it", () => {
  const { doc, x } = extractFrom(article("In November 2020, the Valley Party announced, with little fanfare, that the county no longer had anyone in extreme poverty, down from 99,000 people."));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [["Valley Party", "the county no longer had anyone in extreme poverty, down from 99,000 people"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[99000, "Valley Party"]]);
});

test("'..., it says.' closing a paragraph after one whose figures 'the white paper' gave is the white paper, not a body named inside what it said; with no report before, 'it' is the body named last", () => {
  const text = "Incomes in the valley increase steadily: white paper\n\nThe rural income in the valley rose from 8,724 yuan to 13,100 yuan, says the white paper titled \"Employment in the Valley.\"\n\nFrom 2018 to 2019, 155,000 people from four farms of the Valley Production and Construction Corps found jobs outside their hometowns, it says.\n";
  assert.deepEqual(extractFrom(text).x.claims.filter((c) => c.value === 155000).map((c) => c.attributedTo), ["white paper"]);
  const plain = extractFrom(article("The Valley Poverty Office runs the scheme. It said 40 firms were involved.")).x;
  assert.deepEqual(plain.claims.map((c) => [c.value, c.attributedTo]), [[40, "Valley Poverty Office"]]);
});

test("'China's claims are being challenged' reports nothing; 'On Sept. 24, Wang Yi said at the meeting' gives no scene as what was said; 'X, the deputy director, said the move \"unprecedented\"' is X's, the words in marks no speaker", () => {
  assert.deepEqual(extractFrom(article("The Valley's claims are being challenged primarily on the grounds that it still uses standards set for 3 poorer countries.")).x.quotes, []);
  assert.deepEqual(extractFrom(article("On Sept. 24, Foreign Minister Wang Yi said at the Strategic Development Group meeting.")).x.quotes, []);
  const marked = extractFrom(article("Over five years the government moved over 260,000 people. Li Xinnian, the deputy director of the office, said the move \"unprecedented\" in terms of scale.")).x;
  assert.equal(marked.quotes.some((q) => q.speaker !== null && q.speaker.includes("unprecedented")), false);
});

test("'..., he said.' is never the photographer a caption credited ('[Photo by HOU LIQIANG/VALLEY DAILY]')", () => {
  const text = "Valley builds escape route from poverty\n\nDrolma works on a cattle farm near her new home. [Photo by HOU LIQIANG/VALLEY DAILY]\n\nMoving to a new settlement is voluntary, he said, although 77,000 people moved last year.\n";
  assert.equal(extractFrom(text).x.quotes.some((q) => q.speaker === "Hou Liqiang" || q.speaker === "HOU LIQIANG"), false);
});

test("'..., which officials said showed ...' is a relative clause of its own, no report of the sentence's words", () => {
  const { x } = extractFrom(article("Last year, the valley removed its last 3 counties from the list of poor regions, which officials said showed the campaign had worked."));
  assert.deepEqual(x.quotes, []);
});

test("'In November 2020, Beijing claims, the last ten counties were struck off the list.' reports the clause its reporting words interrupt, scene and all", () => {
  const { doc, x } = extractFrom(article("In November 2020, Beijing claims, the last 10 poor counties of the valley were struck off the national list."));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [["Beijing", "In November 2020, Beijing claims, the last 10 poor counties of the valley were struck off the national list"]]);
});

test("a document's maker said around it: 'X said in a report', 'a report from X', 'The report, released on Monday by X,', an outlet that 'reported'; 'the report said' later is theirs", () => {
  const { x } = extractFrom(article(
    "Herders have been moved into towns, the Lowland Foundation said in a report released Tuesday. More than 20,000 herders went through the scheme, the report said.",
    "According to a report from the Canberra-based Hill Policy Institution, 9,000 weavers were sent to other provinces. The report adds that 40 firms took them.",
    "The report, released on Monday by the River Rights Institute, pointed out that the valley lacks water. About 300 wells ran dry, read the report.",
    "The new homes in Upper Ford remain unfinished, Valley Central Television reported on Friday. Water had not been installed in 120 homes, the report said.",
  ));
  assert.deepEqual(x.quotes.filter((q) => q.speakerText !== null && /report/i.test(q.speakerText)).map((q) => q.speaker), [
    "Lowland Foundation",
    "Hill Policy Institution",
    "River Rights Institute",
    "River Rights Institute",
    "Valley Central Television",
  ]);
});

test("a body said beside its name to be a think tank or a station: 'the think tank', 'the state-run TV station' later are that body", () => {
  assert.deepEqual(speakersIn(
    "At least 5,000 pickers were sent to the fields, according to Washington-based think tank the Center for Valley Studies.",
    "The pickers were watched by police, the think tank said.",
    "Officials falsified 12 progress reports, Valley Central Television reported. No further work had been done, the state-run TV station said.",
  ), ["Center for Valley Studies", "Center for Valley Studies", "Valley Central Television", "Valley Central Television"]);
});

test("a person described by their post before anyone is named ('chairman of the regional government announced', 'a Kenyan scholar said', 'a senior official said') is the person the next lines name", () => {
  const lede = extractFrom(article(
    "The Hill Region has eradicated absolute poverty, chairman of the regional government announced Tuesday.",
    "The region lifted its last 150,000 people out of poverty, said Dorje Namgyal in his work report.",
  )).x;
  assert.deepEqual(lede.quotes.map((q) => q.speaker), ["Dorje Namgyal", "Dorje Namgyal"]);
  const titled = extractFrom(article(
    "The valley is expected to lift 1 million people out of poverty this year, a senior official said Sunday.",
    "\"Over 90 percent of poor counties will leave the list,\" the Director of the Valley Poverty Alleviation Office Ren Daoming said.",
  )).x;
  assert.deepEqual(titled.quotes.map((q) => q.speaker), ["Ren Daoming", "Ren Daoming"]);
  const scholar = extractFrom(article(
    "The valley's fight against poverty is an example for other regions, a Kenyan scholar said on Sunday.",
    "Amos Wekesa, a lecturer at a university in Nairobi, wrote that 40 years of growth made it possible.",
  )).x;
  assert.deepEqual(scholar.quotes.map((q) => q.speaker), ["Amos Wekesa", "Amos Wekesa"]);
  const spokesperson = extractFrom(article(
    "According to the spokesperson for the regional government, the claims contradict the facts.",
    "Tan Weiguo, spokesperson for the Valley Regional Government, said 2,000 workers had signed contracts.",
  )).x;
  assert.deepEqual(spokesperson.quotes.map((q) => q.speaker), ["Tan Weiguo", "Tan Weiguo"]);
});

test("a quotation opened after 'explained that' and left open runs on through paragraphs with no marks to the one whose first mark closes it; a mark no later paragraph closes stays in its paragraph", () => {
  const { doc, x } = extractFrom(article(
    "A spokesperson of the Valley Foreign Office, Ren Daoming, spoke on Wednesday.",
    "He explained that \u201cOver the past 40 years, the valley's output has grown 90 times.",
    "From 2014 to 2019, 2.9 million people were lifted out of poverty.",
    "There is one clinic for every 530 residents in the valley.\u201d",
    "The valley had 12 new schools in 2020, the office said.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[40, "Ren Daoming"], [90, "Ren Daoming"], [2900000, "Ren Daoming"], [530, "Ren Daoming"], [12, "Valley Foreign Office"]]);
  const carried = x.quotes.find((q) => q.form === "quotation")!;
  assert.deepEqual([carried.speaker, doc.text.slice(carried.start, carried.end).endsWith("in the valley.")], ["Ren Daoming", true]);
  const unclosed = extractFrom(article("He explained that \u201cthe valley has 40 new roads.", "The valley had 12 new schools in 2020.")).x;
  // (Its "He" stands for no one the text names or describes, so the figure is credited to no one, not to "He".)
  assert.deepEqual(unclosed.claims.map((c) => [c.value, c.attributedTo]), [[40, null], [12, null]]);
});

test("'..., he added while replying to a question at a briefing' reports the words before it; 'he added' goes on from whoever spoke just before, not the person last named", () => {
  const { doc, x } = extractFrom(article(
    "Ren Daoming, the office's spokesperson, said the valley's door is open. We welcome a visit by the UN rights chief Mara Lind at any time.",
    "The residents of the valley live a safe life, he added while replying to a question at a regular news briefing on Wednesday.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [
    ["Ren Daoming", "the valley's door"],
    ["Ren Daoming", "The residents of"],
  ]);
});

test("'Editor's Note:' alone on its line is a heading, no speaker: the note's figures are the outlet's; 'For Liu, the following years brought ...: ...' names no one with a role", () => {
  const note = extractFrom("The valley's victory offers clues\nValley Times\n\nEditor's Note:\n\nThe valley has lifted 832 counties out of poverty. Four foreign experts shared their views with the Valley Times.\n").x;
  assert.deepEqual(note.quotes, []);
  assert.deepEqual(note.claims.map((c) => [c.value, c.attributedTo]), [[832, "Valley Times"], [4, "Valley Times"]]);
  const phrase = extractFrom(article("For Liu, the following years brought another boost: a new road helping transport produce to market twice as quickly.")).x;
  assert.deepEqual(phrase.quotes, []);
});

test("'..., reported the official Valley news agency Nov 24' is the agency, and 'the report' after it; 'The report cited X as saying ...' is X's; 'given persistent reports that' reports nothing", () => {
  const { doc, x } = extractFrom(article(
    "The remaining 150,000 poor people will be declared free of poverty by the end of this year, reported the official Valley News Agency Nov 24. However, given persistent reports that aid is denied to some, any claim is doubtful.",
    "The report cited the regional poverty alleviation office as saying 18 counties had passed assessments. They are expected to leave the list soon, the report added.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [
    ["Valley News Agency", "The remaining 150,000"],
    ["regional poverty alleviation office", "18 counties had"],
    ["Valley News Agency", "They are expected"],
  ]);
});

test("a quotation's speaker after it may carry an apposition of two parts ('\u201c...,\u201d Ren Daoming, a member of the State Council, or Cabinet, said.'); a note's mark and a phrase a preposition opens are no speaker", () => {
  const { x } = extractFrom(article(
    "\u201cMany poor people live in harsh conditions or fragile environments,\u201d Ren Daoming, a member of the Valley State Council, or Cabinet, said.",
    "A white paper stated that \u201crural labor transfers in the valley averaged 2.82 million a year.\u201d[1] In his more recent address in January 2023, by Dorje Namgyal, the Chairman of the Valley, reported 3.03 million transfers.",
  ));
  const speakers = x.quotes.map((q) => q.speaker);
  assert.equal(speakers[0], "Ren Daoming");
  assert.equal(speakers.some((s) => s !== null && s.startsWith("[1]")), false);
});

test("a quotation's speaker after it: 'according to X, title', 'tweeted scholar X', 'said local poverty-relief cadre X', 'X, a 24-year-old from A, B, C, D, excitedly told reporters'", () => {
  const { x } = extractFrom(article(
    "\u201cBetween 1981 and 2004, the valley went from two-thirds of its people living on less than $1 a day to one in ten,\u201d according to Amos Wekesa, World Bank vice president for the region.",
    "\u201cNow another form of mass relocations in the valley,\u201d tweeted valley scholar Mara Lind.",
    "\u201cThe county got rid of poverty through the efforts of 10,000 cadres. There is no shortcut,\u201d said local poverty-relief cadre Ren Daoming.",
    "\u201cAll the bags I made are sold abroad.\u201d Ma Ping, a 24-year-old from Xiaqiao Village, Perfume Town, Jingyuan County, Guyuan City, Ningxia, excitedly told reporters that she now works at her doorstep.",
  ));
  assert.deepEqual(x.quotes.filter((q) => q.form === "quotation").map((q) => q.speaker), ["Amos Wekesa", "Mara Lind", "Ren Daoming", "Ma Ping"]);
  // ('they are "proud" of reaping without sowing, according to X': X is cited for the whole clause, not for the word in marks.)
  const cited = extractFrom(article("Their daily life depends on subsidies and they are \"proud\" of reaping without sowing, according to Ren Daoming, head of the working group.")).x;
  assert.deepEqual(cited.quotes.map((q) => [q.speaker, q.end - q.start]), [["Ren Daoming", "Their daily life depends on subsidies and they are \"proud\" of reaping without sowing".length]]);
});

test("'Title of the programme, Dr X, says at least 450,000 people have benefitted': what follows the verb is said, 'at least' opening a figure, not a circumstance", () => {
  const { doc, x } = extractFrom(article("COORDINATOR of the Valley Cash Transfer programme, Dr Mara Lind, says at least 450,000 residents have benefitted from the transfer since 2016."));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [["Mara Lind", "at least 450,000"]]);
});

test("'Ren, 65, said' is Ren named before, the age no part of the name; 'Ren said' after 'said Ren's daughter Ren Xiu' is still Ren, not the daughter", () => {
  assert.deepEqual(speakersIn(
    "For decades Ren Zuowen and his family have lived in a shack at the foot of a mountain.",
    "Ren, 65, said that six generations of his family have lived there.",
    "\"When it rains the roof leaks,\" said Ren's daughter Ren Xiu.",
    "\"With the 60,000-yuan subsidy, I am able to build a new house,\" Ren said.",
  ), ["Ren Zuowen", "Ren Xiu", "Ren Zuowen"]);
});

test("'The township head, X, a native of Y,' names a person; '..., introduced X, the village's first secretary in charge of poverty alleviation, who added that ...' is X's", () => {
  const { x } = extractFrom(article(
    "The township head, Gonjo Chodron, a native of Zari, has seen the changes in her hometown. \u201cVillagers have all moved out of their old houses,\u201d she said.",
    "The village has three cooperatives, introduced Sonam Yangkyi, the village\u2019s first secretary in charge of poverty alleviation, who added that a company has created 110,000 yuan in income.",
  ));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Gonjo Chodron", "Sonam Yangkyi"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Gonjo Chodron", "Sonam Yangkyi"]);
});

test("'X, CEO of the Policy Institute, a regional think tank, said' is X; 'a report has said' and 'the report published Monday' are the one research body a text that names no issuer names; 'President said' is the person last named with that title", () => {
  const chain = extractFrom(article("Amos Wekesa, CEO of the Valley Policy Institute, a regional think tank, said in a commentary that the valley stands at the threshold of ending poverty.")).x;
  assert.deepEqual(chain.quotes.map((q) => q.speaker), ["Amos Wekesa"]);
  const report = extractFrom(article(
    "More than half a million labourers are being forced to pick cotton, a report has said.",
    "At least 570,000 people were sent to the fields in 2018, according to Washington-based think tank the Center for Valley Policy.",
    "The total exceeds that figure by several hundred thousand, according to the report published Monday.",
  )).x;
  assert.deepEqual(report.quotes.map((q) => q.speaker), ["Center for Valley Policy", "Center for Valley Policy", "Center for Valley Policy"]);
  const title = extractFrom(article("President Ren Daoming spoke at the meeting.", "The valley has ended absolute poverty for 98 million people, the President said.")).x;
  assert.deepEqual(title.quotes.map((q) => q.speaker), ["Ren Daoming"]);
});

test("'The report said X announced Dec 23 that ...' is X's; 'the report' is whose 'another Y report' later names; 'Z was cited as saying ...' is Z's; 'X, Member of the Standing Committee ... and Executive Vice Chairman of ..., introduced that ...' is X", () => {
  const { x } = extractFrom(article(
    "The report said the valley's poverty alleviation office announced Dec 23 that 19 counties had risen out of poverty.",
    "All the 74 poor areas of the valley had left poverty behind, the report said.",
    "The valley had 16.6 million rural poor at the end of 2018, said another valleydaily.com report Dec 23.",
    "The valley's poverty relief chief Ren Daoming was cited as saying more than 10 million people would be lifted from poverty this year.",
    "Dorje Namgyal, Member of the Standing Committee of the Valley Party Committee and Executive Vice Chairman of the Valley Region, introduced that incomes rose 12 percent.",
  ));
  const speakers = x.quotes.filter((q) => q.form === "reported_speech").map((q) => q.speaker);
  assert.deepEqual(speakers.filter((s) => s !== "valleydaily.com"), ["valley's poverty alleviation office", "Ren Daoming", "Dorje Namgyal"]);
  assert.deepEqual(x.claims.filter((c) => c.value === 74).map((c) => c.attributedTo), ["valleydaily.com"]);
});

test("'according to a VCDI release on Wednesday' and then 'the release said' is the VCDI; 'the Lowland Foundation report' is the foundation's, and 'the report' after it", () => {
  assert.deepEqual(speakersIn(
    "Officials from the valley embezzled relief funds, according to a VCDI release on Wednesday.",
    "In Kangbao county, all 15 townships were found to have embezzled funds, the release said.",
    "The Lowland Foundation report was published in May. About 2,000 herders were moved, the report said.",
  ), ["VCDI", "VCDI", "Lowland Foundation"]);
});

test("a briefing page's paragraphs before its first turn are the spokesperson its title names; 'In his view, ...' is the view of whom 'his' points back at; a quotation's speaker after a long apposition of two posts", () => {
  const presser = extractFrom([
    "Foreign Ministry Spokesperson Ren Daoming's Regular Press Conference on October 19, 2020",
    "The Security Council will hold a ministerial meeting on the valley on October 20.",
    "CCTV: On October 17 the world observed the day for the eradication of poverty. What is your comment?",
    "Ren Daoming: The valley has lifted 98.99 million people out of poverty.",
    "Reuters: Will the minister attend in person?",
    "Ren Daoming: He will attend by video link.",
  ].join("\n\n") + "\n").x;
  assert.deepEqual(presser.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Ren Daoming"], ["transcript_turn", "CCTV"], ["transcript_turn", "Ren Daoming"], ["transcript_turn", "Reuters"], ["transcript_turn", "Ren Daoming"]]);
  const view = extractFrom(article("Mara Lind, a scholar at the Valley Institute, said that big businesses also spend on poverty relief.", "In his view, the pandemic affects the campaign, but its impact will not be critical.")).x;
  assert.deepEqual(view.quotes.map((q) => q.speaker), ["Mara Lind", "Mara Lind"]);
  const long = extractFrom(article("\u201cPoverty alleviation is a long-term task,\u201d Sun Jiuwen, a member of the Advisory Committee of the Valley State Council Leading Group Office of Poverty Alleviation and Development and a professor at the School of Applied Economics of the University of the Valley, said in a lecture.")).x;
  assert.deepEqual(long.quotes.map((q) => q.speaker), ["Sun Jiuwen"]);
});

test("'He says the Valley accounts for around 70% of the progress' reports what follows: a named subject and a verb in the present", () => {
  const { doc, x } = extractFrom(article("Mara Lind, the country director of the Fund, spoke first. He says Valley Town accounts for around 70% of the progress in the region."));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [["Mara Lind", "Valley Town accounts"]]);
});

test("each paragraph of one long quotation opens with a mark and only the last closes: one quotation, from the first paragraph, whoever spoke before it; '’’' closes as a double mark does", () => {
  const text = article(
    "Mr Tao Jun, the Consul General of the Republic of Valley in Lagos, said the county had moved 60,000 people.",
    "\u201cThe county has lifted 700,000 people out of poverty.",
    "\u201cIn the past five years alone, it lifted 65,000 more.",
    "\u201cIt plans to lift the remaining 4,000 by 2020,\u2019\u2019 he said.",
    "The consul-General said that the county would do more.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, q.form, text.slice(q.start, q.start + 16), text.slice(q.end - 8, q.end)]), [
    ["Tao Jun", "reported_speech", "the county had m", "0 people"],
    ["Tao Jun", "quotation", "The county has l", " by 2020"],
    ["Tao Jun", "reported_speech", "the county would", " do more"],
  ]);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Tao Jun", "Consul General of the Republic of Valley in Lagos"]]);
});

test("two paragraphs left open and closed whose parts two different people speak are two quotations", () => {
  const text = article(
    "\u201cWe moved 300 families this year,\u201d said Wang Lan, the county head.",
    "\u201cThe roads are new and the school in the village has 300 pupils now.",
    "\u201cOur income has doubled to 9,000 yuan,\u201d said Li Ming, a villager.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.start + 12)]), [["Wang Lan", "We moved 300"], ["Wang Lan", "The roads ar"], ["Li Ming", "Our income h"]]);
});

test("words quoted inside a report whose speaker is named are that speaker's ('According to the World Bank, ... has “lifted 800 million ...”'); 'state media regularly reminds us that' reports, the adverb no part of who; 'Additionally, the government also claimed' is the government's", () => {
  const text = "How the programme works, explained by Gao Lin\n\nAccording to the Valley Bank, since the reforms of 1978, growth in the region has \u201clifted more than 800,000 people out of poverty.\u201d State media regularly reminds us that the region has about 50,000 people left in poverty. Additionally, the regional government also claimed that 3 new factories opened.\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["reported_speech", "Valley Bank"], ["quotation", "Valley Bank"], ["reported_speech", "State media"], ["reported_speech", "regional government"]]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["800,000", "Valley Bank"], ["50,000", "State media"], ["3", "regional government"]]);
});

test("'the daily said' and 'the editorial said' after a paper is named are that paper's; 'X’s announcement that ... is an epochal event' reports X's words up to the main clause", () => {
  const text = article(
    "The Valley Times in its op-ed piece said competition should not be limited to GDP.",
    "\u201cThe county lifted 800,000 people out of poverty in three decades,\u201d the daily said.",
    "\u201cThe county has done much better than its neighbour,\u201d the editorial said.",
    "Whichever way one looks at it, Li Ming\u2019s announcement that the county has ended absolute poverty is an epochal event.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.end)]), [
    ["Valley Times", "competition should not be limited to GDP"],
    ["Valley Times", "The county lifted 800,000 people out of poverty in three decades"],
    ["Valley Times", "The county has done much better than its neighbour"],
    ["Li Ming", "the county has ended absolute poverty"],
  ]);
});

test("'As per a report cited by HT' credits as 'according to' does; 'DHARAMSHALA, DEC 24: ...' is a dateline, no speaker's label; '..., which its President Jim Yong Kim said was “historic”' is his word on it, not the sentence before", () => {
  const text = article(
    "DHARAMSHALA, DEC 24: The valley remains the poorest region despite the claim of lifting 10 million people above the line, reported Valley Times (VT).",
    "As per the Valley Bank, 25 million people live in extreme deprivation.",
    "According to Valley Bank data, the county lifted nearly 800,000 people out of poverty since the 1980s, which its President Jim Yong Kim said was \u201chistoric\u201d.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, q.form, text.slice(q.start, q.end).split(" ").slice(0, 3).join(" ")]), [
    ["Valley Times", "reported_speech", "The valley remains"],
    ["Jim Yong Kim", "quotation", "historic"],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["10 million", "Valley Times"], ["25 million", "Valley Bank"], ["800,000", "Valley Bank"]]);
});

test("a podcast transcript that labels each speaker in full once ('Kaiser Kuo:', 'Bill Bikales:') and by first name after ('Kaiser:', 'Bill:') gives every turn to the full name", () => {
  const text = "A title about the show here\n\nListen to the episode below:\n\nKaiser Kuo: Bill Bikales, welcome to Sinica!\n\nBill Bikales: Thank you so much, Kaiser. It is a pleasure to be here.\n\nKaiser: Well, I am so glad. The county lifted 800,000 people out of poverty.\n\nBill: Yes, and 9,000 more by 2020, by their count.\n\nKaiser: Let us talk about that.\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, q.form]), [["Kaiser Kuo", "transcript_turn"], ["Bill Bikales", "transcript_turn"], ["Kaiser Kuo", "transcript_turn"], ["Bill Bikales", "transcript_turn"], ["Kaiser Kuo", "transcript_turn"]]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["800,000", "Kaiser Kuo"], ["9,000", "Bill Bikales"]]);
});

test("'Recently, the county released the white paper Poverty Alleviation: ...' and 'Annotations:' over a paragraph are no speakers; 'the Urumqi-based paper reported' is the paper named before", () => {
  const text = article(
    "Recently, the county released the white paper Poverty Alleviation: The Valley's Experience. It reviews 40 years of work.",
    "Annotations:",
    "Disposable income of rural residents rose 9 percent.",
    "Cadres lived with 3,000 families, the Valley Economic Daily reported on Tuesday. The campaign reached 12 villages, the Urumqi-based paper reported.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Valley Economic Daily", "Valley Economic Daily"]);
  assert.deepEqual(x.entities.people, []);
});

test("a deputies' page that sets each name with its surname in capitals ('ZHANG Qingwei'), then the post, then the words, gives the words to the person and the post as their role", () => {
  const text = "Answers to Three Questions on Poverty Reduction\n\n2017-03-15 09:11\n\nThe programme is entering its most critical stage, and deputies from all over the country gave their answers to three questions this year.\n\nQ1: Whom shall we support?\n\nZHANG Qingwei\n\nNPC deputy, Governor of Valley Province\n\nWe will give priority to 4,000 seniors living alone.\n\nXU Dazhe\n\nNPC deputy, Governor of Hill Province\n\nWe will ensure the livelihood of about 450,000 people.\n\nQ2: Who will act?\n";
  const { doc, x } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Zhang Qingwei", "NPC deputy, Governor of Valley Province"], ["Xu Dazhe", "NPC deputy, Governor of Hill Province"]]);
  assert.deepEqual(x.quotes.filter((q) => q.speaker !== "reporter").map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [["Zhang Qingwei", "We will give priority to 4,000 seniors living alone."], ["Xu Dazhe", "We will ensure the livelihood of about 450,000 people."]]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["4,000", "Zhang Qingwei"], ["450,000", "Xu Dazhe"]]);
});

test("a share bar's '• micro-blog' is no post's author; 'the headquarters said' after 'the regional poverty alleviation headquarters' is that body, and 'the statement said' after it 'said in a statement' is too", () => {
  const text = "• micro-blog\n  • facebook\n\nA total of 25 counties in the valley escaped poverty in 2018, the regional government said Wednesday.\n\nThe counties are in the west, according to the regional poverty alleviation headquarters.\n\nPoverty reduction has made decisive progress, the headquarters said in a statement.\n\nWith 2,100 villages out of poverty, the region's headcount ratio has dropped, the statement said.\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["regional government", "regional poverty alleviation headquarters", "regional poverty alleviation headquarters", "regional poverty alleviation headquarters"]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["25", "regional government"], ["2,100", "regional poverty alleviation headquarters"]]);
});

test("a broadcast's intro that hands over to its reporter ('... Li Na reports.') is the page's; the package after it is the reporter's", () => {
  const { x } = extractFrom("Relocating herders\n\nThe county must move some 9,000 herders this year. Officials are working fast. Li Na reports.\n\nThis is the valley. More than 2,000 families have moved so far.\n\nThe new town has 300 flats.\n");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[9000, null], [2000, "Li Na"], [300, "Li Na"]]);
  // (A sign-off deep in the page hands over nothing: the intro is at the top.)
  const late = extractFrom("Relocating herders\n\nBy Li Na\n\nThe county moved 9,000 herders.\n\nIt built 40 flats.\n\nIt paved 3 roads.\n\nIt dug 12 wells.\n\nThe work goes on. Li Na reports.\n\nThe town has 300 flats.\n").x;
  assert.deepEqual(late.claims.map((c) => c.attributedTo), Array(5).fill(null));
  // (Nor does a print standfirst of one sentence: "Zhao Yi and Hu Dong report from Yinchuan.")
  const deck = extractFrom("Wineries brew up success\n\nWinemakers are creating jobs. Zhao Yi and Hu Dong report from Yinchuan.\n\nThe winery hired 300 women.\n").x;
  assert.deepEqual(deck.claims.map((c) => [c.value, c.attributedTo]), [[300, null]]);
});

test("'The executive said' points back at the general manager named before, past an official; '..., Wang introduced.' ending a sentence reports what comes before", () => {
  const { x } = extractFrom(article(
    "\"Sales reached 50 million yuan last year,\" said Yang Qi, general manager of Valley Fruit.",
    "Li Ming, the village Party secretary, visited the farm.",
    "The executive said the company has also set aside a fund worth 200,000 yuan for elderly people.",
    "Currently, the site has 422 laborers, 346 of whom work near their homes, Wang Fang introduced.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[50000000, "Yang Qi"], [200000, "Yang Qi"], [422, "Wang Fang"], [346, "Wang Fang"]]);
});

test("on a page that names its outlet, a standfirst's 'Hou Li and Daqiong report from Chushul.' names two writers and the story stays the outlet's", () => {
  const text = "Valley Daily\n\nFresh start on the plateau\n\nVillagers move to new homes. Hou Li and Daqiong report from Chushul.\n\nThe new town has 300 flats.\n";
  const { doc, x } = extractFrom(text);
  assert.equal(doc.metadata.author, "Hou Li; Daqiong");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[300, "Valley Daily"]]);
});

test("'A Valley Ministry spokeswoman praised the plan on Monday and stated that ...' is spoken by the spokeswoman, the one the next sentence names, or else her ministry; never 'A Valley Ministry'", () => {
  const named = extractFrom(article("A Valley Foreign Ministry spokeswoman praised the programme on Monday and stated that 3,000 people had found jobs. Lan Meiling, the spokeswoman, added that more would follow."));
  assert.deepEqual(named.x.quotes.map((q) => [named.doc.text.slice(q.start, q.end).split(" ").slice(0, 2).join(" "), q.speaker]), [["3,000 people", "Lan Meiling"], ["more would", "Lan Meiling"]]);
  const unnamed = extractFrom(article("Beijing hit back. A Valley Foreign Ministry spokeswoman praised the programme on Monday and stated that 3,000 people had found jobs."));
  assert.deepEqual(unnamed.x.quotes.map((q) => q.speaker), ["Valley Foreign Ministry"]);
  assert.deepEqual(unnamed.x.entities.organisations.map((o) => o.name), ["Valley Foreign Ministry"]);
});

test("'the official said', after 'a regional official said' whom the next sentence names, is the person named; 'X reportedly said' is X", () => {
  const { x } = extractFrom(article("All trainees have found work, a regional official said Monday. The plan helped families, said Lan Meiling, chairwoman of the regional government, at a briefing. Classes will go on, the official said."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Lan Meiling", "Lan Meiling", "Lan Meiling"]);
  const reportedly = extractFrom(article("Ambassador Tom Reed spoke in Ottawa. Reed reportedly said the plan was harmful to the herders of the valley."));
  assert.deepEqual(reportedly.x.quotes.map((q) => q.speaker), ["Tom Reed"]);
});

test("'according to a report released by the Valley Forum for Asia (VFA) on Tuesday' credits the forum, without its day or short form", () => {
  const { x } = extractFrom(article("Asian countries lifted 120 million people out of poverty, according to a report released by the Valley Forum for Asia (VFA) on Tuesday."));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[120000000, "Valley Forum for Asia"]]);
});

test("a briefing whose turns run into one paragraph ('VNR: ... yet? Lan Meiling: ... VTV: ...') gives each turn its speaker", () => {
  const { x, doc } = extractFrom("Spokesperson Lan Meiling's Regular Press Conference on February 26, 2021\n\nVNR: The ambassador said in an interview that the valley has invited diplomats to visit, but is still waiting for their reply. Can you confirm this invitation? Why hasn't the visit been made yet? Lan Meiling: The valley welcomes people from all over the world. Over the past years, more than 1,200 diplomats from over 100 countries visited the valley. VTV: Yesterday a parliament passed a motion on the valley. What's your response? Lan Meiling: The motion is groundless and we oppose it.\n");
  const turns = x.quotes.filter((q) => q.speaker === "Lan Meiling").map((q) => doc.text.slice(q.start, q.start + 16));
  assert.deepEqual(turns, ["The valley welco", "The motion is gr"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[1200, "Lan Meiling"], [100, "Lan Meiling"]]);
});

test("a video's caption lines, 'NAME IN CAPITALS Post, Place \"words\"', are turns of the person named, however the post reads", () => {
  const { x, doc } = extractFrom("Valley official dismisses claims\n\nMarch 19,2021 By:VLTV\n\nVLTV's Ma Jun spoke to Aynur Tohti, head of the valley prefecture, about the allegations.\n\nMA JUN VLTV Reporter \"What is your reaction to these reports?\"\n\nAYNUR TOHTI Deputy Head, Valley Kazakh Autonomous Prefecture \"We secure jobs for our residents. Over 3,600 villages now have a clinic.\"\n");
  assert.deepEqual(x.quotes.filter((q) => q.form === "name_role_line").map((q) => [doc.text.slice(q.start, q.start + 12), q.speaker]), [["What is your", "Ma Jun"], ["We secure jo", "Aynur Tohti"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[3600, "Aynur Tohti"]]);
});

test("'Radio Free Asia' and 'the Valley Forum for Asia' are bodies by their whole names, and 'Earlier' opening a sentence is no part of one; 'she said' with no one named in her paragraph is who spoke in the one before", () => {
  const { x } = extractFrom(article("Earlier Radio Free Asia's investigations found that nine former detainees worked as porters.", "The Valley Forum for Asia met in March.", "After contacting the company, a woman who answered said the ad was posted by her company in the valley.", "\"All of them are from the valley,\" she said."));
  assert.deepEqual(x.entities.organisations.map((o) => o.name), ["Radio Free Asia", "Valley Forum for Asia"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Radio Free Asia", "a woman who answered", "a woman who answered"]);
});

test("'A Valley foreign ministry Tuesday said' is the ministry, without its day; a dateline's bracketed credit ending ') :' is no part of who spoke", () => {
  assert.deepEqual(speakersIn("HILLTOWN, (VNA - Valley Point News - 3rd Sep, 2019) :A Valley foreign ministry Tuesday said that the valley's affairs are its own internal affairs."), ["A Valley foreign ministry"]);
});

test("a transcript that sets each speaker's name alone on its line, with no colon, over their words: each turn is that person's; a paper's name alone is no speaker", () => {
  const { x, doc } = extractFrom("Transcript of the Sixth Valley Games press conference\n\nThe conference was hosted by spokesman Sun Weimin of the organising committee.\n\nVenue: Main Press Centre\n\nSun Weimin\n\nGood morning ladies and gentlemen, welcome to the joint press conference. First of all I would like to give the floor to Mr. Tang Rui.\n\nTang Rui\n\nLadies and gentlemen, good morning. Yesterday we staged a total of 27 competition events in 30 venues across the valley.\n");
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.start + 12), q.speaker]), [["Good morning", "Sun Weimin"], ["Ladies and g", "Tang Rui"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[27, "Tang Rui"], [30, "Tang Rui"]]);
  const byline = extractFrom("Migrant workers shun long hours\n\nAlexandra Roe\n\nValley Times\n\nLast year, Yang Li left her quiet home to work in a lock factory about 1,000km away, polishing locks for 13 hours a day.\n");
  assert.deepEqual(byline.x.quotes.map((q) => q.speaker), []);
});

test("'The report said ...' after 'said X, chairman of ..., in his government work report' is X's report", () => {
  assert.deepEqual(speakersIn("A total of 513 villages rose from destitution last year, said Lan Meiling, chairwoman of the regional government, in her government work report. The report said poverty was basically eliminated except in four prefectures."), ["Lan Meiling", "Lan Meiling"]);
});

test("'he said' after 'to refute Senator Tom Reed's claim' is the one refuting, not the one named as the owner of the claim", () => {
  const { x } = extractFrom(article(
    "People in the valley have benefited from reform, said Tenzin Dorje, chairman of the regional government, on Wednesday.",
    "\"They are real beneficiaries,\" he stressed, citing figures to refute Senator Tom Reed's claim that the benefits were taken away.",
    "In 2007, the region's GDP reached 34.2 billion yuan, he said at a news conference.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[34200000000, "Tenzin Dorje"]]);
});

test("'..., Zhao Lin, a researcher with the Valley Centre for Rural Economy, a think tank under the ministry, said.' is Zhao Lin; 'The think tank's report also says' is the think tank's", () => {
  assert.deepEqual(speakersIn(
    "Unpaid wages cost workers 100 billion yuan, Zhao Lin, a researcher with the Valley Centre for Rural Economy, a think tank under the ministry, said.",
    "The think tank's report also says many employers deliberately withhold wages as a means of keeping workers.",
  ), ["Zhao Lin", "Valley Centre for Rural Economy"]);
});

test("'industrial added value increased' reports nothing: 'added value' is a noun, and 'it said' after it is the white paper", () => {
  const { x } = extractFrom(article(
    "Modern industry has grown steadily, the white paper said, adding that the valley's industrial added value increased from 15 million yuan in 1959 to 11.45 billion yuan in 2018.",
    "More than 100,000 farmers have earned more through tourism, it said.",
  ));
  assert.ok(x.quotes.every((q) => !/added value|industrial/.test(q.speaker ?? "")), JSON.stringify(x.quotes.map((q) => q.speaker)));
  assert.deepEqual(x.claims.at(-1)!.value, 100000);
  assert.equal(x.claims.at(-1)!.attributedTo, "white paper");
});

test("a caption file: cue timings are chrome, a '<v Name>' voice tag of another voice opens a turn, the cues of one voice one after another are one turn, even where cues ran together; 'WEBVTT - ' is no part of the title", () => {
  const { x, doc } = extractFrom("WEBVTT - The Forces Holding Back the Valley's Economy\n\n0:00:10.160 --> 0:00:13.720\n<v Speaker 1>Hello, and welcome to another episode of the show.\n\n0:00:19.079 --> 0:00:21.319\n<v Speaker 2>Out of the valley. Yeah, to put it\n\n0:00:21.360 --> 0:00:24.919\n<v Speaker 2>very directly, growth fell to three percent.\n");
  assert.equal(doc.metadata.title, "The Forces Holding Back the Valley's Economy");
  assert.ok(!doc.text.includes("-->"));
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.start + 9), q.speaker]), [["Hello, an", "Speaker 1"], ["Out of th", "Speaker 2"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[3, "Speaker 2"]]);
  // (A cue that stops on a small word runs into the next line, whatever its voice.)
  const together = extractFrom("WEBVTT - Valley Economy\n\n0:00:10.160 --> 0:00:13.720\n<v Speaker 1>Hello, and welcome to the\n\n0:00:19.079 --> 0:00:21.319\n<v Speaker 2>Out of the valley. Yeah, to put it in\n\n0:00:21.360 --> 0:00:24.919\n<v Speaker 2>very plain words, growth fell to three percent.\n\n0:00:25.000 --> 0:00:26.000\n<v Speaker 1>Thank you.\n");
  assert.deepEqual(together.x.quotes.map((q) => [together.doc.text.slice(q.start, q.start + 9), q.speaker]), [["Hello, an", "Speaker 1"], ["Out of th", "Speaker 2"], ["Thank you", "Speaker 1"]]);
});

test("'A:' in a briefing whose headline names the spokesperson is the spokesperson, however often the questions name someone else", () => {
  const { x, doc } = extractFrom("Foreign Ministry Spokesperson Lan Meiling's Regular Press Conference on June 11, 2019\n\nQ: President Tom Reed said yesterday that he expects to meet the premier. President Tom Reed said \"yes\" when asked about tariffs. What is your response to President Tom Reed's remarks?\n\nA: I responded to this yesterday. We note that the other side has repeatedly stated that it looks forward to a meeting.\n");
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 12), q.speaker]), [["President To", "reporter"], ["I responded ", "Lan Meiling"]]);
});

test("'The lead author, Lan Meiling, wrote:' alone over a paragraph: that paragraph is hers; 'said Deputy Director of the Valley Office, Tang Rui, in Beijing' is Tang Rui", () => {
  const block = extractFrom("Report finds transfers\n\nThe lead author, Lan Meiling, wrote:\n\nThe government has facilitated the mass transfer of 80,000 workers to factories across the country.\n\nThe report names 83 brands.\n");
  assert.deepEqual(block.x.quotes.map((q) => [block.doc.text.slice(q.start, q.start + 14), q.speaker]), [["The government", "Lan Meiling"]]);
  assert.deepEqual(block.x.claims.map((c) => [c.value, c.attributedTo]), [[80000, "Lan Meiling"], [83, null]]);
  const post = extractFrom(article("Tang Rui spoke on Monday.", "\"We invite foreigners from all countries to visit,\" said Deputy Director of the Valley Publicity Office, Tang Rui, in Beijing."));
  assert.deepEqual(post.x.quotes.map((q) => q.speaker), ["Tang Rui"]);
});

test("'said the 36-year-old lawyer based in the valley's capital' is the person named before, where she lives or works and all", () => {
  assert.deepEqual(speakersIn("Twenty-five years after Lan Meiling's family moved out of their native village, the sight of her old home stunned her.", "\"Taking his children out of the mountains was the only hope for him,\" said the 36-year-old lawyer based in Hilltown, the region's capital."), ["Lan Meiling"]);
});

test("no turns in an infobox's rows or a show's notes: 'Websitewww.valley.gov.cn' and '• Rank2nd' are no handles, 'Episode Theme:' no speaker", () => {
  const box = extractFrom("Valley County\n\nPostal code\n844700\nWebsitewww.valley.gov.cn\nValley County is a county in the hills, with 11 townships and 373,492 people as of the 2010 census.\n\nArea\n• Total1,228,400 km2\n• Rank2nd\nPopulation (2020) 3,648,100 people, of whom 90 percent are herders and their families.\n");
  assert.deepEqual(box.x.quotes.length, 0);
  assert.ok(box.x.claims.length >= 3 && box.x.claims.every((c) => c.attributedTo === null));
  const notes = extractFrom("The Valley Pod\n\nDate: November 25, 2025\n\nEpisode Theme:\nA deep dive into the valley's slowdown, its three main causes and the 40 years of growth before it.\n");
  assert.deepEqual([notes.x.quotes.length, notes.x.claims.map((c) => [c.value, c.attributedTo])], [0, [[3, null], [40, null]]]);
});

test("'..., said Mr' where the page is cut: an honorific alone is the person last named, never a speaker called 'Mr'", () => {
  assert.deepEqual(speakersIn("Lan Meiling, a lawyer in the valley, said wage protests are being hidden.", "“I have a friend who builds filters for the government. He made millions last year,” said Mr"), ["Lan Meiling", "Lan Meiling"]);
});

test("a short quoted sentence that is a paragraph of its own goes on the speaker of the quotation just above; 'she added' after 'a woman employee told' is that employee", () => {
  const text = article(
    "\"The pickers are still out, and more join each day,\" said Tan Mei, an organiser at the Pearl River Workers' Centre.",
    "\"They want their bonuses.\"",
    "The owners offered half the sum by March, a woman employee told reporters, asking not to be named.",
    "But few of the pickers accepted the offer, she added.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.start + 18)]), [
    ["Tan Mei", "The pickers are st"],
    ["Tan Mei", "They want their bo"],
    ["a woman employee", "The owners offered"],
    ["a woman employee", "But few of the pic"],
  ]);
});

test("'Speaking on condition of anonymity, Lisa said' after a quotation sets the scene of the next speech; it is not who spoke the quotation", () => {
  const text = article("Mira Sato, a line worker at the plant, was offered the choice last week. The 31-year-old worker noted: \"We were told the sales are weak, so the plant has to cut production.\" Speaking on condition of anonymity, Mira said she would look for another job.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.start + 14)]), [["Mira Sato", "We were told t"], ["Mira Sato", "she would look"]]);
});

test("at a briefing where one label recurs, an outlet's label ('Hill News Service:') asks a question, and the spokesperson's paragraphs after their label are their turn, figures and all", () => {
  const text = [
    "Ministry Regular Press Conference (March 17, 2022)",
    "Ma Lin: Good afternoon, and welcome. Let me first share some figures with you.",
    "In the first two months, outbound investment was 100 billion yuan, up 0.9 percent year on year.",
    "Hill News Service: Foreign investment rose by 37.9 percent in the first two months. What are the reasons?",
    "Ma Lin: From January to February, foreign investment rose by 37.9 percent. There are three main reasons.",
  ].join("\n\n") + "\n";
  const { doc, x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, doc.text.slice(q.start, q.start + 12)]), [
    ["transcript_turn", "Ma Lin", "Good afterno"],
    ["transcript_turn", "Hill News Service", "Foreign inve"],
    ["transcript_turn", "Ma Lin", "From January"],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[100000000000, "Ma Lin"], [0.9, "Ma Lin"], [37.9, "Hill News Service"], [37.9, "Ma Lin"], [3, "Ma Lin"]]);
});

test("'\"...,\" said Liu, adding that ...': the words after 'adding that' are the same speaker's reported speech", () => {
  const text = article("\"About half the villagers have gone to the cities for work,\" said Liu Yuan, adding that nearby Hilltown, which has a population of over 2 million, is known as a source of migrant workers.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, text.slice(q.start, q.start + 16)]), [["quotation", "Liu Yuan", "About half the v"], ["reported_speech", "Liu Yuan", "nearby Hilltown,"]]);
});

test("a broadcast's transcript in capitals ('ANNA LIND: ...', 'WANG: ...', 'LIND: ...'): a surname in capitals used once is a speaker's turn, not part of the turn before; 'NOTE:' is no voice", () => {
  const { doc, x } = extractFrom(article(
    "And joining us to explain more is Anna Lind. She's the lead analyst on this report. Anna, welcome.",
    "ANNA LIND: Thank you for having me.",
    "WANG: So I'm normally based in Hilltown. Can you explain why this is taking place in the county?",
    "LIND: Yes. The county has moved 30,000 people into factory jobs since 2017.",
    "NOTE: This transcript was edited for length.",
  ));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, doc.text.slice(q.start, q.start + 12)]), [
    ["Anna Lind", "Thank you fo"],
    ["Wang", "So I'm norma"],
    ["Anna Lind", "Yes. The cou"],
  ]);
});

test("a story pasted into a forum's opening post, under its writer's name and post and its dateline, is the story's, not the poster's", () => {
  const text = ["What's new", "Valley fulfils a dream to end poverty", "steppe_wanderer", "ELITE MEMBER", "Joined", "Nov 17, 2013", "Messages", "35,188", "Ann Lee", "Beijing Bureau Chief", "HILLTOWN, China \u2014", "Standing near a mountaintop, Party secretary Cai Hongmin beamed: \u201cWe plucked out the roots of poverty all at once.\u201d", "The county has spent $20.6 billion on the move since 2016."].join("\n\n") + "\n";
  const { doc, x } = extractFrom(text);
  assert.equal(doc.metadata.author, "Ann Lee");
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["quotation", "Cai Hongmin"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributionKind]), [[20600000000, "document"]]);
});

test("a broadcast transcript's 'ANNA HOLM, BYLINE:' names the reporter, and 'HOLM:' after it is she, not an outlet's short name", () => {
  const text = ["Valley Says It Has Ended Poverty. Is That True?", "At the end of last year, the province made an announcement. The network's Anna Holm went to see.", "ANNA HOLM, BYLINE: Valley was the poorest province, in part because its residents were isolated in tiny mountain villages.", "HOLM: Now it has several housing complexes like this one. Thirty-two thousand people came down.", "LUO BEI: (Through interpreter) We could barely drive to our old village.", "HOLM: She says life is better now."].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  // (Inside her turn, "She says life is better now" reports Luo Bei's words.)
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Anna Holm", "Anna Holm", "Luo Bei", "Anna Holm", "Luo Bei"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[32000, "Anna Holm"]]);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Anna Holm", "reporter"], ["Luo Bei", null]]);
});

test("'Premier Li:' at a press conference is a speaker's label, a post and a surname, and the turn's figures are his", () => {
  const text = ["Premier meets the press: full transcript", "Valley Daily: Some firms have started to trim staff. What will the government do?", "Premier Li: In recent years some 15 million new entrants joined the labor force each year. This year we plan to create 11 million new urban jobs."].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Valley Daily"], ["transcript_turn", "Premier Li"]]);
  assert.ok(x.claims.length === 2 && x.claims.every((c) => c.attributedTo === "Premier Li"), JSON.stringify(x.claims.map((c) => c.attributedTo)));
});

test("a machine-translated video script's '[Same period] Vice Minister of Commerce Wang Bingnan' hands the paragraph under it to him", () => {
  const text = ["Policy briefing on rural e-commerce", "[Commentary] On May 12, the State Council Office held a policy briefing on rural e-commerce.", "  [Same period] Vice Minister of Commerce Wang Bingnan", "  Rural online retail sales increased from 180 billion yuan in 2014 to 1.7 trillion yuan in 2019, and the overall scale expanded by 8.4 times."].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[180000000000, "Wang Bingnan"], [1700000000000, "Wang Bingnan"], [8.4, "Wang Bingnan"]]);
});

test("a briefing's 'Moderator:' and 'Name, post:' alone over what was said are turns' labels, not a list of who took part", () => {
  const text = ["Press conference on valley issues on Jan. 20, 2020", "Moderator:", "Dear friends from the press, good morning. Welcome to the 3rd press conference on valley issues.", "Elijan Anayit, Spokesperson of the Information Office of the Valley Government:", "Dear friends from the press, good morning. It is my pleasure to brief you on 40 new schools."].join("\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Moderator"], ["transcript_turn", "Elijan Anayit"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[40, "Elijan Anayit"]]);
});

test("an infobox's 'CapitalYining' row, its label run into its value, is no forum poster over a post", () => {
  const text = ["Ili Valley Prefecture", "From Wikipedia, the free encyclopedia", "Country\tChina", "CapitalYining", "Government", "• TypeAutonomous prefecture", "• BodyIli Valley Autonomous Prefecture People's Congress", "Area", "• Total56,381.52 km2 (21,769.03 sq mi)"].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes, []);
  assert.ok(x.claims.every((c) => c.attributedTo !== "CapitalYining"), JSON.stringify(x.claims.map((c) => c.attributedTo)));
});

test("a video shot list's '(SOUNDBITE) (Mandarin) HEAD OF THE VILLAGE COMMITTEE, XAGO, SAYING: \"...\"' is Xago's turn, a person with that post", () => {
  const text = "Valley herders turn to tourism\n\nTOURISTS CLAPPING (SOUNDBITE) (Mandarin) HEAD OF THE VALLEY VILLAGE COMMITTEE, XAGO, SAYING: \"A lot of people did not understand the idea of tourism.\"\n\n(SOUNDBITE) (Tibetan) HERDER, TASHI DORJE, SAYING: \"We earn 3,000 yuan more a year now.\"\n";
  const { x, doc } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.start + 12), q.speaker]), [["A lot of peo", "Xago"], ["We earn 3,00", "Tashi Dorje"]]);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Xago", "head of the valley village committee"], ["Tashi Dorje", "herder"]]);
});

test("'Name, post, a second description, said' is the name's; 'said the 71-year-old resident of the valley' is the person named before", () => {
  const text = article(
    "Lu Baoshan, head of the provincial water bureau, the region's chief engineer, said the canal would carry 40 million cubic meters a year.",
    "Ren Qiuju, a retired teacher who has lived in the valley for 40 years, remembers the floods.",
    "\"Half the houses in my lane were washed away in 1998,\" said the 71-year-old resident of the valley.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["reported_speech", "Lu Baoshan"], ["quotation", "Ren Qiuju"]]);
  // (Two descriptions after a clause that opens with a place are not a name's: "In Hotan, farmers earn more, the head of the bureau said".)
  const place = extractFrom(article("In Hotan, farmers earn 40 percent more, the head of the county bureau said."));
  assert.deepEqual(place.x.quotes.map((q) => q.speaker), ["the head of the county bureau"]);
});

test("an interview whose labels stand alone ('Villager:', 'Han:') over each answer, the interviewer introduced as 'Han Dongfang [Han]'; 'I asked ..., “...?”' inside a turn is the turn's speaker's; 'Did they say what ...?' reports nothing", () => {
  const text = ["Land taken for the new station: an interview with a farmer", "On 13 May a farmer from Hill Town tried to stop the bulldozers. We spoke to his brother.", "Han Dongfang [Han]", "When did the conflict originally occur? Would you mind telling me from the beginning?", "Villager:", "It was in July or August 2002, when the county wanted our land.", "Han:", "Did they say what the land would be used for?", "Villager:", "I asked the official at that time, “What would you do with our farmland?” And they said a power station.", "Han:", "How much did they pay?", "Villager:", "The compensation was 25,000 yuan."].join("\n\n") + "\n";
  const { x, doc } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, doc.text.slice(q.start, q.start + 14)]), [
    ["transcript_turn", "Han Dongfang", "When did the c"],
    ["transcript_turn", "Villager", "It was in July"],
    ["transcript_turn", "Han Dongfang", "Did they say w"],
    ["transcript_turn", "Villager", "I asked the of"],
    ["quotation", "Villager", "What would you"],
    ["transcript_turn", "Han Dongfang", "How much did t"],
    ["transcript_turn", "Villager", "The compensati"],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[25000, "Villager"]]);
});

test("'NPR's Louisa Lim reports on ...' names a reporter, whose label in capitals then opens her report", () => {
  const text = ["Jobless workers go home", "Valley Radio's Louisa Lim reports on the newly unemployed from the hill province.", "LOUISA LIM: Twenty-seven-year-old Shao Yunlong drags a cart of mud across his plot. He earned $175 a month as a waiter."].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Louisa Lim", "reporter"], ["Shao Yunlong", null]]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Louisa Lim"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[27, "Louisa Lim"], [175, "Louisa Lim"]]);
});

test("a quotation no clause reports, after a paragraph that names the speaker by surname alone ('... part of Wang's life'), is the words of the one person with that surname", () => {
  const text = article(
    "Wang Li, 30, and her parents are to be moved from the mountain.",
    "\"We love our quiet life here,\" Wang said.",
    "Xu Tengfang, a spokesman for the relocation office, said 40 families had moved.",
    "Taoism is part of Wang's life. She visits the temples at least once a week.",
    "\"My parents are so used to living in harmony with nature. I wonder if they can fit in at the new site.\"",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.filter((q) => q.form === "quotation").map((q) => q.speaker), ["Wang Li", "Wang Li"]);
  // (Where two people share the surname, it names neither.)
  const two = extractFrom(article("Wang Li, 30, lives on the mountain.", "Wang Fang, 52, a spokeswoman for the relocation office, said 40 families had moved.", "Taoism is part of Wang's life. She visits the temples at least once a week.", "\"My parents are so used to living in harmony with nature. I wonder if they can fit in at the new site.\""));
  assert.notEqual(two.x.quotes.at(-1)?.speaker, "Wang Li");
});

test("a broadcast transcript's 'RUND ABDELFATAH, HOST:' alone over her words is her turn; '..., up 24.5 percent, which is 4.1 percent higher than ..., said Wang Yue, ...' is Wang Yue's", () => {
  const text = ["Five Fingers Crush The Land", "(SOUNDBITE OF SONG)", "ABDUREHIM HEYT: We sing of our fathers.", "HEYT: (Singing in Uyghur).", "MARA HILL, HOST:", "This is a song sung by a musician who was held for two years in a camp far from his home.", "SEAN ROBERTS: The valley people number around 12 million."].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Abdurehim Heyt", "Mara Hill", "Sean Roberts"]);
  // (The host is a person with that role; "The Valley people are a Turkic ethnic group" names a people, no person.)
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]).filter(([name]) => name === "Mara Hill"), [["Mara Hill", "host"]]);
  const people = extractFrom(article("The Uyghurs are a Turkic ethnic group living in the northwest, and Sean Roberts, a professor, said 12 million of them live there."));
  assert.deepEqual(people.x.entities.people.map((p) => p.name), ["Sean Roberts"]);
  const figures = extractFrom(article("The cash income of rural residents rose to 2,389 yuan in the first half, up 24.5 percent year-on-year, which is 4.1 percent higher than the national rate, said Wang Yue, chief statistician of the bureau, on Wednesday at a press conference."));
  assert.deepEqual(figures.x.quotes.map((q) => q.speaker), ["Wang Yue"]);
  assert.ok(figures.x.claims.every((c) => c.attributedTo === "Wang Yue"), JSON.stringify(figures.x.claims.map((c) => c.attributedTo)));
});

test("'he said' after 'Tang's house was renovated ...' is Tang Rongbin, named before by surname; 'added the villager from Hill village, ...' and a quotation over 'Herdsman Norig Tsering took ...' are the person named; 'Valley Radio's Zhang Ru gives you a look' is the reporter, who speaks none of it", () => {
  const text = article(
    "Tang Rongbin, 73, and Gu Chenghu, 65, both had their homes rebuilt.",
    "\"My house is almost like one in the city,\" Gu said. His new house has four bedrooms.",
    "Tang's house was renovated with money from a government fund.",
    "\"I never dreamed of living in such a house before,\" he said.",
  );
  assert.deepEqual(extractFrom(text).x.quotes.map((q) => q.speaker), ["Gu Chenghu", "Tang Rongbin"]);
  const villager = article("\"I only have two dreams and they both came true last year,\" said Luo Huiming, a 63-year-old resident of Hill county.", "\"I finally have a decent house to live in,\" added the villager from Hill village, Valley county.");
  assert.deepEqual(extractFrom(villager).x.quotes.map((q) => q.speaker), ["Luo Huiming", "Luo Huiming"]);
  const herdsman = article("Valley Radio's Zhang Ru gives you a close look at a herdsmen's village in the county.", "\"We moved here in 2008. I have two daughters, one son, and four grandchildren.\"", "Herdsman Norig Tsering took his wife and four grandchildren to the new village.");
  const { x } = extractFrom(herdsman);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Norig Tsering"]);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Zhang Ru", "reporter"], ["Norig Tsering", "herdsman"]]);
});

test("a radio transcript: 'I'm Michele Norris.' is the host's turn and names her; 'LOUISA LIM reporting:' is the reporter's turn and byline; 'Mrs. WU:' is Wu Dexiu; a turn that is only '(Speaking foreign language)' says nothing; 'LIM: I like this job, she says.' is Wu's words without the label", () => {
  const text = [
    "From Valley Radio News, this is THE EVENING SHOW. I'm Michele Norris.",
    "And I'm Melissa Block.",
    "All this week we are hearing about the countryside. Roughly two thirds of the valley's people were born in villages.",
    "Valley Radio's Louisa Lim has this profile of one migrant worker.",
    "LOUISA LIM reporting:",
    "Wu Dexiu starts up her moped to go to work, weaving through the traffic on the city's busy streets.",
    "40-year-old Mrs. Wu cleans houses for a living.",
    "Mrs. WU: (Speaking foreign language)",
    "LIM: I like this job, she says. My clients trust me and it is much easier than farming.",
  ].join("\n\n") + "\n";
  const { x, doc } = extractFrom(text);
  assert.equal(doc.metadata.author, "Louisa Lim");
  assert.equal(doc.metadata.outlet, "Valley Radio");
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, doc.text.slice(q.start, q.start + 12)]), [
    ["transcript_turn", "Michele Norris", "From Valley "],
    ["transcript_turn", "Melissa Block", "And I'm Meli"],
    ["transcript_turn", "Louisa Lim", "Wu Dexiu sta"],
    ["reported_speech", "Wu Dexiu", "I like this "],
    // (With "Mrs. WU:" counted among the labels in capitals, "LIM:" is a transcript's turn like the others.)
    ["transcript_turn", "Louisa Lim", "I like this "],
  ]);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Michele Norris", "Melissa Block", "Louisa Lim", "Wu Dexiu"]);
});

test("'..., said Bert Hofman, country director of the bank, during an exclusive interview with valleygate.cn.' is his; the site's own label 'Valleygate.cn:' asks the questions of that interview", () => {
  const text = ["Valley's line is higher than the new standard", "The valley's line of 2,300 yuan per year is higher than the $1.90 a day line, said Bert Hofman, country director of the bank, during an exclusive interview with valleygate.cn. Excerpts as follow:", "Valleygate.cn: The valley has helped 439 million people out of poverty. How would you evaluate this progress?", "Bert Hofman: The valley's success in reducing extreme poverty is widely recognized, and the number of poor fell from 878 million to 87 million."].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["reported_speech", "Bert Hofman"], ["transcript_turn", "Valleygate.cn"], ["transcript_turn", "Bert Hofman"]]);
});

test("a podcast's 'Hey, I'm Kelly McEvers, and this is Embedded from Valley Radio.' under its timestamp is her turn, names her, and names the broadcaster; 'I'm Ayesha Rasko, and this is the Sunday Story.' too", () => {
  const text = ["4.8 • 11.8K Ratings", "0:19.1 | Hey, I'm Kelly McEvers, and this is Embedded from Valley Radio. |", "0:23.6 | In the valley region, the government for years has been detaining tens of thousands of people. |"].join("\n") + "\n";
  const { x, doc } = extractFrom(text);
  assert.equal(doc.metadata.outlet, "Valley Radio");
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Kelly McEvers"]]);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Kelly McEvers"]);
  const sunday = extractFrom(["Transcribe your podcast", "[00:00:00]", "I'm Ayesha Rasko, and this is the Sunday Story. A couple of years ago, we aired two episodes by our correspondent."].join("\n\n") + "\n");
  assert.equal(sunday.doc.metadata.title, null);
  assert.deepEqual(sunday.x.quotes.map((q) => q.speaker), ["Ayesha Rasko"]);
});

test("an epigraph, '“...” Zhang Xunmou Director, Religious Research Centre, ..., 27 August 2019[1]', is the words of the name after its closing mark, and lends its speaker to no quotation after it", () => {
  const text = article("“The ultimate goal of religious work is to achieve its complete sinicisation.” Zhang Xunmou Director, Religious Research Centre, Valley Work Department, 27 August 2019[1]", "“They don’t have human rights. It’s not about violating, they just don’t have human rights.” A party official in a television interview, April 7, 2020[2]");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Zhang Xunmou", null]);
});

test("'Kam Wing Chan 陈金永, professor of geography at ...': a name with its Chinese characters after it is a person with that role, who answers the 'A:' turns", () => {
  const text = ["Q&A: Turning the valley's migrant workers into a middle class", "To understand the largest urbanization movement in the valley, we have invited Kam Wing Chan 陈金永, professor of geography at the Valley University, to shed some light on it.", "Q:  Cheap labor has been a source of huge profit for companies. Is our concept of the valley as a producer of cheap goods outdated?", "A:  It has been eroded, but not totally. More than 350 million rural people are expected to move to cities."].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Kam Wing Chan", "professor of geography at the Valley University"]]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["reporter", "Kam Wing Chan"]);
});

test("a government transcript's 'Financial Secretary:' turns are the person the page introduced with that post ('the Financial Secretary, Mr Henry Tang'); 'Email this article Government Homepage' is chrome, not the headline", () => {
  const text = ["Press Release", "Email this article Government Homepage", "Transcript of FS on latest unemployment rate", "Following is the transcript of a media session by the Financial Secretary, Mr Henry Tang, on the latest unemployment rate this afternoon:", "Financial Secretary: The latest unemployment figure for August to October is 6.7%. It's a mild drop of 0.1%.", "Reporter: Why such a big increase in employment?", "Financial Secretary: It is very much due to market forces, and we created about 110,000 jobs."].join("\n\n") + "\n";
  const { x, doc } = extractFrom(text);
  assert.equal(doc.metadata.title, "Transcript of FS on latest unemployment rate");
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Henry Tang", "Reporter", "Henry Tang"]);
  assert.ok(x.claims.every((c) => c.attributedTo === "Henry Tang"), JSON.stringify(x.claims.map((c) => c.attributedTo)));
});

test("an older broadcast transcript: 'MICHELE NORRIS, host:' alone, 'Mr. TOM REYES (Professor, Hill College):' and 'Mr. REYES:' before the words, 'NORRIS:' after; 'ANNA LEE - PRODUCER - THE SHOW:' and 'MAX STONE - VALLEY REPORTER, 1989:' with their part after a dash", () => {
  const text = ["Rural Valley Left Behind", "MICHELE NORRIS, host:", "All this week, we're visiting the valley's countryside. About 70 percent of its people live in rural areas.", "Mr. TOM REYES (Professor, Hill College): The gap is quite tremendous. In cities the income is roughly $4,000 a year.", "NORRIS: And in the villages?", "Mr. REYES: Probably less than $1,000 a year.", "ANNA LEE - PRODUCER - VALLEY, IF YOU'RE LISTENING: I was about 20 when I first saw it.", "MAX STONE - VALLEY REPORTER, 1989: Only one brave protester dared resist the tanks.", "MAX STONE, 1989: Eventually, the man was dragged away by friends."].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Michele Norris", "Tom Reyes", "Michele Norris", "Tom Reyes", "Anna Lee", "Max Stone", "Max Stone"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[70, "Michele Norris"], [4000, "Tom Reyes"], [1000, "Tom Reyes"], [20, "Anna Lee"]]);
  // (Named as prose names them, with the part each plays; "Eventually," opening a sentence is no one.)
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Michele Norris", "host"], ["Tom Reyes", "professor"], ["Anna Lee", "producer"], ["Max Stone", "valley reporter"]]);
});

test("a station's tagline over its player ('Serving Hilltown, Ann Arbor and Valley County, MI') is no headline and names no one", () => {
  const text = ["© 2024 WVAL", "Serving Hilltown, Ann Arbor and Valley County, MI", "Play Live Radio", "Next Up:", "0:00 0:00", "Available On Air Stations", "", "Youth unemployment in the valley hits a record high", "", "", "The valley has an unemployment problem. Overall, unemployment for May was 5.2%, and for young people it hit a record 20.8%."].join("\n") + "\n";
  assert.equal(documentFrom(text).metadata.title, "Youth unemployment in the valley hits a record high");
  assert.deepEqual(extractFrom(text).x.entities.people, []);
});

test("a podcast's host naming themselves after a greeting or the show ('0:00.0 | Hello there, I'm Ed Butler and welcome to ...', 'From the Evening, I'm Jason Palmer.'): the host's turn; 'The show is called The Prince' names no one", () => {
  const text = ["Business Daily", "0:00.0 | Hello there, I'm Ed Butler and welcome to Business Daily from the Valley Service. |", "0:05.1 | Coming up, slavery in the supply chain. |", "From the Evening, I'm Jason Palmer. This is episode 6 of a new 8-part series.", "The show is called The Prince."].join("\n\n") + "\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Ed Butler"], ["transcript_turn", "Jason Palmer"]]);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Ed Butler", "Jason Palmer"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[8, "Jason Palmer"]]);
});

test("a site's 'Full Coverage:' and a paper's 'Attribution:' over their lists are labels, no speakers and no people", () => {
  const { x } = extractFrom(["Valley workers take jobs of their own will", "Updated: 2009-07-19 15:34", "\"Many people took money home,\" said the 21-year-old woman, who works in a toy factory.", "Full Coverage:", "Valley workers take jobs of their own will Riot in the town", "Attribution:", "Kara Moss, \"Decoding the valley,\" Issue Brief No. 574, September 2022, Valley Research Foundation."].join("\n\n") + "\n");
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn"), []);
  assert.ok(!x.entities.people.some((p) => p.name === "Full Coverage" || p.name === "Attribution"), JSON.stringify(x.entities.people.map((p) => p.name)));
});

test("a dateline with a short dash, 'HILLTOWN, Valley – The couple sat amid the detritus of their lives: ...', is no speaker's label and no person", () => {
  const { x } = extractFrom(["Elderly left behind", "HILLTOWN, Valley – The elderly couple sat on their bed surrounded by the detritus of their lives: worn-out shoes, empty tin cans. On a small table, two dirty cups sat beside an old radio.", "\"We can live like this,\" said Hou Li, 71."].join("\n\n") + "\n");
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["quotation", "Hou Li"]]);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Hou Li"]);
});

test("a transcript set as a list, '  • Judy Woodruff:' over her indented words, gives each labelled person their turn", () => {
  const { x } = extractFrom(["Taking stock of the valley", "  • Jane Wood:", "    Beginning tomorrow, we will launch a 10-part series exploring the valley and its relationship with the hills.", "  • Nick Shaw:", "    When it comes to the military, the economy and global influence, the two most important regions are the valley and the hills."].join("\n\n") + "\n");
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Jane Wood"], ["transcript_turn", "Nick Shaw"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[10, "Jane Wood"]]);
});

test("'she said' is never a man the text marks as one: 'Gulnar, a 41-year-old Kazakh woman,' then '\"...,\" Mr. Ma Jun ... said' then '\"...,\" she said' is Gulnar's, and 'The Kazakh worker said' is hers too, a resident by her age", () => {
  const { x } = extractFrom(article(
    "\"We set up the workshop in 2015 and most workers are women,\" Mr. Ma Jun, deputy head of the town's labour office, said.",
    "Gulnar, a 41-year-old Kazakh woman, has worked at the workshop for three years. \"I walk here every morning,\" she said.",
    "\"Their lives have changed,\" Ma said. \"They earn their own money now.\"",
    "The Kazakh worker said she is paid by the piece. \"For one cushion, I earn 3 yuan,\" she said.",
  ));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Ma Jun", "Gulnar", "Ma Jun", "Ma Jun", "Gulnar", "Gulnar"]);
  assert.equal(x.entities.people.find((p) => p.name === "Gulnar")?.role, "41-year-old Kazakh woman");
});

test("a briefing by the 'Spokesman for the Secretary-General' gives 'The Secretary-General said' to no spokesman, and 'Mr. [Kofi] Mensah', the editor's brackets round his given name, is the person Kofi Mensah", () => {
  const { x } = extractFrom(article(
    "The following is a near-verbatim transcript of today's noon briefing by Lars Olsen, Spokesman for the Secretary-General.",
    "The Secretary-General is in Nairobi for the water summit. Opening the summit, Mr. [Kofi] Mensah said that 40 million people in the region lack safe water. He added that there are reasons for hope. The Secretary-General said the new fund has raised $1.2 billion.",
  ));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Kofi Mensah", "Kofi Mensah", "Kofi Mensah"]);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Lars Olsen", "Kofi Mensah"]);
});

test("a word alone before an honorific and a full name is that person's title: 'the leader of the exiles, Sikyong Dr Tenzin Norbu,' and then '\"...,\" Sikyong said' are Tenzin Norbu's", () => {
  const { x } = extractFrom(article(
    "Speaking to reporters in the hill town, the political leader of the exiles, Sikyong Dr Tenzin Norbu, spoke of the new report on the region.",
    "\"The report has 12 chapters and none of them is true,\" Sikyong said.",
  ));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Tenzin Norbu"]);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Tenzin Norbu", "Sikyong"]]);
});

test("an interview labelled 'BBC:' and 'Dr. Rinchen:' (or 'DR. Rinchen:') on a page that names Dr Tashi Rinchen gives him his turns", () => {
  const { x } = extractFrom(article(
    "The president of the exile parliament, Dr Tashi Rinchen, appeared on the evening programme with host Ann Wells on Thursday. Below is the full transcript.",
    "BBC: The government has accused you of making trouble in the region.",
    "Dr. Rinchen: Yes. They call me a separatist, and I disagree. All I ask is genuine autonomy.",
    "BBC: Is the dialogue taking place?",
    "DR. Rinchen: Unfortunately not. Since January 2010 there has been no dialogue.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "BBC"], ["transcript_turn", "Tashi Rinchen"], ["transcript_turn", "BBC"], ["transcript_turn", "Tashi Rinchen"]]);
});

test("a headline 'Premier Wang Qiang Meets the Press: Full Transcript' names Wang Qiang, not 'Wang Qiang Meets', and 'Premier Wang:' is his turn", () => {
  const { x } = extractFrom([
    "Premier Wang Qiang Meets the Press: Full Transcript of Questions and Answers",
    "Premier Wang Qiang meets the press after the closing of the session in the capital.",
    "Valley Daily: What will the government do to avert job losses this year?",
    "Premier Wang: We have set this year's target of new urban jobs at over 9 million.",
    "Valley Daily: And the rural migrant workers?",
    "Premier Wang: Their incomes rose by 5 percent last year.",
  ].join("\n\n") + "\n");
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Wang Qiang"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Valley Daily", "Wang Qiang", "Valley Daily", "Wang Qiang"]);
  assert.deepEqual(x.quotes.map((q) => q.form), ["transcript_turn", "transcript_turn", "transcript_turn", "transcript_turn"]);
});

test("an oral history labelled with initials: 'Y: I'm Meilan, I am 65.' makes Y Meilan; a question no label sets, before a labelled answer, is the interviewer's and not the last speaker's", () => {
  const { x } = extractFrom(article(
    "What is your name and how old are you?",
    "Y: I'm Meilan, I am 65.",
    "C: My name is Dehua. I am 74, nine years older than she is.",
    "Who decides how the money is spent in your family?",
    "C: I am the one who has the say.",
    "Y: That's true.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.speaker, q.form]), [["interviewer", "transcript_turn"], ["Meilan", "transcript_turn"], ["Dehua", "transcript_turn"], ["interviewer", "transcript_turn"], ["Dehua", "transcript_turn"], ["Meilan", "transcript_turn"]]);
});

test("'The Valley Daily article, jointly published by two experts, said ...' is the Valley Daily's, not 'jointly published by two experts'", () => {
  const { x } = extractFrom(article(
    "HILLTOWN, Jan. 28 (Valley News) -- A rights group claimed last year that the housing programme forced herders from their land.",
    "The Valley Daily article, jointly published by two experts on the region, said the group's conclusion was groundless.",
  ));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["A rights group", "Valley Daily"]);
});

test("'according to a written instruction from the premier to a national meeting' is the premier the page names, not the meeting", () => {
  const { x } = extractFrom(article(
    "HILLTOWN, Sept. 17 (Valley News) -- Premier Wang Qiang has called for better relocation work.",
    "The relocation must be targeted, safe and transparent, according to a written instruction from the premier to a national meeting on poverty reduction, which ended Sunday.",
  ));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Wang Qiang"]);
});

test("'Reziwanguli, who has worked in the city for some time, said: \"...\"' is one quotation of a person named once, no name-and-role line; '\"...,\" said the 18-year old' is who the page named before", () => {
  const { x } = extractFrom(article(
    "Reziwanguli, who has worked in the city for some time, said: \"I often cried after I came here because I missed home.\"",
    "Gulnar, 18, arrived on Friday. \"I come with three wishes,\" said the 18-year old.",
  ));
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["quotation", "Reziwanguli"], ["quotation", "Gulnar"]]);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Reziwanguli", null], ["Gulnar", "resident"]]);
});

test("'... the Kalon Tripa (political leader) of the exiles, Dr. Tenzin Norbu, ...' then '\"...,\" said the Kalon Tripa addressing the situation at home' is Tenzin Norbu's; 'the Valley Bank's country director, Mark Hill,' leaves the Bank its own words", () => {
  const { x } = extractFrom(article(
    "The blackout came seconds into a live interview with the Kalon Tripa (political leader) of the exiles, Dr. Tenzin Norbu, on the evening programme.",
    "\"It is a sad situation,\" said the Kalon Tripa addressing the situation at home.",
    "The report was presented by the Valley Bank's country director, Mark Hill, on Monday. \"Growth will slow,\" the Valley Bank said.",
  ));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Tenzin Norbu", "Valley Bank"]);
});

test("a caption 'Mark Hill, country director of the Valley Fund, speaks with the radio's reporter Ann Wu ...' gives him no reporter's role, so 'He explains how ...' is his", () => {
  const { x } = extractFrom(article(
    "Mark Hill, country director of the Valley Fund (VF) speaks with the radio's reporter Ann Wu on the fund's work on Tuesday, April 16, 2019 in the capital.",
    "About 14 million people left poverty last year.",
    "The radio's reporter Ann Wu spoke with Mark Hill, country director of the Valley Fund (VF).",
    "He explains how the region has freed more than 700 million people from poverty over the past 40 years.",
  ));
  assert.equal(x.entities.people.find((p) => p.name === "Mark Hill")?.role, "country director of the Valley Fund (VF)");
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Mark Hill"]);
});

test("a TV script's caption in capitals over a soundbite ('WANG LI DIRECTOR, VALLEY FARM BUREAU \"We ...\"', 'LI MEI, villager \"...\"') names the speaker as prose writes names, with the post as the role; the soundbite ends at its closing mark, and the narration run on after it is the page's", () => {
  const text = "Orchards bring cash to the valley\nUpdated 10:15, 12-Sep-2020\nFruit has changed a county's fortunes. KTN's Ma Li reports.\nWANG JIANHUA DIRECTOR, VALLEY AGRICULTURE BUREAU \"We trained 3,000 growers. Now each family earns 20,000 yuan a year.\"\nIn 2014 the county had 86,000 poor residents.\nLI XIUYING, villager of Nanshan \"My children can go to school in town now.\"\n";
  const { doc, x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [
    ["Wang Jianhua", "We trained 3,000 growers. Now each family earns 20,000 yuan a year."],
    ["Li Xiuying", "My children can go to school in town now."],
  ]);
  assert.equal(x.entities.people.find((p) => p.name === "Wang Jianhua")?.role, "director, valley agriculture bureau");
  assert.equal(x.entities.people.find((p) => p.name === "Li Xiuying")?.role, "villager of Nanshan");
  const credit = (v: number) => x.claims.find((c) => c.value === v)?.attributedTo;
  assert.equal(credit(3000), "Wang Jianhua");
  assert.equal(credit(86_000), "KTN");
});

test("'Here is the English text:' and 'Full text:' hand the page to the writer its title names, as 'The full text is as follows:' does", () => {
  for (const handover of ["Here is the English text:", "Full text:", "Below is the full text of the article:"]) {
    const text = `Ambassador Li Ming published a signed article entitled Facts About the Valley on a local paper\n2020/02/05\n\nOn February 4, the ambassador to the valley H.E. Mr. Li Ming published a signed article on a local newspaper to introduce the valley.\n\n${handover}\n\nFacts About the Valley\n\nFrom 2014 to 2018, over 2.31 million people in the valley have been lifted out of poverty.\n`;
    const { x } = extractFrom(text);
    assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[2_310_000, "Li Ming"]], handover);
  }
});

test("a player's transcript whose clocked pieces run together ('0:00.0 | Hello there, I'm Ann Lee and welcome to Valley Money. | 0:05.1 | ...'): the piece in which the host names herself is her turn", () => {
  const text = "Valley Money\n\n🗓️ 12 January 2021\n\nClick on a timestamp to play from that location\n0:00.0 | Hello there, I'm Ann Lee and welcome to Valley Money from KVR. |\n0:05.1 | Coming up, what the cotton harvest pays the pickers who come from far away. |\n0:10.8 | Some earn 80 yuan a day. |\n0:12.0 | They need to know where their cotton comes from. |\n0:15.9 | We hear from two brands who have pulled out of the valley. |\n0:18.7 | Is it time that firms joined forces on this and looked at the whole of the supply chain, from field to shop? |\n0:22.9 | Many of us overlap, and there are many brands sourcing from any given supplier in the valley. |\n";
  const { doc, x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [["Ann Lee", "Hello there, I'm Ann Lee and welcome to Valley Money from KVR."]]);
});

test("'the so called \"mass forced labor\"', written apart, quotes no one called 'so'", () => {
  const { x } = extractFrom(article("In fact, the so called \u201cmass forced labor\u201d in the valley is nothing but lies. Over 3,000 workers signed contracts."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), []);
});

test("'Secretary Sun says ...' where the text named Sun Li, a secretary, and Sun Hua, a reporter, is the secretary's", () => {
  const text = "Valley roads bring change\n\nKVR's Sun Hua reports from the valley.\n\nSUN LI SECRETARY, CPC VALLEY PROVINCIAL COMMITTEE \"We have been building roads to every village.\"\n\nIn 2018 the poor population fell to 1.5 million. Secretary Sun says the focus now is the 1.8 million relocated villagers.\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Sun Li", "Sun Li"]);
});

test("'This was stated by Badar uz Zaman, ...' makes the sentence before it his (the name as written, its particle in lower case); words that already say whose they are ('the Daily announced that ...') stay theirs", () => {
  const text = article(
    "The hill government and private institutions play a key role in poverty eradication and have set an example for the world. This was stated by Badar uz Zaman, Commercial Counsellor of the Valley Embassy here.",
    "On December 24, the Daily announced that more than 10 million people were expected to be lifted from poverty. This was stated by Liu Yongfu, director of the poverty office in Beijing.",
  );
  const { doc, x } = extractFrom(text);
  const said = x.quotes.filter((q) => q.form === "reported_speech").map((q) => [q.speaker, doc.text.slice(q.start, q.start + 24)]);
  assert.deepEqual(said.filter(([s]) => s === "Badar uz Zaman"), [["Badar uz Zaman", "The hill government and "]]);
  assert.deepEqual(said.filter(([s]) => s === "Liu Yongfu"), []);
});

test("a page in the British style quotes with single marks ('It will bring 300 jobs,' said ...), apostrophes and a plural's possessive left alone; a passive naming verb's agent after 'by' speaks ('described as ... by former Bank President Jim Yong Kim')", () => {
  const british = "‘We have seen the farmers’ houses rebuilt,’ said Ana Lind. The children don't walk far now.";
  assert.deepEqual(quotationSpans(british).map((s) => british.slice(s.start, s.end)), ["We have seen the farmers’ houses rebuilt,"]);
  assert.deepEqual(quotationSpans("She said 'a good start' and 'more' but \"this\" counts.").length, 1);
  assert.deepEqual(speakersIn("‘It will bring 300 jobs to the towns,’ said Ana Lind, a teacher."), ["Ana Lind"]);
  assert.deepEqual(speakersIn("The growth is a phenomenon that has been described as 'unmatched in human history' by politicians such as former Bank President Jim Yong Kim. During that time the valley grew."), ["Jim Yong Kim"]);
  assert.deepEqual(speakersIn("The growth has been called \"a model for the region\" by the World Bank."), ["World Bank"]);
});

test("'... no longer labeled as 'impoverished'. This was stated by Liu Yongfu': a sentence opening on 'This' after a quoted word is no speaker's clause for it", () => {
  assert.deepEqual(speakersIn("On December 24, Valley Daily announced that some 340 counties would no longer be labeled as \"impoverished\". This was stated by Liu Yongfu, director of the Valley Office."), ["Valley Daily"]);
});

const page = (...lines: string[]) => `${lines.join("\n")}\n`;

test("a TV script's slug block gives its headline, writer and day ('((PLAYBOOK SLUG: ... HEADLINE: ... PUBLISHED AT: 9/7/2022 ... BYLINE: Name ...))'), and a cue in double brackets names who speaks next ('((Ana Lind, Herder)) “...”', '((Valley Student (Boy 1)) “...”'); '((NARRATOR))' names no one", () => {
  const script = page("Valley Herders WEB", "Metadata", "- Valley Herders WEB", "- September 7, 2022", "- Transcript/Script English SHARE ((PLAYBOOK SLUG: Valley Herders HEADLINE: A Herder's Story: Life on the High Pastures TEASER: A woman recounts the move PUBLISHED AT: 9/7/2022 at 11am BYLINE: Mara Quist CONTRIBUTOR: DATELINE: Hilltown TYPE: TVPKG)) ((INTRO)) [[Officials say 3,000 herders have moved to the valley towns.]] ((NARRATOR)) Ana Lind spent nearly three years in a new town. ((Ana Lind, Herder)) “I was given a flat of 80 square metres, but no work.” ((Valley Student (Boy 1)) “My uncle has been away for three years.”");
  const m = documentFrom(script).metadata;
  assert.deepEqual([m.title, m.author, m.publishedDate], ["A Herder's Story: Life on the High Pastures", "Mara Quist", "2022-09-07"]);
  const { doc, x } = extractFrom(script);
  assert.deepEqual(x.quotes.filter((q) => q.form === "quotation").map((q) => [q.speaker, doc.text.slice(q.start, q.start + 12)]), [["Ana Lind", "I was given "], ["Valley Student (Boy 1)", "My uncle has"]]);
});

test("'the eastern province of Jiangsu reported' speaks for Jiangsu, and 'The province has claimed' after it for the province named last", () => {
  assert.deepEqual(speakersIn("At the start of this year, the eastern province of Jiangsu reported that only 17 of its 80 million residents were poor. The province has claimed that 2.54 million people had been lifted out of poverty in the past four years."), ["Jiangsu", "Jiangsu"]);
});

test("a journalist the paragraph is about, the subject of its sentence, is whom 'He said' stands for when no one else is named ('Nugroho Fery Yudho, a senior editor from Kompas, ... commended ... He said ...')", () => {
  assert.deepEqual(speakersIn("Nugroho Fery Yudho, a senior editor from Kompas, an Indonesian paper, who visited the valley for the first time, commended the efforts. He said what he saw in the valley was not as reported."), ["Nugroho Fery Yudho"]);
});

test("a speech whose title is set over 'Remarks by State Councilor Li Wenhai at the Event ...' is his from its salutation on, figures and all", () => {
  const text = page("New Development of the Valley, and New Opportunities for the World", "Remarks by State Councilor Li Wenhai at the Event Presenting the Valley to the World", "2021-10-21 10:56", "", "20 October 2021", "", "Your Excellencies,", "", "Good afternoon!", "", "The ministry has presented 21 provinces to the world to date. In the ensuing 70 years the valley grew more than 300 times.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[21, "Li Wenhai"], [70, "Li Wenhai"], [300, "Li Wenhai"]]);
});

test("a programme page's pull quote signed with a description ('\"Every 200 meters, there are checkpoints.\" Valley herder') is that speaker's; 'Photo by ...' signs nothing", () => {
  assert.deepEqual(speakersIn('"Every 200 meters, there are checkpoints. They check your IDs." Valley herder', "It is a remote corner of the world.", '"I realised it was kind of next level material." Open source investigator'), ["Valley herder", "Open source investigator"]);
  assert.deepEqual(speakersIn("It is a remote corner of the world.", '"The new road opened last year and buses now run daily." Photo by Li'), [null]);
});

test("'told reporters at the start of the Forum ..., being held in Hilltown through Friday, that ...': where she told them, and an aside, stand before 'that'", () => {
  assert.deepEqual(speakersIn("Liza Maza, head of the Anti-Poverty Commission, told reporters at the start of the 12th Forum on Social Development, being held in Hilltown through Friday, that the valley has been assessing the poverty of 300 villages since last year."), ["Liza Maza"]);
});

test("a hearing's printed record ('    Chair Brennan. Good morning.'), each paragraph's first line indented, names the witnesses its headings introduce ('STATEMENT OF TERESA OKAFOR-LIND, SENIOR RESEARCHER')", () => {
  const text = [
    "VALLEY LABOR HEARING",
    "",
    "  OPENING STATEMENT OF HON. HAROLD J. BRENNAN, A U.S. REPRESENTATIVE",
    "",
    "    Chair Brennan. Good morning. This hearing will come to order.",
    "The valley grows roughly 83 percent of the country's cotton, and planning",
    "documents set a target of moving 2.4 million rural laborers into new jobs.",
    "    I now recognize the witness.",
    "",
    "  STATEMENT OF TERESA OKAFOR-LIND, SENIOR RESEARCHER, TEXTILE INSTITUTE",
    "",
    "    Dr. Okafor-Lind. Thank you, Chair Brennan. Our team reviewed 312",
    "procurement notices posted by county governments in the valley.",
    "    Representative Ostrowski. Dr. Okafor-Lind, how many people are in",
    "these programs today?",
    "",
  ].join("\n");
  const { doc, x } = extractFrom(text);
  const turns = x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 20), q.speaker]);
  assert.deepEqual(turns, [
    ["Good morning. This h", "Harold J. Brennan"],
    ["Thank you, Chair Bre", "Teresa Okafor-Lind"],
    ["Dr. Okafor-Lind, how", "Ostrowski"],
  ]);
});

test("a parliament's record: 'Q52 Chair:' is the chair the members' list names, 'Q54 Fiona Lockhart:' the member; 'Rosalind Kerr (Harbury North) (Con)' and 'The Minister for Asia (Graham Ashdown)' over the words, never the headline; 'CHAIR WHITAKER:' the chair", () => {
  const committee = extractFrom(["Oral evidence: Forced labour in valley supply chains", "", "Members present: Eleanor Pryce (Chair); Fiona Lockhart.", "", "Witnesses: Dr Ferreira and Professor Hale.", "", "Q52 Chair: Welcome to our second panel. How much of the solar supply chain runs through the valley?", "", "Professor Hale: By our estimate, the valley produced about 35% of the world's polysilicon last year.", "", "Q54 Fiona Lockhart: Dr Ferreira, what has the law achieved?", "", "Dr Ferreira: More than 9,000 shipments were stopped.", ""].join("\n"));
  assert.deepEqual(committee.x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Eleanor Pryce", "Professor Hale", "Fiona Lockhart", "Dr Ferreira"]);
  const hansard = extractFrom(["Valley: Labour Transfers and Poverty Statistics", "", "Volume 709: debated on Tuesday 22 February 2022", "", "The Minister for Asia (Graham Ashdown)", "", "I thank my hon. Friend for raising this matter. Officials have written to more than 60 companies.", "", "Rosalind Kerr (Harbury North) (Con)", "", "The documents show that cadres were told to visit every household at least three times.", "", "Harriet Coombe Portrait Harriet Coombe (Stroud Vale) (LD)", "- Hansard - - - Excerpts", "", "I beg to move that this House has considered labour transfer programmes.", ""].join("\n"));
  assert.equal(hansard.doc.metadata.title, "Valley: Labour Transfers and Poverty Statistics");
  assert.deepEqual(hansard.x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Graham Ashdown", "Rosalind Kerr", "Harriet Coombe"]);
  const court = extractFrom(["HEARING ON VALLEY LABOR", "", "The chair, Dolores Whitaker, said the hearing would run for two hours.", "", "CHAIR WHITAKER: Good afternoon, and welcome to today's hearing on 98.9 million rural residents.", "", "COMMISSIONER JALILOV: Can families refuse the transfers?", "", "MS. IMIN: Families who refuse are visited again and again.", ""].join("\n"));
  assert.deepEqual(court.x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker)[0], "Dolores Whitaker");
});

test("an interview that labels no turn ('Q How much ...?' or a question alone over its answer) gives each question to the interviewer the page names and each answer to the one who answers", () => {
  const magazine = extractFrom(["'Cotton Money Now Reaches Fewer Hands'", "", "Anna Berglund, a senior researcher at the Valley Institute, has spent ten years tracking farm incomes. In an interview with Rohan Menon, she discusses land transfers.", "", "Q How much has cotton farming changed since you began your fieldwork?", "", "Almost beyond recognition. In 2011 most cotton was picked by hand.", "", "Q Who benefits most from the land transfers, then?", "", "Larger growers and the cooperatives. Nine cooperatives farm 4,000 hectares.", "", "Q What would you like to see from the authorities?", "", "Better data. We need household figures by county.", ""].join("\n"));
  assert.deepEqual(magazine.x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [magazine.doc.text.slice(q.start, q.start + 12), q.speaker]), [
    ["How much has", "Rohan Menon"], ["Almost beyon", "Anna Berglund"], ["Who benefits", "Rohan Menon"], ["Larger growe", "Anna Berglund"], ["What would y", "Rohan Menon"], ["Better data.", "Anna Berglund"],
  ]);
  const student = extractFrom(["Dolma Kyi - Lobsang Tenzin", "", "Could you introduce yourself and your research?", "", "Of course. I am Dolma Kyi, and I grew up in a herding family in the valley.", "", "How large were these programmes?", "", "Very large. About 2,600 herder households were moved.", "", "What are you working on now?", "", "Writing, mostly.", ""].join("\n"));
  assert.deepEqual(student.x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Lobsang Tenzin", "Dolma Kyi", "Lobsang Tenzin", "Dolma Kyi", "Lobsang Tenzin", "Dolma Kyi"]);
  // (A quoted question is someone's quoted words, no interviewer's turn.)
  const quoted = extractFrom(article('SOPHIE HARTLEY BEIJING "How did you choose the families?"', 'MA WENQING PROFESSOR, LANZHOU UNIVERSITY "We went to 46 resettlement sites."', 'SOPHIE HARTLEY BEIJING "So are they better off?"', 'MA WENQING PROFESSOR, LANZHOU UNIVERSITY "On the whole, yes."', 'SOPHIE HARTLEY BEIJING "Are your findings typical?"', 'MA WENQING PROFESSOR, LANZHOU UNIVERSITY "I would say so."'));
  assert.ok(quoted.x.quotes.every((q) => q.speaker !== "interviewer"));
});

test("a video page that runs a soundbite's label onto the narration above the words ('...accounts for 40 percent.SOUNDBITE 1 (Uygur): MEMETJAN OBUL, Walnut grower'), and a studio's questions that call the reporter by name ('Q1. Wenjing, ...')", () => {
  const script = extractFrom(article("STORYLINE:It is harvest season in the valley.The crop accounts for 40 percent of incomes.SOUNDBITE 1 (Uygur): MEMETJAN OBUL, Walnut grower", '"My family has 25 mu of walnuts. This year we harvested about 4.5 tonnes."The plant cracks and roasts the nuts.SOUNDBITE 2 (Chinese): ZHOU LIPING, General manager, Valley Food Co.', '"We process around 30,000 tonnes of walnuts a year."'));
  assert.deepEqual(script.x.quotes.filter((q) => q.form === "quotation").map((q) => q.speaker), ["Memetjan Obul", "Zhou Liping"]);
  const studio = extractFrom(["Sub-anchor: Moving out of the dry hills, one family at a time", "", "Reporter: Xu Wenjing 丨 CCTV.com", "", "This is the final episode of our series. Our reporter Xu Wenjing joins us in the studio.", "", "Q1. Wenjing, the series followed families who left the mountains. How big is this relocation?", "", "A1: Since 2011, the region has moved about 350,000 people. Ma Shengli, a farmer of 52, moved in 2013.", "", "Q2. Not everyone adapts so quickly, surely?", "", "A2: No. Older people especially miss the land, Ma Shengli told us.", ""].join("\n"));
  assert.deepEqual(studio.x.quotes.filter((q) => q.form === "transcript_turn" && /^(?:Since|No\.)/.test(studio.doc.text.slice(q.start, q.end))).map((q) => q.speaker), ["Xu Wenjing", "Xu Wenjing"]);
});

test("'To: granite_stater' over a reply names whom it answers, and 'N posted on ... by X' under it its poster: each reply is its poster's turn, its number no figure", () => {
  const { x } = extractFrom("Valley forum\n\nCounty says 27,600 workers moved east\n\nPosted on 03/02/2021 6:12:40 PM PST by hill_reader\n\nThe county sent 27,600 workers to factories last year.\n\nTo: hill_reader\n\nSo out of 2.5 million people, that's about 1 percent.\n\n2 posted on 03/02/2021 6:20:03 PM PST by valley_fox\n\nTo: valley_fox\n\nThe deductions on a wage of around 2,800 yuan eat more than a fifth of it.\n\n3 posted on 03/02/2021 6:41:55 PM PST by granite_stater\n\nTo: granite_stater\n\nTheir auditor did 3 visits last year.\n\n4 posted on 03/02/2021 7:03:18 PM PST by tea_man\n");
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["valley_fox", "granite_stater", "tea_man"]);
  // (The thread's first post, "Posted on ... by hill_reader", speaks for its poster, as a blog's post does.)
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[27600, "County"], [27600, "hill_reader"], [2500000, "valley_fox"], [1, "valley_fox"], [2800, "granite_stater"], [0.2, "granite_stater"], [3, "tea_man"]]);
});

test("a briefing run into one paragraph after the spokesperson's announcement: 'At the invitation ... CCTV: ... Lin Haowen: ... Bloomberg: ... Lin Haowen: ...' is one turn each", () => {
  const { x } = extractFrom(page("Foreign Ministry Spokesperson Lin Haowen's Regular Press Conference on March 30, 2021", "", "At the invitation of the government of the Kingdom of Cambodia, State Councilor Tang Mingyuan will pay an official visit to Cambodia from April 2 to 4. CCTV: Some brands say they will stop buying cotton. What is your comment? Lin Haowen: I have noted these reports. The valley produced 5.08 million tonnes of cotton last year. Bloomberg: A report said 430,000 pickers were mobilized. Do you deny this figure? Lin Haowen: That report is not worth refuting. Reuters: Will the visit go ahead? Lin Haowen: Yes."));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Lin Haowen", "CCTV", "Lin Haowen", "Bloomberg", "Lin Haowen", "Reuters", "Lin Haowen"]);
});

test("'Q: I'm from China Daily. ...', 'Q: I'm Martin Keller with Deutsche Welle. ...': each questioner is who their question says, not the first one to give a name", () => {
  const { x } = extractFrom(page("Ministry of Foreign Affairs of the Valley Republic", "Home > Press and Media Service > Spokesperson's Remarks", "", "Foreign Ministry Spokesperson Shen Yanhua's Regular Press Conference on October 19, 2020", "", "2020/10/19", "", "Q: I'm from China Daily. How does China view its progress this year?", "", "A: China will eliminate absolute poverty by the end of this year.", "", "Q: I'm Martin Keller with Deutsche Welle. What's your response to the testimony?", "", "A: The so-called testimony is pure fabrication.", "", "Q: I'm from the Straits Times. Can you confirm this?", "", "A: I'm not aware of the specific case."));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["China Daily", "Shen Yanhua", "Martin Keller", "Shen Yanhua", "Straits Times", "Shen Yanhua"]);
});

test("a link aggregator's thread: the site over its menu, the shared link's title with its site in brackets, 'N points by X ...', and '▲ handle 8 hours ago | next [–]' or 'handle on March 27, 2021 [–]' over each comment", () => {
  const text = page("Valley News   new | past | comments | ask | show | jobs | submit  login", "", "▲ The county's pension pays 180 yuan a month (lowland.example.org)", "212 points by tallgrass 9 hours ago | hide | past | favorite | 147 comments", "", "▲ kestrel_ops 8 hours ago | next [–]", "", "The basic rural pension was 113 yuan a month in 2020.", "", "reply", "", "mwenzel on March 27, 2021 [–]", "That number is the cumulative count of 2.73 million people.", "", "Guidelines | FAQ | Lists | API | Security | Legal | Contact");
  const { doc, x } = extractFrom(text);
  assert.deepEqual([doc.metadata.title, doc.metadata.author, doc.metadata.outlet], ["The county's pension pays 180 yuan a month", "tallgrass", "Valley News"]);
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.start + 20), q.speaker]), [["The basic rural pens", "kestrel_ops"], ["That number is the c", "mwenzel"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[180, "tallgrass"], [113, "kestrel_ops"], [2730000, "mwenzel"]]);
});

test("a message board's thread: 'Logged', a member's stars and links, the subject each post repeats and '« Reply #1 on: ... »' are no words of its posts, and each post is its poster's", () => {
  const text = page("Valley Forum", "Home | Help | Search | Login | Register", "", "Valley Forum » General » News & Views » Herders moved to the valley: better life or not?", "", "Pages: [1] Go Down", "Author Topic: Herders moved to the valley: better life or not?  (Read 2871 times)", "", "tenzin_k", "  • Full Member", "  • ***", "  • Posts: 214", "    • Email", "Herders moved to the valley: better life or not?", "« on: March 14, 2019, 09:41:17 PM »", "Saw this in the news today. My uncle keeps 60 yaks.", "", "Logged", "", "rinchen_w", "  • Sr. Member", "  • ****", "  • Posts: 402", "Re: Herders moved to the valley: better life or not?", "« Reply #1 on: March 15, 2019, 03:02:55 AM »", "That cleaning wage of 2,400 yuan is not bad.", "", "Logged");
  const { doc, x } = extractFrom(text);
  assert.deepEqual([doc.metadata.title, doc.metadata.publishedDate, doc.metadata.author, doc.metadata.outlet], ["Herders moved to the valley: better life or not?", "2019-03-14", "tenzin_k", "Valley Forum"]);
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.end), q.speaker]), [["Saw this in the news today. My uncle keeps 60 yaks.", "tenzin_k"], ["That cleaning wage of 2,400 yuan is not bad.", "rinchen_w"]]);
});

test("'Background Information:' alone over an interview's opening paragraph is a heading, no speaker", () => {
  const { x } = extractFrom(page("Valley Journal", "", "Profile: Conversation with a Township Cadre on Labor Migration", "", "May 3rd, 2014 by · 23 Comments", "", "Background Information:", "", "The township has 31,400 residents, about 9,800 of them listed as poor.", "", "VJ: Mr. Ma, how many people work away from home?", "", "Ma: About 6,000 in a normal year.", "", "VJ: Where do they go?", "", "Ma: Mostly to Xinjiang and Zhejiang."));
  assert.deepEqual(x.claims.filter((c) => c.value > 9000).map((c) => [c.value, c.attributedTo]), [[31400, "Valley Journal"], [9800, "Valley Journal"]]);
});

test("a video page's timed transcript: '00:11 Name, role: words' is that person's line, '[Caption]' lines are the page's own words, and a library proxy's banner and a 'close' button name no one", () => {
  const text = [
    "Campus Library | You are accessing this site through the library proxy. Log out | Help",
    "Valley Morning Post",
    "Families leave cliffside villages for new flats",
    "Families moved this winter, part of a scheme that the provincial government says will rehouse 700,000 people this year.",
    "February 19, 2018",
    "close",
    "Transcript",
    "00:05 [Caption] 1,200 households from 30 villages are moving this winter.",
    "00:11 Wei Lan, relocated villager: Up there we walked forty minutes to fetch water.",
    "00:31 [Caption] Each resident receives a subsidy of up to 20,000 yuan.",
    "00:38 Huang Min, director, county relocation office: This year the county will move 21,000 people.",
    "01:16 [Caption] The county government says about 60 percent of adults have found work.",
  ].join("\n") + "\n";
  const { doc, x } = extractFrom(text);
  assert.equal(doc.metadata.outlet, "Valley Morning Post");
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.start + 12)]), [
    ["provincial government", "will rehouse"],
    ["Wei Lan", "Up there we "],
    ["Huang Min", "This year th"],
    ["county government", "about 60 per"],
  ]);
  assert.deepEqual(x.claims.map((c) => [doc.text.slice(c.start, c.end), c.attributedTo]), [
    ["700,000 people", "provincial government"],
    ["1,200 households", "Valley Morning Post"],
    ["30 villages", "Valley Morning Post"],
    ["forty minutes", "Wei Lan"],
    ["up to 20,000 yuan", "Valley Morning Post"],
    ["21,000 people", "Huang Min"],
    ["about 60 percent", "county government"],
  ]);
});

test("a board's posts: reactions, post numbers, a quoted earlier post and 'Click to expand...' go; a reader's view of a link aggregator names its site, the link's poster and each commenter", () => {
  const board = [
    "Valley Strategy Forum",
    "Rural incomes thread",
    "Thread starter kashgar_kid Start date Jan 9, 2021",
    "",
    "kashgar_kid",
    "Well-Known Member",
    "Apr 2, 2024  #8,241",
    "According to the provincial statistics bureau, 18.2 million rural workers stayed in the province in 2023.",
    "Reactions: Lezhong, Bora_K and 7 others",
    "",
    "Bora_K",
    "Member",
    "Apr 2, 2024  #8,242",
    "kashgar_kid said:",
    "According to the provincial statistics bureau, 18.2 million rural workers stayed in the province in 2023.",
    "Click to expand...",
    "My wife's village has 310 households.",
    "Reactions: Hanlin",
  ].join("\n") + "\n";
  const { doc, x } = extractFrom(board);
  assert.deepEqual(x.claims.map((c) => [doc.text.slice(c.start, c.end), c.attributedTo]), [
    ["18.2 million rural workers", "provincial statistics bureau"],
    ["310 households", "Bora_K"],
  ]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, doc.text.slice(q.start, q.start + 14)]), [
    ["kashgar_kid", "According to t"],
    ["Bora_K", "My wife's vill"],
  ]);

  const reader = [
    "from Hacker News",
    "",
    "County governments fall behind on teachers' pay",
    "",
    "by rustbelt_otter on 11/14/24, 8:02 AM with 187 comments",
    "",
    "  • by quillan on 11/14/24, 8:40 AM",
    "",
    "    My wife's base salary is 4,100 yuan a month.",
    "",
    "    • by hexapod_lee on 11/14/24, 9:31 AM",
    "",
    "      In my hometown teachers got a 300 yuan raise.",
  ].join("\n") + "\n";
  const read = extractFrom(reader);
  assert.deepEqual([read.doc.metadata.outlet, read.doc.metadata.author, read.doc.metadata.publishedDate], ["Hacker News", "rustbelt_otter", "2024-11-14"]);
  assert.deepEqual(read.x.claims.map((c) => [read.doc.text.slice(c.start, c.end), c.attributedTo]), [["4,100 yuan", "quillan"], ["300 yuan", "hexapod_lee"]]);
});

test("a board's poster whose name reads as a word ('Lezhong' over 'Junior Member') heads their post when the board's furniture names them ('Reactions: Lezhong, ...'); a heading such as 'Abstract' never does", () => {
  const board = [
    "Valley Strategy Forum",
    "Home",
    "Forums",
    "Rural labour and incomes in Henan thread",
    "Thread starter bora_k Start date Apr 2, 2024",
    "",
    "bora_k",
    "Registered Member",
    "Apr 2, 2024",
    "#8,242",
    "My wife's village has 310 households.",
    "Reactions: Lezhong, Hanlin and 2 others",
    "",
    "Lezhong",
    "Junior Member",
    "Apr 3, 2024",
    "#8,243",
    "The rural pension averages around 200 yuan a month.",
    "Reactions: Hanlin",
    "",
    "Abstract",
    "Abstract views: 3,387",
  ].join("\n") + "\n";
  const { doc, x } = extractFrom(board);
  assert.deepEqual(x.claims.map((c) => [doc.text.slice(c.start, c.end), c.attributedTo]), [
    ["310 households", "bora_k"],
    ["around 200 yuan", "Lezhong"],
  ]);
  assert.ok(!x.quotes.some((q) => q.speaker === "Abstract"));
});

test("a blog's comments: '2. hill_lad Says:', 'Mira Hale said...' and 'Ravi K. on July 18, 2020 · at 3:11 pm UTC' each head a commenter's turn; a board's 'Kiwi_Ferret wrote:' heads no turn", () => {
  const text = ["Why the Exit Figures Puzzle Me", "", "The county paper said that 14,200 people had left poverty last year, which is more than the whole of my valley.", "", "3 Responses", "", "1. Allen Says:", "January 22nd, 2013 at 6:02 pm", "", "Quotas are nothing new. My uncle kept a village's books for 20 years.", "", "2. hill_lad Says:", "January 22nd, 2013 at 7:40 pm", "", "Come on. I counted 40 households on the list myself.", "", "3. Mira Hale said...", "", "Thanks for writing this. In 2011 I saw 12 new houses there.", "", "Ravi K. on July 18, 2020 · at 3:11 pm UTC", "Excellent piece. Does the 5.51 million include people who live in cities?", ""].join("\n");
  const { doc, x } = extractFrom(text);
  const turns = x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 14), q.speaker]);
  assert.deepEqual(turns, [["Quotas are not", "Allen"], ["Come on. I cou", "hill_lad"], ["Thanks for wri", "Mira Hale"], ["Excellent piec", "Ravi K."]]);
  assert.equal(turnHeader("Kiwi_Ferret wrote:", () => false), null);
  assert.equal(turnHeader("The minister said...", () => false), null);
});

test("a print reader's 'Valley Review: How much progress ...? Lhamo Tsering:' over '-' over the answer: the question is the paper's, the answer the official's", () => {
  const text = ["Moving Herders Off the High Pastures", "", "By Zhou Lin", "", "The province has set itself the goal of removing all 42 poor counties from the list by 2019. Valley Review spoke with Lhamo Tsering, head of the provincial poverty office.", "", "Valley Review: How much progress did the province make last year? Lhamo Tsering:", "", "-", "", "Last year, 162,000 registered poor people in the province shook off poverty, and 1,122 villages were removed from the list.", "", "Valley Review: What are the priorities for this year? Lhamo Tsering:", "", "-", "", "This year we will lift another 118,000 people out of poverty.", ""].join("\n");
  const { doc, x } = extractFrom(text);
  const turns = x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 20), q.speaker]);
  assert.deepEqual(turns, [["How much progress di", "Valley Review"], ["Last year, 162,000 r", "Lhamo Tsering"], ["What are the priorit", "Valley Review"], ["This year we will li", "Lhamo Tsering"]]);
  assert.equal(x.claims.find((c) => doc.text.slice(c.start, c.end) === "162,000 registered poor people")?.attributedTo, "Lhamo Tsering");
});

test("a debate's record ('Con' / 'Andrew Pettifer' / 'Harrowfield North' over the words): the member speaks, the party and seat are labels", () => {
  const text = ["PARLIAMENTARY DEBATE", "Valley: Poverty Alleviation and Labour Transfers - 14 March 2023 (Commons/Westminster Hall)", "Debate Detail", "[Mrs Eleanor Vance in the Chair]", "Con", "Andrew Pettifer", "Harrowfield North", "It is a pleasure to serve under your chairmanship. Two years ago the government announced that 98.99 million people had been lifted out of poverty.", "Lab", "Fiona Marsh", "Kestonbridge and Hale", "I congratulate the hon. Member. Does he agree that shoppers cannot tell where their shirts come from, when the region produces around 20% of the supply?", ""].join("\n");
  const { doc, x } = extractFrom(text);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 16), q.speaker]), [["It is a pleasure", "Andrew Pettifer"], ["I congratulate t", "Fiona Marsh"]]);
  assert.ok(!/\bCon\b|Harrowfield/.test(doc.text), doc.text);
  assert.equal(doc.metadata.author, null);
});

test("a blog's numbered comments ('1 By Tessa Morland' over the words over 'October 14, 2020 @ 8:52 am | Comment') and its footer 'Posted by Martin Aldous in Travel, Rural China'", () => {
  const text = ["The Lantern Valley", "", "Back in the valley: what a lifted village looks like", "", "I have just come back from three days in the county, where 14 kilometres of new concrete road now run to the village.", "", "October 14, 2020", "Posted by Martin Aldous in Travel, Rural Valley", "", "The Discussion: 2 Comments", "", "1 By Tessa Morland", "Thanks for the link! The 9,000 figure is what our host told us.", "October 14, 2020 @ 8:52 am | Comment", "", "2 By old_valley_hand", "I was there in 2004 and families were living on maybe 600 yuan a year.", "October 14, 2020 @ 11:17 am | Comment", ""].join("\n");
  const { doc, x } = extractFrom(text);
  assert.equal(doc.metadata.author, "Martin Aldous");
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.end), q.speaker]), [["Thanks for the link! The 9,000 figure is what our host told us.", "Tessa Morland"], ["I was there in 2004 and families were living on maybe 600 yuan a year.", "old_valley_hand"]]);
});

test("a briefing's 'Reporter from Valley Daily' over 'Q1: ...' asks for that paper; 'Let's hear from Mehriban Tohti.' hands the answer to her; an oral history's 'Job:' and 'Place of resettlement:' are no speakers", () => {
  const briefing = ["The 21st Press Conference on Valley Issues", "", "Host of press conference: Deputy Head of the Publicity Department Liang Wenhui", "", "Liang Wenhui: Friends from the press, good afternoon. Today we have invited two guests to answer your questions.", "", "Reporter from Valley Daily", "", "Q1: Could the cotton grower tell us about her own family's income?", "", "Liang Wenhui: Let's hear from Mehriban Tohti.", "", "A: My family plants 28 mu of cotton. Last year we earned about 76,000 yuan after costs.", "", "Reporter from Hill TV", "", "Q2: How many workers found jobs last year?", "", "Liang Wenhui: This question goes to Tursun Mamat.", "", "A: In 2020, 2.67 million person-times of rural labour found work.", ""].join("\n");
  const { doc, x } = extractFrom(briefing);
  const turns = x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 12), q.speaker]);
  assert.deepEqual(turns.slice(1), [["Could the co", "Valley Daily"], ["Let's hear f", "Liang Wenhui"], ["My family pl", "Mehriban Tohti"], ["How many wor", "Hill TV"], ["This questio", "Liang Wenhui"], ["In 2020, 2.6", "Tursun Mamat"]]);
  const oral = extractFrom(["After the Move: Oral Histories of Relocated Families", "", "Narrator 1: Long Shengcai, male, 54, from a valley village", "", "Job: stonemason", "", "Place of resettlement: Hill City", "", "Excerpt", "", "\"We moved in 2014. The government gave each person 20,000 yuan,\" Long Shengcai said.", ""].join("\n"));
  assert.ok(!oral.x.quotes.some((q) => q.speaker === "Job" || q.speaker === "Place of resettlement"), JSON.stringify(oral.x.quotes));
});

test("'dustyroad88 says:' over a comment is its writer's turn", () => {
  const { doc, x } = extractFrom(["Why the Exit Figures Puzzle Me", "", "The county paper said that 14,200 people had left poverty last year.", "", "1 Response", "", "", "dustyroad88 says:", "March 13, 2016 at 8:47 am", "Nice summary. My uncle's village was taken off the list in 2014 though half the families earned under 3,000 yuan.", "Reply", ""].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 13), q.speaker]), [["Nice summary.", "dustyroad88"]]);
});

test("a committee's evidence: 'Amina Sadik (Research Lead, Valley Labour Watch)' and 'The Chair (Mr. Owen Hartley)' alone over the words open turns, and neither is the page's title; one such line alone, as a byline, opens none", () => {
  const evidence = ["Labour Transfers and Supply Chains", "", "The Chair (Mr. Owen Hartley)", "", "Good afternoon. Ms. Sadik, please go ahead with your opening remarks.", "", "Amina Sadik (Research Lead, Valley Labour Watch)", "", "Thank you. We reviewed 212 county documents, and one county alone set a target of 41,000 pickers in 2019.", "", "Rhys Carver (Hill North, Green)", "", "How many of them were paid?", "", "Amina Sadik (Research Lead, Valley Labour Watch)", "", "About 60 percent were paid less than promised.", "", "Rhys Carver (Hill North, Green)", "", "And how long did they stay?", "", "Amina Sadik (Research Lead, Valley Labour Watch)", "", "Most stayed for 52 days.", "", "The Chair (Mr. Owen Hartley)", "", "Thank you. We will now suspend briefly while we switch panels.", ""].join("\n");
  const { doc, x } = extractFrom(evidence);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 14), q.speaker]), [["Good afternoon", "Owen Hartley"], ["Thank you. We ", "Amina Sadik"], ["How many of th", "Rhys Carver"], ["About 60 perce", "Amina Sadik"], ["And how long d", "Rhys Carver"], ["Most stayed fo", "Amina Sadik"], ["Thank you. We ", "Owen Hartley"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[212, "Amina Sadik"], [41000, "Amina Sadik"], [60, "Amina Sadik"], [52, "Amina Sadik"]]);
  const page = extractFrom(["hillparliament.example", "Home › Committees › Human Rights › Meeting 7", "", "Labour Transfers and Supply Chains", "", "Evidence of meeting #7 for the Subcommittee on Human Rights in the 3rd Parliament. (The original version is on the Parliament's site.)", "", "A video is available from the Parliament.", "", "Members speaking", "Before the committee: Sadik", "", "November 24th, 2020 / 1:10 p.m.", "", ...evidence.split("\n").slice(2)].join("\n"));
  assert.equal(page.doc.metadata.title, "Labour Transfers and Supply Chains");
  const byline = extractFrom(["Valley Daily", "", "Cotton pickers paid less than promised", "", "Amina Sadik (Valley Daily, Hill City)", "", "About 60 percent of pickers were paid less than promised, a survey found.", ""].join("\n"));
  assert.equal(byline.x.quotes.filter((q) => q.form === "transcript_turn").length, 0);
});

test("a link aggregator's comment header with an age of four digits, '▲ river_m 1512 days ago | parent | prev | next [–]', opens its poster's turn", () => {
  const thread = ["Hacker News new | past | comments | ask | show | jobs | submit login", "", "▲ What happened to the villages the relocated left behind? (example.org)", "231 points by mrsbarlow 1512 days ago | hide | past | favorite | 148 comments", "", "▲ kestrel_ops 1512 days ago | next [–]", "", "I did household surveys in the hills, and about 1,100 households had been moved near the county seat.", "", "reply", "", "  ▲ river_m 1512 days ago | parent | prev | next [–]", "", "  The township pays each of the elderly who stayed 380 yuan a month.", "", "  reply", ""].join("\n");
  const { x } = extractFrom(thread);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[1100, "kestrel_ops"], [380, "river_m"]]);
});

test("comments set as a list: '• Ruth Ellery', '• Bill from Dunmore', '• Kay P.' over their words are posts where other items are handles' posts; the comment form's 'Your email address will not be published' is no one's words", () => {
  const page = ["Hill Ridge Dispatch", "", "County to move 6,000 herders into towns", "", "May 2, 2019 by Ruth Ellery", "", "The county will move about 6,000 herders into new towns this year, the county paper said.", "", "4 Responses to \"County to move 6,000 herders into towns\"", "", "  • north_lights_ab", "", "    20,000 yuan a family is not much for a whole herd.", "", "      • Ruth Ellery", "", "        Exactly my point.", "", "  • Bill from Dunmore", "", "    My uncle sold 40 sheep when they moved him.", "", "  • Kay P.", "", "    Pray for them.", "", "Leave a Reply", "", "Your email address will not be published. Required fields are marked *", ""].join("\n");
  const { doc, x } = extractFrom(page);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.end), q.speaker]), [["20,000 yuan a family is not much for a whole herd.", "north_lights_ab"], ["Exactly my point.", "Ruth Ellery"], ["My uncle sold 40 sheep when they moved him.", "Bill from Dunmore"], ["Pray for them.", "Kay P."]]);
});

test("the old threaded layout: '[–]handle[S] 64 points 2 years ago' opens a comment by its writer, and its rows of links ('permalink embed save parent report reply', '148 comments share save hide report', 'sorted by: best') are no text and no figures", () => {
  const { x, doc } = extractFrom([
    "r/China", "", "Teaching at a township school in Dingxi (self.China)", "", "submitted 2 years ago by ridge_teacher", "",
    "We have 612 pupils, and about 480 of them board.", "", "148 comments share save hide report", "", "sorted by: best", "",
    "[–]river_rat 87 points 2 years ago", "How many of your pupils go on to senior high?", "", "permalink embed save report reply", "",
    "[–]ridge_teacher[S] 64 points 2 years ago", "Last year 71 of our 198 graduates got into a general senior high school.", "", "permalink embed save parent report reply", "",
  ].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, doc.text.slice(q.start, q.start + 20)]), [
    ["ridge_teacher", "We have 612 pupils, "],
    ["river_rat", "How many of your pup"],
    ["ridge_teacher", "Last year 71 of our "],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["612", "ridge_teacher"], ["480", "ridge_teacher"], ["71", "ridge_teacher"], ["198", "ridge_teacher"]]);
});

test("a ministry's transcript setting each label in brackets ('[Pan Dongsheng]: ...', '[Caixin]: ...'): each opens a turn by the one named, an outlet asking once included", () => {
  const { x, doc } = extractFrom([
    "Online Regular Press Conference of the Ministry (May 14, 2020)", "",
    "[Wu Jiahui]: Good afternoon. I am Wu Jiahui, spokesperson of the ministry. Today Mr. Pan Dongsheng will brief you.", "",
    "[Pan Dongsheng]: Thank you. Since 2014 the ministry has supported 1,180 counties.", "",
    "[Wu Jiahui]: The floor is now open.", "",
    "[21st Century Business Herald]: Are the sales sustainable, or just a one-off?", "",
    "[Pan Dongsheng]: We have built about 2,600 logistics centres.", "",
    "[Caixin]: Only 13 percent of rural households had sold anything online. How do you see that gap?", "",
    "[Pan Dongsheng]: The figure shows how much room there is to grow.", "",
  ].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, doc.text.slice(q.start, q.start + 12)]), [
    ["Wu Jiahui", "Good afterno"], ["Pan Dongsheng", "Thank you. S"], ["Wu Jiahui", "The floor is"], ["21st Century Business Herald", "Are the sale"],
    ["Pan Dongsheng", "We have buil"], ["Caixin", "Only 13 perc"], ["Pan Dongsheng", "The figure s"],
  ]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[1180, "Pan Dongsheng"], [2600, "Pan Dongsheng"], [13, "Caixin"]]);
});

test("a podcast page in markdown: '**Hannah Okoro** (0:24)' alone over the words opens a turn, each its own, the same speaker's twice running included", () => {
  const { x, doc } = extractFrom([
    "Leaving the ridge", "", "Speakers: Ana Ruiz, Tom Lin", "",
    "**Ana Ruiz** (0:02)", "Every spring a special train leaves Dingxi. Last year there were 41 of these trains.", "",
    "**Ana Ruiz** (0:24)", "My guest has ridden those trains. Welcome.", "",
    "**Tom Lin** (0:31)", "Thank you. It takes about 31 hours from Dingxi to Dongguan.", "",
  ].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, doc.text.slice(q.start, q.start + 14)]), [
    ["Ana Ruiz", "Every spring a"], ["Ana Ruiz", "My guest has r"], ["Tom Lin", "Thank you. It "],
  ]);
});

test("a government's work report: 'Fellow Deputies,' under the line its giver signs ('Tang Wenhui, Governor of Hill Province'), below its cover, translator's line and session, opens one turn to the end in the giver's words", () => {
  const { x } = extractFrom([
    "Report on the Work of the People's Government of Hill Province", "",
    "<<", "",
    "Translated by the Provincial Foreign Affairs Office", "",
    "Report on the Work of the Government", "",
    "(Delivered at the Fourth Session of the 13th People's Congress of Hill Province on January 18, 2021)", "",
    "Ren Wenhai, Governor of Hill Province", "",
    "Fellow Deputies,", "On behalf of the People's Government of the province, I now present this report for your deliberation.", "",
    "I. Review of Work in 2020", "",
    "The year just past was the final year of the battle against poverty.", "",
    "In 2020 the last 8 poor counties and 395 poor villages were removed from the list.", "",
  ].join("\n"));
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Ren Wenhai"]]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[8, "Ren Wenhai"], [395, "Ren Wenhai"]]);
});

test("a report's foreword signed 'Anna Keller' over her post opens no turn; '\"...\" Her son earns 4,800 yuan a month, she said' names no speaker 'Her son earns 4' at the figure's comma; and a role's relative clause ('a farmer whose son works ...') marks no sex of the one it describes", () => {
  const { x, doc } = extractFrom([
    "Beyond the Finish Line", "", "Martin Lund", "",
    "FOREWORD", "", "Since 2008 the Foundation has financed 27 projects in Yunnan and Gansu. This report is one answer.", "",
    "Anna Keller", "Head of the East Asia Division, Alpine Foundation for Development Cooperation", "",
    "EXECUTIVE SUMMARY", "", "Between 2021 and 2022 my team interviewed 214 households in Liangshan and Dingxi.", "",
    "\"We are not poor on paper,\" said Aga Shama, 52, a farmer in Butuo County whose son works at a shoe factory in Dongguan. \"But if he loses that job, we are poor again by spring.\" Her son earns 4,800 yuan a month, she said, of which about 1,200 yuan reaches home.", "",
  ].join("\n"));
  assert.deepEqual(x.quotes.map((q) => [q.form, q.speaker, doc.text.slice(q.start, q.start + 14)]), [
    ["quotation", "Aga Shama", "We are not poo"], ["quotation", "Aga Shama", "But if he lose"], ["reported_speech", "Aga Shama", "Her son earns "],
  ]);
  assert.deepEqual(x.claims.filter((c) => c.unit !== "year_of_age").map((c) => [c.valueText, c.attributedTo]), [["27", "Martin Lund"], ["214", "Martin Lund"], ["4,800", "Aga Shama"], ["1,200", "Aga Shama"]]);
});

test("'Ms Ma' picks the one woman of two people surnamed Ma, so 'she said' after her is hers; 'In a written reply, the county's publicity department said that ... \"...\"' is the department's, the phrase no part of it", () => {
  const { x } = extractFrom(article(
    "Ma Fengying, 61, spent three winters in a flat before she went home. \"Up here the water is free,\" she said.",
    "Ma Jun, 45, said his family paid 12,800 yuan for a flat. \"One came. It closed,\" he said of the factories.",
    "Bai Xiulan, 28, works in a greenhouse. \"My girls go to a real school now,\" she said.",
    "Back in the hills, Ms Ma keeps four sheep and a patch of buckwheat.",
    "\"I don't blame anyone,\" she said.",
    "In a written reply, the county's publicity department said that 94 per cent of households had \"at least one member in stable employment\".",
  ));
  assert.deepEqual(x.quotes.filter((q) => q.form === "quotation").map((q) => q.speaker), ["Ma Fengying", "Ma Jun", "Bai Xiulan", "Ma Fengying", "county's publicity department"]);
});

test("an interview's turns: 'you argued that ... \"measures the floor, not the ladder.\"' in the asker's turn is the one asked, and 'Beijing says 98.99 million ...' after that quotation's own stop reports its own words, not the quotation", () => {
  const { x } = extractFrom([
    "Elena Roe Answers Back", "",
    "This week, Valley Review talks with Elena Roe, a senior fellow at the Danube Institute.", "",
    "Valley Review: In a recent column, you argued that China's declaration of victory over extreme poverty \"measures the floor, not the ladder.\" Beijing says 98.99 million rural residents crossed the line between 2013 and 2020. What does that number leave out?", "",
    "Elena Roe: The line itself. The threshold is 2,300 yuan a year.", "",
    "Valley Review: So the headline is true but narrow?", "",
    "Elena Roe: It is true for what it measures.", "",
  ].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form !== "transcript_turn").map((q) => [q.form, q.speaker]), [["reported_speech", "Elena Roe"], ["quotation", "Elena Roe"], ["reported_speech", "Beijing"]]);
});

test("a county's work report: 'Jike Mose, County Magistrate' under the title is its giver, a name no list knows included, and 'Fellow Deputies,' opens the report in her words", () => {
  const { doc, x } = extractFrom([
    "Report on the Work of the Hill County People's Government", "",
    "Release time: 2021-03-01   Source: Hill County People's Government Office   Views: 1,204", "",
    "Aku Mose, County Magistrate", "",
    "Fellow Deputies,", "", "On behalf of the County People's Government, I now present to you a report on the work of the government.", "",
    "We lifted the remaining 7,145 registered poor people in 31 villages out of poverty.", "",
  ].join("\n"));
  assert.equal(doc.metadata.author, "Aku Mose");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[7145, "Aku Mose"], [31, "Aku Mose"]]);
});

test("a bank's briefing: 'QUESTION: Xinhua News Agency. What lessons ...?' and 'QUESTION: I'm with Caixin. ...?' are the outlets' questions, in capitals as in title case", () => {
  const { x } = extractFrom([
    "Transcript of Press Conference on the Rural Services Report", "",
    "MS. VOS: Thank you all for joining us. The report covers 1,200 villages.", "",
    "QUESTION: I'm with Caixin. Could you say more about the stunting figure?", "",
    "MS. VOS: It fell from 14 percent to 9 percent.", "",
    "QUESTION: Xinhua News Agency. What lessons can other countries draw?", "",
    "MS. VOS: Many.", "",
  ].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Vos", "Caixin", "Vos", "Xinhua News Agency", "Vos"]);
});

test("a radio bulletin: 'We get more details from HRI's Wen Xiaolu in Guiyang.' over 'Reporter:' makes the reporter's turn Wen Xiaolu's", () => {
  const { x } = extractFrom([
    "The Morning Frontier", "",
    "Anchor:", "Guizhou says its last nine impoverished counties have met the national standard. We get more details from HRI's Wen Xiaolu in Guiyang.", "",
    "Reporter:", "The nine counties had more than 1.2 million people registered as poor in 2014.", "",
  ].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Anchor", "Wen Xiaolu"]);
  assert.deepEqual(x.claims.filter((c) => c.value === 1200000).map((c) => c.attributedTo), ["Wen Xiaolu"]);
});

test("a newsletter's comments: 'Like (7)' under a comment is a button, so the next commenter's handle ('walnut_dad') stands alone over their words", () => {
  const { x } = extractFrom([
    "Live commerce in the hills", "", "Ruth Feng", "Jun 12, 2022", "", "I spent a month with sellers in Longnan, where about 25 percent of stores still trade.", "",
    "The county registered stores by the thousand in 2019, because registration was a target.", "",
    "Selling is a different matter: a seller needs stock, a courier and buyers who come back.", "",
    "The training centre in Wudu runs courses of two weeks, and its graduates are mostly women.", "",
    "Couriers charge by the parcel, and the subsidy covers only part of it.", "",
    "I came away thinking that live commerce is neither a miracle nor a fraud.", "",
    "Next month I will write about the packing sheds.", "", "Subscribe", "", "Share", "",
    "12 Comments", "",
    "Lin Wei", "Jun 15, 2022", "As someone from Kang county: most farmers sell loose pepper for 60 to 70 yuan a kilo and never go near a livestream.", "Like (7)", "Reply", "",
    "walnut_dad", "Jun 16, 2022", "Courier costs are the real story. Our co-op pays 9 yuan per parcel even with the subsidy.", "Like (1)", "Reply", "",
  ].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker).slice(-2), ["Lin Wei", "walnut_dad"]);
});

test("a readers' page: each letter signed under it ('Marcus_in_Zunyi, on Valley Daily website', 'Zhou Peng, via e-mail') is its writer's, from under the signature before it, figures and all", () => {
  const { x } = extractFrom([
    "Relocation towns need jobs, not just new flats", "",
    "Comment on \"Settlements welcome last mountain families\" (Valley Daily, Nov 20)", "",
    "I have lived in Zunyi for six years and have visited three resettlement communities in Bijie since the spring.", "",
    "Marcus_in_Zunyi, on Valley Daily website", "",
    "As a teacher from Weining county, I can say the schooling side is a real gain for the 4,000 pupils there.", "",
    "What worries me is the older people. My uncle, 67, still goes back to his old fields twice a week.", "",
    "Zhou Peng, via e-mail", "",
  ].join("\n"));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Marcus_in_Zunyi", "Zhou Peng", "Zhou Peng"]);
  assert.deepEqual(x.claims.filter((c) => c.value === 4000).map((c) => c.attributedTo), ["Zhou Peng"]);
});

test("a question-and-answer site: each answerer's name over 'credential · Updated Mar 3, 2021' opens their answer, and the question is the page's title, its date no answer's", () => {
  const { doc, x } = extractFrom([
    "Quora", "Home", "Following", "Answer", "Spaces", "Notifications", "Search Quora", "",
    "Is life actually better for herders who were moved off the high pastures?", "",
    "All related (14)", "Sort", "Recommended", "",
    "Tenzin Norbu", "Former primary school teacher in Nagqu · Updated Mar 3, 2021", "",
    "Better in some ways, emptier in others. In 2018 about 420 herding families from my township were moved to a settlement near Lhasa.", "",
    "2.1K views · View upvoters", "",
    "Helen Marsh", "PhD in Development Economics, University of Sussex · Mar 5, 2021", "",
    "The short answer from the data is: incomes up, autonomy down. The region reported 12,000 yuan a year in allowances per family.", "",
  ].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.publishedDate], ["Is life actually better for herders who were moved off the high pastures?", null]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Tenzin Norbu", "Helen Marsh"]);
});

test("a briefing's questioner labelled by outlet and 'reporter' ('Reuters reporter:', 'China Youth Daily reporter:') is the outlet; 'Our reporter:' names no outlet", () => {
  const { x } = extractFrom([
    "Officials brief press on rural incomes", "",
    "Beijing, March 4 (Reporter Han Mei) The spokesperson Liu Dawei met the press on Thursday.", "",
    "  Reuters reporter: Many families are only just above the line. How will the country stop them from falling back?", "",
    "  Liu Dawei: Thank you for your question. About 2 million people are being watched.", "",
    "  China Youth Daily reporter: What will be done for children in former poor areas?", "",
    "  Liu Dawei: Education is the best way to cut off poverty between generations.", "",
  ].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Reuters", "Liu Dawei", "China Youth Daily", "Liu Dawei"]);
  assert.equal(turnHeader("Our reporter: The county has 12 new schools.", () => false), null);
});

test("a reporting clause set inside the sentence before a quotation ('the interest, says Mr Ma, \"...\"') is Mr Ma's; 'a former village head, Ding Zhanhai, 67, who told her: \"...\"' is Ding Zhanhai's, not the sentence's subject's", () => {
  const inverted = extractFrom(article('Ma Yousuf, a 63-year-old farmer, has spent his life in the hills. Those who cannot pay are offered loans, but the interest, says Mr Ma, "eats the pig before it is fat". Land is also scarce.'));
  assert.deepEqual(inverted.x.quotes.filter((q) => q.form === "quotation").map((q) => q.speaker), ["Ma Yousuf"]);
  const relative = extractFrom(article('The author, Ma Xiurong, a sociologist, spent 14 months in the town. Ma quotes a former village head from Xiji County, Ding Zhanhai, 67, who told her: "The first families begged to go. The last ones we had to persuade."'));
  assert.deepEqual(relative.x.quotes.filter((q) => q.form === "quotation").map((q) => q.speaker), ["Ding Zhanhai"]);
});

test("a TV interview's caption in capitals, the speaker's name and the city they speak from ('LI MEI KUNMING \"...\"'), opens their words; a name over no known place does not", () => {
  const { x } = extractFrom(article(
    'LI MEI KUNMING "When you first got to the county in 2019, how many people were still officially poor?"',
    'ZHOU PENG PARTY SECRETARY, LAZA VILLAGE "The county told us about 29,000 people were still on the list."',
    'LI MEI KUNMING "Will people stay in the new towns?"',
  ));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Li Mei", "Zhou Peng", "Li Mei"]);
  const none = extractFrom(article('GOOD MORNING EVERYONE "Welcome to the show."'));
  assert.deepEqual(none.x.quotes.filter((q) => q.form === "name_role_line"), []);
});

test("a transcriber's numbered voices ('Speaker 1:' alone over the words) open turns, each the person its first turn says it is ('Hello, I'm Aoife Brennan', 'My name is Gyaltsen Dorje')", () => {
  const { x } = extractFrom(["Water Matters Podcast", "", "Piped Water on the Plateau", "",
    "Speaker 1:", "", "Hello, I'm Aoife Brennan, programme director at the foundation, and this is Water Matters.", "",
    "Speaker 2:", "", "Thanks, Aoife. My name is Gyaltsen Dorje. I'm a water engineer, and I've worked on 40 supply projects.", "",
    "Speaker 1:", "", "What did that cost?", "",
    "Speaker 2:", "", "Around 390 million yuan in total.", ""].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Aoife Brennan", "Gyaltsen Dorje", "Aoife Brennan", "Gyaltsen Dorje"]);
});

test("an encyclopedia's sentence ends at '.[citation needed]' as at '.[3]', and 'X, an economist, wrote that \"...\"' gives X the partial quotation", () => {
  const { x } = extractFrom(article('Critics argued that this left out poor villages.[citation needed] Wen Haoran, an economist at an agricultural university, wrote that "poverty does not stop at a county border" and that mountains decided who stayed poor.[3]'));
  assert.deepEqual(x.quotes.filter((q) => q.form === "quotation").map((q) => q.speaker), ["Wen Haoran"]);
});

test("a show page's labels ('Synopsis:', 'Show notes:', 'Chapters:') head notes, never a speaker's turn", () => {
  for (const label of ["Synopsis", "Show notes", "Chapters"]) assert.equal(turnHeader(`${label}: Every other week, our correspondents talk about 12 counties.`, () => true), null);
});

test("a board's member box set on one line ('Senior Member · Posts: 1,204 · Joined: Mar 2014') and a post's buttons in a row ('Thanks (6)   Reply   Quote') are chrome: each reply is its poster's, and the thread's title is the headline", () => {
  const { doc, x } = extractFrom([
    "Plateau Talk",
    "Home / Boards / Rural Development",
    "",
    "Do the new greenhouses in Hainan prefecture pay?",
    "",
    "qinghai_drifter",
    "Member | Posts: 340 | Joined: Oct 2015",
    "",
    "Mar 3, 2022, 10:15",
    "",
    "In my cousin's village in Gonghe, 60 families share the greenhouses now.",
    "",
    "Thanks (6)   Reply   Quote   Report",
    "",
    "xining_grower",
    "Senior Member · Posts: 1,204 · Joined: Mar 2014",
    "",
    "Mar 3, 2022, 12:40",
    "",
    "Ours earned 18,000 yuan last season.",
    "",
    "Like (11)   Reply   Quote",
    "",
  ].join("\n"));
  assert.equal(doc.metadata.title, "Do the new greenhouses in Hainan prefecture pay?");
  assert.equal(doc.metadata.author, "qinghai_drifter");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[60, "qinghai_drifter"], [18000, "xining_grower"]]);
  assert.deepEqual(doc.removals.filter((r) => r.rule === "member-profile").map((r) => r.became), ["member_join_date", "member_join_date"]);
});

test("a comment's header of writer, score and day between dots ('terrace_hand · 88 points · May 2, 2021', 'OP' after the thread's poster) opens that writer's turn", () => {
  const { x } = extractFrom([
    "r/ruralasia",
    "",
    "Posted by u/loess_lad · May 2, 2021",
    "",
    "How many families left the old village in Dingxi?",
    "",
    "My aunt says 120 families moved to the new town.",
    "",
    "level 1",
    "terrace_hand · 88 points · May 2, 2021",
    "",
    "In ours it was 45 families, and most came back to farm.",
    "",
    "level 2",
    "loess_lad OP · 31 points · May 2, 2021",
    "",
    "Ours had 16 shops by the end.",
    "",
  ].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["loess_lad", "terrace_hand", "loess_lad"]);
  assert.deepEqual(x.claims.filter((c) => c.value !== 120).map((c) => [c.value, c.attributedTo]), [[45, "terrace_hand"], [16, "loess_lad"]]);
});

test("a reader's handle with what they say of themselves ('Hill_Walker88 (Teacher in Gansu)') over their comment opens their turn; a plain word with a note in brackets does not", () => {
  const { x } = extractFrom(["Has the new road changed your village?", "", "Readers share their views.", "", "Hill_Walker88 (Teacher in Gansu)", "", "Our bus now comes 4 times a day.", "", "tea_picker (Yunnan)", "", "In my village 30 families opened shops.", ""].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Hill_Walker88", "tea_picker"]);
  assert.equal(turnHeader("Background (in brief)", () => false), null);
});

test("an infobox's rows set as a table's cells ('Seat Type: | Capital |') are no one's turns, and the figures in them are the page's", () => {
  assert.equal(turnHeader("Seat Type: | Capital |", () => true), null);
  const { x } = extractFrom(["Nujiang Lisu Autonomous Prefecture explained", "", "Settlement Type: | Autonomous prefecture |", "Seat Type: | Capital |", "Seat: | Lushui |", "P1: | 4 counties |", "Population Total: | 552,694 |", "", "Nujiang is a prefecture in northwest Yunnan.", ""].join("\n"));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn"), []);
});

test("an answer after one that sends someone to a place ('I would suggest they go to Nagqu and talk to the people there') is still the spokesperson's, not the place's", () => {
  const { x } = extractFrom(["Foreign Ministry Spokesperson Li Hua's Regular Press Conference on October 17, 2019", "", "Today is the International Day for the Eradication of Poverty. Some 26 countries will attend a seminar.", "", "Q: How many workers were trained?", "", "A: Over 90 percent found jobs. I would suggest they go to Nagqu and talk to the people there.", "", "Q: Follow-up question. How many were moved?", "", "A: As I said, the training is for their own benefit.", ""].join("\n"));
  const answers = x.quotes.filter((q) => q.form === "transcript_turn" && q.speaker !== "reporter").map((q) => q.speaker);
  assert.ok(answers.length >= 2 && answers.every((s) => s === "Li Hua"), JSON.stringify(answers));
});

test("a board's posts under title bars ('Title Empty Re: Title') and headers ('Post  handle Sat Jun 20, 2020 7:05 pm') are each their poster's, the bars are chrome, the thread's title is the headline, and the first header gives the page's writer and day", () => {
  const { doc, x } = extractFrom([
    "Steppe Policy Forum", "", "9 posters", "",
    "    Grassland relocation in Qinghai: herders moved to Golmud", "",
    "    Posts : 4120", "    Points : 4300", "    Join date : 2016-03-02", "    Location : Omsk", "",
    "    Grassland relocation in Qinghai: herders moved to Golmud Empty Grassland relocation in Qinghai: herders moved to Golmud", "",
    "    Post  taiga_owl Sat Jun 20, 2020 7:05 pm", "",
    "    The county says 42,000 herders moved this year.", "",
    "    Posts : 910", "    Points : 950", "    Join date : 2019-01-05", "",
    "    Grassland relocation in Qinghai: herders moved to Golmud Empty Re: Grassland relocation in Qinghai: herders moved to Golmud", "",
    "    Post  steppe_fox Sun Jun 21, 2020 9:12 am", "",
    "    In my village 16 families stayed behind.", "",
  ].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.author, doc.metadata.publishedDate], ["Grassland relocation in Qinghai: herders moved to Golmud", "taiga_owl", "2020-06-20"]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["taiga_owl", "steppe_fox"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[42000, "county"], [16, "steppe_fox"]]);
});

test("a board's quotation of an earlier post inside a reply ('LinQ' over 'MarthaB:' over her line, then his words) leaves the reply its own poster's", () => {
  const { x } = extractFrom(["Common Room Forums", "", "Village schools and the poverty campaign", "World News", "", "MarthaB", "Sep '19", "", "Our parish group sponsors two girls at a middle school in Weixin County through a small charity, and we write to them every term.", "", "Is schooling part of the plan, or is it all roads and houses?", "", "2 Replies", "", "PaulinaW", "Sep '19", "", "Schooling is a big part of it on paper, and the boarding schools are new.", "", "1 Reply", "", "LinQ", "Sep '19", "", "MarthaB:", "Is schooling part of the plan, or is it all roads and houses?", "", "Both. I taught in Zhenning for 3 years, and the county spent 6 million yuan on one campus.", ""].join("\n"));
  const turns = x.quotes.filter((q) => q.form === "transcript_turn");
  assert.equal(turns.at(-1)?.speaker, "LinQ");
  assert.deepEqual(x.claims.filter((c) => c.value === 6000000).map((c) => c.attributedTo), ["LinQ"]);
});

test("a copy of a parliament's record: 'Photo of Name Name Party, Seat 2:30 pm, 3rd March 2021' over each member's words; the title over 'Part of the debate – in Westminster Hall at ... on <day>.' with its chair's note left off, and that day the date", () => {
  const debate = extractFrom([
    "Highland Counties: Relocation Schemes — [Mr Owen Tarrant in the Chair]",
    "",
    "Part of the debate – in Westminster Hall at 9:30 am on 12th October 2022.",
    "",
    "Alert me about debates like this",
    "",
    "Photo of Bronwen Askew Bronwen Askew Labour, Lowfield and Tarn 9:30 am, 12th October 2022",
    "",
    "I beg to move that this House has considered relocation schemes in the highland counties. Some 240,000 people were moved.",
    "",
    "Photo of Callum Dray Callum Dray Conservative, Fernside",
    "",
    "Will the hon. Lady give way?",
    "",
    "Photo of Bronwen Askew Bronwen Askew Labour, Lowfield and Tarn",
    "",
    "I will, briefly.",
    "",
  ].join("\n"));
  assert.equal(debate.doc.metadata.title, "Highland Counties: Relocation Schemes");
  assert.equal(debate.doc.metadata.publishedDate, "2022-10-12");
  assert.deepEqual(debate.x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [debate.doc.text.slice(q.start, q.start + 12), q.speaker]), [
    ["I beg to mov", "Bronwen Askew"], ["Will the hon", "Callum Dray"], ["I will, brie", "Bronwen Askew"],
  ]);
  assert.deepEqual(debate.x.claims.map((c) => c.attributedTo), ["Bronwen Askew"]);
  // (A title a colon splits, over an oral question's sitting line: "Upland Towns: Clinics" is no infobox's row.)
  const oral = extractFrom(["Upland Towns: Clinics", "", "Oral Answers to Questions — Health – in the House of Commons at 2:30 pm on 9 May 2011.", "", "Photo of Dafydd Rhys Dafydd Rhys Plaid Cymru, Cwm Uchaf", "", "What steps is the Minister taking to fund clinics in upland towns this year?", ""].join("\n"));
  assert.equal(oral.doc.metadata.title, "Upland Towns: Clinics");
  assert.equal(oral.doc.metadata.publishedDate, "2011-05-09");
  // (A written question: asked on one day, answered on another; the answer's day is the record's.)
  const written = documentFrom(["Upland Towns: Schools", "", "(asked on 3rd February 2022) - View Source", "", "Question to the Department for Education:", "", "To ask Her Majesty's Government what support they give to schools in upland towns.", "", "Asked by: Lord Pellow (Crossbench - Life peer)", "", "This question was answered on 17th February 2022", "", "We fund 40 schools in upland towns.", ""].join("\n"));
  assert.deepEqual([written.metadata.title, written.metadata.publishedDate], ["Upland Towns: Schools", "2022-02-17"]);
});

test("a legislature's daily record: '  Mr. HALVERSEN of Ohio. Madam Speaker, ...' and '  The SPEAKER pro tempore. ...' open turns; the issue's line gives the title and the record, the chamber's line the day", () => {
  const text = [
    "VALLEY WORKERS ACT; Congressional Record Vol. 168, No. 40",
    "(House of Representatives - March 8, 2022)",
    "",
    "                   VALLEY WORKERS ACT",
    "",
    "  Mr. BRANDT of Ohio. Madam Speaker, I move to suspend the rules and pass",
    "the bill. Some 31,000 workers were moved in 2021.",
    "  The SPEAKER pro tempore. Pursuant to the rule, the gentleman from",
    "Ohio and the gentlewoman from Utah each will control 20 minutes.",
    "  Ms. McALLISTER. Madam Speaker, I yield myself such time as I may consume.",
    "",
  ].join("\n");
  const { doc, x } = extractFrom(text);
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.publishedDate], ["VALLEY WORKERS ACT", "Congressional Record", "2022-03-08"]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 12), q.speaker]), [
    ["Madam Speake", "Brandt"], ["Pursuant to ", "SPEAKER pro tempore"], ["Madam Speake", "McAllister"],
  ]);
});

test("'Zhou Peng's uncle told me that ...' is the uncle, named only so, not Zhou Peng", () => {
  assert.deepEqual(speakersIn("Ma Lin runs a shop in the county.", "Ma Lin's uncle told me that the soil up there knows him."), ["Ma Lin's uncle"]);
});

test("a show's transcript with no labels, under an episode's title that is a question: the host who says 'I'm Name' asks, and the guest they are 'joined by' answers", () => {
  const rows = ["0:00.0 | Hello and welcome to Valley Dispatch. I'm Nadia Park. |", "0:04.1 | Today I'm joined by Tomas Ek, an economist who counted traffic on the new bridges. Tomas, welcome. |", "0:09.8 | Thanks, Nadia. Happy to be here. |", "0:12.0 | So give us the scale. How many bridges are we talking about? |", "0:15.5 | The province says it built about 1,100 bridges between 2016 and 2020. |", "0:21.3 | And did incomes go up? |", "0:23.0 | In our sample they did, by roughly 9 percent a year. |", "0:28.4 | Is that one county or a pattern? |", "0:30.2 | A pattern. We saw it in 10 of 14 counties. |"];
  const text = ["Valley Dispatch", "Did the new bridges pay off in the valley?", ...rows].join("\n\n") + "\n";
  const { doc, x } = extractFrom(text);
  const turns = x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 14), q.speaker]);
  assert.deepEqual(turns.filter(([words]) => /^(?:So give|The province|And did|In our sample|Is that|A pattern)/.test(words!)), [
    ["So give us the", "Nadia Park"], ["The province s", "Tomas Ek"], ["And did income", "Nadia Park"], ["In our sample ", "Tomas Ek"], ["Is that one co", "Nadia Park"], ["A pattern. We ", "Tomas Ek"],
  ]);
});

test("'put it bluntly at a seminar in Hilltown: \"...\"', 'put it well:', 'As one official put it to me, \"...\"', 'As X has argued elsewhere, \"...\"': whoever put it so speaks the quotation, and how or where they put it is no words of theirs", () => {
  assert.deepEqual(speakersIn('Professor Long Hai put it bluntly at a seminar in Hilltown: "Livestreaming helps the households that already sell."'), ["Long Hai"]);
  assert.deepEqual(speakersIn('A village cadre put it well: "We count houses, not families."'), ["A village cadre"]);
  assert.deepEqual(speakersIn('As one official in the valley put it to me, "we solved the village, not the family."'), ["one official in the valley"]);
  // ('As Varga has argued elsewhere, "..."': a verb of arguing in the perfect, then a comma.)
  assert.deepEqual(speakersIn("Helen Varga studies rural clinics.", 'As Varga has argued elsewhere, "insurance that stops at the hospital door is no insurance."'), ["Helen Varga"]);
});

test("a House of Lords question: 'Volume 811: debated on ...' dates it under its title; 'Asked by Baroness Tarn' over 'To ask ...' asks; 'Lord Fell' over 'The Minister of State, ... (Lord Fell) (Con)' and 'Baroness Tarn (Con)' open each peer's turn, never the title", () => {
  const text = ["Skip to main content", "", "Valley: Rural Poverty", "", "Volume 811: debated on Tuesday 9 March 2021", "", "Share", "", "Question", "", "11.37 am", "", "Asked by", "", "Baroness Tarn", "", "To ask Her Majesty's Government what assessment they have made of the claim that extreme rural poverty has been eliminated.", "", "Lord Fell", "", "The Minister of State, Foreign Office (Lord Fell) (Con)", "", "My Lords, we recognise the progress. The World Bank estimates that 64 per cent of people were poor in 1990.", "", "Baroness Tarn", "", "Baroness Tarn (Con)", "", "My Lords, I thank my noble friend for that Answer. I met families who had been moved into flats.", "", "Lord Fell", "", "Lord Fell (Con)", "", "My noble friend makes an important point about the 12 new towns.", ""].join("\n");
  const { doc, x } = extractFrom(text);
  assert.deepEqual([doc.metadata.title, doc.metadata.publishedDate], ["Valley: Rural Poverty", "2021-03-09"]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [doc.text.slice(q.start, q.start + 10), q.speaker]), [
    ["To ask Her", "Baroness Tarn"], ["My Lords, ", "Lord Fell"], ["My Lords, ", "Baroness Tarn"], ["My noble f", "Lord Fell"],
  ]);
});

test("an older record's written answers: 'HC Deb 21 March 2001 vol 365 cc241-3W' dates it and names no publisher; 'Mr. Pendle' and 'Ms Harrow' alone over the words are the members who ask and answer", () => {
  const text = ["VALLEY (RURAL POVERTY)", "HC Deb 21 March 2001 vol 365 cc241-3W", "Mr. Pendle", "", "To ask the Secretary of State for International Development how much her Department has spent on poverty reduction in the valley. [153118]", "", "Ms Harrow", "", "The Department's programme in the valley was £11.4 million in 1997–98 and £14.9 million in 1998–99.", "", "Mr. Ashdown-Clay", "", "To ask the Secretary of State for International Development how many staff her Department employs in the valley. [153378]", "", "Ms Harrow", "", "The Department has nine UK-based staff and 14 locally engaged staff.", ""].join("\n");
  const { doc, x } = extractFrom(text);
  assert.deepEqual([doc.metadata.title, doc.metadata.publishedDate, doc.metadata.outlet], ["VALLEY (RURAL POVERTY)", "2001-03-21", null]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Pendle", "Harrow", "Ashdown-Clay", "Harrow"]);
});

test("'Voices:' alone over a paragraph that says who it quotes ('\"...,\" said Li Ming, ...') is a section's heading, no speaker's label, and no person", () => {
  const { x } = extractFrom(page("Voices:", "", '"Roads came first, then houses," said Li Ming, head of the county office. "The jobs will take longer."', "", "Wang Fang, a teacher at Hongyan Primary School, said enrolment had doubled to about 640. \"We have more children than desks,\" she said.", ""));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Li Ming", "Li Ming", "Wang Fang", "Wang Fang"]);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Li Ming", "Wang Fang"]);
  assert.ok(x.entities.organisations.some((o) => o.name === "Hongyan Primary School"));
});

test("'Name, post, answered questions from <outlet>.' over 'Q:' and 'A:' turns: the answers are that person's and the questions the outlet's", () => {
  const { x } = extractFrom(page("Tea lifts a county", "", "Zhao Lin, a researcher at Hill University, said prices have stayed flat since 2016.", "", "Chen Hua, Party secretary of Valley county, answered questions from valleynews.com.cn.", "", "Q: What has changed most?", "", "A: Housing and roads. We rebuilt 3,600 houses.", "", "Q: And the critics?", "", "A: They are right about the lowest grades.", ""));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["valleynews.com.cn", "Chen Hua", "valleynews.com.cn", "Chen Hua"]);
});

test("a post as a turn's label ('Director of the Provincial Water Bureau:') is the person the page named holding it, the province after the post or not", () => {
  const { x } = extractFrom(page("Transcript of remarks at media session", "", "Following is the transcript of remarks by the Director of the Provincial Water Bureau of Gansu, Mr Luo Ping, at a media session today:", "", "Reporter: How many villages still lack piped water?", "", "Director of the Provincial Water Bureau: Thank you. About 1,200 villages still lack it.", "", "Reporter: When will they have it?", "", "Director of the Provincial Water Bureau: By the end of next year.", ""));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Reporter", "Luo Ping", "Reporter", "Luo Ping"]);
});

test("a question-and-answer site's answers: 'Name Credentials' over 'answered Jun 20' (or on one line) opens that person's answer", () => {
  const { x } = extractFrom(page("Home > Society > Thread", "", "Why do visitors still think my village has no roads?", "", "Follow · 120 Answers · 14 Comments", "", "Tang Yuwen Grew up in Weining County, now a student in Chengdu", "upvoted Jun 14", "", "Short answer: because reporters stop at the county seat. My grandmother walked 40 minutes to fetch water.", "", "Ma Jianguo Rural economist, fieldwork in Gansu since 2010", "", "answered Jun 20", "", "I agree about roads, but broadband figures count lines installed, not used.", ""));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Tang Yuwen", "Ma Jianguo"]);
  assert.deepEqual(x.entities.people.map((p) => p.name).sort(), ["Ma Jianguo", "Tang Yuwen"]);
  assert.equal(x.claims.some((c) => c.value === 120), false);
});

test("a newsletter's section heading and its subtitle in title case ('Zhaotong's Microcredit Push: Who Is Actually Borrowing?') opens no one's turn, however the page knows the label; a role's label over a question still does", () => {
  assert.equal(turnHeader("Zhaotong's Microcredit Push: Who Is Actually Borrowing?", () => true), null);
  assert.equal(turnHeader("Kaiser Kuo: Who Is Actually Borrowing?", () => true)?.form, undefined);
  assert.equal(turnHeader("Q: Who Is Actually Borrowing?", () => true)?.form, "inline");
  assert.equal(turnHeader("Kaiser Kuo: Well, people borrow because the quota says so.", () => true)?.form, "inline");
});

test("a pronoun's reporting words set off inside a sentence ('Her office, she said, had been told ...', 'He spends his days, he said, walking ...') report the whole sentence, and are no speaker for the quotation before them; not where a source or a quotation follows", () => {
  const { x } = extractFrom(page("Loans", "", 'A credit officer named Long Guiyu said quotas came down "like grain targets in the old days." Her office, she said, had been told to sign at least 300 new borrowers.', "", "Dawa Dorje, 63, is a herder. He spends his days, he said, walking between the settlement gate and the shop.", ""));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Long Guiyu", "Long Guiyu", "Dawa Dorje"]);
  assert.deepEqual(speakersIn("Tsering Yangzom heads the office.", "Each household will receive up to 60,000 yuan, and the provinces will set aside 9.5 billion yuan, she added, according to the state news agency Xinhua."), ["Tsering Yangzom"]);
});

test("'His daughter-in-law, Tsomo, is more hopeful.' names a person, whom a later 'she said' is", () => {
  const { x } = extractFrom(page("Herders", "", "Dawa Dorje lost his herd.", "", "His daughter-in-law, Tsomo, is more hopeful. \"In Nyima the school was three days away by motorbike,\" she said.", ""));
  assert.ok(x.entities.people.some((p) => p.name === "Tsomo"));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Tsomo"]);
});

test("'Now, she said, orders ... let them charge “at least twice that”.' reports the sentence; 'Name, post, called the program a \"...\"' quotes the name, past the post set off by commas", () => {
  assert.deepEqual(speakersIn("Yang Xiumei chairs the cooperative.", "Now, she said, orders from Guiyang and Shanghai let them charge “at least twice that”."), ["Yang Xiumei", "Yang Xiumei"]);
  assert.deepEqual(speakersIn('Hanna Lund, Country Director for the Valley Bank, called the program a "test of whether lending can reach the very last mile" of poverty reduction.'), ["Hanna Lund"]);
});

test("'[News Network] Anchor: ...': a broadcast script's programme in brackets before the label opens the anchor's turn", () => {
  assert.deepEqual(speakersIn("[News Network] Anchor: The county is one of the last eight poor counties to be taken off the list.", "Reporter: Early morning, the sewing machines in the workshop have already started."), ["Anchor", "Reporter"]);
});

test("a site's comments each headed 'Submitted by <name> on Wed, 03/07/2018 - 02:31' are that commenter's turns, and the post the same line signs speaks for its writer", () => {
  assert.deepEqual(turnHeader("Submitted by Lobsang Pema on Wed, 03/07/2018 - 02:31", () => false)?.form, "post");
  const text = [
    "Policy Notes Forum",
    "",
    "Why clinics decide who stays poor",
    "",
    "Submitted by Rosa Delgado-Wu on Tue, 03/06/2018 - 09:12",
    "",
    "In the county we visited, 24 village clinics serve the whole valley and eleven of them have no doctor.",
    "",
    "Comments",
    "",
    "Submitted by Lobsang Pema on Wed, 03/07/2018 - 02:31",
    "",
    "My uncle has run a clinic for 31 years and earns 2,600 yuan a month for three villages.",
    "",
  ].join("\n");
  const { doc, x } = extractFrom(text);
  // (The writer's whole name, a hyphened surname too, not the first word alone.)
  assert.equal(doc.metadata.author, "Rosa Delgado-Wu");
  assert.deepEqual(x.claims.map((c) => [doc.text.slice(c.start, c.end), c.attributedTo]), [
    ["24 village clinics", "Rosa Delgado-Wu"],
    ["eleven", "Rosa Delgado-Wu"],
    ["31 years", "Lobsang Pema"],
    ["2,600 yuan", "Lobsang Pema"],
    ["three villages", "Lobsang Pema"],
  ]);
});

test("a newsletter's comments, each its writer's name over 'Sep 6' (or 'Sep 6·edited Sep 7Author'), are their writers' turns; the day's line, the likes and the footer's links are no words", () => {
  const text = [
    "Upland Letters",
    "Discussion about this post",
    "",
    "#14: Who pays for the boarding schools",
    "Rosa Delgado-Wu",
    "Sep 4, 2023",
    "4 Comments",
    "",
    "Rosa Delgado-Wu",
    "Sep 6·edited Sep 7Author",
    "",
    "The county says 61 village schools were merged between 2012 and 2019.",
    "",
    "Liked by Rosa Delgado-Wu",
    "Expand full comment",
    "Reply",
    "",
    "Lobsang Pema",
    "Sep 8",
    "",
    "I boarded from age 8. Twelve of us slept in one room.",
    "",
    "Privacy ∙ Terms ∙ Collection notice",
    "Start Writing",
    "",
  ].join("\n");
  const { doc, x } = extractFrom(text);
  assert.equal(doc.metadata.title, "#14: Who pays for the boarding schools");
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [
    ["Rosa Delgado-Wu", "The county says 61 village schools were merged between 2012 and 2019."],
    ["Lobsang Pema", "I boarded from age 8. Twelve of us slept in one room."],
  ]);
});

test("a blog's payout alone on its line, over its votes or its reply button ('$0.08' over '14 votes'), is no figure of the text", () => {
  const text = ["RE: The road to Jiudu", "in #china • 3 years ago", "", "The yearbook says 1,246 households moved to the site.", "", "$0.08", "14 votes", "Reply", "", "  @valley-notes (58) · 3 years ago", "  Fair point, it was one family.", "  $0.00", "  Reply", ""].join("\n");
  const { doc, x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["1,246 households"]);
});

test("inside a post, a story pasted over paragraphs keeps the reports inside it as their speakers'; inside a soundbite, the speaker's own report of others is theirs", () => {
  const post = ["Thread title about the town", "", "• valley_walker", "", "Here is what a 2021 piece in the Valley Ledger had to say:", "", '"The town houses 14,300 people who moved off the hills.', "", "'The flats went up in a year; the jobs will take a decade,' said Ruth Okafor, an economist at Dale College.\"", "", "• hill_reader", "", "Three years on, the jobs came.", ""].join("\n");
  const { doc, x } = extractFrom(post);
  assert.deepEqual(x.quotes.filter((q) => q.form === "reported_speech").map((q) => [doc.text.slice(q.start, q.end), q.speaker]), [["The flats went up in a year; the jobs will take a decade", "Ruth Okafor"]]);
  const bite = ["CHINA-QINGHAI-HERDERS", "", "1. SOUNDBITE (English) Ruth Okafor, research fellow, Dale College:", '"What I saw was a real increase in income. About half of the men over 50 told me they would go back to the pasture if they could."', ""].join("\n");
  const soundbite = extractFrom(bite);
  assert.deepEqual(soundbite.x.quotes.filter((q) => q.form === "reported_speech").map((q) => q.speaker), []);
});

test("a board's posts headed 'By ridge_runner - 17 Mar 2021 09:42': each post's words are its poster's turn", () => {
  const text = ["Hill County Forum", "Did the new flats really cost 90,000 yuan each?", "", "By ridge_runner - 17 Mar 2021 09:42", "", "My cousin paid 20,000 yuan of his own for a flat.", "", "By Old Mapmaker - 17 Mar 2021 11:05", "", "The province covered about 70 percent of the cost in our township.", ""].join("\n");
  const { doc, x } = extractFrom(text);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [
    ["ridge_runner", "My cousin paid 20,000 yuan of his own for a flat."],
    ["Old Mapmaker", "The province covered about 70 percent of the cost in our township."],
  ]);
});

test("'Q&A with clinic manager Marta Quiroga (interview by Chen Yulan)' over 'Q: ...' and 'A: ...': the answers are Marta Quiroga's, the questions Chen Yulan's", () => {
  const { x } = extractFrom(article(
    "Q&A with clinic manager Marta Quiroga (interview by Chen Yulan)",
    "Q: How many patients come in each week?",
    "A: About 300 patients come in each week, twice as many as in 2018.",
    "Q: And how many of them walk more than an hour?",
    "A: Perhaps 40 percent still do.",
  ));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Chen Yulan", "Marta Quiroga", "Chen Yulan", "Marta Quiroga"]);
});

test("'You can follow @kestrel_maps.' under an unrolled thread names its writer by the handle, and the thread's own figures are theirs", () => {
  const { doc, x } = extractFrom(["Thread Reader App", "", "What the new road did to one hill village. A thread.", "", "1/ The county paved 14 km of road up to Stone Ridge in 2019.", "", "2/ The bus fare to town fell from 12 yuan to 5 yuan.", "", "3/ Visits to the clinic roughly doubled, by my count.", "", "You can follow @kestrel_maps.", ""].join("\n"));
  assert.equal(doc.metadata.author, "kestrel_maps");
  assert.deepEqual(x.claims.map((c) => [doc.text.slice(c.start, c.end), c.attributedTo]), [["14 km", "kestrel_maps"], ["12 yuan", "kestrel_maps"], ["5 yuan", "kestrel_maps"]]);
});

test("an explainer's question subheads answered in the third person are no interview (the writer asks nothing, the outlet's figures stay its own), a 'We' inside a quotation no answer's; an answer that speaks as 'we' makes the page one", () => {
  const explainer = (...answers: string[]) => ["Moving the hill villages: what you need to know", "", "By Ivo Brandt | Valley Daily", "", "The county finished moving its last hill villages in May.", "", "What did the families get?", "", answers[0], "", "Where did they go?", "", answers[1], "", "Did incomes rise?", "", answers[2], ""].join("\n");
  const third = extractFrom(explainer(
    "Each household received a flat of about 80 square metres and a grant of 20,000 yuan.",
    "Most moved to three new estates near the county town. \"We miss the fields,\" one resident said of the move.",
    "Average incomes in the estates rose by about 9 percent a year, according to the county.",
  ));
  // (The county the last answer cites gives its figure, as "according to" a source does; no interviewee does.)
  assert.deepEqual(third.x.quotes.map((q) => [q.form, q.speaker]), [["quotation", "one resident"], ["reported_speech", "county"]]);
  assert.deepEqual(third.x.claims.map((c) => [third.doc.text.slice(c.start, c.end), c.attributedTo]), [["about 80 square", "Valley Daily"], ["20,000 yuan", "Valley Daily"], ["three new", "Valley Daily"], ["about 9 percent", "county"]]);
  const spoken = extractFrom(explainer(
    "Each household received a flat of about 80 square metres and a grant of 20,000 yuan.",
    "Most moved to three new estates near the county town. We visited all three in June.",
    "Average incomes in the estates rose by about 9 percent a year, according to the county.",
  ));
  assert.deepEqual(spoken.x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [spoken.doc.text.slice(q.start, q.start + 12), q.speaker]), [
    ["What did the", "Ivo Brandt"], ["Each househo", null], ["Where did th", "Ivo Brandt"], ["Most moved t", null], ["Did incomes ", "Ivo Brandt"], ["Average inco", null],
  ]);
});

test("a roundup of posts, each after its poster's handle in Chinese script (with a verified mark and a note on the account): the handle's turn", () => {
  const { x, doc } = extractFrom(article("Below is how users reacted.\n\n山里的阿明: \"My aunt moved last spring. Her flat is on the ninth floor.\"\n\n观察者老李V (420 thousand fans on Weibo): \"The county says 3,100 people moved. I counted fewer.\""));
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, doc.text.slice(q.start, q.start + 12)]), [["山里的阿明", "My aunt move"], ["观察者老李", "The county s"]]);
});

test("a caption file's voice tags left inside a joined turn are no part of a speaker named after them", () => {
  const { x } = extractFrom("WEBVTT - Potato prices in the hills\n\n0:00:01.000 --> 0:00:04.000\n<v Speaker 2>Around 90,000 households grow potatoes,\n\n0:00:04.100 --> 0:00:07.000\n<v Speaker 2>and the city government says the crop brought in\n\n0:00:07.100 --> 0:00:10.000\n<v Speaker 2>roughly 2.1 billion yuan last year.\n");
  assert.ok(x.quotes.some((q) => q.form === "reported_speech" && q.speaker === "city government"), JSON.stringify(x.quotes.map((q) => [q.form, q.speaker])));
  assert.ok(x.quotes.every((q) => q.speaker === null || !/[<>]|^and /.test(q.speaker)), JSON.stringify(x.quotes.map((q) => q.speaker)));
});

test("a broadcaster's name with its programme's in brackets ('Valley TV News (Evening Report): ...') speaks the turn; a person's name in brackets still does ('Host (Li Na): ...')", () => {
  const { x } = extractFrom(article(
    "Valley TV News (Evening Report): Hill County was long one of the poorest counties in the province. This year it moved 3,000 people into new flats.",
    "Host (Li Na): The county says 800 of them have found work nearby.",
  ));
  assert.equal(x.claims.find((c) => c.value === 3000)?.attributedTo, "Valley TV News");
  assert.equal(x.quotes[0]?.speaker, "Valley TV News");
  assert.equal(x.quotes[1]?.speaker, "Li Na");
});

test("a numbered question under 'Reporter from X (XYZ)' is X's, even when it opens 'Can Ms. Name ...?'", () => {
  const text = article(
    "Host: The next question, please.",
    "Reporter from Valley Press Agency (VPA)",
    "Q2: Can Ms. Patigul tell us why she left her village, and whether she can go home when she wants?",
    "A: I left because the factory paid 3,000 yuan a month, and I go home every Spring Festival.",
  );
  const { doc, x } = extractFrom(text);
  assert.equal(x.quotes.find((q) => doc.text.slice(q.start, q.end).startsWith("Can Ms."))?.speaker, "Valley Press Agency");
});

test("'Twenty-two said ...' after '31 relocated residents' is the residents' report; '... wrote one user (18.7k likes)' is the user's", () => {
  const { x } = extractFrom(article(
    "The group interviewed 31 relocated residents between January and May. Twenty-two said they had not been shown how their compensation of 40,000 yuan was worked out.",
    "\"Some kids were still in sandals in December, and now they are out of poverty?\" wrote one user (18.7k likes).",
  ));
  assert.equal(x.claims.find((c) => c.value === 40000)?.attributedTo, "relocated residents");
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["relocated residents", "one user"]);
});

test("'Moderator:' turns are the host the page names ('Host of press conference: ... Ma Lianfeng'); 'Please, Name.' and 'Name will answer.' hand the 'A:' over; 'Quote:' is nobody", () => {
  const { x } = extractFrom(article(
    "Host of press conference: Deputy Head of the Publicity Department of the Region Ma Lianfeng",
    "Moderator: Dear friends from the press, good afternoon. Welcome to the press conference.",
    "Q: Reporter from Valley Times: What has Kashgar done to create jobs?",
    "Moderator: Please, Memet Tursun.",
    "A: Kashgar has 12 counties and cities, and 11 of them have left the list.",
    "Q: Reporter from Hill Net: Why did you decide to work away from home?",
    "Moderator: Aygul Rozi will answer.",
    "A: I am 24 years old. I earn about 3,500 yuan a month.",
  ));
  assert.equal(x.quotes[0]?.speaker, "Ma Lianfeng");
  assert.equal(x.claims.find((c) => c.value === 12)?.attributedTo, "Memet Tursun");
  assert.equal(x.claims.find((c) => c.value === 3500)?.attributedTo, "Aygul Rozi");
  const board = extractFrom(article(
    "Nightstop Nigel",
    "3rd Apr 2021, 11:30",
    "Quote:",
    "The hand picking was down south",
    "So who was doing that picking? Half the crews I saw were bused in, 30 or 40 to a bus.",
  )).x;
  assert.ok(board.quotes.every((q) => q.speaker !== "Quote"), JSON.stringify(board.quotes.map((q) => q.speaker)));
});

test("'The 52-year-old said ...' is the person last named; a caption's clock run into its words ('00:41According to ...') is no part of them", () => {
  const { x } = extractFrom(article(
    "Nalai Ai, 52, grows tea on the hill above the village.",
    "The 52-year-old said his family of six earned about 9,000 yuan in 2014.",
  ));
  assert.equal(x.claims.find((c) => c.value === 9000)?.attributedTo, "Nalai Ai");
  const video = extractFrom(page(
    "A video page for the test",
    "",
    "Transcript",
    "00:10Anchor: Dear audience, in May of this year, 84 poor households of the village moved into new houses.",
    "00:41According to the county relocation office, each person is paying no more than 2,500 yuan for the house.",
  ));
  assert.deepEqual(video.x.quotes.map((q) => q.speaker), ["Anchor", "county relocation office"]);
  assert.equal(video.x.claims.find((c) => c.value === 2500)?.attributedTo, "county relocation office");
});

test("turns labelled in square brackets run into one paragraph are each their speaker's; a shot list's soundbite after its time code is the speaker's", () => {
  const { x } = extractFrom(article(
    "The office briefed reporters on Tuesday. The transcript is as follows: [Lin Qiao]: Good morning. Today we have invited Ms. Gao to brief you. [Gao Meiyun]: Good morning. Last year more than 3 million people were included in the monitoring system. [Valley Business Herald]: How much credit went to those households? [Gao Meiyun]: About 12 billion yuan. [Lin Qiao]: Thank you.",
  ));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Lin Qiao", "Gao Meiyun", "Valley Business Herald", "Gao Meiyun", "Lin Qiao"]);
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[3_000_000, "Gao Meiyun"], [12_000_000_000, "Gao Meiyun"]]);
  // ("SHOWS:" over the shots is the list's label, no one's turn.)
  const shots = extractFrom(["Ridge - Machines replace pickers", "SHOWS:", "RIDGE COUNTY, HILL REGION, CHINA, 19 OCTOBER 2021", "00.05 wide of cotton field", "00.18 SOUNDBITE (Mandarin) Zhao Lianfa, manager, Ridge Cotton Cooperative:", "\"We have 31 machines now. Five years ago we hired 800 pickers.\"", "00.40 close of picker", ""].join("\n")).x;
  assert.deepEqual(shots.quotes.map((q) => q.speaker), ["Zhao Lianfa"]);
  assert.deepEqual(shots.claims.map((c) => c.attributedTo), ["Zhao Lianfa", "Zhao Lianfa"]);
});

test("'..., said its manager, NAME, a former herder', 'said the township head, NAME' and '\"...,\" said the village head, NAME.' are NAME's words, not the post's nor the person named before", () => {
  const { x } = extractFrom(article(
    "A wool cooperative started in 2018 now employs 212 relocated villagers, said its manager, Dawa Yangzom, a former herder.",
    "The county built 46 greenhouses last year, said the township head, Li Ming.",
    "A second workshop now employs 90 women, said its director.",
    "\"We sold 200 sheep,\" said the village head, Tashi Dorje.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[212, "Dawa Yangzom"], [46, "Li Ming"], [90, "its director"], [200, "Tashi Dorje"]]);
});

test("'[Name, villager, Hill village]' alone over the words: a video's caption card names who speaks until the next card", () => {
  const { x } = extractFrom(article(
    "[Video captions]",
    "[Zhou Lan, VTV reporter]",
    "This is Ridge village, on a dry hill about 90 kilometers from the city.",
    "[Ma Xiaoli, villager, Ridge village]",
    "Before, our family earn maybe 4,000 yuan a year.",
    "[Zhou Lan]",
    "Last year she sold 600 kilograms of lamb online.",
  ));
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[90, "Zhou Lan"], [4000, "Ma Xiaoli"], [600, "Zhou Lan"]]);
});

test("a briefing's 'Reporter from X:' before the question, or alone over it, is X's question, with the country and a note after X", () => {
  const { doc, x } = extractFrom(article(
    "Host: Good afternoon, friends from the press. The floor is open.",
    "Director Aysu Kerim: Thank you. Last year 41,000 people in the county found work off the farm.",
    "Reporter from Valley Broadcasting: How are the workshops helping mothers who cannot leave home?",
    "Director Aysu Kerim: There are 52 workshops in the villages, employing 3,100 women.",
    "Reporter of Hill Daily:",
    "Will the support stop once a household leaves the list?",
    "Director Aysu Kerim: No. Support continues for five years after exit.",
    "Reporter from the Lakeside Press of Norway (via video link): Are the workers free to leave the factories?",
    "Director Aysu Kerim: Yes. Every contract can be ended with 30 days' notice.",
  ));
  const askedBy = (opening: string) => x.quotes.find((q) => doc.text.slice(q.start, q.end).startsWith(opening))?.speaker;
  assert.equal(askedBy("How are the workshops"), "Valley Broadcasting");
  assert.equal(askedBy("Will the support stop"), "Hill Daily");
  assert.equal(askedBy("Are the workers free"), "Lakeside Press");
  assert.equal(askedBy("There are 52 workshops"), "Aysu Kerim");
});

test("a question that calls the page's own reporter by name ('Q1: Mingyu, you spent a week there ...') is the studio's, and so are the questions after it", () => {
  const labelled = extractFrom(article(
    "About 80,000 people have moved down from the hills since 2016. Our reporter Zhou Mingyu has just come back from the valley and joins us on the line.",
    "Q1: Mingyu, you spent a week in the valley. What did the new towns look like?",
    "Mingyu: The largest site I saw houses 4,200 people in 26 blocks, with a clinic and a school.",
    "Q2: And what do people do for work there?",
    "Mingyu: About 1,300 of them work in two workshops making shoes.",
    "Host: Zhou Mingyu, thank you.",
  )).x;
  assert.deepEqual(labelled.quotes.map((q) => q.speaker), ["Host", "Zhou Mingyu", "Host", "Zhou Mingyu", "Host"]);
  const numbered = extractFrom(article(
    "Tonight we close our series from the plateau. Our reporter Deng Lixue has followed the families since last summer, and she joins us in the studio as our anchor asks the questions.",
    "Q1. Lixue, start with the scale. How many herders are moving?",
    "A1: The plan covers about 90,000 people living above 4,600 metres.",
    "Q2. What do they do for work now?",
    "A2: Some 2,400 of them found jobs in greenhouses near the city.",
  )).x;
  assert.deepEqual(numbered.quotes.map((q) => q.speaker), ["Anchor", "Deng Lixue", "Anchor", "Deng Lixue"]);
});

test("at a briefing whose turns are set inline, 'Name, post: Thank you for your question.' speaks on over the paragraphs below it", () => {
  const { x } = extractFrom(article(
    "Ayi Mose: The prefecture has built 210 resettlement sites and moved 96,400 people.",
    "Valley Daily reporter: How are the relocated people finding work?",
    "Deng Kaiwen, deputy director of the provincial human resources department: Thank you for your question.",
    "At present 41,300 relocated workers have jobs, and 18,200 of them work outside the province.",
    "We held 127 job fairs this year.",
    "Hill TV reporter: What about the elderly?",
    "Ayi Mose: We set up 64 community centres in the sites.",
  ));
  const creditOf = (value: number) => x.claims.find((c) => c.value === value)?.attributedTo;
  assert.deepEqual([41300, 18200, 127].map(creditOf), ["Deng Kaiwen", "Deng Kaiwen", "Deng Kaiwen"]);
  assert.equal(creditOf(64), "Ayi Mose");
});

test("opening remarks signed 'Mr. Name, post' over 'Dear friends from the press,' are the signer's up to the questions, which keep their own turns", () => {
  const { x } = extractFrom(article(
    "Opening Remarks at the Press Conference of the Valley Provincial Government",
    "Mr. Tan Weiguo, Vice Governor, Valley Province",
    "Dear friends from the press, Ladies and Gentlemen, Good morning!",
    "At the end of 2014, the prefecture had 214,000 registered poor people. By the end of 2019, 93,000 of them had moved into 58 new towns.",
    "Thank you!",
    "Hill Daily: How do the families earn a living now?",
    "Tan Weiguo: Each household with labour has at least one person in work, and we set up 41 workshops.",
    "Lake TV: What comes next?",
    "Tan Weiguo: We will watch 6,100 households at risk of falling back for five years.",
  ));
  const creditOf = (value: number) => x.claims.find((c) => c.value === value)?.attributedTo;
  assert.deepEqual([214000, 93000, 58, 41, 6100].map(creditOf), ["Tan Weiguo", "Tan Weiguo", "Tan Weiguo", "Tan Weiguo", "Tan Weiguo"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Tan Weiguo", "Hill Daily", "Tan Weiguo", "Lake TV", "Tan Weiguo"]);
});

test("a report's front-matter page number 'iii' alone on its line is no poster over the summary under it", () => {
  const { x } = extractFrom(article(
    "Foreword",
    "This assessment reviews the programme, which the fund co-financed in six counties from 2011 to 2018.",
    "iii",
    "Executive summary",
    "1. Background. In 2010 the poverty incidence in the prefecture's 11 poverty counties was 28.6 per cent.",
  ));
  assert.ok(x.quotes.every((q) => q.speaker !== "iii"), JSON.stringify(x.quotes.map((q) => q.speaker)));
  assert.equal(x.claims.find((c) => c.value === 28.6)?.attributedTo ?? null, null);
});

test("a panel show's transcript names each speaker in capitals alone on a line, no colon, with a post the first time ('ZHAO MINGYU, CONSUL, CONSULATE-GENERAL IN SYDNEY'): the words under it are theirs", () => {
  const { x } = extractFrom(article(
    "Q and A on the plateau: development or displacement?",
    "Tonight's panel takes questions from the studio audience.",
    "KATE LINDBERG",
    "Good evening and welcome. Tonight: the plateau and the people who left it.",
    "ZHAO MINGYU, CONSUL, CONSULATE-GENERAL IN SYDNEY",
    "Thank you. By the end of 2019, all 74 counties and districts in the region had left the poverty list.",
    "KATE LINDBERG",
    "Tenzin Dolkar, you have family there.",
    "TENZIN DOLKAR, ADVOCATE, HIGHLAND COUNCIL",
    "I do. My aunt's household was one of roughly 40 families from her township moved in 2019.",
  ));
  const creditOf = (value: number) => x.claims.find((c) => c.value === value)?.attributedTo;
  assert.deepEqual([74, 40].map(creditOf), ["Zhao Mingyu", "Tenzin Dolkar"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Kate Lindberg", "Zhao Mingyu", "Kate Lindberg", "Tenzin Dolkar"]);
});

test("a headline that gives a person's words after their name and a colon ('Tsewang Norbu: 266,000 relocated people ...') credits its figures to them", () => {
  const { x } = extractFrom([
    "Tsewang Norbu: 266,000 relocated people in the region have moved into new homes",
    "2021-03-09T06:41:22.358Z",
    "On March 8, the region's delegation held an open day. Tsewang Norbu, a deputy to the national legislature, answered questions.",
    "Valley TV reporter: How many people have been moved, and how is their employment now?",
    "Tsewang Norbu: Thank you for your question.",
    "During the five-year plan our region built 964 relocation sites.",
    "Hill Daily reporter: What comes next?",
    "Tsewang Norbu: We will keep the support in place for five years.",
  ].join("\n\n"));
  assert.equal(x.claims.find((c) => c.value === 266000)?.attributedTo, "Tsewang Norbu");
  assert.ok(x.quotes.every((q) => !q.speaker?.startsWith("Tsewang Norbu: ")));
});

test("a translated thread of replies, each after its poster's handle and a colon ('hill_walker: ...', 'laoshan2046: ...', '清风_Valley: ...'), gives each reply and its figures to the handle", () => {
  const { x } = extractFrom(article(
    "This post by the county's Party secretary drew hundreds of replies before it was removed. A selection, translated:",
    "hill_walker: I moved down in 2017. Heating costs 2,400 yuan a winter and the factory pays me 1,900 yuan a month.",
    "laoshan2046: In our building 14 of the 36 flats sit empty.",
    "清风_Valley: My mother is 71 and for the first time she has tap water.",
  ));
  const creditOf = (value: number) => x.claims.find((c) => c.value === value)?.attributedTo;
  assert.deepEqual([2400, 1900, 36, 71].map(creditOf), ["hill_walker", "hill_walker", "laoshan2046", "清风_Valley"]);
});

test("a numbered voice is the guest the turn before introduces and welcomes ('Ma Lin is a sociologist ... Welcome.'), or the one it plays ('Here's Zhao Wen, ...', then 'Speaker 3 (translated) ...'); 'episode-header-image' over the day is no poster", () => {
  const { doc, x } = extractFrom([
    "logo",
    "episode-header-image",
    "Jan 2021",
    "Who Counts as Poor in the Hill County?",
    "Valley Field Notes",
    "Transcript",
    "Speaker 1 This is Valley Field Notes. I'm Hanna Prytz.",
    "Speaker 1 My guest has done fieldwork there since 2016. Ma Lin is a sociologist at Hill University. Welcome.",
    "Speaker 2 Thanks, Hanna. The village I stayed in had 412 households, and 187 of them were registered.",
    "Speaker 1 We asked the county for comment. Here's Zhao Wen, deputy head of the county poverty alleviation office.",
    "Speaker 3 (translated) We relocated more than 5,000 households from the mountain tops.",
  ].join("\n\n"));
  const creditOf = (value: number) => x.claims.find((c) => c.value === value)?.attributedTo;
  assert.deepEqual([412, 5000].map(creditOf), ["Ma Lin", "Zhao Wen"]);
  assert.equal(doc.metadata.author, null);
});

test("a deputy's turn under the posts they hold, the name closing the label, is theirs, past an outlet's question", () => {
  const text = article(
    "Economic Daily reporter: Hill Province had one of the heaviest tasks. How will you keep people from falling back? Thank you.",
    "NPC deputy and vice governor of Hill Province Ma Zhenghua: Thank you for your question. By the end of last year, all 75 poor counties in the province had left the list.",
    "Valley Daily reporter: Ms. Ma, your village is in the hills. What has changed?",
    "NPC deputy and Party branch secretary of Shangwan Village, Hill County, Ma Suying: When I took office in 2015, the income of our village was less than 2,600 yuan.",
  );
  assert.deepEqual(extractFrom(text).x.claims.map((c) => [c.value, c.attributedTo]), [[75, "Ma Zhenghua"], [2600, "Ma Suying"]]);
  // (A sentence that reports words, colon and all, is no label.)
  assert.equal(turnHeader("The deputy head of the county office told reporters Li Wei: the plan works.", () => false), null);
});

test("a television script: the correspondent in capitals with how they are heard, soundbites under names in capitals, the post the first time", () => {
  const text = article(
    "Description: Correspondent Claire Dutton travels to the plateau, where herders are moving to towns.",
    "CLAIRE DUTTON (ON CAMERA) GOOD EVENING FROM THE PLATEAU, 4,500 METERS ABOVE SEA LEVEL.",
    "DUTTON (VOICE OVER) UNDER A PLAN ANNOUNCED IN 2018, THE REGIONAL GOVERNMENT SAYS IT WILL MOVE ABOUT 130,000 PEOPLE.",
    "TSERING DORJE, HERDER We had 200 sheep and 40 yaks. The county bought the animals back.",
    "DUTTON (VOICE OVER) OFFICIALS SAY THE NEW SETTLEMENT HAS A SCHOOL AND A CLINIC.",
    "TSERING DORJE Here, I don't know what to do with my hands.",
  );
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Claire Dutton", "Claire Dutton", "Tsering Dorje", "Claire Dutton", "Tsering Dorje"]);
  assert.deepEqual(x.claims.filter((c) => c.value === 200).map((c) => c.attributedTo), ["Tsering Dorje"]);
});

test("a briefing's labels: 'DEPUTY ASSISTANT SECRETARY X' is the person the page names in full, 'MODERATOR' the one who says who they are, 'QUESTION' the one who gives their name and outlet", () => {
  const text = [
    "Labor Transfers in the Valley",
    "Special Briefing",
    "Daniel Okafor, Deputy Assistant Secretary, Bureau of Labor",
    "March 18, 2021",
    "MODERATOR: Good morning. I'm Ellen Marsh, the center's director. This briefing is on the record.",
    "DEPUTY ASSISTANT SECRETARY OKAFOR: Thanks, Ellen. Regional plans call for moving 2.2 million laborers every year.",
    "MODERATOR: Let's go to questions.",
    "QUESTION: Thank you. Hiroshi Tanabe, Kyodo News. How many companies are affected?",
    "DEPUTY ASSISTANT SECRETARY OKAFOR: We have listed 48 entities so far.",
  ].join("\n\n") + "\n";
  assert.deepEqual(extractFrom(text).x.quotes.map((q) => q.speaker), ["Ellen Marsh", "Daniel Okafor", "Ellen Marsh", "Hiroshi Tanabe", "Daniel Okafor"]);
});

test("'Reporter 3: (08:12)' over a question is the questioner who gives their name, or their outlet after thanks; a clock alone is no words said", () => {
  const text = [
    "Briefing on relocation in the Valley Region",
    "Moderator: (03:40)",
    "The floor is now open. Please tell us your outlet before your question.",
    "Reporter 1: (04:10)",
    "Thank you. Valley Wire. How many herders have given up their herds?",
    "Yangchen Drolma: (04:29)",
    "About 40 percent of relocated families have leased their grazing rights to cooperatives.",
    "Reporter 3: (08:12)",
    "Li Wen, Phoenix TV. What happens to the land the herders left?",
    "Zhou Hanlin: (08:30)",
    "The vacated land, about 1.9 million hectares, becomes part of the reserve.",
  ].join("\n\n") + "\n";
  const { doc, x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.start + 12)]), [
    ["Moderator", "The floor is"],
    ["Valley Wire", "Thank you. V"],
    ["Yangchen Drolma", "About 40 per"],
    ["Li Wen", "Li Wen, Phoe"],
    ["Zhou Hanlin", "The vacated "],
  ]);
});

test("a social post's account under the name it shows: the post is the named poster's; 'my aunt Yangchen says' is Yangchen's", () => {
  const { doc, x } = extractFrom([
    "Mastodon", "", "Pema Dolkar", "", "@pemadolkar@tibetan.social", "",
    "1/ People keep asking about the relocation in the valley, so here is what I saw visiting my cousins last month.", "",
    "Jun 12, 2022, 07:41", "", "Pema Dolkar", "", "@pemadolkar@tibetan.social", "",
    "2/ My cousins' household of seven people got a 120-square-metre house. My aunt Yangchen says her blood pressure is finally normal.", "",
    "Jun 12, 2022, 07:44", "",
  ].join("\n") + "\n");
  assert.deepEqual(x.claims.filter((c) => c.value === 120).map((c) => c.attributedTo), ["Pema Dolkar"]);
  assert.ok(x.quotes.some((q) => q.speaker === "Yangchen" && doc.text.slice(q.start, q.end).includes("blood pressure")));
});

test("a roundup's comments under '@handle:' are each their writer's; a link aggregator's 'handle · N days ago · link · parent' heads each comment", () => {
  const roundup = page("Netizens doubt a township's income figures", "", "By Anna Kovac", "", "A township drew ridicule this week after a now-deleted article claimed that 4,127 households had passed the line.", "", "@HillLaoWang: Our county sent 1,400 cadres to check incomes in 11 days. [8,906 likes]", "", "@一只猫: That line works out to 10.96 yuan a day. [1.1万 likes]");
  assert.deepEqual(extractFrom(roundup).x.claims.map((c) => [c.value, c.attributedTo]), [[4127, "a now-deleted article"], [1400, "HillLaoWang"], [11, "HillLaoWang"], [10.96, "一只猫"]]);
  // (One reply opening on "@Anonymous:" under its writer's header answers someone; the writer still speaks.)
  const journal = page("steppe_notes", "", "Notes from the work team", "", "June 18 2017, 09:12:00 UTC", "", "The team visited 40 households in the village this week, the head told me.", "", "4 comments", "", "tumble_kz", "June 19 2017, 07:45:10 UTC", "Collapse", "@Anonymous: He's been there three months, so maybe it goes up.");
  assert.deepEqual(extractFrom(journal).x.claims.map((c) => [c.value, c.attributedTo]).at(-1), [3, "tumble_kz"]);
  const thread = page("linkhub", "", "posted by ferrous_owl · 1192 days ago · link ·", "valleynews.example/cotton", "Valley cotton is 'mostly machine-picked' - so where did the workers go?", "", "ferrous_owl · 1192 days ago · link ·", "", "Posting this because the numbers don't line up. Officials say 69 percent is picked by machine.", "", "wandering_yak · 1191 days ago · link · · parent · post: Valley cotton is 'mostly machine-picked'...", "", "My wife's family farms 30 mu near the river and they still pick by hand.", "", "steppe_sky · 1187 days ago · link · · parent", "", "Three of the 40 people on our bus had signed up.");
  assert.deepEqual(extractFrom(thread).x.claims.map((c) => [c.value, c.attributedTo]), [[69, "Officials"], [30, "wandering_yak"], [3, "steppe_sky"], [40, "steppe_sky"]]);
});

test("a yearbook entry 'Written by A and B, <Office>' speaks for the office its writers name; a writer's post and handle under the byline are no text", () => {
  assert.equal(voiceOf(page("Poverty Alleviation in Hill City", "", "【Overview】Hill City administers 7 counties, with 612,000 registered poor people at the end of 2014.", "", "(Written by Yang Hua and Ma Lin, Hill Municipal Poverty Alleviation Office)")), "Hill Municipal Poverty Alleviation Office");
  assert.equal(voiceOf(page("Poverty Alleviation in Hill City", "", "Hill City administers 7 counties, with 612,000 registered poor people.", "", "(Written by Yang Hua and Ma Lin, Hill Daily)")), null);
  const oped = page("The Hale Institute", "Research & Commentary", "", "The valley's last poor county and the finish line", "Priya Ramesh", "Nonresident Fellow - Global Economy and Development", "@pramesh_dev", "Monday, February 1, 2021", "", "I do not doubt the campaign changed lives. The national line, 2,300 yuan a year, was worth little.", "", "My worry is what happens once a target is declared met.");
  assert.deepEqual(extractFrom(oped).x.claims.map((c) => [c.value, c.attributedTo]), [[2300, "Priya Ramesh"]]);
});

test("'She is 81 and she told the cadre, \"...\"': the pronoun after 'and' speaks for the person the first clause describes", () => {
  assert.deepEqual(speakersIn("My grandmother, Wang Xiuhua, was one of them. She is 81 and she told the cadre, \"I was born above this valley and I will be buried above it.\""), ["Wang Xiuhua"]);
});
