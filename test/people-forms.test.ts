// People named without a role cue, by the form of their names (reference/names/), titles moved into
// the role, labels and bodies named like people left out, byline authors kept without a span.
import { test } from "node:test";
import assert from "node:assert/strict";
import { personNameForm, isPinyinWord } from "../pipeline/text/name-forms.ts";
import { personKind } from "../pipeline/extract/person-kind.ts";
import { article, documentFrom, extractFrom } from "./helpers.ts";
import { extractDocument } from "../pipeline/extract/extract-document.ts";

test("name forms: Chinese, Turkic and given-name forms, and capitalised words that are no name", () => {
  const cases: [string, string | null][] = [
    ["Li Keqiang", "chinese"], ["Tang Renjian", "chinese"], ["He Zhengming", "chinese"], ["Ouyang Xiu", "chinese"],
    ["Aynur Memetjan", "turkic"], ["Patigul Rozi", "turkic"], ["Abliz Qasim", "turkic"], ["Maimaiti Tuerxun", "turkic"],
    ["Jane Roe", "given"], ["Matthew Chitwood", "given"], ["Kelly Chan", "chinese"],
    ["Global Times", null], ["Moyu County", null], ["He Said", null], ["Research Center", null], ["South China", null],
  ];
  for (const [name, form] of cases) assert.equal(personNameForm(name.split(" ")), form, name);
  assert.deepEqual(["Keqiang", "Xiuying", "Renjian", "County", "Daily"].map(isPinyinWord), [true, true, true, false, false]);
});

test("people without a role cue, titles as roles, 'surnamed', a role before the name", () => {
  const { x } = extractFrom(article(
    "Aynur Memetjan poured the tea while the kettle boiled.",
    "Patigul Rozi, a Kazakh herder from Altay, keeps 80 sheep.",
    "Chinese Premier Li Keqiang visited Gansu, and Governor Tang Renjian met him.",
    "Dr Jane Roe, Senior Fellow at the Valley Institute, disagreed.",
    "An official surnamed Ma showed the new houses.",
    "In this episode, host Rachel Kim talks to the sociologist Zhao Lin.",
    "The list names Deputy Director of the Office of the Leading Group for Poverty Alleviation of XUAR Abliz Qasim.",
  ));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role, personKind(p.role)]), [
    ["Aynur Memetjan", null, "other"],
    ["Patigul Rozi", "Kazakh herder from Altay", "resident"],
    ["Li Keqiang", "Chinese premier", "official"],
    ["Tang Renjian", "governor", "official"],
    ["Jane Roe", "Senior Fellow at the Valley Institute", "researcher"],
    ["Ma", "official", "official"],
    ["Rachel Kim", "host", "journalist"],
    ["Zhao Lin", "sociologist", "researcher"],
    ["Abliz Qasim", "Deputy Director of the Office of the Leading Group for Poverty Alleviation of XUAR", "official"],
  ]);
});

test("labels, headings and bodies named like people are not people", () => {
  const { x } = extractFrom(article(
    "Category:",
    "Notices",
    "Speakers:",
    "Urumqi Cadre College and the Tianshan Rural Research Center held a forum.",
    "Share",
    "SHOTLIST:",
    "KEY WORDS:",
    "Like Hai Fugui, many moved.",
  ));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Hai Fugui"]);
  const host = extractFrom(article("Hello, I'm James Cockayne, and this is the podcast.")).x;
  assert.deepEqual(host.entities.people.map((p) => p.name), ["James Cockayne"]);
});

test("a byline's authors are people (journalists) with no span, since the byline is no longer in the text", () => {
  const doc = documentFrom("Herders settle in Altay\n\nBy Ma Lan and Zhou Yi\n\nAbout 2,000 families moved, the prefecture said.\n");
  const people = extractDocument(doc).entities.people;
  assert.deepEqual(people.map((p) => [p.name, p.role, personKind(p.role), p.mentions.length]), [
    ["Ma Lan", "byline author", "journalist", 0],
    ["Zhou Yi", "byline author", "journalist", 0],
  ]);
});

test("who took the picture is a photographer (a journalist), and no speaker of the quotation under the caption", () => {
  const { x } = extractFrom(article(
    "A saleswoman shows duck eggs to buyers online in the village on May 5. Photo by He Hongfu/Valley Daily Online",
    "\u201cLook! This is the forest where the chickens run about all day long.\u201d",
    "Zhou Long talks with two residents of the township, April 15, 2020. (Xinhua/Gao Han)",
    "The valley seen from the pass. Photo: IC Photo via AFP",
  ));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role, personKind(p.role)]), [
    ["He Hongfu", "photographer", "journalist"],
    ["Zhou Long", null, "other"],
    ["Gao Han", "photographer", "journalist"],
  ]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), [null]);
});

test("one name alone, after the verb that ends a sentence or after an age, is a person; a place or an outlet there is not", () => {
  const { x } = extractFrom(article(
    "\"We milk the yaks and then go up the mountain,\" said Paldron.",
    "Her sister, 18-year-old Dolkar, stays home.",
    "The roads were finished last year, said Xinhua.",
    "Most families have moved, said Lhasa.",
  ));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Paldron", null], ["Dolkar", "resident"]]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Paldron", "Xinhua", "Lhasa"]);
});

test("a leader named by title and surname alone ('General Secretary Xi', 'Premier Li') is a person, and the same person as the full name", () => {
  const alone = extractFrom(article("General Secretary Xi has given an eminent place to the work. Premier Li said 3,000 jobs were made.")).x;
  assert.deepEqual(alone.entities.people.map((p) => [p.name, p.role]), [["Xi", "general secretary"], ["Li", "premier"]]);
  const both = extractFrom(article("President Xi Jinping said the work will go on.", "Later, President Xi said 3,000 jobs were made.")).x;
  assert.deepEqual(both.entities.people.map((p) => [p.name, p.mentions.length]), [["Xi Jinping", 2]]);
  assert.deepEqual(both.claims.map((c) => c.attributedTo), ["Xi Jinping"]);
  // (A surname after a word that is no title stays part of whatever it is.)
  assert.deepEqual(extractFrom(article("The Valley Li River rose by 3 metres.")).x.entities.people, []);
  // ("Vietnam's Premier Ho", "China's President Xi": whose leader, said before the title, is no part of it.)
  const owned = extractFrom(article("Last week the country's Premier Li opened 12 schools, and China's President Xi visited 3 farms.")).x;
  assert.deepEqual(owned.entities.people.map((p) => [p.name, p.role]), [["Li", "premier"], ["Xi", "president"]]);
  assert.deepEqual(extractFrom(article("Meng's Secretary Bureau opened 12 schools.")).x.entities.people, []);
});

