// Answer sites, microblogs, old boards, video pages, broadcast scripts, wiki mirrors, newsletters and flattened tables read
// for their title, publisher, writer, day and figures: an answerer's name over their credential and the day they answered,
// a topic list over the question, an account over its "Verified:" line and a post's bracketed headline, a board's bar and
// "(self.X)" line, "Post by X »" and "X wrote: ↑day" headers in wrapped text, a channel over its subscribers, a script's
// double-bracketed fields, a table's caption naming its currency and scale, and who speaks through "a notice on its
// website" or a company described after its name. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOf, extractFrom, headerMetadata, pageOf, STORY_PROSE } from "./helpers.ts";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";

test("an answer site: the topics over the question, the answerer over their credential and the day, the counters", () => {
  assert.deepEqual(headerMetadata("Quora", "Economics of China · Poverty Reduction", "", "Did the county really end extreme poverty, or did it just set the line low?", "", "Daniel Whitfield", "Development economist, studied rural incomes in Yunnan", "Answered January 9, 2022", "Follow"), {
    title: "Did the county really end extreme poverty, or did it just set the line low?",
    outlet: null,
    author: "Daniel Whitfield",
    published: "2022-01-09",
  });
  const zhihu = headerMetadata("Zhihu", "", "How much did the east-west pairing change the county?", "", "Follow question   Write an answer   Invite to answer", "Followers 1,287   Viewed 403,916", "", "96 answers   Sort by default", "", "Ren Xiaoyu", "PhD in agricultural economics, fieldwork in the county since 2017", "2,315 people agreed with this answer");
  assert.deepEqual([zhihu.title, zhihu.author], ["How much did the east-west pairing change the county?", "Ren Xiaoyu"]);
});

test("a microblog: the account over its 'Verified:' line publishes, the post's bracketed headline is the title", () => {
  const post = pageOf("Weibo", "Home", "Hot", "", "Hill County Release", "Verified: government affairs account of Hill County", "2020-11-14 10:32  from Weibo weibo.com", "", "【Hill County exits poverty: 98,420 people lifted out since 2014】Good news! The regional government announced this morning that the county has left the list.");
  const { doc } = extractFrom(post);
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.publishedDate], ["Hill County exits poverty: 98,420 people lifted out since 2014", "Hill County Release", "2020-11-14"]);
});

test("an old board: its bar of links is chrome, a post's title over '(self.X)' however it reads, its poster's figures his", () => {
  const thread = pageOf(
    "jump to content",
    "my subreddits",
    "popular -all -random -users | AskReddit -worldnews -news",
    "China",
    "comments",
    "other discussions (3)",
    "Want to join? Log in or sign up in seconds.",
    "",
    "My county was declared out of poverty last year. Some observations from a local.",
    "Discussion (self.China)",
    "submitted 4 years ago * by county_noodles Gansu",
    "",
    "Grew up in the county. Our village got a paved road in 2018, and my parents' house was rebuilt with a subsidy of 25,000 yuan.",
  );
  const { doc } = extractFrom(thread);
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.author], ["My county was declared out of poverty last year. Some observations from a local.", "r/China", "county_noodles"]);
  assert.equal(creditOf(thread, "25,000 yuan"), "county_noodles");
});

test("a board's 'Post by X » day' and 'X wrote: ↑day' stay lines of their own in wrapped text, so each reply is its poster's", () => {
  const wrapped = "The county said the new houses were built for herders moved down from the high pastures in the north.";
  const thread = pageOf(
    "Travellers Forum",
    "",
    "Relocated herders near the city - anyone visited?",
    "Post by yak_tea » Sat Aug 17, 2019 10:42 pm",
    "",
    "Back from three weeks on the plateau. On the road out to the airport we passed a big block of new two-storey houses.",
    wrapped,
    "yak_tea",
    "Posts: 187",
    "",
    "Re: Relocated herders near the city - anyone visited?",
    "Post by Dorje_L » Sun Aug 18, 2019 8:05 am",
    "yak_tea wrote: ↑Sat Aug 17, 2019 10:42 pm",
    "On the road out to the airport we passed a big block of new two-storey houses for the herders.",
    "",
    "That matches what I was told when I visited in 2018. My wife's uncle moved down from the north with 40 yaks to sell.",
    "His daughter got a job at a greenhouse cooperative for 2,400 yuan a month, which is more than she made before.",
    "Dorje_L",
    "Posts: 2,031",
  );
  assert.equal(creditOf(thread, "2,400 yuan"), "Dorje_L");
  assert.equal(creditOf(thread, "40 yaks"), "Dorje_L");
});

