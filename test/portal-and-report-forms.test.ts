// Regional portals, mobile pages, long reads, think-tank reports and social pages read for their title, writers, day and
// figures: writers listed after a date line's label, a date line its label opens, type-size buttons and counters, a
// kicker over the headline, a photographer's credit under a standfirst, authors marked with superscript digits, a
// report's issue, series, team and "Prepared by" list, a numbered section under a rule, a table's rows, the lines that
// list other stories and count likes, "one day" as "some day", who "she" is, and a rhetorical question ending an
// answer. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { credits, extractFrom, headerMetadata, pageOf, STORY_PROSE } from "./helpers.ts";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";

const page = pageOf;
const PROSE = STORY_PROSE;
const metadataOf = headerMetadata;

function claimTexts(text: string): string[] {
  const { doc, x } = extractFrom(text);
  return x.claims.map((c) => doc.text.slice(c.start, c.end));
}


/** Each transcript turn's speaker and the first `width` characters of its words. */
function turnsOf(text: string, width: number): (string | null)[][] {
  const { doc, x } = extractFrom(text);
  return x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, doc.text.slice(q.start, q.start + width)]);
}

test("writers listed after a date line's label are each a writer, with commas or a gap between", () => {
  assert.deepEqual(readDateLine("2019-12-03 16:21:08 | From: Valley Daily | Author: Dawa Tsering, Liu Jun | Editor: Pema"), { field: "published", value: "2019-12-03 16:21:08", outlet: "Valley Daily", author: "Dawa Tsering and Liu Jun" });
  assert.deepEqual(readDateLine("Time: 2016/07/19 08:55    Source: Valley Daily    Authors: Ma Xiaoli  Zhou Peng    Editor: Su Yan"), { field: "published", value: "2016/07/19 08:55", outlet: "Valley Daily", author: "Ma Xiaoli and Zhou Peng" });
  // (A research team labelled so is the writers; how long the page takes to read names no outlet.)
  assert.deepEqual(readDateLine("Published 22 September 2020  |  Research team: Dawa Tsering, Lobsang Wangdu  |  Reading time: 9 min"), { field: "published", value: "22 September 2020", outlet: null, author: "Dawa Tsering and Lobsang Wangdu" });
  // (One writer and an outlet after a comma stay a writer and an outlet.)
  assert.deepEqual(readDateLine("2020-01-02 Author: Li Wei, Xinhua"), { field: "published", value: "2020-01-02", outlet: "Xinhua", author: "Li Wei" });
});

test("a date line its label opens, its parts between bars, is read as a date line, not a list of links", () => {
  assert.deepEqual(metadataOf("Valley Window | English", "Home > Features > Ethnic Communities", "From mud houses to the seventh floor: a family's first year in town", "Published: 2020-09-14 08:45 | Updated: 2020-09-15 10:02 | Source: Valley Daily | Author: Jiang Rui", "Font size: A A A    Print    Close"), {
    title: "From mud houses to the seventh floor: a family's first year in town",
    outlet: "Valley Daily",
    author: "Jiang Rui",
    published: "2020-09-14",
  });
  // (And the type-size buttons and the print button after the source leave the line a date line.)
  assert.equal(readDateLine("Release time: 2021-04-28 16:05 | Source: Valley Prefecture Bureau of Statistics | Font size: L M S | Print")?.outlet, "Valley Prefecture Bureau of Statistics");
});

test("type-size buttons with a count of readers, a search box and sign-in links are no headline", () => {
  assert.deepEqual(metadataOf("< Back   VALLEY NEWS · Mobile", "Ili > Society > Rural Revitalization", "Herders' milk cooperative in Nilka doubles its membership", "Sep 9th, 2021 10:14 AM    Source: Xinhua    Editor: Mahire", "By Xinhua writers Aliya Nurlan, Chen Xiaowei and Zhao Ming", "A-   A+     Read 2,341", "YINING, Xinjiang, Sept. 9 (Xinhua) -- At the summer pasture above the river, a herder pours milk into bottles, 24 to a crate."), {
    title: "Herders' milk cooperative in Nilka doubles its membership",
    outlet: "Xinhua",
    author: "Aliya Nurlan; Chen Xiaowei; Zhao Ming",
    published: "2021-09-09",
  });
  assert.equal(metadataOf("VALLEY NEWS NET", "Home > Valley > Poverty Relief", "Search [          ] Go", "Migrants put down roots in the new town", "Time: 2016/07/19 08:55    Source: Valley Daily").title, "Migrants put down roots in the new town");
  assert.equal(metadataOf("Facebook", "Log In", "Forgot account?", "Herders from the high plateau settle in new village", "December 21, 2020").title, "Herders from the high plateau settle in new village");
  assert.equal(metadataOf("CENTRE FOR HIGHLAND STUDIES", "Events > Past events > Video and transcript", "Moving the Herders: Relocation and Poverty on the Plateau", "Published: 14 June 2019", "[Video player]", "Watch on YouTube").title, "Moving the Herders: Relocation and Poverty on the Plateau");
});

