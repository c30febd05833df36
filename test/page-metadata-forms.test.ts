// Page forms whose lines around the headline were read as the wrong title, date, writer or outlet: the
// words beside a date that name no outlet, journal pages, question sites, list archives and news themes.
// Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { documentFrom, extractFrom } from "./helpers.ts";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";

type Field = "title" | "published" | "precision" | "author" | "outlet";
type Expected = Partial<Record<Field, string | null>>;

const page = (...lines: string[]) => `${lines.join("\n")}\n`;

/** The rule that took the line out of the page, or null when it stayed in the text. */
function ruleFor(text: string, line: string): string | null {
  return documentFrom(text).removals.find((r) => r.text === line)?.rule ?? null;
}

function check(text: string, expected: Expected): void {
  const m = documentFrom(text).metadata;
  const all: Record<Field, string | null> = { title: m.title, published: m.publishedDate, precision: m.publishedPrecision, author: m.author, outlet: m.outlet };
  const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, all[k as Field]]));
  assert.deepEqual(actual, expected);
}

const BODY = "The county moved 3,000 families from the mountains into new flats near the town this year, officials said.";
const MORE = "Officials said another 1,200 households would follow by the end of next year, most of them from the high valleys.";

test("a site's trail beside the page's day is no outlet; the copyright's holder is", () => {
  check(page(
    "Valley Evening Post | 谷晚报",
    "Home   Metro   Nation   World",
    "Hill province clears its last nine poor counties",
    " date 2021-02-11 Home » Nation",
    "Wen Shuyi",
    BODY,
    MORE,
    "Copyright © 2021 Valley Evening Post. All rights reserved.",
  ), { title: "Hill province clears its last nine poor counties", published: "2021-02-11", outlet: "Valley Evening Post", author: "Wen Shuyi" });
});

test("a video record's category and length beside its day name no outlet; its dateline's agency does", () => {
  check(page(
    "Terraces bring tourists to a Hill county",
    "2022-04-03 09:15:40 Category: China Duration: 03:12",
    "Ridge County, Hill Province, China - April 1, 2022 (VNA - No access Chinese mainland)",
    BODY,
  ), { title: "Terraces bring tourists to a Hill county", outlet: "VNA" });
});

test("an answer's 'Answered' and a document site's uploader beside the day name no outlet", () => {
  for (const line of ["Answered Apr 2, 2020", "Uploaded by hilldocs_archive on Apr 2, 2020", "Apr 2, 2020, 9:14:05 AM4/2/20"]) {
    check(page("How were the poor households of Ridge County counted?", line, BODY, MORE), { published: "2020-04-02", outlet: null });
  }
});

test("a reply's header ('On DATE, NAME wrote:') is no date line; the words beside a post's day name no outlet", () => {
  assert.equal(readDateLine("On Fri, Jun 11, 2021 at 7:40 AM Lin Qiaoyu wrote:"), null);
  for (const line of ["Answered Apr 2, 2020", "Uploaded by hilldocs_archive on Apr 2, 2020", "Apr 2, 2020, 9:14:05 AM4/2/20", "2020-04-02 Home » Nation", "2020-04-02 11:05:10 Category: China Duration: 02:41"]) {
    assert.equal(readDateLine(line)?.outlet, null, line);
  }
  assert.equal(readDateLine("2020-04-02 Source: Xinhua Category: News")?.outlet, "Xinhua");
});

test("two writers' names one after the other beside the day are both writers, no outlet", () => {
  check(page(
    "Village cooperatives after the poverty campaign",
    "2021-05-06 10:20 Zhou Meilan Gao Jun",
    "Hill Development Review 2021年3期",
    BODY,
    MORE,
  ), { author: "Zhou Meilan; Gao Jun", outlet: "Hill Development Review" });
});

