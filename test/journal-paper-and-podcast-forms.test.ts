// Journal pages, white papers, county notices and work reports, and podcast hosts' pages read for their title, writers,
// day and outlet, and for whose figures are whose: a paper's title over the day it came out, its journal in the trail,
// its writers joined by an ampersand or set under a label; an issuing office under a white paper's title; a portal's
// labelled days and the day a notice was signed; a player's "Episode" label and a host's support box; and a scholar cited
// with the year and page of the work, a heading that ends a source's account, a company's legal form. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOf, documentFrom, extractFrom, headerMetadata, pageOf, STORY_PROSE } from "./helpers.ts";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";
import { parseByline } from "../pipeline/normalize/bylines.ts";

test("a journal's page: the title over the day it came out, the journal in the trail, writers over their affiliations", () => {
  const meta = headerMetadata(
    "Skip to main content",
    "Scholarly Shelf",
    "Browse subjects",
    "About Scholarly Shelf",
    "Cart",
    "Home",
    ">Journals",
    ">Review of Frontier Economies",
    ">Volume 12 Issue 3",
    ">Counting the Movers: Seasonal Labour and Household Income in Hotan...",
    "Article contents",
    "Abstract",
    "References",
    "Counting the Movers: Seasonal Labour and Household Income in Hotan Prefecture, 2015–2020",
    "Published online by Lakeside University Press:  3 March 2023",
    "Rosa Lindqvist and Abdurehim Tohti",
    "Show author details",
    "Rosa Lindqvist*",
    "Affiliation:",
    "Department of Economics, University of Turku, Finland",
    "Abdurehim Tohti",
    "Affiliation:",
    "Independent researcher",
  );
  assert.equal(meta.title, "Counting the Movers: Seasonal Labour and Household Income in Hotan Prefecture, 2015–2020");
  assert.equal(meta.outlet, "Review of Frontier Economies");
  assert.equal(meta.author, "Rosa Lindqvist; Abdurehim Tohti");
  assert.equal(meta.published, "2023-03-03");
});

test("a paper's kind and length under its title name no outlet; writers joined by an ampersand or listed under a label", () => {
  const springerLike = headerMetadata(
    "Paper Harbour",
    "Find a journal",
    "Home  Journal of Highland Development  Article",
    "Terraces and Tablets: Online Sales and Household Income in Kang County, Gansu",
    "Original Paper",
    "Published: 14 May 2021",
    "Volume 9, pages 201–226, (2021)",
    "Cite this article",
    "Journal of Highland Development",
    "Aims and scope",
    "Submit manuscript",
    "Chen Meilin & Oliver Brandt",
    "902 Accesses",
    "Explore all metrics",
  );
  assert.equal(springerLike.title, "Terraces and Tablets: Online Sales and Household Income in Kang County, Gansu");
  assert.equal(springerLike.outlet, "Journal of Highland Development");
  assert.equal(springerLike.author, "Chen Meilin; Oliver Brandt");
  assert.equal(springerLike.published, "2021-05-14");
  const repository = headerMetadata(
    "CSRN",
    "Submit a paper",
    "Grass Wardens: Ranger Posts and Herder Cash Income in Nagqu",
    "38 Pages",
    "Posted: 9 Feb 2021",
    "Last revised: 1 Mar 2021",
    "Authors",
    "Dawa Tsering",
    "Affiliation: Tibet University",
    "Marie Olsen",
    "Affiliation: University of Bergen",
  );
  assert.equal(repository.title, "Grass Wardens: Ranger Posts and Herder Cash Income in Nagqu");
  assert.equal(repository.outlet, "CSRN");
  assert.equal(repository.author, "Dawa Tsering; Marie Olsen");
  assert.equal(repository.published, "2021-02-09");
  assert.equal(readDateLine("Last revised: 1 Mar 2021")?.outlet, null);
});