test("a kicker in capitals over the headline, and a photographer's credit under a standfirst, leave the title, the writers and the day", () => {
  assert.deepEqual(metadataOf("THE INLAND LEDGER", "Politics   Economy   Society   Long Reads", "LONG READS · NINGXIA", "The village that moved to the river", "Since the first families left the dry hills, migrants in the town talk about what they gained.", "Words by Ruth Abernathy", "Photographs by Ma Lin", "Published 3 November 2023", "Listen to this article · 11 min"), {
    title: "The village that moved to the river",
    outlet: "The Inland Ledger",
    author: "Ruth Abernathy; Ma Lin",
    published: "2023-11-03",
  });
  assert.equal(metadataOf("THE HIGHLAND LEDGER", "RURAL LIFE / LONG READ", "The last spring migration on the river", "In the county, herding families are trading the seasonal trek for stall-fed sheep and wage work. Not all of them are sure it is a fair trade.", "By Aigerim Serikbay and Daniel Hartwell", "Photography by Daniel Hartwell", "June 18, 2021 · 14 min read").published, "2021-06-18");
});

test("authors marked with superscript digits are the writers, and the affiliations the marks point to are not the title", () => {
  assert.deepEqual(metadataOf("Skip to main content", "Southwest Rural Institute", "Home › Publications › Working Papers › 2018", "Working Paper No. 2018-07", "Moving Down the Mountain: Income, Debt and Work after Relocation in the Hill County", "Jike Ayi¹, Luo Wenjun¹ and Peter Hallsworth²", "¹ Southwest Rural Institute, Chengdu", "² School of Geography, University of Leeds", "Published: 15 May 2018 | 34 pages | Language: English"), {
    title: "Moving Down the Mountain: Income, Debt and Work after Relocation in the Hill County",
    outlet: "Southwest Rural Institute",
    author: "Jike Ayi; Luo Wenjun; Peter Hallsworth",
    published: "2018-05-15",
  });
});

test("a report's issue and series are no title; its team, its 'Prepared by' list and a table's caption give writers and no day", () => {
  assert.deepEqual(metadataOf("Hill Institute for Rural Studies", "Research Reports | Rural Economy", "Research Report", "Issue 23, 2019 (Total No. 112)", "Hill Institute for Rural Studies 20 August 2019", "Selling the Mountains Online: E-commerce and Poverty Alleviation in the Prefecture", "Project leader: Yang Xiaomei, Research Fellow, Institute of Rural Economy", "Members: Wu Guoliang, Associate Research Fellow; Pan Lixia, Assistant Research Fellow", "Written by: Pan Lixia", ...PROSE, "Table 1 Survey counties, June 2019"), {
    title: "Selling the Mountains Online: E-commerce and Poverty Alleviation in the Prefecture",
    outlet: "Hill Institute for Rural Studies",
    author: "Yang Xiaomei; Wu Guoliang; Pan Lixia",
    published: "2019-08-20",
  });
  assert.deepEqual(metadataOf("HEARTHSTONE FOUNDATION", "Programme Evaluation Series", "MID-TERM EVALUATION", "Safe Water and Hygiene for Hill Villages (2017-2020)", "Project code: CN-WSH-0417", "Final report", "September 2019", "Prepared by:", "Dr. Fiona Ashcombe, Team Leader (independent consultant)", "Ma Yunlong, Water Engineer, Lanzhou Jiaotong University", "Han Xuemei, Evaluation Officer, Hearthstone Foundation China Office"), {
    title: "Safe Water and Hygiene for Hill Villages (2017-2020)",
    outlet: "Hearthstone Foundation",
    author: "Fiona Ashcombe; Ma Yunlong; Han Xuemei",
    published: "2019-09-01",
  });
});