test("a local paper's own credit in brackets names its reporter; its photographer writes nothing", () => {
  check(page(
    "Breaking Latest News",
    "Home » News",
    "Title: Tea growers in Ridge County double their sales",
    "Date: May 3, 2022",
    "Valley Daily News (Reporter/Li Xiaoqin, Photo/Wu Dan) – On May 2, the county tea association met growers. " + BODY,
    MORE,
  ), { title: "Tea growers in Ridge County double their sales", author: "Li Xiaoqin", outlet: "Valley Daily News" });
});

test("a journal page: the issue over the title, a labelled house that prints the journal yields to the journal", () => {
  check(page(
    "Skip to main content",
    "Journals",
    "Hill Journal of Rural Economics",
    "Volume 9 Issue 2",
    "Seasonal migration and household savings in the high valleys: evidence from 840 families",
    "Ayşe Demir (School of Economics, Valley University, Valley City, China)",
    "Publisher: Ridgeway Publishing Limited",
    "Article publication date: 4 March 2022",
    "Abstract",
    BODY,
    MORE,
  ), { title: "Seasonal migration and household savings in the high valleys: evidence from 840 families", published: "2022-03-04", outlet: "Hill Journal of Rural Economics" });
});

test("a journal platform: its buttons are no headline; the journal set twice round its issue, the month, and authors with marks", () => {
  check(page(
    "Skip to main content",
    "Download full issue",
    "Search PaperGrove",
    "Show full outline",
    "Figures & Tables",
    "Ridge Land Studies",
    "Volume 44, June 2020, 102311",
    "Ridge Land Studies",
    "Grazing bans and herder incomes on the Ridge plateau",
    "Author links open overlay panel",
    "Dorje Phuntsok a, Wang Liqin a b, Helena Varga c",
    "Get rights and content",
    "Abstract",
    BODY,
    MORE,
  ), { title: "Grazing bans and herder incomes on the Ridge plateau", published: "2020-06-01", precision: "month", author: "Dorje Phuntsok; Wang Liqin; Helena Varga", outlet: "Ridge Land Studies" });
});

test("a journal page with the title over the journal and its issue, authors' marks glued to their names", () => {
  check(page(
    "Home > Journals > Journal of Hill Ecology > Vol. 7 > Issue 3",
    "Pasture recovery after resettlement in the Ridge uplands",
    "• Journal of Hill Ecology",
    "• Vol. 7, Issue 3, 412 (2019)",
    "Sonam DOLKAR1, Zhao MINGYU1、2, and Li HAIFENG2、*",
    "Author Affiliations",
    "• 1School of Life Sciences, Valley University, Valley City 610000, China",
    "• 2Institute of Hill Ecology, Academy of Sciences, Beijing 100101, China",
    "DOI: 10.1234/j.issn.2201-765x.2019.03.004 Cite this Article",
    "Abstract",
    BODY,
    MORE,
  ), { title: "Pasture recovery after resettlement in the Ridge uplands", author: "Sonam DOLKAR; Zhao MINGYU; Li HAIFENG", outlet: "Journal of Hill Ecology" });
});

test("a citation index's record: the journal and year from its citation line; a company labelled its publisher yields", () => {
  check(page(
    "HCI",
    "Hill Citation Index",
    "Labour migration and school attendance in Ridge County",
    "Publication type",
    "Journal Article",
    "Journal",
    "2020, Hill Rural Review, № 4, p. 55-78",
    "Publisher",
    "Ridgeway Media Limited",
    "Abstract",
    BODY,
    MORE,
  ), { title: "Labour migration and school attendance in Ridge County", published: "2020-01-01", outlet: "Hill Rural Review" });
});

test("a news theme's bar with the reader's day and the weather is the page's furniture", () => {
  const text = page(
    "Home News World Business Sports Lifestyle E-Paper",
    "Monday, March 8, 2021 | 31°C Port Louis",
    "World",
    "Hill province's last six poor counties leave the list",
    "Xinhua",
    "March 2, 2021",
    BODY,
    MORE,
  );
  check(text, { title: "Hill province's last six poor counties leave the list", published: "2021-03-02", outlet: "Xinhua" });
  assert.equal(ruleFor(text, "Monday, March 8, 2021 | 31°C Port Louis"), "render-chrome");
});