test("a relative named after the word for them ('his wife Karma Detso'), a photographer's credit in capitals ('CHEN ZEBING/VALLEY DAILY'); a headline in title case is no name and role", () => {
  assert.deepEqual(extractFrom(article("Rigzin, his wife Karma Detso and their son moved to town.")).x.entities.people.map((p) => [p.name, p.role]), [["Karma Detso", "wife"]]);
  assert.deepEqual(extractFrom(article("Hai Fugui drives a tractor at the winery on June 11. CHEN ZEBING/VALLEY DAILY")).x.entities.people.map((p) => [p.name, p.role]), [["Hai Fugui", null], ["Chen Zebing", "photographer"]]);
  assert.deepEqual(extractFrom("Jobs, Houses and Cows: The Valley's Drive to End Poverty\n\nThe county gave 300 cows.\n").x.entities.people, []);
  // (A name and a role in title case on a line of speech stay a person: two words or more.)
  assert.deepEqual(extractFrom(article("Zhang Wei, Deputy Director of the Bureau: We built 40 roads.")).x.entities.people.map((p) => p.name), ["Zhang Wei"]);
});

test("'Liu Hui' and 'Zhang Han' are names (a people's name is a given name after a surname); 'Ningxia Hui Autonomous Region' and 'Han Chinese' are not", () => {
  const { x } = extractFrom(article("In Ningxia Hui Autonomous Region, the Hui people and Han Chinese live together. Zhang Han said 300 families moved, and Liu Hui, vice chairperson of the region, agreed."));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Zhang Han", "Liu Hui"]);
});

test("a role after an age ('Wang Lan, a 38-year-old tea picker,'), after 'said Name, the ...' and before a name ('Economist Sarah Cook') gives the person's kind", () => {
  const people = (text: string) => extractFrom(article(text)).x.entities.people.map((p) => [p.name, p.role]);
  assert.deepEqual(people("Wang Lan, a 38-year-old tea picker, fills her basket twice before breakfast."), [["Wang Lan", "38-year-old tea picker"]]);
  assert.deepEqual(people('"Everyone left for the coast," said Li Qiang, the county\'s deputy head.'), [["Li Qiang", "county's deputy head"]]);
  assert.deepEqual(people("Economist Sarah Cook said the gains depended on subsidies."), [["Sarah Cook", "economist"]]);
  // ("said Li Qiang, the day after": an apposition with "the" but no role word gives no role.)
  assert.deepEqual(people('"We are ready," said Li Qiang, the day after the vote.'), [["Li Qiang", null]]);
});

test("titles of South Asian and Philippine copy ('Microsoft Chairman Bill Gates', 'District Collector Bhumesh Chandra Behera', 'Deputy Director (M&A) Kashif Mehmood', 'Undersecretary Adoration M. Navarro') and an age in brackets ('Arkhit Pradhan (25)')", () => {
  const people = (text: string) => extractFrom(article(text)).x.entities.people.map((p) => [p.name, p.role]);
  assert.deepEqual(people("Microsoft Chairman Bill Gates tops the list."), [["Bill Gates", "chairman"]]);
  assert.deepEqual(people("District Collector Bhumesh Chandra Behera expedited the projects."), [["Bhumesh Chandra Behera", "collector"]]);
  assert.deepEqual(people("The director inspected the centres with Deputy Director (M&A) Kashif Mehmood on Monday."), [["Kashif Mehmood", "deputy director"]]);
  assert.deepEqual(people("He met Undersecretary Adoration M. Navarro on Friday."), [["Adoration M. Navarro", "undersecretary"]]);
  assert.deepEqual(people("Odia expats Arkhit Pradhan (25) and Lambodar Pradhan (24) said they were glad to be home."), [["Arkhit Pradhan", "resident"], ["Lambodar Pradhan", "resident"]]);
});

test("a name with a particle in a role's context ('researchers Christiaan van Veen, senior advisor, and Silvia de Rosa, consultant'), never a place's ('in Rio de Janeiro, a city')", () => {
  const people = (text: string) => extractFrom(article(text)).x.entities.people.map((p) => p.name);
  assert.deepEqual(people("The visit was made with researchers Christiaan van Veen, senior advisor to the mandate, and Silvia de Rosa, consultant."), ["Christiaan van Veen", "Silvia de Rosa"]);
  assert.deepEqual(people("He flew in to Rio de Janeiro, a city of millions."), []);
});

