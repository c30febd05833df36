// Where a page puts its headline, date, byline and outlet, as real pages set them: after menus,
// breadcrumbs, spam and render chrome, over a byline or a player, or nowhere. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { documentFrom, extractFrom } from "./helpers.ts";

interface Expected {
  title: string | null;
  published?: string | null;
  precision?: string | null;
  author?: string | null;
  outlet?: string | null;
  kind?: string;
}

const page = (...lines: string[]) => `${lines.join("\n")}\n`;

function check(name: string, text: string, expected: Expected): void {
  const m = documentFrom(text).metadata;
  const actual: Expected = { title: m.title };
  if ("published" in expected) actual.published = m.publishedDate;
  if ("precision" in expected) actual.precision = m.publishedPrecision;
  if ("author" in expected) actual.author = m.author;
  if ("outlet" in expected) actual.outlet = m.outlet;
  if ("kind" in expected) actual.kind = m.kind;
  assert.deepEqual(actual, expected, name);
}

const BODY = "The county moved 3,000 families from the mountains into new flats near the town this year, officials said.";

test("the headline comes after spam, render chrome and a breadcrumb, over its byline", () => {
  check("spam-wrapped", page(
    "Best VPN 2023 - get 80% off today",
    "Cheap pills online no prescription",
    "Hostname: page-component-7f8d9c Total loading time: 0 Render date: 2024-06-13T10:22:31.123Z",
    "Home > Regions > Gansu",
    "Gansu lifts 1.5 million out of poverty",
    "valley-village-800.jpg",
    "By Li Wei | Xinhua | 2020-01-15",
    BODY,
  ), { title: "Gansu lifts 1.5 million out of poverty", published: "2020-01-15", author: "Li Wei", outlet: "Xinhua" });
});

test("a Reddit thread: the subreddit line dates it and names the forum, the post's author is 'Posted by'", () => {
  check("reddit", page(
    "r/China",
    "Mar 08 '21",
    "Posted by u/dust_and_apricots",
    "",
    "Taught for two years in a county that just left the poverty list. Some numbers from the ground",
    "",
    BODY,
    "412 Upvotes",
    "57 comments",
  ), { title: "Taught for two years in a county that just left the poverty list. Some numbers from the ground", published: "2021-03-08", author: "dust_and_apricots", outlet: "r/China", kind: "forum_post" });
});

test("a podcast page: the episode's title is the line over the player, not the show's name above it", () => {
  check("podcast", page(
    "Player FM - Podcast App",
    "Go offline with the Player FM app!",
    "",
    "The Long Road West",
    "",
    "Cliff villages and new towns: counting the relocated",
    "",
    "Episode 3",
    "45:12",
    "Share",
    "",
    "Manage episode 312345678 series 2345678",
    "",
    "Nov 18, 2021",
    "",
    BODY,
  ), { title: "Cliff villages and new towns: counting the relocated", published: "2021-11-18" });
});

test("an academic landing page: authors over their affiliations, the publisher's date line", () => {
  check("academic", page(
    "Hostname: page-component-7dd548 Total loading time: 0 Render date: 2024-06-13T10:22:31.123Z",
    "Skip to main content Accessibility help",
    "Home > Journals > The Valley Quarterly > FirstView > From Fields to Factories?",
    "",
    "From Fields to Factories? Labour Transfer and Return Migration, 2016-2021",
    "",
    "Rukiye Hashim",
    "Affiliation: Department of Sociology, Valley University",
    "Thomas Brennan",
    "Affiliation: Institute of Asian Studies, Valley University",
    "",
    "Published online by Valley University Press: 12 June 2024",
    "Cite",
    "Rights & Permissions",
    "Abstract",
    BODY,
  ), { title: "From Fields to Factories? Labour Transfer and Return Migration, 2016-2021", published: "2024-06-12", author: "Rukiye Hashim; Thomas Brennan", outlet: "Valley University Press" });
});

test("a standfirst under the headline is not the headline; a masthead above it is the outlet", () => {
  check("deck", page(
    "THE VALLEY LEDGER",
    "World › China › Society",
    "Entire village community in Ningxia moved out of the poorer areas",
    "60,000 residents from impoverished region have been resettled in Minning town in the past two decades",
    "By Hannah Greaves in Yinchuan, Ningxia",
    BODY,
  ), { title: "Entire village community in Ningxia moved out of the poorer areas", author: "Hannah Greaves", outlet: "The Valley Ledger" });
});

test("a page that opens with its text has no headline; a 'date' glued to its first paragraph still dates it", () => {
  check("no headline", page(` date 2020-11-15 ${BODY}`, BODY), { title: null, published: "2020-11-15" });
  check("dateline first", page(`AKSU, CHINA -- ${BODY}`, BODY), { title: null });
});

test("a label alone with its value on the next line; a search result gives the title of a page that holds only it", () => {
  check("label over value", page("Relocation in Guizhou: a review", "", "Publication date", "Dec 2022", "", BODY), { title: "Relocation in Guizhou: a review", published: "2022-12-01", precision: "month" });
  check("snippet", page("Valley Monitor · Jan 19, 2021 · What the cotton ban means for buyers · Xinjiang produced 5.16 million tonnes of cotton in 2020...", "", BODY), {
    title: "What the cotton ban means for buyers", published: "2021-01-19", outlet: "Valley Monitor",
  });
});

test("a share bar in Chinese script and a site's current date above the headline give way to the article's own", () => {
  check("share bar", page(
    "新浪微博",
    "微信",
    "Thu, March 4, 2021",
    "Home / China / News",
    "Poverty relief reaches the last villages of the valley",
    "06/29/2020Hu Ke |",
    BODY,
  ), { title: "Poverty relief reaches the last villages of the valley", published: "2020-06-29", author: "Hu Ke" });
});

test("a dateline's credit names the outlet when no line of the page does", () => {
  check("dateline credit", page("Valley lifts 20,000 out of poverty", "", `URUMQI, July 4 (Xinhua) -- ${BODY}`), { title: "Valley lifts 20,000 out of poverty", outlet: "Xinhua" });
  check("correspondent", page("Herders' incomes rise", "", `Burqin, Aug. 5 (Correspondent Dinara Serik) ${BODY}`), { title: "Herders' incomes rise", author: "Dinara Serik" });
});

test("a paper's page: a long title in title case, a line of authors with surnames in capitals, a date run into their names", () => {
  check("paper", page(
    "APP下载",
    "",
    "Employment Promotion and Household Incomes in Mountain Townships of Western Yunnan: A Case Study of Relocation Sites in Three Counties Along the Valley",
    "",
    "2021-03-14MeiLINGuoqiangHAN",
    "",
    "Mei LIN, Guoqiang HAN",
    "",
    "Abstract",
    BODY,
  ), {
    title: "Employment Promotion and Household Incomes in Mountain Townships of Western Yunnan: A Case Study of Relocation Sites in Three Counties Along the Valley",
    published: "2021-03-14", author: "Mei Lin; Guoqiang Han", outlet: null,
  });
  check("corresponding author", page("Consent and Resettlement on the Plateau", "", "Tenzin Dorje*", "Affiliation:", "Department of Geography, Valley University", "", BODY), { title: "Consent and Resettlement on the Plateau", author: "Tenzin Dorje" });
});

test("a byline under a standfirst; a date line in French; a publishing line in Chinese script; no headline ends on a colon or is a shot's number", () => {
  check("late byline", page("Livestreaming helps the valley", "", "Valley Post | Par valleypost - 24 Juin 2020", "", "For Wu, selling eggs online is merely a start, and she means to stay in the village for good.", "", "By Yang Wen, Valley Daily", "", BODY), {
    title: "Livestreaming helps the valley", published: "2020-06-24", author: "Yang Wen", outlet: "Valley Daily",
  });
  check("chinese chrome", page("請更新您的瀏覽器", "", "Feature: A young official on the plateau", "", "發布於 2020年05月31日03:46", "", BODY), { title: "Feature: A young official on the plateau", published: "2020-05-31" });
  check("colon", page("Search Valley Topics:", "", "Let's see what this article from 2020 has to say about poverty:", "", BODY), { title: null });
  check("shots", page("Shotlist", "", "1. Aerial shots of farmland", "2. Various of fruit farms, farmers", "", BODY), { title: null });
});

test("not headlines: a heading alone, a bullet, an infobox row, a forum's age line; an image's placeholder is no masthead", () => {
  check("abstract", page("Abstract", BODY), { title: null });
  check("bullet", page("Placeholder Image", "", "  • another good harvest for me.", "", BODY), { title: null, outlet: null });
  check("infobox", page("Valley Production and Construction Corps", "Native name | |||||", BODY), { title: "Valley Production and Construction Corps" });
  check("forum age", page("4 months ago '16 #37", BODY), { title: null });
});

test("an editor's note names the writer; a dateline's credit under a standfirst names the outlet; a 'date' before chrome dates the page", () => {
  check("note", page("How the valley left poverty behind", "", "Editor's Note: The following article was written by Chen Ming, a diplomat posted to the region. It is printed as written.", "", BODY), { title: "How the valley left poverty behind", author: "Chen Ming" });
  check("credit", page("Province lifts 1.2 mln people out of poverty", "", "Mon 17th February 2020 | 04:15 PM", "", "About 1.2 million people left poverty last year, the government said", "", `KUNMING, (APP - Valley Point News - 17th Feb, 2020 ) :${BODY}`), {
    title: "Province lifts 1.2 mln people out of poverty", published: "2020-02-17", outlet: "APP",
  });
  check("date over chrome", page(" date 2020-09-18  Skip to main content", "", "CHINA: Council releases a labour white paper", "", BODY), { title: "CHINA: Council releases a labour white paper", published: "2020-09-18" });
});

test("wire copy wrapped at a fixed width with no blank lines, a web address among its lines: a name broken over two lines is one name, and a short line that ends a sentence ends its paragraph", () => {
  const text = page(
    "WASHINGTON, Dec 2 (Wire) - The administration expanded",
    "pressure on the region on Wednesday, banning imports from",
    "a powerful organization.",
    "The ban was narrowed after objections raised by Agriculture",
    "Secretary Sonny Perdue and by Treasury Secretary Steven",
    "Mnuchin, who said 30 firms were studied https://example.com/wire/story-about-cotton-imports-2020-12-02",
    "for the new rule.",
  );
  const { x, doc } = extractFrom(text);
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Sonny Perdue", "Steven Mnuchin"]);
  assert.equal(doc.paragraphs.length, 2);
});

test("wire copy wrapped at a fixed width with no blank lines: no headline, and its lines join into sentences", () => {
  const text = page(
    "WASHINGTON, Dec 2 (Wire) - The administration",
    "expanded pressure on the region on",
    "Wednesday, banning imports from a powerful Chinese",
    "quasi-military organization.",
    "The customs agency said the",
    "\"Withhold Release Order\" would ban cotton and cotton products.",
  );
  check("wrapped", text, { title: null, outlet: "Wire" });
  const doc = documentFrom(text);
  assert.deepEqual(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)), [
    "WASHINGTON, Dec 2 (Wire) - The administration expanded pressure on the region on Wednesday, banning imports from a powerful Chinese quasi-military organization.",
    "The customs agency said the \"Withhold Release Order\" would ban cotton and cotton products.",
  ]);
});

test("an outlet the copy names at work ('told the Valley Times', 'when The Valley Times visited') is its outlet when nothing else names one; two such outlets name none", () => {
  check("told", page("Herders move down the mountain", "", "\"We have water now,\" Aygul Tursun told the Valley Times on Friday.", "", BODY), { title: "Herders move down the mountain", outlet: "Valley Times" });
  check("visited", page("Orchards on the cliff", "", "\"This is our income,\" said Mr Yang when The Valley Times visited him at home.", "", BODY), { title: "Orchards on the cliff", outlet: "Valley Times" });
  check("two", page("Cotton and its critics", "", "He told the Valley Times and later told Reuters that 30 farms had closed.", "", BODY), { title: "Cotton and its critics", outlet: null });
  // A show that names itself ("came on the ValleyTalk podcast") is the page's outlet; a show in lower case is none.
  check("show", page("Invisible valley: the divide that threatens growth", "", "Scott Hale came on the ValleyTalk podcast to discuss his new book, which counts 900 million rural people.", "", BODY), { title: "Invisible valley: the divide that threatens growth", outlet: "ValleyTalk" });
  check("no show", page("Listening notes", "", "I was listening to the radio show about 40 villages when the power failed, and nobody heard the end of it.", "", BODY), { title: "Listening notes", outlet: null });
  // A page that compiles others' reports ("[Source: ...]") names none of them as itself.
  check("compiled", page("Poor people in the valley", "", "\"It is a game of figures,\" Li told the Valley Morning Post. [Source: Li You, Valley Tone, July 10, 2018]", "", BODY), { title: "Poor people in the valley", outlet: null });
  // An outlet the copy also cites as another's ("state-backed media Valley TV reported") is not the copy's own.
  check("cited", page("Off the ladder: cliff villagers moved", "", "About 30 households were moved, state-backed media Valley TV reported.", "", "\"It is easier now,\" resident Mose Labo told Valley TV.", "", BODY), { title: "Off the ladder: cliff villagers moved", outlet: null });
});

test("a forum post's author is the handle just above the member's profile, not the member's title", () => {
  check("profile", page(
    "Society and poverty in the valley",
    "",
    "steppe_rider",
    "",
    "Banned",
    "Joined",
    "Feb 12, 2011",
    "Messages",
    "797",
    "",
    "I visited the valley last year and 40 families had new houses, but the road was still unpaved.",
  ), { title: "Society and poverty in the valley", author: "steppe_rider" });
});

test("a share bar's buttons are no headline; a reading time run into the date dates the page; an 'Author :' label lists its names", () => {
  check("share bar", page("Messenger Messenger Pinterest LinkedIn", "", "Chishui leaves poverty behind", "", BODY), { title: "Chishui leaves poverty behind" });
  check("reading time", page("The human side of relief in the valley", "", "15 min readMay 27, 2021", "", BODY), { title: "The human side of relief in the valley", published: "2021-05-27" });
  check("author label", page("Institute hosts a seminar on rural relief", "", "Author : Zhang Min, Deng Yan", "", BODY), { title: "Institute hosts a seminar on rural relief", author: "Zhang Min; Deng Yan" });
});

test("an agency as the byline is the outlet and no author; 'By:' with its 'From:' run on names the publication without its edition; a name and its acronym are no dateline", () => {
  check("agency byline", page("ADVERTISEMENT", "", "Herders move to the valley", "", "By Valley Wire Agency", "Published Jun 27, 2022 06:31 pm", "", BODY), {
    title: "Herders move to the valley", published: "2022-06-27", author: null, outlet: "Valley Wire Agency",
  });
  check("by-colon", page("Roads in the hills", "", "By: Mara HolmFrom:English Edition of Hill Review Journal July-September 2019|Vol.3,No.2 | Updated: 2020-Jan-13 09:45", "", BODY), {
    title: "Roads in the hills", author: "Mara Holm", outlet: "Hill Review Journal", published: "2020-01-13",
  });
  check("acronym", page("Introduction", "The Rural Roads Initiative (RRI) has existed in its present form since 2013, and this study asks how it chose its 300 villages.", "", BODY), { title: null, outlet: null });
});

test("a paper's page: authors one to an item with their affiliations' numbers, the online publication date over the review dates, a reading time and an 'Expand' button are chrome", () => {
  check("paper items", page(
    "Herding Incomes After Relocation in a Valley Township",
    "",
    "  • MEI Lan , 1, 2 ,",
    "  • HOLM Tor , 1, * ,",
    "  • DAI Wen 1",
    "Expand",
    "Received date: 2021-10-30",
    "Accepted date: 2022-04-13",
    "Online published: 2022-07-15",
    "",
    BODY,
  ), { title: "Herding Incomes After Relocation in a Valley Township", author: "Mei Lan; Holm Tor; Dai Wen", outlet: null, published: "2022-07-15" });
  check("reading time", page("(Reading time: 4 - 8 minutes)", "Herders move to the valley", "By Ada Moss", "", BODY), { title: "Herders move to the valley", author: "Ada Moss" });
});

test("an organisation's name over the headline and its date is the site's name and the outlet, not a shorter headline", () => {
  check("site name", page(
    "Valley Ecological Organization",
    "",
    "The Information Office Holds a Press Conference on the Valley's 40 Years of Poverty Reduction",
    "",
    "time: 2022-05-07 18:23:29",
    "",
    BODY,
  ), { title: "The Information Office Holds a Press Conference on the Valley's 40 Years of Poverty Reduction", outlet: "Valley Ecological Organization", published: "2022-05-07" });
});

test("an image's description over the headline is not the headline", () => {
  check("alt text", page("Two men speaking with another man in a house", "", "“Move the Village Down the Mountain”", "", "The Valley's Relocation of Herders", "", "Summary", "", BODY), { title: "Move the Village Down the Mountain" });
});

test("under the title, the writer and their post ('Li Ming, Special Researcher, Valley Development Research Center'); a wiki's 'User Tools' and a contributor's photo credit are chrome", () => {
  check("writer and post", page("User Tools", "", "Site Tools", "", "Analysis of population changes in the valley", "", "Li Ming, Special Researcher, Valley Development Research Center", "", BODY), {
    title: "Analysis of population changes in the valley", author: "Li Ming", outlet: null,
  });
  check("contributor's credit", page(
    "Home / China / Development",
    "On the province's birthday, poverty reduction takes the spotlight",
    "By Ma Lan | Valley Daily | Updated: 2018-04-13 08:03",
    "Share",
    "Tourists harvest sweet potatoes in the town of Qiaotou last year. Yuan Hong / For Valley Daily",
    BODY,
  ), { title: "On the province's birthday, poverty reduction takes the spotlight", author: "Ma Lan", outlet: "Valley Daily" });
  // A paper that names its own work speaks for its writer.
  const { x } = extractFrom(page("Analysis of population changes in the valley", "", "Li Ming, Special Researcher, Valley Development Research Center", "", "This paper combs through the census: the valley's population rose to 2.5 million by 2018."));
  assert.deepEqual(x.claims.map((c) => [c.valueText, c.attributedTo]), [["2.5 million", "Li Ming"]]);
});

test("a headline may ask or exclaim; a site's address and date under the standfirst date the page; a post's first line under a member's profile is no headline", () => {
  check("question", page(" Great changes on the cliff! What has Hill Village seen in recent years?", "", BODY), { title: "Great changes on the cliff! What has Hill Village seen in recent years?" });
  check("site and date", page("SCIO briefing on a decisive victory over poverty", "", "The information office held a press conference on Thursday morning to introduce new measures.", "", "valleynews.org.cn March 13, 2020", "", BODY), {
    title: "SCIO briefing on a decisive victory over poverty", published: "2020-03-13", outlet: "valleynews.org.cn",
  });
  check("thread", page(
    "Home", "Forums", "Log in", "Register", "",
    "Anyone else following the \"pair up with a family\" scheme in the valley?", "",
    "Thread starter steppe_walker Start date Aug 21, 2019", "",
    "steppe_walker", "Joined: Mar 3, 2015", "Posts: 2,418", "Aug 21, 2019 #1",
    "Is the valley's plan to pair 1,000 cadres with families going to last, or will it end next year?",
    "So my cousin teaches at a middle school in the valley and she just got back from her third homestay with her assigned relatives.",
  ), { title: "Anyone else following the \"pair up with a family\" scheme in the valley?", author: "steppe_walker", outlet: null, published: "2019-08-21" });
});

test("'re posted from X' names where a copy came from, as its outlet", () => {
  check("reposted", page("Last pockets of poverty in the valley are gone!", "", "re posted from Valley Alert Service", "", "Last pockets of poverty in the valley are gone!", "", BODY), { title: "Last pockets of poverty in the valley are gone!", outlet: "Valley Alert Service" });
});

test("a writer's name run into the outlet's on a date line; one name alone lower down labels a photo or a speaker, not the page", () => {
  check("name and outlet", page(
    "Chishui leaves poverty behind",
    "",
    "Yang Ming Valley Plus Published: 2018-01-31 10:30:13",
    "Share this with Close",
    "Messenger Messenger Pinterest LinkedIn",
    "",
    "Cao Lin",
    "",
    BODY,
  ), { title: "Chishui leaves poverty behind", author: "Yang Ming", outlet: "Valley Plus", published: "2018-01-31" });
});

test("bylines with a post or a team: 'by His Excellency X, Ambassador of ...', 'By A & B, Research Team on ..., Foundation'; authors under the title with their honorifics; a heading in capitals is no outlet; a name written as one word stays one", () => {
  check("excellency", page("Truths about the valley", "", "by His Excellency Liu Ming, Ambassador of the Valley to Cyprus", "", BODY), { title: "Truths about the valley", author: "Liu Ming", outlet: null });
  check("team", page("Measuring relative poverty after 2020", "", "By Li Ying & Li Fan, Research Team on “Social Justice”, Valley Development Research Foundation", "", BODY), {
    title: "Measuring relative poverty after 2020", author: "Li Ying; Li Fan", outlet: "Valley Development Research Foundation",
  });
  check("honorifics", page("The valley's move to measuring relative poverty", "", "Prof. Robert Walker", "", "Dr. Yang Lichao", "", "# Abstract", "", BODY), { title: "The valley's move to measuring relative poverty", author: "Robert Walker; Yang Lichao", outlet: null });
  check("capitals", page("POVERTY AND POOR PEOPLE IN THE VALLEY", "", "POOR PEOPLE IN THE VALLEY", "", BODY), { title: "POVERTY AND POOR PEOPLE IN THE VALLEY", outlet: null });
  check("one word", page("Experts doubt the valley's claim", "", `Beijing (ValleyNews) – ${BODY}`), { title: "Experts doubt the valley's claim", outlet: "ValleyNews" });
});

test("a radio page's player, a breadcrumb that lost its marks, a note's number as a source, a kind of page as a masthead are no headline or outlet; a copyright line names the publisher", () => {
  check("radio", page("© 2024 VLLY", "Play Live Radio", "Next Up:", "0:00 0:00", "Available On Air Stations", "", "In a remote valley, thousands are made to work", "", BODY), {
    title: "In a remote valley, thousands are made to work", outlet: "VLLY",
  });
  check("breadcrumb", page("Home Blogs The Valley Ends Absolute Poverty", "", "The Valley Ends Absolute Poverty", "", "0", "The Valley Ends Absolute Poverty", "By Li Ming", "", BODY), {
    title: "The Valley Ends Absolute Poverty", author: "Li Ming", outlet: null,
  });
  check("note number", page("Economy of the valley", "", "Source: [1]", "", BODY), { title: "Economy of the valley", outlet: null });
  check("kind of page", page("Video Article", "", "GLOBALink | The Valley in Colors", "Valley Wire", "/ Categories: Video, News", "", "GLOBALink | The Valley in Colors", "", BODY), { title: "The Valley in Colors", outlet: null });
  check("online label", page("Relocation and herding incomes in three valley prefectures", "", "XIE Da-wei, ZHANG Nuo", "• Received:2020-01-06 Revised:2020-06-01 Online:2020-09-25 Published:2020-09-25", "", BODY), {
    title: "Relocation and herding incomes in three valley prefectures", outlet: null, published: "2020-09-25",
  });
});

test("an aggregator's taglines and blurb, a news site's name after a dash, a forum's printable title with underscores, 'Posted by: X date', 'cross-posted from:'", () => {
  check("aggregator", page(
    "Valley News Today : Breaking News, Live Updates & Top Stories | Aggregator",
    "",
    "Stay updated with breaking news from the valley. Get real-time updates on events, politics, business, and more. Visit us for reliable news and exclusive interviews from every corner of the valley today.",
    "",
    "Top News In The Valley Today - Breaking & Trending Today",
    "",
    "Plain facts about the valley's cotton speak louder than lies - Valley News",
    "",
    "2021-04-01 03:16:29 GMT2021-04-01 11:16:29(Beijing Time) Valley Wire English",
    BODY,
  ), { title: "Plain facts about the valley's cotton speak louder than lies", published: "2021-04-01", outlet: "Valley Wire" });
  check("printable thread", page("Printable version of thread", "", "Click here to view this topic in its original format", "", "ValleyJack Music Forum _ News and Politics _ The Valley's Cotton Pickers", "", "Posted by: Brett-Butler 15th December 2020, 05:39 PM", "", BODY), {
    title: "The Valley's Cotton Pickers", author: "Brett-Butler", published: "2020-12-15",
  });
  check("cross-post", page("cross-posted from: lemmy.example.org/post/42851967", "[…]", BODY), { title: null });
});

test("'Originally published on ...' names no outlet; 'Document' is a kind of page; an article a page says was published in a paper names that paper; markup left as text is chrome", () => {
  check("originally", page("The valley's war on poverty moves farmers off the land", "", "Oct 19, 2017", "Originally published on October 24, 2017 3:08 pm", "", BODY), {
    title: "The valley's war on poverty moves farmers off the land", published: "2017-10-19", outlet: null,
  });
  check("document", page("Li: Pro-Poor Development in the Valley", "", "Document", "", BODY), { title: "Li: Pro-Poor Development in the Valley", outlet: null });
  check("published in", page("Consul General Li Ming Publishes Signed Article in Valley Herald", "", "On March 16, Consul General Li Ming published a signed article in Valley Herald, a mainstream newspaper, titled \"Breaking the Curse\". The English translation of the full text is as follows:", "", BODY), {
    title: "Consul General Li Ming Publishes Signed Article in Valley Herald", outlet: "Valley Herald",
  });
  const { x } = extractFrom(page("Valley radio story", "", "  • <iframe src=\"\" width=\"100%\" height=\"290\" frameborder=\"0\" scrolling=\"no\">", "", BODY));
  assert.deepEqual(x.claims.map((c) => c.valueText), ["3,000"]);
});

test("a speech's first salutation under its title is no outlet", () => {
  check("salutation", page("Opening Remarks by Ambassador Tova Lind at the Hill Forum", "2022-03-04 10:00", "", "Honorable Governor Ma Lan,", "", "Distinguished guests,", "", BODY), {
    title: "Opening Remarks by Ambassador Tova Lind at the Hill Forum", outlet: null, published: "2022-03-04",
  });
});

test("a comment box's prompt, 'Metadata' and a labelled author on a date line: no headline, no outlet, the author", () => {
  check("comment prompt", page("What do you think? Leave a respectful comment.", "", "As tensions grow, a documentary looks at the valley's rise", "", BODY), { title: "As tensions grow, a documentary looks at the valley's rise" });
  check("metadata", page("Valley Experience WEB", "Metadata", "- September 7, 2022", "", BODY), { title: "Valley Experience WEB", outlet: null, published: "2022-09-07" });
  check("labelled author", page("The Rural Poor in the Valley Decreased by 1.38 Million in 2018", "", "2019-03-28 17:23:00 | Author:Valley Bureau of Statistics | Source:Valley Bureau of Statistics 2019-02-15", "", BODY), {
    title: "The Rural Poor in the Valley Decreased by 1.38 Million in 2018", author: "Valley Bureau of Statistics", outlet: "Valley Bureau of Statistics", published: "2019-03-28",
  });
});

test("a subreddit alone on the first line names the forum, and the post's figures are its author's; a podcast's first turn under the show's name is no outlet", () => {
  const thread = page("r/ValleyPolicy", "Posted by u/steppe_walker Feb 02 '22", "", "Did relocation raise incomes in the valley?", "", "412 Upvotes", "", "I read that 1.88 million people were moved. Is that real?", "", "57 comments");
  check("subreddit alone", thread, { title: "Did relocation raise incomes in the valley?", published: "2022-02-02", author: "steppe_walker", outlet: "r/ValleyPolicy" });
  assert.deepEqual(extractFrom(thread).x.claims.map((c) => [c.value, c.attributedTo]), [[1880000, "steppe_walker"]]);
  check("podcast turn", page("The Valley Podcast", "Manage episode 31 series 2", "Episode 3: Poverty lines explained", "", "Jane Roe 0:05", "Welcome back. Today I talk with Li Na about poverty lines.", "", "Li Na 0:41", "Thanks. The line was 2,300 yuan a year."), {
    title: "Episode 3: Poverty lines explained", outlet: "The Valley Podcast",
  });
});

test("'Report | March 2021' names the kind of page, not its publisher; 'KASHGAR, China (Reuters) -' credits the outlet, '(SICHUAN PROVINCE) -' no one", () => {
  check("report kind", page("Poverty in the Valley: Evidence from a Survey", "", "Valley Policy Institute", "Report | March 2021", "", "Authors: Maria Lopez, Kenji Sato", "", BODY), {
    title: "Poverty in the Valley: Evidence from a Survey", published: "2021-03-01", author: "Maria Lopez; Kenji Sato", outlet: "Valley Policy Institute",
  });
  check("city and country dateline", page("Cotton town bets on factories", "", "By Sam Reed", "", `KASHGAR, China (Reuters) - ${BODY}`), { title: "Cotton town bets on factories", author: "Sam Reed", outlet: "Reuters" });
  // A dateline's day with its year dates the page; a day without a year does not.
  check("dated dateline", page("Cotton town bets on factories", "", "By Sam Reed", "", `KASHGAR, China, Aug 14, 2020 (Reuters) - ${BODY}`), { title: "Cotton town bets on factories", published: "2020-08-14", author: "Sam Reed", outlet: "Reuters" });
  check("dateline without a year", page("Cotton town bets on factories", "", "By Sam Reed", "", `KASHGAR, Aug. 14 (Reuters) - ${BODY}`), { title: "Cotton town bets on factories", published: null, author: "Sam Reed", outlet: "Reuters" });
  // The province a dateline's place lies in, in brackets, credits no one.
  check("province in brackets", page("Cliff village moves down", "", "By Sam Reed", "", `LIANGSHAN YI AUTONOMOUS PREFECTURE (SICHUAN PROVINCE) - ${BODY}`), { title: "Cliff village moves down", author: "Sam Reed", outlet: null });
});

test("a paper's authors with their affiliations in brackets, and the journal under them; a credit line '( Agency )' or '(Courtesy: X)' names the outlet", () => {
  check("affiliated authors", page(
    "Credit, land and income in upland villages",
    "",
    "Mei Chen (School of Economics, Hill University, Chengdu, China)",
    "Tomas Berg (Institute of Rural Studies, Valley Academy of Sciences, Beijing, China)",
    "",
    "Journal of Rural Development Studies",
    "",
    "Publication date: 3 March 2020",
    "",
    BODY,
  ), { title: "Credit, land and income in upland villages", author: "Mei Chen; Tomas Berg", outlet: "Journal of Rural Development Studies", published: "2020-03-03" });
  check("credit under the date", page("Valley relocation moves 300,000", "", "Updated: 2019-05-02 10:11", "( Valley News Agency )", "", BODY), { title: "Valley relocation moves 300,000", outlet: "Valley News Agency" });
  check("courtesy at the end", page("Valley relocation moves 300,000", "", BODY, "", "(Courtesy: VNA)"), { title: "Valley relocation moves 300,000", outlet: "VNA" });
  check("no credit", page("Valley relocation moves 300,000", "", BODY, "", "(Continued)", "", "(Xinhua/Li Xin)"), { title: "Valley relocation moves 300,000", outlet: null });
});

test("a name set alone over the headline under a tracker's token is the masthead, a section word or a place is not; a leading date's site link is no outlet", () => {
  check("encyclopedia", page("fbpx", "Valleypedia", "", "Poverty in the Valley", "", BODY), { title: "Poverty in the Valley", outlet: "Valleypedia" });
  check("section word", page("Economy", "", "Poverty in the Valley", "", BODY), { title: "Poverty in the Valley", outlet: null });
  check("place", page("Xinjiang", "", "Poverty in the Valley", "", BODY), { title: "Poverty in the Valley", outlet: null });
  check("forum link", page(" date 2020-09-24 What's new", "", "Cliff villagers move to new homes", "", BODY), { title: "Cliff villagers move to new homes", outlet: null, published: "2020-09-24" });
});

test("a report's author signs with a degree below its photo caption; identifiers and a second download of an image are no figures", () => {
  const text = page("Beyond the Fields: Labour Transfer in the Valley", "", "Valley Journal of Policy, Vol. 7, No. 12, December 2019", "", "Workers board a bus.", "", "Anna Berg, Ph.D.", "Senior Fellow in Rural Studies", "", "1.0 Introduction", "", "ISSN: 1756-137X", "", "0 (1).jpg", "", "In this report it is argued that 442 workers were sent to one park.");
  check("degree", text, { title: "Beyond the Fields: Labour Transfer in the Valley", author: "Anna Berg", outlet: "Valley Journal of Policy" });
  assert.deepEqual(extractFrom(text).x.claims.map((c) => [c.value, c.attributedTo]), [[442, "Anna Berg"]]);
});

test("the browser's title over the page, 'Headline - Section - Site', names the site; a section or a kind of page after the headline does not", () => {
  check("browser title", page("Rural incomes in the valley pass 10,000 yuan - Exclusive - Valleynet", "", "Home > News > Exclusive >", "", "Rural incomes in the valley pass 10,000 yuan", "update:February 02,2018", "", BODY), {
    title: "Rural incomes in the valley pass 10,000 yuan", outlet: "Valleynet", published: "2018-02-02",
  });
  check("section only", page("Rural incomes in the valley pass 10,000 yuan | Business", "", "Rural incomes in the valley pass 10,000 yuan", "", BODY), { title: "Rural incomes in the valley pass 10,000 yuan", outlet: null });
});

test("a journal article's first page: the journal over the title, 'Article' before it, authors with their affiliations' numbers, and the affiliations, mail and history in one paragraph", () => {
  const text = page(
    "<<",
    "",
    "Journal of Upland Development Studies",
    "",
    "Article Credit Access and Household Income after Resettlement: Evidence from the Valley",
    "",
    "Mei Chen 1,* , Tomas Berg 2, Ana Ruiz 2,* and Li Ping 1",
    "",
    "1 School of Economics, Hill University, Hilltown 710055, China 2 Institute of Rural Studies, Valley Academy of Sciences, Beijing 100101, China * Correspondence: mei@hill.example (M.C.); Tel.: +86-029-8220-2249 (M.C.)  Received: 5 June 2019; Accepted: 19 July 2019; Published: 22 July 2019",
    "",
    "Abstract: Based on survey data from 1,240 households in five counties, we find that credit access raised incomes by 11 percent.",
  );
  check("journal article", text, {
    title: "Credit Access and Household Income after Resettlement: Evidence from the Valley", published: "2019-07-22", author: "Mei Chen; Tomas Berg; Ana Ruiz; Li Ping", outlet: "Journal of Upland Development Studies",
  });
  // No affiliation number, postal code or telephone is a figure; the paper's own figures are its authors'.
  assert.deepEqual(extractFrom(text).x.claims.map((c) => [c.value, c.attributedTo]), [
    [1240, "Mei Chen, Tomas Berg, Ana Ruiz and Li Ping"], [5, "Mei Chen, Tomas Berg, Ana Ruiz and Li Ping"], [11, "Mei Chen, Tomas Berg, Ana Ruiz and Li Ping"],
  ]);
  // (A numbered list's first item is no affiliation: it has no postal code, mail or telephone.)
  assert.ok(extractFrom(page("Steps taken in the valley", "", "1 School meals at Hill University were given to 3,000 pupils.")).x.claims.some((c) => c.value === 3000));
});

test("a byline's paper in brackets ('By A and B in Kunming (Valley Daily)', 'By A / 11-09-2017 / (Valley Social Sciences Today)'); a print page's label and a journal's 'Next Article' link are no author or outlet", () => {
  check("brackets", page("Valley promises to raise incomes", "", "Updated: 2014-01-28 09:46", "", "By Hu Yong and Li Ying in Hilltown (Valley Daily)", "", BODY), {
    title: "Valley promises to raise incomes", author: "Hu Yong; Li Ying", outlet: "Valley Daily", published: "2014-01-28",
  });
  check("slashes", page("Relocation offers an approach to reducing poverty", "", "By WANG XIAO / 11-09-2017 / (Valley Social Sciences Today)", "", BODY), {
    title: "Relocation offers an approach to reducing poverty", author: "Wang Xiao", outlet: "Valley Social Sciences Today", published: "2017-11-09",
  });
  check("print page", page("The story appears on", "", "Page A6", "", "June 21, 2018", "", "GET this page in PDF", "", "Valley school keeps its doors open", "", BODY), {
    title: "Valley school keeps its doors open", author: null, outlet: null, published: "2018-06-21",
  });
  check("journal links", page("Next Article in Journal", "", "Previous Article in Journal", "", "Quality of life in the valley after relocation", "", BODY), { title: "Quality of life in the valley after relocation", outlet: null });
});

test("a forum member's rank ('ELITE MEMBER', 'Chief Minister (5k+ posts)') and the values under a profile's labels are chrome; the name over the rank is the post's author", () => {
  const thread = page("Villagers move to new homes", "", "valley_walker", "", "ELITE MEMBER", "Joined", "Nov 4, 2011", "Reaction score", "-55", "Country", "China", "", "The county moved 31 households to new homes.");
  check("profile", thread, { title: "Villagers move to new homes", author: "valley_walker" });
  assert.deepEqual(extractFrom(thread).x.claims.map((c) => c.value), [31]);
  const ranked = page("Jobs, houses and cows", "", "Aslan", "", "Chief Minister (5k+ posts)", "", "The county gave 300 cows to farmers.");
  check("rank", ranked, { title: "Jobs, houses and cows", author: "Aslan", outlet: null });
  assert.deepEqual(extractFrom(ranked).x.claims.map((c) => c.value), [300]);
});

test("a share bar with type-size buttons, a label in Chinese script and a count is chrome", () => {
  assert.deepEqual(extractFrom(page("Valley promises to raise incomes", "", "Print Mail Large Medium Small 分享按钮 0", "", BODY)).x.claims.map((c) => c.value), [3000]);
});

test("a subreddit's link far down the thread and a post's flair ('Discussion') name no outlet", () => {
  const lines = ["r/ValleyPolicy", "Mar 08 '21", "Posted by u/dust_and_apricots", "", "Taught for two years in a valley county", "", "Discussion", "", "I taught English at a middle school with about 1,400 students."];
  for (let k = 0; k < 12; k++) lines.push("", `A reply with ${k + 2} thoughts on the school.`);
  lines.push("", "r/OtherForum", "", "More posts you may like");
  // (A short "Posted by u/..." line over the title is the byline, not a section label.)
  check("thread", page(...lines), { title: "Taught for two years in a valley county", outlet: "r/ValleyPolicy", author: "dust_and_apricots" });
});

test("a paper's authors each over an unlabelled affiliation; 'Created Jul 15 2020, 10:15 AM by X' dates the post and names its writer; a standfirst's 'Valley Post correspondent Edwin Ong' names writer and paper", () => {
  check("unlabelled affiliations", page(
    "Research on rural poverty in the valley",
    "",
    "Qiangjing Zhang",
    "",
    "Faculty of Mathematics, Valley Minzu University, Kunming 650000, China",
    "",
    "Shuya Zhang",
    "",
    "Faculty of Economics, Valley Minzu University, Kunming 650000, China",
    "",
    "Abstract: We find 4,277 poor villages.",
  ), { title: "Research on rural poverty in the valley", author: "Qiangjing Zhang; Shuya Zhang" });
  check("created by", page("Blog » The power of e-commerce", "", "The power of e-commerce", "", "Created Jul 15 2020, 10:15 AM by Anastasiia Krasilnikova", "", BODY), {
    title: "The power of e-commerce", published: "2020-07-15", author: "Anastasiia Krasilnikova", outlet: null,
  });
  check("correspondent", page("Lifting the poorest out of poverty in the valley", "As the valley's efforts go on, Valley Post correspondent Edwin Ong visits a community deep in the mountains.", "", BODY), {
    title: "Lifting the poorest out of poverty in the valley", author: "Edwin Ong", outlet: "Valley Post",
  });
  // (A long standfirst that names its writer in its last sentence.)
  const questions = "How is rapid change affecting the valley's old ways? Are the two at odds, and can the herders choose for themselves? How do the county's policies fare, and what criticisms do they face? ";
  check("correspondent last", page("Lifting the poorest out of poverty in the valley", `Following the county's new policies, herders seem to be leaving their old livelihoods behind and carving out new lives in town. ${questions}${questions}Valley Post correspondent Edwin Ong joins a press tour to find out.`, "", BODY), {
    title: "Lifting the poorest out of poverty in the valley", author: "Edwin Ong", outlet: "Valley Post",
  });
});

test("a forum's display name of two words over the member's rank is the post's author; a wire release's dateline gives its day and service", () => {
  check("display name", page("What's new", "", "Valley fulfils a dream to end poverty", "", "Hamartia Antidote", "", "ELITE MEMBER", "Joined", "Nov 17, 2013", "Messages", "35,188", "", "The county moved 3,000 families."), {
    title: "Valley fulfils a dream to end poverty", author: "Hamartia Antidote",
  });
  check("wire release", page("GUIYANG, China, July 30, 2020 /ValleyWire/ -- Message alerts kept popping up on the phone of Long Rui, head of a shop that sold 3,000 parcels."), {
    title: null, published: "2020-07-30", outlet: "ValleyWire",
  });
});

test("'Last Modified: date | Outlet', 'Written by Name', 'Name, Staff Writer' under a date, and a date with its clock after an author's note", () => {
  check("last modified", page("Home | News", "Last poor counties exit the list", "Last Modified: 2020-11-23 09:12 | Valley Times", BODY), { title: "Last poor counties exit the list", published: "2020-11-23", outlet: "Valley Times" });
  check("written by", page("Relief drive hits its target", "Written by Tom Lee", "Monday, 23 November 2020 14:05", BODY), { title: "Relief drive hits its target", published: "2020-11-23", author: "Tom Lee", outlet: null });
  check("staff writer", page("Relief drive hits its target", "November 24, 2020 | 3 min read", "Tom Lee, Staff Writer", BODY), { title: "Relief drive hits its target", published: "2020-11-24", author: "Tom Lee", outlet: null });
  check("opinion page", page("Opinion | Relief drive hits its target", "Jane Roe", "Jane Roe is a senior fellow at the Valley Institute.", "November 24, 2020 at 5:00 a.m. EST", BODY), { title: "Opinion | Relief drive hits its target", published: "2020-11-24", author: "Jane Roe" });
});

test("a wiki page: 'From Wikipedia, the free encyclopedia' names the outlet, and the contents' '(Top)' is no credit", () => {
  check("wiki", page("Valley poverty relief - Wikipedia", "Jump to content", "Main menu", "Contents hide", "(Top)", "Background", "Valley poverty relief", "From Wikipedia, the free encyclopedia", BODY), { title: "Valley poverty relief", outlet: "Wikipedia" });
});

test("a paper's name over the date line ('Nation Africa', 'The Standard') is the outlet, not a second author", () => {
  check("masthead under byline", page("Weavers find a market", "By Amina Odhiambo", "Nation Africa", "Saturday, March 14, 2020", BODY), { title: "Weavers find a market", published: "2020-03-14", author: "Amina Odhiambo", outlet: "Nation Africa" });
});

test("a run of other stories' headlines over the page's own is a list of links; a standfirst a few words longer than the headline over the byline is no headline", () => {
  check("related links", page(
    "18K adoptions since 2019, few children find homes",
    "Police arrest man after shooting at a sweet shop",
    "Student mistakes pistol for toy, brings it to school",
    "School celebrates the harvest festival in the valley",
    "Collector urges self-sufficiency of women's groups",
    "- Cheques of Rs 55 crore handed to 491 self-help groups",
    "Valley: The district collector handed cheques of Rs 55 crore to 491 self-help groups on Sunday and said the groups had repaid their loans on time.",
  ), { title: "Collector urges self-sufficiency of women's groups" });
  check("standfirst", page(
    "Top News",
    "Leader sees fruit of poverty relief in valley",
    "Hill village shows clear benefits from relocation, jobs at garment workshop",
    "By CAO DESHENG | VALLEY DAILY | Updated: 2021-02-05 00:00",
    BODY,
  ), { title: "Leader sees fruit of poverty relief in valley", author: "Cao Desheng", outlet: "Valley Daily" });
});

test("a wire service names the outlet: 'By:Xinhua' after the date, 'told PTI' in the text, '(PTI)' in a dateline after a page's glued date; a photo's credit '(Name / Paper)' names the paper", () => {
  check("by colon", page("Village tours bring new roads", "December 29,2016   By:Xinhua", `BEIJING, Dec. 29, 2016 -- ${BODY}`), { title: "Village tours bring new roads", published: "2016-12-29", outlet: "Xinhua" });
  check("told PTI", page("Migrants walk home to the valley", `${BODY} The village has received over 400 workers, its head Poonam Devi told PTI over the phone.`), { title: "Migrants walk home to the valley", outlet: "PTI" });
  check("glued date and dateline", ` date 2025-07-02 Jaipur, Jul 2 (PTI) ${BODY}\n`, { title: null, published: "2025-07-02", outlet: "PTI" });
  check("photo credit", page("Advertisement", "A dream to end poverty in the valley", "Two farmers stand among their trees after the villagers moved.", "(Alice Su / Valley Times)", "Share", BODY), { title: "A dream to end poverty in the valley", outlet: "Valley Times" });
  // ("(Photos: Alice Su, unless otherwise stated)": a photographer and a note on the credit name no paper.)
  check("credit with a note", page("A dream to end poverty in the valley", "Two farmers stand among their trees.", "(Photos: Alice Su, unless otherwise stated)", BODY), { title: "A dream to end poverty in the valley", outlet: null });
});

test("a date glued before the headline ('date 2021-02-25 Analysis: ...'), a writer's name over '·3 min read', a site in a byline's brackets, 'by' and a name in lower case over a section run into the day, a byline run into the first sentence, and a paper in a photo credit in capitals", () => {
  check("glued date", page(" date 2021-02-25 Analysis: Valley claims of ending poverty are a house of cards", "", "Sophia Yan", "·3 min read", BODY), {
    title: "Analysis: Valley claims of ending poverty are a house of cards", published: "2021-02-25", author: "Sophia Yan",
  });
  check("site in brackets", page("Poverty relief in the valley", "", "By Yang Fan ( valleydaily.com.cn )", "", "Updated: 2017-03-07", BODY), { title: "Poverty relief in the valley", published: "2017-03-07", author: "Yang Fan", outlet: "valleydaily.com.cn" });
  check("lower-case byline", page("logo", "ADVERTISEMENT", "Sh26 billion windfall for poor households", "The project will be run by the social protection department of the valley.", "image", "by lewis nyaundi", "Eastern05 May 2019 - 16:57", BODY), {
    title: "Sh26 billion windfall for poor households", published: "2019-05-05", author: "Lewis Nyaundi", outlet: null,
  });
  check("run-on byline", page("ADVERTISEMENT", "Cash programme reaches more poor households", "Published Jan 30, 2020 12:00 am", `By Charissa Luci-Atienza More than 4.8 million poor households have benefitted, the secretary said. He praised the staff (John Jerome Ganzon / VALLEY BULLETIN FILE PHOTO) for their work.`), {
    title: "Cash programme reaches more poor households", published: "2020-01-30", author: "Charissa Luci-Atienza", outlet: "Valley Bulletin",
  });
});

test("a headline set twice at the top is the title however it reads; a paper's authors with an initial and a mark ('Anthony Howell and C. Cindy Fan1'); a journal with its issue after it; a writer's name run into the clock; 'Press Releases' is a section", () => {
  check("twice", page("Li Wei: Over the past year, we have met the main targets of the valley's development.", "Li Wei: Over the past year, we have met the main targets of the valley's development.", BODY), {
    title: "Li Wei: Over the past year, we have met the main targets of the valley's development.",
  });
  check("initialled authors", page("<<", "Migration and Inequality in the Valley: A Survey of Migrants", "Anthony Howell and C. Cindy Fan1", BODY), { title: "Migration and Inequality in the Valley: A Survey of Migrants", author: "Anthony Howell; C. Cindy Fan" });
  check("journal issue", page("Rethinking Poverty Relief in the Western Valleys", "2017-11-20 10:50ZhangJianjun", "Contemporary Valley Sciences 2017年5期", "Zhang Jianjun*", BODY), {
    title: "Rethinking Poverty Relief in the Western Valleys", published: "2017-11-20", author: "Zhang Jianjun", outlet: "Contemporary Valley Sciences",
  });
  check("press releases", page("Press Releases", "UN Expert: Poverty Relief Needs Accountability", `GENEVA – ${BODY}`), { title: "UN Expert: Poverty Relief Needs Accountability", outlet: null });
});

test("a wiki's '= Title =' is the title without its marks; a caption's markup and '(File photo)' caption are no headline; a search box's lines are navigation", () => {
  check("wiki markup", page("= Poverty in the Valley =", "", BODY), { title: "Poverty in the Valley" });
  check("caption markup", page("1.3M beneficiaries no longer considered 'poor': ministry", "", "<p>Beneficiaries <em>(File photo)</em></p>", "", "Beneficiaries (File photo)", "", `MANILA – ${BODY}`), { title: "1.3M beneficiaries no longer considered 'poor': ministry" });
  check("search box", page("Can't find what you're looking for?", "View all search resultsCan't find what you're looking for?", `View all search results${BODY}`), { title: null });
});

test("a forum handle may hold an apostrophe ('T'krm'), and a rank under it ('Superstar') is no author", () => {
  check("rank", page("With 87m poor citizens, the valley overtakes its neighbour", "", "T'krm", "", "Superstar", "Joined", "Jul 10, 2014", "Messages", "3,554", BODY), { title: "With 87m poor citizens, the valley overtakes its neighbour", author: "T'krm" });
});

test("a press release: the body its lede has speaking today is the publisher, never a person or a place", () => {
  const release = (lede: string) => documentFrom(["Aid cuts leave millions hungry", "- Short URL:", lede, "Across the region 40 million people need food."].join("\n\n") + "\n");
  assert.equal(release("Food prices rose 30 percent this year, Helpwell said today.").metadata.outlet, "Helpwell");
  assert.equal(release("Food prices rose 30 percent, the Regional Food Programme said in a report released today.").metadata.outlet, "Regional Food Programme");
  assert.equal(release("Food prices rose 30 percent, WFP warned today.").metadata.outlet, "WFP");
  // A person first named in full, a titled one, and a country are speakers, not publishers.
  assert.equal(release("Food prices rose, said Jane Roe, head of Helpwell. Roe said today that 40 percent went hungry.").metadata.outlet, null);
  assert.equal(release("Food prices rose 30 percent, Dr Roe said today.").metadata.outlet, null);
  assert.equal(release("Food prices rose 30 percent, China said today.").metadata.outlet, null);
});

test("a headline set as a sentence is the headline over a byline with its paper ('Jane Roe, Valley Times') or a date line; over more text it is the text", () => {
  const headline = "In a bold move, the county sends 3,000 workers back to its factories.";
  check("over writer and paper", page(headline, "", "Jane Roe, Valley Times", "", "Feb 26,2020,Hilltown", "", BODY), { title: headline, published: "2020-02-26", author: "Jane Roe", outlet: "Valley Times" });
  check("over a date line", page(headline, "", "March 4, 2021", "", BODY), { title: headline, published: "2021-03-04" });
  check("over more text", page(headline, "", BODY), { title: null });
  // A line that is no name and paper ('Post on 03-Mar-2020') is no byline.
  check("post date", page("Herders move down", "", "Post on 03-Mar-2020", "By Jane Roe", "", BODY), { title: "Herders move down", published: "2020-03-03", author: "Jane Roe", outlet: null });
});

test("a white paper carried whole: 'White Paper' under the title is its kind, a site's name run into 'Updated:' dates it, and its figures are the issuer's", () => {
  const text = page(
    "Full Text: Valley Population and Data", "", "White Paper",
    "The State Council Information Office on Sunday released a white paper titled \"Valley Population and Data.\"", "",
    "ValleyNewsUpdated: September 26, 2021", "",
    "The population of the valley grew at 1.5 percent a year.",
  );
  check("white paper", text, { title: "Full Text: Valley Population and Data", published: "2021-09-26", outlet: "ValleyNews" });
  assert.deepEqual(extractFrom(text).x.claims.map((c) => [c.value, c.attributedTo]), [[1.5, "State Council Information Office"]]);
  // A news story about a white paper still speaks for its outlet.
  const story = page("Valley issues population paper", "", "Valley Daily", "", "The State Council Information Office on Sunday released a white paper. The population of the valley grew at 1.5 percent a year.");
  assert.deepEqual(extractFrom(story).x.claims.map((c) => [c.value, c.attributedTo]), [[1.5, "Valley Daily"]]);
});

test("a wiki's title is the line over its tagline, however short, not a row of its infobox; a paper's title is the line over its authors, not its issue's name above", () => {
  check("wiki mirror", page("Hilltown County", "", "From Wikipedia, the free encyclopedia", "Jump to navigation Jump to search", "Hilltown County", "Country China", "Province Sichuan", "Prefecture Liangshan Yi Autonomous Prefecture", "", "Hilltown County is a county of Sichuan Province, China, with 300,000 people in 20 townships."), {
    title: "Hilltown County", outlet: "Wikipedia",
  });
  // A paper's title in title case over its authors, a line each, under a special issue's name.
  check("paper under its issue's name", page("Assessing Change in Upland Villages", "", "The Effects of Relocation on the Incomes of Herders in Two Resettled Villages of the Valley", "", "• MEI Chen 1, 2 ,", "• HAN Guoqiang 1", "", "Abstract", "", "Relocation moved 10 million people between 2016 and 2020."), {
    title: "The Effects of Relocation on the Incomes of Herders in Two Resettled Villages of the Valley", author: "Mei Chen; Han Guoqiang",
  });
});

test("an op-ed's writer under the title with an honorific ('Dr. Lok Nath Bhusal') is its author, not its publisher, and 'This shows that' is the writer's own reasoning", () => {
  const text = page("The Valley Way of Poverty Alleviation", "", "Dr. Lok Nath Bhusal", "", "About 99 million people have been lifted out of poverty since 2012. This shows that about 12 million people left poverty each year.");
  check("honorific byline", text, { title: "The Valley Way of Poverty Alleviation", author: "Lok Nath Bhusal", outlet: null });
  assert.deepEqual(extractFrom(text).x.claims.map((c) => [c.value, c.attributedTo]), [[99000000, "Lok Nath Bhusal"], [12000000, "Lok Nath Bhusal"]]);
});

test("a dateline's credit names the copy's source over a channel's name above the headline, not over a paper named under it", () => {
  const wire = `URUMQI, July 4 (Xinhua) -- ${BODY}`;
  check("channel above", page("West Valley", "", "Industry plays big role in the valley", "", "2018-07-05 09:05:45", "", wire), { title: "Industry plays big role in the valley", outlet: "Xinhua" });
  check("paper under", page("Industry plays big role in the valley", "", "Valley Daily", "", wire), { title: "Industry plays big role in the valley", outlet: "Valley Daily" });
});

test("a date line with the day before its month and a comma ('15, Mar 2019 , 9:39 pm') dates the page to the day", () => {
  check("day, month year", page("The valley on the way to prosperity", "15, Mar 2019 , 9:39 pm", "", BODY), { title: "The valley on the way to prosperity", published: "2019-03-15", precision: "day" });
});

test("an English page under a long line of Chinese spam: the spam is chrome, the headline under the breadcrumb is the title, and a paper's name in capitals is written as a name", () => {
  // (Latin letters outnumber the Han characters about three times over, as on the page this form was seen on.)
  const spam = Array.from({ length: 24 }, (_, k) => `欧美色图片${k}国产精品一区`).join(" I ");
  const text = page(spam, "", "Home / China / Society", "", "10m expected to escape poverty", "", "By LI LEI | CHINA DAILY | Updated: 2019-12-23 07:02", ...Array.from({ length: 8 }, () => ["", BODY]).flat());
  const letters = (re: RegExp) => text.match(re)?.length ?? 0;
  assert.ok(letters(/[A-Za-z]/g) > 2 * letters(/[\u3400-\u9fff]/g) && letters(/[A-Za-z]/g) < 4 * letters(/[\u3400-\u9fff]/g));
  check("spam-wrapped", text, { title: "10m expected to escape poverty", published: "2019-12-23", author: "Li Lei", outlet: "China Daily" });
});

test("a short headline in sentence case over a standfirst twice its length is the headline; a photo's credit in capitals ('JIN DING/VALLEY DAILY') is none", () => {
  check("op-ed", page("Home / Opinion / Global Views", "", "Five pillars of stability", "", "Poverty alleviation and development integral to the stability efforts in the valley", "", "By DENG YANTING | Valley Daily Global | Updated: 2021-09-01 07:35", "Share", "JIN DING/VALLEY DAILY", "", BODY), {
    title: "Five pillars of stability", author: "Deng Yanting", outlet: "Valley Daily Global",
  });
});

test("'Publication: China Brief Volume: 24 Issue: 5' names the journal, the outlet; the line over it is the title", () => {
  check("journal label", page("Labour Transfers in the Valley: Assessing Their Continuation in 2023", "", "Publication: Valley Brief Volume: 24 Issue: 5", "", BODY), {
    title: "Labour Transfers in the Valley: Assessing Their Continuation in 2023", outlet: "Valley Brief",
  });
});

test("a wire dateline with its service between spaced slashes and no year ('HILLTOWN, China, May 20 / DNA /  = :') names the outlet, dates nothing, and is no speaker's line", () => {
  const text = page("Student hails the valley's campaign", "", "", "HILLTOWN, China, May 20 / DNA /  = : “To help the needy is a great accomplishment,” said Talha Elahi, a student who spent two months in the valley.");
  check("spaced wire", text, { title: "Student hails the valley's campaign", published: null, outlet: "DNA" });
  assert.deepEqual(extractFrom(text).x.quotes.map((q) => q.speaker), ["Talha Elahi"]);
});

test("a caption with its credit after the sentence ('... province. VALLEY DAILY') is no headline; a distance locator ('1528km to Beijing') is none; a section named for a country ('China') is no publisher", () => {
  check("caption credit", page("Travel", "Home / Travel / City Tours", "", "Highways help villagers out of poverty", "", "By MA JINGNA in Lanzhou | Valley Daily | Updated: 2021-05-04 10:17", "Share", "Share - WeChat", "Farmers dry wolfberries in Guazhou county of Jiuquan, Gansu province. VALLEY DAILY", "", BODY), {
    title: "Highways help villagers out of poverty", author: "Ma Jingna", outlet: "Valley Daily",
  });
  check("locator", page("jpg", "Valley Footprint: Efforts to relocate the rural poor encounter headwind", "China", "By Tao Yuan", "1528km to Beijing", "", "2017-09-09 17:30 GMT+8", "", BODY), {
    title: "Valley Footprint: Efforts to relocate the rural poor encounter headwind", author: "Tao Yuan", outlet: null,
  });
});

test("a topic's label of a few words right over a far longer headline is the label ('Poverty in Hilltown'); a byline with the writer's address between name and paper ('- By ZHANG WENFANG zw@valleydaily.com VALLEY DAILY')", () => {
  check("topic label", page("Poverty in Hilltown", "", "The forgotten farm families in the valley's anti-poverty campaign: how the rural poor fall through the cracks", "", "A single mother who was denied aid rejected her neighbours’ idea that she sell her daughters, saying she will carry on however hard life is: ‘I will carry on’", "", "PUBLISHED : Monday, 11 June, 2018, 7:02am", "", BODY), {
    title: "The forgotten farm families in the valley's anti-poverty campaign: how the rural poor fall through the cracks", published: "2018-06-11",
  });
  check("address in byline", page("Valley Daily Global Weekly", "", "Boosting incomes in the hinterland", "", "Cooperatives and incubators aid poverty alleviation in the valley's northwest", "", "- By ZHANG WENFANG zw@valleydaily.com VALLEY DAILY", "", BODY), {
    title: "Boosting incomes in the hinterland", author: "Zhang Wenfang", outlet: "Valley Daily",
  });
});

test("a dateline with the paper after the day and no brackets ('HILLTOWN, January 17, Valley Daily -- ...') names the outlet; a broadcast's intro handing over to its reporter ('Meng Qingsheng reports.') names the author", () => {
  check("plain dateline", page("Valley to build on recent successes", "", `HILLTOWN, January 17, Valley Daily -- ${BODY}`), { title: "Valley to build on recent successes", published: null, outlet: "Valley Daily" });
  check("sign-off", page("Mega project to relocate 100,000 mountain dwellers", "Beijing Time:2020-03-30 16:40:39", "", "The valley has set a deadline to end extreme poverty. Local officials are relocating mountain dwellers this month. Meng Qingsheng reports.", "", BODY), {
    title: "Mega project to relocate 100,000 mountain dwellers", author: "Meng Qingsheng",
  });
});

test("a paper's own photographers name it when nothing else does: 'Photo: Name/ VT', '/VTN Photo', '[Photo: Valley Plus/Name]'; a wire service's or a picture agency's credit names no one", () => {
  const caption = (credit: string) => page("Policies help rural families shake off poverty", "", "By Shan Jie and Zhao Juecheng", "", `Sheep roam at a farm in Keping county. ${credit}`, "", BODY);
  check("labelled", caption("Photo: Shan Jie/ VT"), { title: "Policies help rural families shake off poverty", outlet: "VT" });
  check("signed", caption("/VTN Photo"), { title: "Policies help rural families shake off poverty", outlet: "VTN" });
  check("bracketed", page("Valley looks to roads for poverty reduction", `A local resident is seen at her home in Bahao Village. [Photo: Valley Plus/Wang Xin]`, BODY), { title: "Valley looks to roads for poverty reduction", outlet: "Valley Plus" });
  check("wire photo", caption("[Photo/Xinhua]"), { title: "Policies help rural families shake off poverty", outlet: null });
  check("agency photo", caption("(Photo by Xinhua News Agency)"), { title: "Policies help rural families shake off poverty", outlet: null });
  check("picture agency", caption("Photo: Li Fang/ Getty Images"), { title: "Policies help rural families shake off poverty", outlet: null });
  // ("[Photo Courtesy: Valley Daily]": a picture another paper lent names that paper, not the page's.)
  check("lent photo", caption("[Photo Courtesy: Valley Daily]"), { title: "Policies help rural families shake off poverty", outlet: null });
  // A page whose byline names its paper keeps it over a photographer's.
  check("byline first", page("Policies help rural families shake off poverty", "By Li Wei | Valley Daily | 2020-01-15", `Sheep roam at a farm. Photo: Shan Jie/ VT`, BODY), { title: "Policies help rural families shake off poverty", outlet: "Valley Daily" });
});

test("a broadcaster names itself at work by its letters: 'VTV reporter is covering ...', 'a VTV correspondent found'; 'according to a UN reporter' cites another", () => {
  check("reporter", page("Villagers leave their shanties for new houses", "", "The county moved 3,000 families this year.", "VTV reporter is covering the county's efforts in a five-episode special report."), { title: "Villagers leave their shanties for new houses", outlet: "VTV" });
  check("correspondent", page("Villagers leave their shanties for new houses", "", "The county moved 3,000 families, a VTV correspondent found."), { title: "Villagers leave their shanties for new houses", outlet: "VTV" });
  check("cited", page("Villagers leave their shanties for new houses", "", "The county moved 3,000 families, according to a UN reporter."), { title: "Villagers leave their shanties for new houses", outlet: null });
});

test("a journal's citation line ('Journal of Upland Studies  2021, Vol. 20 Issue (4): 891-904    DOI: ...') names the outlet and dates the page by its year; a review date under it does not", () => {
  check("citation line", page("Please wait a minute...", "Journal of Upland Studies  2021, Vol. 20 Issue (4): 891-904    DOI: 10.1016/S2095-3119(20)63583-3", "Income effects of the relocation programme on rural farmers", "LENG Gan-xiao1, FENG Xiao-long2", "Received: 20 February 2020   Accepted: 3 May 2020", "", "This paper analyses the impact of the relocation programme on the income of 3,000 households."), {
    title: "Income effects of the relocation programme on rural farmers", published: "2021-01-01", precision: "year", outlet: "Journal of Upland Studies",
  });
});

test("a paper's date run into its title near the top ('1 November 2017 Determinants of Off-Farm Work in the Valley') dates the page; an 'Open Access' badge is no headline", () => {
  check("dated title", page("Open Access", "1 November 2017 Determinants of Off-Farm Work in the Valley Region", "Mei Chen, Tomas Berg", "", "This study examined 3,000 households in the valley."), {
    title: "Determinants of Off-Farm Work in the Valley Region", published: "2017-11-01", precision: "day",
  });
});

test("an encyclopedia's entry on a person is titled with the name its first sentence opens on, and has no author; a name over other prose is still a byline", () => {
  check("entry", page("Li Fangmei", "", "Li Fangmei (born 15 June 1957) is a teacher who founded the first free high school for girls in the valley.", "", "She taught 1,804 girls."), { title: "Li Fangmei", author: null });
  check("byline", page("Girls' school opens in the valley", "Li Fangmei", "", "The first free high school for girls in the valley opened with 100 pupils."), { title: "Girls' school opens in the valley", author: "Li Fangmei" });
});

test("a paper's authors, three names or more and nothing else near the top, are its authors though one name is of no form the lists know; two such names are not", () => {
  const paper = (names: string) => page("Open Access", "How to read this page", "1 November 2017 Determinants of Off-Farm Work in the Valley Region", names, "Author Affiliations +", "Abstract", "", "This study examined 3,000 households in the valley.");
  assert.equal(documentFrom(paper("Jianzhong Yan, Huilian Li, Xiaobo Hua, Kui Peng, Yili Zhang")).metadata.author, "Jianzhong Yan; Huilian Li; Xiaobo Hua; Kui Peng; Yili Zhang");
  assert.equal(documentFrom(paper("Jianzhong Yan, Torvald Berg, Ana Ruiz")).metadata.author, null);
});

test("a block of short lines set apart by blank lines ('Learning Chinese' / 'Learn to Cook Chinese Dishes' / 'Exchange Rates') is a site's menu, never the headline or the outlet", () => {
  check("menu blocks", page("WEATHER", "CHINA", "BUSINESS", "Learning Chinese", "Learn to Cook Valley Dishes", "Exchange Rates", "", "", "Hot Links", "Valley Development Gateway", "Valley Embassies", "", "", "Valley Expects Migrations", "", BODY), { title: "Valley Expects Migrations", outlet: null });
  // A headline over its byline and date, with no blank line between, is no menu.
  check("headline block", page("Valley Expects Migrations", "By Li Wei", "2020-01-15", "", BODY), { title: "Valley Expects Migrations", author: "Li Wei", outlet: null });
});

test("'By:Xinhua' and 'By:Valley Tibet Online' under the title are the outlet and no author; a label that calls a body the author ('Author:Valley Bureau of Statistics') keeps it as both; 'Reporter:' over a question cut off is no byline", () => {
  check("wire", page("Villages explore the way out of poverty", "January 09,2017   By:Xinhua", `CHENGDU, Jan. 9, 2017 -- ${BODY}`), { title: "Villages explore the way out of poverty", author: null, outlet: "Xinhua" });
  check("publisher", page("All-out efforts for the valley: Wu Ying", "", "By:Valley Tibet Online", "update:April 16,2018", "", BODY), { title: "All-out efforts for the valley: Wu Ying", author: null, outlet: "Valley Tibet Online" });
  check("labelled author", page("Rural poor fell in 2018", "2019-03-28 17:23:00 | Author:Valley Bureau of Statistics | Source:Valley Bureau of Statistics 2019-02-15", "", BODY), { title: "Rural poor fell in 2018", author: "Valley Bureau of Statistics", outlet: "Valley Bureau of Statistics" });
  check("cut-off turn", page("All-out efforts for the valley: Wu Ying", "By Li Wei", "", "Reporter: How will the valley overcome its difficulties in the years to come, and what will it do first?", "", "Wu Ying: Over two years, the valley brought 280,000 people out of poverty.", "", "Reporter: The Qinghai-Tibet Plateau i"), { title: "All-out efforts for the valley: Wu Ying", author: "Li Wei" });
});

test("'Added On March 14, 2019' under a broadcaster's name dates the page; a wiki's title set again under it is no outlet; 'told Radio Free Asia' names another, where 'told the Valley Times Tuesday' names the page's own", () => {
  check("added on", page("Deputies on poverty and ecology", "", "VTN", "Added On March 14, 2019", "", BODY), { title: "Deputies on poverty and ecology", published: "2019-03-14", outlet: "VTN" });
  check("wiki repeat", page("= Hill County =", "", "Hill County", "- Population: 286,900", "", BODY), { title: "Hill County", outlet: null });
  check("another's radio", page("Hill County", "", `${BODY} An official told Radio Free Valley that fasting was not allowed.`), { title: "Hill County", outlet: null });
  check("own paper", page("Hill County", "", `${BODY} An official told the Valley Times Tuesday that 300 families left.`), { title: "Hill County", outlet: "Valley Times" });
});

test("a print edition's date over the headline ('Mon, Jan 08, 2018 - Page 7 News List') dates the page and is no headline; 'By Tom Roe / The Valley Times, HILLTOWN VILLAGE, China' is a byline with its paper and where it was filed from, not a trail of links", () => {
  check("print page", page("Mon, Jan 08, 2018 - Page 7 News List", "", "Valley to move millions from their homes in anti-poverty drive", "", "Mass relocation from remote villages is part of an ambitious push to end poverty in the valley by 2020", "", "By Tom Roe\u00a0 /\u00a0 The Valley Times, HILLTOWN VILLAGE, China", "", BODY), {
    title: "Valley to move millions from their homes in anti-poverty drive", published: "2018-01-08", author: "Tom Roe", outlet: "The Valley Times",
  });
});

test("'by Xinhua writers Cao Bin, Cheng Lu, Zhang Jingpin' names the agency as the outlet and its writers as the authors", () => {
  check("agency writers", page("Relocation changing lives on the plateau", "", "by Valley Wire writers Cao Bin, Cheng Lu, Zhang Jingpin", "", BODY), { title: "Relocation changing lives on the plateau", author: "Cao Bin; Cheng Lu; Zhang Jingpin", outlet: "Valley Wire" });
  // (A serial comma before the last name: "..., Cheng Lu, and Zhang Jingpin".)
  check("serial comma", page("Relocation changing lives on the plateau", "", "By Valley Wire writers Cao Bin, Cheng Lu, and Zhang Jingpin", "", BODY), { title: "Relocation changing lives on the plateau", author: "Cao Bin; Cheng Lu; Zhang Jingpin", outlet: "Valley Wire" });
});

test("a masthead over the site's tagline ('Valley Winter' over 'A magazine on religious liberty and human rights') is the outlet, below a menu too", () => {
  check("tagline", page("• Skip to main content", "• HOME", "• NEWS", "", "Valley Winter", "", "A magazine on religious liberty and human rights", "", "Thu, March 4, 2021", "", "Home / China / News China", "", "Poverty Alleviation—Yet Another Tool to Control the Valley", "", "06/29/2020Hu Ke |", "", BODY), {
    title: "Poverty Alleviation—Yet Another Tool to Control the Valley", outlet: "Valley Winter",
  });
});

test("the paper a story credits in brackets at the end of its last paragraph ('... keep working hard.\" (Valley Daily)') is the outlet when nothing else names one; a bracket that is no publisher's name is not", () => {
  check("trailing credit", page("Poor population falls again", "", BODY, "", "\"We will keep working hard,\" he said. (Valley Daily)"), { title: "Poor population falls again", outlet: "Valley Daily" });
  check("no publisher", page("Poor population falls again", "", BODY, "", "\"We will keep working hard,\" he said. (Li Wei)"), { title: "Poor population falls again", outlet: null });
});

test("'Ambassador Li Ming published an article entitled \"...\" in the valley's largest English newspaper Valley Mail.' names the paper the article ran in, without the sentence after it", () => {
  check("published in", page("Working on the frontline of poverty alleviation", "", "On April 1, 2021, Ambassador Li Ming published an article entitled \"Working on the frontline of poverty alleviation\" in the valley's largest English newspaper Valley Mail. The article is a personal account.", "", BODY), {
    title: "Working on the frontline of poverty alleviation", outlet: "Valley Mail",
  });
});

test("a briefing's list of speakers under its title ('Chen Wenjun, head of the Press Bureau of ...', 'Qizhala, deputy secretary of ...') is no headline, whatever date stands under it", () => {
  check("speakers list", page("Briefing on the development of the valley region", "", "0 Comment(s)Print E-mail, June 4, 2021", "Adjust font size:", "", "Wu Ying, secretary of the Valley Regional Committee of the Party", "", "Qizhala, deputy secretary of the Valley Regional Committee", "", "Chen Wen, head of the Press Bureau of the Valley Information Office", "", "May 22, 2021", "", "Chen Wen:", "", "Ladies and gentlemen, good morning. We have invited the secretary to tell you about the 3,000 families the valley moved this year."), {
    title: "Briefing on the development of the valley region", published: "2021-06-04",
  });
});

test("a journal's citation line with a site's arrows between its parts ('Arid Valley Geography ›› 2020, Vol. 43 ›› Issue (5): 1401-1408.doi: 10.1/x') names the journal, whatever words its name holds", () => {
  check("arrows", page("Home Advertisement Contact us", "", "Arid Valley Geography ›› 2020, Vol. 43 ›› Issue (5): 1401-1408.doi: 10.12118/j.issn.1000-6060.2020.05.25", "", "Previous Articles", "", "Industrial development modes of the poor valley region after relocation", "", "XIE Da-wei, ZHANG Nuo, SU Ying", "", "Abstract: Through an investigation of seven settlement sites for 3,000 relocated residents, we find that industry matters."), {
    title: "Industrial development modes of the poor valley region after relocation", outlet: "Arid Valley Geography",
  });
});

test("a magazine's byline set with dots ('By Yan Wei · 2019-08-05 · Source: NO.32 AUGUST 8, 2019') gives writer and day, the issue no outlet; its title-case headline over a sentence-case standfirst on the next line is the title", () => {
  check("magazine", page("Commitment to the Countryside", "Officials take a hands-on approach to poverty alleviation", "By Yan Wei  ·  2019-08-05  ·   Source: NO.32 AUGUST 8, 2019", "", "", BODY), { title: "Commitment to the Countryside", author: "Yan Wei", published: "2019-08-05", outlet: null });
  // (A show's name set apart by a blank line over its episode's title stays the show's.)
  check("show", page("Voices of the Valley", "", "Cliff villages and new towns: counting the relocated", "", "Episode 3", "", BODY), { title: "Cliff villages and new towns: counting the relocated" });
});

test("a digitised paper's line ('Valley Daily - - CHINA -') under the headline names the paper, with the day and writer when it gives them", () => {
  check("empty fields", page("Official embraces poverty relief in remote community", "", "Valley Daily - - CHINA -", "", BODY), { title: "Official embraces poverty relief in remote community", outlet: "Valley Daily", author: null, published: null });
});

test("'Tibet Plus' over its date line is a site named for a place, no writer; '(Photo: IC)' names no outlet; a wire's name alone among the furniture under a standfirst ('Share', 'Xinhua') is the story's source", () => {
  check("place-named site", page("Valley: alleviating poverty on the roof of the world", "Tibet Plus", "1550267203000", "", "A view of the palace in Lhasa on January 1, 2019. (Photo: IC)", "", BODY), { title: "Valley: alleviating poverty on the roof of the world", author: null, outlet: "Tibet Plus" });
  check("wire under standfirst", page("The valley relocates herders to improve their lives", "", "The valley has relocated residents, ensuring better lives to its poor.", "", "Published Aug 2, 2021", "", "Share", "", "Xinhua", "", BODY), { title: "The valley relocates herders to improve their lives", outlet: "Xinhua" });
  // (Far down the page, a wire's name alone is another story's link or a caption's.)
  check("wire far down", page("The valley relocates herders to improve their lives", "", BODY, "", BODY, "", BODY, "", BODY, "", BODY, "", BODY, "", BODY, "", BODY, "", BODY, "", BODY, "", BODY, "", "Share", "", "Xinhua", "", BODY), { title: "The valley relocates herders to improve their lives", outlet: null });
});

test("a wire story's closing credits ('(Reporting by A; Editing by B and C)') give its reporters as authors and none of its editors as people; a headline glued to the page's date is the title over a photo's caption; 'Source: Web Exclusive' and a masthead's 'Exclusive' are sections", () => {
  const wire = "date 2021-02-25 Valley's leader declares 'complete victory' in campaign to stamp out rural poverty\n\nValley President Li Wei attends the opening session of CPPCC in Beijing\n·1 min read\nCAPITAL (Reuters) - The leader declared victory at a ceremony on Thursday, crediting 100 million people lifted from poverty.\n\n(Reporting by Yew Lun Tian; Editing by Shri Navaratnam and Clarence Fernandez)\n";
  check("wire", wire, { title: "Valley's leader declares 'complete victory' in campaign to stamp out rural poverty", author: "Yew Lun Tian", outlet: "Reuters" });
  assert.deepEqual(extractFrom(wire).x.entities.people.map((p) => p.name), ["Li Wei", "Yew Lun Tian"]);
  check("web exclusive", page("Valley Review Exclusive", "Modern farming invigorates isolated life in the desert", "Within two years, 70 companies have come to the county, particularly in rural areas", "By Li Fangfang  ·  2020-09-30  ·   Source: Web Exclusive", "", BODY), { title: "Modern farming invigorates isolated life in the desert", author: "Li Fangfang", outlet: "Valley Review" });
});

test("'Photographer: Roman Pilipey' under a photo essay's title is its author; a news forum's 'by Robotbeat 2159 days ago' heads a post whose first line is no headline", () => {
  check("photographer", page("Valley Photo Essays 2020 > Poverty Alleviation in the Valley", "Poverty Alleviation in the Valley", "Photographer: Roman Pilipey", BODY), { title: "Poverty Alleviation in the Valley", author: "Roman Pilipey", outlet: null });
  const thread = "Valley News new | ask | show | jobs\nby Robotbeat 2159 days ago\nThis just isn’t true. The cleansing is well documented by 3 independent sources. EDIT: Here’s one: https://example.org/a1b2\n";
  check("forum", thread, { title: null });
  assert.deepEqual(extractFrom(thread).x.quotes.map((q) => [q.form, q.speaker]), [["transcript_turn", "Robotbeat"]]);
});

test("'FP Staff' over '·6-min read' is a newsroom writing, no person and no outlet; 'By Zhu Shan Source:Valley Tibet News 2016-03-09' gives the source and its day", () => {
  const staff = page("Valley claims to have ended extreme poverty, but experts question the bar", "", "FP Staff", "·6-min read", "", BODY);
  check("staff", staff, { title: "Valley claims to have ended extreme poverty, but experts question the bar", author: "FP Staff", outlet: null });
  assert.deepEqual(extractFrom(staff).x.entities.people, []);
  assert.deepEqual(extractFrom(staff).x.claims.map((c) => c.value), [3000]);
  check("source and day", page("index > Tourism > News", "", "Valley: tourism creates jobs for 100,000 farmers", "", "By Zhu Shan Source:Valley Tibet News 2016-03-09", "", BODY), { title: "Valley: tourism creates jobs for 100,000 farmers", author: "Zhu Shan", outlet: "Valley Tibet News", published: "2016-03-09" });
});

test("a site's promotion ('Get more with myNEWS', its tagline, 'Learn more') is chrome, and a photo's caption over the headline ('... Photo: Reuters') starts no text; a caption under the byline still does", () => {
  const promo = page("Advertisement", "Valley", "Get more with myNEWS", "A personalised news feed of stories that matter to you", "Learn more", "People in the valley have never had it so good, according to the Party. Photo: Reuters", "", "Valley herders get used to their new lives as the county tackles poverty", "", BODY);
  check("promo", promo, { title: "Valley herders get used to their new lives as the county tackles poverty" });
  check("caption under byline", page("Uniting against poverty to sow seeds of success", "", "By ALEXIS HOOI in Yuangudui, Gansu | Valley Daily Global | Updated: 2020-10-09 09:47", "A villager helps process medicinal crops in August. MA XIPING/XINHUA", "", "Improving lives together", "", BODY), { title: "Uniting against poverty to sow seeds of success" });
});

test("a digitised paper's masthead with its edition ('Valley Guardian (USA)') and its byline after a dash ('- Emma Graham-Harrison') give outlet and writer; 'Photo: IC Photo via AFP' names no outlet", () => {
  check("dash byline", page("Valley Guardian (USA)", "", "Valley's white paper on forced labour suggests unease at western pressure", "", "- Emma Graham-Harrison", "", BODY), { title: "Valley's white paper on forced labour suggests unease at western pressure", author: "Emma Graham-Harrison", outlet: "Valley Guardian (USA)" });
  check("via agency", page("Life in the cliff village", "", "Access to the cliff village of Atulieer, Zhaojue county. Photo: IC Photo via AFP", "", BODY), { title: "Life in the cliff village", outlet: null });
});

test("'Press Conference' under a briefing's headline is the kind of page, no outlet", () => {
  check("kind label", page("Press Room", "", "SCIO briefing on the valley's development", "", "Press Conference", "The information office invites three officials to brief the media at 3 p.m. on May 29, 2019.  May 30, 2019", "", BODY), { title: "SCIO briefing on the valley's development", outlet: null });
});

test("'2017-11-10 14:03:16 | From:China Tibet Online' dates the page and names its source; 'From 2019 to 2020' is a span, no date line", () => {
  check("from label", page("Delegates from the valley prepare for the congress", "", "2017-11-10 14:03:16 | From:Valley Tibet Online", "", BODY), { title: "Delegates from the valley prepare for the congress", published: "2017-11-10", outlet: "Valley Tibet Online" });
});

test("a dateline's credit of a paper and the network that passed it on ('BEIJING (VALLEY DAILY/ASIA NEWS NETWORK) - ...') names the paper", () => {
  check("network", page("Cotton growing is profitable, growers say", "", "BEIJING (VALLEY DAILY/ASIA NEWS NETWORK) - Cotton growing is a profitable business for 3,000 residents, a leading grower said."), { title: "Cotton growing is profitable, growers say", outlet: "Valley Daily" });
});

test("a byline set over two lines ('By' then 'Satarupa Bhattacharjya in Nanning,Guangxi Zhuang autonomous region') gives the writer, and the name line is no title", () => {
  check("split byline", page("Local government urges relocation to bolster anti-poverty drive", "", "By", "", "Satarupa Bhattacharjya in Nanning,Guangxi Zhuang autonomous region", "", "( Valley Daily )", "Updated: 2017-04-01 08:56:04", "", BODY), { title: "Local government urges relocation to bolster anti-poverty drive", author: "Satarupa Bhattacharjya", outlet: "Valley Daily" });
});

test("a wire translated from Chinese opening on its service, places, day and reporter ('China News Service, Linxia, Gansu, May 19 (Ai Qinglong) ...') gives the outlet and the writer; a date line's bracketed wire ('Hilltown, China (AFP) March 3, 2021') is the outlet, not the place before it", () => {
  check("service first", page("", "Valley News Service, Hilltown, Gansu, May 19 (Ren Daoming) On the 19th, the deputy governor said that 114,000 households had moved."), { title: null, author: "Ren Daoming", outlet: "Valley News Service" });
  check("bracketed wire", page("Valley News", "VALLEY DAILY", "Poverty road in the valley drives some to riches", "By Liang HONG", "Baotown, China (AFP) March 3, 2021", "", BODY), { title: "Poverty road in the valley drives some to riches", published: "2021-03-03", author: "Liang Hong", outlet: "AFP" });
});

test("a first line that runs the headline into its standfirst, with the headline set twice under it, gives the headline; 'NPR China correspondent Jo Lane' is NPR's writer, the post's place no part of the outlet", () => {
  const text = [
    "What the Valley's Victory Over Poverty Looks Like The ruling party has declared victory over extreme poverty. Did that really happen?",
    "",
    "What the Valley's Victory Over Poverty Looks Like",
    "",
    "What the Valley's Victory Over Poverty Looks Like",
    "",
    "  • Download",
    "",
    "When the valley emerged from the war in the late 1970s, almost everyone in it was poor. NPR China correspondent Jo Lane has more.",
    "",
    BODY,
  ].join("\n");
  check("repeated headline", text, { title: "What the Valley's Victory Over Poverty Looks Like", author: "Jo Lane", outlet: "NPR" });
});

test("a release's place and full day before a dash ('Beijing, 20 October 2016 – ...') dates it; a day inside a dateline's bracketed credit ('(ValleyPoint / Valley News - 21st Feb, 2020 ) :') dates it too; 'By A, Jr.' is one writer", () => {
  check("release", page("Fund renews commitment to rural prosperity with $152 million programme", "", "Beijing, 20 October 2016 – The Associate Vice-President of the Fund is in the valley this week to meet 40 officials."), { title: "Fund renews commitment to rural prosperity with $152 million programme", published: "2016-10-20" });
  check("credit day", page("", "LAYYAH, (ValleyPoint / Valley News - 21st Feb, 2020 ) :The special assistant said the programme would benefit 1.4 million people."), { title: null, published: "2020-02-21", outlet: "ValleyPoint" });
  check("suffix", page("4.1-M indigents benefit from aid in 2018", "", "By Perfecto Raymundo, Jr.", "", "December 27, 2018, 9:00 am", "", BODY), { title: "4.1-M indigents benefit from aid in 2018", published: "2018-12-27", author: "Perfecto Raymundo, Jr." });
  assert.deepEqual(extractFrom(page("4.1-M indigents benefit from aid in 2018", "", "By Perfecto Raymundo, Jr.", "", BODY)).x.entities.people.map((p) => p.name), ["Perfecto Raymundo, Jr."]);
});

test("a date line that runs a wire's name, its writer's and the site's into the clock, with an app's link after ('2018-01-24 17:05:35Xinhua Mo Hong'e ECNS App Download'), gives the day, the wire and the writer", () => {
  check("wire first", page("Text:AAAPrint", "Society", "", "Valley lifts 260,000 people out of poverty in past two years", "", "2018-01-24 17:05:35Xinhua Mo Hong'e ECNS App Download", "", BODY), { title: "Valley lifts 260,000 people out of poverty in past two years", published: "2018-01-24", author: "Mo Hong'e", outlet: "Xinhua" });
});

test("'CGTN's Wu Lei, Li Jian' under the date line is a byline with no 'By': the outlet and its two writers; 'The State Council's Poverty Alleviation Office' is no byline", () => {
  check("owned", page("County heads promote local products in livestreams", "", "Updated 2019.12.11 16:06 GMT+8", "VTN's Wu Lei, Li Jian", "", BODY), { title: "County heads promote local products in livestreams", published: "2019-12-11", author: "Wu Lei; Li Jian", outlet: "VTN" });
  check("office", page("Voice of the valley", "", "Updated 2019.12.11 16:06 GMT+8", "The State Council's Poverty Alleviation Office", "", BODY), { title: "Voice of the valley", author: null });
});

test("'By People's Daily' credits the paper whole, not 'People'; 'By Qiang Wei (' over 'People's Daily Online) 11:49, October 16, 2017' is a byline the page broke over two lines", () => {
  check("possessive outlet", page("By People's Daily", "", BODY), { title: null, author: null, outlet: "People's Daily" });
  check("broken bracket", page("Valley chief: the county's effort is historic", "By Qiang Wei (", "Valley Daily Online) 11:49, October 16, 2017", BODY), { title: "Valley chief: the county's effort is historic", published: "2017-10-16", author: "Qiang Wei", outlet: "Valley Daily Online" });
});

test("a briefing page's 'Speakers' and 'Chairperson' labels over the names are no title; a release a distribution service carries ('Business Wire' over 'VTN: Xi Visits ...') is its issuer's", () => {
  check("participants", page("Speakers", "Wu Lan, secretary of the Valley Regional Committee", "Chairperson", "Chen Bo, spokesperson of the Valley Information Office", "Date:", "May 22, 2021", "Chen Bo:", "Ladies and gentlemen, good morning. The county moved 3,000 families this year."), { title: null, published: "2021-05-22" });
  check("distributed", page("Business Wire", "", "VTN: Xi Visits a Village in Hunan as the Campaign Nears Its End", "", "Share", "", BODY), { title: "VTN: Xi Visits a Village in Hunan as the Campaign Nears Its End", outlet: "VTN" });
  check("not a body", page("Business Wire", "", "Beijing: Villages Open Their Doors to Visitors", "", BODY), { title: "Beijing: Villages Open Their Doors to Visitors", outlet: "Business Wire" });
});

test("'Updated: Apr 27, 2020 By AYBEK ASKHAR and MAO WEIHUA in Kashgar, Xinjiang China Daily Print' gives both writers, the paper and the day; a wiki's title stands over its coordinates; a picture's credit and its alternative text are no title", () => {
  check("date line with byline", page("News and Policies", "", "Industries creating work in the valley", "", "Updated: Apr 27, 2020 By AYBEK ASKHAR and MAO WEIHUA in Kashgar, Xinjiang China Daily Print", "Share - WeChat", "", BODY), { title: "Industries creating work in the valley", published: "2020-04-27", author: "Aybek Askhar; Mao Weihua", outlet: "China Daily" });
  check("wiki coordinates", page("Jump to content", "", "Minning, Ningxia", "", "Coordinates: 38°14′40″N 105°58′18″E / 38.24444°N 105.97167°E / 38.24444; 105.97167", "From Wikipedia, the free encyclopedia", "Minning", "Location in Ningxia", "CountryPeople's Republic of China", "Autonomous regionNingxia", "Time zoneUTC+8 (China Standard)", "", "Minning is a town under the administration of Yongning County, Ningxia, China. It has 14,000 residents."), { title: "Minning, Ningxia", outlet: "Wikipedia" });
  check("picture credit", page("illustration of person being lifted up by balloons", "Illustration by Derek Zheng", "", "China claims to have brought hundreds of millions of its citizens out of poverty in recent decades, and 15 years of work went into it."), { title: null });
});

test("a trail whose links ran together ('HomeOpinionAs India returns ... it can’t...') or that ends in the headline cut short is no title, nor is 'Text Size:'; 'China set to eradicate poverty by 2020   Others' keeps the headline without its section's label", () => {
  check("glued trail", page("Sunday, January 29, 2023", "HomeOpinionAs the valley returns to growth, it must think why it can’t...", "", "As the valley returns to growth, it must think why it can’t remove poverty like its neighbour has", "", "Text Size:", "", BODY), { title: "As the valley returns to growth, it must think why it can’t remove poverty like its neighbour has" });
  check("trail cut short", page("Home FOCAC Focus Valley poverty figure rises from 278m to 413m: UN’s Amina Mohammed,...", "", "Valley poverty figure rises from 278m to 413m: UN’s Amina Mohammed, AfDB outline lessons", "", "By Wang Xiaopeng and Naftali Mwaura", "", BODY), { title: "Valley poverty figure rises from 278m to 413m: UN’s Amina Mohammed, AfDB outline lessons", author: "Wang Xiaopeng; Naftali Mwaura" });
  check("set-apart label", page("EN |", "", "Valley set to end poverty by 2020", "", "Previous 190 / 197 Next", "", "Valley set to end poverty by 2020   Others", "", BODY), { title: "Valley set to end poverty by 2020" });
});

test("'WION Web Team New Delhi, Delhi, India Oct 13, 2017' credits the team and its outlet; 'Source: Eli Kondoh, Contributor' is a writer; 'General News of Sunday, 15 August 2021' names no outlet", () => {
  check("team", page("Valley has lessons to learn", "", "WION Web Team New Delhi, Delhi, India Oct 13, 2017, 10.27 AM (IST)", "", BODY), { title: "Valley has lessons to learn", published: "2017-10-13", author: "WION Web Team", outlet: "WION" });
  check("contributor", page(" date 2021-08-15 General News of Sunday, 15 August 2021", "", "Source: Eli Kondoh, Contributor", "", BODY), { title: null, published: "2021-08-15", author: "Eli Kondoh", outlet: null });
});

test("'SourceChaozhouNewsNetwork Updated2020-06-03 23:02:56', labels run into their values, dates the page and is no title; '3 downloads 2 Views 172KB Size' is a document site's counters", () => {
  check("glued labels", page("• micro-blog", "", "SourceChaozhouNewsNetwork Updated2020-06-03 23:02:56", "", BODY), { title: null, published: "2020-06-03" });
  const { x } = extractFrom(page("Causes of regional poverty in the valley", "", "3 downloads 2 Views 172KB Size", "", BODY));
  assert.deepEqual(x.claims.map((c) => c.valueText), ["3,000"]);
});

test("'Old Version' over a section's name is a site's control, no title; 'By Zhang Xinyu Updated Dec.1' is a byline whose update has no year", () => {
  // (A magazine's short headline over a long standfirst, its photo's caption under the byline.)
  check("old version", page("Old Version", "Politics", "", "Countryside Crunch", "", "Mountain villages have been told to cut their debts, much of it from showy projects and failed firms, which could set back the plans for the countryside, scholars warn", "", "By Zhang Xinyu Updated Dec.1", "", "Pictured is a village square in the valley, November 27, 2017 (Photo by VCG)", "", BODY), { title: "Countryside Crunch", published: null, author: "Zhang Xinyu", outlet: null });
});

test("'Wang Zhuoqiong/Yang Jun' under the headline and over the date line is a byline of two writers, not the title", () => {
  check("slashed byline", page("HOME >> NEWS >> TOP NEWS", "", "Valley's efforts to improve lives paying off", "", "Wang Zhuoqiong/Yang Jun", "Updated: Mar 8,2019 1:56 PM     China Daily", "", BODY), { title: "Valley's efforts to improve lives paying off", published: "2019-03-08", author: "Wang Zhuoqiong; Yang Jun", outlet: "China Daily" });
});

test("'China Meteorological News reporter Li Dongmei' on its own line is a byline, not the title; '发布时间:2019年12月30日08:15 Source: ...', Chinese labels kept on an English page, dates it", () => {
  check("staff line", page("Position: Home> News> Weather News", "", "Cooperatives bring the road to prosperity", "", "发布时间:2019年12月30日08:15 Source: Valley Weather News Release time: December 30, 2019 08:15", "share to:", "", "Valley Weather News reporter Li Dongmei", "", BODY), { title: "Cooperatives bring the road to prosperity", published: "2019-12-30", author: "Li Dongmei", outlet: "Valley Weather News" });
});

test("'Editor:王世学   2018-03-12 18:20:54' dates the page by the date beside the editor; 'Source: Xinhua,; Trans-editing by Wang Shixue' names the outlet without its editor", () => {
  check("editor and date", page("Deputy shows local apples at passage interview", "", "Editor:王世学   2018-03-12 18:20:54", "", BODY, "", "Source: Xinhua,; Trans-editing by Wang Shixue"), { title: "Deputy shows local apples at passage interview", published: "2018-03-12", outlet: "Xinhua" });
});

test("'China Daily (Hong Kong)' over the headline is the paper with its edition; 'CGTN photo' alone under a picture names the page's outlet when nothing else does; 'Headline by Jin Ling,February 04, 2019 Adjust font size:' is the headline, then its writer and date", () => {
  check("edition", page("Valley Daily (Hong Kong)", "", "Tourism lifts poor community", "", "- By CHEN MEILING in Lhasa", "", BODY), { title: "Tourism lifts poor community", author: "Chen Meiling", outlet: "Valley Daily (Hong Kong)" });
  check("photo line", page("Forest rangers guard the hills", "Wang Zheng, Yang Xinmeng", "", BODY, "", "VTN photo", "", "The program started in 2004 and has paid 2.1 million people."), { title: "Forest rangers guard the hills", outlet: "VTN" });
  check("family photo", page("Forest rangers guard the hills", "", BODY, "", "A family photo", "", "The program started in 2004."), { title: "Forest rangers guard the hills", outlet: null });
  check("headline byline", page("You are here:   Top News/", "", "Workshops provide localized jobs for villagers in the valley by Jin Ling,February 04, 2019 Adjust font size:", "", BODY), { title: "Workshops provide localized jobs for villagers in the valley", published: "2019-02-04", author: "Jin Ling" });
  // (A storm's name is no writer's: the line stays whole.)
  assert.equal(documentFrom(page("Villages hit by Typhoon Lekima, August 10, 2019", "", BODY)).metadata.author, null);
});

test("a photo's caption set twice over the headline ('... resettlement site .(Photo/Xinhua)') is no headline; 'By People's Daily Online SA Time of article published Aug 31, 2021' gives the outlet and the date", () => {
  const caption = "Children play in front of their new houses inside a resettlement site .(Photo/Xinhua)";
  check("caption twice", page(caption, caption, "", "The valley proves it has lifted 100,000 people out of poverty", "", "By Valley Daily Online SA Time of article published Aug 31, 2021", "", "Share this article:", "", BODY), { title: "The valley proves it has lifted 100,000 people out of poverty", published: "2021-08-31", author: null, outlet: "Valley Daily Online" });
});

test("'Updated:2020-07-09 16:01:57   Valley Gateway' names the host, and a last line 'Source: Xinhua; trans-editing by ...' the outlet; '2018年03月06日 14:14   來源:CGTN', in traditional characters, dates the page and names CGTN; an infobox's '- Birth Date: 1989-04-18' dates no page", () => {
  check("source over host", page("Home   >   Video >   Content", "", "A villager has a brand new life in the valley", "", "Updated:2020-07-09 16:01:57   Valley Gateway", "", BODY, "", "Source: Xinhua; trans-editing by Wang Shixue and Yuan Yingcen"), { title: "A villager has a brand new life in the valley", published: "2020-07-09", outlet: "Xinhua" });
  check("traditional labels", page("", "2018年03月06日 14:14   來源:CGTN", "", BODY), { title: null, published: "2018-03-06", outlet: "CGTN" });
  check("birth date", page("= Huang Wenxiu =", "", "Huang Wenxiu, 黄文秀", "- Birth Date: 1989-04-18", "- Birth Place: Tianyang District, Baise, Guangxi, China", "", BODY), { title: "Huang Wenxiu", published: null, outlet: null });
});

test("'Our reporter Zhou Lin' under the headline names the writer and no outlet; 'Contact reporter Li Rongde' near the end names the writer", () => {
  check("our reporter", page("Relocation lets people live and work in peace", "", "   Our reporter Zhou Lin", "", BODY), { title: "Relocation lets people live and work in peace", author: "Zhou Lin", outlet: null });
  check("contact reporter", page("Sep 23, 2016 07:16 PM", "", "Government plans a relocation to fight poverty", "", BODY, "", "The county will spend 950 billion yuan.", "", "Contact reporter Li Rongde"), { title: "Government plans a relocation to fight poverty", published: "2016-09-23", author: "Li Rongde" });
});

test("a briefing's list of who took part ('Speakers:' over 'Mr. Li Wei, director of ...') gives no headline, and its 'Date:' is the day it was held: the page's own date wins, and dates the page when it states no other", () => {
  const block = ["Speakers:", "", "Mr. Li Wei, director of the Valley Office of Poverty Alleviation and Development", "", "Chairperson:", "", "Ma Lan, spokesperson of the Valley Information Office", "", "Date:", "", "March 12, 2020", "", "Ma Lan:", "", "Good morning. The valley lifted 300,000 people out of poverty last year."];
  check("site's date", page("Valley briefing on poverty alleviation progress", "", "0 Comment(s)Print E-mail Valley.org.cn, March 14, 2020", "", "Adjust font size:", "", ...block), {
    title: "Valley briefing on poverty alleviation progress", published: "2020-03-14",
  });
  check("only the day held", page("Valley briefing on poverty alleviation progress", "", ...block), { title: "Valley briefing on poverty alleviation progress", published: "2020-03-12" });
});

test("a wire caption opening the page ('Photo taken on January 11, 2021 shows ... .Photo by Zhou Li of Valley Daily') is no headline, and its day is the photo's, not the page's", () => {
  check("caption first", page("Photo taken on January 11, 2021 shows the second press conference on valley issues held in Hilltown.Photo by Zhou Li of Valley Daily", "This is the second press conference on valley issues after the first one, which was held in December. The valley lifted 300,000 people out of poverty, the spokesperson said."), {
    title: null, published: null,
  });
});

test("a magazine's two-word headline over its writer's dashed signature ('- Tom Roe, Country Director for China, Korea and Mongolia of the Valley Bank') is the title, under the masthead; the writer, an expert, speaks for the piece", () => {
  const text = page("Valley Today (English)", "", "Unprecedented Progress", "", "- Tom Roe, Country Director for China, Korea, and Mongolia of the Valley Bank", "", "In the past 40 years, the valley has made tremendous progress in poverty reduction. Its rapid growth resulted in a poverty decline unprecedented in its speed and scale, and incomes rose 16 times between 1978 and 2014.");
  check("dashed signature", text, { title: "Unprecedented Progress", author: "Tom Roe" });
  assert.deepEqual(extractFrom(text).x.claims.map((c) => [c.value, c.attributedTo]), [[40, "Tom Roe"], [16, "Tom Roe"]]);
});

test("a video player's 'Download' over the headline is a control, no masthead", () => {
  check("download", page("Download", "Former herders embrace new life in the valley", "By Li Na", "02:39", "", BODY), { title: "Former herders embrace new life in the valley", author: "Li Na", outlet: null });
});

test("a print reader's line under the standfirst ('Valley Daily (USA) - - FRONT PAGE - By XU WEI and DAQIONG in Lhasa and Nyingchi, Tibet autonomous region') names the paper and both writers", () => {
  check("print reader", page("Bringing new hope to the plateau", "", "Measures are underway to boost the living standards of people in the region's harshest areas.", "", "Valley Daily (USA) - - FRONT PAGE - By XU WEI and DAQIONG in Lhasa and Nyingchi, Tibet autonomous region", "", BODY), {
    title: "Bringing new hope to the plateau", author: "Xu Wei; Daqiong", outlet: "Valley Daily",
  });
});

test("'By Source:China Hill News 2019年01月02日 16:38' under a breadcrumb names the outlet whole and dates the page", () => {
  check("source with date", page("index > hot", "", "Hill City expands leading enterprises to cut poverty", "", "By Source:China Hill News 2019年01月02日 16:38", "", BODY), {
    title: "Hill City expands leading enterprises to cut poverty", published: "2019-01-02", outlet: "China Hill News",
  });
});

test("a magazine's name over a headline in capitals and '- BY NAME IN CAPITALS', the excerpt opening mid-sentence: the title stays a paragraph of its own", () => {
  const text = page("The World of Valleys", "", "FIRST AID", "", "- BY HATTY LIU", "", "deadlines and late nights, but, \u201cwhen at home, you can work like crazy, and that is impossible on a plateau,\u201d said Tong, who began to get headaches.");
  check("magazine", text, { title: "FIRST AID", author: "Hatty Liu", outlet: "The World of Valleys" });
  const { x, doc } = extractFrom(text);
  assert.deepEqual(x.quotes.filter((q) => doc.text.slice(q.start, q.end).includes("when at home")).map((q) => q.speaker), ["Tong"]);
});

test("'(PHOTO PROVIDED TO VALLEY DAILY)' names the paper the picture was given to; 'provided by' still names another's", () => {
  check("provided to", page("Stories worth recording", "By Xu Fan", "", "A new series sheds light on remote areas. (PHOTO PROVIDED TO VALLEY DAILY)", "", BODY), { title: "Stories worth recording", author: "Xu Fan", outlet: "Valley Daily" });
  check("provided by", page("Stories worth recording", "By Xu Fan", "", "A new series sheds light on remote areas. (Photo provided by Valley Daily)", "", BODY), { title: "Stories worth recording", author: "Xu Fan", outlet: null });
});

test("a contact line over the headline is chrome, and 'Pub Date:2020-12-01 09:26 Source:Valley Daily' dates the page and names the outlet", () => {
  check("pub date", page("E-mail desk@example.com Phone 0551-6517986-203", "", "After years of struggle, a village escapes poverty", "", "Pub Date:2020-12-01 09:26 Source:Valley Daily", "", BODY), {
    title: "After years of struggle, a village escapes poverty", published: "2020-12-01", outlet: "Valley Daily",
  });
});

test("'By Luke Roe (Valley Daily Online) 16:25, July 22, 2021' names writer, outlet and day; '[Zhao Min/Valley Daily]' after a caption names the paper", () => {
  check("byline with bracket and day", page("A well-trodden path to revitalization", "", "By Luke Roe (Valley Daily Online) 16:25, July 22, 2021", "", BODY), {
    title: "A well-trodden path to revitalization", published: "2021-07-22", author: "Luke Roe", outlet: "Valley Daily Online",
  });
  check("square credit", page("Textile park tackles poverty", "Workers make gloves at a workshop in the county.[Zhao Min/Valley Daily] |", "", BODY), { title: "Textile park tackles poverty", outlet: "Valley Daily" });
  // An agency's picture sells to every paper and names none.
  check("agency credit", page("Textile park tackles poverty", "Workers make gloves at a workshop in the county. [Photo/Xinhua]", "", BODY), { title: "Textile park tackles poverty", outlet: null });
});

test("a menu run into one line from 'Home' (and its wrapped rest), 'Print This Page Email This Page' and 'Post sponsored by' are chrome, never the headline", () => {
  check("run-in menu", page("Home About Us What's New Spokesperson's Remarks Human Rights Disarmament", "  Specialized Agencies Labor Issues Speeches", "Valley herders have more cash this year", "", BODY, "", "Suggest To A Friend"), { title: "Valley herders have more cash this year" });
  check("print controls", page("Print This Page Email This Page", "Government to Better Protect Herders' Rights", "", BODY), { title: "Government to Better Protect Herders' Rights" });
  const sponsored = documentFrom(page("Post sponsored by", "", "Source: Valley State Information Office", "", BODY));
  assert.deepEqual([sponsored.metadata.outlet, sponsored.text.includes("sponsored")], ["Valley State Information Office", false]);
});

test("a report's numbered section alone at the top, and a reply's 'RE:' line, are the headline", () => {
  check("numbered section", page("4. Income Level of Farmers and Herdsmen", "The urbanization level of the valley in 2007 was only 38.3 percent, and most of its people farmed or herded in the hills around the towns."), { title: "4. Income Level of Farmers and Herdsmen" });
  check("reply", page("RE: The wall fell 30 years ago...", "", "in #news2 years ago", "", BODY), { title: "RE: The wall fell 30 years ago..." });
});

test("'Name' over 'Author' over a note at the foot names the writer; 'Opening Remarks by Ambassador Name at ...' names the speaker as the page's author", () => {
  check("author at foot", page("Wage arrears plague valley workers", "", BODY, "Lan Meiling", "Author", "Lan Meiling is a former reporter based in the valley."), { title: "Wage arrears plague valley workers", author: "Lan Meiling" });
  check("speech", page("Opening Remarks by Ambassador Tian Rui at the Online Event on Rural Revitalization", "2021-06-02 22:35", "", BODY), { title: "Opening Remarks by Ambassador Tian Rui at the Online Event on Rural Revitalization", published: "2021-06-02", author: "Tian Rui" });
});

test("a journal's 'Name 2022, 12(9), 1417; https://doi.org/...' line names the outlet and a paper's history dates it by 'Published:'; the correspondence note is no headline", () => {
  check("journal citation", page("Next Article in Journal", "A Framework for Poverty Alleviation Projects in a Valley County", "", "1", "Institute of Food Crops, Valley Academy of Agricultural Sciences, Hilltown 650200, China", "*", "Author to whom correspondence should be addressed.", "Agriculture 2022, 12(9), 1417; https://doi.org/10.3390/agriculture12091417", "Submission received: 11 August 2022 / Revised: 2 September 2022 / Accepted: 4 September 2022 / Published: 8 September 2022", "", "Abstract", "", BODY), {
    title: "A Framework for Poverty Alleviation Projects in a Valley County", published: "2022-09-08", outlet: "Agriculture",
  });
});

test("a headline over a longer subtitle in title case, a date and a byline: the headline, not the subtitle", () => {
  check("blog with subtitle", page("Media Center", "", "What do children in poverty need?", "", "Valley Aid and the Valley Leading Group Analyse Child Poverty in Hilltown Province", "", "15/10/2015", "", "By Liu Sijia, UN volunteer", "", BODY), {
    title: "What do children in poverty need?", published: "2015-10-15", author: "Liu Sijia",
  });
});

test("text set in lines of one width with no headline: its long first line, going on in lower case or a bracket on the next, is no title", () => {
  check("wrapped, no headline", page("Authorities in the valley province have arrested 29", "employers who had been wanted for defaulting on wages due to", "migrant workers in the past 20 months.", "The authorities recovered 46.71 million yuan (6.45 million U.S.", "dollars) for the workers who left poor rural areas."), { title: null });
  check("wrapped into a bracket", page("The per capita income of herdsmen and farmers reached 2,075 yuan", "(about US$260) in the valley last year, a rise of 11.5 percent."), { title: null });
  // (A headline over its first paragraph, a blank line between, stays the headline.)
  check("headline over text", page("Herders' incomes rise in the valley for the tenth year running", "", "herders in the valley earned 2,075 yuan on average last year, a rise of 11.5 percent."), { title: "Herders' incomes rise in the valley for the tenth year running" });
});

test("a site's address or its one-word name written as no word is ('ListMoto - ', 'GLOBALink | ') before the headline is no part of it", () => {
  check("address first", page("valleytone.blogspot.com Valley's unstoppable economic growth", "", BODY), { title: "Valley's unstoppable economic growth" });
  check("brand and dash", page("ListMoto - Valley Autonomous Region", "", BODY), { title: "Valley Autonomous Region" });
  check("programme and bar", page("GLOBALink | Valley village witnesses remarkable changes", "", BODY), { title: "Valley village witnesses remarkable changes" });
  check("a place is no brand", page("Xinjiang - A land of beauty and plenty", "", BODY), { title: "Xinjiang - A land of beauty and plenty" });
});

test("a menu of provinces, an infobox's 'Label: value' rows, a 'File Photo' label and a ratings line are no headline or outlet, and the menu names no place", () => {
  check("province menu and infobox", page("Anhui Beijing Chongqing Fujian Gansu Guangdong Guangxi Guizhou Hainan Hebei", "Heilongjiang Henan Hong Kong Hubei Hunan Inner Mongolia Jiangsu", "Tibet Xinjiang Yunnan Zhejiang", "", "Regional Chairman: Tenzin Dorje", "", "Capital: Lhasa", "", BODY), { title: null, outlet: null });
  const places = extractFrom(page("Anhui Beijing Chongqing Fujian Gansu Guangdong", "", BODY)).x.entities.places.map((p) => p.name);
  assert.deepEqual(places, []);
  check("file photo", page(" date 2025-06-09 File Photo", "", BODY), { title: null, outlet: null, published: "2025-06-09" });
  check("ratings", page("4.4 • 785 Ratings", "🗓️ 22 February 2021", "0:00.0 | The magazine combines political analysis with reviews of books. |", "0:07.6 | Hello and welcome to the show, where we talk about the valley. |"), { title: null });
  // (A headline that quotes someone keeps its colon: a name, then their words.)
  check("quote headline", page("Li Keqiang: Over the past year, we have lifted 10 million out of poverty", "", BODY), { title: "Li Keqiang: Over the past year, we have lifted 10 million out of poverty" });
});

test("'author:Site.com' credits an outlet, not a writer; 'Produced by Valley Global Service' under the last paragraph names the outlet", () => {
  check("site as author", page("valleytimes", "", "Two scholars: the key word is relax", "", "author:Observer.com", "", BODY), { title: "Two scholars: the key word is relax", author: null, outlet: "Observer.com" });
  check("produced by", page("Valley village witnesses remarkable changes", "", BODY, "", "Produced by Xinhua Global Service"), { title: "Valley village witnesses remarkable changes", outlet: "Xinhua Global Service" });
});

test("a share button's 'X' under the headline is no outlet", () => {
  check("x button", page("Migrant Workers In The Valley: The Untold Story", "", "X", "", BODY), { title: "Migrant Workers In The Valley: The Untold Story", outlet: null });
});

test("a wiki's title set twice around a maintenance notice is the title, and a place with its level word over an infobox is no masthead; an infobox's area code is no figure", () => {
  const { x, doc } = extractFrom(page("Akto County", "The article's lead section may need to be rewritten. (November 2024) |", "Akto County", "Aqtu, Aktu, Aketao | |", "Country | China |", "Area code | 653022 |", "", "Akto County is a county in the valley with 226,005 residents."));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet], ["Akto County", null]);
  assert.deepEqual(x.claims.map((c) => c.value), [226005]);
});

test("a document site's 'Download as pdf or txt' set twice and 'You are on page 1of 25' are chrome; a journal page's authors between middle dots, with their affiliations' numbers, are its authors", () => {
  check("download chrome", page("Download as pdf or txt", "Download as pdf or txt", "You are on page 1of 25", "", "Poverty and Subjective Poverty in the Rural Valley", "", "Lan Meiling1 · Tang Rui2 · Ma Jun3", "", BODY), {
    title: "Poverty and Subjective Poverty in the Rural Valley", author: "Lan Meiling; Tang Rui; Ma Jun",
  });
});

test("'From New World Encyclopedia' names the encyclopedia and the line above it is the title; 'As at December 31, 2004' dates no page; 'FOR IMMEDIATE RELEASE', 'Top Banner', a press contact with a number, and a flip-book's 'Page 4 - ' are no headline", () => {
  check("encyclopedia", page("Valley", "", "From New World Encyclopedia", "Capital Hilltown", "As at December 31, 2004", "", BODY), { title: "Valley", outlet: "New World Encyclopedia", published: null });
  check("press release", page("Valley Report Highlights the Threat to the Valley's Children and Future", "FOR IMMEDIATE RELEASE", "5 July 2025", "Contact: Dorjee Tseten, Valley Action Institute, +91 7807885951", BODY), { title: "Valley Report Highlights the Threat to the Valley's Children and Future", published: "2025-07-05" });
  check("banner", page("Top Banner", "", "Rural-urban migration in the valley: a framework", "", BODY), { title: "Rural-urban migration in the valley: a framework" });
  check("flip-book page", page("Page 4 - REPORT ON THE WORK OF THE GOVERNMENT", "", BODY), { title: "REPORT ON THE WORK OF THE GOVERNMENT" });
});

test("a journal's 'Name (2020) 150:219–242' line names the outlet; five authors between middle dots are no list of links; 'Accepted: ... / Published online: ...' dates the paper; the line under 'Abstract' is no headline", () => {
  check("springer paper", page(
    "Download as pdf or txt", "You are on page 1of 25", "",
    "Rural Valley Studies (2020) 150:219–242", "", "ORIGINAL RESEARCH", "",
    "Poverty and Subjective Poverty in the Rural Valley", "",
    "Lan Meiling1 · Tang Rui2 · Ma Jun3 · Zhou Lin3 · Hu Bo1", "",
    "Accepted: 25 February 2020 / Published online: 4 March 2020", "", "© The Author(s) 2020", "",
    "Abstract",
    "The valley is undergoing a campaign which is called “The Targeted Relief Policy”",
    "to end extreme poverty in its villages by 2020. Poverty there has been studied in",
    "many dimensions, but little attention has been paid to how poor people feel.",
  ), { title: "Poverty and Subjective Poverty in the Rural Valley", published: "2020-03-04", author: "Lan Meiling; Tang Rui; Ma Jun; Zhou Lin; Hu Bo", outlet: "Rural Valley Studies" });
});

test("past a magazine's menu of forty short items a line, the headline under the breadcrumb and date is the title; 'Reader's Letters' is a section, not a journal; a headline set right under a menu's last item, over the text, is the title", () => {
  const menu = ["Current Issue", "· Table of Contents", "· Editor's Desk", "· Previous Issues", "Expert's View", "World", "Nation", "Business", "Finance", "Market Watch", "Legal-Ease", "Government Documents", "Expat's Eye", "Health", "Science/Technology", "Lifestyle", "Books", "Movies", "Backgrounders", "Special", "Photo Gallery", "Blogs", "Reader's Service", "Learning with", "'Valley Review'", "E-mail us", "RSS Feeds", "PDF Edition", "Web-magazine", "Reader's Letters", "Make Valley Review your homepage", "Hot Links", "", "cheap eyeglasses", "Market Avenue", "", "Nation"];
  check("magazine menu", page("e-magazine", "Singh's Valley Legacy", "The prime minister's trip is significant for bilateral relations", ...menu, "Print Edition> Nation", "UPDATED: October 28, 2013 NO. 44 OCTOBER 31, 2013", "Working Away From the Valley", "Migrant labour bolsters the valley's development and helps raise incomes", "By Lan Meiling", "Share", "", BODY), {
    title: "Working Away From the Valley", author: "Lan Meiling", outlet: null,
  });
  check("headline under menu", page("免费在线观看,十八禁网站", "", "Home", "Letters to Editor", "Domestic", "World", "Business & Trade", "Policy Making in Depth", "News of This Week", "Learning Chinese", "Lottery Brings Wealth for the Valley's Needy", "", BODY), { title: "Lottery Brings Wealth for the Valley's Needy", outlet: null });
});

test("a headline set three times in the header (a paper's cover, title page and browser bar) is the title, not spam repeated in lower case; a note in brackets and an 'Email:' line are no headline; 'P.O. Box 7240' over '53072 Bonn' is an address, not figures", () => {
  const paper = extractFrom(page("Valley`s Lesser Known Migrants", "", "DISCUSSION PAPER SERIES", "VLI DP No. 2152", "Valley’s Lesser Known Migrants", "Lan Meiling", "Tang Rui", "May 2006", "Valley Labour Institute", "Valley’s Lesser Known Migrants", "Lan Meiling", "Valley Academy of Social Sciences", "Discussion Paper No. 2152", "P.O. Box 7240", "53072 Bonn", "Germany", "Email: [email protected]", "", BODY));
  assert.deepEqual([paper.doc.metadata.title, paper.x.claims.map((c) => c.value)], ["Valley’s Lesser Known Migrants", [3000]]);
  check("spam repeated", page("toto slot", "", "toto togel 4d", "", "situs togel", "", "10 situs togel terpercaya", "", "situs togel", "", "10 situs togel terpercaya", "", "link togel", "", "situs toto", "", "bandar togel online", "", "10 situs togel terpercaya", "", "bo togel terpercaya", "", "https://valley-desa.id", "", "https://www.valleyshow.com/", "", "RTP SLOT MAXWIN", "", "Valley Removes All Remaining Counties From Poverty List", "", BODY), { title: "Valley Removes All Remaining Counties From Poverty List" });
  check("bracketed note", page("Article", "", "Research on the Pro-Poorness of Growth in the Rural Valley", "", "Submission received: 30 January 2023 / Revised: 30 March 2023 / Published: 3 April 2023", "(This article belongs to the Special Issue Sustainable Valley Economics)", "", "Abstract", BODY), { title: "Research on the Pro-Poorness of Growth in the Rural Valley", published: "2023-04-03" });
});

test("a repository's record opening on the work's reference ('Lan, M., Tang, R. & Reed, T. (2013). Title. Publisher.') gives its title, authors and year", () => {
  check("reference", page("Publication Details", "", "Lan, M., Tang, R. & Reed, T. (2013). Determinants of wage arrears among the valley's migrant workers: evidence from Hill province. Valley University. Department of Economics. Discussion Papers, 50/13 1-28.", "", BODY), {
    title: "Determinants of wage arrears among the valley's migrant workers: evidence from Hill province", published: "2013-01-01", author: "Lan, M.; Tang, R.; Reed, T.",
  });
});

test("a lead sentence a scraper printed twice is no headline, and its ', AFP reports.' names the agency as the outlet", () => {
  const lead = "Thousands of workers were on strike on Wednesday at a factory in the southern valley which makes shoes for export, rights groups and a worker said, AFP reports.";
  check("lead twice", page(lead, lead, "More than 3,000 staff at the factory have been striking for several days over unpaid insurance, a labour group said."), { title: null, outlet: "AFP" });
});

test("an infobox set as a table: its caption row with empty cells over '---|---|' is the title (or the line over it that it opens with); 'Country | China |' is a row, no headline", () => {
  check("caption row", page("Valley Autonomous Region | |", "---|---|", "Country | China |", "Capital and largest city | Hilltown |", "• Total | 1,228,400 km2 (474,300 sq mi) |", "", BODY), { title: "Valley Autonomous Region" });
  check("title over caption", page("Hilltown", "Hilltown 山城 | |", "---|---|", "Country | China |", "Autonomous region | Valley |", "", BODY), { title: "Hilltown" });
});

test("'Valley Daily Website' at the top of the page names the site's publisher, its outlet", () => {
  check("website", page("Make me your Homepage", "left corner left corner", "Valley Daily Website", "", "Official affirms county's need for poverty aid", "", "Updated: 2013-12-27 20:38", "By Lan Meiling", "", BODY), { title: "Official affirms county's need for poverty aid", published: "2013-12-27", author: "Lan Meiling", outlet: "Valley Daily" });
});

test("a board's page (its login box, tallies, 'Author Topic: ... (Read N times)', '« on: date »') and a federated forum's ('this post was submitted on', 'N points (N% liked)', '[–] user@server N points ...'): their counters are no figures", () => {
  const board = page(
    "+- +-",
    "Welcome, Guest.",
    "Please login or register.",
    "Forgot your password?",
    "+-Stats ezBlock",
    "Total Members: 412",
    "Latest: grainfield",
    "New This Month: 3",
    "Total Posts: 9,120",
    "Most Online Ever: 88",
    "(March 3, 2017, 10:12:45 am)",
    "Users Online",
    "Guests: 7",
    "Total: 7",
    "Author Topic: Apricot growers in Hill County double their yield  (Read 56 times)",
    "  • Jr. Member",
    "  • Posts: 31",
    "  • Karma: +2/-0",
    "    • View Profile",
    "Apricot growers in Hill County double their yield",
    "« on: October 4, 2019, 08:15:02 pm »",
    BODY,
  );
  check("board", board, { title: "Apricot growers in Hill County double their yield", published: "2019-10-04", kind: "forum_post" });
  assert.deepEqual(extractFrom(board).x.claims.map((c) => c.value), [3000]);
  const federated = page(
    "this post was submitted on 11 Mar 2023",
    "88 points (97.5% liked)",
    "",
    "Rural Life",
    "",
    "2210 readers",
    "31 users here now",
    "founded 2 years ago",
    "MODERATORS",
    "",
    BODY,
    "",
    "[–] orchard_keeper@lemmy.example.org 12 points 2 weeks ago (1 children)",
    "",
    "The flats are fine but the fields are now an hour away.",
    "",
    "[–] tea_and_maps@feddit.example 5 points 2 weeks ago",
    "",
    "Same in our county, the bus costs 6 yuan each way.",
  );
  const { doc, x } = extractFrom(federated);
  assert.equal(doc.metadata.publishedDate, "2023-03-11");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[3000, "officials"], [6, "tea_and_maps@feddit.example"]]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, doc.text.slice(q.start, q.start + 13)]), [["orchard_keeper@lemmy.example.org", "The flats are"], ["tea_and_maps@feddit.example", "Same in our c"]]);
});

test("a phpBB page's pager with its count of posts, and a member's 'Age: 25', are no figures; the member's rank, avatar and 'Gender:' are no part of their post", () => {
  const { doc, x } = extractFrom(page(
    "Life after the relocation",
    "",
    "Page 3 of 9 [ 172 posts ]  Go to page Previous  1, 2, 3, 4, 5 ... 9  Next",
    "",
    "steppe_rider",
    "Veteran",
    "Veteran",
    "",
    "User avatar",
    "",
    "Joined: 02 May 2019",
    "Age: 41",
    "Gender: Non-binary",
    "Posts: 2,310",
    "",
    "14 Jan 2022, 9:02 pm",
    "",
    BODY,
  ));
  assert.deepEqual(x.claims.map((c) => c.value), [3000]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => [q.speaker, doc.text.slice(q.start, q.start + 10)]), [["steppe_rider", "The county"]]);
});

test("outlets named in their own forms: a wire's full name in capitals on the first line, a masthead after a 'Skip to main content' link, an archive's 'X – Name (Author)' record, an empty 'Author:' label before 'From:', a bracketed '(site, day) –' without a year", () => {
  check("wire in capitals", page("THE ASSOCIATED PRESS", "March 3, 2022 at 09:15 JST", BODY), { title: null, published: "2022-03-03", outlet: "The Associated Press" });
  check("masthead after skip link", page("Skip to main content", "", "The Evening Ledger", "", "Herders in Hill County earn twice what they did", "", BODY), { title: "Herders in Hill County earn twice what they did", outlet: "The Evening Ledger" });
  check("section label after a control", page("Old Version", "Cover Story", "", "Nowhere to Retire", "", BODY), { title: "Nowhere to Retire", outlet: null });
  check("archive record", page("Document #2204417", "HRN – Hill Radio Network (Author)", BODY), { title: null, outlet: "Hill Radio Network" });
  check("empty author label", page("Hill County leads the region in income growth", "", "Publish Time: 2022-01-28 Author: From: Xinhua", "", BODY), { title: "Hill County leads the region in income growth", published: "2022-01-28", outlet: "Xinhua" });
  check("bracketed site and day", page("Few answers at the monastery", "", `(HillReview.net, Feb 16) – ${BODY}`), { title: "Few answers at the monastery", published: null, outlet: "HillReview.net" });
});

test("a wire story under a local site's teasers takes the headline over its 'CITY (AP) —' dateline; '( site.com )' under a headline, and 'Service, Month DD.' opening the text, name the outlet; a dump's 'Infobox' line names none", () => {
  check("teasers over a wire story", page(
    "Copyright © 2020, The Valley Courier | Notice of Collection",
    "Crews began clearing the river road on Wednesday night after the storm; county officials said 40 homes along the east bank and 12 in town were flooded",
    "The emergency meeting of the town board was called after residents complained about the new parking rules",
    "A bakery featured twice on a cooking show closed its doors after the owner fell ill last spring",
    "Students at the elementary school painted a mural on the library wall without leaving their homes",
    "Activist held after a shoe factory strike",
    `HILLTOWN (AP) — ${BODY}`,
  ), { title: "Activist held after a shoe factory strike", outlet: "AP" });
  check("site in brackets", page("Hill County poverty-relief efforts", "( hillnews.com.cn )", "Updated: 2015-11-10", BODY), { title: "Hill County poverty-relief efforts", published: "2015-11-10", outlet: "hillnews.com.cn" });
  check("service and day", page(`China News Service, September 28. ${BODY}`), { title: null, published: null, outlet: "China News Service" });
  check("wiki dump", page("= Hukou =", "", "Infobox", "- P: hùkǒu", "", BODY), { title: "Hukou", outlet: null });
});

test("a writer, a wire and a city between bars with no 'By' ('Ann Keel | Reuters | Hilltown'), an empty byline's city ('By, Hilltown'), one-word menu items side by side ('Search Subscribe'), a section named for where its news comes from ('Around Asia'), a government site's section ('Open Governance'): the byline and the outlet are read, the rest names nothing", () => {
  check("writer, wire and city between bars", page("date 2021-04-08 JUST IN", "Ann Keel | Reuters | Hilltown", "", BODY), { title: null, published: "2021-04-08", author: "Ann Keel", outlet: "Reuters" });
  check("menu between bars", page("Markets Today | Reuters TV | Sports", "", "Hill County wins a prize", "", BODY), { title: "Hill County wins a prize", author: null });
  check("empty byline", page("Hill County moves 500 villages | World News - Valley Times", "", "Hill County moves 500 villages", "", "By, Hilltown", "May 2, 2024 04:55 AM IST", "", BODY), { title: "Hill County moves 500 villages", published: "2024-05-02", author: null, outlet: "Valley Times" });
  check("one-word menu items", page("VR America       Deutsch       Français", "Search      Subscribe", "Home      Nation      World      Business", "Nation", "Moving Into a Better Life", "Hill Province plans to resettle a third of its poor into towns with better conditions", "By Li Ping | Web Exclusive", "", BODY), { title: "Moving Into a Better Life", author: "Li Ping", outlet: null });
  check("section for a place's news", page("Press Room", "", "Press conference on rural incomes in Hill Province", "", "Around Asia", "The office held a press conference on June 14 to brief the media on rural incomes in Hill Province.", "", BODY), { title: "Press conference on rural incomes in Hill Province", outlet: null });
  check("government section", page("Open Governance", "All Poor Counties in Hill Prefecture Lifted out of Poverty", "", BODY), { title: "All Poor Counties in Hill Prefecture Lifted out of Poverty", outlet: null });
});

test("dates set as real pages set them: '/ 7 months ago' after the day and the clock, a day set apart after the summary under a briefing's title, a paper's history ('Received: ...; Accepted: ...; Published: ...') run into its first page's text", () => {
  check("how long ago", page("December 20, 2019 / 3:54 AM / 7 months ago", "", "Hill County swaps its poor for the merely tired", "", BODY), { title: "Hill County swaps its poor for the merely tired", published: "2019-12-20" });
  check("day after the summary", page("Press Room", "", "Press conference on rural incomes in Hill Province", "", "The office held a press conference on June 14 to brief the media on rural incomes in Hill Province.  July 10, 2024", "", BODY), { title: "Press conference on rural incomes in Hill Province", published: "2024-07-10" });
  check("no day set apart", page("Press conference on rural incomes in Hill Province", "", "The office held a press conference on June 14 to brief the media. It met again on July 10, 2024", "", BODY), { title: "Press conference on rural incomes in Hill Province", published: null });
  check("paper history run on", page("The Case of Hill Province", "", "journal Article Rural Incomes and the Case of Hill Province Ann Lee 1 , Bo Chen 1,* and Wei Zhang 2 1 College of Geography, Hill Normal University, Hilltown 730000, China * Correspondence: x@example.org Received: 3 July 2019; Accepted: 15 August 2019; Published: 21 August 2019 Abstract: Rural poverty has received attention. Fifty counties are poor."), { title: "The Case of Hill Province", published: "2019-08-21" });
});

test("an encyclopedia's infobox: the name's pinyin in brackets under its characters credits no outlet, the 'Coordinates' row gives no figures, and a value on the line under its bulleted label ('• Total' over '4,858,359') is kept", () => {
  const text = page(
    "Hill Yi Autonomous Prefecture",
    "",
    "Name transcription(s)",
    " • Chinese山丘彝族自治州",
    "(Shānqiū Yízú Zìzhìzhōu)",
    "Coordinates (Hill Prefecture government): 27°53′N 102°16′E / 27.88°N 102.27°E / 27.88; 102.27",
    "Population",
    " (2020)[1]",
    " • Total",
    "4,858,359",
    "",
    "Hill Yi Autonomous Prefecture is a prefecture in the south of the province. It covers an area of 60,261 km2.",
  );
  check("infobox", text, { title: "Hill Yi Autonomous Prefecture", outlet: null });
  const { doc, x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["4,858,359", "60,261 km"]);
});

test("an 'author:' label that names the app the copy came through ('author:Valleynet client') names no writer; the agency's reporters under the dateline do", () => {
  check("app as author", page(
    "valleytimes",
    "",
    "In Hill County, a market at the border helps herders out of poverty",
    "",
    "author:Valleynet client",
    "",
    "Hilltown, 25 Mar (Xinhua) -- Title: A market at the border helps herders out of poverty",
    "",
    "Xinhua News Agency reporters Shang Wei and Qi Lin",
    "",
    BODY,
  ), { title: "In Hill County, a market at the border helps herders out of poverty", author: "Shang Wei; Qi Lin" });
});

test("outlets and writers in more of their forms: a wire's name in its own case beside the date ('XinHua'), '(Text by Xinhua; Photos from ...)', a paper's publisher in its copyright line ('Published by ...'), a blog's printed page ('- The Ledger - https://... -'), '(Paper News) (edited by ...; reporter, Name)' under the title, a poster's name set twice under a thread's title", () => {
  check("wire in its own case", page("Home   >   Society >   Content", "", "Hill Province moves 250,000 people", "", "Updated:2018-04-23 10:43:16   XinHua", "", BODY), { title: "Hill Province moves 250,000 people", published: "2018-04-23", author: null, outlet: "XinHua" });
  check("text by", page("Huize: villagers live a better life", "", BODY, "", "(Text by Xinhua; Photos from Hill Daily)"), { title: "Huize: villagers live a better life", outlet: "Xinhua" });
  check("copyright's publisher", page("Rural Poverty in Hill Province", "", "Ann Lee", "", "Faculty of Economics, Hill University, Hilltown 650000, China", "", "Received: 6 August 2025 | Revised: 2 September 2025 | Accepted: 23 September 2025 | Published Online: 9 February 2026", "", "Copyright © 2025 Ann Lee. Published by Valley Academy of Sciences Pte. Ltd.", "", BODY), { title: "Rural Poverty in Hill Province", published: "2026-02-09", author: "Ann Lee", outlet: "Valley Academy of Sciences Pte. Ltd." });
  check("printed blog page", page("- The Ledger - https://www.theledger.example.org -", "", "Looking back at ten years of reports", "", "Posted By on October 11, 2021 @ 06:00", "", BODY), { title: "Looking back at ten years of reports", published: "2021-10-11", outlet: "The Ledger" });
  check("paper, editors and reporter", page("Hilltown Makes Greater Efforts for Its Villages", "", "\"Blood transfusion\" for livelihoods and \"hematopoiesis\" by industry", "", "(Hilltown News) (edited by Wu Song, Ji Jun; reporter, YuanYuan)", "", BODY), { title: "Hilltown Makes Greater Efforts for Its Villages", author: "YuanYuan", outlet: "Hilltown News" });
  check("poster set twice", page(" date 2018-03-06 What's new", "", "Hill County declares poverty wiped out", "", "ValleyFan88", "", "ValleyFan88", "", "www.example.com", "", "Hill declares poverty wiped out", "", BODY), { title: "Hill declares poverty wiped out", author: "ValleyFan88" });
});

test("titles and dates in more of their forms: a Chinese site's name after an underscore, a Chinese date with spaces alone at the top, a long trail that opens at 'Home >', a briefing's day after its summary with no title over it, a Nordic date line, an infobox read out as 'Key:Value' rows", () => {
  check("underscore site", page("2026 年 1 月 29 日", "", "Hill Poverty Alleviation The key is precision_China Development Portal-National Development portal", "", BODY), { title: "Hill Poverty Alleviation The key is precision", published: "2026-01-29" });
  check("long trail", page("  Home > The Permanent Mission > Ambassador Li Wei, PR > Ambassador Li's Activities, Speeches & Remarks", "Opening Remarks by Ambassador Li Wei at a Webinar on Poverty", "", "2020-10-16 10:15", "", BODY), { title: "Opening Remarks by Ambassador Li Wei at a Webinar on Poverty", published: "2020-10-16" });
  check("summary's day, no title", page("On April 6, the office held a press conference in Hilltown to brief the media on a white paper titled \"Poverty Alleviation.\"  April 14, 2021", "", "Valley News:", "", "My question is about the villages. Thank you."), { title: null, published: "2021-04-14" });
  check("Nordic date", page("onsdag 28. oktober 2020", "", "Experts question Hill County's claim of victory", "", BODY), { title: "Experts question Hill County's claim of victory", published: "2020-10-28" });
  const infobox = page("Hill County Explained", "", "Hill County", "Native Name:Chinese: 山县", "Postal Code:743300", "Settlement Type:County", "Seat Type:County seat", "Seat:Pingxiang", "Population:438900", "", "Hill County is located in the middle of the province. Its postal code is 743300. People lived there four to five thousand years ago.");
  check("key-value infobox", infobox, { title: "Hill County Explained", outlet: null });
  const { x } = extractFrom(infobox);
  assert.deepEqual([x.quotes.length, x.claims.length], [0, 0]);
});

test("'Today is 2020-8-28' in a site's header is the day the page was shown, no publication date and no outlet; a numbered section's heading under the title ('1.Basic Information') names no outlet", () => {
  check("today is", page("Today is 2020-8-28", "", "Statistical Communiqué of Hill County on the 2019 Economy", "", BODY), { title: "Statistical Communiqué of Hill County on the 2019 Economy", published: null, outlet: null });
  check("numbered heading", page("English - Chinese", "", "Pairing Assistance in Hill County", "", "1.Basic Information", "", BODY), { title: "Pairing Assistance in Hill County", outlet: null });
});

test("more header forms: 'By Name||Updated: date' (two bars set close), a photo credit whose paper the page cut off ('[Photo by Hu Yan/For]') names no outlet, a page's number glued to its title ('...provinces(2)'), a briefing's participants listed as 'Mr. Name, director of ...' are no headline", () => {
  check("two bars", page("Hill Province succeeds in eliminating poverty", "", "By Li Ying||Updated: September 7, 2022", "", "A rural landscape in Hill County.[Photo by Hu Yan/For]", "", BODY), { title: "Hill Province succeeds in eliminating poverty", published: "2022-09-07", author: "Li Ying", outlet: null });
  check("page number", page("Making poverty history in one of the poorest provinces(2)", "", "Updated: 2016-03-09", "", BODY), { title: "Making poverty history in one of the poorest provinces", published: "2016-03-09" });
  check("participants", page("Briefing on the county's poverty reduction progress", "", "0 Comment(s)Print E-mail, October 12, 2017", "Adjust font size:", "", "Mr. Li Yong, director of the County Poverty Alleviation Office", "Ms. Su Xia, head of the office's Comprehensive Department", "", "Oct. 10, 2017", "", "Xi Yan:", "", "Thank you, Mr. Li. Now let's move to the question session."), { title: "Briefing on the county's poverty reduction progress", published: "2017-10-12" });
});

test("a photo's caption set three times under the headline is no title; a headline in title case may end on a quoted sentence; a body's dated line under a report's title", () => {
  const caption = "Training of “surplus laborers” in the Valley region in 2016 (Valley Daily, June 30, 2016 via";
  check("caption repeated", page("Report: over 500,000 herders moved into labour schemes", "", caption, caption, caption, "25th September 2020", "", BODY), { title: "Report: over 500,000 herders moved into labour schemes", published: "2020-09-25" });
  check("quoted headline", page("Witness Testimony To Congress “I Saw Girls Lose Their Sanity.”", "", BODY), { title: "Witness Testimony To Congress “I Saw Girls Lose Their Sanity.”" });
  check("communiqué", page("Communiqué on 2004 Rural Poverty Monitoring of the Valley", "", "Valley Bureau of Statistics of Hill Province 2005-05-13 13:58 Print| Large| Medium| Small", "", BODY), { title: "Communiqué on 2004 Rural Poverty Monitoring of the Valley", published: "2005-05-13", outlet: "Valley Bureau of Statistics of Hill Province" });
});

test("a story's own dated lede ('March 23,2017--') dates it before an 'update:' line does", () => {
  check("dated lede", page("Herders settle for modern life - Society - Valley Online", "", "Home > News > Society >", "", "Herders settle for modern life", "update:March 28,2017", "March 23,2017--More than two decades ago, Pude followed his father to a meadow.", BODY), { title: "Herders settle for modern life", published: "2017-03-23" });
});

test("a wire's credit and its day on a line of their own, below a forum's posts ('(Xinhua) 20:30, March 28, 2017'), date the story pasted there and name its outlet", () => {
  check("pasted wire story", page("What's new", "", "Valley Region: News & Images", "", "The failure of democracy is a passing fad, and nobody here thinks otherwise anyway.", "", "China Focus: Valley marks its festival", "(Xinhua) 20:30, March 28, 2017", "", BODY), { title: "Valley Region: News & Images", published: "2017-03-28", outlet: "Xinhua" });
});

test("a page's summary line for search engines over its headline over the player's buttons: the headline is the title", () => {
  check("summary over headline", page("Valley Declares Victory Over Poverty. But What About ... Jobs? : Goats and Soda The government has declared victory over poverty. The network talks to people who've been moved.", "", "Valley Says It Has Ended Poverty. Is That True?", "", "  • Download", "  • Transcript", "", BODY), { title: "Valley Says It Has Ended Poverty. Is That True?" });
});

test("a broadcaster's browser title names its blog after a spaced colon ('... Now They Face The Debt : Parallels'): the headline is the words before it; ' : Comments' is the page's own", () => {
  check("blog after colon", page("Valley Growers Beat Poverty. Now They Face The Debt : Parallels", "", "March 9, 2022 5:04 AM ET", "", BODY), { title: "Valley Growers Beat Poverty. Now They Face The Debt" });
});

test("a trail of three sections or more may end on the page's own long title ('The Forum > Article Comments > The valley house of cards - Part II > Comments'); the headline under it is the title", () => {
  check("trail with title", page("The Forum > Article Comments > The valley house of cards - Part II > Comments", "The valley house of cards - Part II : Comments", "", BODY), { title: "The valley house of cards - Part II : Comments" });
});

test("a wire story's credits on the line of its last note ('($1 = 6.34 yuan) (Reporting by ...; Editing by ...)') name its writers; a newsletter's call and a quoted motto over the headline are no title", () => {
  check("credits after a note", page("Valley unveils a relief plan", "", "HILLTOWN, Feb 18 (Reuters) - The valley plans to lift 40,000 people out of poverty, the official Xinhua news agency reported.", "", "($1 = 6.3438 Chinese yuan renminbi) (Reporting by Ada Jordan; Editing by Eric Mayer)"), { title: "Valley unveils a relief plan", author: "Ada Jordan", outlet: "Reuters" });
  check("motto over headline", page("Join our Mailing List", "", "\"For a happier and kinder future, each of us must feel the warmth of brotherhood and sisterhood.\"", "", "Valley resettles herders to protect its river source", "", "October 9, 2007", "", BODY), { title: "Valley resettles herders to protect its river source", published: "2007-10-09" });
});

test("'ZHONGSHAN/LONGHUA, China (Reuters) -' under a section's name credits the wire; a record's 'Title:' drops the wire's filing slug ('CHINA-TIBETANS/HERDERS')", () => {
  check("two places in a dateline", page("World News", "", "Special Report: Valley's new workers push the line", "", "HILLTOWN/RIVERTON, China (Reuters) - After a morning with his bosses, Wei took a different route home.", "", BODY), { title: "Special Report: Valley's new workers push the line", outlet: "Reuters" });
  check("filing slug", page("- Title: VALLEY-HERDERS/TOURISM Valley seeks hearts and minds with resettlements", "- Date: 3rd August 2015", "- Story Text: The herders live much as they always did.", BODY), { title: "Valley seeks hearts and minds with resettlements", published: "2015-08-03" });
});

test("'Updated: 2018-06-22 By Cao Bin, Cheng Lu and Zhang Jingpin in Lhasa Xinhua (chinadaily.com.cn) Print': three writers listed with commas, and the wire named after the place they filed from", () => {
  check("three writers", page("Home>Updates", "", "Relocation changing lives on the valley", "", "Updated: 2018-06-22 By Cao Bin, Cheng Lu and Zhang Jingpin in Lhasa Xinhua (chinadaily.com.cn) Print", "", BODY), { title: "Relocation changing lives on the valley", published: "2018-06-22", author: "Cao Bin; Cheng Lu; Zhang Jingpin", outlet: "Xinhua" });
  check("one writer and the site", page("Relocation changing lives on the valley", "", "Updated: 2018-06-22 By Cao Bin in Lhasa (chinadaily.com.cn) Print", "", BODY), { title: "Relocation changing lives on the valley", published: "2018-06-22", author: "Cao Bin", outlet: "chinadaily.com.cn" });
});

test("'China.org.cn spoke with Lyu about her new book' over turns labelled with the site's address: the site at work in its own interview is the outlet", () => {
  check("site's interview", page("Author Lyu Tu has studied migrant workers for more than 15 years. Valley.org.cn spoke with Lyu about her new book and the women she talked to.", "Valley.org.cn: When did you first begin studying migrant workers?", "Lyu Tu: It was back in 2003 when I was in Indonesia."), { title: null, outlet: "Valley.org.cn" });
});

test("a site's logo line names the outlet; '[Broadcast on 26 May 2004]' dates the page and names no outlet; 'Source' alone over 'Post - September 2, 2006' names where the copy came from", () => {
  check("logo", page("Valley jobs dry up as factories close", "Valley Radio logo", "", "Valley jobs dry up as factories close", "", BODY), { title: "Valley jobs dry up as factories close", outlet: "Valley Radio" });
  check("share logos are not the site", page("Valley jobs dry up as factories close", "Facebook logo", "", BODY), { title: "Valley jobs dry up as factories close", outlet: null });
  check("broadcast day", page("Land taken for the new station: an interview with a farmer", "", "[Broadcast on 26 May 2004]", "", BODY), { title: "Land taken for the new station: an interview with a farmer", published: "2004-05-26", outlet: null });
  check("source label alone", page("Valley Banner", "", "Number of poor rises to over 3 million: agency", "", "Source", "Courier - September 2, 2006", "", BODY), { title: "Number of poor rises to over 3 million: agency", published: "2006-09-02", outlet: "Courier" });
});

test("'FE Report | Thursday, 11 January 2018' credits the paper FE; 'Staff Writer of the Valley News Center' under a byline names the outlet; 'Affiliation:' alone and its line are no headline", () => {
  check("desk report", page("Poverty cut not lasting, says minister", "", "FE Report | Thursday, 11 January 2018", "", BODY), { title: "Poverty cut not lasting, says minister", published: "2018-01-11", outlet: "FE" });
  check("writer's post", page("By Li Han", "Staff Writer of the Valley News Center", BODY), { title: null, author: "Li Han", outlet: "Valley News Center" });
  check("affiliations", page(
    "Hostname: page-component-7f8d9c Total loading time: 0 Render date: 2024-06-13T10:22:31.123Z",
    "",
    "The Politics of Business Partnerships in Valley Poverty Relief",
    "",
    "Published online by Valley University Press:  19 October 2023",
    "",
    "Mei Chen",
    "Affiliation:",
    "School of Public Policy, Valley Institute for Rural Studies, Valley University, Hilltown, China",
    "Tomas Berg*",
    "Affiliation:",
    "School of Public Policy, Valley University, Hilltown, China",
    "",
    "Abstract",
    "",
    BODY,
  ), { title: "The Politics of Business Partnerships in Valley Poverty Relief", published: "2023-10-19", author: "Mei Chen; Tomas Berg" });
});

test("a story's second page: the headline over its time and menu keeps its place over a first line that goes on from the page before ('But for others, ...'), without its page number '(2)'; 'Service, August 25th.' credits the service", () => {
  check("second page", page("Complaints follow the valley's resettlement scheme (2)", "", "13:26, June 01, 2010", "", "Email | Print | Subscribe | Comments | Forum", "", "", "But for others, it's not just about money.", "", BODY), { title: "Complaints follow the valley's resettlement scheme", published: "2010-06-01" });
  check("translated service", page("Valley News Service, August 25th. The ministry held a press conference on the theme of jobs on August 25, introducing progress since 2012.", "", BODY), { title: null, outlet: "Valley News Service" });
});

test("'2007-04-22来源:和谐英语' under the headline: the day run into the source's label in Chinese dates the page, and the source named in Chinese characters is the outlet", () => {
  check("chinese source line", page("和谐英语", "", "您现在的位置是:首页 > 英语听力 > News", "", "A Life Changing Trip", "", "2007-04-22来源:和谐英语", "", BODY), { title: "A Life Changing Trip", published: "2007-04-22", outlet: "和谐英语" });
});

test("a printable thread titled 'Valley Music Forum _ News and Politics _ ...': the forum it names first is the outlet, over a body its post quotes ('seen by the Valley Times')", () => {
  check("forum title", page("Printable version of thread", "", "Click here to view this topic in its original format", "", "Valley Music Forum _ News and Politics _ The valley's cotton fields", "", "Posted by: Brett-Butler 15th December 2020, 05:39 PM", "", "I have been reading about the cotton fields for years, according to new research seen by the Valley Times.", "", BODY), { title: "The valley's cotton fields", published: "2020-12-15", author: "Brett-Butler", outlet: "Valley Music Forum" });
});

test("bylines a template set with empty fields or dots ('By A | | Updated: 2019-12-13 16:53', 'By A · 2015-10-16 · Source: | Web Exclusive'); '(PPP)-adjusted' opening the text is no dateline's credit", () => {
  check("empty field", page("Valley prospers at fast track", "", "By Muhammad Zamir Assadi | | Updated: 2019-12-13 16:53", "", BODY), { title: "Valley prospers at fast track", published: "2019-12-13", author: "Muhammad Zamir Assadi" });
  check("dots", page("Opinion", "WB: Valley's Poverty Line Is Higher Than Its New Standard", "By Jiao Meng  ·  2015-10-16  ·   Source: | Web Exclusive", "", "In purchasing-power parity (PPP)-adjusted terms, the valley's line of 2,300 yuan ($360) per year is higher than the $1.90 a day line, said Bert Hofman, country director of the bank.", "", BODY), { title: "WB: Valley's Poverty Line Is Higher Than Its New Standard", published: "2015-10-16", author: "Jiao Meng", outlet: null });
  check("dash that lost its space", page("Valley professor says youth jobless rate might have hit 46.5%", "", "HILLTOWN (Reuters) -An unusually public claim by a professor has stoked a debate about official data.", "", BODY), { title: "Valley professor says youth jobless rate might have hit 46.5%", outlet: "Reuters" });
});

test("a forum portal's 'Powered by Discuz! X3.4' and the software maker's copyright under it are chrome naming no publisher, and the long paragraph above them stays the text", () => {
  const text = page("A newly released report on the valley's left-behind children said that nearly one-third of rural students were left behind by their parents, according to a white paper sent to the Valley Times on Monday by an NGO.", "Powered by Discuz! X3.4", "© 2001-2013 Comsenz Inc.");
  check("forum software", text, { title: null, outlet: null });
  assert.ok(documentFrom(text).text.startsWith("A newly released report"));
});

test("a wiki's page: the name over 'From Wikipedia, the free encyclopedia' is the title, not a byline, and its infobox's posts, deputies and dates are no byline, date or outlet; a row with citation marks ('[4]') is no headline", () => {
  const text = page("Li Valley", "", "From Wikipedia, the free encyclopedia", "Jump to navigation Jump to search", "Li Valley", "Party Secretary of the Valley Autonomous Region", "Assumed office", "August 29, 2016", "Deputy Shohrat Zakir (chairman)", "Governor Padma Choling", "Losang Jamcan", "Personal details", "Born November 1955 (age 62)", "", "Li Valley (born November 1955) is a Chinese politician and the party secretary of the Valley Autonomous Region since 2016.[1][2]");
  check("wiki biography", text, { title: "Li Valley", published: null, author: null, outlet: "Wikipedia" });
  const { x } = extractFrom(text);
  assert.ok(["Padma Choling", "Shohrat Zakir"].every((name) => x.entities.people.some((p) => p.name === name)), JSON.stringify(x.entities.people.map((p) => p.name)));
  check("citation marks", page("Valley internment camps", "", "Up to 1.5 million (2019 Zenz estimate)[4] 1 million – 3 million over several years (2019 Schriver estimate)[5][6]", "", "The Valley internment camps,[a] officially called vocational education and training centers by the government,[12][13] are internment camps operated by the regional government."), { title: "Valley internment camps" });
});

test("'The Valley Times' China correspondent Danson Cheong' in a standfirst names the paper without its possessive mark", () => {
  check("possessive paper", page("Invisible Valley Ep 2: 'My ambitions are but empty dreams'", "", "In this episode, The Valley Times' China correspondent Danson Cheong speaks to a rural migrant worker about his life in the city.", "", BODY), { title: "Invisible Valley Ep 2: 'My ambitions are but empty dreams'", outlet: "Valley Times" });
});

test("a blog's name over the day's heading over the post's title: the post's title is the title and the blog's name the outlet; 'From Washington Post:' over an excerpt names the paper", () => {
  check("blog post", page("Teaching Valley Government and Politics", "", "Tuesday, April 16, 2013", "", "Any way to confirm this?", "", "The valley's news bureau reports on progress in narrowing the rural-urban income gap, and asks whether the figures are reliable at all.", "", BODY), { title: "Any way to confirm this?", published: "2013-04-16", outlet: "Teaching Valley Government and Politics" });
  check("excerpt's paper", page("For the Valley's Nomads, Relocation Proves a Mixed Blessing", "", "From Washington Post:", "", BODY), { title: "For the Valley's Nomads, Relocation Proves a Mixed Blessing", outlet: "Washington Post" });
});

test("'valleygate.cn by Zhang Ling, August 17, 2016 Adjust font size:' names the site, then its writer, and dates the page", () => {
  check("site by writer", page("Transitions in and out of poverty", "valleygate.cn by Zhang Ling, August 17, 2016 Adjust font size:", "", BODY), { title: "Transitions in and out of poverty", published: "2016-08-17", author: "Zhang Ling", outlet: "valleygate.cn" });
});

test("a first line that runs the headline, '(valleydaily.com.cn/agencies) Updated: 2005-09-09 15:54' and the text together: the headline, the site without its wires, the day, and the text", () => {
  const text = page("Valley gains ground on the UN list (valleydaily.com.cn/agencies) Updated: 2005-09-09 15:54 The valley has risen 20 notches up a 170-nation list since 1990, a spokeswoman said Friday.", BODY);
  check("run together", text, { title: "Valley gains ground on the UN list", published: "2005-09-09", outlet: "valleydaily.com.cn" });
  assert.ok(documentFrom(text).text.includes("The valley has risen 20 notches"));
});

test("a news site's sidebar links run into their sections ('MorePhoto', 'MoreVideo', 'MoreTop news') are chrome, no forum poster's handle over a post", () => {
  const text = page("Valley lifts 260,000 out of poverty", "", BODY, "", "    MorePhoto", "", "    Most popular in 24h", "", "    MoreTop news", "", "    MoreVideo", "", "News", "", "Politics");
  const { x, doc } = extractFrom(text);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn"), []);
  assert.ok(!doc.text.includes("MorePhoto"));
});

test("a video agency's story sheet: 'SHOOTING DATE: June 2, 2024' names no outlet, and a video page's 'Content Partner Cover Image', 'Uploaded by a Valleyflare content partner' and 'Buy video' are chrome", () => {
  check("story sheet", page("02:26", "", "Lies bring unemployment to the valley", "", "Content Partner Cover Image", "Content Partner Profile Image", "Uploaded by a Valleyflare content partner", "", "Buy video", "", "STORY: Lies bring unemployment to the valley", "SHOOTING DATE: June 2, 2024", "DATELINE: June 7, 2024", "LENGTH: 00:02:26", "", BODY), { title: "Lies bring unemployment to the valley", outlet: null });
});

test("a story's highlights set as bullets over its byline and dateline ('* There will be ...', 'by Valley Wire Writers A, B', 'HILLTOWN, April 17 (Valley Wire) —'): the writers and the agency are read under them", () => {
  const highlights = ["* Farmers keep planting cotton in the valley despite the sanctions.", "", "* There will be 37.5 million mu of cotton in the valley in 2022, up 2% from 2021.", "", "* Sowing is almost 100% mechanized."];
  check("highlights, byline", page("Valley farmers more keen than ever on cotton", "", ...highlights, "", "by Valley Wire Writers Sun Li, Gao Han, Zhao Ge", "", "HILLTOWN, April 17 (Valley Wire) — The roar of tractors fills the fields.", "", BODY), { title: "Valley farmers more keen than ever on cotton", author: "Sun Li; Gao Han; Zhao Ge", outlet: "Valley Wire" });
  check("highlights, dateline", page("Valley farmers more keen than ever on cotton", "", ...highlights, "", "HILLTOWN, April 17 (Valley Wire) — The roar of tractors fills the fields.", "", BODY), { title: "Valley farmers more keen than ever on cotton", author: null, outlet: "Valley Wire" });
  // (A capitalised "Writers" names the agency's writers only when full names follow.)
  check("a club", page("Valley farmers more keen than ever on cotton", "", "By The Reporters Club", "", BODY), { title: "Valley farmers more keen than ever on cotton", author: null });
});

test("a wiki copy's own tagline ('From Valleypedia: the planetary knowledge core') names it, and a wiki's name alone on the first line over the article's text ('Valley Wiki') is the outlet, no title", () => {
  check("copy's tagline", page("Hill Autonomous Region", "", "From Valleypedia: the planetary knowledge core", "Jump to: navigation, search", "", BODY), { title: "Hill Autonomous Region", outlet: "Valleypedia" });
  check("wiki's name", page("Valley Wiki", "", "", "Hill Region, referred to as \"Hill\", is a region in the northwest of the country. It is one of five autonomous regions, covering 1.66 million square kilometres.", "", BODY), { title: null, outlet: "Valley Wiki" });
});

test("a photo's caption over its credit ('Kris Lee/Valley Staff Photographer') at the page's top starts no text: the headline under the section's label is the title", () => {
  check("caption and credit", page("Nara Lin's work seeks lessons from the country's battle against poverty that might be applied elsewhere.", "", "Kris Lee/Valley Staff Photographer", "", "Nation & World", "", "Looking to the valley for lessons on helping the poor", "", "7 min read", "", BODY), { title: "Looking to the valley for lessons on helping the poor" });
});

test("an institute's menu ('Back', 'Who we are', 'Where we work') names no outlet and no title", () => {
  check("menu", page("Back", "", "Who we are", "", "With research staff from more than 60 countries, the institute provides research-based policy solutions to reduce poverty.", "", BODY), { title: null, outlet: null });
});

test("the headline set twice, a photo's caption ending 'AFP/Getty Images' under it, then the writer's name alone: the writer is the author, and the second headline is no text", () => {
  const text = page("Fact Check: The Valley Did Not Lift 100 Million Out of Poverty", "", "Fact Check: The Valley Did Not Lift 100 Million Out of Poverty", "A boy walks on the road in Hilltown in the valley's south on Jan. 12, 2018. AFP/Getty Images", "Anna Corr", "Updated:", "Commentary", BODY);
  check("caption, writer", text, { title: "Fact Check: The Valley Did Not Lift 100 Million Out of Poverty", author: "Anna Corr" });
  const { x } = extractFrom(text);
  assert.deepEqual(x.claims.filter((c) => c.value === 100000000).length, 1);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn"), []);
});

test("an infobox's label run into its value in Chinese script ('Simplified Chinese精准扶贫') under a wiki's title is no outlet", () => {
  check("infobox", page("Targeted Valley Relief", "", "Targeted Valley Relief", "Simplified Chinese精准扶贫", "Traditional Chinese精準扶貧", "", BODY), { title: "Targeted Valley Relief", outlet: null });
});

test("'POST TIME: 13 July, 2018 00:00 00 AM' (a clock that lost a colon) dates the page; a paper's name between the headline and its repetition is the outlet", () => {
  check("post time", page("POST TIME: 13 July, 2018 00:00 00 AM", "Valley and its neighbours strengthen cooperation in poverty reduction", "Valley Daily", "", "Valley and its neighbours strengthen cooperation in poverty reduction", "", BODY), {
    title: "Valley and its neighbours strengthen cooperation in poverty reduction", published: "2018-07-13", outlet: "Valley Daily",
  });
});

test("'By PALDEN NYIMA/DAQIONG | Valley Daily | Updated: ...' names both writers, parted by a slash; 'By Lisa Lim' over 'BBC, Ningxia' names the outlet without where she filed from", () => {
  check("slashed writers", page("Valley cooperatives played key role in ending poverty", "", "By PALDEN NYIMA/DAQIONG | Valley Daily | Updated: 2021-03-10 07:40", "", BODY), { title: "Valley cooperatives played key role in ending poverty", published: "2021-03-10", author: "Palden Nyima; Daqiong", outlet: "Valley Daily" });
  check("outlet and place", page("Valley's rural poor left behind", "", "By Lisa Lim", "BBC, Ningxia", "", BODY), { title: "Valley's rural poor left behind", author: "Lisa Lim", outlet: "BBC" });
});

test("a photo's caption at the page's top ('... in the workshop. /VTV', or a sentence over '(Valley Daily Online/Du Ming)') is no headline; 'Published on Aug 16, 2023 PDF Download' names no outlet", () => {
  check("broadcaster's mark", page("A veteran worker is giving advice to her co-worker in the workshop. /VTV", "The valley is continuing its poverty alleviation drive, hoping to eradicate extreme poverty across the region this year, officials said.", BODY), { title: null });
  check("credit under", page("date 2020-08-26 The location of the workshop in Hill County is so close to workers' homes that these days they are able to earn an income without leaving their children behind.", "", "(Valley Daily Online/Du Ming)", "", "Every day, workers rush to their jobs in the workshops at the industrial park in the county town.", "", BODY), { title: null, published: "2020-08-26" });
  check("pdf button", page("Issue BriefsPublished on Aug 16, 2023 PDF Download", "", "Decoding Rural Revitalisation, the Valley's New Priority", "", BODY), { title: "Decoding Rural Revitalisation, the Valley's New Priority", published: "2023-08-16", outlet: null });
});

test("a portal's browser warning over the headline, and 'Valley Press Valley Press 13/10/2016 By GILLIAN WONG, Valley Press': the headline, the day, the writer and the provider named once; a station's call signs and frequencies ('WVAL 88.1 FM Hilltown WVAF 88.1 FM Frederick') are its menu", () => {
  check("portal", page("You are using an older browser version. Please use a supported version for the best experience.", "", "Valley's exports last month post biggest drop since February", "", "Valley Press Valley Press 13/10/2016 By GILLIAN WONG, Valley Press", "", BODY), {
    title: "Valley's exports last month post biggest drop since February", published: "2016-10-13", author: "Gillian Wong", outlet: "Valley Press",
  });
  const { x } = extractFrom(page("© 2024 WVAL", "WVAL 88.1 FM Hilltown WVAF 88.1 FM Frederick WVAO 106.9 FM Ocean City", "Play Live Radio", "", BODY));
  assert.deepEqual(x.claims.map((c) => c.value), [3000]);
});

test("'Reporter: Meng Li 丨 VTV.com' names the writer and the site after a Chinese page's bar; '10-17-2016 12:47 BJT' dates the page and 'BJT', a time zone, is no outlet; 'Source: http://www.youtube.com/watch?v=...' names no outlet", () => {
  // ("VTV丨Updated: November 3, 2020": the bar a Chinese template sets after the site is no part of its name.)
  check("site glued to its bar", page("Threads out of poverty in the valley", "", "VTV丨Updated: November 3, 2020", "", BODY), { title: "Threads out of poverty in the valley", published: "2020-11-03", outlet: "VTV" });
  check("reporter and site", page("Reaching Prosperity ep.3: Relocation benefits villagers in the valley", "", "Reporter: Meng Li 丨 VTV.com", "", "10-17-2016 12:47 BJT", "", BODY), { title: "Reaching Prosperity ep.3: Relocation benefits villagers in the valley", published: "2016-10-17", author: "Meng Li", outlet: "VTV.com" });
  check("time zone", page("Relocation benefits villagers in the valley", "", "10-17-2016 12:47 BJT", "", BODY), { title: "Relocation benefits villagers in the valley", published: "2016-10-17", outlet: null });
  check("video link", page("Valley economy slows", "", BODY, "", "Source: http://www.youtube.com/watch?v=zim_k5xgw1o&feature=youtube_gdata"), { title: "Valley economy slows", outlet: null });
});

test("'10:27, April 19, 2021 By Su Bin, Wang Dan ( Valley Daily' (two writers with no 'and', the paper's bracket left open) names both writers and the paper; 'Translate page with Google' is a button, no headline", () => {
  check("open bracket", page("date 2021-04-19 The valley strives to help relocated poor embrace better life", "", "10:27, April 19, 2021 By Su Bin, Wang Dan ( Valley Daily", "", BODY), { title: "The valley strives to help relocated poor embrace better life", published: "2021-04-19", author: "Su Bin; Wang Dan", outlet: "Valley Daily" });
  check("translate button", page("Translate page with Google", "", "Story Publication logo September 27, 2019", "", "How the Valley's Leader Is Transforming the Valley", "", BODY), { title: "How the Valley's Leader Is Transforming the Valley", published: "2019-09-27" });
});

test("'By Valley News writer Li Ming' over a wire's dateline is the byline, never the headline: the photo captions above it stay text and their figures are found; the board's post header gives the title, and the member who posted writes too", () => {
  const text = page("Valley Forum", "Families move", "", "Post new topic   Reply    Valley Forum // Sample Forum", "Previous topic :: Next topic", "Author Message", "ABC", "", "Joined: 08 May 2018", "Posts: 913", "", "PostPosted: 16-08-2018 03:17:06    Subject: Families move Reply with quote", "Wang Lan, 7, carries a mat to a boat leaving the old county town, June 25, 1995. Around 1.1 million people have been relocated since 1993 to make way for the dam. [Photo/Li Feng] Residents leave their hometown on December 12, 1997. [Photo/Li Feng]", "By Valley News writer Li Ming", "", "HILLTOWN, Oct. 9 (Valley News) -- The county moved 3,000 families from the mountains into new flats near the town this year, officials said.");
  const m = documentFrom(text).metadata;
  assert.equal(m.title, "Families move");
  assert.equal(m.author, "ABC; Li Ming");
  const { x } = extractFrom(text);
  assert.ok(x.claims.some((c) => c.value === 1_100_000), "the caption's figure is text");
});

test("a bulletin board's thread view: 'Posted: ... Post subject: ...' gives the post's day and the thread's title, the member's name under 'Author Message' its writer, and the column heads and topic links are menus; a Dutch board's labels too", () => {
  check("English board", page("Valley Forum Forum Index -> Poverty", "View previous topic :: View next topic", "Author\tMessage", "valleyfan", "", "Joined: 12 Mar 2009", "Posts: 1204", "Location: Hilltown", "", "PostPosted: Tue Aug 16, 2011 3:17 am    Post subject: Families move to new flats Reply with quote", BODY), { title: "Families move to new flats", published: "2011-08-16", author: "valleyfan" });
  check("Dutch board", page("Valley Forum", "Families move", "", "Vorige onderwerp :: Volgende onderwerp", "Auteur Bericht", "ABC", "", "Geregistreerd op: 08 Mei 2018", "", "BerichtGeplaatst: 16-08-2018 03:17:06    Onderwerp: Families move Reageren met citaat", BODY), { title: "Families move", published: "2018-08-16", author: "ABC" });
});

test("a news theme's weather box ('36.8 C' / 'New Delhi' / 'Friday, April 19, 2024') is the reader's day, no publication date; 'Must Read' heads links and names no outlet; '(ValleyReview.net, Jun28’22) –' dates the story and names the site", () => {
  check("weather box", page("today-is-a-good-day", "36.8 C", "New Delhi", "Friday, April 19, 2024", "spot_img", "", "Valley to relocate over 13,000 herders by August", "", "Must Read", "", "(ValleyReview.net, Jun28’22) – The local government is to relocate more than 13,000 herders in nearly 10 townships in eight years, according to the official news agency."), { title: "Valley to relocate over 13,000 herders by August", published: "2022-06-28", outlet: "ValleyReview.net" });
});

test("a byline run into the dateline and the text, as wire aggregators set it: 'by Staff Writers Hilltown (AFP) May 17, 2013 ...' dates the story and names the service; 'By Reuters HILLTOWN - ...' names the service; '. | . |', a layout's empty cells, is no text", () => {
  check("staff writers", page("|", ". | . |", "|", "by Staff Writers Hilltown (AFP) May 17, 2013 Private sector wages in the valley grew 17.1 percent in 2012, official figures showed Friday."), { title: null, published: "2013-05-17", outlet: "AFP" });
  check("service byline", page("Valley says most herders have moved", "", "Published Jul 30, 2019 09:25 pm", "By Reuters HILLTOWN - Most herders sent to new villages have moved, a senior official said on Tuesday."), { title: "Valley says most herders have moved", published: "2019-07-30", outlet: "Reuters" });
});

test("a broadcast transcript's stage directions in brackets under the headline ('(SOUNDBITE OF BELL)', '(CHEERING)', '(LAUGHTER)') credit no outlet", () => {
  for (const direction of ["(SOUNDBITE OF BELL)", "(CHEERING)", "(LAUGHTER)", "(SOUNDBITE OF ARCHIVED RECORDING)"]) {
    check(direction, page("Valley youth find few jobs", "", direction, "", "ANNA LEE, HOST:", "", "The latest figures show that 20.8% of young people in the valley have no job."), { title: "Valley youth find few jobs", outlet: null });
  }
});

test("a browser's title 'Headline | Site' names the outlet when nothing else does, but a section after the bar ('| Opinion') names none; 'By A. B. Roe/C. Doe | Paper | Updated: ...' is two writers parted by a slash", () => {
  check("site after bar", page("Herders Move Down From the High Pastures | Plateau Weekly", "", "By Karin Olsen", "", "In recent years the county rebuilt 4,200 homes for herding families."), { title: "Herders Move Down From the High Pastures", author: "Karin Olsen", outlet: "Plateau Weekly" });
  check("section after bar", page("Herders Move Down From the High Pastures | Opinion", "", "In recent years the county rebuilt 4,200 homes for herding families."), { title: "Herders Move Down From the High Pastures", outlet: null });
  check("slashed writers", page("Opinion", "Home / Opinion / Op-Ed Contributors", "", "How a mountain county closed its income gap", "", "By Mara J. Lindqvist/Tomas Ferreira | Daily Meridian | Updated: 2021-05-18 08:12", "Share", "", "Within 30 years, the county raised rural incomes from 300 yuan to 14,000 yuan."), { title: "How a mountain county closed its income gap", author: "Mara J. Lindqvist; Tomas Ferreira", outlet: "Daily Meridian", published: "2021-05-18" });
});

test("'Our Correspondent' is a paper's credit to a writer it does not name, and the city alone on the line under it is where the story was filed: neither is the title or the outlet", () => {
  check("unnamed writer", page(" date 2019-03-08 Our Correspondent", "", "Lanzhou", "", "The province moved 120,000 herders into new towns last year, the provincial government said."), { title: null, author: null, outlet: null, published: "2019-03-08" });
  check("by our staff reporter", page("Herders settle in new towns", "By Our Staff Reporter", "Lanzhou", "", "The province moved 120,000 herders into new towns last year."), { title: "Herders settle in new towns", author: null, outlet: null });
});

test("'Staff Reporter' alone under the headline names no outlet; a headline in title case set as two short sentences ('This Year, a Remote County Beat Poverty. Now Comes the Hard Part.') is still the headline", () => {
  check("staff reporter", page("Nepal keen to learn from rural road building", "", "", "Staff Reporter", "", "", "The valley has built 3,000 km of rural roads in ten years, officials said."), { title: "Nepal keen to learn from rural road building", author: null, outlet: null });
  check("two sentences", page("TOPICS ", "", "    Subscribe to our newsletter", "", "    FOLLOW US", "", "    • About Us", "    • |", "    • Contact Us", "    FEATURES", "", "    This Year, a Remote County Beat Poverty. Now Comes the Hard Part.", "", "    As the campaign nears its deadline, villagers wonder whether small factories can keep them afloat.", "", "    GANSU, Northwest China — In 2017, after Ma Lan's son found work, the county declared her family lifted out of poverty."), { title: "This Year, a Remote County Beat Poverty. Now Comes the Hard Part." });
});

test("a writer's profile box over an essay ('Mara Quist, Senior Research Fellow, ...' as the first line, 'Follow Mara Quist', 'View Profile', 'Subjects of Interest' over its topics) credits the writer and is no headline; the day set after the headline dates the page and leaves it", () => {
  check("profile box", page("Mara Quist, Senior Research Fellow, Valley Institute of International Affairs", "", "Follow Mara Quist", "", "View Profile", "", "Subjects of Interest", "", "  • Economic Development", "  • Trade", "", "What the valley can learn from mountain roads 15 Dec 2018", "", "The theme of this year's forum that I attended was roads. More than 40 countries sent delegates."), { title: "What the valley can learn from mountain roads", author: "Mara Quist", published: "2018-12-15" });
});

test("a headline just over the byline is the title, not the standfirst set under the byline's share buttons; a tracking pixel's name ('fbpx') over 'Wikipedia' is chrome and the site is the outlet; a shot list's 'Place - Recent (KTV - No access mainland)' names the broadcaster, and a menu of languages is chrome", () => {
  check("over byline", page("男女羞羞视频在线观看,国产精品黄色免费", "Global EditionASIA", "China", "Home / China / Society", "", "Roads a thing of the past", "", "By Wang Xiao in Hilltown, Gansu | Daily Meridian | Updated: 2017-05-18 07:32", "Share", "Share - WeChat", "", "Village sees number of poor households fall rapidly", "", "Huaqiao, in a mountainous county, used to be a poor village, with 126 of its 215 households living below the poverty line."), { title: "Roads a thing of the past", author: "Wang Xiao", outlet: "Daily Meridian", published: "2017-05-18" });
  check("pixel", page("fbpx", "Wikipedia", "", "This article is about the administrative region of the valley. For the cultural region, see Hill. For other uses, see Hill (disambiguation).", "", "The Hill Autonomous Region is a province-level region with 3.6 million people."), { title: null, outlet: "Wikipedia" });
  const shotList = page("Valley-Employment/Farming", "", "All trainees find jobs in valley factories", "", "  • English", "  • العربية", "  • Pусский", "  • Español", "", "Shotlist", "", "", "Hill Autonomous Region, northwest Valley - Recent (KTV - No access mainland)", "1. Various of workers at garment factory", "2. Aerial shot of cityscape", "", "Hill City, northwest Valley - Oct 16, 2020 (KTV - No access mainland)", "3. SOUNDBITE (Chinese) Zulfiya Amat, spokeswoman, Information Office of the valley:", "\"All 3,000 trainees have completed their courses.\"");
  check("shot list", shotList, { title: "All trainees find jobs in valley factories", outlet: "KTV" });
  const { doc, x } = extractFrom(shotList);
  assert.deepEqual(x.quotes.map((q) => [q.speaker, doc.text.slice(q.start, q.end)]), [["Zulfiya Amat", "All 3,000 trainees have completed their courses."]]);
});

test("a radio site's prompts to its members, repeated in every panel ('Thanks for logging in.', 'You can now click/tap LISTEN ...', 'Create a KVR account today!'), are chrome, never the headline", () => {
  check("account prompts", page("Thanks for logging in.", "", "You can now click/tap WATCH to start the live stream.", "", "Thanks for logging in.", "", "You can now click/tap LISTEN to start the live stream.", "", "Thanks for logging in.", "", "LISTEN", "Watch", "on air now", "", "Create a KVR account today!", "", "Joining is free and easy.", "", "Advertisement", "", "Herder speaks out about life after the move", "", "IN STUDIO WITH JANE ROE", "", "A herder who moved to town in 2019 says 300 families were resettled from his valley."), { title: "Herder speaks out about life after the move" });
});

test("a paper archive's cover: 'Li, Wei and Roe, Jane Mary' lists the authors surname first, the schools under it are no outlet, and the authors credited again on the title page are counted once; 'NEW HOME, NEW LIFE', a heading in two parts, is no masthead", () => {
  check("paper cover", page("Valley Personal Paper Archive", "Can Poverty be Alleviated in the Valley?", "Li, Wei and Roe, Jane Mary", "Valley University, Hill University", "2 December 2015", "Online at https://archive.example.org/68458/", "Paper No. 68458, posted 21 Dec 2015 07:24 UTC", "Can Poverty be Alleviated in the Valley?", "Wei Li1 and Jane Mary Roe2", "2 December 2015", "Abstract: This paper evaluates a programme using data on 1,411 counties from 2000 to 2010."), { title: "Can Poverty be Alleviated in the Valley?", author: "Wei Li; Jane Mary Roe", outlet: "Valley Personal Paper Archive", published: "2015-12-02" });
  check("heading in two parts", page("Villages visited by the governor shake off poverty", "NEW HOME, NEW LIFE", "In the north of the valley, Liu Fu and his wife moved into a new apartment.", "He earns 1,200 yuan a month by cleaning streets."), { title: "Villages visited by the governor shake off poverty", outlet: null });
});

test("a standfirst signed off 'Hou Li and Zhou Hua report from Moudao, Hubei province', the place with its province and no stop, credits both writers", () => {
  check("sign-off", page("Temperate town becomes cool option for poverty alleviation", "A hillside town has boosted living standards through tourism. Hou Li and Zhou Hua report from Moudao, Hubei province", "Moudao was once a deserted place where people could hardly harvest enough to eat.", "Almost 80 percent of the adults left town, according to Qin Tai."), { title: "Temperate town becomes cool option for poverty alleviation", author: "Hou Li; Zhou Hua" });
});

test("a site's software warning over the page ('Warning: Declaration of ... on line 112') is chrome; a headline of many words over its 'Updated:' line is no masthead but the headline under the site's tagline, though a body's name there is a masthead; 'By A | NO. 29 JULY 21, 2016' dates the story and names no outlet", () => {
  check("software warning", page("Warning: Declaration of Theme\\Wordpress\\MenuWalker::walk($elements, $max_depth) should be compatible with Walker::walk($elements, $max_depth, ...$args) in /home/site/public_html/wp-content/themes/theme/MenuWalker.php on line 112", "", "Statistics Bureau Releases Annual Report on Migrant Workers", "", "At the end of April, the bureau released its latest annual report. In 2016 there were 281,710,000 migrants."), { title: "Statistics Bureau Releases Annual Report on Migrant Workers" });
  check("headline over date", page("Knowing All about Gansu", "", "Gansu Government Leaders Highlight Rural Work", "", "Updated:2019-02-13 17:10:40", "", "February 11 is the first working day after the holiday. Provincial leaders started to inspect 20 poorer counties and cities, according to the arrangement of the provincial committee."), { outlet: null, published: "2019-02-13", title: "Gansu Government Leaders Highlight Rural Work" });
  check("body over date", page("Employment and Labour Rights in the Valley", "", "The Valley Council Information Office of the Hill Republic", "", "September 2020", "", "The valley puts employment first among its livelihood projects. Guided by the wishes of workers, the regional government has created 40,000 jobs."), { outlet: "Valley Council Information Office of the Hill Republic", title: "Employment and Labour Rights in the Valley" });
  check("issue number", page("Home      Nation      World", "Nation", "Moving Mountains", "A region races to lift nearly 3 million villagers out of poverty", "By Zheng Yang | NO. 29 JULY 21, 2016", "", "Living in a remote mountain village, Gao Shi earned less than 3,000 yuan a year."), { author: "Zheng Yang", outlet: null, published: "2016-07-21", title: "A region races to lift nearly 3 million villagers out of poverty" });
});

test("a day the headline's own last words lead to ('Regular Press Conference on April 7, 2021') stays in the title; a day set after a headline that ends on its own is cut", () => {
  check("day after 'on'", page("Home > Spokesperson's Remarks", "Ministry Spokesperson Ana Lind's Regular Press Conference on April 7, 2021", "", "2021-04-07 20:55", "", "Valley News: The county released a report on 120 villages."), { title: "Ministry Spokesperson Ana Lind's Regular Press Conference on April 7, 2021", published: "2021-04-07" });
  check("day after 'of'", page("Minutes of the county council meeting of 3 May 2019", "", "The council approved 14 new roads."), { title: "Minutes of the county council meeting of 3 May 2019" });
});

test("a release's place in title case and its service in brackets after a distributor's tag ('Valleytown (ots/PRNewswire) - Since ...') open the text: no title, the service is the outlet", () => {
  check("ots release", page(" date 2020-09-25 Valleytown (ots/PRNewswire) - Since the launch of the new programme in the", "", "late 1990s, the valley has seen 40 percent fewer poor people."), { title: null, published: "2020-09-25", outlet: "PRNewswire" });
  check("plain service", page("Valleytown (Xinhua) - The county moved 3,000 families from the mountains into new flats this year."), { title: null, outlet: "Xinhua" });
});

test("a bilingual site's Chinese label glued to an English headline ('2018年CRI Herders urge ...(在线收听') leaves the headline; a line all in Chinese is still none", () => {
  const under = ["", "With 40 years of effort, the valley has lifted 800 people out of poverty. The county built 30 roads.", "", "Officials gathered in the town on Wednesday to share experiences regarding roads and development."];
  check("both edges", page("2018年CRI Herders urge more valley road cooperation(在线收听", ...under), { title: "Herders urge more valley road cooperation" });
  check("leading label", page("2018年CRI Herders urge more valley road cooperation", ...under), { title: "Herders urge more valley road cooperation" });
  check("all Chinese", page("山谷 新闻", ...under), { title: null });
});

test("a paper's title set with its stop right over 'INTRODUCTION', under a print page's 'Printer Friendly', is the title", () => {
  check("print paper", page("Printer Friendly", "", "Valley income disparity in Hilltown: an analysis of labour market outcomes in the formal and informal economies.", "", "INTRODUCTION", "", "Tensions between the two groups culminated in 2009 with riots, which left more than 200 people dead and another 1,700 injured. Following the riots policy underwent a major shift."), { title: "Valley income disparity in Hilltown: an analysis of labour market outcomes in the formal and informal economies." });
});

test("a section heading in capitals that opens as a question's word ('HOW HERDERS EXPERIENCE POVERTY') is no masthead; a site's 'mobile web' switch is no headline", () => {
  check("question heading", page("Categories", "Plateau", "", "ARE HERDERS POOR?", "", "Blog three of four on POVERTY, HUNGER and DEBT in the VALLEY", "", "HOW HERDERS EXPERIENCE POVERTY", "", "The valley has for many years insisted that herders are in fact progressing in great leaps, everyone benefits from the massive investment, and incomes are rising rapidly."), { title: "Blog three of four on POVERTY, HUNGER and DEBT in the VALLEY", outlet: null });
  check("mobile web", page("mobile web", "", "", "  • People should fight fake news about the valley: spokesperson", "    A spokesperson on Wednesday called on people to resist fake news about the valley policy.", "  • No time to press pause on poverty in the valley", "    To work or not to work? That was a question for Ana Lind. After stepping down as village chief, she idled in her remote village for years.", "  • The valley focuses on building new roads", "    The valley expects to invest more than 54.2 billion yuan in roads this year."), { title: null });
});

test("a picture's file name with spaces in it ('VALLEY XH.jpg') is no outlet; 'Reuters, WASHINGTON' under the standfirst names the service the story came from", () => {
  check("file name", page("Valley, a good place in China", "By Ana Lindqvist", "1564183357000", "", "VALLEY XH.jpg", "", "Aerial photo taken on June 23, 2019 shows the view of a plateau in the valley. (Photo: Xinhua)", "", "The valley is one of the five regions, covering an area almost one sixth of the country with a population of 25 million."), { title: "Valley, a good place in China", outlet: null });
  check("service and city", page("US bars cotton from the valley", "", "FORCED LABOR: The move follows a Treasury ban in July on all dollar-based trade with the paramilitary entity accused of using the labour of detained valley workers", "", "Reuters, WASHINGTON", "", "", "The administration has expanded economic pressure on the valley, banning cotton imports from a powerful organization that it says uses forced labor."), { title: "US bars cotton from the valley", outlet: "Reuters" });
});

test("a paper named alone in a photo's credit ('[Photo/Hill Daily]', '(Photo: Valley Geographic)') lent the picture and names no outlet; a blog's 'Search This Blog' box is no outlet", () => {
  const caption = (credit: string) => page("Villages lifted out of poverty", "", `The relocation site in the county. ${credit}`, "", BODY);
  check("paper alone, bracketed", caption("[Photo/Hill Daily]"), { title: "Villages lifted out of poverty", outlet: null });
  check("paper alone, labelled", caption("(Photo: Valley Geographic)"), { title: "Villages lifted out of poverty", outlet: null });
  check("search box", page("Search This Blog", "", "Friday, 3 July 2020", "", "Inside the valley's race to beat poverty", "", "The valley may be unpopular, but it claims to have lifted large numbers of people out of poverty, writes a correspondent.", "", BODY), { title: "Inside the valley's race to beat poverty", outlet: null });
});

test("a release's contact line names its issuer ('Contact: Valley Rights Congress', 'Contact: Ana Lind, Valley Action Institute, +91 ...'); 'Press Release– For immediate release' is no headline; 'Hilltown ENA November 16/2019 A group ...' names the agency and the day", () => {
  check("contact body", page("Groups ask brands to leave the valley", "", "Press Release– For immediate release", "23 July 2020", "Contact: Valley Rights Congress", "+49 89 5432 1999", "", "Today, 72 rights groups called on apparel brands to stop sourcing cotton from the valley."), { title: "Groups ask brands to leave the valley", published: "2020-07-23", outlet: "Valley Rights Congress" });
  check("contact person and body", page("New report on the valley's boarding schools", "FOR IMMEDIATE RELEASE", "5 July 2025", "Contact: Ana Lind, Valley Action Institute, +91 7807885951", "Hilltown, India – The institute today launched its new report on 800,000 children."), { title: "New report on the valley's boarding schools", outlet: "Valley Action Institute" });
  check("agency initials", page("Hilltown ENA November 16/2019 A media group from 16 countries praised the rural development of the valley after visiting the area.", "", "Some 20 media representatives visited the valley."), { title: null, published: "2019-11-16", outlet: "ENA" });
});

test("a print page's headline in capitals over its deck in sentence case and the byline ('VALLEY COTTON GROWERS BUOYANT AS PRICES RISE' / 'Demand increases in region despite boycott') is the title", () => {
  check("capitals over deck", page("Valley Daily Global Edition (USA)", "", "VALLEY COTTON GROWERS BUOYANT AS PRICES RISE", "", "Demand increases in region despite boycott", "", "- By ANA LIND in Hilltown", "", "As cotton plants on 300 hectares of farmland owned by a cooperative started to blossom this month, prices for the crop continued to rise."), { title: "VALLEY COTTON GROWERS BUOYANT AS PRICES RISE" });
});

test("'By' on a line of its own over the writer's name ('By' / 'Ana Lindqvist' / 'August 15, 2023') credits the writer", () => {
  check("by alone", page("I'm always looking out for articles on the valley's roads. Thanks for sharing. The valley truly takes care of its people.", "Rich cities and poor villages? Visit report: roads are a reality THROUGHOUT the valley.", "By", "Ana Lindqvist", "August 15, 2023", "", "The valley has built 300 km of sealed roads into every village in ten years, and mud huts have been replaced."), { title: null, author: "Ana Lindqvist", published: "2023-08-15" });
});

test("a journal template's affiliation marks after each writer ('Authors: Ana Lind aff001; Tomas Berg aff002') are no part of the names", () => {
  check("affiliation marks", page("The factors of being a left-behind child in the valley: a multilevel analysis", "", "Authors: Ana Lind aff001;  Tomas Berg aff001;  Mara Quist aff002", "Authors place of work: School of Public Health, Hill University, Hilltown aff001", "", "In 2015 there were 69.7 million left-behind children in the valley."), { title: "The factors of being a left-behind child in the valley: a multilevel analysis", author: "Ana Lind; Tomas Berg; Mara Quist" });
});

test("a picture's stand-in text ('Responsive Image') over the headline is no outlet", () => {
  check("stand-in", page("Responsive Image", "", "PRESS RELEASE: New Report on the Valley's Herders", "", "A recent report from the valley institute found that 34 percent of herders had moved."), { title: "PRESS RELEASE: New Report on the Valley's Herders", outlet: null });
});

test("a post set over two lines ('Vice Minister of the Valley Leading Group Office of' / 'Poverty Alleviation and Development') names no publisher", () => {
  check("post over two lines", page("Material 1 for the press conference of the Valley Information Office", "", "(Oct 14th, 2014)", "", "Vice Minister of the Valley Leading Group Office of", "", "Poverty Alleviation and Development of the Valley", "", "Li Wenhai", "", "Ladies and gentlemen, friends from the press,", "", "Good morning! The valley has lifted 300,000 people out of poverty this year."), { title: "Material 1 for the press conference of the Valley Information Office", outlet: null });
});

test("a release's lede names its issuer when its contact line names only people ('The Valley Human Rights Project (VHRP), along with ...'); 'Jan 8 (VNS)—...' names the news service", () => {
  check("project issuer", page("VHRP Joins Herders to Give Testimony", "", "April 11, 2022 | 2:00 p.m. EDT", "For Immediate Release", "Contact: Ana Lind +1 (202) 790-1795", "", "The Valley Human Rights Project (VHRP), along with herders and experts, provided testimony at a public hearing on 3,000 families."), { title: "VHRP Joins Herders to Give Testimony", outlet: "Valley Human Rights Project" });
  check("day and service", page("Paper argues the valley's jobs violate rights", "", "Jan 8 (VNS)—The broadcaster's host has given figures on the valley, where 75,000 jobs were created."), { title: "Paper argues the valley's jobs violate rights", published: null, outlet: "VNS" });
});

test("'By Agencies' credits wire copy, no writer; 'Headline – ValleyDay' names the news site after the dash, its name run together", () => {
  check("agencies", page("Valley declares victory over rural poverty", "", "By Agencies", "", "The valley has lifted 98.99 million people out of poverty in eight years, officials said."), { title: "Valley declares victory over rural poverty", author: null });
  check("site after dash", page("Locals can learn from the valley's model of poverty elimination – ValleyDay", "", "It is widely understood that the valley laid the foundations for 40 years of economic progress."), { title: "Locals can learn from the valley's model of poverty elimination", outlet: "ValleyDay" });
});

test("a blog's name and motto over the day and the post's title ('THE VALLEY LEDGER' / 'Notes on class, capital and ...' / 'Tuesday, March 2, 2021'), its writer in the footer ('Posted by vledger at 3/02/2021 09:14:00 am') or after the title's dash", () => {
  check("motto", page("THE VALLEY LEDGER", "Notes on class, capital and the numbers they publish", "", "Tuesday, March 2, 2021", "", "The Valley Counts Its Victory", "", BODY, "", "Posted by vledger at 3/02/2021 09:14:00 am"), { title: "The Valley Counts Its Victory", published: "2021-03-02", author: "vledger", outlet: "The Valley Ledger" });
  check("section over the day", page("VALLEY - HILLS", "11/26/2020, 15.02", "", "Experts question the valley's claim that no herder remains poor", "by Paolo Ferrante", "", BODY), { title: "Experts question the valley's claim that no herder remains poor", author: "Paolo Ferrante" });
  check("writer after dash", page("Hill Review", "Notes on liberty and the news the big papers miss", "", "Tuesday, March 9, 2021", "", "Retailers Quietly Drop Valley Suppliers - Colin Ashby", "", "by Colin Ashby", "", BODY), { title: "Retailers Quietly Drop Valley Suppliers", author: "Colin Ashby" });
  // (A reposted story's byline names its writers; Blogger's "Unknown" names nobody.)
  check("byline over footer", page("Valley reports 150,000 people left poverty last year", "", "By Laura Whitfield", "", BODY, "", "Posted by Unknown at 9:42 PM"), { title: "Valley reports 150,000 people left poverty last year", author: "Laura Whitfield" });
  check("unknown poster", page("Valley reports 150,000 people left poverty last year", "", BODY, "", "Posted by Unknown at 9:42 PM No comments:"), { title: "Valley reports 150,000 people left poverty last year", author: null });
});

test("a report's first author 'et al.' under its title credits the writer; a headline in title case over two standfirsts in sentence case is the title, under a body's long name over the breadcrumb", () => {
  check("et al", page("OCTOBER 2022", "", "THREADS OF COMPULSION: LABOUR TRANSFER IN THE SOUTHERN VALLEY", "", "Hannah J. Whitlock, et al.", "", BODY), { title: "THREADS OF COMPULSION: LABOUR TRANSFER IN THE SOUTHERN VALLEY", author: "Hannah J. Whitlock" });
  check("standfirsts", page("Coalition Against Forced Labour in the Valley Region", "", "Home / News / Press Releases", "", "New Study Traces Valley Cotton Through Spinning Mills Abroad", "", "Researchers say 41 spinning mills in third countries bought lint from two valley ginning groups", "", "Rights groups urge retailers to publish supplier lists within six months", "", "Published 9 February 2023", "", BODY), { title: "New Study Traces Valley Cotton Through Spinning Mills Abroad", published: "2023-02-09", outlet: "Coalition Against Forced Labour in the Valley Region" });
});

test("a journal's 'by A 1, B 2,* and C 1', an agency's '-- BERNAMA' under the last paragraph, and a message board's post ('Board :: Forum', '[ Follow Ups ] [ FAQ ]', 'Replying to: ...?', 'handle 03/18/2013, 22:41:07 Author Profile | Edit')", () => {
  check("journal authors", page("Does E-Commerce Raise the Incomes of Apple Growers? Evidence from the Valley", "", "by Zhang Ruoxi 1, Ma Jianhua 2,* and Ding Yuqing 1", "1", "College of Economics, Valley Agricultural University", "", BODY), { title: "Does E-Commerce Raise the Incomes of Apple Growers? Evidence from the Valley", author: "Zhang Ruoxi; Ma Jianhua; Ding Yuqing" });
  check("agency sign-off", page("Herders trade yak pastures for guesthouse keys", "", "KUALA LUMPUR, Dec 6 -- Tenzin Dorje, 38, used to spend eight months of every year following his family's yaks across the valley.", "", "-- BERNAMA", "", "No comments:"), { title: "Herders trade yak pastures for guesthouse keys", outlet: "BERNAMA" });
  check("message board", page("Valley China Forum :: Political Board", "", "[ Follow Ups ] [ Post Followup ] [ Valley China Forum ] [ FAQ ]", "", "The 2,300 yuan line is a moving target", "Replying to: So how many rural poor are really left?", "", "    Yangtze_Drifter 03/18/2013, 22:41:07  Author Profile | Edit", "", BODY), { title: "The 2,300 yuan line is a moving target", published: "2013-03-18", author: "Yangtze_Drifter", outlet: "Valley China Forum" });
});

test("a thread 'submitted 12 days ago by handle to c/name', one 'Discussion in ... started by handle, Feb 25, 2021.', and a video's subtitles a line each under its title", () => {
  check("submitted", page("lemmy.example", "Communities Create Post Search", "", "c/valley", "", "Are the rural income figures for the valley believable?", "", "submitted 12 days ago by tarim_basin_tea to c/valley", "arrow-up 47 arrow-down", "", BODY), { title: "Are the rural income figures for the valley believable?", author: "tarim_basin_tea", outlet: "c/valley" });
  check("started", page("Home  Forums  Regional & World Affairs  China & Far East", "", "Valley leader: last rural poor lifted out", "", "Discussion in 'Far East' started by Beidou_Lad, Feb 25, 2021.", "", "Beidou_Lad", "SENIOR MEMBER", "Joined: Jun 12, 2017", "", BODY), { title: "Valley leader: last rural poor lifted out", published: "2021-02-25", author: "Beidou_Lad" });
  check("subtitles", page("VALLEYTV.com | Video | China News", "2013-03-07 20:15", "", "Poverty Figures \"Shrink\" Ahead of the Sessions", "", "[Play] 04:36 | Share | Print", "", "During this year's sessions,", "officials again announced a sharp drop", "in the valley's rural poor population.", "The Valley Poverty Alleviation Office", "said that last year about 23 million people", "had been lifted out of poverty."), { title: "Poverty Figures \"Shrink\" Ahead of the Sessions" });
});

test("a broadcaster's 'Reported by A for RFA's Uyghur Service. Written in English by B.', a wire's 'Additional reporting by', a brief's 'Author(s):' under 'Policy Brief No. 71', and a repository's record of labels over values", () => {
  check("reported and written", page("County Told to Send 3,600 Workers to Factories", "", BODY, "", "Reported by Erkin Tursun for VFA's Uyghur Service. Translated by Erkin Tursun. Written in English by Sarah Whitfield."), { title: "County Told to Send 3,600 Workers to Factories", author: "Erkin Tursun; Sarah Whitfield", outlet: "VFA" });
  check("additional reporting", page("Valley's relocation drive a success, official says", "", BODY, "", "(Reporting by Martin Hale; additional reporting by Chen Aiping in Guiyang; Editing by Kim Coghill)"), { title: "Valley's relocation drive a success, official says", author: "Martin Hale; Chen Aiping" });
  check("brief", page("Valley Policy Research Institute", "Home > Publications > Policy Briefs", "", "Targeted Poverty Alleviation in the Western Valley: What Others Can Learn", "", "Policy Brief No. 71", "Author(s): Sana Javed Qureshi, Li Haoran", "Publication Date: 19 November 2020", "", BODY), { title: "Targeted Poverty Alleviation in the Western Valley: What Others Can Learn", published: "2020-11-19", author: "Sana Javed Qureshi; Li Haoran", outlet: "Valley Policy Research Institute" });
  check("record", page("Scholarship@Valley", "", "Home > CMC > Senior Theses", "", "Title", "", "Herders into Townspeople? Resettlement and Livelihoods in the Valley", "", "Author", "", "Nora Castellano", "", "Date of Submission", "", "4-25-2022", "", "Reader 1", "", "Lin Weiqing", "", "Rights Information", "", "© 2022 Nora Castellano", "", "Abstract", "", BODY), { title: "Herders into Townspeople? Resettlement and Livelihoods in the Valley", published: "2022-04-25", author: "Nora Castellano", outlet: null });
});

test("a numbered release ('Release number VFAD/61/12') under a motto set over two lines names its issuer by the initials its lede gives it; 'Name, Paper' over the date line under a caption is the byline", () => {
  check("numbered release", page("Enabling poor rural people", "to overcome poverty", "", "Release number VFAD/61/12", "", "VFAD Board approves US$312 million for rural development in 14 countries", "", "Rome, 13 December 2012 – The Executive Board of the Valley Fund for Agricultural Development (VFAD) has approved US$296.4 million in loans."), { title: "VFAD Board approves US$312 million for rural development in 14 countries", published: "2012-12-13", outlet: "Valley Fund for Agricultural Development" });
  check("name and paper over date", page("Hill Times", "Home | News | National | World | Sport", "", "The valley's new towns leave farmers with keys but no work", "", "Former farmers queue for water at a relocation estate outside the town.", "", "Philippa Hurst, Valley Morning Herald", "June 4 2012 - 6:00am", "", BODY), { title: "The valley's new towns leave farmers with keys but no work", author: "Philippa Hurst", outlet: "Valley Morning Herald" });
});

test("a report's front matter ('Published in the United Kingdom by ...', 'Copyright ©2022 The Valley Institute for Asian Affairs') over its title page, the title over its writers and month; a caption with its 'Photo credit:' set twice over a post is no headline", () => {
  check("title page", page("THE VALLEY INSTITUTE FOR ASIAN AFFAIRS", "", "Published in the United Kingdom by The Valley Institute for Asian Affairs, 44 Carrow Lane, Norwich.", "", "Copyright ©2022 The Valley Institute for Asian Affairs", "", "All rights reserved. No part of this report may be reproduced in any manner whatsoever without written consent.", "", "Front cover images: Transferred workers boarding a chartered train (Image source: Valley Daily, archived).", "", "2", "", "Moving the Surplus: Labor Transfer Quotas in the Southern Valley", "", "Helen Marsh and Tursun Ablet", "", "October 2022", "", "3", "", "Executive Summary", "", BODY), { title: "Moving the Surplus: Labor Transfer Quotas in the Southern Valley", author: "Helen Marsh; Tursun Ablet", outlet: "The Valley Institute for Asian Affairs" });
  check("caption twice", page("Herders moving into resettlement housing, 2019. Photo credit: Valley Daily", "Herders moving into resettlement housing, 2019. Photo credit: Valley Daily", "Blog Post", "Mar 11, 2024", "", "Fenced Out: Ecological Migration on the Valley Plateau", "", "By Rebecca Nhan, Research and Advocacy Fellow", "", BODY), { title: "Fenced Out: Ecological Migration on the Valley Plateau", author: "Rebecca Nhan" });
});

test("an embassy's or consulate's long name over its menu ('Embassy of the People's Republic of Valley in the Republic of Kenya') is the outlet", () => {
  check("embassy", page("Embassy of the People's Republic of Valley in the Republic of Kenya", "Home   Embassy Information   About Valley   News   Spokesperson's Remarks", "  HOME > Spokesperson's Remarks", "Foreign Ministry Spokesperson Zhang Heping's Regular Press Conference on March 3, 2021", "2021-03-03 21:40", "", BODY), { title: "Foreign Ministry Spokesperson Zhang Heping's Regular Press Conference on March 3, 2021", outlet: "Embassy of the People's Republic of Valley in the Republic of Kenya" });
});

test("a blogging chain's reply page: 'RE: ...' under the site's name and menu is the title, the first 'handle (54) in #tag • 3 years ago' its writer, '$0.41  ▲ 23 votes  Reply' no figures", () => {
  const text = page("steemit", "Home  Explore  Wallet  Sign up  Log in", "RE: The valley has \"no more poverty.\" I went and looked.", "View the full context", "tenzin-walks (54) in #valley • 3 years ago", "", "I spent part of last summer visiting my mother's family, where 18,600 herders were resettled.", "", "$0.41  ▲ 23 votes  Reply", "    mountain-tea (61) • 3 years ago", "    Good comment. Rights groups estimated that 2 million people had been rehoused.", "    $0.03  ▲ 5 votes  Reply");
  check("steemit", text, { title: "RE: The valley has \"no more poverty.\" I went and looked.", author: "tenzin-walks" });
  assert.deepEqual(extractFrom(text).x.claims.map((c) => c.value), [18600, 2000000]);
});

test("a link shared to a federated forum ('... lift 27,000 households ...' over 'eng.valleynet.cn' over 'submitted 2 years ago by kadir@lemmy.example to valley@lemmy.example') and a show's page ('Watch Full Show', 'Listen', 'Media Options' over the story's headline)", () => {
  check("link post", page("Lemmy Example", "Communities  Create Post  Create Community  Support", "", "Valley says cotton incomes lift 27,000 households out of poverty", "eng.valleynet.cn", "", "submitted 2 years ago by redstar_kadir@lemmy.example to valley@lemmy.example", "", BODY), { title: "Valley says cotton incomes lift 27,000 households out of poverty", author: "redstar_kadir", outlet: "valley@lemmy.example" });
  check("show page", page("Open Signal Now!", "Independent Global News", "Donate", "Headlines  Shows  Topics  Columns  Events", "Story November 18, 2020", "Watch Full Show", "Listen", "Media Options", "\"We Were Told Not to Refuse\": Valley Herders Describe a Labor Training Drive", "A new report by a rights group says authorities put more than half a million rural laborers through training, much of it compulsory."), { title: "\"We Were Told Not to Refuse\": Valley Herders Describe a Labor Training Drive", outlet: null });
});

test("a Chinese site's label glued to the headline ('国内英语资讯:Valley cuts ...'), '发布时间:2020-01-25  来源:Xinhua  阅读:1286', and a syndicating site's 'Reuters | Beijing | Updated: 15-01-2021 19:02 IST | Created: 15-01-2021 18:47 IST'", () => {
  check("chinese label", page("查字典英语网 > 英语资讯 > 国内英语资讯", "国内英语资讯:Valley cuts rural poor population by 80 pct in 2019", "发布时间:2020-01-25  来源:Xinhua  阅读:1286", BODY), { title: "Valley cuts rural poor population by 80 pct in 2019", published: "2020-01-25", outlet: "Xinhua" });
  check("bar credit", page("Home > Business > Agriculture", "", "Valley says cotton harvest mostly machine-picked, rejects forced labour claims", "", "Reuters | Beijing | Updated: 15-01-2021 19:02 IST | Created: 15-01-2021 18:47 IST", "", "Representative Image. Image Credit: Pixabay", "", BODY), { title: "Valley says cotton harvest mostly machine-picked, rejects forced labour claims", published: "2021-01-15", outlet: "Reuters" });
});

test("a journal's article page: an icon's text between the authors, the journal over its issue, and the publisher's copyright", () => {
  check(
    "journal page",
    page("Skip to Main Content", "Log in  |  Register  |  Cart", "", "Home > All Journals > Inner Asian Studies > List of Issues > Volume 12, Issue 3", "", "Inner Asian Studies", "Volume 12, 2023 - Issue 3", "Submit an article", "", "Articles", "", "Herd sizes after resettlement in two Qinghai counties, 2012-2020", "", "Anna Hartley ORCID Icon & Peter Lindqvist ORCID Icon", "Pages 40-61 | Received 02 Feb 2022, Accepted 09 Nov 2022, Published online: 14 Jan 2023", "", "ABSTRACT", "", BODY, "", "Copyright © 2023 Meridian Academic Publishing Limited"),
    { title: "Herd sizes after resettlement in two Qinghai counties, 2012-2020", published: "2023-01-14", author: "Anna Hartley; Peter Lindqvist", outlet: "Inner Asian Studies" },
  );
});

test("'©2021 The Authors. ... ©2021 Body': the writers are no outlet, the body holding the next copyright is; a journal line '/ 17–39, Vol. 9, No. 2, 2021' dates the paper", () => {
  check(
    "paper's first page",
    page("Hill Economy Journal / 101–120, Vol. 4, No. 1, 2021", "Cash transfers and school attendance in Liangshan", "Ma Lin, a Sarah Cole b", "Abstract", BODY, "©2021 The Authors. Hill Economy Journal ©2021 Valley Institute of Economics"),
    { title: "Cash transfers and school attendance in Liangshan", published: "2021-01-01", precision: "year", outlet: "Valley Institute of Economics" },
  );
});

test("an index's record: 'Author' over 'Listed:' over the authors as items, and 'Registered:' over some of them again, under its buttons", () => {
  check(
    "index record",
    page("INDEX home Printed from https://index.example.org/a/abc/v14y2021i3p288-309.html", "My bibliography  Save this article", "", "Leaving the Hills: Migrant Work and Poverty Exit in Three Counties", "", "Author", "", "Listed:", "  • Anna Hartley", "  • Ma Zhenhua", "", "Registered:", "  • Anna Hartley", "", "Abstract", "", BODY),
    { title: "Leaving the Hills: Migrant Work and Poverty Exit in Three Counties", author: "Anna Hartley; Ma Zhenhua" },
  );
});

test("under a date line that names its writer ('site.cn by Liang Wei, November 3, 2016'), 'Name, Director of ...' is whom the interview is with, not a second writer", () => {
  check(
    "interview's header",
    page("You are here: Home/ News", "", "Institute head: the poverty line will have to rise", "", "valleynews.cn by Liang Wei, November 3, 2016 Adjust font size:", "", "Anna Hartley, Director of the China Programme, Hill Development Institute", "", BODY),
    { title: "Institute head: the poverty line will have to rise", published: "2016-11-03", author: "Liang Wei", outlet: "valleynews.cn" },
  );
});

test("a copyright holder named with no year ('Copyright © Hill Energy Group Co., Ltd. All rights reserved.') is the outlet, without its 'Co., Ltd'", () => {
  check("company page", page("Helping Valley County leave the poverty list", "", BODY, "", "Copyright © Hill Energy Group Co., Ltd. All rights reserved. ICP No. 05012345"), { title: "Helping Valley County leave the poverty list", outlet: "Hill Energy Group" });
  check("news site", page("Herders' cooperatives lift incomes", "", BODY, "", "Copyright by Valley Online Co., Ltd All Rights Reserved."), { title: "Herders' cooperatives lift incomes", outlet: "Valley Online" });
});

test("a record's authors with their affiliations ('Luo Jiahui, Institute of Sociology, ...'), surname first ('Fairweather, Olivia Jane'), and 'Date' over '2019'", () => {
  check("journal record", page("Valley Social Sciences", "Home > Journals > VSS > Vol. 2021 > Iss. 4", "", "Article Title", "Jobs at the Doorstep: Workshops and Women's Work in Three Counties", "", "Authors", "Luo Jiahui, Institute of Sociology, Valley Academy of Social Sciences", "Ilham Sabir, Independent Scholar", "", "Abstract", BODY), { title: "Jobs at the Doorstep: Workshops and Women's Work in Three Counties", author: "Luo Jiahui; Ilham Sabir" });
  check("thesis record", page("Hill Access", "Home › Faculty of Science › School of Geography - Theses › View Item", "", "Moving down the mountain? Livelihoods after relocation in two counties", "", "Author", "Fairweather, Olivia Jane", "", "Date", "2019", "", "Affiliation", "School of Geography", "", BODY), { title: "Moving down the mountain? Livelihoods after relocation in two counties", published: "2019-01-01", author: "Olivia Jane Fairweather" });
});

test("a conference paper's 'Authors' set under its abstract, each with an affiliation, are its authors", () => {
  check("paper page", page("Search", "Browse By Day", "Search Tips", "Sign In", "Valley Science Association Annual Meeting", "Quotas on Paper: Cadre Incentives and Transfer Targets in Valley Counties", "Thu, September 11, 2:00 to 3:30pm, Convention Center, Room 204B", "Abstract", BODY, "Authors", "Hannah Whitcombe, University of Toronto", "Ilham Sabir, Independent Scholar", "", "Within Session: Labor and the State"), { title: "Quotas on Paper: Cadre Incentives and Transfer Targets in Valley Counties", author: "Hannah Whitcombe; Ilham Sabir" });
});

test("a paper's name before a bar ('MERIDIAN NEWS | World Business Blog'), 'Posted by: Name' at the post's foot, and a writer's name set again under the byline ('By Daniel Ke' / 'Daniel Ke' / 'Daniel Ke')", () => {
  check("blog of a paper", page("VALLEY NEWS | World Business Blog", "Home | Markets | Emerging Economies | Video", "", "Count of rural poor jumps after income line raised", "", "March 3rd, 2012", "", BODY, "", "Posted by: Lin Meihua", "Filed under: China • Economy"), { title: "Count of rural poor jumps after income line raised", published: "2012-03-03", author: "Lin Meihua", outlet: "Valley News" });
  check("paper", page("THE HILL TIMES", "China › Economy", "", "Report questions figures on rural incomes", "", "By Daniel Ke", "Daniel Ke", "Daniel Ke", "", "September 9, 2021 Updated: September 12, 2021", "", BODY), { title: "Report questions figures on rural incomes", published: "2021-09-09", author: "Daniel Ke", outlet: "The Hill Times" });
});

test("a print page's headline in capitals over its standfirst and byline, and a report's kind in capitals before its title ('RESEARCH NOTE Moving Labor: ...')", () => {
  check("print page", page("Valley Daily Global Edition (USA)", "", "6 Aug 2021", "", "YI FAMILIES FIND NEW FOOTING IN VALLEY TOWNS", "", "Relocated residents turn to factories, coffee and tourism for income", "", "- By LI WENJING in Kunming and HE YAN in Lushui, Yunnan liwenjing@valleydaily.example", "", BODY), { title: "YI FAMILIES FIND NEW FOOTING IN VALLEY TOWNS", published: "2021-08-06", author: "Li Wenjing; He Yan" });
  check("report cover", page("RESEARCH NOTE Moving Labor: Transfer Quotas and Wages in Three Counties", "", "Summary", "", BODY), { title: "Moving Labor: Transfer Quotas and Wages in Three Counties" });
});

test("a print page's masthead set in columns ('International Department ...       VALLEY REVIEW'), and 'WEEKLY' beside its date no outlet", () => {
  check("columns", page("International Department of the Valley Committee       VALLEY REVIEW", "Thursday, December 3, 2020       WEEKLY", "Down from the mountains", "By Li Xiaoqian", "", BODY), { title: "Down from the mountains", published: "2020-12-03", author: "Li Xiaoqian", outlet: "Valley Review" });
});

test("a machine-translated wire opening 'Xinhua Agency, Zhangye, Oct.6 (Reporter Li Wen)' names the outlet and the reporter; a brand-cased site name over its trail ('PHmuseum' over 'Stories / Documentary') is the outlet", () => {
  const wire = documentFrom(
    [
      "Counting every sheep in a mountain village",
      "",
      "Published: 2024-10-08 Author: siteadmin",
      "",
      "Xinhua Agency, Zhangye, Oct.6 (Reporter Li Wen) In Hongshi Village, 58-year-old herdsman An Bao still remembers the day the first secretary came.",
    ].join("\n") + "\n",
  );
  assert.deepEqual([wire.metadata.outlet, wire.metadata.author], ["Xinhua Agency", "Li Wen"]);
  const essay = documentFrom(["PHmuseum", "Stories  /  Documentary", "", "Grass Without Herders", "", "Dorje Namgyal", "", "On the high pastures of Golog, families have grazed yaks for as long as anyone remembers."].join("\n") + "\n");
  assert.deepEqual([essay.metadata.outlet, essay.metadata.title], ["PHmuseum", "Grass Without Herders"]);
});

test("a newsletter's name over 'Subscribe  Sign in' is its outlet, and the writer's name alone over the day is its author", () => {
  const doc = documentFrom(
    [
      "Steppe & Silk",
      "Subscribe  Sign in",
      "",
      "Issue #41: The cotton counties and their numbers",
      "What the poverty statistics say about Aksu, and what they skip",
      "",
      "Owen Fairley",
      "Jan 14, 2021",
      "",
      "47 likes · 12 comments · Share",
      "",
      "The prefecture says it moved 42,000 people off the poverty list last year, and the county reports agree.",
    ].join("\n") + "\n",
  );
  assert.deepEqual([doc.metadata.outlet, doc.metadata.author, doc.metadata.publishedDate, doc.metadata.title], ["Steppe & Silk", "Owen Fairley", "2021-01-14", "Issue #41: The cotton counties and their numbers"]);
});

test("a release's masthead of an office, its division and its city ('Department of Public Information • News and Media Division • New York') names the outlet, under the title in capitals", () => {
  const doc = documentFrom(
    [
      "PRESS CONFERENCE ON RURAL INCOMES IN WESTERN CHINA",
      "Department of Public Information • News and Media Division • New York |",
      "14/02/2007",
      "Press Conference",
      "",
      "PRESS CONFERENCE ON RURAL INCOMES IN WESTERN CHINA",
      "",
      "Rural incomes in western China had risen by 8 per cent a year since 2000, correspondents were told at a Headquarters press conference today.",
    ].join("\n") + "\n",
  );
  assert.deepEqual([doc.metadata.outlet, doc.metadata.title, doc.metadata.publishedDate], ["Department of Public Information", "PRESS CONFERENCE ON RURAL INCOMES IN WESTERN CHINA", "2007-02-14"]);
});

test("an unrolled thread's title 'Thread by Mei Lin (@MeiLinEcon)' names its writer, whose own figures the thread's are", () => {
  const { doc, x } = extractFrom(
    [
      "unrollsite.com",
      "Thread by Mei Lin (@MeiLinEcon)",
      "Mar 3, 2022",
      "1/ Incomes in the former poverty counties: real progress or a low base? A short thread.",
      "2/ The 832 former poverty counties had rural incomes of 13,820 yuan a head in 2021.",
      "3/ In my own fieldwork I saw the same pattern in Liangshan.",
    ].join("\n") + "\n",
  );
  assert.deepEqual([doc.metadata.title, doc.metadata.author], ["Thread by Mei Lin (@MeiLinEcon)", "Mei Lin"]);
  assert.deepEqual(x.claims.map((c) => [doc.text.slice(c.start, c.end), c.attributedTo]), [["832 former poverty counties", "Mei Lin"], ["13,820 yuan", "Mei Lin"]]);
});

test("a report's cover: 'Report No. 41/2021' is its series number, never its title, and a short title in sentence case ('Moving the mountains') heads no section", () => {
  const doc = documentFrom(
    [
      "Moving the mountains",
      "Relocation, labour transfer and surveillance in southern Qinghai",
      "",
      "Liam Ferreira",
      "",
      "Policy Brief",
      "Report No. 41/2021",
      "March 2021",
      "",
      "Between 2016 and 2020, authorities in Qinghai relocated more than 52,000 herding households into 214 new settlements.",
    ].join("\n") + "\n",
  );
  assert.deepEqual(doc.removals.filter((r) => /Report No|Moving/.test(r.text)).map((r) => [r.text, r.rule]), [
    ["Moving the mountains", "above-title"],
    ["Report No. 41/2021", "labelled-metadata"],
  ]);
  assert.notEqual(doc.metadata.title, "Report No. 41/2021");
});

test("a report's lead writer over 'with Chen Yuting, Dr Sarah Okonjo, Tenzin Norbu': all four are its authors", () => {
  const doc = documentFrom(
    [
      "Moving the mountains",
      "Relocation, labour transfer and surveillance in southern Qinghai",
      "",
      "Liam Ferreira",
      "with Chen Yuting, Dr Sarah Okonjo, Tenzin Norbu",
      "",
      "Policy Brief",
      "March 2021",
      "",
      "Between 2016 and 2020, authorities in Qinghai relocated more than 52,000 herding households into 214 new settlements.",
    ].join("\n") + "\n",
  );
  assert.equal(doc.metadata.author, "Liam Ferreira; Chen Yuting; Sarah Okonjo; Tenzin Norbu");
});

test("a blog's post: 'Written by' over the day names the writer, and 'Posted by X at 11:20 · Filed under: ...' at its foot does too", () => {
  const written = documentFrom(["Kestrel Notes — Blogging on the hills", "", "Why the Exit Figures Puzzle Me", "", "Written by Lena Marsh on Monday, May 4th, 2015 at 9:05 am", "Filed under: economy | Tags:", "", "The county paper said that 14,200 people had left poverty last year, which is more than the whole of my valley.", ""].join("\n"));
  assert.equal(written.metadata.author, "Lena Marsh");
  assert.equal(written.metadata.publishedDate, "2015-05-04");
  assert.equal(written.metadata.outlet, "Kestrel Notes");
  const footer = documentFrom(["The Near Hill", "", "March 3, 2016", "", "A Survey of Village Accounts", "", "A long interview with a researcher says that 4,100 households in the county were entered into the register in one month.", "", "Posted by Lena Marsh at 11:20 · Filed under: Economy, Rural · Tags: surveys", ""].join("\n"));
  assert.equal(footer.metadata.author, "Lena Marsh");
});

test("a forum's thread: the title under 'r/China Jun 3 '20' however long it reads, and the poster its 'OP' mark names", () => {
  const doc = documentFrom(["r/Valley Jun 3 '20", "", "My aunt's village was told it has left poverty. Here is what the notice says and what she actually lives on, as far as I can tell from the numbers", "", "The notice says that all 214 registered poor households in the village have left poverty, with incomes above 4,000 yuan.", "", "2.4k Upvotes", "", "u/hill_reader Jun 3 '20", "", "That is how the figures are counted.", "", "u/valley_lad OP Jun 3 '20", "", "She earns maybe 5,000 yuan a year from the goats.", ""].join("\n"));
  assert.equal(doc.metadata.title, "My aunt's village was told it has left poverty. Here is what the notice says and what she actually lives on, as far as I can tell from the numbers");
  assert.equal(doc.metadata.author, "valley_lad");
});

test("a desk credit ('By News Desk | March 6, 2020 | 0 Comments', 'Monitoring Desk') is the writer, the masthead the outlet, and a trail's cut copy of the headline is no title", () => {
  const desk = documentFrom(["Valley Frontier News", "Home | World | Business", "", "412,600 lifted out of poverty", "", "By News Desk  |  March 6, 2020  |  0 Comments", "", "HILLTOWN: Another 31 counties in the province have been removed from the list of poor counties, the provincial government said on Thursday.", ""].join("\n"));
  assert.deepEqual([desk.metadata.author, desk.metadata.outlet, desk.metadata.publishedDate], ["News Desk", "Valley Frontier News", "2020-03-06"]);
  const cut = documentFrom(["The Valley Post", "Home » World", "", "Valley releases white", "Valley releases white paper on hill labour as rights groups raise alarm", "", "Monitoring Desk", "", "HILLTOWN: The government on Monday released a white paper on employment in the hills, saying the region moved 645,000 workers.", ""].join("\n"));
  assert.equal(cut.metadata.title, "Valley releases white paper on hill labour as rights groups raise alarm");
  assert.equal(cut.metadata.author, "Monitoring Desk");
});

test("a journal named over 'Volume 14, Issue 3' is the outlet, not the university press over it; a Chinese site's '来源 :' names the source", () => {
  const journal = documentFrom(["University of Valley Press", "Skip to Main Content", "Journal of Upland Labour Studies", "Volume 14, Issue 3", "September 2023", "", "Research Article | September 01 2023", "Quotas in the Rows: Household Debt and the Harvest in Hill Prefecture", "Ann Roe; Kai Lund", "", "Abstract", "Drawing on a survey of 412 households, we find that 38 percent borrowed to pay for the harvest.", ""].join("\n"));
  assert.equal(journal.metadata.outlet, "Journal of Upland Labour Studies");
  assert.equal(journal.metadata.publishedDate, "2023-09-01");
  const sourced = documentFrom(["Apricot Harvest Goes Online in the Valley", "", "来源 :Valley Pictorial(山谷画报) | 被引量 : 0次 | 上传用户:hill_2019", "  In the oasis towns of the valley, the apricot harvest used to end in a race against rot. Farmers grew more than 300,000 tonnes of the fruit a year.", ""].join("\n"));
  assert.equal(sourced.metadata.outlet, "Valley Pictorial");
  assert.equal(sourced.metadata.title, "Apricot Harvest Goes Online in the Valley");
});

test("a bilingual yearbook's '编 Compiled by:' and '发布日期 Release date:' are read as their English labels; a portal's '[Valley Bureau of Statistics] ...' headline keeps its bracket; 'Scan the QR code to share' is no title", () => {
  const yearbook = documentFrom(["山谷统计年鉴2020  Valley Statistical Yearbook 2020", "首页 Home | 目录 Contents", "", "编 Compiled by: Valley Bureau of Statistics", "发布日期 Release date: 2020-10-15", "", "11-9  Relocation by City and County (2019)", "", "In 2019 the region relocated 15,862 households with 68,931 persons to 147 resettlement sites across its five cities.", ""].join("\n"));
  assert.deepEqual([yearbook.metadata.outlet, yearbook.metadata.publishedDate], ["Valley Bureau of Statistics", "2020-10-15"]);
  const portal = documentFrom(["Home | Data | Reports | Login | Register", "", "[Valley Bureau of Statistics] Income of Rural Residents in the Valley in the First Half of 2020", "", "2020-07-21 09:42:17", "", "Scan the QR code to share", "  • Release date: 2020-07-21", "  • Issuing body: Valley Bureau of Statistics", "", "In the first half of 2020, the per capita disposable income of rural residents was 7,415 yuan, a nominal increase of 7.2% over the same period last year.", ""].join("\n"));
  assert.equal(portal.metadata.title, "[Valley Bureau of Statistics] Income of Rural Residents in the Valley in the First Half of 2020");
  const box = documentFrom(["Mira Dolkar: interview transcript", "", "VRF Asset Request Portlet", "", "Publicador de contenidos", "", "Mira Dolkar: interview transcript", "", "Mira Dolkar is a herder and bookkeeper living in a valley village. She was interviewed in 2009 about the 34 women in her savings group.", ""].join("\n"));
  assert.deepEqual([box.metadata.title, box.metadata.outlet], ["Mira Dolkar: interview transcript", "VRF"]);
  assert.ok(!box.text.includes("Publicador"), box.text);
});

test("a masthead's version switches ('Mobile 中文 Français') and a yearbook's year are no part of the outlet; a journal reader's trail ending in '2020年6期' names the journal", () => {
  const portal = documentFrom(["The Official Website of the People's Government of Hill Province   Mobile  中文  Français  한국어  日本語", "", "22 March 2016", "", "Home>news collection>2019>June", "", "Valley to Move 100 Thousand Mountain Residents by Year-end", "", "2019-06-14  Download  Print  Comment", "", "On June 11, the last batch of 316 households from a village loaded their quilts onto trucks and set off for the resettlement community.", ""].join("\n"));
  assert.equal(portal.metadata.outlet, "The Official Website of the People's Government of Hill Province");
  const yearbook = documentFrom(["Valley Poverty Alleviation and Development Yearbook 2013", "Home > Yearbook 2013 > Local Poverty Alleviation", "", "Poverty Alleviation and Development in Hill Province", "", "      【Overview】 In 2012, the provincial government took the mountain areas as the main battlefields, and 1.14 million people left poverty.", ""].join("\n"));
  assert.equal(yearbook.metadata.outlet, "Valley Poverty Alleviation and Development Yearbook");
  const reader = documentFrom(["fx361.cc 首页 > 期刊导读 > Valley Today > 2020年6期", "Moving Down from the Roof of the World", "2020-06-15byTenzinDolkar", "by Tenzin Dolkar", "At 4,900 meters above sea level, the grasslands of the county are among the highest inhabited places on earth, and 1,102 families moved.", ""].join("\n"));
  assert.deepEqual([reader.metadata.outlet, reader.metadata.publishedDate, reader.metadata.author], ["Valley Today", "2020-06-15", "Tenzin Dolkar"]);
});

test("no title from a section and its day ('Society | Mar 9'), a section path in capitals ('CHINA - TIBET'), a day alone, or a page's buttons ('Send to a friend | Print'); a company's tax number is no part of the copyright holder's name", () => {
  const wire = documentFrom(["ValleyOnJapan", "Home | Society | Business | Politics", "", "Society | Mar 9", "", "Apparel makers step up audits of cotton suppliers", "", "Mar 9 (Kyodo) - Nine clothing firms have begun on-site audits of spinning mills after a rights group alleged that 4,300 workers were moved.", ""].join("\n"));
  assert.equal(wire.metadata.title, "Apparel makers step up audits of cotton suppliers");
  const agency = documentFrom(["ValleyNews.it", "VALLEY - HILLS", "09/23/2020, 13.47", "Tags: Hills, Labour", "Send to a friend | Print", "", "More than 400,000 herders sent to job training this year", "", "Officials set a quota to turn herders into wage earners. Rights groups warn that nomadic life is being dismantled.", "", "Hilltown (ValleyNews / Agencies) - Authorities trained more than 412,000 rural labourers in the first eight months of this year.", "", "Copyright © 2003 ValleyNews C.F. 00889190153 All rights reserved.", ""].join("\n"));
  assert.deepEqual([agency.metadata.title, agency.metadata.outlet], ["More than 400,000 herders sent to job training this year", "ValleyNews"]);
  const repost = documentFrom(["Labour Rights Valley Network", "Home > News > Media reports", "", "Report on overtime strike at a valley electronics plant", "", "15 May 2012", "", "Thousands strike at electronics supplier over overtime pay", "", "By Helen Tsao", "", "Reuters", "", "14 May 2012", "", "HILLTOWN, May 14 (Reuters) - Thousands of workers at an electronics plant went on strike over overtime pay on Monday, and 2,000 stayed out.", ""].join("\n"));
  assert.notEqual(repost.metadata.title, "14 May 2012");
});

test("a printed hearing's '[House Hearing, ...]' / '[From the U.S. Government Publishing Office]' notes: the title under them and the printer; a debate's 'Title - 14 March 2023 (Commons/Westminster Hall)'; its cover's 'ONE HUNDRED SEVENTEENTH CONGRESS' is no figure", () => {
  const hearing = ["[House Hearing, 117 Congress]", "[From the U.S. Government Publishing Office]", "", "", "        POVERTY FIGURES AND LABOR TRANSFERS IN THE VALLEY", "", "=======================================================================", "", "                                HEARING", "", "                               BEFORE THE", "", "                    ONE HUNDRED SEVENTEENTH CONGRESS", "", "                             MARCH 18, 2021", "", "Mr. Harlan. The committee will come to order. We heard that 570,000 people were moved in 2018 alone.", ""].join("\n");
  const { doc, x } = extractFrom(hearing);
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.publishedDate], ["POVERTY FIGURES AND LABOR TRANSFERS IN THE VALLEY", "U.S. Government Publishing Office", "2021-03-18"]);
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["570,000 people"]);
  const debate = documentFrom(["PARLIAMENTARY DEBATE", "Valley: Poverty Alleviation and Labour Transfers - 14 March 2023 (Commons/Westminster Hall)", "Debate Detail", "Andrew Pettifer", "It is a pleasure to serve under your chairmanship. Two years ago the government announced that 98.99 million people had been lifted out of poverty.", ""].join("\n"));
  assert.deepEqual([debate.metadata.title, debate.metadata.publishedDate], ["Valley: Poverty Alleviation and Labour Transfers", "2023-03-14"]);
});

test("a writer's name over the links to their own pages ('Pieter van Dam' over \"Pieter's Travel Map | Pieter's Blogs\"), and 'Helen M. Aldridge and Rustam Karimov' under a brief's title, are its authors", () => {
  const blog = documentFrom(["ValleyBlog", "Home » Asia » Valley", "", "Up the ladder to the cliff village", "", "Published: October 9th 2021", "Edit Blog Post", "", "Pieter van Dam", "Pieter's Travel Map | Pieter's Blogs", "", "The village sits 800 metres above the river, and 72 households moved down in 2020.", ""].join("\n"));
  assert.equal(blog.metadata.author, "Pieter van Dam");
  assert.ok(!blog.text.includes("Travel Map") && !blog.text.includes("Edit Blog Post"), blog.text);
  const brief = documentFrom(["POLICY BRIEF", "", "Counting the Pickers: Labour Transfer Data and Cotton Sourcing Risk in the Valley", "Helen M. Aldridge and Rustam Karimov", "September 2022", "", "The valley is the centre of the cotton economy, and it produced 5.39 million tonnes of cotton in 2021, about 89 percent of the total.", ""].join("\n"));
  assert.deepEqual([brief.metadata.title, brief.metadata.author], ["Counting the Pickers: Labour Transfer Data and Cotton Sourcing Risk in the Valley", "Helen M. Aldridge; Rustam Karimov"]);
});

test("a paper's writer with the marks of the affiliation and the corresponding author ('Dilnur Abdukerim a,⁎') under its title, and a document site's 'Date post: 14-Aug-2021'", () => {
  const doc = documentFrom(["Home > Documents > Journal of Valley Policy", "", "Date post: 14-Aug-2021", "Category:", "Upload: others", "18", "Does organised labour transfer raise rural incomes? Evidence from 1,240 households in the valley", "Dilnur Abdukerim a,⁎", "a School of Public Administration, Valley Institute of Technology, 68 Hill Road, Hilltown 730070", "article info abstract", "Since 2014, the region has organised the transfer of rural labourers into factory work, and 2.7 million workers were transferred in 2019.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.author, doc.metadata.publishedDate], ["Does organised labour transfer raise rural incomes? Evidence from 1,240 households in the valley", "Dilnur Abdukerim", "2021-08-14"]);
  assert.equal(documentFrom(["A Survey of Valley Households", "Dilnoza Rakhimova", "", "The survey covered 412 households in 2019, of which 38 percent had a member working away.", ""].join("\n")).metadata.author, "Dilnoza Rakhimova");
});

test("a blog's name with small words ('Notes from a Small Desk') or its motto after a dash ('Magpie Valley — Blogging on the hills') is the outlet; '— Tang Wenhui, Vice Minister of ...' under a speech's title is who gave it", () => {
  const blog = documentFrom(["Notes from a Small Desk", "Music, numbers and whatever else I'm thinking about", "", "Rural poverty numbers in the valley: a quick look", "", "Posted on March 12, 2016 by Lin Xiaomei", "", "A friend sent me a link last week to a speech promising that the valley would end rural poverty by 2020, when 1.2 million people were still poor.", ""].join("\n"));
  assert.deepEqual([blog.metadata.outlet, blog.metadata.author], ["Notes from a Small Desk", "Lin Xiaomei"]);
  const motto = documentFrom(["Magpie Valley — Blogging on the hills", "", "Jan 22", "", "(Letter) The County's Exit Numbers? Count Me Unconvinced", "", "Written by Tian Jiawei on Tuesday, January 22nd, 2013 at 4:15 pm", "", "Last week the county paper announced that 21,600 people in the county had left poverty last year.", ""].join("\n"));
  assert.equal(motto.metadata.outlet, "Magpie Valley");
  const speech = documentFrom(["Valley.org | Home | News | Opinion", "", "Keynote Speech at the Valley Forum on Rural Development and Poverty Reduction", "", "— Tang Wenhui, Vice Minister of Agriculture of the Valley Republic", "", "(Hilltown, November 9, 2017)", "", "Distinguished guests, ladies and gentlemen, friends, good morning. Over the past five years, 68.53 million rural people have left poverty.", ""].join("\n"));
  assert.equal(speech.metadata.author, "Tang Wenhui");
});

test("a trail from the home page down to a paper's page holds its day and is still a trail; the folio under it names the paper and the day", () => {
  const doc = documentFrom(["reprintstack.net", "Home > Newspapers > Valley Daily Weekend Edition > 9 Mar 2021 > Page 4", "< Prev page | Page 4 of 16 | Next page >", "", "VALLEY DAILY | TUESDAY, MARCH 9, 2021 | 4", "", "Orchard towns count their first export season", "", BODY, ""].join("\n"));
  assert.notEqual(doc.metadata.title, "Home > Newspapers > Valley Daily Weekend Edition > 9 Mar 2021 > Page 4");
  assert.equal(doc.metadata.publishedDate, "2021-03-09");
  assert.equal(doc.metadata.outlet, "Valley Daily");
  assert.ok(!doc.text.includes("reprintstack.net"), "the site's address alone over the trail is no text");
});

test("a show's name 'by' its publisher under an episode titled after the show names the outlet", () => {
  const doc = documentFrom(["Hill Voices: Who Stays When the Road Arrives?", "", "Hill Voices by Xinhua", "", "Episode notes", "", "In this episode we visit a county where 4,000 people moved to new flats, and ask who came back.", ""].join("\n"));
  assert.equal(doc.metadata.outlet, "Xinhua");
  // (A line that only looks so, whose show the title does not open with, names nothing.)
  const other = documentFrom(["Orchard towns count their first season", "", "Hill Voices by Xinhua", "", "In this report we visit a county where 4,000 people moved to new flats.", ""].join("\n"));
  assert.notEqual(other.metadata.outlet, "Xinhua");
});

test("an opinion page's closing disclaimer names the site; a body the copy calls 'X-based' is no outlet at work", () => {
  const doc = documentFrom(["Counting the Poor, and Who Is Left Out", "", "Marta Ellison", "Updated: 3/2/2022", "", "A survey by the Geneva-based Rural Audit Monitor found that assessors spent 20 minutes in each home, across 1,200 homes.", "", "Views expressed in this article are the opinions of the author and do not necessarily reflect the views of The Hill Courier.", ""].join("\n"));
  assert.equal(doc.metadata.outlet, "Hill Courier");
  const described = documentFrom(["Counting the Poor", "", "A survey by the Geneva-based Rural Audit Monitor found that assessors spent 20 minutes in each home, across 1,200 homes.", ""].join("\n"));
  assert.equal(described.metadata.outlet, null);
});

test("a paper repository's cover page: its labels, terms and citation are chrome; 'Working Paper' heads the title; 'Provided in Cooperation with:' names the issuing body; 'This version:' dates it", () => {
  const doc = documentFrom([
    "A Service of", "", "Leibniz-Informationszentrum Wirtschaft", "Leibniz Information Centre for Economics", "", "econstor", "Make Your Publications Visible.", "", "zbw", "",
    "Okafor, Ngozi; Lin, Yuhan", "", "Working Paper", "Orchard cooperatives and household income in three hill counties", "", "VRI Working Paper, No. 2022-03", "",
    "Provided in Cooperation with:", "Valley Research Institute (VRI), Hilltown University", "",
    "Suggested Citation: Okafor, Ngozi; Lin, Yuhan (2022) : Orchard cooperatives and household income in three hill counties, VRI Working Paper, No. 2022-03", "",
    "This Version is available at:", "http://hdl.handle.net/10419/123456", "",
    "Standard-Nutzungsbedingungen:", "Die Dokumente auf EconStor dürfen zu eigenen wissenschaftlichen Zwecken gespeichert werden.", "",
    "Terms of use:", "Documents in EconStor may be saved and copied for your personal and scholarly purposes.", "",
    "Orchard Cooperatives and Household Income:", "Evidence from Three Hill Counties", "", "Ngozi Okafor*", "Yuhan Lin†", "", "This version: May 2022", "",
    "Abstract", "", "This paper uses records of 1,240 households in three counties to study how joining an orchard cooperative changed incomes.", "",
  ].join("\n"));
  assert.equal(doc.metadata.title, "Orchard cooperatives and household income in three hill counties");
  assert.equal(doc.metadata.outlet, "Valley Research Institute");
  assert.equal(doc.metadata.publishedDate?.slice(0, 7), "2022-05");
  assert.equal(doc.metadata.author, "Ngozi Okafor; Yuhan Lin");
  for (const chrome of ["Terms of use", "Nutzungsbedingungen", "Suggested Citation", "Make Your Publications Visible"]) assert.ok(!doc.text.includes(chrome), chrome);
});

test("an encyclopedia's page is named for the subject its lead opens on, past its tabs, map caption and infobox; its footer's 'last edited' day dates it", () => {
  const doc = documentFrom([
    "Jump to content", "Main menu", "Search", "", "Orchard County", "", "7 languages", "Article Talk", "Read Edit View history", "Tools", "From Wikipedia, the free encyclopedia", "",
    "Location of Orchard County in Hill Province", "Country | Valley", "Area | 2,100 km2", "",
    "Orchard County (Chinese: 果园县; pinyin: Guǒyuán Xiàn) is a county in Hill Province, home to some 210,000 people in 2020.", "",
    "This page was last edited on 14 May 2024, at 09:31 (UTC).", "",
  ].join("\n"));
  assert.equal(doc.metadata.title, "Orchard County");
  assert.equal(doc.metadata.publishedDate, "2024-05-14");
  assert.ok(!doc.text.includes("7 languages"), "the wiki's button to other languages is no text");
  // (A debate's page whose first sentence describes the chamber, without the names in brackets an encyclopedia gives, keeps its headline.)
  const debate = documentFrom(["Poverty and Labour Transfer Programmes", "", "Tuesday 11th March 2025", "", "Hill Hall", "", "Hill Hall is an alternative chamber for members to hold debates, named after the hall beside it.", ""].join("\n"));
  assert.equal(debate.metadata.title, "Poverty and Labour Transfer Programmes");
});

test("a portal's 'Release time:...Information sources: ... Visits:2417' line dates the page and names its source; 'Message from X, President of ...' is X's message", () => {
  const doc = documentFrom(["Valley Rural Development Centre", "Home  |  News  |  Exchanges  |  Research", "", "2023-04-02 Sunday", "", "Message from Maria Lindqvist, President of the Hill Fund, On the Occasion of Harvest Day", "", "Release time:2021-10-18Information sources: Valley Rural Development Centre in Hilltown   Visits:2417", "", "Since 1990 we have supported 33 projects that reached 4.8 million households.", ""].join("\n"));
  assert.equal(doc.metadata.title, "Message from Maria Lindqvist, President of the Hill Fund, On the Occasion of Harvest Day");
  assert.equal(doc.metadata.publishedDate, "2021-10-18");
  assert.equal(doc.metadata.outlet, "Valley Rural Development Centre in Hilltown");
  assert.equal(doc.metadata.author, "Maria Lindqvist");
});

test("a section's phrase under the title ('In the Spotlight') names no outlet, a table's 'Cumulative as of' day dates no page, a document site's controls are no title", () => {
  const bank = documentFrom(["Hill Development Bank", "Home | Countries | East Asia", "", "The Bank in Valley", "", "In the Spotlight", "", "Winter Greenhouses Lift Farm Incomes", "", "Greenhouses financed by a $150 million loan let 23,600 farm households sell vegetables through the winter, a completion report finds.", "", "Cumulative as of 31 December 2016", ""].join("\n"));
  assert.equal(bank.metadata.outlet, "Hill Development Bank");
  assert.equal(bank.metadata.publishedDate, null);
  const shared = documentFrom(["President's report on a proposed loan for the Hill Smallholder Livelihoods Project", "", "• Upload", "others", "", "• View", "4", "", "• Download", "0", "", "Embed Size (px)", "", "Citation preview", "", "The project will reach about 84,000 households in five counties over six years.", ""].join("\n"));
  assert.equal(shared.metadata.title, "President's report on a proposed loan for the Hill Smallholder Livelihoods Project");
});

test("an unrolled thread: the writer's name over their handle (or under the picture's caption) is its author, the bio no text, and 'Mar 9, 2021 • 9 tweets • 4 min read • Read on X' its day", () => {
  const pictured = documentFrom(["Thread Reader App", "Thread by @hill_ledger on Thread Reader App", "", "Mara Quinlan Profile picture", "Mara Quinlan", "@hill_ledger", "Researcher, farm incomes. Views my own.", "Mar 9, 2021 • 9 tweets • 4 min read • Read on X", "", "What the orchard numbers say, and what they don't. A thread.", "", "1/ The county said it moved 18,000 people in 2020.", ""].join("\n"));
  assert.equal(pictured.metadata.author, "Mara Quinlan");
  assert.equal(pictured.metadata.publishedDate, "2021-03-09");
  assert.ok(!pictured.text.includes("Views my own"), "the bio is no text");
  const named = documentFrom(["Thread Reader App", "Home / Threads / @hill_ledger", "", "Thread by @hill_ledger", "", "Mara Quinlan", "@hill_ledger", "12 Mar 2021, 11 tweets, 4 min read", "", "The county says 97,000 people left poverty. A thread.", ""].join("\n"));
  assert.equal(named.metadata.author, "Mara Quinlan");
  assert.equal(named.metadata.publishedDate, "2021-03-12");
});

test("a fact-check's 'The Claim' names no outlet; a brand in capitals at the top does; '@handle (61) in #china • 3 years ago' names a post's writer", () => {
  const check = documentFrom(["VERIDICA", "Home > Fact-Check > Politics", "", "Did the Valley Move 3 Million Workers in 2020?", "", "The Claim", "Valley authorities moved 3 million workers out of their villages in 2020.", "", "The department recorded 2.64 million person-times of transfer in 2020, a different measure.", ""].join("\n"));
  assert.equal(check.metadata.outlet, "Veridica");
  const post = documentFrom(["tipjar", "Home | Communities | Wallet", "", "From tent to flat: one township's numbers", "", "@barley_tea (61) in #china • 3 years ago", "", "I spent 14 months teaching in the township, and about 60 families had moved into the new flats.", ""].join("\n"));
  assert.equal(post.metadata.author, "barley_tea");
});

test("a newsletter post's writer: a name alone over the day, under the title and its subtitle", () => {
  const doc = documentFrom(["Hill Notes", "Subscribe", "Sign in", "", "Transcript 1/2 of Ma Lan & Ahmat Turdi", "A former vice governor and a county economist join the Orchard Roundtable on life after relocation.", "", "Zhou Yiran", "Jun 19, 2024", "", "3", "Share", "", "The third roundtable was held last Thursday, and more than 30 guests took part.", ""].join("\n"));
  assert.equal(doc.metadata.author, "Zhou Yiran");
  assert.equal(doc.metadata.publishedDate, "2024-06-19");
});

test("a vBulletin thread: 'Thread: ...' under the trail is its title, 'Old 03-14-2011, 07:42 PM' its day, 'Reply With Quote' no title and the first post is text", () => {
  const doc = documentFrom(["Hillboard > Forum > Off Topic > World News", "Thread: Herders moved into towns - good or bad?", "", "Results 1 to 2 of 2", "Thread Tools   Display", "", "#1", "Old 03-14-2011, 07:42 PM", "hill_lurker", "Member", "Join Date: Jan 2009", "Posts: 412", "", "Herders moved into towns - good or bad?", "", "A piece I read says the county moved about 18,000 herders into settlements since 2006.", "Reply With Quote", "", "#2", "Old 03-14-2011, 09:15 PM", "Kestrel_UK", "Senior Member", "", "I was there in 2009 and saw maybe 200 houses.", "Reply With Quote", ""].join("\n"));
  assert.equal(doc.metadata.title, "Herders moved into towns - good or bad?");
  assert.equal(doc.metadata.publishedDate, "2011-03-14");
  assert.ok(doc.text.includes("18,000 herders"), "the first post is text");
});

test("a blog's sidebar heading 'Categories' over its one category is no outlet: the blog's name is, and the post's title in capitals under them is the title", () => {
  const { doc } = extractFrom(["Ridge Notebook", "Notes on the high valleys, herds and markets", "", "Categories", "Qinghai", "", "HOW MANY HERDERS LEFT THE RANGE?", "", "THE COUNT BEHIND THE RESETTLEMENT FIGURES", "", "The county said in 2019 that 12,400 herders had moved into town. The figure counts households that kept their grazing permits, so it may count some families twice.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet], ["HOW MANY HERDERS LEFT THE RANGE?", "Ridge Notebook"]);
});

test("a board thread's 'Thread starter' and 'Start date' under its title are its writer and day, over a byline and date of an article a post quotes in full", () => {
  const doc = documentFrom(["Valley Talk Forums", "What's new", "Log in", "", "Home", "Forums", "Regional Discussion", "", "Do the new greenhouses in Dingxi pay?", "", "Thread starter ridge_runner", "Start date Apr 2, 2023", "", "ridge_runner", "", "Member", "Joined", "May 4, 2017", "Messages", "318", "", "Apr 2, 2023", "#1", "Posting this in full, the site is paywalled.", "", "By Clara Voss", "Published: 8:40am, 30 Mar, 2023", "", "The county built 1,200 greenhouses last year and says each earns about 9,000 yuan.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.author, doc.metadata.publishedDate, doc.metadata.outlet], ["Do the new greenhouses in Dingxi pay?", "ridge_runner", "2023-04-02", "Valley Talk Forums"]);
  const { x } = extractFrom(["Valley Talk Forums", "", "Do the new greenhouses in Dingxi pay?", "", "Thread starter ridge_runner", "Start date Apr 2, 2023", "", "Posting this in full, the site is paywalled.", "", "By Clara Voss", "Published: 8:40am, 30 Mar, 2023", "", "The county built 1,200 greenhouses last year and says each earns about 9,000 yuan.", ""].join("\n"));
  assert.ok(x.entities.people.some((p) => p.name === "Clara Voss"), "the quoted article's writer is still a person the page names");
});

test("'submitted 2 years ago by handle' without its community names the poster; '(self.China)' after a community post's title is no part of it", () => {
  const doc = documentFrom(["jump to content", "my subreddits", "", "r/China", "comments", "", "Three years running a village clinic in Liangshan. Ask me anything (self.China)", "", "submitted 2 years ago by daliang_doc", "", "We see about 40 patients a day now, up from 15 in 2016, and the county pays 70 percent of inpatient costs.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.author], ["Three years running a village clinic in Liangshan. Ask me anything", "daliang_doc"]);
});

test("a blog's comments, each stamped with its day after the post's 'Posted by ... at' footer, do not date the post; the day heading above its title does", () => {
  const doc = documentFrom(["Notes from the Ridge", "Field notes of a retired teacher in the hills", "", "Home", "About me", "", "Monday, May 3, 2021", "", "What the new road did to the market", "", "When I first came to the township in 2015, the market had perhaps 20 stalls on a good day. The road was a dirt track, 18 kilometres of it.", "", "The county paved the road in 2019 and the trip now takes 40 minutes instead of three hours.", "", "Posted by Ann Rivers at 9:10 PM", "Labels: roads, markets", "", "2 comments:", "", "Tom Lee said...", "Thank you for this, Ann. Do you know how much the road cost the county?", "May 4, 2021 at 7:02 AM", "", "Ann Rivers said...", "Tom, the sign says about 20 million yuan for the whole 18 km, shared with the province.", "May 4, 2021 at 8:15 PM", ""].join("\n"));
  assert.equal(doc.metadata.publishedDate, "2021-05-03");
});

test("a podcast page: '<title> artwork' over the episode's title, and 'Show from Publisher' over its day", () => {
  const doc = documentFrom(["Down from the pastures artwork", "", "Down from the pastures", "", "Hill Country Hour from Northgate Media", "", "May 12, 2023", "", "Host Ana Ruiz talks to an economist about the 12,000 herders moved to towns in Qinghai since 2016.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.publishedDate], ["Down from the pastures", "Northgate Media", "2023-05-12"]);
});

test("a language switch on one line ('Simp. Chinese  Trad. Chinese') is no masthead", () => {
  const doc = documentFrom(["Simp. Chinese  Trad. Chinese", "Government", "Services", "", "Ningxia Moves 40,000 Workers to Jobs in Spring", "Updated:2021.04.20", "", "  The region moved 40,000 rural workers into jobs in the first quarter, the department said.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet], ["Ningxia Moves 40,000 Workers to Jobs in Spring", null]);
});

test("a shared document: its name over 'Total Page:' and 'File Type:', and its cover's title again in capitals with the day it was given", () => {
  const doc = documentFrom(["Report on the Work of the People's Government of Hill Province", "Total Page:22", "File Type:pdf, Size:1.2Mb", "", "REPORT ON THE WORK OF THE PEOPLE'S GOVERNMENT OF HILL PROVINCE (February 2nd, 2022)", "", "Fellow Deputies,", "", "In the past year the province lifted 120,000 people out of poverty and built 3,400 kilometres of rural roads.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.publishedDate], ["Report on the Work of the People's Government of Hill Province", "2022-02-02"]);
  // (Under the sharing site's own name and menu, and over a download button.)
  const under = documentFrom(["DocShelf", "Upload | Browse | Sign in", "", "Holding On: Income Risk after Resettlement in the Hills", "Total Page: 24", "File Type: pdf, Size: 1.4Mb", "", "Download PDF | Report this document", "", "Working Paper Series", "", "Holding On: Income Risk after Resettlement in the Hills", "", "Working Paper No. 2021-08", "", "We follow 1,200 households for three years after the move and find that one in five fell back below the line.", ""].join("\n"));
  assert.equal(under.metadata.title, "Holding On: Income Risk after Resettlement in the Hills");
});

test("a journal's 'Open Access Article' badge over the paper's title is no title", () => {
  const doc = documentFrom(["Next Article in Journal", "Water Use in Terraced Orchards on the Loess Plateau", "Previous Article in Journal", "", "Font Type:", "Arial Georgia Verdana", "Font Size:", "Aa Aa Aa", "Line Spacing:", "Column Width:", "Background:", "Open Access Article", "", "Down the Mountain, Into the Factory: Work and Income After Resettlement in the Dry Hills of Central Gansu", "", "by Li Na 1, Tom Berg 2,* and Wu Lan 1", "1", "School of Economics, Lanzhou University, Lanzhou 730000, China", "2", "Department of Geography, Hill University, Leeds LS2 9JT, UK", "*", "Corresponding author.", "", "Abstract", "", "We surveyed 1,240 households in 36 villages and found that incomes rose 18 percent after the roads were paved.", ""].join("\n"));
  assert.equal(doc.metadata.title, "Down the Mountain, Into the Factory: Work and Income After Resettlement in the Dry Hills of Central Gansu");
});

test("a commentary's writers, each 'Name, Post - Programme' on a line of their own over the day, before the title is known", () => {
  const doc = documentFrom(["Hillside Institution", "Home > Research > Development", "", "Commentary", "", "What the transfer figures leave out", "", "Grace Holloway, Senior Fellow - Global Economy and Development", "Samuel Okafor, Research Analyst - Global Economy and Development", "", "May 2, 2022", "", "The region says it moved 540,000 workers in 2021, but fewer than 100,000 of them held contracts longer than six months.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.author], ["What the transfer figures leave out", "Grace Holloway; Samuel Okafor"]);
});

test("a university page's 'Hero Image' over the picture's caption names no outlet", () => {
  const doc = documentFrom(["Northfield University", "Research", "News", "", "Home > News > Health", "", "Date", "October 4, 2021", "", "Eggs at breakfast, better marks in class", "", "Mia Chen", "", "Hero Image", "Pupils eat breakfast at a boarding school in Weining County. Photo courtesy of the project.", "", "A study of 2,100 pupils in 48 boarding schools found that anemia fell from 24 to 15 percent in eight months.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.author], ["Eggs at breakfast, better marks in class", "Northfield University", "Mia Chen"]);
});

test("a report's front matter: '(c) Writer, March 2023.' dates it and 'Published by the X, City.' names its publisher", () => {
  const doc = documentFrom(["After the Finish Line: Village Incomes in the West", "", "Anna Berg", "", "AFTER THE FINISH LINE", "", "(c) Anna Berg, March 2023.", "Published by the Lakeside Foundation for Rural Cooperation, Geneva.", "", "Anna Berg is an economist who has worked on social protection for more than 15 years.", "", "FOREWORD", "", "Since 2008 the Foundation has financed 27 projects worth a combined US$38 million.", ""].join("\n"));
  assert.deepEqual([doc.metadata.outlet, doc.metadata.publishedDate, doc.metadata.publishedPrecision], ["Lakeside Foundation for Rural Cooperation", "2023-03-01", "month"]);
});

test("render chrome: a notice that the browser needs scripts, a caption credited '| AGENCY', the publisher's name alone over the day, and the tags set apart by spaced commas", () => {
  const { doc, x } = extractFrom(["Live Breaking News & Updates on Dawa Tsering", "", "Herders leave the high pastures for the valley", "", "Herders leave the high pastures for the valley", "Sorry, but your browser needs Javascript to use this site.", "If you re not sure how to activate it, please refer to this site: https://www.enable-javascript.com/", "A family unloads furniture at a new village near Tsethang. | NORTHERN WIRE", "Northern Wire", "Mar 9, 2022", "Since 2018 the region has moved more than 17,000 herders to new villages, the relocation office said.", "Dawa Tsering , Lhoka , Tsethang , Valley Policy Watch , University Of Oslo ,", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.publishedDate], ["Herders leave the high pastures for the valley", "Northern Wire", "2022-03-09"]);
  assert.ok(!doc.text.includes("Javascript") && !doc.text.includes("University Of Oslo"), "the notice and the tags are no text");
  assert.ok(!x.entities.organisations.some((o) => o.name === "University Of Oslo"));
});

test("'Harriet Lowe in Xiji and Yinchuan' over the day: the writer, with the places she reported from", () => {
  const doc = documentFrom(["THE VALLEY TIMES", "China | Rural economy", "", "Movers drift back to the hills", "", "Hollow villages, new debts and a struggle for work test the resettlement push", "", "Nora Fielding in Xiji and Yinchuan", "August 14, 2018", "", "Ma Fengying spent three winters in a fourth-floor flat before she gave up and went home, about 90 minutes from the nearest bus stop.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.author], ["Movers drift back to the hills", "Nora Fielding"]);
});

test("a live page's 'Reporting by A, B and C' on a line of its own credits its writers", () => {
  const doc = documentFrom(["Asia Courier", "", "Rural policy live: Beijing sets grain goals", "", "Published: 3:05pm, 19 Feb, 2024", "", "Follow our live coverage of the briefing and reaction from economists.", "", "Reporting by Helen Ou, Marcus Tan and Ding Ruoxi", "", "6:40pm", "An economist said the goal of 5 percent income growth was reachable.", ""].join("\n"));
  assert.equal(doc.metadata.author, "Helen Ou; Marcus Tan; Ding Ruoxi");
});

test("a release service: 'News provided by' over the issuer, and 'SOURCE Issuer' at the foot, name the issuer, not the service", () => {
  const over = documentFrom(["PR Wire Asia", "News | Industries | Send a Release", "", "News provided by", "Hill Lantern Education Foundation", "Sep 08, 2023, 09:00 ET", "", "Hill Lantern Education Foundation Pledges Funding for Village Teachers", "", "CHENGDU, China, Sept. 8, 2023 -- The foundation will support 1,200 village teachers over three years.", ""].join("\n"));
  assert.equal(over.metadata.outlet, "Hill Lantern Education Foundation");
  const foot = documentFrom(["Release Wire", "", "Valley Fund Pledges Support for 300 Clinics", "", "KUNMING, China, May 2, 2022 -- The fund will support 300 village clinics in Yunnan.", "", "SOURCE Valley Health Fund", ""].join("\n"));
  assert.equal(foot.metadata.outlet, "Valley Health Fund");
});

test("a digest: 'Posted: DATE  Views: N  Font: ...' dates it, and items' own 'Source:' lines name no outlet of the page", () => {
  const doc = documentFrom(["Western Policy Centre", "Home | About | Bulletins", "", "Rural Bulletin | No. 15, 2022 (Apr 11 - Apr 17, 2022)", "", "Posted: 2022-04-19   Views: 412   Font: [L] [M] [S]", "", "Dingxi keeps potato jobs close to home. Plants in Anding now employ more than 9,600 rural workers.", "", "Source: Gansu Daily Apr. 12, 2022", "", "Guizhou takes stock. The province has resettled 1.92 million people since 2016.", "", "Source: China Rural Observer Apr. 13, 2022", "", "Ningxia sends workers out. About 760,000 rural labourers worked outside their counties.", "", "Source: Ningxia Daily Apr. 15, 2022", ""].join("\n"));
  assert.deepEqual([doc.metadata.publishedDate, doc.metadata.outlet], ["2022-04-19", "Western Policy Centre"]);
});

test("a page's lists and counters are no text: 'Most Viewed in 24 Hours', another episode 'Title · 38 min', a telephone number alone, 'Views 2,764 Downloads 611'", () => {
  const { doc, x } = extractFrom(["Valley Post", "", "Roads reach the last villages", "", "By Ann Lee", "", "The county paved 120 kilometres of road last year, the transport bureau said.", "", "+86 28 8555 0193", "", "Views 2,764 Downloads 611", "", "Most Viewed in 24 Hours", "", "More episodes", "Herders on the move: new towns in the hills · 38 min", "The apple economy of Jingning · 29 min", ""].join("\n"));
  assert.deepEqual(x.claims.map((c) => c.valueText), ["120"]);
  assert.ok(!/Most Viewed|8555|2,764|38 min/.test(doc.text), "the chrome is no text");
});

test("'Release time: 2021-05-18  Views: 1206' dates a page, 'March 11, 2022 • 38 min' an episode, and 'From <a department>' under a reprinted release's headline names its outlet", () => {
  const museum = documentFrom(["Valley Museum of Rural Life", "Home | Exhibitions | Visit", "", "From Rattan Ladders to Steel Stairs: Rural Change, 2013-2020", "", "Release time: 2021-05-18    Views: 1206    [Print] [Close]", "", "The exhibition shows how 1,200 households in 36 villages moved to new towns.", ""].join("\n"));
  assert.equal(museum.metadata.publishedDate, "2021-05-18");
  const episode = documentFrom(["Dragon Fields: The Countryside Unpacked", "Episode 41: Who profits from the livestream villages?", "March 11, 2022 • 38 min", "", "Two hosts ask what happens after the ring light goes off, with a guest who spent two years in 14 villages.", ""].join("\n"));
  assert.equal(episode.metadata.publishedDate, "2022-03-11");
  const release = documentFrom(["Valley expands grape-picking jobs for relocated families", "", "From Valley Department of Human Resources and Social Security", "", "YINCHUAN — The department announced Thursday that it will place 36,000 workers in vineyards this season.", ""].join("\n"));
  assert.equal(release.metadata.outlet, "Valley Department of Human Resources and Social Security");
});

test("an unrolled thread: 'Lin Qiaoyun 林巧云' over '@lin_qiaoyun' is its writer, the name in Chinese script after it no part of it, and 'View original on Twitter' is a link", () => {
  const { doc, x } = extractFrom(["Thread Reader", "Share this page!", "", "Lin Qiaoyun 林巧云", "@lin_qiaoyun", "Sep 17, 2020 · 14 tweets · 4 min read", "View original on Twitter", "", "Lots of hot takes today. I'd rather talk about Xiji, where I grew up.", "", "1/ My grandparents had 11 mu of sloping land in Xiji.", "", "2/ My parents moved in 2013 and paid 12,800 yuan for a house.", ""].join("\n"));
  assert.equal(doc.metadata.author, "Lin Qiaoyun");
  assert.ok(!doc.text.includes("View original"), "the link is no text");
  assert.deepEqual(x.claims.map((c) => c.attributedTo), ["Lin Qiaoyun", "Lin Qiaoyun"]);
});

test("a thesis site's record with its labels run into the values before them: 'Posted on:2021-06-09Degree:MasterType:Thesis' dates it and 'Country:ChinaCandidate:H R MaFull Text:PDF' names its writer", () => {
  const doc = documentFrom(["Font Size: a A A", "", "Livelihoods Of Households Resettled From The Dry Mountains: Evidence From Relocation Towns In Yongning County", "", "Posted on:2021-06-09Degree:MasterType:Thesis", "Country:ChinaCandidate:H R MaFull Text:PDF", "GTID:2310021645583127Subject:Agricultural Economics", "Abstract/Summary:PDF Full Text Request", "Since the 1980s the region has moved 1.2 million people out of the dry southern mountains.", ""].join("\n"));
  assert.deepEqual([doc.metadata.publishedDate, doc.metadata.author], ["2021-06-09", "H R Ma"]);
  assert.ok(!doc.text.includes("GTID"), "the record's lines are no text");
});

test("a bank's project page: a trail from the home page ending on the project's number is a trail, and 'Summary*' under the title is a heading, no outlet", () => {
  const doc = documentFrom(["Skip to Main Navigation", "", "Valley Development Bank", "About | Projects & Tenders | Data | News", "", "Home > Projects > China, People's Republic of > 51873-002", "", "YUNNAN BORDER COUNTIES RURAL ROADS AND LIVELIHOODS PROJECT", "", "Summary*", "", "The project will upgrade 640 kilometres of rural roads in six border counties.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet], ["YUNNAN BORDER COUNTIES RURAL ROADS AND LIVELIHOODS PROJECT", "Valley Development Bank"]);
});

test("'Fact Sheet | 15 October 2021' under a think tank's title dates the page and names no outlet; the masthead does", () => {
  const doc = documentFrom(["Hill Policy Centre", "Research | Fact Sheets | Events", "", "Fact Sheet: Tibet's Poverty Exit", "", "Six Official Claims and What the Record Shows", "", "Fact Sheet | 15 October 2021", "", "This fact sheet sets six official statements beside the figures, among them 628,000 people said to have left poverty.", ""].join("\n"));
  assert.deepEqual([doc.metadata.outlet, doc.metadata.publishedDate], ["Hill Policy Centre", "2021-10-15"]);
});

test("a journal's review: 'Reviewed by:' over '• Daniel Whitcombe (bio)' names the reviewer", () => {
  const doc = documentFrom(["Project MUSE | Journals | Books", "", "Journal of Rural Studies, Volume 14, Number 2, Autumn 2021, pp. 211-214 (Review)", "Published by Westlake University Press", "", "Reviewed by:", "• The ledger in the mountains by Long Meixiang", "• Daniel Whitcombe (bio)", "", "Few accounts of the campaign were written from inside a village of 1,260 people.", ""].join("\n"));
  assert.equal(doc.metadata.author, "Daniel Whitcombe");
});

test("a site's 'Topic | China economy' line over the byline is no headline: the headline above it is", () => {
  const doc = documentFrom(["Economy / China Economy", "", "Relocated villagers in Hubei find factory jobs scarce as subsidies end", "- Families moved into county towns say the work has dried up since the spring", "", "Topic | China economy", "", "Helen Ruan", "Published: 6:00am, 14 Nov, 2021", "", "In a resettlement estate outside the county seat, 38 families share one bus stop and 12 shops.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.author, doc.metadata.publishedDate], ["Relocated villagers in Hubei find factory jobs scarce as subsidies end", "Helen Ruan", "2021-11-14"]);
});

test("a magazine's 'Asia | Rural credit' over its headline is a section label; 'Mar 31st 2012 | DINGXI, GANSU | From the print edition' dates the page and names no outlet", () => {
  const doc = documentFrom(["Asia | Rural credit", "", "Lending to the hills", "", "A new loan scheme in Gansu reaches fewer farmers than it claims", "", "Mar 31st 2012 | DINGXI, GANSU | From the print edition", "", "THE county bank in Dingxi made 4,200 small loans last year, about half of them to families on the poverty register.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.publishedDate, doc.metadata.outlet], ["Lending to the hills", "2012-03-31", null]);
});

test("a trail set with '▸' between its steps is a breadcrumb, and a wire's photo slug in capitals ('CHINA-GANSU-POVERTY-RELIEF (CN)') no headline", () => {
  const trail = documentFrom(["NewsWire Daily ▸ World ▸ Asia ▸ China", "Tuesday, 8 June 2021", "", "Herders moved off the grasslands earn less than promised, survey finds", "", "Source: High Plateau Review  Published: 2021-06-08 22:41", "", "A survey of 412 relocated herding families found that most now earn less than forecast.", ""].join("\n"));
  assert.equal(trail.metadata.title, "Herders moved off the grasslands earn less than promised, survey finds");
  const slug = documentFrom(["Relocated farmers in Gansu build new livelihoods on irrigated land", "", "Source: Xinhua| 2020-06-09 17:42:05|Editor: xuxin", "Video PlayerClose", "", "CHINA-GANSU-RELOCATION-POVERTY RELIEF (CN)", "", "A farmer picks goji berries at a plantation in Jingtai County, June 8, 2020. Since 2012, about 82,000 people moved here. (Xinhua/Feng Kai)", "", "CHINA-GANSU-RELOCATION-POVERTY RELIEF (CN)", "", "A worker checks a shipment of bottles at a winery that employs 650 relocated residents. (Xinhua/Feng Kai)", ""].join("\n"));
  assert.equal(slug.metadata.title, "Relocated farmers in Gansu build new livelihoods on irrigated land");
});

test("a medical index's citation line ('Rural Health Reports. 2021 Mar 3;21(1):455. doi: ...') names the journal and the day, over the paper's title; 'Affiliations' under its authors is no outlet", () => {
  const doc = documentFrom(["Full text links", "Cite", "Rural Health Reports. 2021 Mar 3;21(1):455. doi: 10.1186/s12889-021-10519-4.", "", "Health spending among registered poor households in Nujiang: a mixed-methods study", "", "Li Ping 1, Ma Jun 2", "Affiliations", " 1 School of Public Health, Kunming Medical University, Kunming, China.", "", "Background: Of 1,210 households surveyed, 28.4% spent more than 40% of their income on health care.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.publishedDate], ["Health spending among registered poor households in Nujiang: a mixed-methods study", "Rural Health Reports", "2021-03-03"]);
});

test("a federated forum's link post: 'Subscribe · 2.3K subscribers' is a counter, the address without its scheme under the title a link, and the poster's line under it no item of a list", () => {
  const doc = documentFrom(["lemmy.example", "Communities | Create Post | Search | Login", "", "c/rural_china", "Subscribe · 2.3K subscribers", "", "Long read: how Gansu emptied its dry uplands, one wave at a time", "plateauquarterly.org/long-read/gansu-relocation", "", "  • ☆ loess_reader ☆OP", "    41", "", "    The piece is long. About 1.2 million people left the southern counties from 1983 to 2020, in six waves.", ""].join("\n"));
  assert.equal(doc.metadata.title, "Long read: how Gansu emptied its dry uplands, one wave at a time");
  assert.deepEqual(doc.removals.filter((r) => r.text.includes("loess_reader")), []);
});

test("'r/ChinaRural Apr 17 '21' over 'u/panda_ledger' over the thread's title: the poster is the author and the title is the line under them; 'Archived thread · 41 replies · 9 images' is a counter", () => {
  const doc = documentFrom(["r/ChinaRural Apr 17 '21", "u/panda_ledger", "", "Cliff village after the move: the 84 families now live in the county town. What happened to their incomes?", "", "1.4k Upvotes", "", "The families were moved in 2020 and each got a flat of 90 square metres.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.author], ["Cliff village after the move: the 84 families now live in the county town. What happened to their incomes?", "panda_ledger"]);
  const board = documentFrom(["[Return] [Catalog] [Bottom]", "Archived thread · 41 replies · 9 images", "", "Poverty line thread", "", "The line is 4,000 yuan a year, about 620 dollars.", ""].join("\n"));
  assert.equal(board.removals.find((r) => r.text.startsWith("Archived"))?.rule, "engagement-counts");
});

test("a footer's note on whose the text is ('This article is from Hunan Provincial Government www.enghunan.gov.cn.', 'This article appeared in the Valley Morning Post print edition as: ...') names the outlet", () => {
  const from = documentFrom(["Relocated families find work close to their new homes", "", "Date: 2021-10-18", "", "About 1,200 relocated people now work in six factories in the county.", "", "This article is from Hunan Provincial Government www.enghunan.gov.cn.", "Translator: Liu Qian", ""].join("\n"));
  assert.equal(from.metadata.outlet, "Hunan Provincial Government");
  const print = documentFrom(["Jobs thin out in resettled villages", "", "Wendy Ko", "Published: 6:00am, 14 Nov, 2021", "", "The county spent 4.3 billion yuan on relief in 2020.", "", "This article appeared in the Valley Morning Post print edition as: Jobs thin out", ""].join("\n"));
  assert.equal(print.metadata.outlet, "Valley Morning Post");
});

test("a board's header: 'Board index ‹ Current Events' is a trail, login and filter lines ('Login or Sign Up', 'All Time Today Last Week Last Month') are controls, and the thread's author is the handle right over its member box", () => {
  const trail = documentFrom(["Quiet Harbor Forums", "Skip to content", "Board index ‹ Current Events ‹ Asia & Pacific", "", "Moved off the mountain: relocation in Liangshan, five years on", "", "Page 1 of 2 [ 23 posts ]  Go to page 1, 2  Next", "", "Author\tMessage", "", "hillwalker_jun", "Veteran", "", "Joined: 04 Sep 2016", "Posts: 3,207", "", "12 Mar 2021, 9:14 pm", "", "About 1,200 families were moved in 2016.", ""].join("\n"));
  assert.equal(trail.metadata.title, "Moved off the mountain: relocation in Liangshan, five years on");
  const board = documentFrom(["Grid & Grain Community", "Forums", "Login or Sign Up", "Logging in...", "Remember me Log in", "Forgot password or user name?", "", "Documentary on Minning town, built from scratch", "Collapse", "", "Filter", "Time", "All Time Today Last Week Last Month", "Show", "All Discussions only Photos only Videos only Links only", "", "millstone_ed", "Senior Member", "Join Date: Aug 2011", "Posts: 6342", "", "#1", "02-26-2021, 09:14 AM", "", "The narrator says around 66,000 people live in Minning now.", ""].join("\n"));
  assert.deepEqual([board.metadata.title, board.metadata.author], ["Documentary on Minning town, built from scratch", "millstone_ed"]);
});

test("a paper's authors a line each, 'Name , Institution' under its title, are its writers, and the title stays the title", () => {
  const doc = documentFrom(["Annual Meeting 2022", "", "Program | Sessions | Authors | Search", "", "Boarding School Expansion and Parental Migration in Former Poverty Counties", "", "Xu Lanying , University of Michigan", "Wu Tianhao , Guizhou University", "", "Using a 2021 survey of 2,104 children aged 9 to 15 in 48 villages, we examine boarding and migration.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.author], ["Boarding School Expansion and Parental Migration in Former Poverty Counties", "Xu Lanying; Wu Tianhao"]);
});

test("a white paper's web edition: the issuing office over 'December 2016, Beijing' is the outlet, not the title; a table's 'Source:' line names no outlet; 'Copyright © China.org.cn.' names the site whole", () => {
  const doc = documentFrom(["Home / Government / White Papers", "", "Progress in Poverty Relief in Mountain Areas", "", "Information Office of the State Council of the People's Republic of China", "", "December 2016, Beijing", "", "Foreword", "", "China has 55 ethnic minority groups, with a population of about 112 million.", "", "Table 1 Poverty incidence (%)", "", "Province 2012 2015", "Yunnan 21.7 13.4", "Guizhou 26.8 15.6", "", "Source: National Bureau of Statistics, rural household survey", "", "Incomes grew by 10.9 percent a year.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.publishedDate], ["Progress in Poverty Relief in Mountain Areas", "Information Office of the State Council of the People's Republic of China", "2016-12-01"]);
  const site = documentFrom(["Villages get piped water", "", "2020-01-03", "", "About 300 villages now have piped water.", "", "Copyright © China.org.cn. All Rights Reserved", ""].join("\n"));
  assert.equal(site.metadata.outlet, "China.org.cn");
});

test("a wiki mirror's footer credits the wiki: 'This article is issued from Wikipedia - version of the 6/14/2021.' (and the day of the copy), 'It uses material from the Wikipedia article ...', 'Retrieved from \"https://en.wikipedia.org/...\"'", () => {
  const issued = documentFrom(["East-West Cooperation", "", "The programme paired 343 counties with richer cities.", "", "This article is issued from Wikipedia - version of the 6/14/2021. The text is available under the Creative Commons Attribution/Share Alike.", ""].join("\n"));
  assert.deepEqual([issued.metadata.outlet, issued.metadata.publishedDate], ["Wikipedia", "2021-06-14"]);
  for (const footer of ['This article is licensed under the GNU Free Documentation License. It uses material from the Wikipedia article "Zadoi County".', 'Retrieved from "https://en.wikipedia.org/w/index.php?title=Zadoi_County&oldid=1180451226"']) {
    assert.equal(documentFrom(["Zadoi County", "", "The county had 68,000 people in 2020.", "", footer, ""].join("\n")).metadata.outlet, "Wikipedia");
  }
});

test("a reposted wire story: the reposter's 'FAN Editor' credit names no one, a picture's alt text over its caption ('... 2019. REUTERS/Daniel Hartley') is no headline, and the headline above them stays the title", () => {
  const doc = documentFrom(["China's tea hills lure back a few young workers, but most stay in the cities", "", "FAN Editor", "Workers sort tea leaves at a cooperative in Leishan county", "Workers sort tea leaves at a cooperative in Leishan county, Guizhou province, China, April 22, 2019. REUTERS/Daniel Hartley", "", "May 14, 2019", "", "By Wen Xiaolu and Daniel Hartley", "", "LEISHAN COUNTY, China (Reuters) – Fewer than 300 of the 2,400 working-age residents have come back since 2017.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.author, doc.metadata.outlet, doc.metadata.publishedDate], ["China's tea hills lure back a few young workers, but most stay in the cities", "Wen Xiaolu; Daniel Hartley", "Reuters", "2019-05-14"]);
});

test("a discussion board's thread: 'ThereseK' over \"Sep '19\" under the title is the thread's author, and the stamp (a month and a two-digit year) its date", () => {
  const doc = documentFrom(["Common Table Forums", "", "Rural boarding schools and the war on poverty", "", "ThereseK", "Sep '19", "", "Our parish youth group sponsors two girls at a middle school of 2,300 students.", "", "2 Replies", "", "PaulinaW", "Sep '19", "", "Education is a big part of it on paper.", ""].join("\n"));
  assert.deepEqual([doc.metadata.author, doc.metadata.publishedDate, doc.metadata.publishedPrecision], ["ThereseK", "2019-09-01", "month"]);
});

test("a byline whose bars lost their spaces ('By CHEN MEILIN in Lhasa |China Daily|Updated:2019-10-17 08:12') reads as one with them", () => {
  const doc = documentFrom(["Home | China | Society | World", "Herders settle into a new village near Lhasa", "By CHEN MEILIN in Lhasa |China Daily|Updated:2019-10-17 08:12", "Share - WeChat", "LHASA -- More than 1,100 herders have moved into brick homes in a new settlement.", ""].join("\n"));
  assert.deepEqual([doc.metadata.author, doc.metadata.outlet, doc.metadata.publishedDate], ["Chen Meilin", "China Daily", "2019-10-17"]);
});

test("'Asia | East Asia' under a masthead is a section and its topic, no headline, wherever it stands", () => {
  const doc = documentFrom(["The Harbour Times", "Asia | East Asia", "", "Bureau Dispatch podcast: Can tea pay for a school? A county after poverty", "", "Published Nov 14, 2022, 05:00 AM", "", "In this episode, our correspondent spent eight days in a county of 340,000 people.", ""].join("\n"));
  assert.equal(doc.metadata.title, "Bureau Dispatch podcast: Can tea pay for a school? A county after poverty");
});

test("a writer's note at a blog's foot that names them host or author of the site the page is on ('Ruth Calloway, the author of Loess Letters, ...') gives the page's writer, and the blog speaks for her", () => {
  const { doc, x } = extractFrom(["Loess Letters", "Home   About   Archive", "", "Notes from a Gansu terrace", "", "April 2, 2020", "", "When I first came to Dingxi the village had 40 households on the slope. I stayed with a family of five. I went back last spring and I found the school closed.", "", "Ruth Calloway, the author of Loess Letters, has lived in Lanzhou since 2011.", "", "Share this:", ""].join("\n"));
  assert.deepEqual([doc.metadata.author, doc.metadata.outlet], ["Ruth Calloway", "Loess Letters"]);
  assert.deepEqual(x.claims.filter((c) => c.value === 40).map((c) => c.attributedTo), ["Ruth Calloway"]);
  // (A note naming another site names no writer of this one.)
  const other = documentFrom(["Loess Letters", "", "Notes from a Gansu terrace", "", "April 2, 2020", "", "The village had 40 households.", "", "Ruth Calloway, the editor of Plateau Review, visited in May.", ""].join("\n"));
  assert.equal(other.metadata.author, null);
});

test("a headline in capitals set over two lines, the first stopping mid-phrase ('... INCOMES AND' over 'SCHOOLING IN THE HIGHLANDS'), is one headline and one paragraph; two headlines in capitals each whole stay apart", () => {
  const doc = documentFrom(["[Senate Hearing, 117 Congress]", "[From the U.S. Government Publishing Office]", "", "", "      SEASONAL LABOUR, FAMILY INCOMES AND", "      SCHOOLING IN THE HIGHLANDS", "", "=================================", "", "            HEARING", "", "          MARCH 3, 2022", "", "The committee heard that 4,000 pupils left school early.", ""].join("\n"));
  assert.equal(doc.metadata.title, "SEASONAL LABOUR, FAMILY INCOMES AND SCHOOLING IN THE HIGHLANDS");
  assert.equal(doc.text.split("\n\n")[0], "SEASONAL LABOUR, FAMILY INCOMES AND SCHOOLING IN THE HIGHLANDS");
  const whole = documentFrom(["[Senate Hearing, 117 Congress]", "[From the U.S. Government Publishing Office]", "", "", "      SEASONAL LABOUR IN THE HIGHLANDS", "      SCHOOLS AND CLINICS", "", "=================================", "", "            HEARING", "", "          MARCH 3, 2022", "", "The committee heard that 4,000 pupils left school early.", ""].join("\n"));
  assert.equal(whole.metadata.title, "SEASONAL LABOUR IN THE HIGHLANDS");
});

test("a paywall's 'Subscribe for full access to Plateau Quarterly.' names the outlet, and a note at the foot giving a writer a scholar's post ('TASHI NORBU is a research fellow at ...') makes the piece speak for its writers", () => {
  const { doc, x } = extractFrom(["The Hidden Price of a New Town", "", "By Clara Voss and Tashi Norbu", "March 2, 2021", "", "Officials say 52,000 herders moved into the new towns since 2017.", "", "The county pays each family 4,000 yuan a year.", "", "Keep reading at no cost.", "", "Subscribe for full access to Plateau Quarterly.", "", "CLARA VOSS is a Senior Fellow at the Harbour Institute. TASHI NORBU is a research fellow at a university in Chengdu.", ""].join("\n"));
  assert.equal(doc.metadata.outlet, "Plateau Quarterly");
  assert.deepEqual(x.claims.map((c) => [c.value, c.attributedTo]), [[52000, "Officials"], [4000, "Clara Voss and Tashi Norbu"]]);
});

test("'Interview by Ruth Amory' under a Q&A's title is its byline, not its title, and the questions are hers", () => {
  const { doc, x } = extractFrom(["Valley Review", "", "Q&A", "", "Zhao Min on the Clinics of Southern Yunnan", "", "Interview by Ruth Amory", "May 3, 2021", "", "Zhao Min is a doctor who has worked in Honghe for 20 years.", "", "Q: How many clinics did you visit?", "", "A: We visited 41 clinics in two years.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.author], ["Zhao Min on the Clinics of Southern Yunnan", "Ruth Amory"]);
  assert.deepEqual(x.quotes.filter((q) => q.form === "transcript_turn").map((q) => q.speaker), ["Ruth Amory", "Zhao Min"]);
});

test("a bulletin's issue named by its number and the days it covers ('Plateau Digest 2021 No.7 (1-15 May, 2021)') is its title, not a date line", () => {
  const doc = documentFrom(["Hill Institute", "Home | Briefings | Contact", "", "Plateau Digest 2021 No.7 (1-15 May, 2021)", "", "Posted: 2021-05-17", "", "1. Qinghai adds 3,000 jobs. The province will hire 3,000 rangers this year.", ""].join("\n"));
  assert.deepEqual([doc.metadata.title, doc.metadata.publishedDate], ["Plateau Digest 2021 No.7 (1-15 May, 2021)", "2021-05-17"]);
});

test("'Heard on Evening Edition' under a broadcaster's date line names the programme, a section; the outlet is the masthead", () => {
  const doc = documentFrom(["Valley Public Radio", "News | Programs | Donate", "", "In Yunnan, New Roads Bring Buyers To Tea Farms", "", "April 2, 2021 · 5:10 PM ET", "Heard on Evening Edition", "", "Transcript", "", "Tea farmers in Pu'er say buyers now drive up to 40 villages a week.", ""].join("\n"));
  assert.deepEqual([doc.metadata.outlet, doc.metadata.section], ["Valley Public Radio", "Evening Edition"]);
});

test("a release's bracketed dateline of city, state and day ('(Washington, DC, May 6, 2021) -') dates the page and names no outlet; a site and its day in brackets still names the site", () => {
  const doc = documentFrom(["Valley Rights Watch", "", "China: Herders Moved to Factory Jobs", "", "(Washington, DC, May 6, 2021) - Officials moved 54,000 herders into wage work, Valley Rights Watch said today.", ""].join("\n"));
  assert.deepEqual([doc.metadata.outlet, doc.metadata.publishedDate], ["Valley Rights Watch", "2021-05-06"]);
  const site = documentFrom(["China: Herders Moved to Factory Jobs", "", "(PlateauReview.net, Oct 16, 2020) – Officials moved 54,000 herders into wage work.", ""].join("\n"));
  assert.deepEqual([site.metadata.outlet, site.metadata.publishedDate], ["PlateauReview.net", "2020-10-16"]);
});

test("a trail with slashes spaced on one side ('Home /Regional Profiles /Data') is a breadcrumb; a long headline's own footnote mark ('... Development[1]') leaves it the headline, without the mark; a journal's paywall line ('To access this content: Buy article   Institutional login') is chrome", () => {
  const doc = documentFrom(["Plateau Data Portal", "", "Home /Regional Profiles /Data", "", "Statistical Communique of Qinghai Province on the 2020 National Economic and Social Development[1]", "", "2021-03-02 | Qinghai Provincial Bureau of Statistics", "", "Rural per capita income reached 12,342 yuan in 2020.", ""].join("\n"));
  assert.equal(doc.metadata.title, "Statistical Communique of Qinghai Province on the 2020 National Economic and Social Development");
  assert.ok(doc.removals.some((r) => r.rule === "breadcrumb" && r.text === "Home /Regional Profiles /Data"));
  const paper = documentFrom(["Hill Journals", "", "Journals > Mountain Economies Review > Volume 3 Issue 2", "", "To access this content: Buy article   Institutional login", "", "Roads, markets and herders' incomes on the Qinghai plateau", "", "Abstract", "", "We surveyed 410 households in three counties.", ""].join("\n"));
  assert.equal(paper.metadata.title, "Roads, markets and herders' incomes on the Qinghai plateau");
});

test("writers named three ways: after the last bar of a labelled line ('Source: Hill Daily | Updated: ... | By A and B'); a name each on its line under a title set again on a paper's first page; a name set alone above the headline that a note at the foot introduces ('X is a senior lecturer ...')", () => {
  const labelled = documentFrom(["Home > News", "", "Lanzhou county leaves the poverty list", "", "Source: Hill Daily | Updated: 2020-11-24 10:35 | By Ma Lihua and Zhou Bin", "", "The county's poor population fell to zero from 21,000 in 2014.", ""].join("\n"));
  assert.equal(labelled.metadata.author, "Ma Lihua; Zhou Bin");
  const paper = documentFrom(["DocShelf", "Upload | Browse | Sign in", "", "Income Risk after Relocation in Southern Ningxia", "Total Page: 18", "", "Working Paper Series", "", "Income Risk after Relocation in Southern Ningxia", "", "Wang Lijuan", "Peter Haldane", "", "Working Paper No. 2021-03", "", "We surveyed 820 households in 2019 and 2020.", ""].join("\n"));
  assert.equal(paper.metadata.author, "Wang Lijuan; Peter Haldane");
  const oped = documentFrom(["Advertisement", "Herders move sheep near Maqu, Gansu province, in May 2020. Photo: Xinhua", "Opinion", "Clara Whitby", "Clara Whitby", "", "Relocation towns will decide whether the gains last", "", "  • Moving people off the mountains was the easy part", "", "Topic | Poverty in China", "Published: 8:15am, 22 Apr, 2021", "", "More than 9 million people were moved off the mountains.", "", "Clara Whitby is a senior lecturer in development studies at a university in Leeds.", ""].join("\n"));
  assert.equal(oped.metadata.author, "Clara Whitby");
});

test("'Dr. HAN Xiaoyu' under a paper's title is its writer, named as prose writes it, and the post and office under the name ('Deputy Director General, Rural Survey Department, ...') name no outlet", () => {
  const doc = documentFrom(["Search  |  Upload  |  Login", "", "Measuring Rural Poverty in Western China", "Total Page:10", "", "Measuring Rural Poverty in Western China", "", "Dr. HAN Xiaoyu", "Deputy Director General, Rural Survey Department, Valley Bureau of Statistics", "November 2014", "", "1. The survey", "", "The survey covers about 74,000 households in 300 counties.", ""].join("\n"));
  assert.deepEqual([doc.metadata.author, doc.metadata.outlet], ["Han Xiaoyu", null]);
});

test("a headline set over two lines is one: in capitals going on with a small word ('... POVERTY RELIEF' over 'IN THE HIGHLANDS: WHAT CHANGED'); in title case, a short line over one opening on a small word ('Report Released' over 'On Rural Schools in Western Hills'); its first part ending on a colon over the rest, a blank line between", () => {
  const caps = documentFrom(["[House Hearing, 117 Congress]", "[From the U.S. Government Publishing Office]", "", "", "      LABOUR, SCHOOLS AND POVERTY RELIEF", "         IN THE HIGHLANDS: WHAT CHANGED", "", "=================================", "", "            HEARING", "", "The committee heard that 4,000 pupils left school early.", ""].join("\n"));
  assert.equal(caps.metadata.title, "LABOUR, SCHOOLS AND POVERTY RELIEF IN THE HIGHLANDS: WHAT CHANGED");
  const titled = documentFrom(["Valley Daily Online --- valleydaily.example", "Home >> China", "Wednesday, June 12, 2002, updated at 09:36(GMT+8)", "", "Report Released", "On Rural Schools in Western Hills", "", "The education office released a report today on 1,200 rural schools.", ""].join("\n"));
  assert.equal(titled.metadata.title, "Report Released On Rural Schools in Western Hills");
  const colon = documentFrom(["Debt, Illness and the Poverty Line:", "", "Medical Costs in Rural Qinghai and Gansu", "", "Wang Lin and Sara Holt", "", "June 2019", "", "1. Introduction. Illness is the cause most often recorded for 42 percent of poor households.", ""].join("\n"));
  assert.equal(colon.metadata.title, "Debt, Illness and the Poverty Line: Medical Costs in Rural Qinghai and Gansu");
  // (Two headlines, each whole, stay apart: "Report Released" over "Schools Reopen".)
  const apart = documentFrom(["Valley Daily Online --- valleydaily.example", "Home >> China", "Wednesday, June 12, 2002, updated at 09:36(GMT+8)", "", "Report Released", "Schools Reopen in Western Hills", "", "The education office released a report today on 1,200 rural schools.", ""].join("\n"));
  assert.notEqual(apart.metadata.title, "Report Released Schools Reopen in Western Hills");
});

test("outlets named four more ways: 'Copyright The Valley Monitor' at the foot; a caption's 'CreditJane Roe for The Valley Times'; a reporter's sign-off 'For VPR News, I'm ...'; a release's lede 'The Hill Fund for Rural Prosperity (HFRP) today released ...'", () => {
  const monitor = documentFrom(["Can yaks end poverty?", "", "By Ann Lee, Staff writer", "", "Herders in Nagqu now keep 40 yaks on average.", "", "Copyright The Valley Monitor", ""].join("\n"));
  assert.equal(monitor.metadata.outlet, "The Valley Monitor");
  const times = documentFrom(["Home / Poverty / Asia", "", "In China's Hills, a Pledge Meets Empty Villages", "", "Zhou Lan feeding chickens behind her house. She lives on 115 yuan a month.CreditJane Roe for The Valley Times", "", "By Adam Wells", "", "Nov. 14, 2018", "", "SHANGBA, China — The village once had 300 people.", ""].join("\n"));
  assert.equal(times.metadata.outlet, "The Valley Times");
  const radio = documentFrom(["In the Relocation Towns, Jobs Lag", "", "Families moved down from the mountains got flats.", "", "WELLS: The town has 12 factories now. For VPR News, I'm Ann Wells in Huayuan county.", ""].join("\n"));
  assert.equal(radio.metadata.outlet, "VPR");
  const release = documentFrom(["HFRP report finds remittances drove income gains", "", "May 16, 2018", "", "CHENGDU, May 16, 2018 – The Hill Fund for Rural Prosperity (HFRP) today released a study of 2,400 households.", ""].join("\n"));
  assert.equal(release.metadata.outlet, "Hill Fund for Rural Prosperity");
  // ("Lantern Path Hong Kong today launched ...": a name of several words that is no person's, launching something today.)
  const launch = documentFrom(["Lantern Path launches a book by village teachers", "", "28/06/2017", "", "Lantern Path Hong Kong today launched VOICES FROM THE HILLS, a collection of essays by 36 teachers.", ""].join("\n"));
  assert.equal(launch.metadata.outlet, "Lantern Path Hong Kong");
  // (A person launching something is no publisher.)
  const person = documentFrom(["A teacher's book", "", "28/06/2017", "", "Ma Lihua today launched a collection of essays by 36 teachers.", ""].join("\n"));
  assert.equal(person.metadata.outlet, null);
});

test("an archive's page of a paper: 'Plateau Health logoLink to Plateau Health' names the journal; '. 2022 Mar 14;8(3):e09127. doi: ...' dates it; authors marked with affiliations and an envelope ('Ma Lin 1,✉') are its writers", () => {
  const doc = documentFrom(["Skip to main content", "Plateau Health logoLink to Plateau Health", ". 2022 Mar 14;8(3):e09127. doi: 10.1016/j.ph.2022.e09127", "", "School meals and learning in former poverty counties of Gansu: A mixed-methods study", "", "Wang Fei 1, Tom Hale 2, Ma Lin 1,✉", "Author information", "", "Abstract", "", "The programme pays 4 yuan per pupil per school day.", ""].join("\n"));
  assert.deepEqual([doc.metadata.outlet, doc.metadata.publishedDate, doc.metadata.publishedAsWritten, doc.metadata.author], ["Plateau Health", "2022-03-14", "2022 Mar 14", "Wang Fei; Tom Hale; Ma Lin"]);
});

test("a browser's header on a printed page ('10/26/2017 Title http://... 1/14') is page furniture, wherever the pages break; the title stands under it", () => {
  const doc = documentFrom(["10/26/2017 Rural Roads in Western Hills http://english.example.cn/archive/white_paper/2017/09/28/content_1.htm 1/14", "Rural Roads in Western Hills", "Information Office of the Valley Government", "September 2017", "", "Foreword", "", "The province built 12,000 kilometres of road.", "10/26/2017 Rural Roads in Western Hills http://english.example.cn/archive/white_paper/2017/09/28/content_1.htm 2/14", "By 2016 every village had a road.", ""].join("\n"));
  assert.equal(doc.metadata.title, "Rural Roads in Western Hills");
  assert.equal(doc.removals.filter((r) => r.rule === "page-header-footer").length, 2);
});

test("a provincial portal's tagline over the headline, then 'Source:' and 'Updated:' fields: the headline is the title", () => {
  const doc = documentFrom(page("Knowing All about Valley", "", "Deputies from Former Poor Counties Talk Jobs at Session", "", "Source:Valley gov", "Updated:2021-01-28 17:05:46", "", "Deputies from counties that left the poverty list called for support for 41 village schools.", ""));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.publishedDate], ["Deputies from Former Poor Counties Talk Jobs at Session", "Valley gov", "2021-01-28"]);
});

test("a site's name in Chinese and English at the top ('中国西藏网 China Tibet Online') is the outlet, over the company a 'Copyright by ... Co., Ltd' foot names", () => {
  const doc = documentFrom(page("中国高原网 China Plateau Online", "", "Home > News > Exclusive >", "", "Relocated herders earn more from dividends", "update:November 12,2020", "", "About 1,140 herders have lived at the settlement for two years.", "", "Copyright by Plateau Intercontinental Media Co., Ltd All Rights Reserved.", ""));
  assert.equal(doc.metadata.outlet, "China Plateau Online");
});

test("a translated story's foot: 'Chinese source: Hill Daily' names its outlet; 'Translator:', 'Photo source:' and 'Editing by A, B' credit no one the text is about", () => {
  const { doc, x } = extractFrom(page("Vice Governor Peng Hua Inspects Relocation Sites", "", "2019-11-21", "", "Vice Governor Peng Hua inspected relocation work in Tongdao on November 19.", "", "Translator: Liu Meng", "", "Chinese source: Hill Daily", "", "Photo source: Tongdao County Media Center", "", "Editing by Duan Mei, He Jia", ""));
  assert.equal(doc.metadata.outlet, "Hill Daily");
  assert.deepEqual(x.entities.people.map((p) => p.name), ["Peng Hua"]);
  assert.deepEqual(doc.removals.map((r) => r.rule).slice(-4), ["labelled-metadata", "labelled-metadata", "labelled-metadata", "labelled-metadata"]);
});

test("an episode's day with its play count ('2020-06-18  ·  3,842 plays') dates the page and is no title nor claim; a question-and-answer site's long question under its breadcrumb is the title", () => {
  const { doc, x } = extractFrom(page("Home    Podcasts    Live", "World Talk | 环球谈", "Can cooperatives finish the job?", "2020-06-18  ·  3,842 plays", "Source: Valley Radio", "Host Yang Shu talks with two guests.", "", "Yang Shu: How many people are still below the line? About 5.5 million, the office says.", ""));
  assert.deepEqual([doc.metadata.title, doc.metadata.publishedDate], ["Can cooperatives finish the job?", "2020-06-18"]);
  assert.equal(x.claims.some((c) => c.value === 3842), false);
  const asked = documentFrom(page("Home > Finance > Thread", "Why do people abroad still picture rural China as it was in the 1990s, when my village in Guizhou now has roads and broadband?", "I travel a lot for work and people keep asking if my family has running water.", ""));
  assert.equal(asked.metadata.title, "Why do people abroad still picture rural China as it was in the 1990s, when my village in Guizhou now has roads and broadband?");
});

test("a work report's page: the giver signs it over the salutation ('Name' over 'Governor of ...', 'Governor Name of ...'), the day it was delivered dates nothing the page's own date does, and '(Hill Daily 01/30/2019 page 5)' names the paper", () => {
  const { doc, x } = extractFrom(page("CHINA> Regional", "Report on the Work of the Valley Provincial Government [Excerpts]", "Updated: 2019-01-30 10:12", "", "The following are excerpts from the report.", "", "Delivered at the Second Session of the 13th Valley Provincial People's Congress", "", " on January 27, 2019", "", "Zhou Changming", "", "Governor of Valley Province", "", "Fellow Deputies,", "", "Twelve counties and 468 villages left the poverty list in 2018.", "", "(Hill Daily 01/30/2019 page 5)", ""));
  assert.deepEqual([doc.metadata.author, doc.metadata.publishedDate, doc.metadata.outlet], ["Zhou Changming", "2019-01-30", "Hill Daily"]);
  assert.deepEqual(x.claims.map((c) => c.attributedTo), ["Zhou Changming", "Zhou Changming"]);
  const repost = documentFrom(page("Home / News / Government work report of Hill Province (full text)", "", "Government work report of Hill Province (full text)", "", "iconJan 21, 2020 09:36", "Source:SMM", "", "-January 19, 2020 at the third session of the 13th people's Congress of Hill Province", "", "Governor Wang Xianhe of Hill Province", "", "Dear delegates,", "", "Now I report to the Congress on the work of the government.", ""));
  assert.deepEqual([repost.metadata.author, repost.metadata.publishedDate], ["Wang Xianhe", "2020-01-21"]);
});

test("a template site's speech: 'Site - Section - Headline' over the headline alone is the headline; 'Comrades:' is the salutation, no speaker nor person", () => {
  const { doc, x } = extractFrom(page("Essay Collection Website - Bulletin headlines - Speech at the city's meeting for Poverty Alleviation Day", "", "Speech at the city's meeting for Poverty Alleviation Day", "", "Comrades:", "", "Today the city held a meeting. We have 186 relatively poor villages and 21,400 poor households.", ""));
  assert.equal(doc.metadata.title, "Speech at the city's meeting for Poverty Alleviation Day");
  assert.equal(x.entities.people.some((p) => p.name === "Comrades"), false);
  assert.equal(x.claims.some((c) => c.attributedTo === "Comrades"), false);
});

test("a blogging platform's page: 'Write' beside 'Sign in' is a button, no outlet; 'A button that says ...' is a description for screen readers; 'Get the Medium app' at the foot names the platform", () => {
  const { doc, x } = extractFrom(page("Sign up", "Sign in", "Write", "", "Back to the Valley: Ten Years On", "", "Peter Lowe", "Follow", "7 min read", "·", "Sep 8, 2021", "", "The clinic sees about 15 patients a day.", "", "Get the Medium app", "", "A button that says 'Download on the App Store', and if clicked it will lead you to the iOS App store", "", "Help", "", "Status", ""));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.author], ["Back to the Valley: Ten Years On", "Medium", "Peter Lowe"]);
  assert.equal(x.quotes.length, 0);
});

test("a blog's sidebar under its text: 'Recent Posts' over headlines, 'Archives' over months, are links (no claim, no date); '. . . via Reuters' under a reblogged story names its source", () => {
  const { doc, x } = extractFrom(page("Drift & Ledger", "Things worth reading, mostly about money", "", "Menu", "Skip to content", "", "Posted on", "", "Teachers leave, pupils follow: mountain schools struggle", "", "The number of village teaching points has fallen from 58 to 19 since 2020, according to the county education bureau.", "", ". . . via Reuters", "", "Recent Posts", "Tea towns bet on 3 million tourists", "Why 70% of county debt is rolled over", "", "Archives", "August 2025", "July 2025", ""));
  assert.deepEqual([doc.metadata.outlet, doc.metadata.publishedDate], ["Reuters", null]);
  assert.deepEqual(x.claims.map((c) => c.value), [58, 19]);
});

test("a bank's results page: its short name over 'RESULTS BRIEFS March 18, 2014' (the section and the day) over the headline; a fact box's '1,480' over what it counts is a figure; an NGO's share prompts ('Copy the link and open WeChat to share', 'Open Wechat') are chrome", () => {
  const { doc, x } = extractFrom(page("Skip to Main Navigation", "The Valley Bank", "RESULTS BRIEFS March 18, 2014", "", "China: Bringing Roads, Water and a Voice to the Poorest Villages of the Hills", "", "1,480", "villages with new or upgraded access roads", "", "Overview", "The project was carried out in two provinces.", ""));
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.section, doc.metadata.publishedDate], ["China: Bringing Roads, Water and a Voice to the Poorest Villages of the Hills", "The Valley Bank", "RESULTS BRIEFS", "2014-03-18"]);
  assert.ok(x.claims.some((c) => c.value === 1480));
  const ngo = documentFrom(page("Highland Seeds Foundation", "Home > Our Work > China > Rural Livelihoods", "Copy the link and open WeChat to share", "", "Open Wechat", "", "Rural Livelihoods and Development", "", "A stable livelihood is the surest way out of poverty. Our work is in Sichuan and Qinghai.", ""));
  assert.deepEqual([ngo.metadata.title, ngo.metadata.outlet], ["Rural Livelihoods and Development", "Highland Seeds Foundation"]);
});

test("a bilingual page's labels in both scripts ('来源:中国日报网 | Source: China Daily | 2020-06-18 09:41') name the outlet in English", () => {
  const doc = documentFrom(page("首页 > 双语新闻 > 时政", "", "布拖县贫困群众搬进县城新居", "More than 32,000 poor residents move into new homes", "", "来源:中国日报网 | Source: China Daily | 2020-06-18 09:41", "", "More than 32,000 residents from 118 villages have moved this month.", ""));
  assert.deepEqual([doc.metadata.outlet, doc.metadata.publishedDate], ["China Daily", "2020-06-18"]);
});

test("a live page: 'Live Reporting' and 'All times stated are Beijing time' are labels, the headline over them is the title, and the first entry's stamp ('...published at 18:40 Beijing Time 17 November 2020') dates it", () => {
  const doc = documentFrom(page("Valley News", "", "Home | News | China | Live", "", "Hill county's last villages leave poverty list - live", "", "Live Reporting", "", "Ann Hodson and Li Ting", "", "All times stated are Beijing time", "", "  1. We're ending our coveragepublished at 18:40 Beijing Time 17 November 2020", "", "    That's it from us for today.", "", "  2. How much money went in?published at 17:30", "", "    The province spent 49.7 billion yuan on the programme.", ""));
  assert.deepEqual([doc.metadata.title, doc.metadata.publishedDate, doc.metadata.author], ["Hill county's last villages leave poverty list - live", "2020-11-17", "Ann Hodson; Li Ting"]);
});

test("an unrolled thread: the bio under the writer's picture and the thread's day with its counters ('Nov 12, 2021, 11 tweets, 4 min read Read on X') are no title; the first post is", () => {
  check("thread reader", page(
    "Thread Reader App",
    "Help | Twitter | Log in",
    "",
    "Anna Roe-Lind Profile picture",
    "Rural sociologist. Qinghai fieldwork. Views my own.",
    "",
    "Nov 12, 2021, 11 tweets, 4 min read Read on X",
    "",
    "A thread on herder resettlement in Golog, from three summers of fieldwork 🧵",
    "",
    "1/ The prefecture moved about 9,400 herding households into towns between 2016 and 2020.",
  ), { title: "A thread on herder resettlement in Golog, from three summers of fieldwork 🧵", published: "2021-11-12", author: "Anna Roe-Lind" });
});

test("a post's sections beside its day ('March 9, 2021 | Asia, China, Newsletters | 23 comments') and a flair under a thread's title ('Economy') name no outlet; the trail's last step set again under it is the title", () => {
  check("blog digest", page(
    "The Lantern Blog",
    "Analysis & Opinion from a Non-Western Point of View",
    "",
    "Home » Asia » China Weekly Digest 7",
    "",
    "China Weekly Digest 7",
    "March 9, 2021 | Asia, China, Newsletters | 23 comments",
    "",
    BODY,
  ), { title: "China Weekly Digest 7", published: "2021-03-09", outlet: "The Lantern Blog" });
  check("flair", page(
    "r/china",
    "Posts · Wiki · Rules · Related subs",
    "",
    "Posted by u/valley_walker · Oct 14, 2021",
    "",
    "My uncle sells kiwifruit online from a Guizhou village and asked me to post his numbers",
    "",
    "Economy",
    "",
    BODY,
  ), { title: "My uncle sells kiwifruit online from a Guizhou village and asked me to post his numbers", outlet: "r/china" });
});

test("'Copyright held by the General Office of Gansu Provincial People's Government.' at a portal's foot: the government publishes the page", () => {
  check("portal", page("Open Governance", "Gansu Transfers 5.3 Million Rural Laborers to Jobs", "Updated:2019.10.28", "", BODY, "", "Copyright held by the General Office of Gansu Provincial People's Government. All Rights Reserved."), { title: "Gansu Transfers 5.3 Million Rural Laborers to Jobs", outlet: "Gansu Provincial People's Government" });
});

test("a paper's authors one to a bulleted line ('• Ma Lihua,' over '• Peter J. Haldane') are its authors, and 'Copyright: © 2022 Ma et al.' names no publisher", () => {
  check("open-access paper", page(
    "Open Access",
    "Research Article",
    "",
    "Left behind at the new address: care of elderly resettlers in western Hunan",
    "",
    "  • Ma Lihua,",
    "  • Deng Shuyi,",
    "  • Peter J. Haldane",
    "",
    BODY,
    "",
    "Copyright: © 2022 Ma et al. This is an open access article distributed under the terms of the Creative Commons Attribution License.",
  ), { title: "Left behind at the new address: care of elderly resettlers in western Hunan", author: "Ma Lihua; Deng Shuyi; Peter J. Haldane", outlet: null });
});

test("an archive's heading 'Lakeland Water Council, Clean Water for Hill Villages, June 14, 2018' under a breadcrumb is the title, no date line naming an outlet; the day set under it dates the page", () => {
  check("cited heading", page(
    "Home > Archive > Documents",
    "Lakeland Water Council, Clean Water for Hill Villages, June 14, 2018",
    "",
    "June 14, 2018",
    "",
    BODY,
  ), { title: "Lakeland Water Council, Clean Water for Hill Villages, June 14, 2018", published: "2018-06-14", outlet: null });
});

test("'Source: Provincial Water Resources Bureau' right under a date line ('October 22, 2019') names the outlet: a date line is no table's row", () => {
  check("source under date line", page(
    "Clean water reaches 40 hill villages",
    "October 22, 2019",
    "Source: Provincial Water Resources Bureau",
    "",
    BODY,
  ), { title: "Clean water reaches 40 hill villages", published: "2019-10-22", outlet: "Provincial Water Resources Bureau" });
});

test("'Thread by Pema Lhadon 白玛 @pema_notes': a name spelt in Chinese after the English leaves the line a title, and the thread's writer is its author; a share bar with '新浪微博' is still no title", () => {
  check("thread by", page(
    "Thread Reader App",
    "",
    "Thread by Pema Lhadon 白玛 @pema_notes",
    "",
    BODY,
  ), { title: "Thread by Pema Lhadon 白玛 @pema_notes", author: "Pema Lhadon", outlet: "Thread Reader App" });
  check("share bar", page(
    "Apple News Facebook Twitter 新浪微博 Instagram",
    "Clean water reaches 40 hill villages",
    "By Tom Reed",
    "",
    BODY,
  ), { title: "Clean water reaches 40 hill villages", author: "Tom Reed" });
});

test("a menu of one-word links ('Home Popular Explore') under the headline names no outlet", () => {
  check("menu", page(
    "Clean water reaches 40 hill villages",
    "Home Popular Explore",
    "",
    BODY,
  ), { title: "Clean water reaches 40 hill villages", outlet: null });
});

test("a board whose posts are headed 'By ridge_runner - 17 Mar 2021 09:42': the first poster is the author and their day the date", () => {
  check("board posts", page(
    "Hill County Forum",
    "Did the new flats really cost 90,000 yuan each?",
    "",
    "By ridge_runner - 17 Mar 2021 09:42",
    "",
    "The county paper says each flat cost 90,000 yuan, but my cousin paid 20,000 yuan of his own.",
    "",
    "By Old Mapmaker - 17 Mar 2021 11:05",
    "",
    "The province covered about 70 percent of the cost in our township.",
  ), { title: "Did the new flats really cost 90,000 yuan each?", published: "2021-03-17", author: "ridge_runner", outlet: "Hill County Forum" });
});

test("a board's browser title 'Why do the two water reports disagree? - Page 1 - HillTalk.net | HT': the thread's title without its page and site, and the board its outlet", () => {
  check("paged thread", page(
    "Why do the two water reports disagree? - Page 1 - HillTalk.net | HT",
    "",
    BODY,
  ), { title: "Why do the two water reports disagree?", outlet: "HillTalk.net" });
});

test("a journal's page: 'ORIGINAL RESEARCH article' is no title, the volume/DOI and research-topic lines are chrome, names set twice ('Marta QuirogaMarta Quiroga1Chen YulanChen Yulan2*') are the authors, and 'Front. Hill Farming, 3 May 2023' under 'Frontiers in Hill Farming' names that journal", () => {
  check("journal page", page(
    "Frontiers in Hill Farming",
    "ORIGINAL RESEARCH article",
    "Front. Hill Farming, 3 May 2023",
    "Volume 4 - 2023 | https://doi.org/10.3389/fhf.2023.114455",
    "This article is part of the Research Topic Terraces, Water and Work in Upland Villages View all 11 articles",
    "Terrace repair and farm incomes in three upland counties",
    "",
    "Marta QuirogaMarta Quiroga1Chen YulanChen Yulan2*",
    "",
    BODY,
    "",
    "Copyright © 2023 Quiroga and Chen. This is an open-access article distributed under the terms of the Creative Commons Attribution License.",
  ), { title: "Terrace repair and farm incomes in three upland counties", published: "2023-05-03", author: "Marta Quiroga; Chen Yulan", outlet: "Frontiers in Hill Farming" });
});

test("'Copyright © 2023 Quiroga and Chen.' at a paper's foot: the writers by their surnames keep the copyright, and it names no outlet", () => {
  check("surname copyright", page(
    "Terrace repair and farm incomes in three upland counties",
    "",
    BODY,
    "",
    "Copyright © 2023 Quiroga and Chen. This is an open-access article distributed under the terms of the Creative Commons Attribution License.",
  ), { title: "Terrace repair and farm incomes in three upland counties", outlet: null });
});

test("an age banner ('This article is more than 5 years old') over the headline is no title", () => {
  check("age banner", page(
    "This article is more than 5 years old",
    "",
    "Clean water reaches 40 hill villages",
    "",
    BODY,
  ), { title: "Clean water reaches 40 hill villages" });
});

test("a column's name over its headline, the pair set twice around 'Recent Features' ('Upland Notes' / 'The Slow Return Of Water To Hill Villages'): the headline is the title", () => {
  check("pair again", page(
    "Upland Notes",
    "The Slow Return Of Water To Hill Villages",
    "Recent Features",
    "Upland Notes",
    "The Slow Return Of Water To Hill Villages",
    "How a decade of pipes changed life on the ridges, and what it cost.",
    "By Nora Falk",
    "April 2, 2022",
    "",
    BODY,
  ), { title: "The Slow Return Of Water To Hill Villages", published: "2022-04-02", author: "Nora Falk" });
});

test("a paper named under its byline ('By Sam Whitlow' / 'The Valley Street Journal') is the outlet, in the header as in the body under a standfirst and caption, not the company of 'Copyright ©2022 Harrow Lane Media Company, Inc.'", () => {
  const copyright = "Copyright ©2022 Harrow Lane Media Company, Inc. All Rights Reserved";
  check("paper under byline", page(
    "Clean water reaches 40 hill villages",
    "Pipes now run to 40 villages on the ridge, but the bills have followed.",
    "By Sam Whitlow",
    "The Valley Street Journal",
    "Updated: April 2, 2022 10:15 am ET",
    "",
    BODY,
    "",
    copyright,
  ), { title: "Clean water reaches 40 hill villages", published: "2022-04-02", author: "Sam Whitlow", outlet: "The Valley Street Journal" });
  check("paper under byline in the body", page(
    "Clean water reaches 40 hill villages",
    "",
    "Pipes now run to 40 villages on the ridge, but the bills have followed.",
    "",
    "Villagers queue at a new standpipe on the ridge above the county town.",
    "",
    "By Sam Whitlow",
    "",
    "The Valley Street Journal",
    "",
    BODY,
    "",
    copyright,
  ), { title: "Clean water reaches 40 hill villages", author: "Sam Whitlow", outlet: "The Valley Street Journal" });
});

test("a byline with a template's dash left before an empty day ('By Sam Whitlow -') is a byline", () => {
  check("byline dash", page(
    "Clean water reaches 40 hill villages",
    "By Sam Whitlow -",
    "",
    BODY,
  ), { title: "Clean water reaches 40 hill villages", author: "Sam Whitlow" });
});

test("a site's name set as a menu's first item ('• The Harbour District') is the masthead's outlet", () => {
  check("bulleted masthead", page(
    "• The Harbour District",
    "Clean water reaches 40 hill villages",
    "By Tom Reed",
    "",
    BODY,
  ), { title: "Clean water reaches 40 hill villages", author: "Tom Reed", outlet: "The Harbour District" });
});

test("a board thread's starter line ('By ridge_walker_7, January 3, 2021 in Society & Culture') gives the author by their handle and the day", () => {
  check("thread started", page(
    "Hill Country Expat Forum",
    "Water bills after the move",
    "By ridge_walker_7, January 3, 2021 in Society & Culture",
    "",
    BODY,
  ), { title: "Water bills after the move", published: "2021-01-03", author: "ridge_walker_7", outlet: "Hill Country Expat Forum" });
});

test("a translation site's byline ('Translated by Ines · March 8, 2021 · 98 Comments'): the translator is the author, the day the date, and no outlet", () => {
  check("translator byline", page(
    "Clean water reaches 40 hill villages",
    "Translated by Ines · March 8, 2021 · 98 Comments",
    "",
    BODY,
  ), { title: "Clean water reaches 40 hill villages", published: "2021-03-08", author: "Ines", outlet: null });
});

test("an aggregator's line with an age of four digits ('153 points by ridgecoder 1412 days ago | hide | past | favorite | 40 comments') names the author", () => {
  check("points by", page(
    "Clean water reaches 40 hill villages (uplandwater.org)",
    "153 points by ridgecoder 1412 days ago | hide | past | favorite | 40 comments",
    "",
    BODY,
  ), { title: "Clean water reaches 40 hill villages", author: "ridgecoder", outlet: null });
});

test("a player's tabs ('Show Notes Transcript') under an episode's title name no outlet", () => {
  check("player tabs", page(
    "Ep. 7: Water on the Ridge",
    "Show Notes Transcript",
    "",
    BODY,
  ), { title: "Ep. 7: Water on the Ridge", outlet: null });
});

test("a paper index's cells run together ('Journal of Upland Affairs2023https://doi.org/10.1000/jua.2023.0456article'): the journal is the outlet and the year dates the paper", () => {
  check("journal year address", page(
    "Terrace repair and farm incomes in three upland counties",
    "Journal of Upland Affairs2023https://doi.org/10.1000/jua.2023.0456article",
    "",
    BODY,
  ), { title: "Terrace repair and farm incomes in three upland counties", published: "2023-01-01", precision: "year", outlet: "Journal of Upland Affairs" });
});

test("a journal page's authors a line each under 'by', their affiliations' numbers between ('1,', '1,2,* and', '3'): all three are the authors", () => {
  check("affiliation marks", page(
    "Terrace repair and farm incomes in three upland counties",
    "by",
    "Marta Quiroga",
    "1,",
    "Chen Yulan",
    "1,2,* and",
    "Anna Berg",
    "3",
    "",
    BODY,
  ), { title: "Terrace repair and farm incomes in three upland counties", author: "Marta Quiroga; Chen Yulan; Anna Berg" });
});

test("'Prepared by: Marta Quiroga (Ridge Institute of Rural Studies) and Tomas Halloran (independent consultant)': the writers are the authors, their affiliations in brackets no part of their names", () => {
  check("prepared by", page(
    "Water Access in Upland Villages",
    "Prepared by: Marta Quiroga (Ridge Institute of Rural Studies) and Tomas Halloran (independent consultant)",
    "",
    BODY,
  ), { title: "Water Access in Upland Villages", author: "Marta Quiroga; Tomas Halloran" });
});

test("a paper's app named under the byline ('Valley Daily app') is the outlet", () => {
  check("app under byline", page(
    "Clean water reaches 40 hill villages",
    "By Tom Reed",
    "Valley Daily app",
    "",
    BODY,
  ), { title: "Clean water reaches 40 hill villages", author: "Tom Reed", outlet: "Valley Daily app" });
});

test("a show's name right over its episode's title ('Upland Voices' over 'Ep. 12: ...') under a breadcrumb is the outlet", () => {
  check("show over episode", page(
    "Home > Podcasts",
    "Upland Voices",
    "Ep. 12: Who pays for the pipes on the ridge",
    "",
    BODY,
  ), { title: "Ep. 12: Who pays for the pipes on the ridge", outlet: "Upland Voices" });
});

test("a listening site's label '2019年CRI Clean water comes to the hill villages(在线收听': the year dates the report and the station is the outlet", () => {
  check("year and station", page(
    "2019年CRI Clean water comes to the hill villages(在线收听",
    "",
    BODY,
  ), { title: "Clean water comes to the hill villages", published: "2019-01-01", precision: "year", outlet: "CRI" });
});

test("'Lena Morrow in Kunming' over a labelled day ('Published: 7:15pm, 9 Apr, 2021') is the byline, not the headline", () => {
  check("name in city over labelled day", page(
    "Mountain school opens its first science lab",
    "Lena Morrow in Kunming",
    "Published: 7:15pm, 9 Apr, 2021",
    "",
    BODY,
  ), { title: "Mountain school opens its first science lab", published: "2021-04-09", author: "Lena Morrow", outlet: null });
});

test("a board's name of one word with capitals inside ('HillTeachersNet') over its menu is the outlet; words run together after 'The' ('TheWikiList') are not", () => {
  const menu = ["Home", "Forums", "Members", "Search", "", "Teaching in a county school after the relocation", "", BODY];
  check("capitals inside", page("HillTeachersNet", ...menu), { title: "Teaching in a county school after the relocation", outlet: "HillTeachersNet" });
  check("the run together", page("TheWikiList", ...menu), { title: "Teaching in a county school after the relocation", outlet: null });
});

test("'r/Travel • u/some_handle_9 • Sep 14 '24' names the forum, the poster and the day; the flair under it ('Discussion') is no title, the long line under that is", () => {
  check("subreddit poster day flair", page(
    "r/Travel • u/some_handle_9 • Sep 14 '24",
    "Discussion",
    "Spent a month walking between hill villages last autumn and here is what the new roads changed",
    "",
    BODY,
  ), { title: "Spent a month walking between hill villages last autumn and here is what the new roads changed", published: "2024-09-14", author: "some_handle_9", outlet: "r/Travel", kind: "forum_post" });
});

test("'Prepared by commission staff: Ana Ruiz, Tom Bell, Lin Wu': the label with words after 'Prepared by' still names the three writers", () => {
  check("prepared by staff", page(
    "Road access in the northern townships",
    "Prepared by commission staff: Ana Ruiz, Tom Bell, Lin Wu",
    "",
    BODY,
  ), { title: "Road access in the northern townships", author: "Ana Ruiz; Tom Bell; Lin Wu" });
});

test("a repository's record: 'Research · PDF Available' is no title, and 'Authors:' over 'Greta Holm' over her university names the writer, the university no outlet", () => {
  check("authors label alone", page(
    "Research · PDF Available",
    "Household incomes after relocation in two upland counties",
    "Authors:",
    "Greta Holm",
    "University of Somewhere",
    "",
    BODY,
  ), { title: "Household incomes after relocation in two upland counties", author: "Greta Holm", outlet: null });
});

test("'Publication date: 2020' over a paper whose history says 'Received: ...; Accepted: ...; Published: 26 October 2020' dates it to the day", () => {
  check("history refines year", page(
    "Household incomes after relocation in two upland counties",
    "Publication date: 2020",
    "",
    BODY,
    "",
    "Received: 2 August 2020; Accepted: 21 October 2020; Published: 26 October 2020",
    "",
    BODY,
  ), { title: "Household incomes after relocation in two upland counties", published: "2020-10-26", precision: "day" });
});

test("'Published in: Rural Ledger' names the journal as the outlet; a record's empty 'N/A' under a date line is no outlet", () => {
  check("published in", page(
    "Household incomes after relocation in two upland counties",
    "Published in: Rural Ledger",
    "",
    BODY,
  ), { title: "Household incomes after relocation in two upland counties", outlet: "Rural Ledger" });
  check("n/a", page(
    "Household incomes after relocation in two upland counties",
    "May 11, 2020",
    "N/A",
    "",
    BODY,
  ), { title: "Household incomes after relocation in two upland counties", published: "2020-05-11", outlet: null });
});

test("a catalogue's record: 'No Cover Photo' is no title, '• He, X. M.' under the title is the writer, '• Journal:' over 'Valley Daily' the outlet and '• Published Year:' over '2020' the year", () => {
  check("catalogue record", page(
    "No Cover Photo",
    "New wells bring water to hill hamlets",
    "• He, X. M.",
    "• Journal:",
    "Valley Daily",
    "• Published Year:",
    "2020",
    "",
    BODY,
  ), { title: "New wells bring water to hill hamlets", published: "2020-01-01", precision: "year", author: "He, X. M.", outlet: "Valley Daily" });
  // (The empty picture under the library's name, over a record's labelled title, is still no title.)
  check("no cover photo over a labelled title", page(
    "Valley Library",
    "",
    "No Cover Photo",
    "",
    "• Title:",
    "New wells bring water to hill hamlets",
    "",
    BODY,
  ), { title: "New wells bring water to hill hamlets", outlet: "Valley Library" });
});

test("'RTN could not independently verify the figures.' in the text names the outlet at work, when nothing else names one", () => {
  check("could not verify", page(
    "New wells bring water to hill hamlets",
    "",
    "The county says it dug 40 wells this year. RTN could not independently verify the figures.",
  ), { title: "New wells bring water to hill hamlets", outlet: "RTN" });
});

test("'- MARA QUILL' over 'May 27, 2019' under a standfirst is the byline, the name in capitals written as a name", () => {
  check("dashed name in capitals", page(
    "New wells bring water to hill hamlets",
    "Families who waited a decade now draw water at their doors",
    "- MARA QUILL",
    "May 27, 2019",
    "",
    BODY,
  ), { title: "New wells bring water to hill hamlets", published: "2019-05-27", author: "Mara Quill" });
});

test("a search page's dropdowns ('Any time ▾ Sort by: Relevance ▾') are no title", () => {
  check("dropdown menus", page(
    "Any time ▾ Sort by: Relevance ▾",
    "New wells bring water to hill hamlets",
    "",
    BODY,
  ), { title: "New wells bring water to hill hamlets" });
});

test("'June 4, 20194:00 PM ET': a year run into the clock still dates the page", () => {
  check("year run into clock", page(
    "New wells bring water to hill hamlets",
    "June 4, 20194:00 PM ET",
    "",
    BODY,
  ), { title: "New wells bring water to hill hamlets", published: "2019-06-04", precision: "day" });
});

test("'#214 – Ines Varga: Terraces, Tea and Tourism' is an episode's title; the caption lines under it that open on their clock ('0:00:02 welcome ...') are not", () => {
  check("numbered episode with dash", page(
    "#214 – Ines Varga: Terraces, Tea and Tourism",
    "0:00:02 welcome back to the show, today we are talking about tea",
    "0:00:08 who spent fourteen months in the hills",
    "",
    BODY,
  ), { title: "#214 – Ines Varga: Terraces, Tea and Tourism" });
  // (With no title over them, no caption line is one.)
  check("caption lines alone", page(
    "0:00:02 Welcome back to the show",
    "0:00:08 who spent fourteen months in the hills",
    "",
    BODY,
  ), { title: null });
});

test("a link to the site's other pages ('See here for a full list of transcripts') is no title", () => {
  check("see here link", page(
    "See here for a full list of transcripts",
    "New wells bring water to hill hamlets",
    "",
    BODY,
  ), { title: "New wells bring water to hill hamlets" });
});

test("'Welcome to Hill Voices, a podcast about ...' names the show as the outlet", () => {
  check("welcome to show, a podcast", page(
    "The well digger of Stone Ridge",
    "",
    "Welcome to Hill Voices, a podcast about life in the upland villages. Today we meet a well digger.",
    "",
    BODY,
  ), { title: "The well digger of Stone Ridge", outlet: "Hill Voices" });
});

test("a paper with its country in brackets ('Valley Daily (People's Republic of China)') under the date line is the outlet, without the country", () => {
  check("paper with country", page(
    "New wells bring water to hill hamlets",
    "May 11, 2020",
    "Valley Daily (People's Republic of China)",
    "",
    BODY,
  ), { title: "New wells bring water to hill hamlets", published: "2020-05-11", outlet: "Valley Daily" });
});

test("a writer's name over their own byline ('Nora Kell' over 'Nora Kell in Guiyang') is no title; the headline above is", () => {
  check("name over own byline", page(
    "Home",
    "News",
    "Regions",
    "",
    "New wells bring water to hill hamlets",
    "Nora Kell",
    "Nora Kell in Guiyang",
    "March 2, 2021",
    "",
    BODY,
  ), { title: "New wells bring water to hill hamlets", published: "2021-03-02", author: "Nora Kell" });
  check("name over own byline, updated", page(
    "Home",
    "News",
    "Regions",
    "",
    "New wells bring water to hill hamlets",
    "",
    "Nora Kell",
    "",
    "Nora Kell in Guiyang",
    "",
    "Updated: 3:20pm, 2 Mar, 2021",
    "",
    BODY,
  ), { title: "New wells bring water to hill hamlets", published: "2021-03-02", author: "Nora Kell", outlet: null });
});

test("a last author's affiliation marks ('1,*') are no outlet, and authors a line each with numbers between are all the authors, names no list holds too", () => {
  check("authors with marks", page(
    "Household incomes after relocation in two upland counties",
    "by",
    "Marta Quiroga",
    "1,",
    "Tomas Halloran",
    "2",
    "Ida Vance",
    "1,*",
    "1 School of Rural Studies, Valley University, Hilltown 650000, China",
    "",
    BODY,
  ), { title: "Household incomes after relocation in two upland counties", author: "Marta Quiroga; Tomas Halloran; Ida Vance", outlet: null });
  check("one author's marks", page(
    "Household incomes after relocation in two upland counties",
    "By Ida Vance",
    "1,*",
    "",
    BODY,
  ), { title: "Household incomes after relocation in two upland counties", author: "Ida Vance", outlet: null });
});

test("'. . . via Reuters' under a reblogged story names the copy's source over the blog's masthead; a podcast app's '<Show> cover image' and a name with '&' are mastheads", () => {
  check("reblog", page("Furrow & Field", "Notes on farms and money", "", "Menu", "", "Valley town opens a bigger market", "", BODY, "", "The market has 240 stalls, the county said.", "", ". . . via Reuters"), { title: "Valley town opens a bigger market", outlet: "Reuters" });
  check("podcast app", page("Hill Voices cover image", "", "Ep. 7: The road to the upper village", "", "Mar 2, 2023 · 31 min", "", BODY), { title: "Ep. 7: The road to the upper village", outlet: "Hill Voices" });
  check("board", page("Plough & Pen Community", "Home  Forums  Members", "", "How many families moved in your county?", "", BODY), { title: "How many families moved in your county?", outlet: "Plough & Pen Community" });
});

test("'Contributed by: <office>' over a yearbook's entry: the office wrote it, and its figures are the office's", () => {
  const text = page("Yearbook of Valley Development 2013", "", "Hill Prefecture", "", "Contributed by: Poverty Relief Office of Hill Prefecture", "", "【Overview】 The prefecture has 9 counties and about 1.2 million rural people.");
  assert.equal(documentFrom(text).metadata.author, "Poverty Relief Office of Hill Prefecture");
  assert.deepEqual(extractFrom(text).x.claims.map((c) => [c.value, c.attributedTo]), [[9, "Poverty Relief Office of Hill Prefecture"], [1200000, "Poverty Relief Office of Hill Prefecture"]]);
});

test("a lone dateline line between 'Share via' and the story's first paragraph is no headline; the headline over it is", () => {
  check("lone dateline", page(
    "World",
    "",
    "A town moves uphill, a county celebrates. Few who left are sure why",
    "",
    "March 3, 2021",
    "",
    "Share via",
    "",
    "LANGMU, China —",
    "",
    "The new flats stand in rows of six on a terrace cut above the river, and most of the 412 families who moved there last spring still keep a plot in the old village.",
  ), { title: "A town moves uphill, a county celebrates. Few who left are sure why", published: "2021-03-03" });
});

test("a report's cover: its title over 'Table of Contents', 'Document of the <Fund>' the issuer, 'People's Republic of China' neither", () => {
  check("report cover", page(
    "EVALUATION REPORT",
    "People's Republic of China",
    "Upper Tanhe Valley Smallholder Livelihoods Project",
    "Document of the Fund for Upland Farming and Rural Incomes",
    "May 2017   Report No. 1234-CN",
    "Table of Contents",
    "Abbreviations ........ iii",
    "Executive Summary ........ v",
    "Currency Equivalent",
    "Currency unit = Yuan Renminbi (CNY)",
    "",
    "The project ran for seven years in 46 villages of two counties and reached about 21,000 households, the evaluation found.",
    "",
    BODY,
  ), { title: "Upper Tanhe Valley Smallholder Livelihoods Project", published: "2017-05-01", outlet: "Fund for Upland Farming and Rural Incomes" });
});

test("a report's title over the quoted name of its project, under 'People's Republic of China': the two joined", () => {
  check("title over quoted project", page(
    "People's Republic of China",
    "FY2017 Ex-Post Evaluation of Japanese ODA Loan Project",
    "\"Gansu Hill Villages Water Supply Project\"",
    "",
    "External Evaluator: Teodor Brandt, Hillcrest Consulting Ltd.",
    "",
    "The project built 38 small reservoirs and piped water to 160,000 people in nine counties between 2003 and 2010.",
    "",
    BODY,
  ), { title: "FY2017 Ex-Post Evaluation of Japanese ODA Loan Project \"Gansu Hill Villages Water Supply Project\"", outlet: null });
});

test("a form's row of labels ('Prepared by: Reviewed by: ...') over its values: the first value is the author", () => {
  check("label row", page(
    "Upland Roads and Markets Programme in Three Counties",
    "",
    "Date: June 12, 2018",
    "",
    "Prepared by: Reviewed by: Review Coordinator: Group:",
    "Marta Lindqvist",
    "Jonas Ferrer Edith Vale IEG1",
    "",
    BODY,
  ), { title: "Upland Roads and Markets Programme in Three Counties", published: "2018-06-12", author: "Marta Lindqvist" });
});

test("a 'Tag:' line over the headline is no headline", () => {
  check("tag line", page(
    "Tag: press conferencerural roadspoverty alleviation",
    "",
    "Hill county finishes last stretch of village roads",
    "",
    BODY,
  ), { title: "Hill county finishes last stretch of village roads", outlet: null });
});

test("'Journal: X, 2018, 6(4)' names the journal, over the portal's masthead", () => {
  check("journal label", page(
    "OALib Journal",
    "",
    "Cash transfers and school attendance in three upland townships",
    "",
    "Journal: Highland Farm Economics, 2018, 6(4)",
    "",
    BODY,
  ), { title: "Cash transfers and school attendance in three upland townships", outlet: "Highland Farm Economics" });
});

test("'X ›› 2022, Vol. 7 ›› Issue (2)' names the journal and the year, and is no headline", () => {
  check("journal chevrons", page(
    "Hill Farming Studies ›› 2022, Vol. 7 ›› Issue (2) : 100123",
    "",
    "Terrace farming and household income after relocation",
    "",
    BODY,
  ), { title: "Terrace farming and household income after relocation", published: "2022-01-01", precision: "year", outlet: "Hill Farming Studies" });
});

test("a board's 'Name DATE Author Profile | Edit' post header names the poster; 'Replying to: ...' is cut from the title", () => {
  check("board post header", page(
    "Pearl River Forum :: Economy Board",
    "",
    "Home | Boards | Search",
    "",
    "Prices matter more than the line itself Replying to: So is 2,800 yuan really enough?",
    "Old Liuzhou Hand 03/14/2017, 10:22:05 Author Profile | Edit",
    "",
    "A family in my wife's village counts as out of poverty on paper, but pork went up 40 percent last year and their income did not.",
    "",
  ), { title: "Prices matter more than the line itself", published: "2017-03-14", author: "Old Liuzhou Hand", outlet: "Pearl River Forum" });
});

test("'shared by handle · N days ago · #tag' under a title names the poster", () => {
  check("shared by", page(
    "Ledger of hill villages: what the relocation numbers leave out",
    "shared by iron_kettle  ·  980 days ago  ·  #china",
    "",
    BODY,
  ), { title: "Ledger of hill villages: what the relocation numbers leave out", author: "iron_kettle" });
});

test("'Thread by @handle (Name 名字)' over an unrolled thread names its writer and is no headline", () => {
  check("thread by", page(
    "Thread by @li_wen_gz (Li Wenzhong 李文忠)",
    "",
    "Notes from a resettlement town in the hills",
    "",
    BODY,
  ), { title: "Notes from a resettlement town in the hills", author: "Li Wenzhong" });
});

test("'Name | Programme' over the day under a headline: the writer and the programme", () => {
  check("name bar programme", page(
    "Inside the county that said it beat poverty",
    "",
    "Ellen Park | Frontline Hour",
    "March 4, 2019",
    "",
    BODY,
  ), { title: "Inside the county that said it beat poverty", published: "2019-03-04", author: "Ellen Park", outlet: "Frontline Hour" });
});

test("'By NameEditor: Name' under the headline: the writer, without the editor", () => {
  check("glued editor", page(
    "Village cooperative doubles walnut sales",
    "",
    "By Qin LanEditor: Wu Hao",
    "",
    BODY,
  ), { title: "Village cooperative doubles walnut sales", author: "Qin Lan" });
});

test("a headline over a longer standfirst over the byline, a photo's caption and its '(Name / Paper)' credit under: the headline", () => {
  check("standfirst over byline", page(
    "Mushroom sheds lift a hill county",
    "",
    "A forest crop and village livestreams turn a remote county's small plots into steady incomes for thousands of families",
    "",
    "By Zhou Ming and Lu Fang in Hanbei | Valley Daily | Updated: 2020-05-01 09:00",
    "",
    "Share",
    "",
    "A grower checks shelves of mushrooms in a shed in Hanbei county",
    "",
    "(Zhou Ming / Valley Daily)",
    "",
    BODY,
  ), { title: "Mushroom sheds lift a hill county", published: "2020-05-01", author: "Zhou Ming; Lu Fang", outlet: "Valley Daily" });
});

test("a first line running the headline into its summary, the headline under a logo and again further down: the headline", () => {
  check("headline run on, set again lower", page(
    "Counting the last poor villages The county says every household now earns above the line; families in the upper valleys tell a longer story about debts and distance",
    "Logo",
    "Counting the last poor villages",
    "• Download",
    "• Transcript",
    "Radio Hill",
    "Episode 14",
    "Share",
    "Counting the last poor villages",
    "",
    BODY,
  ), { title: "Counting the last poor villages" });
});

test("a report's team ('Team Leader:', 'Consultant:' over names) under a letter-spaced heading: its authors, and no headline", () => {
  check("evaluation team", page(
    "E VA LUAT I O N  T E A M",
    "Team Leader:",
    "Dr. Hanna Solberg",
    "Consultant:",
    "Prof. Owen Rask",
    "",
    "Programme Evaluation of the Upland Livelihoods Partnership",
    "",
    BODY,
    "",
    "REPORTS IN THIS SERIES",
    "Programme Review:",
    "Programme Review:",
    "Programme Review:",
  ), { title: "Programme Evaluation of the Upland Livelihoods Partnership", author: "Hanna Solberg; Owen Rask", outlet: null });
});

test("'NAMES and NAMES, Paper staff writers' under a headline and its standfirst, over the day: the byline, and no headline", () => {
  check("staff writers", page(
    "Pacific Ledger",
    "",
    "Tea terraces bring a mountain township back from the edge",
    "",
    "Growers in a remote corner of the province say new roads and a buyers' cooperative have doubled what a picking season earns",
    "",
    "HARUTO MORI and QIAN LIWEN, Pacific Ledger staff writers",
    "",
    "March 3, 2021 06:00 JST | Updated on March 3, 2021 15:00 JST",
    "",
    BODY,
  ), { title: "Tea terraces bring a mountain township back from the edge", published: "2021-03-03", author: "Haruto Mori; Qian Liwen" });
});

test("a journal portal's 'DOI: 10....' line and its 'Cite this' line ('Names. Title[J]. Journal, ...') are no headline; the title under them is", () => {
  check("portal cite line", page(
    "• Journal of Upland Rural Studies",
    "• 2021, Vol. 40, Issue 3 : 512-530",
    "Wei ZHANG*, Lan QIU",
    "Author Affiliations",
    "• Institute of Hill Agriculture, Lanshan University, Lanshan 610000, China",
    "• show less",
    "DOI: 10.12345/abc.2021.03.007 Cite this Article",
    "Wei ZHANG, Lan QIU. Orchard cooperatives, off-farm work and household income in three mountain counties of the upper Lanxi basin, 2015-2019[J]. Journal of Upland Rural Studies, 2021, 40(3): 512",
    "show less",
    "Orchard cooperatives, off-farm work and household income in three mountain counties of the upper Lanxi basin, 2015-2019",
    "Abstract",
    "Using a survey of 1,240 households in three mountain counties, we find that members of orchard cooperatives earned about 18 percent more than their neighbours between 2015 and 2019.",
  ), { title: "Orchard cooperatives, off-farm work and household income in three mountain counties of the upper Lanxi basin, 2015-2019", author: "Wei Zhang; Lan Qiu", outlet: "Journal of Upland Rural Studies" });
});

test("a headline set twice in a row right under the day, under the site's name and its motto: the headline", () => {
  check("headline twice under the day", page(
    "The Riverbend Courier",
    "Independent, Local, Free.",
    "Monday, Mar 01, 2021",
    "Goat cooperative keeps a valley village on its feet",
    "Goat cooperative keeps a valley village on its feet",
    BODY,
  ), { title: "Goat cooperative keeps a valley village on its feet", published: "2021-03-01" });
});

test("a photo's caption set twice under the 'Updated' line, marked '(file photo)' and ending on its agency's credit: no headline", () => {
  check("file photo caption", page(
    "Hill towns count the cost of moving downhill",
    "Share",
    "Updated Tue, 9 March 2021 at 9:10 am",
    "Workers pick tea on a terrace above Lanxi village in the hills (file photo) - JANE DOE/Getty Images",
    "Workers pick tea on a terrace above Lanxi village in the hills (file photo) - JANE DOE/Getty Images",
    BODY,
  ), { title: "Hill towns count the cost of moving downhill", published: "2021-03-09" });
});

test("a radio page's air date with '(view full episode)' after it dates the page, not its comments' stamps", () => {
  check("view full episode", page(
    "Sunday Roundtable",
    "",
    "The last villages off the poverty list",
    "",
    "Tuesday 10 September 2019 8:30PM (view full episode)",
    "",
    BODY,
    "",
    "Comments (2)",
    "",
    "Anna K :",
    "11 Sep 2019 6:02:11am",
    "Good listening, thank you.",
  ), { title: "The last villages off the poverty list", published: "2019-09-10" });
});

test("'submitted N years ago by handle to c/...' under a title names the poster", () => {
  check("submitted to community", page(
    "What three years in a relocation town taught me about the numbers",
    "submitted 3 years ago by oolong_reader to c/asia@board.example",
    "",
    BODY,
  ), { title: "What three years in a relocation town taught me about the numbers", author: "oolong_reader" });
});

test("'Posted in X, Y' under a blog post's date line is no outlet; the blog's name is", () => {
  check("posted in", page(
    "Slow Roads East",
    "Notes from the back roads of the hills",
    "Home",
    "About",
    "Contact",
    "A week in a walnut village that left the poverty list",
    "June 2, 2018 by Peter Lund",
    "Posted in Travel, Rural",
    "",
    BODY,
  ), { title: "A week in a walnut village that left the poverty list", published: "2018-06-02", author: "Peter Lund", outlet: "Slow Roads East" });
});

test("a portal's 'Thu, March 4, 2021, 9:30 AM·5-min read' under the writer and paper dates the page", () => {
  check("min read glued", page(
    "Portal News",
    "",
    "Herders in the high pastures wait for the jobs they were promised",
    "",
    "Wen Lixia",
    "Harbour Evening Post",
    "Thu, March 4, 2021, 9:30 AM·5-min read",
    "",
    BODY,
  ), { title: "Herders in the high pastures wait for the jobs they were promised", published: "2021-03-04" });
});

test("a story's credits at its foot, 'Reporting by A and B; Trans-editing by C', name its writers, not the editor", () => {
  check("reporting by with desk", page(
    "Home > News > Content",
    "",
    "Valley families find work next to their new flats",
    "",
    "Updated:2021-04-02 09:12:44   Valley Daily",
    "",
    BODY,
    "",
    "Reporting by Lan Xiuhua and Ou Jianbo; Trans-editing by Tang Meiyu",
  ), { title: "Valley families find work next to their new flats", author: "Lan Xiuhua; Ou Jianbo" });
});

test("'(By A, B)' on a line of its own under a portal's story names its writers", () => {
  check("bracketed byline", page(
    "The Official Website of the Hill Province Government",
    "",
    "Workshops give relocated families steady wages",
    "",
    "2019-06-11 Download Print Comment",
    BODY,
    "(By Qin Lanfang, Mo Dejun)",
  ), { title: "Workshops give relocated families steady wages", author: "Qin Lanfang; Mo Dejun" });
});

test("a publisher's chapter page: 'First Online:' dates it; 'Cite this chapter', the access notice and the download buttons are no headline", () => {
  check("chapter page", page(
    "Skip to main content",
    "Book Shelf Link",
    "Log in",
    "",
    "A Road to the Upper Village",
    "",
    "Chapter",
    "Open Access",
    "First Online: 9 June 2021",
    "pp 45–61",
    "Cite this chapter",
    "You have full access to this open access chapter",
    "Download book PDF Download book EPUB",
    "",
    "Hill Villages Revisited",
    "Eleanor Brandt",
    "",
    BODY,
  ), { title: "Hill Villages Revisited", published: "2021-06-09", author: "Eleanor Brandt" });
});

test("two sections joined in capitals at the top ('WORLD & NATION') are no masthead", () => {
  check("sections joined", page(
    "Advertisement",
    "",
    "WORLD & NATION",
    "",
    "In a hill town of new flats, too few jobs",
    "",
    "By Sam Whitley",
    "Staff Writer",
    "Oct. 9, 2020 3 AM PT",
    "",
    "Share",
    "",
    BODY,
  ), { title: "In a hill town of new flats, too few jobs", outlet: null });
});

test("a paper's authors with each affiliation's number set after the comma that parts them ('Lan Qiuyue,1 Deng Hao,2 and Mo Jian1*'): its writers", () => {
  check("marks after commas", page(
    "Boarding Schools and Household Costs in the Hill Counties: A Mixed-Methods Study",
    "",
    "Lan Qiuyue,1 Deng Hao,2 and Mo Jian1*",
    "",
    "1 Rural Education Lab, Hill Agricultural University; 2 School of Geography, Valley University",
    "",
    BODY,
  ), { title: "Boarding Schools and Household Costs in the Hill Counties: A Mixed-Methods Study", author: "Lan Qiuyue; Deng Hao; Mo Jian" });
});

test("a date line whose clock comes first ('Published 9:41 am on 18 June 2021') dates the page; its colon is the clock's, no label's", () => {
  check("clock first", page(
    "Valley Public Radio",
    "Cotton towns: how the county counts its 'transfers'",
    "Published 9:41 am on 18 June 2021",
    "Updated 2:05 pm on 19 June 2021",
    "By Ana Lindqvist, Asia correspondent, and Tomas Berg",
    "",
    BODY,
  ), { title: "Cotton towns: how the county counts its 'transfers'", published: "2021-06-18", author: "Ana Lindqvist; Tomas Berg" });
});

test("a blog's 'Posted by Name on DATE in Shelves | 9 Comments' under the title names its writer and its day", () => {
  check("posted by, shelves and count", page(
    "Hill Roads Notes",
    "What the county's coffee boom leaves out",
    "Posted by Mira Holmgren on 17 August 2021 in Fieldnotes, Yunnan | 9 Comments",
    "",
    BODY,
  ), { title: "What the county's coffee boom leaves out", published: "2021-08-17", author: "Mira Holmgren" });
});

test("a portal's 'Release time: ... Source: X Reading: 3286' dates the page and names its source; a 'Hot tags:' line is no headline", () => {
  check("release time with a reading count", page(
    "Valley News Online",
    "Current location: Home > Society > Text",
    "Butuo: the relocated families 'moved out' and now 'stay'",
    "Release time: 2022-01-19 21:07 Source: Hill TV Reading: 3286",
    "",
    BODY,
  ), { title: "Butuo: the relocated families 'moved out' and now 'stay'", published: "2022-01-19", outlet: "Hill TV" });
  check("hot tags over the headline", page(
    "valleyreport.com",
    "News | World | Business | Tech",
    "Hot tags: Liangshan  poverty  county",
    "",
    "Liangshan: the last seven counties leave the list",
    "",
    "News/China 2020-11-17T21:40:12.418Z",
    "",
    BODY,
  ), { title: "Liangshan: the last seven counties leave the list", published: "2020-11-17", outlet: "valleyreport.com" });
});

test("a long cookie banner opens no text, and a campaign group's 'XYZ index:' code is no headline", () => {
  check("cookie banner", page(
    "Portal is part of the Portal family of brands.",
    "When you use our sites and apps, we and our 212 partners use cookies and similar technologies to store and access information on your device, to measure audiences and to personalise ads and content. Select 'Accept all' to agree or 'Reject all' to decline.",
    "Accept all",
    "Reject all",
    "",
    "Coffee growers in the hill county see incomes rise under a contract scheme",
    "Valley Wire",
    "Sat, Oct 16, 2021, 2:04 AM · 4 min read",
    "",
    BODY,
  ), { title: "Coffee growers in the hill county see incomes rise under a contract scheme", published: "2021-10-16" });
  check("document code", page(
    "HILL RIGHTS MONITOR",
    "PUBLIC STATEMENT",
    "HRM index: ASA 17/4412/2021",
    "8 July 2021",
    "China: Relocated families must be heard before the next phase",
    "",
    BODY,
  ), { title: "China: Relocated families must be heard before the next phase", published: "2021-07-08" });
});

test("a video page's '48,092 views Feb 25, 2021 #Tags' line dates the page and heads nothing", () => {
  check("views and day", page(
    "Skip navigation",
    "Search",
    "How a hill village swapped goats for greenhouses | Dispatches",
    "Valley TV",
    "3.1M subscribers",
    "Subscribe",
    "48,092 views Feb 25, 2021 #PovertyAlleviation #Gansu",
    BODY,
  ), { title: "How a hill village swapped goats for greenhouses", published: "2021-02-25" });
});

test("a repository's full record ('dc.title', 'dc.creator.author Surname, Given', 'dc.date.issued') names the item, its writer and its year", () => {
  check("dublin core rows", page(
    "Hill University Archive",
    "Log in",
    "Archive Home → Faculty of Humanities → Department of Area Studies → Master theses → View Item",
    "Quotas and Kin: Labour Transfer in a Southern County",
    "Berg, Anna Maria",
    "Master thesis",
    "View/Open",
    "Berg-Master-2022.pdf (2.184Mb)",
    "Show simple item record",
    "dc.date.accessioned\t2022-09-14T07:41:22Z",
    "dc.date.issued\t2022",
    "dc.description.abstract\tThis thesis asks how households answered the targets the county set. In 2018 the county said it moved 3,000 workers.",
    "dc.title\tQuotas and Kin: Labour Transfer in a Southern County",
    "dc.creator.author\tBerg, Anna Maria",
  ), { title: "Quotas and Kin: Labour Transfer in a Southern County", published: "2022-01-01", precision: "year", author: "Anna Maria Berg", outlet: null });
});

test("a journal page's authors a line each, one of them with a prefixed surname ('Maeve O'Donnell'), are all its writers, none its publisher", () => {
  check("O'Donnell after marks", page(
    "Article",
    "Livelihoods after Relocation: Evidence from Households in the Hill County",
    "by",
    "Qubi Ashi",
    "1,",
    "Tan Yuwei",
    "1,2,* and",
    "Maeve O'Donnell",
    "3",
    "",
    "Valley Studies 2023, 15(9), 7214; https://doi.org/10.3390/vs15097214",
    "",
    BODY,
  ), { title: "Livelihoods after Relocation: Evidence from Households in the Hill County", author: "Qubi Ashi; Tan Yuwei; Maeve O'Donnell", outlet: "Valley Studies" });
});

test("a research network's cover over a paper's PDF: its counters are chrome, its 'Conference Paper · November 2021' dates the paper, and a title wrapped over three lines is one title", () => {
  const wrapped = (line: string) => `${line} ${"and the text of the paper goes on across the page at its width here".slice(0, 78 - line.length)}`.trim();
  check("network cover", page(
    "See discussions, stats, and author profiles for this publication at: https://www.example.net/publication/356120874",
    "",
    "Rural Stores and Household Income in Hill",
    "County, Gansu: A Field Survey",
    "",
    "Conference Paper · November 2021",
    "",
    "CITATIONS                  READS",
    "4                          611",
    "",
    "3 authors, including:",
    "",
    "SEE PROFILE                           SEE PROFILE",
    "",
    "All content following this page was uploaded by Lan Qiuyue on 03 December 2021.",
    "",
    "Rural Stores and Household",
    "Income in Hill County, Gansu:",
    "A Field Survey",
    "",
    "Lan Qiuyue1,*, Deng Hao2, Mo Jian1",
    "",
    wrapped("Rural stores were promoted in the county as a way to connect remote"),
    wrapped("households with buyers. Using a survey of 312 households in 9 villages"),
    wrapped("of the county carried out in July 2021, this paper compares households"),
    wrapped("that sold online with those that did not, and finds a gap of 2,180 yuan."),
    wrapped("Online sellers were younger, and most of them had a child who had gone"),
    wrapped("to work in the cities of the coast for a year or more before 2019."),
    wrapped("The county left the list of poor counties in November 2020, the last"),
    wrapped("in the province to do so, and its stores now sell walnuts and beef to"),
    wrapped("buyers in the east through three platforms run from the county town."),
  ), { title: "Rural Stores and Household Income in Hill County, Gansu: A Field Survey", published: "2021-11-01", precision: "month", author: "Lan Qiuyue; Deng Hao; Mo Jian" });
});

test("a yearbook's entry: the site's calendar day and a section numbered 'Ⅳ.' above it, its labelled release day, and its writer credited in brackets at the foot", () => {
  check("yearbook entry", page(
    "2020-05-30 Saturday",
    "Hill Poverty Reduction Center",
    "Home | About | News | Research | Yearbook",
    "Current location: Home > Yearbook > 2019",
    "Ⅳ. Local Poverty Alleviation II",
    "Release time:2019-11-08 Information sources: Hill Poverty Reduction Center",
    "Poverty Alleviation and Development in Valley Province",
    "【Overview】In 2018, the province lifted 1.48 million rural people out of poverty and removed 18 counties from the list.",
    "(Written by Long Meiyan, Poverty Alleviation Office of Valley Province)",
  ), { title: "Poverty Alleviation and Development in Valley Province", published: "2019-11-08", author: "Long Meiyan", outlet: "Hill Poverty Reduction Center" });
  check("reporters at the foot", page(
    "Valley News Online",
    "Current location: Home > Society > Text",
    "Butuo: relocated families find work near their new homes",
    "Release time: 2022-01-19 21:07 Source: Hill TV Reading: 3286",
    BODY,
    "(Hill TV reporters Ma Ruixue, Aku Xiaoqiang)",
  ), { title: "Butuo: relocated families find work near their new homes", author: "Ma Ruixue; Aku Xiaoqiang", outlet: "Hill TV" });
});

test("a line with an e-mail address is no headline; a transcript page's own day after its summary beats the day of the event under its speakers", () => {
  check("e-mail under the authors", page(
    "Home | About Journal | Editorial Board",
    "Hill Journal of Resources ›› 2022, Vol. 13 ›› Issue (5): 812-823.",
    "Employment Support and Income Stability of Relocated Households: A Panel Survey",
    "• LONG Shiyu 1 ,",
    "• YANG Mingxia 1, * ,",
    "*YANG Mingxia, E-mail: mxyang@example.edu.cn",
    "LONG Shiyu, E-mail: longshiyu@example.com",
    "Received date: 2021-11-18",
    "Online published: 2022-08-30",
    "Abstract",
    BODY,
  ), { title: "Employment Support and Income Stability of Relocated Households: A Panel Survey", published: "2022-08-30" });
  check("day after the summary", page(
    "ㄑ Press Room ㄑ Press Conference Transcripts",
    "",
    "Briefing on relocation in the hill region",
    "",
    "Around China",
    "The office held a press conference on June 3 in Beijing to brief the media on relocation in the hill region.  June 9, 2021",
    "",
    "Tsering Dondrub, vice chairman of the People's Government of the region",
    "Fang Yuhan, spokesperson of the office",
    "",
    "June 3, 2021",
    "",
    "Fang Yuhan:",
    "Ladies and gentlemen, good morning. The region moved 266,400 people from 2016 to 2020.",
  ), { title: "Briefing on relocation in the hill region", published: "2021-06-09" });
});

test("a board's archive copy ('View Full Version : Title'), a weekly's 'ChinaOct 14th 2021 edition', a language switcher and a video still's caption are no headline's words", () => {
  check("archive copy", page(
    "Hill Forums > Non-Airline Forums > Jet Blast",
    "View Full Version : Crop-spraying drones and the cotton harvest",
    "",
    "Nightstop Nigel",
    "3rd Apr 2021, 09:12",
    "Saw a piece last night about the cotton harvest. Apparently a single drone now sprays 200 hectares a day.",
  ), { title: "Crop-spraying drones and the cotton harvest" });
  check("weekly edition", page(
    "The Valley Weekly",
    "China | Picking season",
    "",
    "The buses that leave the county at dawn",
    "",
    "Officials call the transfers voluntary. Their own figures suggest something closer to a quota",
    "",
    "ChinaOct 14th 2021 edition",
    "",
    BODY,
  ), { title: "The buses that leave the county at dawn", published: "2021-10-14" });
  check("language switcher", page(
    "Rights Frontier International",
    "March 22, 2022 12:01AM EDT",
    "Available In English 中文 བོད་ཡིག",
    "",
    "China: Herders Moved Under 'Poverty' Banner",
    "Relocations Often Coerced; Compensation Withheld",
    "",
    BODY,
  ), { title: "China: Herders Moved Under 'Poverty' Banner", published: "2022-03-22" });
  check("video still", page(
    "Valley Free Broadcast",
    "Home > News > Uyghur",
    "",
    "Villagers Sent to Inland Factories Under Labor Quotas",
    "",
    "2021-05-18",
    "Share on Facebook  Share on Twitter  Print  Email  Comment",
    "",
    "Workers arrive at a garment factory in a still from a state media video, April 2021. Screenshot from Hill TV",
    "",
    BODY,
  ), { title: "Villagers Sent to Inland Factories Under Labor Quotas", published: "2021-05-18" });
});

test("another story's headline set three times in the related list under a wire story is not the page's; a newsroom's issuer over its date line is no headline", () => {
  check("related list under the story", page(
    "logo",
    "",
    "Relocated families find footing in factory towns",
    "",
    "Valley Sun09-05-2021",
    "Xinhua",
    "GUIYANG, May 8 (Xinhua) -- At seven in the morning, the lane outside the resettlement community fills with women on scooters heading to the plant.",
    "",
    "The county moved 3,000 families from the mountains into new flats near the town this year, officials said, and 420 of them now work at the plant.",
    "",
    "Related Articles",
    "Coastal state to roll out 600 new rural clinics",
    "Coastal state to roll out 600 new rural clinics",
    "The Coast Post",
    "Coastal state to roll out 600 new rural clinics",
  ), { title: "Relocated families find footing in factory towns" });
  check("newsroom issuer", page(
    "Skip to main content",
    "Search releases...",
    "Hill Daily Media Group",
    "14.10.2020 09:30:04 CEST | Valley Wire | Press release",
    "Tea terraces and livestreams: how a hill county turned leaves into livelihoods",
    "HILLTOWN, China--(VALLEY WIRE)--The county expects its tea industry to earn 4.1 billion yuan this year, officials said.",
  ), { title: "Tea terraces and livestreams: how a hill county turned leaves into livelihoods" });
});

test("a library's notes over its record, a space before a date's comma, a readers' blog's counters and buttons, and an archive's icons and 'Full text of' are no headline", () => {
  check("library record", page(
    "Note: Where available, the PDF/Word icon below is provided to view the complete and fully formatted document",
    "Disclaimer: The Library does not warrant or accept liability for the accuracy or usefulness of the transcripts.",
    "Cotton, quotas and the long road south",
    "The Valley Hour - Tuesday, 22 December , 2020 12:41:00",
    "Reporter: Bill Hartley",
    "HOST: " + BODY,
  ), { title: "Cotton, quotas and the long road south", published: "2020-12-22", author: "Bill Hartley" });
  check("readers' blog", page(
    "Home › Blog › Marcus Hale's Blog › View blog",
    "Marcus Hale",
    "Marcus Hale's Blog",
    "Friends 14 | Blogs 52 | Credits 3610",
    "Add friend Send message",
    "What I saw at a relocation community in the hills",
    "Popularity 9Viewed 3178 times 2019-10-21 22:47 |System category:Society| relocation, poverty",
    BODY,
  ), { title: "What I saw at a relocation community in the hills", published: "2019-10-21" });
  check("archive's full text", page(
    "Valley Archive",
    "Search icon An illustration of a magnifying glass.",
    "Upload icon An illustration of a horizontal line over an up pointing arrow. Upload",
    "Full text of \"Herder Resettlement in the Hill Prefectures\"",
    "See other formats",
    BODY,
  ), { title: "Herder Resettlement in the Hill Prefectures" });
});

test("a byline's desk after the writers' roles is no writer; a briefing's day in brackets under its title yields to the page's labelled day; a form's 'X Date Posted:' is no outlet", () => {
  check("desk after roles", page(
    "Valley Broadcasting Corporation",
    "Did the province really move 1.9 million people?",
    "By Carla Mendes, fact-check reporter, and Sun Lihua, senior researcher, VBC Verify",
    "Posted 21 Nov 2021",
    BODY,
  ), { title: "Did the province really move 1.9 million people?", author: "Carla Mendes; Sun Lihua", outlet: "Valley Broadcasting Corporation" });
  check("event day in brackets", page(
    "HILLNET › News › Press Conference",
    "",
    "The 58th Press Conference on Hill Region Issues",
    "",
    "(October 26, 2021, Hilltown )",
    "",
    "2021-10-28 10:14:52   Source: Hillnet   Editor: Gu Min",
    "",
    BODY,
  ), { title: "The 58th Press Conference on Hill Region Issues", published: "2021-10-28" });
  check("form label", page(
    "Independent Evaluation Group (IEG)",
    "Evaluation Document Library | Search | Help",
    "Implementation Completion Report (ICR) Review",
    "Hill Rural Livelihoods Project",
    "ICR Review Date Posted:",
    "03/14/2016",
    BODY,
  ), { title: "Hill Rural Livelihoods Project", outlet: "Independent Evaluation Group (IEG)" });
});
