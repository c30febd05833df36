// Record pages, document sites and archives read for their title, writers, publisher and day: a document site's file
// kind after the title, a table's source line, an old-browser notice, a trail set as a numbered list, authors with their
// affiliations' numbers, a journal's volume line, a blog's archive heading, a printed page's folio, a cover sheet's
// citation and its authors surname first, a record's "Source" label over its journal, a report's period, a browser's
// title a link list took, a site's name before its menu. Each page is made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { documentFrom, extractFrom, headerMetadata, pageOf, STORY_PROSE } from "./helpers.ts";
import { readDateLine } from "../pipeline/normalize/date-lines.ts";
import { parseByline } from "../pipeline/normalize/bylines.ts";
import { withoutSiteName } from "../pipeline/normalize/page-credits.ts";
import { isRenderChrome } from "../pipeline/normalize/page-chrome.ts";

const page = pageOf;
const PROSE = STORY_PROSE;
const metadataOf = headerMetadata;

test("a document site's word for the file's kind is no part of the title", () => {
  assert.equal(withoutSiteName("Poverty Alleviation in Hill Province: Practice and Results - PDF"), "Poverty Alleviation in Hill Province: Practice and Results");
  assert.equal(withoutSiteName("[PDF] Poverty Alleviation in Hill Province"), "Poverty Alleviation in Hill Province");
  assert.equal(withoutSiteName("Poverty Alleviation in Hill Province - PDF Free Download"), "Poverty Alleviation in Hill Province");
  // (A title that ends on the word as its own stays whole.)
  assert.equal(withoutSiteName("Counting the Poor: A Guide to the PDF"), "Counting the Poor: A Guide to the PDF");
});

test("'Source:' under a row of figures alone is the table's source, no outlet of the page", () => {
  const text = page("Relocation in the Hill Counties", "By Anna Berg", "March 3, 2021", ...PROSE, "Table 2 Relocation by county, 2016-2019 (persons)", "North South East West", "432,000 296,000 268,000 151,000", "Source: Hill Provincial Department of Ecological Migration", ...PROSE);
  assert.equal(documentFrom(text).metadata.outlet, null);
  // (Under a date line, whose two numbers make no row, the label names the page's source still.)
  assert.equal(documentFrom(page("Relocation in the Hill Counties", "October 22, 2019", "Source: Valley Daily", ...PROSE)).metadata.outlet, "Valley Daily");
});

test("a notice to a reader with an old browser is chrome, and the page's title under it is read", () => {
  assert.ok(isRenderChrome("Thank you for visiting example.org. You are using a browser version with limited support for CSS. To obtain the best experience, we recommend you use a more up to date browser."));
  assert.ok(!isRenderChrome("The county upgraded its browser-based records system in 2019, officials said."));
});

test("a trail set as a numbered list in lower case is a trail; authors with affiliations' numbers and '&' are the writers; a journal's volume line names it", () => {
  const m = metadataOf(
    "1. hill journals",
    "2. rural studies communications",
    "3. articles",
    "• Published: 07 September 2023",
    "Picking season: wage income and household debt in cotton villages of the southern valleys",
    "• Anna Berg 1 ,",
    "• Li Qiang 2 &",
    "• Sarah M. Keller 1",
    "Rural Studies Communications volume 10, Article number: 562 (2023) Cite this article",
  );
  assert.deepEqual(m, { title: "Picking season: wage income and household debt in cotton villages of the southern valleys", outlet: "Rural Studies Communications", author: "Anna Berg; Li Qiang; Sarah M. Keller", published: "2023-09-07" });
});

test("a blog's archive heading is neither the title nor the outlet nor the day", () => {
  assert.equal(readDateLine("Monthly Archives: November 2020"), null);
  assert.deepEqual(metadataOf("Loess Letters", "Notes from six winters of teaching", "Home About Photos", "Tag Archives: labour transfer", "Counting the surplus labour in the hill counties", "Posted: June 2, 2021 Filed under: Labour | Tags: transfer"), {
    title: "Counting the surplus labour in the hill counties",
    outlet: "Loess Letters",
    author: null,
    published: "2021-06-02",
  });
});

