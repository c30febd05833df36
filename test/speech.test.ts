import { test } from "node:test";
import assert from "node:assert/strict";
import { rememberedClauses, reportingClauses } from "../pipeline/extract/speech.ts";
import { article, extractFrom } from "./helpers.ts";

/** Each reporting clause of a sentence: who speaks and what they said, as written. */
const clauses = (sentence: string) => reportingClauses(sentence).map((c) => [sentence.slice(c.speaker.start, c.speaker.end), c.content === null ? null : sentence.slice(c.content.start, c.content.end)]);

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

test("'Li Wei, a county official, said the county built 40 roads': a name and its apposition before the verb speak, and what follows is said", () => {
  const said = (sentence: string) => reportingClauses(sentence).map((c) => [sentence.slice(c.speaker.start, c.speaker.end), c.content && sentence.slice(c.content.start, c.content.end)]);
  assert.deepEqual(said("Li Wei, a county official, said the county built 40 roads."), [["Li Wei, a county official", "the county built 40 roads"]]);
  // A body's name, then the post held in it, describes the name before it too.
  assert.deepEqual(said("When addressing the meeting, Wu Lan, Communist Party of Valley (CPV) chief of Hill Region, said the plan is a state strategy."), [["Wu Lan, Communist Party of Valley (CPV) chief of Hill Region", "the plan is a state strategy"]]);
  // The words said may still stand before a name after the verb, and a dateline or a scene before them is no name.
  assert.deepEqual(said("The county built 40 bridges, said Li Wei, a county official."), [["Li Wei", "The county built 40 bridges"]]);
  assert.deepEqual(said("In Hill County, which runs three towns, 600 families moved, said Yue Min."), [["Yue Min", "In Hill County, which runs three towns, 600 families moved"]]);
});

test("'Cotton growers from Hill county in Aksu prefecture, Valley autonomous region, said ...': a place after a place says where it is, and the growers speak", () => {
  const sentence = "Cotton growers from Hill county in Aksu prefecture, Valley autonomous region, said they answered the claims.";
  assert.deepEqual(reportingClauses(sentence).map((c) => sentence.slice(c.speaker.start, c.speaker.end)), ["Cotton growers from Hill county in Aksu prefecture, Valley autonomous region"]);
  // A place ending what was said stays out of who said it.
  const said = "Tourism is lifting incomes in Hill County, Aksu Prefecture, the county government said on Monday.";
  const [who] = reportingClauses(said).map((c) => said.slice(c.speaker.start, c.speaker.end));
  assert.ok(who?.endsWith("the county government") && !who.includes("Tourism"), who);
});

test("'22 stated-owned enterprises have helped ...': a reporting verb inside a hyphened word reports nothing", () => {
  assert.deepEqual(reportingClauses("At present, 22 stated-owned central enterprises in the region have helped more than 2,300 households."), []);
});

test("'Guo Yi, working for Open Hands, a migrant workers' group, said': a participle naming a body, and that body described, describe the named speaker", () => {
  const sentences = [
    ["Guo Yi, working for Open Hands, a migrant workers' group, said it had won back pay for 30 families.", "Guo Yi, working for Open Hands, a migrant workers' group"],
    ["The charity, working with the Red Cross, said 40 homes were rebuilt.", "The charity, working with the Red Cross"],
  ];
  for (const [sentence, speaker] of sentences) {
    const clauses = reportingClauses(sentence!);
    assert.deepEqual(clauses.map((c) => sentence!.slice(c.speaker.start, c.speaker.end)), [speaker]);
  }
});

test("no reporting clause in an encyclopedia's '[note 1]', nor in 'the monthly increase ... shows that' (a change in figures, no one's words); a report's long title after 'said' does not make it too long to be the speaker", () => {
  assert.deepEqual(reportingClauses("Hill Region, often shortened to Hill,[note 1] is a province-level region of the valley."), []);
  assert.deepEqual(reportingClauses("The monthly increase in the amount of foreign investment absorbed fully shows that the economy is resilient."), []);
  const sentence = 'Incomes doubled, said the report titled "Hill Region Since 1951: Liberation, Development and Prosperity," issued by the regional office.';
  assert.deepEqual(reportingClauses(sentence).map((c) => [sentence.slice(c.speaker.start, c.speaker.end).slice(0, 17), c.content && sentence.slice(c.content.start, c.content.end)]), [["the report titled", "Incomes doubled"]]);
});