test("a surname alone as a sentence's subject that 'he' or 'his' then points back at is a person ('last week Xi made a pledge ... his war'), and its quotation's speaker; a people's name is not", () => {
  const text = article("In his address last week Xi made a pledge to win his war on want. “A promise is as weighty as gold,” he said.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Xi"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Xi"]);
  // No pronoun points back at it; a people's name ("the Han made up") is none.
  assert.deepEqual(extractFrom(article("In the county Li made up the list of villages.")).x.entities.people, []);
  assert.deepEqual(extractFrom(article("In the town the Han made up half of the residents, and his shop was theirs.")).x.entities.people, []);
});

test("a Chinese given name that is a city's name too ('Chu Maoming', Maoming in Guangdong) is a person's after a surname, and 'He said' and 'Maoming, who ...' are that person", () => {
  const text = article("China’s consul general in Lagos, Chu Maoming, has declared the programme a success.", "He said millions have been lifted out of poverty. Maoming, who made this known in a statement, said over 98.99 million are off poverty.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Chu Maoming"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Chu Maoming", "Chu Maoming", "Chu Maoming"]);
});

test("a broadcast script's soundbite ('SOUNDBITE (CHINESE) KELSANG DROLKAR, NPC Deputy') names a person and their role, in capitals or not", () => {
  const text = "Deputies on poverty\n\nSOUNDBITE (CHINESE) KELSANG DROLKAR, NPC Deputy\n\n\"The government has carried out a series of measures to reduce poverty.\"\n\nSOUNDBITE (ENGLISH) Tashi Gyaltsen, county official\n\n\"Relocation is one of the key measures.\"\n";
  const { x } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Kelsang Drolkar", "NPC Deputy"], ["Tashi Gyaltsen", "county official"]]);
});

test("one name alone with an age opening its sentence ('Renqin, 38, was once a herdsman') is a resident; a year or a word of time so set is not", () => {
  assert.deepEqual(extractFrom(article("Renqin, 38, was once a herdsman living in Rongma town. Renqin said life is better.")).x.entities.people.map((p) => [p.name, p.role, p.mentions.length]), [["Renqin", "resident", 2]]);
  assert.deepEqual(extractFrom(article("Yesterday, 38, people came to the town.")).x.entities.people, []);
});

test("'\"...,\" Hayrulhan said' is a person, named in full when the text gave the full name before; 'a man whose name is Wuerkaixi' is a person; the end of a hyphenated name given before is no new one", () => {
  const full = extractFrom(article("Imin became a neighbor of Hayrulhan Matusun.", "\"I loved it the first time I entered it,\" Hayrulhan said of her home, which cost 30,000 yuan.")).x;
  assert.deepEqual(full.entities.people.map((p) => [p.name, p.mentions.length]), [["Hayrulhan Matusun", 2]]);
  assert.deepEqual(full.quotes.map((q) => q.speaker), ["Hayrulhan Matusun"]);
  const alone = extractFrom(article("\"We are not poor forever,\" Abdureyim said. He earns 4,000 yuan a month.")).x;
  assert.deepEqual(alone.entities.people.map((p) => p.name), ["Abdureyim"]);
  const introduced = extractFrom(article("There we met a handsome man whose name is Wuerkaixi. He graduated from a university in 2012.")).x;
  assert.deepEqual(introduced.entities.people.map((p) => p.name), ["Wuerkaixi"]);
  const hyphen = extractFrom(article("Press Secretary Trixie Cruz-Angeles spoke on Tuesday.", "\"At least 1.3 million are no longer poor,\" Angeles said.")).x;
  assert.equal(hyphen.entities.people.some((p) => p.name === "Angeles"), false);
});

test("a name the text gives a role is a person even when a word of it names a place ('county chief Nyima Tashi', 'Nyima Gyaltsen, a Tibetan nomad'); 'Loden, a herdsman', 'former World Bank expert Indermit Gill', 'Archaeologist Aurel Stein'; a photo credit's 'China Plus' is none", () => {
  const names = (text: string) => extractFrom(text).x.entities.people.map((p) => [p.name, p.role]);
  assert.deepEqual(names(article("The county of Nyima depends on animal husbandry, according to county chief Nyima Tashi. It has 65 cooperatives.")), [["Nyima Tashi", "county chief"]]);
  assert.deepEqual(names(article("Nyima Gyaltsen, a Tibetan nomad who lived in tents in Nyima for decades, moved into a house with 3 rooms.")), [["Nyima Gyaltsen", "Tibetan nomad"]]);
  assert.deepEqual(names(article("More than a decade ago, Loden, a herdsman in Ganzi, had 30 yaks.")), [["Loden", "herdsman in Ganzi"]]);
  assert.deepEqual(names(article("In January, former World Bank expert Indermit Gill argued the country was as well off as 3 others. Archaeologist Aurel Stein visited the stupa in 1901.")), [["Indermit Gill", "expert"], ["Aurel Stein", "archaeologist"]]);
  assert.deepEqual(names(article("A local resident at her home in Bahao Village, south China's Guangxi. [Photo: China Plus/Wang Xin]", "The road cost 3 million yuan.")), [["Wang Xin", null]]);
});

test("a name alone one letter off a part of a fuller name the page gave ('Deji Baizhen' ... 'said Baiznen') is that person misspelt; a short name or two letters off is another", () => {
  const typo = extractFrom(article("Deji Baizhen cannot remember how many lunches she skipped in 2017.", "“I’m also from an ordinary herdsmen family,” said Baiznen, 36. She runs 3 shops.")).x;
  assert.deepEqual(typo.entities.people.map((p) => [p.name, p.mentions.length]), [["Deji Baizhen", 2]]);
  assert.deepEqual(typo.quotes.map((q) => q.speaker), ["Deji Baizhen"]);
  const other = extractFrom(article("Deji Baizhen runs the village of 300 households.", "“We are happy,” said Baiznan, 36. “We are poor,” said Dorje.")).x;
  assert.deepEqual(other.entities.people.map((p) => p.name).sort(), ["Baiznan", "Deji Baizhen", "Dorje"]);
});

test("a credit '(AFP/ MANILA BULLETIN)' or 'MANILA BULLETIN FILE PHOTO' names an agency and a paper, no photographer", () => {
  const { x } = extractFrom(article("The county claimed it had lifted all of its 3,000 people above the line (AFP/ VALLEY BULLETIN)"));
  assert.deepEqual(x.entities.people, []);
});

test("'Delegate Tsering Yangchim' and 'Padma Yangjen is a delegate of Monba ethnic.' are people, whom the next 'She told reporters' stands for", () => {
  const { x } = extractFrom(article("Delegate Tsering Yangchim, principal of a kindergarten, prepared 2 proposals.", "Padma Yangjen is a delegate of Monba ethnic. She told reporters that per capita income rose from 5,344 yuan in 2012 to 13,762 yuan in 2016."));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Tsering Yangchim", "Padma Yangjen"]);
  assert.deepEqual(x.claims.filter((c) => c.value > 5000).map((c) => c.attributedTo), ["Padma Yangjen", "Padma Yangjen"]);
});

test("'X, Member of the Standing Committee of ...,' gives X a role, so a name one of whose words is a place's is a person's", () => {
  const { x } = extractFrom(article("Nyingchi Wangdui, Member of the Standing Committee of the Valley Party Committee, introduced that incomes rose 12 percent."));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Nyingchi Wangdui", "Member of the Standing Committee of the Valley Party Committee"]]);
});

test("'the Dalai Lama' is a person whoever holds the title; 'Thank you, Mr Prime Minister' names no one", () => {
  const { x } = extractFrom(article("Aid is denied to those who do not denounce the exiled leader, the Dalai Lama, 30 villagers said.", "Mara Lind, a spokeswoman, wrote \u201cThank you, Mr Prime Minister\u201d after the 5 million figure was published."));
  assert.deepEqual(x.entities.people.map((p) => p.name).sort(), ["Dalai Lama", "Mara Lind"]);
});

test("'Yi ethnic group member Mose Ziha strummed his guitar' names a person by the title before the name, so 'he said' after it is him", () => {
  const { x } = extractFrom(article("Yi ethnic group member Mose Ziha strummed his guitar in his new flat.", "\"It is very comfortable here and I have 3 rooms,\" he said."));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Mose Ziha"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Mose Ziha"]);
});