test("a release service's 'News provided by' label is no headline", () => {
  check(page(
    "Valley Release Wire",
    "News   Products   Contact   Sign Up   Send a Release",
    "Ridge prefecture opens \"Threads and Grain\" online market as embroidery lifts mountain villages",
    "News provided by",
    "Information Office of Ridge Prefecture",
    "Jun 03, 2021, 04:10 ET",
    BODY,
  ), { title: "Ridge prefecture opens \"Threads and Grain\" online market as embroidery lifts mountain villages", outlet: "Information Office of Ridge Prefecture" });
});

test("the browser's title over the page's menu gives way to the headline set alone lower down", () => {
  check(page(
    "Hill families moved to towns face higher bills: Study | World News - The Coast Courier",
    "The Coast Courier",
    "Home",
    "World",
    "Business",
    "Hill families moved to towns face higher bills: Study",
    "Apr 09, 2021 06:12 PM IST",
    BODY,
    MORE,
  ), { title: "Hill families moved to towns face higher bills: Study", outlet: "The Coast Courier" });
});

test("a broadcaster's page: cookie banner and its buttons, numbered skip links, its initials over its name, and its facts at the foot", () => {
  check(page(
    "We use cookies to improve our service for you. You can find more information in our privacy notice.",
    "More info OK",
    "1. Content",
    "2. Navigation",
    "3. Search",
    "4. Choose from 12 Languages",
    "VRI",
    "Valley Radio International",
    "Asia",
    "Hill jobs report: what the numbers show",
    BODY,
    MORE,
    "Date 03.05.2021",
    "Author Greta Holm",
    "Related Subjects",
  ), { title: "Hill jobs report: what the numbers show", published: "2021-05-03", author: "Greta Holm", outlet: "Valley Radio International" });
});

test("a question site: the question under its menu's words, and the answerer over what they say they are", () => {
  check(page(
    "AskHill",
    "Home",
    "Following",
    "Answer",
    "Search AskHill",
    "How were poor households in Ridge County chosen?",
    "All related (9)",
    "Sort",
    "Recommended",
    "Dilnur Rozi",
    "Former township clerk in Ridge County (2016–2019) · Author has 41 answers and 102.5K answer views",
    "Answered Jun 2, 2021",
    BODY,
    MORE,
  ), { title: "How were poor households in Ridge County chosen?", author: "Dilnur Rozi" });
});

test("a blog under its platform's bar: the post's title under the blog's name, motto and day", () => {
  check(page(
    "More",
    "Create Blog",
    "Sign In",
    "Chalk Dust and Mountain Roads",
    "Two years of teaching in Ridge County",
    "Monday, May 10, 2021",
    "The bridge to Nanpo is finally open",
    BODY,
    MORE,
    "Posted by Clara Brandt at 8:02 PM",
  ), { title: "The bridge to Nanpo is finally open", author: "Clara Brandt" });
});

test("a report's kind under its title is neither its writer nor its publisher", () => {
  check(page(
    "Document of the Hill Fund for Rural Development",
    "Ridge Upland Livelihoods Project",
    "Completion Evaluation",
    "June 2020 Report No. 5521-CN",
    "Table of Contents",
    "Foreword",
    BODY,
    MORE,
  ), { author: null, outlet: "Hill Fund for Rural Development" });
});

test("a label alone over the day is no poster's handle", () => {
  check(page(
    "Hill Rural Office: 81.2% of monitored households are out of risk",
    "",
    "date",
    "14/02/2022",
    BODY,
    MORE,
  ), { title: "Hill Rural Office: 81.2% of monitored households are out of risk", published: "2022-02-14", author: null });
});