test("a numbered section under a rule is the body, not a footnote; a table's row in columns is kept", () => {
  const rule = "-".repeat(60);
  const text = page("Fences and Flats: Herder Settlement in the Prefecture", "Marat Seitkali and Helen Cartwright", "", "Executive summary", "", "Our survey covered 212 households in two counties.", "", rule, "", "1. Background", "", "The prefectural government stated that 8,650 households remained below the poverty line at the end of 2016.3 Each household", "was offered a subsidy of up to 50,000 yuan towards a house.4", "", "2. Findings", "", "Median annual cash income rose from 18,200 yuan in 2015 to 25,700 yuan in 2019.", "", "Table 1. Survey households by county", "County      Households   Moved since 2016   Still herding", "Fuyun       118          87          41", "", "__________", "1 Prefecture Poverty Alleviation Office, Work Summary 2020, p. 12.");
  const { doc, x } = extractFrom(text);
  const claims = x.claims.map((c) => doc.text.slice(c.start, c.end));
  for (const figure of ["8,650 households", "up to 50,000 yuan", "18,200 yuan", "25,700 yuan"]) assert.ok(claims.includes(figure), figure);
  assert.ok(doc.text.includes("Fuyun 118 87 41"));
  assert.ok(!doc.text.includes("Work Summary 2020"));
});

test("lines that list other stories and episodes, a player's buttons and a thread's counters give no figures", () => {
  const text = page("Herders turn their yurts into guesthouses", "By Anna Berg", "March 3, 2021", ...PROSE,
    "1x   ⟲15   30⟳   Download MP3",
    "Episode 56: Who owns the relocation flats? (41 min)",
    "Long Road East · 1.2M views · 1 year ago",
    "40+ comments · 3 years ago",
    "2y  Like  Reply  47",
    "👍 56    💬 3",
    "【1】 【2】  Next page",
    "◀ Previous: Airport opens 5 new domestic routes",
    "▶ Next: Ski season opens with 12 resorts",
    "Previous: Winter tourism season opens | Next: Peach blossom festival to open",
    "all 41 comments",
    "41 comments share save hide report crosspost",
    "View 23 more replies",
    "[Large] [Medium] [Small]    Views: 2,018    Comments: 0",
  );
  assert.deepEqual(claimTexts(text), ["3,000 families", "1,200 households", "About 45 percent"]);
});

test("'one day' that means 'some day' is no length of time; 'within one day' is", () => {
  const text = page("Weaving for the future", "By Anna Berg", "March 3, 2021", '"One day she may run this place," she says.', '"Maybe one day my daughter will put it in a museum," he said.', "Orders are now filled within one day, the cooperative said.");
  assert.deepEqual(claimTexts(text), ["within one day"]);
});

test("'His wife, X,' marks a woman, and a pronoun after 'than' says nothing of the one named", () => {
  const text = page("The last migration", "By Anna Berg", "March 3, 2021", 'Nurlan Kadyrbek, 58, is a herder in Fuyun county. "This year I am doing it for the last time," he said.', "Photo: Daniel Hartwell", 'His wife, Gulnar Tokhtarkhan, 54, is less attached to the old route than he is. "On the road I cooked for nine people," she said.');
  assert.deepEqual(extractFrom(text).x.quotes.map((q) => q.speaker), ["Nurlan Kadyrbek", "Gulnar Tokhtarkhan"]);
});

test("a name before 'a 27-year-old graduate of ...' is a person's, and 'She said' after it is hers", () => {
  const text = page("Herders open an online shop", "By Anna Berg", "March 3, 2021", '"We sell to the whole country now," said Kurmanbek Sadyk, who heads the cooperative.', "Bakhyt Omarova, a 27-year-old graduate of the agricultural university who returned to her village in 2019, runs the shop. She said sales rose by 40 percent.");
  const { doc, x } = extractFrom(text);
  assert.ok(x.entities.people.some((p) => p.name === "Bakhyt Omarova"));
  assert.equal(x.quotes.find((q) => doc.text.slice(q.start, q.end).startsWith("sales rose"))?.speaker, "Bakhyt Omarova");
});