test("writers' names run after a day's clock, surnames in capitals, name no outlet", () => {
  assert.deepEqual(readDateLine("2021-07-02 14:31LI WenjuanYU Guang"), { field: "published", value: "2021-07-02 14:31", outlet: null, author: null });
  assert.equal(readDateLine("2021-07-02 14:31 VALLEY DAILY")?.outlet, "VALLEY DAILY");
});

test("a printed page's folio, its number first, dates the page and names the paper", () => {
  assert.deepEqual(readDateLine("12 | GANSU Monday, September 20, 2021 VALLEY DAILY"), { field: "published", value: "Monday, September 20, 2021", outlet: "VALLEY DAILY", author: null });
});

test("a cover sheet's authors surname first and its citation line give the writers, the journal and the year", () => {
  assert.deepEqual(metadataOf("Highland Development Review", "ISSN: 2310-4471", "BERG, Anna; KELLER, Sarah", "From Pasture to Periphery: Livelihoods after High-Altitude Relocation", "Highland Development Review, vol. 14, núm. 2, julio-diciembre, 2021, pp. 55-81"), {
    title: "From Pasture to Periphery: Livelihoods after High-Altitude Relocation",
    outlet: "Highland Development Review",
    author: "Anna Berg; Sarah Keller",
    published: "2021-01-01",
  });
});

test("a record's 'Source' label alone over a journal's name names the journal; 'Institution' over the affiliations names nothing", () => {
  const m = metadataOf("Effect of School Subsidies on Household Livelihood in Hill County", "Author(s)", "MA Yuxiang1; HAN Ruolan2", "Institution", "1. College of Economics, Valley University, Lanzhou 730030, China", "Source", "Journal of Valley Agricultural University (Social Sciences Edition)", "Published online: 2022-08-26");
  assert.equal(m.outlet, "Journal of Valley Agricultural University (Social Sciences Edition)");
  assert.equal(m.published, "2022-08-26");
});

test("the period a report covers dates nothing and names no outlet", () => {
  assert.equal(readDateLine("Period covered by this update: 1 November 2018 – 31 January 2019"), null);
  const m = metadataOf("Valley Rural Relief Federation", "Operations update", "Hill County: drought recovery", "Emergency appeal n° MDR011 28 February 2019", "Period covered by this update: 1 November 2018 – 31 January 2019");
  assert.equal(m.outlet, "Valley Rural Relief Federation");
  assert.equal(m.published, "2019-02-28");
});

test("a browser's title a link list took names the site after the headline; a site's name before its menu is the outlet", () => {
  const headline = "Hill news: cliff village move leaves families 'owing more than they earn'";
  assert.equal(metadataOf(`${headline} | World | News | Valley Courier`, "Valley Courier", "Home News Showbiz Sport Finance Travel", headline, "By Tom Ashcroft").outlet, "Valley Courier");
  assert.equal(metadataOf("Hill Press Office Home | Press Room | Policies | Releases | White Papers", "Briefing on the hill counties' victory over poverty", "Beijing | 10 a.m. Nov. 24, 2020").outlet, "Hill Press Office");
});

test("a record's details in another European language ('Tittel:', 'Forfatter(e):', 'Utgiver:', 'Publisert:') give its title, writers, publisher and year", () => {
  const record = ["Dokumentdetaljer", "Tittel: Final Evaluation of the Hill Village Project", "Forfatter(e): Anna Berg; Li Qiang", "Utgiver: Valley Mission", "Publisert: 2016", "Land: Kina"];
  assert.deepEqual(metadataOf("Valley Knowledge Bank", "Hjem > Dokumenter > Evalueringer", "Last ned som PDF", "", ...PROSE, "", ...record), {
    title: "Final Evaluation of the Hill Village Project",
    outlet: "Valley Mission",
    author: "Anna Berg; Li Qiang",
    published: "2016-01-01",
  });
  // (German, the same.)
  assert.equal(metadataOf("Bericht", "", ...PROSE, "", "Titel: Arbeit in den Bergdörfern", "Verlag: Talbuch", "Erschienen: 2019").outlet, "Talbuch");
});