test("an archive's result count and a market ticker are no headline; a distribution service's disclaimer names the statement's body", () => {
  check(page(
    "Clip archive",
    "Displaying 1 - 10 of 48 results",
    "Hill - Machines take over the cotton harvest",
    "SHOWS:",
    BODY,
  ), { title: "Hill - Machines take over the cotton harvest" });
  check(page(
    "Log in",
    "Wheat 6.35 +0.84%",
    "Cotton #2 71.10 -1.02%",
    "Ridge Labour Watch : urges buyers to publish audits of Hill cotton",
    BODY,
    MORE,
    "Ridge Labour Watch published this content on 14 October 2021 and is solely responsible for the information contained therein.",
  ), { title: "Ridge Labour Watch : urges buyers to publish audits of Hill cotton", published: "2021-10-14", outlet: "Ridge Labour Watch" });
  const text = page("Log in", "Cotton #2 71.10 -1.02%", "Ridge Labour Watch : urges buyers to publish audits", BODY);
  assert.deepEqual(extractFrom(text).x.claims.map((c) => c.value), [3000]);
});

test("a masthead, motto and sections in capitals and a caption dating its file photo are no headline; share buttons run together are furniture", () => {
  check(page(
    "Subscribe",
    "Sign In",
    "Menu",
    "THE VALLEY LEDGER",
    "HONEST NEWS SINCE 1998",
    "CHINA NEWS",
    "ASIA PACIFIC",
    "Hill herders moved into towns face debt, group says",
    "A rights group says relocation has cut herders off from their pastures.",
    "Herders move yaks across a winter pasture in Ridge County, in a file photo from Jan. 9, 2019. (Photo agency)",
    "Tenzin Wangmo",
    "6/11/2024",
    BODY,
  ), { title: "Hill herders moved into towns face debt, group says", author: "Tenzin Wangmo" });
  assert.equal(ruleFor(page("Hill potato farmers count the cost", "By Selim Kaya", "March 3, 2021", "Share", "facebooktwitterwhatsappcopylink", BODY), "facebooktwitterwhatsappcopylink"), "site-navigation");
});

test("a journal entry's writer by name and handle; a list archive's sender and subject", () => {
  check(page(
    "Ines Vogel (hillwalker_iv) wrote,",
    "2018-07-02 21:10:00",
    "hillwalker_iv",
    "2018-07-02 21:10:00",
    "Previous Share Next",
    "A week with the work team",
    BODY,
    MORE,
  ), { title: "A week with the work team", author: "Ines Vogel" });
  check(page(
    "hilldev-l@lists.example.org",
    "Subject: Rural development in the hills - practitioners' list",
    "List archive",
    "[hilldev-l] Ridge county: what the exit figures show",
    "Chronological Thread",
    "- From: Astrid Lund <a.lund@example.org>",
    "- To: hilldev-l <hilldev-l@lists.example.org>",
    "- Subject: [hilldev-l] Ridge county: what the exit figures show",
    "- Date: Tue, 9 Mar 2021 08:12:40 +0100",
    "Dear all,",
    BODY,
    MORE,
  ), { title: "Ridge county: what the exit figures show", published: "2021-03-09", author: "Astrid Lund", outlet: null });
});

test("a second writer joined by 'with'; a region named as a tag page's byline writes nothing; a day set twice run together", () => {
  check(page(
    "Ridge relocation video misstates the report's figures",
    "Valley News Agency",
    "Tue, 14 November 2023 at 11:08 am GMT+8",
    "Written by Aminah Yusof with Chan Ka-ho in Hong Kong",
    BODY,
    MORE,
  ), { author: "Aminah Yusof; Chan Ka-ho" });
  check(page(
    "HillBriefs",
    "Tag: labour transfer",
    "Ridge job scheme moves workers into county factories",
    "By Xinjiang -",
    "September 14, 2020",
    BODY,
  ), { title: "Ridge job scheme moves workers into county factories", author: null });
  check(page(
    "After the campaign, Hill potato farmers count the cost",
    "By Selim Kaya",
    "Published On 3 Mar 20213 Mar 2021",
    BODY,
  ), { published: "2021-03-03", author: "Selim Kaya" });
});