test("a rhetorical question ending an answer, over the next 'Q:', is still the answer's", () => {
  const text = ["Foreign Ministry Spokesperson Gao Ruiming's Regular Press Conference on March 25, 2021", "2021/03/25",
    "Q: A report released this week claims that 80,000 workers were moved. What is your comment?",
    "A: This so-called report is built on lies.",
    'The population of the region grew from 10.17 million in 2010 to 11.62 million in 2018. Is this what some people call "forced labour"?',
    "Q: Several brands said they had stopped buying cotton. Does the government support a boycott?",
    "A: Consumers have made their own choices.",
    "Q: How many diplomats have visited?",
    "A: More than 1,200 people from over 100 countries have visited."].join("\n\n");
  assert.deepEqual(turnsOf(text, 14), [["reporter", "A report relea"], ["Gao Ruiming", "This so-called"], ["reporter", "Several brands"], ["Gao Ruiming", "Consumers have"], ["reporter", "How many diplo"], ["Gao Ruiming", "More than 1,20"]]);
  // (The question that ends the first answer is inside its turn.)
  const { doc, x } = extractFrom(text);
  const answer = x.quotes.find((q) => doc.text.slice(q.start, q.start + 14) === "This so-called")!;
  assert.ok(doc.text.slice(answer.start, answer.end).endsWith('"forced labour"?'));
});

test("a body's name in capitals atop the page is the outlet, written as the body writes it; a heading in capitals is not", () => {
  assert.deepEqual(metadataOf("Skip to main content", "CENTRE FOR HIGHLAND DEVELOPMENT STUDIES", "Research | Events | Experts | Publications | Donate", "Events > Past events > Video and transcript", "Moving the Herders: Relocation and Poverty on the Plateau", "Published: 14 June 2019"), {
    title: "Moving the Herders: Relocation and Poverty on the Plateau",
    outlet: "Centre for Highland Development Studies",
    author: null,
    published: "2019-06-14",
  });
  assert.equal(metadataOf("POOR PEOPLE IN THE VALLEY", "Herders move to town", "March 3, 2020").outlet, null);
  // (Atop a cover over the series and the issue, it is no title either.)
  assert.deepEqual(metadataOf("INSTITUTE FOR DRYLAND DEVELOPMENT", "Working Paper Series", "Issue 7, 2020 (Total No. 31)", "Water, Work and Welfare: Irrigation Projects in Three Hill Counties", "Prepared by:", "Dr. Helen Okafor, Lead Researcher, Institute for Dryland Development", "Zhang Wei, Research Assistant, Northwest Normal University", "June 2020"), {
    title: "Water, Work and Welfare: Irrigation Projects in Three Hill Counties",
    outlet: "Institute for Dryland Development",
    author: "Helen Okafor; Zhang Wei",
    published: "2020-06-01",
  });
});

test("an old forum layout's tabs name the community, and the poster's line with a flair after the name names the poster", () => {
  assert.deepEqual(metadataOf("jump to content", "my subreddits", "ValleyNews comments other discussions (3)", "this post was submitted on 17 May 2020", "388 points (91% upvoted)", "387", "Cliff village families settle into town flats, but some still climb back up to farm (valleypost.com)", "submitted 2 years ago by hill_lurker Sichuan", "41 comments share save hide report crosspost"), {
    title: "Cliff village families settle into town flats, but some still climb back up to farm",
    outlet: "r/ValleyNews",
    author: "hill_lurker",
    published: "2020-05-17",
  });
});

test("a video's captions naming who speaks in brackets before the words are turns; a sound in brackets is not", () => {
  const text = ["Cliff village revisited", "Long Road East · 14K subscribers",
    "[Ben] Hi everyone, welcome back. The old vine ladder was replaced in 2016 by a steel one with 2,556 steps.",
    "[Jike Shiha, translated] In 2020, 84 households moved down to the new town.",
    "[Applause] Thank you all for coming tonight, it means a lot to the whole village.",
    "[Qubi Ashi, translated] My husband works in Chengdu. He sends home 3,000 yuan a month.",
    "[Ben] Anyway, that's it for today."].join("\n\n");
  assert.deepEqual(turnsOf(text, 12), [["Ben", "Hi everyone,"], ["Jike Shiha", "In 2020, 84 "], ["Qubi Ashi", "My husband w"], ["Ben", "Anyway, that"]]);
  assert.deepEqual(credits(text).filter(([t]) => t !== "2,556 steps"), [["84 households", "Jike Shiha"], ["3,000 yuan", "Qubi Ashi"]]);
});

test("'Preliminary calculations show that ...' in a bulletin is the bulletin's own reckoning, credited as its other figures are", () => {
  const text = page("Statistical Bulletin on the Economic and Social Development of Valley Prefecture in 2020", "Release time: 2021-04-28 16:05 | Source: Valley Prefecture Bureau of Statistics", "Preliminary calculations show that the gross domestic product of the prefecture reached 173.32 billion yuan in 2020.", "At the end of the year, the registered population of the prefecture was 5.38 million.");
  assert.deepEqual(credits(text), [["173.32 billion yuan", "Valley Prefecture Bureau of Statistics"], ["5.38 million", "Valley Prefecture Bureau of Statistics"]]);
});