test("a video page and a broadcast script: a channel over its subscribers, the player's buttons, a script's bracketed fields", () => {
  assert.deepEqual(headerMetadata("Skip navigation", "Search", "", "Down the ladder: a former first secretary on moving the cliff village", "", "Mountain Roads", "48.2K subscribers", "Subscribe", "", "1.3K    Share    Download    Clip    Save", "", "36,915 views  Premiered Nov 18, 2020  #Liangshan"), {
    title: "Down the ladder: a former first secretary on moving the cliff village",
    outlet: "Mountain Roads",
    author: null,
    published: "2020-11-18",
  });
  const script = headerMetadata("HBN Direct | Content Library", "", "Herders Relocation PKG", "((HEADLINE: Herders Trade High Plateau for Farm Jobs Near the City))", "((PUBLISHED AT: 8/14/2018 at 09:30))", "((BYLINE: Rachel Lind))", "((SLUG: Herders Relocation))", "((TRT: 3:12))");
  assert.deepEqual([script.title, script.author, script.published], ["Herders Trade High Plateau for Farm Jobs Near the City", "Rachel Lind", "2018-08-14"]);
  const archive = headerMetadata("TV News Caption Archive", "", "Evening Desk : PBN : October 19, 2019 6:00pm-6:30pm PDT", "Network: PBN", "Scanned in: San Francisco, CA, USA", "Source: Comcast Cable", "Tuner: Channel 9", "Topics: Liangshan 4, Sichuan 3");
  assert.equal(archive.outlet, "PBN");
  const wire = headerMetadata("Asia Vision News Agency | Video Newswire", "", "Village cooperative turns apricot harvest into steady wages", "", "Duration: 02:14     Published: 2021-06-28 17:42 (Beijing Time)", "Restrictions: No access Chinese mainland", "Download HD | Add to Lightbox | Share | Embed");
  assert.equal(wire.title, "Village cooperative turns apricot harvest into steady wages");
});

test("kickers, episodes, issues and credits over a feature: its title, its writers, and an 'as told to' account its teller's", () => {
  assert.equal(headerMetadata("Pacific Forum", "", "Moving the Herders Downhill: High-Altitude Relocation", "", "Borderlands Briefing · Episode 31", "March 14, 2023").title, "Moving the Herders Downhill: High-Altitude Relocation");
  assert.deepEqual(headerMetadata("Ledger Wire", "", "A LEDGER WIRE SPECIAL REPORT", "", "Paper incomes: how a county met its poverty target on the books", "", "By Martin Cole and Yuki Tanabe", "", "Filed Nov. 3, 2020, 11 a.m. GMT"), {
    title: "Paper incomes: how a county met its poverty target on the books",
    outlet: "Ledger Wire",
    author: "Martin Cole; Yuki Tanabe",
    published: "2020-11-03",
  });
  assert.equal(headerMetadata("2020-08-12 10:32", "Plateau Pictorial 2020年8期", "", "From the Roof of the Roof to the River Valley", "Text by Cering Yangzom   Photos by Liu Zhenyu").title, "From the Roof of the Roof to the River Valley");
  const told = pageOf(
    "THREADLINE · Stories from the countryside",
    "",
    "Needle and Market",
    "A Miao embroiderer tells how a village craft became a family business",
    "",
    "As told to Zhou Mingyue · Photographs by Yang Tao",
    "March 14, 2023",
    "",
    "Pan Jinmei, 54, at her workshop in the town.",
    "",
    "My mother taught me the way her mother taught her. I sold my first sleeve for 800 yuan, and my husband went to work in a shoe factory. I thought I would never see so much money. My daughter put my sleeves on WeChat.",
    "",
    "BY THE NUMBERS",
    "· 128 embroidery workshops and cooperatives",
    "Source: County Bureau of Culture and Tourism",
  );
  const { doc } = extractFrom(told);
  assert.deepEqual([doc.metadata.author, doc.metadata.outlet], ["Zhou Mingyue; Yang Tao", "Threadline"]);
  assert.equal(creditOf(told, "800 yuan"), "Pan Jinmei");
});