test("'Prime Minister Khan said' after 'Prime Minister Imran Khan' is the same person, not a person named 'Prime Minister Khan'", () => {
  const { x } = extractFrom(article("Pakistani Prime Minister Imran Khan praised the programme on Monday.", "Prime Minister Khan said that 12 new schools had opened."));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Imran Khan"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Imran Khan"]);
});

test("a name written apart in a list of speakers and joined in the turns ('Qi Zhala', 'Qizhala') is one person, named as the text names them more often; a role on its line stops at the line's end", () => {
  const { x } = extractFrom("Speakers\nWu Lan, secretary of the Valley Regional Committee\nQi Zhala, governor of the valley region\nChairperson\nChen Bo, spokesperson of the Valley Information Office\nDate:\nMay 22, 2021\nChen Bo:\nLadies and gentlemen, good morning. On the occasion of the anniversary of the region's founding, we have invited Mr. Wu Lan and Mr. Qizhala to brief you on the region's work to end poverty and to answer your questions.\nQizhala:\nThe region moved 3,000 families.\nQizhala:\nAnd 200 more will follow.\n");
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Wu Lan", "secretary of the Valley Regional Committee"], ["Qizhala", "governor of the valley region"], ["Chen Bo", "spokesperson of the Valley Information Office"]]);
});

test("a middle initial stands inside a name ('Arthur N. Holcombe said'): the person is named whole, and 'Arthur Holcombe' later is the same person", () => {
  const { x } = extractFrom(article("The county moved 3,000 families. Arthur N. Holcombe said that 20 villages had roads.", "Arthur Holcombe said that the office had 12 staff."));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.mentions.length]), [["Arthur N. Holcombe", 2]]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Arthur N. Holcombe", "Arthur N. Holcombe"]);
});

test("'Nurgul Islam' is a Uyghur name; 'Before she was hired, Islam said she felt lost' reports 'she felt lost'; 'Ke Ning Textile Technology Co's factory' and then 'recruited by Ke Ning' name a company, no person", () => {
  const text = article("Nurgul Islam wiped the sweat from her eyes at the factory.", "The 21-year-old works for Ke Ning Textile Technology Co's sock factory in Aksu.", "Before she was hired last year, Islam said she felt lost. She was recruited by Ke Ning and now earns 3,500 yuan.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Nurgul Islam"]);
  assert.deepEqual(x.entities.organisations.map((o) => [o.name, o.kind]), [["Ke Ning Textile Technology Co", "company"]]);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.end)]), [["Nurgul Islam", "she felt lost"]]);
});

test("'Pachayouge, secretary of the village,' then '\"...,\" Pacha said' is one person; 'President Xi Jinpings goal', a possessive that lost its apostrophe, names Xi Jinping", () => {
  const { x } = extractFrom(article("The first 26 households moved downhill on Tuesday, Pachayouge, secretary of Atuleer village, told the Valley Times.", "\u201cWhen they visited the new apartments, they wanted to move,\u201d Pacha said.", "About 3,000 people will be moved as part of President Xi Jinpings goal of ending poverty."));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.mentions.length]), [["Pachayouge", 2], ["Xi Jinping", 1]]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Pachayouge", "Pachayouge"]);
});

test("'\"...,\" Ma Yue'en, a villager in his eighties told the paper', an apposition left open before the verb, names the speaker and ends the role; 'However, despite its stated \"voluntary\" nature, the office stated' names no one", () => {
  const text = article("Roads and squares were renewed in the village this spring.", "\u201cI have gained so much from these policies,\u201d Ma Yue'en, a villager in his eighties told the Valley Daily happily.", "The plan is said to rest on \u201cguidance and voluntary participation.\u201d However, despite its stated \u201cvoluntary\u201d nature, the office reports that all 300 households agreed.");
  const { x } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Ma Yue'en", "villager in his eighties"]]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "quotation").map((q) => [q.speaker, text.slice(q.start, q.end).slice(0, 20)]), [["Ma Yue'en", "I have gained so muc"]]);
});

test("'Before she was hired, Islam said she felt lost. \"...\"': a surname that is also a word, straight before 'said', is the person named in full before, and speaks the quotation after", () => {
  const text = article("Nurgul Islam, 21, checks socks at the plant in Aksu.", "The township lies 50 kilometres from the city and has 4,000 people.", "Before she was hired last year, Islam said she felt lost. \u201cI had nothing to do, and I did not know what I could do.\u201d");
  const { x } = extractFrom(text);
  const quotation = x.quotes.find((q) => q.form === "quotation");
  assert.equal(quotation?.speaker, "Nurgul Islam");
  assert.equal(text.slice(quotation!.start, quotation!.end), "I had nothing to do, and I did not know what I could do.");
});

test("machine-translated speech: '\"...!\" Said 27-year-old Aziguri Maimat,' names her; 'There is \"hope\"-Maimatiri Tavaculi is the leader of the cooperative' names him; 'Maimaiti hired four carpenters and said with confidence:' speaks through its subject", () => {
  const text = article("The village of Aigtereke is busy this winter.", "There is \u201cjoy\u201d-\u201cThe cooperative was set up and my family earned 72,000 yuan this year!\u201d Said 27-year-old Aziguri Maimat, smiling.", "There is \u201chope\u201d-Maimatiri Tavaculi is the leader of the wood cooperative, which employs 20 poor families.", "Maimaiti hired four carpenters from Sichuan and said with confidence: \u201cNext year the cooperative will sell sofas in Chengdu!\u201d");
  const { x } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Aziguri Maimat", "Maimatiri Tavaculi"]);
  const speakers = x.quotes.map((q) => [q.speaker, text.slice(q.start, q.end).replace(/^[^\u201c]*\u201c/, "").slice(0, 16)]);
  assert.deepEqual(speakers, [["Aziguri Maimat", "The cooperative "], ["Maimaiti", "Next year the co"]]);
});