test("a work report's figures are its giver's, a white paper's carried in parts its issuer's, an encyclopedia's unsourced ones its site's", () => {
  assert.deepEqual(credits(page("Full Text: 2021 Report on the Work of the Prefecture Government", "Release time: 2021-02-23 16:30    Source: Valley Prefecture Government Office", "Report on the Work of the Government", "-- Delivered at the Fifth Session of the 11th People's Congress of Valley Prefecture on February 20, 2021", "Jiti Mugu, Prefect", "Fellow Deputies,", "From 2016 to 2020, all 1.05 million registered poor people in the prefecture were lifted out of poverty.")), [["1.05 million registered poor people", "Jiti Mugu"]]);
  // (On a site whose byline names its reporter, the signature over the salutation is still who speaks.)
  assert.deepEqual(credits(["Full text: Report on the Work of the Government of the Region (abridged)", "2019-01-16 09:12:47    Source: Valley Today    Author: Pema Yangzom", "Report on the Work of the Government", "Delivered at the Second Session of the 11th People's Congress of the Region", "Tenzin Choephel, Chairman", "Fellow Deputies, On behalf of the People's Government of the region, I now present to you this report for your deliberation.", "Last year the region's output reached 147.76 billion yuan, and 180,000 registered poor people left poverty."].join("\n\n") + "\n"), [["147.76 billion yuan", "Tenzin Choephel"], ["180,000 registered poor people", "Tenzin Choephel"]]);
  assert.deepEqual(credits(page("Full text: Poverty Alleviation Through East-West Collaboration", "Updated: 2021-04-07 14:22 | valleydaily.com.cn", "The following is the third part of the full text of the white paper released by the State Council Information Office on April 6, 2021.", "From 2016 to 2020, eastern provinces allocated 100.5 billion yuan in assistance funds to the western areas.")), [["100.5 billion yuan", "State Council Information Office"]]);
  // (As a news story's are its paper's: the entry speaks for the site it names, not for the body its references name.)
  assert.deepEqual(credits(page("Hill County", "From Wikipedia, the free encyclopedia", "Hill County is a county in the south of the prefecture. It had a population of 245,000 in 2020.[1]", "References", "1. ^ \"Hill County census\". Valley Daily. 3 May 2021.")).map(([, who]) => who), ["Wikipedia"]);
});

test("a programme's run time, a project's start and end dates and a board's clock name no outlet and date no page; a board's log-in box, thanks and join days are chrome", () => {
  assert.deepEqual(readDateLine("March 9, 2022 · Run time 41:06"), { field: "published", value: "March 9, 2022", outlet: null, author: null });
  assert.equal(readDateLine("End date: 31 August 2022"), null);
  assert.equal(readDateLine("It is currently Thu Feb 15, 2024 6:52 pm"), null);
  assert.deepEqual(readDateLine("by almaty_to_altay » Sun Jun 09, 2019 11:02 pm"), { field: "published", value: "Sun Jun 09, 2019 11:02 pm", outlet: null, author: "almaty_to_altay" });
  assert.equal(metadataOf("Valley University", "Mountains and Markets: Relocation and Livelihoods", "Page published: 3 October 2022 | Last updated: 15 January 2023", "Status: Completed", "Start date: 1 September 2019", "End date: 31 August 2022").published, "2022-10-03");
  assert.equal(metadataOf("Valley Expat Forums", "User Name  [          ]  Remember Me?", "Password   [          ]  Log in", "Liangshan relocation towns - has anyone actually been?", "Posted 14 September 2020 by yak_butter_tea").title, "Liangshan relocation towns - has anyone actually been?");
  const { doc } = extractFrom(page("Settling the herders - good or bad?", "by almaty_to_altay » Sun Jun 09, 2019 11:02 pm", "Most villages now have a settlement of brick houses, some 40 of them.", "almaty_to_altay", "Posts: 178", "Joined: Wed Oct 12, 2016 4:15 pm", "Thanked 689 Times in 301 Posts", "The following 3 users say Thank You to almaty_to_altay for this useful post:", "2314 Accesses", "9 Citations"));
  for (const chrome of ["Joined:", "Thanked", "Thank You", "Accesses", "Citations"]) assert.ok(!doc.text.includes(chrome), chrome);
});