test("'X testified that ...' reports what follows", () => {
  const { doc, x } = extractFrom(article("At a hearing on Thursday, Dr. Helen Marsh of Hill University testified that as many as 80,000 workers had been moved to factories."));
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.start + 18), q.speaker]), [["as many as 80,000 ", "Helen Marsh"]]);
});

test("'It draws on 63 documents, 14 county work reports and 212 articles' counts reports, which report nothing; 'In November 2020, Beijing claims, ...' still reports", () => {
  assert.deepEqual(reportingClauses("It draws on 63 local government documents, 14 county work reports and 212 state media articles.").length, 0);
  assert.deepEqual(reportingClauses("In November 2020, Beijing claims, the last ten counties were struck off the list.").map((c) => c.kind), ["speech"]);
});

test("'One former herder from Nagchu, now in Dharamsala, said ...': where the speaker is now describes them, and is not who speaks", () => {
  const { x } = extractFrom(article("One former herder from Nagchu, now in Dharamsala, said that his family of seven had sold 80 yaks."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["One former herder from Nagchu"]);
});

test("'Lhamo Tso, a 44-year-old herder we visited, keeps 23 yaks and said ...' is Lhamo Tso's report; the headmaster 'Tsering Dondrub' is a person whose 'he said' is his", () => {
  const { doc, x } = extractFrom(["Valley visit", "", "Lhamo Tso, a 44-year-old herder we visited near the school, keeps 23 yaks and said her family earned about 6,000 yuan last year.", "", "The school's headmaster, Tsering Dondrub, runs the place on very little. \"When I started here in 2008, fewer than half of the children came to school,\" he said.", ""].join("\n"));
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.start + 18), q.speaker]), [["her family earned ", "Lhamo Tso"], ["When I started her", "Tsering Dondrub"]]);
});

test("words quoted at the end of a sentence are its own speaker's, never the next sentence's subject's", () => {
  const quotesOf = (text: string) => {
    const { doc, x } = extractFrom(article(text));
    return x.quotes.filter((q) => q.form === "quotation").map((q) => [doc.text.slice(q.start, q.end), q.speaker]);
  };
  // ('... told our team that each village had to send "at least 40 people per round". A 52-year-old woman said ...')
  assert.deepEqual(quotesOf('Rahman Tohti, a deputy head of one township, told our team in June 2020 that each village had to send "at least 30 people per round". A 52-year-old woman who had picked tomatoes said the work paid "120 yuan a day".'), [
    ["at least 30 people per round", "Rahman Tohti"],
    ["120 yuan a day", "A 52-year-old woman who had picked tomatoes"],
  ]);
  // ('Spokesperson Lin Jiahua on Wednesday dismissed the study as "fabricated".': no reporting verb; the subject speaks.)
  assert.deepEqual(quotesOf('The ministry spokesperson Zhao Ming on Monday dismissed the survey as "made up by activists". Relocation had lifted 300,000 people out of poverty, Zhao told reporters.'), [["made up by activists", "Zhao Ming"]]);
});

test("'put it' before a quotation reports it: 'A village cadre in Hill County put it more bluntly: \"...\"', after a quotation of another's too, 'As Dawa Tsering put it, \"...\"' and 'My colleague Zhou Min, ..., put it this way:' (Zhou Min's); 'put ... at' stays data's alone; and 'early. A village cadre ...' ends the sentence a 'Name, role:' line would run over", () => {
  const { doc, x } = extractFrom(article("By Mei Lin", "Li Ming, deputy director of the relocation office, said the houses were finished early. A village cadre in Hill County put it more bluntly: \"People moved their beds, not their fields.\"", "Wang Fang said that \"the jobs took much longer.\" A herder in Hill County put it another way: \"We walk back every week.\"", "As Dawa Tsering put it, \"the grass is gone.\"", "My colleague Zhou Min, who spent 8 weeks in the villages, put it this way: \"The houses are new.\"", "Figures released by the county put the number of workers at 46,000."));
  assert.deepEqual(x.quotes.filter((q) => q.form === "quotation").map((q) => [doc.text.slice(q.start, q.end), q.speaker]), [["People moved their beds, not their fields.", "A village cadre in Hill County"], ["the jobs took much longer.", "Wang Fang"], ["We walk back every week.", "A herder in Hill County"], ["the grass is gone.", "Dawa Tsering"], ["The houses are new.", "Zhou Min"]]);
});