test("a description of a person not yet named is the person named after it: 'according to a Hong Kong-based political analyst' then 'political analyst Johnny Lau said'; 'The bank's country director says ...' then 'Martin Raiser says ...' opening the next sentence", () => {
  const lede = article("Eradicating poverty is a major drive of the leader's tenure, according to a Hong Kong-based political analyst.", "The leader said 98.99 million rural residents had been lifted out of poverty.", "Hong Kong-based political analyst Johnny Lau said that a billion people earned below 2,000 yuan a month.");
  const one = extractFrom(lede);
  assert.equal(one.x.quotes.find((q) => lede.slice(q.start, q.end).startsWith("Eradicating"))?.speaker, "Johnny Lau");
  const broadcast = article("The foreign ministry spokesperson Wang Wenbin says China opposes the sale.", "The World Bank's country director for China says growth has played the largest role in cutting poverty since the 1980s.", "Martin Raiser says targeted policies began to contribute more after 2013.");
  const two = extractFrom(broadcast);
  assert.equal(two.x.quotes.find((q) => broadcast.slice(q.start, q.end).startsWith("growth"))?.speaker, "Martin Raiser");
});

test("'\u201c...\u201d President Hu Jintao.': a name alone after a quotation, to the paragraph's end, signs it; 'according to Erkin.' names a person of one name, 'according to Tianshannet.' a site; 'Helipat's daughter Gulizba' names two", () => {
  const signed = article("What the government says and what happened.", "China Says: \u201cThe liberation of the region was a major event in modern history.\u201d President Hu Jintao.");
  assert.deepEqual(extractFrom(signed).x.quotes.map((q) => q.speaker), ["Hu Jintao"]);
  const { x } = extractFrom(article("At least 100,000 people in Hotan found jobs last year, according to Erkin.", "The plant opened in 2017, according to Tianshannet.", "Helipat's daughter Gulizba collects branches in Qipan Village."));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Erkin", null], ["Helipat", null], ["Gulizba", "daughter"]]);
});

test("'The 56-year-old farmer, whose four children have left ..., leaving him and his wife at home, said, \"...\"': who speaks is the farmer the relative clause describes, and the words before the verb are no quotation", () => {
  const text = article("Tse Padro, a farmer, moved to the new village in 2019 with 30 other families.", "The 56-year-old farmer, whose four children have left to work in other areas, leaving him and his wife at their new home, said, \u201cWe are just farmers and know nothing about running a homestay.\u201d");
  const { x } = extractFrom(text);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, text.slice(q.start, q.end).slice(0, 12)]), [["Tse Padro", "We are just "]]);
});

test("'\u201d...,\u201c Xi said': curly marks set the wrong way round still pair; '\"...,\" the farmer replied.' after 'the president asked' is the farmer's; 'Xi visits pig farmer Li Fashun' gives the role 'pig farmer', without the verb", () => {
  const reversed = article("President Xi Jinping spoke in Beijing on Thursday.", "\u201dToday we solemnly declare complete success in the fight against poverty at home,\u201c Xi said at a ceremony.");
  assert.deepEqual(extractFrom(reversed).x.quotes.map((q) => [q.speaker, reversed.slice(q.start, q.end).slice(0, 20)]), [["Xi Jinping", "Today we solemnly de"]]);
  const dialogue = article("President Xi Jinping visits pig farmer Li Fashun's house in the village.", "\"What do you hope for now?\" the president asked.", "\"A better life for our elders and good jobs for the kids,\" the farmer replied.");
  const { x } = extractFrom(dialogue);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Xi Jinping", "president"], ["Li Fashun", "pig farmer"]]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Xi Jinping", "Li Fashun"]);
});

test("'Jan Achakzai, a geopolitical analyst' keeps 'Jan', a given name as well as a month's short form; 'Jan 5' is still a date", () => {
  const { x } = extractFrom(article("Jan Achakzai, a geopolitical analyst, praised the county.", "On Jan 5, Li Wei visited 300 families."));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Jan Achakzai", "Li Wei"]);
});

test("'When talking about the cotton he planted, he said with a smile: \"...\"' is his quotation: the scene before the comma is no part of who speaks", () => {
  const { x, doc } = extractFrom(article("Li Ming, a farmer, spoke at the conference.", "When talking about the cotton he planted, he said with a smile on his face: \"I have grown cotton for more than 30 years.\""));
  // (The manner before the colon, "with a smile on his face", is no quotation of its own.)
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.end), q.speaker]), [["I have grown cotton for more than 30 years.", "Li Ming"]]);
});

test("'Emin Toxti's family of five': a listed Uyghur given name that a county shares is a person's in a Turkic name, and 'he said' later is his", () => {
  const { x, doc } = extractFrom(article("Emin Toxti's family of five in Shaya county grows cotton on 60 hectares.", "Emin, 46, said he is a beneficiary of machines.", "\"In the past I had to hunt for pickers,\" he said."));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Emin Toxti"]);
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" "), q.speaker]), [["he is a", "Emin Toxti"], ["In the past", "Emin Toxti"]]);
  // The county alone is still a place, not a person.
  assert.ok(extractFrom(article("Herders in Emin county earned 9,000 yuan.")).x.entities.places.some((p) => p.name === "Emin"));
});

test("'Aynur Kader Tomur, 25 years old this year, ...' is a person; 'He especially said:' after a dateline crediting '(Reporter Zhu Min)' is hers, not the reporter's", () => {
  const text = "Couriers in the valley\n\nValley News Agency, Kashgar, August 3 (Reporter Zhu Min) The county held a press conference on the 2nd.\n\nAynur Kader Tomur, 25 years old this year, has grown from a courier into the owner of an outlet.\n\nShe now delivers 1,000 orders a day. She especially said: \"Life is our own and I am willing to work.\"\n";
  const { x, doc } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Zhu Min", "reporter"], ["Aynur Kader Tomur", "resident"]]);
  assert.deepEqual(x.quotes.map((q) => [doc.text.slice(q.start, q.end).split(" ").slice(0, 3).join(" "), q.speaker]), [["Life is our", "Aynur Kader Tomur"]]);
});

test("an infobox's post run into its holder's name ('CCP SecretaryLan Meiling', '• Government ChairmanTang Rui') names the holder, with the post as the role", () => {
  const { x } = extractFrom("Valley Autonomous Region\n\nGovernment\n\n• TypeAutonomous region\n\nCCP SecretaryLan Meiling\n\n• Government ChairmanTang Rui\n\nCPPCC ChairmanPagbalha Geleg Namgyai\n\nThe Valley Autonomous Region is a province-level division with 3,648,100 people.\n");
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Lan Meiling", "CCP Secretary"], ["Tang Rui", "Government Chairman"], ["Pagbalha Geleg Namgyai", "CPPCC Chairman"]]);
});