test("a scholar cited with the year and page of the work speaks, and neither the page nor a reference's numbers are figures", () => {
  const paper = pageOf(
    "Seasonal labour in Hotan",
    "",
    "Drawing on a survey of 318 households in three townships, this paper asks how much seasonal work added to household income. Mahire Osman (2019: 44) estimates that roughly 55 per cent of transfers were within the prefecture.",
    "",
    "References",
    "",
    "Osman, M. (2019) Cotton and the county. Journal of Oasis Studies 14(2), 31–58.",
    "",
    "Tohti, A. and Ren, J. Labour on the move. Frontier Econ Rev 6, 115–139 (2020).",
    "",
    "Tibet University, School of Economics, Lhasa, 850000",
  );
  const { doc, x } = extractFrom(paper);
  const figures = x.claims.map((c) => doc.text.slice(c.start, c.end));
  assert.deepEqual(figures, ["318 households", "three townships", "roughly 55 per cent"]);
  assert.equal(creditOf(paper, "roughly 55 per cent"), "Mahire Osman");
  assert.equal(creditOf(paper, "318 households"), null);
});

test("a white paper on a portal: its title over the issuing office and the month, no share button for an outlet", () => {
  const meta = headerMetadata(
    "Skip to main content",
    "The People's Government of Hill Province",
    "Home > Policies > White Papers",
    "Water, Roads and Work: Consolidating Poverty Alleviation in Hill Province",
    "Information Office of the People's Government of Hill Province",
    "May 2021",
    "Updated: 2021-05-20 10:15    Print    Share: WeChat | Weibo | Email    Font size: A+  A-",
  );
  assert.equal(meta.title, "Water, Roads and Work: Consolidating Poverty Alleviation in Hill Province");
  assert.equal(meta.outlet, "Information Office of the People's Government of Hill Province");
  assert.equal(readDateLine("Updated: 2021-05-20 10:15 Print Share: WeChat | Weibo | Email Font size: A+ A-")?.outlet, null);
});

test("a portal's document fields give the day it was published; the day it was signed, under its text, yields", () => {
  const notice = documentFrom(pageOf(
    "Hill Provincial People's Government",
    "Home | Policies | Services",
    "Issuing body: General Office of the People's Government of Hill Province",
    "Date of writing: 2018-06-02      Date of publication: 2018-06-11",
    "",
    "Notice of the General Office on Issuing the Plan for Relocating Mountain Households (2018-2020)",
    "",
    "To the people's governments of all cities and counties:",
    "",
    "From 2018 to 2020 the province will relocate 120,000 people, of whom 64,000 are registered poor people, to county towns and central villages.",
    "",
    "General Office of the People's Government of Hill Province",
    "June 2, 2018",
  ));
  assert.equal(notice.metadata.title, "Notice of the General Office on Issuing the Plan for Relocating Mountain Households (2018-2020)");
  assert.equal(notice.metadata.publishedDate, "2018-06-11");
  assert.equal(notice.metadata.outlet, "General Office of the People's Government of Hill Province");
});

test("a work report's title over where it was delivered and who gave it", () => {
  const meta = headerMetadata(
    "Maqu County People's Government",
    "Home  >  Government Work Reports",
    "Report on the Work of the Government",
    "Delivered at the Third Session of the 18th People's Congress of Maqu County on January 12, 2020",
    "Dorje Tsering, Head of Maqu County",
    "Source: Office of the Maqu County People's Government    Published: 2020-01-20    Views: 1,204",
  );
  assert.equal(meta.title, "Report on the Work of the Government");
  assert.equal(meta.outlet, "Office of the Maqu County People's Government");
  assert.equal(meta.published, "2020-01-20");
});