// (Whether "VIDEO:" before a title is part of it the rounds disagree, two golds keeping it to one dropping it: it stays.)
test("a programme page: 'Watch 44min 10sec' is the player's button, no outlet", () => {
  assert.deepEqual(metadataOf("Skip to main content", "Valley Broadcasting News", "Home   Programs   Schedule   Watch live", "", "Foreign Desk", "", "VIDEO: The Ridge and the Tower Block", "", "Posted Mon 15 Mar 2021, 8:30pm", "", "Watch 44min 10sec", "", "Reporter: Claire Dunmore"), {
    title: "VIDEO: The Ridge and the Tower Block",
    outlet: "Valley Broadcasting News",
    author: "Claire Dunmore",
    published: "2021-03-15",
  });
});

test("a byline's writers with their posts after their names ('..., Research Associate') are the writers alone", () => {
  assert.deepEqual(parseByline("By Anna Berg, Senior Research Fellow, and Li Qiang, Research Associate"), { author: "Anna Berg; Li Qiang" });
  assert.equal(metadataOf("Hill labour in the valleys", "By Anna Berg, Senior Research Fellow, and Li Qiang, Research Associate", "March 3, 2021").author, "Anna Berg; Li Qiang");
});

test("'Blog Post by Guest Blogger for ...' names no writer and is no title; the note about the writer names them", () => {
  assert.deepEqual(metadataOf("Valley Council on Affairs", "Topics", "Regions", "Leaving the Cliff: What the Exit From Poverty Does and Does Not Tell Us", "Blog Post by Guest Blogger for Asia Matters", "November 20, 2020", "Jonathan Ferreira-Lau is a postdoctoral fellow at the Asia Research Institute, where he studies resettlement."), {
    title: "Leaving the Cliff: What the Exit From Poverty Does and Does Not Tell Us",
    outlet: "Valley Council on Affairs",
    author: "Jonathan Ferreira-Lau",
    published: "2020-11-20",
  });
});

test("'Email This Link' is a share button; 'Fact-Check' and 'The Verdict Misleading' under the title name no outlet", () => {
  assert.equal(metadataOf("KVRN 12 News", "Press Releases", "Foreign Media Tour Sees Yak Farms and Relocation Towns on the Hill Slopes", "Published: Sep. 14, 2022 at 8:05 AM CDT", "Share on Facebook", "Email This Link").title, "Foreign Media Tour Sees Yak Farms and Relocation Towns on the Hill Slopes");
  assert.equal(metadataOf("Valley Facts", "Insights", "Misleading: Viral post claims relocated families now earn half of what they did", "By: Priya Raghavan", "March 9 2021", "Fact-Check", "The Verdict Misleading").outlet, "Valley Facts");
});

test("a document viewer's file name beside its day names no outlet; a repository's cover note is no title", () => {
  assert.deepEqual(readDateLine("• 3/2/2021 Relocation Wage Labour and Household Income.pdf"), { field: "published", value: "3/2/2021", outlet: null, author: null });
  const m = metadataOf("Household Income after Relocation in the Hill Counties", "Aku Shuoha", "This paper is posted at ScholarWorks@Valley. http://scholarworks.valley.edu/hlwp/14", "For more information, please contact the repository.");
  assert.equal(m.title, "Household Income after Relocation in the Hill Counties");
});

test("a lender's 'Public Disclosure Authorized' broken into pieces a line each is chrome, no speaker and no writer", () => {
  const pieces = ["Pub", "", "lic D", "", "iscl", "", "osur", "", "e A", "", "utho", "", "rized"];
  const { doc, x } = extractFrom(page("Document of", "The Hill Bank", "", ...pieces, "", ...PROSE));
  assert.ok(!doc.text.includes("rized"));
  assert.ok(x.claims.every((c) => c.attributedTo !== "rized"));
  // (A piece among prose, with no piece next to it, stays: "e A" between two paragraphs.)
  assert.ok(documentFrom(page("Hill report", "", ...PROSE, "", "e A", "", ...PROSE)).text.includes("\ne A\n"));
});
