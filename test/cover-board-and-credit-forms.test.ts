// Report covers, boards, newsletters, live blogs, data sheets and statements read for their title, writers, day and whose
// figures are whose: a body's name and a document's kind over a cover's title, writers one to a line, a team under
// "Prepared by", a board's "by name » day" over each post, a newsletter's numbered items, a record's rows, a standfirst
// over the writer's name and day; and who speaks as "it" in a relative clause, through a dated report, as a share of a
// group, under a pseudonym, in a blog's first person or by the writer's own calculation. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditOf, extractFrom, headerMetadata, pageOf, STORY_PROSE } from "./helpers.ts";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";

test("who speaks in a relative clause, through a dated report or as a share of a group nobody names", () => {
  const story = pageOf(
    "Factories named in labour report",
    "",
    "The Harbour Labour Monitor published its report on Tuesday.",
    "",
    "The report identifies 17 factories in Jiangsu and Fujian that it says received workers from the county between 2019 and 2022.",
    "",
    'A Valley Daily report from January 2024 said the region planned to move "no fewer than 65,000" labourers that year.',
  );
  assert.equal(creditOf(story, "17 factories"), "Harbour Labour Monitor");
  assert.equal(creditOf(story, "fewer than 65,000\" labourers"), "Valley Daily");
  const webinar = pageOf("Webinar: herders after settlement", "", "[00:03:47] Anna Keller: We spoke with 14 former residents. Almost all of them said the quota was the turning point: families could keep no more than 20 sheep.");
  assert.equal(creditOf(webinar, "no more than 20 sheep"), "Anna Keller");
});

test("a report's pseudonymous witnesses speak under the names it gives them, and 'she' and 'he' after are theirs", () => {
  const report = pageOf(
    "Herders drawn into transfer programme, report finds",
    "",
    '"Families told us they were afraid to say no," said Tom Harlow, the group\'s director.',
    "",
    "One interviewee, a 38-year-old former herder given the pseudonym Yangzom, said she was sent with 30 other women to a training course. She said she earned 2,200 yuan a month.",
    "",
    "Another, Norbu (also a pseudonym), aged 29, said officials held nightly meetings for two weeks. He said that about 80 people from his village were sent away.",
  );
  assert.equal(creditOf(report, "30 other women"), "Yangzom");
  assert.equal(creditOf(report, "2,200 yuan"), "Yangzom");
  assert.equal(creditOf(report, "about 80 people"), "Norbu");
});

test("a blog post 'Posted on <day> by <name>' speaks for its writer, and the writer's own calculation is theirs", () => {
  const post = pageOf(
    "Hill Water Trust",
    "Greenhouses in the hills, five years on",
    "Posted on 7 July 2022 by Ruth Amsel | Category: Projects | 3 comments",
    "",
    "When our team first arrived in 2017, most young people had left for the cities.",
    "",
    "With a grant of 2.4 million yuan from a partner company, we helped three villages build 120 greenhouses.",
  );
  assert.equal(creditOf(post, "120 greenhouses"), "Ruth Amsel");
  const column = pageOf(
    "Cotton money",
    "By Dana Whitfield",
    "Valley Review",
    "",
    "Zhou Lan, an economist, estimated in a 2020 paper that a picking season lasts 40 to 60 days. By my own calculation, a picker who gathers 80 kilograms a day would earn around 7,000 yuan.",
  );
  assert.equal(creditOf(column, "60 days"), "Zhou Lan");
  assert.equal(creditOf(column, "80 kilograms"), "Dana Whitfield");
});

test("a board's 'by name » day' heads each post, so each reply's figures are its poster's", () => {
  const thread = pageOf(
    "Steppe Travellers Board",
    "Settling the herders - good or bad?",
    "",
    "by first_poster » Sun Jun 09, 2019 11:02 pm",
    "",
    "Just back from the hills. Most villages now have 300 new houses with blue roofs.",
    "first_poster",
    "Posts: 178",
    "",
    "Re: Settling the herders - good or bad?",
    "",
    "by second_poster » Mon Jun 10, 2019 8:47 am",
    "",
    "first_poster wrote:",
    "Most villages now have 300 new houses?",
    "",
    "Mostly. In Nilka county maybe half the settled households still send someone up with the flock, I would guess 40 percent.",
    "second_poster",
    "Posts: 2,541",
    "",
    "Users browsing this forum: No registered users and 2 guests",
  );
  assert.equal(creditOf(thread, "40 percent"), "second_poster");
  assert.equal(creditOf(thread, "2 guests"), undefined);
});