test("a section's heading ends the account a source above it gave; a month after a body is when it spoke", () => {
  const paper = pageOf(
    "Poverty Eradication in the Hill Valleys",
    "",
    "According to a 2015 survey by the Hill Provincial Bureau of Statistics, adults in the valleys had received an average of 5.4 years of schooling.",
    "",
    "II. Leaving the Mountains",
    "",
    "Moving was the hardest step. From 2016 to 2020, the prefecture moved 212,000 people into 830 new communities.",
    "",
    "The valley has settled 9,400 herding households since 2015, according to figures published by the prefectural government in March.",
  );
  assert.equal(creditOf(paper, "5.4 years"), "Hill Provincial Bureau of Statistics");
  assert.equal(creditOf(paper, "212,000 people"), null);
  assert.equal(creditOf(paper, "9,400 herding households"), "prefectural government");
});

test("a company's legal form after a comma is part of its name", () => {
  const story = pageOf("Factory jobs", "", "Kashgar Sunrise Garment Co., Ltd. hired 410 workers from Peyziwat in 2019, the company said.");
  const { x } = extractFrom(story);
  assert.ok(x.entities.organisations.some((o) => o.name === "Kashgar Sunrise Garment Co., Ltd."));
  assert.equal(creditOf(story, "410 workers"), "Kashgar Sunrise Garment Co., Ltd.");
});

test("a podcast page: the 'Episode' label over its title, a numbered episode's long title, the host's support box", () => {
  const player = headerMetadata(
    "Home",
    "Search",
    "Your Library",
    "Valley Talk",
    "Harbour Radio",
    "Episode",
    "Leaving the list: how the last counties of the valley met the standard",
    "Valley Talk",
    "Dec 3, 2020 · 44 min 12 sec",
  );
  assert.equal(player.title, "Leaving the list: how the last counties of the valley met the standard");
  assert.equal(player.author, null);
  assert.equal(player.published, "2020-12-03");
  const post = headerMetadata(
    "Skip to content",
    "Plateau Policy Circle",
    "Research | Events | Podcast | About",
    "Plateau Policy Podcast",
    "Episode 14: Rangers of the headwaters - grassland posts and herder incomes in Yushu prefecture",
    "Posted on 3 March 2019 by Plateau Policy Circle",
  );
  assert.equal(post.title, "Episode 14: Rangers of the headwaters - grassland posts and herder incomes in Yushu prefecture");
  const host = documentFrom(pageOf(
    "Steppe Notes",
    "",
    "Wool, quotas and the ledger: herders in Altay",
    "",
    "April 2, 2022 Steppe Notes Episode 31",
    "",
    "Steppe Notes Supporter",
    "Become a supporter of the show!",
    "Starting at $3/month",
    "Support",
    "Show Notes Transcript Chapter Markers",
    "",
    ...STORY_PROSE,
  ));
  assert.equal(host.metadata.outlet, "Steppe Notes");
  assert.ok(!host.text.includes("supporter"));
  assert.equal(parseByline("By Ruth Calder · Hundreds of subscribers")?.outlet, undefined);
});

test("a paper's 'we find' is its writers', not the cited scholar's after it, whose surname may read as 'He'", () => {
  const paper = pageOf(
    "Villages on the Move: Relocation and Debt in Bijie, 2016–2020",
    "",
    "Li Fang and Samuel Okoro",
    "Affiliation:",
    "School of Public Administration, Guizhou University",
    "",
    "Using a survey of 540 relocated households in two towns, we find that 37 per cent had borrowed to furnish their new flats. He Ming (2021: 58) estimates that the province moved 1.88 million people in five years.",
  );
  assert.equal(creditOf(paper, "37 per cent"), "Li Fang and Samuel Okoro");
  assert.equal(creditOf(paper, "540 relocated households"), "Li Fang and Samuel Okoro");
  assert.equal(creditOf(paper, "1.88 million people"), "He Ming");
  const { x } = extractFrom(paper);
  assert.deepEqual(x.entities.people.filter((p) => p.name === "Li Fang" || p.name === "Samuel Okoro").map((p) => p.role), ["paper author", "paper author"]);
});