test("a wiki's mobile page, a mirror's short description, a licence number and a newsletter's box name no title or publisher", () => {
  const mobile = pageOf("Open main menu", "Wikipedia", "Search", "Minning", "Article Talk", "This article is about the town in Ningxia. For the television series, see Minning Town (TV series).", "Minning (Chinese: 闽宁镇) is a town in Yongning County, Yinchuan, in the Ningxia Hui Autonomous Region of China. It had 66,900 residents in 2019.");
  const m = extractFrom(mobile);
  assert.deepEqual([m.doc.metadata.title, m.doc.metadata.outlet], ["Minning", "Wikipedia"]);
  // (An encyclopedia's unsourced figure is its site's, as a news story's is its paper's.)
  assert.deepEqual(m.x.claims.map((c) => c.attributedTo), ["Wikipedia"]);
  assert.equal(headerMetadata("WikiMili", "Search", "Gyiru", "Last updated February 11, 2024", "Village in Tibet, China").outlet, "WikiMili");
  assert.equal(extractFrom(pageOf(...STORY_PROSE, "", "© 2024 Zhishi Baike  ICP No. 15031872")).doc.metadata.outlet, "Zhishi Baike");
  assert.deepEqual(headerMetadata("The Long Road Ledger", "Subscribe", "Sign in", "", "Discover more from The Long Road Ledger", "Notes on rural China, development money and what the numbers mean.", "Over 3,000 subscribers", "Continue reading", "", "What does 'moved out of the mountains' cost?", "", "Daniel Whitfield", "Dec 03, 2020"), {
    title: "What does 'moved out of the mountains' cost?",
    outlet: "The Long Road Ledger",
    author: "Daniel Whitfield",
    published: "2020-12-03",
  });
});

test("a table under a caption naming its currency and scale, and a table's rows in columns, give their figures whole", () => {
  const plan = extractFrom(pageOf("Loan for the county", "", "The bank lent the county money for water works this year, officials said in a statement.", "", "Financing Plan (US$ million)", "Total 248.60", "Bank 150.00", "", "The county moved 3,000 families this year."));
  assert.deepEqual(plan.x.claims.map((c) => [plan.doc.text.slice(c.start, c.end), c.value, c.unit]), [["248.60", 248600000, "USD"], ["150.00", 150000000, "USD"], ["3,000 families", 3000, "family"]]);
  const columns = extractFrom(pageOf("Milk Money", "", "Of the 318 households surveyed, most were members of a cooperative, the author found in 2017.", "", "Table 1. Sample by county and membership", "County       Members     Non-members", "Zeku         88          94", "Henan        64          72"));
  assert.deepEqual(columns.x.claims.map((c) => columns.doc.text.slice(c.start, c.end)).slice(1), ["88", "94", "64", "72"]);
  // (A transcript's "Name 2:20 ..." lines are its text, not a template's rows taken out.)
  const podcast = extractFrom(pageOf("Leaving the canyon", "", "TRANSCRIPT", "", "Li Na 0:05 Hello and welcome to the show. Today we talk about the canyon villages.", "", "Mi Chunhua 0:31 That's right. I am the Party secretary of the village.", "", "Li Na 2:20 And jobs? The new towns are far from the farmland.", "", "Mi Chunhua 2:24 The county set up 14 workshops making shoes and bags.", "", "Li Na 2:50 And the wages?"));
  assert.deepEqual(podcast.x.claims.map((c) => podcast.doc.text.slice(c.start, c.end)), ["14 workshops"]);
});

test("who speaks through a notice on its own site, a company described after its name, and figures released at a meeting", () => {
  const bureau = pageOf("Labour transfers", "", "The prefectural human resources bureau said 168,000 rural workers had been placed in jobs from January to August, according to a notice on its website.");
  assert.equal(creditOf(bureau, "168,000 rural workers"), "prefectural human resources bureau");
  const release = pageOf("Dairy programme grows", "", 'URUMQI, China, Sept. 16, 2019 /PRNewswire/ -- Tianmu Dairy Group ("Tianmu"), a dairy producer headquartered in Urumqi, today announced that its herder programme added 3,200 households.');
  assert.equal(creditOf(release, "3,200 households"), "Tianmu Dairy Group");
  const meeting = pageOf("City reviews relocation", "", "According to figures released at the meeting by the city poverty alleviation office, the city planned to relocate 38,600 registered poor people.");
  assert.equal(creditOf(meeting, "38,600 registered poor people"), "city poverty alleviation office");
  const column = pageOf("Income figures", "By Lena Hart", "", "In a sample of 18 county reports she reviewed, transfers made up at least a quarter of reported income.");
  assert.notEqual(creditOf(column, "18 county reports"), "transfers made up at least a quarter of");
});