test("what was said with no 'that': 'She told our research team she sold 4,200 jars ...' (whom they told, then the clause), and '... said she earns 2,800 yuan a month \"without ...\"' closing inside a quotation's mark", () => {
  assert.deepEqual(clauses("She told our research team she sold 4,200 jars in a single night in March."), [["She", "she sold 4,200 jars in a single night in March"]]);
  assert.deepEqual(clauses("Ma Yuqin, 46, who grades potatoes at a starch factory, said she earns 2,800 yuan a month \"without leaving my grandchildren.\""), [["Ma Yuqin, 46, who grades potatoes at a starch factory", "she earns 2,800 yuan a month \"without leaving my grandchildren.\""]]);
});

test("'told us the town now has ...', 'told reporters 1,200 households were moved', 'says a fattened steer now fetches ...': a clause with no 'that' whose subject is no pronoun; not 'told me the story of his village, which was ...' nor 'told reporters at a briefing'", () => {
  assert.deepEqual(clauses("A ferryman named Bo Hailin told us the hamlet now has about 3,400 residents."), [["A ferryman named Bo Hailin", "the hamlet now has about 3,400 residents"]]);
  assert.deepEqual(clauses("Officials told me the prefecture spent around 70 million yuan on the bridge."), [["Officials", "the prefecture spent around 70 million yuan on the bridge"]]);
  assert.deepEqual(clauses("Deng told reporters 1,900 households were moved in the spring."), [["Deng", "1,900 households were moved in the spring"]]);
  assert.deepEqual(clauses("The head of the town told reporters the government plans to open two clinics."), [["The head of the town", "the government plans to open two clinics"]]);
  assert.deepEqual(clauses("He says a grown yak now fetches 12,000 yuan at the market."), [["He", "a grown yak now fetches 12,000 yuan at the market"]]);
  assert.deepEqual(clauses("Deng told me the story of his hamlet, which was poor."), [["Deng", null]]);
});

test("'cautioned that', 'reckoned that', 'concedes that', 'estimate that' report; 'told state television in 2021 that' is whom they told, not a verb 'state'; 'In Hilltown, county officials said' is the officials; 'The estimate that ...' names no one", () => {
  assert.deepEqual(clauses("Mo Lin, of the Valley Institute, cautioned that online sales alone could not carry rural incomes."), [["Mo Lin, of the Valley Institute", "online sales alone could not carry rural incomes"]]);
  assert.deepEqual(clauses("He reckoned that 212 of the hamlet's 590 residents had left."), [["He", "212 of the hamlet's 590 residents had left"]]);
  assert.deepEqual(clauses("She concedes that many earn less than before."), [["She", "many earn less than before"]]);
  assert.deepEqual(clauses("Economists at the Valley Bank estimate that the line is worth about 2.3 dollars a day."), [["Economists at the Valley Bank", "the line is worth about 2.3 dollars a day"]]);
  assert.deepEqual(clauses("Tashi Norbu told state television in 2021 that average incomes had risen by half."), [["Tashi Norbu", "average incomes had risen by half"]]);
  assert.deepEqual(clauses("In Hilltown, county officials said that walnut sales made up 60 percent of income."), [["county officials", "walnut sales made up 60 percent of income"]]);
  assert.deepEqual(clauses("The estimate that 40 households left is wrong."), []);
});