test("a journal's issue and month over the kind of article and its title; the authors under it with a semicolon between them", () => {
  check(page(
    "Valley University Press",
    "Journal of Hill Labour Studies",
    "Volume 8, Issue 1",
    "March 2022",
    "",
    "Research Article | March 01 2022",
    "Harvest quotas and household debt in Ridge Prefecture",
    "Mara Holt; Ivo Brandt",
    "",
    "Abstract",
    BODY,
  ), { title: "Harvest quotas and household debt in Ridge Prefecture", author: "Mara Holt; Ivo Brandt", outlet: "Journal of Hill Labour Studies" });
});

test("a government template's fields on one line: the day, writer and source, past its count of views and type-size buttons", () => {
  check(page(
    "Hill Poverty Alleviation Yearbook (Online Edition)",
    "Home | Yearbooks | Policies | Statistics",
    "Home > 2014 Yearbook > Local Work >",
    "Poverty Alleviation and Development in Ridge Province",
    "Release time: 2015-06-18    Author: Bai Yuqing    Source: Poverty Alleviation Office of Ridge Province    Views: 2,317    Font: [Large] [Medium] [Small]",
    BODY,
    MORE,
  ), { published: "2015-06-18", author: "Bai Yuqing", outlet: "Poverty Alleviation Office of Ridge Province" });
});

test("other stories' headlines under a related list's head, set without bullets, are no claims; the copyright under them still names the site", () => {
  const text = page(
    "Grain output rises in the hills",
    "",
    BODY,
    "",
    "Related news",
    "Ministry of Agriculture: Grain output reached 682.85 million tons in 2021",
    "Hill aid workers head to Ridge for three-year stint",
    "Ridge tourism revenue up 11% in 2019",
    "Copyright © 2021 Valley Evening Post. All rights reserved.",
  );
  const { doc, x } = extractFrom(text);
  assert.deepEqual(x.claims.map((c) => c.value), [3000]);
  assert.equal(doc.metadata.outlet, "Valley Evening Post");
});

test("a writer in brackets at a story's foot, alone or with their post, is its author and no outlet", () => {
  check(page(
    "Hill County posts its list of households leaving poverty",
    "Release date: 2020-11-12 17:25    Information source: Hill County Rural Revitalization Bureau    Views: 1,207",
    BODY,
    MORE,
    "(Lan Xiaolin)",
  ), { published: "2020-11-12", author: "Lan Xiaolin", outlet: "Hill County Rural Revitalization Bureau" });
  check(page("Deputies answer questions on the hills", "2021-03-08 14:26:51", BODY, MORE, "(Reporter Zhang Ruoxi)"), { author: "Zhang Ruoxi" });
  // ("(Xinhua)" still names the outlet.)
  check(page("Deputies answer questions on the hills", "2021-03-08 14:26:51", BODY, MORE, "(Xinhua)"), { author: null, outlet: "Xinhua" });
});

test("a slide show's counters and a masthead with its name in Chinese after it", () => {
  const text = page(
    "Valley Morning Times 谷晨报",
    "Home | China | World",
    "Valley sends 2.8 million workers into jobs",
    "Last updated on: February 26, 2019 10:42 IST",
    "1/2",
    BODY,
    "2/2",
    MORE,
  );
  check(text, { title: "Valley sends 2.8 million workers into jobs", outlet: "Valley Morning Times", published: "2019-02-26" });
  assert.equal(ruleFor(text, "2/2"), "pagination");
  assert.deepEqual(extractFrom(text).x.claims.map((c) => c.value), [2800000, 3000, 1200]);
});

test("a podcast app's page: the show, its producer as the outlet, and the episode's title over its day and number", () => {
  check(page(
    "Open in app",
    "The Ridge Wire",
    "By Harbour Lane Audio",
    "Counting the valley's surplus labour",
    "Jun 8, 2021 · Episode 112 · 41 min",
    BODY,
    MORE,
  ), { title: "Counting the valley's surplus labour", author: null, outlet: "Harbour Lane Audio", published: "2021-06-08" });
});