test("a report's cover: its publisher over its series or kind, its writers one to a line, its team under 'Prepared by'", () => {
  assert.deepEqual(headerMetadata("Centre for Highland Studies", "Working Paper Series · No. 2018/04", "", "Milk Money: Dairy Cooperatives and Herder Incomes", "", "Sonam Dorje", "", "June 2018"), {
    title: "Milk Money: Dairy Cooperatives and Herder Incomes",
    outlet: "Centre for Highland Studies",
    author: "Sonam Dorje",
    published: "2018-06-01",
  });
  assert.deepEqual(headerMetadata("RURAL PATHS INSTITUTE", "Working Report No. 7", "", "Stepping Stones or Dead Ends: Relocation and Debt", "", "Helen Marlow", "Jike Ayi", "Zhou Pei", "", "November 2021"), {
    title: "Stepping Stones or Dead Ends: Relocation and Debt",
    outlet: "Rural Paths Institute",
    author: "Helen Marlow; Jike Ayi; Zhou Pei",
    published: "2021-11-01",
  });
  assert.deepEqual(headerMetadata("FOR OFFICIAL USE ONLY", "Report No. PCR-2291-CN", "", "Northern Development Fund", "", "PROJECT COMPLETION REPORT", "", "Hill Roads and Livelihoods Project", "", "(Loan No. 8512-CN)", "", "28 June 2016"), {
    title: "Hill Roads and Livelihoods Project",
    outlet: "Northern Development Fund",
    author: null,
    published: "2016-06-28",
  });
  const assessed = headerMetadata("Third-Party Assessment Report on the Poverty Exit of Hill County", "", "Prepared by: Centre for Rural Assessment, Valley University", "Team leader: Prof. Aynur Kadir", "Deputy team leader: Dr. Wang Hai", "", "December 2019");
  assert.deepEqual([assessed.outlet, assessed.author], ["Centre for Rural Assessment, Valley University", "Aynur Kadir; Wang Hai"]);
  // (A writer's post in brackets, the line cut in its middle by the cover's wrapping, is no part of the names.)
  assert.equal(headerMetadata("Hill Roads Project", "", "Prepared by: Ingrid Sol (Task Team Leader) and Liu Chang (Rural", "Development Specialist), Operations Department", "", "28 June 2016").author, "Ingrid Sol; Liu Chang");
  assert.equal(headerMetadata("Valley Fund", "Home > News > Press releases", "", "Farmers' cooperatives earn more as project closes", "", "Press release No.: VF/78/2019", "10 December 2019").title, "Farmers' cooperatives earn more as project closes");
});

test("a feature's writer and photographer side by side, a kind before the headline, reporters labelled, a magazine's issue", () => {
  assert.deepEqual(headerMetadata("HIGHLAND WAYS", "PEOPLE / CONVERSATIONS", "", "The Herders' Ledger", "", "Text: Li Nan   Photos: Wang Kai", "November 16, 2018"), { title: "The Herders' Ledger", outlet: "Highland Ways", author: "Li Nan; Wang Kai", published: "2018-11-16" });
  assert.equal(headerMetadata("Home > Interviews", "", "Q&A | After the finish line: keeping people out of poverty", "", "Chen Yu", "2022-03-01 08:30  Weekly Economy  |  Issue No. 9, 2022").title, "After the finish line: keeping people out of poverty");
  assert.deepEqual(readDateLine("2022-03-01 08:30  Weekly Economy  |  Issue No. 9, 2022"), { field: "published", value: "2022-03-01 08:30", outlet: "Weekly Economy", author: null });
  const live = headerMetadata("Kashgar Window", "", "Live | Spring job fair at the exhibition centre", "", "Published: 2019-02-20 09:00   Source: Kashgar Window   Reporters: Gulnar Ahmet, Wang Peng");
  assert.deepEqual([live.title, live.outlet, live.author], ["Spring job fair at the exhibition centre", "Kashgar Window", "Gulnar Ahmet; Wang Peng"]);
  assert.equal(headerMetadata("The Harbour Post", "", "China declares victory over extreme poverty - as it happened", "", "Live blog by Helen Marlow in Hong Kong and Tom Okoro in London", "Thu 25 Feb 2021 14:40 GMT").author, "Helen Marlow; Tom Okoro");
  assert.equal(headerMetadata("Hill Futures", "", "Felt, not fences: the women turning yak wool into income", "", "By Emma Lund, Programme Officer, China", "14 March 2017 · 5 min read").author, "Emma Lund");
});