test("an infobox's posts and holders: rows run together on one line after 'o' bullets ('o Party SecretaryWu Lin o ChairmanChe Dorje'), and a table's row with the post in one cell and the holder in the next", () => {
  const { x } = extractFrom(article(
    "The region is in the west. (and largest city) o Party SecretaryWu Lin o ChairmanChe Dorje o Total1,228,400 km2",
    "Government | |",
    "CPC Ctte Secretary | Zhang Heping (张和平) |",
    "Chairman | Nur Tohti |",
  ));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Wu Lin", "Party Secretary"], ["Che Dorje", "Chairman"], ["Zhang Heping", "CPC Ctte Secretary"], ["Nur Tohti", "Chairman"]]);
});

test("'JEL Classifications:' over a paper's codes is a label, no person", () => {
  const { x } = extractFrom(article("The paper studies assets and poverty in rural households over ten years.", "JEL Classifications:", "O15, I32"));
  assert.deepEqual(x.entities.people.map((p) => p.name), []);
});

test("an editor's credit in brackets or with the kind of editor ('(Web editor: Zhang Kai, Liang Jun)', 'Editor in charge: Tian Jing', '[Responsible editor: Li Na]') names no person of the text", () => {
  for (const credit of ["(Web editor: Zhang Kai, Liang Jun)", "Editor in charge: Tian Jing", "[Responsible editor: Li Na]", "(Editor: Zhang Min)"]) {
    const { x } = extractFrom(article("Li Wei, a county official, said the county built 40 roads this year.", credit));
    assert.deepEqual(x.entities.people.map((p) => p.name), ["Li Wei"], credit);
  }
});

test("a magazine's one-word masthead ('ValleyView') is its outlet and no person the text 'told'; a first name in capitals is written as prose writes it; 'Name, now 32 years old,' after a day's phrase", () => {
  const text = ["ValleyView", "Modernherders", "Cooperatives help herders keep their flocks", "- By Ge Lan", "TASHI Norbu, a 38-year-old herder from Qumarleb County, has two incomes. Tashi Norbu now drives a truck.", "\u201cThe money I made was hardly enough to feed my family,\u201d he told Valleyview.", "\u201cNow I can earn up to 50,000 yuan every year,\u201d he said.", "On Thursday, Pude, now 32 years old, got up early and drove his children to school."].join("\n\n") + "\n";
  const { doc, x } = extractFrom(text);
  assert.equal(doc.metadata.outlet, "ValleyView");
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Tashi Norbu", "Pude", "Ge Lan"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Tashi Norbu", "Tashi Norbu"]);
});

test("'The lead author, Vicky Xiuzhong Xu, wrote': a writer's or a researcher's part before the name in commas names a person, whatever the name's form", () => {
  const { x } = extractFrom(article("The lead author, Vicky Xiuzhong Xu, wrote that the transfers were large.", "A researcher, Ann Lee, said so."));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["Vicky Xiuzhong Xu", "lead author"], ["Ann Lee", "researcher"]]);
});

test("one Turkic name alone, the subject of two sentences or more ('Ayigul may work ...', 'In May 2011, Ayigul got ...'), is a person; once is not enough", () => {
  const { x } = extractFrom(article("Ayigul may work for a domestic services company, but she is no housekeeper.", "In May 2011, Ayigul got a chance to receive free training.", "Patigul was a name on the list."));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Ayigul"]);
});

test("'The Report on Rural Migrant Workers' Living Conditions says': the end of a document's title before a verb of saying is no person; 'Ann Lee says' still is", () => {
  const { x } = extractFrom(article("The Report on Rural Migrant Workers' Living Conditions says the number of migrant workers rose to 150 million.", "The Survey of Valley Households says incomes rose.", "Ann Lee says so."));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Ann Lee"]);
});

test("'The Chinese Ambassador to Valley, Cui Ling, has restated ...' gives Cui Ling that post, and 'The envoy further stressed ...' later is hers, before any other official named between", () => {
  const { x } = extractFrom(article(
    "The Chinese Ambassador to Valley, Cui Ling, has restated the commitment to cooperation on poverty.",
    "President Xi Jinping said, \"This book narrates how the journey started.\"",
    "The envoy further stressed the need for investment in 30 villages.",
  ));
  assert.equal(x.entities.people.find((p) => p.name === "Cui Ling")?.role, "Chinese Ambassador to Valley");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[30, "Cui Ling"]]);
});

test("'Gedor and his wife Rolpai' names the wife though she goes by one name; 'release Dolkar and Wangchen, two Tibetans arrested ...' names two people; 'his wife's shop' and 'his son Valley County' do not", () => {
  const names = (text: string) => extractFrom(article(text)).x.entities.people.map((p) => p.name);
  assert.deepEqual(names("The new life has encouraged Gedor and his wife Rolpai to open a teahouse that earns 3,000 yuan a month."), ["Rolpai"]);
  assert.deepEqual(names("Activists called on authorities to release Dolkar and Wangchen, two Tibetans arrested after the celebrations."), ["Dolkar", "Wangchen"]);
  assert.deepEqual(names("The county sent her son Monday to a school that takes 300 pupils."), []);
});

test("a list of posts, each a long title closing on its body or place and then its holder: the two words after are the holder's name whatever its form, but only in a list whose other names are known", () => {
  const people = (text: string) => extractFrom(article(text)).x.entities.people.map((p) => p.name);
  const listed = extractFrom(article("The conference invited the Director of the Health Commission of XUAR Mutalip Rozi, the Director of the Affairs Commission of XUAR Memtor Usgen, the Director of the Education Bureau of Hotan City Metirak Ufur. They answered 12 questions.")).x.entities;
  assert.deepEqual(listed.people.map((p) => p.name), ["Mutalip Rozi", "Memtor Usgen", "Metirak Ufur"]);
  assert.deepEqual(listed.people.slice(1).map((p) => p.role), ["Director of the Affairs Commission of XUAR", "Director of the Education Bureau of Hotan City"]);
  assert.deepEqual(listed.organisations.map((o) => o.name), ["Health Commission of XUAR", "Affairs Commission of XUAR", "Education Bureau of Hotan City"]);
  assert.deepEqual(people("The plan names the Director of Hotan City Water Supply, who oversees 40 staff."), []);
});