test("a film's crew credits name its reporter and camera as its makers, no trail of links", () => {
  check(page(
    "Ridgeway Pictures",
    "The Last Village on the List",
    "Hill Province - Duration 24'10 - Release date 2020-12-09",
    "Reporter: Luca Bertini / Camera: Han Xiaodong / Producer: Ann Roe",
    BODY,
    MORE,
  ), { title: "The Last Village on the List", author: "Luca Bertini; Han Xiaodong" });
});

test("a journal's page: the kind of article over its title; the proceedings a paper is in and 'Corresponding Author' are no titles", () => {
  check(page(
    "Open Access",
    "Peer-reviewed",
    "Research Article",
    "Off-farm work after the ladder: Employment and income of relocated households in the valley",
    "Qubi Ayi, Wang Lifen",
    BODY,
    MORE,
  ), { title: "Off-farm work after the ladder: Employment and income of relocated households in the valley" });
  check(page(
    "Home | Proceedings Series | Journals",
    "Proceedings of the 2021 International Conference on Rural Development and Public Policy (RDPP 2021)",
    "Targeted Poverty Alleviation through Cooperative Sheep Farming: A Case Study of Hill County",
    "DOI: 10.38007/Proceedings.0002187",
    "Author(s)",
    "Ma Yuxia, Han Jianguo, Salima Ibrahim",
    "Corresponding Author",
    "Han Jianguo",
    "Published: 2022-01-15",
    BODY,
    MORE,
  ), { title: "Targeted Poverty Alleviation through Cooperative Sheep Farming: A Case Study of Hill County", author: "Ma Yuxia; Han Jianguo; Salima Ibrahim", published: "2022-01-15" });
});

test("a paper's title in sentence case over two lines, its draft's day, and a corresponding author's address that names no one", () => {
  check(page(
    "Working Paper",
    "Off-farm work and poverty exit in the southern valley:",
    "Evidence from a household panel",
    "",
    "Haoran Ma*, Dilnur Tursun† and Kate Whitfield‡",
    "This draft: March 2021",
    BODY,
    MORE,
    "* Centre for Rural Economy, Northgate University. Corresponding",
    "author: h.ma@northgate.example.ac.uk",
  ), { title: "Off-farm work and poverty exit in the southern valley: Evidence from a household panel", author: "Haoran Ma; Dilnur Tursun; Kate Whitfield", published: "2021-03-01", precision: "month", outlet: null });
});

test("a federated forum's link post, edited later, under its toggle; an answer site's caption of its writer's picture", () => {
  check(page(
    "lemmy.example",
    "communities | create post | search",
    "toggle sidebar",
    "Valley sets 2024 labour transfer target at 3.05 million (valleynews.cn)",
    "submitted 1 year ago* (last edited 1 year ago) by linnea_k@lemmy.example to c/valleyaffairs@lemmy.example",
    BODY,
  ), { title: "Valley sets 2024 labour transfer target at 3.05 million", author: "linnea_k" });
  check(page(
    "Home Following Answer Spaces Notifications",
    "Add question",
    "Did the valley's relocation program actually work for the people who were moved?",
    "Profile photo for Owen Gallagher",
    "Owen Gallagher",
    "Answered November 14, 2021",
    BODY,
    MORE,
  ), { title: "Did the valley's relocation program actually work for the people who were moved?", author: "Owen Gallagher", published: "2021-11-14" });
});

test("a thread's and a gallery's first part, marked so after the title, is the title without the mark", () => {
  check(page("Hanna Lindgren", "@hlindgren_rural", "Apr 2, 2022 • 9 tweets • 3 min read", "What zero poverty looked like in Hill County: notes from three field visits. A thread 🧵 /1", BODY, MORE), { title: "What zero poverty looked like in Hill County: notes from three field visits" });
  check(page("Relocated embroiderers turn stitches into steady income (1/3)", "2019-09-26 10:14 Valley Daily", BODY, MORE), { title: "Relocated embroiderers turn stitches into steady income" });
});