test("writers listed one under another after a label, and a group post's badges and audience sign", () => {
  const labelled = headerMetadata(
    "Rural Economy Review",
    "",
    "Grain Subsidies and Herder Income in Golog",
    "",
    "Authors: Sonam Dorje (Institute of Rural Development)",
    "Wang Lihua (School of Economics, Qinghai University)",
    "Source: Rural Economy Review, 2020, Issue 3",
  );
  assert.equal(labelled.author, "Sonam Dorje; Wang Lihua");
  const post = headerMetadata(
    "Search Groups",
    "Living and Teaching in Gansu",
    "Private group · 2.1K members",
    "",
    "Martha Quinn",
    "Admin · Top contributor",
    "March 4, 2019 · 🌐",
  );
  assert.equal(post.author, "Martha Quinn");
  assert.equal(post.published, "2019-03-04");
});

test("a working paper's page: the series names its publisher, 'See all articles by' its writers, other papers' writers are theirs", () => {
  const meta = headerMetadata(
    "PAPERHUB",
    "Home > Economics Research Network",
    "Valley Institute of Rural Studies Working Paper No. 2021-08",
    "Leaving the Ridge: Seasonal Work and Household Income in Three Counties of Liangshan",
    "36 Pages Posted: 4 Mar 2021 Last revised: 9 Apr 2021",
    "See all articles by Jike Shuoma",
    "Jike Shuoma",
    "Sichuan University - School of Economics",
    "See all articles by Peter Lindgren",
    "Peter Lindgren",
    "Lund University - Department of Economic History",
    "Date Written: February 20, 2021",
  );
  assert.equal(meta.title, "Leaving the Ridge: Seasonal Work and Household Income in Three Counties of Liangshan");
  assert.equal(meta.outlet, "Valley Institute of Rural Studies");
  assert.equal(meta.author, "Jike Shuoma; Peter Lindgren");
  assert.equal(meta.published, "2021-03-04");
  const listed = documentFrom(pageOf(
    "Leaving the Ridge: Seasonal Work in Liangshan",
    "",
    "By Jike Shuoma",
    "",
    ...STORY_PROSE,
    "",
    "Recommended Papers",
    "Rural Labour Migration and Left-Behind Elders in Gansu, 2012-2018",
    "By Ma Jun and Li Xue",
    "Who Gets the Subsidy? Targeting Errors in Four Provinces",
    "By Sophie Carrell",
    "",
    "This page was processed by web-node-3 in 0.204 seconds",
  ));
  assert.equal(listed.metadata.author, "Jike Shuoma");
  assert.ok(!listed.text.includes("processed by"));
});

test("a report's cover: the body over the title, the kind of report and writers marked or with their posts under it", () => {
  const cover = headerMetadata(
    "HILL CHILDREN EDUCATION FOUNDATION",
    "",
    "Back to Class:",
    "Boarding Schools and Household Poverty in Three Mountain Counties",
    "",
    "Field Survey Report",
    "",
    "Prepared by: Aku Shama, Li Wenjing and Thomas Reed",
    "",
    "November 2019",
  );
  assert.equal(cover.title, "Back to Class: Boarding Schools and Household Poverty in Three Mountain Counties");
  assert.equal(cover.author, "Aku Shama; Li Wenjing; Thomas Reed");
  const paper = headerMetadata(
    "Highland Development Research Group",
    "Working Paper Series No. 2020-03",
    "",
    "Down from the Pastures: Herder Income after Resettlement in Nagqu",
    "",
    "Tashi Lhamo*   Martin Olsen†",
    "",
    "May 2020",
  );
  assert.equal(paper.title, "Down from the Pastures: Herder Income after Resettlement in Nagqu");
  assert.equal(paper.author, "Tashi Lhamo; Martin Olsen");
  const brief = headerMetadata(
    "Southwest Rural Policy Institute",
    "Home / Publications / Policy Briefs",
    "POLICY BRIEF | No. 4, 2022",
    "",
    "After the Move: Jobs and Debts in the New Settlements",
    "",
    "Wu Meiling, Senior Fellow and Director, Programme on Rural Governance",
    "Dawa Norbu, Research Associate",
    "",
    "Published 12 May 2022",
  );
  assert.equal(brief.title, "After the Move: Jobs and Debts in the New Settlements");
  assert.equal(brief.author, "Wu Meiling; Dawa Norbu");
});