test("a scale word with no number before it counts nothing, and a date line's 'Filed' and a record's sheet name no outlet", () => {
  const { doc, x } = extractFrom(pageOf("Loan news", "", "A million people moved, and a hundred villages; one million more will follow."));
  assert.deepEqual(x.claims.map((c) => [doc.text.slice(c.start, c.end), c.value]), [["A million people", 1000000], ["a hundred villages", 100], ["one million more", 1000000]]);
  assert.equal(readDateLine("Filed Nov. 3, 2020, 11 a.m. GMT")?.outlet, null);
});

test("who speaks as 'Her report', after a scene before the pronoun, as 'My uncle himself', under a soundbite's language", () => {
  const thread = pageOf("Cotton pickers", "", "Ingrid Hale of the Nordic Labour Institute has the best numbers I've seen. Her report said about 570,000 pickers were sent from the southern prefectures in 2018.");
  assert.equal(creditOf(thread, "about 570,000 pickers"), "Ingrid Hale");
  const bio = pageOf("Bahetjan Kadirbek", "", "Bahetjan Kadirbek is a village Party secretary in Fuyun County.", "", 'In a 2019 interview with Kazakh-language television he said: "We settled 213 herding households."');
  assert.equal(creditOf(bio, "213 herding households"), "Bahetjan Kadirbek");
  const essay = pageOf("Leaving the pasture", "By Dana Whitfield", "", "My uncle himself says he is glad his 3 grandchildren will go to a school down the valley.");
  assert.equal(creditOf(essay, "3 grandchildren"), "My uncle");
  const station = pageOf("Zhaosu herders turn to tourism", "", "[ANCHOR] Summer is peak season on the grasslands, and herders are opening their yurts to visitors.", "", "[SOUNDBITE] (Kazakh) Yerlan Bolat, herder, Aksu Township:", "", '"Before 2016 our family earned maybe 20,000 yuan a year from the sheep."');
  assert.equal(creditOf(station, "maybe 20,000 yuan"), "Yerlan Bolat");
});

test("a comment's row of buttons and counts, another question or video listed with its count, a gallery's counter and a similar thread are no figures", () => {
  const page = [
    "Hill County Release",
    "",
    "【Hill County exits poverty】The county has left the list, the regional government announced, after lifting 98,420 people out since 2014.",
    "",
    "Repost 1,386      Comments 422      Like 5,071",
    "",
    "snow_fox88",
    "My aunt's family moved to the new settlement in 2019 and paid 10,000 yuan themselves.",
    "11-14 11:05      Reply 36   Like 1,024",
    "▲ Agree 2.3K   ▼   💬 124 comments   ➦ Share",
    "👍 2.6K  👎  Reply",
    "    ▾ 87 replies",
    "Collect 126   Like 43   Share",
    "[–]lanzhou_teacher Lanzhou 212 points 4 years ago",
    "Why did the county stay poor for so long?   48 answers",
    "China's Poorest County, 20 Years Later   Far Roads   884K views · 2 years ago",
    "Started by FieldHand  Replies: 47  Forum: Asia & Pacific",
    "About Weibo   Help   Report   Customer Service 4000 960 960",
    "",
  ].join("\n");
  const { doc, x } = extractFrom(page);
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["98,420 people", "10,000 yuan"]);
  const gallery = extractFrom(pageOf("In pictures: the desert ginseng harvest", "", "Photo 1 of 8", "Farmer Memet Tursun, 47, digs out stems near the township on October 22, 2019.", "", "Photo 2 of 8", "His family harvests about 800 kilograms a year from its 20 mu plot."));
  assert.deepEqual(gallery.x.claims.map((c) => gallery.doc.text.slice(c.start, c.end)), ["47", "about 800 kilograms", "20 mu"]);
});

test("a pronoun stands for the one the sentence before opened on, so described, and never for itself", () => {
  const reply = pageOf("Herders moved into town - has anyone been?", "", "Post by altai_walker » Wed Jul 03, 2019 8:30 am", "", "My wife's cousin got a house there in 2017. She told me they now keep 30 sheep instead of 200, and she earns 2,100 yuan a month at a felt workshop.", "altai_walker", "Posts: 1,402");
  assert.equal(creditOf(reply, "30 sheep"), "My wife's cousin");
  // (With no one named or described before it, a pronoun names no speaker.)
  const { x } = extractFrom(pageOf("Notes from the road", "", "It rained all week on the plateau. He said the road to the township would open again in 10 days."));
  assert.ok(x.quotes.every((q) => q.speaker !== "He"));
});