test("a newsletter signed under its last paragraph with the writer's post; a site's account that posted a story is no writer", () => {
  check(page("Annual Review 2018-19", "June 21, 2019", BODY, MORE, "Helen Marsh, Director", "« Previous: Spring Newsletter 2019     Next: Autumn Newsletter 2019 »"), { author: "Helen Marsh" });
  check(page("Valley villages find work at home", "Submitted by admin on Sat, 12/01/2008 - 10:14", "By Karan Dasgupta", BODY, MORE), { author: "Karan Dasgupta" });
});

test("a byline with the writer's post on the paper and the agencies' copy, or a student's degree, names the writer alone", () => {
  check(page("Herders move to factories", "Sat, Oct 17, 2020 - page 1", "By Chen Yu-hsuan / Staff writer, with Reuters and AFP", BODY, MORE), { author: "Chen Yu-hsuan" });
  check(page("Coalition urges brands to quit valley supply chains", "Posted on 3 March 2021", "By Amira Haddad, LLM candidate", BODY, MORE), { author: "Amira Haddad" });
});

test("a day and clock then a whole byline with two writers and the paper; a consultant's report 'By' over 'Ms Name, Post'; a script's 'Episode Title:'", () => {
  check(page("Buckwheat growers find steady buyers", "2021-September-14 10:05 By: Ma Lan, Jike Shiguo (Valley Daily)", BODY, MORE), { published: "2021-09-14", author: "Ma Lan; Jike Shiguo", outlet: "Valley Daily" });
  check(page("Special Report", "By", "Ms He Lijuan, Social Development Specialist", "Kunming, 20 November 2018", BODY, MORE), { author: "He Lijuan", published: "2018-11-20" });
  check(page("Ridge Asia", "Episode Number: 318", "Episode Title: The Last Herders of the Plateau", BODY, MORE), { title: "The Last Herders of the Plateau" });
});

test("a headline over its standfirst, both in sentence case; a caption credited 'PHOTO: X' or 'Picture: X'; the writer's post on its own line", () => {
  check(page(
    "Valley Morning Times",
    "Subscribe Sign in",
    "East Asia",
    "Apple growers in Hill county say co-op model lifted incomes",
    "Cold storage and livestreaming let farmers hold out for better prices",
    "Published Jul 9, 2021, 4:35 pm SGT",
    "Farmers sort apples at a cooperative warehouse in Hill county on Oct 21, 2020. PHOTO: VALLEY DAILY",
    BODY,
    MORE,
  ), { title: "Apple growers in Hill county say co-op model lifted incomes", published: "2021-07-09" });
  check(page(
    "Human Rights",
    "Committee to hear evidence on the valley's labour scheme",
    "Tibetan workers at a construction site outside the town during an officially arranged visit. Picture: Getty",
    "Aoife Brennan",
    "Political Correspondent",
    "14 March, 2021",
    BODY,
    MORE,
  ), { title: "Committee to hear evidence on the valley's labour scheme", author: "Aoife Brennan", published: "2021-03-14" });
});

test("a player's times, its buttons and the site's notes on it are no headline; a report's date run into its contents heading, and a project's number, are no outlet or day", () => {
  check(page(
    "Skip to main content",
    "Valley Radio English",
    "Herders move down to the lower valleys",
    "No media source currently available",
    "0:00 0:21:05 0:00",
    "Direct link",
    "October 12, 2021",
    BODY,
    MORE,
  ), { title: "Herders move down to the lower valleys", published: "2021-10-12" });
  const report = page("Hill County Ethnic Minority Development Plan", "Project ID: 2000003127", "March 2009 CONTENTS", BODY, MORE);
  check(report, { title: "Hill County Ethnic Minority Development Plan", published: "2009-03-01", outlet: null });
});