test("after 'say', 'says' and 'said' with no 'that': a count ('Its officials say 18,600 workers ... held'), 'around' a count, a noun with its qualifiers then a verb in the past ('said average net income from potatoes rose'), 'no such rule existed', a short clause ('The county says 40 villages were moved'); a list's mark before who speaks is none of them; 'could you say more about' reports nothing", () => {
  assert.deepEqual(clauses("Its officials say 18,600 rural workers from the county held jobs abroad."), [["Its officials", "18,600 rural workers from the county held jobs abroad"]]);
  assert.deepEqual(clauses("Town officials say around 1,100 residents over 60 rely mainly on pensions."), [["Town officials", "around 1,100 residents over 60 rely mainly on pensions"]]);
  assert.deepEqual(clauses("Professor Hu, who led the survey, said average net income from potatoes rose by a third."), [["Professor Hu, who led the survey", "average net income from potatoes rose by a third"]]);
  assert.deepEqual(clauses("Teacher Ma Lan said attendance in the rainy season used to fall by half."), [["Teacher Ma Lan", "attendance in the rainy season used to fall by half"]]);
  assert.deepEqual(clauses("The county says 40 villages were moved."), [["The county", "40 villages were moved"]]);
  assert.deepEqual(clauses("- Official figures say 96.4 percent of children attend school."), [["Official figures", "96.4 percent of children attend school"]]);
  assert.deepEqual(clauses("Sun, could you say more about the stunting figure?"), []);
  // (A verb in the plural after an adverb of frequency, or before a quantity; not thanks said to a number of people.)
  assert.deepEqual(clauses("Jike says young graduates rarely stay longer than two years."), [["Jike", "young graduates rarely stay longer than two years"]]);
  assert.deepEqual(clauses("Li said job agencies in the valley often charge fees."), [["Li", "job agencies in the valley often charge fees"]]);
  assert.deepEqual(clauses("Officials say apples provide more than 60 percent of income."), [["Officials", "apples provide more than 60 percent of income"]]);
  assert.deepEqual(clauses("He said thanks to about 40 volunteers."), []);
  // ("said no such rule existed" reports a clause; "said no to the plan" reports nothing.)
  assert.deepEqual(clauses("A county official said no such rule existed."), [["A county official", "no such rule existed"]]);
  assert.deepEqual(clauses("He said no to the plan."), []);
  // (A verb of saying with its own object, then another verb after "and", says nothing reported.)
  assert.deepEqual(clauses("He said goodbye to his friends and left."), []);
});