test("a name alone with a letter added or dropped at its end ('said Mamatniyaza' of Mamatniyaz Iminniyazi) is that person misspelt", () => {
  const people = (text: string) => extractFrom(article(text)).x.entities.people.map((p) => p.name);
  assert.deepEqual(people('Mamatniyaz Iminniyazi had been a trainee at one of the centers. "We were able to choose skills to learn. I chose to learn how to cook naan," said Mamatniyaza, now 28. "My friends also chose," Mamatniyaz said.'), ["Mamatniyaz Iminniyazi"]);
});

test("a doctrine named for a leader ('Xi Jinping Thought', 'Mao Zedong Thought') mentions no person; the leader named elsewhere still is one", () => {
  const people = (text: string) => extractFrom(article(text)).x.entities.people.map((p) => p.name);
  assert.deepEqual(people("The classes teach Xi Jinping Thought and Mao Zedong Thought to 300 inmates."), []);
  assert.deepEqual(people("The classes teach Xi Jinping Thought. Xi Jinping visited the county in 2019."), ["Xi Jinping"]);
});

test("'the Farmer Specialized Cooperatives' names bodies, not a farmer", () => {
  assert.deepEqual(extractFrom(article("The province will also encourage the Farmer Specialized Cooperatives and leading enterprises to employ 300 people.")).x.entities.people.map((p) => p.name), []);
});

test("one word after 'in' or 'from' is a place's name, not a person's ('now living in exile in New Hilltown, told the paper')", () => {
  assert.deepEqual(extractFrom(article("Kunchok, a seven-year-old boy who used to study there, now living in exile in New Hilltown, told the paper that 300 children could not go home on weekends.")).x.entities.people.map((p) => p.name).filter((n) => n !== "Kunchok"), []);
});

test("a page's references cite their authors as people, each named as prose names them", () => {
  const { x } = extractFrom([
    "Orchard County", "", "Orchard County (Chinese: 果园县; pinyin: Guǒyuán Xiàn) is a county in the hills, home to some 210,000 people in 2020.", "",
    "References", "", "1. Pemberton, Alice (2004). Hill peoples of the west. Hilltown: Ridge Press. p. 88.", "",
    "2. Zhang, Mingyu; Okoro, David (2019). \"Orchards and income in three counties\". Journal of Hill Studies. 12 (3): 40–51.", "",
  ].join("\n") + "\n");
  const cited = x.entities.people.map((p) => [p.name, p.role]);
  for (const name of ["Alice Pemberton", "Zhang Mingyu", "David Okoro"]) assert.ok(cited.some(([n, role]) => n === name && role === "researcher"), `${name} in ${JSON.stringify(cited)}`);
  // (An entry that opens on a place and its country cites no person.)
  const place = extractFrom(article("The county grew.", "3. Hilltown, Valley (2019). Statistical yearbook. p. 4."));
  assert.deepEqual(place.x.entities.people.map((p) => p.name), []);
});

test("a report's witnesses named by initials ('D.L., a 44-year-old mother of four from Shuanghu, said', '—T.D., 58, former herder ...') are people, who speak; 'A former village committee member, aged 61, said' is the member, the age no part of who", () => {
  const { x } = extractFrom(article(
    "—T.D., 58, former herder from Nyima county, interviewed October 2021",
    "D.L., a 44-year-old mother of four from Shuanghu, said her family sold 62 yaks before the move. \"We sold them for less than half the price,\" she said.",
    "A former village committee member, aged 61, said each household was assigned a quota of at least one worker.",
  ));
  assert.deepEqual(x.entities.people.map((p) => [p.name, p.role]), [["T.D.", "former herder from Nyima county"], ["D.L.", "44-year-old mother of four from Shuanghu"]]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["D.L.", "D.L.", "A former village committee member"]);
});

test("'a 29-year-old Dong woman' names a people, not a person called Dong, and 'she said' after it is the woman named before", () => {
  const { x } = extractFrom(article("Wu Meiying, a 29-year-old Dong woman from Jiabang Township, moved to the county seat in 2018. Her monthly pay of about 3,600 yuan is roughly double what her family made, she said."));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Wu Meiying"]);
  assert.deepEqual(x.claims.filter((c) => c.value === 3600).map((c) => c.attributedTo), ["Wu Meiying"]);
});

test("'My cousin Qubi Shama works at a garment workshop': a writer's own kin, named, is a person, and 'She says' after it is hers", () => {
  const { x } = extractFrom(article("A researcher, Dr. Helen Marsh, spoke at a webinar. My cousin Qubi Shama works at a garment workshop. She gets 1,900 yuan a month. She says that is less than she made picking peppers."));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Helen Marsh", "Qubi Shama"]);
  assert.deepEqual(x.claims.map((c) => c.attributedTo), ["Qubi Shama"]);
});

test("'For Dawa Tsering's daughter Lhamo, 22, ...': one of a full name's kin, named by one name, is a person, and 'she said' after it hers", () => {
  const { x } = extractFrom(article('Pema Yangzom runs the shop. For Dawa Tsering\'s daughter Lhamo, 22, the road has meant school. She is studying nursing in Lhasa. "My father says the road brought the money," she said.'));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Pema Yangzom", "Dawa Tsering", "Lhamo"]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "quotation").map((q) => q.speaker), ["Lhamo"]);
});

test("a headline in capitals with a colon ('LABOUR, SCHOOLS AND POVERTY RELIEF IN THE HIGHLANDS: WHAT CHANGED') names no person, where 'EMILY FENG, BYLINE:' does", () => {
  const { x } = extractFrom(["LABOUR TRANSFER, SCHOOLS, AND POVERTY RELIEF IN THE HIGHLANDS: WHAT CHANGED", "", "EMILY FENG, BYLINE: The county moved 3,000 families.", ""].join("\n"));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Emily Feng"]);
});

test("a release's press contacts ('In Beijing: Zhou Ling, (86-10) 5861-7600, zling@bank.org'; 'Media contacts' over 'Liu Xia' over 'Tel: ...') are no people the text writes about", () => {
  const text = ["Valley bank lends for rural roads", "", "June 3, 2021", "", "The Valley Rural Bank approved a loan of 300 million dollars, said Ingrid Sol, its country director.", "", "Contacts:", "", "In Beijing: Zhou Ling, (86-10) 5861-7600, zling@valleybank.org", "", "Media contacts", "", "Liu Xia", "", "Communication Specialist", "", "Tel: +86 10 8531 2680", ""].join("\n");
  const { x } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Ingrid Sol"]);
});