test("a newsletter's links and numbered items: the mail's links are chrome, each item's headline no footnote", () => {
  const letter = pageOf(
    "View this email in your browser",
    "",
    "THE VALLEY BRIEF",
    "Issue #112 | Monday, 16 September 2019",
    "",
    "Cotton season and job numbers",
    "By Anna Lund and Erkin Sadiq",
    "",
    "Forwarded this email? Subscribe here.",
    "",
    "------------------------------------------------------------",
    "",
    "1. Cotton picking season starts with fewer hands",
    "Machines will harvest about 45 percent of the cotton grown in the region this year, the state broadcaster reported on Thursday, and hand pickers are being offered 2.2 yuan per kilogram.",
    "",
    "2. County reports labour transfer totals",
    "The county human resources bureau said 16,800 rural workers had been placed in jobs from January to August, according to a notice on its website.",
  );
  const { doc, x } = extractFrom(letter);
  assert.deepEqual([doc.metadata.title, doc.metadata.outlet, doc.metadata.author], ["Cotton season and job numbers", "The Valley Brief", "Anna Lund; Erkin Sadiq"]);
  assert.deepEqual(x.claims.map((c) => doc.text.slice(c.start, c.end)), ["about 45 percent", "2.2 yuan", "16,800 rural workers"]);
});

test("a standfirst over the writer's name and day, and the writer's post under them, leave the think tank's page its writer", () => {
  assert.deepEqual(headerMetadata("THE LOOKOUT", "", "ANALYSIS", "", "After victory, the poverty monitors are busier than ever", "", "Beijing no longer counts the poor. It counts the people who might become poor again, and that number is not shrinking.", "", "Claire Osei | 18 June 2024", "Fellow, Harcourt Centre for Development Policy"), {
    title: "After victory, the poverty monitors are busier than ever",
    outlet: "The Lookout",
    author: "Claire Osei",
    published: "2024-06-18",
  });
});

test("a record's dates and rows: an approval day is no page's date, a sheet's update names no outlet, a row names the title", () => {
  assert.equal(readDateLine("Approval Date: March 23, 2017"), null);
  assert.deepEqual(readDateLine("Last PDS Update 22 Mar 2019"), { field: "updated", value: "22 Mar 2019", outlet: null, author: null });
  assert.deepEqual(readDateLine("Time: December 23, 2019 10:00 Place: Press Hall of the People's Government of the Region, Lhasa"), { field: "published", value: "December 23, 2019 10:00", outlet: null, author: null });
  assert.equal(readDateLine("2019-10-22 16:05   Source: Consulate General of the People's Republic of China in Almaty")?.outlet, "Consulate General of the People's Republic of China in Almaty");
  const sheet = pageOf(
    "Valley Development Bank",
    "Home > Projects > China, People's Republic of",
    "",
    "Hill Rural Water Supply and Livelihood Project",
    "",
    "Date posted: 28 Nov 2018",
    "",
    "Project Name\tHill Rural Water Supply and Livelihood Project",
    "Project Number\t49873-002",
    "Gender\tEffective gender mainstreaming",
    "",
    ...STORY_PROSE,
  );
  assert.equal(extractFrom(sheet).doc.metadata.title, "Hill Rural Water Supply and Livelihood Project");
});

test("a statement a spokesperson is named as making is theirs, past the post the headline gives", () => {
  const statement = pageOf(
    "Statement of the Spokesperson of the Consulate General on Claims Concerning the Prefecture",
    "2019-10-22 16:05   Source: Consulate General of the People's Republic of China",
    "",
    "Recently, some media outlets have spread claims about herders in the prefecture. The Spokesperson of the Consulate General, Ma Liheng, made the following statement:",
    "",
    "1. No one has been forced to give up pasture. Herders who rent out grazing land receive 45 yuan per mu a year.",
  );
  assert.equal(creditOf(statement, "45 yuan"), "Ma Liheng");
});