test("'A VRB phone survey of 2,400 rural households ... found that': the count after 'of' is whom the survey covered, and its maker the body named before the noun", () => {
  const { x } = extractFrom(article("The Valley Rural Bank (VRB) lends to farmers in six provinces.", "A VRB phone survey of 2,400 rural households in six provinces in May found that 31 percent had at least one member out of work."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Valley Rural Bank"]);
});

test("'I estimate that about 1.1 million ...' outside any turn is the writer's own text, no quotation; the figures stay the writer's", () => {
  const { x } = extractFrom(["Counting the poor in the valley", "", "By Ola Brandt", "", "Using the bank's line of $1.90 a day, I estimate that about 1.1 million rural residents were still poor in 2018.", ""].join("\n"));
  assert.deepEqual(x.quotes, []);
  assert.equal(x.claims.find((c) => c.value === 1100000)?.attributedTo, "Ola Brandt");
});

test("'..., said Dr. Yang Qiong, who heads the clinic.': an honorific's stop after the verb ends no clause, so who speaks is the doctor, and what stands before is what was said", () => {
  assert.deepEqual(clauses("The clinic, staffed by 14 medical workers, treats around 90 patients a day, said Dr. Yang Qiong, who heads the clinic."), [["Dr. Yang Qiong", "The clinic, staffed by 14 medical workers, treats around 90 patients a day"]]);
});

test("'said members sold 186 metric tons ...': a clause after 'said' whose verb is an irregular past (sold, paid, built, spent ...) is what was said", () => {
  const sentence = "Li Gang, the cooperative's accountant, said members sold 186 metric tons of dried pepper last year.";
  assert.deepEqual(reportingClauses(sentence).map((c) => [sentence.slice(c.speaker.start, c.speaker.end), c.content === null ? null : sentence.slice(c.content.start, c.content.end)]), [["Li Gang, the cooperative's accountant", "members sold 186 metric tons of dried pepper last year"]]);
});

test("'The manager, a woman named Qubi Ama, said the workshop employs 45 women.': a post and its holder described before the verb speak, and a short clause after 'said' is what was said", () => {
  for (const [sentence, speaker] of [["The manager, a woman named Qubi Ama, said the workshop employs 45 women.", "a woman named Qubi Ama"], ["The manager, Qubi Ama, said the workshop employs 45 women.", "The manager, Qubi Ama"]] as const) {
    assert.deepEqual(reportingClauses(sentence).map((c) => [sentence.slice(c.speaker.start, c.speaker.end), c.content === null ? null : sentence.slice(c.content.start, c.content.end)]), [[speaker, "the workshop employs 45 women"]]);
  }
});

test("'A researcher, Dr. Helen Marsh at the University of Leeds, surveyed 410 households and told a webinar that ...': who did both things speaks, not the first verb's phrase", () => {
  const sentence = "A researcher I follow, Dr. Helen Marsh at the University of Leeds, surveyed 410 relocated households in Butuo and Meigu and told a webinar that only 38% had someone in a stable job.";
  assert.deepEqual(reportingClauses(sentence).map((c) => sentence.slice(c.speaker.start, c.speaker.end)), ["A researcher I follow, Dr. Helen Marsh at the University of Leeds"]);
});

test("'reports' after a verb that makes or reads them ('..., rather than write reports in an office') is a noun: no one is reported speaking", () => {
  assert.deepEqual(reportingClauses("They should talk to the herders there, rather than write reports in an office far away."), []);
  assert.deepEqual(reportingClauses("The county publishes reports every year.").length, 0);
  assert.equal(reportingClauses("The newspaper reports that 300 families moved.").length, 1);
});

test("reported speech with no 'that' in four more forms: 'told Guizhou Daily it had moved ...', 'In Tongwei county, the station told me it had ...', 'In a paper last year she estimated that ...', 'Local authorities reported more than 14,000 online shops' / 'reported moving 353,000 people'; not 'the wage they reported was ...'", () => {
  assert.deepEqual(clauses("The county government told Hill Daily it had moved 21,400 people out of the hills."), [["The county government", "it had moved 21,400 people out of the hills"]]);
  assert.deepEqual(clauses("In Tongwei county, the station told me it had placed 12,600 people outside the province."), [["the station", "it had placed 12,600 people outside the province"]]);
  assert.deepEqual(clauses("In a paper last year she estimated that roughly 35 percent of the jobs were temporary."), [["she", "roughly 35 percent of the jobs were temporary"]]);
  assert.deepEqual(clauses("Local authorities reported more than 14,000 online shops in the county."), [["Local authorities", "more than 14,000 online shops in the county"]]);
  assert.deepEqual(clauses("In Liangshan, local authorities reported moving 353,000 people since 2016."), [["local authorities", "moving 353,000 people since 2016"]]);
  assert.deepEqual(clauses("In 2020 the median monthly wage they reported was 3,600 yuan."), []);
});

test("a citation's year after its author ('Wangmo (2013) found that ...') is no part of who found it", () => {
  const { x } = extractFrom(article("Wangmo (2013) found that boarders in Golog slept on average 40 minutes less than day pupils."));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Wangmo"]);
});

test("'X was quoted in <paper> saying ...', '... as saying that ...': the one quoted speaks the words after 'saying', a post before the name or a description after it no part of who", () => {
  assert.deepEqual(clauses("A township official, Ma Jinlan, was quoted in Valley Daily saying about 80 percent of the families had a job by 2022."), [["Ma Jinlan", "about 80 percent of the families had a job by 2022"]]);
  assert.deepEqual(clauses("Ma Jinlan, a township official, was quoted as saying that 300 families moved."), [["Ma Jinlan", "300 families moved"]]);
  assert.deepEqual(clauses("The governor was quoted by Xinhua as saying 40 roads were built."), [["The governor", "40 roads were built"]]);
});

test("'... a generation,' said X: a straight single mark closing a quotation inside a quoted passage is no one who speaks; X is, and the mark that opened the words is no part of them", () => {
  assert.deepEqual(clauses("'The flats went up in a year; the jobs will take a decade,' said Ruth Okafor, an economist at Dale College.\""), [["Ruth Okafor", "The flats went up in a year; the jobs will take a decade"]]);
});

test("'When I visited she told me, \"...\"': a clause of time with no comma after it is no part of who speaks; the pronoun after it is, and goes on the person named before", () => {
  const { x } = extractFrom(article('My aunt, Ma Suying, 71, lives in one of these towns. When I visited she told me, "I do not miss carrying water up that hill." Her rent is low.'));
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Ma Suying"]);
});

test("a passage quoted whole from a paper, with a report inside it: the reports inside are their speakers' words; inside a person's own quotation, what they report is not", () => {
  const passage = extractFrom(article("Here is what the Valley Ledger wrote in 2021:", "\"The town houses 14,300 people. The county relocation office said each resident received 20 square meters of housing. 'The flats went up in a year; the jobs will take a decade,' said Ruth Okafor, an economist at Dale College.\""));
  assert.deepEqual(passage.x.quotes.filter((q) => q.form === "reported_speech").map((q) => [passage.doc.text.slice(q.start, q.end), q.speaker]), [
    ["each resident received 20 square meters of housing", "county relocation office"],
    ["The flats went up in a year; the jobs will take a decade", "Ruth Okafor"],
  ]);
  const own = extractFrom(article('"The officials told us the factories would come, and they came," said Ma Suying, a weaver.'));
  assert.deepEqual(own.x.quotes.map((q) => q.speaker), ["Ma Suying"]);
});

test("'Long Hui and Shi Yan (2021) report that ...', 'The researchers report that ...': 'report' the plural verb, after its subject, reports", () => {
  assert.deepEqual(clauses("Long Hui and Shi Yan (2021) report that some 52,000 were flagged in 2021."), [["Long Hui and Shi Yan (2021)", "some 52,000 were flagged in 2021"]]);
  assert.deepEqual(clauses("The researchers report that some 52,000 were flagged."), [["The researchers", "some 52,000 were flagged"]]);
  assert.deepEqual(clauses("Ma, Li and Zhou report that 40 percent left."), [["Ma, Li and Zhou", "40 percent left"]]);
});

test("'..., said Professor NAME of X, who has surveyed ...' and 'The governor, speaking through an interpreter, said ...': who the speaker is and how they spoke are no part of what was said, nor of who", () => {
  assert.deepEqual(clauses("Prices fell by nearly 30 percent in two years, hitting farmers who had switched from grain, said Professor Dao Wen of Hill University, who has surveyed 19 villages."), [["Professor Dao Wen of Hill University", "Prices fell by nearly 30 percent in two years, hitting farmers who had switched from grain"]]);
  assert.deepEqual(clauses("The governor, speaking through an interpreter, said farmland contracts stayed with the households."), [["The governor", "farmland contracts stayed with the households"]]);
});

test("'\"...\", and found that a third of the households had not been told where ...': a verb in the passive after a quotation names no speaker", () => {
  const { x } = extractFrom(article("Anthropologist Elena Marsh of Valley University wrote that \"the speed of the moves outran the explanations\", and found that about a third of the households she met had not been told where they would farm."));
  assert.ok(x.quotes.length > 0 && x.quotes.every((q) => q.speaker === "Elena Marsh"));
});

test("'Her neighbour NAME, a former herder, said' and 'X Co, which the document lists as a recipient, said': the name described speaks", () => {
  assert.deepEqual(clauses("Her neighbour Lhamo Dolkar, a former yak herder, said she was still learning to cook on an electric stove."), [["Her neighbour Lhamo Dolkar, a former yak herder", "she was still learning to cook on an electric stove"]]);
  assert.deepEqual(clauses("Ridge Textile Co, which the county's document lists as a recipient of 212 workers, said that all its employees were hired freely."), [["Ridge Textile Co, which the county's document lists as a recipient of 212 workers", "all its employees were hired freely"]]);
  // (With no comma before the verb, the relative clause's own subject says what it says of the thing before.)
  assert.deepEqual(clauses("The Valley Bank, which its President Jim Roe said was historic, agreed.").map(([who]) => who), ["its President Jim Roe"]);
});

test("'added' with an amount after it grew something and reports no words; 'while' opening a clause is no part of who speaks", () => {
  assert.deepEqual(clauses("The results show that courtyard activities added an average of 2,460 yuan per household in 2020."), [["The results", "courtyard activities added an average of 2,460 yuan per household in 2020"]]);
  assert.deepEqual(clauses("The county added 85 workshops last year."), []);
  assert.deepEqual(extractFrom(article("Incomes rose, the bureau said, while a cooperative head in Kashgar said 40 women now work at home.")).x.claims.map((c) => [c.value, c.attributedTo]), [[40, "a cooperative head in Kashgar"]]);
});