test("a share explained, a sample's size and a web address's number", () => {
  const abstract = pageOf(
    "Off-farm jobs and the exit from poverty",
    "",
    "Wage income from off-farm jobs explains about 58 percent of the rise in income, a 2018 survey (n=620 households) found.",
    "",
    "Available at: https://papers.example.org/abstract=3691452",
  );
  const { doc, x } = extractFrom(abstract);
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["about 58 percent", "620 households"]);
  assert.notEqual(creditOf(abstract, "about 58 percent"), "Wage income from off-farm jobs");
  // ("compared with 78 percent recalled for 2015": what was recalled, no one recalling.)
  const recalled = pageOf("Schooling in Butuo", "", "In our survey, nearly 94 percent of children were enrolled in school in 2018, compared with 78 percent recalled for 2015.");
  assert.equal(creditOf(recalled, "nearly 94 percent"), null);
});

test("scholars cited as 'X et al. [14]' or 'X et al. (2018: 41)' speak; a journal's issue over the paper's kind over its title", () => {
  const paper = pageOf(
    "Herders and tourism in Altay",
    "",
    "Wang et al. [14] reported that the programme had housed more than 10,000 Kazakh households by 2015. Li Hong et al. (2018: 41) found that 37% of employees left within a year.",
  );
  assert.equal(creditOf(paper, "more than 10,000 Kazakh households"), "Wang et al");
  assert.equal(creditOf(paper, "37%"), "Li Hong");
  const meta = headerMetadata(
    "Skip to article",
    "ScienceShelf",
    "Journals & Books",
    "Help",
    "Land and Rural Change",
    "Volume 33, March 2022, 101877",
    "Research paper",
    "Tea, terraces and transfers: Industry and poverty in Zhaojue County",
    "Author links open overlay panel",
    "Received 2 May 2021, Revised 1 September 2021, Accepted 5 October 2021, Available online 19 October 2021.",
  );
  assert.equal(meta.title, "Tea, terraces and transfers: Industry and poverty in Zhaojue County");
  assert.equal(meta.published, "2021-10-19");
  const springer = headerMetadata(
    "PaperShelf",
    "Home  Journal of Rural Transitions  Article",
    "Moving Down the Mountain: Livelihoods after Relocation in Weining",
    "Research Article",
    "Published: 2 April 2022",
    "Submit manuscript",
    "Chen Yufei1, Long Xiaoqin1 & Daniel K. Mensah2",
  );
  assert.equal(springer.author, "Chen Yufei; Long Xiaoqin; Daniel K. Mensah");
});

test("a board's post under its community, age and poster, or titled with its community after it", () => {
  const current = headerMetadata(
    "Skip to main content",
    "Open menu",
    "Go to Reddit Home",
    "r/Qinghai",
    "Get App",
    "r/Qinghai",
    "•",
    "2 yr. ago",
    "yak_butter_tea_88",
    "",
    "My aunt's village near Golog was moved in 2017. Ask me about the ranger jobs",
    "Discussion",
  );
  assert.equal(current.title, "My aunt's village near Golog was moved in 2017. Ask me about the ranger jobs");
  assert.equal(current.author, "yak_butter_tea_88");
  const old = headerMetadata(
    "jump to content",
    "China",
    "this post was submitted on 3 Jun 2020",
    "",
    "212",
    "Went back to my wife's village in Dongxiang. Half the houses are empty now (self.China)",
    "submitted 5 years ago * by loess_walker",
  );
  assert.equal(old.title, "Went back to my wife's village in Dongxiang. Half the houses are empty now");
  assert.equal(old.author, "loess_walker");
});