test("a headline's verb after a title ('Vice Governor Inspects Relocation Sites', 'Party Secretary Visits Herders') names no one; the name before the verb still does", () => {
  const names = (...paragraphs: string[]) => extractFrom(article(...paragraphs)).x.entities.people.map((p) => p.name);
  assert.deepEqual(names("Vice Governor Inspects Relocation Sites in Tongdao County", "The vice governor inspected relocation work on November 19."), []);
  assert.deepEqual(names("Party Secretary Visits Herders in Nagqu", "The secretary visited herders on Monday."), []);
  assert.deepEqual(names("Vice Governor Peng Shuhua Inspects Relocation Sites", "Peng inspected relocation work on November 19."), ["Peng Shuhua"]);
});

test("'My guest, Shu-hua Lin, is an ethnographer': a given name of two syllables joined by a hyphen, before a Chinese surname, is a person's name without a role cue", () => {
  const names = (...paragraphs: string[]) => extractFrom(article(...paragraphs)).x.entities.people.map((p) => p.name);
  assert.deepEqual(names("My guest, Shu-hua Lin, is an ethnographer who spent a year in Danzhai."), ["Shu-hua Lin"]);
  assert.deepEqual(names("Wen-Jie Kao, a teacher, moved to the county town in 2018."), ["Wen-Jie Kao"]);
  // (A word joined to a longer one is no given name: "Anti-poverty Li" names no one.)
  assert.deepEqual(names("The Anti-poverty Li family fund paid 300 yuan."), []);
});

test("'Dr. SHU-HUA LIN (Ethnographer, Dale College; Author, \"Terraces\"):' over her turn and 'Shu-hua Lin' in prose: one person, named as prose writes her", () => {
  const text = ["Terraces and the list", "", "TOM VALE, host:", "", "My guest, Shu-hua Lin, is an ethnographer. I asked her what she saw first.", "", 'Dr. SHU-HUA LIN (Ethnographer, Dale College; Author, "Terraces"): The forms. The work team had four people and spent half the week on paperwork.', "", "VALE: And the money?", "", "Dr. LIN: Mostly wages sent home, about 70 percent of cash income.", ""].join("\n");
  const { x } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Tom Vale", "Shu-hua Lin"]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Tom Vale", "Shu-hua Lin", "Tom Vale", "Shu-hua Lin"]);
});

test("'Qubi Ama, who ran the township office until last spring, told a reporter', 'a guide, Jjike Mose, who said': a name a 'who' clause follows, then a verb of saying, is a person, whatever the name lists know", () => {
  const { x } = extractFrom(article('Qubi Ama, who ran the township employment office until last spring, told a reporter that "only about 40 percent of adults at the site have a job all year".', "I took the figure from a guide at the site, Jjike Mose, who said her own family went from 2,000 yuan to 20,000 yuan a year."));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Qubi Ama", "Jjike Mose"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Qubi Ama", "Jjike Mose"]);
});

test("a name of no listed form as a sentence's subject, whom 'he' or 'her' then points back at, is a person, and speaks where 'he said' follows", () => {
  const { x } = extractFrom(article(
    "Before dawn in Ridge village, Aziku Lamo is already on the slope behind his house with a basket on his back.",
    "\"I used to think coffee was medicine for city people,\" he said.",
    "Green Valley was the first township to finish its roads, and its school is new.",
  ));
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Aziku Lamo"]);
  assert.deepEqual(x.quotes.map((q) => q.speaker), ["Aziku Lamo"]);
});

test("a speaker's label ('Interpreter:', 'Narrator:') and a sentence's opening word are no one's name", () => {
  const { x } = extractFrom(article(
    "AFP: How many households moved last year?",
    "Interpreter:",
    "Sorry, could the journalist repeat the last part of the question?",
    "Narrator:",
    "The road took 4 years to build, and 3,000 households moved along it.",
  ));
  assert.deepEqual(x.entities.people.map((p) => p.name), []);
});

test("a Yi name is a clan name then a pinyin-like given name ('Jike Shimo', 'Qubi Ashu', 'Jjike Ayi'), found as a sentence's subject or before an apposition, and the 'she' after its quote is hers", () => {
  const cases: [string, string | null][] = [
    ["Jike Shimo", "yi"], ["Qubi Ashu", "yi"], ["Jjike Ayi", "yi"], ["Shama Azi", "yi"], ["Luohong Muga", "yi"],
    ["Jike Township", null], ["Qubi Village", null], ["Mose", null],
  ];
  for (const [name, form] of cases) assert.equal(personNameForm(name.split(" ")), form, name);
  const { x } = extractFrom(article(
    "Butuo was one of seven counties in the prefecture still on the list at the start of 2020. Qubi Ashu, the county's deputy magistrate, put the task plainly in an interview. \"We had to move more people in two years than in the ten before,\" she said.",
    "Jike Shimo poured buckwheat tea for the visitors. Her family of five moved into a 100-square-metre flat in 2019.",
  ));
  assert.deepEqual(x.entities.people.map((p) => p.name).sort(), ["Jike Shimo", "Qubi Ashu"]);
  assert.equal(x.quotes[0]?.speaker, "Qubi Ashu");
});

test("a name opening its sentence with 'who studies/works/heads ...' is a person whatever the name lists know, and the 'he' after it points at them", () => {
  const { doc, x } = extractFrom(article("Lukas Brenner, who studies pastoral policy at the University of Vienna, counted 42 relocation notices.", "\"The altitude argument is real,\" he told the paper. \"Some camps sit above 4,800 metres.\""));
  assert.ok(x.entities.people.some((p) => p.name === "Lukas Brenner"));
  assert.deepEqual(x.quotes.filter((q) => doc.text.slice(q.start, q.end).includes("altitude")).map((q) => q.speaker), ["Lukas Brenner"]);
  // (A body with "which", or a name no verb of doing follows, is no one so found.)
  assert.ok(!extractFrom(article("Valley Rights Watch, which studies labour in the region, counted 42 notices.")).x.entities.people.some((p) => p.name === "Valley Rights Watch"));
});
